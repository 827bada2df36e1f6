using System.Collections.Frozen;
using System.Reflection;

namespace NlpExtract.Quotes;

/// <summary>What a reporting verb can head (column <c>frames</c> of <c>reporting-verbs.tsv</c>).</summary>
[Flags]
internal enum ReportingFrames : byte
{
    None = 0,

    /// <summary>An incise with the subject inverted: «…», dit-il / «…», a indiqué le ministère.</summary>
    Incise = 1,

    /// <summary>A que-clause: indirect speech.</summary>
    ThatClause = 2,

    /// <summary>An infinitive clause with the same subject: dit vouloir…</summary>
    Infinitive = 4,

    /// <summary>A quoted phrase inside its clause (a mixed quote).</summary>
    QuotedPhrase = 8,

    /// <summary>A request reported as an object and an infinitive after à / de: a exhorté les FARC à la relâcher, demande au gouvernement de retirer…</summary>
    ObjectInfinitive = 16,
}

/// <summary>The grammatical shape of one verb form, which decides where it can act as a cue.</summary>
internal enum VerbFormKind : byte
{
    /// <summary>A finite form: present, imperfect, passé simple, future or conditional.</summary>
    Finite,

    /// <summary>A past participle: a cue only after an auxiliary (a déclaré) or coordinated (et souhaité).</summary>
    Participle,

    /// <summary>The infinitive (ne put s'empêcher de dire).</summary>
    Infinitive,

    /// <summary>The present participle (soulignant, en jugeant).</summary>
    PresentParticiple,
}

/// <summary>One entry of the lexicon: a lemma with its frames, and the fixed words that must follow its head (faire *savoir*).</summary>
internal sealed record ReportingVerb(string Lemma, ReportingFrames Frames, bool Pronominal, string[] Tail, string? Note);

/// <summary>A word form of a reporting verb.</summary>
internal readonly record struct ReportingVerbForm(ReportingVerb Verb, VerbFormKind Kind);

/// <summary>
/// The French reporting verbs (<c>reporting-verbs.tsv</c>, embedded): every lemma conjugated into the forms a narrator or a
/// journalist uses (third persons of the present, imperfect, passé simple, future and conditional; participles; the first
/// person of narrated dialogue), looked up case-insensitively by span. Built once, immutable, shared by all threads.
/// </summary>
internal sealed class ReportingVerbLexicon
{
    private const string ResourceName = "NlpExtract.Quotes.reporting-verbs.tsv";

    private static readonly Lazy<ReportingVerbLexicon> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, ReportingVerbForm[]>.AlternateLookup<ReadOnlySpan<char>> _forms;

    private ReportingVerbLexicon(IReadOnlyList<ReportingVerb> verbs, Dictionary<string, List<ReportingVerbForm>> forms)
    {
        Verbs = verbs;
        FormCount = forms.Count;
        _forms = forms.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped in the package.</summary>
    public static ReportingVerbLexicon Default => LazyDefault.Value;

    /// <summary>Every lemma, in file order.</summary>
    public IReadOnlyList<ReportingVerb> Verbs { get; }

    /// <summary>How many distinct word forms the lemmas give.</summary>
    public int FormCount { get; }

    /// <summary>The reporting-verb readings of a word (several when forms coincide: "dit" is dire and se dire).</summary>
    public ReadOnlySpan<ReportingVerbForm> Lookup(ReadOnlySpan<char> word)
        => _forms.TryGetValue(word, out var readings) ? readings : default;

    /// <summary>Reads the lexicon from its text form (the embedded file's format).</summary>
    public static ReportingVerbLexicon Parse(TextReader reader)
    {
        var verbs = new List<ReportingVerb>();
        var forms = new Dictionary<string, List<ReportingVerbForm>>(StringComparer.OrdinalIgnoreCase);
        string? line;
        var lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 2)
            {
                throw new InvalidDataException($"reporting-verbs.tsv line {lineNumber}: expected 'lemma<TAB>frames'.");
            }

            var (head, pronominal, tail) = SplitLemma(columns[0]);
            var verb = new ReportingVerb(columns[0], ParseFrames(columns[1], lineNumber), pronominal, tail,
                columns.Length > 3 && columns[3].Length > 0 ? columns[3] : null);
            verbs.Add(verb);
            var paradigm = columns.Length > 2 ? columns[2] : "";
            foreach (var (form, kind) in Conjugate(head, paradigm, lineNumber))
            {
                if (!forms.TryGetValue(form, out var readings))
                {
                    forms[form] = readings = [];
                }

                if (!readings.Exists(r => ReferenceEquals(r.Verb, verb) && r.Kind == kind))
                {
                    readings.Add(new ReportingVerbForm(verb, kind));
                }
            }
        }

        // "maintenant" is the adverb far more often than the participle of maintenir; a cue there would be noise.
        forms.Remove("maintenant");
        return new ReportingVerbLexicon(verbs, forms);
    }

    private static ReportingVerbLexicon LoadDefault()
    {
        using var stream = typeof(ReportingVerbLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().FullName}.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    private static (string Head, bool Pronominal, string[] Tail) SplitLemma(string lemma)
    {
        var pronominal = false;
        if (lemma.StartsWith("se ", StringComparison.Ordinal))
        {
            pronominal = true;
            lemma = lemma[3..];
        }
        else if (lemma.StartsWith("s'", StringComparison.Ordinal))
        {
            pronominal = true;
            lemma = lemma[2..];
        }

        var words = lemma.Split(' ');
        return (words[0], pronominal, words[1..]);
    }

    private static ReportingFrames ParseFrames(string text, int lineNumber)
    {
        var frames = ReportingFrames.None;
        foreach (var letter in text)
        {
            frames |= letter switch
            {
                'I' => ReportingFrames.Incise,
                'Q' => ReportingFrames.ThatClause,
                'V' => ReportingFrames.Infinitive,
                'M' => ReportingFrames.QuotedPhrase,
                'O' => ReportingFrames.ObjectInfinitive,
                _ => throw new InvalidDataException($"reporting-verbs.tsv line {lineNumber}: unknown frame '{letter}'."),
            };
        }

        return frames;
    }

    /// <summary>
    /// The forms of a verb: the regular -er (or -ir, "ir2") paradigm, with any form the paradigm column gives replacing the
    /// computed one.
    /// </summary>
    private static IEnumerable<(string Form, VerbFormKind Kind)> Conjugate(string infinitive, string paradigm, int lineNumber)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        var secondGroup = false;
        foreach (var item in paradigm.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (item == "ir2")
            {
                secondGroup = true;
                continue;
            }

            var equals = item.IndexOf('=');
            if (equals <= 0)
            {
                throw new InvalidDataException($"reporting-verbs.tsv line {lineNumber}: expected key=form, got '{item}'.");
            }

            given[item[..equals]] = item[(equals + 1)..];
        }

        string p3s, p3p, ps3s, ps3p, impf, pp, fut, ppr, p1s, ps1s;
        if (secondGroup)
        {
            var stem = infinitive[..^2];
            (p3s, p3p, ps3s, ps3p) = (stem + "it", stem + "issent", stem + "it", stem + "irent");
            (impf, pp, fut, ppr, p1s, ps1s) = (stem + "iss", stem + "i", infinitive, stem + "issant", stem + "is", stem + "is");
        }
        else if (infinitive.EndsWith("er", StringComparison.Ordinal))
        {
            var stem = infinitive[..^2];
            // Before a and o, c becomes ç and g becomes ge (annonça, jugeait) so that the sound stays.
            var softStem = stem.EndsWith('c') ? stem[..^1] + "ç" : stem.EndsWith('g') ? stem + "e" : stem;
            (p3s, p3p) = (stem + "e", stem + "ent");
            (ps3s, ps3p, impf) = (softStem + "a", stem + "èrent", softStem);
            (pp, fut, ppr, p1s, ps1s) = (stem + "é", infinitive, softStem + "ant", stem + "e", softStem + "ai");
        }
        else if (given.Count == 0)
        {
            throw new InvalidDataException($"reporting-verbs.tsv line {lineNumber}: '{infinitive}' is not a regular verb and has no paradigm.");
        }
        else
        {
            (p3s, p3p, ps3s, ps3p, impf, pp, fut, ppr, p1s, ps1s) = ("", "", "", "", "", "", "", "", "", "");
        }

        string Pick(string key, string computed) => given.TryGetValue(key, out var form) ? form : computed;
        p3s = Pick("p3s", p3s);
        p3p = Pick("p3p", p3p);
        ps3s = Pick("ps3s", ps3s);
        ps3p = Pick("ps3p", ps3p);
        impf = Pick("impf", impf);
        pp = Pick("pp", pp);
        fut = Pick("fut", fut);
        ppr = Pick("ppr", ppr);
        p1s = Pick("p1s", given.ContainsKey("p3s") && !given.ContainsKey("p1s") && p3s.EndsWith('e') ? p3s : p1s);
        ps1s = Pick("ps1s", ps1s);

        yield return (infinitive, VerbFormKind.Infinitive);
        foreach (var form in new[] { p3s, p3p, ps3s, ps3p, p1s, ps1s })
        {
            if (form.Length > 0)
            {
                yield return (form, VerbFormKind.Finite);
            }
        }

        if (impf.Length > 0)
        {
            foreach (var ending in new[] { "ait", "aient", "ais" })
            {
                yield return (impf + ending, VerbFormKind.Finite);
            }
        }

        if (fut.Length > 0)
        {
            foreach (var ending in new[] { "a", "ont", "ait", "aient", "ai" })
            {
                yield return (fut + ending, VerbFormKind.Finite);
            }
        }

        if (pp.Length > 0)
        {
            // A participle agrees with a preceding direct object or, with être, with the subject: dit, dite, dits, dites.
            yield return (pp, VerbFormKind.Participle);
            yield return (pp + "e", VerbFormKind.Participle);
            yield return (pp.EndsWith('s') ? pp : pp + "s", VerbFormKind.Participle);
            yield return (pp + "es", VerbFormKind.Participle);
        }

        if (ppr.Length > 0)
        {
            yield return (ppr, VerbFormKind.PresentParticiple);
        }
    }
}
