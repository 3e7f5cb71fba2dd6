using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind2 territory split (issue 13): syndicates, offices, SDIS, CCAS/CIAS and public establishments; the
// subject is the perimeter of the body as the document states it.
namespace SampleGenerator.Content.TerritoryBlind2;

/// <summary>A water syndicate of three Jura communes (Arlay, Bletterans, Ruffey-sur-Seille); the Seille is a river.</summary>
public sealed class CrcSiaepSeille2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("crc-bfc-siaep-basse-seille-2022.html",
        "Syndicat intercommunal d'adduction d'eau potable de la Basse Seille", "Chambre régionale des comptes Bourgogne-Franche-Comté", "2022-03-29",
        DocumentTypeLabels.Rod, Themes.Durable, "https://ccomptes.example/crc/bourgogne-franche-comte/siaep-basse-seille-2022", """
        ## Synthèse

        Le syndicat intercommunal d'adduction d'eau potable de la Basse Seille (Jura) regroupe trois communes : Arlay, Bletterans et Ruffey-sur-Seille. Il produit et distribue l'eau de 3 300 habitants à partir de deux puits situés dans la plaine alluviale de la Seille.

        Le rendement du réseau n'atteint que 64 %, en deçà du seuil réglementaire : près d'un mètre cube sur trois est perdu. Le prix de l'eau, 1,72 € par mètre cube hors redevances, ne finance pas le renouvellement des conduites, dont l'âge moyen dépasse cinquante ans.

        | Indicateur | 2017 | 2021 |
        | Volumes produits (milliers de m³) | 412 | 428 |
        | Rendement du réseau | 67 % | 64 % |
        | Épargne brute (k€) | 118 | 96 |
        Source : rapports annuels du syndicat (données fictives).

        La chambre recommande au syndicat d'adopter un plan de renouvellement et d'examiner son adhésion à un syndicat de plus grande taille.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Bourgogne-Franche-Comté"] };
}

/// <summary>A waste syndicate whose two members are the CA du Niortais and the CC Haut Val de Sèvre. PDF.</summary>
public sealed class SyndicatDechetsNiortais2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("syndicat-dechets-sud-deux-sevres-rapport-2023.pdf",
        "Rapport annuel 2023 sur le prix et la qualité du service public de prévention et de gestion des déchets", "Syndicat mixte de traitement des déchets du Sud Deux-Sèvres", "2024-06-11",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://dechets-sud-deux-sevres.example/publications/rapport-2023.pdf",
        "Syndicat mixte de traitement des déchets — rapport 2023", "prix et la qualité du service", """
        ## Le syndicat

        Le syndicat mixte assure le traitement des déchets ménagers de ses deux membres, la communauté d'agglomération du Niortais et la communauté de communes Haut Val de Sèvre, soit 158 000 habitants. La collecte reste de la compétence de chacun des deux groupements ; le syndicat exploite le centre de tri, deux plateformes de compostage et l'installation de stockage.

        ## Tonnages traités

        | Flux | 2022 (t) | 2023 (t) | kg par habitant 2023 |
        | Ordures ménagères résiduelles | 31 400 | 29 800 | 189 |
        | Emballages et papiers | 9 600 | 10 100 | 64 |
        | Biodéchets et déchets verts | 22 700 | 23 900 | 151 |
        | Encombrants de déchèterie | 14 200 | 13 600 | 86 |
        Source : registres du syndicat (données fictives).

        Les ordures ménagères résiduelles baissent de 5 %, à la suite de l'extension de la collecte séparée des biodéchets dans les communes urbaines. Le refus de tri reste élevé (18 %).

        ## Coûts

        Le coût complet du traitement s'élève à 112 € par tonne, dont 38 € de taxe générale sur les activités polluantes. La contribution des membres est fixée à 41,20 € par habitant en 2023, en hausse de 6 %. Le syndicat prévoit de moderniser le centre de tri en 2025 pour un montant de 14 M€.
        """) with { Masthead = ["Syndicat mixte de traitement des déchets du Sud Deux-Sèvres", "Rapport annuel — exercice 2023"] };
}

/// <summary>The SDIS du Morbihan: its perimeter is the département.</summary>
public sealed class CrcSdisMorbihan2021 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("crc-bretagne-sdis-du-morbihan-2021.html",
        "Service départemental d'incendie et de secours du Morbihan", "Chambre régionale des comptes Bretagne", "2021-12-07",
        DocumentTypeLabels.Rod, Themes.Securite, "https://ccomptes.example/crc/bretagne/sdis-56-2021", """
        ## Synthèse

        Le service départemental d'incendie et de secours (SDIS) du Morbihan défend les 249 communes du département à partir de 70 centres d'incendie et de secours. Il compte 430 sapeurs-pompiers professionnels et 2 900 volontaires.

        Le nombre d'interventions a crû de 22 % entre 2015 et 2020, porté par le secours d'urgence aux personnes et par l'afflux estival sur le littoral. La contribution du conseil départemental représente 55 % des recettes ; celle des communes et des groupements est gelée en valeur depuis 2016.

        | Indicateur | 2015 | 2020 |
        | Interventions | 33 900 | 41 400 |
        | Dépenses de fonctionnement (M€) | 58,2 | 64,9 |
        | Sapeurs-pompiers volontaires | 3 050 | 2 900 |
        Source : rapports d'activité du SDIS (données fictives).

        La chambre recommande d'actualiser le schéma départemental d'analyse et de couverture des risques et de fidéliser les volontaires.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Bretagne"] };
}

/// <summary>The CCAS of Quimperlé: the commune.</summary>
public sealed class CcasQuimperle2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("ccas-quimperle-analyse-besoins-sociaux-2023.html",
        "Analyse des besoins sociaux 2023", "CCAS de Quimperlé", "2023-11-28",
        DocumentTypeLabels.Rapport, Themes.Social, "https://ccas-quimperle.example/publications/abs-2023", """
        ## Objet

        Le centre communal d'action sociale de Quimperlé présente l'analyse des besoins sociaux de la population de la ville, obligatoire dans l'année qui suit le renouvellement du conseil municipal. Elle a été conduite avec les associations caritatives et les services de Quimperlé Communauté.

        ## Constats

        La ville compte 12 500 habitants. Un ménage sur cinq vit seul après 75 ans et la part des familles monoparentales atteint 14 %. Les demandes d'aide alimentaire ont augmenté de 30 % en deux ans.

        | Indicateur | 2020 | 2022 |
        | Aides facultatives accordées | 412 | 538 |
        | Domiciliations | 96 | 121 |
        | Bénéficiaires du portage de repas | 148 | 171 |
        Source : CCAS de Quimperlé (données fictives).

        ## Orientations

        - Créer une permanence sociale dans le quartier de Kerjégu.
        - Renforcer la lutte contre l'isolement des personnes âgées.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 28/11/2023", Breadcrumb = ["Publications"] };
}

/// <summary>The CIAS of the CC du Grand Cubzaguais: the EPCI. PDF.</summary>
public sealed class CiasGrandCubzaguais2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("cias-grand-cubzaguais-rapport-activite-2022.pdf",
        "Centre intercommunal d'action sociale du Grand Cubzaguais — rapport d'activité 2022", "CIAS du Grand Cubzaguais", "2023-05-09",
        DocumentTypeLabels.Rapport, Themes.Social, "https://cias-grand-cubzaguais.example/documents/rapport-activite-2022.pdf",
        "CIAS du Grand Cubzaguais — rapport d'activité 2022", "rapport d'activité 2022", """
        ## Présentation

        Le centre intercommunal d'action sociale (CIAS) exerce l'action sociale d'intérêt communautaire de la communauté de communes du Grand Cubzaguais, en Gironde. Son conseil d'administration est présidé par le président de la communauté de communes. Le CIAS gère un service d'aide à domicile, un service de portage de repas et une résidence autonomie de 42 logements.

        ## Activité

        | Service | 2021 | 2022 |
        | Heures d'aide à domicile | 61 400 | 58 900 |
        | Repas livrés | 38 200 | 41 700 |
        | Taux d'occupation de la résidence | 93 % | 96 % |
        | Dossiers d'aide sociale instruits | 1 140 | 1 210 |
        Source : CIAS du Grand Cubzaguais (données fictives).

        Les heures d'aide à domicile reculent de 4 % faute de personnel : huit postes d'aide à domicile sont restés vacants plus de six mois. Le CIAS a relevé les rémunérations en application de l'avenant 43 et financé des véhicules de service pour réduire les frais kilométriques des agents.

        ## Budget

        Les dépenses de fonctionnement s'élèvent à 3,9 M€. La subvention de la communauté de communes atteint 610 000 €, en hausse de 9 %, pour couvrir le déficit du service d'aide à domicile. Le projet social 2023-2026 prévoit un guichet unique d'accueil à Saint-André-de-Cubzac.
        """) with { Masthead = ["Centre intercommunal d'action sociale", "Rapport d'activité 2022"] };
}

/// <summary>A departmental public housing office: the département du Doubs.</summary>
public sealed class CrcOphDoubs2020 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("crc-bfc-office-public-habitat-doubs-2020.html",
        "Office public de l'habitat du département du Doubs", "Chambre régionale des comptes Bourgogne-Franche-Comté", "2020-02-18",
        DocumentTypeLabels.Rod, Themes.Social, "https://ccomptes.example/crc/bourgogne-franche-comte/oph-doubs-2020", """
        ## Synthèse

        L'office public de l'habitat rattaché au département du Doubs gère 11 300 logements sociaux répartis dans 180 communes du département, dont un tiers à Besançon et Montbéliard. Le conseil départemental désigne la majorité de son conseil d'administration.

        La vacance commerciale atteint 7,8 % en 2018, concentrée dans les petites communes rurales et dans les quartiers d'habitat collectif des années 1960. La chambre observe que le plan stratégique de patrimoine n'a pas été actualisé depuis 2011 et que les démolitions prévues ont pris du retard.

        | Indicateur | 2014 | 2018 |
        | Logements gérés | 11 050 | 11 300 |
        | Vacance commerciale | 5,9 % | 7,8 % |
        | Autofinancement net (% des loyers) | 9,1 % | 6,4 % |
        Source : comptes de l'office (données fictives).
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>The regional land agency of Provence-Alpes-Côte d'Azur: the région.</summary>
public sealed class EpfPaca2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("epf-provence-alpes-cote-d-azur-bilan-2023.html",
        "Bilan d'activité 2023 de l'établissement public foncier", "Établissement public foncier Provence-Alpes-Côte d'Azur", "2024-04-03",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://epf-paca.example/publications/bilan-2023", """
        ## L'essentiel

        L'établissement public foncier intervient sur l'ensemble de la région Provence-Alpes-Côte d'Azur pour acquérir et porter les terrains nécessaires aux projets des collectivités, en priorité pour le logement. En 2023, il a acquis 96 hectares pour 182 M€ et cédé 61 hectares permettant la construction de 2 900 logements, dont 48 % de logements sociaux.

        | Département | Acquisitions (M€) | Logements permis par les cessions |
        | Bouches-du-Rhône | 74 | 1 210 |
        | Alpes-Maritimes | 46 | 690 |
        | Var | 38 | 580 |
        | Vaucluse | 15 | 270 |
        | Hautes-Alpes et Alpes-de-Haute-Provence | 9 | 150 |
        Source : EPF (données fictives).

        Le programme pluriannuel d'intervention 2021-2025 sera évalué en 2024. La taxe spéciale d'équipement perçue sur la région reste la principale ressource de l'établissement. Les conventions signées avec les communes précisent la durée du portage, qui ne peut excéder huit ans.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Publié le 03/04/2024", Breadcrumb = ["Publications", "Rapports d'activité"] };
}

/// <summary>A departmental energy syndicate: the Haute-Vienne. PDF.</summary>
public sealed class SyndicatEnergiesHauteVienne2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("syndicat-energies-haute-vienne-eclairage-2022.pdf",
        "Éclairage public : bilan de la rénovation 2018-2022", "Syndicat départemental d'énergies de la Haute-Vienne", "2022-12-13",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://energies-haute-vienne.example/documents/eclairage-bilan-2022.pdf",
        "Syndicat départemental d'énergies de la Haute-Vienne", "bilan de la rénovation", """
        ## Contexte

        Le syndicat départemental d'énergies est l'autorité organisatrice de la distribution d'électricité pour toutes les communes de la Haute-Vienne, à l'exception de Limoges, qui exerce cette compétence en propre. Il gère par transfert l'éclairage public de 180 communes adhérentes.

        ## Résultats

        De 2018 à 2022, 21 400 points lumineux ont été remplacés par des luminaires à diodes électroluminescentes, soit 62 % du parc géré. La consommation d'électricité de l'éclairage public a baissé de 46 %, et la facture des communes de 38 % malgré la hausse des prix en 2022.

        | Année | Points rénovés | Consommation (GWh) | Coût des travaux (M€) |
        | 2018 | 3 200 | 14,1 | 2,9 |
        | 2019 | 4 100 | 12,8 | 3,6 |
        | 2020 | 3 900 | 11,2 | 3,4 |
        | 2021 | 5 000 | 9,4 | 4,5 |
        | 2022 | 5 200 | 7,6 | 4,9 |
        Source : syndicat, relevés d'exploitation (données fictives).

        ## Suite

        Les communes qui ont adopté l'extinction nocturne entre minuit et cinq heures sont passées de 41 à 133. Le syndicat propose en 2023 un programme de renouvellement des armoires de commande, financé à 50 % par ses fonds propres et par les certificats d'économies d'énergie.
        """);
}

/// <summary>An intercommunal tourist office: the CC du Pays de Fayence.</summary>
public sealed class OtPaysDeFayence2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("office-tourisme-pays-de-fayence-bilan-2023.html",
        "Bilan de fréquentation 2023", "Office de tourisme intercommunal du Pays de Fayence", "2024-02-06",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://tourisme-paysdefayence.example/bilan-2023", """
        ## Une saison étirée

        L'office de tourisme intercommunal, établissement public de la communauté de communes du Pays de Fayence (Var), accueille les visiteurs dans quatre bureaux d'information, à Fayence, Seillans, Montauroux et Callian. Il a reçu 61 000 visiteurs en 2023, en hausse de 7 %.

        | Indicateur | 2022 | 2023 |
        | Visiteurs accueillis | 57 000 | 61 000 |
        | Nuitées marchandes (milliers) | 412 | 436 |
        | Taxe de séjour collectée (k€) | 528 | 571 |
        Source : office de tourisme, taxe de séjour (données fictives).

        Les ailes volantes du terrain de vol à voile restent le premier motif de visite étrangère. Les nuitées d'avril et d'octobre progressent le plus, signe d'un étalement de la saison. Les visiteurs venus de l'étranger représentent 27 % des contacts, les Belges et les Allemands en tête.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 6 février 2024", Breadcrumb = ["L'office", "Chiffres clés"] };
}

/// <summary>The departmental management centre of the territorial civil service: the Loir-et-Cher.</summary>
public sealed class CdgLoirEtCher2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("cdg-loir-et-cher-bilan-social-2022.html",
        "Synthèse des rapports sociaux uniques 2021 des collectivités affiliées", "Centre de gestion de la fonction publique territoriale de Loir-et-Cher", "2022-11-08",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://cdg41.example/publications/rsu-2021", """
        ## Champ

        Le centre de gestion de Loir-et-Cher a exploité les rapports sociaux uniques 2021 de 262 collectivités et établissements affiliés du département, qui emploient 5 400 agents. Les communes de plus de 350 agents, non affiliées, ne sont pas comprises.

        ## Résultats

        | Indicateur | Ensemble | Communes de moins de 1 000 habitants |
        | Âge moyen des titulaires | 48,1 ans | 50,3 ans |
        | Part des agents de catégorie C | 78 % | 86 % |
        | Taux d'absentéisme | 9,4 % | 7,1 % |
        Source : CDG 41, données sociales 2021 (données fictives).

        Un agent sur trois partira à la retraite d'ici 2030. Le centre de gestion recommande aux collectivités d'anticiper ces départs, notamment pour les secrétaires de mairie, difficiles à recruter dans le département. Les résultats détaillés par strate sont transmis à chaque collectivité avec son propre rapport.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Publications", "Observatoire de l'emploi"] };
}
