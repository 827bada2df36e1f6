using System.Globalization;

namespace NlpExtract.Dates;

/// <summary>
/// Finds French date and time expressions in a token stream and normalises them to TIMEX3 values
/// (ISO-TimeML: <c>2024-01-19</c>, <c>2023-10</c>, <c>2024-W02</c>, <c>2020-SP</c>, <c>199</c>, <c>2024-01-19T14:30</c>,
/// <c>PRESENT_REF</c>), resolved against the document's reference date.
/// </summary>
/// <remarks>
/// A compiled grammar over tokens: at each token, the patterns that can start with that token are tried in a fixed
/// order and the first that matches is taken, so the work per token is a few dictionary lookups and the whole pass is
/// linear. Conventions follow the French TimeBank guide: a time of day ("22 h") is its own expression, anchored on the
/// last day the text named; durations ("pendant trois ans") and sets ("chaque lundi", "le lundi") are not dates.
/// Impossible dates (31 février, 2024-13-45) give no entity.
/// </remarks>
internal static class DateRecognizer
{
    private const float RuleScore = 0.95f;

    /// <summary>Appends the date entities of a document to <paramref name="output"/>.</summary>
    public static void Recognize(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, DateOnly reference, ICollection<Entity> output)
    {
        var matcher = new Matcher(text, tokens, reference);
        int sentenceIndex = 0;
        int i = 0;
        while (i < tokens.Length)
        {
            while (sentenceIndex < sentences.Length && sentences[sentenceIndex].FirstToken + sentences[sentenceIndex].TokenCount <= i)
            {
                sentenceIndex++;
            }

            if (sentenceIndex < sentences.Length && matcher.SentenceStart != sentences[sentenceIndex].FirstToken)
            {
                matcher.EnterSentence(sentences[sentenceIndex].FirstToken, sentences[sentenceIndex].TokenCount);
            }

            if (matcher.TryMatch(i, out var match))
            {
                if (match.Value.Length == 0)
                {
                    i = match.Last + 1; // an impossible date (31 février): consumed, never reported
                    continue;
                }

                output.Add(new Entity(tokens[match.First].Start, tokens[match.Last].End, EntityLabel.Date, RuleScore, match.Value, match.Modifier));
                if (match.Day is { } day)
                {
                    matcher.Anchor = day;
                }

                i = match.Last + 1;
            }
            else
            {
                i++;
            }
        }
    }

    private readonly record struct Match(int First, int Last, string Value, string? Modifier = null, DateOnly? Day = null);

    private ref struct Matcher
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly ReadOnlySpan<Token> _tokens;
        private readonly DateOnly _reference;
        private int _sentenceCount;

        public Matcher(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, DateOnly reference)
        {
            _text = text;
            _tokens = tokens;
            _reference = reference;
            Anchor = reference;
            SentenceStart = -1;
            _sentenceCount = tokens.Length;
        }

        /// <summary>The last day the text named: times of day ("22 h", "dans la soirée") fall on it.</summary>
        public DateOnly Anchor { get; set; }

        public int SentenceStart { get; private set; }

        public void EnterSentence(int firstToken, int tokenCount)
        {
            SentenceStart = firstToken;
            _sentenceCount = tokenCount;
        }

        /// <summary>The tense of the clause around token <paramref name="i"/> (nearest clue in its sentence).</summary>
        private readonly Tense TenseAt(int i)
        {
            int start = Math.Max(0, SentenceStart);
            int count = Math.Min(_sentenceCount, _tokens.Length - start);
            return TenseGuesser.GuessAt(_text, _tokens.Slice(start, count), i - start);
        }

        private readonly int DirectionAt(int i) => TenseAt(i) switch { Tense.Past => -1, Tense.Future => 1, _ => 0 };

        private readonly ReadOnlySpan<char> W(int i) => (uint)i < (uint)_tokens.Length ? _text.Slice(_tokens[i].Start, _tokens[i].Length) : default;

        private readonly bool Is(int i, string word) => W(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        private readonly bool IsAny(int i, string a, string b) => Is(i, a) || Is(i, b);

        /// <summary>A word with a capital that does not open its sentence: part of a name ("Journal" in "Le Journal du dimanche").</summary>
        private readonly bool IsCapitalizedWord(int i)
            => (uint)i < (uint)_tokens.Length && _tokens[i].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[i].Start])
               && (i == 0 || _tokens[i - 1].Kind == TokenKind.Word);

        private readonly bool IsAny(int i, string a, string b, string c) => Is(i, a) || Is(i, b) || Is(i, c);

        /// <summary>The integer a token of plain digits stands for (at most four digits), or -1.</summary>
        private readonly int Int(int i)
        {
            var word = W(i);
            if (word.Length is 0 or > 4 || _tokens[i].Kind != TokenKind.Number)
            {
                return -1;
            }

            int value = 0;
            foreach (char c in word)
            {
                if (c is < '0' or > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        /// <summary>A day of the month: 1–31, "1er", "premier".</summary>
        private readonly int DayOfMonth(int i)
        {
            int value = Int(i);
            if (value is >= 1 and <= 31 && W(i).Length <= 2)
            {
                return value;
            }

            return IsAny(i, "1er", "premier", "1re") ? 1 : -1;
        }

        /// <summary>A year written in full (1000–2199) or as two digits after a month ("octobre 98", "novembre 93").</summary>
        private readonly int Year(int i, bool allowTwoDigits)
        {
            int value = Int(i);
            if (value is >= 1000 and <= 2199 && W(i).Length == 4)
            {
                return value;
            }

            if (allowTwoDigits && W(i).Length == 2 && value >= 0)
            {
                return Year2(value);
            }

            return -1;
        }

        private readonly bool CanContinueDate(int i)
            => (uint)i < (uint)_tokens.Length &&
               (_tokens[i].Kind == TokenKind.Number || TemporalLexicon.MayStartDate(W(i)) || TemporalLexicon.Unit(W(i)) > 0 ||
                TemporalLexicon.NumberWord(W(i)) > 0 ||
                TemporalLexicon.PartOfDay(W(i)) > 0 || IsAny(i, "y", "week-end", "même"));

        /// <summary>"dernier", "passé" (−1) or "prochain", "suivant" (+1) at token <paramref name="i"/>; 0 when neither.</summary>
        private readonly int ModifierAt(int i)
            => TemporalLexicon.IsPastModifier(W(i)) ? -1 : TemporalLexicon.IsFutureModifier(W(i)) ? 1 : 0;

        /// <summary>
        /// The month named at token <paramref name="i"/> (1–12, or 0), and the token that ends it: an abbreviation whose
        /// period the tokenizer split off ("janv" + ".", "sept" + ".") ends on the period.
        /// </summary>
        private readonly int MonthAt(int i, out int last)
        {
            last = i;
            var word = W(i);
            if (word.IsEmpty || word.Length > 9)
            {
                return 0;
            }

            if (Is(i + 1, ".") && _tokens[i + 1].Start == _tokens[i].End)
            {
                Span<char> withPeriod = stackalloc char[word.Length + 1];
                word.CopyTo(withPeriod);
                withPeriod[^1] = '.';
                int abbreviated = TemporalLexicon.Month(withPeriod);
                if (abbreviated > 0)
                {
                    last = i + 1;
                    return abbreviated;
                }
            }

            return TemporalLexicon.Month(word);
        }

        private readonly int Number(int i)
        {
            int value = Int(i);
            return value > 0 ? value : TemporalLexicon.NumberWord(W(i));
        }

        public bool TryMatch(int i, out Match match)
        {
            var word = W(i);
            match = default;
            if (word.IsEmpty)
            {
                return false;
            }

            // Most tokens cannot start a date: only numbers, trigger words and ordinals before "siècle" go further; a
            // determiner or "il", "dans", "vers" (frequent words) only when the next token can continue a date.
            if (_tokens[i].Kind != TokenKind.Number)
            {
                if (!TemporalLexicon.MayStartDate(word))
                {
                    // Only an ordinal ("XIXe", "18ème") can start a century: test its ending before reading the next token.
                    if ((word[^1] | 0x20) != 'e' || !IsAny(i + 1, "siècle", "s."))
                    {
                        return false;
                    }
                }
                else if (word.Length <= 5 && TemporalLexicon.IsFunctionWordTrigger(word) && !CanContinueDate(i + 1))
                {
                    return false;
                }
            }

            return TryNumericDate(i, out match) || TryTime(i, out match) || TryDayMonth(i, out match) || TryWeekday(i, out match) ||
                   TryMonth(i, out match) || TryPartOfPeriod(i, out match) || TryRelativeDay(i, out match) || TryThisPart(i, out match) ||
                   TryRelativePeriod(i, out match) || TrySeason(i, out match) || TryDecade(i, out match) || TryCentury(i, out match) ||
                   TryAgoOrIn(i, out match) || TryYear(i, out match) || TryReferenceWord(i, out match);
        }

        /// <summary>19/01/2024, 19/01/24, 2024-01-19, 19.01.2024 (one number token).</summary>
        private readonly bool TryNumericDate(int i, out Match match)
        {
            match = default;
            if (_tokens[i].Kind != TokenKind.Number)
            {
                return false;
            }

            var word = W(i);
            Span<int> parts = stackalloc int[3];
            int count = 0;
            int value = 0;
            int digits = 0;
            char separator = '\0';
            Span<int> widths = stackalloc int[3];
            foreach (char c in word)
            {
                if (c is >= '0' and <= '9')
                {
                    value = (value * 10) + (c - '0');
                    digits++;
                    continue;
                }

                if (c is not ('/' or '-' or '.') || (separator != '\0' && c != separator) || count >= 2 || digits == 0)
                {
                    return false;
                }

                separator = c;
                widths[count] = digits;
                parts[count++] = value;
                value = 0;
                digits = 0;
            }

            if (count != 2 || digits == 0)
            {
                return false;
            }

            widths[2] = digits;
            parts[2] = value;
            int year, month, day;
            if (widths[0] == 4)
            {
                (year, month, day) = (parts[0], parts[1], parts[2]);
            }
            else if (widths[2] is 4 or 2 && widths[0] <= 2 && widths[1] <= 2)
            {
                (day, month, year) = (parts[0], parts[1], widths[2] == 2 ? Year2(parts[2]) : parts[2]);
            }
            else
            {
                return false;
            }

            if (!TryDate(year, month, day, out var date))
            {
                return false;
            }

            match = new Match(IncludeArticle(i), i, Iso(date), Day: date);
            return true;
        }

        /// <summary>A two-digit year in the century that puts it at most ten years after the reference ("98" → 1998, "24" → 2024).</summary>
        private readonly int Year2(int twoDigits) => 2000 + twoDigits <= _reference.Year + 10 ? 2000 + twoDigits : 1900 + twoDigits;

        /// <summary>"22 h", "21 h 45", "14h30", "vers 12 h 30", "à 8 heures": a time on the last day named.</summary>
        private readonly bool TryTime(int i, out Match match)
        {
            match = default;
            int first = i;
            string? modifier = null;
            if (Is(i, "vers"))
            {
                modifier = "APPROX";
                i++;
            }

            int hour = Int(i);
            if (hour is < 0 or > 24 || W(i).Length > 2)
            {
                return false;
            }

            // "14 h", "14h30" are times; "heures" spelled out is a time only after a preposition that places it ("à 8 heures"),
            // since "24 heures", "les 48 heures" are durations.
            bool abbreviated = W(i + 1) is "h" or "H";
            bool spelled = IsAny(i + 1, "heures", "heure") && hour < 24 && (modifier != null || IsAny(first - 1, "à", "dès", "jusqu'à") || IsAny(first - 1, "avant", "après", "depuis"));
            if (!abbreviated && !spelled)
            {
                return false;
            }

            if (modifier is null && IsAny(first - 1, "pendant", "durant", "en"))
            {
                return false; // a duration: "en 3 h", "pendant 2 heures"
            }

            int last = i + 1;
            int minute = 0;
            int minutes = Int(i + 2);
            if (minutes is >= 0 and <= 59 && W(i + 2).Length == 2)
            {
                minute = minutes;
                last = i + 2;
            }

            string value = FormattableString.Invariant($"{Iso(Anchor)}T{hour:00}:{minute:00}");
            match = new Match(first, last, value, modifier);
            return true;
        }

        /// <summary>[le] [weekday] DAY MONTH [YEAR | dernier | prochain]: "le 7 octobre 2023", "1er mai", "14 juillet 1789".</summary>
        private bool TryDayMonth(int i, out Match match)
        {
            match = default;
            int day = DayOfMonth(i);
            if (day < 0)
            {
                if (Int(i) is >= 32 and <= 99 && TemporalLexicon.Month(W(i + 1)) > 0)
                {
                    match = new Match(i, i + 1, string.Empty); // "32 janvier": no such day
                    return true;
                }

                return false;
            }

            int month = MonthAt(i + 1, out int monthToken);
            if (month == 0)
            {
                // "du 19 au 23 juillet", "les 6 et 13 avril": the first day takes the month that follows.
                if (IsAny(i + 1, "au", "et", "-") && DayOfMonth(i + 2) > 0 && TemporalLexicon.Month(W(i + 3)) is > 0 and var sharedMonth)
                {
                    int sharedYear = Year(i + 4, allowTwoDigits: false);
                    if (ResolveDay(sharedYear, sharedMonth, day, out var rangeStart, DirectionAt(i)))
                    {
                        match = new Match(i, i, Iso(rangeStart), Day: rangeStart);
                        return true;
                    }
                }

                return false;
            }

            int last = monthToken;
            int year = Year(monthToken + 1, allowTwoDigits: true);
            if (year < 0 && W(monthToken + 1).Length == 4 && Int(monthToken + 1) is >= 1000 and var farYear)
            {
                year = farYear; // a year far from ours after a day and month is still a year: left as written
            }

            int direction = year > 0 ? 0 : ModifierAt(monthToken + 1);
            if (year > 0 || direction != 0)
            {
                last++;
            }

            int weekday = TemporalLexicon.Weekday(W(i - 1));
            if (year < 0 && weekday > 0 && YearMatchingWeekday(month, day, weekday) is > 0 and var weekdayYear)
            {
                year = weekdayYear; // "jeudi 16 septembre": the year in which the 16th of September is a Thursday
            }

            if (direction == 0)
            {
                direction = DirectionAt(i);
                if (Is(i - 1, "au") && IsAny(i - 2, "jusqu'", "jusqu’"))
                {
                    direction = 0; // a deadline: "jusqu'au 30 juin", the nearest one
                }
                else if (Is(i - 1, "le") && Is(i - 2, "ici") && IsAny(i - 3, "d'", "d’"))
                {
                    direction = 1; // "d'ici le 30 juin"
                }
            }

            if (!ResolveDay(year, month, day, out var date, direction))
            {
                match = new Match(i, last, string.Empty); // "31 février", "29 février 2023": no such day
                return true;
            }

            int first = i;
            if (weekday > 0)
            {
                first = i - 1; // "vendredi 19 janvier"
            }

            first = IncludeArticle(first);
            match = new Match(first, last, Iso(date), Day: date);
            return true;
        }

        /// <summary>
        /// A weekday: "mardi" (the nearest one in the sentence's tense), "mardi dernier", "lundi prochain", "ce lundi",
        /// "dimanche soir"; before a day and month it is left to <see cref="TryDayMonth"/>. "le lundi" is a habit, not a date.
        /// </summary>
        private bool TryWeekday(int i, out Match match)
        {
            match = default;
            int first = i;
            int weekdayToken = i;
            if (IsAny(i, "ce", "ces"))
            {
                weekdayToken = Is(i + 1, "même") ? i + 2 : i + 1;
            }

            int weekday = TemporalLexicon.Weekday(W(weekdayToken));
            if (weekday == 0 || DayOfMonth(weekdayToken + 1) > 0 || (first == weekdayToken && IsAny(i - 1, "le", "les", "chaque")) ||
                IsAny(weekdayToken + 1, "Saint", "saint", "noir") || first == weekdayToken && Is(i - 1, "du") && IsCapitalizedWord(i - 2))
            {
                return false; // a habit ("le lundi"), or a name ("Vendredi saint", "jeudi noir", "Le Journal du dimanche")
            }

            int last = weekdayToken;
            int direction = ModifierAt(last + 1);
            bool explicitModifier = direction != 0;
            if (explicitModifier)
            {
                last++;
            }
            else
            {
                direction = DirectionAt(weekdayToken);
            }

            match = DayWithPartOfDay(first, last, NearestWeekday(weekday, direction, explicitModifier));
            return true;
        }

        /// <summary>A day ending at token <paramref name="last"/>, extended over a part of the day after it ("mardi soir" → …TEV).</summary>
        private readonly Match DayWithPartOfDay(int first, int last, DateOnly date)
        {
            int part = TemporalLexicon.PartOfDay(W(last + 1));
            return part > 0
                ? new Match(first, last + 1, Iso(date) + "T" + TemporalLexicon.PartOfDayCode(part), Day: date)
                : new Match(first, last, Iso(date), Day: date);
        }

        /// <summary>"janvier", "mai 1988", "octobre 98", "en octobre dernier", "juin prochain", "le mois de juin".</summary>
        private bool TryMonth(int i, out Match match)
        {
            match = default;
            int first = i;
            int monthStart = i;
            bool namedAsMonth = Is(i, "mois") && IsAny(i + 1, "de", "d'", "d’");
            if (namedAsMonth)
            {
                monthStart = i + 2;
                if (Is(i - 1, "le"))
                {
                    first = i - 1; // "le mois de juin"
                }
            }

            int month = MonthAt(monthStart, out int last);
            if (month == 0)
            {
                return false;
            }

            var monthWord = W(monthStart);
            int year = Year(last + 1, allowTwoDigits: W(last + 1).Length == 2);
            if (year < 0 && monthWord.SequenceEqual("Mars") && monthStart > 0 && !IsSentenceInitial(monthStart))
            {
                return false; // the planet
            }

            int direction = year > 0 ? 0 : ModifierAt(last + 1);
            if (year > 0 || direction != 0)
            {
                last++;
            }

            if (year < 0)
            {
                year = ResolveMonthYear(month, direction == 0 ? DirectionAt(monthStart) : direction);
            }

            match = new Match(first, last, FormattableString.Invariant($"{year:0000}-{month:00}"));
            return true;
        }

        /// <summary>"début 2024", "fin novembre", "mi-mars", "courant octobre", "à la fin de l'année": a month or year with START / MID / END.</summary>
        private bool TryPartOfPeriod(int i, out Match match)
        {
            match = default;
            var word = W(i);
            string? modifier = null;
            int next = i + 1;
            if (word.StartsWith("mi-", StringComparison.OrdinalIgnoreCase) && TemporalLexicon.Month(word[3..]) is > 0 and var midMonth)
            {
                int midYear = Year(i + 1, allowTwoDigits: false);
                int last = midYear > 0 ? i + 1 : i;
                match = new Match(i, last, FormattableString.Invariant($"{(midYear > 0 ? midYear : ResolveMonthYear(midMonth, DirectionAt(i))):0000}-{midMonth:00}"), "MID");
                return true;
            }

            if (word.Equals("début", StringComparison.OrdinalIgnoreCase))
            {
                modifier = "START";
            }
            else if (word.Equals("fin", StringComparison.OrdinalIgnoreCase))
            {
                modifier = "END";
            }
            else if (word.Equals("mi", StringComparison.OrdinalIgnoreCase) || word.Equals("milieu", StringComparison.OrdinalIgnoreCase) ||
                     word.Equals("courant", StringComparison.OrdinalIgnoreCase))
            {
                modifier = "MID";
            }

            if (modifier is null)
            {
                return false;
            }

            if (IsAny(next, "de", "d'", "d’"))
            {
                next++;
            }

            if (IsAny(next, "l'", "l’", "la"))
            {
                next++;
            }

            if (TryMonth(next, out var inner) || TryYear(next, out inner) || TryDecade(next, out inner) || TryYearWord(next, out inner) ||
                (Is(next, "des") && TryDecade(next, out inner)))
            {
                match = inner with { First = i, Modifier = modifier };
                return true;
            }

            return false;
        }

        /// <summary>"année", "an" alone after "fin de l'": the reference year.</summary>
        private readonly bool TryYearWord(int i, out Match match)
        {
            match = default;
            if (!IsAny(i, "année", "an"))
            {
                return false;
            }

            match = new Match(i, i, Year4(_reference.Year));
            return true;
        }

        /// <summary>hier, aujourd'hui, demain, avant-hier, après-demain, la veille, le lendemain, with a part of the day.</summary>
        private bool TryRelativeDay(int i, out Match match)
        {
            match = default;
            int first = i;
            int last = i;
            DateOnly date;
            int offset = int.MinValue;
            if (TemporalLexicon.TryRelativeDay(W(i), out offset))
            {
                date = _reference.AddDays(offset);
            }
            else if (IsAny(i, "veille", "lendemain") && IsAny(i - 1, "la", "le"))
            {
                first = i - 1;
                date = Anchor.AddDays(Is(i, "veille") ? -1 : 1);
            }
            else
            {
                return false;
            }

            int part = TemporalLexicon.PartOfDay(W(last + 1));
            if (part > 0)
            {
                last++;
                match = new Match(first, last, Iso(date) + "T" + TemporalLexicon.PartOfDayCode(part), Day: date);
                return true;
            }

            if (Is(last + 1, "en") && IsAny(last + 2, "début", "fin") && IsAny(last + 3, "de", "d'", "d’") &&
                TemporalLexicon.PartOfDay(W(last + 4)) is > 0 and var laterPart)
            {
                match = new Match(first, last + 4, Iso(date) + "T" + TemporalLexicon.PartOfDayCode(laterPart), Day: date);
                return true;
            }

            if (offset == 0 && TemporalLexicon.Weekday(W(last + 1)) > 0)
            {
                last++; // "aujourd'hui vendredi"
            }

            match = new Match(first, last, Iso(date), Day: date);
            return true;
        }

        /// <summary>"ce matin", "ce soir", "cet après-midi", "cette nuit" (today); "dans la soirée" (the day last named).</summary>
        private readonly bool TryThisPart(int i, out Match match)
        {
            match = default;
            if (IsAny(i, "ce", "cet", "cette") && TemporalLexicon.PartOfDay(W(i + 1)) is > 0 and var part)
            {
                match = new Match(i, i + 1, Iso(_reference) + "T" + TemporalLexicon.PartOfDayCode(part), Day: _reference);
                return true;
            }

            if (IsAny(i, "la", "le") && IsAny(i - 1, "dans", "pendant", "durant") && IsAny(i + 1, "soirée", "nuit", "matinée") &&
                TemporalLexicon.PartOfDay(W(i + 1)) is > 0 and var anchoredPart)
            {
                // "dans la nuit de samedi à dimanche": the night of the first day named, the phrase one date.
                if (IsAny(i + 2, "de", "du") && TemporalLexicon.Weekday(W(i + 3)) is > 0 and var weekday)
                {
                    int last = IsAny(i + 4, "à", "au") && TemporalLexicon.Weekday(W(i + 5)) > 0 ? i + 5 : i + 3;
                    var night = NearestWeekday(weekday, DirectionAt(i));
                    // A time after it ("vers 2 h 30") falls on the day the phrase names last, the morning after.
                    var dayNamedLast = last == i + 5 ? night.AddDays(1) : night;
                    match = new Match(i, last, Iso(night) + "T" + TemporalLexicon.PartOfDayCode(anchoredPart), Day: dayNamedLast);
                    return true;
                }

                match = new Match(i, i + 1, Iso(Anchor) + "T" + TemporalLexicon.PartOfDayCode(anchoredPart));
                return true;
            }

            return false;
        }

        /// <summary>
        /// "l'an dernier", "l'année prochaine", "cette année", "la semaine dernière", "cette semaine", "le mois prochain",
        /// "ce week-end", "l'année 2001".
        /// </summary>
        private readonly bool TryRelativePeriod(int i, out Match match)
        {
            match = default;
            bool isThis = IsAny(i, "ce", "cet", "cette");
            bool isDefinite = IsAny(i, "l'", "l’", "la") || Is(i, "le");
            if (!isThis && !isDefinite)
            {
                return false;
            }

            int unitToken = i + 1;
            var unitWord = W(unitToken);
            int unit = unitWord.Equals("week-end", StringComparison.OrdinalIgnoreCase) ? 7 : TemporalLexicon.Unit(unitWord);
            if (unit is not (2 or 3 or 4 or 7) || unitWord.EndsWith('s') && unit != 3)
            {
                return false;
            }

            int direction;
            int last = unitToken;
            if (isThis)
            {
                direction = 0;
                if (Is(last + 1, "-ci"))
                {
                    last++;
                }
            }
            else if (TemporalLexicon.IsPastModifier(W(unitToken + 1)))
            {
                direction = -1;
                last++;
            }
            else if (TemporalLexicon.IsFutureModifier(W(unitToken + 1)))
            {
                direction = 1;
                last++;
            }
            else if (unit == 4 && Year(unitToken + 1, allowTwoDigits: false) is > 0 and var namedYear)
            {
                match = new Match(i, unitToken + 1, Year4(namedYear));
                return true;
            }
            else
            {
                return false;
            }

            string value;
            switch (unit)
            {
                case 2:
                case 7:
                    if (unit == 7 && isThis && TenseAt(i) == Tense.Past && _reference.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday)
                    {
                        direction = -1; // "ce week-end" told in the past early in the week is the one just gone
                    }

                    var day = _reference.AddDays(7 * direction);
                    value = IsoWeek(day) + (unit == 7 ? "-WE" : string.Empty);
                    break;
                case 3:
                    var month = _reference.AddMonths(direction);
                    value = FormattableString.Invariant($"{month.Year:0000}-{month.Month:00}");
                    break;
                default:
                    value = Year4(_reference.Year + direction);
                    break;
            }

            match = new Match(i, last, value);
            return true;
        }

        /// <summary>"au printemps 2020", "l'automne dernier", "cet été", "en hiver" (a season in general).</summary>
        private readonly bool TrySeason(int i, out Match match)
        {
            match = default;
            int first = i;
            int seasonToken = i;
            bool determined = false;
            if (IsAny(i, "l'", "l’", "cet") || IsAny(i, "cette", "ce"))
            {
                seasonToken = i + 1;
                determined = true;
            }

            int season = TemporalLexicon.Season(W(seasonToken));
            if (season == 0)
            {
                return false;
            }

            // "été" is also the participle of "être" (a été), and a season is named with a determiner or preposition
            // ("l'été", "en été", "au printemps"); "Printemps de l'environnement" names an event.
            if (!determined && !IsAny(i - 1, "en", "au", "d'") && !Is(i - 1, "d’") && !IsAny(i - 1, "l'", "l’", "cet"))
            {
                return false;
            }

            if (IsAny(seasonToken + 1, "de", "des", "du"))
            {
                return false;
            }

            int last = seasonToken;
            int year;
            if (Year(seasonToken + 1, allowTwoDigits: false) is > 0 and var namedYear)
            {
                year = namedYear;
                last++;
            }
            else if (TemporalLexicon.IsPastModifier(W(seasonToken + 1)))
            {
                year = _reference.Year - (SeasonStartMonth(season) < _reference.Month ? 0 : 1);
                last++;
            }
            else if (TemporalLexicon.IsFutureModifier(W(seasonToken + 1)))
            {
                year = _reference.Year + (SeasonStartMonth(season) > _reference.Month ? 0 : 1);
                last++;
            }
            else if (determined || Is(i - 1, "au"))
            {
                // "l'été" is this year's, unless a future sends it past the reference: announced in December ("avant
                // l'été", "sera prise cet été") it is next year's. (Not the past the other way: "des législatives à
                // l'automne semblaient…", written in May, is that year's autumn, as the French TimeBank marks it.)
                year = _reference.Year + (DirectionAt(seasonToken) > 0 && SeasonStartMonth(season) < _reference.Month ? 1 : 0);
                if (IsAny(i, "l'", "l’"))
                {
                    first = i;
                }
            }
            else
            {
                match = new Match(first, last, "XXXX-" + TemporalLexicon.SeasonCode(season));
                return true;
            }

            match = new Match(first, last, Year4(year) + "-" + TemporalLexicon.SeasonCode(season));
            return true;
        }

        /// <summary>"les années 1990", "années 60", "années 2000": the decade as its first three digits (TIMEX3: 199).</summary>
        private readonly bool TryDecade(int i, out Match match)
        {
            match = default;
            int first = i;
            int yearsToken = i;
            if (IsAny(i, "les", "des"))
            {
                yearsToken = i + 1;
            }

            if (!Is(yearsToken, "années"))
            {
                return false;
            }

            int value = Int(yearsToken + 1);
            int length = W(yearsToken + 1).Length;
            int decade;
            if (length == 4 && value % 10 == 0 && value is >= 1000 and <= 2100)
            {
                decade = value / 10;
            }
            else if (length == 2 && value % 10 == 0)
            {
                decade = 190 + (value / 10);
            }
            else
            {
                return false;
            }

            match = new Match(first, yearsToken + 1, decade.ToString(CultureInfo.InvariantCulture));
            return true;
        }

        /// <summary>"au XIXe siècle", "le 21e siècle": the century as its first two digits (TIMEX3: 18 for the 19th).</summary>
        private readonly bool TryCentury(int i, out Match match)
        {
            match = default;
            if (!IsAny(i + 1, "siècle", "s."))
            {
                return false;
            }

            var word = W(i);
            int suffix = word.EndsWith("ème", StringComparison.OrdinalIgnoreCase) ? 3 : word.EndsWith('e') ? 1 : 0;
            if (suffix == 0)
            {
                return false;
            }

            var numeral = word[..^suffix];
            int century = TemporalLexicon.Roman(numeral);
            if (century == 0 && int.TryParse(numeral, NumberStyles.None, CultureInfo.InvariantCulture, out int digits))
            {
                century = digits;
            }

            if (century is < 1 or > 21)
            {
                return false;
            }

            match = new Match(i, i + 1, (century - 1).ToString("00", CultureInfo.InvariantCulture));
            return true;
        }

        /// <summary>"il y a trois ans" (2021), "il y a une semaine", "dans deux semaines" (2024-W05): a point counted from today.</summary>
        private readonly bool TryAgoOrIn(int i, out Match match)
        {
            match = default;
            int numberToken;
            int direction;
            if (Is(i, "il") && Is(i + 1, "y") && Is(i + 2, "a"))
            {
                numberToken = i + 3;
                direction = -1;
            }
            else if (Is(i, "dans") && !IsAny(i + 1, "les", "la", "le"))
            {
                numberToken = i + 1;
                direction = 1;
            }
            else
            {
                return false;
            }

            int count = Number(numberToken);
            int unit = TemporalLexicon.Unit(W(numberToken + 1));
            if (count <= 0 || unit is 0 or > 4)
            {
                return false;
            }

            int amount = count * direction;
            string value = unit switch
            {
                1 => Iso(_reference.AddDays(amount)),
                2 => IsoWeek(_reference.AddDays(7 * amount)),
                3 => FormattableString.Invariant($"{_reference.AddMonths(amount).Year:0000}-{_reference.AddMonths(amount).Month:00}"),
                _ => Year4(_reference.Year + amount),
            };
            match = new Match(i, numberToken + 1, value, Day: unit == 1 ? _reference.AddDays(amount) : null);
            return true;
        }

        /// <summary>
        /// A year alone ("en 2023", "1975"), unless the number counts something ("2000 habitants", "1500 euros"):
        /// a four-digit number followed by a plural noun or a unit is a quantity.
        /// </summary>
        private readonly bool TryYear(int i, out Match match)
        {
            match = default;
            int year = Year(i, allowTwoDigits: false);
            if (year < 0 || (year is < 1500 or > 2100))
            {
                return false;
            }

            var next = W(i + 1);
            bool countsSomething = !next.IsEmpty && i + 1 < _tokens.Length &&
                                   (_tokens[i + 1].Kind == TokenKind.Symbol ||
                                    (_tokens[i + 1].Kind == TokenKind.Word && char.IsLower(next[0]) && next.Length > 3 &&
                                     (next.EndsWith('s') || next.EndsWith('x')) && !IsFunctionWord(next)));
            if (countsSomething || IsAny(i - 1, "de", "à") && _tokens[i - 1].Kind == TokenKind.Word && IsQuantityContext(i) ||
                IsAny(i - 1, "page", "numéro", "n°") || IsAny(i - 1, "article", "chapitre", "ligne") || IsAny(i - 1, "route", "vol", "code"))
            {
                return false; // a count, or a number that identifies ("page 2023", "vol 1954")
            }

            match = new Match(i, i, Year4(year));
            return true;
        }

        private readonly bool IsQuantityContext(int i) => Is(i - 2, "plus") || Is(i - 2, "moins") || Is(i - 2, "environ");

        private static bool IsFunctionWord(ReadOnlySpan<char> word)
            => word is "dans" or "sous" or "sans" or "puis" or "alors" or "après" or "depuis" or "mais" or "plus" or "moins" or "tous" or "toutes" or "nous" or "vous" or "leurs" or "ses" or "ces" or "des" or "les" or "lors" or "très" or "jamais" or "toujours" or "parmi";

        /// <summary>"maintenant", "actuellement", "désormais" (PRESENT_REF); "auparavant" (PAST_REF); "l'avenir" (FUTURE_REF).</summary>
        private readonly bool TryReferenceWord(int i, out Match match)
        {
            match = default;
            if (!TemporalLexicon.TryReferenceWord(W(i), out int direction))
            {
                return false;
            }

            int first = direction == 1 && IsAny(i - 1, "l'", "l’") ? i - 1 : i;
            match = new Match(first, i, direction switch { 0 => "PRESENT_REF", < 0 => "PAST_REF", _ => "FUTURE_REF" });
            return true;
        }

        private readonly bool IsSentenceInitial(int i) => i == SentenceStart;

        /// <summary>Extends a day expression over its article ("le 30 juin", "le jeudi 30 septembre").</summary>
        private readonly int IncludeArticle(int first) => IsAny(first - 1, "le", "ce") ? first - 1 : first;

        /// <summary>A day with an optional year: without one, the year that places it in the sentence's tense.</summary>
        private readonly bool ResolveDay(int year, int month, int day, out DateOnly date, int direction = 0)
        {
            if (year > 0)
            {
                return TryDate(year, month, day, out date);
            }

            // The same day this year, or the year before / after when that puts it on the side of the tense; without a
            // tense, the occurrence nearest to the reference; a date within two weeks of the reference stays in its year
            // whatever the tense (news announce and report nearby days alike, and the tense clue may belong to another
            // clause: "a appelé ses joueurs à rester concentrés avant le déplacement à Lille, le 14 décembre").
            if (!TryDate(_reference.Year, month, day, out date))
            {
                return TryDate(_reference.Year + (direction == 0 ? -1 : direction), month, day, out date);
            }

            int distance = date.DayNumber - _reference.DayNumber;
            if (Math.Abs(distance) <= 14)
            {
                return true;
            }

            if (direction == 0)
            {
                if (distance > 183)
                {
                    return TryDate(_reference.Year - 1, month, day, out date) || true;
                }

                if (distance < -183)
                {
                    return TryDate(_reference.Year + 1, month, day, out date) || true;
                }

                return true;
            }

            if (direction < 0 && distance > 0)
            {
                return TryDate(_reference.Year - 1, month, day, out date);
            }

            if (direction > 0 && distance < 0)
            {
                return TryDate(_reference.Year + 1, month, day, out date);
            }

            return true;
        }

        private readonly int ResolveMonthYear(int month, int direction)
        {
            if (direction == 0)
            {
                // No tense: the nearest occurrence of the month.
                int forward = (month - _reference.Month + 12) % 12;
                return forward <= 6 ? (month >= _reference.Month ? _reference.Year : _reference.Year + 1)
                                    : (month <= _reference.Month ? _reference.Year : _reference.Year - 1);
            }

            if (month == _reference.Month)
            {
                return _reference.Year;
            }

            if (direction < 0)
            {
                return month < _reference.Month ? _reference.Year : _reference.Year - 1;
            }

            return month > _reference.Month ? _reference.Year : _reference.Year + 1;
        }

        /// <summary>The weekday nearest to the reference date on the side of <paramref name="direction"/> (the reference day itself counts).</summary>
        private readonly DateOnly NearestWeekday(int isoWeekday, int direction, bool explicitModifier = false)
        {
            int today = ((int)_reference.DayOfWeek + 6) % 7 + 1;
            int back = (today - isoWeekday + 7) % 7;
            int ahead = (isoWeekday - today + 7) % 7;
            int delta = direction switch
            {
                // "vendredi dernier" said on a Friday is a week ago; "vendredi prochain", a week ahead.
                < 0 => explicitModifier && back == 0 ? -7 : -back,
                > 0 => explicitModifier && ahead == 0 ? 7 : ahead,
                _ => ahead <= back ? ahead : -back, // no tense: the nearest one
            };
            return _reference.AddDays(delta);
        }

        /// <summary>The single year next to the reference in which day/month falls on the weekday, or -1.</summary>
        private readonly int YearMatchingWeekday(int month, int day, int isoWeekday)
        {
            int found = -1;
            for (int year = _reference.Year - 1; year <= _reference.Year + 1; year++)
            {
                if (TryDate(year, month, day, out var date) && ((int)date.DayOfWeek + 6) % 7 + 1 == isoWeekday)
                {
                    if (found > 0)
                    {
                        return -1;
                    }

                    found = year;
                }
            }

            return found;
        }

        private static int SeasonStartMonth(int season) => season switch { 1 => 3, 2 => 6, 3 => 9, _ => 12 };

        private static bool TryDate(int year, int month, int day, out DateOnly date)
        {
            date = default;
            if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new DateOnly(year, month, day);
            return true;
        }

        private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string Year4(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

        private static string IsoWeek(DateOnly date)
        {
            var dateTime = date.ToDateTime(TimeOnly.MinValue);
            return FormattableString.Invariant($"{ISOWeek.GetYear(dateTime):0000}-W{ISOWeek.GetWeekOfYear(dateTime):00}");
        }
    }
}
