namespace NlpExtract;

/// <summary>What a token is, as written in the <c>kind</c> field of the JSON output.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, an elided form (<c>l'</c>), a clitic suffix (<c>-t-il</c>), an abbreviation (<c>M.</c>) or an alphanumeric code (<c>G20</c>).</summary>
    Word,

    /// <summary>A number, with its decimal comma, its spaced thousands, its sign or its ordinal suffix (<c>3,5</c>, <c>1 000</c>, <c>-3,2</c>, <c>1er</c>, <c>14h30</c>, <c>19/01/2024</c>).</summary>
    Number,

    /// <summary>Punctuation: a single mark, or a run that reads as one (<c>...</c>, <c>?!</c>, <c>--</c>).</summary>
    Punctuation,

    /// <summary>A symbol (<c>%</c>, <c>€</c>, <c>°</c>, <c>+</c>), or a character that is neither letter nor punctuation, such as a lone surrogate.</summary>
    Symbol,

    /// <summary>A web address (<c>https://…</c>, <c>www.…</c>).</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A hashtag (<c>#JO2024</c>).</summary>
    Hashtag,

    /// <summary>A user mention (<c>@AFP</c>).</summary>
    Mention,

    /// <summary>An emoji, including modifier, flag and zero-width-joiner sequences.</summary>
    Emoji,
}
