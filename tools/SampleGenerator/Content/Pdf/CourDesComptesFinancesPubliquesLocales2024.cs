using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

public sealed class CourDesComptesFinancesPubliquesLocales2024 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "ccomptes-finances-publiques-locales-2024-fascicule-1.pdf",
        Title = "Les finances publiques locales 2024 — Fascicule 1 : la situation financière des collectivités en 2023",
        Publisher = "Cour des comptes",
        Date = "2024-07-16",
        Type = DocumentTypeLabels.Rapport,
        Themes = [Themes.Finances, Themes.Dotations],
        Url = "https://ccomptes.example/publications/finances-publiques-locales-2024-fascicule-1.pdf",
        RunningHeader = "Cour des comptes — Les finances publiques locales 2024",
        Ligatures = true,
        Hyphenate = true,
        FooterLabel = "Rapport sur la situation financière et la gestion des collectivités territoriales",
        Masthead = ["Cour des comptes — Juridictions financières", "Rapport public thématique — juillet 2024"],
        InfoTitle = "RPT FPL 2024 fasc1 (relecture)",
        CheckPhrase = "collectivités territoriales",
        Body = """
            ## Synthèse

            En 2023, la situation financière des collectivités territoriales se dégrade pour la première fois depuis 2020. Leurs recettes de fonctionnement progressent de 3,5 %, mais leurs dépenses de fonctionnement augmentent de 6,1 %, sous l'effet de la hausse des prix de l'énergie, de la revalorisation du point d'indice et de l'inflation sur les achats. L'épargne brute de l'ensemble des collectivités diminue de 7,4 %. Cette baisse est très inégale : elle est forte pour les départements, dont les droits de mutation chutent avec le marché immobilier, modérée pour les régions, et limitée pour le bloc communal.

            Les juridictions financières relèvent que l'investissement local continue de progresser (+ 8,2 %) et qu'il est financé davantage par l'emprunt. Elles recommandent de mieux anticiper les effets du cycle immobilier sur les recettes des départements et d'engager une réflexion sur la répartition des ressources entre catégories de collectivités.

            ## 1. Le bloc communal résiste

            [[cols]]
            Les communes et leurs groupements bénéficient en 2023 de la revalorisation de 7,1 % des valeurs locatives, qui soutient le produit de la taxe foncière sur les propriétés bâties. La fraction de TVA reçue par les intercommunalités en remplacement de la taxe d'habitation et de la CVAE progresse de 3,6 %. Leur épargne brute diminue de 2,3 %.

            Les situations restent très diverses. Les communes touristiques, qui ont bénéficié de la reprise de la fréquentation, disposent de marges confortables. Les communes qui gèrent en régie de grands équipements énergivores, comme les piscines et les patinoires, ont été plus exposées à la hausse des prix de l'énergie, malgré le filet de sécurité institué par l'État.

            ## 2. Les départements fragilisés

            Les droits de mutation à titre onéreux des départements diminuent de 22 % en 2023, après deux années exceptionnelles. Dans le même temps, leurs dépenses sociales continuent d'augmenter : revalorisation du revenu de solidarité active, hausse des tarifs de l'aide à domicile, croissance des placements au titre de l'aide sociale à l'enfance. L'épargne brute des départements recule de 29 %.

            Ainsi, une quinzaine de départements présentent fin 2023 un taux d'épargne brute inférieur à 7 %. Parmi eux figurent des départements urbains très dépendants des droits de mutation, comme les Bouches-du-Rhône ou la Gironde, et des départements ruraux aux ressources faibles.

            ## 3. Les régions stables

            Les régions, dont les ressources reposent désormais largement sur des fractions de TVA, voient leurs recettes progresser de 2,8 %. Leurs dépenses augmentent avec les transports ferroviaires régionaux, dont les contrats avec la SNCF intègrent la hausse du prix de l'énergie.
            [[/cols]]

            | Milliards d'euros (2023) | Bloc communal | Départements | Régions | Ensemble |
            | Recettes de fonctionnement | 132,6 | 72,4 | 29,8 | 234,8 |
            | Dépenses de fonctionnement | 110,2 | 66,1 | 22,5 | 198,8 |
            | Épargne brute | 22,4 | 6,3 | 7,3 | 36,0 |
            | Évolution de l'épargne brute | – 2,3 % | – 29,0 % | – 3,1 % | – 7,4 % |
            | Dépenses d'investissement | 45,9 | 13,4 | 12,3 | 71,6 |
            | Encours de dette | 105,3 | 30,8 | 35,7 | 171,8 |
            Source : Cour des comptes, d'après les comptes de gestion (données fictives).

            ## 4. Les concours financiers de l'État

            Les concours financiers de l'État aux collectivités atteignent 54,8 milliards d'euros en 2023. La dotation globale de fonctionnement augmente de 320 millions d'euros, et le fonds d'accélération de la transition écologique dans les territoires soutient les projets d'investissement. La Cour observe que l'empilement des dotations d'investissement, aux critères d'éligibilité différents, complique la tâche des petites collectivités.

            ## 5. La dette locale

            L'encours de dette des collectivités atteint 171,8 milliards d'euros fin 2023, en hausse de 2,4 %. La remontée des taux d'intérêt renchérit les nouveaux emprunts, mais son effet sur les charges financières reste progressif, car la dette locale est majoritairement à taux fixe. La Cour invite les collectivités les plus endettées à surveiller leur capacité de désendettement et à éviter de financer par l'emprunt des dépenses qui ne créent pas de patrimoine.

            ## Recommandations

            - Recommandation n° 1 : constituer, pour les départements, une réserve de précaution alimentée les années de forte croissance des droits de mutation.
            - Recommandation n° 2 : regrouper les dotations d'investissement de l'État dans un cadre unique et pluriannuel.
            - Recommandation n° 3 : publier chaque année une analyse de la soutenabilité de la dette des collectivités les plus endettées.

            Ce fascicule est un texte fictif rédigé pour un corpus de démonstration ; ses chiffres ne proviennent d'aucun rapport réel.
            """,
    };
}
