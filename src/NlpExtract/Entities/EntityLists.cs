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
}
