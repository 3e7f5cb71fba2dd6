using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

/// <summary>Latin-1 page without sidecar (date cue "Paru le …", publisher cue "Insee Flash Occitanie").</summary>
public sealed class InseePopulationLegaleOccitanie : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-flash-occitanie-populations-legales-2020.html",
        Title = "Populations légales 2020 : l'Occitanie gagne 40 000 habitants par an",
        Publisher = "INSEE",
        Date = "2022-12-29",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Geo],
        Url = "https://insee.example/statistiques/flash-occitanie-2022-12",
        HasSidecar = false,
        Encoding = HtmlEncoding.Latin1,
        DateCue = "Insee Flash Occitanie n° 131 — Paru le 29/12/2022",
        Breadcrumb = ["Statistiques", "Occitanie"],
        Body = """
            Au 1er janvier 2020, l'Occitanie compte 5 973 900 habitants. Entre 2014 et 2020, sa population augmente de 0,7 % par an, deux fois plus vite que celle de la France métropolitaine. L'Occitanie est, avec l'Auvergne-Rhône-Alpes et les Pays de la Loire, l'une des régions les plus attractives. Cette croissance est portée par les arrivées de nouveaux habitants, en provenance d'autres régions ; le solde naturel est proche de zéro.

            ## Deux métropoles et un littoral dynamiques

            La croissance est très concentrée. Les aires d'attraction de Toulouse et de Montpellier gagnent à elles seules 60 % des nouveaux habitants de la région. Toulouse compte 504 000 habitants et Montpellier 299 000 ; les communes de leur première couronne, comme Blagnac, Colomiers, Castelnau-le-Lez ou Lattes, progressent encore plus vite. Le littoral méditerranéen, de Perpignan (Pyrénées-Orientales) à Nîmes (Gard), poursuit sa croissance, porté par l'arrivée de retraités et d'actifs.

            | Département | Population 2020 | Variation annuelle 2014-2020 |
            | Haute-Garonne (31) | 1 415 800 | + 1,2 % |
            | Hérault (34) | 1 191 500 | + 1,3 % |
            | Gard (30) | 750 900 | + 0,5 % |
            | Pyrénées-Orientales (66) | 482 400 | + 0,7 % |
            | Tarn (81) | 389 800 | + 0,2 % |
            | Aude (11) | 374 900 | + 0,3 % |
            | Aveyron (12) | 279 600 | 0,0 % |
            | Tarn-et-Garonne (82) | 262 600 | + 0,7 % |
            | Hautes-Pyrénées (65) | 229 600 | – 0,1 % |
            | Gers (32) | 191 400 | + 0,2 % |
            | Lot (46) | 174 000 | 0,0 % |
            | Ariège (09) | 153 300 | 0,0 % |
            | Lozère (48) | 76 400 | – 0,1 % |
            | Occitanie | 5 973 900 | + 0,7 % |
            Source : Insee, recensements de la population 2014 et 2020 (chiffres fictifs).

            ## Les départements ruraux plus stables

            Dans les départements ruraux de l'intérieur, la population est stable ou diminue légèrement. La Lozère, département le moins peuplé de France, perd quelques dizaines d'habitants chaque année. Les Hautes-Pyrénées et l'Ariège sont stables : les arrivées compensent tout juste l'excédent des décès sur les naissances. L'Aveyron gagne des habitants autour de Rodez mais en perd dans le sud du département.

            ## Les villes moyennes

            Les villes moyennes de la région connaissent des évolutions diverses. Albi, Montauban et Narbonne gagnent des habitants ; Tarbes, Carcassonne et Béziers sont à peu près stables, mais leur aire d'attraction progresse. Castres et Millau perdent légèrement des habitants. Dans de nombreuses villes moyennes, la ville centre perd des habitants tandis que les communes périurbaines en gagnent.

            ## Un solde naturel qui s'affaiblit

            Le solde naturel de la région est devenu légèrement négatif en 2020, en raison de la hausse des décès liée à la crise sanitaire et du recul de la natalité. Il reste positif en Haute-Garonne et dans l'Hérault, départements jeunes, et fortement négatif dans le Lot, le Gers et l'Aveyron, où la population est plus âgée.

            ## Les communes de plus de 10 000 habitants

            La région compte 96 communes de plus de 10 000 habitants. Les plus fortes progressions s'observent autour des deux métropoles : Saint-Jean-de-Védas, Baillargues et Pérols près de Montpellier, Tournefeuille, Balma et L'Union près de Toulouse. Sète et Agde, sur le littoral héraultais, gagnent également des habitants. Ainsi, la carte des communes en croissance dessine un arc qui va de la Garonne au Rhône, le long des grands axes autoroutiers et ferroviaires, tandis que les communes de montagne des Pyrénées et des Cévennes restent à l'écart de ce mouvement.

            ## Pour comprendre ces résultats

            Les populations légales sont actualisées chaque année à partir des enquêtes annuelles de recensement. Les populations millésimées 2020 sont calculées à partir des enquêtes de 2018 à 2022 ; elles entrent en vigueur au 1er janvier 2023. Elles servent au calcul de nombreuses dotations et au nombre de conseillers municipaux.

            Insee Flash Occitanie — direction régionale de Toulouse (publication fictive). Les chiffres de cette page sont des valeurs fictives utilisées pour un corpus de démonstration ; ils ne doivent pas être cités.
            """,
    };
}
