using System.Buffers;
using System.Runtime.CompilerServices;

namespace NlpExtract.Entities;

/// <summary>
/// The features of a token for the entity tagger, as short string keys (template, colon, value) written into a reused
/// buffer and looked up by span: the word and its neighbours in lowercase, word shapes, prefixes and suffixes,
/// sentence position and capitalisation, the word before with the shape of this one ("M." + Xx).
/// Each word's lowercase form and shape are computed once per sentence (every word is read by five tokens' features).
/// Dispose returns the sentence buffers to the pool.
/// </summary>
internal ref struct EntityFeatures : IDisposable
{
    /// <summary>The longest part of a word the features read.</summary>
    internal const int MaxWord = 24;
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly EntityLexicon _lexicon;
    private readonly char[] _lower;
    private readonly char[] _shape;
    private readonly int[] _lengths;
    private readonly bool[] _lowercaseTitle;
    private Span<char> _buffer;

    /// <summary>The template of the feature pairing the previous word with this word's shape ("M." + Xx).</summary>
    internal const string PreviousWordShapeTemplate = "w-1s0";

    /// <summary>Reads the sentence's words; <paramref name="lookUpTitles"/> false leaves the lowercase-title flags to
    /// <see cref="SetLowercaseTitle"/> (a tagger that caches them per word).</summary>
    public EntityFeatures(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentenceTokens, EntityLexicon lexicon, Span<char> buffer, bool lookUpTitles = true)
    {
        _text = text;
        _tokens = sentenceTokens;
        _lexicon = lexicon;
        _buffer = buffer;
        int n = sentenceTokens.Length;
        _lower = ArrayPool<char>.Shared.Rent(Math.Max(1, n * MaxWord));
        _shape = ArrayPool<char>.Shared.Rent(Math.Max(1, n * MaxWord));
        _lengths = ArrayPool<int>.Shared.Rent(Math.Max(1, n * 2));
        _lowercaseTitle = ArrayPool<bool>.Shared.Rent(Math.Max(1, n));

        // A word's lowercase form and shape are written when first read (a tagger with cached word entries reads few).
        _lengths.AsSpan(0, Math.Max(1, n * 2)).Fill(NotYetWritten);
        for (int i = 0; i < n; i++)
        {
            // Read by the "title<3" feature of the next three tokens: looked up once here rather than three times there.
            _lowercaseTitle[i] = lookUpTitles && IsLowercaseTitle(Word(i), lexicon);
        }
    }

    /// <summary>The length of a lowercase form or shape not yet written (see <see cref="LowerAt"/>).</summary>
    private const int NotYetWritten = -1;

    /// <summary>Whether a word is a title written in lowercase ("ministre", "président"), as the "title&lt;3" feature reads it.</summary>
    public static bool IsLowercaseTitle(ReadOnlySpan<char> word, EntityLexicon lexicon) =>
        word.Length > 0 && char.IsLower(word[0]) && (lexicon.Classify(word) & LexiconClass.Title) != 0;

    /// <summary>Sets whether token <paramref name="i"/> is a lowercase title (see the constructor's lookUpTitles).</summary>
    public readonly void SetLowercaseTitle(int i, bool value) => _lowercaseTitle[i] = value;

    /// <summary>
    /// The lowercase form the features read of a token (<see cref="Word"/>'s cut, OCR line-break hyphenation taken out)
    /// written into <paramref name="destination"/> (at least <see cref="MaxWord"/> characters); returns its length.
    /// </summary>
    public static int LowerForm(ReadOnlySpan<char> word, Span<char> destination)
    {
        Span<char> joined = stackalloc char[MaxWord];
        return Lower(JoinHyphenation(word, joined), destination);
    }

    /// <summary>The shape the features read of a token, as <see cref="LowerForm"/> does its lowercase form.</summary>
    public static int ShapeForm(ReadOnlySpan<char> word, Span<char> destination)
    {
        Span<char> joined = stackalloc char[MaxWord];
        return Shape(JoinHyphenation(word, joined), destination);
    }

    /// <summary>Returns the sentence buffers to the shared pool.</summary>
    public readonly void Dispose()
    {
        ArrayPool<char>.Shared.Return(_lower);
        ArrayPool<char>.Shared.Return(_shape);
        ArrayPool<int>.Shared.Return(_lengths);
        ArrayPool<bool>.Shared.Return(_lowercaseTitle);
    }

    private readonly ReadOnlySpan<char> LowerAt(int i)
    {
        if (_lengths[2 * i] == NotYetWritten)
        {
            Span<char> joined = stackalloc char[MaxWord];
            _lengths[2 * i] = Lower(JoinHyphenation(Word(i), joined), _lower.AsSpan(i * MaxWord, MaxWord));
        }

        return _lower.AsSpan(i * MaxWord, _lengths[2 * i]);
    }

    private readonly ReadOnlySpan<char> ShapeAt(int i)
    {
        if (_lengths[(2 * i) + 1] == NotYetWritten)
        {
            Span<char> joined = stackalloc char[MaxWord];
            _lengths[(2 * i) + 1] = Shape(JoinHyphenation(Word(i), joined), _shape.AsSpan(i * MaxWord, MaxWord));
        }

        return _shape.AsSpan(i * MaxWord, _lengths[(2 * i) + 1]);
    }

    /// <summary>Calls <paramref name="sink"/> with every feature key of token <paramref name="i"/>.</summary>
    public void Extract<TSink>(int i, scoped ref TSink sink)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        ExtractContextual(i, ref sink);
        ExtractWordRole(Word(i), WordRole.Self, ref sink);
        if (i > 0)
        {
            ExtractWordRole(Word(i - 1), WordRole.Previous, ref sink);
        }

        if (i + 1 < _tokens.Length)
        {
            ExtractWordRole(Word(i + 1), WordRole.Next, ref sink);
        }

        if (i > 1)
        {
            ExtractWordRole(Word(i - 2), WordRole.SecondPrevious, ref sink);
        }

        if (i + 2 < _tokens.Length)
        {
            ExtractWordRole(Word(i + 2), WordRole.SecondNext, ref sink);
        }
    }

    /// <summary>
    /// The features of token <paramref name="i"/> that depend on its place rather than on one word: the bias, the
    /// sentence edges, capitalisation at and after the start, and the previous word paired with this word's shape.
    /// </summary>
    public void ExtractContextual<TSink>(int i, scoped ref TSink sink)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        sink.AddConstant(ContextFeature.Bias);
        if (i < 1)
        {
            sink.AddConstant(ContextFeature.PreviousIsStart);
        }

        if (i < 2)
        {
            sink.AddConstant(ContextFeature.SecondPreviousIsStart);
        }

        if (i + 1 >= _tokens.Length)
        {
            sink.AddConstant(ContextFeature.NextIsEnd);
        }

        if (i + 2 >= _tokens.Length)
        {
            sink.AddConstant(ContextFeature.SecondNextIsEnd);
        }

        var word = Word(i);
        bool title = word.Length > 0 && char.IsUpper(word[0]);
        if (i == 0)
        {
            sink.AddConstant(title ? ContextFeature.FirstCapitalised : ContextFeature.FirstLowercase);
        }
        else if (title)
        {
            sink.AddConstant(ContextFeature.CapitalisedInside);
        }

        if (i > 0)
        {
            // "M." + Xx, "de" + Xx, "ministre" + Xx: the word before with the shape of this one.
            if (!sink.TryAddPreviousWordShape())
            {
                var wordShape = ShapeAt(i);
                Span<char> previous = stackalloc char[MaxWord + 1 + MaxWord];
                var previousLower = LowerAt(i - 1);
                previousLower.CopyTo(previous);
                int previousLength = previousLower.Length;
                previous[previousLength] = EntityModel.PairSeparator;
                wordShape.CopyTo(previous[(previousLength + 1)..]);
                Emit(ref sink, PreviousWordShapeTemplate, previous[..(previousLength + 1 + wordShape.Length)]);
            }

            // "le vice-ministre russe Mikhaïl Bogdanov", "le président américain Joe Biden": a title a few words back,
            // with only lowercase words between, announces a name whatever the first name is.
            for (int back = i - 1; back >= 0 && back >= i - 3; back--)
            {
                var before = Word(back);
                if (before.Length == 0 || !char.IsLower(before[0]))
                {
                    break;
                }

                if (_lowercaseTitle[back])
                {
                    Emit(ref sink, "title<3", ShapeAt(i));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The features a word brings in one role (itself, or a neighbour at −1, +1, −2, +2): they depend on the word alone,
    /// so a tagger may compute them once per distinct word and reuse their weights.
    /// </summary>
    public void ExtractWordRole<TSink>(ReadOnlySpan<char> token, WordRole role, scoped ref TSink sink)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        Span<char> joined = stackalloc char[MaxWord];
        var word = JoinHyphenation(token, joined);
        Span<char> lower = stackalloc char[MaxWord];
        var lowerWord = lower[..Lower(word, lower)];
        Span<char> shapeBuffer = stackalloc char[MaxWord];
        var shape = shapeBuffer[..Shape(word, shapeBuffer)];
        bool capitalised = word.Length > 0 && char.IsUpper(word[0]);
        switch (role)
        {
            case WordRole.Self:
                Emit(ref sink, "w", lowerWord);
                Emit(ref sink, "s", shape);
                if (lowerWord.Length > 3)
                {
                    Emit(ref sink, "p3", lowerWord[..3]);
                    Emit(ref sink, "x3", lowerWord[^3..]);
                    Emit(ref sink, "x2", lowerWord[^2..]);
                }

                // Gazetteers: a capitalised word is looked up as it is; a lowercase one counts only as a title or a head noun.
                Lexicon(ref sink, "g0", word, capitalised);
                Cluster(ref sink, "c0", word);
                break;
            case WordRole.Previous:
                Emit(ref sink, "w-1", lowerWord);
                Emit(ref sink, "s-1", shape);
                Lexicon(ref sink, "g-1", word, capitalised);
                Cluster(ref sink, "c-1", word);
                break;
            case WordRole.Next:
                Emit(ref sink, "w+1", lowerWord);
                Emit(ref sink, "s+1", shape);
                Lexicon(ref sink, "g+1", word, capitalised);
                Cluster(ref sink, "c+1", word);
                break;
            case WordRole.SecondPrevious:
                Emit(ref sink, "w-2", lowerWord);
                break;
            default:
                Emit(ref sink, "w+2", lowerWord);
                break;
        }
    }

    private void Lexicon<TSink>(scoped ref TSink sink, string template, scoped ReadOnlySpan<char> word, bool capitalised)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        var classes = _lexicon.Classify(word);
        if (!capitalised)
        {
            classes &= LexiconClass.Title | LexiconClass.OrganizationHead | LexiconClass.PlaceHead;
        }

        for (int bit = 0; bit < 6; bit++)
        {
            if (((int)classes & (1 << bit)) != 0)
            {
                Emit(ref sink, template, "FPTOHG".AsSpan(bit, 1));
            }
        }
    }

    /// <summary>The word's distributional cluster, when it has one (see <see cref="WordClusters"/>).</summary>
    private void Cluster<TSink>(scoped ref TSink sink, string template, scoped ReadOnlySpan<char> word)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        int cluster = _lexicon.Clusters.Of(word);
        if (cluster >= 0)
        {
            Span<char> digits = stackalloc char[11];
            cluster.TryFormat(digits, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
            Emit(ref sink, template, digits[..written]);
        }
    }

    /// <summary>Token <paramref name="i"/> of the sentence, cut to the length the features read.</summary>
    public readonly ReadOnlySpan<char> Word(int i)
    {
        var token = _tokens[i];
        return _text.Slice(token.Start, Math.Min(token.Length, MaxWord));
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

    /// <summary>
    /// The word with the line-break hyphenation of digitised newspapers taken out ("Boli¬\nvie" → "Bolivie", one token
    /// for the tokenizer), so that it is read as the word it is; any other word is returned as it is.
    /// </summary>
    private static ReadOnlySpan<char> JoinHyphenation(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (!word.Contains('¬'))
        {
            return word;
        }

        int length = 0;
        foreach (char c in word)
        {
            if (c is not ('¬' or '\n' or '\r') && length < buffer.Length)
            {
                buffer[length++] = c;
            }
        }

        return buffer[..length];
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

/// <summary>The role in which a word's features are read: the token itself or one of its four neighbours.</summary>
internal enum WordRole
{
    Self,
    Previous,
    Next,
    SecondPrevious,
    SecondNext,
}

/// <summary>Receives feature keys; the key span is only valid during the call.</summary>
internal interface IFeatureSink
{
    void Add(scoped ReadOnlySpan<char> key);

    /// <summary>
    /// A feature whose key does not depend on the words (the bias, the sentence edges, capitalisation): the scorer
    /// reads its weights from a slot the model fills once instead of looking the key up at every token.
    /// </summary>
    void AddConstant(ContextFeature feature);

    /// <summary>
    /// The feature pairing the previous word with this word's shape, when the sink can find it without its key (a scorer
    /// holding the previous word's pairs and this word's shape number); false asks for the key through <see cref="Add"/>.
    /// </summary>
    bool TryAddPreviousWordShape();
}

/// <summary>The features whose key is fixed; <see cref="ContextFeatures.Key"/> gives each one's key.</summary>
internal enum ContextFeature
{
    Bias,
    PreviousIsStart,
    SecondPreviousIsStart,
    NextIsEnd,
    SecondNextIsEnd,
    FirstCapitalised,
    FirstLowercase,
    CapitalisedInside,
}

/// <summary>The keys of the fixed features, as models store them (unchanged since the features were first written as strings).</summary>
internal static class ContextFeatures
{
    private static readonly string[] Keys = ["b:", "w-1:<s>", "w-2:<s>", "w+1:</s>", "w+2:</s>", "first:T:", "first:t:", "title-inside:"];

    /// <summary>Number of fixed features.</summary>
    public static int Count => Keys.Length;

    /// <summary>The key of <paramref name="feature"/>.</summary>
    public static string Key(ContextFeature feature) => Keys[(int)feature];
}
