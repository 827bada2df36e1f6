namespace NlpExtract;

/// <summary>
/// One sentence: the range of text from its first token to its last, and the range of tokens it holds
/// in <see cref="Document.Tokens"/>.
/// </summary>
/// <param name="Start">Index of the sentence's first character (the start of its first token).</param>
/// <param name="End">Index just past its last character (the end of its last token).</param>
/// <param name="FirstToken">Index of its first token in the document's token list.</param>
/// <param name="TokenCount">Number of tokens in the sentence (at least one).</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    /// <summary>Number of UTF-16 code units the sentence spans.</summary>
    public int Length => End - Start;
}
