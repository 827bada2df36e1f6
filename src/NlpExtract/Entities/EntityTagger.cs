using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        var features = new EntityFeatures(text, sentence, model.Lexicon, buffer, lookUpTitles: false);
        int n = sentence.Length;
        WordEntry[] entries = ArrayPool<WordEntry>.Shared.Rent(n);
        try
        {
            Array.Clear(scores, 0, n * L);

            // Each word's entry is read once for the sentence: every word serves five tokens (itself and its neighbours
            // at ±1 and ±2), and the shared cache is the costliest lookup of the stage after the pairs it replaces.
            for (int i = 0; i < n; i++)
            {
                entries[i] = EntryOf(model, ref features, features.Word(i));
                features.SetLowercaseTitle(i, entries[i].LowercaseTitle);
            }

            for (int i = 0; i < n; i++)
            {
                var sink = new ScoringSink(model, scores, i * L, i > 0 ? entries[i - 1].PreviousWordShapes : ShapeRows.LookedUpByKey, entries[i].ShapeId);
                features.ExtractContextual(i, ref sink);
                var row = scores.AsSpan(i * L, L);
                AddLabelWeights(row, entries[i].Role(WordRole.Self));
                if (i > 0)
                {
                    AddLabelWeights(row, entries[i - 1].Role(WordRole.Previous));
                }

                if (i + 1 < n)
                {
                    AddLabelWeights(row, entries[i + 1].Role(WordRole.Next));
                }

                if (i > 1)
                {
                    AddLabelWeights(row, entries[i - 2].Role(WordRole.SecondPrevious));
                }

                if (i + 2 < n)
                {
                    AddLabelWeights(row, entries[i + 2].Role(WordRole.SecondNext));
                }
            }
        }
        finally
        {
            ArrayPool<WordEntry>.Shared.Return(entries, clearArray: true);
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
            var sink = new ScoringSink(model, scores, i * L, ShapeRows.LookedUpByKey, shapeId: -1);
            features.Extract(i, ref sink);
        }
    }

    /// <summary>What the tagger reads of a word, from the shared cache or computed and cached.</summary>
    private static WordEntry EntryOf(EntityModel model, ref EntityFeatures features, ReadOnlySpan<char> word)
    {
        int hash = WordCache.HashOf(word);
        if (model.WordVectors.TryGet(word, hash, out var entry))
        {
            return entry;
        }

        // The weights are summed into a pooled buffer, then copied into the entry, which holds them inline.
        float[] vectors = ArrayPool<float>.Shared.Rent(5 * L);
        try
        {
            Array.Clear(vectors, 0, 5 * L);
            for (int r = 0; r < 5; r++)
            {
                var sink = new ScoringSink(model, vectors, r * L, ShapeRows.LookedUpByKey, shapeId: -1);
                features.ExtractWordRole(word, (WordRole)r, ref sink);
            }

            Span<char> form = stackalloc char[EntityFeatures.MaxWord];
            int length = EntityFeatures.ShapeForm(word, form);
            int shapeId = model.ShapeId(form[..length]);
            length = EntityFeatures.LowerForm(word, form);
            entry = new WordEntry(word, hash, vectors.AsSpan(0, 5 * L), EntityFeatures.IsLowercaseTitle(word, model.Lexicon), shapeId, model.PreviousWordShapes(form[..length]));
        }
        finally
        {
            ArrayPool<float>.Shared.Return(vectors);
        }

        model.WordVectors.TryAdd(entry);
        return entry;
    }

    /// <summary>Adds one weight per label to a token's scores: 8 + 4 lanes and the last label alone, as the label count is 13.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void AddLabelWeights(Span<float> row, ReadOnlySpan<float> weights)
    {
        if (Vector256.IsHardwareAccelerated && row.Length == 13 && weights.Length == 13)
        {
            ref float target = ref MemoryMarshal.GetReference(row);
            ref float source = ref MemoryMarshal.GetReference(weights);
            (Vector256.LoadUnsafe(ref target) + Vector256.LoadUnsafe(ref source)).StoreUnsafe(ref target);
            (Vector128.LoadUnsafe(ref target, 8) + Vector128.LoadUnsafe(ref source, 8)).StoreUnsafe(ref target, 8);
            target = ref Unsafe.Add(ref target, 12);
            target += Unsafe.Add(ref source, 12);
            return;
        }

        for (int l = 0; l < row.Length; l++)
        {
            row[l] += weights[l];
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
        Span<float> padded = stackalloc float[L * PaddedLabels];
        PadTransitions(transitions, padded, byNextTag: false);
        Decode(transitions, padded, scores, tags, delta);
    }

    /// <summary>
    /// <see cref="Decode(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{int}, Span{float})"/> with the transitions also
    /// given padded (<see cref="PadTransitions"/>, rows by previous tag), as a model keeps them: the best predecessor of
    /// every tag at once is then a running maximum over the previous tags (13 vector steps per token instead of a branchy
    /// loop over each tag's predecessors).
    /// </summary>
    public static void Decode(ReadOnlySpan<float> transitions, ReadOnlySpan<float> padded, ReadOnlySpan<float> scores, Span<int> tags, Span<float> delta)
    {
        int n = tags.Length;
        if (n == 0)
        {
            return;
        }

        for (int tag = 0; tag < L; tag++)
        {
            delta[tag] = EntityLabels.IsAllowed(-1, tag) ? transitions[(L * L) + tag] + scores[tag] : float.NegativeInfinity;
        }

        Span<float> best = stackalloc float[PaddedLabels];
        for (int i = 1; i < n; i++)
        {
            BestPredecessorScores(padded, delta.Slice((i - 1) * L, L), best);
            var row = delta.Slice(i * L, L);
            var scoreRow = scores.Slice(i * L, L);
            for (int tag = 0; tag < L; tag++)
            {
                row[tag] = best[tag] + scoreRow[tag];
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

        // The back-pointers are found again on the way back, for the one tag chosen at each token: the same first-best
        // predecessor a table filled on the way forward would hold, for 1/13 of the work.
        tags[n - 1] = last;
        for (int i = n - 1; i > 0; i--)
        {
            int tag = tags[i];
            var previousRow = delta.Slice((i - 1) * L, L);
            float bestScore = float.NegativeInfinity;
            int bestPrevious = 0;
            foreach (int previous in EntityLabels.Predecessors[tag])
            {
                float candidate = previousRow[previous] + transitions[(previous * L) + tag];
                if (candidate > bestScore)
                {
                    bestScore = candidate;
                    bestPrevious = previous;
                }
            }

            tags[i - 1] = bestPrevious;
        }
    }

    /// <summary>The labels rounded up to a whole number of vectors of any width the runtime uses (up to 16 floats).</summary>
    internal const int PaddedLabels = 16;

    /// <summary>
    /// Writes the tag-to-tag transitions (the first <c>L × L</c> of <paramref name="transitions"/>) as rows of
    /// <see cref="PaddedLabels"/>, an illegal succession or a padding lane scored −∞: one row per previous tag (for
    /// decoding), or with <paramref name="byNextTag"/> one row per next tag (the transpose, for the backward pass).
    /// </summary>
    internal static void PadTransitions(ReadOnlySpan<float> transitions, Span<float> padded, bool byNextTag)
    {
        padded.Fill(float.NegativeInfinity);
        for (int previous = 0; previous < L; previous++)
        {
            foreach (int next in EntityLabels.Successors[previous])
            {
                int index = byNextTag ? (next * PaddedLabels) + previous : (previous * PaddedLabels) + next;
                padded[index] = transitions[(previous * L) + next];
            }
        }
    }

    /// <summary>
    /// For every tag, the best score of a sequence reaching it from the previous token: the maximum over previous tags of
    /// their score plus the transition, written into <paramref name="best"/> (<see cref="PaddedLabels"/> floats).
    /// </summary>
    /// <remarks>
    /// Four 128-bit lanes held in registers: vector hardware of every kind the runtime supports has them. The native
    /// maximum is one instruction where the IEEE one is three in a chain; the scores hold no NaN, and a tie of +0 and −0
    /// changes no sum's comparison.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BestPredecessorScores(ReadOnlySpan<float> padded, ReadOnlySpan<float> previousRow, Span<float> best)
    {
        // The rows are read by reference past bounds checks: the padded table must hold all of them.
        System.Diagnostics.Debug.Assert(padded.Length == L * PaddedLabels && best.Length >= PaddedLabels, "a padded transition table");
        var lanes0 = Vector128.Create(float.NegativeInfinity);
        var lanes1 = lanes0;
        var lanes2 = lanes0;
        var lanes3 = lanes0;
        ref float transitionRow = ref MemoryMarshal.GetReference(padded);
        for (int previous = 0; previous < L; previous++, transitionRow = ref Unsafe.Add(ref transitionRow, PaddedLabels))
        {
            float previousScore = previousRow[previous];
            if (float.IsNegativeInfinity(previousScore))
            {
                continue; // an unreachable tag leads nowhere
            }

            var broadcast = Vector128.Create(previousScore);
            lanes0 = Vector128.MaxNative(lanes0, broadcast + Vector128.LoadUnsafe(ref transitionRow));
            lanes1 = Vector128.MaxNative(lanes1, broadcast + Vector128.LoadUnsafe(ref transitionRow, 4));
            lanes2 = Vector128.MaxNative(lanes2, broadcast + Vector128.LoadUnsafe(ref transitionRow, 8));
            lanes3 = Vector128.MaxNative(lanes3, broadcast + Vector128.LoadUnsafe(ref transitionRow, 12));
        }

        lanes0.CopyTo(best);
        lanes1.CopyTo(best[4..]);
        lanes2.CopyTo(best[8..]);
        lanes3.CopyTo(best[12..]);
    }

    private readonly struct ScoringSink : IFeatureSink
    {
        private readonly EntityModel _model;
        private readonly float[] _scores;
        private readonly int _row;
        private readonly ShapeRows _previousWordShapes;
        private readonly int _shapeId;

        /// <param name="model">The weights.</param>
        /// <param name="scores">Where the scores are summed.</param>
        /// <param name="row">The first index of the token's scores in <paramref name="scores"/>.</param>
        /// <param name="previousWordShapes">The previous word's pairs with a shape, or <see cref="ShapeRows.LookedUpByKey"/> to look the pair's key up.</param>
        /// <param name="shapeId">This token's shape number (<see cref="EntityModel.ShapeId"/>).</param>
        public ScoringSink(EntityModel model, float[] scores, int row, ShapeRows previousWordShapes, int shapeId)
        {
            _model = model;
            _scores = scores;
            _row = row;
            _previousWordShapes = previousWordShapes;
            _shapeId = shapeId;
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

        public bool TryAddPreviousWordShape()
        {
            if (_previousWordShapes.IsLookedUpByKey)
            {
                return false;
            }

            // The shape was numbered with the word's entry; a shape no pair names has no number and no row.
            if (_shapeId >= 0)
            {
                var weights = _previousWordShapes.WeightsOf(_shapeId);
                if (!weights.IsEmpty)
                {
                    AddWeights(weights);
                }
            }

            return true;
        }

        private void AddRow(int feature) => AddWeights(_model.Weights.AsSpan(feature * L, L));

        private void AddWeights(ReadOnlySpan<float> weights) => AddLabelWeights(_scores.AsSpan(_row, L), weights);
    }
}
