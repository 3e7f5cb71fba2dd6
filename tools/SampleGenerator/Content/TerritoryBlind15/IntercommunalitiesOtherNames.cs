using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind15 territory split (issue 13): intercommunalities by acronym, seat, former name, or sharing a name with a département or a common word.
namespace SampleGenerator.Content.TerritoryBlind15;

/// <summary>The CA Valence Romans Agglo; Valence (Drôme), Romans-sur-Isère, Bourg-lès-Valence and Portes-lès-Valence are context; Valence-d'Agen (Tarn-et-Garonne) and Valence-en-Poitou (Vienne) are named to rule them out; the Drôme is context; the Isère and the Rhône are rivers; Grenoble is a comparison.</summary>
public sealed class ValenceRomansAggloReseauxChaleur2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("valence-romans-agglo-schema-reseaux-chaleur-2023.pdf",
        "Schéma directeur des réseaux de chaleur de Valence Romans Agglo", "Valence Romans Agglo", "2023-12-19",
        DocumentTypeLabels.Etude, Themes.Durable, "https://valenceromansagglo.example/schema-reseaux-chaleur.pdf",
        "Valence Romans Agglo - schéma des réseaux de chaleur", "chaufferie biomasse", """
        ## L'objet du schéma

        Valence Romans Agglo rassemble 54 communes et près de 230 000 habitants de part et d'autre de l'Isère, entre les contreforts du Vercors et la vallée du Rhône. Compétente pour la création et la gestion des réseaux de chaleur, la communauté d'agglomération a fait réaliser un schéma directeur pour les quinze prochaines années. Il évalue les besoins de chauffage des quartiers, les ressources d'énergie renouvelable disponibles et les extensions possibles des réseaux existants.

        ## Les réseaux existants

        Trois réseaux desservent aujourd'hui le territoire. Le plus important, à Valence, alimente 9 000 logements, des établissements scolaires et l'hôpital à partir d'une chaufferie biomasse. Le réseau de Romans-sur-Isère chauffe les quartiers nord et plusieurs équipements sportifs. Un petit réseau communal dessert le centre de Bourg-lès-Valence. Ensemble, ils livrent 190 gigawattheures par an, dont 72 % d'origine renouvelable.

        ## Le potentiel

        Le schéma identifie un potentiel de 140 gigawattheures supplémentaires, principalement dans les quartiers denses de Valence et de Portes-lès-Valence et dans les zones d'activités. La chaleur perdue de deux sites industriels et la géothermie sur nappe pourraient compléter le bois-énergie, dont l'approvisionnement devra rester local pour ne pas épuiser les forêts du Vercors et de la Drôme.

        ## Le programme

        - L'extension du réseau de Valence vers le plateau et les quartiers sud, à partir de 2025.
        - La création d'un réseau à Portes-lès-Valence, alimenté par la récupération de chaleur industrielle.
        - Le raccordement obligatoire des bâtiments neufs dans les périmètres desservis.

        ## Les coûts

        Les investissements sont estimés à 95 millions d'euros sur quinze ans, financés par le fonds chaleur de l'ADEME et par les recettes des abonnés. Le prix moyen de la chaleur resterait inférieur de 10 % à celui du gaz, comme à Grenoble-Alpes Métropole.

        ## Une confusion fréquente

        Les bureaux d'études consultés ont parfois reçu des données de Valence-d'Agen, dans le Tarn-et-Garonne, ou de Valence-en-Poitou, dans la Vienne. Le présent schéma ne concerne que l'agglomération drômoise.
        """) with { Masthead = ["Valence Romans Agglo", "Drôme"], Byline = ["Direction de la transition énergétique"], Hyphenate = true };
}

/// <summary>The CA ECLA (Espace Communautaire Lons Agglomération), named by its acronym and once in full; Lons-le-Saunier (seat), Montmorot, Perrigny and Courlaoux are context; the Jura is context (département and mountains); Dole and Besançon are comparisons.</summary>
public sealed class EclaCentreAquatique2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("ecla-centre-aquatique-frequentation-2023.html",
        "ECLA : le centre aquatique a accueilli 260 000 baigneurs en 2023", "ECLA - Espace Communautaire Lons Agglomération", "2024-02-20",
        DocumentTypeLabels.Page, Themes.Culture, "https://ecla-jura.example/actualites/centre-aquatique-2023", """
        ## Une fréquentation en hausse

        Le centre aquatique d'ECLA a accueilli 260 000 entrées en 2023, soit 9 % de plus qu'en 2022. L'Espace Communautaire Lons Agglomération, qui réunit 32 communes autour de Lons-le-Saunier, gère cet équipement en régie depuis son ouverture. Les scolaires représentent un quart de la fréquentation : toutes les classes de CP au CM2 des communes membres y suivent un cycle d'apprentissage de la natation.

        ## Des publics variés

        Les habitants de Lons-le-Saunier, de Montmorot et de Perrigny forment le premier public. Mais l'équipement attire aussi des nageurs venus de tout le sud du Jura, faute de bassin couvert dans un rayon de quarante kilomètres. Les clubs de natation et de plongée disposent de créneaux en soirée, et les activités d'aquagym, complètes, ont été étendues au samedi matin.

        ## Le coût pour la collectivité

        Les recettes des entrées couvrent 31 % des dépenses de fonctionnement, qui atteignent 2,7 millions d'euros. Le déficit, de 1,9 million d'euros, est financé par le budget principal d'ECLA. La facture énergétique a diminué de 20 % grâce au raccordement au réseau de chaleur alimenté au bois et à l'installation d'une couverture sur le bassin extérieur. Le coût par entrée reste inférieur à celui des équipements comparables de Dole ou de Besançon.

        ## Les tarifs

        Les tarifs ont augmenté de 3 % au 1er janvier 2024. Les habitants des communes membres, comme ceux de Courlaoux ou de Montmorot, bénéficient d'un tarif réduit sur présentation d'un justificatif de domicile. L'entrée est gratuite pour les enfants de moins de quatre ans.

        ## Les travaux à venir

        L'agglomération prévoit de remplacer le toboggan et de rénover les vestiaires en 2025. Le centre fermera trois semaines en septembre pour la vidange annuelle et l'entretien des filtres. Les horaires d'été seront publiés en mai.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Sports", "Centre aquatique"] };
}

/// <summary>The CC des Sablons (Oise); "sablons" is also a common word (sands, sand pits); Méru (seat), Bornel, Andeville and Amblainville are context; Beauvais and Paris are context; the Oise is the département (context); the Vexin is a landscape (neighbour).</summary>
public sealed class SablonsPacteFinancier2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("cc-sablons-pacte-financier-fiscal-2023.pdf",
        "Pacte financier et fiscal de la communauté de communes des Sablons", "Communauté de communes des Sablons", "2023-12-14",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://cc-sablons.example/pacte-financier-fiscal.pdf",
        "CC des Sablons - pacte financier et fiscal", "dotation de solidarité communautaire", """
        ## Pourquoi un pacte

        La communauté de communes des Sablons réunit 31 communes et près de 39 000 habitants dans le sud de l'Oise, entre Beauvais et l'Île-de-France. Son nom rappelle les anciennes carrières de sable du plateau, dont les sablons alimentaient les verreries et les chantiers de la région parisienne. La ville de Méru, siège de la collectivité, en regroupe le tiers de la population ; Bornel, Andeville et Amblainville sont les autres communes principales.

        ## Le diagnostic

        La richesse fiscale du territoire est inférieure de 12 % à la moyenne des communautés de communes comparables. Les écarts entre communes sont importants : le potentiel financier par habitant varie du simple au triple. Plusieurs petites communes rurales ont une épargne brute inférieure à 8 % de leurs produits, ce qui les empêche d'investir sans aide.

        ## Les engagements

        - Une dotation de solidarité communautaire de 900 000 euros par an, répartie selon le revenu des habitants et l'effort fiscal.
        - Un fonds de concours de 1,5 million d'euros sur six ans pour les projets communaux de rénovation énergétique.
        - Le partage à parts égales de la taxe d'aménagement perçue dans les zones d'activités communautaires.
        - La stabilité des taux intercommunaux jusqu'en 2026.

        ## Le suivi

        Un comité de suivi, composé d'un élu par commune, se réunira chaque année pour examiner l'exécution du pacte. Les indicateurs porteront sur l'évolution des écarts de richesse, le niveau d'épargne des communes et le volume des investissements soutenus.

        ## Calendrier

        Le pacte a été adopté par le conseil communautaire le 14 décembre 2023, après avis favorable de 27 conseils municipaux. Il s'applique de 2024 à 2029. Une première évaluation sera présentée à la fin de 2025, en lien avec la révision du projet de territoire et des schémas de mobilité vers Paris.
        """) with { Masthead = ["Communauté de communes des Sablons", "Oise"], InfoDates = false };
}

/// <summary>The CU du Grand Poitiers, named fully once, then "la communauté urbaine"; Poitiers, Buxerolles, Jaunay-Marigny, Saint-Benoît and Chauvigny are context; the Futuroscope is a park (context); the médiathèque François-Mitterrand is a body name; the Vienne is the département (context).</summary>
public sealed class GrandPoitiersReseauLecture2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("grand-poitiers-reseau-mediatheques-carte-unique-2024.html",
        "Une carte unique pour les 30 bibliothèques du réseau de Grand Poitiers", "Grand Poitiers Communauté urbaine", "2024-09-17",
        DocumentTypeLabels.Page, Themes.Culture, "https://grandpoitiers.example/culture/reseau-lecture-carte-unique", """
        ## Un réseau à l'échelle de la communauté urbaine

        À partir du 1er octobre, les habitants des 40 communes de la communauté urbaine du Grand Poitiers pourront emprunter des livres, des films et des jeux dans l'ensemble des bibliothèques du territoire avec une seule carte. Jusqu'ici, chaque commune gérait ses propres inscriptions, avec des tarifs et des règles de prêt différents. Le nouveau réseau de lecture publique réunit 30 bibliothèques et médiathèques, de la médiathèque François-Mitterrand, au centre de Poitiers, aux petites bibliothèques des communes rurales.

        ## Ce qui change

        - L'inscription devient gratuite pour tous les habitants de la communauté urbaine, quel que soit leur âge.
        - Chaque usager peut emprunter jusqu'à vingt documents pour quatre semaines.
        - Un catalogue commun permet de réserver en ligne un document et de le faire livrer dans la bibliothèque de son choix, grâce à une navette qui passe deux fois par semaine.
        - Les ressources numériques, presse en ligne, films et cours, sont accessibles depuis chez soi.

        ## Pourquoi ce changement

        La communauté urbaine exerce depuis 2019 une compétence de coordination de la lecture publique. Les communes restent propriétaires de leurs bibliothèques et emploient leur personnel, mais la communauté urbaine finance le logiciel commun, la navette, les ressources numériques et la formation des bénévoles, soit 1,2 million d'euros par an. L'objectif est de faire progresser le nombre d'inscrits, qui plafonne à 14 % de la population.

        ## Les bibliothèques des communes

        Les équipements de Buxerolles, de Saint-Benoît, de Jaunay-Marigny et de Chauvigny conservent leurs horaires et leurs animations. Dans les plus petites communes, les bibliothèques tenues par des bénévoles pourront accueillir les documents réservés par les habitants, ce qui leur donne accès à l'ensemble des collections du réseau.

        ## Comment s'inscrire

        Les cartes actuelles restent valables et seront converties automatiquement. Les nouveaux usagers peuvent s'inscrire en ligne ou dans n'importe quelle bibliothèque du réseau, sur présentation d'un justificatif de domicile.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Culture", "Lecture publique"] };
}

/// <summary>Former EPCI name: the CC du Pays Ribéracois (2016), today the CC du Périgord Ribéracois (gazetteer: former name) -> today's code; Ribérac (seat), Tocane-Saint-Apre, Verteillac and Montagrier are context; Périgueux (the State's former instruction service) is context; the Dronne is the river; the Dordogne is the département (context).</summary>
public sealed class PaysRiberacoisInstructionUrbanisme2016 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("cc-pays-riberacois-service-instruction-urbanisme-2016.pdf",
        "Communauté de communes du Pays Ribéracois : première année du service commun d'instruction du droit des sols", "Communauté de communes du Pays Ribéracois", "2016-03-22",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://paysriberacois.example/service-instruction-urbanisme-2015.pdf",
        "Pays Ribéracois - instruction du droit des sols, bilan 2015", "permis de construire", """
        ## Pourquoi un service commun

        Jusqu'au 1er juillet 2015, les services de l'État instruisaient gratuitement les permis de construire et les autres autorisations d'urbanisme des communes rurales. La loi pour l'accès au logement et un urbanisme rénové a mis fin à cette aide pour les communes membres d'une intercommunalité de plus de 10 000 habitants. La communauté de communes du Pays Ribéracois a donc créé un service commun, auquel ses 46 communes ont adhéré, de Ribérac à Tocane-Saint-Apre et de Verteillac à Montagrier.

        ## L'organisation

        Le service, installé au siège de la communauté de communes à Ribérac, emploie trois instructeurs, dont deux venus des services de l'État à Périgueux. Les maires restent compétents pour délivrer les autorisations : le service prépare les décisions, vérifie la conformité des projets aux règles d'urbanisme et consulte les gestionnaires de réseaux. Une convention fixe la répartition des tâches entre les mairies, qui reçoivent les dossiers, et le service.

        ## Le bilan des six premiers mois

        - 486 dossiers ont été instruits entre juillet et décembre 2015.
        - Les certificats d'urbanisme et les déclarations préalables en représentent 70 %.
        - Les permis de construire concernent surtout des maisons individuelles et des bâtiments agricoles.
        - Le délai moyen d'instruction des permis de construire est de 58 jours, inférieur au délai légal.

        ## Le coût

        Le service coûte 142 000 euros par an. Il est financé par les communes selon le nombre de dossiers déposés et leur nature, un permis de construire valant davantage qu'une déclaration préalable. Le coût moyen pour une commune de 500 habitants est d'environ 1 500 euros par an.

        ## Les perspectives

        La plupart des communes n'ont qu'une carte communale ou appliquent le règlement national d'urbanisme. Les élus envisagent l'élaboration d'un document d'urbanisme commun dans les années à venir, qui simplifierait l'instruction. Le changement de nom envisagé pour la communauté de communes, qui souhaite mettre en avant le Périgord, ne modifiera pas le fonctionnement du service.
        """) with { Masthead = ["Communauté de communes du Pays Ribéracois", "Dordogne"], InfoAuthor = "Service urbanisme" };
}

/// <summary>Former EPCI: the CC Cœur d'Ostrevent (CCCO), in 2017, today the CA Cœur d'Ostrevent (gazetteer: former name; a change of category) -> today's code; Somain, Aniche, Pecquencourt and Fenain are context; Douai and Valenciennes are comparisons; the Scarpe is the river; the Nord is context.</summary>
public sealed class CccoEmploiInsertion2017 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("ccco-maison-emploi-insertion-2017.html",
        "La CCCO ouvre une maison de l'emploi et de l'insertion à Somain", "Communauté de communes Cœur d'Ostrevent", "2017-10-05",
        DocumentTypeLabels.Page, Themes.Emploi, "https://coeurdostrevent.example/actualites/maison-emploi-2017", """
        ## Un guichet pour les demandeurs d'emploi

        La communauté de communes Cœur d'Ostrevent a inauguré le 2 octobre sa maison de l'emploi et de l'insertion, installée dans un ancien bâtiment des Houillères rénové à Somain. La CCCO, qui réunit 20 communes et plus de 70 000 habitants entre Douai et Valenciennes, connaît un taux de chômage de 17 %, l'un des plus élevés du Nord. La moitié des demandeurs d'emploi n'ont aucun diplôme, et un sur trois est inscrit depuis plus de deux ans.

        ## Les services proposés

        La maison réunit en un seul lieu les conseillers de Pôle emploi, la mission locale pour les jeunes, le plan local pour l'insertion et l'emploi et les permanences des associations d'aide à la mobilité. Un atelier numérique permet de rédiger un CV ou de postuler en ligne. Une antenne sera ouverte deux jours par semaine à Aniche, et une permanence mobile circulera dans les communes rurales, comme Fenain ou Pecquencourt.

        ## Les clauses d'insertion

        La CCCO impose des clauses d'insertion dans ses marchés publics de travaux : 5 % des heures travaillées doivent être réservées à des personnes éloignées de l'emploi. En 2016, ces clauses ont représenté 48 000 heures de travail, dont la moitié sur le chantier du centre aquatique. La communauté de communes souhaite étendre le dispositif aux marchés des communes membres et des bailleurs sociaux.

        ## Le financement

        Le bâtiment a coûté 2,2 millions d'euros, financés par la communauté de communes, l'État, la région et les fonds européens. Le fonctionnement de la maison, de 640 000 euros par an, est partagé entre les partenaires.

        ## Les prochaines étapes

        Les élus étudient le passage en communauté d'agglomération, qui permettrait de bénéficier d'une dotation plus élevée et de développer les transports. Une étude sera présentée au conseil communautaire au début de 2018. Les horaires de la maison sont affichés dans toutes les mairies du territoire.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Actualités", "Emploi"] };
}

/// <summary>The CA Grand Belfort; the Territoire de Belfort (département, code 90) is context, named on purpose; Belfort, Bavilliers, Danjoutin and Bourogne are context; the Lion de Belfort is a monument; the Pays de Montbéliard Agglomération and Mulhouse are comparisons; the university and the hospital of the Nord Franche-Comté are body names. Debatable: the EPCI holds three quarters of the département's population, but the strategy is the EPCI's; the département is left out.</summary>
public sealed class GrandBelfortFiliereHydrogene2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("grand-belfort-strategie-filiere-hydrogene-2024.pdf",
        "Grand Belfort : stratégie de développement de la filière hydrogène 2024-2030", "Grand Belfort Communauté d'agglomération", "2024-01-25",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://grandbelfort.example/strategie-hydrogene-2024.pdf",
        "Grand Belfort - filière hydrogène", "électrolyseur", """
        ## Un territoire industriel en reconversion

        Le Grand Belfort réunit 52 communes et 104 000 habitants, soit près des trois quarts de la population du Territoire de Belfort. L'agglomération a été profondément marquée par les restructurations de l'industrie de l'énergie et des transports, mais elle conserve des savoir-faire rares dans la mécanique, l'électrotechnique et les turbines. Depuis une dizaine d'années, elle a fait de l'hydrogène un axe de sa reconversion.

        ## Les atouts

        Le territoire accueille des laboratoires de recherche sur les piles à combustible, une formation d'ingénieurs spécialisée à l'université, et plusieurs entreprises qui conçoivent des électrolyseurs et des réservoirs. Une station de distribution alimente des bus et des véhicules utilitaires. Le parc d'activités de Bourogne et celui de Danjoutin disposent de terrains raccordés aux réseaux électriques à haute tension.

        ## Les objectifs pour 2030

        - Accueillir 1 500 emplois supplémentaires dans la filière, de la recherche à la production.
        - Produire localement de l'hydrogène à partir d'électricité renouvelable, avec un électrolyseur de 20 mégawatts.
        - Convertir à l'hydrogène une partie des bus urbains et des bennes de collecte des déchets.
        - Développer une offre de formation pour les techniciens, avec les lycées professionnels et l'université.

        ## Les moyens

        Le Grand Belfort consacrera 18 millions d'euros à la stratégie sur sept ans, principalement pour l'aménagement des terrains et le soutien aux entreprises. Il sollicitera l'État, la région Bourgogne-Franche-Comté et les fonds européens. Une coopération est engagée avec Pays de Montbéliard Agglomération, dont les industriels de l'automobile s'intéressent aux mêmes technologies, et avec l'agglomération mulhousienne.

        ## Les risques

        La filière reste dépendante des aides publiques et du prix de l'électricité. Le rapport recommande de diversifier les débouchés et de ne pas concentrer les aides sur quelques entreprises. Le Lion de Belfort, symbole de résistance, a été choisi comme emblème de la campagne de promotion de la filière auprès des investisseurs.
        """) with { Masthead = ["Grand Belfort", "Communauté d'agglomération"], Ligatures = true };
}

/// <summary>The CA de Castres Mazamet; Castres, Mazamet, Labruguière and Aussillon are context; the Montagne Noire is a landscape; Toulouse and Albi are comparisons; the Tarn is the département (context); the aerodrome of Castres-Mazamet is a body name.</summary>
public sealed class CastresMazametEnseignementSuperieur2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("castres-mazamet-enseignement-superieur-2024.html",
        "La communauté d'agglomération de Castres Mazamet mise sur l'enseignement supérieur", "Communauté d'agglomération de Castres Mazamet", "2024-10-08",
        DocumentTypeLabels.Page, Themes.Culture, "https://castres-mazamet.example/actualites/enseignement-superieur", """
        ## Un campus en croissance

        Les établissements d'enseignement supérieur du territoire accueillent 2 400 étudiants à la rentrée 2024, soit 30 % de plus qu'il y a dix ans. La communauté d'agglomération de Castres Mazamet, qui regroupe 14 communes et 81 000 habitants au pied de la Montagne Noire, a fait de cette croissance une priorité de son projet de territoire. Elle finance le campus de Castres, où sont installés un institut universitaire de technologie, une école d'ingénieurs et des formations en santé.

        ## Les formations

        L'offre couvre la chimie, l'informatique, la gestion et les soins infirmiers. Une licence professionnelle consacrée au textile technique a été ouverte à Mazamet, en lien avec les entreprises de la vallée, héritières de l'industrie du délainage. Les formations en alternance représentent 40 % des effectifs, ce qui facilite l'insertion des diplômés dans les entreprises locales.

        ## Le logement et la vie étudiante

        Faute d'une offre suffisante, de nombreux étudiants se logent chez l'habitant ou dans des résidences privées. La communauté d'agglomération a engagé avec un bailleur social la construction d'une résidence de 120 logements à Castres, ouverte en 2026. Un service de location de vélos à assistance électrique et une carte de réduction dans les commerces de Labruguière et d'Aussillon complètent le dispositif.

        ## Les moyens

        L'agglomération consacre 3,1 millions d'euros par an à l'enseignement supérieur et à la recherche. Ce montant, élevé pour une collectivité de cette taille, est justifié par la volonté de retenir les jeunes, qui partaient massivement étudier à Toulouse ou à Albi.

        ## Les liaisons

        La mise à deux fois deux voies de la liaison routière vers Toulouse et le maintien des vols de l'aéroport de Castres-Mazamet vers Paris sont présentés par les élus comme indispensables à l'attractivité du campus.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Actualités", "Enseignement supérieur"] };
}
