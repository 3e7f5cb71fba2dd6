using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

/// <summary>The key document for "apprentis collectivités 2022".</summary>
public sealed class DgclBis170Apprentis2022 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "dgcl-bis-170-apprentis-collectivites-2022.pdf",
        Title = "Les apprentis dans les collectivités locales en 2022",
        Publisher = "DGCL",
        Date = "2023-11-29",
        Type = DocumentTypeLabels.Bis,
        Themes = [Themes.Emploi],
        Url = "https://dgcl.example/statistiques/bis/bis-170-apprentis-2022.pdf",
        RunningHeader = "Bulletin d'information statistique n° 170",
        Hyphenate = true,
        Masthead = ["Direction générale des collectivités locales", "Bulletin d'information statistique n° 170 — novembre 2023"],
        Subtitle = "18 400 contrats d'apprentissage signés par les collectivités en 2022, un record",
        Byline = ["Département des études et des statistiques locales", "Paru le 29/11/2023"],
        CheckPhrase = "contrats d'apprentissage",
        Body = """
            En 2022, les collectivités locales et leurs établissements publics ont signé 18 400 nouveaux contrats d'apprentissage, soit 9 % de plus qu'en 2021. L'apprentissage progresse pour la quatrième année consécutive dans la fonction publique territoriale. Les communes restent les premiers employeurs d'apprentis, mais la hausse la plus nette concerne les départements et les établissements publics de coopération intercommunale. Les apprentis des collectivités préparent plus souvent qu'avant un diplôme de l'enseignement supérieur, et les métiers de l'animation, des espaces verts et de la petite enfance concentrent près de la moitié des recrutements.

            ## Une hausse continue depuis 2019

            [[cols]]
            Le nombre de contrats d'apprentissage signés chaque année par les employeurs territoriaux a presque doublé en quatre ans : 9 700 contrats avaient été conclus en 2018, 18 400 le sont en 2022. La réforme de 2019 sur la liberté de choisir son avenir professionnel, puis la prise en charge d'une partie du coût de la formation par le Centre national de la fonction publique territoriale (CNFPT), ont levé plusieurs freins financiers. Les aides exceptionnelles versées en 2021 et 2022 ont également pesé dans la décision des employeurs.

            Au 31 décembre 2022, 25 300 apprentis sont présents dans les effectifs des collectivités, tous contrats confondus, car une partie des contrats court sur deux ou trois ans. Les apprentis représentent ainsi 1,3 % des agents de la fonction publique territoriale, contre 0,7 % en 2018.

            La progression n'est pas uniforme. Ainsi, les régions, qui recrutaient déjà des apprentis dans les lycées pour l'entretien et la restauration, augmentent peu leurs recrutements (+ 3 %). À l'inverse, les départements signent 2 900 contrats en 2022, contre 2 300 l'année précédente, notamment dans l'action sociale et les routes.

            ### Les communes, premier employeur

            Les communes concluent 9 800 contrats d'apprentissage en 2022, soit 53 % du total. Les communes de plus de 10 000 habitants en signent les deux tiers : Paris, Lyon, Toulouse, Nantes et Montpellier figurent parmi les employeurs les plus actifs. Dans les communes de moins de 3 500 habitants, l'apprenti est souvent le seul jeune recruté de l'année, principalement aux services techniques.

            Les EPCI à fiscalité propre signent 3 600 contrats, en forte hausse (+ 15 %) : les compétences transférées à l'intercommunalité, comme la collecte des déchets ou l'eau, offrent des postes techniques qualifiés.
            [[/cols]]

            | Type d'employeur | 2020 | 2021 | 2022 | Évolution 2021-2022 |
            | Communes | 7 900 | 9 100 | 9 800 | + 7,7 % |
            | EPCI à fiscalité propre | 2 600 | 3 100 | 3 600 | + 16,1 % |
            | Départements | 1 900 | 2 300 | 2 900 | + 26,1 % |
            | Régions | 1 050 | 1 160 | 1 200 | + 3,4 % |
            | Autres établissements publics locaux | 800 | 1 240 | 900 | – 27,4 % |
            | Ensemble des collectivités | 14 250 | 16 900 | 18 400 | + 8,9 % |
            Source : DGCL, enquête annuelle sur les apprentis des collectivités locales 2022 (données fictives).

            ## Des diplômes de plus en plus élevés

            En 2022, 41 % des apprentis recrutés par les collectivités préparent un diplôme de niveau bac + 2 ou plus, contre 29 % en 2018. Le certificat d'aptitude professionnelle (CAP) reste le premier diplôme préparé, en particulier pour les métiers des espaces verts, de la restauration collective et de la maintenance des bâtiments. Les licences professionnelles et les masters progressent dans les fonctions support : ressources humaines, finances, commande publique, informatique.

            | Diplôme préparé | Nombre d'apprentis | Part (%) |
            | CAP, BEP (niveau 3) | 5 900 | 32 |
            | Baccalauréat professionnel, BP (niveau 4) | 4 950 | 27 |
            | BTS, DUT, BUT (niveau 5) | 3 850 | 21 |
            | Licence, licence professionnelle (niveau 6) | 2 000 | 11 |
            | Master, diplôme d'ingénieur (niveau 7) | 1 700 | 9 |
            | Ensemble | 18 400 | 100 |
            Source : DGCL, enquête apprentis 2022.

            ## Âge et sexe des apprentis

            Les apprentis des collectivités sont un peu plus âgés que ceux du secteur privé : 37 % ont 21 ans ou plus au moment de la signature du contrat. Depuis 2019, l'apprentissage est ouvert sans limite d'âge aux personnes en situation de handicap ; 5,8 % des apprentis territoriaux de 2022 sont bénéficiaires de l'obligation d'emploi, une part nettement supérieure à celle observée dans le secteur privé. Les femmes représentent 49 % des apprentis, mais elles sont très majoritaires dans la petite enfance et l'administration, très minoritaires dans les espaces verts et la voirie.

            | Âge à la signature | Femmes | Hommes | Ensemble |
            | Moins de 18 ans | 1 100 | 1 900 | 3 000 |
            | 18 à 20 ans | 3 950 | 4 640 | 8 590 |
            | 21 à 25 ans | 3 200 | 2 710 | 5 910 |
            | 26 ans ou plus | 770 | 130 | 900 |
            | Ensemble | 9 020 | 9 380 | 18 400 |

            ## Les métiers préparés

            Les métiers de l'animation et de l'accompagnement éducatif (accueil périscolaire, centres de loisirs) arrivent en tête avec 3 700 apprentis. Viennent ensuite les espaces verts et le paysage (3 100 apprentis), la petite enfance (2 100 apprentis, dont une majorité prépare le CAP accompagnant éducatif petite enfance), puis l'administration générale (1 900 apprentis). Les métiers techniques du bâtiment, de la mécanique et de la voirie rassemblent 2 400 apprentis.

            - Animation, accompagnement éducatif : 20 % des apprentis.
            - Espaces verts et paysage : 17 %.
            - Petite enfance : 11 %.
            - Administration, ressources humaines, finances : 10 %.
            - Bâtiment, voirie, mécanique : 13 %.
            - Restauration collective, entretien : 9 %.
            - Informatique, numérique, communication : 6 %.
            - Autres métiers (sport, culture, sécurité) : 14 %.

            ## À l'issue du contrat

            Un an après la fin de leur contrat, 46 % des anciens apprentis des collectivités occupent un emploi, dont un tiers dans la collectivité qui les a formés. Le recrutement direct comme agent contractuel reste la voie la plus fréquente, car l'apprentissage ne dispense pas du concours pour devenir fonctionnaire. Les collectivités qui ont accueilli des apprentis en 2022 déclarent vouloir en recruter autant ou davantage en 2023, sous réserve du maintien du financement de la formation.

            ## Méthodologie

            L'enquête annuelle sur les apprentis des collectivités locales est conduite auprès des communes, des groupements, des départements et des régions. Les résultats 2022 sont calés sur les contrats enregistrés par les services de l'État ; ils portent sur la France métropolitaine et les départements d'outre-mer, hors Mayotte. Les effectifs sont arrondis à la cinquantaine la plus proche. Les données présentées ici sont des exemples fictifs produits pour le corpus de démonstration.
            """,
    };
}
