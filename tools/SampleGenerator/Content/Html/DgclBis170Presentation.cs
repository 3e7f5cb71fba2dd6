using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

/// <summary>The web page presenting BIS 170 (links to the PDF).</summary>
public sealed class DgclBis170Presentation : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-bis-170-apprentis-2022.html",
        Title = "BIS n° 170 : les apprentis dans les collectivités locales en 2022",
        Publisher = "DGCL",
        Date = "2023-11-29",
        Type = DocumentTypeLabels.Page,
        Themes = [Themes.Emploi],
        Url = "https://dgcl.example/statistiques/bis/bis-170-apprentis-2022",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Statistiques", "Bulletins d'information statistique"],
        Lead = "Les collectivités locales ont signé 18 400 contrats d'apprentissage en 2022. Le bulletin présente les apprentis par employeur, diplôme, âge et métier.",
        PdfLink = ("https://dgcl.example/statistiques/bis/bis-170-apprentis-2022.pdf", "Télécharger le BIS n° 170 (PDF, 420 ko)"),
        Body = """
            ## Les principaux résultats

            Le bulletin d'information statistique n° 170 fait le point sur l'apprentissage dans les collectivités locales en 2022. Avec 18 400 nouveaux contrats, les employeurs territoriaux atteignent un niveau jamais observé. Les communes restent de loin le premier employeur d'apprentis, mais les départements et les intercommunalités accélèrent. La hausse concerne toutes les régions, à l'exception de la Corse, où les effectifs sont stables.

            | Employeur | Contrats signés en 2022 | Part |
            | Communes | 9 800 | 53 % |
            | EPCI à fiscalité propre | 3 600 | 20 % |
            | Départements | 2 900 | 16 % |
            | Régions | 1 200 | 6 % |
            | Autres établissements publics locaux | 900 | 5 % |
            | Ensemble | 18 400 | 100 % |
            Source : DGCL, enquête apprentis 2022 (données fictives).

            ## Pourquoi l'apprentissage progresse-t-il dans les collectivités ?

            Plusieurs raisons expliquent cette progression. La prise en charge d'une partie du coût pédagogique par le Centre national de la fonction publique territoriale a allégé la charge des employeurs. Les aides exceptionnelles à l'embauche d'apprentis, ouvertes aux employeurs publics pendant la crise sanitaire, ont joué un rôle d'accélérateur. Surtout, les collectivités font face à des difficultés de recrutement dans de nombreux métiers : animation, petite enfance, espaces verts, mécanique, informatique. L'apprentissage leur permet de former elles-mêmes les agents dont elles auront besoin.

            ## Des apprentis plus diplômés

            La part des apprentis préparant un diplôme de l'enseignement supérieur continue de progresser : 41 % en 2022. Les masters en administration publique, en urbanisme ou en ressources humaines attirent des étudiants qui découvrent ainsi la fonction publique territoriale. Le certificat d'aptitude professionnelle reste toutefois le premier diplôme préparé, notamment dans les petites communes.

            ## Qui sont les apprentis ?

            - 49 % sont des femmes ; elles sont majoritaires dans la petite enfance, l'animation et l'administration.
            - 37 % ont 21 ans ou plus à la signature du contrat.
            - 5,8 % sont reconnus travailleurs handicapés, l'apprentissage leur étant ouvert sans limite d'âge.
            - Un tiers des apprentis en emploi un an après leur contrat travaillent dans la collectivité qui les a formés.

            ## Exemples territoriaux

            La ville de Toulouse (Haute-Garonne) a accueilli plus de 200 apprentis en 2022, dans une trentaine de métiers. Le département du Nord a développé un programme d'apprentissage dans ses services d'aide sociale à l'enfance. Dans le Gers, plusieurs communautés de communes mutualisent le tutorat de leurs apprentis des services techniques. En Bretagne, la région a ouvert ses lycées à des apprentis cuisiniers en restauration collective.

            ## Méthodologie de l'enquête

            Les résultats proviennent de l'enquête annuelle de la DGCL auprès des employeurs territoriaux, rapprochée des contrats enregistrés. Les effectifs sont arrondis. Les années précédentes sont disponibles dans les bulletins antérieurs, notamment le BIS n° 142 consacré aux apprentis dans la fonction publique territoriale en 2019.

            ## À lire aussi

            Le rapport annuel sur l'état de la fonction publique territoriale présente chaque année les effectifs, les recrutements et les rémunérations des agents des collectivités locales. Les données détaillées de l'enquête apprentis sont téléchargeables dans l'espace données du site, sous la forme de tableaux par région et par type d'employeur.

            ## Comparaison avec les autres versants de la fonction publique

            La fonction publique de l'État et la fonction publique hospitalière accueillent aussi des apprentis, mais en moindre nombre rapporté à leurs effectifs. Les collectivités locales forment ainsi près de la moitié des apprentis du secteur public en 2022. Cette place tient à la diversité de leurs métiers et à la présence d'employeurs dans tous les territoires, y compris dans les communes rurales éloignées des grandes entreprises privées qui recrutent habituellement des apprentis.

            ## Contact

            Pour toute question sur ce bulletin, vous pouvez écrire au département des études et des statistiques locales par le formulaire de contact du site. Les réponses sont apportées dans un délai d'un mois. Ce contenu est un exemple fictif rédigé pour un corpus de démonstration.
            """,
    };
}
