using System.Globalization;
using System.Text.Json;

namespace NlpExtract.Cli.Evaluation;

/// <summary>One gold quotation of ../shared/data/quotes (its README gives the schema).</summary>
internal sealed record GoldQuote(int Start, int End, string Kind, string? SpeakerName, bool Uncertain)
{
    /// <summary>Direct and mixed quotes are scored together as "marked"; indirect ones apart.</summary>
    public bool IsMarked => Kind != "indirect";
}

/// <summary>One gold document: its text, reference date and quotations.</summary>
internal sealed record GoldQuoteDocument(string Id, string Text, DateOnly? Date, IReadOnlyList<GoldQuote> Quotes);

/// <summary>Reads the quote gold files (JSON Lines: id, date, text, quotes).</summary>
internal static class QuoteGoldReader
{
    public static IEnumerable<GoldQuoteDocument> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string text = root.GetProperty("text").GetString() ?? "";
            DateOnly? date = root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
            var quotes = new List<GoldQuote>();
            foreach (var q in root.GetProperty("quotes").EnumerateArray())
            {
                string? name = q.TryGetProperty("speaker_name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                bool uncertain = q.TryGetProperty("uncertain", out var u) && u.ValueKind == JsonValueKind.True;
                quotes.Add(new GoldQuote(q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("kind").GetString()!, name, uncertain));
            }

            yield return new GoldQuoteDocument(root.GetProperty("id").GetString() ?? "", text, date, quotes);
        }
    }
}
