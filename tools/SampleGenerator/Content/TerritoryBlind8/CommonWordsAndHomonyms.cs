using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind8 territory split (issue 13): communes whose names are common words or shared by several communes.
namespace SampleGenerator.Content.TerritoryBlind8;

/// <summary>Étain (Meuse, 55400), also "étain" (tin); Verdun is context.</summary>
public sealed class CrcEtain2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("crc-grand-est-commune-d-etain-2023.html",
        "Rapport d'observations définitives : commune d'Étain", "Chambre régionale des comptes Grand Est", "2023-10-05",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-grand-est.example/rod/etain-2023", """
        ## Le contrôle

        La chambre a contrôlé les comptes et la gestion de la commune d'Étain (Meuse) pour les exercices 2018 à 2022. Cette petite ville de la plaine de la Woëvre, à vingt kilomètres de Verdun, compte 3 400 habitants ; son nom n'a rien à voir avec le métal, même si une ancienne fonderie d'étain figure sur le blason d'une association locale.

        ## Les finances

        Les recettes réelles de fonctionnement s'élèvent à 3,9 millions d'euros en 2022. L'épargne brute, en recul de 18 % depuis 2019, reste supérieure au remboursement de la dette. L'encours, 4,1 millions d'euros, résulte pour moitié de la reconstruction de la halle des sports.

        ## Recommandations

        1. Réviser l'inventaire comptable et le rapprocher de l'état de l'actif.
        2. Adopter un règlement budgétaire et financier avant le passage à la nomenclature M57.
        3. Suivre dans un budget annexe les loyers des logements communaux.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Rapports"] };
}

/// <summary>Serres (Hautes-Alpes, 05700); Serres (Aude) and Serres (Meurthe-et-Moselle) exist; "serres" also means greenhouses; Sisteron is context.</summary>
public sealed class SerresBudget2024 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("serres-budget-primitif-2024.html",
        "Budget primitif 2024 : ce qu'il faut retenir", "Mairie de Serres", "2024-04-11",
        DocumentTypeLabels.Page, Themes.Finances, "https://mairie-serres-05.example/budget-2024", """
        ## Un budget de 2,4 millions d'euros

        Le conseil municipal de Serres a voté le 4 avril le budget primitif 2024. La section de fonctionnement s'équilibre à 1,5 million d'euros et la section d'investissement à 0,9 million. Les taux des taxes foncières restent inchangés pour la sixième année.

        ## Les projets de l'année

        - la réfection des calades du vieux village perché au-dessus du Buëch ;
        - la rénovation des serres municipales qui fournissent les fleurs des massifs ;
        - l'extension du réseau de chaleur au bois vers l'école et la salle des fêtes.

        Le village, à une demi-heure de Sisteron, accueille chaque été plus de visiteurs que d'habitants : la taxe de séjour finance désormais l'entretien du sentier de découverte. Pour toute question, la mairie (05700 Serres) reçoit le public du lundi au vendredi.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Mis à jour le 11/04/2024" };
}

/// <summary>Son (Ardennes, 08300), a village whose name is a common word; Rethel is context.</summary>
public sealed class DgfipSon2022 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("dgfip-fiche-financiere-son-2022.pdf",
        "Fiche financière 2022 : commune de Son (Ardennes)", "DGFiP", "2023-06-14",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://impots-collectivites.example/fiches/08426-son-2022.pdf",
        "Fiche financière - Son (08300)", "réseau d'eau pluviale", """
        ## La collectivité

        Son est une commune rurale de 89 habitants située au nord de Rethel, dans la vallée de l'Aisne. La fiche présente les comptes du budget principal pour 2022 et les compare à la moyenne des communes de moins de 100 habitants du département.

        ## Fonctionnement

        Les produits de fonctionnement atteignent 71 000 euros, dont 29 000 euros de dotation forfaitaire. Les charges de personnel se limitent à la rémunération d'un secrétaire de mairie partagé avec deux villages voisins. Le résultat de l'exercice, 14 000 euros, est affecté à l'investissement.

        | Euros par habitant | Son | Moyenne de la strate |
        | Produits de fonctionnement | 798 | 745 |
        | Charges de fonctionnement | 641 | 602 |
        | Encours de la dette | 0 | 388 |
        Source : comptes de gestion 2022 (données fictives).

        ## Investissement

        La commune n'a aucune dette. En 2022, elle a engagé la reprise du réseau d'eau pluviale de la rue principale, financée pour moitié par la dotation d'équipement des territoires ruraux. Le son des cloches, restaurées en 2021, n'a pas pesé sur ce budget : la souscription publique a couvert la dépense.
        """);
}

/// <summary>Lux (Haute-Garonne, 31290); Lux (Côte-d'Or) and Lux (Saône-et-Loire) are named to rule them out; Villefranche-de-Lauragais is context.</summary>
public sealed class OfglLux2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-commune-lux-31-2023.html",
        "Fiche commune : Lux (31)", "OFGL", "2023-09-20",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/31310-lux", """
        ## Identité

        Lux, code commune 31310, Haute-Garonne. Population municipale : 342 habitants. Ne pas confondre avec Lux en Côte-d'Or ni avec Lux en Saône-et-Loire, qui ont leur propre fiche.

        ## Indicateurs 2022

        | Indicateur | Lux | Communes de 250 à 500 habitants |
        | Recettes réelles de fonctionnement (euros par habitant) | 702 | 761 |
        | Épargne brute (euros par habitant) | 131 | 148 |
        | Dépenses d'équipement (euros par habitant) | 412 | 330 |
        | Encours de dette (euros par habitant) | 506 | 540 |

        ## Lecture

        Le village, sur les coteaux du Lauragais, à l'écart de Villefranche-de-Lauragais, a porté en 2022 un effort d'équipement supérieur à sa strate pour la rénovation de l'école. Les données proviennent des balances comptables de la DGFiP.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Données", "Fiches communes"] };
}

/// <summary>Aix (Corrèze, 19200), homonym of a part of many names (Aix-en-Provence, Aix-les-Bains); Ussel is context.</summary>
public sealed class PrefectureAix2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-19-aix-dsil-2023.html",
        "DSIL 2023 : rénovation de la mairie d'Aix", "Préfecture de la Corrèze", "2023-07-03",
        DocumentTypeLabels.Page, Themes.Dotations, "https://correze.gouv.example/dsil-2023-aix", """
        ## Une subvention de 96 000 euros

        Le préfet a attribué à la commune d'Aix une subvention de 96 000 euros au titre de la dotation de soutien à l'investissement local. Le projet porte sur l'isolation de la mairie et de l'ancienne école, qui abrite aujourd'hui la bibliothèque. Le coût total est estimé à 240 000 euros.

        ## Le contexte

        Ce village de 350 habitants du plateau de Millevaches, au nord d'Ussel, n'a évidemment rien à voir avec Aix-en-Provence ni avec Aix-les-Bains, avec lesquelles il est souvent confondu dans les courriers. Les travaux débuteront à l'automne et la mairie sera transférée provisoirement dans la salle polyvalente.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actions de l'État", "Collectivités locales", "Dotations"] };
}

/// <summary>By (Doubs, 25440), a two-letter name; Salins-les-Bains (Jura) is context; "by" is also an English word.</summary>
public sealed class PrefectureBy2024 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-25-by-captage-2024.html",
        "Arrêté déclarant d'utilité publique les périmètres de protection du captage de By", "Préfecture du Doubs", "2024-02-19",
        DocumentTypeLabels.Page, Themes.Durable, "https://doubs.gouv.example/arretes/captage-by", """
        ## Article 1

        Sont déclarés d'utilité publique, au bénéfice de la commune de By, les travaux de dérivation des eaux de la source du Lison et l'instauration des périmètres de protection immédiate, rapprochée et éloignée du captage communal.

        ## Article 2

        Dans le périmètre rapproché, l'épandage de lisier et le stockage d'hydrocarbures sont interdits. Les parcelles concernées figurent au plan annexé, consultable en mairie de By (25440) et à la préfecture.

        ## Article 3

        Le maire de By et le directeur départemental des territoires sont chargés de l'exécution du présent arrêté, publié au recueil des actes administratifs. La commune voisine de Salins-les-Bains, dans le Jura, en reçoit copie pour information.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 19/02/2024" };
}

/// <summary>Moulins (Aisne, 02160), 74 inhabitants; Moulins (Allier) is named to rule it out; Laon is context.</summary>
public sealed class MoulinsAisneCompte2022 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("moulins-aisne-compte-administratif-2022.pdf",
        "Compte administratif 2022", "Commune de Moulins", "2023-04-12",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://moulins-aisne.example/ca-2022.pdf",
        "Commune de Moulins (Aisne) - compte administratif 2022", "chemin des Dames", """
        ## Présentation

        Le présent document présente le compte administratif 2022 de la commune de Moulins, dans l'Aisne, village de 74 habitants situé sur le chemin des Dames, à une vingtaine de kilomètres de Laon. Il ne concerne pas la ville de Moulins, préfecture de l'Allier, dont les homonymies avec notre commune occasionnent régulièrement des erreurs d'acheminement du courrier.

        ## Section de fonctionnement

        Les recettes de fonctionnement atteignent 62 400 euros et les dépenses 48 900 euros. L'excédent reporté porte le résultat cumulé à 41 000 euros. Les principales dépenses sont l'entretien de la voirie, l'éclairage public et la participation au syndicat scolaire.

        ## Section d'investissement

        La commune a réalisé en 2022 la mise en accessibilité de la mairie, pour 27 000 euros, financée par une subvention départementale et l'autofinancement. Aucun emprunt n'a été souscrit. Le conseil municipal a approuvé le compte à l'unanimité lors de sa séance du 6 avril 2023.

        Le compte est consultable en mairie.
        """);
}

/// <summary>Verdun (Ariège, 09310), a village of the upper Ariège valley; Verdun (Meuse) is named to rule it out; Tarascon-sur-Ariège and Ax-les-Thermes are context.</summary>
public sealed class InseeVerdunAriege2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("insee-verdun-ariege-portrait-2023.html",
        "Verdun, un village de la haute vallée de l'Ariège", "INSEE", "2023-05-30",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/portrait-verdun-09", """
        ## Un village de montagne

        Le Verdun dont il est question ici n'est pas la ville de la Meuse : c'est un village de 209 habitants de l'Ariège, entre Tarascon-sur-Ariège et Ax-les-Thermes. La population y a augmenté de 6 % en dix ans, portée par l'arrivée de jeunes ménages travaillant dans les stations et les services de la vallée.

        ## Logement et emploi

        Les résidences secondaires représentent 31 % des logements de la commune. Un actif sur deux travaille hors de Verdun, le plus souvent dans un rayon de vingt kilomètres. La part des plus de 65 ans, 24 %, est proche de celle du département.
        """) with { Meta = HtmlMeta.DublinCore, Lead = "Portrait statistique d'une commune de moins de 250 habitants." };
}

/// <summary>La Mure (Isère, 38350), also "mûre" (blackberry); Grenoble is context.</summary>
public sealed class CrcLaMure2022 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("crc-ara-commune-de-la-mure-2022.pdf",
        "Commune de La Mure : rapport d'observations définitives", "Chambre régionale des comptes Auvergne-Rhône-Alpes", "2022-12-08",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-ara.example/rod/la-mure-2022.pdf",
        "CRC Auvergne-Rhône-Alpes - La Mure", "ancienne cité minière", """
        ## Synthèse

        La chambre a examiné la gestion de la commune de La Mure, ancienne cité minière du plateau matheysin, de 2017 à 2021. La ville de près de 5 000 habitants, à quarante kilomètres au sud de Grenoble, joue un rôle de centre de services pour les villages environnants.

        ## Situation financière

        Les produits de gestion ont progressé de 2,1 % par an. Les charges de personnel, 3,6 millions d'euros, pèsent pour 58 % des dépenses de gestion, un niveau élevé qui s'explique par la gestion en régie de la piscine et du cinéma. La capacité d'autofinancement brute représente 11 % des produits. La dette, 7,2 millions d'euros, comporte un emprunt structuré dont le taux est désormais fixe.

        ## Recommandations

        La chambre recommande à la commune de La Mure de fiabiliser ses restes à réaliser, de formaliser les conventions de mise à disposition de personnel et d'établir une prospective pluriannuelle des investissements liés au petit train touristique.
        """) with { Hyphenate = true };
}

/// <summary>Vitrolles (Hautes-Alpes, 05110), 221 inhabitants; Vitrolles (Bouches-du-Rhône) is named to rule it out; Tallard is context.</summary>
public sealed class DgclVitrollesHautesAlpes2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-dotations-vitrolles-05-2023.html",
        "Dotations 2023 de la commune de Vitrolles (05)", "DGCL", "2023-04-28",
        DocumentTypeLabels.Dataset, Themes.Dotations, "https://collectivites-locales.example/dotations/2023/05184", """
        ## Fiche individuelle

        Commune : Vitrolles (05184), Hautes-Alpes. Population DGF : 268 habitants. Cette fiche ne concerne pas Vitrolles (13127), dans les Bouches-du-Rhône.

        | Dotation | 2022 | 2023 |
        | Dotation forfaitaire | 31 204 | 31 190 |
        | Dotation de solidarité rurale | 18 512 | 20 036 |
        | Dotation nationale de péréquation | 4 870 | 5 112 |

        ## Commentaire

        La hausse de la dotation de solidarité rurale reflète la revalorisation générale de 2023 et la longueur de voirie de ce village dispersé de la vallée de la Durance, voisin de Tallard.

        Les montants sont exprimés en euros.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Finances locales", "Dotations", "Fiches 2023"] };
}
