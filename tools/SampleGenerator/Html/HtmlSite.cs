namespace SampleGenerator.Html;

/// <summary>The chrome of a publisher's web site: name, menu and footer links.</summary>
public sealed record HtmlSite(string Name, string Tagline, IReadOnlyList<(string Href, string Label)> Menu, string FooterOwner)
{
    /// <summary>The "about" box shown under every publication of the site (fictitious presentation).</summary>
    public string About { get; init; } = "";

    public static HtmlSite For(string publisher) => publisher switch
    {
        "DGCL" => new("collectivites-locales.example", "Le portail de l’État au service des collectivités",
            [("/statistiques", "Statistiques"), ("/finances-locales", "Finances locales"), ("/institutions", "Institutions"), ("/fonction-publique-territoriale", "Fonction publique territoriale"), ("/competences", "Compétences")],
            "Direction générale des collectivités locales") { About = "La direction générale des collectivités locales publie des statistiques sur les collectivités locales : finances, fiscalité, fonction publique territoriale, élus, intercommunalité. Ses bulletins d'information statistique présentent en quelques pages les résultats d'une enquête ou d'une exploitation de sources administratives. Les séries détaillées sont disponibles dans l'espace données du site. Les contenus de ce site de démonstration sont fictifs : ils imitent le ton d'un service statistique sans reprendre aucune publication existante." },
        "INSEE" => new("Insee (exemple)", "Mesurer pour comprendre",
            [("/statistiques", "Statistiques"), ("/publications", "Publications"), ("/outils", "Outils"), ("/methodes", "Définitions et méthodes"), ("/presse", "Espace presse")],
            "Institut national de la statistique et des études économiques") { About = "L'Institut national de la statistique et des études économiques collecte, produit, analyse et diffuse des informations sur l'économie et la société françaises. Ses publications régionales sont réalisées par les directions régionales, en partenariat avec les acteurs locaux. Les données utilisées sont accessibles sur le site, avec leur documentation. Cette page appartient à un corpus de démonstration : son contenu est fictif et ne doit pas être cité comme une source." },
        "OFGL" => new("OFGL — Observatoire des finances et de la gestion publique locales", "Données et analyses sur les finances locales",
            [("/publications", "Publications"), ("/donnees", "Données"), ("/outils", "Outils"), ("/observatoire", "L’Observatoire")],
            "Observatoire des finances et de la gestion publique locales") { About = "L'Observatoire des finances et de la gestion publique locales rassemble des représentants des élus locaux et de l'État. Il publie des études, des données ouvertes et des outils de comparaison sur les finances des communes, des groupements, des départements et des régions. Ses travaux reposent sur les comptes de gestion transmis par la DGFiP. Sur ce site de démonstration, les études sont fictives et leurs chiffres purement illustratifs." },
        "DGFiP" => new("impots-collectivites.example", "Les données fiscales des collectivités",
            [("/fiscalite-locale", "Fiscalité locale"), ("/comptes", "Comptes des collectivités"), ("/donnees", "Données")],
            "Direction générale des finances publiques") { About = "La direction générale des finances publiques tient les comptes des collectivités locales et gère les impôts locaux. Elle diffuse en données ouvertes les balances comptables, les comptes individuels et les données fiscales locales. Ce site est une maquette de démonstration : ses contenus sont fictifs." },
        "ADEME" => new("ADEME (exemple)", "Agence de la transition écologique",
            [("/territoires", "Territoires"), ("/expertises", "Expertises"), ("/publications", "Publications"), ("/aides", "Aides financières")],
            "Agence de l’environnement et de la maîtrise de l’énergie") { About = "L'Agence de la transition écologique accompagne les collectivités, les entreprises et les citoyens dans la transition énergétique et écologique. Elle finance des projets, produit des études et diffuse des données sur les déchets, l'énergie, l'air et le climat. Ses observatoires suivent les politiques locales, notamment les plans climat et la gestion des déchets. Sur ce site de démonstration, les contenus et les chiffres sont fictifs." },
        "Observatoire des territoires" or "ANCT" => new("Observatoire des territoires", "Comprendre les dynamiques territoriales",
            [("/cartes", "Cartes et données"), ("/analyses", "Analyses"), ("/rapports", "Rapports"), ("/programmes", "Programmes de l’ANCT")],
            "Agence nationale de la cohésion des territoires") { About = "L'Observatoire des territoires, placé auprès de l'Agence nationale de la cohésion des territoires, rassemble et analyse les données qui décrivent les dynamiques et les inégalités territoriales. Il publie des cartes, des fiches d'analyse et un rapport périodique. Ses travaux accompagnent les programmes de l'agence, comme Petites villes de demain ou Action cœur de ville. Sur ce site de démonstration, les analyses sont fictives." },
        "DREES" => new("DREES (exemple)", "Études, recherche, évaluation et statistiques",
            [("/etudes", "Études et statistiques"), ("/sources", "Sources, outils"), ("/publications", "Publications")],
            "Direction de la recherche, des études, de l’évaluation et des statistiques") { About = "La direction de la recherche, des études, de l'évaluation et des statistiques est le service statistique des ministères sociaux. Elle publie des études sur la santé, la protection sociale, l'action sociale et les établissements sanitaires et sociaux, ainsi que les résultats de ses enquêtes auprès des départements. Sur ce site de démonstration, les publications sont fictives." },
        _ when publisher.StartsWith("Préfecture", StringComparison.Ordinal) => new("Les services de l'État (exemple)", publisher,
            [("/actions-de-l-etat", "Actions de l'État"), ("/publications", "Publications"), ("/demarches", "Démarches"), ("/services-de-l-etat", "Services de l'État")],
            publisher) { About = "Le site des services de l'État dans le département publie les actes, les avis et les bilans des services préfectoraux : relations avec les collectivités, dotations, intercommunalité, sécurité civile. Les documents sont mis en ligne après leur signature. Sur ce site de démonstration, les publications sont fictives." },
        _ when publisher.StartsWith("Ministère", StringComparison.Ordinal) => new("Ministère (exemple)", publisher,
            [("/actualites", "Actualités"), ("/statistiques", "Statistiques"), ("/publications", "Publications"), ("/ministere", "Le ministère")],
            publisher) { About = "Le ministère publie les statistiques, tableaux et notes de ses services et de ses opérateurs. Les tableaux sont accompagnés d'une note de méthode et, lorsque c'est possible, diffusés en données ouvertes. Sur ce site de démonstration, les publications et les chiffres sont fictifs." },
        _ when !publisher.StartsWith("Chambre", StringComparison.Ordinal) && !publisher.StartsWith("Cour", StringComparison.Ordinal) => new(publisher + " (exemple)", "Site officiel",
            [("/actualites", "Actualités"), ("/publications", "Publications"), ("/l-etablissement", "L'établissement"), ("/contact", "Contact")],
            publisher) { About = "Cet établissement public local publie ses rapports d'activité, ses budgets et les comptes rendus de ses instances, conformément aux obligations de transparence des collectivités et de leurs groupements. Sur ce site de démonstration, les documents sont fictifs." },
        _ => new("Juridictions financières (exemple)", "Cour des comptes et chambres régionales des comptes",
            [("/publications", "Publications"), ("/crc", "Chambres régionales"), ("/controles", "Contrôles"), ("/institution", "Institution")],
            "Cour des comptes") { About = "Les juridictions financières — Cour des comptes et chambres régionales et territoriales des comptes — contrôlent la régularité et la qualité de la gestion des organismes publics. Les rapports d'observations définitives sont publiés après la contradiction avec les ordonnateurs concernés, dont les réponses sont jointes. Sur ce site de démonstration, les rapports, les recommandations et les réponses sont fictifs." },
    };
}
