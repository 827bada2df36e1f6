namespace NlpExtract.Entities;

/// <summary>
/// Names of several words that the lexicon knows: places from the gazetteers ("Salt Lake City", "Rio de Janeiro",
/// "Los Angeles", "Le Havre") and organizations from the written list ("Organisation mondiale de la santé", "Banque
/// centrale européenne"). The tagger reads one word at a time, so it cuts them ("Salt Lake" as a person, "Havre" without
/// its article) or misses them. After tagging, the longest known name starting at a capitalised word becomes one entity
/// of its class, replacing the entities inside it; an entity that reaches beyond the name ("Banque de Rio de Janeiro")
/// is left as the model read it. The words of a place name must be capitalised or particles in the text, so "Le blanc"
/// is not the commune Le Blanc; an organization name, written for NlpExtract word by word, is matched as it stands
/// (case aside) from a capital. A one-word name of the organization list is an organization when it is an acronym or
/// follows an organization head noun ("le groupe Renault"), whatever the tagger said; two known places the tagger read as
/// one ("Bielefeld Allemagne" in an address) are two.
/// Linear: at most <see cref="MaxWords"/> lookups per capitalised word, one merge pass.
/// </summary>
internal static class MultiwordNames
{
    /// <summary>The longest name looked up, in tokens.</summary>
    public const int MaxWords = 7;

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Entity> entities, EntityLexicon lexicon)
    {
        RelabelKnownOrganizations(text, entities, lexicon);
        SplitPlacePairs(text, entities, lexicon);
        if (!lexicon.HasMultiwordNames)
        {
            return;
        }

        List<Entity>? names = null;
        for (int t = 0; t < tokens.Length - 1; t++)
        {
            if (!IsCapitalised(text, tokens[t]))
            {
                continue;
            }

            // Every name looked up below runs from this token to its first space: no entry starts so, no lookup.
            var head = text.Slice(tokens[t].Start, Math.Min(text.Length - tokens[t].Start, EntityLexicon.MaxKeyLength + 1));
            int space = head.IndexOf(' ');
            if (space <= 0 || !lexicon.StartsMultiwordName(head[..space]))
            {
                continue;
            }

            for (int last = Math.Min(tokens.Length - 1, t + MaxWords - 1); last > t; last--)
            {
                var name = text[tokens[t].Start..tokens[last].End];
                if (name.Length > EntityLexicon.MaxKeyLength || !name.Contains(' '))
                {
                    continue;
                }

                var classes = lexicon.Classify(name);
                EntityLabel? label = (classes & LexiconClass.Organization) != 0 ? EntityLabel.Organization
                    : (classes & LexiconClass.Place) != 0 && IsCapitalised(text, tokens[last]) && AllNameWords(text, tokens[(t + 1)..last]) ? EntityLabel.Location
                    : null;
                if (label is { } found)
                {
                    (names ??= []).Add(new Entity(tokens[t].Start, tokens[last].End, found, 1f));
                    t = last;
                    break;
                }
            }
        }

        if (names is not null)
        {
            Merge(text, entities, names);
        }
    }

    /// <summary>
    /// "le groupe Renault", "la société Vivendi", "le FMI": a one-word name of the organization list is the organization
    /// when it is an acronym or follows an organization head noun, whatever label the tagger gave it. Alone, a name such as
    /// Renault or Dassault may still be the person (Louis Renault in the newspapers of the 1920s), so the tagger decides.
    /// </summary>
    private static void RelabelKnownOrganizations(ReadOnlySpan<char> text, List<Entity> entities, EntityLexicon lexicon)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.End < text.Length && text[entity.End] == '+' && (entity.End + 1 == text.Length || !char.IsLetterOrDigit(text[entity.End + 1]))
                && (i + 1 == entities.Count || entities[i + 1].Start > entity.End)
                && (lexicon.Classify(text[entity.Start..(entity.End + 1)]) & LexiconClass.Organization) != 0)
            {
                // "Canal+": the tokenizer leaves the sign a token of its own and the tagger may stop before it.
                entities[i] = entity = entity with { End = entity.End + 1 };
            }

            // "le FC Sochaux", "l'AJ Auxerre", "l'OGC Nice": a club's initials before a town make the club, initials included;
            // the tagger reads the town alone.
            var before = WordBefore(text, entity.Start);
            if (entity.Label != EntityLabel.Organization && ClubInitials.Contains(before)
                && (i == 0 || entities[i - 1].End <= entity.Start - 1 - before.Length))
            {
                entities[i] = entity with { Start = entity.Start - 1 - before.Length, Label = EntityLabel.Organization };
                continue;
            }

            var surface = text[entity.Start..entity.End];
            if (entity.Label != EntityLabel.Organization && (CompanyHeads.Contains(before) || IsLowercase(before) && CompanyHeads.Contains(WordBefore(text, entity.Start - 1 - before.Length))))
            {
                // "la société Cedel", "le groupe Bolloré", "l'agence Reuters": a name right after the noun that says what
                // kind of organization it is (or after it and one adjective: "le groupe sidérurgique Arcelor") names that
                // organization, even when it is also a person's or a place's.
                entities[i] = entity with { Label = EntityLabel.Organization };
                continue;
            }

            if (entity.Label == EntityLabel.Organization || surface.ContainsAny(' ', '\n') || (lexicon.Classify(surface) & LexiconClass.Organization) == 0)
            {
                continue;
            }

            bool acronym = surface.Length >= 2 && !surface.ContainsAnyInRange('a', 'z');
            if (acronym || IsBrandShaped(surface) || (lexicon.Classify(WordBefore(text, entity.Start)) & LexiconClass.OrganizationHead) != 0)
            {
                entities[i] = entity with { Label = EntityLabel.Organization };
            }
        }
    }

    /// <summary>
    /// A name written the way brands are and people's or places' names are not: with a sign inside or after it
    /// (<c>Canal+</c>) or a capital after a lowercase letter (<c>TikTok</c>, <c>YouTube</c>, <c>OpenAI</c>, <c>easyJet</c>).
    /// </summary>
    private static bool IsBrandShaped(ReadOnlySpan<char> name)
    {
        for (int i = 1; i < name.Length; i++)
        {
            if ((char.IsUpper(name[i]) && char.IsLower(name[i - 1])) || name[i] is '+' or '&')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Head nouns of companies, associations and media, after which a name is the organization's own; not the ones a
    /// person's name may follow in another sense ("le gouvernement Barnier", "le cabinet Fabius", "l'équipe Macron").
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompanyHeads =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        [
            "société", "groupe", "compagnie", "entreprise", "agence", "banque", "association", "fédération", "syndicat",
            "laboratoire", "institut", "fondation", "journal", "quotidien", "hebdomadaire", "chaîne", "radio", "mutuelle",
            "constructeur", "firme", "enseigne", "assureur", "éditeur", "éditions", "laboratoires", "établissements",
            "magasins", "chantiers", "transports", "assurances", "brasseries", "studios", "ateliers",
        ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The initials French sports clubs put before their town's name (Football Club, Association sportive…).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClubInitials =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        [
            "FC", "AS", "RC", "SC", "US", "AJ", "ES", "OGC", "SM", "EA", "ASM", "ASSE", "SCO", "AC", "CA", "CS", "USM", "RCS",
            "ESTAC", "ASNL", "HAC", "LOSC", "SCB", "USAP", "ASVEL", "JDA", "SLUC", "CSP",
        ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "33619 Bielefeld Allemagne", "75007 Paris France": two known places side by side in an address, which the tagger read
    /// as one, are two places, unless the lexicon knows the pair as one name.
    /// </summary>
    private static void SplitPlacePairs(ReadOnlySpan<char> text, List<Entity> entities, EntityLexicon lexicon)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            var surface = text[entity.Start..entity.End];
            int space = surface.IndexOf(' ');
            if (entity.Label != EntityLabel.Location || space <= 0 || surface[(space + 1)..].Contains(' ')
                || surface.Length > EntityLexicon.MaxKeyLength || (lexicon.Classify(surface) & LexiconClass.Place) != 0)
            {
                continue;
            }

            var first = surface[..space];
            var second = surface[(space + 1)..];
            if (IsKnownPlace(first, lexicon) && IsKnownPlace(second, lexicon))
            {
                entities[i] = entity with { End = entity.Start + space };
                entities.Insert(i + 1, entity with { Start = entity.Start + space + 1 });
                i++;
            }
        }
    }

    private static bool IsKnownPlace(ReadOnlySpan<char> word, EntityLexicon lexicon)
        => word.Length > 1 && char.IsUpper(word[0]) && (lexicon.Classify(word) & LexiconClass.Place) != 0;

    /// <summary>A lowercase word ("sidérurgique" in "le groupe sidérurgique Arcelor"), as <see cref="WordBefore"/> reads them: letters only.</summary>
    private static bool IsLowercase(ReadOnlySpan<char> word) => word.Length > 2 && char.IsLower(word[0]);

    /// <summary>The word just before <paramref name="start"/>, across one space; empty when there is none.</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int start)
    {
        int end = start - 1;
        if (end < 1 || text[end] != ' ')
        {
            return default;
        }

        int begin = end;
        while (begin > 0 && end - begin < EntityLexicon.MaxKeyLength && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return text[begin..end];
    }

    /// <summary>Puts each name in the list in text order, in place of the entities inside it, unless one reaches beyond it.</summary>
    private static void Merge(ReadOnlySpan<char> text, List<Entity> entities, List<Entity> names)
    {
        var merged = new List<Entity>(entities.Count + names.Count);
        int e = 0;
        foreach (var name in names)
        {
            while (e < entities.Count && entities[e].End <= name.Start)
            {
                merged.Add(entities[e++]);
            }

            int inside = e;
            float confidence = 0;
            int count = 0;
            bool beyond = false;
            while (inside < entities.Count && entities[inside].Start < name.End)
            {
                beyond |= entities[inside].Start < name.Start || entities[inside].End > name.End;
                confidence += entities[inside].Score;
                count++;
                inside++;
            }

            if (beyond)
            {
                // "[Rassemblement national et Les Républicains]": two names the tagger joined at a conjunction part there.
                if (count == 1 && SplitAtConjunction(text, entities[e], name) is { } rest)
                {
                    if (rest.Start < name.Start)
                    {
                        merged.Add(rest);
                        merged.Add(name with { Score = entities[e].Score });
                        e++;
                    }
                    else
                    {
                        merged.Add(name with { Score = entities[e].Score });
                        entities[e] = rest; // added by the next name's loop or at the end
                    }
                }

                continue; // otherwise the entities stay as the tagger read them
            }

            // Found by the model (in part): its confidence; found by the lexicon alone: a middling one.
            merged.Add(name with { Score = count > 0 ? confidence / count : 0.5f });
            e = inside;
        }

        while (e < entities.Count)
        {
            merged.Add(entities[e++]);
        }

        entities.Clear();
        entities.AddRange(merged);
    }

    /// <summary>
    /// The rest of <paramref name="entity"/> when it is <paramref name="name"/> and another name joined by " et ", on
    /// either side; null otherwise.
    /// </summary>
    private static Entity? SplitAtConjunction(ReadOnlySpan<char> text, Entity entity, Entity name)
    {
        const string conjunction = " et ";
        if (entity.Start == name.Start && entity.End > name.End + conjunction.Length && text[name.End..].StartsWith(conjunction, StringComparison.Ordinal))
        {
            return entity with { Start = name.End + conjunction.Length };
        }

        if (entity.End == name.End && entity.Start < name.Start - conjunction.Length && text[..name.Start].EndsWith(conjunction, StringComparison.Ordinal))
        {
            return entity with { End = name.Start - conjunction.Length };
        }

        return null;
    }

    private static bool IsCapitalised(ReadOnlySpan<char> text, Token token)
        => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    /// <summary>The inner words of a place name: capitalised words and the particles of place names (Rio de Janeiro).</summary>
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

    /// <summary>The lowercase words place names are written with (Rio de Janeiro, Val d'Isère, Saint-Pierre-et-Miquelon).</summary>
    public static bool IsParticle(ReadOnlySpan<char> word)
        => word is "de" or "du" or "des" or "la" or "le" or "les" or "l'" or "d'" or "y" or "el" or "al" or "da" or "do" or "dos" or "das" or "et" or "sur" or "en";
}
