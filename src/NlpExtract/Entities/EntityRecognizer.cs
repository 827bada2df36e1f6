using System.Buffers;

namespace NlpExtract.Entities;

/// <summary>
/// The PER / ORG / LOC stage: tags each sentence with the statistical model and turns BILOU runs into entities whose
/// score is the mean, over the mention's tokens, of the marginal probability of the chosen tag (forward-backward over the
/// legal tag sequences, reading the model's scores as log-potentials).
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
            int[] tags = ArrayPool<int>.Shared.Rent(n);
            try
            {
                EntityTagger.Score(model, text, sentenceTokens, scores);
                EntityTagger.Decode(model.Transitions, scores.AsSpan(0, n * L), tags.AsSpan(0, n));
                var marginals = Marginals(model.Transitions, scores, tags.AsSpan(0, n));
                Collect(sentenceTokens, marginals, tags.AsSpan(0, n), output);
            }
            finally
            {
                ArrayPool<float>.Shared.Return(scores);
                ArrayPool<int>.Shared.Return(tags);
            }
        }
    }

    private static void Collect(ReadOnlySpan<Token> tokens, float[] marginals, ReadOnlySpan<int> tags, ICollection<Entity> output)
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

            confidence += marginals[i];
            if (position is 3 or 4 && start >= 0)
            {
                output.Add(new Entity(tokens[start].Start, tokens[i].End, EntityLabels.TypeOf(tags[i]), confidence / (i - start + 1)));
                start = -1;
            }
        }
    }

    /// <summary>The marginal probability of each chosen tag, by forward-backward in log space over legal sequences.</summary>
    private static float[] Marginals(float[] transitions, float[] scores, ReadOnlySpan<int> tags)
    {
        int n = tags.Length;
        var alpha = new double[n * L];
        var beta = new double[n * L];
        for (int t = 0; t < L; t++)
        {
            alpha[t] = EntityLabels.IsAllowed(-1, t) ? transitions[(L * L) + t] + scores[t] : double.NegativeInfinity;
        }

        Span<double> terms = stackalloc double[L];
        for (int i = 1; i < n; i++)
        {
            for (int t = 0; t < L; t++)
            {
                for (int p = 0; p < L; p++)
                {
                    terms[p] = EntityLabels.IsAllowed(p, t) ? alpha[((i - 1) * L) + p] + transitions[(p * L) + t] : double.NegativeInfinity;
                }

                alpha[(i * L) + t] = LogSumExp(terms) + scores[(i * L) + t];
            }
        }

        for (int t = 0; t < L; t++)
        {
            beta[((n - 1) * L) + t] = EntityLabels.MayEnd(t) ? 0 : double.NegativeInfinity;
        }

        for (int i = n - 2; i >= 0; i--)
        {
            for (int t = 0; t < L; t++)
            {
                for (int next = 0; next < L; next++)
                {
                    terms[next] = EntityLabels.IsAllowed(t, next)
                        ? transitions[(t * L) + next] + scores[((i + 1) * L) + next] + beta[((i + 1) * L) + next]
                        : double.NegativeInfinity;
                }

                beta[(i * L) + t] = LogSumExp(terms);
            }
        }

        for (int t = 0; t < L; t++)
        {
            terms[t] = alpha[((n - 1) * L) + t] + beta[((n - 1) * L) + t];
        }

        double total = LogSumExp(terms);
        var marginals = new float[n];
        for (int i = 0; i < n; i++)
        {
            marginals[i] = (float)Math.Exp(alpha[(i * L) + tags[i]] + beta[(i * L) + tags[i]] - total);
        }

        return marginals;
    }

    private static double LogSumExp(ReadOnlySpan<double> values)
    {
        double max = double.NegativeInfinity;
        foreach (double value in values)
        {
            max = Math.Max(max, value);
        }

        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        double sum = 0;
        foreach (double value in values)
        {
            sum += Math.Exp(value - max);
        }

        return max + Math.Log(sum);
    }
}
