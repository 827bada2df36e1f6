using System.Runtime.CompilerServices;

namespace NlpExtract.Entities;

/// <summary>
/// The features of a token for the entity tagger, as short string keys (template, colon, value) written into a reused
/// buffer and looked up by span: the word and its neighbours in lowercase, word shapes, prefixes and suffixes,
/// sentence position and capitalisation, the word before with the shape of this one ("M." + Xx).
/// </summary>
internal ref struct EntityFeatures
{
    private const int MaxWord = 24;
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly EntityLexicon _lexicon;
    private Span<char> _buffer;

    public EntityFeatures(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentenceTokens, EntityLexicon lexicon, Span<char> buffer)
    {
        _text = text;
        _tokens = sentenceTokens;
        _lexicon = lexicon;
        _buffer = buffer;
    }

    /// <summary>Calls <paramref name="sink"/> with every feature key of token <paramref name="i"/>.</summary>
    public void Extract<TSink>(int i, scoped ref TSink sink)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        Emit(ref sink, "b", default);
        var word = Word(i);
        Span<char> lower = stackalloc char[MaxWord];
        int length = Lower(word, lower);
        var lowerWord = lower[..length];
        Emit(ref sink, "w", lowerWord);
        Span<char> shape = stackalloc char[MaxWord];
        var wordShape = shape[..Shape(word, shape)];
        Emit(ref sink, "s", wordShape);
        if (length > 3)
        {
            Emit(ref sink, "p3", lowerWord[..3]);
            Emit(ref sink, "x3", lowerWord[^3..]);
            Emit(ref sink, "x2", lowerWord[^2..]);
        }

        Neighbour(ref sink, "w-1", "s-1", i - 1);
        Neighbour(ref sink, "w+1", "s+1", i + 1);
        Neighbour(ref sink, "w-2", null, i - 2);
        Neighbour(ref sink, "w+2", null, i + 2);

        bool title = word.Length > 0 && char.IsUpper(word[0]);
        if (i == 0)
        {
            Emit(ref sink, title ? "first:T" : "first:t", default);
        }
        else if (title)
        {
            Emit(ref sink, "title-inside", default);
        }

        // Gazetteers: the word and its neighbours as known first names, places, titles, organization and place heads.
        // A capitalised word is looked up as it is; a lowercase one counts only as a title or a head noun.
        Lexicon(ref sink, "g0", i, title);
        if (i > 0)
        {
            Lexicon(ref sink, "g-1", i - 1, char.IsUpper(Word(i - 1)[0]));
        }

        if (i + 1 < _tokens.Length)
        {
            Lexicon(ref sink, "g+1", i + 1, char.IsUpper(Word(i + 1)[0]));
        }

        if (i > 0)
        {
            // "M." + Xx, "de" + Xx, "ministre" + Xx: the word before with the shape of this one.
            Span<char> previous = stackalloc char[MaxWord + 1 + MaxWord];
            int previousLength = Lower(Word(i - 1), previous);
            previous[previousLength] = '|';
            wordShape.CopyTo(previous[(previousLength + 1)..]);
            Emit(ref sink, "w-1s0", previous[..(previousLength + 1 + wordShape.Length)]);
        }
    }

    private void Lexicon<TSink>(scoped ref TSink sink, string template, int i, bool capitalised)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        var classes = _lexicon.Classify(Word(i));
        if (!capitalised)
        {
            classes &= LexiconClass.Title | LexiconClass.OrganizationHead | LexiconClass.PlaceHead;
        }

        for (int bit = 0; bit < 5; bit++)
        {
            if (((int)classes & (1 << bit)) != 0)
            {
                Emit(ref sink, template, "FPTOH".AsSpan(bit, 1));
            }
        }
    }

    private readonly ReadOnlySpan<char> Word(int i)
    {
        var token = _tokens[i];
        return _text.Slice(token.Start, Math.Min(token.Length, MaxWord));
    }

    private void Neighbour<TSink>(scoped ref TSink sink, string wordTemplate, string? shapeTemplate, int i)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        if (i < 0 || i >= _tokens.Length)
        {
            Emit(ref sink, wordTemplate, i < 0 ? "<s>" : "</s>");
            return;
        }

        Span<char> lower = stackalloc char[MaxWord];
        Emit(ref sink, wordTemplate, lower[..Lower(Word(i), lower)]);
        if (shapeTemplate != null)
        {
            Span<char> shape = stackalloc char[MaxWord];
            Emit(ref sink, shapeTemplate, shape[..Shape(Word(i), shape)]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Emit<TSink>(scoped ref TSink sink, string template, scoped ReadOnlySpan<char> value)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        template.AsSpan().CopyTo(_buffer);
        _buffer[template.Length] = ':';
        value.CopyTo(_buffer[(template.Length + 1)..]);
        sink.Add(_buffer[..(template.Length + 1 + value.Length)]);
    }

    private static int Lower(ReadOnlySpan<char> word, Span<char> destination) => word.ToLowerInvariant(destination);

    /// <summary>Word shape with runs of the same class cut to two: "Jean-Noël" → "Xxx-Xxx", "ONU" → "XX", "1er" → "dxx".</summary>
    private static int Shape(ReadOnlySpan<char> word, Span<char> destination)
    {
        int length = 0;
        char previous = '\0';
        int run = 0;
        foreach (char c in word)
        {
            char cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = cls == previous ? run + 1 : 1;
            previous = cls;
            if (run <= 2 && length < destination.Length)
            {
                destination[length++] = cls;
            }
        }

        return length;
    }
}

/// <summary>Receives feature keys; the key span is only valid during the call.</summary>
internal interface IFeatureSink
{
    void Add(scoped ReadOnlySpan<char> key);
}
