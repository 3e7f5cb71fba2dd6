using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind5 territory split (issue 13): EPCI named by their full official name, an acronym, their seat, a landscape
// name, with or without SIREN, and former EPCI named as they then were.
namespace SampleGenerator.Content.TerritoryBlind5;

/// <summary>Full name and SIREN 200069250 (CA Troyes Champagne Métropole); Troyes (seat) is a place in it; the Aube is context. PDF.</summary>
public sealed class TroyesChampagneMetropoleBp2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("troyes-champagne-metropole-budget-primitif-2023.pdf",
        "Budget primitif 2023 — rapport de présentation", "Troyes Champagne Métropole", "2023-02-16",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://troyes-cm.example/finances/bp-2023.pdf",
        "Troyes Champagne Métropole — BP 2023", "rapport de présentation", """
        ## Présentation générale

        La communauté d'agglomération Troyes Champagne Métropole (SIREN 200069250) regroupe 81 communes et 170 000 habitants. Le budget primitif 2023 du budget principal s'élève à 198 millions d'euros, dont 131 millions en fonctionnement.

        | Section | Dépenses (M€) |
        | Fonctionnement | 131 |
        | Investissement | 67 |
        | Total | 198 |
        Source : délibération du conseil communautaire (données fictives).

        ## Les priorités

        L'agglomération consacre 22 millions d'euros aux transports urbains, dont l'achat de douze bus électriques, et 9 millions au développement économique, notamment l'extension du technopôle. La compétence eau et assainissement fait l'objet de budgets annexes.

        La fiscalité économique progresse de 4 %, mais la suppression de la cotisation sur la valeur ajoutée des entreprises réduit la marge de manœuvre de l'établissement. Les dotations aux communes membres sont maintenues, y compris l'attribution de compensation de la ville de Troyes.

        L'encours de dette du budget principal atteint 112 millions d'euros. Le recours à l'emprunt, prévu à 21 millions d'euros, sera ajusté en cours d'année en fonction de l'avancement des chantiers.
        """);
}

/// <summary>"La CINOR" only (CA Intercommunale du Nord de la Réunion); Saint-Denis, Sainte-Marie and Sainte-Suzanne are members.</summary>
public sealed class CinorDechets2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("cinor-rapport-dechets-2022.html",
        "Rapport annuel sur le prix et la qualité du service de gestion des déchets 2022", "CINOR", "2023-07-20",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://cinor.example/dechets/rapport-2022", """
        ## Le service

        La CINOR assure la collecte et le traitement des déchets ménagers de ses trois communes membres, Saint-Denis, Sainte-Marie et Sainte-Suzanne, soit 218 000 habitants. La collecte est réalisée en régie pour un tiers du territoire et confiée à des prestataires pour le reste.

        ## Les tonnages

        En 2022, 121 000 tonnes de déchets ont été collectées, soit 555 kilogrammes par habitant. Les ordures ménagères résiduelles diminuent de 3 %, tandis que les déchets verts augmentent fortement après une saison des pluies abondante. Le taux de valorisation matière atteint 34 %.

        ## Le coût

        Le coût complet du service s'élève à 64 millions d'euros, soit 293 euros par habitant. La taxe d'enlèvement des ordures ménagères en couvre 71 %. La CINOR prépare la mise en service de l'unité de valorisation énergétique commune aux intercommunalités de l'île.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>"La COBAN" only (CA du Bassin d'Arcachon Nord); Andernos-les-Bains and Biganos are places in it; the COBAS is a neighbour.</summary>
public sealed class CobanMobilites2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("coban-plan-mobilite-2023.html",
        "Plan de mobilité simplifié : le diagnostic", "COBAN Atlantique", "2023-01-31",
        DocumentTypeLabels.Etude, Themes.Durable, "https://coban.example/mobilite/diagnostic", """
        ## Pourquoi un plan de mobilité

        Autorité organisatrice de la mobilité depuis 2021, la COBAN élabore un plan de mobilité simplifié pour ses huit communes, d'Arès à Marcheprime. Le diagnostic a été présenté au conseil communautaire le 26 janvier.

        ## Ce que montre le diagnostic

        Les 74 000 habitants du territoire réalisent 290 000 déplacements par jour, dont 78 % en voiture. La route départementale qui longe le bassin est saturée l'été. Un actif sur deux travaille hors du territoire, surtout dans la métropole bordelaise et dans l'agglomération sud du bassin, la COBAS, avec laquelle une ligne commune est à l'étude.

        Les gares de Biganos et de Marcheprime voient leur fréquentation augmenter. Le diagnostic propose de relier Andernos-les-Bains à la gare de Biganos par un car express et d'achever la piste cyclable du tour du bassin.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>"L'agglomération cannoise" named only by its seat (CA Cannes Pays de Lérins); Mandelieu-la-Napoule and Le Cannet are places in it.</summary>
public sealed class AgglomerationCannoiseHabitat2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("adil06-agglomeration-cannoise-loyers-2022.html",
        "Les loyers du parc privé dans l'agglomération cannoise en 2022", "Agence départementale d'information sur le logement des Alpes-Maritimes", "2023-03-23",
        DocumentTypeLabels.Publication, Themes.Social, "https://adil06.example/observatoire/loyers-agglomeration-cannoise-2022", """
        ## Un marché tendu

        L'observatoire local des loyers a relevé 3 400 loyers dans les cinq communes de l'agglomération de Cannes. Le loyer médian atteint 16,2 euros par mètre carré, hors charges, en hausse de 3,5 % sur un an.

        | Type de logement | Loyer médian (€/m²) |
        | Studio | 21,4 |
        | Deux pièces | 17,1 |
        | Trois pièces | 14,8 |
        | Quatre pièces et plus | 13,2 |
        Source : observatoire local des loyers (données fictives).

        ## Les écarts

        Les loyers sont plus élevés sur le littoral, à Cannes, Mandelieu-la-Napoule et Théoule-sur-Mer, qu'au Cannet ou à Mougins. La location saisonnière réduit l'offre de logements à l'année : l'intercommunalité a engagé en 2022 une réflexion sur un règlement de changement d'usage.

        L'observatoire publiera en fin d'année une analyse des loyers à la relocation, qui progressent plus vite que ceux des baux en cours.
        """) with { Breadcrumb = ["Observatoire", "Loyers"] };
}

/// <summary>"Pays de Gex agglo" (CA du Pays de Gex), landscape name; Gex and Ferney-Voltaire are places in it; Genève is context.</summary>
public sealed class PaysDeGexAgglo2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("pays-de-gex-agglo-rapport-developpement-durable-2023.html",
        "Rapport sur la situation en matière de développement durable 2023", "Pays de Gex agglo", "2023-11-30",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://paysdegexagglo.example/rapport-developpement-durable-2023", """
        ## Un territoire frontalier en forte croissance

        Entre le Jura et le lac Léman, le Pays de Gex gagne 2 000 habitants par an. Ses 27 communes, de Gex à Ferney-Voltaire, accueillent de nombreux travailleurs frontaliers qui se rendent chaque jour à Genève.

        ## Les actions de l'agglomération

        La communauté d'agglomération a réduit de 11 % les émissions de gaz à effet de serre de son patrimoine depuis 2019. Elle a ouvert deux nouvelles lignes de bus vers la frontière et aménagé 14 kilomètres de voies cyclables. La part des déchets triés progresse de deux points.

        La consommation d'espaces naturels reste élevée : 38 hectares ont été artificialisés en 2022. Le futur plan local d'urbanisme intercommunal devra diviser ce rythme par deux, comme le prévoit la loi.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>CC du Val d'Amboise, landscape name; Amboise (seat) and Nazelles-Négron are places in it; Tours is context. PDF.</summary>
public sealed class ValDAmboiseBp2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("cc-val-amboise-budget-primitif-2022.pdf",
        "Rapport d'orientation budgétaire 2022", "Communauté de communes du Val d'Amboise", "2022-02-03",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://cc-valdamboise.example/finances/rob-2022.pdf",
        "Val d'Amboise — ROB 2022", "orientation budgétaire", """
        ## Le contexte

        La communauté de communes du Val d'Amboise regroupe quatorze communes et 29 000 habitants, entre Tours et Blois. Son siège est à Amboise.

        ## Les orientations

        Pour 2022, la communauté prévoit 12,4 millions d'euros de dépenses de fonctionnement et 8,6 millions d'investissement. Les principaux projets sont l'extension de la zone d'activités de La Boitardière, la construction d'une crèche à Nazelles-Négron et la rénovation de la piscine communautaire.

        | Indicateur | 2020 | 2021 | 2022 (prévision) |
        | Épargne brute (M€) | 2,1 | 2,4 | 1,9 |
        | Encours de dette (M€) | 9,8 | 9,1 | 11,0 |
        Source : comptes administratifs (données fictives).

        La communauté n'augmentera pas les taux de fiscalité. Elle recourra à l'emprunt pour 2,5 millions d'euros.

        Le débat d'orientation budgétaire a aussi porté sur la gestion des déchets, dont le coût augmente avec la hausse de la taxe générale sur les activités polluantes. La communauté envisage de passer à une redevance incitative d'ici 2025. Les élus ont enfin demandé une étude sur le transfert de la compétence eau et assainissement, obligatoire à terme, afin d'en mesurer les conséquences sur le prix payé par les usagers.
        """);
}

/// <summary>Former CA Seine-Eure (2018), merged in 2019 with the CC Eure-Madrie-Seine into today's CA Seine-Eure (today's code); Louviers and Val-de-Reuil are places in it.</summary>
public sealed class CaSeineEure2018 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("ca-seine-eure-compte-administratif-2018.html",
        "Compte administratif 2018 de la communauté d'agglomération Seine-Eure", "Communauté d'agglomération Seine-Eure", "2019-06-20",
        DocumentTypeLabels.Page, Themes.Finances, "https://agglo-seine-eure.example/archives/ca-2018", """
        ## Une année de préparation

        Le conseil communautaire a approuvé le compte administratif 2018, dernier exercice de la communauté d'agglomération Seine-Eure dans son périmètre de quarante communes, avant sa fusion au 1er janvier 2019 avec la communauté de communes Eure-Madrie-Seine.

        ## Les résultats

        Les recettes de fonctionnement atteignent 71 millions d'euros et les dépenses 62 millions, dégageant une épargne brute de 9 millions. L'agglomération a investi 24 millions d'euros, principalement dans la zone d'activités du Parc des Portes à Val-de-Reuil et dans la rénovation du réseau d'assainissement de Louviers.

        L'encours de dette s'établit à 58 millions d'euros au 31 décembre 2018. Les effectifs comptent 540 agents. Les conséquences budgétaires de la fusion, notamment l'harmonisation des taux de fiscalité, seront présentées lors du budget 2019.
        """) with { Breadcrumb = ["Archives", "Finances"] };
}

/// <summary>Former "communauté d'agglomération Metz Métropole" (2016), today's Metz Métropole (métropole since 2018, today's code); Metz is a place in it. PDF.</summary>
public sealed class MetzMetropole2016 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("crc-grand-est-ca-metz-metropole-2016.pdf",
        "Communauté d'agglomération Metz Métropole — rapport d'observations définitives", "Chambre régionale des comptes Grand Est", "2016-10-18",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-ge.example/rod/ca-metz-metropole-2016.pdf",
        "CRC Grand Est — Metz Métropole", "mutualisation", """
        ## Le contrôle

        La chambre a examiné la gestion de la communauté d'agglomération Metz Métropole pour les exercices 2010 à 2015. L'établissement regroupe alors 44 communes et 220 000 habitants.

        ## La situation financière

        Les produits de gestion de la communauté ont progressé de 2,4 % par an, moins vite que les charges (3,1 %). L'épargne brute recule de 41 millions d'euros en 2010 à 33 millions en 2015. L'agglomération a financé le bus à haut niveau de service, mis en service en 2013, en partie par l'emprunt : la dette a doublé sur la période.

        | Exercice | 2010 | 2015 |
        | Épargne brute (M€) | 41 | 33 |
        | Encours de dette (M€) | 118 | 241 |

        ## La mutualisation

        La mutualisation des services avec la ville de Metz reste limitée à l'informatique et à la commande publique. La chambre recommande de l'étendre aux ressources humaines.

        L'établissement a répondu qu'un schéma de mutualisation plus large était en préparation. La chambre prend acte de cet engagement et en suivra la réalisation.
        """);
}

/// <summary>"L'Auxerrois" (CA de l'Auxerrois), by its usual name; Auxerre (seat) and Monéteau are places in it.</summary>
public sealed class AuxerroisEau2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("auxerrois-rpqs-eau-potable-2022.html",
        "Eau potable : rapport annuel 2022", "Communauté de l'Auxerrois", "2023-09-05",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://agglo-auxerrois.example/eau/rapport-2022", """
        ## Le service

        Depuis 2020, l'agglomération de l'Auxerrois exerce la compétence eau potable pour ses 29 communes. Le service dessert 70 000 habitants par 1 100 kilomètres de canalisations.

        ## Les indicateurs

        | Indicateur | 2022 |
        | Volume produit | 6,8 millions de m³ |
        | Rendement du réseau | 79 % |
        | Prix du m³ (pour 120 m³) | 2,21 € |
        | Conformité bactériologique | 99,6 % |
        Source : rapport annuel (données fictives).

        La teneur en nitrates de plusieurs captages dépasse ponctuellement la limite de qualité. L'Auxerrois a engagé avec les agriculteurs un programme de protection des aires d'alimentation. La nouvelle usine de traitement d'Auxerre et la réhabilitation du réservoir de Monéteau représentent 14 millions d'euros d'investissement d'ici 2026.

        Le nombre d'abonnés progresse de 1 % par an. Les réclamations ont diminué grâce à la relève à distance des compteurs.
        """);
}

/// <summary>"Saumur Val de Loire" (CA), SIREN 200071876 in the file name only; Saumur (seat) and Doué-en-Anjou are places in it.</summary>
public sealed class SaumurValDeLoire2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("siren-200071876-rapport-activite-2023.html",
        "Rapport d'activité 2023 : l'agglomération au service de ses communes", "Saumur Val de Loire", "2024-06-27",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://agglo-saumur.example/rapport-activite-2023", """
        ## Un territoire de 45 communes

        L'agglomération Saumur Val de Loire rassemble 45 communes et 100 000 habitants. Elle exerce les compétences du développement économique, des transports, des déchets, de l'eau et de la petite enfance.

        ## Les faits marquants

        En 2023, l'agglomération a ouvert la maison de l'emploi à Saumur et une crèche de 40 places à Doué-en-Anjou. Le réseau de bus a transporté 1,6 million de voyageurs. La collecte des biodéchets a été étendue à tout le territoire. L'agglomération a accompagné l'installation de 37 entreprises dans ses zones d'activités.

        ## Les moyens

        Le budget consolidé s'élève à 142 millions d'euros. L'agglomération emploie 830 agents. Le pacte financier et fiscal signé avec les communes fixe le montant des fonds de concours jusqu'en 2026.
        """) with { Meta = HtmlMeta.Citation };
}
