using System.Collections.Frozen;

namespace NlpExtract.Entities;

/// <summary>
/// The edges of a name: the tagger scores one token at a time and now and then carries a name over the comma or the verb
/// after it ("le groupe [Rassemblement national a] voté", "[Rassemblement national,] Marine Le Pen"). No name ends on
/// punctuation (a closing bracket or quote whose opening mark is inside the name aside: "[Hôtel-Dieu (Paris)]") or on a
/// lowercase word of a closed class (auxiliary, article, preposition, conjunction, pronoun), and none begins on
/// punctuation; those tokens are cut off, and a name left with nothing is dropped. Linear: each entity's tokens are found
/// by binary search and each is read at most once.
/// </summary>
internal static class EntityEdges
{
    /// <summary>Lowercase words that may sit inside a name ("Banque de France", "Rio de Janeiro") but never end one.</summary>
    private static readonly FrozenSet<string> NeverLast = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "est", "es", "sont", "était", "étaient", "sera", "seront",
        "fut", "furent", "de", "du", "des", "d'", "d’", "à", "au", "aux", "en", "et", "ou", "ni", "mais", "car", "donc", "que",
        "qu'", "qu’", "qui", "dont", "le", "la", "les", "l'", "l’", "un", "une", "ce", "cet", "cette", "ces", "se", "s'", "s’",
        "il", "elle", "ils", "elles", "on", "par", "pour", "sur", "dans", "avec", "sans", "sous", "vers", "chez", "entre", "ne",
        "n'", "n’", "y", "son", "sa", "ses", "leur", "leurs",
    ]);

    /// <summary>Lowercase words a person's name may start with ("de Gaulle", "van Gogh", "d'Artagnan", "al-Assad").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "de", "d'", "d’", "du", "des", "van", "von", "der", "den", "ter", "le", "la", "di", "da", "del", "della", "dos", "das", "ben", "bin",
        "ibn", "al", "el", "abu", "mac", "zu",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverLastLookup = NeverLast.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The confidence left to a place or an organization cut from an opening word: the tagger labelled the span with the
    /// capital before the name, so the label is a guess that the document's other mentions of the name outvote (see
    /// <see cref="EntityConsistency"/>), and that does not make the name ambiguous for <see cref="NamePropagation"/>.
    /// </summary>
    internal const float UnsureLabelScore = 0.25f;

    /// <summary>
    /// Capitalised conjunctions and adverbs that open sentences and begin no name (unlike the articles of "Le Pen", "La
    /// Rochelle", "Les Républicains", or "Comme des Garçons", "Pour la Science", left out).
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpeningWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Quand", "Lorsque", "Lorsqu'", "Lorsqu’", "Puisque", "Puisqu'", "Puisqu’", "Mais", "Et", "Puis", "Alors", "Cependant",
        "Pourtant", "Toutefois", "Enfin", "Ainsi", "Donc", "Selon", "Pendant", "Depuis", "Dès", "Tandis", "Aussitôt",
    ]).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Entity> entities)
    {
        List<Entity>? split = null;
        int kept = 0;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            int first = TokenOffsets.FirstEndingAfter(tokens, entity.Start);
            int last = TokenOffsets.FirstEndingAfter(tokens, entity.End) - 1;
            if (first >= tokens.Length || last < first || tokens[first].Start != entity.Start || tokens[last].End != entity.End)
            {
                // Not on token edges (a name built by another stage from characters): left as it is.
                entities[kept++] = entity;
                continue;
            }

            var surface = text[entity.Start..entity.End];
            while (last >= first && EndsNothing(text, tokens[last], surface[..(tokens[last].Start - entity.Start)], last > first))
            {
                last--;
            }

            while (first <= last && tokens[first].Kind == TokenKind.Punctuation && !IsOpenedBracketClosedBy(text, tokens[first], text[tokens[first].End..tokens[last].End]))
            {
                first++;
            }

            // "« Quand Médor a vu… »", "Mais Bouvard…", "Selon Emmanuel Macron,": a conjunction or an adverb that opens the
            // sentence is capitalised there, and the tagger, which reads capitals, carries the name back over it. No name
            // starts with one; what follows it is the name, its label to be settled by the document's other mentions.
            var score = entity.Score;
            while (first < last && entity.Label is EntityLabel.Person or EntityLabel.Organization or EntityLabel.Location
                   && OpeningWords.Contains(text[tokens[first].Start..tokens[first].End]))
            {
                first++;
                // (A place or a body read over "Quand Médor" is most often a person whose name the capital hid.)
                score = entity.Label == EntityLabel.Person ? score : Math.Min(score, UnsureLabelScore);
            }

            // "le 737 MAX", "l'A320 NEO": a word in capitals right after a number is a model's name, not a person.
            bool modelName = entity.Label == EntityLabel.Person && first == last && first > 0 && tokens[first - 1].Kind == TokenKind.Number
                             && tokens[first].Start - tokens[first - 1].End == 1 && !text[tokens[first].Start..tokens[first].End].ContainsAnyInRange('a', 'z');
            // "la Belge", "l'Américaine", "les Français": a noun of nationality names a person or a people, no entity;
            // before a name it is the person's description ("le Slovène Tadej Pogacar"), and the name is a person's.
            bool demonym = first <= last && Demonyms.Contains(text[tokens[first].Start..tokens[first].End]);
            var label = entity.Label;
            if (demonym && first < last && tokens[first + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[first + 1].Start])
                && !text[tokens[first].End..tokens[first + 1].Start].Contains('\n'))
            {
                first++;
                demonym = false;
                label = EntityLabel.Person;
            }

            // "le tribunal de Créteil", "le parquet de Paris": a court in lowercase named by its town is a common noun and a
            // place, as Sequoia marks it (the town alone, a place, for 9 of the 12 such courts of its training split; 2 mark
            // the court, 1 nothing). "la Cour d'appel de Paris", capitalised, is a name and stays an organization.
            if (label == EntityLabel.Organization && first < last && IsCourtOfATown(text, tokens, first, last, out int town))
            {
                first = town;
                label = EntityLabel.Location;
            }

            // "madame François vint se rasseoir": a person's name ends on a capitalised word (particles sit inside it: "Charles
            // de Gaulle"); a lowercase word the tagger carried on is the verb or the noun after the name. Nor does it start
            // on one other than a particle ("le président brésilien Lula": the adjective is the description's).
            while (label == EntityLabel.Person && last > first && tokens[last].Kind == TokenKind.Word && char.IsLower(text[tokens[last].Start]))
            {
                last--;
            }

            while (label == EntityLabel.Person && first < last && tokens[first].Kind == TokenKind.Word && char.IsLower(text[tokens[first].Start])
                   && !NameParticles.Contains(text[tokens[first].Start..tokens[first].End]))
            {
                first++;
            }

            // "contre Mohamed M., jugé depuis lundi": a person's initial after the given name is part of the name (court
            // reports write the surname so), unless a capitalised word follows it ("Mohamed M. Dupont" is another reading).
            if (label == EntityLabel.Person && first <= last && !demonym && IsInitialAfter(text, tokens, last)
                && !(last + 2 < tokens.Length && tokens[last + 2].Kind == TokenKind.Word && char.IsUpper(text[tokens[last + 2].Start])))
            {
                last++;
            }

            // "demanda Claude à Florent": two persons, the one who speaks and the one spoken to; "Frédéric rencontra
            // Deslauriers": two persons and the verb between them. A person's name holds no lowercase word but its particles.
            if (label == EntityLabel.Person && first < last && InnerBreakAt(text, tokens, first, last) is int to and > 0)
            {
                (split ??= []).Add(entity with { Start = tokens[to + 1].Start, End = tokens[last].End, Label = label });
                last = to - 1;
            }

            if (first <= last && !modelName && !demonym)
            {
                entities[kept++] = entity with { Start = tokens[first].Start, End = tokens[last].End, Label = label, Score = score };
            }
        }

        entities.RemoveRange(kept, entities.Count - kept);
        if (split is not null)
        {
            entities.AddRange(split);
            entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// The token of a lowercase word other than a particle between two capitalised words inside tokens
    /// <paramref name="first"/>…<paramref name="last"/> ("Claude à Florent", "Frédéric rencontra Deslauriers"), or -1:
    /// what follows it is another person.
    /// </summary>
    private static int InnerBreakAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        for (int i = first + 1; i < last; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            if (tokens[i].Kind == TokenKind.Word && char.IsLower(word[0]) && !NameParticles.Contains(word)
                && char.IsUpper(text[tokens[i - 1].Start]) && char.IsUpper(text[tokens[i + 1].Start]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether tokens <paramref name="first"/>…<paramref name="last"/> are a court in lowercase followed by its town
    /// ("tribunal correctionnel de Nanterre", "parquet de Paris"); <paramref name="town"/> is the town's first token.
    /// </summary>
    private static bool IsCourtOfATown(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last, out int town)
    {
        town = -1;
        var head = text.Slice(tokens[first].Start, tokens[first].Length);
        if (!head.SequenceEqual("tribunal") && !head.SequenceEqual("parquet"))
        {
            return false;
        }

        for (int k = first + 1; k < last; k++)
        {
            var word = text.Slice(tokens[k].Start, tokens[k].Length);
            if (word is "de" or "d'" or "d’" && tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[k + 1].Start]))
            {
                town = k + 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token after <paramref name="last"/>, one space away, is an initial: one capital and its period (M., D.).</summary>
    private static bool IsInitialAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last)
    {
        if (last + 1 >= tokens.Length)
        {
            return false;
        }

        var next = tokens[last + 1];
        return next.Length == 2 && next.Start == tokens[last].End + 1 && text[tokens[last].End] == ' ' && char.IsUpper(text[next.Start])
               && text[next.Start + 1] == '.';
    }

    /// <summary>Whether <paramref name="token"/>, the last of a name whose earlier text is <paramref name="before"/>, cannot end it.</summary>
    private static bool EndsNothing(ReadOnlySpan<char> text, Token token, ReadOnlySpan<char> before, bool hasWordsBefore)
    {
        var word = text.Slice(token.Start, token.Length);
        if (token.Kind == TokenKind.Punctuation)
        {
            return !ClosesBracketIn(word, before);
        }

        return hasWordsBefore && token.Kind == TokenKind.Word && word.Length <= 6 && char.IsLower(word[0]) && NeverLastLookup.Contains(word);
    }

    /// <summary>Whether the punctuation <paramref name="mark"/> closes a bracket or quote opened in <paramref name="before"/>.</summary>
    private static bool ClosesBracketIn(ReadOnlySpan<char> mark, ReadOnlySpan<char> before) => mark switch
    {
        ")" => before.Contains('('),
        "]" => before.Contains('['),
        "»" => before.Contains('«'),
        "”" => before.Contains('“'),
        "\"" => before.Count('"') % 2 == 1,
        _ => false,
    };

    /// <summary>Whether the opening mark <paramref name="token"/> is closed in the rest of the name, <paramref name="after"/>.</summary>
    private static bool IsOpenedBracketClosedBy(ReadOnlySpan<char> text, Token token, ReadOnlySpan<char> after) => text.Slice(token.Start, token.Length) switch
    {
        "(" => after.Contains(')'),
        "[" => after.Contains(']'),
        "«" => after.Contains('»'),
        "“" => after.Contains('”'),
        "\"" => after.Contains('"'),
        _ => false,
    };
}
