using SampleGenerator.Model;

// Held-out territory test set: former régions, a single collectivity, small EPCI with common-word names,
// a commune whose name contains a département's.
namespace SampleGenerator.Content.TerritoryTest;

/// <summary>A former région (Limousin): about today's région.</summary>
public sealed class OtLimousinEmploi2014 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ot-fiche-emploi-limousin-2014.html",
        Title = "Fiche territoriale : l'emploi en Limousin entre 2008 et 2013",
        Publisher = "Observatoire des territoires",
        Date = "2014-11-18",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Emploi],
        Url = "https://observatoire-territoires.example/fiches/limousin-emploi-2014",
        HasSidecar = false,
        DateCue = "Fiche territoriale — novembre 2014",
        Breadcrumb = ["Analyses", "Fiches territoriales"],
        Body = """
            Le Limousin a perdu 9 000 emplois entre 2008 et 2013, soit 3 % de ses effectifs. La crise a touché d'abord l'industrie, porcelaine, papeterie, équipements électriques, puis la construction. Seul le secteur de la santé et de l'action sociale a créé des emplois, porté par le vieillissement de la population.

            ## Trois départements, trois trajectoires

            | Département | Emploi total 2013 | Évolution 2008-2013 |
            | Corrèze | 92 000 | – 2,1 % |
            | Creuse | 42 000 | – 4,8 % |
            | Haute-Vienne | 151 000 | – 2,9 % |
            | Limousin | 285 000 | – 3,0 % |
            Source : Insee, estimations d'emploi (chiffres fictifs).

            La Haute-Vienne concentre plus de la moitié des emplois régionaux autour de Limoges. La Corrèze résiste mieux grâce à Brive-la-Gaillarde et à son industrie agroalimentaire. La Creuse, département le plus âgé, perd des emplois dans presque tous les secteurs.

            ## L'emploi public, un amortisseur

            L'emploi public représente 36 % de l'emploi total dans la région, un niveau parmi les plus élevés de France métropolitaine. Il a joué un rôle d'amortisseur pendant la crise, mais les réformes annoncées de la carte administrative, notamment la fusion des régions, inquiètent les élus : Limoges pourrait perdre son statut de capitale régionale.

            ## À suivre

            La fiche sera actualisée après la réforme territoriale, dans le périmètre de la future grande région qui réunira l'Aquitaine, le Limousin et le Poitou-Charentes.
            """,
    };
}

/// <summary>A former région (Nord-Pas-de-Calais): about today's région.</summary>
public sealed class InseeNordPasDeCalais2013 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-nord-pas-de-calais-jeunes-2013.html",
        Title = "Nord-Pas-de-Calais : une région jeune où l'insertion des jeunes reste difficile",
        Publisher = "INSEE",
        Date = "2013-09-26",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Emploi, Themes.Social],
        Url = "https://insee.example/statistiques/pages-de-profils-npdc-2013",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Statistiques", "Nord-Pas-de-Calais"],
        Body = """
            ## La région la plus jeune de métropole

            Avec 4 millions d'habitants, le Nord-Pas-de-Calais est la région la plus jeune de France métropolitaine : 27 % de ses habitants ont moins de 20 ans. Cette jeunesse est un atout, mais l'insertion professionnelle des jeunes y est plus difficile qu'ailleurs. En 2010, 24 % des 15-24 ans actifs sont au chômage, contre 20 % en France métropolitaine.

            ## Des qualifications en progrès

            Le niveau de formation des jeunes a fortement progressé en vingt ans. La part des 25-34 ans diplômés du supérieur est passée de 22 % à 37 %. L'écart avec la moyenne nationale se réduit mais persiste, en particulier dans l'ancien bassin minier, autour de Lens, Liévin et Hénin-Beaumont, et dans le Valenciennois.

            | Indicateur (2010) | Nord-Pas-de-Calais | France métropolitaine |
            | Part des moins de 20 ans | 27,0 % | 24,4 % |
            | Taux de chômage des 15-24 ans | 24,1 % | 20,3 % |
            | 18-24 ans sans diplôme hors formation | 15,8 % | 12,6 % |
            Source : Insee, recensement de la population 2010 (chiffres fictifs).

            ## Des territoires contrastés

            La métropole lilloise concentre les emplois qualifiés et les étudiants ; le littoral, de Dunkerque à Boulogne-sur-Mer, offre des emplois industriels et portuaires ; le bassin minier et la Sambre-Avesnois cumulent les difficultés. Les jeunes y quittent moins souvent leur commune d'origine, ce qui limite leurs opportunités.

            ## Définitions

            Le taux de chômage au sens du recensement diffère de celui du Bureau international du travail. Les comparaisons dans le temps sont faites à définition constante.
            """,
    };
}

/// <summary>The Collectivité de Corse, a single collectivity replacing a région and two départements.</summary>
public sealed class CrcCorseCollectivite2021 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-corse-collectivite-de-corse-fusion-2021.html",
        Title = "La Collectivité de Corse, trois ans après la fusion",
        Publisher = "Chambre régionale des comptes de Corse",
        Date = "2021-07-20",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances, Themes.Emploi],
        Url = "https://ccomptes.example/crc/corse/collectivite-de-corse-2021",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Corse"],
        Body = """
            ## Une collectivité unique

            Le 1er janvier 2018, la Collectivité de Corse a succédé à la collectivité territoriale de Corse et aux départements de la Corse-du-Sud et de la Haute-Corse. Elle exerce les compétences d'une région, celles des deux anciens départements et des compétences particulières en matière de culture, de transports et d'aménagement. La chambre régionale des comptes, dont le siège est à Bastia, a examiné la mise en œuvre de cette fusion.

            ## L'organisation des services

            La fusion a réuni 4 800 agents. Les services restent répartis entre Ajaccio, siège de la collectivité, et Bastia, où se trouvaient les services de l'ancien département de la Haute-Corse. La chambre relève que l'harmonisation des régimes indemnitaires et du temps de travail a été coûteuse : elle s'est faite en alignant les agents sur le régime le plus favorable.

            | En millions d'euros | 2017 (agrégé) | 2019 | 2020 |
            | Charges de personnel | 224 | 241 | 247 |
            | Dépenses d'action sociale | 212 | 219 | 226 |
            | Épargne brute | 142 | 128 | 109 |
            Source : comptes de gestion (données fictives).

            ## La situation financière

            L'épargne brute a diminué depuis la fusion, sous l'effet de la hausse des charges de personnel et des dépenses de transport, notamment la continuité territoriale avec le continent. La chambre recommande un plan de maîtrise des effectifs et une revue des dispositifs d'aide.

            ## Observations

            La Collectivité de Corse n'a pas encore adopté de schéma de mutualisation de ses implantations immobilières. Les anciens sièges départementaux sont partiellement vacants.
            """,
    };
}

/// <summary>An EPCI whose name contains "Rives": the body is the subject this time.</summary>
public sealed class CrcNaCcRivesDeLaLaurence2019 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-na-cc-les-rives-de-la-laurence-2019.html",
        Title = "Communauté de communes Les Rives de la Laurence (Gironde)",
        Publisher = "Chambre régionale des comptes Nouvelle-Aquitaine",
        Date = "2019-02-26",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Geo, Themes.Finances],
        Url = "https://ccomptes.example/crc/nouvelle-aquitaine/cc-rives-de-la-laurence-2019",
        HasSidecar = false,
        DateCue = "Rapport d'observations définitives — février 2019",
        Breadcrumb = ["Publications", "Nouvelle-Aquitaine"],
        Body = """
            La communauté de communes Les Rives de la Laurence, anciennement communauté de communes du Secteur de Saint-Loubès, regroupe six communes de la Gironde et 29 000 habitants, au nord-est de Bordeaux. La chambre a examiné sa gestion pour les exercices 2013 à 2017. Le territoire, périurbain, connaît l'une des croissances démographiques les plus fortes du département.

            ## Des compétences à développer

            La communauté exerce les compétences obligatoires, la petite enfance et l'entretien de la voirie d'intérêt communautaire. Elle gère trois crèches et un relais d'assistantes maternelles. La chambre relève que la définition de l'intérêt communautaire en matière de voirie est imprécise, ce qui suscite des litiges avec les communes.

            ## Situation financière

            | En milliers d'euros | 2013 | 2015 | 2017 |
            | Produits de gestion | 10 840 | 11 620 | 12 310 |
            | Épargne brute | 1 920 | 2 140 | 2 380 |
            | Dépenses d'équipement | 1 410 | 2 870 | 2 160 |
            | Encours de dette | 3 120 | 4 640 | 4 210 |
            Source : comptes de gestion (données fictives).

            La situation financière est saine. La communauté dispose de marges pour accompagner la croissance démographique, notamment pour les équipements de petite enfance, dont la demande excède l'offre.

            ## Relations avec la métropole

            Le territoire est étroitement lié à Bordeaux Métropole, où travaillent la majorité des actifs. La communauté n'a pas de convention avec la métropole en matière de mobilités, alors que les déplacements domicile-travail saturent les routes départementales. La chambre recommande d'engager un dialogue avec la métropole et la région pour développer le covoiturage et les lignes de car express.
            """,
    };
}

/// <summary>An EPCI named by its seat under a former name (CC de Sablé-sur-Sarthe).</summary>
public sealed class CrcPdlCcSableSurSarthe2012 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-pdl-communaute-de-communes-de-sable-sur-sarthe-2012.html",
        Title = "Communauté de communes de Sablé-sur-Sarthe : rapport d'observations définitives",
        Publisher = "Chambre régionale des comptes Pays de la Loire",
        Date = "2012-06-12",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Geo],
        Url = "https://ccomptes.example/crc/pdl/cc-sable-sur-sarthe-2012",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Publications", "Pays de la Loire"],
        Body = """
            ## Présentation

            La communauté de communes de Sablé-sur-Sarthe regroupe dix-sept communes du sud-ouest de la Sarthe et 29 000 habitants. Créée en 1994, elle a progressivement élargi ses compétences : développement économique, déchets, transports, équipements sportifs et culturels. La ville de Sablé-sur-Sarthe, qui en est le siège, représente 43 % de la population. La chambre a examiné la gestion de la communauté pour les exercices 2006 à 2010.

            ## Le développement économique

            La communauté a aménagé quatre parcs d'activités. Le plus important accueille une grande entreprise agroalimentaire, premier employeur du territoire. Les ventes de terrains ont été conclues à des prix inférieurs au coût de revient, sans que cette aide économique soit formalisée. La chambre recommande de fixer les prix de cession par délibération motivée.

            | En milliers d'euros | 2006 | 2008 | 2010 |
            | Produits fiscaux | 9 840 | 10 420 | 10 910 |
            | Dépenses d'équipement | 6 210 | 8 340 | 5 120 |
            | Encours de dette | 14 600 | 19 200 | 18 700 |
            Source : comptes administratifs (données fictives).

            ## Les services partagés avec la ville

            La communauté et la ville partagent leur direction générale et plusieurs services. Les remboursements réciproques sont calculés sur des bases anciennes. La chambre recommande une convention de mutualisation conforme à la loi du 16 décembre 2010.

            ## Suite

            Le conseil communautaire a indiqué qu'une réflexion sur le nom de la communauté, pour mieux représenter l'ensemble des communes, serait menée avant 2014.
            """,
    };
}

/// <summary>A commune whose name contains a département's name (Lot), inside the Lot-et-Garonne.</summary>
public sealed class InseeVilleneuveSurLot2020 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-villeneuve-sur-lot-centre-ancien-2020.html",
        Title = "Villeneuve-sur-Lot : un centre ancien qui perd ses habitants",
        Publisher = "INSEE",
        Date = "2020-11-05",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Geo],
        Url = "https://insee.example/statistiques/flash-na-villeneuve-sur-lot-2020",
        HasSidecar = false,
        DateCue = "Insee Flash Nouvelle-Aquitaine n° 61 — Paru le 05/11/2020",
        Breadcrumb = ["Statistiques", "Nouvelle-Aquitaine"],
        Body = """
            Villeneuve-sur-Lot, deuxième ville du Lot-et-Garonne avec 22 000 habitants, est une bastide fondée au XIIIe siècle sur les deux rives du Lot. Comme beaucoup de villes moyennes, elle voit sa population se déplacer de son centre ancien vers sa périphérie et les communes voisines. Cette étude, réalisée avec la communauté d'agglomération du Grand Villeneuvois dans le cadre du programme Action cœur de ville, mesure ce phénomène.

            ## Le centre perd des habitants

            Entre 2011 et 2016, la bastide a perdu 8 % de ses habitants, tandis que le reste de la commune en gagnait 2 %. La vacance des logements y atteint 19 %, plus du double de la moyenne communale. Les logements vacants sont souvent petits, anciens, situés au-dessus de commerces.

            | Indicateur | Bastide | Reste de la commune | Commune |
            | Population 2016 | 4 100 | 18 000 | 22 100 |
            | Évolution 2011-2016 | – 8 % | + 2 % | 0 % |
            | Taux de vacance des logements | 19 % | 8 % | 11 % |
            | Part des ménages pauvres | 31 % | 18 % | 21 % |
            Source : Insee, recensements, Filosofi (chiffres fictifs).

            ## Une population plus fragile

            Les habitants du centre ancien sont plus jeunes, plus souvent seuls et plus pauvres que ceux du reste de la commune. Les familles avec enfants s'installent en périphérie, dans les lotissements de Villeneuve-sur-Lot ou des communes voisines comme Bias et Pujols, où l'on trouve des maisons avec jardin.

            ## Définitions

            Le centre ancien est défini comme l'ensemble des îlots de la bastide, sur les deux rives. Les données infracommunales sont issues du recensement à l'îlot.
            """,
    };
}

/// <summary>ADEME on a small EPCI whose seat is Die; the regional office's address is in Lyon.</summary>
public sealed class AdemeCcDuDiois2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ademe-territoire-engage-communaute-communes-diois-2022.html",
        Title = "Territoire engagé transition écologique : la communauté de communes du Diois",
        Publisher = "ADEME",
        Date = "2022-02-15",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Durable],
        Url = "https://ademe.example/territoires/retours-experience/diois-2022",
        Meta = HtmlMeta.OpenGraph,
        TimeElement = true,
        Breadcrumb = ["Territoires", "Retours d'expérience"],
        Body = """
            ## Le territoire

            La communauté de communes du Diois regroupe 50 communes rurales et de montagne du sud-est de la Drôme, pour 12 000 habitants. Son siège est à Die. Le territoire, labellisé « territoire à énergie positive », s'est engagé en 2019 dans le programme Territoire engagé transition écologique de l'ADEME, volet climat-air-énergie. Il a obtenu en 2021 le niveau trois étoiles.

            ## Les actions

            - Un service public de la rénovation énergétique, mutualisé avec les communautés voisines, qui a accompagné 420 ménages en trois ans.
            - Quatre chaufferies bois collectives alimentées par la filière locale.
            - Un plan de mobilité rurale : autopartage, covoiturage organisé, navette estivale vers les sites de randonnée.
            - Un accompagnement des agriculteurs vers des pratiques réduisant les émissions, en lien avec la filière de l'agriculture biologique, très présente.

            | Indicateur | 2015 | 2018 | 2021 |
            | Consommation d'énergie finale (GWh) | 392 | 376 | 351 |
            | Production d'énergie renouvelable (GWh) | 118 | 141 | 167 |
            | Taux de couverture renouvelable | 30 % | 38 % | 48 % |
            Source : observatoire régional de l'énergie ; communauté de communes (données fictives).

            ## Les conditions de la réussite

            La communauté s'appuie sur une équipe de trois personnes, financée en partie par l'ADEME, et sur un tissu associatif dense. La difficulté principale tient aux déplacements : l'habitat dispersé rend la voiture indispensable, et la ligne ferroviaire entre Valence et Gap offre peu de trains.

            Contact : ADEME Direction régionale Auvergne-Rhône-Alpes, 10 rue des Émeraudes, 69006 Lyon.
            """,
    };
}

/// <summary>ADEME on a small EPCI whose name contains "Bar" and "Aube".</summary>
public sealed class AdemeCcRegionBarSurAube2021 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ademe-economie-circulaire-region-de-bar-sur-aube-2021.html",
        Title = "Économie circulaire : le plan de prévention des déchets de la Région de Bar-sur-Aube",
        Publisher = "ADEME",
        Date = "2021-05-04",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Durable],
        Url = "https://ademe.example/territoires/retours-experience/bar-sur-aube-2021",
        HasSidecar = false,
        DateCue = "Retour d'expérience — mai 2021",
        Breadcrumb = ["Territoires", "Retours d'expérience"],
        Body = """
            La communauté de communes de la Région de Bar-sur-Aube, dans l'Aube, regroupe 39 communes et 11 000 habitants dans un territoire viticole et forestier. Elle a adopté en 2017 un programme local de prévention des déchets ménagers et assimilés, avec un objectif de réduction de 10 % des déchets produits par habitant en six ans. Ce retour d'expérience en présente les résultats.

            ## Les actions menées

            La communauté a généralisé le compostage individuel et partagé, distribué 1 900 composteurs et formé des guides composteurs bénévoles. Elle a mis en place une tarification incitative en 2019 : la part variable de la redevance dépend du nombre de levées du bac d'ordures ménagères. Une recyclerie a ouvert près de la déchèterie de Bar-sur-Aube, gérée par une association d'insertion.

            | Indicateur | 2016 | 2018 | 2020 |
            | Ordures ménagères résiduelles (kg/hab.) | 231 | 204 | 158 |
            | Collecte sélective (kg/hab.) | 58 | 63 | 71 |
            | Déchèteries (kg/hab.) | 246 | 251 | 262 |
            | Total des déchets ménagers et assimilés (kg/hab.) | 535 | 518 | 491 |
            Source : communauté de communes, rapports annuels (données fictives).

            ## Résultats

            L'objectif de réduction est atteint dès 2020 : – 8 % sur le total des déchets et – 32 % sur les ordures ménagères résiduelles. Les apports en déchèterie augmentent toutefois, en partie par report. La filière viticole du Barséquanais et de la Côte des Bar s'est engagée à réduire les déchets d'emballage.

            ## Enseignements

            La tarification incitative a été le levier le plus efficace, à condition d'être précédée d'une année de facturation « à blanc ». Les dépôts sauvages, craints par les élus, sont restés limités grâce à une surveillance renforcée.
            """,
    };
}
