namespace Search.Bench.Scale;

/// <summary>Who publishes, at which scale (N national, R région, D département, E EPCI, C commune), and what.</summary>
internal sealed record ScalePublisher(
    string Key,
    string Name,
    string Reference,
    string Domain,
    string Tagline,
    string[] Menu,
    (string Type, int Weight)[] Types,
    string[] Topics,
    (char Scope, int Weight)[] Scopes,
    string[] Sources,
    int Weight,
    double TypographicApostrophes);

internal static class ScalePublishers
{
    public const string Bulletin = "Bulletin d'information statistique";
    public const string Statistical = "Publication statistique";
    public const string Study = "Étude";
    public const string Audit = "Rapport d'observations définitives";
    public const string Report = "Rapport";
    public const string Methodology = "Note méthodologique";
    public const string Dataset = "Jeu de données";
    public const string Guide = "Guide";
    public const string Act = "Acte administratif";
    public const string WebPage = "Page d'information";

    public static readonly ScalePublisher[] All =
    [
        new("dgcl", "Direction générale des collectivités locales", "la DGCL", "collectivites-locales.example",
            "Statistiques, finances et institutions locales",
            ["Statistiques", "Finances locales", "Institutions", "Fonction publique territoriale", "Élus locaux"],
            [(Bulletin, 40), (Statistical, 25), (Guide, 10), (Methodology, 8), (Dataset, 7), (WebPage, 10)],
            ["finances", "fonction-publique", "dotations", "intercommunalite", "elections", "fiscalite"],
            [('N', 70), ('R', 20), ('D', 10)],
            ["DGCL, comptes de gestion", "DGCL, enquête annuelle auprès des collectivités", "DGCL, répertoire national des élus", "DGFiP et DGCL, balances comptables"],
            16, 0.3),
        new("insee", "Institut national de la statistique et des études économiques", "l'Insee", "insee.example",
            "Mesurer pour comprendre",
            ["Statistiques", "Études", "Méthodes", "Données locales", "Publications régionales"],
            [(Study, 60), (Statistical, 25), (Dataset, 10), (Methodology, 5)],
            ["demographie", "social", "logement", "fonction-publique", "transports"],
            [('N', 35), ('R', 40), ('D', 20), ('C', 5)],
            ["Insee, recensement de la population", "Insee, fichier localisé social et fiscal", "Insee, système d'information sur les agents des services publics", "Insee, état civil"],
            13, 0.7),
        new("ofgl", "Observatoire des finances et de la gestion publique locales", "l'OFGL", "ofgl.example",
            "Les données financières des collectivités",
            ["Publications", "Données", "Agrégats", "Études", "L'Observatoire"],
            [(Study, 50), (Statistical, 30), (Methodology, 10), (Dataset, 10)],
            ["finances", "fiscalite", "dotations", "intercommunalite"],
            [('N', 75), ('R', 15), ('D', 10)],
            ["OFGL, balances comptables", "OFGL d'après DGFiP, comptes de gestion", "OFGL, agrégats financiers"],
            8, 0.2),
        new("dgfip", "Direction générale des finances publiques", "la DGFiP", "finances-publiques.example",
            "Fiscalité locale et comptabilité publique",
            ["Collectivités", "Fiscalité locale", "Comptabilité", "Statistiques", "Documentation"],
            [(Guide, 30), (Statistical, 40), (Dataset, 20), (WebPage, 10)],
            ["fiscalite", "finances"],
            [('N', 70), ('R', 10), ('D', 20)],
            ["DGFiP, fichiers fiscaux", "DGFiP, états fiscaux 1259", "DGFiP, balances comptables"],
            6, 0.2),
        new("ccomptes", "Cour des comptes", "la Cour des comptes", "ccomptes.example",
            "Juridictions financières",
            ["Publications", "Contrôles", "Finances publiques locales", "Les juridictions", "Espace presse"],
            [(Report, 70), (WebPage, 30)],
            ["finances", "fonction-publique", "dotations", "social", "intercommunalite", "fiscalite"],
            [('N', 100)],
            ["Cour des comptes d'après DGFiP, comptes de gestion", "Cour des comptes, enquête auprès des collectivités"],
            4, 0.8),
        new("crc", "Chambre régionale des comptes", "la chambre", "ccomptes.example",
            "Juridictions financières",
            ["Publications", "Contrôles", "Chambres régionales", "Les juridictions", "Espace presse"],
            [(Audit, 85), (Report, 15)],
            ["finances", "fonction-publique", "intercommunalite", "logement", "environnement", "transports", "culture", "scolaire"],
            [('C', 55), ('E', 25), ('D', 15), ('R', 5)],
            ["comptes de gestion", "réponses de l'ordonnateur"],
            20, 0.8),
        new("ademe", "Agence de la transition écologique (ADEME)", "l'ADEME", "ademe.example",
            "Agir pour la transition écologique",
            ["Expertises", "Collectivités", "Études", "Données", "Agir"],
            [(Study, 50), (Guide, 30), (Report, 20)],
            ["environnement"],
            [('N', 60), ('R', 30), ('D', 10)],
            ["ADEME, enquête collecte", "ADEME, référentiel national des coûts", "ADEME, observatoire des plans climat"],
            5, 0.5),
        new("anct", "Agence nationale de la cohésion des territoires", "l'ANCT", "anct.example",
            "Agir ensemble pour les territoires",
            ["Programmes", "Territoires", "Publications", "Observatoire", "Actualités"],
            [(Report, 40), (Study, 30), (WebPage, 30)],
            ["intercommunalite", "logement", "social", "transports", "demographie", "culture"],
            [('N', 50), ('R', 20), ('D', 15), ('C', 15)],
            ["ANCT, suivi des programmes", "ANCT d'après Insee"],
            5, 0.5),
        new("ot", "Observatoire des territoires", "l'Observatoire des territoires", "observatoire-des-territoires.example",
            "Cartes, indicateurs et analyses territoriales",
            ["Cartographie", "Indicateurs", "Analyses", "Rapports", "Fiches"],
            [(Study, 60), (Statistical, 40)],
            ["demographie", "logement", "transports", "environnement", "social"],
            [('N', 50), ('R', 30), ('D', 20)],
            ["Observatoire des territoires d'après Insee", "Observatoire des territoires, indicateurs"],
            5, 0.4),
        new("commune", "Commune", "la commune", "ville.example",
            "Site officiel de la ville",
            ["Mairie", "Vie municipale", "Services", "Cadre de vie", "Publications"],
            [(Act, 50), (Report, 30), (WebPage, 20)],
            ["finances", "scolaire", "culture", "environnement", "transports", "logement", "fiscalite"],
            [('C', 100)],
            ["compte administratif", "services municipaux"],
            12, 0.3),
        new("departement", "Département", "le département", "departement.example",
            "Le site du conseil départemental",
            ["Le Département", "Solidarités", "Routes", "Collèges", "Publications"],
            [(Report, 50), (Act, 30), (WebPage, 20)],
            ["social", "scolaire", "transports", "finances", "culture", "environnement"],
            [('D', 100)],
            ["compte administratif du département", "services départementaux"],
            6, 0.4),
    ];

    public static readonly AliasTable Table = new(All.Select(p => (double)p.Weight).ToArray());

    public static string Pick((string Type, int Weight)[] options, ref ScaleRandom r)
    {
        var total = 0;
        foreach (var o in options) total += o.Weight;
        var x = r.Below(total);
        foreach (var o in options)
        {
            if (x < o.Weight) return o.Type;
            x -= o.Weight;
        }
        return options[^1].Type;
    }

    public static char Pick((char Scope, int Weight)[] options, ref ScaleRandom r)
    {
        var total = 0;
        foreach (var o in options) total += o.Weight;
        var x = r.Below(total);
        foreach (var o in options)
        {
            if (x < o.Weight) return o.Scope;
            x -= o.Weight;
        }
        return options[^1].Scope;
    }

    /// <summary>Subjects of municipal acts, by topic.</summary>
    public static readonly (string Topic, string Subject)[] ActSubjects =
    [
        ("finances", "Vote du budget primitif {Y}"), ("finances", "Approbation du compte administratif {Yp}"),
        ("finances", "Décision modificative n° 1 au budget {Y}"), ("finances", "Débat d'orientation budgétaire {Y}"),
        ("fiscalite", "Fixation des taux d'imposition {Y}"), ("fiscalite", "Exonération de taxe foncière pour les constructions nouvelles"),
        ("dotations", "Demande de subvention au titre de la DETR {Y}"), ("intercommunalite", "Convention de mutualisation avec l'intercommunalité"),
        ("intercommunalite", "Rapport de la commission locale d'évaluation des charges transférées"),
        ("fonction-publique", "Modification du tableau des effectifs"), ("fonction-publique", "Recrutement d'un apprenti"),
        ("scolaire", "Tarifs de la restauration scolaire {Y}"), ("scolaire", "Participation aux frais de scolarité"),
        ("culture", "Subventions aux associations culturelles et sportives"), ("culture", "Tarifs de la médiathèque"),
        ("environnement", "Rapport annuel sur le prix et la qualité du service public de l'eau"),
        ("environnement", "Adhésion au plan climat-air-énergie territorial"),
        ("logement", "Garantie d'emprunt accordée à un bailleur social"), ("transports", "Programme de travaux de voirie {Y}"),
        ("social", "Subvention au centre communal d'action sociale"), ("elections", "Élection des adjoints au maire"),
        ("demographie", "Recensement de la population : recrutement des agents recenseurs"),
    ];

    public static readonly string[] StrataRows =
    [
        "Moins de 500 habitants", "De 500 à 1 999 habitants", "De 2 000 à 9 999 habitants", "De 10 000 à 49 999 habitants",
        "De 50 000 à 99 999 habitants", "100 000 habitants ou plus",
    ];
}
