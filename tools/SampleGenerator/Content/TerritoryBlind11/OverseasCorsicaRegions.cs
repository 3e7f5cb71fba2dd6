using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind11 territory split (issue 13): overseas communes and collectivities, régions (current and former).
namespace SampleGenerator.Content.TerritoryBlind11;

/// <summary>Saint-Pierre (Martinique, code 97225); Saint-Pierre (La Réunion) and Saint-Pierre-et-Miquelon are named to rule them out; Le Prêcheur, Le Carbet and Fort-de-France are context; the montagne Pelée is a landscape.</summary>
public sealed class OfglSaintPierreMartinique2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-saint-pierre-972-2023.html",
        "Fiche commune : Saint-Pierre (972)", "OFGL", "2023-10-24",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/97225-saint-pierre", """
        ## Identité

        Saint-Pierre (code INSEE 97225) est une commune de 4 000 habitants de la côte caraïbe de la Martinique, au pied de la montagne Pelée, entre Le Prêcheur et Le Carbet. Ancienne capitale économique de l'île, détruite par l'éruption de 1902, elle ne doit pas être confondue avec Saint-Pierre de La Réunion ni avec l'archipel de Saint-Pierre-et-Miquelon.

        ## Chiffres clés 2022

        | Indicateur | Saint-Pierre | Communes de même taille (DROM) |
        | Recettes de fonctionnement (€/hab.) | 1 918 | 1 760 |
        | Dont octroi de mer (€/hab.) | 455 | 428 |
        | Charges de personnel (€/hab.) | 1 104 | 968 |
        | Épargne brute (€/hab.) | 42 | 121 |
        | Délai global de paiement (jours) | 74 | 51 |

        ## Lecture

        La commune supporte des charges de personnel élevées et son épargne est très faible. Elle fait l'objet d'un plan de redressement suivi par les services de l'État à Fort-de-France. Les recettes touristiques liées au patrimoine classé et au label Ville d'art et d'histoire restent modestes dans le budget communal.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Mise à jour : 24/10/2023" };
}

/// <summary>Sada (Mayotte), a commune (Mangajou is one of its villages); Chiconi and Chirongui (neighbours), Mamoudzou and La Réunion (in the publisher's name) are context.</summary>
public sealed class CrcMayotteSada2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("crc-mayotte-commune-de-sada-2023.pdf",
        "Commune de Sada : rapport d'observations définitives", "Chambre régionale des comptes La Réunion - Mayotte", "2023-08-29",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-reunion-mayotte.example/rod/sada-2023.pdf",
        "CRC La Réunion - Mayotte - commune de Sada", "restauration scolaire", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune de Sada pour les exercices 2018 à 2022. Située sur la côte ouest de Mayotte, entre Chiconi et Chirongui, la commune compte 11 000 habitants, dont près de la moitié a moins de vingt ans. Son territoire comprend le bourg de Sada et le village de Mangajou.

        ## Les constats

        Les comptes de la commune ne sont pas fiables : l'inventaire du patrimoine est incomplet et de nombreuses recettes ne sont pas rattachées au bon exercice. Les effectifs, 310 agents, ont progressé de 20 % en cinq ans sans véritable plan de recrutement. Les dépenses d'investissement, financées à 85 % par des subventions, ont surtout concerné les écoles, dont les classes fonctionnent en rotation faute de locaux suffisants. La restauration scolaire n'est assurée que sous forme de collations.

        ## Les recommandations

        La chambre recommande de fiabiliser l'inventaire, de mettre en place un contrôle du temps de travail et d'établir une programmation pluriannuelle des constructions scolaires. Elle invite la commune à s'appuyer sur les services de l'État à Mamoudzou pour le montage des dossiers de subvention. La réponse du maire est jointe au rapport.
        """);
}

/// <summary>Former région Limousin (2014) -> region:75, Nouvelle-Aquitaine (a code of earlier splits); Limoges, Brive-la-Gaillarde, Guéret and Tulle and the départements (parts) are context; Auvergne is a comparison.</summary>
public sealed class InseeLimousinBilan2014 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("insee-limousin-bilan-economique-2014.pdf",
        "Bilan économique 2014 : Limousin", "INSEE", "2015-05-28",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/publications/bilan-eco-limousin-2014.pdf",
        "Insee Conjoncture Limousin n° 12", "porcelaine et cuir", """
        ## Une économie qui peine à redémarrer

        En 2014, l'emploi salarié marchand a de nouveau reculé en Limousin, de 0,9 %, soit 1 300 postes de moins. La baisse touche surtout la construction et l'industrie ; les services aux entreprises se stabilisent. Le taux de chômage de la région atteint 9,2 % en fin d'année, un niveau inférieur à la moyenne de la France métropolitaine, mais en hausse de 0,3 point. Il reste proche de celui de l'Auvergne voisine.

        ## Des situations contrastées

        La Haute-Vienne, autour de Limoges, résiste mieux grâce aux services et à l'enseignement supérieur. La Corrèze bénéficie du dynamisme du bassin de Brive-la-Gaillarde, tandis que l'activité ralentit autour de Tulle. La Creuse, autour de Guéret, continue de perdre des emplois. Les filières traditionnelles, porcelaine et cuir, connaissent des fortunes diverses : le luxe tire les exportations, les sous-traitants souffrent.

        ## Perspectives

        L'année 2015 s'ouvre sur la préparation de la nouvelle grande région, qui réunira le Limousin à l'Aquitaine et au Poitou-Charentes au 1er janvier 2016. Les acteurs économiques régionaux s'interrogent sur la place de Limoges dans ce nouvel ensemble.
        """) with { Hyphenate = true };
}

/// <summary>Région Bretagne by its conseil régional (budget) -> region:53 (a code of earlier splits); Rennes (hôtel de région), Brest, Lorient, Saint-Malo and Quimper are context.</summary>
public sealed class RegionBretagneBudget2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("region-bretagne-budget-primitif-2024.html",
        "Budget 2024 : 1,9 milliard d'euros pour la Bretagne", "Région Bretagne", "2024-02-16",
        DocumentTypeLabels.Page, Themes.Finances, "https://bretagne-region.example/actualites/budget-2024", """
        ## Un budget voté en session

        Réunis en session à l'hôtel de région à Rennes, les conseillers régionaux ont adopté le budget primitif 2024 de la Région Bretagne, qui s'élève à 1,9 milliard d'euros. Les recettes de la Région reposent désormais pour l'essentiel sur une fraction de la TVA et sur les dotations de l'État ; sa marge de manœuvre fiscale se limite aux cartes grises et à une part de la taxe sur les carburants.

        ## Les priorités

        Les transports sont le premier poste, avec 520 millions d'euros pour les trains régionaux, les cars et les liaisons maritimes vers les îles. La Région consacre 380 millions d'euros aux lycées, dont la rénovation énergétique de vingt établissements, et 210 millions à la formation professionnelle. Les ports de Brest, de Lorient et de Saint-Malo, dont elle est propriétaire, bénéficient d'un programme d'investissement de 90 millions, pour accompagner notamment l'éolien en mer.

        ## L'équilibre

        L'épargne brute diminue sous l'effet de la faible progression de la TVA. La Région emprunte 330 millions d'euros. L'opposition a critiqué la hausse de la taxe sur les cartes grises, votée l'an dernier. Le prochain rendez-vous budgétaire est fixé à juin, à Quimper, lors de la session délocalisée.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actualités", "Finances"] };
}

/// <summary>The Terres australes et antarctiques françaises (R 984 in the gazetteer) -> region:984, noted on its row (as Wallis et Futuna in gold-blind10.tsv); Saint-Pierre (La Réunion, its seat), Kerguelen, Crozet, Saint-Paul and Amsterdam, Terre Adélie and the îles Éparses are parts or context.</summary>
public sealed class CcomptesTaaf2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("ccomptes-taaf-gestion-2023.pdf",
        "L'administration des Terres australes et antarctiques françaises", "Cour des comptes", "2023-11-14",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://ccomptes.example/rapports/taaf-2023.pdf",
        "Cour des comptes - TAAF", "navire ravitailleur", """
        ## Une collectivité sans habitants permanents

        Les Terres australes et antarctiques françaises forment une collectivité d'outre-mer singulière : elles n'ont pas d'habitants permanents et sont administrées par un préfet, dont les services sont installés à Saint-Pierre, à La Réunion. Elles regroupent les archipels de Kerguelen et de Crozet, les îles Saint-Paul et Amsterdam, la Terre Adélie et les îles Éparses de l'océan Indien.

        ## La gestion

        Le budget de la collectivité atteint 38 millions d'euros. Il est financé par une subvention de l'État, par les droits de pêche versés par les armements autorisés à pêcher la légine et par quelques recettes touristiques. La Cour relève que le navire ravitailleur, indispensable à la desserte des bases, représente plus d'un tiers des dépenses et que son remplacement n'est pas programmé.

        ## Les recommandations

        La Cour recommande de clarifier la répartition des missions entre la collectivité, les instituts de recherche et la marine nationale, de fiabiliser le suivi des droits de pêche et de préparer sans tarder le renouvellement du navire. Elle souligne aussi la valeur de la réserve naturelle, l'une des plus vastes du monde, dont la gestion est reconnue.
        """);
}
