namespace NlpExtract;

/// <summary>Per-document settings for <see cref="Pipeline.Process(string, ProcessOptions?)"/>.</summary>
public sealed class ProcessOptions
{
    /// <summary>The options used when none are given: no reference date (stages that resolve relative dates use today).</summary>
    public static ProcessOptions Default { get; } = new();

    /// <summary>
    /// The date the text was written, against which relative expressions ("hier", "ce 19 janvier") are resolved.
    /// Null means the day of processing.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }
}
