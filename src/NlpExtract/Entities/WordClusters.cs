using System.Collections.Frozen;

namespace NlpExtract.Entities;

/// <summary>
/// Distributional word classes: each word seen often enough in the raw text of the training corpora belongs to one
/// cluster of words that occur in the same contexts ("Besançon", "Montbéliard", "Belfort" together; given names
/// together). The entity features read a word's cluster so that a name never seen in the annotated data is still
/// known by the company it keeps. Case-sensitive (a capital is part of the word's use), keyed by span.
/// </summary>
internal sealed class WordClusters
{
    private readonly FrozenDictionary<string, int> _clusters;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClusters(IEnumerable<KeyValuePair<string, int>> entries)
    {
        _clusters = entries.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _clusters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>No clusters: a model trained without them.</summary>
    public static WordClusters Empty { get; } = new([]);

    /// <summary>Number of words that have a cluster.</summary>
    public int Count => _clusters.Count;

    /// <summary>The words and their clusters, in ordinal order of the words (so that saving is deterministic).</summary>
    public IEnumerable<KeyValuePair<string, int>> Entries => _clusters.OrderBy(pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The cluster of <paramref name="word"/>, or −1 when the word has none.</summary>
    public int Of(ReadOnlySpan<char> word) => word.Length is > 0 and <= 40 && _lookup.TryGetValue(word, out int cluster) ? cluster : -1;
}
