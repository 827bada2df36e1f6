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
    /// <remarks>
    /// The same features as <see cref="EntityFeatures.Extract"/>, summed in two parts: the contextual ones per token, and
    /// each word's role vectors from <see cref="EntityModel.WordVectors"/> (one lookup per word and role instead of one
    /// per feature).
    /// </remarks>
    public static void Score(EntityModel model, ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, float[] scores)
    {
        Span<char> buffer = stackalloc char[128];
        var features = new EntityFeatures(text, sentence, model.Lexicon, buffer);
        int n = sentence.Length;
        float[][] wordVectors = ArrayPool<float[]>.Shared.Rent(n);
        try
        {
            Array.Clear(scores, 0, n * L);

            // Each word's role vectors are read once for the sentence: every word serves five tokens (itself and its
            // neighbours at ±1 and ±2), and the shared cache is the costliest lookup of the stage.
            var lookup = model.WordVectors.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int i = 0; i < n; i++)
            {
                wordVectors[i] = VectorsOf(model, lookup, ref features, features.Word(i));
            }

            for (int i = 0; i < n; i++)
            {
                var sink = new ScoringSink(model, scores, i * L);
                features.ExtractContextual(i, ref sink);
                var row = scores.AsSpan(i * L, L);
                AddRole(wordVectors[i], WordRole.Self, row);
                if (i > 0)
                {
                    AddRole(wordVectors[i - 1], WordRole.Previous, row);
                }

                if (i + 1 < n)
                {
                    AddRole(wordVectors[i + 1], WordRole.Next, row);
                }

                if (i > 1)
                {
                    AddRole(wordVectors[i - 2], WordRole.SecondPrevious, row);
                }

                if (i + 2 < n)
                {
                    AddRole(wordVectors[i + 2], WordRole.SecondNext, row);
                }
            }
        }
        finally
        {
            ArrayPool<float[]>.Shared.Return(wordVectors, clearArray: true);
            features.Dispose();
        }
    }

    /// <summary>The emission scores by summing every feature key of <see cref="EntityFeatures.Extract"/> one by one (the definition).</summary>
    internal static void ScoreDirectly(EntityModel model, ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, float[] scores)
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

    /// <summary>The weights a word brings in each of its five roles, from the shared cache or computed and cached.</summary>
    private static float[] VectorsOf(EntityModel model, System.Collections.Concurrent.ConcurrentDictionary<string, float[]>.AlternateLookup<ReadOnlySpan<char>> lookup,
        ref EntityFeatures features, ReadOnlySpan<char> word)
    {
        if (!lookup.TryGetValue(word, out var vectors))
        {
            vectors = new float[5 * L];
            for (int r = 0; r < 5; r++)
            {
                var sink = new ScoringSink(model, vectors, r * L);
                features.ExtractWordRole(word, (WordRole)r, ref sink);
            }

            if (model.WordVectors.Count < EntityModel.MaxCachedWords)
            {
                lookup.TryAdd(word, vectors);
            }
        }

        return vectors;
    }

    private static void AddRole(float[] vectors, WordRole role, Span<float> row)
    {
        var vector = vectors.AsSpan((int)role * L, L);
        for (int l = 0; l < L; l++)
        {
            row[l] += vector[l];
        }
    }

    /// <summary>The best legal tag sequence for the emission scores (tokens × labels) under the model's transitions.</summary>
    public static void Decode(ReadOnlySpan<float> transitions, ReadOnlySpan<float> scores, Span<int> tags)
    {
        float[] delta = ArrayPool<float>.Shared.Rent(Math.Max(1, tags.Length * L));
        try
        {
            Decode(transitions, scores, tags, delta);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(delta);
        }
    }

    /// <summary>
    /// The best legal tag sequence, leaving in <paramref name="delta"/> (tokens × labels) the score of the best sequence
    /// that ends on each tag at each token: the forward half of the max-marginals the confidences need, so they do not
    /// compute it a second time.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> transitions, ReadOnlySpan<float> scores, Span<int> tags, Span<float> delta)
    {
        int n = tags.Length;
        if (n == 0)
        {
            return;
        }

        int[] back = ArrayPool<int>.Shared.Rent(n * L);
        try
        {
            for (int tag = 0; tag < L; tag++)
            {
                delta[tag] = EntityLabels.IsAllowed(-1, tag) ? transitions[(L * L) + tag] + scores[tag] : float.NegativeInfinity;
            }

            for (int i = 1; i < n; i++)
            {
                var previousRow = delta.Slice((i - 1) * L, L);
                var row = delta.Slice(i * L, L);
                var scoreRow = scores.Slice(i * L, L);
                var backRow = back.AsSpan(i * L, L);
                for (int tag = 0; tag < L; tag++)
                {
                    float best = float.NegativeInfinity;
                    int bestPrevious = 0;
                    foreach (int previous in EntityLabels.Predecessors[tag])
                    {
                        float candidate = previousRow[previous] + transitions[(previous * L) + tag];
                        if (candidate > best)
                        {
                            best = candidate;
                            bestPrevious = previous;
                        }
                    }

                    row[tag] = best + scoreRow[tag];
                    backRow[tag] = bestPrevious;
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
                AddRow(feature);
            }
        }

        public void AddConstant(ContextFeature feature)
        {
            int row = _model.ContextFeatureRows[(int)feature];
            if (row >= 0)
            {
                AddRow(row);
            }
        }

        private void AddRow(int feature)
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
