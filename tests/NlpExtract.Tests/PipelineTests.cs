namespace NlpExtract.Tests;

[TestFixture]
public class PipelineTests
{
    private const string Article =
        "Moscou critique Paris\n\n« Nous apprécions les efforts de la France », a indiqué ce 19 janvier le ministère russe des " +
        "Affaires étrangères. M. Bogdanov l'a répété à l'AFP : « Rien n'est décidé. » A-t-il convaincu ? Selon lui, 1 000 diplomates " +
        "attendent.";

    [Test]
    public void Null_text_throws_ArgumentNullException()
    {
        var pipeline = FrenchPipeline.CreateDefault();
        Assert.Throws<ArgumentNullException>(() => pipeline.Process((string)null!));
        Assert.Throws<ArgumentNullException>(() => pipeline.ProcessMany(null!));
    }

    [Test]
    public void Empty_text_gives_an_empty_document()
    {
        var document = FrenchPipeline.CreateDefault().Process("");
        Assert.That(document.Text, Is.Empty);
        Assert.That(document.Tokens, Is.Empty);
        Assert.That(document.Sentences, Is.Empty);
    }

    [Test]
    public void Default_pipeline_finds_tokens_and_sentences_of_a_news_article()
    {
        var document = FrenchPipeline.CreateDefault().Process(Article);
        Assert.That(document.Sentences.Select(document.GetText), Is.EqualTo(new[]
        {
            "Moscou critique Paris",
            "« Nous apprécions les efforts de la France », a indiqué ce 19 janvier le ministère russe des Affaires étrangères.",
            "M. Bogdanov l'a répété à l'AFP : « Rien n'est décidé. »",
            "A-t-il convaincu ?",
            "Selon lui, 1 000 diplomates attendent.",
        }));
        Assert.That(document.Tokens.Select(document.GetText), Does.Contain("-t-il").And.Contain("l'").And.Contain("1 000"));
    }

    [Test]
    public void Sentence_stage_can_be_left_out()
    {
        var pipeline = new PipelineBuilder().UseSentences().Without(PipelineStages.Sentences).Build();
        var document = pipeline.Process(Article);
        Assert.That(document.Stages, Is.EqualTo(PipelineStages.Tokens));
        Assert.That(document.Sentences, Is.Empty);
        Assert.That(document.Tokens, Is.Not.Empty);
    }

    [Test]
    public void Built_pipeline_does_not_change_when_the_builder_does()
    {
        var builder = new PipelineBuilder();
        var tokensOnly = builder.Build();
        builder.UseSentences();
        Assert.That(tokensOnly.Stages, Is.EqualTo(PipelineStages.Tokens));
        Assert.That(builder.Build().Stages, Is.EqualTo(PipelineStages.Tokens | PipelineStages.Sentences));
    }

    [Test]
    public void Reference_date_is_kept_on_the_document()
    {
        var document = FrenchPipeline.CreateDefault().Process(Article, new ProcessOptions { ReferenceDate = new DateOnly(2024, 1, 19) });
        Assert.That(document.ReferenceDate, Is.EqualTo(new DateOnly(2024, 1, 19)));
    }

    [Test]
    public void One_pipeline_on_many_threads_gives_the_sequential_results()
    {
        var pipeline = FrenchPipeline.CreateDefault();
        var texts = Enumerable.Range(0, 400).Select(i => $"Texte {i}. " + Article[(i % 50)..]).ToArray();
        var sequential = texts.Select(t => Snapshot(pipeline.Process(t))).ToArray();
        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Snapshot(pipeline.Process(texts[i])));
        Assert.That(parallel, Is.EqualTo(sequential));
        Assert.That(pipeline.ProcessMany(texts).Select(Snapshot), Is.EqualTo(sequential));
    }

    private static string Snapshot(Document document)
        => string.Join("|", document.Tokens.Select(t => $"{t.Start}:{t.End}:{t.Kind}")) + "#" +
           string.Join("|", document.Sentences.Select(s => $"{s.Start}:{s.End}"));
}
