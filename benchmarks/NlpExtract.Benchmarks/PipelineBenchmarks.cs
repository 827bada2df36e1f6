using BenchmarkDotNet.Attributes;

namespace NlpExtract.Benchmarks;

/// <summary>The public pipeline end to end (documents with their token, sentence and entity arrays), one pass over the corpus.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly Pipeline _pipeline = FrenchPipeline.CreateDefault();
    private string[] _documents = [];

    [GlobalSetup]
    public void Setup() => _documents = [.. FrenchCorpus.Instance.Documents];

    [Benchmark(Description = "FrenchPipeline.Process (default: tokens, sentences, dates, entities)")]
    public long DefaultPipeline()
    {
        long count = 0;
        foreach (var document in _documents)
        {
            count += _pipeline.Process(document).Sentences.Length;
        }

        return count;
    }
}
