using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind9 territory split (issue 13): EPCI named by their full name, acronym, seat, landscape or coined name; former EPCI; métropoles.
namespace SampleGenerator.Content.TerritoryBlind9;

/// <summary>The CC du Val de Sully, by its full name and SIREN; Sully-sur-Loire is its seat (context).</summary>
public sealed class DgfipValDeSully2022 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-fiche-epci-200070100-2022.html",
        "Comptes 2022 d'un groupement à fiscalité propre : communauté de communes du Val de Sully", "DGFiP", "2023-07-18",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/groupements/200070100-2022", """
        ## Identification

        Groupement : communauté de communes du Val de Sully. SIREN : 200070100. Nature : communauté de communes à fiscalité professionnelle unique. Siège : Sully-sur-Loire. Nombre de communes membres : 19.

        ## Budget principal 2022 (milliers d'euros)

        | Poste | Montant | Euros par habitant |
        | Produits de fonctionnement | 17 240 | 702 |
        | Charges de fonctionnement | 15 010 | 611 |
        | Capacité d'autofinancement brute | 2 230 | 91 |
        | Dépenses d'équipement | 3 880 | 158 |
        | Encours de la dette | 6 420 | 261 |

        Les produits comprennent l'imposition forfaitaire sur les entreprises de réseaux versée au titre de la centrale nucléaire implantée sur le territoire, qui pèse pour près d'un quart des recettes fiscales.

        Les budgets annexes (déchets, zones d'activités) font l'objet de fiches distinctes. Les ratios utilisent la population totale légale au 1er janvier de l'exercice.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Comptes des collectivités", "Groupements", "2022"] };
}

/// <summary>The CCPL (CC du Pays de Limours) by its acronym only; Limours (seat) and Forges-les-Bains are context; no département named.</summary>
public sealed class CcplMobilites2024 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("ccpl-plan-mobilite-simplifie-2024.html",
        "Plan de mobilité simplifié : la CCPL consulte les habitants", "CCPL", "2024-02-06",
        DocumentTypeLabels.Page, Themes.Durable, "https://ccpl.example/actualites/plan-mobilite-2024", """
        ## Pourquoi un plan de mobilité ?

        La CCPL élabore son premier plan de mobilité simplifié. Sur ses quatorze communes, huit actifs sur dix utilisent leur voiture pour se rendre au travail, le plus souvent vers le plateau de Saclay ou la vallée de la Bièvre. Le plan doit proposer des solutions adaptées à un territoire périurbain et boisé.

        ## Les pistes étudiées

        - un réseau de pistes cyclables reliant les bourgs à la gare de Saint-Rémy ;
        - des lignes de covoiturage avec arrêts matérialisés, à commencer par Limours et Forges-les-Bains ;
        - un service de transport à la demande pour les personnes âgées.

        ## Donnez votre avis

        Un questionnaire est en ligne jusqu'au 15 mars. Trois ateliers publics se tiendront au siège de la CCPL et dans deux mairies. Le conseil communautaire arrêtera le projet à l'automne.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "06/02/2024" };
}

/// <summary>"Agglopolys", the coined name of the CA de Blois; Blois (seat, "la ville-centre") and the Loire are context.</summary>
public sealed class AgglopolysBudget2024 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("agglopolys-rapport-orientations-budgetaires-2024.pdf",
        "Rapport d'orientations budgétaires 2024", "Agglopolys", "2024-01-30",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://agglopolys.example/rob-2024.pdf",
        "Agglopolys - ROB 2024", "pacte financier et fiscal", """
        ## Le contexte

        Agglopolys aborde l'exercice 2024 dans un contexte de ralentissement des recettes fiscales et de hausse des charges d'énergie. L'agglomération regroupe 43 communes et près de 110 000 habitants de part et d'autre de la Loire. Le présent rapport ouvre le débat d'orientations budgétaires du conseil communautaire.

        ## Les grandes orientations

        Les dépenses de fonctionnement progresseraient de 2,8 %, portées par le réseau de bus et la gestion des déchets. L'investissement atteindrait 46 millions d'euros, dont la moitié pour l'eau et l'assainissement. La ville-centre de Blois bénéficiera comme les autres communes de la révision du pacte financier et fiscal, qui augmente la dotation de solidarité communautaire de 5 %.

        ## La dette

        L'encours consolidé s'établit à 118 millions d'euros. La capacité de désendettement du budget principal, 5,1 ans, reste éloignée du seuil d'alerte. Un emprunt de 12 millions d'euros est envisagé pour la nouvelle station d'épuration.

        ## Les effectifs

        Agglopolys emploie 720 agents. Les créations de postes se limitent aux services d'eau potable repris en régie.
        """);
}

/// <summary>"L'agglomération du Puy" = the CA du Puy-en-Velay (72 communes), named by its seat; the commune of Le Puy-en-Velay is not a subject.</summary>
public sealed class InseeAgglomerationDuPuy2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("insee-flash-agglomeration-du-puy-2023.html",
        "L'agglomération du Puy : une population stable, un emploi qui se transforme", "INSEE", "2023-06-29",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/flash-agglo-le-puy", """
        ## Une population stable

        Avec 85 500 habitants répartis dans 72 communes, l'agglomération du Puy a gardé une population stable depuis 2013. Les communes périphériques gagnent des habitants tandis que la ville-centre en perd légèrement, un mouvement habituel dans les intercommunalités de cette taille.

        ## L'emploi

        L'intercommunalité compte 38 000 emplois. L'industrie y pèse encore 17 % des postes, notamment dans la plasturgie et l'agroalimentaire, contre 12 % au niveau national. Les services aux personnes progressent, portés par le vieillissement de la population. Le taux de chômage, 6,1 %, est inférieur à la moyenne régionale.

        ## Les déplacements

        Trois actifs sur quatre résidant dans l'agglomération y travaillent. Les échanges avec Saint-Étienne et Clermont-Ferrand restent modestes.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Flash Auvergne-Rhône-Alpes", Breadcrumb = ["Publications", "Insee Flash"] };
}

/// <summary>"L'agglomération de Laon" = the CA du Pays de Laon, named by its seat; Laon ("la ville haute") and Reims are context.</summary>
public sealed class AdemeAgglomerationLaon2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("ademe-pcaet-agglomeration-laon-2023.pdf",
        "Plan climat-air-énergie territorial : l'agglomération de Laon à mi-parcours", "ADEME", "2023-09-14",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/pcaet-laon-2023.pdf",
        "ADEME - PCAET de l'agglomération de Laon", "rénovation énergétique", """
        ## Le plan climat

        L'agglomération de Laon a adopté en 2020 son plan climat-air-énergie territorial pour ses 38 communes. Ce bilan à mi-parcours, réalisé avec l'appui de l'agence, mesure l'avancement de ses 42 actions et l'évolution des émissions du territoire.

        ## Les résultats

        Les émissions de gaz à effet de serre ont baissé de 9 % depuis 2015, surtout dans le résidentiel grâce à la rénovation énergétique de 1 400 logements. Le transport, qui représente 38 % des émissions, n'a pas encore amorcé de baisse : la desserte ferroviaire vers Reims et Paris reste insuffisante pour détourner les navetteurs de la voiture.

        ## Les énergies renouvelables

        La production locale couvre 21 % de la consommation, principalement par l'éolien sur les plateaux agricoles. Un réseau de chaleur alimenté au bois dessert désormais la ville haute et deux lycées.

        ## Les recommandations

        L'agence recommande d'accélérer le covoiturage et d'associer davantage les communes rurales au suivi du plan. Un nouveau bilan sera dressé en 2026, à l'échéance des six années du plan.
        """) with { Hyphenate = true };
}

/// <summary>The CC du Massif du Sancy, named after its mountain; Le Mont-Dore, La Bourboule and Besse are context (stations, members).</summary>
public sealed class ObservatoireMassifDuSancy2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("observatoire-territoires-massif-du-sancy-2023.html",
        "Portrait de territoire : la communauté de communes du Massif du Sancy", "Observatoire des territoires", "2023-10-03",
        DocumentTypeLabels.Etude, Themes.Geo, "https://observatoire-territoires.example/portraits/massif-du-sancy", """
        ## Un territoire de montagne

        La communauté de communes du Massif du Sancy réunit vingt communes et moins de 10 000 habitants autour du plus haut sommet du Massif central. Le tourisme, thermal et de montagne, structure son économie : les lits touristiques y sont six fois plus nombreux que les résidents.

        ## Des enjeux propres

        Le territoire doit loger ses saisonniers, alors que les résidences secondaires représentent plus de la moitié du parc. Les stations du Mont-Dore et de Super-Besse préparent la diversification de leurs activités face à la baisse de l'enneigement. La Bourboule mise sur le thermalisme pédiatrique.

        ## Indicateurs

        La population a baissé de 4 % en dix ans. La part des plus de 65 ans atteint 31 %. Le revenu médian est proche de la moyenne des territoires de montagne.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Analyses", "Portraits de territoires"] };
}

/// <summary>Former name (2014): the CC de la Région de Levroux, today the CC Levroux Boischaut Champagne (same SIREN) -> today's code; Levroux (seat) and Bretagne (a member village of the Indre, not the région) are context.</summary>
public sealed class CcRegionDeLevroux2014 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("cc-region-de-levroux-rapport-activite-2014.html",
        "Rapport d'activité 2014", "Communauté de communes de la Région de Levroux", "2015-05-19",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://cc-region-levroux.example/rapport-2014", """
        ## Dix communes, une communauté

        La communauté de communes de la Région de Levroux rassemble dix communes de Champagne berrichonne, de Bretagne à Vineuil, et un peu plus de 6 000 habitants. Son siège est à Levroux. En 2014, année de renouvellement des conseils, le nouveau conseil communautaire a adopté son projet de mandat.

        ## Les réalisations

        - achèvement de la zone d'activités de la route de Châteauroux ;
        - ouverture d'un relais d'assistantes maternelles itinérant ;
        - premier programme d'amélioration de l'habitat, avec 34 logements aidés.

        ## Le budget

        Le budget principal s'élève à 3,4 millions d'euros. La fiscalité professionnelle unique, instituée en 2012, représente 58 % des recettes. Le conseil a maintenu les taux d'imposition. Les comptes détaillés peuvent être consultés au siège de la communauté, aux heures d'ouverture au public.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Mis en ligne le 19/05/2015" };
}

/// <summary>Former EPCI (2016): the CC du Pays de Nexon, merged on 1 January 2017 with the CC Les Monts de Châlus into the CC Pays de Nexon Monts de Chalus -> today's code; Nexon is its seat (context); Limoges is context.</summary>
public sealed class CrcPaysDeNexon2016 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("crc-limousin-cc-pays-de-nexon-2016.pdf",
        "Communauté de communes du Pays de Nexon : rapport d'observations définitives", "Chambre régionale des comptes Aquitaine, Limousin, Poitou-Charentes", "2016-07-12",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-alpc.example/rod/cc-pays-de-nexon-2016.pdf",
        "CRC ALPC - CC du Pays de Nexon", "schéma de mutualisation", """
        ## Le contrôle

        La chambre a examiné la gestion de la communauté de communes du Pays de Nexon de 2010 à 2015. Cet établissement de huit communes, à vingt kilomètres au sud de Limoges, doit fusionner au 1er janvier 2017 avec la communauté de communes Les Monts de Châlus, en application du schéma départemental de coopération intercommunale.

        ## La gestion

        Les compétences exercées se sont étendues à l'enfance, au tourisme et à la voirie. Les transferts de charges n'ont pas toujours été évalués par la commission prévue à cet effet. Le schéma de mutualisation, adopté en 2015, reste à mettre en œuvre, notamment pour le service des marchés publics installé à Nexon.

        ## Les finances

        Les produits de gestion ont progressé de 4 % par an. L'épargne brute, 14 % des produits, permet de financer une partie des investissements sans emprunt. La chambre relève l'absence de provision pour le contentieux relatif à l'équipement aquatique.

        ## Recommandations

        La chambre recommande de préparer la fusion par un inventaire commun des biens et des personnels et d'harmoniser les tarifs des services.
        """) with { InfoTitle = "ROD 2016-031" };
}

/// <summary>The Métropole du Grand Nancy; Nancy (the ville-centre) and Vandœuvre (a member) are context.</summary>
public sealed class GrandNancyCompte2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("metropole-grand-nancy-compte-administratif-2023.pdf",
        "Compte administratif 2023 : rapport de présentation", "Métropole du Grand Nancy", "2024-06-27",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://grandnancy.example/ca-2023.pdf",
        "Métropole du Grand Nancy - compte administratif 2023", "réseau de tramway", """
        ## Les grands équilibres

        Le compte administratif 2023 de la Métropole du Grand Nancy retrace l'exécution d'un budget consolidé de 520 millions d'euros. Les recettes réelles de fonctionnement du budget principal progressent de 3,6 %, portées par la fraction de taxe sur la valeur ajoutée qui remplace la cotisation foncière des entreprises perdue.

        ## Les dépenses

        Les dépenses de fonctionnement augmentent de 4,9 % sous l'effet de l'énergie et de la revalorisation du point d'indice. La contribution au réseau de transport représente à elle seule 19 % des charges. La métropole a maintenu ses attributions de compensation aux vingt communes membres.

        ## L'investissement

        Les dépenses d'équipement atteignent 142 millions d'euros. Le chantier du nouveau réseau de tramway, entre Nancy et Vandœuvre, en absorbe le tiers. Les travaux de voirie et d'assainissement suivent le programme pluriannuel.

        ## La dette

        L'encours s'établit à 610 millions d'euros, soit une capacité de désendettement de 8,7 ans. La métropole prévoit de la stabiliser d'ici 2026.
        """);
}

/// <summary>The CUCM (CU Le Creusot Montceau-les-Mines), by its acronym and once by its full name; Le Creusot and Montceau-les-Mines are its two poles (context).</summary>
public sealed class CucmEmploi2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("cucm-observatoire-economique-2023.html",
        "Observatoire économique de la CUCM : l'édition 2023", "CUCM", "2023-11-14",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://creusot-montceau.example/observatoire-2023", """
        ## Un territoire industriel

        La communauté urbaine Creusot Montceau, la CUCM, compte 92 000 habitants et 34 communes. Son économie reste marquée par la métallurgie et la mécanique, héritées de la mine et des grandes forges : l'industrie fournit 24 % des emplois salariés privés.

        ## Les tendances de l'année

        L'emploi salarié a progressé de 1,4 % en un an. Les créations d'entreprises, 710 en 2023, retrouvent leur niveau d'avant la crise sanitaire. Les besoins de recrutement se concentrent sur les soudeurs, les techniciens de maintenance et les aides à domicile.

        ## Les deux pôles

        Le Creusot concentre les grands sites industriels, Montceau-les-Mines l'essentiel du commerce et des services. La CUCM poursuit la requalification des friches situées entre les deux villes.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Économie", "Observatoire"] };
}

/// <summary>The CC de Nozay (Loire-Atlantique) -> the EPCI; the commune of Nozay (seat) and Nantes are context; no département named.</summary>
public sealed class CcNozayPlh2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("cc-nozay-programme-local-habitat-2023.html",
        "Programme local de l'habitat 2023-2028 : les orientations", "Communauté de communes de Nozay", "2023-04-04",
        DocumentTypeLabels.Page, Themes.Social, "https://cc-nozay.example/plh-2023-2028", """
        ## Sept communes, un programme

        La communauté de communes de Nozay a adopté son programme local de l'habitat pour six ans. Ses sept communes, situées sur l'axe routier entre Nantes et Rennes, accueillent chaque année de nouveaux ménages attirés par des prix fonciers plus bas qu'en périphérie nantaise.

        ## Les objectifs

        - produire 110 logements par an, dont 15 % de logements locatifs sociaux ;
        - réserver la moitié de la production aux opérations de renouvellement dans les bourgs ;
        - accompagner la rénovation énergétique de 60 logements anciens par an.

        ## Les moyens

        L'intercommunalité consacrera 1,2 million d'euros au programme. Les permanences d'information sur l'habitat se tiendront à la maison de services de Nozay et, une fois par mois, dans chaque commune.
        """) with { Meta = HtmlMeta.DublinCore, Lead = "Le programme local de l'habitat adopté par le conseil communautaire." };
}
