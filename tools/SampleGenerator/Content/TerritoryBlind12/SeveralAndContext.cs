using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind12 territory split (issue 13): several subjects, places as context (neighbours, comparisons, addresses, publishers),
// a table with one row per commune of an EPCI, a table with one row per département of a région, the subject named only in the body.
namespace SampleGenerator.Content.TerritoryBlind12;

/// <summary>Saint-Affrique and Vabres-l'Abbaye (Aveyron, not named), joint subjects (a shared service); the CC Saint Affricain, Roquefort, Sept Vallons (membership), Roquefort-sur-Soulzon and Millau are context; the Sorgue and the Dourdou are rivers.</summary>
public sealed class SaintAffriqueVabresServiceCommun2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("saint-affrique-vabres-l-abbaye-service-commun-2024.html",
        "Saint-Affrique et Vabres-l'Abbaye créent un service technique commun", "Ville de Saint-Affrique", "2024-01-16",
        DocumentTypeLabels.Page, Themes.Emploi, "https://saint-affrique.example/actualites/service-technique-commun", """
        ## Deux communes, une équipe

        Les conseils municipaux de Saint-Affrique et de Vabres-l'Abbaye ont approuvé la création d'un service technique commun au 1er mars. Les deux communes, séparées par moins de cinq kilomètres le long du Dourdou, mettront en commun leurs agents, leurs engins et leurs ateliers pour l'entretien de la voirie, des espaces verts et des bâtiments.

        ## Les modalités

        Le service réunira vingt-six agents : vingt-deux de Saint-Affrique, qui en sera la commune gestionnaire, et quatre de Vabres-l'Abbaye. Une convention fixe la répartition des coûts au prorata des heures de travail effectuées dans chaque commune. Un comité de suivi, composé de trois élus de chaque conseil, se réunira chaque trimestre.

        ## Pourquoi ce choix

        Les deux maires expliquent vouloir mieux faire face aux départs à la retraite et aux astreintes hivernales. La communauté de communes Saint Affricain, Roquefort, Sept Vallons a été consultée, mais les compétences en cause restent communales. Les communes voisines de Roquefort-sur-Soulzon et de Millau suivront l'expérience avec intérêt. Les berges de la Sorgue, à l'entrée de Saint-Affrique, feront l'objet d'un premier chantier commun au printemps.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Vie municipale", "Services"] };
}

/// <summary>Argentat-sur-Dordogne (Corrèze, not named) and the CC Xaintrie Val'Dordogne, joint subjects (the two signatories of a Petites villes de demain agreement); the Dordogne is the river (also a département, not a subject); Tulle, Brive-la-Gaillarde and Aurillac are context; the Xaintrie is a landscape.</summary>
public sealed class ArgentatXaintriePetitesVilles2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("anct-argentat-sur-dordogne-xaintrie-convention-2023.pdf",
        "Petites villes de demain : convention d'opération de revitalisation d'Argentat-sur-Dordogne", "ANCT", "2023-05-09",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://anct.example/pvd/argentat-sur-dordogne-ort.pdf",
        "PVD - Argentat-sur-Dordogne et Xaintrie Val'Dordogne", "quais de la Dordogne", """
        ## Les signataires

        La présente convention est conclue entre l'État, la commune d'Argentat-sur-Dordogne et la communauté de communes Xaintrie Val'Dordogne, qui portent ensemble le programme Petites villes de demain. La commune, 2 900 habitants, est la ville-centre d'une intercommunalité rurale de 11 000 habitants, à une heure de Tulle, de Brive-la-Gaillarde et d'Aurillac.

        ## Le projet de revitalisation

        Le projet comprend cinq axes : la réhabilitation des logements anciens du centre, le soutien aux commerces de la place du marché, l'aménagement des quais de la Dordogne, la création d'une maison de santé et le développement des mobilités douces vers les bourgs de la Xaintrie. La communauté de communes prend en charge l'opération programmée d'amélioration de l'habitat et le volet économique ; la commune assure les aménagements d'espaces publics.

        ## Les moyens

        Un chef de projet, recruté par l'intercommunalité et financé à 75 % par l'État, coordonne les actions. Le montant total des opérations inscrites s'élève à 14 millions d'euros sur six ans. Un comité de projet se réunit deux fois par an à la mairie d'Argentat-sur-Dordogne, en présence du sous-préfet.
        """) with { Hyphenate = true };
}

/// <summary>Pithiviers (Loiret, named once as context) named only in the body (title and PDF Info title have no place); the CC du Pithiverais (membership) and Orléans (the chamber's seat) are context; Centre-Val de Loire is in the publisher's name; the Beauce and the Gâtinais are landscapes.</summary>
public sealed class CrcCvlRod20240112 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("crc-centre-val-de-loire-rod-2024-0112.pdf",
        "Rapport d'observations définitives n° 2024-0112", "Chambre régionale des comptes Centre-Val de Loire", "2024-04-23",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-cvl.example/rapports/rod-2024-0112.pdf",
        "CRC Centre-Val de Loire - ROD 2024-0112", "piscine intercommunale", """
        ## Procédure

        La chambre a inscrit à son programme le contrôle des comptes et de la gestion de la commune de Pithiviers à compter de l'exercice 2019. L'ordonnateur en fonctions a été informé de l'ouverture du contrôle par lettre du 6 février 2023. Le rapport d'observations provisoires lui a été adressé, ainsi qu'au précédent ordonnateur, et leurs réponses ont été prises en compte.

        ## Synthèse

        Ville-centre du nord du Loiret, entre Beauce et Gâtinais, la commune compte 8 900 habitants. Elle exerce des charges de centralité importantes : le théâtre, le conservatoire et les équipements sportifs bénéficient largement aux habitants des communes voisines de la communauté de communes du Pithiverais, sans contribution de leur part. La piscine intercommunale, transférée en 2020, fait exception.

        ## Recommandations

        La chambre recommande à la commune de fiabiliser ses restes à réaliser, de formaliser une programmation pluriannuelle des investissements et d'ouvrir avec l'intercommunalité une discussion sur le financement des équipements de centralité. Elle note la qualité du suivi de la dette, contractée en totalité à taux fixe. Le siège de la chambre est à Orléans ; les réponses des ordonnateurs sont jointes au rapport.
        """) with { InfoTitle = "ROD 2024-0112" };
}

/// <summary>Ambert (Puy-de-Dôme, not named; code 63003); Thiers and Issoire are comparisons; Clermont-Ferrand is a distance reference and the contact address; the CC Ambert Livradois Forez (membership) is context; the Livradois and the Forez are landscapes; Auvergne-Rhône-Alpes is in the lead and the contact.</summary>
public sealed class InseeAmbertCommerce2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("insee-ambert-commerces-2024.html",
        "Ambert : un centre-ville commerçant qui résiste", "INSEE", "2024-03-19",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://insee.example/statistiques/ambert-commerces-2024", """
        ## Un pôle isolé

        Ambert, 6 500 habitants, est la seule ville de plus de 5 000 habitants entre les monts du Livradois et ceux du Forez. Située à une heure et quart de route de Clermont-Ferrand, elle attire pour ses commerces les habitants d'une zone de 27 000 personnes, bien au-delà de la communauté de communes Ambert Livradois Forez.

        ## Des commerces nombreux

        La ville compte 190 commerces et services de proximité, soit 29 pour 1 000 habitants, davantage qu'à Thiers (21) ou à Issoire (24), deux villes plus peuplées du même département. Le taux de vacance commerciale du centre, 9 %, est inférieur à celui de ces deux villes. L'isolement d'Ambert la protège en partie de la concurrence des grandes surfaces périphériques des agglomérations.

        ## Des fragilités

        La population vieillit et la clientèle diminue. Un tiers des commerçants ont plus de 55 ans, et la reprise de leurs activités n'est pas assurée. Les loyers commerciaux restent modérés, ce qui constitue un atout pour de nouveaux porteurs de projets.

        Contact presse : Insee Auvergne-Rhône-Alpes, service études, boulevard Lafayette, Clermont-Ferrand.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Analyses Auvergne-Rhône-Alpes" };
}

/// <summary>Nérac (Lot-et-Garonne, not named); Lavardac, Barbaste, Montesquieu and Andiran (neighbours) and Agen are context; the CC Albret Communauté (membership) is context; the Baïse is the river; Albret appears only in the EPCI's name; the rois de Navarre are history (context).</summary>
public sealed class NeracPluiBilan2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("nerac-projet-amenagement-quartier-gare-2023.html",
        "Ville de Nérac : projet d'aménagement du quartier de la gare", "Ville de Nérac", "2023-09-12",
        DocumentTypeLabels.Etude, Themes.Geo, "https://nerac.example/urbanisme/quartier-gare", """
        ## Le site

        Le quartier de la gare de Nérac s'étend sur quatre hectares, entre la Baïse et la route d'Agen. Depuis la fermeture de la ligne aux voyageurs, les bâtiments ferroviaires, dont l'ancienne halle aux marchandises, sont inoccupés. La commune, qui a acquis le site en 2021, souhaite en faire un quartier mixte, proche du centre historique et du château des rois de Navarre.

        ## Le programme

        Le projet comprend soixante logements, dont un tiers de logements sociaux, une maison des associations installée dans la halle et un parc public en bord de rivière. La voie verte qui emprunte l'ancienne voie ferrée sera prolongée jusqu'au quartier. Le stationnement sera regroupé à l'entrée du site.

        ## Les communes voisines

        Les communes voisines de Lavardac, de Barbaste, de Montesquieu et d'Andiran ont été consultées, car le projet modifiera la circulation sur la route départementale. La communauté de communes Albret Communauté, compétente pour le développement économique, étudie l'installation d'un espace de travail partagé dans l'ancien bâtiment des voyageurs.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 12/09/2023" };
}

/// <summary>Distribution of the FPIC among the communes of the CA Val de Garonne Agglomération, one row per commune: the EPCI only, not its rows (Marmande, Tonneins, Fauillet, Samazan, Virazeil are rows); the Garonne is the river.</summary>
public sealed class ValDeGaronneFpicRepartition2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("val-de-garonne-agglomeration-repartition-fpic-2023.html",
        "Val de Garonne Agglomération : répartition du FPIC 2023", "Val de Garonne Agglomération", "2023-07-11",
        DocumentTypeLabels.Dataset, Themes.Dotations, "https://vg-agglo.example/finances/fpic-2023", """
        ## La délibération

        Le fonds national de péréquation des ressources intercommunales et communales (FPIC) attribue en 2023 à l'ensemble intercommunal de Val de Garonne Agglomération un reversement de 2,14 millions d'euros. Le conseil communautaire a choisi, à l'unanimité, une répartition dérogatoire : la communauté d'agglomération conserve 50 % du montant, le reste est partagé entre les communes selon leur population et leur potentiel financier.

        ## Le tableau

        | Commune | Population DGF | Part communale (€) |
        | Marmande | 18 110 | 312 400 |
        | Tonneins | 9 620 | 201 900 |
        | Fauillet | 860 | 21 300 |
        | Samazan | 840 | 19 700 |
        | Virazeil | 1 880 | 32 600 |
        | … | … | … |
        | Total des 43 communes | 63 100 | 1 070 000 |

        ## Lecture

        La part conservée par l'agglomération financera les compétences transférées, notamment la voirie d'intérêt communautaire et l'entretien des digues de la Garonne. Les communes pourront consulter le détail du calcul auprès du service des finances de l'agglomération.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Finances", "Péréquation"] };
}

/// <summary>Table with one row per département of Bourgogne-Franche-Comté (its eight départements are rows, not subjects) -> region:27 (a code of earlier splits); Dijon, Besançon and the Île-de-France are context; France is a comparison row.</summary>
public sealed class InseeBfcDepartementsPopulation2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("insee-bourgogne-franche-comte-population-departements-2023.pdf",
        "Bourgogne-Franche-Comté : la population des départements au 1er janvier 2021", "INSEE", "2023-12-28",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/bfc-populations-2021.pdf",
        "Insee Flash Bourgogne-Franche-Comté", "solde migratoire", """
        ## La région perd des habitants

        Au 1er janvier 2021, la Bourgogne-Franche-Comté compte 2 800 000 habitants. Entre 2015 et 2021, sa population a diminué de 0,1 % par an, alors que celle de la France progressait de 0,3 %. La région est l'une des deux régions métropolitaines dont la population baisse : le déficit des naissances sur les décès n'y est plus compensé par le solde migratoire.

        | Département | Population 2021 | Variation annuelle 2015-2021 |
        | Côte-d'Or | 535 000 | + 0,2 % |
        | Doubs | 545 000 | + 0,3 % |
        | Jura | 259 000 | - 0,1 % |
        | Nièvre | 202 000 | - 0,8 % |
        | Haute-Saône | 234 000 | - 0,3 % |
        | Saône-et-Loire | 551 000 | - 0,2 % |
        | Yonne | 336 000 | - 0,4 % |
        | Territoire de Belfort | 139 000 | - 0,1 % |
        | France | 67 400 000 | + 0,3 % |

        ## Les pôles

        Seuls la Côte-d'Or et le Doubs gagnent des habitants, grâce aux agglomérations de Dijon et de Besançon. La Nièvre connaît la baisse la plus forte de la région, devant l'Yonne, où seul le nord du département, tourné vers l'Île-de-France, attire de nouveaux habitants.
        """) with { InfoTitle = "Flash BFC populations" };
}

/// <summary>Luzech (Lot, code 46182), in a publication of the Préfecture du Lot (the département is only the publisher and a river name); Cahors and Puy-l'Évêque are context; the CC de la Vallée du Lot et du Vignoble (membership) is context; the Lot is the river.</summary>
public sealed class PrefectureLotLuzechDigue2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-46-luzech-barrage-2024.html",
        "Luzech : enquête publique sur la rénovation du barrage", "Préfecture du Lot", "2024-04-23",
        DocumentTypeLabels.Page, Themes.Durable, "https://lot.gouv.example/actualites/luzech-barrage-enquete", """
        ## L'objet de l'enquête

        Une enquête publique est ouverte du 13 mai au 14 juin sur le projet de rénovation du barrage de Luzech. L'ouvrage, construit dans les années 1950, retient le Lot dans le méandre qui enserre presque entièrement le bourg ancien. Il permet la navigation de plaisance et alimente une petite centrale hydroélectrique.

        ## Les travaux

        Le projet prévoit le remplacement des vannes, la construction d'une passe à poissons pour les anguilles et les aloses et la consolidation des piles. Le coût est estimé à 8 millions d'euros. Pendant les travaux, qui dureront deux ans, le niveau du plan d'eau sera abaissé et les bateaux de location ne pourront pas franchir l'écluse.

        ## Participer

        Le dossier est consultable à la mairie de Luzech et sur le site des services de l'État. Le commissaire enquêteur tiendra des permanences en mairie et au siège de la communauté de communes de la Vallée du Lot et du Vignoble. Les habitants de Cahors et de Puy-l'Évêque, intéressés par la navigation sur la rivière, peuvent également déposer leurs observations.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Publications", "Enquêtes publiques"] };
}
