using System.Buffers;

namespace NlpExtract.Entities;

/// <summary>
/// Tags a sentence with BILOU labels: a linear score per token and label from the model's feature weights, then the
/// best legal sequence by Viterbi over label transitions (first order), so no I or L ever comes without its B.
/// Stateless; safe to call from many threads on one shared model.
/// </summary>
internal static class EntityTagger
{
    private const int L = EntityLabels.Count;

    /// <summary>Fills <paramref name="scores"/> (tokens × labels, from index 0) with the emission scores of each token.</summary>
    public static void Score(EntityModel model, ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, float[] scores)
    {
        Span<char> buffer = stackalloc char[128];
        using var features = new EntityFeatures(text, sentence, model.Lexicon, buffer);
        Array.Clear(scores, 0, sentence.Length * L);
        for (int i = 0; i < sentence.Length; i++)
        {
            var sink = new ScoringSink(model, scores, i * L);
            features.Extract(i, ref sink);
        }
    }

    /// <summary>The best legal tag sequence for the emission scores (tokens × labels) under the model's transitions.</summary>
    public static void Decode(ReadOnlySpan<float> transitions, ReadOnlySpan<float> scores, Span<int> tags)
    {
        int n = tags.Length;
        if (n == 0)
        {
            return;
        }

        float[] delta = ArrayPool<float>.Shared.Rent(n * L);
        int[] back = ArrayPool<int>.Shared.Rent(n * L);
        try
        {
            for (int tag = 0; tag < L; tag++)
            {
                delta[tag] = EntityLabels.IsAllowed(-1, tag) ? transitions[(L * L) + tag] + scores[tag] : float.NegativeInfinity;
            }

            for (int i = 1; i < n; i++)
            {
                for (int tag = 0; tag < L; tag++)
                {
                    float best = float.NegativeInfinity;
                    int bestPrevious = 0;
                    for (int previous = 0; previous < L; previous++)
                    {
                        if (!EntityLabels.IsAllowed(previous, tag))
                        {
                            continue;
                        }

                        float candidate = delta[((i - 1) * L) + previous] + transitions[(previous * L) + tag];
                        if (candidate > best)
                        {
                            best = candidate;
                            bestPrevious = previous;
                        }
                    }

                    delta[(i * L) + tag] = best + scores[(i * L) + tag];
                    back[(i * L) + tag] = bestPrevious;
                }
            }

            int last = 0;
            float bestFinal = float.NegativeInfinity;
            for (int tag = 0; tag < L; tag++)
            {
                if (EntityLabels.MayEnd(tag) && delta[((n - 1) * L) + tag] > bestFinal)
                {
                    bestFinal = delta[((n - 1) * L) + tag];
                    last = tag;
                }
            }

            tags[n - 1] = last;
            for (int i = n - 1; i > 0; i--)
            {
                tags[i - 1] = back[(i * L) + tags[i]];
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(delta);
            ArrayPool<int>.Shared.Return(back);
        }
    }

    private readonly struct ScoringSink : IFeatureSink
    {
        private readonly EntityModel _model;
        private readonly float[] _scores;
        private readonly int _row;

        public ScoringSink(EntityModel model, float[] scores, int row)
        {
            _model = model;
            _scores = scores;
            _row = row;
        }

        public void Add(scoped ReadOnlySpan<char> key)
        {
            if (_model.FeatureLookup.TryGetValue(key, out int feature))
            {
                var weights = _model.Weights.AsSpan(feature * L, L);
                var row = _scores.AsSpan(_row, L);
                for (int l = 0; l < L; l++)
                {
                    row[l] += weights[l];
                }
            }
        }
    }
}
