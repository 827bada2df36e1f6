using System.Text;
using System.Text.Json;
using NlpExtract.Cli;

namespace NlpExtract.Tests;

[TestFixture]
public class CliTests
{
    [Test]
    public void Extract_writes_the_json_contract_with_offsets_into_the_text()
    {
        string text = "«\u202FNon\u202F», a-t-il dit le 19/01/2024. Voir https://exemple.fr 👩‍💻 !";
        var line = WriteJson("doc-1", FrenchPipeline.CreateDefault().Process(text));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.That(root.GetProperty("id").GetString(), Is.EqualTo("doc-1"));
        var tokens = root.GetProperty("tokens").EnumerateArray()
            .Select(t => (Text: text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()], Kind: t.GetProperty("kind").GetString()))
            .ToArray();
        Assert.That(tokens, Does.Contain(("-t-il", "word")).And.Contain(("19/01/2024", "number"))
            .And.Contain(("https://exemple.fr", "url")).And.Contain(("👩‍💻", "emoji")).And.Contain(("«", "punctuation")));
        var sentences = root.GetProperty("sentences").EnumerateArray()
            .Select(s => text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]).ToArray();
        Assert.That(sentences, Is.EqualTo(new[] { "«\u202FNon\u202F», a-t-il dit le 19/01/2024.", "Voir https://exemple.fr 👩‍💻 !" }));
        var entities = root.GetProperty("entities").EnumerateArray().ToArray();
        Assert.That(entities, Has.Length.EqualTo(1));
        Assert.That(entities[0].GetProperty("label").GetString(), Is.EqualTo("DATE"));
        Assert.That(entities[0].GetProperty("text").GetString(), Is.EqualTo("le 19/01/2024"));
        Assert.That(text[entities[0].GetProperty("start").GetInt32()..entities[0].GetProperty("end").GetInt32()], Is.EqualTo("le 19/01/2024"));
        Assert.That(entities[0].GetProperty("value").GetString(), Is.EqualTo("2024-01-19"));
    }

    [Test]
    public void Extract_writes_quotes_and_speakers_as_the_contract_says()
    {
        const string text = "Le vice-ministre Mikhaïl Bogdanov a reçu l'ambassadrice. «Nous soutenons le dialogue», a déclaré Bogdanov. "
                            + "Il a ajouté que la Russie resterait présente.";
        using var json = JsonDocument.Parse(WriteJson("q", FrenchPipeline.CreateDefault().Process(text)));
        var quotes = json.RootElement.GetProperty("quotes").EnumerateArray().ToArray();
        Assert.That(quotes, Has.Length.EqualTo(2));
        foreach (var quote in quotes)
        {
            int start = quote.GetProperty("start").GetInt32(), end = quote.GetProperty("end").GetInt32();
            Assert.That(quote.GetProperty("text").GetString(), Is.EqualTo(text[start..end]));
            foreach (var name in new[] { "cue", "speaker" })
            {
                var span = quote.GetProperty(name);
                Assert.That(span.GetProperty("text").GetString(), Is.EqualTo(text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]));
            }

            Assert.That(quote.GetProperty("speakerName").GetString(), Is.EqualTo("Mikhaïl Bogdanov"));
            Assert.That(quote.GetProperty("speakerLabel").GetString(), Is.EqualTo("PER"));
            Assert.That(quote.GetProperty("score").GetDouble(), Is.InRange(0, 1));
        }

        Assert.That(quotes.Select(q => q.GetProperty("kind").GetString()), Is.EqualTo(new[] { "direct", "indirect" }));
        Assert.That(quotes[1].GetProperty("speaker").GetProperty("text").GetString(), Is.EqualTo("Il"));
        var speakers = json.RootElement.GetProperty("speakers").EnumerateArray().ToArray();
        Assert.That(speakers, Has.Length.EqualTo(1));
        Assert.That(speakers[0].GetProperty("name").GetString(), Is.EqualTo("Mikhaïl Bogdanov"));
        Assert.That(speakers[0].GetProperty("quotes").EnumerateArray().Select(i => i.GetInt32()), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(speakers[0].GetProperty("mentions").GetArrayLength(), Is.GreaterThanOrEqualTo(3));
    }

    [Test]
    public void Extract_without_quotes_omits_both_quote_arrays()
    {
        var pipeline = new PipelineBuilder().UseSentences().UseDates().Build();
        using var json = JsonDocument.Parse(WriteJson(null, pipeline.Process("«Non», a-t-il dit.")));
        Assert.That(json.RootElement.TryGetProperty("quotes", out _), Is.False);
        Assert.That(json.RootElement.TryGetProperty("speakers", out _), Is.False);
    }

    [Test]
    public void Extract_omits_sentences_when_that_stage_is_off()
    {
        var pipeline = new PipelineBuilder().Build();
        using var json = JsonDocument.Parse(WriteJson(null, pipeline.Process("Il part. Elle reste.")));
        Assert.That(json.RootElement.TryGetProperty("sentences", out _), Is.False, "stages that did not run are omitted, never faked");
        Assert.That(json.RootElement.TryGetProperty("entities", out _), Is.False, "stages that did not run are omitted, never faked");
        Assert.That(json.RootElement.GetProperty("id").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Extract_reads_json_lines_and_keeps_input_order()
    {
        var lines = Enumerable.Range(0, 50).Select(i => JsonSerializer.Serialize(new { id = $"d{i}", text = $"Phrase {i}. Autre phrase.", date = "2024-01-19" }));
        var (exitCode, output, error) = RunExtract(string.Join('\n', lines), ".jsonl");
        Assert.That(exitCode, Is.EqualTo(0), error);
        var ids = output.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 50).Select(i => $"d{i}")));
    }

    [Test]
    public void Extract_reports_a_malformed_line_and_fails()
    {
        var (exitCode, _, error) = RunExtract("{\"id\":\"ok\",\"text\":\"Bonjour.\"}\n{\"id\":\"bad\"}", ".jsonl");
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("line 2"));
    }

    [Test]
    public void Extract_accepts_escaped_lone_surrogates_in_json_input()
    {
        var (exitCode, output, error) = RunExtract("{\"id\":\"s\",\"text\":\"a\\ud800b « non\\u00a0!\"}", ".jsonl");
        Assert.That(exitCode, Is.EqualTo(0), error);
        var tokens = JsonDocument.Parse(output[0]).RootElement.GetProperty("tokens").EnumerateArray()
            .Select(t => (t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), t.GetProperty("kind").GetString())).ToArray();
        Assert.That(tokens, Is.EqualTo(new[] { (0, 1, "word"), (1, 2, "symbol"), (2, 3, "word"), (4, 5, "punctuation"), (6, 9, "word"), (10, 11, "punctuation") }));
    }

    [Test]
    public void Extract_reads_plain_text_as_one_document()
    {
        var (exitCode, output, error) = RunExtract("Premier titre\n\nIl pleut. Il vente.", ".txt");
        Assert.That(exitCode, Is.EqualTo(0), error);
        Assert.That(output, Has.Length.EqualTo(1));
        Assert.That(JsonDocument.Parse(output[0]).RootElement.GetProperty("sentences").GetArrayLength(), Is.EqualTo(3));
    }

    /// <summary>Runs <c>extract</c> on an input file with the given content and extension; returns its exit code, output lines and error text.</summary>
    private static (int ExitCode, string[] Output, string Error) RunExtract(string inputContent, string extension)
    {
        string input = Path.GetTempFileName() + extension;
        string output = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, inputContent);
            using var error = new StringWriter();
            int exitCode = ExtractCommand.Run(new FileInfo(input), new FileInfo(output), InputFormat.Auto, null, FrenchPipeline.CreateDefault(), error);
            return (exitCode, File.ReadAllLines(output), error.ToString());
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    private static string WriteJson(string? id, Document document)
    {
        using var stream = new MemoryStream();
        DocumentJsonWriter.Write(stream, id, document);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
