using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class DreesApaBeneficiaires2017 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "drees-allocation-personnalisee-autonomie-2017.html",
        Title = "L'allocation personnalisée d'autonomie en 2017 : 1,3 million de bénéficiaires",
        Publisher = "DREES",
        Date = "2019-07-09",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Social],
        Url = "https://drees.example/publications/etudes-et-resultats/apa-2017",
        Meta = HtmlMeta.OpenGraph,
        DateCue = "Études et résultats — juillet 2019",
        Breadcrumb = ["Publications", "Études et résultats"],
        Body = """
            Fin 2017, 1 286 000 personnes âgées de 60 ans ou plus bénéficient de l'allocation personnalisée d'autonomie (APA), versée par les départements. Six bénéficiaires sur dix vivent à domicile, quatre sur dix en établissement. Le nombre de bénéficiaires augmente de 1,9 % en un an, un rythme proche de celui des années précédentes. La dépense totale d'APA atteint 5,9 milliards d'euros, dont 3,6 milliards pour l'APA à domicile.

            ## Qui sont les bénéficiaires ?

            Les bénéficiaires de l'APA sont âgés : 58 % ont 85 ans ou plus. Les femmes représentent les trois quarts des bénéficiaires, en raison de leur espérance de vie plus longue. Le degré de perte d'autonomie est mesuré par la grille AGGIR, qui classe les personnes en six groupes iso-ressources (GIR) ; seuls les GIR 1 à 4 ouvrent droit à l'allocation. À domicile, la majorité des bénéficiaires relèvent du GIR 4, le moins dépendant ; en établissement, les GIR 1 et 2 sont majoritaires.

            | Groupe iso-ressources | À domicile | En établissement | Ensemble |
            | GIR 1 (dépendance la plus forte) | 2 % | 17 % | 8 % |
            | GIR 2 | 17 % | 42 % | 27 % |
            | GIR 3 | 22 % | 18 % | 20 % |
            | GIR 4 | 59 % | 23 % | 45 % |
            | Effectif (milliers) | 775 | 511 | 1 286 |
            Source : DREES, enquête Aide sociale 2017 (données fictives).

            ## Le plan d'aide à domicile

            À domicile, une équipe médico-sociale du département évalue les besoins et propose un plan d'aide : heures d'aide à domicile, portage de repas, téléassistance, adaptation du logement, accueil de jour. Le montant moyen du plan d'aide est de 520 euros par mois. Le bénéficiaire acquitte une participation qui dépend de ses ressources : elle est nulle pour les revenus les plus modestes. La réforme de 2016 a relevé les plafonds des plans d'aide et réduit la participation des bénéficiaires aux plans les plus lourds.

            ## Des écarts entre départements

            La part des personnes de 75 ans ou plus bénéficiaires de l'APA varie fortement d'un département à l'autre : elle dépasse 30 % dans certains départements du sud et de l'outre-mer, et reste sous 15 % dans l'ouest. Ces écarts tiennent à l'état de santé de la population, à l'offre d'établissements, aux pratiques d'évaluation des équipes médico-sociales et au recours à l'allocation. En Corse, dans l'Hérault et dans les Bouches-du-Rhône, la part des bénéficiaires vivant à domicile est particulièrement élevée.

            ## Le financement

            L'APA est financée par les départements, avec un concours de la Caisse nationale de solidarité pour l'autonomie qui couvre environ 36 % de la dépense en 2017. Le reste à charge des départements progresse chaque année, ce qui pèse sur leurs budgets, en particulier dans les départements ruraux et âgés, comme la Creuse, le Cantal, le Lot ou la Nièvre. Ainsi, la question du financement de la perte d'autonomie reste au cœur des débats sur les finances départementales.

            ## Les aidants

            À domicile, l'aide apportée par les proches reste essentielle. La plupart des bénéficiaires de l'APA reçoivent aussi l'aide d'un conjoint, d'un enfant ou d'un voisin. La loi de 2015 relative à l'adaptation de la société au vieillissement a reconnu un droit au répit pour les proches aidants, financé dans le cadre de l'APA, qui permet par exemple un accueil temporaire de la personne aidée.

            ## Méthode

            L'enquête annuelle Aide sociale recueille auprès des départements le nombre de bénéficiaires de chaque prestation au 31 décembre et les dépenses de l'année. Les données de cette page sont fictives et écrites pour un corpus de démonstration ; elles ne doivent pas être utilisées comme statistiques.
            """,
    };
}
