namespace NlpExtract;

/// <summary>
/// One token: a range of the original text and its kind. A token never copies the text;
/// read it back with <see cref="GetText(string)"/> or <see cref="GetSpan(ReadOnlySpan{char})"/>.
/// </summary>
/// <param name="Start">Index of the first UTF-16 code unit of the token in the original text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Index just past the last code unit of the token (exclusive end).</summary>
    public int End => Start + Length;

    /// <summary>The token's characters, sliced from the text it was read from.</summary>
    /// <param name="text">The text that was tokenized.</param>
    public ReadOnlySpan<char> GetSpan(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>The token's characters as a new string.</summary>
    /// <param name="text">The text that was tokenized.</param>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }
}
