using System.Globalization;
using NlpExtract.Entities;

namespace NlpExtract.Cli.Corpora;

/// <summary>
/// Builds the entity lexicon stored in the model from the shared gazetteers (INSEE first names, Licence Ouverte 2.0;
/// CLDR / i18n-iso-countries / GeoNames French place names, Unicode-3.0 / MIT / CC BY 3.0; INSEE communes,
/// départements and régions, Licence Ouverte 2.0) and the lists written for NlpExtract. The features look at one token at a time, so first names
/// are kept when written as one word; place names of two to four words ("Salt Lake City", "Le Havre") are kept too, for
/// the pass that joins them after tagging (<see cref="MultiwordNames"/>).
/// </summary>
internal static class GazetteerReader
{
    public static EntityLexicon Build(string dataFolder)
    {
        var entries = new Dictionary<string, LexiconClass>(StringComparer.OrdinalIgnoreCase);
        void Add(string word, LexiconClass classes)
        {
            word = word.Trim();
            if (word.Length >= 2 && (!word.Contains(' ') || IsMultiwordPlace(word, classes)))
            {
                entries[word] = entries.GetValueOrDefault(word) | classes;
            }
        }

        string folder = Path.Combine(dataFolder, "gazetteers");
        foreach (var columns in Rows(Path.Combine(folder, "prenoms-insee", "prenoms_fr_insee2023_by_gender.tsv")))
        {
            // First names given at least 500 times: rarer entries are mostly spelling variants that add noise.
            if (columns.Length > 4 && long.TryParse(columns[4], NumberStyles.None, CultureInfo.InvariantCulture, out long total) && total >= 500)
            {
                Add(columns[1], LexiconClass.FirstName);
            }
        }

        foreach (var columns in Rows(Path.Combine(folder, "world-places-fr", "countries_regions_fr.tsv")))
        {
            Add(columns[2], LexiconClass.Place);
            foreach (var variant in columns[3].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(variant, LexiconClass.Place);
            }
        }

        foreach (var columns in Rows(Path.Combine(folder, "world-places-fr", "cldr_exemplar_cities_fr.tsv")))
        {
            Add(columns[1], LexiconClass.Place);
        }

        foreach (var columns in Rows(Path.Combine(folder, "world-places-fr", "geonames_fr_labels.tsv")))
        {
            Add(columns[2], LexiconClass.Place);
        }

        foreach (var columns in Rows(Path.Combine(folder, "world-places-fr", "cldr_exemplar_cities_fr.tsv")))
        {
            Add(columns[2], LexiconClass.Place); // the English name too: "Salt Lake City", "Los Angeles"
        }

        foreach (var columns in Rows(Path.Combine(folder, "world-places-fr", "geonames_cities15000_latin_aliases.tsv")))
        {
            // Cities of 15,000 inhabitants or more, by their own name; only the names of several words are added here
            // (one-word names come from the French lists above, and the aliases hold too many odd spellings).
            if (columns.Length > 2 && columns[1].Contains(' '))
            {
                Add(columns[1], LexiconClass.Place);
            }
        }

        foreach (var columns in Rows(Path.Combine(folder, "communes-fr", "communes_fr_cog.tsv")))
        {
            // Communes of at least 2,000 inhabitants: the many hamlets named like common words ("Moi", "Y") stay out.
            if (columns.Length > 3 && long.TryParse(columns[3], NumberStyles.None, CultureInfo.InvariantCulture, out long population) && population >= 2000)
            {
                Add(columns[1], LexiconClass.Place);
            }
        }

        // Départements and régions by their names of several words ("Territoire de Belfort", "Pays de la Loire", "Grand
        // Est"), for the pass that joins them after tagging; their one-word names are communes or countries' names the
        // lists above hold, or common words as features ("Nord", "Somme", "Manche").
        foreach (string file in (ReadOnlySpan<string>)["departements.json", "regions.json"])
        {
            using var stream = File.OpenRead(Path.Combine(folder, "communes-fr", file));
            using var json = System.Text.Json.JsonDocument.Parse(stream);
            foreach (var area in json.RootElement.EnumerateArray())
            {
                if (area.GetProperty("nom").GetString() is { } name && name.Contains(' '))
                {
                    Add(name, LexiconClass.Place);
                }
            }
        }

        foreach (var (word, classes) in EntityLexicon.WrittenLists())
        {
            entries[word] = entries.GetValueOrDefault(word) | classes;
        }

        return new EntityLexicon(entries);
    }

    /// <summary>
    /// A place name of two to four words, separated by single spaces, that opens with a capital and whose other words
    /// are capitalised or particles ("Rio de Janeiro", "Le Havre"; not "Arabie saoudite", which the tagger reads word
    /// by word).
    /// </summary>
    private static bool IsMultiwordPlace(string name, LexiconClass classes)
    {
        if (classes != LexiconClass.Place || name.Length > EntityLexicon.MaxKeyLength || name.Contains("  ", StringComparison.Ordinal))
        {
            return false;
        }

        var words = name.Split(' ');
        return words.Length is >= 2 and <= MaxPlaceWords && char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0])
               && words.All(word => word.Length > 0 && (char.IsUpper(word[0]) || MultiwordNames.IsParticle(word)));
    }

    private const int MaxPlaceWords = 4;

    private static IEnumerable<string[]> Rows(string path)
        => File.ReadLines(path).Skip(1).Select(line => line.Split('\t')).Where(columns => columns.Length >= 2);
}
