using System.CommandLine;
using System.Globalization;
using NlpExtract;
using NlpExtract.Cli;
using NlpExtract.Cli.Corpora;
using NlpExtract.Cli.Evaluation;
using NlpExtract.Entities;

var root = new RootCommand("nlpextract: French information extraction (tokens, sentences, dates, PER/ORG/LOC entities, quotations and their speakers) as JSON Lines, with evaluation against gold corpora.");
root.Subcommands.Add(BuildExtract());
root.Subcommands.Add(BuildEval());
root.Subcommands.Add(BuildTrain());
return root.Parse(args).Invoke();

static Command BuildExtract()
{
    var input = new Option<FileInfo?>("--input", "-i") { Description = "Input file: JSON Lines ({\"id\",\"text\",\"date\"} per line) or plain text. Default: standard input." };
    var output = new Option<FileInfo?>("--output", "-o") { Description = "Output JSON Lines file. Default: standard output." };
    var format = new Option<InputFormat>("--format") { Description = "Input format; auto reads .jsonl/.json as JSON Lines, .txt as text, else looks for a leading '{'.", DefaultValueFactory = _ => InputFormat.Auto };
    var date = new Option<string?>("--date") { Description = "Reference date (yyyy-mm-dd) for documents without a \"date\" field. Default: today." };
    var noSentences = new Option<bool>("--no-sentences") { Description = "Skip sentence splitting (and dates, which need sentences); the \"sentences\" array is then omitted." };
    var noDates = new Option<bool>("--no-dates") { Description = "Skip date recognition (DATE entities)." };
    var noEntities = new Option<bool>("--no-entities") { Description = "Skip the PER/ORG/LOC recognizer; with --no-dates too, the \"entities\" array is omitted." };
    var noQuotes = new Option<bool>("--no-quotes") { Description = "Skip quotation extraction; the \"quotes\" and \"speakers\" arrays are then omitted." };
    var command = new Command("extract", "Extract tokens, sentences, dates, entities and quotations from French documents, one JSON line per document (docs/OUTPUT.md).")
    {
        input, output, format, date, noSentences, noDates, noEntities, noQuotes,
    };
    command.SetAction(result =>
    {
        var builder = new PipelineBuilder().UseSentences().UseDates().UseEntities().UseQuotes();
        if (result.GetValue(noQuotes))
        {
            builder.Without(PipelineStages.Quotes);
        }

        if (result.GetValue(noDates))
        {
            builder.Without(PipelineStages.Dates);
        }

        if (result.GetValue(noEntities))
        {
            builder.Without(PipelineStages.Entities);
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

    var nerGold = new Option<FileInfo>("--gold") { Description = "Gold file: Sequoia frsemcor (.dev) or HIPE TSV.", Required = true };
    var nerFormat = new Option<string>("--format") { Description = "sequoia or hipe.", Required = true };
    var nerModel = new Option<FileInfo?>("--model") { Description = "A model written by train ner; default: the embedded model." };
    var nerErrors = new Option<int>("--errors") { Description = "Print up to this many errors.", DefaultValueFactory = _ => 0 };
    var nerBareNames = new Option<bool>("--bare-names")
    {
        Description = "Bring the gold to the convention the model follows (Sequoia's bare names) before scoring, as training does: " +
                      "leading titles and articles cut off (NewsEye's \"M. Chéron\" → \"Chéron\"), mentions without a capital dropped.",
    };
    var ner = new Command("ner", "PER/ORG/LOC precision, recall and F1 per label and overall, by exact character span (the CoNLL rule).")
    {
        nerGold, nerFormat, nerModel, nerErrors, nerBareNames,
    };
    ner.SetAction(result =>
    {
        var goldFile = result.GetValue(nerGold)!;
        string format = result.GetValue(nerFormat)!;
        if (!goldFile.Exists || format is not ("sequoia" or "hipe"))
        {
            Console.Error.WriteLine($"nlpextract eval ner: need an existing --gold file and --format sequoia|hipe.");
            return 2;
        }

        var builder = new PipelineBuilder().UseSentences();
        if (result.GetValue(nerModel) is { } modelFile)
        {
            using var stream = modelFile.OpenRead();
            builder.UseEntities(stream);
        }
        else
        {
            builder.UseEntities();
        }

        var documents = format == "sequoia" ? SequoiaReader.Read(goldFile.FullName) : HipeReader.Read(goldFile.FullName);
        if (result.GetValue(nerBareNames))
        {
            documents = documents.Select(NerCorpus.ToBareNames);
        }

        var evaluation = NerEvaluation.Evaluate(builder.Build(), documents, result.GetValue(nerErrors));
        foreach (var error in evaluation.Errors)
        {
            Console.WriteLine(error);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold: {goldFile.Name}, {evaluation.Documents} documents"));
        foreach (var (label, score) in evaluation.PerLabel)
        {
            Console.WriteLine($"{NerEvaluation.Code(label),-8} {score}");
        }

        Console.WriteLine($"overall  {evaluation.Overall}");
        return 0;
    });

    var quoteGold = new Option<FileInfo>("--gold") { Description = "Gold quotes, JSON Lines (e.g. ../shared/data/quotes/news-dev.jsonl).", Required = true };
    var quoteErrors = new Option<int>("--errors") { Description = "Print up to this many errors (missed, false, wrong speaker).", DefaultValueFactory = _ => 0 };
    var quoteModel = new Option<FileInfo?>("--model") { Description = "An entity model written by train ner (speakers are found among its entities); default: the embedded model." };
    var quotes = new Command("quotes", "Quotation span and who-said-what scores, marked (direct + mixed) and indirect apart, at 80 % and 30 % coverage of the gold span.")
    {
        quoteGold, quoteErrors, quoteModel,
    };
    quotes.SetAction(result =>
    {
        var goldFile = result.GetValue(quoteGold)!;
        if (!goldFile.Exists)
        {
            Console.Error.WriteLine($"nlpextract eval quotes: {goldFile.FullName} does not exist.");
            return 2;
        }

        var pipeline = FrenchPipeline.CreateDefault();
        if (result.GetValue(quoteModel) is { } modelFile)
        {
            using var stream = modelFile.OpenRead();
            pipeline = new PipelineBuilder().UseSentences().UseDates().UseEntities(stream).UseQuotes().Build();
        }

        var evaluation = QuoteEvaluation.Evaluate(pipeline, QuoteGoldReader.Read(goldFile.FullName), result.GetValue(quoteErrors));
        foreach (var error in evaluation.Errors)
        {
            Console.WriteLine(error);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold: {goldFile.Name}, {evaluation.Documents} documents"));
        void Print(string name, QuoteScores scores)
        {
            if (scores.Spans.Gold == 0)
            {
                Console.WriteLine($"{name,-18} no gold quotes of this class ({scores.Spans.Predicted} predicted)");
                return;
            }

            Console.WriteLine($"{name,-18} spans  {scores.Spans}");
            Console.WriteLine($"{"",-18} pairs  {scores.Pairs}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-18} speaker accuracy on matched {100 * scores.SpeakerAccuracy:F2}"));
        }

        Print("marked (80 %)", evaluation.Marked);
        Print("indirect (80 %)", evaluation.Indirect);
        Print("marked (30 %)", evaluation.MarkedLoose);
        Print("indirect (30 %)", evaluation.IndirectLoose);
        return 0;
    });

    return new Command("eval", "Measure a stage against gold data.") { tokens, dates, ner, quotes };
}

static Command BuildTrain()
{
    var output = new Option<FileInfo>("--out") { Description = "Where to write the model.", Required = true };
    var data = new Option<DirectoryInfo?>("--data") { Description = "The shared data folder (default: $NLPEXTRACT_DATA, else ../shared/data)." };
    var corpora = new Option<string>("--corpora") { Description = "Comma-separated: sequoia, newseye (NewsEye dev, normalised to bare names), newseye-raw (its own convention: titles and articles kept), romans (7-romans, bare names), europeana (Europeana newspapers, bare names).", DefaultValueFactory = _ => "sequoia,newseye,europeana" };
    var seed = new Option<int>("--seed") { Description = "Seed of the sentence order.", DefaultValueFactory = _ => 1 };
    var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 10 };
    var sequoiaWeight = new Option<int>("--sequoia-weight") { Description = "How many times Sequoia (clean news-like text) is repeated against the OCR newspapers.", DefaultValueFactory = _ => 3 };
    var runs = new Option<int>("--runs") { Description = "Perceptron runs over differently shuffled data whose weights are averaged into the model.", DefaultValueFactory = _ => 1 };
    var minCount = new Option<int>("--min-count") { Description = "Keep features seen at least this many times.", DefaultValueFactory = _ => 2 };
    var clustersFile = new Option<FileInfo?>("--clusters") { Description = "Word clusters written by train clusters (stored in the model and read as features)." };
    var nerCommand = new Command("ner", "Train the PER/ORG/LOC model (averaged structured perceptron, BILOU, Viterbi) on the train splits, deterministically.")
    {
        output, data, corpora, seed, epochs, sequoiaWeight, minCount, clustersFile, runs,
    };
    nerCommand.SetAction(result =>
    {
        string dataFolder = DataFolder(result.GetValue(data));
        var names = result.GetValue(corpora)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var sentences = new List<TrainingSentence>();
        foreach (var name in names)
        {
            var documents = NerCorpus.Read(dataFolder, name);
            var corpusSentences = documents.SelectMany(NerCorpus.ToSentences).ToList();
            int repeat = name == "sequoia" ? result.GetValue(sequoiaWeight) : 1;
            for (int r = 0; r < repeat; r++)
            {
                sentences.AddRange(corpusSentences);
            }

            Console.Error.WriteLine($"{name}: {documents.Count} documents, {corpusSentences.Count} sentences (x{repeat})");
        }

        string command = string.Create(CultureInfo.InvariantCulture,
            $"nlpextract train ner --corpora {string.Join(',', names)} --seed {result.GetValue(seed)} --epochs {result.GetValue(epochs)} --sequoia-weight {result.GetValue(sequoiaWeight)} --min-count {result.GetValue(minCount)}{(result.GetValue(runs) > 1 ? $" --runs {result.GetValue(runs)}" : string.Empty)}{(result.GetValue(clustersFile) is { } c ? " --clusters " + c.Name : string.Empty)}");
        var lexicon = GazetteerReader.Build(dataFolder);
        Console.Error.WriteLine($"lexicon: {lexicon.Count} words");
        if (result.GetValue(clustersFile) is { } clusterPath)
        {
            lexicon = lexicon.WithClusters(WordClusterTrainer.Load(clusterPath.FullName));
            Console.Error.WriteLine($"clusters: {lexicon.Clusters.Count} words from {clusterPath.Name}");
        }

        var model = EntityTrainer.Train(sentences, lexicon, result.GetValue(epochs), result.GetValue(seed), result.GetValue(minCount),
            $"NlpExtract French PER/ORG/LOC model. Data: {string.Join(", ", names)} train splits (see README). Command: {command}", Console.Error.WriteLine, result.GetValue(runs));
        using (var stream = File.Create(result.GetValue(output)!.FullName))
        {
            model.Save(stream);
        }

        Console.Error.WriteLine($"wrote {result.GetValue(output)!.FullName}: {model.FeatureCount} features, {new FileInfo(result.GetValue(output)!.FullName).Length:N0} bytes");
        return 0;
    });

    var namesOutput = new Option<FileInfo>("--out") { Description = "Where to write the list (src/NlpExtract/Quotes/first-names.tsv).", Required = true };
    var namesData = new Option<DirectoryInfo?>("--data") { Description = "The shared data folder (default: $NLPEXTRACT_DATA, else ../shared/data)." };
    var namesCommand = new Command("first-names", "Write the gendered first-name list the speaker resolver reads (INSEE 2023 first names, Licence Ouverte 2.0): names given at least 500 times, 90 % or more to one sex.")
    {
        namesOutput, namesData,
    };
    namesCommand.SetAction(result =>
    {
        string dataFolder = DataFolder(result.GetValue(namesData));
        int written = FirstNameList.Write(Path.Combine(dataFolder, "gazetteers", "prenoms-insee", "prenoms_fr_insee2023_by_gender.tsv"), result.GetValue(namesOutput)!.FullName);
        Console.Error.WriteLine($"wrote {result.GetValue(namesOutput)!.FullName}: {written} first names");
        return 0;
    });

    var clustersOutput = new Option<FileInfo>("--out") { Description = "Where to write the clusters (word TAB cluster lines).", Required = true };
    var clustersData = new Option<DirectoryInfo?>("--data") { Description = "The shared data folder (default: $NLPEXTRACT_DATA, else ../shared/data)." };
    var clustersCorpora = new Option<string>("--corpora") { Description = "Comma-separated corpora whose raw text is read (training splits only).", DefaultValueFactory = _ => "sequoia,newseye,europeana,romans" };
    var clusterCount = new Option<int>("--clusters") { Description = "Number of clusters (k of k-means).", DefaultValueFactory = _ => 256 };
    var clusterMinCount = new Option<int>("--min-count") { Description = "Cluster the words seen at least this many times.", DefaultValueFactory = _ => 5 };
    var clusterContext = new Option<int>("--context") { Description = "How many of the commonest words describe a word's left and right contexts.", DefaultValueFactory = _ => 500 };
    var clusterSeed = new Option<int>("--seed") { Description = "Seed of the k-means initialisation.", DefaultValueFactory = _ => 1 };
    var clustersCommand = new Command("clusters", "Learn distributional word clusters (ML.NET k-means over left/right context vectors) from the raw text of the training corpora, for the entity features.")
    {
        clustersOutput, clustersData, clustersCorpora, clusterCount, clusterMinCount, clusterContext, clusterSeed,
    };
    clustersCommand.SetAction(result =>
    {
        string dataFolder = DataFolder(result.GetValue(clustersData));
        var names = result.GetValue(clustersCorpora)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var texts = names.SelectMany(name => NerCorpus.Read(dataFolder, name)).Select(document => document.Text);
        var clusters = WordClusterTrainer.Train(texts, result.GetValue(clusterCount), result.GetValue(clusterMinCount), result.GetValue(clusterContext), result.GetValue(clusterSeed), Console.Error.WriteLine);
        string command = string.Create(CultureInfo.InvariantCulture,
            $"nlpextract train clusters --corpora {string.Join(',', names)} --clusters {result.GetValue(clusterCount)} --min-count {result.GetValue(clusterMinCount)} --context {result.GetValue(clusterContext)} --seed {result.GetValue(clusterSeed)}");
        WordClusterTrainer.Save(result.GetValue(clustersOutput)!.FullName, clusters,
            $"NlpExtract word clusters: ML.NET k-means over left/right context vectors (PPMI) of the raw text of {string.Join(", ", names)}.\n" +
            "Derived from the training splits of the shared corpora (Sequoia LGPL-LR, NewsEye CC BY 4.0, Europeana CC0, 7-romans MIT).\n" +
            $"Command: {command}");
        Console.Error.WriteLine($"wrote {result.GetValue(clustersOutput)!.FullName}: {clusters.Count} words in {result.GetValue(clusterCount)} clusters");
        return 0;
    });

    return new Command("train", "Train a model from the shared corpora.") { nerCommand, namesCommand, clustersCommand };
}

// The shared data folder: the --data option, else $NLPEXTRACT_DATA, else ../shared/data.
static string DataFolder(DirectoryInfo? option)
    => option?.FullName ?? Environment.GetEnvironmentVariable("NLPEXTRACT_DATA") ?? Path.Combine("..", "shared", "data");
