using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind13 territory split (issue 13): syndicates, offices, SDIS, CCAS/CIAS, centres de gestion, caisse des écoles.
namespace SampleGenerator.Content.TerritoryBlind13;

/// <summary>SIVU of the haute Ouvèze, members Buis-les-Baronnies (Drôme) and Mollans-sur-Ouvèze (Drôme) -> its two members; Vaison-la-Romaine and Nyons are context; the Baronnies are a landscape (also in the CC des Baronnies en Drôme Provençale, membership); the Ouvèze is the river; the Drôme and the Vaucluse are named as context.</summary>
public sealed class SivuHauteOuveze2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("sivu-haute-ouveze-rapport-activite-2023.pdf",
        "Syndicat intercommunal à vocation unique de la haute Ouvèze : rapport d'activité 2023", "SIVU de la haute Ouvèze", "2024-04-02",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://sivu-haute-ouveze.example/rapport-2023.pdf",
        "SIVU de la haute Ouvèze - rapport 2023", "épisode cévenol", """
        ## Le syndicat

        Le syndicat intercommunal à vocation unique de la haute Ouvèze a été créé en 1994, au lendemain de la crue meurtrière de 1992, par deux communes riveraines : Buis-les-Baronnies et Mollans-sur-Ouvèze. Il a pour seule mission l'entretien du lit et des berges de l'Ouvèze sur les vingt-deux kilomètres qui traversent leurs territoires, au cœur des Baronnies. Son comité syndical compte six délégués, trois par commune, et son budget est financé à parts égales par les deux membres.

        Le syndicat ne doit pas être confondu avec la communauté de communes des Baronnies en Drôme Provençale, à laquelle appartient Buis-les-Baronnies et qui exerce la compétence de prévention des inondations, ni avec les structures qui gèrent l'aval de la rivière, vers Vaison-la-Romaine.

        ## L'activité de l'année

        En 2023, le syndicat a retiré 1 800 mètres cubes d'embâcles et de bois morts après l'épisode cévenol du mois d'octobre. Il a conduit la restauration de la ripisylve sur trois kilomètres, en replantant des saules et des peupliers noirs, et a surveillé la progression de la renouée du Japon, dont deux nouveaux foyers ont été traités. Un garde-rivière, mis à disposition par la commune de Buis-les-Baronnies, assure le suivi hebdomadaire des berges.

        ## Les finances

        Les dépenses de l'exercice se sont élevées à 214 000 euros, dont 62 % pour les travaux en rivière. Les participations des deux communes ont été stables, et l'agence de l'eau a financé la moitié des opérations de restauration écologique.

        ## Les perspectives

        Le comité s'interroge sur l'avenir du syndicat, dont les missions recoupent celles des intercommunalités de la Drôme et du Vaucluse. Une étude de rapprochement sera lancée en 2024 ; en attendant, le syndicat prépare un plan pluriannuel d'entretien pour la période 2024-2028, en lien avec la chambre d'agriculture et les arboriculteurs de Nyons.
        """) with { Byline = ["Adopté par le comité syndical le 28 mars 2024"] };
}

/// <summary>SIVOM of the Val de Saire, members Saint-Vaast-la-Hougue, Quettehou and Réville (Manche) -> its three members; Valognes, Saint-Pierre-Église and Cherbourg-en-Cotentin are context; the CA du Cotentin (membership) is context; the Val de Saire is a landscape, the Saire the river; Tatihou is an island of Saint-Vaast.</summary>
public sealed class SivomValDeSaire2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("sivom-val-de-saire-bilan-2023.html",
        "SIVOM du Val de Saire : le bilan 2023 des services partagés", "SIVOM du Val de Saire", "2024-03-19",
        DocumentTypeLabels.Rapport, Themes.Social, "https://sivom-valdesaire.example/bilan-2023", """
        ## Trois communes, plusieurs services

        Le syndicat intercommunal à vocation multiple du Val de Saire réunit depuis 1971 trois communes du littoral est du Cotentin : Saint-Vaast-la-Hougue, Quettehou et Réville. Il gère pour leur compte le collège de la petite enfance, l'école de musique, le centre de loisirs et le transport des élèves vers les équipements sportifs. Ses 23 agents interviennent indifféremment sur les trois communes, qui financent le syndicat selon une clé tenant compte de la population et de la fréquentation des services.

        Les trois communes sont par ailleurs membres de la communauté d'agglomération du Cotentin, qui exerce les compétences de transport et de développement économique. Le syndicat ne couvre ni Valognes, ni Saint-Pierre-Église, dont les enfants fréquentent d'autres structures.

        ## Les chiffres de l'année

        Le multi-accueil a reçu 54 enfants, avec un taux d'occupation de 78 %. L'école de musique compte 212 élèves, dont un tiers d'adultes, et a donné son concert de fin d'année sur l'île de Tatihou, au large de Saint-Vaast-la-Hougue. Le centre de loisirs a ouvert 46 jours pendant les vacances scolaires. Le transport scolaire interne a parcouru 31 000 kilomètres.

        ## Les finances

        Le budget de fonctionnement atteint 1,45 million d'euros. La participation de Saint-Vaast-la-Hougue représente 41 % du total, celle de Quettehou 37 % et celle de Réville 22 %. La caisse d'allocations familiales finance près d'un quart des dépenses de la petite enfance.

        ## Les projets

        Le comité syndical a décidé de rénover la salle de répétition de l'école de musique et d'étudier l'ouverture d'un relais petite enfance commun avec les communes voisines de la vallée de la Saire. Une réflexion est également engagée sur un transfert éventuel de certaines activités à l'agglomération, dont le siège est à Cherbourg-en-Cotentin.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Mis en ligne le 19 mars 2024" };
}

/// <summary>Syndicat mixte du Haut-Allier, members the CC des Rives du Haut Allier (Haute-Loire) and the CC du Haut Allier Margeride (Lozère) -> both EPCI; Langeac and Langogne (seats), Saugues and Brioude are context; the Allier is the river (also a département, not a subject); the Margeride is a landscape; "rives" is also a common word.</summary>
public sealed class SyndicatMixteHautAllier2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("syndicat-mixte-haut-allier-contrat-riviere-2023.pdf",
        "Contrat territorial du Haut-Allier : bilan de la première année", "Syndicat mixte du Haut-Allier", "2024-02-14",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://smha.example/contrat-territorial-bilan-2023.pdf",
        "Syndicat mixte du Haut-Allier - contrat territorial", "gorges de l'Allier", """
        ## Le syndicat et son territoire

        Le syndicat mixte du Haut-Allier associe deux intercommunalités : la communauté de communes des Rives du Haut Allier, dont le siège est à Langeac, en Haute-Loire, et la communauté de communes du Haut Allier Margeride, dont le siège est à Langogne, en Lozère. Il porte depuis 2023 le contrat territorial de la rivière, signé avec l'agence de l'eau, pour la période 2023-2028. Son territoire couvre les gorges de l'Allier et les plateaux de la Margeride, de la source jusqu'à l'amont de Brioude, qui n'en fait pas partie.

        ## Les actions engagées

        La première année a été consacrée aux actions les plus urgentes. Sur les rives du cours principal, huit kilomètres de berges ont été restaurés, notamment autour de Saugues et dans les gorges, où les randonneurs et les pêcheurs piétinent les zones fragiles. Quatre seuils anciens, qui bloquaient la remontée du saumon atlantique, ont été aménagés. Une campagne de mesure de la température de l'eau a été lancée sur vingt stations, car les étiages sévères des deux derniers étés ont fragilisé les populations de poissons.

        ## Le volet agricole

        Le contrat comprend un volet agricole important. Quarante-deux exploitations ont bénéficié d'un diagnostic, et douze ont installé des abreuvoirs éloignés des cours d'eau pour limiter le piétinement par les troupeaux. Les actions sont conduites avec les chambres d'agriculture des deux départements.

        ## Les moyens

        Le budget 2023 s'élève à 1,1 million d'euros, financé à 55 % par l'agence de l'eau. La participation des deux communautés de communes est calculée au prorata du linéaire de rivière : 58 % pour les Rives du Haut Allier, 42 % pour le Haut Allier Margeride. L'équipe compte cinq techniciens, installés dans une maison de la rivière ouverte au public durant l'été.
        """) with { Hyphenate = true };
}

/// <summary>Tourism office of Haute-Tarentaise = the CC de Haute-Tarentaise -> the EPCI; Bourg-Saint-Maurice (seat), Séez, Tignes and Val-d'Isère are context; Moûtiers and Albertville are context; the Isère is the river (also a département, not a subject).</summary>
public sealed class OfficeTourismeHauteTarentaise2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("office-tourisme-haute-tarentaise-bilan-2023.html",
        "Office de tourisme intercommunal de Haute-Tarentaise : bilan de la saison 2022-2023", "Office de tourisme de Haute-Tarentaise", "2023-10-10",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://haute-tarentaise-tourisme.example/bilan-2023", """
        ## Un office pour toute la vallée

        L'office de tourisme intercommunal de Haute-Tarentaise a été créé par la communauté de communes de Haute-Tarentaise pour promouvoir l'ensemble de son territoire, en dehors des grandes stations qui conservent leurs propres offices. Son siège est à Bourg-Saint-Maurice, au pied du funiculaire des Arcs, et il dispose de bureaux d'accueil à Séez et à Sainte-Foy-Tarentaise. Les offices de Tignes et de Val-d'Isère, qui restent communaux, sont ses partenaires pour les événements de la vallée.

        ## La fréquentation

        Les bureaux d'accueil ont reçu 96 000 visiteurs pendant l'année, dont 58 % en hiver. La fréquentation estivale progresse fortement : les nuitées d'été ont augmenté de 17 % par rapport à 2019, grâce au vélo, à la randonnée et aux sports d'eau vive sur l'Isère. Le public vient d'abord de la région lyonnaise et de la Belgique, puis du Royaume-Uni.

        ## Les actions de l'année

        L'office a lancé une carte d'hôte qui donne accès aux navettes et aux musées de la vallée, refondu son site internet et organisé la première édition d'un festival de musique baroque dans les églises de montagne. Il a aussi accompagné 74 propriétaires de meublés dans leur démarche de classement.

        ## Les moyens

        Le budget de l'office atteint 2,3 millions d'euros, financé par la taxe de séjour intercommunale et une subvention de la communauté de communes. L'équipe compte 19 salariés permanents et 12 saisonniers.

        ## Les perspectives

        La saison d'hiver dépend de plus en plus de l'enneigement de culture. L'office prépare avec les élus un plan de diversification qui s'appuie sur les exemples de Moûtiers et d'Albertville, plus bas dans la vallée, où les activités de quatre saisons se sont développées plus tôt.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["L'office", "Nos rapports"] };
}

/// <summary>The OPH of the Haute-Saône ("haut-saônois"), attached to the conseil départemental -> the département; Vesoul (seat), Lure, Gray and Luxeuil-les-Bains are context; the Saône is the river.</summary>
public sealed class OphHauteSaone2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("habitat-haute-saone-rapport-activite-2023.pdf",
        "Rapport d'activité 2023", "Office public de l'habitat de la Haute-Saône", "2024-06-25",
        DocumentTypeLabels.Rapport, Themes.Social, "https://habitat-hautesaone.example/rapport-activite-2023.pdf",
        "OPH de la Haute-Saône - rapport d'activité 2023", "premier bailleur social", """
        ## L'office en bref

        L'office public de l'habitat de la Haute-Saône est rattaché au conseil départemental, qui désigne la majorité de son conseil d'administration. Il gère 7 900 logements répartis dans 118 communes haut-saônoises, ce qui en fait le premier bailleur social du département. Son siège est à Vesoul, et trois agences de proximité sont installées à Lure, à Gray et à Luxeuil-les-Bains.

        ## Un patrimoine à adapter

        Le parc de l'office est ancien : la moitié des logements ont été construits avant 1975. Dans un département rural où la population vieillit, la demande porte de plus en plus sur des logements petits, de plain-pied et proches des services. À l'inverse, les grands logements des années 1960 situés dans les petites villes industrielles connaissent une vacance élevée. En 2023, 9,4 % des logements étaient vacants, contre 3 % en moyenne nationale, et l'office a décidé la démolition de 120 logements dans deux quartiers.

        ## Les réalisations

        L'office a mis en service 64 logements neufs, dont une résidence pour personnes âgées de 24 logements en centre-bourg, construite en partenariat avec la commune et le centre communal d'action sociale. Il a achevé la rénovation énergétique de 310 logements, qui quittent les étiquettes F et G. Les charges de chauffage des locataires concernés ont baissé en moyenne de 28 %.

        ## La situation financière

        Le chiffre d'affaires atteint 36 millions d'euros. L'autofinancement net représente 8 % des loyers, un niveau jugé satisfaisant par la fédération des offices. L'office prévoit d'investir 95 millions d'euros sur dix ans, en priorité dans les bourgs-centres de la vallée de la Saône et du plateau des Mille Étangs.
        """) with { InfoTitle = "Rapport d'activité 2023 - OPH 70" };
}

/// <summary>CCAS of Pernes-les-Fontaines (Vaucluse, not named) -> its commune; "fontaines" is also a common word; Carpentras, Monteux and Avignon are context; the CA des Sorgues du Comtat (membership) is context; the Nesque is the river.</summary>
public sealed class CcasPernesLesFontaines2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("ccas-pernes-les-fontaines-analyse-besoins-sociaux-2023.html",
        "Analyse des besoins sociaux : ce que nous avons appris", "CCAS de Pernes-les-Fontaines", "2023-12-05",
        DocumentTypeLabels.Etude, Themes.Social, "https://ccas-pernes.example/abs-2023", """
        ## Pourquoi une analyse des besoins sociaux

        Chaque centre communal d'action sociale doit analyser, au début du mandat municipal, les besoins sociaux de la population de sa commune. Le CCAS de Pernes-les-Fontaines a confié ce travail à un cabinet spécialisé, qui a exploité les données de l'INSEE, de la caisse d'allocations familiales et de la MSA, et interrogé 420 habitants. Les résultats ont été présentés au conseil d'administration le 21 novembre.

        ## Les principaux constats

        La ville compte 10 500 habitants, dont 27 % ont plus de 65 ans. Le vieillissement est plus rapide que dans le reste du Vaucluse : le nombre de personnes de plus de 80 ans a progressé de 34 % en dix ans. Un habitant sur huit vit sous le seuil de pauvreté, une proportion inférieure à celle de Carpentras ou d'Avignon, mais en hausse. Les familles monoparentales sont de plus en plus nombreuses dans les quartiers d'habitat social proches des remparts.

        ## Ce que disent les habitants

        Les personnes interrogées citent en premier la difficulté de se déplacer sans voiture, les bus vers Carpentras et Monteux étant peu fréquents. Viennent ensuite l'accès aux médecins, l'isolement des personnes âgées et le coût du logement. Plusieurs habitants disent ignorer l'existence du CCAS ou les aides qu'il peut accorder.

        ## Les pistes d'action

        Le CCAS propose de créer un service de transport solidaire assuré par des bénévoles, de renforcer les visites aux personnes âgées isolées pendant l'été et de tenir une permanence hebdomadaire dans le quartier de la gare. Il travaillera avec la communauté d'agglomération des Sorgues du Comtat, dont la ville est membre, sur la question du logement des jeunes. Les fontaines de la ville, qui font sa renommée, accueilleront enfin un parcours de promenade adapté aux personnes à mobilité réduite, le long de la Nesque.
        """) with { Meta = HtmlMeta.None, Breadcrumb = ["Le CCAS", "Publications"] };
}

/// <summary>CIAS of the CA Ventoux-Comtat-Venaissin (COVE) -> the EPCI; Carpentras (seat), Mazan, Venasque and Bédoin are context; the mont Ventoux is a landscape; the Comtat Venaissin is a historic region.</summary>
public sealed class CiasCove2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("cias-cove-rapport-activite-2023.pdf",
        "Centre intercommunal d'action sociale : rapport d'activité 2023", "CIAS de la CoVe", "2024-05-07",
        DocumentTypeLabels.Rapport, Themes.Social, "https://lacove.example/cias/rapport-2023.pdf",
        "CIAS de la CoVe - rapport d'activité 2023", "portage de repas", """
        ## Le CIAS

        Le centre intercommunal d'action sociale de la communauté d'agglomération Ventoux-Comtat-Venaissin, la CoVe, exerce depuis 2017 les compétences d'aide à domicile et de portage de repas pour l'ensemble des communes de l'agglomération, du pied du mont Ventoux jusqu'aux plaines du Comtat. Les communes conservent leur propre centre communal d'action sociale pour l'aide sociale facultative. Le siège du CIAS est installé à Carpentras, dans les locaux de l'agglomération, et deux antennes fonctionnent à Mazan et à Bédoin.

        ## L'aide à domicile

        En 2023, le service d'aide à domicile a accompagné 1 140 personnes âgées ou handicapées, pour 212 000 heures d'intervention. Les difficultés de recrutement ont conduit à refuser une soixantaine de demandes au printemps. Le CIAS a revalorisé les indemnités kilométriques de ses 180 aides à domicile et financé le permis de conduire de douze d'entre elles, car les distances entre les villages de montagne allongent les tournées.

        ## Le portage de repas

        Le service de portage a livré 96 000 repas, préparés par la cuisine centrale de l'agglomération. Le nombre de bénéficiaires a progressé de 11 %, avec une forte demande dans les villages les plus isolés, comme Venasque ou les communes des dentelles de Montmirail.

        ## Les finances

        Le budget du CIAS s'élève à 7,8 millions d'euros. La participation de l'agglomération couvre le déficit structurel de l'aide à domicile, qui atteint 620 000 euros, faute d'un tarif horaire départemental suffisant.

        ## Les projets

        Le conseil d'administration a adopté un projet de service pour 2024-2027, centré sur la prévention de la perte d'autonomie et la création d'une équipe spécialisée dans l'accompagnement des personnes atteintes de troubles cognitifs.
        """) with { Masthead = ["Communauté d'agglomération Ventoux-Comtat-Venaissin", "Centre intercommunal d'action sociale"] };
}

/// <summary>SDIS of the Dordogne ("périgourdins"): the département; Périgueux (seat), Bergerac, Sarlat-la-Canéda and Nontron are context; the Dordogne is also the river; the Périgord is a landscape.</summary>
public sealed class CrcSdisDordogne2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("crc-na-sdis-dordogne-2024.pdf",
        "Service départemental d'incendie et de secours de la Dordogne : rapport d'observations définitives", "Chambre régionale des comptes Nouvelle-Aquitaine", "2024-01-30",
        DocumentTypeLabels.Rod, Themes.Securite, "https://crc-na.example/rod/sdis24-2024.pdf",
        "CRC Nouvelle-Aquitaine - SDIS de la Dordogne", "feux de forêt", """
        ## La procédure

        La chambre régionale des comptes Nouvelle-Aquitaine a contrôlé les comptes et la gestion du service départemental d'incendie et de secours de la Dordogne pour les exercices 2017 et suivants. Le rapport d'observations définitives a été communiqué au président du conseil d'administration, puis présenté à l'assemblée délibérante de l'établissement.

        ## Un territoire vaste et boisé

        Le service couvre l'un des départements les plus étendus de France, dont près de la moitié de la surface est boisée. Il dispose de 52 centres d'incendie et de secours et de 1 900 sapeurs-pompiers, dont 83 % de volontaires périgourdins. La direction est installée à Périgueux ; les centres les plus sollicités sont ceux de Périgueux, de Bergerac et de Sarlat-la-Canéda, où l'activité estivale liée au tourisme double le nombre d'interventions.

        ## Les observations

        La chambre relève que le risque de feux de forêt, longtemps jugé secondaire dans le département, s'est fortement accru : les incendies de l'été 2022 ont mobilisé des renforts pendant plusieurs semaines dans le nord du Périgord, autour de Nontron. Le schéma départemental d'analyse et de couverture des risques n'avait pas anticipé cette évolution. La chambre recommande de le réviser et de renforcer la formation des volontaires aux feux d'espaces naturels.

        Sur le plan financier, les contributions du département et des communes ont progressé de 18 % sur la période. Les dépenses de personnel représentent 79 % des charges. La chambre invite l'établissement à fiabiliser le suivi du temps de travail des professionnels, dont plusieurs régimes dérogatoires n'ont pas de base réglementaire.

        ## Les recommandations

        Le rapport formule six recommandations, dont la révision du schéma de couverture des risques, la mise en place d'un plan pluriannuel de renouvellement des véhicules et la clarification des conventions de mise à disposition des casernes appartenant aux communes, le long de la vallée de la Dordogne.
        """);
}

/// <summary>The CIG de la petite couronne, the centre interdépartemental de gestion for the Hauts-de-Seine, the Seine-Saint-Denis and the Val-de-Marne -> the three départements; Pantin (seat), Bobigny and Paris are context; the grande couronne is named as comparison.</summary>
public sealed class CigPetiteCouronne2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("cig-petite-couronne-bilan-social-2023.html",
        "Bilan social consolidé des collectivités de la petite couronne", "Centre interdépartemental de gestion de la petite couronne", "2023-11-28",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://cig929394.example/observatoire/bilan-social-2023", """
        ## Le périmètre

        Le centre interdépartemental de gestion de la petite couronne exerce les missions d'un centre de gestion de la fonction publique territoriale pour les collectivités de trois départements : les Hauts-de-Seine, la Seine-Saint-Denis et le Val-de-Marne. Il publie chaque année un bilan social consolidé à partir des rapports sociaux uniques transmis par ses collectivités affiliées et adhérentes. Son siège est à Pantin ; la Ville de Paris, qui relève d'un statut particulier, n'est pas concernée.

        ## Les effectifs

        Les collectivités et établissements des trois départements emploient 148 000 agents territoriaux. Les communes en rassemblent 58 %, les établissements publics territoriaux 14 %, les départements 21 %. La part des contractuels atteint 29 %, un niveau supérieur à celui des collectivités de la grande couronne. L'âge moyen des agents, 45 ans, progresse d'une demi-année par an.

        ## Les difficultés de recrutement

        Neuf employeurs sur dix déclarent des difficultés de recrutement. Les métiers les plus touchés sont les auxiliaires de puériculture, les policiers municipaux, les agents d'entretien et les informaticiens. Le coût du logement et la durée des trajets sont les premières causes de refus de poste. Les collectivités de Seine-Saint-Denis, en particulier à Bobigny et dans les communes les plus peuplées, connaissent le taux de rotation le plus élevé.

        ## L'absentéisme

        Le taux d'absentéisme pour raisons de santé s'établit à 10,2 %. Les accidents de service sont deux fois plus fréquents chez les agents techniques que chez les agents administratifs.

        ## Les actions du centre

        Le centre a organisé 62 concours et examens en 2023 et ouvert une bourse de l'emploi commune aux trois départements. Il lance un programme d'apprentissage pour les métiers de la petite enfance, en partenariat avec les écoles spécialisées.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Observatoire", "Bilans sociaux"] };
}

/// <summary>Caisse des écoles of Cusset (Allier) -> its commune; Vichy (neighbour) and Bellerive-sur-Allier are context; the CA Vichy Communauté (membership) is context; the Sichon is the river; the Allier (département) appears only in the comparison.</summary>
public sealed class CaisseEcolesCusset2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("caisse-des-ecoles-cusset-budget-2024.html",
        "Caisse des écoles de Cusset : le budget 2024 voté", "Ville de Cusset", "2024-03-28",
        DocumentTypeLabels.Page, Themes.Culture, "https://ville-cusset.example/caisse-des-ecoles-budget-2024", """
        ## Une institution ancienne

        La caisse des écoles de Cusset est un établissement public communal présidé par le maire. Elle finance les actions qui complètent l'enseignement dans les écoles publiques de la ville : sorties éducatives, classes de découverte, fournitures, aide aux familles pour la restauration scolaire. Son comité a voté le budget 2024 le 21 mars.

        ## Les chiffres

        Le budget atteint 412 000 euros, dont 318 000 euros de subvention de la ville. La caisse consacre 145 000 euros aux classes de découverte : toutes les classes de CM2 partiront cette année une semaine en montagne ou au bord de la mer. Elle finance aussi le programme de réussite éducative, qui accompagne 96 enfants des quartiers prioritaires, et la distribution de dictionnaires aux élèves qui entrent au collège.

        ## Une aide à la cantine

        Depuis janvier, la caisse prend en charge une partie du prix des repas pour les familles dont le quotient familial est inférieur à 700 euros. Le repas leur revient désormais à un euro. Environ 380 enfants sont concernés dans les neuf écoles de la ville.

        ## Les partenaires

        La caisse travaille avec les services de l'éducation nationale, la caisse d'allocations familiales et les associations de parents. Certaines actions, comme les ateliers de lecture, sont organisées avec la médiathèque intercommunale de Vichy Communauté, dont Cusset est membre. Les familles de Vichy et de Bellerive-sur-Allier dépendent de leurs propres caisses des écoles ou des services municipaux.

        ## En comparaison

        Le montant consacré par élève, 176 euros, est nettement supérieur à la moyenne des villes de taille comparable dans l'Allier. Les élus y voient un choix assumé en faveur de l'égalité des chances, le long des rives du Sichon comme sur les hauteurs de la ville.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Publié le 28 mars 2024", Breadcrumb = ["Éducation", "Caisse des écoles"] };
}
