using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind7 territory split (issue 13): EPCI by full name, acronym, seat, landscape or coined name, with or without SIREN, and former EPCI.
namespace SampleGenerator.Content.TerritoryBlind7;

/// <summary>The CA du Pays Voironnais by its full name and SIREN; Voiron is its seat.</summary>
public sealed class PaysVoironnaisBp2024 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("pays-voironnais-budget-primitif-2024.html",
        "Budget primitif 2024 de la communauté d'agglomération", "Communauté d'agglomération du Pays Voironnais", "2024-01-30",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://paysvoironnais.example/budget-2024", """
        ## Présentation

        La communauté d'agglomération du Pays Voironnais (SIREN 243 800 984) regroupe 31 communes et près de 100 000 habitants. Le conseil communautaire, réuni à Voiron, a adopté le 23 janvier un budget primitif consolidé de 187 millions d'euros, budgets annexes compris (eau, assainissement, transports, déchets).

        ## Budget principal

        | Section | Montant (millions d'euros) |
        | Fonctionnement | 78,4 |
        | Investissement | 41,2 |
        Source : délibération du conseil communautaire (données fictives).

        ## Priorités

        - le développement des lignes express vers Grenoble et la gare de Moirans ;
        - l'extension de la zone d'activités de Centr'Alp ;
        - un fonds de concours de 2 millions d'euros pour les écoles des communes membres.

        L'épargne brute prévisionnelle atteint 9,6 millions d'euros. Aucune hausse des taux intercommunaux n'est proposée.

        Le budget sera présenté en réunion publique au printemps.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Institution", "Budget"] };
}

/// <summary>The CC Le Grésivaudan by its valley name only ("le Grésivaudan"); Crolles and Pontcharra are member communes.</summary>
public sealed class AdemeGresivaudan2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("ademe-gresivaudan-pcaet-diagnostic-2022.pdf",
        "Le Grésivaudan : diagnostic énergie-climat du territoire", "ADEME", "2022-06-09",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/gresivaudan-diagnostic-2022.pdf",
        "ADEME Auvergne-Rhône-Alpes - Diagnostic territorial", "consommation d'énergie finale", """
        ## Un territoire de vallée

        Entre Chartreuse et Belledonne, les 43 communes du Grésivaudan comptent 106 000 habitants. L'intercommunalité a engagé la révision de son plan climat-air-énergie territorial ; ce diagnostic, réalisé avec l'appui de la direction régionale de l'ADEME, en constitue le premier volet.

        ## Consommation d'énergie finale

        La consommation d'énergie finale atteint 3 900 GWh par an. L'industrie, avec les sites de microélectronique de Crolles, en représente 41 %, devant le résidentiel (27 %) et les transports (22 %).

        | Secteur | GWh | Part |
        | Industrie | 1 600 | 41 % |
        | Résidentiel | 1 050 | 27 % |
        | Transports | 860 | 22 % |
        | Tertiaire et agriculture | 390 | 10 % |
        Source : observatoire régional (données fictives).

        ## Production renouvelable

        L'hydroélectricité des affluents de l'Isère fournit l'essentiel de la production locale. Le potentiel solaire des toitures des zones d'activités de Pontcharra et de Crolles reste peu exploité.

        ## Suites

        Le second volet du plan fixera des objectifs chiffrés de réduction des émissions et un programme d'actions sur six ans. Les habitants seront consultés sur les mesures de mobilité et de rénovation des logements, premiers leviers identifiés par le diagnostic.
        """);
}

/// <summary>The CA de l'Espace Sud de la Martinique by its acronym (CAESM) and once its full name; Le Marin is its seat.</summary>
public sealed class OfglCaesm2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-caesm-2022.html",
        "CAESM : les comptes 2022 de l'intercommunalité", "OFGL", "2023-11-07",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/fiches/groupements/caesm-2022", """
        ## L'essentiel

        La CAESM réunit les douze communes du sud de l'île, de Ducos aux Anses-d'Arlet, autour de son siège du Marin. Créée en 2005, la communauté d'agglomération de l'Espace Sud de la Martinique exerce notamment les compétences eau, assainissement, déchets et développement économique.

        | Agrégat (euros par habitant) | CAESM | Communautés d'agglomération d'outre-mer |
        | Recettes réelles de fonctionnement | 612 | 655 |
        | Dépenses de personnel | 164 | 171 |
        | Épargne brute | 58 | 72 |
        | Dépenses d'équipement | 133 | 118 |
        Source : comptes de gestion 2022 (données fictives).

        ## Commentaire

        L'épargne brute recule pour la deuxième année sous l'effet du coût des déchets. Les investissements portent sur le réseau d'eau potable, dont le rendement reste inférieur à 60 %.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>The CA du Pays de Fontainebleau named by its seat only ("l'agglomération de Fontainebleau").</summary>
public sealed class InseeAggloFontainebleau2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("insee-agglomeration-fontainebleau-emploi-2023.html",
        "L'agglomération de Fontainebleau : un emploi tourné vers les services publics", "INSEE", "2023-09-12",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/idf/agglomeration-fontainebleau-emploi", """
        ## Un bassin d'emploi au cœur de la forêt

        Les 26 communes de l'agglomération de Fontainebleau rassemblent 71 000 habitants et 27 000 emplois. Le château, l'école d'équitation militaire, l'hôpital et l'enseignement supérieur font de l'administration publique le premier employeur de l'intercommunalité.

        ## Structure de l'emploi

        | Secteur | Part des emplois |
        | Administration, enseignement, santé | 44 % |
        | Commerce, transports, services | 39 % |
        | Construction | 7 % |
        | Industrie | 6 % |
        | Agriculture et sylviculture | 4 % |
        Source : recensement 2020 (données fictives).

        ## Des navettes vers Paris

        Un actif résident sur quatre travaille hors de l'intercommunalité, souvent à Paris ou à Melun. Le tourisme, avec 1,2 million de visiteurs au château, soutient l'emploi saisonnier dans les communes de la forêt comme Barbizon.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Statistiques", "Île-de-France"] };
}

/// <summary>The former CA du Choletais (2016, before the 2017 merger), today Cholet Agglomération.</summary>
public sealed class CrcCholetais2016 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("crc-pdl-communaute-agglomeration-choletais-2016.pdf",
        "Communauté d'agglomération du Choletais : rapport d'observations définitives", "Chambre régionale des comptes Pays de la Loire", "2016-10-04",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-pdl.example/rod/ca-choletais-2016.pdf",
        "CRC Pays de la Loire - CA du Choletais", "services communs dès 2009", """
        ## Procédure

        La chambre a contrôlé la gestion de la communauté d'agglomération du Choletais de 2010 à 2015. Le groupement réunit 13 communes autour de Cholet ; son extension aux communautés de communes voisines du Bocage et du Vihiersois-Haut-Layon, prévue au 1er janvier 2017 par le schéma départemental de coopération intercommunale, n'entre pas dans le champ du contrôle.

        ## Mutualisation des services

        La communauté et la ville-centre ont constitué des services communs dès 2009 : finances, ressources humaines, informatique et commande publique. La chambre constate des gains réels mais relève que les conventions de remboursement entre la ville et l'agglomération ne sont pas actualisées.

        ## Situation financière

        La capacité d'autofinancement brute représente 19 % des produits de gestion. L'encours de dette, 62 millions d'euros, est concentré sur le budget annexe des transports.

        ## Recommandations

        1. Actualiser chaque année les clés de répartition des services communs.
        2. Établir un rapport d'activité conforme au code général des collectivités territoriales.
        """);
}

/// <summary>The CA Durance-Lubéron-Verdon Agglomération by its acronym (DLVA) and full name; Manosque is its seat.</summary>
public sealed class DlvaMobilite2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("dlva-plan-mobilite-2023.html",
        "DLVA : le plan de mobilité simplifié soumis à concertation", "Durance-Lubéron-Verdon Agglomération", "2023-05-03",
        DocumentTypeLabels.Page, Themes.Geo, "https://dlva.example/actualites/plan-mobilite-2023", """
        ## Une concertation jusqu'au 30 juin

        Autorité organisatrice de la mobilité sur ses 25 communes, la DLVA soumet à concertation son plan de mobilité simplifié. Le diagnostic montre que 82 % des déplacements domicile-travail se font en voiture, y compris entre communes proches de moins de cinq kilomètres.

        ## Les mesures proposées

        - une ligne de car cadencée à la demi-heure entre Manosque, Oraison et Sainte-Tulle ;
        - 45 kilomètres d'aménagements cyclables le long de la Durance ;
        - le transport à la demande étendu aux villages du plateau de Valensole.

        ## Le financement

        Le versement mobilité, au taux de 0,6 %, rapporte 3,4 millions d'euros par an. La communauté d'agglomération Durance-Lubéron-Verdon prévoit 11 millions d'euros d'investissements sur six ans.

        Un bilan de la concertation sera présenté au conseil communautaire à l'automne.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false };
}

/// <summary>The CC du Plateau de Lannemezan by its full name and SIREN.</summary>
public sealed class DgfipPlateauLannemezan2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("dgfip-fiscalite-cc-plateau-lannemezan-2022.pdf",
        "Fiscalité directe locale 2022 : communauté de communes du Plateau de Lannemezan", "DGFiP", "2023-03-07",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/fiscalite/200070787-2022.pdf",
        "Fiscalité locale - EPCI 200070787", "cotisation foncière des entreprises", """
        ## Identification

        Groupement : communauté de communes du Plateau de Lannemezan. SIREN 200 070 787. Régime fiscal : fiscalité professionnelle unique. Nombre de communes membres : 57.

        ## Bases et produits

        | Impôt | Bases (euros) | Taux | Produit (euros) |
        | Cotisation foncière des entreprises | 9 840 000 | 29,12 % | 2 865 000 |
        | Taxe foncière sur les propriétés bâties | 21 300 000 | 2,10 % | 447 000 |
        | Taxe d'habitation sur les résidences secondaires | 3 120 000 | 9,85 % | 307 000 |
        | Taxe d'enlèvement des ordures ménagères | 22 900 000 | 11,40 % | 2 611 000 |
        Source : état 1259 (données fictives).

        ## Observations

        Les bases de cotisation foncière des entreprises dépendent fortement de quelques établissements industriels. La fraction de TVA perçue depuis 2021 en compensation de la taxe d'habitation atteint 3,1 millions d'euros et représente désormais la première ressource fiscale du groupement.

        Le produit de la taxe d'enlèvement des ordures ménagères couvre la totalité du coût du service de collecte et de traitement. Le conseil communautaire a voté en 2022 la stabilité de l'ensemble de ses taux.
        """);
}

/// <summary>The CA de l'Ouest Rhodanien by its acronym (COR); Tarare and Amplepuis are members.</summary>
public sealed class CorRapportActivite2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("cor-rapport-activite-2022.html",
        "La COR en 2022 : rapport d'activité", "Communauté d'agglomération de l'Ouest Rhodanien", "2023-07-11",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://ouestrhodanien.example/rapport-activite-2022", """
        ## Une agglomération rurale

        Avec 31 communes et 52 000 habitants répartis entre les vallées de l'Azergues, du Reins et de la Turdine, la COR est l'une des communautés d'agglomération les moins denses du pays. Tarare et Amplepuis en sont les deux pôles.

        ## Faits marquants

        - reprise en régie de la collecte des déchets sur l'ensemble du territoire ;
        - ouverture d'une maison France services itinérante ;
        - 1,4 million d'euros d'aides à l'immobilier d'entreprise, principalement pour le textile technique.

        ## Les moyens

        | Indicateur | 2022 |
        | Agents | 312 |
        | Budget consolidé (millions d'euros) | 74 |
        | Conseils communautaires | 9 |
        Source : COR (données fictives).

        Le rapport est présenté, comme chaque année, aux conseils municipaux des communes membres.

        Les services techniques interviennent aussi pour les plus petites communes, par des conventions de mise à disposition.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>A former EPCI (2015), the CC Ussel-Meymac-Haute-Corrèze, merged in 2017 into today's Haute-Corrèze Communauté.</summary>
public sealed class DgfipUsselMeymac2015 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-cc-ussel-meymac-haute-correze-2015.html",
        "Communauté de communes Ussel-Meymac-Haute-Corrèze : analyse des comptes 2015", "DGFiP", "2016-06-02",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://impots-collectivites.example/archives/cc-ussel-meymac-2015", """
        ## Le groupement

        La communauté de communes Ussel-Meymac-Haute-Corrèze réunit 28 communes et 19 800 habitants. Elle a été constituée en 2014 par la fusion de deux groupements et devrait s'élargir au 1er janvier 2017 dans le cadre du nouveau schéma départemental.

        ## Les comptes 2015

        | Poste | Montant (euros) |
        | Produits de fonctionnement | 11 420 000 |
        | Charges de fonctionnement | 9 870 000 |
        | Capacité d'autofinancement brute | 1 550 000 |
        | Dépenses d'équipement | 3 210 000 |
        | Encours de la dette | 8 940 000 |
        Source : compte de gestion 2015 (données fictives).

        ## Analyse

        Le groupement finance la piscine intercommunale d'Ussel et la zone d'activités du Bois-Saint-Angel. Le coefficient d'intégration fiscale, 0,31, reste modeste. La préparation de la fusion impose d'harmoniser les tarifs des services et les taux de fiscalité sur le nouveau périmètre.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Mis en ligne le 02/06/2016", Breadcrumb = ["Archives", "Analyses"] };
}

/// <summary>The CC du Sisteronais-Buëch by its full name; Sisteron and Laragne-Montéglin are members.</summary>
public sealed class InseeSisteronaisBuech2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("insee-cc-sisteronais-buech-vieillissement-2023.pdf",
        "Communauté de communes du Sisteronais-Buëch : une population qui vieillit", "INSEE", "2023-11-28",
        DocumentTypeLabels.Publication, Themes.Social, "https://insee.example/paca/dossiers/sisteronais-buech-2023.pdf",
        "Insee Analyses Provence-Alpes-Côte d'Azur", "plus de 75 ans", """
        ## Un territoire à cheval sur deux départements

        La communauté de communes du Sisteronais-Buëch regroupe 60 communes et 26 000 habitants, autour de Sisteron et de Laragne-Montéglin. Elle s'étend sur les Alpes-de-Haute-Provence et les Hautes-Alpes.

        ## Vieillissement

        Les habitants de plus de 75 ans représentent 14 % de la population, contre 10 % dans la région. Leur nombre augmenterait de 40 % d'ici 2040 selon le scénario central de projection.

        | Indicateur | Communauté de communes | Région |
        | Part des 75 ans ou plus | 14 % | 10 % |
        | Indice de vieillissement | 142 | 98 |
        | Part des personnes âgées vivant seules | 41 % | 38 % |
        Source : recensement 2020, Omphale (données fictives).

        ## Enjeux

        L'offre de services à domicile est dispersée sur un territoire montagneux. Les communes de la vallée du Buëch, éloignées des deux pôles, concentrent les besoins les moins couverts.

        ## Méthode

        Les projections prolongent les tendances récentes de fécondité, de mortalité et de migrations. Elles ne constituent pas des prévisions : un afflux de jeunes ménages ou un ralentissement des arrivées de retraités modifierait sensiblement les résultats.
        """);
}
