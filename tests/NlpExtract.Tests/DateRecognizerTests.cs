using System.Globalization;
using System.Text;

namespace NlpExtract.Tests;

[TestFixture]
public class DateRecognizerTests
{
    private static readonly Pipeline Pipeline = FrenchPipeline.CreateDefault();
    private static readonly DateOnly DefaultReference = new(2024, 1, 19);

    private static IEnumerable<TestCaseData> Spec() => SpecFile.Cases("dates.tsv", 2, 5);

    [TestCaseSource(nameof(Spec))]
    public void Spec_dates_match(string text, string span, string value, string modifier, string reference)
    {
        var referenceDate = reference.Length > 0 ? DateOnly.ParseExact(reference, "yyyy-MM-dd", CultureInfo.InvariantCulture) : DefaultReference;
        var document = Pipeline.Process(text, new ProcessOptions { ReferenceDate = referenceDate });
        var dates = document.Entities.Where(e => e.Label == EntityLabel.Date).ToList();
        string found = string.Join(" | ", dates.Select(e => $"[{document.GetText(e)}] {e.Value} {e.Modifier}"));
        if (span == "-")
        {
            Assert.That(dates, Is.Empty, found);
            return;
        }

        var match = dates.Where(e => document.GetText(e) == span).ToList();
        Assert.That(match, Has.Count.EqualTo(1), $"no DATE spanning \"{span}\"; found: {found}");
        Assert.That(match[0].Value, Is.EqualTo(value), found);
        Assert.That(match[0].Modifier ?? "", Is.EqualTo(modifier), found);
    }

    [Test]
    public void Spec_file_has_at_least_150_cases()
    {
        Assert.That(Spec().Count(), Is.GreaterThanOrEqualTo(150));
    }

    [Test]
    public void Dates_are_entities_with_offsets_into_the_text()
    {
        const string text = "« Nous apprécions », a indiqué ce 19 janvier le ministère, qui avait réagi hier.";
        var document = Pipeline.Process(text, new ProcessOptions { ReferenceDate = DefaultReference });
        Assert.That(document.Entities.Select(e => (document.GetText(e), e.LabelCode, e.Value)),
            Is.EqualTo(new[] { ("ce 19 janvier", "DATE", "2024-01-19"), ("hier", "DATE", "2024-01-18") }));
    }

    [Test]
    public void Empty_text_and_text_without_dates_have_no_entities()
    {
        Assert.That(Pipeline.Process("").Entities, Is.Empty);
        Assert.That(Pipeline.Process("Le chat dort sur le canapé.").Entities, Is.Empty);
    }

    [Test]
    public void Random_texts_give_well_formed_dates([Random(0, int.MaxValue, 100)] int seed)
    {
        var random = new Random(seed);
        string[] pieces =
        [
            "le", "1er", "31", "février", "mai", "2024", "98", "hier", "soir", "mardi", "dernier", "prochain", "il", "y", "a", "trois",
            "ans", "dans", "semaines", "fin", "début", "mi-mars", "années", "XIXe", "siècle", "14", "h", "30", "vers", "l'", "an", ",",
            ".", "été", "au", "printemps", "19/01/2024", "2024-13-45", "ce", "matin", "la", "veille", "d'", "ici", "jusqu'", "au",
        ];
        string text = string.Join(" ", Enumerable.Range(0, 300).Select(_ => pieces[random.Next(pieces.Length)]));
        var document = Pipeline.Process(text, new ProcessOptions { ReferenceDate = DefaultReference });
        int previousEnd = 0;
        foreach (var entity in document.Entities)
        {
            Assert.That(entity.Start, Is.GreaterThanOrEqualTo(previousEnd));
            Assert.That(entity.End, Is.LessThanOrEqualTo(text.Length));
            if (entity.Label == EntityLabel.Date)
            {
                Assert.That(entity.Value, Is.Not.Null.And.Not.Empty); // the statistical names of the word salad carry none
            }

            previousEnd = entity.End;
        }
    }

    [Test]
    [CancelAfter(30_000)]
    public void Long_runs_of_date_words_are_linear()
    {
        string text = string.Concat(Enumerable.Repeat("le 1er mai 2024 hier soir mardi dernier il y a trois ans ", 20_000));
        var document = Pipeline.Process(text, new ProcessOptions { ReferenceDate = DefaultReference });
        Assert.That(document.Entities, Has.Length.EqualTo(4 * 20_000));
    }
}
