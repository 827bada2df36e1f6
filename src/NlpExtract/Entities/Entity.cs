namespace NlpExtract;

/// <summary>What an entity names.</summary>
public enum EntityLabel : byte
{
    /// <summary>A person (<c>PER</c> in the JSON output).</summary>
    Person,

    /// <summary>An organization (<c>ORG</c>).</summary>
    Organization,

    /// <summary>A place (<c>LOC</c>).</summary>
    Location,

    /// <summary>A date or time (<c>DATE</c>), with a normalised <see cref="Entity.Value"/>.</summary>
    Date,
}

/// <summary>
/// A named entity or a date: a range of the original text, its label and a confidence score.
/// Dates carry a normalised TIMEX3-style <see cref="Value"/> (<c>2024-01-19</c>, <c>2023-10</c>, <c>2024-W02</c>,
/// <c>XXXX-SU</c>, <c>PRESENT_REF</c>, <c>2024-01-19T14:30</c>) and, when the text narrows it, a <see cref="Modifier"/>.
/// </summary>
/// <param name="Start">Index of the entity's first UTF-16 code unit in the original text.</param>
/// <param name="End">Index just past its last code unit.</param>
/// <param name="Label">What it names.</param>
/// <param name="Score">Confidence in [0, 1].</param>
/// <param name="Value">The normalised value of a date; null for other labels.</param>
/// <param name="Modifier">The TIMEX3 <c>mod</c> of a date (<c>START</c>, <c>MID</c>, <c>END</c>, <c>APPROX</c>); null when none.</param>
public readonly record struct Entity(int Start, int End, EntityLabel Label, float Score, string? Value = null, string? Modifier = null)
{
    /// <summary>Number of UTF-16 code units the entity spans.</summary>
    public int Length => End - Start;

    /// <summary>The label as written in the JSON output: PER, ORG, LOC or DATE.</summary>
    public string LabelCode => Label switch
    {
        EntityLabel.Person => "PER",
        EntityLabel.Organization => "ORG",
        EntityLabel.Location => "LOC",
        _ => "DATE",
    };
}
