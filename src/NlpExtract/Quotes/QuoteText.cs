using System.Collections.Immutable;
using NlpExtract.Entities;
using NlpExtract.Sentences;
using NlpExtract.Tokenization;

namespace NlpExtract.Quotes;

/// <summary>
/// One document as the quote grammar reads it: tokens with their sentence, paragraph and entity, and the word tests
/// the rules share. Built once per document in linear time.
/// </summary>
internal sealed class QuoteText
{
    private readonly int[] _sentenceOf;
    private readonly int[] _entityOf;
    private readonly bool[] _startsParagraph;
    private readonly int[] _paragraphOf;
    private readonly int[] _paragraphNumber;

    public QuoteText(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, ImmutableArray<Entity> entities)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
        int n = tokens.Length;
        _sentenceOf = new int[n];
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            for (int i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                _sentenceOf[i] = s;
            }
        }

        _entityOf = new int[n];
        Array.Fill(_entityOf, -1);
        int e = 0;
        for (int i = 0; i < n && e < entities.Length; i++)
        {
            while (e < entities.Length && entities[e].End <= tokens[i].Start)
            {
                e++;
            }

            if (e < entities.Length && entities[e].Start < tokens[i].End && tokens[i].Start < entities[e].End)
            {
                _entityOf[i] = e;
            }
        }

        _midSentenceLookup = _midSentenceCapitals.GetAlternateLookup<ReadOnlySpan<char>>();

        // Words written with a capital inside a sentence: a capital at a sentence start is a name only if the word is
        // also capitalized elsewhere ("Ensemble", "Durant" open sentences; "Bouvard" is capitalized everywhere).
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            for (int i = sentence.FirstToken + 1; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var token = tokens[i];
                if (token.Kind == TokenKind.Word && token.Length <= 40 && char.IsUpper(text[token.Start]) && !IsOpener(text, tokens, i)
                    && !_midSentenceLookup.Contains(text.AsSpan(token.Start, token.Length)))
                {
                    _midSentenceCapitals.Add(text.Substring(token.Start, token.Length)); // once per distinct word
                }
            }
        }

        _startsParagraph = new bool[n];
        _paragraphOf = new int[n];
        _paragraphNumber = new int[n];
        for (int i = 0; i < n; i++)
        {
            _startsParagraph[i] = i == 0 || text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n');
            _paragraphOf[i] = _startsParagraph[i] ? i : _paragraphOf[i - 1];
            _paragraphNumber[i] = i == 0 ? 0 : _paragraphNumber[i - 1] + (_startsParagraph[i] ? 1 : 0);
        }
    }

    private readonly HashSet<string> _midSentenceCapitals = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _midSentenceLookup;

    /// <summary>A token right after an opening quote mark or a dash starts speech: its capital says nothing.</summary>
    private static bool IsOpener(string text, ImmutableArray<Token> tokens, int i)
    {
        var previous = tokens[i - 1];
        return previous.Length == 1 && text[previous.Start] is '«' or '"' or '“' or '—' or '–' or '-' or ':' or '.' or '!' or '?' or '(';
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is capitalized as a name: inside a sentence, or a word capitalized inside some
    /// sentence. A lone capital letter is no name ("_T 'aimerrrai_", a letter cut from a stammered word).
    /// </summary>
    public bool IsNameLike(int i)
        => IsCapitalized(i) && Tokens[i].Length > 1 && !IsFunctionWord(i) && (i != SentenceStart(i) && !IsOpener(Text, Tokens, i) || _midSentenceLookup.Contains(Word(i)));

    /// <summary>"Mais", "Enfin", "Oh", "Le": words that take a capital only because they open a sentence or a line.</summary>
    private bool IsFunctionWord(int i)
        => In(i, QuoteWords.Determiners) || In(i, QuoteWords.Boundaries) || In(i, QuoteWords.Adverbs) || In(i, QuoteWords.Pronouns)
           || In(i, QuoteWords.Interjections);

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public ImmutableArray<Entity> Entities { get; }

    public int Count => Tokens.Length;

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    public bool Is(int i, string word) => i >= 0 && i < Count && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>"d'un ton de voix traînard", "d'une voix câline", "d'un air timide" at <paramref name="i"/>: how the words are said.</summary>
    public bool IsMannerPhrase(int i)
        => In(i, QuoteWords.Particles) && !Is(i, "de") && (Is(i + 1, "un") || Is(i + 1, "une"))
           && (Is(i + 2, "ton") || Is(i + 2, "voix") || Is(i + 2, "air") || Is(i + 2, "accent") || Is(i + 2, "geste"));

    public bool In(int i, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
        => i >= 0 && i < Count && Tokens[i].Length <= 20 && set.Contains(Word(i));

    /// <summary>The mark of a one-character punctuation token, or '\0'.</summary>
    public char Mark(int i)
        => i >= 0 && i < Count && Tokens[i].Length == 1 && Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Symbol ? Text[Tokens[i].Start] : '\0';

    public bool IsPunctuation(int i) => i >= 0 && i < Count && Tokens[i].Kind == TokenKind.Punctuation;

    public bool IsWord(int i) => i >= 0 && i < Count && Tokens[i].Kind == TokenKind.Word;

    /// <summary>Whether token <paramref name="i"/> is a number (45, 14h30, 3,5).</summary>
    public bool IsNumber(int i) => i >= 0 && i < Count && Tokens[i].Kind == TokenKind.Number;

    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);

    public int SentenceOf(int i) => _sentenceOf[i];

    public int SentenceStart(int i) => Sentences.Length == 0 ? 0 : Sentences[_sentenceOf[i]].FirstToken;

    /// <summary>One past the last token of the sentence of token <paramref name="i"/>.</summary>
    public int SentenceEnd(int i)
    {
        if (Sentences.Length == 0)
        {
            return Count;
        }

        var sentence = Sentences[_sentenceOf[i]];
        return sentence.FirstToken + sentence.TokenCount;
    }

    public bool StartsParagraph(int i) => _startsParagraph[i];

    /// <summary>The first token of the paragraph (text between line breaks) that holds token <paramref name="i"/>.</summary>
    public int ParagraphStart(int i) => _paragraphOf[i];

    /// <summary>The number of the paragraph of token <paramref name="i"/>, counted from 0 in text order.</summary>
    public int ParagraphNumber(int i) => _paragraphNumber[i];

    /// <summary>The index of the entity that covers token <paramref name="i"/>, or -1.</summary>
    public int EntityOf(int i) => i >= 0 && i < Count ? _entityOf[i] : -1;

    public EntityLabel? NameLabel(int i)
    {
        int e = EntityOf(i);
        return e >= 0 && Entities[e].Label is EntityLabel.Person or EntityLabel.Organization or EntityLabel.Location ? Entities[e].Label : null;
    }

    public bool IsDate(int i)
    {
        int e = EntityOf(i);
        return e >= 0 && Entities[e].Label == EntityLabel.Date;
    }

    /// <summary>The first and last token of the entity that covers token <paramref name="i"/>.</summary>
    public (int First, int Last) EntityTokens(int i)
    {
        int e = EntityOf(i);
        int first = i, last = i;
        while (first > 0 && EntityOf(first - 1) == e)
        {
            first--;
        }

        while (last + 1 < Count && EntityOf(last + 1) == e)
        {
            last++;
        }

        return (first, last);
    }

    /// <summary>A lowercase word that looks like an infinitive (avoir, accueillir, vendre), the head of "dit vouloir…".</summary>
    public bool LooksInfinitive(int i)
    {
        if (!IsWord(i) || Tokens[i].Length < 4 || char.IsUpper(Text[Tokens[i].Start]))
        {
            return false;
        }

        var word = Word(i);
        return word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("ir", StringComparison.Ordinal)
            || word.EndsWith("re", StringComparison.Ordinal) || word.EndsWith("oir", StringComparison.Ordinal);
    }

    /// <summary>The span from the first character of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    public TextSpan Span(int first, int last) => new(Tokens[first].Start, Tokens[last].End);
}
