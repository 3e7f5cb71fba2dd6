using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind8 territory split (issue 13): départements by name, number, adjective or conseil départemental.
namespace SampleGenerator.Content.TerritoryBlind8;

/// <summary>Hautes-Alpes, named mostly by the adjective "haut-alpin"; Gap and Briançon are context.</summary>
public sealed class InseeHautAlpins2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("insee-flash-haut-alpins-saisonniers-2023.html",
        "Un emploi haut-alpin sur cinq est saisonnier", "INSEE", "2023-02-14",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/flash-paca-saisonniers-05", """
        ## Le poids des saisons

        Dans le département haut-alpin, 21 % des emplois salariés occupés au cours d'une année sont saisonniers, la proportion la plus forte de la région. Les stations de ski en concentrent les deux tiers l'hiver ; l'été, l'hébergement et la restauration se répartissent plus largement entre les vallées.

        ## Qui sont les saisonniers ?

        Six saisonniers sur dix ne résident pas dans le département. Les Haut-Alpins qui occupent ces emplois sont plus âgés et cumulent souvent une activité agricole. Les bassins de Briançon et de Gap offrent davantage d'emplois permanents que les stations d'altitude.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Flash Provence-Alpes-Côte d'Azur" };
}

/// <summary>Bouches-du-Rhône, named by its number ("le 13") and once by name; Marseille is context.</summary>
public sealed class DreesAse13 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("drees-aide-sociale-enfance-departement-13-2023.html",
        "Aide sociale à l'enfance : le département 13 en 2022", "DREES", "2023-10-26",
        DocumentTypeLabels.Publication, Themes.Social, "https://drees.example/etudes/ase-departement-13-2022", """
        ## Les mesures en cours

        Fin 2022, le département 13 prend en charge 9 400 mesures d'aide sociale à l'enfance, soit 19 pour 1 000 jeunes de moins de 21 ans, un taux inférieur à la moyenne nationale. Les placements représentent 58 % des mesures, dont un tiers en familles d'accueil.

        ## Les dépenses

        Les dépenses brutes d'aide sociale à l'enfance des Bouches-du-Rhône atteignent 310 millions d'euros, en hausse de 6 % en un an. La prise en charge des mineurs non accompagnés, arrivés pour l'essentiel par Marseille, en représente 14 %.

        Les données proviennent de l'enquête annuelle de la DREES auprès des conseils départementaux.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Études et statistiques", "Fiches départementales"] };
}

/// <summary>Charente, named by its conseil départemental and the adjective "charentais" (ambiguous with Charente-Maritime, named as a neighbour).</summary>
public sealed class CdCharente2024 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("conseil-departemental-charente-routes-2024.html",
        "Routes : 38 millions d'euros pour le réseau charentais en 2024", "Conseil départemental de la Charente", "2024-02-08",
        DocumentTypeLabels.Page, Themes.Finances, "https://lacharente.example/actualites/routes-2024", """
        ## Le programme 2024

        Le conseil départemental de la Charente consacre cette année 38 millions d'euros à ses 5 300 kilomètres de routes. Le programme comprend la reprise de 190 kilomètres de chaussées, le renforcement de douze ouvrages d'art et la poursuite de la mise à deux fois deux voies de la RN 141, cofinancée avec l'État et la Région.

        ## Les engagements

        Les Charentais pourront suivre l'avancement des chantiers sur une carte en ligne. Les travaux les plus lourds sont programmés hors saison touristique. Aux limites avec la Charente-Maritime, deux chantiers seront coordonnés avec le département voisin pour éviter des déviations successives.

        Le programme comprend aussi l'entretien des accotements, fauchés une fois par an au lieu de deux pour préserver la biodiversité, et la rénovation des abris de voyageurs du réseau de cars scolaires.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "08/02/2024" };
}

/// <summary>Isère, by its conseil départemental's budget; Grenoble is context.</summary>
public sealed class DepartementIsereBudget2024 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("departement-isere-budget-primitif-2024.pdf",
        "Budget primitif 2024 du Département de l'Isère", "Département de l'Isère", "2024-01-19",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://isere.example/budget-2024.pdf",
        "Département de l'Isère - budget primitif 2024", "droits de mutation", """
        ## Les équilibres

        Le budget primitif 2024 du Département de l'Isère s'élève à 1,83 milliard d'euros. Il a été voté par l'assemblée départementale, réunie à l'hôtel du Département à Grenoble, le 15 décembre. Les dépenses de fonctionnement atteignent 1,45 milliard d'euros, dont 61 % pour les solidarités.

        ## Les recettes

        La chute des droits de mutation, 45 millions d'euros de moins qu'en 2022, pèse sur l'épargne. La fraction de taxe sur la valeur ajoutée, qui a remplacé la taxe foncière, progresse de 3,5 %. Le Département ne dispose plus d'aucun levier fiscal sur les ménages isérois.

        ## L'investissement

        Les dépenses d'investissement, 380 millions d'euros, financent les collèges, les routes de montagne et le plan de soutien aux communes rurales. L'encours de dette reste l'un des plus faibles des départements de plus d'un million d'habitants.

        Le recours à l'emprunt, limité à 120 millions d'euros, complète un autofinancement en baisse. La capacité de désendettement resterait inférieure à cinq ans, bien en deçà du seuil d'alerte fixé par la loi de programmation.
        """);
}

/// <summary>Meuse (département), named by "meusien" and by name; the river Meuse is also named; Verdun and Bar-le-Duc are context.</summary>
public sealed class InseeMeuse2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("insee-analyses-grand-est-meuse-population-2023.pdf",
        "La Meuse pourrait compter 160 000 habitants en 2050", "INSEE", "2023-09-07",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/analyses-grand-est-meuse-2050.pdf",
        "Insee Analyses Grand Est n° 171", "projections de population", """
        ## Un déclin démographique prolongé

        Selon les projections de population, le département de la Meuse compterait 160 000 habitants en 2050, soit 20 000 de moins qu'aujourd'hui. Le territoire meusien perd des habitants depuis les années 1980 : les décès y excèdent désormais les naissances et les départs de jeunes adultes vers Nancy, Metz ou Reims ne sont pas compensés.

        ## Un vieillissement marqué

        En 2050, un Meusien sur trois aurait 65 ans ou plus. Le nombre de personnes de 85 ans ou plus doublerait. Les zones rurales du nord, le long de la vallée de la Meuse, seraient les plus touchées, tandis que les aires de Verdun et de Bar-le-Duc résisteraient mieux.

        ## Des scénarios contrastés

        Dans un scénario de migrations plus favorables, porté par le projet de centre industriel de stockage géologique et ses emplois, la baisse serait limitée à 8 000 habitants. Elle atteindrait 30 000 habitants si la fécondité continuait de reculer.
        """);
}

/// <summary>Rhône (département, without the Métropole de Lyon), by its conseil départemental; the river Rhône and the Métropole de Lyon are context.</summary>
public sealed class DepartementRhoneColleges2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("departement-rhone-plan-colleges-2023.html",
        "Plan collèges 2023-2028 : le Département du Rhône investit 280 millions d'euros", "Département du Rhône", "2023-06-29",
        DocumentTypeLabels.Page, Themes.Culture, "https://rhone.example/actualites/plan-colleges", """
        ## Un plan pour 48 collèges publics

        Depuis la création de la Métropole de Lyon en 2015, le Département du Rhône gère les collèges de son territoire, du Beaujolais aux monts du Lyonnais, mais plus ceux de l'agglomération lyonnaise. Son plan 2023-2028 prévoit la construction de trois collèges et la rénovation énergétique de quatorze autres.

        ## Le calendrier

        Les premiers chantiers débuteront en 2024 dans le nord du département, où les effectifs augmentent le plus. Le collège de Mornant sera agrandi. Le plan privilégie le bois local et les chaufferies biomasse ; aucun établissement n'est situé en zone inondable du Rhône.

        Les familles et les équipes éducatives seront associées à la conception des nouveaux bâtiments, et chaque chantier fera l'objet d'une réunion publique avant son démarrage.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actualités", "Éducation"] };
}

/// <summary>Paris as a département (Ville de Paris exercising departmental competences) -> departement:75, noted; the commune of Paris (75056) is not annotated, the document treating the departmental competence.</summary>
public sealed class DreesParisApa2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("drees-fiche-departementale-paris-apa-2022.pdf",
        "Allocation personnalisée d'autonomie : fiche départementale de Paris (75)", "DREES", "2023-12-12",
        DocumentTypeLabels.Dataset, Themes.Social, "https://drees.example/fiches-departementales/75-apa-2022.pdf",
        "DREES - fiches départementales APA 2022 - 75", "allocation personnalisée d'autonomie", """
        ## Le département

        Depuis 2019, la Ville de Paris exerce à la fois les compétences d'une commune et celles d'un département. Cette fiche présente les données départementales de l'allocation personnalisée d'autonomie pour le département 75, issues de l'enquête annuelle auprès des conseils départementaux.

        ## Les bénéficiaires

        Fin 2022, 29 800 personnes bénéficient de l'allocation personnalisée d'autonomie à Paris : 19 900 à domicile et 9 900 en établissement. Rapportés à la population de 60 ans ou plus, ils sont moins nombreux qu'en moyenne nationale, ce qui s'explique par une population âgée plus aisée et moins dépendante. Les bénéficiaires les plus dépendants, classés en GIR 1 et 2, représentent 21 % des bénéficiaires à domicile.

        ## Les dépenses

        La dépense brute d'allocation atteint 253 millions d'euros. La participation financière des bénéficiaires à domicile est plus élevée qu'ailleurs, du fait de leurs ressources. Le concours de la Caisse nationale de solidarité pour l'autonomie couvre 31 % de la dépense.
        """);
}
