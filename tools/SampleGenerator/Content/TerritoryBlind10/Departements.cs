using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind10 territory split (issue 13): départements by name, number, inhabitants' adjective or conseil départemental.
namespace SampleGenerator.Content.TerritoryBlind10;

/// <summary>The Creuse (département), also "creuse" (hollow: "heures creuses", "année creuse") and the river; Guéret and Aubusson are context; Creuse (Somme) is named to rule it out.</summary>
public sealed class DepartementCreuseNumerique2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("departement-creuse-schema-numerique-2024.html",
        "La Creuse raccordée à la fibre optique d'ici 2025", "Département de la Creuse", "2024-02-06",
        DocumentTypeLabels.Page, Themes.Geo, "https://creuse.example/actualites/fibre-2025", """
        ## Le point sur le déploiement

        Le réseau d'initiative publique porté par le département de la Creuse atteindra 100 % des foyers et entreprises creusois à la fin de 2025. À ce jour, 84 % des 79 000 locaux sont raccordables. Les derniers villages, souvent isolés sur les plateaux, sont les plus coûteux : jusqu'à 4 000 euros par prise.

        ## Une année qui n'a pas été creuse

        En 2023, les équipes ont posé 1 900 kilomètres de câble, en utilisant autant que possible les poteaux existants. Les travaux sont programmés en heures creuses pour limiter la gêne sur les routes de la vallée de la Creuse, autour d'Aubusson et de Guéret.

        ## À ne pas confondre

        Les demandes reçues de la commune de Creuse, dans la Somme, sont réorientées vers le réseau picard. Le numéro d'information départemental reste joignable du lundi au vendredi.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actualités", "Aménagement numérique"] };
}

/// <summary>The Côte-d'Or by its number ("département 21") and once by name; Dijon and Beaune are context; France is a comparison column. The PDF has no Info title.</summary>
public sealed class DreesFiche21Apa2022 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("drees-fiche-departementale-21-apa-2022.pdf",
        "Fiche départementale : allocation personnalisée d'autonomie, département 21", "DREES", "2023-12-12",
        DocumentTypeLabels.Dataset, Themes.Social, "https://drees.example/fiches-departementales/21-apa-2022.pdf",
        "DREES - fiches départementales APA 2022", "girs 1 et 2", """
        ## Département 21

        Fin 2022, 13 900 personnes bénéficient de l'allocation personnalisée d'autonomie dans le département 21, soit 7,1 % des habitants de 60 ans ou plus. Six bénéficiaires sur dix vivent à domicile, les autres en établissement.

        | Indicateur | Dép. 21 | France |
        | Bénéficiaires pour 100 habitants de 60 ans ou plus | 7,1 | 7,8 |
        | Part vivant à domicile (%) | 61 | 59 |
        | Part en GIR 1 et 2 à domicile (%) | 16 | 18 |
        | Dépense par bénéficiaire (€/an) | 4 980 | 5 210 |

        ## Lecture

        La Côte-d'Or compte moins de bénéficiaires que la moyenne, en lien avec une population âgée en meilleure santé autour de Dijon et de Beaune. Les personnes les plus dépendantes, en girs 1 et 2, sont moins souvent aidées à domicile qu'ailleurs. La dépense par bénéficiaire est un peu inférieure à la moyenne. Les données proviennent de l'enquête annuelle auprès des conseils départementaux ; les chiffres de 2022 sont provisoires. Ils pourront être révisés lors de la prochaine publication, en même temps que ceux des autres départements.
        """) with { InfoTitle = "" };
}

/// <summary>The Ardennes (département) named only by the adjective ("ardennais", "Ardennais"); the Belgian Ardenne is named to rule it out; Charleville-Mézières, Sedan and Reims are context; the Meuse is the river.</summary>
public sealed class InseeArdennais2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("insee-flash-ardennais-emploi-frontalier-2023.html",
        "Un actif ardennais sur douze travaille en Belgique ou au Luxembourg", "INSEE", "2023-09-05",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/ardennais-frontaliers-2023", """
        ## 9 500 frontaliers

        En 2020, 9 500 actifs ardennais travaillent de l'autre côté de la frontière, dont les deux tiers en Belgique. Leur nombre a doublé en vingt ans. La pointe de Givet et la vallée de la Meuse fournissent le plus grand nombre de frontaliers, attirés par les salaires plus élevés.

        ## Qui sont-ils ?

        Les frontaliers ardennais sont plus jeunes et plus souvent ouvriers que les autres actifs du département. Ils travaillent surtout dans l'industrie et le commerce de gros, dans l'Ardenne belge ou autour de Luxembourg. Un sur cinq passe plus d'une heure par trajet.

        ## Un enjeu pour le territoire

        Les Ardennais qui travaillent à l'étranger font vivre les commerces locaux mais réduisent la main-d'œuvre disponible pour les entreprises de Charleville-Mézières et de Sedan, qui peinent à recruter. Reims, à une heure de route, attire aussi des actifs.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Flash Grand Est" };
}

/// <summary>The Haute-Marne by its conseil départemental; Chaumont, Langres and Saint-Dizier are context.</summary>
public sealed class ConseilDepartementalHauteMarne2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("conseil-departemental-haute-marne-plan-routes-2024.pdf",
        "Plan pluriannuel d'investissement routier 2024-2028", "Conseil départemental de la Haute-Marne", "2024-01-30",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://haute-marne.example/ppi-routes-2024.pdf",
        "Conseil départemental de la Haute-Marne - routes", "ouvrages d'art", """
        ## Un réseau étendu pour une population peu nombreuse

        Le conseil départemental de la Haute-Marne entretient 3 600 kilomètres de routes départementales et 1 100 ouvrages d'art, pour 170 000 habitants. La longueur du réseau par habitant est l'une des plus élevées de France, ce qui pèse sur le budget départemental.

        ## Les priorités du plan

        Le plan consacre 96 millions d'euros en cinq ans aux routes. La moitié ira à l'entretien des chaussées, un quart à la réparation des ponts, dont dix-huit sont classés en mauvais état. Les itinéraires reliant Saint-Dizier, Chaumont et Langres, qui supportent le trafic des poids lourds, sont prioritaires.

        ## La sécurité

        Le nombre de tués sur les routes du département reste supérieur à la moyenne. Le plan prévoit l'aménagement de quatorze carrefours dangereux et la création de créneaux de dépassement sur la route de Langres.

        ## Le financement

        L'assemblée départementale financera ces travaux sur ses ressources propres, avec un recours limité à l'emprunt.
        """);
}

/// <summary>Martinique as a département (a DREES departmental fiche, "département 972"; Martinique is also R 02 in the gazetteer) -> departement:972; Fort-de-France is context; France is a comparison column.</summary>
public sealed class DreesFicheMartiniqueRsa2022 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("drees-fiche-departementale-martinique-rsa-2022.pdf",
        "Fiche départementale : revenu de solidarité active, Martinique (972)", "DREES", "2023-11-07",
        DocumentTypeLabels.Dataset, Themes.Social, "https://drees.example/fiches-departementales/972-rsa-2022.pdf",
        "DREES - fiches départementales RSA 2022", "contrat d'engagement", """
        ## Martinique (972)

        Fin 2022, 29 800 foyers perçoivent le revenu de solidarité active en Martinique, soit 14 % des habitants couverts en comptant les conjoints et les enfants. Le nombre d'allocataires a baissé de 7 % depuis 2020, mais il reste plus de deux fois supérieur à la moyenne nationale.

        | Indicateur | 972 | France |
        | Allocataires pour 100 habitants de 15 à 64 ans | 12,8 | 5,4 |
        | Part des allocataires depuis plus de 5 ans (%) | 52 | 36 |
        | Part orientée vers un parcours emploi (%) | 44 | 57 |
        | Part avec un contrat d'engagement (%) | 31 | 48 |

        ## Lecture

        La part d'allocataires de longue durée est élevée. Une partie importante d'entre eux a plus de 50 ans et réside hors de l'agglomération de Fort-de-France, loin des services d'insertion. La collectivité, qui exerce les compétences d'un département, a renforcé son accompagnement en 2022. Les données proviennent de la caisse d'allocations familiales et de l'enquête annuelle de la DREES. Elles sont comparées à la moyenne de la France entière, hors Mayotte.
        """);
}

/// <summary>The Var (département); the river Var, which flows in the Alpes-Maritimes, is named to rule it out; Toulon, Hyères and Saint-Tropez are context.</summary>
public sealed class InseeVarTourisme2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("insee-analyses-var-emploi-touristique-2023.html",
        "Dans le Var, un emploi sur dix dépend du tourisme", "INSEE", "2023-07-11",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/var-emploi-touristique-2023", """
        ## 42 000 emplois en haute saison

        En août, le tourisme fait travailler 42 000 personnes dans le Var, contre 21 000 en janvier. Sur l'année, il représente 10 % de l'emploi total du département, l'une des parts les plus fortes de France métropolitaine. L'hébergement et la restauration en fournissent les deux tiers.

        ## Le littoral concentre l'activité

        Huit emplois touristiques sur dix se trouvent sur le littoral, de Saint-Tropez à Hyères et à la rade de Toulon. Dans le haut Var, le tourisme vert et les lacs du Verdon attirent une clientèle plus familiale. Rappelons que le fleuve Var, malgré son nom, coule dans les Alpes-Maritimes voisines.

        ## Des emplois précaires

        Un emploi touristique sur deux est un contrat court. Le logement des saisonniers, dans un département où les loyers sont élevés, reste la principale difficulté citée par les employeurs.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>The Drôme named only by the adjective ("drômois", "Drômois"); Valence, Montélimar, Die and Nyons are context; the Rhône is the river; the Ardèche is a neighbour.</summary>
public sealed class ObservatoireDromoisAgriculture2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("observatoire-agriculture-bio-dromoise-2023.html",
        "L'agriculture biologique drômoise en chiffres", "Observatoire départemental de l'agriculture", "2023-12-05",
        DocumentTypeLabels.Etude, Themes.Durable, "https://observatoire-agriculture26.example/bio-2023", """
        ## Un tiers des surfaces

        Le territoire drômois reste le premier département bio de France : 36 % de la surface agricole y est cultivée en agriculture biologique, contre 10 % en moyenne nationale. Le Diois et les Baronnies, autour de Die et de Nyons, dépassent 50 %.

        ## Les productions

        Les plantes aromatiques, les fruits et la vigne sont les productions les plus converties. Les éleveurs drômois de volailles et de caprins ont aussi progressé. La plaine de Valence et le secteur de Montélimar, où dominent les grandes cultures, restent en retrait.

        ## Un marché qui ralentit

        Depuis 2022, la baisse de la consommation de produits bio pèse sur les prix. Une quarantaine d'exploitations sont revenues à l'agriculture conventionnelle. Les Drômois achètent pourtant plus de produits locaux que la moyenne, souvent en vente directe ou sur les marchés. Les producteurs de la rive ardéchoise du Rhône connaissent les mêmes difficultés.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Paru le 05/12/2023" };
}

/// <summary>The Gard (département) by name; the pont du Gard (a monument) and the Gardon (river) are names to rule out; Nîmes, Alès and Uzès are context.</summary>
public sealed class PrefectureGardSecheresse2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("prefecture-30-bilan-secheresse-2023.pdf",
        "Bilan de la sécheresse 2023 dans le Gard", "Préfecture du Gard", "2023-12-19",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://gard.gouv.example/bilan-secheresse-2023.pdf",
        "Préfecture du Gard - bilan sécheresse 2023", "restrictions d'usage", """
        ## Une année exceptionnelle

        Le Gard a connu en 2023 sa sécheresse la plus longue depuis le début des mesures. De février à octobre, des restrictions d'usage de l'eau ont été appliquées dans tout le département ; le niveau de crise a été atteint en août dans les Cévennes et dans la vallée du Gardon. Près du pont du Gard, les débits du Gardon sont tombés à un dixième de leur moyenne.

        ## Les conséquences

        Quarante-deux communes ont dû être ravitaillées par camion-citerne, surtout autour d'Alès et dans l'Uzège. Les agriculteurs gardois ont perdu jusqu'à la moitié de leurs récoltes de fourrage. Les incendies ont parcouru 1 200 hectares.

        ## Les enseignements

        Le préfet a réuni les maires, le conseil départemental et les chambres consulaires. Un plan départemental de gestion de la ressource en eau sera arrêté en 2024 ; il prévoit la réduction des fuites des réseaux et l'extension de l'irrigation par l'eau du Rhône, déjà utilisée autour de Nîmes.
        """);
}
