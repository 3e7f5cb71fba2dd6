using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind3 territory split (issue 13): overseas communes and départements, Corsica, régions by their current,
// usual or former names.
namespace SampleGenerator.Content.TerritoryBlind3;

/// <summary>Saint-Laurent-du-Maroni (Guyane); Cayenne and Albina (Suriname) are context, its CC is membership.</summary>
public sealed class InseeSaintLaurentDuMaroni2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("insee-saint-laurent-du-maroni-population-2022.html",
        "Saint-Laurent-du-Maroni, bientôt la première ville de Guyane ?", "INSEE", "2022-10-25",
        DocumentTypeLabels.Etude, Themes.Geo, "https://insee.example/statistiques/saint-laurent-du-maroni-2022", """
        ## Une croissance démographique exceptionnelle

        Saint-Laurent-du-Maroni compte 54 400 habitants au 1er janvier 2019, deux fois plus qu'en 2006. Sa population progresse de 3,6 % par an, sous l'effet d'une natalité très élevée et d'arrivées depuis la rive surinamaise du fleuve, notamment depuis Albina. Si cette tendance se prolongeait, la commune dépasserait Cayenne avant 2030.

        | Indicateur | Saint-Laurent-du-Maroni | Guyane |
        | Évolution annuelle 2013-2019 | +3,6 % | +1,9 % |
        | Part des moins de 20 ans | 54 % | 41 % |
        | Enfants par femme | 4,6 | 3,6 |
        Source : recensements de la population (données fictives).

        Cette croissance met sous tension les équipements : il faudrait ouvrir l'équivalent d'une école primaire par an. Plus d'un logement sur trois est une construction spontanée, sans raccordement aux réseaux.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Statistiques", "Guyane"] };
}

/// <summary>Le Lamentin (Martinique), "commune du Lamentin"; Lamentin (Guadeloupe) is ruled out; the CACEM is membership. PDF.</summary>
public sealed class CrcMartiniqueLeLamentin2021 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("crc-martinique-commune-du-lamentin-2021.pdf",
        "Commune du Lamentin — exercices 2015 et suivants", "Chambre régionale des comptes Martinique", "2021-04-20",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/martinique/le-lamentin-2021.pdf",
        "CRC Martinique — commune du Lamentin", "Commune du Lamentin", """
        ## Procédure

        La chambre régionale des comptes de Martinique a contrôlé les comptes et la gestion de la commune du Lamentin à partir de l'exercice 2015. Elle ne doit pas être confondue avec la commune guadeloupéenne de Lamentin, qui relève de la chambre de Guadeloupe.

        ## Situation financière

        Deuxième ville de Martinique avec 39 400 habitants, Le Lamentin accueille l'aéroport et la principale zone d'activités de l'île. Ses recettes fiscales sont élevées, mais ses charges de personnel absorbent 68 % des dépenses de fonctionnement.

        | Indicateur (M€) | 2015 | 2017 | 2019 |
        | Produits de gestion | 71,2 | 73,8 | 74,1 |
        | Charges de personnel | 44,9 | 46,3 | 47,6 |
        | Capacité d'autofinancement brute | 6,8 | 5,1 | 3,9 |
        | Délai global de paiement (jours) | 74 | 92 | 88 |
        Source : comptes de gestion (données fictives).

        ## Observations

        Le délai de paiement des fournisseurs dépasse largement le plafond réglementaire de trente jours, ce qui fragilise les entreprises locales. La commune, membre de la communauté d'agglomération du Centre de la Martinique, n'a pas transféré l'ensemble des zones d'activités comme la loi le prévoyait. La chambre recommande de réduire les délais de paiement et d'adopter un plan de maîtrise de la masse salariale.
        """) with { Masthead = ["Chambre régionale des comptes Martinique", "Rapport d'observations définitives"] };
}

/// <summary>Saint-Pierre (La Réunion, 97410), one of many Saint-Pierre; the CIVIS is membership, Saint-Denis is a comparison.</summary>
public sealed class OfglSaintPierreReunion2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-saint-pierre-la-reunion-2022.html",
        "Saint-Pierre (La Réunion) — fiche financière 2022", "OFGL", "2023-10-24",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/donnees/fiches/communes/97416-2022", """
        ## Présentation

        Agrégats financiers 2022 de la commune de Saint-Pierre, 97410, La Réunion (code officiel géographique 97416). La commune, capitale du Sud de l'île, compte 85 000 habitants.

        | Agrégat | Montant (k€) | Par habitant (€) | Saint-Denis (€/hab.) |
        | Recettes réelles de fonctionnement | 148 300 | 1 745 | 1 892 |
        | dont octroi de mer | 21 600 | 254 | 262 |
        | Dépenses réelles de fonctionnement | 131 900 | 1 552 | 1 711 |
        | Dépenses d'équipement | 38 200 | 449 | 372 |
        Source : comptes de gestion 2022 (données fictives).

        ## Lecture

        Comme les autres communes des départements d'outre-mer, Saint-Pierre perçoit une part de l'octroi de mer, qui représente 15 % de ses recettes. Ses dépenses d'équipement sont portées par la rénovation du front de mer. La colonne Saint-Denis est donnée à titre de comparaison.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Mise à jour le 24/10/2023", Breadcrumb = ["Données", "Fiches communales"] };
}

/// <summary>"Le Département de La Réunion" (the collectivity, not the Région Réunion); its roads.</summary>
public sealed class CrcReunionDepartementRoutes2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("crc-la-reunion-departement-routes-2022.html",
        "Département de La Réunion : la politique routière", "Chambre régionale des comptes La Réunion", "2022-12-13",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/la-reunion/departement-routes-2022", """
        ## Synthèse

        Le Département de La Réunion gère 380 kilomètres de routes départementales, dont une grande partie dans les Hauts de l'île, exposés aux éboulements et aux crues des ravines. Les routes nationales, plus fréquentées, relèvent de la Région depuis 2008 et n'entrent pas dans ce contrôle.

        | Indicateur | 2016 | 2021 |
        | Dépenses d'investissement routier (M€) | 38,2 | 51,6 |
        | Dépenses d'entretien (M€) | 17,4 | 19,1 |
        | Routes coupées plus de 48 heures (nombre d'épisodes) | 9 | 14 |
        Source : comptes administratifs du Département (données fictives).

        Le Département ne dispose pas d'un inventaire à jour de ses ouvrages d'art ; un tiers des ponts n'a pas été inspecté depuis dix ans. La chambre recommande de réaliser cet inventaire et de hiérarchiser les investissements en fonction des risques naturels.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "La Réunion"] };
}

/// <summary>Corte (Haute-Corse); Bastia and Ajaccio are context.</summary>
public sealed class CrcCorte2021 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("crc-corse-commune-de-corte-2021.html",
        "Commune de Corte : l'accueil des étudiants et la gestion de l'eau", "Chambre régionale des comptes Corse", "2021-09-28",
        DocumentTypeLabels.Rod, Themes.Durable, "https://ccomptes.example/crc/corse/corte-2021", """
        ## Synthèse

        La commune de Corte, 7 800 habitants, accueille l'unique université de l'île et ses 4 800 étudiants. Cette population, absente l'été, n'est que partiellement prise en compte dans les dotations, alors que la ville dimensionne ses services pour elle.

        La chambre a contrôlé la gestion du service d'eau et d'assainissement, exploité en régie. Le réseau perd 41 % de l'eau produite ; le prix, l'un des plus bas de l'île, ne permet pas de financer les travaux nécessaires.

        | Indicateur | 2015 | 2019 |
        | Rendement du réseau d'eau | 62 % | 59 % |
        | Prix de l'eau (€/m³ HT) | 1,12 | 1,15 |
        | Investissements du service (k€) | 410 | 380 |
        Source : rapports annuels du service (données fictives).

        Contrairement à Bastia et à Ajaccio, Corte n'a pas confié ce service à l'intercommunalité. La chambre recommande de réviser les tarifs et d'établir un schéma directeur.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Corse"] };
}

/// <summary>Former région Poitou-Charentes (2014): Nouvelle-Aquitaine today; its départements and La Rochelle are places in it. PDF.</summary>
public sealed class InseePoitouCharentesEmploi2014 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("insee-poitou-charentes-emploi-2014.pdf",
        "Poitou-Charentes : l'emploi salarié recule encore en 2013", "INSEE", "2014-06-17",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/poitou-charentes-emploi-2013.pdf",
        "Insee Conjoncture Poitou-Charentes", "emploi salarié recule", """
        ## Bilan économique 2013

        En 2013, l'emploi salarié marchand de Poitou-Charentes diminue de 0,9 %, soit 3 400 postes de moins qu'un an plus tôt. La région perd des emplois pour la cinquième année consécutive, à un rythme légèrement plus rapide qu'en France métropolitaine.

        | Secteur | Évolution 2013 | Effectifs fin 2013 |
        | Industrie | −1,8 % | 71 200 |
        | Construction | −3,1 % | 31 900 |
        | Commerce | −0,6 % | 63 400 |
        | Services marchands hors intérim | +0,2 % | 118 700 |
        | Intérim | −2,4 % | 12 600 |
        Source : estimations d'emploi (données fictives).

        ## Des évolutions contrastées

        La construction est le secteur le plus touché, avec la baisse des mises en chantier de logements. L'industrie poursuit son repli, notamment dans la fabrication de matériel de transport. Seuls les services aux entreprises et le tourisme créent des emplois, en particulier sur le littoral autour de La Rochelle.

        Le taux de chômage régional atteint 10,1 % au quatrième trimestre, contre 9,8 % en métropole. Il progresse dans les quatre départements de la région, plus fortement dans la Vienne et les Deux-Sèvres, qui étaient jusque-là les moins touchés.
        """) with { Masthead = ["Insee Conjoncture Poitou-Charentes", "Bilan économique 2013"] };
}

/// <summary>"La Région Centre" in 2014, today Centre-Val de Loire; Orléans is its seat.</summary>
public sealed class OfglRegionCentreBudget2014 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-region-centre-budget-2014.html",
        "Les comptes 2013 de la Région Centre", "OFGL", "2014-11-18",
        DocumentTypeLabels.Etude, Themes.Finances, "https://ofgl.example/publications/region-centre-comptes-2013", """
        ## Un budget tourné vers les lycées et les transports

        En 2013, la Région Centre a dépensé 1 094 M€. Les transports ferroviaires régionaux et les lycées représentent à eux deux près de la moitié de ce montant. La collectivité, dont le siège est à Orléans, a poursuivi le renouvellement du matériel roulant des trains régionaux.

        | Poste (M€) | 2012 | 2013 |
        | Dépenses de fonctionnement | 712 | 731 |
        | dont transports ferroviaires | 168 | 176 |
        | Dépenses d'investissement | 371 | 363 |
        | Épargne brute | 214 | 206 |
        | Encours de dette | 598 | 642 |
        Source : comptes administratifs (données fictives).

        La fiscalité propre de la Région ne représente plus qu'un tiers de ses recettes ; le reste provient de dotations de l'État et de parts d'impôts nationaux, sur lesquels elle n'a pas de pouvoir de taux.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Publié le 18/11/2014", Breadcrumb = ["Publications", "Régions"] };
}
