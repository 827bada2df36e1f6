using NlpExtract.Entities;

namespace NlpExtract.Quotes;

/// <summary>What kind of words a speaker mention is.</summary>
internal enum MentionKind : byte
{
    /// <summary>A proper name (an entity, or a run of capitalized words): Mikhaïl Bogdanov, Bouvard, l'UNAPEI.</summary>
    Name,

    /// <summary>A common noun phrase: le ministère russe des Affaires étrangères, la souveraine.</summary>
    NounPhrase,

    /// <summary>A personal pronoun: il, elle, -t-il, lui.</summary>
    Pronoun,
}

/// <summary>Grammatical gender as far as the text shows it.</summary>
internal enum Gender : byte
{
    Unknown,
    Masculine,
    Feminine,
}

/// <summary>Gender agreement between a mention and a candidate referent.</summary>
internal static class GenderAgreement
{
    /// <summary>Two genders agree unless both are known and differ.</summary>
    public static bool Agrees(Gender a, Gender b) => a == Gender.Unknown || b == Gender.Unknown || a == b;
}

/// <summary>A mention in the text that a cue attaches to, with what the grammar could tell about it.</summary>
/// <param name="Span">The characters of the mention.</param>
/// <param name="Kind">Name, noun phrase or pronoun.</param>
/// <param name="Label">The entity label when the mention is (or contains) a recognised entity.</param>
/// <param name="FirstToken">The first token.</param>
/// <param name="LastToken">The last token.</param>
/// <param name="Gender">The gender shown by a determiner, a civility or a pronoun.</param>
/// <param name="Plural">Whether a determiner or a pronoun marks it plural.</param>
internal sealed record SpeakerMention(TextSpan Span, MentionKind Kind, EntityLabel? Label, int FirstToken, int LastToken, Gender Gender, bool Plural);
