using NlpExtract.Entities;

namespace NlpExtract.Quotes;

/// <summary>
/// One quotation: what was said (<see cref="Content"/>), how (<see cref="Kind"/>), the words that report it (<see cref="Cue"/>)
/// and who said it (<see cref="Speaker"/> as written, <see cref="SpeakerName"/> as resolved across the document).
/// </summary>
/// <param name="Content">The quoted content: inside the marks for direct and mixed quotes, the reported clause for indirect ones.</param>
/// <param name="Kind">Direct, mixed or indirect.</param>
/// <param name="Cue">The reporting verb with its auxiliary ("a-t-il déclaré"), "selon", "d'après", a colon; null when none is written.</param>
/// <param name="Speaker">The mention the cue attaches to (a name, a noun phrase, a pronoun); null when there is none.</param>
/// <param name="SpeakerName">Who it is, through pronouns, partial names and titles, as the fullest name the text gives; null when unknown.</param>
/// <param name="SpeakerLabel">PER or ORG (LOC for a capital or country speaking for its government); null when unknown.</param>
/// <param name="SpeakerIndex">The index of the speaker in <see cref="Document.Speakers"/>; -1 when unknown.</param>
/// <param name="Score">How sure the extractor is of the quote and its speaker, in [0, 1].</param>
public sealed record Quote(
    TextSpan Content,
    QuoteKind Kind,
    TextSpan? Cue,
    TextSpan? Speaker,
    string? SpeakerName,
    EntityLabel? SpeakerLabel,
    int SpeakerIndex,
    float Score)
{
    /// <summary>The first character of the content.</summary>
    public int Start => Content.Start;

    /// <summary>One past the last character of the content.</summary>
    public int End => Content.End;

    /// <summary>The JSON name of <see cref="Kind"/>: direct, mixed or indirect.</summary>
    public string KindCode => Kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Mixed => "mixed",
        _ => "indirect",
    };
}
