using NlpExtract.Entities;

namespace NlpExtract.Cli.Corpora;

/// <summary>Turns gold documents into training sentences: our tokens and sentences, with the gold spans as BILOU tags.</summary>
internal static class NerCorpus
{
    private static readonly Pipeline Segmenter = new PipelineBuilder().UseSentences().Build();

    /// <summary>
    /// The training documents of one corpus by name: sequoia (train split), newseye (NewsEye dev, bare names),
    /// newseye-raw (its own convention), romans (7-romans, bare names), europeana (bare names).
    /// </summary>
    public static List<NerDocument> Read(string dataFolder, string name) => name switch
    {
        "sequoia" => SequoiaReader.Read(Path.Combine(dataFolder, "ner", "sequoia", "sequoia-ud.parseme.frsemcor.train")).ToList(),
        "newseye" => HipeReader.Read(Path.Combine(dataFolder, "ner", "newseye", "HIPE-2022-v2.1-newseye-dev-fr.tsv")).Select(ToBareNames).ToList(),
        "newseye-raw" => HipeReader.Read(Path.Combine(dataFolder, "ner", "newseye", "HIPE-2022-v2.1-newseye-dev-fr.tsv")).ToList(),
        "romans" => Directory.GetFiles(Path.Combine(dataFolder, "ner", "7-romans"), "*.conll").Order(StringComparer.Ordinal)
            .SelectMany(TokenTagReader.Read).Select(ToBareNames).ToList(),
        "europeana" => TokenTagReader.Read(Path.Combine(dataFolder, "ner", "europeana", "enp_FR.bnf.bio")).Select(ToBareNames).ToList(),
        _ => throw new ArgumentException($"Unknown corpus '{name}'."),
    };

    private static readonly string[] LeadingWordsToStrip =
        ["M. ", "MM. ", "M ", "Mme ", "Mmes ", "Mlle ", "Mgr ", "le ", "la ", "les ", "Le ", "La ", "Les ", "l'", "L'", "l’", "L’"];

    /// <summary>
    /// Brings another corpus to Sequoia's convention of bare names: NewsEye marks "M. Chéron", "la France"; Sequoia
    /// marks "Chéron", "France". Leading titles and articles are cut off the gold mentions, and mentions without a
    /// capitalised word are dropped.
    /// </summary>
    public static NerDocument ToBareNames(NerDocument document)
    {
        var entities = new List<GoldEntity>();
        foreach (var entity in document.Entities)
        {
            int start = entity.Start;
            bool stripped;
            do
            {
                stripped = false;
                foreach (var prefix in LeadingWordsToStrip)
                {
                    if (entity.End - start > prefix.Length && document.Text.AsSpan(start).StartsWith(prefix, StringComparison.Ordinal))
                    {
                        start += prefix.Length;
                        stripped = true;
                        break;
                    }
                }
            }
            while (stripped);

            if (document.Text.AsSpan(start, entity.End - start).ContainsAnyInRange('A', 'Z') ||
                document.Text.AsSpan(start, entity.End - start).ContainsAnyInRange('À', 'Þ'))
            {
                entities.Add(entity with { Start = start });
            }
        }

        return document with { Entities = entities };
    }

    /// <summary>
    /// Tokenizes and splits a document, and tags each token from the gold character spans. An entity whose edges fall
    /// inside a token (the gold and our tokenization disagree) is left untagged rather than tagged wrongly.
    /// </summary>
    public static IEnumerable<TrainingSentence> ToSentences(NerDocument document)
    {
        var processed = Segmenter.Process(document.Text);
        var tokens = processed.Tokens.AsSpan();
        var tags = new int[tokens.Length];
        foreach (var entity in document.Entities)
        {
            int first = -1;
            int last = -1;
            for (int t = 0; t < tokens.Length; t++)
            {
                if (tokens[t].Start == entity.Start)
                {
                    first = t;
                }

                if (tokens[t].End == entity.End)
                {
                    last = t;
                    break;
                }
            }

            if (first < 0 || last < first)
            {
                continue;
            }

            int type = EntityLabels.TypeIndex(entity.Label);
            if (first == last)
            {
                tags[first] = EntityLabels.Unit(type);
                continue;
            }

            tags[first] = EntityLabels.Begin(type);
            for (int t = first + 1; t < last; t++)
            {
                tags[t] = EntityLabels.Inside(type);
            }

            tags[last] = EntityLabels.Last(type);
        }

        var result = new List<TrainingSentence>();
        foreach (var sentence in processed.Sentences)
        {
            var sentenceTags = tags.AsSpan(sentence.FirstToken, sentence.TokenCount);
            // A mention cut by a sentence boundary cannot be learnt from either half.
            if (EntityLabels.Position(sentenceTags[0]) is 2 or 3 || EntityLabels.Position(sentenceTags[^1]) is 1 or 2)
            {
                continue;
            }

            result.Add(new TrainingSentence(document.Text, tokens.Slice(sentence.FirstToken, sentence.TokenCount).ToArray(), sentenceTags.ToArray()));
        }

        return result;
    }
}
