using System.Globalization;
using System.Text.Json;

namespace NlpExtract.Cli;

/// <summary>One input document of <c>nlpextract extract</c>: its id, text and optional reference date.</summary>
internal sealed record InputDocument(string? Id, string Text, DateOnly? Date)
{
    /// <summary>Parses one JSON Lines record: <c>{"id": "…", "text": "…", "date": "yyyy-mm-dd"}</c>.</summary>
    /// <exception cref="FormatException">The line is not such an object.</exception>
    public static InputDocument FromJsonLine(string line, int lineNumber)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var textElement) ||
                textElement.ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"line {lineNumber}: expected an object with a string \"text\" field.");
            }

            string? id = root.TryGetProperty("id", out var idElement)
                ? idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString(),
                    JsonValueKind.Null => null,
                    _ => idElement.GetRawText(),
                }
                : null;
            DateOnly? date = null;
            if (root.TryGetProperty("date", out var dateElement) && dateElement.ValueKind == JsonValueKind.String)
            {
                date = ParseDate(dateElement.GetString()!, $"line {lineNumber}");
            }

            return new InputDocument(id, textElement.GetString()!, date);
        }
        catch (JsonException e)
        {
            throw new FormatException($"line {lineNumber}: not valid JSON ({e.Message}).", e);
        }
    }

    /// <summary>Parses an ISO date (yyyy-mm-dd), or a full ISO timestamp of which only the date counts.</summary>
    public static DateOnly ParseDate(string value, string where)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var timestamp))
        {
            return DateOnly.FromDateTime(timestamp);
        }

        throw new FormatException($"{where}: \"{value}\" is not an ISO date (yyyy-mm-dd).");
    }
}
