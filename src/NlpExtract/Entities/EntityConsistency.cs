using NlpExtract.Quotes;
using NlpExtract.Tokenization;

namespace NlpExtract.Entities;

/// <summary>
/// One label per name across a document: a journalist who writes "Bogdanov" means the same person each time, so the
/// mentions of one surface form take the label their confidences favour overall, and a person's surname alone, tagged as
/// a place or an organization elsewhere in the text, is the person. Linear: one dictionary pass over the entities.
/// </summary>
internal static class EntityConsistency
{
    // The vote of a name in apposition to an organization noun: more than two confident mentions labelled otherwise.
    private const float AppositionVote = 2.5f;

    public static void Apply(ReadOnlySpan<char> text, List<Entity> entities)
    {
        // "Lequel est le plus affreux ?", "Laquelle ?": a capitalised function word alone names nobody, whatever the
        // capital at the sentence start made the tagger read.
        int kept = 0;
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (entity.Label == EntityLabel.Date || !FrenchTokenLexicon.IsSentenceStarter(text.Slice(entity.Start, entity.Length)))
            {
                entities[kept++] = entity;
            }
        }

        entities.RemoveRange(kept, entities.Count - kept);
        Datelines(text, entities);
        PersonConventions(text, entities);
        NobleNames(text, entities);
        RejoinGivenNames(text, entities);
        JoinNameParticles(text, entities);
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

            // "Le constructeur automobile Renault", "le groupe Renault": a name in apposition to a noun for a company or a
            // body is the text saying what it is, which outweighs a headline's or a "chez"'s guess.
            tally[(int)entity.Label] += entity.Label == EntityLabel.Organization && AfterOrganizationNoun(text, entity.Start)
                ? AppositionVote
                : entity.Score;
        }

        // Surnames of multi-word person names: "Mikhaïl Bogdanov" makes "Bogdanov" a person; and their given names when
        // the first-name list knows them: "Benoît Payan" makes "« Benoît est un bâtisseur »" speak of a person.
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var surface = text.Slice(entity.Start, entity.Length);
            int space = surface.LastIndexOf(' ');
            if (space > 0 && Winner(lookup[surface]) == EntityLabel.Person)
            {
                surnames.Add(surface[(space + 1)..].ToString());
                int firstSpace = surface.IndexOf(' ');
                if (FirstNames.GenderOf(surface[..firstSpace]) != Gender.Unknown)
                {
                    surnames.Add(surface[..firstSpace].ToString());
                }
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

    /// <summary>
    /// Whether the words before <paramref name="start"/> are a definite or indefinite article, a noun for an organization
    /// and at most one lowercase adjective ("le groupe ", "Le constructeur automobile ", "la société ").
    /// </summary>
    private static bool AfterOrganizationNoun(ReadOnlySpan<char> text, int start)
    {
        var before = text[..start].TrimEnd(' ');
        for (int words = 0; words < 2; words++)
        {
            int space = before.LastIndexOfAny(' ', '\n');
            var word = before[(space + 1)..];
            if (word.IsEmpty || !char.IsLower(word[0]))
            {
                return false;
            }

            var rest = space < 0 ? default : before[..space].TrimEnd(' ');
            int previous = rest.LastIndexOfAny(' ', '\n');
            var article = rest[(previous + 1)..];
            if (QuoteWords.OrganizationNouns.Contains(word) && article is "le" or "Le" or "la" or "La" or "l'" or "L'" or "un" or "Un" or "une" or "Une")
            {
                return true;
            }

            before = rest;
        }

        return false;
    }

    /// <summary>
    /// "WASHINGTON (AFP) —", "PARIS, 14 janvier —": the word in capitals that opens a dispatch, before the agency, a dash or
    /// a comma, is the place it was filed from, whatever the capitals made the tagger read.
    /// </summary>
    private static void Datelines(ReadOnlySpan<char> text, List<Entity> entities)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label is EntityLabel.Location or EntityLabel.Date || entity.Length < 3)
            {
                continue;
            }

            var before = text[..entity.Start].TrimEnd(' ');
            if (before.Length > 0 && before[^1] != '\n')
            {
                continue;
            }

            // One word ("JEAN DUPONT, maire de…" opening a portrait is a person), then the agency, a dash, or a comma and the
            // date ("PARIS, 14 janvier", "PARIS, le 14 janvier").
            var surface = text.Slice(entity.Start, entity.Length);
            if (surface.ContainsAnyInRange('a', 'z') || !surface.ContainsAnyInRange('A', 'Z') || surface.ContainsAny(' ', '\n'))
            {
                continue;
            }

            var after = text[entity.End..].TrimStart(' ');
            var date = after.Length > 1 && after[0] == ',' ? after[1..].TrimStart(' ') : default;
            if (date.StartsWith("le ", StringComparison.Ordinal))
            {
                date = date[3..];
            }

            if (after.Length > 0 && after[0] is '(' or '—' or '–' || date.Length > 0 && char.IsAsciiDigit(date[0]))
            {
                entities[i] = entity with { Label = EntityLabel.Location };
            }
        }
    }

    /// <summary>
    /// "de l'ONU Kofi Annan" read as [ONU Kofi] [Annan], or as [ONU] Kofi [Annan]: a capitalised word between an acronym
    /// and a person is the person's given name. The acronym keeps its entity. The words are read a bounded length back.
    /// </summary>
    private static void RejoinGivenNames(ReadOnlySpan<char> text, List<Entity> entities)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            var person = entities[i];
            int space = person.Start - 1;
            if (person.Label != EntityLabel.Person || space < 1 || text[space] != ' ')
            {
                continue;
            }

            int givenStart = space;
            while (givenStart > 0 && space - givenStart < MaxWordRead && (char.IsLetter(text[givenStart - 1]) || text[givenStart - 1] == '-'))
            {
                givenStart--;
            }

            var givenName = text[givenStart..space];
            if (givenName.Length < 2 || !char.IsUpper(givenName[0]) || givenName[1..].ContainsAnyExcept(LowercaseLetters)
                || givenStart < 2 || text[givenStart - 1] != ' ')
            {
                continue;
            }

            int acronymEnd = givenStart - 1;
            int acronymStart = acronymEnd;
            while (acronymStart > 0 && acronymEnd - acronymStart < MaxWordRead && char.IsLetter(text[acronymStart - 1]))
            {
                acronymStart--;
            }

            var acronym = text[acronymStart..acronymEnd];
            if (acronym.Length < 2 || acronym.ContainsAnyExcept(Capitals))
            {
                continue;
            }

            if (i > 0 && entities[i - 1].End > givenStart)
            {
                // The given name was read as the end of the acronym's entity: that entity gives it back.
                var before = entities[i - 1];
                if (before.End != space || before.Start > acronymStart)
                {
                    continue;
                }

                entities[i - 1] = before with { End = acronymEnd };
            }

            entities[i] = person with { Start = givenStart };
        }
    }

    /// <summary>
    /// "Ursula von der Leyen", "Mohammed ben Salmane", "Pedro de la Cruz": a person's name that the model cut in two at its
    /// particle (von, der, ben, de la…) is one name. Only two persons with nothing but particles between them are joined;
    /// "Macron et Scholz" keeps its two. The list is compacted in place, in one pass.
    /// </summary>
    private static void JoinNameParticles(ReadOnlySpan<char> text, List<Entity> entities)
    {
        int kept = 0;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (kept > 0 && entity.Label == EntityLabel.Person && entities[kept - 1] is { Label: EntityLabel.Person } previous
                && entity.Start > previous.End && IsParticleRun(text[previous.End..entity.Start]))
            {
                entities[kept - 1] = previous with { End = entity.End, Score = Math.Min(previous.Score, entity.Score) };
                continue;
            }

            if (entity.Label == EntityLabel.Person)
            {
                // "Bachar al-Assad", "Abou Bakr al-Baghdadi": the article of an Arabic surname is lowercase, so the tagger
                // stops before it.
                int end = ArticledSurnameEnd(text, entity.End);
                if (end > entity.End && (i + 1 >= entities.Count || entities[i + 1].Start >= end))
                {
                    entity = entity with { End = end };
                }
            }

            entities[kept++] = entity;
        }

        entities.RemoveRange(kept, entities.Count - kept);
    }

    /// <summary>
    /// Where a surname with an Arabic article ("al-Assad", "el-Sissi", "ben-Gvir") that follows a space at
    /// <paramref name="after"/> ends, or <paramref name="after"/> when none does.
    /// </summary>
    private static int ArticledSurnameEnd(ReadOnlySpan<char> text, int after)
    {
        if (after + 5 >= text.Length || text[after] != ' ')
        {
            return after;
        }

        var rest = text[(after + 1)..];
        int end = 0;
        while (end < rest.Length && end < MaxWordRead && (char.IsLetter(rest[end]) || rest[end] == '-'))
        {
            end++;
        }

        return IsArticledSurname(rest[..end]) ? after + 1 + end : after;
    }

    /// <summary>A surname with its Arabic article, written as one word: "al-Assad", "el-Sissi".</summary>
    internal static bool IsArticledSurname(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen is >= 2 and <= 3 && hyphen + 2 < word.Length && char.IsUpper(word[hyphen + 1])
               && word[..hyphen] is "al" or "el" or "ad" or "as" or "ar" or "an" or "at" or "az" or "ben" or "bin" or "ibn";
    }

    /// <summary>Spaces around one to three name particles, and nothing else: " von der ", " ben ", " de la ".</summary>
    private static bool IsParticleRun(ReadOnlySpan<char> between)
    {
        if (between.Length is < 3 or > 16 || between[0] != ' ' || between[^1] != ' ')
        {
            return false;
        }

        int words = 0;
        foreach (var range in between[1..^1].Split(' '))
        {
            var word = between[1..^1][range];
            if (!NameParticles.Contains(word.ToString()) || ++words > 3)
            {
                return false;
            }
        }

        return words > 0;
    }

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "ten", "zu", "ben", "bin", "bint", "ibn", "al", "el",
        "da", "di", "del", "della", "dos", "das", "do", "y",
    };

    private const int MaxWordRead = 40;

    /// <summary>
    /// The span conventions of person names: initials open a person's name ("R.-G. Réau", "F.L. Copperman", read as
    /// places or cut from the surname by the model), and a civility is not part of the name ("Dr Maréchal" →
    /// "Maréchal", as Sequoia marks it and as the speaker resolver names people).
    /// </summary>
    /// <summary>
    /// "le comte de Faverges", "du marquis de Villette", "la duchesse d'Uzès": the name after a title of nobility and its
    /// "de" is a person's, though it is a place's too (in the 7-romans corpus 282 of 290 such names are a person's).
    /// </summary>
    private static void NobleNames(ReadOnlySpan<char> text, List<Entity> entities)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label is EntityLabel.Location or EntityLabel.Organization && IsAfterNobleTitle(text, entity.Start))
            {
                entities[i] = entity with { Label = EntityLabel.Person };
            }
        }
    }

    /// <summary>Whether "title de " or "title d'" ends right before <paramref name="start"/>.</summary>
    private static bool IsAfterNobleTitle(ReadOnlySpan<char> text, int start)
    {
        var before = text[Math.Max(0, start - 16)..start];
        int of = before.EndsWith("de ", StringComparison.Ordinal) ? 3 : before.EndsWith("d'", StringComparison.Ordinal) || before.EndsWith("d’", StringComparison.Ordinal) ? 2 : 0;
        if (of == 0 || before.Length <= of || before[^(of + 1)] != ' ')
        {
            return false;
        }

        var words = before[..^(of + 1)];
        var title = words[(words.LastIndexOf(' ') + 1)..];
        Span<char> lower = stackalloc char[16];
        int length = title.ToLowerInvariant(lower);
        return length > 0 && QuoteWords.NobleTitles.Contains(lower[..length]);
    }

    private static void PersonConventions(ReadOnlySpan<char> text, List<Entity> entities)
    {
        // Compacted in place (a merge drops the entity after it): one pass, whatever the number of merges.
        int write = 0;
        for (int read = 0; read < entities.Count; read++)
        {
            var entity = entities[read];
            var surface = text.Slice(entity.Start, entity.Length);
            int initials = InitialsLength(surface);
            if (initials > 0 && initials == surface.Length && !IsCivility(surface))
            {
                // Initials alone: the surname is the next word, tagged or not.
                int word = entity.End + 1;
                int wordEnd = word;
                while (wordEnd < text.Length && wordEnd - word < 40 && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '-' or '\''))
                {
                    wordEnd++;
                }

                bool nextIsEntity = read + 1 < entities.Count && entities[read + 1].Start == word;
                if (entity.End < text.Length && text[entity.End] == ' ' && wordEnd - word >= 2 && char.IsUpper(text[word])
                    && (nextIsEntity || read + 1 >= entities.Count || entities[read + 1].Start >= wordEnd))
                {
                    int end = nextIsEntity ? entities[read + 1].End : wordEnd;
                    entity = new Entity(entity.Start, end, EntityLabel.Person, entity.Score);
                    if (nextIsEntity)
                    {
                        read++;
                    }
                }

                entities[write++] = entity;
                continue;
            }

            if (initials > 0 && initials + 1 < surface.Length && surface[initials] == ' ' && char.IsUpper(surface[initials + 1])
                && !IsCivility(surface[..initials]))
            {
                entity = entity with { Label = EntityLabel.Person };
            }

            if (entity.Label == EntityLabel.Person)
            {
                int space = surface.IndexOf(' ');
                if (space > 0 && IsCivility(surface[..space]) && space + 1 < surface.Length && char.IsUpper(surface[space + 1]))
                {
                    entity = entity with { Start = entity.Start + space + 1 };
                }
            }

            entities[write++] = entity;
        }

        entities.RemoveRange(write, entities.Count - write);
    }

    /// <summary>The length of the initials that open <paramref name="surface"/> ("J.", "F.L.", "R.-G."), or 0.</summary>
    private static int InitialsLength(ReadOnlySpan<char> surface)
    {
        int i = 0;
        while (i + 1 < surface.Length && char.IsUpper(surface[i]) && surface[i + 1] == '.')
        {
            i += 2;
            if (i + 1 < surface.Length && surface[i] == '-' && char.IsUpper(surface[i + 1]))
            {
                i++;
            }
        }

        return i > 0 && (i == surface.Length || surface[i] == ' ') ? i : 0;
    }

    private static bool IsCivility(ReadOnlySpan<char> word)
        => word is "M." or "MM." or "Mme" or "Mmes" or "Mlle" or "Mlles" or "Me" or "Dr" or "Dr." or "Pr" or "Mgr";

    private static readonly System.Buffers.SearchValues<char> LowercaseLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ-");

    private static readonly System.Buffers.SearchValues<char> Capitals =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ");

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
