using System.Text;

namespace NlpExtract.Cli.Evaluation;

/// <summary>One error of the tokenizer or the sentence splitter, for inspection.</summary>
internal sealed record SpanError(string Kind, string Text, string Context);

/// <summary>The scores of <c>nlpextract eval tokens</c>.</summary>
internal sealed record TokenEvaluationResult(PrecisionRecall Tokens, PrecisionRecall Sentences, int Documents, IReadOnlyList<SpanError> Errors);

/// <summary>
/// Scores tokens and sentences against CoNLL-U gold. The raw text is rebuilt from the <c># text</c> lines
/// (sentences of one document joined by one space; a document is a <c># newdoc</c> section, else 20 consecutive
/// sentences), gold tokens are located in it, and spans must match exactly to count.
/// </summary>
internal static class TokenEvaluation
{
    public const int SentencesPerDocument = 20;

    public static TokenEvaluationResult Evaluate(Pipeline pipeline, IEnumerable<ConlluSentence> sentences, int maxErrors = 0)
    {
        var total = new PrecisionRecall();
        var totalSentences = new PrecisionRecall();
        var errors = new List<SpanError>();
        int documents = 0;
        foreach (var group in GroupDocuments(sentences))
        {
            documents++;
            var (text, goldTokens, goldSentences) = BuildDocument(group);
            var doc = pipeline.Process(text);
            var predictedTokens = doc.Tokens.Select(t => (t.Start, t.End)).ToList();
            var predictedSentences = doc.Sentences.Select(s => (s.Start, s.End)).ToList();
            total += PrecisionRecall.OfSpans(predictedTokens, goldTokens);
            totalSentences += PrecisionRecall.OfSpans(predictedSentences, goldSentences);
            if (errors.Count < maxErrors)
            {
                CollectErrors(text, predictedTokens, goldTokens, "token", errors, maxErrors);
                CollectErrors(text, predictedSentences, goldSentences, "sentence", errors, maxErrors);
            }
        }

        return new TokenEvaluationResult(total, totalSentences, documents, errors);
    }

    private static IEnumerable<List<ConlluSentence>> GroupDocuments(IEnumerable<ConlluSentence> sentences)
    {
        var current = new List<ConlluSentence>();
        bool hasNewDoc = false;
        foreach (var sentence in sentences)
        {
            hasNewDoc |= sentence.StartsNewDocument;
            bool boundary = hasNewDoc ? sentence.StartsNewDocument : current.Count == SentencesPerDocument;
            if (boundary && current.Count > 0)
            {
                yield return current;
                current = [];
            }

            current.Add(sentence);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static (string Text, List<(int Start, int End)> Tokens, List<(int Start, int End)> Sentences) BuildDocument(List<ConlluSentence> group)
    {
        var text = new StringBuilder();
        var tokens = new List<(int, int)>();
        var sentenceSpans = new List<(int, int)>();
        foreach (var sentence in group)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            int offset = text.Length;
            text.Append(sentence.Text);
            int position = 0;
            int first = tokens.Count;
            foreach (var form in sentence.SurfaceTokens)
            {
                while (position < sentence.Text.Length && char.IsWhiteSpace(sentence.Text[position]))
                {
                    position++;
                }

                // The form is normally found verbatim; when the treebank normalised it, it is taken by length.
                int found = sentence.Text.IndexOf(form, position, StringComparison.Ordinal);
                int start = found >= 0 && found - position <= 2 ? found : position;
                int end = Math.Min(sentence.Text.Length, start + form.Length);
                tokens.Add((offset + start, offset + end));
                position = end;
            }

            if (tokens.Count > first)
            {
                sentenceSpans.Add((tokens[first].Item1, tokens[^1].Item2));
            }
        }

        return (text.ToString(), tokens, sentenceSpans);
    }

    private static void CollectErrors(string text, List<(int Start, int End)> predicted, List<(int Start, int End)> gold, string kind,
        List<SpanError> errors, int maxErrors)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        foreach (var span in gold.Where(g => !predictedSet.Contains(g)))
        {
            if (errors.Count >= maxErrors)
            {
                return;
            }

            errors.Add(new SpanError($"missed {kind}", Clip(text, span.Start, span.End), Context(text, span.Start, span.End, predicted)));
        }

        foreach (var span in predicted.Where(p => !goldSet.Contains(p)))
        {
            if (errors.Count >= maxErrors)
            {
                return;
            }

            errors.Add(new SpanError($"false {kind}", Clip(text, span.Start, span.End), string.Empty));
        }
    }

    private static string Clip(string text, int start, int end)
        => end - start <= 80 ? text[start..end] : text[start..(start + 40)] + " … " + text[(end - 40)..end];

    private static string Context(string text, int start, int end, List<(int Start, int End)> predicted)
    {
        var inside = predicted.Where(p => p.End > start - 10 && p.Start < end + 10).Select(p => "[" + Clip(text, p.Start, p.End) + "]");
        return string.Join(" ", inside);
    }
}
