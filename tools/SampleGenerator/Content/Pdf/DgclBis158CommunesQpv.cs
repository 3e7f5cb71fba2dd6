using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

public sealed class DgclBis158CommunesQpv : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "dgcl-bis-158-communes-qpv.pdf",
        Title = "Les communes comprenant un quartier prioritaire de la politique de la ville (QPV)",
        Publisher = "DGCL",
        Date = "2021-06-15",
        Type = DocumentTypeLabels.Bis,
        Themes = [Themes.Social, Themes.Finances],
        Url = "https://dgcl.example/statistiques/bis/bis-158-communes-qpv.pdf",
        RunningHeader = "Bulletin d'information statistique n° 158",
        Masthead = ["Direction générale des collectivités locales", "Bulletin d'information statistique n° 158 — juin 2021"],
        Subtitle = "Des communes plus jeunes, plus peuplées et aux ressources fiscales plus faibles",
        Byline = ["Paru le 15/06/2021"],
        CheckPhrase = "quartier prioritaire",
        Body = """
            En 2021, 859 communes de métropole et d'outre-mer comprennent au moins un quartier prioritaire de la politique de la ville (QPV). Elles regroupent 23 millions d'habitants, soit un tiers de la population française, dont 5,4 millions résident dans l'un des 1 514 quartiers prioritaires. Ces communes sont en moyenne plus peuplées, plus jeunes et moins riches que les autres. Leur potentiel financier par habitant est inférieur de 12 % à celui des communes de même taille sans quartier prioritaire, et leurs dépenses sociales sont plus élevées.

            ## Qui sont ces communes ?

            [[cols]]
            Les quartiers prioritaires ont été définis en 2014 selon un critère unique : la concentration de populations à bas revenus, mesurée sur un carroyage de 200 mètres. Les communes qui les accueillent sont très majoritairement urbaines. Près de la moitié comptent plus de 20 000 habitants, contre 1 % de l'ensemble des communes.

            Le quartier prioritaire peut représenter une part très variable de la commune. À Clichy-sous-Bois (Seine-Saint-Denis) ou à Grigny (Essonne), la majorité des habitants vivent en QPV. À Lyon ou à Bordeaux, les quartiers prioritaires ne regroupent qu'une faible part de la population communale.

            Les communes à QPV sont présentes dans toutes les régions. Les Hauts-de-France en comptent 108, avec des quartiers anciens de l'industrie textile à Roubaix et à Tourcoing (Nord) et des cités minières dans le Pas-de-Calais. En Occitanie, Montpellier, Nîmes (Gard) et Perpignan (Pyrénées-Orientales) concentrent plusieurs quartiers de grande taille.

            ### Une population plus jeune

            Les moins de 25 ans représentent 35 % de la population des communes à QPV, contre 29 % ailleurs. La part des familles monoparentales y est également plus élevée. Ainsi, les besoins en équipements scolaires, périscolaires et sportifs y sont plus importants.
            [[/cols]]

            | Indicateur (2020) | Communes avec QPV | Communes sans QPV de plus de 10 000 habitants |
            | Nombre de communes | 859 | 612 |
            | Population (millions) | 23,0 | 13,1 |
            | Part des moins de 25 ans | 35 % | 29 % |
            | Revenu médian par unité de consommation (€) | 19 900 | 23 400 |
            | Potentiel financier (€ par habitant) | 1 082 | 1 231 |
            | Logements sociaux (part des résidences principales) | 27 % | 13 % |
            Source : DGCL, INSEE, fichier des quartiers prioritaires (données fictives).

            ## Des ressources plus faibles, des dotations de péréquation plus élevées

            Le potentiel financier mesure la richesse théorique d'une commune : il additionne les recettes fiscales qu'elle obtiendrait en appliquant des taux moyens et certaines dotations perçues de manière forfaitaire. Celui des communes à QPV est plus faible, en particulier dans les communes de banlieue sans grande zone d'activité. Les dotations de péréquation compensent une partie de l'écart. La dotation de solidarité urbaine et de cohésion sociale (DSU) bénéficie à 96 % des communes à QPV de plus de 10 000 habitants ; elle représente en moyenne 94 euros par habitant dans ces communes.

            | Ressources en € par habitant | Communes avec QPV | Autres communes de plus de 10 000 habitants |
            | Impôts locaux | 612 | 688 |
            | Dotation forfaitaire | 158 | 149 |
            | Dotation de solidarité urbaine | 94 | 8 |
            | Fonds de péréquation intercommunal (solde) | 21 | – 6 |

            ## Des dépenses orientées vers le social et l'éducation

            Les communes à QPV consacrent une part plus élevée de leur budget aux écoles, à la restauration scolaire, à l'action sociale et à la prévention. Leurs centres communaux d'action sociale sont plus souvent dotés d'équipes importantes. Les investissements de rénovation urbaine, cofinancés par l'Agence nationale pour la rénovation urbaine, pèsent sur leur budget d'équipement sur de longues périodes.

            Bar, épicerie, pharmacie : dans de nombreux quartiers, la disparition des commerces de proximité a conduit les communes à racheter des locaux en pied d'immeuble pour maintenir une offre. Ces opérations, portées avec les bailleurs sociaux, sont recensées dans les contrats de ville.

            ## Le contrat de ville, cadre de l'action

            Chaque quartier prioritaire est couvert par un contrat de ville signé par l'État, la commune, l'intercommunalité et de nombreux partenaires. Les contrats de la génération 2015-2020 ont été prolongés jusqu'en 2023. Les crédits spécifiques de la politique de la ville financent des actions d'associations dans les domaines de l'éducation, de l'emploi et de la santé.

            ## Sources et définitions

            La liste des quartiers prioritaires est fixée par décret. Les données financières proviennent des comptes de gestion 2020 ; les données sociales du recensement de la population. Les indicateurs présentés sont des valeurs fictives destinées à un corpus de démonstration.
            """,
    };
}
