using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NlpExtract.Tokenization;

/// <summary>
/// Classifies 64 characters at once with SIMD: bit <c>k</c> of the mask is set when the character at
/// <c>start + k</c> is an ASCII letter or digit, or a Latin-1 letter (À–ÿ except × and ÷). Those are most of the
/// characters of French text, and all of them are word characters (<see cref="CharClassTable.IsWordChar"/>), so a
/// word's end is found with one trailing-zero count instead of a loop that mispredicts its exit at every word.
/// Characters outside the mask are left to the scalar rules, so the mask only speeds up; it decides nothing.
/// </summary>
internal static class WordCharMask
{
    public const int BlockSize = 64;

    /// <summary>The mask of the 64 characters from <paramref name="start"/>; bits past the end of the text are clear.</summary>
    public static ulong Compute(ReadOnlySpan<char> text, int start)
    {
        if (Vector256.IsHardwareAccelerated && start + BlockSize <= text.Length)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
            return WordBits(Vector256.LoadUnsafe(ref first)) | ((ulong)WordBits(Vector256.LoadUnsafe(ref first, 16)) << 16) |
                   ((ulong)WordBits(Vector256.LoadUnsafe(ref first, 32)) << 32) | ((ulong)WordBits(Vector256.LoadUnsafe(ref first, 48)) << 48);
        }

        if (Vector128.IsHardwareAccelerated && start + BlockSize <= text.Length)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
            ulong mask = 0;
            for (int block = 0; block < BlockSize / 8; block++)
            {
                var chars = Vector128.LoadUnsafe(ref first, (nuint)(block * 8));
                mask |= (ulong)WordBits(chars) << (block * 8);
            }

            return mask;
        }

        ulong scalarMask = 0;
        int end = Math.Min(text.Length, start + BlockSize);
        for (int i = start; i < end; i++)
        {
            if (IsMaskedWordChar(text[i]))
            {
                scalarMask |= 1UL << (i - start);
            }
        }

        return scalarMask;
    }

    /// <summary>
    /// The mask of capital letters (ASCII A–Z, Latin-1 À–Þ except ×) among the 64 characters from <paramref name="start"/>:
    /// a capital inside a lowercase word is rare enough that the tokenizer looks for glued words only where this mask says so.
    /// </summary>
    public static ulong ComputeCapitals(ReadOnlySpan<char> text, int start)
    {
        if (Vector256.IsHardwareAccelerated && start + BlockSize <= text.Length)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
            return CapitalBits(Vector256.LoadUnsafe(ref first)) | ((ulong)CapitalBits(Vector256.LoadUnsafe(ref first, 16)) << 16) |
                   ((ulong)CapitalBits(Vector256.LoadUnsafe(ref first, 32)) << 32) | ((ulong)CapitalBits(Vector256.LoadUnsafe(ref first, 48)) << 48);
        }

        ulong scalarMask = 0;
        int end = Math.Min(text.Length, start + BlockSize);
        for (int i = start; i < end; i++)
        {
            if (IsMaskedCapital(text[i]))
            {
                scalarMask |= 1UL << (i - start);
            }
        }

        return scalarMask;
    }

    /// <summary>The scalar definition of <see cref="ComputeCapitals"/>.</summary>
    public static bool IsMaskedCapital(char c) => (uint)(c - 'A') <= 'Z' - 'A' || ((uint)(c - 0xC0) <= 0x1E && c != '×');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint CapitalBits(Vector256<ushort> chars)
    {
        var ascii = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'A'), Vector256.Create((ushort)('Z' - 'A')));
        var latin1 = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)0xC0), Vector256.Create((ushort)0x1E)) &
                     ~Vector256.Equals(chars, Vector256.Create((ushort)'×'));
        return (ascii | latin1).ExtractMostSignificantBits();
    }

    /// <summary>The scalar definition the vector code implements.</summary>
    public static bool IsMaskedWordChar(char c)
        => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || ((uint)(c - 0xC0) <= 0x3F && c != '×' && c != '÷');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint WordBits(Vector256<ushort> chars)
    {
        var asciiLetter = Vector256.LessThanOrEqual((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));
        var digit = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
        var latin1Letter = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)0xC0), Vector256.Create((ushort)0x3F)) &
                           ~(Vector256.Equals(chars, Vector256.Create((ushort)'×')) | Vector256.Equals(chars, Vector256.Create((ushort)'÷')));
        return (asciiLetter | digit | latin1Letter).ExtractMostSignificantBits();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint WordBits(Vector128<ushort> chars)
    {
        var asciiLetter = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var digit = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        var latin1Letter = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)0xC0), Vector128.Create((ushort)0x3F)) &
                           ~(Vector128.Equals(chars, Vector128.Create((ushort)'×')) | Vector128.Equals(chars, Vector128.Create((ushort)'÷')));
        return (asciiLetter | digit | latin1Letter).ExtractMostSignificantBits();
    }
}
