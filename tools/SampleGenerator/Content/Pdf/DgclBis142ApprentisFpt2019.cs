using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

/// <summary>A distractor for the 2022 apprentices bulletin: same subject, another year.</summary>
public sealed class DgclBis142ApprentisFpt2019 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "dgcl-bis-142-apprentis-fonction-publique-territoriale-2019.pdf",
        Title = "Les apprentis dans la fonction publique territoriale en 2019",
        Publisher = "DGCL",
        Date = "2020-12-08",
        Type = DocumentTypeLabels.Bis,
        Themes = [Themes.Emploi],
        Url = "https://dgcl.example/statistiques/bis/bis-142-apprentis-fpt-2019.pdf",
        RunningHeader = "Bulletin d'information statistique n° 142",
        Masthead = ["Direction générale des collectivités locales", "Bulletin d'information statistique n° 142 — décembre 2020"],
        Subtitle = "Après la réforme de 2018, un rebond des recrutements d'apprentis",
        Byline = ["Décembre 2020"],
        CheckPhrase = "fonction publique territoriale",
        Body = """
            En 2019, les employeurs de la fonction publique territoriale ont recruté 12 100 apprentis, soit 25 % de plus qu'en 2018. Cette hausse intervient la première année d'application de la loi pour la liberté de choisir son avenir professionnel, qui a modifié le financement de l'apprentissage. Les communes recrutent six apprentis territoriaux sur dix. Le niveau des diplômes préparés s'élève, et la part des apprentis préparant un CAP recule.

            ## Un recrutement qui repart

            Entre 2014 et 2018, le nombre de nouveaux apprentis dans les collectivités oscillait autour de 9 500 par an. En 2019, il franchit pour la première fois le seuil de 12 000. Les employeurs interrogés citent la prise en charge partielle des frais de formation, le souhait de transmettre des savoir-faire avant des départs à la retraite et la difficulté à recruter dans certains métiers techniques.

            [[cols]]
            ### Communes et intercommunalités

            Les communes ont signé 7 300 contrats en 2019. La hausse est forte dans les communes de 20 000 à 80 000 habitants, qui disposent souvent d'un service des ressources humaines structuré. Les intercommunalités en ont signé 1 900, principalement dans les services de collecte des déchets, d'eau et d'assainissement et dans les équipements aquatiques.

            ### Départements et régions

            Les départements recrutent 1 500 apprentis, notamment dans les collèges, les routes et les services sociaux. Les régions en recrutent 900, pour l'entretien et la restauration des lycées. La part des régions diminue, car leurs effectifs d'apprentis restent stables alors que ceux des autres employeurs augmentent.

            ### Un public majoritairement jeune

            L'âge moyen à l'entrée en apprentissage est de 20,4 ans. Les apprentis de moins de 18 ans représentent 19 % des recrutements, une part en baisse. Les femmes représentent 46 % des apprentis, une part stable. Ainsi, la fonction publique territoriale reste l'une des rares à offrir des contrats d'apprentissage dans les métiers des espaces verts en milieu urbain.
            [[/cols]]

            | Employeur | 2017 | 2018 | 2019 |
            | Communes | 5 600 | 5 900 | 7 300 |
            | Groupements de communes | 1 300 | 1 400 | 1 900 |
            | Départements | 1 100 | 1 200 | 1 500 |
            | Régions | 850 | 880 | 900 |
            | Autres établissements | 420 | 300 | 500 |
            | Ensemble de la fonction publique territoriale | 9 270 | 9 680 | 12 100 |
            Source : DGCL, enquête sur l'apprentissage dans la fonction publique territoriale 2019 (données fictives).

            ## Diplômes préparés

            Le certificat d'aptitude professionnelle reste le diplôme le plus préparé (38 % des apprentis), mais sa part recule de cinq points en deux ans. Les diplômes de niveau bac + 2 (BTS, DUT) et ceux de l'enseignement supérieur long progressent : ils concernent désormais un tiers des recrutements. Les employeurs territoriaux recourent davantage à l'apprentissage pour des postes de cadres intermédiaires en urbanisme, en informatique ou en gestion financière.

            | Niveau du diplôme préparé | Part en 2017 | Part en 2019 |
            | CAP, BEP | 43 % | 38 % |
            | Baccalauréat professionnel, BP | 29 % | 28 % |
            | BTS, DUT | 17 % | 19 % |
            | Licence, master, ingénieur | 11 % | 15 % |

            ## Le coût de la formation

            En 2019, les collectivités financent encore l'essentiel du coût pédagogique de la formation de leurs apprentis, versé aux centres de formation d'apprentis. Le coût moyen annuel déclaré est de 5 200 euros par apprenti, auquel s'ajoute la rémunération, calculée en pourcentage du salaire minimum selon l'âge et l'année de formation. Les employeurs signalent que ce coût freine les recrutements dans les petites communes, où l'apprenti ne peut pas être remplacé pendant ses périodes en centre de formation.

            Le maître d'apprentissage, agent de la collectivité, bénéficie d'une nouvelle bonification indiciaire. Les collectivités déclarent toutefois avoir du mal à libérer du temps pour les tuteurs, en particulier dans les services techniques.

            ## Après l'apprentissage

            Six mois après la fin de leur contrat, 38 % des anciens apprentis occupent un emploi, 27 % poursuivent leurs études et 22 % sont en recherche d'emploi. Les anciens apprentis recrutés par leur collectivité le sont majoritairement comme contractuels, dans l'attente d'un concours.

            ## Méthode

            L'enquête a été adressée à l'ensemble des régions et des départements et à un échantillon de communes et de groupements. Les résultats sont redressés pour représenter l'ensemble des employeurs territoriaux. Ce bulletin est un exemple fictif ; il ne porte pas sur l'année 2022.
            """,
    };
}
