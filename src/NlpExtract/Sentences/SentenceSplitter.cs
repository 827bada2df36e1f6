using NlpExtract.Tokenization;

namespace NlpExtract.Sentences;

/// <summary>
/// Splits a token stream into sentences. It reads only the tokens and the white space between them, so it adds
/// one linear pass to tokenizing. A sentence ends after a terminal mark (. ! ? … ...) and the closing quotes or
/// brackets that follow it, unless what follows continues the sentence (a lowercase word as in
/// <c>«Viens !» dit-il</c>, a comma, a name after <c>M.</c>); it also ends at a paragraph break, and at a line break
/// after a line that looks complete (a headline without final punctuation).
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Appends the sentences of <paramref name="tokens"/> to <paramref name="sentences"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ICollection<Sentence> sentences)
    {
        int first = 0;
        int i = 0;
        int nextBreak = tokens.Length > 0 ? NextLineBreak(text, tokens[0].Start) : int.MaxValue;
        var marks = new MarkCursor();
        while (i < tokens.Length)
        {
            int last = FindSentenceEnd(text, tokens, i, ref nextBreak, ref marks);
            sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));
            first = last + 1;
            i = first;
        }
    }

    /// <summary>Returns the index of the last token of the sentence that contains token <paramref name="from"/>.</summary>
    /// <remarks>
    /// <paramref name="nextBreak"/> is the position of the next line-break character and <paramref name="marks"/> that
    /// of the next mark the rules read (<c>. ! ? " ;</c>, … to ⁉), both found with vectorised searches of the text
    /// and carried from sentence to sentence, so the text is searched once: a token before both holds no such mark and
    /// has no line break after it, so the rules have nothing to do with it, and the loop steps over it by comparing
    /// one offset.
    /// </remarks>
    private static int FindSentenceEnd(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from, ref int nextBreak, ref MarkCursor marks)
    {
        // Straight double quotes open and close with the same mark: an odd count so far means one is open.
        bool straightQuoteOpen = false;
        for (int i = from; i < tokens.Length; i++)
        {
            // The next token may hold the mark, or follow the line break: stop at the last one before either.
            int limit = Math.Min(marks.NextFrom(text, tokens[i].Start), nextBreak);
            while (i + 1 < tokens.Length && tokens[i + 1].Start <= limit)
            {
                i++;
            }

            var token = tokens[i];

            // Most tokens are words that cannot end a sentence; only punctuation and words ending in a period are examined.
            if (token.Kind == TokenKind.Punctuation || (token.Kind == TokenKind.Word && text[token.End - 1] == '.'))
            {
                var span = text.Slice(token.Start, token.Length);
                if (token.Kind == TokenKind.Punctuation && span[0] == '"')
                {
                    straightQuoteOpen = !straightQuoteOpen;
                }

                Terminal terminal = ClassifyTerminal(span, token.Kind);
                if (terminal != Terminal.None)
                {
                    int last = i;
                    // Closing quotes and brackets, and further marks ("?!»)."), belong to the sentence they close.
                    while (last + 1 < tokens.Length && IsCloser(text, tokens[last], tokens[last + 1], ref straightQuoteOpen))
                    {
                        last++;
                    }

                    if (last + 1 >= tokens.Length || EndsHere(text, tokens, i, last, terminal))
                    {
                        return last;
                    }

                    i = last;
                    continue;
                }

                if (span[0] == ';' && i + 1 < tokens.Length && StartsWithSentenceStarter(text, tokens[i + 1]))
                {
                    // French writes a lowercase word after a semicolon; a capitalised "Il", "Le", "En" there starts a new
                    // sentence (the items of a list, a missing full stop).
                    return i;
                }
            }

            if (i + 1 < tokens.Length && tokens[i + 1].Start > nextBreak)
            {
                if (nextBreak < token.End)
                {
                    // A break inside a token ("Boli¬\nvie") or in a gap the closers skipped: look again from here.
                    nextBreak = NextLineBreak(text, token.End);
                }

                if (nextBreak < tokens[i + 1].Start)
                {
                    nextBreak = NextLineBreak(text, tokens[i + 1].Start);
                    if (LineBreakEndsSentence(text, token, tokens[i + 1]))
                    {
                        return i;
                    }
                }
            }
        }

        return tokens.Length - 1;
    }

    private enum Terminal
    {
        None,
        /// <summary>A full stop, question or exclamation mark, ellipsis.</summary>
        Mark,
        /// <summary>A word that ends in its abbreviation period (<c>etc.</c>, <c>J.-C.</c>): ends a sentence before a capital.</summary>
        Abbreviation,
    }

    private static Terminal ClassifyTerminal(ReadOnlySpan<char> span, TokenKind kind)
    {
        if (kind == TokenKind.Punctuation)
        {
            char c = span[0];
            return c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉' ? Terminal.Mark : Terminal.None;
        }

        if (kind == TokenKind.Word && span.Length > 1 && span[^1] == '.')
        {
            // Titles and initials announce a name ("M. Dupont", "J. Dupont"): they never end a sentence.
            bool isInitial = span.Length == 2 && char.IsUpper(span[0]);
            return isInitial || FrenchTokenLexicon.IsTitleAbbreviation(span) ? Terminal.None : Terminal.Abbreviation;
        }

        return Terminal.None;
    }

    private static bool IsCloser(ReadOnlySpan<char> text, Token previous, Token candidate, ref bool straightQuoteOpen)
    {
        if (candidate.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        char c = text[candidate.Start];
        switch (c)
        {
            case '»' or '”' or ')' or ']' or '}' or '›' or '.' or '!' or '?' or '…':
                return !HasParagraphBreak(text, previous.End, candidate.Start);
            case '"':
                // A straight quote closes when one is open, or when it is glued to the mark; otherwise it opens the next sentence.
                if (straightQuoteOpen || candidate.Start == previous.End)
                {
                    straightQuoteOpen = false;
                    return true;
                }

                return false;
            case '\'' or '’':
                return candidate.Start == previous.End;
            default:
                return false;
        }
    }

    /// <summary>Decides whether the sentence ends after token <paramref name="last"/>, given the terminal token <paramref name="terminalIndex"/>.</summary>
    private static bool EndsHere(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int terminalIndex, int last, Terminal terminal)
    {
        var next = tokens[last + 1];
        if (HasParagraphBreak(text, tokens[last].End, next.Start))
        {
            return true;
        }

        char c = text[next.Start];
        if (next.Kind == TokenKind.Punctuation)
        {
            // A comma or colon after "?»" continues the sentence ("«Pourquoi ?», demande-t-il").
            return c is not (',' or ';' or ':' or ')' or ']' or '}' or '»' or '%' or '.');
        }

        if (terminal == Terminal.Abbreviation)
        {
            // "etc. Le…" ends; "J.A. Howe", "la S.N.C.F. Paul…" do not: only a capitalised function word tells.
            return StartsWithSentenceStarter(text, next);
        }

        if (char.IsLower(c))
        {
            // "«Viens !» dit-il", "… hésita... puis": lowercase continues, except after a full stop that follows a
            // long word (in web text a missing capital is likelier than an unlisted abbreviation of five letters).
            var mark = tokens[terminalIndex];
            return text[mark.Start] == '.' && mark.Length == 1 && terminalIndex > 0 && last == terminalIndex &&
                   tokens[terminalIndex - 1].Kind == TokenKind.Word && tokens[terminalIndex - 1].Length > 4 &&
                   tokens[terminalIndex - 1].End == mark.Start;
        }

        return true;
    }

    private static bool StartsWithSentenceStarter(ReadOnlySpan<char> text, Token token)
    {
        var span = text.Slice(token.Start, token.Length);
        if (span.Length > 1 && span[^1] is '\'' or '’')
        {
            span = span[..^1]; // "L'", "Qu'"
        }

        return token.Kind == TokenKind.Word && FrenchTokenLexicon.IsSentenceStarter(span);
    }

    /// <summary>
    /// A line break ends a sentence when the line before looks complete and the next one starts like a sentence:
    /// a headline, a dateline, a list item. A comma, colon, hyphen or opening bracket at the end of the line means
    /// the sentence goes on, as in hard-wrapped text.
    /// </summary>
    private static bool LineBreakEndsSentence(ReadOnlySpan<char> text, Token before, Token after)
    {
        int lineBreaks = CountLineBreaks(text, before.End, after.Start);
        if (lineBreaks == 0)
        {
            return false;
        }

        if (lineBreaks >= 2)
        {
            return true;
        }

        char last = text[before.End - 1];
        if (last is ',' or ';' or ':' or '(' or '[' or '«' or '-' or '–' or '—' or '/' ||
            (before.Kind == TokenKind.Word && FrenchTokenLexicon.IsTitleAbbreviation(text.Slice(before.Start, before.Length))))
        {
            return false;
        }

        char first = text[after.Start];
        return char.IsUpper(first) || char.IsDigit(first) || first is '«' or '"' or '“' or '—' or '–' or '-' or '•' or '*';
    }

    private static readonly System.Buffers.SearchValues<char> AsciiMarks = System.Buffers.SearchValues.Create(".!?\";");

    /// <summary>
    /// Where the next marks the rules read are: the ASCII ones (<c>. ! ? " ;</c>) and the others (a character from … to ⁉,
    /// the ellipsis and the double marks), each found with a vectorised search and searched again only once passed, so
    /// each search reads a stretch of the text no other search of its kind reads (linear, however the marks mix).
    /// </summary>
    private struct MarkCursor
    {
        private int _ascii;
        private int _other;
        private bool _started;

        /// <summary>The position of the first mark at or after <paramref name="position"/>, or <see cref="int.MaxValue"/>.</summary>
        public int NextFrom(ReadOnlySpan<char> text, int position)
        {
            if (!_started || _ascii < position)
            {
                int found = text[position..].IndexOfAny(AsciiMarks);
                _ascii = found < 0 ? int.MaxValue : position + found;
            }

            if (!_started || _other < position)
            {
                int found = text[position..].IndexOfAnyInRange('…', '⁉');
                _other = found < 0 ? int.MaxValue : position + found;
            }

            _started = true;
            return Math.Min(_ascii, _other);
        }
    }

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029");

    /// <summary>The position of the first line-break character at or after <paramref name="from"/>, or <see cref="int.MaxValue"/>.</summary>
    private static int NextLineBreak(ReadOnlySpan<char> text, int from)
    {
        int found = text[from..].IndexOfAny(LineBreaks);
        return found < 0 ? int.MaxValue : from + found;
    }

    private static bool HasParagraphBreak(ReadOnlySpan<char> text, int from, int to) => CountLineBreaks(text, from, to) >= 2;

    private static int CountLineBreaks(ReadOnlySpan<char> text, int from, int to)
    {
        int count = 0;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\u2028' || c == '\u2029' || (c == '\r' && (i + 1 >= to || text[i + 1] != '\n')))
            {
                count++;
                if (c == '\u2029')
                {
                    count++;
                }
            }
        }

        return count;
    }
}
