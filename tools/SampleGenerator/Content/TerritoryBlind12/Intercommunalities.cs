using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind12 territory split (issue 13): intercommunalities by full name, acronym, seat, landscape, SIREN or former name; a métropole.
namespace SampleGenerator.Content.TerritoryBlind12;

/// <summary>The CC Rives de Moselle ("rives" is also a word); Maizières-lès-Metz (seat), Talange, Metz, Thionville and Luxembourg are context; the Moselle is the river (also a département, not a subject).</summary>
public sealed class RivesDeMoselleMobilite2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("rives-de-moselle-plan-mobilite-simplifie-2024.html",
        "Rives de Moselle adopte son plan de mobilité simplifié", "Communauté de communes Rives de Moselle", "2024-02-27",
        DocumentTypeLabels.Page, Themes.Durable, "https://rivesdemoselle.example/actualites/plan-mobilite", """
        ## Un plan pour vingt communes

        Le conseil communautaire de Rives de Moselle a adopté le 22 février son plan de mobilité simplifié. L'intercommunalité, qui compte 54 000 habitants entre Metz et Thionville, est traversée par l'autoroute A31 et par la voie ferrée : les déplacements domicile-travail vers les deux grandes villes voisines et vers le Luxembourg y sont nombreux, et la voiture reste utilisée pour trois trajets sur quatre.

        ## Les mesures

        Le plan prévoit trois axes : achever d'ici 2027 la véloroute qui longe les rives de la Moselle, créer deux parkings de covoiturage près des échangeurs et renforcer le transport à la demande vers la gare de Maizières-lès-Metz, siège de la communauté de communes. Une aide à l'achat de vélos à assistance électrique sera versée aux habitants sous conditions de ressources.

        ## Le financement

        Le coût des actions est estimé à 7,5 millions d'euros sur six ans. Les communes de Talange et de Maizières-lès-Metz accueilleront les premiers aménagements, dès l'automne.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Actualités", "Mobilités"] };
}

/// <summary>The AME (CA Montargoise et Rives du Loing) by its acronym and once its full name; Montargis (seat), Amilly and Châlette-sur-Loing are context; the Loing is the river and the canal de Briare a canal; the Gâtinais is a landscape; Orléans and Paris are context.</summary>
public sealed class AmeRapportDeveloppementDurable2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("ame-rapport-developpement-durable-2023.pdf",
        "AME : rapport sur la situation en matière de développement durable 2023", "Agglomération Montargoise et Rives du Loing", "2023-11-28",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://agglo-montargoise.example/rdd-2023.pdf",
        "AME - rapport développement durable 2023", "réseau de chaleur", """
        ## Préambule

        Comme toute intercommunalité de plus de 50 000 habitants, la communauté d'agglomération Montargoise et Rives du Loing présente chaque année, avant le débat budgétaire, un rapport sur sa situation en matière de développement durable. L'AME regroupe quinze communes et 62 000 habitants au cœur du Gâtinais, à une heure de Paris et d'Orléans.

        ## Le patrimoine et les services

        Les consommations d'énergie des bâtiments de l'AME ont diminué de 11 % en deux ans, grâce à l'abaissement des températures de consigne et au remplacement des éclairages. Le réseau de chaleur alimenté par la chaufferie au bois de Châlette-sur-Loing dessert désormais 4 800 logements. La flotte de bus du réseau urbain compte 40 % de véhicules au gaz naturel.

        ## Les politiques du territoire

        L'AME a adopté en 2023 un programme de restauration des zones humides du Loing et du canal de Briare. Elle soutient le maraîchage à Amilly, avec une pépinière agricole qui a installé quatre jeunes producteurs. Pour 2024, l'agglomération prévoit de doubler le nombre de bornes de recharge et d'étendre la collecte des biodéchets à l'ensemble des communes, y compris Montargis.
        """) with { InfoTitle = "RDD 2023" };
}

/// <summary>The CC Cœur de Savoie (the Savoie département is not a subject); Montmélian (seat), Saint-Pierre-d'Albigny, Chambéry, Albertville, Grenoble and Italy are context; the Combe de Savoie is a landscape; the Isère is the river (also a département, not a subject).</summary>
public sealed class CoeurDeSavoieProjetTerritoire2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("coeur-de-savoie-projet-de-territoire-2023.html",
        "Cœur de Savoie : le projet de territoire 2023-2035", "Communauté de communes Cœur de Savoie", "2023-06-13",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://coeurdesavoie.example/projet-de-territoire", """
        ## Un territoire de passage

        La communauté de communes Cœur de Savoie réunit 38 000 habitants dans la Combe de Savoie, entre Chambéry et Albertville. Sa situation, au croisement des routes vers l'Italie et vers Grenoble, lui vaut un trafic important et une forte pression foncière. Le projet de territoire adopté par le conseil communautaire fixe ses priorités jusqu'en 2035.

        ## Trois ambitions

        La première est de préserver les terres agricoles et les coteaux viticoles, en limitant l'extension des zones d'activités le long de l'Isère. La deuxième vise à conforter les deux pôles de services, Montmélian, siège de l'intercommunalité, et Saint-Pierre-d'Albigny, autour desquels s'organisent les écoles, la santé et les commerces. La troisième est l'adaptation au changement climatique : gestion de l'eau, prévention des crues torrentielles, rénovation des logements.

        ## La suite

        Le projet sera décliné dans le plan local d'urbanisme intercommunal, dont l'élaboration commence cette année. Un bilan à mi-parcours sera présenté en 2029 aux habitants du territoire.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Mis en ligne le 13/06/2023" };
}

/// <summary>Clermont Auvergne Métropole ("Auvergne", a former région, is part of the name; the région is not a subject); Clermont-Ferrand, Cournon-d'Auvergne and Aubière are context; "l'agglomération de Riom" (a neighbouring EPCI) is a comparison; the région (not named) is ruled out.</summary>
public sealed class ClermontAuvergneMetropoleCompte2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("clermont-auvergne-metropole-compte-administratif-2023.pdf",
        "Clermont Auvergne Métropole : rapport de présentation du compte administratif 2023", "Clermont Auvergne Métropole", "2024-06-21",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://clermontmetropole.example/ca-2023.pdf",
        "Clermont Auvergne Métropole - CA 2023", "épargne nette", """
        ## Les grands équilibres

        Le compte administratif 2023 de Clermont Auvergne Métropole retrace l'exécution du budget principal et des budgets annexes de l'eau, de l'assainissement et des transports. Le budget principal dégage une épargne brute de 61 millions d'euros, en léger recul, et une épargne nette de 38 millions d'euros après remboursement de la dette.

        ## Les dépenses

        Les dépenses de fonctionnement atteignent 286 millions d'euros. Elles ont augmenté de 5,2 %, sous l'effet de la hausse du point d'indice et des contrats d'énergie des piscines et des médiathèques. Les investissements ont atteint un niveau inédit, 174 millions d'euros, dont la moitié pour le nouveau réseau de bus à haut niveau de service qui traversera Clermont-Ferrand, Aubière et Cournon-d'Auvergne.

        ## La dette

        L'encours de dette s'élève à 512 millions d'euros au 31 décembre, soit une capacité de désendettement de 8,4 années. La métropole s'est fixé un plafond de dix ans. Les comparaisons avec les métropoles de taille voisine et avec l'agglomération de Riom, sa voisine au nord, figurent en annexe. Le rapport ne traite pas des comptes de la région, dont le siège est également à Clermont-Ferrand.
        """) with { Hyphenate = true };
}

/// <summary>The CA du Bocage Bressuirais, named after its landscape; Bressuire (seat), Mauléon, Cerizay and Niort are context; the Deux-Sèvres is named as context; the publisher's name is Agglo2B.</summary>
public sealed class BocageBressuiraisHabitat2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("bocage-bressuirais-programme-local-habitat-2024.html",
        "Le Bocage Bressuirais lance son troisième programme local de l'habitat", "Agglo2B - Communauté d'agglomération du Bocage Bressuirais", "2024-01-23",
        DocumentTypeLabels.Page, Themes.Social, "https://agglo2b.example/actualites/plh-2024", """
        ## Un nouveau programme pour six ans

        La communauté d'agglomération du Bocage Bressuirais a arrêté son troisième programme local de l'habitat, pour la période 2024-2029. L'agglomération rassemble 76 000 habitants dans le nord des Deux-Sèvres, au sein d'un paysage de haies et de prairies qui lui donne son nom. Sa population est stable, mais elle vieillit et les ménages sont de plus en plus petits.

        ## Les objectifs

        Le programme prévoit la production de 300 logements par an, dont la moitié par la réhabilitation de logements anciens ou vacants, en priorité dans les centres de Bressuire, de Mauléon et de Cerizay. Une aide de 5 000 euros sera versée aux primo-accédants qui achètent un logement vacant depuis plus de deux ans. Les bailleurs sociaux devront adapter 150 logements au vieillissement.

        ## Les moyens

        L'agglomération consacrera 9 millions d'euros au programme. Une maison de l'habitat ouvrira à Bressuire, siège de l'agglomération, pour conseiller gratuitement les ménages. Les habitants des communes du sud pourront aussi rencontrer un conseiller lors de permanences, sans devoir se rendre à Niort.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actualités", "Habitat"] };
}

/// <summary>Former EPCI (2017): the CA du Grand Besançon, today the CU Grand Besançon Métropole (gazetteer: former name) -> today's code; Besançon (seat), Saint-Vit and École-Valentin are context; the station Besançon-Franche-Comté TGV carries a former région's name (context); the Doubs is the river (also a département, not a subject).</summary>
public sealed class GrandBesanconRapportActivite2017 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("ca-grand-besancon-rapport-activite-2017.pdf",
        "Communauté d'agglomération du Grand Besançon : rapport d'activité 2017", "Communauté d'agglomération du Grand Besançon", "2018-06-26",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://grandbesancon.example/rapport-activite-2017.pdf",
        "Grand Besançon - rapport d'activité 2017", "nouvelles compétences", """
        ## Une année de transition

        L'année 2017 a été marquée pour la communauté d'agglomération du Grand Besançon par l'arrivée de quatorze communes supplémentaires et par la prise de nouvelles compétences : la promotion du tourisme, les zones d'activités et la gestion des milieux aquatiques. L'agglomération compte désormais soixante-dix communes et 193 000 habitants, de Saint-Vit à l'ouest jusqu'aux plateaux de l'est.

        ## Les transports

        Le réseau de tramway et de bus a transporté 34 millions de voyageurs, en hausse de 3 %. La ligne de bus rapide vers le pôle commercial d'École-Valentin a été prolongée. Le parking relais de la gare de Besançon-Franche-Comté TGV a été agrandi de 200 places.

        ## Les projets

        Le conseil communautaire a engagé les études de la transformation en communauté urbaine, envisagée pour 2019, qui permettrait de reprendre la voirie et l'urbanisme. La boucle du Doubs, au cœur de Besançon, fera l'objet d'un plan de prévention des crues révisé. L'agglomération a enfin lancé la construction d'un nouveau centre de tri des déchets recyclables, commun avec les territoires voisins.
        """) with { InfoTitle = "Rapport d'activité 2017" };
}

/// <summary>Former EPCI (2016): the CA de Longwy, today the CA Grand Longwy Agglomération (gazetteer: former name) -> today's code; Longwy (seat), Mont-Saint-Martin and Herserange are context; Luxembourg and Belgium are neighbours; the Chiers is the river.</summary>
public sealed class CaLongwyTransfrontalier2016 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("ca-de-longwy-pole-transfrontalier-2016.html",
        "Communauté d'agglomération de Longwy : le pôle européen de développement, trente ans après", "Communauté d'agglomération de Longwy", "2016-10-18",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://agglo-longwy.example/etudes/ped-trente-ans", """
        ## Un territoire frontalier

        La communauté d'agglomération de Longwy regroupe une vingtaine de communes au point de rencontre de la France, de la Belgique et du Luxembourg. La fermeture des hauts fourneaux, dans les années 1980, y avait supprimé plus de 20 000 emplois. Le pôle européen de développement, créé avec les deux pays voisins, devait reconvertir les friches sidérurgiques.

        ## Le bilan

        Trente ans plus tard, le bilan est contrasté. Les zones d'activités de Mont-Saint-Martin et d'Herserange accueillent plusieurs centaines d'emplois, mais la plupart des actifs de l'agglomération travaillent désormais au Luxembourg : ils sont 14 000 à passer la frontière chaque jour. Les recettes fiscales de l'agglomération n'ont pas suivi la croissance de la population.

        ## Les pistes

        L'étude recommande un accord de cofinancement des transports avec le Luxembourg, la requalification des berges de la Chiers et la création d'une école d'ingénieurs en alternance à Longwy. Elle souligne aussi la nécessité d'une offre de garde d'enfants adaptée aux horaires des frontaliers.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 18/10/2016" };
}

/// <summary>Former EPCI (2012): the CC de La Roche aux Fées, today the CC Roche aux Fées Communauté (gazetteer: former name) -> today's code; Retiers (seat), Janzé, Essé and Rennes are context; the Roche aux Fées is a megalith (landscape); the Seiche is the river.</summary>
public sealed class RocheAuxFeesSchemaEnergie2012 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("cc-la-roche-aux-fees-schema-eolien-2012.pdf",
        "Communauté de communes de La Roche aux Fées : schéma de développement éolien", "Communauté de communes de La Roche aux Fées", "2012-09-11",
        DocumentTypeLabels.Etude, Themes.Durable, "https://rocheauxfees.example/schema-eolien-2012.pdf",
        "La Roche aux Fées - schéma éolien", "zones favorables", """
        ## L'objet du schéma

        La communauté de communes de La Roche aux Fées a souhaité se doter d'un schéma de développement éolien avant d'examiner les projets présentés par les opérateurs. Le territoire, au sud-est de Rennes, compte seize communes rurales organisées autour de Retiers, siège de l'intercommunalité. Il doit son nom à un célèbre dolmen, situé sur la commune d'Essé, qui attire chaque année des milliers de visiteurs.

        ## Les contraintes

        L'étude recense les contraintes qui limitent l'implantation d'éoliennes : distance de 500 mètres aux habitations, servitudes aéronautiques, couloirs de migration des oiseaux et protection des abords du dolmen. Elle écarte aussi les vallons de la Seiche, où les paysages sont les plus sensibles.

        ## Les zones favorables

        Trois zones favorables sont retenues, au nord et à l'est du territoire, pour une puissance totale de 40 mégawatts. Le conseil communautaire souhaite que les habitants puissent participer au financement des parcs. Les projets situés à proximité de Janzé, hors du territoire, feront l'objet d'une concertation avec l'intercommunalité voisine.
        """);
}

/// <summary>The CC des Pays de L'Aigle, mostly named by its seat ("l'intercommunalité de L'Aigle", "aiglonne"; "aigle" is also a common word); L'Aigle, Rai, Alençon and the Eure are context; the Préfecture de l'Orne is the publisher (the Orne is not a subject); the Risle is the river; the pays d'Ouche is a landscape.</summary>
public sealed class IntercommunaliteLAigleZones2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("intercommunalite-de-l-aigle-zones-activite-2023.html",
        "L'intercommunalité de L'Aigle met en vente ses derniers terrains d'activité", "Préfecture de l'Orne", "2023-05-16",
        DocumentTypeLabels.Page, Themes.Emploi, "https://orne.gouv.example/actualites/zones-activite-l-aigle", """
        ## Une demande soutenue

        L'intercommunalité de L'Aigle, officiellement la communauté de communes des Pays de L'Aigle, ne dispose plus que de neuf hectares de terrains viabilisés dans ses zones d'activités. La demande des entreprises, notamment dans la métallurgie et la logistique, reste forte depuis deux ans. Le préfet a reçu le président de la communauté de communes pour examiner les projets d'extension.

        ## Les projets

        La collectivité aiglonne souhaite étendre la zone de la Croix-Blanche, à Rai, sur quatorze hectares. Les services de l'État ont rappelé l'objectif de réduction de l'artificialisation des sols : l'extension devra être compensée par la requalification de friches, dont l'ancienne tréfilerie située en bord de Risle. Une aide du fonds vert pourra financer la dépollution.

        ## Le calendrier

        Une étude de densification sera remise à l'automne. L'intercommunalité souhaite aussi proposer des locaux partagés aux artisans du pays d'Ouche, qui se tournent aujourd'hui vers Alençon ou vers l'Eure. L'emblème de l'aigle, qui orne le blason de la ville-centre, figurera sur la signalétique commune des zones.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actions de l'État", "Économie"] };
}

/// <summary>The CC du Quercy Caussadais by its SIREN 248200057 and full name; Caussade (seat) and Septfonds are context; the CA du Grand Montauban is a neighbour named to rule it out; the Quercy is a landscape (and part of other bodies' names).</summary>
public sealed class DgfipFicheEpci248200057 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-fiche-epci-248200057-2022.html",
        "Fiche financière du groupement à fiscalité propre 248200057 (exercice 2022)", "DGFiP", "2023-09-05",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/fiches/epci/248200057/2022", """
        ## Identification

        Groupement : communauté de communes du Quercy Caussadais. Numéro SIREN : 248200057. Siège : Caussade. Régime fiscal : fiscalité professionnelle unique. Nombre de communes membres : 25, dont Septfonds et Caussade ; population totale : 21 000 habitants.

        ## Principaux postes 2022

        | Poste | Montant (k€) | €/hab. | Moyenne de la strate (€/hab.) |
        | Produits de fonctionnement | 14 820 | 706 | 512 |
        | Charges de fonctionnement | 12 960 | 617 | 448 |
        | Capacité d'autofinancement brute | 1 860 | 89 | 64 |
        | Dépenses d'équipement | 3 110 | 148 | 117 |
        | Encours de la dette au 31/12 | 9 240 | 440 | 291 |

        ## Notes

        Les montants sont issus du compte de gestion du budget principal ; les budgets annexes, dont celui des zones d'activités, ne sont pas consolidés. La strate de comparaison regroupe les communautés de communes à fiscalité professionnelle unique de 20 000 à 50 000 habitants. Le groupement ne doit pas être confondu avec la communauté d'agglomération du Grand Montauban, sa voisine au sud.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Données publiées le 05/09/2023" };
}
