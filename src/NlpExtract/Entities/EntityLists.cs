namespace NlpExtract.Entities;

/// <summary>Operations on lists of entities kept in text order, shared by the passes that run after tagging.</summary>
internal static class EntityLists
{
    /// <summary>
    /// Adds <paramref name="found"/> to <paramref name="entities"/>, keeping text order: both lists are in text order
    /// and no entity of one overlaps one of the other, so one merge does it (linear, not an insertion per entity).
    /// </summary>
    public static void MergeInOrder(List<Entity> entities, List<Entity> found)
    {
        var merged = new List<Entity>(entities.Count + found.Count);
        int a = 0, b = 0;
        while (a < entities.Count || b < found.Count)
        {
            merged.Add(b >= found.Count || a < entities.Count && entities[a].Start < found[b].Start ? entities[a++] : found[b++]);
        }

        entities.Clear();
        entities.AddRange(merged);
    }

    /// <summary>
    /// Adds names found after tagging, in text order: an entity inside one is replaced by it; one that reaches beyond it
    /// stays, and the name is dropped (the tagger read something larger there); of overlapping names the first stands.
    /// </summary>
    public static void MergeReplacingInside(List<Entity> entities, List<Entity> found)
    {
        var merged = new List<Entity>(entities.Count + found.Count);
        int e = 0;
        int lastEnd = 0;
        foreach (var name in found)
        {
            if (name.Start < lastEnd)
            {
                continue; // the same name twice (the model's own, kept) or overlapping names: the first stands
            }

            while (e < entities.Count && entities[e].End <= name.Start)
            {
                merged.Add(entities[e++]);
            }

            int inside = e;
            bool beyond = false;
            while (inside < entities.Count && entities[inside].Start < name.End)
            {
                beyond |= entities[inside].Start < name.Start || entities[inside].End > name.End;
                inside++;
            }

            if (beyond)
            {
                continue; // the model read something larger there: it decides
            }

            // The tagger's own reading of the very same name keeps its confidence.
            bool same = inside == e + 1 && entities[e].Start == name.Start && entities[e].End == name.End && entities[e].Label == name.Label;
            merged.Add(same ? entities[e] : name);
            lastEnd = name.End;
            e = inside;
        }

        while (e < entities.Count)
        {
            merged.Add(entities[e++]);
        }

        entities.Clear();
        entities.AddRange(merged);
    }
}
