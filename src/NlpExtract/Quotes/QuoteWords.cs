using System.Collections.Frozen;

namespace NlpExtract.Quotes;

/// <summary>
/// The closed French word classes the quote grammar reads: determiners, auxiliaries, clitics, prepositions, the adverbs
/// that sit inside a verb group, the nouns that name a source rather than a speaker. Case-insensitive, keyed by span.
/// </summary>
internal static class QuoteWords
{
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words)
        => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open a noun phrase.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set(
        "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
        "plusieurs", "certains", "certaines", "quelques", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "dix", "notre",
        "nos", "votre", "vos", "mon", "ma", "mes", "aucun", "aucune", "chaque", "tout", "toute", "tous", "toutes",
        "nombreux", "nombreuses"); // "De nombreux habitants ont dénoncé…": after "de" the adjective opens the phrase

    /// <summary>
    /// Nouns that name an utterance, not its speaker: "Son premier cri avait été :", "Cette exclamation lui échappa :",
    /// "Sa réponse fut :" — the speaker is the possessor or the person the utterance escapes from.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UtteranceNouns = Set(
        "cri", "cris", "exclamation", "exclamations", "mot", "mots", "parole", "paroles", "réponse", "question", "phrase",
        "réplique", "refrain", "devise", "formule", "conclusion", "commentaire", "verdict", "prière", "serment", "aveu", "ordre",
        "message", "constat", "consigne", "credo", "leitmotiv", "avertissement", "diagnostic", "bilan");

    /// <summary>Nouns of reaction that head a verbless heading before its source: "Réaction du maire :", "Réponse de la CGT :".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReactionNouns = Set(
        "réaction", "réponse", "commentaire", "explication", "analyse", "avis", "version", "témoignage", "riposte", "réplique");

    /// <summary>The possessive determiners of the third person: the possessor of "son cri" is a "il" or "elle".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ThirdPersonPossessives = Set("son", "sa", "ses", "leur", "leurs");

    /// <summary>Possessive determiners of a singular noun, every person.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Possessives = Set("mon", "ma", "ton", "ta", "son", "sa", "notre", "votre", "leur");

    /// <summary>Determiners that can stand for "one of" a group named after "des": un des messieurs, aucune des femmes.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartitiveQuantifiers = Set(
        "un", "une", "aucun", "aucune", "plusieurs", "certains", "certaines", "chacun", "chacune");

    /// <summary>The singular definite articles: what a description that refers back starts with (le ministre, l'ambassadeur).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DefiniteSingularDeterminers = Set("le", "la", "l'", "l’");

    /// <summary>Determiners whose noun is feminine.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FeminineDeterminers = Set(
        "la", "une", "cette", "sa", "ma", "toute", "aucune");

    /// <summary>Nouns for the one someone is with, after a possessive: "répondit son ami", "sa compagne", "son interlocuteur".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompanionNouns = Set(
        "ami", "amie", "compagnon", "compagne", "camarade", "interlocuteur", "interlocutrice", "voisin", "voisine", "hôte", "hôtesse");

    /// <summary>Numbers written in words that count a noun after its article ("les deux dirigeants").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Cardinals = Set(
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze", "vingt", "cent", "mille");

    /// <summary>Determiners whose noun is plural.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralDeterminers = Set(
        "les", "des", "ces", "ses", "leurs", "plusieurs", "certains", "certaines", "quelques", "deux", "trois", "quatre", "cinq", "six",
        "sept", "huit", "dix", "nos", "vos", "mes", "nombreux", "nombreuses",
        "tous", "toutes");

    /// <summary>Common nouns that a place's name follows (<c>la porte Sarrasine</c>, <c>le quai Voltaire</c>): the capital after them is no person.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNouns = Set(
        "porte", "rue", "avenue", "boulevard", "place", "quai", "allée", "impasse", "chemin", "route", "pont", "passage", "faubourg",
        "quartier", "parc", "jardin", "square", "mont", "lac", "cap", "col", "île", "golfe", "port", "gare", "église", "cathédrale",
        "chapelle", "abbaye", "château", "palais", "hôtel", "café", "théâtre", "collège", "lycée", "rivière", "fleuve", "forêt");

    /// <summary>Prepositions that, right after a dialogue incise, open narration rather than more speech (<c>sans transition</c>, <c>avant de</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NarrationOpeners = Set(
        "sans", "avec", "après", "avant", "devant", "derrière", "pendant", "malgré", "vers", "contre", "sous", "parmi", "debout", "tandis");

    /// <summary>Words in -ant that are no participles (<c>et pourtant</c>, <c>et maintenant</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbsInAnt = Set(
        "pourtant", "cependant", "maintenant", "avant", "devant", "durant", "pendant", "autant", "tant", "quant", "auparavant",
        "néanmoins", "suivant", "moyennant", "nonobstant");

    /// <summary>Subject pronouns of the third person: who a narrated clause is about.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ThirdPersonSubjects = Set("il", "elle", "ils", "elles");

    /// <summary>The particle between a civility and a surname (<c>M. de Courville</c>, <c>d'Artagnan</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = Set("de", "d'", "d’");

    /// <summary>Subject pronouns of the first and second person: who speaks and to whom, in a line of dialogue.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerPronouns = Set(
        "je", "j'", "j’", "tu", "nous", "vous");

    /// <summary>
    /// Pronouns of the first and second person, subject or object: words in which someone speaks to someone, which a
    /// narration in the third person does not use.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonalWords = Set(
        "je", "j'", "j’", "me", "m'", "m’", "moi", "tu", "te", "t'", "t’", "toi", "nous", "vous");

    /// <summary>Nouns for written things, whose text is no one's spoken words (<c>le testament, lequel se terminait ainsi :</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WrittenNouns = Set(
        "testament", "lettre", "lettres", "billet", "copie", "affiche", "inscription", "écriteau", "télégramme", "dépêche", "épitaphe", "enseigne",
        "pancarte", "feuille", "feuilles", "carte", "papier", "tablettes");

    /// <summary>Nouns for words said (<c>ces mots qu'elle m'avait dits</c>): a relative clause after one names their speaker.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechNouns = Set(
        "mots", "paroles", "phrase", "phrases", "propos", "parole", "mot");

    /// <summary>Whether the reporting verb <paramref name="lemma"/> takes the words said as its object (dire des mots, répéter une phrase).</summary>
    public static bool SaysWords(string lemma)
        => lemma is "dire" or "se dire" or "répéter" or "adresser" or "prononcer" or "crier" or "murmurer" or "souffler" or "lancer" or "écrire" or "chuchoter" or "glisser";

    /// <summary>Auxiliaries of the third person plural: an incise after one has a plural subject.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralAuxiliaries = Set(
        "ont", "avaient", "eurent", "auront", "auraient", "sont", "étaient", "furent", "seront", "eussent", "fussent", "aient");

    /// <summary>Forms of avoir and être that build compound tenses (a déclaré, s'est dit, avait estimé).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(
        "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ai", "as", "avons", "avez", "avais", "eut", "eurent",
        "avoir", "ayant", "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "suis", "es", "sommes", "êtes",
        "étais", "fut", "furent", "être", "étant", "aurais", "eût", "eussent", "eusse", "fût", "fussent", "ait", "aient");

    /// <summary>Forms of être: before a participle, the passive ("est appelé à", "ont été priés de").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeForms = Set(
        "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent", "été", "être", "étant");

    /// <summary>What may stand between à / de and the infinitive it governs: object clitics and the negation (de ne pas la céder).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InfinitiveClitics = Set(
        "le", "la", "les", "l'", "l’", "lui", "leur", "se", "s'", "s’", "en", "y", "ne", "n'", "n’", "pas", "plus", "jamais", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous");

    /// <summary>
    /// Infinitives in -re that follow a request ("demande au gouvernement de suspendre…"): a word in -re after à / de is
    /// a noun far more often ("de guerre", "à l'ordre"), so only these count.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InfinitivesInRe = Set(
        "faire", "refaire", "dire", "redire", "contredire", "prendre", "reprendre", "comprendre", "apprendre", "surprendre", "entreprendre",
        "mettre", "remettre", "permettre", "promettre", "admettre", "soumettre", "transmettre", "omettre", "rendre", "suivre", "poursuivre",
        "vivre", "croire", "lire", "relire", "élire", "écrire", "décrire", "inscrire", "répondre", "attendre", "défendre", "entendre",
        "étendre", "prétendre", "descendre", "suspendre", "vendre", "perdre", "battre", "combattre", "abattre", "débattre", "conduire",
        "reconduire", "construire", "reconstruire", "détruire", "produire", "réduire", "traduire", "introduire", "interrompre", "rompre",
        "exclure", "conclure", "inclure", "résoudre", "boire", "plaire", "taire", "connaître", "reconnaître", "paraître", "comparaître",
        "disparaître", "craindre", "plaindre", "joindre", "rejoindre", "atteindre", "éteindre", "restreindre", "contraindre", "rire",
        "sourire", "cuire", "nuire", "fuire", "coudre", "tordre", "mordre", "moudre", "peindre", "feindre");

    /// <summary>Nouns that end like infinitives and follow de / à as complements ("avec plaisir", "à l'avenir", "le soir").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounsLikeInfinitives = Set(
        "plaisir", "désir", "avenir", "loisir", "loisirs", "souvenir", "soupir", "espoir", "soir", "miroir", "couloir", "trottoir",
        "mouchoir", "tiroir", "comptoir", "hiver", "fer", "mer", "cancer", "dîner", "déjeuner", "souper", "premier", "dernier", "entier",
        "étranger", "chantier", "quartier", "métier", "papier", "janvier", "février", "foyer", "loyer", "clocher", "rocher", "plancher",
        "boucher", "cocher", "laser", "poker", "leader", "manager", "reporter", "hier");

    /// <summary>Adverbs of degree before an adjective ("un tout petit blondin", "une très jeune femme"): they describe nobody.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DegreeAdverbs = Set(
        "tout", "toute", "très", "si", "fort", "bien", "assez", "plus", "moins", "trop", "peu", "un", "une");

    /// <summary>Indefinite pronouns that open a sentence with a capital and no article, as a name would ("Personne n'a dit").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IndefinitePronouns = Set(
        "personne", "chacun", "chacune", "rien", "tout", "tous", "toutes", "nul", "nulle", "aucun", "aucune", "certains", "certaines",
        "plusieurs", "beaucoup", "quelqu'un", "quelqu’un", "ceci", "cela", "ça", "celui-ci", "celle-ci", "ceux-ci", "celles-ci",
        "celui-là", "celle-là", "d'autres", "d’autres", "autrui", "quiconque", "lequel", "laquelle", "lesquels", "lesquelles",
        "quelques-uns", "quelques-unes");

    /// <summary>Subject pronouns, and the stressed pronouns that follow selon / d'après.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = Set(
        "il", "elle", "ils", "elles", "on", "je", "j'", "j’", "nous", "vous", "tu", "lui", "eux", "moi", "toi", "celui-ci", "celle-ci",
        "ceux-ci", "celles-ci");

    /// <summary>Object and reflexive clitics that sit between a subject and its verb (il me dit, elle s'est dite).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Clitics = Set(
        "me", "m'", "m’", "te", "t'", "t’", "lui", "leur", "nous", "vous", "se", "s'", "s’", "l'", "l’", "le", "la", "les", "y", "en");

    /// <summary>Reflexive clitics: what a pronominal verb (s'écrier, se dire) needs before it.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Reflexives = Set(
        "me", "m'", "m’", "te", "t'", "t’", "nous", "vous", "se", "s'", "s’");

    /// <summary>Adverbs found inside a verb group or right after it (a toutefois estimé, a indiqué hier).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverbs = Set(
        "également", "aussi", "toutefois", "ainsi", "déjà", "encore", "pourtant", "donc", "alors", "enfin", "même", "bien",
        "ensuite", "ailleurs", "notamment", "cependant", "néanmoins", "clairement", "hier", "aujourd'hui", "aujourd’hui",
        "simplement", "souvent", "toujours", "aussitôt", "vivement", "fermement", "publiquement", "volontiers", "lui-même",
        "elle-même", "eux-mêmes", "elles-mêmes", "tout", "doucement", "lentement", "froidement", "tranquillement", "brusquement",
        "vite", "gravement", "naïvement", "négligemment", "sèchement", "tristement", "fièrement", "timidement", "joyeusement",
        "amèrement", "tard", "soudain", "haut", "bas", "immédiatement", "récemment", "jeudi", "lundi", "mardi", "mercredi",
        "vendredi", "samedi", "dimanche", "soir", "matin", "dernièrement", "mardi", "justement", "franchement", "plutôt", "ensemble", "maintenant");

    /// <summary>Prepositions and conjunctions that end a noun phrase read for a speaker.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Boundaries = Set(
        "à", "au", "aux", "dans", "en", "pour", "par", "sur", "avec", "sans", "après", "avant", "devant", "derrière", "lors", "selon",
        "depuis", "pendant", "chez", "contre", "vers", "entre", "sous", "malgré", "dès", "jusqu'", "jusqu’", "parmi", "qui", "que",
        "qu'", "qu’", "dont", "où", "lorsque", "quand", "si", "mais", "ou", "car", "comme", "afin", "ne", "n'", "n’", "a", "ont",
        "est", "sont", "était", "avait", "d'une", "d’une", "d'un", "d’un", "au", "puis");

    /// <summary>Prepositions: a phrase after one is an adverbial or a complement, never a subject.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = Set(
        "à", "au", "aux", "dans", "en", "pour", "par", "sur", "avec", "sans", "après", "avant", "devant", "derrière", "lors", "selon",
        "depuis", "pendant", "chez", "contre", "vers", "entre", "sous", "malgré", "dès", "parmi");

    /// <summary>Prepositions that attach a complement inside a noun phrase (le ministère *des* Affaires étrangères).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Of = Set("de", "du", "des", "d'", "d’");

    /// <summary>A statement made by whoever issued it: with no author named, the subject of the clause it reports made it.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StatementNouns = Set(
        "communiqué", "déclaration", "déclarations", "texte", "lettre", "message", "note", "document", "tweet", "courrier", "post", "propos");

    /// <summary>Nouns that name the channel of a statement rather than its author (un communiqué *de la présidence*).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SourceNouns = Set(
        "communiqué", "déclaration", "sondage", "texte", "rapport", "lettre", "message", "note", "étude", "enquête", "bilan",
        "document", "source", "sources");

    /// <summary>Words after a verb that negate it (n'a pas dit, ne dit jamais).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negations = Set(
        "pas", "jamais", "plus", "guère", "point", "rien", "nullement", "aucunement");

    /// <summary>Civilities and titles dropped from a name before it is compared (M. Aznar → Aznar).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Civilities = Set(
        "M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Dr", "Dr.", "Pr", "Pr.", "Mgr", "monsieur", "madame", "mademoiselle");

    /// <summary>Civilities that mark a woman.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FeminineCivilities = Set(
        "Mme", "Mmes", "Mlle", "Mlles", "madame", "mademoiselle");

    /// <summary>Civilities that mark a man.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MasculineCivilities = Set("M.", "MM.", "monsieur");

    /// <summary>Frequent finite verbs of narration and news that end a noun phrase (fut, vint, pensa, est).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonVerbs = Set(
        "est", "sont", "fut", "furent", "était", "étaient", "a", "ont", "avait", "avaient", "fit", "firent", "vint", "vinrent",
        "prit", "prirent", "mit", "mirent", "alla", "allèrent", "resta", "pensa", "parla", "entra", "arriva", "regarda", "sembla",
        "parut", "devint", "voulut", "put", "sut", "eut", "crut", "va", "vont", "fait", "font", "doit", "peut", "veut", "semble",
        "reste", "devient", "tient", "vient", "revint", "revinrent", "devinrent", "tint", "tinrent", "retint", "obtint",
        "soutint", "parvint", "survint", "intervint", "prévint", "convint", "revient", "obtient", "soutient", "parvient",
        "passa", "leva", "tourna", "poussa", "continua", "ajouta", "demeura", "se", "s'", "s’");

    /// <summary>
    /// Common nouns for people, beyond the titles of the entity lexicon: what a speaker noun phrase can be headed by
    /// (la servante, l'inconnu, le peintre), as against things (la saison, son balcon).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNouns = Set(
        "homme", "hommes", "femme", "femmes", "fille", "filles", "garçon", "garçons", "enfant", "enfants", "mère", "père", "fils",
        "frère", "sœur", "soeur", "oncle", "tante", "cousin", "cousine", "ami", "amie", "amis", "voisin", "voisine", "voisins",
        "inconnu", "inconnue", "étranger", "étrangère", "voyageur", "voyageuse", "servante", "serviteur", "domestique", "valet",
        "bonne", "cocher", "postillon", "paysan", "paysanne", "marchand", "marchande", "maraîchère", "peintre", "prêtre", "curé",
        "moine", "religieuse", "vieillard", "vieille", "vieux", "jeune", "dame", "dames", "demoiselle", "monsieur", "messieurs",
        "madame", "gamin", "gamine", "petit", "petite", "homme", "personne", "gens", "public", "foule", "soldat", "soldats",
        "convive", "convives", "invité", "invités", "invitée", "invitées", "assistance", "auditoire", "passager", "passagers",
        "passagère", "passagères", "internaute", "internautes", "usager", "usagers", "usagère", "usagères", "fans", "abonné", "abonnés",
        "abonnée", "abonnées", "retraité", "retraités", "retraitée", "retraitées", "sinistré", "sinistrés", "sinistrée", "sinistrées",
        "reporter", "reporters", "poète", "poètes", "poétesse", "apothicaire", "archidiacre", "évêque", "chanoine", "brune", "blonde", "rousse",
        "officier", "officiers", "policier", "policiers", "gendarme", "gendarmes", "témoin", "témoins", "habitant", "habitants",
        "élève", "élèves", "étudiant", "étudiante", "patient", "patiente", "malade", "médecin", "infirmière", "client", "cliente",
        "interlocuteur", "interlocutrice", "orateur", "narrateur", "compagnon", "compagne", "camarade", "mari", "épouse", "veuve",
        "veuf", "maîtresse", "maître", "baron", "baronne", "comte", "comtesse", "marquis", "marquise", "duc", "duchesse",
        "chevalier", "aveugle", "jeune homme", "adolescent", "adolescente", "bébé", "collègue", "associé", "associée",
        "spécialiste", "expert", "experte", "responsable", "responsables", "dirigeant", "dirigeants", "rebelles", "manifestants",
        "grévistes", "syndicats", "autorités", "partis", "diplomates", "observateurs", "analystes", "enquêteurs", "secours",
        "services", "militants", "élus", "députés", "sénateurs", "ministres", "juges", "avocats", "parents", "proches", "victime",
        "victimes", "auteur", "auteurs", "accusé", "accusée", "prévenu", "prévenue", "suspect", "suspecte", "otage", "otages",
        "rapport", "communiqué", "voix", "sondage", "étude", "enquête", "texte", "lettre", "message", "note", "document", "source",
        "sources", "entourage", "souveraine", "souverain", "adjoint", "adjointe", "propriétaire", "patron", "patronne", "chef",
        "conseiller", "conseillère", "conseillers", "boulanger", "boulangère", "berger", "bergère", "passager", "passagère",
        "messager", "écolier", "écolière", "officier", "cavalier", "fermier", "fermière", "ouvrier", "ouvrière", "policière",
        "major", "caporal", "adjudant", "matelot", "marin", "notaire", "vicaire", "vicomte", "vicomtesse", "nourrice", "concierge",
        "hôte", "hôtesse", "mendiant", "mendiante", "bourgeois", "bourgeoise", "sacristain", "garde", "gardes",
        "diplomate", "militant", "militante", "manifestant", "manifestante", "gréviste", "syndicaliste", "ministère", "gouvernement",
        "intéressé", "intéressée", "intéressés", "intéressées", "opposition", "majorité", "gauche", "droite", "exécutif",
        "patronat", "intersyndicale", "famille", "familles", "parquet", "défense", "accusation", "magistrat", "magistrate",
        "magistrats", "parties", "jurés", "riverains", "habitantes", "supporters", "joueurs", "joueuses", "salariés", "agents",
        "direction", "société", "entreprise", "mairie", "préfecture", "municipalité", "présidence", "compagnie", "groupe", "constructeur");

    /// <summary>Nouns for a person that say only sex and age ("la jeune femme", "le vieillard"), not a role in the story.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BarePersonNouns = Set(
        "homme", "femme", "vieillard", "vieille", "vieux", "vieil", "jeune", "fille", "garçon", "dame");

    /// <summary>
    /// Whether <paramref name="word"/> has the ending of a past participle (ébahie, embarrassé, ému, surpris), which
    /// describes a state rather than a kind of person.
    /// </summary>
    public static bool IsParticipleForm(ReadOnlySpan<char> word)
        => word.Length > 2 && (word.EndsWith("é") || word.EndsWith("ée") || word.EndsWith("és") || word.EndsWith("ées")
                               || word.EndsWith("ie") || word.EndsWith("ies") || word.EndsWith("u") || word.EndsWith("ue")
                               || word.EndsWith("us") || word.EndsWith("ues") || word.EndsWith("is") || word.EndsWith("ise"));

    /// <summary>A present participle ("fixant", "se levant"): a word in -ant that is not one of the adverbs, prepositions and nouns so ending.</summary>
    public static bool IsPresentParticiple(ReadOnlySpan<char> word)
        => word.Length >= 5 && word.EndsWith("ant", StringComparison.Ordinal) && !NotParticiplesInAnt.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotParticiplesInAnt = Set(
        "maintenant", "cependant", "pendant", "avant", "devant", "durant", "enfant", "suivant", "néant", "autant", "quant",
        "instant", "géant", "passant", "amant", "restaurant", "volant", "diamant", "éléphant", "croissant",
        "commerçant", "habitant", "étudiant", "enseignant", "commandant", "lieutenant", "vivant", "mendiant");

    /// <summary>Nouns that say only a person's sex or age, or that the narration does not know them yet ("l'inconnu", "la voyageuse").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceholderPersonNouns = Set(
        "homme", "femme", "vieillard", "vieille", "vieux", "vieil", "jeune", "fille", "garçon", "dame", "monsieur", "enfant",
        "inconnu", "inconnue", "étranger", "étrangère", "voyageur", "voyageuse", "passant", "passante", "visiteur", "visiteuse",
        "individu", "nouveau", "nouvelle", "arrivant", "arrivante");

    /// <summary>Words before a name said to the person it names: "ô Pauline", "ma chère Laurence", "mon ami Paul".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VocativeOpeners = Set(
        "ô", "ma", "mon", "cher", "chère", "chers", "chères", "oh", "ah", "eh", "hé", "allons", "voyons", "ami", "amie");

    /// <summary>The placeholder nouns that say the narration does not know the person yet.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StrangerNouns = Set(
        "inconnu", "inconnue", "étranger", "étrangère", "voyageur", "voyageuse", "passant", "passante", "visiteur", "visiteuse",
        "arrivant", "arrivante");

    /// <summary>
    /// Nouns for a kind of person that the narration uses for someone it first named with a more precise title: "l'abbé
    /// Sérapion" … "dit l'inexorable prêtre", "le commissaire Maigret" … "le policier", "le docteur Martin" … "le médecin".
    /// </summary>
    public static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> TitlesOfKind =
        new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["prêtre"] = ["abbé", "curé", "vicaire", "chanoine"],
            ["ecclésiastique"] = ["abbé", "curé", "vicaire", "chanoine"],
            ["policier"] = ["commissaire", "inspecteur", "brigadier"],
            ["policière"] = ["commissaire", "inspectrice", "brigadière"],
            ["médecin"] = ["docteur"],
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Roles that say what one does rather than name an office: "le chef du gouvernement" may be "le Premier ministre".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericRoles = Set(
        "chef", "cheffe", "patron", "patronne", "numéro", "dirigeant", "dirigeante", "responsable", "leader", "locataire", "hôte", "tête");

    /// <summary>Roles that head a speaker's description, beyond the titles the entity model knows (l'adjoint, le propriétaire).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleNouns = Set(
        "adjoint", "adjointe", "propriétaire", "responsable", "souverain", "souveraine", "chef", "conseiller", "conseillère",
        "manageur", "manager", "dirigeant", "dirigeante", "élu", "élue", "candidat", "candidate", "envoyé", "envoyée",
        "représentant", "représentante", "délégué", "déléguée", "fondateur", "fondatrice", "vice-président", "vice-présidente",
        "secrétaire-général", "secrétaire-générale", "présidente", "leader", "coéquipier", "coéquipière", "premier", "première",
        "comte", "comtesse", "marquis", "marquise", "baron", "baronne", "duc", "duchesse", "vicomte", "vicomtesse", "prince", "princesse",
        "technicien", "technicienne", "sélectionneur", "sélectionneuse", "buteur", "buteuse", "ailier", "meneur", "meneuse",
        "prévenu", "prévenue", "accusé", "accusée", "plaignant", "plaignante", "enquêteur", "enquêtrice", "gendarme", "policier",
        "policière", "syndicaliste", "éleveur", "éleveuse", "agriculteur", "agricultrice", "viticulteur", "viticultrice",
        "commerçant", "commerçante", "artisan", "artisane", "restaurateur", "restauratrice", "entrepreneur", "entrepreneuse",
        "diplomate", "vainqueur", "lauréat", "lauréate", "coureur", "coureuse", "cycliste", "nageur", "nageuse", "skieur",
        "skieuse", "pilote", "boxeur", "boxeuse", "judoka", "rugbyman", "footballeur", "footballeuse", "handballeur",
        "handballeuse", "basketteur", "basketteuse", "athlète", "sprinteur", "sprinteuse", "marathonien", "marathonienne",
        "tennisman", "tenniswoman", "golfeur", "golfeuse", "magistrat", "magistrate");

    /// <summary>
    /// Occupations and the roles of the people news reports let speak, which name a person the text set them beside
    /// ("Marie Leroy, infirmière à l'hôpital de Metz", then "confie l'infirmière"; "Thomas Girard, voisin de la victime",
    /// then "raconte le voisin"). Unlike a title, one with no such person is not taken to be whoever spoke last: "répondit
    /// l'étudiant" in a novel is the student, not the old man who asked.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OccupationNouns = Set(
        "infirmier", "infirmière", "médecin", "chirurgien", "chirurgienne", "pharmacien", "pharmacienne", "urgentiste",
        "aide-soignant", "aide-soignante", "sage-femme", "enseignant", "enseignante", "instituteur", "institutrice",
        "étudiant", "étudiante", "lycéen", "lycéenne", "retraité", "retraitée", "salarié", "salariée", "ouvrier", "ouvrière",
        "employé", "employée", "chauffeur", "conducteur", "conductrice", "pompier", "sapeur-pompier", "militaire", "militant",
        "militante", "bénévole", "gérant", "gérante", "boulanger", "boulangère", "pêcheur", "ingénieur", "ingénieure",
        "architecte", "journaliste", "photographe", "historien", "historienne", "sociologue", "politologue", "psychologue",
        "analyste", "expert", "experte", "spécialiste", "voisin", "voisine", "riverain", "riveraine", "habitant", "habitante",
        "témoin", "rescapé", "rescapée", "survivant", "survivante", "manifestant", "manifestante", "gréviste");

    /// <summary>What follows an impersonal "il" ("il y avait", "il fallait", "il faisait nuit"), which names nobody.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ImpersonalVerbs = Set(
        "y", "faut", "fallait", "faudra", "faudrait", "fait", "faisait", "pleut", "pleuvait", "semble", "semblait", "paraît",
        "paraissait", "s'agit", "s'agissait", "importe", "importait", "était", "est", "reste", "restait", "suffit", "suffisait");

    /// <summary>Verbs of coming in and of seeing, whose subject is shown to the next speaker rather than speaking (see QuoteExtractor.ActionBeatSubject).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NoticeVerbs = Set(
        "parut", "paraît", "apparut", "entra", "entre", "arriva", "arrive", "survint", "vint", "vit", "voit", "voyait", "aperçut",
        "aperçoit", "entendit", "entend", "entendait", "écouta", "écoutait", "remarqua", "reconnut");

    /// <summary>Verbs of seeing someone, in the narration's tenses: "Il vit une petite femme brune, qui marchandait."</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SightVerbs = Set(
        "vit", "voit", "aperçut", "aperçoit", "remarqua", "distingua", "découvrit");

    /// <summary>Verbs of arriving, in the narration's tenses: their subject has just come into the scene (see SpeakerResolver.ArrivedJustBefore).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ArrivalVerbs = Set(
        "parut", "reparut", "apparut", "entra", "rentra", "arriva", "revint", "survint", "vint", "accourut", "surgit", "reparaît",
        "entre", "arrive", "revient", "survient");

    /// <summary>"se contenter de": a reporting infinitive after it reports what follows (s'est contenté de rappeler que…).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContentWithForms = Set(
        "contenté", "contentée", "contentés", "contente", "contentent", "contentait", "contenta");

    /// <summary>"tenir à", "se borner à": a reporting infinitive after them reports what follows (a tenu à rappeler que…).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InsistForms = Set(
        "tenu", "tenue", "tenus", "tient", "tiennent", "tenait", "tenaient", "tint", "borné", "bornée", "borne", "bornait");

    /// <summary>Adjectives written before the title they qualify (l'ancien ministre, le nouveau président, le double vainqueur).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrenominalAdjectives = Set(
        "ancien", "ancienne", "anciens", "anciennes", "nouveau", "nouvel", "nouvelle", "futur", "future", "actuel", "actuelle",
        "double", "triple", "quadruple", "ex", "jeune", "vieux", "vieil", "vieille", "éternel", "éternelle", "célèbre", "grand",
        "grande", "bouillant", "bouillante", "emblématique", "charismatique", "puissant", "puissante", "influent", "influente", "petit", "petite", "gros", "grosse", "pauvre",
        "brave", "frêle");

    /// <summary>Adverbs that open a comparison two words before its "que" (plus rapide que, moins cher que).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Comparatives = Set(
        "plus", "moins", "aussi", "autant", "si", "tant");

    /// <summary>What a comparison's "que" is followed by when no clause follows it (plus tôt que prévu, qu'ailleurs).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ComparedTerms = Set(
        "prévu", "prévue", "prévus", "prévues", "attendu", "attendue", "attendus", "attendues", "espéré", "escompté",
        "annoncé", "estimé", "craint", "jamais", "ailleurs", "auparavant", "d'habitude", "d’habitude");

    /// <summary>Titles of nobility, whose "de" introduces the holder's own name (le comte de Faverges).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NobleTitles = Set(
        "comte", "comtesse", "marquis", "marquise", "baron", "baronne", "duc", "duchesse", "vicomte", "vicomtesse", "prince", "princesse");

    /// <summary>Nouns for a publication or a pollster: the name after them is the source of a survey or a report.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MediaNouns = Set(
        "quotidien", "journal", "hebdomadaire", "magazine", "mensuel", "revue", "site", "institut", "agence", "chaîne", "radio");

    /// <summary>
    /// Bodies an impersonal "on" speaks for when the place is named after it without an article of its own ("indique-t-on
    /// au commissariat", "précise-t-on au parquet de Metz").
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Institutions = Set(
        "commissariat", "parquet", "ministère", "tribunal", "rectorat", "gouvernement", "siège", "cabinet", "consulat",
        "secrétariat", "syndicat", "club", "état-major", "bureau", "comité", "Quai");

    /// <summary>The circles around a person or a body that an impersonal "on" speaks for ("dans l'entourage du ministre", "dans le camp adverse").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CircleNouns = Set(
        "entourage", "camp", "rangs", "équipe", "majorité", "opposition", "état-major", "direction");

    /// <summary>The articles and prepositions inside an organization's name, which its acronym leaves out.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameFunctionWords = Set(
        "de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "en", "à", "au", "aux", "sur", "contre");

    /// <summary>The members of an armed group, who speak for it ("les rebelles" of the FARC).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ArmedGroupMembers = Set(
        "rebelles", "insurgés", "guérilleros", "séparatistes", "djihadistes", "jihadistes", "islamistes", "miliciens",
        "putschistes", "ravisseurs", "preneurs");

    /// <summary>Nouns for an organization whose own name follows them: le syndicat CGT-Cheminots, le parti Renaissance.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationNouns = Set(
        "syndicat", "parti", "groupe", "société", "association", "fédération", "mouvement", "collectif", "organisation", "ONG",
        "entreprise", "banque", "laboratoire", "fondation", "compagnie", "club", "constructeur", "groupement", "réseau",
        "observatoire", "comité", "cabinet", "coordination", "union", "consortium", "chambre", "intersyndicale", "institut",
        "organisme", "institution", "firme", "enseigne", "opérateur", "agence");

    /// <summary>Nouns and participles that announce a name or a term in quote marks rather than words someone said.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamingNouns = Set(
        "terme", "termes", "mot", "mots", "expression", "slogan", "nom", "label", "appellation", "étiquette", "qualificatif",
        "baptisé", "baptisée", "baptisés", "baptisées", "surnommé", "surnommée", "surnommés", "intitulé", "intitulée", "opération",
        "film", "livre", "roman", "émission", "série", "album", "chanson", "pièce", "spectacle", "exposition", "festival", "journal",
        "quotidien", "magazine", "hebdomadaire", "titre", "rubrique", "campagne", "logiciel", "application", "marque", "navire");

    /// <summary>Interjections and conjunctions that open spoken lines; capitalized, they are still not names.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Interjections = Set(
        "ah", "oh", "eh", "hé", "hein", "bah", "ben", "oui", "non", "si", "mais", "et", "puis", "or", "ni", "car", "donc", "voilà",
        "voici", "tiens", "allons", "dis", "dites", "bon", "bien", "quoi", "comment", "pourquoi", "quand", "comme", "adieu", "merci",
        "pardon", "hélas", "ma", "mon", "cependant", "pourtant", "ensuite", "ainsi", "aussi", "toutefois", "tantôt");

    /// <summary>Roles whose holder speaks for someone else, and kinship: the title does not stand for the person named before it.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RepresentativeRoles = Set(
        "porte-parole", "avocat", "avocate", "conseiller", "conseillère", "représentant", "représentante", "collaborateur",
        "collaboratrice", "secrétaire", "adjoint", "adjointe", "entourage", "proche", "proches", "attaché", "attachée", "envoyé",
        "envoyée", "délégué", "déléguée",
        // Kinship names a relative of someone, not the person last named ("Le père, qui lisait son journal, …").
        "père", "mère", "frère", "sœur", "soeur", "fils", "fille", "oncle", "tante", "cousin", "cousine", "mari", "femme",
        "épouse", "veuve", "ami", "amie", "grand-père", "grand-mère");

    /// <summary>
    /// Adjectives that make a representative role an elected office of its own: "le conseiller municipal", "le secrétaire
    /// général", "le délégué départemental" hold their seat, they do not speak for the person named before.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OfficeQualifiers = Set(
        "municipal", "municipale", "régional", "régionale", "général", "générale", "départemental", "départementale",
        "communautaire", "territorial", "territoriale", "national", "nationale");

    /// <summary>The inverted subject clitics as the tokenizer cuts them (dit -elle, a -t-il).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InvertedClitics = Set(
        "-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-ils", "-t-elles", "-t-on", "-je", "-nous", "-vous", "-tu");
}
