using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class AnctFranceServices2022 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "anct-france-services-bilan-2022.html",
        Title = "France services : 2 600 structures labellisées fin 2022",
        Publisher = "ANCT",
        Date = "2023-02-21",
        Type = DocumentTypeLabels.Rapport,
        Themes = [Themes.Geo, Themes.Social],
        Url = "https://observatoire-territoires.example/programmes/france-services-bilan-2022",
        Meta = HtmlMeta.OpenGraph,
        DateCue = "Publié le 21 février 2023",
        Breadcrumb = ["Programmes de l'ANCT", "France services"],
        Body = """
            Fin 2022, 2 597 espaces France services sont ouverts, dont 2 055 structures fixes et 542 bus itinérants ou antennes. Neuf Français sur dix vivent à moins de trente minutes d'un espace. Ces guichets uniques accompagnent les usagers dans leurs démarches administratives auprès de neuf partenaires nationaux : la caisse d'allocations familiales, l'assurance maladie, l'assurance retraite, la mutualité sociale agricole, France Travail, la DGFiP, La Poste et les ministères de l'Intérieur et de la Justice.

            ## Qui porte les espaces France services ?

            Les collectivités portent la majorité des structures : communes (34 %), intercommunalités (29 %) et, plus rarement, départements. Les autres espaces sont portés par La Poste, par des associations ou par la mutualité sociale agricole. Chaque espace emploie au moins deux agents formés, présents au minimum vingt-quatre heures par semaine. L'État verse une subvention annuelle de fonctionnement à chaque structure labellisée.

            | Porteur | Nombre d'espaces | Part |
            | Communes | 883 | 34 % |
            | Intercommunalités | 753 | 29 % |
            | La Poste | 416 | 16 % |
            | Associations | 364 | 14 % |
            | Autres (départements, MSA) | 181 | 7 % |
            | Ensemble | 2 597 | 100 % |
            Source : ANCT, bilan France services 2022 (données fictives).

            ## Des demandes nombreuses et variées

            En 2022, les espaces France services ont accompagné 8,7 millions de demandes. Les démarches les plus fréquentes concernent la déclaration de revenus et le prélèvement à la source, les prestations familiales, la retraite, l'assurance maladie et les titres d'identité. Près de la moitié des usagers ont plus de 60 ans ; un quart n'ont pas d'accès régulier à internet. Les agents aident aussi à créer des comptes en ligne et à utiliser les services numériques.

            ## Une présence dans les territoires ruraux

            Les espaces sont implantés en priorité dans les territoires ruraux et dans les quartiers prioritaires de la politique de la ville. Dans les départements peu denses, comme la Lozère, la Creuse ou les Hautes-Alpes, un espace est présent dans presque chaque chef-lieu de canton. Les bus itinérants desservent les villages des plateaux du Jura, des Cévennes ou du Morvan, selon un calendrier hebdomadaire. En Seine-Saint-Denis, à Marseille ou à Roubaix, des espaces ont ouvert au cœur des quartiers.

            ## La satisfaction des usagers

            Les enquêtes de satisfaction réalisées auprès des usagers donnent une note moyenne de 9,2 sur 10. Les usagers apprécient la proximité, l'accueil sans rendez-vous et la possibilité de traiter plusieurs démarches au même endroit. Les agents signalent en revanche des difficultés à joindre certains partenaires et un besoin de formation continue sur des réglementations changeantes.

            ## Le coût d'un espace France services

            Le coût annuel moyen d'un espace France services est estimé à 110 000 euros, principalement en frais de personnel. La subvention de l'État et le fonds national d'aménagement et de développement du territoire en couvrent environ 30 000 euros ; le reste est assumé par le porteur, souvent une commune ou une intercommunalité. Les collectivités mettent aussi à disposition des locaux, parfois dans l'ancienne trésorerie ou dans un bureau de poste réaménagé. Ainsi, pour une petite intercommunalité rurale, l'espace représente une charge significative, que les élus justifient par le maintien d'un service public de proximité.

            ## L'accompagnement numérique

            Les espaces France services travaillent avec les conseillers numériques recrutés par les collectivités et les associations. Ces conseillers organisent des ateliers collectifs pour apprendre à utiliser une messagerie, à prendre un rendez-vous médical en ligne ou à sécuriser ses comptes. Les agents constatent que l'accompagnement ponctuel ne suffit pas toujours : une partie des usagers revient régulièrement pour les mêmes démarches.

            ## Et ensuite ?

            - Renforcer la formation des agents et la qualité du service, contrôlée par des visites mystères.
            - Ajouter de nouveaux partenaires, notamment pour l'énergie et le logement.
            - Stabiliser le financement des structures, dont le coût est supérieur à la subvention de l'État.

            Les chiffres de cette page sont fictifs et destinés à un corpus de démonstration.
            """,
    };
}
