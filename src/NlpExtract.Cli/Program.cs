using System.CommandLine;
using System.Globalization;
using NlpExtract;
using NlpExtract.Cli;
using NlpExtract.Cli.Evaluation;

var root = new RootCommand("nlpextract: French information extraction (tokens, sentences, dates) as JSON Lines, with evaluation against gold corpora.");
root.Subcommands.Add(BuildExtract());
root.Subcommands.Add(BuildEval());
return root.Parse(args).Invoke();

static Command BuildExtract()
{
    var input = new Option<FileInfo?>("--input", "-i") { Description = "Input file: JSON Lines ({\"id\",\"text\",\"date\"} per line) or plain text. Default: standard input." };
    var output = new Option<FileInfo?>("--output", "-o") { Description = "Output JSON Lines file. Default: standard output." };
    var format = new Option<InputFormat>("--format") { Description = "Input format; auto reads .jsonl/.json as JSON Lines, .txt as text, else looks for a leading '{'.", DefaultValueFactory = _ => InputFormat.Auto };
    var date = new Option<string?>("--date") { Description = "Reference date (yyyy-mm-dd) for documents without a \"date\" field. Default: today." };
    var noSentences = new Option<bool>("--no-sentences") { Description = "Skip sentence splitting (and dates, which need sentences); the \"sentences\" array is then omitted." };
    var noDates = new Option<bool>("--no-dates") { Description = "Skip date recognition; the \"entities\" array is then omitted." };
    var command = new Command("extract", "Extract tokens, sentences and dates from French documents, one JSON line per document (docs/OUTPUT.md).")
    {
        input, output, format, date, noSentences, noDates,
    };
    command.SetAction(result =>
    {
        var builder = new PipelineBuilder().UseSentences().UseDates();
        if (result.GetValue(noDates))
        {
            builder.Without(PipelineStages.Dates);
        }

        if (result.GetValue(noSentences))
        {
            builder.Without(PipelineStages.Sentences);
        }

        DateOnly? referenceDate = null;
        if (result.GetValue(date) is { } dateText)
        {
            try
            {
                referenceDate = InputDocument.ParseDate(dateText, "--date");
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"nlpextract extract: {e.Message}");
                return 2;
            }
        }

        return ExtractCommand.Run(result.GetValue(input), result.GetValue(output), result.GetValue(format), referenceDate, builder.Build(), Console.Error);
    });
    return command;
}

static Command BuildEval()
{
    var gold = new Option<FileInfo>("--gold") { Description = "Gold CoNLL-U file (e.g. ../shared/data/tokens/fr_gsd-ud-dev.conllu).", Required = true };
    var errors = new Option<int>("--errors") { Description = "Print up to this many token and sentence errors.", DefaultValueFactory = _ => 0 };
    var tokens = new Command("tokens", "Token and sentence precision, recall and F1 against CoNLL-U gold (exact spans; a multiword token counts once).")
    {
        gold, errors,
    };
    tokens.SetAction(result =>
    {
        var goldFile = result.GetValue(gold)!;
        if (!goldFile.Exists)
        {
            Console.Error.WriteLine($"nlpextract eval tokens: {goldFile.FullName} does not exist.");
            return 2;
        }

        using var reader = new StreamReader(goldFile.FullName);
        var evaluation = TokenEvaluation.Evaluate(FrenchPipeline.CreateDefault(), ConlluReader.Read(reader), result.GetValue(errors));
        foreach (var error in evaluation.Errors)
        {
            Console.WriteLine($"{error.Kind,-16} {error.Text}    {error.Context}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold: {goldFile.Name}, {evaluation.Documents} documents"));
        Console.WriteLine($"tokens     {evaluation.Tokens}");
        Console.WriteLine($"sentences  {evaluation.Sentences}");
        return 0;
    });

    var dateGold = new Option<DirectoryInfo>("--gold") { Description = "Folder of TimeML files (e.g. ../shared/data/dates/fr-timebank).", Required = true };
    var dateErrors = new Option<int>("--errors") { Description = "Print up to this many errors.", DefaultValueFactory = _ => 0 };
    var dates = new Command("dates", "DATE precision, recall and F1 (strict: exact span; relaxed: overlap) and value accuracy against TimeML gold.")
    {
        dateGold, dateErrors,
    };
    dates.SetAction(result =>
    {
        var folder = result.GetValue(dateGold)!;
        if (!folder.Exists)
        {
            Console.Error.WriteLine($"nlpextract eval dates: {folder.FullName} does not exist.");
            return 2;
        }

        var documents = folder.GetFiles("*.tml").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => TimeMlReader.Read(f.FullName));
        var evaluation = DateEvaluation.Evaluate(FrenchPipeline.CreateDefault(), documents, result.GetValue(dateErrors));
        foreach (var error in evaluation.Errors)
        {
            Console.WriteLine(error);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold: {folder.Name}, {evaluation.Documents} documents"));
        Console.WriteLine($"strict    {evaluation.Strict}");
        Console.WriteLine($"relaxed   {evaluation.Relaxed}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"value accuracy {100 * evaluation.ValueAccuracy:F2} ({evaluation.ValueCorrect}/{evaluation.ValueCompared} relaxed matches)"));
        return 0;
    });

    return new Command("eval", "Measure a stage against gold data.") { tokens, dates };
}
