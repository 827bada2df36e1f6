namespace NlpExtract;

/// <summary>
/// The French tokenizer: rule-based, following the surface-token conventions of UD French (GSD).
/// It splits elisions (<c>l'</c> + <c>homme</c>, <c>jusqu'</c> + <c>à</c>) and inverted clitics (<c>a</c> + <c>-t-il</c>),
/// keeps compounds, names, numbers, abbreviations, URLs, e-mails, hashtags and emoji whole, and reports offsets
/// into the original text. Stateless and thread-safe.
/// </summary>
public static class FrenchTokenizer
{
    /// <summary>
    /// Enumerates the tokens of <paramref name="text"/> lazily, without any allocation: the hot path.
    /// </summary>
    /// <param name="text">The text to tokenize; any content is accepted, including ill-formed UTF-16.</param>
    public static TokenEnumerator Tokenize(ReadOnlySpan<char> text) => new(text);

    /// <summary>Tokenizes a whole text into a new array.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Token[] TokenizeToArray(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TokenizeToArray(text.AsSpan());
    }

    /// <summary>Tokenizes a whole span of text into a new array.</summary>
    /// <param name="text">The text to tokenize.</param>
    public static Token[] TokenizeToArray(ReadOnlySpan<char> text)
    {
        var tokens = new List<Token>(Math.Max(4, text.Length / 5));
        foreach (var token in Tokenize(text))
        {
            tokens.Add(token);
        }

        return tokens.ToArray();
    }
}
