using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NlpExtract.Dates;
using NlpExtract.Entities;
using NlpExtract.Quotes;
using NlpExtract.Sentences;

namespace NlpExtract;

/// <summary>
/// Runs the configured stages over French texts. Immutable and thread-safe: build it once
/// (<see cref="FrenchPipeline.CreateDefault"/> or a <see cref="PipelineBuilder"/>) and share it.
/// </summary>
public sealed class Pipeline
{
    // Null with the entity stage on: the embedded default model, read on first use.
    private readonly EntityModel? _entityModel;

    internal Pipeline(PipelineStages stages, EntityModel? entityModel = null)
    {
        Stages = stages | PipelineStages.Tokens;
        _entityModel = entityModel;
    }

    /// <summary>The stages this pipeline runs.</summary>
    public PipelineStages Stages { get; }

    /// <summary>Processes one text.</summary>
    /// <param name="text">The text; "" gives an empty document.</param>
    /// <param name="options">Per-document settings, such as the reference date; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document Process(string text, ProcessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ProcessOptions.Default;

        // The array is fresh and never shared, so it becomes the immutable array without a copy.
        var tokens = ImmutableCollectionsMarshal.AsImmutableArray(FrenchTokenizer.TokenizeToArray(text.AsSpan()));
        var sentences = ImmutableArray<Sentence>.Empty;
        if ((Stages & PipelineStages.Sentences) != 0 && tokens.Length > 0)
        {
            var builder = ImmutableArray.CreateBuilder<Sentence>();
            SentenceSplitter.Split(text, tokens.AsSpan(), builder);
            sentences = builder.ToImmutable();
        }

        var referenceDate = options.ReferenceDate ?? DateOnly.FromDateTime(DateTime.Today);
        var entities = ImmutableArray<Entity>.Empty;
        if ((Stages & (PipelineStages.Dates | PipelineStages.Entities)) != 0 && tokens.Length > 0)
        {
            var dates = new List<Entity>();
            if ((Stages & PipelineStages.Dates) != 0)
            {
                DateRecognizer.Recognize(text, tokens.AsSpan(), sentences.AsSpan(), referenceDate, dates);
            }

            var named = new List<Entity>();
            if ((Stages & PipelineStages.Entities) != 0)
            {
                EntityRecognizer.RecognizeDocument(_entityModel ?? EntityModel.Default, text, tokens.AsSpan(), sentences.AsSpan(), named);
            }

            entities = EntityMerger.Merge(dates, named);
        }

        var quotes = ImmutableArray<Quote>.Empty;
        var speakers = ImmutableArray<Speaker>.Empty;
        if ((Stages & PipelineStages.Quotes) != 0 && tokens.Length > 0)
        {
            var names = (Stages & PipelineStages.Entities) != 0 ? (_entityModel ?? EntityModel.Default).Lexicon : EntityLexicon.Written;
            (quotes, speakers) = QuoteStage.Run(text, tokens, sentences, entities, names);
        }

        return new Document(text, tokens, sentences, entities, quotes, speakers, Stages, referenceDate);
    }

    /// <summary>Processes one text given as a span (the span is copied once into the document's text).</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">Per-document settings; null for the defaults.</param>
    public Document Process(ReadOnlySpan<char> text, ProcessOptions? options = null) => Process(text.ToString(), options);

    /// <summary>
    /// Processes many texts in parallel across cores, yielding the documents lazily in input order.
    /// </summary>
    /// <param name="texts">The texts; none may be null.</param>
    /// <param name="options">Settings shared by every document; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    public IEnumerable<Document> ProcessMany(IEnumerable<string> texts, ProcessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.AsParallel().AsOrdered().Select(text => Process(text, options));
    }
}
