using System.Collections.Frozen;

namespace NlpExtract.Quotes;

/// <summary>
/// First names and their usual sex (<c>first-names.tsv</c>, embedded; derived from the INSEE 2023 first-name file, Licence
/// Ouverte 2.0, by <c>nlpextract train first-names</c>): how a pronoun finds a person of its gender, and how a run of
/// capitalized words is known to be a person when the entity model missed it.
/// </summary>
internal static class FirstNames
{
    private const string ResourceName = "NlpExtract.Quotes.first-names.tsv";

    private static readonly Lazy<FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>>> Lookup = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The sex a first name is given to 90 % of the time or more; <see cref="Gender.Unknown"/> for other words.</summary>
    public static Gender GenderOf(ReadOnlySpan<char> firstName)
        => firstName.Length is > 1 and < 30 && Lookup.Value.TryGetValue(firstName, out var gender) ? gender : Gender.Unknown;

    /// <summary>The sex the first word of a full name ("Anne Hidalgo") is usually given to.</summary>
    public static Gender GenderOfName(string fullName)
    {
        int space = fullName.IndexOf(' ');
        return GenderOf(space > 0 ? fullName.AsSpan(0, space) : fullName);
    }

    private static FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        using var stream = typeof(FirstNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            int tab = line.IndexOf('\t');
            if (line.Length == 0 || line[0] == '#' || tab <= 0)
            {
                continue;
            }

            names[line[..tab]] = line[(tab + 1)..] == "F" ? Gender.Feminine : Gender.Masculine;
        }

        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
