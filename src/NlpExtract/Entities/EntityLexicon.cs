using System.Collections.Frozen;

namespace NlpExtract.Entities;

/// <summary>What a word is known to be, as bit flags: the gazetteer features of the entity tagger.</summary>
[Flags]
internal enum LexiconClass : byte
{
    None = 0,

    /// <summary>A first name (INSEE first-name file).</summary>
    FirstName = 1,

    /// <summary>A place name written as one token: country, region, city, French commune (CLDR, GeoNames, INSEE COG).</summary>
    Place = 2,

    /// <summary>A title or role that comes before a person's name (ministre, porte-parole, Mme, général).</summary>
    Title = 4,

    /// <summary>A head noun of organization names (ministère, agence, parti, université, banque, club).</summary>
    OrganizationHead = 8,

    /// <summary>A head noun of place names (rue, avenue, place, bande, salle, mont, lac).</summary>
    PlaceHead = 16,

    /// <summary>An organization French news names (ONU, OTAN, Hamas, SNCF, Gazprom; Banque mondiale).</summary>
    Organization = 32,
}

/// <summary>
/// The word lists the entity tagger consults, stored inside the model file (so that the model and the lists it was
/// trained with always travel together). Case-insensitive, keyed by span.
/// </summary>
internal sealed class EntityLexicon
{
    private readonly FrozenDictionary<string, LexiconClass> _classes;
    private readonly FrozenDictionary<string, LexiconClass>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public EntityLexicon(IEnumerable<KeyValuePair<string, LexiconClass>> entries, WordClusters? clusters = null)
    {
        _classes = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        Clusters = clusters ?? WordClusters.Empty;
        _hasMultiwordNames = new Lazy<bool>(() => _classes.Any(pair => pair.Key.Contains(' ') && (pair.Value & LexiconClass.Place) != 0));
        _multiwordFirstWords = new Lazy<FrozenSet<string>>(() => _classes.Keys.Where(key => key.Contains(' '))
            .Select(key => key[..key.IndexOf(' ')]).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    private readonly Lazy<FrozenSet<string>> _multiwordFirstWords;

    /// <summary>
    /// Whether some entry of several words begins with <paramref name="word"/> (case aside): one lookup that spares
    /// <see cref="MultiwordNames"/> its longest-first lookups at every capitalised word that opens no known name.
    /// </summary>
    public bool StartsMultiwordName(ReadOnlySpan<char> word)
        => word.Length is > 0 and <= MaxKeyLength && _multiwordFirstWords.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The distributional word clusters learnt from raw text (empty in a model trained without them).</summary>
    public WordClusters Clusters { get; }

    /// <summary>The same lists with these clusters.</summary>
    public EntityLexicon WithClusters(WordClusters clusters) => new(_classes, clusters);

    public static EntityLexicon Empty { get; } = new([]);

    /// <summary>The written lists alone (titles, organization and place heads), for stages that run without the model.</summary>
    public static EntityLexicon Written => LazyWritten.Value;

    private static readonly Lazy<EntityLexicon> LazyWritten = new(() => new EntityLexicon(WrittenLists()));

    public int Count => _classes.Count;

    public IEnumerable<KeyValuePair<string, LexiconClass>> Entries => _classes.OrderBy(pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The longest entry looked up.</summary>
    public const int MaxKeyLength = 48;

    public LexiconClass Classify(ReadOnlySpan<char> word) => word.Length is > 0 and <= MaxKeyLength && _lookup.TryGetValue(word, out var value) ? value : LexiconClass.None;

    /// <summary>Whether the lists hold names of several words ("Salt Lake City", "Banque mondiale"), read by <see cref="MultiwordNames"/>.</summary>
    public bool HasMultiwordNames => _hasMultiwordNames.Value;

    private readonly Lazy<bool> _hasMultiwordNames;

    /// <summary>
    /// Titles and roles, and head nouns of organization and place names: lists written for NlpExtract from French
    /// news usage (not drawn from any corpus).
    /// </summary>
    public static IEnumerable<KeyValuePair<string, LexiconClass>> WrittenLists()
    {
        string[] titles =
        [
            "M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Mgr", "Dr", "Dr.", "Pr", "Pr.", "Sir", "Lord", "Lady", "monsieur", "madame",
            "mademoiselle", "président", "présidente", "ministre", "vice-ministre", "porte-parole", "secrétaire", "député",
            "députée", "sénateur", "sénatrice", "maire", "préfet", "préfète", "sous-préfet", "général", "générale", "colonel",
            "capitaine", "commandant", "lieutenant", "sergent", "amiral", "maréchal", "juge", "procureur", "procureure",
            "avocat", "avocate", "docteur", "professeur", "professeure", "directeur", "directrice", "PDG", "patron", "patronne",
            "roi", "reine", "prince", "princesse", "pape", "cardinal", "abbé", "père", "sœur", "frère", "chancelier",
            "chancelière", "ambassadeur", "ambassadrice", "consul", "gouverneur", "commissaire", "inspecteur", "entraîneur",
            "attaquant", "défenseur", "gardien", "joueur", "joueuse", "champion", "championne", "chanteur", "chanteuse",
            "acteur", "actrice", "écrivain", "écrivaine", "auteur", "autrice", "réalisateur", "réalisatrice", "économiste",
            "chercheur", "chercheuse", "émir", "cheikh", "imam", "rabbin", "évêque", "archevêque", "saint", "sainte",
        ];
        string[] organizationHeads =
        [
            "ministère", "agence", "parti", "université", "banque", "groupe", "société", "compagnie", "association", "fédération",
            "union", "syndicat", "club", "comité", "conseil", "commission", "institut", "laboratoire", "centre", "office",
            "fondation", "assemblée", "sénat", "gouvernement", "tribunal", "cour", "armée", "brigades", "brigade", "police",
            "gendarmerie", "école", "lycée", "collège", "hôpital", "clinique", "entreprise", "journal", "chaîne", "radio",
            "mouvement", "front", "alliance", "organisation", "ligue", "équipe", "orchestre", "théâtre", "musée", "académie",
            "conservatoire", "caisse", "mutuelle", "cabinet", "direction", "service", "département", "préfecture", "mairie",
        ];
        string[] placeHeads =
        [
            "rue", "avenue", "boulevard", "place", "quai", "allée", "impasse", "chemin", "route", "pont", "salle", "stade",
            "parc", "jardin", "bande", "mont", "monts", "lac", "mer", "océan", "fleuve", "rivière", "vallée", "île", "îles",
            "golfe", "cap", "col", "forêt", "bois", "quartier", "faubourg", "cité", "port", "gare", "aéroport", "région",
            "province", "département", "canton", "commune", "ville", "village", "plateau", "désert", "massif", "détroit",
        ];
        // Organizations French news names in one word, most of them acronyms, and the seats that stand for a government
        // (Kremlin, Élysée, Matignon); words that are also common French words (Total, Orange, Free) are left out, since a
        // capital at a sentence start would make them look like the company.
        string[] organizations =
        [
            "ONU", "OTAN", "UE", "FMI", "OMS", "OMC", "OCDE", "OPEP", "UNESCO", "Unesco", "UNICEF", "Unicef", "UNRWA", "HCR",
            "BCE", "BEI", "BERD", "CPI", "CIJ", "AIEA", "OSCE", "ASEAN", "Interpol", "Europol", "Frontex", "Eurostat",
            "SNCF", "RATP", "EDF", "GDF", "Engie", "CNRS", "INSEE", "Insee", "Inserm", "CNES", "ESA", "NASA", "FBI", "CIA",
            "KGB", "FSB", "DGSE", "DGSI", "Mossad", "Tsahal", "CGT", "CFDT", "MEDEF", "Medef", "CFTC", "FNSEA", "UNEF",
            "LFI", "RN", "PS", "LR", "UMP", "UDF", "RPR", "PCF", "EELV", "MoDem", "Modem", "FN",
            "Hamas", "Hezbollah", "Fatah", "OLP", "Talibans", "ETA", "PKK", "Daech", "Daesh", "AFP", "Reuters", "TASS",
            "Interfax", "Bloomberg", "Xinhua", "BBC", "CNN", "TF1", "France24", "RTL", "LCI", "BFMTV", "CNews", "Ifop", "IFOP", "Ipsos", "Elabe", "Odoxa", "OpinionWay", "Viavoice", "Libération", "Mediapart", "Google", "Apple",
            "Microsoft", "Amazon", "Facebook", "Twitter", "Netflix", "Tesla", "Renault", "Peugeot", "Citroën", "Stellantis",
            "Airbus", "Boeing", "TotalEnergies", "Danone", "LVMH", "Sanofi", "BNP", "Vivendi", "Bouygues", "Michelin",
            "Carrefour", "Nestlé", "Siemens", "Volkswagen", "Toyota", "Gazprom", "Rosneft", "Huawei", "Alstom", "Thales",
            "Dassault", "Safran", "Areva", "Orano", "FIFA", "UEFA", "CIO", "PSG", "OM", "OL", "ASSE", "Unédic",
            "Kremlin", "Élysée", "Elysée", "Matignon", "Pentagone", "Maison-Blanche", "Bercy", "Beauvau",
            "Canal+", "Arte", "M6", "RMC", "Instagram", "TikTok", "YouTube", "WhatsApp", "Telegram", "Snapchat", "LinkedIn",
            "Spotify", "Uber", "Airbnb", "OpenAI", "Nvidia", "Samsung", "IBM", "Alibaba", "Tencent", "Baidu", "SpaceX",
            "Ubisoft", "Ryanair", "easyJet", "Lufthansa", "Lidl", "Auchan", "Fnac", "Decathlon", "Kering", "Ikea",
        ];
        // Organizations French news names in several words, with their lowercase words, as their own usage writes them;
        // joined after tagging (MultiwordNames), since the tagger reads "Organisation mondiale de la santé" word by word.
        string[] organizationNames =
        [
            "Organisation des Nations unies", "Nations unies", "Conseil de sécurité", "Assemblée générale des Nations unies",
            "Organisation mondiale de la santé", "Organisation mondiale du commerce", "Organisation internationale du travail",
            "Fonds monétaire international", "Banque mondiale", "Banque centrale européenne", "Banque de France",
            "Réserve fédérale", "Union européenne", "Commission européenne", "Parlement européen", "Conseil européen",
            "Cour de justice de l'Union européenne", "Cour européenne des droits de l'homme", "Cour pénale internationale",
            "Cour internationale de justice", "Agence internationale de l'énergie atomique", "Croix-Rouge internationale",
            "Comité international de la Croix-Rouge", "Médecins sans frontières", "Reporters sans frontières",
            "Amnesty International", "Human Rights Watch", "Assemblée nationale", "Conseil constitutionnel", "Conseil d'État",
            "Cour de cassation", "Cour des comptes", "Conseil économique, social et environnemental", "Maison Blanche",
            "Agence France-Presse", "Rassemblement national", "La France insoumise", "Parti socialiste", "Les Républicains",
            "Parti communiste français", "Front national", "Europe Écologie Les Verts", "Parti républicain", "Parti démocrate",
            "Armée rouge", "État islamique", "Al-Qaïda", "Garde républicaine", "Gardiens de la révolution", "France Inter",
            "France Info", "France Culture", "France Télévisions", "Radio France", "Europe 1", "BFM TV", "Associated Press",
            "France 2", "France 3", "France 4", "France 5", "France 24", "France Bleu", "Public Sénat", "Radio Classique",
            "Paris Saint-Germain", "Olympique de Marseille", "Olympique lyonnais", "AS Monaco", "AS Saint-Étienne", "Stade rennais",
            "RC Lens", "Girondins de Bordeaux", "Real Madrid", "FC Barcelone", "Bayern Munich", "Manchester United",
            "Manchester City", "Juventus de Turin", "Crédit agricole", "Société générale", "Air France", "Caisse des dépôts",
            "Goldman Sachs", "Morgan Stanley", "Deutsche Bank", "JP Morgan", "Crédit suisse", "Banque postale", "Caisse d'épargne",
            "Quai d'Orsay", "Downing Street", "New York Times", "Washington Post", "Wall Street Journal", "Financial Times",
        ];
        var entries = new Dictionary<string, LexiconClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in organizationNames)
        {
            entries[name] = entries.GetValueOrDefault(name) | LexiconClass.Organization;
        }

        foreach (var word in organizations)
        {
            entries[word] = entries.GetValueOrDefault(word) | LexiconClass.Organization;
        }

        foreach (var word in titles)
        {
            entries[word] = entries.GetValueOrDefault(word) | LexiconClass.Title;
        }

        foreach (var word in organizationHeads)
        {
            entries[word] = entries.GetValueOrDefault(word) | LexiconClass.OrganizationHead;
        }

        foreach (var word in placeHeads)
        {
            entries[word] = entries.GetValueOrDefault(word) | LexiconClass.PlaceHead;
        }

        return entries;
    }
}
