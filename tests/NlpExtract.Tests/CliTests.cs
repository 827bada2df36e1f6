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
        Assert.That(root.TryGetProperty("entities", out _), Is.False, "stages that did not run are omitted, never faked");
    }

    [Test]
    public void Extract_omits_sentences_when_that_stage_is_off()
    {
        var pipeline = new PipelineBuilder().Build();
        using var json = JsonDocument.Parse(WriteJson(null, pipeline.Process("Il part. Elle reste.")));
        Assert.That(json.RootElement.TryGetProperty("sentences", out _), Is.False);
        Assert.That(json.RootElement.GetProperty("id").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Extract_reads_json_lines_and_keeps_input_order()
    {
        string input = Path.GetTempFileName() + ".jsonl";
        string output = Path.GetTempFileName();
        try
        {
            var lines = Enumerable.Range(0, 50).Select(i => JsonSerializer.Serialize(new { id = $"d{i}", text = $"Phrase {i}. Autre phrase.", date = "2024-01-19" }));
            File.WriteAllLines(input, lines);
            using var error = new StringWriter();
            int exitCode = ExtractCommand.Run(new FileInfo(input), new FileInfo(output), InputFormat.Auto, null, FrenchPipeline.CreateDefault(), error);
            Assert.That(exitCode, Is.EqualTo(0), error.ToString());
            var ids = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
            Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 50).Select(i => $"d{i}")));
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    [Test]
    public void Extract_reports_a_malformed_line_and_fails()
    {
        string input = Path.GetTempFileName() + ".jsonl";
        string output = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(input, ["{\"id\":\"ok\",\"text\":\"Bonjour.\"}", "{\"id\":\"bad\"}"]);
            using var error = new StringWriter();
            int exitCode = ExtractCommand.Run(new FileInfo(input), new FileInfo(output), InputFormat.Auto, null, FrenchPipeline.CreateDefault(), error);
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error.ToString(), Does.Contain("line 2"));
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    [Test]
    public void Extract_reads_plain_text_as_one_document()
    {
        string input = Path.GetTempFileName() + ".txt";
        string output = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, "Premier titre\n\nIl pleut. Il vente.");
            using var error = new StringWriter();
            Assert.That(ExtractCommand.Run(new FileInfo(input), new FileInfo(output), InputFormat.Auto, null, FrenchPipeline.CreateDefault(), error), Is.EqualTo(0));
            var lines = File.ReadAllLines(output);
            Assert.That(lines, Has.Length.EqualTo(1));
            Assert.That(JsonDocument.Parse(lines[0]).RootElement.GetProperty("sentences").GetArrayLength(), Is.EqualTo(3));
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
