using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class DgclPoliceMunicipale2022 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-police-municipale-effectifs-2022.html",
        Title = "Les polices municipales en 2022 : 27 000 agents dans 4 500 communes",
        Publisher = "DGCL",
        Date = "2023-05-16",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Securite, Themes.Emploi],
        Url = "https://dgcl.example/statistiques/securite/polices-municipales-2022",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Statistiques", "Sécurité"],
        Body = """
            Au 31 décembre 2022, 27 100 agents de police municipale exercent dans 4 520 communes et dans une centaine d'intercommunalités. Leur nombre a augmenté de 23 % en dix ans. S'y ajoutent 8 400 gardes champêtres et agents de surveillance de la voie publique. Les polices municipales sont devenues, dans de nombreuses villes, un acteur central de la tranquillité publique, aux côtés de la police et de la gendarmerie nationales.

            ## Une présence concentrée dans les villes

            Les communes de plus de 20 000 habitants emploient 58 % des policiers municipaux. Les plus grands effectifs se trouvent à Nice (Alpes-Maritimes), Marseille (Bouches-du-Rhône), Paris, Toulouse et Montpellier. La police municipale de Paris, créée en 2021, compte à elle seule plus de 1 500 agents en fin d'année 2022. Dans les communes rurales, la présence d'un policier municipal reste rare ; elle prend souvent la forme d'une police intercommunale partagée entre plusieurs communes.

            | Taille de la commune | Communes dotées d'une police municipale | Agents | Agents pour 10 000 habitants |
            | Moins de 2 000 habitants | 1 180 | 1 450 | 5,2 |
            | 2 000 à 9 999 habitants | 2 190 | 6 280 | 6,1 |
            | 10 000 à 49 999 habitants | 960 | 10 230 | 4,9 |
            | 50 000 habitants ou plus | 190 | 9 140 | 4,3 |
            | Ensemble | 4 520 | 27 100 | 4,8 |
            Source : DGCL, enquête annuelle sur les polices municipales, 2022 (données fictives).

            ## Des régions très contrastées

            La Provence-Alpes-Côte d'Azur compte deux fois plus de policiers municipaux par habitant que la moyenne nationale. Dans les Alpes-Maritimes, le Var et les Bouches-du-Rhône, la plupart des communes de plus de 5 000 habitants disposent d'un service. À l'inverse, la Bretagne, les Pays de la Loire et la Normandie en comptent peu. Ainsi, la Corse et l'Occitanie se situent au-dessus de la moyenne, le Grand Est et la Bourgogne-Franche-Comté en dessous.

            ## Armement et équipements

            L'armement des policiers municipaux relève d'une décision du maire, après autorisation du préfet. En 2022, 59 % des agents sont équipés d'une arme à feu, contre 44 % en 2016. Les caméras individuelles, autorisées à titre pérenne, équipent près de la moitié des services. La vidéoprotection se développe dans les communes de toutes tailles, avec des centres de supervision urbains mutualisés à l'échelle intercommunale.

            ## Missions et conventions de coordination

            Les policiers municipaux exercent des missions de prévention, de surveillance du bon ordre, de sûreté et de salubrité publiques. Une convention de coordination avec les forces de sécurité de l'État est obligatoire dès cinq agents. Ces conventions précisent les horaires, les lieux d'intervention et les modalités d'échange d'informations. Le bar, la boîte de nuit ou la terrasse de café qui ne respecte pas les horaires fixés par arrêté municipal fait partie des contrôles les plus fréquents en été, tout comme le stationnement et les nuisances sonores.

            ## Recrutement et formation

            Le recrutement passe par un concours de la fonction publique territoriale, suivi d'une formation initiale organisée par le Centre national de la fonction publique territoriale. Les communes signalent des difficultés à recruter : beaucoup d'agents passent d'une commune à l'autre, attirés par des régimes indemnitaires plus favorables. Les mutations vers le littoral méditerranéen sont particulièrement nombreuses.

            ## Source

            L'enquête annuelle recense les effectifs déclarés par les communes et les établissements publics de coopération intercommunale. Les chiffres de cette page sont fictifs et ont été écrits pour un corpus de démonstration.
            """,
    };
}
