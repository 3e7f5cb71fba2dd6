using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind9 territory split (issue 13): communes whose names are common words or shared by several communes.
namespace SampleGenerator.Content.TerritoryBlind9;

/// <summary>Vue (Loire-Atlantique, 44640), also "vue" (view, "en vue de"); Saint-Nazaire and Paimbœuf are context.</summary>
public sealed class PrefectureVueDetr2024 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-44-vue-detr-2024.html",
        "DETR 2024 : extension du groupe scolaire de Vue", "Préfecture de la Loire-Atlantique", "2024-05-14",
        DocumentTypeLabels.Page, Themes.Dotations, "https://loire-atlantique.gouv.example/detr-2024-vue", """
        ## Une aide de 210 000 euros

        La commune de Vue reçoit une subvention de 210 000 euros de la dotation d'équipement des territoires ruraux pour l'extension de son groupe scolaire. Le projet ajoute deux salles de classe et un restaurant scolaire, en vue de la rentrée de septembre 2025. Le coût prévisionnel atteint 780 000 euros hors taxes.

        ## Le point de vue des services de l'État

        Le dossier a été jugé prioritaire : les effectifs de l'école ont crû de 20 % en cinq ans, avec l'arrivée de familles travaillant à Saint-Nazaire ou dans l'estuaire. Le bâtiment, à ossature bois, vise une consommation d'énergie inférieure de moitié au niveau réglementaire.

        La mairie (44640 Vue) affichera le panneau de chantier mentionnant le concours de l'État. Les communes voisines de Paimbœuf et de Frossay ont déposé des demandes pour la même enveloppe ; elles seront examinées en commission d'élus en juin.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actions de l'État", "Collectivités locales", "DETR"] };
}

/// <summary>Nant (Aveyron, 12230), a name close to "Nantes" and to the Alpine "nant" (stream); Millau is context; the Larzac is a landscape.</summary>
public sealed class InseeNantPortrait2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("insee-nant-aveyron-portrait-2023.html",
        "Nant, un bourg du sud aveyronnais qui regagne des habitants", "INSEE", "2023-10-17",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/portrait-nant-12", """
        ## Un bourg au pied du Larzac

        Nant compte 1 026 habitants au dernier recensement. Ce bourg de la vallée de la Dourbie, à une demi-heure de Millau, avait perdu un quart de sa population entre 1968 et 1999 ; il en a regagné 9 % depuis. Le nom ne doit rien à Nantes : il viendrait d'un mot ancien désignant un cours d'eau, que l'on retrouve dans les Alpes.

        ## Qui sont les nouveaux habitants ?

        Les arrivants des dix dernières années sont surtout des actifs de 30 à 45 ans, souvent avec enfants. Un tiers d'entre eux travaille dans la commune, dans l'agriculture, l'artisanat ou le tourisme ; les autres se rendent chaque jour à Millau. La part des logements vacants a reculé de 14 % à 10 %.

        ## Des services qui se maintiennent

        L'école, le collège et la maison de santé ont conservé leurs effectifs, ce qui est rare pour une commune de cette taille dans l'Aveyron.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Flash Occitanie" };
}

/// <summary>Oust (Ariège, 09140); the Breton river Oust is named to rule it out; Saint-Girons is context; the Couserans and the Salat are a landscape and a river.</summary>
public sealed class CrcOust2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("crc-occitanie-commune-d-oust-2023.pdf",
        "Commune d'Oust : rapport d'observations définitives", "Chambre régionale des comptes Occitanie", "2023-11-28",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-occitanie.example/rod/oust-2023.pdf",
        "CRC Occitanie - commune d'Oust", "station de Guzet", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune d'Oust, dans l'Ariège, pour les exercices 2018 à 2022. Ce village de 583 habitants du Couserans, au confluent du Salat et du Garbet, se trouve à quinze kilomètres au sud de Saint-Girons. Son homonyme breton, l'Oust, est une rivière du Morbihan sans lien avec la présente enquête.

        ## La situation financière

        Les produits de gestion atteignent 820 000 euros en 2022. La commune supporte les charges d'un centre-bourg qui accueille les services du haut Couserans : gendarmerie, collège, maison de retraite. Sa capacité d'autofinancement couvre à peine le remboursement de la dette, dont l'encours, 1,6 million d'euros, provient en partie d'emprunts liés à la station de Guzet.

        ## Recommandations

        1. Établir un plan pluriannuel d'investissement réaliste.
        2. Clarifier par convention la répartition des charges de la station avec les communes voisines.
        3. Mettre à jour l'inventaire des biens communaux, notamment forestiers.

        La chambre relève enfin que le conseil municipal est informé de manière satisfaisante de l'exécution budgétaire.
        """) with { Hyphenate = true };
}

/// <summary>Mouchard (Jura, 39330), also "mouchard" (informer, speed camera); Arbois and Salins-les-Bains are context; the Jura appears only in the publisher.</summary>
public sealed class PrefectureMouchardDsil2024 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-39-mouchard-pole-gare-2024.html",
        "DSIL 2024 : le pôle d'échanges de la gare de Mouchard", "Préfecture du Jura", "2024-03-27",
        DocumentTypeLabels.Page, Themes.Dotations, "https://jura.gouv.example/dsil-2024-mouchard", """
        ## Le projet

        La commune de Mouchard aménage les abords de sa gare, nœud ferroviaire où se croisent les lignes vers Besançon, Dole et la Suisse. Le projet comprend un parking de 90 places, un abri sécurisé pour 40 vélos et un arrêt de car accessible. Il bénéficie de 340 000 euros au titre de la dotation de soutien à l'investissement local.

        ## Pourquoi ce soutien

        La gare de Mouchard dessert un bassin qui s'étend jusqu'à Arbois et Salins-les-Bains. Sa fréquentation a progressé de 12 % depuis 2019. Le conseil municipal a précisé que le parking ne serait équipé d'aucune caméra de verbalisation : les habitants, qui plaisantent volontiers sur le nom de leur commune, redoutaient l'arrivée d'un « mouchard » de plus.

        Les travaux commenceront en septembre pour une mise en service à l'été 2025.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 27/03/2024" };
}

/// <summary>Bonnes (Vienne, 86300); Bonnes (Charente) is named to rule it out; "bonnes" is also an adjective; Chauvigny is context.</summary>
public sealed class BonnesCompteAdministratif2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("bonnes-compte-administratif-2023.pdf",
        "Compte administratif 2023 : note de présentation", "Commune de Bonnes", "2024-04-18",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://mairie-bonnes.example/ca-2023.pdf",
        "Commune de Bonnes (86300) - compte administratif 2023", "bonnes pratiques", """
        ## Présentation

        Cette note accompagne le compte administratif 2023 de la commune de Bonnes, 1 688 habitants, sur la rive gauche de la Vienne, en amont de Chauvigny. Elle répond à l'obligation d'information des habitants. La commune de Bonnes située en Charente, avec laquelle les courriers sont parfois confondus, n'est pas concernée.

        ## Fonctionnement

        Les recettes réelles de fonctionnement s'élèvent à 1,34 million d'euros et les dépenses à 1,11 million. La hausse du coût de l'énergie a été contenue à 9 % grâce au passage de l'éclairage public en LED et à l'extinction nocturne, deux bonnes pratiques partagées avec d'autres communes du Poitou.

        ## Investissement

        Les dépenses d'équipement atteignent 620 000 euros : réfection du pont sur le ruisseau de la Dive, rénovation de la cantine et acquisition d'un tracteur. Elles ont été financées par l'autofinancement, des subventions du département et un emprunt de 150 000 euros sur quinze ans.

        ## Résultat

        L'exercice dégage un excédent global de 238 000 euros, affecté pour partie à la section d'investissement de 2024.
        """);
}

/// <summary>Billy (Allier, 03260); Billy (Loir-et-Cher) is named to rule it out; Vichy is context; Billy is also a first name.</summary>
public sealed class OfglBilly2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-commune-billy-03-2023.html",
        "Fiche commune : Billy (03)", "OFGL", "2023-09-26",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/03029-billy", """
        ## Identité

        Billy, code commune 03029, Allier, 817 habitants. Cette fiche ne concerne pas Billy dans le Loir-et-Cher, qui dispose de sa propre fiche.

        ## Indicateurs 2022

        | Indicateur | Billy | Communes de 500 à 1 000 habitants |
        | Recettes réelles de fonctionnement (euros par habitant) | 688 | 742 |
        | Épargne brute (euros par habitant) | 155 | 139 |
        | Dépenses d'équipement (euros par habitant) | 298 | 315 |
        | Encours de dette (euros par habitant) | 231 | 497 |

        ## Lecture

        Dominé par les ruines de sa forteresse médiévale, le village se situe sur la rive droite de l'Allier, à une quinzaine de kilomètres au nord de Vichy. Son faible endettement lui a permis de financer sans emprunt la restauration du chemin de ronde. Les données sont issues des balances comptables.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Données", "Fiches communes"] };
}

/// <summary>Plan (Isère, 38590), also "plan" (plan, PLU); Saint-Étienne-de-Saint-Geoirs is context; no département named, only the postcode.</summary>
public sealed class PlanPluEnquete2024 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("plan-plu-enquete-publique-2024.html",
        "Révision du plan local d'urbanisme : l'enquête publique est ouverte", "Mairie de Plan", "2024-09-02",
        DocumentTypeLabels.Page, Themes.Geo, "https://mairie-plan.example/plu-enquete-2024", """
        ## L'enquête publique

        L'enquête publique sur la révision du plan local d'urbanisme de Plan se tient du 16 septembre au 18 octobre. Le commissaire enquêteur recevra le public en mairie les samedis matin. Le dossier comprend le plan de zonage, le règlement et le projet d'aménagement et de développement durables.

        ## Ce qui change

        - deux hectares de terrains à bâtir reviennent en zone agricole ;
        - le hameau des Rivoires peut accueillir quatre logements par comblement de dents creuses ;
        - les haies bocagères sont protégées sur l'ensemble du territoire communal.

        Le village de 300 habitants, sur le plateau de Chambaran, reste ainsi fidèle à l'objectif de sobriété foncière. Les observations peuvent être adressées par écrit à la mairie, 38590 Plan, ou déposées sur le registre en ligne. L'aéroport voisin de Saint-Étienne-de-Saint-Geoirs a été consulté sur les servitudes aéronautiques.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Mis à jour le 02/09/2024" };
}

/// <summary>Salles (Lot-et-Garonne, 47150), also "salles" (rooms); Salles (Gironde) is named to rule it out; Fumel and Monflanquin are context.</summary>
public sealed class DgfipSalles2022 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("dgfip-fiche-financiere-salles-47-2022.pdf",
        "Fiche financière 2022 : commune de Salles (Lot-et-Garonne)", "DGFiP", "2023-06-20",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://impots-collectivites.example/fiches/47284-salles-2022.pdf",
        "Fiche financière - Salles (47150)", "salle des fêtes", """
        ## La collectivité

        Salles est une commune rurale de 288 habitants située entre Fumel et Monflanquin, dans le Lot-et-Garonne. Il ne s'agit pas de Salles en Gironde, commune bien plus peuplée du Val de l'Eyre. La fiche présente le budget principal 2022 et le compare à la moyenne des communes de 250 à 500 habitants du département.

        ## Fonctionnement

        Les produits de fonctionnement atteignent 214 000 euros. Les charges à caractère général ont augmenté de 11 %, sous l'effet du chauffage des deux salles communales, la salle des fêtes et la salle de réunion attenante à la mairie.

        | Euros par habitant | Salles | Moyenne de la strate |
        | Produits de fonctionnement | 743 | 768 |
        | Charges de fonctionnement | 601 | 622 |
        | Encours de la dette | 412 | 454 |
        Source : comptes de gestion 2022 (données fictives).

        ## Investissement

        La commune a consacré 96 000 euros à la réfection de la toiture de l'église et à l'isolation de la salle des fêtes, avec l'aide du département et de l'État. L'encours de la dette reste modéré.
        """) with { InfoTitle = "Fiche financière 2022 - 47284" };
}

/// <summary>Revel (Haute-Garonne, 31250); Revel (Isère) is named to rule it out; Castelnaudary is context; the Lauragais and the lac de Saint-Ferréol are landscapes.</summary>
public sealed class DgclRevelDotations2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-dotations-revel-31-2023.html",
        "Dotations 2023 de la commune de Revel (31)", "DGCL", "2023-04-25",
        DocumentTypeLabels.Dataset, Themes.Dotations, "https://collectivites-locales.example/dotations/2023/31451", """
        ## Fiche individuelle

        Commune : Revel (31451), Haute-Garonne. Population DGF : 10 204 habitants. Cette fiche ne concerne pas Revel (38334), commune de l'Isère.

        | Dotation | 2022 | 2023 |
        | Dotation forfaitaire | 1 201 330 | 1 198 870 |
        | Dotation de solidarité rurale | 402 115 | 436 820 |
        | Dotation nationale de péréquation | 171 002 | 168 410 |

        ## Commentaire

        Revel, bastide du Lauragais proche du lac de Saint-Ferréol, reste éligible à la fraction bourg-centre de la dotation de solidarité rurale, qui représente l'essentiel de sa progression. Sa situation de ville-centre pour un bassin de vie qui déborde sur l'Aude, jusqu'aux abords de Castelnaudary, explique ce classement.

        Les montants sont exprimés en euros.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Finances locales", "Dotations", "Fiches 2023"] };
}

/// <summary>Lys (Pyrénées-Atlantiques, 64260), also "lys" (lily); the river Lys (Nord) is named to rule it out; Nay and the vallée d'Ossau are context; the département appears only in the publisher.</summary>
public sealed class PrefectureLysForet2024 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-64-lys-foret-communale-2024.html",
        "Arrêté portant application du régime forestier à des parcelles de la commune de Lys", "Préfecture des Pyrénées-Atlantiques", "2024-06-11",
        DocumentTypeLabels.Page, Themes.Durable, "https://pyrenees-atlantiques.gouv.example/arretes/lys-regime-forestier", """
        ## Article 1

        Relèvent du régime forestier 142 hectares de bois appartenant à la commune de Lys, situés sur les pentes qui dominent le village, entre la plaine de Nay et la vallée d'Ossau. Le plan des parcelles est annexé au présent arrêté.

        ## Article 2

        L'Office national des forêts élabore l'aménagement forestier de ces parcelles dans un délai de deux ans. Les droits d'affouage des habitants de Lys (64260) sont maintenus.

        ## Article 3

        Le maire de Lys et le directeur départemental des territoires et de la mer sont chargés de l'exécution du présent arrêté. Il ne concerne en rien la vallée de la Lys, dans le Nord, dont l'homonymie a valu à la mairie de recevoir par erreur un dossier de navigation fluviale ; la fleur de lys qui orne le blason communal n'a pas davantage de rapport avec ce cours d'eau.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 11/06/2024" };
}
