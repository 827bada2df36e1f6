using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NlpExtract.Benchmarks;

// Run all: dotnet run -c Release --project benchmarks/NlpExtract.Benchmarks -- --filter '*'
// Smoke test (what CI runs): add  -j Dry
var config = DefaultConfig.Instance
    .AddColumn(ThroughputColumn.MegaCharacters, ThroughputColumn.MegaTokens)
    .AddColumn(StatisticColumn.Median);
BenchmarkSwitcher.FromAssembly(typeof(TokenizerBenchmarks).Assembly).Run(args, config);
