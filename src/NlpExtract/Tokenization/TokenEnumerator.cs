using System.Runtime.CompilerServices;
using System.Text;
using NlpExtract.Tokenization;

namespace NlpExtract;

/// <summary>
/// Enumerates the tokens of a French text without allocating: a single forward scan with a bounded look-ahead,
/// so the time is linear in the text length whatever the input (long words, long runs of punctuation).
/// Obtain one from <see cref="FrenchTokenizer.Tokenize(ReadOnlySpan{char})"/> and use it in a <c>foreach</c>.
/// </summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;

    // After a word such as "a-t-il" or "donne-le-moi" has been cut before its clitic suffixes, the suffixes
    // up to this index are emitted one by one ("-t-il"; "-le", "-moi") without rescanning the compound.
    private int _cliticTailEnd;
    private Token _current;

    // The masks of the 64 characters from _maskStart (see WordCharMask), refilled as the scan moves on.
    private int _maskStart;
    private BlockMasks _masks;
    private bool _seamInEarlierBlock;

    // The token starts of the block still ahead (see BlockMasks.TokenStarts), bit by bit as the tokens are read from the
    // masks; zero when they must be found again from the position (after the scalar rules, or at the block's end).
    private ulong _pendingStarts;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _cliticTailEnd = 0;
        _current = default;
        _maskStart = int.MinValue / 2;
        _masks = default;
        _seamInEarlierBlock = false;
        _pendingStarts = 0;
    }

    /// <summary>The token at the current position.</summary>
    public readonly Token Current => _current;

    /// <summary>Returns this enumerator, so that it can be used in a <c>foreach</c> statement.</summary>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="true"/> when a token was read; <see langword="false"/> at the end of the text.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext() => TryMoveNextFromMasks() || MoveNextByRules();

    /// <summary>The scalar rules, for every token the block masks cannot settle; kept out of line so that the caller's loop holds only the fast path.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool MoveNextByRules()
    {
        // The walk over the token starts goes on from where these rules end, found again from the masks.
        _pendingStarts = 0;
        var text = _text;
        int start = _current.Start + _current.Length; // where the last token ended: no position of its own to store at every token
        while (start < text.Length && CharClassTable.IsSeparator(text[start]))
        {
            start++;
        }

        if (start >= text.Length)
        {
            return false;
        }

        TokenKind kind = TokenKind.Word;
        int end;
        if (start < _cliticTailEnd)
        {
            end = ScanCliticSuffix(text, start, _cliticTailEnd);
        }
        else if (IsPlainWordStart(text, start) && TryScanPlainWord(text, start, out end))
        {
            // A plain word the masks left: one across a block's end, or with letters beyond Latin-1 (œ, other scripts).
        }
        else if (IsSingleMark(text, start))
        {
            // The second commonest token: a comma, a full stop, a bracket or a guillemet standing alone.
            end = start + 1;
            kind = TokenKind.Punctuation;
        }
        else
        {
            end = ScanToken(text, start, out kind, out _cliticTailEnd);
        }

        _current = new Token(start, end - start, kind);
        return true;
    }

    /// <summary>
    /// The path most tokens take: a plain word, an elided word (<c>l'</c>, <c>qu’</c>), a word before a full stop, or
    /// a mark standing alone, read from the block masks with a few bit operations and no branch per character. It
    /// answers only where the scalar rules would give the same token (a word of masked letters with no possible seam,
    /// after no digit, whose end and the character after it lie inside the block) and leaves everything else
    /// (hyphens, numbers, URLs, clitic suffixes, words longer than a block, the end of the text) to them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryMoveNextFromMasks()
    {
        // A clitic tail pending (see _cliticTailEnd) is only ever set by the scalar rules, after which the starts are
        // found again: FindPendingStarts checks for it there rather than every token here.
        ulong pending = _pendingStarts;
        if (pending == 0)
        {
            pending = FindPendingStarts();
            if (pending == 0)
            {
                return false;
            }
        }

        while (true)
        {
            int start = System.Numerics.BitOperations.TrailingZeroCount(pending);
            if (((_masks.PlainStarts >> start) & 1) != 0)
            {
                int end = start + System.Numerics.BitOperations.TrailingZeroCount(~(_masks.Word >> start));
                if (end >= WordCharMask.BlockSize - 1)
                {
                    // The word, or the character after it, lies past the block: read the block again from the word.
                    if (start == 0)
                    {
                        return false;
                    }

                    Refill(_maskStart + start);
                    pending = PendingStartsFrom(0);
                    continue;
                }

                // The next token starts at the next pending bit after a plain word, so the walk to it needs one bit
                // operation rather than the count of this word's letters and of the spaces after it.
                _pendingStarts = pending & (pending - 1);
                return TryPlainWordFromMasks(start, end);
            }

            if (((_masks.SingleMarks >> start) & 1) != 0)
            {
                int absoluteStart = _maskStart + start;
                _current = new Token(absoluteStart, 1, TokenKind.Punctuation);
                _pendingStarts = pending & (pending - 1);
                return true;
            }

            return TryNumberOrPeriodsFromMasks(start, pending);
        }
    }

    /// <summary>
    /// A run of full stops at block offset <paramref name="start"/>, or a number of ASCII digits alone there ("2001",
    /// "35") when what follows it cannot continue it as <see cref="ScanNumber"/> would: a space before no digit (no
    /// spaced thousands), or plain punctuation, a colon or a full stop before no letter nor digit (not 3,5 nor 14:30 nor
    /// 3.5). A letter, a slash, a hyphen or an apostrophe after the digits (1er, 14h30, 19/01, 1914-1918, 90's) leaves
    /// the number to the scalar rules, as does anything the masks do not settle.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryNumberOrPeriodsFromMasks(int start, ulong pending)
    {
        if (((_masks.Periods >> start) & 1) != 0)
        {
            // A run of full stops ("...", "....") is one mark whatever surrounds it; the run must end inside the block.
            int runEnd = start + System.Numerics.BitOperations.TrailingZeroCount(~(_masks.Periods >> start));
            if (runEnd >= WordCharMask.BlockSize)
            {
                return false;
            }

            _current = new Token(_maskStart + start, runEnd - start, TokenKind.Punctuation);
            _pendingStarts = pending & (ulong.MaxValue << runEnd);
            return true;
        }

        ulong digits = _masks.Digits & _masks.Word;
        if (((digits >> start) & 1) == 0)
        {
            return false;
        }

        int end = start + System.Numerics.BitOperations.TrailingZeroCount(~(digits >> start));
        if (end >= WordCharMask.BlockSize - 1)
        {
            return false;
        }

        ulong endBit = 1UL << end;
        ulong afterEnd = endBit << 1;
        bool continuable = ((_masks.WordEnds | _masks.Periods | _masks.SingleMarks) & endBit) == 0 ||
                           ((_masks.Separators & endBit) != 0 ? (_masks.Digits & afterEnd) != 0 : ((_masks.Digits | _masks.Word) & afterEnd) != 0);
        if (continuable)
        {
            return false;
        }

        int absoluteStart = _maskStart + start;
        _current = new Token(absoluteStart, end - start, TokenKind.Number);
        _pendingStarts = pending & (pending - 1);
        return true;
    }

    /// <summary>
    /// The token starts of the block from the current position on, the block read first when the position lies past
    /// it and the blocks after it read while they hold only spaces; zero at the end of the text, and while the clitic
    /// suffixes of a word cut by the scalar rules remain, which those rules emit. Returned rather than
    /// written through a reference, so that the caller keeps them in a register.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ulong FindPendingStarts()
    {
        int position = _current.Start + _current.Length;
        if (position < _cliticTailEnd)
        {
            return 0;
        }

        int offset = position - _maskStart;
        if ((uint)offset >= WordCharMask.BlockSize)
        {
            if (position >= _text.Length)
            {
                return 0;
            }

            Refill(position);
            offset = 0;
        }

        ulong pending;
        while ((pending = PendingStartsFrom(offset)) == 0)
        {
            // Spaces up to the block's end (a blank line, an indented paragraph): read on from the next block.
            if (_maskStart + WordCharMask.BlockSize >= _text.Length)
            {
                return 0;
            }

            Refill(_maskStart + WordCharMask.BlockSize);
            offset = 0;
        }

        return pending;
    }

    /// <summary>
    /// The token starts at block offset <paramref name="offset"/> and after it: the character at the offset is one
    /// unless it is a space (a token the scalar rules ended may end inside a run of word characters, as "160" in "160km").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly ulong PendingStartsFrom(int offset)
        => (_masks.TokenStarts | (1UL << offset)) & ~_masks.Separators & (ulong.MaxValue << offset);

    /// <summary>
    /// The word of masked characters at block offsets [<paramref name="start"/>, <paramref name="end"/>), ended by the
    /// character at <paramref name="end"/> when the masks say it is a space or plain punctuation, or an apostrophe or
    /// a full stop that the scalar rules would read the same way; false, and the scalar rules take it, otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryPlainWordFromMasks(int start, int end)
    {
        // No seam lies inside: the masks do not count a word with one among the plain starts (BlockMasks.PlainStarts).
        int absoluteStart = _maskStart + start;
        int absoluteEnd = _maskStart + end;
        if (((_masks.WordEnds >> end) & 1) == 0)
        {
            if (((_masks.Apostrophes >> end) & 1) != 0 && IsCommonElision(_text, absoluteStart, absoluteEnd))
            {
                // One in ten French tokens: cut after the apostrophe, and the walk goes on past it.
                absoluteEnd++;
                _pendingStarts &= ulong.MaxValue << (end + 1);
            }
            else if (end - start <= FrenchTokenLexicon.LongestAbbreviation || ((_masks.Periods & ((_masks.WordEnds | _masks.Periods) >> 1)) >> end & 1) == 0)
            {
                return TryElidedOrAbbreviatedWord(start, end);
            }

            // Otherwise the word ends a sentence: too long for an abbreviation, it leaves its full stop to the next token.
        }

        _current = new Token(absoluteStart, absoluteEnd - absoluteStart, TokenKind.Word);
        return true;
    }

    /// <summary>
    /// Whether the letters [<paramref name="start"/>, <paramref name="apostrophe"/>) are <c>qu</c> or an elidable
    /// letter whose next letter cannot begin one of the lexicalised exceptions (<c>l'on</c>, <c>c'est-à-dire</c>,
    /// <c>t'il</c>, <c>n'roll</c>): then <see cref="IsCutElision"/> would cut after the apostrophe, and it is decided
    /// here with a table look-up instead of a call. False leaves the word to <see cref="IsCutElision"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCommonElision(ReadOnlySpan<char> text, int start, int apostrophe)
    {
        int length = apostrophe - start;
        uint first = (uint)(text[start] | 0x20) - 'a';
        if (length == 2)
        {
            return first == 'q' - 'a' && (text[start + 1] | 0x20) == 'u';
        }

        if (length != 1 || first >= 26)
        {
            return false;
        }

        uint followersToCheck = ElisionFollowersToCheck[(int)first];
        int next = apostrophe + 1;
        uint follower = next < text.Length ? (uint)(text[next] | 0x20) - 'a' : uint.MaxValue;
        return followersToCheck != uint.MaxValue && (follower >= 26 || ((followersToCheck >> (int)follower) & 1) == 0);
    }

    /// <summary>
    /// For each letter a–z, the letters after its apostrophe that may begin a lexicalised exception (bit 0 for a), or
    /// every bit for a letter that is not elided at all: l'on; c'est-à-dire; n'roll; t'il, t'elle, t'on.
    /// </summary>
    private static ReadOnlySpan<uint> ElisionFollowersToCheck =>
    [
        uint.MaxValue, uint.MaxValue, 1u << ('e' - 'a'), 0, uint.MaxValue, uint.MaxValue, uint.MaxValue, uint.MaxValue, uint.MaxValue, // a–i
        0, uint.MaxValue, 1u << ('o' - 'a'), 0, 1u << ('r' - 'a'), uint.MaxValue, uint.MaxValue, uint.MaxValue, uint.MaxValue, // j–r
        0, (1u << ('i' - 'a')) | (1u << ('e' - 'a')) | (1u << ('o' - 'a')), uint.MaxValue, uint.MaxValue, uint.MaxValue, uint.MaxValue, // s–x
        uint.MaxValue, uint.MaxValue, // y–z
    ];

    /// <summary>
    /// A word of masked characters at block offsets [<paramref name="start"/>, <paramref name="end"/>) that ends on
    /// an apostrophe or a full stop, decided as the scalar rules decide; false for any other end.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryElidedOrAbbreviatedWord(int start, int end)
    {
        var text = _text;
        int absoluteStart = _maskStart + start;
        int absoluteEnd = _maskStart + end;
        ulong endBit = 1UL << end;
        if ((_masks.Apostrophes & endBit) != 0)
        {
            // An elided article or pronoun (l', qu’) is cut after its apostrophe, as TryScanPlainWord cuts it.
            if (!IsCutElision(text, absoluteStart, absoluteEnd))
            {
                return false;
            }

            absoluteEnd++;
        }
        else if ((_masks.Periods & endBit) != 0 && ((_masks.WordEnds | _masks.Periods) & (endBit << 1)) != 0)
        {
            // A full stop followed by a space, plain punctuation or another full stop ("Kerr..."): the word keeps it
            // when it is an abbreviation or an initial, as ScanWordConnectors decides; no acronym, civility or URL
            // continues after it.
            if (TakesAbbreviationPeriod(text, absoluteStart, absoluteEnd, hasInternalPeriod: false))
            {
                absoluteEnd++;
            }
        }
        else
        {
            return false;
        }

        _current = new Token(absoluteStart, absoluteEnd - absoluteStart, TokenKind.Word);
        _pendingStarts &= ulong.MaxValue << (absoluteEnd - _maskStart); // past the apostrophe or the period the word kept
        return true;
    }

    /// <summary>
    /// Whether the word [<paramref name="start"/>, <paramref name="apostrophe"/>) is an elided form cut after its
    /// apostrophe (l', qu', jusqu'), and not the first part of a lexicalised word (presqu'île, c'est-à-dire).
    /// </summary>
    private static bool IsCutElision(ReadOnlySpan<char> text, int start, int apostrophe)
        => apostrophe - start <= 6 && FrenchTokenLexicon.IsElisionPrefix(text[start..apostrophe])
           && !(apostrophe + 1 < text.Length && IsAlnumAt(text, apostrophe + 1)
                && FrenchTokenLexicon.IsLexicalisedElision(text[start..apostrophe], text[(apostrophe + 1)..]));

    /// <summary>Reads the masks of the 64 characters from <paramref name="blockStart"/>.</summary>
    private void Refill(int blockStart)
    {
        _maskStart = blockStart;
        WordCharMask.Compute(_text, blockStart, out _masks);
    }

    /// <summary>
    /// A punctuation mark that is a token by itself whatever follows: not a mark that may start a run (. ? ! -),
    /// a handle (@ #) or a connector (apostrophe, underscore).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSingleMark(ReadOnlySpan<char> text, int start)
    {
        char c = text[start];
        if (c == '.')
        {
            return start + 1 >= text.Length || text[start + 1] != '.';
        }

        return CharClassTable.Of(c) == CharClass.Punctuation && c is not ('?' or '!' or '@' or '#' or '\uFF03' or '_');
    }

    /// <summary>A letter that cannot start a URL nor be the unit of a number glued before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainWordStart(ReadOnlySpan<char> text, int start)
        => CharClassTable.Of(text[start]) == CharClass.Letter && (start == 0 || CharClassTable.Of(text[start - 1]) != CharClass.Digit) &&
           !IsUrlStart(text, start);

    /// <summary>Scans a word that ends on a space or a plain punctuation mark; false when a connector needs the full rules.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryScanPlainWord(ReadOnlySpan<char> text, int start, out int end)
    {
        int i = SkipMaskedWordChars(text, start + 1);
        int maskedEnd = i;
        while (i < text.Length && CharClassTable.IsWordChar(text[i]))
        {
            i++; // word characters outside the mask (œ, combining accents, other scripts)
        }

        // The seam mask sees neither the capitals outside Latin-1 (Œ) nor the characters read after the mask's block, so a
        // word that holds any is looked at in full: otherwise where the blocks fall, which depends on what came before and
        // on the machine's vector width, would decide the tokens.
        end = i;
        if (i != maskedEnd || MayHaveSeam(start, i))
        {
            int seam = GluedWordSeam(text, start, i);
            if (seam < i)
            {
                end = seam;
                return true;
            }
        }

        if (i >= text.Length)
        {
            return true;
        }

        char c = text[i];
        var cls = CharClassTable.Of(c);
        if (cls == CharClass.Apostrophe && IsCutElision(text, start, i))
        {
            // The commonest connector in French: an elided article or pronoun (l', d', qu'), cut right here.
            end = i + 1;
            return true;
        }

        return cls is CharClass.Space or CharClass.Ignorable || (cls == CharClass.Punctuation && c is not ('_' or '@'));
    }

    /// <summary>
    /// Whether the seam mask marks a possible glued-word seam inside the word [<paramref name="start"/>,
    /// <paramref name="end"/>): one shift and one test; for a word that straddles a refill of the masks, what the
    /// skip over its earlier part saw is kept in <see cref="_seamInEarlierBlock"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool MayHaveSeam(int start, int end)
    {
        int from = start + 1 - _maskStart;
        if (from < 0)
        {
            // The word straddles a refill of the masks: its part in the earlier block was read as it was skipped.
            if (_seamInEarlierBlock)
            {
                return true;
            }

            from = 0;
        }

        int to = Math.Min(end - _maskStart, WordCharMask.BlockSize);
        return to > from && ((_masks.Seams >> from) & (ulong.MaxValue >> (WordCharMask.BlockSize - (to - from)))) != 0;
    }

    /// <summary>
    /// Where two words glued by a missing space part ("laPologne", "sûreM. Chéron", "etCHEVERE", "MmeJane",
    /// "FranceOn", "AMÉRIQUELe": OCR lines joined without their break, or a lost space), or <paramref name="end"/> when
    /// the word is whole. A seam is a capital after a lowercase word of two letters or more ("à" alone too: "àNîmes")
    /// followed by a capitalised word, a run of three capitals or a lone initial before its period; or a civility title
    /// (Mme, Mlle, Mgr) followed by a capital; or a capitalised or all-capitals word of three letters or more followed by
    /// a word that opens French sentences (Le, On, Les, Dans…). Brand names keep their inner capitals: "iPhone" and
    /// "eBay" have one letter before theirs, "YouTube", "PowerPoint" and "McDonald" do not end on a sentence opener,
    /// "macOS" ends on two capitals.
    /// </summary>
    private static int GluedWordSeam(ReadOnlySpan<char> text, int start, int end)
    {
        bool lowercaseStart = char.IsLower(text[start]);
        for (int p = start + 1; p < end; p++)
        {
            if (!char.IsUpper(text[p]))
            {
                continue;
            }

            if (!char.IsLower(text[p - 1]))
            {
                // "AMÉRIQUELe": capitals, then a sentence opener.
                if (!lowercaseStart && p - start >= 3 && p + 1 < end && char.IsLower(text[p + 1]) &&
                    FrenchTokenLexicon.IsSentenceStarter(text[p..end]) && IsAllCapitals(text[start..p]))
                {
                    return p;
                }

                continue;
            }

            if (lowercaseStart && p - start < 2 && text[start] != 'à')
            {
                return end; // "iPhone", "eBay", and so "iPhoneAddict" too: a brand written in camel case
            }

            if (!lowercaseStart)
            {
                // "MmeJane", "FranceOn", and a name glued to a heading in capitals ("ArthurDÉJAZET"); "YouTube",
                // "PowerPoint", "OpenAI" and "LabVIEW" keep their capitals.
                if (IsGluedTitle(text[start..p]) ||
                    (p - start >= 3 && end - p >= 2 && FrenchTokenLexicon.IsSentenceStarter(text[p..end])) ||
                    (p - start >= 4 && end - p >= 4 && IsAllCapitals(text[p..end])))
                {
                    return p;
                }

                continue;
            }

            bool rightIsWord = (p + 1 < end && char.IsLower(text[p + 1])) ||
                               (end - p >= 3 && IsAllCapitals(text[p..end])) ||
                               (end - p == 1 && end < text.Length && text[end] == '.');
            if (rightIsWord)
            {
                return p;
            }
        }

        return end;
    }

    /// <summary>A ¬ at <paramref name="i"/> followed by a line break (\n or \r\n) and a letter.</summary>
    private static bool IsLineBreakHyphenation(ReadOnlySpan<char> text, int i)
    {
        int next = i + 1 < text.Length && text[i + 1] == '\r' ? i + 2 : i + 1;
        return next + 1 < text.Length && text[next] == '\n' && CharClassTable.Of(text[next + 1]) == CharClass.Letter;
    }

    /// <summary>A civility (M, MM, Mme, Mlle, Mgr, Dr, Pr) at [<paramref name="start"/>, <paramref name="period"/>) whose period is glued to a capitalised name.</summary>
    private static bool IsGluedCivility(ReadOnlySpan<char> text, int start, int period)
    {
        var word = text[start..period];
        return word is "M" or "MM" or "Mme" or "Mlle" or "Mgr" or "Dr" or "Pr" && period + 2 < text.Length
               && char.IsUpper(text[period + 1]) && char.IsLower(text[period + 2]);
    }

    /// <summary>A capital followed by three lowercase letters or more ("Syrie", "Maroc"): a name, not a unit (km, Mo) nor a code (Dsl).</summary>
    private static bool IsCapitalisedWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (char c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsGluedTitle(ReadOnlySpan<char> word)
        => word is "Mme" or "Mmes" or "Mlle" or "Mlles" or "Mgr";

    /// <summary>Advances over the run of masked word characters from <paramref name="i"/>, 64 characters per step at most.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SkipMaskedWordChars(ReadOnlySpan<char> text, int i)
    {
        _seamInEarlierBlock = false;
        while (i < text.Length)
        {
            int offset = i - _maskStart;
            if ((uint)offset >= WordCharMask.BlockSize)
            {
                Refill(i);
                offset = 0;
            }

            // Bits shifted in from the top are zero, so the complement stops the count at the block's end.
            int run = System.Numerics.BitOperations.TrailingZeroCount(~(_masks.Word >> offset));
            i += run;
            if (offset + run < WordCharMask.BlockSize)
            {
                break;
            }

            // The word goes on into the next block: remember whether its part in this one holds a seam.
            _seamInEarlierBlock |= (_masks.Seams >> offset) != 0;
        }

        return Math.Min(i, text.Length);
    }

    private static int ScanToken(ReadOnlySpan<char> text, int start, out TokenKind kind, out int cliticTailEnd)
    {
        cliticTailEnd = 0;
        char c = text[start];
        switch (CharClassTable.Of(c))
        {
            case CharClass.Letter:
            case CharClass.Mark:
                if (start > 0 && CharClassTable.Of(text[start - 1]) == CharClass.Digit)
                {
                    // The unit of "160km" or the "h" of "14h30", cut from its number by ScanNumber.
                    kind = TokenKind.Word;
                    return SkipLetters(text, start);
                }

                if (IsUrlStart(text, start))
                {
                    kind = TokenKind.Url;
                    return ScanUrl(text, start);
                }

                kind = TokenKind.Word;
                return ScanWord(text, start, ref kind, out cliticTailEnd);

            case CharClass.Digit:
                kind = TokenKind.Number;
                return ScanNumber(text, start, ref kind);

            case CharClass.Hyphen:
                if (StartsSignedNumber(text, start))
                {
                    kind = TokenKind.Number;
                    return ScanNumber(text, start + 1, ref kind);
                }

                kind = TokenKind.Punctuation;
                return ScanRun(text, start, static ch => CharClassTable.Of(ch) == CharClass.Hyphen);

            case CharClass.Period:
                kind = TokenKind.Punctuation;
                return ScanRun(text, start, static ch => ch == '.');

            case CharClass.Ideograph:
                kind = TokenKind.Word;
                return start + 1;

            case CharClass.HighSurrogate:
                return ScanSupplementary(text, start, out kind);

            case CharClass.LowSurrogate:
                // A low surrogate with no high surrogate before it is ill-formed UTF-16: one symbol, never dropped.
                kind = TokenKind.Symbol;
                return start + 1;

            case CharClass.Symbol:
                if ((c == '+' || c == '\u2212') && StartsSignedNumber(text, start))
                {
                    kind = TokenKind.Number;
                    return ScanNumber(text, start + 1, ref kind);
                }

                if (IsEmojiSequenceContinuation(text, start + 1) || IsBmpEmoji(c))
                {
                    kind = TokenKind.Emoji;
                    return ScanEmojiTail(text, start + 1);
                }

                kind = TokenKind.Symbol;
                return start + 1;

            default:
                return ScanPunctuation(text, start, out kind);
        }
    }

    private static int ScanPunctuation(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        char c = text[start];
        int next = start + 1;
        if (c == '@' && next < text.Length && IsHandleChar(text[next]))
        {
            kind = TokenKind.Mention;
            return TrimTrailingPeriods(text, start + 1, ScanHandle(text, next, allowPeriod: true));
        }

        if ((c == '#' || c == '\uFF03') && next < text.Length && IsHandleChar(text[next]) && !IsKeycap(text, next))
        {
            kind = TokenKind.Hashtag;
            return ScanHandle(text, next, allowPeriod: false);
        }

        kind = TokenKind.Punctuation;
        if (c is '?' or '!')
        {
            // "?!", "!!!": one expressive mark, as UD French writes it.
            return ScanRun(text, start, static ch => ch is '?' or '!');
        }

        return next;
    }

    /// <summary>
    /// Scans a word from a letter: letters, digits and marks, joined by the connectors that French writes inside words
    /// (hyphens of compounds, apostrophes of <c>aujourd'hui</c>, periods of <c>S.N.C.F.</c>), and splits off
    /// an elided prefix (<c>l'</c>) or clitic suffixes (<c>-t-il</c>).
    /// </summary>
    private static int ScanWord(ReadOnlySpan<char> text, int start, ref TokenKind kind, out int cliticTailEnd)
    {
        cliticTailEnd = 0;
        int i = SkipWordChars(text, start);
        if (i - start >= 3)
        {
            int seam = GluedWordSeam(text, start, i);
            if (seam < i)
            {
                return seam;
            }
        }

        // Most words end on a space or an ordinary punctuation mark: leave before the connector rules.
        if (i >= text.Length)
        {
            return i;
        }

        char end = text[i];
        var endClass = CharClassTable.Of(end);
        if (endClass is CharClass.Space or CharClass.Ignorable || (endClass == CharClass.Punctuation && end is not ('_' or '@')))
        {
            return i;
        }

        return ScanWordConnectors(text, start, i, ref kind, out cliticTailEnd);
    }

    /// <summary>The rest of <see cref="ScanWord"/>, from the first character that is neither a word character nor a plain separator.</summary>
    private static int ScanWordConnectors(ReadOnlySpan<char> text, int start, int i, ref TokenKind kind, out int cliticTailEnd)
    {
        cliticTailEnd = 0;
        bool hasHyphen = false;
        bool hasConnector = false;
        bool hasInternalPeriod = false;
        int lastSegmentStart = start;
        while (true)
        {
            i = SkipWordChars(text, i);
            if (i >= text.Length)
            {
                break;
            }

            char c = text[i];
            var cls = CharClassTable.Of(c);
            bool followedByAlnum = i + 1 < text.Length && IsAlnumAt(text, i + 1);
            if (cls == CharClass.Apostrophe)
            {
                if (!hasConnector && FrenchTokenLexicon.IsElisionPrefix(text[start..i]))
                {
                    // "l'homme" → "l'" + "homme"; "l'« oasis" → "l'" + "«"; but "presqu'île", "c'est-à-dire" stay whole.
                    if (!followedByAlnum || !FrenchTokenLexicon.IsLexicalisedElision(text[start..i], text[(i + 1)..]))
                    {
                        return i + 1;
                    }
                }

                if (followedByAlnum)
                {
                    hasConnector = true;
                    i++;
                    continue;
                }

                break;
            }

            if (cls == CharClass.Hyphen)
            {
                if (followedByAlnum)
                {
                    hasConnector = hasHyphen = true;
                    i++;
                    lastSegmentStart = i;
                    continue;
                }

                break;
            }

            if (cls == CharClass.Period)
            {
                if (followedByAlnum && i - start <= 3 && !hasConnector && IsGluedCivility(text, start, i))
                {
                    // "M.Poincaré", "Mme.Dupont": a civility glued to the name it announces keeps its period, the name
                    // is a word of its own.
                    i++;
                    break;
                }

                if (followedByAlnum && i - start >= 3 && char.IsLower(text[i - 1]) && char.IsUpper(text[i + 1]))
                {
                    // "Paris.Les", "fin.Le": a word, a full stop and a capital with the space missing (typing or OCR)
                    // are two words and a full stop; a short part before the period keeps "St.John" whole.
                    break;
                }

                if (followedByAlnum)
                {
                    // Acronyms and initialisms (R.E.M, rec.arts.movies, VIDATI.fr, St.John) stay one token.
                    hasConnector = hasInternalPeriod = true;
                    i++;
                    continue;
                }

                if (i + 2 < text.Length && CharClassTable.Of(text[i + 1]) == CharClass.Hyphen && IsAlnumAt(text, i + 2))
                {
                    // "J.-C.", "c.-à-d.", "É.-U."
                    hasConnector = hasHyphen = hasInternalPeriod = true;
                    i += 2;
                    continue;
                }

                if (TakesAbbreviationPeriod(text, start, i, hasInternalPeriod))
                {
                    i++;
                }

                break;
            }

            if (c == '¬' && IsLineBreakHyphenation(text, i))
            {
                // "Boli¬\nvie": digitised newspapers mark a word hyphenated across lines with ¬ (U+00AC) before the
                // line break; the two halves are one word.
                hasConnector = true;
                i = text[i + 1] == '\r' ? i + 3 : i + 2;
                continue;
            }

            if (c == '°' && i - start == 1 && text[start] is 'n' or 'N')
            {
                // n° (numéro) is one token; after a number, ° is a symbol of its own (9 °C).
                i++;
                break;
            }

            if (c == '_' && followedByAlnum)
            {
                hasConnector = true;
                i++;
                continue;
            }

            if (c == '&' && followedByAlnum && char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1]))
            {
                // AT&T, R&D
                hasConnector = true;
                i++;
                continue;
            }

            if (c == '@' && followedByAlnum)
            {
                int emailEnd = ScanEmailDomain(text, i + 1);
                if (emailEnd > 0)
                {
                    kind = TokenKind.Email;
                    return emailEnd;
                }
            }

            break;
        }

        if (lastSegmentStart > start && i - lastSegmentStart >= 3)
        {
            // "SUD-AMÉRIQUELe": the last part of a compound glued to the next word.
            i = GluedWordSeam(text, lastSegmentStart, i);
        }

        if (hasHyphen)
        {
            int cut = FindCliticCut(text, start, i);
            if (cut < i)
            {
                cliticTailEnd = i;
                return cut;
            }
        }

        return i;
    }

    /// <summary>Advances over letters, digits, marks and surrogate pairs that encode letters or marks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipWordChars(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (CharClassTable.IsWordChar(c))
            {
                i++;
            }
            else if (char.IsHighSurrogate(c) && IsSupplementaryWordChar(text, i))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsSupplementaryWordChar(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
        {
            return false;
        }

        var rune = new Rune(text[i], text[i + 1]);
        return Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAlnumAt(ReadOnlySpan<char> text, int i)
        => CharClassTable.IsLetterOrDigit(text[i]) || (char.IsHighSurrogate(text[i]) && IsSupplementaryWordChar(text, i));

    /// <summary>
    /// Decides whether a period right after a word belongs to it: initials (<c>J.</c>), dotted acronyms whose parts
    /// are one or two letters (<c>S.N.C.F.</c>, <c>J.-C.</c>), and the listed abbreviations (<c>M.</c>, <c>etc.</c>).
    /// </summary>
    private static bool TakesAbbreviationPeriod(ReadOnlySpan<char> text, int start, int period, bool hasInternalPeriod)
    {
        var word = text[start..period];
        if (word.Length == 1)
        {
            // "J. Dupont" is an initial; "Dagobert I. Ils…", "Mac OS X. Une…" end a sentence on a letter.
            return char.IsUpper(word[0]) ? !IsFollowedBySentenceStart(text, period + 1) : FrenchTokenLexicon.IsAbbreviation(word);
        }

        if (hasInternalPeriod)
        {
            int partLength = 0;
            foreach (char ch in word)
            {
                if (ch is '.' || CharClassTable.Of(ch) == CharClass.Hyphen)
                {
                    partLength = 0;
                }
                else if (CharClassTable.Of(ch) != CharClass.Mark && ++partLength > 2)
                {
                    return false;
                }
            }

            return true;
        }

        return FrenchTokenLexicon.IsAbbreviation(word);
    }

    /// <summary>True when the text after <paramref name="i"/> is the end, or a capitalised function word that opens a sentence.</summary>
    private static bool IsFollowedBySentenceStart(ReadOnlySpan<char> text, int i)
    {
        int limit = Math.Min(text.Length, i + 8);
        while (i < limit && CharClassTable.IsSeparator(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            return true;
        }

        int end = SkipLetters(text, i);
        return end > i && end - i <= 14 && FrenchTokenLexicon.IsSentenceStarter(text[i..end]);
    }

    private static int SkipLetters(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && CharClassTable.Of(text[i]) is CharClass.Letter or CharClass.Mark)
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Finds where the clitic suffixes of a hyphenated word begin: <c>a-t-il</c> → before <c>-t-il</c>,
    /// <c>donne-le-moi</c> → before <c>-le</c>; returns <paramref name="end"/> when the word keeps all its parts
    /// (<c>Jean-Noël</c>, <c>celui-ci</c>, <c>rendez-vous</c>, <c>peut-être</c>).
    /// </summary>
    private static int FindCliticCut(ReadOnlySpan<char> text, int start, int end)
    {
        int cut = end;
        while (true)
        {
            int hyphen = LastHyphen(text, start, cut);
            if (hyphen <= start)
            {
                return cut;
            }

            var segment = text[(hyphen + 1)..cut];
            if (!FrenchTokenLexicon.IsCliticSuffix(segment))
            {
                return cut;
            }

            int suffixStart = hyphen;
            if (hyphen - 2 > start && (text[hyphen - 1] is 't' or 'T') &&
                CharClassTable.Of(text[hyphen - 2]) == CharClass.Hyphen && FrenchTokenLexicon.IsEuphonicTPronoun(segment))
            {
                suffixStart = hyphen - 2;
            }

            int stemHyphen = LastHyphen(text, start, suffixStart);
            int stemStart = stemHyphen == start ? start : stemHyphen + 1;

            if (FrenchTokenLexicon.KeepsSuffix(text[stemStart..suffixStart]))
            {
                return cut;
            }

            cut = suffixStart;
        }
    }

    private static int LastHyphen(ReadOnlySpan<char> text, int start, int end)
    {
        for (int i = end - 1; i > start; i--)
        {
            if (CharClassTable.Of(text[i]) == CharClass.Hyphen)
            {
                return i;
            }
        }

        return start;
    }

    /// <summary>Emits one clitic suffix of a word already cut by <see cref="FindCliticCut"/>: <c>-t-il</c>, <c>-moi</c>.</summary>
    private static int ScanCliticSuffix(ReadOnlySpan<char> text, int start, int tailEnd)
    {
        int i = start + 1;
        if (i + 1 < tailEnd && text[i] is 't' or 'T' && CharClassTable.Of(text[i + 1]) == CharClass.Hyphen)
        {
            i += 2;
        }

        while (i < tailEnd && CharClassTable.Of(text[i]) != CharClass.Hyphen)
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Scans a number: digits with decimal commas or points (<c>3,5</c>, <c>29.000</c>), thousands groups separated
    /// by ordinary, no-break or narrow no-break spaces (<c>1 000 000</c>), and what UD French writes in one token
    /// with it: ordinals and units glued to it (<c>1er</c>, <c>XIXe</c> is a word, <c>14h30</c>), dates and ranges
    /// (<c>19/01/2024</c>, <c>2024-01-19</c>, <c>1914-1918</c>), times (<c>14:30</c>).
    /// </summary>
    private static int ScanNumber(ReadOnlySpan<char> text, int start, ref TokenKind kind)
    {
        int i = start;
        while (i < text.Length && CharClassTable.Of(text[i]) == CharClass.Digit)
        {
            i++;
        }

        // Spaced thousands are only read after a leading group of one to three digits, so that "en 2023 150 personnes"
        // stays two numbers.
        bool mayGroupThousands = i - start <= 3;
        while (i < text.Length)
        {
            char c = text[i];
            var cls = CharClassTable.Of(c);
            if (cls == CharClass.Digit)
            {
                mayGroupThousands = false;
                i++;
                continue;
            }

            if (cls is CharClass.Letter or CharClass.Mark)
            {
                int lettersEnd = SkipLetters(text, i);
                bool endsThere = lettersEnd >= text.Length || !IsAlnumAt(text, lettersEnd);
                if (endsThere && FrenchTokenLexicon.IsOrdinalSuffix(text[i..lettersEnd]))
                {
                    return lettersEnd; // 1er, 2e, 3ème
                }

                if (CharClassTable.Of(text[i - 1]) == CharClass.Digit && FrenchTokenLexicon.IsUnit(text[i..lettersEnd]))
                {
                    return i; // 160km → 160 + km; 14h30 → 14 + h + 30
                }

                // "186.500Syrie", "5Malte": a figure of a table whose column space OCR lost, glued to the name that
                // follows it. A capitalised word of four letters or more is never the unit or the suffix of a number.
                if (CharClassTable.Of(text[i - 1]) == CharClass.Digit && IsCapitalisedWord(text[i..lettersEnd]))
                {
                    return i;
                }

                // A code (3D, 58C, 2000Dsl) stays whole.
                mayGroupThousands = false;
                i = lettersEnd;
                continue;
            }

            bool followedByAlnum = i + 1 < text.Length && IsAlnumAt(text, i + 1);
            if (mayGroupThousands && c is ' ' or '\u00A0' or '\u202F' or '\u2009' && IsThousandsGroup(text, i + 1))
            {
                i += 4;
                continue;
            }

            mayGroupThousands = false;
            if (!followedByAlnum)
            {
                break;
            }

            if (c == '/')
            {
                if (!IsSlashDate(text, start, i))
                {
                    break; // 630/631 is two numbers and a slash; 19/01/2024 is one date
                }

                i++;
                continue;
            }

            if (c is ',' or '.' or ':' || cls is CharClass.Hyphen or CharClass.Apostrophe)
            {
                // 3,5 · 29.000 · 14:30 · 2024-01-19 · 1914-1918 · 10'000 · 90's
                i++;
                continue;
            }

            break;
        }

        // "50%": the per cent sign is a token of its own, as in UD French.
        kind = TokenKind.Number;
        return i;
    }

    /// <summary>True for the slash of a dd/mm/yyyy or dd/mm/yy date (one or two digits, then one or two, then two to four).</summary>
    private static bool IsSlashDate(ReadOnlySpan<char> text, int start, int slash)
    {
        int firstSlash = text[start..slash].IndexOf('/');
        if (firstSlash >= 0)
        {
            return true; // the second slash of a date already recognised at its first
        }

        int day = slash - start;
        int month = CountDigits(text, slash + 1);
        int year = slash + 2 + month <= text.Length && text[slash + 1 + month] == '/' ? CountDigits(text, slash + 2 + month) : 0;
        return day is 1 or 2 && month is 1 or 2 && year is >= 2 and <= 4;
    }

    private static int CountDigits(ReadOnlySpan<char> text, int i)
    {
        int count = 0;
        while (i + count < text.Length && CharClassTable.Of(text[i + count]) == CharClass.Digit)
        {
            count++;
        }

        return count;
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int i)
    {
        if (i + 3 > text.Length)
        {
            return false;
        }

        for (int k = i; k < i + 3; k++)
        {
            if (CharClassTable.Of(text[k]) != CharClass.Digit)
            {
                return false;
            }
        }

        return i + 3 == text.Length || !CharClassTable.IsWordChar(text[i + 3]);
    }

    /// <summary>A sign starts a number only before a digit and after a space or an opening bracket (<c>-3,2</c>, <c>(+14)</c>), never in <c>1-0</c>.</summary>
    private static bool StartsSignedNumber(ReadOnlySpan<char> text, int start)
    {
        if (start + 1 >= text.Length || CharClassTable.Of(text[start + 1]) != CharClass.Digit)
        {
            return false;
        }

        if (start == 0)
        {
            return true;
        }

        char before = text[start - 1];
        return CharClassTable.IsSeparator(before) || before is '(' or '[' or '/' or ':' or '«' or '"';
    }

    private static bool IsUrlStart(ReadOnlySpan<char> text, int start)
    {
        // Cheap rejection first: every scheme we accept has 't' (http, ftp) or 'w' (www.) as its second letter.
        if (start + 4 >= text.Length)
        {
            return false;
        }

        char c = (char)(text[start] | 0x20);
        char second = (char)(text[start + 1] | 0x20);
        if (!((c is 'h' or 'f' && second == 't') || (c == 'w' && second == 'w')))
        {
            return false;
        }

        var rest = text[start..];
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
               rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
               rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ||
               (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && IsAlnumAt(rest, 4));
    }

    /// <summary>A URL runs to the next space or quotation mark, less the punctuation that ends the sentence around it.</summary>
    private static int ScanUrl(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        int openParens = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (CharClassTable.IsSeparator(c) || c is '"' or '<' or '>' or '«' or '»' or '“' or '”')
            {
                break;
            }

            if (c == '(')
            {
                openParens++;
            }
            else if (c == ')')
            {
                if (openParens == 0)
                {
                    break;
                }

                openParens--;
            }

            i++;
        }

        while (i > start + 1 && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’')
        {
            i--;
        }

        return i;
    }

    /// <summary>Returns the end of the domain of an e-mail address whose '@' is just before <paramref name="i"/>, or 0.</summary>
    private static int ScanEmailDomain(ReadOnlySpan<char> text, int i)
    {
        int end = i;
        bool sawDot = false;
        while (end < text.Length)
        {
            char c = text[end];
            if (CharClassTable.IsLetterOrDigit(c))
            {
                end++;
            }
            else if ((c == '-' || c == '.') && end + 1 < text.Length && CharClassTable.IsLetterOrDigit(text[end + 1]))
            {
                sawDot |= c == '.';
                end++;
            }
            else
            {
                break;
            }
        }

        return sawDot ? end : 0;
    }

    private static bool IsHandleChar(char c) => CharClassTable.IsWordChar(c) || c == '_';

    private static int ScanHandle(ReadOnlySpan<char> text, int i, bool allowPeriod)
    {
        while (i < text.Length && (IsHandleChar(text[i]) || (allowPeriod && text[i] == '.')))
        {
            i++;
        }

        return i;
    }

    private static int TrimTrailingPeriods(ReadOnlySpan<char> text, int minEnd, int end)
    {
        while (end > minEnd && text[end - 1] == '.')
        {
            end--;
        }

        return end;
    }

    private static int ScanRun(ReadOnlySpan<char> text, int start, Func<char, bool> belongs)
    {
        int i = start + 1;
        while (i < text.Length && belongs(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>A character outside the Basic Multilingual Plane: a letter of another script, an emoji, or a lone high surrogate.</summary>
    private static int ScanSupplementary(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        if (start + 1 >= text.Length || !char.IsLowSurrogate(text[start + 1]))
        {
            kind = TokenKind.Symbol;
            return start + 1;
        }

        if (IsSupplementaryWordChar(text, start))
        {
            kind = TokenKind.Word;
            int ignored = 0;
            return ScanWord(text, start, ref kind, out ignored);
        }

        int codePoint = char.ConvertToUtf32(text[start], text[start + 1]);
        if (IsRegionalIndicator(codePoint) && start + 3 < text.Length && char.IsHighSurrogate(text[start + 2]) &&
            char.IsLowSurrogate(text[start + 3]) && IsRegionalIndicator(char.ConvertToUtf32(text[start + 2], text[start + 3])))
        {
            // A flag is a pair of regional indicators (🇫🇷).
            kind = TokenKind.Emoji;
            return ScanEmojiTail(text, start + 4);
        }

        kind = codePoint is >= 0x1F000 and <= 0x1FAFF ? TokenKind.Emoji : TokenKind.Symbol;
        return kind == TokenKind.Emoji ? ScanEmojiTail(text, start + 2) : start + 2;
    }

    private static bool IsRegionalIndicator(int codePoint) => codePoint is >= 0x1F1E6 and <= 0x1F1FF;

    private static bool IsBmpEmoji(char c) => c is >= '\u2600' and <= '\u27BF' || c is '\u2B50' or '\u2B55' or '\u2B1B' or '\u2B1C';

    private static bool IsKeycap(ReadOnlySpan<char> text, int i) => i < text.Length && text[i] is '\uFE0F' or '\u20E3';

    private static bool IsEmojiSequenceContinuation(ReadOnlySpan<char> text, int i)
        => i < text.Length && (text[i] is '\uFE0F' or '\u200D' or '\u20E3' || IsSkinToneAt(text, i));

    private static bool IsSkinToneAt(ReadOnlySpan<char> text, int i)
        => i + 1 < text.Length && text[i] == '\uD83C' && text[i + 1] is >= '\uDFFB' and <= '\uDFFF';

    /// <summary>
    /// Consumes what extends an emoji: variation selectors, skin tones, keycaps, tag sequences (subdivision flags)
    /// and zero-width-joiner links to the next emoji (👩‍💻 is one token).
    /// </summary>
    private static int ScanEmojiTail(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
            {
                i++;
            }
            else if (IsSkinToneAt(text, i))
            {
                i += 2;
            }
            else if (c == '\uDB40' && i + 1 < text.Length && text[i + 1] is >= '\uDC20' and <= '\uDC7F')
            {
                i += 2;
            }
            else if (c == '\u200D' && i + 1 < text.Length)
            {
                char next = text[i + 1];
                if (char.IsHighSurrogate(next) && i + 2 < text.Length && char.IsLowSurrogate(text[i + 2]))
                {
                    i += 3;
                }
                else if (CharClassTable.Of(next) == CharClass.Symbol && next != '\u200D')
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
