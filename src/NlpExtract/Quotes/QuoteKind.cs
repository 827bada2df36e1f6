namespace NlpExtract.Quotes;

/// <summary>How a quotation reports what was said (docs/OUTPUT.md, <c>kind</c>).</summary>
public enum QuoteKind : byte
{
    /// <summary>All the reported content is inside quote marks: «…», a-t-il déclaré.</summary>
    Direct,

    /// <summary>Quote marks around part of a reported clause: a dénoncé le «sabotage».</summary>
    Mixed,

    /// <summary>No quote marks: a déclaré que…, selon X, …</summary>
    Indirect,
}
