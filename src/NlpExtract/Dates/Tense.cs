namespace NlpExtract.Dates;

/// <summary>Whether a clause narrates the past or announces the future: it picks the Tuesday a bare "mardi" means.</summary>
internal enum Tense
{
    /// <summary>No clue: the nearest date is meant.</summary>
    Unknown,
    Past,
    Future,
}

/// <summary>
/// Guesses the tense around a date from surface clues, without a tagger: future forms (<c>sera</c>, <c>aura lieu</c>,
/// <c>reprendront</c>), <c>prochain</c>, <c>demain</c>, <c>va</c> + infinitive against compound pasts (<c>a été</c>,
/// <c>ont dénoncé</c>), imperfects, <c>hier</c>, <c>dernier</c>. The clue nearest to the date, within its sentence, wins.
/// </summary>
internal static class TenseGuesser
{
    /// <summary>The tense of the clue nearest to token <paramref name="at"/> among <paramref name="sentenceTokens"/>.</summary>
    public static Tense GuessAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentenceTokens, int at)
    {
        // "un sondage publié dimanche", "l'accord signé lundi": a participle right before the date tells what was done then.
        if (at > 0 && IsDoneParticipleAt(text, sentenceTokens[at - 1]))
        {
            return Tense.Past;
        }

        for (int distance = 0; distance < sentenceTokens.Length; distance++)
        {
            var before = at - distance >= 0 && at - distance < sentenceTokens.Length ? Clue(text, sentenceTokens, at - distance) : Tense.Unknown;
            if (before != Tense.Unknown)
            {
                return before;
            }

            var after = distance > 0 && at + distance < sentenceTokens.Length ? Clue(text, sentenceTokens, at + distance) : Tense.Unknown;
            if (after != Tense.Unknown)
            {
                return after;
            }

            if (at - distance < 0 && at + distance >= sentenceTokens.Length)
            {
                break;
            }
        }

        return Tense.Unknown;
    }

    private static Tense Clue(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Word || token.Length > 24)
        {
            return Tense.Unknown;
        }

        Span<char> buffer = stackalloc char[24];
        int length = text.Slice(token.Start, token.Length).ToLowerInvariant(buffer);
        var word = buffer[..length];
        if (IsFutureForm(word) || TemporalLexicon.IsFutureModifier(word) || word is "demain" or "bientôt" or "dès")
        {
            return Tense.Future;
        }

        if (IsGoingTo(word) && i + 1 < tokens.Length && IsInfinitive(Lower(text, tokens[i + 1], buffer)))
        {
            return Tense.Future;
        }

        // "est fixée", "sont prévus" are present passives as often as past tenses: only avoir and the imperfect of être tell.
        if (IsAuxiliary(word) && i + 1 < tokens.Length && IsPastParticiple(Lower(text, tokens[i + 1], buffer)))
        {
            return Tense.Past;
        }

        // A conditional announces (reported) future: "elle recevrait les syndicats en janvier", "il pourrait partir lundi".
        if (word.Length > 5 && (word.EndsWith("rait", StringComparison.Ordinal) || word.EndsWith("raient", StringComparison.Ordinal)))
        {
            return Tense.Future;
        }

        if (word is "hier" || TemporalLexicon.IsPastModifier(word) ||
            (word.Length > 4 && (word.EndsWith("ait", StringComparison.Ordinal) || word.EndsWith("aient", StringComparison.Ordinal)) &&
             !word.EndsWith("rait", StringComparison.Ordinal)))
        {
            return Tense.Past;
        }

        return Tense.Unknown;
    }

    /// <summary>
    /// A past participle of the first group (publié, signé, annoncé) that reports a thing done, not one planned (prévu is
    /// not of this form; programmé, fixé, reporté, repoussé, convoqué are excluded), nor a noun in -ité, -té or -ée
    /// (société, été, côté, comité, journée).
    /// </summary>
    private static bool IsDoneParticipleAt(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length is < 4 or > 24 || char.IsUpper(text[token.Start]))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        var word = buffer[..text.Slice(token.Start, token.Length).ToLowerInvariant(buffer)];
        return word.EndsWith('é') && !word.EndsWith("ité", StringComparison.Ordinal) && !word.EndsWith("été", StringComparison.Ordinal)
               && word is not ("côté" or "comité" or "marché" or "député" or "programmé" or "fixé" or "reporté" or "repoussé"
                   or "convoqué" or "décalé" or "envisagé" or "planifié" or "prolongé" or "avancé");
    }

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> text, Token token, Span<char> buffer)
        => token.Length > buffer.Length ? default : buffer[..text.Slice(token.Start, token.Length).ToLowerInvariant(buffer)];

    /// <summary>Simple future of the indicative: sera, aura, fera, déroulera, reprendront, viendra.</summary>
    private static bool IsFutureForm(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        return word is "sera" or "seront" or "aura" or "auront" or "fera" or "feront" or "ira" or "iront" or "pourra" or "pourront" or "devra" or "devront" or "viendra" or "tiendra" or "verra" or "faudra" ||
               (word.Length >= 6 && (word.EndsWith("era", StringComparison.Ordinal) || word.EndsWith("eront", StringComparison.Ordinal) ||
                                     word.EndsWith("ira", StringComparison.Ordinal) || word.EndsWith("iront", StringComparison.Ordinal) ||
                                     word.EndsWith("dra", StringComparison.Ordinal) || word.EndsWith("dront", StringComparison.Ordinal)));
    }

    private static bool IsGoingTo(ReadOnlySpan<char> word) => word is "va" or "vont" or "vais" or "allons" or "allez" or "doit" or "doivent";

    private static bool IsInfinitive(ReadOnlySpan<char> word)
        => word.Length > 3 && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("ir", StringComparison.Ordinal) || word.EndsWith("re", StringComparison.Ordinal));

    private static bool IsAuxiliary(ReadOnlySpan<char> word)
        => word is "a" or "ont" or "avait" or "avaient" or "était" or "étaient" or "ai" or "avons" or "avez" or "été" or "-t-il" or "-t-elle" or "-t-on";

    private static bool IsPastParticiple(ReadOnlySpan<char> word)
        => word.Length > 2 && !word.Contains('-') && (word.EndsWith('é') || word.EndsWith("ée", StringComparison.Ordinal) || word.EndsWith("és", StringComparison.Ordinal) ||
                               word.EndsWith("ées", StringComparison.Ordinal) || word.EndsWith('i') || word.EndsWith('u') || word.EndsWith("it", StringComparison.Ordinal) ||
                               word.EndsWith("is", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("ert", StringComparison.Ordinal)) ||
           word is "été" or "eu" or "fait" or "pris" or "mis" or "dit";
}
