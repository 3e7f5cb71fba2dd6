using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind9 territory split (issue 13): départements by name, number, inhabitants' adjective or conseil départemental.
namespace SampleGenerator.Content.TerritoryBlind9;

/// <summary>The Lot (département), also "lot" (batch, lot) and the river; Cahors and Figeac are context; the Lot-et-Garonne is a neighbour.</summary>
public sealed class DepartementLotRoutes2024 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("departement-lot-programme-routes-2024.html",
        "Routes départementales : le programme 2024", "Département du Lot", "2024-03-12",
        DocumentTypeLabels.Page, Themes.Geo, "https://lot.example/routes-programme-2024", """
        ## 4 100 kilomètres de routes

        Le Département du Lot entretient 4 100 kilomètres de routes, l'un des réseaux les plus longs rapportés à la population. Le programme 2024 consacre 38 millions d'euros à l'entretien et à la modernisation, dont 9 millions pour les ouvrages d'art qui franchissent le Lot et la Dordogne.

        ## Les chantiers de l'année

        - la déviation de Figeac, dont le premier lot de travaux sera attribué en juin ;
        - le renforcement des chaussées sur l'axe Cahors-Gourdon ;
        - la sécurisation de seize carrefours signalés par les communes.

        ## La méthode

        Les priorités ont été fixées à partir d'un diagnostic de l'état des chaussées réalisé par drone. Les routes qui relient le département au Lot-et-Garonne voisin font l'objet d'une programmation concertée.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actualités", "Routes"] };
}

/// <summary>The Loir-et-Cher, named by its number ("le 41", "département 41") and once by name; Blois is context.</summary>
public sealed class DreesFicheDepartement41Pch2022 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("drees-fiche-departementale-41-pch-2022.pdf",
        "Prestation de compensation du handicap : fiche départementale 41", "DREES", "2023-09-05",
        DocumentTypeLabels.Dataset, Themes.Social, "https://drees.example/fiches/pch-2022-41.pdf",
        "DREES - fiches départementales PCH 2022", "prestation de compensation", """
        ## Département 41

        Fin 2022, 1 940 personnes perçoivent la prestation de compensation du handicap dans le département 41, le Loir-et-Cher, soit 5,9 bénéficiaires pour 1 000 habitants, contre 5,4 en France. Le nombre de bénéficiaires a progressé de 4 % en un an.

        ## Dépenses

        La dépense brute atteint 19,3 millions d'euros, soit 58 euros par habitant. L'aide humaine en représente 81 %. La part des bénéficiaires de moins de 20 ans, 11 %, est proche de la moyenne nationale.

        | Indicateur | Département 41 | France |
        | Bénéficiaires pour 1 000 habitants | 5,9 | 5,4 |
        | Dépense par habitant (euros) | 58 | 52 |
        | Délai moyen de décision (mois) | 4,1 | 4,6 |
        Source : enquête aide sociale (données fictives).

        ## Commentaire

        Le délai de décision de la maison départementale des personnes handicapées, installée à Blois, est plus court que la moyenne : la commission siège deux fois par mois depuis 2021. Les demandes de renouvellement représentent désormais plus de la moitié des dossiers traités. Les données de 2023 seront publiées à l'automne.
        """) with { InfoTitle = "" };
}

/// <summary>The Ardèche named only by the adjective ("ardéchois", "Ardéchois"); Privas and Aubenas are context; the Rhône is the river.</summary>
public sealed class InseeArdechoisNavettes2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("insee-flash-ardechois-navettes-2023.html",
        "Un actif ardéchois sur trois travaille hors de son département", "INSEE", "2023-05-09",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/flash-navettes-ardechoises", """
        ## Des déplacements de plus en plus longs

        En 2020, 34 % des actifs ardéchois occupés travaillent hors du département, contre 27 % en 2009. Ils se rendent surtout dans la Drôme, de l'autre côté du Rhône, à Valence ou à Montélimar, et dans la Loire pour le nord du territoire. La distance médiane des trajets domicile-travail atteint 16 kilomètres.

        ## Un territoire contrasté

        Les Ardéchois du sud, autour d'Aubenas, travaillent majoritairement sur place ; ceux de la vallée du Rhône traversent chaque jour le fleuve. Le plateau et les Boutières, peu peuplés, dépendent de petits pôles comme Privas ou Lamastre.

        ## Des conséquences pour les services

        La voiture reste utilisée par 84 % des navetteurs. Les aires de covoiturage se multiplient aux abords des ponts.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Flash Auvergne-Rhône-Alpes" };
}

/// <summary>The Orne by its conseil départemental (social action plan); Alençon (hôtel du Département), Flers and Argentan are context.</summary>
public sealed class ConseilDepartementalOrneSocial2024 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("conseil-departemental-orne-schema-autonomie-2024.html",
        "Schéma de l'autonomie 2024-2028 : le conseil départemental de l'Orne adopte ses orientations", "Conseil départemental de l'Orne", "2024-01-26",
        DocumentTypeLabels.Page, Themes.Social, "https://orne.example/schema-autonomie-2024", """
        ## Vieillir chez soi

        Le conseil départemental de l'Orne a adopté, en séance plénière à Alençon, son schéma de l'autonomie pour cinq ans. Un habitant sur trois aura plus de 60 ans en 2030. Le schéma privilégie le maintien à domicile et la prévention de la perte d'autonomie.

        ## Les mesures

        - une hausse de 8 % du tarif horaire versé aux services d'aide à domicile ;
        - deux plateformes de répit pour les aidants, à Flers et à Argentan ;
        - la création de 120 places d'habitat inclusif d'ici 2028.

        ## Le financement

        Le Département y consacrera 520 millions d'euros sur la durée du schéma, soit le premier poste de son budget social. Un bilan annuel sera présenté aux conseillers départementaux et aux représentants des usagers.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "26 janvier 2024" };
}

/// <summary>The Ain (département), also the river; Bourg-en-Bresse is context; the Pays de Gex and the Bugey are parts; Genève and Lyon are context.</summary>
public sealed class InseeAinPopulation2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("insee-analyses-ain-croissance-demographique-2023.pdf",
        "L'Ain, un département qui grandit aux portes de Genève et de Lyon", "INSEE", "2023-12-19",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/publications/ain-demographie-2023.pdf",
        "Insee Analyses Auvergne-Rhône-Alpes n° 171", "Deux moteurs", """
        ## Une croissance soutenue

        L'Ain compte 665 000 habitants en 2021. Sa population a progressé de 0,9 % par an depuis 2015, le double du rythme national. L'excédent des naissances sur les décès et surtout l'arrivée de nouveaux habitants expliquent cette croissance, l'une des plus fortes des départements de province.

        ## Deux moteurs extérieurs

        Le Pays de Gex et le Genevois, attirés par l'emploi suisse, concentrent près de la moitié de la hausse. Au sud-ouest, la côtière et la plaine de l'Ain accueillent des ménages qui travaillent dans l'agglomération lyonnaise. Bourg-en-Bresse, la préfecture, progresse plus lentement.

        ## Des territoires en retrait

        Le Bugey et le nord de la Bresse gagnent peu d'habitants ; certaines communes de montagne en perdent. La rivière d'Ain, qui traverse le département du nord au sud, sépare ainsi des territoires aux dynamiques opposées.

        ## Les besoins

        Cette croissance crée des besoins en logements, en écoles et en transports. Le département devrait atteindre 720 000 habitants en 2035 si les tendances se prolongent.
        """) with { Hyphenate = true };
}

/// <summary>The Cantal ("cantalien", "Cantaliens"); Aurillac and Saint-Flour are context.</summary>
public sealed class DepartementCantalAttractivite2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("cantal-plan-attractivite-2023.html",
        "Plan d'attractivité : le Cantal veut accueillir 5 000 nouveaux habitants", "Département du Cantal", "2023-06-20",
        DocumentTypeLabels.Page, Themes.Geo, "https://cantal.example/attractivite-2023", """
        ## Un objectif chiffré

        Le Département du Cantal lance un plan d'attractivité pour la période 2023-2027. Il vise l'installation de 5 000 nouveaux habitants, afin d'enrayer la baisse de la population cantalienne, passée sous les 145 000 habitants.

        ## Les mesures

        - une prime à l'installation pour les médecins et les infirmiers ;
        - un service d'accueil qui accompagne les nouveaux arrivants dans leur recherche d'emploi et de logement ;
        - une campagne nationale de promotion du territoire.

        ## Les premiers résultats

        Depuis 2020, le solde migratoire est redevenu positif. Les nouveaux Cantaliens s'installent autant dans les bourgs ruraux qu'à Aurillac ou à Saint-Flour. Le Département finance le plan à hauteur de 4 millions d'euros par an.
        """) with { Meta = HtmlMeta.DublinCore, Lead = "Le Département présente son plan d'attractivité." };
}

/// <summary>Guyane as a département (a departmental DREES fiche) -> departement:973; Cayenne, Saint-Laurent-du-Maroni and the Collectivité territoriale are context.</summary>
public sealed class DreesFicheGuyaneRsa2022 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("drees-fiche-departementale-guyane-rsa-2022.pdf",
        "Revenu de solidarité active : fiche départementale de la Guyane", "DREES", "2023-10-03",
        DocumentTypeLabels.Dataset, Themes.Social, "https://drees.example/fiches/rsa-2022-973.pdf",
        "DREES - fiches départementales RSA 2022", "revenu de solidarité active", """
        ## Le département 973

        La Guyane compte 24 600 foyers allocataires du revenu de solidarité active fin 2022, soit 16 foyers pour 100 ménages. Depuis 2019, le financement de l'allocation a été recentralisé : l'État en assure le versement, tandis que la collectivité territoriale conserve l'accompagnement des bénéficiaires.

        ## Caractéristiques des allocataires

        Les allocataires sont jeunes : 38 % ont moins de 30 ans. Les familles monoparentales représentent près d'un foyer sur deux. La part des allocataires présents depuis plus de cinq ans est plus faible qu'en métropole, en raison de la croissance démographique.

        | Indicateur | Guyane | France |
        | Foyers allocataires pour 100 ménages | 16,1 | 6,3 |
        | Part des moins de 30 ans (%) | 38 | 17 |
        | Part des bénéficiaires orientés (%) | 71 | 83 |
        Source : Cnaf, calculs DREES (données fictives).

        ## L'accompagnement

        Les bénéficiaires résident surtout à Cayenne et dans son agglomération, et à Saint-Laurent-du-Maroni, où l'accès aux services d'insertion reste difficile. Les communes de l'intérieur, accessibles par le fleuve ou par avion, ne disposent d'aucun point d'accueil permanent : les agents s'y rendent lors de tournées mensuelles.
        """);
}

/// <summary>The Haute-Loire named only by the adjective ("altiligériens", "département altiligérien"); Le Puy-en-Velay, Yssingeaux and Brioude are context; the Loire is the river.</summary>
public sealed class ObservatoireAltiligeriens2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("observatoire-departemental-altiligeriens-sante-2023.html",
        "Santé des Altiligériens : le tableau de bord 2023", "Observatoire régional de la santé", "2023-09-19",
        DocumentTypeLabels.Etude, Themes.Social, "https://ors-observatoire.example/tableaux/altiligeriens-2023", """
        ## Une espérance de vie proche de la moyenne

        Les Altiligériens vivent en moyenne aussi longtemps que l'ensemble des Français : 79,6 ans pour les hommes et 85,4 ans pour les femmes. La mortalité prématurée est légèrement inférieure à la moyenne nationale, mais les suicides et les accidents de la route restent plus fréquents.

        ## Une offre de soins fragile

        Le département altiligérien compte 78 médecins généralistes pour 100 000 habitants, contre 84 en France. Un tiers d'entre eux a plus de 60 ans. Les maisons de santé se sont développées autour d'Yssingeaux et de Brioude ; l'hôpital du Puy-en-Velay concentre les spécialistes.

        ## Les priorités

        L'observatoire recommande de cibler la prévention des conduites à risque chez les jeunes et le repérage de la perte d'autonomie dans les communes les plus isolées.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Tableaux de bord", "Départements"] };
}
