using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NlpExtract.Tokenization;

/// <summary>The role a UTF-16 code unit plays when the tokenizer scans; one table lookup per character.</summary>
internal enum CharClass : byte
{
    /// <summary>Punctuation mark (Unicode P*), other than the connectors below.</summary>
    Punctuation,
    /// <summary>White space of any kind, including no-break and narrow no-break spaces.</summary>
    Space,
    /// <summary>Control and invisible separator characters: skipped like white space, never part of a token.</summary>
    Ignorable,
    /// <summary>Letters of any script, and number-like letters (², ½, Ⅻ).</summary>
    Letter,
    /// <summary>Decimal digits of any script.</summary>
    Digit,
    /// <summary>Combining marks and in-word format characters (soft hyphen): they continue the current word.</summary>
    Mark,
    /// <summary>Han ideographs: one token per character, since Chinese and Japanese write no spaces (kana runs stay words).</summary>
    Ideograph,
    /// <summary>Straight and typographic apostrophes (' ’ ʼ).</summary>
    Apostrophe,
    /// <summary>Hyphen-minus and the Unicode hyphens (not the en and em dashes, which are punctuation).</summary>
    Hyphen,
    /// <summary>Full stop.</summary>
    Period,
    /// <summary>Symbols (Unicode S*): %, €, °, +, emoji in the Basic Multilingual Plane.</summary>
    Symbol,
    /// <summary>First half of a surrogate pair.</summary>
    HighSurrogate,
    /// <summary>Second half of a surrogate pair (alone, it is an ill-formed character).</summary>
    LowSurrogate,
}

/// <summary>A 64 KiB table giving the <see cref="CharClass"/> of every UTF-16 code unit, built once.</summary>
internal static class CharClassTable
{
    private static readonly CharClass[] Table = Build();

    /// <summary>The class of one code unit.</summary>
    /// <remarks>The table has exactly one entry per <see cref="char"/> value, so the bounds check is provably useless and skipped.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Of(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Table), (nint)c);

    /// <summary>True for the characters that may continue a word: letters, digits and marks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c)
    {
        var cls = Of(c);
        return cls is CharClass.Letter or CharClass.Digit or CharClass.Mark;
    }

    /// <summary>True for letters and digits: the characters a connector (hyphen, period…) must be followed by to join.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterOrDigit(char c)
    {
        var cls = Of(c);
        return cls is CharClass.Letter or CharClass.Digit;
    }

    /// <summary>True for characters that separate tokens without being part of any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c)
    {
        var cls = Of(c);
        return cls is CharClass.Space or CharClass.Ignorable;
    }

    private static CharClass[] Build()
    {
        var table = new CharClass[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            table[i] = Classify((char)i);
        }

        return table;
    }

    private static CharClass Classify(char c)
    {
        switch (c)
        {
            case '\'' or '\u2019' or '\u02BC':
                return CharClass.Apostrophe;
            case '-' or '\u2010' or '\u2011':
                return CharClass.Hyphen;
            case '.':
                return CharClass.Period;
            // Zero-width space, word joiner and byte-order mark separate words without being visible.
            case '\u200B' or '\u2060' or '\uFEFF':
                return CharClass.Ignorable;
            // The zero-width joiner glues emoji sequences; it is scanned explicitly there.
            case '\u200D':
                return CharClass.Symbol;
            // Unicode files these under punctuation, but they are symbols in UD (SYM) and in French typography.
            case '%' or '‰' or '‱' or '&' or '§' or '¶' or '†' or '‡' or '*':
                return CharClass.Symbol;
        }

        if (char.IsWhiteSpace(c))
        {
            return CharClass.Space;
        }

        if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF'))
        {
            return CharClass.Ideograph;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                return CharClass.Letter;
            case UnicodeCategory.DecimalDigitNumber:
                return CharClass.Digit;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
                return CharClass.Mark;
            case UnicodeCategory.Control:
                return CharClass.Ignorable;
            case UnicodeCategory.Surrogate:
                return char.IsHighSurrogate(c) ? CharClass.HighSurrogate : CharClass.LowSurrogate;
            case UnicodeCategory.MathSymbol:
            case UnicodeCategory.CurrencySymbol:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.OtherSymbol:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return CharClass.Symbol;
            default:
                return CharClass.Punctuation;
        }
    }
}
