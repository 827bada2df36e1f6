namespace NlpExtract.Entities;

/// <summary>
/// Place names of several words that the gazetteers know ("Salt Lake City", "Rio de Janeiro", "Los Angeles",
/// "Le Havre", "Abou Dhabi"): the tagger reads one word at a time, so it cuts them ("Salt Lake" as a person, "Havre"
/// without its article) or misses them. After tagging, the longest known name starting at a capitalised word becomes
/// one place, replacing the entities inside it; an entity that reaches beyond the name ("Banque de Rio de Janeiro")
/// is left as the model read it. Every word of the name must be capitalised or a particle in the text, so "Le blanc"
/// is not the commune Le Blanc. Linear: at most <see cref="MaxWords"/> lookups per capitalised word, one merge pass.
/// </summary>
internal static class MultiwordPlaces
{
    /// <summary>The longest name looked up, in tokens.</summary>
    public const int MaxWords = 4;

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Entity> entities, EntityLexicon lexicon)
    {
        if (!lexicon.HasMultiwordPlaces)
        {
            return;
        }

        List<Entity>? places = null;
        for (int t = 0; t < tokens.Length - 1; t++)
        {
            if (!IsCapitalised(text, tokens[t]))
            {
                continue;
            }

            for (int last = Math.Min(tokens.Length - 1, t + MaxWords - 1); last > t; last--)
            {
                if (!IsCapitalised(text, tokens[last]) || !AllNameWords(text, tokens[(t + 1)..last]))
                {
                    continue;
                }

                var name = text[tokens[t].Start..tokens[last].End];
                if (name.Length <= EntityLexicon.MaxKeyLength && lexicon.IsMultiwordPlace(name))
                {
                    (places ??= []).Add(new Entity(tokens[t].Start, tokens[last].End, EntityLabel.Location, 1f));
                    t = last;
                    break;
                }
            }
        }

        if (places is not null)
        {
            Merge(entities, places);
        }
    }

    /// <summary>Puts each place in the list in text order, in place of the entities inside it, unless one reaches beyond it.</summary>
    private static void Merge(List<Entity> entities, List<Entity> places)
    {
        var merged = new List<Entity>(entities.Count + places.Count);
        int e = 0;
        foreach (var place in places)
        {
            while (e < entities.Count && entities[e].End <= place.Start)
            {
                merged.Add(entities[e++]);
            }

            int inside = e;
            float confidence = 0;
            int count = 0;
            bool beyond = false;
            while (inside < entities.Count && entities[inside].Start < place.End)
            {
                beyond |= entities[inside].Start < place.Start || entities[inside].End > place.End;
                confidence += entities[inside].Score;
                count++;
                inside++;
            }

            if (beyond)
            {
                continue; // the entities stay; they are added by the next place's loop or at the end
            }

            // Found by the model (in part): its confidence; found by the gazetteer alone: a middling one.
            merged.Add(place with { Score = count > 0 ? confidence / count : 0.5f });
            e = inside;
        }

        while (e < entities.Count)
        {
            merged.Add(entities[e++]);
        }

        entities.Clear();
        entities.AddRange(merged);
    }

    private static bool IsCapitalised(ReadOnlySpan<char> text, Token token)
        => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    /// <summary>The inner words of a name: capitalised words and the particles of place names (Rio de Janeiro, Saint-Pierre-et-Miquelon).</summary>
    private static bool AllNameWords(ReadOnlySpan<char> text, ReadOnlySpan<Token> inner)
    {
        foreach (var token in inner)
        {
            if (!IsCapitalised(text, token) && !IsParticle(text.Slice(token.Start, token.Length)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsParticle(ReadOnlySpan<char> word)
        => word is "de" or "du" or "des" or "la" or "le" or "les" or "l'" or "d'" or "y" or "el" or "al" or "da" or "do" or "dos" or "das" or "et" or "sur" or "en";
}
