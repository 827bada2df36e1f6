using System.Text;
using NlpExtract;

// Runs the default French pipeline on a news article and prints what each stage found.
// Usage: dotnet run --project samples/NlpExtract.Sample [-- path/to/article.txt]
Console.OutputEncoding = Encoding.UTF8;
string path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "article-fr.txt");
string text = File.ReadAllText(path, Encoding.UTF8);

// Build once, reuse everywhere: the pipeline is immutable and thread-safe.
var pipeline = FrenchPipeline.CreateDefault();
var document = pipeline.Process(text, new ProcessOptions { ReferenceDate = new DateOnly(2024, 1, 19) });

Console.WriteLine($"Article: {Path.GetFileName(path)} — {text.Length:N0} characters");
Console.WriteLine($"Stages:  {document.Stages}");
Console.WriteLine();

Console.WriteLine($"== Tokens: {document.Tokens.Length:N0}");
foreach (var group in document.Tokens.GroupBy(t => t.Kind).OrderByDescending(g => g.Count()))
{
    var examples = group.Select(document.GetText).Distinct().Take(8);
    Console.WriteLine($"  {group.Key,-12} {group.Count(),5}   e.g. {string.Join("  ", examples)}");
}

// The French cases a generic tokenizer gets wrong: elisions, inverted clitics, spaced numbers, abbreviations.
Console.WriteLine();
Console.WriteLine("  French-specific tokens:");
var french = document.Tokens.Select(document.GetText)
    .Where(t => t.EndsWith('\'') || t.EndsWith('’') || t.StartsWith('-') || t.Contains(' ') || (t.Length > 1 && t.EndsWith('.')))
    .Distinct();
Console.WriteLine("    " + string.Join("  ", french.Select(t => $"[{t}]")));

Console.WriteLine();
Console.WriteLine($"== Dates (reference date {document.ReferenceDate:yyyy-MM-dd}): {document.Entities.Count(e => e.Label == EntityLabel.Date)}");
foreach (var entity in document.Entities.Where(e => e.Label == EntityLabel.Date))
{
    string modifier = entity.Modifier is null ? "" : $" ({entity.Modifier})";
    Console.WriteLine($"  [{entity.Start,5}–{entity.End,5}] {document.GetText(entity),-28} → {entity.Value}{modifier}");
}

Console.WriteLine();
Console.WriteLine($"== People, organizations, places: {document.Entities.Count(e => e.Label != EntityLabel.Date)}");
foreach (var entity in document.Entities.Where(e => e.Label != EntityLabel.Date))
{
    Console.WriteLine($"  [{entity.Start,5}–{entity.End,5}] {entity.LabelCode,-4} {document.GetText(entity),-40} score {entity.Score:0.00}");
}

Console.WriteLine();
Console.WriteLine($"== Who said what: {document.Quotes.Length} quotations");
foreach (var quote in document.Quotes)
{
    string content = document.GetText(quote).ReplaceLineEndings(" ");
    if (content.Length > 70)
    {
        content = content[..67] + "…";
    }

    string cue = quote.Cue is { } span ? span.GetText(text) : "—";
    string mention = quote.Speaker is { } said ? $" (“{said.GetText(text)}”)" : "";
    Console.WriteLine($"  {quote.KindCode,-8} {quote.SpeakerName ?? "unknown"}{mention}, cue “{cue}”: «{content}»");
}

Console.WriteLine();
Console.WriteLine($"== Speakers: {document.Speakers.Length}");
foreach (var speaker in document.Speakers)
{
    var mentions = speaker.Mentions.Select(m => m.GetText(text)).Distinct();
    Console.WriteLine($"  {speaker.Name} ({speaker.Label?.ToString() ?? "?"}): {speaker.Quotes.Length} quote(s); mentions: {string.Join(", ", mentions)}");
}

Console.WriteLine();
Console.WriteLine($"== Sentences: {document.Sentences.Length}");
for (int i = 0; i < document.Sentences.Length; i++)
{
    var sentence = document.Sentences[i];
    string sentenceText = document.GetText(sentence).ReplaceLineEndings(" ");
    if (sentenceText.Length > 110)
    {
        sentenceText = sentenceText[..107] + "…";
    }

    Console.WriteLine($"  {i + 1,2}. [{sentence.Start,5}–{sentence.End,5}] {sentenceText}");
}
