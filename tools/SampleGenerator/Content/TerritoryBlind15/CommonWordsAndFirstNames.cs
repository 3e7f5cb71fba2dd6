using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind15 territory split (issue 13): communes whose names are common words, months, numbers or first names, and homonyms.
namespace SampleGenerator.Content.TerritoryBlind15;

/// <summary>Avril (Meurthe-et-Moselle), also a month ("en avril", "le 2 avril"); Briey (Val de Briey), Jarny and Metz are context; the CC Orne Lorraine Confluences is membership (context); the Orne is the Lorraine river, not the département; the Luxembourg is a work destination (context).</summary>
public sealed class AvrilMicroCreche2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("avril-54-ouverture-micro-creche-2024.html",
        "Une micro-crèche ouvre ses portes à Avril", "Commune d'Avril", "2024-04-12",
        DocumentTypeLabels.Page, Themes.Social, "https://avril54.example/vie-municipale/micro-creche", """
        ## Dix places pour les tout-petits

        Depuis le 2 avril, les familles d'Avril disposent d'une micro-crèche de dix places, installée dans l'ancien logement de fonction de l'école. La commune, qui compte un peu plus de 1 200 habitants, n'avait jusqu'ici aucun mode d'accueil collectif : les parents devaient se tourner vers les assistantes maternelles, de moins en moins nombreuses, ou vers les crèches de Briey et de Jarny, souvent complètes. Beaucoup d'entre eux travaillent à Metz ou au Luxembourg et partent tôt le matin.

        ## Un projet mené en un an

        Le conseil municipal a décidé en avril 2023 de transformer le logement, vacant depuis plusieurs années. Les travaux ont porté sur l'isolation, la création d'un dortoir et d'une salle de change, l'accessibilité et l'aménagement d'un petit jardin clos. Ils ont coûté 286 000 euros, financés à 60 % par la caisse d'allocations familiales et à 20 % par l'État. La communauté de communes Orne Lorraine Confluences, dont la commune est membre et qui coordonne la politique de la petite enfance, a aidé à monter le dossier.

        ## Le fonctionnement

        La gestion a été confiée à une association spécialisée, choisie après un appel à projets. L'équipe compte quatre professionnelles, dont une éducatrice de jeunes enfants. La structure est ouverte de 6 h 30 à 19 heures, du lundi au vendredi, pour tenir compte des horaires des parents frontaliers. Les tarifs dépendent des revenus, selon le barème national de la caisse d'allocations familiales.

        ## Les inscriptions

        Les dix places sont déjà attribuées pour l'année, et une liste d'attente a été ouverte. Priorité est donnée aux familles domiciliées dans la commune, puis à celles des villages voisins de la communauté de communes. Une commission d'attribution se réunira de nouveau en juin pour la rentrée de septembre.

        ## Une matinée portes ouvertes

        Les habitants sont invités à découvrir les locaux le samedi 27 avril, de 10 heures à midi, en présence du maire et de l'équipe.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Vie municipale", "Enfance"] };
}

/// <summary>Quarante (Hérault), also a number ("quarante logements"); Capestang, Béziers and Narbonne are context; the CC Sud-Hérault is membership (context); the Occitanie région is the publisher's area.</summary>
public sealed class CrcQuaranteObservations2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("crc-occitanie-commune-de-quarante-2023.pdf",
        "Rapport d'observations définitives : commune de Quarante (Hérault)", "Chambre régionale des comptes Occitanie", "2023-10-19",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-occitanie.example/rod/quarante-2023.pdf",
        "CRC Occitanie - commune de Quarante", "lotissement communal", """
        ## Synthèse

        La chambre a contrôlé les comptes et la gestion de la commune de Quarante à partir de l'exercice 2018. Cette commune viticole de 1 780 habitants, située entre Béziers et Narbonne, a connu une croissance démographique soutenue grâce à l'arrivée de ménages travaillant dans l'agglomération biterroise. Ses finances restent saines, mais l'opération de lotissement engagée en 2019 fait peser un risque sur sa trésorerie.

        ## La fiabilité des comptes

        Les provisions pour risques n'étaient pas constituées alors que la commune était engagée dans un contentieux avec un ancien délégataire. L'inventaire du patrimoine ne correspond pas à l'état de l'actif tenu par le comptable public : près de quarante biens y figurent encore alors qu'ils ont été cédés ou démolis. La chambre recommande de procéder à un rapprochement complet avant la fin de l'année 2024.

        ## Le lotissement communal

        Le lotissement des Garrigues prévoit quarante lots à bâtir et une résidence de douze logements sociaux. Le budget annexe a été alimenté par une avance du budget principal de 900 000 euros, qui n'était toujours pas remboursée à la fin de 2022. Seuls dix-sept lots étaient alors vendus, la hausse des taux d'intérêt ayant freiné les acquéreurs. La chambre invite la commune à actualiser le bilan prévisionnel de l'opération et à prévoir un calendrier de remboursement réaliste.

        ## La situation financière

        La capacité d'autofinancement brute atteint 310 000 euros en 2022, soit 19 % des produits de fonctionnement. L'encours de dette, de 1,3 million d'euros, représente 4,2 années d'épargne. Les travaux de la cave coopérative reconvertie en médiathèque, soutenus par la communauté de communes Sud-Hérault, ont été conduits dans l'enveloppe prévue.

        ## Les recommandations

        - Constituer les provisions requises par l'instruction budgétaire et comptable.
        - Mettre à jour l'inventaire en lien avec le comptable public de Capestang.
        - Présenter chaque année au conseil un bilan actualisé du lotissement.
        """) with { Masthead = ["Chambre régionale des comptes", "Occitanie"], InfoTitle = "ROD Quarante", Hyphenate = true };
}

/// <summary>Jardin (Isère), also a common word (jardins familiaux, jardin partagé, "le jardin de la cure"); Vienne is context (the neighbouring town), and also a river and a département's name (86); Lyon is context; the CA Vienne Condrieu is membership (context); the Gère is the river.</summary>
public sealed class JardinJardinsFamiliaux2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("jardin-38-creation-jardins-familiaux-2024.html",
        "Des jardins familiaux à Jardin : les parcelles seront attribuées en juin", "Commune de Jardin", "2024-05-21",
        DocumentTypeLabels.Page, Themes.Durable, "https://mairie-jardin38.example/environnement/jardins-familiaux", """
        ## Un projet attendu

        Le nom de la commune s'y prêtait : Jardin aura bientôt ses jardins familiaux. Sur un terrain communal de 4 200 mètres carrés situé près de l'école, en contrebas du village, la municipalité aménage 24 parcelles cultivables, un verger partagé et un abri commun pour les outils. Le projet répond à une demande exprimée par une trentaine de ménages lors de la consultation organisée en 2023, souvent des familles installées récemment en appartement ou dans des maisons sans terrain.

        ## Les aménagements

        Chaque parcelle mesure entre 80 et 120 mètres carrés. Un réseau de récupération des eaux de pluie, alimenté par la toiture de l'abri et par deux cuves enterrées, limitera les prélèvements sur le réseau d'eau potable. Les allées seront accessibles aux personnes en fauteuil, et deux parcelles surélevées sont réservées aux jardiniers âgés ou handicapés. Un composteur collectif complétera l'équipement. Le coût des travaux est de 96 000 euros, financés pour moitié par la région et le département.

        ## Les règles

        Un règlement intérieur, adopté par le conseil municipal, interdit l'usage des pesticides et des engrais chimiques. Les parcelles sont louées pour un an renouvelable, au prix de 40 euros par an. Les jardiniers s'engagent à entretenir les parties communes et à participer à deux journées collectives par saison. Une association en cours de création assurera la gestion quotidienne, avec l'appui des services techniques.

        ## Un lieu d'échanges

        Le verger partagé, planté de variétés anciennes de pommiers et de poiriers de la vallée de la Gère, sera ouvert à tous. Les élèves de l'école y disposeront d'un jardin pédagogique. La communauté d'agglomération Vienne Condrieu, dont la commune est membre, fournira des composteurs individuels aux jardiniers qui le souhaitent. Des habitants de Vienne ont déjà demandé à visiter les lieux pour s'en inspirer.

        ## Comment s'inscrire

        Les candidatures sont reçues en mairie jusqu'au 7 juin. Les parcelles seront attribuées par tirage au sort le 15 juin, en priorité aux habitants de la commune.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Environnement", "Jardins"] };
}

/// <summary>Le Passage (Lot-et-Garonne), also a common word ("le passage", "passage piéton"); Le Passage (Isère) is named to rule it out; Agen is context (across the Garonne; the agglomération agenaise is membership); Boé and Brax are context.</summary>
public sealed class LePassageRapportActivite2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("le-passage-47-rapport-activite-services-2023.pdf",
        "Rapport d'activité 2023 des services municipaux du Passage", "Ville du Passage", "2024-03-29",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://ville-lepassage47.example/rapport-activite-2023.pdf",
        "Le Passage - rapport d'activité 2023", "direction des services techniques", """
        ## Le mot du maire

        Ce rapport présente le travail accompli en 2023 par les agents de la ville du Passage, sur la rive gauche de la Garonne, face à Agen. Il ne concerne que notre commune lot-et-garonnaise : les habitants qui nous écrivent au sujet du Passage, petit village de l'Isère, voudront bien s'adresser à sa mairie. Avec 9 300 habitants, notre ville est la deuxième de l'agglomération agenaise.

        ## Les effectifs

        La ville employait 142 agents au 31 décembre 2023, dont 118 titulaires. Les services techniques en regroupent le tiers. Le taux d'absentéisme a baissé de 1,2 point grâce au plan de prévention des troubles musculo-squelettiques engagé avec le centre de gestion. Quinze agents ont bénéficié d'une formation qualifiante et quatre apprentis ont été accueillis.

        ## Les réalisations

        - Le passage souterrain sous la voie ferrée a été rénové et éclairé, après plusieurs signalements d'habitants.
        - Trente-deux passages piétons ont été mis aux normes d'accessibilité près des écoles et de l'avenue principale.
        - La direction des services techniques a repris en régie l'entretien des espaces verts du quartier de Gaillard.
        - Le centre de loisirs a accueilli en moyenne 96 enfants par jour pendant l'été.

        ## Les relations avec l'agglomération

        Plusieurs compétences sont exercées par l'agglomération d'Agen, dont la commune est membre : collecte des déchets, transports, développement économique. La ville a travaillé avec elle au réaménagement de la zone d'activités proche de Brax et au prolongement de la voie verte vers Boé. Le service commun d'instruction des permis de construire a traité 412 dossiers passagéens en 2023.

        ## Les perspectives

        En 2024, la ville ouvrira un guichet unique pour les démarches des familles et lancera le diagnostic énergétique de ses quarante bâtiments. Le passage à la comptabilité M57 est achevé depuis le 1er janvier.
        """) with { Masthead = ["Ville du Passage", "Lot-et-Garonne"], Byline = ["Direction générale des services"], Ligatures = true };
}

/// <summary>Alix (Rhône), also a first name (Mme Alix Perret, a person); Villefranche-sur-Saône, Anse and Lyon are context; the CC Beaujolais Pierres Dorées is membership (context); the Beaujolais is a landscape; the Rhône is context.</summary>
public sealed class AlixRestaurantScolaire2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("alix-69-restaurant-scolaire-2024.html",
        "À Alix, le nouveau restaurant scolaire ouvrira à la rentrée", "Commune d'Alix", "2024-06-18",
        DocumentTypeLabels.Page, Themes.Culture, "https://alix-beaujolais.example/actualites/restaurant-scolaire", """
        ## Un équipement attendu

        Depuis plusieurs années, les repas des écoliers d'Alix étaient servis dans une salle de l'ancien presbytère, trop petite pour accueillir les 92 enfants inscrits à la cantine. Deux services successifs étaient nécessaires, et les plus jeunes disposaient de moins de vingt minutes pour déjeuner. Le nouveau restaurant scolaire, construit en bois et en pierre dorée à côté de l'école, accueillera tous les enfants en un seul service dès le 2 septembre.

        ## Le projet et son coût

        Le bâtiment de 240 mètres carrés comprend une salle de restauration, un office de réchauffage et un local pour le personnel. Il a été conçu pour consommer peu d'énergie : toiture isolée, ventilation double flux et panneaux photovoltaïques. Son coût s'élève à 1,1 million d'euros hors taxes. L'État a apporté 280 000 euros, le département du Rhône 220 000 euros et la communauté de communes Beaujolais Pierres Dorées, dont la commune est membre, 60 000 euros au titre de son fonds de concours. Le solde est financé par l'autofinancement et un emprunt de 300 000 euros.

        ## Des repas plus locaux

        La commune a renouvelé son marché de fourniture des repas. Le prestataire retenu, installé près de Villefranche-sur-Saône, s'engage à proposer 55 % de produits durables, dont 25 % issus de l'agriculture biologique, au-delà des seuils fixés par la loi. Les fruits viendront en partie des vergers de la vallée de l'Azergues et le pain d'un boulanger d'Anse.

        ## Une équipe renforcée

        Mme Alix Perret, responsable du service périscolaire depuis 2019, coordonnera la nouvelle équipe de quatre agents. Un temps d'échange avec les parents est prévu le samedi 31 août, à 10 heures, pour présenter les lieux et les règles de fonctionnement. Les tarifs, fixés selon le quotient familial, restent inchangés pour l'année 2024-2025 ; les inscriptions se font en ligne sur le portail famille de la commune, comme pour l'accueil du matin et du soir.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Actualités", "Enfance"] };
}

/// <summary>Germaine (Marne), also a first name; Germaine (Aisne) is named to rule it out; Reims and Épernay are context; the CC de la Grande Vallée de la Marne is membership (context); the Marne is the river and the département (context); the Montagne de Reims is a landscape (a regional natural park).</summary>
public sealed class GermaineForetCommunale2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("germaine-51-foret-communale-amenagement-2023.pdf",
        "Forêt communale de Germaine : plan d'aménagement 2024-2043", "Commune de Germaine", "2023-12-07",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://germaine51.example/foret-amenagement.pdf",
        "Germaine - aménagement forestier 2024-2043", "dépérissement des épicéas", """
        ## Présentation

        La commune de Germaine, 530 habitants, située au cœur de la Montagne de Reims, entre Reims et Épernay, possède une forêt de 412 hectares gérée par l'Office national des forêts. Le plan d'aménagement précédent arrivait à échéance en 2023. Le présent document, approuvé par le conseil municipal le 30 novembre, fixe les coupes et les travaux des vingt prochaines années. Il ne doit pas être confondu avec celui de Germaine, commune de l'Aisne, dont les bois sont gérés par une autre agence.

        ## L'état de la forêt

        Les hêtres et les chênes sessiles dominent les peuplements. Les épisodes de sécheresse de 2018 à 2022 ont provoqué un dépérissement des épicéas plantés dans les années 1970 : près de 35 hectares ont dû être exploités en urgence, souvent à bas prix. Les hêtres montrent aussi des signes de souffrance sur les sols les plus superficiels du plateau.

        ## Les orientations retenues

        - Diversifier les essences lors des reboisements, en favorisant le chêne, l'érable et le tilleul.
        - Réduire le volume des coupes de 15 % par rapport au plan précédent pour préserver le capital sur pied.
        - Maintenir des îlots de vieux bois sur 5 % de la surface, en cohérence avec la charte du parc naturel régional.
        - Conserver l'accueil du public sur les sentiers balisés, très fréquentés le week-end.

        ## Les conséquences financières

        La forêt a rapporté en moyenne 96 000 euros par an entre 2013 et 2022, soit près du quart des recettes de fonctionnement de la commune. Les recettes attendues sont plus faibles, de l'ordre de 60 000 euros, tandis que les travaux de plantation coûteront 18 000 euros par an. La commune sollicitera les aides du plan de renouvellement forestier. La communauté de communes de la Grande Vallée de la Marne, dont Germaine est membre, sera associée aux projets de desserte du massif.
        """) with { Masthead = ["Commune de Germaine", "Conseil municipal"], InfoDates = false };
}
