using NlpExtract.Entities;

namespace NlpExtract.Quotes;

/// <summary>A quote found but not yet attributed: its content, kind, cue and speaker mention.</summary>
internal sealed class QuoteDraft
{
    public required TextSpan Content { get; init; }

    public required QuoteKind Kind { get; init; }

    public TextSpan? Cue { get; init; }

    public SpeakerMention? Speaker { get; init; }

    /// <summary>No cue of its own: the quote continues the previous speaker's words (a run of quotes, a new paragraph).</summary>
    public bool ContinuesPrevious { get; init; }

    /// <summary>
    /// No cue of its own and its mark still open when its paragraph ends, the next paragraph reopening the marks: the
    /// French way of writing one quote over several paragraphs, whose cue comes with its last part.
    /// </summary>
    public bool ContinuesIntoNext { get; init; }

    public required float Score { get; init; }

    /// <summary>A quote inside a quote, introduced by the quoted person in the first person: its speaker is theirs.</summary>
    public bool SpokenByOuter { get; init; }

    /// <summary>A quote inside a quote: its speaker speaks in the quoted story, not in the text's own narration.</summary>
    public bool Inner { get; init; }

    /// <summary>
    /// The person whose arrival the narration told just before this line, said by the one who received them ("Pécuchet
    /// parut.⏎— Mon oncle est mort !"): the uncued line right after is the newcomer's answer ("— Pas possible !").
    /// </summary>
    public SpeakerMention? Newcomer { get; init; }
}

/// <summary>
/// Finds the quotations of a document: the spans in quote marks (« », “ ”, " ", a dialogue dash to the end of its
/// paragraph) cut at their incises, classified as direct or mixed by where they sit in their sentence and attributed by
/// the nearest cue; then the indirect ones (a reporting verb with que or an infinitive, an incise after an unmarked
/// clause, selon / d'après). Marks that no cue governs (titles, names, scare quotes) are not quotes.
/// </summary>
internal static class QuoteExtractor
{
    /// <summary>Longest content read for a title or a name in quote marks («Le Monde», «Déluge d'al-Aqsa»).</summary>
    private const int MaxTitleTokens = 6;

    /// <summary>The longest heading before a colon read for its source ("Même son de cloche chez les commerçants :").</summary>
    private const int MaxHeadingTokens = 12;

    /// <summary>
    /// Longest reported clause read, in tokens: every rule that reads to the end of a sentence stops here, so that a
    /// "sentence" of a megabyte without punctuation costs linear time, not a scan per cue.
    /// </summary>
    private const int MaxClauseTokens = 250;

    /// <summary>Longest headline, in tokens, read as attributing its quote to the name it opens with.</summary>
    private const int MaxHeadlineTokens = 16;

    /// <summary>How far before a colon "ces mots qu'elle m'avait dits" is looked for (tokens).</summary>
    private const int MaxWordsSaidTokens = 16;

    /// <summary>Longest narrated sentence, in tokens, read as the action beat that names the speaker of the quote after it.</summary>
    private const int MaxActionBeatTokens = 60;

    /// <summary>The longest paragraph of one sentence of narration (tokens) whose subject speaks the line of dialogue after it ("Elle me fixa avec ses yeux étonnés.⏎« Si, je l'aime »").</summary>
    private const int MaxBeatParagraphTokens = 30;

    /// <summary>Lower than a cue's: the narration shows who acts, and the one who acts usually speaks next, not always.</summary>
    private const float ActionBeatScore = 0.45f;

    /// <summary>Fewest words for a sentence in marks with no cue to be read as a statement.</summary>
    private const int MinStatementWords = 4;

    /// <summary>The longest noun phrase read as an apposition after a gesture in an incise ("…, ce faisan des tonneliers.").</summary>
    private const int MaxAppositionTokens = 6;

    /// <summary>
    /// Fewest paragraphs, each reopening the marks, for a quotation to be a story told or a letter read rather than a
    /// speech: the longest speech of the literary dev texts runs over 4, the stories and letters over 20 and more.
    /// </summary>
    private const int MinToldStoryParagraphs = 8;

    /// <summary>A span in quote marks, or a dialogue turn, as tokens.</summary>
    /// <param name="Open">The opening mark (or dash).</param>
    /// <param name="First">The first token of the content.</param>
    /// <param name="Last">The last token of the content.</param>
    /// <param name="Close">The closing mark, or −1 when the paragraph ended it.</param>
    /// <param name="Dialogue">A turn of dialogue opened by a dash.</param>
    /// <param name="Outer">For a quote inside a quote, the opening mark of the outermost one; −1 otherwise.</param>
    private readonly record struct Segment(int Open, int First, int Last, int Close, bool Dialogue, int Outer = -1);

    /// <summary>The quotes of the document <paramref name="grammar"/> reads, in text order, not yet attributed.</summary>
    public static List<QuoteDraft> Extract(QuoteGrammar grammar)
    {
        var view = grammar.Text;
        var tokens = view.Tokens;
        var drafts = new List<QuoteDraft>();
        if (tokens.Length == 0)
        {
            return drafts;
        }

        var segments = FindSegments(view);
        var inSegment = new bool[tokens.Length];
        foreach (var segment in segments)
        {
            int end = segment.Close >= 0 ? segment.Close : segment.Last;
            for (int i = segment.Open; i <= end; i++)
            {
                inSegment[i] = true;
            }
        }

        var outermost = new Dictionary<int, Segment>();
        foreach (var segment in segments)
        {
            if (segment.Outer < 0)
            {
                outermost[segment.Open] = segment;
            }
        }

        var toldStory = ToldStoryParagraphs(view, segments);
        foreach (var segment in segments)
        {
            if (segment.Outer < 0)
            {
                if (!toldStory.Contains(segment.Open))
                {
                    AddMarked(grammar, segment, inSegment, drafts);
                }
            }
            else if (outermost.TryGetValue(segment.Outer, out var outer))
            {
                AddInner(grammar, segment, outer, drafts);
            }
        }

        int marked = drafts.Count;
        AddIndirect(grammar, inSegment, drafts);

        // An indirect clause that holds a marked quote is reported as that mixed quote only.
        if (drafts.Count > marked)
        {
            // Marked quotes do not overlap one another, so sorted by start a binary search finds the ones an indirect clause
            // could hold. The clause goes when a marked quote inside it hangs on the same cue (a déclaré que … «caduc»); marks
            // governed by a cue of their own inside it (selon lui … «paix mondiale») leave it standing.
            var markedByStart = drafts.Take(marked).OrderBy(m => m.Content.Start).ToArray();
            var keep = new List<QuoteDraft>(drafts.Count);
            foreach (var draft in drafts)
            {
                if (draft.Kind != QuoteKind.Indirect || !HoldsSameCue(markedByStart, draft))
                {
                    keep.Add(draft);
                }
            }

            drafts = keep;
        }

        drafts.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : a.Content.End.CompareTo(b.Content.End));

        // "je lui ai répondu : “non”": a quote inside a quote that the quoted person introduces is theirs. In start order,
        // its container is the last marked quote of the narration that began before it (one pass, however many there are).
        QuoteDraft? container = null;
        for (int d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            if (!draft.Inner && draft.Kind != QuoteKind.Indirect)
            {
                container = draft;
            }
            else if (draft.SpokenByOuter && container is not null && container.Content.End >= draft.Content.End)
            {
                drafts[d] = new QuoteDraft
                {
                    Content = draft.Content, Kind = draft.Kind, Cue = draft.Cue, Speaker = container.Speaker,
                    ContinuesPrevious = container.ContinuesPrevious, Score = container.Score - 0.1f, Inner = true, SpokenByOuter = true,
                };
            }
        }

        return drafts;
    }

    /// <summary>
    /// The opening marks of the paragraphs of every told story or letter: marks reopened at the start of each paragraph
    /// for at least <see cref="MinToldStoryParagraphs"/> paragraphs. A character who tells a story for pages, or a
    /// letter read out whole, is a second narrative level (a récit enchâssé), not a line of dialogue: its narration is not
    /// a quotation, while the dialogue inside it (the quotes inside the quote) still is.
    /// </summary>
    private static HashSet<int> ToldStoryParagraphs(QuoteText t, List<Segment> segments)
    {
        var story = new HashSet<int>();
        var chain = new List<int>();
        int paragraphs = 0;
        bool letter = false; // the chain opened with a salutation alone: a letter read out, however short
        Segment? previous = null;
        foreach (var segment in segments)
        {
            if (segment.Outer >= 0)
            {
                continue;
            }

            // "« Oh, monsieur, avez-vous jamais vu une femme devenir folle ? --Non. --Eh bien, …": a typed dash inside the
            // marks hands the turn on within the paragraph; what follows is still that paragraph of the story.
            if (segment.Dialogue)
            {
                if (previous is { Close: < 0 } before && !t.StartsParagraph(segment.Open) && segment.Open == before.Last + 1 && t.Is(segment.Open, "--"))
                {
                    chain.Add(segment.Open);
                    previous = segment;
                }
                else
                {
                    Flush();
                    previous = null;
                }

                continue;
            }

            // A paragraph of the chain ends with its marks still open and the next one reopens them at its first token.
            bool continues = previous is { Close: < 0 } last && t.StartsParagraph(segment.Open) && segment.Open == last.Last + 1;
            if (!continues)
            {
                Flush();
                letter = segment.Close < 0 && IsSalutation(t, segment);
            }

            chain.Add(segment.Open);
            paragraphs++;
            previous = segment;
        }

        Flush();
        return story;

        void Flush()
        {
            if (paragraphs >= MinToldStoryParagraphs || letter && paragraphs >= 2)
            {
                story.UnionWith(chain);
            }

            chain.Clear();
            paragraphs = 0;
            letter = false;
        }
    }

    /// <summary>
    /// Whether the clause before <paramref name="colon"/> tells of a written thing's text: a relative clause about it ("la
    /// copie du testament, lequel se terminait ainsi", "une lettre, qui commençait par"), or the words it bears ("deux
    /// feuilles avec ces mots").
    /// </summary>
    private static bool WrittenThingBefore(QuoteText t, int colon)
    {
        int sentenceStart = t.SentenceStart(colon);
        // "il n'y avait que deux feuilles avec ces mots :", "une carte portant ces lignes :": words a written thing bears.
        if (t.Is(colon - 2, "ces") && (t.Is(colon - 1, "mots") || t.Is(colon - 1, "lignes")))
        {
            for (int noun = colon - 3; noun > sentenceStart && noun >= colon - 6; noun--)
            {
                if (t.IsWord(noun) && QuoteWords.WrittenNouns.Contains(t.Word(noun)))
                {
                    return true;
                }
            }
        }

        for (int relative = colon - 1; relative > sentenceStart + 1 && relative >= colon - MaxWordsSaidTokens; relative--)
        {
            if (t.Word(relative) is "lequel" or "laquelle" or "qui" && t.Mark(relative - 1) == ',')
            {
                return t.IsWord(relative - 2) && QuoteWords.WrittenNouns.Contains(t.Word(relative - 2));
            }
        }

        return false;
    }

    /// <summary>
    /// "« Monsieur,", "« Ma chère Laurence,": the marks of a paragraph that holds only a salutation and its comma, the head
    /// of a letter whose paragraphs the marks reopen. (Not "Mesdames, messieurs,", which opens a speech as often.)
    /// </summary>
    private static bool IsSalutation(QuoteText t, Segment segment)
        => segment.Last - segment.First <= 4 && t.Mark(segment.Last) == ',' && t.StartsParagraph(segment.Open)
           && (segment.Last + 1 >= t.Count || t.StartsParagraph(segment.Last + 1))
           && t.Word(segment.First) is "Monsieur" or "Madame" or "Mademoiselle" or "Cher" or "Chère" or "Mon" or "Ma";

    private static bool HoldsSameCue(QuoteDraft[] markedByStart, QuoteDraft indirect)
    {
        var span = indirect.Content;
        int lo = 0, hi = markedByStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (markedByStart[mid].Content.Start < span.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // Walk back over the marked quotes that start inside the clause (a bounded number: a clause holds a few).
        for (int i = lo - 1; i >= 0 && i >= lo - 32 && markedByStart[i].Content.End > span.Start; i--)
        {
            if (markedByStart[i].Cue == indirect.Cue)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Pairs the quote marks: « with » (nesting counted), “ with ”, " with the next ", ‹ with ›; a dash that opens a
    /// paragraph opens a turn of dialogue. A paragraph break closes whatever is still open, so an unclosed mark costs one
    /// paragraph at most and the French habit of reopening « at each paragraph of a long quote gives one quote a paragraph.
    /// </summary>
    private static List<Segment> FindSegments(QuoteText t)
    {
        var segments = new List<Segment>();
        int open = -1;
        char closer = '\0';
        var inner = new Stack<(int Open, char Closer)>();
        bool dialogue = false;
        for (int i = 0; i < t.Count; i++)
        {
            if (open >= 0 && t.StartsParagraph(i))
            {
                Emit(open, i - 1, -1);
                open = -1;
            }

            char mark = t.Mark(i);
            if (mark == '\0' && t.StartsParagraph(i) && t.Is(i, "--"))
            {
                mark = '—'; // "--Oui, quand mon mari…": a typed dialogue dash
            }

            // "« Comment ? manquée ? Et pourquoi ? --Oh ! ne m'interrogez pas…": inside a quote, a typed dash after a full
            // stop, a question or an exclamation and before a capital is the next speaker's turn; the marks go on. (Only the
            // typed "--": a typeset dash there is as often a pause in one speaker's words, "… jamais ! — Je vais peut-être…".)
            // ("il force. --Brrrou--le râle s'envole--j'épaule--pan !": dashes that cut the words of one speaker's story in
            // quick fragments come again within a word or two; a turn's dash does not.)
            if (open >= 0 && inner.Count == 0 && t.Is(i, "--") && t.Mark(i - 1) is '?' or '!' or '.' or '…'
                && t.IsCapitalized(i + 1) && !t.StartsParagraph(i + 1) && i - 1 > open && !t.Is(i + 2, "--") && !t.Is(i + 3, "--"))
            {
                Emit(open, i - 1, -1);
                open = i;
                dialogue = true; // another speaker's turn: no continuation of the one before
                continue;
            }

            if (mark == '\0')
            {
                continue;
            }

            if (open < 0)
            {
                (closer, dialogue) = mark switch
                {
                    '«' => ('»', false),
                    '“' => ('”', false),
                    // (A straight mark right before a comma or a full stop closes a quote whose opening mark was lost:
                    // 'parfois nommé "Grenouille dorée" , par les anglophones'; it opens nothing.)
                    '"' when !(i + 1 < t.Count && t.Mark(i + 1) is ',' or '.' or ';' or ')' && !t.StartsParagraph(i + 1)) => ('"', false),
                    '‹' => ('›', false),
                    '»' when t.StartsParagraph(i) => ('»', false), // a long quote reopened with » at a new paragraph
                    '—' or '–' when t.StartsParagraph(i) => ('\0', true),
                    // ("- 12 février 1996 : La police judiciaire…", "- Paul Mus, Viêtnam, Seuil": a hyphen also bullets a
                    // list; it opens a turn only where the line speaks.)
                    '-' when t.StartsParagraph(i) && LineSpeaks(t, i + 1) => ('\0', true),
                    // "Duroy se mit à rire : - Tu ne me reconnais pas ?": a dash after a colon opens the turn inside the paragraph.
                    '—' or '–' when t.Mark(i - 1) == ':' && i + 1 < t.Count && !t.StartsParagraph(i + 1) => ('\0', true),
                    '-' when t.Mark(i - 1) == ':' && i + 1 < t.Count && !t.StartsParagraph(i + 1) && LineSpeaks(t, i + 1) => ('\0', true),
                    _ => ('\0', false),
                };
                if (closer != '\0' || dialogue)
                {
                    open = i;
                    inner.Clear();
                }

                continue;
            }

            // "— Au revoir, mon cher, — et il descendit l'escalier": in a dialogue turn, a dash before a lowercase word
            // hands back to the narration.
            if (dialogue && (mark is '—' or '–' or '-' || t.Is(i, "--")) && i + 1 < t.Count && t.IsWord(i + 1) && !t.IsCapitalized(i + 1)
                && !t.StartsParagraph(i + 1) && t.Tokens[i].Start > t.Tokens[i - 1].End)
            {
                Emit(open, i - 1, i);
                open = -1;
                continue;
            }

            // Inside « », the marks of a quote inside the quote: « again, “ ”, ‹ › and straight " (« Il m'a dit : “Non” »).
            char innerCloser = closer == '»' ? mark switch
            {
                '«' => '»',
                '“' => '”',
                '‹' => '›',
                '"' when inner.Count == 0 || inner.Peek().Closer != '"' => '"',
                _ => '\0',
            } : '\0';
            if (innerCloser != '\0')
            {
                inner.Push((i, innerCloser));
            }
            else if (inner.Count > 0 && mark == inner.Peek().Closer)
            {
                // A quote inside a quote (il s'est dit : « Attends… ») is a quotation of its own.
                int innerOpen = inner.Pop().Open;
                if (i - 1 > innerOpen)
                {
                    segments.Add(new Segment(innerOpen, innerOpen + 1, i - 1, i, false, open));
                }
            }
            else if (mark == closer)
            {
                // The outer quote closes; an inner mark left open (a stray “ or ") closes nothing with it.
                Emit(open, i - 1, i);
                open = -1;
            }
        }

        if (open >= 0)
        {
            Emit(open, t.Count - 1, -1);
        }

        return segments;

        void Emit(int openToken, int last, int close)
        {
            // A dialogue turn that ends on the closing mark of a quote opened before it keeps the mark out of its content.
            while (dialogue && close < 0 && last > openToken + 1 && t.Mark(last) is '»' or '”')
            {
                last--;
            }

            if (dialogue && close < 0 && last > openToken)
            {
                last = TurnEndBeforeNarration(t, openToken + 1, last);
            }

            if (last > openToken)
            {
                segments.Add(new Segment(openToken, openToken + 1, last, close, dialogue));
            }
        }
    }

    /// <summary>
    /// A dialogue turn runs to its paragraph's end, but where the narration goes on in the same paragraph ("- Oh ! oh !
    /// dit-il, en voilà un qui a mené joyeuse vie. Il remua du pied dom Claude, qui retenait son souffle."), a sentence
    /// after the first one that opens on a subject of the third person (il, elle, a person's name) and a verb in the
    /// simple past is the narrator's: the turn ends before it. Speech tells its past in the perfect ("il est parti"), so
    /// the simple past after a third person marks the narration.
    /// </summary>
    private static int TurnEndBeforeNarration(QuoteText t, int first, int last)
    {
        for (int sentence = t.SentenceEnd(first); sentence <= last && sentence > first; sentence = t.SentenceEnd(sentence))
        {
            if (IsNarrationSentence(t, sentence, last))
            {
                return sentence - 1;
            }
        }

        return last;
    }

    /// <summary>
    /// "Il remua du pied dom Claude", "Cependant il se hasarda à regarder l'église", "Puis dom Claude l'entendit s'éloigner en
    /// disant :": a sentence of narration, as <see cref="TurnEndBeforeNarration"/> reads it.
    /// </summary>
    private static bool IsNarrationSentence(QuoteText t, int i, int last)
    {
        for (int openers = 0; openers < 3; openers++)
        {
            if (t.Is(i, "puis") || t.Is(i, "alors") || t.Is(i, "cependant") || t.Is(i, "mais") || t.Is(i, "et") || t.Is(i, "enfin") || t.Is(i, "soudain"))
            {
                i++;
            }
            else if (t.Is(i, "tout") && t.Is(i + 1, "à") && t.Is(i + 2, "coup"))
            {
                i += 3;
            }
            else
            {
                break;
            }

            if (t.Mark(i) == ',')
            {
                i++;
            }
        }

        if (t.In(i, QuoteWords.ThirdPersonSubjects))
        {
            i++;
        }
        else
        {
            // A name, or a name after its lowercase title ("dom Claude", "maître Jacques").
            int name = t.NameLabel(i) == EntityLabel.Person ? i
                : t.IsWord(i) && !t.IsCapitalized(i) && i + 1 <= last && t.NameLabel(i + 1) == EntityLabel.Person ? i + 1 : -1;
            if (name < 0)
            {
                return false;
            }

            i = t.EntityTokens(name).Last + 1;
        }

        for (int guard = 0; guard < 3 && (t.In(i, QuoteWords.Clitics) || t.Is(i, "ne") || t.Is(i, "n'") || t.Is(i, "n’")); guard++)
        {
            i++;
        }

        if (i > last || !t.IsWord(i))
        {
            return false;
        }

        // The simple past (not "-ra", the future's ending as often as the past's: "il viendra", "il entra").
        var verb = t.Word(i);
        if (verb.EndsWith("èrent", StringComparison.Ordinal) || verb.EndsWith("irent", StringComparison.Ordinal) || verb.EndsWith("urent", StringComparison.Ordinal)
            || verb is "fut" or "eut" || verb.Length > 4 && verb.EndsWith("a", StringComparison.Ordinal) && !verb.EndsWith("ra", StringComparison.Ordinal))
        {
            return true;
        }

        // "-it" is the present as often ("il dit", "il finit"): narration only when the sentence introduces the next line.
        int end = Math.Min(t.SentenceEnd(i) - 1, last);
        return verb.Length > 3 && verb.EndsWith("it", StringComparison.Ordinal) && t.Mark(end) == ':';
    }

    private static void AddMarked(QuoteGrammar g, Segment segment, bool[] inSegment, List<QuoteDraft> drafts)
    {
        var t = g.Text;

        // Incises inside the marks cut the quote into parts: each part before an incise is its speaker's, and the part
        // after the last one too ("— À Saint-Front ! répétait l'étrangère. Oh ! … Dites-moi, ma chère, ajouta-t-elle en
        // s'adressant à la fille, connaissez-vous… ?" is four parts, two incises).
        int partFirst = segment.First;
        Incise? previous = null;
        for (int j = segment.First + 1; j <= segment.Last; j++)
        {
            if (!(g.IsClauseMark(j - 1) && t.Mark(j - 1) is not '.' and not ':' || t.Mark(j - 1) == '.' && segment.Dialogue && j - 1 > partFirst))
            {
                continue;
            }

            if (g.InciseAt(j, segment.Last + 1, afterQuote: true) is not { } incise)
            {
                continue;
            }

            if (previous is { } before)
            {
                // The words between two incises: the sentences that end before the second incise's sentence went on
                // from the first incise; the sentence the second incise cuts is its own.
                int sentenceStart = t.SentenceStart(j - 1);
                if (sentenceStart > partFirst && sentenceStart <= j - 1)
                {
                    AddPart(partFirst, sentenceStart - 1, before);
                    partFirst = sentenceStart;
                }
            }

            AddPart(partFirst, j - 1, incise);
            previous = incise;
            int resume = incise.End + 1;

            // "dit Sorel, d'un ton de voix traînard, il ne reste donc plus…": the manner of speaking set off by commas
            // belongs to the incise.
            if (t.IsMannerPhrase(resume))
            {
                int comma = resume + 2;
                while (comma <= segment.Last && comma < resume + MaxAppositionTokens + 2 && !g.IsClauseMark(comma))
                {
                    comma++;
                }

                if (comma <= segment.Last && t.Mark(comma) == ',')
                {
                    resume = comma + 1;
                }
            }

            bool describedSpeaker = false;
            if (segment.Dialogue && AfterSpeakerDescription(t, resume) is > 0 and var described)
            {
                if (described > segment.Last)
                {
                    return;
                }

                resume = described;
                describedSpeaker = true;
            }

            // In a dialogue turn the speech resumes after the incise ("— Je ne vais nulle part, dit Florent accablé. Allons
            // où vous voudrez."), unless narration goes on: a participle or a relative clause ("— C'est mon parrain,
            // répliqua Bouvard, ajoutant qu'il…", "s'écria Pécuchet, qui redoutait…").
            if (segment.Dialogue && !describedSpeaker && IsNarrationAfterIncise(t, resume, incise.Cue.Last, incise.End))
            {
                // "— Que faire ? disait le maire, qui était un homme de mœurs douces. Je ne puis envoyer un gendarme…", "dit
                // l'aveugle qui voulait changer de propos… ; coiffe-moi donc, Pauline": once the narration's sentence ends, or at
                // its semicolon, what speaks in the first or second person and in the present is the speaker again.
                int next = t.SentenceEnd(resume);
                for (int k = resume; k < next && k <= segment.Last; k++)
                {
                    if (t.Mark(k) == ';')
                    {
                        next = k + 1;
                        break;
                    }
                }

                if (next > segment.Last || !IsSpeechSentence(t, next, segment.Last))
                {
                    return;
                }

                partFirst = next;
                j = partFirst;
                continue;
            }

            while (resume <= segment.Last && t.IsPunctuation(resume) && t.Mark(resume) is not '«' and not '“')
            {
                resume++;
            }

            if (resume > segment.Last)
            {
                return;
            }

            partFirst = resume;
            j = resume;
        }

        if (previous is { } last)
        {
            AddPart(partFirst, segment.Last, last);
            return;
        }

        AddWhole(g, segment, inSegment, drafts, partFirst);

        void AddPart(int first, int last, Incise incise)
        {
            // "— Cela dépend des jours », fit-elle": the mark that closes the whole exchange is not part of the turn (one
            // that closes marks opened inside it is: "— Il a dit « non », répondit-elle").
            int end = last;
            if (t.Mark(end) == ',' && end > first)
            {
                end--;
            }

            bool opensInside = false;
            for (int k = first; k < end && !opensInside; k++)
            {
                opensInside = t.Mark(k) is '«' or '“';
            }

            end = t.Mark(end) is '»' or '”' && end > first && !opensInside ? end - 1 : last;

            drafts.Add(new QuoteDraft
            {
                Content = t.Span(first, end), Kind = QuoteKind.Direct, Cue = t.Span(incise.Cue.First, incise.Cue.Last),
                Speaker = incise.Speaker, Score = ScoreFor(incise.Speaker),
            });
        }
    }

    /// <summary>
    /// A quote inside a quote («Il m'a dit : “Nous ne céderons pas”», «il s'est dit : « Attends… »»), reported only
    /// when a cue inside the outer quote introduces it: an incise right after it, or a reporting verb right before it,
    /// with or without a colon. Other marks inside a quote (a title, a scare-quoted word) are left as part of it.
    /// </summary>
    private static void AddInner(QuoteGrammar g, Segment segment, Segment outer, List<QuoteDraft> drafts)
    {
        var t = g.Text;
        var content = t.Span(segment.First, segment.Last);
        int floor = outer.First;
        int ceiling = outer.Last;

        // “Non”, m'a-t-il répondu, …
        int after = segment.Close + 1;
        int inciseAt = t.Mark(after) == ',' ? after + 1 : after;
        if (inciseAt <= ceiling && g.InciseAt(inciseAt, ceiling + 1, afterQuote: true) is { } incise)
        {
            Add(incise.Cue, incise.Speaker, QuoteKind.Direct);
            return;
        }

        // il s'est dit : « Attends… » / il a répondu “non”: the verb, and its subject, inside the outer quote.
        bool colon = t.Mark(segment.Open - 1) == ':';
        int look = colon ? segment.Open - 1 : segment.Open;
        if (g.CueBefore(look, ReportingFrames.Incise | ReportingFrames.ThatClause | ReportingFrames.QuotedPhrase, i => i < floor) is { Verb: not null } verb
            && verb.First >= floor && look - verb.Last <= 4)
        {
            var subject = g.SubjectBefore(verb.First);
            if (subject is not null && subject.FirstToken < floor)
            {
                subject = null;
            }

            Add(verb, subject, colon ? QuoteKind.Direct : QuoteKind.Mixed);
        }

        // Marks opened right after a colon are speech whatever introduces them ("remuait la queue pour me dire : « Est-il
        // joué, ce tour-là ? »"): reported, with the subject of the clause before the colon when no verb is near ("il
        // tombe ; et Médor, en le rapportant, remuait la queue pour me dire :"), as outside a quote, else the sentence's.
        else if (colon)
        {
            var subject = g.SentenceSubject(Math.Max(floor, LastClauseStart(t, look)), look) ?? g.SentenceSubject(Math.Max(floor, t.SentenceStart(look)), look);
            Add(new Cue(look, look, null), subject is not null && subject.FirstToken >= floor ? subject : null, QuoteKind.Direct);
        }

        void Add(Cue cue, SpeakerMention? speaker, QuoteKind kind)
        {
            bool firstPerson = IsNarratorsJe(t, speaker);
            drafts.Add(new QuoteDraft
            {
                Content = content, Kind = kind, Cue = t.Span(cue.First, cue.Last), Speaker = firstPerson ? null : speaker,
                SpokenByOuter = firstPerson, Score = ScoreFor(speaker) - 0.1f, Inner = true,
            });
        }
    }

    /// <summary>Whether <paramref name="mention"/> is the pronoun je (j'): the narrator of a first-person text, or the person quoted.</summary>
    private static bool IsNarratorsJe(QuoteText t, SpeakerMention? mention)
        => mention is { Kind: MentionKind.Pronoun }
           && (t.Is(mention.FirstToken, "je") || t.Is(mention.FirstToken, "-je") || t.Is(mention.FirstToken, "j'") || t.Is(mention.FirstToken, "j’"));

    private static int CountWords(QuoteText t, int first, int last)
    {
        int words = 0;
        for (int i = first; i <= last && words < MinStatementWords; i++)
        {
            if (t.IsWord(i))
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>
    /// "répondit l'aubergiste, une femme forte aux bras nus. Mais elle n'est pas chauffée.": an article and a noun for people
    /// up to the sentence's end, with no verb or pronoun in it ("dit-il, une femme m'attend" is speech), describe the speaker;
    /// the turn's speech goes on with the next sentence. Returns where that sentence starts, or -1.
    /// </summary>
    private static int AfterSpeakerDescription(QuoteText t, int i)
    {
        if (t.Mark(i - 1) != ',' || !t.In(i, QuoteWords.Determiners)
            || !(t.IsWord(i + 1) && QuoteWords.PersonNouns.Contains(t.Word(i + 1)) || t.IsWord(i + 2) && QuoteWords.PersonNouns.Contains(t.Word(i + 2))))
        {
            return -1;
        }

        int end = t.SentenceEnd(i);
        if (end - i > 2 * MaxAppositionTokens || t.Mark(end - 1) is not ('.' or ';'))
        {
            return -1;
        }

        for (int k = i + 1; k < end; k++)
        {
            if (t.In(k, QuoteWords.Auxiliaries) || t.In(k, QuoteWords.Clitics) || t.In(k, QuoteWords.Pronouns) || t.In(k, QuoteWords.Boundaries) && t.Is(k, "qui"))
            {
                return -1;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether the paragraph from token <paramref name="first"/> sounds like a line of dialogue: a question or an
    /// exclamation, a pronoun of the first or second person, or an inverted subject (dit-il). Read over a bounded stretch.
    /// </summary>
    private static bool LineSpeaks(QuoteText t, int first)
    {
        for (int i = first; i < t.Count && i < first + 200 && (i == first || !t.StartsParagraph(i)); i++)
        {
            if (t.Mark(i) is '?' or '!' or '…' || t.In(i, QuoteWords.InvertedClitics) || t.In(i, QuoteWords.SpeakerPronouns))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNarrationAfterIncise(QuoteText t, int i, int cueLast, int inciseEnd)
    {
        // (After the incise's own full stop, "Qui" asks a question: "répondit le docteur. Qui est-ce ?".)
        bool sentenceEnded = t.Mark(i - 1) is '.' or '!' or '?' or '…';
        if (!sentenceEnded && (t.Is(i, "qui") || t.Is(i, "dont") || t.Is(i, "lequel") || t.Is(i, "laquelle")))
        {
            return true;
        }

        // "reprit Bouvard d'une voix étranglée, pareille à un râle": a comparison that goes on describing the voice.
        if (t.Is(i, "pareil") || t.Is(i, "pareille") || t.Is(i, "semblable"))
        {
            return true;
        }

        // "reprit-elle en s'asseyant près de Florent, sur les légumes d'une voisine", "s'écria Pauline en rougissant, et en
        // pressant sa mère…": after a gerund in the incise, a complement or a second gerund goes on with the gesture.
        bool gerund = false;
        for (int k = cueLast + 1; k < inciseEnd; k++)
        {
            gerund |= IsGerundAt(t, k);

            // "répondit madame Grandet en regardant son mari d'un air timide qui, vu son âge, annonçait…": a relative
            // clause opened inside the incise goes on past its comma.
            if (t.Is(k, "qui") || t.Is(k, "dont"))
            {
                return true;
            }
        }

        // "dit la grande Nanon en remportant les restes d'une oie, ce faisan des tonneliers.": after a gesture, a noun
        // phrase that ends the sentence is an apposition to its object.
        if (gerund && t.In(i, QuoteWords.Determiners) && t.SentenceEnd(i) - i <= MaxAppositionTokens)
        {
            return true;
        }

        if (gerund && t.In(i, QuoteWords.Prepositions) || t.Is(i, "et") && IsGerundAt(t, i + 1))
        {
            return true;
        }

        // "disait le substitut, jeune magistrat farouche qui aspirait…": an apposition that describes the speaker, a noun for
        // people or a relative clause in its first words; words the speaker says go on with a verb, not with a description.
        if (t.IsWord(i) && QuoteWords.PersonNouns.Contains(t.Word(i)))
        {
            return true;
        }

        // (Not the speech's own presentative: "dit-il, en voilà un qui a mené joyeuse vie"; nor a new sentence.)
        for (int k = i + 1; !sentenceEnded && k < i + 4 && k < t.Count && t.IsWord(k) && !t.Is(k - 1, "voilà") && !t.Is(k - 1, "voici"); k++)
        {
            if (t.Is(k, "qui") || t.Is(k, "dont"))
            {
                return true;
            }
        }

        // "répéta Étienne, sans transition apparente", "reprit Catherine, après avoir tendu l'oreille", "dit Zacharie, quand il
        // se fut assis", "dès qu'il fut seul", "lorsque le père se fut attablé": a phrase of manner, time or place after the
        // incise goes on describing the speaker (a clause of time in the past, its subject a pronoun or a noun phrase).
        int when = t.Is(i, "dès") || t.Is(i, "aussitôt") ? i + 1 : i;
        if (t.In(i, QuoteWords.NarrationOpeners))
        {
            return true;
        }

        if (t.Is(when, "quand") || t.Is(when, "lorsque") || t.Is(when, "lorsqu'") || t.Is(when, "lorsqu’")
            || when > i && (t.Is(when, "que") || t.Is(when, "qu'") || t.Is(when, "qu’")))
        {
            for (int k = when + 1; k < when + 6 && k < t.Count && t.IsWord(k); k++)
            {
                if (t.Is(k, "fut") || t.Is(k, "eut") || t.Is(k, "furent") || t.Is(k, "eurent")
                    || t.In(k - 1, QuoteWords.ThirdPersonSubjects) && IsSimplePastOrAnterior(t, k))
                {
                    return true;
                }
            }
        }

        // "constata Maheu, en train de racler le fond de sa jatte": what the speaker is doing.
        if (t.Is(i, "en") && t.Is(i + 1, "train") && t.In(i + 2, QuoteWords.Particles))
        {
            return true;
        }

        // "demanda la maîtresse d'auberge, tout en atteignant un flambeau": a gerund with "tout".
        if (t.Is(i, "tout") && IsGerundAt(t, i + 1))
        {
            return true;
        }

        // "balbutia d'Artagnan…, et il s'évanouit une seconde fois", "répondit d'Artagnan peu convaincu ; car il savait…": a
        // clause of the narration, a pronoun of the third person and a verb in a past tense, after a conjunction or alone.
        int clause = t.Is(i, "et") || t.Is(i, "car") || t.Is(i, "puis") || t.Is(i, "mais") ? i + 1 : i;
        if (t.In(clause, QuoteWords.ThirdPersonSubjects) && IsNarratedPast(t, clause + 1))
        {
            return true;
        }

        // "murmura l'hôte en s'approchant, et essayant par cette flatterie…": a second participle; "s'écria le voyageur, à son
        // laquais, lequel…": the one spoken to.
        if (t.Is(i, "et") && t.IsWord(i + 1) && t.Word(i + 1).Length > 4 && t.Word(i + 1).EndsWith("ant", StringComparison.Ordinal)
            && !QuoteWords.AdverbsInAnt.Contains(t.Word(i + 1))
            || t.Is(i, "à") && t.In(i + 1, QuoteWords.ThirdPersonPossessives))
        {
            return true;
        }

        // "reprit Maheu, exaspéré des cris d'Estelle": a past participle and its complement.
        if (t.IsWord(i) && !t.IsCapitalized(i) && t.Word(i).Length > 3 && IsPastParticipleForm(t.Word(i))
            && (t.In(i + 1, QuoteWords.Of) || t.Is(i + 1, "par")))
        {
            return true;
        }

        if (t.Is(i, "en"))
        {
            // "s'écria-t-elle, en colère.": a state in a word or two, to the sentence's end.
            if (t.SentenceEnd(i) - i <= 3 && t.IsWord(i + 1) && !t.IsCapitalized(i + 1))
            {
                return true;
            }

            i++;
            if (t.In(i, QuoteWords.Reflexives) || t.In(i, QuoteWords.Clitics))
            {
                i++; // "dit la Maheude, en s'allongeant au milieu du lit", "répétait la mère en les chassant"
            }
        }

        return t.IsWord(i) && t.Word(i).EndsWith("ant", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A verb in the imperfect or the simple past of the third person at <paramref name="i"/>, clitics before it allowed
    /// ("savait", "s'évanouit", "le regarda", "n'y voyait"): the tenses of narration.
    /// </summary>
    private static bool IsNarratedPast(QuoteText t, int i)
    {
        for (int guard = 0; guard < 3 && (t.In(i, QuoteWords.Clitics) || t.Is(i, "ne") || t.Is(i, "n'") || t.Is(i, "n’")); guard++)
        {
            i++;
        }

        if (!t.IsWord(i) || t.Word(i).Length < 3)
        {
            return false;
        }

        // Endings of the imperfect and of the simple past that the present and the future do not share ("-it" is also
        // "dit", "finit" in the present, "-ra" the future, and "-rait" as often the conditional that speech uses: "il serait
        // bien facile").
        var verb = t.Word(i);
        if (verb.EndsWith("rait", StringComparison.Ordinal) || verb.EndsWith("raient", StringComparison.Ordinal))
        {
            return false;
        }

        return verb.EndsWith("ait", StringComparison.Ordinal) || verb.EndsWith("aient", StringComparison.Ordinal)
               || verb.EndsWith("èrent", StringComparison.Ordinal) || verb.EndsWith("irent", StringComparison.Ordinal)
               || verb.EndsWith("ouit", StringComparison.Ordinal)
               || verb.EndsWith("ut", StringComparison.Ordinal) && (!verb.EndsWith("eut", StringComparison.Ordinal) || verb is "eut") // se tut, parut (not peut, veut)
               || verb.EndsWith("a", StringComparison.Ordinal) && !verb.EndsWith("ra", StringComparison.Ordinal) && verb.Length > 4;
    }

    /// <summary>"se fut", "eut", "fut", "se tut", "entra": a verb of the narration's past at <paramref name="i"/> (its reflexive allowed).</summary>
    private static bool IsSimplePastOrAnterior(QuoteText t, int i)
    {
        if (t.In(i, QuoteWords.Reflexives))
        {
            i++;
        }

        return t.Is(i, "fut") || t.Is(i, "eut") || t.Is(i, "furent") || t.Is(i, "eurent")
               || t.IsWord(i) && (t.Word(i).EndsWith("a", StringComparison.Ordinal) || t.Word(i).EndsWith("it", StringComparison.Ordinal)) && t.Word(i).Length > 3;
    }

    /// <summary>"exaspéré", "surprises": a form that reads as the past participle of a verb in -er (-é, -ée, -és, -ées).</summary>
    private static bool IsPastParticipleForm(ReadOnlySpan<char> word)
        => word.EndsWith("é", StringComparison.Ordinal) || word.EndsWith("ée", StringComparison.Ordinal) || word.EndsWith("és", StringComparison.Ordinal)
           || word.EndsWith("ées", StringComparison.Ordinal);

    /// <summary>
    /// Whether the sentence at <paramref name="first"/> reads as speech, not narration: it holds a pronoun of the first or
    /// second person as the subject of a verb in the present ("Je ne puis", "vous voyez") and no verb in the simple past.
    /// </summary>
    private static bool IsSpeechSentence(QuoteText t, int first, int limit)
    {
        // "répondit le docteur en posant son livre. Qui est-ce ?": a question in a turn of dialogue is asked aloud.
        int last = t.SentenceEnd(first) - 1;
        if (last <= limit && t.Mark(last) == '?')
        {
            return true;
        }

        // (Or the sentence after it when this one is an exclamation alone: "Ah bien ! si tu les écoutes…".)
        if (last - first <= 3 && last + 1 < t.Count)
        {
            last = t.SentenceEnd(last + 1) - 1;
        }

        last = Math.Min(last, limit);
        bool speaks = false;
        for (int i = first; i <= last; i++)
        {
            if (!t.IsWord(i))
            {
                continue;
            }

            if (t.In(i, QuoteWords.SpeakerPronouns) && t.IsWord(i + 1))
            {
                var verb = t.Word(t.In(i + 1, QuoteWords.Clitics) || t.Is(i + 1, "ne") || t.Is(i + 1, "n'") || t.Is(i + 1, "n’") ? i + 2 : i + 1);
                // "Je le regardai": a narrator's simple past (not "je saurai", a future, nor "j'ai").
                if (verb.Length > 2 && verb.EndsWith("ai", StringComparison.Ordinal) && !verb.EndsWith("rai", StringComparison.Ordinal)
                    || verb.EndsWith("âmes", StringComparison.Ordinal) || verb.EndsWith("âtes", StringComparison.Ordinal))
                {
                    return false;
                }

                speaks = true;
            }
        }

        return speaks;
    }

    /// <summary>
    /// The subject of the clause a gerund at <paramref name="gerund"/> depends on: the antecedent of the relative clause it
    /// ends ("remit une lettre à madame Cornoiller, qui vint au jardin en criant :"), else the sentence's subject.
    /// </summary>
    private static SpeakerMention? GerundSubject(QuoteText t, QuoteGrammar g, int gerund)
    {
        int start = t.SentenceStart(gerund);
        for (int k = gerund - 1; k > start && k >= gerund - 15 && t.Mark(k) is not (';' or ':' or '.'); k--)
        {
            if (t.Is(k, "qui") && t.Mark(k - 1) == ',')
            {
                return g.RelativeAntecedent(k);
            }
        }

        return g.SentenceSubject(start, gerund);
    }

    /// <summary>"en disant", "en s'asseyant", "en se regardant": a gerund, its reflexive pronoun allowed, opens at <paramref name="k"/>.</summary>
    private static bool IsGerundAt(QuoteText t, int k)
    {
        if (!t.Is(k, "en"))
        {
            return false;
        }

        // ("en les chassant", "en lui tendant la main": object pronouns too.)
        int verb = t.In(k + 1, QuoteWords.Reflexives) || t.In(k + 1, QuoteWords.Clitics) ? k + 2 : k + 1;
        return t.IsWord(verb) && t.Word(verb).EndsWith("ant", StringComparison.OrdinalIgnoreCase);
    }

    private static void AddWhole(QuoteGrammar g, Segment segment, bool[] inSegment, List<QuoteDraft> drafts, int first)
    {
        var t = g.Text;
        var content = t.Span(first, segment.Last);
        int sentenceStart = t.SentenceStart(segment.Open);
        int sentenceEnd = t.SentenceEnd(segment.Close >= 0 ? segment.Close : segment.Last);
        int after = segment.Close >= 0 ? segment.Close + 1 : segment.Last + 1;

        // "Pour L'Humanité, « la rue n'a pas dit son dernier mot »": after a source and its comma the marks do not open the
        // sentence, however short the source (an untagged title would otherwise pass for an opening adverbial).
        bool opensSentence = OpensSentence(t, sentenceStart, segment.Open)
                             && !(t.Mark(segment.Open - 1) == ',' && g.SentenceOpeningSource(segment.Open) is { } openingSource && openingSource.Last < segment.Open);
        bool closesSentence = after >= sentenceEnd || t.Mark(after) is '.' or '!' or '?' or '…' || t.Is(after, "...") || t.StartsParagraph(after);

        // "l'opération « Place nette XXL » contre le trafic", "le film « Le Bureau des légendes »": marks after a noun that
        // names (a title, an operation, a word) hold a name, whatever follows them.
        if (!opensSentence && NamedByNoun(g, segment))
        {
            return;
        }

        // 1. An incise right after the marks: «…», a-t-il déclaré / «…» dit-elle / «…», selon le communiqué.
        int inciseAt = t.Mark(after) == ',' ? after + 1 : after;
        int clauseLimit = Math.Max(sentenceEnd, Math.Min(t.Count, inciseAt + 30));
        if (inciseAt < t.Count && !t.StartsParagraph(inciseAt) && !inSegment[inciseAt])
        {
            if (g.InciseAt(inciseAt, Math.Min(clauseLimit, t.Count), afterQuote: true) is { } incise)
            {
                drafts.Add(new QuoteDraft
                {
                    Content = content, Kind = opensSentence ? QuoteKind.Direct : QuoteKind.Mixed,
                    Cue = t.Span(incise.Cue.First, incise.Cue.Last), Speaker = incise.Speaker,
                    Score = ScoreFor(incise.Speaker),
                });
                return;
            }

            if (g.SelonAt(inciseAt) is { } selon)
            {
                // ("il voterait la censure (« sans hésiter », selon ses mots)": his own words are the clause's subject's.)
                var speaker = OwnWordsAt(t, selon.Last + 1)
                    ? g.SubjectBefore(LastVerbBefore(g, segment.Open)) ?? g.SentenceSubject(t.SentenceStart(segment.Open), segment.Open)
                    : g.NounPhraseAfter(selon.Last + 1, t.Count);
                drafts.Add(new QuoteDraft
                {
                    Content = content, Kind = opensSentence ? QuoteKind.Direct : QuoteKind.Mixed, Cue = t.Span(selon.First, selon.Last),
                    Speaker = speaker, Score = ScoreFor(speaker),
                });
                return;
            }
        }

        // "« Nous ne fermerons pas cette usine. » C'est ce qu'a affirmé hier le ministre…": the sentence right after the
        // quote says who said it, with the subject after the verb.
        if (after + 4 < t.Count && !t.StartsParagraph(after) && (t.Is(after, "c'") || t.Is(after, "c’")) && t.Is(after + 1, "est")
            && t.Is(after + 2, "ce") && (t.Is(after + 3, "qu'") || t.Is(after + 3, "qu’") || t.Is(after + 3, "que"))
            && g.InciseAt(after + 4, t.SentenceEnd(after + 4), afterQuote: true) is { } echo)
        {
            drafts.Add(new QuoteDraft
            {
                Content = content, Kind = QuoteKind.Direct, Cue = t.Span(echo.Cue.First, echo.Cue.Last), Speaker = echo.Speaker,
                Score = ScoreFor(echo.Speaker) - 0.05f,
            });
            return;
        }

        // «A», a-t-il dit, «B»: the second part shares the incise that follows the first.
        if (t.Mark(segment.Open - 1) == ',' && PreviousIncise(g, segment.Open - 1, inSegment) is { } shared)
        {
            drafts.Add(new QuoteDraft
            {
                Content = content, Kind = QuoteKind.Direct, Cue = t.Span(shared.Cue.First, shared.Cue.Last), Speaker = shared.Speaker,
                Score = ScoreFor(shared.Speaker),
            });
            return;
        }

        // 2. A colon before the marks: X a déclaré : «…» / Barrot : «…» / Bouvard lui dit :⏎— …
        int colon = segment.Open - 1;
        if ((t.Mark(colon) is '—' or '–' || t.Is(colon, "--")) && t.Mark(colon - 1) == ':')
        {
            colon--; // "Elle répondit :-- « Pas de danger.": a dialogue dash between the colon and the marks
        }

        // "Cinéma : « Anatomie d'une chute » triomphe aux César": after a headline's topic, marks that the headline's verb
        // follows are a title, the headline's subject, not words someone said (a person's name there is: "Barrot : «…»").
        if (t.Mark(colon) == ':' && colon - 1 >= 0 && t.StartsParagraph(colon - 1) && t.NameLabel(colon - 1) is null && segment.Close >= 0
            && after < t.Count && t.IsWord(after) && !t.IsCapitalized(after) && g.InciseAt(after, t.SentenceEnd(after)) is null)
        {
            return;
        }

        if (t.Mark(colon) == ':')
        {
            if (opensSentence || closesSentence || t.StartsParagraph(segment.Open) || after >= t.Count || t.Mark(after) is ',' or ';' or '.')
            {
                var cue = g.CueBefore(colon, ReportingFrames.Incise | ReportingFrames.ThatClause | ReportingFrames.QuotedPhrase | ReportingFrames.Infinitive, i => inSegment[i]);
                SpeakerMention? speaker;
                TextSpan cueSpan;
                // (The verb of "aux questions qu'on lui faisait :" asks; the colon introduces the answer.)
                var answerer = AnswerTo(t, g, colon);
                if (cue is { } verb && verb.Last >= colon - 6 && answerer is null)
                {
                    // "Pécuchet ne put s'empêcher de dire :", "madame François vint se rasseoir, en disant :", "le baron se
                    // troubla ; et balbutiant :": the speaker of an infinitive, a gerund or a participle clause is the
                    // subject of the sentence.
                    bool participle = verb.First == verb.Last && t.Word(verb.First).EndsWith("ant", StringComparison.Ordinal)
                                      && (t.Is(verb.First - 1, "et") || t.Mark(verb.First - 1) is ',' or ';');
                    bool nonFinite = t.In(verb.First - 1, QuoteWords.Particles) || t.Is(verb.First - 1, "à") || t.Is(verb.First - 1, "en") || participle;
                    // (A gerund's cue starts at its "en": "Jeanlin, qui s'était pelotonné, referma les yeux, en disant :" has the
                    // sentence's subject when the clause before the gerund gives none.)
                    bool gerund = t.Is(verb.First, "en");
                    speaker = SharedInciseSpeaker(g, colon, inSegment)
                              ?? (verb.Verb is null ? g.NounPhraseAfter(verb.Last + 1, colon)
                                  : nonFinite ? g.SentenceSubject(t.SentenceStart(verb.First), verb.First)
                                  : g.SubjectBefore(verb.First) ?? (gerund ? GerundSubject(t, g, verb.First) : null));
                    cueSpan = t.Span(verb.First, verb.Last);
                }
                else
                {
                    // "Palais de la Découverte, 9 h. 45 : « La biologie »": in a listing, a time before the colon announces a
                    // talk's or a show's title, not words someone said.
                    if (cue is null && (t.Is(colon - 1, "heures") || t.Is(colon - 1, "h")
                                        || t.IsNumber(colon - 1) && (t.Is(colon - 2, "h") || t.Mark(colon - 2) == '.' && t.Is(colon - 3, "h") || t.Word(colon - 1).Contains('h'))))
                    {
                        return;
                    }

                    // "Le notaire envoya la copie du testament, lequel se terminait ainsi :": words a written thing holds,
                    // its verb no verb of saying, are a document's text, not words someone said.
                    if (answerer is null && WrittenThingBefore(t, colon))
                    {
                        return;
                    }

                    // ("Il parut se consulter ; puis, en hésitant :": a clause with no subject of its own has the sentence's.)
                    speaker = answerer ?? WordsSaidBy(t, g, colon)
                        ?? (cue is { } far && far.Verb is not null ? g.SubjectBefore(far.First)
                            : HeadingSource(t, g, colon) ?? g.SentenceSubject(LastClauseStart(t, colon), colon) ?? g.SentenceSubject(t.SentenceStart(colon), colon));
                    speaker = UtteranceOwner(t, speaker, colon);
                    cueSpan = t.Span(colon, colon);
                }

                drafts.Add(new QuoteDraft
                {
                    Content = content, Kind = QuoteKind.Direct, Cue = cueSpan, Speaker = speaker,
                    ContinuesPrevious = speaker is null && !segment.Dialogue, Score = ScoreFor(speaker) - 0.05f,
                });
                return;
            }
        }

        // A headline that opens with the quote and names its speaker after a colon: "« On ne lâchera rien » : les
        // agriculteurs bloquent l'A6".
        if (opensSentence && t.Mark(after) == ':' && t.StartsParagraph(sentenceStart) && sentenceEnd - sentenceStart <= MaxHeadlineTokens
            && g.NounPhraseAfter(after + 1, sentenceEnd) is { } headlineSpeaker)
        {
            drafts.Add(new QuoteDraft
            {
                Content = content, Kind = QuoteKind.Direct, Cue = t.Span(after, after), Speaker = headlineSpeaker,
                Score = ScoreFor(headlineSpeaker) - 0.1f,
            });
            return;
        }

        if (opensSentence && closesSentence)
        {
            // 3. A whole sentence in marks after "X confirme." or with no cue at all: it continues the last speaker.
            int previous = segment.Open - 1;
            // (Not a verb that ends the quote before: "— Mais je n'ai jamais rien écrit.⏎— Bah ! on essaye".)
            if (t.Mark(previous) == '.' && previous > 0 && !inSegment[previous - 1]
                && g.VerbCueAt(previous - 1, ReportingFrames.Incise | ReportingFrames.ThatClause) is { } lead)
            {
                var speaker = g.SubjectBefore(lead.First);
                drafts.Add(new QuoteDraft
                {
                    Content = content, Kind = QuoteKind.Direct, Cue = t.Span(lead.First, lead.Last), Speaker = speaker,
                    Score = ScoreFor(speaker) - 0.1f,
                });
                return;
            }

            // A few words alone in marks («Profil bas») are a heading or a title, not a statement; after a dialogue dash
            // they are a line ("Mais il en prit son parti. -- « Adieu, petite. »").
            bool dashed = segment.Open > 0 && (t.Mark(segment.Open - 1) is '—' or '–' || t.Is(segment.Open - 1, "--"));
            if (!segment.Dialogue && !dashed && CountWords(t, first, segment.Last) < MinStatementWords)
            {
                return;
            }

            var beat = ActionBeatSubject(g, segment.Open, inSegment, out var newcomer) ?? InterviewedAfterHeadline(g, segment, after)
                       ?? (segment.Dialogue ? CollectiveBeat(g, segment, inSegment) : null);
            drafts.Add(new QuoteDraft
            {
                Content = content, Kind = QuoteKind.Direct, Speaker = beat, Newcomer = newcomer, ContinuesPrevious = beat is null && !segment.Dialogue,
                ContinuesIntoNext = beat is null && !segment.Dialogue && segment.Close < 0 && after < t.Count && t.StartsParagraph(after)
                                    && t.Mark(after) is '«' or '»' or '“',
                Score = beat is not null ? ActionBeatScore : segment.Dialogue ? 0.6f : 0.5f,
            });
            return;
        }

        if (segment.Dialogue)
        {
            var beat = ActionBeatSubject(g, segment.Open, inSegment, out var newcomer) ?? CollectiveBeat(g, segment, inSegment);
            drafts.Add(new QuoteDraft { Content = content, Kind = QuoteKind.Direct, Speaker = beat, Newcomer = newcomer, Score = beat is not null ? ActionBeatScore : 0.6f });
            return;
        }

        // 4. Marks inside a clause: a mixed quote when a cue governs the sentence, otherwise a title, a name or scare quotes.
        // ("Les manifestants ont scandé « Nous ne lâcherons rien »": right after a verb of speech, words that open with a
        // subject pronoun are said, not a title.)
        bool saidRightAfterVerb = t.In(segment.First, QuoteWords.Pronouns) && g.VerbCueAt(segment.Open - 1, ReportingFrames.Incise) is { } saying
                                  && saying.Last == segment.Open - 1;
        if (!saidRightAfterVerb && LooksLikeTitle(g, segment))
        {
            return;
        }

        // "Je ne comprenais pas, « Comment, chez toi ?": a whole utterance in marks, ended by its own punctuation and by
        // the paragraph, is speech even inside a narrated sentence.
        if (segment.Close < 0 && closesSentence && t.Mark(segment.Last) is '?' or '!' or '.' or '…' && CountWords(t, first, segment.Last) >= 2)
        {
            // The sentence's "Je" is the one who speaks there, not whoever spoke the line before.
            var narrator = g.SentenceSubject(t.SentenceStart(segment.Open), segment.Open);
            bool narrated = IsNarratorsJe(t, narrator);
            drafts.Add(new QuoteDraft { Content = content, Kind = QuoteKind.Direct, Speaker = narrated ? narrator : null, ContinuesPrevious = !narrated, Score = 0.5f });
            return;
        }

        // An incise that closes the sentence attributes all of it: "Les diplomates doivent «tenir compte…» et n'octroyer
        // aucune immunité, a déclaré Louise Arbour", "les autorités espèrent que … «revitaliser» …, a indiqué Gale Norton".
        // ("selon lui un oasis de «paix mondiale»": a selon right before the marks is nearer still.)
        // ("Selon des propos rapportés par Le Parisien, le ministre… jugerait la situation « sous contrôle »": a source that
        // names no author leaves the clause's own verb to say who spoke.)
        // ("Selon Roland Dumas, … L'autorisation… - Le 17 mai 2004, Michel Charasse a reconnu avoir signé des commissions
        // « légales »": a verb of its own with its subject after the source's phrase speaks the marks.)
        // "Le maire, pour qui « rien n'est joué », compte sur l'État": the opinion of the one "pour qui" takes up.
        if (t.Is(segment.Open - 1, "qui") && t.Is(segment.Open - 2, "pour") && g.RelativeAntecedent(segment.Open - 2) is { } holder)
        {
            drafts.Add(new QuoteDraft
            {
                Content = content, Kind = QuoteKind.Direct, Cue = t.Span(segment.Open - 2, segment.Open - 1), Speaker = holder,
                Score = ScoreFor(holder) - 0.1f,
            });
            return;
        }

        var ownCue = g.CueBefore(segment.Open, ReportingFrames.ThatClause | ReportingFrames.QuotedPhrase, i => inSegment[i]);
        var before = g.SentenceOpeningSource(segment.Open) is { } source && source.Last < segment.Open
                     && !(AuthorlessStatementAt(t, source.Last + 1) is int statement && ownCue is { Verb: not null } own && own.First > statement)
                     // (Not a subject right after the source's comma: "Selon Le Parisien, Olivier Dussopt juge…" is the paper's report.)
                     && !(ownCue is { Verb: not null } finite && !t.LooksInfinitive(finite.Last) && g.SubjectBefore(finite.First) is { Kind: MentionKind.Name } ownSubject
                          && t.Mark(ownSubject.FirstToken - 1) is not ',' && ownSubject.FirstToken > source.Last + 1 && g.NounPhraseAfter(source.Last + 1, segment.Open) is { } sourceName
                          && ownSubject.FirstToken > sourceName.LastToken + 1)
            ? source
            : g.CueBefore(segment.Open, ReportingFrames.ThatClause | ReportingFrames.Infinitive | ReportingFrames.QuotedPhrase, i => inSegment[i]);
        bool closeSelon = before is { Verb: null } near && segment.Open - near.Last <= 6;
        if (!closeSelon && LateIncise(g, content, opensSentence, after, sentenceEnd, inSegment, drafts))
        {
            return;
        }

        if (before is { } governing)
        {
            // "en jugeant «…»", "plaidant «…»": a participle's speaker is the subject of its sentence, unless a name stands
            // right before it ("Pierre Ehret soulignant que…"); after a quote and its incise in the same sentence, the
            // incise's speaker ("«…», a-t-il tweeté, promettant un relogement «dans les 48 heures»").
            bool participle = governing.Verb is not null && (t.Is(governing.First, "en") || IsPresentParticiple(t, governing.Last));
            int governingStart = t.Tokens[governing.First].Start;
            var earlier = drafts.Count > 0 ? drafts[^1] : null;
            var speaker = participle && earlier is { Speaker: { } inciseSpeaker, Kind: not QuoteKind.Indirect }
                          && earlier.Content.End <= governingStart && earlier.Content.Start >= t.Tokens[t.SentenceStart(governing.First)].Start
                          && inciseSpeaker.Span.End <= governingStart
                ? inciseSpeaker
                : governing.Verb is null ? g.NounPhraseAfter(governing.Last + 1, segment.Open)
                : t.Is(governing.First, "en") || IsPresentParticiple(t, governing.Last)
                    ? (t.NameLabel(governing.First - 1) is not null || t.IsCapitalized(governing.First - 1) ? g.SubjectBefore(governing.First) : null)
                      ?? g.SentenceSubject(t.SentenceStart(governing.First), governing.First)
                : g.SubjectBefore(governing.First);

            // "…, a-t-il lâché, avant d'ajouter que la majorité « tiendrait bon »": a governed reporting infinitive speaks with
            // the sentence's subject, or the incise's after a quote, as its que-clause does (AddInfinitiveThatClause); so does
            // one that heads only a quoted phrase ("a tenu à saluer « le courage » des secouristes").
            if (speaker is null && governing.Verb is not null
                && GovernedInfinitiveCue(g, governing.First, ReportingFrames.ThatClause | ReportingFrames.QuotedPhrase) is not null)
            {
                int start = t.SentenceStart(governing.First);
                speaker = inSegment[start] ? SpeakerOfQuoteBefore(t, drafts, start, governing.First) : g.SentenceSubject(start, governing.First);
            }

            // "ne se contente pas de rapporter… les appellations de « calotin »": any other infinitive with no one found to
            // speak governs scare quotes, not a report (a passive is no cue at all: QuoteGrammar.VerbCueAt).
            if (speaker is null && governing.Verb is not null && governing.First == governing.Last && t.LooksInfinitive(governing.First))
            {
                return;
            }

            drafts.Add(new QuoteDraft
            {
                Content = content, Kind = QuoteKind.Mixed, Cue = t.Span(governing.First, governing.Last), Speaker = speaker,
                ContinuesPrevious = speaker is null, Score = ScoreFor(speaker) - 0.1f,
            });
            return;
        }

        // "Pour «garantir leur vie» les rebelles exigent le retrait…": the governing verb comes after the marks, with its
        // subject before it.
        for (int v = after; v < sentenceEnd && v < after + 20; v++)
        {
            if (!inSegment[v] && g.VerbCueAt(v, ReportingFrames.ThatClause | ReportingFrames.QuotedPhrase) is { } following && following.First >= after
                && g.SubjectBefore(following.First) is { } subject && subject.FirstToken >= after
                && !(t.Mark(subject.LastToken + 1) == ',' && t.Is(subject.LastToken + 2, "qui")))
            {
                // (Not a relative clause after the marks: in "pour «complicité…», en désaccord avec le parquet, qui
                // concluait à son innocence", the prosecution does not say the words the judge's charge quotes.)
                drafts.Add(new QuoteDraft
                {
                    Content = content, Kind = QuoteKind.Mixed, Cue = t.Span(following.First, following.Last), Speaker = subject,
                    Score = ScoreFor(subject) - 0.2f,
                });
                return;
            }
        }

        // A headline that opens with a name: "Laurent Fabius pour un «quinquennat de cohérence»", "Schroeder prêt à «coopérer»",
        // after its topic: "Football : Mbappé « très heureux » de son retour".
        int headlineStart = sentenceStart + 1 < segment.Open && t.Mark(sentenceStart + 1) == ':' ? sentenceStart + 2
            : sentenceStart + 2 < segment.Open && t.IsWord(sentenceStart + 1) && t.Mark(sentenceStart + 2) == ':' ? sentenceStart + 3 : sentenceStart;
        if (t.StartsParagraph(sentenceStart) && sentenceEnd - sentenceStart <= MaxHeadlineTokens && g.SentenceSubject(headlineStart, segment.Open) is { Kind: MentionKind.Name } named
            && named.FirstToken == headlineStart)
        {
            drafts.Add(new QuoteDraft { Content = content, Kind = QuoteKind.Mixed, Speaker = named, Score = 0.5f });
        }
    }

    /// <summary>
    /// Where the clause that ends at <paramref name="colon"/> starts: after the sentence's last semicolon, or at a
    /// coordinated clause with its own subject pronoun ("Je cherchais mon pantalon ; mais elle me poussa, haletante :",
    /// "Je reculai, mais elle me retint :"), so that its subject, not the sentence's first one, introduces the quote.
    /// </summary>
    private static int LastClauseStart(QuoteText t, int colon)
    {
        // (Read back a clause's length at most, so that a colon in a sentence of a million tokens costs no walk over it.)
        int start = t.SentenceStart(colon);
        for (int i = colon - 1; i > start && i > colon - MaxClauseTokens; i--)
        {
            if (t.Mark(i) is ';' or '«' or '»' or '"' or '“' or '”')
            {
                return t.Mark(i) == ';' ? i + 1 : start;
            }

            if (t.Mark(i) == ',' && (t.Is(i + 1, "mais") || t.Is(i + 1, "et") || t.Is(i + 1, "puis")) && t.In(i + 2, QuoteWords.ThirdPersonSubjects))
            {
                return i + 1;
            }
        }

        return start;
    }

    /// <summary>
    /// "Elle prit un air fâché. -- « Oh non, très bon. »": a quote with no cue right after a narrated sentence of its own
    /// paragraph is spoken by that sentence's subject, the character the narration was just showing. A sentence that holds
    /// a quote itself is a line of the dialogue, not narration, and gives nobody.
    /// </summary>
    private static SpeakerMention? ActionBeatSubject(QuoteGrammar g, int open, bool[] inSegment) => ActionBeatSubject(g, open, inSegment, out _);

    /// <summary>
    /// <see cref="ActionBeatSubject(QuoteGrammar, int, bool[])"/>, with <paramref name="newcomer"/> the person whose arrival
    /// the beat tells when the speaker is the one who received them (who answers the line, see <see cref="QuoteDraft.Newcomer"/>).
    /// </summary>
    private static SpeakerMention? ActionBeatSubject(QuoteGrammar g, int open, bool[] inSegment, out SpeakerMention? newcomer)
    {
        newcomer = null;
        var t = g.Text;
        int p = open - 1;
        while (p >= 0 && (t.Mark(p) is '—' or '–' || t.Is(p, "--")) && !t.StartsParagraph(p))
        {
            p--;
        }

        // In the quote's own paragraph, or a paragraph of one short sentence just before it ("Marthe posa son couteau.⏎—
        // Une bêtise ?"): a longer paragraph of narration shows the one who speaks next less surely ("Cela du moins me
        // paraît incontestable." after a paragraph on Bouvard's crops, said by the farmer); any paragraph before, tried on
        // the literary dev set, named fewer speakers right (55.90 against 57.56 pairs F1), one sentence of at most 30 tokens
        // more (62.37 against 61.96; 62.17 with at most 12 or 20).
        if (p < 0 || inSegment[p] || t.Mark(p) is not ('.' or '…'))
        {
            return null;
        }

        int start = t.SentenceStart(p);
        if (p - start > MaxActionBeatTokens)
        {
            return null;
        }

        // ("Il l'aida. Un gros homme, avec une canne…, se fâchait, tapait du bout de sa canne sur le trottoir.⏎— Allons donc,
        // plus vite que ça !": a person the paragraph's last sentence brings in with "un" or "une" is the one who speaks next,
        // however long the paragraph.)
        bool longParagraph = t.StartsParagraph(p + 1) && !(t.StartsParagraph(start) && p - start <= MaxBeatParagraphTokens);
        if (longParagraph && !(t.Is(start, "un") || t.Is(start, "une")))
        {
            // ("Une voix douce … lui fit tourner la tête. Il vit une adorable petite femme brune, assise par terre, qui
            // marchandait.⏎— Dis donc, Marcel": so does a person the last sentence shows someone seeing, with "un" or "une".)
            return SeenPerson(g, start, p, inSegment);
        }

        for (int i = start; i < p; i++)
        {
            if (inSegment[i] || t.Mark(i) == ':')
            {
                return null;
            }
        }

        // "On sonna.", "Il y avait du monde.", "Il fallait partir.": nobody in particular.
        var subject = g.SentenceSubject(start, p);
        if (subject is null || subject is { Kind: MentionKind.Pronoun } pronoun
            && (t.Is(pronoun.FirstToken, "on") || g.IsImpersonal(pronoun.FirstToken)))
        {
            return null;
        }

        if (longParagraph && !(subject.FirstToken == start && subject.Kind == MentionKind.NounPhrase && t.In(start + 1 + (t.In(start + 1, QuoteWords.PrenominalAdjectives) ? 1 : 0), QuoteWords.PersonNouns)))
        {
            return null;
        }

        // "Pécuchet parut.⏎— Mon oncle est mort !", "Il vit une petite femme brune, qui marchandait.⏎— Dis donc, Marcel": one
        // who comes in or who sees is shown to the one who then speaks, and does not speak first.
        int verb = subject.LastToken + 1;
        while (t.In(verb, QuoteWords.Clitics))
        {
            verb++;
        }

        if (!t.In(verb, QuoteWords.NoticeVerbs))
        {
            return subject;
        }

        // "Il fit demander Pécuchet.⏎Pécuchet parut.⏎— Mon oncle est mort !": the one already there, who opens the
        // sentence before the arrival, greets the one who comes in.
        if (t.In(verb, QuoteWords.ArrivalVerbs) && subject.Kind == MentionKind.Name && start > 0 && !inSegment[start - 1] && t.Mark(start - 1) is '.' or '…'
            && g.SentenceSubject(t.SentenceStart(start - 1), start - 1) is { } host && host.FirstToken == t.SentenceStart(start - 1)
            && (host.Kind == MentionKind.Name && !t.Text.AsSpan(host.Span.Start, host.Span.Length).SequenceEqual(t.Text.AsSpan(subject.Span.Start, subject.Span.Length))
                || host.Kind == MentionKind.Pronoun && host.Gender != Gender.Unknown && !host.Plural))
        {
            for (int i = t.SentenceStart(start - 1); i < start - 1; i++)
            {
                if (inSegment[i])
                {
                    return null;
                }
            }

            newcomer = subject;
            return host;
        }

        return null;
    }

    /// <summary>
    /// The person the sentence from <paramref name="start"/> to <paramref name="end"/> shows being seen, brought in with
    /// "un" or "une" ("Il vit une adorable petite femme brune, assise par terre, qui marchandait."): the one who speaks the
    /// uncued line after it. Null when the sentence is no such sight, or holds words in marks.
    /// </summary>
    private static SpeakerMention? SeenPerson(QuoteGrammar g, int start, int end, bool[] inSegment)
    {
        var t = g.Text;
        if (inSegment.AsSpan(start, end - start).Contains(true) || g.SentenceSubject(start, end) is not { Kind: not MentionKind.NounPhrase } seer)
        {
            return null;
        }

        int verb = seer.LastToken + 1;
        while (t.In(verb, QuoteWords.Clitics))
        {
            verb++;
        }

        if (!t.In(verb, QuoteWords.SightVerbs) || !(t.Is(verb + 1, "un") || t.Is(verb + 1, "une")))
        {
            return null;
        }

        return g.NounPhraseAfter(verb + 1, end) is { Kind: MentionKind.NounPhrase, Plural: false } seen ? seen : null;
    }

    /// <summary>
    /// "Ensuite, ils admirèrent la Providence.⏎— Car, enfin, si nous n'étions pas sortis…": a line said in the first person
    /// plural, right after a paragraph of narration about "ils" or "elles", is what the group says together. The subject
    /// pronoun is read from the last sentences of that paragraph; a paragraph that holds a quote is dialogue, not narration.
    /// </summary>
    private static SpeakerMention? CollectiveBeat(QuoteGrammar g, Segment segment, bool[] inSegment)
    {
        var t = g.Text;
        bool we = false;
        for (int i = segment.First; i <= segment.Last && i <= segment.First + MaxActionBeatTokens && !we; i++)
        {
            we = t.Is(i, "nous") || t.Is(i, "notre") || t.Is(i, "nos") || IsNegatedWeVerb(t, i);
        }

        int before = segment.Open - 1;
        if (!we || before < 0 || !t.StartsParagraph(segment.Open))
        {
            return null;
        }

        int paragraph = t.ParagraphStart(before);
        int sentenceEnd = before;
        for (int read = 0; read < 4 && sentenceEnd >= paragraph; read++)
        {
            int sentenceStart = Math.Max(paragraph, t.SentenceStart(sentenceEnd));
            for (int i = sentenceStart; i <= sentenceEnd; i++)
            {
                if (inSegment[i])
                {
                    return null;
                }
            }

            if (g.SentenceSubject(sentenceStart, sentenceEnd + 1) is { Kind: MentionKind.Pronoun, Plural: true } group
                && (t.Is(group.FirstToken, "ils") || t.Is(group.FirstToken, "elles")))
            {
                return group;
            }

            sentenceEnd = sentenceStart - 1;
        }

        return null;
    }

    /// <summary>
    /// "« L'école doit redevenir un lieu de transmission »⏎Entretien avec Élisabeth Martin, professeure…": a quote that is a
    /// headline by itself, over the paragraph that announces an interview, is the interviewee's.
    /// </summary>
    private static SpeakerMention? InterviewedAfterHeadline(QuoteGrammar g, Segment segment, int after)
    {
        var t = g.Text;
        if (segment.Close < 0 || !t.StartsParagraph(segment.Open) || after >= t.Count || !t.StartsParagraph(after))
        {
            return null;
        }

        int p = after;
        if (t.Is(p, "entretien") && t.Is(p + 1, "avec"))
        {
            p += 2;
        }
        else if (t.Is(p, "interview") && (t.Is(p + 1, "de") || t.Is(p + 1, "d'") || t.Is(p + 1, "d’") || t.Is(p + 1, "avec")))
        {
            p += 2;
        }
        else if (t.Is(p, "rencontre") && t.Is(p + 1, "avec"))
        {
            p += 2;
        }
        else
        {
            return null;
        }

        return g.NounPhraseAfter(p, t.SentenceEnd(p), inverted: true) is { Kind: MentionKind.Name } interviewee ? interviewee : null;
    }

    private static bool IsPresentParticiple(QuoteText t, int i) => t.IsWord(i) && t.Word(i).EndsWith("ant", StringComparison.Ordinal);

    private static bool LateIncise(QuoteGrammar g, TextSpan content, bool opensSentence, int after, int sentenceEnd, bool[] inSegment, List<QuoteDraft> drafts)
    {
        var t = g.Text;
        for (int i = after; i < sentenceEnd - 1 && i < after + MaxClauseTokens; i++)
        {
            if (t.Mark(i) != ',' || inSegment[i + 1])
            {
                continue;
            }

            if (g.InciseAt(i + 1, sentenceEnd) is { } late)
            {
                drafts.Add(new QuoteDraft
                {
                    Content = content, Kind = opensSentence ? QuoteKind.Direct : QuoteKind.Mixed,
                    Cue = t.Span(late.Cue.First, late.Cue.Last), Speaker = late.Speaker, Score = ScoreFor(late.Speaker) - 0.1f,
                });
                return true;
            }

            // ", selon son estimation,": a selon without a speaker qualifies a figure, it attributes nothing.
            if (g.SelonAt(i + 1) is { } selon && g.NounPhraseAfter(selon.Last + 1, sentenceEnd) is { } speaker)
            {
                drafts.Add(new QuoteDraft
                {
                    Content = content, Kind = QuoteKind.Mixed, Cue = t.Span(selon.First, selon.Last), Speaker = speaker,
                    Score = ScoreFor(speaker) - 0.1f,
                });
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «A», a-t-il insisté, avant d'ajouter : «B»: what follows an incise up to the colon (an infinitive, a gerund) is said
    /// by the incise's speaker; null when no incise ends at a comma in the few words before <paramref name="colon"/>.
    /// </summary>
    private static SpeakerMention? SharedInciseSpeaker(QuoteGrammar g, int colon, bool[] inSegment)
    {
        var t = g.Text;
        for (int comma = colon - 1; comma >= 0 && comma >= colon - 5; comma--)
        {
            if (t.Mark(comma) == ',' && PreviousIncise(g, comma, inSegment) is { } incise)
            {
                return incise.Speaker;
            }

            if (inSegment[comma] || t.Mark(comma) is '.' or ';' or ':' or '!' or '?')
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The incise between the previous closing mark and the comma at <paramref name="comma"/>, if that is what lies there.</summary>
    private static Incise? PreviousIncise(QuoteGrammar g, int comma, bool[] inSegment)
    {
        var t = g.Text;
        for (int close = comma - 2; close >= 0 && close > comma - 16; close--)
        {
            if (inSegment[close])
            {
                if (t.Mark(close) is not ('»' or '”' or '"'))
                {
                    return null;
                }

                int start = t.Mark(close + 1) == ',' ? close + 2 : close + 1;
                return g.InciseAt(start, comma + 1) is { } incise && incise.End == comma ? incise : null;
            }
        }

        return null;
    }

    /// <summary>The marks open their sentence: nothing before them but a dash, or a short connective ending in a comma ("En outre, «…»").</summary>
    private static bool OpensSentence(QuoteText t, int sentenceStart, int open)
    {
        if (open == sentenceStart || t.StartsParagraph(open))
        {
            return true;
        }

        int before = open - 1;
        if (before >= sentenceStart && (t.Mark(before) is '—' or '–' or '-' or ':' || t.Is(before, "--")) && (before == sentenceStart || t.Mark(before) == ':'))
        {
            return true;
        }

        // ("Je criai :-- « Oui » et j'ouvris les bras": a dialogue dash between the colon and the marks.)
        if (before - 1 >= sentenceStart && (t.Mark(before) is '—' or '–' || t.Is(before, "--")) && t.Mark(before - 1) == ':')
        {
            return true;
        }

        return t.Mark(before) == ',' && before - sentenceStart <= 3 && !Enumerable.Range(sentenceStart, before - sentenceStart).Any(i => t.NameLabel(i) is not null);
    }

    /// <summary>
    /// The source a short heading with no verb names before its colon: "Même son de cloche chez les commerçants :",
    /// "Réaction du président de la région :", "Du côté de la CGT :" — the noun phrase after <c>chez</c>, <c>côté</c> or
    /// a noun of reaction, up to the colon; null for any other heading.
    /// </summary>
    private static SpeakerMention? HeadingSource(QuoteText t, QuoteGrammar g, int colon)
    {
        int start = t.SentenceStart(colon);
        while (start < colon && t.IsPunctuation(start))
        {
            start++;
        }

        if (colon - start > MaxHeadingTokens)
        {
            return null;
        }

        for (int i = start; i < colon; i++)
        {
            bool introducer = t.Is(i, "chez") || t.Is(i, "côté") || i == start && t.In(i, QuoteWords.ReactionNouns) && t.In(i + 1, QuoteWords.Of);
            if (!introducer)
            {
                continue;
            }

            // "de la CGT", "d'EDF": the preposition goes; "du maire", "des syndicats" keep their article.
            int phrase = t.Is(i + 1, "de") || t.Is(i + 1, "d'") || t.Is(i + 1, "d’") ? i + 2 : i + 1;
            return g.NounPhraseAfter(phrase, colon) is { } source && source.LastToken == colon - 1 ? source : null;
        }

        return null;
    }

    /// <summary>
    /// "Son premier cri avait été :", "Cette exclamation lui échappa :", "Le message est clair :": a sentence whose subject
    /// names the utterance does not name its speaker there, unless a complement does ("Le bilan de l'entraîneur"). The
    /// speaker is the clitic it escapes from (lui, leur) or else its possessor (son, sa, leur), each a pronoun taken up as
    /// "il" or "elle" would be; with neither ("Cette exclamation fut :"), nobody.
    /// </summary>
    private static SpeakerMention? UtteranceOwner(QuoteText t, SpeakerMention? subject, int colon)
    {
        int start = t.SentenceStart(colon);
        while (start < colon && t.IsPunctuation(start))
        {
            start++;
        }

        // A determiner, at most one adjective, the noun: "Son premier cri", "Cette exclamation", "Sa réponse".
        int noun = -1;
        for (int i = start + 1; i < colon && i <= start + 2; i++)
        {
            if (t.In(i, QuoteWords.UtteranceNouns))
            {
                noun = i;
                break;
            }
        }

        // "Le bilan de l'entraîneur était mitigé :": the utterance's author is named after it, and is the subject's speaker.
        if (noun < 0 || !t.In(start, QuoteWords.Determiners) || t.In(noun + 1, QuoteWords.Of))
        {
            return subject;
        }

        for (int i = noun + 1; i < colon && i <= noun + 3; i++)
        {
            if (t.Is(i, "lui") || t.Is(i, "leur"))
            {
                return Owner(t, i);
            }
        }

        return t.In(start, QuoteWords.ThirdPersonPossessives) ? Owner(t, start) : null;

        static SpeakerMention Owner(QuoteText t, int i)
            => new(t.Span(i, i), MentionKind.Pronoun, null, i, i, Gender.Unknown, t.Is(i, "leur") || t.Is(i, "leurs"));
    }

    /// <summary>
    /// A name, not words reported: a short capitalized content with no end punctuation in the middle of a sentence
    /// («Le Monde», «Déluge d'al-Aqsa»), or marks after a noun that announces a name or a term (le terme de «social-libéralisme»,
    /// le film «…», baptisé «…»).
    /// </summary>
    private static bool LooksLikeTitle(QuoteGrammar g, Segment segment)
    {
        var t = g.Text;
        int length = segment.Last - segment.First + 1;
        if (length <= MaxTitleTokens && t.IsCapitalized(segment.First) && !t.IsPunctuation(segment.Last))
        {
            return true;
        }

        return NamedByNoun(g, segment);
    }

    /// <summary>"l'opération «…»", "le film «…»", "le terme de «…»": the marks follow a noun that names what they hold.</summary>
    private static bool NamedByNoun(QuoteGrammar g, Segment segment)
    {
        var t = g.Text;
        int before = segment.Open - 1;
        while (before > 0 && (t.In(before, QuoteWords.Of) || t.In(before, QuoteWords.Determiners)))
        {
            before--;
        }

        if (t.IsWord(before) && QuoteWords.NamingNouns.Contains(t.Word(before)))
        {
            return true;
        }

        // "le quartier dit « des Poètes »", "la loi dite « Macron »": "dit" right after a noun for a thing, with no auxiliary
        // or subject pronoun, is "called", not "said" ("le ministre dit « regretter »" is said).
        if (!t.IsWord(before) || t.Word(before) is not ("dit" or "dite" or "dits" or "dites") || !t.IsWord(before - 1))
        {
            return false;
        }

        var noun = t.Word(before - 1);
        return !t.In(before - 1, QuoteWords.Auxiliaries) && !t.In(before - 1, QuoteWords.Pronouns) && !t.In(before - 1, QuoteWords.Clitics)
               && !t.IsCapitalized(before - 1) && t.NameLabel(before - 1) is null && !t.Is(before - 1, "ne") && !t.Is(before - 1, "on")
               && !g.IsTitle(noun) && !QuoteWords.PersonNouns.Contains(noun) && !QuoteWords.OccupationNouns.Contains(noun)
               && !QuoteWords.OrganizationNouns.Contains(noun) && !QuoteWords.ArmedGroupMembers.Contains(noun);
    }

    private static float ScoreFor(SpeakerMention? speaker) => speaker?.Kind switch
    {
        MentionKind.Name => 0.9f,
        MentionKind.NounPhrase => 0.85f,
        MentionKind.Pronoun => 0.8f,
        _ => 0.6f,
    };

    private static void AddIndirect(QuoteGrammar g, bool[] inSegment, List<QuoteDraft> drafts)
    {
        var t = g.Text;
        for (int i = 0; i < t.Count; i++)
        {
            if (inSegment[i] || !t.IsWord(i) && t.Mark(i) != ',')
            {
                continue;
            }

            // selon X, … / d'après X, … at the start of a sentence; …, selon X. at its end.
            if ((g.SelonAt(i) ?? g.PourAt(i) ?? g.CommeAt(i)) is { } cue)
            {
                AddSelon(g, cue, inSegment, drafts);
                i = cue.Last;
                continue;
            }

            if (t.Mark(i) == ',')
            {
                AddInciseAfterClause(g, i, inSegment, drafts);
                continue;
            }

            if (GovernedInfinitiveCue(g, i) is { } infinitive)
            {
                AddInfinitiveThatClause(g, infinitive, inSegment, drafts);
                i = infinitive.Last;
                continue;
            }

            if (g.VerbCueAt(i, ReportingFrames.ThatClause | ReportingFrames.Infinitive | ReportingFrames.ObjectInfinitive) is not { } verb || verb.First != i && !t.In(verb.First, QuoteWords.Auxiliaries) && !t.In(verb.First, QuoteWords.Reflexives) && !t.Is(verb.First, "en"))
            {
                continue;
            }

            int sentenceEnd = t.SentenceEnd(i);
            int k = verb.Last + 1;
            var frames = verb.Verb!.Frames;
            if ((frames & ReportingFrames.ThatClause) != 0)
            {
                // a déclaré hier dans un communiqué que… : the que comes within a few words.
                for (int q = k; q < sentenceEnd && q < k + 10; q++)
                {
                    if (inSegment[q] || t.Mark(q) is '.' or ';' or ':' or '!' or '?' || q > k && g.VerbCueAt(q, ReportingFrames.ThatClause | ReportingFrames.Incise) is not null)
                    {
                        break;
                    }

                    if ((t.Is(q, "que") || t.Is(q, "qu'") || t.Is(q, "qu’")) && !IsConjunctionQue(t, q))
                    {
                        AddClause(g, verb, q + 1, sentenceEnd, drafts);
                        break;
                    }
                }
            }

            if ((frames & ReportingFrames.Infinitive) != 0 && verb.Verb is not null)
            {
                // "dit vouloir", "assure ne rien savoir", "affirme n'avoir jamais menti": the negation belongs to what is said.
                int v = k;
                int negation = -1;
                while (v < sentenceEnd && v < k + 3 && (t.In(v, QuoteWords.Adverbs) || t.In(v, QuoteWords.Negations) || t.IsDate(v)
                                                        || t.Is(v, "ne") || t.Is(v, "n'") || t.Is(v, "n’")))
                {
                    if (negation < 0 && (t.Is(v, "ne") || t.Is(v, "n'") || t.Is(v, "n’")))
                    {
                        negation = v;
                    }

                    v++;
                }

                if (v < sentenceEnd && t.LooksInfinitive(v) && !inSegment[v])
                {
                    AddClause(g, verb, negation >= 0 ? negation : v, sentenceEnd, drafts);
                }
            }

            if ((frames & ReportingFrames.ObjectInfinitive) != 0 && RequestedInfinitive(t, k, sentenceEnd, inSegment) is int requested)
            {
                AddClause(g, verb, requested, sentenceEnd, drafts);
            }

            i = verb.Last;
        }
    }

    /// <summary>
    /// The start of what a request asks for: within a few words after the verb (its object: "les FARC", "au
    /// gouvernement", "l'Union européenne"), à or de and an infinitive with its clitics ("à la relâcher", "de ne pas
    /// céder"); the clitics belong to the request. Null when no infinitive follows ("a appelé à la grève").
    /// </summary>
    private static int? RequestedInfinitive(QuoteText t, int after, int sentenceEnd, bool[] inSegment)
    {
        // After "à" and a noun ("a appelé à une grève… à partir du 12"), only "de" can still open the request ("demande à
        // l'État de…").
        bool objectWithA = false;
        for (int q = after; q < sentenceEnd && q < after + 10; q++)
        {
            if (inSegment[q] || t.IsPunctuation(q))
            {
                return null;
            }

            bool isA = t.Is(q, "à");
            if (!isA && !t.Is(q, "de") && !t.Is(q, "d'") && !t.Is(q, "d’") || isA && objectWithA)
            {
                continue;
            }

            int v = q + 1;
            while (v < sentenceEnd && v < q + 5 && t.In(v, QuoteWords.InfinitiveClitics))
            {
                v++;
            }

            // "à la relâcher" but not "à la guerre", "le coup de foudre": a word in -re must be a known verb's (rendre, dire, faire).
            if (v < sentenceEnd && !inSegment[v] && LooksRequestedVerb(t, v))
            {
                return q + 1;
            }

            objectWithA |= isA;
        }

        return null;
    }

    private static bool LooksRequestedVerb(QuoteText t, int v)
    {
        if (!t.LooksInfinitive(v) || t.In(v, QuoteWords.NounsLikeInfinitives))
        {
            return false;
        }

        var word = t.Word(v);
        return !word.EndsWith("re", StringComparison.Ordinal) || t.In(v, QuoteWords.InfinitivesInRe);
    }

    /// <summary>
    /// "…, avant d'ajouter que 4 000 postes seraient créés", "a tenu à rappeler que…", "a profité de l'audience pour
    /// souligner que…": a reporting infinitive after the few constructions that keep the sentence's subject as its
    /// speaker and report what follows (not "a refusé de confirmer que…", which reports nothing), read in the
    /// <paramref name="frames"/> asked for (a que-clause unless said otherwise).
    /// </summary>
    private static Cue? GovernedInfinitiveCue(QuoteGrammar g, int i, ReportingFrames frames = ReportingFrames.ThatClause)
    {
        var t = g.Text;
        bool governed = (t.Is(i - 1, "de") || t.Is(i - 1, "d'") || t.Is(i - 1, "d’")) && (t.Is(i - 2, "avant") || t.Is(i - 2, "afin") || t.In(i - 2, QuoteWords.ContentWithForms))
                        || t.Is(i - 1, "à") && t.In(i - 2, QuoteWords.InsistForms)
                        || t.Is(i - 1, "pour") && !t.IsPunctuation(i - 2);
        if (!governed || g.VerbCueAt(i, frames, allowInfinitive: true) is not { Verb: { } } cue || cue.First != i || !t.LooksInfinitive(i))
        {
            return null;
        }

        return cue;
    }

    /// <summary>The que-clause of a governed reporting infinitive (see <see cref="GovernedInfinitiveCue"/>), spoken by the sentence's subject.</summary>
    private static void AddInfinitiveThatClause(QuoteGrammar g, Cue infinitive, bool[] inSegment, List<QuoteDraft> drafts)
    {
        var t = g.Text;
        int sentenceEnd = t.SentenceEnd(infinitive.First);
        for (int q = infinitive.Last + 1; q < sentenceEnd && q <= infinitive.Last + 6; q++)
        {
            if (inSegment[q] || t.IsPunctuation(q))
            {
                return;
            }

            if ((t.Is(q, "que") || t.Is(q, "qu'") || t.Is(q, "qu’")) && !IsConjunctionQue(t, q))
            {
                // "« Les moyens sont là », a-t-il assuré, avant d'ajouter que…": after a quote and its incise, the incise's speaker.
                int sentenceStart = t.SentenceStart(infinitive.First);
                var speaker = inSegment[sentenceStart] ? SpeakerOfQuoteBefore(t, drafts, sentenceStart, infinitive.First)
                    : g.SentenceSubject(sentenceStart, infinitive.First);
                if (speaker is null || speaker.LastToken >= infinitive.First)
                {
                    return;
                }

                AddClause(g, infinitive, q + 1, sentenceEnd, drafts, speaker, scoreDrop: 0.2f);
                return;
            }
        }
    }

    /// <summary>The speaker of the last marked quote that lies between tokens <paramref name="first"/> and <paramref name="before"/>, or null.</summary>
    private static SpeakerMention? SpeakerOfQuoteBefore(QuoteText t, List<QuoteDraft> drafts, int first, int before)
    {
        int from = t.Tokens[first].Start;
        int to = t.Tokens[before].Start;
        for (int d = drafts.Count - 1; d >= 0; d--)
        {
            if (drafts[d].Kind != QuoteKind.Indirect && drafts[d].Content.Start >= from && drafts[d].Content.End <= to && drafts[d].Speaker is { } speaker)
            {
                return speaker;
            }
        }

        return null;
    }

    /// <summary>
    /// A "que" that opens no reported clause: a compound conjunction (parce que, alors que, avant que) or a comparison
    /// ("plus rapide que prévu", "moins cher qu'ailleurs", "mieux que jamais").
    /// </summary>
    private static bool IsConjunctionQue(QuoteText t, int q)
        => t.In(q - 2, QuoteWords.Comparatives) || t.In(q + 1, QuoteWords.ComparedTerms)
           || t.Is(q - 1, "mieux") || t.Is(q - 1, "pire") || t.Is(q - 1, "ainsi") || t.Is(q - 1, "alors") || t.Is(q - 1, "parce") || t.Is(q - 1, "bien") || t.Is(q - 1, "tandis")
           || t.Is(q - 1, "plus") || t.Is(q - 1, "moins") || t.Is(q - 1, "autant") || t.Is(q - 1, "même") || t.Is(q - 1, "avant")
           || t.Is(q - 1, "après") || t.Is(q - 1, "pour") || t.Is(q - 1, "sans") || t.Is(q - 1, "dès") || t.Is(q - 1, "lors")
           || t.Is(q - 1, "depuis") || t.Is(q - 1, "tant") || t.Is(q - 1, "si") || t.Is(q - 1, "aussi")
           // ("de peur que", "de crainte que", "de sorte que", "de façon que", "de manière que", "à moins que", "pendant que")
           || t.Is(q - 1, "peur") || t.Is(q - 1, "crainte") || t.Is(q - 1, "sorte") || t.Is(q - 1, "façon") || t.Is(q - 1, "manière")
           || t.Is(q - 1, "pendant") || t.Is(q - 1, "jusqu'à") || t.Is(q - 1, "attendant");

    /// <summary>
    /// The reported clause from token <paramref name="first"/> to the sentence's end, cued by <paramref name="verb"/> and
    /// spoken by <paramref name="speaker"/>, or by the verb's subject when none is given.
    /// </summary>
    private static void AddClause(QuoteGrammar g, Cue verb, int first, int sentenceEnd, List<QuoteDraft> drafts, SpeakerMention? speaker = null,
        float scoreDrop = 0.15f)
    {
        var t = g.Text;
        int last = first;
        // (A colon that opens words in marks or a dialogue line, or a new paragraph, ends the clause whatever the sentences say.)
        while (last + 1 < sentenceEnd && last + 1 < first + MaxClauseTokens && !t.StartsParagraph(last + 1)
               && !(t.Mark(last + 1) == ':' && last + 2 < t.Count && (t.Mark(last + 2) is '«' or '"' or '“' or '—' or '–' || t.Is(last + 2, "--"))))
        {
            // "Je pense que c'est une erreur, a déclaré le ministre": the clause ends before the incise that reports it in turn.
            // An incise that closes the sentence says all of it ("les autorités espèrent que les Jeux … « revitaliser » …,
            // a indiqué Gale Norton": her words, not the authorities'), so the clause is no quote of its own; one in the
            // middle ("qu'on l'avait effrayée, disait-on, et qu'elle…") only interrupts it.
            if (t.Mark(last + 1) == ',' && g.InciseAt(last + 2, sentenceEnd, afterQuote: true) is { } incise)
            {
                if (incise.End + 1 >= sentenceEnd && t.Mark(incise.End) is '.' or '!' or '?' or '…' && verb.First < first)
                {
                    return;
                }

                break;
            }

            last++;
        }

        last = TrimEnd(t, first, last);
        if (last < first || t.IsPunctuation(first))
        {
            return;
        }

        // Without a subject (Considérant que…, a participle clause) nobody is reported; "je pense que…" outside marks is
        // the narrator's thought, or words another cue reports whole.
        speaker ??= g.SubjectBefore(verb.First);
        if (speaker is null || IsNarratorsJe(t, speaker))
        {
            return;
        }

        drafts.Add(new QuoteDraft
        {
            Content = t.Span(first, last), Kind = QuoteKind.Indirect, Cue = t.Span(verb.First, verb.Last), Speaker = speaker,
            Score = ScoreFor(speaker) - scoreDrop,
        });
    }

    /// <summary>The last token of a reported clause without the punctuation that closes its sentence (a closing mark stays).</summary>
    private static int TrimEnd(QuoteText t, int first, int last)
    {
        while (last > first && t.IsPunctuation(last) && t.Mark(last) is not '»' and not ')')
        {
            last--;
        }

        return last;
    }

    private static void AddSelon(QuoteGrammar g, Cue cue, bool[] inSegment, List<QuoteDraft> drafts)
    {
        var t = g.Text;
        int start = t.SentenceStart(cue.First);
        int end = t.SentenceEnd(cue.First);
        int leading = cue.First - 1;
        while (leading >= start && t.IsPunctuation(leading) && t.Mark(leading) is '—' or '–' or '-')
        {
            leading--;
        }

        var speaker = g.NounPhraseAfter(cue.Last + 1, end);
        if (speaker is null)
        {
            return;
        }

        int afterSpeaker = speaker.LastToken + 1;
        if (cue.First == start || leading < start)
        {
            // Selon X, clause.
            int comma = afterSpeaker;
            while (comma < end && t.Mark(comma) != ',' && comma < afterSpeaker + 8)
            {
                comma++;
            }

            if (t.Mark(comma) != ',')
            {
                // "Selon un diplomate, Yasser Arafat devrait parler": a name after the comma that no second comma closes is
                // the clause's subject, not the source's name in apposition; the source is what comes before the comma.
                int apposition = cue.Last + 1;
                while (apposition < speaker.FirstToken && t.Mark(apposition) != ',')
                {
                    apposition++;
                }

                if (t.Mark(apposition) != ',' || g.NounPhraseAfter(cue.Last + 1, apposition) is not { } source)
                {
                    return;
                }

                speaker = source;
                comma = apposition;
            }

            // "Pour la Grèce, la députée socialiste Anna Diamantropoulo.": a list of names under headings reports nothing.
            if (cue.Verb is null && t.Is(cue.First, "pour") && (t.NameLabel(end - 2) is EntityLabel.Person || t.IsCapitalized(end - 2)))
            {
                return;
            }

            AddSpan(comma + 1, end - 1);
        }
        else if (t.Mark(cue.First - 1) == ',')
        {
            // Clause, selon X. — the phrase must close the sentence.
            int tail = afterSpeaker;
            while (tail < end && tail < afterSpeaker + MaxClauseTokens && !g.IsClauseMark(tail))
            {
                tail++;
            }

            if (tail < end - 1 && t.Mark(tail) == ',')
            {
                return;
            }

            int first = start;
            while (first < cue.First && t.IsPunctuation(first))
            {
                first++;
            }

            // "Le Hamas a rejeté toute négociation, selon un communiqué publié dans la nuit": a statement that names no author
            // is the clause's subject's.
            if (IsAuthorlessStatement(t, speaker) && g.SentenceSubject(first, cue.First - 1) is { } author && author.LastToken < cue.First - 1)
            {
                speaker = author;
            }

            AddSpan(first, cue.First - 2);
        }

        void AddSpan(int first, int last)
        {
            last = TrimEnd(t, first, last);
            if (last - first < 2)
            {
                return;
            }

            drafts.Add(new QuoteDraft
            {
                Content = t.Span(first, last), Kind = QuoteKind.Indirect, Cue = t.Span(cue.First, cue.Last), Speaker = speaker,
                Score = ScoreFor(speaker) - 0.15f,
            });
        }
    }

    /// <summary>"ses mots", "ses propres termes", "ses dires" at <paramref name="i"/>: the words of the one the sentence is about.</summary>
    private static bool OwnWordsAt(QuoteText t, int i)
    {
        if (!(t.Is(i, "ses") || t.Is(i, "son") || t.Is(i, "leurs") || t.Is(i, "leur")))
        {
            return false;
        }

        int noun = t.Is(i + 1, "propres") || t.Is(i + 1, "propre") ? i + 2 : i + 1;
        return t.Is(noun, "mots") || t.Is(noun, "termes") || t.Is(noun, "dires") || t.Is(noun, "propos") || t.Is(noun, "expression");
    }

    /// <summary>The first token of the last reporting verb before <paramref name="before"/> in its sentence, or the sentence's start.</summary>
    private static int LastVerbBefore(QuoteGrammar g, int before)
        => g.CueBefore(before, ReportingFrames.Incise | ReportingFrames.ThatClause | ReportingFrames.QuotedPhrase | ReportingFrames.Infinitive, _ => false) is { } cue
            ? cue.First
            : g.Text.SentenceStart(before);

    /// <summary>"des propos rapportés par…", "un communiqué publié lundi" at <paramref name="i"/>: the statement noun's index when no "de" after it names its author; otherwise null.</summary>
    private static int? AuthorlessStatementAt(QuoteText t, int i)
    {
        int noun = t.In(i, QuoteWords.Determiners) || t.Is(i, "des") || t.Is(i, "ses") || t.Is(i, "leurs") ? i + 1 : i;
        return noun < t.Count && t.In(noun, QuoteWords.StatementNouns) && !t.In(noun + 1, QuoteWords.Of) ? noun : null;
    }

    /// <summary>"un communiqué", "une déclaration publiée lundi": a statement with no "de" naming who made it.</summary>
    private static bool IsAuthorlessStatement(QuoteText t, SpeakerMention speaker)
    {
        int head = speaker.FirstToken + 1;
        if (speaker.Kind != MentionKind.NounPhrase || !t.In(speaker.FirstToken, QuoteWords.Determiners) || head > speaker.LastToken
            || !t.In(head, QuoteWords.StatementNouns))
        {
            return false;
        }

        for (int i = head + 1; i <= speaker.LastToken; i++)
        {
            if (t.In(i, QuoteWords.Of) || t.NameLabel(i) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Clause, a annoncé le Parquet de Francfort. — a whole unmarked clause reported by an incise.</summary>
    private static void AddInciseAfterClause(QuoteGrammar g, int comma, bool[] inSegment, List<QuoteDraft> drafts)
    {
        var t = g.Text;
        int start = t.SentenceStart(comma);
        int end = t.SentenceEnd(comma);
        if (comma + 1 >= end || inSegment[comma + 1] || comma - start < 4 || g.InciseAt(comma + 1, end) is not { } incise)
        {
            return;
        }

        // "La présidente du tribunal, Claire Fermaut, a lu sa déposition :" — a subject in apposition, then the verb and its
        // object: not an incise. An incise closes its sentence or leads to a comma, never to a colon.
        if (t.Mark(incise.End) == ':' || g.IsClauseMark(comma - 1) || t.NameLabel(comma - 1) == EntityLabel.Person
            || t.IsCapitalized(comma - 1) && g.IsPersonStart(comma - 2))
        {
            return;
        }

        // "Cette lettre, cachetée de cire bleue, suppliait M. Bovary de se rendre à la ferme": a verb with its object and
        // an infinitive or a clause after it is the sentence's own verb, not an incise.
        int afterSpeaker = incise.Speaker.LastToken + 1;
        if (t.Is(afterSpeaker, "de") || t.Is(afterSpeaker, "d'") || t.Is(afterSpeaker, "d’") || t.Is(afterSpeaker, "que")
            || t.Is(afterSpeaker, "qu'") || t.Is(afterSpeaker, "qu’"))
        {
            return;
        }

        // "Une enquête a été ouverte ; la piste criminelle n'est pas écartée, indique-t-on": the incise reports the clause
        // after the semicolon, not the sentence's first one.
        int first = start;
        for (int k = comma - 1; k > start && k > comma - MaxClauseTokens; k--)
        {
            if (t.Mark(k) is ';' && !inSegment[k])
            {
                first = k + 1;
                break;
            }
        }

        // "RENNES — Le service … a dû fermer, a-t-on appris": the dateline is no part of what is reported.
        first = g.SkipDateline(first, comma);
        while (first < comma && t.IsPunctuation(first))
        {
            first++;
        }

        int last = comma - 1;
        if (last - first < 3)
        {
            return;
        }

        // "Le parquet a ouvert une enquête, précise un communiqué": a statement that names no author is the clause's
        // subject's, as after "selon un communiqué".
        var speaker = incise.Speaker;
        if (IsAuthorlessStatement(t, speaker) && g.SentenceSubject(first, last) is { } author && author.LastToken < last)
        {
            speaker = author;
        }

        // "— Que tu es belle !⏎Si je ne te dis pas cela en grec, ajouta Laurence, c'est que je ne sais pas le grec …": in a
        // dialogue, a paragraph that opens with words in the first or second person, then an incise, is a line whose dash
        // the text left out, and the paragraph after the incise goes on with it. Said in the third person, or outside a
        // dialogue ("Je pense que c'est une erreur, a déclaré le ministre"), the words stay reported.
        var cue = t.Span(incise.Cue.First, incise.Cue.Last);
        if (t.StartsParagraph(first) && !IsNarratorsJe(t, speaker) && !IsThought(incise.Cue) && SaidInPerson(t, first, last)
            && !AnyMarked(inSegment, first, last) && AfterDialogueLine(t, first))
        {
            drafts.Add(new QuoteDraft { Content = t.Span(first, last), Kind = QuoteKind.Direct, Cue = cue, Speaker = speaker, Score = ScoreFor(speaker) - 0.1f });
            int rest = incise.End + 1;
            int restLast = rest - 1;
            while (t.Mark(incise.End) == ',' && restLast + 1 < t.Count && !t.StartsParagraph(restLast + 1) && !inSegment[restLast + 1]
                   && restLast + 1 - rest < MaxClauseTokens)
            {
                restLast++;
            }

            if (restLast >= rest && (restLast + 1 >= t.Count || t.StartsParagraph(restLast + 1)) && CountWords(t, rest, restLast) >= 2)
            {
                drafts.Add(new QuoteDraft { Content = t.Span(rest, restLast), Kind = QuoteKind.Direct, Cue = cue, Speaker = speaker, Score = ScoreFor(speaker) - 0.1f });
            }

            return;
        }

        drafts.Add(new QuoteDraft
        {
            Content = t.Span(first, last), Kind = QuoteKind.Indirect, Cue = cue, Speaker = speaker, Score = ScoreFor(speaker) - 0.1f,
        });
    }

    /// <summary>
    /// Whether the cue tells a thought, not words said: "pensa Julien", "se dit-il", "songeait-elle" (a thought in the
    /// first person stays reported: inner speech is no line of dialogue).
    /// </summary>
    private static bool IsThought(Cue cue)
        => cue.Verb is { Lemma: "penser" or "songer" or "réfléchir" or "se dire" or "se demander" };

    /// <summary>
    /// "je me redisais ces mots, qu'elle m'avait dits sous le portail :", "les paroles que Sérapion m'avait dites la veille :":
    /// before a colon, words named by a noun for speech and a relative clause say who said them: the relative's subject,
    /// not the one who now repeats them. Null when the colon follows no such phrase.
    /// </summary>
    private static SpeakerMention? WordsSaidBy(QuoteText t, QuoteGrammar g, int colon)
    {
        int sentenceStart = t.SentenceStart(colon);
        for (int that = colon - 2; that > sentenceStart && that >= colon - MaxWordsSaidTokens; that--)
        {
            if (!(t.Is(that, "que") || t.Is(that, "qu'") || t.Is(that, "qu’")))
            {
                continue;
            }

            int noun = t.Mark(that - 1) == ',' ? that - 2 : that - 1;
            if (!t.In(noun, QuoteWords.SpeechNouns) || g.NounPhraseAfter(that + 1, colon) is not { } subject)
            {
                return null;
            }

            // The relative's verb says words, its object the noun: "qu'elle m'avait dits", "que le curé lui répétait" (not
            // "à ses paroles qu'elle se plaignait du froid", where que opens what the words told).
            for (int verb = subject.LastToken + 1; verb < colon && verb <= subject.LastToken + 4; verb++)
            {
                if (g.VerbCueAt(verb, ReportingFrames.Incise | ReportingFrames.ThatClause) is { Verb.Lemma: var lemma } && QuoteWords.SaysWords(lemma))
                {
                    return subject;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "n'en parlons plus", "ne disons rien": a verb in -ons after the negation (and an object pronoun) is one of the first
    /// person plural, said by a group of which the speaker is one, even without "nous".
    /// </summary>
    private static bool IsNegatedWeVerb(QuoteText t, int i)
    {
        if (!(t.Is(i, "ne") || t.Is(i, "n'") || t.Is(i, "n’")))
        {
            return false;
        }

        int verb = i + 1;
        if (t.In(verb, QuoteWords.Clitics))
        {
            verb++;
        }

        return t.IsWord(verb) && t.Word(verb).Length > 4 && t.Word(verb).EndsWith("ons", StringComparison.Ordinal);
    }

    /// <summary>
    /// "puis aux questions qu'on lui faisait :", "à la question que leur posa le juge :": before a colon, questions put to
    /// someone introduce their answer; the speaker is the one they were put to (lui, leur). Null elsewhere.
    /// </summary>
    private static SpeakerMention? AnswerTo(QuoteText t, QuoteGrammar g, int colon)
    {
        int sentenceStart = t.SentenceStart(colon);
        for (int noun = colon - 2; noun > sentenceStart && noun >= colon - MaxWordsSaidTokens; noun--)
        {
            if (!(t.Is(noun, "question") || t.Is(noun, "questions") || t.Is(noun, "demande") || t.Is(noun, "demandes"))
                || !(t.Is(noun - 1, "aux") || t.Is(noun - 2, "à") && t.In(noun - 1, QuoteWords.Determiners)))
            {
                continue;
            }

            int that = noun + 1;
            if (!(t.Is(that, "que") || t.Is(that, "qu'") || t.Is(that, "qu’")))
            {
                return null;
            }

            for (int i = that + 1; i < colon && i <= that + 4; i++)
            {
                if ((t.Is(i, "lui") || t.Is(i, "leur")) && g.NounPhraseAfter(i, i + 1) is { Kind: MentionKind.Pronoun } askedOne)
                {
                    return askedOne;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>Whether one of the two paragraphs before the one that starts at token <paramref name="paragraphStart"/> opens with a dialogue dash.</summary>
    private static bool AfterDialogueLine(QuoteText t, int paragraphStart)
    {
        int paragraph = paragraphStart;
        for (int back = 0; back < 2 && paragraph > 0; back++)
        {
            paragraph = t.ParagraphStart(paragraph - 1);
            if (t.Mark(paragraph) is '—' or '–' || t.Is(paragraph, "--"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any token from <paramref name="first"/> to <paramref name="last"/> lies inside quote marks.</summary>
    private static bool AnyMarked(bool[] inSegment, int first, int last) => inSegment.AsSpan(first, last - first + 1).Contains(true);

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/> speak in the first or second person (je, me, tu, vous…).</summary>
    private static bool SaidInPerson(QuoteText t, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (t.In(i, QuoteWords.PersonalWords))
            {
                return true;
            }
        }

        return false;
    }
}
