using System.Collections.Frozen;

namespace NlpExtract.Tokenization;

/// <summary>
/// The small closed word lists that French tokenization depends on. They are fixed grammar, not data learned
/// from a corpus, so they live in code (house style 7: small fixed tables may be generated C#).
/// Every lookup is keyed by span, so the tokenizer never allocates to consult them.
/// </summary>
internal static class FrenchTokenLexicon
{
    /// <summary>
    /// Abbreviations that keep their period (<c>M.</c>, <c>Mme.</c>, <c>etc.</c>, <c>av.</c>). Case-sensitive:
    /// <c>M.</c> is "Monsieur" but a sentence may end on a lowercase "m". Units (km, kg) never take a period in French.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        FrozenSet.Create(StringComparer.Ordinal,
            // titles and forms of address
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Mgrs", "Me", "Dr", "Drs", "Pr", "Prs", "Mr", "Mrs",
            "St", "Ste", "Sts", "Stes", "Vve", "Cdt", "Col", "Gén", "Lt", "Sgt", "Jr", "Sr", "Fr",
            // companies
            "Cie", "Inc", "Ltd", "Co", "Corp", "Sté", "cie", "sté",
            // references and scholarly forms
            "etc", "cf", "Cf", "av", "Av", "apr", "env", "ex", "Ex", "p", "pp", "Vol", "éd", "éds", "coll",
            "dir", "trad", "op", "cit", "ibid", "Ibid", "sq", "sqq", "Art", "chap", "Chap", "fig",
            "Fig", "n", "No", "nos", "tél", "Tél", "hab", "bd", "Bd", "boul", "dép", "réf", "Réf",
            "resp", "suiv", "vs", "ca", "c", "v", "s", "ss", "anc")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The abbreviations that stand before a name and so never end a sentence (<c>M. Dupont</c>, <c>Dr. House</c>).
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleAbbreviations =
        FrozenSet.Create(StringComparer.Ordinal,
            "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mlles.", "Mgr.", "Me.", "Dr.", "Pr.", "Mr.", "Mrs.", "St.",
            "Ste.", "Vve.", "Cdt.", "Col.", "Gén.", "Lt.", "Sgt.", "Fr.", "cf.", "Cf.", "av.", "Av.", "p.",
            "pp.", "Art.", "chap.", "n.", "No.", "Vol.", "bd.", "Bd.", "boul.", "fig.", "Fig.",
            "tél.", "Tél.", "env.", "ex.", "Ex.", "ca.", "c.", "v.", "s.")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Ordinal suffixes written after digits: <c>1er</c>, <c>1re</c>, <c>2e</c>, <c>2nd</c>, <c>3ème</c> stay one token.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinalSuffixes =
        FrozenSet.Create(StringComparer.Ordinal,
            "er", "re", "ère", "e", "è", "ème", "eme", "ers", "res", "ères", "es", "èmes", "emes", "nd", "nde", "nds", "ndes", "d", "de",
            "o", "os", "a", "as", "bis", "ter")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Units that UD French separates from the number they follow (<c>160km</c> → <c>160</c> + <c>km</c>,
    /// <c>14h30</c> → <c>14</c> + <c>h</c> + <c>30</c>).
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units =
        FrozenSet.Create(StringComparer.Ordinal,
            "h", "H", "min", "mn", "s", "ms", "j", "km", "m", "cm", "mm", "µm", "nm", "kg", "g", "mg", "t", "l", "L", "cl",
            "ml", "dl", "ha", "m2", "m3", "km2", "W", "kW", "MW", "GW", "kWh", "MWh", "GWh", "V", "kV", "A", "mA", "Hz",
            "kHz", "MHz", "GHz", "Go", "Mo", "Ko", "To", "Gb", "Mb", "kb", "Gbit", "Mbit", "kbit", "€", "$", "M€", "Md€",
            "pts", "pt", "px", "dpi", "ch", "cv", "CV", "bar", "mbar", "hPa", "Pa", "°C", "°F",
            "dB", "mph", "kmh", "nd", "noeuds", "k", "K", "M", "Md", "Mds", "Mrd", "Mrds")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Capitalised function words that begin sentences (articles, pronouns, frequent adverbs and prepositions).
    /// After an initial or an acronym (<c>X.</c>, <c>S.N.C.F.</c>) they show that the period also ends the sentence,
    /// where a capitalised name (<c>J. Dupont</c>) would not.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarters =
        FrozenSet.Create(StringComparer.Ordinal,
            "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "D", "Au", "Aux", "Ce", "Cet", "Cette", "Ces", "C",
            "Il", "Ils", "Elle", "Elles", "On", "Je", "J", "Tu", "Nous", "Vous", "Qu", "Que", "Qui", "Quand", "Quel",
            "Quelle", "Quels", "Quelles", "Son", "Sa", "Ses", "Leur", "Leurs", "Mon", "Ma", "Mes", "Notre", "Nos",
            "Votre", "Vos", "En", "Dans", "Pour", "Par", "Sur", "Avec", "Sans", "Sous", "Selon", "Après", "Avant",
            "Depuis", "Pendant", "Lors", "Mais", "Et", "Ou", "Donc", "Or", "Puis", "Ainsi", "Alors", "Cependant",
            "Pourtant", "Toutefois", "Enfin", "Aussi", "Si", "Comme", "Lorsque", "Lorsqu", "Puisque", "Bien",
            "Cela", "Ceci", "Celui", "Celle", "Ceux", "Celles", "Tout", "Tous", "Toute", "Toutes", "Chaque", "Plusieurs",
            "Certains", "Certaines", "Aucun", "Aucune", "Y", "A", "À", "Ici", "Là", "Oui", "Non", "Voici", "Voilà",
            "Ne", "N", "Se", "S", "Parmi", "Entre", "Vers", "Malgré", "Grâce", "Contrairement",
            "Outre", "Dès", "Jusqu", "Jusque", "Désormais", "Aujourd", "Hier", "Demain", "Pourquoi", "Comment", "Où",
            "Combien", "Quoi", "Certes", "Même", "Encore", "Déjà", "Seul", "Seule", "Seuls", "Seules", "Autre", "Autres",
            "Lequel", "Laquelle", "Lesquels", "Lesquelles", "Auquel", "Auxquels", "Auxquelles", "Duquel", "Desquels", "Desquelles")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for an ordinal suffix written after digits (<c>er</c> of <c>1er</c>).</summary>
    public static bool IsOrdinalSuffix(ReadOnlySpan<char> letters) => letters.Length <= 5 && OrdinalSuffixes.Contains(letters);

    /// <summary>True for a unit written after a number, which UD French keeps as its own token.</summary>
    public static bool IsUnit(ReadOnlySpan<char> letters) => letters.Length <= 6 && Units.Contains(letters);

    /// <summary>True for a capitalised function word that opens sentences (<c>Le</c>, <c>Il</c>, <c>Mais</c>).</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => word.Length <= 14 && SentenceStarters.Contains(word);

    /// <summary>
    /// True when <paramref name="word"/> is a word that elides its final vowel before a vowel or mute h and is written
    /// as its own token (UD French: <c>l'</c> + <c>homme</c>, <c>jusqu'</c> + <c>à</c>).
    /// </summary>
    public static bool IsElisionPrefix(ReadOnlySpan<char> word)
    {
        // Called at every apostrophe inside a word: dispatch on length before comparing any text.
        switch (word.Length)
        {
            case 1:
                char c = word[0];
                return (c | 0x20) is 'l' or 'd' or 'j' or 'm' or 'n' or 's' or 't' or 'c' || c is 'ç' or 'Ç';
            case 2:
                return (word[0] | 0x20) == 'q' && (word[1] | 0x20) == 'u';
            case 5:
                return word.Equals("jusqu", StringComparison.OrdinalIgnoreCase);
            case 6:
                return word.Equals("lorsqu", StringComparison.OrdinalIgnoreCase) || word.Equals("puisqu", StringComparison.OrdinalIgnoreCase) ||
                       word.Equals("quoiqu", StringComparison.OrdinalIgnoreCase) || word.Equals("presqu", StringComparison.OrdinalIgnoreCase);
            default:
                return false;
        }
    }

    /// <summary>
    /// True when prefix + apostrophe + <paramref name="rest"/> is a lexicalised single word although its prefix is elidable:
    /// <c>presqu'île</c>, <c>c'est-à-dire</c>, <c>l'on</c> (one token in UD French: its <c>l'</c> is euphonic, not an article),
    /// <c>n'roll</c>, and <c>t'il</c>, <c>t'elle</c>, <c>t'on</c>, the frequent misspelling of <c>-t-il</c> that UD French keeps whole.
    /// Words whose prefix is not elidable (<c>aujourd'hui</c>, <c>prud'homme</c>, <c>entr'acte</c>) never need listing.
    /// </summary>
    public static bool IsLexicalisedElision(ReadOnlySpan<char> prefix, ReadOnlySpan<char> rest)
    {
        if (prefix.Length == 6)
        {
            return prefix.Equals("presqu", StringComparison.OrdinalIgnoreCase) &&
                   (IsWordAt(rest, "île") || IsWordAt(rest, "îles") || IsWordAt(rest, "ile") || IsWordAt(rest, "iles"));
        }

        if (prefix.Length != 1)
        {
            return false;
        }

        return (prefix[0] | 0x20) switch
        {
            'l' => IsWordAt(rest, "on"),
            'c' => IsWordAt(rest, "est-à-dire"),
            'n' => IsWordAt(rest, "roll"),
            't' => IsWordAt(rest, "il") || IsWordAt(rest, "elle") || IsWordAt(rest, "on") || IsWordAt(rest, "ils") || IsWordAt(rest, "elles"),
            _ => false,
        };
    }

    /// <summary>True when <paramref name="text"/> starts with the whole word <paramref name="word"/> (case-insensitive).</summary>
    private static bool IsWordAt(ReadOnlySpan<char> text, string word)
        => text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !CharClassTable.IsWordChar(text[word.Length]));

    /// <summary>
    /// True for a pronoun or particle that is written after a verb with a hyphen and forms its own token
    /// (<c>dit</c> + <c>-elle</c>, <c>donne</c> + <c>-moi</c>, <c>est</c> + <c>-ce</c>, <c>fois</c> + <c>-ci</c>).
    /// </summary>
    public static bool IsCliticSuffix(ReadOnlySpan<char> segment) => segment.Length switch
    {
        // Dispatch on length, then compare ignoring case: no allocation, no hashing on this per-hyphen path.
        1 => (segment[0] | 0x20) == 'y',
        2 => EqualsAny(segment, "je", "tu", "il", "on", "le", "la", "en", "ce", "ci", "là"),
        3 => EqualsAny(segment, "ils", "moi", "toi", "lui", "les"),
        4 => EqualsAny(segment, "elle", "nous", "vous", "leur"),
        5 => segment.Equals("elles", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>True for a pronoun that follows the euphonic <c>-t-</c> (<c>a-t-il</c>, <c>va-t-on</c>).</summary>
    public static bool IsEuphonicTPronoun(ReadOnlySpan<char> segment) => segment.Length switch
    {
        2 => EqualsAny(segment, "il", "on", "en"),
        3 => segment.Equals("ils", StringComparison.OrdinalIgnoreCase),
        4 => segment.Equals("elle", StringComparison.OrdinalIgnoreCase),
        5 => segment.Equals("elles", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>
    /// True when a clitic-looking suffix after this stem belongs to the word: demonstratives (<c>celui-ci</c>,
    /// <c>ceux-là</c>, <c>jusque-là</c>) and lexicalised nouns (<c>rendez-vous</c>, <c>chez-soi</c>).
    /// </summary>
    public static bool KeepsSuffix(ReadOnlySpan<char> stem) => stem.Length switch
    {
        2 => EqualsAny(stem, "de", "au", "là", "ci"),
        3 => EqualsAny(stem, "ici", "par"),
        4 => EqualsAny(stem, "ceux", "chez"),
        5 => EqualsAny(stem, "celui", "celle"),
        6 => EqualsAny(stem, "celles", "jusque", "rendez"),
        _ => false,
    };

    private static bool EqualsAny(ReadOnlySpan<char> word, params ReadOnlySpan<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the word (without its period) is an abbreviation written with a period.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) => word.Length <= LongestAbbreviation && Abbreviations.Contains(word);

    /// <summary>The length of the longest abbreviation written with a period, the period left out.</summary>
    public const int LongestAbbreviation = 5;

    /// <summary>True for an abbreviation token (period included) that announces what follows, so never ends a sentence.</summary>
    public static bool IsTitleAbbreviation(ReadOnlySpan<char> token) => token.Length <= 6 && TitleAbbreviations.Contains(token);
}
