using System.Globalization;
using System.Text;
using NlpExtract.Quotes;

namespace NlpExtract.Cli.Evaluation;

/// <summary>The scores of one class of quotes (marked or indirect) at one overlap threshold.</summary>
/// <param name="Spans">Span precision, recall and F1.</param>
/// <param name="Pairs">Who-said-what: a prediction counts only when its span matches and its speaker is right.</param>
/// <param name="SpeakerCorrect">Matched quotes whose speaker is right.</param>
internal readonly record struct QuoteScores(PrecisionRecall Spans, PrecisionRecall Pairs, int SpeakerCorrect)
{
    public double SpeakerAccuracy => Spans.Correct == 0 ? 0 : (double)SpeakerCorrect / Spans.Correct;

    public static QuoteScores operator +(QuoteScores a, QuoteScores b)
        => new(a.Spans + b.Spans, a.Pairs + b.Pairs, a.SpeakerCorrect + b.SpeakerCorrect);
}

/// <summary>The result of <c>nlpextract eval quotes</c>.</summary>
internal sealed record QuoteEvaluationResult(
    QuoteScores Marked, QuoteScores Indirect, QuoteScores MarkedLoose, QuoteScores IndirectLoose, int Documents, IReadOnlyList<string> Errors);

/// <summary>
/// Scores quotations the way the product is checked from outside: a prediction matches a gold quote of its class (marked =
/// direct + mixed, or indirect) when it covers at least 80 % (also reported: 30 %) of the gold content span, one to one; its
/// speaker is right when the names are equal without article and case, or the prediction is a leading or trailing run of
/// the gold name's words; an unknown gold speaker is matched only by "unknown". Gold quotes marked uncertain count neither
/// as missed nor, when predicted, as false.
/// </summary>
internal static class QuoteEvaluation
{
    public const double StrictCoverage = 0.8;
    public const double LooseCoverage = 0.3;

    public static QuoteEvaluationResult Evaluate(Pipeline pipeline, IEnumerable<GoldQuoteDocument> documents, int maxErrors = 0)
    {
        QuoteScores marked = default, indirect = default, markedLoose = default, indirectLoose = default;
        var errors = new List<string>();
        int count = 0;
        foreach (var document in documents)
        {
            count++;
            var options = new ProcessOptions { ReferenceDate = document.Date ?? new DateOnly(2000, 1, 1) };
            var predicted = pipeline.Process(document.Text, options).Quotes;
            foreach (bool isMarked in new[] { true, false })
            {
                var gold = document.Quotes.Where(q => q.IsMarked == isMarked).ToList();
                var mine = predicted.Where(q => (q.Kind != QuoteKind.Indirect) == isMarked).ToList();
                var strict = Score(document, gold, mine, StrictCoverage, errors, maxErrors);
                var loose = Score(document, gold, mine, LooseCoverage, null, 0);
                if (isMarked)
                {
                    marked += strict;
                    markedLoose += loose;
                }
                else
                {
                    indirect += strict;
                    indirectLoose += loose;
                }
            }
        }

        return new QuoteEvaluationResult(marked, indirect, markedLoose, indirectLoose, count, errors);
    }

    private static QuoteScores Score(GoldQuoteDocument document, List<GoldQuote> gold, List<Quote> predicted, double coverage, List<string>? errors, int maxErrors)
    {
        var used = new bool[predicted.Count];
        int matched = 0, speakerRight = 0, uncertainMatched = 0;
        foreach (var g in gold)
        {
            int best = -1;
            int bestOverlap = 0;
            for (int p = 0; p < predicted.Count; p++)
            {
                if (used[p])
                {
                    continue;
                }

                int overlap = Math.Min(g.End, predicted[p].End) - Math.Max(g.Start, predicted[p].Start);
                if (overlap > bestOverlap && overlap >= coverage * (g.End - g.Start))
                {
                    best = p;
                    bestOverlap = overlap;
                }
            }

            if (best < 0)
            {
                if (!g.Uncertain)
                {
                    Report(errors, maxErrors, $"{document.Id} missed {g.Kind} [{Excerpt(document.Text, g.Start, g.End)}] speaker={g.SpeakerName ?? "-"}");
                }

                continue;
            }

            used[best] = true;
            if (g.Uncertain)
            {
                uncertainMatched++;
                continue;
            }

            matched++;
            if (SameSpeaker(predicted[best].SpeakerName, g.SpeakerName))
            {
                speakerRight++;
            }
            else
            {
                var mention = predicted[best].Speaker is { } span ? document.Text[span.Start..span.End] : "-";
                Report(errors, maxErrors, $"{document.Id} speaker {predicted[best].SpeakerName ?? "-"} (\"{mention}\") ≠ {g.SpeakerName ?? "-"} [{Excerpt(document.Text, g.Start, g.End)}]");
            }
        }

        for (int p = 0; p < predicted.Count; p++)
        {
            if (!used[p])
            {
                Report(errors, maxErrors, $"{document.Id} false {predicted[p].KindCode} [{Excerpt(document.Text, predicted[p].Start, predicted[p].End)}] speaker={predicted[p].SpeakerName ?? "-"}");
            }
        }

        int certainGold = gold.Count(g => !g.Uncertain);
        int counted = predicted.Count - uncertainMatched;
        return new QuoteScores(new PrecisionRecall(matched, counted, certainGold), new PrecisionRecall(speakerRight, counted, certainGold), speakerRight);
    }

    private static void Report(List<string>? errors, int maxErrors, string message)
    {
        if (errors is not null && errors.Count < maxErrors)
        {
            errors.Add(message);
        }
    }

    private static string Excerpt(string text, int start, int end)
    {
        string content = text[start..end].Replace('\n', ' ');
        return content.Length <= 90 ? content : string.Concat(content.AsSpan(0, 60), " … ", content.AsSpan(content.Length - 25));
    }

    /// <summary>
    /// The speaker rule of the issue: names equal after dropping the article and case; a partial name that is a leading or
    /// trailing run of the gold name's words counts; an unknown gold speaker is matched only by "unknown".
    /// </summary>
    public static bool SameSpeaker(string? predicted, string? gold)
    {
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        var p = Words(predicted);
        var g = Words(gold);
        if (p.Length == 0 || p.Length > g.Length)
        {
            return p.SequenceEqual(g);
        }

        return g.Take(p.Length).SequenceEqual(p) || g.Skip(g.Length - p.Length).SequenceEqual(p);
    }

    private static string[] Words(string name)
    {
        var normalized = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            normalized.Append(c == '’' ? '\'' : char.ToLower(c, CultureInfo.InvariantCulture));
        }

        var text = normalized.ToString().Trim();
        foreach (var article in new[] { "l'", "le ", "la ", "les ", "un ", "une ", "des " })
        {
            if (text.StartsWith(article, StringComparison.Ordinal))
            {
                text = text[article.Length..];
                break;
            }
        }

        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
