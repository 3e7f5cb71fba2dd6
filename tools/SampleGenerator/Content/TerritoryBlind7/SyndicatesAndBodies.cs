using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind7 territory split (issue 13): syndicates, offices, SDIS, CCAS/CIAS, centres de gestion — the subject is the body's perimeter.
namespace SampleGenerator.Content.TerritoryBlind7;

/// <summary>The SDIS of the Alpes-de-Haute-Provence (perimeter: the département); Digne-les-Bains is its seat.</summary>
public sealed class CrcSdis04 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("crc-paca-sdis-04-2023.pdf",
        "Service départemental d'incendie et de secours des Alpes-de-Haute-Provence", "Chambre régionale des comptes Provence-Alpes-Côte d'Azur", "2023-04-18",
        DocumentTypeLabels.Rod, Themes.Securite, "https://crc-paca.example/rod/sdis-04-2023.pdf",
        "CRC PACA - SDIS 04", "sapeurs-pompiers volontaires", """
        ## Périmètre

        Le SDIS 04 assure la lutte contre les incendies et le secours aux personnes sur l'ensemble du département, soit 198 communes et 166 000 habitants, depuis son siège de Digne-les-Bains. Le contrôle porte sur les exercices 2017 à 2021.

        ## Activité

        Le service a réalisé 17 800 interventions en 2021, dont 78 % de secours à personne. Les feux d'espaces naturels, moins de 5 % des sorties, mobilisent pourtant l'essentiel des moyens l'été. Le maillage compte 38 centres d'incendie et de secours.

        ## Ressources humaines

        Le service repose à 85 % sur des sapeurs-pompiers volontaires. Leur disponibilité en journée baisse, ce qui fragilise les petits centres de montagne. La chambre recommande de revoir le règlement opérationnel et d'accompagner les employeurs publics qui libèrent des agents.

        ## Finances

        Les contributions du conseil départemental et des communes couvrent 92 % des recettes de fonctionnement. Le plan d'équipement prévoit le remplacement de 24 camions-citernes d'ici 2027.

        Le rapport a été présenté au conseil d'administration du service.
        """) with { Masthead = ["Chambre régionale des comptes Provence-Alpes-Côte d'Azur", "Rapport d'observations définitives"] };
}

/// <summary>The centre de gestion of Seine-et-Marne (perimeter: the département's affiliated employers); Melun is its seat.</summary>
public sealed class Cdg77Panorama2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("cdg77-panorama-emploi-territorial-2023.html",
        "Panorama de l'emploi territorial 2023", "Centre de gestion de la fonction publique territoriale de Seine-et-Marne", "2023-12-01",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://cdg77.example/observatoire/panorama-2023", """
        ## Les employeurs affiliés

        Le centre de gestion de Seine-et-Marne rassemble 611 collectivités et établissements affiliés, des plus petites communes rurales aux syndicats intercommunaux. Ce panorama, tiré des rapports sociaux uniques, décrit les effectifs des employeurs seine-et-marnais au 31 décembre 2022.

        ## Chiffres clés

        | Indicateur | Valeur |
        | Agents sur emploi permanent | 19 400 |
        | Part de contractuels | 27 % |
        | Âge moyen | 46 ans |
        | Part de femmes | 63 % |
        Source : rapports sociaux uniques 2022 (données fictives).

        ## Tendances

        Les départs à la retraite s'accélèrent : 8 % des agents ont plus de 60 ans. Les métiers de la petite enfance, de l'entretien et de la restauration scolaire sont les plus difficiles à pourvoir. Le centre, installé à Melun, renforce son service de remplacement pour les communes de moins de 2 000 habitants.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Observatoire", "Publications"] };
}

/// <summary>A SIVU of four communes south of Grenoble (its members are its perimeter); Grenoble-Alpes Métropole is context.</summary>
public sealed class SivuPiscineVizille2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("sivu-piscine-romanche-rapport-2022.html",
        "Rapport d'activité 2022 du SIVU de la piscine intercommunale de la Romanche", "SIVU de la piscine intercommunale de la Romanche", "2023-06-20",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://piscine-romanche.example/rapport-2022", """
        ## Le syndicat

        Le syndicat intercommunal à vocation unique réunit les communes de Vizille, Jarrie, Champ-sur-Drac et Notre-Dame-de-Mésage pour la gestion de la piscine couverte construite en 1976. Bien que les quatre communes appartiennent à Grenoble-Alpes Métropole, la compétence piscine est restée au syndicat.

        ## Fréquentation

        L'équipement a accueilli 71 000 entrées en 2022, dont 26 000 scolaires. Les écoles des quatre communes membres bénéficient de dix séances par classe et par an.

        ## Finances

        | Poste | Montant (euros) |
        | Recettes des entrées | 212 000 |
        | Contributions des communes membres | 486 000 |
        | Charges de personnel | 401 000 |
        | Énergie | 198 000 |
        Source : compte administratif 2022 (données fictives).

        La contribution de chaque commune est calculée pour moitié selon sa population et pour moitié selon la fréquentation scolaire. Vizille en supporte 46 %.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>The CIAS of the CC du Haut Val d'Oise (perimeter: the EPCI); Persan and Beaumont-sur-Oise are members.</summary>
public sealed class CiasHautValDOise2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("cias-haut-val-d-oise-rapport-2023.html",
        "Centre intercommunal d'action sociale : l'année 2023 en chiffres", "Communauté de communes du Haut Val d'Oise", "2024-03-15",
        DocumentTypeLabels.Rapport, Themes.Social, "https://cchvo.example/cias/rapport-2023", """
        ## Un CIAS pour neuf communes

        Créé en 2019, le centre intercommunal d'action sociale exerce pour le compte de la communauté de communes du Haut Val d'Oise le portage de repas, l'aide à domicile et la domiciliation des personnes sans adresse stable. Ses antennes de Persan et de Beaumont-sur-Oise reçoivent le public cinq jours sur sept.

        ## Activité

        | Service | 2022 | 2023 |
        | Repas livrés à domicile | 48 300 | 51 900 |
        | Heures d'aide à domicile | 62 100 | 60 400 |
        | Personnes domiciliées | 212 | 247 |
        Source : CIAS (données fictives).

        ## Perspectives

        Le conseil d'administration a approuvé la création d'un point d'accueil itinérant pour les communes les plus éloignées des antennes. L'analyse des besoins sociaux, conduite à l'échelle intercommunale, sera actualisée en 2025.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>The intercommunal tourism office of the CC Serre-Ponçon (perimeter: the EPCI); Embrun is its seat.</summary>
public sealed class OfficeTourismeSerrePoncon2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("office-tourisme-serre-poncon-bilan-2023.html",
        "Bilan de la saison estivale 2023", "Office de tourisme intercommunal Serre-Ponçon", "2023-10-17",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://serreponcon-tourisme.example/espace-pro/bilan-2023", """
        ## Une saison record

        L'office de tourisme de la communauté de communes Serre-Ponçon a accueilli 96 000 visiteurs dans ses cinq bureaux d'information, dont le principal se trouve à Embrun. Les nuitées marchandes progressent de 6 % sur l'ensemble du territoire intercommunal.

        ## Hébergement

        | Type d'hébergement | Nuitées 2023 | Évolution |
        | Campings | 612 000 | +8 % |
        | Hôtels | 148 000 | +2 % |
        | Meublés de tourisme | 401 000 | +5 % |
        Source : taxe de séjour intercommunale (données fictives).

        ## Enjeux

        La baisse du niveau du lac au mois d'août a réduit l'activité des bases nautiques. L'office propose de diversifier l'offre vers la randonnée et le vélo, et de mieux répartir la fréquentation entre les rives du lac et les villages de montagne.

        Le bilan détaillé par commune est disponible auprès de l'office.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Espace pro", "Observatoire"] };
}

/// <summary>A waste syndicate whose perimeter is two EPCI (CA Creil Sud Oise, CC Senlis Sud Oise).</summary>
public sealed class SmdoRapport2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("syndicat-dechets-sud-oise-rapport-2022.pdf",
        "Rapport annuel sur le prix et la qualité du service public de prévention et de gestion des déchets 2022", "Syndicat mixte de collecte du Sud de l'Oise", "2023-06-28",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://smc-sud-oise.example/rapport-dechets-2022.pdf",
        "Syndicat mixte de collecte du Sud de l'Oise - rapport 2022", "tarification incitative", """
        ## Territoire desservi

        Le syndicat exerce la compétence collecte pour ses deux membres, la communauté d'agglomération Creil Sud Oise et la communauté de communes Senlis Sud Oise, soit 28 communes et 117 000 habitants. Le traitement est confié à un syndicat départemental.

        ## Tonnages

        | Flux | Tonnes 2022 | kg par habitant |
        | Ordures ménagères résiduelles | 31 600 | 270 |
        | Emballages et papiers | 6 100 | 52 |
        | Verre | 3 500 | 30 |
        | Déchèteries | 24 900 | 213 |
        Source : syndicat (données fictives).

        ## Coût du service

        Le coût aidé s'établit à 104 euros par habitant. La taxe d'enlèvement des ordures ménagères couvre 93 % des dépenses. Les élus étudient la tarification incitative pour les communes de l'ex-communauté de communes des Trois Forêts, qui l'expérimentent depuis 2021.

        ## Prévention

        Le programme local de prévention vise une baisse de 10 % des ordures ménagères résiduelles d'ici 2026. Le syndicat a distribué 3 200 composteurs individuels et soutient deux ressourceries. Les refus de tri, encore 19 % des emballages collectés, font l'objet de campagnes d'information en porte-à-porte.
        """);
}

/// <summary>The CCAS of Cholet (Maine-et-Loire): its commune; Cholet Agglomération is context.</summary>
public sealed class CcasCholet2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("ccas-cholet-rapport-activite-2023.pdf",
        "Rapport d'activité 2023 du centre communal d'action sociale", "CCAS de Cholet", "2024-05-14",
        DocumentTypeLabels.Rapport, Themes.Social, "https://cholet.example/ccas/rapport-activite-2023.pdf",
        "CCAS de Cholet - Rapport d'activité 2023", "aides facultatives", """
        ## Missions

        Établissement public communal, le CCAS de Cholet anime l'action sociale générale de la ville : instruction des demandes d'aide sociale légale, aides facultatives, gestion de deux résidences autonomie et d'un service de soins infirmiers à domicile. Les services à domicile ont été transférés en 2019 au CIAS de Cholet Agglomération et ne figurent pas dans ce rapport.

        ## Les aides facultatives

        Le CCAS a accordé 2 140 aides en 2023, pour 318 000 euros. Les aides à l'énergie ont doublé en deux ans.

        | Aide | Nombre | Montant (euros) |
        | Alimentaire | 1 120 | 96 000 |
        | Énergie | 610 | 142 000 |
        | Logement | 290 | 61 000 |
        | Autres | 120 | 19 000 |
        Source : CCAS (données fictives).

        ## Résidences autonomie

        Les deux résidences offrent 142 logements. Le taux d'occupation atteint 96 %. Un projet de rénovation de la résidence du Verger est inscrit au plan pluriannuel de la ville.

        ## Le personnel

        Le CCAS emploie 118 agents, dont 71 dans les résidences autonomie et au service de soins infirmiers à domicile.
        """);
}

/// <summary>The SDIS of the Oise (perimeter: the département); Beauvais is its seat.</summary>
public sealed class Sdis60Activite2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("sdis60-chiffres-cles-2023.html",
        "Les chiffres clés 2023 des sapeurs-pompiers de l'Oise", "SDIS de l'Oise", "2024-01-25",
        DocumentTypeLabels.Dataset, Themes.Securite, "https://sdis60.example/chiffres-cles-2023", """
        ## L'activité opérationnelle

        Les sapeurs-pompiers isariens sont intervenus 61 200 fois en 2023, soit une intervention toutes les neuf minutes. Le secours d'urgence aux personnes représente 81 % de l'activité, les incendies 7 %.

        | Nature | Interventions | Part |
        | Secours à personne | 49 600 | 81 % |
        | Accidents de circulation | 3 700 | 6 % |
        | Incendies | 4 300 | 7 % |
        | Opérations diverses | 3 600 | 6 % |
        Source : SDIS (données fictives).

        ## Les moyens

        Le service départemental compte 3 900 sapeurs-pompiers, dont 3 100 volontaires, répartis dans 74 centres. L'état-major, à Beauvais, coordonne aussi les renforts envoyés chaque été dans le Sud. Le budget 2023 atteint 118 millions d'euros, financé pour 57 % par le département.

        Les délais d'intervention restent le premier indicateur suivi : le premier engin arrive sur les lieux en 13 minutes en moyenne.
        """) with { Meta = HtmlMeta.Citation };
}
