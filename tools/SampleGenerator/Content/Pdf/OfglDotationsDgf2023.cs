using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

public sealed class OfglDotationsDgf2023 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "ofgl-dotations-dgf-2023.pdf",
        Title = "Les dotations de l'État aux collectivités en 2023 : la DGF repart à la hausse",
        Publisher = "OFGL",
        Date = "2023-09-20",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Dotations, Themes.Finances],
        Url = "https://ofgl.example/publications/dotations-dgf-2023.pdf",
        RunningHeader = "OFGL — Dotations 2023",
        Masthead = ["OFGL — Observatoire des finances et de la gestion publique locales", "Dossier statistique — septembre 2023"],
        Byline = ["Publication : 20 septembre 2023"],
        CheckPhrase = "dotation globale de fonctionnement",
        Body = """
            Pour la première fois depuis 2013, l'enveloppe de la dotation globale de fonctionnement (DGF) augmente en 2023 : elle atteint 26,9 milliards d'euros, soit 320 millions d'euros de plus qu'en 2022. Cette hausse finance la progression des dotations de péréquation sans réduire la dotation forfaitaire de la plupart des communes. Le présent dossier décrit la répartition de la DGF 2023 entre catégories de collectivités et les autres concours financiers de l'État.

            ## Les composantes de la DGF

            La DGF est le principal concours financier de l'État aux collectivités. Elle est libre d'emploi. Elle comporte, pour chaque catégorie de collectivités, une part forfaitaire et une part de péréquation. Les régions la perçoivent désormais sous forme d'une fraction de TVA et n'apparaissent plus dans l'enveloppe.

            [[cols]]
            ### La DGF des communes

            Les communes perçoivent 12,4 milliards d'euros, dont 6,8 milliards au titre de la dotation forfaitaire. La dotation de solidarité urbaine et de cohésion sociale (DSU) progresse de 90 millions d'euros et la dotation de solidarité rurale (DSR) de 200 millions d'euros. La dotation nationale de péréquation est stable.

            Près de 95 % des communes voient leur DGF augmenter ou se maintenir en 2023. Les baisses concernent surtout des communes dont la population diminue ou dont le potentiel financier augmente fortement.

            ### La DGF des groupements

            La dotation d'intercommunalité atteint 1,7 milliard d'euros, en hausse de 30 millions d'euros. La dotation de compensation, qui a remplacé l'ancienne compensation de la part salaires, continue de baisser pour financer les hausses de péréquation.

            ### La DGF des départements

            Les départements perçoivent 8,5 milliards d'euros. La dotation de fonctionnement minimale, réservée aux départements non urbains, et la dotation de péréquation urbaine progressent de 10 millions d'euros chacune.
            [[/cols]]

            | Millions d'euros | DGF 2022 | DGF 2023 | Évolution |
            | Communes : dotation forfaitaire | 6 770 | 6 790 | + 0,3 % |
            | Communes : DSU | 2 566 | 2 656 | + 3,5 % |
            | Communes : DSR | 1 847 | 2 047 | + 10,8 % |
            | Communes : dotation nationale de péréquation | 794 | 794 | 0,0 % |
            | Groupements : dotation d'intercommunalité | 1 663 | 1 693 | + 1,8 % |
            | Groupements : dotation de compensation | 4 070 | 3 990 | – 2,0 % |
            | Départements | 8 480 | 8 500 | + 0,2 % |
            | Ensemble DGF (hors régions) | 26 580 | 26 900 | + 1,2 % |
            Source : OFGL, d'après les notifications de la DGCL (montants fictifs arrondis).

            ## La dotation de solidarité rurale

            La DSR comporte trois fractions : la fraction bourg-centre, la fraction péréquation et la fraction cible, qui concentre l'effort sur les 10 000 communes rurales les plus défavorisées. En 2023, la fraction cible augmente de 18 %. Dans les départements ruraux comme le Cantal, le Gers ou la Haute-Marne, la DSR représente désormais plus de 80 euros par habitant dans de nombreuses communes.

            ## Les dotations d'investissement

            Les concours d'investissement complètent la DGF : dotation d'équipement des territoires ruraux (DETR, 1 046 millions d'euros), dotation de soutien à l'investissement local (DSIL, 570 millions d'euros), dotation politique de la ville (150 millions d'euros) et dotation de soutien à l'investissement des départements (212 millions d'euros). En 2023 s'y ajoute le fonds d'accélération de la transition écologique dans les territoires, dit « fonds vert », doté de 2 milliards d'euros.

            | Concours d'investissement (M€) | 2022 | 2023 |
            | DETR | 1 046 | 1 046 |
            | DSIL | 907 | 570 |
            | Dotation politique de la ville | 150 | 150 |
            | Fonds vert | – | 2 000 |

            ## Qui gagne, qui perd ?

            Parmi les communes de plus de 10 000 habitants, 712 voient leur DGF progresser. Les hausses les plus fortes en euros par habitant concernent des communes éligibles à la DSU cible, comme Denain (Nord), Vaulx-en-Velin (Rhône) ou Trappes (Yvelines). Les communes touristiques et les communes riches en bases économiques voient plutôt leur dotation forfaitaire se réduire par l'effet de l'écrêtement.

            ## Précautions

            Les montants de ce dossier sont des valeurs fictives, arrondies, construites pour un corpus de démonstration. Ils illustrent la structure des dotations sans constituer une source.
            """,
    };
}
