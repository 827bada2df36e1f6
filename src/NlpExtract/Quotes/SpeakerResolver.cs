using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using NlpExtract.Entities;

namespace NlpExtract.Quotes;

/// <summary>
/// Names the speaker of every quote across the document and groups the speakers: a partial name becomes the fullest
/// name that ends or starts with it (Bogdanov → Mikhaïl Bogdanov, M. de Villepin → Dominique de Villepin), an acronym its
/// spelled-out form, a title its holder (le ministre français → the minister named earlier), a pronoun the most recent
/// compatible person or earlier speaker, and a quote with no cue of its own the speaker of the quote it continues.
/// Every lookup is a dictionary or a bounded walk back, so resolution stays linear.
/// </summary>
internal sealed class SpeakerResolver
{
    private const int MaxWordsInName = 6;
    private const int MaxAntecedentsRead = 40;
    private const int MaxContinuationParagraphs = 2;
    private const int MaxContinuationChars = 2000;
    private const int MaxShortUsesPerFullUse = 4;
    private const int PreferKnownGenderWithin = 4;

    /// <summary>A name the text writes at most this often is a passing one (a simile's Ève, a place's saint).</summary>
    private const int RareNameUses = 2;

    /// <summary>How many times more often than a passing name a protagonist's name is written, at least.</summary>
    private const int FrequentNameFactor = 5;
    private const int MaxSpeakersRead = 6;

    /// <summary>How many paragraphs back a bare title ("le président socialiste…") may take up the last named speaker.</summary>
    private const int MaxTitleParagraphs = 3;

    /// <summary>How many paragraphs ahead a sentence that names a pronoun's person ("Elle s'appelait Marroca") is looked for.</summary>
    private const int MaxNamingParagraphs = 8;

    /// <summary>How many paragraphs back a person named since the last speaker is taken up by a pronoun of their gender.</summary>
    private const int MaxNarratedParagraphs = 2;

    /// <summary>How many nicknames a text may give (each is counted over the whole text once).</summary>
    private const int MaxNicknames = 16;

    /// <summary>How many sentences back a pronoun looks for the description of a person of its gender (<see cref="DescribedSubjectBefore"/>).</summary>
    private const int MaxDescribedSentences = 4;

    /// <summary>How many descriptions named by a vocative a text may record (<see cref="_namedDescriptions"/>).</summary>
    private const int MaxNamedDescriptions = 64;

    /// <summary>How many paragraphs before a description's naming its earlier lines are renamed.</summary>
    private const int MaxNamedDescriptionParagraphs = 8;

    /// <summary>How many quotes back the quote that holds a quote inside it is looked for.</summary>
    private const int MaxInnerQuotesRead = 64;

    /// <summary>How many paragraphs into a letter its opening address ("Mon ami,") still names the "tu" of the narration.</summary>
    private const int MaxLetterParagraphs = 6;

    /// <summary>The most tokens a heading in capitals holds ("MADEMOISELLE FIFI").</summary>
    private const int MaxHeadingWords = 8;

    // An interview's question is one sentence of a few lines at most.
    private const int MaxQuestionTokens = 60;

    // Answers to questions with no cue that make a text an interview.
    private const int MinInterviewAnswers = 2;

    // Acronyms whose full name is looked for in the text without brackets ("l'OTAN"), each at the cost of a pass over it.
    private const int MaxAcronymsExpanded = 16;

    // How far into a quote a speaker's own naming is looked for ("Jusqu'à Rouen. Je m'appelle Henri Dufresne").
    private const int MaxSelfNamingTokens = 60;

    // The shortest headline quote looked for again in the article ("Les flammes étaient partout"): a word or two is too
    // common to tell whose it is.
    private const int MinEchoLength = 12;

    // How many paragraphs back the other person of a dialogue is looked for (each line of a dialogue is a paragraph).
    private const int MaxSceneParagraphs = 8;

    // How many parts of one line, cut by one incise, a recognition scene is read over.
    private const int MaxRecognitionParts = 4;

    /// <summary>How many tokens back a pronoun looks for a person described in any role (<see cref="DescribedPersonBefore"/>).</summary>
    private const int MaxDescribedTokens = 200;

    /// <summary>How many tokens at each end of the line before a vocative is looked for (<see cref="AddressedInLastLine"/>).</summary>
    private const int MaxVocativeTokens = 20;

    /// <summary>How many tokens back an adjective used alone for a person is looked for (<see cref="UsedAloneForAPerson"/>).</summary>
    private const int MaxAdjectiveLookBack = 1500;

    private readonly QuoteGrammar _grammar;
    private readonly QuoteText _t;

    // Every leading or trailing run of words of a person's name, to the fullest name that has it.
    private readonly Dictionary<string, string> _fullNames = new(StringComparer.OrdinalIgnoreCase);

    // Acronyms defined in the text: "Union nationale … (UNAPEI)".
    private readonly Dictionary<string, string> _acronyms = new(StringComparer.OrdinalIgnoreCase);

    // Title word → (position, holder) in text order: "le ministre français … Dominique de Villepin".
    private readonly Dictionary<string, List<TitleHolder>> _titleHolders = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The title words the text gave each person (the reverse of <see cref="_titleHolders"/>).</summary>
    private readonly Dictionary<string, HashSet<string>> _titlesOf = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The persons a noun for people stood before, by noun, in text order ("le notaire Lebrun").</summary>
    private readonly Dictionary<string, List<TitleHolder>> _describedAs = new(StringComparer.OrdinalIgnoreCase);

    // How often each capitalized word occurs, and each full person name: whether a short name is the usual one.
    private readonly Dictionary<string, int> _wordCounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _fullNameCounts = new(StringComparer.OrdinalIgnoreCase);

    // The gender each person name is given somewhere in the text (la belle Clarimonde, Mme Arbour, a first name).
    private readonly Dictionary<string, Gender> _nameGenders = new(StringComparer.OrdinalIgnoreCase);

    // The contents of the marked quotes, by start: names said inside a quote are not antecedents of the incise's pronoun.
    private readonly List<TextSpan> _quoteContents = [];

    /// <summary>
    /// Descriptions that a line's vocative named ("…, la Sarriette ?⏎La jeune femme se mit à rire"): the description's
    /// words, the name, and where the description stands; the lines the same description spoke just before are that person's.
    /// </summary>
    private readonly List<(string Description, string Name, int Position)> _namedDescriptions = [];

    // Persons named in the text, in order, as pronoun antecedents.
    private readonly List<Antecedent> _people = [];

    // "Elle s'appelait Marroca": where a pronoun's person is first given a name, for the pronouns before it that nothing
    // earlier can take up; in text order.
    private readonly List<Antecedent> _namings = [];

    // "ses camarades ne l'appelaient plus que Mlle Fifi": a person's name → the nickname the text gives them.
    private readonly Dictionary<string, string> _nicknames = new(StringComparer.OrdinalIgnoreCase);

    // Where the text first writes each definite title ("le cardinal") outside quotes, and first names each person.
    private readonly Dictionary<string, List<int>> _titleUses = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _firstNamed = new(StringComparer.OrdinalIgnoreCase);

    // Surnames the text writes after a woman's civility and for a man too (Mme Bovary, M. Bovary).
    private readonly HashSet<string> _sharedSurnames = new(StringComparer.Ordinal);

    // The age a description gave a named person ("fit la jeune fille" about Mathilde): an old lady is not her.
    private readonly Dictionary<string, Age> _ages = new(StringComparer.OrdinalIgnoreCase);
    private int _nicknamesRead;

    /// <summary>Someone a pronoun can take up; <paramref name="Weak"/> when only a capital says it is a person (quitté Bercy).</summary>
    private readonly record struct Antecedent(int Position, string Name, EntityLabel? Label, Gender Gender, bool Plural, bool Weak = false, bool Named = true)
        : IPositioned;

    /// <summary>Something found at a character position of the text: what the binary search over a list in text order reads.</summary>
    private interface IPositioned
    {
        /// <summary>The character offset where it is.</summary>
        int Position { get; }
    }

    public SpeakerResolver(QuoteGrammar grammar)
    {
        _grammar = grammar;
        _t = grammar.Text;
    }

    private void IndexNames()
    {
        var civilities = new Dictionary<string, int>(StringComparer.Ordinal); // surname → 1 a woman's civility, 2 a man's
        for (int i = 0; i < _t.Count; i++)
        {
            if (_t.IsCapitalized(i) && _t.Tokens[i].Length <= 40)
            {
                var word = _t.Word(i).ToString();
                _wordCounts[word] = _wordCounts.GetValueOrDefault(word) + 1;
            }

            if (_t.In(i, QuoteWords.Civilities) && SurnameAfterCivility(i) is int surname)
            {
                string key = _t.Word(surname).ToString();
                civilities[key] = civilities.GetValueOrDefault(key) | (_t.In(i, QuoteWords.FeminineCivilities) ? 1 : _t.In(i, QuoteWords.MasculineCivilities) ? 2 : 0);
            }
        }

        // "Mme Bovary" and "M. Bovary" (or "Charles Bovary") are two persons: the woman keeps her civility in her name.
        foreach (var entity in _t.Entities)
        {
            var words = entity.Label == EntityLabel.Person ? NameWords(_t.Text.AsSpan(entity.Start, entity.Length)) : [];
            if (words.Count > 1 && FirstNames.GenderOf(words[0]) == Gender.Masculine)
            {
                civilities[words[^1]] = civilities.GetValueOrDefault(words[^1]) | 2;
            }

            // "Le capitaine Renaud" is a man as much as "M. Renaud" is.
            int first = FirstTokenAt(entity.Start);
            if (words.Count == 1 && first >= 2 && IsTitleWord(_t.Word(first - 1))
                && (_t.Is(first - 2, "le") || _t.Is(first - 2, "du") || _t.Is(first - 2, "au")))
            {
                civilities[words[0]] = civilities.GetValueOrDefault(words[0]) | 2;
            }
        }

        foreach (var (surname, seen) in civilities)
        {
            if (seen == 3)
            {
                _sharedSurnames.Add(surname);
            }
        }

        var entities = _t.Entities;
        for (int e = 0; e < entities.Length; e++)
        {
            if (entities[e].Label != EntityLabel.Person)
            {
                continue;
            }

            var words = PersonWords(_t.Text.AsSpan(entities[e].Start, entities[e].Length));
            if (words.Count == 0 || words.Count > MaxWordsInName)
            {
                continue;
            }

            string full = string.Join(' ', words);
            _fullNameCounts[full] = _fullNameCounts.GetValueOrDefault(full) + 1;
            for (int length = 1; length <= words.Count; length++)
            {
                Offer(string.Join(' ', words.Take(length)), full);
                Offer(string.Join(' ', words.Skip(words.Count - length)), full);
            }
        }

        for (int e = 0; e < entities.Length; e++)
        {
            var entity = entities[e];
            if (entity.Label != EntityLabel.Person)
            {
                continue;
            }

            int first = FirstTokenAt(entity.Start);
            string name = WithCivility(FullNameOfGender(_t.Text.AsSpan(entity.Start, entity.Length), GenderBefore(first)), first);
            // "des mains … d'une si idéale transparence qu'ils laissaient passer le jour comme ceux de l'Aurore": a name
            // after an elided article is an allegory, a country or an epithet ("Julien l'Apostat"), no one a pronoun takes up.
            if (_t.Is(first - 1, "l'") || _t.Is(first - 1, "l’"))
            {
                continue;
            }

            AddPerson(entity.Start, name, first);

            // Titles in front of the name (le ministre français des Affaires étrangères Dominique de Villepin) or after it in
            // apposition; not before a name that is a complement ("l'auteur du programme de Lionel Jospin").
            // A title of nobility before "de" is the person's own ("le comte de Faverges").
            bool noble = _t.In(first - 1, QuoteWords.Of) && first >= 2 && _t.IsWord(first - 2) && QuoteWords.NobleTitles.Contains(_t.Word(first - 2));
            bool complement = !noble && (_t.In(first - 1, QuoteWords.Of) || _t.In(first - 1, QuoteWords.Determiners) && _t.In(first - 2, QuoteWords.Of));
            // (A title belongs to the nearest name after it: "Le comte de Morsauf reçut Félix" makes no count of Félix.)
            // ("Le capitaine s'avança vers le sergent Dubois": the article of the nearest title closes it; the captain is another man.)
            bool titleSeen = false;
            for (int i = first - 1; !complement && i >= 0 && i >= first - 8 && !_grammar.IsClauseMark(i) && _t.NameLabel(i) != EntityLabel.Person; i--)
            {
                if (titleSeen && _t.In(i, QuoteWords.Determiners))
                {
                    break;
                }

                titleSeen |= _t.IsWord(i) && IsTitleWord(_t.Word(i));
                RecordTitle(i, entity.Start, name);
            }

            // "Le notaire Lebrun attendait": a noun for people with its article right before the name; "le notaire" is
            // Lebrun later on.
            if (first >= 2 && _t.IsWord(first - 1) && QuoteWords.PersonNouns.Contains(_t.Word(first - 1)) && !IsTitleWord(_t.Word(first - 1))
                && _t.In(first - 2, QuoteWords.DefiniteSingularDeterminers) && !InsideQuote(entity.Start))
            {
                AddDescription(_t.Word(first - 1), entity.Start, name);
            }

            // "le maire, André Rossinot,", "son avocat, Me Jean-Paul Lévy,": a title set before the name (and its civility)
            // with a comma, its apposition.
            int appositionComma = _t.In(first - 1, QuoteWords.Civilities) ? first - 2 : first - 1;
            if (_t.Mark(appositionComma) == ',')
            {
                // (A title in apposition stands right before its comma, its complement aside; not one whose clause or
                // list goes on to the name: "le cardinal tout décontenancé et soucieux, Coppenole tranquille", "Du
                // moment où le cardinal était entré, Gringoire…".)
                // ("le maire (LR) de Nice, Christian Estrosi,": a party's label in brackets is passed over.)
                int reach = 5;
                for (int i = appositionComma - 1; i >= 0 && i >= appositionComma - reach; i--)
                {
                    if (_t.Mark(i) == ')' && i >= 2 && _t.Mark(i - 2) == '(' && _t.IsCapitalized(i - 1))
                    {
                        i -= 2;
                        reach += 3;
                        continue;
                    }

                    if (_grammar.IsClauseMark(i) || _t.Is(i, "et") || _t.Is(i, "ou") || _t.In(i, QuoteWords.Auxiliaries))
                    {
                        break;
                    }

                    RecordTitle(i, entity.Start, name);
                }
            }

            int after = first;
            while (after < _t.Count && _t.EntityOf(after) == _t.EntityOf(first))
            {
                after++;
            }

            // (Not a name said to someone inside a quote: "— Alors, vous voyez bien, Tréville, interrompit le roi".)
            if (_t.Mark(after) == ',' && !InsideQuote(entity.Start))
            {
                for (int i = after + 1; i < _t.Count && i <= after + 3; i++)
                {
                    RecordTitle(i, entity.Start, name);
                }

                // "le marquis Wilhem d'Eyrik, un tout petit blondin fier et brutal": a noun phrase with "un" in apposition
                // describes the person, and its words take the person up later ("le jeune blondin tira son revolver").
                if (_t.Is(after + 1, "un") || _t.Is(after + 1, "une"))
                {
                    for (int i = after + 2; i < _t.Count && i <= after + 5 && _t.IsWord(i) && !_t.IsCapitalized(i) && !_grammar.IsClauseMark(i)
                                            && !_t.In(i, QuoteWords.Of) && !_t.Is(i, "et") && !_t.Is(i, "ou"); i++)
                    {
                        // (Not the nouns that say only sex or age, "un homme de cinquante ans": "l'homme" later may be anyone.)
                        if (!QuoteWords.DegreeAdverbs.Contains(_t.Word(i)) && !QuoteWords.PlaceholderPersonNouns.Contains(_t.Word(i)))
                        {
                            AddDescription(_t.Word(i), entity.Start, name);
                        }
                    }
                }
            }
        }

        // Persons the entity model missed: a known first name and a capitalized word (Alfons Goetzfrid).
        for (int i = 0; i + 1 < _t.Count; i++)
        {
            // (And a name after a civility, whatever the entity model made of it: "Mme de Courville" read as the town.)
            bool afterCivility = CivilityBefore(i) >= 0;
            // ("Mme de Rênal brodait": a surname with its particle after a civility, which the model left unmarked.)
            bool missed = _t.NameLabel(i) is null or EntityLabel.Organization && _grammar.IsPersonStart(i)
                          || _t.NameLabel(i) is null or EntityLabel.Location && _t.IsCapitalized(i) && afterCivility && !_t.In(i, QuoteWords.Civilities) && _t.Tokens[i].Length > 1
                          || _t.NameLabel(i) is null && _t.IsNameLike(i) && !_grammar.IsAcronym(i) && !_t.In(i - 1, QuoteWords.Determiners)
                             && !_t.In(i - 1, QuoteWords.Prepositions) && !_t.In(i - 1, QuoteWords.Of) && !_t.In(i, QuoteWords.Civilities)
                             && !_t.In(i - 1, QuoteWords.PlaceNouns);
            if (missed)
            {
                int found = i;

                // "Mikhaïl Bogdanov est arrivé": a capital that opens the sentence belongs to the name that follows it.
                while (i > 0 && _t.IsCapitalized(i - 1) && _t.NameLabel(i - 1) is null && i - 1 >= _t.SentenceStart(i)
                       && !_t.In(i - 1, QuoteWords.Determiners) && !_t.In(i - 1, QuoteWords.Boundaries) && !_t.In(i - 1, QuoteWords.Adverbs)
                       && !_t.In(i - 1, QuoteWords.Pronouns) && !_t.In(i - 1, QuoteWords.Civilities))
                {
                    i--;
                }

                int last = i;
                while (last + 1 < _t.Count && last < i + 3 && _t.IsCapitalized(last + 1) && _t.NameLabel(last + 1) is null or EntityLabel.Organization)
                {
                    last++;
                }

                // "le ministre de l'Économie Bruno Le Maire": after "de", the first capital is the complement, the name follows.
                if (last > i && FirstNames.GenderOf(_t.Word(i)) == Gender.Unknown
                    && (_t.In(i - 1, QuoteWords.Of) || _t.In(i - 1, QuoteWords.Determiners) && _t.In(i - 2, QuoteWords.Of)))
                {
                    i++;
                }

                var words = NameWords(_t.Text.AsSpan(_t.Tokens[i].Start, _t.Tokens[last].End - _t.Tokens[i].Start));
                string full = string.Join(' ', words);
                for (int length = 1; length <= words.Count; length++)
                {
                    Offer(string.Join(' ', words.Skip(words.Count - length)), full);
                }

                AddPerson(_t.Tokens[i].Start, WithCivility(FullName(full), i), i, weak: !_grammar.IsPersonStart(i) && !afterCivility);
                bool complement = _t.In(i - 1, QuoteWords.Of) || _t.In(i - 1, QuoteWords.Determiners) && _t.In(i - 2, QuoteWords.Of);
                for (int t = i - 1; !complement && t >= 0 && t >= i - 8 && !_grammar.IsClauseMark(t); t--)
                {
                    RecordTitle(t, _t.Tokens[i].Start, FullName(full));
                }

                i = Math.Max(last, found); // always forward, or a name read backwards would be read again forever

            }
        }

        // Holders in text order, so that the holder named last before a mention is found by binary search.
        foreach (var list in _titleHolders.Values)
        {
            list.Sort((a, b) => a.Position.CompareTo(b.Position));
        }

        // The subject of each sentence, when a title describes it ("Le procureur a requis…. Il a rappelé…"): what a pronoun
        // in the next sentence most often takes up. Named once the titles are known (le président américain → its holder).
        var subjects = new List<SpeakerMention>();
        foreach (var sentence in _t.Sentences)
        {
            if (_grammar.SentenceSubject(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) is not { Kind: MentionKind.NounPhrase } subject
                || subject.LastToken <= subject.FirstToken)
            {
                continue;
            }

            if (_t.In(subject.FirstToken, QuoteWords.DefiniteSingularDeterminers) && IsTitleWord(_t.Word(subject.FirstToken + 1)))
            {
                subjects.Add(subject);
            }
            else if (IsPluralPeople(subject))
            {
                // "Et cinq femmes descendirent sur le perron. … « C'est le métier », se disaient-elles": a group of
                // people as a sentence's subject is what a plural pronoun after it takes up.
                subjects.Add(subject);
            }
        }

        foreach (var person in _people)
        {
            _firstNamed[person.Name] = Math.Min(person.Position, _firstNamed.GetValueOrDefault(person.Name, int.MaxValue));
        }

        // Each definite title outside quotes, in one pass: where the narration uses it for someone it does not name there
        // ("les politesses du cardinal"; not "l'entraîneur marseillais Roberto De Zerbi"), and, when the text has named its
        // holder, that person wherever it stands ("… ces récits où le baron mettait toute son âme. Il s'animait…").
        var titled = new List<Antecedent>();
        for (int i = 1; i < _t.Count; i++)
        {
            bool article = _t.In(i - 1, QuoteWords.DefiniteSingularDeterminers);
            if (!(article || _t.Is(i - 1, "du") || _t.Is(i - 1, "au")) || !_t.IsWord(i) || !IsTitleWord(_t.Word(i)) || InsideQuote(_t.Tokens[i].Start))
            {
                continue;
            }

            string word = _t.Word(i).ToString();
            int position = _t.Tokens[i - 1].Start;
            if (!NamesItsHolder(i))
            {
                if (!_titleUses.TryGetValue(word, out var uses))
                {
                    _titleUses[word] = uses = [];
                }

                uses.Add(position); // in text order
            }

            if (article && i + 1 < _t.Count && !_t.In(i - 2, QuoteWords.Of) && !_t.In(i - 2, QuoteWords.Prepositions) && !_t.IsCapitalized(i + 1)
                && _t.SentenceStart(i - 1) != i - 1 && _titleHolders.TryGetValue(word, out var holders)
                && LastHolderBefore(holders, position) is int h and >= 0)
            {
                titled.Add(new Antecedent(position, holders[h].Name, EntityLabel.Person, _nameGenders.GetValueOrDefault(holders[h].Name), false));
            }
        }

        _people.AddRange(titled);

        _people.Sort((a, b) => a.Position.CompareTo(b.Position));
        if (subjects.Count > 0)
        {
            var described = new List<Antecedent>(subjects.Count);
            foreach (var subject in subjects)
            {
                var (name, _, gender, plural) = NameNounPhrase(subject, []);
                if (name is not null)
                {
                    described.Add(new Antecedent(subject.Span.Start, name, EntityLabel.Person, gender, plural, Named: false));
                }
            }

            _people.AddRange(described);
            _people.Sort((a, b) => a.Position.CompareTo(b.Position));
        }

        for (int i = 0; i + 3 < _t.Count; i++)
        {
            if (NamingAt(i) is { } naming)
            {
                _namings.Add(naming);
            }

            RecordNickname(i);
        }

        for (int i = 1; i + 1 < _t.Count; i++)
        {
            if (_t.Mark(i - 1) == '(' && _t.Mark(i + 1) == ')' && IsAcronym(_t.Word(i)))
            {
                string? expansion = LongFormBefore(i - 1);
                if (expansion is not null)
                {
                    _acronyms.TryAdd(_t.Word(i).ToString(), expansion);
                }
            }
        }

        // "l'OTAN" and "l'Organisation du traité de l'Atlantique-nord" in one text, without the brackets: an acronym whose
        // letters are the initials of a capitalised phrase of the text is that organization, by its full name. (A few
        // acronyms at most, each looked for in one pass over the text.)
        var acronyms = _t.Entities.Where(e => e.Label == EntityLabel.Organization && IsAcronym(_t.Text.AsSpan(e.Start, e.Length)))
                                  .Select(e => _t.Text.Substring(e.Start, e.Length)).Where(a => !_acronyms.ContainsKey(a)).Distinct().Take(MaxAcronymsExpanded);
        foreach (string acronym in acronyms)
        {
            string letters = acronym.Replace(".", string.Empty).Replace("-", string.Empty);
            for (int i = 0; i < _t.Count && letters.Length >= 2; i++)
            {
                if (_t.IsCapitalized(i) && char.ToUpperInvariant(_t.Word(i)[0]) == letters[0] && !IsAcronym(_t.Word(i)) && !InsideQuote(_t.Tokens[i].Start)
                    && InitialsEndAt(i, letters) is int last)
                {
                    _acronyms.TryAdd(acronym, Clean(_t.Span(i, last)));
                    break;
                }
            }
        }
    }

    /// <summary>"l'Alliance", "l'Alliance atlantique": the news's usual other name for NATO.</summary>
    private static bool IsNatoAlias(string name)
        => name.Equals("Alliance", StringComparison.OrdinalIgnoreCase) || name.Equals("Alliance atlantique", StringComparison.OrdinalIgnoreCase);

    /// <summary>NATO by the name the text gives it ("OTAN", or its full name when the text spells it out); null when the text does not name it.</summary>
    private string? NatoName()
    {
        foreach (var entity in _t.Entities)
        {
            if (entity.Label == EntityLabel.Organization && _t.Text.AsSpan(entity.Start, entity.Length) is "OTAN" or "Otan")
            {
                string acronym = _t.Text.Substring(entity.Start, entity.Length);
                return _acronyms.GetValueOrDefault(acronym) ?? acronym;
            }
        }

        return null;
    }

    /// <summary>
    /// The last token of the phrase from <paramref name="first"/> whose words but its articles and prepositions have
    /// <paramref name="letters"/> for initials ("Organisation du traité de l'Atlantique-nord" for "OTAN"); null when the
    /// phrase's words do not spell them.
    /// </summary>
    private int? InitialsEndAt(int first, string letters)
    {
        int k = 0;
        for (int j = first; j < _t.Count && j < first + 3 * letters.Length; j++)
        {
            if (!_t.IsWord(j))
            {
                return null;
            }

            // ("PS" is not "Pierre Sarkozy": a person's or a place's name spells no acronym.)
            if (_t.NameLabel(j) is EntityLabel.Person or EntityLabel.Location)
            {
                return null;
            }

            var word = _t.Word(j).TrimEnd('\'').TrimEnd('’');
            if (QuoteWords.NameFunctionWords.Contains(word))
            {
                continue;
            }

            foreach (var part in word.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (k >= letters.Length || char.ToUpperInvariant(part[0]) != char.ToUpperInvariant(letters[k]))
                {
                    return null;
                }

                k++;
            }

            if (k == letters.Length)
            {
                return letters.Length >= 2 && j > first ? j : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a sentence's subject is a group of people in the plural: a plural determiner or a number, then a plural
    /// noun for people (<c>les officiers</c>, <c>cinq femmes</c>, <c>deux hommes</c>).
    /// </summary>
    private bool IsPluralPeople(SpeakerMention subject)
    {
        var head = _t.Word(subject.FirstToken + 1);
        return _t.In(subject.FirstToken, QuoteWords.PluralDeterminers) && head.Length > 2 && head[^1] is 's' or 'x' && QuoteWords.PersonNouns.Contains(head);
    }

    /// <summary>The surname token after the civility at <paramref name="civility"/> ("Mme Bovary", "M. de Courville"), or null.</summary>
    private int? SurnameAfterCivility(int civility)
    {
        int surname = _t.In(civility + 1, QuoteWords.Particles) ? civility + 2 : civility + 1;
        return _t.IsCapitalized(surname) && !_t.In(surname, QuoteWords.Civilities) ? surname : null;
    }

    /// <summary>The civility before the surname at <paramref name="surname"/>, its particle aside ("Mme de Courville"), or -1.</summary>
    private int CivilityBefore(int surname)
        => _t.In(surname - 1, QuoteWords.Civilities) ? surname - 1
            : _t.In(surname - 1, QuoteWords.Particles) && _t.In(surname - 2, QuoteWords.Civilities) ? surname - 2
            : -1;

    /// <summary>
    /// <paramref name="name"/> as the person at token <paramref name="first"/> is named: with "Mme" or "Mlle" in front when a
    /// woman's civility precedes a surname the text gives a man too (<c>Mme Bovary</c>, not the <c>Bovary</c> of Charles).
    /// </summary>
    private string WithCivility(string name, int first)
    {
        if (_sharedSurnames.Count == 0 || name.StartsWith("Mme ", StringComparison.Ordinal) || name.StartsWith("Mlle ", StringComparison.Ordinal))
        {
            return name;
        }

        int civility = _t.In(first, QuoteWords.Civilities) ? first : CivilityBefore(first);
        if (civility < 0 || !_t.In(civility, QuoteWords.FeminineCivilities) || SurnameAfterCivility(civility) is not int surname
            || !_sharedSurnames.Contains(_t.Word(surname).ToString()))
        {
            return name;
        }

        // Her name as written, not the fullest name of the surname, which is her husband's ("Charles Bovary"); the particle
        // stays, as after any civility ("Mme de Darnetot").
        bool unmarried = _t.Word(civility).StartsWith("Mlle", StringComparison.Ordinal) || _t.Is(civility, "mademoiselle");
        string title = unmarried ? "Mlle" : "Mme";
        string own = _t.Word(surname).ToString();
        if (surname == civility + 1)
        {
            return $"{title} {own}";
        }

        var particle = _t.Word(civility + 1);
        return particle.EndsWith('\'') || particle.EndsWith('’') ? $"{title} {particle}{own}" : $"{title} {particle} {own}";
    }

    private void AddPerson(int position, string name, int firstToken, bool weak = false)
    {
        var gender = GenderBefore(firstToken);
        if (gender == Gender.Unknown)
        {
            gender = FirstNames.GenderOfName(name);
        }

        if (gender != Gender.Unknown)
        {
            _nameGenders.TryAdd(name, gender);
        }

        _people.Add(new Antecedent(position, name, EntityLabel.Person, gender, false, weak));
    }

    private Gender GenderOf(Antecedent candidate)
        => candidate.Gender != Gender.Unknown ? candidate.Gender : _nameGenders.GetValueOrDefault(candidate.Name);

    private void Offer(string key, string full)
    {
        if (!_fullNames.TryGetValue(key, out var known) || known.Length < full.Length)
        {
            _fullNames[key] = full;
        }
    }

    /// <summary>Records that the text described the person <paramref name="name"/> with <paramref name="noun"/> at <paramref name="position"/>.</summary>
    private void AddDescription(ReadOnlySpan<char> noun, int position, string name)
    {
        string key = noun.ToString();
        if (!_describedAs.TryGetValue(key, out var described))
        {
            _describedAs[key] = described = [];
        }

        described.Add(new TitleHolder(position, name, [], []));
    }

    private void RecordTitle(int i, int position, string name)
    {
        if (!_t.IsWord(i) || !IsTitleWord(_t.Word(i)) && !QuoteWords.OccupationNouns.Contains(_t.Word(i)))
        {
            return;
        }

        string title = _t.Word(i).ToString();
        if (!_titleHolders.TryGetValue(title, out var holders))
        {
            _titleHolders[title] = holders = [];
        }

        holders.Add(new TitleHolder(position, name, TitleModifiers(i, _t.Count - 1), OfficeOf(i, _t.Count - 1)));
        if (!_titlesOf.TryGetValue(name, out var titles))
        {
            _titlesOf[name] = titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        titles.Add(title);
    }

    /// <summary>
    /// The persons the text named with the title <paramref name="word"/>, in text order; for a kind of person (prêtre,
    /// policier), those it named with one of the titles of that kind when it named nobody with the word itself; null when none.
    /// </summary>
    private List<TitleHolder>? HoldersOf(ReadOnlySpan<char> word)
    {
        string title = word.ToString();
        if (_titleHolders.TryGetValue(title, out var holders))
        {
            return holders;
        }

        if (!QuoteWords.TitlesOfKind.TryGetValue(word, out var titles))
        {
            return null;
        }

        List<TitleHolder>? merged = null;
        foreach (var precise in titles)
        {
            if (_titleHolders.TryGetValue(precise, out var some))
            {
                (merged ??= []).AddRange(some);
            }
        }

        merged?.Sort((a, b) => a.Position.CompareTo(b.Position));
        return merged;
    }

    /// <summary>
    /// Whether the text gave <paramref name="name"/> a title and never <paramref name="title"/>: "Le ministre de la Santé"
    /// is not "son président, Marc Noizet" who spoke before.
    /// </summary>
    private bool HoldsOtherTitle(string name, string title)
        => _titlesOf.TryGetValue(name, out var titles) && !titles.Contains(title);

    /// <summary>Whether the title at <paramref name="title"/> is followed by a name, after at most three lowercase qualifiers or a comma.</summary>
    private bool NamesItsHolder(int title)
    {
        for (int i = title + 1; i < _t.Count && i <= title + 4; i++)
        {
            if (_t.NameLabel(i) == EntityLabel.Person || _t.IsCapitalized(i) && _grammar.IsPersonStart(i))
            {
                return true;
            }

            if (!(_t.IsWord(i) && !_t.IsCapitalized(i) && !_t.In(i, QuoteWords.Auxiliaries)) && _t.Mark(i) != ',')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="uses"/> (positions in text order) lies strictly between <paramref name="after"/> and <paramref name="before"/>.</summary>
    private static bool UsedBetween(List<int> uses, int after, int before)
    {
        int index = uses.BinarySearch(after + 1);
        if (index < 0)
        {
            index = ~index;
        }

        return index < uses.Count && uses[index] < before;
    }

    /// <summary>The index of the last of <paramref name="holders"/> (in text order) named before <paramref name="position"/>, or -1.</summary>
    private static int LastHolderBefore(List<TitleHolder> holders, int position) => LastBefore(holders, position);

    /// <summary>
    /// The index of the last of <paramref name="items"/>, kept in text order, whose position is before
    /// <paramref name="position"/>, or -1: a binary search, so that no look-up walks a long document.
    /// </summary>
    private static int LastBefore<T>(List<T> items, int position)
        where T : struct, IPositioned
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (items[mid].Position < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }

    /// <summary>A person named with a title, where, and the words that qualified the title there.</summary>
    /// <param name="Position">Where the person is named.</param>
    /// <param name="Name">The person's full name.</param>
    /// <param name="Modifiers">The lowercase words right after the title (<c>marseillais</c> in <c>l'entraîneur marseillais</c>).</param>
    /// <param name="Office">The words of the title's complement (<c>Économie</c> in <c>le ministre de l'Économie</c>).</param>
    private readonly record struct TitleHolder(int Position, string Name, string[] Modifiers, string[] Office) : IPositioned;

    /// <summary>
    /// The lowercase words that qualify the title at <paramref name="title"/>, up to <paramref name="last"/>: the
    /// adjectives of <c>l'entraîneur marseillais</c> or <c>le président américain</c>, not a complement (<c>de</c>…)
    /// nor the name.
    /// </summary>
    private string[] TitleModifiers(int title, int last)
    {
        var modifiers = new List<string>();
        for (int i = title + 1; i <= last && i <= title + 3 && _t.IsWord(i) && !_t.IsCapitalized(i) && !_t.In(i, QuoteWords.Of)
                                && !_t.In(i, QuoteWords.Determiners); i++)
        {
            modifiers.Add(_t.Word(i).ToString());
        }

        return [.. modifiers];
    }

    /// <summary>
    /// Whether a definite title qualified by <paramref name="mentionModifiers"/> may take up <paramref name="holder"/>:
    /// not when both the mention and the holder's title are qualified and share no word (<c>l'entraîneur belge</c> is
    /// not <c>l'entraîneur marseillais</c> named before).
    /// </summary>
    private static bool ModifiersAgree(string[] mentionModifiers, TitleHolder holder)
        => mentionModifiers.Length == 0 || holder.Modifiers.Length == 0 ||
           mentionModifiers.Any(m => holder.Modifiers.Contains(m, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The words of the complement that names a title's office, after its adjectives: "ministre de l'Économie et des
    /// Finances" → Économie, Finances; "ministre du Travail" → Travail; empty when the title has none.
    /// </summary>
    private string[] OfficeOf(int title, int last)
    {
        int i = title + 1;
        while (i <= last && i <= title + 3 && _t.IsWord(i) && !_t.IsCapitalized(i) && !_t.In(i, QuoteWords.Of) && !_t.In(i, QuoteWords.Determiners))
        {
            i++;
        }

        if (i > last || !_t.In(i, QuoteWords.Of))
        {
            return [];
        }

        var words = new List<string>();
        for (int k = i + 1; k <= last && k <= i + 5 && _t.IsWord(k); k++)
        {
            if (!_t.In(k, QuoteWords.Determiners) && !_t.In(k, QuoteWords.Of) && !_t.Is(k, "et"))
            {
                words.Add(_t.Word(k).ToString());
            }
        }

        return [.. words];
    }

    /// <summary>Whether a title's office and a holder's share a word, or either has none (see <see cref="OfficeOf"/>).</summary>
    private static bool OfficesAgree(string[] mentionOffice, TitleHolder holder)
        => mentionOffice.Length == 0 || holder.Office.Length == 0 ||
           mentionOffice.Any(m => holder.Office.Contains(m, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Whether the text gave <paramref name="name"/> the title <paramref name="title"/> only for offices that
    /// <paramref name="office"/> shares no word with ("ministre de l'Économie" for "le ministre du Travail").
    /// </summary>
    private bool HeldForOtherOffice(string name, string title, string[] office)
    {
        if (office.Length == 0 || !_titleHolders.TryGetValue(title, out var holders))
        {
            return false;
        }

        bool held = false;
        foreach (var holder in holders)
        {
            if (SamePerson(holder.Name, name))
            {
                if (OfficesAgree(office, holder))
                {
                    return false;
                }

                held = true;
            }
        }

        return held;
    }


    private bool IsTitleWord(ReadOnlySpan<char> word)
        => word.Length > 1 && (char.IsLower(word[0]) || word is "Premier" or "Première") && !QuoteWords.Civilities.Contains(word) && _grammar.IsTitle(word);

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 10)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c != '.' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The capitalized phrase before "(ACRONYM)": "l'Union nationale des associations … mentales".</summary>
    private string? LongFormBefore(int open)
    {
        int last = open - 1;
        int first = last;
        while (first - 1 >= 0 && first > last - 16 && (_t.IsWord(first - 1) || _t.NameLabel(first - 1) is not null)
               && !_t.In(first - 1, QuoteWords.Boundaries) || first - 1 >= 0 && _t.In(first - 1, QuoteWords.Of) && first > last - 16)
        {
            first--;
        }

        while (first <= last && !_t.IsCapitalized(first))
        {
            first++;
        }

        if (first >= last || _t.In(first, QuoteWords.Determiners))
        {
            return first < last && _t.In(first, QuoteWords.Determiners) ? Clean(_t.Span(first + 1, last)) : null;
        }

        return Clean(_t.Span(first, last));
    }

    private int FirstTokenAt(int charOffset) => Math.Max(0, Math.Min(_t.Count - 1, TokenOffsets.FirstEndingAfter(_t.Tokens.AsSpan(), charOffset)));

    /// <summary>Mme, M., or a determiner and a title in front of a name (la ministre X) tell its gender.</summary>
    private Gender GenderBefore(int first)
    {
        if (_t.In(first, QuoteWords.FeminineCivilities) || _t.In(first - 1, QuoteWords.FeminineCivilities))
        {
            return Gender.Feminine;
        }

        if (_t.In(first, QuoteWords.MasculineCivilities) || _t.In(first - 1, QuoteWords.MasculineCivilities))
        {
            return Gender.Masculine;
        }

        for (int i = first - 1; i >= 0 && i >= first - 4 && _t.IsWord(i); i--)
        {
            bool feminine = _t.In(i, QuoteWords.FeminineDeterminers);
            if (!feminine && !_t.Is(i, "le") && !_t.Is(i, "un"))
            {
                continue;
            }

            // The determiner must be the name's own ("la ministre X", "la X", "le vieux Dumas", "la mère Chantemesse"), not
            // that of a noun before it: "les suites de cette noce amena Bouvard" says nothing of Bouvard.
            if (i + 1 < first && !IsTitleWord(_t.Word(i + 1)) && !IsAppellation(i + 1, first))
            {
                return Gender.Unknown;
            }

            // A masculine title is said of women too ("le docteur Sophie Garnier", "le juge Marie Dupont"): a woman's first
            // name tells then, not the article; a feminine title is hers ("la ministre Amélie de Montchalin").
            if (!feminine && i + 1 < first && FirstNames.GenderOf(_t.Word(first)) == Gender.Feminine)
            {
                return Gender.Feminine;
            }

            return feminine ? Gender.Feminine : Gender.Masculine;
        }

        return Gender.Unknown;
    }

    /// <summary>The organization named last before <paramref name="mention"/>, outside quotes, in its paragraph or the few before; null when none.</summary>
    private string? LastOrganizationBefore(SpeakerMention mention)
    {
        var entities = _t.Entities;
        int recent = ParagraphsBackStart(mention.FirstToken, MaxTitleParagraphs);
        int lo = 0, hi = entities.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (entities[mid].Start < mention.Span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int e = lo - 1; e >= 0 && e >= lo - MaxAntecedentsRead && entities[e].Start >= recent; e--)
        {
            if (entities[e].Label == EntityLabel.Organization && !InsideQuote(entities[e].Start))
            {
                var text = _t.Text.AsSpan(entities[e].Start, entities[e].Length);
                return _acronyms.GetValueOrDefault(text.ToString()) ?? Clean(text);
            }
        }

        return null;
    }

    /// <summary>The organization a noun for one takes up ("le groupe", "l'ONG", "les rebelles"): the one named last, or else the one that spoke last.</summary>
    private string? OrganizationTakenUp(SpeakerMention mention, List<Antecedent> spoken)
        => LastOrganizationBefore(mention) ?? LastOrganizationSpeaker(mention, spoken);

    /// <summary>The last organization that spoke before <paramref name="mention"/>, in its paragraph or the few before; null when none did.</summary>
    private string? LastOrganizationSpeaker(SpeakerMention mention, List<Antecedent> spoken)
    {
        int recent = ParagraphsBackStart(mention.FirstToken, MaxTitleParagraphs);
        for (int a = spoken.Count - 1; a >= 0 && spoken[a].Position >= recent; a--)
        {
            if (spoken[a].Label == EntityLabel.Organization && spoken[a].Position < mention.Span.Start)
            {
                return spoken[a].Name;
            }
        }

        return null;
    }

    /// <summary>Adjectives and the family appellations the narration sets before a surname: "le vieux", "la petite", "le père", "la mère".</summary>
    private bool IsAppellation(int from, int name)
    {
        for (int i = from; i < name; i++)
        {
            if (!_t.In(i, QuoteWords.PrenominalAdjectives) && !_t.Is(i, "père") && !_t.Is(i, "mère"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of a person's name; a place the entity model glued in front of a first name is dropped ("la maire de Paris Anne Hidalgo").</summary>
    private List<string> PersonWords(ReadOnlySpan<char> name)
    {
        var words = NameWords(name);
        // (Unless the first word is a given name too: "Rachid Ben Amor" is not the town of Rachid before "Ben Amor".)
        if (words.Count > 2 && _grammar.IsPlace(words[0]) && FirstNames.GenderOf(words[1]) != Gender.Unknown
            && FirstNames.GenderOf(words[0]) == Gender.Unknown)
        {
            words.RemoveAt(0);
        }

        return words;
    }

    private static List<string> NameWords(ReadOnlySpan<char> name)
    {
        var words = new List<string>();
        foreach (var range in name.Split(' '))
        {
            var word = name[range].Trim();
            if (word.Length == 0 || words.Count == 0 && QuoteWords.Civilities.Contains(word))
            {
                continue;
            }

            words.Add(word.ToString());
        }

        // "M. de Courville" → "Courville": without a first name the particle is not part of how the name is used.
        if (words.Count > 1 && words[0] is "de" or "d'" or "d’" or "du" or "von" or "van")
        {
            words.RemoveAt(0);
        }

        return words;
    }

    /// <summary>
    /// <see cref="FullName"/>, unless the name's article or civility gives it a gender the full name's first name does not
    /// have: "le vieux Dumas" is not Hélène Dumas, "M. Grandet" not Eugénie Grandet; such a surname stays as it is written.
    /// </summary>
    private string FullNameOfGender(ReadOnlySpan<char> name, Gender gender)
    {
        string full = FullName(name);
        if (gender != Gender.Unknown && FirstNames.GenderOfName(full) is var fullGender && fullGender != Gender.Unknown && fullGender != gender)
        {
            var words = PersonWords(name);
            return words.Count > 0 ? string.Join(' ', words) : Clean(name);
        }

        return full;
    }

    /// <summary>
    /// The fullest person name the document gives for <paramref name="name"/> (civilities dropped) — unless the short form
    /// is how the text names the person: a character called "Bouvard" a hundred times and "François-Denys-Bartholomée
    /// Bouvard" once, in a notary's letter, is Bouvard.
    /// </summary>
    public string FullName(ReadOnlySpan<char> name)
    {
        var words = PersonWords(name);
        if (words.Count == 0)
        {
            return Clean(name);
        }

        string key = string.Join(' ', words);
        if (!_fullNames.TryGetValue(key, out var full) || full.Length == key.Length)
        {
            return key;
        }

        int shortUses = _wordCounts.GetValueOrDefault(words[^1]);
        int fullUses = _fullNameCounts.GetValueOrDefault(full);
        return shortUses > MaxShortUsesPerFullUse * Math.Max(1, fullUses) ? key : full;
    }

    private static string Clean(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private string Clean(TextSpan span) => Clean(_t.Text.AsSpan(span.Start, span.Length));

    /// <summary>Attributes every draft, in text order, and groups the speakers.</summary>
    public (ImmutableArray<Quote> Quotes, ImmutableArray<Speaker> Speakers) Resolve(List<QuoteDraft> drafts)
    {
        _quoteContents.Clear();
        _namedDescriptions.Clear();
        _quoteContents.AddRange(drafts.Where(d => d.Kind != QuoteKind.Indirect).Select(d => d.Content));
        _quoteContents.Sort((a, b) => a.Start.CompareTo(b.Start));

        // The names are indexed once the quotes are known: what is said inside them (a vocative, a title in a story told)
        // names no one of the narration.
        IndexNames();
        IndexAddressedDescriptions();
        var quotes = new Quote[drafts.Count];
        var names = new (string? Name, EntityLabel? Label)[drafts.Count];
        var spoken = new List<Antecedent>(); // earlier speakers, in the order their mentions appear
        var selfNamed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase); // a description → the name its person gave
        var strangerLines = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase); // "inconnu" → its quotes so far
        var strangerGenders = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase); // "étrangère" → feminine
        // Quotes that answer a question with no cue: two or more make the text an interview (one may be a narrator's question).
        int answers = drafts.Count(IsUncuedAnswer);
        (string? Name, EntityLabel? Label, Gender Gender, bool Plural)? interviewee = null; // read once, at the first answer
        bool intervieweeRead = false;
        (string? Name, EntityLabel? Label, Gender Gender, bool Plural) previousResolved = (null, null, Gender.Unknown, false);
        for (int d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            (string? Name, EntityLabel? Label, Gender Gender, bool Plural) resolved = (null, null, Gender.Unknown, false);
            if (draft.SpokenByOuter && ContainerOf(drafts, d) is int container)
            {
                // "« … je t'ai aperçu dans l'église ; j'ai dit tout de suite : « C'est lui ! » …": the words the quoted
                // person says they said are theirs, however their own quote was attributed (a cue, the turns of a dialogue).
                resolved = (names[container].Name, names[container].Label, Gender.Unknown, false);
            }
            else if (draft.Speaker is { Kind: MentionKind.NounPhrase } inner && draft.Inner)
            {
                resolved = NameNounPhrase(inner, spoken, insideQuote: true);
            }
            else if (draft.Speaker is { } shared && d > 0 && drafts[d - 1].Speaker is { } before && before.Span.Start == shared.Span.Start
                     && previousResolved.Name is not null)
            {
                // "— Rien, répondit son ami. Des ennuis d'argent.": the parts of a line around one incise are one speaker's,
                // read once (read again, the second part would answer the first).
                resolved = previousResolved;
            }
            else if (draft.Speaker is { } mention)
            {
                resolved = Name(mention, spoken);
            }
            else if (d > 0 && drafts[d - 1].Newcomer is { } newcomer && draft.Kind == QuoteKind.Direct && !draft.Inner && AnswersRightAfter(drafts[d - 1], draft))
            {
                resolved = Name(newcomer, spoken);
            }
            else if (draft.ContinuesPrevious && PreviousOfLevel(drafts, d) is int previous && names[previous].Name is not null && IsContinuation(drafts[previous], draft))
            {
                resolved = (names[previous].Name, names[previous].Label, Gender.Unknown, false);
            }
            else if (IsUncuedAnswer(draft) && answers >= MinInterviewAnswers)
            {
                if (!intervieweeRead)
                {
                    interviewee = Interviewee();
                    intervieweeRead = true;
                }

                if (interviewee is { } person)
                {
                    resolved = person;
                }
            }

            // "« Ton nom ? »⏎Elle répondit en grossissant sa voix : « Paméla. »": a line that is only a name, answering the
            // line before that asked for one, is said by the person it names, whoever the cue's pronoun would take up.
            if (!draft.Inner && draft.Kind != QuoteKind.Indirect && PreviousOfLevel(drafts, d) is int asked && AsksForName(drafts[asked].Content)
                && BareName(draft.Content) is { } answered)
            {
                resolved = (answered, EntityLabel.Person, resolved.Gender, false);
            }

            // "— Je me nomme Florent, je viens de loin, répondit l'inconnu": a speaker the narration knows only as a stranger,
            // a man, a young woman, who gives their name in their own words is that person, and the description names them
            // from there on. A description that says who the person is ("dit la maraîchère") stays their name.
            if (draft.Speaker is { Kind: not MentionKind.Name } described && !draft.Inner && draft.Kind != QuoteKind.Indirect
                && resolved.Name is { } describedName && !resolved.Plural && IsPlaceholderDescription(describedName))
            {
                if ((SelfNaming(draft.Content) ?? RecognitionName(drafts, d, resolved.Gender)) is { } ownName)
                {
                    if (described.Kind == MentionKind.NounPhrase)
                    {
                        selfNamed[describedName] = ownName;
                    }

                    // "demanda l'étranger" before "Je m'appelle Antoine Vernet": the stranger's earlier lines are his too,
                    // and so are those of "le voyageur" when the narration called the same man so (one stranger of a sex
                    // at a time). Each line is renamed once: a stranger's list is emptied when they give their name.
                    foreach (var stranger in strangerLines.Keys.ToList())
                    {
                        bool same = string.Equals(stranger, describedName, StringComparison.OrdinalIgnoreCase)
                                    || resolved.Gender != Gender.Unknown && strangerGenders[stranger] == resolved.Gender;
                        if (same && strangerLines.Remove(stranger, out var earlierLines))
                        {
                            foreach (int earlier in earlierLines)
                            {
                                names[earlier] = (ownName, EntityLabel.Person);
                            }

                            if (described.Kind == MentionKind.NounPhrase)
                            {
                                selfNamed[stranger] = ownName;
                            }
                        }
                    }

                    resolved = (ownName, EntityLabel.Person, resolved.Gender, false);
                }
                else if (described.Kind == MentionKind.NounPhrase && selfNamed.TryGetValue(describedName, out var named))
                {
                    resolved = (named, EntityLabel.Person, resolved.Gender, false);
                }
            }

            names[d] = (resolved.Name, resolved.Label);
            previousResolved = resolved;
            if (resolved.Name is { } strangerName && IsStrangerDescription(strangerName))
            {
                if (!strangerLines.TryGetValue(strangerName, out var lines))
                {
                    strangerLines[strangerName] = lines = [];
                    strangerGenders[strangerName] = resolved.Gender;
                }

                lines.Add(d);
            }

            // "Une voix forte d'homme cria : «…»": a voice speaks once; the "elle" of a later line is a woman, not the voice.
            // The speakers of quotes inside quotes belong to the quoted story, not to the text's narration.
            // (The "tu" a letter addresses is its reader, no one the story's "il" or "elle" takes up.)
            if (resolved.Name is not null && draft.Speaker is { } spokenMention && !IsVoice(resolved.Name) && !draft.Inner
                && !(spokenMention.Kind == MentionKind.Pronoun && (_t.Is(spokenMention.FirstToken, "tu") || _t.Is(spokenMention.FirstToken, "-tu"))))
            {
                // A pronoun is as named as what it takes up: the "il" of "disait-il" after "Le secrétaire de la mairie" is a
                // description still, which a later "le maire" does not take up.
                bool named = spokenMention.Kind == MentionKind.Name
                             || spokenMention.Kind == MentionKind.Pronoun && char.IsUpper(resolved.Name[0]);
                spoken.Add(new Antecedent(spokenMention.Span.Start, resolved.Name, resolved.Label, resolved.Gender, resolved.Plural, Named: named));
            }
        }

        // "Il vit une adorable petite femme brune … et la jeune femme … reprenait :⏎— Dis Marcel, … ?⏎… — …, la Sarriette ?⏎La
        // jeune femme se mit à rire.⏎— Ah bien ! reprit-elle": once a line's vocative has named the description, the lines
        // the same description spoke in the paragraphs just before are that person's too.
        // ("une adorable petite femme brune" then "la jeune femme": a description by the same noun is the same person.)
        foreach (var (description, describedName, at) in _namedDescriptions)
        {
            int paragraph = _t.ParagraphNumber(FirstTokenAt(at));
            string noun = HeadNoun(description);
            for (int d = 0; d < drafts.Count && drafts[d].Content.End <= at; d++)
            {
                if (names[d].Name is { } earlier && !char.IsUpper(earlier[0]) && earlier.Split(' ').Contains(noun, StringComparer.OrdinalIgnoreCase)
                    && paragraph - _t.ParagraphNumber(FirstTokenAt(drafts[d].Content.Start)) <= MaxNamedDescriptionParagraphs)
                {
                    names[d] = (describedName, EntityLabel.Person);
                }
            }
        }

        // "« Chaque dixième de degré compte.⏎« Nous avons encore les moyens d'agir », a résumé sa présidente": the parts of
        // one quote written over several paragraphs are the words of the speaker its last part names.
        for (int d = drafts.Count - 2; d >= 0; d--)
        {
            if (drafts[d].ContinuesIntoNext && drafts[d].Speaker is null && names[d + 1].Name is not null)
            {
                names[d] = names[d + 1];
            }
        }

        // "Incendie à Nancy : « Les flammes étaient partout », raconte un témoin⏎… « Je me suis réveillé à cause de la fumée.
        // Les flammes étaient partout », raconte Ahmed": a headline quote that the article quotes again, with a name, is
        // the words of the one the article names for them.
        for (int d = 0; d < drafts.Count && InHeadline(FirstTokenAt(drafts[d].Content.Start)); d++)
        {
            if (names[d].Name is { } headlineName && char.IsUpper(headlineName[0]) || drafts[d].Kind == QuoteKind.Indirect)
            {
                continue;
            }

            string echo = Clean(drafts[d].Content);
            if (echo.Length < MinEchoLength)
            {
                continue;
            }

            for (int e = d + 1; e < drafts.Count; e++)
            {
                if (names[e].Name is { } bodyName && char.IsUpper(bodyName[0]) && !InHeadline(FirstTokenAt(drafts[e].Content.Start))
                    && drafts[e].Content.Length >= echo.Length && Clean(drafts[e].Content).Contains(echo, StringComparison.OrdinalIgnoreCase))
                {
                    names[d] = names[e];
                    break;
                }
            }
        }

        // A person the text calls by a nickname more than by their name is named so ("le marquis Wilhem d'Eyrik" … "ses
        // camarades ne l'appelaient plus que Mlle Fifi").
        // "selon un communiqué de l'Alliance" in a text that names l'OTAN: the organization, by the name the text gives it.
        string? nato = null;
        bool natoRead = false;
        for (int d = 0; d < drafts.Count; d++)
        {
            if (names[d].Name is { } name && _nicknames.TryGetValue(name, out var nickname))
            {
                names[d] = (nickname, names[d].Label);
            }
            else if (names[d].Name is { } alias && IsNatoAlias(alias))
            {
                if (!natoRead)
                {
                    nato = NatoName();
                    natoRead = true;
                }

                if (nato is not null)
                {
                    names[d] = (nato, EntityLabel.Organization);
                }
            }
        }

        // Group by name, in order of first quote.
        var clusters = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var clusterNames = new List<(string Name, EntityLabel? Label)>();
        var clusterQuotes = new List<List<int>>();
        var clusterMentions = new List<List<TextSpan>>();
        for (int d = 0; d < drafts.Count; d++)
        {
            int index = -1;
            if (names[d].Name is { } name)
            {
                if (!clusters.TryGetValue(name, out index))
                {
                    index = clusterNames.Count;
                    clusters[name] = index;
                    clusterNames.Add((name, names[d].Label));
                    clusterQuotes.Add([]);
                    clusterMentions.Add([]);
                }
                else if (clusterNames[index].Label is null && names[d].Label is not null)
                {
                    clusterNames[index] = (name, names[d].Label);
                }

                clusterQuotes[index].Add(d);
                if (drafts[d].Speaker is { } mention)
                {
                    clusterMentions[index].Add(mention.Span);
                }
            }

            var draft = drafts[d];
            quotes[d] = new Quote(draft.Content, draft.Kind, draft.Cue, draft.Speaker?.Span, names[d].Name, names[d].Label, index, Math.Clamp(draft.Score, 0f, 1f));
        }

        // Every other mention of a speaker's name in the text (partial names included) joins its cluster.
        foreach (var entity in _t.Entities)
        {
            if (entity.Label is not (EntityLabel.Person or EntityLabel.Organization or EntityLabel.Location))
            {
                continue;
            }

            var text = _t.Text.AsSpan(entity.Start, entity.Length);
            string name = entity.Label == EntityLabel.Person ? FullName(text) : _acronyms.GetValueOrDefault(text.ToString()) ?? Clean(text);
            if (clusters.TryGetValue(name, out int index))
            {
                clusterMentions[index].Add(new TextSpan(entity.Start, entity.End));
            }
        }

        // "le vice-ministre", "l'ambassadeur": a definite title whose holder is a speaker is one more mention of that speaker.
        if (_titleHolders.Count > 0 && clusters.Count > 0)
        {
            for (int i = 0; i + 1 < _t.Count; i++)
            {
                if (!_t.In(i, QuoteWords.DefiniteSingularDeterminers) || !_t.IsWord(i + 1)
                    || !_titleHolders.TryGetValue(_t.Word(i + 1).ToString(), out var holders))
                {
                    continue;
                }

                if (LastHolderBefore(holders, _t.Tokens[i].Start) is int h and >= 0 && clusters.TryGetValue(holders[h].Name, out int index))
                {
                    clusterMentions[index].Add(_t.Span(i, i + 1));
                }
            }
        }

        var speakers = ImmutableArray.CreateBuilder<Speaker>(clusterNames.Count);
        for (int c = 0; c < clusterNames.Count; c++)
        {
            var mentions = clusterMentions[c].Distinct().OrderBy(span => span.Start).ThenBy(span => span.End).ToImmutableArray();
            speakers.Add(new Speaker(clusterNames[c].Name, clusterNames[c].Label, mentions, [.. clusterQuotes[c]]));
        }

        return (ImmutableArray.Create(quotes), speakers.MoveToImmutable());
    }

    /// <summary>A direct quote of the narration with no speaker that answers a question paragraph (see <see cref="AnswersQuestion"/>).</summary>
    private bool IsUncuedAnswer(QuoteDraft draft)
        => draft.Speaker is null && draft.Kind == QuoteKind.Direct && !draft.Inner && AnswersQuestion(draft.Content);

    /// <summary>
    /// Whether the quote <paramref name="content"/> opens its paragraph right after a paragraph that is one question with
    /// no quote mark in it: the answer of an interview ("Que demandez-vous au gouvernement ?⏎« Des prix planchers. »").
    /// </summary>
    private bool AnswersQuestion(TextSpan content)
    {
        int first = FirstTokenAt(content.Start);
        int paragraph = _t.ParagraphStart(first);
        if (first - paragraph > 1 || paragraph == 0)
        {
            return false;
        }

        int question = paragraph - 1;
        if (_t.Mark(question) != '?')
        {
            return false;
        }

        int start = _t.ParagraphStart(question);
        if (question - start > MaxQuestionTokens || InsideQuote(_t.Tokens[question].Start))
        {
            return false;
        }

        for (int i = start; i < question; i++)
        {
            if (_t.Mark(i) is '«' or '»' or '"' or '“' or '”' or '?' or '.' or '!' or ':')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The person an interview questions: the first person named in the text's first two paragraphs (the headline
    /// "Entretien avec Marie Durand" or its lead), outside quotes; null when none is.
    /// </summary>
    private (string? Name, EntityLabel? Label, Gender Gender, bool Plural)? Interviewee()
    {
        foreach (var entity in _t.Entities)
        {
            int token = FirstTokenAt(entity.Start);
            if (_t.ParagraphNumber(token) > 1)
            {
                return null;
            }

            if (entity.Label == EntityLabel.Person && !InsideQuote(entity.Start))
            {
                string name = FullName(_t.Text.AsSpan(entity.Start, entity.Length));
                return (name, EntityLabel.Person, FirstNames.GenderOfName(name), false);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a description that says only the person's sex, age or that they are unknown
    /// ("inconnu", "jeune homme", "l'étrangère"), which a name given later replaces.
    /// </summary>
    private static bool IsPlaceholderDescription(string name)
    {
        if (name.Length == 0 || char.IsUpper(name[0]))
        {
            return false;
        }

        return QuoteWords.PlaceholderPersonNouns.Contains(HeadNoun(name));
    }

    /// <summary>The last word of a description's name ("jeune homme" → "homme"), the noun that says who the person is.</summary>
    private static string HeadNoun(string name) => name[(name.LastIndexOf(' ') + 1)..];

    /// <summary>Whether <paramref name="name"/> calls the person a stranger to the narration ("l'inconnu", "la voyageuse").</summary>
    private static bool IsStrangerDescription(string name)
        => IsPlaceholderDescription(name) && QuoteWords.StrangerNouns.Contains(HeadNoun(name));

    /// <summary>Whether <paramref name="content"/> ends by asking someone's name: "Ton nom ?", "Comment vous appelez-vous ?".</summary>
    private bool AsksForName(TextSpan content)
    {
        int last = FirstTokenAt(content.End) - 1;
        if (last < 2 || last >= _t.Count || _t.Word(last) is not "?")
        {
            return false;
        }

        return _t.Is(last - 1, "nom") && (_t.Is(last - 2, "ton") || _t.Is(last - 2, "votre"))
               || (_t.Is(last - 1, "-tu") || _t.Is(last - 1, "-vous")) && (_t.Is(last - 2, "appelles") || _t.Is(last - 2, "appelez"));
    }

    /// <summary>
    /// The name <paramref name="content"/> consists of, one to three capitalised words with at most a mark after them
    /// ("Paméla.", "Jean Valjean !"), in the fullest form the text gives; null when the line says anything else.
    /// </summary>
    private string? BareName(TextSpan content)
    {
        int first = FirstTokenAt(content.Start);
        int last = first;
        while (last < _t.Count && _t.Tokens[last].End <= content.End && _t.IsWord(last) && _t.IsCapitalized(last) && last - first < 3)
        {
            last++;
        }

        // [first, last) are the name's words; what follows up to the end of the line may be one mark only.
        if (last == first || _t.In(first, QuoteWords.Pronouns) || FirstNames.GenderOf(_t.Word(first)) == Gender.Unknown && _t.NameLabel(first) != EntityLabel.Person)
        {
            return null;
        }

        int end = last < _t.Count && _t.Tokens[last].End <= content.End && _t.Word(last) is "." or "!" or "…" ? last + 1 : last;
        if (end < _t.Count && _t.Tokens[end].End <= content.End)
        {
            return null;
        }

        return FullName(_t.Text.AsSpan(_t.Tokens[first].Start, _t.Tokens[last - 1].End - _t.Tokens[first].Start));
    }

    /// <summary>
    /// The name a speaker gives themself in the first few sentences of <paramref name="content"/>: "Je m'appelle Marie",
    /// "je me nomme madame François", "Mon nom est Claude Lantier"; null when the quote names no one so. A name told after
    /// a colon or inside marks of its own ("il m'a dit : je m'appelle…") may be another person's words, so the search
    /// stops there.
    /// </summary>
    private string? SelfNaming(TextSpan content)
    {
        int first = FirstTokenAt(content.Start);
        int limit = Math.Min(_t.Count, first + MaxSelfNamingTokens);
        for (int i = first; i + 3 < limit && _t.Tokens[i].End <= content.End; i++)
        {
            int name;
            if (_t.Is(i, "je") && (_t.Is(i + 1, "m'") || _t.Is(i + 1, "m’") || _t.Is(i + 1, "me")) && (_t.Is(i + 2, "appelle") || _t.Is(i + 2, "nomme")))
            {
                name = i + 3;
            }
            else if (_t.Is(i, "mon") && _t.Is(i + 1, "nom") && _t.Is(i + 2, "est"))
            {
                name = i + 3;
            }
            else if (_t.Word(i) is ":" or "«" or "“")
            {
                return null;
            }
            else
            {
                continue;
            }

            // A civility before the name ("madame François") is left out, as in the text's other mentions.
            if (_t.IsWord(name) && !_t.IsCapitalized(name) && _t.In(name, QuoteWords.Civilities))
            {
                name++;
            }

            if (!_t.IsCapitalized(name) || _t.Tokens[name].End > content.End)
            {
                return null;
            }

            int last = name;
            while (last + 1 < _t.Count && last < name + 3 && _t.IsCapitalized(last + 1) && _t.Tokens[last + 1].End <= content.End)
            {
                last++;
            }

            // Named as the text's other mentions of that person are: the fullest form of the name.
            return FullName(_t.Text.AsSpan(_t.Tokens[name].Start, _t.Tokens[last].End - _t.Tokens[name].Start));
        }

        return null;
    }

    /// <summary>
    /// The name a speaker the narration does not know gives themself in a recognition scene: "Pauline ! ne me
    /// reconnais-tu pas ? s'écria l'étrangère ; as-tu oublié la figure de Laurence ?". The line (with the parts of it
    /// the same incise cuts) asks to be recognised, and names, other than the person it calls, a first name of the
    /// speaker's sex; null otherwise.
    /// </summary>
    private string? RecognitionName(List<QuoteDraft> drafts, int index, Gender gender)
    {
        if (gender == Gender.Unknown)
        {
            return null;
        }

        // The parts of one line cut by one incise share its speaker mention.
        var speaker = drafts[index].Speaker!.Span;
        int firstPart = index;
        while (firstPart > 0 && index - firstPart < MaxRecognitionParts && drafts[firstPart - 1].Speaker is { } earlier && earlier.Span.Start == speaker.Start)
        {
            firstPart--;
        }

        // (The first words of each part only, as for a name given: a line of a megabyte is not read again at each part.)
        bool asksRecognition = false;
        for (int part = firstPart; part <= index && !asksRecognition; part++)
        {
            var content = drafts[part].Content;
            int from = FirstTokenAt(content.Start);
            for (int i = from; i + 1 < _t.Count && i < from + MaxSelfNamingTokens && _t.Tokens[i + 1].End <= content.End; i++)
            {
                if ((_t.Is(i, "me") || _t.Is(i, "m'") || _t.Is(i, "m’")) && _t.Word(i + 1).StartsWith("reconna", StringComparison.OrdinalIgnoreCase))
                {
                    asksRecognition = true;
                    break;
                }
            }
        }

        if (!asksRecognition)
        {
            return null;
        }

        var own = drafts[index].Content;
        int ownFirst = FirstTokenAt(own.Start);
        for (int i = ownFirst; i < _t.Count && i < ownFirst + MaxSelfNamingTokens && _t.Tokens[i].End <= own.End; i++)
        {
            // "je suis la sœur de Marie", "l'ami de Paul": a relative or friend of the speaker's is another person.
            bool relative = (_t.Is(i - 1, "de") || _t.Is(i - 1, "d'") || _t.Is(i - 1, "d’")) && _t.In(i - 2, QuoteWords.RepresentativeRoles);
            if (!_t.IsCapitalized(i) || FirstNames.GenderOf(_t.Word(i)) != gender || IsVocative(i, own, i, questionCloses: false) || relative)
            {
                continue;
            }

            return FullName(_t.Word(i));
        }

        return null;
    }

    /// <summary>
    /// The name the last quote before <paramref name="mention"/>, in its paragraph or the one before, calls someone by
    /// ("Dis donc, Marcel", "…, la Sarriette ?"), when that name agrees with the mention's gender and is not the one who
    /// said that quote; null otherwise.
    /// </summary>
    private string? AddressedInLastLine(SpeakerMention mention, List<Antecedent> spoken)
    {
        int before = QuotesBefore(mention.Span.Start, byEnd: false);
        if (before == 0)
        {
            return null;
        }

        var content = _quoteContents[before - 1];
        // (The line must end before the mention's paragraph: "— Quand je serai avec toi, mon Phoebus ! dit la jeune fille"
        // names the one spoken to in the very line the description says.)
        if (content.End > _t.Tokens[_t.ParagraphStart(mention.FirstToken)].Start || content.Start < ParagraphsBackStart(mention.FirstToken, 1))
        {
            return null;
        }

        // Names are called at a line's start or end: read its first and last few tokens, whatever its length.
        string? found = null;
        int firstToken = FirstTokenAt(content.Start);
        int lastToken = Math.Max(firstToken, FirstTokenAt(content.End) - 1);
        for (int i = firstToken; i < _t.Count && _t.Tokens[i].Start < content.End; i++)
        {
            if (i == firstToken + MaxVocativeTokens && lastToken - MaxVocativeTokens > i)
            {
                i = lastToken - MaxVocativeTokens;
            }

            if (!_t.IsCapitalized(i) || _t.Tokens[i].Start <= content.Start || !_t.IsWord(i) || _t.In(i, QuoteWords.Pronouns))
            {
                continue;
            }

            // ("la Sarriette": the article of a popular name goes with it.)
            bool article = _t.Is(i - 1, "la") || _t.Is(i - 1, "le");
            if (!IsVocative(i, content, article ? i - 1 : i, questionCloses: true))
            {
                continue;
            }

            // Only a person's name whose gender is known to agree ("Mon Dieu !", "Son Éminence" are no one answering).
            var gender = article ? (_t.Is(i - 1, "la") ? Gender.Feminine : Gender.Masculine) : FirstNames.GenderOf(_t.Word(i));
            if (gender == Gender.Unknown || gender != mention.Gender || _t.Word(i) is "Dieu" or "Seigneur"
                || !article && _t.NameLabel(i) != EntityLabel.Person)
            {
                continue;
            }

            string name = _t.Word(i).ToString();
            if (spoken.Count > 0 && spoken[^1].Name is { } lastSpeaker && spoken[^1].Position >= content.Start && SamePerson(lastSpeaker, name))
            {
                continue;
            }

            if (found is not null && !string.Equals(found, name, StringComparison.OrdinalIgnoreCase))
            {
                return null; // two persons called: no telling which answers
            }

            found = name;
        }

        return found;
    }

    /// <summary>Whether the name at token <paramref name="i"/> calls the person spoken to ("Pauline ! ne me reconnais-tu pas ?", "Oh, Paul, viens").</summary>
    /// <param name="i">The name's token.</param>
    /// <param name="content">The quote the name stands in.</param>
    /// <param name="opener">Where the call opens: the name, or the article before a popular name ("la Sarriette").</param>
    /// <param name="questionCloses">Whether a question mark may close the call ("…, la Sarriette ?"); not in a recognition
    /// scene, where the name before it is the one asked about ("as-tu oublié ton amie Juliette ?").</param>
    private bool IsVocative(int i, TextSpan content, int opener, bool questionCloses)
    {
        bool openedAlone = _t.Tokens[opener].Start <= content.Start || _t.Word(opener - 1) is "," or "!" or "?" or "…" || _t.In(opener - 1, QuoteWords.VocativeOpeners);
        bool closedAlone = i + 1 >= _t.Count || _t.Tokens[i + 1].Start >= content.End || _t.Word(i + 1) is "," or "!" or "." or "…"
                           || questionCloses && _t.Word(i + 1) is "?";
        return openedAlone && closedAlone;
    }

    /// <summary>The name at the end of "le sous-lieutenant Fritz": the words from the first capitalised one.</summary>
    private static ReadOnlySpan<char> NameAfterTitles(ReadOnlySpan<char> text)
    {
        int start = 0;
        while (start < text.Length && !char.IsUpper(text[start]))
        {
            int space = text[start..].IndexOf(' ');
            if (space < 0)
            {
                return text;
            }

            start += space + 1;
        }

        return start < text.Length ? text[start..] : text;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a voice, a cry or a hand, the mark of someone unseen, who speaks once and is no
    /// antecedent of the next pronoun.
    /// </summary>
    private static bool IsVoice(string name)
        => name.StartsWith("voix", StringComparison.OrdinalIgnoreCase) || name.StartsWith("cri ", StringComparison.OrdinalIgnoreCase)
           || name.Equals("cri", StringComparison.OrdinalIgnoreCase) || name.StartsWith("cris", StringComparison.OrdinalIgnoreCase)
           || name.Equals("main", StringComparison.OrdinalIgnoreCase) || name.StartsWith("main ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="line"/> is the next paragraph's line of dialogue after <paramref name="before"/>, with no narration between.</summary>
    private bool AnswersRightAfter(QuoteDraft before, QuoteDraft line)
    {
        int first = FirstTokenAt(line.Content.Start);
        int paragraph = _t.ParagraphStart(first);
        if (paragraph == 0 || _t.ParagraphStart(paragraph - 1) != _t.ParagraphStart(FirstTokenAt(before.Content.Start)))
        {
            return false;
        }

        // Only the dialogue dash between the paragraph's start and the line.
        return first - paragraph <= 1 && _t.Tokens[paragraph - 1].End <= before.Content.End + 2;
    }

    /// <summary>
    /// The quote of the narration that holds quote <paramref name="d"/> (a quote inside a quote); null when none does, or
    /// when it lies more than <see cref="MaxInnerQuotesRead"/> quotes back (a bound, so that thousands of quotes inside one
    /// cost no walk each).
    /// </summary>
    private static int? ContainerOf(List<QuoteDraft> drafts, int d)
    {
        for (int p = d - 1; p >= 0 && p >= d - MaxInnerQuotesRead; p--)
        {
            if (!drafts[p].Inner && drafts[p].Kind != QuoteKind.Indirect)
            {
                return drafts[p].Content.End >= drafts[d].Content.End ? p : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The quote a continuing one follows: the last one before it at its own level (a quote inside a quote is no
    /// antecedent for the quotes of the narration).
    /// </summary>
    private static int? PreviousOfLevel(List<QuoteDraft> drafts, int d)
    {
        for (int p = d - 1; p >= 0; p--)
        {
            if (drafts[p].Inner == drafts[d].Inner)
            {
                return p;
            }
        }

        return null;
    }

    private bool IsContinuation(QuoteDraft previous, QuoteDraft current)
    {
        if (current.Content.Start - previous.Content.End > MaxContinuationChars)
        {
            return false;
        }

        int breaks = 0;
        var between = _t.Text.AsSpan(previous.Content.End, Math.Max(0, current.Content.Start - previous.Content.End));
        for (int i = 0; i < between.Length; i++)
        {
            if (between[i] == '\n' && (i == 0 || between[i - 1] != '\n'))
            {
                breaks++;
            }
        }

        return breaks <= MaxContinuationParagraphs;
    }

    private (string? Name, EntityLabel? Label, Gender Gender, bool Plural) Name(SpeakerMention mention, List<Antecedent> spoken)
    {
        var text = _t.Text.AsSpan(mention.Span.Start, mention.Span.Length);
        switch (mention.Kind)
        {
            case MentionKind.Name:
                // "Pour Greenpeace, « … ». L'ONG demande…": an organization noun written in capitals is no name of its own.
                if (mention.FirstToken == mention.LastToken && QuoteWords.OrganizationNouns.Contains(text)
                    && _t.In(mention.FirstToken - 1, QuoteWords.DefiniteSingularDeterminers) && OrganizationTakenUp(mention, spoken) is { } named)
                {
                    return (named, EntityLabel.Organization, Gender.Unknown, false);
                }

                if (mention.Label is EntityLabel.Organization or EntityLabel.Location || mention.Label is null && IsAcronym(text))
                {
                    string org = _acronyms.GetValueOrDefault(text.ToString()) ?? Clean(text);
                    return (org, mention.Label ?? EntityLabel.Organization, Gender.Unknown, false);
                }

                if (mention.Plural)
                {
                    // Two persons named together: each by their fullest name, in the order a pair is always named.
                    int and = text.IndexOf(" et ", StringComparison.Ordinal);
                    if (and > 0)
                    {
                        return (PairName(FullName(text[..and]), FullName(NameAfterTitles(text[(and + 4)..]))), EntityLabel.Person, Gender.Unknown, true);
                    }
                }

                var gender = mention.Gender;
                if (gender == Gender.Unknown)
                {
                    // "dit la Maheude": the name's own article or civility tells, then the first name.
                    gender = GenderBefore(mention.FirstToken);
                }

                string person = WithCivility(FullNameOfGender(text, gender), mention.FirstToken);
                if (gender == Gender.Unknown)
                {
                    gender = FirstNames.GenderOfName(person);
                }

                return (person, EntityLabel.Person, gender, false);
            case MentionKind.NounPhrase:
                return NameNounPhrase(mention, spoken);
            default:
                return ResolvePronoun(mention, spoken);
        }
    }

    /// <summary>"le mouvement islamiste", "le groupe automobile": only lowercase adjectives after the noun, no complement.</summary>
    private bool OnlyAdjectivesAfter(int head, int last)
    {
        for (int i = head + 1; i <= last; i++)
        {
            if (!_t.IsWord(i) || _t.IsCapitalized(i) || _t.In(i, QuoteWords.Of) || _t.In(i, QuoteWords.Determiners) || _t.NameLabel(i) is not null)
            {
                return false;
            }
        }

        return last - head <= 2;
    }

    /// <summary>
    /// The person "l'autre" takes up: the last speaker spoke in this paragraph or the one before, and exactly one other
    /// person was named between that paragraph's start and the mention; null otherwise.
    /// </summary>
    private Antecedent? OtherOfTwo(SpeakerMention mention, List<Antecedent> spoken)
    {
        int from = ParagraphsBackStart(mention.FirstToken, 1);
        if (spoken.Count == 0 || spoken[^1].Position < from || spoken[^1].Position >= mention.Span.Start || spoken[^1].Plural || spoken[^1].Name is null)
        {
            return null;
        }

        Antecedent? other = null;
        for (int p = LastPersonBefore(mention.Span.Start), stop = p - MaxAntecedentsRead; p >= 0 && p > stop && _people[p].Position >= from; p--)
        {
            var person = _people[p];
            if (person.Weak || person.Plural || InsideQuote(person.Position) || SamePerson(person.Name, spoken[^1].Name)
                || !GenderAgreement.Agrees(mention.Gender, GenderOf(person)))
            {
                continue;
            }

            if (other is { } found && !SamePerson(found.Name, person.Name))
            {
                return null;
            }

            other = person;
        }

        return other;
    }

    /// <param name="mention">A common noun phrase.</param>
    /// <param name="spoken">The speakers before it.</param>
    /// <param name="insideQuote">The mention speaks inside a quoted story ("le préfet m'a dit ‹ pas question ›"): it takes
    /// up no person of the text's own narration.</param>
    private (string? Name, EntityLabel? Label, Gender Gender, bool Plural) NameNounPhrase(SpeakerMention mention, List<Antecedent> spoken, bool insideQuote = false)
    {
        int first = mention.FirstToken;
        // ("selon l'expression du peintre": "du" is "de le", the painter the text named.)
        bool definite = _t.In(first, QuoteWords.DefiniteSingularDeterminers) || _t.Is(first, "les") || _t.Is(first, "du");
        int head = _t.In(first, QuoteWords.Determiners) ? first + 1 : first;
        int nameStart = head;
        if (head > mention.LastToken)
        {
            return (null, null, mention.Gender, mention.Plural);
        }

        // "l'un d'eux", "l'autre": one of a group, no one the text names; but "l'autre" right after one of two persons spoke
        // is the second of them ("M. de Coutelier, avec M. de Courville, lui dit : « … »⏎L'autre… lui dit" → Courville).
        // ("demanda un autre": one more of a group, no one the text names.)
        if (head == mention.LastToken && _t.Word(head) is "autre" && (_t.Is(first, "un") || _t.Is(first, "une")))
        {
            return (null, null, mention.Gender, false);
        }

        if (head <= mention.LastToken && _t.Word(head) is "un" or "une" or "autre" && (_t.Is(first, "l'") || _t.Is(first, "l’")))
        {
            return !insideQuote && head == mention.LastToken && _t.Word(head) is "autre" && OtherOfTwo(mention, spoken) is { } other
                ? (other.Name, EntityLabel.Person, GenderOf(other), false)
                : (null, null, mention.Gender, false);
        }

        // "— Qu'as-tu donc ? demanda Frédéric.⏎— Rien, répondit son ami.": the companion of the one who asked, answering
        // him, is the other person of the scene.
        if (!insideQuote && (_t.Is(first, "son") || _t.Is(first, "sa")) && first + 1 == mention.LastToken && _t.In(first + 1, QuoteWords.CompanionNouns)
            && spoken.Count > 0 && spoken[^1] is { Plural: false, Label: EntityLabel.Person } asker && asker.Position < mention.Span.Start
            && RepliesTo(asker.Position, mention) && AnswersLastLine(mention) && OtherInScene(mention, spoken, spoken.Count - 1, genderKnown: false) is { } companion)
        {
            return (companion.Name, EntityLabel.Person, mention.Gender, false);
        }

        // "Angela Merkel et Emmanuel Macron se sont rencontrés. Les deux dirigeants ont estimé…": "les deux" with a noun for
        // people are the last two persons named, in the paragraph or the one before.
        if (!insideQuote && (_t.Is(first, "les") || _t.Is(first, "ces")) && _t.Is(first + 1, "deux") && first + 2 == mention.LastToken
            && !QuoteWords.OrganizationNouns.Contains(_t.Word(first + 2).TrimEnd('s')) && LastTwoPersons(mention, spoken) is { } pair)
        {
            return (pair, EntityLabel.Person, Gender.Unknown, true);
        }

        // "l'ancien ministre", "le double vainqueur de l'épreuve": an adjective before a title leaves the title its head; so
        // does any lowercase word before a title or a kind of person that ends the phrase ("l'inexorable prêtre").
        while (head < mention.LastToken && (_t.In(head, QuoteWords.PrenominalAdjectives) && IsTitleWord(_t.Word(head + 1))
                                             || head + 1 == mention.LastToken && _t.IsWord(head) && !_t.IsCapitalized(head) && !IsTitleWord(_t.Word(head))
                                                && (IsTitleWord(_t.Word(head + 1)) || QuoteWords.TitlesOfKind.ContainsKey(_t.Word(head + 1)))))
        {
            head++;
        }

        // "l'intéressé", the person the text is about: whoever spoke last in this paragraph or the one before, named or not
        // ("un conseiller de l'exécutif a reconnu que… L'intéressé a précisé…"), or else the person named last.
        if (!insideQuote && head == mention.LastToken && _t.Word(head) is "intéressé" or "intéressée" && definite && spoken.Count > 0
            && spoken[^1].Position >= ParagraphsBackStart(mention.FirstToken, 1) && spoken[^1].Position < mention.Span.Start
            && !spoken[^1].Plural && GenderAgreement.Agrees(mention.Gender, spoken[^1].Gender))
        {
            return (spoken[^1].Name, spoken[^1].Label ?? EntityLabel.Person, spoken[^1].Gender, false);
        }

        // "Ce dernier a promis…", "cette dernière": the latter is the person named last; so is "l'intéressé" otherwise.
        if (!insideQuote && head == mention.LastToken && (_t.Word(head) is "dernier" or "dernière" && (_t.Is(first, "ce") || _t.Is(first, "cette"))
                                          || _t.Word(head) is "intéressé" or "intéressée" && definite))
        {
            if (PersonNamedLast(mention, except: null) is { } latter)
            {
                return (latter.Name, EntityLabel.Person, GenderOf(latter), false);
            }
        }

        // "a admis la Belge": a noun of nationality names a person as a title does.
        bool title = IsTitleWord(_t.Word(head)) || head == mention.LastToken && Demonyms.Contains(_t.Word(head));
        bool occupation = !title && QuoteWords.OccupationNouns.Contains(_t.Word(head));
        bool kind = QuoteWords.TitlesOfKind.ContainsKey(_t.Word(head));
        if (!insideQuote && definite && (title || occupation || kind) && HoldersOf(_t.Word(head)) is { } holders)
        {
            // The most recent holder of that title named before the mention, qualified alike.
            var modifiers = TitleModifiers(head, mention.LastToken);
            var office = OfficeOf(head, mention.LastToken);
            for (int h = LastHolderBefore(holders, mention.Span.Start), stop = h - MaxAntecedentsRead; h >= 0 && h > stop; h--)
            {
                var holderGender = _nameGenders.GetValueOrDefault(holders[h].Name);
                if (GenderAgreement.Agrees(mention.Gender, holderGender) && ModifiersAgree(modifiers, holders[h]) && OfficesAgree(office, holders[h]))
                {
                    return (holders[h].Name, EntityLabel.Person, mention.Gender, false);
                }
            }

            // "Nice : le maire dénonce une « provocation »⏎« … », insiste le maire de Nice, Christian Estrosi": a headline's
            // title is the holder the article's first paragraphs name.
            if (InHeadline(mention.FirstToken))
            {
                int headlineEnd = _t.Tokens[mention.LastToken].End;
                int reach = ParagraphsAheadEnd(mention.FirstToken, MaxTitleParagraphs);
                for (int h = LastHolderBefore(holders, headlineEnd) + 1; h < holders.Count && holders[h].Position < reach; h++)
                {
                    if (GenderAgreement.Agrees(mention.Gender, _nameGenders.GetValueOrDefault(holders[h].Name)) && ModifiersAgree(modifiers, holders[h])
                        && OfficesAgree(office, holders[h]))
                    {
                        return (holders[h].Name, EntityLabel.Person, mention.Gender, false);
                    }
                }
            }
        }

        // "le président socialiste de l'Assemblée nationale juge…": a definite title with no holder named before it takes up
        // the person who spoke last, as a reader would.
        // (Only a speaker known by name: "l'avocate" who spoke before is not "le maire de Bordeaux". And not when the title
        // names someone acting for another: a spokesperson or a lawyer is not the person they speak for.)
        bool representative = QuoteWords.RepresentativeRoles.Contains(_t.Word(head))
                              && !(head < mention.LastToken && _t.In(head + 1, QuoteWords.OfficeQualifiers));
        if (!insideQuote && definite && title && !mention.Plural && !representative && !NamesItsPlace(head, mention.LastToken))
        {
            // A title the narration used for someone before it named a person is someone else ("le cardinal" of the first
            // chapters is not Guillaume Rym, who comes in later and speaks just before "— Huissier, reprit le cardinal"), and
            // so is one it used since that person spoke ("son voisin l'abbé de Sainte-Geneviève … — Votre éminence, répondit
            // l'abbé" is not the one who spoke before).
            var uses = _titleUses.GetValueOrDefault(_t.Word(head).ToString());
            // A title with the office's own complement ("le ministre de la Santé") is no one the text gave another title; a
            // role that says what one does rather than the office ("le chef du gouvernement" for "le Premier ministre") may be.
            string titleWord = _t.Word(head).ToString();
            // ("la ministre française de la Transition écologique": an adjective may come between the title and its complement.)
            int complement = head + 1 < mention.LastToken && _t.IsWord(head + 1) && !_t.IsCapitalized(head + 1) && !_t.In(head + 1, QuoteWords.Of) ? head + 2 : head + 1;
            bool office = complement <= mention.LastToken && _t.In(complement, QuoteWords.Of) && !QuoteWords.GenericRoles.Contains(_t.Word(head));
            // ("Le ministre de l'Économie, Antoine Armand, … a averti le ministre du Travail": the same title for another office
            // is someone else.)
            var officeWords = office ? OfficeOf(head, mention.LastToken) : [];
            bool CameBefore(string name, int position)
                => (uses is null || _firstNamed.GetValueOrDefault(name, int.MaxValue) <= uses[0] && !UsedBetween(uses, position, mention.Span.Start))
                   && !(office && (HoldsOtherTitle(name, titleWord) || HeldForOtherOffice(name, titleWord, officeWords)));

            // A title that has spoken as itself is that unnamed person again ("dit le roi" … "— Sire, reprit Tréville" …
            // "interrompit le roi" is the king, not Tréville).
            string own = Clean(_t.Span(head, head));
            for (int a = spoken.Count - 1; a >= 0 && a >= spoken.Count - MaxAntecedentsRead; a--)
            {
                if (string.Equals(spoken[a].Name, own, StringComparison.OrdinalIgnoreCase) && spoken[a].Position < mention.Span.Start)
                {
                    return (own, EntityLabel.Person, mention.Gender, false);
                }
            }

            // "Emmanuel Macron n'a pas dit qu'il renoncerait. Le chef de l'État a toutefois reconnu que…": a person who
            // opens a sentence of the mention's own paragraph, after the last speaker, is the one the title takes up.
            if (SentenceSubjectInParagraph(mention) is { } subject && (subject.Name is null || CameBefore(subject.Name, -1)))
            {
                return subject;
            }

            int previousParagraph = ParagraphsBackStart(mention.FirstToken, MaxTitleParagraphs);
            for (int a = spoken.Count - 1; a >= 0 && spoken[a].Position >= previousParagraph; a--)
            {
                if (spoken[a].Position < mention.Span.Start && spoken[a].Label == EntityLabel.Person && !spoken[a].Plural && spoken[a].Named)
                {
                    // ("— Crois-tu qu'il viendra ? demanda Jeanne.⏎— Je n'en sais rien, ma fille, répondit la baronne": the
                    // title in the incise of the line right after someone's is the one who answers, not them.)
                    if (a == spoken.Count - 1 && RepliesTo(spoken[a].Position, mention) && AnswersLastLine(mention))
                    {
                        break;
                    }

                    if (GenderAgreement.Agrees(mention.Gender, spoken[a].Gender) && CameBefore(spoken[a].Name, spoken[a].Position))
                    {
                        return (spoken[a].Name, EntityLabel.Person, spoken[a].Gender, false);
                    }

                    // "Karim B. … « … », a-t-il répété. Son avocate, Me Sophie Martin, … L'avocat général a requis": when the
                    // last person to speak cannot hold the title, someone new does; the speaker before her is no better.
                    if (!GenderAgreement.Agrees(mention.Gender, spoken[a].Gender))
                    {
                        break;
                    }
                }
            }

            // "Kylian Mbappé a marqué. «…», a confié l'attaquant": the person named just before.
            int paragraph = _t.Tokens[_t.ParagraphStart(mention.FirstToken)].Start;
            for (int p = LastPersonBefore(mention.Span.Start), stop = p - MaxAntecedentsRead; p >= 0 && p > stop && _people[p].Position >= paragraph; p--)
            {
                var gender = GenderOf(_people[p]);
                if (!_people[p].Weak && !_people[p].Plural && !InsideQuote(_people[p].Position) && GenderAgreement.Agrees(mention.Gender, gender)
                    && CameBefore(_people[p].Name, _people[p].Position))
                {
                    return (_people[p].Name, EntityLabel.Person, gender, false);
                }
            }
        }

        // "La jeune femme sourit", "le vieillard haussa les épaules": a definite description that says only the person's sex
        // and age takes up the person of that gender the narration named last, in the last paragraphs.
        if (!insideQuote && definite && !title && !mention.Plural && mention.Gender != Gender.Unknown && QuoteWords.BarePersonNouns.Contains(_t.Word(head))
            && (head == mention.LastToken || head + 1 == mention.LastToken && QuoteWords.BarePersonNouns.Contains(_t.Word(head + 1))))
        {
            // "— …, qu'est-ce que tu en fais, la Sarriette ?⏎La jeune femme se mit à rire.⏎— Ah bien ! reprit-elle": the
            // person the line just before called by name answers it.
            if (AddressedInLastLine(mention, spoken) is { } addressee)
            {
                // (A bounded number per text: each renaming reads the quotes before it.)
                if (_namedDescriptions.Count < MaxNamedDescriptions)
                {
                    _namedDescriptions.Add((Clean(_t.Span(head, mention.LastToken)), addressee, mention.Span.Start));
                }

                return (addressee, EntityLabel.Person, mention.Gender, false);
            }

            int recent = ParagraphsBackStart(mention.FirstToken, MaxTitleParagraphs);
            var age = AgeOf(mention);
            for (int p = LastPersonBefore(mention.Span.Start), stop = p - MaxAntecedentsRead; p >= 0 && p > stop && _people[p].Position >= recent; p--)
            {
                var person = _people[p];
                // ("« … », répliqua le comte.⏎— …, balbutia le jeune homme": the description is not the one who just spoke.)
                // ("— Ayez confiance, fit-il.⏎Jeanne se mit à pleurer. Le vieillard murmura :": nor is the one who spoke last
                // in the paragraph before, with no quote since, when the description opens the next turn.)
                bool justSpoke = spoken.Count > 0 && spoken[^1].Name is { } lastSpeaker && spoken[^1].Position >= ParagraphsBackStart(mention.FirstToken, 1)
                                 && spoken[^1].Position < mention.Span.Start
                                 && (RepliesTo(spoken[^1].Position, mention) || OpensNextTurn(spoken[^1].Position, mention))
                                 && SamePerson(person.Name, lastSpeaker);
                // ("— Non, maman, fit la jeune fille.⏎… La vieille dame soupira": the old lady is not the girl named before.)
                bool otherAge = _ages.TryGetValue(person.Name, out var known) && age != Age.Unknown && known != age;
                if (!person.Weak && !person.Plural && !InsideQuote(person.Position) && GenderOf(person) == mention.Gender && !justSpoke && !otherAge)
                {
                    if (age != Age.Unknown)
                    {
                        _ages.TryAdd(person.Name, age);
                    }

                    // "la fille d'Ingrid Betancourt … La jeune fille": the description takes up the relative, not the person
                    // named after the kinship noun; that relative is known only by the description.
                    int named = FirstTokenAt(person.Position);
                    if (named >= 2 && _t.In(named - 1, QuoteWords.Of) && QuoteWords.RepresentativeRoles.Contains(_t.Word(named - 2)))
                    {
                        if (!_t.Word(named - 2).Equals(_t.Word(mention.LastToken), StringComparison.OrdinalIgnoreCase))
                        {
                            continue;
                        }

                        int nameLast = named;
                        while (nameLast + 1 < _t.Count && _t.EntityOf(nameLast + 1) >= 0 && _t.EntityOf(nameLast + 1) == _t.EntityOf(named))
                        {
                            nameLast++;
                        }

                        return (Clean(_t.Span(named - 2, nameLast)), EntityLabel.Person, mention.Gender, false);
                    }

                    return (person.Name, EntityLabel.Person, mention.Gender, false);
                }
            }
        }

        // "Renault a annoncé… « … », a expliqué le groupe": a bare definite noun for a company or a body takes up the
        // organization the text named last, in the last paragraphs, or else the one that spoke last; so do the members of
        // an armed group named as such ("La guérilla marxiste des FARC a reconnu… « … » les rebelles exigent…").
        var noun = _t.Word(head);
        if (!insideQuote && definite && OnlyAdjectivesAfter(head, mention.LastToken)
            && (mention.Plural ? QuoteWords.ArmedGroupMembers.Contains(noun) : QuoteWords.OrganizationNouns.Contains(noun))
            && OrganizationTakenUp(mention, spoken) is { } organization)
        {
            return (organization, EntityLabel.Organization, mention.Gender, mention.Plural);
        }

        // "le notaire" after "Le notaire Lebrun attendait": the person that noun was set before, most recently; an
        // adjective before the noun leaves it the head ("le jeune blondin" after "Wilhem d'Eyrik, un tout petit blondin").
        int describedHead = DescriptionHead(mention);
        if (!insideQuote && definite && !title && describedHead == mention.LastToken && _describedAs.TryGetValue(_t.Word(describedHead).ToString(), out var describedAs))
        {
            int h = LastHolderBefore(describedAs, mention.Span.Start);
            if (h >= 0 && GenderAgreement.Agrees(mention.Gender, _nameGenders.GetValueOrDefault(describedAs[h].Name)))
            {
                return (describedAs[h].Name, EntityLabel.Person, mention.Gender, false);
            }
        }

        // "dit la servante ébahie", "répondit l'inconnu embarrassé": after a noun for people, participles alone say how the
        // person is at that moment, not who it is; the noun is the name ("servante"), as it is for the next quote. An
        // adjective that classifies stays ("un diplomate occidental").
        int nameEnd = mention.LastToken;

        // "reprit la visiteuse d'une voix sourde": how the words are said is not part of who says them.
        for (int k = head + 1; k + 2 <= nameEnd; k++)
        {
            if (_t.IsMannerPhrase(k))
            {
                nameEnd = k - 1;
                break;
            }
        }

        if (!title && QuoteWords.PersonNouns.Contains(_t.Word(head)) && head < nameEnd)
        {
            bool adjectivesOnly = true;
            for (int i = head + 1; i <= nameEnd && adjectivesOnly; i++)
            {
                adjectivesOnly = _t.IsWord(i) && !_t.IsCapitalized(i) && !_t.In(i, QuoteWords.Of) && !QuoteWords.PersonNouns.Contains(_t.Word(i))
                                 && QuoteWords.IsParticipleForm(_t.Word(i));
            }

            if (adjectivesOnly)
            {
                nameEnd = head;
            }
        }

        // "Greta Thunberg a manifesté à Stockholm. La militante suédoise a dénoncé…": a noun for people with an adjective
        // of nationality takes up the person who opens a sentence of its paragraph before it, as a title does.
        // (The phrase is a speaker, so its noun names a person: "la militante", "le joueur", "la navigatrice".)
        if (!insideQuote && definite && !mention.Plural && first + 2 == mention.LastToken && IsNationalityAdjective(mention.LastToken)
            && SentenceSubjectInParagraph(mention) is { Name: not null } national)
        {
            return national;
        }

        // "dit la mère aveugle" after "L'aveugle ne répondit rien": a noun for people with an adjective the narration has
        // already used alone, with its article, for a person is that person, under the name it used.
        // (Not after an adjective of age: "la vieille servante" may be another than "la servante" of an earlier scene.)
        if (!insideQuote && definite && QuoteWords.PersonNouns.Contains(_t.Word(head)) && head + 1 == nameEnd
            && _t.Word(head) is not ("vieux" or "vieil" or "vieille" or "jeune" or "petit" or "petite")
            && _t.IsWord(nameEnd) && !_t.IsCapitalized(nameEnd) && !QuoteWords.BarePersonNouns.Contains(_t.Word(nameEnd))
            && UsedAloneForAPerson(nameEnd, mention.FirstToken))
        {
            return (Clean(_t.Span(nameEnd, nameEnd)), null, mention.Gender, mention.Plural);
        }

        string name = Clean(_t.Span(nameStart, nameEnd));
        EntityLabel? label = title ? EntityLabel.Person : null;
        return (name, label, mention.Gender, mention.Plural);
    }

    /// <summary>A lowercase adjective of nationality ("suédoise", "américain"): the noun of nationality, in lowercase.</summary>
    private bool IsNationalityAdjective(int i)
    {
        var word = _t.Word(i);
        if (word.Length < 4 || !char.IsLower(word[0]))
        {
            return false;
        }

        Span<char> capitalized = stackalloc char[Math.Min(word.Length, 40)];
        if (word.Length > capitalized.Length)
        {
            return false;
        }

        word.CopyTo(capitalized);
        capitalized[0] = char.ToUpperInvariant(capitalized[0]);
        return Demonyms.Contains(capitalized);
    }

    /// <summary>
    /// Whether the word at <paramref name="adjective"/> stands, before <paramref name="before"/> and outside quotes, right
    /// after a definite article and before a verb or a mark, as the subject of narration does ("L'aveugle ne répondit rien",
    /// "l'aveugle s'éveilla,"); the last <see cref="MaxAdjectiveLookBack"/> tokens are read.
    /// </summary>
    private bool UsedAloneForAPerson(int adjective, int before)
    {
        var word = _t.Word(adjective);
        for (int i = before - 1; i > 0 && i >= before - MaxAdjectiveLookBack; i--)
        {
            if (i == adjective || !_t.Word(i).Equals(word, StringComparison.OrdinalIgnoreCase) || !_t.In(i - 1, QuoteWords.DefiniteSingularDeterminers)
                || InsideQuote(_t.Tokens[i].Start))
            {
                continue;
            }

            if (_t.IsPunctuation(i + 1) || _t.Is(i + 1, "ne") || _t.Is(i + 1, "n'") || _t.Is(i + 1, "se") || _t.Is(i + 1, "s'")
                || _t.In(i + 1, QuoteWords.Auxiliaries) || _t.In(i + 1, QuoteWords.CommonVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "le maire de Hayange", "le préfet de la Moselle": a title whose complement names the place it holds office in says
    /// who it is; no other person is taken up by it for lack of a holder named so. (A body is not enough: "le président
    /// socialiste de l'Assemblée nationale" after Laurent Fabius's words is Laurent Fabius.)
    /// </summary>
    private bool NamesItsPlace(int head, int last)
    {
        for (int i = head + 1; i <= last; i++)
        {
            if (_t.NameLabel(i) == EntityLabel.Location && (_t.In(i - 1, QuoteWords.Of) || _t.In(i - 2, QuoteWords.Of) && _t.In(i - 1, QuoteWords.Determiners)))
            {
                return true;
            }
        }

        return false;
    }

    private (string? Name, EntityLabel? Label, Gender Gender, bool Plural) ResolvePronoun(SpeakerMention mention, List<Antecedent> spoken)
    {
        var word = _t.Text.AsSpan(mention.Span.Start, mention.Span.Length);
        bool third = word.StartsWith("il", StringComparison.OrdinalIgnoreCase) || word.StartsWith("elle", StringComparison.OrdinalIgnoreCase)
                     || word.Equals("lui", StringComparison.OrdinalIgnoreCase) || word.Equals("eux", StringComparison.OrdinalIgnoreCase)
                     || word.StartsWith("celui", StringComparison.OrdinalIgnoreCase) || word.StartsWith("celle", StringComparison.OrdinalIgnoreCase)
                     || (mention.Gender == Gender.Unknown && QuoteWords.ThirdPersonPossessives.Contains(word)); // "Son premier cri avait été :"
        if (!third)
        {
            // "Mon ami, tu m'as demandé de t'envoyer mes impressions … Tu m'as écrit : « … »": in a letter, the "tu" of the
            // narration is the one the letter opens by addressing.
            if ((word.Equals("tu", StringComparison.OrdinalIgnoreCase) || word.Equals("-tu", StringComparison.OrdinalIgnoreCase))
                && !InsideQuote(mention.Span.Start) && LetterAddressee(mention.FirstToken) is { } addressee)
            {
                return (addressee.Name, EntityLabel.Person, addressee.Gender, false);
            }

            return (null, null, Gender.Unknown, false); // je, on, nous, vous: the narrator or nobody in particular
        }

        int position = mention.Span.Start;
        int s = spoken.Count - 1;
        while (s >= 0 && spoken[s].Position >= position)
        {
            s--;
        }

        // "répondit celle-ci", "reprit celui-ci": the person named last, who is not the one who just spoke.
        if (word.StartsWith("cel", StringComparison.OrdinalIgnoreCase) && !mention.Plural)
        {
            return PersonNamedLast(mention, except: s >= 0 ? spoken[s].Name : null) is { } latter
                ? (latter.Name, EntityLabel.Person, mention.Gender, false)
                : (null, null, mention.Gender, false);
        }

        // "« Quand Médor a vu que le râle le faisait courir ainsi, il s'est dit : « Attends… » »": a pronoun inside a quote,
        // heading a quote of its own, takes up a person the quoted story named before it.
        if (!mention.Plural && InsideQuote(mention.Span.Start) && PersonNamedInContainer(mention) is { } told)
        {
            return (told.Name, EntityLabel.Person, mention.Gender, false);
        }

        // "L'aveugle, entraînée de plus en plus, poussa la gracieuseté jusqu'à dicter une phrase pour la mère de Laurence.⏎—
        // Cette pauvre madame S… ajouta-t-elle": the narration just before the pronoun is about its subject, not about
        // whoever it names on the way.
        if (!mention.Plural && mention.Gender != Gender.Unknown && NarratedSubject(mention, spoken) is { } narratedSubject)
        {
            return narratedSubject;
        }

        // "Paul entra chez Pierre.⏎— Tu es en retard, dit Pierre.⏎— Je sais, répondit-il.": a pronoun that answers the line
        // before is the other person of its gender in the scene, not the one who spoke that line.
        if (!mention.Plural && mention.Gender != Gender.Unknown && s >= 0 && spoken[s] is { Plural: false, Label: EntityLabel.Person } asker
            && GenderOf(asker) == mention.Gender && RepliesTo(asker.Position, mention) && AnswersLastLine(mention)
            && OtherInScene(mention, spoken, s, genderKnown: true) is { } answerer)
        {
            return (answerer.Name, EntityLabel.Person, mention.Gender, false);
        }

        // "« Je ne me représenterai pas », a-t-elle annoncé sur TF1. Anne Hidalgo avait déjà…": when nothing before the
        // pronoun is known to have its gender, a person of that gender named right after it in the paragraph is the one.
        var toSpeaker = mention.Plural ? null : ResolveToSpeaker(mention, spoken, s);
        if (toSpeaker is { } uncertain && GenderOf(uncertain) == Gender.Unknown && mention.Gender != Gender.Unknown
            && NamedRightAfter(mention) is { } cataphora)
        {
            return (cataphora.Name, EntityLabel.Person, mention.Gender, false);
        }

        if (toSpeaker is { } resolved)
        {
            if (mention.Gender != Gender.Unknown)
            {
                _nameGenders.TryAdd(resolved.Name, mention.Gender); // learned: "dit-elle" about Clarimonde makes her feminine
            }

            return (resolved.Name, resolved.Label, mention.Gender, false);
        }

        // "Plusieurs centaines d'agriculteurs ont bloqué l'autoroute. Ils réclament…", "Les Jeunes Agriculteurs se sont
        // joints au mouvement. Ils estiment…": a plural pronoun that opens its sentence takes up the plural subject of the
        // sentence before, in its paragraph.
        if (mention.Plural && PluralSubjectBefore(mention) is { } group && Name(group, spoken) is { Name: not null } groupName)
        {
            return (groupName.Name, groupName.Label, groupName.Gender, true);
        }

        // Walk back through earlier speakers and named persons together, most recent first.
        int p = LastPersonBefore(position);
        string? firstSingular = null;
        Antecedent? fallback = null;
        int knownGenderFrom = 0;
        int unknownSeen = 0;
        for (int read = 0; read < MaxAntecedentsRead && (s >= 0 || p >= 0); read++)
        {
            Antecedent candidate;
            bool named = false;
            if (p < 0 || s >= 0 && spoken[s].Position >= _people[p].Position)
            {
                candidate = spoken[s--];
            }
            else
            {
                candidate = _people[p--];
                named = true;
            }

            if (mention.Plural)
            {
                if (candidate.Plural)
                {
                    // "elles" is no group of men ("les officiers"), "ils" no group of women.
                    if (!GenderAgreement.Agrees(mention.Gender, candidate.Gender))
                    {
                        continue;
                    }

                    return (candidate.Name, candidate.Label, candidate.Gender, true);
                }

                // "ils" after two named persons: both of them (Bouvard et Pécuchet); not a name the text writes once after an
                // article ("le Forez, le Bugey, le Roumois", tagged a person), a region or a work more than anyone.
                if (candidate.Label == EntityLabel.Person && !(named && NameUses(candidate.Name) == 1 && _t.In(FirstTokenAt(candidate.Position) - 1, QuoteWords.DefiniteSingularDeterminers)))
                {
                    if (firstSingular is null)
                    {
                        firstSingular = candidate.Name;
                    }
                    else if (!SamePerson(firstSingular, candidate.Name))
                    {
                        return (PairName(candidate.Name, firstSingular), EntityLabel.Person, Gender.Unknown, true);
                    }
                }

                continue;
            }

            var gender = GenderOf(candidate);
            if (candidate.Plural || !GenderAgreement.Agrees(mention.Gender, gender))
            {
                continue;
            }

            // A person known to have the pronoun's gender a little further back beats one whose gender nothing tells;
            // not one from paragraphs before it ("éd. Conard" in a heading is not the "il" of the first dialogue).
            if (gender == Gender.Unknown && mention.Gender != Gender.Unknown)
            {
                // "Il lui restait quelques carottes, quand Lacaille reparut, avec son sac.⏎— Eh bien ? dit-il.": the person
                // who has just come into the scene speaks, whatever name of the pronoun's gender comes further back.
                if (named && ArrivedJustBefore(candidate, mention))
                {
                    return (candidate.Name, candidate.Label, mention.Gender, false);
                }

                if (fallback is null)
                {
                    fallback = named && SubjectBefore(mention, candidate) is { } focus ? focus : candidate;
                    knownGenderFrom = ParagraphsBackStart(FirstTokenAt(candidate.Position), 1);
                }

                if (++unknownSeen < PreferKnownGenderWithin)
                {
                    continue;
                }

                break;
            }

            if (fallback is not null && candidate.Position < knownGenderFrom)
            {
                break;
            }

            // "Ève assise sur le seuil de la porte du paradis" in a simile, two paragraphs before "C'était elle" about
            // Clarimonde, whom the text names again and again: a name written once or twice does not beat a protagonist
            // whose gender the text has not told yet.
            if (fallback is { } frequent && NameUses(candidate.Name) <= RareNameUses && NameUses(frequent.Name) >= FrequentNameFactor * NameUses(candidate.Name))
            {
                break;
            }

            if (named && SubjectBefore(mention, candidate) is { } subject)
            {
                candidate = subject;
            }

            return (candidate.Name, candidate.Label, mention.Gender, false);
        }

        if (fallback is not { Weak: false } && NamedLater(mention) is { } later)
        {
            return (later.Name, EntityLabel.Person, mention.Gender, false);
        }

        // "Une femme entra, vêtue de noir.⏎— Vous êtes maître Lebrun ? demanda-t-elle.": nobody named before or just after
        // has the pronoun's gender, but a description of a person of that gender opens a sentence just before.
        if (!mention.Plural && mention.Gender != Gender.Unknown && DescribedSubjectBefore(mention) is { } described
            && Name(described, spoken) is { Name: not null } description)
        {
            return (description.Name, description.Label, mention.Gender, false);
        }

        if (fallback is { } unknown)
        {
            return (unknown.Name, unknown.Label, mention.Gender, false);
        }

        // "l'homme se rasseyant en face de son amie, la regarda : « Et voilà », dit-il.⏎Elle le considéra, et elle demanda :":
        // with nobody of its gender as subject or name, the pronoun takes up the last person of that gender described in
        // the sentences just before, whatever their role there.
        if (!mention.Plural && mention.Gender != Gender.Unknown && DescribedPersonBefore(mention) is { } mentioned
            && Name(mentioned, spoken) is { Name: not null } mentionedName)
        {
            return (mentionedName.Name, mentionedName.Label, mention.Gender, false);
        }

        // "La SNCF a annoncé la suppression de 200 trains. Elle précise que…": with no person to take up, the organization
        // that is the subject of the sentence before, in the paragraph, and whose article agrees.
        if (!mention.Plural && OrganizationSubjectBefore(mention) is { } organization)
        {
            return (organization, EntityLabel.Organization, mention.Gender, false);
        }

        return (null, null, mention.Gender, mention.Plural);
    }

    /// <summary>
    /// "— Adieu … À bientôt, monsieur Claude !⏎Et comme elle partait, présentant Florent au jeune peintre :": the person a
    /// line calls by name at its end, when the narration right after it turns to someone described (<c>au jeune peintre</c>,
    /// <c>à la jeune femme</c>), is that person; the description is filed as theirs, so that "dit le peintre" later is
    /// Claude. Only a description after "au" or "à la" counts: the one spoken to, not whoever comes in next.
    /// </summary>
    private void IndexAddressedDescriptions()
    {
        bool added = false;
        foreach (var content in _quoteContents)
        {
            int firstToken = FirstTokenAt(content.Start);
            int lastToken = FirstTokenAt(content.End) - 1;
            if (lastToken < firstToken || lastToken >= _t.Count)
            {
                continue;
            }

            string? called = null;
            for (int i = Math.Max(firstToken + 1, lastToken - MaxVocativeTokens); i <= lastToken && i < _t.Count; i++)
            {
                bool civility = _t.In(i - 1, QuoteWords.Civilities);
                if (_t.IsCapitalized(i) && _t.IsWord(i) && _t.NameLabel(i) == EntityLabel.Person && !_t.In(i, QuoteWords.Pronouns)
                    && IsVocative(i, content, civility ? i - 1 : i, questionCloses: true))
                {
                    called = FullName(_t.Word(i));
                }
            }

            if (called is null)
            {
                continue;
            }

            // The narration right after the line, up to the next quote, a clause's worth of tokens at most.
            int next = QuotesBefore(content.End, byEnd: false);
            int stop = next < _quoteContents.Count ? _quoteContents[next].Start : _t.Text.Length;
            int from = FirstTokenAt(content.End);
            for (int i = from; i < _t.Count && i < from + MaxVocativeTokens && _t.Tokens[i].Start < stop; i++)
            {
                bool toHim = _t.Is(i, "au");
                bool toHer = _t.Is(i, "à") && _t.Is(i + 1, "la");
                int noun = toHim ? i + 1 : toHer ? i + 2 : -1;
                if (noun < 0)
                {
                    continue;
                }

                // (One adjective may come first: "au jeune peintre", "jeune" a person's noun only when alone.)
                if (noun + 1 < _t.Count && (!QuoteWords.PersonNouns.Contains(_t.Word(noun)) || QuoteWords.BarePersonNouns.Contains(_t.Word(noun)))
                    && QuoteWords.PersonNouns.Contains(_t.Word(noun + 1)))
                {
                    noun++;
                }

                var gender = _nameGenders.GetValueOrDefault(called, FirstNames.GenderOf(called));
                if (noun >= _t.Count || !QuoteWords.PersonNouns.Contains(_t.Word(noun)) || QuoteWords.BarePersonNouns.Contains(_t.Word(noun))
                    || gender == (toHim ? Gender.Feminine : Gender.Masculine))
                {
                    continue;
                }

                // A title or an occupation is filed with the titles ("le peintre" is read as one), any other noun with the
                // descriptions.
                if (IsTitleWord(_t.Word(noun)) || QuoteWords.OccupationNouns.Contains(_t.Word(noun)))
                {
                    RecordTitle(noun, _t.Tokens[noun].Start, called);
                }
                else
                {
                    AddDescription(_t.Word(noun), _t.Tokens[noun].Start, called);
                }

                added = true;
                break;
            }
        }

        if (added)
        {
            foreach (var holders in _describedAs.Values.Concat(_titleHolders.Values))
            {
                holders.Sort((a, b) => a.Position.CompareTo(b.Position));
            }
        }
    }

    /// <summary>
    /// Whether the person <paramref name="candidate"/> names is governed, in its clause, by a subject pronoun of
    /// <paramref name="mention"/>'s own form ("Il ne craignait point d'être troublé par l'abbé Chas. … il s'était assuré
    /// qu'…", "Lorsqu'il aperçut Étienne, il demanda :"): that pronoun is someone else than the name it governs, and
    /// the mention, which repeats it, is that someone else too. The clause is read back from the name to a comma or a
    /// semicolon, so that a pronoun of another clause ("qu'il mérite, c'est leur esprit qui animait Du Breul") is not taken.
    /// </summary>
    private bool ObjectOfSamePronoun(Antecedent candidate, SpeakerMention mention)
    {
        if (mention.Kind != MentionKind.Pronoun || mention.Plural || mention.Gender == Gender.Unknown)
        {
            return false;
        }

        string pronoun = mention.Gender == Gender.Feminine ? "elle" : "il";
        int name = FirstTokenAt(candidate.Position);
        int sentenceStart = _t.Sentences[_t.SentenceOf(name)].FirstToken;
        for (int i = name - 1; i >= sentenceStart && i >= name - MaxVocativeTokens; i--)
        {
            if (_t.IsPunctuation(i) || InsideQuote(_t.Tokens[i].Start))
            {
                return false;
            }

            if (_t.Is(i, pronoun))
            {
                return !_grammar.IsImpersonal(i); // ("il était évident que Claude…": an impersonal il is no one)
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the person <paramref name="candidate"/> names is the subject of a verb of arriving right after the name
    /// ("Lacaille reparut", "Jean-Paul Martin entra"), in the mention's paragraph or the one before, with no quote ending
    /// between them but the line whose incise the mention is.
    /// </summary>
    private bool ArrivedJustBefore(Antecedent candidate, SpeakerMention mention)
    {
        int first = FirstTokenAt(candidate.Position);
        int last = first;
        while (last + 1 < _t.Count && last - first < 3 && _t.IsWord(last + 1) && _t.IsCapitalized(last + 1))
        {
            last++;
        }

        // ("Lorsque Nanon vint avec son rouet :⏎— Tu dois être lasse, lui dit-il.": a clause that opens the sentence with
        // "lorsque" or "quand" sets the time for the one who acts in it, not for the one who comes; "Il lui restait
        // quelques carottes, quand Lacaille reparut" tells the arrival itself.)
        bool fronted = first > 0 && _t.SentenceOf(first - 1) == _t.SentenceOf(first) && _t.Sentences[_t.SentenceOf(first)].FirstToken == first - 1
                       && (_t.Is(first - 1, "lorsque") || _t.Is(first - 1, "quand") || _t.Is(first - 1, "comme"));
        return !fronted && last + 1 < _t.Count && _t.In(last + 1, QuoteWords.ArrivalVerbs)
               && candidate.Position >= ParagraphsBackStart(mention.FirstToken, 1)
               && QuotesBefore(mention.Span.Start, byEnd: true) - QuotesBefore(candidate.Position, byEnd: true) <= 1;
    }

    /// <summary>
    /// The organization named as the subject of the sentence right before <paramref name="mention"/>'s, in its paragraph,
    /// when its article agrees with the pronoun ("La SNCF" for "elle", "Le Medef" for "il"; none, as "Amnesty
    /// International", agrees with both); null otherwise.
    /// </summary>
    private string? OrganizationSubjectBefore(SpeakerMention mention)
    {
        int own = _t.SentenceOf(mention.FirstToken);
        if (own == 0)
        {
            return null;
        }

        var before = _t.Sentences[own - 1];
        if (before.FirstToken < _t.ParagraphStart(mention.FirstToken) || InsideQuote(_t.Tokens[before.FirstToken].Start))
        {
            return null;
        }

        if (_grammar.SentenceSubject(before.FirstToken, before.FirstToken + before.TokenCount) is not { Kind: MentionKind.Name, Label: EntityLabel.Organization } subject)
        {
            return null;
        }

        int article = subject.FirstToken - 1;
        var gender = _t.Is(article, "la") ? Gender.Feminine : _t.Is(article, "le") ? Gender.Masculine : Gender.Unknown;
        return GenderAgreement.Agrees(mention.Gender, gender) ? Clean(subject.Span) : null;
    }

    /// <summary>
    /// The last description of a person ("son amie", "la servante", in any role; not the bare "une femme") of
    /// <paramref name="mention"/>'s gender, outside quotes, in its sentence before it or in the few sentences before, in its
    /// paragraph or the one before; null when there is none.
    /// </summary>
    private SpeakerMention? DescribedPersonBefore(SpeakerMention mention)
    {
        int own = _t.SentenceOf(mention.FirstToken);
        int from = ParagraphsBackStart(mention.FirstToken, 1);
        for (int sentence = own; sentence >= 0 && sentence >= own - MaxDescribedSentences; sentence--)
        {
            var candidate = _t.Sentences[sentence];
            if (_t.Tokens[candidate.FirstToken].Start < from)
            {
                break;
            }

            int limit = sentence == own ? mention.FirstToken : candidate.FirstToken + candidate.TokenCount;
            // (Read back at most MaxDescribedTokens tokens, so that a sentence of any length costs a bounded look-up.)
            for (int i = limit - 1; i > candidate.FirstToken && i >= mention.FirstToken - MaxDescribedTokens; i--)
            {
                // (Not the words that are adjectives as often: "avec un petit cri", "une bonne nouvelle".)
                if (!QuoteWords.PersonNouns.Contains(_t.Word(i)) || QuoteWords.BarePersonNouns.Contains(_t.Word(i))
                    || _t.Word(i) is "petit" or "petite" or "bonne" or "personne" or "public" or "gens" or "malade" or "étranger" or "étrangère"
                    || !_t.In(i - 1, QuoteWords.Determiners) || InsideQuote(_t.Tokens[i].Start))
                {
                    continue;
                }

                if (_grammar.NounPhraseAfter(i - 1, i + 1) is { Kind: MentionKind.NounPhrase, Plural: false } described
                    && described.Gender == mention.Gender)
                {
                    return described;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The description of a person ("une femme", "le vieillard") of <paramref name="mention"/>'s gender that is the subject
    /// of one of the few sentences of narration before it, in its paragraph or the one before; null when there is none.
    /// </summary>
    private SpeakerMention? DescribedSubjectBefore(SpeakerMention mention)
    {
        int own = _t.SentenceOf(mention.FirstToken);
        int from = ParagraphsBackStart(mention.FirstToken, 1);
        for (int sentence = own - 1; sentence >= 0 && sentence >= own - MaxDescribedSentences; sentence--)
        {
            var candidate = _t.Sentences[sentence];
            if (_t.Tokens[candidate.FirstToken].Start < from)
            {
                break;
            }

            if (InsideQuote(_t.Tokens[candidate.FirstToken].Start)
                || _grammar.SentenceSubject(candidate.FirstToken, candidate.FirstToken + candidate.TokenCount) is not { Kind: MentionKind.NounPhrase, Plural: false } subject
                || InsideQuote(subject.Span.Start))
            {
                continue;
            }

            if (subject.Gender == mention.Gender && QuoteWords.PersonNouns.Contains(_t.Word(DescriptionHead(subject))))
            {
                return subject;
            }
        }

        return null;
    }

    /// <summary>
    /// The person the narration right before <paramref name="mention"/> is about: walking back over the sentences of
    /// narration (no quote in them) of its paragraph and the one before, past subjects that are pronouns of its gender
    /// ("Quand elle entendit…, elle prit son parti, et, cessant de rougir de l'amitié témoignée à Laurence, …"), to the
    /// first subject that is a person's description or name ("l'aveugle avait été confuse"), provided a person other than
    /// that subject is named on the way. Null when a quote, a subject of another gender or number, an impersonal il or a
    /// subject that is no person comes first.
    /// </summary>
    private (string? Name, EntityLabel? Label, Gender Gender, bool Plural)? NarratedSubject(SpeakerMention mention, List<Antecedent> spoken)
    {
        int own = _t.SentenceOf(mention.FirstToken);
        int from = ParagraphsBackStart(mention.FirstToken, 1);
        bool chained = false;

        // The pronoun's own sentence first when it is narration ("Pauline la comprit, et, lui pressant la main, elle lui
        // dit :"), not when the pronoun is an incise in a quote.
        var ownSentence = _t.Sentences[own];
        int ownStart = _t.Tokens[ownSentence.FirstToken].Start;
        bool ownIsNarration = ownSentence.FirstToken < mention.FirstToken && !InsideQuote(ownStart)
                              && QuotesBefore(mention.Span.Start, byEnd: false) == QuotesBefore(ownStart - 1, byEnd: false);
        int first = ownIsNarration ? own : own - 1;
        for (int sentence = first; sentence >= 0 && sentence >= own - MaxDescribedSentences; sentence--)
        {
            var candidate = _t.Sentences[sentence];
            int start = _t.Tokens[candidate.FirstToken].Start;
            int limit = sentence == own ? mention.FirstToken + 1 : candidate.FirstToken + candidate.TokenCount;
            int end = _t.Tokens[limit - 1].End;
            if (start < from || InsideQuote(start) || QuotesBefore(end, byEnd: false) > QuotesBefore(start - 1, byEnd: false))
            {
                return null;
            }

            var subject = _grammar.SentenceSubject(candidate.FirstToken, limit);
            if (sentence == own && subject is not null && subject.FirstToken == mention.FirstToken)
            {
                continue; // "Mais elle se disait :": the pronoun opens its own sentence; the chain starts before it
            }

            if (subject is null || subject.Plural)
            {
                return null;
            }

            if (subject.Kind == MentionKind.Pronoun)
            {
                // "il était évident que Claude…", "il faut": an impersonal il is nobody, and the chain is lost.
                if (subject.Gender != mention.Gender || _grammar.IsImpersonal(subject.FirstToken))
                {
                    return null;
                }

                chained = true;
                continue;
            }

            // "Courville, Darnetot et les deux femmes riaient": the first of several coordinated subjects is no one in focus.
            int next = subject.LastToken + 1;
            if (_t.Is(next, "et") || _t.Mark(next) == ',' && _t.NameLabel(next + 1) == EntityLabel.Person)
            {
                return null;
            }

            if (subject.Kind == MentionKind.NounPhrase)
            {
                int head = DescriptionHead(subject);

                // A description of unknown gender ("l'aveugle") is taken up only by a chain of pronouns that gives it one, or
                // by the participle that agrees with it ("L'aveugle, entraînée de plus en plus, …").
                var gender = subject.Gender == Gender.Unknown ? ParticipleGender(subject.LastToken + 1) : subject.Gender;
                // (A noun the text described someone with counts as one for people: "Wilhem d'Eyrik, un tout petit blondin".)
                bool forPeople = QuoteWords.PersonNouns.Contains(_t.Word(head)) || _describedAs.ContainsKey(_t.Word(head).ToString());
                if (!forPeople || !(gender == mention.Gender || chained && gender == Gender.Unknown))
                {
                    return null;
                }
            }

            var named = Name(subject, spoken);
            if (named.Name is null || !GenderAgreement.Agrees(mention.Gender, named.Gender))
            {
                return null;
            }

            // "— Non, maman, fit la jeune fille.⏎… La vieille dame soupira.⏎— Oublie-le, ma fille, murmura-t-elle": a
            // description of an age the last speaker of that gender was not given is someone else, the one who speaks.
            if (subject.Kind == MentionKind.NounPhrase && AgeOf(subject) is var age and not Age.Unknown)
            {
                for (int a = spoken.Count - 1; a >= 0 && a >= spoken.Count - MaxAntecedentsRead; a--)
                {
                    if (spoken[a].Position < mention.Span.Start && !spoken[a].Plural && GenderOf(spoken[a]) == mention.Gender)
                    {
                        if (_ages.TryGetValue(spoken[a].Name, out var spokenAge) && spokenAge != age && !SamePerson(spoken[a].Name, named.Name))
                        {
                            return named;
                        }

                        break;
                    }
                }
            }

            // "— …, la Sarriette ?⏎La jeune femme se mit à rire.⏎— Ah bien ! reprit-elle": the description took up the person
            // the line before called by name; the pronoun is that person.
            if (subject.Kind == MentionKind.NounPhrase && AddressedInLastLine(subject, spoken) is { } addressee && SamePerson(named.Name, addressee))
            {
                return named;
            }

            // "Wilhem d'Eyrik, un tout petit blondin … Soudain, le jeune blondin tira son revolver. « … », dit-il": a description
            // by a noun the text gave one person only, and no common noun for people, is that person; the other rules, which
            // follow the persons named, would not see it.
            var subjectHead = subject.Kind == MentionKind.NounPhrase ? _t.Word(DescriptionHead(subject)) : default;
            if (subject.Kind == MentionKind.NounPhrase && !QuoteWords.PersonNouns.Contains(subjectHead)
                && _describedAs.TryGetValue(subjectHead.ToString(), out var holders) && holders.All(h => SamePerson(h.Name, named.Name)))
            {
                return named;
            }

            // Only against a person named on the way, outside the subject: with none, the other rules already take up the
            // narration's subject, and a description ("la jeune femme") is often the person named before it.
            for (int p = LastPersonBefore(mention.Span.Start), stop = p - MaxAntecedentsRead; p >= 0 && p > stop && _people[p].Position >= start; p--)
            {
                var person = _people[p];
                if (person.Position >= subject.Span.End && !person.Plural && !InsideQuote(person.Position) && !SamePerson(person.Name, named.Name))
                {
                    return named;
                }
            }

            // Or against a name of the paragraph that nothing gives a gender, when the description has the pronoun's:
            // "Renault a annoncé… La direction n'a pas confirmé ces chiffres. Elle assure…" is the management.
            int paragraph = _t.Tokens[_t.ParagraphStart(mention.FirstToken)].Start;
            if (subject.Kind == MentionKind.NounPhrase && subject.Gender == mention.Gender && !chained
                && LastPersonBefore(start) is var earlier and >= 0 && _people[earlier].Position >= paragraph
                && !_people[earlier].Plural && GenderOf(_people[earlier]) == Gender.Unknown)
            {
                return named;
            }

            return null;
        }

        return null;
    }

    /// <summary>The noun a description is headed by, past its article and the adjectives before it ("la vieille servante" → servante).</summary>
    private int DescriptionHead(SpeakerMention description)
    {
        int head = description.FirstToken;
        while (head < description.LastToken && (_t.In(head, QuoteWords.Determiners) || QuoteWords.PrenominalAdjectives.Contains(_t.Word(head))))
        {
            head++;
        }

        return head;
    }

    /// <summary>
    /// Whether two names are one person's: equal, or one the trailing words of the other ("Vernay" and "comte de Vernay",
    /// "Dupont" and "Jean Dupont"), so that "ils" is not that person paired with themself.
    /// </summary>
    private static bool SamePerson(string one, string other)
        => string.Equals(one, other, StringComparison.OrdinalIgnoreCase)
           || one.EndsWith(" " + other, StringComparison.OrdinalIgnoreCase) || other.EndsWith(" " + one, StringComparison.OrdinalIgnoreCase);

    /// <summary>The person last named before <paramref name="mention"/> inside the quote that holds it, agreeing with it; null when none.</summary>
    private Antecedent? PersonNamedInContainer(SpeakerMention mention)
    {
        int before = QuotesBefore(mention.Span.Start, byEnd: false);
        int containerStart = _quoteContents[before - 1].Start;
        for (int p = LastPersonBefore(mention.Span.Start), stop = p - MaxAntecedentsRead; p >= 0 && p > stop && _people[p].Position >= containerStart; p--)
        {
            var person = _people[p];
            if (!person.Weak && !person.Plural && GenderAgreement.Agrees(mention.Gender, GenderOf(person)))
            {
                return person;
            }
        }

        return null;
    }


    /// <summary>
    /// The gender a past participle right after a subject shows, after a comma or not ("L'aveugle, entraînée", "l'aveugle
    /// fut étonnée" through a form of être): -ée is feminine, -é masculine; anything else tells nothing.
    /// </summary>
    private Gender ParticipleGender(int after)
    {
        int word = _t.Mark(after) == ',' ? after + 1 : after;
        if (_t.Is(word, "était") || _t.Is(word, "fut") || _t.Is(word, "est"))
        {
            word++;
        }

        if (!_t.IsWord(word))
        {
            return Gender.Unknown;
        }

        var form = _t.Word(word);
        return form.EndsWith("ée", StringComparison.Ordinal) ? Gender.Feminine
            : form.EndsWith('é') && form.Length > 3 ? Gender.Masculine
            : Gender.Unknown;
    }

    /// <summary>The plural noun phrase or name that is the subject of the sentence before the one <paramref name="mention"/> opens, in its paragraph; null otherwise.</summary>
    private SpeakerMention? PluralSubjectBefore(SpeakerMention mention)
    {
        int own = _t.SentenceOf(mention.FirstToken);
        int start = _t.SentenceStart(mention.FirstToken);
        if (own == 0 || mention.FirstToken != start && !(mention.FirstToken == start + 1 && (_t.Is(start, "et") || _t.Is(start, "mais")))
            || _t.StartsParagraph(_t.Sentences[own].FirstToken))
        {
            return null;
        }

        // (A name with a plural article is plural too: "Les Jeunes Agriculteurs".)
        var previous = _t.Sentences[own - 1];
        return _grammar.SentenceSubject(previous.FirstToken, previous.FirstToken + previous.TokenCount) is { Kind: not MentionKind.Pronoun } subject
               && (subject.Plural || _t.Is(subject.FirstToken, "les") || _t.Is(subject.FirstToken - 1, "les"))
               && GenderAgreement.Agrees(mention.Gender, subject.Gender)
            ? subject
            : null;
    }

    /// <summary>
    /// The person named as subject of the previous sentence, when the nearest person a pronoun could take up is another
    /// one named later in that sentence: "Bruno Le Maire a quitté Bercy vers midi. Il a ajouté…" is about the minister
    /// even if "Bercy" were read as a person. A subject stays in focus over the objects of its own sentence.
    /// </summary>
    private Antecedent? SubjectBefore(SpeakerMention mention, Antecedent candidate)
    {
        // The sentence before the mention's; or the mention's own, when the candidate is named earlier in it ("Claude
        // regardait Florent ; et, …, il lui dit :" is about Claude).
        int own = _t.SentenceOf(mention.FirstToken);
        bool inOwn = _t.Tokens[_t.Sentences[own].FirstToken].Start <= candidate.Position;
        int sentence = inOwn ? own : own - 1;
        if (sentence < 0)
        {
            return null;
        }

        var previous = _t.Sentences[sentence];
        int first = previous.FirstToken;
        int limit = inOwn ? mention.FirstToken : first + previous.TokenCount;
        if (limit <= first || candidate.Position < _t.Tokens[first].Start || candidate.Position >= _t.Tokens[limit - 1].End)
        {
            return null;
        }

        if (_grammar.SentenceSubject(first, limit) is not { Kind: MentionKind.Name or MentionKind.NounPhrase } subject || subject.Span.End > candidate.Position)
        {
            return null;
        }

        // "Courville, Darnetot et les deux femmes riaient": the first of several coordinated subjects is no one in focus.
        // (A name set off by commas alone is an apposition: "Le maire, André Rossinot, a dit".)
        int next = subject.LastToken + 1;
        if (_t.Mark(next) == ',' && _t.NameLabel(next + 1) == EntityLabel.Person)
        {
            next = _t.EntityTokens(next + 1).Last + 1;
        }

        if (_t.Is(next, "et") && (_t.NameLabel(next + 1) == EntityLabel.Person || _t.In(next + 1, QuoteWords.Determiners)))
        {
            return null;
        }

        // A subject headed by a common noun that names no person ("La décision de Nicolas Sarkozy a été rendue publique
        // par le préfet…") does not put the person it mentions in focus; a title does ("Le ministre de l'Intérieur, X").
        int head = subject.FirstToken;
        while (head < subject.LastToken && _t.In(head, QuoteWords.Determiners))
        {
            head++;
        }

        if (_t.IsWord(head) && char.IsLower(_t.Word(head)[0]) && !IsTitleWord(_t.Word(head)))
        {
            return null;
        }

        // The persons named inside the subject, found by binary search: a pronoun costs no walk over the whole document.
        for (int p = LastPersonBefore(subject.Span.Start) + 1; p < _people.Count && _people[p].Position < subject.Span.End; p++)
        {
            var person = _people[p];
            if (!person.Weak && !person.Plural && !string.Equals(person.Name, candidate.Name, StringComparison.OrdinalIgnoreCase)
                && GenderAgreement.Agrees(mention.Gender, GenderOf(person)))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>
    /// A pronoun that reports speech mostly takes up the speaker before it (a run of quotes, a dialogue): the last compatible
    /// speaker, unless a compatible person named in the pronoun's own paragraph came after that speaker (a new paragraph that
    /// introduces someone, then "Il a concédé…").
    /// </summary>
    private Antecedent? ResolveToSpeaker(SpeakerMention mention, List<Antecedent> spoken, int last)
    {
        int paragraph = _t.Tokens[_t.ParagraphStart(mention.FirstToken)].Start;
        Antecedent? speaker = null;
        var distinct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int s = last; s >= 0 && s > last - MaxAntecedentsRead && distinct.Count < MaxSpeakersRead; s--)
        {
            var candidate = spoken[s];
            if (!distinct.Add(candidate.Name))
            {
                continue;
            }

            var gender = GenderOf(candidate);
            if (!candidate.Plural && GenderAgreement.Agrees(mention.Gender, gender))
            {
                // A person before an organization: "«Je n'étais pas là», a-t-il répété" after "selon l'AFP".
                if (candidate.Label is EntityLabel.Organization or EntityLabel.Location)
                {
                    speaker ??= candidate;
                    continue;
                }

                speaker = candidate;
                break;
            }
        }

        if (speaker is { } found)
        {
            // A person who opens the pronoun's sentence or the one before, named after the last speaker, is the one the
            // pronoun takes up: "Sérapion me jeta un coup d'œil ; puis il me dit :", "Laurence pâlit ; puis, se remettant
            // aussitôt :⏎— Je m'attendais à cela, dit-elle".
            if (OpeningSubjectSince(mention, found.Position) is { } narrated)
            {
                return narrated;
            }

            // "dit l'inexorable prêtre … Seulement, la nuit suivante, je vis Clarimonde ; elle me dit :": when nothing tells
            // the last speaker's gender, a person of the pronoun's known gender named since, in the paragraph, is the one.
            if (GenderOf(found) == Gender.Unknown && mention.Gender != Gender.Unknown)
            {
                for (int p = LastPersonBefore(mention.Span.Start), stop = p - MaxAntecedentsRead; p >= 0 && p > stop && _people[p].Position > found.Position && _people[p].Position >= paragraph; p--)
                {
                    var person = _people[p];
                    if (!person.Weak && !person.Plural && !InsideQuote(person.Position) && GenderOf(person) == mention.Gender)
                    {
                        return person;
                    }
                }
            }

            if (found.Position >= paragraph)
            {
                return found;
            }
        }

        // Persons named since, in the paragraph: a name known as a person's first, a mere capital when there is none.
        int afterSpeaker = speaker?.Position ?? -1;
        Antecedent? weakCandidate = null;
        for (int p = LastPersonBefore(mention.Span.Start), stop = p - MaxAntecedentsRead; p >= 0 && p > stop && _people[p].Position >= paragraph && _people[p].Position > afterSpeaker; p--)
        {
            if (InsideQuote(_people[p].Position) || _people[p].Plural)
            {
                continue; // a name said in the quote ("— Pauline ! …, s'écria l'étrangère") is whom one speaks to
            }

            var gender = GenderOf(_people[p]);
            if (GenderAgreement.Agrees(mention.Gender, gender) && !ObjectOfSamePronoun(_people[p], mention))
            {
                if (!_people[p].Weak)
                {
                    return SubjectBefore(mention, _people[p]) ?? _people[p];
                }

                weakCandidate ??= _people[p];
            }
        }

        if (weakCandidate is null && speaker is { } lastSpeaker && mention.Gender != Gender.Unknown)
        {
            // A person of the pronoun's known gender named in the two paragraphs before, after the last speaker, outside
            // quotes ("Tu connais Gilberte … ¶ … elle s'écria") has come into the story since that speaker spoke. (Two: one
            // paragraph of narration often comes between; three cost litbank-dev pairs, 61.55 → 60.53.)
            int previousParagraph = ParagraphsBackStart(mention.FirstToken, MaxNarratedParagraphs);
            for (int p = LastPersonBefore(paragraph), stop = p - MaxAntecedentsRead; p >= 0 && p > stop && _people[p].Position >= previousParagraph && _people[p].Position > lastSpeaker.Position; p--)
            {
                // (One whose gender nothing tells counts when it has just come into the scene: "quand Lacaille reparut".)
                var gender = GenderOf(_people[p]);
                if (!_people[p].Weak && !_people[p].Plural && !InsideQuote(_people[p].Position)
                    && (gender == mention.Gender || gender == Gender.Unknown && ArrivedJustBefore(_people[p], mention)))
                {
                    return _people[p];
                }
            }
        }

        return weakCandidate ?? speaker;
    }

    /// <summary>
    /// "ce dernier", "répondit celle-ci": the person named last before <paramref name="mention"/>, outside quotes, who
    /// agrees with it and is not <paramref name="except"/> (the one who just spoke); null when there is none.
    /// </summary>
    private Antecedent? PersonNamedLast(SpeakerMention mention, string? except)
    {
        int last = LastPersonBefore(mention.Span.Start);
        for (int p = last; p >= 0 && p > last - MaxAntecedentsRead; p--)
        {
            var person = _people[p];
            if (!person.Weak && !person.Plural && !InsideQuote(person.Position) && GenderAgreement.Agrees(mention.Gender, GenderOf(person))
                && !string.Equals(person.Name, except, StringComparison.OrdinalIgnoreCase))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>"Puis, sans un mot, Pauline se leva": the name is its sentence's subject after what opens it.</summary>
    private bool IsSentenceSubject(int token, int position)
    {
        int start = _t.SentenceStart(token);
        var sentence = _t.Sentences[_t.SentenceOf(token)];
        return _grammar.SentenceSubject(start, sentence.FirstToken + sentence.TokenCount) is { Kind: MentionKind.Name } subject
               && subject.Span.Start == position;
    }

    /// <summary>
    /// "Elle s'appelait Marroca", "il se nommait Florent": a subject pronoun, the reflexive verb that gives a name, and a
    /// capitalised name, read at token <paramref name="i"/>; null elsewhere.
    /// </summary>
    private Antecedent? NamingAt(int i)
    {
        if (!(_t.Is(i, "elle") || _t.Is(i, "il")) || !(_t.Is(i + 1, "s'") || _t.Is(i + 1, "s’") || _t.Is(i + 1, "se"))
            || !_t.IsWord(i + 2) || !_t.Word(i + 2).StartsWith("appel", StringComparison.Ordinal) && !_t.Word(i + 2).StartsWith("nomm", StringComparison.Ordinal)
            || InsideQuote(_t.Tokens[i].Start))
        {
            return null;
        }

        // "Il s'appelait le baron Hector Gontran de Coutelier": an article and a title of nobility may come first.
        int first = i + 3;
        if ((_t.Is(first, "le") || _t.Is(first, "la")) && _t.IsWord(first + 1) && QuoteWords.NobleTitles.Contains(_t.Word(first + 1)))
        {
            first += 2;
        }

        if (!_t.IsCapitalized(first))
        {
            return null;
        }

        int last = NameRunLast(first);
        string name = Clean(_t.Span(first, last));
        // A surname the text writes far more often alone is the person's name there, as FullName decides ("Coutelier").
        if (last > first && NameUses(name) > MaxShortUsesPerFullUse)
        {
            name = FullName(_t.Word(last));
        }

        var gender = _t.Is(i, "elle") ? Gender.Feminine : Gender.Masculine;
        _nameGenders.TryAdd(name, gender);
        return new Antecedent(_t.Tokens[first].Start, name, EntityLabel.Person, gender, false);
    }

    /// <summary>
    /// The last token of the name that starts at token <paramref name="first"/>: its capitalised words and the particles
    /// between them ("Hector Gontran de Coutelier"), a name's length at most.
    /// </summary>
    private int NameRunLast(int first)
    {
        int last = first;
        while (last + 1 < _t.Count && last < first + MaxWordsInName
               && (_t.IsCapitalized(last + 1) || _t.In(last + 1, QuoteWords.Particles) && _t.IsCapitalized(last + 2)))
        {
            last++;
        }

        return last;
    }

    /// <summary>The words of the name a naming gives, read from its first word (<paramref name="position"/>, see <see cref="NameRunLast"/>).</summary>
    private List<string> NamingWords(int position)
    {
        int first = FirstTokenAt(position);
        var words = new List<string>();
        for (int i = first, last = NameRunLast(first); i <= last; i++)
        {
            words.Add(_t.Word(i).ToString());
        }

        return words;
    }

    /// <summary>
    /// "ses camarades ne l'appelaient plus que Mlle Fifi", "qu'on appelait Mlle Fifi": at token <paramref name="i"/> an
    /// object pronoun and a verb of calling, then a capitalised name; the person is the one named last before it, in
    /// its sentence or the one before. The text's name for them becomes the nickname when it uses it at least as often.
    /// </summary>
    private void RecordNickname(int i)
    {
        // (At most a few per text: each counts its names over the whole text.)
        if (!(_t.Is(i, "l'") || _t.Is(i, "l’")) || !_t.IsWord(i + 1) || !_t.Word(i + 1).StartsWith("appel", StringComparison.Ordinal)
            || InsideQuote(_t.Tokens[i].Start) || _nicknamesRead >= MaxNicknames)
        {
            return;
        }

        int first = i + 2;
        while (first < _t.Count && first < i + 5 && (_t.Is(first, "plus") || _t.Is(first, "que") || _t.Is(first, "jamais") || _t.Is(first, "désormais")
                                                    || _t.Is(first, "toujours") || _t.Is(first, "simplement")))
        {
            first++;
        }

        if (!_t.IsCapitalized(first))
        {
            return;
        }

        _nicknamesRead++;
        int last = first;
        while (last + 1 < _t.Count && last < first + 3 && _t.IsCapitalized(last + 1))
        {
            last++;
        }

        int earliest = _t.Tokens[_t.Sentences[Math.Max(0, _t.SentenceOf(i) - 1)].FirstToken].Start;
        for (int p = LastPersonBefore(_t.Tokens[i].Start), stop = p - MaxAntecedentsRead; p >= 0 && p > stop && _people[p].Position >= earliest; p--)
        {
            var person = _people[p];
            if (!person.Weak && !person.Plural && person.Named)
            {
                // Written whole, civility included: "Mlle Fifi" is what his comrades call a man, and the text's mentions of
                // "Fifi" alone are named so too.
                string nickname = Clean(_t.Span(first, last));
                string bare = FullName(_t.Text.AsSpan(_t.Tokens[first].Start, _t.Tokens[last].End - _t.Tokens[first].Start));
                if (!string.Equals(nickname, person.Name, StringComparison.OrdinalIgnoreCase) && CountUses(nickname) >= CountUses(person.Name))
                {
                    _nicknames.TryAdd(person.Name, nickname);
                    _nicknames.TryAdd(bare, nickname);

                    // The nickname's civility does not say the person's gender ("Mlle Fifi … il la mordit"): the person's does,
                    // for every mention of the nickname.
                    var gender = GenderOf(person);
                    if (gender != Gender.Unknown)
                    {
                        _nameGenders[nickname] = gender;
                        _nameGenders[bare] = gender;
                        for (int k = 0; k < _people.Count; k++)
                        {
                            if (_people[k].Gender != gender && (string.Equals(_people[k].Name, nickname, StringComparison.OrdinalIgnoreCase)
                                                                || string.Equals(_people[k].Name, bare, StringComparison.OrdinalIgnoreCase)))
                            {
                                _people[k] = _people[k] with { Gender = gender };
                            }
                        }
                    }
                }

                return;
            }
        }
    }

    /// <summary>How many times the text writes the last word of <paramref name="name"/> with a capital (its surname, or its only name).</summary>
    private int NameUses(string name)
        => _wordCounts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name.AsSpan(name.LastIndexOf(' ') + 1), out int uses) ? uses : 0;

    /// <summary>How many times the text writes <paramref name="name"/>, or its last word when that is rarer.</summary>
    private int CountUses(string name)
    {
        int count = 0;
        for (int at = _t.Text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = _t.Text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// The name a later sentence gives the person of <paramref name="mention"/> ("Elle me cria : « Allez-vous-en. » … Elle
    /// s'appelait Marroca"), within a few paragraphs and with no other person of the pronoun's gender named between; null
    /// when there is none.
    /// </summary>
    private Antecedent? NamedLater(SpeakerMention mention)
    {
        if (mention.Gender == Gender.Unknown || mention.Plural)
        {
            return null;
        }

        // The first naming after the mention, found by binary search; a few paragraphs ahead at most.
        int lo = LastBefore(_namings, mention.Span.Start + 1) + 1;
        for (int n = lo; n < _namings.Count && n < lo + MaxAntecedentsRead; n++)
        {
            var naming = _namings[n];
            if (_t.ParagraphNumber(FirstTokenAt(naming.Position)) - _t.ParagraphNumber(mention.FirstToken) > MaxNamingParagraphs)
            {
                return null;
            }

            if (naming.Gender != mention.Gender)
            {
                continue;
            }

            // No other person of that gender named between (read up to a bound: further, nothing is sure); part of the
            // name the naming gives is no other person ("son petit nom : M. Hector. Il s'appelait le baron Hector Gontran
            // de Coutelier").
            int read = 0;
            List<string>? namingWords = null;
            for (int p = LastPersonBefore(mention.Span.End) + 1; p < _people.Count && _people[p].Position < naming.Position; p++)
            {
                var person = _people[p];
                if (++read > MaxAntecedentsRead
                    || !person.Weak && !person.Plural && !InsideQuote(person.Position) && GenderOf(person) == mention.Gender
                    && !string.Equals(person.Name, naming.Name, StringComparison.OrdinalIgnoreCase)
                    && !PersonWords(person.Name).TrueForAll((namingWords ??= NamingWords(naming.Position)).Contains))
                {
                    return null;
                }
            }

            return naming;
        }

        return null;
    }

    /// <summary>
    /// The first person named after <paramref name="mention"/> in its paragraph, within the next sentence, whose known
    /// gender is the mention's; null when there is none.
    /// </summary>
    private Antecedent? NamedRightAfter(SpeakerMention mention)
    {
        int own = _t.SentenceOf(mention.FirstToken);
        var next = own + 1 < _t.Sentences.Length ? _t.Sentences[own + 1] : _t.Sentences[own];
        int limit = _t.Tokens[next.FirstToken + next.TokenCount - 1].End;
        int paragraphEnd = _t.ParagraphStart(mention.FirstToken) == _t.ParagraphStart(next.FirstToken) ? limit : _t.Tokens[_t.Sentences[own].FirstToken + _t.Sentences[own].TokenCount - 1].End;
        int first = LastPersonBefore(mention.Span.End) + 1;
        for (int p = first; p < _people.Count && p < first + MaxAntecedentsRead && _people[p].Position < paragraphEnd; p++)
        {
            var person = _people[p];
            if (!person.Weak && !person.Plural && !InsideQuote(person.Position) && GenderOf(person) == mention.Gender
                && !InPronounsClause(mention, FirstTokenAt(person.Position)))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the name at token <paramref name="name"/> follows the pronoun <paramref name="mention"/> in its clause, with
    /// no mark between them: "Il fit demander Pécuchet" — the pronoun's own object is someone else.
    /// </summary>
    private bool InPronounsClause(SpeakerMention mention, int name)
    {
        if (name <= mention.LastToken || _t.SentenceOf(name) != _t.SentenceOf(mention.FirstToken))
        {
            return false;
        }

        for (int i = mention.LastToken + 1; i < name; i++)
        {
            if (_t.IsPunctuation(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A person named after <paramref name="since"/> who opens the sentence of <paramref name="mention"/> or the sentence
    /// before it, agrees with it, and is not inside a quote; null when there is none.
    /// </summary>
    private Antecedent? OpeningSubjectSince(SpeakerMention mention, int since)
    {
        int own = _t.SentenceOf(mention.FirstToken);
        int earliest = _t.Tokens[_t.Sentences[Math.Max(0, own - 1)].FirstToken].Start;
        int last = LastPersonBefore(mention.Span.Start);
        for (int p = last; p >= 0 && p > last - MaxAntecedentsRead && _people[p].Position > since && _people[p].Position >= earliest; p--)
        {
            var person = _people[p];
            int token = FirstTokenAt(person.Position);
            if (!person.Weak && !person.Plural && !InsideQuote(person.Position) && GenderAgreement.Agrees(mention.Gender, GenderOf(person))
                && (_t.SentenceStart(token) == token || IsSentenceSubject(token, person.Position)))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether token <paramref name="token"/> lies in a headline: a short paragraph of one sentence with no full stop that
    /// opens the text or its section.
    /// </summary>
    private bool InHeadline(int token)
    {
        int start = _t.ParagraphStart(token);
        if (start != 0)
        {
            return false;
        }

        int end = start;
        while (end + 1 < _t.Count && !_t.StartsParagraph(end + 1) && end - start < 30)
        {
            end++;
        }

        return end - start < 30 && (end + 1 >= _t.Count || _t.StartsParagraph(end + 1)) && _t.Mark(end) != '.';
    }

    /// <summary>
    /// The one a letter opens by addressing ("Mon ami, tu m'as demandé…" → ami): the head noun after a possessive at the
    /// start of a paragraph, a comma after it, in the first paragraphs of the text or of its section (after a heading in
    /// capitals), a few paragraphs before token <paramref name="token"/> at most; null when there is none.
    /// </summary>
    private (string Name, Gender Gender)? LetterAddressee(int token)
    {
        int paragraph = _t.ParagraphStart(token);
        for (int back = 0; back <= MaxLetterParagraphs; back++)
        {
            if ((_t.Is(paragraph, "mon") || _t.Is(paragraph, "ma") || _t.Is(paragraph, "cher") || _t.Is(paragraph, "chère"))
                && _t.IsWord(paragraph + 1) && QuoteWords.PersonNouns.Contains(_t.Word(paragraph + 1)) && _t.Mark(paragraph + 2) == ','
                && (paragraph == 0 || IsHeading(_t.ParagraphStart(paragraph - 1))))
            {
                // (Ma, chère: a woman; mon, cher before a noun that does not end in -e, as "ami": a man; "mon amie" tells nothing sure.)
                var noun = _t.Word(paragraph + 1);
                var gender = _t.Is(paragraph, "ma") || _t.Is(paragraph, "chère") ? Gender.Feminine : noun.EndsWith('e') ? Gender.Unknown : Gender.Masculine;
                return (noun.ToString(), gender);
            }

            if (paragraph == 0 || IsHeading(_t.ParagraphStart(paragraph - 1)))
            {
                return null;
            }

            paragraph = _t.ParagraphStart(paragraph - 1);
        }

        return null;
    }

    /// <summary>Whether the paragraph that starts at token <paramref name="start"/> is a heading: a few words, all in capitals.</summary>
    private bool IsHeading(int start)
    {
        for (int i = start; i < _t.Count && (i == start || !_t.StartsParagraph(i)); i++)
        {
            if (i - start > MaxHeadingWords || _t.IsWord(i) && _t.Word(i).ContainsAnyInRange('a', 'z'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the paragraph <paramref name="ahead"/> paragraphs after the one of token <paramref name="token"/> ends (a character offset).</summary>
    private int ParagraphsAheadEnd(int token, int ahead)
    {
        int paragraphs = 0;
        for (int i = token + 1; i < _t.Count && i < token + 2000; i++)
        {
            if (_t.StartsParagraph(i) && ++paragraphs > ahead)
            {
                return _t.Tokens[i].Start;
            }
        }

        return _t.Text.Length;
    }

    /// <summary>Where the paragraph <paramref name="back"/> paragraphs before the one of token <paramref name="token"/> starts (a character offset).</summary>
    private int ParagraphsBackStart(int token, int back)
    {
        int paragraph = _t.ParagraphStart(token);
        for (int i = 0; i < back && paragraph > 0; i++)
        {
            paragraph = _t.ParagraphStart(paragraph - 1);
        }

        return _t.Tokens[paragraph].Start;
    }

    /// <summary>
    /// One pair, one name whichever of the two the text names first: "Bouvard et Pécuchet" is also "Pécuchet et Bouvard",
    /// so the names go in alphabetical order.
    /// </summary>
    private static string PairName(string one, string other)
        => string.Compare(one, other, StringComparison.OrdinalIgnoreCase) <= 0 ? $"{one} et {other}" : $"{other} et {one}";

    /// <summary>
    /// The last two persons named together ("Angela Merkel et Emmanuel Macron") before <paramref name="mention"/>, in its
    /// paragraph or the one before, as one pair (<see cref="PairName"/>), or the pair that spoke last there; null when no two are named so ("les
    /// deux juges" of a text that names neither judge are no one it names).
    /// </summary>
    private string? LastTwoPersons(SpeakerMention mention, List<Antecedent> spoken)
    {
        int from = ParagraphsBackStart(mention.FirstToken, 1);
        if (spoken.Count > 0 && spoken[^1] is { Plural: true, Label: EntityLabel.Person } group && group.Position >= from
            && group.Position < mention.Span.Start && group.Name.Contains(" et ", StringComparison.Ordinal))
        {
            return group.Name;
        }

        for (int p = LastPersonBefore(mention.Span.Start) - 1, stop = p - MaxAntecedentsRead; p >= 0 && p > stop && _people[p].Position >= from; p--)
        {
            var (one, other) = (_people[p], _people[p + 1]);
            if (one.Weak || other.Weak || one.Plural || other.Plural || InsideQuote(one.Position) || SamePerson(one.Name, other.Name))
            {
                continue;
            }

            // The two names joined by "et", nothing else between them.
            int oneLast = FirstTokenAt(one.Position);
            while (oneLast + 1 < _t.Count && _t.EntityOf(oneLast + 1) >= 0 && _t.EntityOf(oneLast + 1) == _t.EntityOf(oneLast))
            {
                oneLast++;
            }

            if (_t.Is(oneLast + 1, "et") && FirstTokenAt(other.Position) == oneLast + 2)
            {
                return PairName(one.Name, other.Name);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="mention"/> stands in a paragraph after the one of the last speaker's mention, with no quote
    /// between them, and a quote opens right after the mention's sentence: the next turn of a dialogue, introduced.
    /// </summary>
    private bool OpensNextTurn(int lastSpeakerPosition, SpeakerMention mention)
    {
        int before = QuotesBefore(mention.Span.Start, byEnd: false);
        if (before != QuotesBefore(lastSpeakerPosition, byEnd: false) || before >= _quoteContents.Count
            || _t.ParagraphStart(FirstTokenAt(lastSpeakerPosition)) == _t.ParagraphStart(mention.FirstToken))
        {
            return false;
        }

        int sentenceEnd = _t.Tokens[_t.SentenceEnd(mention.FirstToken) - 1].End;
        return _quoteContents[before].Start - sentenceEnd <= 8;
    }

    /// <summary>
    /// Whether the mention heads the incise of the quote right after the one whose speaker was named at
    /// <paramref name="lastSpeakerPosition"/>: one quote starts between them, and it ends just before the mention. (Not
    /// "« … demanda-t-il.⏎-- …, mon oncle. »⏎Le vieil homme haussa les épaules :", where an uncued line came between.)
    /// </summary>
    private bool RepliesTo(int lastSpeakerPosition, SpeakerMention mention)
    {
        int before = QuotesBefore(mention.Span.Start, byEnd: false);
        return before - QuotesBefore(lastSpeakerPosition, byEnd: false) == 1 && _quoteContents[before - 1].End <= mention.Span.Start
               && mention.Span.Start - _quoteContents[before - 1].End <= 40;
    }

    /// <summary>Whether a description says its person is young (<c>la jeune fille</c>) or old (<c>la vieille dame</c>, <c>le vieillard</c>).</summary>
    private Age AgeOf(SpeakerMention description)
    {
        for (int i = description.FirstToken; i <= description.LastToken; i++)
        {
            if (_t.Is(i, "jeune") || _t.Is(i, "jeunes"))
            {
                return Age.Young;
            }

            if (_t.Is(i, "vieux") || _t.Is(i, "vieil") || _t.Is(i, "vieille") || _t.Is(i, "vieillard") || _t.Is(i, "âgé") || _t.Is(i, "âgée"))
            {
                return Age.Old;
            }
        }

        return Age.Unknown;
    }

    private enum Age : byte
    {
        Unknown,
        Young,
        Old,
    }

    /// <summary>
    /// The person of <paramref name="mention"/>'s gender in the scene other than the last speaker (<c>spoken[last]</c>): the
    /// latest earlier speaker or person named outside quotes, in the last few paragraphs; null when there is none. With
    /// <paramref name="genderKnown"/>, only a person known to have the mention's gender; otherwise one whose gender
    /// nothing tells will do ("son ami" for "Deslauriers").
    /// </summary>
    private Antecedent? OtherInScene(SpeakerMention mention, List<Antecedent> spoken, int last, bool genderKnown)
    {
        string asker = spoken[last].Name;
        int scene = ParagraphsBackStart(mention.FirstToken, MaxSceneParagraphs);
        Antecedent? other = null;
        for (int a = last - 1; a >= 0 && a > last - MaxAntecedentsRead && spoken[a].Position >= scene; a--)
        {
            if (!spoken[a].Plural && spoken[a].Label == EntityLabel.Person && spoken[a].Named && !SamePerson(spoken[a].Name, asker)
                && HasGender(spoken[a]))
            {
                other = spoken[a];
                break;
            }
        }

        for (int p = LastPersonBefore(mention.Span.Start), stop = p - MaxAntecedentsRead; p >= 0 && p > stop && _people[p].Position >= scene; p--)
        {
            var person = _people[p];
            if (other is { } heard && person.Position <= heard.Position)
            {
                break;
            }

            if (!person.Weak && !person.Plural && !InsideQuote(person.Position) && !SamePerson(person.Name, asker) && HasGender(person))
            {
                return person;
            }
        }

        return other;

        bool HasGender(Antecedent candidate)
            => genderKnown ? GenderOf(candidate) == mention.Gender : GenderAgreement.Agrees(mention.Gender, GenderOf(candidate));
    }

    /// <summary>
    /// Whether the incise that <paramref name="mention"/> heads answers the line before it: a verb of answering right
    /// before the mention ("répondit la baronne", "rétorque le ministre"), or a question as the line before.
    /// </summary>
    private bool AnswersLastLine(SpeakerMention mention)
    {
        int verb = mention.FirstToken - 1;
        if (_t.IsWord(verb) && _t.Word(verb) is var word
            && (word.StartsWith("répon", StringComparison.OrdinalIgnoreCase) || word.StartsWith("répliqu", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("rétorqu", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ripost", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        int before = QuotesBefore(mention.Span.Start, byEnd: false);
        if (before < 2)
        {
            return false;
        }

        var line = _quoteContents[before - 2];
        int last = line.End - 1;
        while (last > line.Start && char.IsWhiteSpace(_t.Text[last]))
        {
            last--;
        }

        return _t.Text[last] == '?';
    }

    private bool InsideQuote(int position)
    {
        int before = QuotesBefore(position, byEnd: false);
        return before > 0 && _quoteContents[before - 1].End > position;
    }

    /// <summary>
    /// How many quote contents start (or, <paramref name="byEnd"/>, end) at or before <paramref name="position"/>: a binary
    /// search over the contents, which are in text order (their ends too, nested quotes aside).
    /// </summary>
    private int QuotesBefore(int position, bool byEnd)
    {
        int lo = 0, hi = _quoteContents.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if ((byEnd ? _quoteContents[mid].End : _quoteContents[mid].Start) <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// The person named in the paragraph of <paramref name="mention"/> before its sentence, with no marked quote between
    /// them, who opens a sentence and agrees in gender, or whose known gender is the mention's; null when there is none.
    /// </summary>
    private (string? Name, EntityLabel? Label, Gender Gender, bool Plural)? SentenceSubjectInParagraph(SpeakerMention mention)
    {
        int paragraph = _t.Tokens[_t.ParagraphStart(mention.FirstToken)].Start;
        // Quotes of the mention's own sentence ("«…», a confié le chef de l'État") do not count: they are its own.
        int lastSpeech = LastQuoteEndBefore(_t.Tokens[_t.SentenceStart(mention.FirstToken)].Start);
        for (int p = LastPersonBefore(mention.Span.Start), stop = p - MaxAntecedentsRead; p >= 0 && p > stop && _people[p].Position >= paragraph && _people[p].Position > lastSpeech; p--)
        {
            var person = _people[p];
            int token = FirstTokenAt(person.Position);
            if (person.Weak || person.Plural || InsideQuote(person.Position) || _t.SentenceStart(token) == _t.SentenceStart(mention.FirstToken))
            {
                continue;
            }

            // The subject of its sentence, or the one person whose known gender is the title's ("la dirigeante" after
            // "la présidente de la Commission, Ursula von der Leyen").
            var gender = GenderOf(person);
            bool opensSentence = _t.SentenceStart(token) == token;
            if (opensSentence && GenderAgreement.Agrees(mention.Gender, gender) || mention.Gender != Gender.Unknown && gender == mention.Gender)
            {
                return (person.Name, EntityLabel.Person, gender, false);
            }
        }

        return null;
    }

    /// <summary>Where the last quote content that ends at or before <paramref name="position"/> ends, or -1 (binary search: the contents are in text order).</summary>
    private int LastQuoteEndBefore(int position)
    {
        int before = QuotesBefore(position, byEnd: true);
        return before > 0 ? _quoteContents[before - 1].End : -1;
    }

    private int LastPersonBefore(int position) => LastBefore(_people, position);
}
