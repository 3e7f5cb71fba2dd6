using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

public sealed class AdemePcaetBilan2020 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "ademe-pcaet-bilan-2020.pdf",
        Title = "Plans climat-air-énergie territoriaux : état des lieux en 2020",
        Publisher = "ADEME",
        Date = "2020-11-05",
        Type = DocumentTypeLabels.Rapport,
        Themes = [Themes.Durable],
        Url = "https://ademe.example/publications/pcaet-etat-des-lieux-2020.pdf",
        RunningHeader = "ADEME — Plans climat-air-énergie territoriaux, état des lieux 2020",
        FooterLabel = "ADEME — Agence de la transition écologique",
        Masthead = ["ADEME — Agence de la transition écologique", "Collection Expertises — novembre 2020"],
        Subtitle = "Les intercommunalités de plus de 20 000 habitants face à leurs obligations",
        Byline = ["Novembre 2020"],
        CheckPhrase = "plan climat-air-énergie territorial",
        Body = """
            Depuis la loi relative à la transition énergétique pour la croissance verte de 2015, chaque établissement public de coopération intercommunale à fiscalité propre de plus de 20 000 habitants doit adopter un plan climat-air-énergie territorial (PCAET). Ce plan, révisé tous les six ans, fixe des objectifs de réduction des émissions de gaz à effet de serre, d'amélioration de la qualité de l'air, de maîtrise de la consommation d'énergie et de développement des énergies renouvelables. Fin 2020, sur 758 intercommunalités obligées, 312 ont adopté leur plan et 395 l'ont engagé. Ce rapport dresse un état des lieux et tire les enseignements des premiers plans.

            ## Une mise en œuvre plus lente que prévu

            [[cols]]
            Les plans devaient être adoptés avant la fin de 2018. Le calendrier a été bouleversé par les fusions d'intercommunalités de 2017, qui ont modifié les périmètres, puis par les élections municipales et communautaires de 2020. Ainsi, de nombreuses intercommunalités ont préféré attendre l'installation des nouveaux exécutifs pour adopter un document qui les engage pour six ans.

            Les écarts régionaux sont marqués. En Bretagne et en Pays de la Loire, plus de la moitié des plans sont adoptés. En Provence-Alpes-Côte d'Azur et en Corse, la proportion reste inférieure à un quart.

            Plusieurs intercommunalités non obligées, de moins de 20 000 habitants, se sont engagées volontairement, souvent en mutualisant l'élaboration à l'échelle d'un pôle d'équilibre territorial et rural ou d'un parc naturel régional.

            ### Le contenu des plans

            Un plan comprend un diagnostic, une stratégie territoriale, un programme d'actions et un dispositif de suivi et d'évaluation. Le diagnostic porte sur les émissions de gaz à effet de serre et de polluants atmosphériques, la séquestration de carbone, la consommation d'énergie, les réseaux et le potentiel d'énergies renouvelables, ainsi que sur la vulnérabilité du territoire au changement climatique.
            [[/cols]]

            | Situation au 1er octobre 2020 | Nombre d'EPCI obligés | Part |
            | Plan adopté | 312 | 41 % |
            | Projet arrêté, en consultation | 118 | 16 % |
            | Élaboration engagée | 277 | 36 % |
            | Démarche non engagée | 51 | 7 % |
            | Ensemble | 758 | 100 % |
            Source : ADEME, observatoire des PCAET (données fictives).

            ## Les objectifs affichés

            Les plans adoptés visent en moyenne une réduction de 38 % des émissions de gaz à effet de serre entre 2015 et 2030, et une multiplication par 2,4 de la production d'énergies renouvelables. Les actions les plus fréquentes concernent la rénovation énergétique des logements (plateformes de conseil, aides locales), les mobilités (covoiturage, pistes cyclables), l'éclairage public et l'exemplarité du patrimoine public.

            | Secteur | Part des émissions territoriales (moyenne) | Part des actions des plans |
            | Transports | 34 % | 24 % |
            | Résidentiel | 19 % | 26 % |
            | Agriculture | 21 % | 9 % |
            | Industrie | 12 % | 6 % |
            | Tertiaire | 9 % | 18 % |
            | Déchets | 5 % | 17 % |

            L'agriculture est sous-représentée dans les programmes d'actions au regard de son poids dans les émissions, en particulier dans les territoires d'élevage de l'ouest et du centre de la France.

            ## Moyens humains et financiers

            L'élaboration d'un plan mobilise en moyenne 1,5 équivalent temps plein pendant deux ans et un budget d'études de 60 000 à 120 000 euros. La mise en œuvre repose ensuite sur des chargés de mission transition énergétique, dont les postes sont souvent cofinancés par l'ADEME ou la région. La communauté de communes du Mené (Côtes-d'Armor), aujourd'hui intégrée à Loudéac Communauté Bretagne Centre, ou la métropole de Grenoble (Isère) sont souvent citées pour l'ancienneté de leur engagement.

            ## Recommandations de l'ADEME

            - Articuler le plan climat avec le schéma de cohérence territoriale et le plan local d'urbanisme intercommunal.
            - Chiffrer les actions et les inscrire dans le budget pluriannuel de l'intercommunalité.
            - Associer les communes membres, qui détiennent une grande partie du patrimoine public et de l'éclairage.
            - Mettre en place des indicateurs de suivi simples, renseignés chaque année.
            - Traiter l'adaptation au changement climatique, souvent absente des premiers plans.

            Les données de ce rapport sont des exemples fictifs écrits pour un corpus de démonstration.
            """,
    };
}
