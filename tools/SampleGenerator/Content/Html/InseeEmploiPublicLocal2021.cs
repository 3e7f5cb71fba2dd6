using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

/// <summary>JSON-LD datePublished.</summary>
public sealed class InseeEmploiPublicLocal2021 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-emploi-public-local-2021.html",
        Title = "L'emploi dans la fonction publique territoriale fin 2021",
        Publisher = "INSEE",
        Date = "2023-01-19",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Emploi],
        Url = "https://insee.example/statistiques/emploi-public-local-2021",
        Meta = HtmlMeta.JsonLd,
        DateCue = "Paru le : 19/01/2023",
        Breadcrumb = ["Statistiques", "Emploi public"],
        Lead = "Fin 2021, 1,96 million de personnes travaillent dans la fonction publique territoriale, hors contrats aidés. L'emploi local progresse de 0,8 % en un an.",
        Body = """
            ## Une hausse portée par les contractuels

            Fin 2021, la fonction publique territoriale emploie 1 963 000 agents, hors bénéficiaires de contrats aidés. L'emploi y augmente de 0,8 % en un an, après une quasi-stabilité en 2020. Cette hausse est entièrement portée par les contractuels, dont le nombre progresse de 4,6 %, tandis que celui des fonctionnaires recule de 0,4 %. Les contractuels représentent désormais 22 % des agents territoriaux. Les recrutements de contractuels se concentrent dans l'animation, la petite enfance et les remplacements dans les écoles.

            | Employeur | Effectifs fin 2021 (milliers) | Évolution sur un an |
            | Communes | 1 005 | + 0,2 % |
            | Établissements communaux (CCAS, caisses des écoles) | 124 | + 1,1 % |
            | EPCI à fiscalité propre | 292 | + 2,3 % |
            | Autres établissements intercommunaux | 74 | + 0,5 % |
            | Départements | 283 | + 0,6 % |
            | Régions | 96 | + 0,9 % |
            | Autres établissements publics locaux | 89 | + 1,4 % |
            | Ensemble | 1 963 | + 0,8 % |
            Source : Insee, système d'information sur les agents des services publics (données fictives).

            ## Le bloc communal emploie trois agents sur quatre

            Les communes et leurs établissements, les intercommunalités et les syndicats regroupent 76 % de l'emploi territorial. Les communes restent le premier employeur, mais leur part diminue lentement à mesure que des compétences sont transférées aux intercommunalités : collecte des déchets, eau, assainissement, équipements sportifs et culturels. Dans les métropoles, comme Bordeaux Métropole, Métropole Européenne de Lille ou Nantes Métropole, les services ont été largement mutualisés avec la ville centre.

            ## Des agents plus âgés que dans les autres versants

            L'âge moyen des agents territoriaux atteint 46,1 ans, contre 43,2 ans dans la fonction publique de l'État. Près d'un agent sur trois a 55 ans ou plus dans les départements et les régions, où les agents techniques des collèges et des lycées sont nombreux. Ces départs à la retraite à venir expliquent en partie l'intérêt des employeurs pour l'apprentissage et pour les recrutements de contractuels.

            ## Trois agents sur cinq sont des femmes

            Les femmes représentent 61 % des agents territoriaux. Elles sont très majoritaires dans les filières sociale, médico-sociale et administrative, minoritaires dans les filières technique et de sécurité (police municipale, sapeurs-pompiers professionnels). Parmi les emplois de direction des grandes collectivités, leur part progresse mais reste inférieure à 40 %.

            | Filière | Part des agents | Part de femmes |
            | Technique | 46 % | 40 % |
            | Administrative | 23 % | 82 % |
            | Sociale et médico-sociale | 11 % | 94 % |
            | Animation | 7 % | 72 % |
            | Culturelle, sportive | 6 % | 58 % |
            | Sécurité | 3 % | 24 % |
            | Autres | 4 % | 55 % |

            ## Disparités régionales

            Rapporté à la population, l'emploi territorial est plus élevé en Provence-Alpes-Côte d'Azur, en Corse et dans les départements d'outre-mer, plus faible dans les Pays de la Loire, en Bretagne et en Alsace. Ces écarts tiennent au périmètre des services gérés en régie ou délégués à des entreprises, à la densité des équipements et à l'histoire des recrutements locaux. En Guadeloupe, en Martinique et à La Réunion, l'emploi communal dépasse 40 agents pour 1 000 habitants.

            ## Les salaires

            Le salaire net moyen en équivalent temps plein d'un agent territorial s'élève à 2 080 euros par mois en 2021. Il est inférieur à celui des deux autres versants de la fonction publique, en raison de la forte proportion d'agents de catégorie C.

            ## Définitions

            Le champ couvre les agents des collectivités territoriales et de leurs établissements publics administratifs, en France hors Mayotte. Les effectifs sont comptés au 31 décembre, quel que soit le temps de travail. Les chiffres de cette page sont fictifs et destinés à un corpus de démonstration.
            """,
    };
}
