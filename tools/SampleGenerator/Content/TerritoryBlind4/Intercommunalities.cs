using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind4 territory split (issue 13): EPCI named by their full official name, acronym, seat or landscape name,
// with or without SIREN, and former EPCI named as they then were.
namespace SampleGenerator.Content.TerritoryBlind4;

/// <summary>Full official name and SIREN 200070514 (CA du Grand Cognac); Cognac (seat, also the brandy) is a place in it.</summary>
public sealed class BudgetGrandCognac2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("grand-cognac-budget-primitif-2023.html",
        "Budget primitif 2023 — Communauté d'agglomération du Grand Cognac", "Communauté d'agglomération du Grand Cognac", "2023-04-04",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://grand-cognac.example/budget-2023", """
        ## Présentation brève et synthétique

        Communauté d'agglomération du Grand Cognac — SIREN 200070514 — 54 communes, 70 600 habitants.

        | Budget principal (k€) | Dépenses | Recettes |
        | Fonctionnement | 61 800 | 61 800 |
        | Investissement | 27 400 | 27 400 |
        Source : délibération du conseil communautaire (données fictives).

        Le budget 2023 est marqué par la hausse des dépenses d'énergie des équipements aquatiques (+1,9 M€) et par la dynamique de la cotisation foncière des entreprises, portée par la filière du cognac. Les investissements portent sur la zone d'activités du Mas de la Cour et sur le plan vélo. Les taux de fiscalité sont maintenus pour la troisième année consécutive ; l'encours de dette du budget principal atteint 38,2 millions d'euros au 1er janvier, soit une capacité de désendettement de 5,1 ans. Les budgets annexes de l'eau, de l'assainissement et des transports font l'objet d'une présentation distincte.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>"Le Sicoval" only (CA du Sicoval, Haute-Garonne); Labège is a place in it, Toulouse a neighbour. PDF.</summary>
public sealed class CrcSicoval2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("crc-occitanie-sicoval-2022.pdf",
        "Le Sicoval : la compétence développement économique", "Chambre régionale des comptes Occitanie", "2022-07-12",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/occitanie/sicoval-2022.pdf",
        "Chambre régionale des comptes Occitanie — rapport d'observations définitives", "développement économique", """
        ## Le contrôle

        La chambre a examiné l'exercice de la compétence de développement économique par le Sicoval de 2016 à 2021. L'agglomération, au sud-est de Toulouse, réunit 36 communes et près de 80 000 habitants ; elle accueille 36 000 emplois, dont un tiers sur le parc technologique de Labège.

        ## Observations

        Le Sicoval a aménagé onze zones d'activités depuis sa création. La commercialisation des dernières tranches est lente : 41 hectares restaient disponibles en 2021. Les prix de cession, fixés en 2012, n'ont pas été actualisés et sont inférieurs au coût de revient de 18 %. La chambre recommande de réviser la grille tarifaire et de tenir un budget annexe par zone.

        | Indicateur | 2016 | 2021 |
        | Surface commercialisée (ha) | 6,2 | 3,1 |
        | Recettes de cession (k€) | 5 400 | 2 700 |
        | Stock de terrains (k€) | 19 800 | 23 600 |
        Source : comptes de l'agglomération (données fictives).

        La chambre note enfin que la gouvernance des pépinières d'entreprises, partagée avec la métropole voisine, gagnerait à être clarifiée par une convention.
        """);
}

/// <summary>"La CAB" (CA de Bastia), acronym and seat; Furiani and Ville-di-Pietrabugno are members.</summary>
public sealed class InseeCab2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("insee-corse-cab-logement-2023.html",
        "Dans la CAB, le parc de logements croît plus vite que la population", "INSEE", "2023-03-21",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/corse/cab-logement-2023", """
        ## Un parc en forte croissance

        La CAB compte 62 000 habitants en 2020 et 34 500 logements. Depuis 2009, le parc a augmenté de 1,4 % par an, deux fois plus vite que la population. Les résidences secondaires et les logements vacants expliquent l'écart.

        Dans les cinq communes de l'agglomération, la construction neuve s'est concentrée sur Furiani et Ville-di-Pietrabugno, où le foncier reste disponible. Le cœur historique de la ville-centre perd des habitants au profit des communes périphériques.

        Ces résultats sont issus du recensement et des fichiers fonciers (données fictives).
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>"L'agglomération morlaisienne" / Morlaix Communauté (EPCI, not the commune of Morlaix).</summary>
public sealed class MorlaixCommunauteRapport2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("morlaix-communaute-rapport-activite-2022.html",
        "Rapport d'activité 2022 de l'agglomération", "Morlaix Communauté", "2023-09-05",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://agglo-morlaix.example/rapport-2022", """
        ## L'agglomération en 2022

        Les 26 communes de l'agglomération morlaisienne rassemblent 65 000 habitants, de la baie de Morlaix aux monts d'Arrée. L'année a été marquée par la reprise en régie du réseau de transport urbain et par le lancement du programme local de l'habitat 2022-2027.

        Le service de collecte des déchets a mis en place la redevance incitative sur l'ensemble du territoire : les tonnages d'ordures ménagères ont baissé de 17 %. Les aides à l'installation des jeunes agriculteurs ont bénéficié à 23 exploitations.

        Les comptes administratifs de la communauté font apparaître une épargne brute de 9,8 millions d'euros (données fictives). Le rapport de la commune de Morlaix, ville-centre, fait l'objet d'une publication séparée, comme celui du centre intercommunal d'action sociale.
        """);
}

/// <summary>"L'agglomération de Béziers" (CA de Béziers-Méditerranée) named only by its seat; PDF.</summary>
public sealed class AdemeBeziersAgglo2021 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("ademe-agglomeration-beziers-dechets-2021.pdf",
        "Tarification incitative des déchets : l'expérience de l'agglomération de Béziers", "ADEME", "2021-11-30",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/beziers-agglo-dechets-2021.pdf",
        "ADEME Occitanie — retours d'expérience", "tarification incitative", """
        ## Le contexte

        L'agglomération de Béziers, qui regroupe 17 communes et 127 000 habitants, exerce la compétence de collecte des déchets ménagers depuis sa création. En 2018, elle a décidé de passer à une tarification incitative, d'abord sur quatre communes test, puis sur l'ensemble de son territoire.

        ## Les résultats

        | Indicateur | 2017 | 2020 |
        | Ordures ménagères résiduelles (kg/hab.) | 312 | 241 |
        | Collecte sélective (kg/hab.) | 46 | 61 |
        | Coût complet du service (€/hab.) | 118 | 109 |
        Source : agglomération, matrice des coûts (données fictives).

        La baisse des ordures ménagères résiduelles atteint 23 % en trois ans. Le coût du service a diminué malgré l'équipement des bacs en puces d'identification. Les dépôts sauvages ont augmenté la première année, puis sont revenus à leur niveau antérieur grâce à des contrôles ciblés.

        ## Les enseignements

        L'ADEME retient trois facteurs de réussite : une phase de test longue, une facture à blanc envoyée un an avant la première facture réelle et un renforcement de la collecte des biodéchets. Les élus de l'agglomération insistent sur la communication de proximité assurée par les ambassadeurs du tri.
        """);
}

/// <summary>The CC du Trièves (landscape name, Isère); Mens and Monestier-de-Clermont are places in it.</summary>
public sealed class OfglTrieves2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-cc-du-trieves-2022.html",
        "Les comptes 2022 de la communauté de communes du Trièves", "OFGL", "2023-08-29",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/donnees/fiches/gfp-trieves-2022", """
        ## Communauté de communes du Trièves

        Groupement à fiscalité professionnelle unique de 27 communes et 10 300 habitants, au sud de l'Isère, entre Vercors et Dévoluy.

        | Indicateur (€ par habitant) | CC du Trièves | Moyenne des CC de montagne |
        | Recettes réelles de fonctionnement | 611 | 548 |
        | Dépenses d'équipement | 172 | 139 |
        | Encours de dette | 238 | 301 |
        Source : comptes de gestion 2022 (données fictives).

        Les dépenses d'équipement ont financé la maison de santé de Mens et la rénovation de la piscine de Monestier-de-Clermont. La part des dépenses consacrées à la petite enfance est élevée, la communauté gérant directement trois crèches.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>The CC du Pays de Bitche (landscape name, Moselle); Bitche (seat) is a place in it. PDF.</summary>
public sealed class CrcPaysDeBitche2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("crc-grand-est-cc-pays-de-bitche-2023.pdf",
        "Communauté de communes du Pays de Bitche — rapport d'observations définitives", "Chambre régionale des comptes Grand Est", "2023-10-17",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/grand-est/pays-de-bitche-2023.pdf",
        "Chambre régionale des comptes Grand Est — observations définitives", "Pays de Bitche", """
        ## Présentation

        La communauté de communes du Pays de Bitche regroupe 46 communes et 34 000 habitants, à l'est de la Moselle, le long de la frontière allemande. Elle est issue en 2017 de la fusion de deux communautés de communes. Son siège est à Bitche.

        ## La situation financière

        | Indicateur (k€) | 2018 | 2022 |
        | Produits de gestion | 21 300 | 24 100 |
        | Charges de gestion | 18 700 | 21 900 |
        | Épargne brute | 2 600 | 2 200 |
        | Encours de dette | 14 100 | 12 800 |
        Source : comptes de gestion (données fictives).

        La situation financière est saine mais l'épargne s'érode, sous l'effet de la hausse des charges de personnel liée à la prise de compétence petite enfance. La chambre recommande d'adopter un pacte financier et fiscal avec les communes membres.

        ## La gestion des déchets

        Le service de collecte est déficitaire depuis 2020 : la taxe d'enlèvement des ordures ménagères ne couvre que 88 % de son coût. La chambre invite la communauté à revoir les taux ou le niveau de service, et à mieux contrôler l'accès des professionnels aux déchèteries.
        """);
}

/// <summary>Former EPCI "CC du Pays de Murat" (Cantal), merged in 2017 into the CC Hautes Terres; Murat is a place in it.</summary>
public sealed class CrcPaysDeMurat2015 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("crc-auvergne-cc-pays-de-murat-2015.html",
        "Communauté de communes du Pays de Murat (Cantal)", "Chambre régionale des comptes d'Auvergne", "2015-11-03",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/auvergne/pays-de-murat-2015", """
        ## Synthèse

        La chambre a contrôlé la communauté de communes du Pays de Murat pour les exercices 2010 à 2014. Ce groupement de 13 communes et 5 600 habitants, au cœur des monts du Cantal, exerce notamment les compétences de tourisme, de voirie et d'assainissement non collectif.

        Les produits de la station de ski du Lioran, dont la communauté partage la gestion, sont très variables selon l'enneigement. Les résultats du budget annexe ont été déficitaires trois hivers sur cinq, et le budget principal a dû le compenser.

        La chambre recommande de fiabiliser les prévisions d'activité et de préparer le rapprochement avec les groupements voisins, rendu probable par la réforme de la carte intercommunale. La commune de Murat, siège du groupement, n'est pas concernée par ce contrôle.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Auvergne"] };
}

/// <summary>Montpellier Méditerranée Métropole, full name; the commune of Montpellier is context.</summary>
public sealed class DgclMontpellierMetropole2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-montpellier-mediterranee-metropole-mobilites-2023.html",
        "Montpellier Méditerranée Métropole : la gratuité des transports en commun", "DGCL", "2023-12-05",
        DocumentTypeLabels.Etude, Themes.Finances, "https://collectivites-locales.example/etudes/montpellier-metropole-gratuite-2023", """
        ## Une gratuité totale pour les résidents

        Depuis décembre 2023, Montpellier Méditerranée Métropole rend gratuits ses transports en commun pour tous les habitants de ses 31 communes. La mesure a été introduite par étapes : les week-ends en 2020, les moins de 18 ans et les plus de 65 ans en 2021.

        ## Le financement

        | Poste (M€) | 2019 | 2023 |
        | Recettes tarifaires | 37 | 4 |
        | Versement mobilité | 104 | 131 |
        | Contribution du budget principal | 42 | 79 |
        Source : comptes de la métropole (données fictives).

        La perte de recettes tarifaires est compensée par la dynamique du versement mobilité et par une hausse de la contribution du budget principal. La fréquentation a progressé de 23 % ; les gains sont les plus forts dans les communes de la première couronne, davantage que dans la ville de Montpellier elle-même.
        """) with { Breadcrumb = ["Études", "Finances locales"] };
}

/// <summary>Lorient Agglomération with SIREN 200042174; Lorient (seat) and Lanester are places in it. PDF.</summary>
public sealed class DgfipLorientAgglo2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("dgfip-fiche-groupement-200042174-2022.pdf",
        "Fiche de situation financière 2022 — groupement à fiscalité propre", "DGFiP", "2023-06-20",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/comptes/2022/gfp-200042174.pdf",
        "Direction générale des finances publiques — fiche des groupements 2022", "Fiche de situation financière", """
        ## Lorient Agglomération — SIREN 200042174

        Communauté d'agglomération à fiscalité professionnelle unique. Nombre de communes membres : 25. Population totale : 205 000 habitants. Siège : Lorient.

        ## Fonctionnement

        | Poste | Montant (k€) | Par habitant (€) | Moyenne de la catégorie (€) |
        | Produits de fonctionnement | 168 300 | 821 | 764 |
        | dont fiscalité reversée aux communes | 41 900 | 204 | 187 |
        | Charges de fonctionnement | 147 600 | 720 | 668 |
        | Résultat comptable | 20 700 | 101 | 96 |
        Source : balances comptables 2022 (données fictives).

        ## Investissement

        Les dépenses d'équipement s'élèvent à 51 200 k€, soit 250 € par habitant. Elles portent sur le pôle d'échanges multimodal, le port de pêche et les réseaux d'eau et d'assainissement. L'encours de dette au 31 décembre atteint 132 000 k€, soit 644 € par habitant.

        Les taux de fiscalité votés en 2022 sont de 27,45 % pour la cotisation foncière des entreprises. Le versement mobilité est perçu au taux de 2 % ; il finance le réseau de bus et les navettes maritimes vers Lanester et Port-Louis.
        """) with { Masthead = ["Direction générale des finances publiques", "Comptes des groupements à fiscalité propre — exercice 2022"] };
}

/// <summary>"CAP Nord" (CA du Pays Nord Martinique), acronym; Le Robert and Sainte-Marie are members.</summary>
public sealed class CrcCapNord2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("crc-martinique-cap-nord-2022.html",
        "CAP Nord : le service public de l'eau et de l'assainissement", "Chambre régionale des comptes Martinique", "2022-05-24",
        DocumentTypeLabels.Rod, Themes.Durable, "https://ccomptes.example/crc/martinique/cap-nord-eau-2022", """
        ## Synthèse

        La chambre a examiné la gestion des services d'eau et d'assainissement de CAP Nord, communauté d'agglomération de 18 communes et 96 000 habitants au nord de la Martinique, de 2016 à 2021.

        Le rendement des réseaux d'eau potable n'est que de 58 % : près de la moitié de l'eau produite est perdue en fuites. Les coupures d'eau ont été fréquentes à Sainte-Marie et au Robert pendant le carême, saison sèche. Les investissements de renouvellement restent inférieurs à 0,4 % de la valeur du réseau par an.

        La chambre recommande de bâtir un schéma directeur d'investissement et de renforcer le recouvrement des factures, dont 22 % restent impayées après un an (données fictives).
        """) with { Meta = HtmlMeta.Citation };
}
