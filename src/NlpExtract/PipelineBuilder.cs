using NlpExtract.Entities;

namespace NlpExtract;

/// <summary>
/// Configures a <see cref="Pipeline"/>: choose the stages, then <see cref="Build"/> an immutable pipeline.
/// The builder is mutable and not thread-safe; the pipeline it builds is both immutable and thread-safe.
/// </summary>
public sealed class PipelineBuilder
{
    private PipelineStages _stages = PipelineStages.Tokens;
    private EntityModel? _entityModel;

    /// <summary>Adds sentence splitting.</summary>
    /// <returns>This builder.</returns>
    public PipelineBuilder UseSentences()
    {
        _stages |= PipelineStages.Sentences;
        return this;
    }

    /// <summary>Adds date recognition (DATE entities with TIMEX3 values), and sentence splitting, which it reads.</summary>
    /// <returns>This builder.</returns>
    public PipelineBuilder UseDates()
    {
        _stages |= PipelineStages.Dates | PipelineStages.Sentences;
        return this;
    }

    /// <summary>
    /// Adds the PER / ORG / LOC recognizer with the model embedded in the package (read once, on first use, and shared
    /// by every pipeline), and sentence splitting, which it reads.
    /// </summary>
    /// <returns>This builder.</returns>
    public PipelineBuilder UseEntities()
    {
        _entityModel = null;
        _stages |= PipelineStages.Entities | PipelineStages.Sentences;
        return this;
    }

    /// <summary>Adds the PER / ORG / LOC recognizer with a model read now from <paramref name="model"/> (one written by <c>nlpextract train ner</c>).</summary>
    /// <param name="model">The model stream; read to its end marker, left open.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="InvalidDataException">The stream is not a model of this version, or is truncated or corrupted.</exception>
    public PipelineBuilder UseEntities(Stream model)
    {
        _entityModel = EntityModel.Load(model);
        _stages |= PipelineStages.Entities | PipelineStages.Sentences;
        return this;
    }

    internal PipelineBuilder UseEntities(EntityModel model)
    {
        _entityModel = model;
        _stages |= PipelineStages.Entities | PipelineStages.Sentences;
        return this;
    }

    /// <summary>
    /// Adds quotation extraction (direct, mixed and indirect quotes, their cues and speakers, and the speakers grouped
    /// across the document), and sentence splitting, which it reads. Add <see cref="UseEntities()"/> too for speaker names
    /// resolved through the PER / ORG recognizer; without it, names are read from capitalized words only.
    /// </summary>
    /// <returns>This builder.</returns>
    public PipelineBuilder UseQuotes()
    {
        _stages |= PipelineStages.Quotes | PipelineStages.Sentences;
        return this;
    }

    /// <summary>Removes stages that were added (tokenization cannot be removed: every stage reads tokens).</summary>
    /// <param name="stages">The stages to remove.</param>
    /// <returns>This builder.</returns>
    public PipelineBuilder Without(PipelineStages stages)
    {
        _stages &= ~stages | PipelineStages.Tokens;
        if ((_stages & PipelineStages.Sentences) == 0)
        {
            _stages &= ~(PipelineStages.Dates | PipelineStages.Entities | PipelineStages.Quotes); // all read sentences
        }

        return this;
    }

    /// <summary>Builds an immutable pipeline from the current configuration; later changes to the builder do not affect it.</summary>
    public Pipeline Build() => new(_stages, _entityModel);
}
