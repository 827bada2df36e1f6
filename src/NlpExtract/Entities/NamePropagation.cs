namespace NlpExtract.Entities;

/// <summary>
/// A person the document names is that person wherever the text writes the name: "Le président ukrainien Volodymyr
/// Zelensky" makes the "Zelensky" that opens a later sentence, or a headline, a person too, where the tagger, which
/// reads one sentence at a time, saw only a capitalised word at a sentence start. Untagged occurrences of a person's full
/// name, or of its last word alone, become persons; a last word that the lexicon knows as a place or an organization
/// ("Anatole France") is not spread, and neither is one that the document also tags otherwise. A place or an organization
/// of several words ("Pas-de-Calais", "Météo-France") spreads the same way, with its label. Linear: one pass to
/// collect the names, one over the tokens, one merge. A name matches as the text writes it, or a full name in capitals (headlines).
/// </summary>
internal static class NamePropagation
{
    private const int MaxNameWords = 4;

    /// <summary>How many times the confidence a name gets as a place or an organization its confidence as a person must be, to be spread.</summary>
    private const float PersonMajority = 2f;

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Entity> entities, EntityLexicon lexicon)
    {
        // Case aside, so that a headline in capitals ("OLAF SCHOLZ À BERLIN") finds the name the article writes.
        var names = new Dictionary<string, EntityLabel>(StringComparer.OrdinalIgnoreCase);
        var ambiguous = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Confidence summed per name: as a person, and as a place or an organization tagged with some confidence.
        var asPerson = new Dictionary<string, float>(StringComparer.OrdinalIgnoreCase);
        var asOther = new Dictionary<string, float>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in entities)
        {
            var surface = text[entity.Start..entity.End];
            if (entity.Label != EntityLabel.Person)
            {
                // A place or an organization of several words ("Pas-de-Calais", "Météo-France", "Conseil de sécurité") is
                // no one's surname and no common word: it is that place or body wherever the text writes it again.
                if (entity.Label is EntityLabel.Location or EntityLabel.Organization && surface.ContainsAny(' ', '-') && surface.Length > 4)
                {
                    Add(names, ambiguous, surface.ToString(), entity.Label);
                }
                else if (entity.Score > EntityEdges.UnsureLabelScore)
                {
                    string other = surface.ToString();
                    asOther[other] = asOther.GetValueOrDefault(other) + entity.Score;
                }

                continue;
            }

            string person = surface.ToString();
            asPerson[person] = asPerson.GetValueOrDefault(person) + entity.Score;
            Add(names, ambiguous, person, EntityLabel.Person);
            int space = surface.LastIndexOf(' ');
            if (space > 0)
            {
                var surname = surface[(space + 1)..];
                if (surname.Length > 2 && char.IsUpper(surname[0]) && (lexicon.Classify(surname) & (LexiconClass.Place | LexiconClass.Organization | LexiconClass.FirstName)) == 0)
                {
                    Add(names, ambiguous, surname.ToString(), EntityLabel.Person);
                }
            }
        }

        // A name the tagger also read as a place or an organization is spread only when the person clearly wins the
        // document's vote ("Clarimonde", a person sixteen times and a place six, in a tale that names no place so): the
        // vote that one label per name takes afterwards would give those mentions to the person anyway.
        foreach (var (name, otherVote) in asOther)
        {
            if (asPerson.GetValueOrDefault(name) < PersonMajority * otherVote)
            {
                ambiguous.Add(name);
            }
        }

        foreach (string name in ambiguous)
        {
            names.Remove(name);
        }

        if (names.Count == 0)
        {
            return;
        }

        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        List<Entity>? found = null;
        int next = 0; // the first entity that does not end before the current token
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            while (next < entities.Count && entities[next].End <= token.Start)
            {
                next++;
            }

            if (next < entities.Count && entities[next].Start < token.End || token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start]))
            {
                continue;
            }

            // The longest name from here that no entity covers.
            for (int last = Math.Min(tokens.Length - 1, t + MaxNameWords - 1); last >= t; last--)
            {
                int end = tokens[last].End;
                if (next < entities.Count && entities[next].Start < end)
                {
                    continue;
                }

                var candidate = text[token.Start..end];
                if (!lookup.TryGetValue(candidate, out string? known, out var label))
                {
                    continue;
                }

                // As the text writes it, and not the first part of a longer capitalised name; or a full name in capitals.
                bool asWritten = candidate.SequenceEqual(known) && (last + 1 >= tokens.Length || !IsNameContinuation(text, tokens[last], tokens[last + 1]));
                bool inCapitals = last > t && !candidate.ContainsAnyInRange('a', 'z');
                if (asWritten || inCapitals)
                {
                    (found ??= []).Add(new Entity(token.Start, end, label, 0.5f));
                    t = last;
                    break;
                }
            }
        }

        if (found is not null)
        {
            EntityLists.MergeInOrder(entities, found);
        }
    }

    /// <summary>Files <paramref name="name"/> under <paramref name="label"/>, or as ambiguous when the document labels it otherwise too.</summary>
    private static void Add(Dictionary<string, EntityLabel> names, HashSet<string> ambiguous, string name, EntityLabel label)
    {
        if (names.TryGetValue(name, out var filed) && filed != label)
        {
            ambiguous.Add(name);
        }

        names.TryAdd(name, label);
    }

    /// <summary>A capitalised word right after, on the same line: the name found is part of a longer one ("Zelensky" in "Zelensky Street").</summary>
    private static bool IsNameContinuation(ReadOnlySpan<char> text, Token name, Token next)
        => next.Kind == TokenKind.Word && char.IsUpper(text[next.Start]) && !text[name.End..next.Start].Contains('\n');
}
