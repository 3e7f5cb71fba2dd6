using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind11 territory split (issue 13): syndicates, offices, SDIS, CCAS/CIAS, centres de gestion, caisse des écoles.
namespace SampleGenerator.Content.TerritoryBlind11;

/// <summary>SDIS of the Vendée ("vendéens"): the département; La Roche-sur-Yon (seat), Les Sables-d'Olonne and Luçon are context; the Vendée is also a river.</summary>
public sealed class CrcSdisVendee2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("crc-pdl-sdis-vendee-2023.pdf",
        "Service départemental d'incendie et de secours de la Vendée", "Chambre régionale des comptes Pays de la Loire", "2023-12-12",
        DocumentTypeLabels.Rod, Themes.Securite, "https://crc-pdl.example/rod/sdis-85-2023.pdf",
        "CRC Pays de la Loire - SDIS de la Vendée", "saison estivale", """
        ## Le contrôle

        La chambre a examiné la gestion du service départemental d'incendie et de secours de la Vendée pour les exercices 2018 à 2022. L'établissement, dont la direction est installée à La Roche-sur-Yon, s'appuie sur 61 centres d'incendie et de secours et sur 2 700 sapeurs-pompiers, dont 88 % de volontaires vendéens.

        ## Une activité très saisonnière

        Le nombre d'interventions a progressé de 22 % en cinq ans, pour dépasser 38 000 en 2022. Pendant la saison estivale, la population du littoral double et l'activité des centres des Sables-d'Olonne et de Saint-Jean-de-Monts triple. Le service renforce alors ses effectifs par des gardes postées de volontaires, dont le coût a fortement augmenté.

        ## Les finances

        Le budget de fonctionnement atteint 78 millions d'euros. Le département en finance 57 %, les communes et leurs groupements le reste. La chambre relève une programmation des investissements bien tenue, mais recommande de revoir la carte des centres dans le sud du département, autour de Luçon, où deux casernes distantes de huit kilomètres partagent le même secteur. Elle invite aussi à mesurer plus finement les délais d'arrivée dans la vallée de la Vendée.
        """);
}

/// <summary>Centre de gestion of the Tarn (also the river): the département; Albi (seat), Castres, Gaillac and Carmaux are context.</summary>
public sealed class Cdg81EmploiTerritorial2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("cdg81-emploi-territorial-2023.html",
        "L'emploi territorial dans le Tarn : synthèse 2023", "Centre de gestion de la fonction publique territoriale du Tarn", "2023-10-03",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://cdg81.example/observatoire/synthese-2023", """
        ## Les employeurs

        Le centre de gestion du Tarn accompagne 480 collectivités et établissements publics affiliés, du plus petit syndicat intercommunal aux communautés d'agglomération. Ensemble, les employeurs territoriaux tarnais rémunèrent 9 800 agents, hors Albi et le département, qui gèrent eux-mêmes leurs carrières.

        ## Les tendances

        Les effectifs sont stables depuis 2019, mais la part des contractuels atteint 27 %. Les offres publiées par le centre ont augmenté de 30 % en deux ans ; les postes de secrétaire de mairie, d'agent d'entretien des espaces verts et d'animateur périscolaire sont les plus difficiles à pourvoir. Dans les bassins de Castres et de Gaillac, la concurrence des employeurs privés pèse sur les recrutements d'ouvriers qualifiés.

        ## L'action du centre

        Le centre a organisé quatre concours et examens professionnels en 2023 et placé 140 agents en remplacement dans les communes. Il ouvre au printemps une permanence à Carmaux pour les employeurs du nord du département et lance une formation de secrétaire de mairie en alternance, avec des cours à Albi et des stages le long de la vallée du Tarn.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Publications", "Observatoire de l'emploi"] };
}

/// <summary>Oise Habitat, the OPH attached to the conseil départemental de l'Oise: the département; Beauvais (seat), Compiègne, Creil and Noyon are context; the Oise is also the river.</summary>
public sealed class OiseHabitatRapport2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("oise-habitat-rapport-activite-2023.html",
        "Oise Habitat : l'essentiel de l'année 2023", "Oise Habitat", "2024-06-11",
        DocumentTypeLabels.Rapport, Themes.Social, "https://oise-habitat.example/rapport-2023", """
        ## L'office

        Oise Habitat est l'office public de l'habitat rattaché au conseil départemental de l'Oise. Il gère 12 500 logements sociaux dans 160 communes, des quartiers de Creil et de Compiègne aux bourgs ruraux du Vexin et du pays de Bray. Son siège est à Beauvais, et quatre agences territoriales assurent la relation avec les locataires.

        ## Les chiffres de l'année

        En 2023, l'office a mis en service 236 logements neufs et engagé la réhabilitation thermique de 580 logements construits dans les années 1970. La vacance commerciale reste faible, à 1,9 %, mais les impayés de loyer progressent sous l'effet de la hausse des charges. Une équipe de conseillers sociaux a été créée pour accompagner les ménages en difficulté avant toute procédure.

        ## Les projets

        Le plan stratégique prévoit 2 000 logements rénovés d'ici 2030 et la transformation d'une ancienne caserne de Noyon en résidence pour jeunes actifs. Les programmes situés en zone inondable, le long de l'Oise, feront l'objet d'un diagnostic de vulnérabilité.
        """) with { Meta = HtmlMeta.None, TimeElement = true };
}

/// <summary>Syndicat mixte of the Lay basin, whose members are the CC Sud Vendée Littoral and the CC Vendée Grand Littoral -> both EPCI; Lay (Loire) is named to rule it out; Mareuil-sur-Lay-Dissais and La Faute-sur-Mer are context; the Vendée appears only in the EPCI names and the marais poitevin is a landscape.</summary>
public sealed class SyndicatMixteLay2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("syndicat-mixte-bassin-du-lay-rapport-2023.pdf",
        "Syndicat mixte du bassin du Lay : rapport d'activité 2023", "Syndicat mixte du bassin du Lay", "2024-05-28",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://sm-lay.example/rapport-2023.pdf",
        "Syndicat mixte du bassin du Lay - rapport 2023", "continuité écologique", """
        ## Le syndicat

        Le syndicat mixte du bassin du Lay exerce, pour le compte de ses deux membres, la communauté de communes Sud Vendée Littoral et la communauté de communes Vendée Grand Littoral, la compétence de gestion des milieux aquatiques et de prévention des inondations. Son périmètre couvre le cours aval du Lay, de Mareuil-sur-Lay-Dissais jusqu'à l'estuaire, à La Faute-sur-Mer, ainsi que les canaux du marais poitevin qui s'y rattachent. Il n'a aucun lien avec la commune de Lay, dans la Loire.

        ## Les actions de 2023

        Le syndicat a restauré 11 kilomètres de berges et supprimé deux seuils qui empêchaient la remontée des anguilles, améliorant la continuité écologique. Il a entretenu 38 kilomètres de digues et installé six nouvelles échelles de mesure pour suivre les crues. Un programme d'arrachage des plantes invasives a mobilisé des agents saisonniers pendant tout l'été.

        ## Les finances

        Les dépenses ont atteint 2,9 millions d'euros, financés par les contributions des deux communautés, qui lèvent la taxe dédiée, et par les aides de l'agence de l'eau. Le programme 2024-2029 prévoit le rehaussement des digues les plus exposées.
        """) with { Hyphenate = true };
}

/// <summary>SIVU of the vallée de la Cère, members Vic-sur-Cère and Polminhac (Cantal, not named) -> its two members; Thiézac (not a member) and Aurillac are context; the Cère is the river.</summary>
public sealed class SivuValleeCere2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("sivu-vallee-de-la-cere-rapport-2023.html",
        "SIVU de la vallée de la Cère : rapport annuel 2023", "Syndicat intercommunal à vocation unique de la vallée de la Cère", "2024-03-19",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://sivu-cere.example/rapport-2023", """
        ## Le syndicat

        Le syndicat intercommunal à vocation unique de la vallée de la Cère associe deux communes, Vic-sur-Cère et Polminhac, pour la gestion de leur piscine d'été et de l'école de musique. Créé en 1987, il est administré par un comité de huit délégués, quatre par commune. Thiézac, plus en amont, ne fait pas partie du syndicat mais ses habitants bénéficient du tarif des communes membres.

        ## L'activité

        La piscine, ouverte du 15 juin au 31 août, a reçu 14 600 entrées, un chiffre en hausse grâce à un été chaud. L'école de musique accueille 96 élèves, dont la moitié a moins de douze ans ; ses cinq professeurs interviennent aussi dans les écoles primaires des deux communes. Un concert de fin d'année a réuni 300 spectateurs sur la place de Vic-sur-Cère.

        ## Les finances

        Le budget 2023 s'élève à 410 000 euros. Les contributions des deux communes, calculées au prorata de leur population, en couvrent 71 %. Le comité étudie la couverture du bassin, qui permettrait d'accueillir les scolaires d'Aurillac au printemps, et sollicitera pour cela des aides régionales.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Mis en ligne le 19/03/2024" };
}

/// <summary>SIVOM of the Val d'Ouche, members Sainte-Marie-sur-Ouche, Fleurey-sur-Ouche and Velars-sur-Ouche (Côte-d'Or, not named) -> its three members; the CC Ouche et Montagne (membership) and Dijon are context; the Ouche is the river.</summary>
public sealed class SivomValOuche2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("sivom-val-d-ouche-compte-administratif-2023.pdf",
        "SIVOM du Val d'Ouche : compte administratif 2023", "Syndicat intercommunal à vocation multiple du Val d'Ouche", "2024-04-23",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://sivom-val-ouche.example/ca-2023.pdf",
        "SIVOM du Val d'Ouche - CA 2023", "gymnase intercommunal", """
        ## Présentation

        Le syndicat intercommunal à vocation multiple du Val d'Ouche regroupe trois communes de la vallée : Sainte-Marie-sur-Ouche, Fleurey-sur-Ouche et Velars-sur-Ouche. Il exerce deux compétences : la gestion du gymnase intercommunal et l'entretien des chemins de randonnée le long de l'Ouche et du canal de Bourgogne. Les autres compétences de ces communes relèvent de la communauté de communes Ouche et Montagne, dont elles sont membres.

        ## Les résultats de l'exercice

        Les dépenses de fonctionnement se sont élevées à 168 000 euros, dont 61 % pour l'énergie et l'entretien du gymnase. Les participations des communes, réparties selon le nombre d'habitants et d'élèves, ont été maintenues. L'exercice dégage un excédent de 23 000 euros.

        ## Les investissements

        Le syndicat a remplacé l'éclairage du gymnase par des luminaires économes et refait le balisage de 27 kilomètres de sentiers. Le comité syndical envisage en 2024 l'installation de panneaux solaires sur la toiture. Un partenariat avec les clubs sportifs de Dijon est à l'étude pour occuper la salle pendant les vacances scolaires.
        """) with { InfoTitle = "CA 2023 SIVOM" };
}

/// <summary>CCAS of Issoudun (Indre, not named) -> its commune; Châteauroux and the CC du Pays d'Issoudun (membership) are context.</summary>
public sealed class CcasIssoudunAbs2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("ccas-issoudun-analyse-besoins-sociaux-2023.pdf",
        "Analyse des besoins sociaux : synthèse 2023", "Centre communal d'action sociale d'Issoudun", "2023-11-28",
        DocumentTypeLabels.Etude, Themes.Social, "https://ccas-issoudun.example/abs-2023.pdf",
        "CCAS d'Issoudun - analyse des besoins sociaux", "portage de repas", """
        ## La démarche

        Le centre communal d'action sociale d'Issoudun a conduit en 2023 l'analyse des besoins sociaux qu'il doit réaliser au début de chaque mandat. Elle s'appuie sur les données de la caisse d'allocations familiales et de l'INSEE, sur 420 questionnaires remplis par les habitants et sur des entretiens avec les associations de la ville.

        ## Les constats

        La ville compte 11 500 habitants. Le taux de pauvreté atteint 19 %, contre 15 % dans le reste du département, et il dépasse 35 % dans le quartier des Champs-Élysées. Près d'un habitant sur trois a plus de 60 ans ; un tiers de ces personnes vivent seules. Le service de portage de repas a livré 29 000 repas en 2023. Les jeunes sans emploi ni formation sont nombreux et se déplacent peu : beaucoup renoncent à une formation proposée à Châteauroux, faute de transport.

        ## Les priorités

        Le conseil d'administration retient trois axes : créer un guichet unique des aides dans les locaux du CCAS, développer les visites à domicile pour rompre l'isolement des aînés et proposer, avec la communauté de communes du Pays d'Issoudun, une aide au permis de conduire pour les jeunes.
        """);
}

/// <summary>CIAS of the CC Couserans-Pyrénées -> the EPCI; Saint-Girons (seat), Massat and Castillon-en-Couserans (antennas) and Foix are context; the Couserans is a landscape.</summary>
public sealed class CiasCouseransPyrenees2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("cias-couserans-pyrenees-rapport-2023.html",
        "Centre intercommunal d'action sociale : rapport d'activité 2023", "Communauté de communes Couserans-Pyrénées", "2024-04-30",
        DocumentTypeLabels.Rapport, Themes.Social, "https://couserans-pyrenees.example/cias/rapport-2023", """
        ## Le CIAS

        Le centre intercommunal d'action sociale de la communauté de communes Couserans-Pyrénées intervient dans les 94 communes du territoire. Il gère un service d'aide et d'accompagnement à domicile, un service de soins infirmiers, deux résidences autonomie et un service de portage de repas. Son siège est à Saint-Girons, avec des antennes à Massat et à Castillon-en-Couserans.

        ## L'activité de 2023

        Les aides à domicile ont réalisé 162 000 heures d'intervention auprès de 1 140 personnes âgées ou handicapées. Dans les vallées, les temps de trajet représentent près d'un quart du temps de travail : certaines tournées dépassent 120 kilomètres par jour. Le CIAS a recruté 23 agents, mais une dizaine de postes restent vacants.

        ## Les perspectives

        Le conseil d'administration a adopté un plan pour fidéliser les personnels : véhicules de service, temps de travail annualisé et formation qualifiante. Une convention avec l'hôpital de Saint-Girons facilitera les retours à domicile après hospitalisation. Le CIAS siège aussi au comité de coordination gérontologique animé par les services départementaux de Foix.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Tourism office of the Pays de Morteau = the CC du Val de Morteau -> the EPCI; Morteau, Villers-le-Lac and Montlebon are context; Switzerland and the Saut du Doubs are context (the Doubs is the river).</summary>
public sealed class OfficeTourismeValDeMorteau2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("office-tourisme-val-de-morteau-bilan-2023.html",
        "Office de tourisme du Pays horloger - Val de Morteau : bilan 2023", "Office de tourisme du Val de Morteau", "2024-02-20",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://tourisme-val-de-morteau.example/bilan-2023", """
        ## Une saison contrastée

        L'office de tourisme intercommunal, créé par la communauté de communes du Val de Morteau, assure l'accueil, l'information et la promotion touristique des huit communes de l'intercommunalité. Ses bureaux de Morteau et de Villers-le-Lac ont reçu 61 000 visiteurs en 2023, soit 6 % de plus qu'en 2022.

        ## Les sites les plus fréquentés

        Le Saut du Doubs et les bassins du Doubs, à la frontière suisse, restent de loin le premier site, avec plus de 300 000 promeneurs estimés. Les croisières au départ de Villers-le-Lac ont transporté 94 000 passagers. Le musée de l'horlogerie et les visites de tuyés, où l'on fume la saucisse, attirent une clientèle familiale. En hiver, le manque de neige a réduit l'activité des pistes de ski de fond de Montlebon.

        ## Les projets

        L'office prépare une marque commune avec les territoires voisins du Pays horloger et développera en 2024 les offres de randonnée à vélo électrique. Une nouvelle boutique de produits locaux ouvrira dans le bureau de Morteau.
        """) with { Meta = HtmlMeta.OpenGraph, Lead = "Saison touristique 2023" };
}

/// <summary>Caisse des écoles of Lectoure (Gers, named once as context) -> its commune; Auch and Agen are context.</summary>
public sealed class CaisseEcolesLectoure2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("caisse-des-ecoles-lectoure-budget-2024.html",
        "Caisse des écoles : le budget 2024 est voté", "Ville de Lectoure", "2024-03-26",
        DocumentTypeLabels.Page, Themes.Culture, "https://lectoure.example/actualites/caisse-des-ecoles-2024", """
        ## Un établissement public de la commune

        La caisse des écoles de Lectoure est un établissement public communal présidé par le maire. Elle finance les activités éducatives des deux écoles publiques de la ville : sorties scolaires, classes de découverte, fournitures et aides aux familles. Son comité réunit des élus, des parents et un représentant de l'inspection académique du Gers.

        ## Le budget 2024

        Le budget voté le 19 mars s'élève à 96 000 euros, dont 78 000 euros de subvention de la commune. Il prévoit une classe de mer pour les élèves de CM2, la gratuité des fournitures pour toutes les familles et une aide forfaitaire à la cantine pour les ménages aux revenus modestes. Un fonds de 4 000 euros est réservé aux projets proposés par les enseignants.

        ## Les nouveautés

        À la rentrée, la caisse des écoles financera un atelier de théâtre avec une compagnie installée à Auch et des séances de natation supplémentaires à la piscine d'été. Les inscriptions aux aides se font en mairie. Les familles venues d'Agen ou d'autres communes pour scolariser leurs enfants à Lectoure peuvent également en bénéficier.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Publié le 26 mars 2024" };
}
