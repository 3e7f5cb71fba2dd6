using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind14 territory split (issue 13): intercommunalities by full name, seat, adjective, landscape or common words; former EPCI; a table of member communes.
namespace SampleGenerator.Content.TerritoryBlind14;

/// <summary>"L'agglomération drouaise" = the CA Agglo du Pays de Dreux, named by its seat and adjective (full name once); Dreux, Vernouillet and Anet are context; Chartres (the agglomération chartraine) is a comparison; the Eure-et-Loir, the Eure and the Yvelines are context; Île-de-France (région parisienne), Paris, the Hauts-de-Seine, Saint-Quentin-en-Yvelines and Mantes are commuting destinations (context); Centre-Val de Loire appears in the lead and the URL.</summary>
public sealed class InseeAgglomerationDrouaise2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("insee-agglomeration-drouaise-navetteurs-2024.html",
        "Dans l'agglomération drouaise, un actif sur trois travaille en Île-de-France", "INSEE", "2024-03-28",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/centre-val-de-loire-drouais-navetteurs", """
        ## Un territoire tourné vers l'est

        L'Agglo du Pays de Dreux regroupe 81 communes et près de 119 000 habitants, aux confins de l'Eure-et-Loir, de l'Eure et des Yvelines. En 2020, 14 700 de ses actifs occupés travaillaient dans la région parisienne, soit 31 % du total. Cette proportion est deux fois plus élevée que dans l'agglomération chartraine, pourtant plus proche de Paris par le train.

        Les navetteurs drouais se dirigent d'abord vers les Yvelines, notamment vers les zones d'emploi de Saint-Quentin-en-Yvelines et de Mantes, puis vers Paris et les Hauts-de-Seine. Les trois quarts utilisent leur voiture ; le train ne représente que 16 % des déplacements, malgré la ligne directe entre Dreux et la gare Montparnasse.

        ## Des profils différents selon les communes

        Dans la ville-centre et à Vernouillet, une grande partie des actifs travaille sur place, dans l'industrie pharmaceutique, la logistique ou les services publics. Dans les communes rurales du nord, autour d'Anet, la dépendance à l'Île-de-France est beaucoup plus forte : plus de 45 % des actifs y franchissent chaque jour la limite régionale.

        ## Des emplois locaux moins qualifiés

        L'agglomération offre 39 000 emplois, pour 52 000 actifs résidents. Les cadres y sont sous-représentés : ils occupent 11 % des emplois locaux, contre 17 % dans l'agglomération de Chartres. Les actifs les plus qualifiés sont aussi ceux qui partent le plus souvent travailler en région parisienne, où les salaires sont plus élevés.

        ## Les effets sur le territoire

        Ces déplacements allongent les journées : un navetteur drouais parcourt en moyenne 54 kilomètres pour se rendre au travail. Ils soutiennent aussi le revenu des ménages et la construction de logements individuels dans les communes proches des axes routiers. L'agglomération a engagé avec la région une réflexion sur le cadencement des trains et sur la création de parkings de covoiturage.

        ## Source

        Recensement de la population 2020, exploitation complémentaire ; fichier des déplacements domicile-travail.
        """) with { Meta = HtmlMeta.Citation, Lead = "Centre-Val de Loire — Les déplacements domicile-travail dans le Drouais.", Breadcrumb = ["Statistiques", "Études régionales"] };
}

/// <summary>The CA du Grand Verdun (Meuse); Verdun (seat), Belleville-sur-Meuse and Thierville-sur-Meuse are context; Verdun-sur-Garonne, Verdun-sur-le-Doubs and Verdun (Ariège) are named to rule them out; the Meuse is the river and the département (context); Douaumont is a memorial site.</summary>
public sealed class GrandVerdunRapportOrientations2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("grand-verdun-rapport-orientations-budgetaires-2024.pdf",
        "Rapport d'orientations budgétaires 2024 de la communauté d'agglomération du Grand Verdun", "Communauté d'agglomération du Grand Verdun", "2024-02-15",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://grandverdun.example/rob-2024.pdf",
        "Grand Verdun - rapport d'orientations budgétaires 2024", "pacte financier", """
        ## Préambule

        Le présent rapport ouvre le débat d'orientations budgétaires du conseil communautaire du Grand Verdun. Il présente l'environnement économique, la situation financière de la communauté d'agglomération et ses engagements pluriannuels. Il ne concerne que l'agglomération meusienne : les collectivités homonymes de Verdun-sur-Garonne, de Verdun-sur-le-Doubs ou de Verdun dans l'Ariège n'ont aucun lien avec notre établissement, malgré les confusions fréquentes dans les bases de données nationales.

        ## La situation financière

        L'agglomération compte 25 communes et 28 300 habitants. Ses recettes réelles de fonctionnement atteignent 31,2 millions d'euros en 2023. La fiscalité économique, très dépendante de quelques établissements industriels de la vallée de la Meuse, a progressé de 3 %, tandis que la dotation globale de fonctionnement reste stable. L'épargne brute s'établit à 3,9 millions d'euros, soit un taux de 12,5 %.

        ## Les priorités de 2024

        - L'achèvement du centre aquatique intercommunal de Thierville-sur-Meuse, pour 6,8 millions d'euros.
        - La rénovation de la gare routière de Verdun et le renforcement des lignes vers Belleville-sur-Meuse.
        - Le développement de l'accueil touristique autour des sites de mémoire, dont Douaumont, en lien avec l'office de tourisme communautaire.
        - La mise en œuvre du programme local de l'habitat, centré sur la remise sur le marché des logements vacants.

        ## Les relations financières avec les communes

        Un pacte financier et fiscal sera proposé avant l'été. Il doit préciser le partage du produit de la taxe foncière sur les propriétés bâties des zones d'activités et les critères de la dotation de solidarité communautaire, qui bénéficie aujourd'hui surtout à la ville-centre.

        ## La dette

        L'encours atteint 18,6 millions d'euros, soit une capacité de désendettement de 4,8 années. Un emprunt de 4 millions d'euros est prévu en 2024 pour le centre aquatique.

        ## Les ressources humaines

        La communauté d'agglomération emploie 312 agents. La masse salariale progressera de 4,2 % en 2024, sous l'effet des revalorisations nationales et de la création de quatre postes pour le centre aquatique. Le temps de travail de l'ensemble des agents est conforme à la durée légale.
        """) with { Byline = ["Conseil communautaire du 22 février 2024"], Hyphenate = true };
}

/// <summary>The CA Lisieux Normandie ("Normandie" in its name; the région is not a subject); Lisieux (seat), Livarot-Pays-d'Auge, Orbec and Mézidon Vallée d'Auge are context; the pays d'Auge is a landscape; the Touques is the river; the Calvados is context; Caen is a comparison.</summary>
public sealed class LisieuxNormandiePcaet2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("lisieux-normandie-plan-climat-2023.pdf",
        "Plan climat-air-énergie territorial : diagnostic et stratégie", "Communauté d'agglomération Lisieux Normandie", "2023-09-18",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://lisieux-normandie.example/pcaet-diagnostic.pdf",
        "Lisieux Normandie - PCAET", "émissions de gaz à effet de serre", """
        ## Pourquoi un plan climat

        La loi impose aux intercommunalités de plus de 20 000 habitants d'adopter un plan climat-air-énergie territorial. Lisieux Normandie, communauté d'agglomération de 53 communes et de 74 500 habitants au cœur du pays d'Auge, a engagé le sien en 2021. Le présent document résume le diagnostic et la stratégie adoptés par le conseil communautaire.

        ## Le diagnostic

        Le territoire émet environ 640 000 tonnes d'équivalent CO2 par an, soit 8,6 tonnes par habitant. L'agriculture en est la première source (41 %), en raison de l'importance de l'élevage bovin laitier, suivie des transports routiers (27 %) et du résidentiel (16 %). Les prairies et les haies du bocage stockent une part notable de ces émissions, mais leur surface diminue lentement.

        La production d'énergie renouvelable couvre 9 % de la consommation, essentiellement grâce au bois de chauffage et à deux unités de méthanisation agricole, près de Livarot-Pays-d'Auge et d'Orbec. Le potentiel solaire des toitures industrielles de Lisieux et de Mézidon Vallée d'Auge est presque inexploité.

        ## La stratégie

        La communauté d'agglomération vise une baisse de 40 % des émissions de gaz à effet de serre d'ici 2035. Elle mise sur la rénovation de 600 logements par an, sur le développement du covoiturage vers Caen, où travaillent de nombreux habitants, et sur la multiplication par trois de la production renouvelable.

        ## La qualité de l'air

        Les concentrations de polluants respectent les seuils réglementaires, sauf ponctuellement pour les particules fines en hiver, dans la vallée de la Touques, où le chauffage au bois ancien est répandu. Un fonds d'aide au remplacement des foyers ouverts sera créé.

        ## Suite

        Le programme d'actions détaillé, comprenant 38 fiches, sera soumis à la consultation du public puis à l'avis du préfet du Calvados et de l'autorité environnementale.

        ## La concertation

        Le diagnostic a été présenté lors de six réunions publiques et d'un forum des acteurs économiques. Plus de trois cents contributions ont été recueillies ; elles portent en majorité sur les mobilités et sur la rénovation des logements anciens.
        """) with { Masthead = ["Lisieux Normandie", "Service transition écologique"], InfoTitle = "" };
}

/// <summary>The CA Sarreguemines Confluences ("confluences" is also a common word); Sarreguemines (seat), Woustviller and Puttelange-aux-Lacs are context; Sarrebruck (Germany) is a neighbour; the Sarre and the Blies are rivers; the Moselle (a subject of another document here) is context; Forbach is a comparison.</summary>
public sealed class SarregueminesConfluencesMobilite2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("sarreguemines-confluences-plan-mobilite-2024.html",
        "Plan de mobilité simplifié : le réseau de bus et de vélos évolue en septembre", "Communauté d'agglomération Sarreguemines Confluences", "2024-06-20",
        DocumentTypeLabels.Page, Themes.Geo, "https://agglo-sarreguemines.example/actualites/plan-mobilite-2024", """
        ## Un plan adopté après concertation

        Le conseil communautaire de Sarreguemines Confluences a adopté le 13 juin son plan de mobilité simplifié. Ce document fixe, pour dix ans, les orientations de l'agglomération en matière de transports collectifs, de vélo, de covoiturage et de stationnement sur ses 38 communes. Il a été élaboré après une concertation qui a réuni plus de 900 contributions.

        ## Ce qui change à la rentrée

        - Le réseau de bus urbain est restructuré autour de trois lignes principales, avec un passage toutes les vingt minutes en heure de pointe entre la gare de Sarreguemines, l'hôpital et la zone commerciale de Woustviller.
        - Le transport à la demande est étendu à toutes les communes rurales, y compris celles du secteur de Puttelange-aux-Lacs, le samedi.
        - Quarante vélos à assistance électrique supplémentaires sont proposés à la location de longue durée.

        ## Le transfrontalier

        Près de 4 000 habitants de l'agglomération travaillent en Allemagne, principalement à Sarrebruck. Le plan prévoit de renforcer la ligne de tramway-train qui relie les deux villes et d'aménager une véloroute continue le long de la Sarre. Un titre de transport commun avec le réseau sarrois est à l'étude.

        ## Les confluences, un atout

        L'agglomération doit son nom à la rencontre de la Sarre et de la Blies, au pied de la ville-centre. Ces vallées forment des itinéraires naturels pour les déplacements à vélo : le plan prévoit de relier les confluences par un réseau de pistes sécurisées de 45 kilomètres d'ici 2030.

        ## Les chiffres

        La voiture reste utilisée pour 78 % des déplacements, une part comparable à celle observée dans l'agglomération de Forbach. L'objectif est de ramener cette part à 70 % en 2034, ce qui suppose de doubler la fréquentation des bus.

        Les nouveaux horaires et le plan du réseau seront distribués dans toutes les boîtes aux lettres à la fin du mois d'août. Une application mobile permettra d'acheter les titres et de suivre les bus en temps réel.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Actualités", "Mobilités"] };
}

/// <summary>The CC Coutances Mer et Bocage ("mer" and "bocage" are common words); Coutances (seat), Agon-Coutainville and Gavray-sur-Sienne are context; Saint-Lô is context; the Manche is the département (context) and the sea; the havre de Regnéville is a landscape; the Sienne is the river.</summary>
public sealed class CoutancesMerBocageEau2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("coutances-mer-et-bocage-rpqs-eau-2023.html",
        "Prix et qualité du service de l'eau potable : rapport 2023", "Communauté de communes Coutances Mer et Bocage", "2024-06-28",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://communaute-coutances.example/eau/rpqs-2023", """
        ## Le service

        Depuis le 1er janvier 2020, la communauté de communes Coutances Mer et Bocage exerce la compétence eau potable sur l'ensemble de ses 48 communes. Elle dessert 27 600 abonnés, de la ville de Coutances aux stations balnéaires de la côte et aux villages de l'intérieur. Le service est exploité en régie sur la plus grande partie du territoire et par délégation sur l'ancien périmètre du syndicat de Gavray-sur-Sienne, jusqu'à la fin du contrat en 2026.

        ## La ressource

        L'eau provient de onze captages en nappe et d'une prise d'eau dans la Sienne. En été, la consommation des communes littorales, comme Agon-Coutainville, triple sous l'effet de la population touristique. Des interconnexions avec le réseau départemental permettent d'acheminer de l'eau depuis les environs de Saint-Lô lorsque la ressource locale ne suffit pas.

        ## La qualité

        Sur 642 prélèvements réalisés par l'agence régionale de santé, 99,2 % étaient conformes pour les paramètres microbiologiques. Deux captages du bocage présentent des teneurs en nitrates proches de la limite réglementaire ; un programme d'actions avec les agriculteurs a été engagé sur leurs aires d'alimentation.

        ## Le prix

        Pour une consommation de référence de 120 mètres cubes, le prix de l'eau potable s'établit à 2,31 euros par mètre cube toutes taxes comprises au 1er janvier 2024. Une convergence progressive des tarifs hérités des anciens syndicats est en cours ; elle s'achèvera en 2027.

        ## Le réseau

        Le rendement du réseau atteint 82 %. La communauté a renouvelé 14 kilomètres de canalisations, notamment près du havre de Regnéville, où la corrosion liée à l'air marin use prématurément les conduites. La mer et le bocage imposent ainsi des contraintes très différentes au même service.

        ## Les abonnés

        Le service a traité 1 340 demandes d'abonnés en 2023, pour des branchements, des déménagements ou des contestations de facture. Le délai moyen d'ouverture d'un nouveau branchement est de huit jours. Les abonnés peuvent opter pour la mensualisation et consulter leur consommation en ligne.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Services", "Eau potable", "Rapports annuels"] };
}

/// <summary>The CC Morvan Sommets et Grands Lacs (Nièvre), named by its landscape; Château-Chinon (Ville) (seat), Montsauche-les-Settons and Lormes are context; the CC Avallon, Vézelay, Morvan (Yonne) is named to rule it out; the lac des Settons and the lac de Pannecière are landscapes; the Morvan is a landscape and a parc naturel régional; the Nièvre is context.</summary>
public sealed class MorvanSommetsGrandsLacs2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("cc-morvan-sommets-grands-lacs-rapport-activite-2023.pdf",
        "Rapport d'activité 2023 de la communauté de communes Morvan Sommets et Grands Lacs", "Communauté de communes Morvan Sommets et Grands Lacs", "2024-06-03",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://morvan-sommets-grandslacs.example/rapport-2023.pdf",
        "Morvan Sommets et Grands Lacs - rapport d'activité 2023", "maison de santé", """
        ## Le territoire

        La communauté de communes Morvan Sommets et Grands Lacs réunit 34 communes et 12 600 habitants au cœur du massif, autour des lacs des Settons et de Pannecière. Son siège est à Château-Chinon (Ville). Elle ne doit pas être confondue avec la communauté de communes Avallon, Vézelay, Morvan, située dans l'Yonne, de l'autre côté du massif.

        ## Les compétences exercées

        La communauté gère la collecte des déchets, l'assainissement non collectif, les équipements sportifs, la petite enfance, le tourisme et le développement économique. Elle a repris en 2023 la gestion de la base nautique de Montsauche-les-Settons, auparavant confiée à une association.

        ## Les faits marquants de l'année

        - Ouverture de la maison de santé de Lormes, qui accueille trois médecins généralistes et une équipe paramédicale.
        - Mise en service d'une nouvelle déchetterie, accessible aux professionnels.
        - Lancement d'une opération programmée d'amélioration de l'habitat pour cinq ans, avec un objectif de 150 logements rénovés.
        - Accueil de 212 000 visiteurs dans les bureaux d'information touristique, un record.

        ## Les finances

        Le budget principal s'élève à 9,4 millions d'euros en fonctionnement et 5,1 millions en investissement. La faiblesse des bases fiscales du territoire, l'un des plus ruraux de la région, rend la communauté très dépendante des dotations de l'État et des subventions du département de la Nièvre et de la région.

        ## Les défis

        La population a diminué de 8 % en dix ans et vieillit rapidement. Le conseil communautaire a fait de l'accueil de nouveaux habitants sa priorité, en lien avec le parc naturel régional du Morvan, qui accompagne les porteurs de projets touristiques et agricoles.

        ## Le personnel

        La communauté emploie 96 agents, dont une vingtaine de saisonniers pendant l'été pour les équipements touristiques. La difficulté à recruter des professionnels de la petite enfance a conduit à réduire temporairement l'amplitude d'ouverture d'une crèche. Un plan de formation a été adopté pour la période 2024-2026.
        """) with { Masthead = ["Communauté de communes", "Morvan Sommets et Grands Lacs"] };
}

/// <summary>Former EPCI (2019): the CC de Flandre Intérieure, today the CA Cœur de Flandre (gazetteer: former name) -> today's code; Hazebrouck (seat), Bailleul and Steenvoorde are context; Lille (the métropole lilloise) is a comparison; Dunkerque is context; the Flandre is a landscape (also Belgian Flanders, a neighbour); the Nord is context.</summary>
public sealed class CcFlandreInterieureZonesActivite2019 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("cc-flandre-interieure-zones-activite-2019.html",
        "Zones d'activités : la communauté de communes dresse l'inventaire de ses réserves foncières", "Communauté de communes de Flandre Intérieure", "2019-05-14",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://cc-flandreinterieure.example/economie/inventaire-zones-2019", """
        ## Un inventaire imposé par la loi

        La communauté de communes de Flandre Intérieure gère depuis 2017 l'ensemble des zones d'activités économiques de ses 50 communes. Conformément à la loi, elle a réalisé l'inventaire de ces zones, de leur occupation et des terrains encore disponibles. Les résultats ont été présentés au conseil communautaire réuni à Hazebrouck le 9 mai 2019.

        ## Les résultats

        Le territoire compte 37 zones d'activités, couvrant 640 hectares. Le taux d'occupation atteint 91 %. Les zones les plus importantes se situent le long de l'autoroute A25, à Bailleul et à Steenvoorde, et autour de la gare d'Hazebrouck. Il ne reste que 58 hectares commercialisables, dont une vingtaine seulement sont équipés et disponibles immédiatement.

        ## Une demande soutenue

        La communauté a reçu 74 demandes d'implantation en 2018, dont un tiers émanait d'entreprises de logistique attirées par la proximité de Lille, de Dunkerque et de la frontière belge. Faute de terrains, une quinzaine de projets n'ont pu être accueillis. Les prix restent toutefois nettement inférieurs à ceux pratiqués dans la métropole lilloise.

        ## Les orientations

        Le conseil communautaire a retenu trois orientations : densifier les zones existantes, requalifier les friches industrielles avant toute extension, et réserver les nouveaux terrains aux entreprises productives plutôt qu'aux entrepôts. Une nouvelle zone de 25 hectares est envisagée au sud d'Hazebrouck, sous réserve de l'avis de la chambre d'agriculture, qui s'inquiète de la disparition des terres de la plaine flamande.

        ## Et demain

        Les élus étudient par ailleurs la transformation de la communauté de communes en communauté d'agglomération, qui permettrait d'organiser un réseau de transport collectif et de percevoir une dotation plus élevée.

        L'inventaire sera mis à jour tous les six ans, comme le prévoit la loi. Il est consultable au siège de la communauté de communes et sur son site internet, avec la carte de chaque zone.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 14/05/2019", ArticleOnly = true };
}

/// <summary>Former EPCI (2017): the CC Loire, Vignobles et Nohain, today the CC Cœur de Loire (gazetteer: former name) -> today's code; Cosne-Cours-sur-Loire (seat), Pouilly-sur-Loire and Donzy are context; Sancerre (Cher) is a neighbour; the Loire (river; also a département, a subject of another document here) and the Nohain are rivers; the Nièvre is context.</summary>
public sealed class CcLoireVignoblesNohain2016 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("cc-loire-vignobles-nohain-schema-mutualisation-2016.pdf",
        "Schéma de mutualisation des services : rapport au conseil communautaire", "Communauté de communes Loire, Vignobles et Nohain", "2016-03-30",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://cc-lvn.example/schema-mutualisation-2016.pdf",
        "CC Loire, Vignobles et Nohain - schéma de mutualisation", "service commun", """
        ## Le contexte

        La loi de 2010 a demandé à chaque communauté de communes d'établir un rapport relatif aux mutualisations de services entre ses services et ceux de ses communes membres. La communauté de communes Loire, Vignobles et Nohain, qui rassemble 18 communes autour de Cosne-Cours-sur-Loire, présente ici son schéma, adopté après avis des conseils municipaux.

        ## L'état des lieux

        La ville de Cosne-Cours-sur-Loire, qui compte à elle seule plus de la moitié de la population, dispose de services étoffés. Les autres communes, à l'exception de Pouilly-sur-Loire et de Donzy, n'emploient qu'un ou deux agents. Plusieurs coopérations existent déjà de manière informelle : prêt de matériel, remplacements de secrétaires de mairie, commandes groupées de fournitures.

        ## Les mutualisations proposées

        - Un service commun d'instruction des autorisations d'urbanisme, installé à Cosne-Cours-sur-Loire, opérationnel dès le 1er juillet 2016.
        - Un groupement de commandes pour l'entretien des voiries et l'achat d'énergie.
        - Un service commun des ressources humaines, chargé de la paie et des carrières pour les communes qui le souhaitent.
        - Une brigade d'agents techniques partagée pour les espaces verts des communes des vignobles de Pouilly.

        ## Les effets attendus

        Le schéma doit permettre de faire face au désengagement de l'État en matière d'urbanisme et de réaliser environ 120 000 euros d'économies par an à partir de 2018. Il tient compte du projet de fusion avec une communauté voisine, prévu par le schéma départemental de coopération intercommunale de la Nièvre, qui pourrait modifier le périmètre au 1er janvier 2017.

        ## Le suivi

        Un bilan sera présenté chaque année lors du débat d'orientations budgétaires. Les élus ont également souhaité associer à la réflexion les communes voisines du Cher, autour de Sancerre, pour les questions touristiques liées au vignoble et à la Loire.

        ## Les agents

        Les agents concernés par les services communs ont été reçus individuellement. Ceux qui rejoindront un service commun conserveront leur rémunération et leurs avantages acquis. Le comité technique a rendu un avis favorable au schéma.
        """) with { Masthead = ["Communauté de communes Loire, Vignobles et Nohain", "Nièvre"], InfoDates = false };
}

/// <summary>Former EPCI (2017): the CC La Clayette Chauffailles en Brionnais, today the CC Brionnais Sud Bourgogne (gazetteer: former name) -> today's code; La Clayette and Chauffailles (seats) are context; Charolles and Roanne are context; the Brionnais is a landscape; the Saône-et-Loire (a subject of another document here) is context.</summary>
public sealed class CcClayetteChauffailles2017 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("cc-la-clayette-chauffailles-brionnais-haut-debit-2017.html",
        "Très haut débit : les premiers villages raccordés à la fibre", "Communauté de communes La Clayette Chauffailles en Brionnais", "2017-10-12",
        DocumentTypeLabels.Page, Themes.Geo, "https://cc-clayette-chauffailles.example/actualites/fibre-2017", """
        ## Les travaux avancent

        La communauté de communes La Clayette Chauffailles en Brionnais, née au 1er janvier 2017 de la fusion des deux anciennes communautés du sud du Brionnais, annonce le raccordement des premiers foyers à la fibre optique. Depuis le 2 octobre, 1 450 logements et entreprises de Chauffailles et de trois communes voisines peuvent souscrire un abonnement auprès des opérateurs présents sur le réseau public.

        ## Un réseau public

        Dans les zones rurales, aucun opérateur privé ne s'était engagé à déployer la fibre. C'est donc le réseau d'initiative publique, porté par le département de Saône-et-Loire avec le soutien de la région et de l'État, qui finance l'essentiel des travaux. La communauté de communes y contribue à hauteur de 420 euros par prise, soit 2,3 millions d'euros sur six ans.

        ## Le calendrier

        | Secteur | Nombre de prises | Ouverture commerciale |
        | Chauffailles et environs | 1 450 | octobre 2017 |
        | La Clayette et environs | 1 880 | juin 2018 |
        | Communes des monts du Brionnais | 2 100 | 2019-2020 |
        Source : communauté de communes, calendrier prévisionnel

        ## Et en attendant

        Pour les hameaux qui ne seront pas raccordés avant 2020, la communauté propose une aide de 150 euros à l'équipement en internet par satellite ou par la 4G fixe. Les demandes se font auprès des services installés à La Clayette.

        ## Une question de cohérence

        Les élus rappellent que le raccordement des zones d'activités, essentiel pour les entreprises du textile et de la mécanique, est prioritaire. Ils ont demandé au département que les liaisons vers Charolles et vers Roanne soient renforcées, afin que le territoire ne reste pas à l'écart des grands axes numériques.

        Pour vérifier l'éligibilité de votre logement, rendez-vous sur la carte interactive du réseau public ou contactez le service numérique de la communauté de communes. Un technicien peut également se déplacer pour les entreprises.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "12 octobre 2017", Breadcrumb = ["Actualités", "Numérique"] };
}

/// <summary>Table with one row per member commune of the CC des Causses à l'Aubrac (Aveyron; Sévérac d'Aveyron, Saint Geniez d'Olt et d'Aubrac, Laissac-Sévérac l'Église, ... as rows) -> the EPCI, not its rows; Rodez is context; the CC de Millau Grands Causses is a comparison; the Aubrac and the causses are landscapes; the Lot (Olt) is the river; the Aveyron is the département (context) and a river.</summary>
public sealed class CcCaussesAubracPopulation2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("cc-causses-aubrac-populations-legales-2024.pdf",
        "Populations légales 2021 des communes membres et répartition des sièges", "Communauté de communes des Causses à l'Aubrac", "2024-01-30",
        DocumentTypeLabels.Dataset, Themes.Geo, "https://causses-aubrac.example/populations-2021.pdf",
        "Communauté de communes des Causses à l'Aubrac - populations légales", "accord local", """
        ## Objet

        Les populations légales millésimées 2021, entrées en vigueur le 1er janvier 2024, servent de base à de nombreux calculs : dotations, contributions des communes aux services communs et, le moment venu, répartition des sièges au conseil communautaire. Le tableau suivant présente la population de chacune des 17 communes membres de la communauté des Causses à l'Aubrac et le nombre de sièges dont elle dispose en application de l'accord local de 2019.

        | Commune | Population 2021 | Sièges |
        | Sévérac d'Aveyron | 4 026 | 8 |
        | Saint Geniez d'Olt et d'Aubrac | 2 142 | 5 |
        | Laissac-Sévérac l'Église | 2 141 | 5 |
        | Bertholène | 1 043 | 3 |
        | Palmas d'Aveyron | 1 026 | 3 |
        | Saint-Laurent-d'Olt | 623 | 2 |
        | Castelnau-de-Mandailles | 565 | 2 |
        | … | … | … |
        | La Capelle-Bonance | 95 | 1 |
        | Ensemble | 14 895 | 42 |
        Source : Insee, populations légales 2021 ; arrêté préfectoral de composition du conseil

        ## Lecture

        La communauté a gagné 140 habitants par rapport au recensement précédent. La croissance est concentrée dans les communes situées le long de l'autoroute A75 et de la route de Rodez, tandis que les villages de l'Aubrac continuent de perdre des habitants. Les écarts de taille restent considérables : la plus grande commune est quarante fois plus peuplée que la plus petite.

        ## Conséquences

        Les contributions des communes au service commun d'urbanisme seront recalculées selon ces chiffres à partir de l'exercice 2024. La répartition des sièges ne changera qu'au prochain renouvellement général des conseils municipaux. Une comparaison avec la communauté de Millau Grands Causses, voisine, figure en annexe.

        ## Définitions

        La population municipale comprend les personnes ayant leur résidence habituelle sur le territoire de la commune. La population totale y ajoute la population comptée à part, comme les étudiants logés ailleurs ou les personnes résidant en établissement dans une autre commune. Les chiffres du tableau sont ceux de la population municipale.

        Le tableau complet, avec les dix-sept communes, est annexé à la délibération du conseil communautaire du 25 janvier 2024.
        """) with { Masthead = ["Communauté de communes des Causses à l'Aubrac", "Aveyron"] };
}
