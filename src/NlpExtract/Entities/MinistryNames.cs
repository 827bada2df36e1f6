namespace NlpExtract.Entities;

/// <summary>
/// "le ministère de la justice", "le ministère russe des Affaires étrangères", "du ministère de l'économie numérique": a
/// ministry is an organization, and French writes its name in lowercase as often as not, which the tagger, reading
/// capitals, misses. After tagging, "ministère" (a nationality in between allowed) followed by its "de" and the noun of
/// its portfolio, with one adjective after it ("affaires étrangères"), is one organization; an entity the tagger found
/// inside it gives way, one that reaches beyond it stays. Linear: one look per "ministère", one merge.
/// </summary>
internal static class MinistryNames
{
    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Entity> entities)
    {
        List<Entity>? found = null;
        for (int i = 0; i + 2 < tokens.Length; i++)
        {
            if (Word(text, tokens[i]) is not "ministère")
            {
                continue; // "Ministère" with its capital is a name the tagger reads
            }

            int p = PortfolioStart(text, tokens, i, orTo: false);
            if (p < 0 || tokens[p].Kind != TokenKind.Word)
            {
                continue;
            }

            int last = p;
            if (p + 1 < tokens.Length && IsLowercaseWord(text, tokens[p + 1]) && LooksAdjective(Word(text, tokens[p + 1])))
            {
                last = p + 1; // "affaires étrangères", "économie numérique"
            }

            (found ??= []).Add(new Entity(tokens[i].Start, tokens[last].End, EntityLabel.Organization, 0.7f));
            i = last;
        }

        if (found is not null)
        {
            EntityLists.MergeReplacingInside(entities, found);
        }

        DropPortfolios(text, tokens, entities);
    }

    /// <summary>
    /// The first token of the portfolio after "ministère" or "ministre" at <paramref name="head"/>: past one lowercase
    /// adjective ("ministère russe des…", "ministre délégué aux…"), its "de" (or "à", with <paramref name="orTo"/>) and a
    /// "la"; −1 when the words after the head are not so.
    /// </summary>
    private static int PortfolioStart(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int head, bool orTo)
    {
        int p = head + 1;
        if (p < tokens.Length && IsLowercaseWord(text, tokens[p]) && !IsOf(Word(text, tokens[p])))
        {
            p++;
        }

        if (p + 1 >= tokens.Length || !(IsOf(Word(text, tokens[p])) || orTo && Word(text, tokens[p]) is "aux" or "à" or "au"))
        {
            return -1;
        }

        p++;
        if (Word(text, tokens[p]) is "la" or "l'" or "l’")
        {
            p++;
        }

        return p < tokens.Length ? p : -1;
    }

    /// <summary>
    /// "la ministre de la Santé", "le ministre des Affaires étrangères Jean-Noël Barrot": the portfolio after "ministre" is
    /// part of a person's title, not an organization or a place (Sequoia marks the title, not the portfolio); the tagger,
    /// reading its capital, may call it one. An organization or place that starts at the portfolio and ends within its
    /// next two words goes; a person named after it stays.
    /// </summary>
    private static void DropPortfolios(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Entity> entities)
    {
        if (entities.Count == 0)
        {
            return;
        }

        int e = 0;
        HashSet<int>? portfolios = null;
        for (int i = 0; i + 2 < tokens.Length && e < entities.Count; i++)
        {
            if (Word(text, tokens[i]) is not ("ministre" or "ministres"))
            {
                continue;
            }

            int p = PortfolioStart(text, tokens, i, orTo: true);
            if (p < 0)
            {
                continue;
            }

            int start = tokens[p].Start;
            int limit = tokens[Math.Min(tokens.Length - 1, p + 2)].End;
            while (e < entities.Count && entities[e].Start < start)
            {
                e++;
            }

            if (e < entities.Count && entities[e].Start == start && entities[e].End <= limit && entities[e].Label != EntityLabel.Person)
            {
                (portfolios ??= []).Add(e);
            }
        }

        if (portfolios is not null)
        {
            int index = 0;
            entities.RemoveAll(_ => portfolios.Contains(index++)); // one pass, whatever their number
        }
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token token) => text.Slice(token.Start, token.Length);

    private static bool IsOf(ReadOnlySpan<char> word) => word is "de" or "d'" or "d’" or "du" or "des";

    private static bool IsLowercaseWord(ReadOnlySpan<char> text, Token token)
        => token.Kind == TokenKind.Word && char.IsLower(text[token.Start]);

    /// <summary>The endings of the adjectives that complete a portfolio (étrangères, sociale, numérique, national, européennes).</summary>
    private static bool LooksAdjective(ReadOnlySpan<char> word)
        => word.Length > 3 && (word.EndsWith("ère") || word.EndsWith("ères") || word.EndsWith("ale") || word.EndsWith("ales")
                               || word.EndsWith("al") || word.EndsWith("aux") || word.EndsWith("ique") || word.EndsWith("iques")
                               || word.EndsWith("elle") || word.EndsWith("elles") || word.EndsWith("el") || word.EndsWith("enne")
                               || word.EndsWith("ennes") || word.EndsWith("aine") || word.EndsWith("aines") || word.EndsWith("ire")
                               || word.EndsWith("ires"));
}
