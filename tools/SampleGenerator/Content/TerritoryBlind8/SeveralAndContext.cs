using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind8 territory split (issue 13): several subjects, places mentioned only as context, the commune named only in the body.
namespace SampleGenerator.Content.TerritoryBlind8;

/// <summary>Two communes as joint subjects: Allauch and Plan-de-Cuques (Bouches-du-Rhône); Marseille is context.</summary>
public sealed class InseeAllauchPlanDeCuques2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("insee-allauch-plan-de-cuques-2023.html",
        "Allauch et Plan-de-Cuques : deux communes résidentielles aux portes de Marseille", "INSEE", "2023-04-13",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/allauch-plan-de-cuques", """
        ## Deux communes voisines

        Allauch, 21 400 habitants, et Plan-de-Cuques, 11 000 habitants, partagent le vallon du Jarret, au nord-est de Marseille. Elles ont en commun une population plus âgée et plus aisée que celle de la ville-centre : le revenu médian y dépasse de 30 % celui des Marseillais.

        ## Des trajectoires différentes

        Plan-de-Cuques, entièrement urbanisée, voit sa population stagner. Allauch, qui conserve de vastes espaces naturels sur le massif du Garlaban, gagne encore des habitants, surtout dans ses hameaux. Dans les deux communes, plus de sept actifs sur dix travaillent à Marseille.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Analyses Provence-Alpes-Côte d'Azur" };
}

/// <summary>Stenay (Meuse), named only in the body (the title has no place); Sedan and Montmédy are context.</summary>
public sealed class CrcStenay2022 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("crc-grand-est-rod-2022-055.pdf",
        "Rapport d'observations définitives : la gestion communale (exercices 2016 et suivants)", "Chambre régionale des comptes Grand Est", "2022-05-31",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-grand-est.example/rod/2022-055.pdf",
        "CRC Grand Est - ROD 2022-055", "musée européen de la bière", """
        ## Procédure

        La chambre a inscrit à son programme le contrôle des comptes et de la gestion de la commune de Stenay, dans la Meuse, à partir de l'exercice 2016. L'entretien de fin de contrôle a eu lieu avec le maire le 2 décembre 2021.

        ## Présentation

        La commune compte 2 400 habitants. Située sur la Meuse, entre Sedan et Montmédy, elle a perdu 15 % de sa population en vingt ans. Elle porte des équipements au rayonnement plus large que sa taille, notamment le musée européen de la bière, géré en régie.

        ## Observations

        Le musée coûte à la commune 410 000 euros par an, soit 170 euros par habitant, pour 18 000 visiteurs. La chambre invite la commune à rechercher une gestion partagée avec l'intercommunalité ou le département. Les charges de personnel sont maîtrisées. La dette, faible, ne présente pas de risque. L'inventaire du patrimoine doit être établi avant le passage à la nomenclature M57.
        """) with { InfoTitle = "ROD 2022-055" };
}

/// <summary>Two départements as joint subjects: Hautes-Alpes and Bouches-du-Rhône; the région is context.</summary>
public sealed class ObservatoireAlpesLittoral2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("observatoire-regional-hautes-alpes-bouches-du-rhone-2023.html",
        "Hautes-Alpes et Bouches-du-Rhône : deux extrêmes de la région", "Observatoire régional des territoires Provence-Alpes-Côte d'Azur", "2023-09-26",
        DocumentTypeLabels.Etude, Themes.Geo, "https://observatoire-paca.example/tableaux-de-bord/05-13", """
        ## Deux départements que tout oppose

        Ce tableau de bord compare le département le moins peuplé de la région, les Hautes-Alpes (143 000 habitants), et le plus peuplé, les Bouches-du-Rhône (2,1 millions). La densité y varie de 26 à 410 habitants par kilomètre carré.

        | Indicateur | Hautes-Alpes | Bouches-du-Rhône |
        | Évolution de la population 2014-2020 (% par an) | 0,1 | 0,4 |
        | Taux de chômage fin 2022 (%) | 6,1 | 8,9 |
        | Taux de pauvreté (%) | 14,3 | 18,2 |
        | Part des résidences secondaires (%) | 45 | 5 |

        ## Lecture

        Les Hautes-Alpes combinent chômage faible et forte saisonnalité ; les Bouches-du-Rhône concentrent la pauvreté dans les quartiers de Marseille et d'Arles.

        Les indicateurs sont mis à jour chaque année. Le tableau de bord complet comprend aussi des données sur la santé, le logement et l'accès aux services, disponibles au téléchargement.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Tableaux de bord", "Départements"] };
}

/// <summary>Givors (Rhône), a commune of the Métropole de Lyon; the Métropole (membership) and Lyon are context.</summary>
public sealed class AdemeGivors2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("ademe-givors-reseau-chaleur-2023.html",
        "Givors : un réseau de chaleur alimenté par la récupération industrielle", "ADEME", "2023-05-09",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/givors-reseau-chaleur", """
        ## Le projet

        La ville de Givors, 21 000 habitants, au confluent du Gier et du Rhône, a mis en service en 2022 un réseau de chaleur de neuf kilomètres. Il récupère la chaleur fatale d'une verrerie et d'une usine de traitement de surface pour chauffer 2 600 logements sociaux, trois écoles et la piscine.

        ## Le bilan

        Le réseau couvre 78 % des besoins par de l'énergie de récupération. Il évite 6 800 tonnes de dioxyde de carbone par an. Le prix de la chaleur, stable depuis la crise énergétique, a été un argument décisif pour les bailleurs. La commune, membre de la Métropole de Lyon, a porté le projet en régie avec un financement du fonds chaleur de l'agence.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = true };
}

/// <summary>The commune of Lyon (the city's budget), not the Métropole de Lyon (context) nor the Rhône; its nine arrondissements are parts of the commune.</summary>
public sealed class VilleDeLyonCa2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("ville-de-lyon-compte-administratif-2023.pdf",
        "Compte administratif 2023 : rapport de présentation", "Ville de Lyon", "2024-06-18",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://lyon.example/finances/ca-2023.pdf",
        "Ville de Lyon - compte administratif 2023", "plan d'équipement pluriannuel", """
        ## Les résultats de l'exercice

        Le compte administratif 2023 de la Ville de Lyon fait apparaître des dépenses réelles de fonctionnement de 698 millions d'euros et des recettes de 789 millions d'euros. L'épargne brute, 91 millions d'euros, se redresse après deux années marquées par la hausse du prix de l'énergie.

        ## L'investissement

        La Ville a réalisé 214 millions d'euros de dépenses d'équipement, un record, dans le cadre de son plan d'équipement pluriannuel : groupes scolaires, végétalisation des cours, piscines et rénovation thermique. Les neuf arrondissements disposent chacun d'une dotation d'investissement de proximité. Les transports, l'eau et la voirie relèvent de la Métropole de Lyon et n'apparaissent pas dans ce compte.

        ## La dette

        L'encours atteint 684 millions d'euros et la capacité de désendettement 7,5 ans. La Ville a emprunté 150 millions d'euros, dont la moitié auprès de la Banque européenne d'investissement.

        Les taux de fiscalité sont restés inchangés en 2023, pour la troisième année consécutive.
        """);
}

/// <summary>A commune and its EPCI as joint subjects: Veynes and the CC Buëch-Dévoluy (mutualised services); Gap is context.</summary>
public sealed class VeynesBuechDevoluy2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("veynes-buech-devoluy-schema-mutualisation-2023.html",
        "Schéma de mutualisation entre Veynes et la communauté de communes Buëch-Dévoluy", "Communauté de communes Buëch-Dévoluy", "2023-10-12",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://buech-devoluy.example/schema-mutualisation-2023", """
        ## Pourquoi mutualiser ?

        La commune de Veynes, 3 200 habitants, siège de la communauté de communes Buëch-Dévoluy, et l'intercommunalité partagent déjà leurs bâtiments. Le schéma adopté par les deux assemblées organise désormais des services communs entre la ville et la communauté.

        ## Ce qui change au 1er janvier 2024

        - un service commun des ressources humaines et de la paie, porté par la communauté de communes ;
        - un service informatique unique, hébergé à la mairie de Veynes ;
        - un groupement de commandes pour l'énergie et les fournitures.

        Les économies attendues atteignent 140 000 euros par an. Les autres communes membres pourront adhérer aux services communs ; la ville de Gap, extérieure au territoire, a été consultée pour la paie.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Confolens (Charente), the subject; Limoges (Haute-Vienne) is context.</summary>
public sealed class AnctConfolens2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("anct-confolens-convention-ort-2023.html",
        "Confolens signe son opération de revitalisation de territoire", "ANCT", "2023-03-30",
        DocumentTypeLabels.Page, Themes.Geo, "https://anct.example/actualites/confolens-ort", """
        ## La convention

        La commune de Confolens, 2 700 habitants, a signé sa convention d'opération de revitalisation de territoire avec l'État et ses partenaires. Elle prévoit de rénover 120 logements anciens du centre et de réinstaller des commerces dans les rez-de-chaussée vacants des rues piétonnes.

        ## Le contexte

        Sous-préfecture de la Charente limousine, la ville est plus proche de Limoges, en Haute-Vienne, que d'Angoulême, ce qui oriente une partie de ses habitants vers les services de la capitale limousine. Le festival de musiques du monde attire chaque été plus de 60 000 spectateurs.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "30 mars 2023" };
}

/// <summary>A commune and its EPCI as joint subjects: Barbezieux-Saint-Hilaire and the CC des 4B Sud Charente (a coined name); Cognac is context.</summary>
public sealed class DgfipBarbezieux4B2022 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("dgfip-analyse-barbezieux-et-4b-2022.pdf",
        "Analyse financière consolidée : Barbezieux-Saint-Hilaire et la communauté de communes des 4B", "DGFiP", "2023-09-05",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://impots-collectivites.example/analyses/barbezieux-4b-2022.pdf",
        "Analyse financière consolidée - Barbezieux et 4B Sud Charente", "pacte financier et fiscal", """
        ## Objet

        À la demande des deux exécutifs, le service de gestion comptable a réalisé une analyse consolidée des comptes de la commune de Barbezieux-Saint-Hilaire et de la communauté de communes des 4B Sud Charente, dont elle est la ville-centre, en vue d'un pacte financier et fiscal.

        ## Les constats

        La commune, 4 700 habitants, porte des charges de centralité importantes : piscine, théâtre, médiathèque. Son épargne brute ne représente que 7 % de ses produits. La communauté de communes, qui regroupe 40 communes et 20 000 habitants, dispose au contraire de marges, avec une épargne de 16 % et une dette faible.

        ## Les pistes

        L'analyse propose le transfert de la piscine à la communauté, une dotation de solidarité communautaire tenant compte des charges de centralité et une harmonisation progressive des taux de taxe foncière. Les comparaisons avec l'agglomération de Cognac, voisine, sont données à titre indicatif.

        Les deux assemblées en délibéreront au printemps, après une présentation commune aux maires.
        """);
}
