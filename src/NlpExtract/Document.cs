using System.Collections.Immutable;
using NlpExtract.Quotes;

namespace NlpExtract;

/// <summary>
/// The result of processing one text: the text itself and what each stage found in it, all as offsets into
/// <see cref="Text"/>. Immutable; safe to share between threads.
/// </summary>
public sealed class Document
{
    internal Document(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, ImmutableArray<Entity> entities,
        PipelineStages stages, DateOnly referenceDate)
        : this(text, tokens, sentences, entities, [], [], stages, referenceDate)
    {
    }

    internal Document(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, ImmutableArray<Entity> entities,
        ImmutableArray<Quote> quotes, ImmutableArray<Speaker> speakers, PipelineStages stages, DateOnly referenceDate)
    {
        Quotes = quotes;
        Speakers = speakers;
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
        Stages = stages;
        ReferenceDate = referenceDate;
    }

    /// <summary>The text that was processed, unchanged.</summary>
    public string Text { get; }

    /// <summary>The tokens, in text order, non-overlapping.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>The sentences, in text order; empty when the sentence stage did not run (see <see cref="Stages"/>).</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>
    /// The entities, in text order and non-overlapping: dates (with their normalised value) from the date stage.
    /// Empty when no entity stage ran (see <see cref="Stages"/>).
    /// </summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>
    /// The quotations (direct, mixed, indirect) in text order, each with its cue, its speaker mention and the speaker's
    /// resolved name. Empty when the quote stage did not run (see <see cref="Stages"/>).
    /// </summary>
    public ImmutableArray<Quote> Quotes { get; }

    /// <summary>
    /// The distinct speakers of <see cref="Quotes"/>, in order of their first quote, each with all its mentions (names,
    /// partial names, pronouns, titles) and the indexes of its quotes. Empty when the quote stage did not run.
    /// </summary>
    public ImmutableArray<Speaker> Speakers { get; }

    /// <summary>The content text of a quote.</summary>
    /// <param name="quote">A quote of this document.</param>
    public string GetText(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return quote.Content.GetText(Text);
    }

    /// <summary>The stages that produced this document; the results of the others are empty, not computed.</summary>
    public PipelineStages Stages { get; }

    /// <summary>The date relative expressions were resolved against.</summary>
    public DateOnly ReferenceDate { get; }

    /// <summary>The text of a token.</summary>
    /// <param name="token">A token of this document.</param>
    public string GetText(Token token) => token.GetText(Text);

    /// <summary>The text of a sentence.</summary>
    /// <param name="sentence">A sentence of this document.</param>
    public string GetText(Sentence sentence) => Text.Substring(sentence.Start, sentence.Length);

    /// <summary>The text of an entity.</summary>
    /// <param name="entity">An entity of this document.</param>
    public string GetText(Entity entity) => Text.Substring(entity.Start, entity.Length);

    /// <summary>The tokens of a sentence, without copying.</summary>
    /// <param name="sentence">A sentence of this document.</param>
    public ReadOnlySpan<Token> GetTokens(Sentence sentence) => Tokens.AsSpan().Slice(sentence.FirstToken, sentence.TokenCount);
}
