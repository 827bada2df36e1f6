using System.Collections.Frozen;

namespace NlpExtract.Entities;

/// <summary>
/// Nouns of nationality written with their capital ("la Belge", "l'Américaine", "les Français"): they name a person or a
/// people, not a place or an organization, and Sequoia marks none of them. Written for NlpExtract, masculine, feminine and
/// plural forms; the words that are also a country's name (Suisse, Argentine, Philippines) or a given name (Philippine) are
/// left out.
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
        "Slovène|Slovènes", "Luxembourgeois|Luxembourgeoise|Luxembourgeoises", "Néo-Zélandais|Néo-Zélandaise|Néo-Zélandaises",
        "Kényan|Kényane|Kényans|Kényanes", "Éthiopien|Éthiopienne|Éthiopiens|Éthiopiennes", "Érythréen|Érythréenne|Érythréens|Érythréennes",
        "Vénézuélien|Vénézuélienne|Vénézuéliens|Vénézuéliennes", "Cubain|Cubaine|Cubains|Cubaines", "Islandais|Islandaise|Islandaises",
        "Estonien|Estonienne|Estoniens|Estoniennes", "Letton|Lettone|Lettons|Lettones", "Lituanien|Lituanienne|Lituaniens|Lituaniennes",
        "Biélorusse|Biélorusses", "Géorgien|Géorgienne|Géorgiens|Géorgiennes", "Arménien|Arménienne|Arméniens|Arméniennes",
        "Afghan|Afghane|Afghans|Afghanes", "Saoudien|Saoudienne|Saoudiens|Saoudiennes", "Jordanien|Jordanienne|Jordaniens|Jordaniennes",
        "Libyen|Libyenne|Libyens|Libyennes", "Soudanais|Soudanaise|Soudanaises", "Congolais|Congolaise|Congolaises",
        "Rwandais|Rwandaise|Rwandaises", "Burkinabé|Burkinabée|Burkinabés|Burkinabées", "Tchadien|Tchadienne|Tchadiens|Tchadiennes",
        "Gabonais|Gabonaise|Gabonaises", "Béninois|Béninoise|Béninoises", "Togolais|Togolaise|Togolaises", "Guinéen|Guinéenne|Guinéens|Guinéennes",
        "Malgache|Malgaches", "Haïtien|Haïtienne|Haïtiens|Haïtiennes", "Vietnamien|Vietnamienne|Vietnamiens|Vietnamiennes",
        "Thaïlandais|Thaïlandaise|Thaïlandaises", "Indonésien|Indonésienne|Indonésiens|Indonésiennes",
        "Taïwanais|Taïwanaise|Taïwanaises", "Bosnien|Bosnienne|Bosniens|Bosniennes", "Albanais|Albanaise|Albanaises",
        "Kosovar|Kosovars", "Moldave|Moldaves", "Maltais|Maltaise|Maltaises", "Chypriote|Chypriotes", "Gallois|Galloise|Galloises",
        "Équatorien|Équatorienne|Équatoriens|Équatoriennes", "Péruvien|Péruvienne|Péruviens|Péruviennes",
        "Uruguayen|Uruguayenne|Uruguayens|Uruguayennes", "Jamaïcain|Jamaïcaine|Jamaïcains|Jamaïcaines",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words =
        Stems.SelectMany(forms => forms.Split('|')).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/>, as written, is a noun of nationality.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);
}
