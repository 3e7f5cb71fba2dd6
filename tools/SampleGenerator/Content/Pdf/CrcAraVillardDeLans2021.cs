using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

public sealed class CrcAraVillardDeLans2021 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "crc-ara-commune-villard-de-lans-rod-2021.pdf",
        Title = "Commune de Villard-de-Lans (Isère) — Rapport d'observations définitives",
        Publisher = "Chambre régionale des comptes Auvergne-Rhône-Alpes",
        Date = "2021-09-14",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances],
        Url = "https://ccomptes.example/crc/auvergne-rhone-alpes/rod-villard-de-lans-2021.pdf",
        RunningHeader = "CRC Auvergne-Rhône-Alpes — Commune de Villard-de-Lans",
        Hyphenate = true,
        FooterLabel = "Rapport d'observations définitives",
        Masthead = ["Chambre régionale des comptes Auvergne-Rhône-Alpes", "Rapport d'observations définitives et ses réponses"],
        Subtitle = "Exercices 2015 et suivants",
        Byline = ["Délibéré le 8 juillet 2021 — communiqué le 14 septembre 2021"],
        CheckPhrase = "Villard-de-Lans",
        Body = """
            ## Synthèse

            La chambre régionale des comptes Auvergne-Rhône-Alpes a contrôlé les comptes et la gestion de la commune de Villard-de-Lans (Isère), station de moyenne montagne du massif du Vercors qui compte 4 100 habitants permanents et dont la population est multipliée par cinq en saison. Le contrôle a porté sur la gouvernance, la fiabilité des comptes, la situation financière, les ressources humaines et la commande publique, ainsi que sur les relations avec les acteurs du domaine skiable.

            La commune présente une situation financière saine mais fragile, car dépendante de la fréquentation touristique. La fermeture des remontées mécaniques pendant l'hiver 2020-2021 a fortement réduit la taxe de séjour et les redevances. La chambre formule six recommandations.

            ## 1. Gouvernance et relations avec la communauté de communes

            [[cols]]
            La commune est membre de la communauté de communes du massif du Vercors, qui regroupe sept communes iséroises. Les compétences transférées sont limitées : la promotion touristique a été transférée à l'office de tourisme intercommunal, mais la commune conserve la gestion de nombreux équipements de loisirs, dont le centre aquatique et la patinoire.

            Les délégations de fonctions aux adjoints sont conformes au code général des collectivités territoriales. En revanche, le règlement intérieur du conseil municipal n'a pas été mis à jour depuis 2014 et les comptes rendus des commissions ne sont pas publiés.

            La chambre relève que les conventions passées avec la société d'économie mixte chargée des remontées mécaniques ne prévoient pas de rapport annuel détaillé au conseil municipal. L'information des élus sur les risques financiers liés au domaine skiable est donc insuffisante.

            ## 2. Fiabilité des comptes

            Les restes à réaliser en investissement sont surévalués : certains engagements datent de plus de trois ans et ne sont appuyés par aucun marché signé. L'inventaire physique des biens n'a pas été rapproché de l'état de l'actif tenu par le comptable public. Les provisions pour risques liés aux contentieux en cours ne sont pas constituées.
            [[/cols]]

            ## 3. Situation financière

            Les produits de gestion de la commune s'élèvent à 9,4 millions d'euros en 2020. La taxe de séjour et les recettes des équipements touristiques en représentent près d'un quart. L'épargne brute a diminué de 1,9 million d'euros en 2019 à 0,8 million d'euros en 2020. L'encours de dette atteint 11,2 millions d'euros, soit 2 730 euros par habitant permanent, un niveau élevé qui doit toutefois être rapproché de la population touristique.

            | En milliers d'euros | 2016 | 2018 | 2019 | 2020 |
            | Produits de gestion | 9 050 | 9 380 | 9 720 | 9 410 |
            | Charges de gestion | 7 420 | 7 610 | 7 690 | 8 390 |
            | Épargne brute | 1 480 | 1 640 | 1 880 | 790 |
            | Dépenses d'équipement | 2 310 | 3 150 | 4 020 | 1 960 |
            | Encours de dette au 31 décembre | 10 150 | 10 480 | 11 640 | 11 210 |
            | Capacité de désendettement (années) | 6,9 | 6,4 | 6,2 | 14,2 |
            Source : CRC, d'après les comptes de gestion (données fictives).

            La chambre invite la commune à élaborer un plan pluriannuel d'investissement tenant compte de la diminution probable de l'enneigement et de la diversification des activités vers les quatre saisons.

            ## 4. Ressources humaines

            La commune emploie 86 agents permanents et recrute jusqu'à 40 saisonniers l'hiver. Le temps de travail de référence est inférieur aux 1 607 heures annuelles prévues par la loi, en raison de jours de congés supplémentaires accordés localement. Le régime indemnitaire a été mis en conformité en 2019. Les heures supplémentaires des agents des services techniques, liées au déneigement, sont payées sans contrôle automatisé.

            ## 5. Commande publique

            La commande publique n'est pas centralisée. Plusieurs achats récurrents de fournitures et de petits travaux ont été fractionnés, ce qui a conduit à dépasser les seuils de procédure sans mise en concurrence. Le marché de rénovation du centre aquatique a connu quatre avenants, qui ont augmenté son montant initial de 22 %.

            ## Recommandations

            - Recommandation n° 1 : mettre à jour le règlement intérieur du conseil municipal et publier les comptes rendus des commissions.
            - Recommandation n° 2 : prévoir dans les conventions avec la société d'économie mixte un rapport annuel présenté au conseil municipal.
            - Recommandation n° 3 : apurer les restes à réaliser et constituer les provisions pour risques.
            - Recommandation n° 4 : adopter un plan pluriannuel d'investissement intégrant l'adaptation au changement climatique.
            - Recommandation n° 5 : appliquer la durée légale du temps de travail de 1 607 heures.
            - Recommandation n° 6 : centraliser les achats et formaliser une nomenclature des besoins homogènes.

            La réponse du maire, jointe au rapport, indique que les recommandations n° 1, 3 et 5 sont en cours de mise en œuvre. Ce rapport est un document fictif rédigé pour un corpus de démonstration.
            """,
    };
}
