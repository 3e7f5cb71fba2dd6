using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind6 territory split (issue 13): EPCI by official name, acronym, seat, landscape name, SIREN; former EPCI.
namespace SampleGenerator.Content.TerritoryBlind6;

/// <summary>Full official name and SIREN (CA du Grand Angoulême); the ville d'Angoulême is a member.</summary>
public sealed class GrandAngoulemeBudget2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("grand-angouleme-budget-primitif-2023.pdf",
        "Budget primitif 2023 — note de présentation", "Communauté d'agglomération du Grand Angoulême", "2023-03-02",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://grandangouleme.example/budget/bp-2023.pdf",
        "Communauté d'agglomération du Grand Angoulême — SIREN 200071827", "flotte de bus", """
        ## Présentation générale

        La présente note accompagne le budget primitif 2023 de la communauté d'agglomération du Grand Angoulême (SIREN 200071827), qui regroupe 38 communes et 146 000 habitants. Le budget consolidé, budget principal et budgets annexes, s'élève à 236 millions d'euros.

        | Budget | Fonctionnement (M€) | Investissement (M€) |
        | Principal | 104,2 | 38,6 |
        | Transport urbain | 41,5 | 17,3 |
        | Eau et assainissement | 22,8 | 11,6 |
        Source : budget primitif 2023 (données fictives).

        ## Les priorités de l'année

        L'agglomération poursuit le renouvellement de sa flotte de bus au gaz naturel et la création de la deuxième ligne de bus à haut niveau de service. Elle engage 6 millions d'euros pour les zones d'activités économiques et 4 millions pour le plan local de l'habitat, dont une part importante dans les quartiers prioritaires de la ville d'Angoulême.

        ## La fiscalité

        Les taux de la cotisation foncière des entreprises et de la taxe d'enlèvement des ordures ménagères sont maintenus. Le versement mobilité reste fixé à 1,8 %. L'épargne brute prévisionnelle atteint 15,4 millions d'euros.
        """);
}

/// <summary>"La CAVM" and "Valenciennes Métropole" (CA Valenciennes Métropole); Valenciennes and Anzin are places in it; Porte du Hainaut is a neighbour.</summary>
public sealed class CavmPlanClimat2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("cavm-plan-climat-bilan-2023.html",
        "Plan climat : la CAVM dresse un premier bilan", "Valenciennes Métropole", "2023-12-12",
        DocumentTypeLabels.Page, Themes.Durable, "https://valenciennes-metropole.example/actualites/plan-climat-bilan", """
        ## Trois ans après l'adoption du plan

        La CAVM a présenté au conseil communautaire le bilan à mi-parcours de son plan climat-air-énergie territorial. Sur les 35 communes de l'agglomération, les émissions de gaz à effet de serre ont baissé de 9 % depuis 2018, un rythme encore insuffisant pour atteindre l'objectif de 2030.

        ## Les avancées

        La rénovation énergétique de 2 300 logements a été accompagnée par la plateforme de l'agglomération, installée à Valenciennes. Le réseau de chaleur d'Anzin a été étendu et alimente désormais 4 000 logements. Les zones d'activités accueillent 28 hectares de panneaux photovoltaïques.

        ## Ce qui reste à faire

        Le transport reste le premier poste d'émissions. La CAVM veut coordonner avec la communauté d'agglomération de la Porte du Hainaut, sa voisine, le développement du covoiturage et des lignes de car express vers Lille.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>"L'agglomération chalonnaise", named only by its seat (CA Le Grand Chalon); Chalon-sur-Saône and Châtenoy-le-Royal are places in it.</summary>
public sealed class AgglomerationChalonnaise2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("aduc-agglomeration-chalonnaise-logement-2022.html",
        "Observatoire de l'habitat : l'agglomération chalonnaise en 2022", "Agence d'urbanisme du Chalonnais", "2022-11-24",
        DocumentTypeLabels.Etude, Themes.Geo, "https://urbanisme-chalonnais.example/observatoire-habitat-2022", """
        ## Un marché du logement détendu

        L'agglomération chalonnaise compte 52 000 résidences principales. Les prix de vente des maisons anciennes y ont progressé de 7 % en 2022, à 1 750 euros le mètre carré, un niveau qui reste inférieur de moitié à celui de l'agglomération lyonnaise.

        | Indicateur | Agglomération de Chalon | Saône-et-Loire |
        | Prix médian des maisons (euros par m²) | 1 750 | 1 480 |
        | Taux de vacance | 9,2 % | 10,8 % |
        | Logements sociaux | 21 % | 14 % |
        Source : observatoire de l'habitat (données fictives).

        ## La vacance au centre

        La vacance se concentre dans le centre ancien de Chalon-sur-Saône, où un logement sur six est inoccupé. Les communes de la première couronne, comme Châtenoy-le-Royal, gagnent des habitants. Le programme local de l'habitat de l'agglomération de Chalon fixe l'objectif de remettre 600 logements vacants sur le marché d'ici 2028.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>"Terres de Montaigu" (CA), a coined name without SIREN; Montaigu-Vendée is a place in it; Nantes is context.</summary>
public sealed class TerresDeMontaigu2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("terres-de-montaigu-rapport-activite-2023.html",
        "Rapport d'activité 2023 de Terres de Montaigu", "Terres de Montaigu", "2024-05-15",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://terresdemontaigu.example/rapport-activite-2023", """
        ## Une agglomération en croissance

        Terres de Montaigu, communauté d'agglomération de 10 communes et 52 000 habitants au nord-est de la Vendée, gagne chaque année près de 900 habitants. Le taux de chômage y est l'un des plus bas de France, à 4,2 %.

        ## Les faits marquants

        L'année 2023 a vu l'ouverture du pôle d'échanges multimodal de la gare de Montaigu-Vendée, qui place le territoire à 35 minutes de Nantes en train. L'agglomération a aussi livré un nouveau centre aquatique et étendu de 40 hectares le parc d'activités de la Motte.

        ## Les finances

        Le budget consolidé de Terres de Montaigu atteint 96 millions d'euros. Les dépenses d'équipement, 31 millions, sont en forte hausse. L'épargne brute reste élevée, à 18 % des recettes de fonctionnement.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Publications", "Rapports d'activité"] };
}

/// <summary>"La Dracénie" (CA Dracénie Provence Verdon agglomération), landscape name; Draguignan is a place in it; the gorges du Verdon are context.</summary>
public sealed class DracenieDechets2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("dracenie-rapport-dechets-2022.pdf",
        "Rapport annuel sur le prix et la qualité du service de gestion des déchets 2022", "Dracénie Provence Verdon agglomération", "2023-06-20",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://dracenie.example/dechets/rapport-2022.pdf",
        "Dracénie Provence Verdon agglomération — Déchets", "collecte séparée", """
        ## Le service

        La Dracénie assure la collecte et le traitement des déchets ménagers de ses 23 communes, de Draguignan aux villages proches des gorges du Verdon, pour 116 000 habitants. La collecte est faite en régie sur la moitié du territoire ; le reste est confié à un prestataire.

        ## Les tonnages 2022

        | Flux | Tonnes | Kilogrammes par habitant |
        | Ordures ménagères résiduelles | 33 900 | 292 |
        | Emballages et papiers | 6 100 | 53 |
        | Verre | 4 200 | 36 |
        | Déchèteries | 41 800 | 360 |
        Source : rapport annuel 2022 (données fictives).

        Les ordures ménagères résiduelles diminuent de 3 % sur un an. La collecte séparée des biodéchets, lancée à Draguignan en 2022, doit être étendue à l'ensemble de l'agglomération d'ici 2024.

        ## Les coûts

        Le coût complet du service atteint 142 euros par habitant, financé par la taxe d'enlèvement des ordures ménagères dont le taux est fixé à 13,9 %. La hausse de la taxe générale sur les activités polluantes pèse sur les coûts de traitement.
        """);
}

/// <summary>SIREN 200056232 and "Communauté Paris-Saclay"; Orsay and Palaiseau are places in it; Paris is context.</summary>
public sealed class ParisSaclayMobilite2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("siren-200056232-plan-mobilite-2023.html",
        "Plan local de mobilité : enquête publique", "Communauté Paris-Saclay", "2023-09-07",
        DocumentTypeLabels.Page, Themes.Geo, "https://paris-saclay.example/plan-local-mobilite", """
        ## Un plan pour 27 communes

        La Communauté Paris-Saclay (communauté d'agglomération, SIREN 200056232) soumet à enquête publique son plan local de mobilité. Il couvre les 27 communes de l'agglomération et 320 000 habitants, d'Orsay à Palaiseau et Massy.

        ## Les orientations

        Le plan prévoit 60 kilomètres de nouvelles pistes cyclables, le rabattement des lignes de bus vers les gares de la future ligne 18 du métro et la création de quatre parkings relais. Il vise une baisse de 15 % de la part de la voiture dans les déplacements domicile-travail d'ici 2030.

        ## Participer

        Le dossier peut être consulté au siège de l'agglomération et dans les mairies. Les observations sont reçues jusqu'au 15 octobre. Un tiers des actifs du territoire travaillent à Paris : les liaisons vers la capitale font l'objet d'un volet spécifique.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>Former CA Pau-Pyrénées (2015), merged in 2017 into the CA Pau Béarn Pyrénées (today's code, never named); Pau, Lescar and Billère are places in it.</summary>
public sealed class CrcPauPyrenees2015 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("crc-aquitaine-ca-pau-pyrenees-2015.pdf",
        "Communauté d'agglomération Pau-Pyrénées : rapport d'observations définitives", "Chambre régionale des comptes Aquitaine, Poitou-Charentes", "2015-11-17",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-aquitaine.example/rod/ca-pau-pyrenees-2015.pdf",
        "CRC Aquitaine, Poitou-Charentes — Rapport d'observations définitives", "réseau de transport", """
        ## Le contrôle

        La chambre a examiné la gestion de la communauté d'agglomération Pau-Pyrénées pour les exercices 2009 à 2014. L'établissement regroupe 14 communes, dont Pau, Lescar et Billère, et 150 000 habitants.

        ## Les relations avec les communes

        Les attributions de compensation versées aux communes représentent 41 % des dépenses de fonctionnement de l'agglomération. La chambre relève que leur montant n'a pas été révisé depuis le transfert de la compétence voirie, ce qui prive la communauté d'une partie de ses marges.

        ## Le réseau de transport

        La délégation de service public du réseau de transport urbain coûte 24 millions d'euros par an à l'agglomération. La chambre recommande de mieux contrôler les comptes du délégataire, dont les rapports annuels sont incomplets.

        | Exercice | Contribution au délégataire (M€) | Voyages (millions) |
        | 2012 | 22,1 | 9,8 |
        | 2013 | 23,0 | 9,9 |
        | 2014 | 24,2 | 10,1 |
        Source : comptes de l'agglomération (données fictives).

        ## La perspective de la fusion

        La loi portant nouvelle organisation territoriale de la République impose un élargissement du périmètre. La chambre invite l'agglomération à préparer dès à présent l'harmonisation de sa fiscalité avec celle des communautés de communes voisines.
        """);
}

/// <summary>Former CA de Marne-la-Vallée / Val Maubuée (2015), merged in 2016 into the CA Paris - Vallée de la Marne (today's code, never named);
/// Torcy, Noisiel and Lognes are places in it.</summary>
public sealed class ValMaubuee2015 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("ca-val-maubuee-compte-administratif-2014.html",
        "Compte administratif 2014 : les principaux chiffres", "Communauté d'agglomération de Marne-la-Vallée / Val Maubuée", "2015-06-23",
        DocumentTypeLabels.Page, Themes.Finances, "https://valmaubuee.example/finances/ca-2014", """
        ## Un exercice maîtrisé

        Le conseil communautaire de la communauté d'agglomération de Marne-la-Vallée / Val Maubuée a approuvé le compte administratif 2014. Les six communes de l'agglomération — dont Torcy, Noisiel et Lognes — comptent 86 000 habitants.

        ## Les chiffres clés

        Les recettes réelles de fonctionnement atteignent 92 millions d'euros, dont 58 millions de fiscalité économique. Les dépenses d'équipement s'élèvent à 19 millions d'euros, consacrées au pôle gare de Noisiel, à la médiathèque de Lognes et aux équipements sportifs. L'encours de dette a diminué de 4 millions d'euros.

        ## L'avenir

        Le schéma régional de coopération intercommunale prévoit la fusion du Val Maubuée avec des agglomérations voisines au 1er janvier 2016. Les élus souhaitent que le nouvel ensemble conserve les services de proximité développés depuis la création de la ville nouvelle.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Archives", "Finances"] };
}

/// <summary>"Pré-Bocage Intercom" (CC), a landscape name; Aunay-sur-Odon and Villers-Bocage are places in it; Caen is context.</summary>
public sealed class PreBocageIntercom2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("pre-bocage-intercom-plui-2023.html",
        "Plan local d'urbanisme intercommunal : le projet arrêté", "Pré-Bocage Intercom", "2023-05-04",
        DocumentTypeLabels.Page, Themes.Geo, "https://prebocage-intercom.example/plui-arret", """
        ## Un document unique pour tout le territoire

        Le conseil communautaire de Pré-Bocage Intercom a arrêté le projet de plan local d'urbanisme intercommunal. Il remplacera les documents d'urbanisme des communes membres, dont ceux d'Aunay-sur-Odon et de Villers-Bocage, les deux pôles du territoire.

        ## Les choix

        Le projet prévoit la construction de 1 900 logements en quinze ans, dont 60 % dans les deux pôles, et réduit de moitié la consommation d'espaces agricoles par rapport à la décennie précédente. Les haies du bocage sont protégées sur 2 400 kilomètres.

        ## La suite

        Les communes et les personnes publiques associées ont trois mois pour rendre leur avis. L'enquête publique se tiendra au printemps. Le territoire, à une demi-heure de Caen, attire de jeunes ménages : la communauté de communes veut concilier cet accueil et la préservation de ses paysages.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>"Grand Paris Sud" (CA Grand Paris Sud Seine Essonne Sénart), short usual name; Évry-Courcouronnes, Corbeil-Essonnes and Sénart are places in it.</summary>
public sealed class GrandParisSudEmploi2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("grand-paris-sud-observatoire-emploi-2023.pdf",
        "Observatoire économique 2023 : emploi et entreprises", "Grand Paris Sud", "2023-10-26",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://grandparissud.example/observatoire/economie-2023.pdf",
        "Grand Paris Sud — Observatoire économique", "créations d'entreprises", """
        ## Un territoire de 23 communes

        Grand Paris Sud réunit 23 communes de l'Essonne et de la Seine-et-Marne et 350 000 habitants, autour d'Évry-Courcouronnes, de Corbeil-Essonnes et de Sénart. L'agglomération compte 140 000 emplois salariés et 31 000 établissements.

        ## L'emploi

        L'emploi salarié privé a progressé de 2,4 % en 2022, porté par la logistique et la santé. Le secteur industriel, encore présent avec l'aéronautique et les semi-conducteurs, se maintient.

        | Secteur | Emplois salariés | Évolution 2021-2022 |
        | Industrie | 17 400 | + 0,6 % |
        | Construction | 9 800 | + 1,9 % |
        | Commerce, transports | 38 200 | + 3,8 % |
        | Services | 74 600 | + 2,1 % |
        Source : Urssaf, données 2022 (données fictives).

        ## Les créations d'entreprises

        Les créations d'entreprises atteignent 6 900 en 2022, dont deux tiers de micro-entreprises. Le taux de chômage de l'agglomération, 8,1 %, reste supérieur d'un point à la moyenne régionale. L'agglomération consacre 9 millions d'euros par an au développement économique, dont une pépinière d'entreprises et un programme d'accompagnement des créateurs issus des quartiers prioritaires.
        """);
}
