using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

/// <summary>Uses "dépenses de fonctionnement" often and never the functional presentation.</summary>
public sealed class DgclBis165FinancesCommunes2021 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "dgcl-bis-165-situation-financiere-communes-2021.pdf",
        Title = "La situation financière des communes en 2021",
        Publisher = "DGCL",
        Date = "2022-10-18",
        Type = DocumentTypeLabels.Bis,
        Themes = [Themes.Finances],
        Url = "https://dgcl.example/statistiques/bis/bis-165-finances-communes-2021.pdf",
        RunningHeader = "Bulletin d'information statistique n° 165",
        Ligatures = true,
        Masthead = ["Direction générale des collectivités locales", "Bulletin d'information statistique n° 165 — octobre 2022"],
        Subtitle = "Les dépenses de fonctionnement repartent à la hausse, l'épargne brute se redresse",
        Byline = ["Publication : 18 octobre 2022"],
        CheckPhrase = "dépenses de fonctionnement",
        Body = """
            En 2021, les dépenses de fonctionnement des communes atteignent 69,8 milliards d'euros, en hausse de 2,4 % après une année 2020 marquée par la fermeture temporaire de nombreux services. Les recettes de fonctionnement progressent plus vite (+ 3,9 %), portées par la fiscalité et par la reprise des produits des services. L'épargne brute, différence entre ces recettes et ces dépenses de fonctionnement, augmente donc de 10 % et retrouve son niveau de 2019. Les dépenses d'investissement, en recul en 2020 du fait du calendrier électoral et de la crise sanitaire, rebondissent de 6,5 %.

            ## Les dépenses de fonctionnement : le poids des frais de personnel

            [[cols]]
            Les frais de personnel représentent 54 % des dépenses de fonctionnement des communes. Ils augmentent de 2,1 % en 2021, sous l'effet du glissement vieillesse technicité, de la reprise des recrutements saisonniers et des mesures de revalorisation des bas salaires. Les achats et charges externes, qui avaient fortement baissé en 2020, progressent de 5,8 % : les cantines, les centres de loisirs et les équipements sportifs ont rouvert, et les prix de l'énergie commencent à monter en fin d'année.

            Les subventions versées aux associations et les contributions aux syndicats intercommunaux restent stables. Les intérêts de la dette poursuivent leur baisse (– 7 %), grâce à des taux historiquement bas. Au total, les dépenses de fonctionnement hors intérêts progressent de 2,6 %.

            La dynamique des dépenses de fonctionnement dépend fortement de la taille des communes. Dans les communes de moins de 500 habitants, elles n'augmentent que de 1,2 %. Dans les communes de plus de 100 000 habitants, comme Marseille, Lyon, Nice ou Toulouse, la hausse atteint 3,1 %, en raison du poids des services publics rouverts après les confinements.

            ### Des recettes courantes plus dynamiques

            Les impôts locaux progressent de 3,5 %. La réforme de la taxe d'habitation se traduit en 2021 par le transfert aux communes de la part départementale de la taxe foncière sur les propriétés bâties, corrigé par un coefficient correcteur. Les produits des services, du domaine et des ventes bondissent de 18 %, après une chute de 21 % en 2020.

            Les dotations de l'État sont quasi stables. Ainsi, la dotation forfaitaire diminue légèrement pour les communes dont la population baisse, tandis que les dotations de péréquation augmentent pour les communes rurales et les communes urbaines les plus fragiles.
            [[/cols]]

            | Montants en milliards d'euros | 2019 | 2020 | 2021 | Évolution 2021/2020 |
            | Recettes de fonctionnement | 82,1 | 80,0 | 83,1 | + 3,9 % |
            | Dépenses de fonctionnement | 69,0 | 68,2 | 69,8 | + 2,4 % |
            | dont frais de personnel | 37,1 | 36,9 | 37,7 | + 2,1 % |
            | dont achats et charges externes | 15,2 | 14,3 | 15,1 | + 5,8 % |
            | Épargne brute | 13,1 | 11,8 | 13,3 | + 12,7 % |
            | Dépenses d'investissement hors remboursements | 24,6 | 21,4 | 22,8 | + 6,5 % |
            | Encours de dette au 31 décembre | 62,3 | 63,4 | 63,6 | + 0,3 % |
            Source : DGCL, comptes de gestion des communes (données fictives, France entière hors Mayotte).

            ## L'épargne brute se redresse

            Le taux d'épargne brute, rapport entre l'épargne brute et les recettes de fonctionnement, s'établit à 16,0 % en 2021, contre 14,8 % en 2020. Près de 8 % des communes dégagent toutefois une épargne nette négative : leur épargne brute ne suffit pas à couvrir le remboursement du capital de leur dette. Elles sont plus nombreuses dans les communes touristiques de montagne, dont les recettes ont été durablement affectées par la fermeture des remontées mécaniques, comme à Chamonix-Mont-Blanc (Haute-Savoie) ou à Bourg-Saint-Maurice (Savoie).

            La capacité de désendettement, rapport entre l'encours de dette et l'épargne brute, s'améliore et passe de 5,4 à 4,8 années. Les écarts restent importants selon la strate démographique.

            | Strate de population | Dépenses de fonctionnement (€ par habitant) | Épargne brute (€ par habitant) | Taux d'épargne brute |
            | Moins de 500 habitants | 612 | 168 | 21,5 % |
            | 500 à 3 499 habitants | 687 | 152 | 18,1 % |
            | 3 500 à 9 999 habitants | 905 | 158 | 14,9 % |
            | 10 000 à 99 999 habitants | 1 204 | 176 | 12,7 % |
            | 100 000 habitants ou plus | 1 398 | 205 | 12,8 % |
            Source : DGCL, comptes de gestion 2021.

            ## L'investissement reprend

            Les dépenses d'équipement des communes atteignent 19,7 milliards d'euros. La reprise est nette dans les communes de 3 500 à 10 000 habitants, où les nouvelles équipes municipales élues en 2020 engagent leurs premiers programmes : rénovation énergétique des écoles, voirie, équipements sportifs. Les subventions d'investissement reçues, notamment la dotation de soutien à l'investissement local et les crédits du plan de relance, augmentent de 14 %.

            Le financement de l'investissement repose d'abord sur l'épargne. Les emprunts nouveaux (7,9 milliards d'euros) sont légèrement inférieurs aux remboursements, si bien que l'encours de dette est quasi stable. La trésorerie des communes reste abondante à la fin de l'exercice 2021.

            ## Repères régionaux

            Les dépenses de fonctionnement par habitant sont les plus élevées en Provence-Alpes-Côte d'Azur et en Île-de-France, les plus faibles en Bretagne et dans les Pays de la Loire, où l'intercommunalité exerce davantage de compétences. La commune de Rennes (Ille-et-Vilaine) et celle de Nantes (Loire-Atlantique) se situent ainsi nettement sous la moyenne de leur strate. En outre-mer, la situation des communes de Guadeloupe et de Martinique reste tendue, avec des dépenses de fonctionnement supérieures aux recettes courantes dans une commune sur six.

            ## Définitions

            Les dépenses de fonctionnement regroupent les charges courantes de la commune : personnel, achats, subventions, contributions et intérêts de la dette. L'épargne brute est l'excédent des recettes de fonctionnement sur les dépenses de fonctionnement ; elle mesure la capacité de la commune à financer ses investissements et à rembourser sa dette. Les montants de ce bulletin sont des exemples fictifs.
            """,
    };
}
