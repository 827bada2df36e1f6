using System.Collections.Frozen;

namespace NlpExtract.Dates;

/// <summary>
/// The closed French vocabulary of dates: months, weekdays, seasons, parts of the day, number words, calendar units,
/// relative days and the words that refer to the present, past or future. Fixed grammar, so it lives in code;
/// every lookup is case-insensitive and keyed by span (no allocation per token).
/// </summary>
internal static class TemporalLexicon
{
    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Build(params (string Word, int Value)[] entries)
        => entries.ToFrozenDictionary(e => e.Word, e => e.Value, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Build(
        ("janvier", 1), ("janv.", 1), ("janv", 1), ("février", 2), ("fevrier", 2), ("févr.", 2), ("fév.", 2), ("févr", 2),
        ("mars", 3), ("avril", 4), ("avr.", 4), ("avr", 4), ("mai", 5), ("juin", 6), ("juillet", 7), ("juil.", 7), ("juil", 7),
        ("août", 8), ("aout", 8), ("septembre", 9), ("sept.", 9), ("octobre", 10), ("oct.", 10), ("novembre", 11), ("nov.", 11),
        ("décembre", 12), ("decembre", 12), ("déc.", 12), ("dec.", 12));

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = Build(
        ("lundi", 1), ("mardi", 2), ("mercredi", 3), ("jeudi", 4), ("vendredi", 5), ("samedi", 6), ("dimanche", 7));

    /// <summary>Seasons as TIMEX3 codes: 1 SP, 2 SU, 3 FA, 4 WI.</summary>
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> SeasonLookup = Build(
        ("printemps", 1), ("été", 2), ("ete", 2), ("automne", 3), ("hiver", 4));

    /// <summary>Parts of the day as TIMEX3 codes: 1 MO, 2 AF, 3 EV, 4 NI, 5 MI (midday).</summary>
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> PartOfDayLookup = Build(
        ("matin", 1), ("matinée", 1), ("après-midi", 2), ("aprèm", 2), ("soir", 3), ("soirée", 3), ("nuit", 4), ("midi", 5));

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWordLookup = Build(
        ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6), ("sept", 7), ("huit", 8),
        ("neuf", 9), ("dix", 10), ("onze", 11), ("douze", 12), ("treize", 13), ("quatorze", 14), ("quinze", 15), ("seize", 16),
        ("dix-sept", 17), ("dix-huit", 18), ("dix-neuf", 19), ("vingt", 20), ("vingt-cinq", 25), ("trente", 30),
        ("quarante", 40), ("cinquante", 50), ("soixante", 60), ("cent", 100), ("quelques", 3), ("plusieurs", 3));

    /// <summary>Calendar units: 1 day, 2 week, 3 month, 4 year, 5 decade, 6 century.</summary>
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Build(
        ("jour", 1), ("jours", 1), ("semaine", 2), ("semaines", 2), ("mois", 3), ("an", 4), ("ans", 4), ("année", 4),
        ("années", 4), ("décennie", 5), ("décennies", 5), ("siècle", 6), ("siècles", 6));

    /// <summary>Days named relative to today.</summary>
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> RelativeDayLookup = Build(
        ("avant-hier", -2), ("hier", -1), ("aujourd'hui", 0), ("aujourd’hui", 0), ("demain", 1), ("après-demain", 2));

    /// <summary>Words that refer to a time without placing it: 0 present, -1 past, 1 future (TIMEX3 PRESENT_REF…).</summary>
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ReferenceWordLookup = Build(
        ("maintenant", 0), ("actuellement", 0), ("actuel", 0), ("actuelle", 0), ("actuels", 0), ("actuelles", 0),
        ("désormais", 0), ("dorénavant", 0), ("auparavant", -1), ("autrefois", -1), ("jadis", -1), ("naguère", -1),
        ("avenir", 1));

    /// <summary>
    /// Every word that can start a date expression (see <see cref="DateRecognizer"/>): a token that is not a number and
    /// not in this set is skipped with one lookup, which keeps the recognizer at a few nanoseconds per ordinary word.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TriggerLookup = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        [
            .. MonthLookup.Dictionary.Keys, .. WeekdayLookup.Dictionary.Keys, .. SeasonLookup.Dictionary.Keys,
            .. RelativeDayLookup.Dictionary.Keys, .. ReferenceWordLookup.Dictionary.Keys,
            "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "dec",
            "veille", "lendemain", "ce", "ces", "cet", "cette", "le", "la", "l'", "l’", "les", "des", "années", "mois", "début",
            "fin", "mi", "milieu", "courant", "vers", "Vers", "il", "dans", "premier",
        ]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The frequent words that start a date only before a date word ("le 7", "ce matin", "il y a", "dans deux").</summary>
    public static bool IsFunctionWordTrigger(ReadOnlySpan<char> word)
        => word.Equals("le", StringComparison.OrdinalIgnoreCase) || word.Equals("la", StringComparison.OrdinalIgnoreCase) ||
           word.Equals("les", StringComparison.OrdinalIgnoreCase) || word.Equals("des", StringComparison.OrdinalIgnoreCase) ||
           word.Equals("l'", StringComparison.OrdinalIgnoreCase) || word.Equals("l’", StringComparison.OrdinalIgnoreCase) ||
           word.Equals("ce", StringComparison.OrdinalIgnoreCase) || word.Equals("ces", StringComparison.OrdinalIgnoreCase) ||
           word.Equals("cet", StringComparison.OrdinalIgnoreCase) || word.Equals("cette", StringComparison.OrdinalIgnoreCase) ||
           word.Equals("il", StringComparison.OrdinalIgnoreCase) || word.Equals("dans", StringComparison.OrdinalIgnoreCase) ||
           word.Equals("vers", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a word may start a date expression.</summary>
    public static bool MayStartDate(ReadOnlySpan<char> word)
        => word.Length <= 12 && (TriggerLookup.Contains(word) || word.StartsWith("mi-", StringComparison.OrdinalIgnoreCase));

    public static int Month(ReadOnlySpan<char> word) => MonthLookup.TryGetValue(word, out int value) ? value : 0;

    public static int Weekday(ReadOnlySpan<char> word) => WeekdayLookup.TryGetValue(word, out int value) ? value : 0;

    public static int Season(ReadOnlySpan<char> word) => SeasonLookup.TryGetValue(word, out int value) ? value : 0;

    public static int PartOfDay(ReadOnlySpan<char> word) => PartOfDayLookup.TryGetValue(word, out int value) ? value : 0;

    public static int NumberWord(ReadOnlySpan<char> word) => NumberWordLookup.TryGetValue(word, out int value) ? value : 0;

    public static int Unit(ReadOnlySpan<char> word) => UnitLookup.TryGetValue(word, out int value) ? value : 0;

    public static bool TryRelativeDay(ReadOnlySpan<char> word, out int offset) => RelativeDayLookup.TryGetValue(word, out offset);

    public static bool TryReferenceWord(ReadOnlySpan<char> word, out int direction) => ReferenceWordLookup.TryGetValue(word, out direction);

    public static string SeasonCode(int season) => season switch { 1 => "SP", 2 => "SU", 3 => "FA", _ => "WI" };

    public static string PartOfDayCode(int part) => part switch { 1 => "MO", 2 => "AF", 3 => "EV", 4 => "NI", _ => "MI" };

    /// <summary>"dernier", "passé" and their forms: the previous one.</summary>
    public static bool IsPastModifier(ReadOnlySpan<char> word)
        => word.StartsWith("derni", StringComparison.OrdinalIgnoreCase) && word.Length <= 9 ||
           word.Equals("passé", StringComparison.OrdinalIgnoreCase) || word.Equals("passée", StringComparison.OrdinalIgnoreCase) ||
           word.Equals("précédent", StringComparison.OrdinalIgnoreCase) || word.Equals("précédente", StringComparison.OrdinalIgnoreCase);

    /// <summary>"prochain", "suivant" and their forms: the next one.</summary>
    public static bool IsFutureModifier(ReadOnlySpan<char> word)
        => word.StartsWith("prochain", StringComparison.OrdinalIgnoreCase) && word.Length <= 10 ||
           word.Equals("suivant", StringComparison.OrdinalIgnoreCase) || word.Equals("suivante", StringComparison.OrdinalIgnoreCase);

    /// <summary>Roman numerals up to XXI (centuries), or 0.</summary>
    public static int Roman(ReadOnlySpan<char> word)
    {
        int total = 0;
        int previous = 0;
        for (int i = word.Length - 1; i >= 0; i--)
        {
            int value = word[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => -1 };
            if (value < 0)
            {
                return 0;
            }

            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }

        return total;
    }
}
