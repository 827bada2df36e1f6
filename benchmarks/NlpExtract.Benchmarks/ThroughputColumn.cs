using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NlpExtract.Benchmarks;

/// <summary>Throughput over the whole corpus, from the mean time of one operation (one pass over every document).</summary>
internal sealed class ThroughputColumn : IColumn
{
    private readonly bool _tokens;

    private ThroughputColumn(bool tokens) => _tokens = tokens;

    public static IColumn MegaCharacters { get; } = new ThroughputColumn(tokens: false);

    public static IColumn MegaTokens { get; } = new ThroughputColumn(tokens: true);

    public string Id => _tokens ? "MTokensPerSecond" : "MCharsPerSecond";

    public string ColumnName => _tokens ? "M tokens/s" : "M chars/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _tokens ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _tokens
        ? "Millions of NlpExtract tokens per second (the corpus's token count divided by the mean time)"
        : "Millions of UTF-16 characters per second (about MB/s of ASCII-heavy French text)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || statistics.Mean <= 0)
        {
            return "-";
        }

        var corpus = FrenchCorpus.Instance;
        double seconds = statistics.Mean / 1e9;
        double amount = _tokens ? corpus.Tokens : corpus.Characters;
        return (amount / seconds / 1e6).ToString("F1", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
