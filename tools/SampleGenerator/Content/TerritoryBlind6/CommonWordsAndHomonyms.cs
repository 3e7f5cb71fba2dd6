using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind6 territory split (issue 13): communes whose names are common words or shared by several communes.
namespace SampleGenerator.Content.TerritoryBlind6;

/// <summary>Grenade (Haute-Garonne, 31330), also a fruit and a Spanish city (named as such); Toulouse is context.</summary>
public sealed class CrcGrenade2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("crc-occitanie-commune-de-grenade-2023.html",
        "Rapport d'observations définitives : commune de Grenade (Haute-Garonne)", "Chambre régionale des comptes Occitanie", "2023-10-05",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-occitanie.example/rod/commune-de-grenade-2023", """
        ## Périmètre du contrôle

        La chambre a contrôlé les comptes et la gestion de la commune de Grenade, bastide de 9 000 habitants située au nord de Toulouse, à partir de l'exercice 2018. La ville est jumelée avec plusieurs communes européennes, mais ne doit pas être confondue avec son homonyme andalouse, dont elle a repris la grenade comme emblème.

        ## Une situation financière saine mais tendue

        L'épargne brute de la commune s'établit à 1,9 million d'euros en 2022, en recul de 11 % par rapport à 2019, sous l'effet de la hausse des dépenses d'énergie et de personnel. La capacité de désendettement reste inférieure à six années. La construction d'un nouveau groupe scolaire, estimée à 7,4 millions d'euros, doit être financée pour moitié par l'emprunt.

        ## Recommandations

        La chambre recommande à la commune de Grenade d'adopter un plan pluriannuel d'investissement, de mettre à jour son règlement budgétaire et de contrôler plus finement les heures supplémentaires des agents des services techniques.
        """) with { Breadcrumb = ["Publications", "Occitanie"] };
}

/// <summary>Croix (Nord), also a noun; corroborated only by its neighbours (Roubaix, Wasquehal) and the MEL; Croix (Territoire de Belfort) is not named.</summary>
public sealed class OfglCroix2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-commune-croix-2023.html",
        "Croix : les comptes de la commune en 2022", "Observatoire des finances et de la gestion publique locales", "2023-09-28",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/fiches/communes/croix-2023", """
        ## Croix en bref

        Ville de 20 500 habitants entre Roubaix et Wasquehal, Croix appartient à la Métropole européenne de Lille. La fiche rassemble les principaux agrégats des comptes de la commune pour l'exercice 2022.

        | Agrégat (euros par habitant) | Croix | Strate 20 000 - 50 000 habitants |
        | Recettes de fonctionnement | 1 312 | 1 402 |
        | Épargne brute | 171 | 198 |
        | Dépenses d'équipement | 265 | 318 |
        | Encours de la dette | 780 | 1 024 |
        Source : comptes de gestion (données fictives).

        Les dépenses d'équipement ont porté sur la rénovation du parc du château et sur l'éclairage public. Le produit des impôts locaux progresse de 6 %, porté par la revalorisation des bases. Aucune croix ne figure dans la colonne « alerte » du tableau de bord : les ratios de la commune restent dans les normes de sa strate.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Avion (Pas-de-Calais, 62210), also "avion" (aircraft); Lens is a neighbour.</summary>
public sealed class InseeAvion2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("insee-hdf-avion-revenus-2023.pdf",
        "Avion : des revenus modestes, un chômage qui recule", "Insee Hauts-de-France", "2023-06-13",
        DocumentTypeLabels.Publication, Themes.Social, "https://insee.example/hdf/flash/avion-revenus-2023.pdf",
        "Insee Flash Hauts-de-France", "chômage qui recule", """
        ## Une ancienne cité minière

        Avion, commune de 17 400 habitants du Pas-de-Calais voisine de Lens, porte l'empreinte de l'exploitation charbonnière : près d'un logement sur trois appartient à un ancien parc minier rénové. Le nom de la ville ne doit rien à l'aviation, mais les habitants y sont habitués aux plaisanteries sur l'avion qui n'a jamais décollé.

        ## Des revenus inférieurs à la moyenne régionale

        En 2020, le revenu disponible médian par unité de consommation s'établit à 17 900 euros, contre 20 800 euros dans la région. Le taux de pauvreté atteint 24 %. La part des ménages imposés reste faible.

        | Indicateur | Avion | Hauts-de-France |
        | Revenu médian (euros) | 17 900 | 20 800 |
        | Taux de pauvreté | 24 % | 18 % |
        | Taux de chômage (sens du recensement) | 17 % | 13 % |
        Source : Filosofi 2020, recensement 2020 (données fictives).

        ## Un chômage qui recule

        Entre 2014 et 2020, le taux de chômage a baissé de trois points dans la commune, grâce aux emplois créés dans la logistique autour de l'autoroute A21. Les jeunes d'Avion restent toutefois plus souvent sans diplôme que ceux du reste de la région.
        """);
}

/// <summary>Plaisir (Yvelines), also "plaisir" (pleasure); the département is never named (the name is unique); Versailles is context.</summary>
public sealed class PlaisirBudget2024 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("plaisir-budget-primitif-2024.html",
        "Budget primitif 2024 : les grandes orientations", "Ville de Plaisir", "2024-01-30",
        DocumentTypeLabels.Page, Themes.Finances, "https://ville-plaisir.example/budget-2024", """
        ## Un budget de 52 millions d'euros

        Le conseil municipal a adopté le 25 janvier le budget primitif 2024 de la ville de Plaisir. Il s'élève à 52 millions d'euros, dont 38 millions pour la section de fonctionnement. Les taux des impôts locaux restent inchangés pour la sixième année consécutive.

        ## Les priorités

        La municipalité consacre 6,5 millions d'euros à l'investissement : rénovation thermique de deux écoles élémentaires, création d'une maison des associations et poursuite du plan vélo vers la gare de Plaisir-Grignon. Le maire a rappelé que c'est avec plaisir que la ville accueillera en juin les rencontres sportives intercommunales.

        ## L'endettement

        L'encours de dette diminue de 1,2 million d'euros sur l'année. Aucun emprunt nouveau n'est inscrit au budget. Les dépenses de personnel, qui représentent 58 % des dépenses de fonctionnement, progressent de 3,1 % sous l'effet des mesures salariales nationales. La ville reste, avec Versailles, l'un des principaux employeurs publics du secteur.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false };
}

/// <summary>Vif (Isère, 38450), also an adjective ("un vif succès"); Grenoble is context.</summary>
public sealed class PrefectureVif2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-38-vif-dsil-2023.html",
        "Dotation de soutien à l'investissement local : la commune de Vif aidée pour sa nouvelle médiathèque", "Préfecture de l'Isère", "2023-04-18",
        DocumentTypeLabels.Page, Themes.Dotations, "https://isere.gouv.example/dsil-2023-vif", """
        ## Une subvention de 480 000 euros

        Le préfet de l'Isère a attribué à la commune de Vif (38450) une subvention de 480 000 euros au titre de la dotation de soutien à l'investissement local pour 2023. Elle financera la construction d'une médiathèque de 900 mètres carrés dans le centre-bourg, en remplacement de l'ancienne bibliothèque municipale.

        ## Le plan de financement

        Le coût total de l'opération est estimé à 2,6 millions d'euros hors taxes. Outre l'aide de l'État, la commune bénéficie d'un concours du Département et d'un fonds de concours de Grenoble-Alpes Métropole. Le reste est autofinancé.

        Le projet a été retenu pour sa performance énergétique et pour l'intérêt qu'il a suscité lors de la concertation : la réunion publique de novembre a rencontré un vif succès. Les travaux doivent débuter à l'automne 2023 pour une ouverture en 2025.
        """) with { Breadcrumb = ["Actions de l'État", "Collectivités locales", "Dotations"] };
}

/// <summary>Anse (Rhône, 69480), also "anse" (a handle, a cove); Villefranche-sur-Saône is context.</summary>
public sealed class DgfipAnse2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("dgfip-rhone-anse-analyse-financiere-2022.pdf",
        "Analyse financière de la commune d'Anse — exercice 2022", "Direction départementale des finances publiques du Rhône", "2023-05-09",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://dgfip.example/rhone/analyses/anse-2022.pdf",
        "DDFiP du Rhône — analyse financière", "fonds de roulement", """
        ## Présentation

        Anse est une commune de 8 200 habitants du Rhône, située en Beaujolais au sud de Villefranche-sur-Saône, dont elle partage le bassin d'emploi. La présente analyse, établie par le service de gestion comptable, porte sur le budget principal de la commune d'Anse pour l'exercice 2022.

        ## Fonctionnement

        Les produits de fonctionnement atteignent 8,9 millions d'euros, en hausse de 4 %. Les charges progressent plus vite (+ 6 %), notamment les achats d'énergie. L'excédent brut de fonctionnement s'établit à 1,6 million d'euros.

        | Ratio (euros par habitant) | Anse | Moyenne départementale |
        | Produits de fonctionnement | 1 085 | 1 120 |
        | Charges de personnel | 455 | 498 |
        | Annuité de la dette | 71 | 96 |
        Source : comptes de gestion 2022 (données fictives).

        ## Investissement et bilan

        Les dépenses d'équipement se sont élevées à 3,1 millions d'euros, consacrées à la halte fluviale et au groupe scolaire. Le fonds de roulement représente 95 jours de charges. La situation financière de la commune est jugée satisfaisante.
        """);
}

/// <summary>Marly (Nord, 59770), one of two communes named Marly; Marly in the Moselle is named to rule it out; Valenciennes is a neighbour.</summary>
public sealed class MarlyRob2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("marly-59-rapport-orientations-budgetaires-2023.html",
        "Rapport d'orientations budgétaires 2023 de la ville de Marly", "Ville de Marly (Nord)", "2023-02-14",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://marly59.example/rob-2023", """
        ## Le contexte

        Comme chaque année, le débat d'orientations budgétaires précède le vote du budget de la commune de Marly, 12 000 habitants, dans le Nord, aux portes de Valenciennes. (Les lecteurs qui chercheraient les documents de Marly en Moselle, près de Metz, les trouveront sur le site de cette autre commune.)

        ## Les grandes masses

        Les recettes réelles de fonctionnement sont estimées à 14,2 millions d'euros pour 2023. La dotation globale de fonctionnement est stable ; la dotation de solidarité urbaine progresse de 2 %. Les dépenses de fonctionnement augmenteraient de 5 %, dont 900 000 euros au titre de l'énergie.

        ## Les investissements

        Le programme d'investissement 2023 s'élève à 4,8 millions d'euros : réhabilitation de la salle des sports, extension du restaurant scolaire et aménagement des abords de la ligne de tramway. L'encours de dette de Marly atteindrait 9,6 millions d'euros à la fin de l'exercice, soit une capacité de désendettement de 5,2 ans.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>Verdun (Meuse, 55100); Verdun in the Ariège is a homonym named to rule it out; Bar-le-Duc is a comparison.</summary>
public sealed class InseeVerdun2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("insee-grand-est-verdun-population-2023.pdf",
        "Verdun perd des habitants mais attire des retraités", "Insee Grand Est", "2023-03-21",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/grand-est/analyses/verdun-2023.pdf",
        "Insee Analyses Grand Est", "attire des retraités", """
        ## Une population en baisse depuis 1975

        Verdun, dans la Meuse, compte 16 900 habitants en 2020. Elle en a perdu 4 800 depuis 1975, principalement du fait du départ des jeunes adultes vers Nancy, Metz ou Reims. Cette étude ne concerne pas la petite commune de Verdun, dans l'Ariège.

        | Période | Variation annuelle de la population |
        | 1975-1990 | - 0,6 % |
        | 1990-2009 | - 0,8 % |
        | 2009-2020 | - 0,5 % |
        Source : recensements de la population (données fictives).

        ## Une ville qui attire des retraités

        Le solde migratoire des 60 ans ou plus est positif : chaque année, 120 retraités de plus s'installent à Verdun qu'il n'en part. La ville offre des services de santé et des commerces que n'ont plus les villages voisins. La part des 75 ans ou plus y est désormais plus élevée qu'à Bar-le-Duc.

        ## Des emplois publics

        Un emploi sur trois de la commune relève de la fonction publique : hôpital, garnison, services de l'État. Le tourisme de mémoire lié aux champs de bataille de 1916 fait vivre 700 emplois, surtout saisonniers.
        """);
}

/// <summary>Bagneux (Hauts-de-Seine, 92220), one of six communes named Bagneux (the others are not named); Paris is context.</summary>
public sealed class CrcBagneux2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("crc-idf-commune-de-bagneux-2022.html",
        "Commune de Bagneux (Hauts-de-Seine) : rapport d'observations définitives", "Chambre régionale des comptes Île-de-France", "2022-12-06",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-idf.example/rod/bagneux-2022", """
        ## L'objet du contrôle

        La chambre a examiné la gestion de la commune de Bagneux, 44 500 habitants, pour les exercices 2016 à 2021. Le contrôle a porté sur la fiabilité des comptes, la situation financière et la conduite du projet de renouvellement urbain lié à l'arrivée du métro.

        ## La situation financière

        La capacité d'autofinancement nette est restée positive sur toute la période, mais elle s'est réduite de moitié depuis 2018. L'encours de dette atteint 1 350 euros par habitant. La commune perçoit une part importante de dotations de péréquation.

        ## Le renouvellement urbain

        La chambre relève que la ville a conduit avec l'établissement public territorial une opération d'aménagement de grande ampleur autour des deux nouvelles gares, à 5 kilomètres de Paris. Elle recommande de formaliser le suivi des participations versées aux aménageurs et de présenter chaque année au conseil municipal un bilan financier de l'opération.
        """) with { Breadcrumb = ["Publications", "Île-de-France"] };
}

/// <summary>Cassis (Bouches-du-Rhône, 13260), also a fruit and a wine ("le vin de Cassis"); Marseille and La Ciotat are context.</summary>
public sealed class AdemeCassis2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("ademe-paca-cassis-dechets-touristiques-2023.pdf",
        "Déchets en saison touristique : l'exemple de Cassis", "ADEME Provence-Alpes-Côte d'Azur", "2023-07-04",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/paca/etudes/cassis-dechets-2023.pdf",
        "ADEME — Retours d'expérience", "pic estival", """
        ## Une commune qui triple en été

        Cassis, entre Marseille et La Ciotat, compte 6 700 habitants à l'année mais accueille jusqu'à 25 000 personnes par jour en juillet et en août, attirées par les calanques et le port. Ce retour d'expérience décrit comment la commune a adapté la collecte à ce pic estival.

        ## Des tonnages multipliés par deux

        En 2022, les ordures ménagères collectées dans la commune atteignent 410 tonnes en août contre 190 tonnes en février. Les emballages suivent la même courbe. Les viticulteurs de l'appellation, qui produisent le vin de Cassis, ont de leur côté organisé la collecte de leurs déchets de taille.

        | Mois | Ordures ménagères (tonnes) | Emballages (tonnes) |
        | Février | 190 | 22 |
        | Mai | 260 | 31 |
        | Août | 410 | 57 |
        Source : services techniques de la commune (données fictives).

        ## Les mesures prises

        La commune a installé des conteneurs enterrés près du port, doublé les tournées de collecte le dimanche et lancé une campagne auprès des loueurs saisonniers. Le coût du service par habitant permanent reste élevé : 248 euros par an, le double de la moyenne régionale.
        """);
}

/// <summary>Lisses (Essonne, 91090), also an adjective ("des façades lisses"); Évry-Courcouronnes is a neighbour; the CA Grand Paris Sud is membership.</summary>
public sealed class DgclLisses2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-fiche-dotations-lisses-2022.html",
        "Dotations 2022 : commune de Lisses (91)", "DGCL", "2022-06-30",
        DocumentTypeLabels.Dataset, Themes.Dotations, "https://collectivites-locales.example/dotations/2022/91340", """
        ## Lisses — code commune 91340

        La fiche présente les dotations de l'État notifiées en 2022 à la commune de Lisses (7 400 habitants), membre de la communauté d'agglomération Grand Paris Sud Seine Essonne Sénart et voisine d'Évry-Courcouronnes.

        | Dotation | Montant 2022 (euros) | Évolution |
        | Dotation forfaitaire | 612 400 | - 1,2 % |
        | Dotation de solidarité urbaine | 0 | — |
        | Dotation nationale de péréquation | 58 900 | + 3,0 % |
        | Fonds de péréquation des ressources intercommunales | 104 200 | + 0,8 % |
        Source : DGCL, notifications 2022 (données fictives).

        Les montants ne sont pas lisses d'une année sur l'autre : la dotation forfaitaire baisse avec l'écrêtement appliqué aux communes dont le potentiel fiscal est élevé, ce qui est le cas de Lisses, qui accueille une importante zone d'activités.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false };
}
