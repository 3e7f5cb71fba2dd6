using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind10 territory split (issue 13): EPCI named by full name and SIREN, acronym, seat, coined or landscape name, former names; métropoles.
namespace SampleGenerator.Content.TerritoryBlind10;

/// <summary>The CA du Grand Guéret, full name and SIREN 200034825; Guéret (seat) is context; the Creuse appears as the département of the members.</summary>
public sealed class DgfipGrandGueret2022 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-fiche-epci-200034825-2022.html",
        "Comptes 2022 du groupement à fiscalité propre n° 200034825", "DGFiP", "2023-07-04",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/comptes/epci/200034825-2022", """
        ## Identification

        Groupement : communauté d'agglomération du Grand Guéret. SIREN : 200034825. Nature juridique : communauté d'agglomération à fiscalité professionnelle unique. Nombre de communes membres : 25. Siège : Guéret.

        ## Budget principal 2022

        | Poste | Montant (k€) | € par habitant |
        | Produits de fonctionnement | 21 430 | 756 |
        | Charges de fonctionnement | 18 920 | 667 |
        | Dépenses d'équipement | 5 870 | 207 |
        | Encours de la dette au 31/12 | 14 260 | 503 |

        ## Commentaire

        Les reversements de fiscalité aux communes membres, attribution de compensation et dotation de solidarité, représentent 22 % des charges. La hausse des produits tient surtout à la dynamique de la fraction de TVA qui remplace l'ancienne taxe d'habitation. Les budgets annexes (eau, assainissement, zones d'activités) sont publiés dans des fichiers distincts.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Données publiées le 04/07/2023" };
}

/// <summary>GPS&amp;O, the CU Grand Paris Seine et Oise, by its acronym (once "la communauté urbaine"); Mantes-la-Jolie, Les Mureaux, Poissy and Paris are context; the Seine is the river.</summary>
public sealed class GpsoPlanVelo2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("gpseo-plan-velo-2024.html",
        "GPS&O adopte son plan vélo 2024-2030", "GPS&O", "2024-03-19",
        DocumentTypeLabels.Page, Themes.Durable, "https://gpseo.example/actualites/plan-velo-2024", """
        ## 250 kilomètres d'aménagements

        Le conseil communautaire de GPS&O a adopté le 14 mars son plan vélo. D'ici 2030, la communauté urbaine créera 250 kilomètres d'aménagements cyclables continus, en priorité le long de la Seine entre Mantes-la-Jolie, Les Mureaux et Poissy, et vers les gares de la ligne Eole qui reliera le territoire au centre de Paris.

        ## Les moyens

        GPS&O consacrera 84 millions d'euros au plan, dont un tiers attendu de l'État et de la région. Des stationnements sécurisés seront créés dans vingt gares et un service de location de vélos à assistance électrique sera étendu aux 73 communes.

        ## Pourquoi maintenant

        Un déplacement sur deux fait moins de trois kilomètres sur le territoire, mais seulement 2 % sont faits à vélo. Les élus veulent tripler cette part en six ans.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Actualités", "Mobilités"] };
}

/// <summary>Arlysère, the coined name of the CA Arlysère (39 communes, Savoie); Albertville (seat), Ugine and Beaufort are context.</summary>
public sealed class ArlysereRob2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("arlysere-rapport-orientations-budgetaires-2024.pdf",
        "Rapport d'orientations budgétaires 2024", "Arlysère", "2024-01-25",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://arlysere.example/rob-2024.pdf",
        "Arlysère - ROB 2024", "transport à la demande", """
        ## Le contexte

        Arlysère regroupe 39 communes et 62 000 habitants, d'Albertville au Beaufortain et au val d'Arly. Son nom rappelle les vallées qui la composent : l'Arly, l'Isère et le Beaufortain. Le présent rapport prépare le débat du conseil communautaire sur le budget 2024.

        ## Les recettes

        La fiscalité économique dépend fortement de quelques grands établissements industriels, notamment à Ugine, ce qui rend les recettes sensibles à la conjoncture. La taxe de séjour progresse avec la fréquentation des stations. La dotation globale de fonctionnement est stable.

        ## Les dépenses

        Les charges de personnel augmenteront de 4 % avec la reprise en régie de la piscine d'Albertville. Le transport à la demande, lancé en 2023 dans les villages de montagne, coûtera 1,2 million d'euros en année pleine.

        ## Les investissements

        Le programme 2024 atteint 38 millions d'euros : usine de traitement de l'eau potable, aménagement de la voie verte le long de l'Isère et extension de la zone d'activités de Gilly-sur-Isère. L'encours de dette passerait de 71 à 79 millions d'euros.
        """) with { Ligatures = true };
}

/// <summary>"L'agglomération de Cambrai" = the CA de Cambrai (55 communes), named only by its seat; Cambrai ("la ville-centre"), Caudry and Lille are context.</summary>
public sealed class InseeAggloCambrai2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("insee-analyses-agglomeration-de-cambrai-2023.pdf",
        "L'agglomération de Cambrai : un emploi industriel qui résiste", "INSEE", "2023-11-09",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/agglo-cambrai-2023.pdf",
        "Insee Analyses Hauts-de-France", "agroalimentaire", """
        ## Un territoire de 80 000 habitants

        L'agglomération de Cambrai rassemble 55 communes et 80 000 habitants. La ville-centre en concentre 31 000 ; les autres communes sont pour la plupart des villages de moins de mille habitants, sur le plateau du Cambrésis. Entre 2013 et 2019, la population a légèrement diminué, de 0,2 % par an.

        ## L'industrie tient mieux qu'ailleurs

        L'industrie représente 17 % de l'emploi salarié de l'agglomération, contre 12 % dans la région. L'agroalimentaire, autour de la transformation du sucre, des légumes et des confiseries, en fournit près de la moitié. Entre 2015 et 2021, l'emploi industriel n'a reculé que de 2 %, alors qu'il baissait de 9 % dans le bassin voisin de Caudry.

        ## Des déplacements vers la métropole

        Un actif sur huit travaille hors de la zone d'emploi, surtout dans la métropole de Lille ou autour de Douai. L'ouverture de la base logistique sur l'ancien aéroport militaire a créé 1 200 emplois, dont les deux tiers sont occupés par des résidents de l'agglomération.
        """) with { Hyphenate = true };
}

/// <summary>"L'agglomération de Montluçon" = Montluçon Communauté (21 communes), named only by its seat; Montluçon, Domérat and Désertines are context; the Cher is the river.</summary>
public sealed class AdemeAggloMontlucon2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("ademe-agglomeration-montlucon-reseau-chaleur-2023.html",
        "Un réseau de chaleur au bois pour l'agglomération de Montluçon", "ADEME", "2023-05-23",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/agglo-montlucon-chaleur", """
        ## Le projet

        L'agglomération de Montluçon construit un réseau de chaleur alimenté à 85 % par des plaquettes forestières issues des bois du Bourbonnais. Long de 14 kilomètres, il desservira les quartiers de Fontbouillant et de Bien-Assis, l'hôpital, deux lycées et des bâtiments de Domérat et de Désertines.

        ## Les chiffres

        L'investissement atteint 31 millions d'euros, dont 9 millions du fonds chaleur géré par l'ADEME. La chaufferie de 12 mégawatts remplacera des chaudières au gaz et évitera 11 000 tonnes de dioxyde de carbone par an. Pour les 3 200 logements raccordés, le prix de la chaleur sera stabilisé et inférieur de 10 % au coût du gaz.

        ## Le calendrier

        La chaufferie, installée au bord du Cher, sera mise en service à l'automne 2025. L'intercommunalité a confié l'exploitation à une société publique locale pour vingt ans.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>The CA de la Baie de Somme, named after its landscape ("la Somme" is also the river and the département, not a subject); Abbeville (seat), Saint-Valery-sur-Somme and Cayeux-sur-Mer are context.</summary>
public sealed class ObservatoireBaieDeSomme2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("observatoire-territoires-baie-de-somme-2023.html",
        "Baie de Somme : une intercommunalité entre littoral et vallée", "Observatoire des territoires", "2023-08-29",
        DocumentTypeLabels.Etude, Themes.Geo, "https://observatoire-territoires.example/analyses/ca-baie-de-somme", """
        ## Portrait

        La communauté d'agglomération de la Baie de Somme compte 43 communes et 49 000 habitants. Abbeville, son siège, en rassemble la moitié. Le reste du territoire associe des stations du littoral picard, comme Saint-Valery-sur-Somme ou Cayeux-sur-Mer, et des villages agricoles de la vallée.

        ## Deux dynamiques opposées

        Les communes littorales gagnent des résidences secondaires mais perdent des habitants permanents : un logement sur deux n'y est occupé qu'une partie de l'année. Autour d'Abbeville, à l'inverse, la population se maintient grâce à l'emploi public et aux services.

        ## Les enjeux

        L'intercommunalité doit concilier l'accueil de deux millions de visiteurs par an avec la protection des milieux de la baie et l'adaptation au recul du trait de côte, qui menace déjà plusieurs routes. Le fleuve Somme et ses marais structurent l'organisation des déplacements.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>Former name (2018): the CA Var Estérel Méditerranée (CAVEM), today the CA Estérel Côte d'Azur Agglomération (same SIREN) -> today's code; Fréjus and Saint-Raphaël are context; the Var appears as the river name and in the publisher.</summary>
public sealed class CrcCavem2018 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("crc-paca-cavem-2018.pdf",
        "Communauté d'agglomération Var Estérel Méditerranée (CAVEM)", "Chambre régionale des comptes Provence-Alpes-Côte d'Azur", "2018-09-18",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-paca.example/rod/cavem-2018.pdf",
        "CRC PACA - CAVEM", "attribution de compensation", """
        ## Le contrôle

        La chambre a examiné la gestion de la communauté d'agglomération Var Estérel Méditerranée, dite CAVEM, pour les exercices 2012 à 2016. Créée en 2013, elle regroupe cinq communes et 115 000 habitants autour de Fréjus et de Saint-Raphaël, entre le massif de l'Estérel et la basse vallée de l'Argens.

        ## Une intégration encore faible

        La CAVEM exerce surtout les compétences obligatoires : développement économique, transports, collecte des déchets. Son coefficient d'intégration fiscale est inférieur à la moyenne des communautés d'agglomération. L'attribution de compensation reverse aux communes près de 60 % des recettes fiscales.

        ## Observations

        La chambre relève l'absence de pacte financier et fiscal avec les communes et des retards dans le transfert des zones d'activités. Elle note aussi que la délégation du service de transport a été prolongée par avenants successifs sans remise en concurrence.

        ## Recommandations

        1. Adopter un pacte financier et fiscal.
        2. Achever l'évaluation des charges transférées.
        3. Remettre en concurrence le contrat de transport urbain.
        """) with { InfoTitle = "ROD CAVEM 2018" };
}

/// <summary>Former EPCI (2017): the CC du Pays Créçois, whose SIREN is today the CA Coulommiers Pays de Brie -> today's code; Crécy-la-Chapelle (seat), Coulommiers and Meaux are context; the Grand Morin is the river.</summary>
public sealed class CcPaysCrecois2017 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("cc-pays-crecois-rapport-activite-2017.pdf",
        "Rapport d'activité 2017", "Communauté de communes du Pays Créçois", "2018-05-15",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://cc-payscrecois.example/rapport-2017.pdf",
        "CC du Pays Créçois - rapport d'activité 2017", "maison de services au public", """
        ## L'intercommunalité en 2017

        La communauté de communes du Pays Créçois réunit les communes de la vallée du Grand Morin autour de Crécy-la-Chapelle, son siège. Elle compte un peu plus de 20 000 habitants, entre l'agglomération de Meaux au nord et celle de Coulommiers à l'est.

        ## Les compétences exercées

        La communauté gère la collecte des déchets, les équipements sportifs d'intérêt communautaire, l'accueil de loisirs des mercredis et le relais petite enfance. En 2017, elle a ouvert une maison de services au public à Crécy-la-Chapelle, qui a reçu 3 100 visites dans l'année.

        ## Les finances

        Le budget principal s'élève à 11,8 millions d'euros. Les dépenses d'équipement ont atteint 2,4 millions d'euros, consacrées au gymnase intercommunal et à la voirie des zones d'activités.

        ## Les perspectives

        Les élus étudient un rapprochement avec les intercommunalités voisines du pays de Brie, afin d'atteindre une taille suffisante pour porter les projets de transport et de développement économique.
        """);
}

/// <summary>Tours Métropole Val de Loire ("Tours" is also "tours", turns, towers); Tours, Joué-lès-Tours and Saint-Pierre-des-Corps are context; the Loire and the Cher are rivers.</summary>
public sealed class ToursMetropoleCa2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("tours-metropole-compte-administratif-2023.html",
        "Compte administratif 2023 de Tours Métropole Val de Loire", "Tours Métropole Val de Loire", "2024-06-25",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://tours-metropole.example/compte-administratif-2023", """
        ## Les grands équilibres

        Le conseil métropolitain a approuvé le compte administratif 2023 de Tours Métropole Val de Loire. Les recettes réelles de fonctionnement du budget principal atteignent 312 millions d'euros et les dépenses 264 millions. L'épargne brute s'établit à 48 millions d'euros.

        ## Les investissements

        La métropole a investi 141 millions d'euros. La deuxième ligne de tramway, qui reliera La Riche à Chambray-lès-Tours en passant par l'hôpital Trousseau, en absorbe le tiers. Les travaux de voirie et les pistes cyclables le long de la Loire et du Cher complètent le programme.

        ## La dette

        L'encours atteint 598 millions d'euros, soit une capacité de désendettement de 12,4 années, au-dessus du seuil de vigilance. Plusieurs tours de table avec les 22 communes membres ont été organisés pour hiérarchiser les projets des prochaines années.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>The CU d'Alençon (31 communes across the Orne and the Sarthe); Alençon (seat) and Le Mans are context.</summary>
public sealed class CuAlenconPlh2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("cu-alencon-programme-local-habitat-2023.pdf",
        "Programme local de l'habitat 2023-2028 : diagnostic", "Communauté urbaine d'Alençon", "2023-03-02",
        DocumentTypeLabels.Etude, Themes.Social, "https://cu-alencon.example/plh-2023.pdf",
        "CUA - programme local de l'habitat", "logements vacants", """
        ## Le territoire

        La communauté urbaine d'Alençon rassemble 31 communes et 57 000 habitants, à cheval sur deux départements. La ville d'Alençon en compte 25 500 ; la première couronne concentre les constructions récentes, tandis que les communes rurales du nord et de l'ouest perdent des habitants.

        ## Le diagnostic

        Le parc compte 30 000 logements. Les logements vacants représentent 10 % du total, et jusqu'à 14 % dans le centre d'Alençon, où de nombreux immeubles anciens ne répondent plus aux attentes. Le parc social, un quart des résidences principales, est concentré dans les quartiers de Perseigne et de Courteille.

        ## Les orientations proposées

        La communauté urbaine propose de limiter la production neuve à 180 logements par an, contre 260 dans le programme précédent, et de consacrer la moitié des aides à la remise sur le marché de logements vacants. Les jeunes actifs qui travaillent à Alençon mais résident vers Le Mans sont une cible prioritaire.
        """);
}

/// <summary>The CC de Saint-Flour (53 communes); the commune of Saint-Flour (seat), Chaudes-Aigues and Clermont-Ferrand are context; the Planèze and the Margeride are landscapes.</summary>
public sealed class CcSaintFlourPcaet2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("cc-saint-flour-plan-climat-2023.html",
        "Plan climat-air-énergie territorial de la communauté de communes de Saint-Flour", "Communauté de communes de Saint-Flour", "2023-10-10",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://saint-flour-communaute.example/pcaet-2023", """
        ## Un territoire rural et agricole

        La communauté de communes de Saint-Flour regroupe 53 communes et 23 000 habitants, de la Planèze aux gorges de la Truyère et aux monts de la Margeride. La ville de Saint-Flour, son siège, n'en rassemble que 6 500 : la plus grande part des émissions vient de l'agriculture et des transports.

        ## Le diagnostic

        L'élevage bovin représente 58 % des émissions de gaz à effet de serre du territoire. Le territoire produit déjà l'équivalent de 40 % de sa consommation d'énergie, grâce aux barrages de la Truyère et au bois.

        ## Le programme d'actions

        Le plan prévoit d'aider la méthanisation agricole, de développer le covoiturage vers Clermont-Ferrand et de rénover 150 logements par an. La station thermale de Chaudes-Aigues étudie une extension de son réseau de géothermie.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Publications", "Environnement"] };
}
