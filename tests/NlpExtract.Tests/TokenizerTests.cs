using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NlpExtract.Tests;

[TestFixture]
public class TokenizerTests
{
    private static IEnumerable<TestCaseData> Spec() => SpecFile.Cases("tokenizer.tsv", 2);

    [TestCaseSource(nameof(Spec))]
    public void Spec_tokens_match(string input, string expected, string kinds)
    {
        var tokens = FrenchTokenizer.TokenizeToArray(input);
        var actual = tokens.Select(t => t.GetText(input)).ToArray();
        Assert.That(actual, Is.EqualTo(expected.Split(" | ")), "tokens");
        if (kinds.Length > 0)
        {
            var actualKinds = tokens.Select(t => t.Kind.ToString().ToLowerInvariant()).ToArray();
            Assert.That(actualKinds, Is.EqualTo(kinds.Split(' ')), "kinds");
        }
    }

    [Test]
    public void A_glued_word_splits_wherever_it_falls_against_the_64_character_blocks_of_the_scan()
    {
        // The seams are found by a mask over 64 characters at a time: a word across two blocks, or a capital that opens a
        // block, must split like any other.
        for (int padding = 0; padding < 140; padding++)
        {
            string text = string.Concat(Enumerable.Repeat("mot ", padding / 4)) + new string('x', padding % 4 + 1) + " envahis de laPologne ensuite";
            var words = FrenchTokenizer.TokenizeToArray(text).Select(t => t.GetText(text)).TakeLast(4).ToArray();
            Assert.That(words, Is.EqualTo(new[] { "de", "la", "Pologne", "ensuite" }), $"padding {padding}");
        }
    }

    [Test]
    public void Elisions_abbreviations_urls_and_units_are_cut_the_same_wherever_they_fall_against_the_blocks()
    {
        // The commonest tokens are read from 64-character masks (plain words, l' and qu’, a word before a full stop,
        // marks standing alone) and the rest by the character rules: the cut must not depend on where the blocks fall.
        const string sentence = "L'homme qu’on attendait, M. Dupont, est arrivé aujourd'hui à 10h30 de la presqu'île " +
                                "(160km) ; voir http://exemple.fr/a.b et J. Martin, «\u202Fc.-à-d.\u202F» l'an 2024. Fin...";
        var reference = FrenchTokenizer.TokenizeToArray(sentence).Select(t => t.GetText(sentence)).ToArray();
        Assert.That(reference, Does.Contain("L'").And.Contain("qu’").And.Contain("M.").And.Contain("aujourd'hui")
            .And.Contain("presqu'île").And.Contain("http://exemple.fr/a.b").And.Contain("J.").And.Contain("c.-à-d.")
            .And.Contain("2024").And.Contain("..."));
        AssertCutTheSameWhereverTheBlocksFall(sentence, reference);
    }

    [Test]
    public void Numbers_ellipses_and_lone_marks_are_cut_the_same_wherever_they_fall_against_the_blocks()
    {
        // Lone numbers, runs of full stops, lone ? and !, words before "..." and the common elisions are read from the
        // masks; spaced thousands, decimals, times, ?! and the lexicalised elisions by the character rules.
        const string sentence = "En 1936. Il dit : Kerr... puis etc... et 2 001 ou 3,5 à 14:30, 80%. Vraiment ?! Oui ? " +
                                "Non ! L'on vit qu'a-t-il fait, c'est-à-dire McGregor d'abord....";
        var reference = FrenchTokenizer.TokenizeToArray(sentence).Select(t => t.GetText(sentence)).ToArray();
        Assert.That(reference, Is.EqualTo(new[]
        {
            "En", "1936", ".", "Il", "dit", ":", "Kerr", "...", "puis", "etc.", "..", "et", "2 001", "ou", "3,5", "à", "14:30", ",",
            "80", "%", ".", "Vraiment", "?!", "Oui", "?", "Non", "!", "L'on", "vit", "qu'", "a", "-t-il", "fait", ",",
            "c'est-à-dire", "McGregor", "d'", "abord", "....",
        }));
        AssertCutTheSameWhereverTheBlocksFall(sentence, reference);
    }

    [Test]
    public void The_end_of_the_text_cuts_the_last_token_as_a_space_would_wherever_it_falls_against_the_blocks()
    {
        // The masks read the end of the text as a word end: the last word, number or abbreviation of a document must
        // come out as the character rules cut it before a space, at every offset of the end in its 64-character block.
        var endings = new (string Text, string[] LastTokens)[]
        {
            ("il est arrivé en 1998.", ["1998", "."]),
            ("la délégation est arrivée.", ["arrivée", "."]),
            ("des pommes, des poires, etc.", ["poires", ",", "etc."]),
            ("la proportion était de 3,5", ["de", "3,5"]),
            ("rendez-vous à 14h30", ["14", "h", "30"]),
            ("Fin...", ["Fin", "..."]),
            ("Le Monde", ["Le", "Monde"]),
            ("lorsqu'", ["lorsqu'"]),
        };
        foreach (var (ending, lastTokens) in endings)
        {
            for (int padding = 0; padding < 140; padding++)
            {
                string text = Padded(ending, padding);
                var tokens = FrenchTokenizer.TokenizeToArray(text).Select(t => t.GetText(text)).ToArray();
                var beforeSpace = FrenchTokenizer.TokenizeToArray(text + " ").Select(t => t.GetText(text + " ")).ToArray();
                Assert.That(tokens, Is.EqualTo(beforeSpace), $"{ending} after padding {padding}");
                Assert.That(tokens[^lastTokens.Length..], Is.EqualTo(lastTokens), $"{ending} after padding {padding}");
            }
        }
    }

    /// <summary>
    /// <paramref name="text"/> after <paramref name="padding"/> characters of "mot " words and spaces (padding / 4 tokens),
    /// which move it against the tokenizer's 64-character blocks.
    /// </summary>
    private static string Padded(string text, int padding) => string.Concat(Enumerable.Repeat("mot ", padding / 4)) + new string(' ', padding % 4) + text;

    private static void AssertCutTheSameWhereverTheBlocksFall(string sentence, string[] reference)
    {
        for (int padding = 1; padding < 140; padding++)
        {
            string text = Padded(sentence, padding);
            var tokens = FrenchTokenizer.TokenizeToArray(text).Select(t => t.GetText(text)).Skip(padding / 4).ToArray();
            Assert.That(tokens, Is.EqualTo(reference), $"padding {padding}");
        }
    }

    [Test]
    public void Null_string_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => FrenchTokenizer.TokenizeToArray((string)null!));
    }

    [Test]
    public void Empty_and_blank_texts_have_no_tokens()
    {
        Assert.That(FrenchTokenizer.TokenizeToArray(""), Is.Empty);
        Assert.That(FrenchTokenizer.TokenizeToArray(" \u00A0\u202F\n\t\r\u200B"), Is.Empty);
    }

    [Test]
    public void Span_enumeration_gives_the_same_tokens_as_the_array()
    {
        const string text = "« Nous apprécions », a-t-il dit à l'AFP le 19/01/2024 : 1 000 € (3,5 %).";
        var fromSpan = new List<Token>();
        foreach (var token in FrenchTokenizer.Tokenize(text.AsSpan()))
        {
            fromSpan.Add(token);
        }

        Assert.That(fromSpan, Is.EqualTo(FrenchTokenizer.TokenizeToArray(text)));
    }

    [Test]
    public void Offsets_point_into_the_original_string_with_no_break_spaces()
    {
        const string text = "Il a dit\u00A0:\u00A0«\u202Fnon\u202F».";
        var tokens = FrenchTokenizer.TokenizeToArray(text);
        Assert.That(tokens.Select(t => (t.Start, t.End)), Is.EqualTo(new[] { (0, 2), (3, 4), (5, 8), (9, 10), (11, 12), (13, 16), (17, 18), (18, 19) }));
    }

    [Test]
    public void Lone_surrogates_become_one_character_symbols()
    {
        string text = "a\uD800b \uDC00 c\uD83D";
        var tokens = FrenchTokenizer.TokenizeToArray(text);
        AssertWellFormed(text, tokens);
        Assert.That(tokens.Where(t => t.Kind == TokenKind.Symbol).Select(t => t.GetText(text)),
            Is.EqualTo(new[] { "\uD800", "\uDC00", "\uD83D" }));
    }

    [Test]
    public void Control_characters_separate_tokens_and_are_never_inside_one()
    {
        string text = "un\u0000deux\u0007trois\u001Fquatre";
        var tokens = FrenchTokenizer.TokenizeToArray(text);
        Assert.That(tokens.Select(t => t.GetText(text)), Is.EqualTo(new[] { "un", "deux", "trois", "quatre" }));
    }

    [TestCase("laŒuvre complète", new[] { "la", "Œuvre", "complète" })]
    [TestCase("sa sœurMarie est venue", new[] { "sa", "sœur", "Marie", "est", "venue" })]
    [TestCase("zéŒeœyy8Q fin", new[] { "zé", "Œeœyy8Q", "fin" })]
    public void A_word_glued_by_a_capital_outside_latin1_is_cut_wherever_the_text_places_it(string words, string[] expected)
    {
        // The vector masks read 64 characters at a time: the same words after every length of text before them must
        // give the same tokens, wherever a block boundary falls.
        for (int padding = 0; padding < 140; padding++)
        {
            string text = new string('x', padding) + " " + words;
            var tokens = FrenchTokenizer.TokenizeToArray(text).Skip(padding > 0 ? 1 : 0).Select(t => t.GetText(text));
            Assert.That(tokens, Is.EqualTo(expected), $"after {padding} characters");
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public void Ten_megabyte_text_is_tokenized_whole()
    {
        var builder = new StringBuilder();
        const string paragraph = "Le ministre des Affaires étrangères Jean-Noël Barrot a déclaré jeudi : « Nous n'accepterons pas 1 000 € de plus », a-t-il ajouté. ";
        while (builder.Length < 10_000_000)
        {
            builder.Append(paragraph);
        }

        string text = builder.ToString();
        int count = 0;
        int lastEnd = 0;
        foreach (var token in FrenchTokenizer.Tokenize(text))
        {
            Assert.That(token.Start, Is.GreaterThanOrEqualTo(lastEnd));
            lastEnd = token.End;
            count++;
        }

        int perParagraph = FrenchTokenizer.TokenizeToArray(paragraph).Length;
        Assert.That(count, Is.EqualTo(perParagraph * (text.Length / paragraph.Length)));
    }

    [TestCase('a', TestName = "100,000-character word of letters")]
    [TestCase('-', TestName = "100,000 hyphens")]
    [TestCase('\'', TestName = "100,000 apostrophes")]
    [TestCase('.', TestName = "100,000 periods")]
    [TestCase('1', TestName = "100,000 digits")]
    [CancelAfter(30_000)]
    public void Pathological_runs_are_scanned_in_linear_time(char c)
    {
        string text = new(c, 100_000);
        var tokens = FrenchTokenizer.TokenizeToArray(text);
        AssertWellFormed(text, tokens);
    }

    [TestCase("a-", TestName = "alternating letters and hyphens")]
    [TestCase("l'", TestName = "repeated elisions")]
    [TestCase("a.", TestName = "letters and periods (initials)")]
    [TestCase("1 000 ", TestName = "spaced thousands")]
    [TestCase("«", TestName = "50,000 guillemets")]
    [TestCase("\"", TestName = "50,000 straight quotes")]
    [TestCase("a-t-il-", TestName = "chained clitics")]
    [CancelAfter(30_000)]
    public void Long_repetitive_inputs_are_scanned_in_linear_time(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 50_000));
        var tokens = FrenchTokenizer.TokenizeToArray(text);
        AssertWellFormed(text, tokens);
    }

    [Test]
    public void Random_texts_give_well_formed_tokens([Random(0, int.MaxValue, 200)] int seed)
    {
        string text = RandomFrenchishText(new Random(seed), 400);
        AssertWellFormed(text, FrenchTokenizer.TokenizeToArray(text));
    }

    [Test]
    public void Random_code_units_give_well_formed_tokens([Random(0, int.MaxValue, 100)] int seed)
    {
        var random = new Random(seed);
        var chars = new char[300];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, char.MaxValue + 1);
        }

        string text = new(chars);
        AssertWellFormed(text, FrenchTokenizer.TokenizeToArray(text));
    }

    /// <summary>
    /// The properties every tokenization must have: tokens in order, never overlapping, inside the text, non-empty,
    /// and covering every character that is not a separator (white space, control or invisible separator).
    /// </summary>
    internal static void AssertWellFormed(string text, Token[] tokens)
    {
        var covered = new bool[text.Length];
        int previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.That(token.Length, Is.GreaterThan(0), "empty token");
            Assert.That(token.Start, Is.GreaterThanOrEqualTo(previousEnd), "tokens overlap or are out of order");
            Assert.That(token.End, Is.LessThanOrEqualTo(text.Length), "token ends outside the text");
            for (int i = token.Start; i < token.End; i++)
            {
                covered[i] = true;
            }

            previousEnd = token.End;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (!covered[i] && !IsSeparator(text[i]))
            {
                Assert.Fail($"character U+{(int)text[i]:X4} at {i} is in no token");
            }
        }
    }

    private static bool IsSeparator(char c)
        => char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u2060' or '\uFEFF';

    [SuppressMessage("Security", "CA5394", Justification = "Test data, not security.")]
    private static string RandomFrenchishText(Random random, int length)
    {
        string[] pieces =
        [
            "l'", "qu'", "jusqu'", "aujourd'hui", "-t-il", "-", "--", "a", "dit", "elle", " ", " ", " ", "\u00A0", "\u202F", "«", "»",
            "\"", "'", "’", ".", "...", "…", "?", "!", ",", ";", ":", "(", ")", "1", "000", "3,5", "%", "€", "M.", "J.-C.", "S.N.C.F",
            "@", "#", "http://", "www.", "x@y.fr", "😀", "👩‍💻", "\u200D", "\uFE0F", "🇫", "\uD800", "\uDC00", "é", "\u0301", "\n", "\t",
            "\u0000", "°", "n", "h", "km", "/", "_", "&", "Ω", "東",
        ];
        var builder = new StringBuilder();
        while (builder.Length < length)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString();
    }
}
