using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind16 territory split (issue 13): single communes named like common words, adjectives, products or first names, with homonyms.
namespace SampleGenerator.Content.TerritoryBlind16;

/// <summary>Joyeuse (Ardèche), also an adjective; Aubenas and Largentière are context; the CC du Pays Beaume-Drobie is membership (context); the Beaume is the river.</summary>
public sealed class JoyeuseCalades2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("joyeuse-07-restauration-calades-2024.html",
        "Joyeuse : un programme pluriannuel pour restaurer les calades de la cité médiévale", "Commune de Joyeuse", "2024-04-09",
        DocumentTypeLabels.Page, Themes.Culture, "https://joyeuse.example/calades-programme-2024", """
        ## Des ruelles pavées à sauver

        Les calades, ces ruelles pavées de galets de rivière qui descendent vers la Beaume, font le charme du centre ancien de Joyeuse. Beaucoup ont été abîmées par les réseaux enterrés, les racines et les orages cévenols. Le conseil municipal a adopté le 21 mars 2024 un programme de restauration sur six ans, pour un montant de 780 000 euros.

        ## Le programme

        - 2024 : la calade de la Grand'Rue et la montée du château, soit 420 mètres.
        - 2025-2026 : les ruelles du quartier de la Recluse et les escaliers de l'église.
        - 2027-2029 : les passages couverts et les abords de la place de la Peyre.

        Les travaux sont confiés à des artisans formés à la pose traditionnelle à la main. Les galets d'origine sont déposés, triés et réemployés ; les manques sont comblés par des galets de même provenance.

        ## Les financements

        L'État, au titre de la dotation d'équipement des territoires ruraux, la Région et le Département de l'Ardèche financent 55 % du programme. La communauté de communes du Pays Beaume-Drobie apporte son concours pour la gestion des eaux pluviales, qui ravinent les ruelles lors des fortes pluies d'automne.

        ## Une inauguration joyeuse

        La première tranche sera inaugurée en septembre, lors de la fête médiévale, toujours joyeuse et très suivie par les familles d'Aubenas et de Largentière. Les habitants pourront suivre les chantiers lors de visites commentées organisées le premier samedi de chaque mois par l'office de tourisme.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Cadre de vie", "Patrimoine"] };
}

/// <summary>Poisson (Saône-et-Loire), also a common word (fish, "poisson d'avril"); Paray-le-Monial and Charolles are context; the CC Le Grand Charolais is membership (context); the Brionnais is a landscape.</summary>
public sealed class PoissonOrientationsBudgetaires2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("poisson-71-rapport-orientations-budgetaires-2024.pdf",
        "Commune de Poisson : rapport sur les orientations budgétaires 2024", "Commune de Poisson", "2024-02-20",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://poisson71.example/rob-2024.pdf",
        "Poisson - ROB 2024", "étang communal", """
        ## Le contexte

        Commune rurale du Brionnais de 551 habitants, Poisson se situe à une dizaine de kilomètres de Paray-le-Monial et à vingt minutes de Charolles. Elle appartient à la communauté de communes Le Grand Charolais, qui exerce notamment les compétences économie, voirie d'intérêt communautaire et petite enfance. Le présent rapport est présenté au conseil municipal deux mois avant le vote du budget, comme le prévoit le code général des collectivités territoriales pour servir de base au débat.

        ## La section de fonctionnement

        Les recettes réelles de fonctionnement atteignent 412 000 euros en 2023. La dotation globale de fonctionnement en représente 31 %, la fiscalité directe 44 %. Les charges de personnel, trois agents à temps plein et une secrétaire de mairie partagée avec une commune voisine, s'élèvent à 138 000 euros. Les dépenses d'énergie ont augmenté de 22 % en un an, principalement pour l'école et la salle des fêtes.

        ## L'épargne et la dette

        L'épargne brute s'établit à 74 000 euros, soit 18 % des recettes. L'encours de la dette est de 196 000 euros au 31 décembre 2023, ce qui représente deux ans et demi d'épargne brute. Aucun emprunt nouveau n'est prévu en 2024.

        ## Les investissements proposés

        - La réfection de la toiture de l'école, pour 96 000 euros, subventionnée à 60 %.
        - La mise aux normes de la digue de l'étang communal, où la société de pêche organise chaque année son concours et ses lâchers de poissons.
        - Le remplacement de deux lanternes d'éclairage public par des luminaires à diodes.

        ## Les taux d'imposition

        La municipalité propose de maintenir les taux de la taxe foncière sur les propriétés bâties et non bâties. Les bases augmenteront de 3,9 % par l'effet de la revalorisation forfaitaire votée en loi de finances. Ce n'est pas un poisson d'avril : le budget sera voté le 2 avril, en séance publique.
        """) with { Masthead = ["Commune de Poisson", "Saône-et-Loire"], Byline = ["Le maire et la commission des finances"] };
}

/// <summary>Camembert (Orne), also a cheese; Vimoutiers is context; the CC des Vallées d'Auge et du Merlerault is membership (context); the pays d'Auge is a landscape; Normandie is context.</summary>
public sealed class CamembertAccueilVisiteurs2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("camembert-61-schema-accueil-visiteurs-2023.html",
        "Camembert : la commune se dote d'un schéma d'accueil des visiteurs", "Commune de Camembert", "2023-06-27",
        DocumentTypeLabels.Page, Themes.Durable, "https://camembert61.example/schema-accueil-visiteurs", """
        ## Un petit village très visité

        Avec 168 habitants, Camembert reçoit chaque année près de 40 000 visiteurs attirés par le nom du village, associé dans le monde entier au fromage à pâte molle. Les cars et les camping-cars se garent souvent au bord des routes étroites du pays d'Auge, ce qui crée des difficultés pour les agriculteurs et les riverains. Le conseil municipal a donc adopté un schéma d'accueil des visiteurs le 15 juin 2023.

        ## Les mesures retenues

        - Un parking paysager de 35 places en entrée de bourg, avec deux emplacements pour les autocars.
        - Un sentier piéton de 1,2 kilomètre reliant le parking, l'église et la ferme où l'on visite une fabrication de camembert au lait cru.
        - Des panneaux d'information sur l'histoire du fromage et sur l'appellation d'origine protégée.
        - Des toilettes publiques sèches, ouvertes d'avril à octobre.

        ## Le coût et les partenaires

        Le projet coûte 290 000 euros. La Région Normandie, le Département de l'Orne et l'État le financent à 70 %. La communauté de communes des Vallées d'Auge et du Merlerault, compétente en matière de tourisme, installera un point d'information saisonnier relié à son bureau de Vimoutiers.

        ## Le calendrier

        Les travaux commenceront à l'automne 2023 afin que le parking soit ouvert au printemps 2024. Une réunion publique présentera le projet aux habitants le 8 juillet, à la salle communale. Les remarques recueillies permettront d'ajuster l'emplacement des panneaux et le tracé du sentier avant le début du chantier.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Vie municipale", "Projets"] };
}

/// <summary>Grand (Vosges), also an adjective ("grand", "Grand Est"); Neufchâteau is context; the CC de l'Ouest Vosgien is membership (context); the archaeological site's amphitheatre and mosaic are run by the Vosges département (a body, context); Grand Est is the chamber's area (context).</summary>
public sealed class CrcGrandEstCommuneDeGrand2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("crc-grand-est-commune-de-grand-2023.pdf",
        "Rapport d'observations définitives : commune de Grand (Vosges), exercices 2017 et suivants", "Chambre régionale des comptes Grand Est", "2023-11-08",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc-grand-est/commune-de-grand-2023.pdf",
        "CRC Grand Est - Commune de Grand", "amphithéâtre gallo-romain", """
        ## Synthèse

        La chambre régionale des comptes Grand Est a contrôlé les comptes et la gestion de la commune de Grand, dans l'ouest du département des Vosges, pour les exercices 2017 et suivants. Cette commune de 372 habitants, située à une vingtaine de kilomètres de Neufchâteau, est connue pour son amphithéâtre gallo-romain et sa grande mosaïque, dont le site archéologique est géré par le Département des Vosges. Elle est membre de la communauté de communes de l'Ouest Vosgien.

        ## La fiabilité des comptes

        La tenue des comptes est globalement satisfaisante. La chambre relève cependant l'absence d'inventaire des biens, notamment des terrains acquis autour du site antique, et des écarts entre l'état de la dette et le compte de gestion. La commune s'est engagée à les corriger avant la fin de l'année 2024.

        ## La situation financière

        Les produits de gestion s'élèvent à 318 000 euros en 2022. La capacité d'autofinancement brute, de 52 000 euros, reste faible pour une commune qui possède un grand patrimoine bâti : une église, deux lavoirs et une ancienne école. Les dépenses liées à l'accueil des visiteurs du site, comme l'entretien du parking et des toilettes, ne sont pas compensées par le Département.

        ## Les recommandations

        - Établir un inventaire physique et comptable des immobilisations.
        - Conclure avec le Département une convention fixant la répartition des charges liées au site archéologique.
        - Élaborer un plan pluriannuel d'investissement pour l'entretien des bâtiments communaux.
        - Mettre en concurrence les contrats d'assurance et de maintenance de l'éclairage public.

        ## La réponse du maire

        Dans sa réponse, jointe au rapport, le maire indique qu'une première réunion avec les services départementaux s'est tenue en septembre 2023 et qu'un projet de convention sera soumis au conseil municipal au premier semestre 2024.
        """) with { Masthead = ["Chambre régionale des comptes Grand Est", "Rapport d'observations définitives"], Byline = ["Délibéré le 12 octobre 2023"] };
}

/// <summary>Brie (Ille-et-Vilaine); Brie (Aisne), Brie (Ariège), Brie (Charente) and Brie (Somme) are named to rule them out, as are the cheese and the Brie of Seine-et-Marne; Janzé and Rennes are context; the CC Roche aux Fées is membership (context).</summary>
public sealed class BrieExtensionEcole2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("brie-35-extension-groupe-scolaire-2024.html",
        "Brie (Ille-et-Vilaine) : l'extension du groupe scolaire Les Tilleuls", "Commune de Brie", "2024-01-30",
        DocumentTypeLabels.Page, Themes.Culture, "https://brie35.example/extension-groupe-scolaire", """
        ## Une école trop petite

        La commune de Brie, au sud de Rennes, a gagné 180 habitants en dix ans. Son groupe scolaire Les Tilleuls accueille 118 élèves dans des locaux prévus pour 90. Une classe est installée depuis 2021 dans un bâtiment modulaire et la restauration se fait en deux services. Les effectifs devraient encore croître avec les trente logements en cours de construction près de la mairie.

        ## Le projet

        Le conseil municipal a approuvé l'avant-projet le 18 janvier 2024. Il comprend deux salles de classe, une salle de motricité et un restaurant scolaire de 80 places, construits en ossature bois et chauffés par une pompe à chaleur. Le coût est estimé à 1,65 million d'euros. Les travaux doivent commencer à l'été 2024 pour une ouverture à la rentrée 2025.

        ## Les financements

        - L'État, au titre de la dotation de soutien à l'investissement local : 420 000 euros.
        - Le Département d'Ille-et-Vilaine : 250 000 euros.
        - La communauté de communes Roche aux Fées, au titre de son fonds de concours : 100 000 euros.
        - Un emprunt de 600 000 euros sur vingt ans.

        ## Précision

        Notre commune est souvent confondue avec ses homonymes de l'Aisne, de l'Ariège, de la Charente et de la Somme, et bien sûr avec la Brie de Seine-et-Marne et son célèbre fromage. Les entreprises qui souhaitent répondre à la consultation doivent vérifier l'adresse du chantier : rue de l'École, à Brie, entre Janzé et Rennes.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Enfance", "Écoles"] };
}

/// <summary>Vert (Landes), also a colour ("espaces verts", "feu vert"); Vert (Yvelines) is named to rule it out; Mont-de-Marsan is context; the CC Cœur Haute Lande is membership (context); the forêt des Landes de Gascogne is a landscape (and a regional natural park).</summary>
public sealed class VertDefenseIncendie2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("vert-40-plan-defense-incendies-foret-2023.pdf",
        "Commune de Vert (Landes) : plan communal de défense contre les incendies de forêt", "Commune de Vert", "2023-05-16",
        DocumentTypeLabels.Rapport, Themes.Securite, "https://vert-landes.example/plan-dfci-2023.pdf",
        "Vert - défense contre les incendies de forêt", "pistes forestières", """
        ## Pourquoi un plan communal

        La commune de Vert compte 235 habitants et 5 800 hectares, dont 92 % de forêt de pins maritimes. Les grands incendies de l'été 2022 en Gironde ont rappelé la vulnérabilité du massif des Landes de Gascogne. Le conseil municipal a décidé d'élaborer un plan communal de défense contre les incendies de forêt, complémentaire du plan départemental et de l'action de l'association syndicale de défense des forêts contre l'incendie.

        ## Le diagnostic

        Le diagnostic recense 64 kilomètres de pistes forestières, dont 11 kilomètres jugés difficilement praticables par les camions-citernes. Sept points d'eau sont disponibles, mais deux se trouvent à plus de trois kilomètres des zones les plus boisées. Dix-neuf habitations isolées sont situées à moins de cinquante mètres de la forêt et leurs propriétaires doivent débroussailler leurs abords.

        ## Les actions

        - Remettre en état les pistes dégradées, avec l'appui de la communauté de communes Cœur Haute Lande.
        - Créer deux réserves d'eau supplémentaires de 120 mètres cubes.
        - Contrôler chaque printemps les obligations légales de débroussaillement.
        - Informer les habitants et les estivants par une réunion annuelle et un dépliant.

        ## Le calendrier et le coût

        Le plan, d'un montant de 210 000 euros sur quatre ans, a reçu le feu vert de la préfecture et du service départemental d'incendie et de secours en avril 2023. Les financements de l'État et du Département des Landes couvriront 65 % des dépenses ; le reste sera pris sur le budget communal, au détriment de l'aménagement des espaces verts du bourg, reporté à 2027.

        ## Précision

        Ce plan concerne Vert, dans les Landes, et non la commune homonyme de Vert, dans les Yvelines. Les documents cartographiques peuvent être consultés en mairie ou à la préfecture de Mont-de-Marsan, aux heures d'ouverture habituelles des services.
        """) with { Masthead = ["Commune de Vert", "Département des Landes"], Byline = ["Adopté par le conseil municipal le 9 mai 2023"] };
}

/// <summary>Lacs (Indre), also a common word (lakes); La Châtre and Châteauroux are context; the CC de la Châtre et Sainte-Sévère is membership (context); the lacs de la Creuse (Éguzon) are context; the Boischaut is a landscape; Nohant (George Sand's house) is context.</summary>
public sealed class LacsLotissement2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("lacs-36-lotissement-communal-les-chaumes-2024.html",
        "Lacs : ouverture à la vente des lots du lotissement communal des Chaumes", "Commune de Lacs", "2024-03-05",
        DocumentTypeLabels.Page, Themes.Geo, "https://lacs36.example/lotissement-les-chaumes", """
        ## Un lotissement pour accueillir de jeunes ménages

        La commune de Lacs, voisine de La Châtre dans le sud de l'Indre, ouvre à la vente les neuf lots du lotissement communal des Chaumes. D'une surface de 550 à 900 mètres carrés, les terrains sont viabilisés et vendus 22 euros le mètre carré, un prix fixé pour permettre à de jeunes familles de s'installer dans le Boischaut.

        ## Les règles du lotissement

        - Une seule maison par lot, d'une hauteur limitée à un étage.
        - Des haies d'essences locales en limite de propriété.
        - La récupération des eaux de pluie pour l'arrosage des jardins.

        ## Les services à proximité

        L'école, la boulangerie et la pharmacie se trouvent à moins d'un kilomètre. Le collège et le lycée sont à La Châtre, desservis par le car scolaire. Châteauroux est à quarante minutes. Les amateurs de nature profiteront des chemins vers la maison de George Sand à Nohant et, un peu plus loin, des lacs de la Creuse autour d'Éguzon, où l'on pratique la voile et la baignade.

        ## Comment réserver

        Les demandes de réservation sont reçues en mairie jusqu'au 30 avril 2024. Les lots seront attribués par ordre d'arrivée des dossiers complets. Une priorité est donnée aux ménages qui y établissent leur résidence principale, engagement vérifié lors de la signature de l'acte. La communauté de communes de la Châtre et Sainte-Sévère accompagne les acquéreurs pour la recherche d'un prêt et les aides à l'accession.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Publié le 05/03/2024", Breadcrumb = ["Urbanisme", "Habitat"] };
}

/// <summary>Pommard (Côte-d'Or), also a wine; Beaune, Volnay and Meursault are context; the CA Beaune, Côte et Sud is membership (context); the vineyard is a landscape.</summary>
public sealed class PommardEauxPluviales2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("pommard-21-eaux-pluviales-coulees-de-boue-2024.pdf",
        "Commune de Pommard : schéma de gestion des eaux pluviales et des coulées de boue", "Commune de Pommard", "2024-06-04",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://pommard.example/schema-eaux-pluviales-2024.pdf",
        "Pommard - eaux pluviales", "coulées de boue", """
        ## Les orages de 2022 et de 2023

        En juin 2022 puis en août 2023, deux orages violents ont provoqué des coulées de boue dans les rues de Pommard. Les eaux chargées de terre ont dévalé les pentes du vignoble et inondé une vingtaine de caves et de maisons du bourg. La commune, qui compte 430 habitants, a demandé à un bureau d'études d'établir un schéma de gestion des eaux pluviales, présenté au conseil municipal le 28 mai 2024.

        ## Le diagnostic

        Le bassin versant qui domine le village couvre 310 hectares, dont 230 de vignes. Les sols nus entre les rangs, le tassement par les engins et la disparition de murets et de haies accélèrent le ruissellement. Les fossés et les grilles de la commune ont été dimensionnés pour des pluies décennales ; ils débordent dès que l'intensité dépasse 40 millimètres par heure.

        ## Les propositions

        - Trois bassins de rétention en amont du bourg, d'une capacité totale de 9 000 mètres cubes.
        - L'enherbement d'un rang sur deux dans les parcelles les plus pentues, en concertation avec les viticulteurs.
        - La reconstruction de murets de pierre sèche et la plantation de haies.
        - L'agrandissement des grilles de la rue de la Petite Lave et de la place de l'Europe.

        ## La coordination

        Les solutions seront étudiées avec les communes voisines de Volnay et de Meursault, confrontées aux mêmes phénomènes, et avec la communauté d'agglomération Beaune, Côte et Sud, compétente pour la gestion des milieux aquatiques et la prévention des inondations. Les producteurs de pommard, dont les caves ont été touchées, participeront au comité de suivi.

        ## Le coût

        Le coût total est estimé à 1,4 million d'euros. L'agence de l'eau pourrait financer jusqu'à la moitié des ouvrages. Le reste serait partagé entre la commune, l'agglomération de Beaune et l'organisme de défense de l'appellation.
        """) with { Masthead = ["Commune de Pommard", "Côte-d'Or"], Byline = ["Direction technique — mai 2024"] };
}

/// <summary>Fleury (Aude), with its seaside hamlet Saint-Pierre-la-Mer; Fleury (Manche), Fleury (Moselle), Fleury (Oise) and Fleury-Mérogis are named to rule them out; Narbonne is context; the CA Le Grand Narbonne is membership (context); the massif de la Clape is a landscape; the Aude is the river (context).</summary>
public sealed class FleuryPlagesSaintPierre2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("fleury-11-plan-gestion-plages-2024.html",
        "Fleury d'Aude : un plan de gestion des plages de Saint-Pierre-la-Mer et des Cabanes", "Commune de Fleury", "2024-05-14",
        DocumentTypeLabels.Page, Themes.Durable, "https://fleury-aude.example/plan-gestion-plages", """
        ## Un littoral fragile

        La commune de Fleury, au pied du massif de la Clape, possède huit kilomètres de plages entre la station de Saint-Pierre-la-Mer et le hameau des Cabanes, à l'embouchure de l'Aude. Sa population de 4 246 habitants est multipliée par six en été. L'érosion fait reculer le trait de côte de près d'un mètre par an sur certains secteurs.

        ## Le plan de gestion

        Adopté par le conseil municipal le 7 mai 2024, le plan prévoit :
        - la pose de ganivelles pour fixer les dunes et canaliser les piétons ;
        - la fermeture de deux accès sauvages et la création de trois accès aménagés pour les personnes à mobilité réduite ;
        - le nettoyage manuel des laisses de mer, qui protègent la plage, à la place du ramassage mécanique ;
        - la surveillance de la baignade sur cinq postes de secours, de juin à septembre.

        ## Les partenaires

        La communauté d'agglomération Le Grand Narbonne, compétente pour la gestion des milieux aquatiques, finance les études du trait de côte. Le Conservatoire du littoral possède une partie des dunes. L'office de tourisme informe les visiteurs des nouvelles règles par des panneaux à chaque accès et par des messages diffusés sur les réseaux sociaux de la commune pendant la saison.

        ## À ne pas confondre

        Notre commune partage son nom avec Fleury dans la Manche, la Moselle ou l'Oise, sans parler de Fleury-Mérogis. C'est pourquoi elle se présente souvent sous le nom de Fleury d'Aude.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Environnement", "Littoral"] };
}

/// <summary>Noé (Yonne), also a first name (the boy Noé, "l'arche de Noé"); Noé (Haute-Garonne) is named to rule it out; Sens is context; the CA du Grand Sénonais is membership (context); the Yonne is the river and the département (context).</summary>
public sealed class NoePeriscolaire2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("noe-89-bilan-accueil-periscolaire-2023.pdf",
        "Commune de Noé (Yonne) : bilan de l'accueil périscolaire, année scolaire 2022-2023", "Commune de Noé", "2023-09-19",
        DocumentTypeLabels.Rapport, Themes.Social, "https://noe89.example/bilan-periscolaire-2023.pdf",
        "Noé - accueil périscolaire 2022-2023", "garderie du matin", """
        ## L'organisation

        La commune de Noé, 559 habitants, située à quelques kilomètres au sud-est de Sens, organise un accueil périscolaire pour les enfants de son école maternelle et élémentaire. L'accueil fonctionne de 7 h 30 à 8 h 45 et de 16 h 30 à 18 h 45, les jours d'école, dans une salle attenante à la cantine. Deux animatrices diplômées encadrent les enfants, avec l'appui d'une agente communale pour le goûter.

        ## La fréquentation

        En 2022-2023, 46 enfants ont été inscrits, soit 58 % des élèves. La fréquentation moyenne s'établit à 14 enfants le matin et 21 le soir. La garderie du matin est surtout utilisée par les parents qui travaillent à Sens ou qui prennent le train pour la région parisienne.

        ## Les activités

        Les animatrices ont proposé des ateliers de jardinage, de lecture et de jeux de société. Le projet « l'arche de Noé », consacré aux animaux de la ferme et de la forêt, a été le plus apprécié : les enfants ont fabriqué une grande maquette exposée à la mairie. Le petit Noé, six ans, homonyme de son village, a eu l'honneur de couper le ruban de l'exposition.

        ## Les finances

        Le coût du service atteint 38 400 euros. Les familles en paient 29 % selon un tarif modulé en fonction du quotient familial ; la caisse d'allocations familiales en finance 21 % par la prestation de service. Le reste est pris en charge par la commune. La communauté d'agglomération du Grand Sénonais, qui n'a pas la compétence périscolaire, met à disposition un intervenant sportif une fois par semaine.

        ## Précision

        Ce bilan concerne Noé dans l'Yonne ; la commune homonyme de Haute-Garonne, plus peuplée, n'a aucun lien avec notre service. Le règlement intérieur et la grille des tarifs de la rentrée 2023 sont disponibles en mairie.
        """) with { Masthead = ["Commune de Noé", "Yonne"], Byline = ["Service enfance — septembre 2023"] };
}
