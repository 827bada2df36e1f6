using System.Collections.Immutable;
using NlpExtract.Entities;

namespace NlpExtract.Quotes;

/// <summary>
/// Runs quote finding and speaker resolution over a document, one section at a time. A collection of stories or a page of
/// news briefs puts several texts in one document, each opened by a title on a line of its own in capitals ("LA BÛCHE",
/// "RENNES SE SÉPARE DE DIAWARA."): who spoke last, who bears a name or a title, what a pronoun can refer to, all stop at
/// such a title, so that "elle demanda" in one story is never given to the heroine of the story before.
/// </summary>
internal static class QuoteStage
{
    /// <summary>Longest line, in tokens, read as a title: a line of capitals longer than this is shouting, not a title.</summary>
    private const int MaxTitleTokens = 12;

    /// <summary>The quotes and speakers of a document whose tokens, sentences and entities are given.</summary>
    public static (ImmutableArray<Quote> Quotes, ImmutableArray<Speaker> Speakers) Run(
        string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, ImmutableArray<Entity> entities, EntityLexicon names)
    {
        var starts = SectionStarts(text, tokens, sentences);
        if (starts.Count == 0)
        {
            return RunSection(new QuoteText(text, tokens, sentences, entities), names);
        }

        var quotes = ImmutableArray.CreateBuilder<Quote>();
        var speakers = ImmutableArray.CreateBuilder<Speaker>();
        int firstSentence = 0;
        int firstEntity = 0;
        for (int s = 0; s <= starts.Count; s++)
        {
            int endSentence = s < starts.Count ? starts[s] : sentences.Length;
            int firstToken = sentences[firstSentence].FirstToken;
            var last = sentences[endSentence - 1];
            int endToken = last.FirstToken + last.TokenCount;
            int endChar = tokens[endToken - 1].End;
            int endEntity = firstEntity;
            while (endEntity < entities.Length && entities[endEntity].Start < endChar)
            {
                endEntity++;
            }

            var sectionSentences = ImmutableArray.CreateBuilder<Sentence>(endSentence - firstSentence);
            for (int i = firstSentence; i < endSentence; i++)
            {
                var sentence = sentences[i];
                sectionSentences.Add(sentence with { FirstToken = sentence.FirstToken - firstToken });
            }

            var section = new QuoteText(text, tokens[firstToken..endToken], sectionSentences.MoveToImmutable(), entities[firstEntity..endEntity]);
            var (sectionQuotes, sectionSpeakers) = RunSection(section, names);

            // Each section numbers its quotes and speakers from 0; the document's lists put them one after another.
            int quoteBase = quotes.Count;
            int speakerBase = speakers.Count;
            foreach (var quote in sectionQuotes)
            {
                quotes.Add(quote.SpeakerIndex >= 0 ? quote with { SpeakerIndex = quote.SpeakerIndex + speakerBase } : quote);
            }

            foreach (var speaker in sectionSpeakers)
            {
                speakers.Add(speaker with { Quotes = [.. speaker.Quotes.Select(q => q + quoteBase)] });
            }

            firstSentence = endSentence;
            firstEntity = endEntity;
        }

        return (quotes.ToImmutable(), speakers.ToImmutable());
    }

    private static (ImmutableArray<Quote> Quotes, ImmutableArray<Speaker> Speakers) RunSection(QuoteText section, EntityLexicon names)
    {
        var grammar = new QuoteGrammar(section, ReportingVerbLexicon.Default, names);
        var drafts = QuoteExtractor.Extract(grammar);

        // Indexing names costs a pass over the section: only worth it when there is someone to name.
        return drafts.Count > 0 ? new SpeakerResolver(grammar).Resolve(drafts) : ([], []);
    }

    /// <summary>The sentences, after the first, that are a title: alone on their line, in capitals, short.</summary>
    private static List<int> SectionStarts(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences)
    {
        var starts = new List<int>();
        for (int s = 1; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            if (sentence.TokenCount <= MaxTitleTokens && IsTitle(text, tokens, sentence))
            {
                starts.Add(s);
            }
        }

        return starts;
    }

    private static bool IsTitle(string text, ImmutableArray<Token> tokens, Sentence sentence)
    {
        if (!OnItsOwnLine(text, tokens, sentence))
        {
            return false;
        }

        // Letters in capitals, words and the punctuation a title or a signature carries ("HENRI FONTAL."), and one word
        // of two letters at least: "— NON !" or "A." is a line of dialogue or an initial, not a title.
        bool word = false;
        for (int i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            var token = text.AsSpan(tokens[i].Start, tokens[i].Length);
            int letters = 0;
            foreach (char c in token)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                if (char.IsUpper(c))
                {
                    letters++;
                }
                else if (!(c is '\'' or '’' or '-' or '.' or ',' || char.IsDigit(c)))
                {
                    return false;
                }
            }

            word |= letters >= 2;
        }

        return word;
    }

    /// <summary>
    /// Whether a line break lies between the sentence and the tokens on either side of it: a paragraph of its own, as
    /// <see cref="QuoteText.StartsParagraph"/> reads paragraphs.
    /// </summary>
    private static bool OnItsOwnLine(string text, ImmutableArray<Token> tokens, Sentence sentence)
    {
        int first = sentence.FirstToken;
        int next = first + sentence.TokenCount;
        return (first == 0 || text.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End).Contains('\n'))
               && (next >= tokens.Length || text.AsSpan(tokens[next - 1].End, tokens[next].Start - tokens[next - 1].End).Contains('\n'));
    }
}
