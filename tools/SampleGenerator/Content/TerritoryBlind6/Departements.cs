using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind6 territory split (issue 13): départements by name, number, inhabitants' adjective or conseil départemental.
namespace SampleGenerator.Content.TerritoryBlind6;

/// <summary>The département du Jura (39); the Jura massif and the Swiss canton du Jura are named as such (context); Lons-le-Saunier and Dole are
/// places in it.</summary>
public sealed class InseeJura2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("insee-bfc-jura-emploi-industriel-2023.pdf",
        "Jura : l'emploi industriel résiste mieux qu'ailleurs", "Insee Bourgogne-Franche-Comté", "2023-02-28",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/bfc/flash/jura-industrie-2023.pdf",
        "Insee Flash Bourgogne-Franche-Comté", "plasturgie et lunetterie", """
        ## Un département industriel

        Dans le département du Jura, l'industrie représente 24 % de l'emploi salarié, l'une des parts les plus élevées de France. La plasturgie et lunetterie du Haut-Jura, la fabrication de jouets et la filière bois y emploient 18 000 salariés.

        | Zone | Part de l'industrie dans l'emploi salarié | Évolution 2015-2022 |
        | Jura | 24 % | - 1 % |
        | Bourgogne-Franche-Comté | 18 % | - 4 % |
        | France métropolitaine | 12 % | - 2 % |
        Source : estimations d'emploi (données fictives).

        ## Un emploi qui se maintient

        Entre 2015 et 2022, l'emploi industriel du département n'a reculé que de 1 %, contre 4 % dans la région. Les entreprises du massif du Jura profitent de la proximité de la Suisse, même si la concurrence des salaires du canton du Jura et du canton de Vaud rend les recrutements difficiles.

        ## Des contrastes internes

        Les zones d'emploi de Lons-le-Saunier et de Dole, plus tertiaires, ont gagné des emplois dans les services. La zone de Saint-Claude, très industrielle, en a perdu, mais moins qu'au cours de la décennie précédente.
        """);
}

/// <summary>The Pas-de-Calais named by its number ("le 62", "département 62"); Arras, Calais and Boulogne-sur-Mer are places in it; the Nord is a comparison.</summary>
public sealed class Chiffres62_2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("observatoire-social-62-chiffres-cles-2023.html",
        "Les chiffres clés du social dans le 62 — édition 2023", "Observatoire départemental de l'action sociale", "2023-12-01",
        DocumentTypeLabels.Dataset, Themes.Social, "https://observatoire-social.example/departement-62/chiffres-cles-2023", """
        ## Département 62 : l'essentiel

        Cette fiche rassemble les principaux indicateurs sociaux du département 62 pour l'année 2022. Avec 1,46 million d'habitants, le 62 est l'un des départements les plus peuplés de France ; sa population est plus jeune et plus modeste que la moyenne nationale.

        | Indicateur | 62 | Nord | France |
        | Allocataires du RSA (pour 100 ménages) | 7,9 | 8,4 | 4,7 |
        | Bénéficiaires de l'APA (pour 100 personnes de 75 ans ou plus) | 22,1 | 20,6 | 19,8 |
        | Enfants confiés à l'aide sociale à l'enfance (pour 1 000 jeunes) | 13,2 | 12,0 | 9,1 |
        Source : observatoire départemental (données fictives).

        ## Des territoires contrastés

        Le bassin minier, de Béthune à Hénin-Beaumont, concentre les difficultés. Le littoral, de Calais à Boulogne-sur-Mer, connaît un chômage élevé mais en baisse. L'Arrageois, autour d'Arras, reste le territoire le plus favorisé du département.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false };
}

/// <summary>The Orne by its inhabitants' adjective ("les Ornais") and its name; Alençon, Argentan and Flers are places in it; Normandie is a comparison.</summary>
public sealed class CdOrneSante2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("departement-orne-plan-medecins-2023.html",
        "Accès aux soins : le plan « Ornais en bonne santé »", "Département de l'Orne", "2023-06-14",
        DocumentTypeLabels.Page, Themes.Social, "https://orne.example/actualites/plan-sante-2023", """
        ## Un constat partagé

        Les Ornais comptent 68 médecins généralistes pour 100 000 habitants, contre 83 en moyenne en Normandie. Un habitant sur dix n'a plus de médecin traitant. Le Département a donc adopté un plan de cinq ans pour attirer de nouveaux praticiens.

        ## Les mesures

        Le plan prévoit des bourses de 1 000 euros par mois pour les internes qui s'engagent à exercer cinq ans dans l'Orne, le recrutement de dix médecins salariés par le Département et l'ouverture de trois centres de santé à Alençon, Argentan et Flers.

        ## Le coût

        Le plan représente 12 millions d'euros sur cinq ans. Le président du conseil départemental a souhaité que « chaque Ornais trouve un médecin à moins de vingt minutes de chez lui ».
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>The Haute-Loire by its inhabitants' adjective ("les Altiligériens") only in the body; Le Puy-en-Velay and Yssingeaux are places in it; the
/// Loire (département) is a comparison.</summary>
public sealed class InseeAltiligeriens2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("insee-ara-altiligeriens-revenus-2023.html",
        "Les Altiligériens : des revenus modestes mais peu de grande pauvreté", "INSEE", "2023-05-23",
        DocumentTypeLabels.Publication, Themes.Social, "https://insee.example/ara/analyses/haute-loire-revenus-2023", """
        ## Des revenus inférieurs à la moyenne régionale

        Le revenu médian des Altiligériens s'élève à 20 900 euros par unité de consommation en 2020, soit 1 400 euros de moins que dans l'ensemble d'Auvergne-Rhône-Alpes. Les écarts de revenus sont pourtant faibles : les 10 % les plus aisés gagnent 2,8 fois plus que les 10 % les plus modestes.

        | Indicateur | Haute-Loire | Loire | Auvergne-Rhône-Alpes |
        | Revenu médian (euros) | 20 900 | 20 600 | 22 300 |
        | Taux de pauvreté | 12,4 % | 15,1 % | 12,8 % |
        Source : Filosofi 2020 (données fictives).

        ## Peu de grande pauvreté

        La part des personnes vivant sous le seuil de pauvreté est inférieure à celle de la Loire voisine. Elle est plus élevée au Puy-en-Velay qu'à Yssingeaux ou dans les cantons ruraux, où la propriété du logement et l'entraide familiale limitent la précarité.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Press release of the conseil départemental de l'Hérault: the département; Montpellier, Béziers and Sète are places in it.</summary>
public sealed class CdHeraultColleges2024 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("herault-communique-colleges-2024.html",
        "Communiqué : 45 millions d'euros pour les collèges héraultais en 2024", "Conseil départemental de l'Hérault", "2024-01-17",
        DocumentTypeLabels.Page, Themes.Culture, "https://herault.example/presse/colleges-2024", """
        ## Un effort sans précédent

        Le conseil départemental de l'Hérault a voté lors de sa session de janvier un programme de 45 millions d'euros pour les collèges en 2024. Il finance la construction de deux collèges neufs, à l'est de Montpellier et près de Béziers, et la rénovation de douze établissements.

        ## Une population scolaire en hausse

        Le département accueille chaque année 12 000 habitants supplémentaires. Les effectifs des collèges publics ont augmenté de 9 % en dix ans. Plusieurs établissements du littoral, notamment à Sète, dépassent leur capacité.

        ## La restauration scolaire

        Le Département porte à 60 % la part des produits locaux dans les cantines des collèges, et maintient le prix du repas à 3 euros pour les familles.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Presse", "Communiqués"] };
}

/// <summary>The département de la Mayenne; the commune of Mayenne, Laval and Château-Gontier-sur-Mayenne are places in it; the river is context.</summary>
public sealed class CdMayenneRoutes2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("departement-mayenne-schema-routier-2023.pdf",
        "Schéma routier départemental 2023-2032", "Département de la Mayenne", "2023-09-26",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://lamayenne.example/routes/schema-2023.pdf",
        "Département de la Mayenne — Schéma routier", "routes départementales", """
        ## Un réseau de 4 400 kilomètres

        Le Département de la Mayenne gère 4 400 kilomètres de routes départementales et 1 500 ponts. Ce réseau assure l'essentiel des déplacements entre les trois pôles du département : Laval, la ville de Mayenne au nord et Château-Gontier-sur-Mayenne au sud.

        ## L'état du réseau

        | Catégorie de route | Longueur (km) | Part en bon état |
        | Routes structurantes | 620 | 88 % |
        | Routes de desserte | 1 900 | 74 % |
        | Routes locales | 1 880 | 61 % |
        Source : relevés du Département (données fictives).

        ## Les priorités du schéma

        Le schéma prévoit 180 millions d'euros d'investissements sur dix ans : mise à deux fois deux voies de l'axe Laval-Mayenne, contournement de deux bourgs, et entretien des ouvrages d'art qui franchissent la rivière Mayenne. Il consacre 15 millions d'euros aux aménagements cyclables le long des routes départementales.

        ## La sécurité

        Le nombre de tués sur les routes du département a baissé d'un tiers en dix ans. Le schéma cible les carrefours les plus accidentogènes.
        """);
}

/// <summary>The Aveyron (12) in a departmental profile; Rodez, Millau and Villefranche-de-Rouergue are places in it; Occitanie is a comparison.</summary>
public sealed class ObservatoireAveyron2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("observatoire-territoires-aveyron-portrait-2022.html",
        "Portrait de territoire : l'Aveyron", "Observatoire des territoires", "2022-10-18",
        DocumentTypeLabels.Etude, Themes.Geo, "https://observatoire-territoires.example/portraits/departement-12", """
        ## Un département rural qui se maintient

        L'Aveyron compte 280 000 habitants. Après un siècle de déclin, sa population est stable depuis 2000 : le solde migratoire compense un solde naturel négatif. Près de la moitié des habitants vivent dans une commune de moins de 2 000 habitants.

        ## Trois pôles urbains

        Rodez, Millau et Villefranche-de-Rouergue concentrent la moitié des emplois du département. L'agriculture, avec l'élevage ovin lié au roquefort, y pèse trois fois plus que dans l'ensemble de l'Occitanie.

        | Indicateur | Aveyron | Occitanie |
        | Part des 65 ans ou plus | 26 % | 22 % |
        | Taux de chômage | 5,9 % | 9,8 % |
        | Part de l'emploi agricole | 11 % | 4 % |
        Source : recensement 2019 (données fictives).

        Le taux de chômage aveyronnais reste parmi les plus bas de France.
        """) with { Meta = HtmlMeta.OpenGraph };
}
