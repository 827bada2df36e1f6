using NlpExtract.Quotes;

namespace NlpExtract.Entities;

/// <summary>
/// "Keir Starmer a annoncé…", "Narendra Modi est arrivé…", "Bachar al-Assad a fui…": two or three capitalised words
/// (or a surname with its Arabic article) that open a sentence and
/// are followed by its verb are the person who does it, though no gazetteer knows the first name and a capital at a
/// sentence start tells the tagger nothing. Only words no French text writes in lowercase count (the word clusters know
/// "pierre" and "air", so "Air France a annoncé" is left to the tagger), and only before an auxiliary or a reporting
/// verb. Linear: one look at the start of each sentence, one merge.
/// </summary>
internal static class SentenceStartNames
{
    private const int MaxNameWords = 3;

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<Entity> entities, EntityLexicon lexicon)
    {
        if (lexicon.Clusters.Count == 0)
        {
            return; // without the clusters nothing tells a name from a capitalised common word
        }

        List<Entity>? found = null;
        int next = 0;
        Span<char> lower = stackalloc char[EntityLexicon.MaxKeyLength];
        foreach (var sentence in sentences)
        {
            int first = sentence.FirstToken;
            int last = first;
            while (last < first + sentence.TokenCount && last - first < MaxNameWords + 1
                   && (IsUnknownCapitalisedWord(text, tokens[last], lexicon, lower) || last > first && EntityConsistency.IsArticledSurname(text.Slice(tokens[last].Start, tokens[last].Length))))
            {
                last++;
            }

            // [first, last) are the capitalised words; the token at last must be the verb.
            int words = last - first;
            if (words is < 2 or > MaxNameWords || last >= first + sentence.TokenCount
                || !IsVerb(text.Slice(tokens[last].Start, tokens[last].Length)) && !IsTitleApposition(text, tokens, last, first + sentence.TokenCount, lexicon))
            {
                continue;
            }

            int start = tokens[first].Start, end = tokens[last - 1].End;
            while (next < entities.Count && entities[next].End <= start)
            {
                next++;
            }

            if (next < entities.Count && entities[next].Start < end)
            {
                continue; // the tagger read something there: it decides
            }

            (found ??= []).Add(new Entity(start, end, EntityLabel.Person, 0.5f));
        }

        if (found is not null)
        {
            EntityLists.MergeInOrder(entities, found);
        }
    }

    /// <summary>A capitalised word that no lexicon list holds and that French text never writes in lowercase (not in the clusters).</summary>
    internal static bool IsUnknownCapitalisedWord(ReadOnlySpan<char> text, Token token, EntityLexicon lexicon, Span<char> lower)
    {
        if (token.Kind != TokenKind.Word || token.Length < 2 || token.Length > lower.Length || !char.IsUpper(text[token.Start]))
        {
            return false;
        }

        var word = text.Slice(token.Start, token.Length);
        if (word.ContainsAny('\'', '’') || (lexicon.Classify(word) & (LexiconClass.Place | LexiconClass.Organization | LexiconClass.Title | LexiconClass.OrganizationHead | LexiconClass.PlaceHead)) != 0)
        {
            return false;
        }

        int length = word.ToLowerInvariant(lower);
        return lexicon.Clusters.Of(lower[..length]) < 0;
    }

    /// <summary>"Mikhaïl Bogdanov, vice-ministre russe des Affaires étrangères, a reçu…": a comma, then a title in lowercase.</summary>
    private static bool IsTitleApposition(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int comma, int sentenceEnd, EntityLexicon lexicon)
    {
        if (comma + 1 >= sentenceEnd || tokens[comma].Length != 1 || text[tokens[comma].Start] != ',' || tokens[comma + 1].Kind != TokenKind.Word
            || !char.IsLower(text[tokens[comma + 1].Start]))
        {
            return false;
        }

        return (lexicon.Classify(text.Slice(tokens[comma + 1].Start, tokens[comma + 1].Length)) & LexiconClass.Title) != 0;
    }

    private static bool IsVerb(ReadOnlySpan<char> word)
        => word is "a" or "est" or "avait" or "était" or "sera" or "va" or "doit" or "vient" or "ont" or "sont"
           || !ReportingVerbLexicon.Default.Lookup(word).IsEmpty;
}
