using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind12 territory split (issue 13): communes whose names are first names or common words, "Saint-" and "Vic" homonyms,
// and rivers that share their name with a département ("Ain", "Lot") or with part of a body's name ("Bar").
namespace SampleGenerator.Content.TerritoryBlind12;

/// <summary>Mathieu (Calvados, code 14407), also a first name; Caen and the CU Caen la Mer (membership) are context; Douvres-la-Délivrande (nearby town) is context; the Côte de Nacre is a landscape.</summary>
public sealed class OfglFicheMathieu2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-commune-mathieu-14-2023.html",
        "Fiche commune : Mathieu (14)", "OFGL", "2023-10-17",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/14407-mathieu", """
        ## Identité

        Mathieu (code INSEE 14407) est une commune périurbaine de 2 300 habitants située à une dizaine de kilomètres au nord de Caen, sur la route de la Côte de Nacre. Le nom, identique à un prénom courant, désigne ici la seule commune de France qui le porte. Mathieu est membre de la communauté urbaine Caen la Mer, qui exerce pour elle la voirie, l'assainissement et la collecte des déchets ; Douvres-la-Délivrande, un peu plus au nord, est la petite ville la plus proche.

        ## Chiffres clés 2022

        | Indicateur | Mathieu | Communes de 2 000 à 3 500 habitants |
        | Recettes réelles de fonctionnement (€/hab.) | 812 | 946 |
        | Charges de personnel (€/hab.) | 331 | 402 |
        | Épargne brute (€/hab.) | 168 | 151 |
        | Dépenses d'équipement (€/hab.) | 297 | 344 |
        | Encours de dette (€/hab.) | 388 | 640 |

        ## Lecture

        La commune dépense moins que les communes de sa taille, une partie des services étant assurée par l'intercommunalité. Son endettement est faible : l'école élémentaire agrandie en 2019 a été financée pour moitié sur fonds propres. L'épargne dégagée couvre largement le remboursement annuel de la dette.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Mise à jour : 17/10/2023" };
}

/// <summary>Valentine (Haute-Garonne, code 31565), also a first name; Saint-Gaudens (neighbour) is context; the Garonne is the river; the Comminges is a landscape.</summary>
public sealed class ValentineBudgetPrimitif2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("valentine-31-budget-primitif-2024.pdf",
        "Commune de Valentine : note de présentation du budget primitif 2024", "Commune de Valentine", "2024-04-15",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://valentine31.example/documents/bp-2024.pdf",
        "Valentine - budget primitif 2024", "passerelle sur la Garonne", """
        ## Le cadre

        Le conseil municipal de Valentine a adopté le 11 avril le budget primitif de l'exercice 2024. Notre commune de 870 habitants, blottie sur la rive gauche de la Garonne face à Saint-Gaudens, partage avec sa grande voisine l'essentiel des commerces et des services, mais conserve son école, sa salle des fêtes et un tissu associatif actif. On nous demande parfois, en plaisantant, si la commune doit son nom à une sainte ou à une personne : les historiens du Comminges penchent pour un ancien domaine gallo-romain.

        ## Le fonctionnement

        Les dépenses de fonctionnement s'élèvent à 612 000 euros, en hausse de 3 % sous l'effet du prix de l'énergie et de la revalorisation des salaires. Les taux des taxes foncières ne changent pas. La dotation globale de fonctionnement, 118 000 euros, est stable.

        ## L'investissement

        Le programme principal est la rénovation de la passerelle sur la Garonne, indispensable aux écoliers et aux cyclistes qui se rendent au collège de Saint-Gaudens. Son coût est estimé à 410 000 euros, dont 55 % de subventions de l'État et du conseil départemental. Le solde sera emprunté sur vingt ans, à un taux fixe négocié avant l'été. Les élus ont renoncé à un second projet, l'extension du cimetière, reporté à 2026.
        """) with { InfoTitle = "BP 2024" };
}

/// <summary>Romain (Jura, code 39464), also a first name; the communes named Romain in the Doubs, the Marne and the Meurthe-et-Moselle are named to rule them out; Dole is context; the CC Jura Nord (membership) is context.</summary>
public sealed class PrefectureRomainDetr2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-39-romain-detr-ecole-2024.html",
        "Romain : l'État soutient la rénovation énergétique de l'école", "Préfecture du Jura", "2024-05-28",
        DocumentTypeLabels.Page, Themes.Dotations, "https://jura.gouv.example/actualites/romain-ecole-detr-2024", """
        ## Une école rurale rénovée

        La commune de Romain, 250 habitants, à une vingtaine de kilomètres au nord de Dole, bénéficie d'une subvention de 64 000 euros au titre de la dotation d'équipement des territoires ruraux. Le projet porte sur l'isolation de l'école communale, le remplacement de la chaudière au fioul par une pompe à chaleur et la pose de menuiseries neuves. La commune, membre de la communauté de communes Jura Nord, accueille une classe unique de dix-neuf élèves.

        ## Le financement

        Le montant des travaux atteint 182 000 euros hors taxes. La région apporte 36 000 euros au titre de la rénovation des bâtiments publics et la commune financera le reste par un prêt à taux bonifié. Le chantier se déroulera pendant les vacances d'été pour ne pas perturber la scolarité.

        ## Un nom partagé

        Trois autres communes françaises s'appellent Romain : dans le Doubs, dans la Marne et en Meurthe-et-Moselle. Les services de l'État précisent que l'arrêté attributif concerne uniquement la commune jurassienne, identifiée par son code officiel géographique 39464.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actions de l'État", "Collectivités locales", "DETR"] };
}

/// <summary>Monts (Indre-et-Loire, code 37159), also "monts"; Monts (Oise) is named to rule it out; Tours, Joué-lès-Tours and Sorigny are context; the Indre is the river (also a département name, not a subject); the CC Touraine Vallée de l'Indre (membership) is context.</summary>
public sealed class MontsRapportOrientations2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("monts-37-rapport-orientations-budgetaires-2024.pdf",
        "Ville de Monts : rapport d'orientations budgétaires 2024", "Ville de Monts", "2024-02-20",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://ville-monts.example/conseil/rob-2024.pdf",
        "Monts - ROB 2024", "gymnase de la Vasselière", """
        ## Objet du rapport

        Le présent rapport ouvre le débat d'orientations budgétaires du conseil municipal de Monts. Avec 8 000 habitants, la commune est la plus peuplée de la communauté de communes Touraine Vallée de l'Indre, après avoir connu une croissance rapide liée à la proximité de Tours et de Joué-lès-Tours. Elle n'a rien de commun, sinon le nom, avec Monts, petit village de l'Oise.

        ## Le contexte financier

        Les recettes de fonctionnement progressent de 2,8 %, portées par la revalorisation des bases fiscales. Les charges augmentent plus vite, de 4,1 %, en raison de l'ouverture d'une nouvelle classe à l'école maternelle et du coût de l'électricité. L'épargne brute devrait ainsi revenir à 1,6 million d'euros, contre 1,9 million en 2023.

        ## Les projets

        La priorité de la mandature reste l'extension du gymnase de la Vasselière, estimée à 3,2 millions d'euros. La commune poursuivra également l'aménagement des berges de l'Indre, entre le moulin et le pont, avec un cheminement doux relié à Sorigny. Aucun nouvel emprunt n'est prévu avant 2025 : la dette par habitant, 540 euros, reste inférieure à la moyenne de la strate.
        """) with { Hyphenate = true };
}

/// <summary>Vic-le-Comte (Puy-de-Dôme, code 63457); Vic-sur-Seille (Moselle) and Vic-Fezensac (Gers) are named to rule them out; Clermont-Ferrand, the "agglomération clermontoise" and Issoire are context; the CC Mond'Arverne Communauté (membership) is context; the (historical) comté d'Auvergne is context and Auvergne-Rhône-Alpes appears only in the lead; the val d'Allier is a landscape.</summary>
public sealed class InseeVicLeComteEmploi2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("insee-vic-le-comte-emploi-industriel-2023.html",
        "Vic-le-Comte, une petite ville industrielle entre deux agglomérations", "INSEE", "2023-09-26",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://insee.example/statistiques/vic-le-comte-emploi-2023", """
        ## Une ville d'emploi

        Vic-le-Comte compte 5 400 habitants et près de 3 000 emplois, un nombre élevé pour une commune de cette taille. La papeterie qui fabrique du papier fiduciaire depuis le XIXe siècle y emploie à elle seule plus de 800 salariés. La commune, ancienne capitale du comté d'Auvergne, se situe à vingt-cinq kilomètres au sud-est de Clermont-Ferrand et à une distance comparable d'Issoire.

        ## Des navettes dans les deux sens

        Six actifs résidents sur dix travaillent hors de la commune, le plus souvent dans l'agglomération clermontoise. À l'inverse, deux emplois sur trois situés à Vic-le-Comte sont occupés par des habitants d'autres communes, notamment du val d'Allier. La commune appartient à Mond'Arverne Communauté, qui gère la zone d'activités située au bord de la rivière.

        ## Précision

        Les communes de Vic-sur-Seille, en Moselle, et de Vic-Fezensac, dans le Gers, n'entrent pas dans le champ de cette étude, bien qu'elles soient parfois confondues avec Vic-le-Comte dans les bases de données qui abrègent leurs noms.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Flash Auvergne-Rhône-Alpes" };
}

/// <summary>Charmes (Aisne, code 02165), also "charmes" (hornbeams, charms); Charmes (Vosges) is named to rule it out; La Fère (neighbour) is context; the CA Chauny Tergnier La Fère (membership) is context; the Oise is the river; Hauts-de-France (publisher) and Grand Est (the other chamber) are context.</summary>
public sealed class CrcCharmesGestion2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("crc-hdf-commune-de-charmes-02-2023.pdf",
        "Commune de Charmes (Aisne) : rapport d'observations définitives", "Chambre régionale des comptes Hauts-de-France", "2023-12-05",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-hdf.example/rapports/charmes-02-2023.pdf",
        "CRC Hauts-de-France - Commune de Charmes", "allée des charmes", """
        ## Synthèse

        La chambre régionale des comptes a contrôlé les comptes et la gestion de la commune de Charmes, dans l'Aisne, pour les exercices 2018 et suivants. Cette commune de 1 570 habitants, voisine de La Fère, est membre de la communauté d'agglomération Chauny Tergnier La Fère. Le présent rapport ne concerne pas la ville de Charmes, dans les Vosges, dont les comptes relèvent de la chambre Grand Est.

        ## La situation financière

        Les produits de gestion ont progressé moins vite que les charges sur la période, et la capacité d'autofinancement brute est passée de 310 000 à 190 000 euros. La commune a financé la réhabilitation de sa salle polyvalente par un emprunt de 900 000 euros, dont la durée, vingt-cinq ans, excède celle de l'amortissement des équipements. La chambre recommande d'établir un plan pluriannuel d'investissement.

        ## La gestion du patrimoine

        L'inventaire physique des biens n'est pas tenu. Plusieurs terrains, dont un bois de charmes le long de l'Oise et l'ancienne maison du garde située allée des charmes, figurent encore à l'actif sans valeur. La chambre invite l'ordonnateur et le comptable à rapprocher leurs états avant la fin de l'exercice.
        """) with { InfoTitle = "ROD Charmes 2023" };
}

/// <summary>Saint-Sever (Landes, code 40282); Saint-Sever-Calvados (today part of Noues de Sienne) and Saint-Sever-de-Rustan (Hautes-Pyrénées) are named to rule them out; Mont-de-Marsan and Hagetmau are context; the CC Chalosse Tursan (membership) is context; the Adour is the river.</summary>
public sealed class SaintSeverBulletinPatrimoine2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("saint-sever-40-abbatiale-travaux-2024.html",
        "Saint-Sever : la deuxième tranche de travaux de l'abbatiale", "Ville de Saint-Sever", "2024-03-12",
        DocumentTypeLabels.Page, Themes.Culture, "https://saint-sever.example/actualites/abbatiale-2024", """
        ## Une opération de longue haleine

        La ville de Saint-Sever engage la deuxième tranche de restauration de son abbatiale, inscrite au patrimoine mondial au titre des chemins de Compostelle. Après la toiture de la nef, achevée l'an dernier, les travaux portent sur le chevet et ses chapiteaux sculptés. Leur coût, 1,4 million d'euros, est couvert à 70 % par l'État, la région et le département.

        ## Ce qui change pour les visiteurs

        Pendant le chantier, l'accès se fera par le cloître des Jacobins, et les visites guidées seront maintenues le samedi. L'office de tourisme de la communauté de communes Chalosse Tursan proposera un parcours qui relie l'abbatiale au belvédère dominant la plaine de l'Adour.

        ## Une précision utile

        Le standard de la mairie reçoit régulièrement des appels destinés à d'autres communes : Saint-Sever-Calvados, aujourd'hui commune déléguée de Noues de Sienne, ou Saint-Sever-de-Rustan, dans les Hautes-Pyrénées. Notre ville, à mi-chemin entre Mont-de-Marsan et Hagetmau, est la seule concernée par ces travaux.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Actualités", "Patrimoine"] };
}

/// <summary>Bar-sur-Seine (Aube, code 10034); Bar-sur-Aube ("auboise") and Bar-le-Duc (with the Meuse) are named to rule them out, "bar" is also a word; Troyes is context; the CC du Barséquanais en Champagne (membership) is context; the Seine is the river; the Champagne is a landscape.</summary>
public sealed class BarSurSeineRevitalisation2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("bar-sur-seine-convention-revitalisation-2024.pdf",
        "Bar-sur-Seine : convention de revitalisation du centre-bourg", "Ville de Bar-sur-Seine", "2024-06-18",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://barsurseine.example/documents/convention-centre-bourg.pdf",
        "Bar-sur-Seine - revitalisation", "Grande Rue", """
        ## Le diagnostic

        Bar-sur-Seine, 2 900 habitants, est la ville-centre de la communauté de communes du Barséquanais en Champagne, à trente kilomètres au sud-est de Troyes. Son centre ancien, entre la Seine et le coteau, compte 62 logements vacants et une douzaine de cellules commerciales fermées le long de la Grande Rue. Le dernier bar-tabac de la place de la République a rouvert en 2023 grâce à une aide à la reprise.

        ## Les actions

        La convention signée avec l'État prévoit quatre axes : la réhabilitation de l'habitat ancien, avec une opération programmée d'amélioration de l'habitat ; le soutien aux commerces ; l'aménagement des quais ; la rénovation de la halle. L'enveloppe totale atteint 6,8 millions d'euros sur six ans.

        ## À ne pas confondre

        Les dispositifs de Bar-sur-Aube, autre petite ville auboise, et de Bar-le-Duc, chef-lieu de la Meuse, font l'objet de conventions distinctes. Le présent document ne concerne que Bar-sur-Seine, dont le vignoble et les caves de champagne constituent un atout touristique à valoriser.
        """) with { InfoTitle = "" };
}

/// <summary>Champagnole (Jura, code 39097); the Ain is the river that crosses the town (the département of the Ain is not a subject); Lons-le-Saunier and Pontarlier are context; the CC Champagnole Nozeroy Jura (membership) is context; the Rhône is a river; the Jura plateau is a landscape; the agence de l'eau Rhône Méditerranée Corse is a body (context).</summary>
public sealed class ChampagnoleBergesAin2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("champagnole-berges-de-l-ain-2023.html",
        "Champagnole redonne accès aux berges de l'Ain", "Ville de Champagnole", "2023-07-04",
        DocumentTypeLabels.Page, Themes.Durable, "https://champagnole.example/actualites/berges-ain", """
        ## Un projet au fil de l'eau

        La rivière d'Ain traverse Champagnole à quelques kilomètres de sa source. Longtemps cachée derrière des friches industrielles, elle redevient un lieu de promenade : la ville vient d'achever l'aménagement de 1,2 kilomètre de berges, entre le pont de la route de Lons-le-Saunier et l'ancienne scierie. Le chantier a permis de supprimer un seuil qui empêchait la remontée des truites.

        ## Le coût et les partenaires

        L'opération a coûté 940 000 euros. L'agence de l'eau Rhône Méditerranée Corse en a financé la moitié, la région et la communauté de communes Champagnole Nozeroy Jura un quart. Le reste a été pris en charge par la ville, qui a aussi planté 300 arbres.

        ## Et ensuite

        Une seconde tranche reliera les berges au centre-ville. Les habitants de Champagnole rappellent volontiers que l'Ain, qui donne son nom au département voisin, prend naissance chez eux, sur le plateau du Jura, avant de rejoindre le Rhône. Un panneau à l'entrée de la promenade le dit désormais, en face de la route de Pontarlier.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Publié le 04/07/2023" };
}

/// <summary>Fumel (Lot-et-Garonne, code 47106); the Lot is the river (the neighbouring département, the Lot, is not named; Cahors is context); Villeneuve-sur-Lot and Agen are context; the Lot-et-Garonne is named once as context; Condat is a part (quarter) of the town; the CC Fumel Vallée du Lot (membership) is context.</summary>
public sealed class FumelPlanPrevention2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("fumel-47-plan-communal-sauvegarde-2024.pdf",
        "Fumel : plan communal de sauvegarde, révision 2024", "Ville de Fumel", "2024-01-30",
        DocumentTypeLabels.Guide, Themes.Securite, "https://ville-fumel.example/securite/pcs-2024.pdf",
        "Fumel - plan communal de sauvegarde", "cote d'alerte", """
        ## Pourquoi un plan communal de sauvegarde

        Fumel, 4 700 habitants, est bâtie sur les deux rives du Lot, à l'est du Lot-et-Garonne. Les crues de la rivière, comme celles de 1927 et de 2003, constituent le principal risque de la commune, devant les mouvements de terrain des coteaux et le transport de matières dangereuses sur la route départementale. Le plan communal de sauvegarde organise l'alerte et la mise à l'abri de la population.

        ## L'alerte

        Le service de prévision des crues suit la hauteur du Lot aux stations situées en amont, dans le département voisin, en aval de Cahors. Lorsque la cote d'alerte est atteinte à Fumel, le maire active la cellule de crise et fait diffuser des messages par automate d'appel et par les sirènes du quartier de la Gare.

        ## Les lieux d'hébergement

        Trois bâtiments sont retenus pour accueillir les personnes évacuées : la salle des fêtes de Condat, le gymnase municipal et le collège. La communauté de communes Fumel Vallée du Lot fournit les lits de camp. En cas d'événement majeur, les renforts viendraient de Villeneuve-sur-Lot puis d'Agen.
        """);
}
