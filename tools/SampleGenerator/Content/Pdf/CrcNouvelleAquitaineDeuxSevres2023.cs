using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

/// <summary>No sidecar and a junk Info title: metadata must come from page 1.</summary>
public sealed class CrcNouvelleAquitaineDeuxSevres2023 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "rod_2023_079_final.pdf",
        Title = "Département des Deux-Sèvres — Rapport d'observations définitives",
        Publisher = "Chambre régionale des comptes Nouvelle-Aquitaine",
        Date = "2023-04-12",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Social, Themes.Finances],
        Url = "https://ccomptes.example/crc/nouvelle-aquitaine/rod-deux-sevres-2023.pdf",
        HasSidecar = false,
        InfoTitle = "doc_v3_final.doc",
        InfoAuthor = "utilisateur",
        InfoDates = false,
        RunningHeader = "Département des Deux-Sèvres — observations définitives",
        Hyphenate = true,
        Ligatures = true,
        FooterLabel = "Chambre régionale des comptes Nouvelle-Aquitaine",
        Masthead = ["Chambre régionale des comptes Nouvelle-Aquitaine", "Rapport d'observations définitives — avril 2023"],
        Subtitle = "La politique de l'autonomie des personnes âgées (exercices 2017 et suivants)",
        Byline = ["Publication : 12 avril 2023"],
        CheckPhrase = "Deux-Sèvres",
        Body = """
            ## Synthèse

            La chambre régionale des comptes Nouvelle-Aquitaine a examiné la gestion du département des Deux-Sèvres, en concentrant son contrôle sur la politique de l'autonomie des personnes âgées. Le département compte 375 000 habitants ; la part des personnes de 75 ans et plus y atteint 11,4 %, au-dessus de la moyenne nationale. Niort, chef-lieu, Bressuire et Parthenay sont les principales villes. La chambre relève un pilotage de la politique de l'autonomie perfectible, une offre d'hébergement inégalement répartie et des difficultés de recrutement dans l'aide à domicile. Elle formule sept recommandations.

            ## 1. Gouvernance de la politique de l'autonomie

            Le schéma départemental de l'autonomie 2018-2022 fixe des orientations générales, mais ses actions ne sont ni chiffrées ni assorties d'indicateurs de suivi. La conférence des financeurs de la prévention de la perte d'autonomie se réunit régulièrement ; ses crédits ne sont toutefois consommés qu'aux deux tiers. La coordination avec l'agence régionale de santé de Nouvelle-Aquitaine est formalisée dans un contrat pluriannuel qui n'a pas fait l'objet d'un bilan.

            ## 2. Situation financière du département

            [[cols]]
            Les dépenses de gestion du département s'élèvent à 402 millions d'euros en 2021. Les dépenses sociales en représentent 58 %. L'allocation personnalisée d'autonomie (APA) atteint 61 millions d'euros, en hausse de 3,2 % par an depuis 2017. Le département finance également l'aide sociale à l'hébergement des personnes âgées aux ressources modestes.

            Les recettes ont été soutenues par la dynamique des droits de mutation à titre onéreux jusqu'en 2022. L'épargne brute atteint 58 millions d'euros en 2021, soit un taux d'épargne de 12,8 %. L'encours de dette, 246 millions d'euros, représente une capacité de désendettement de 4,2 années.

            La chambre souligne la sensibilité de ces équilibres au ralentissement du marché immobilier : une baisse de 20 % des droits de mutation réduirait l'épargne brute d'un quart.
            [[/cols]]

            | En millions d'euros | 2017 | 2019 | 2021 |
            | Dépenses de gestion | 371 | 385 | 402 |
            | dont allocation personnalisée d'autonomie | 53,6 | 57,2 | 61,0 |
            | dont aide sociale à l'hébergement | 24,1 | 25,3 | 26,7 |
            | Droits de mutation à titre onéreux | 41,2 | 49,8 | 63,5 |
            | Épargne brute | 39,4 | 47,1 | 58,0 |
            | Encours de dette au 31 décembre | 268 | 255 | 246 |
            Source : chambre régionale des comptes, d'après les comptes administratifs (données fictives).

            ## 3. L'offre d'accompagnement

            Le département compte 58 établissements d'hébergement pour personnes âgées dépendantes, pour 4 900 places. Le taux d'équipement est satisfaisant dans le nord du département, autour de Bressuire, mais insuffisant dans le sud, vers Melle et Chef-Boutonne. Le maintien à domicile est assuré par vingt services d'aide et d'accompagnement à domicile, dont la moitié sont associatifs. Le tarif horaire de référence a été relevé en 2022, mais les services peinent à recruter : 9 % des heures d'aide prescrites n'ont pas pu être réalisées en 2021.

            ## 4. Ressources humaines

            Les équipes médico-sociales chargées de l'évaluation de la perte d'autonomie ont vu leurs effectifs stagner alors que le nombre de demandes augmentait. Le délai moyen entre le dépôt d'une demande d'APA et la notification de la décision atteint 74 jours, au-delà du délai réglementaire de deux mois. La chambre recommande de réorganiser l'instruction et de dématérialiser les dossiers.

            ## 5. Commande publique

            Les marchés de portage de repas à domicile ont été passés selon des procédures régulières. En revanche, les conventions d'habilitation à l'aide sociale des établissements ne sont pas renouvelées à échéance, certaines datant de 2009.

            ## Recommandations

            - Recommandation n° 1 : assortir le prochain schéma de l'autonomie d'objectifs chiffrés et d'indicateurs.
            - Recommandation n° 2 : dresser le bilan du contrat pluriannuel conclu avec l'agence régionale de santé.
            - Recommandation n° 3 : améliorer la consommation des crédits de la conférence des financeurs.
            - Recommandation n° 4 : rééquilibrer l'offre d'hébergement au profit du sud du département.
            - Recommandation n° 5 : respecter le délai réglementaire d'instruction des demandes d'APA.
            - Recommandation n° 6 : dématérialiser l'instruction des dossiers d'aide sociale.
            - Recommandation n° 7 : renouveler les conventions d'habilitation à l'aide sociale.

            Ce rapport, ses chiffres et les réponses évoquées sont fictifs ; il a été écrit pour un corpus de démonstration.
            """,
    };
}
