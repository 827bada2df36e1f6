using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NlpExtract.Entities;

namespace NlpExtract.Benchmarks;

/// <summary>
/// The first load of the embedded entity model, as a process pays it: each launch reads the resource once
/// (cold start, a fresh process per launch).
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    [Benchmark(Description = "Load the embedded PER/ORG/LOC model")]
    public int LoadEmbeddedModel()
    {
        using var stream = typeof(EntityModel).Assembly.GetManifestResourceStream(EntityModel.ResourceName)!;
        return EntityModel.Load(stream).FeatureCount;
    }
}
