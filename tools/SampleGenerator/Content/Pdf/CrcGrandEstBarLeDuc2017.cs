using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

/// <summary>Bar-le-Duc (a place) next to "bar" in its common sense (a trap).</summary>
public sealed class CrcGrandEstBarLeDuc2017 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "crc-grand-est-commune-bar-le-duc-rod-2017.pdf",
        Title = "Commune de Bar-le-Duc (Meuse) — Rapport d'observations définitives",
        Publisher = "Chambre régionale des comptes Grand Est",
        Date = "2017-10-03",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances, Themes.Culture],
        Url = "https://ccomptes.example/crc/grand-est/rod-bar-le-duc-2017.pdf",
        RunningHeader = "Chambre régionale des comptes Grand Est — Commune de Bar-le-Duc",
        Hyphenate = true,
        FooterLabel = "ROD — Commune de Bar-le-Duc",
        Masthead = ["Chambre régionale des comptes Grand Est", "Rapport d'observations définitives — octobre 2017"],
        Subtitle = "Exercices 2011 et suivants — gestion des équipements culturels et situation financière",
        CheckPhrase = "Bar-le-Duc",
        Body = """
            ## Synthèse

            La chambre régionale des comptes Grand Est a examiné la gestion de la commune de Bar-le-Duc, préfecture de la Meuse, qui compte 15 000 habitants. La ville, dont la population diminue depuis les années 1970, est le centre de la communauté d'agglomération Bar-le-Duc Sud Meuse. Le contrôle a porté sur la gouvernance, la fiabilité des comptes, la situation financière, les ressources humaines et la gestion des équipements culturels : théâtre, conservatoire, médiathèque et musée. La chambre formule cinq recommandations.

            ## 1. Gouvernance et relations avec l'agglomération

            La commune a transféré à la communauté d'agglomération le conservatoire et la médiathèque en 2014, mais conserve le théâtre et le musée. Les conventions de mise à disposition de services entre la ville et l'agglomération ne sont pas actualisées, et les remboursements de frais sont calculés sur des clés forfaitaires anciennes. Plusieurs agents partagent leur temps entre les deux structures sans que cette répartition soit documentée.

            ## 2. Situation financière

            [[cols]]
            Les produits de gestion de la commune atteignent 21,8 millions d'euros en 2016. La baisse des dotations de l'État entre 2014 et 2017, qui représente une perte cumulée de 2,1 millions d'euros, a été en partie compensée par une hausse des taux d'imposition en 2015. L'épargne brute s'établit à 2,4 millions d'euros, soit un taux de 11 %, proche de la moyenne de la strate.

            L'encours de dette diminue de 24,1 à 19,6 millions d'euros entre 2011 et 2016. Il comprenait en 2011 deux emprunts structurés indexés sur le cours de change de l'euro face au franc suisse, renégociés en 2015 avec le soutien du fonds créé par l'État pour sortir des emprunts à risque. L'indemnité de remboursement anticipé, 3,2 millions d'euros, est étalée sur quinze ans.

            ### Le budget annexe du camping

            La commune gère en régie un camping municipal, dont le budget annexe est déficitaire depuis 2013. Le bar de l'accueil, ouvert en saison, est exploité sans autorisation d'occupation formalisée par un prestataire privé, qui ne verse aucune redevance. La chambre invite la commune à régulariser cette situation par une convention d'occupation du domaine public, précisant les conditions d'exploitation de la buvette et le montant de la redevance.
            [[/cols]]

            | En milliers d'euros | 2011 | 2013 | 2015 | 2016 |
            | Produits de gestion | 21 050 | 21 470 | 21 920 | 21 780 |
            | Charges de gestion | 18 320 | 18 940 | 18 850 | 18 810 |
            | Épargne brute | 2 060 | 1 890 | 2 510 | 2 380 |
            | Dépenses d'équipement | 3 910 | 4 620 | 2 870 | 3 140 |
            | Encours de dette au 31 décembre | 24 120 | 22 750 | 20 630 | 19 580 |
            Source : CRC Grand Est, d'après les comptes de gestion (données fictives).

            ## 3. Ressources humaines

            La commune emploie 298 agents en équivalent temps plein. La durée annuelle de travail est de 1 561 heures, inférieure à la durée légale, du fait de jours de congés accordés par un protocole de 2001. Le régime indemnitaire a été refondu en 2016. Les effectifs des services culturels de la ville diminuent depuis les transferts à l'agglomération, mais la masse salariale correspondante n'a pas baissé dans les mêmes proportions.

            ## 4. Les équipements culturels

            Le théâtre municipal accueille 18 000 spectateurs par an. Ses recettes de billetterie couvrent 14 % de ses coûts. La programmation est définie sans objectifs de fréquentation ni de publics. Le musée, installé dans le château des ducs de Bar, a bénéficié d'une rénovation partielle ; son projet scientifique et culturel, exigé pour les musées de France, n'a pas été actualisé depuis 2006.

            ## Recommandations

            - Recommandation n° 1 : actualiser les conventions de mise à disposition de services avec la communauté d'agglomération.
            - Recommandation n° 2 : appliquer la durée légale annuelle de travail de 1 607 heures.
            - Recommandation n° 3 : régulariser l'occupation du domaine public au camping municipal.
            - Recommandation n° 4 : fixer au théâtre des objectifs de fréquentation et de diversification des publics.
            - Recommandation n° 5 : actualiser le projet scientifique et culturel du musée.

            Ce rapport est un exemple fictif rédigé pour un corpus de démonstration.
            """,
    };
}
