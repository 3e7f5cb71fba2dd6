using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

/// <summary>No sidecar: publisher cue "Observatoire des territoires", date cue "juin 2021".</summary>
public sealed class AnctPetitesVillesDeDemain2021 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "fiche-analyse-pvd-2021.pdf",
        Title = "Petites villes de demain : portrait des 1 600 communes lauréates",
        Publisher = "Observatoire des territoires",
        Date = "2021-06-01",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Geo],
        Url = "https://observatoire-territoires.example/analyses/petites-villes-de-demain-2021.pdf",
        HasSidecar = false,
        InfoTitle = "Présentation1",
        InfoDates = false,
        RunningHeader = "Observatoire des territoires — Fiche d'analyse",
        Ligatures = true,
        Hyphenate = true,
        FooterLabel = "Agence nationale de la cohésion des territoires",
        Masthead = ["Observatoire des territoires — Agence nationale de la cohésion des territoires", "Fiche d'analyse — juin 2021"],
        CheckPhrase = "Petites villes de demain",
        Body = """
            Lancé fin 2020, le programme Petites villes de demain accompagne pendant six ans des communes de moins de 20 000 habitants qui exercent des fonctions de centralité pour leur bassin de vie et qui montrent des signes de fragilité. Au printemps 2021, 1 600 communes ont été retenues, souvent en binôme avec leur intercommunalité. Cette fiche dresse leur portrait : population, évolution démographique, équipements, emploi et vacance des logements.

            ## Qui sont les communes lauréates ?

            [[cols]]
            Les communes lauréates comptent en moyenne 4 600 habitants ; la plus petite en compte moins de 1 000, la plus grande près de 20 000. Ensemble, elles regroupent 7,6 millions d'habitants, soit 11 % de la population française, mais leur rôle dépasse leur seul poids démographique : un tiers des Français vivent dans un bassin de vie structuré par l'une d'elles.

            Les régions les plus représentées sont la Nouvelle-Aquitaine (243 communes), l'Occitanie (217) et l'Auvergne-Rhône-Alpes (205). Parmi les lauréates figurent par exemple Saint-Flour (Cantal), Pontivy (Morbihan), Bar-sur-Aube (Aube), Lodève (Hérault) ou encore Clamecy (Nièvre).

            ### Une démographie souvent fragile

            Entre 2012 et 2018, la population des communes lauréates diminue de 0,1 % par an en moyenne, alors qu'elle progresse dans les communes voisines de leur bassin de vie. Ce décalage traduit le départ des familles vers la périphérie, où le foncier est moins cher. Les plus de 75 ans représentent 13 % des habitants, contre 9 % en France.

            Ainsi, nombre de ces villes vieillissent plus vite que leur territoire environnant, ce qui pèse sur la fréquentation des commerces et des écoles de centre-ville.
            [[/cols]]

            | Indicateur | Petites villes de demain | Ensemble des communes de 2 000 à 20 000 habitants | France |
            | Variation annuelle de population 2012-2018 | – 0,1 % | + 0,4 % | + 0,4 % |
            | Part des 75 ans ou plus | 13,0 % | 9,8 % | 9,3 % |
            | Taux de logements vacants | 11,2 % | 7,9 % | 8,2 % |
            | Emplois pour 100 actifs occupés résidents | 142 | 89 | 100 |
            | Taux de pauvreté | 17,4 % | 12,1 % | 14,6 % |
            Source : Observatoire des territoires, d'après Insee (valeurs fictives).

            ## Des pôles d'emploi et de services

            Les petites villes de demain concentrent davantage d'emplois que d'actifs résidents : elles accueillent chaque jour des salariés venant des communes alentour. Elles regroupent aussi des équipements de gamme intermédiaire : collèges, supermarchés, gendarmeries, bureaux de poste, laboratoires d'analyses. Près de 70 % disposent d'un hôpital local ou d'une maison de santé pluriprofessionnelle.

            Leur fragilité se lit dans la vacance des logements et des commerces. Le taux de vacance des logements dépasse 15 % dans une lauréate sur cinq, notamment dans le Massif central et dans le nord-est. En centre-ville, un local commercial sur six est inoccupé.

            ## Ce que prévoit le programme

            - Le financement de chefs de projet, à hauteur de 75 % de leur poste, pour piloter la revitalisation.
            - L'accès à une offre d'ingénierie : études, conseil en urbanisme, accompagnement des commerces.
            - Des financements mobilisés par les partenaires : État, Banque des Territoires, Agence nationale de l'habitat, Cerema, ADEME.
            - La signature d'une convention d'opération de revitalisation de territoire (ORT) dans les dix-huit mois.

            | Région | Communes lauréates | Population concernée (milliers) |
            | Nouvelle-Aquitaine | 243 | 1 090 |
            | Occitanie | 217 | 1 010 |
            | Auvergne-Rhône-Alpes | 205 | 1 030 |
            | Grand Est | 163 | 720 |
            | Hauts-de-France | 132 | 640 |
            | Bretagne | 96 | 450 |

            ## Premiers enseignements

            Les premières conventions montrent des priorités communes : la reconquête des logements vacants du centre ancien, souvent au-dessus des commerces, l'aménagement des espaces publics pour redonner de la place aux piétons, le maintien des services publics de proximité grâce aux espaces France services et la relocalisation d'équipements en cœur de ville. Les communes signalent aussi un besoin fort d'ingénierie juridique et financière, que les intercommunalités peinent à fournir seules.

            ## Méthode

            Les indicateurs sont calculés à partir du recensement de la population et de bases d'équipements. Les valeurs présentées sont fictives et illustrent un corpus de démonstration. Observatoire des territoires, juin 2021.
            """,
    };
}
