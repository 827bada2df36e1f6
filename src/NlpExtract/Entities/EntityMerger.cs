using System.Collections.Immutable;

namespace NlpExtract.Entities;

/// <summary>
/// Merges the dates of the grammar with the names of the statistical recognizer into one list in text order with no
/// overlap. A date wins over a name it overlaps: the grammar is precise on dates, and the name model was not trained
/// to tell them apart.
/// </summary>
internal static class EntityMerger
{
    public static ImmutableArray<Entity> Merge(List<Entity> dates, List<Entity> names)
    {
        var merged = ImmutableArray.CreateBuilder<Entity>(dates.Count + names.Count);
        merged.AddRange(dates);
        int d = 0;
        foreach (var name in names)
        {
            while (d < dates.Count && dates[d].End <= name.Start)
            {
                d++;
            }

            if (d < dates.Count && dates[d].Start < name.End)
            {
                continue; // overlaps a date
            }

            merged.Add(name);
        }

        merged.Sort((a, b) => a.Start.CompareTo(b.Start));
        return merged.ToImmutable();
    }
}
