using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind10 territory split (issue 13): communes whose names are common words or shared by several communes.
namespace SampleGenerator.Content.TerritoryBlind10;

/// <summary>Pont (Côte-d'Or, 21130), also "pont" (bridge); Auxonne and Dijon are context; the Saône is the river.</summary>
public sealed class PrefecturePontDetr2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-21-pont-ouvrage-saone-2024.html",
        "DETR 2024 : la réfection du pont communal de Pont", "Préfecture de la Côte-d'Or", "2024-04-09",
        DocumentTypeLabels.Page, Themes.Dotations, "https://cote-dor.gouv.example/detr-2024-pont", """
        ## Un ouvrage fragilisé

        La commune de Pont, 157 habitants, entretient un pont de pierre de trois arches qui franchit un bras mort de la Saône. Une inspection de 2023 a relevé des fissures dans la pile centrale et un affouillement des fondations. Le tonnage autorisé a été abaissé à 3,5 tonnes, ce qui oblige les engins agricoles à un détour de douze kilomètres par Auxonne.

        ## Le financement

        Le coût des travaux est estimé à 286 000 euros hors taxes. L'État apporte 114 000 euros au titre de la dotation d'équipement des territoires ruraux, soit 40 %. Le reste est couvert par le département, une avance de trésorerie et l'autofinancement communal. Pour un budget de fonctionnement inférieur à 150 000 euros, l'effort est considérable.

        Les travaux auront lieu hors période de crue, entre juillet et octobre. La mairie (21130 Pont) tiendra les riverains informés ; les cars scolaires vers Dijon emprunteront un itinéraire provisoire.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actions de l'État", "Collectivités locales", "DETR"] };
}

/// <summary>Port (Ain, 01460), also "port"; Nantua and Oyonnax are context; the lac de Nantua is a landscape.</summary>
public sealed class OfglPort2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-commune-port-01-2023.html",
        "Fiche commune : Port (01)", "OFGL", "2023-10-03",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/01307-port", """
        ## Identité

        Port, commune de l'Ain de 832 habitants (code INSEE 01307), s'étend au bord du lac de Nantua, entre la ville de Nantua et la vallée de l'Oignin. Malgré son nom, elle n'a jamais eu d'activité portuaire : il s'agirait d'un ancien passage.

        ## Chiffres clés 2022

        | Indicateur | Port | Moyenne de la strate |
        | Recettes réelles de fonctionnement (€/hab.) | 812 | 865 |
        | Dépenses d'équipement (€/hab.) | 391 | 302 |
        | Encours de dette (€/hab.) | 540 | 612 |
        | Capacité de désendettement (années) | 4,1 | 4,8 |

        ## Lecture

        L'effort d'équipement de la commune est supérieur à celui des communes de même taille, en raison de l'aménagement de la rive du lac et de la réhabilitation de l'école. La dette reste maîtrisée. Une part notable des actifs travaille dans l'industrie de la plasturgie, à Oyonnax ou à Nantua.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Mise à jour : 03/10/2023" };
}

/// <summary>Vers (Haute-Savoie, 74160), also "vers" (towards, verse); Vers (Saône-et-Loire) is named to rule it out; Saint-Julien-en-Genevois and Genève are context.</summary>
public sealed class CrcVers2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("crc-ara-commune-de-vers-2023.pdf",
        "Commune de Vers : rapport d'observations définitives", "Chambre régionale des comptes Auvergne-Rhône-Alpes", "2023-12-05",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-ara.example/rod/vers-74-2023.pdf",
        "CRC Auvergne-Rhône-Alpes - commune de Vers", "glissement vers le haut", """
        ## Objet du contrôle

        La chambre a contrôlé les comptes et la gestion de la commune de Vers, en Haute-Savoie, de 2018 à 2022. Ce village de 975 habitants, sur le versant sud du Salève, se trouve à quelques kilomètres de Saint-Julien-en-Genevois et à vingt minutes de Genève. Il ne doit pas être confondu avec la commune de Vers située en Saône-et-Loire.

        ## Une croissance rapide

        La population a augmenté d'un quart en dix ans, portée par les travailleurs frontaliers. La compensation financière genevoise représente 19 % des recettes de fonctionnement, ce qui rend la commune sensible aux variations du nombre de frontaliers déclarés. Les charges de personnel connaissent un glissement vers le haut, avec la création de postes au périscolaire.

        ## Observations

        La chambre relève que le plan pluriannuel d'investissement n'a pas été actualisé depuis 2019 alors que le projet de nouvelle école a doublé de coût. Elle recommande de le tenir à jour chaque année et d'en présenter l'exécution au conseil municipal. La gestion de la régie de cantine appelle aussi des corrections : absence d'arrêté de nomination du régisseur suppléant et contrôles de caisse trop espacés.
        """);
}

/// <summary>Bois (Charente-Maritime, 17240), also "bois" (wood); Jonzac and Saint-Genis-de-Saintonge are context.</summary>
public sealed class BoisBudget2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("bois-17-budget-primitif-2024.pdf",
        "Budget primitif 2024 : note de présentation synthétique", "Commune de Bois", "2024-04-11",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://mairie-bois17.example/bp-2024.pdf",
        "Commune de Bois (Charente-Maritime) - budget 2024", "chaudière à granulés", """
        ## Cadre général

        Le conseil municipal de Bois a adopté le 9 avril 2024 le budget primitif de l'exercice. La commune, 523 habitants, se situe en Haute-Saintonge, entre Saint-Genis-de-Saintonge et Jonzac. Cette note présente les grands équilibres, comme le prévoit le code général des collectivités territoriales.

        ## Section de fonctionnement

        Les dépenses de fonctionnement sont prévues à 412 000 euros. Les charges à caractère général progressent de 6 %, sous l'effet du coût de l'énergie et de l'entretien des chemins ruraux. Les recettes reposent pour moitié sur les impôts locaux, dont les taux ne changent pas, et pour un tiers sur les dotations de l'État.

        ## Section d'investissement

        Le principal projet est le remplacement de la chaudière au fioul de l'école et de la mairie par une chaudière à granulés de bois, pour 96 000 euros. Le département et l'État sont sollicités à hauteur de 60 %. Sont aussi inscrits la réfection de la toiture de l'église et l'achat d'un broyeur pour les déchets verts.

        ## Dette

        L'encours de la dette s'élève à 188 000 euros au 1er janvier 2024 ; aucun emprunt nouveau n'est prévu.
        """);
}

/// <summary>Poil (Nièvre, 58170), also "poil" (hair); Luzy and Autun are context; the Morvan is a landscape.</summary>
public sealed class InseePoil2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("insee-poil-nievre-vieillissement-2023.html",
        "À Poil, la population vieillit plus vite qu'ailleurs dans le Morvan", "INSEE", "2023-06-20",
        DocumentTypeLabels.Publication, Themes.Social, "https://insee.example/statistiques/poil-58-2023", """
        ## Un village du sud du Morvan

        Poil compte 152 habitants. La commune, dont le nom prête souvent à sourire, s'étend sur des collines boisées au nord de Luzy. Elle a perdu un tiers de ses habitants depuis 1975. Autun, de l'autre côté de la limite avec la Saône-et-Loire, reste la ville où se trouvent l'hôpital et le lycée les plus proches.

        ## Plus d'un habitant sur deux a plus de 60 ans

        En 2020, 53 % des habitants de Poil ont 60 ans ou plus, contre 38 % dans l'ensemble du Morvan. Les arrivées de retraités compensent à peine les décès. Les moins de 20 ans ne sont plus qu'une vingtaine ; l'école a fermé en 2012 et les enfants sont scolarisés dans un regroupement pédagogique.

        ## Des logements vacants

        Un logement sur cinq est vacant et un sur quatre est une résidence secondaire. La commune envisage d'acquérir deux maisons du bourg pour les louer à de jeunes ménages.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Flash Bourgogne-Franche-Comté" };
}

/// <summary>Coings (Indre, 36130), also "coings" (quinces); Châteauroux, Déols and Châteauroux Métropole (membership) are context.</summary>
public sealed class CoingsPlu2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("coings-revision-plu-2024.html",
        "Révision du plan local d'urbanisme : réunion publique", "Commune de Coings", "2024-02-15",
        DocumentTypeLabels.Page, Themes.Geo, "https://mairie-coings.example/plu-revision-2024", """
        ## Pourquoi réviser le PLU ?

        Le plan local d'urbanisme de Coings date de 2011. Depuis, la commune a accueilli 140 habitants de plus et l'aéroport voisin a étendu sa zone d'activités. La révision doit réduire de moitié la consommation d'espaces agricoles, comme l'exige la loi, tout en permettant la construction d'une trentaine de logements au bourg et au hameau de Villers.

        ## Ce qui change

        Les terrains constructibles seront recentrés autour de l'église et de l'école. Les vergers familiaux, dont ceux de coings et de poires qui ont donné son nom à une fête locale, seront protégés au titre du paysage. Une liaison douce rejoindra Déols et Châteauroux.

        ## Calendrier

        La réunion publique se tiendra le 7 mars à 19 heures à la salle des fêtes. Le projet sera ensuite soumis à Châteauroux Métropole, aux services de l'État et à enquête publique. Un registre est ouvert en mairie, 36130 Coings.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 15 février 2024" };
}

/// <summary>Cours (Deux-Sèvres, 79220), also "cours" (course, lesson, price); Cours (Rhône) and Cours (Lot-et-Garonne) are named to rule them out; Niort and Champdeniers are context.</summary>
public sealed class DgfipCours2022 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("dgfip-fiche-financiere-cours-79-2022.pdf",
        "Fiche de situation financière 2022 : Cours", "DGFiP", "2023-05-30",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/fiches/79104-2022.pdf",
        "DGFiP - fiche financière 79104", "en cours de remboursement", """
        ## Commune de Cours (Deux-Sèvres, code INSEE 79104)

        Cette fiche décrit les comptes de l'exercice 2022 de la commune de Cours, 521 habitants, située dans la Gâtine entre Champdeniers et Niort. Elle ne concerne ni Cours (Rhône) ni Cours (Lot-et-Garonne), dont les fiches sont publiées séparément.

        ## Fonctionnement

        Les produits de fonctionnement s'élèvent à 398 000 euros, soit 764 euros par habitant, pour des charges de 321 000 euros. L'excédent brut de fonctionnement atteint 77 000 euros. Les impôts locaux représentent 46 % des produits, les dotations et participations 39 %.

        ## Investissement et dette

        Les dépenses d'équipement ont atteint 152 000 euros, consacrées à la voirie et à l'accessibilité de la mairie. Les emprunts en cours de remboursement représentent un encours de 211 000 euros, soit 405 euros par habitant ; la capacité de désendettement est de 3,2 années.

        ## Fonds de roulement

        Le fonds de roulement couvre 142 jours de charges courantes, un niveau confortable qui permettrait d'autofinancer les travaux de l'école prévus au cours de l'exercice suivant.
        """) with { InfoTitle = "Fiche financiere 79104" };
}

/// <summary>Marches (Drôme, 26300), also "marches" (steps, walks); Valence, Romans-sur-Isère and Chabeuil are context; the Vercors is a landscape.</summary>
public sealed class AdemeMarches2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("ademe-marches-26-mobilite-scolaire-2023.html",
        "Marches à pied vers l'école : l'expérience de Marches", "ADEME", "2023-09-12",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/marches-26-pedibus", """
        ## Le contexte

        Marches est une commune de la Drôme de 866 habitants, au pied du Vercors, entre Chabeuil et Romans-sur-Isère. Jusqu'en 2021, neuf élèves sur dix étaient déposés en voiture devant l'école, ce qui saturait la petite route du bourg matin et soir.

        ## Ce qui a été fait

        La commune a tracé trois lignes de pédibus balisées, d'un à deux kilomètres, encadrées par des parents volontaires. Les marches ont lieu quatre jours par semaine, par tous les temps. Un abri a été installé à chaque point de départ et la vitesse a été limitée à 30 km/h aux abords de l'école.

        ## Les résultats

        Deux ans plus tard, 41 % des élèves viennent à pied et les déplacements en voiture ont baissé d'un tiers. Le coût pour la commune, 18 000 euros, a été financé à moitié par le fonds vert. L'ADEME retient cette action comme exemple pour les communes périurbaines de la vallée du Rhône, autour de Valence.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Chemin (Jura, 39120), also "chemin" (path); Chaussin and Dole are context; the Doubs is the river.</summary>
public sealed class PrefectureChemin2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-39-chemin-defense-incendie-2024.html",
        "Défense extérieure contre l'incendie : arrêté pour la commune de Chemin", "Préfecture du Jura", "2024-06-04",
        DocumentTypeLabels.Page, Themes.Securite, "https://jura.gouv.example/deci-chemin-2024", """
        ## L'arrêté

        Le maire de Chemin a pris, après avis du service d'incendie et de secours, l'arrêté communal de défense extérieure contre l'incendie. La commune de 312 habitants, dans la plaine entre Chaussin et la forêt de Chaux, compte quatre hameaux dispersés. Deux d'entre eux étaient jusqu'ici dépourvus de point d'eau utilisable par les pompiers.

        ## Les équipements prévus

        Une réserve souple de 120 mètres cubes sera installée au hameau des Granges et un poteau relié au réseau au bord du chemin de halage. Le coût, 46 000 euros, est aidé par l'État au titre de la DETR. Les fermes isolées devront disposer d'une réserve privée lorsqu'elles stockent du fourrage.

        ## Et ensuite

        Le schéma communal sera présenté en conseil municipal à l'automne. Les services de l'État à Dole et à Lons-le-Saunier accompagnent les communes de la plaine dans la même démarche.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actions de l'État", "Sécurité civile"] };
}

/// <summary>Loué (Sarthe, 72540), also "loué" (rented, praised); Le Mans and Sablé-sur-Sarthe are context; Loue (the river in the Doubs) is named to rule it out.</summary>
public sealed class CrcLoue2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("crc-pdl-commune-de-loue-2024.pdf",
        "Commune de Loué : rapport d'observations définitives", "Chambre régionale des comptes Pays de la Loire", "2024-02-20",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-pdl.example/rod/loue-2024.pdf",
        "CRC Pays de la Loire - commune de Loué", "immeubles loués", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune de Loué, dans la Sarthe, de 2019 à 2023. Bourg de 2 156 habitants à mi-chemin entre Le Mans et Sablé-sur-Sarthe, Loué est connu pour ses volailles fermières, dont la coopérative reste le premier employeur local. La Loue, rivière du Doubs, n'a rien à voir avec la commune.

        ## Un patrimoine important

        La commune possède vingt-deux immeubles loués : logements, cabinet médical, locaux commerciaux du centre-bourg. Les loyers rapportent 210 000 euros par an, soit 9 % des recettes de fonctionnement. La chambre constate que plusieurs baux n'ont pas été révisés depuis dix ans et que trois locaux sont vacants depuis plus de deux ans.

        ## Situation financière

        L'autofinancement brut est stable autour de 520 000 euros. La dette a diminué de 18 % sur la période. La commune pourra financer la rénovation énergétique de la salle de sports sans dégrader sa situation.

        ## Recommandations

        1. Réviser les loyers selon les clauses des baux.
        2. Établir un plan de gestion du patrimoine locatif.
        """) with { Hyphenate = true };
}
