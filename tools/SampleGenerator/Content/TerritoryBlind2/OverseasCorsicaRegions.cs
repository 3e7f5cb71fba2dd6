using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind2 territory split (issue 13): overseas communes and EPCI, Corsica, régions named by their current,
// former or usage names.
namespace SampleGenerator.Content.TerritoryBlind2;

/// <summary>Kourou (Guyane): the commune; the space centre and Cayenne are context.</summary>
public sealed class InseeKourou2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("insee-kourou-population-2022.html",
        "Kourou : la croissance démographique ralentit", "INSEE", "2022-12-06",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/guyane/kourou-2022", """
        ## Une ville née du spatial

        Kourou compte 24 800 habitants en 2019. La population de la commune a été multipliée par huit depuis 1968, lorsque la construction du centre spatial a attiré des milliers de travailleurs. Depuis 2013, elle n'augmente plus que de 0,4 % par an, contre 2,3 % dans l'ensemble de la Guyane.

        Le solde naturel reste élevé, mais les départs de jeunes adultes vers Cayenne, Matoury et la métropole l'emportent sur les arrivées. Un habitant sur trois a moins de 20 ans.

        | Indicateur | Kourou | Guyane |
        | Croissance annuelle 2013-2019 | 0,4 % | 2,3 % |
        | Part des moins de 20 ans | 36 % | 42 % |
        | Taux de chômage | 17 % | 19 % |
        Source : Insee, recensements de la population (données fictives).
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Paru le 06/12/2022", Breadcrumb = ["Statistiques", "Guyane"] };
}

/// <summary>Mamoudzou (Mayotte): the commune's dotations; its EPCI is the CA de Dembeni-Mamoudzou. PDF.</summary>
public sealed class DgclMamoudzou2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("dgcl-dotations-mamoudzou-2023.pdf",
        "Dotations 2023 — commune de Mamoudzou (Mayotte)", "DGCL", "2023-06-27",
        DocumentTypeLabels.Dataset, Themes.Dotations, "https://collectivites-locales.example/dotations/fiches/97611-2023.pdf",
        "DGCL — Fiche DGF 2023 — 97611", "commune de Mamoudzou", """
        ## Identification

        Commune : Mamoudzou. Département : Mayotte (976). Code INSEE : 97611. Population DGF 2023 : 73 000 habitants. Groupement : communauté d'agglomération de Dembeni-Mamoudzou.

        ## Dotations notifiées

        | Dotation | 2022 (€) | 2023 (€) |
        | Dotation forfaitaire | 9 840 000 | 10 120 000 |
        | Quote-part ultramarine de péréquation | 7 210 000 | 7 980 000 |
        | Dotation particulière élu local | 0 | 0 |
        | Total | 17 050 000 | 18 100 000 |
        Source : DGCL, répartition de la DGF 2023 (données fictives).

        ## Observations

        Les communes des départements d'outre-mer ne perçoivent pas la dotation de solidarité urbaine ni la dotation de solidarité rurale : elles bénéficient d'une quote-part de péréquation, répartie entre elles selon leur population, leur superficie et leurs charges. Celle de Mamoudzou progresse de 10,7 %, sous l'effet de la croissance de sa population recensée.

        La population retenue pour le calcul de la dotation forfaitaire est majorée d'un habitant par résidence secondaire ; aucune n'est recensée dans la commune. Les montants sont notifiés sous réserve des corrections liées au recensement de 2022.
        """);
}

/// <summary>Porto-Vecchio (Corse-du-Sud): the commune.</summary>
public sealed class CrcPortoVecchio2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("crc-corse-commune-de-porto-vecchio-2022.html",
        "Commune de Porto-Vecchio : la gestion du port de plaisance", "Chambre régionale des comptes de Corse", "2022-07-19",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/corse/porto-vecchio-2022", """
        ## Synthèse

        La commune de Porto-Vecchio, dans l'extrême sud de la Corse, compte 11 200 habitants et en accueille plus de 50 000 en été. Elle gère en régie, par un budget annexe, un port de plaisance de 530 anneaux.

        La chambre constate que les tarifs du port n'ont pas été révisés depuis 2014 et que 80 anneaux sont attribués sans liste d'attente publique. Le budget annexe dégage pourtant un excédent de 0,9 M€ par an, reversé au budget principal sans délibération.

        | En milliers d'euros | 2016 | 2021 |
        | Recettes du port | 2 640 | 2 910 |
        | Charges d'exploitation | 1 710 | 1 980 |
        | Investissements portuaires | 420 | 310 |
        Source : comptes du budget annexe (données fictives).

        ## Recommandations

        - Attribuer les anneaux selon une procédure publique.
        - Affecter les excédents du port à son renouvellement.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Corse"] };
}

/// <summary>Le Gosier (Guadeloupe); "gosier" is also a common word (throat).</summary>
public sealed class CrcLeGosier2021 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("crc-guadeloupe-commune-du-gosier-2021.html",
        "Commune du Gosier : rapport d'observations définitives", "Chambre régionale des comptes Guadeloupe", "2021-11-16",
        DocumentTypeLabels.Rod, Themes.Emploi, "https://ccomptes.example/crc/guadeloupe/le-gosier-2021", """
        ## Synthèse

        La chambre a contrôlé la gestion de la commune du Gosier, deuxième ville touristique de la Guadeloupe, pour les exercices 2015 à 2020. La commune compte 27 800 habitants et 640 agents, soit un taux d'administration de 23 agents pour 1 000 habitants, presque le double de la moyenne nationale de la strate.

        Les dépenses de personnel absorbent 71 % des charges de fonctionnement. La chambre relève le versement d'une prime de vie chère non prévue par les textes et un temps de travail inférieur à la durée légale. La commune a engagé un plan de redressement avec l'appui de l'État.

        | En millions d'euros | 2015 | 2020 |
        | Charges de personnel | 27,1 | 29,4 |
        | Épargne brute | 1,2 | - 0,6 |
        | Dettes fournisseurs | 8,8 | 12,3 |
        Source : comptes de gestion (données fictives).
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Antilles"] };
}

/// <summary>The CA du Centre de la Martinique named "la CACEM"; Fort-de-France is its seat. PDF.</summary>
public sealed class CacemEau2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("cacem-rapport-eau-potable-2022.pdf",
        "Rapport annuel 2022 sur le prix et la qualité du service public de l'eau potable", "CACEM", "2023-09-26",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://cacem.example/documents/rpqs-eau-2022.pdf",
        "CACEM — Rapport sur le service de l'eau 2022", "service public de l'eau potable", """
        ## Le service

        La communauté d'agglomération du Centre de la Martinique (CACEM) exerce la compétence eau potable sur ses quatre communes membres : Fort-de-France, Le Lamentin, Saint-Joseph et Schœlcher. Le service dessert 151 000 habitants par 1 250 kilomètres de canalisations.

        ## Indicateurs

        | Indicateur | 2021 | 2022 |
        | Volumes produits (millions de m³) | 21,4 | 21,9 |
        | Rendement du réseau | 58 % | 56 % |
        | Interruptions de service non programmées (pour 1 000 abonnés) | 14,2 | 17,8 |
        | Prix TTC pour 120 m³ (€/m³) | 3,62 | 3,71 |
        Source : CACEM, rapport du délégataire (données fictives).

        Le rendement du réseau reste très insuffisant : près d'un litre sur deux est perdu avant d'arriver au robinet. Les coupures d'eau tournantes ont concerné les hauteurs de Fort-de-France et de Saint-Joseph pendant sept semaines en 2022.

        ## Programme

        La CACEM a engagé un plan de 120 M€ sur dix ans pour renouveler 1 % du réseau par an et sécuriser l'usine de production de Rivière Blanche. Le plan est financé par l'Office de l'eau, l'Agence française de développement et une hausse progressive du prix de l'eau.
        """) with { Masthead = ["Communauté d'agglomération du Centre de la Martinique", "Rapport annuel sur le prix et la qualité du service — 2022"] };
}

/// <summary>The département of Corse-du-Sud in 2016, before the Collectivité de Corse (2018).</summary>
public sealed class CrcCorseDuSud2016 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("crc-corse-departement-de-la-corse-du-sud-2016.html",
        "Département de la Corse-du-Sud : rapport d'observations définitives", "Chambre régionale des comptes de Corse", "2016-10-11",
        DocumentTypeLabels.Rod, Themes.Social, "https://ccomptes.example/crc/corse/corse-du-sud-2016", """
        ## Synthèse

        La chambre a examiné la gestion du département de la Corse-du-Sud de 2010 à 2015, dans la perspective de la création, au 1er janvier 2018, d'une collectivité unique réunissant la collectivité territoriale de Corse et les deux départements de l'île.

        Le département consacre 47 % de ses dépenses de fonctionnement à l'action sociale. L'allocation personnalisée d'autonomie y est attribuée à un taux supérieur de moitié à la moyenne nationale, sans contrôle d'effectivité de l'aide. La chambre recommande de mettre en place ces contrôles avant le transfert des services.

        | En millions d'euros | 2010 | 2015 |
        | Dépenses d'action sociale | 88 | 104 |
        | Dépenses de personnel | 42 | 49 |
        | Encours de dette | 131 | 118 |
        Source : comptes de gestion (données fictives).
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Corse"] };
}

/// <summary>The former région Franche-Comté (2014): today Bourgogne-Franche-Comté. PDF.</summary>
public sealed class InseeFrancheComte2014 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("insee-franche-comte-industrie-2014.pdf",
        "Franche-Comté : l'industrie résiste mieux que dans les autres régions", "INSEE", "2014-05-20",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://insee.example/statistiques/franche-comte/industrie-2014.pdf",
        "Insee Franche-Comté — L'essentiel n° 152", "industrie résiste mieux", """
        ## La région la plus industrielle de France

        Avec 23 % de ses salariés dans l'industrie, la Franche-Comté reste la région la plus industrielle de France métropolitaine. Entre 2008 et 2013, elle a perdu 11 % de ses emplois industriels, un recul comparable à celui de la moyenne nationale malgré sa forte spécialisation dans l'automobile.

        | Secteur | Salariés 2013 | Évolution 2008-2013 |
        | Fabrication de matériels de transport | 29 400 | - 14 % |
        | Métallurgie et produits métalliques | 19 800 | - 12 % |
        | Horlogerie, optique, instruments | 8 700 | + 6 % |
        | Industries agroalimentaires | 9 900 | + 1 % |
        Source : Insee, estimations d'emploi (données fictives).

        ## Des situations contrastées

        L'aire urbaine de Montbéliard, dépendante de l'automobile, concentre les deux tiers des pertes. Le Haut-Doubs bénéficie au contraire de la demande suisse en horlogerie et des emplois frontaliers. Le Jura et la Haute-Saône se situent entre ces deux extrêmes.

        Les établissements de plus de 500 salariés emploient 28 % des salariés de l'industrie régionale, contre 19 % en moyenne en province. Cette concentration expose la région aux décisions de quelques groupes.
        """) with { Byline = ["Mai 2014"] };
}

/// <summary>The région Provence-Alpes-Côte d'Azur by its usage name "Région Sud".</summary>
public sealed class OfglRegionSud2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-region-sud-lycees-2023.html",
        "Région Sud : l'investissement dans les lycées", "OFGL", "2023-12-12",
        DocumentTypeLabels.Etude, Themes.Culture, "https://ofgl.example/etudes/region-sud-lycees-2023", """
        ## Un effort concentré sur la rénovation énergétique

        La Région Sud consacre en 2022 près de 290 M€ à ses 180 lycées publics, dont 190 M€ d'investissement, soit le quart de ses dépenses d'équipement. Le programme régional de rénovation énergétique vise une baisse de 40 % des consommations d'ici 2030.

        | En millions d'euros | 2018 | 2022 |
        | Investissement dans les lycées | 142 | 190 |
        | Fonctionnement des lycées | 88 | 97 |
        | Dotations aux établissements | 41 | 46 |
        Source : comptes de gestion de la région ; calculs OFGL (données fictives).

        ## Lecture

        Rapporté au nombre d'élèves, l'effort d'investissement de la région est supérieur de 12 % à la moyenne des régions métropolitaines. La hausse des prix de l'énergie en 2022 a néanmoins absorbé une partie des économies réalisées.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Publié le 12/12/2023", Breadcrumb = ["Études", "Régions"] };
}
