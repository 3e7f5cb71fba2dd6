using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind7 territory split (issue 13): communes whose names are common words or shared by several communes.
namespace SampleGenerator.Content.TerritoryBlind7;

/// <summary>Embrun (Hautes-Alpes, 05200), also "embrun" (spray); Gap is context, the lake of Serre-Ponçon a landscape.</summary>
public sealed class CrcEmbrun2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("crc-paca-commune-d-embrun-2023.html",
        "Rapport d'observations définitives : commune d'Embrun (Hautes-Alpes)", "Chambre régionale des comptes Provence-Alpes-Côte d'Azur", "2023-11-14",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-paca.example/rod/commune-d-embrun-2023", """
        ## Objet du contrôle

        La chambre a examiné la gestion de la commune d'Embrun de 2018 à 2022. Cette ville de 6 400 habitants, installée sur un promontoire au-dessus de la Durance, vit largement du tourisme estival autour du lac de Serre-Ponçon ; les embruns du plan d'eau n'atteignent pas la vieille ville, mais la base nautique pèse lourdement sur le budget.

        ## Situation financière

        Les produits de gestion progressent de 3 % par an, portés par la taxe de séjour. L'épargne brute atteint 1,6 million d'euros en 2022, soit 15 % des recettes réelles de fonctionnement. L'encours de dette, 9,8 millions d'euros, représente une capacité de désendettement de six ans. La commune recourt moins que Gap aux emprunts indexés, mais deux contrats restent à renégocier.

        ## Recommandations

        1. Établir un budget annexe pour la base nautique afin d'en connaître le coût réel.
        2. Fiabiliser l'inventaire des biens immobiliers de la commune d'Embrun.
        3. Mettre en place un contrôle interne des régies de recettes du camping municipal.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Hautes-Alpes"] };
}

/// <summary>Oraison (Alpes-de-Haute-Provence, 04700), also "oraison" (prayer); Manosque is a neighbour.</summary>
public sealed class DgfipOraison2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("dgfip-analyse-financiere-oraison-2022.pdf",
        "Analyse financière 2022 : commune d'Oraison", "DGFiP", "2023-05-22",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://impots-collectivites.example/analyses/04143-oraison-2022.pdf",
        "Analyse financière - Oraison (04700)", "marges de manœuvre fiscales", """
        ## Présentation de la collectivité

        Oraison compte 6 150 habitants et se situe dans la vallée de la Durance, à une quinzaine de kilomètres de Manosque. La présente analyse, établie par le service de gestion comptable, porte sur le budget principal de la commune pour l'exercice 2022 ; elle n'a rien d'une oraison funèbre, la situation restant saine.

        ## Fonctionnement

        Les recettes réelles de fonctionnement atteignent 6,9 millions d'euros. Les dépenses de personnel représentent 54 % des charges, un niveau supérieur à la moyenne de la strate. L'excédent brut de fonctionnement s'établit à 1,1 million d'euros.

        | Ratio (euros par habitant) | Oraison | Moyenne de la strate |
        | Produits de fonctionnement | 1 122 | 1 050 |
        | Charges de personnel | 566 | 512 |
        | Encours de la dette | 640 | 780 |
        Source : comptes de gestion 2022 (données fictives).

        ## Investissement et marges de manœuvre fiscales

        Les dépenses d'équipement, 2,3 millions d'euros, ont financé la réfection de la traverse du village. Le taux de la taxe foncière bâtie reste proche de la moyenne départementale : les marges de manœuvre fiscales existent mais sont limitées.
        """);
}

/// <summary>Persan (Val-d'Oise, 95340), also an adjective (Persian); Beaumont-sur-Oise is a neighbour.</summary>
public sealed class PersanBudget2024 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("persan-budget-primitif-2024.html",
        "Budget primitif 2024 : les grandes orientations", "Ville de Persan", "2024-04-02",
        DocumentTypeLabels.Page, Themes.Finances, "https://ville-persan.example/budget-primitif-2024", """
        ## Un budget voté le 28 mars

        Le conseil municipal a adopté le budget primitif 2024 de la ville. Il s'élève à 31,4 millions d'euros, dont 22,8 millions pour le fonctionnement. Les taux communaux des taxes foncières ne changent pas.

        ## Les priorités

        - la rénovation énergétique de l'école Jean-Jaurès et du gymnase, pour 2,9 millions d'euros ;
        - le réaménagement des berges de l'Oise, en lien avec la commune voisine de Beaumont-sur-Oise ;
        - la création d'un poste de médiateur de nuit dans le quartier du Village.

        ## La dette

        L'encours de dette atteindra 14,2 millions d'euros au 31 décembre. La ville de Persan emprunte 1,5 million d'euros cette année, moins qu'elle ne rembourse. Contrairement à une idée reçue, le nom de Persan ne vient ni du tapis ni du chat, mais d'un ancien domaine seigneurial.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Publié le 02/04/2024" };
}

/// <summary>Avon (Seine-et-Marne, 77210); Avon (Deux-Sèvres) and the English river are named to rule them out; Fontainebleau is a neighbour.</summary>
public sealed class OfglAvon2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-commune-avon-2023.html",
        "Avon (77) : fiche financière de la commune, exercice 2022", "OFGL", "2023-10-10",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/fiches/communes/77014-avon-2022", """
        ## Avon en bref

        Commune de 13 600 habitants accolée à Fontainebleau, Avon (code commune 77014) ne doit pas être confondue avec la petite commune d'Avon dans les Deux-Sèvres, ni avec la rivière anglaise du même nom.

        | Agrégat (euros par habitant) | Avon | Strate 10 000 - 20 000 habitants |
        | Recettes réelles de fonctionnement | 1 188 | 1 246 |
        | Dépenses de personnel | 642 | 651 |
        | Épargne brute | 142 | 181 |
        | Dépenses d'équipement | 301 | 287 |
        | Encours de dette | 905 | 862 |
        Source : balances comptables 2022 (données fictives).

        ## Lecture

        L'épargne brute de la commune recule de 9 % en un an. Les dépenses d'équipement restent soutenues : rénovation du conservatoire et mise en accessibilité de la gare. L'endettement reste légèrement supérieur à celui des communes comparables.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Le Thor (Vaucluse), also the Norse god; the prefecture of Vaucluse is the publisher (context).</summary>
public sealed class PrefectureLeThor2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-84-le-thor-detr-2023.html",
        "DETR 2023 : subvention pour la rénovation de l'école maternelle du Thor", "Préfecture de Vaucluse", "2023-07-06",
        DocumentTypeLabels.Page, Themes.Dotations, "https://vaucluse.gouv.example/detr-2023-le-thor", """
        ## Arrêté attributif

        Par arrêté du 3 juillet 2023, le préfet attribue à la commune du Thor une subvention de 412 000 euros au titre de la dotation d'équipement des territoires ruraux (DETR). Elle porte sur la rénovation thermique et l'extension de l'école maternelle, pour un coût total de 1,37 million d'euros hors taxes.

        ## Plan de financement

        | Financeur | Montant (euros) | Part |
        | État (DETR) | 412 000 | 30 % |
        | Conseil départemental | 274 000 | 20 % |
        | Autofinancement communal | 684 000 | 50 % |
        Source : dossier de demande (données fictives).

        ## Conditions

        Les travaux doivent commencer avant le 31 décembre 2024. La commune adressera aux services de l'État un état récapitulatif des dépenses. Nom hérité d'un ancien péage sur la Sorgue, le Thor n'a aucun rapport avec le dieu scandinave, précise en souriant le maire dans sa délibération.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Stains (Seine-Saint-Denis), also an English word; the CCAS's social analysis of its commune; Saint-Denis is a neighbour.</summary>
public sealed class CcasStains2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("ccas-stains-analyse-besoins-sociaux-2022.pdf",
        "Analyse des besoins sociaux 2022", "Centre communal d'action sociale de Stains", "2022-12-08",
        DocumentTypeLabels.Etude, Themes.Social, "https://ville-stains.example/ccas/abs-2022.pdf",
        "CCAS de Stains - ABS 2022", "familles monoparentales", """
        ## Pourquoi une analyse des besoins sociaux

        Le code de l'action sociale et des familles impose à chaque centre communal d'action sociale de dresser l'analyse des besoins sociaux de la population de sa commune. Ce document présente celle du CCAS pour les 41 000 habitants de la ville.

        ## Une population jeune et fragile

        Plus d'un habitant sur trois a moins de 25 ans. Le taux de pauvreté atteint 33 %, contre 27 % dans le département. Les familles monoparentales représentent 24 % des ménages avec enfants, une part en hausse depuis 2013.

        | Indicateur | Ville | Seine-Saint-Denis |
        | Moins de 25 ans | 37 % | 35 % |
        | Taux de pauvreté | 33 % | 27 % |
        | Allocataires du RSA (pour 100 ménages) | 14 | 11 |
        Source : recensement, CAF (données fictives).

        ## Pistes d'action

        Le CCAS propose d'ouvrir une permanence d'accès aux droits dans le quartier du Clos Saint-Lazare, de renforcer l'aide alimentaire en lien avec les associations et de partager un observatoire avec la ville voisine de Saint-Denis.
        """) with { Masthead = ["Ville de Stains", "Centre communal d'action sociale"] };
}

/// <summary>Fresnes, a name shared by four communes; this one is corroborated by its postcode (94260) only.</summary>
public sealed class InseeFresnes2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("insee-fresnes-logement-2023.html",
        "Fresnes : un parc de logements sociaux important", "INSEE", "2023-03-21",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/fresnes-94260-logement", """
        ## Un quart des résidences principales en HLM

        À Fresnes (94260), 28 % des résidences principales sont des logements sociaux, une part stable depuis dix ans. La commune compte 11 900 résidences principales pour 29 500 habitants. Les grands ensembles construits entre 1955 et 1975 regroupent l'essentiel de ce parc.

        ## Des ménages plus petits

        La taille moyenne des ménages baisse : 2,3 personnes en 2020 contre 2,5 en 2008. Les personnes vivant seules représentent 36 % des ménages. La vacance reste faible, à 5 % des logements.

        | Indicateur | 2008 | 2020 |
        | Résidences principales | 11 200 | 11 900 |
        | Part de logements sociaux | 27 % | 28 % |
        | Personnes par ménage | 2,5 | 2,3 |
        Source : recensements de la population (données fictives).

        La commune est surtout connue pour son établissement pénitentiaire, qui n'est pas compté dans les résidences principales.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Chantilly (Oise), also a cream; Senlis and the Hauts-de-France are context.</summary>
public sealed class CrcChantilly2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("crc-hdf-commune-de-chantilly-2022.pdf",
        "Commune de Chantilly : rapport d'observations définitives", "Chambre régionale des comptes Hauts-de-France", "2022-09-29",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-hdf.example/rod/commune-de-chantilly-2022.pdf",
        "CRC Hauts-de-France - Commune de Chantilly", "occupation du domaine hippique", """
        ## Synthèse

        La chambre a contrôlé les comptes et la gestion de la commune de Chantilly (Oise) à partir de 2017. Connue pour son château, son hippodrome et la crème qui porte son nom, la ville de 10 600 habitants dispose de ressources fiscales supérieures à la moyenne.

        ## Finances

        L'épargne brute représente 21 % des produits de gestion en 2021. La dette a été divisée par deux en cinq ans. Les dépenses d'équipement, 4,1 millions d'euros par an en moyenne, restent inférieures aux prévisions des budgets primitifs, ce qui traduit une programmation insuffisante.

        ## Gestion du domaine hippique

        La commune met à disposition d'une association des terrains d'entraînement pour un loyer symbolique. La chambre recommande de revoir la convention et de valoriser cet avantage dans les annexes budgétaires, comme l'a fait la commune voisine de Senlis pour ses équipements sportifs.

        ## Recommandations

        1. Adopter un plan pluriannuel d'investissement.
        2. Réviser la convention d'occupation du domaine hippique.
        """);
}

/// <summary>Senlis (Pas-de-Calais, 62310), a village; Senlis (Oise) is named to rule it out; Fruges is context.</summary>
public sealed class DgclSenlis62 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-dotations-senlis-62-2023.html",
        "Dotations 2023 de la commune de Senlis (Pas-de-Calais)", "DGCL", "2023-05-05",
        DocumentTypeLabels.Dataset, Themes.Dotations, "https://collectivites-locales.example/dotations/2023/62790", """
        ## Fiche individuelle

        Cette fiche détaille les dotations notifiées en 2023 à la commune de Senlis, village de 160 habitants du Pas-de-Calais (code postal 62310, code commune 62790), à ne pas confondre avec la ville de Senlis dans l'Oise.

        | Dotation | 2022 (euros) | 2023 (euros) |
        | Dotation forfaitaire | 21 410 | 21 502 |
        | Dotation de solidarité rurale, fraction bourg-centre | 0 | 0 |
        | Dotation de solidarité rurale, fraction péréquation | 9 876 | 10 354 |
        | Dotation nationale de péréquation | 2 105 | 2 210 |
        | Total | 33 391 | 34 066 |
        Source : notifications DGCL (données fictives).

        ## Commentaire

        La dotation globale de fonctionnement de la commune progresse de 2 %. La fraction péréquation de la dotation de solidarité rurale augmente en raison d'un potentiel financier par habitant inférieur à celui des communes de même taille. La commune ne perçoit pas la fraction bourg-centre, réservée aux chefs-lieux comme Fruges.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false };
}

/// <summary>Sorgues (Vaucluse), also the rivers named "les Sorgues" and part of its EPCI's name (membership only).</summary>
public sealed class SorguesRob2024 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("sorgues-rapport-orientations-budgetaires-2024.html",
        "Rapport sur les orientations budgétaires 2024", "Ville de Sorgues", "2024-02-12",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://sorgues.example/finances/rob-2024", """
        ## Contexte

        Membre de la communauté d'agglomération des Sorgues du Comtat, la ville de Sorgues (19 000 habitants) prépare son budget 2024 dans un contexte d'inflation encore élevée. Les rivières qui ont donné leur nom à la commune et à l'intercommunalité traversent le centre-ville et imposent des travaux réguliers sur les berges.

        ## Orientations

        - stabilité des taux de fiscalité communale pour la huitième année consécutive ;
        - hausse limitée à 2,5 % des charges à caractère général ;
        - 6,8 millions d'euros d'investissements, dont la restructuration du pôle culturel et la sécurisation des berges de l'Ouvèze.

        ## Dette et épargne

        L'encours de dette de la commune s'élève à 18,3 millions d'euros fin 2023. L'épargne nette attendue, 2,2 millions d'euros, permet de financer un tiers des investissements sans nouvel emprunt.
        """) with { Meta = HtmlMeta.OpenGraph };
}
