namespace NlpExtract.Entities;

/// <summary>
/// An organization defined with its acronym: "le comité des médicaments à usage humain (CHMP)", "la Confédération
/// générale du travail (CGT)". A name followed by a capitalised acronym in brackets whose first letter is the name's is
/// an organization when the model read it as one or when it opens on an organization head noun (comité, ministère,
/// agence…), lowercase as French writes most of them; the acronym is then an organization, there and wherever the
/// document repeats it. The tagger reads words one by one and misses both: a lowercase phrase looks like no name, and an
/// acronym it has not seen is nothing to it. Linear: one pass for the definitions, one for the repeats, one merge.
/// </summary>
internal static class AcronymDefinitions
{
    private const int MaxNameWords = 10;
    private const int MaxAcronymLength = 10;

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Entity> entities, EntityLexicon lexicon)
    {
        HashSet<string>? acronyms = null;
        List<Entity>? found = null;
        int next = 0;
        for (int open = 1; open + 2 < tokens.Length; open++)
        {
            if (text[tokens[open].Start] != '(' || tokens[open].Length != 1 || text[tokens[open + 2].Start] != ')'
                || !IsAcronym(text.Slice(tokens[open + 1].Start, tokens[open + 1].Length)))
            {
                continue;
            }

            char initial = char.ToLowerInvariant(text[tokens[open + 1].Start]);
            int nameEnd = tokens[open - 1].End;
            while (next < entities.Count && entities[next].End < nameEnd)
            {
                next++;
            }

            Entity? name = null;
            if (next < entities.Count && entities[next].End == nameEnd && entities[next].Label == EntityLabel.Organization
                && char.ToLowerInvariant(text[entities[next].Start]) == initial)
            {
                name = entities[next]; // the model read the name: an organization whose first letter is the acronym's
            }
            else if (HeadBefore(text, tokens, open, initial, lexicon) is { } head)
            {
                // A place or a person the model read inside it ("laboratoire d'astrophysique de Besançon") gives way.
                name = new Entity(tokens[head].Start, nameEnd, EntityLabel.Organization, 0.7f);
            }

            if (name is null)
            {
                continue;
            }

            (found ??= []).Add(name.Value);
            (acronyms ??= new HashSet<string>(StringComparer.Ordinal)).Add(text.Slice(tokens[open + 1].Start, tokens[open + 1].Length).ToString());
        }

        if (acronyms is null)
        {
            return;
        }

        // The acronym, in the brackets and wherever the document writes it again.
        var lookup = acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in tokens)
        {
            if (token.Length <= MaxAcronymLength && lookup.Contains(text.Slice(token.Start, token.Length)))
            {
                found!.Add(new Entity(token.Start, token.End, EntityLabel.Organization, 0.7f));
            }
        }

        found!.Sort((a, b) => a.Start.CompareTo(b.Start));
        EntityLists.MergeReplacingInside(entities, found);
    }

    /// <summary>
    /// The token of an organization head noun that opens the words before the bracket at <paramref name="open"/>: after a
    /// determiner or a preposition, with only words between it and the bracket, its first letter the acronym's.
    /// </summary>
    private static int? HeadBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int open, char initial, EntityLexicon lexicon)
    {
        for (int i = open - 1; i >= 1 && i >= open - MaxNameWords; i--)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                return null; // a comma or a bracket: the name does not reach further back
            }

            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            if (char.ToLowerInvariant(word[0]) == initial && (lexicon.Classify(word.ToString().ToLowerInvariant()) & LexiconClass.OrganizationHead) != 0
                && IsDeterminerOrPreposition(text.Slice(tokens[i - 1].Start, tokens[i - 1].Length)))
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsDeterminerOrPreposition(ReadOnlySpan<char> word)
        => word is "le" or "la" or "l'" or "l’" or "Le" or "La" or "L'" or "L’" or "les" or "Les" or "du" or "au" or "aux" or "des"
            or "un" or "une" or "Un" or "Une" or "de" or "d'" or "d’" or "à" or "par" or "pour" or "ce" or "cet" or "cette" or "son" or "sa" or "leur";

    /// <summary>Two to ten capitals, a hyphen or an ampersand between them allowed (CHMP, PPE-DE, AT&amp;T); not a roman numeral.</summary>
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > MaxAcronymLength || !char.IsUpper(word[0]) || !char.IsUpper(word[^1]))
        {
            return false;
        }

        bool roman = true;
        foreach (char c in word)
        {
            if (!char.IsUpper(c) && c is not ('-' or '&'))
            {
                return false;
            }

            roman &= c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M';
        }

        return !roman;
    }
}
