using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind3 territory split (issue 13): syndicates, offices, SDIS, CCAS/CIAS, centres de gestion and public
// establishments; the subject is the perimeter of the body as the document states it.
namespace SampleGenerator.Content.TerritoryBlind3;

/// <summary>The SDIS de la Savoie: the département; Chambéry and the ski resorts are places in it.</summary>
public sealed class CrcSdisSavoie2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("crc-ara-sdis-de-la-savoie-2022.html",
        "Service départemental d'incendie et de secours de la Savoie", "Chambre régionale des comptes Auvergne-Rhône-Alpes", "2022-05-10",
        DocumentTypeLabels.Rod, Themes.Securite, "https://ccomptes.example/crc/auvergne-rhone-alpes/sdis-73-2022", """
        ## Synthèse

        Le SDIS de la Savoie couvre les 273 communes du département. Son activité varie fortement selon les saisons : en février, la population présente dans les stations de sports d'hiver double celle du département, et les interventions de secours à personne augmentent de 60 %.

        L'établissement s'appuie sur 2 700 sapeurs-pompiers volontaires, dont le recrutement devient difficile dans les vallées où les emplois sont saisonniers. La chambre relève que la programmation des casernes n'a pas été actualisée depuis 2014 ; le centre de secours principal de Chambéry est saturé.

        | Indicateur | 2016 | 2021 |
        | Interventions | 27 300 | 31 800 |
        | Budget de fonctionnement (M€) | 52,4 | 57,1 |
        | Contribution du département (M€) | 27,9 | 30,6 |
        Source : comptes financiers du SDIS (données fictives).

        La chambre recommande d'adopter un plan pluriannuel d'investissement et de moduler les gardes selon la fréquentation touristique.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Auvergne-Rhône-Alpes"] };
}

/// <summary>The CCAS of Vannes: the commune ("vannes" is also a word); Golfe du Morbihan - Vannes Agglomération is a partner.</summary>
public sealed class CcasVannes2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("ccas-vannes-analyse-besoins-sociaux-2023.html",
        "Analyse des besoins sociaux 2023 : synthèse", "Centre communal d'action sociale de Vannes", "2023-11-21",
        DocumentTypeLabels.Rapport, Themes.Social, "https://ccas-vannes.example/publications/abs-2023", """
        ## Pourquoi une analyse des besoins sociaux

        Chaque centre communal d'action sociale doit produire une analyse des besoins sociaux de la population de sa commune au cours de l'année qui suit le renouvellement du conseil municipal. Celle du CCAS de Vannes porte sur les 55 800 habitants de la ville.

        ## Principaux constats

        | Indicateur | Vannes | Morbihan |
        | Part des 75 ans ou plus | 12,4 % | 11,2 % |
        | Personnes seules | 47 % | 37 % |
        | Taux de pauvreté | 12,9 % | 11,7 % |
        Source : recensement 2020 et Filosofi 2020 (données fictives).

        La moitié des ménages vannetais sont des personnes seules. Les demandes d'aide facultative ont progressé de 18 % en deux ans, tirées par les factures d'énergie. Le CCAS propose de renforcer l'accueil de jour et de travailler avec Golfe du Morbihan - Vannes Agglomération, compétente en matière d'habitat, sur le logement des jeunes actifs.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Publié le 21/11/2023", Breadcrumb = ["Publications", "Action sociale"] };
}

/// <summary>The CIAS of the CC Grand-Figeac: the EPCI; Figeac is the seat. PDF.</summary>
public sealed class CiasGrandFigeac2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("cias-grand-figeac-rapport-activite-2022.pdf",
        "Rapport d'activité 2022 du centre intercommunal d'action sociale", "Centre intercommunal d'action sociale du Grand-Figeac", "2023-04-18",
        DocumentTypeLabels.Rapport, Themes.Social, "https://cias-grand-figeac.example/documents/rapport-activite-2022.pdf",
        "CIAS du Grand-Figeac — rapport d'activité 2022", "centre intercommunal d'action sociale", """
        ## Le CIAS en bref

        Le centre intercommunal d'action sociale exerce ses missions pour l'ensemble des 92 communes de la communauté de communes Grand-Figeac, soit 45 500 habitants répartis entre le Lot et l'Aveyron. Son siège est à Figeac ; deux antennes accueillent le public à Capdenac-Gare et à Lacapelle-Marival.

        ## Activité 2022

        | Service | Bénéficiaires | Heures ou repas |
        | Aide et accompagnement à domicile | 1 140 | 212 000 heures |
        | Portage de repas | 420 | 96 500 repas |
        | Accueil de jour Alzheimer | 38 | 5 900 heures |
        | Aides facultatives | 610 | — |
        Source : tableaux de bord du CIAS (données fictives).

        Le service d'aide à domicile a perdu 14 équivalents temps plein en deux ans faute de candidats ; 9 000 heures demandées n'ont pas pu être assurées. Le temps de trajet moyen entre deux interventions dépasse vingt minutes dans les secteurs de montagne.

        ## Perspectives

        Le conseil d'administration a décidé d'ouvrir une troisième antenne en 2023 et de revaloriser les indemnités kilométriques. Le budget 2023 s'élève à 8,9 M€, financé à 61 % par les départements et la caisse de retraite, à 24 % par les usagers et à 15 % par la communauté de communes.
        """) with { Masthead = ["Centre intercommunal d'action sociale du Grand-Figeac", "Rapport d'activité 2022"] };
}

/// <summary>Centre de gestion de la Marne: the département; Reims and Châlons are places in it.</summary>
public sealed class CdgMarneBilanSocial2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("cdg-marne-bilan-social-2023.html",
        "Synthèse des rapports sociaux uniques 2021 des collectivités de la Marne", "Centre de gestion de la fonction publique territoriale de la Marne", "2023-02-28",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://cdg51.example/publications/rsu-2021", """
        ## Champ

        Cette synthèse agrège les rapports sociaux uniques 2021 de 612 collectivités et établissements publics de la Marne affiliés au centre de gestion ou adhérents au socle commun. Les villes de Reims et de Châlons-en-Champagne, non affiliées, sont incluses à titre volontaire.

        | Indicateur | Marne 2021 | Rappel 2019 |
        | Agents sur emploi permanent | 14 900 | 14 650 |
        | Part des agents de catégorie C | 76 % | 77 % |
        | Âge moyen des titulaires | 47,6 ans | 47,1 ans |
        | Jours d'absence pour raison de santé par agent | 28 | 24 |
        Source : rapports sociaux uniques 2021 (données fictives).

        Un agent sur quatre partira à la retraite d'ici 2030. Le centre de gestion propose aux collectivités marnaises un accompagnement à la gestion prévisionnelle des emplois et renforce son service de remplacement.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Publications", "Observatoire de l'emploi"] };
}

/// <summary>A water syndicate of three Côte-d'Or communes (Auxonne, Saint-Jean-de-Losne, Seurre); the Saône is a river.</summary>
public sealed class CrcSyndicatEauxValDeSaone2021 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("crc-bfc-syndicat-eaux-val-de-saone-2021.html",
        "Syndicat intercommunal des eaux du Val de Saône", "Chambre régionale des comptes Bourgogne-Franche-Comté", "2021-11-16",
        DocumentTypeLabels.Rod, Themes.Durable, "https://ccomptes.example/crc/bourgogne-franche-comte/sie-val-de-saone-2021", """
        ## Synthèse

        Le syndicat intercommunal des eaux du Val de Saône réunit trois communes de la Côte-d'Or : Auxonne, Saint-Jean-de-Losne et Seurre. Il gère en régie le captage, le traitement et la distribution de l'eau potable pour 10 900 habitants.

        Les ressources du syndicat dépendent d'une nappe alluviale vulnérable aux nitrates. Deux des quatre puits ont été fermés en 2019. L'interconnexion prévue avec un syndicat voisin n'a pas été financée.

        | Indicateur | 2016 | 2020 |
        | Volumes distribués (milliers de m³) | 1 020 | 1 080 |
        | Rendement du réseau | 72 % | 70 % |
        | Prix du m³ (€ HT) | 1,48 | 1,55 |
        Source : rapports sur le prix et la qualité du service (données fictives).

        La chambre recommande d'établir un schéma directeur d'alimentation en eau et de préparer le transfert de la compétence aux intercommunalités, prévu par la loi d'ici 2026.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Bourgogne-Franche-Comté"] };
}

/// <summary>Loire Habitat, the departmental housing office: the département de la Loire; Saint-Étienne and Roanne are places in it. PDF.</summary>
public sealed class LoireHabitatRapport2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("loire-habitat-rapport-activite-2022.pdf",
        "Rapport d'activité 2022", "Loire Habitat, office public de l'habitat du département de la Loire", "2023-06-06",
        DocumentTypeLabels.Rapport, Themes.Social, "https://loire-habitat.example/documents/rapport-activite-2022.pdf",
        "Loire Habitat — rapport d'activité 2022", "Loire Habitat gère", """
        ## Notre patrimoine

        Rattaché au département de la Loire, Loire Habitat gère 12 400 logements sociaux répartis dans 180 communes du département, des quartiers de Saint-Étienne et de Roanne aux bourgs des monts du Forez. Un logement sur trois a été construit avant 1975.

        ## Chiffres clés 2022

        | Indicateur | 2021 | 2022 |
        | Logements gérés | 12 350 | 12 400 |
        | Taux de vacance commerciale | 6,8 % | 6,1 % |
        | Taux de rotation | 11,2 % | 10,4 % |
        | Logements réhabilités dans l'année | 310 | 460 |
        | Loyer moyen mensuel (€/m² de surface habitable) | 5,42 | 5,51 |
        Source : rapports de gestion de l'office (données fictives).

        ## Faits marquants

        La vacance recule pour la deuxième année : l'office a démoli 96 logements obsolètes et réhabilité 460 autres, dont 220 en bâtiment basse consommation. La hausse du prix du gaz a conduit le conseil d'administration à geler les loyers au 1er janvier 2023, en accord avec le conseil départemental.

        Le plan stratégique de patrimoine 2023-2032 prévoit 120 millions d'euros d'investissement, dont les trois quarts pour la rénovation énergétique.
        """) with { Masthead = ["Loire Habitat", "Office public de l'habitat de la Loire"] };
}

/// <summary>SCoT syndicate: its two members, the CA du Pays de Saint-Omer and the CC du Pays de Lumbres.</summary>
public sealed class SyndicatScotSaintOmer2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("syndicat-scot-pays-de-saint-omer-rapport-2023.html",
        "Bilan à six ans du schéma de cohérence territoriale", "Syndicat mixte Lys Audomarois", "2023-10-10",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://scot-audomarois.example/documents/bilan-six-ans", """
        ## Le périmètre du SCoT

        Le syndicat mixte porte le schéma de cohérence territoriale de ses deux membres : la communauté d'agglomération du Pays de Saint-Omer et la communauté de communes du Pays de Lumbres, soit 131 000 habitants et 89 communes.

        ## Consommation d'espace

        | Période | Hectares consommés par an | dont habitat |
        | 2011-2016 | 96 | 58 |
        | 2017-2022 | 71 | 39 |
        Source : fichiers fonciers (données fictives).

        La consommation d'espace a baissé d'un quart, mais l'objectif du schéma, 55 hectares par an, n'est pas atteint. Les zones d'activités situées le long de l'autoroute en absorbent la moitié. Le comité syndical a décidé d'engager une révision pour intégrer la trajectoire de zéro artificialisation nette. Les deux intercommunalités membres devront ensuite mettre leurs plans locaux d'urbanisme en compatibilité.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Publié le 10/10/2023", Breadcrumb = ["Documents", "Bilans"] };
}

/// <summary>The departmental energy syndicate of the Nièvre: the département. PDF.</summary>
public sealed class SyndicatEnergieNievre2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("syndicat-energie-nievre-rapport-2022.pdf",
        "Rapport d'activité 2022 — distribution d'électricité et transition énergétique", "Syndicat intercommunal d'énergies, d'équipement et d'environnement de la Nièvre", "2023-05-23",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://sieeen.example/publications/rapport-2022.pdf",
        "SIEEEN — rapport d'activité 2022", "distribution d'électricité", """
        ## Un syndicat départemental

        Le SIEEEN est l'autorité organisatrice de la distribution publique d'électricité pour l'ensemble des communes de la Nièvre. Il contrôle le concessionnaire, finance l'enfouissement des réseaux et accompagne les communes dans la rénovation de leur éclairage public.

        ## Chiffres 2022

        | Activité | 2021 | 2022 |
        | Kilomètres de réseau basse tension | 8 940 | 8 960 |
        | Travaux d'enfouissement (k€) | 6 200 | 7 100 |
        | Points lumineux rénovés en LED | 3 100 | 4 800 |
        | Bornes de recharge publiques | 142 | 168 |
        Source : rapport de contrôle de la concession (données fictives).

        La rénovation de l'éclairage public s'est accélérée avec la hausse des prix de l'électricité : 4 800 points lumineux ont été remplacés, pour une économie estimée à 1,9 GWh par an. La moitié des communes nivernaises pratiquent désormais l'extinction nocturne.

        ## Qualité de la distribution

        Le temps moyen de coupure par client s'établit à 142 minutes, au-dessus de la moyenne nationale, à cause de la longueur des réseaux aériens en zone boisée. Le syndicat demande au concessionnaire d'accélérer le remplacement des fils nus.
        """) with { Masthead = ["Syndicat intercommunal d'énergies, d'équipement et d'environnement de la Nièvre", "Rapport d'activité 2022"] };
}

/// <summary>The local land agency of the Pays Basque: its perimeter is the CA du Pays Basque; Bayonne and Hendaye are places in it.</summary>
public sealed class EpflPaysBasque2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("epfl-pays-basque-bilan-2022.html",
        "Bilan d'activité 2022 de l'établissement public foncier local", "Établissement public foncier local Pays Basque", "2023-03-21",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://epfl-pays-basque.example/bilan-2022", """
        ## Notre intervention

        L'établissement public foncier local acquiert et porte des terrains pour le compte de la communauté d'agglomération du Pays Basque, son unique membre depuis 2017, et de ses 158 communes. Il intervient surtout pour le logement social et la préservation des terres agricoles.

        | Indicateur | 2021 | 2022 |
        | Acquisitions (M€) | 38,4 | 42,9 |
        | Surfaces acquises (ha) | 61 | 74 |
        | Stock porté au 31 décembre (M€) | 162 | 189 |
        Source : comptes de l'établissement (données fictives).

        La tension foncière reste la plus forte sur le littoral, de Bayonne à Hendaye, où le prix moyen du mètre carré constructible a augmenté de 14 % en un an. L'établissement a créé une réserve de 30 hectares de terres agricoles dans l'intérieur pour l'installation de jeunes exploitants.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["L'établissement", "Rapports"] };
}

/// <summary>Intercommunal tourist office: the CC Presqu'île de Crozon-Aulne maritime; the commune of Crozon hosts its main office.</summary>
public sealed class OfficeTourismeCrozon2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("office-tourisme-presqu-ile-de-crozon-bilan-2023.html",
        "Bilan de la saison touristique 2023", "Office de tourisme Presqu'île de Crozon-Aulne maritime", "2024-01-30",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://tourisme-crozon-aulne.example/bilan-2023", """
        ## Fréquentation

        L'office de tourisme intercommunal assure l'accueil et la promotion touristique des dix communes de la communauté de communes Presqu'île de Crozon-Aulne maritime. Ses bureaux de Crozon, Camaret-sur-Mer et Le Faou ont reçu 128 000 visiteurs en 2023.

        | Indicateur | 2022 | 2023 |
        | Visiteurs accueillis | 121 000 | 128 000 |
        | Nuitées marchandes (milliers) | 910 | 948 |
        | Taxe de séjour collectée (k€) | 1 160 | 1 240 |
        Source : observatoire de l'office (données fictives).

        La saison a été marquée par une fréquentation record en septembre. La clientèle étrangère, surtout allemande et néerlandaise, représente 18 % des nuitées. L'office propose de développer l'offre de randonnée en dehors de l'été pour étaler la fréquentation, et de mieux accueillir les camping-cars, dont le stationnement sauvage suscite des plaintes sur le littoral.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Publié le 30/01/2024", Breadcrumb = ["Espace pro", "Observatoire"] };
}

/// <summary>A sewerage syndicate of three Essonne communes (Brunoy, Épinay-sous-Sénart, Boussy-Saint-Antoine); the Yerres is the river and the commune of Yerres is not a member. PDF.</summary>
public sealed class CrcSyndicatValDYerres2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("crc-idf-syndicat-assainissement-val-d-yerres-2022.pdf",
        "Syndicat intercommunal d'assainissement du Val d'Yerres aval", "Chambre régionale des comptes Île-de-France", "2022-02-15",
        DocumentTypeLabels.Rod, Themes.Durable, "https://ccomptes.example/crc/ile-de-france/siavya-2022.pdf",
        "CRC Île-de-France — SIA du Val d'Yerres aval", "assainissement du Val d'Yerres", """
        ## Présentation du syndicat

        Le syndicat intercommunal d'assainissement du Val d'Yerres aval regroupe trois communes de l'Essonne : Brunoy, Épinay-sous-Sénart et Boussy-Saint-Antoine. Il collecte les eaux usées de 45 000 habitants et les transporte jusqu'aux ouvrages du service interdépartemental. Malgré son nom, le syndicat ne compte pas parmi ses membres la commune d'Yerres, qui a confié sa compétence à un autre groupement ; le nom désigne la rivière dont il protège la vallée.

        ## Gestion

        | Indicateur | 2016 | 2020 |
        | Linéaire de réseau (km) | 212 | 214 |
        | Redevance syndicale (€/m³) | 0,38 | 0,46 |
        | Investissements annuels (k€) | 1 420 | 2 960 |
        | Encours de dette (k€) | 6 300 | 9 100 |
        Source : comptes administratifs du syndicat (données fictives).

        Le syndicat a doublé ses investissements pour réduire les rejets d'eaux usées dans l'Yerres par temps de pluie. Ses trois agents ne suffisent pas à suivre les chantiers : la maîtrise d'ouvrage a été déléguée sans contrôle effectif.

        ## Recommandations

        La chambre recommande de se doter d'une programmation pluriannuelle, de contrôler les prestations de maîtrise d'œuvre et d'étudier le transfert de la compétence à l'établissement public territorial ou à l'agglomération compétente.
        """) with { Masthead = ["Chambre régionale des comptes Île-de-France", "Rapport d'observations définitives"] };
}
