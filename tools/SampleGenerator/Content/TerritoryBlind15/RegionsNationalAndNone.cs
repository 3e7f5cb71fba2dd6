using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind15 territory split (issue 13): régions (one by its name before 2016), national notes and tables, and a guide about no territory.
namespace SampleGenerator.Content.TerritoryBlind15;

/// <summary>The Bretagne (région; the regional council's rail and coach network BreizhGo); Rennes, Brest, Quimper, Saint-Brieuc and Lorient are context; Nantes and the Loire-Atlantique are named as outside the région (debatable: "la Bretagne historique" includes them, but the network is the région's); Paris is a destination (context); the Pays de la Loire is a comparison.</summary>
public sealed class RegionBretagneBreizhGo2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("region-bretagne-breizhgo-frequentation-2023.html",
        "Trains et cars BreizhGo : une fréquentation record en 2023", "Région Bretagne", "2024-03-26",
        DocumentTypeLabels.Page, Themes.Durable, "https://bretagne.example/actualites/breizhgo-frequentation-2023", """
        ## Des voyageurs toujours plus nombreux

        Le réseau régional BreizhGo a transporté 24,5 millions de voyageurs en 2023, soit 11 % de plus qu'en 2019. La Région Bretagne, autorité organisatrice des trains régionaux, des cars interurbains et des liaisons maritimes vers les îles, a vu sa fréquentation dépasser les prévisions, en particulier sur les trains entre Rennes et Saint-Brieuc et entre Quimper et Lorient. La baisse des prix de l'abonnement pour les jeunes et les salariés y a largement contribué.

        ## Les trains régionaux

        Les trains ont accueilli 14 millions de voyageurs. Les lignes de l'axe nord, de Rennes à Brest, et de l'axe sud, de Rennes à Quimper, concentrent les deux tiers du trafic. Le taux de régularité atteint 93 %, un niveau supérieur à celui des Pays de la Loire voisins. Aux heures de pointe, certains trains sont saturés, et la Région a commandé six rames supplémentaires.

        ## Les cars et les bateaux

        Les cars ont transporté 9,3 millions de voyageurs, dont une majorité de scolaires. Les bateaux ont accueilli 1,2 million de passagers vers les îles, avec une hausse marquée pendant l'été. Les tarifs réduits pour les îliens sont maintenus.

        ## Les limites du réseau

        La Région rappelle que les liaisons vers Nantes et la Loire-Atlantique relèvent d'une coopération avec la région voisine : les trains entre Rennes et Nantes sont financés conjointement, et les abonnements BreizhGo n'y sont pas valables sur tout le trajet. De nombreux usagers, attachés à la Bretagne historique, le regrettent. Les liaisons à grande vitesse vers Paris ne relèvent pas de la Région.

        ## Les investissements

        Le budget régional consacré aux mobilités atteint 420 millions d'euros en 2024. Il financera de nouvelles rames, la rénovation des gares et la création de lignes de cars express entre les villes moyennes. Une consultation des usagers sur les horaires de 2025 est ouverte jusqu'au 30 avril.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actualités", "Mobilités"] };
}

/// <summary>The Pays de la Loire (région; INSEE regional note on the social and solidarity economy); Nantes, Angers, Le Mans, Laval and La Roche-sur-Yon are context; the Loire is the river; the Loire-Atlantique, the Maine-et-Loire, the Mayenne, the Sarthe and the Vendée are the région's départements (table rows, context); national figures are comparisons.</summary>
public sealed class InseePaysDeLaLoireEconomieSociale2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("insee-pays-de-la-loire-economie-sociale-solidaire-2024.pdf",
        "Pays de la Loire : l'économie sociale et solidaire emploie un salarié sur huit", "INSEE", "2024-04-11",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/pays-de-la-loire-economie-sociale.pdf",
        "Insee Analyses Pays de la Loire", "associations employeuses", """
        ## Un poids supérieur à la moyenne

        À la fin de l'année 2022, l'économie sociale et solidaire employait 172 000 salariés dans les Pays de la Loire, soit 12,6 % de l'emploi salarié privé et public de la région, contre 10,5 % en France. Associations, coopératives, mutuelles et fondations y sont particulièrement présentes, héritage d'une longue tradition de mouvements agricoles, d'enseignement privé et d'action sociale.

        ## Les secteurs

        Les associations employeuses regroupent trois salariés sur quatre de l'économie sociale et solidaire. Elles interviennent surtout dans l'action sociale, l'aide à domicile, l'hébergement des personnes âgées et handicapées, l'enseignement et le sport. Les coopératives, nombreuses dans l'agriculture et l'agroalimentaire, ainsi que dans la banque, emploient 31 000 salariés. Les mutuelles d'assurance et de santé, dont plusieurs ont leur siège à Nantes, au Mans ou à Laval, en emploient 14 000.

        | Département | Salariés de l'ESS (milliers) | Part de l'emploi salarié |
        | Loire-Atlantique | 62 | 11 % |
        | Maine-et-Loire | 41 | 14 % |
        | Mayenne | 13 | 13 % |
        | Sarthe | 25 | 12 % |
        | Vendée | 31 | 14 % |
        Source : Insee, Flores 2022.

        ## Des emplois souvent féminins et à temps partiel

        Les femmes occupent 69 % des emplois de l'économie sociale et solidaire, et 38 % des salariés travaillent à temps partiel. Les salaires y sont inférieurs de 9 % en moyenne à ceux du reste du secteur privé, un écart qui s'explique surtout par la nature des métiers, notamment dans l'aide à domicile.

        ## Les enjeux

        Près d'un salarié sur quatre a plus de 55 ans, ce qui annonce de nombreux départs à la retraite d'ici 2030. Les difficultés de recrutement touchent déjà les établissements pour personnes âgées, autour d'Angers comme de La Roche-sur-Yon. La Région, qui soutient la création d'entreprises de l'économie sociale et solidaire, a engagé un plan pour l'attractivité des métiers du soin et de l'accompagnement.
        """) with { Masthead = ["Insee Analyses Pays de la Loire", "n° 128 - avril 2024"], Byline = ["Direction régionale de Nantes"], InfoAuthor = "Insee" };
}

/// <summary>The Île-de-France (région; its housing plan); Paris, the Métropole du Grand Paris and the petite and grande couronne départements are context; Île-de-France Mobilités is a body name (context); Seine-Saint-Denis and Seine-et-Marne are examples (context); national figures are comparisons.</summary>
public sealed class RegionIleDeFranceLogement2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("region-ile-de-france-strategie-logement-2024.pdf",
        "Stratégie régionale pour le logement : rapport au conseil régional d'Île-de-France", "Région Île-de-France", "2024-05-22",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://iledefrance.example/rapport-strategie-logement-2024.pdf",
        "Île-de-France - stratégie régionale du logement", "logement intermédiaire", """
        ## Le constat

        L'Île-de-France compte 12,4 millions d'habitants et 5,8 millions de résidences principales. La construction a fortement ralenti depuis 2022 : 58 000 logements ont été autorisés en 2023, contre 85 000 en moyenne les cinq années précédentes. Le prix moyen d'un appartement ancien atteint près du double de la moyenne de la France métropolitaine, et le taux d'effort des ménages locataires est le plus élevé du pays.

        ## Les besoins

        La région aurait besoin de 70 000 logements nouveaux par an pour répondre à la croissance démographique et à la décohabitation. Les besoins sont particulièrement forts pour les jeunes actifs, les étudiants et les salariés des services essentiels, qui s'éloignent de leur lieu de travail faute de logement abordable. Les départements de la grande couronne, comme la Seine-et-Marne, accueillent une part croissante des familles qui quittent Paris et la petite couronne.

        ## Les propositions

        - Augmenter l'aide régionale au logement intermédiaire, destiné aux ménages qui dépassent les plafonds du logement social.
        - Soutenir les maires bâtisseurs, dans le respect de l'objectif de sobriété foncière.
        - Financer la rénovation des copropriétés dégradées, nombreuses en Seine-Saint-Denis.
        - Développer les résidences pour étudiants près des universités et des lignes du réseau Grand Paris Express.

        ## La coordination

        Le rapport insiste sur la nécessité de mieux coordonner l'action de la Région avec celle de l'État, de la Métropole du Grand Paris et des intercommunalités. Il propose que les nouveaux quartiers de gare soient conçus avec Île-de-France Mobilités, afin de lier la construction de logements aux transports.

        ## Le budget

        La Région consacrera 200 millions d'euros par an au logement pendant la période 2024-2028. Le rapport sera débattu en séance plénière du conseil régional au mois de juin, puis décliné en conventions avec chaque département et chaque intercommunalité volontaire.
        """) with { Masthead = ["Région Île-de-France", "Conseil régional"], Hyphenate = true };
}

/// <summary>The région Auvergne in 2014 (before the 2016 merger; a former région name) -> today's code (Auvergne-Rhône-Alpes); Vichy, Châtel-Guyon, La Bourboule, Le Mont-Dore, Royat, Chaudes-Aigues and Néris-les-Bains are context (spa towns); Clermont-Ferrand is context; the Allier, the Cantal, the Haute-Loire and the Puy-de-Dôme are its départements (context); Rhône-Alpes and the Occitan spas of Midi-Pyrénées are comparisons; the Massif central is a landscape. Debatable: the Auvergne of 2014 is only the western part of today's région; annotated with today's code by the rule on former régions.</summary>
public sealed class RegionAuvergneThermalisme2014 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("region-auvergne-plan-thermalisme-2014.html",
        "Thermalisme : la Région Auvergne adopte un plan pour ses stations", "Région Auvergne", "2014-07-01",
        DocumentTypeLabels.Page, Themes.Emploi, "https://auvergne-region.example/actualites/plan-thermalisme-2014", """
        ## Une filière historique

        L'Auvergne compte dix stations thermales, de Vichy et Néris-les-Bains, dans l'Allier, à Chaudes-Aigues, dans le Cantal, en passant par Châtel-Guyon, Royat, La Bourboule et Le Mont-Dore, dans le Puy-de-Dôme. Elles ont accueilli 72 000 curistes en 2013, soit près d'un curiste français sur huit. Le thermalisme fait vivre 4 500 emplois directs et indirects, dans des territoires où les autres activités sont souvent fragiles. Les curistes, souvent accompagnés, font aussi vivre les commerces et les restaurants des stations.

        ## Des stations en difficulté

        La fréquentation a reculé de 15 % en dix ans. Les établissements thermaux, souvent anciens, doivent être rénovés pour répondre aux attentes des curistes et aux normes sanitaires. Les stations d'altitude du massif du Sancy souffrent de la concurrence des stations de Rhône-Alpes et de Midi-Pyrénées, mieux desservies. L'hébergement hôtelier a perdu un tiers de ses chambres depuis 2000.

        ## Le plan régional

        Le conseil régional a adopté le 30 juin un plan de 25 millions d'euros sur cinq ans. Il comprend :

        - des aides à la rénovation des établissements thermaux et des hôtels des stations ;
        - le développement de séjours de prévention santé et de remise en forme, plus courts que la cure traditionnelle de trois semaines ;
        - un programme de recherche sur les bienfaits des eaux thermales, avec l'université de Clermont-Ferrand ;
        - une campagne de promotion commune des stations auvergnates.

        ## Les partenaires

        Les quatre départements de l'Allier, du Cantal, de la Haute-Loire et du Puy-de-Dôme cofinanceront les investissements. Les communes thermales, propriétaires des sources dans la plupart des cas, seront associées aux projets d'aménagement.

        ## Un enjeu pour l'avenir

        Les élus régionaux souhaitent que le plan soit poursuivi quelle que soit l'évolution de la carte régionale, en discussion au Parlement. Un premier bilan sera présenté à l'assemblée régionale à la fin de l'année 2015.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 1er juillet 2014", Breadcrumb = ["Actualités", "Économie"] };
}

/// <summary>National note on communes touristiques and stations classées (DGCL) -> france:FR; the stations named as examples (Biarritz, Chamonix-Mont-Blanc, Deauville, Lourdes, Saint-Malo) are examples, not subjects; the Savoie, the Haute-Savoie and the Alpes-Maritimes are table rows.</summary>
public sealed class DgclCommunesTouristiques2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("dgcl-bis-communes-touristiques-stations-classees-2024.pdf",
        "Communes touristiques et stations classées de tourisme au 1er janvier 2024", "Direction générale des collectivités locales", "2024-03-19",
        DocumentTypeLabels.Bis, Themes.Dotations, "https://collectivites-locales.example/bis-communes-touristiques-2024.pdf",
        "Bulletin d'information statistique de la DGCL", "dénomination de commune touristique", """
        ## Deux labels distincts

        Le code du tourisme distingue deux niveaux de reconnaissance. La dénomination de commune touristique, accordée par le préfet pour cinq ans, est réservée aux communes qui disposent d'un office de tourisme, organisent des animations et offrent une capacité d'hébergement suffisante. Le classement en station de tourisme, prononcé par décret pour douze ans, est plus exigeant : il suppose des hébergements de qualité, des services variés et une bonne accessibilité.

        ## Les chiffres

        Au 1er janvier 2024, la France compte 1 160 communes touristiques et 440 stations classées de tourisme. Parmi ces dernières figurent des villes aussi différentes que Biarritz, Chamonix-Mont-Blanc, Deauville, Lourdes ou Saint-Malo. Les stations classées sont surtout situées sur le littoral et en montagne, mais on en trouve aussi à la campagne, autour de sites thermaux ou patrimoniaux.

        | Département | Communes touristiques | Stations classées |
        | Savoie | 58 | 31 |
        | Haute-Savoie | 61 | 29 |
        | Alpes-Maritimes | 44 | 27 |
        Source : DGCL, d'après les arrêtés et décrets publiés ; départements qui en comptent le plus.

        ## Les avantages financiers

        Les communes touristiques bénéficient d'une dotation particulière au sein de la dotation globale de fonctionnement, qui tient compte de leur population saisonnière. Les stations classées peuvent en outre majorer les indemnités de leurs élus et percevoir directement la taxe additionnelle aux droits de mutation lorsqu'elles comptent moins de 5 000 habitants.

        ## L'évolution

        Le nombre de stations classées a augmenté de 20 % depuis 2015, la procédure ayant été simplifiée. À l'inverse, plusieurs centaines de communes ont perdu leur dénomination de commune touristique faute de l'avoir renouvelée. La DGCL rappelle aux préfectures qu'un tableau de suivi des échéances est disponible dans l'espace réservé aux services de l'État. Les communes dont la dénomination arrive à échéance en 2024 et 2025 recevront un courrier les invitant à déposer leur demande de renouvellement.
        """) with { Masthead = ["Direction générale des collectivités locales", "Bulletin d'information statistique n° 187"], InfoDates = false };
}

/// <summary>National table with one row per département (OFGL, the departmental roads) -> france:FR, one level down (not its rows); the départements are rows (an extract); the Métropole de Lyon, the Collectivité européenne d'Alsace and the single collectivities of Corse, Guyane and Martinique are named as special cases (context).</summary>
public sealed class OfglRoutesDepartementales2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-depenses-routes-departementales-2023.html",
        "Les routes départementales en 2023 : des dépenses en hausse, un réseau qui vieillit", "Observatoire des finances et de la gestion publique locales", "2024-07-11",
        DocumentTypeLabels.Etude, Themes.Finances, "https://ofgl.example/etudes/routes-departementales-2023", """
        ## Vue d'ensemble

        Les départements gèrent 378 000 kilomètres de routes, soit près de 40 % du réseau routier national en longueur. En 2023, ils y ont consacré 5,3 milliards d'euros, dont 3,6 milliards d'investissement, en hausse de 7 % en un an. Cette progression reflète surtout la hausse du prix des enrobés et de l'énergie : les volumes de travaux sont restés stables.

        | Département | Longueur (km) | Dépenses par km (€) |
        | Aveyron | 6 000 | 11 200 |
        | Dordogne | 4 800 | 12 900 |
        | Gironde | 6 400 | 19 300 |
        | Isère | 4 200 | 24 100 |
        | Manche | 7 600 | 8 700 |
        | Nord | 3 900 | 31 500 |
        | Saône-et-Loire | 5 400 | 10 600 |
        Source : comptes de gestion 2023 et données déclaratives des départements ; extrait.

        ## Des écarts considérables

        Les dépenses par kilomètre varient du simple au quadruple. Les départements ruraux, aux réseaux très longs et peu fréquentés, dépensent peu par kilomètre mais beaucoup par habitant. Les départements urbains, dont les routes supportent un trafic intense, engagent des dépenses élevées pour l'entretien des chaussées, des ouvrages d'art et des équipements de sécurité.

        ## Les ouvrages d'art

        Les départements gèrent environ 100 000 ponts. Un recensement récent indique qu'un sur dix présente des défauts de structure. Plusieurs départements ont adopté des programmes pluriannuels de réparation, dont le coût dépasse souvent leurs capacités d'investissement.

        ## Les cas particuliers

        Les données de la Métropole de Lyon, de la Collectivité européenne d'Alsace et des collectivités uniques de Corse, de Guyane et de Martinique, qui exercent les compétences routières d'un département, font l'objet d'une présentation distincte, tout comme celles des départements qui ont transféré une partie de leur réseau aux métropoles.

        ## Les perspectives

        Les budgets de 2024 prévoient une légère baisse des investissements routiers, les départements privilégiant l'entretien du réseau existant, la sécurité des ponts et les aménagements cyclables le long des routes les plus fréquentées.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Études", "Départements"] };
}

/// <summary>National analysis of access to sports facilities (Observatoire des territoires) -> france:FR; Paris, the Lozère, the Creuse and the Alpes are examples (context); the national grid of density is a method.</summary>
public sealed class AnctEquipementsSportifs2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("anct-acces-equipements-sportifs-2024.html",
        "L'accès aux équipements sportifs : des inégalités plus faibles qu'on ne le pense", "Agence nationale de la cohésion des territoires", "2024-05-02",
        DocumentTypeLabels.Etude, Themes.Culture, "https://observatoire-des-territoires.example/analyses/equipements-sportifs-2024", """
        ## Un maillage dense

        La France compte près de 330 000 équipements sportifs recensés : terrains de grands jeux, salles multisports, courts de tennis, bassins de natation, plateaux extérieurs, équipements de pleine nature. Les communes en sont propriétaires pour les trois quarts. Grâce à cet héritage, 96 % des habitants résident à moins de dix minutes en voiture d'au moins un équipement sportif, y compris dans les espaces ruraux.

        ## Des écarts selon les équipements

        Les inégalités apparaissent pour les équipements plus rares. Un habitant sur cinq vit à plus de vingt minutes d'une piscine couverte, une proportion qui dépasse la moitié dans des départements peu denses comme la Lozère ou la Creuse. Les patinoires, les pistes d'athlétisme et les salles spécialisées se concentrent dans les villes. À l'inverse, les habitants des communes rurales disposent de plus d'équipements par habitant que ceux des grandes villes, où la pression sur les créneaux est forte, notamment à Paris.

        ## Un parc vieillissant

        La moitié des équipements ont été construits avant 1985. Beaucoup sont énergivores et mal adaptés aux personnes handicapées. Les piscines, coûteuses à entretenir, ferment parfois faute de moyens. Le programme national de construction d'équipements de proximité, lancé en 2021, a permis de réaliser 5 000 terrains et plateaux sportifs, en priorité dans les quartiers de la politique de la ville et les communes rurales.

        ## Les pratiques de pleine nature

        Les sentiers, les sites d'escalade et les bases nautiques attirent un public croissant, notamment dans les Alpes et sur le littoral. Leur gestion associe les communes, les intercommunalités, les départements et les fédérations sportives.

        ## Méthode

        L'analyse s'appuie sur le recensement national des équipements sportifs, mis à jour en 2023, et sur les temps d'accès calculés par la route depuis le centre de chaque carreau habité. Les catégories d'espaces suivent la grille communale de densité.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Analyses", "Services et équipements"] };
}

/// <summary>National report of a national body on all local authorities' staff (CNFPT style) -> france:FR; Paris (seat) and Strasbourg (a training site) are context; national figures are the subject.</summary>
public sealed class CnfptFormationAgentsTerritoriaux2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("cnfpt-formation-agents-territoriaux-2023.pdf",
        "La formation des agents territoriaux en 2023 : rapport national", "Centre national de la fonction publique territoriale", "2024-06-06",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://cnfpt.example/rapport-national-formation-2023.pdf",
        "CNFPT - rapport national 2023", "formation d'intégration", """
        ## Les agents formés

        En 2023, le Centre national de la fonction publique territoriale a formé 1,1 million de stagiaires, soit plus d'un agent territorial sur deux. Les formations ont représenté 2,6 millions de journées, en hausse de 6 % par rapport à 2022. Les agents de catégorie C, qui forment les trois quarts des effectifs des collectivités, représentent 61 % des stagiaires.

        ## Les formations obligatoires

        La formation d'intégration, obligatoire pour les nouveaux fonctionnaires, a concerné 74 000 agents. Les formations de professionnalisation, dispensées au premier emploi et tout au long de la carrière, en ont concerné 420 000. Les délais d'accès à la formation d'intégration se sont réduits, mais restent supérieurs à six mois pour un agent sur cinq.

        ## Les thèmes

        - La sécurité et la prévention des risques au travail restent le premier thème, avec 22 % des journées.
        - Le numérique progresse fortement, avec la généralisation des outils collaboratifs.
        - La transition écologique fait l'objet d'un programme spécifique destiné aux élus et aux cadres.
        - La petite enfance et l'action sociale mobilisent un nombre croissant de formations, en lien avec les difficultés de recrutement.

        ## Les modalités

        Un tiers des journées a été dispensé à distance ou en formation mixte. Les formations en présentiel ont lieu dans les délégations régionales et dans les instituts nationaux, comme celui de Strasbourg, qui forme les cadres de direction. Le siège, à Paris, coordonne les programmes nationaux et l'offre de formation en ligne, ouverte à tous les agents sans inscription préalable.

        ## Le financement

        Le CNFPT est financé par une cotisation de 0,9 % de la masse salariale des collectivités. Les recettes ont atteint 430 millions d'euros en 2023. Le financement de la formation des apprentis, partagé avec France compétences, reste un sujet de discussion avec l'État et les employeurs territoriaux.
        """) with { Masthead = ["Centre national de la fonction publique territoriale", "Rapport national d'activité"], Ligatures = true };
}

/// <summary>No territorial subject ("-"): a methodological guide on computing a commune's savings ratios; its example "commune de 5 000 habitants" is fictitious; the national legal thresholds are rules, not a subject; no place is named as a subject.</summary>
public sealed class GuideRatiosEpargne2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("guide-calcul-ratios-epargne-brute-nette-2024.html",
        "Épargne brute, épargne nette, capacité de désendettement : le guide de calcul", "Direction générale des finances publiques", "2024-01-16",
        DocumentTypeLabels.Guide, Themes.Finances, "https://collectivites.dgfip.example/guides/ratios-epargne", """
        ## À quoi servent ces indicateurs

        L'épargne brute, l'épargne nette et la capacité de désendettement sont les trois indicateurs les plus utilisés pour apprécier la santé financière d'une collectivité. Ils permettent de savoir si la collectivité dégage, sur son fonctionnement courant, des ressources suffisantes pour rembourser sa dette et financer une partie de ses investissements. Ce guide explique leur mode de calcul à partir des comptes, quelle que soit la taille de la collectivité.

        ## L'épargne brute

        L'épargne brute est la différence entre les recettes réelles de fonctionnement et les dépenses réelles de fonctionnement, intérêts de la dette compris. Les opérations d'ordre, comme les dotations aux amortissements, sont exclues. Les produits des cessions d'immobilisations ne doivent pas être pris en compte, car ils ne sont pas récurrents. Le taux d'épargne brute rapporte ce montant aux recettes réelles de fonctionnement.

        ## L'épargne nette

        L'épargne nette s'obtient en retranchant de l'épargne brute le remboursement en capital de la dette. Elle mesure la part de l'épargne disponible pour financer les investissements. Une épargne nette négative signifie que la collectivité emprunte pour rembourser ses emprunts.

        ## La capacité de désendettement

        La capacité de désendettement rapporte l'encours de la dette à l'épargne brute. Elle indique le nombre d'années nécessaires pour rembourser la dette si toute l'épargne y était consacrée. La loi de programmation des finances publiques a fixé des plafonds de référence de douze ans pour les communes et les intercommunalités, de dix ans pour les départements et de neuf ans pour les régions.

        ## Un exemple

        Prenons une commune fictive de 5 000 habitants dont les recettes réelles de fonctionnement atteignent 5 millions d'euros et les dépenses réelles 4,3 millions, intérêts compris. Son épargne brute est de 700 000 euros, soit un taux de 14 %. Si elle rembourse 400 000 euros de capital, son épargne nette est de 300 000 euros. Avec un encours de 3,5 millions d'euros, sa capacité de désendettement est de cinq ans.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Guides", "Analyse financière"] };
}
