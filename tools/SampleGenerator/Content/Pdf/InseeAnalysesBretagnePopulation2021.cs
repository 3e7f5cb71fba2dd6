using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

/// <summary>No sidecar: publisher cue "Insee Analyses Bretagne", date cue "Paru le …".</summary>
public sealed class InseeAnalysesBretagnePopulation2021 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "ia_bre_118.pdf",
        Title = "Populations légales 2021 en Bretagne : la croissance se concentre sur le littoral et autour de Rennes",
        Publisher = "INSEE",
        Date = "2023-12-28",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Geo],
        Url = "https://insee.example/statistiques/ia-bretagne-118.pdf",
        HasSidecar = false,
        InfoTitle = "",
        RunningHeader = "Insee Analyses Bretagne n° 118",
        Hyphenate = true,
        Masthead = ["Insee Analyses Bretagne", "N° 118 — Paru le 28/12/2023"],
        Byline = ["Auteurs : service études et diffusion de la direction régionale de Bretagne"],
        CheckPhrase = "Populations légales 2021",
        Body = """
            Au 1er janvier 2021, la Bretagne compte 3 394 600 habitants. Entre 2015 et 2021, sa population augmente de 0,6 % par an, un rythme supérieur à celui de la France métropolitaine (+ 0,3 %). La croissance repose presque entièrement sur les arrivées de nouveaux habitants : le solde naturel, différence entre les naissances et les décès, est devenu négatif dans trois des quatre départements bretons. Les communes du littoral et celles de l'aire d'attraction de Rennes gagnent le plus d'habitants ; le centre de la région, en particulier le Centre-Ouest Bretagne, continue d'en perdre.

            ## Quatre départements, des dynamiques différentes

            [[cols]]
            L'Ille-et-Vilaine reste le département le plus dynamique de la région : sa population progresse de 1,0 % par an, portée à la fois par un solde naturel positif et par un solde migratoire élevé. Rennes Métropole gagne à elle seule 5 600 habitants par an.

            Le Morbihan progresse de 0,7 % par an. Le golfe du Morbihan, la presqu'île de Rhuys et le pays d'Auray attirent de nombreux retraités ; Vannes dépasse désormais 54 000 habitants.

            Les Côtes-d'Armor (+ 0,3 % par an) et le Finistère (+ 0,2 % par an) croissent plus modestement. Dans le Finistère, Brest gagne à nouveau des habitants après des années de baisse, tandis que Quimper est stable.

            Ainsi, l'écart entre l'est et l'ouest de la région se creuse légèrement : l'Ille-et-Vilaine concentre 55 % de la croissance régionale alors qu'elle ne regroupe que 32 % de la population.
            [[/cols]]

            | Département | Population 2021 | Population 2015 | Variation annuelle (%) | dont solde naturel | dont solde migratoire |
            | Côtes-d'Armor (22) | 602 500 | 598 800 | 0,1 | – 0,3 | 0,4 |
            | Finistère (29) | 917 200 | 907 800 | 0,2 | – 0,1 | 0,3 |
            | Ille-et-Vilaine (35) | 1 097 000 | 1 035 000 | 1,0 | 0,4 | 0,6 |
            | Morbihan (56) | 777 900 | 751 500 | 0,6 | – 0,2 | 0,8 |
            | Bretagne | 3 394 600 | 3 293 100 | 0,5 | 0,0 | 0,5 |
            Source : Insee, recensements de la population 2015 et 2021 (chiffres fictifs).

            ## Les grandes villes

            Rennes compte 225 000 habitants en 2021 ; la ville est la dixième commune de France. Brest, deuxième ville bretonne, en compte 140 000. Les villes moyennes connaissent des évolutions contrastées : Saint-Malo, Lorient et Vannes gagnent des habitants, Saint-Brieuc et Morlaix en perdent légèrement, tandis que Lannion se stabilise.

            | Commune | Population municipale 2021 | Évolution annuelle 2015-2021 |
            | Rennes (Ille-et-Vilaine) | 225 100 | + 0,8 % |
            | Brest (Finistère) | 139 900 | + 0,1 % |
            | Quimper (Finistère) | 63 400 | 0,0 % |
            | Lorient (Morbihan) | 57 600 | + 0,2 % |
            | Vannes (Morbihan) | 54 400 | + 0,9 % |
            | Saint-Malo (Ille-et-Vilaine) | 47 000 | + 0,4 % |
            | Saint-Brieuc (Côtes-d'Armor) | 44 200 | – 0,3 % |

            ## Le périurbain et le littoral attirent

            Les communes situées entre 15 et 40 kilomètres de Rennes poursuivent leur croissance, souvent supérieure à 1,5 % par an. Le long de l'axe Rennes-Saint-Malo et vers Vitré, de nombreuses communes rurales deviennent périurbaines. Sur le littoral, la croissance est portée par des arrivées de personnes de plus de 60 ans, qui accentuent le vieillissement de la population : sur la côte de Granit rose ou dans le pays bigouden, les plus de 65 ans représentent désormais plus d'un tiers des habitants.

            À l'intérieur des terres, les communes du Centre-Ouest Bretagne, autour de Carhaix-Plouguer, Rostrenen et Gourin, perdent des habitants. La baisse s'atténue toutefois, grâce à l'installation de jeunes ménages attirés par le prix du logement.

            ## Des îles en déclin, sauf exception

            Les îles bretonnes habitées à l'année présentent des situations variées. Belle-Île-en-Mer gagne des habitants, portée par l'installation de télétravailleurs depuis 2020. À l'inverse, Ouessant et l'île de Sein continuent d'en perdre, malgré les efforts des communes pour maintenir l'école et les commerces.

            ## Définitions

            La population municipale comprend les personnes ayant leur résidence habituelle sur le territoire de la commune. Les populations légales sont millésimées 2021 ; elles entrent en vigueur le 1er janvier 2024. Les chiffres de cette publication sont fictifs et servent uniquement à la démonstration d'un moteur de recherche.

            Insee Analyses Bretagne — directrice de la publication : la directrice régionale (fonction fictive). Dépôt légal : décembre 2023.
            """,
    };
}
