using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind4 territory split (issue 13): several subjects, places mentioned only as context, and communes named
// only in the body.
namespace SampleGenerator.Content.TerritoryBlind4;

/// <summary>Two subjects: Alès and Bagnols-sur-Cèze (Gard); Nîmes is a comparison.</summary>
public sealed class InseeAlesBagnols2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("insee-ales-bagnols-sur-ceze-centres-villes-2023.html",
        "Alès et Bagnols-sur-Cèze : deux centres-villes en reconquête", "INSEE", "2023-04-18",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/occitanie/ales-bagnols-2023", """
        ## Deux villes moyennes du Gard

        Alès (46 000 habitants) et Bagnols-sur-Cèze (18 000 habitants) bénéficient toutes deux du programme national de revitalisation des villes moyennes. Cette étude compare l'évolution de leurs centres-villes entre 2013 et 2022.

        | Indicateur | Alès | Bagnols-sur-Cèze |
        | Logements vacants en centre-ville (%) | 18 | 15 |
        | Commerces vacants (%) | 14 | 11 |
        | Évolution de la population du centre (%) | -4 | -2 |
        Source : Insee, recensement et fichiers fonciers (données fictives).

        Dans les deux villes, la vacance commerciale a reculé depuis 2019. Le centre d'Alès perd encore des habitants, tandis que celui de Bagnols-sur-Cèze se stabilise. Nîmes, préfecture du département, sert de point de comparaison.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>INSEE Flash on the département du Gard; Nîmes and Alès are places in it.</summary>
public sealed class InseeGardEmploi2024 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("insee-flash-gard-emploi-2024.html",
        "Gard : l'emploi salarié progresse au premier semestre 2024", "INSEE", "2024-10-01",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/occitanie/flash-gard-emploi-2024", """
        ## Une hausse portée par les services

        Au 30 juin 2024, le département du Gard compte 214 000 emplois salariés privés, soit 2 100 de plus qu'un an auparavant (+1,0 %). La hausse est portée par les services aux entreprises et par l'hébergement-restauration. L'industrie et la construction perdent des emplois.

        Le taux de chômage s'établit à 10,2 % de la population active, en baisse de 0,3 point sur un an, mais il reste parmi les plus élevés de France métropolitaine. Les zones d'emploi de Nîmes et d'Alès concentrent les deux tiers des créations d'emplois du semestre (données fictives).
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Orthez (Pyrénées-Atlantiques); Pau and the Béarn are context; the CC de Lacq-Orthez is membership. PDF.</summary>
public sealed class CrcOrthez2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("crc-nouvelle-aquitaine-commune-d-orthez-2022.pdf",
        "Commune d'Orthez — rapport d'observations définitives", "Chambre régionale des comptes Nouvelle-Aquitaine", "2022-06-07",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/nouvelle-aquitaine/orthez-2022.pdf",
        "Chambre régionale des comptes Nouvelle-Aquitaine — observations définitives", "Orthez", """
        ## Présentation

        La commune d'Orthez compte 10 900 habitants. Ancienne capitale du Béarn, elle est aujourd'hui une ville moyenne à 45 kilomètres de Pau, membre de la communauté de communes de Lacq-Orthez. La chambre a examiné sa gestion de 2016 à 2021.

        ## La situation financière

        | Indicateur (k€) | 2016 | 2021 |
        | Produits de gestion | 13 900 | 14 600 |
        | Charges de gestion | 11 800 | 12 900 |
        | Capacité d'autofinancement brute | 2 100 | 1 700 |
        | Encours de dette | 9 200 | 11 400 |
        Source : comptes de gestion (données fictives).

        La capacité d'autofinancement a baissé, sous l'effet des charges de personnel, et la dette a augmenté pour financer la rénovation de la halle et du quartier du pont Vieux. La capacité de désendettement reste inférieure à sept ans.

        ## La commande publique

        La commune n'a pas de service des marchés : chaque service passe ses commandes, sans vision d'ensemble des seuils. La chambre a relevé des fractionnements de commandes de fournitures. Elle recommande de centraliser la fonction achat, éventuellement en la mutualisant avec l'intercommunalité.
        """);
}

/// <summary>Bayeux (Calvados), named only in the body; Caen is a comparison.</summary>
public sealed class CrcNormandieBayeux2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("crc-normandie-rod-2023-014.html",
        "Rapport d'observations définitives n° 2023-014 — exercices 2017 et suivants", "Chambre régionale des comptes Normandie", "2023-03-07",
        DocumentTypeLabels.Rod, Themes.Culture, "https://ccomptes.example/crc/normandie/rod-2023-014", """
        ## Objet du contrôle

        La chambre a examiné la gestion des musées de la commune de Bayeux, dans le Calvados, pour les exercices 2017 à 2021. La ville, de 12 700 habitants, gère en régie trois établissements dont le musée de la Tapisserie, qui reçoit plus de 400 000 visiteurs par an.

        ## Observations

        Les recettes de billetterie couvrent les deux tiers des charges des musées, une proportion rare pour une commune de cette taille. La crise sanitaire a toutefois privé la ville de 4,3 millions d'euros de recettes en 2020. Les tarifs n'avaient pas été revus depuis 2014.

        La chambre recommande de créer un budget annexe pour mieux suivre le coût des musées. Le musée des beaux-arts de Caen est cité à titre de comparaison (données fictives).
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Normandie"] };
}

/// <summary>Beaune (Côte-d'Or, 21200), named only in the body. PDF.</summary>
public sealed class DgfipFicheCommunale2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("dgfip-fiche-communale-21054-2022.pdf",
        "Fiche de situation financière — exercice 2022", "DGFiP", "2023-06-20",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/comptes/2022/21054.pdf",
        "Direction générale des finances publiques — fiche communale 2022", "Fiche de situation financière", """
        ## Beaune (21200) — code commune 21054

        Population légale en vigueur au 1er janvier 2022 : 20 400 habitants. Strate : communes de 20 000 à 50 000 habitants appartenant à un groupement à fiscalité professionnelle unique.

        ## Fonctionnement

        | Poste | Montant (k€) | Par habitant (€) | Moyenne de la strate (€) |
        | Produits de fonctionnement | 34 800 | 1 706 | 1 423 |
        | dont impôts locaux | 15 900 | 779 | 652 |
        | Charges de fonctionnement | 29 700 | 1 456 | 1 262 |
        | dont charges de personnel | 16 200 | 794 | 712 |
        | Résultat comptable | 5 100 | 250 | 161 |
        Source : balances comptables 2022 (données fictives).

        ## Investissement

        Les dépenses d'équipement s'élèvent à 9 300 k€, soit 456 € par habitant. Elles concernent la restauration des remparts et l'aménagement du boulevard périphérique. L'encours de dette au 31 décembre atteint 14 600 k€, soit 716 € par habitant, pour une moyenne de la strate de 1 018 €.

        Les taux d'imposition votés en 2022 sont de 38,41 % pour la taxe foncière sur les propriétés bâties et de 44,27 % pour la taxe foncière sur les propriétés non bâties. Les recettes touristiques de la taxe de séjour progressent de 21 %.
        """);
}

/// <summary>Two subjects: the départements of the Loiret and Eure-et-Loir; Orléans and Chartres are places in them.</summary>
public sealed class InseeLoiretEureEtLoir2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("insee-loiret-eure-et-loir-navettes-2023.html",
        "Loiret et Eure-et-Loir : des navettes de plus en plus longues vers l'Île-de-France", "INSEE", "2023-02-28",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/centre-val-de-loire/navettes-45-28-2023", """
        ## Un actif sur dix travaille en Île-de-France

        Dans le Loiret et en Eure-et-Loir, 41 000 actifs travaillent en Île-de-France, soit un sur dix. Leur nombre a progressé de 12 % en dix ans. Ils résident surtout au nord des deux départements, près des gares des lignes vers Paris.

        | Indicateur | Loiret | Eure-et-Loir |
        | Actifs travaillant en Île-de-France | 17 000 | 24 000 |
        | Distance médiane du trajet (km) | 78 | 71 |
        | Part utilisant le train (%) | 38 | 46 |
        Source : Insee, recensement 2019 (données fictives).

        Les temps de trajet s'allongent : un navetteur sur trois passe plus de deux heures par jour dans les transports. Les agglomérations d'Orléans et de Chartres retiennent mieux leurs actifs.
        """);
}

/// <summary>Two subjects: the commune of Fécamp and its EPCI Fécamp Caux Littoral Agglomération (both named as subjects). PDF.</summary>
public sealed class CrcFecamp2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("crc-normandie-fecamp-mutualisation-2023.pdf",
        "Fécamp et Fécamp Caux Littoral Agglomération : la mutualisation des services", "Chambre régionale des comptes Normandie", "2023-11-21",
        DocumentTypeLabels.Rod, Themes.Emploi, "https://ccomptes.example/crc/normandie/fecamp-mutualisation-2023.pdf",
        "Chambre régionale des comptes Normandie — contrôle conjoint", "mutualisation", """
        ## Un contrôle conjoint

        La chambre a contrôlé simultanément la commune de Fécamp et la communauté d'agglomération Fécamp Caux Littoral, dont elle est la ville-centre, pour examiner la mutualisation de leurs services de 2017 à 2022.

        ## Observations

        Depuis 2018, les deux collectivités partagent la direction générale, les finances, les ressources humaines et les services techniques. Les agents mutualisés sont employés par la commune et mis à disposition de l'agglomération, qui rembourse une quote-part.

        | Indicateur | Commune | Agglomération |
        | Agents en 2022 | 402 | 188 |
        | Part des agents mutualisés (%) | 31 | 54 |
        | Remboursement annuel (k€) | — | 3 900 |
        Source : collectivités (données fictives).

        La clé de répartition des coûts n'a pas été actualisée depuis 2018, alors que l'agglomération a pris de nouvelles compétences. La commune supporte ainsi une part excessive des coûts de structure, évaluée par la chambre à 600 000 euros par an.

        La chambre recommande aux deux collectivités de réviser la convention de mutualisation et de suivre chaque année le temps réellement consacré à chacune.
        """);
}

/// <summary>Autun (Saône-et-Loire); Le Creusot and Dijon are comparisons.</summary>
public sealed class AdemeAutun2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("ademe-autun-reseau-chaleur-2022.html",
        "Autun étend son réseau de chaleur au bois", "ADEME", "2022-12-06",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/autun-reseau-chaleur-2022", """
        ## Le projet

        La ville d'Autun a doublé en 2022 la longueur de son réseau de chaleur, alimenté à 85 % par une chaufferie au bois. Le réseau dessert désormais l'hôpital, deux lycées, la piscine et 1 400 logements sociaux.

        | Indicateur | Valeur |
        | Longueur du réseau (km) | 11,2 |
        | Chaleur livrée (MWh par an) | 38 000 |
        | Émissions évitées (t CO₂ par an) | 8 900 |
        Source : commune (données fictives).

        Le prix de la chaleur est resté stable pendant la crise énergétique, contrairement aux réseaux au gaz. Le Creusot et Dijon, qui exploitent des réseaux plus anciens, sont cités pour comparer les tarifs.
        """);
}

/// <summary>Douarnenez (Finistère); Concarneau is a comparison.</summary>
public sealed class OfglDouarnenez2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-douarnenez-budget-port-2023.html",
        "Douarnenez : le poids du port dans les finances communales", "OFGL", "2023-10-10",
        DocumentTypeLabels.Etude, Themes.Finances, "https://ofgl.example/publications/douarnenez-port-2023", """
        ## Une commune portuaire

        La commune de Douarnenez, 14 000 habitants, gère en régie le port de plaisance et participe au financement du port de pêche. Les budgets annexes portuaires représentent 12 % de ses dépenses totales.

        | Indicateur (€ par habitant) | Douarnenez | Concarneau |
        | Dépenses des budgets annexes portuaires | 214 | 96 |
        | Subvention du budget principal aux ports | 38 | 0 |
        | Encours de dette portuaire | 402 | 155 |
        Source : comptes de gestion 2022 (données fictives).

        La subvention d'équilibre versée par le budget principal pèse sur l'épargne de la commune. Concarneau, dont le port est géré par un syndicat mixte, sert de point de comparaison.
        """) with { Meta = HtmlMeta.JsonLd };
}
