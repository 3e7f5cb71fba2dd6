using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind16 territory split (issue 13): départements, named by their number ("le 56", "le 62", "le 91"), their inhabitants
// ("les Morbihannais", "les Seinomarins", "les Yvelinois", "les Maralpins"), a word that is also a direction or a river.
namespace SampleGenerator.Content.TerritoryBlind16;

/// <summary>The Alpes-Maritimes (the Département's plan for its collèges), its inhabitants called "les Maralpins"; Nice, the Métropole Nice Côte d'Azur, Cannes, Grasse, Antibes and Menton are context; the Var is a comparison (département and river).</summary>
public sealed class AlpesMaritimesPlanColleges2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("alpes-maritimes-plan-colleges-2024-2030.html",
        "Plan collèges 2024-2030 : le Département investit pour les jeunes Maralpins", "Département des Alpes-Maritimes", "2024-03-19",
        DocumentTypeLabels.Page, Themes.Culture, "https://departement06.example/plan-colleges-2024-2030", """
        ## Un patrimoine à moderniser

        Le Département des Alpes-Maritimes est propriétaire de 73 collèges publics, qui accueillent 58 000 jeunes Maralpins. Un tiers des bâtiments ont plus de quarante ans et beaucoup deviennent trop chauds en fin d'année scolaire. L'assemblée départementale a adopté le 14 mars 2024 un plan de 420 millions d'euros sur sept ans.

        ## Les priorités

        - La reconstruction de quatre collèges, à Nice, à Grasse, à Antibes et dans le moyen pays.
        - La rénovation énergétique de vingt établissements et la végétalisation de leurs cours.
        - L'installation de protections solaires et de brasseurs d'air dans toutes les salles exposées au sud.
        - Le renouvellement des équipements numériques des classes.

        ## Les collèges de montagne

        Dans les vallées, les collèges accueillent souvent moins de 200 élèves. Le Département y maintiendra les internats et améliorera les transports scolaires, durement touchés après la tempête de 2020 dans l'arrière-pays de Menton.

        ## La restauration scolaire

        Les cuisines de 30 collèges seront modernisées pour préparer davantage de repas sur place, avec des produits locaux. La part des produits biologiques atteindra 50 % en 2027, contre 38 % aujourd'hui.

        ## La comparaison

        Avec 2 900 euros investis par collégien sur la période, l'effort du Département est supérieur à celui du Var voisin. La Métropole Nice Côte d'Azur, Cannes et les autres villes seront associées à la conception des nouveaux établissements, notamment pour l'ouverture des équipements sportifs aux associations et pour les accès à vélo.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Éducation", "Collèges"] };
}

/// <summary>The Corse-du-Sud (its departmental council's last administrative account, 2016, before the Collectivité de Corse replaced both départements on 1 January 2018) -> departement:2A; Ajaccio, Porto-Vecchio, Sartène and Propriano are context; the Haute-Corse is a comparison; the Collectivité territoriale de Corse (the région) is context. Debatable: the département no longer exists as a council, but the document is about it and its code is in the gazetteer.</summary>
public sealed class CorseDuSudCompteAdministratif2016 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("corse-du-sud-compte-administratif-2016.pdf",
        "Conseil départemental de la Corse-du-Sud : rapport de présentation du compte administratif 2016", "Conseil départemental de la Corse-du-Sud", "2017-06-20",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://cd2a.example/compte-administratif-2016.pdf",
        "Corse-du-Sud - compte administratif 2016", "routes départementales", """
        ## Un exercice particulier

        Le compte administratif 2016 est l'un des derniers du conseil départemental de la Corse-du-Sud. La loi prévoit en effet qu'au 1er janvier 2018, la collectivité territoriale de Corse et les deux départements de l'île laisseront place à une collectivité unique. Les comptes présentés ici serviront de base au transfert des biens, des personnels et des engagements.

        ## Les dépenses de fonctionnement

        Les dépenses réelles de fonctionnement atteignent 196 millions d'euros. L'action sociale en représente 54 % : revenu de solidarité active, allocation personnalisée d'autonomie, aide sociale à l'enfance et prestations en faveur des personnes handicapées. Le nombre d'allocataires du revenu de solidarité active a légèrement diminué, grâce à la bonne saison touristique à Ajaccio, à Porto-Vecchio et à Propriano.

        ## Les investissements

        Le Département a investi 61 millions d'euros, dont 34 millions sur les routes départementales, notamment la route de Sartène et les accès aux villages de l'intérieur. Les collèges ont bénéficié de 9 millions d'euros, pour la rénovation de deux établissements d'Ajaccio. Les aides aux communes rurales, pour leurs réseaux d'eau et leurs bâtiments, s'élèvent à 8 millions d'euros.

        ## La situation financière

        L'épargne brute s'établit à 27 millions d'euros, soit 12 % des recettes de fonctionnement. L'encours de la dette atteint 148 millions d'euros, soit une capacité de désendettement de 5,5 années. Le taux de la taxe foncière départementale n'a pas été modifié.

        ## La comparaison avec la Haute-Corse

        Les dépenses d'action sociale par habitant sont inférieures de 8 % à celles de la Haute-Corse, mais les dépenses de voirie, rapportées à la longueur du réseau, sont comparables. Les services des deux départements travaillent depuis 2016 à l'harmonisation de leurs procédures et de leurs règlements d'aides, en vue de la fusion. Une commission commune examine l'inventaire des biens et la situation des agents.
        """) with { Masthead = ["Conseil départemental de la Corse-du-Sud"], Byline = ["Session budgétaire de juin 2017"] };
}

/// <summary>The Nord (the département's child welfare observatory); "nord" is also a direction ("au nord de", "le nord-est"); Lille ("la métropole lilloise"), Roubaix, Tourcoing, Maubeuge, the Avesnois and the Valenciennois are context; the Pas-de-Calais is a comparison; national figures are comparisons.</summary>
public sealed class NordObservatoireProtectionEnfance2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("nord-observatoire-protection-enfance-2023.html",
        "Protection de l'enfance dans le Nord : les chiffres de l'observatoire départemental", "Département du Nord", "2023-12-05",
        DocumentTypeLabels.Etude, Themes.Social, "https://lenord.example/observatoire-protection-enfance-2023", """
        ## Le premier département pour la protection de l'enfance

        Avec 2,6 millions d'habitants, le Nord est le département le plus peuplé de France. Au 31 décembre 2022, 21 400 enfants et jeunes majeurs y bénéficiaient d'une mesure de protection de l'enfance, soit 3,1 % des moins de 21 ans, contre 2,2 % en moyenne en France.

        ## Les placements

        - 11 900 enfants sont confiés à l'aide sociale à l'enfance, dont 45 % en famille d'accueil.
        - Les placements augmentent le plus dans le sud-est du département, autour de Maubeuge et dans l'Avesnois.
        - Au nord de la métropole lilloise, à Roubaix et à Tourcoing, les mesures à domicile dominent.

        ## Les difficultés

        Le Département manque d'assistants familiaux : 300 départs à la retraite sont attendus d'ici cinq ans. Les établissements du Valenciennois signalent des délais d'admission de plusieurs semaines. Les jeunes majeurs sortant de l'aide sociale à l'enfance restent trop souvent sans solution de logement.

        ## Les actions

        L'observatoire recommande de renforcer la prévention auprès des familles, de recruter des assistants familiaux et de créer des places pour les adolescents en grande difficulté. Le Département du Nord y consacrera 40 millions d'euros supplémentaires en 2024. Une comparaison avec le Pas-de-Calais voisin, qui a développé l'accueil chez des tiers de confiance, sera menée l'an prochain. Les données détaillées, par territoire d'action sociale, figurent dans le rapport complet de l'observatoire, présenté à la commission des solidarités du conseil départemental.
        """) with { Meta = HtmlMeta.Citation, Lead = "Observatoire départemental de la protection de l'enfance — rapport 2023.", Breadcrumb = ["Solidarités", "Enfance"] };
}

/// <summary>The Pas-de-Calais, mostly called "le 62" (and "le Pas-de-Calais" once); "le 59" (the Nord) is a comparison by number; Arras, Lens, Calais, Boulogne-sur-Mer and Saint-Omer are context; the bassin minier is a landscape; national figures are comparisons.</summary>
public sealed class PasDeCalaisRsaAccompagnement2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("pas-de-calais-rsa-accompagnement-emploi-2024.pdf",
        "Revenu de solidarité active : l'accompagnement vers l'emploi dans le 62", "Département du Pas-de-Calais", "2024-05-14",
        DocumentTypeLabels.Etude, Themes.Social, "https://pasdecalais.example/etude-rsa-accompagnement-2024.pdf",
        "Le 62 - RSA et emploi", "référent unique", """
        ## Les allocataires

        Fin 2023, le 62 comptait 58 000 foyers allocataires du revenu de solidarité active, soit 9,6 % des ménages, contre 6,1 % en moyenne en France. Leur nombre a diminué de 7 % en deux ans, grâce à la reprise de l'emploi, mais il reste élevé dans le bassin minier, autour de Lens, et sur le littoral, à Calais et à Boulogne-sur-Mer.

        ## L'accompagnement

        Chaque allocataire doit être accompagné par un référent unique. Dans le 62, 71 % des allocataires ont un référent désigné, et 54 % ont signé un contrat d'engagements réciproques. Les délais de désignation atteignent parfois trois mois dans les secteurs où les travailleurs sociaux manquent.

        ## Les expérimentations

        - Depuis 2023, le Département teste l'accompagnement renforcé de 15 heures d'activité par semaine dans le secteur d'Arras et de Saint-Omer.
        - Des chantiers d'insertion dans le bâtiment et l'entretien des espaces naturels ont accueilli 1 800 allocataires.
        - Une plateforme de mobilité prête des scooters et finance des permis de conduire.

        ## Les résultats

        Dix-huit mois après leur entrée dans le dispositif renforcé, 39 % des allocataires suivis ont retrouvé un emploi ou une formation, contre 24 % des autres. Le 62 fait mieux que le 59 voisin sur ce point, mais moins bien sur la durée des contrats obtenus, souvent courts.

        ## Les orientations

        Le Département du Pas-de-Calais généralisera l'accompagnement renforcé en 2025 et recrutera quarante référents supplémentaires. Il demande à l'État de compenser davantage le coût de l'allocation, qui atteint 370 millions d'euros par an et pèse lourdement sur son budget. Les entreprises du 62 qui recrutent seront davantage associées, par des forums organisés dans chaque maison du Département et par des périodes d'immersion rémunérées. Les résultats seront suivis chaque semestre par l'observatoire départemental de l'insertion, avec les partenaires de l'emploi et de la formation.
        """) with { Masthead = ["Département du Pas-de-Calais", "Observatoire de l'insertion"], Byline = ["Direction de l'insertion et de l'emploi"] };
}

/// <summary>The Seine-Maritime (the Département's digital inclusion programme for people over 60), its inhabitants called "les Seinomarins"; the Seine is the river; Rouen, Le Havre, Dieppe and Fécamp are context; the pays de Caux and the pays de Bray are landscapes; the Eure is a comparison.</summary>
public sealed class SeineMaritimeInclusionNumerique2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("seine-maritime-inclusion-numerique-seniors-2023.html",
        "Inclusion numérique : le Département accompagne les Seinomarins de plus de 60 ans", "Département de la Seine-Maritime", "2023-06-06",
        DocumentTypeLabels.Page, Themes.Social, "https://seinemaritime.example/inclusion-numerique-seniors", """
        ## Un constat

        Selon une enquête menée par le Département de la Seine-Maritime, un Seinomarin sur trois âgé de plus de 60 ans ne se sent pas capable de réaliser seul une démarche administrative en ligne. Ce chiffre atteint un sur deux après 75 ans. Les habitants des communes rurales du pays de Caux et du pays de Bray sont les plus concernés, souvent faute d'une bonne connexion.

        ## Le programme

        - 40 conseillers numériques interviennent dans les mairies, les bibliothèques et les résidences autonomie.
        - Des ateliers gratuits sont proposés dans 120 communes, de Rouen et du Havre aux villages des bords de Seine.
        - Des tablettes reconditionnées sont prêtées pour six mois aux personnes âgées isolées.
        - Une ligne téléphonique répond aux questions du lundi au vendredi.

        ## Les résultats

        En un an, 9 200 Seinomarins ont participé à au moins un atelier. Les sujets les plus demandés sont la messagerie, la prise de rendez-vous médicaux et les échanges avec les caisses de retraite.

        ## La suite

        Le Département prolonge le programme jusqu'en 2026 et l'étend aux aidants familiaux. Les communes du littoral, comme Dieppe et Fécamp, accueilleront des permanences pendant l'été. Le dispositif s'inspire en partie de celui de l'Eure voisine, qui a formé les secrétaires de mairie pour accompagner les habitants. Les Seinomarins intéressés peuvent s'inscrire aux ateliers auprès de leur mairie ou du centre médico-social le plus proche.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Solidarités", "Numérique"] };
}

/// <summary>The Yvelines (the Département's plan for the autonomy of elderly and disabled people), its inhabitants called "les Yvelinois"; Versailles, Mantes-la-Jolie, Rambouillet and Saint-Quentin-en-Yvelines are context; the Hauts-de-Seine and the interdepartmental public body of the Yvelines and Hauts-de-Seine are comparisons and a body; Île-de-France is context; the Seine is the river.</summary>
public sealed class YvelinesSchemaAutonomie2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("yvelines-schema-autonomie-2023-2027.pdf",
        "Schéma départemental de l'autonomie des Yvelines 2023-2027", "Département des Yvelines", "2023-04-04",
        DocumentTypeLabels.Rapport, Themes.Social, "https://yvelines.example/schema-autonomie-2023-2027.pdf",
        "Yvelines - schéma de l'autonomie", "résidences autonomie", """
        ## Le diagnostic

        Les Yvelinois de plus de 75 ans sont aujourd'hui 120 000 ; ils seront 170 000 en 2035. Le nombre de bénéficiaires de l'allocation personnalisée d'autonomie a progressé de 12 % en cinq ans. Les écarts sont forts entre le nord du département, le long de la Seine autour de Mantes-la-Jolie, où la population est plus jeune mais plus modeste, et le sud rural, autour de Rambouillet, qui vieillit plus vite.

        ## Les orientations

        - Permettre aux personnes âgées et handicapées de rester chez elles : aide à domicile, adaptation des logements, téléassistance.
        - Développer les résidences autonomie et l'habitat inclusif, avec 1 200 places nouvelles d'ici 2027.
        - Soutenir les aidants par des plateformes de répit dans chaque territoire d'action départementale.
        - Transformer les établissements d'hébergement pour personnes âgées dépendantes en centres de ressources ouverts sur leur quartier.

        ## La coopération avec les Hauts-de-Seine

        Les deux départements ont mis en commun plusieurs services au sein d'un établissement public interdépartemental, notamment pour l'adoption et l'archéologie. Le schéma prévoit d'étendre cette coopération aux achats de téléassistance et aux formations des aides à domicile.

        ## Les moyens

        Le Département consacrera 2,1 milliards d'euros à l'autonomie sur la durée du schéma, dont 180 millions d'investissement. Les communes, dont Versailles et les villes de Saint-Quentin-en-Yvelines, seront associées à la localisation des nouvelles résidences.

        ## Le suivi

        Les Yvelinois et leurs proches pourront donner leur avis sur les actions engagées lors de forums organisés chaque année dans les territoires. Un comité de suivi réunissant les représentants des usagers, les établissements, les services d'aide à domicile et l'agence régionale de santé d'Île-de-France se réunira deux fois par an. Un bilan à mi-parcours sera présenté à l'assemblée départementale en 2025, avec des indicateurs publiés sur le site du Département.
        """) with { Masthead = ["Département des Yvelines"], Byline = ["Adopté par l'assemblée départementale le 31 mars 2023"] };
}

/// <summary>The Essonne, often called "le 91" (INSEE regional study of jobs); the Essonne is also the river; Évry-Courcouronnes, Massy, Orsay, Saclay and Étampes are context; Paris and the Hauts-de-Seine are comparisons; Île-de-France is context; national figures are comparisons.</summary>
public sealed class InseeEssonneEmploi2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("insee-essonne-emploi-salarie-2024.html",
        "Le 91 gagne des emplois, surtout autour du plateau de Saclay", "INSEE", "2024-02-08",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/idf-essonne-emploi", """
        ## Une croissance plus rapide que la moyenne

        Entre 2015 et 2022, l'Essonne a gagné 41 000 emplois salariés, soit une hausse de 9 %, plus rapide que la moyenne de l'Île-de-France et que celle de la France métropolitaine. Le 91 compte désormais 470 000 emplois pour 1,3 million d'habitants.

        ## La géographie de l'emploi

        La croissance est très concentrée. Le nord-ouest du département, autour de Massy, d'Orsay et du plateau de Saclay, concentre les deux tiers des emplois créés, dans la recherche, l'ingénierie et les services aux entreprises. Évry-Courcouronnes et les communes de la vallée de la Seine progressent plus modestement. Le sud rural, autour d'Étampes et dans la vallée de l'Essonne, perd des emplois agricoles et industriels.

        ## Les déplacements domicile-travail

        Un actif essonnien sur trois travaille hors du département, le plus souvent à Paris ou dans les Hauts-de-Seine. Les trajets vers le plateau de Saclay progressent, mais restent difficiles en transports en commun, en attendant la nouvelle ligne de métro. À l'inverse, de nombreux salariés qui travaillent dans le 91 habitent les départements voisins ou le Loiret.

        ## Méthode

        Cette étude utilise les estimations d'emploi localisées et le recensement de la population. Les données détaillées par commune et par secteur d'activité sont disponibles en téléchargement.
        """) with { Meta = HtmlMeta.Citation, Lead = "Île-de-France — L'emploi salarié en Essonne de 2015 à 2022.", Breadcrumb = ["Statistiques", "Études régionales"] };
}

/// <summary>The Morbihan, named only by its number ("le 56") and its inhabitants ("les Morbihannais") in the text, and by the publisher's name; the golfe du Morbihan is a landscape; Vannes, Lorient, Pontivy and Ploërmel are context; the Finistère and the Ille-et-Vilaine are comparisons; Bretagne is context.</summary>
public sealed class MorbihanBarometreRoutes2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("barometre-morbihannais-routes-departementales-2024.html",
        "Baromètre : ce que les Morbihannais pensent de leurs routes", "Conseil départemental du 56", "2024-07-09",
        DocumentTypeLabels.Etude, Themes.Geo, "https://le56.example/barometre-routes-2024", """
        ## L'enquête

        Pour la troisième année, le Département a interrogé 2 000 Morbihannais sur les 4 200 kilomètres de routes départementales du 56. L'enquête a été réalisée par téléphone et en ligne en mai 2024, auprès d'un échantillon représentatif des habitants de plus de 18 ans.

        ## Les résultats

        - 74 % des Morbihannais jugent les routes du 56 en bon état, un résultat stable.
        - La sécurité des cyclistes est la première préoccupation, citée par 52 % des personnes interrogées.
        - La traversée des bourgs et la vitesse des poids lourds viennent ensuite.
        - Les habitants de l'intérieur, autour de Pontivy et de Ploërmel, sont plus critiques que ceux du littoral.

        ## Les comparaisons

        Les usagers interrogés se montrent plus satisfaits que ceux du Finistère et de l'Ille-et-Vilaine, interrogés avec le même questionnaire par leurs départements. Les axes qui desservent Vannes et Lorient restent saturés aux heures de pointe, et les abords du golfe du Morbihan en été.

        ## Les suites

        Le Département consacrera 8 millions d'euros supplémentaires aux aménagements cyclables en 2025, en priorité sur les liaisons entre les bourgs et les collèges. Il renforcera les contrôles de vitesse avec les services de l'État. Les résultats détaillés, par secteur et par type d'usager, sont publiés sur le site du 56. Les Morbihannais peuvent aussi signaler en ligne un nid-de-poule, un panneau abîmé ou un aménagement dangereux : leurs signalements sont transmis aux agences routières, qui s'engagent à répondre sous quinze jours.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Routes", "Enquêtes"] };
}

/// <summary>The Creuse (its observatory of ageing; "les Creusois"); the Creuse is also the river; Guéret, Aubusson and La Souterraine are context; the former Limousin région is context (history); the Haute-Vienne and the Corrèze are comparisons; national figures are comparisons.</summary>
public sealed class CreuseObservatoireVieillissement2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("creuse-observatoire-vieillissement-2023.pdf",
        "Observatoire départemental du vieillissement de la Creuse : rapport 2023", "Département de la Creuse", "2023-10-17",
        DocumentTypeLabels.Etude, Themes.Social, "https://creuse.example/observatoire-vieillissement-2023.pdf",
        "Creuse - observatoire du vieillissement 2023", "personnes âgées isolées", """
        ## Le département le plus âgé

        La Creuse compte 115 000 habitants, dont 37 % ont plus de 60 ans, contre 27 % en moyenne en France. Un Creusois sur six a plus de 75 ans. La population diminue d'environ 0,6 % par an, car les décès sont nettement plus nombreux que les naissances, malgré l'arrivée de retraités et de jeunes ménages venus des grandes villes.

        ## Les personnes âgées isolées

        Près de la moitié des Creusois de plus de 80 ans vivent seuls, souvent dans des hameaux éloignés des services. La distance moyenne au médecin généraliste le plus proche atteint 8 kilomètres. Les services d'aide à domicile parcourent chaque année plus de 6 millions de kilomètres.

        ## L'offre d'accueil

        Le département dispose de 2 900 places en établissements pour personnes âgées, un taux d'équipement supérieur à celui de la Haute-Vienne et de la Corrèze, ses voisines de l'ancien Limousin. Mais plusieurs établissements, à Guéret, à Aubusson et à La Souterraine, peinent à recruter des soignants et ont dû fermer des lits.

        ## Les recommandations

        - Développer l'accueil familial, qui permet à des personnes âgées de vivre chez des particuliers agréés.
        - Créer des logements adaptés dans les centres-bourgs, près des commerces et des services.
        - Renforcer les visites de convivialité par des bénévoles et des jeunes en service civique.
        - Attirer des professionnels de santé par des aides au logement et des stages.

        ## La suite

        L'observatoire, créé par le Département en 2019, publiera une mise à jour chaque année, avec des indicateurs par canton et par communauté de communes. Il associe la caisse d'assurance retraite, la mutualité sociale agricole, l'agence régionale de santé et les associations de retraités, qui ont contribué à l'enquête de terrain réalisée au printemps auprès de 800 habitants.
        """) with { Masthead = ["Département de la Creuse", "Observatoire départemental du vieillissement"], Byline = ["Rapport 2023"] };
}

/// <summary>The Lozère (its departmental housing observatory); Mende, Florac Trois Rivières, Marvejols, Langogne and Saint-Chély-d'Apcher are context (the last two subjects of other documents of this split); the Lot is the river (and a département, context); the Aubrac, the Cévennes and the Margeride are landscapes; the Gévaudan is a historic pays.</summary>
public sealed class LozereObservatoireHabitat2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("lozere-observatoire-habitat-logements-vacants-2024.html",
        "Lozère : l'observatoire de l'habitat fait le point sur les logements vacants", "Département de la Lozère", "2024-01-09",
        DocumentTypeLabels.Etude, Themes.Geo, "https://lozere.example/observatoire-habitat-2024", """
        ## Un parc ancien et sous-occupé

        La Lozère, département le moins peuplé de France avec 77 000 habitants, compte 58 000 logements. Un sur quatre est une résidence secondaire et près d'un sur dix est vacant. Les logements vacants se concentrent dans les centres anciens de Mende, de Marvejols, de Langogne et de Saint-Chély-d'Apcher, mais aussi dans les villages de la Margeride et des Cévennes.

        ## Les causes

        Les logements vacants sont souvent anciens, mal isolés et difficiles d'accès, dans des maisons de bourg sans jardin ni garage. Beaucoup appartiennent à des héritiers qui vivent hors du département. Les coûts de rénovation dépassent fréquemment la valeur du bien.

        ## Les besoins

        Paradoxalement, les entreprises du Gévaudan et de la vallée du Lot peinent à loger leurs salariés, et les jeunes ménages ne trouvent pas de location. L'observatoire estime qu'il faudrait remettre sur le marché 150 logements par an.

        ## Les actions du Département

        Le Département propose une prime de 10 000 euros aux propriétaires qui rénovent un logement vacant pour le louer, en complément des aides de l'État. Il finance une opération de revitalisation des centres-bourgs avec les intercommunalités, de l'Aubrac à Florac Trois Rivières. Les propriétaires intéressés peuvent contacter le guichet de l'habitat, qui les conseille gratuitement sur les travaux, les aides et la mise en location, et peut les mettre en relation avec des artisans qualifiés.
        """) with { Meta = HtmlMeta.DublinCore, Lead = "Observatoire départemental de l'habitat — édition 2024.", Breadcrumb = ["Habitat", "Observatoire"] };
}
