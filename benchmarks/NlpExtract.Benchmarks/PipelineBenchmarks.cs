using BenchmarkDotNet.Attributes;

namespace NlpExtract.Benchmarks;

/// <summary>
/// The public pipeline end to end (documents with their token, sentence, entity, quote and speaker arrays), one pass over
/// the corpus; the same without the quote stage shows what quotations and speaker resolution cost.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly Pipeline _pipeline = FrenchPipeline.CreateDefault();
    private readonly Pipeline _withoutQuotes = new PipelineBuilder().UseSentences().UseDates().UseEntities().Build();
    private string[] _documents = [];

    [GlobalSetup]
    public void Setup() => _documents = [.. FrenchCorpus.Instance.Documents];

    [Benchmark(Baseline = true, Description = "FrenchPipeline.Process (default: tokens, sentences, dates, entities, quotes, speakers)")]
    public long DefaultPipeline()
    {
        long count = 0;
        foreach (var document in _documents)
        {
            count += _pipeline.Process(document).Quotes.Length;
        }

        return count;
    }

    [Benchmark(Description = "Pipeline without quotes (tokens, sentences, dates, entities)")]
    public long WithoutQuotes()
    {
        long count = 0;
        foreach (var document in _documents)
        {
            count += _withoutQuotes.Process(document).Entities.Length;
        }

        return count;
    }
}
