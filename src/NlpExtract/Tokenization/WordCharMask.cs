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
/// Characters outside the masks are left to the scalar rules, so the masks only speed up; they decide nothing.
/// </summary>
internal static class WordCharMask
{
    public const int BlockSize = 64;

    /// <summary>
    /// The word mask of the 64 characters from <paramref name="start"/>, and in <paramref name="seams"/> the mask of
    /// possible glued-word seams among them; bits past the end of the text are clear.
    /// </summary>
    public static ulong Compute(ReadOnlySpan<char> text, int start, out ulong seams)
    {
        ulong word = 0;
        ulong capitals = 0;
        if (Vector256.IsHardwareAccelerated && start + BlockSize <= text.Length)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
            for (int block = 0; block < BlockSize / 16; block++)
            {
                Classify(Vector256.LoadUnsafe(ref first, (nuint)(block * 16)), out uint w, out uint c);
                word |= (ulong)w << (block * 16);
                capitals |= (ulong)c << (block * 16);
            }
        }
        else if (Vector128.IsHardwareAccelerated && start + BlockSize <= text.Length)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
            for (int block = 0; block < BlockSize / 8; block++)
            {
                Classify(Vector128.LoadUnsafe(ref first, (nuint)(block * 8)), out uint w, out uint c);
                word |= (ulong)w << (block * 8);
                capitals |= (ulong)c << (block * 8);
            }
        }
        else
        {
            int end = Math.Min(text.Length, start + BlockSize);
            for (int i = start; i < end; i++)
            {
                char ch = text[i];
                ulong bit = 1UL << (i - start);
                word |= IsMaskedWordChar(ch) ? bit : 0;
                capitals |= IsMaskedCapital(ch) ? bit : 0;
            }
        }

        // Word characters that are not capitals stand for lowercase letters (digits too: the scalar rules set them aside).
        ulong lowercase = word & ~capitals;
        seams = (capitals & (lowercase << 1)) | (capitals & (capitals << 1) & (lowercase >> 1));
        if (start > 0 && (capitals & 1) != 0 && char.IsLower(text[start - 1]))
        {
            seams |= 1; // a capital at the block's first character after a lowercase letter before it
        }
        return word;
    }

    /// <summary>The scalar definition of the word mask.</summary>
    public static bool IsMaskedWordChar(char c)
        => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || ((uint)(c - 0xC0) <= 0x3F && c != '×' && c != '÷');

    /// <summary>The capitals the seam mask reads: A–Z and À–ß except × (ß too, which the scalar rules set aside).</summary>
    public static bool IsMaskedCapital(char c) => (uint)(c - 'A') <= 'Z' - 'A' || ((uint)(c - 0xC0) <= 0x1F && c != '×');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify(Vector256<ushort> chars, out uint word, out uint capitals)
    {
        // Among letters, bit 0x20 tells lowercase (a–z, à–ÿ) from capitals (A–Z, À–ß): ß reads as a capital, which
        // costs nothing since the seam mask only points at places to look and the scalar rules decide.
        var asciiLetter = Vector256.LessThanOrEqual((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));
        var digit = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
        var latin1Letter = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)0xC0), Vector256.Create((ushort)0x3F)) &
                           ~(Vector256.Equals(chars, Vector256.Create((ushort)'×')) | Vector256.Equals(chars, Vector256.Create((ushort)'÷')));
        var letter = asciiLetter | latin1Letter;
        var capital = letter & Vector256.Equals(chars & Vector256.Create((ushort)0x20), Vector256<ushort>.Zero);
        word = (letter | digit).ExtractMostSignificantBits();
        capitals = capital.ExtractMostSignificantBits();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify(Vector128<ushort> chars, out uint word, out uint capitals)
    {
        // Among letters, bit 0x20 tells lowercase (a–z, à–ÿ) from capitals (A–Z, À–ß): ß reads as a capital, which
        // costs nothing since the seam mask only points at places to look and the scalar rules decide.
        var asciiLetter = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var digit = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        var latin1Letter = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)0xC0), Vector128.Create((ushort)0x3F)) &
                           ~(Vector128.Equals(chars, Vector128.Create((ushort)'×')) | Vector128.Equals(chars, Vector128.Create((ushort)'÷')));
        var letter = asciiLetter | latin1Letter;
        var capital = letter & Vector128.Equals(chars & Vector128.Create((ushort)0x20), Vector128<ushort>.Zero);
        word = (letter | digit).ExtractMostSignificantBits();
        capitals = capital.ExtractMostSignificantBits();
    }
}
