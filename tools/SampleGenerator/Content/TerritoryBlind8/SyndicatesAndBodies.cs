using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind8 territory split (issue 13): syndicates, offices, SDIS, CCAS/CIAS, centres de gestion, public establishments (their perimeter).
namespace SampleGenerator.Content.TerritoryBlind8;

/// <summary>SDIS de la Charente: the département; Angoulême is its seat, Charente-Maritime a comparison.</summary>
public sealed class CrcSdis16 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("crc-nouvelle-aquitaine-sdis-16-2022.pdf",
        "Service départemental d'incendie et de secours de la Charente", "Chambre régionale des comptes Nouvelle-Aquitaine", "2022-09-27",
        DocumentTypeLabels.Rod, Themes.Securite, "https://crc-nouvelle-aquitaine.example/rod/sdis16-2022.pdf",
        "CRC Nouvelle-Aquitaine - SDIS 16", "sapeurs-pompiers volontaires", """
        ## Synthèse

        Le SDIS 16 assure la distribution des secours sur l'ensemble du territoire charentais avec 41 centres d'incendie et de secours. Son état-major est installé à L'Isle-d'Espagnac, en périphérie d'Angoulême. Il a réalisé 27 500 interventions en 2021, dont 78 % de secours à personne.

        ## Les moyens humains

        L'établissement emploie 330 sapeurs-pompiers professionnels et s'appuie sur 1 600 sapeurs-pompiers volontaires, dont le nombre a baissé de 7 % en cinq ans. La disponibilité en journée des volontaires reste la principale fragilité, en particulier dans le Confolentais et le sud du département.

        ## Les finances

        Le budget de fonctionnement atteint 38 millions d'euros. La contribution du département de la Charente en finance 55 %, celle des communes et des intercommunalités 45 %. Le coût par habitant, 107 euros, est supérieur à celui du SDIS de la Charente-Maritime, cité à titre de comparaison, en raison d'une densité de population plus faible.

        ## Recommandations

        La chambre recommande d'élaborer un plan pluriannuel d'investissement pour les casernes et de réviser le règlement de gestion des volontaires.
        """);
}

/// <summary>Centre de gestion de la Meuse ("meusiennes"): the département; Bar-le-Duc is its seat.</summary>
public sealed class Cdg55BilanSocial2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("cdg55-synthese-bilans-sociaux-2023.html",
        "Synthèse des rapports sociaux uniques 2022", "Centre de gestion de la fonction publique territoriale de la Meuse", "2023-11-21",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://cdg55.example/publications/rsu-2022", """
        ## Les collectivités meusiennes et leurs agents

        Le centre de gestion a reçu 412 rapports sociaux uniques, soit un taux de retour de 86 % des collectivités et établissements affiliés. Ils emploient ensemble 3 900 agents, dont 71 % de titulaires. Les communes de moins de 1 000 habitants représentent les trois quarts des employeurs mais moins d'un agent sur cinq.

        ## Âge et absences

        L'âge moyen des agents atteint 48 ans ; un sur trois partira à la retraite d'ici 2032. Le taux d'absentéisme pour raison de santé s'établit à 8,4 %. Le centre de gestion, installé à Bar-le-Duc, propose un service de remplacement dont la demande a doublé depuis 2019, surtout pour les secrétaires de mairie.

        Les résultats détaillés par strate sont disponibles sur demande.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Publications", "Observatoire de l'emploi"] };
}

/// <summary>SIVU of three communes (Guillestre, Risoul, Eygliers) -> its members; the CC du Guillestrois et du Queyras is context (membership); no département named.</summary>
public sealed class SivuGuil2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("sivu-eau-guil-durance-rapport-2023.html",
        "Rapport annuel 2023 sur le prix et la qualité du service de l'eau", "SIVU des eaux Guil-Durance", "2024-05-06",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://sivu-guil-durance.example/rpqs-2023", """
        ## Le service

        Le syndicat intercommunal à vocation unique des eaux Guil-Durance produit et distribue l'eau potable de trois communes : Guillestre, Risoul et Eygliers. Il dessert 3 900 abonnés, dont une majorité de résidences de tourisme à Risoul 1850. La communauté de communes du Guillestrois et du Queyras, dont les trois communes sont membres, n'exerce pas encore cette compétence.

        ## Les chiffres de 2023

        Le syndicat a produit 1,1 million de mètres cubes. Le rendement du réseau atteint 74 %, en progrès de quatre points. Le prix du mètre cube, pour une facture de 120 mètres cubes, s'établit à 2,31 euros toutes taxes comprises. Les 41 analyses réalisées par l'agence régionale de santé sont toutes conformes.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Publié le 06/05/2024" };
}

/// <summary>CIAS of the CC Cœur de Charente -> the EPCI; Mansle and Aigre host its offices.</summary>
public sealed class CiasCoeurDeCharente2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("cias-coeur-de-charente-rapport-2023.html",
        "Rapport d'activité 2023 du CIAS", "CIAS Cœur de Charente", "2024-03-18",
        DocumentTypeLabels.Rapport, Themes.Social, "https://cias-coeurdecharente.example/rapport-2023", """
        ## Nos missions

        Le centre intercommunal d'action sociale de la communauté de communes Cœur de Charente intervient dans les 48 communes du territoire. Il gère un service d'aide à domicile, un service de portage de repas et deux résidences autonomie. Ses accueils se trouvent à Mansle et à Aigre.

        ## L'activité de l'année

        - 96 400 heures d'aide à domicile auprès de 610 bénéficiaires ;
        - 52 000 repas livrés, soit 4 % de plus qu'en 2022 ;
        - 212 dossiers d'aide facultative instruits, principalement pour l'énergie.

        Le budget consolidé atteint 5,3 millions d'euros, financé par l'allocation personnalisée d'autonomie, les usagers et une subvention de la communauté de communes.

        Le recrutement des aides à domicile reste la principale difficulté : quatorze postes sont restés vacants plusieurs mois, malgré une revalorisation des indemnités kilométriques et l'achat de véhicules de service.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Intercommunal tourism office of the CC de l'Oisans -> the EPCI; Bourg-d'Oisans is its seat; Les Deux Alpes and L'Alpe d'Huez are stations named as context.</summary>
public sealed class OfficeTourismeOisans2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("office-tourisme-oisans-bilan-2023.html",
        "Bilan de fréquentation 2023", "Office de tourisme intercommunal de l'Oisans", "2024-01-25",
        DocumentTypeLabels.Etude, Themes.Culture, "https://oisans-tourisme.example/bilan-2023", """
        ## Une saison d'été record

        L'office de tourisme de la communauté de communes de l'Oisans a accueilli 182 000 visiteurs dans ses bureaux d'information en 2023. Les nuitées marchandes de l'été ont progressé de 9 %, portées par le cyclisme et la randonnée. Les grandes stations, de l'Alpe d'Huez aux Deux Alpes, concentrent toujours l'essentiel de l'hiver, mais la vallée a gagné des visiteurs en mai et en octobre.

        ## Les recettes

        La taxe de séjour intercommunale a rapporté 4,2 millions d'euros, reversés pour partie à l'office. Le siège de l'office, au Bourg-d'Oisans, a été rénové pour accueillir une boutique de produits locaux.

        L'office a enfin renforcé sa présence numérique : son site a reçu 2,1 millions de visites et les réservations en ligne d'activités ont progressé de 30 %, surtout pour les sorties accompagnées en montagne.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["L'office", "Chiffres clés"] };
}

/// <summary>Waste syndicate whose two members are the CC du Pays de Stenay et du Val Dunois and the CC du Pays de Montmédy -> both EPCI.</summary>
public sealed class SyndicatDechetsNordMeuse2022 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("syndicat-dechets-nord-meuse-rapport-2022.pdf",
        "Rapport annuel 2022 sur le service public de prévention et de gestion des déchets", "Syndicat mixte de collecte du Nord Meusien", "2023-06-30",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://smnm-dechets.example/rapport-2022.pdf",
        "Syndicat mixte de collecte du Nord Meusien - rapport 2022", "redevance incitative", """
        ## Le syndicat

        Le syndicat mixte regroupe deux intercommunalités : la communauté de communes du Pays de Stenay et du Val Dunois et la communauté de communes du Pays de Montmédy. Il assure pour leur compte la collecte des ordures ménagères, du tri sélectif et la gestion de trois déchèteries, pour 16 700 habitants répartis dans 66 communes.

        ## Les tonnages

        En 2022, le syndicat a collecté 2 950 tonnes d'ordures ménagères résiduelles, soit 177 kilogrammes par habitant, en baisse de 11 % depuis la mise en place de la redevance incitative. Le tri sélectif progresse de 6 %. Les déchèteries ont reçu 5 100 tonnes, dont un tiers de déchets verts.

        ## Les coûts

        Le coût complet du service atteint 2,4 millions d'euros, soit 144 euros par habitant. La hausse de la taxe générale sur les activités polluantes a renchéri l'enfouissement de 90 000 euros. Le comité syndical a décidé d'étudier avec les deux communautés de communes une collecte des biodéchets à partir de 2024.
        """);
}

/// <summary>Alpes Isère Habitat, the departmental public housing office -> the département of Isère; Grenoble is context.</summary>
public sealed class OphIsere2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("alpes-isere-habitat-rapport-2023.html",
        "Rapport d'activité 2023", "Alpes Isère Habitat", "2024-06-12",
        DocumentTypeLabels.Rapport, Themes.Social, "https://alpes-isere-habitat.example/rapport-2023", """
        ## Un office départemental

        Alpes Isère Habitat, office public de l'habitat rattaché au département de l'Isère, gère 29 000 logements locatifs sociaux dans 270 communes iséroises, des quartiers de l'agglomération grenobloise aux bourgs du Nord-Isère et du Trièves.

        ## L'année 2023

        L'office a livré 420 logements neufs et achevé la réhabilitation thermique de 1 150 logements. Le taux de vacance commerciale est descendu à 2,1 %. Les impayés progressent légèrement sous l'effet de la hausse des charges d'énergie ; 640 ménages ont bénéficié d'un plan d'apurement.

        Le conseil d'administration a adopté un plan stratégique de patrimoine qui prévoit la démolition de 300 logements obsolètes et la vente de 150 logements à leurs occupants d'ici 2030, afin de financer les réhabilitations.
        """) with { Meta = HtmlMeta.DublinCore, Lead = "Logement social : l'activité de l'office départemental en chiffres." };
}

/// <summary>Syndicat mixte d'électricité des Hautes-Alpes, a departmental body whose members are all communes -> the département; Gap is its seat.</summary>
public sealed class Syme05Rapport2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("syme05-rapport-activite-2023.pdf",
        "Rapport d'activité 2023", "Syndicat mixte d'électricité des Hautes-Alpes", "2024-05-15",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://syme05.example/rapport-2023.pdf",
        "SyME05 - rapport d'activité 2023", "bornes de recharge", """
        ## Le syndicat

        Le syndicat mixte d'électricité des Hautes-Alpes est l'autorité organisatrice de la distribution publique d'électricité pour les 162 communes du département. Il contrôle le concessionnaire, conduit les travaux d'enfouissement des réseaux dans les communes rurales et développe un réseau de bornes de recharge. Son siège est à Gap.

        ## Les travaux

        En 2023, le syndicat a engagé 9,8 millions d'euros de travaux : 41 kilomètres de lignes aériennes basse tension ont été enfouis, principalement dans le Champsaur et le Queyras, et 23 postes de transformation ont été renforcés.

        ## La transition énergétique

        Le réseau départemental compte désormais 118 points de recharge. Le syndicat accompagne aussi 37 communes dans la rénovation de leur éclairage public : la consommation correspondante a baissé de 46 % en moyenne. La taxe sur la consommation finale d'électricité, perçue pour le compte des communes, a rapporté 3,4 millions d'euros.

        Le comité syndical s'est réuni cinq fois dans l'année, toujours avec le quorum requis.
        """);
}

/// <summary>CCAS of Martigues (Bouches-du-Rhône) -> its commune; the Métropole d'Aix-Marseille-Provence is context.</summary>
public sealed class CcasMartigues2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("ccas-martigues-analyse-besoins-sociaux-2023.pdf",
        "Analyse des besoins sociaux 2023", "CCAS de Martigues", "2023-12-04",
        DocumentTypeLabels.Etude, Themes.Social, "https://ccas-martigues.example/abs-2023.pdf",
        "CCAS - analyse des besoins sociaux 2023", "familles monoparentales", """
        ## Objet

        Le centre communal d'action sociale présente son analyse des besoins sociaux, obligatoire en début de mandat et actualisée cette année. Elle porte sur la population de la ville, 48 000 habitants répartis entre l'île, Jonquières et Ferrières, et sur les quartiers prioritaires de Canto-Perdrix et de Notre-Dame-des-Marins.

        ## Constats

        Le taux de pauvreté à Martigues atteint 15 %, contre 18 % pour l'ensemble de la métropole d'Aix-Marseille-Provence. Les familles monoparentales représentent 17 % des familles et un tiers des ménages aidés par le CCAS. La part des plus de 75 ans progresse rapidement : 10 % de la population en 2023 contre 7 % en 2013.

        ## Orientations

        Le CCAS propose de renforcer l'accompagnement des aidants, d'ouvrir une permanence d'accès aux droits dans chaque quartier prioritaire et de développer la domiciliation. Un observatoire social partagé avec les partenaires sera mis à jour chaque année.

        Le conseil d'administration a approuvé ces orientations à l'unanimité ; un premier bilan sera présenté dans un an.
        """);
}
