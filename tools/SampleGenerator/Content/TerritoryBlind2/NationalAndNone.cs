using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind2 territory split (issue 13): national notes and tables that list every territory of a level (about
// France), and documents with no territorial subject.
namespace SampleGenerator.Content.TerritoryBlind2;

/// <summary>A table with one row per région (France), the first row being Auvergne-Rhône-Alpes.</summary>
public sealed class DgclRegionsFinances2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-tableau-regions-depenses-2022.html",
        "Les dépenses des régions en 2022 : tableau par région", "DGCL", "2023-09-19",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://collectivites-locales.example/statistiques/regions-depenses-2022", """
        ## Tableau

        | Région | Dépenses totales (M€) | Par habitant (€) |
        | Auvergne-Rhône-Alpes | 4 020 | 496 |
        | Bourgogne-Franche-Comté | 1 640 | 588 |
        | Bretagne | 1 710 | 507 |
        | Centre-Val de Loire | 1 330 | 519 |
        | Corse | 1 290 | 3 720 |
        | Grand Est | 3 210 | 580 |
        | Hauts-de-France | 3 520 | 589 |
        | Île-de-France | 5 380 | 436 |
        | Normandie | 1 920 | 578 |
        | Nouvelle-Aquitaine | 3 350 | 555 |
        | Occitanie | 3 660 | 612 |
        | Pays de la Loire | 1 860 | 486 |
        | Provence-Alpes-Côte d'Azur | 2 410 | 474 |
        Source : DGCL, comptes de gestion 2022 (données fictives).

        ## Note de lecture

        Les dépenses par habitant de la Corse incluent les compétences départementales de la collectivité unique. Les collectivités d'outre-mer font l'objet d'un tableau distinct. L'ensemble des régions métropolitaines a dépensé 35,3 Md€ en 2022, en hausse de 4,8 %.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Statistiques", "Finances locales"] };
}

/// <summary>A national note on SDIS with one row per zone and named examples: France. PDF.</summary>
public sealed class MinistereSdis2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("ministere-interieur-sdis-en-chiffres-2022.pdf",
        "Les services d'incendie et de secours : les statistiques de l'année 2021", "Ministère de l'Intérieur", "2022-12-20",
        DocumentTypeLabels.Publication, Themes.Securite, "https://interieur.example/publications/sdis-statistiques-2021.pdf",
        "Ministère de l'Intérieur — Statistiques des SDIS 2021", "statistiques de l'année 2021", """
        ## Vue d'ensemble

        En 2021, les services départementaux d'incendie et de secours de l'ensemble des départements ont réalisé 4,6 millions d'interventions, soit 12 600 par jour. Le secours d'urgence aux personnes en représente 82 %, les incendies 6 %. Les effectifs comptent 41 800 sapeurs-pompiers professionnels, 197 800 volontaires et 11 400 personnels administratifs et techniques.

        | Zone de défense | Interventions (milliers) | Pour 1 000 habitants |
        | Nord | 410 | 68 |
        | Ouest | 720 | 66 |
        | Est | 640 | 62 |
        | Sud-Est | 900 | 69 |
        | Sud | 560 | 74 |
        | Sud-Ouest | 480 | 72 |
        | Outre-mer | 170 | 78 |
        Source : ministère de l'Intérieur, DGSCGC (données fictives). Paris et la petite couronne, défendus par la brigade de sapeurs-pompiers de Paris, ne sont pas compris.

        ## Dépenses

        Les dépenses des SDIS atteignent 5,2 Md€, financées à 57 % par les départements et à 43 % par les communes et leurs groupements. Le coût par habitant varie de 58 € à 127 € selon les départements ; il est plus élevé dans les départements de montagne et dans les départements littoraux qui doivent dimensionner leurs moyens pour la saison estivale.
        """) with { Masthead = ["Ministère de l'Intérieur", "Direction générale de la sécurité civile et de la gestion des crises"] };
}

/// <summary>A methodological note about a level (EPCI): France.</summary>
public sealed class DgclMethodeCif2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-methode-coefficient-integration-fiscale.html",
        "Le coefficient d'intégration fiscale : définition et calcul", "DGCL", "2023-02-07",
        DocumentTypeLabels.Methodo, Themes.Dotations, "https://collectivites-locales.example/finances-locales/methode-cif", """
        ## Définition

        Le coefficient d'intégration fiscale (CIF) mesure la part de la fiscalité d'un territoire intercommunal levée par le groupement plutôt que par ses communes membres. Il sert au calcul de la dotation d'intercommunalité de tous les établissements publics de coopération intercommunale à fiscalité propre.

        ## Calcul

        Le CIF rapporte les recettes fiscales du groupement, diminuées des dépenses de transfert versées aux communes (attributions de compensation, dotation de solidarité communautaire pour moitié), à l'ensemble des recettes fiscales perçues par le groupement et ses communes. Il est calculé chaque année à partir des comptes de l'avant-dernier exercice.

        | Catégorie de groupement | CIF moyen 2023 |
        | Communautés de communes | 0,38 |
        | Communautés d'agglomération | 0,36 |
        | Communautés urbaines et métropoles | 0,45 |
        Source : DGCL (données fictives).

        Le CIF des métropoles est plafonné pour le calcul de la dotation. Les communautés de communes nouvellement créées se voient attribuer le CIF moyen de leur catégorie.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Finances locales", "Méthodes"] };
}

/// <summary>A national note on communes nouvelles; the examples are context: France.</summary>
public sealed class InseeCommunesNouvelles2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("insee-communes-nouvelles-bilan-national-2023.html",
        "Communes nouvelles : 800 créations en dix ans", "INSEE", "2023-04-25",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/communes-nouvelles-2023", """
        ## Un mouvement concentré dans l'Ouest

        Depuis la loi de 2010, modifiée en 2015, 800 communes nouvelles ont été créées en France par la fusion de 2 500 communes. Le nombre de communes est ainsi passé sous les 35 000. Le mouvement a été massif en 2016 et en 2019, années où des incitations financières s'appliquaient.

        Les fusions sont surtout nombreuses en Normandie, dans les Pays de la Loire et en Bretagne. Certaines communes nouvelles regroupent plus de vingt anciennes communes, comme dans le Maine-et-Loire ; la plupart n'en réunissent que deux ou trois.

        | Période | Communes nouvelles créées | Communes fusionnées |
        | 2012-2015 | 320 | 1 090 |
        | 2016-2019 | 420 | 1 220 |
        | 2020-2023 | 60 | 150 |
        Source : Insee, code officiel géographique (données fictives).

        Les communes déléguées conservent un maire délégué et une mairie annexe ; elles disparaissent du code officiel géographique lorsqu'elles sont supprimées par le conseil municipal.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Paru le 25/04/2023", Breadcrumb = ["Statistiques", "Territoires"] };
}

/// <summary>A Cour des comptes report on départements in general, with examples: France. PDF.</summary>
public sealed class CcomptesDepartementsSocial2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("ccomptes-departements-depenses-sociales-2023.pdf",
        "La situation financière des départements face à la hausse des dépenses sociales", "Cour des comptes", "2023-07-04",
        DocumentTypeLabels.Rapport, Themes.Social, "https://ccomptes.example/publications/departements-depenses-sociales-2023.pdf",
        "Cour des comptes — Les finances publiques locales 2023", "hausse des dépenses sociales", """
        ## Constat

        Les dépenses sociales des départements ont atteint 42 Md€ en 2022, soit 56 % de leurs dépenses de fonctionnement. Elles progressent plus vite que leurs recettes, dont une part croissante dépend des droits de mutation, par nature instables.

        | Dépense | 2019 (Md€) | 2022 (Md€) |
        | Revenu de solidarité active | 11,2 | 11,4 |
        | Allocation personnalisée d'autonomie | 6,3 | 6,9 |
        | Prestation de compensation du handicap | 2,4 | 2,8 |
        | Aide sociale à l'enfance | 8,6 | 9,8 |
        Source : DGFiP, comptes de gestion (données fictives).

        ## Disparités

        Les écarts entre départements sont considérables. Les départements ruraux et âgés, comme la Creuse ou le Cantal, supportent des dépenses d'autonomie par habitant deux fois plus élevées que la moyenne, tandis que le revenu de solidarité active pèse surtout sur les départements urbains et du pourtour méditerranéen.

        ## Recommandations

        La Cour recommande de renforcer la péréquation horizontale entre départements, d'asseoir une part plus importante des recettes départementales sur des impôts moins cycliques et de mieux évaluer l'effet des revalorisations décidées au niveau national sur les budgets départementaux.
        """) with { Masthead = ["Cour des comptes", "Rapport public thématique"] };
}

/// <summary>No territorial subject: a survey-writing guide.</summary>
public sealed class DreesGuideQuestionnaires : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("drees-guide-redaction-questionnaires.html",
        "Rédiger un questionnaire d'enquête : dix règles pratiques", "DREES", "2021-03-16",
        DocumentTypeLabels.Guide, Themes.Social, "https://drees.example/sources/guide-questionnaires", """
        ## Pourquoi un guide

        Un questionnaire mal conçu produit des réponses difficiles à interpréter, quel que soit le soin apporté à l'échantillon. Ce guide rassemble les règles que les équipes de la direction appliquent avant tout test sur le terrain.

        ## Les règles

        - Une question ne doit porter que sur un seul objet.
        - Les modalités de réponse sont exhaustives et exclusives.
        - Les questions sensibles viennent après les questions factuelles.
        - La période de référence est rappelée dans chaque question qui l'utilise.
        - Les filtres sont testés sur tous les parcours possibles.
        - La durée de passation est mesurée lors d'un test auprès de vingt personnes au moins.

        ## Tester

        Le test cognitif, où l'on demande au répondant de penser à voix haute, révèle les mots mal compris. Il complète le test quantitatif, qui mesure les taux de non-réponse par question.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Sources, outils", "Guides"] };
}

/// <summary>No territorial subject: a web site's release notes.</summary>
public sealed class OfglNouveauSite2024 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-nouvelle-version-du-site-2024.html",
        "Nouvelle version du site : ce qui change", "OFGL", "2024-01-09",
        DocumentTypeLabels.Page, Themes.Finances, "https://ofgl.example/actualites/nouvelle-version-du-site", """
        ## Ce qui change

        La nouvelle version du site met l'accent sur la recherche et le téléchargement des données. Le moteur de recherche couvre désormais les études, les jeux de données et les pages d'aide, avec des filtres par thème et par date.

        - Les jeux de données sont téléchargeables aux formats CSV et Parquet.
        - Chaque graphique est accompagné de ses données et d'une description textuelle.
        - Les pages respectent le référentiel général d'amélioration de l'accessibilité.
        - Les anciennes adresses sont redirigées vers les nouvelles pages.

        ## Vos retours

        Un formulaire permet de signaler une anomalie ou de proposer une amélioration. Les demandes reçues sont examinées chaque mois par l'équipe et les corrections sont annoncées dans cette rubrique.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Publié le 09/01/2024", Breadcrumb = ["Actualités"] };
}

/// <summary>No territorial subject: confidence intervals of sample surveys. PDF.</summary>
public sealed class InseeIntervallesConfiance : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("insee-methode-intervalles-de-confiance.pdf",
        "Lire un intervalle de confiance : note de méthode", "INSEE", "2020-09-29",
        DocumentTypeLabels.Methodo, Themes.Geo, "https://insee.example/methodes/intervalles-de-confiance.pdf",
        "Insee Méthodes — Documents de travail", "Lire un intervalle de confiance", """
        ## Pourquoi un intervalle

        Une estimation issue d'une enquête par sondage n'est pas une valeur exacte : un autre échantillon tiré selon le même plan aurait donné une valeur différente. L'intervalle de confiance indique la plage dans laquelle la vraie valeur se trouve avec une probabilité donnée, le plus souvent 95 %.

        ## Comment le lire

        Lorsque deux intervalles se recouvrent largement, il n'est pas possible de conclure que les deux valeurs diffèrent. L'inverse n'est pas vrai : deux intervalles qui se touchent peuvent correspondre à une différence significative, qu'un test approprié permet de mettre en évidence.

        | Taille de l'échantillon | Proportion estimée | Demi-largeur de l'intervalle à 95 % |
        | 400 | 50 % | 4,9 points |
        | 1 000 | 50 % | 3,1 points |
        | 4 000 | 50 % | 1,5 point |
        | 10 000 | 50 % | 1,0 point |
        Source : calculs sous hypothèse de sondage aléatoire simple.

        ## Effet du plan de sondage

        Les enquêtes réelles tirent souvent des grappes de logements ou stratifient l'échantillon. L'effet de plan, rapport entre la variance obtenue et celle d'un sondage aléatoire simple de même taille, doit alors être pris en compte : il élargit le plus souvent l'intervalle.
        """);
}

/// <summary>No territorial subject: a glossary.</summary>
public sealed class DgclGlossaire : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-glossaire-termes-statistiques.html",
        "Glossaire des termes statistiques utilisés dans nos publications", "DGCL", "2022-08-30",
        DocumentTypeLabels.Page, Themes.Finances, "https://collectivites-locales.example/statistiques/glossaire", """
        ## Termes

        - Médiane : valeur qui partage une population en deux effectifs égaux.
        - Quartile : chacune des trois valeurs qui partagent une population en quatre effectifs égaux.
        - Taux de croissance annuel moyen : taux constant qui, appliqué chaque année, mène de la valeur initiale à la valeur finale.
        - Euros constants : montants corrigés de la hausse des prix, exprimés aux prix d'une année de référence.
        - Données provisoires : données susceptibles d'être révisées lors de la publication suivante.
        - Secret statistique : règle interdisant la diffusion d'une donnée qui permettrait d'identifier une personne ou une entreprise.

        ## Conventions

        Les totaux peuvent différer de la somme des éléments en raison des arrondis. Le signe « – » signifie que la donnée est nulle ; « n.s. » qu'elle n'est pas significative ; « s » qu'elle est couverte par le secret statistique.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Statistiques", "Aide"] };
}
