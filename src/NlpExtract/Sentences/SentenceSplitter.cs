using System.Runtime.Intrinsics;
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
    private const int BlockSize = 64;

    /// <summary>Appends the sentences of <paramref name="tokens"/> to <paramref name="sentences"/>.</summary>
    /// <remarks>
    /// The text is read once, 64 characters at a time, into two bit masks: the marks the rules read (<c>. ! ? " ; …</c>,
    /// ‼ ⁇ ⁈ ⁉) with the line breaks, and the line breaks alone. A token before the next of them holds no such mark and
    /// has no line break after it, so the rules have nothing to do with it, and the loop steps over it by comparing one
    /// offset. The block and its masks are locals of this loop, not a struct handed to the rules by reference: the JIT
    /// keeps them in registers only then. The rules that run at a mark (<see cref="DecideAtMark"/>) return their decision.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ICollection<Sentence> sentences)
    {
        int first = 0;

        // Straight double quotes open and close with the same mark: an odd count so far in the sentence means one is open.
        bool straightQuoteOpen = false;

        // The block read last: bit k of the masks is the character at blockStart + k. The first query always reads one.
        int blockStart = -BlockSize;
        ulong stops = 0;
        ulong lineBreaks = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            // The next token may hold a mark, or follow a line break: stop at the last one before either.
            int position = tokens[i].Start;
            if ((uint)(position - blockStart) >= BlockSize)
            {
                blockStart = position;
                (stops, lineBreaks) = BlockMasks(text, position);
            }

            ulong rest = stops >> (position - blockStart);
            while (rest == 0 && blockStart + BlockSize < text.Length)
            {
                blockStart += BlockSize;
                (stops, lineBreaks) = BlockMasks(text, blockStart);
                rest = stops;
                position = blockStart;
            }

            int limit = rest == 0 ? int.MaxValue : position + System.Numerics.BitOperations.TrailingZeroCount(rest);
            i = LastStartingAtOrBefore(tokens, i, limit);
            var token = tokens[i];

            // Most tokens are words that cannot end a sentence; only punctuation and words ending in a period are examined.
            if (token.Kind == TokenKind.Punctuation || (token.Kind == TokenKind.Word && text[token.End - 1] == '.'))
            {
                int decision = DecideAtMark(text, tokens, i, ref straightQuoteOpen);
                if (decision >= 0)
                {
                    sentences.Add(new Sentence(tokens[first].Start, tokens[decision].Start + tokens[decision].Length, first, decision - first + 1));
                    first = decision + 1;
                    straightQuoteOpen = false;
                    i = decision;
                    continue;
                }

                if (decision != NoDecision)
                {
                    // A terminal mark the sentence goes on after (with the closers it took): the next token is the next to read.
                    i = ~decision;
                    continue;
                }
            }

            if (i + 1 < tokens.Length)
            {
                int gapStart = token.Start + token.Length;
                int gapEnd = tokens[i + 1].Start;
                bool lineBreak = gapStart < gapEnd &&
                                 (gapStart >= blockStart && gapEnd <= blockStart + BlockSize
                                     ? ((lineBreaks >> (gapStart - blockStart)) & LowBits(gapEnd - gapStart)) != 0
                                     : HasLineBreakSearched(text, gapStart, gapEnd));
                if (lineBreak && LineBreakEndsSentence(text, token, tokens[i + 1]))
                {
                    sentences.Add(new Sentence(tokens[first].Start, token.Start + token.Length, first, i - first + 1));
                    first = i + 1;
                    straightQuoteOpen = false;
                }
            }
        }

        if (first < tokens.Length)
        {
            sentences.Add(new Sentence(tokens[first].Start, tokens[^1].Start + tokens[^1].Length, first, tokens.Length - first));
        }
    }

    /// <summary>What <see cref="DecideAtMark"/> returns when the mark decides nothing and the line-break rule is still to be asked.</summary>
    private const int NoDecision = int.MinValue;

    /// <summary>
    /// The rules at a punctuation token or a word ending in a period, token <paramref name="i"/>: returns the index of
    /// the sentence's last token when it ends there; the complement (<c>~</c>) of the last token a terminal mark took
    /// with it (its closing quotes and brackets) when the sentence goes on after them; or <see cref="NoDecision"/>.
    /// </summary>
    private static int DecideAtMark(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, ref bool straightQuoteOpen)
    {
        var token = tokens[i];
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

            return last + 1 >= tokens.Length || EndsHere(text, tokens, i, last, terminal) ? last : ~last;
        }

        if (span[0] == ';' && i + 1 < tokens.Length && StartsWithSentenceStarter(text, tokens[i + 1]))
        {
            // French writes a lowercase word after a semicolon; a capitalised "Il", "Le", "En" there starts a new
            // sentence (the items of a list, a missing full stop).
            return i;
        }

        return NoDecision;
    }

    /// <summary>A mask of the <paramref name="count"/> lowest bits (0 to 64).</summary>
    private static ulong LowBits(int count) => count >= BlockSize ? ulong.MaxValue : (1UL << count) - 1;

    /// <summary>The last token from <paramref name="from"/> on that starts at or before <paramref name="limit"/> (at least <paramref name="from"/>).</summary>
    /// <remarks>
    /// A dozen tokens lie between two marks on average: they are stepped over four at a time and the last three counted
    /// without branches, so the loop mispredicts once where a token-by-token walk also pays its dependency at every token.
    /// </remarks>
    private static int LastStartingAtOrBefore(ReadOnlySpan<Token> tokens, int from, int limit)
    {
        int i = from;
        while (i + 4 < tokens.Length && tokens[i + 4].Start <= limit)
        {
            i += 4;
        }

        if (i + 3 < tokens.Length)
        {
            // Starts increase, so the tokens at or before the limit are a prefix of the next three: their count is the step.
            return i + (tokens[i + 1].Start <= limit ? 1 : 0) + (tokens[i + 2].Start <= limit ? 1 : 0) + (tokens[i + 3].Start <= limit ? 1 : 0);
        }

        while (i + 1 < tokens.Length && tokens[i + 1].Start <= limit)
        {
            i++;
        }

        return i;
    }

    private enum Terminal
    {
        None,
        /// <summary>A full stop, question or exclamation mark, ellipsis.</summary>
        Mark,
        /// <summary>A word that ends in its abbreviation period (<c>etc.</c>, <c>J.-C.</c>): ends a sentence before a capital.</summary>
        Abbreviation,
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
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

    /// <summary>
    /// Bit <c>k</c> of <c>Stops</c> is set when the character at <c>start + k</c> is a mark the rules read or a line
    /// break, of <c>LineBreaks</c> when it is a line break; bits past the text are clear.
    /// </summary>
    private static (ulong Stops, ulong LineBreaks) BlockMasks(ReadOnlySpan<char> text, int start)
    {
        if (start + BlockSize <= text.Length && Vector128.IsHardwareAccelerated)
        {
            return FullBlockMasks(ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(
                ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text), start)));
        }

        if (start < text.Length && Vector128.IsHardwareAccelerated)
        {
            return PartialBlockMasks(text, start);
        }

        ulong stops = 0;
        ulong lineBreaks = 0;
        int end = Math.Min(text.Length, start + BlockSize);
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            ulong bit = 1UL << (i - start);
            bool isLineBreak = c is '\n' or '\r' or '\u2028' or '\u2029';
            stops |= isLineBreak || c is '.' or '!' or '?' or '"' or ';' or '…' || (uint)(c - '‼') <= '⁉' - '‼' ? bit : 0;
            lineBreaks |= isLineBreak ? bit : 0;
        }

        return (stops, lineBreaks);
    }

    /// <summary>
    /// The masks of the text's last, partial block: copied to a block of its own, read as the full blocks are, the
    /// bits past the end cleared (the copy's zeros are no mark anyway). Out of line, for the loop's sake.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (ulong Stops, ulong LineBreaks) PartialBlockMasks(ReadOnlySpan<char> text, int start)
    {
        Span<char> padded = stackalloc char[BlockSize];
        padded.Clear();
        text[start..].CopyTo(padded);
        var (stops, lineBreaks) = FullBlockMasks(ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(padded)));
        ulong inText = (1UL << (text.Length - start)) - 1;
        return (stops & inText, lineBreaks & inText);
    }

    /// <summary>The masks of the 64 characters at <paramref name="first"/>, with the widest vectors the machine has.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static (ulong Stops, ulong LineBreaks) FullBlockMasks(ref ushort first)
    {
        ulong stops = 0;
        ulong lineBreaks = 0;
        if (System.Runtime.Intrinsics.X86.Avx512BW.IsSupported)
        {
            // One table lookup per character instead of ten compares: each mark or line break is the only one with its
            // low six bits, so the table entry those bits select equals the character exactly when it is one.
            for (int offset = 0; offset < BlockSize; offset += 32)
            {
                var chars = Vector512.LoadUnsafe(ref first, (nuint)offset);
                stops |= (ulong)Vector512.Equals(System.Runtime.Intrinsics.X86.Avx512BW.PermuteVar32x16x2(StopTable.Low, chars, StopTable.High), chars)
                    .ExtractMostSignificantBits() << offset;
                lineBreaks |= (ulong)Vector512.Equals(System.Runtime.Intrinsics.X86.Avx512BW.PermuteVar32x16x2(LineBreakTable.Low, chars, LineBreakTable.High), chars)
                    .ExtractMostSignificantBits() << offset;
            }
        }
        else if (Vector512.IsHardwareAccelerated)
        {
            for (int offset = 0; offset < BlockSize; offset += 32)
            {
                var chars = Vector512.LoadUnsafe(ref first, (nuint)offset);
                ulong breaks = (ulong)LineBreakLanes(chars).ExtractMostSignificantBits() << offset;
                stops |= ((ulong)MarkLanes(chars).ExtractMostSignificantBits() << offset) | breaks;
                lineBreaks |= breaks;
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            for (int offset = 0; offset < BlockSize; offset += 16)
            {
                var chars = Vector256.LoadUnsafe(ref first, (nuint)offset);
                ulong breaks = (ulong)LineBreakLanes(chars).ExtractMostSignificantBits() << offset;
                stops |= ((ulong)MarkLanes(chars).ExtractMostSignificantBits() << offset) | breaks;
                lineBreaks |= breaks;
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            for (int offset = 0; offset < BlockSize; offset += 8)
            {
                var chars = Vector128.LoadUnsafe(ref first, (nuint)offset);
                ulong breaks = (ulong)LineBreakLanes(chars).ExtractMostSignificantBits() << offset;
                stops |= ((ulong)MarkLanes(chars).ExtractMostSignificantBits() << offset) | breaks;
                lineBreaks |= breaks;
            }
        }

        return (stops, lineBreaks);
    }

    /// <summary>
    /// A 64-entry table indexed by a character's low six bits: the entry is the one character with those bits that
    /// the set holds, or <c>U+FFFF</c>, which no character selecting that entry equals (the set's entry 63 is <c>?</c>).
    /// </summary>
    private readonly struct LowBitsTable
    {
        public LowBitsTable(string members)
        {
            var entries = new ushort[64];
            Array.Fill(entries, (ushort)0xFFFF);
            foreach (char c in members)
            {
                // Two members sharing their low bits would hide one of them: the sets are chosen so that none do.
                if (entries[c & 63] != 0xFFFF)
                {
                    throw new InvalidOperationException($"U+{(int)c:X4} shares its low six bits with U+{entries[c & 63]:X4}.");
                }

                entries[c & 63] = c;
            }

            Low = Vector512.Create(entries.AsSpan(0, 32));
            High = Vector512.Create(entries.AsSpan(32, 32));
        }

        /// <summary>Entries 0 to 31.</summary>
        public Vector512<ushort> Low { get; }

        /// <summary>Entries 32 to 63.</summary>
        public Vector512<ushort> High { get; }
    }

    /// <summary>Exactly the marks the rules read and the line breaks (the double marks are ‼ ⁇ ⁈ ⁉).</summary>
    private static readonly LowBitsTable StopTable = new(".!?\";…‼⁇⁈⁉\n\r\u2028\u2029");

    private static readonly LowBitsTable LineBreakTable = new("\n\r\u2028\u2029");

    // The same tests for each vector width: the marks the rules read (the ellipsis, and the range ‼ to ⁉ for the double
    // marks: not … to ⁉, which holds the narrow no-break space that French typography puts before ; : ! ? and », so that
    // every one of them was a stop), and the line breaks (\n, \r, U+2028, U+2029: U+2028 | 1 is U+2029).
    private static Vector512<ushort> MarkLanes(Vector512<ushort> c) =>
        Vector512.Equals(c, Vector512.Create((ushort)'.')) | Vector512.Equals(c, Vector512.Create((ushort)'!')) |
        Vector512.Equals(c, Vector512.Create((ushort)'?')) | Vector512.Equals(c, Vector512.Create((ushort)'"')) |
        Vector512.Equals(c, Vector512.Create((ushort)';')) | Vector512.Equals(c, Vector512.Create((ushort)'…')) |
        Vector512.LessThanOrEqual(c - Vector512.Create((ushort)'‼'), Vector512.Create((ushort)('⁉' - '‼')));

    private static Vector512<ushort> LineBreakLanes(Vector512<ushort> c) =>
        Vector512.Equals(c, Vector512.Create((ushort)'\n')) | Vector512.Equals(c, Vector512.Create((ushort)'\r')) |
        Vector512.Equals(c | Vector512.Create((ushort)1), Vector512.Create((ushort)'\u2029'));

    private static Vector256<ushort> MarkLanes(Vector256<ushort> c) =>
        Vector256.Equals(c, Vector256.Create((ushort)'.')) | Vector256.Equals(c, Vector256.Create((ushort)'!')) |
        Vector256.Equals(c, Vector256.Create((ushort)'?')) | Vector256.Equals(c, Vector256.Create((ushort)'"')) |
        Vector256.Equals(c, Vector256.Create((ushort)';')) | Vector256.Equals(c, Vector256.Create((ushort)'…')) |
        Vector256.LessThanOrEqual(c - Vector256.Create((ushort)'‼'), Vector256.Create((ushort)('⁉' - '‼')));

    private static Vector256<ushort> LineBreakLanes(Vector256<ushort> c) =>
        Vector256.Equals(c, Vector256.Create((ushort)'\n')) | Vector256.Equals(c, Vector256.Create((ushort)'\r')) |
        Vector256.Equals(c | Vector256.Create((ushort)1), Vector256.Create((ushort)'\u2029'));

    private static Vector128<ushort> MarkLanes(Vector128<ushort> c) =>
        Vector128.Equals(c, Vector128.Create((ushort)'.')) | Vector128.Equals(c, Vector128.Create((ushort)'!')) |
        Vector128.Equals(c, Vector128.Create((ushort)'?')) | Vector128.Equals(c, Vector128.Create((ushort)'"')) |
        Vector128.Equals(c, Vector128.Create((ushort)';')) | Vector128.Equals(c, Vector128.Create((ushort)'…')) |
        Vector128.LessThanOrEqual(c - Vector128.Create((ushort)'‼'), Vector128.Create((ushort)('⁉' - '‼')));

    private static Vector128<ushort> LineBreakLanes(Vector128<ushort> c) =>
        Vector128.Equals(c, Vector128.Create((ushort)'\n')) | Vector128.Equals(c, Vector128.Create((ushort)'\r')) |
        Vector128.Equals(c | Vector128.Create((ushort)1), Vector128.Create((ushort)'\u2029'));

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029");

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool HasLineBreakSearched(ReadOnlySpan<char> text, int from, int to) => text[from..to].IndexOfAny(LineBreaks) >= 0;

    private static bool HasParagraphBreak(ReadOnlySpan<char> text, int from, int to)
        => to - from <= 1 ? to - from == 1 && text[from] == '\u2029' : CountLineBreaks(text, from, to) >= 2; // most gaps are one space

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
