using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NlpExtract.Entities;

namespace NlpExtract.Cli.Corpora;

/// <summary>
/// Learns distributional word clusters from raw text with ML.NET's k-means: each word seen at least
/// <c>minCount</c> times is described by the words found just before and just after it (among the commonest
/// <c>contextWords</c> words, positive pointwise mutual information, unit length, so k-means compares directions as
/// cosine similarity does), and words with similar contexts share a cluster. Single-threaded with a fixed seed: the
/// same text gives the same clusters.
/// </summary>
internal static class WordClusterTrainer
{
    /// <summary>One word's context vector, as ML.NET reads it.</summary>
    private sealed class WordVector
    {
        public float[] Features { get; set; } = [];
    }

    /// <summary>One word's assigned cluster, as ML.NET writes it (1-based).</summary>
    private sealed class ClusterPrediction
    {
        public uint PredictedLabel { get; set; }
    }

    public static Dictionary<string, int> Train(IEnumerable<string> texts, int clusters, int minCount, int contextWords, int seed, Action<string> log)
    {
        // Token sequences of every sentence; the words of the vocabulary and the context words by frequency.
        var sentences = new List<string[]>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var segmenter = new PipelineBuilder().UseSentences().Build();
        foreach (var text in texts)
        {
            var document = segmenter.Process(text);
            foreach (var sentence in document.Sentences)
            {
                var words = new string[sentence.TokenCount];
                for (int t = 0; t < words.Length; t++)
                {
                    var token = document.Tokens[sentence.FirstToken + t];
                    words[t] = text.Substring(token.Start, token.Length).Replace("¬\r\n", string.Empty, StringComparison.Ordinal)
                        .Replace("¬\n", string.Empty, StringComparison.Ordinal);
                    counts[words[t]] = counts.GetValueOrDefault(words[t]) + 1;
                }

                sentences.Add(words);
            }
        }

        var byFrequency = counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        var context = byFrequency.Take(contextWords).Select((pair, index) => (pair.Key, index)).ToDictionary(p => p.Key, p => p.index, StringComparer.Ordinal);
        var vocabulary = byFrequency.Where(pair => pair.Value >= minCount && pair.Key.Length <= 40).Select(pair => pair.Key).ToList();
        var wordIndex = vocabulary.Select((word, index) => (word, index)).ToDictionary(p => p.word, p => p.index, StringComparer.Ordinal);
        log($"clusters: {sentences.Count} sentences, {counts.Values.Sum()} tokens, {vocabulary.Count} words seen at least {minCount} times");

        // Left contexts in the first half of the vector, right contexts in the second; a sentence edge is a context too.
        int dimensions = (2 * contextWords) + 2;
        var cooccurrences = new Dictionary<(int Word, int Context), int>();
        foreach (var words in sentences)
        {
            for (int i = 0; i < words.Length; i++)
            {
                if (!wordIndex.TryGetValue(words[i], out int w))
                {
                    continue;
                }

                int left = i == 0 ? 2 * contextWords : context.TryGetValue(words[i - 1], out int l) ? l : -1;
                int right = i + 1 == words.Length ? (2 * contextWords) + 1 : context.TryGetValue(words[i + 1], out int r) ? contextWords + r : -1;
                foreach (int c in (ReadOnlySpan<int>)[left, right])
                {
                    if (c >= 0)
                    {
                        cooccurrences[(w, c)] = cooccurrences.GetValueOrDefault((w, c)) + 1;
                    }
                }
            }
        }

        var wordTotals = new double[vocabulary.Count];
        var contextTotals = new double[dimensions];
        double total = 0;
        foreach (var ((w, c), n) in cooccurrences)
        {
            wordTotals[w] += n;
            contextTotals[c] += n;
            total += n;
        }

        var vectors = new float[vocabulary.Count][];
        for (int w = 0; w < vectors.Length; w++)
        {
            vectors[w] = new float[dimensions];
        }

        foreach (var ((w, c), n) in cooccurrences)
        {
            double pmi = Math.Log(n * total / (wordTotals[w] * contextTotals[c]));
            if (pmi > 0)
            {
                vectors[w][c] = (float)pmi;
            }
        }

        foreach (var vector in vectors)
        {
            double norm = Math.Sqrt(vector.Sum(x => (double)x * x));
            if (norm > 0)
            {
                for (int k = 0; k < vector.Length; k++)
                {
                    vector[k] = (float)(vector[k] / norm);
                }
            }
        }

        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(WordVector));
        schema[nameof(WordVector.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        var data = ml.Data.LoadFromEnumerable(vectors.Select(v => new WordVector { Features = v }), schema);
        var trainer = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = nameof(WordVector.Features),
            NumberOfClusters = clusters,
            NumberOfThreads = 1,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            MaximumNumberOfIterations = 100,
        });
        var model = trainer.Fit(data);
        var assigned = ml.Data.CreateEnumerable<ClusterPrediction>(model.Transform(data), reuseRowObject: false).ToList();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int w = 0; w < vocabulary.Count; w++)
        {
            result[vocabulary[w]] = (int)assigned[w].PredictedLabel - 1;
        }

        return result;
    }

    /// <summary>Writes the clusters as "word TAB cluster" lines after a header that says where they come from.</summary>
    public static void Save(string path, IReadOnlyDictionary<string, int> clusters, string header)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in header.Split('\n'))
        {
            writer.WriteLine("# " + line);
        }

        foreach (var (word, cluster) in clusters.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"{word}\t{cluster.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>Reads a file written by <see cref="Save"/>.</summary>
    public static WordClusters Load(string path)
    {
        var entries = new List<KeyValuePair<string, int>>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }

            int tab = line.LastIndexOf('\t');
            entries.Add(new(line[..tab], int.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new WordClusters(entries);
    }
}
