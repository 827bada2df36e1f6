using NlpExtract.Entities;

namespace NlpExtract.Tests;

[TestFixture]
public class EntityRecognizerTests
{
    private static readonly Pipeline Pipeline = FrenchPipeline.CreateDefault();

    private static (string Label, string Text)[] Names(string text)
    {
        var document = Pipeline.Process(text);
        return document.Entities.Where(e => e.Label != EntityLabel.Date).Select(e => (e.LabelCode, document.GetText(e))).ToArray();
    }

    [Test]
    public void People_and_places_in_a_news_sentence()
    {
        Assert.That(Names("Emmanuel Macron a reçu Angela Merkel à Paris."),
            Is.EqualTo(new[] { ("PER", "Emmanuel Macron"), ("PER", "Angela Merkel"), ("LOC", "Paris") }));
    }

    [Test]
    public void A_name_after_a_title_and_a_hyphenated_city()
    {
        Assert.That(Names("Le ministre des Affaires étrangères Jean-Noël Barrot s'est rendu à Saint-Étienne."),
            Is.EqualTo(new[] { ("PER", "Jean-Noël Barrot"), ("LOC", "Saint-Étienne") }));
    }

    [Test]
    public void A_foreign_name_after_a_title_and_an_adjective()
    {
        // Neither "Mikhaïl" nor "Bogdanov" is in a gazetteer: the title two words back announces the name.
        Assert.That(Names("Le vice-ministre russe Mikhaïl Bogdanov a reçu l'ambassadrice."),
            Is.EqualTo(new[] { ("PER", "Mikhaïl Bogdanov") }));
    }

    [Test]
    public void No_name_starts_with_the_conjunction_that_opens_its_sentence()
    {
        // The capital of "Quand", "Lorsque", "Mais" at a sentence start draws the tagger's name over it: the name is what
        // follows, and its other mentions in the document settle its label.
        var names = Names("« Quand Médor a vu le râle, il s'est dit : « Attends. » » Médor tomba en arrêt. Lorsque Étienne revint, " +
                          "Médor aboya. Mais Bouvard ne répondit pas.");
        Assert.That(names.Select(n => n.Text), Has.None.StartWith("Quand").And.None.StartWith("Lorsque").And.None.StartWith("Mais"));
        Assert.That(names, Does.Contain(("PER", "Étienne")));
        Assert.That(names.Count(n => n == ("PER", "Médor")), Is.EqualTo(3));
    }

    [TestCase("C'est un premier pas, a écrit le président ukrainien Volodymyr Zelensky sur son compte.", "Volodymyr Zelensky")]
    [TestCase("Elle a reçu la ministre Aurore Bergé mardi.", "Aurore Bergé")]
    public void The_capitalised_words_after_a_title_are_the_holders_name(string text, string person)
    {
        // "Volodymyr" is in no first-name list: the title (and its adjective) announces the name all the same.
        Assert.That(Names(text), Is.EqualTo(new[] { ("PER", person) }));
    }

    [Test]
    public void An_acronym_after_a_title_is_no_persons_name()
    {
        Assert.That(Names("Selon la ligne directrice CHMP sur les risques, le plan devra être soumis.").Where(name => name.Label == "PER"), Is.Empty);
    }

    [TestCase("L'ONU demande une trêve.", "ONU")]
    [TestCase("L'OTAN et l'UE ont réagi.", "OTAN", "UE")]
    [TestCase("Le Hamas a rejeté l'offre, selon l'AFP.", "Hamas", "AFP")]
    [TestCase("La SNCF et Gazprom ont publié leurs comptes.", "SNCF", "Gazprom")]
    [TestCase("Le Hezbollah a tiré des roquettes, le FMI et la BCE s'inquiètent.", "Hezbollah", "FMI", "BCE")]
    [TestCase("Invité sur France 2 puis sur France 24, le président a répondu.", "France 2", "France 24")]
    [TestCase("L'entraîneur s'est exprimé au micro de Canal+ avant de publier une vidéo sur Instagram.", "Canal+", "Instagram")]
    public void Organizations_news_names_in_one_word_are_organizations(string text, params string[] organizations)
    {
        // Rare in the training corpora: the organization list of the lexicon carries them (without it, "Hamas" and
        // "Gazprom" came out as persons and "ONU", "OTAN", "SNCF" not at all).
        Assert.That(Names(text), Is.EqualTo(organizations.Select(name => ("ORG", name)).ToArray()));
    }

    [TestCase("Amélie Mauresmo a battu la Belge Kim Clijsters et affrontera l'Américaine Serena Williams.")]
    [TestCase("Les Français et les Allemands ont signé l'accord à Berlin.")]
    public void Nouns_of_nationality_are_no_entities(string text)
    {
        // Sequoia marks the people named, not "la Belge" or "les Français".
        Assert.That(Names(text).Select(name => name.Text), Has.None.AnyOf("Belge", "Américaine", "Français", "Allemands"));
    }

    [TestCase("Le magistrat du tribunal de Créteil s'intéresse au dossier.", "Créteil")]
    [TestCase("Le parquet de Paris a requis six mois de prison avec sursis.", "Paris")]
    [TestCase("Il sera jugé par le tribunal correctionnel de Nanterre en mars.", "Nanterre")]
    public void A_court_named_by_its_town_is_the_town(string text, string town)
    {
        // Sequoia marks "tribunal de Créteil" as the place Créteil (9 of the 12 such courts of its training split).
        Assert.That(Names(text), Is.EqualTo(new[] { ("LOC", town) }));
    }

    [Test]
    public void A_place_of_several_words_tagged_once_is_that_place_wherever_the_text_writes_it()
    {
        // The tagger, one sentence at a time, missed it in the headline and after "préfet du".
        const string text = "Inondations : le Pas-de-Calais de nouveau en vigilance rouge\n\n"
                            + "Météo-France a placé mercredi le Pas-de-Calais en vigilance rouge crues. Le préfet du Pas-de-Calais a parlé.";
        Assert.That(Names(text).Count(name => name == ("LOC", "Pas-de-Calais")), Is.EqualTo(3));
    }

    [Test]
    public void A_court_with_a_capital_keeps_its_name()
    {
        Assert.That(Names("La Cour d'appel de Paris a confirmé le jugement."), Is.EqualTo(new[] { ("ORG", "Cour d'appel de Paris") }));
    }

    [TestCase("Le groupe sidérurgique Arcelor a annoncé mardi la fermeture de ses hauts fourneaux.", "Arcelor")]
    [TestCase("La société Cedel a été liquidée.", "Cedel")]
    public void A_name_after_a_company_head_and_an_adjective_is_the_company(string text, string company)
    {
        Assert.That(Names(text).Where(name => name.Text == company), Is.EqualTo(new[] { ("ORG", company) }));
    }

    [TestCase("La ministre de la Santé, Roselyne Bachelot, s'est rendue au CHU.", "Roselyne Bachelot")]
    [TestCase("Le ministre des Affaires étrangères Jean-Noël Barrot a reçu son homologue.", "Jean-Noël Barrot")]
    public void The_portfolio_of_a_minister_is_part_of_the_title(string text, string person)
    {
        // Sequoia marks the person, not the portfolio: "Santé" and "Affaires étrangères" are no organization here.
        Assert.That(Names(text), Is.EqualTo(new[] { ("PER", person) }));
    }

    [TestCase("Nancy a obtenu le nul face au FC Sochaux.", "FC Sochaux")]
    [TestCase("L'AJ Auxerre et l'OGC Nice se sont neutralisés.", "AJ Auxerre", "OGC Nice")]
    public void A_clubs_initials_before_a_town_name_the_club(string text, params string[] clubs)
    {
        // The tagger reads the town alone, a place: the initials make it the club, and belong to its name.
        Assert.That(Names(text).Where(name => clubs.Contains(name.Text)), Is.EqualTo(clubs.Select(name => ("ORG", name)).ToArray()));
    }

    [TestCase("WASHINGTON (AFP) — Le président américain a parlé lundi.", "WASHINGTON")]
    [TestCase("BERLIN, 14 janvier — Le chancelier a parlé lundi.", "BERLIN")]
    public void The_place_in_capitals_that_opens_a_dispatch_is_a_place(string text, string place)
    {
        Assert.That(Names(text).Where(name => name.Text == place), Is.EqualTo(new[] { ("LOC", place) }));
    }

    [TestCase("Le préfet du Territoire de Belfort a reçu les maires.", "Territoire de Belfort")]
    [TestCase("La région Pays de la Loire et le Grand Est ont signé.", "Pays de la Loire", "Grand Est")]
    public void French_departements_and_regions_of_several_words_are_one_place(string text, params string[] places)
    {
        // The tagger reads one word at a time ("Belfort" alone); the INSEE names of several words join them after tagging.
        Assert.That(Names(text), Is.EqualTo(places.Select(name => ("LOC", name)).ToArray()));
    }

    [TestCase("Keir Starmer a annoncé des mesures.", "Keir Starmer")]
    [TestCase("Narendra Modi est arrivé à Paris.", "Narendra Modi")]
    [TestCase("Volodymyr Zelensky appelle les Occidentaux à l'aide.", "Volodymyr Zelensky")]
    [TestCase("Bachar al-Assad a fui la Syrie.", "Bachar al-Assad")]
    public void Unknown_names_that_open_a_sentence_before_its_verb_are_persons(string text, string person)
    {
        Assert.That(Names(text).Where(n => n.Label == "PER").Select(n => n.Text), Is.EqualTo(new[] { person }));
    }

    [TestCase("Il est deux supplices : le manque d'eau et le manque de femmes. Lequel est le plus affreux ? Je ne sais.")]
    [TestCase("Elle hésita entre les deux robes. Laquelle ? La bleue.")]
    public void A_capitalised_function_word_alone_is_no_entity(string text)
    {
        Assert.That(Names(text), Is.Empty);
    }

    [TestCase("Le comte de Faverges les reçut au château.", "Faverges")]
    [TestCase("La duchesse d'Uzès arriva la première.", "Uzès")]
    public void The_name_after_a_title_of_nobility_is_a_person_though_places_bear_it(string text, string person)
    {
        Assert.That(Names(text), Is.EqualTo(new[] { ("PER", person) }));
    }

    [TestCase("Air France a annoncé une grève.", "ORG", "Air France")]
    [TestCase("Goldman Sachs a publié ses comptes.", "ORG", "Goldman Sachs")]
    public void Capitalised_words_French_writes_in_lowercase_or_listed_organizations_do_not_open_a_person(string text, string label, string name)
    {
        Assert.That(Names(text), Is.EqualTo(new[] { (label, name) }));
    }

    [Test]
    public void Entities_and_dates_do_not_overlap_and_stay_in_text_order()
    {
        var document = Pipeline.Process("Le 7 octobre 2023, Emmanuel Macron était à Paris avec l'ONU et Olaf Scholz.",
            new ProcessOptions { ReferenceDate = new DateOnly(2024, 1, 19) });
        int previousEnd = 0;
        foreach (var entity in document.Entities)
        {
            Assert.That(entity.Start, Is.GreaterThanOrEqualTo(previousEnd));
            Assert.That(entity.Score, Is.InRange(0f, 1f));
            previousEnd = entity.End;
        }

        Assert.That(document.Entities.Select(e => e.LabelCode), Does.Contain("DATE").And.Contain("PER"));
    }

    [Test]
    public void Text_without_letters_all_capitals_and_other_scripts_give_well_formed_results()
    {
        foreach (var text in new[] { "1234 5678 !!! ... ---", "EMMANUEL MACRON À MARSEILLE", "Москва и Париж, 東京 et Paris", "" })
        {
            var document = Pipeline.Process(text);
            Assert.That(document.Entities.All(e => e.Start >= 0 && e.End <= text.Length && e.End > e.Start), Is.True, text);
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public void A_sentence_of_100000_tokens_is_tagged_in_linear_time()
    {
        string text = string.Join(" ", Enumerable.Repeat("Jean Dupont habite Paris et", 20_000));
        var document = Pipeline.Process(text);
        Assert.That(document.Sentences, Has.Length.EqualTo(1));
        Assert.That(document.Tokens, Has.Length.EqualTo(100_000));
        Assert.That(document.Entities, Is.Not.Empty);
    }

    [Test]
    public void Every_fixed_feature_is_found_in_the_shipped_model()
    {
        // The fixed features are scored from slots filled by key at load: a key that drifted from the one training wrote
        // would silently drop the bias or the capitalisation weights.
        var rows = EntityModel.Default.ContextFeatureRows;
        Assert.That(rows, Has.Length.EqualTo(Enum.GetValues<ContextFeature>().Length));
        Assert.That(rows, Has.All.GreaterThanOrEqualTo(0));
    }

    [TestCase("Le ministre des Affaires étrangères Jean-Noël Barrot a reçu jeudi à Paris Mme Simona Halperin, porte-parole de l'ONU.")]
    [TestCase("Selon le vice-ministre russe Mikhaïl Bogdanov, la Boli¬\nvie et M.Poincaré ; x|y Dupont ; |Martin ; Anticonstitutionnellementissimes Durand.")]
    public void Cached_word_entries_score_like_the_feature_by_feature_definition(string text)
    {
        // The cache holds each word's role weights, its title flag, its shape's number and its pairs with the next
        // word's shape (a word holding the pairs' separator "|" is looked up by key): all must score as the definition.
        var tokens = FrenchTokenizer.TokenizeToArray(text);
        var model = EntityModel.Default;
        var cached = new float[tokens.Length * EntityLabels.Count];
        var direct = new float[tokens.Length * EntityLabels.Count];
        EntityTagger.Score(model, text, tokens, cached);
        EntityTagger.Score(model, text, tokens, cached); // a second time, from the cache
        EntityTagger.ScoreDirectly(model, text, tokens, direct);
        Assert.That(cached, Is.EqualTo(direct).Within(1e-3f));
    }

    [Test]
    public void The_word_cache_finds_every_word_it_kept_and_keeps_no_more_than_its_bound()
    {
        // Words past the first table size make it grow; past the bound they are computed each time instead.
        var cache = new WordCache(maxCount: 10_000);
        var words = Enumerable.Range(0, 12_000).Select(i => $"mot{i}").ToArray();
        foreach (string word in words)
        {
            int hash = WordCache.HashOf(word);
            cache.TryAdd(new WordEntry(word, hash, new float[5 * EntityLabels.Count], lowercaseTitle: false, shapeId: word.Length, ShapeRows.Empty));
        }

        Assert.That(cache.Count, Is.EqualTo(10_000));
        Assert.That(words.Take(10_000).All(word => cache.TryGet(word, WordCache.HashOf(word), out var entry) && entry.Word.SequenceEqual(word)));
        Assert.That(words.Skip(10_000).Any(word => cache.TryGet(word, WordCache.HashOf(word), out _)), Is.False);
        Assert.That(cache.TryGet("mot", WordCache.HashOf("mot"), out _), Is.False);
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    public void Decoding_finds_the_best_legal_sequence_that_an_exhaustive_search_finds(int length)
    {
        // The decoder takes the best predecessor of every tag with vector maxima and finds the back-pointers again on the
        // way back: on random scores it must agree with trying every legal BILOU sequence, and its table must hold the
        // best score of a legal prefix ending on each tag (the confidences read it).
        const int labels = EntityLabels.Count;
        var random = new Random(length);
        var transitions = Enumerable.Range(0, (labels + 1) * labels).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
        var scores = Enumerable.Range(0, length * labels).Select(_ => (float)(random.NextDouble() * 10 - 5)).ToArray();
        var tags = new int[length];
        var table = new float[length * labels];
        EntityTagger.Decode(transitions, scores, tags, table);

        var bestPrefix = Enumerable.Repeat(float.NegativeInfinity, length * labels).ToArray();
        float bestScore = float.NegativeInfinity;
        int[] bestTags = [];
        var sequence = new int[length];
        void Search(int position, float score)
        {
            if (position == length)
            {
                if (EntityLabels.MayEnd(sequence[^1]) && score > bestScore)
                {
                    (bestScore, bestTags) = (score, (int[])sequence.Clone());
                }

                return;
            }

            for (int tag = 0; tag < labels; tag++)
            {
                int previous = position == 0 ? -1 : sequence[position - 1];
                if (!EntityLabels.IsAllowed(previous, tag))
                {
                    continue;
                }

                float transition = position == 0 ? transitions[(labels * labels) + tag] : transitions[(previous * labels) + tag];
                float next = score + transition + scores[(position * labels) + tag];
                bestPrefix[(position * labels) + tag] = Math.Max(bestPrefix[(position * labels) + tag], next);
                sequence[position] = tag;
                Search(position + 1, next);
            }
        }

        Search(0, 0);
        Assert.That(tags, Is.EqualTo(bestTags));
        Assert.That(table, Is.EqualTo(bestPrefix).Within(1e-4f));
    }

    [Test]
    public void The_embedded_model_saves_back_to_the_same_bytes()
    {
        using var resource = typeof(Pipeline).Assembly.GetManifestResourceStream(EntityModel.ResourceName)!;
        using var original = new MemoryStream();
        resource.CopyTo(original);
        original.Position = 0;
        var model = EntityModel.Load(original);
        using var saved = new MemoryStream();
        model.Save(saved);
        Assert.That(saved.ToArray(), Is.EqualTo(original.ToArray()));
    }

    [Test]
    public void A_stream_that_is_not_a_model_is_refused_with_the_reason()
    {
        var empty = Assert.Throws<InvalidDataException>(() => EntityModel.Load(new MemoryStream()));
        Assert.That(empty!.Message, Does.Contain("magic").Or.Contain("truncated"));
        var text = Assert.Throws<InvalidDataException>(() => EntityModel.Load(new MemoryStream("not a model at all"u8.ToArray())));
        Assert.That(text!.Message, Does.Contain("magic number"));
    }

    [Test]
    public void A_model_of_another_version_is_refused()
    {
        var bytes = EmbeddedModelBytes();
        BitConverter.GetBytes(99).CopyTo(bytes, 8);
        var error = Assert.Throws<InvalidDataException>(() => EntityModel.Load(new MemoryStream(bytes)));
        Assert.That(error!.Message, Does.Contain("version 99"));
    }

    [TestCase(0.5)]
    [TestCase(0.999)]
    public void A_truncated_model_is_refused(double keptFraction)
    {
        var bytes = EmbeddedModelBytes();
        var truncated = bytes.AsSpan(0, (int)(bytes.Length * keptFraction)).ToArray();
        var error = Assert.Throws<InvalidDataException>(() => EntityModel.Load(new MemoryStream(truncated)));
        Assert.That(error!.Message, Does.Contain("truncated"));
        Assert.Throws<InvalidDataException>(() => new PipelineBuilder().UseEntities(new MemoryStream(truncated)));
    }

    [Test]
    public void Training_is_deterministic_and_learns_its_examples()
    {
        var sentences = TinyCorpus();
        var lexicon = new EntityLexicon(EntityLexicon.WrittenLists());
        var first = Save(EntityTrainer.Train(sentences, lexicon, epochs: 5, seed: 7, minFeatureCount: 1, description: "test"));
        var second = Save(EntityTrainer.Train(sentences, lexicon, epochs: 5, seed: 7, minFeatureCount: 1, description: "test"));
        Assert.That(second, Is.EqualTo(first), "same data and seed → same bytes");

        var pipeline = new PipelineBuilder().UseEntities(new MemoryStream(first)).Build();
        var document = pipeline.Process("Hier, Jean Dupont est arrivé à Lyon.");
        Assert.That(document.Entities.Select(e => (e.LabelCode, document.GetText(e))),
            Is.EqualTo(new[] { ("PER", "Jean Dupont"), ("LOC", "Lyon") }));
    }

    [Test]
    public void Several_runs_average_into_one_model_of_the_same_features_deterministically()
    {
        var sentences = TinyCorpus();
        var lexicon = new EntityLexicon(EntityLexicon.WrittenLists());
        var single = EntityTrainer.Train(sentences, lexicon, epochs: 3, seed: 7, minFeatureCount: 1, description: "test");
        var averaged = EntityTrainer.Train(sentences, lexicon, epochs: 3, seed: 7, minFeatureCount: 1, description: "test", runs: 3);
        var again = EntityTrainer.Train(sentences, lexicon, epochs: 3, seed: 7, minFeatureCount: 1, description: "test", runs: 3);
        Assert.That(Save(again), Is.EqualTo(Save(averaged)), "same data, seed and runs → same bytes");
        Assert.That(averaged.FeatureCount, Is.EqualTo(single.FeatureCount), "the runs share one feature index");
        Assert.That(Save(averaged), Is.Not.EqualTo(Save(single)), "other shuffles move the weights");

        var pipeline = new PipelineBuilder().UseEntities(new MemoryStream(Save(averaged))).Build();
        var document = pipeline.Process("Hier, Jean Dupont est arrivé à Lyon.");
        Assert.That(document.Entities.Select(e => (e.LabelCode, document.GetText(e))),
            Is.EqualTo(new[] { ("PER", "Jean Dupont"), ("LOC", "Lyon") }));
    }

    [Test]
    public void Word_clusters_travel_inside_the_model_and_reach_unseen_names()
    {
        // "Quimperlé" is never tagged in training, but it shares a cluster with the town that is.
        var clusters = new WordClusters([new("Lyon", 7), new("Quimperlé", 7), new("Dupont", 3)]);
        var lexicon = new EntityLexicon(EntityLexicon.WrittenLists()).WithClusters(clusters);
        var bytes = Save(EntityTrainer.Train(TinyCorpus(), lexicon, epochs: 5, seed: 7, minFeatureCount: 1, description: "test"));
        var model = EntityModel.Load(new MemoryStream(bytes));
        Assert.That(model.Lexicon.Clusters.Of("Quimperlé"), Is.EqualTo(7));
        Assert.That(model.Lexicon.Clusters.Of("quimperlé"), Is.EqualTo(-1), "clusters are case-sensitive");
        Assert.That(model.FeatureLookup.ContainsKey("c0:7"), Is.True, "the cluster of a word is one of its features");
    }

    private static byte[] Save(EntityModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private static byte[] EmbeddedModelBytes()
    {
        using var resource = typeof(Pipeline).Assembly.GetManifestResourceStream(EntityModel.ResourceName)!;
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A few hand-tagged sentences: enough for the perceptron to learn them, small enough to train in milliseconds.</summary>
    private static List<TrainingSentence> TinyCorpus()
    {
        (string Text, (string Mention, EntityLabel Label)[] Mentions)[] examples =
        [
            ("Jean Dupont est arrivé à Lyon.", [("Jean Dupont", EntityLabel.Person), ("Lyon", EntityLabel.Location)]),
            ("Marie Martin vit à Paris.", [("Marie Martin", EntityLabel.Person), ("Paris", EntityLabel.Location)]),
            ("Hier, Paul Durand a quitté Nantes.", [("Paul Durand", EntityLabel.Person), ("Nantes", EntityLabel.Location)]),
            ("La banque Crédit Agricole a publié ses comptes.", [("Crédit Agricole", EntityLabel.Organization)]),
            ("Il pleut sur la ville.", []),
        ];
        var segmenter = new PipelineBuilder().UseSentences().Build();
        var sentences = new List<TrainingSentence>();
        foreach (var (text, mentions) in examples)
        {
            var tokens = segmenter.Process(text).Tokens.ToArray();
            var tags = new int[tokens.Length];
            foreach (var (mention, label) in mentions)
            {
                int start = text.IndexOf(mention, StringComparison.Ordinal);
                int end = start + mention.Length;
                var inside = Enumerable.Range(0, tokens.Length).Where(t => tokens[t].Start >= start && tokens[t].End <= end).ToArray();
                int type = EntityLabels.TypeIndex(label);
                if (inside.Length == 1)
                {
                    tags[inside[0]] = EntityLabels.Unit(type);
                    continue;
                }

                tags[inside[0]] = EntityLabels.Begin(type);
                foreach (int t in inside[1..^1])
                {
                    tags[t] = EntityLabels.Inside(type);
                }

                tags[inside[^1]] = EntityLabels.Last(type);
            }

            sentences.Add(new TrainingSentence(text, tokens, tags));
        }

        return sentences;
    }
}

[TestFixture]
public class EntityConsistencyTests
{
    [Test]
    public void One_surface_form_takes_one_label_across_the_document()
    {
        const string text = "Moscou a parlé. Moscou répond. Moscou insiste.";
        var entities = new List<Entity>
        {
            new(0, 6, EntityLabel.Location, 0.9f),
            new(16, 22, EntityLabel.Person, 0.4f),
            new(31, 37, EntityLabel.Location, 0.8f),
        };
        EntityConsistency.Apply(text, entities);
        Assert.That(entities.Select(e => e.Label), Is.All.EqualTo(EntityLabel.Location));
        Assert.That(entities[1].Score, Is.EqualTo(0.4f), "the score of each mention is kept");
    }

    [TestCase("Mikhaïl Bogdanov est arrivé. Bogdanov a parlé.", "Bogdanov", EntityLabel.Person)]
    [TestCase("Benoît Payan a été réélu. « Benoît est un bâtisseur », dit Anne.", "Benoît", EntityLabel.Person)]
    [TestCase("Jean-Luc Mélenchon a parlé. « Jean-Luc a raison », estime Sophie.", "Jean-Luc", EntityLabel.Person)]
    [TestCase("Jacques Chirac a visité Chirac.", "Chirac", EntityLabel.Person)]
    public void A_surname_or_a_known_given_name_alone_is_the_person_named_in_full(string text, string alone, EntityLabel expected)
    {
        int space = text.IndexOf(' ', StringComparison.Ordinal);
        int secondSpace = text.IndexOf(' ', space + 1);
        int aloneStart = text.LastIndexOf(alone, StringComparison.Ordinal);
        var entities = new List<Entity>
        {
            new(0, secondSpace, EntityLabel.Person, 0.9f),
            new(aloneStart, aloneStart + alone.Length, EntityLabel.Organization, 0.7f),
        };
        EntityConsistency.Apply(text, entities);
        Assert.That(entities[1].Label, Is.EqualTo(expected));
    }

    // A company that is also a surname: the headline and "Chez Renault" read as a person; an apposition to an organization
    // noun says what it is and outvotes them, and without one the confidences decide.
    [TestCase("Le constructeur automobile Renault a annoncé", EntityLabel.Organization)]
    [TestCase("Renault a annoncé", EntityLabel.Person)]
    public void A_name_in_apposition_to_an_organization_noun_outvotes_the_other_mentions(string sentenceStart, EntityLabel expected)
    {
        string text = "Renault : 2 000 postes supprimés\n" + sentenceStart + " jeudi la suppression de 2 000 postes. Chez Renault, on parle de volontariat.";
        int second = text.IndexOf("Renault a", StringComparison.Ordinal);
        int chez = text.LastIndexOf("Renault", StringComparison.Ordinal);
        var entities = new List<Entity>
        {
            new(0, 7, EntityLabel.Person, 0.95f),
            new(second, second + 7, EntityLabel.Organization, 0.6f),
            new(chez, chez + 7, EntityLabel.Person, 0.9f),
        };
        EntityConsistency.Apply(text, entities);
        Assert.That(entities.Select(e => e.Label), Is.All.EqualTo(expected));
    }

    [Test]
    public void A_word_that_is_no_given_name_keeps_its_label_after_a_person_who_opens_with_it()
    {
        // "Paris Hilton" does not make the city a person: "Paris" is no entry of the first-name list.
        const string text = "Paris Hilton est venue. Elle aime Paris.";
        var entities = new List<Entity>
        {
            new(0, 12, EntityLabel.Person, 0.9f),
            new(34, 39, EntityLabel.Location, 0.9f),
        };
        EntityConsistency.Apply(text, entities);
        Assert.That(entities[1].Label, Is.EqualTo(EntityLabel.Location));
    }

    [TestCase("le secrétaire général de l'ONU Kofi Annan", "ONU", "Kofi Annan")]
    [TestCase("le représentant de l'OTAN Jens Stoltenberg", "OTAN", "Jens Stoltenberg")]
    public void A_given_name_read_into_the_acronym_before_it_goes_back_to_the_person(string text, string acronym, string person)
    {
        int acronymStart = text.IndexOf(acronym, StringComparison.Ordinal);
        int personStart = text.IndexOf(person, StringComparison.Ordinal);
        int givenNameEnd = personStart + person.IndexOf(' ', StringComparison.Ordinal);
        var entities = new List<Entity>
        {
            new(acronymStart, givenNameEnd, EntityLabel.Location, 0.6f),
            new(givenNameEnd + 1, text.Length, EntityLabel.Person, 0.8f),
        };
        EntityConsistency.Apply(text, entities);
        Assert.That(entities.Select(e => text[e.Start..e.End]), Is.EqualTo(new[] { acronym, person }));
        Assert.That(entities[1].Label, Is.EqualTo(EntityLabel.Person));
    }

    [Test]
    public void A_given_name_left_out_between_an_acronym_and_the_person_joins_the_person()
    {
        const string text = "le secrétaire général de l'ONU Kofi Annan a estimé";
        var entities = new List<Entity> { new(27, 30, EntityLabel.Organization, 0.8f), new(36, 41, EntityLabel.Person, 0.8f) };
        EntityConsistency.Apply(text, entities);
        Assert.That(entities.Select(e => text[e.Start..e.End]), Is.EqualTo(new[] { "ONU", "Kofi Annan" }));
    }

    [TestCase("la présidente Ursula von der Leyen a dit", "Ursula", "Leyen", "Ursula von der Leyen")]
    [TestCase("le prince Mohammed ben Salmane a reçu", "Mohammed", "Salmane", "Mohammed ben Salmane")]
    [TestCase("le chanteur Pedro de la Cruz est venu", "Pedro", "Cruz", "Pedro de la Cruz")]
    public void A_person_cut_at_the_particle_of_the_name_is_one_person(string text, string given, string surname, string person)
    {
        int givenStart = text.IndexOf(given, StringComparison.Ordinal);
        int surnameStart = text.IndexOf(surname, StringComparison.Ordinal);
        var entities = new List<Entity>
        {
            new(givenStart, givenStart + given.Length, EntityLabel.Person, 0.9f),
            new(surnameStart, surnameStart + surname.Length, EntityLabel.Person, 0.7f),
        };
        EntityConsistency.Apply(text, entities);
        Assert.That(entities.Select(e => (text[e.Start..e.End], e.Label)), Is.EqualTo(new[] { (person, EntityLabel.Person) }));
        Assert.That(entities[0].Score, Is.EqualTo(0.7f), "the joined name is as sure as its less sure part");
    }

    [TestCase("le président syrien Bachar al-Assad a fui", "Bachar", "Bachar al-Assad")]
    [TestCase("le chef Abou Bakr al-Baghdadi est mort", "Abou Bakr", "Abou Bakr al-Baghdadi")]
    [TestCase("le président Abdel Fattah el-Sissi a reçu", "Abdel Fattah", "Abdel Fattah el-Sissi")]
    public void A_person_takes_the_surname_with_an_arabic_article_after_it(string text, string tagged, string person)
    {
        int start = text.IndexOf(tagged, StringComparison.Ordinal);
        var entities = new List<Entity> { new(start, start + tagged.Length, EntityLabel.Person, 0.9f) };
        EntityConsistency.Apply(text, entities);
        Assert.That(entities.Select(e => text[e.Start..e.End]), Is.EqualTo(new[] { person }));
    }

    [TestCase("Paris al-Quds est cité", EntityLabel.Location)]
    [TestCase("Hamid al-qaida est cité", EntityLabel.Person)]
    [TestCase("Hamid al-", EntityLabel.Person)]
    public void Only_a_person_takes_a_capitalised_surname_after_the_article(string text, EntityLabel label)
    {
        int end = text.IndexOf(' ', StringComparison.Ordinal);
        var entities = new List<Entity> { new(0, end, label, 0.9f) };
        EntityConsistency.Apply(text, entities);
        Assert.That(entities[0].End, Is.EqualTo(end));
    }

    [TestCase("Emmanuel Macron et Olaf Scholz", "Emmanuel Macron", "Olaf Scholz")]
    [TestCase("Emmanuel Macron à Olaf Scholz", "Emmanuel Macron", "Olaf Scholz")]
    [TestCase("Emmanuel Macron, de Olaf Scholz", "Emmanuel Macron", "Olaf Scholz")]
    public void Two_persons_with_more_than_particles_between_them_stay_two(string text, string first, string second)
    {
        int secondStart = text.IndexOf(second, StringComparison.Ordinal);
        var entities = new List<Entity>
        {
            new(0, first.Length, EntityLabel.Person, 0.9f),
            new(secondStart, secondStart + second.Length, EntityLabel.Person, 0.9f),
        };
        EntityConsistency.Apply(text, entities);
        Assert.That(entities.Select(e => text[e.Start..e.End]), Is.EqualTo(new[] { first, second }));
    }

    [TestCase("selon R.-G. Réau, l'étude", "R.-G.", "R.-G. Réau")]
    [TestCase("la thèse de F.L. Copperman montre", "F.L.", "F.L. Copperman")]
    public void Initials_read_alone_take_the_surname_after_them_as_a_person(string text, string initials, string person)
    {
        int start = text.IndexOf(initials, StringComparison.Ordinal);
        var entities = new List<Entity> { new(start, start + initials.Length, EntityLabel.Location, 0.5f) };
        EntityConsistency.Apply(text, entities);
        Assert.That(entities.Select(e => (text[e.Start..e.End], e.Label)), Is.EqualTo(new[] { (person, EntityLabel.Person) }));
    }

    [Test]
    public void Initials_and_a_surname_read_as_a_place_are_a_person()
    {
        const string text = "Le rapport de J.-P. Martin est paru.";
        var entities = new List<Entity> { new(14, 26, EntityLabel.Location, 0.5f) };
        EntityConsistency.Apply(text, entities);
        Assert.That(entities[0].Label, Is.EqualTo(EntityLabel.Person));
    }

    [TestCase("le Dr Maréchal a témoigné", "Dr Maréchal", "Maréchal")]
    [TestCase("Mme Simona Halperin a été reçue", "Mme Simona Halperin", "Simona Halperin")]
    public void A_civility_is_not_part_of_a_person_s_name(string text, string tagged, string name)
    {
        int start = text.IndexOf(tagged, StringComparison.Ordinal);
        var entities = new List<Entity> { new(start, start + tagged.Length, EntityLabel.Person, 0.9f) };
        EntityConsistency.Apply(text, entities);
        Assert.That(text[entities[0].Start..entities[0].End], Is.EqualTo(name));
    }

    [Test]
    [CancelAfter(30_000)]
    public void Merging_initials_with_their_surnames_is_linear_in_the_number_of_entities()
    {
        // 100,000 "J. Durand" read as two entities each: every pair merges, in one pass.
        const int people = 100_000;
        string text = string.Concat(Enumerable.Repeat("J. Durand, ", people));
        var entities = new List<Entity>(2 * people);
        for (int k = 0; k < people; k++)
        {
            int start = k * 11;
            entities.Add(new Entity(start, start + 2, EntityLabel.Location, 0.5f));
            entities.Add(new Entity(start + 3, start + 9, EntityLabel.Person, 0.5f));
        }

        EntityConsistency.Apply(text, entities);
        Assert.That(entities, Has.Count.EqualTo(people));
        Assert.That(entities.All(e => e.Label == EntityLabel.Person && text[e.Start..e.End] == "J. Durand"), Is.True);
    }

    [Test]
    public void A_civility_alone_does_not_take_the_next_word()
    {
        const string text = "M. Dupont";
        var entities = new List<Entity> { new(0, 2, EntityLabel.Person, 0.5f) };
        EntityConsistency.Apply(text, entities);
        Assert.That(text[entities[0].Start..entities[0].End], Is.EqualTo("M."));
    }

    [Test]
    public void A_place_before_a_person_keeps_its_last_word_when_no_acronym_opens_it()
    {
        const string text = "à Saint Etienne Jean Dupont";
        var entities = new List<Entity> { new(2, 15, EntityLabel.Location, 0.7f), new(16, 27, EntityLabel.Person, 0.9f) };
        EntityConsistency.Apply(text, entities);
        Assert.That(entities.Select(e => text[e.Start..e.End]), Is.EqualTo(new[] { "Saint Etienne", "Jean Dupont" }));
    }
}

[TestFixture]
public class EntityEdgesTests
{
    private static List<(string, EntityLabel)> Apply(string text, params (string Surface, EntityLabel Label)[] tagged)
    {
        var entities = TaggedEntities.Find(text, tagged);
        EntityEdges.Apply(text, FrenchTokenizer.TokenizeToArray(text), entities);
        return [.. entities.Select(e => (text[e.Start..e.End], e.Label))];
    }

    [Test]
    public void A_name_carried_over_the_verb_after_it_ends_before_the_verb()
    {
        const string text = "Le groupe Rassemblement national a voté contre.";
        Assert.That(Apply(text, ("Rassemblement national a", EntityLabel.Organization)),
            Is.EqualTo(new[] { ("Rassemblement national", EntityLabel.Organization) }));
    }

    [TestCase("Le Slovène Tadej Pogacar a gagné l'étape.", "Slovène Tadej Pogacar", EntityLabel.Organization, "Tadej Pogacar")]
    [TestCase("Son dauphin, le Danois Jonas Vingegaard, a reconnu sa défaite.", "Danois Jonas Vingegaard", EntityLabel.Person, "Jonas Vingegaard")]
    public void A_noun_of_nationality_before_a_name_describes_the_person_it_names(string text, string tagged, EntityLabel label, string person)
    {
        Assert.That(Apply(text, (tagged, label)), Is.EqualTo(new[] { (person, EntityLabel.Person) }));
    }

    [TestCase("Le parquet a requis dix ans contre Mohamed M., jugé depuis lundi.", "Mohamed", "Mohamed M.")]
    [TestCase("La victime, Sophie L. était présente.", "Sophie", "Sophie L.")]
    [TestCase("Il a dîné avec Jean M. Dupont hier.", "Jean", "Jean")]
    [TestCase("Selon Paul, M. Durand a parlé.", "Paul", "Paul")]
    public void A_persons_initial_right_after_the_given_name_is_part_of_the_name(string text, string tagged, string person)
    {
        Assert.That(Apply(text, (tagged, EntityLabel.Person)), Is.EqualTo(new[] { (person, EntityLabel.Person) }));
    }

    [TestCase("Quand elle fut partie, madame François vint se rasseoir.", "François vint", "François")]
    [TestCase("Le président brésilien Lula a estimé que la dette devait être payée.", "brésilien Lula", "Lula")]
    [TestCase("Le général de Gaulle a parlé.", "de Gaulle", "de Gaulle")]
    [TestCase("Le peintre van Gogh a vécu à Arles.", "van Gogh", "van Gogh")]
    public void A_persons_name_starts_and_ends_on_a_capitalised_word_or_a_particle(string text, string tagged, string person)
    {
        Assert.That(Apply(text, (tagged, EntityLabel.Person)), Is.EqualTo(new[] { (person, EntityLabel.Person) }));
    }

    [TestCase("Frédéric rencontra Deslauriers sur le quai.", "Frédéric rencontra Deslauriers", "Frédéric", "Deslauriers")]
    [TestCase("— Que voulez-vous boire ? demanda Claude à Florent.", "Claude à Florent", "Claude", "Florent")]
    public void A_lowercase_word_between_two_names_that_is_no_particle_separates_two_persons(string text, string tagged, string one, string other)
    {
        Assert.That(Apply(text, (tagged, EntityLabel.Person)), Is.EqualTo(new[] { (one, EntityLabel.Person), (other, EntityLabel.Person) }));
    }

    [Test]
    public void A_noun_of_nationality_alone_is_no_entity()
    {
        const string text = "La Slovène a gagné.";
        Assert.That(Apply(text, ("Slovène", EntityLabel.Location)), Is.Empty);
    }

    [Test]
    public void A_word_in_capitals_right_after_a_number_is_a_models_name_not_a_person()
    {
        const string text = "La cadence du 737 MAX restera plafonnée, a dit Paul DURAND.";
        Assert.That(Apply(text, ("MAX", EntityLabel.Person), ("Paul DURAND", EntityLabel.Person)),
            Is.EqualTo(new[] { ("Paul DURAND", EntityLabel.Person) }));
    }

    [Test]
    public void A_name_carried_over_the_comma_after_it_ends_before_the_comma()
    {
        const string text = "La présidente du groupe Rassemblement national, Marine Le Pen, a parlé.";
        Assert.That(Apply(text, ("Rassemblement national,", EntityLabel.Organization), ("Marine Le Pen", EntityLabel.Person)),
            Is.EqualTo(new[] { ("Rassemblement national", EntityLabel.Organization), ("Marine Le Pen", EntityLabel.Person) }));
    }

    [Test]
    public void Particles_and_lowercase_words_inside_a_name_and_a_closed_bracket_stay()
    {
        const string text = "La Banque de France et la Commission européenne ont rencontré l'Hôtel-Dieu (Paris) à Rio de Janeiro.";
        var tagged = new[]
        {
            ("Banque de France", EntityLabel.Organization), ("Commission européenne", EntityLabel.Organization),
            ("Hôtel-Dieu (Paris)", EntityLabel.Organization), ("Rio de Janeiro", EntityLabel.Location),
        };
        Assert.That(Apply(text, tagged), Is.EqualTo(tagged));
    }

    [Test]
    public void A_name_of_punctuation_alone_is_dropped_and_a_leading_mark_is_cut()
    {
        const string text = "Il a dit « Matignon » puis ( rien ).";
        Assert.That(Apply(text, ("« Matignon", EntityLabel.Organization), (")", EntityLabel.Location)),
            Is.EqualTo(new[] { ("Matignon", EntityLabel.Organization) }));
    }
}

public class MultiwordNamesTests
{
    private static readonly EntityLexicon Lexicon = new(
    [
        new("Salt Lake City", LexiconClass.Place), new("Rio de Janeiro", LexiconClass.Place), new("Le Blanc", LexiconClass.Place),
        new("Paris", LexiconClass.Place), new("Bielefeld", LexiconClass.Place), new("Allemagne", LexiconClass.Place),
        new("Buenos", LexiconClass.Place), new("Aires", LexiconClass.Place), new("Buenos Aires", LexiconClass.Place),
        new("Organisation mondiale de la santé", LexiconClass.Organization),
        new("Renault", LexiconClass.Organization), new("FMI", LexiconClass.Organization), new("groupe", LexiconClass.OrganizationHead),
        new("Canal+", LexiconClass.Organization), new("TikTok", LexiconClass.Organization),
    ]);

    private static List<Entity> Apply(string text, params (string Surface, EntityLabel Label)[] tagged)
    {
        var entities = TaggedEntities.Find(text, tagged);

        MultiwordNames.Apply(text, FrenchTokenizer.TokenizeToArray(text), entities, Lexicon);
        return entities;
    }

    [Test]
    public void A_known_place_cut_by_the_tagger_becomes_one_place()
    {
        const string text = "Il est arrivé à Salt Lake City avec Laura.";
        var entities = Apply(text, ("Salt Lake", EntityLabel.Person), ("Laura", EntityLabel.Person));
        Assert.That(entities.Select(e => (text[e.Start..e.End], e.Label)),
            Is.EqualTo(new[] { ("Salt Lake City", EntityLabel.Location), ("Laura", EntityLabel.Person) }));
    }

    [Test]
    public void A_name_right_after_a_company_head_noun_is_the_organization()
    {
        const string text = "le système de la société Cedel, l'agence Reuters et le gouvernement Barnier";
        var entities = Apply(text, ("Cedel", EntityLabel.Person), ("Reuters", EntityLabel.Location), ("Barnier", EntityLabel.Person));
        Assert.That(entities.Select(e => (text[e.Start..e.End], e.Label)),
            Is.EqualTo(new[] { ("Cedel", EntityLabel.Organization), ("Reuters", EntityLabel.Organization), ("Barnier", EntityLabel.Person) }));
    }

    [Test]
    public void A_known_organization_written_like_a_brand_is_the_organization_whatever_the_tagger_read()
    {
        // Canal+, TikTok: a sign or an inner capital is how brands are written, not people's or places' names.
        const string text = "Il l'a dit sur Canal+ puis sur TikTok, comme Renault.";
        var entities = Apply(text, ("Canal+", EntityLabel.Location), ("TikTok", EntityLabel.Person), ("Renault", EntityLabel.Person));
        Assert.That(entities.Select(e => (text[e.Start..e.End], e.Label)),
            Is.EqualTo(new[] { ("Canal+", EntityLabel.Organization), ("TikTok", EntityLabel.Organization), ("Renault", EntityLabel.Person) }));
    }

    [Test]
    public void A_name_after_a_plural_company_head_is_the_organization()
    {
        const string text = "l'avocat des laboratoires Servier et des établissements Darty";
        var entities = Apply(text, ("Servier", EntityLabel.Person), ("Darty", EntityLabel.Person));
        Assert.That(entities.Select(e => (text[e.Start..e.End], e.Label)),
            Is.EqualTo(new[] { ("Servier", EntityLabel.Organization), ("Darty", EntityLabel.Organization) }));
    }

    [Test]
    public void Two_known_places_read_as_one_in_an_address_are_two_places()
    {
        const string text = "Pharma GmbH, Immermannstraße 9, 33619 Bielefeld Allemagne";
        var entities = Apply(text, ("Bielefeld Allemagne", EntityLabel.Location));
        Assert.That(entities.Select(e => (text[e.Start..e.End], e.Label)),
            Is.EqualTo(new[] { ("Bielefeld", EntityLabel.Location), ("Allemagne", EntityLabel.Location) }));
    }

    [Test]
    public void A_place_of_two_words_the_lexicon_knows_is_not_split()
    {
        const string text = "Il habite Buenos Aires depuis 2010.";
        var entities = Apply(text, ("Buenos Aires", EntityLabel.Location));
        Assert.That(entities.Select(e => (text[e.Start..e.End], e.Label)), Is.EqualTo(new[] { ("Buenos Aires", EntityLabel.Location) }));
    }

    [Test]
    public void A_known_place_the_tagger_missed_is_found_with_its_particles()
    {
        const string text = "Elle vit à Rio de Janeiro depuis 2010.";
        var entities = Apply(text);
        Assert.That(entities.Select(e => (text[e.Start..e.End], e.Label)), Is.EqualTo(new[] { ("Rio de Janeiro", EntityLabel.Location) }));
        Assert.That(entities[0].Score, Is.EqualTo(0.5f), "found by the gazetteer alone");
    }

    [Test]
    public void An_entity_reaching_beyond_the_place_is_kept_as_the_tagger_read_it()
    {
        const string text = "la Banque de Rio de Janeiro a prêté";
        var entities = Apply(text, ("Banque de Rio de Janeiro", EntityLabel.Organization));
        Assert.That(entities.Select(e => (text[e.Start..e.End], e.Label)),
            Is.EqualTo(new[] { ("Banque de Rio de Janeiro", EntityLabel.Organization) }));
    }

    [Test]
    public void A_known_organization_is_matched_with_its_lowercase_words()
    {
        const string text = "L'Organisation mondiale de la santé a alerté Paris.";
        var entities = Apply(text, ("Organisation", EntityLabel.Organization), ("Paris", EntityLabel.Location));
        Assert.That(entities.Select(e => (text[e.Start..e.End], e.Label)),
            Is.EqualTo(new[] { ("Organisation mondiale de la santé", EntityLabel.Organization), ("Paris", EntityLabel.Location) }));
        Assert.That(Apply("l'organisation mondiale de la santé a alerté"), Is.Empty, "from a capital only");
    }

    [Test]
    public void A_listed_organization_after_an_organization_head_or_as_an_acronym_is_the_organization()
    {
        const string text = "Le groupe Renault et le FMI ont parlé. Renault a souri.";
        var entities = Apply(text, ("Renault", EntityLabel.Person), ("FMI", EntityLabel.Location), ("Renault", EntityLabel.Person));
        Assert.That(entities.Select(e => (text[e.Start..e.End], e.Label)), Is.EqualTo(new[]
        {
            ("Renault", EntityLabel.Organization), ("FMI", EntityLabel.Organization), ("Renault", EntityLabel.Person),
        }), "alone, the name may be the person: the tagger decides");
    }

    [TestCase("Salt Lake City et Denver Springs ont voté.", "Salt Lake City et Denver Springs", "Salt Lake City", "Denver Springs")]
    [TestCase("Denver Springs et Salt Lake City ont voté.", "Denver Springs et Salt Lake City", "Denver Springs", "Salt Lake City")]
    public void Two_names_the_tagger_joined_at_a_conjunction_part_there(string text, string tagged, string first, string second)
    {
        var entities = Apply(text, (tagged, EntityLabel.Location));
        Assert.That(entities.Select(e => text[e.Start..e.End]), Is.EqualTo(new[] { first, second }));
    }

    [TestCase("Le blanc lui va bien.")]
    [TestCase("Salt lake city")]
    public void Lowercase_words_do_not_make_a_place_name(string text)
    {
        Assert.That(Apply(text), Is.Empty);
    }

    [Test]
    public void The_embedded_model_carries_the_organization_names_of_several_words()
    {
        var pipeline = FrenchPipeline.CreateDefault();
        const string text = "L'Organisation mondiale de la santé et la Banque centrale européenne ont alerté le Conseil de sécurité.";
        var document = pipeline.Process(text);
        Assert.That(document.Entities.Select(e => (e.LabelCode, document.GetText(e))),
            Is.EqualTo(new[] { ("ORG", "Organisation mondiale de la santé"), ("ORG", "Banque centrale européenne"), ("ORG", "Conseil de sécurité") }));
    }

    [Test]
    public void The_embedded_model_carries_the_place_names_of_several_words()
    {
        var pipeline = FrenchPipeline.CreateDefault();
        const string text = "Il est parti de Salt Lake City pour Rio de Janeiro, puis Los Angeles, Le Havre et La Rochelle.";
        var document = pipeline.Process(text);
        Assert.That(document.Entities.Where(e => e.Label == EntityLabel.Location).Select(e => document.GetText(e)),
            Is.EqualTo(new[] { "Salt Lake City", "Rio de Janeiro", "Los Angeles", "Le Havre", "La Rochelle" }));
    }
}

[TestFixture]
public class AcronymDefinitionsTests
{
    private static readonly EntityLexicon Lexicon = new(
    [
        new("comité", LexiconClass.OrganizationHead), new("laboratoire", LexiconClass.OrganizationHead),
    ]);

    private static (string, EntityLabel)[] Apply(string text, params (string Surface, EntityLabel Label)[] tagged)
    {
        var entities = TaggedEntities.Find(text, tagged);
        AcronymDefinitions.Apply(text, FrenchTokenizer.TokenizeToArray(text), entities, Lexicon);
        return [.. entities.Select(e => (text[e.Start..e.End], e.Label))];
    }

    [Test]
    public void A_lowercase_organization_defined_with_its_acronym_is_found_with_it_and_the_acronym_where_it_recurs()
    {
        const string text = "Le comité des médicaments à usage humain (CHMP) a rendu son avis. Le CHMP recommande le produit.";
        Assert.That(Apply(text), Is.EqualTo(new[]
        {
            ("comité des médicaments à usage humain", EntityLabel.Organization), ("CHMP", EntityLabel.Organization),
            ("CHMP", EntityLabel.Organization),
        }));
    }

    [Test]
    public void A_place_the_tagger_read_inside_the_defined_name_gives_way_to_the_organization()
    {
        const string text = "Le laboratoire d'astrophysique de Besançon (LAB) publie ses mesures.";
        Assert.That(Apply(text, ("Besançon", EntityLabel.Location)), Is.EqualTo(new[]
        {
            ("laboratoire d'astrophysique de Besançon", EntityLabel.Organization), ("LAB", EntityLabel.Organization),
        }));
    }

    [Test]
    public void An_organization_the_tagger_read_lends_its_label_to_its_acronym()
    {
        const string text = "L'Organisation mondiale de la santé (OMS) s'inquiète ; l'OMS demande des tests.";
        Assert.That(Apply(text, ("Organisation mondiale de la santé", EntityLabel.Organization)), Is.EqualTo(new[]
        {
            ("Organisation mondiale de la santé", EntityLabel.Organization), ("OMS", EntityLabel.Organization), ("OMS", EntityLabel.Organization),
        }));
    }

    [TestCase("Le bilan de la Seconde Guerre mondiale (II) est lourd.")]
    [TestCase("Les habitants de la commune (USA) protestent.")]
    [TestCase("Le comité des fêtes (voir page 3) se réunit.")]
    public void Brackets_that_define_no_organization_add_nothing(string text)
    {
        Assert.That(Apply(text), Is.Empty);
    }
}

public class MinistryNamesTests
{
    private static (string, EntityLabel)[] Apply(string text, params (string Surface, EntityLabel Label)[] tagged)
    {
        var entities = TaggedEntities.Find(text, tagged);
        MinistryNames.Apply(text, FrenchTokenizer.TokenizeToArray(text), entities);
        return [.. entities.Select(e => (text[e.Start..e.End], e.Label))];
    }

    [TestCase("Le ministère de la justice a démenti.", "ministère de la justice")]
    [TestCase("Selon le ministère russe des Affaires étrangères, rien n'est décidé.", "ministère russe des Affaires étrangères")]
    [TestCase("Un porte-parole du ministère de l'économie numérique a répondu.", "ministère de l'économie numérique")]
    [TestCase("Le ministère de la défense et des anciens combattants a réagi.", "ministère de la défense")]
    public void A_ministry_written_in_lowercase_is_an_organization(string text, string ministry)
    {
        Assert.That(Apply(text), Is.EqualTo(new[] { (ministry, EntityLabel.Organization) }));
    }

    [Test]
    public void A_place_the_tagger_read_inside_the_ministry_gives_way_to_it()
    {
        const string text = "Le ministère de l'Intérieur enquête.";
        Assert.That(Apply(text, ("Intérieur", EntityLabel.Location)), Is.EqualTo(new[] { ("ministère de l'Intérieur", EntityLabel.Organization) }));
    }

    [TestCase("Le ministère a démenti.")]
    [TestCase("Il a exercé son ministère pendant dix ans.")]
    public void A_ministry_without_its_portfolio_is_no_name(string text)
    {
        Assert.That(Apply(text), Is.Empty);
    }
}

public class NamePropagationTests
{
    private static readonly EntityLexicon Lexicon = new([new("France", LexiconClass.Place), new("Paris", LexiconClass.Place)]);

    private static (string, EntityLabel)[] Apply(string text, params (string Surface, EntityLabel Label)[] tagged)
    {
        var entities = TaggedEntities.Find(text, tagged);

        NamePropagation.Apply(text, FrenchTokenizer.TokenizeToArray(text), entities, Lexicon);
        for (int i = 1; i < entities.Count; i++)
        {
            Assert.That(entities[i].Start, Is.GreaterThanOrEqualTo(entities[i - 1].End), "in text order, no overlap");
        }

        return entities.Select(e => (text[e.Start..e.End], e.Label)).ToArray();
    }

    [Test]
    public void A_surname_that_opens_a_sentence_is_the_person_named_earlier()
    {
        const string text = "Zelensky appelle à l'aide\nLe président Volodymyr Zelensky a parlé. Zelensky a remercié Joe Biden.";
        Assert.That(Apply(text, ("Volodymyr Zelensky", EntityLabel.Person), ("Joe Biden", EntityLabel.Person)), Is.EqualTo(new[]
        {
            ("Zelensky", EntityLabel.Person), ("Volodymyr Zelensky", EntityLabel.Person), ("Zelensky", EntityLabel.Person),
            ("Joe Biden", EntityLabel.Person),
        }));
    }

    [Test]
    public void A_headline_in_capitals_finds_the_name_the_article_writes_but_other_casings_do_not()
    {
        const string text = "EMMANUEL MACRON REÇOIT OLAF SCHOLZ\nLe chancelier Olaf Scholz est arrivé. Le scholz est un mot inventé.";
        Assert.That(Apply(text, ("EMMANUEL MACRON", EntityLabel.Person), ("Olaf Scholz", EntityLabel.Person)).Select(e => e.Item1),
            Is.EqualTo(new[] { "EMMANUEL MACRON", "OLAF SCHOLZ", "Olaf Scholz" }));
    }

    [Test]
    public void A_full_name_untagged_elsewhere_is_the_person()
    {
        const string text = "Keir Starmer a annoncé des mesures. Le Premier ministre Keir Starmer les défend.";
        Assert.That(Apply(text, ("Keir Starmer", EntityLabel.Person)).Select(e => e.Item1), Is.EqualTo(new[] { "Keir Starmer", "Keir Starmer" }));
    }

    [Test]
    public void A_surname_known_as_a_place_or_tagged_otherwise_is_not_spread()
    {
        Assert.That(Apply("Anatole France a écrit. La France a voté.", ("Anatole France", EntityLabel.Person)),
            Is.EqualTo(new[] { ("Anatole France", EntityLabel.Person) }));
        Assert.That(Apply("Jean Orange a parlé. Orange a publié ses comptes. Orange baisse.", ("Jean Orange", EntityLabel.Person), ("Orange", EntityLabel.Organization)),
            Is.EqualTo(new[] { ("Jean Orange", EntityLabel.Person), ("Orange", EntityLabel.Organization) }));
    }

    [Test]
    public void A_name_the_document_reads_mostly_as_a_person_is_spread_despite_one_other_reading()
    {
        // Clarimonde, a person three times for one reading as a place: her untagged mention is her too.
        const string text = "Je ne connaissais pas Clarimonde. Clarimonde vint. Clarimonde sourit. Je vis Clarimonde partir. Clarimonde rit.";
        var tagged = new[]
        {
            ("Clarimonde", EntityLabel.Person), ("Clarimonde", EntityLabel.Person), ("Clarimonde", EntityLabel.Location),
            ("Clarimonde", EntityLabel.Person),
        };
        Assert.That(Apply(text, tagged).Count(e => e.Item1 == "Clarimonde"), Is.EqualTo(5));

        // As often a place as a person: nothing is spread.
        Assert.That(Apply("Je vis Valence. Valence parla. Valence dormait.", ("Valence", EntityLabel.Location), ("Valence", EntityLabel.Person)),
            Has.Length.EqualTo(2));
    }

    [Test]
    public void A_surname_inside_a_longer_capitalised_name_is_left_alone()
    {
        Assert.That(Apply("Joe Biden a parlé. La Biden Foundation a donné.", ("Joe Biden", EntityLabel.Person)),
            Is.EqualTo(new[] { ("Joe Biden", EntityLabel.Person) }));
    }
}

/// <summary>Entities as a tagger would give them, found by their surfaces in text order, for the tests of the passes after tagging.</summary>
internal static class TaggedEntities
{
    public static List<Entity> Find(string text, (string Surface, EntityLabel Label)[] tagged)
    {
        var entities = new List<Entity>();
        int from = 0;
        foreach (var (surface, label) in tagged)
        {
            int start = text.IndexOf(surface, from, StringComparison.Ordinal);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), surface);
            entities.Add(new Entity(start, start + surface.Length, label, 0.8f));
            from = start + surface.Length;
        }

        return entities;
    }
}

public class KnownOrganizationsTests
{
    private static readonly EntityLexicon Lexicon = new(
    [
        new("Medef", LexiconClass.Organization), new("Orange", LexiconClass.Organization | LexiconClass.Place),
    ]);

    private static (string, EntityLabel)[] Apply(string text, params (string Surface, EntityLabel Label)[] tagged)
    {
        var entities = TaggedEntities.Find(text, tagged);
        var tokens = FrenchTokenizer.TokenizeToArray(text);
        var sentences = new List<Sentence>();
        NlpExtract.Sentences.SentenceSplitter.Split(text, tokens, sentences);
        KnownOrganizations.Apply(text, tokens, sentences.ToArray(), entities, Lexicon);
        return entities.Select(e => (text[e.Start..e.End], e.Label)).ToArray();
    }

    [Test]
    public void An_organization_the_lists_know_is_one_where_the_tagger_left_it()
    {
        Assert.That(Apply("Le président du Medef, Patrick Martin, a parlé.", ("Patrick Martin", EntityLabel.Person)),
            Is.EqualTo(new[] { ("Medef", EntityLabel.Organization), ("Patrick Martin", EntityLabel.Person) }));
    }

    [TestCase("Medef et syndicats se retrouvent jeudi.")] // a capital that opens a sentence says nothing
    [TestCase("Le patron du medef a parlé.")] // not as the list writes it
    [TestCase("Il habite à Orange depuis dix ans.")] // also a place: the tagger's reading stands
    public void A_listed_word_the_lists_do_not_settle_is_left_as_the_tagger_read_it(string text)
    {
        Assert.That(Apply(text), Is.Empty);
    }

    [TestCase("Clément Sénéchal, porte-parole de Greenpeace France, a réagi.", "Greenpeace", EntityLabel.Person)]
    [TestCase("Le PNUE publie son rapport annuel.", "PNUE", EntityLabel.Location)]
    public void An_organization_that_is_nothing_else_is_one_whatever_the_tagger_said(string text, string name, EntityLabel tagged)
    {
        Assert.That(Apply(text, (name, tagged)), Is.EqualTo(new[] { (name, EntityLabel.Organization) }));
    }

    [Test]
    public void An_organization_that_is_nothing_else_is_found_where_the_tagger_left_it()
    {
        Assert.That(Apply("Les militants de Greenpeace ont manifesté."), Is.EqualTo(new[] { ("Greenpeace", EntityLabel.Organization) }));
    }

    [Test]
    public void A_word_the_tagger_labelled_keeps_its_label()
    {
        Assert.That(Apply("Le Medef a parlé.", ("Medef", EntityLabel.Person)), Is.EqualTo(new[] { ("Medef", EntityLabel.Person) }));
    }

    [TestCase("Orange et Bouygues Telecom se disputent la fibre.", "Bouygues Telecom", EntityLabel.Person)]
    [TestCase("Le vol a été annulé par Royal Air Maroc Airlines hier.", "Royal Air Maroc Airlines", EntityLabel.Location)]
    public void A_name_that_ends_on_a_company_word_is_an_organization(string text, string name, EntityLabel tagged)
    {
        Assert.That(Apply(text, (name, tagged)), Is.EqualTo(new[] { (name, EntityLabel.Organization) }));
    }

    [Test]
    public void A_company_whose_article_is_part_of_its_name_is_found_with_it()
    {
        Assert.That(Apply("La Poste supprime des bureaux."), Is.EqualTo(new[] { ("La Poste", EntityLabel.Organization) }));
        Assert.That(Apply("Il a vu la poste du village."), Is.Empty);
    }

    [Test]
    public void A_newspaper_is_left_to_the_tagger_as_Sequoia_marks_it_a_work()
    {
        Assert.That(Apply("Selon Le Monde, le remaniement est prêt."), Is.Empty);
    }
}
