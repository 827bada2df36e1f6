namespace NlpExtract.Tests;

[TestFixture]
public class SentenceSplitterTests
{
    private static readonly Pipeline Pipeline = FrenchPipeline.CreateDefault();

    private static IEnumerable<TestCaseData> Spec() => SpecFile.Cases("sentences.tsv", 2);

    [TestCaseSource(nameof(Spec))]
    public void Spec_sentences_match(string input, string expected, string unused)
    {
        var document = Pipeline.Process(input);
        Assert.That(document.Sentences.Select(document.GetText), Is.EqualTo(expected.Split(" ‖ ")));
    }

    [Test]
    public void Empty_text_has_no_sentences()
    {
        Assert.That(Pipeline.Process("").Sentences, Is.Empty);
        Assert.That(Pipeline.Process("   \n\n ").Sentences, Is.Empty);
    }

    [Test]
    public void Sentences_cover_every_token_once_in_order([Random(0, int.MaxValue, 50)] int seed)
    {
        var random = new Random(seed);
        string[] pieces = ["Il", "part", ".", "!", "?", "»", "«", "\"", "M.", "etc.", "J.-C.", "\n", "\n\n", " ", "le", "Le", ";", "...", ")", "("];
        string text = string.Join(" ", Enumerable.Range(0, 200).Select(_ => pieces[random.Next(pieces.Length)]));
        var document = Pipeline.Process(text);
        int expectedFirst = 0;
        foreach (var sentence in document.Sentences)
        {
            Assert.That(sentence.FirstToken, Is.EqualTo(expectedFirst));
            Assert.That(sentence.TokenCount, Is.GreaterThan(0));
            var tokens = document.GetTokens(sentence);
            Assert.That(sentence.Start, Is.EqualTo(tokens[0].Start));
            Assert.That(sentence.End, Is.EqualTo(tokens[^1].End));
            expectedFirst += sentence.TokenCount;
        }

        Assert.That(expectedFirst, Is.EqualTo(document.Tokens.Length));
    }

    [Test]
    [CancelAfter(30_000)]
    public void Thousands_of_quote_marks_and_unclosed_quotes_are_split_in_linear_time()
    {
        string text = string.Concat(Enumerable.Repeat("« Il dit. \" Non ! ", 20_000)) + "« jamais fermé";
        var document = Pipeline.Process(text);
        Assert.That(document.Sentences, Has.Length.GreaterThan(20_000));
        Assert.That(document.Sentences[^1].End, Is.EqualTo(text.Length));
    }

    [Test]
    public void A_text_is_split_the_same_wherever_it_falls_in_the_64_character_blocks_the_splitter_reads()
    {
        // The splitter reads marks and line breaks 64 characters at a time: every shift of the text moves them across a block's edge.
        const string body = "Dépêche\nLa Une du jour\r\nIl pleut… Puis il part ; Il revient ! « Oui ? » dit-il.\u2028Fin\n\nM. Dupont arrive.";
        string[] expected = ["Dépêche", "La Une du jour", "Il pleut…", "Puis il part ;", "Il revient !", "« Oui ? » dit-il.", "Fin", "M. Dupont arrive."];
        for (int shift = 0; shift <= 140; shift++)
        {
            string text = "Avant" + new string(' ', shift) + ".\n\n" + body;
            var document = Pipeline.Process(text);
            Assert.That(document.Sentences.Skip(1).Select(document.GetText), Is.EqualTo(expected), $"shift {shift}");
        }
    }
}
