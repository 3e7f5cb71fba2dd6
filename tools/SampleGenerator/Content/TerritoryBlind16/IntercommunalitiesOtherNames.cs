using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind16 territory split (issue 13): intercommunalities named like a département, by an acronym or a brand, by a seat adjective,
// by a landscape written "Ste-", by a former name; several span two départements.
namespace SampleGenerator.Content.TerritoryBlind16;

/// <summary>The CA Hérault-Méditerranée, named fully once, then "l'agglomération" and "la communauté d'agglomération"; its name holds the département's (the Hérault, context, and the river); Agde, Pézenas, Vias, Florensac, Bessan and Saint-Thibéry are context; Béziers and Montpellier are context.</summary>
public sealed class HeraultMediterraneeSante2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("herault-mediterranee-aides-installation-medecins-2024.html",
        "Hérault Méditerranée : des aides pour attirer les médecins généralistes", "Agglomération Hérault Méditerranée", "2024-03-12",
        DocumentTypeLabels.Page, Themes.Social, "https://agglo-herault-mediterranee.example/aides-installation-medecins", """
        ## Un territoire qui manque de médecins

        La communauté d'agglomération Hérault-Méditerranée compte 80 000 habitants, dont la population triple en été sur le littoral d'Agde et de Vias. Le nombre de médecins généralistes a diminué de 14 % en six ans et un tiers d'entre eux ont plus de 60 ans. Dans les villages de l'intérieur, comme Florensac ou Saint-Thibéry, certains patients n'ont plus de médecin traitant.

        ## Les aides de l'agglomération

        Le conseil communautaire a adopté le 4 mars 2024 un dispositif d'aide à l'installation :
        - une prime de 15 000 euros pour tout médecin qui s'installe pour au moins cinq ans ;
        - la prise en charge du loyer du cabinet pendant deux ans dans les maisons de santé ;
        - un logement meublé pour les internes en stage, à Pézenas et à Bessan ;
        - un accompagnement pour l'emploi du conjoint et la scolarité des enfants.

        ## Les maisons de santé

        L'agglomération soutient cinq maisons de santé pluriprofessionnelles et en prépare deux autres. Elle travaille avec les facultés de médecine de Montpellier et avec le centre hospitalier de Béziers pour accueillir davantage d'étudiants en stage.

        ## Les résultats attendus

        L'objectif est d'installer douze nouveaux médecins d'ici 2027. Un premier bilan sera présenté en conseil communautaire à la fin de l'année 2025. Les médecins intéressés peuvent contacter le service santé de la communauté d'agglomération, qui organise des visites du territoire et les met en relation avec les professionnels déjà installés.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Santé"] };
}

/// <summary>The CA de la Presqu'île de Guérande Atlantique, named fully once, then "Cap Atlantique"; it spans the Loire-Atlantique and the Morbihan (both context); Guérande, La Baule-Escoublac, Le Croisic, La Turballe, Herbignac, Férel and Pénestin are context; the marais salants and the Brière are landscapes; Saint-Nazaire is context; the Vilaine is the river.</summary>
public sealed class CapAtlantiqueMaraisSalants2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("cap-atlantique-programme-marais-salants-2023.pdf",
        "Programme de préservation des marais salants et des zones humides littorales 2023-2028", "Cap Atlantique", "2023-07-11",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://cap-atlantique.example/programme-marais-salants-2023.pdf",
        "Cap Atlantique - marais salants 2023-2028", "paludiers", """
        ## Le territoire

        La communauté d'agglomération de la Presqu'île de Guérande Atlantique, dite Cap Atlantique, rassemble quinze communes de part et d'autre de l'estuaire de la Vilaine : douze en Loire-Atlantique, autour de Guérande et de La Baule-Escoublac, et trois dans le Morbihan, dont Férel et Pénestin. Son territoire abrite deux grands ensembles de marais salants, celui de Guérande et celui du Mès, ainsi qu'une partie des marais de Brière.

        ## Les enjeux

        Les marais salants sont exploités par près de 300 paludiers, qui récoltent le sel et la fleur de sel à la main. Leurs digues et leurs vasières sont menacées par la montée du niveau de la mer, par l'érosion et par l'envasement des chenaux. Les marais accueillent aussi une grande diversité d'oiseaux, protégés au titre du réseau Natura 2000.

        ## Le programme

        - Le confortement de 6 kilomètres de digues, en priorité au Croisic et à La Turballe.
        - Le curage des étiers qui alimentent les salines en eau de mer.
        - L'acquisition de salines abandonnées pour permettre l'installation de jeunes paludiers.
        - Le suivi des oiseaux nicheurs et la gestion de la fréquentation par les promeneurs.

        ## Le financement

        Le programme s'élève à 8,6 millions d'euros sur six ans. Cap Atlantique en finance 45 %, au titre de sa compétence de gestion des milieux aquatiques ; l'agence de l'eau, la Région et les deux départements apportent le reste. La coopérative des producteurs de sel participe à l'entretien des étiers.

        ## La gouvernance

        Un comité de pilotage associe les communes, dont Herbignac pour les marais de Brière, les paludiers, les associations de protection de la nature et les services de l'État. Un rapport d'avancement sera présenté chaque année au conseil communautaire. La ville de Saint-Nazaire, voisine, suit ces travaux pour ses propres zones humides de l'estuaire de la Loire.
        """) with { Masthead = ["Cap Atlantique", "Communauté d'agglomération de la Presqu'île de Guérande Atlantique"], Byline = ["Service environnement — juillet 2023"] };
}

/// <summary>The CU de Dunkerque, named fully once, then "la CUD" and "la communauté urbaine"; Dunkerque, Grande-Synthe, Gravelines and Coudekerque-Branche are context; the port of Dunkerque is a body (context); Lille and Calais are comparisons.</summary>
public sealed class CudGratuiteBus2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("cud-bilan-bus-gratuits-2023.html",
        "Bus gratuits : la CUD publie un nouveau bilan", "Communauté urbaine de Dunkerque", "2023-11-21",
        DocumentTypeLabels.Etude, Themes.Geo, "https://cud.example/bilan-bus-gratuits-2023", """
        ## Cinq ans de gratuité

        Depuis septembre 2018, les bus de la communauté urbaine de Dunkerque sont gratuits pour tous, tous les jours. La CUD a fait réaliser une nouvelle enquête auprès de 3 000 habitants de ses dix-sept communes pour mesurer les effets de cette politique.

        ## Les résultats

        - La fréquentation a augmenté de 85 % en semaine et a plus que doublé le week-end par rapport à 2017.
        - Un nouvel usager sur deux utilisait auparavant sa voiture.
        - Les jeunes et les retraités sont les premiers bénéficiaires, mais les actifs qui travaillent à Gravelines ou dans les usines du port utilisent aussi davantage les bus.
        - Les habitants de Grande-Synthe et de Coudekerque-Branche déclarent se rendre plus souvent au centre de Dunkerque.

        ## Le coût

        La gratuité a privé la communauté urbaine de 4,5 millions d'euros de recettes de billetterie par an. Le versement mobilité payé par les employeurs couvre l'essentiel des dépenses du réseau.

        ## Les comparaisons

        Les grandes agglomérations voisines, comme Lille, ont fait d'autres choix, avec des tarifs réduits selon les revenus. Calais a également instauré la gratuité de son réseau en 2020.

        ## Les suites

        La communauté urbaine prévoit d'augmenter la fréquence des lignes les plus chargées et de mieux relier les zones d'activités du littoral, où travaillent de nombreux salariés en horaires décalés. Elle étudie aussi l'achat de bus à hydrogène pour renouveler une partie de sa flotte d'ici 2028.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Mobilités", "Études"] };
}

/// <summary>The CA du Cotentin, named fully once, then "l'agglomération du Cotentin" and "la communauté d'agglomération"; "le Cotentin" is also a peninsula (landscape); Cherbourg-en-Cotentin, Valognes, La Hague, Les Pieux and Bricquebec-en-Cotentin are context (members, two with "Cotentin" in their names); the Manche is context; Saint-Lô is context.</summary>
public sealed class CotentinProjetAlimentaire2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("cotentin-restauration-collective-produits-locaux-2024.pdf",
        "Restauration collective : la part des produits locaux dans les cantines du Cotentin", "Communauté d'agglomération du Cotentin", "2024-05-07",
        DocumentTypeLabels.Etude, Themes.Durable, "https://lecotentin.example/etude-restauration-collective-2024.pdf",
        "Le Cotentin - restauration collective", "cuisines centrales", """
        ## L'objet de l'étude

        La communauté d'agglomération du Cotentin a conduit en 2023 une enquête auprès des 142 restaurants collectifs de son territoire : cantines scolaires, cuisines centrales, établissements pour personnes âgées et restaurants d'entreprise. L'objectif est de mesurer la part des produits locaux et de préparer un plan d'action, dans le cadre du projet alimentaire de l'agglomération.

        ## Les résultats

        Les restaurants collectifs servent 26 000 repas par jour. Les produits venant de la presqu'île représentent 19 % des achats en valeur, principalement des produits laitiers, de la viande bovine et des légumes de saison. Les produits de la mer, pourtant abondants dans les ports du Cotentin, ne représentent que 3 % des achats, faute d'une filière de transformation adaptée. La part des produits biologiques atteint 14 %, en dessous de l'objectif fixé par la loi.

        ## Les différences entre secteurs

        - Les cuisines centrales de Cherbourg-en-Cotentin et de Valognes ont signé des contrats avec des groupements de producteurs.
        - Les petites cantines rurales, autour de Bricquebec-en-Cotentin et des Pieux, achètent souvent en direct, mais sans contrat.
        - Les restaurants d'entreprise des sites industriels de La Hague s'approvisionnent surtout auprès de grossistes nationaux.

        ## Les propositions

        L'étude propose de créer une légumerie et un atelier de transformation du poisson, de regrouper les commandes des petites communes et de former les cuisiniers à la cuisine de produits bruts. L'agglomération du Cotentin pourrait financer ces équipements à hauteur de 1,8 million d'euros, avec l'aide de l'État et de la Région.

        ## Les suites

        Le conseil communautaire débattra de ces propositions en juin 2024. Les producteurs et les gestionnaires de restaurants seront réunis à l'automne, à Saint-Lô, avec la chambre d'agriculture de la Manche, pour organiser l'offre et les commandes. Un bilan sera publié chaque année.
        """) with { Masthead = ["Communauté d'agglomération du Cotentin"], Byline = ["Direction de l'agriculture et de l'alimentation"] };
}

/// <summary>The CA Alès Agglomération, named fully once, then "l'agglomération alésienne" and "la communauté d'agglomération"; Alès, Salindres, Saint-Christol-lez-Alès and La Grand-Combe are context; the Cévennes are a landscape (and a national park); Nîmes and Montpellier are comparisons.</summary>
public sealed class AlesAgglomerationIndustrie2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("ales-agglomeration-reconversion-friches-minieres-2024.html",
        "Alès Agglomération : les anciens sites miniers accueillent de nouvelles industries", "Alès Agglomération", "2024-06-25",
        DocumentTypeLabels.Page, Themes.Emploi, "https://ales-agglo.example/reconversion-sites-miniers", """
        ## Un passé minier

        Le bassin alésien a vécu pendant plus d'un siècle de l'extraction du charbon, jusqu'à la fermeture des derniers puits dans les années 1980. Il en reste des friches étendues, à La Grand-Combe et autour de Salindres, que la communauté d'agglomération Alès Agglomération reconvertit pour accueillir de nouvelles entreprises.

        ## Les réalisations

        - Un parc d'activités de 32 hectares consacré à la mécanique et à la chimie, où se sont installées quatorze entreprises.
        - Une centrale photovoltaïque de 18 mégawatts sur un ancien terril.
        - Un hôtel d'entreprises de 3 000 mètres carrés pour les jeunes sociétés industrielles.

        ## Les emplois

        Ces opérations ont permis de créer 640 emplois depuis 2018, dont un tiers occupés par des habitants des anciennes communes minières. L'agglomération alésienne reste cependant marquée par un taux de chômage de 13 %, supérieur à celui de Nîmes et de Montpellier. La formation des demandeurs d'emploi aux métiers de l'industrie est une priorité, avec l'école des mines installée à Alès.

        ## Les projets

        La communauté d'agglomération prévoit de reconvertir 25 hectares supplémentaires d'ici 2030, en privilégiant les entreprises qui réduisent leurs émissions. Les élus souhaitent aussi valoriser le patrimoine minier auprès des visiteurs des Cévennes, autour du musée de la mine de Saint-Christol-lez-Alès. Une partie des anciens bâtiments des houillères, remarquables par leur architecture, sera conservée et transformée en ateliers, en salles de formation et en lieux d'exposition ouverts au public lors des journées du patrimoine.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Économie", "Industrie"] };
}

/// <summary>The CA Arche Agglo, named fully; "arche" is also a common word (an arch; Noah's ark); it spans the Ardèche and the Drôme (both context); Tournon-sur-Rhône, Tain-l'Hermitage and Saint-Donat-sur-l'Herbasse are context; the Rhône is the river; the Hermitage is a hill and a wine; Valence and Lyon are train destinations (context).</summary>
public sealed class ArcheAggloTransportDemande2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("arche-agglo-transport-a-la-demande-bilan-2023.pdf",
        "Arche Agglo : bilan du service de transport à la demande, 2023", "Arche Agglo", "2024-02-06",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://archeagglo.example/bilan-transport-a-la-demande-2023.pdf",
        "Arche Agglo - transport à la demande 2023", "réservation par téléphone", """
        ## Un service pour les communes rurales

        Arche Agglo regroupe 41 communes des deux rives du Rhône, en Ardèche autour de Tournon-sur-Rhône et dans la Drôme autour de Tain-l'Hermitage et de Saint-Donat-sur-l'Herbasse. La plupart de ces communes ne sont pas desservies par une ligne régulière. Depuis 2021, la communauté d'agglomération propose un service de transport à la demande, ouvert à tous les habitants, du lundi au samedi.

        ## Le fonctionnement

        Le voyageur réserve son trajet la veille, par téléphone ou par une application. Un minibus vient le chercher à un arrêt proche de chez lui et le conduit vers l'un des pôles du territoire : les centres-villes, les gares, les maisons de santé ou les zones commerciales. Le ticket coûte 2 euros, comme sur les lignes régulières.

        ## Le bilan de l'année 2023

        - 21 400 voyages réalisés, soit 28 % de plus qu'en 2022.
        - 1 650 personnes inscrites, dont 44 % ont plus de 65 ans.
        - Un taux de réservation par téléphone de 61 %, en baisse au profit de l'application.
        - Un coût de 19 euros par voyage pour la collectivité.

        ## Les difficultés

        Les demandes sont concentrées le mardi et le jeudi matin, jours de marché, et certains trajets sont refusés faute de véhicule. Les habitants des communes de montagne de la rive ardéchoise attendent parfois plus d'une heure.

        ## Les évolutions prévues

        Arche Agglo ajoutera un véhicule en 2024 et ouvrira le service le dimanche matin en été. Les horaires seront mieux coordonnés avec les trains vers Valence et vers Lyon. Une tarification solidaire sera proposée aux demandeurs d'emploi. Une enquête de satisfaction sera menée au printemps auprès des usagers inscrits, afin de mieux connaître leurs besoins et les trajets qu'ils ne peuvent pas faire aujourd'hui, notamment le soir pour rejoindre les équipements sportifs et culturels.
        """) with { Masthead = ["Arche Agglo", "Communauté d'agglomération"], Byline = ["Service mobilités — février 2024"] };
}

/// <summary>The CA Sud Sainte Baume, written "Sud Ste-Baume" (and fully once); the massif (of the Sainte-Baume, named only as "le massif") is a landscape; Bandol, Sanary-sur-Mer, Saint-Cyr-sur-Mer, Le Beausset and Le Castellet are context; Toulon (its incinerator) is context; the métropole Toulon Provence Méditerranée is a comparison.</summary>
public sealed class SudSteBaumeBiodechets2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("sud-ste-baume-collecte-biodechets-2024.html",
        "Sud Ste-Baume généralise le tri des biodéchets", "Agglomération Sud Ste-Baume", "2024-01-23",
        DocumentTypeLabels.Page, Themes.Durable, "https://sud-ste-baume.example/tri-biodechets", """
        ## Une obligation depuis le 1er janvier

        Depuis le 1er janvier 2024, chaque habitant doit pouvoir trier ses déchets alimentaires. La communauté d'agglomération Sud Sainte Baume déploie donc un dispositif de collecte sur ses neuf communes, du littoral de Bandol et de Sanary-sur-Mer aux villages du pied du massif.

        ## Le dispositif

        - Des composteurs individuels gratuits pour les maisons avec jardin, déjà distribués à 6 000 foyers.
        - Des composteurs partagés au pied des immeubles et dans les quartiers, animés par des référents bénévoles.
        - Des bornes de collecte dans les centres-villes de Saint-Cyr-sur-Mer, du Beausset et du Castellet.
        - Une collecte en porte-à-porte pour les restaurants et les marchés.

        ## Les objectifs

        Les déchets alimentaires représentent un tiers du poids des ordures ménagères. Sud Ste-Baume veut réduire de 20 % les tonnages envoyés à l'incinérateur de Toulon d'ici 2027, ce qui limiterait la hausse de la taxe d'enlèvement des ordures ménagères.

        ## La comparaison

        La métropole Toulon Provence Méditerranée a choisi une collecte en porte-à-porte pour tous les foyers. L'agglomération Sud Ste-Baume a préféré le compostage de proximité, moins coûteux pour des communes peu denses. Les deux collectivités comparent leurs résultats au sein du syndicat de traitement.

        ## S'informer

        Les habitants peuvent commander un composteur sur le site de l'agglomération et participer aux ateliers de compostage organisés dans chaque commune. Un guide du tri, distribué avec le prochain calendrier de collecte, rappelle les déchets acceptés.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Déchets", "Tri"] };
}

/// <summary>Former EPCI name: the CC Monts et Vallées Ouest Creuse (2016), today the CC du Pays Dunois (gazetteer: former name) -> today's code; Dun-le-Palestel, Crozant, Fresselines, La Celle-Dunoise and Naillat are context; the Creuse is the river and the département (context); Guéret and La Souterraine are context; the lac de Chambon is a landscape.</summary>
public sealed class MontsValleesOuestCreuseRapport2016 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("cc-monts-vallees-ouest-creuse-rapport-activite-2015.pdf",
        "Communauté de communes Monts et Vallées Ouest Creuse : rapport d'activité 2015", "Communauté de communes Monts et Vallées Ouest Creuse", "2016-06-14",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://mvoc.example/rapport-activite-2015.pdf",
        "Monts et Vallées Ouest Creuse - rapport d'activité 2015", "vallée des peintres", """
        ## La communauté de communes

        La communauté de communes Monts et Vallées Ouest Creuse réunit dix-sept communes autour de Dun-le-Palestel, dans l'ouest du département de la Creuse. Elle compte 7 300 habitants. Ses compétences portent sur le développement économique, le tourisme, les ordures ménagères, l'enfance et la jeunesse, et l'aménagement de l'espace.

        ## Les faits marquants de 2015

        - L'ouverture de la maison de santé de Dun-le-Palestel, qui accueille trois médecins, deux infirmières et un kinésithérapeute.
        - L'extension de la zone d'activités de Naillat, où deux entreprises artisanales se sont installées.
        - La rénovation des sentiers de la vallée des peintres, entre Crozant et Fresselines, fréquentés par les amateurs de peinture impressionniste.
        - La mise en place de la redevance incitative pour la collecte des ordures ménagères.

        ## Les finances

        Le budget principal s'élève à 4,2 millions d'euros en fonctionnement et à 1,6 million en investissement. Le produit de la fiscalité professionnelle unique atteint 1,1 million d'euros. L'endettement est modéré : 3,2 années d'épargne brute.

        ## Le tourisme

        Les sites de la vallée de la Creuse, de Crozant à La Celle-Dunoise, ont accueilli 46 000 visiteurs. La communauté de communes a ouvert un point d'information saisonnier près des ruines du château de Crozant, en lien avec l'office de tourisme et avec le lac de Chambon.

        ## Les perspectives

        La loi portant nouvelle organisation territoriale de la République impose aux communautés de communes de réunir au moins 15 000 habitants, sauf exception pour les territoires peu denses. Le préfet a proposé le maintien de la communauté de communes dans son périmètre actuel, compte tenu de sa faible densité. Le conseil communautaire a approuvé cette proposition, tout en engageant des coopérations avec les communautés voisines de Guéret et de La Souterraine pour l'accueil des entreprises.
        """) with { Masthead = ["Communauté de communes Monts et Vallées Ouest Creuse"], Byline = ["Rapport d'activité présenté en conseil communautaire"] };
}

/// <summary>Former EPCI: the CC des Sorgues du Comtat (2013), today the CA des Sorgues du Comtat (a change of category; gazetteer: former name) -> today's code; Monteux, Sorgues (a member commune named like the EPCI), Pernes-les-Fontaines, Bédarrides and Althen-des-Paluds are context; the Sorgue is the river; Avignon and Carpentras are comparisons; the Vaucluse is context.</summary>
public sealed class CcSorguesDuComtatCreche2013 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("cc-sorgues-du-comtat-creches-intercommunales-2013.html",
        "Petite enfance : la communauté de communes des Sorgues du Comtat ouvre deux crèches", "Communauté de communes des Sorgues du Comtat", "2013-09-03",
        DocumentTypeLabels.Page, Themes.Social, "https://sorguesducomtat.example/petite-enfance-creches-2013", """
        ## Deux nouveaux établissements

        La communauté de communes des Sorgues du Comtat ouvre en septembre 2013 deux crèches intercommunales, à Monteux et à Pernes-les-Fontaines. Elles offrent 70 places supplémentaires aux familles des cinq communes membres, qui comptent ensemble 50 000 habitants.

        ## Le contexte

        Depuis que la petite enfance est devenue une compétence communautaire, en 2011, la communauté de communes a dressé un état des besoins : 420 demandes de places en crèche restaient sans réponse. Les familles de Sorgues, de Bédarrides et d'Althen-des-Paluds devaient souvent chercher une solution à Avignon ou à Carpentras.

        ## Les équipements

        - À Monteux, une crèche de 40 places, construite selon les normes du bâtiment basse consommation.
        - À Pernes-les-Fontaines, une crèche de 30 places avec un jardin pédagogique au bord de la Sorgue.
        - Un relais d'assistantes maternelles itinérant, qui se déplace dans les cinq communes.

        ## Le coût et l'inscription

        L'investissement s'élève à 4,8 millions d'euros, financés avec l'aide de la caisse d'allocations familiales et du Département de Vaucluse. Les familles paient selon leurs revenus. Les demandes se font auprès du guichet unique de la petite enfance, au siège de la communauté de communes.

        ## Et demain

        Les élus réfléchissent à la transformation de la communauté de communes en communauté d'agglomération, qui renforcerait ses moyens, notamment par une dotation de l'État plus élevée. Une troisième crèche pourrait alors être construite à Sorgues, où la demande reste la plus forte, ainsi qu'un accueil de loisirs intercommunal pour les enfants de trois à six ans.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Publié le 3 septembre 2013", Breadcrumb = ["Petite enfance"] };
}
