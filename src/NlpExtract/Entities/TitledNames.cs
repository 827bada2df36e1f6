namespace NlpExtract.Entities;

/// <summary>
/// "le président ukrainien Volodymyr Zelensky", "la ministre Aurore Bergé": the capitalised words right after a title
/// (and the lowercase adjectives that qualify it) are the name of the person who holds it, even when no gazetteer knows
/// the first name and the tagger kept only the surname, or nothing. A word counts only when no lexicon list calls it a
/// place, an organization or a title and French text never writes it in lowercase (the word clusters), so "le
/// président Paris" or "le ministre Jeudi" cannot happen; a name the tagger found right after such words is extended to
/// them. An acronym is no name here ("la ligne directrice CHMP"). Linear: one look after each title.
/// </summary>
internal static class TitledNames
{
    // Words between the title and the name: "le président ukrainien", "le Premier ministre britannique".
    private const int MaxQualifiers = 2;
    private const int MaxNameWords = 3;

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Entity> entities, EntityLexicon lexicon)
    {
        if (lexicon.Clusters.Count == 0 || tokens.Length == 0)
        {
            return;
        }

        Span<char> lower = stackalloc char[EntityLexicon.MaxKeyLength];
        List<Entity>? found = null;
        int next = 0; // the first entity that ends after the token being read
        for (int t = 0; t < tokens.Length; t++)
        {
            // A capital within reach comes first: it is one character to read, the title a dictionary lookup.
            if (!CapitalWithin(text, tokens, t + 1, MaxQualifiers + 1) || !IsLowercaseTitle(text, tokens[t], lexicon))
            {
                continue;
            }

            int name = t + 1;
            while (name < tokens.Length && name - t - 1 < MaxQualifiers && IsLowercaseWord(text, tokens[name])
                   && !IsLowercaseTitle(text, tokens[name], lexicon))
            {
                name++;
            }

            int end = name;
            while (end < tokens.Length && end - name < MaxNameWords && IsSpaceBefore(text, tokens, end)
                   && SentenceStartNames.IsUnknownCapitalisedWord(text, tokens[end], lexicon, lower)
                   && text.Slice(tokens[end].Start, tokens[end].Length).ContainsAnyInRange('a', 'z'))
            {
                end++;
            }

            if (end == name)
            {
                continue;
            }

            int start = tokens[name].Start;
            while (next < entities.Count && entities[next].End <= start)
            {
                next++;
            }

            if (next < entities.Count && entities[next].Start < tokens[end - 1].End)
            {
                continue; // the tagger read something over these words: it decides
            }

            if (next < entities.Count && entities[next].Label == EntityLabel.Person && end < tokens.Length
                && entities[next].Start == tokens[end].Start && IsSpaceBefore(text, tokens, end))
            {
                entities[next] = entities[next] with { Start = start }; // "Volodymyr" + the tagger's "Zelensky"
            }
            else
            {
                (found ??= []).Add(new Entity(start, tokens[end - 1].End, EntityLabel.Person, 0.5f));
            }

            t = end - 1;
        }

        if (found is not null)
        {
            EntityLists.MergeInOrder(entities, found);
        }
    }

    private static bool CapitalWithin(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from, int count)
    {
        for (int i = from; i < tokens.Length && i < from + count; i++)
        {
            if (char.IsUpper(text[tokens[i].Start]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLowercaseTitle(ReadOnlySpan<char> text, Token token, EntityLexicon lexicon)
        => IsLowercaseWord(text, token) && (lexicon.Classify(text.Slice(token.Start, token.Length)) & LexiconClass.Title) != 0;

    private static bool IsLowercaseWord(ReadOnlySpan<char> text, Token token)
        => token.Kind == TokenKind.Word && char.IsLower(text[token.Start]);

    private static bool IsSpaceBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
        => i > 0 && tokens[i].Start - tokens[i - 1].End == 1 && text[tokens[i - 1].End] == ' ';
}
