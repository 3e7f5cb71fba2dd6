using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind5 territory split (issue 13): several subjects, places mentioned only as context, and communes named
// only in the body.
namespace SampleGenerator.Content.TerritoryBlind5;

/// <summary>Two subjects: Rodez and Millau; the Aveyron is context; Toulouse is a destination.</summary>
public sealed class InseeRodezMillau2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("insee-occitanie-rodez-millau-2023.pdf",
        "Rodez et Millau : deux villes moyennes aux trajectoires différentes", "Insee Occitanie", "2023-09-21",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/occitanie/analyses/rodez-millau-2023.pdf",
        "Insee Analyses Occitanie", "villes moyennes", """
        ## Deux villes de taille comparable

        Rodez et Millau comptent chacune environ 23 000 habitants. Préfecture de l'Aveyron, Rodez concentre les emplois administratifs et tertiaires ; Millau, au sud du département, a une tradition industrielle, celle de la ganterie, et une économie touristique.

        | Indicateur | Rodez | Millau |
        | Évolution de la population 2013-2019 | +0,4 % par an | -0,2 % par an |
        | Emplois pour 100 actifs résidents | 196 | 128 |
        | Part des cadres dans l'emploi | 19 % | 11 % |
        | Taux de pauvreté | 14 % | 17 % |
        Source : Insee (données fictives).

        ## Des trajectoires qui divergent

        Rodez gagne des habitants et des emplois qualifiés, tandis que Millau en perd légèrement. Dans les deux villes, les jeunes partent poursuivre leurs études à Toulouse ou à Montpellier. Le vieillissement est plus marqué à Millau, où un habitant sur trois a plus de 60 ans.

        Les deux villes partagent toutefois des atouts : un cadre de vie recherché, des équipements de santé et des formations supérieures de proximité. Leur attractivité résidentielle dépend de la qualité de leurs liaisons avec les métropoles régionales.
        """);
}

/// <summary>Villeurbanne; Lyon is context (neighbour, comparison); the Métropole de Lyon is membership.</summary>
public sealed class VilleurbanneAbs2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("ccas-villeurbanne-abs-2022.html",
        "Portrait social de Villeurbanne", "Centre communal d'action sociale de Villeurbanne", "2022-11-29",
        DocumentTypeLabels.Etude, Themes.Social, "https://ccas-villeurbanne.example/portrait-social-2022", """
        ## Une ville jeune

        Avec 164 000 habitants, Villeurbanne est la deuxième ville de la Métropole de Lyon. Sa population est plus jeune que celle de Lyon : 37 % des habitants ont moins de 30 ans, en raison de la présence du campus universitaire de la Doua.

        ## Des difficultés concentrées

        Le taux de pauvreté de la ville atteint 18 %, contre 15 % à Lyon. Il dépasse 35 % dans les quartiers des Buers et de Saint-Jean. Les familles monoparentales représentent 27 % des familles avec enfants. Les demandes de logement social ont augmenté de 12 % en trois ans, pour un délai d'attente moyen de 26 mois.

        Le centre communal d'action sociale oriente son action vers l'accès aux droits : une permanence mobile se rendra chaque semaine dans les quartiers où le recours aux prestations est le plus faible.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Issy-les-Moulineaux, named only in the body (the title and file name are generic); Paris and Boulogne-Billancourt are context.</summary>
public sealed class IssyLesMoulineaux2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-92-analyse-financiere-2023-07.html",
        "Analyse financière rétrospective — exercice 2022", "Direction départementale des finances publiques des Hauts-de-Seine", "2023-07-18",
        DocumentTypeLabels.Etude, Themes.Finances, "https://dgfip.example/hauts-de-seine/analyses/2023-07", """
        ## La collectivité

        La présente analyse porte sur les comptes de la commune d'Issy-les-Moulineaux, 68 000 habitants, située entre Paris et Boulogne-Billancourt. Elle a été réalisée par le conseiller aux décideurs locaux à la demande de l'ordonnateur.

        ## Les résultats

        Les produits de fonctionnement de la ville s'élèvent à 132 millions d'euros, soit 1 940 euros par habitant, un niveau élevé qui reflète la présence de nombreux sièges d'entreprises. Les charges de fonctionnement sont stables. L'épargne brute couvre largement le remboursement de la dette.

        Les dépenses d'équipement atteignent 41 millions d'euros en 2022, consacrées à la construction d'un groupe scolaire et à la rénovation du parc omnisports. L'encours de dette diminue pour la cinquième année consécutive.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>Two subjects: the Indre and the Indre-et-Loire; Tours and Châteauroux are places in them; the Centre-Val de Loire is context. PDF.</summary>
public sealed class AdemeIndreIndreEtLoire2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("ademe-centre-methanisation-indre-37-2022.pdf",
        "La méthanisation agricole dans l'Indre et l'Indre-et-Loire : état des lieux", "ADEME Centre-Val de Loire", "2022-10-06",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/centre/etudes/methanisation-indre-2022.pdf",
        "ADEME — état des lieux méthanisation", "biométhane", """
        ## Le périmètre

        Cette étude, conduite avec les chambres d'agriculture des deux départements, recense les unités de méthanisation agricole de l'Indre et de l'Indre-et-Loire à la fin de 2021.

        | Indicateur | Indre | Indre-et-Loire |
        | Unités en service | 19 | 24 |
        | Projets en instruction | 11 | 9 |
        | Production (GWh par an) | 210 | 260 |
        Source : ADEME (données fictives).

        ## Les enseignements

        Les unités de l'Indre sont plus grandes et injectent davantage de biométhane dans le réseau, à partir des effluents d'élevage du Boischaut. En Indre-et-Loire, les projets se heurtent plus souvent à l'opposition des riverains, notamment à proximité de l'agglomération de Tours. Dans les deux départements, l'accès au réseau de gaz est le premier frein : les canalisations manquent autour de Châteauroux comme dans le sud tourangeau.

        L'étude recommande de planifier les extensions du réseau de gaz à l'échelle de chaque département, de mieux associer les habitants dès la conception des projets et de suivre la qualité des digestats épandus sur les parcelles agricoles.
        """);
}

/// <summary>Two subjects: the commune of Vitré and Vitré Communauté (a joint report on both).</summary>
public sealed class VitreMutualisation2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("vitre-schema-mutualisation-2023.html",
        "Schéma de mutualisation entre la ville de Vitré et Vitré Communauté : bilan 2023", "Vitré Communauté", "2024-02-08",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://vitrecommunaute.example/mutualisation-bilan-2023", """
        ## Deux collectivités, une administration

        Depuis 2016, la ville de Vitré et la communauté d'agglomération Vitré Communauté partagent leurs services fonctionnels : ressources humaines, finances, informatique, commande publique. Ce bilan, présenté aux deux assemblées, porte sur l'année 2023.

        ## Les résultats

        Les services communs comptent 212 agents, répartis entre les deux employeurs selon une clé de 58 % pour la communauté et 42 % pour la ville. Le coût des fonctions support a baissé de 6 % depuis 2016, à périmètre constant. La ville et la communauté ont adopté un logiciel financier unique et un règlement commun de la commande publique.

        Les deux collectivités souhaitent étendre la mutualisation aux services techniques. Le coût de cette extension sera réparti selon le temps passé par les agents pour chacune.
        """);
}

/// <summary>Vesoul, named only in the body (title is a report number); Besançon is a comparison; the Haute-Saône is context. PDF.</summary>
public sealed class CrcVesoul2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("crc-bfc-rod-2022-0412.pdf",
        "Rapport d'observations définitives n° 2022-0412", "Chambre régionale des comptes Bourgogne-Franche-Comté", "2022-12-13",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-bfc.example/rod/2022-0412.pdf",
        "CRC Bourgogne-Franche-Comté", "politique de la ville", """
        ## Objet du contrôle

        La chambre a examiné la gestion de la commune de Vesoul, préfecture de la Haute-Saône de 15 000 habitants, pour les exercices 2016 à 2021, en portant une attention particulière à la politique de la ville.

        ## Les constats

        Le quartier du Montmarin concentre 40 % des logements sociaux de la commune. Les crédits que la ville consacre à la politique de la ville ont augmenté de 30 % sur la période, mais leur suivi reste lacunaire : aucune évaluation des actions financées n'a été conduite.

        | Exercice | 2016 | 2021 |
        | Épargne brute (M€) | 3,9 | 4,4 |
        | Dépenses d'équipement (M€) | 6,1 | 8,7 |

        La situation financière est saine. Les dépenses de personnel par habitant sont inférieures à celles de Besançon. La chambre recommande d'évaluer le contrat de ville avant son renouvellement.

        Elle demande aussi de formaliser les conventions de mise à disposition de locaux aux associations du quartier, qui bénéficient aujourd'hui d'avantages non chiffrés. Le maire a pris acte de ces observations.
        """);
}

/// <summary>The département des Ardennes; Charleville-Mézières, Sedan and the pointe de Givet are places in it; the Grand Est is a comparison.</summary>
public sealed class InseeArdennes2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("insee-grand-est-ardennes-population-2023.html",
        "Ardennes : la baisse de la population se poursuit", "Insee Grand Est", "2023-12-28",
        DocumentTypeLabels.Bis, Themes.Geo, "https://insee.example/grand-est/flash/ardennes-population-2023", """
        ## 268 000 habitants

        Au 1er janvier 2021, le département des Ardennes compte 268 000 habitants. Sa population diminue de 0,5 % par an depuis 2015, alors qu'elle est stable dans l'ensemble du Grand Est.

        | Période | Évolution annuelle | Solde naturel | Solde migratoire |
        | 2010-2015 | -0,3 % | 0,0 % | -0,3 % |
        | 2015-2021 | -0,5 % | -0,2 % | -0,3 % |
        Source : Insee, recensements (données fictives).

        ## Un déficit naturel qui se creuse

        Les décès sont désormais plus nombreux que les naissances. La baisse concerne surtout la pointe de Givet et le sud du département. Charleville-Mézières et sa périphérie résistent mieux ; Sedan perd des habitants. Les départs de jeunes vers les grandes villes universitaires expliquent l'essentiel du déficit migratoire.

        Les projections annoncent une poursuite de la baisse d'ici 2040.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>The Pyrénées-Orientales (departmental council study); Perpignan is a place in it; Catalonia across the border is context.</summary>
public sealed class CdPyreneesOrientalesEau2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("cd66-plan-secheresse-2023.html",
        "Sécheresse : le plan départemental pour l'eau", "Département des Pyrénées-Orientales", "2023-06-22",
        DocumentTypeLabels.Page, Themes.Durable, "https://ledepartement66.example/plan-eau-2023", """
        ## Une sécheresse sans précédent

        Depuis le printemps 2022, les Pyrénées-Orientales connaissent une sécheresse d'une ampleur inédite. Les nappes du Roussillon atteignent leurs plus bas niveaux et plusieurs communes de la plaine ont été alimentées par camion-citerne.

        ## Le plan départemental

        Le conseil départemental engage 45 millions d'euros sur cinq ans : aide aux communes pour la recherche de fuites, réutilisation des eaux usées traitées pour l'irrigation, et interconnexion des réseaux. La station d'épuration de Perpignan fournira de l'eau traitée pour arroser les espaces verts.

        Le département travaille aussi avec la Catalogne voisine, confrontée à la même sécheresse, pour partager les données sur les nappes transfrontalières. Un observatoire de l'eau publiera chaque mois l'état des ressources.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Thionville; Luxembourg is context (cross-border workers); Metz is a comparison. PDF.</summary>
public sealed class OfglThionville2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("dgfip-moselle-thionville-fiscalite-2022.pdf",
        "Thionville : l'effet frontalier sur les finances communales", "Direction départementale des finances publiques de la Moselle", "2023-01-19",
        DocumentTypeLabels.Etude, Themes.Finances, "https://dgfip.example/moselle/analyses/thionville-2022.pdf",
        "DDFiP Moselle — analyses", "frontaliers", """
        ## Une ville de travailleurs frontaliers

        Thionville compte 42 000 habitants, dont près d'un actif sur deux travaille au Luxembourg. Cette situation augmente le revenu des habitants mais prive la commune d'une partie des recettes liées à l'activité économique.

        | Indicateur (euros par habitant) | Thionville | Metz |
        | Produit de la taxe foncière | 612 | 574 |
        | Fiscalité économique reversée | 98 | 211 |
        | Dépenses d'équipement | 356 | 298 |
        Source : comptes de gestion 2022 (données fictives).

        ## Les conséquences

        La commune doit financer des équipements pour une population en croissance avec des ressources économiques limitées. Elle a fait de la taxe foncière son principal levier. La compensation financière versée par le Luxembourg, souvent évoquée, n'existe pas à ce jour.

        L'analyse conclut que la commune dispose encore de marges de manœuvre, à condition de contenir la progression de ses charges de personnel, qui ont augmenté de 3,5 % par an depuis 2018. Une programmation pluriannuelle des investissements permettrait de mieux lisser le recours à l'emprunt et d'éviter les hausses de taux.
        """);
}
