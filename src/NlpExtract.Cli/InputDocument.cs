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

            return new InputDocument(id, ReadString(textElement), date);
        }
        catch (JsonException e)
        {
            throw new FormatException($"line {lineNumber}: not valid JSON ({e.Message}).", e);
        }
    }

    /// <summary>
    /// Reads a JSON string. System.Text.Json refuses escaped lone surrogates (<c>"\ud800"</c>), which are valid JSON and
    /// which the tokenizer handles, so such a string is unescaped here, keeping every UTF-16 code unit as written.
    /// </summary>
    private static string ReadString(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return UnescapeJsonLiteral(element.GetRawText());
        }
    }

    private static string UnescapeJsonLiteral(string literal)
    {
        var text = new System.Text.StringBuilder(literal.Length);
        for (int i = 1; i < literal.Length - 1; i++)
        {
            char c = literal[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            char escape = literal[++i];
            switch (escape)
            {
                case 'u':
                    text.Append((char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                default: text.Append(escape); break; // \" \\ \/
            }
        }

        return text.ToString();
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
