using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind2 territory split (issue 13): EPCI named by their official name (with or without SIREN), by an acronym,
// by their seat, by a landscape name, and former EPCI (before the 2017 mergers) named as they then were.
namespace SampleGenerator.Content.TerritoryBlind2;

/// <summary>The CC des Deux Rives (Tarn-et-Garonne) by its full name and SIREN.</summary>
public sealed class DgclFicheDeuxRives2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-fiche-cc-des-deux-rives-2023.html",
        "Communauté de communes des Deux Rives — fiche d'identité 2023", "DGCL", "2023-03-15",
        DocumentTypeLabels.Dataset, Themes.Geo, "https://collectivites-locales.example/intercommunalite/fiches/248200016", """
        ## Identité

        Communauté de communes des Deux Rives. SIREN : 248200016. Siège : Valence (Tarn-et-Garonne). Régime fiscal : fiscalité professionnelle unique. Nombre de communes membres : 28. Population totale : 19 400 habitants.

        ## Compétences

        Outre les compétences obligatoires (développement économique, aménagement de l'espace, gestion des milieux aquatiques, accueil des gens du voyage, collecte des déchets), la communauté exerce la voirie d'intérêt communautaire, l'action sociale et la petite enfance.

        | Indicateur | Valeur 2023 |
        | Coefficient d'intégration fiscale | 0,412 |
        | Dotation d'intercommunalité (€) | 1 084 000 |
        | Potentiel fiscal par habitant (€) | 388 |
        Source : DGCL, base nationale sur l'intercommunalité (données fictives).
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Mise à jour : 15 mars 2023", Breadcrumb = ["Intercommunalité", "Fiches"] };
}

/// <summary>The CA Porte de l'Isère named only by its acronym "la CAPI".</summary>
public sealed class AdemeCapiChaleur2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("ademe-capi-reseau-de-chaleur-2022.html",
        "La CAPI étend son réseau de chaleur au bois", "ADEME", "2022-09-20",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/capi-reseau-chaleur-2022", """
        ## Le projet

        La CAPI a mis en service en 2021 une deuxième chaufferie au bois qui alimente le réseau de chaleur desservant 6 400 logements, trois collèges et le centre hospitalier. L'intercommunalité du Nord-Isère, qui détient la compétence depuis 2014, a délégué l'exploitation du réseau pour vingt ans.

        | Indicateur | 2018 | 2021 |
        | Longueur du réseau (km) | 24 | 37 |
        | Part des énergies renouvelables | 54 % | 78 % |
        | Prix moyen de la chaleur (€ TTC/MWh) | 82 | 76 |
        Source : délégataire, rapports annuels (données fictives).

        ## Financement

        Le fonds chaleur a couvert 31 % des 18 M€ d'investissement. Le bois provient pour moitié de forêts situées à moins de 100 kilomètres. La CAPI envisage un raccordement des zones d'activité en 2025.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Territoires", "Retours d'expérience"] };
}

/// <summary>The CARENE (Saint-Nazaire agglomeration) by its acronym; the town of Saint-Nazaire is its seat. PDF.</summary>
public sealed class InseeCareneEmploi2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("insee-carene-emploi-industriel-2023.pdf",
        "Dans la CARENE, l'industrie navale et aéronautique porte l'emploi", "INSEE", "2023-03-09",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://insee.example/statistiques/pays-de-la-loire/carene-2023.pdf",
        "Insee Flash Pays de la Loire n° 141", "porte l'emploi", """
        ## Un emploi sur trois dans l'industrie

        Le territoire de la CARENE, l'intercommunalité de dix communes dont le siège est à Saint-Nazaire, compte 64 000 emplois en 2021. L'industrie en fournit 31 %, deux fois plus que la moyenne régionale. La construction navale, l'aéronautique et leurs sous-traitants emploient à eux seuls 14 000 salariés.

        Entre 2015 et 2021, l'emploi salarié a progressé de 9 % dans la CARENE, contre 6 % dans la région. Les carnets de commandes des chantiers ont entraîné le recrutement de 2 800 intérimaires en 2022.

        | Secteur | Emplois 2021 | Part |
        | Industrie | 19 800 | 31 % |
        | Construction | 4 600 | 7 % |
        | Commerce, transports, services | 26 300 | 41 % |
        | Administration, santé, enseignement | 13 300 | 21 % |
        Source : Insee, estimations d'emploi (données fictives).

        ## Des tensions sur le logement

        Un actif sur quatre travaillant dans la CARENE réside en dehors, notamment dans la presqu'île guérandaise et le sud de l'estuaire. Les difficultés de recrutement signalées par les entreprises tiennent autant au logement qu'aux qualifications.
        """) with { Byline = ["Paru le 09/03/2023"] };
}

/// <summary>Colmar Agglomération named by its seat ("l'agglomération de Colmar"); the town is not the subject.</summary>
public sealed class CrcAgglomerationColmar2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("crc-grand-est-agglomeration-de-colmar-transports-2022.html",
        "L'agglomération de Colmar et ses transports urbains", "Chambre régionale des comptes Grand Est", "2022-06-14",
        DocumentTypeLabels.Rod, Themes.Durable, "https://ccomptes.example/crc/grand-est/agglomeration-colmar-2022", """
        ## Synthèse

        La chambre a examiné la politique de mobilité conduite par l'agglomération de Colmar, autorité organisatrice des transports urbains sur ses vingt communes membres, de 2016 à 2021. Le réseau de bus, exploité en délégation de service public, transporte 6,8 millions de voyageurs par an.

        Les recettes commerciales ne couvrent que 17 % des dépenses d'exploitation. Le versement mobilité, dont le taux a été porté à 1,8 %, finance l'essentiel du service. La gratuité pour les moins de 18 ans, instaurée en 2020, a coûté 1,1 M€ par an sans évaluation de son effet sur la fréquentation.

        | Indicateur | 2016 | 2021 |
        | Voyages (millions) | 6,4 | 6,8 |
        | Taux de couverture | 21 % | 17 % |
        | Contribution forfaitaire (M€) | 14,2 | 16,9 |
        Source : rapports du délégataire (données fictives).

        La ville de Colmar, qui assurait jusqu'en 2003 le service, n'a pas été contrôlée.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Grand Est"] };
}

/// <summary>The Métropole Toulon-Provence-Méditerranée named "la métropole toulonnaise". PDF.</summary>
public sealed class OfglMetropoleToulonnaise2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("ofgl-metropole-toulonnaise-finances-2023.pdf",
        "Les finances de la métropole toulonnaise en 2022", "OFGL", "2023-10-03",
        DocumentTypeLabels.Etude, Themes.Finances, "https://ofgl.example/etudes/metropole-toulonnaise-2022.pdf",
        "OFGL — Cap sur une métropole", "métropole toulonnaise", """
        ## Une métropole jeune

        Devenue métropole en 2018, l'intercommunalité toulonnaise regroupe douze communes et 455 000 habitants. Elle a repris la voirie, l'eau, l'assainissement et les transports ; ses dépenses de fonctionnement ont doublé depuis 2017, sans hausse d'impôt.

        | En euros par habitant | 2017 | 2022 |
        | Recettes réelles de fonctionnement | 512 | 778 |
        | dont fiscalité | 341 | 462 |
        | Dépenses d'équipement | 104 | 219 |
        | Encours de dette | 611 | 892 |
        Source : DGFiP, comptes de gestion ; calculs OFGL (données fictives).

        ## Lecture

        Les attributions de compensation versées aux communes ont été réduites à hauteur des charges transférées. La métropole toulonnaise finance son programme d'équipement, 100 M€ par an en moyenne, par l'emprunt à hauteur de 45 %. Sa capacité de désendettement, de 7,8 ans en 2022, reste inférieure à celle des métropoles comparables.

        La ville de Toulon, qui représente 39 % de la population, conserve la gestion des écoles, de la culture et des sports. Hyères et La Seyne-sur-Mer pèsent chacune un peu plus de 10 %.
        """) with { Masthead = ["Observatoire des finances et de la gestion publique locales", "Cap sur — n° 21"] };
}

/// <summary>The CC Brocéliande Communauté named by its landscape ("le pays de Brocéliande").</summary>
public sealed class AnctBroceliande2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("anct-broceliande-petites-villes-de-demain-2022.html",
        "Brocéliande : une intercommunalité rurale mise sur ses centres-bourgs", "ANCT", "2022-05-31",
        DocumentTypeLabels.Page, Themes.Geo, "https://observatoire-territoires.example/analyses/broceliande-2022", """
        ## Le territoire

        Entre Rennes et Ploërmel, la communauté de communes de Brocéliande rassemble huit communes et 19 000 habitants autour de la forêt de Paimpont. Son territoire gagne 1 % d'habitants par an, sous l'influence de la métropole rennaise.

        ## Le programme

        Deux bourgs du territoire sont lauréats du programme Petites villes de demain. La communauté de communes a recruté une cheffe de projet commune et financé une étude sur la vacance des commerces.

        | Indicateur | Valeur |
        | Logements vacants dans les centres-bourgs | 9,6 % |
        | Commerces vacants | 14 % |
        | Part des actifs travaillant dans la métropole | 38 % |
        Source : Observatoire des territoires (données fictives).

        La légende arthurienne attire 400 000 visiteurs par an, mais les retombées restent concentrées sur quelques sites.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 31/05/2022", Breadcrumb = ["Analyses", "Petites villes de demain"] };
}

/// <summary>The CC Bastides et Vallons du Gers by its landscape name only.</summary>
public sealed class AdemeBastidesEtVallons2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("ademe-bastides-et-vallons-plan-climat-2023.html",
        "Bastides et Vallons : un plan climat pour un territoire agricole", "ADEME", "2023-02-14",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/bastides-vallons-pcaet-2023", """
        ## Le territoire

        Au nord-ouest du Gers, l'intercommunalité Bastides et Vallons réunit 7 200 habitants dans une trentaine de villages. L'agriculture, céréales et élevage, y représente 58 % des émissions de gaz à effet de serre, contre 20 % en moyenne nationale.

        ## Le plan climat

        La communauté de communes a adopté volontairement en 2022 un plan climat-air-énergie territorial, alors qu'elle n'y est pas tenue en dessous de 20 000 habitants. Il fixe trois priorités : la rénovation des logements anciens, la méthanisation des effluents d'élevage et la réduction des déplacements contraints.

        | Secteur | Émissions 2019 (kt CO2e) | Objectif 2030 |
        | Agriculture | 96 | - 20 % |
        | Transports | 31 | - 30 % |
        | Résidentiel | 19 | - 40 % |
        Source : diagnostic du plan climat (données fictives).
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Territoires", "Plans climat"] };
}

/// <summary>The CA du Grand Tarbes in 2016, merged in 2017 into the CA Tarbes-Lourdes-Pyrénées.</summary>
public sealed class CrcGrandTarbes2016 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("crc-occitanie-communaute-d-agglomeration-du-grand-tarbes-2016.html",
        "Communauté d'agglomération du Grand Tarbes : rapport d'observations définitives", "Chambre régionale des comptes Occitanie", "2016-09-27",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/occitanie/grand-tarbes-2016", """
        ## Synthèse

        La communauté d'agglomération du Grand Tarbes regroupe quinze communes et 80 000 habitants. Elle doit fusionner le 1er janvier 2017 avec six autres groupements des Hautes-Pyrénées, dont la communauté de communes du Pays de Lourdes, pour former une agglomération de 86 communes.

        La chambre a contrôlé les exercices 2010 à 2015. La situation financière de la communauté d'agglomération est correcte, mais son intégration reste faible : le coefficient d'intégration fiscale est de 0,29 et les attributions de compensation absorbent 58 % des recettes fiscales.

        | En millions d'euros | 2010 | 2015 |
        | Produits de gestion | 61,4 | 66,0 |
        | Épargne brute | 8,2 | 7,1 |
        | Encours de dette | 38,5 | 44,7 |
        Source : comptes de gestion (données fictives).

        La chambre invite le groupement à harmoniser, avant la fusion, les tarifs de collecte des déchets de ses membres.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Languedoc-Roussillon-Midi-Pyrénées"] };
}

/// <summary>Reims Métropole (communauté d'agglomération, 2014), merged in 2017 into the CU du Grand Reims. PDF.</summary>
public sealed class DgfipReimsMetropole2014 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("dgfip-comptes-reims-metropole-2014.pdf",
        "Comptes individuels 2014 — Communauté d'agglomération Reims Métropole", "DGFiP", "2015-08-18",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/comptes/groupements/reims-metropole-2014.pdf",
        "DGFiP — Comptes individuels des groupements — 2014", "Reims Métropole", """
        ## Présentation

        Les comptes individuels présentent les principaux agrégats du budget principal de la communauté d'agglomération Reims Métropole pour l'exercice 2014. Le groupement, à fiscalité professionnelle unique, compte 16 communes et 220 000 habitants.

        | Agrégat | Montant (M€) | Par habitant (€) |
        | Produits de fonctionnement | 248,6 | 1 130 |
        | dont impôts locaux | 92,4 | 420 |
        | dont dotation globale de fonctionnement | 41,8 | 190 |
        | Charges de fonctionnement | 211,3 | 960 |
        | dont reversements aux communes | 68,2 | 310 |
        | Dépenses d'équipement | 57,5 | 261 |
        | Encours de la dette au 31 décembre | 318,0 | 1 445 |
        Source : DGFiP, comptes de gestion (données fictives).

        ## Commentaire

        L'encours de dette par habitant, supérieur de 60 % à la moyenne des communautés d'agglomération, s'explique par le financement du tramway mis en service en 2011. La capacité d'autofinancement couvre 64 % des dépenses d'équipement. Les charges de personnel progressent de 3,1 %, après le transfert de la compétence voirie.

        Ces comptes sont établis à partir des données comptables ; ils ne remplacent pas le compte administratif voté.
        """) with { Masthead = ["Direction générale des finances publiques", "Comptes individuels des groupements à fiscalité propre — exercice 2014"] };
}

/// <summary>The Grand Dijon (communauté urbaine, 2015), today Dijon Métropole.</summary>
public sealed class InseeGrandDijon2015 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("insee-grand-dijon-logement-2015.html",
        "Le Grand Dijon attire de jeunes actifs mais perd des familles", "INSEE", "2015-11-24",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/bourgogne/grand-dijon-2015", """
        ## Une communauté urbaine jeune

        Le Grand Dijon, communauté urbaine depuis janvier 2015, compte 250 000 habitants répartis dans 24 communes. Un habitant sur quatre a entre 18 et 29 ans, grâce à l'université et aux écoles, contre un sur six dans l'ensemble de la Bourgogne.

        Entre 2007 et 2012, le territoire a accueilli 12 000 jeunes actifs mais en a perdu 9 000 âgés de 30 à 44 ans, partis avec leurs enfants vers les communes périurbaines de la Côte-d'Or. Le prix des terrains à bâtir y est 40 % moins élevé.

        | Indicateur | Grand Dijon |
        | Logements construits par an (2008-2013) | 1 450 |
        | Part des logements sociaux | 19 % |
        | Ménages d'une personne | 46 % |
        Source : Insee, recensements et Sitadel (données fictives).
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Paru le 24/11/2015", Breadcrumb = ["Statistiques", "Bourgogne"] };
}
