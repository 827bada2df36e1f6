using System.Text;
using NlpExtract.Quotes;

namespace NlpExtract.Tests;

[TestFixture]
public class QuoteExtractorTests
{
    private static readonly Pipeline Pipeline = FrenchPipeline.CreateDefault();

    private static IEnumerable<TestCaseData> Spec() => SpecFile.Cases("quotes.tsv", 2, 5);

    [TestCaseSource(nameof(Spec))]
    public void Spec_quotes_match(string text, string content, string kind, string cue, string speaker)
    {
        var document = Pipeline.Process(text);
        string found = string.Join(" | ", document.Quotes.Select(q =>
            $"{q.KindCode} [{document.GetText(q)}] cue={(q.Cue is { } c ? c.GetText(text) : "-")} speaker={q.SpeakerName ?? "-"}"));
        if (content == "-")
        {
            Assert.That(document.Quotes, Is.Empty, found);
            return;
        }

        var match = document.Quotes.Where(q => document.GetText(q) == content).ToList();
        Assert.That(match, Has.Count.EqualTo(1), $"no quote \"{content}\"; found: {found}");
        var quote = match[0];
        Assert.That(quote.KindCode, Is.EqualTo(kind), found);
        Assert.That(quote.Cue is { } span ? span.GetText(text) : "-", Is.EqualTo(cue), found);
        Assert.That(quote.SpeakerName ?? "-", Is.EqualTo(speaker), found);
    }

    [TestCase("« Ce “plan” est absurde et ce ‹ dialogue › n'existe pas », a estimé Sophie Laurent.")]
    [TestCase("« Il y a un “ problème, a reconnu le maire Jean Castex. Nous le réglerons. »")]
    public void Marks_inside_a_quote_that_no_cue_introduces_stay_part_of_it(string text)
    {
        // Scare quotes or a stray mark inside a quote are no quotation of their own, and do not cut the quote they sit in.
        var document = Pipeline.Process(text);
        Assert.That(document.Quotes, Is.Not.Empty);
        Assert.That(document.Quotes.Select(q => q.SpeakerName), Has.All.Not.Null);
        foreach (var quote in document.Quotes)
        {
            string content = document.GetText(quote);
            Assert.That(content, Is.Not.EqualTo("plan").And.Not.EqualTo("dialogue").And.Not.StartWith("problème"));
        }
    }

    [TestCase("Mais les autorités espèrent que les Jeux olympiques montrent une vitrine pour « revitaliser » le tourisme, a indiqué jeudi la secrétaire à l'Intérieur, Gale Norton.", "Gale Norton")]
    [TestCase("Le maire pense que la rue sera rouverte lundi, a déclaré son adjoint Paul Martin.", "Paul Martin")]
    public void A_sentence_closed_by_an_incise_is_the_incise_speakers_words_not_its_subjects(string text, string speaker)
    {
        // "X espère que …, a indiqué Y": Y said the whole sentence; the que-clause is no quote of X's.
        var document = Pipeline.Process(text);
        Assert.That(document.Quotes, Is.Not.Empty);
        Assert.That(document.Quotes.Select(q => q.SpeakerName), Has.All.EqualTo(speaker));
    }

    [Test]
    public void Spec_file_covers_every_pattern_of_the_issue()
    {
        Assert.That(Spec().Count(), Is.GreaterThanOrEqualTo(45));
    }

    [Test]
    public void Reporting_verb_lexicon_has_at_least_150_lemmas_with_frames_and_forms()
    {
        var lexicon = ReportingVerbLexicon.Default;
        Assert.That(lexicon.Verbs, Has.Count.GreaterThanOrEqualTo(150));
        Assert.That(lexicon.Verbs.All(v => v.Frames != ReportingFrames.None), Is.True);
        Assert.That(lexicon.Verbs.Count(v => (v.Frames & ReportingFrames.Incise) != 0), Is.GreaterThan(100));
        Assert.That(lexicon.Verbs.Count(v => (v.Frames & ReportingFrames.ThatClause) != 0), Is.GreaterThan(80));
        foreach (var lemma in new[] { "juger", "noter", "croire", "penser", "reconnaître", "montrer" })
        {
            Assert.That(lexicon.Verbs.Single(v => v.Lemma == lemma).Note, Is.Not.Null, $"the ambiguous verb {lemma} carries a note");
        }
    }

    [TestCase("annonça", "annoncer")]
    [TestCase("jugeait", "juger")]
    [TestCase("répondirent", "répondre")]
    [TestCase("reprit", "reprendre")]
    [TestCase("s'écria", null)]
    [TestCase("écria", "s'écrier")]
    [TestCase("affirmée", "affirmer")]
    [TestCase("dis", "dire")]
    [TestCase("rappelle", "rappeler")]
    [TestCase("révèle", "révéler")]
    [TestCase("réagissent", "réagir")]
    [TestCase("maintenant", null)]
    public void Reporting_verb_forms_are_conjugated(string form, string? lemma)
    {
        var readings = ReportingVerbLexicon.Default.Lookup(form).ToArray();
        if (lemma is null)
        {
            Assert.That(readings, Is.Empty);
        }
        else
        {
            Assert.That(readings.Select(r => r.Verb.Lemma), Does.Contain(lemma));
        }
    }

    [Test]
    public void Speakers_group_names_partial_names_and_pronouns()
    {
        const string text = "Le vice-ministre russe Mikhaïl Bogdanov a reçu l'ambassadrice. « Nous soutenons le dialogue », a déclaré Bogdanov. "
                            + "« La Russie restera présente », a-t-il ajouté.";
        var document = Pipeline.Process(text);
        Assert.That(document.Quotes, Has.Length.EqualTo(2));
        Assert.That(document.Speakers, Has.Length.EqualTo(1));
        var speaker = document.Speakers[0];
        Assert.That(speaker.Name, Is.EqualTo("Mikhaïl Bogdanov"));
        Assert.That(speaker.Label, Is.EqualTo(EntityLabel.Person));
        Assert.That(speaker.Quotes, Is.EqualTo(new[] { 0, 1 }));
        var mentions = speaker.Mentions.Select(m => m.GetText(text)).ToList();
        Assert.That(mentions, Does.Contain("Bogdanov").And.Contain("il").And.Contain("Mikhaïl Bogdanov"));
        Assert.That(document.Quotes.All(q => q.SpeakerIndex == 0), Is.True);
    }

    [Test]
    public void A_title_that_names_a_speaker_joins_the_speaker()
    {
        const string text = "Le vice-ministre russe Mikhaïl Bogdanov a reçu l'ambassadrice. « Nous soutenons le dialogue », a déclaré Bogdanov. "
                            + "Le vice-ministre a ensuite quitté la salle.";
        var document = Pipeline.Process(text);
        var mentions = document.Speakers.Single().Mentions.Select(m => m.GetText(text)).ToList();
        Assert.That(mentions, Does.Contain("Le vice-ministre"));
    }

    [Test]
    public void A_feminine_pronoun_skips_a_man_named_in_between()
    {
        const string text = "La ministre Élisabeth Borne a rencontré Laurent Berger. « Le dialogue continue », a-t-elle déclaré.";
        var quote = Pipeline.Process(text).Quotes.Single();
        Assert.That(quote.SpeakerName, Is.EqualTo("Élisabeth Borne"));
    }

    [Test]
    public void Every_span_lies_in_the_text_and_quotes_come_in_text_order()
    {
        const string text = "«Un», dit Paul Martin. Selon Marie Curie, deux. «Trois» et «quatre», a-t-elle ajouté. Il a dit que cinq.";
        var document = Pipeline.Process(text);
        Assert.That(document.Quotes, Is.Not.Empty);
        Assert.That(document.Quotes.Select(q => q.Start), Is.Ordered);
        foreach (var quote in document.Quotes)
        {
            AssertInside(quote.Content, text);
            if (quote.Cue is { } cue)
            {
                AssertInside(cue, text);
            }

            if (quote.Speaker is { } speaker)
            {
                AssertInside(speaker, text);
            }

            Assert.That(quote.Score, Is.InRange(0f, 1f));
        }
    }

    [Test]
    public void Without_the_quote_stage_there_are_no_quotes()
    {
        var pipeline = new PipelineBuilder().UseSentences().UseEntities().Build();
        var document = pipeline.Process("«Nous ne céderons pas», a déclaré Paul Martin.");
        Assert.That(document.Quotes, Is.Empty);
        Assert.That(document.Speakers, Is.Empty);
        Assert.That(document.Stages & PipelineStages.Quotes, Is.EqualTo(PipelineStages.None));
    }

    [Test]
    public void Quotes_work_without_the_entity_model()
    {
        var pipeline = new PipelineBuilder().UseQuotes().Build();
        var quote = pipeline.Process("«Nous ne céderons pas», a déclaré Paul Martin.").Quotes.Single();
        Assert.That(quote.SpeakerName, Is.EqualTo("Paul Martin"));
    }

    [TestCase("")]
    [TestCase("«")]
    [TestCase("»»»")]
    [TestCase("« « « «")]
    [TestCase("— ")]
    [TestCase("\"")]
    [TestCase("a dit que")]
    [TestCase("selon")]
    [TestCase("«\ud800», a-t-il dit \udc00.")]
    [TestCase("\u0000\u0001 « \u0007 » dit-elle")]
    public void Degenerate_input_gives_sensible_output(string text)
    {
        var document = Pipeline.Process(text);
        foreach (var quote in document.Quotes)
        {
            AssertInside(quote.Content, text);
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public void Thousands_of_quote_marks_and_a_quote_that_never_closes_stay_linear()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 5_000; i++)
        {
            builder.Append(i % 3 == 0 ? "« " : i % 3 == 1 ? "» " : "« mot », a dit Paul Martin, ");
        }

        var marks = Pipeline.Process(builder.ToString());
        foreach (var quote in marks.Quotes)
        {
            AssertInside(quote.Content, marks.Text);
        }

        // Thousands of quotes inside quotes, each introduced in the first person (each one's speaker is its container's).
        var nested = string.Concat(Enumerable.Repeat("« Je lui ai dit : “non”, et il est parti » ", 20_000)) + ", a raconté Paul Martin.";
        var inner = Pipeline.Process(nested);
        Assert.That(inner.Quotes.Count(q => inner.GetText(q) == "non"), Is.EqualTo(20_000));

        // One paragraph of tens of thousands of names, nicknames, titles and pronouns: each is resolved with bounded look-ups
        // (a walk back over every earlier holder of "baron", or over every person of the paragraph for an "elle" that nothing
        // takes up, made this take minutes).
        var crowd = string.Concat(Enumerable.Repeat(
            "Le baron Paul Martin entra ; ses amis ne l'appelaient plus que Popol. Elle s'appelait Marie. Il dit : « Oui », et elle ajouta : « Non ». Les femmes où le baron dînait riaient. Le baron dînait. ",
            30_000));
        var people = Pipeline.Process(crowd);
        Assert.That(people.Quotes.Count(q => q.Kind == QuoteKind.Direct), Is.EqualTo(60_000));

        // One sentence of thousands of coordinated verbs of speech before a colon: each reads back a clause's length for its
        // subject, not the whole sentence.
        var coordinated = "Le capitaine Paul Martin arriva " + string.Concat(Enumerable.Repeat("et le capitaine leva son verre, et prononça : « Oui » ", 30_000)) + ".";
        var toasts = Pipeline.Process(coordinated);
        Assert.That(toasts.Quotes.Count(q => toasts.GetText(q) == "Oui"), Is.EqualTo(30_000));

        // Twenty thousand stories, each under its title: one section each, resolved apart, indexed across the document.
        var collection = Pipeline.Process(string.Concat(Enumerable.Repeat("LE CONTE\n\nMarie Dubois entra.\n\n— Bonjour, dit-elle.\n\n", 20_000)));
        Assert.That(collection.Quotes.Count(q => collection.GetText(q) == "Bonjour," && q.SpeakerName == "Marie Dubois"), Is.EqualTo(20_000));
        Assert.That(collection.Speakers.Sum(s => s.Quotes.Length), Is.EqualTo(20_000));

        // A story told over fifty thousand paragraphs that reopen «: narration, with the dialogue inside it quoted.
        var told = Pipeline.Process("Il commença :\n\n" + string.Concat(Enumerable.Repeat("« Le meunier lui dit : “Oui.” Puis il partit.\n\n", 50_000)) + "« Fin. »");
        Assert.That(told.Quotes.Count(q => told.GetText(q) == "Oui."), Is.EqualTo(50_000));
        Assert.That(told.Quotes.Where(q => told.GetText(q).Contains("partit", StringComparison.Ordinal)), Is.Empty);

        // A megabyte of quote with no closing mark and no sentence end.
        var open = "« " + string.Concat(Enumerable.Repeat("il a dit que selon lui la réforme avance et ", 25_000));
        var document = Pipeline.Process(open);
        Assert.That(document.Quotes.Count(q => q.Kind == QuoteKind.Direct), Is.EqualTo(1));
        Assert.That(document.Quotes.First(q => q.Kind == QuoteKind.Direct).End, Is.LessThanOrEqualTo(open.Length));
    }

    [Test]
    public void A_long_run_of_capitals_before_a_name_is_read_once()
    {
        // Reading a name backwards over the capitals that open its sentence once sent the scan back over the same words
        // forever; it must move forward.
        const string text = "Grande Fête Joyeuse Amicale Solennelle Bouvard. Le lendemain, Bouvard dit : « Bonjour à tous. »";
        var document = new PipelineBuilder().UseQuotes().Build().Process(text);
        Assert.That(document.Quotes.Single().SpeakerName, Is.EqualTo("Bouvard"));
    }

    [Test]
    public void Random_text_never_throws_and_offsets_stay_inside()
    {
        var random = new Random(20261125);
        const string alphabet = "«»“”\"—–-,.:;!? \n'’aeiouAEIOU dit-il a-t-elle selon que qu' Paul Marie ministre a déclaré";
        for (int round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(0, 400)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var document = Pipeline.Process(text);
            foreach (var quote in document.Quotes)
            {
                AssertInside(quote.Content, text);
                if (quote.Speaker is { } speaker)
                {
                    AssertInside(speaker, text);
                }
            }
        }
    }

    [TestCase("— À présent, je puis m'en aller, reprit-elle en s'asseyant de nouveau près de Florent, sur les légumes d'une voisine.",
        "À présent, je puis m'en aller,")]
    [TestCase("— À quoi cela me servirait-il ? dit Pauline en laissant tomber ses coudes sur la toilette, et en se regardant au miroir.",
        "À quoi cela me servirait-il ?")]
    [TestCase("— Mais c'est une farce ! reprit Bouvard d'une voix étranglée, pareille à un râle de moribond.", "Mais c'est une farce !")]
    [TestCase("— Au moins si l'on mangeait du pain ! répéta Étienne, sans transition apparente.", "Au moins si l'on mangeait du pain !")]
    [TestCase("— Laisse-la, dit Marie, en s'allongeant au milieu du lit.", "Laisse-la,")]
    [TestCase("— Te tairas-tu ! reprit Pierre, exaspéré des cris de l'enfant.", "Te tairas-tu !")]
    [TestCase("— Philomène tousse, reprit Catherine, après avoir tendu l'oreille.", "Philomène tousse,")]
    [TestCase("— Milady, balbutia Pierre qui avait entendu ce nom, et il s'évanouit une seconde fois.", "Milady,")]
    [TestCase("— Vous croyez ? répondit Pierre peu convaincu ; car il savait l'importance de cette lettre.", "Vous croyez ?")]
    [TestCase("— Paie, maroufle, s'écria le voyageur, à son laquais, lequel jeta deux pièces.", "Paie, maroufle,")]
    [TestCase("— Il est bien lâche, murmura l'hôte en s'approchant, et essayant de se raccommoder avec lui.", "Il est bien lâche,")]
    [TestCase("— Réponds-moi sans mentir, cria la voix du vieux paysan, tandis que sa main le retournait.", "Réponds-moi sans mentir,")]
    [TestCase("— Ce ne sont pas les civilités qui lui useront la langue ! dit le pharmacien, dès qu'il fut seul avec l'hôtesse.",
        "Ce ne sont pas les civilités qui lui useront la langue !")]
    [TestCase("— Qu'y a-t-il pour votre service ? demanda la maîtresse d'auberge, tout en atteignant un flambeau.", "Qu'y a-t-il pour votre service ?")]
    [TestCase("— La voisine reçoit sa danse, constata Maheu, en train de racler le fond de sa jatte.", "La voisine reçoit sa danse,")]
    [TestCase("— Allez-vous-en donc ! répétait la mère en les chassant à l'autre bout de la salle.", "Allez-vous-en donc !")]
    [TestCase("— Mademoiselle se mariera, dit la grande Nanon en remportant les restes d'une oie, ce faisan des tonneliers.", "Mademoiselle se mariera,")]
    [TestCase("— Je ne vois point de partis, répondit Marie en regardant son mari d'un air timide qui, vu son âge, annonçait la servitude.", "Je ne vois point de partis,")]
    public void Narration_that_goes_on_after_a_dialogue_incise_is_not_speech(string text, string speech)
    {
        // After "reprit-elle en s'asseyant…", a complement, a second gerund or a comparison describes the gesture or the
        // voice; the words said stop at the incise.
        var document = Pipeline.Process(text);
        Assert.That(document.Quotes.Select(q => document.GetText(q)), Is.EqualTo(new[] { speech }));
    }

    [TestCase(8, true)]
    [TestCase(12, true)]
    [TestCase(4, false)]
    public void A_story_told_over_many_paragraphs_is_narration_but_its_dialogue_is_quoted(int paragraphs, bool story)
    {
        // A character who tells a story for pages (or reads a letter out) opens a second narrative level: French reopens
        // « at each of its paragraphs, yet its sentences are narration. A speech of a few paragraphs stays a quotation.
        var text = new StringBuilder("Le vieux notaire alluma sa pipe et commença :\n\n");
        for (int p = 1; p <= paragraphs; p++)
        {
            text.Append("« ").Append(p switch
            {
                3 => "Le meunier entra un matin chez le curé. « Vous savez ce qui se dit au village ? » demanda le curé. Il ne répondit rien.",
                4 => "Vous me suivez, monsieur ? --Pas du tout. --Eh bien, le meunier avait vendu son moulin la veille.",
                _ => $"Au printemps numéro {p}, la rivière monta jusqu'au moulin et tout le village vint regarder l'eau.",
            });
            text.Append(p == paragraphs ? " »\n\n" : "\n\n");
        }

        text.Append("Personne ne dit mot.");
        var document = Pipeline.Process(text.ToString());
        var contents = document.Quotes.Select(q => document.GetText(q)).ToList();
        Assert.That(contents, Has.Member("Vous savez ce qui se dit au village ?"), "the dialogue inside the story");
        Assert.That(contents.Count(c => c.StartsWith("Au printemps", StringComparison.Ordinal)), Is.EqualTo(story ? 0 : paragraphs - 2));

        // The listener's answer typed after a dash inside a paragraph of the story is part of that paragraph.
        Assert.That(contents.Count(c => c.StartsWith("Pas du tout", StringComparison.Ordinal)), Is.EqualTo(story ? 0 : 1));
    }

    [Test]
    public void A_title_in_capitals_starts_a_new_story_whose_pronouns_do_not_reach_back()
    {
        // A collection of tales (or a page of news briefs) in one document: "elle" in the second story is nobody named
        // so far in it, not the heroine of the first; and the speakers of both stories are indexed across the document.
        const string text = "LA FERME\n\nJeanne Morel traversa la cour.\n\n— Le blé est rentré, dit-elle.\n\n— Bravo, répondit Paul Vasseur.\n\n"
                            + "LE PUITS\n\nUn soir, elle tira le seau et demanda :\n\n— Qui est là ?\n\n— C'est moi, dit Lucien Girard.\n";
        var document = Pipeline.Process(text);
        var said = document.Quotes.ToDictionary(q => document.GetText(q), q => q.SpeakerName);
        Assert.That(said["Le blé est rentré,"], Is.EqualTo("Jeanne Morel"));
        Assert.That(said["Qui est là ?"], Is.Null);
        Assert.That(said["C'est moi,"], Is.EqualTo("Lucien Girard"));
        for (int q = 0; q < document.Quotes.Length; q++)
        {
            int speaker = document.Quotes[q].SpeakerIndex;
            if (speaker >= 0)
            {
                Assert.That(document.Speakers[speaker].Name, Is.EqualTo(document.Quotes[q].SpeakerName));
                Assert.That(document.Speakers[speaker].Quotes, Has.Member(q));
            }
        }

        Assert.That(document.Speakers.SelectMany(s => s.Quotes), Is.Unique.And.All.InRange(0, document.Quotes.Length - 1));
    }

    [Test]
    public void The_same_text_gives_the_same_quotes_on_every_thread()
    {
        const string text = "Le ministre Jean Martin a déclaré : «Nous tiendrons.» «Rien ne change», a-t-il ajouté. Selon lui, tout va bien.";
        var expected = Describe(Pipeline.Process(text));
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Describe(Pipeline.Process(text)));
        Assert.That(results, Is.All.EqualTo(expected));

        static string Describe(Document document)
            => string.Join("|", document.Quotes.Select(q => $"{q.Start},{q.End},{q.KindCode},{q.SpeakerName}"));
    }

    private static void AssertInside(TextSpan span, string text)
    {
        Assert.That(span.Start, Is.InRange(0, text.Length));
        Assert.That(span.End, Is.InRange(span.Start, text.Length));
    }
}
