using SampleGenerator.Model;

// Held-out territory test set: documents about several territories, and about one territory among many
// mentioned (a programme in a département, a regional or national body with local examples).
namespace SampleGenerator.Content.TerritoryTest;

/// <summary>Two communes compared on equal terms: both are the subject.</summary>
public sealed class CrcBfcLureEtLuxeuil2018 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-bfc-piscines-lure-et-luxeuil-les-bains-2018.html",
        Title = "Les centres aquatiques de Lure et de Luxeuil-les-Bains : enquête comparée",
        Publisher = "Chambre régionale des comptes Bourgogne-Franche-Comté",
        Date = "2018-10-23",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Culture, Themes.Finances],
        Url = "https://ccomptes.example/crc/bfc/piscines-lure-luxeuil-2018",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Bourgogne-Franche-Comté"],
        Body = """
            ## Deux villes, deux piscines

            Lure et Luxeuil-les-Bains, deux villes de Haute-Saône de 8 000 et 7 000 habitants distantes de 18 kilomètres, ont chacune rénové leur piscine entre 2010 et 2014. La chambre a examiné conjointement la gestion de ces deux équipements, qui attirent des publics en partie communs, pour les exercices 2012 à 2017.

            ## Des choix de gestion différents

            Lure gère son centre aquatique en régie ; Luxeuil-les-Bains a confié le sien à une société privée par délégation de service public. Le coût net pour la commune, rapporté au nombre d'entrées, est voisin : 6,10 € à Lure, 5,70 € à Luxeuil-les-Bains. La délégation n'a donc pas apporté l'économie attendue, mais elle a permis d'élargir les horaires d'ouverture.

            | Indicateur 2017 | Lure | Luxeuil-les-Bains |
            | Entrées annuelles | 84 000 | 97 000 |
            | Coût net pour la commune (k€) | 512 | 553 |
            | Coût net par entrée (€) | 6,10 | 5,70 |
            | Heures d'ouverture hebdomadaires | 48 | 61 |
            Source : comptes des communes, rapports du délégataire (données fictives).

            ## Une concurrence coûteuse

            Les deux équipements ont été dimensionnés sans concertation. Chacun dispose d'un bassin sportif et d'un espace ludique ; leurs taux de remplissage en semaine sont faibles. Les deux villes appartiennent à des communautés de communes différentes, celle du Pays de Lure et celle du Pays de Luxeuil, ce qui a freiné toute réflexion commune.

            ## Recommandations

            La chambre recommande aux deux communes de coordonner leurs horaires et leurs tarifs, d'organiser ensemble l'apprentissage de la natation pour les écoles et d'étudier, à l'échéance du contrat de délégation, un transfert des deux équipements à une structure intercommunale commune.
            """,
    };
}

/// <summary>A study about three départements named together. PDF.</summary>
public sealed class AnctCantalLozereCreuse2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "anct-cantal-lozere-creuse-faible-densite-2022.pdf",
        Title = "Cantal, Lozère, Creuse : trois départements de faible densité face au vieillissement",
        Publisher = "ANCT",
        Date = "2022-12-06",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Geo, Themes.Social],
        Url = "https://observatoire-territoires.example/analyses/cantal-lozere-creuse-2022.pdf",
        RunningHeader = "Observatoire des territoires — Cantal, Lozère, Creuse",
        Masthead = ["Agence nationale de la cohésion des territoires", "Observatoire des territoires — Fiche d'analyse"],
        Subtitle = "Démographie, services et finances départementales",
        CheckPhrase = "Cantal, Lozère, Creuse",
        Body = """
            ## Pourquoi ces trois départements

            Le Cantal, la Lozère et la Creuse sont, avec les Alpes-de-Haute-Provence et la Guyane, les départements les moins densément peuplés de France : moins de 25 habitants par kilomètre carré. Ils ont en commun une population âgée, une forte part d'emplois agricoles et publics, et un réseau de petites villes qui structurent l'accès aux services. Cette fiche compare leurs trajectoires récentes.

            ## Démographie

            | Indicateur | Cantal | Lozère | Creuse |
            | Population 2019 | 144 700 | 76 600 | 116 300 |
            | Densité (hab./km²) | 25 | 15 | 21 |
            | Part des 75 ans ou plus | 14,1 % | 12,9 % | 15,8 % |
            | Évolution annuelle 2013-2019 | – 0,3 % | 0,0 % | – 0,7 % |
            Source : Insee, recensements de la population (chiffres fictifs).

            La Creuse perd des habitants plus vite que les deux autres : son solde naturel est le plus déficitaire de France. La Lozère est stable, grâce à des arrivées de jeunes retraités et de familles attirées par la qualité de vie. Le Cantal se situe entre les deux.

            ## Accès aux services

            Dans les trois départements, plus d'un habitant sur cinq réside à plus de vingt minutes d'un service d'urgence. Les médecins généralistes sont âgés : un sur deux a plus de 60 ans. Les maisons de santé pluriprofessionnelles se sont multipliées, mais peinent à recruter. Les espaces France services complètent le maillage des guichets publics.

            ## Finances départementales

            Les trois conseils départementaux consacrent une part élevée de leurs dépenses à l'allocation personnalisée d'autonomie et à l'hébergement des personnes âgées. Leurs droits de mutation par habitant sont parmi les plus faibles de France. Ils bénéficient en revanche fortement des dotations de péréquation et du fonds de soutien aux départements en difficulté.

            ## Enseignements

            Les politiques d'attractivité menées par les trois départements, accueil de médecins, de télétravailleurs, de porteurs de projets, ont des résultats visibles en Lozère, plus incertains ailleurs. Leur coût par nouvel habitant attiré n'est jamais évalué. L'observatoire propose d'établir avec eux des indicateurs de suivi communs.
            """,
    };
}

/// <summary>A study about two régions named together.</summary>
public sealed class InseeBretagnePaysDeLaLoire2021 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-bretagne-pays-de-la-loire-navettes-2021.html",
        Title = "Bretagne et Pays de la Loire : des échanges domicile-travail de plus en plus nombreux",
        Publisher = "INSEE",
        Date = "2021-04-22",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Geo],
        Url = "https://insee.example/statistiques/analyses-bretagne-pdl-navettes-2021",
        HasSidecar = false,
        DateCue = "Insee Analyses Bretagne et Pays de la Loire — Paru le 22/04/2021",
        Breadcrumb = ["Statistiques", "Bretagne", "Pays de la Loire"],
        Body = """
            Les régions Bretagne et Pays de la Loire échangent chaque jour 52 000 actifs qui résident dans l'une et travaillent dans l'autre. Ce nombre a augmenté d'un tiers en dix ans. Cette étude commune aux deux directions régionales de l'Insee décrit ces flux et leurs déterminants.

            ## Un axe Rennes-Nantes

            Les trois quarts des échanges concernent l'axe reliant Rennes et Nantes, et les territoires situés de part et d'autre de la limite régionale : le pays de Redon, le pays de Châteaubriant, le nord de la Loire-Atlantique et le sud de l'Ille-et-Vilaine. Les navettes vers la métropole nantaise sont les plus nombreuses, mais celles vers la métropole rennaise progressent le plus vite.

            | Flux d'actifs (2017) | Nombre | Évolution 2007-2017 |
            | De la Bretagne vers les Pays de la Loire | 24 800 | + 29 % |
            | Des Pays de la Loire vers la Bretagne | 27 200 | + 38 % |
            | Total des échanges | 52 000 | + 34 % |
            Source : Insee, recensements de la population (chiffres fictifs).

            ## Qui sont ces navetteurs

            Les navetteurs interrégionaux sont plus souvent des hommes, des cadres et des professions intermédiaires que l'ensemble des actifs. Ils parcourent en moyenne 48 kilomètres, le plus souvent en voiture ; seuls 9 % utilisent le train, malgré la liaison ferroviaire entre les deux métropoles.

            ## Des régions imbriquées

            Au-delà du travail, les deux régions partagent des équipements, des universités et des réseaux d'entreprises. Les collectivités des deux régions ont engagé une réflexion commune sur les mobilités, notamment pour améliorer la desserte ferroviaire du pays de Redon, situé à la jonction de trois départements.
            """,
    };
}

/// <summary>A programme in a département, with many of its communes named: about the département.</summary>
public sealed class AnctPetitesVillesHauteSaone2023 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "anct-petites-villes-de-demain-haute-saone-bilan-2023.html",
        Title = "Petites villes de demain en Haute-Saône : bilan à mi-parcours",
        Publisher = "ANCT",
        Date = "2023-06-27",
        Type = DocumentTypeLabels.Rapport,
        Themes = [Themes.Geo, Themes.Dotations],
        Url = "https://observatoire-territoires.example/programmes/pvd-haute-saone-2023",
        Meta = HtmlMeta.OpenGraph,
        TimeElement = true,
        Breadcrumb = ["Programmes de l'ANCT", "Petites villes de demain"],
        Body = """
            ## Le programme dans le département

            En Haute-Saône, quatorze communes ont été retenues en 2020 dans le programme Petites villes de demain, qui aide les villes de moins de 20 000 habitants exerçant des fonctions de centralité à revitaliser leur centre. Parmi elles figurent Lure, Luxeuil-les-Bains, Héricourt, Gray, Jussey, Rioz, Saint-Loup-sur-Semouse et Villersexel. Ce bilan, établi avec la préfecture et le conseil départemental, porte sur l'ensemble du département.

            ## L'ingénierie

            Toutes les communes lauréates ont recruté un chef de projet, financé à 75 % par l'État et la Banque des territoires. Dans huit cas, le poste est porté par l'intercommunalité pour plusieurs communes. Le conseil départemental de la Haute-Saône apporte un appui technique par son agence d'ingénierie.

            | Indicateur (juin 2023) | Haute-Saône |
            | Communes lauréates | 14 |
            | Chefs de projet recrutés | 11 |
            | Opérations de revitalisation du territoire signées | 9 |
            | Crédits engagés (M€) | 38,5 |
            Source : ANCT, préfecture de la Haute-Saône (données fictives).

            ## Les réalisations

            Les premières opérations concernent l'habitat dégradé, les commerces vacants et les espaces publics. À Gray, la rénovation des quais de la Saône est achevée ; à Jussey, une maison de santé a ouvert. Les opérations de revitalisation du territoire permettent d'appliquer des outils fiscaux favorables à la rénovation des logements anciens.

            ## Difficultés

            La principale difficulté est le manque d'opérateurs privés pour porter la rénovation des logements dans des marchés immobiliers détendus. Le département étudie la création d'une foncière publique.
            """,
    };
}

/// <summary>A national public establishment with regional delegations named: about France.</summary>
public sealed class CcomptesCnfpt2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ccomptes-centre-national-fonction-publique-territoriale-2022.html",
        Title = "Le Centre national de la fonction publique territoriale (CNFPT) : exercices 2015 à 2021",
        Publisher = "Cour des comptes",
        Date = "2022-09-20",
        Type = DocumentTypeLabels.Rapport,
        Themes = [Themes.Emploi],
        Url = "https://ccomptes.example/publications/cnfpt-2022",
        Meta = HtmlMeta.JsonLd,
        TimeElement = true,
        Breadcrumb = ["Publications", "Rapports"],
        Body = """
            ## L'établissement

            Le Centre national de la fonction publique territoriale est un établissement public qui assure la formation des 1,9 million d'agents des collectivités territoriales. Il est financé par une cotisation obligatoire assise sur la masse salariale des collectivités, au taux de 0,9 %. Son siège est à Paris ; il dispose de 29 délégations régionales ou interdépartementales et de quatre instituts nationaux spécialisés d'études territoriales, à Angers, Dunkerque, Montpellier et Nancy, ainsi que de l'Institut national des études territoriales à Strasbourg.

            ## L'activité de formation

            Le CNFPT a dispensé 2,6 millions de journées de formation en 2019. La crise sanitaire a fait chuter l'activité en 2020, puis accéléré le développement de la formation à distance. Les formations obligatoires d'intégration et de professionnalisation représentent un tiers de l'activité.

            | Indicateur | 2015 | 2019 | 2021 |
            | Journées de formation (millions) | 2,4 | 2,6 | 2,2 |
            | Produit de la cotisation (M€) | 338 | 352 | 360 |
            | Effectifs de l'établissement (ETP) | 2 350 | 2 290 | 2 310 |
            Source : comptes financiers du CNFPT (données fictives).

            ## Observations

            La Cour relève que l'offre de formation est inégalement répartie : les agents des petites communes rurales y accèdent moins que ceux des grandes collectivités. La répartition des moyens entre délégations, comme celles de Bretagne, d'Occitanie ou de La Réunion, repose sur des clés historiques qui ne reflètent plus les effectifs d'agents de chaque territoire. Le patrimoine immobilier, dispersé, est sous-occupé.

            ## Recommandations

            - Réviser la répartition des moyens entre délégations en fonction des effectifs territoriaux.
            - Adopter un schéma directeur immobilier.
            - Mesurer l'effet des formations sur les parcours professionnels.
            """,
    };
}
