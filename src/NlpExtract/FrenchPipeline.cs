namespace NlpExtract;

/// <summary>Ready-made French pipelines.</summary>
public static class FrenchPipeline
{
    /// <summary>
    /// The default pipeline with every stage that is available: tokens, sentences, dates and PER / ORG / LOC entities
    /// (with the model embedded in the package). Build it once and reuse it; it is immutable and thread-safe.
    /// </summary>
    public static Pipeline CreateDefault() => new PipelineBuilder().UseSentences().UseDates().UseEntities().UseQuotes().Build();
}
