using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind13 territory split (issue 13): départements by name, number, adjective or conseil départemental.
namespace SampleGenerator.Content.TerritoryBlind13;

/// <summary>The Alpes-de-Haute-Provence (département, 04) by its conseil départemental and once by its number; Digne-les-Bains (seat), Manosque, Forcalquier and Barcelonnette are context; the Hautes-Alpes and the Var are comparisons; the Durance is the river; Provence-Alpes-Côte d'Azur appears only as funder.</summary>
public sealed class Departement04SchemaAutonomie2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("departement-04-schema-autonomie-2024.html",
        "Schéma départemental de l'autonomie 2024-2028 : les grandes orientations", "Département des Alpes-de-Haute-Provence", "2024-02-27",
        DocumentTypeLabels.Rapport, Themes.Social, "https://info.le04.example/schema-autonomie-2024", """
        ## Un schéma pour cinq ans

        Le conseil départemental des Alpes-de-Haute-Provence a adopté son schéma de l'autonomie pour la période 2024-2028. Le document fixe les orientations de la politique départementale en faveur des personnes âgées et des personnes en situation de handicap, deux publics dont le département est le chef de file. Il a été préparé pendant un an avec les établissements, les services à domicile, les associations et les usagers.

        ## Un territoire de montagne qui vieillit

        Le département compte 165 000 habitants, dont 31 % ont plus de 60 ans. La moitié de la population vit dans la vallée de la Durance, autour de Manosque et de Digne-les-Bains, tandis que les vallées de montagne, comme celle de l'Ubaye autour de Barcelonnette, sont peu peuplées et éloignées des services. Les temps de trajet rendent coûteuse l'intervention des aides à domicile, et plusieurs cantons n'ont aucun établissement pour personnes âgées dépendantes.

        ## Les orientations

        Le schéma retient quatre orientations : favoriser le maintien à domicile, notamment par une revalorisation du tarif horaire des services d'aide ; créer des habitats inclusifs dans les bourgs-centres, comme Forcalquier ; mieux coordonner les acteurs de la santé et du social au sein de quatre territoires d'action ; soutenir les proches aidants par des solutions de répit.

        ## Les moyens

        Le département consacre 92 millions d'euros par an à l'autonomie, soit le premier poste de son budget social. Le schéma prévoit 6 millions d'euros supplémentaires sur cinq ans, en partie financés par la caisse nationale de solidarité pour l'autonomie. La région Provence-Alpes-Côte d'Azur soutient la formation des aides-soignants.

        ## Comparaison

        Les départements voisins des Hautes-Alpes et du Var ont adopté des schémas comparables. Le « 04 » se distingue par la part de son territoire classée en zone de montagne et par le nombre de très petites communes, ce qui justifie des réponses propres.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Solidarités", "Autonomie"] };
}

/// <summary>The Hérault (département, 34), also the river; Montpellier, Béziers and Sète are context; the Montpellier Méditerranée Métropole is context; the Gard and the Aude are comparisons; Occitanie appears in the running header.</summary>
public sealed class InseeHerault34Population2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("insee-herault-34-croissance-demographique-2024.pdf",
        "L'Hérault, l'un des départements les plus dynamiques de France", "INSEE", "2024-01-18",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/occitanie/analyses-herault-2024.pdf",
        "Insee Analyses Occitanie", "solde migratoire", """
        ## L'essentiel

        Au 1er janvier 2021, l'Hérault compte 1 201 000 habitants. Depuis 2015, sa population augmente de 1,3 % par an, un rythme deux fois plus rapide que celui de l'Occitanie et quatre fois plus rapide que celui de la France métropolitaine. Le département gagne ainsi près de 15 000 habitants chaque année, l'équivalent d'une ville moyenne.

        ## Une croissance portée par les arrivées

        Le solde migratoire explique plus de 80 % de la croissance. Les nouveaux habitants viennent d'abord des autres départements d'Occitanie, puis de l'Île-de-France et de la région Auvergne-Rhône-Alpes. Les étudiants et les jeunes actifs s'installent surtout à Montpellier, tandis que les retraités privilégient le littoral, de Sète au Grau-d'Agde, et l'arrière-pays du nord du département.

        ## Des territoires contrastés

        La croissance est la plus forte dans la métropole montpelliéraine et dans sa couronne, le long de l'autoroute et de la vallée de l'Hérault. Le Biterrois progresse plus lentement, et Béziers, après une longue période de déclin, regagne des habitants depuis 2016. Les hauts cantons, au nord-ouest, continuent de perdre des habitants.

        ## Des tensions

        Cette attractivité s'accompagne de difficultés : le prix des logements a augmenté de 35 % en dix ans, le taux de chômage reste l'un des plus élevés de France métropolitaine et la ressource en eau devient un enjeu majeur. Les départements voisins du Gard et de l'Aude, où le foncier est moins cher, accueillent une partie des ménages qui travaillent dans l'Hérault.

        ## Projection

        Si les tendances récentes se prolongeaient, le département dépasserait 1,4 million d'habitants en 2040.
        """) with { Masthead = ["Insee Analyses Occitanie", "n° 141 - janvier 2024"] };
}

/// <summary>The Lot-et-Garonne (département, 47) named by its adjective ("lot-et-garonnais") and once by name; the Lot (river and a neighbouring département) and "lot" (a batch) are traps; Agen, Marmande and Villeneuve-sur-Lot are context; the Garonne is the river; the Gers and the Gironde are comparisons.</summary>
public sealed class Departement47PlanAlimentaire2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("departement-47-projet-alimentaire-2023.html",
        "Projet alimentaire départemental : les collèges lot-et-garonnais passent au local", "Département de Lot-et-Garonne", "2023-11-21",
        DocumentTypeLabels.Page, Themes.Culture, "https://lotetgaronne.example/actualites/projet-alimentaire-colleges", """
        ## Un objectif chiffré

        Le conseil départemental de Lot-et-Garonne s'est fixé un objectif ambitieux : servir dans les cantines des 28 collèges publics lot-et-garonnais 60 % de produits locaux d'ici 2026, dont un tiers issus de l'agriculture biologique. En 2023, la part des produits locaux atteint déjà 47 %, contre 19 % en 2018.

        ## Une plateforme pour les producteurs

        Le département a créé une plateforme d'achat qui permet aux producteurs de répondre directement aux commandes des collèges. Les fruits et légumes des vallées du Lot et de la Garonne, les viandes des coteaux et les produits laitiers du pays de Serres y sont proposés chaque semaine. Chaque commande peut désormais être passée par petit lot, ce qui ouvre le marché aux exploitations modestes qui ne pouvaient pas répondre aux appels d'offres classiques.

        ## Les résultats

        Quatre-vingt-quatre producteurs vendent aujourd'hui aux collèges, et le coût des denrées par repas n'a augmenté que de 0,18 euro, grâce à la réduction du gaspillage. Les chefs de cuisine ont suivi une formation commune, organisée au lycée agricole de Nérac, pour adapter leurs menus aux saisons.

        ## Et ensuite

        La démarche sera étendue aux établissements pour personnes âgées et aux crèches qui le souhaitent. Les villes d'Agen, de Marmande et de Villeneuve-sur-Lot, qui gèrent leurs propres cantines scolaires, ont été invitées à rejoindre la plateforme.

        ## Comparaison

        Le Lot-et-Garonne se situe désormais parmi les départements les plus avancés de Nouvelle-Aquitaine pour l'approvisionnement local de la restauration collective. À titre de comparaison, la part des produits locaux est de 38 % dans les collèges du Gers voisin et de 31 % en Gironde. Le département du Lot, qui partage la rivière mais pas la compétence, a engagé une démarche comparable l'an dernier.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Actualités", "Collèges"] };
}

/// <summary>The Pyrénées-Orientales (département, 66) named by "catalan" and once by name; Perpignan, Céret and Prades are context; the Aude and Catalonia (Spain) are comparisons; the Têt is the river.</summary>
public sealed class PrefecturePyreneesOrientalesSecheresse2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("prefecture-66-secheresse-bilan-2024.pdf",
        "Sécheresse : bilan des mesures de restriction de l'eau dans les Pyrénées-Orientales", "Préfecture des Pyrénées-Orientales", "2024-10-03",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://pyrenees-orientales.gouv.example/secheresse-bilan-2024.pdf",
        "Préfecture des Pyrénées-Orientales - sécheresse", "nappes du Roussillon", """
        ## Une sécheresse exceptionnelle

        Depuis le printemps 2022, le département des Pyrénées-Orientales connaît la sécheresse la plus longue jamais observée. Les précipitations ont été inférieures de moitié à la normale pendant deux années consécutives. Les nappes du Roussillon, qui fournissent l'essentiel de l'eau potable de la plaine, ont atteint leur plus bas niveau historique, et plusieurs communes des hauts cantons ont dû être alimentées par camion-citerne.

        ## Les mesures prises

        Le préfet a placé l'ensemble du territoire catalan en situation de crise à partir d'avril 2023. Le remplissage des piscines privées, le lavage des véhicules et l'arrosage des espaces verts ont été interdits. Les prélèvements agricoles ont été réduits de 30 % à 50 % selon les secteurs, en concertation avec la chambre d'agriculture. Les golfs et les stations de ski ont dû réduire leur consommation.

        ## Les résultats

        La consommation d'eau potable a baissé de 14 % entre 2022 et 2024. Les contrôles ont donné lieu à 720 avertissements et 64 procès-verbaux, à Perpignan comme dans les villages. Le niveau des nappes s'est stabilisé, sans remonter durablement.

        ## Les actions de long terme

        Le plan départemental de l'eau prévoit la réutilisation des eaux usées traitées pour l'irrigation, la réduction des fuites des réseaux, qui atteignent parfois 40 %, et l'interconnexion des réseaux de la plaine avec la retenue de Vinça, sur la Têt. Les communes de Céret et de Prades ont été retenues pour des projets pilotes.

        ## Comparaisons

        La situation est proche de celle de la Catalogne espagnole voisine, qui a pris des mesures encore plus sévères. Le département de l'Aude, moins touché, a levé ses restrictions les plus strictes au printemps 2024.
        """) with { Byline = ["Direction départementale des territoires et de la mer", "Octobre 2024"] };
}

/// <summary>The Somme (département, 80), also the river and "somme" (a sum); the bay of the Somme is a landscape; Amiens, Abbeville and Péronne are context; Péronne (Saône-et-Loire) is not named; the former région Picardie (subject of another document here) is context.</summary>
public sealed class Drees80AideSocialeEnfance2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("drees-fiche-departementale-somme-aide-sociale-2023.html",
        "Fiche départementale : l'aide sociale dans la Somme en 2022", "DREES", "2023-12-19",
        DocumentTypeLabels.Dataset, Themes.Social, "https://drees.example/fiches-departementales/80-2022", """
        ## Présentation

        Cette fiche rassemble les principaux indicateurs de l'aide sociale départementale dans la Somme au 31 décembre 2022. Elle est établie à partir de l'enquête annuelle auprès des conseils départementaux. Les montants sont des dépenses brutes, avant récupérations et remboursements.

        ## Les dépenses

        La somme totale consacrée par le département à l'aide sociale atteint 412 millions d'euros, soit 724 euros par habitant, un niveau supérieur à la moyenne nationale. Le revenu de solidarité active en représente 28 %, l'aide aux personnes âgées 24 %, l'aide aux personnes handicapées 22 % et l'aide sociale à l'enfance 23 %.

        ## Les bénéficiaires

        Le département compte 21 400 foyers allocataires du revenu de solidarité active, soit 5,7 % de la population, et 10 900 bénéficiaires de l'allocation personnalisée d'autonomie. Les mesures d'aide sociale à l'enfance concernent 4 300 enfants et jeunes majeurs, dont 60 % sont confiés à l'aide sociale à l'enfance et accueillis en famille ou en établissement.

        ## Les territoires

        Les bénéficiaires du revenu de solidarité active sont surreprésentés à Amiens et dans les bassins de vie d'Abbeville et de l'est du département, autour de Péronne. Le littoral, de la baie de Somme au Marquenterre, compte davantage de bénéficiaires de l'allocation personnalisée d'autonomie, en raison de la forte proportion de retraités.

        ## Repères

        Jusqu'en 2015, la Somme faisait partie de la région Picardie ; les séries régionales présentées sur d'autres fiches portent désormais sur les Hauts-de-France. Les données de cette fiche sont comparables d'une année sur l'autre.

        ## Évolution

        Entre 2018 et 2022, les dépenses d'aide sociale du département ont progressé de 13 %, un rythme proche de la moyenne nationale. La hausse provient surtout de l'aide sociale à l'enfance, dont le coût a augmenté de 27 % avec la prise en charge de jeunes majeurs et de mineurs non accompagnés, et de la revalorisation des salaires dans les établissements pour personnes âgées.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Données", "Fiches départementales"] };
}

/// <summary>The Territoire de Belfort (département, 90); the commune of Belfort and the CA Grand Belfort are named as context; Delle and Giromagny are context; the Doubs and the Haute-Saône (subject of another document here) are comparisons; Switzerland is a neighbour.</summary>
public sealed class TerritoireDeBelfortColleges2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("departement-90-plan-colleges-2024.pdf",
        "Plan pluriannuel d'investissement dans les collèges 2024-2030", "Département du Territoire de Belfort", "2024-04-04",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://territoiredebelfort.example/plan-colleges-2024.pdf",
        "Territoire de Belfort - plan collèges 2024-2030", "collèges publics", """
        ## Le plus petit département de métropole

        Le Territoire de Belfort est, hors Paris et la petite couronne, le plus petit département de France métropolitaine par sa superficie. Il compte 141 000 habitants et treize collèges publics, qui accueillent 6 300 élèves. Le conseil départemental, responsable de la construction et de l'entretien de ces établissements, a adopté un plan d'investissement de 78 millions d'euros pour la période 2024-2030.

        ## Les constats

        La moitié des collèges ont été construits entre 1965 et 1980. Leurs performances énergétiques sont médiocres, et quatre d'entre eux ne sont pas accessibles aux élèves en fauteuil roulant. Les effectifs baissent dans le nord du département, autour de Giromagny, et se maintiennent dans l'agglomération et dans le sud, autour de Delle, à la frontière suisse.

        ## Les choix

        Le plan prévoit la reconstruction complète de deux collèges de Belfort, la rénovation énergétique lourde de cinq autres établissements et la mise en accessibilité de l'ensemble du parc d'ici 2028. Les cours seront végétalisées pour lutter contre les îlots de chaleur. Un collège du nord du département, dont les effectifs ont diminué de 40 % en quinze ans, pourrait être regroupé avec un établissement voisin après concertation.

        ## Les partenaires

        La ville de Belfort et la communauté d'agglomération du Grand Belfort sont associées aux projets situés sur leur territoire, notamment pour les équipements sportifs partagés. Les départements voisins du Doubs et de la Haute-Saône, qui accueillent certains élèves du Territoire, seront consultés sur la sectorisation.

        ## Le financement

        Le département financera le plan sur ses fonds propres et par l'emprunt. Il sollicitera le fonds vert de l'État pour les rénovations énergétiques.
        """);
}

/// <summary>La Réunion as a département (974), by its conseil départemental (a departmental council report; La Réunion is also R 04 in the gazetteer) -> departement:974; Saint-Denis (seat), Saint-Benoît and Saint-Pierre are context; Mayotte and the métropole are comparisons.</summary>
public sealed class Departement974Rsa2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("departement-974-insertion-rsa-2023.html",
        "Insertion : le Département de La Réunion renforce l'accompagnement des allocataires du RSA", "Département de La Réunion", "2023-07-11",
        DocumentTypeLabels.Page, Themes.Social, "https://departement974.example/actualites/insertion-rsa-2023", """
        ## Un enjeu majeur

        Avec près de 100 000 foyers allocataires, le revenu de solidarité active est la première dépense du Département de La Réunion. Près d'un habitant sur quatre est couvert par l'allocation, une proportion trois fois supérieure à celle de la métropole. Le conseil départemental, compétent pour l'insertion, a adopté un nouveau programme départemental d'insertion pour la période 2023-2027.

        ## Ce qui change

        Chaque nouvel allocataire sera reçu dans le mois qui suit l'ouverture de ses droits, contre quatre mois en moyenne aujourd'hui. Le département recrute 60 référents supplémentaires, répartis dans les quatre territoires d'action sociale de l'île. Les allocataires les plus proches de l'emploi seront orientés vers France Travail ; les autres bénéficieront d'un accompagnement social renforcé, qui peut porter sur le logement, la santé ou la mobilité.

        ## L'emploi dans les quartiers

        Le programme prévoit la création de 2 000 contrats aidés dans les associations et les collectivités, en priorité dans les quartiers de Saint-Denis, de Saint-Benoît et de Saint-Pierre où le chômage des jeunes dépasse 40 %. Des chantiers d'insertion seront ouverts dans l'entretien des ravines et des sentiers forestiers.

        ## La mobilité

        Faute de transports en commun suffisants, l'absence de permis de conduire est l'un des principaux freins à l'emploi. Le département finance désormais des auto-écoles sociales et des aides à l'achat de deux-roues.

        ## Comparaison

        La situation de l'île reste moins difficile que celle de Mayotte, mais l'écart avec la métropole ne se réduit pas. Le département demande à l'État de recentraliser le financement de l'allocation, comme cela a été fait en Guyane et à Mayotte.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 11 juillet 2023", Breadcrumb = ["Actualités", "Solidarité"] };
}

/// <summary>The Tarn-et-Garonne (département, 82) by its number and name; the Tarn and the Garonne are rivers (the Tarn and the Haute-Garonne are also départements, not subjects); Montauban, Castelsarrasin and Moissac are context; Toulouse is context.</summary>
public sealed class Ofgl82FinancesDepartement2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("ofgl-fiche-departement-82-2023.pdf",
        "Fiche financière départementale : Tarn-et-Garonne (82), exercice 2023", "OFGL", "2024-09-17",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/departements/82-2023.pdf",
        "OFGL - fiche départementale 82", "droits de mutation", """
        ## Présentation

        Cette fiche présente les comptes 2023 du département de Tarn-et-Garonne (82), à partir des comptes de gestion. Les ratios sont comparés à ceux des départements de la même strate de population, de 250 000 à 500 000 habitants. Avec 262 000 habitants, le département se situe en bas de cette strate.

        ## Les recettes

        Les recettes de fonctionnement atteignent 318 millions d'euros, soit 1 214 euros par habitant. Les droits de mutation à titre onéreux ont baissé de 19 % par rapport à 2022, après trois années de forte hausse portée par l'arrivée de ménages venus de l'agglomération toulousaine. La fraction de taxe sur la valeur ajoutée progresse de 3,6 %.

        ## Les dépenses

        Les dépenses de fonctionnement s'élèvent à 281 millions d'euros. Les dépenses sociales en représentent 58 %, un niveau proche de la moyenne de la strate. Les frais de personnel progressent de 5,1 %. Les dépenses d'investissement atteignent 71 millions d'euros, principalement pour les routes départementales, les collèges de Montauban et de Castelsarrasin et le très haut débit.

        ## L'épargne et la dette

        L'épargne brute recule à 37 millions d'euros, soit un taux d'épargne de 11,6 %. L'encours de la dette, de 186 millions d'euros, représente cinq années d'épargne brute.

        ## Note de lecture

        Le nom du département associe deux rivières : le Tarn, qui traverse Montauban et Moissac, et la Garonne. Les données de la fiche ne concernent ni le département du Tarn ni celui de la Haute-Garonne, qui font l'objet de fiches distinctes.

        ## Évolution sur cinq ans

        Depuis 2019, les recettes de fonctionnement ont progressé de 16 % et les dépenses de 19 %. L'écart, modeste, s'explique par la hausse des allocations individuelles de solidarité et des dépenses d'énergie. L'investissement a été porté à un niveau élevé à partir de 2021, grâce au plan de relance et à la bonne tenue des droits de mutation pendant deux exercices.
        """) with { InfoTitle = "" };
}
