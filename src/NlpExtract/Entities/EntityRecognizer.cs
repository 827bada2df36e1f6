using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NlpExtract.Entities;

/// <summary>
/// The PER / ORG / LOC stage: tags each sentence with the statistical model and turns BILOU runs into entities whose
/// score is the mean, over the mention's tokens, of the logistic of the chosen tag's max-marginal margin.
/// </summary>
internal static class EntityRecognizer
{
    private const int L = EntityLabels.Count;

    public static void Recognize(EntityModel model, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ICollection<Entity> output)
    {
        foreach (var sentence in sentences)
        {
            var sentenceTokens = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
            int n = sentenceTokens.Length;
            float[] scores = ArrayPool<float>.Shared.Rent(n * L);
            float[] forward = ArrayPool<float>.Shared.Rent(n * L);
            int[] tags = ArrayPool<int>.Shared.Rent(n);
            try
            {
                EntityTagger.Score(model, text, sentenceTokens, scores);
                EntityTagger.Decode(model.Transitions, model.PaddedTransitions, scores.AsSpan(0, n * L), tags.AsSpan(0, n), forward);

                // Most sentences name nobody: their confidences would go unread.
                if (tags.AsSpan(0, n).ContainsAnyExcept(EntityLabels.Outside))
                {
                    var confidences = TagConfidences(model.PaddedTransitionsByNextTag, scores, forward, tags.AsSpan(0, n));
                    Collect(sentenceTokens, confidences, tags.AsSpan(0, n), output);
                }
            }
            finally
            {
                ArrayPool<float>.Shared.Return(scores);
                ArrayPool<float>.Shared.Return(forward);
                ArrayPool<int>.Shared.Return(tags);
            }
        }
    }

    /// <summary>
    /// The whole entity stage of a document, as the pipeline runs it: tagging, then the passes that read the document
    /// and the lexicon (the edges of each name, known names of several words, names that open a sentence, names spread to their other
    /// occurrences, one label per name). One place for the order, so the pipeline and the benchmarks run the same stage.
    /// </summary>
    public static void RecognizeDocument(EntityModel model, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<Entity> output)
    {
        Recognize(model, text, tokens, sentences, output);
        EntityEdges.Apply(text, tokens, output);
        MultiwordNames.Apply(text, tokens, output, model.Lexicon);
        AcronymDefinitions.Apply(text, tokens, output, model.Lexicon);
        MinistryNames.Apply(text, tokens, output);
        SentenceStartNames.Apply(text, tokens, sentences, output, model.Lexicon);
        TitledNames.Apply(text, tokens, output, model.Lexicon);
        NamePropagation.Apply(text, tokens, output, model.Lexicon);
        KnownOrganizations.Apply(text, tokens, sentences, output, model.Lexicon);
        EntityConsistency.Apply(text, output);
    }

    private static void Collect(ReadOnlySpan<Token> tokens, float[] confidences, ReadOnlySpan<int> tags, ICollection<Entity> output)
    {
        int start = -1;
        float confidence = 0;
        for (int i = 0; i < tags.Length; i++)
        {
            int position = EntityLabels.Position(tags[i]);
            if (position == 0)
            {
                continue;
            }

            if (position is 1 or 4)
            {
                start = i;
                confidence = 0;
            }

            confidence += confidences[i];
            if (position is 3 or 4 && start >= 0)
            {
                output.Add(new Entity(tokens[start].Start, tokens[i].End, EntityLabels.TypeOf(tags[i]), confidence / (i - start + 1)));
                start = -1;
            }
        }
    }

    /// <summary>
    /// The confidence of each chosen tag: the logistic of its max-marginal margin, the score of the best sequence through
    /// that tag minus the best through any other tag at the same token. <paramref name="forward"/> is the decoder's table
    /// (the best sequence ending on each tag); a backward pass gives the best continuation from each tag (additions only,
    /// so it costs about as much as decoding). <paramref name="into"/> holds the transitions padded by next tag
    /// (<see cref="EntityModel.PaddedTransitionsByNextTag"/>).
    /// </summary>
    private static float[] TagConfidences(ReadOnlySpan<float> into, float[] scores, float[] forward, ReadOnlySpan<int> tags)
    {
        int n = tags.Length;
        float[] backward = ArrayPool<float>.Shared.Rent(n * L);
        try
        {
            for (int t = 0; t < L; t++)
            {
                backward[((n - 1) * L) + t] = EntityLabels.MayEnd(t) ? 0 : float.NegativeInfinity;
            }

            // Confidences are read only at mention tokens: the backward pass stops at the first of them. As in decoding,
            // every tag's best continuation at once is a running vector maximum, over the next tags, of the transitions
            // into that next tag (padded, an illegal succession −∞) plus its score and its own best continuation.
            int firstMention = Math.Max(0, tags.IndexOfAnyExcept(EntityLabels.Outside));
            Span<float> best = stackalloc float[EntityTagger.PaddedLabels];
            for (int i = n - 2; i >= firstMention; i--)
            {
                // Four 128-bit lanes held in registers, as in decoding.
                var lanes0 = Vector128.Create(float.NegativeInfinity);
                var lanes1 = lanes0;
                var lanes2 = lanes0;
                var lanes3 = lanes0;
                ref float column = ref MemoryMarshal.GetReference(into);
                for (int next = 0; next < L; next++, column = ref Unsafe.Add(ref column, EntityTagger.PaddedLabels))
                {
                    float continuation = backward[((i + 1) * L) + next];
                    if (float.IsNegativeInfinity(continuation))
                    {
                        continue; // a tag the sentence cannot go on from
                    }

                    // (transition + score) + continuation: the order of the sums is the definition's, so are the bits.
                    var score = Vector128.Create(scores[((i + 1) * L) + next]);
                    var rest = Vector128.Create(continuation);
                    lanes0 = Vector128.MaxNative(lanes0, Vector128.LoadUnsafe(ref column) + score + rest);
                    lanes1 = Vector128.MaxNative(lanes1, Vector128.LoadUnsafe(ref column, 4) + score + rest);
                    lanes2 = Vector128.MaxNative(lanes2, Vector128.LoadUnsafe(ref column, 8) + score + rest);
                    lanes3 = Vector128.MaxNative(lanes3, Vector128.LoadUnsafe(ref column, 12) + score + rest);
                }

                lanes0.CopyTo(best);
                lanes1.CopyTo(best[4..]);
                lanes2.CopyTo(best[8..]);
                lanes3.CopyTo(best[12..]);
                best[..L].CopyTo(backward.AsSpan(i * L, L));
            }

            var confidence = new float[n];
            for (int i = firstMention; i < n; i++)
            {
                if (tags[i] == EntityLabels.Outside)
                {
                    continue; // only the tokens of mentions are reported
                }

                float chosen = forward[(i * L) + tags[i]] + backward[(i * L) + tags[i]];
                float other = float.NegativeInfinity;
                for (int t = 0; t < L; t++)
                {
                    if (t != tags[i])
                    {
                        other = Math.Max(other, forward[(i * L) + t] + backward[(i * L) + t]);
                    }
                }

                confidence[i] = (float)(1 / (1 + Math.Exp(other - chosen)));
            }

            return confidence;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(backward);
        }
    }
}
