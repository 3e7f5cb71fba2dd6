using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

public sealed class CrcOccitaniePaysDeLunel2022 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "crc-occitanie-cc-pays-de-lunel-rod-2022.pdf",
        Title = "Communauté de communes du Pays de Lunel (Hérault) — Rapport d'observations définitives",
        Publisher = "Chambre régionale des comptes Occitanie",
        Date = "2022-05-31",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Geo, Themes.Finances],
        Url = "https://ccomptes.example/crc/occitanie/rod-cc-pays-de-lunel-2022.pdf",
        RunningHeader = "Chambre régionale des comptes Occitanie — CC du Pays de Lunel",
        Masthead = ["Chambre régionale des comptes Occitanie", "Rapport d'observations définitives"],
        Subtitle = "Contrôle des comptes et de la gestion, exercices 2016 à 2021",
        Byline = ["Mai 2022"],
        CheckPhrase = "Pays de Lunel",
        InfoAuthor = "CRC Occitanie - greffe",
        Body = """
            ## Synthèse

            La communauté de communes du Pays de Lunel regroupe quatorze communes de l'est de l'Hérault, entre Montpellier et Nîmes, pour 51 000 habitants. La commune de Lunel en est la ville centre, avec 26 000 habitants. La chambre a examiné l'exercice des compétences, la situation financière, la gestion des ressources humaines et la commande publique de l'établissement. Elle constate une intégration intercommunale encore faible et des relations financières avec les communes membres peu formalisées. Elle formule cinq recommandations.

            ## 1. Le territoire et les compétences

            [[cols]]
            Le territoire connaît une croissance démographique soutenue (+ 1,1 % par an entre 2013 et 2019), alimentée par l'arrivée de ménages travaillant dans les métropoles de Montpellier et de Nîmes. Le revenu médian y est inférieur à la moyenne départementale et le taux de chômage reste élevé.

            La communauté de communes exerce les compétences obligatoires : développement économique, aménagement de l'espace, collecte et traitement des déchets, gestion des milieux aquatiques et prévention des inondations, accueil des gens du voyage. Elle exerce aussi la compétence eau et assainissement depuis 2020.

            Le projet de territoire adopté en 2017 n'a pas été actualisé après le renouvellement des conseils de 2020. La chambre recommande de le réviser et d'en tirer un pacte financier et fiscal entre la communauté et ses communes.

            ## 2. La gouvernance

            Le conseil communautaire compte 41 sièges, dont 17 pour la commune de Lunel. Le bureau se réunit chaque semaine. Les délégations consenties au président sont larges, mais les comptes rendus des décisions prises par délégation ne sont pas systématiquement présentés au conseil.
            [[/cols]]

            ## 3. La situation financière

            Les produits de gestion du budget principal s'élèvent à 38,5 millions d'euros en 2021. La fiscalité professionnelle unique et la taxe d'enlèvement des ordures ménagères en constituent l'essentiel. Une part importante de ces recettes est reversée aux communes sous la forme d'attributions de compensation (12,4 millions d'euros), dont le montant n'a pas été révisé depuis 2012.

            | En millions d'euros | 2017 | 2019 | 2021 |
            | Produits de gestion | 34,2 | 36,1 | 38,5 |
            | dont fiscalité économique | 13,8 | 14,6 | 15,2 |
            | Attributions de compensation versées | 12,4 | 12,4 | 12,4 |
            | Épargne brute | 3,6 | 4,2 | 4,9 |
            | Dépenses d'équipement | 5,1 | 8,7 | 6,3 |
            | Encours de dette | 18,9 | 22,5 | 21,7 |
            Source : CRC Occitanie, d'après les comptes de gestion (données fictives).

            L'épargne brute progresse mais reste modeste au regard des besoins d'investissement liés à l'eau et à l'assainissement et à la prévention des inondations du Vidourle. La capacité de désendettement atteint 4,4 années en 2021.

            ## 4. Les ressources humaines

            Les effectifs passent de 212 à 268 équivalents temps plein entre 2016 et 2021, principalement du fait du transfert de l'eau et de l'assainissement. Le temps de travail est conforme à la durée légale depuis 2022. Les lignes directrices de gestion ont été adoptées avec retard. L'absentéisme des agents de collecte est élevé : 34 jours d'absence par agent en 2021.

            ## 5. La commande publique

            La communauté a mis en place un service commun de la commande publique avec la ville de Lunel. Les procédures contrôlées sont régulières dans l'ensemble. Toutefois, l'analyse des offres du marché de collecte des déchets de 2019 a pondéré le critère technique sans en préciser les sous-critères, ce qui fragilise la procédure.

            ## Recommandations

            - Recommandation n° 1 : actualiser le projet de territoire et adopter un pacte financier et fiscal.
            - Recommandation n° 2 : présenter au conseil communautaire l'ensemble des décisions prises par délégation.
            - Recommandation n° 3 : réviser les attributions de compensation au vu de l'évaluation des charges transférées.
            - Recommandation n° 4 : mettre en place un plan de prévention de l'absentéisme des agents de collecte.
            - Recommandation n° 5 : préciser les sous-critères d'analyse des offres dans les règlements de consultation.

            Ainsi rédigé, le présent rapport est un exemple fictif ; les chiffres ne proviennent d'aucun contrôle réel.
            """,
    };
}
