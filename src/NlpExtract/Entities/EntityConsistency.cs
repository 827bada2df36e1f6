namespace NlpExtract.Entities;

/// <summary>
/// One label per name across a document: a journalist who writes "Bogdanov" means the same person each time, so the
/// mentions of one surface form take the label their confidences favour overall, and a person's surname alone, tagged as
/// a place or an organization elsewhere in the text, is the person. Linear: one dictionary pass over the entities.
/// </summary>
internal static class EntityConsistency
{
    public static void Apply(ReadOnlySpan<char> text, List<Entity> entities)
    {
        if (entities.Count < 2)
        {
            return;
        }

        // Summed confidence of each label per surface form.
        var votes = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var lookup = votes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var entity in entities)
        {
            var surface = text.Slice(entity.Start, entity.Length);
            if (!lookup.TryGetValue(surface, out var tally))
            {
                tally = new float[4];
                lookup[surface] = tally;
            }

            tally[(int)entity.Label] += entity.Score;
        }

        // Surnames of multi-word person names: "Mikhaïl Bogdanov" makes "Bogdanov" a person.
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var surface = text.Slice(entity.Start, entity.Length);
            int space = surface.LastIndexOf(' ');
            if (space > 0 && Winner(lookup[surface]) == EntityLabel.Person)
            {
                surnames.Add(surface[(space + 1)..].ToString());
            }
        }

        var surnameLookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            var surface = text.Slice(entity.Start, entity.Length);
            var label = surnameLookup.Contains(surface) ? EntityLabel.Person : Winner(lookup[surface]);
            if (label != entity.Label)
            {
                entities[i] = entity with { Label = label };
            }
        }
    }

    private static EntityLabel Winner(float[] tally)
    {
        int best = 0;
        for (int label = 1; label < tally.Length; label++)
        {
            if (tally[label] > tally[best])
            {
                best = label;
            }
        }

        return (EntityLabel)best;
    }
}
