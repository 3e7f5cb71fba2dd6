using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind11 territory split (issue 13): intercommunalities by full name and SIREN, acronym, seat, landscape or coined name; former EPCI; métropoles.
namespace SampleGenerator.Content.TerritoryBlind11;

/// <summary>Toulouse Métropole; the commune of Toulouse, Blagnac, Colomiers and L'Union are context; the Garonne is the river.</summary>
public sealed class ToulouseMetropolePlanMobilite2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("toulouse-metropole-plan-mobilite-2024.html",
        "Plan de mobilité : les grandes orientations adoptées", "Toulouse Métropole", "2024-01-30",
        DocumentTypeLabels.Page, Themes.Durable, "https://toulouse-metropole.example/actualites/plan-mobilite-2024", """
        ## Un vote en conseil de métropole

        Le conseil de Toulouse Métropole a arrêté le 25 janvier le projet de plan de mobilité qui guidera les politiques de déplacement des 37 communes membres jusqu'en 2035. Le document a été élaboré avec l'autorité organisatrice des transports et soumis à une large concertation : 4 200 contributions ont été recueillies en ligne et lors de réunions publiques.

        ## Les objectifs

        Le plan vise à ramener la part de la voiture de 54 % à 45 % des déplacements des habitants. Il s'appuie sur la mise en service de la troisième ligne de métro, qui reliera Colomiers à L'Union en passant par Blagnac et le centre de Toulouse, sur l'extension du réseau express vélo et sur la création de parkings relais aux entrées de l'agglomération.

        ## Les moyens

        La métropole prévoit d'investir 1,3 milliard d'euros sur dix ans, hors métro, dont 220 millions pour les aménagements cyclables. Deux nouvelles passerelles franchiront la Garonne. Le projet sera soumis à enquête publique à l'automne, après l'avis des communes et des personnes publiques associées.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Actualités", "Mobilités"] };
}

/// <summary>The CU d'Arras by its acronym (CUA) and full name; Arras (seat), Achicourt and Saint-Laurent-Blangy are context; the Scarpe is the river.</summary>
public sealed class CrcCommunauteUrbaineArras2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("crc-hdf-communaute-urbaine-arras-2023.pdf",
        "Communauté urbaine d'Arras : rapport d'observations définitives", "Chambre régionale des comptes Hauts-de-France", "2023-09-26",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-hdf.example/rod/cu-arras-2023.pdf",
        "CRC Hauts-de-France - CUA", "gestion des déchets ménagers", """
        ## Le contrôle

        La chambre a examiné la gestion de la communauté urbaine d'Arras pour les exercices 2017 à 2022. La CUA regroupe 46 communes et 108 000 habitants. Elle exerce les compétences d'une communauté urbaine : développement économique, habitat, transports, voirie, eau et assainissement, gestion des déchets ménagers.

        ## La situation financière

        Les produits de gestion de la CUA ont progressé de 2,4 % par an, portés par la dynamique des impôts économiques dans les zones d'activités d'Arras et de Saint-Laurent-Blangy. L'épargne brute représente 17 % des produits. La dette, de 142 millions d'euros, est soutenable, mais la chambre observe que le budget annexe des transports dépend de plus en plus des subventions du budget principal.

        ## Les recommandations

        La chambre recommande à la CUA d'adopter un pacte financier et fiscal avec ses communes membres, de fiabiliser le suivi des attributions de compensation et de mieux évaluer le coût du service de collecte. Elle relève la réussite de la reconversion de la citadelle, mais aussi le retard du projet de parc d'activités le long de la Scarpe, à Achicourt.
        """);
}

/// <summary>"L'agglomération de Redon" = the CA Redon Agglomération, named by its seat (three départements, not named); Redon, Saint-Nicolas-de-Redon and Rennes, Nantes, Vannes are context; the Vilaine and the Oust are rivers; Bretagne appears only in the lead.</summary>
public sealed class InseeAgglomerationRedon2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("insee-agglomeration-de-redon-emploi-2023.html",
        "L'agglomération de Redon, un pôle industriel à la croisée de trois départements", "INSEE", "2023-05-16",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/redon-agglomeration-emploi", """
        ## Un territoire à cheval sur deux régions

        La communauté d'agglomération de Redon réunit 31 communes et 67 000 habitants, réparties sur trois départements et deux régions. Cette situation, rare, tient à l'histoire : Redon est depuis longtemps le carrefour des vallées de la Vilaine et de l'Oust, à égale distance de Rennes, de Nantes et de Vannes. Saint-Nicolas-de-Redon, sur l'autre rive, fait partie de la même agglomération.

        ## Une forte spécialisation industrielle

        L'agglomération de Redon compte 24 500 emplois, dont 23 % dans l'industrie, près du double de la moyenne nationale. La fabrication d'équipements automobiles, l'agroalimentaire et la construction métallique sont les premiers employeurs. Les établissements de plus de 250 salariés concentrent un emploi industriel sur deux, ce qui rend le territoire sensible aux décisions de quelques groupes.

        ## Des déplacements nombreux

        Un actif sur cinq résidant dans l'agglomération travaille à l'extérieur, principalement dans les métropoles de Rennes et de Nantes, accessibles en train en moins d'une heure. À l'inverse, 6 000 personnes viennent chaque jour y travailler depuis les territoires voisins.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Analyses Bretagne" };
}

/// <summary>The CC de la Montagne Noire (Aude, not named; the Cabardès), named after its landscape; the CC Thoré Montagne Noire (Tarn) is named to rule it out; Saissac (seat), Cuxac-Cabardès and Carcassonne are context; the Lauragais is a landscape.</summary>
public sealed class CcMontagneNoireRapport2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("cc-montagne-noire-rapport-activite-2023.pdf",
        "Communauté de communes de la Montagne Noire : rapport d'activité 2023", "Communauté de communes de la Montagne Noire", "2024-06-25",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://cc-montagne-noire.example/rapport-2023.pdf",
        "CC de la Montagne Noire - rapport d'activité 2023", "lacs de la Montagne Noire", """
        ## Le territoire

        La communauté de communes de la Montagne Noire rassemble 22 communes et un peu plus de 6 000 habitants, sur le versant sud du massif, entre les plaines du Lauragais et les vallons du Cabardès. Son siège est à Saissac. Elle ne doit pas être confondue avec la communauté de communes Thoré Montagne Noire, installée sur l'autre versant, dans le département voisin.

        ## Les compétences exercées

        En 2023, la communauté a consacré 1,1 million d'euros à la collecte des déchets, 640 000 euros à l'enfance et à la jeunesse et 420 000 euros à la voirie d'intérêt communautaire. Elle a achevé la rénovation de la crèche de Cuxac-Cabardès et déployé la fibre optique dans les derniers hameaux. Son office de tourisme a accueilli 8 000 visiteurs, attirés par les sentiers et les lacs de la Montagne Noire.

        ## Les projets

        Le projet de territoire adopté en 2023 fixe trois priorités : l'installation de médecins dans une maison de santé pluriprofessionnelle, la reprise des commerces de village et le développement du tourisme de pleine nature. Un service de transport à la demande vers Carcassonne sera expérimenté à partir de septembre.
        """);
}

/// <summary>The CC Sundgau, named after its landscape; Altkirch (seat), Ferrette and Dannemarie are context; Switzerland is a neighbour; Mulhouse is context.</summary>
public sealed class AdemeSundgauPlanClimat2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("ademe-sundgau-plan-climat-2023.html",
        "Sundgau : un plan climat centré sur la rénovation et le bois-énergie", "ADEME", "2023-07-11",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/sundgau-pcaet", """
        ## Le territoire

        La communauté de communes Sundgau, issue en 2017 de la fusion de quatre intercommunalités, compte 64 communes et 49 000 habitants au sud de Mulhouse, jusqu'à la frontière suisse. Son siège est à Altkirch. Le territoire est rural, boisé, parsemé d'étangs, et l'habitat y est ancien : 45 % des logements ont été construits avant 1975.

        ## Le plan climat

        Le plan climat-air-énergie territorial adopté par la communauté de communes vise une baisse de 40 % des consommations d'énergie d'ici 2050. Le chauffage des logements représente 38 % des consommations du territoire, le transport routier 34 %. Une plateforme de rénovation de l'habitat a été ouverte à Altkirch, avec des permanences à Ferrette et à Dannemarie ; elle a accompagné 610 ménages en deux ans.

        ## Le bois-énergie

        Avec 30 % de surface boisée, le Sundgau dispose d'une ressource importante. Trois réseaux de chaleur au bois ont été créés pour chauffer des écoles et des équipements sportifs. L'ADEME a financé l'étude d'approvisionnement, qui montre que la ressource locale suffit à doubler la production sans compromettre la gestion durable des forêts.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Publications", "Environnement"] };
}

/// <summary>Former EPCI (2016): the CA du Calaisis, whose SIREN is today the CA Grand Calais Terres et Mers (gazetteer: former name) -> today's code; Calais (seat), Coquelles and Marck are context; Douvres and England are context.</summary>
public sealed class CaCalaisisRapportDd2016 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("ca-calaisis-rapport-developpement-durable-2016.pdf",
        "Rapport sur la situation en matière de développement durable 2016", "Communauté d'agglomération du Calaisis", "2016-11-08",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://agglo-calaisis.example/rapport-dd-2016.pdf",
        "CA du Calaisis - rapport développement durable 2016", "transport transmanche", """
        ## Le cadre

        Comme chaque année avant le débat d'orientation budgétaire, la communauté d'agglomération du Calaisis présente un rapport sur sa situation en matière de développement durable. Il couvre les politiques menées par l'agglomération et le fonctionnement de ses services. Cinq communes sont membres de la communauté, dont Calais, Coquelles et Marck.

        ## Les actions de l'année

        La CA du Calaisis a poursuivi le déploiement de la collecte sélective en habitat collectif : le taux de tri a progressé de quatre points. Le réseau de bus a été restructuré autour de quatre lignes à haute fréquence et la flotte compte désormais douze véhicules au gaz naturel. Le plan de prévention du bruit, lié au trafic de poids lourds du transport transmanche vers Douvres, a été adopté.

        ## Les limites

        Les consommations d'énergie des bâtiments communautaires n'ont baissé que de 3 % depuis 2012. Les zones d'activités de Coquelles continuent de s'étendre sur des terres agricoles. Le rapport annonce la préparation d'un plan climat commun avec les intercommunalités voisines, en vue de la fusion envisagée pour 2017.
        """) with { InfoTitle = "RDD 2016" };
}

/// <summary>Former EPCI (2015): the CC du Pays des Lacs (Jura, not named), today part of the CC Terre d'Émeraude Communauté (gazetteer: former name) -> today's code; Clairvaux-les-Lacs (seat), Doucier and Lons-le-Saunier are context; the lakes are landscapes.</summary>
public sealed class CcPaysDesLacsZones2015 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("cc-pays-des-lacs-zones-activite-2015.html",
        "Zones d'activités : la communauté de communes lance un schéma d'aménagement", "Communauté de communes du Pays des Lacs", "2015-05-21",
        DocumentTypeLabels.Page, Themes.Geo, "https://pays-des-lacs.example/actualites/schema-zones-2015", """
        ## Un schéma pour mieux accueillir les entreprises

        Le conseil communautaire de la communauté de communes du Pays des Lacs a décidé de se doter d'un schéma d'aménagement de ses zones d'activités. Le territoire compte trois zones, à Clairvaux-les-Lacs, à Doucier et au carrefour de la route de Lons-le-Saunier. Elles accueillent 58 entreprises et 430 emplois, principalement dans le bois, le bâtiment et le tourisme.

        ## Les constats

        Les terrains disponibles se raréfient : il reste moins de trois hectares commercialisables, alors que six artisans ont demandé à s'installer en 2014. Certains bâtiments sont vacants depuis plusieurs années. La proximité des lacs impose des règles strictes de protection des paysages et de gestion des eaux pluviales.

        ## La méthode

        Un bureau d'études accompagnera la communauté pendant un an. Il recensera les besoins des entreprises, proposera la requalification des bâtiments vacants et étudiera une extension mesurée de la zone de Clairvaux-les-Lacs. Les chefs d'entreprise seront associés à deux ateliers. Le schéma devra aussi tenir compte du projet de rapprochement avec les communautés voisines, discuté dans le cadre de la révision de la carte intercommunale.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 21/05/2015" };
}

/// <summary>Decazeville Communauté by full name and SIREN 200067064; Decazeville (seat), Aubin and Firmi are context.</summary>
public sealed class DgfipFicheEpciDecazeville2022 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-fiche-epci-200067064-2022.html",
        "Fiche financière 2022 : groupement 200067064", "DGFiP", "2023-07-18",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/comptes/epci/200067064/2022", """
        ## Identification

        Groupement : CC Decazeville Communauté (numéro SIREN 200067064). Nature juridique : communauté de communes à fiscalité professionnelle unique. Siège : Decazeville. Nombre de communes membres : 12, dont Aubin et Firmi. Population totale au 1er janvier 2022 : 18 900 habitants.

        ## Comptes 2022 du budget principal

        | Poste | Montant (milliers d'€) | Par habitant (€) |
        | Produits de fonctionnement | 17 840 | 944 |
        | dont impôts et taxes | 9 120 | 483 |
        | Charges de fonctionnement | 15 960 | 844 |
        | Capacité d'autofinancement brute | 1 880 | 99 |
        | Dépenses d'équipement | 4 230 | 224 |
        | Encours de la dette au 31 décembre | 11 070 | 586 |

        ## Note

        Les montants proviennent du compte de gestion tenu par le comptable public. Ils ne comprennent pas les budgets annexes, notamment ceux de l'assainissement et des zones d'activités, qui font l'objet de fiches distinctes. Les ratios par habitant sont calculés sur la population totale du groupement.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Données publiées le 18/07/2023" };
}

/// <summary>GP3A (CA Guingamp-Paimpol Agglomération) by its acronym and once its full name; Guingamp, Paimpol and Bégard are context; the Trieux is the river; the Armor and the Argoat are landscapes.</summary>
public sealed class Gp3aProgrammeLocalHabitat2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("gp3a-programme-local-habitat-2024.pdf",
        "Programme local de l'habitat 2024-2029 : document d'orientations", "Guingamp-Paimpol Agglomération", "2024-02-13",
        DocumentTypeLabels.Rapport, Themes.Social, "https://gp3a.example/habitat/plh-2024.pdf",
        "GP3A - programme local de l'habitat", "résidences secondaires du littoral", """
        ## Le cadre

        Le programme local de l'habitat de Guingamp-Paimpol Agglomération de l'Armor à l'Argoat, dite GP3A, couvre ses 57 communes et 73 000 habitants pour la période 2024-2029. Il fait suite à un premier programme adopté après la fusion de 2017. Le conseil communautaire l'a arrêté le 6 février, après un diagnostic partagé avec les communes.

        ## Les enjeux

        Deux marchés du logement coexistent. Sur le littoral, autour de Paimpol et de l'estuaire du Trieux, les résidences secondaires du littoral représentent 28 % du parc et les prix ont augmenté de 40 % en cinq ans. Dans l'intérieur, autour de Guingamp et de Bégard, la vacance dépasse 11 % dans les centres-bourgs et de nombreuses maisons anciennes sont à rénover.

        ## Les orientations

        GP3A se fixe un objectif de 330 logements par an, dont un quart de logements sociaux, et consacre 2,4 millions d'euros par an aux aides à la rénovation. Elle crée un observatoire du foncier, soutient l'achat de biens vacants par les communes et encadrera, avec elles, le développement des meublés de tourisme sur le littoral.
        """) with { Hyphenate = true };
}

/// <summary>Terres Touloises, the coined name of the CC Terres Touloises; Toul (seat), Écrouves and Nancy are context; the Moselle is the river (also a département, not a subject).</summary>
public sealed class TerresTouloisesProjetTerritoire2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("terres-touloises-projet-territoire-2023.html",
        "Projet de territoire 2023-2030 : les Terres Touloises se projettent", "Communauté de communes Terres Touloises", "2023-12-05",
        DocumentTypeLabels.Page, Themes.Geo, "https://terrestouloises.example/projet-de-territoire", """
        ## Un projet construit avec les habitants

        Après dix-huit mois de travail, le conseil communautaire des Terres Touloises a adopté son projet de territoire pour 2023-2030. La démarche a associé les maires des 41 communes, les conseils de développement et 1 200 habitants, consultés par questionnaire et lors de six ateliers organisés de Toul à Écrouves et dans les villages des côtes de Moselle.

        ## Quatre ambitions

        Le projet s'organise autour de quatre ambitions : maintenir l'emploi industriel et logistique, développer une agriculture tournée vers les circuits courts, rénover les logements anciens des centres-bourgs et garantir l'accès aux soins. La communauté veut aussi mieux tirer parti de sa position, à vingt minutes de Nancy, sans devenir une simple banlieue résidentielle.

        ## La mise en œuvre

        Chaque ambition est déclinée en fiches actions avec un calendrier et un budget. Un comité de suivi, ouvert aux habitants, se réunira chaque année. Les premières réalisations concernent un pôle de santé à Toul et une légumerie intercommunale qui fournira les cantines scolaires.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>The Métropole Rouen Normandie ("Normandie" is part of the name; the région is not a subject); Rouen, Elbeuf and Le Grand-Quevilly are context; the Seine is the river.</summary>
public sealed class MetropoleRouenCompteAdministratif2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("metropole-rouen-normandie-compte-administratif-2023.pdf",
        "Compte administratif 2023 : rapport de présentation", "Métropole Rouen Normandie", "2024-06-24",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://metropole-rouen-normandie.example/ca-2023.pdf",
        "Métropole Rouen Normandie - compte administratif 2023", "réseau de transport en commun", """
        ## Vue d'ensemble

        Le compte administratif 2023 de la Métropole Rouen Normandie retrace l'exécution du budget principal et des budgets annexes de l'établissement, qui regroupe 71 communes et près de 500 000 habitants de part et d'autre de la Seine. Les dépenses réelles consolidées atteignent 1,02 milliard d'euros.

        ## Le fonctionnement

        Les recettes de fonctionnement progressent de 4,1 %, portées par la fraction de TVA et le versement mobilité. Les dépenses augmentent plus vite, de 5,6 %, sous l'effet des prix de l'énergie et de la revalorisation du point d'indice. L'épargne brute se replie à 128 millions d'euros, soit 15 % des recettes.

        ## Les investissements

        La métropole a investi 298 millions d'euros. Les principales opérations concernent le réseau de transport en commun, avec l'achat de bus à hydrogène, la rénovation du pont de la rive gauche à Rouen, la création d'une voie cyclable entre Elbeuf et Le Grand-Quevilly et la modernisation des usines d'eau potable. La dette atteint 1,1 milliard d'euros et la capacité de désendettement, de 8,6 années, reste en deçà du seuil d'alerte.
        """);
}

/// <summary>Former EPCI (2014): the CC du Grand Villefranchois, today the CC Ouest Aveyron Communauté (gazetteer: former name) -> today's code; Villefranche-de-Rouergue (seat), Rodez and the Aveyron (river) are context.</summary>
public sealed class CcGrandVillefranchoisRapport2014 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("cc-grand-villefranchois-rapport-2014.pdf",
        "Rapport d'activité 2014", "Communauté de communes du Grand Villefranchois", "2015-06-16",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://grand-villefranchois.example/rapport-2014.pdf",
        "CC du Grand Villefranchois - rapport d'activité 2014", "centre aquatique", """
        ## L'année 2014

        L'année 2014 a été marquée, pour la communauté de communes du Grand Villefranchois, par le renouvellement du conseil communautaire après les élections municipales de mars. Le nouveau conseil, présidé par un élu de Villefranche-de-Rouergue, ville-centre et siège, a défini ses priorités pour le mandat : l'économie, la petite enfance et les équipements sportifs.

        ## Les réalisations

        Le centre aquatique intercommunal a accueilli 126 000 entrées, dont 38 000 scolaires. La crèche communautaire a été agrandie de douze places. La communauté a aménagé une nouvelle tranche de la zone d'activités de la Glèbe, où quatre entreprises se sont installées, et a soutenu la reprise d'une fromagerie. Le service d'instruction des permis de construire a traité 410 dossiers.

        ## Les finances

        Le budget principal s'élève à 14 millions d'euros. La fiscalité professionnelle unique représente 46 % des recettes. L'endettement reste faible. Le rapport évoque les discussions avec les communautés voisines des vallées de l'Aveyron et du Lot, en vue d'un élargissement du périmètre demandé par l'État, et rappelle que Rodez reste le pôle hospitalier de référence.
        """) with { InfoTitle = "" };
}
