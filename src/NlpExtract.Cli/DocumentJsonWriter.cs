using System.Text.Encodings.Web;
using System.Text.Json;

namespace NlpExtract.Cli;

/// <summary>
/// Writes a <see cref="Document"/> as one line of the JSON contract of <c>nlpextract extract</c>
/// (docs/OUTPUT.md): offsets in UTF-16 code units, end exclusive, one array per stage that ran.
/// </summary>
internal static class DocumentJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // French stays readable (é, «, ’) instead of \u00e9 escapes; the output is UTF-8 JSON either way.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void Write(Stream output, string? id, Document document)
    {
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        if (id is null)
        {
            writer.WriteNull("id");
        }
        else
        {
            writer.WriteString("id", id);
        }

        writer.WriteStartArray("tokens");
        foreach (var token in document.Tokens)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", token.Start);
            writer.WriteNumber("end", token.End);
            writer.WriteString("kind", KindName(token.Kind));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if ((document.Stages & PipelineStages.Sentences) != 0)
        {
            writer.WriteStartArray("sentences");
            foreach (var sentence in document.Sentences)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", sentence.Start);
                writer.WriteNumber("end", sentence.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if ((document.Stages & (PipelineStages.Dates | PipelineStages.Entities)) != 0)
        {
            writer.WriteStartArray("entities");
            foreach (var entity in document.Entities)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", entity.Start);
                writer.WriteNumber("end", entity.End);
                writer.WriteString("label", entity.LabelCode);
                writer.WriteString("text", document.Text.AsSpan(entity.Start, entity.Length));
                writer.WriteNumber("score", Math.Round(entity.Score, 3));
                if (entity.Value is not null)
                {
                    writer.WriteString("value", entity.Value);
                }

                if (entity.Modifier is not null)
                {
                    writer.WriteString("mod", entity.Modifier); // TIMEX3 mod (START, MID, END, APPROX): an extension of OUTPUT.md
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>The JSON name of a token kind (lowercase, as OUTPUT.md lists them).</summary>
    public static string KindName(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Number => "number",
        TokenKind.Punctuation => "punctuation",
        TokenKind.Symbol => "symbol",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Hashtag => "hashtag",
        TokenKind.Mention => "mention",
        TokenKind.Emoji => "emoji",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown token kind."),
    };
}
