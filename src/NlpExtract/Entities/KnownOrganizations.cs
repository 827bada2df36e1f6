namespace NlpExtract.Entities;

/// <summary>
/// "Le président du Medef, Patrick Martin, a…": a word the lexicon lists as an organization and as nothing else (Medef,
/// CGT, Ifop, SNCF), written as the list writes it, is that organization where the tagger left it untagged — the tagger
/// weighs the lexicon against the context, and a title and a name around the word can outweigh it. A word the lists also
/// know as a place or a first name, one in lowercase, and one that opens a sentence (where a capital says nothing) are left
/// as the tagger read them. A short list of organizations the model's lists lack and that are nothing else (Greenpeace,
/// GIEC) is read over any label. Linear: one lookup per entity and per untagged capitalised word.
/// </summary>
internal static class KnownOrganizations
{
    /// <summary>Below the tagger's own confidences: a list entry with no context weighed.</summary>
    private const float ListScore = 0.5f;

    /// <summary>
    /// Organizations that are nothing else in French text but that the model's lists lack (adding them to the lexicon
    /// stored in the model means retraining it, which moved the dev scores down; see docs/EXPERIMENTS.md): these are
    /// organizations whatever label the tagger gave them ("porte-parole de Greenpeace France" had made a person).
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Unambiguous =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
            "Greenpeace", "Oxfam", "Amnesty", "WWF", "Attac", "Emmaüs", "Sud-Rail", "UNSA", "CFE-CGC", "Politico", "Euronews",
            "ArcelorMittal", "Veolia", "Natixis", "PNUE", "PNUD", "FAO", "OIT", "UNHCR", "GIEC", "Giec", "CNIL", "Cnil", "Arcom",
            "Ofpra", "Médecins sans frontières")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The last word of a company's name that says it is one ("Bouygues Telecom", "Air France Industries").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompanyWords =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
            "Telecom", "Télécom", "Energies", "Énergies", "Airlines", "Airways", "Bank", "Group", "Groupe", "Holding", "Assurances",
            "Motors", "Pharma", "Technologies", "Industries", "Médias", "Media", "Capital", "Consulting", "Automobiles")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Companies whose capitalised article is part of their name ("La Poste", "La Redoute"). Not the press ("Le Monde"):
    /// Sequoia marks a newspaper as a work, not an organization, and tagging them lost 0.15 point of its dev F1.
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticleNames =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal, "Poste", "Redoute")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<Entity> entities, EntityLexicon lexicon)
    {
        // The unambiguous names first, over whatever label the tagger gave them ("Greenpeace" alone, or "Greenpeace France").
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            var surface = text[entity.Start..entity.End];
            int space = surface.IndexOf(' ');
            int lastSpace = surface.LastIndexOf(' ');
            if (entity.Label is EntityLabel.Person or EntityLabel.Location
                && (Unambiguous.Contains(surface) || space > 0 && Unambiguous.Contains(surface[..space])
                    || lastSpace > 0 && CompanyWords.Contains(surface[(lastSpace + 1)..])))
            {
                entities[e] = entity with { Label = EntityLabel.Organization };
            }
        }

        // "La Poste supprime…": a company whose capitalised article is part of its name, which the tagger, reading the
        // article as a sentence's first word, leaves untagged.
        List<Entity>? found = null;
        int open = 0; // the first entity that does not end before the current token
        for (int t = 0; t + 1 < tokens.Length; t++)
        {
            var article = text.Slice(tokens[t].Start, tokens[t].Length);
            if (article is not ("Le" or "La" or "Les" or "L'" or "L’") || tokens[t + 1].Kind != TokenKind.Word)
            {
                continue;
            }

            while (open < entities.Count && entities[open].End <= tokens[t].Start)
            {
                open++;
            }

            var name = text[tokens[t + 1].Start..tokens[t + 1].End];
            bool glued = article[^1] is '\'' or '’';
            if ((open >= entities.Count || entities[open].Start >= tokens[t + 1].End) && ArticleNames.Contains(name)
                && (t + 2 >= tokens.Length || tokens[t + 2].Kind != TokenKind.Word || !char.IsUpper(text[tokens[t + 2].Start]))
                && (glued ? tokens[t + 1].Start == tokens[t].End : tokens[t + 1].Start > tokens[t].End))
            {
                (found ??= []).Add(new Entity(tokens[t].Start, tokens[t + 1].End, EntityLabel.Organization, ListScore));
            }
        }

        int next = 0; // the first entity that does not end before the current token
        int sentence = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            while (next < entities.Count && entities[next].End <= token.Start)
            {
                next++;
            }

            while (sentence + 1 < sentences.Length && sentences[sentence + 1].FirstToken <= t)
            {
                sentence++;
            }

            if (next < entities.Count && entities[next].Start < token.End || token.Kind != TokenKind.Word || !char.IsUpper(text[token.Start])
                || sentences.Length > 0 && sentences[sentence].FirstToken == t)
            {
                continue;
            }

            var word = text.Slice(token.Start, token.Length);
            if (lexicon.Classify(word) == LexiconClass.Organization || Unambiguous.Contains(word))
            {
                (found ??= []).Add(new Entity(token.Start, token.End, EntityLabel.Organization, ListScore));
            }
        }

        if (found is not null)
        {
            EntityLists.MergeInOrder(entities, found);
        }
    }
}
