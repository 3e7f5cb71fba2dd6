using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind14 territory split (issue 13): overseas and Corsican communes, former régions, a regional public body.
namespace SampleGenerator.Content.TerritoryBlind14;

/// <summary>Saint-Claude (Guadeloupe, code 97124); Saint-Claude (Jura) is named to rule it out; Basse-Terre (neighbour), Baillif and Pointe-à-Pitre are context; the CA Grand Sud Caraïbe (membership) is context; the Soufrière is a volcano (landscape); the Guadeloupe is context.</summary>
public sealed class SaintClaudeGuadeloupeRisques2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("saint-claude-971-plan-communal-sauvegarde-2024.html",
        "Plan communal de sauvegarde : ce que chaque foyer doit savoir", "Ville de Saint-Claude", "2024-06-03",
        DocumentTypeLabels.Guide, Themes.Securite, "https://ville-saint-claude971.example/risques/plan-communal-de-sauvegarde", """
        ## Une commune au pied du volcan

        Saint-Claude, commune de 10 177 habitants accrochée aux pentes de la Soufrière, est exposée à presque tous les risques naturels que connaît la Guadeloupe : éruption volcanique, séisme, cyclone, glissement de terrain et crue soudaine des rivières. Le conseil municipal a adopté en mai la nouvelle version de son plan communal de sauvegarde, qui organise l'alerte et la mise à l'abri de la population. Cette page en présente l'essentiel.

        Attention : ce plan concerne la commune de Saint-Claude en Guadeloupe. Les habitants de Saint-Claude, dans le Jura, doivent se reporter aux documents de leur propre mairie.

        ## L'alerte

        En cas de danger, l'alerte est donnée par les sirènes installées au bourg, au Matouba et au Morne-Houël, par le système d'envoi de messages sur les téléphones portables et par les véhicules équipés de haut-parleurs de la police municipale. Inscrivez-vous à la liste de diffusion de la mairie pour recevoir les messages par courriel.

        ## Les zones de regroupement

        Le plan définit huit zones de regroupement, situées hors des ravines et à distance des pentes instables. En cas de réveil du volcan, l'évacuation se ferait en priorité vers Basse-Terre et Baillif, en suivant les itinéraires fléchés en jaune. Les personnes sans véhicule sont prises en charge par les bus de la communauté d'agglomération Grand Sud Caraïbe, selon une convention signée en 2023.

        ## Le kit d'urgence

        Chaque foyer devrait disposer d'une réserve d'eau de trois jours, d'une radio à piles, d'une lampe, d'une trousse de premiers secours, de copies de ses papiers et de ses médicaments. Pendant la saison cyclonique, de juin à novembre, vérifiez aussi l'état de votre toiture et élaguez les arbres proches de votre maison.

        ## Les personnes vulnérables

        Le centre communal d'action sociale tient un registre des personnes âgées, handicapées ou isolées, qui sont contactées en priorité lors d'une alerte. L'inscription est gratuite et confidentielle.

        ## En savoir plus

        Le document complet, avec les cartes des risques, est consultable en mairie. Un exercice de simulation sera organisé en novembre avec les services de l'État et l'observatoire volcanologique.
        """) with { Meta = HtmlMeta.OpenGraph, Lead = "Guadeloupe — La commune met à jour son plan face aux risques naturels.", Breadcrumb = ["Vivre à Saint-Claude", "Risques majeurs"] };
}

/// <summary>Dembeni (Mayotte, code 97607); Mamoudzou (neighbour) and Bandrélé are context; Tsararano and Iloni are villages of Dembeni (parts); the CA de Dembeni-Mamoudzou (membership) is context; Mayotte (département and région) is context; La Réunion and Saint-Denis (seat of the chamber) are an address.</summary>
public sealed class CrcMayotteDembeni2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("crc-mayotte-commune-de-dembeni-2023.pdf",
        "Commune de Dembeni : rapport d'observations définitives", "Chambre régionale des comptes La Réunion", "2023-11-28",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-reunion-mayotte.example/rod/dembeni-2023.pdf",
        "CRC La Réunion - Mayotte - commune de Dembeni", "restauration scolaire", """
        ## Le contrôle

        La chambre régionale des comptes La Réunion - Mayotte, qui siège à Saint-Denis de La Réunion, a examiné la gestion de la commune de Dembeni depuis l'exercice 2018. Située sur la côte est de Grande-Terre, au sud de Mamoudzou, la commune compte 15 848 habitants selon le dernier recensement, et sans doute davantage en réalité. Elle comprend cinq villages, dont Dembeni, Tsararano et Iloni, et appartient à la communauté d'agglomération de Dembeni-Mamoudzou.

        ## Une population jeune et en forte croissance

        Plus de la moitié des habitants ont moins de vingt ans. Les effectifs scolaires ont augmenté de 40 % en dix ans, et la commune doit pratiquer la rotation des classes, les élèves n'étant accueillis qu'une demi-journée. La chambre relève que les constructions scolaires programmées depuis 2018 n'ont été réalisées qu'à hauteur de 35 %, faute de terrains maîtrisés et de capacités d'ingénierie suffisantes.

        ## La restauration scolaire

        La commune ne propose qu'une collation aux élèves. Un projet de cuisine centrale, financé par l'État, est à l'étude depuis 2020 sans avoir abouti. La chambre recommande de le mener à bien en s'appuyant sur les services de l'agglomération et sur l'expérience de la commune voisine de Bandrélé.

        ## La fiabilité des comptes

        Les comptes présentent de nombreuses anomalies : restes à réaliser non justifiés, absence d'inventaire, recettes non recouvrées depuis plus de cinq ans. La chambre demande la mise en place d'un contrôle interne et d'un plan de formation des agents des finances.

        ## La situation financière

        Les recettes de fonctionnement, très dépendantes des dotations de l'État et de l'octroi de mer, ont progressé plus vite que les dépenses. L'épargne dégagée reste cependant insuffisante au regard des besoins d'équipement, que les comparaisons avec les autres communes de Mayotte situent parmi les plus élevés du département.

        ## Réponse du maire

        Le maire a pris acte des observations et annoncé la création d'une direction de la commande publique.
        """) with { Masthead = ["Chambre régionale des comptes", "La Réunion - Mayotte"], InfoTitle = "ROD Dembeni" };
}

/// <summary>Aléria (Haute-Corse, code 2B009), also an ancient city (the archaeological site); the étang de Diane is a lagoon (landscape); Bastia, Corte and Ghisonaccia are context; the CC de l'Oriente (membership) is context; the Collectivité de Corse is named as funder (context); the université de Corte is an author of measurements (context).</summary>
public sealed class AleriaPortDiane2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("aleria-2b-amenagement-etang-de-diane-2024.html",
        "Étang de Diane : la commune présente son plan de gestion", "Commune d'Aléria", "2024-04-22",
        DocumentTypeLabels.Page, Themes.Durable, "https://aleria.example/actualites/etang-de-diane", """
        ## Un patrimoine naturel et historique

        La commune d'Aléria a présenté le 18 avril son plan de gestion de l'étang de Diane et de ses rives. Cette lagune de 570 hectares, reliée à la mer par un grau, abrite depuis l'Antiquité l'élevage d'huîtres et de moules : les Romains y avaient installé un port, dont les vestiges se trouvent non loin de la cité antique qui porte le même nom que la commune. Aujourd'hui, trois entreprises conchylicoles y emploient une quarantaine de personnes.

        ## Les enjeux

        La qualité de l'eau est menacée par les apports de la plaine agricole et par le manque de renouvellement de l'eau lorsque le grau s'ensable. En 2023, deux épisodes de malaïgue, une crise liée au manque d'oxygène, ont entraîné la mortalité d'une partie des coquillages. La fréquentation estivale des rives, en forte hausse, dérange par ailleurs les oiseaux qui nichent dans les roselières.

        ## Le plan d'actions

        - Désensablement régulier du grau, en lien avec les services de l'État.
        - Suivi de la qualité de l'eau en continu, grâce à deux sondes installées par l'université de Corte.
        - Aménagement de deux parkings et d'un sentier balisé, afin de concentrer les visiteurs.
        - Accompagnement des agriculteurs de la plaine pour réduire les apports d'engrais.

        ## Le financement

        Le plan est estimé à 1,9 million d'euros sur cinq ans. La Collectivité de Corse, l'office de l'environnement et l'agence de l'eau en financent 70 %. La communauté de communes de l'Oriente, à laquelle appartient la commune, prend en charge la collecte des déchets sur les rives.

        ## Une identité à préserver

        Entre Bastia et Ghisonaccia, la commune veut rester un lieu où l'on produit et où l'on accueille, sans sacrifier la lagune ni le musée archéologique, qui reçoit chaque année plus de 20 000 visiteurs. Le plan sera soumis à l'avis des habitants jusqu'au 31 mai.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Publié le 22 avril 2024", Breadcrumb = ["Actualités", "Environnement"] };
}

/// <summary>Former région "Centre" (renamed Centre-Val de Loire in 2015) -> region:24 (a code of earlier splits); Orléans, Tours, Bourges and Chartres are context; the six départements are named as parts (context); Île-de-France is a comparison; the Loire is the river.</summary>
public sealed class InseeRegionCentreEmploi2014 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("insee-region-centre-emploi-salarie-2014.pdf",
        "L'emploi salarié en région Centre en 2013 : un nouveau recul dans l'industrie", "INSEE", "2014-06-24",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/centre/bilan-emploi-2013.pdf",
        "Insee Centre - bilan de l'emploi 2013", "intérim", """
        ## Vue d'ensemble

        Fin 2013, la région Centre compte 718 000 emplois salariés dans les secteurs marchands non agricoles. Sur l'année, elle en a perdu 6 400, soit un recul de 0,9 %, plus marqué qu'au niveau national. L'industrie poursuit son repli, tandis que les services résistent et que l'intérim se redresse en fin d'année.

        ## L'industrie en difficulté

        L'industrie perd 3 100 emplois, soit 2,1 % de ses effectifs. La fabrication de matériels de transport et la métallurgie sont les plus touchées, notamment dans les bassins d'emploi du nord de la région, sous l'influence de l'Île-de-France, et autour de Bourges. La pharmacie et la cosmétique, bien implantées autour d'Orléans et de Chartres, maintiennent en revanche leurs effectifs.

        ## La construction et les services

        Le secteur de la construction continue de perdre des emplois, à un rythme comparable à celui de 2012. Les services marchands sont stables. Le commerce recule légèrement, alors que les activités d'hébergement et de restauration progressent dans les zones touristiques du Val de Loire, autour de Tours et de Blois.

        ## Des évolutions contrastées selon les départements

        Le Loiret et l'Indre-et-Loire, qui concentrent la moitié de l'emploi régional, résistent mieux que les autres. Le Cher, l'Indre et l'Eure-et-Loir perdent plus de 1,5 % de leurs emplois. Le Loir-et-Cher occupe une position intermédiaire.

        ## Le chômage

        Le taux de chômage atteint 9,8 % au quatrième trimestre, contre 10,2 % pour la France métropolitaine. Il augmente de 0,3 point sur l'année. Le nombre de demandeurs d'emploi de longue durée progresse fortement, en particulier chez les plus de cinquante ans.

        ## Source

        Estimations d'emploi localisées, données provisoires ; Pôle emploi et Dares pour les demandeurs d'emploi.

        ## Définitions

        Les estimations d'emploi couvrent les salariés des secteurs principalement marchands, hors agriculture et hors particuliers employeurs. Elles sont révisées chaque année lorsque des sources plus complètes deviennent disponibles.
        """) with { Masthead = ["Insee Centre Info", "n° 198 - juin 2014"], Hyphenate = true };
}

/// <summary>Former région Champagne-Ardenne (2015) -> region:44, Grand Est (a code of earlier splits); Châlons-en-Champagne (seat), Reims, Troyes, Charleville-Mézières, Épernay and Chaumont are context; Lorraine and Alsace (the merger partners) and Alsace-Champagne-Ardenne-Lorraine are context; the Haute-Marne, the Aube and the Ardennes are parts (context); the Meuse is a river (also a département, not a subject).</summary>
public sealed class ConseilRegionalChampagneArdenneLycees2015 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("region-champagne-ardenne-bilan-lycees-2015.html",
        "Lycées : le bilan du mandat 2010-2015", "Région Champagne-Ardenne", "2015-09-29",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://champagne-ardenne-region.example/lycees/bilan-mandat", """
        ## Avant la fusion

        Le 1er janvier 2016, la région Champagne-Ardenne fusionnera avec l'Alsace et la Lorraine. Avant de transmettre ses dossiers à la nouvelle collectivité, le conseil régional, réuni à Châlons-en-Champagne, a souhaité dresser le bilan de sa politique en faveur des 86 lycées publics et des centres de formation dont il a la charge.

        ## Les investissements

        Entre 2010 et 2015, la région a consacré 612 millions d'euros à ses lycées. Trois établissements ont été entièrement reconstruits, à Reims, à Troyes et à Charleville-Mézières. Quarante-deux ont bénéficié de travaux de rénovation énergétique, qui ont réduit de 28 % la consommation de chauffage de l'ensemble du parc. L'accessibilité aux personnes handicapées est assurée dans 71 % des bâtiments, contre 38 % en 2010.

        ## Le numérique et la gratuité

        Chaque élève de seconde a reçu un ordinateur portable depuis la rentrée 2012, et les manuels scolaires sont gratuits dans toutes les filières. Le réseau à très haut débit relie désormais tous les lycées, y compris ceux des zones rurales de la Haute-Marne et de l'Aube.

        ## Les formations

        La carte des formations a été adaptée aux besoins des entreprises : de nouvelles sections ont ouvert dans la viticulture autour d'Épernay, la métallurgie dans la vallée de la Meuse et les métiers de l'aide à la personne. Six formations sans débouchés ont été fermées.

        ## Ce qui reste à faire

        Le rapport identifie deux chantiers que la future région Alsace-Champagne-Ardenne-Lorraine devra poursuivre : la reconstruction du lycée agricole de Chaumont et l'internat d'excellence des Ardennes. Il recommande aussi de maintenir une gestion de proximité, depuis Châlons-en-Champagne, pour les établissements de l'ancien territoire champardennais.

        ## La restauration

        Les cantines des lycées servent chaque jour 38 000 repas. Depuis 2013, la part des produits locaux dans les menus est passée de 8 % à 24 %, grâce à une plateforme d'achat qui met en relation les gestionnaires et les producteurs de la région.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 29 septembre 2015", Breadcrumb = ["Éducation", "Lycées"] };
}

/// <summary>The regional biodiversity agency of the Pays de la Loire, a public body for the whole région (its perimeter) -> region:52 (a code of earlier splits); Nantes (seat), Angers and Le Mans are context; the five départements are named as parts (context); the Loire is the river (also a département, a subject of another document here; "Pays de la Loire" contains it); the Marais poitevin and the Brière are landscapes.</summary>
public sealed class AgenceBiodiversitePaysDeLaLoire2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("agence-biodiversite-pays-de-la-loire-rapport-2023.pdf",
        "Agence régionale de la biodiversité des Pays de la Loire : rapport d'activité 2023", "Agence régionale de la biodiversité des Pays de la Loire", "2024-05-07",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://biodiversite-paysdelaloire.example/rapport-2023.pdf",
        "ARB Pays de la Loire - rapport d'activité 2023", "atlas de la biodiversité", """
        ## Notre mission

        L'agence régionale de la biodiversité des Pays de la Loire a été créée en 2021 par la région et l'Office français de la biodiversité. Établissement public implanté à Nantes, elle accompagne les collectivités, les entreprises et les associations de la Loire-Atlantique, du Maine-et-Loire, de la Mayenne, de la Sarthe et de la Vendée dans leurs actions en faveur de la nature. Elle ne gère pas d'espaces naturels, mais apporte de l'expertise, des données et des financements.

        ## Les chiffres de l'année

        - 64 communes et intercommunalités accompagnées dans la réalisation d'un atlas de la biodiversité communale.
        - 2,8 millions d'euros attribués à 112 projets de restauration de zones humides, de haies et de mares.
        - 1,2 million d'observations naturalistes intégrées à la plateforme régionale de données.
        - 36 formations proposées aux agents des collectivités.

        ## Les zones humides

        La région compte parmi les plus riches de France en zones humides, du marais de Brière au Marais poitevin, en passant par les basses vallées angevines. L'agence a lancé un appel à projets pour leur restauration ; les dossiers retenus portent notamment sur la reconnexion de prairies inondables en bord de Loire et sur la gestion des niveaux d'eau dans les marais vendéens.

        ## La nature en ville

        Les métropoles et agglomérations, de Nantes à Angers et au Mans, ont été accompagnées dans la désimperméabilisation des cours d'école. Vingt-quatre cours ont été transformées en 2023.

        ## Perspectives

        L'agence prépare la nouvelle stratégie régionale pour la biodiversité, qui sera soumise au conseil régional à la fin de 2024, et renforcera son observatoire des espèces exotiques envahissantes.

        ## L'équipe

        L'agence emploie dix-huit personnes. Son budget de 4,6 millions d'euros est financé par la région, par l'Office français de la biodiversité et par l'agence de l'eau. Son conseil d'administration associe des élus, des représentants de l'État, des associations et des acteurs économiques.
        """) with { Masthead = ["Agence régionale de la biodiversité", "Pays de la Loire"] };
}
