namespace NlpExtract;

/// <summary>The stages a <see cref="Pipeline"/> runs; a document says which ones produced it.</summary>
[Flags]
public enum PipelineStages
{
    /// <summary>No stage.</summary>
    None = 0,

    /// <summary>French tokenization; always on, every other stage reads tokens.</summary>
    Tokens = 1,

    /// <summary>Sentence splitting.</summary>
    Sentences = 2,

    /// <summary>Dates and times as DATE entities with normalised values; needs sentences (their tense picks the year or weekday).</summary>
    Dates = 4,

    /// <summary>People, organizations and places (PER, ORG, LOC) from the statistical model; needs sentences.</summary>
    Entities = 8,

    /// <summary>Quotations with their cues and speakers, and the speakers they group into (reads sentences, and entities when that stage runs).</summary>
    Quotes = 16,
}
