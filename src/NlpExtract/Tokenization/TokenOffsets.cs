namespace NlpExtract;

/// <summary>From a character offset to the token there: tokens are in text order and do not overlap, so a binary search.</summary>
internal static class TokenOffsets
{
    /// <summary>The index of the first token that ends after <paramref name="offset"/>, or the token count when none does.</summary>
    public static int FirstEndingAfter(ReadOnlySpan<Token> tokens, int offset)
    {
        int low = 0;
        int high = tokens.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (tokens[middle].End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
