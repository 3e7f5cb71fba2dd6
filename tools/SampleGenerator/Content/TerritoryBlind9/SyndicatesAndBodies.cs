using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind9 territory split (issue 13): syndicates, offices, SDIS, CCAS/CIAS, centres de gestion, public establishments (their perimeter).
namespace SampleGenerator.Content.TerritoryBlind9;

/// <summary>SDIS de la Lozère ("lozérien"): the département; Mende is its seat; the Aubrac and the Cévennes are landscapes.</summary>
public sealed class CrcSdis48 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("crc-occitanie-sdis-48-2023.pdf",
        "Service départemental d'incendie et de secours de la Lozère", "Chambre régionale des comptes Occitanie", "2023-06-06",
        DocumentTypeLabels.Rod, Themes.Securite, "https://crc-occitanie.example/rod/sdis48-2023.pdf",
        "CRC Occitanie - SDIS de la Lozère", "stabiliser leurs effectifs", """
        ## Synthèse

        Le service départemental d'incendie et de secours de la Lozère couvre le département le moins peuplé de France métropolitaine avec 24 centres de secours. Son état-major est à Mende. Le territoire lozérien, de l'Aubrac aux Cévennes, impose des délais d'intervention supérieurs à la moyenne nationale, que la chambre a examinés.

        ## Un modèle fondé sur le volontariat

        Sur 720 sapeurs-pompiers, 92 % sont volontaires. Le service a su stabiliser leurs effectifs grâce à des conventions de disponibilité signées avec les employeurs publics et à une indemnisation revalorisée. Les départs restent toutefois nombreux avant cinq ans d'engagement.

        ## Les finances

        Le budget de fonctionnement s'élève à 11,8 millions d'euros. Le département en assure 62 %, les communes et leurs groupements le reste. La chambre constate une programmation des investissements incomplète : le renouvellement des véhicules de lutte contre les feux de forêt n'est pas planifié.

        ## Recommandations

        La chambre recommande d'adopter un plan pluriannuel d'équipement et de mieux suivre le temps de travail des sapeurs-pompiers professionnels.
        """);
}

/// <summary>Centre de gestion de la Nièvre ("nivernaises"): the département; Nevers is its seat.</summary>
public sealed class Cdg58Emploi2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("cdg58-panorama-emploi-territorial-2023.html",
        "Panorama de l'emploi territorial 2023", "Centre de gestion de la fonction publique territoriale de la Nièvre", "2023-12-05",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://cdg58.example/publications/panorama-2023", """
        ## Les employeurs nivernais

        Le centre de gestion accompagne 470 collectivités et établissements affiliés, qui emploient 4 300 agents. Neuf employeurs sur dix sont des communes de moins de 2 000 habitants, où l'agent unique est souvent à la fois secrétaire de mairie et agent d'accueil.

        ## Les difficultés de recrutement

        En 2023, 38 % des offres publiées sur la bourse de l'emploi n'ont reçu aucune candidature dans le premier mois. Les métiers les plus recherchés sont ceux de secrétaire de mairie, d'agent technique polyvalent et d'animateur périscolaire. Le centre, installé à Nevers, a formé 26 demandeurs d'emploi au métier de secrétaire de mairie ; 21 ont trouvé un poste.

        Une enquête auprès des élus sera conduite au printemps pour adapter l'offre de remplacement.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Publications", "Observatoire de l'emploi"] };
}

/// <summary>SIVOM of three communes (Domme, Cénac-et-Saint-Julien, Castelnaud-la-Chapelle) -> its members; the Dordogne here is the river (the département is not a subject); Sarlat and the CC de Domme-Villefranche du Périgord are context.</summary>
public sealed class SivomDordogneCeou2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("sivom-dordogne-ceou-rapport-2023.html",
        "Rapport d'activité 2023 du SIVOM Dordogne-Céou", "SIVOM Dordogne-Céou", "2024-04-22",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://sivom-dordogne-ceou.example/rapport-2023", """
        ## Qui sommes-nous ?

        Le syndicat intercommunal à vocation multiple Dordogne-Céou réunit trois communes riveraines du confluent de la Dordogne et du Céou : Domme, Cénac-et-Saint-Julien et Castelnaud-la-Chapelle. Il gère pour elles le transport scolaire vers les écoles du regroupement pédagogique, l'entretien des berges et les navettes estivales vers les sites touristiques.

        ## L'année 2023

        - 118 élèves transportés chaque jour ;
        - 4,2 kilomètres de berges restaurés après les crues de l'hiver ;
        - 61 000 voyageurs dans les navettes de juillet et d'août, soit 15 % de plus qu'en 2022.

        Le budget du syndicat atteint 640 000 euros, financé par les contributions des trois communes au prorata de leur population. La communauté de communes de Domme-Villefranche du Périgord, à laquelle elles appartiennent, étudie la reprise de la compétence transport ; les navettes pourraient alors être prolongées jusqu'à Sarlat.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "22 avril 2024" };
}

/// <summary>SMICTOM whose two members are the CC du Pays de Pouzauges and the CC du Pays de Chantonnay -> both EPCI; the Vendée and the seats are context.</summary>
public sealed class SmictomHautBocage2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("smictom-haut-bocage-rapport-dechets-2023.pdf",
        "Rapport annuel 2023 sur le prix et la qualité du service public de gestion des déchets", "SMICTOM du Haut Bocage", "2024-06-18",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://smictom-hautbocage.example/rapport-2023.pdf",
        "SMICTOM du Haut Bocage - rapport 2023", "redevance incitative", """
        ## Le territoire

        Le syndicat mixte intercommunal de collecte et de traitement des ordures ménagères du Haut Bocage exerce la compétence déchets pour le compte de deux intercommunalités vendéennes : la communauté de communes du Pays de Pouzauges et la communauté de communes du Pays de Chantonnay. Il dessert 48 000 habitants répartis en 21 communes.

        ## Les tonnages

        En 2023, chaque habitant a produit 118 kilogrammes d'ordures ménagères résiduelles, un niveau parmi les plus bas de la région, grâce à la redevance incitative instaurée en 2015. Les emballages et papiers collectés atteignent 72 kilogrammes par habitant. Les quatre déchèteries ont reçu 212 000 passages.

        ## Les coûts

        Le coût aidé du service s'établit à 86 euros par habitant. La hausse de la taxe générale sur les activités polluantes a été absorbée par la vente des matériaux recyclés. Le comité syndical a décidé de maintenir les tarifs de la redevance en 2024.

        ## Les projets

        Le syndicat prévoit la reconstruction de la déchèterie de Pouzauges et l'extension du tri des biodéchets aux restaurants scolaires de Chantonnay.
        """) with { Ligatures = true };
}

/// <summary>CCAS of Riom (Puy-de-Dôme) -> the commune; Riom Limagne et Volcans (membership) and Clermont-Ferrand are context.</summary>
public sealed class CcasRiomAbs2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("ccas-riom-analyse-besoins-sociaux-2023.pdf",
        "Analyse des besoins sociaux 2023", "CCAS de Riom", "2023-10-10",
        DocumentTypeLabels.Etude, Themes.Social, "https://ville-riom.example/ccas/abs-2023.pdf",
        "CCAS de Riom - analyse des besoins sociaux", "quartier des Charmettes", """
        ## Objet de l'analyse

        Le centre communal d'action sociale de Riom présente son analyse des besoins sociaux, conduite tous les six ans. Elle porte sur les 18 800 habitants de la ville et s'appuie sur les données de la caisse d'allocations familiales, de l'Insee et sur 340 entretiens menés avec des usagers.

        ## Constats

        La population riomoise vieillit : les plus de 75 ans représentent 12 % des habitants, contre 9 % en 2010. La pauvreté est concentrée dans le quartier des Charmettes, où un ménage sur trois vit sous le seuil de pauvreté. Les familles monoparentales sont surreprésentées parmi les demandeurs d'aide facultative.

        ## Comparaisons

        Les indicateurs sont comparés à ceux de la communauté d'agglomération Riom Limagne et Volcans et de Clermont-Ferrand, voisine, qui concentre une grande partie de l'offre de soins spécialisés.

        ## Orientations

        Le CCAS propose de créer un guichet unique pour l'accès aux droits, d'étendre le portage de repas le week-end et de renforcer la mobilité solidaire vers les établissements de santé.
        """);
}

/// <summary>CIAS of the CC du Pays de Craon -> the EPCI; Craon (seat), Cossé-le-Vivien and Renazé host its services (context).</summary>
public sealed class CiasPaysDeCraon2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("cias-pays-de-craon-rapport-2023.html",
        "Le CIAS en 2023 : rapport d'activité", "CIAS du Pays de Craon", "2024-05-13",
        DocumentTypeLabels.Rapport, Themes.Social, "https://cias-paysdecraon.example/rapport-2023", """
        ## Un service pour 37 communes

        Le centre intercommunal d'action sociale de la communauté de communes du Pays de Craon agit pour les 29 000 habitants du territoire. Il gère un service de soins infirmiers à domicile, une résidence autonomie et le portage de repas. Ses antennes se trouvent à Craon, à Cossé-le-Vivien et à Renazé.

        ## Chiffres clés

        - 142 patients suivis par le service de soins infirmiers à domicile ;
        - 38 500 repas livrés à domicile ;
        - 64 résidents accueillis dans la résidence autonomie.

        ## Les défis

        Le recrutement d'aides-soignants reste la principale difficulté : six postes sont restés vacants plus de trois mois. Le conseil d'administration a voté une prime d'attractivité et le financement de deux formations en alternance.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Le CIAS", "Rapports"] };
}

/// <summary>Intercommunal tourism office of the CC Pyrénées Cerdagne -> the EPCI; Bourg-Madame and Saillagouse (offices), Font-Romeu, Llívia and the Err-Puigmal resort are context.</summary>
public sealed class OfficeTourismeCerdagne2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("office-tourisme-pyrenees-cerdagne-bilan-2023.html",
        "Bilan de fréquentation 2023", "Office de tourisme intercommunal Pyrénées Cerdagne", "2024-02-20",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://tourisme-pyrenees-cerdagne.example/bilan-2023", """
        ## Une année contrastée

        L'office de tourisme de la communauté de communes Pyrénées Cerdagne a accueilli 52 000 visiteurs dans ses bureaux de Bourg-Madame et de Saillagouse. L'hiver a souffert du manque de neige : la petite station d'Err-Puigmal n'a ouvert que 41 jours. L'été, en revanche, a battu des records grâce à la randonnée et au Train jaune.

        ## D'où viennent les visiteurs ?

        La clientèle reste d'abord catalane : un visiteur sur trois vient de Barcelone ou de sa région, souvent en passant par l'enclave espagnole de Llívia. Les Occitans, venus de Toulouse ou de Montpellier, forment le deuxième groupe. Les séjours se raccourcissent, à 3,4 nuits en moyenne.

        ## Perspectives

        L'office prépare avec son voisin de Font-Romeu une carte d'hôtes commune et poursuivra le développement de l'itinérance douce sur le plateau cerdan.
        """) with { Meta = HtmlMeta.DublinCore, Lead = "Les chiffres clés de la saison touristique en Cerdagne." };
}

/// <summary>The departmental OPH of the Mayenne -> the département; Laval (seat), the town of Mayenne and Château-Gontier are context.</summary>
public sealed class OphMayenneRapport2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("oph-mayenne-rapport-activite-2023.html",
        "Rapport d'activité 2023 de l'office public de l'habitat", "Office public de l'habitat de la Mayenne", "2024-06-25",
        DocumentTypeLabels.Rapport, Themes.Social, "https://oph-mayenne.example/rapport-2023", """
        ## Un bailleur départemental

        L'office public de l'habitat, rattaché au conseil départemental de la Mayenne, gère 8 900 logements répartis dans 190 communes. Son siège est à Laval ; deux agences de proximité, à Mayenne et à Château-Gontier, accueillent les locataires.

        ## L'activité de l'année

        - 212 logements neufs livrés, dont 60 en résidence pour personnes âgées ;
        - 540 logements rénovés pour atteindre au moins l'étiquette énergétique C ;
        - 1 350 attributions, pour un délai moyen d'attente de sept mois.

        ## La situation financière

        L'autofinancement net représente 11 % des loyers. La vacance commerciale a reculé à 3,1 % grâce à la démolition de 84 logements anciens dans les bourgs où la demande est faible.
        """) with { Meta = HtmlMeta.DublinCore, Lead = "Logement social : l'activité de l'office départemental en chiffres." };
}

/// <summary>A basin syndicate whose two members are the CC de l'Oust à Brocéliande and Ploërmel Communauté -> both EPCI; the Oust is the river; Malestroit, Josselin and the Morbihan are context.</summary>
public sealed class SyndicatBassinOust2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("syndicat-bassin-oust-rapport-2023.pdf",
        "Rapport d'activité 2023", "Syndicat mixte du grand bassin de l'Oust", "2024-03-21",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://bassin-oust.example/rapport-2023.pdf",
        "Syndicat du grand bassin de l'Oust - 2023", "continuité écologique", """
        ## Le syndicat

        Le syndicat mixte du grand bassin de l'Oust exerce la compétence de gestion des milieux aquatiques et de prévention des inondations pour ses deux membres : l'Oust à Brocéliande Communauté et Ploërmel Communauté. Il intervient sur 1 200 kilomètres de cours d'eau du Morbihan intérieur.

        ## Les travaux de 2023

        Le syndicat a restauré la continuité écologique sur onze ouvrages, dont deux anciens moulins en amont de Josselin. Il a replanté 9 kilomètres de haies sur les versants agricoles et renaturé le ruisseau du Ninian sur 800 mètres. À Malestroit, un diagnostic de vulnérabilité aux crues a été proposé aux riverains.

        ## Le suivi de la qualité de l'eau

        Les concentrations en nitrates baissent lentement : 28 milligrammes par litre en moyenne à la station de référence, contre 34 en 2015. Les pesticides restent détectés après les orages de printemps.

        ## Le budget

        Les dépenses atteignent 2,3 millions d'euros, financées par la taxe GEMAPI levée par les deux intercommunalités et par l'agence de l'eau.
        """);
}
