using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind15 territory split (issue 13): départements, named by the council, an adjective, a river or a body; metropolitan bodies beside them.
namespace SampleGenerator.Content.TerritoryBlind15;

/// <summary>The Calvados (its departmental archives); "calvados" is also a cider brandy (the distilleries' records); Caen (seat of the archives), Bayeux, Lisieux, Falaise and Vire are context; the Manche and the Orne are comparisons; Normandie is context.</summary>
public sealed class ArchivesCalvadosNumerisation2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("archives-calvados-rapport-numerisation-2024.pdf",
        "Archives du Calvados : rapport d'activité et programme de numérisation 2024-2027", "Département du Calvados", "2024-05-28",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://archives.calvados.example/rapport-numerisation-2024.pdf",
        "Archives du Calvados - numérisation 2024-2027", "registres paroissiaux", """
        ## Les archives du département

        Les archives départementales du Calvados conservent 42 kilomètres linéaires de documents, du Moyen Âge à nos jours : registres paroissiaux et d'état civil, cadastres, minutes notariales, archives des administrations et fonds privés. Installées à Caen, elles accueillent chaque année près de 6 000 lecteurs en salle et plus d'un million de visiteurs sur leur site internet. Une part importante des fonds anciens a été détruite pendant la bataille de Normandie, en 1944, ce qui rend d'autant plus précieux les documents sauvés.

        ## L'activité de 2023

        - 1,9 kilomètre de nouveaux documents est entré dans les collections, dont les archives de plusieurs hôpitaux et d'anciennes distilleries de calvados du pays d'Auge.
        - 23 000 documents ont été communiqués en salle de lecture.
        - 4 100 élèves ont participé aux ateliers pédagogiques, notamment sur la Reconstruction de Caen, de Falaise et de Vire.
        - 11 communes ont été accompagnées pour le classement de leurs archives, dont Bayeux et Lisieux.

        ## Le programme de numérisation

        Le Département a adopté un programme de 1,4 million d'euros sur quatre ans. Il prévoit la numérisation des registres matricules militaires, des plans cadastraux napoléoniens et des archives de la Reconstruction, très demandées par les propriétaires et les chercheurs. Les registres paroissiaux et d'état civil sont déjà accessibles en ligne depuis 2011.

        ## La comparaison avec les voisins

        Le taux de numérisation des fonds les plus consultés atteint 62 % dans le Calvados, contre 70 % dans la Manche et 55 % dans l'Orne. Les trois départements étudient une plateforme commune de consultation.

        ## Les bâtiments

        Les magasins de conservation seront saturés d'ici 2030. Une étude est engagée pour construire une extension ou un bâtiment annexe, en recherchant la sobriété énergétique indispensable à la bonne conservation des documents.
        """) with { Masthead = ["Département du Calvados", "Archives départementales"], Byline = ["Direction des archives et du patrimoine"] };
}

/// <summary>The Charente-Maritime (département, owner of the île de Ré bridge); the Charente (river; also the neighbouring département) is context; the île de Ré, La Rochelle, Rochefort and Saintes are context; the île d'Oléron is context; the Vendée is a comparison.</summary>
public sealed class CharenteMaritimePontIleDeRe2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("charente-maritime-eco-contribution-pont-ile-de-re-2023.html",
        "Pont de l'île de Ré : le Département de la Charente-Maritime fait le point sur l'éco-contribution", "Département de la Charente-Maritime", "2023-09-12",
        DocumentTypeLabels.Page, Themes.Finances, "https://charente-maritime.example/pont-ile-de-re-eco-contribution", """
        ## Un ouvrage départemental

        Mis en service en 1988, le pont qui relie La Rochelle à l'île de Ré appartient au Département de la Charente-Maritime. Il a été financé par un péage, remplacé depuis 2012 par une éco-contribution perçue auprès des véhicules qui entrent sur l'île. Son produit est affecté par la loi à l'entretien de l'ouvrage et à des actions de protection des espaces naturels de l'île.

        ## Les recettes

        En 2022, 3,2 millions de véhicules ont franchi le pont, dont 38 % pendant les mois de juillet et d'août. L'éco-contribution a rapporté 19,6 millions d'euros. Le tarif d'été, de 16 euros pour une voiture, est deux fois plus élevé que celui d'hiver, afin de limiter l'afflux de visiteurs aux périodes de pointe. Les résidents de l'île et les professionnels qui y travaillent bénéficient d'abonnements à tarif réduit.

        ## L'utilisation des fonds

        - L'entretien et la surveillance du pont, pour 4,1 millions d'euros.
        - Le reversement d'une part aux communes de l'île et à leur communauté de communes pour la protection des espaces naturels.
        - Les digues de protection contre la submersion marine, renforcées après la tempête de 2010.
        - Les pistes cyclables, les navettes et les parkings relais de La Rochelle.

        ## Les autres ouvrages

        Le Département entretient également le viaduc de l'île d'Oléron, dont le franchissement est gratuit, ainsi que de nombreux ponts sur la Charente et ses affluents, entre Saintes et Rochefort. La comparaison avec le pont de Noirmoutier, en Vendée, également gratuit, est souvent évoquée par les habitants.

        ## Les perspectives

        L'assemblée départementale étudie une modulation horaire de l'éco-contribution pour mieux répartir le trafic. Une concertation est ouverte avec les habitants et les acteurs économiques jusqu'au 31 décembre 2023, sur le site du Département et dans les mairies de l'île.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Routes et mobilités", "Ponts"] };
}

/// <summary>The Haute-Garonne (INSEE study); the Garonne is the river; Toulouse and Toulouse Métropole are context; Saint-Gaudens, Muret and Villefranche-de-Lauragais are context; the Comminges and the Lauragais are landscapes; the Ariège and the Gers are neighbours; Occitanie is context; national figures are comparisons.</summary>
public sealed class InseeHauteGaronnePopulation2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("insee-haute-garonne-croissance-demographique-2024.html",
        "Haute-Garonne : une croissance démographique qui s'étend au-delà de la métropole", "INSEE", "2024-06-13",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/occitanie-haute-garonne-population", """
        ## Le département le plus dynamique d'Occitanie

        Au 1er janvier 2021, la Haute-Garonne comptait 1 435 000 habitants. Sa population a augmenté de 1,2 % par an depuis 2015, deux fois plus vite que la moyenne de la France métropolitaine. L'excédent des naissances sur les décès explique un tiers de cette croissance ; l'arrivée de nouveaux habitants, souvent jeunes et diplômés, en explique les deux tiers.

        ## La métropole et ses couronnes

        Toulouse Métropole rassemble 56 % des habitants du département. Mais la croissance est désormais plus rapide dans les couronnes : les communes situées entre 20 et 40 kilomètres de Toulouse gagnent en moyenne 1,8 % d'habitants par an. Le sud-ouest de l'agglomération, autour de Muret, et le Lauragais, autour de Villefranche-de-Lauragais, sont les secteurs les plus attractifs, portés par des prix immobiliers plus accessibles.

        ## Le sud du département

        Le Comminges, autour de Saint-Gaudens, connaît une évolution différente : sa population stagne et vieillit, et les naissances y sont moins nombreuses que les décès. Les arrivées de retraités compensent en partie le départ des jeunes vers Toulouse pour leurs études. La situation est proche de celle des départements voisins du Gers et de l'Ariège.

        ## Les conséquences

        La croissance de la Haute-Garonne s'accompagne d'un allongement des déplacements domicile-travail : un actif sur trois travaille hors de sa commune de résidence et parcourt plus de 25 kilomètres. La demande de places dans les collèges, compétence du conseil départemental, continue d'augmenter : 4 800 collégiens supplémentaires sont attendus d'ici 2030.

        ## Projections

        Si les tendances récentes se prolongeaient, le département compterait 1,6 million d'habitants en 2040. La croissance serait plus modérée si la construction de logements ralentissait ou si les arrivées de jeunes actifs diminuaient.

        ## Source

        Recensements de la population 2015 et 2021, état civil, modèle Omphale de projection.
        """) with { Meta = HtmlMeta.Citation, Lead = "Occitanie — Dynamiques démographiques dans le département.", Breadcrumb = ["Statistiques", "Études régionales"] };
}

/// <summary>The Ille-et-Vilaine (its plan of walking and hiking routes, a departmental competence); Rennes and Rennes Métropole are context; Saint-Malo, Fougères, Vitré, Redon and Paimpont are context; the forêt de Brocéliande, the canal d'Ille-et-Rance and the Vilaine are landscapes and rivers; the GR 34 is a trail (context); the Côtes-d'Armor and the Morbihan are comparisons.</summary>
public sealed class IlleEtVilaineRandonnee2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("ille-et-vilaine-plan-itineraires-randonnee-2024.pdf",
        "Plan départemental des itinéraires de promenade et de randonnée d'Ille-et-Vilaine : révision 2024", "Département d'Ille-et-Vilaine", "2024-02-01",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://ille-et-vilaine.example/plan-randonnee-2024.pdf",
        "Ille-et-Vilaine - plan de randonnée 2024", "chemins ruraux", """
        ## Une compétence du Département

        Le Département d'Ille-et-Vilaine établit le plan départemental des itinéraires de promenade et de randonnée, qui protège les chemins ouverts aux marcheurs, aux cyclistes et aux cavaliers. L'inscription d'un chemin rural au plan empêche sa vente ou sa suppression sans solution de remplacement. Le plan actuel, adopté en 2009, compte 6 200 kilomètres d'itinéraires. Sa révision, engagée en 2022, a été approuvée par l'assemblée départementale le 25 janvier 2024.

        ## Les nouveaux itinéraires

        La révision ajoute 740 kilomètres de chemins, en priorité dans les secteurs peu pourvus de l'est du département, autour de Vitré et de Fougères. Elle intègre les chemins de halage du canal d'Ille-et-Rance et de la Vilaine, très fréquentés par les cyclistes, et prolonge les boucles de la forêt de Brocéliande, autour de Paimpont. Sur le littoral, entre Saint-Malo et la baie du Mont-Saint-Michel, le sentier des douaniers, intégré au GR 34, est renforcé face à l'érosion.

        ## Les usages

        Selon l'enquête menée en 2023, un habitant sur deux se promène au moins une fois par mois sur un chemin inscrit au plan. Les promenades de moins de deux heures, près du domicile, dominent. Autour de Rennes Métropole, les chemins servent aussi aux trajets quotidiens à vélo. Les conflits d'usage entre marcheurs, cyclistes et engins motorisés restent rares mais font l'objet d'une signalétique renouvelée.

        ## Les moyens

        Le Département consacre 1,9 million d'euros par an à la randonnée : balisage, entretien des ouvrages, aides aux communes et aux intercommunalités qui entretiennent les chemins. Ce montant est comparable à celui des Côtes-d'Armor et supérieur à celui du Morbihan, rapporté au nombre d'habitants.

        ## La suite

        Les communes ont jusqu'à la fin de l'année pour délibérer sur l'inscription de leurs chemins ruraux. Une carte interactive des itinéraires sera mise en ligne au printemps, avec les boucles de Redon et des marais de Dol.
        """) with { Masthead = ["Département d'Ille-et-Vilaine", "Direction de l'environnement"], Hyphenate = true };
}

/// <summary>The Loire-Atlantique (CRC audit of the département's social spending); the Loire (river; also the département 42) is named (the "département de la Loire" as a comparison); Nantes, Nantes Métropole and Saint-Nazaire are context; Pays de la Loire is the chamber's area (context); national figures are comparisons.</summary>
public sealed class CrcLoireAtlantiqueSolidarites2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("crc-pdl-departement-loire-atlantique-solidarites-2023.pdf",
        "Département de la Loire-Atlantique : les dépenses de solidarité, observations définitives", "Chambre régionale des comptes Pays de la Loire", "2023-07-06",
        DocumentTypeLabels.Rod, Themes.Social, "https://crc-pdl.example/rod/departement-44-solidarites.pdf",
        "CRC Pays de la Loire - Loire-Atlantique, solidarités", "allocation personnalisée d'autonomie", """
        ## Le champ du contrôle

        La chambre a examiné la gestion des dépenses de solidarité du département de la Loire-Atlantique entre 2018 et 2022. Ces dépenses, de 1,1 milliard d'euros en 2022, représentent 62 % des dépenses de fonctionnement de la collectivité. Elles couvrent le revenu de solidarité active, l'allocation personnalisée d'autonomie, la prestation de compensation du handicap et la protection de l'enfance.

        ## Un département dynamique

        La population du département progresse de 1 % par an, portée par Nantes Métropole et le littoral autour de Saint-Nazaire. Le nombre de bénéficiaires du revenu de solidarité active a pourtant diminué de 9 % sur la période, grâce à la bonne tenue de l'emploi. À l'inverse, les dépenses liées au vieillissement et au handicap progressent de 5 % par an.

        ## L'allocation personnalisée d'autonomie

        Le montant moyen de l'allocation versée à domicile est supérieur de 8 % à la moyenne nationale. La chambre relève des délais d'instruction de plus de trois mois, au-delà du délai légal de deux mois. Elle recommande de simplifier les évaluations des besoins et de renforcer les équipes médico-sociales.

        ## La protection de l'enfance

        Le nombre d'enfants confiés a augmenté de 23 % en cinq ans, notamment en raison de l'arrivée de mineurs non accompagnés. Les places en établissement sont insuffisantes, et des enfants sont hébergés à l'hôtel. La chambre note que le département de la Loire, confronté à des difficultés comparables, a développé l'accueil familial avec des résultats encourageants.

        ## Recommandations

        - Respecter le délai légal d'instruction de l'allocation personnalisée d'autonomie.
        - Mettre fin à l'hébergement des mineurs à l'hôtel, conformément à la loi du 7 février 2022.
        - Se doter d'un outil de suivi du coût des mesures de protection par enfant.
        - Présenter à l'assemblée départementale un bilan annuel de l'exécution du schéma de l'autonomie.
        """) with { Masthead = ["Chambre régionale des comptes", "Pays de la Loire"], InfoTitle = "ROD Loire-Atlantique solidarités" };
}

/// <summary>The Puy-de-Dôme (observatoire départemental du RSA); the puy de Dôme is also a volcano (landscape); Clermont-Ferrand (Clermont Auvergne Métropole), Thiers, Issoire, Riom and Ambert are context; the Allier and the Cantal are comparisons; Auvergne-Rhône-Alpes is context.</summary>
public sealed class PuyDeDomeObservatoireRsa2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("puy-de-dome-observatoire-insertion-rsa-2024.html",
        "Revenu de solidarité active : le tableau de bord 2023 de l'observatoire départemental du Puy-de-Dôme", "Département du Puy-de-Dôme", "2024-04-23",
        DocumentTypeLabels.Publication, Themes.Social, "https://puy-de-dome.example/observatoire/rsa-2023", """
        ## Les bénéficiaires

        Au 31 décembre 2023, 17 900 foyers percevaient le revenu de solidarité active dans le Puy-de-Dôme, soit 4,2 % des ménages du département. Leur nombre a baissé de 6 % en deux ans, un recul plus net que dans l'Allier ou le Cantal voisins. Les bénéficiaires sont concentrés dans la métropole clermontoise, qui en regroupe 58 %, et dans les bassins de Thiers et d'Issoire, marqués par les fermetures d'usines.

        ## Les profils

        La moitié des foyers bénéficiaires sont des personnes seules, et un quart des familles monoparentales. Un bénéficiaire sur trois perçoit l'allocation depuis plus de cinq ans. Les jeunes de moins de 30 ans représentent 21 % des allocataires, une part plus faible qu'il y a dix ans.

        ## L'accompagnement

        Le Département, qui finance l'allocation et l'accompagnement, a réorganisé ses équipes en 2023. Chaque bénéficiaire se voit désormais proposer un premier rendez-vous dans le mois qui suit l'ouverture de ses droits. Les référents du Département suivent 62 % des allocataires ; les autres sont accompagnés par France Travail ou par des associations. L'expérimentation des quinze heures d'activité hebdomadaires a été conduite à Riom et à Ambert auprès de 600 personnes.

        ## Le retour à l'emploi

        En 2023, 3 100 bénéficiaires ont retrouvé un emploi durable ou une formation qualifiante. Les secteurs qui recrutent le plus sont l'aide à domicile, la logistique et le tourisme, qui connaît une forte activité autour du puy de Dôme et de la chaîne des Puys pendant la saison estivale.

        ## Le coût

        Les allocations versées ont représenté 118 millions d'euros en 2023. La compensation versée par l'État n'en couvre que 64 %, ce qui pèse sur le budget départemental. L'observatoire publiera en septembre une étude sur le non-recours aux droits dans les communes rurales.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 23/04/2024", Breadcrumb = ["Observatoire", "Insertion"] };
}

/// <summary>The département du Rhône (since 2015 without the Métropole de Lyon) and its Maisons du Rhône; the Métropole de Lyon and Lyon are context (named on purpose; debatable: a reader may think of the Lyon area, but the document is about the département's social services); the Rhône is also the river; Villefranche-sur-Saône, Givors, Tarare and Thizy-les-Bourgs are context; the Beaujolais and the monts du Lyonnais are landscapes.</summary>
public sealed class DepartementRhoneMaisonsDuRhone2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("departement-rhone-maisons-du-rhone-accueil-social-2024.pdf",
        "Les Maisons du Rhône : bilan de l'accueil social de proximité en 2023", "Département du Rhône", "2024-01-31",
        DocumentTypeLabels.Rapport, Themes.Social, "https://rhone.example/maisons-du-rhone-bilan-2023.pdf",
        "Département du Rhône - Maisons du Rhône 2023", "premier accueil social inconditionnel", """
        ## Un réseau de proximité

        Depuis la création de la Métropole de Lyon, le 1er janvier 2015, le Département du Rhône exerce ses compétences sociales sur un territoire de 470 000 habitants, du Beaujolais aux monts du Lyonnais. Pour rester proche des habitants, il s'appuie sur un réseau de Maisons du Rhône, qui accueillent les personnes en difficulté, les familles, les personnes âgées et les personnes handicapées. Les habitants de Lyon et des autres communes de la Métropole s'adressent, eux, aux services de la Métropole.

        ## L'activité en 2023

        - 68 000 personnes ont été reçues, dont 41 % pour la première fois.
        - Le premier accueil social inconditionnel a permis d'orienter 12 500 personnes vers le bon interlocuteur, sans rendez-vous.
        - Les consultations de protection maternelle et infantile ont suivi 5 300 enfants de moins de six ans.
        - Les travailleurs sociaux ont accompagné 3 900 bénéficiaires du revenu de solidarité active vers l'emploi.

        ## Les territoires

        L'activité est la plus forte dans les Maisons du Rhône de Villefranche-sur-Saône, de Givors et de Tarare, où les difficultés sociales sont plus concentrées. Dans l'ouest rural, autour de Thizy-les-Bourgs, les permanences itinérantes se sont développées, avec un véhicule aménagé qui se rend dans les villages éloignés.

        ## Les difficultés

        Le recrutement de travailleurs sociaux, de médecins et de puéricultrices reste difficile : 9 % des postes étaient vacants fin 2023. Les délais d'attente pour un rendez-vous dépassent parfois trois semaines. Le Département a engagé un plan de fidélisation des agents, avec une prime pour les postes les plus difficiles à pourvoir.

        ## Les orientations pour 2024

        Le Département rénovera quatre Maisons du Rhône, ouvrira un accueil commun avec la caisse d'allocations familiales à Villefranche-sur-Saône et développera la prise de rendez-vous en ligne. Une convention avec la Métropole de Lyon précisera le suivi des familles qui déménagent d'un territoire à l'autre.
        """) with { Masthead = ["Département du Rhône", "Direction de l'action sociale"], Ligatures = true };
}

/// <summary>The Seine-et-Marne (espaces naturels sensibles); the Seine and the Marne are rivers (the Marne also a département, 51, named as a comparison); Melun, Meaux, Fontainebleau and Provins are context; the forêt de Fontainebleau is a landscape; Île-de-France is context.</summary>
public sealed class SeineEtMarneEspacesNaturels2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("seine-et-marne-espaces-naturels-sensibles-2023.html",
        "Seine-et-Marne : le Département ouvre trois nouveaux espaces naturels au public", "Département de Seine-et-Marne", "2023-06-06",
        DocumentTypeLabels.Page, Themes.Durable, "https://seine-et-marne.example/environnement/espaces-naturels-sensibles", """
        ## La politique des espaces naturels sensibles

        Le Département de Seine-et-Marne, le plus vaste d'Île-de-France, protège depuis les années 1990 des espaces naturels remarquables : zones humides, coteaux calcaires, landes et boisements. Il en acquiert la propriété grâce à une part de la taxe d'aménagement, puis les aménage pour l'accueil du public. Le réseau compte aujourd'hui 41 sites et 2 200 hectares, répartis du nord du département, près de Meaux, jusqu'aux environs de Provins et de Fontainebleau.

        ## Les nouveaux sites

        Trois sites ouvrent cet été. Le premier, une ancienne sablière de la vallée de la Seine, en aval de Melun, a été transformé en zone humide accueillant des oiseaux migrateurs. Le deuxième, un coteau calcaire dominant la Marne, abrite des orchidées protégées. Le troisième, une prairie inondable de la vallée du Loing, complète le réseau de promenades en lisière de la forêt de Fontainebleau.

        ## Les aménagements

        Les aménagements restent discrets : sentiers balisés, observatoires en bois, panneaux pédagogiques. L'accès est gratuit, mais les chiens doivent être tenus en laisse et la cueillette est interdite. Des animations sont proposées par les gardes départementaux les week-ends, avec des sorties naturalistes consacrées aux libellules, aux amphibiens et aux chauves-souris.

        ## Les chiffres

        - 1,2 million de visites par an sur l'ensemble des sites.
        - 28 gardes et techniciens chargés de l'entretien et de la surveillance.
        - 6,5 millions d'euros consacrés chaque année à la politique des espaces naturels.

        ## Une coopération

        Le Département travaille avec les communes, les syndicats de rivière et l'agence régionale de la biodiversité. Un partenariat a été signé avec le Département de la Marne, en amont, pour la préservation des zones humides de la vallée. Le programme d'acquisitions se poursuivra en 2024, avec une priorité aux terrains menacés par l'urbanisation.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Environnement", "Espaces naturels"] };
}

/// <summary>The Val-d'Oise (observatoire départemental de la petite enfance); the Oise is the river (and the neighbouring département, 60, a comparison); Cergy-Pontoise, Argenteuil, Sarcelles and Roissy are context; the Vexin français is a landscape (a regional natural park); Paris and Île-de-France are context; national figures are comparisons.</summary>
public sealed class ValDOisePetiteEnfance2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("val-d-oise-observatoire-petite-enfance-2024.pdf",
        "L'accueil du jeune enfant dans le Val-d'Oise : état des lieux 2024", "Département du Val-d'Oise", "2024-10-15",
        DocumentTypeLabels.Etude, Themes.Social, "https://valdoise.example/observatoire-petite-enfance-2024.pdf",
        "Val-d'Oise - accueil du jeune enfant 2024", "assistants maternels", """
        ## Un département jeune

        Le Val-d'Oise est l'un des départements les plus jeunes de France métropolitaine : les enfants de moins de trois ans y représentent 4 % de la population, contre 3,2 % en moyenne nationale. Chaque année, près de 17 000 naissances y sont enregistrées. Cette jeunesse est particulièrement marquée dans l'est du département, autour de Sarcelles et des communes proches de Roissy, et dans l'agglomération de Cergy-Pontoise.

        ## L'offre d'accueil

        Le département dispose de 49 places d'accueil formel pour cent enfants de moins de trois ans, un taux inférieur à la moyenne nationale de 59 places. Les assistants maternels assurent la moitié de cette offre, mais leur nombre a baissé de 18 % en huit ans, sous l'effet des départs à la retraite. Les crèches collectives sont concentrées dans les villes de l'agglomération parisienne, comme Argenteuil, tandis que le Vexin français et le nord du département, limitrophe de l'Oise, en sont peu pourvus.

        ## Les inégalités

        Les écarts entre communes sont considérables : le taux de couverture varie de 20 à plus de 80 places pour cent enfants. Les familles les plus modestes recourent moins aux modes d'accueil collectifs, faute de places et en raison de leurs horaires de travail décalés, fréquents dans les emplois de la zone aéroportuaire.

        ## Les actions du Département

        Le Département, chargé de l'agrément et du contrôle des assistants maternels et des établissements, a lancé un plan de recrutement avec la caisse d'allocations familiales. Il finance la formation des nouveaux professionnels et soutient l'ouverture de maisons d'assistants maternels dans les communes rurales.

        ## Les objectifs

        Le schéma départemental des services aux familles fixe l'objectif de 4 000 places supplémentaires d'ici 2028. Une priorité sera donnée aux communes où l'offre est la plus faible et aux horaires atypiques, en lien avec les employeurs.
        """) with { Masthead = ["Département du Val-d'Oise", "Observatoire départemental"], Byline = ["Direction de l'enfance et de la famille"] };
}
