using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind5 territory split (issue 13): communes nouvelles and merged communes, named by a commune déléguée or
// the former name; the subject is today's commune.
namespace SampleGenerator.Content.TerritoryBlind5;

/// <summary>Le Chesnay in 2016, before its merger with Rocquencourt (2019): today Le Chesnay-Rocquencourt; Versailles is a neighbour. PDF.</summary>
public sealed class CrcLeChesnay2017 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("crc-idf-commune-du-chesnay-2017.pdf",
        "Commune du Chesnay (Yvelines) — rapport d'observations définitives", "Chambre régionale des comptes Île-de-France", "2017-09-12",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-idf.example/rod/le-chesnay-2017.pdf",
        "CRC Île-de-France — Le Chesnay", "centre commercial", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune du Chesnay, dans les Yvelines, pour les exercices 2011 à 2016. Cette commune résidentielle de 29 000 habitants est limitrophe de Versailles.

        ## Une situation financière solide

        La commune dispose de bases fiscales élevées grâce au centre commercial régional installé sur son territoire. Son épargne brute représente 21 % de ses recettes de fonctionnement, un niveau nettement supérieur à celui des communes de même taille. La dette est faible : 310 euros par habitant en 2016.

        | Exercice | 2011 | 2016 |
        | Recettes de fonctionnement (M€) | 36,2 | 38,9 |
        | Épargne brute (M€) | 7,4 | 8,2 |
        | Encours de dette (M€) | 14,1 | 9,0 |

        ## Les recommandations

        La chambre recommande de mieux suivre les subventions aux associations et de mettre en concurrence la délégation du marché forain. Elle note le projet de rapprochement avec la commune voisine de Rocquencourt, qui n'était pas encore décidé à la date du contrôle.

        Le maire a répondu aux observations.
        """);
}

/// <summary>Fourqueux in 2017, merged in 2019 into Saint-Germain-en-Laye (today's code).</summary>
public sealed class DgfipFourqueux2017 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-yvelines-fourqueux-analyse-2017.html",
        "Analyse financière de la commune de Fourqueux : exercice 2017", "Direction départementale des finances publiques des Yvelines", "2018-04-24",
        DocumentTypeLabels.Etude, Themes.Finances, "https://dgfip.example/yvelines/analyses/fourqueux-2017", """
        ## Présentation

        Fourqueux est une commune de 4 000 habitants de l'ouest des Yvelines. La présente analyse, réalisée par le comptable public, porte sur l'exercice 2017.

        ## Les constats

        Les recettes de fonctionnement s'élèvent à 4,6 millions d'euros, dont 62 % d'impôts locaux. La baisse de la dotation globale de fonctionnement, qui a perdu 70 % de son montant depuis 2013, a été compensée par la maîtrise des charges à caractère général. L'épargne brute représente 11 % des recettes.

        La commune a peu investi depuis trois ans (230 euros par habitant et par an). Son endettement est modéré. Le conseil municipal étudie un rapprochement avec une commune voisine plus peuplée, qui permettrait de mutualiser les services techniques et de conserver le niveau des dotations.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false };
}

/// <summary>Pierre-Bénite in 2022, merged in 2024 with Oullins into Oullins-Pierre-Bénite (today's code); Lyon is context; the Métropole de Lyon is membership.</summary>
public sealed class InseePierreBenite2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("insee-ara-pierre-benite-portrait-2022.html",
        "Pierre-Bénite : une commune industrielle au sud de Lyon", "Insee Auvergne-Rhône-Alpes", "2022-06-09",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/ara/portraits/pierre-benite-2022", """
        ## Une commune de la vallée de la chimie

        Pierre-Bénite compte 10 300 habitants. Membre de la Métropole de Lyon, la commune est bordée par le Rhône et l'autoroute du Sud, à quelques kilomètres du centre de Lyon.

        | Indicateur | Pierre-Bénite |
        | Population 2019 | 10 300 |
        | Emplois au lieu de travail | 6 100 |
        | Part des emplois industriels | 34 % |
        | Taux de pauvreté | 19 % |
        Source : Insee (données fictives).

        ## Un tissu d'emplois industriels

        Les établissements chimiques du sud de la commune concentrent un tiers des emplois. Leur nombre diminue lentement depuis vingt ans, tandis que les emplois de services aux particuliers progressent. Le taux de pauvreté est plus élevé que dans la moyenne des communes de la métropole. Les logements sociaux représentent 44 % des résidences principales.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Saint-Macaire-en-Mauges, commune déléguée of Sèvremoine (named too); Cholet is context. PDF.</summary>
public sealed class SaintMacaireEnMauges2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("sevremoine-saint-macaire-centre-bourg-2023.pdf",
        "Revitalisation du centre-bourg de Saint-Macaire-en-Mauges : étude préalable", "Commune de Sèvremoine", "2023-07-06",
        DocumentTypeLabels.Etude, Themes.Geo, "https://sevremoine.example/urbanisme/saint-macaire-etude-2023.pdf",
        "Sèvremoine — étude centre-bourg", "centre-bourg", """
        ## L'objet de l'étude

        Saint-Macaire-en-Mauges est, avec 7 000 habitants, la plus peuplée des dix communes déléguées de Sèvremoine. La commune a confié à un bureau d'études le diagnostic de son centre-bourg, où se concentrent les commerces et les services de proximité.

        ## Le diagnostic

        Le centre compte 62 cellules commerciales, dont 9 sont vacantes. Le taux de vacance des logements y atteint 11 %, contre 5 % dans le reste de Sèvremoine. La rue principale supporte un trafic de transit vers Cholet de 9 000 véhicules par jour.

        | Indicateur | Centre-bourg | Commune déléguée |
        | Logements vacants | 11 % | 6 % |
        | Part des plus de 75 ans | 16 % | 9 % |

        ## Les pistes

        L'étude propose de réaménager la place de l'église, de créer une halle pour le marché et d'acquérir deux îlots dégradés pour y construire des logements adaptés aux personnes âgées.

        Le conseil municipal se prononcera à l'automne sur le programme d'actions et sur sa candidature à l'appel à projets régional pour la revitalisation des centres-bourgs.
        """);
}

/// <summary>Briey, commune déléguée of Val de Briey (named too): the commune nouvelle; the Meurthe-et-Moselle is context.</summary>
public sealed class ValDeBriey2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-54-briey-dotation-2022.html",
        "Dotation d'équipement des territoires ruraux : la rénovation de l'hôtel de ville de Briey", "Préfecture de Meurthe-et-Moselle", "2022-06-02",
        DocumentTypeLabels.Page, Themes.Dotations, "https://meurthe-et-moselle.gouv.example/detr-2022-briey", """
        ## Le projet

        La commune nouvelle de Val de Briey a obtenu une subvention de 420 000 euros au titre de la dotation d'équipement des territoires ruraux pour rénover l'hôtel de ville de Briey, sa commune déléguée principale et sous-préfecture du département.

        Le bâtiment, construit en 1905, accueille les services municipaux et la mairie annexe. Les travaux comprennent l'isolation des façades, le remplacement de la chaudière au fioul par un raccordement au réseau de chaleur et la mise en accessibilité.

        ## Le financement

        Le coût total est de 1,6 million d'euros. La commune prend en charge 40 % de la dépense ; le reste provient de l'État, de la région Grand Est et du fonds européen de développement régional. Les travaux s'étaleront sur dix-huit mois.
        """) with { Breadcrumb = ["Actions de l'État", "Subventions"] };
}

/// <summary>Boulazac in 2015, before the 2016 commune nouvelle Boulazac Isle Manoire (today's code); Périgueux is a neighbour.</summary>
public sealed class Boulazac2015 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-dordogne-boulazac-fiscalite-2015.html",
        "La fiscalité directe locale de Boulazac en 2015", "Direction départementale des finances publiques de la Dordogne", "2016-03-10",
        DocumentTypeLabels.Publication, Themes.Finances, "https://dgfip.example/dordogne/fiscalite/boulazac-2015", """
        ## Une commune à forte base économique

        Boulazac, commune de 6 900 habitants limitrophe de Périgueux, accueille de nombreuses zones d'activités et un pôle commercial. Ses bases de fiscalité sont parmi les plus élevées de la Dordogne rapportées à la population.

        | Taxe | Base par habitant | Taux communal |
        | Taxe d'habitation | 1 410 € | 12,8 % |
        | Foncier bâti | 1 980 € | 19,6 % |
        | Foncier non bâti | 18 € | 61,3 % |
        Source : états fiscaux 2015 (données fictives).

        ## Les évolutions

        Le produit des impôts locaux a progressé de 2,8 % en 2015, grâce à l'achèvement de 140 logements neufs. Les taux n'ont pas varié depuis six ans. Le conseil municipal a engagé des discussions avec les communes d'Atur, de Saint-Laurent-sur-Manoire et de Sainte-Marie-de-Chignac en vue d'une commune nouvelle.
        """);
}

/// <summary>Saint-Ouen in 2017, renamed Saint-Ouen-sur-Seine in 2018 (today's code); Paris and the Seine-Saint-Denis are context; the homonyms are not named.</summary>
public sealed class SaintOuen2017 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-saint-ouen-93-2017.html",
        "Saint-Ouen (93) : comptes de la commune 2017", "Observatoire des finances et de la gestion publique locales", "2018-10-02",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/fiches/communes/93070-2017", """
        ## Saint-Ouen — code INSEE 93070

        Commune de 48 000 habitants de la Seine-Saint-Denis, aux portes de Paris. Les données présentent les comptes du budget principal de la commune pour l'exercice 2017.

        | Indicateur (euros par habitant) | Saint-Ouen | Moyenne de la strate |
        | Recettes réelles de fonctionnement | 2 010 | 1 560 |
        | Dépenses de personnel | 1 020 | 860 |
        | Dépenses d'équipement | 520 | 330 |
        | Encours de dette | 1 730 | 1 180 |
        Source : comptes de gestion, DGFiP (données fictives).

        Les dépenses d'équipement restent élevées en raison de l'aménagement de la zone des docks et de la construction de deux groupes scolaires. La fiscalité économique, très dynamique, est perçue par l'établissement public territorial.

        Les données de l'exercice suivant seront publiées à l'automne.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Mézidon-Canon, commune déléguée of Mézidon Vallée d'Auge, named only in the body (the title is generic); Caen and Lisieux are context.</summary>
public sealed class MezidonCanon2021 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("crc-normandie-rod-2021-14-031.html",
        "Rapport d'observations définitives n° 2021-14-031", "Chambre régionale des comptes Normandie", "2021-11-16",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-normandie.example/rod/2021-14-031", """
        ## La collectivité contrôlée

        Le présent rapport porte sur la commune de Mézidon Vallée d'Auge, commune nouvelle créée en 2017 par le regroupement de quatorze communes autour de Mézidon-Canon, son chef-lieu, entre Caen et Lisieux. Elle compte 9 800 habitants.

        ## Les observations

        La fusion a permis de conserver le montant des dotations de l'État, mais l'harmonisation des services n'est pas achevée : chaque commune déléguée conserve sa propre organisation de l'entretien des espaces verts. Les charges de personnel ont augmenté de 9 % depuis la création de la commune nouvelle.

        L'épargne brute s'établit à 1,7 million d'euros en 2020. La chambre recommande de réaliser un schéma de mutualisation des services et de vendre les bâtiments des anciennes mairies devenus inutiles.
        """) with { Breadcrumb = ["Publications", "Normandie"] };
}
