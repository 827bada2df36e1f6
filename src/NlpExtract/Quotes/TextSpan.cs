namespace NlpExtract.Quotes;

/// <summary>A range of the document text: UTF-16 code-unit offsets, <see cref="End"/> exclusive.</summary>
/// <param name="Start">The first character.</param>
/// <param name="End">One past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>The covered text.</summary>
    /// <param name="text">The document text the span indexes.</param>
    public string GetText(string text) => text.Substring(Start, Length);
}
