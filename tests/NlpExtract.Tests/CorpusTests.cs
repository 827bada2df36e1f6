using NlpExtract.Cli.Corpora;
using NlpExtract.Cli.Evaluation;

namespace NlpExtract.Tests;

/// <summary>
/// Scores on the shared dev corpora, held to the targets of the issues. They need ../shared/data beside the clone
/// and are skipped, with a message, without it.
/// </summary>
[TestFixture]
[Category("Corpus")]
public class CorpusTests
{
    [Test]
    public void Gsd_dev_token_and_sentence_scores_meet_the_targets()
    {
        string path = SharedData.RequireFile(Path.Combine("tokens", "fr_gsd-ud-dev.conllu"));
        using var reader = new StreamReader(path);
        var result = TokenEvaluation.Evaluate(FrenchPipeline.CreateDefault(), ConlluReader.Read(reader));
        TestContext.Out.WriteLine($"tokens    {result.Tokens}");
        TestContext.Out.WriteLine($"sentences {result.Sentences}");
        Assert.That(result.Tokens.Gold, Is.EqualTo(34_664), "the dev split's surface token count");
        Assert.That(result.Tokens.F1, Is.GreaterThanOrEqualTo(0.995), "token F1 target (issue: ≥ 99.5 %)");
        Assert.That(result.Sentences.F1, Is.GreaterThanOrEqualTo(0.96), "sentence F1 target (issue: ≥ 96 %)");
    }

    [Test]
    public void French_timebank_date_scores_meet_the_targets()
    {
        string folder = Path.GetDirectoryName(SharedData.RequireFile(Path.Combine("dates", "fr-timebank", "1999-05-17-0121.tml")))!;
        var documents = Directory.GetFiles(folder, "*.tml").Order(StringComparer.Ordinal).Select(TimeMlReader.Read).ToList();
        var result = DateEvaluation.Evaluate(FrenchPipeline.CreateDefault(), documents);
        TestContext.Out.WriteLine($"strict  {result.Strict}");
        TestContext.Out.WriteLine($"relaxed {result.Relaxed}");
        TestContext.Out.WriteLine($"value accuracy {result.ValueAccuracy:P2}");
        Assert.That(documents, Has.Count.EqualTo(72), "the French TimeBank files");
        Assert.That(result.Relaxed.F1, Is.GreaterThanOrEqualTo(0.92), "relaxed F1 target (issue: ≥ 92)");
        Assert.That(result.Strict.F1, Is.GreaterThanOrEqualTo(0.85), "strict F1 target (issue: ≥ 85)");
        Assert.That(result.ValueAccuracy, Is.GreaterThanOrEqualTo(0.85), "value accuracy target (issue: ≥ 85)");
    }

    [Test]
    public void Sequoia_dev_scores_meet_the_targets()
    {
        string path = SharedData.RequireFile(Path.Combine("ner", "sequoia", "sequoia-ud.parseme.frsemcor.dev"));
        var pipeline = new PipelineBuilder().UseSentences().UseEntities().Build();
        var result = NerEvaluation.Evaluate(pipeline, SequoiaReader.Read(path));
        foreach (var (label, score) in result.PerLabel)
        {
            TestContext.Out.WriteLine($"{NerEvaluation.Code(label)} {score}");
        }

        TestContext.Out.WriteLine($"overall {result.Overall}");
        Assert.That(result.Overall.Gold, Is.EqualTo(291), "the dev split's PER/ORG/LOC mentions");
        Assert.That(result.PerLabel[EntityLabel.Person].F1, Is.GreaterThanOrEqualTo(0.90), "PER target (issue: ≥ 90)");
        // The shipped model scores 85.96 (85.31 on average over seeds 1–8 of its training command, 84.76 the lowest).
        Assert.That(result.Overall.F1, Is.GreaterThanOrEqualTo(0.85), "overall target (issue: ≥ 85); shipped model scores 85.96");
    }

    [Test]
    public void NewsEye_dev2_score_does_not_regress()
    {
        string path = SharedData.RequireFile(Path.Combine("ner", "newseye", "HIPE-2022-v2.1-newseye-dev2-fr.tsv"));
        var pipeline = new PipelineBuilder().UseSentences().UseEntities().Build();
        var result = NerEvaluation.Evaluate(pipeline, HipeReader.Read(path));
        TestContext.Out.WriteLine($"overall {result.Overall}");
        Assert.That(result.Overall.Gold, Is.EqualTo(1277), "the dev2 split's PER/ORG/LOC mentions");
        // Not the target (≥ 65, far off: OCR seams and a span convention with titles and appositions): a guard
        // that the OCR handling and the model keep what they reach (shipped: 44.56), less two points of noise.
        Assert.That(result.Overall.F1, Is.GreaterThanOrEqualTo(0.42), "regression guard: shipped model scores 44.56");
    }

    [Test]
    public void News_quote_scores_meet_the_targets()
    {
        string path = SharedData.RequireFile(Path.Combine("quotes", "news-dev.jsonl"));
        var result = QuoteEvaluation.Evaluate(FrenchPipeline.CreateDefault(), QuoteGoldReader.Read(path));
        TestContext.Out.WriteLine($"marked   spans {result.Marked.Spans}  pairs {result.Marked.Pairs}");
        TestContext.Out.WriteLine($"indirect spans {result.Indirect.Spans}  pairs {result.Indirect.Pairs}");
        Assert.That(result.Documents, Is.EqualTo(38), "the news-dev documents");
        Assert.That(result.Marked.Spans.F1, Is.GreaterThanOrEqualTo(0.97), "marked span F1 target (issue: ≥ 97)");
        Assert.That(result.Marked.Pairs.F1, Is.GreaterThanOrEqualTo(0.90), "marked who-said-what F1 target (issue: ≥ 90)");
        Assert.That(result.Indirect.Pairs.F1, Is.GreaterThanOrEqualTo(0.70), "indirect who-said-what F1 target (issue: ≥ 70)");
    }

    [Test]
    public void Literary_dialogue_quote_spans_and_pairs_meet_their_targets()
    {
        string path = SharedData.RequireFile(Path.Combine("quotes", "litbank-dev.jsonl"));
        var result = QuoteEvaluation.Evaluate(FrenchPipeline.CreateDefault(), QuoteGoldReader.Read(path));
        TestContext.Out.WriteLine($"marked spans {result.Marked.Spans}  pairs {result.Marked.Pairs}");
        Assert.That(result.Documents, Is.EqualTo(6), "the litbank-dev documents");
        Assert.That(result.Marked.Spans.F1, Is.GreaterThanOrEqualTo(0.90), "marked span F1 target (issue: ≥ 90)");

        // 80.86 on 2026-12-04 (374 right pairs of 462 predicted, 463 gold).
        Assert.That(result.Marked.Pairs.F1, Is.GreaterThanOrEqualTo(0.80), "marked pairs F1 target (issue: ≥ 80)");
    }
}
