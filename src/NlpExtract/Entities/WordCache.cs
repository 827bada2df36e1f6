using System.Runtime.CompilerServices;

namespace NlpExtract.Entities;

/// <summary>
/// The tagger's per-word cache: a grow-only open-addressing table from a word (as the features read it, at most
/// <see cref="EntityFeatures.MaxWord"/> characters) to its <see cref="WordEntry"/>. Read without locks by any number of
/// threads; additions take a lock and publish whole, immutable entries, so a reader sees an entry completely or not at all.
/// </summary>
/// <remarks>
/// It replaces a concurrent dictionary whose lookup followed three pointers (bucket, node, key string) before reaching
/// the entry, each a likely cache miss at a rare word: here a slot points at the entry, which holds its word and its
/// weights inline. Hashes are the runtime's randomized string hash, so no text can be written to pile its words into
/// one probe sequence.
/// </remarks>
internal sealed class WordCache
{
    private const int InitialCapacity = 1 << 12;
    private readonly Lock _gate = new();
    private WordEntry?[] _slots = new WordEntry?[InitialCapacity];
    private int _count;

    /// <param name="maxCount">The most entries kept; later words are computed each time instead.</param>
    public WordCache(int maxCount) => MaxCount = maxCount;

    /// <summary>The most entries kept.</summary>
    public int MaxCount { get; }

    /// <summary>The number of entries.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The hash a word is filed under (compute it once for <see cref="TryGet"/> and <see cref="TryAdd"/>).</summary>
    public static int HashOf(ReadOnlySpan<char> word) => string.GetHashCode(word);

    /// <summary>The entry of <paramref name="word"/>, if cached.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ReadOnlySpan<char> word, int hash, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WordEntry? entry)
    {
        var slots = Volatile.Read(ref _slots);
        int mask = slots.Length - 1;
        for (int index = hash & mask; ; index = (index + 1) & mask)
        {
            var candidate = Volatile.Read(ref slots[index]);
            if (candidate is null)
            {
                entry = null;
                return false;
            }

            if (candidate.Hash == hash && candidate.Word.SequenceEqual(word))
            {
                entry = candidate;
                return true;
            }
        }
    }

    /// <summary>Files <paramref name="entry"/> unless its word is already there or the cache is full.</summary>
    public void TryAdd(WordEntry entry)
    {
        if (Count >= MaxCount)
        {
            return; // full for good: no lock to take at every later miss
        }

        lock (_gate)
        {
            if (_count >= MaxCount || TryGet(entry.Word, entry.Hash, out _))
            {
                return;
            }

            // At most half full, so a miss ends at an empty slot after a short probe.
            if ((_count + 1) * 2 > _slots.Length)
            {
                var larger = new WordEntry?[_slots.Length * 2];
                foreach (var existing in _slots)
                {
                    if (existing is not null)
                    {
                        Place(larger, existing);
                    }
                }

                Volatile.Write(ref _slots, larger);
            }

            Place(_slots, entry);
            Volatile.Write(ref _count, _count + 1);
        }
    }

    private static void Place(WordEntry?[] slots, WordEntry entry)
    {
        int mask = slots.Length - 1;
        int index = entry.Hash & mask;
        while (slots[index] is not null)
        {
            index = (index + 1) & mask;
        }

        Volatile.Write(ref slots[index], entry);
    }
}

/// <summary>
/// What the tagger reads of one distinct word, computed once and cached: its weight sums in each of its five roles, whether
/// it is a title written in lowercase, the number of its shape, and the features that pair it, as the previous word,
/// with the next word's shape. The word and the weights are held inline, so a lookup that finds the entry has them.
/// </summary>
internal sealed class WordEntry
{
    private readonly WordChars _word;
    private readonly int _wordLength;
    private readonly RoleVectors _vectors;

    /// <param name="word">The word as the features read it (at most <see cref="EntityFeatures.MaxWord"/> characters).</param>
    /// <param name="hash">Its <see cref="WordCache.HashOf"/>.</param>
    /// <param name="vectors">The weight sums in each role, <see cref="WordRole"/> × label.</param>
    /// <param name="lowercaseTitle">The word is a title written in lowercase.</param>
    /// <param name="shapeId">See <see cref="EntityModel.ShapeId"/>.</param>
    /// <param name="previousWordShapes">See <see cref="EntityModel.PreviousWordShapes"/>.</param>
    public WordEntry(ReadOnlySpan<char> word, int hash, ReadOnlySpan<float> vectors, bool lowercaseTitle, int shapeId, ShapeRows previousWordShapes)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(word.Length, EntityFeatures.MaxWord);
        word.CopyTo(_word);
        _wordLength = word.Length;
        vectors.CopyTo(_vectors);
        Hash = hash;
        LowercaseTitle = lowercaseTitle;
        ShapeId = shapeId;
        PreviousWordShapes = previousWordShapes;
    }

    /// <summary>The word.</summary>
    public ReadOnlySpan<char> Word => ((ReadOnlySpan<char>)_word)[.._wordLength];

    /// <summary>The hash the word is filed under.</summary>
    public int Hash { get; }

    /// <summary>The weight sums of the word in <paramref name="role"/>, one per label.</summary>
    public ReadOnlySpan<float> Role(WordRole role) => ((ReadOnlySpan<float>)_vectors).Slice((int)role * EntityLabels.Count, EntityLabels.Count);

    /// <summary>The word is a title (ministre, président) written in lowercase.</summary>
    public bool LowercaseTitle { get; }

    /// <summary>See <see cref="EntityModel.ShapeId"/>.</summary>
    public int ShapeId { get; }

    /// <summary>See <see cref="EntityModel.PreviousWordShapes"/>.</summary>
    public ShapeRows PreviousWordShapes { get; }

    /// <summary>The characters of a word the features read.</summary>
    [InlineArray(EntityFeatures.MaxWord)]
    private struct WordChars
    {
        private char _first;
    }

    /// <summary>Five roles × the labels.</summary>
    [InlineArray(5 * EntityLabels.Count)]
    private struct RoleVectors
    {
        private float _first;
    }
}
