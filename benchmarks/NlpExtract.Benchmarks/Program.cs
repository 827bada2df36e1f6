using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NlpExtract.Benchmarks;

// Run all: dotnet run -c Release --project benchmarks/NlpExtract.Benchmarks -- --filter '*'
// Smoke test (what CI runs): add  -j Dry
var config = DefaultConfig.Instance
    .AddColumn(ThroughputColumn.MegaCharacters, ThroughputColumn.MegaTokens)
    .AddColumn(StatisticColumn.Median);
var summaries = BenchmarkSwitcher.FromAssembly(typeof(TokenizerBenchmarks).Assembly).Run(args, config).ToList();

// A benchmark that fails to build or run must fail CI's dry run, not pass silently.
bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;
