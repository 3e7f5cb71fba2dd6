using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

public sealed class DgclBis162EpciFiscalitePropre2022 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "dgcl-bis-162-epci-fiscalite-propre-2022.pdf",
        Title = "Les EPCI à fiscalité propre au 1er janvier 2022",
        Publisher = "DGCL",
        Date = "2022-03-24",
        Type = DocumentTypeLabels.Bis,
        Themes = [Themes.Geo],
        Url = "https://dgcl.example/statistiques/bis/bis-162-epci-2022.pdf",
        RunningHeader = "Bulletin d'information statistique n° 162",
        Masthead = ["DGCL — Département des études et des statistiques locales", "Bulletin d'information statistique n° 162 — mars 2022"],
        Subtitle = "1 254 groupements à fiscalité propre, une carte intercommunale stabilisée",
        InfoTitle = "BIS_162_EPCI_2022_v2.docx",
        CheckPhrase = "communautés d'agglomération",
        Body = """
            Au 1er janvier 2022, la France compte 1 254 établissements publics de coopération intercommunale (EPCI) à fiscalité propre : 21 métropoles, 14 communautés urbaines, 227 communautés d'agglomération et 992 communautés de communes. Depuis la forte réduction de leur nombre en 2017, la carte intercommunale évolue peu : quelques fusions et des changements de catégorie expliquent l'essentiel des mouvements de l'année. Toutes les communes, à l'exception des îles mono-communales et de quatre communes de la petite couronne parisienne, appartiennent à un groupement à fiscalité propre.

            ## Une carte stable depuis 2017

            [[cols]]
            Le nombre d'EPCI à fiscalité propre était de 2 062 au 1er janvier 2016. La loi portant nouvelle organisation territoriale de la République a relevé le seuil minimal de population à 15 000 habitants, avec des adaptations pour les zones de montagne et les territoires peu denses. Les schémas départementaux de coopération intercommunale ont conduit à de nombreuses fusions au 1er janvier 2017, qui ont ramené le nombre de groupements à 1 266.

            Depuis, la carte bouge à la marge. En 2022, une communauté de communes de la Manche a rejoint une communauté d'agglomération voisine, et deux communautés de communes du Lot-et-Garonne ont fusionné. Ainsi, le nombre total diminue de quatre unités en un an.

            ### Les catégories de groupements

            Les communautés de communes regroupent 28,6 % de la population mais 78 % des communes. Leur population médiane est de 22 400 habitants. Les communautés d'agglomération, dont l'ensemble doit dépasser 50 000 habitants autour d'une commune centre de plus de 15 000 habitants, rassemblent 23,1 millions d'habitants.

            Les communautés urbaines et les métropoles concentrent les compétences les plus larges. Parmi les 21 métropoles figurent des statuts particuliers : la métropole du Grand Paris, la métropole d'Aix-Marseille-Provence et la métropole de Lyon, qui est une collectivité territoriale à statut particulier et non un EPCI ; elle est néanmoins suivie dans ce bulletin pour la comparaison.
            [[/cols]]

            | Catégorie au 1er janvier 2022 | Nombre | Communes membres | Population (millions) |
            | Métropoles | 21 | 1 070 | 19,6 |
            | Communautés urbaines | 14 | 670 | 3,2 |
            | Communautés d'agglomération | 227 | 7 240 | 23,1 |
            | Communautés de communes | 992 | 25 950 | 19,3 |
            | Ensemble des EPCI à fiscalité propre | 1 254 | 34 930 | 65,2 |
            Source : DGCL, base nationale sur l'intercommunalité (données fictives au 1er janvier 2022).

            ## Fiscalité professionnelle unique ou fiscalité additionnelle

            Le régime de la fiscalité professionnelle unique (FPU) est obligatoire pour les métropoles, les communautés urbaines et les communautés d'agglomération. Il est choisi par 58 % des communautés de communes. Dans ce régime, le groupement perçoit l'ensemble de la fiscalité économique du territoire et reverse aux communes une attribution de compensation. Les autres communautés de communes restent en fiscalité additionnelle : elles votent des taux qui s'ajoutent à ceux des communes.

            | Régime fiscal | Communautés de communes | Autres catégories | Ensemble |
            | Fiscalité professionnelle unique | 575 | 262 | 837 |
            | Fiscalité additionnelle | 417 | 0 | 417 |
            | Ensemble | 992 | 262 | 1 254 |

            ## Taille des groupements

            La population moyenne d'un EPCI à fiscalité propre est de 52 000 habitants, mais la médiane n'est que de 27 000 habitants. Les plus petits groupements, en dessous de 5 000 habitants, se situent en zone de montagne ou sur les îles, comme la communauté de communes de l'Île d'Oléron en Charente-Maritime, qui en compte davantage. Le plus grand groupement par le nombre de communes est la communauté d'agglomération du Cotentin (Manche), qui rassemble 129 communes.

            Les communautés de communes de plus de 50 000 habitants restent peu nombreuses. La communauté de communes du Pays de Gex (Ain) dépasse ce seuil en raison de la croissance démographique liée à la proximité de Genève, sans avoir choisi de devenir communauté d'agglomération.

            ## Répartition régionale

            Les Hauts-de-France et l'Occitanie comptent le plus de groupements (respectivement 92 et 161), reflet du nombre élevé de communes. À l'inverse, l'Île-de-France a peu de communautés de communes hors de la métropole du Grand Paris. En Bretagne, les 59 EPCI couvrent des territoires étendus : Rennes Métropole, Brest métropole et la communauté d'agglomération Quimper Bretagne Occidentale structurent la région.

            | Région | EPCI à fiscalité propre | dont communautés de communes |
            | Auvergne-Rhône-Alpes | 160 | 122 |
            | Occitanie | 161 | 136 |
            | Nouvelle-Aquitaine | 154 | 127 |
            | Grand Est | 149 | 124 |
            | Hauts-de-France | 92 | 66 |
            | Bretagne | 59 | 44 |
            Source : DGCL, BANATIC (données fictives).

            ## Méthodologie

            Les données proviennent de la base nationale sur l'intercommunalité, alimentée par les préfectures. Les populations sont les populations municipales en vigueur au 1er janvier 2022. Les chiffres présentés sont des exemples fictifs produits pour un corpus de démonstration.
            """,
    };
}
