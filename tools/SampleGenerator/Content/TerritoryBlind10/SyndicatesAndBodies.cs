using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind10 territory split (issue 13): syndicates, offices, SDIS, CCAS/CIAS, centres de gestion and public establishments.
namespace SampleGenerator.Content.TerritoryBlind10;

/// <summary>SDIS of the Aube ("aubois"): the département; Troyes (seat) and Romilly-sur-Seine are context; the forêt d'Orient is a landscape.</summary>
public sealed class CrcSdisAube2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("crc-grand-est-sdis-aube-2023.pdf",
        "Service départemental d'incendie et de secours de l'Aube", "Chambre régionale des comptes Grand Est", "2023-10-24",
        DocumentTypeLabels.Rod, Themes.Securite, "https://crc-grand-est.example/rod/sdis-10-2023.pdf",
        "CRC Grand Est - SDIS de l'Aube", "volontaires aubois", """
        ## Le contrôle

        La chambre a examiné la gestion du service départemental d'incendie et de secours de l'Aube de 2017 à 2022. L'établissement, dont l'état-major est à Troyes, défend un territoire de 310 000 habitants à l'aide de 52 centres de secours. Il réalise environ 24 000 interventions par an, dont 80 % de secours à personne.

        ## Les moyens humains

        Le service repose sur 1 900 sapeurs-pompiers volontaires aubois et 340 professionnels. La disponibilité des volontaires en journée est le point faible : dans les centres ruraux, moins d'un tiers des effectifs peut partir en intervention entre 8 heures et 18 heures. Les conventions avec les employeurs privés restent rares.

        ## Les finances

        Les contributions du conseil départemental représentent 56 % des recettes, celles des communes et des intercommunalités 38 %. Les dépenses de personnel progressent de 3,1 % par an. La chambre recommande de réviser le schéma départemental d'analyse et de couverture des risques, qui date de 2016, et de mieux suivre le temps de réponse dans les secteurs éloignés de Troyes et de Romilly-sur-Seine, notamment autour des lacs de la forêt d'Orient.
        """);
}

/// <summary>Centre de gestion of the Cher (also "cher", dear; the river Cher): the département; Bourges (seat), Vierzon and Saint-Amand-Montrond are context.</summary>
public sealed class Cdg18Panorama2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("cdg18-bilan-social-consolide-2023.html",
        "Bilan social consolidé des collectivités du Cher", "Centre de gestion de la fonction publique territoriale du Cher", "2023-11-21",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://cdg18.example/bilan-social-2023", """
        ## Périmètre

        Le centre de gestion du Cher a consolidé les rapports sociaux uniques transmis par 268 collectivités et établissements du département, hors Bourges et les structures qui gèrent seules leur personnel. L'ensemble représente 4 100 agents.

        ## Les principaux résultats

        L'âge moyen des agents atteint 48 ans. Un agent sur trois partira à la retraite d'ici 2030, et la proportion dépasse 40 % dans les petites communes. Le taux d'absentéisme pour raison de santé est de 8,9 %, en hausse d'un point depuis 2019. Les métiers techniques et d'animation concentrent les difficultés de recrutement : une offre sur quatre reste sans candidat.

        ## Les suites

        Le centre de gestion renforce son service de remplacement et ouvre une antenne à Saint-Amand-Montrond, en complément de celles de Bourges et de Vierzon. Un accompagnement est proposé aux employeurs pour prévenir l'usure professionnelle, un enjeu cher aux élus du conseil d'administration.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Publications", "Observatoire de l'emploi"] };
}

/// <summary>Manche Habitat, the departmental OPH of the Manche (also "manche", sleeve; the Channel): the département; Saint-Lô (seat), Cherbourg and Granville are context.</summary>
public sealed class MancheHabitat2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("oph-manche-habitat-rapport-activite-2023.html",
        "Rapport d'activité 2023 de Manche Habitat", "Manche Habitat", "2024-06-18",
        DocumentTypeLabels.Rapport, Themes.Social, "https://manche-habitat.example/rapport-2023", """
        ## Un office au service du département

        Manche Habitat, office public de l'habitat rattaché au conseil départemental de la Manche, loge plus de 33 000 personnes dans 16 000 logements répartis sur l'ensemble du département. Son siège est à Saint-Lô ; ses agences de proximité sont installées à Cherbourg, Coutances, Granville et Avranches.

        ## L'année 2023

        L'office a livré 212 logements neufs et réhabilité 640 logements anciens, en priorité les plus énergivores. Le taux de vacance est de 2,4 %. La demande reste forte sur le littoral de la Manche, où les prix de l'immobilier écartent les jeunes ménages, et plus faible dans le sud-est rural.

        ## Perspectives

        Le plan stratégique 2024-2030 prévoit la rénovation de 4 000 logements et la vente de 300 pavillons à leurs occupants. L'office devra retrousser ses manches : la hausse des taux d'intérêt renchérit de 15 % le coût des opérations.
        """) with { Meta = HtmlMeta.None, TimeElement = true };
}

/// <summary>SIVU of Montreuil-sur-Ille and Montreuil-le-Gast (Ille-et-Vilaine) -> its two members; Montreuil (Seine-Saint-Denis) is named to rule it out; Rennes is context.</summary>
public sealed class SivuDeuxMontreuil2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("sivu-des-deux-montreuil-rapport-2023.html",
        "SIVU des deux Montreuil : rapport annuel 2023", "Syndicat intercommunal à vocation unique des deux Montreuil", "2024-03-26",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://sivu-deux-montreuil.example/rapport-2023", """
        ## Le syndicat

        Le syndicat intercommunal à vocation unique des deux Montreuil réunit Montreuil-sur-Ille et Montreuil-le-Gast, deux communes voisines au nord de Rennes. Créé en 1998, il gère l'accueil de loisirs sans hébergement et la restauration scolaire des deux écoles publiques. Les habitants le confondent parfois avec les services de Montreuil, en Seine-Saint-Denis, qui reçoivent chaque année quelques courriers égarés.

        ## L'activité

        En 2023, le restaurant scolaire a servi 71 000 repas, dont 32 % issus de l'agriculture biologique. L'accueil de loisirs a reçu 214 enfants différents, le mercredi et pendant les vacances.

        ## Les finances

        Les dépenses atteignent 690 000 euros. Les participations des deux communes sont calculées au prorata des enfants inscrits : 56 % pour Montreuil-sur-Ille, 44 % pour Montreuil-le-Gast. Les familles financent un tiers du coût par les tarifs.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>SMICTOM of the Brenne whose two members are the CC Cœur de Brenne and the CC Brenne - Val de Creuse -> both EPCI; Mézières-en-Brenne and Le Blanc are context; the Creuse is the river.</summary>
public sealed class SmictomBrenne2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("smictom-brenne-rapport-dechets-2023.pdf",
        "Rapport annuel sur le prix et la qualité du service public de prévention et de gestion des déchets 2023", "SMICTOM de la Brenne", "2024-06-11",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://smictom-brenne.example/rapport-2023.pdf",
        "SMICTOM de la Brenne - rapport 2023", "redevance incitative", """
        ## Le territoire desservi

        Le syndicat mixte de collecte et de traitement des ordures ménagères de la Brenne exerce la compétence déchets pour ses deux membres : la communauté de communes Cœur de Brenne et la communauté de communes Brenne - Val de Creuse. Il dessert 39 communes et 27 000 habitants, de Mézières-en-Brenne au Blanc, dans un territoire d'étangs où l'habitat est très dispersé.

        ## Les tonnages

        Chaque habitant a produit 176 kilogrammes d'ordures ménagères résiduelles en 2023, soit 11 % de moins qu'en 2021. Les déchèteries ont reçu 9 800 tonnes, dont une moitié de déchets verts. Le tri des emballages progresse depuis l'extension des consignes à tous les plastiques.

        ## Le financement

        Le passage à la redevance incitative est prévu au 1er janvier 2026. Une année de facturation à blanc permettra aux foyers de connaître le montant qu'ils auraient payé. Le coût complet du service atteint 108 euros par habitant.

        ## Les investissements

        Le syndicat modernise la déchèterie de Mézières-en-Brenne et achète deux camions équipés de la lecture des puces des bacs.
        """);
}

/// <summary>CCAS of Gray (Haute-Saône) -> its commune; Vesoul and Dijon are context; the Saône is the river.</summary>
public sealed class CcasGray2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("ccas-gray-analyse-besoins-sociaux-2023.pdf",
        "Analyse des besoins sociaux 2023", "Centre communal d'action sociale de Gray", "2023-12-14",
        DocumentTypeLabels.Etude, Themes.Social, "https://ville-gray.example/ccas/abs-2023.pdf",
        "CCAS de Gray - analyse des besoins sociaux", "épicerie solidaire", """
        ## Pourquoi cette analyse

        Le centre communal d'action sociale de Gray actualise son analyse des besoins sociaux, obligatoire depuis 2016 après chaque renouvellement municipal. La ville de 5 365 habitants, au bord de la Saône, joue le rôle de pôle de services pour un large bassin rural, à mi-distance de Vesoul et de Dijon.

        ## Ce que montrent les données

        Le taux de pauvreté des habitants atteint 24 %, près du double de la moyenne régionale. Les familles monoparentales représentent 22 % des familles avec enfants. Un habitant sur trois a plus de 60 ans et la part des personnes vivant seules augmente, surtout dans les logements anciens du centre historique.

        ## Les orientations

        Le CCAS propose d'étendre les horaires de l'épicerie solidaire, de créer un service de visites à domicile pour les personnes isolées et de renforcer l'aide aux démarches en ligne. Un partenariat sera recherché avec les bailleurs pour repérer plus tôt les impayés de loyer.
        """);
}

/// <summary>CIAS of the CC du Pays de Lapalisse -> the EPCI; Lapalisse (seat; "lapalissade") and Vichy are context.</summary>
public sealed class CiasLapalisse2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("cias-pays-de-lapalisse-rapport-2023.html",
        "Le CIAS du Pays de Lapalisse en 2023", "Centre intercommunal d'action sociale du Pays de Lapalisse", "2024-05-07",
        DocumentTypeLabels.Rapport, Themes.Social, "https://cc-paysdelapalisse.example/cias/rapport-2023", """
        ## Un service pour quatorze communes

        Le centre intercommunal d'action sociale de la communauté de communes du Pays de Lapalisse intervient dans ses quatorze communes membres, de Droiturier à Saint-Prix. C'est une lapalissade de le rappeler, mais un territoire rural vieillissant a d'abord besoin de services à domicile : le CIAS en a fait sa priorité.

        ## L'activité

        Le service d'aide à domicile a assuré 61 000 heures d'intervention auprès de 330 personnes âgées ou handicapées. Le portage de repas a livré 38 000 repas. Le CIAS a également instruit 190 demandes d'aide facultative, pour le chauffage ou les frais de transport vers les consultations médicales de Vichy.

        ## Les difficultés

        Le recrutement d'aides à domicile reste difficile : huit postes sont restés vacants plusieurs mois. Le conseil d'administration a voté une prime kilométrique et l'achat de quatre véhicules électriques.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Publié le 07/05/2024" };
}

/// <summary>Intercommunal tourism office of the CC Gérardmer Hautes Vosges -> the EPCI; Gérardmer (seat; its lake), Xonrupt-Longemer and La Bresse are context.</summary>
public sealed class OfficeTourismeGerardmer2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("office-tourisme-gerardmer-hautes-vosges-bilan-2023.html",
        "Office de tourisme : bilan de la saison 2023", "Office de tourisme Gérardmer Hautes Vosges", "2024-01-30",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://tourisme-gerardmer.example/bilan-2023", """
        ## Une compétence intercommunale

        Depuis 2017, l'office de tourisme agit pour le compte de la communauté de communes Gérardmer Hautes Vosges et de ses huit communes, du Tholy au Valtin. Il tient trois bureaux d'accueil, à Gérardmer, Xonrupt-Longemer et Le Tholy.

        ## La fréquentation

        Les bureaux ont accueilli 212 000 visiteurs, 6 % de plus qu'en 2022. L'été a compensé un hiver pauvre en neige : les domaines skiables n'ont ouvert que cinquante jours. La clientèle étrangère, surtout allemande, belge et néerlandaise, représente un quart des nuitées. La taxe de séjour a rapporté 1,9 million d'euros à l'intercommunalité.

        ## Les projets

        L'office développe une offre de randonnée et de vélo toutes saisons pour moins dépendre de l'enneigement, en lien avec les stations voisines comme La Bresse. Une étude sur la capacité d'accueil autour du lac sera menée en 2024.
        """) with { Meta = HtmlMeta.OpenGraph, Lead = "Saison touristique 2023" };
}

/// <summary>SIVOM of Saint-Cirq-Lapopie, Tour-de-Faure and Crégols (Lot) -> its three members; Cahors and the Lot (river) are context; the CA du Grand Cahors is membership.</summary>
public sealed class SivomVallee2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("sivom-saint-cirq-tour-de-faure-cregols-2023.pdf",
        "SIVOM de la vallée : compte rendu d'activité 2023", "SIVOM Saint-Cirq-Lapopie, Tour-de-Faure et Crégols", "2024-04-02",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://sivom-vallee-lot.example/rapport-2023.pdf",
        "SIVOM Saint-Cirq-Lapopie - Tour-de-Faure - Crégols", "navette estivale", """
        ## Les membres

        Le syndicat intercommunal à vocations multiples regroupe trois communes riveraines de la rivière Lot : Saint-Cirq-Lapopie, Tour-de-Faure et Crégols. Il gère l'école commune installée à Tour-de-Faure, l'entretien des chemins de randonnée et, depuis 2019, une navette estivale vers le village perché de Saint-Cirq-Lapopie.

        ## L'année 2023

        L'école a accueilli 46 élèves en trois classes. La navette estivale a transporté 58 000 passagers entre les parkings de la vallée et le village, ce qui a réduit la circulation dans les ruelles. Les agents du syndicat ont débroussaillé 42 kilomètres de sentiers.

        ## Les comptes

        Le budget s'élève à 520 000 euros. Les contributions des communes sont réparties selon la population et le nombre d'élèves ; la navette est financée par le stationnement payant. Deux des communes appartiennent à la communauté d'agglomération du Grand Cahors, la troisième à une communauté de communes voisine, ce qui complique la coordination des services de transport. Une convention avec les deux intercommunalités est en préparation.
        """);
}
