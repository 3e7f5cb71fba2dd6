namespace SampleGenerator.Html;

/// <summary>The chrome of a publisher's web site: name, menu and footer links.</summary>
public sealed record HtmlSite(string Name, string Tagline, IReadOnlyList<(string Href, string Label)> Menu, string FooterOwner)
{
    public static HtmlSite For(string publisher) => publisher switch
    {
        "DGCL" => new("collectivites-locales.example", "Le portail de l’État au service des collectivités",
            [("/statistiques", "Statistiques"), ("/finances-locales", "Finances locales"), ("/institutions", "Institutions"), ("/fonction-publique-territoriale", "Fonction publique territoriale"), ("/competences", "Compétences")],
            "Direction générale des collectivités locales"),
        "INSEE" => new("Insee (exemple)", "Mesurer pour comprendre",
            [("/statistiques", "Statistiques"), ("/publications", "Publications"), ("/outils", "Outils"), ("/methodes", "Définitions et méthodes"), ("/presse", "Espace presse")],
            "Institut national de la statistique et des études économiques"),
        "OFGL" => new("OFGL — Observatoire des finances et de la gestion publique locales", "Données et analyses sur les finances locales",
            [("/publications", "Publications"), ("/donnees", "Données"), ("/outils", "Outils"), ("/observatoire", "L’Observatoire")],
            "Observatoire des finances et de la gestion publique locales"),
        "DGFiP" => new("impots-collectivites.example", "Les données fiscales des collectivités",
            [("/fiscalite-locale", "Fiscalité locale"), ("/comptes", "Comptes des collectivités"), ("/donnees", "Données")],
            "Direction générale des finances publiques"),
        "ADEME" => new("ADEME (exemple)", "Agence de la transition écologique",
            [("/territoires", "Territoires"), ("/expertises", "Expertises"), ("/publications", "Publications"), ("/aides", "Aides financières")],
            "Agence de l’environnement et de la maîtrise de l’énergie"),
        "Observatoire des territoires" or "ANCT" => new("Observatoire des territoires", "Comprendre les dynamiques territoriales",
            [("/cartes", "Cartes et données"), ("/analyses", "Analyses"), ("/rapports", "Rapports"), ("/programmes", "Programmes de l’ANCT")],
            "Agence nationale de la cohésion des territoires"),
        "DREES" => new("DREES (exemple)", "Études, recherche, évaluation et statistiques",
            [("/etudes", "Études et statistiques"), ("/sources", "Sources, outils"), ("/publications", "Publications")],
            "Direction de la recherche, des études, de l’évaluation et des statistiques"),
        _ => new("Juridictions financières (exemple)", "Cour des comptes et chambres régionales des comptes",
            [("/publications", "Publications"), ("/crc", "Chambres régionales"), ("/controles", "Contrôles"), ("/institution", "Institution")],
            "Cour des comptes"),
    };
}
