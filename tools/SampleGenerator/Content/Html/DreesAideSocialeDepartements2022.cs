using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

/// <summary>No sidecar; publisher cue "DREES", date cue "Publication : …".</summary>
public sealed class DreesAideSocialeDepartements2022 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "er-1267-aide-sociale.html",
        Title = "Les dépenses d'aide sociale des départements en 2022",
        Publisher = "DREES",
        Date = "2024-02-15",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Social],
        Url = "https://drees.example/publications/etudes-et-resultats/er-1267",
        HasSidecar = false,
        DateCue = "DREES — Études et résultats n° 1267 — Publication : 15 février 2024",
        Breadcrumb = ["Publications", "Études et résultats"],
        ArticleOnly = true,
        Body = """
            En 2022, les départements ont consacré 41,9 milliards d'euros, nets des recouvrements, à l'aide sociale. Cette dépense augmente de 3,1 % en un an, en euros courants. Le revenu de solidarité active (RSA), l'aide sociale à l'enfance, l'aide aux personnes âgées et l'aide aux personnes handicapées en constituent l'essentiel. Rapportée à la population, la dépense d'aide sociale atteint 615 euros par habitant, avec de fortes différences entre départements.

            ## La répartition des dépenses

            L'aide sociale à l'enfance devient en 2022 le premier poste de dépense d'aide sociale des départements, devant le RSA, dont le montant recule avec la baisse du nombre d'allocataires. Les placements d'enfants en établissement ou en famille d'accueil augmentent, ainsi que la prise en charge des mineurs non accompagnés. L'aide aux personnes handicapées progresse régulièrement, portée par la prestation de compensation du handicap et l'hébergement en établissement.

            | Domaine (2022) | Dépense nette (Md€) | Évolution sur un an | Bénéficiaires (milliers) |
            | Aide sociale à l'enfance | 10,3 | + 5,8 % | 381 |
            | Revenu de solidarité active (allocations) | 10,1 | – 2,4 % | 1 860 |
            | Personnes âgées (APA, hébergement) | 8,0 | + 3,6 % | 1 510 |
            | Personnes handicapées (PCH, hébergement) | 9,2 | + 4,9 % | 560 |
            | Insertion et autres dépenses | 4,3 | + 3,0 % | – |
            | Ensemble | 41,9 | + 3,1 % | – |
            Source : DREES, enquête Aide sociale 2022 (données fictives).

            ## Des disparités territoriales marquées

            La dépense d'aide sociale par habitant varie du simple au double entre départements. Elle est la plus élevée en Seine-Saint-Denis, dans le Nord, le Pas-de-Calais et les Pyrénées-Orientales, départements où le taux de pauvreté est élevé. Les départements ruraux et âgés, comme la Creuse, le Cantal ou la Nièvre, consacrent une part plus importante de leur dépense à l'allocation personnalisée d'autonomie et à l'hébergement des personnes âgées. Les départements d'outre-mer, hors Mayotte, présentent des niveaux de dépense liés au RSA parmi les plus élevés, bien que le financement de l'allocation ait été repris par l'État dans certains d'entre eux.

            ## Le personnel de l'action sociale

            Les départements emploient environ 120 000 agents dans l'action sociale et médico-sociale : travailleurs sociaux, assistants familiaux, personnels de protection maternelle et infantile, équipes médico-sociales chargées de l'évaluation de la perte d'autonomie. Les recrutements sont difficiles, en particulier pour les assistants familiaux, dont le nombre diminue et dont une grande partie partira à la retraite dans les dix prochaines années.

            ## L'évolution depuis 2012

            Entre 2012 et 2022, la dépense nette d'aide sociale a augmenté de 24 % en euros courants, soit 9 % en euros constants. La hausse a été la plus forte pour l'aide sociale à l'enfance (+ 38 %) et pour l'aide aux personnes handicapées (+ 31 %). Le RSA a connu une hausse forte jusqu'en 2016, puis une relative stabilité, avant le pic de 2020 lié à la crise sanitaire.

            ## Un financement sous tension

            La dépense d'aide sociale représente plus de la moitié des dépenses de gestion des départements. Les concours de la Caisse nationale de solidarité pour l'autonomie et les fonds de compensation couvrent une partie seulement des allocations individuelles de solidarité. Ainsi, le reste à charge des départements pour le RSA, l'APA et la PCH atteint 9,7 milliards d'euros en 2022.

            ## Source et méthode

            L'enquête annuelle Aide sociale est menée auprès de l'ensemble des conseils départementaux. Elle recueille les dépenses, les recouvrements et le nombre de bénéficiaires de chaque prestation. Les chiffres de cette page sont fictifs et ont été écrits pour un corpus de démonstration.

            DREES — Direction de la recherche, des études, de l'évaluation et des statistiques.
            """,
    };
}
