namespace NlpExtract.Entities;

/// <summary>
/// "Le président du Medef, Patrick Martin, a…": a word the lexicon lists as an organization and as nothing else (Medef,
/// CGT, Ifop, SNCF), written as the list writes it, is that organization where the tagger left it untagged — the tagger
/// weighs the lexicon against the context, and a title and a name around the word can outweigh it. A word the lists also
/// know as a place or a first name, one in lowercase, and one that opens a sentence (where a capital says nothing) are left
/// as the tagger read them. Linear: one lookup per untagged capitalised word.
/// </summary>
internal static class KnownOrganizations
{
    /// <summary>Below the tagger's own confidences: a list entry with no context weighed.</summary>
    private const float ListScore = 0.5f;

    public static void Apply(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, List<Entity> entities, EntityLexicon lexicon)
    {
        List<Entity>? found = null;
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
            if (lexicon.Classify(word) == LexiconClass.Organization)
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
