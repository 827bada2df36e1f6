using System.Text.Encodings.Web;
using System.Text.Json;
using NlpExtract.Quotes;

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

        if ((document.Stages & PipelineStages.Quotes) != 0)
        {
            WriteQuotes(writer, document);
        }

        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteQuotes(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("quotes");
        foreach (var quote in document.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", quote.Start);
            writer.WriteNumber("end", quote.End);
            writer.WriteString("text", document.Text.AsSpan(quote.Start, quote.End - quote.Start));
            writer.WriteString("kind", quote.KindCode);
            WriteSpan(writer, "cue", quote.Cue, document.Text);
            WriteSpan(writer, "speaker", quote.Speaker, document.Text);
            if (quote.SpeakerName is null)
            {
                writer.WriteNull("speakerName");
            }
            else
            {
                writer.WriteString("speakerName", quote.SpeakerName);
            }

            WriteLabel(writer, "speakerLabel", quote.SpeakerLabel);

            writer.WriteNumber("score", Math.Round(quote.Score, 3));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("speakers");
        foreach (var speaker in document.Speakers)
        {
            writer.WriteStartObject();
            writer.WriteString("name", speaker.Name);
            WriteLabel(writer, "label", speaker.Label);

            writer.WriteStartArray("mentions");
            foreach (var mention in speaker.Mentions)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", mention.Start);
                writer.WriteNumber("end", mention.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("quotes");
            foreach (var index in speaker.Quotes)
            {
                writer.WriteNumberValue(index);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteLabel(Utf8JsonWriter writer, string name, EntityLabel? label)
    {
        if (label is { } value)
        {
            writer.WriteString(name, new Entity(0, 0, value, 0).LabelCode);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteSpan(Utf8JsonWriter writer, string name, TextSpan? span, string text)
    {
        if (span is not { } value)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("start", value.Start);
        writer.WriteNumber("end", value.End);
        writer.WriteString("text", text.AsSpan(value.Start, value.Length));
        writer.WriteEndObject();
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
