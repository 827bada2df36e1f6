using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using NlpExtract.Dates;
using NlpExtract.Entities;
using NlpExtract.Sentences;

namespace NlpExtract.Benchmarks;

/// <summary>
/// One operation = one pass over every document of the corpus. NlpExtract's span enumeration, the same with
/// sentence splitting, and two baselines on the same text in the same run: Lucene.NET's French tokenization
/// (StandardTokenizer + ElisionFilter, as its FrenchAnalyzer does before stemming) and a naive regular expression.
/// </summary>
[MemoryDiagnoser]
public partial class TokenizerBenchmarks
{
    private string[] _documents = [];
    private Token[][] _documentTokens = [];
    private readonly List<Token> _tokenBuffer = new(1 << 16);
    private readonly List<Sentence> _sentenceBuffer = new(1 << 12);
    private readonly List<Entity> _entityBuffer = new(1 << 10);
    private static readonly DateOnly ReferenceDate = new(2024, 1, 19);
    private Tokenizer _luceneTokenizer = null!;
    private TokenStream _luceneStream = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ = EntityModel.Default; // loaded once before measuring, as in a long-running process
        var corpus = FrenchCorpus.Instance;
        _documents = [.. corpus.Documents];
        _documentTokens = [.. _documents.Select(d => FrenchTokenizer.TokenizeToArray(d))];
        Console.WriteLine($"// corpus: {corpus.Source}: {corpus.Documents.Count} documents, {corpus.Characters:N0} characters, {corpus.Tokens:N0} tokens");
        _luceneTokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(string.Empty));
        _luceneStream = new ElisionFilter(_luceneTokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
    }

    [GlobalCleanup]
    public void Cleanup() => _luceneStream.Dispose();

    /// <summary>The hot path: enumerate token spans, nothing stored.</summary>
    [Benchmark(Baseline = true, Description = "NlpExtract spans")]
    public long NlpExtractSpans()
    {
        long count = 0;
        foreach (var document in _documents)
        {
            foreach (var token in FrenchTokenizer.Tokenize(document))
            {
                count += token.Length > 0 ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>Tokens stored in a reused buffer: the reference for the cost of sentence splitting.</summary>
    [Benchmark(Description = "NlpExtract tokens into a buffer")]
    public long NlpExtractTokensBuffered()
    {
        long count = 0;
        foreach (var document in _documents)
        {
            count += FillTokens(document);
        }

        return count;
    }

    /// <summary>
    /// Sentences alone, from the tokens of each document computed once in the setup: what splitting adds to tokenizing,
    /// measured in the same process as the other rows rather than as the difference of two rows.
    /// </summary>
    [Benchmark(Description = "NlpExtract sentences alone (tokens given)")]
    public long NlpExtractSentencesAlone()
    {
        long count = 0;
        for (int d = 0; d < _documents.Length; d++)
        {
            _sentenceBuffer.Clear();
            SentenceSplitter.Split(_documents[d], _documentTokens[d], _sentenceBuffer);
            count += _sentenceBuffer.Count;
        }

        return count;
    }

    /// <summary>Tokens, then sentences, both into reused buffers.</summary>
    [Benchmark(Description = "NlpExtract tokens + sentences")]
    public long NlpExtractTokensAndSentences()
    {
        long count = 0;
        foreach (var document in _documents)
        {
            FillTokensAndSentences(document);
            count += _sentenceBuffer.Count;
        }

        return count;
    }

    /// <summary>Tokens, sentences and dates (the DATE grammar with its normalised values), into reused buffers.</summary>
    [Benchmark(Description = "NlpExtract tokens + sentences + dates")]
    public long NlpExtractTokensSentencesDates()
    {
        long count = 0;
        foreach (var document in _documents)
        {
            FillTokensAndSentences(document);
            _entityBuffer.Clear();
            DateRecognizer.Recognize(document, CollectionsMarshal.AsSpan(_tokenBuffer), CollectionsMarshal.AsSpan(_sentenceBuffer), ReferenceDate, _entityBuffer);
            count += _entityBuffer.Count;
        }

        return count;
    }

    /// <summary>Tokens, sentences and PER/ORG/LOC entities (the embedded model and the passes after it, as the pipeline runs them), into reused buffers.</summary>
    [Benchmark(Description = "NlpExtract tokens + sentences + entities")]
    public long NlpExtractTokensSentencesEntities()
    {
        var model = EntityModel.Default;
        long count = 0;
        foreach (var document in _documents)
        {
            FillTokensAndSentences(document);
            _entityBuffer.Clear();
            EntityRecognizer.RecognizeDocument(model, document, CollectionsMarshal.AsSpan(_tokenBuffer), CollectionsMarshal.AsSpan(_sentenceBuffer), _entityBuffer);
            count += _entityBuffer.Count;
        }

        return count;
    }

    [Benchmark(Description = "Lucene.NET Standard+Elision")]
    public long LuceneStandardElision()
    {
        long count = 0;
        foreach (var document in _documents)
        {
            _luceneTokenizer.SetReader(new StringReader(document));
            _luceneStream.Reset();
            while (_luceneStream.IncrementToken())
            {
                count++;
            }

            _luceneStream.End();
            _luceneStream.Dispose();
        }

        return count;
    }

    [Benchmark(Description = "Naive Regex")]
    public long NaiveRegex()
    {
        long count = 0;
        foreach (var document in _documents)
        {
            foreach (var match in NaiveFrenchToken().EnumerateMatches(document))
            {
                count += match.Length > 0 ? 1 : 0;
            }
        }

        return count;
    }

    private void FillTokensAndSentences(string document)
    {
        FillTokens(document);
        _sentenceBuffer.Clear();
        SentenceSplitter.Split(document, CollectionsMarshal.AsSpan(_tokenBuffer), _sentenceBuffer);
    }

    // Not inlined, so that the buffered row and the row with sentences run the same compiled tokenizing loop: inlined
    // into the larger caller, the loop was compiled differently and the difference of the two rows measured that too.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FillTokens(string document)
    {
        _tokenBuffer.Clear();
        foreach (var token in FrenchTokenizer.Tokenize(document))
        {
            _tokenBuffer.Add(token);
        }

        return _tokenBuffer.Count;
    }

    /// <summary>What a quick hand-written tokenizer looks like: elided articles, hyphenated words, numbers, any other mark.</summary>
    [GeneratedRegex(@"(?:[ldjmnstc]|qu|jusqu)['’]|\w+(?:[-']\w+)*|\d+(?:[,.]\d+)?|[^\w\s]", RegexOptions.IgnoreCase)]
    private static partial Regex NaiveFrenchToken();
}
