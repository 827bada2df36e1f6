using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NlpExtract.Tokenization;

/// <summary>
/// Classifies 64 characters at once with SIMD: bit <c>k</c> of the mask is set when the character at
/// <c>start + k</c> is an ASCII letter or digit, or a Latin-1 letter (À–ÿ except × and ÷). Those are most of the
/// characters of French text, and all of them are word characters (<see cref="CharClassTable.IsWordChar"/>), so a
/// word's end is found with one trailing-zero count instead of a loop that mispredicts its exit at every word.
/// From the same loads comes the mask of possible seams of glued words: a capital after a lowercase letter
/// ("laPologne") or a capital between a capital and a lowercase letter ("AMÉRIQUELe"), so that the tokenizer looks
/// for glued words only where there is one and pays one bit test per word otherwise.
/// The same loads also give the masks that let the commonest tokens skip the scalar rules altogether (see
/// <see cref="BlockMasks"/>): letters, separators, and the marks that end a word or stand alone.
/// Characters outside the masks are left to the scalar rules, so the masks only speed up; they decide nothing.
/// </summary>
internal static class WordCharMask
{
    public const int BlockSize = 64;

    /// <summary>
    /// The masks of the 64 characters from <paramref name="start"/>; bits past the end of the text are clear, but for the
    /// word end right after its last character.
    /// </summary>
    public static void Compute(ReadOnlySpan<char> text, int start, out BlockMasks masks)
    {
        masks = default;
        if (start + BlockSize <= text.Length && Vector128.IsHardwareAccelerated)
        {
            ClassifyBlock(ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start)), out masks);
        }
        else if (start < text.Length && Vector128.IsHardwareAccelerated)
        {
            ClassifyPartialBlock(text, start, out masks);
        }
        else
        {
            int end = Math.Min(text.Length, start + BlockSize);
            for (int i = start; i < end; i++)
            {
                char ch = text[i];
                ulong bit = 1UL << (i - start);
                masks.Word |= IsMaskedWordChar(ch) ? bit : 0;
                masks.Capitals |= IsMaskedCapital(ch) ? bit : 0;
                masks.Digits |= (uint)(ch - '0') <= 9 || ch > 0xFF && ch is not ('\u2019' or '\u202F') ? bit : 0; // as the vector path reads them
                masks.Separators |= IsMaskedSeparator(ch) ? bit : 0;
                masks.WordEnds |= IsMaskedSeparator(ch) || IsMaskedWordEndMark(ch) ? bit : 0;
                masks.SingleMarks |= IsMaskedSingleMark(ch) ? bit : 0;
                masks.Periods |= ch == '.' ? bit : 0;
                masks.Apostrophes |= ch is '\'' or '\u2019' ? bit : 0;
            }
        }

        // Word characters that are not capitals stand for lowercase letters (digits too: the scalar rules set them aside).
        ulong capitals = masks.Capitals;
        ulong lowercase = masks.Word & ~capitals;
        ulong seams = (capitals & (lowercase << 1)) | (capitals & (capitals << 1) & (lowercase >> 1));
        if (start > 0 && (capitals & 1) != 0 && char.IsLower(text[start - 1]))
        {
            seams |= 1; // a capital at the block's first character after a lowercase letter before it
        }

        // A full stop stands alone unless another follows ("..."); the last one of a full block has its follower unread.
        ulong knownFollower = start + BlockSize <= text.Length ? ulong.MaxValue >> 1 : ulong.MaxValue;
        // So does a question or an exclamation mark unless another follows ("?!", "!!!"): the marks that end a word
        // and are neither spaces nor single marks already are those two.
        ulong questionOrExclamation = masks.WordEnds & ~masks.Separators & ~masks.SingleMarks;
        masks.SingleMarks |= (masks.Periods & ~(masks.Periods >> 1) | questionOrExclamation & ~(questionOrExclamation >> 1)) & knownFollower;
        // A word may start at a letter with no digit before it (after one, it is the unit of a number: "160km").
        ulong plainStarts = masks.Word & ~masks.Digits & ~(masks.Digits << 1);
        if (start > 0 && CharClassTable.Of(text[start - 1]) == CharClass.Digit)
        {
            plainStarts &= ~1UL;
        }

        masks.Seams = seams;
        masks.PlainStarts = plainStarts & ~HasSeamAfter(seams, masks.Word);
        // Every character that is not a space and does not continue a run of word characters may start a token; the
        // enumerator walks these bits one by one, so that finding the next token does not wait on the end of this one.
        masks.TokenStarts = ~masks.Separators & ~(masks.Word & (masks.Word << 1));
        if (text.Length - start < BlockSize)
        {
            // The end of the text ends a word, a number or an abbreviation's full stop as a space would: set past the
            // last character, so that the last word of a document ("… en 1998.") is read from the masks too.
            masks.WordEnds |= 1UL << (text.Length - start);
        }
    }

    /// <summary>
    /// The classes of the text's last, partial block (one per document): copied to a block of its own, classified as
    /// the full blocks are, and the bits past the end cleared, rather than eight scalar tests a character. Out of line,
    /// so that its buffer does not weigh on the loop that refills the full blocks.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ClassifyPartialBlock(ReadOnlySpan<char> text, int start, out BlockMasks masks)
    {
        Span<char> padded = stackalloc char[BlockSize];
        padded.Clear();
        text[start..].CopyTo(padded);
        ClassifyBlock(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(padded)), out masks);
        ulong inText = (1UL << (text.Length - start)) - 1;
        masks.Word &= inText;
        masks.Capitals &= inText;
        masks.Digits &= inText;
        masks.Separators &= inText;
        masks.WordEnds &= inText;
        masks.SingleMarks &= inText;
        masks.Periods &= inText;
        masks.Apostrophes &= inText;
    }

    /// <summary>
    /// The character classes of the 64 characters at <paramref name="first"/> with the widest vectors the machine has.
    /// French text is almost all Latin-1: the characters are narrowed to bytes, so that one compare covers twice as
    /// many; those above U+00FF are set aside by a mask of their own, but for the two that French typography uses
    /// (’ and the narrow no-break space), compared before narrowing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClassifyBlock(ref ushort first, out BlockMasks masks)
    {
        masks = default;
        if (Vector512.IsHardwareAccelerated)
        {
            var lower = Vector512.LoadUnsafe(ref first);
            var upper = Vector512.LoadUnsafe(ref first, 32);
            masks = System.Runtime.Intrinsics.X86.Avx512Vbmi.IsSupported ? ClassifyByTable(lower, upper) : Classify(lower, upper);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            for (int half = 0; half < BlockSize; half += 32)
            {
                var lower = Vector256.LoadUnsafe(ref first, (nuint)half);
                var upper = Vector256.LoadUnsafe(ref first, (nuint)(half + 16));
                masks = masks.With(Classify(lower, upper), half);
            }
        }
        else
        {
            for (int quarter = 0; quarter < BlockSize; quarter += 16)
            {
                var lower = Vector128.LoadUnsafe(ref first, (nuint)quarter);
                var upper = Vector128.LoadUnsafe(ref first, (nuint)(quarter + 8));
                masks = masks.With(Classify(lower, upper), quarter);
            }
        }
    }

    /// <summary>
    /// The word characters with a seam after them in the same run of word characters: a word starting at one of them
    /// holds a possible seam, and is left to the scalar rules. Found for the whole block at once by doubling steps
    /// (the run from bit q is followed over 1, 2, 4… characters), rather than by a test at every word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong HasSeamAfter(ulong seams, ulong word)
    {
        // Written out rather than looped: the JIT keeps a loop, and its counter costs as much as the steps.
        ulong reached = (seams >> 1) & word; // bit q: a seam at q + 1, both word characters, so in one run
        ulong unbroken = word;               // bit q: the k characters from q are word characters
        reached |= unbroken & (reached >> 1);
        unbroken &= unbroken >> 1;
        reached |= unbroken & (reached >> 2);
        unbroken &= unbroken >> 2;
        reached |= unbroken & (reached >> 4);
        unbroken &= unbroken >> 4;
        reached |= unbroken & (reached >> 8);
        unbroken &= unbroken >> 8;
        reached |= unbroken & (reached >> 16);
        unbroken &= unbroken >> 16;
        return reached | (unbroken & (reached >> 32));
    }

    /// <summary>
    /// The separators the masks read: space, tab, line breaks (U+0009–U+000D), the no-break and the narrow no-break
    /// spaces; the rarer spaces are left to the scalar rules.
    /// </summary>
    public static bool IsMaskedSeparator(char c) => c is ' ' or (>= '\t' and <= '\r') or '\u00A0' or '\u202F';

    /// <summary>
    /// The marks after which a word ends as it is, whatever the scalar rules: plain punctuation. Not the connectors
    /// that join or cut (apostrophe, hyphen, period, underscore, @, slash) nor the colon, which may follow a URL scheme.
    /// </summary>
    public static bool IsMaskedWordEndMark(char c) => c is ',' or ';' or '?' or '!' or '(' or ')' or '[' or ']' or '"' or '«' or '»';

    /// <summary>The marks that are a token by themselves wherever they stand (the colon among them).</summary>
    public static bool IsMaskedSingleMark(char c) => c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '"' or '«' or '»';

    /// <summary>The scalar definition of the word mask.</summary>
    public static bool IsMaskedWordChar(char c)
        => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || ((uint)(c - 0xC0) <= 0x3F && c != '×' && c != '÷');

    /// <summary>The capitals the seam mask reads: A–Z and À–ß except × (ß too, which the scalar rules set aside).</summary>
    public static bool IsMaskedCapital(char c) => (uint)(c - 'A') <= 'Z' - 'A' || ((uint)(c - 0xC0) <= 0x1F && c != '×');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BlockMasks Classify(Vector512<ushort> lower, Vector512<ushort> upper)
    {
        // With 512-bit vectors every compare is a bit mask already: the three masks of wide characters are read from
        // the 16-bit compares as two 32-bit halves, and the masks of the narrowed bytes are cleared of the wide
        // characters once each, as integers, rather than through a vector of each mask narrowed to bytes.
        var chars = Vector512.Narrow(lower, upper);
        var (aboveLatin1, typographicApostrophe, narrowNoBreakSpace) = WideCharacters(lower, upper);
        ulong latin1 = ~aboveLatin1;
        var asciiLetter = Vector512.LessThanOrEqual((chars | Vector512.Create((byte)0x20)) - Vector512.Create((byte)'a'), Vector512.Create((byte)('z' - 'a')));
        var digit = Vector512.LessThanOrEqual(chars - Vector512.Create((byte)'0'), Vector512.Create((byte)9));
        var latin1Letter = Vector512.GreaterThanOrEqual(chars, Vector512.Create((byte)0xC0)) &
                           ~(Vector512.Equals(chars, Vector512.Create((byte)'×')) | Vector512.Equals(chars, Vector512.Create((byte)'÷')));
        var letter = asciiLetter | latin1Letter;
        // Among letters, bit 0x20 tells lowercase (a–z, à–ÿ) from capitals (A–Z, À–ß): ß reads as a capital, which
        // costs nothing since the seam mask only points at places to look and the scalar rules decide.
        var capital = letter & Vector512.Equals(chars & Vector512.Create((byte)0x20), Vector512<byte>.Zero);
        var separator = Vector512.Equals(chars, Vector512.Create((byte)' ')) | Vector512.Equals(chars, Vector512.Create((byte)0xA0)) |
                        Vector512.LessThanOrEqual(chars - Vector512.Create((byte)'\t'), Vector512.Create((byte)('\r' - '\t')));
        var bothKinds = Vector512.Equals(chars, Vector512.Create((byte)',')) | Vector512.Equals(chars, Vector512.Create((byte)';')) |
                        Vector512.Equals(chars, Vector512.Create((byte)'(')) | Vector512.Equals(chars, Vector512.Create((byte)')')) |
                        Vector512.Equals(chars, Vector512.Create((byte)'[')) | Vector512.Equals(chars, Vector512.Create((byte)']')) |
                        Vector512.Equals(chars, Vector512.Create((byte)'"')) | Vector512.Equals(chars, Vector512.Create((byte)'«')) |
                        Vector512.Equals(chars, Vector512.Create((byte)'»'));
        var questionOrExclamation = Vector512.Equals(chars, Vector512.Create((byte)'?')) | Vector512.Equals(chars, Vector512.Create((byte)'!'));
        ulong separators = (separator.ExtractMostSignificantBits() & latin1) | narrowNoBreakSpace;
        ulong bothKindsBits = bothKinds.ExtractMostSignificantBits();
        return new BlockMasks
        {
            Word = (letter | digit).ExtractMostSignificantBits() & latin1,
            Capitals = capital.ExtractMostSignificantBits() & latin1,
            Digits = (digit.ExtractMostSignificantBits() & latin1) | (aboveLatin1 & ~(typographicApostrophe | narrowNoBreakSpace)),
            Separators = separators,
            WordEnds = separators | ((bothKindsBits | questionOrExclamation.ExtractMostSignificantBits()) & latin1),
            SingleMarks = (bothKindsBits | Vector512.Equals(chars, Vector512.Create((byte)':')).ExtractMostSignificantBits()) & latin1,
            Periods = Vector512.Equals(chars, Vector512.Create((byte)'.')).ExtractMostSignificantBits() & latin1,
            Apostrophes = (Vector512.Equals(chars, Vector512.Create((byte)'\'')).ExtractMostSignificantBits() & latin1) | typographicApostrophe,
        };
    }

    /// <summary>
    /// <see cref="Classify(Vector512{ushort}, Vector512{ushort})"/> with the byte permutations of AVX-512 VBMI: each
    /// Latin-1 character's eight classes are one byte of a 256-entry table (<see cref="LatinClassTable"/>), looked up
    /// for 64 characters by two 128-entry permutations and a blend, where the compares took some thirty instructions.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BlockMasks ClassifyByTable(Vector512<ushort> lower, Vector512<ushort> upper)
    {
        var chars = Vector512.Narrow(lower, upper);
        var (aboveLatin1, typographicApostrophe, narrowNoBreakSpace) = WideCharacters(lower, upper);
        ulong latin1 = ~aboveLatin1;
        var ascii = System.Runtime.Intrinsics.X86.Avx512Vbmi.PermuteVar64x8x2(LatinClassTable.Entries0, chars, LatinClassTable.Entries64);
        var upperHalf = System.Runtime.Intrinsics.X86.Avx512Vbmi.PermuteVar64x8x2(LatinClassTable.Entries128, chars, LatinClassTable.Entries192);
        var classes = Vector512.ConditionalSelect(Vector512.GreaterThan(chars, Vector512.Create((byte)0x7F)), upperHalf, ascii);
        ulong separators = (Has(classes, LatinClassTable.Separator) & latin1) | narrowNoBreakSpace;
        return new BlockMasks
        {
            Word = Has(classes, LatinClassTable.Word) & latin1,
            Capitals = Has(classes, LatinClassTable.Capital) & latin1,
            Digits = (Has(classes, LatinClassTable.Digit) & latin1) | (aboveLatin1 & ~(typographicApostrophe | narrowNoBreakSpace)),
            Separators = separators,
            WordEnds = (Has(classes, LatinClassTable.WordEnd) & latin1) | narrowNoBreakSpace,
            SingleMarks = Has(classes, LatinClassTable.SingleMark) & latin1,
            Periods = Has(classes, LatinClassTable.Period) & latin1,
            Apostrophes = (classes.ExtractMostSignificantBits() & latin1) | typographicApostrophe, // the apostrophe is bit 7
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Has(Vector512<byte> classes, byte bit)
        => ~Vector512.Equals(classes & Vector512.Create(bit), Vector512<byte>.Zero).ExtractMostSignificantBits();

    /// <summary>
    /// The classes of the Latin-1 characters as the scalar definitions give them, one bit each, in four 64-entry
    /// vectors for the byte permutations. The wide characters (above U+00FF) are masked apart by the caller.
    /// </summary>
    private static class LatinClassTable
    {
        public const byte Word = 1, Capital = 2, Digit = 4, Separator = 8, WordEnd = 16, SingleMark = 32, Period = 64, Apostrophe = 128;

        public static readonly Vector512<byte> Entries0 = Build(0);
        public static readonly Vector512<byte> Entries64 = Build(64);
        public static readonly Vector512<byte> Entries128 = Build(128);
        public static readonly Vector512<byte> Entries192 = Build(192);

        private static Vector512<byte> Build(int from)
        {
            Span<byte> entries = stackalloc byte[64];
            for (int i = 0; i < 64; i++)
            {
                char c = (char)(from + i);
                entries[i] = (byte)((IsMaskedWordChar(c) ? Word : 0) | (IsMaskedCapital(c) ? Capital : 0) |
                                    ((uint)(c - '0') <= 9 ? Digit : 0) | (IsMaskedSeparator(c) ? Separator : 0) |
                                    (IsMaskedSeparator(c) || IsMaskedWordEndMark(c) ? WordEnd : 0) |
                                    (IsMaskedSingleMark(c) ? SingleMark : 0) | (c == '.' ? Period : 0) | (c == '\'' ? Apostrophe : 0));
            }

            return Vector512.Create((ReadOnlySpan<byte>)entries);
        }
    }

    /// <summary>
    /// The masks of the characters above U+00FF, which narrowing to bytes would confuse with Latin-1 ones, and of the two
    /// among them that French typography uses: the typographic apostrophe and the narrow no-break space.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong AboveLatin1, ulong TypographicApostrophe, ulong NarrowNoBreakSpace) WideCharacters(Vector512<ushort> lower, Vector512<ushort> upper)
        => (Halves(Vector512.GreaterThan(lower, Vector512.Create((ushort)0xFF)), Vector512.GreaterThan(upper, Vector512.Create((ushort)0xFF))),
            Halves(Vector512.Equals(lower, Vector512.Create((ushort)'\u2019')), Vector512.Equals(upper, Vector512.Create((ushort)'\u2019'))),
            Halves(Vector512.Equals(lower, Vector512.Create((ushort)'\u202F')), Vector512.Equals(upper, Vector512.Create((ushort)'\u202F'))));

    /// <summary>The 64-bit mask of two 32-lane compares of 16-bit characters, the first in the low half.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Halves(Vector512<ushort> lower, Vector512<ushort> upper)
        => lower.ExtractMostSignificantBits() | (upper.ExtractMostSignificantBits() << 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BlockMasks Classify(Vector256<ushort> lower, Vector256<ushort> upper)
    {
        var chars = Vector256.Narrow(lower, upper);
        var aboveLatin1 = Vector256.Narrow(Vector256.GreaterThan(lower, Vector256.Create((ushort)0xFF)), Vector256.GreaterThan(upper, Vector256.Create((ushort)0xFF)));
        var typographicApostrophe = Vector256.Narrow(Vector256.Equals(lower, Vector256.Create((ushort)'\u2019')), Vector256.Equals(upper, Vector256.Create((ushort)'\u2019')));
        var narrowNoBreakSpace = Vector256.Narrow(Vector256.Equals(lower, Vector256.Create((ushort)'\u202F')), Vector256.Equals(upper, Vector256.Create((ushort)'\u202F')));
        // Among letters, bit 0x20 tells lowercase (a–z, à–ÿ) from capitals (A–Z, À–ß): ß reads as a capital, which
        // costs nothing since the seam mask only points at places to look and the scalar rules decide.
        var latin1 = ~aboveLatin1;
        var asciiLetter = Vector256.LessThanOrEqual((chars | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)('z' - 'a')));
        var digit = Vector256.LessThanOrEqual(chars - Vector256.Create((byte)'0'), Vector256.Create((byte)9)) & latin1;
        var latin1Letter = Vector256.GreaterThanOrEqual(chars, Vector256.Create((byte)0xC0)) &
                           ~(Vector256.Equals(chars, Vector256.Create((byte)'×')) | Vector256.Equals(chars, Vector256.Create((byte)'÷')));
        var letter = (asciiLetter | latin1Letter) & latin1;
        var capital = letter & Vector256.Equals(chars & Vector256.Create((byte)0x20), Vector256<byte>.Zero);
        var separator = (Vector256.Equals(chars, Vector256.Create((byte)' ')) | Vector256.Equals(chars, Vector256.Create((byte)0xA0)) |
                         Vector256.LessThanOrEqual(chars - Vector256.Create((byte)'\t'), Vector256.Create((byte)('\r' - '\t')))) & latin1 | narrowNoBreakSpace;
        var bothKinds = (Vector256.Equals(chars, Vector256.Create((byte)',')) | Vector256.Equals(chars, Vector256.Create((byte)';')) |
                         Vector256.Equals(chars, Vector256.Create((byte)'(')) | Vector256.Equals(chars, Vector256.Create((byte)')')) |
                         Vector256.Equals(chars, Vector256.Create((byte)'[')) | Vector256.Equals(chars, Vector256.Create((byte)']')) |
                         Vector256.Equals(chars, Vector256.Create((byte)'"')) | Vector256.Equals(chars, Vector256.Create((byte)'«')) |
                         Vector256.Equals(chars, Vector256.Create((byte)'»'))) & latin1;
        var wordEnd = separator | bothKinds | ((Vector256.Equals(chars, Vector256.Create((byte)'?')) | Vector256.Equals(chars, Vector256.Create((byte)'!'))) & latin1);
        var singleMark = bothKinds | (Vector256.Equals(chars, Vector256.Create((byte)':')) & latin1);
        return new BlockMasks
        {
            Word = (ulong)(letter | digit).ExtractMostSignificantBits(),
            Capitals = (ulong)capital.ExtractMostSignificantBits(),
            Digits = (ulong)(digit | (aboveLatin1 & ~(typographicApostrophe | narrowNoBreakSpace))).ExtractMostSignificantBits(),
            Separators = (ulong)separator.ExtractMostSignificantBits(),
            WordEnds = (ulong)wordEnd.ExtractMostSignificantBits(),
            SingleMarks = (ulong)singleMark.ExtractMostSignificantBits(),
            Periods = (ulong)(Vector256.Equals(chars, Vector256.Create((byte)'.')) & latin1).ExtractMostSignificantBits(),
            Apostrophes = (ulong)((Vector256.Equals(chars, Vector256.Create((byte)'\'')) & latin1) | typographicApostrophe).ExtractMostSignificantBits(),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BlockMasks Classify(Vector128<ushort> lower, Vector128<ushort> upper)
    {
        var chars = Vector128.Narrow(lower, upper);
        var aboveLatin1 = Vector128.Narrow(Vector128.GreaterThan(lower, Vector128.Create((ushort)0xFF)), Vector128.GreaterThan(upper, Vector128.Create((ushort)0xFF)));
        var typographicApostrophe = Vector128.Narrow(Vector128.Equals(lower, Vector128.Create((ushort)'\u2019')), Vector128.Equals(upper, Vector128.Create((ushort)'\u2019')));
        var narrowNoBreakSpace = Vector128.Narrow(Vector128.Equals(lower, Vector128.Create((ushort)'\u202F')), Vector128.Equals(upper, Vector128.Create((ushort)'\u202F')));
        // Among letters, bit 0x20 tells lowercase (a–z, à–ÿ) from capitals (A–Z, À–ß): ß reads as a capital, which
        // costs nothing since the seam mask only points at places to look and the scalar rules decide.
        var latin1 = ~aboveLatin1;
        var asciiLetter = Vector128.LessThanOrEqual((chars | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a')));
        var digit = Vector128.LessThanOrEqual(chars - Vector128.Create((byte)'0'), Vector128.Create((byte)9)) & latin1;
        var latin1Letter = Vector128.GreaterThanOrEqual(chars, Vector128.Create((byte)0xC0)) &
                           ~(Vector128.Equals(chars, Vector128.Create((byte)'×')) | Vector128.Equals(chars, Vector128.Create((byte)'÷')));
        var letter = (asciiLetter | latin1Letter) & latin1;
        var capital = letter & Vector128.Equals(chars & Vector128.Create((byte)0x20), Vector128<byte>.Zero);
        var separator = (Vector128.Equals(chars, Vector128.Create((byte)' ')) | Vector128.Equals(chars, Vector128.Create((byte)0xA0)) |
                         Vector128.LessThanOrEqual(chars - Vector128.Create((byte)'\t'), Vector128.Create((byte)('\r' - '\t')))) & latin1 | narrowNoBreakSpace;
        var bothKinds = (Vector128.Equals(chars, Vector128.Create((byte)',')) | Vector128.Equals(chars, Vector128.Create((byte)';')) |
                         Vector128.Equals(chars, Vector128.Create((byte)'(')) | Vector128.Equals(chars, Vector128.Create((byte)')')) |
                         Vector128.Equals(chars, Vector128.Create((byte)'[')) | Vector128.Equals(chars, Vector128.Create((byte)']')) |
                         Vector128.Equals(chars, Vector128.Create((byte)'"')) | Vector128.Equals(chars, Vector128.Create((byte)'«')) |
                         Vector128.Equals(chars, Vector128.Create((byte)'»'))) & latin1;
        var wordEnd = separator | bothKinds | ((Vector128.Equals(chars, Vector128.Create((byte)'?')) | Vector128.Equals(chars, Vector128.Create((byte)'!'))) & latin1);
        var singleMark = bothKinds | (Vector128.Equals(chars, Vector128.Create((byte)':')) & latin1);
        return new BlockMasks
        {
            Word = (ulong)(letter | digit).ExtractMostSignificantBits(),
            Capitals = (ulong)capital.ExtractMostSignificantBits(),
            Digits = (ulong)(digit | (aboveLatin1 & ~(typographicApostrophe | narrowNoBreakSpace))).ExtractMostSignificantBits(),
            Separators = (ulong)separator.ExtractMostSignificantBits(),
            WordEnds = (ulong)wordEnd.ExtractMostSignificantBits(),
            SingleMarks = (ulong)singleMark.ExtractMostSignificantBits(),
            Periods = (ulong)(Vector128.Equals(chars, Vector128.Create((byte)'.')) & latin1).ExtractMostSignificantBits(),
            Apostrophes = (ulong)((Vector128.Equals(chars, Vector128.Create((byte)'\'')) & latin1) | typographicApostrophe).ExtractMostSignificantBits(),
        };
    }
}

/// <summary>
/// What <see cref="WordCharMask.Compute"/> reads in one block of 64 characters: bit <c>k</c> stands for the character
/// at <c>start + k</c>. A mutable struct of plain fields, filled in place, since the tokenizer reads it at every token.
/// </summary>
internal struct BlockMasks
{
    /// <summary>ASCII letters and digits and Latin-1 letters: characters that continue a word.</summary>
    public ulong Word;

    /// <summary>The capitals among <see cref="Word"/>.</summary>
    public ulong Capitals;

    /// <summary>Digits, and every character above U+00FF but ’ and the narrow no-break space, which may be one.</summary>
    public ulong Digits;

    /// <summary>Spaces and line breaks, skipped between tokens.</summary>
    public ulong Separators;

    /// <summary>Separators and the punctuation before which a plain word ends as it is; and the end of the text.</summary>
    public ulong WordEnds;

    /// <summary>
    /// Punctuation that is a token by itself; among them a full stop, a question or an exclamation mark when no other
    /// of its kind follows.
    /// </summary>
    public ulong SingleMarks;

    /// <summary>Full stops.</summary>
    public ulong Periods;

    /// <summary>Straight and typographic apostrophes (' ’), where an elided word may end.</summary>
    public ulong Apostrophes;

    /// <summary>Possible seams of two glued words, for the scalar rules to confirm.</summary>
    public ulong Seams;

    /// <summary>
    /// The letters among <see cref="Word"/> with no digit before them and no possible seam after them in their run of
    /// word characters: where a plain word may start and be read from the masks.
    /// </summary>
    public ulong PlainStarts;

    /// <summary>
    /// The characters where a token may start: not a separator, and not a word character after another. The first
    /// of these at or after the end of a token read from the masks is where the next token starts.
    /// </summary>
    public ulong TokenStarts;

    /// <summary>These masks with <paramref name="part"/>'s bits added from bit <paramref name="shift"/> on.</summary>
    public readonly BlockMasks With(BlockMasks part, int shift) => new()
    {
        Word = Word | (part.Word << shift),
        Capitals = Capitals | (part.Capitals << shift),
        Digits = Digits | (part.Digits << shift),
        Separators = Separators | (part.Separators << shift),
        WordEnds = WordEnds | (part.WordEnds << shift),
        SingleMarks = SingleMarks | (part.SingleMarks << shift),
        Periods = Periods | (part.Periods << shift),
        Apostrophes = Apostrophes | (part.Apostrophes << shift),
    };
}
