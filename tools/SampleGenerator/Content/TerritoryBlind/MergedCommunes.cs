using SampleGenerator.Model;

// Blind territory split (issue 13): communes nouvelles named by a commune déléguée or a former name.
namespace SampleGenerator.Content.TerritoryBlind;

/// <summary>Doué-la-Fontaine before the 2016 merger; today Doué-en-Anjou. PDF.</summary>
public sealed class InseeDoueLaFontaine2014 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "insee-doue-la-fontaine-portrait-2014.pdf",
        Title = "Doué-la-Fontaine, cité des roses : portrait socio-économique",
        Publisher = "INSEE",
        Date = "2014-06-12",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Emploi, Themes.Geo],
        Url = "https://insee.example/pays-de-la-loire/doue-la-fontaine-2014.pdf",
        RunningHeader = "Insee Pays de la Loire — Doué-la-Fontaine",
        Masthead = ["Insee Pays de la Loire — Dossier", "Juin 2014"],
        CheckPhrase = "Doué-la-Fontaine",
        Body = """
            ## Une petite ville horticole

            Doué-la-Fontaine, commune de 7 600 habitants du Maine-et-Loire, située entre Saumur et Cholet, est connue pour ses rosiéristes, ses caves troglodytiques et son parc zoologique. La commune concentre 4 100 emplois, dont 900 dans l'horticulture et les pépinières, une spécialisation unique dans la région.

            ## Une population qui vieillit

            La population a progressé de 0,3 % par an depuis 1999, moins vite que celle du département. Les 60 ans ou plus représentent 29 % des habitants. Les jeunes ménages s'installent plutôt dans les communes voisines, où les terrains à bâtir sont moins chers.

            | Indicateur | Doué-la-Fontaine | Maine-et-Loire |
            | Population 2011 | 7 612 | 790 343 |
            | Évolution annuelle 1999-2011 (%) | + 0,3 | + 0,6 |
            | Part des 60 ans ou plus (%) | 29 | 23 |
            | Emplois pour 100 actifs résidents | 131 | 98 |
            Source : Insee, recensements de la population (données fictives).

            ## Un pôle d'emploi pour les communes voisines

            Avec 131 emplois pour 100 actifs résidents, la commune attire chaque jour 2 300 salariés qui habitent ailleurs, notamment à Brigné, Concourson-sur-Layon ou Les Verchers-sur-Layon. Le tourisme, autour du zoo et des journées de la rose, génère 280 emplois saisonniers.
            """,
    };
}

/// <summary>Montaigu-Vendée named with its former communes; "Vendée" the département is context.</summary>
public sealed class CrcPdlMontaiguVendee2021 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-pdl-commune-nouvelle-montaigu-vendee-2021.html",
        Title = "Commune de Montaigu-Vendée : la création de la commune nouvelle",
        Publisher = "Chambre régionale des comptes Pays de la Loire",
        Date = "2021-10-19",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Geo, Themes.Finances],
        Url = "https://ccomptes.example/crc/pdl/montaigu-vendee-2021",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Pays de la Loire"],
        Body = """
            ## Synthèse

            Montaigu-Vendée est née le 1er janvier 2019 du regroupement de cinq communes : Montaigu, Boufféré, La Guyonnière, Saint-Georges-de-Montaigu et Saint-Hilaire-de-Loulay. Elle compte 21 000 habitants et devient la quatrième ville de la Vendée. Les anciennes communes sont des communes déléguées dotées d'un maire délégué.

            ## La convergence

            Les taux de taxe foncière ont été lissés sur douze ans. Les tarifs des services périscolaires ont été harmonisés dès 2019, au niveau le plus bas, ce qui a coûté 240 000 € par an. Les effectifs sont passés de 268 à 281 agents : la création de la commune nouvelle n'a pas produit d'économies de personnel.

            | En milliers d'euros | 2018 (5 communes) | 2020 |
            | Charges de personnel | 10 420 | 11 390 |
            | Dotation globale de fonctionnement | 3 880 | 4 210 |
            | Épargne brute | 5 960 | 5 410 |
            Source : comptes de gestion agrégés (données fictives).

            ## Recommandations

            - Établir un schéma de mutualisation des services entre la mairie centrale et les mairies déléguées.
            - Définir avec la communauté d'agglomération Terres de Montaigu la répartition des équipements sportifs.
            """,
    };
}

/// <summary>"Vire" (commune déléguée and common verb) for Vire Normandie.</summary>
public sealed class OfglFicheVireNormandie2020 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-fiche-commune-vire-2020.html",
        Title = "Vire : dépenses d'équipement et dette de la commune nouvelle",
        Publisher = "OFGL",
        Date = "2021-05-25",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Finances],
        Url = "https://ofgl.example/fiches/commune/14762/2020",
        Meta = HtmlMeta.OpenGraph,
        DateCue = "Mise à jour le 25/05/2021",
        Breadcrumb = ["Données", "Fiches communes"],
        Body = """
            ## Présentation

            La commune nouvelle de Vire Normandie (Calvados) regroupe depuis 2016 Vire et sept communes voisines, dont Roullours, Vaudry et Coulonces. Elle compte 17 500 habitants. Dans les tableaux de l'Observatoire, la ville est présentée sous le nom de Vire, usuel pour ses habitants.

            | En euros par habitant | Vire Normandie | Strate 10 000 à 20 000 hab. |
            | Dépenses d'équipement | 412 | 338 |
            | Encours de dette | 1 210 | 884 |
            | Capacité de désendettement (années) | 8,9 | 4,8 |
            Source : DGFiP, comptes de gestion 2020 ; calculs OFGL (données fictives).

            ## Lecture

            L'effort d'équipement reste élevé depuis la création de la commune nouvelle : reconstruction du centre aquatique et rénovation de l'hôtel de ville. Lorsque le solde de fonctionnement vire au négatif, comme en 2020 sur le budget annexe du centre aquatique, le budget principal doit le couvrir. La dette par habitant est supérieure de 37 % à la moyenne de la strate.
            """,
    };
}

/// <summary>"Livarot" (commune déléguée) for Livarot-Pays-d'Auge; the cheese is a common noun.</summary>
public sealed class DgclLivarotPaysDAuge2019 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-fiche-commune-nouvelle-livarot-2019.html",
        Title = "Commune nouvelle : Livarot et ses vingt-deux communes déléguées, trois ans après",
        Publisher = "DGCL",
        Date = "2019-11-28",
        Type = DocumentTypeLabels.Page,
        Themes = [Themes.Geo],
        Url = "https://collectivites-locales.example/communes-nouvelles/livarot-pays-d-auge-2019",
        Meta = HtmlMeta.DublinCore,
        DateCue = "Paru le 28/11/2019",
        Breadcrumb = ["Institutions", "Communes nouvelles", "Retours d'expérience"],
        Body = """
            ## Une fusion de grande ampleur

            Le 1er janvier 2016, Livarot et vingt-deux communes rurales du pays d'Auge, dans le Calvados, ont formé la commune nouvelle de Livarot-Pays-d'Auge, qui compte aujourd'hui 6 400 habitants. Aucune des anciennes communes, hors le bourg de Livarot, ne dépassait 300 habitants. Le conseil municipal est passé de 254 à 69 membres en 2020.

            ## Ce qui a changé

            La commune nouvelle a conservé des mairies annexes ouvertes une demi-journée par semaine. Elle a recruté un directeur des services techniques, que les petites communes ne pouvaient financer, et a mutualisé l'entretien de 310 kilomètres de voirie.

            | Indicateur | 2015 (23 communes) | 2018 |
            | Dotation globale de fonctionnement (k€) | 1 420 | 1 690 |
            | Dépenses d'équipement (k€) | 1 810 | 2 640 |
            | Agents | 54 | 57 |
            Source : DGCL, fiches DGF ; comptes de gestion (données fictives).

            ## Points de vigilance

            Les élus des communes déléguées regrettent la distance prise avec les habitants. La fromagerie, premier employeur privé, a soutenu la communication autour du nom, le livarot étant connu bien au-delà de la Normandie.
            """,
    };
}
