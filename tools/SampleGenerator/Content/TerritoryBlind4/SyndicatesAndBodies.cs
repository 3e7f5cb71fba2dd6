using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind4 territory split (issue 13): syndicates, offices, SDIS, CCAS/CIAS, centres de gestion and public
// establishments; the subject is the body's perimeter.
namespace SampleGenerator.Content.TerritoryBlind4;

/// <summary>SDIS of the Haute-Garonne: the département; Toulouse and Saint-Gaudens are places in it. PDF.</summary>
public sealed class SdisHauteGaronne2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("sdis31-rapport-activite-2023.pdf",
        "Rapport d'activité 2023 du service départemental d'incendie et de secours", "Service départemental d'incendie et de secours de la Haute-Garonne", "2024-04-30",
        DocumentTypeLabels.Rapport, Themes.Securite, "https://sdis31.example/publications/rapport-activite-2023.pdf",
        "SDIS 31 — rapport d'activité 2023", "interventions", """
        ## L'activité opérationnelle

        En 2023, les sapeurs-pompiers de la Haute-Garonne sont intervenus 98 400 fois, soit une intervention toutes les cinq minutes et demie. Le secours d'urgence aux personnes représente 79 % des interventions, les incendies 7 % et les accidents de la circulation 6 %.

        | Catégorie | 2022 | 2023 |
        | Secours d'urgence aux personnes | 74 900 | 77 700 |
        | Incendies | 7 300 | 6 900 |
        | Accidents de la circulation | 5 800 | 5 900 |
        | Opérations diverses | 8 100 | 7 900 |
        Source : système de gestion opérationnelle (données fictives).

        ## Les moyens

        Le corps départemental compte 1 180 sapeurs-pompiers professionnels et 2 760 volontaires répartis dans 67 centres d'incendie et de secours. Le centre de Toulouse-Vion reste le plus sollicité ; dans le Comminges, le centre de Saint-Gaudens a été reconstruit. Le budget de l'établissement atteint 142 millions d'euros, financés à 58 % par le conseil départemental et à 42 % par les communes et leurs groupements.

        La saison des feux de végétation a été précoce : les premiers départs ont eu lieu dès le mois de mars dans le Lauragais.
        """) with { Masthead = ["SDIS de la Haute-Garonne", "Rapport annuel d'activité"] };
}

/// <summary>CCAS de Brive-la-Gaillarde: the commune; the CA du Bassin de Brive is a partner.</summary>
public sealed class CcasBrive2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("ccas-brive-analyse-besoins-sociaux-2022.html",
        "Analyse des besoins sociaux 2022", "Centre communal d'action sociale de Brive-la-Gaillarde", "2022-10-04",
        DocumentTypeLabels.Etude, Themes.Social, "https://ccas-brive.example/abs-2022", """
        ## Pourquoi une analyse des besoins sociaux

        Chaque centre communal d'action sociale doit analyser les besoins de la population de sa commune. Celle du CCAS de Brive-la-Gaillarde porte cette année sur les personnes âgées isolées et sur les familles monoparentales.

        ## Les constats

        La ville compte 47 000 habitants, dont 11 % vivent seuls après 75 ans. Un tiers des familles avec enfants sont monoparentales dans les quartiers de Tujac et des Chapélies, contre une sur cinq dans l'ensemble de la commune.

        Le CCAS propose de renforcer le portage de repas et d'ouvrir un point d'accueil social dans chaque quartier prioritaire. La communauté d'agglomération du Bassin de Brive, partenaire pour le logement, sera associée au suivi.
        """);
}

/// <summary>CIAS of the CC Giennoises: the EPCI; Gien is its seat, a place in it.</summary>
public sealed class CiasGiennoises2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("cias-giennoises-rapport-2023.html",
        "Centre intercommunal d'action sociale : le bilan de l'année 2023", "Centre intercommunal d'action sociale des Giennoises", "2024-03-19",
        DocumentTypeLabels.Rapport, Themes.Social, "https://cias-giennoises.example/bilan-2023", """
        ## Un service pour les onze communes de la communauté

        Créé par la communauté de communes Giennoises, le CIAS exerce pour ses onze communes membres l'aide à domicile, le portage de repas et l'instruction des demandes d'aide sociale. Son siège est à Gien.

        En 2023, le service d'aide à domicile a assuré 64 000 heures d'intervention auprès de 410 personnes âgées ou handicapées. Le portage de repas a livré 38 500 repas. Les difficultés de recrutement d'aides à domicile ont conduit à refuser 37 demandes.

        Le conseil d'administration a décidé une revalorisation des frais de déplacement des agents, pour un coût de 42 000 euros par an, financé par une hausse de la subvention communautaire.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Centre de gestion du Finistère: the département; Quimper (its seat) and Brest are places in it. PDF.</summary>
public sealed class Cdg29Emploi2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("cdg29-bilan-emploi-territorial-2023.pdf",
        "L'emploi territorial dans le Finistère : bilan 2023", "Centre de gestion de la fonction publique territoriale du Finistère", "2023-12-12",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://cdg29.example/observatoire/bilan-emploi-2023.pdf",
        "Observatoire de l'emploi territorial — CDG 29", "emploi territorial", """
        ## Les effectifs

        Au 31 décembre 2022, les collectivités et établissements publics du Finistère employaient 31 400 agents territoriaux. Les communes en emploient 58 %, les intercommunalités 17 %, le département 15 % et les autres établissements 10 %.

        | Indicateur | Finistère |
        | Agents sur emploi permanent | 26 900 |
        | Part des femmes (%) | 62 |
        | Âge moyen (ans) | 46,1 |
        | Part des 55 ans ou plus (%) | 28 |
        Source : rapports sociaux uniques 2022 (données fictives).

        ## Les recrutements

        Les offres publiées par le centre de gestion ont augmenté de 14 % en un an. Les métiers les plus difficiles à pourvoir sont ceux de secrétaire de mairie, d'auxiliaire de puériculture et de mécanicien. Les collectivités de moins de cinquante agents, affiliées obligatoirement au centre de gestion, concentrent les difficultés : plus de la moitié d'entre elles ont connu un poste vacant plus de six mois.

        Le centre de gestion, installé à Quimper, ouvrira en 2024 une antenne à Brest pour rapprocher les concours des candidats du nord du département.
        """);
}

/// <summary>Water syndicate with three member communes Lunel, Marsillargues, Mauguio (Hérault); the Vidourle is a river.</summary>
public sealed class SyndicatEauVidourle2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("syndicat-eau-basse-vallee-vidourle-rpqs-2022.html",
        "Rapport sur le prix et la qualité du service public de l'eau potable 2022", "Syndicat intercommunal d'adduction d'eau de la basse vallée du Vidourle", "2023-06-27",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://eau-vidourle.example/rpqs-2022", """
        ## Le service

        Le syndicat produit et distribue l'eau potable de ses trois communes membres : Lunel, Marsillargues et Mauguio. Il dessert 51 000 habitants par 23 700 branchements.

        | Indicateur | 2022 |
        | Volume produit (milliers de m³) | 4 870 |
        | Rendement du réseau (%) | 78,4 |
        | Prix du m³ pour 120 m³ (€ TTC) | 2,31 |
        | Conformité bactériologique (%) | 100 |
        Source : syndicat (données fictives).

        La sécheresse de l'été a obligé le syndicat à solliciter davantage les forages proches du Vidourle, dont la nappe a atteint un niveau bas. Le programme de renouvellement des canalisations porte sur 4,2 kilomètres par an. Le prix de l'eau augmentera de 3 % au 1er janvier pour financer une nouvelle unité de traitement des pesticides, dont les études sont en cours. Le rapport est présenté aux conseils municipaux des trois communes.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>The departmental housing office of the Loire-Atlantique: the département; Nantes and Saint-Nazaire are places in it.</summary>
public sealed class OphLoireAtlantique2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("oph-loire-atlantique-rapport-2023.html",
        "Rapport d'activité 2023 de l'office public de l'habitat de la Loire-Atlantique", "Office public de l'habitat de la Loire-Atlantique", "2024-06-11",
        DocumentTypeLabels.Rapport, Themes.Social, "https://oph44.example/rapport-2023", """
        ## Un patrimoine dans tout le département

        Rattaché au conseil départemental, l'office gère 18 700 logements sociaux répartis dans 164 communes de la Loire-Atlantique, hors des centres de Nantes et de Saint-Nazaire où interviennent d'autres bailleurs.

        En 2023, l'office a livré 620 logements neufs et réhabilité 940 logements anciens. Le taux de vacance s'établit à 1,4 % et le taux de rotation à 8,9 %. Les impayés de loyer progressent, du fait de la hausse des charges d'énergie.

        Le plan stratégique de patrimoine prévoit la rénovation de tous les logements classés F ou G d'ici 2028, pour un coût de 96 millions d'euros. L'office poursuivra la vente de logements à leurs locataires, dans la limite de 80 par an, afin de financer une partie de ces travaux sur ses fonds propres.
        """) with { Breadcrumb = ["L'office", "Publications"] };
}

/// <summary>Departmental energy syndicate of the Dordogne (all its communes): the département. PDF.</summary>
public sealed class Sde24Rapport2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("sde24-rapport-activite-2022.pdf",
        "Syndicat départemental d'énergies de la Dordogne — rapport d'activité 2022", "Syndicat départemental d'énergies de la Dordogne", "2023-05-09",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://sde24.example/rapport-2022.pdf",
        "SDE 24 — rapport d'activité", "rapport d'activité", """
        ## Le syndicat

        Toutes les communes de la Dordogne adhèrent au syndicat départemental d'énergies, autorité organisatrice de la distribution publique d'électricité. Il exerce aussi, pour les communes qui la lui transfèrent, la compétence d'éclairage public.

        ## L'année 2022

        | Activité | 2022 |
        | Travaux d'électrification (k€) | 21 300 |
        | Points lumineux rénovés en LED | 6 850 |
        | Bornes de recharge installées | 42 |
        | Communes ayant transféré l'éclairage public | 387 |
        Source : syndicat (données fictives).

        La hausse des prix de l'énergie a conduit le syndicat à proposer aux communes l'extinction de l'éclairage public entre minuit et cinq heures : deux communes sur trois l'ont adoptée. Le groupement d'achat d'énergie a permis de limiter la hausse des factures des membres à 38 %, contre plus du double pour les acheteurs isolés.

        Les travaux d'enfouissement des réseaux se sont concentrés sur les zones boisées du Périgord vert et du Landais, les plus exposées aux chutes d'arbres. Le siège du syndicat, à Périgueux, accueille désormais un espace de conseil en énergie ouvert aux secrétaires de mairie.
        """);
}

/// <summary>SCoT syndicate with two member EPCI: Concarneau Cornouaille Agglomération and Quimperlé Communauté.</summary>
public sealed class ScotSudCornouaille2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("syndicat-scot-cornouaille-sud-bilan-2023.html",
        "Bilan à six ans du schéma de cohérence territoriale", "Syndicat mixte du SCoT de Cornouaille Sud", "2023-09-26",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://scot-cornouaille-sud.example/bilan-2023", """
        ## Le périmètre

        Le syndicat mixte réunit deux intercommunalités : Concarneau Cornouaille Agglomération et Quimperlé Communauté. Il a approuvé son schéma de cohérence territoriale en 2017 ; la loi impose d'en dresser le bilan six ans après.

        ## Les résultats

        La consommation d'espaces naturels et agricoles a été de 312 hectares en six ans, contre un plafond de 360 hectares fixé par le schéma. La densité moyenne des nouveaux logements est passée de 12 à 17 logements par hectare. En revanche, l'objectif de 25 % de logements neufs dans les centralités n'est pas atteint.

        Le comité syndical décide de maintenir le schéma et d'engager sa modification pour intégrer la trajectoire de sobriété foncière. Les deux intercommunalités membres seront consultées avant l'été.
        """);
}

/// <summary>School syndicate of Loches and Beaulieu-lès-Loches (Indre-et-Loire): its two member communes.</summary>
public sealed class SivosLoches2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("sivos-loches-beaulieu-budget-2022.html",
        "Budget primitif 2022 du syndicat intercommunal à vocation scolaire", "Syndicat intercommunal à vocation scolaire de Loches et Beaulieu-lès-Loches", "2022-04-08",
        DocumentTypeLabels.Dataset, Themes.Culture, "https://sivos-loches.example/budget-2022", """
        ## Présentation

        Le syndicat gère le restaurant scolaire et le transport des élèves des écoles publiques de ses deux communes membres, Loches et Beaulieu-lès-Loches. Il accueille 720 élèves.

        | Section | Dépenses (€) | Recettes (€) |
        | Fonctionnement | 1 184 000 | 1 184 000 |
        | Investissement | 212 000 | 212 000 |
        Source : délibération du comité syndical (données fictives).

        Les contributions des communes sont calculées au prorata du nombre d'élèves : 71 % pour Loches et 29 % pour Beaulieu-lès-Loches. La hausse du prix des denrées conduit à relever le tarif du repas de 3,40 à 3,65 euros. Le renouvellement d'un car scolaire, prévu en investissement, est financé par l'emprunt sur sept ans. Le comité syndical, composé de quatre délégués par commune, se réunit trois fois par an.
        """);
}

/// <summary>Local land agency of the Puy-de-Dôme (EPF-Smaf): the département as the document states its perimeter. PDF.</summary>
public sealed class EpfPuyDeDome2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("epf-puy-de-dome-programme-2023.pdf",
        "Programme pluriannuel d'intervention 2023-2027", "Établissement public foncier local du Puy-de-Dôme", "2023-01-24",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://epf63.example/ppi-2023-2027.pdf",
        "Établissement public foncier local — PPI 2023-2027", "revitalisation des centres-bourgs", """
        ## Le territoire d'intervention

        L'établissement public foncier local intervient sur l'ensemble du Puy-de-Dôme, dont toutes les intercommunalités sont membres. Il achète et porte des terrains pour le compte des communes et de leurs groupements, le temps qu'ils préparent leurs projets.

        ## Les priorités

        Le programme fixe trois priorités : la revitalisation des centres-bourgs, le recyclage des friches industrielles et la protection des terres agricoles autour de Clermont-Ferrand. Il prévoit 88 millions d'euros d'acquisitions en cinq ans, financés par la taxe spéciale d'équipement, les remboursements des collectivités et l'emprunt.

        | Priorité | Montant prévu (M€) |
        | Centres-bourgs | 34 |
        | Friches | 29 |
        | Espaces agricoles et naturels | 11 |
        | Réserves pour équipements publics | 14 |
        Source : établissement (données fictives).

        ## Le fonctionnement

        Les biens sont portés pour une durée de quatre à douze ans. Les frais de portage ont été abaissés à 1,5 % par an pour les communes de moins de 3 500 habitants. Les opérations en cours à Thiers et à Issoire illustrent le recyclage de friches en logements et en commerces.
        """);
}
