using System.Text;
using System.Text.Json;

namespace NlpExtract.Benchmarks;

/// <summary>
/// The French text the benchmarks read: the raw text of the shared corpora (UD French-GSD and Sequoia sentences,
/// twenty to a document; the news and literary texts of the quote gold; NewsEye historical newspapers) when
/// ../shared/data is beside the repository or NLPEXTRACT_DATA names it, else the bundled article repeated
/// to the same order of size. Loaded once per benchmark process.
/// </summary>
internal sealed class FrenchCorpus
{
    private const int MinimumCharacters = 1_000_000;

    private FrenchCorpus(IReadOnlyList<string> documents, string source)
    {
        Documents = documents;
        Source = source;
        Characters = documents.Sum(d => (long)d.Length);
        Tokens = documents.Sum(d => (long)FrenchTokenizer.TokenizeToArray(d).Length);
    }

    public static FrenchCorpus Instance { get; } = Load();

    public IReadOnlyList<string> Documents { get; }

    public string Source { get; }

    public long Characters { get; }

    public long Tokens { get; }

    private static FrenchCorpus Load()
    {
        string? data = LocateSharedData();
        if (data != null)
        {
            var documents = new List<string>();
            foreach (var file in new[] { "tokens/fr_gsd-ud-dev.conllu", "ner/sequoia" })
            {
                documents.AddRange(ConlluTextDocuments(Path.Combine(data, file)));
            }

            foreach (var file in new[] { "quotes/news-dev.jsonl", "quotes/litbank-dev.jsonl" })
            {
                documents.AddRange(JsonTexts(Path.Combine(data, file)));
            }

            documents.AddRange(HipeTexts(Path.Combine(data, "ner/newseye")));
            if (documents.Sum(d => d.Length) >= MinimumCharacters)
            {
                return new FrenchCorpus(documents, $"shared corpora in {data}");
            }
        }

        string article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "article-fr.txt"), Encoding.UTF8);
        var repeated = Enumerable.Repeat(article, MinimumCharacters / article.Length + 1).ToList();
        return new FrenchCorpus(repeated, "bundled article (Data/article-fr.txt), repeated");
    }

    private static string? LocateSharedData()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("NLPEXTRACT_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data");
            if (File.Exists(Path.Combine(dir.FullName, "NlpExtract.sln")) || Directory.Exists(candidate))
            {
                candidate = File.Exists(Path.Combine(dir.FullName, "NlpExtract.sln")) ? Path.Combine(dir.FullName, "..", "shared", "data") : candidate;
                return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }

    private static IEnumerable<string> ConlluTextDocuments(string path)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path).Where(f => !f.EndsWith(".txt", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal)).Order() : (IEnumerable<string>)[path];
        var sentences = new List<string>();
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    sentences.Add(line[9..]);
                    if (sentences.Count == 20)
                    {
                        yield return string.Join(' ', sentences);
                        sentences.Clear();
                    }
                }
            }
        }

        if (sentences.Count > 0)
        {
            yield return string.Join(' ', sentences);
        }
    }

    private static IEnumerable<string> JsonTexts(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            yield return json.RootElement.GetProperty("text").GetString()!;
        }
    }

    /// <summary>Rebuilds HIPE documents: tokens joined by one space unless NoSpaceAfter, a line break on EndOfLine.</summary>
    private static IEnumerable<string> HipeTexts(string folder)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.GetFiles(folder, "*.tsv").Order())
        {
            var text = new StringBuilder();
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("# hipe2022:document_id", StringComparison.Ordinal) && text.Length > 0)
                {
                    yield return text.ToString();
                    text.Clear();
                }

                if (line.Length == 0 || line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("TOKEN\t", StringComparison.Ordinal))
                {
                    continue;
                }

                var columns = line.Split('\t');
                text.Append(columns[0]);
                string misc = columns[^1];
                text.Append(misc.Contains("EndOfLine", StringComparison.Ordinal) ? "\n" : misc.Contains("NoSpaceAfter", StringComparison.Ordinal) ? "" : " ");
            }

            if (text.Length > 0)
            {
                yield return text.ToString();
            }
        }
    }
}
