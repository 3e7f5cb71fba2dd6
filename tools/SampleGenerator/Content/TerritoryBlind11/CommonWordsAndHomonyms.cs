using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind11 territory split (issue 13): communes whose names are common words or first names, and "Saint-" homonyms.
namespace SampleGenerator.Content.TerritoryBlind11;

/// <summary>Mont (Saône-et-Loire, code 71301), also "mont"; Mont (Pyrénées-Atlantiques) and Mont (Hautes-Pyrénées) are named to rule them out; Bourbon-Lancy and Digoin are context.</summary>
public sealed class PrefectureMontEglise2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-71-mont-restauration-eglise-2024.html",
        "Mont : une subvention pour la restauration de l'église Saint-Martin", "Préfecture de Saône-et-Loire", "2024-04-09",
        DocumentTypeLabels.Page, Themes.Dotations, "https://saone-et-loire.gouv.example/actualites/mont-eglise-2024", """
        ## Le projet

        La commune de Mont, 170 habitants, entre Bourbon-Lancy et Digoin, a obtenu une subvention de 96 000 euros au titre de la dotation d'équipement des territoires ruraux pour restaurer son église. L'édifice, bâti au XIIe siècle sur un petit mont qui domine la vallée de la Loire, souffre d'infiltrations : la charpente du clocher est fragilisée et une partie des enduits intérieurs s'est détachée.

        ## Le plan de financement

        Le coût des travaux est estimé à 240 000 euros hors taxes. Outre l'aide de l'État, le conseil départemental apporte 48 000 euros et une souscription publique, lancée avec une fondation du patrimoine, a déjà réuni 21 000 euros auprès de 190 donateurs. Le reste sera financé par un emprunt de quinze ans, que le budget communal peut supporter sans hausse des taux d'imposition.

        ## Calendrier

        Les travaux commenceront à l'automne et dureront dix mois. Le maire rappelle que les demandes de renseignements adressées par erreur à la mairie de Mont, dans les Pyrénées-Atlantiques, ou à celle de Mont, dans les Hautes-Pyrénées, sont nombreuses depuis l'annonce : les trois communes portent le même nom, mais seule la commune bourguignonne est concernée.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actions de l'État", "Collectivités locales", "DETR"] };
}

/// <summary>Rives (Lot-et-Garonne, code 47223), also "rives"; Rives (Isère) is named to rule it out; Villeréal and Villeneuve-sur-Lot are context; the Dropt is the river.</summary>
public sealed class RivesBudgetPrimitif2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("rives-47-budget-primitif-2024.pdf",
        "Commune de Rives : présentation du budget primitif 2024", "Commune de Rives", "2024-04-12",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://rives47.example/budget-2024.pdf",
        "Rives (47) - budget primitif 2024", "lavoir communal", """
        ## Note de présentation

        Conformément au code général des collectivités territoriales, la présente note accompagne le budget primitif 2024 de la commune de Rives (Lot-et-Garonne), voté par le conseil municipal le 9 avril. Elle ne doit pas être confondue avec les documents budgétaires de Rives, en Isère, commune bien plus peuplée dont le nom figure sur les mêmes portails de données.

        ## La section de fonctionnement

        Le budget de fonctionnement s'équilibre à 182 000 euros. Les dépenses de personnel, une secrétaire de mairie à mi-temps et un agent technique, en représentent 41 %. Les recettes reposent sur les impôts locaux, dont les taux restent inchangés, et sur la dotation globale de fonctionnement, stable à 47 000 euros.

        ## La section d'investissement

        Deux opérations sont inscrites : la réfection du lavoir communal, sur les rives d'un petit affluent du Dropt, et l'aménagement d'un cheminement piéton vers l'école du regroupement pédagogique. Le montant total atteint 118 000 euros, financé à 60 % par des subventions. Les habitants continuent de se rendre à Villeréal pour les commerces et à Villeneuve-sur-Lot pour les services de santé.
        """) with { InfoTitle = "BP 2024 Rives" };
}

/// <summary>Marie (Alpes-Maritimes, code 06080), also a first name; Sainte-Marie is named to rule it out; Saint-Sauveur-sur-Tinée and Nice are context; the Tinée is the river.</summary>
public sealed class OfglFicheMarie2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-commune-marie-06-2023.html",
        "Fiche commune : Marie (06)", "OFGL", "2023-11-07",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/06080-marie", """
        ## Identité

        Marie (code INSEE 06080) est un village perché de la vallée de la Tinée, à une heure de route de Nice, qui compte un peu plus de cent habitants. Le nom de la commune, qu'on prend souvent pour un prénom, n'a rien à voir avec celui des nombreuses communes appelées Sainte-Marie. La mairie partage plusieurs services avec Saint-Sauveur-sur-Tinée, plus en amont.

        ## Chiffres clés 2022

        | Indicateur | Marie | Communes de même taille |
        | Recettes de fonctionnement (€/hab.) | 1 486 | 1 102 |
        | Charges de personnel (€/hab.) | 392 | 301 |
        | Épargne brute (€/hab.) | 264 | 189 |
        | Dépenses d'équipement (€/hab.) | 1 120 | 544 |
        | Encours de dette (€/hab.) | 610 | 582 |

        ## Lecture

        Les montants par habitant sont élevés, comme dans la plupart des communes de montagne peu peuplées : les charges d'entretien de la voirie et des réseaux se répartissent sur peu d'habitants. Les dépenses d'équipement de 2022 correspondent surtout à la reconstruction de la route communale endommagée par la tempête de 2020, financée par des aides exceptionnelles de l'État.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Mise à jour : 07/11/2023" };
}

/// <summary>Lucy (Seine-Maritime, code 76399), also a first name; Lucy (Moselle) is named to rule it out; Neufchâtel-en-Bray and Dieppe are context; the pays de Bray is a landscape.</summary>
public sealed class LucyCarteCommunale2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("lucy-76-carte-communale-2023.pdf",
        "Carte communale de Lucy : rapport de présentation", "Commune de Lucy", "2023-09-15",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://lucy76.example/urbanisme/carte-communale.pdf",
        "Lucy - carte communale", "herbages du pays de Bray", """
        ## Objet du document

        Le conseil municipal de Lucy a prescrit l'élaboration d'une carte communale pour remplacer le règlement national d'urbanisme qui s'applique aujourd'hui sur son territoire. La commune compte 180 habitants et s'étend sur 640 hectares de bocage, à quelques kilomètres de Neufchâtel-en-Bray. Une commune homonyme existe en Moselle ; elle n'est pas concernée par la présente procédure.

        ## Diagnostic

        Le territoire est occupé aux trois quarts par les herbages du pays de Bray et par des cultures. L'habitat se partage entre le bourg, groupé autour de l'église, et quatre hameaux. Depuis 2010, sept logements seulement ont été construits. La population active travaille surtout à Neufchâtel-en-Bray et, pour une partie, à Dieppe.

        ## Les choix retenus

        La carte délimite un secteur constructible de 2,1 hectares autour du bourg, qui permettra d'accueillir une douzaine de logements en quinze ans. Les hameaux ne pourront pas s'étendre. Les mares, les haies et les vergers haute tige sont identifiés comme éléments à préserver. L'enquête publique aura lieu en novembre ; Lucy, la secrétaire de mairie, tiendra le registre aux heures d'ouverture.
        """) with { Hyphenate = true };
}

/// <summary>Léon (Landes, code 40150), also a first name; the pays de Léon (Finistère) is named to rule it out; Dax, Castets and Vieux-Boucau are context; the étang de Léon is a landscape; Nouvelle-Aquitaine appears only in the lead.</summary>
public sealed class InseeLeonResidencesSecondaires2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("insee-leon-landes-residences-secondaires-2023.html",
        "À Léon, une résidence sur deux est une résidence secondaire", "INSEE", "2023-06-20",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/leon-40-logement", """
        ## Un village tourné vers le lac et l'océan

        Léon, commune landaise de 2 000 habitants située au bord de l'étang qui porte son nom, compte 2 150 logements, dont 1 080 résidences secondaires. Cette part de 50 % la place parmi les communes les plus touristiques du littoral sud des Landes, loin derrière Vieux-Boucau mais nettement au-dessus de Castets. Rien à voir, donc, avec le pays de Léon, dans le nord du Finistère, dont les bourgs sont surtout agricoles.

        ## Une population qui vieillit

        Entre 2014 et 2020, la population a augmenté de 0,9 % par an, uniquement grâce aux arrivées de retraités. Un habitant sur trois a plus de 65 ans. Les jeunes ménages peinent à se loger : le prix moyen d'une maison a progressé de 38 % en six ans, et les locations à l'année se raréfient au profit des meublés de tourisme.

        ## Des emplois saisonniers

        En été, les campings, les commerces et les activités nautiques emploient trois fois plus de salariés qu'en hiver. Hors saison, une majorité d'actifs travaillent à Dax ou dans les zones d'activités de l'intérieur. Léon, prénom de l'ancien maire qui fit aménager la plage du lac, est aussi le nom de la première base nautique du village.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Flash Nouvelle-Aquitaine" };
}

/// <summary>Murs (Vaucluse, code 84085), also "murs" (walls); Murs (Indre) is named to rule it out; Gordes and Apt are context; the monts de Vaucluse are a landscape.</summary>
public sealed class MursPlanLocalUrbanisme2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("murs-84-plan-local-urbanisme-2024.html",
        "Plan local d'urbanisme : ouverture de l'enquête publique", "Commune de Murs", "2024-02-06",
        DocumentTypeLabels.Page, Themes.Geo, "https://murs84.example/actualites/plu-enquete", """
        ## L'enquête publique

        Par arrêté du 30 janvier 2024, le maire de Murs a ouvert l'enquête publique sur le projet de plan local d'urbanisme, du 26 février au 29 mars. Le commissaire enquêteur tiendra quatre permanences en mairie. Le dossier peut aussi être consulté en ligne ; les observations sont reçues par courrier et par voie électronique.

        ## Ce que prévoit le projet

        Le village, 430 habitants, est installé sur un versant des monts de Vaucluse, à une dizaine de kilomètres de Gordes. Le projet limite la construction neuve à une vingtaine de logements d'ici 2035, dans les dents creuses du village et en continuité du hameau des Bourguets. Il protège les terrasses cultivées et leurs murs en pierre sèche, qui forment l'un des paysages les plus remarquables du secteur, ainsi que la forêt communale.

        ## À savoir

        Les permis de construire déposés pendant l'enquête continueront d'être instruits selon les règles actuelles. Pour toute question, le secrétariat de mairie est ouvert les lundis et jeudis. Attention : la commune de Murs, dans l'Indre, reçoit parfois nos courriers ; merci de bien préciser le code postal 84220. Les services de l'État compétents sont installés à Apt.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 06/02/2024" };
}

/// <summary>Chaux (Côte-d'Or, code 21162), also "chaux" (lime); Chaux (Territoire de Belfort) is named to rule it out; Nuits-Saint-Georges and Beaune are context; the Hautes-Côtes are a landscape.</summary>
public sealed class ChauxRapportEau2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("chaux-21-rapport-eau-potable-2023.pdf",
        "Rapport annuel sur le prix et la qualité du service de l'eau potable 2023", "Commune de Chaux", "2024-06-04",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://chaux21.example/eau/rpqs-2023.pdf",
        "Chaux (21) - RPQS eau potable 2023", "adoucissement de l'eau", """
        ## Le service

        La commune de Chaux, dans les Hautes-Côtes au-dessus de Nuits-Saint-Georges, gère en régie son service d'eau potable. Le réseau de 14 kilomètres dessert 270 abonnés à partir d'un forage et d'un réservoir de 300 mètres cubes. Ce rapport ne concerne pas la commune de Chaux du Territoire de Belfort, dont le service est intercommunal.

        ## Qualité de l'eau

        Les 18 analyses réalisées en 2023 par l'agence régionale de santé sont toutes conformes. L'eau est dure : elle est chargée en calcaire, ce qui explique les dépôts de chaux dans les appareils ménagers. Le conseil municipal a écarté l'installation d'un dispositif d'adoucissement de l'eau, jugé trop coûteux pour un service de cette taille.

        ## Prix et performances

        Le prix du mètre cube, abonnement compris, s'établit à 2,08 euros pour une consommation de référence de 120 mètres cubes, contre 2,31 euros en moyenne dans le département. Le rendement du réseau s'améliore, à 79 %, après la réparation de deux fuites importantes. Une étude sur le raccordement de secours au réseau de Beaune est en cours.
        """);
}

/// <summary>Colombe (Isère, code 38118), also "colombe" (dove) and a first name; Le Grand-Lemps, Voiron and the Grenoble area ("agglomération grenobloise") are context; the place de la Colombe is a street name.</summary>
public sealed class ColombeBulletinFinances2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("colombe-38-bulletin-finances-2024.html",
        "Les finances de la commune en 2023", "Commune de Colombe", "2024-05-14",
        DocumentTypeLabels.Page, Themes.Finances, "https://colombe38.example/vie-municipale/finances-2023", """
        ## Le compte administratif 2023

        Le conseil municipal de Colombe a approuvé le compte administratif 2023 lors de sa séance du 16 avril. L'exercice se termine par un excédent de fonctionnement de 312 000 euros, en légère hausse, malgré l'augmentation des factures d'énergie de l'école et de la salle des fêtes. La commune compte 1 600 habitants et sa population continue de croître, portée par l'arrivée de familles qui travaillent à Voiron ou dans l'agglomération grenobloise.

        ## Les investissements

        Les dépenses d'équipement ont atteint 690 000 euros. Les principaux chantiers ont été l'extension du restaurant scolaire, la sécurisation de la traversée du village par la route départementale et la rénovation de l'éclairage public, désormais équipé de lampes à diodes. Aucun emprunt nouveau n'a été souscrit ; la dette par habitant diminue de 8 %.

        ## Et ensuite

        En 2024, la commune prévoit d'agrandir la bibliothèque et d'aménager une aire de jeux près de la place de la Colombe, dont la fontaine vient d'être restaurée. Le collège de secteur reste au Grand-Lemps, qui accueille aussi le marché hebdomadaire.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Vie municipale", "Finances"] };
}

/// <summary>Saint-Louis (Haut-Rhin, code 68297); Saint-Louis (Moselle), Saint-Louis (La Réunion) and Saint-Louis (Guadeloupe) are named to rule them out; Bâle, Huningue and Mulhouse are context; Saint-Louis Agglomération (membership) is context.</summary>
public sealed class CrcSaintLouis2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("crc-grand-est-commune-de-saint-louis-2024.pdf",
        "Commune de Saint-Louis (Haut-Rhin) : rapport d'observations définitives", "Chambre régionale des comptes Grand Est", "2024-03-05",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-grand-est.example/rod/saint-louis-68-2024.pdf",
        "CRC Grand Est - commune de Saint-Louis", "aéroport binational", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune de Saint-Louis, dans le Haut-Rhin, pour les exercices 2018 à 2022. Ville frontalière de 22 000 habitants, accolée à Bâle et voisine de Huningue, elle accueille une partie de l'aéroport binational. Le rapport ne porte ni sur Saint-Louis en Moselle, ni sur les communes de Saint-Louis à La Réunion et en Guadeloupe.

        ## La situation financière

        Les recettes de fonctionnement progressent grâce à la vitalité de l'économie frontalière et aux compensations versées au titre des travailleurs frontaliers. La capacité d'autofinancement brute atteint 19 % des recettes, un niveau confortable. La dette a été réduite de moitié en cinq ans. La commune reverse une part importante de ses ressources à Saint-Louis Agglomération, dont elle est la ville-centre, au titre des compétences transférées.

        ## Les recommandations

        La chambre recommande de fiabiliser l'inventaire du patrimoine, d'élaborer un plan pluriannuel d'investissement et de mieux encadrer le temps de travail des agents, inférieur à la durée légale. Elle note que la commune a renoncé à construire un second complexe aquatique, le bassin de Mulhouse étant jugé suffisant pour les compétitions.
        """) with { Ligatures = true };
}
