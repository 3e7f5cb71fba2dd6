using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

/// <summary>No sidecar: publisher cue "Chambre régionale des comptes Hauts-de-France" in the page.</summary>
public sealed class CrcHautsDeFranceAmiensSynthese2024 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-hdf-amiens-metropole-synthese.html",
        Title = "Communauté d'agglomération Amiens Métropole (Somme) : la politique des transports urbains",
        Publisher = "Chambre régionale des comptes Hauts-de-France",
        Date = "2024-05-21",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Durable, Themes.Finances],
        Url = "https://ccomptes.example/crc/hauts-de-france/amiens-metropole-transports",
        HasSidecar = false,
        DateCue = "Chambre régionale des comptes Hauts-de-France — Rapport d'observations définitives publié le 21 mai 2024",
        Breadcrumb = ["Publications", "Chambres régionales", "Hauts-de-France"],
        PdfLink = ("https://ccomptes.example/crc/hauts-de-france/fichiers/rod-amiens-metropole-2024.pdf", "Lire le rapport d'observations définitives (PDF)"),
        Body = """
            ## Synthèse du rapport

            La chambre régionale des comptes Hauts-de-France a contrôlé la politique des transports urbains de la communauté d'agglomération Amiens Métropole, qui regroupe 39 communes et 180 000 habitants autour d'Amiens, préfecture de la Somme. Le contrôle a porté sur les exercices 2017 à 2022. Il a examiné la gouvernance du réseau, le contrat de délégation de service public, la situation financière du budget annexe des transports et les effets du bus à haut niveau de service mis en service en 2019.

            ## Un réseau restructuré

            La communauté d'agglomération a profondément restructuré son réseau en 2019, avec la création de quatre lignes de bus à haut niveau de service circulant en grande partie en site propre, et l'achat de bus électriques. L'investissement total atteint 127 millions d'euros, financé par l'emprunt, par le versement mobilité acquitté par les employeurs et par des subventions de l'État et de la région. La chambre relève que le projet a été livré dans les délais, mais avec un dépassement de 11 % du budget initial, dû principalement aux travaux de voirie et aux réseaux enterrés.

            ## Une fréquentation en retrait des objectifs

            | Indicateur | 2018 | 2019 | 2021 | 2022 | Objectif 2022 |
            | Voyages (millions) | 14,2 | 15,1 | 11,8 | 14,6 | 17,5 |
            | Kilomètres parcourus (millions) | 5,9 | 6,8 | 6,7 | 6,9 | 6,9 |
            | Taux de couverture des dépenses par les recettes | 21 % | 19 % | 14 % | 16 % | 22 % |
            | Contribution de l'agglomération (M€) | 21,4 | 24,8 | 29,3 | 30,1 | 26,0 |
            Source : chambre régionale des comptes, d'après les rapports du délégataire (données fictives).

            La fréquentation, affectée par la crise sanitaire, n'a pas retrouvé en 2022 l'objectif fixé lors du lancement du projet. Le taux de couverture des dépenses par les recettes commerciales reste faible. La chambre note que les objectifs de fréquentation avaient été établis sans étude de sensibilité et recommande de les actualiser.

            ## Le contrat de délégation

            Le réseau est exploité par une entreprise privée dans le cadre d'une délégation de service public de sept ans. La chambre constate que le contrôle du délégataire par l'agglomération est insuffisant : les rapports annuels sont transmis tardivement et leurs données ne sont pas vérifiées. Le mécanisme d'intéressement aux recettes n'incite pas réellement l'exploitant à développer la fréquentation. Plusieurs avenants ont modifié l'équilibre économique du contrat sans mise en concurrence.

            ## La situation financière du budget annexe

            Le budget annexe des transports dépend pour plus de la moitié du versement mobilité, dont le taux est au maximum autorisé. La contribution du budget principal a augmenté de 40 % entre 2018 et 2022. L'encours de dette du budget annexe atteint 96 millions d'euros, soit une capacité de désendettement supérieure à quinze ans, ce qui limite les marges pour de futurs investissements, comme l'extension du réseau vers les communes de la première couronne.

            ## Recommandations

            - Recommandation n° 1 : actualiser les objectifs de fréquentation du réseau et en rendre compte chaque année au conseil communautaire.
            - Recommandation n° 2 : renforcer le contrôle du délégataire en vérifiant les données de fréquentation et de recettes.
            - Recommandation n° 3 : revoir le mécanisme d'intéressement lors du renouvellement du contrat.
            - Recommandation n° 4 : élaborer une trajectoire financière pluriannuelle du budget annexe des transports.

            ## Réponse de l'ordonnateur

            Le président de la communauté d'agglomération indique dans sa réponse que la fréquentation a progressé en 2023 et que le prochain contrat renforcera les pénalités. Ce rapport, sa synthèse et ses chiffres sont fictifs et écrits pour un corpus de démonstration.
            """,
    };
}
