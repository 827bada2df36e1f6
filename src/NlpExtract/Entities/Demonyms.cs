using System.Collections.Frozen;

namespace NlpExtract.Entities;

/// <summary>
/// Nouns of nationality written with their capital ("la Belge", "l'Américaine", "les Français"): they name a person or a
/// people, not a place or an organization, and Sequoia marks none of them. Written for NlpExtract, masculine, feminine and
/// plural forms; the words that are also a country's name (Suisse, Argentine) are left to the place lexicon.
/// </summary>
internal static class Demonyms
{
    private static readonly string[] Stems =
    [
        // the forms of one nationality, separated by "|"
        "Français|Française|Françaises", "Belge|Belges", "Américain|Américaine|Américains|Américaines",
        "Allemand|Allemande|Allemands|Allemandes", "Anglais|Anglaise|Anglaises", "Britannique|Britanniques",
        "Russe|Russes", "Italien|Italienne|Italiens|Italiennes", "Espagnol|Espagnole|Espagnols|Espagnoles",
        "Portugais|Portugaise|Portugaises", "Néerlandais|Néerlandaise|Néerlandaises", "Suédois|Suédoise|Suédoises",
        "Norvégien|Norvégienne|Norvégiens|Norvégiennes", "Danois|Danoise|Danoises", "Finlandais|Finlandaise|Finlandaises",
        "Polonais|Polonaise|Polonaises", "Tchèque|Tchèques", "Slovaque|Slovaques", "Hongrois|Hongroise|Hongroises",
        "Roumain|Roumaine|Roumains|Roumaines", "Bulgare|Bulgares", "Serbe|Serbes", "Croate|Croates", "Grec|Grecque|Grecs|Grecques",
        "Turc|Turque|Turcs|Turques", "Ukrainien|Ukrainienne|Ukrainiens|Ukrainiennes", "Autrichien|Autrichienne|Autrichiens|Autrichiennes",
        "Irlandais|Irlandaise|Irlandaises", "Écossais|Écossaise|Écossaises", "Canadien|Canadienne|Canadiens|Canadiennes",
        "Québécois|Québécoise|Québécoises", "Mexicain|Mexicaine|Mexicains|Mexicaines", "Brésilien|Brésilienne|Brésiliens|Brésiliennes",
        "Argentin|Argentins|Argentines", "Chilien|Chilienne|Chiliens|Chiliennes", "Colombien|Colombienne|Colombiens|Colombiennes",
        "Australien|Australienne|Australiens|Australiennes", "Japonais|Japonaise|Japonaises", "Chinois|Chinoise|Chinoises",
        "Coréen|Coréenne|Coréens|Coréennes", "Indien|Indienne|Indiens|Indiennes", "Pakistanais|Pakistanaise|Pakistanaises",
        "Iranien|Iranienne|Iraniens|Iraniennes", "Irakien|Irakienne|Irakiens|Irakiennes", "Syrien|Syrienne|Syriens|Syriennes",
        "Libanais|Libanaise|Libanaises", "Israélien|Israélienne|Israéliens|Israéliennes",
        "Palestinien|Palestinienne|Palestiniens|Palestiniennes", "Égyptien|Égyptienne|Égyptiens|Égyptiennes",
        "Marocain|Marocaine|Marocains|Marocaines", "Algérien|Algérienne|Algériens|Algériennes", "Tunisien|Tunisienne|Tunisiens|Tunisiennes",
        "Sénégalais|Sénégalaise|Sénégalaises", "Ivoirien|Ivoirienne|Ivoiriens|Ivoiriennes", "Camerounais|Camerounaise|Camerounaises",
        "Malien|Malienne|Maliens|Maliennes", "Nigérian|Nigériane|Nigérians|Nigérianes", "Sud-Africain|Sud-Africaine|Sud-Africains|Sud-Africaines",
        "Européen|Européenne|Européens|Européennes", "Africain|Africaine|Africains|Africaines", "Asiatique|Asiatiques",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words =
        Stems.SelectMany(forms => forms.Split('|')).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/>, as written, is a noun of nationality.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);
}
