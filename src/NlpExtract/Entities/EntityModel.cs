using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace NlpExtract.Entities;

/// <summary>
/// A trained PER / ORG / LOC sequence model: feature weights per BILOU label and label-transition weights, in one
/// versioned binary format. Immutable once loaded; shared by every pipeline that uses it.
/// </summary>
/// <remarks>
/// Format (little-endian): the 8 magic bytes <c>NLXNER\r\n</c>, an int32 version, a UTF-8 description string
/// (data, command, scores), int32 label count (must be <see cref="EntityLabels.Count"/>), int32 feature count, then per
/// feature its key (length-prefixed UTF-8) and one float32 weight per label, sorted by key (so the bytes depend only on
/// the weights), then (label count + 1) × label count float32 transition weights (the extra row is the sentence start),
/// then the lexicon (int32 count, then each word and its class byte), then (since version 3) the word clusters (int32
/// count, then each word and its int32 cluster), then the magic again as an end marker, so that a truncated stream is
/// detected. Version 2 files (no clusters) are still read.
/// </remarks>
internal sealed class EntityModel
{
    private static readonly byte[] Magic = "NLXNER\r\n"u8.ToArray();
    private const int FormatVersion = 3;
    private const int FirstReadableVersion = 2;

    private readonly Dictionary<string, int> _features;

    /// <param name="description">What the model was trained on.</param>
    /// <param name="features">Feature key → row.</param>
    /// <param name="weights">Feature × label weights.</param>
    /// <param name="transitions">Label transition weights.</param>
    /// <param name="lexicon">The lexicon the features consult.</param>
    /// <param name="pairFeatures">The "w-1s0" features among <paramref name="features"/> sorted by key, when the caller
    /// met them so as it read the keys (a model being loaded, its keys stored in order); else they are found and
    /// sorted here.</param>
    internal EntityModel(string description, Dictionary<string, int> features, float[] weights, float[] transitions, EntityLexicon lexicon,
        List<KeyValuePair<string, int>>? pairFeatures = null)
    {
        Description = description;
        Lexicon = lexicon;
        _features = features;
        FeatureLookup = features.GetAlternateLookup<ReadOnlySpan<char>>();
        ContextFeatureRows = new int[ContextFeatures.Count];
        for (int f = 0; f < ContextFeatureRows.Length; f++)
        {
            ContextFeatureRows[f] = features.TryGetValue(ContextFeatures.Key((ContextFeature)f), out int row) ? row : -1;
        }
        Weights = weights;
        Transitions = transitions;
        PaddedTransitions = new float[EntityLabels.Count * EntityTagger.PaddedLabels];
        EntityTagger.PadTransitions(transitions, PaddedTransitions, byNextTag: false);
        PaddedTransitionsByNextTag = new float[EntityLabels.Count * EntityTagger.PaddedLabels];
        EntityTagger.PadTransitions(transitions, PaddedTransitionsByNextTag, byNextTag: true);
        (_previousWordShapes, _shapeIds) = GroupPreviousWordShapes(pairFeatures ?? [.. features.Where(pair => IsPairFeature(pair.Key)).OrderBy(pair => pair.Key, StringComparer.Ordinal)], weights);
    }

    /// <summary>The "w-1s0" features (previous word in lowercase, then this word's shape) grouped by previous word.</summary>
    private readonly Dictionary<string, ShapeRows> _previousWordShapes;

    /// <summary>Every shape a "w-1s0" feature names, numbered, so a word's shape is compared as one integer.</summary>
    private readonly Dictionary<string, int> _shapeIds;

    /// <summary>The number of the shape <paramref name="shape"/> among those the "w-1s0" features name, or −1.</summary>
    internal int ShapeId(ReadOnlySpan<char> shape) =>
        _shapeIds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(shape, out int id) ? id : -1;

    /// <summary>
    /// The rows of the features that pair <paramref name="previousLower"/> with a shape, so the tagger finds the one of
    /// each token by the shape's number in a short sorted array instead of hashing the pair's key in the whole feature
    /// table (the costliest lookup of the stage); empty when the model has none, <see cref="ShapeRows.IsLookedUpByKey"/> when the word holds the separator
    /// and the key must be looked up whole.
    /// </summary>
    internal ShapeRows PreviousWordShapes(ReadOnlySpan<char> previousLower)
    {
        if (previousLower.Contains(PairSeparator))
        {
            return ShapeRows.LookedUpByKey;
        }

        return _previousWordShapes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(previousLower, out var rows) ? rows : ShapeRows.Empty;
    }

    /// <summary>The character between the two halves of a pair feature's value.</summary>
    internal const char PairSeparator = '|';

    private const string PairPrefix = EntityFeatures.PreviousWordShapeTemplate + ":";

    /// <summary>Whether a feature key is a "w-1s0" pair.</summary>
    private static bool IsPairFeature(string key) => key.StartsWith(PairPrefix, StringComparison.Ordinal);

    /// <summary>Groups the pairs by previous word; <paramref name="pairFeatures"/> must be sorted by key (ordinal), which
    /// puts each word's pairs side by side.</summary>
    private static (Dictionary<string, ShapeRows> Groups, Dictionary<string, int> ShapeIds) GroupPreviousWordShapes(List<KeyValuePair<string, int>> pairFeatures, float[] weights)
    {
        const int labels = EntityLabels.Count;
        var shapeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var shapeLookup = shapeIds.GetAlternateLookup<ReadOnlySpan<char>>();
        var groups = new Dictionary<string, ShapeRows>(StringComparer.Ordinal);

        // The current word's pairs, packed as (shape number << 32 | row): sorting the longs sorts by shape number.
        var pairs = new List<long>();
        string? current = null;
        foreach (var (key, row) in pairFeatures)
        {
            // A previous word without the separator ends at the first one; a word with it is never grouped (see above).
            var value = key.AsSpan(PairPrefix.Length);
            int separator = value.IndexOf(PairSeparator);
            if (separator < 0)
            {
                continue;
            }

            var shape = value[(separator + 1)..];
            if (!shapeLookup.TryGetValue(shape, out int shapeId))
            {
                shapeId = shapeIds.Count;
                shapeLookup.TryAdd(shape, shapeId);
            }

            var previous = value[..separator];
            if (current is null || !previous.SequenceEqual(current))
            {
                Flush();
                current = previous.ToString();
            }

            pairs.Add(((long)shapeId << 32) | (uint)row);
        }

        Flush();
        return (groups, shapeIds);

        void Flush()
        {
            if (current is null)
            {
                return;
            }

            pairs.Sort();

            // Each pair's weights are copied beside the others of its word: a frequent word's pairs then stay in cache,
            // where their rows in the whole table would be a cache miss at nearly every token.
            var rows = new ShapeRows(pairs.Count, out var ids, out var pairWeights);
            for (int k = 0; k < pairs.Count; k++)
            {
                ids[k] = (int)(pairs[k] >> 32);
                weights.AsSpan((int)(uint)pairs[k] * labels, labels).CopyTo(pairWeights[(k * labels)..]);
            }

            groups.Add(current, rows);
            pairs.Clear();
        }
    }

    /// <summary>What the model was trained on, with which command, and its scores.</summary>
    public string Description { get; }

    /// <summary>Feature key → row index into <see cref="Weights"/>; looked up by span, so inference allocates no keys.</summary>
    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> FeatureLookup { get; }

    /// <summary>Row-major weights: feature × label.</summary>
    public float[] Weights { get; }

    /// <summary>The row in <see cref="Weights"/> of each <see cref="ContextFeature"/>, or −1 when the model never kept it.</summary>
    internal int[] ContextFeatureRows { get; }

    /// <summary>Row-major transition weights: (previous label, or the start row <see cref="EntityLabels.Count"/>) × label.</summary>
    public float[] Transitions { get; }

    /// <summary>The tag-to-tag transitions padded for the vector decoder, one row per previous tag (<see cref="EntityTagger.PadTransitions"/>).</summary>
    internal float[] PaddedTransitions { get; }

    /// <summary>The same, one row per next tag, for the backward pass of the confidences.</summary>
    internal float[] PaddedTransitionsByNextTag { get; }

    /// <summary>
    /// The weight sums each distinct word contributes in each of its five roles (itself and its four neighbours),
    /// filled as words are met: a word's features depend on the word alone, so the tagger sums them once per word
    /// instead of once per occurrence. Bounded; safe for concurrent use; the values are a pure function of the word,
    /// so results never depend on what was cached before.
    /// </summary>
    internal WordCache WordVectors { get; } = new(MaxCachedWords);

    /// <summary>The most words <see cref="WordVectors"/> keeps (about 35 MB).</summary>
    internal const int MaxCachedWords = 100_000;

    /// <summary>The gazetteers and word lists the features consult.</summary>
    public EntityLexicon Lexicon { get; }

    /// <summary>Number of features.</summary>
    public int FeatureCount => _features.Count;

    /// <summary>The model embedded in the NlpExtract assembly, read on first use and shared.</summary>
    public static EntityModel Default => DefaultHolder.Value;

    private static readonly Lazy<EntityModel> DefaultHolder = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    internal const string ResourceName = "NlpExtract.Entities.ner-fr.model";

    private static EntityModel LoadEmbedded()
    {
        using var stream = typeof(EntityModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded entity model '{ResourceName}' is missing from the NlpExtract assembly.");
        return Load(stream);
    }

    /// <summary>Reads a model, checking its magic number, version, label set and end marker.</summary>
    /// <exception cref="InvalidDataException">The stream is not an NlpExtract entity model, has another version, or is truncated.</exception>
    public static EntityModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException("Not an NlpExtract entity model: the magic number is wrong.");
            }

            int version = reader.ReadInt32();
            if (version is < FirstReadableVersion or > FormatVersion)
            {
                throw new InvalidDataException($"Entity model format version {version} is not supported (this NlpExtract reads versions {FirstReadableVersion} to {FormatVersion}).");
            }

            string description = reader.ReadString();
            int labels = reader.ReadInt32();
            if (labels != EntityLabels.Count)
            {
                throw new InvalidDataException($"Entity model has {labels} labels; this NlpExtract expects {EntityLabels.Count}.");
            }

            int featureCount = reader.ReadInt32();
            if (featureCount is < 0 or > 50_000_000)
            {
                throw new InvalidDataException($"Entity model declares {featureCount} features: the file is corrupted.");
            }

            var features = new Dictionary<string, int>(featureCount, StringComparer.Ordinal);
            var pairFeatures = new List<KeyValuePair<string, int>>();
            var weights = new float[featureCount * labels];
            Span<byte> row = stackalloc byte[labels * sizeof(float)];
            for (int f = 0; f < featureCount; f++)
            {
                string key = reader.ReadString();
                features.Add(key, f);
                if (IsPairFeature(key))
                {
                    pairFeatures.Add(new(key, f));
                }

                // A feature's weights in one read, not one call per float: the first load reads 1.4 million of them.
                reader.BaseStream.ReadExactly(row);
                for (int l = 0; l < labels; l++)
                {
                    weights[(f * labels) + l] = BinaryPrimitives.ReadSingleLittleEndian(row[(l * sizeof(float))..]);
                }
            }

            var transitions = new float[(labels + 1) * labels];
            for (int k = 0; k < transitions.Length; k++)
            {
                transitions[k] = reader.ReadSingle();
            }

            int lexiconCount = reader.ReadInt32();
            if (lexiconCount is < 0 or > 10_000_000)
            {
                throw new InvalidDataException($"Entity model declares {lexiconCount} lexicon words: the file is corrupted.");
            }

            var lexicon = new KeyValuePair<string, LexiconClass>[lexiconCount];
            for (int k = 0; k < lexiconCount; k++)
            {
                lexicon[k] = new(reader.ReadString(), (LexiconClass)reader.ReadByte());
            }

            var clusters = WordClusters.Empty;
            if (version >= 3)
            {
                int clusterCount = reader.ReadInt32();
                if (clusterCount is < 0 or > 10_000_000)
                {
                    throw new InvalidDataException($"Entity model declares {clusterCount} clustered words: the file is corrupted.");
                }

                var entries = new KeyValuePair<string, int>[clusterCount];
                for (int k = 0; k < clusterCount; k++)
                {
                    entries[k] = new(reader.ReadString(), reader.ReadInt32());
                }

                clusters = new WordClusters(entries);
            }

            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException("Entity model is truncated or corrupted: its end marker is missing.");
            }

            return new EntityModel(description, features, weights, transitions, new EntityLexicon(lexicon, clusters), pairFeatures);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Entity model is truncated: the stream ended before the model did.", e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("Entity model is corrupted: " + e.Message, e);
        }
    }

    /// <summary>Writes the model; the same weights always give the same bytes.</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Description);
        writer.Write(EntityLabels.Count);
        writer.Write(_features.Count);
        foreach (var (key, index) in _features.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            for (int l = 0; l < EntityLabels.Count; l++)
            {
                writer.Write(Weights[(index * EntityLabels.Count) + l]);
            }
        }

        foreach (float weight in Transitions)
        {
            writer.Write(weight);
        }

        writer.Write(Lexicon.Count);
        foreach (var (word, classes) in Lexicon.Entries)
        {
            writer.Write(word);
            writer.Write((byte)classes);
        }

        writer.Write(Lexicon.Clusters.Count);
        foreach (var (word, cluster) in Lexicon.Clusters.Entries)
        {
            writer.Write(word);
            writer.Write(cluster);
        }

        writer.Write(Magic);
    }
}

/// <summary>
/// The "w-1s0" features of one previous word: the numbers of the shapes it pairs with, ascending, and their weights; or,
/// for a word holding the pairs' separator, none (<see cref="IsLookedUpByKey"/>: each pair is looked up by its key).
/// </summary>
/// <remarks>
/// Numbers and weights share one array (the numbers first, as the bits of floats), so finding a pair's weights reads one
/// object, not two: the tagger does it at nearly every token.
/// </remarks>
internal readonly struct ShapeRows
{
    private readonly float[]? _packed;

    /// <summary>Room for <paramref name="count"/> pairs, filled through <paramref name="shapeIds"/> (ascending) and
    /// <paramref name="weights"/> (one row of labels each) before the rows are read.</summary>
    public ShapeRows(int count, out Span<int> shapeIds, out Span<float> weights)
    {
        _packed = new float[count * (1 + EntityLabels.Count)];
        shapeIds = MemoryMarshal.Cast<float, int>(_packed.AsSpan(0, count));
        weights = _packed.AsSpan(count);
    }

    /// <summary>No pairs.</summary>
    public static ShapeRows Empty { get; } = new(0, out _, out _);

    /// <summary>The pairs are looked up by key (see <see cref="EntityModel.PreviousWordShapes"/>).</summary>
    public static ShapeRows LookedUpByKey => default;

    /// <summary>Whether the pairs are looked up by key instead.</summary>
    public bool IsLookedUpByKey => _packed is null;

    /// <summary>The weights (one per label) of the pair with shape number <paramref name="shapeId"/>; empty when there is none.</summary>
    public ReadOnlySpan<float> WeightsOf(int shapeId)
    {
        var packed = _packed.AsSpan();
        int count = packed.Length / (1 + EntityLabels.Count);
        int index = MemoryMarshal.Cast<float, int>(packed[..count]).BinarySearch(shapeId);
        return index >= 0 ? packed.Slice(count + (index * EntityLabels.Count), EntityLabels.Count) : default;
    }
}
