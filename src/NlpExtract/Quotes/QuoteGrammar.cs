using NlpExtract.Entities;

namespace NlpExtract.Quotes;

/// <summary>A reporting cue found in the text: its tokens and the verb reading it rests on (null for selon, d'après, a colon).</summary>
internal readonly record struct Cue(int First, int Last, ReportingVerb? Verb);

/// <summary>An incise: the cue, the speaker it introduces, and the token that ends it (the comma or period after it).</summary>
internal readonly record struct Incise(Cue Cue, SpeakerMention Speaker, int End);

/// <summary>
/// The local rules of French reported speech over one document: where a reporting verb acts as a cue, the incise with its
/// inverted subject, the subject before a verb, the noun phrase after selon. Every rule reads a bounded window of tokens,
/// so the whole extraction stays linear in the length of the text.
/// </summary>
internal sealed class QuoteGrammar
{
    private const int MaxNounPhraseTokens = 14;
    private const int MaxLookBack = 40;

    private readonly QuoteText _t;
    private readonly ReportingVerbLexicon _verbs;
    private readonly EntityLexicon _names;

    public QuoteGrammar(QuoteText text, ReportingVerbLexicon verbs, EntityLexicon names)
    {
        _t = text;
        _verbs = verbs;
        _names = names;
    }

    public QuoteText Text => _t;

    /// <summary>
    /// The reporting-verb reading of token <paramref name="i"/> that has one of <paramref name="frames"/>, with the cue it
    /// heads (auxiliary and adverbs on the left, a fixed tail such as "savoir" on the right); null where the word is a noun
    /// (le juge, la note), a name, or a participle with nothing to carry it.
    /// </summary>
    public Cue? VerbCueAt(int i, ReportingFrames frames, bool allowInfinitive = false)
    {
        if (!_t.IsWord(i) || _t.Tokens[i].Length > 24)
        {
            return null;
        }

        var readings = _verbs.Lookup(_t.Word(i));
        if (readings.IsEmpty)
        {
            return null;
        }

        // A capital inside a sentence marks a name (Dit, Note), and a determiner before marks a noun (le juge, l'estime).
        if ((_t.IsCapitalized(i) && i != _t.SentenceStart(i)) || _t.In(i - 1, QuoteWords.Determiners) && !_t.In(i - 2, QuoteWords.Pronouns))
        {
            return null;
        }

        // Prefer the reading the context asks for: the pronominal verb after a reflexive (se dit → se dire), the participle
        // after an auxiliary (a fait savoir), then the others in file order.
        bool reflexiveBefore = _t.In(SkipBack(i - 1, QuoteWords.Auxiliaries, 1) , QuoteWords.Reflexives) || _t.In(i - 1, QuoteWords.Reflexives);
        bool auxiliaryBefore = _t.In(SkipBackAdverbs(i - 1, 3), QuoteWords.Auxiliaries);
        Span<int> order = stackalloc int[Math.Min(readings.Length, 16)];
        int count = 0;
        for (int pass = 0; pass < 3; pass++)
        {
            for (int r = 0; r < readings.Length && count < order.Length; r++)
            {
                var reading = readings[r];
                int rank = reflexiveBefore && reading.Verb.Pronominal ? 0 : auxiliaryBefore && reading.Kind == VerbFormKind.Participle ? 1 : 2;
                if (rank == pass)
                {
                    order[count++] = r;
                }
            }
        }

        foreach (int r in order[..count])
        {
            var reading = readings[r];
            if ((reading.Verb.Frames & frames) == 0)
            {
                continue;
            }

            int last = i;
            if (reading.Verb.Tail.Length > 0)
            {
                bool tailMatches = true;
                foreach (var word in reading.Verb.Tail)
                {
                    last++;
                    if (!_t.Is(last, word) && !(word == "vœux" && _t.Is(last, "voeux")))
                    {
                        tailMatches = false;
                        break;
                    }
                }

                if (!tailMatches)
                {
                    continue;
                }
            }

            int first = i;
            switch (reading.Kind)
            {
                case VerbFormKind.Finite:
                    // "en avance", "de rappel": after a preposition the word is a noun.
                    if (_t.Is(i - 1, "en") || _t.Is(i - 1, "de") || _t.Is(i - 1, "à") || _t.Is(i - 1, "pour") || _t.Is(i - 1, "par"))
                    {
                        continue;
                    }

                    break;
                case VerbFormKind.Participle:
                    int aux = SkipBackAdverbs(i - 1, 3);
                    if (_t.Is(aux, "par") && _t.Is(aux + 1, "ailleurs"))
                    {
                        aux = SkipBackAdverbs(aux - 1, 2); // a par ailleurs indiqué
                    }
                    else if (IsPossessiveInsert(aux))
                    {
                        aux = SkipBackAdverbs(aux - 3, 2); // a pour sa part estimé, a de son côté indiqué
                    }
                    else if (IsQuantInsert(aux))
                    {
                        aux = SkipBackAdverbs(aux - 3, 2); // a quant à lui pointé
                    }

                    if (_t.In(aux, QuoteWords.InvertedClitics))
                    {
                        aux--; // a-t-il déclaré
                    }

                    if (_t.In(aux, QuoteWords.Auxiliaries))
                    {
                        // "il est invité à « goûter »", "des recours sont rejetés": être without a reflexive before it makes
                        // a passive, whose subject is asked or judged, not speaking ("s'est dit prêt" is pronominal).
                        if (_t.In(aux, QuoteWords.BeForms) && !reading.Verb.Pronominal && !_t.In(aux - 1, QuoteWords.Reflexives))
                        {
                            continue;
                        }

                        first = aux;
                    }
                    else if (!_t.Is(aux, "et"))
                    {
                        continue; // a bare participle is an adjective (la déclaration faite, le texte lu)
                    }

                    break;
                case VerbFormKind.PresentParticiple:
                    if (_t.Is(i - 1, "en"))
                    {
                        first = i - 1;
                    }

                    break;
                case VerbFormKind.Infinitive:
                    if (!allowInfinitive)
                    {
                        continue;
                    }

                    break;
            }

            if (reading.Verb.Pronominal)
            {
                int before = first - 1;
                if (!_t.In(before, QuoteWords.Reflexives))
                {
                    continue;
                }

                first = before;
            }

            if (IsNegated(first, last) || IsCounterfactual(first, last))
            {
                return null;
            }

            // "EQUAL signifie « égalité »", "cela signifie que…": in a simple tense signifier says what something means; "a
            // signifié que" notifies. "Il convient que…" is impersonal (it is fitting), not someone agreeing.
            if (reading.Verb.Lemma == "signifier" && first == last
                || reading.Verb.Lemma == "convenir" && _t.Is(first - 1, "il") && (IsQue(last + 1) || _t.In(last + 1, QuoteWords.Of)))
            {
                return null;
            }

            return new Cue(first, last, reading.Verb);
        }

        return null;
    }

    /// <summary>
    /// "On eût dit qu'elle dormait", "on aurait cru qu'il était mort", "il eût juré qu'elle n'avait que vingt ans": a verb
    /// of saying in the past subjunctive that stands for the conditional, or in the conditional after the impersonal "on",
    /// compares (it looked as if) and reports nothing. The conditional after a person stays a report ("il aurait dit que…",
    /// the allegation of news).
    /// </summary>
    private bool IsCounterfactual(int first, int last)
    {
        if (_t.Is(first, "eût") || _t.Is(first, "eussent") || _t.Is(first, "fût") || _t.Is(first, "fussent"))
        {
            return true;
        }

        int subject = SkipBack(first - 1, QuoteWords.Clitics, 2);
        if (!_t.Is(subject, "on"))
        {
            return false;
        }

        var verb = _t.Word(first);
        return verb.EndsWith("rait", StringComparison.Ordinal) || verb.EndsWith("raient", StringComparison.Ordinal)
               || last > first && _t.Word(last).EndsWith("rait", StringComparison.Ordinal);
    }

    /// <summary>n'a pas dit, ne dit jamais: a cue under negation reports nothing.</summary>
    private bool IsNegated(int first, int last)
    {
        int before = SkipBack(first - 1, QuoteWords.Clitics, 2);
        if (!_t.Is(before, "ne") && !_t.Is(before, "n'") && !_t.Is(before, "n’"))
        {
            return false;
        }

        for (int i = first; i <= last + 2 && i < _t.Count; i++)
        {
            if (_t.In(i, QuoteWords.Negations))
            {
                return true;
            }
        }

        // "Personne n'a dit que…", "Aucun ministre n'a affirmé…": the subject carries the negation.
        for (int i = before - 1; i >= 0 && i >= before - 3; i--)
        {
            if (_t.Is(i, "personne") || _t.Is(i, "rien") || _t.Is(i, "aucun") || _t.Is(i, "aucune") || _t.Is(i, "nul") || _t.Is(i, "nulle"))
            {
                return true;
            }
        }

        return false;
    }

    private int SkipBack(int i, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words, int max)
    {
        while (max-- > 0 && _t.In(i, words))
        {
            i--;
        }

        return i;
    }

    /// <summary>
    /// Steps back over at most <paramref name="max"/> adverbs inside a verb group: the listed ones and any lowercase word in
    /// -ment ("a seulement déclaré", "a longuement expliqué"), which between an auxiliary and its participle can only be an adverb.
    /// </summary>
    private int SkipBackAdverbs(int i, int max)
    {
        // (After "du" or an article a word in -ment is a noun: "Le chef du gouvernement a répondu".)
        while (max-- > 0 && (_t.In(i, QuoteWords.Adverbs) || IsMentAdverb(i) && !_t.In(i - 1, QuoteWords.Of) && !_t.In(i - 1, QuoteWords.Determiners)))
        {
            i--;
        }

        return i;
    }

    private bool IsMentAdverb(int i)
    {
        if (!_t.IsWord(i) || _t.IsCapitalized(i))
        {
            return false;
        }

        var word = _t.Word(i);
        return word.Length >= 6 && word.EndsWith("ment", StringComparison.Ordinal);
    }

    private int SkipAdverbials(int i, int limit)
    {
        for (int guard = 0; guard < 8 && i < limit; guard++)
        {
            if (_t.In(i, QuoteWords.Adverbs) || _t.IsDate(i))
            {
                i++;
            }
            else if (IsOnItsSide(i))
            {
                i += 3; // de son côté
            }
            else if (_t.Is(i, "par") && _t.Is(i + 1, "ailleurs") || _t.Is(i, "de") && _t.Is(i + 1, "nouveau") || _t.Is(i, "tout") && (_t.Is(i + 1, "bas") || _t.Is(i + 1, "haut")))
            {
                i += 2; // "murmura de nouveau Étienne", "dit tout bas la vieille"
            }
            else if (_t.Is(i, "à") && (_t.Is(i + 1, "son") || _t.Is(i + 1, "leur")) && _t.Is(i + 2, "tour") || _t.Is(i, "à") && _t.Is(i + 1, "voix") && (_t.Is(i + 2, "basse") || _t.Is(i + 2, "haute")))
            {
                i += 3; // "reprit à son tour le père", "dit à voix basse Catherine"
            }
            else if (IsMentAdverb(i))
            {
                i++; // "dit méchamment Zacharie", "répondit tranquillement la maraîchère"
            }
            else if (_t.In(i, QuoteWords.Prepositions) && ChannelPhraseEnd(i) is int end && end < limit)
            {
                i = end; // a indiqué dans un communiqué le vice-ministre…
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>
    /// Where a short prepositional phrase that names a channel or a place ends ("dans un communiqué", "à l'AFP", "devant la
    /// presse"), when a speaker phrase follows it; null when no determiner or name follows within a few words.
    /// </summary>
    private int? ChannelPhraseEnd(int preposition)
    {
        int q = preposition + 1;
        if (_t.In(q, QuoteWords.Determiners) || _t.In(q, QuoteWords.Of))
        {
            q++;
        }

        for (int next = q + 1; next <= q + 3 && next < _t.Count; next++)
        {
            if (IsClauseMark(next))
            {
                return null;
            }

            if (_t.In(next, QuoteWords.Determiners) && !_t.In(next, QuoteWords.Of) || _t.NameLabel(next) is EntityLabel.Person || IsPersonStart(next))
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>
    /// An incise that starts at token <paramref name="j"/>: a reporting verb with its subject inverted, as in
    /// «…», a-t-il déclaré / dit Bouvard / me dit Sérapion / a indiqué ce jeudi le ministère. Reads no further than
    /// <paramref name="limit"/> (exclusive).
    /// </summary>
    /// <param name="j">The token the incise would start at.</param>
    /// <param name="limit">The token reading stops before.</param>
    /// <param name="afterQuote">
    /// Right after words in quote marks or a dialogue dash: there the inverted subject of a reporting verb is the speaker
    /// whatever its noun ("— Non ! disait le substitut"); elsewhere the noun must be one for people.
    /// </param>
    public Incise? InciseAt(int j, int limit, bool afterQuote = false)
    {
        int k = j;
        for (int clitics = 0; clitics < 2 && k < limit && IsIndirectObjectClitic(k); clitics++)
        {
            k++;
        }

        if (k >= limit)
        {
            return null;
        }

        Cue cue;
        SpeakerMention? speaker;
        int after;
        // "est" is an auxiliary after a reflexive (s'est réjoui) or before an inverted pronoun (s'est-il dit); alone, a copula.
        if (_t.In(k, QuoteWords.Auxiliaries) && !_t.Is(k, "est") || _t.Is(k, "est") && (_t.In(k + 1, QuoteWords.InvertedClitics) || _t.In(k - 1, QuoteWords.Reflexives)))
        {
            int p = k + 1;
            int pronoun = -1;
            if (_t.In(p, QuoteWords.InvertedClitics))
            {
                pronoun = p++;
            }

            p = SkipAdverbials(p, limit);
            if (p >= limit || VerbCueAt(p, ReportingFrames.Incise) is not { } participle)
            {
                return null;
            }

            cue = new Cue(k > j && _t.In(k - 1, QuoteWords.Reflexives) ? k - 1 : k, participle.Last, participle.Verb); // s'est réjoui
            if (pronoun >= 0)
            {
                speaker = PronounMention(pronoun);
                after = participle.Last + 1;

                if (_t.Is(pronoun, "-t-on") && SourceOfImpersonalOn(after, limit) is { } source)
                {
                    speaker = source;
                    after = source.LastToken + 1;
                }
            }
            else
            {
                // "«…», a réagi le condamné": inverted after the quote as much as "dit le substitut" is.
                speaker = NounPhraseAfter(SkipAdverbials(participle.Last + 1, limit), limit, inverted: afterQuote);
                after = speaker is null ? limit : speaker.LastToken + 1;

                // "MM. Athos, Porthos et Aramis, avaient fait une partie de plaisir": a plural auxiliary before a singular
                // noun phrase is a verb and its object, not an incise.
                if (speaker is { Plural: false, Kind: not MentionKind.Pronoun } && _t.In(k, QuoteWords.PluralAuxiliaries))
                {
                    return null;
                }
            }
        }
        else if (VerbCueAt(k, ReportingFrames.Incise) is { } finite && finite.First >= j && finite.First <= k
                 && !_t.Word(finite.Last).EndsWith("ant", StringComparison.Ordinal) // "les gardes, reconnaissant sa jeunesse,": a participle heads no incise
                 && !(_t.Is(finite.First, "contre") && !(_t.Mark(j - 1) == ',' && _t.Mark(j - 2) is '»' or '”' or '"'))) // "à « amplifier la mobilisation » contre le projet", "…, contre Urbain Grandier": the preposition
        {
            cue = finite;
            if (_t.In(finite.Last + 1, QuoteWords.InvertedClitics))
            {
                speaker = PronounMention(finite.Last + 1);
                after = finite.Last + 2;
                if ((_t.Is(finite.Last + 1, "-t-on") || _t.Is(finite.Last + 1, "-on")) && SourceOfImpersonalOn(after, limit) is { } source)
                {
                    speaker = source;
                    after = source.LastToken + 1;
                }
            }
            else
            {
                speaker = NounPhraseAfter(SkipAdverbials(finite.Last + 1, limit), limit, inverted: afterQuote);
                after = speaker is null ? limit : speaker.LastToken + 1;
            }
        }
        else
        {
            return null;
        }

        if (speaker is null)
        {
            return null;
        }

        // "me faisaient des offres intéressantes", "a fait plusieurs allers et retours": faire heads an incise only with a
        // pronoun, a name or a noun for people after it ("fit-il", "fit la vieille", "fit l'autre").
        if (cue.Verb?.Lemma == "faire" && speaker.Kind == MentionKind.NounPhrase && speaker.Label is null
            && !(speaker.FirstToken + 1 <= speaker.LastToken && (QuoteWords.PersonNouns.Contains(_t.Word(speaker.FirstToken + 1)) || IsTitle(_t.Word(speaker.FirstToken + 1))
                                                                 || _t.Word(speaker.FirstToken + 1) is "autre" or "un" or "une")))
        {
            return null;
        }

        // The incise runs to the next comma or period: "dit-elle d'une voix languissante, que fais-tu ?"
        int end = after;
        while (end < limit && end < after + 30 && !IsClauseMark(end))
        {
            end++;
        }

        return new Incise(cue, speaker, Math.Min(end, limit - 1));
    }

    /// <summary>
    /// "a-t-on appris auprès du parquet", "assure-t-on à l'Élysée", "indique-t-on au ministère de l'Intérieur": the
    /// impersonal "on" of an incise speaks for, or learnt it from, the place or body the phrase after it names; null when
    /// no such phrase follows at <paramref name="after"/>.
    /// </summary>
    private SpeakerMention? SourceOfImpersonalOn(int after, int limit)
    {
        // "a-t-on appris lundi auprès de la SNCF", "indique-t-on toutefois à Matignon": adverbs and dates first (not the
        // prepositional phrases SkipAdverbials also passes: the source is one).
        for (int guard = 0; guard < 4 && after < limit && (_t.In(after, QuoteWords.Adverbs) || _t.IsDate(after) || IsMentAdverb(after)); guard++)
        {
            after++;
        }

        if (after + 1 >= limit)
        {
            return null;
        }

        int p;
        if (_t.Is(after, "de") && (_t.Is(after + 1, "source") || _t.Is(after + 1, "sources")) && _t.IsWord(after + 2) && !_t.IsCapitalized(after + 2)
            && !_t.In(after + 2, QuoteWords.Boundaries))
        {
            // "a-t-on appris de source judiciaire", "de sources diplomatiques", "de source proche du dossier": the kind of
            // source, with no article, as "une source proche de l'enquête" is named after an incise.
            int end = after + 2;
            if ((_t.Is(end, "proche") || _t.Is(end, "proches")) && _t.In(end + 1, QuoteWords.Of) && end + 2 < limit)
            {
                int q = _t.In(end + 2, QuoteWords.Determiners) ? end + 3 : end + 2;
                int reach = q + 3; // "du dossier", "de l'enquête judiciaire en cours"
                while (q < limit && q <= reach && (_t.IsWord(q) && !_t.In(q, QuoteWords.Boundaries) || _t.NameLabel(q) is not null))
                {
                    end = q++;
                }
            }

            return new SpeakerMention(_t.Span(after + 1, end), MentionKind.NounPhrase, null, after + 1, end, Gender.Feminine, _t.Is(after + 1, "sources"));
        }

        if (_t.Is(after, "auprès"))
        {
            p = _t.Is(after + 1, "de") || _t.Is(after + 1, "d'") || _t.Is(after + 1, "d’") ? after + 2 : after + 1;
        }
        else if (_t.Is(after, "au") || _t.Is(after, "aux"))
        {
            // "au ministère de l'Intérieur" (a name), "indique-t-on au commissariat", "au parquet de Metz": the article is
            // inside "au", so the body is the noun, and the name after "de" when one follows.
            if (NounPhraseAfter(after + 1, limit) is { } named)
            {
                return named;
            }

            int body = after + 1;
            if (!_t.In(body, QuoteWords.Institutions))
            {
                return null;
            }

            int last = body;
            if (_t.In(body + 1, QuoteWords.Of) && body + 2 < limit && _t.NameLabel(body + 2) is not null)
            {
                last = Math.Min(_t.EntityTokens(body + 2).Last, limit - 1);
            }

            return new SpeakerMention(_t.Span(body, last), MentionKind.NounPhrase, EntityLabel.Organization, body, last, Gender.Masculine, _t.Is(after, "aux"));
        }
        else if (_t.Is(after, "à") || _t.Is(after, "chez"))
        {
            p = after + 1;
        }
        else if (_t.Is(after, "dans") && _t.In(after + 1, QuoteWords.Determiners) && _t.In(after + 2, QuoteWords.CircleNouns))
        {
            // "affirme-t-on dans l'entourage du commissaire", "dans le camp présidentiel": the circle speaks.
            p = after + 1;
        }
        else
        {
            return null;
        }

        // "a-t-on annoncé hier à Alger", "indiquait-on à Bruxelles": a town, named without an article, says where it was
        // said, not who said it; "assure-t-on à l'Élysée" names the presidency.
        return NounPhraseAfter(p, limit) is { } source && (source.Label != EntityLabel.Location || _t.In(p, QuoteWords.Determiners)) ? source : null;
    }

    private bool IsIndirectObjectClitic(int i)
        => _t.Is(i, "me") || _t.Is(i, "m'") || _t.Is(i, "m’") || _t.Is(i, "lui") || _t.Is(i, "leur") || _t.Is(i, "nous")
           || _t.Is(i, "vous") || _t.Is(i, "te") || _t.Is(i, "t'") || _t.Is(i, "t’") || _t.Is(i, "se") || _t.Is(i, "s'") || _t.Is(i, "s’");

    public bool IsClauseMark(int i) => _t.Mark(i) is ',' or ';' or '.' or '!' or '?' or ':' or '…' || _t.Is(i, "...");

    /// <summary>The pronoun inside an inverted clitic token (-t-il → il) or a plain pronoun token.</summary>
    public SpeakerMention PronounMention(int i)
    {
        if (_t.Is(i, "on") && SideSpokenFor(i) is { } side)
        {
            return side;
        }

        var token = _t.Tokens[i];
        var word = _t.Word(i);
        // "-t-il" → "il"; but "celle-ci", "celui-là" are whole pronouns.
        int offset = word.StartsWith("cel", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ceu", StringComparison.OrdinalIgnoreCase)
            ? 0 : word.LastIndexOf('-') + 1;
        var pronoun = word[offset..];
        if (offset == 0 && pronoun.IndexOf('-') is > 0 and var hyphen)
        {
            pronoun = pronoun[..hyphen]; // "celles-ci": gender and number are those of "celles"
        }

        var gender = pronoun.StartsWith("elle", StringComparison.OrdinalIgnoreCase) || pronoun.StartsWith("celle", StringComparison.OrdinalIgnoreCase) ? Gender.Feminine
            : pronoun.StartsWith("il", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("lui", StringComparison.OrdinalIgnoreCase)
              || pronoun.Equals("eux", StringComparison.OrdinalIgnoreCase) || pronoun.StartsWith("celui", StringComparison.OrdinalIgnoreCase)
              || pronoun.StartsWith("ceux", StringComparison.OrdinalIgnoreCase) ? Gender.Masculine : Gender.Unknown;
        bool plural = pronoun.EndsWith('s') || pronoun.Equals("eux", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("ceux", StringComparison.OrdinalIgnoreCase);
        return new SpeakerMention(new TextSpan(token.Start + offset, token.End), MentionKind.Pronoun, null, i, i, gender, plural);
    }

    /// <summary>
    /// "Du côté de la direction, on se dit « ouvert au dialogue »", "À Matignon, on assure que…", "Chez Renault, on
    /// indique que…": the "on" right after the phrase that opens its sentence with the side, the house or the seat of
    /// power it speaks for is that side, when the phrase can name a speaker (a name, an organization, people); null otherwise
    /// ("À l'époque, on pensait que…").
    /// </summary>
    private SpeakerMention? SideSpokenFor(int on)
    {
        int comma = on - 1;
        int start = _t.SentenceStart(on);
        if (_t.Mark(comma) != ',' || comma - start > 10 || comma - start < 2)
        {
            return null;
        }

        int p = start;
        if (_t.Is(p, "du") && _t.Is(p + 1, "côté") && (_t.Is(p + 2, "de") || _t.Is(p + 2, "du") || _t.Is(p + 2, "des")))
        {
            p += _t.Is(p + 2, "de") ? 3 : 2; // "Du côté du gouvernement": the article of "du" is the noun phrase's
            if (_t.Is(p, "du") || _t.Is(p, "des"))
            {
                return NounPhraseAfter(p + 1, comma);
            }
        }
        else if (_t.Is(p, "côté") || _t.Is(p, "chez") || _t.Is(p, "à"))
        {
            p++;
        }
        else if (_t.Is(p, "au") || _t.Is(p, "aux"))
        {
            return NounPhraseAfter(p + 1, comma);
        }
        else
        {
            return null;
        }

        return NounPhraseAfter(p, comma);
    }

    /// <summary>
    /// The speaker noun phrase that starts at token <paramref name="p"/>: a name, a pronoun, or a determiner and its noun
    /// with complements (le ministère russe des Affaires étrangères). A name in apposition wins over the title before it
    /// (le porte-parole, Ari Fleischer → Ari Fleischer); the author wins over the channel (un communiqué de la présidence
    /// → la présidence). Unless <paramref name="inverted"/>, a common noun phrase must be able to name someone who speaks.
    /// </summary>
    /// <param name="p">The token the noun phrase starts at.</param>
    /// <param name="limit">The token the noun phrase stops before.</param>
    /// <param name="inverted">
    /// The subject of a reporting verb inverted after a quote ("— Non ! disait le substitut"): the inversion already says
    /// it is the speaker, so its head need not be a noun known for people.
    /// </param>
    public SpeakerMention? NounPhraseAfter(int p, int limit, bool inverted = false)
    {
        if (p >= limit || p >= _t.Count)
        {
            return null;
        }

        // A noun phrase ends with its paragraph: "…», prévient la CGT-Cheminots⏎⏎PARIS, 2 décembre (AFP)": a headline with
        // no final stop is followed by the dateline, whose capitals belong to no name of the headline.
        // (Looked for over a noun phrase's length only, so that a paragraph of a megabyte costs no scan per cue.)
        for (int k = p + 1; k < limit && k < _t.Count && k <= p + 64; k++)
        {
            if (_t.StartsParagraph(k))
            {
                limit = k;
                break;
            }
        }

        if (_t.In(p, QuoteWords.Pronouns) && !_t.In(p, QuoteWords.Determiners))
        {
            return PronounMention(p);
        }

        // "Bouvard et Pécuchet reprirent ensemble :": two persons joined by "et" speak together.
        if (_t.NameLabel(p) == EntityLabel.Person && _t.EntityTokens(p).Last is var firstEnd && _t.Is(firstEnd + 1, "et")
            && firstEnd + 2 < limit && _t.NameLabel(firstEnd + 2) == EntityLabel.Person && _t.EntityTokens(firstEnd + 2).Last < limit)
        {
            var (pairFirst, _) = _t.EntityTokens(p);
            int pairLast = _t.EntityTokens(firstEnd + 2).Last;
            return new SpeakerMention(_t.Span(pairFirst, pairLast), MentionKind.Name, EntityLabel.Person, pairFirst, pairLast, Gender.Unknown, true);
        }

        if (_t.NameLabel(p) is { } label)
        {
            // The entity model sometimes calls a person an organization ("Mikhaïl Bogdanov" as ORG): a first name or a
            // title in front settles it.
            if (label == EntityLabel.Organization && IsPersonStart(_t.EntityTokens(p).First))
            {
                return NameMention(p, EntityLabel.Person) with { Gender = FirstNames.GenderOf(_t.Word(_t.EntityTokens(p).First)) };
            }

            return NameMention(p, label);
        }

        // "murmura d'Artagnan", "répondit d'Alembert": after a verb of speech, "d'" and a capital are a name with its
        // particle, the inverted subject (elsewhere "d'Espagne" is a complement).
        if (inverted && (_t.Is(p, "d'") || _t.Is(p, "d’")) && _t.IsCapitalized(p + 1) && p + 1 < limit && _t.NameLabel(p + 1) is null or EntityLabel.Person)
        {
            var run = CapitalizedRun(p + 1, limit);
            return new SpeakerMention(_t.Span(p, run.LastToken), MentionKind.Name, EntityLabel.Person, p, run.LastToken, Gender.Unknown, false);
        }

        // "répéta madame François", "dit monsieur Claude": a civility written in lowercase, as narration writes it, and the name.
        if (!_t.IsCapitalized(p) && _t.In(p, QuoteWords.Civilities) && p + 1 < limit && _t.NameLabel(p + 1) == EntityLabel.Person)
        {
            var gender = _t.In(p, QuoteWords.FeminineCivilities) ? Gender.Feminine : Gender.Masculine;
            return NameMention(p + 1, EntityLabel.Person) with { Gender = gender };
        }

        if (_t.IsCapitalized(p) && !_t.In(p, QuoteWords.Determiners) && !_t.In(p, QuoteWords.Boundaries))
        {
            // A capital that opens a sentence is a name when the word is capitalized elsewhere too, is a first name, or is
            // followed by another name ("Sergueï Lavrov note…"); a headline "Barrot :" is a name before its colon.
            // "Gaza : Guterres dénonce…": after a headline's topic and colon, a capitalised word before the verb is a name.
            bool named = _t.IsNameLike(p) || IsPersonStart(p) || _t.In(p, QuoteWords.Civilities)
                         || _t.IsCapitalized(p + 1) && _t.IsNameLike(p + 1) || _t.Mark(p + 1) == ':' && p + 1 == limit
                         || _t.Mark(p - 1) == ':' && p + 1 == limit && _t.StartsParagraph(_t.SentenceStart(p))
                         || IsBareNameBeforeVerb(p, limit);
            return named ? CapitalizedRun(p, limit) : null;
        }

        if (!_t.In(p, QuoteWords.Determiners))
        {
            return null;
        }

        // "écrit l'un d'eux", "répondit l'autre": one of a group the text does not name apart.
        if ((_t.Is(p, "l'") || _t.Is(p, "l’")) && p + 1 < limit && (_t.Is(p + 1, "un") || _t.Is(p + 1, "une") || _t.Is(p + 1, "autre")))
        {
            int one = p + 1;
            if ((_t.Is(one + 1, "d'") || _t.Is(one + 1, "d’")) && one + 2 < limit && (_t.Is(one + 2, "eux") || _t.Is(one + 2, "elles")))
            {
                one += 2;
            }

            bool feminine = _t.Is(p + 1, "une") || _t.Is(one, "elles");
            return new SpeakerMention(_t.Span(p, one), MentionKind.NounPhrase, null, p, one, feminine ? Gender.Feminine : Gender.Unknown, false);
        }

        int q = p + 1;
        int last = p;
        int person = -1;
        int organization = -1;
        while (q < limit && q < p + MaxNounPhraseTokens)
        {
            if (_t.NameLabel(q) is { } inner)
            {
                var (_, entityLast) = _t.EntityTokens(q);
                // A person after "de" is a complement ("l'auteur du programme de Lionel Jospin"), not the one who speaks.
                if (inner == EntityLabel.Person && !_t.In(q - 1, QuoteWords.Of) && !(_t.In(q - 1, QuoteWords.Determiners) && _t.In(q - 2, QuoteWords.Of)))
                {
                    person = q;
                }
                else if (organization < 0)
                {
                    organization = q;
                }

                last = Math.Min(entityLast, limit - 1);
                q = last + 1;
                continue;
            }

            // "Un des messieurs prononça :", "aucun des officiers": a quantifier takes its noun after "des".
            if (_t.In(q, QuoteWords.Of) && (q > p + 1 || _t.In(p, QuoteWords.PartitiveQuantifiers)))
            {
                int next = q + 1;
                if (_t.In(next, QuoteWords.Determiners))
                {
                    next++;
                }

                if (next < limit && (_t.IsWord(next) || _t.NameLabel(next) is not null) && !_t.In(next, QuoteWords.Boundaries))
                {
                    q = next;
                    continue;
                }

                break;
            }

            // ("dit le roi mélancoliquement": an adverb in -ment ends the noun phrase.)
            // (Not a noun in -ment after its article or "de": "le chef du gouvernement", "le gouvernement israélien".)
            bool adverb = IsMentAdverb(q) && q > p + 1 && !_t.In(q - 1, QuoteWords.Of) && !_t.In(q - 1, QuoteWords.Determiners);
            // "les deux dirigeants", "ses trois enfants", "les 300 salariés": a number right after the article counts the noun.
            if (q == p + 1 && q + 1 < limit && (_t.IsNumber(q) || _t.In(q, QuoteWords.Cardinals)) && _t.In(p, QuoteWords.PluralDeterminers)
                && _t.IsWord(q + 1) && !_t.In(q + 1, QuoteWords.Boundaries) && !_t.In(q + 1, QuoteWords.Determiners))
            {
                last = q++;
                continue;
            }

            if (_t.IsWord(q) && !_t.In(q, QuoteWords.Boundaries) && !_t.In(q, QuoteWords.Adverbs) && !_t.IsDate(q) && !adverb
                && !_t.In(q, QuoteWords.Determiners) && !_t.In(q, QuoteWords.Clitics) && !_t.In(q, QuoteWords.Pronouns)
                && (_verbs.Lookup(_t.Word(q)).IsEmpty || _t.In(q - 1, QuoteWords.Determiners)) && !LooksFiniteVerb(q)
                && !IsParticipleWithComplement(q))
            {
                last = q++;
                continue;
            }

            break;
        }

        if (last == p)
        {
            return null;
        }

        // "l'UNAPEI", "la Sonacotra": a determiner before a name the entity model did not mark ("la Belge" is a person's
        // description, and "son PDG" a title in capitals, both read below as noun phrases).
        if (person < 0 && organization < 0 && _t.IsCapitalized(p + 1) && Enumerable.Range(p + 1, last - p).All(_t.IsCapitalized)
            && !(last == p + 1 && (Demonyms.Contains(_t.Word(p + 1)) || IsTitle(_t.Word(p + 1)))))
        {
            var run = CapitalizedRun(p + 1, last + 1);
            return run with { Label = IsAcronym(p + 1) ? EntityLabel.Organization : null };
        }

        // "le propriétaire, Jean Motsch", "la secrétaire à l'Intérieur (Environnement), Gale Norton": the name in
        // apposition is the speaker.
        for (int i = last + 1; i < limit - 1 && i <= last + 10; i++)
        {
            if (_t.Mark(i) is '.' or ';' or ':' or '«' or '»' or '!' or '?')
            {
                break;
            }

            if (_t.Mark(i) == ',')
            {
                // "son économiste en chef, Indermit Gill": a given name no list knows, right before the surname the model
                // found, opens the name in apposition too.
                if (IsPersonStart(i + 1) || _t.IsCapitalized(i + 1) && _t.NameLabel(i + 1) is null && _t.NameLabel(i + 2) == EntityLabel.Person)
                {
                    return PersonAt(i + 1, limit);
                }

                break;
            }
        }

        if (person >= 0)
        {
            // "Le lieutenant Otto et le sous-lieutenant Fritz répondirent": two persons, each with a title, speak together.
            var (personFirst, personLast) = _t.EntityTokens(person);
            if (last <= personLast + 1 && _t.Is(personLast + 1, "et"))
            {
                int k = personLast + 2;
                while (k < limit && k <= personLast + 5 && _t.NameLabel(k) is null && (_t.In(k, QuoteWords.Determiners) || _t.IsWord(k) && !_t.IsCapitalized(k) && IsTitle(_t.Word(k))))
                {
                    k++;
                }

                if (k < limit && k > personLast + 2 && _t.NameLabel(k) == EntityLabel.Person && _t.EntityTokens(k).Last < limit)
                {
                    int pairLast = _t.EntityTokens(k).Last;
                    return new SpeakerMention(_t.Span(personFirst, pairLast), MentionKind.Name, EntityLabel.Person, personFirst, pairLast, Gender.Unknown, true);
                }
            }

            return NameMention(person, EntityLabel.Person);
        }

        // "le secrétaire-général de l'ONU Kofi Annan": a title and a name the entity model did not mark; the title may
        // come after an adjective ("le nouveau Premier ministre russe Sergueï Stépachine").
        bool titled = false;
        for (int i = p + 1; i <= last && i <= p + 3 && !titled; i++)
        {
            titled = IsTitle(_t.Word(i));
        }

        if (TrailingName(p + 1, last, titled) is { } trailing)
        {
            return trailing;
        }

        // "le quotidien Le Monde", "l'agence Reuters", "la radio RTL", "le syndicat CGT-Cheminots": the publication or the
        // organization named after its kind speaks.
        if ((QuoteWords.MediaNouns.Contains(_t.Word(p + 1)) || QuoteWords.OrganizationNouns.Contains(_t.Word(p + 1))) && p + 2 < limit && _t.IsCapitalized(p + 2))
        {
            return _t.NameLabel(p + 2) is EntityLabel.Organization or EntityLabel.Person
                ? NameMention(p + 2, EntityLabel.Organization)
                : CapitalizedRun(p + 2, limit) with { Label = EntityLabel.Organization };
        }

        if (_t.In(p + 1, QuoteWords.SourceNouns))
        {
            if (organization >= 0)
            {
                return NameMention(organization, _t.NameLabel(organization)!.Value);
            }

            // "un sondage Ifop", "le rapport Oxfam": the name right after the source noun is its author.
            if (p + 2 <= last && _t.IsCapitalized(p + 2) && !_t.In(p + 2, QuoteWords.Determiners))
            {
                return CapitalizedRun(p + 2, last + 1) with { Label = EntityLabel.Organization };
            }

            int of = p + 2;
            while (of <= last && !_t.In(of, QuoteWords.Of))
            {
                of++;
            }

            // "une source proche du dossier", "des sources proches de l'enquête": whom a source is close to does not speak.
            bool closeTo = of > p + 2 && (_t.Is(of - 1, "proche") || _t.Is(of - 1, "proches"));
            if (of < last && !closeTo)
            {
                return NounPhrase(of + 1, last); // "de la présidence yougoslave" → "la présidence yougoslave"
            }

            // "un sondage réalisé par l'IFOP": the author is named further in the clause, after "par".
            for (int i = last + 1; i < limit && i < last + 25 && _t.Mark(i) is not '.' and not ';' and not ':'; i++)
            {
                if (_t.NameLabel(i) is EntityLabel.Organization or EntityLabel.Person
                    && (_t.Is(i - 1, "par") || _t.In(i - 1, QuoteWords.Determiners) && _t.Is(i - 2, "par") || QuoteWords.MediaNouns.Contains(_t.Word(i - 1))
                        || _t.IsWord(i - 2) && QuoteWords.MediaNouns.Contains(_t.Word(i - 2))))
                {
                    return NameMention(i, _t.NameLabel(i)!.Value);
                }
            }
        }

        // "la France", "l'UNAPEI": a name behind its determiner; "la guérilla marxiste des FARC": the organization is who speaks,
        // unless the head is itself an organization or a role (le ministère des Affaires étrangères, le président du Sénat).
        if (organization == p + 1 && _t.EntityTokens(organization).Last == last)
        {
            return NameMention(organization, _t.NameLabel(organization)!.Value);
        }

        // "le syndicat CGT", "le groupe Renault", "le parti LR": a name right after its organization head noun is the
        // organization itself (unlike "le ministère des Affaires étrangères", whose name follows a "de").
        if (organization == p + 2 && _t.EntityTokens(organization).Last == last && _t.NameLabel(organization) == EntityLabel.Organization
            && (_names.Classify(_t.Word(p + 1)) & LexiconClass.OrganizationHead) != 0)
        {
            return NameMention(organization, EntityLabel.Organization);
        }

        if (organization > p + 1 && !titled && (_names.Classify(_t.Word(p + 1)) & LexiconClass.OrganizationHead) == 0
            && _t.NameLabel(organization) == EntityLabel.Organization)
        {
            return NameMention(organization, EntityLabel.Organization);
        }

        // "la guérilla marxiste des FARC" when the entity model left the acronym unmarked.
        if (organization < 0 && person < 0 && !titled && last > p + 2 && IsAcronym(last) && _t.In(last - 1, QuoteWords.Of)
            && (_names.Classify(_t.Word(p + 1)) & LexiconClass.OrganizationHead) == 0)
        {
            return CapitalizedRun(last, last + 1) with { Label = EntityLabel.Organization };
        }

        // Only a person, a group or an organization speaks: "la saison", "son balcon" are not speakers.
        if (_t.Is(last, "et"))
        {
            last--;
        }

        // "dit l'autre", "répondit l'un": a pronoun in all but name, which names no one by itself; it is still the incise's
        // subject ("— C'est loin, fit l'autre en hochant la tête." ends the line there), and the resolver says whom it takes up.
        if (inverted && last == p + 1 && _t.Word(p + 1) is "autre" or "un" or "une")
        {
            return NounPhrase(p, last);
        }

        // "Les autres, tout à fait saouls, saisirent leurs verres en vociférant :": the rest of the people present.
        bool theOthers = last == p + 1 && _t.Is(p, "les") && _t.Is(last, "autres");
        return inverted || theOthers || IsAnimateHead(p + 1, last) ? NounPhrase(p, last) : null;
    }

    /// <summary>
    /// Whether the noun phrase whose head is token <paramref name="head"/> can name someone who speaks: a title, a noun for
    /// people, an organization head, a plural of agents (-eurs, -iers, -istes), or a name inside it.
    /// </summary>
    private bool IsAnimateHead(int head, int last)
    {
        // "Mais mon cœur me répondit avec un battement :": one's heart or conscience, made a voice of its own.
        if (head == last && _t.Word(head) is "cœur" or "coeur" or "conscience" && _t.In(head - 1, QuoteWords.Possessives))
        {
            return true;
        }

        // "Une main fine avait tracé sur la feuille :": an unseen person's hand, as "une voix" is their voice.
        if (_t.Is(head, "main") && _t.Is(head - 1, "une"))
        {
            return true;
        }

        for (int i = head; i <= last && i <= head + 2; i++)
        {
            var word = _t.Word(i);
            // ("Le Français a rappelé que…", "la Belge": a noun of nationality after its article is a person.)
            if (IsTitle(word) || QuoteWords.PersonNouns.Contains(word) || QuoteWords.OccupationNouns.Contains(word) || (_names.Classify(word) & LexiconClass.OrganizationHead) != 0
                || QuoteWords.OrganizationNouns.Contains(word) || i == head && Demonyms.Contains(word)
                || QuoteWords.SourceNouns.Contains(word) || _t.NameLabel(i) is not null)
            {
                return true;
            }

            // "les premiers éléments de l'enquête": adjectives of rank or extent share the agents' endings (alone they are
            // a person: "ce dernier").
            if (i < last && word is "premier" or "premiers" or "première" or "premières" or "dernier" or "derniers" or "dernière" or "dernières"
                or "entier" or "entiers" or "entière" or "entières")
            {
                continue;
            }

            if (word.Length > 4 && (HasAgentEnding(word)
                                    || word.EndsWith("ier", StringComparison.Ordinal) || word.EndsWith("ière", StringComparison.Ordinal)
                                    || word.EndsWith("iers", StringComparison.Ordinal) || word.EndsWith("ières", StringComparison.Ordinal)
                                    || word.EndsWith("ien", StringComparison.Ordinal) || word.EndsWith("ienne", StringComparison.Ordinal)
                                    || word.EndsWith("iens", StringComparison.Ordinal) || word.EndsWith("ants", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        for (int i = head; i <= last; i++)
        {
            if (_t.NameLabel(i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private SpeakerMention NameMention(int i, EntityLabel label)
    {
        var (first, last) = _t.EntityTokens(i);
        var gender = Gender.Unknown;
        if (_t.In(first - 1, QuoteWords.FeminineCivilities) || _t.In(first, QuoteWords.FeminineCivilities))
        {
            gender = Gender.Feminine;
        }
        else if (_t.In(first - 1, QuoteWords.MasculineCivilities) || _t.In(first, QuoteWords.MasculineCivilities))
        {
            gender = Gender.Masculine;
        }

        return new SpeakerMention(_t.Span(first, last), MentionKind.Name, label, first, last, gender, false);
    }

    /// <summary>A person's name starts here: a PER entity, or a known first name followed by a capitalized word.</summary>
    public bool IsPersonStart(int i)
        => _t.NameLabel(i) == EntityLabel.Person
           || _t.IsCapitalized(i) && _t.NameLabel(i) is null or EntityLabel.Organization && !IsAcronym(i)
              && (FirstNames.GenderOf(_t.Word(i)) != Gender.Unknown || _t.IsCapitalized(i + 1) && !IsAcronym(i + 1) && _t.IsNameLike(i + 1) && TitleBefore(i));

    /// <summary>A title shortly before token <paramref name="i"/>, with only lowercase words between (le vice-ministre russe Mikhaïl…).</summary>
    private bool TitleBefore(int i)
    {
        for (int j = i - 1; j >= 0 && j >= i - 3 && _t.IsWord(j) && !_t.IsCapitalized(j); j--)
        {
            if (IsTitle(_t.Word(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word in capitals (ONU, UNAPEI): an organization's acronym, never a person's name.</summary>
    public bool IsAcronym(int i)
    {
        if (!_t.IsWord(i) || _t.Tokens[i].Length < 2)
        {
            return false;
        }

        foreach (var c in _t.Word(i))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private SpeakerMention PersonAt(int i, int limit)
    {
        if (_t.NameLabel(i) == EntityLabel.Person)
        {
            return NameMention(i, EntityLabel.Person);
        }

        var run = CapitalizedRun(i, limit);
        return run with { Label = EntityLabel.Person, Gender = FirstNames.GenderOf(_t.Word(i)) };
    }

    /// <summary>
    /// The capitalized words that end a noun phrase after a title (le président Jacques Chirac, l'ambassadeur de
    /// Yougoslavie Borislav Milosevic): the name starts at a known first name, else after the complement's own name.
    /// </summary>
    private SpeakerMention? TrailingName(int head, int last, bool titled)
    {
        int start = last + 1;
        while (start - 1 > head && _t.IsCapitalized(start - 1) && !_t.In(start - 1, QuoteWords.Determiners))
        {
            start--;
        }

        if (start > last || start <= head)
        {
            return null;
        }

        // "la présidente du groupe RN": an acronym or an organization's name at the end is the complement; "de l'ONU Kofi
        // Annan": the name follows it.
        // A name right after the title word is its holder whatever the entity model called it ("le président Moubarak").
        // ("l'attaquant du Real Madrid": an organization's name after "de" is the complement, whatever its first word looks like.)
        while (start <= last && (IsAcronym(start) || _t.NameLabel(start) is EntityLabel.Organization or EntityLabel.Location
                                 && (!IsPersonStart(start) || _t.In(start - 1, QuoteWords.Of) || _t.In(start - 1, QuoteWords.Determiners) && _t.In(start - 2, QuoteWords.Of)))
               && !(titled && !IsAcronym(start) && IsTitle(_t.Word(start - 1))))
        {
            start = _t.NameLabel(start) is not null ? _t.EntityTokens(start).Last + 1 : start + 1;
        }

        if (start > last)
        {
            return null;
        }

        int named = -1;
        for (int i = start; i < last; i++)
        {
            // A place that is also a first name ("la maire de Paris Anne Hidalgo") is the place.
            var classes = _names.Classify(_t.Word(i));
            if ((classes & LexiconClass.Place) == 0 && (FirstNames.GenderOf(_t.Word(i)) != Gender.Unknown || (classes & LexiconClass.FirstName) != 0))
            {
                named = i;
                break;
            }
        }

        // "l'auteur du programme de Lionel Jospin": a whole name after "de" is the complement, not the title's holder.
        if (named == start && (_t.In(start - 1, QuoteWords.Of) || _t.In(start - 1, QuoteWords.Determiners) && _t.In(start - 2, QuoteWords.Of)))
        {
            return null;
        }

        if (named < 0)
        {
            if (!titled)
            {
                return null;
            }

            // "de Yougoslavie Borislav Milosevic": after a complement's preposition the first capital is the complement.
            named = last - start + 1 >= 3 && (_t.In(start - 1, QuoteWords.Of) || _t.In(start - 1, QuoteWords.Determiners)) ? start + 1 : start;
            if (last - start + 1 == 1 && (_t.In(start - 1, QuoteWords.Of) || _t.In(start - 1, QuoteWords.Determiners)))
            {
                return null; // "le président de la République": one capital after "de la" is the complement, not a name
            }
        }

        return new SpeakerMention(_t.Span(named, last), MentionKind.Name, EntityLabel.Person, named, last, FirstNames.GenderOf(_t.Word(named)), false);
    }

    private SpeakerMention CapitalizedRun(int p, int limit)
    {
        int last = p;
        while (last + 1 < limit && last < p + 5
               && (_t.IsCapitalized(last + 1) || (_t.In(last + 1, QuoteWords.Of) && _t.IsCapitalized(last + 2))))
        {
            last++;
        }

        if (!_t.IsCapitalized(last))
        {
            last--;
        }

        return new SpeakerMention(_t.Span(p, last), MentionKind.Name, null, p, last, Gender.Unknown, false);
    }

    private SpeakerMention NounPhrase(int first, int last)
    {
        var gender = _t.In(first, QuoteWords.FeminineDeterminers) ? Gender.Feminine
            : _t.Is(first, "le") || _t.Is(first, "un") || _t.Is(first, "ce") || _t.Is(first, "cet") || _t.Is(first, "son") || _t.Is(first, "mon") ? Gender.Masculine
            : Gender.Unknown;
        bool plural = _t.In(first, QuoteWords.PluralDeterminers);
        bool elided = _t.Is(first, "l'") || _t.Is(first, "l’");

        // "son amie", "mon épouse": before a vowel the possessive takes the masculine form whatever the noun, so the noun's
        // ending tells, as behind l'.
        bool possessiveBeforeVowel = (_t.Is(first, "son") || _t.Is(first, "mon") || _t.Is(first, "ton")) && first + 1 <= last
                                     && _t.Word(first + 1) is { Length: > 0 } next && "aeiouyhâàéèêîïôûAEIOUYHÉÈ".Contains(next[0]);
        if ((gender == Gender.Unknown && elided || possessiveBeforeVowel) && first + 1 <= last)
        {
            gender = NounGender(_t.Word(first + 1));
        }

        return new SpeakerMention(_t.Span(first, last), MentionKind.NounPhrase, null, first, last, gender, plural);
    }

    /// <summary>
    /// The gender a noun's ending tells when no article does: l'étrangère, la voyageuse, l'actrice, son amie (the feminine
    /// of a person noun in the list: ami → amie) / l'inconnu, l'homme; unknown for the other words in -e (l'aveugle).
    /// </summary>
    private static Gender NounGender(ReadOnlySpan<char> head)
    {
        if (head.EndsWith("ère", StringComparison.Ordinal) || head.EndsWith("euse", StringComparison.Ordinal)
            || head.EndsWith("rice", StringComparison.Ordinal) || head.EndsWith("esse", StringComparison.Ordinal)
            || head.EndsWith("ienne", StringComparison.Ordinal) || head.EndsWith("ée", StringComparison.Ordinal)
            || head.EndsWith("ette", StringComparison.Ordinal) || head.EndsWith("ue", StringComparison.Ordinal)
            || head.Length > 3 && head[^1] == 'e' && QuoteWords.PersonNouns.Contains(head[..^1]))
        {
            return Gender.Feminine;
        }

        return head.EndsWith('e') ? Gender.Unknown : Gender.Masculine;
    }

    /// <summary>Whether a "de" (de, d', du, des) lies among the tokens [<paramref name="from"/>, <paramref name="to"/>].</summary>
    private bool ContainsComplement(int from, int to)
    {
        for (int i = from; i <= to; i++)
        {
            if (_t.In(i, QuoteWords.Of) || _t.Is(i, "du") || _t.Is(i, "des"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A noun, or an adjective after it, that names a kind of person by itself: a noun of the person list, a title, or a
    /// word with the ending of an agent (spectateur, militante, rôdeuses) — not an organization or a thing.
    /// </summary>
    private bool IsPersonKind(int i)
    {
        var word = _t.Word(i);
        if (QuoteWords.PersonNouns.Contains(word) || IsTitle(word))
        {
            return true;
        }

        return word.Length > 4 && (HasAgentEnding(word) || word.EndsWith("ante", StringComparison.Ordinal) || word.EndsWith("antes", StringComparison.Ordinal));
    }

    /// <summary>The endings of nouns for one who does something: -eur, -euse, -rice, -iste, singular or plural.</summary>
    private static bool HasAgentEnding(ReadOnlySpan<char> word)
        => word.EndsWith("eur", StringComparison.Ordinal) || word.EndsWith("eurs", StringComparison.Ordinal)
           || word.EndsWith("euse", StringComparison.Ordinal) || word.EndsWith("euses", StringComparison.Ordinal)
           || word.EndsWith("rice", StringComparison.Ordinal) || word.EndsWith("rices", StringComparison.Ordinal)
           || word.EndsWith("iste", StringComparison.Ordinal) || word.EndsWith("istes", StringComparison.Ordinal);

    /// <summary>
    /// "il faut", "il y a", "il n'y avait", "il était évident que": an il that may stand for no one (QuoteWords.ImpersonalVerbs,
    /// where "il était" and "il fait" are counted too: a chain of subjects is better lost than carried through one).
    /// </summary>
    public bool IsImpersonal(int pronoun)
    {
        if (!_t.Is(pronoun, "il"))
        {
            return false;
        }

        // "Il lui restait quelques bottes", "il ne faut pas", "il nous semblait": object pronouns and the negation may come
        // between the impersonal il and its verb.
        int verb = pronoun + 1;
        while (verb <= pronoun + 2 && (_t.Is(verb, "lui") || _t.Is(verb, "leur") || _t.Is(verb, "me") || _t.Is(verb, "m'") || _t.Is(verb, "m’")
                                       || _t.Is(verb, "te") || _t.Is(verb, "t'") || _t.Is(verb, "t’") || _t.Is(verb, "nous") || _t.Is(verb, "vous")
                                       || _t.Is(verb, "ne")))
        {
            verb++;
        }

        return _t.In(verb, QuoteWords.ImpersonalVerbs) || _t.Is(verb, "n'") && _t.Is(verb + 1, "y");
    }

    /// <summary>Whether only marks and a conjunction (et, mais, puis) stand between <paramref name="start"/> and <paramref name="i"/>.</summary>
    private bool OpensSentence(int i, int start)
    {
        for (int k = start; k < i; k++)
        {
            if (!_t.IsPunctuation(k) && !_t.Is(k, "et") && !_t.Is(k, "mais") && !_t.Is(k, "puis"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Emma l'en consolait, comme on eût fait à un marmot, et lui disait :": an auxiliary whose subject pronoun follows
    /// "comme", "si" or "quand" belongs to a clause set inside the sentence, whose subject does not carry over to the
    /// verbs coordinated after it.
    /// </summary>
    private bool InComparisonOrCondition(int auxiliary)
    {
        int subject = auxiliary - 1;
        if (!IsSubjectPronoun(subject) && !_t.Is(subject, "on"))
        {
            return false;
        }

        return _t.Is(subject - 1, "comme") || _t.Is(subject - 1, "si") || _t.Is(subject - 1, "s'") || _t.Is(subject - 1, "s’")
               || _t.Is(subject - 1, "quand") || _t.Is(subject - 1, "lorsque") || _t.Is(subject - 1, "lorsqu'") || _t.Is(subject - 1, "lorsqu’");
    }

    /// <summary>
    /// The subject of the verb group that starts at token <paramref name="cueFirst"/>, read leftwards inside its sentence:
    /// a pronoun, a name (the one in apposition between commas first), or the noun phrase that opens the clause.
    /// </summary>
    public SpeakerMention? SubjectBefore(int cueFirst)
    {
        // "C'est ce qu'a confirmé vendredi le porte-parole, Maud Bregeon, sur RTL": in "ce que" the subject follows the verb.
        if ((_t.Is(cueFirst - 1, "qu'") || _t.Is(cueFirst - 1, "qu’") || _t.Is(cueFirst - 1, "que")) && _t.Is(cueFirst - 2, "ce")
            && InciseAt(cueFirst, _t.SentenceEnd(cueFirst)) is { } inverted)
        {
            return inverted.Speaker;
        }

        int start = _t.SentenceStart(cueFirst);
        int j = cueFirst - 1;
        // "il lui dit", "elle leur répondit": before the verb, "lui" and "leur" are the indirect object, not the subject.
        while (j >= start && ((_t.In(j, QuoteWords.Clitics) || _t.Is(j, "ne") || _t.Is(j, "n'") || _t.Is(j, "n’")) && !_t.In(j, QuoteWords.Pronouns)
                              || (_t.Is(j, "lui") || _t.Is(j, "leur")) && j > start && _t.IsWord(j - 1)))
        {
            j--;
        }

        j = SkipBackAdverbs(j, 2);

        // "…, qui a précisé que…": the subject of a relative clause is the noun phrase the relative pronoun takes up.
        if (_t.Is(j, "qui") && RelativeAntecedent(j, start) is { } antecedent)
        {
            return antecedent;
        }

        // "Le match fut interrompu par un spectateur qui cria :", "accueilli par une femme qui lui dit :": a restrictive
        // relative (no comma) speaks with the noun phrase right before it, when that phrase can name someone.
        // Only a short phrase whose head is a kind of person: "sous la fascination du pharmacien qui répétait" is not the
        // fascination's, and "d'un mouvement qui lui était habituel" says nothing of an organization.
        if (_t.Is(j, "qui") && j - 1 >= start && _t.IsWord(j - 1) && NounPhraseStart(j - 1, start, out _) is int restrictedFirst
            && restrictedFirst < j - 1 && restrictedFirst >= j - 4 && _t.In(restrictedFirst, QuoteWords.Determiners)
            && !ContainsComplement(restrictedFirst + 1, j - 1) && IsPersonKind(j - 1)
            && NounPhraseAfter(restrictedFirst, j) is { Kind: not MentionKind.Pronoun } restricted && restricted.LastToken == j - 1)
        {
            return restricted;
        }

        // "Celui qui était agenouillé dans ses légumes reprit :": a free relative that opens the sentence is its subject,
        // and names the speaker by what it says of them.
        int opener = start;
        while (opener < j && _t.IsPunctuation(opener))
        {
            opener++;
        }

        if (_t.Is(opener + 1, "qui") && j > opener + 2 && j - opener < MaxLookBack
            && (_t.Is(opener, "celui") || _t.Is(opener, "celle") || _t.Is(opener, "ceux") || _t.Is(opener, "celles")))
        {
            // ("Celui qui avait interpellé la maraîchère s'allongea, en grondant :": the relative ends before the main verb
            // when a comma or a reflexive pronoun comes after its own verb.)
            for (int k = opener + 3; k < j; k++)
            {
                if (_t.Mark(k) == ',' || _t.Is(k, "s'") || _t.Is(k, "s’") || _t.Is(k, "se"))
                {
                    j = k - 1;
                    break;
                }
            }

            return new SpeakerMention(_t.Span(opener, j), MentionKind.NounPhrase, null, opener, j,
                _t.Is(opener, "celle") || _t.Is(opener, "celles") ? Gender.Feminine : Gender.Masculine, _t.Is(opener, "ceux") || _t.Is(opener, "celles"));
        }

        // "la délégation «apprécie le dialogue» mais juge «inacceptables»…": a verb coordinated after a quoted predicate
        // shares its subject; read on past the marks.
        if ((_t.Is(j, "mais") || _t.Is(j, "et")) && _t.Mark(j - 1) is '»' or '”' or '"')
        {
            int open = j - 2;
            while (open > start && _t.Mark(open) is not ('«' or '“' or '"') && open > j - 60)
            {
                open--;
            }

            j = open - 1;
        }

        // "a salué ce «moment…», et souhaité que…", "a salué les élus et a déclaré :", "les a écoutés, puis a promis que…":
        // a verb coordinated after another, with no subject of its own, shares the subject of the verb before it.
        if (_t.Is(j, "et") || _t.Is(j, "puis"))
        {
            for (int i = j - 1; i >= start && i > j - MaxLookBack; i--)
            {
                if (_t.In(i, QuoteWords.Auxiliaries) && !_t.In(i - 1, QuoteWords.Determiners) && !InComparisonOrCondition(i))
                {
                    return SubjectBefore(i);
                }
            }

            // "il prit à sa droite Paméla, Blondine à sa gauche, et déclara :": a verb in the simple past coordinated
            // after another shares the subject of its clause (after the sentence's last semicolon), not the object before it.
            int clause = start;
            for (int i = j - 1; i > start && i > j - MaxLookBack; i--)
            {
                if (_t.Mark(i) == ';')
                {
                    clause = i + 1;
                    break;
                }
            }

            // ("Mme Forestier la baisa ; puis fit les présentations :": a semicolon right before the conjunction closes the
            // clause whose subject the verb shares.)
            int clauseEnd = j;
            if (clause == j && j - 1 > start)
            {
                clauseEnd = j - 1;
                clause = start;
                for (int i = clauseEnd - 1; i > start && i > j - MaxLookBack; i--)
                {
                    if (_t.Mark(i) == ';')
                    {
                        clause = i + 1;
                        break;
                    }
                }
            }

            if (clause < clauseEnd && SentenceSubject(clause, clauseEnd) is { } shared && shared.LastToken < clauseEnd)
            {
                return shared;
            }
        }

        bool crossedSubjectlessClause = false;
        for (int hops = 0; hops < 5 && j >= start && j > cueFirst - MaxLookBack; hops++)
        {
            // "Et lui, frémissant de convoitise, répondit :": a stressed pronoun that opens the sentence, set off by a comma, is
            // the subject.
            if ((_t.Is(j, "lui") || _t.Is(j, "eux")) && _t.Mark(j + 1) == ',' && OpensSentence(j, start))
            {
                return PronounMention(j);
            }

            if (_t.In(j, QuoteWords.Pronouns) && !_t.Is(j, "lui") && !_t.Is(j, "eux") && !_t.Is(j, "moi") && !_t.Is(j, "toi"))
            {
                // "Quant au chef du Sinn Fein, il a estimé": the pronoun takes up the phrase the sentence opened with.
                if (_t.Is(start, "quant") && _t.Mark(j - 1) == ',' && j - 2 >= start + 2)
                {
                    // "au" and "aux" hold the article: "Quant au chef du Sinn Fein" is "le chef du Sinn Fein".
                    var dislocated = NounPhraseAfter(start + 2, j - 1)
                                     ?? (_t.Is(start + 1, "au") || _t.Is(start + 1, "aux") ? NounPhrase(start + 2, j - 2) : null);
                    if (dislocated is { Kind: not MentionKind.Pronoun })
                    {
                        return dislocated;
                    }
                }

                return PronounMention(j);
            }

            char mark = _t.Mark(j);
            if (mark == ')')
            {
                int open = j - 1;
                while (open > start && _t.Mark(open) != '(' && open > j - 20)
                {
                    open--;
                }

                j = open - 1;
                continue;
            }

            if (mark == ',')
            {
                // An apposition or an incidental clause between commas: a name there is the subject (Javier Solana);
                // anything else is skipped (", confirmé par les députés,").
                int k = j - 1;
                while (k >= start && _t.Mark(k) != ',' && k > j - 25)
                {
                    k--;
                }

                // A name that fills the segment (", Javier Solana,") is the subject; a name inside a longer phrase
                // (", groupe armé lié au mouvement Fatah de Yasser Arafat,") is not.
                // "Son avocat, Me Jacqueline Laffont, a annoncé…": a civility before the name in apposition.
                int apposition = _t.In(k + 1, QuoteWords.Civilities) && k + 2 < j ? k + 2 : k + 1;
                if (IsPersonStart(apposition) && PersonAt(apposition, j) is { } apposed && apposed.LastToken == j - 1)
                {
                    return apposed;
                }

                if (k < start || _t.Mark(k) != ',')
                {
                    // The segment opens the sentence: it is the subject itself (Daniel Lanquetin, maire, …).
                    return NounPhraseAfter(SkipPunctuation(start, j), j);
                }

                // "elle le regarda en face, et, lavant la plaie, murmura :", "elle le hissa, le jeta sur les carottes,
                // criant :": a clause opened by a subject pronoun lends its subject to the verbs coordinated after it.
                if (IsSubjectPronoun(k + 1) && k + 2 < j && !_t.In(k + 2, QuoteWords.Pronouns))
                {
                    return PronounMention(k + 1);
                }

                // "Dans le Pays de Montbéliard, le conseiller municipal, rejette…": a noun phrase between commas after an
                // adverbial is the subject.
                if (_t.In(k + 1, QuoteWords.Determiners) && !IsNameEnd(k - 1) && NounPhraseAfter(k + 1, j) is { } between)
                {
                    return between;
                }

                // "Quand elle fut partie, madame François vint se rasseoir…, en disant :": a civility after the comma opens
                // the subject as an article does (the sentence's own subject there is the pronoun of the subordinate).
                // ("Je termine, Monsieur le Président, en disant que…": a civility before an article is someone addressed.)
                if (_t.In(k + 1, QuoteWords.Civilities) && _t.IsCapitalized(k + 2) && !_t.In(k + 2, QuoteWords.Determiners)
                    && NounPhraseAfter(k + 1, j) is { } civil
                    && civil.FirstToken <= k + 2 && civil.LastToken < j - 1)
                {
                    return civil;
                }

                // "Quand elle fut partie, madame François vint se rasseoir…, en disant :": past the sentence's opening
                // adverbial or subordinate, the segment starts with the subject of the main clause.
                if (_t.Mark(k) == ',' && !OpensSubjectlessClause(k + 1) && SentenceSubject(start, j) is { Kind: not MentionKind.Pronoun } mainSubject
                    && mainSubject.FirstToken == k + 1 && mainSubject.LastToken < j - 1)
                {
                    return mainSubject;
                }

                crossedSubjectlessClause |= OpensSubjectlessClause(k + 1);
                j = k - 1;
                continue;
            }

            if (!_t.IsWord(j) && _t.NameLabel(j) is null)
            {
                return null;
            }

            // "elle le hissa, le jeta sur les carottes, criant :": a clause with no subject of its own, coordinated after
            // another, is skipped to reach the subject they share.
            int clauseStart = j;
            while (clauseStart > start && _t.Mark(clauseStart - 1) != ',' && clauseStart > j - 25)
            {
                clauseStart--;
            }

            if (clauseStart > start && _t.Mark(clauseStart - 1) == ',' && OpensSubjectlessClause(clauseStart))
            {
                j = clauseStart - 1;
                continue;
            }

            // "Duroy, qui se tenait debout au milieu du bureau, préparant son effet, répondit :": a relative clause set off by
            // commas right after the name that opens the sentence is passed to that name.
            if (clauseStart > start && _t.Mark(clauseStart - 1) == ',' && _t.Is(clauseStart, "qui") && _t.NameLabel(clauseStart - 2) == EntityLabel.Person
                && OpensSentence(_t.EntityTokens(clauseStart - 2).First, start) && RelativeAntecedent(clauseStart, start) is { Kind: MentionKind.Name } named)
            {
                return named;
            }

            if (clauseStart > start && _t.Mark(clauseStart - 1) == ',' && IsSubjectPronoun(clauseStart) && clauseStart + 1 < j)
            {
                return PronounMention(clauseStart); // ", elle le hissa presque, …, criant :"
            }

            // "Il ne parlait que de chasse, rêvait chasse, répétait sans cesse :": verbs coordinated without a subject of
            // their own, back to the sentence's first clause, share its subject.
            if (crossedSubjectlessClause && clauseStart <= start && SentenceSubject(start, j + 1) is { } firstClauseSubject && firstClauseSubject.LastToken < j)
            {
                return firstClauseSubject;
            }

            int first = NounPhraseStart(j, start, out int left);
            if (first > j)
            {
                // A bare apposition (", maire,"): keep reading leftwards.
                if (_t.Mark(left - 1) == ',')
                {
                    j = left - 1;
                    continue;
                }

                return null;
            }

            // A phrase after a preposition ("Dans le Pays de Montbéliard") is an adverbial, not the subject.
            if (first - 1 >= start && _t.In(first - 1, QuoteWords.Prepositions))
            {
                return null;
            }

            // A name that is the complement of a preposition ("les députés de la Douma") is not the subject: read the phrase.
            return NounPhraseAfter(first, j + 1);
        }

        return null;
    }

    /// <summary>
    /// Where the noun phrase that ends at token <paramref name="j"/> starts: its words walked leftwards to the clause
    /// boundary (not before <paramref name="start"/>), a name crossed whole however long ("le Groupe d'experts
    /// intergouvernemental sur l'évolution du climat"), then a leading adverb or conjunction left out ("Enfin Pécuchet",
    /// "Et Bouvard"); past <paramref name="j"/> when no article, name or capital opens one. <paramref name="left"/> is
    /// where the walk stopped, those words included.
    /// </summary>
    private int NounPhraseStart(int j, int start, out int left)
    {
        left = _t.NameLabel(j) is not null ? _t.EntityTokens(j).First : j;
        while (left - 1 >= start && left > j - MaxNounPhraseTokens
               && (_t.IsWord(left - 1) || _t.NameLabel(left - 1) is not null)
               && (!_t.In(left - 1, QuoteWords.Boundaries) || _t.In(left - 1, QuoteWords.Of) || _t.NameLabel(left - 1) is not null)
               && (_verbs.Lookup(_t.Word(left - 1)).IsEmpty || _t.In(left - 2, QuoteWords.Determiners) || _t.NameLabel(left - 1) is not null))
        {
            left = _t.NameLabel(left - 1) is not null ? _t.EntityTokens(left - 1).First : left - 1;
        }

        int first = left;
        // ("De nombreux habitants ont dénoncé…": the partitive "de" before its adjective is passed too.)
        while (first <= j && (!_t.In(first, QuoteWords.Determiners) && _t.NameLabel(first) is null && !_t.IsCapitalized(first)
                              || _t.In(first, QuoteWords.Adverbs) || _t.Is(first, "et") || _t.Is(first, "mais") || _t.Is(first, "puis")
                              || IsPredeterminer(first) || _t.Is(first, "de") && (_t.Is(first + 1, "nombreux") || _t.Is(first + 1, "nombreuses"))))
        {
            first++; // "Tous les officiers" starts at its article
        }

        return first;
    }

    /// <summary>
    /// The antecedent of the relative clause that starts at <paramref name="relative"/> (<c>qui</c>, or <c>pour</c> of
    /// <c>pour qui</c>), set off by a comma: "annoncée par le ministre de la Santé, qui a précisé que…", "Elle a rencontré
    /// le préfet, qui lui a assuré que…", "Le maire, pour qui « rien n'est joué »"; null when no noun phrase ends right
    /// before the comma.
    /// </summary>
    public SpeakerMention? RelativeAntecedent(int relative) => RelativeAntecedent(relative, _t.SentenceStart(relative));

    private SpeakerMention? RelativeAntecedent(int relative, int start)
    {
        int end = relative - 1;
        if (_t.Mark(end) != ',' || end - 1 < start || !_t.IsWord(end - 1) && _t.NameLabel(end - 1) is null)
        {
            return null;
        }

        int first = NounPhraseStart(end - 1, start, out _);
        return first <= end - 1 ? NounPhraseAfter(first, end) : null;
    }

    /// <summary>
    /// "Greenpeace a salué un discours « fort »": a capitalised word with no article, alone before the verb, is a name the
    /// entity model did not know (a common noun as subject takes an article); not a pronoun that opens the sentence
    /// ("Personne n'a dit", "Chacun a reconnu").
    /// </summary>
    private bool IsBareNameBeforeVerb(int p, int limit)
        => p + 1 == limit && p + 1 < _t.Count && _t.Tokens[p].Length > 2 && !_t.In(p, QuoteWords.IndefinitePronouns)
           && !_t.In(p, QuoteWords.Adverbs) && !_t.In(p, QuoteWords.Pronouns) && !_t.In(p, QuoteWords.Interjections)
           && (_t.In(p + 1, QuoteWords.Auxiliaries) || !_verbs.Lookup(_t.Word(p + 1)).IsEmpty);

    /// <summary>A verb of narration with only an object clitic before it: "le jeta…", "passa la main…", "lui prit…".</summary>
    private bool OpensSubjectlessClause(int i)
    {
        int verb = _t.Is(i, "le") || _t.Is(i, "la") || _t.Is(i, "les") || _t.Is(i, "lui") || _t.Is(i, "leur") || _t.Is(i, "se")
                   || _t.Is(i, "s'") || _t.Is(i, "s’") || _t.Is(i, "l'") || _t.Is(i, "l’") ? i + 1 : i;
        if (!_t.IsWord(verb) || _t.IsCapitalized(verb) || _t.In(verb, QuoteWords.Determiners) || _t.In(verb, QuoteWords.Boundaries))
        {
            return false;
        }

        var word = _t.Word(verb);
        return LooksFiniteVerb(verb) || word.Length > 3 && (word.EndsWith('a') || word.EndsWith("it", StringComparison.Ordinal)) && !QuoteWords.PersonNouns.Contains(word);
    }

    /// <summary>"tous", "toutes" before an article: "Tous les officiers crièrent", whose noun phrase starts at the article.</summary>
    private bool IsPredeterminer(int i)
        => (_t.Is(i, "tous") || _t.Is(i, "toutes")) && _t.In(i + 1, QuoteWords.Determiners);

    private bool IsSubjectPronoun(int i)
        => _t.Is(i, "il") || _t.Is(i, "elle") || _t.Is(i, "ils") || _t.Is(i, "elles");

    /// <summary>
    /// A lowercase word with the ending of a narrative verb (pensa, crut, regardait, entrèrent) or one of the commonest
    /// short verbs: where a noun phrase read for a speaker must stop.
    /// </summary>
    private bool LooksFiniteVerb(int i)
    {
        if (!_t.IsWord(i) || _t.IsCapitalized(i))
        {
            return false;
        }

        var word = _t.Word(i);
        return QuoteWords.CommonVerbs.Contains(word)
               || word.Length > 4 && (word.EndsWith("ait", StringComparison.Ordinal) || word.EndsWith("aient", StringComparison.Ordinal)
                                      || word.EndsWith("èrent", StringComparison.Ordinal) || word.EndsWith("irent", StringComparison.Ordinal)
                                      || word.EndsWith("urent", StringComparison.Ordinal))
               || LooksPastHistoric(i, word) || LooksPluralPresent(i, word);
    }

    /// <summary>
    /// "les agriculteurs bloquent", "les syndicats appellent": a word in -ent right after a plural is its verb, since an
    /// adjective would agree with the plural (-ents).
    /// </summary>
    private bool LooksPluralPresent(int i, ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || !word.EndsWith("ent", StringComparison.Ordinal) || i == 0 || !_t.IsWord(i - 1))
        {
            return false;
        }

        var previous = _t.Word(i - 1);
        return previous.Length > 3 && (previous[^1] is 's' or 'x') && !_t.In(i - 1, QuoteWords.Determiners);
    }

    /// <summary>
    /// "Le major quitta sa pipe :", "Le capitaine réfléchit", "Le comte de Farlsberg haussa les épaules": the passé simple
    /// of narratives (-a, -it, -ut) right after a noun or a name. After a determiner or "de" the same endings are nouns
    /// (le cinéma, le produit, du crédit), so those places are left to the noun phrase.
    /// </summary>
    private bool LooksPastHistoric(int i, ReadOnlySpan<char> word)
        => word.Length > 3 && (word.EndsWith('a') || word.EndsWith("it", StringComparison.Ordinal) || word.EndsWith("ut", StringComparison.Ordinal))
           && i > 0 && _t.IsWord(i - 1) && !_t.In(i - 1, QuoteWords.Determiners) && !_t.In(i - 1, QuoteWords.Of);

    /// <summary>"pour sa part", "de son côté", "pour leur part" ending at <paramref name="last"/>: an insert inside a verb group.</summary>
    private bool IsPossessiveInsert(int last)
        => last >= 2 && _t.IsWord(last - 1) && _t.Word(last - 1) is "sa" or "son" or "leur" or "ma" or "mon" or "notre" or "votre"
           && (_t.Is(last, "part") && _t.Is(last - 2, "pour") || _t.Is(last, "côté") && _t.Is(last - 2, "de"));

    /// <summary>"quant à lui", "quant à elle", "quant à eux" ending at <paramref name="last"/>: an insert inside a verb group.</summary>
    private bool IsQuantInsert(int last)
        => last >= 2 && _t.Is(last - 2, "quant") && _t.Is(last - 1, "à") && _t.IsWord(last) && _t.Word(last) is "lui" or "elle" or "eux" or "elles";

    /// <summary>"diffusé à l'issue…", "réalisé par l'IFOP", "paru hier": a participle that opens its own phrase ends the noun phrase.</summary>
    private bool IsParticipleWithComplement(int i)
    {
        var word = _t.Word(i);
        bool participle = word.Length > 4 && (word.EndsWith('é') || word.EndsWith("ée", StringComparison.Ordinal)
                                              || word.EndsWith("és", StringComparison.Ordinal) || word.EndsWith("ées", StringComparison.Ordinal))
                          || word.Length > 3 && (word.EndsWith("u", StringComparison.Ordinal) || word.EndsWith("ue", StringComparison.Ordinal)
                                                 || word.EndsWith("is", StringComparison.Ordinal) || word.EndsWith("it", StringComparison.Ordinal));
        // Right after a determiner the participle is the noun itself (l'accusé, le prévenu, un élu).
        return participle && !_t.In(i - 1, QuoteWords.Determiners)
               && (_t.In(i + 1, QuoteWords.Prepositions) || _t.In(i + 1, QuoteWords.Adverbs) || _t.IsDate(i + 1));
    }

    private bool IsNameEnd(int i) => _t.NameLabel(i) == EntityLabel.Person || _t.IsCapitalized(i) && !_t.In(i, QuoteWords.Determiners);

    private int SkipPunctuation(int i, int limit)
    {
        while (i < limit && _t.IsPunctuation(i))
        {
            i++;
        }

        return i;
    }

    /// <summary>The subject of a sentence read from its start: a pronoun, a name or a noun phrase, after any leading adverbial ("En outre,", "Dans ce cas,").</summary>
    public SpeakerMention? SentenceSubject(int start, int limit)
    {
        int p = SkipDateline(start, limit);
        while (p < limit && (_t.Mark(p) is '—' or '–' or '-' || _t.IsPunctuation(p)))
        {
            p++;
        }

        if (_t.Is(p, "et") || _t.Is(p, "mais") || _t.Is(p, "puis") || _t.Is(p, "alors") && !_t.IsPunctuation(p + 1))
        {
            p++; // "Et il commença :"
            if (_t.Mark(p) == ',')
            {
                p++; // "Puis, sans un mot, Pauline se leva"
            }
        }

        if (IsPredeterminer(p))
        {
            p++; // "Mais tous les officiers s'étaient levés"
        }

        if (IsOnItsSide(p) && _t.Mark(p + 3) == ',')
        {
            p += 4; // "De son côté, le Hamas a rejeté…"
        }

        // "À la barre, le prévenu a reconnu les faits": a short prepositional phrase set off by a comma comes before the subject.
        int opening = p;
        if (IsPrepositionAt(p))
        {
            p = PastOpeningPhrase(p, limit, 6);
        }
        else if (_t.IsWord(p) && _t.NameLabel(p) is null && QuoteWords.IsParticipleForm(_t.Word(p))
                 && !_t.In(p, QuoteWords.Pronouns) && FirstNames.GenderOf(_t.Word(p)) == Gender.Unknown)
        {
            // "Âgé de 78 ans, Jacques Bernard se souvient :", "Interrogé sur son avenir, le maire…": a participle phrase set
            // off by a comma opens the sentence before its subject.
            p = PastOpeningPhrase(p, limit, 8);
        }

        // "Enfin, sur le plan de l'idéologie, l'auteur du programme…": skip the adverbials that open the sentence.
        for (int adverbials = 0; adverbials < 3 && (_t.In(p, QuoteWords.Boundaries) || _t.In(p, QuoteWords.Adverbs)); adverbials++)
        {
            // "Ensemble le lieutenant Otto et le sous-lieutenant Fritz, deux Allemands…, répondirent": an adverb with no comma
            // of its own, right before an article or a name, stands before the subject; the next comma closes an apposition.
            if (_t.In(p, QuoteWords.Adverbs) && (_t.In(p + 1, QuoteWords.Determiners) || _t.NameLabel(p + 1) is not null))
            {
                p++;
                break;
            }

            int comma = p;
            while (comma < limit && _t.Mark(comma) != ',' && comma < p + 12)
            {
                comma++;
            }

            if (_t.Mark(comma) != ',')
            {
                return FirstSubjectPronoun(p, limit);
            }

            p = comma + 1;
        }

        // "Soudain, fixant la dame aux moustaches, le jeune blondin tira son revolver": a present participle's phrase set off
        // by a comma, after the adverbials, comes before the subject too.
        if (p > opening && _t.IsWord(p) && _t.NameLabel(p) is null && QuoteWords.IsPresentParticiple(_t.Word(p)))
        {
            p = PastOpeningPhrase(p, limit, 8);
        }

        // "Ses convictions, il les puise… :": a phrase set before its pronoun; the pronoun is the subject. "Et comme elle
        // partait, présentant Florent au jeune peintre :": with no subject after it, the clause set before the participle
        // holds the one who acts.
        return NounPhraseAfter(p, limit) ?? FirstSubjectPronoun(p, limit) ?? (p > opening ? FirstSubjectPronoun(opening, p) : null);
    }

    /// <summary>
    /// The token after the comma that closes the phrase opening at <paramref name="p"/> within <paramref name="reach"/>
    /// tokens, or <paramref name="p"/> itself when another mark or the limit comes first.
    /// </summary>
    private int PastOpeningPhrase(int p, int limit, int reach)
    {
        for (int comma = p + 1; comma < limit && comma <= p + reach; comma++)
        {
            if (_t.Mark(comma) == ',')
            {
                return comma + 1;
            }

            if (_t.IsPunctuation(comma))
            {
                break;
            }
        }

        return p;
    }

    /// <summary>
    /// Past the dateline that opens a dispatch ("PARIS, 14 mars (AFP) -", "NANCY. -"): a place in capitals at the start of
    /// a paragraph, then a comma, a bracket or a full stop, and a dash within a few tokens. The sentence's subject comes after it.
    /// </summary>
    public int SkipDateline(int start, int limit)
    {
        if (!_t.StartsParagraph(start) || !_t.IsWord(start) || _t.Word(start).Length < 2 || _t.Word(start).ContainsAnyInRange('a', 'z')
            || _t.Mark(start + 1) is not (',' or '(' or '.' or '-' or '—' or '–'))
        {
            return start;
        }

        for (int i = start + 1; i < limit && i <= start + 12; i++)
        {
            if (_t.Mark(i) is '-' or '—' or '–')
            {
                return i + 1;
            }
        }

        return start;
    }

    /// <summary>A preposition, capitalised or not ("À la barre", "dans son réquisitoire").</summary>
    private bool IsPrepositionAt(int i)
    {
        if (!_t.IsWord(i) || _t.Word(i).Length > 12)
        {
            return false;
        }

        Span<char> lower = stackalloc char[12];
        int length = _t.Word(i).ToLowerInvariant(lower);
        return length > 0 && QuoteWords.Prepositions.Contains(lower[..length]);
    }

    private SpeakerMention? FirstSubjectPronoun(int from, int limit)
    {
        for (int i = from; i < limit && i < from + 20; i++)
        {
            if (IsSubjectPronoun(i))
            {
                return PronounMention(i);
            }
        }

        return null;
    }

    /// <summary>The nearest reporting verb left of <paramref name="before"/> in its sentence, skipping <paramref name="skip"/> tokens (other quotes).</summary>
    public Cue? CueBefore(int before, ReportingFrames frames, Func<int, bool> skip)
    {
        int start = _t.SentenceStart(Math.Min(before, _t.Count - 1));
        for (int i = before - 1; i >= start && i > before - 60; i--)
        {
            if (skip(i))
            {
                continue;
            }

            if (VerbCueAt(i, frames, allowInfinitive: _t.Is(i - 1, "de") || _t.Is(i - 1, "à") || (_t.Is(i - 1, "d'") || _t.Is(i - 1, "d’")) && ThatWithin(i + 1, 3)) is { } cue && cue.Last < before)
            {
                // "L'agence a rapporté que la Russie soutiendrait … «…»": a verb inside the que-clause of a reporting verb
                // is part of what is reported; the reporting verb is the cue.
                return GoverningCue(cue, start) ?? cue;
            }

            if ((SelonAt(i) ?? PourAt(i)) is { } selon && selon.Last < before)
            {
                return selon;
            }
        }

        return null;
    }

    private Cue? GoverningCue(Cue inner, int start)
    {
        for (int i = inner.First - 1; i >= start && i > inner.First - 40; i--)
        {
            // "n'a pas dit qu'elle s'y attendait, mais elle a salué «…»": a clause coordinated after the que-clause is not in it.
            if (_t.Mark(i) == ';' || _t.Is(i, "mais") && _t.Mark(i - 1) == ',')
            {
                return null;
            }

            if (_t.Is(i, "que") || _t.Is(i, "qu'") || _t.Is(i, "qu’"))
            {
                for (int v = i - 1; v >= start && v >= i - 10; v--)
                {
                    if (VerbCueAt(v, ReportingFrames.ThatClause) is { } outer && outer.Last < i)
                    {
                        return outer;
                    }
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>The cue of a sentence that opens with "Selon X," / "D'après X," / "Pour X,": it governs every quote in it.</summary>
    public Cue? SentenceOpeningSource(int tokenInSentence)
    {
        int start = _t.SentenceStart(tokenInSentence);
        while (start < tokenInSentence && _t.IsPunctuation(start))
        {
            start++;
        }

        return SelonAt(start) ?? PourAt(start);
    }

    /// <summary>
    /// Whether a que-clause opens within <paramref name="count"/> tokens from <paramref name="from"/> ("avant d'ajouter que la
    /// majorité « tiendrait bon »"; not "avant d'ajouter : « … »", whose colon keeps its own cue).
    /// </summary>
    private bool ThatWithin(int from, int count)
    {
        for (int k = from; k < from + count && k < _t.Count; k++)
        {
            if (IsQue(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"que", "qu'", "qu’" at token <paramref name="i"/>.</summary>
    private bool IsQue(int i) => _t.Is(i, "que") || _t.Is(i, "qu'") || _t.Is(i, "qu’");

    /// <summary>"de son côté", "de leur côté" at token <paramref name="i"/>: an adverbial, never a subject or a source.</summary>
    private bool IsOnItsSide(int i) => _t.Is(i, "de") && (_t.Is(i + 1, "son") || _t.Is(i + 1, "leur")) && _t.Is(i + 2, "côté");

    /// <summary>selon / d'après / à en croire at token <paramref name="i"/>: a cue whose speaker follows.</summary>
    public Cue? SelonAt(int i)
    {
        if (_t.Is(i, "selon"))
        {
            // "selon l'expression du peintre", "selon le mot de Talleyrand": the words are the person's, who follows.
            int noun = _t.Is(i + 1, "l'") || _t.Is(i + 1, "l’") || _t.Is(i + 1, "le") || _t.Is(i + 1, "les") ? i + 2 : -1;
            if (noun > 0 && _t.IsWord(noun) && _t.Word(noun) is "expression" or "mot" or "mots" or "termes" or "formule" or "paroles"
                && (_t.Is(noun + 1, "de") || _t.Is(noun + 1, "du") || _t.Is(noun + 1, "d'") || _t.Is(noun + 1, "d’")))
            {
                return new Cue(i, _t.Is(noun + 1, "du") ? noun : noun + 1, null);
            }

            return new Cue(i, i, null);
        }

        if ((_t.Is(i, "d'") || _t.Is(i, "d’")) && _t.Is(i + 1, "après"))
        {
            return new Cue(i, i + 1, null);
        }

        if (_t.Is(i, "à") && _t.Is(i + 1, "en") && _t.Is(i + 2, "croire"))
        {
            return new Cue(i, i + 2, null);
        }

        return null;
    }

    /// <summary>
    /// "Comme l'a rappelé le préfet, …" / "…, comme le souligne l'Insee.": comme, the object clitic and a reporting verb
    /// give what the sentence says to the subject after the verb, as selon does.
    /// </summary>
    public Cue? CommeAt(int i)
    {
        if (!_t.Is(i, "comme") || !(_t.Is(i + 1, "l'") || _t.Is(i + 1, "l’") || _t.Is(i + 1, "le")))
        {
            return null;
        }

        // ("le" here is the object clitic, not an article: the verb is read from the lexicon directly.)
        int v = i + 2;
        if (_t.In(v, QuoteWords.Auxiliaries))
        {
            v = _t.In(v + 1, QuoteWords.Adverbs) ? v + 2 : v + 1; // "comme l'a justement rappelé"
        }

        if (!_t.IsWord(v) || _t.IsCapitalized(v))
        {
            return null;
        }

        foreach (var reading in _verbs.Lookup(_t.Word(v)))
        {
            bool form = v == i + 2 ? reading.Kind == VerbFormKind.Finite : reading.Kind == VerbFormKind.Participle;
            if (form && (reading.Verb.Frames & (ReportingFrames.Incise | ReportingFrames.ThatClause)) != 0 && reading.Verb.Tail.Length == 0)
            {
                return new Cue(i, v, reading.Verb);
            }
        }

        return null;
    }

    /// <summary>
    /// "Pour l'UNAPEI, …" / "… : pour Suzuki, …": pour with a name and a comma, opening a sentence or following a colon, gives
    /// an opinion its holder.
    /// </summary>
    public Cue? PourAt(int i)
    {
        if (!_t.Is(i, "pour") || i != _t.SentenceStart(i) && _t.Mark(i - 1) != ':')
        {
            return null;
        }

        // "Pour lui, le gouvernement « refuse d'entendre la rue »": the person the pronoun takes up.
        if ((_t.Is(i + 1, "lui") || _t.Is(i + 1, "elle") || _t.Is(i + 1, "eux") || _t.Is(i + 1, "elles")) && _t.Mark(i + 2) == ',')
        {
            return new Cue(i, i, null);
        }

        int name = _t.In(i + 1, QuoteWords.Determiners) ? i + 2 : i + 1;
        if (name == i + 1 && _t.In(name, QuoteWords.Civilities) && _t.IsCapitalized(name + 1))
        {
            name++; // "Pour M. Hue, …", "Pour Mme Aubry, …": the name after its civility
        }

        if (name > i + 1 && (_t.Is(name, "Premier") || _t.Is(name, "Première")) && _t.Is(name + 1, "ministre"))
        {
            name++; // "Pour le Premier ministre, …": the title is the capitalised office
        }

        if (name > i + 1 && _t.IsWord(name) && !_t.IsCapitalized(name) && IsTitle(_t.Word(name)))
        {
            // "Pour l'économiste Thomas Piketty, …", "Pour le ministre russe Sergueï Lavrov, …": the person the title names.
            int person = name + 1;
            while (person < name + 3 && _t.IsWord(person) && !_t.IsCapitalized(person))
            {
                person++;
            }

            if (_t.NameLabel(person) != EntityLabel.Person && !IsPersonStart(person))
            {
                // "Pour la ministre de la Culture, Rachida Dati, …": the title's complement, then the name in apposition.
                int comma = name + 1;
                while (comma < name + 8 && comma < _t.Count && _t.Mark(comma) != ',' && (_t.IsWord(comma) || _t.NameLabel(comma) is not null))
                {
                    comma++;
                }

                if (_t.Mark(comma) != ',')
                {
                    return null;
                }

                if (_t.NameLabel(comma + 1) != EntityLabel.Person)
                {
                    // "Pour le patron des Républicains, le chef de l'État « a perdu… »": a definite title and its complement,
                    // with no name, is the speaker itself, a description the resolver takes up.
                    // So is a definite title alone ("Pour le ministre, « … »"), which takes up its holder.
                    return _t.In(i + 1, QuoteWords.DefiniteSingularDeterminers) && (comma > name + 1 && _t.In(name + 1, QuoteWords.Of) || comma == name + 1)
                        ? new Cue(i, i, null)
                        : null;
                }

                person = comma + 1;
            }

            name = person;
        }

        // A place after pour is a list heading ("Pour l'Espagne, Loyola de Palacio"), not someone's opinion; a bare name
        // that the model called a place but no gazetteer knows as one ("pour Suzuki, …") may be the company it is.
        bool place = _t.NameLabel(name) == EntityLabel.Location && (name != i + 1 || IsPlace(_t.Word(name)));
        if (_t.NameLabel(name) is not (EntityLabel.Person or EntityLabel.Organization) && !IsPersonStart(name)
            && (!_t.IsCapitalized(name) || place))
        {
            return null;
        }

        int end = _t.NameLabel(name) is not null ? _t.EntityTokens(name).Last : IsPersonStart(name) ? name + 1 : name;
        return _t.Mark(end + 1) == ',' ? new Cue(i, i, null) : null;
    }

    /// <summary>Whether the entity lexicon lists <paramref name="word"/> as a place (Paris, Lyon).</summary>
    public bool IsPlace(ReadOnlySpan<char> word) => (_names.Classify(word) & LexiconClass.Place) != 0;

    /// <summary>Whether the entity lexicon lists <paramref name="word"/> as a title or role (ministre, porte-parole).</summary>
    public bool IsTitle(ReadOnlySpan<char> word)
    {
        if ((_names.Classify(word) & LexiconClass.Title) != 0 || QuoteWords.RoleNouns.Contains(word))
        {
            return true;
        }

        // secrétaire-général, vice-président, ex-ministre: a compound whose part is a title.
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1
               && ((_names.Classify(word[..hyphen]) & LexiconClass.Title) != 0 || (_names.Classify(word[(hyphen + 1)..]) & LexiconClass.Title) != 0
                   || QuoteWords.RoleNouns.Contains(word[(hyphen + 1)..])); // sous-chef, co-fondateur
    }
}
