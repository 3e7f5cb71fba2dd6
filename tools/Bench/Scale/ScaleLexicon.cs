namespace Search.Bench.Scale;

/// <summary>One topic as written here: the word stems that pull sample words into it, and our own words and phrases.</summary>
/// <param name="Stems">Lower-case prefixes: every sample noun or adjective starting with one of them joins the topic.</param>
/// <param name="Words">Our own nouns and noun phrases: "f:", "m:", "fp:", "mp:" give gender and number.</param>
/// <param name="Subjects">Title subjects; "{des}" becomes a kind of local authority ("des communes", "des départements"…).</param>
/// <param name="Headings">Section headings.</param>
/// <param name="Measures">Column labels of figure tables.</param>
/// <param name="Units">What is counted in this topic (plural nouns after a number).</param>
internal sealed record TopicSpec(
    string Key, string[] Stems, string[] Words, string[] Subjects, string[] Headings, string[] Measures, string[] Units);

/// <summary>
/// The word lists written for the scale corpus: topics, extra nouns and adjectives (the rarer tail beyond the sample
/// texts), verbs, stop words. Everything here was written for this generator; the sample texts of the repository only
/// contribute word frequencies (see <see cref="ScaleVocabulary"/>).
/// </summary>
internal static class ScaleLexicon
{
    public static readonly TopicSpec[] Topics =
    [
        new("finances",
            ["budg", "dette", "endett", "emprunt", "épargn", "investiss", "fonctionnement", "dépens", "recett", "trésor", "encours",
             "désendett", "excédent", "déficit", "autofinanc", "annuit", "financ", "charge", "solde", "rembours", "exercice", "comptab"],
            ["m:budget primitif", "m:compte administratif", "f:épargne brute", "f:épargne nette", "f:capacité de désendettement",
             "m:encours de dette", "fp:dépenses de fonctionnement", "fp:dépenses d'investissement", "fp:recettes de fonctionnement",
             "mp:frais de personnel", "f:capacité d'autofinancement", "m:fonds de roulement", "f:trésorerie", "m:taux d'épargne",
             "f:section de fonctionnement", "f:section d'investissement", "m:résultat de clôture", "m:besoin de financement",
             "mp:intérêts de la dette", "m:remboursement en capital", "f:annuité de la dette", "m:budget annexe", "m:compte de gestion",
             "f:prospective financière", "m:plan pluriannuel d'investissement", "fp:charges à caractère général", "m:débat d'orientation budgétaire",
             "f:décision modificative", "m:reste à réaliser", "m:emprunt structuré", "f:ligne de trésorerie", "m:ratio de solvabilité",
             "fp:dépenses réelles", "m:excédent brut de fonctionnement", "f:dette par habitant"],
            ["les finances {des}", "la situation financière {des}", "l'endettement {des}", "les budgets primitifs {des}",
             "l'épargne brute {des}", "les comptes {des}", "l'investissement {des}", "les dépenses de fonctionnement {des}",
             "la trésorerie {des}", "les budgets annexes {des}", "la dette {des}", "l'exécution budgétaire {des}"],
            ["Les dépenses de fonctionnement", "Les recettes de fonctionnement", "L'épargne et l'autofinancement", "L'investissement",
             "L'endettement", "La situation financière", "La trésorerie", "L'exécution du budget", "La qualité de l'information budgétaire",
             "Les perspectives financières"],
            ["Dépenses de fonctionnement (M€)", "Recettes de fonctionnement (M€)", "Épargne brute (M€)", "Encours de dette (M€)",
             "Dépenses d'investissement (€/hab.)", "Capacité de désendettement (années)", "Taux d'épargne brute (%)"],
            ["budgets", "emprunts", "opérations", "comptes"]),
        new("fonction-publique",
            ["agent", "apprenti", "effectif", "emploi", "recrut", "rémunér", "fonctionnaire", "contractuel", "personnel", "carrièr",
             "formation", "métier", "titulair", "absent", "salari", "retraite", "employeur", "vacataire"],
            ["f:fonction publique territoriale", "m:agent territorial", "mp:agents contractuels", "m:contrat d'apprentissage",
             "m:centre de gestion", "m:régime indemnitaire", "m:temps de travail", "m:absentéisme", "f:masse salariale",
             "m:glissement vieillesse technicité", "f:catégorie C", "mp:effectifs physiques", "m:équivalent temps plein",
             "f:mobilité", "m:départ à la retraite", "f:titularisation", "m:télétravail", "f:filière technique", "f:filière administrative",
             "m:cadre d'emplois", "m:emploi permanent", "f:pyramide des âges des agents", "m:plan de formation", "m:compte épargne-temps",
             "f:protection sociale complémentaire", "m:dialogue social", "fp:lignes directrices de gestion", "mp:emplois fonctionnels"],
            ["les apprentis dans les collectivités locales", "l'emploi public local", "les effectifs de la fonction publique territoriale",
             "les rémunérations des agents territoriaux", "l'absentéisme {des}", "les recrutements {des}", "la masse salariale {des}",
             "les départs à la retraite dans la fonction publique territoriale", "la formation des agents territoriaux",
             "le temps de travail dans les collectivités"],
            ["Les effectifs", "Les recrutements", "Les rémunérations", "Le temps de travail", "La formation des agents",
             "La gestion des ressources humaines", "Les apprentis", "Les départs à la retraite", "L'absentéisme"],
            ["Effectifs au 31 décembre", "Équivalents temps plein", "Part des contractuels (%)", "Apprentis", "Taux d'absentéisme (%)",
             "Masse salariale (M€)"],
            ["agents", "apprentis", "contrats", "emplois", "recrutements"]),
        new("fiscalite",
            ["fisc", "impôt", "impos", "taxe", "cfe", "cvae", "tfpb", "foncièr", "cotisation", "exonér", "abattement", "contribuab",
             "taux", "produit", "valeur", "tva", "redevance"],
            ["f:taxe foncière sur les propriétés bâties", "f:taxe d'habitation", "f:cotisation foncière des entreprises",
             "f:cotisation sur la valeur ajoutée des entreprises", "f:taxe d'enlèvement des ordures ménagères", "fp:valeurs locatives",
             "f:base d'imposition", "m:taux d'imposition", "m:coefficient correcteur", "f:fiscalité directe locale", "f:fraction de TVA",
             "m:potentiel fiscal", "m:effort fiscal", "f:taxe de séjour", "mp:droits de mutation à titre onéreux",
             "f:imposition forfaitaire sur les entreprises de réseaux", "f:révision des valeurs locatives",
             "f:taxe sur les résidences secondaires", "f:taxe foncière sur les propriétés non bâties", "m:produit fiscal",
             "f:suppression de la taxe d'habitation", "f:taxe d'aménagement", "m:vote des taux", "f:majoration de taxe d'habitation"],
            ["la fiscalité locale", "les taux de fiscalité directe locale", "la taxe foncière {des}", "les ressources fiscales {des}",
             "la cotisation foncière des entreprises", "la réforme de la fiscalité locale", "les impôts locaux", "la fiscalité {des}",
             "les bases d'imposition {des}", "la taxe d'habitation sur les résidences secondaires"],
            ["Les taux votés", "Les bases d'imposition", "Le produit de la fiscalité", "La fiscalité économique",
             "La suppression de la taxe d'habitation", "Les exonérations", "La pression fiscale"],
            ["Taux de TFPB (%)", "Produit de la CFE (M€)", "Bases nettes (M€)", "Produit fiscal par habitant (€)", "Taux moyen (%)",
             "Produit de la CVAE (M€)"],
            ["contribuables", "locaux", "entreprises", "foyers"]),
        new("dotations",
            ["dotation", "dgf", "péréqu", "concours", "detr", "dsil", "fonds", "subvention", "compens", "fpic", "dsr", "dsu", "enveloppe",
             "répartition", "attribution"],
            ["f:dotation globale de fonctionnement", "f:dotation forfaitaire", "f:dotation de solidarité rurale",
             "f:dotation de solidarité urbaine et de cohésion sociale", "f:dotation d'équipement des territoires ruraux",
             "f:dotation de soutien à l'investissement local", "f:péréquation verticale", "f:péréquation horizontale",
             "m:fonds national de péréquation des ressources intercommunales et communales", "mp:concours financiers de l'État",
             "f:dotation d'intercommunalité", "f:dotation de compensation", "f:dotation nationale de péréquation",
             "m:fonds de compensation pour la TVA", "m:écrêtement", "f:dotation politique de la ville", "f:dotation biodiversité",
             "m:prélèvement sur recettes", "f:loi de finances", "m:comité des finances locales", "m:critère de ressources",
             "f:dotation de soutien à l'investissement des départements", "f:dotation élu local"],
            ["les dotations de l'État aux collectivités", "la dotation globale de fonctionnement {des}", "la péréquation financière",
             "les dotations d'investissement", "les concours financiers de l'État", "la répartition de la DGF", "la dotation de solidarité rurale",
             "les subventions d'investissement {des}", "le fonds national de péréquation"],
            ["La dotation globale de fonctionnement", "Les dotations de péréquation", "Les dotations d'investissement",
             "Les critères de répartition", "Les montants notifiés", "L'évolution des concours de l'État"],
            ["DGF (M€)", "DGF par habitant (€)", "Dotation forfaitaire (M€)", "DSR (M€)", "DETR (M€)", "Projets subventionnés"],
            ["bénéficiaires", "projets", "attributions", "communes éligibles"]),
        new("intercommunalite",
            ["intercommun", "epci", "communaut", "métropol", "groupement", "mutualis", "compétenc", "syndica", "fusion", "périmètr",
             "agglomér", "coopérat"],
            ["f:communauté de communes", "f:communauté d'agglomération", "f:communauté urbaine", "f:métropole",
             "m:établissement public de coopération intercommunale", "f:fiscalité professionnelle unique", "m:transfert de compétences",
             "f:attribution de compensation", "m:schéma de mutualisation", "m:syndicat intercommunal", "f:commune nouvelle",
             "m:conseil communautaire", "m:pacte financier et fiscal", "f:commune membre", "m:coefficient d'intégration fiscale",
             "m:schéma départemental de coopération intercommunale", "f:dotation de solidarité communautaire", "m:service commun",
             "f:compétence eau et assainissement", "m:projet de territoire", "f:conférence des maires"],
            ["l'intercommunalité", "les groupements à fiscalité propre", "les communes nouvelles", "les compétences des intercommunalités",
             "la mutualisation des services", "les métropoles", "les communautés de communes", "les syndicats intercommunaux",
             "la carte intercommunale", "les flux financiers entre communes et intercommunalités"],
            ["La carte intercommunale", "Les compétences exercées", "La mutualisation", "Les relations financières avec les communes membres",
             "L'intégration fiscale", "Le projet de territoire"],
            ["Groupements", "Communes membres", "Population regroupée", "Coefficient d'intégration fiscale", "Compétences transférées"],
            ["groupements", "communes membres", "syndicats", "compétences"]),
        new("environnement",
            ["déchet", "ordure", "collect", "tri", "recycl", "environn", "climat", "énergi", "pcaet", "émission", "carbon", "transit",
             "eau", "assainiss", "biodivers", "rénovation", "pollu", "écolog"],
            ["mp:déchets ménagers et assimilés", "f:collecte sélective", "f:déchèterie", "m:plan climat-air-énergie territorial",
             "fp:émissions de gaz à effet de serre", "f:transition écologique", "f:rénovation énergétique", "m:tri à la source",
             "mp:biodéchets", "f:redevance incitative", "m:centre de tri", "f:valorisation matière", "m:enfouissement",
             "f:consommation d'énergie", "f:qualité de l'air", "m:réseau de chaleur", "mp:espaces naturels", "f:artificialisation des sols",
             "mp:emballages ménagers", "m:compostage", "f:ressourcerie", "m:coût aidé", "f:énergie renouvelable",
             "m:service public de prévention et de gestion des déchets", "f:eau potable", "m:assainissement collectif", "mp:îlots de chaleur"],
            ["la collecte des déchets ménagers", "les plans climat-air-énergie territoriaux", "la transition écologique {des}",
             "les dépenses environnementales {des}", "le coût du service public des déchets", "la rénovation énergétique des bâtiments publics",
             "la gestion de l'eau et de l'assainissement", "le tri des biodéchets", "la consommation d'énergie {des}"],
            ["La collecte", "Le traitement des déchets", "Les coûts du service", "Les actions du plan climat", "Les émissions du territoire",
             "La consommation d'énergie", "La prévention des déchets"],
            ["Ordures ménagères résiduelles (kg/hab.)", "Collecte sélective (kg/hab.)", "Coût aidé (€/hab.)", "Taux de valorisation (%)",
             "Émissions (kt CO2e)"],
            ["tonnes", "déchèteries", "foyers desservis", "kilogrammes par habitant"]),
        new("logement",
            ["logement", "habitat", "loyer", "bailleur", "hlm", "urbanis", "construct", "résidence", "vacance", "immobili", "quartier",
             "locati"],
            ["m:logement social", "m:bailleur social", "m:parc locatif", "f:vacance des logements", "fp:résidences secondaires",
             "m:programme local de l'habitat", "f:politique de la ville", "mp:quartiers prioritaires de la politique de la ville",
             "f:opération programmée d'amélioration de l'habitat", "m:permis de construire", "m:plan local d'urbanisme intercommunal",
             "m:renouvellement urbain", "f:mixité sociale", "f:résorption de l'habitat insalubre", "f:mise en chantier",
             "m:prix du foncier", "f:demande de logement social", "m:loyer moyen", "f:revitalisation des centres-bourgs",
             "f:opération de revitalisation de territoire"],
            ["le logement social", "la construction de logements", "les quartiers prioritaires", "la vacance des logements",
             "les résidences secondaires", "la politique de l'habitat {des}", "la revitalisation des centres-villes",
             "le renouvellement urbain"],
            ["Le parc de logements", "La construction neuve", "Le logement social", "La vacance", "Les quartiers prioritaires",
             "La politique de l'habitat"],
            ["Logements", "Part des logements sociaux (%)", "Logements vacants (%)", "Logements autorisés", "Résidences secondaires (%)"],
            ["logements", "ménages", "demandeurs", "opérations"]),
        new("transports",
            ["transport", "mobilit", "déplac", "voiri", "rout", "ferrovi", "vélo", "stationnement", "trajet", "voyageur", "desserte"],
            ["m:versement mobilité", "f:autorité organisatrice de la mobilité", "m:transport scolaire", "mp:transports en commun",
             "f:voirie départementale", "m:réseau routier", "m:covoiturage", "fp:pistes cyclables", "mp:trajets domicile-travail",
             "f:desserte", "m:plan de mobilité", "f:ligne de bus", "m:transport à la demande", "f:gare routière", "m:réseau express régional",
             "m:transport express régional", "f:part modale", "m:pôle d'échanges multimodal"],
            ["les transports publics locaux", "la mobilité du quotidien", "les dépenses de voirie {des}", "le versement mobilité",
             "les trajets domicile-travail", "le transport scolaire", "les réseaux de transport urbain"],
            ["L'offre de transport", "Le financement de la mobilité", "La voirie", "Les déplacements domicile-travail",
             "Les modes actifs"],
            ["Voyageurs (millions)", "Kilomètres de voirie", "Versement mobilité (M€)", "Part modale de la voiture (%)"],
            ["voyageurs", "kilomètres", "lignes", "arrêts"]),
        new("elections",
            ["élu", "élect", "maire", "conseil", "scrutin", "mandat", "parit", "candidat", "vote", "adjoint", "démocrat", "délégu"],
            ["mp:élus locaux", "m:conseil municipal", "m:conseil départemental", "m:conseil régional", "fp:élections municipales",
             "f:parité", "m:scrutin de liste", "m:taux de participation", "mp:adjoints au maire", "mp:conseillers municipaux",
             "f:indemnité de fonction", "m:répertoire national des élus", "m:renouvellement général", "m:binôme de candidats",
             "fp:élections départementales", "f:démission", "m:statut de l'élu"],
            ["les élus locaux", "la parité dans les conseils municipaux", "les maires", "les élections municipales",
             "les conseillers départementaux", "le statut de l'élu local", "les indemnités des élus"],
            ["Les élus", "La parité", "Les maires", "Le renouvellement des conseils", "La participation"],
            ["Élus", "Part des femmes (%)", "Maires", "Taux de participation (%)", "Âge moyen"],
            ["élus", "maires", "conseillers municipaux", "candidats"]),
        new("demographie",
            ["populat", "habitant", "démograph", "naiss", "décès", "ménage", "migrat", "recens", "densit", "vieilliss", "âge", "jeune",
             "résident"],
            ["f:population légale", "m:recensement de la population", "m:solde naturel", "m:solde migratoire", "m:vieillissement",
             "f:densité de population", "f:pyramide des âges", "fp:mobilités résidentielles", "m:taux de croissance annuel",
             "fp:personnes âgées", "f:aire d'attraction des villes", "f:unité urbaine", "m:bassin de vie", "f:commune rurale",
             "f:grille communale de densité", "f:population municipale", "m:indice de vieillissement"],
            ["les populations légales", "la démographie {des}", "la croissance démographique", "le vieillissement de la population",
             "les mobilités résidentielles", "les communes rurales", "la population des territoires"],
            ["L'évolution de la population", "Le solde naturel", "Les migrations", "La structure par âge", "Les territoires en croissance"],
            ["Population", "Évolution annuelle (%)", "Solde naturel (%)", "Solde migratoire (%)", "Part des 65 ans ou plus (%)"],
            ["habitants", "naissances", "ménages", "résidents"]),
        new("social",
            ["social", "rsa", "allocat", "aide", "pauvret", "insert", "autonom", "handicap", "bénéficiair", "enfance", "apa", "précar",
             "solidar", "revenu", "prestation", "ccas"],
            ["m:revenu de solidarité active", "f:allocation personnalisée d'autonomie", "f:prestation de compensation du handicap",
             "f:aide sociale à l'enfance", "f:action sociale", "m:centre communal d'action sociale", "fp:dépenses sociales",
             "f:insertion professionnelle", "m:taux de pauvreté", "m:mineur non accompagné", "f:protection maternelle et infantile",
             "m:maintien à domicile", "m:revenu médian", "fp:maisons France services", "m:établissement d'hébergement pour personnes âgées dépendantes",
             "f:aide à domicile", "m:fonds de solidarité pour le logement", "f:analyse des besoins sociaux"],
            ["l'aide sociale départementale", "les dépenses sociales {des}", "le revenu de solidarité active", "l'allocation personnalisée d'autonomie",
             "l'action sociale {des}", "la pauvreté dans les territoires", "les revenus des ménages", "la protection de l'enfance"],
            ["Les allocations individuelles de solidarité", "L'aide sociale à l'enfance", "L'autonomie", "L'insertion",
             "Les bénéficiaires", "Les revenus"],
            ["Bénéficiaires du RSA", "Dépenses d'APA (M€)", "Taux de pauvreté (%)", "Revenu médian (€)", "Dépenses sociales (€/hab.)"],
            ["bénéficiaires", "allocataires", "ménages", "places"]),
        new("scolaire",
            ["scol", "école", "collège", "lycée", "élève", "enseign", "éducat", "cantine", "restaurat", "périscol", "classe", "rentrée",
             "crèche"],
            ["mp:bâtiments scolaires", "f:restauration scolaire", "mp:temps périscolaires", "f:carte scolaire", "mp:collèges publics",
             "mp:lycées", "f:caisse des écoles", "m:regroupement pédagogique intercommunal", "mp:effectifs scolaires",
             "f:dotation de fonctionnement des collèges", "mp:accueils de loisirs", "f:petite enfance", "f:crèche", "m:projet éducatif territorial",
             "mp:agents territoriaux spécialisés des écoles maternelles"],
            ["les dépenses scolaires {des}", "la restauration scolaire", "les collèges", "les lycées", "la petite enfance",
             "les écoles rurales", "les activités périscolaires"],
            ["Les écoles", "La restauration scolaire", "Le périscolaire", "Les collèges", "Les lycées", "La petite enfance"],
            ["Élèves", "Classes", "Repas servis", "Dépense par élève (€)", "Places en crèche"],
            ["élèves", "classes", "repas", "places"]),
        new("culture",
            ["cultur", "musée", "bibliothè", "médiathè", "patrimoin", "spectacl", "festival", "sport", "théâtr", "conservatoir", "artist",
             "lecture", "tourism"],
            ["fp:dépenses culturelles", "m:patrimoine", "mp:équipements culturels", "f:médiathèque", "m:conservatoire",
             "m:spectacle vivant", "m:monument historique", "f:lecture publique", "mp:équipements sportifs", "f:saison culturelle",
             "f:subvention aux associations", "m:musée de France", "m:enseignement artistique", "f:fréquentation", "m:office de tourisme",
             "m:éducation artistique et culturelle"],
            ["les dépenses culturelles {des}", "la lecture publique", "le patrimoine {des}", "les équipements sportifs",
             "la politique culturelle {des}", "le tourisme", "le spectacle vivant"],
            ["Les équipements culturels", "Le patrimoine", "La lecture publique", "Le sport", "Le soutien aux associations"],
            ["Dépenses culturelles (€/hab.)", "Entrées", "Équipements", "Subventions versées (k€)", "Inscrits"],
            ["visiteurs", "entrées", "associations", "équipements"]),
    ];

    /// <summary>Kinds of local authority, as they follow "de" in a title subject.</summary>
    public static readonly string[] DesLevels =
    [
        "des communes", "des communes", "des départements", "des régions", "des intercommunalités", "des collectivités locales",
        "des collectivités locales", "des communes rurales", "des métropoles", "des groupements à fiscalité propre",
        "des communes de moins de 3 500 habitants", "des villes moyennes",
    ];

    /// <summary>Extra nouns, beyond the sample texts: the rarer tail of the background vocabulary.</summary>
    public static readonly string[] ExtraNouns =
    [
        "m:arrêté", "f:délibération", "m:rapporteur", "f:convention", "m:avenant", "m:marché public", "f:régie", "m:mandatement",
        "m:ordonnateur", "m:comptable public", "f:trésorerie", "m:inventaire", "m:amortissement", "f:provision", "f:créance",
        "m:contentieux", "m:recouvrement", "f:immobilisation", "f:cession", "m:bail", "f:concession", "f:délégation de service public",
        "m:délégataire", "f:redevance", "m:tarif", "f:tarification", "m:usager", "mp:usagers", "f:gratuité", "m:équipement",
        "m:gymnase", "f:piscine", "m:stade", "f:salle polyvalente", "m:cimetière", "f:mairie", "m:hôtel de ville", "f:école maternelle",
        "f:école élémentaire", "m:ramassage", "m:éclairage public", "f:voirie communale", "m:chemin rural", "m:pont", "m:bourg",
        "m:hameau", "m:lotissement", "f:zone d'activité", "m:parc d'activités", "f:friche", "m:foncier", "f:réserve foncière",
        "m:aménagement", "m:aménageur", "f:concertation", "f:enquête publique", "m:commissaire enquêteur", "m:zonage",
        "m:schéma de cohérence territoriale", "f:zone humide", "m:littoral", "f:montagne", "m:risque d'inondation", "f:crue",
        "f:sécheresse", "m:incendie", "m:service départemental d'incendie et de secours", "mp:sapeurs-pompiers", "f:caserne",
        "f:police municipale", "f:vidéoprotection", "f:sécurité routière", "m:stationnement payant", "m:forfait post-stationnement",
        "m:marché forain", "m:commerce de proximité", "f:vacance commerciale", "m:centre-ville", "f:attractivité", "m:tourisme",
        "f:taxe de séjour", "m:camping", "m:port de plaisance", "m:aérodrome", "f:zone de revitalisation rurale", "m:numérique",
        "f:fibre optique", "m:très haut débit", "f:couverture mobile", "f:dématérialisation", "m:logiciel", "f:cybersécurité",
        "f:donnée ouverte", "m:open data", "f:transparence", "m:contrôle de légalité", "f:préfecture", "m:préfet", "m:sous-préfet",
        "f:chambre d'agriculture", "f:agriculture", "f:exploitation agricole", "m:circuit court", "f:forêt communale",
        "m:bois", "f:rivière", "m:bassin versant", "f:station d'épuration", "m:réseau d'eau", "f:fuite", "m:rendement de réseau",
        "m:compteur", "f:facture d'eau", "m:prix de l'eau", "f:régie des eaux", "m:syndicat des eaux", "f:crèche familiale",
        "f:halte-garderie", "m:relais petite enfance", "f:ludothèque", "m:centre social", "f:maison de santé", "m:médecin généraliste",
        "m:désert médical", "f:télémédecine", "m:hôpital", "f:maternité", "m:foyer-logement", "f:résidence autonomie",
        "m:portage de repas", "f:téléassistance", "m:jumelage", "f:coopération décentralisée", "m:bénévolat", "f:association sportive",
        "m:club", "m:comité des fêtes", "f:fête locale", "m:bulletin municipal", "m:site internet", "f:communication",
        "f:réunion publique", "m:budget participatif", "f:pétition", "m:référendum local", "f:consultation", "m:quorum",
        "m:procès-verbal", "m:registre", "f:affichage", "f:publication", "m:recueil des actes administratifs", "m:secrétaire de mairie",
        "m:directeur général des services", "m:élu référent", "f:commission des finances", "f:commission d'appel d'offres",
        "m:appel d'offres", "m:candidat retenu", "m:prestataire", "m:fournisseur", "m:délai de paiement", "m:intérêt moratoire",
        "f:facture", "m:bon de commande", "m:achat public", "f:centrale d'achat", "m:groupement de commandes", "f:mise en concurrence",
        "m:seuil", "f:procédure adaptée", "m:avis d'appel public", "f:offre", "m:critère", "f:pondération", "m:rapport d'analyse",
        "f:notification", "m:titre de recette", "m:mandat de paiement", "f:nomenclature M57", "f:instruction budgétaire",
        "m:plan comptable", "f:balance comptable", "m:compte de résultat", "m:bilan", "m:actif", "m:passif", "f:dépréciation",
        "m:rattachement des charges", "f:charge constatée d'avance", "m:produit exceptionnel", "f:subvention d'équipement",
        "m:fonds de concours", "f:participation", "m:contingent", "f:cotisation", "m:adhérent", "f:mutuelle", "f:assurance statutaire",
        "m:risque", "m:sinistre", "f:garantie d'emprunt", "m:emprunt garanti", "m:organisme de logement", "f:société d'économie mixte",
        "f:société publique locale", "m:satellite", "m:groupe local", "f:consolidation", "m:périmètre de consolidation",
        "m:épicerie solidaire", "f:banque alimentaire", "m:chantier d'insertion", "f:mission locale", "m:service civique",
        "m:contrat aidé", "m:emploi saisonnier", "m:saisonnier", "f:station de ski", "m:domaine skiable", "f:remontée mécanique",
        "m:enneigement", "m:thermalisme", "f:station thermale", "m:casino", "m:prélèvement sur les jeux", "f:île", "m:insulaire",
        "f:collectivité d'outre-mer", "m:octroi de mer", "f:surrémunération", "m:éloignement", "f:continuité territoriale",
    ];

    /// <summary>Extra adjectives (masculine singular, or the four forms "ms|fs|mp|fp" when the rules would miss them).</summary>
    public static readonly string[] ExtraAdjectives =
    [
        "local", "communal", "départemental", "régional", "intercommunal", "financier", "fiscal", "public|publique|publics|publiques",
        "territorial", "rural", "urbain", "social", "national", "annuel", "moyen|moyenne|moyens|moyennes", "brut", "net|nette|nets|nettes",
        "global", "budgétaire", "comptable", "total", "important", "significatif", "structurel", "exceptionnel", "obligatoire", "élevé",
        "faible", "stable", "prioritaire", "numérique", "culturel", "environnemental", "démographique", "économique", "administratif",
        "métropolitain", "ultramarin", "dynamique", "récent", "courant", "réel", "constant", "supérieur", "inférieur", "sensible",
        "durable", "solidaire", "collectif", "individuel", "mutualisé", "consolidé", "pluriannuel", "prévisionnel", "définitif",
        "contractuel", "statutaire", "réglementaire", "juridique", "technique", "opérationnel", "stratégique", "partenarial",
        "touristique", "agricole", "forestier", "littoral|littorale|littoraux|littorales", "montagnard", "périurbain", "frontalier",
        "modeste", "marqué", "contrasté", "notable", "limité", "croissant", "décroissant", "soutenu", "ralenti", "excédentaire",
        "déficitaire", "dégradé", "satisfaisant", "insuffisant", "perfectible", "fiable", "exhaustif", "sincère", "prudent",
    ];

    /// <summary>Verbs of change (no object), singular|plural.</summary>
    public static readonly string[] ChangeVerbs =
    [
        "progresse|progressent", "augmente|augmentent", "diminue|diminuent", "recule|reculent", "baisse|baissent",
        "ralentit|ralentissent", "accélère|accélèrent", "se replie|se replient", "croît|croissent", "fléchit|fléchissent",
        "s'accroît|s'accroissent", "se contracte|se contractent", "évolue|évoluent",
    ];

    /// <summary>Transitive verbs (a noun phrase follows), singular|plural.</summary>
    public static readonly string[] TransitiveVerbs =
    [
        "concerne|concernent", "finance|financent", "regroupe|regroupent", "comprend|comprennent", "mobilise|mobilisent",
        "soutient|soutiennent", "traduit|traduisent", "reflète|reflètent", "dépasse|dépassent", "accompagne|accompagnent",
        "renforce|renforcent", "retrace|retracent", "couvre|couvrent", "intègre|intègrent", "prolonge|prolongent",
        "améliore|améliorent", "pénalise|pénalisent", "absorbe|absorbent", "mesure|mesurent", "complète|complètent",
        "détermine|déterminent", "limite|limitent", "réduit|réduisent", "fragilise|fragilisent", "alimente|alimentent",
        "conditionne|conditionnent", "précède|précèdent", "modifie|modifient", "affecte|affectent",
    ];

    /// <summary>Verbs before an amount, singular|plural.</summary>
    public static readonly string[] AmountVerbs =
    [
        "atteint|atteignent", "s'établit à|s'établissent à", "s'élève à|s'élèvent à", "représente|représentent",
        "avoisine|avoisinent", "dépasse|dépassent", "totalise|totalisent", "se monte à|se montent à",
    ];

    /// <summary>Verbs before a share ("54 % de …"), singular|plural.</summary>
    public static readonly string[] ShareVerbs =
    [
        "représente|représentent", "pèse pour|pèsent pour", "concentre|concentrent", "correspond à|correspondent à",
        "mobilise|mobilisent", "absorbe|absorbent",
    ];

    /// <summary>Past participles (masculine singular) used in the passive voice.</summary>
    public static readonly string[] Participles =
    [
        "financé", "porté", "compensé", "soutenu", "affecté", "concerné", "réparti", "mesuré", "encadré", "géré", "transféré",
        "mobilisé", "versé", "prévu", "constaté", "engagé", "maîtrisé", "suivi", "contrôlé", "fixé", "réalisé", "publié",
        "estimé", "retenu", "revalorisé", "stabilisé",
    ];

    /// <summary>
    /// French function words: never drawn as content words (they come from the sentence patterns), never a query on their own.
    /// </summary>
    public static readonly string[] StopWords =
    [
        "a", "à", "afin", "ai", "ainsi", "alors", "après", "au", "aucun", "aucune", "auprès", "aussi", "autre", "autres", "aux",
        "avant", "avec", "avoir", "ayant", "beaucoup", "bien", "c", "ce", "ceci", "cela", "celle", "celles", "celui", "cependant",
        "certain", "certaine", "certaines", "certains", "ces", "cet", "cette", "ceux", "chacun", "chaque", "chez", "comme", "comment",
        "d", "dans", "de", "depuis", "des", "deux", "dix", "doit", "doivent", "donc", "dont", "du", "durant", "elle", "elles", "en",
        "encore", "entre", "est", "et", "été", "être", "eu", "fait", "faire", "fois", "font", "hors", "ici", "il", "ils", "j", "je",
        "jusqu", "l", "la", "le", "les", "leur", "leurs", "lors", "lorsque", "lui", "m", "mais", "me", "même", "mêmes", "moins", "n",
        "ne", "ni", "non", "nos", "notamment", "notre", "nous", "on", "ont", "ou", "où", "par", "parmi", "pas", "peu", "peut",
        "peuvent", "plus", "plusieurs", "pour", "pourquoi", "qu", "quand", "que", "quel", "quelle", "quelles", "quels", "qui",
        "quatre", "cinq", "six", "sept", "huit", "neuf", "trois", "s", "sa", "sans", "se", "selon", "ses", "si", "soit", "son",
        "sont", "sous", "sur", "t", "tant", "te", "tel", "telle", "tels", "telles", "toujours", "tous", "tout", "toute", "toutes",
        "très", "un", "une", "uns", "vers", "via", "vos", "votre", "vous", "y", "également", "toutefois", "surtout", "près",
        "avait", "avaient", "était", "étaient", "sera", "seront", "serait", "aurait", "dès", "puis", "enfin", "contre", "face",
        "déjà", "ailleurs", "désormais", "près", "environ", "moitié", "tiers", "quart", "premier", "première", "premiers",
        "premières", "dernier", "dernière", "derniers", "dernières", "grand", "grande", "grands", "grandes", "petit", "petite",
        "petits", "petites", "haut", "haute", "hauts", "hautes", "nouveau", "nouvelle", "nouveaux", "nouvelles", "seul", "seule",
        "seuls", "seules", "second", "seconde", "ancien", "ancienne", "anciens", "anciennes", "prochain", "prochaine", "meilleur",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "ans", "an", "année", "années", "mois", "jour", "jours", "fin", "début", "cas", "lieu", "fois", "suite", "cours",
        "nombreux", "nombreuse", "nombreuses", "divers", "diverse", "diverses", "différents", "différentes", "sus", "lors", "afin",
    ];

    /// <summary>Words of the demonstration samples that say they are samples: not part of the generated vocabulary.</summary>
    public static readonly string[] SampleOnlyWords =
    [
        "démonstration", "fictif", "fictive", "fictifs", "fictives", "corpus", "cookie", "cookies", "example", "exemple", "exemples",
        "refuser", "accepter", "personnaliser", "partager", "courriel", "linkedin", "mastodon", "menu", "accueil", "contenu",
        "contenus", "page", "pages", "site", "sites", "éditeur", "télécharger", "lien", "liens", "cliquer", "navigation",
    ];

    /// <summary>Words starting with an aspirated h: no elision ("la hausse", not "l'hausse").</summary>
    public static readonly string[] AspiratedH =
    [
        "hausse", "handicap", "hameau", "hall", "halle", "haut", "hauteur", "harcèlement", "hiérarchie", "hasard", "hangar", "halte",
        "hors", "housse", "hockey",
    ];

    /// <summary>Sentence openers (a comma follows).</summary>
    public static readonly string[] Openers =
    [
        "Par ailleurs", "En revanche", "Dans le même temps", "Toutefois", "En outre", "De plus", "Ainsi", "Enfin", "En pratique",
        "À l'inverse", "Au total", "Sur la période", "Comme les années précédentes", "Dans l'ensemble", "Pour autant",
        "À titre de comparaison", "En conséquence", "Sur ce point", "Dans ce contexte", "De manière générale",
    ];

    public static readonly string[] GenericHeadings =
    [
        "Contexte", "Principaux résultats", "Méthodologie", "Définitions", "Pour en savoir plus", "Synthèse", "Évolution sur la période",
        "Comparaisons territoriales", "Perspectives", "Sources et champ", "Les chiffres clés", "Éléments de contexte", "Encadré",
        "Précisions méthodologiques", "Un bilan contrasté", "Des écarts importants entre territoires",
    ];

    public static readonly string[] AuditHeadings =
    [
        "Synthèse", "Recommandations", "Procédure", "Présentation de la collectivité", "La fiabilité des comptes",
        "La qualité de l'information financière", "La situation financière", "La gestion des ressources humaines",
        "La commande publique", "Le pilotage des investissements", "Les relations avec les satellites", "Le suivi des recommandations",
    ];

    /// <summary>Short qualifiers closing a sentence.</summary>
    public static readonly string[] Closers =
    [
        "sur l'ensemble de la période", "depuis plusieurs exercices", "à périmètre constant", "en euros courants", "hors effets de périmètre",
        "pour la deuxième année consécutive", "dans des proportions comparables", "de manière très variable selon les territoires",
        "selon les données provisoires", "malgré un contexte incertain", "à un rythme soutenu", "plus modérément qu'en moyenne",
    ];

    /// <summary>Infinitive phrases for recommendations; "{dO}" takes a noun phrase with its "de".</summary>
    public static readonly string[] Recommendations =
    [
        "fiabiliser le suivi {dO}", "mettre en place un contrôle interne {dO}", "formaliser les règles {dO}",
        "améliorer la connaissance {dO}", "établir un plan pluriannuel {dO}", "renforcer le pilotage {dO}",
        "délibérer sur le régime {dO}", "compléter les annexes budgétaires {dO}", "régulariser la situation {dO}",
        "présenter à l'assemblée un bilan {dO}", "se doter d'une stratégie {dO}", "sécuriser les procédures {dO}",
    ];
}
