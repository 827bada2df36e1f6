using System.Globalization;

namespace NlpExtract.Cli.Corpora;

/// <summary>
/// Derives the gendered first-name list embedded in the package (src/NlpExtract/Quotes/first-names.tsv) from the INSEE 2023
/// first-name file (Licence Ouverte 2.0): a pronoun (elle / il) is resolved only to a person whose first name agrees.
/// </summary>
internal static class FirstNameList
{
    /// <summary>Names given fewer times are mostly spelling variants; names shared between the sexes tell nothing.</summary>
    private const long MinimumCount = 500;
    private const double MinimumShare = 0.9;

    public static int Write(string insee, string output)
    {
        var rows = new SortedDictionary<string, char>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(insee).Skip(1))
        {
            var columns = line.Split('\t');
            if (columns.Length < 6 || !long.TryParse(columns[4], NumberStyles.None, CultureInfo.InvariantCulture, out long total) || total < MinimumCount
                || !double.TryParse(columns[5], NumberStyles.Float, CultureInfo.InvariantCulture, out double female))
            {
                continue;
            }

            if (female >= MinimumShare)
            {
                rows[columns[1]] = 'F';
            }
            else if (female <= 1 - MinimumShare)
            {
                rows[columns[1]] = 'M';
            }
        }

        using var writer = new StreamWriter(output) { NewLine = "\n" };
        writer.WriteLine("# First names and their usual sex, from INSEE \"Fichier des prénoms\" 2023 (Licence Ouverte 2.0, Etalab).");
        writer.WriteLine($"# Rebuilt by: nlpextract train first-names --out src/NlpExtract/Quotes/first-names.tsv (names given >= {MinimumCount} times, >= {MinimumShare:P0} to one sex).");
        foreach (var (name, sex) in rows)
        {
            writer.WriteLine($"{name}\t{sex}");
        }

        return rows.Count;
    }
}
