using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind7 territory split (issue 13): départements by name, number, inhabitants' adjective or conseil départemental.
namespace SampleGenerator.Content.TerritoryBlind7;

/// <summary>The Corrèze named by its inhabitants' adjective ("corréziens"); Brive and Tulle are context.</summary>
public sealed class InseeCorrezeNavettes2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("insee-flash-navettes-correziens-2023.pdf",
        "Les actifs corréziens travaillent de plus en plus loin de chez eux", "Insee Nouvelle-Aquitaine", "2023-02-14",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/na/flash/navettes-correze-2023.pdf",
        "Insee Flash Nouvelle-Aquitaine", "distance médiane", """
        ## Des trajets plus longs

        En 2019, les actifs corréziens parcourent en moyenne 19 kilomètres pour rejoindre leur lieu de travail, contre 16 kilomètres dix ans plus tôt. La distance médiane, moins sensible aux longs trajets, passe de 9 à 11 kilomètres.

        ## Deux pôles d'emploi

        Brive-la-Gaillarde et Tulle concentrent 46 % des emplois du département. Les actifs des communes rurales du plateau de Millevaches sont les plus éloignés de leur emploi.

        | Indicateur | 2009 | 2019 |
        | Actifs travaillant hors de leur commune | 63 % | 69 % |
        | Distance moyenne (km) | 16 | 19 |
        | Part de la voiture | 81 % | 83 % |
        Source : recensements de la population (données fictives).

        ## Vers les départements voisins

        Un actif sur douze travaille hors du département, principalement dans le Lot et en Haute-Vienne. Le télétravail, encore marginal en 2019, concernerait aujourd'hui un cadre sur trois.

        ## Méthode

        Les distances sont calculées par la route, entre la commune de résidence et la commune de travail. Les actifs travaillant dans leur commune de résidence sont comptés pour une distance nulle.
        """);
}

/// <summary>The Seine-Saint-Denis named mostly by its number ("le 93"); Bobigny is the seat of the conseil départemental.</summary>
public sealed class ObservatoireSeineSaintDenis2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("observatoire-93-tableau-de-bord-social-2023.html",
        "Le 93 en chiffres : tableau de bord social 2023", "Observatoire départemental de la Seine-Saint-Denis", "2023-10-02",
        DocumentTypeLabels.Dataset, Themes.Social, "https://observatoire93.example/tableau-de-bord-2023", """
        ## Le département le plus jeune de métropole

        Avec 1,66 million d'habitants dont 30 % de moins de 20 ans, le 93 reste le département métropolitain le plus jeune. C'est aussi celui où la pauvreté est la plus forte.

        | Indicateur | Seine-Saint-Denis | France métropolitaine |
        | Moins de 20 ans | 30 % | 23 % |
        | Taux de pauvreté | 28 % | 14 % |
        | Bénéficiaires du RSA (pour 100 ménages) | 11 | 4 |
        | Taux de chômage | 11 % | 7 % |
        Source : recensement, CAF, Insee (données fictives).

        ## Lecture

        Les écarts avec la moyenne se réduisent légèrement depuis 2015 pour le chômage, pas pour la pauvreté. L'observatoire, rattaché au conseil départemental à Bobigny, publie chaque trimestre une mise à jour par commune.

        Les données sont téléchargeables librement au format tableur.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Observatoire", "Tableaux de bord"] };
}

/// <summary>The Val-de-Marne in a press release of its conseil départemental; Créteil is its seat.</summary>
public sealed class Cd94Communique2024 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("cd94-communique-budget-2024.html",
        "Budget 2024 : le Département maintient ses investissements", "Conseil départemental du Val-de-Marne", "2024-02-09",
        DocumentTypeLabels.Page, Themes.Finances, "https://valdemarne.example/presse/budget-2024", """
        ## Communiqué de presse

        Réunie à l'hôtel du Département à Créteil, l'assemblée départementale a voté un budget de 1,86 milliard d'euros pour 2024. Malgré la chute des droits de mutation, en recul de 24 % en un an, le Val-de-Marne maintient 390 millions d'euros d'investissements.

        ## Les grandes masses

        | Politique | Millions d'euros |
        | Solidarités (RSA, autonomie, enfance) | 942 |
        | Collèges | 178 |
        | Routes et mobilités | 121 |
        | Crèches départementales | 118 |
        Source : budget primitif 2024 (données fictives).

        ## Les choix

        Le Département conserve ses 76 crèches en gestion directe, une singularité en France, et poursuit le plan de rénovation de douze collèges. L'épargne brute baisse de 30 % ; l'emprunt augmentera de 60 millions d'euros.

        Le Département rappelle qu'il emploie 8 000 agents au service des habitants.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Presse", "Communiqués"] };
}

/// <summary>The département of the Hautes-Pyrénées by its name (its accounts); Tarbes is its seat.</summary>
public sealed class DgfipHautesPyrenees2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("dgfip-comptes-departement-hautes-pyrenees-2022.pdf",
        "Les comptes du département des Hautes-Pyrénées en 2022", "DGFiP", "2023-07-19",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/departements/65-2022.pdf",
        "Comptes individuels des départements - 65", "droits de mutation", """
        ## Fiche d'identité

        Département : Hautes-Pyrénées (65). Population légale : 230 000 habitants. Chef-lieu : Tarbes. Exercice : 2022, budget principal.

        ## Opérations de fonctionnement

        | Poste | Euros par habitant | Moyenne de la strate |
        | Produits de fonctionnement | 1 296 | 1 218 |
        | Dont droits de mutation | 142 | 161 |
        | Charges de fonctionnement | 1 104 | 1 045 |
        | Dont aide sociale | 612 | 574 |
        | Excédent brut de fonctionnement | 215 | 198 |
        Source : comptes de gestion 2022 (données fictives).

        ## Opérations d'investissement

        Les dépenses d'équipement atteignent 218 euros par habitant, dont une part importante pour les routes de montagne et les cols. L'encours de la dette représente 580 euros par habitant, un niveau proche de la moyenne des départements de la strate.

        ## Lecture

        Les produits de fonctionnement progressent de 4 % en un an, moins vite que les dépenses d'aide sociale, en hausse de 6 %. L'excédent brut recule donc légèrement. La capacité de désendettement reste inférieure à cinq ans, ce qui laisse au département une marge pour financer ses investissements routiers.
        """);
}

/// <summary>The Essonne on an OFGL data page (the département's accounts); Évry-Courcouronnes is its seat.</summary>
public sealed class OfglEssonne2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-departement-essonne-2022.html",
        "Essonne : les finances du département en 2022", "OFGL", "2023-12-05",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/fiches/departements/91-2022", """
        ## Vue d'ensemble

        Le département de l'Essonne (1,3 million d'habitants) a enregistré en 2022 des recettes de fonctionnement de 1,52 milliard d'euros. Son épargne brute, 231 millions d'euros, finance la moitié de ses investissements.

        | Agrégat (euros par habitant) | Essonne | Départements de plus d'un million d'habitants |
        | Recettes de fonctionnement | 1 167 | 1 124 |
        | Dépenses sociales | 561 | 598 |
        | Épargne brute | 178 | 164 |
        | Dépenses d'investissement | 312 | 276 |
        | Encours de dette | 702 | 514 |
        Source : comptes de gestion (données fictives).

        ## Points d'attention

        Les dépenses d'investissement restent élevées, portées par les collèges et le plateau de Saclay. L'encours de dette est supérieur à celui des départements comparables.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>The Yvelines named only by the inhabitants' adjective ("yvelinois") and "le Département"; Versailles is context.</summary>
public sealed class YvelinesColleges2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("colleges-yvelinois-plan-renovation-2023.html",
        "Collèges yvelinois : un plan de rénovation de 400 millions d'euros", "Département des Yvelines", "2023-04-25",
        DocumentTypeLabels.Page, Themes.Culture, "https://yvelines.example/actualites/plan-colleges-2023", """
        ## Un effort sans précédent

        Le Département a adopté un plan de rénovation de ses 116 collèges publics sur dix ans. Les 400 millions d'euros engagés permettront de reconstruire huit établissements et de rénover thermiquement tous les autres.

        ## Les priorités

        - les collèges construits avant 1980, qui consomment deux fois plus d'énergie que la moyenne ;
        - les établissements des quartiers prioritaires de Mantes-la-Jolie, Trappes et Chanteloup-les-Vignes ;
        - la restauration scolaire, avec 50 % de produits locaux en 2027.

        ## Les collégiens yvelinois

        Les collèges publics accueillent 68 000 élèves. Leur nombre devrait baisser de 4 % d'ici 2030, ce qui permettra de fermer deux sites vétustes à Versailles sans construire de nouveaux établissements.

        Les travaux auront lieu pendant les vacances scolaires pour limiter la gêne des élèves.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false };
}

/// <summary>The conseil départemental de Maine-et-Loire (its accounts and policies); Angers is its seat.</summary>
public sealed class Cd49Rapport2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("cd49-rapport-developpement-durable-2022.pdf",
        "Rapport sur la situation en matière de développement durable 2022", "Conseil départemental de Maine-et-Loire", "2022-11-21",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://maine-et-loire.example/rapport-developpement-durable-2022.pdf",
        "Département de Maine-et-Loire - Rapport développement durable", "restauration collective", """
        ## Le cadre

        Le conseil départemental présente chaque année, avant le débat d'orientation budgétaire, un rapport sur sa situation en matière de développement durable. L'édition 2022 porte sur le patrimoine, les routes et la restauration collective des collèges.

        ## Patrimoine

        La consommation d'énergie des bâtiments départementaux a baissé de 14 % depuis 2019. Le remplacement des chaudières au fioul des collèges de Beaupréau-en-Mauges et de Segré-en-Anjou Bleu est achevé.

        ## Routes

        | Indicateur | 2022 |
        | Routes départementales (km) | 4 900 |
        | Part de l'éclairage public coupé la nuit | 72 % |
        | Enrobés recyclés utilisés | 38 % |
        Source : Département (données fictives).

        ## Restauration collective

        Les 51 collèges publics servent 5,2 millions de repas par an. La part de produits durables atteint 46 %, dont 22 % biologiques, grâce aux producteurs angevins.

        ## Mobilités

        Le Département a aménagé 38 kilomètres de voies cyclables le long des routes départementales en 2022 et soutient le covoiturage solidaire avec les associations d'insertion. Le forfait mobilités durables est utilisé par 410 agents départementaux.
        """);
}

/// <summary>The Vaucluse by its name and adjective ("vauclusiens") in a regional observatory's note; Avignon is context.</summary>
public sealed class ObservatoireVaucluseLogement2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("observatoire-habitat-vaucluse-2023.html",
        "Logement : les ménages vauclusiens face à la hausse des loyers", "Observatoire régional de l'habitat Provence-Alpes-Côte d'Azur", "2023-06-06",
        DocumentTypeLabels.Etude, Themes.Social, "https://observatoire-habitat-paca.example/vaucluse-loyers-2023", """
        ## Des loyers en hausse

        Dans le parc privé du Vaucluse, le loyer médian atteint 11,2 euros par mètre carré en 2022, en hausse de 9 % en trois ans. La progression est la plus forte dans les communes proches d'Avignon et dans le Luberon, où les meublés touristiques réduisent l'offre de logements à l'année.

        ## Le parc social sous tension

        | Indicateur | 2019 | 2022 |
        | Demandes de logement social en attente | 24 800 | 29 300 |
        | Attributions | 3 900 | 3 500 |
        | Délai moyen d'attente (mois) | 19 | 25 |
        Source : système national d'enregistrement (données fictives).

        ## Des ménages modestes

        Près de 70 % des ménages vauclusiens sont éligibles au logement social. L'observatoire recommande de renforcer la production dans les communes déficitaires au titre de la loi SRU.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>The Alpes-Maritimes named by its number ("le 06") and the adjective "maralpins"; Nice is context.</summary>
public sealed class AlpesMaritimesTourisme2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("cci-tourisme-06-bilan-2023.html",
        "Tourisme dans le 06 : une saison 2023 portée par la clientèle étrangère", "Chambre de commerce et d'industrie Nice Côte d'Azur", "2023-10-26",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://cci-nca.example/etudes/tourisme-06-2023", """
        ## Une fréquentation record

        Les hébergements marchands maralpins ont enregistré 11,8 millions de nuitées de mai à septembre, soit 4 % de plus qu'en 2019. Les clientèles américaine et britannique compensent le recul des touristes français.

        | Clientèle | Nuitées (millions) | Évolution sur 2019 |
        | Française | 5,9 | -3 % |
        | Européenne | 3,8 | +6 % |
        | Extra-européenne | 2,1 | +21 % |
        Source : enquête de fréquentation (données fictives).

        ## Des écarts entre littoral et montagne

        Le littoral, de Cannes à Menton, concentre 86 % des nuitées. Les stations du haut pays, Isola 2000 et Auron, ont souffert d'un été plus court. Dans l'ensemble du 06, l'emploi salarié touristique dépasse 48 000 postes en août, dont un quart à Nice.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "26 octobre 2023" };
}
