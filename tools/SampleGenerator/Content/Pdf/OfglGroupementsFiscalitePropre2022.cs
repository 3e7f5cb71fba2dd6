using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

public sealed class OfglGroupementsFiscalitePropre2022 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "ofgl-cap-sur-groupements-fiscalite-propre-2022.pdf",
        Title = "Les finances des groupements à fiscalité propre en 2022",
        Publisher = "OFGL",
        Date = "2023-07-06",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Finances, Themes.Geo],
        Url = "https://ofgl.example/publications/cap-sur-groupements-fiscalite-propre-2022.pdf",
        RunningHeader = "OFGL — Cap sur… les groupements à fiscalité propre",
        Hyphenate = true,
        FooterLabel = "Observatoire des finances et de la gestion publique locales",
        Masthead = ["Observatoire des finances et de la gestion publique locales (OFGL)", "Collection « Cap sur » n° 17 — juillet 2023"],
        Subtitle = "Des recettes fiscales dynamiques, des investissements en forte hausse",
        CheckPhrase = "groupements à fiscalité propre",
        Body = """
            En 2022, les groupements à fiscalité propre (GFP) — métropoles, communautés urbaines, communautés d'agglomération et communautés de communes — ont perçu 43,9 milliards d'euros de recettes de fonctionnement. Leur épargne brute progresse de 7,5 % et leurs dépenses d'investissement augmentent de 11 %. Cette étude présente leurs comptes consolidés, budgets principaux et budgets annexes, et les compare selon la catégorie de groupement.

            ## Des recettes portées par la fraction de TVA

            [[cols]]
            Depuis 2021, les groupements ne perçoivent plus de taxe d'habitation sur les résidences principales ; ils reçoivent en compensation une fraction du produit national de la TVA. En 2022, cette fraction progresse de 9,6 %, au rythme de la consommation. La cotisation foncière des entreprises (CFE) progresse de 4,4 % et la cotisation sur la valeur ajoutée des entreprises (CVAE) de 2,9 %.

            La taxe d'enlèvement des ordures ménagères, perçue par la plupart des groupements compétents en matière de déchets, atteint 7,6 milliards d'euros. Son produit augmente avec les bases foncières et avec les hausses de taux votées pour financer la modernisation des centres de tri.

            Les dotations de l'État, principalement la dotation d'intercommunalité et la dotation de compensation, sont stables en valeur.

            ### Des dépenses en hausse

            Les dépenses de gestion progressent de 5,1 %. Les achats augmentent fortement sous l'effet du prix de l'énergie et des carburants pour la collecte. Les frais de personnel progressent de 4,2 %, avec la revalorisation du point d'indice de juillet 2022.
            [[/cols]]

            | Milliards d'euros | Métropoles | CU | CA | CC | Ensemble |
            | Recettes de fonctionnement | 16,8 | 2,1 | 13,5 | 11,5 | 43,9 |
            | Dépenses de gestion | 12,9 | 1,7 | 11,0 | 9,6 | 35,2 |
            | Épargne brute | 3,5 | 0,4 | 2,3 | 1,8 | 8,0 |
            | Dépenses d'équipement | 5,4 | 0,6 | 3,6 | 3,5 | 13,1 |
            | Encours de dette | 26,1 | 2,8 | 15,4 | 10,2 | 54,5 |
            Source : OFGL, comptes consolidés des GFP, 2022 (données fictives). CU : communautés urbaines ; CA : communautés d'agglomération ; CC : communautés de communes.

            ## L'investissement accélère

            Les dépenses d'équipement des groupements atteignent 13,1 milliards d'euros. Le cycle électoral, commencé en 2020, entre dans sa phase la plus active. Les métropoles investissent dans les transports en commun : extensions de tramway à Montpellier et à Strasbourg, bus à haut niveau de service à Rouen. Les communautés de communes investissent dans l'eau potable, l'assainissement et les zones d'activité. Le financement repose sur l'épargne et sur les subventions reçues ; les emprunts nouveaux progressent mais restent proches des remboursements.

            ## Des situations contrastées selon la taille

            Les communautés de communes de moins de 15 000 habitants, souvent en zone de montagne, dégagent un taux d'épargne brute plus faible que les autres. À l'inverse, les communautés d'agglomération de 100 000 à 300 000 habitants, comme Annecy, La Rochelle ou Pau Béarn Pyrénées, présentent des marges confortables.

            | Strate démographique | Nombre de GFP | Taux d'épargne brute | Dépenses d'équipement (€/hab.) |
            | Moins de 15 000 habitants | 312 | 14,1 % | 158 |
            | 15 000 à 50 000 habitants | 620 | 16,4 % | 172 |
            | 50 000 à 100 000 habitants | 168 | 17,3 % | 181 |
            | 100 000 à 300 000 habitants | 112 | 18,2 % | 196 |
            | 300 000 habitants ou plus | 42 | 20,5 % | 247 |

            ## Les relations financières avec les communes

            Les attributions de compensation versées aux communes atteignent 10,7 milliards d'euros. Elles sont stables, car elles ne sont révisées qu'en cas de nouveau transfert de compétence. La dotation de solidarité communautaire, facultative pour la plupart des groupements, atteint 0,9 milliard d'euros. Le fonds national de péréquation des ressources intercommunales et communales redistribue 1 milliard d'euros entre ensembles intercommunaux.

            ## Méthode

            Les comptes consolidés additionnent le budget principal et les budgets annexes, après neutralisation des flux entre budgets. Les groupements dont les comptes étaient incomplets à la date d'extraction, une dizaine chaque année, sont estimés à partir de leurs comptes de l'année précédente. Les montants par habitant sont calculés avec la population totale en vigueur, qui inclut la population comptée à part. Les données sont des exemples fictifs, construits pour un corpus de démonstration ; elles ne reproduisent aucune publication existante.
            """,
    };
}
