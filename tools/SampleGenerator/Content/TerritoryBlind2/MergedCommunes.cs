using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind2 territory split (issue 13): communes nouvelles and merged communes, named by a commune déléguée or by the
// name the commune had before the merger.
namespace SampleGenerator.Content.TerritoryBlind2;

/// <summary>Saint-Florent-le-Vieil, commune déléguée of Mauges-sur-Loire: the commune nouvelle. PDF.</summary>
public sealed class CrcSaintFlorentLeVieil2021 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("crc-pdl-saint-florent-le-vieil-abbatiale-2021.pdf",
        "Mauges-sur-Loire : la restauration de l'abbatiale de Saint-Florent-le-Vieil", "Chambre régionale des comptes Pays de la Loire", "2021-04-20",
        DocumentTypeLabels.Rod, Themes.Culture, "https://ccomptes.example/crc/pays-de-la-loire/saint-florent-le-vieil-2021.pdf",
        "CRC Pays de la Loire — Mauges-sur-Loire", "restauration de l'abbatiale", """
        ## Objet du contrôle

        La chambre a examiné l'opération de restauration de l'abbatiale de Saint-Florent-le-Vieil, conduite par la commune de Mauges-sur-Loire de 2016 à 2020. Saint-Florent-le-Vieil est depuis décembre 2015 l'une des onze communes déléguées de cette commune nouvelle, qui en a repris les biens, les dettes et les engagements.

        ## Constats

        Le coût de l'opération a atteint 7,4 M€, contre 4,9 M€ prévus lors du lancement. Le dépassement tient à la découverte de désordres dans la charpente et à l'allongement du chantier. Le conseil de la commune déléguée a été informé, mais les avenants ont été approuvés par le seul maire, sans délibération du conseil municipal de la commune nouvelle.

        | Financement | Prévu (M€) | Réalisé (M€) |
        | État (monuments historiques) | 1,9 | 2,6 |
        | Région et département | 1,2 | 1,5 |
        | Mécénat et souscription | 0,3 | 0,6 |
        | Commune | 1,5 | 2,7 |
        Source : comptes de la commune (données fictives).

        ## Recommandations

        - Soumettre au conseil municipal tout avenant modifiant de plus de 5 % le montant d'un marché.
        - Établir un plan de gestion pluriannuel de l'édifice, dont l'entretien incombe désormais à la commune nouvelle.
        """) with { Masthead = ["Chambre régionale des comptes Pays de la Loire", "Rapport d'observations définitives"] };
}

/// <summary>Chemillé before it merged into Chemillé-en-Anjou (2015): today's commune nouvelle. PDF.</summary>
public sealed class DgfipChemille2014 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("dgfip-fiche-chemille-2014.pdf",
        "Situation financière 2014 — commune de Chemillé (Maine-et-Loire)", "DGFiP", "2015-06-02",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/comptes/communes/chemille-2014.pdf",
        "DGFiP — Situation financière des communes — 2014", "commune de Chemillé", """
        ## Identification

        Commune de Chemillé, département de Maine-et-Loire, arrondissement de Cholet. Population : 7 100 habitants. Groupement : communauté de communes de la région de Chemillé.

        ## Principaux agrégats

        | Agrégat | Montant (k€) | Par habitant (€) |
        | Produits de fonctionnement | 8 520 | 1 200 |
        | Charges de fonctionnement | 7 030 | 990 |
        | Capacité d'autofinancement brute | 1 490 | 210 |
        | Dépenses d'équipement | 2 780 | 392 |
        | Encours de la dette | 6 250 | 880 |
        Source : DGFiP, comptes de gestion 2014 (données fictives).

        ## Commentaire

        La capacité d'autofinancement se maintient à un niveau proche de la moyenne de la strate. Les dépenses d'équipement, en hausse de 22 %, traduisent l'achèvement du pôle culturel. L'encours de dette diminue de 4 %.

        Le conseil municipal a approuvé en 2015 la création d'une commune nouvelle regroupant Chemillé et douze communes voisines au 15 décembre 2015. Les comptes de la commune nouvelle seront présentés à partir de l'exercice 2016 ; les données de la présente fiche ne portent que sur l'ancienne commune.
        """) with { Masthead = ["Direction générale des finances publiques", "Fiche de situation financière — exercice 2014"] };
}

/// <summary>Les Essarts (Vendée) in 2015, before it became Essarts-en-Bocage (2016).</summary>
public sealed class InseeLesEssarts2015 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("insee-les-essarts-vendee-emploi-2015.html",
        "Les Essarts : un carrefour autoroutier devenu pôle d'emploi", "INSEE", "2015-10-13",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/pays-de-la-loire/les-essarts-2015", """
        ## Un pôle d'emploi rural

        Les Essarts, commune vendéenne de 4 900 habitants située au croisement des autoroutes A83 et A87, offre 3 600 emplois, soit 1,6 emploi par actif résident. Les zones d'activité créées autour de l'échangeur accueillent l'agroalimentaire, la logistique et la construction de remorques.

        Entre 2007 et 2012, l'emploi a progressé de 11 % dans la commune alors qu'il stagnait dans le reste du département hors littoral. Deux emplois sur trois sont occupés par des actifs qui résident dans une autre commune.

        | Secteur | Emplois 2012 | Évolution 2007-2012 |
        | Industrie | 1 450 | + 8 % |
        | Transports et logistique | 620 | + 31 % |
        | Commerce et services | 1 080 | + 9 % |
        | Administration, santé, enseignement | 450 | + 4 % |
        Source : Insee, recensements (données fictives).
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Paru le 13/10/2015", Breadcrumb = ["Statistiques", "Pays de la Loire"] };
}

/// <summary>Collinée, commune déléguée of Le Mené (Côtes-d'Armor): the commune nouvelle.</summary>
public sealed class AdemeCollinee2019 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("ademe-collinee-methanisation-2019.html",
        "Collinée : vingt ans d'autonomie énergétique au Mené", "ADEME", "2019-06-04",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/collinee-mene-2019", """
        ## Un bourg pionnier

        Collinée, bourg de 900 habitants devenu en 2016 commune déléguée du Mené, accueille depuis 2011 une unité de méthanisation qui traite les lisiers de trente exploitations et les déchets de l'abattoir voisin. Elle produit l'électricité consommée par 4 000 foyers.

        Le réseau de chaleur au bois du bourg dessert l'école, l'Ehpad et 40 logements. La commune du Mené poursuit ce programme engagé par les anciennes communes et leur communauté de communes.

        | Indicateur | 2015 | 2018 |
        | Production électrique (GWh) | 11,2 | 12,6 |
        | Chaleur livrée (MWh) | 1 900 | 2 350 |
        | Lisiers traités (milliers de t) | 31 | 34 |
        Source : exploitant (données fictives).
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Territoires", "Retours d'expérience"] };
}

/// <summary>Charny (Yonne) in 2014, today Charny Orée de Puisaye; other communes are named Charny.</summary>
public sealed class CrcCharnyYonne2014 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("crc-bourgogne-commune-de-charny-2014.html",
        "Commune de Charny (Yonne) : rapport d'observations définitives", "Chambre régionale des comptes Bourgogne-Franche-Comté", "2014-12-09",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/bourgogne/commune-de-charny-2014", """
        ## Synthèse

        La chambre a contrôlé la gestion de la commune de Charny, chef-lieu de canton de l'Yonne (1 700 habitants), pour les exercices 2009 à 2013. La commune porte un centre aquatique et une maison de santé qui desservent toute la Puisaye occidentale.

        Les charges du centre aquatique, 410 000 € par an, ne sont couvertes qu'à 26 % par les entrées. La chambre suggère d'en transférer la gestion à l'intercommunalité ou de rechercher la participation des communes voisines, dont les habitants représentent 70 % des usagers.

        | En milliers d'euros | 2009 | 2013 |
        | Produits de gestion | 1 980 | 2 140 |
        | Épargne brute | 310 | 188 |
        | Encours de dette | 2 450 | 2 910 |
        Source : comptes de gestion (données fictives).
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Bourgogne"] };
}

/// <summary>Vallons-de-l'Erdre by its own name; its communes déléguées are listed.</summary>
public sealed class PrefectureVallonsDeLErdre2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-loire-atlantique-vallons-de-l-erdre-2023.html",
        "Vallons-de-l'Erdre : bilan de la commune nouvelle", "Préfecture de la Loire-Atlantique", "2023-01-24",
        DocumentTypeLabels.Page, Themes.Geo, "https://loire-atlantique.gouv.example/publications/vallons-de-l-erdre-bilan", """
        ## Une commune nouvelle de six communes déléguées

        Créée le 1er janvier 2018, la commune nouvelle de Vallons-de-l'Erdre regroupe Bonnœuvre, Freigné, Maumusson, Saint-Mars-la-Jaille, Saint-Sulpice-des-Landes et Vritz. Freigné, auparavant rattachée au Maine-et-Loire, a changé de département à cette occasion.

        ## Bilan

        Les services de la préfecture ont accompagné la commune dans l'harmonisation des taux d'imposition, achevée en 2022, et dans la reprise des six budgets. La commune nouvelle a bénéficié pendant trois ans de la garantie de sa dotation forfaitaire. Le conseil municipal a décidé de maintenir une mairie annexe dans chacune des communes déléguées.

        | Indicateur | 2018 | 2022 |
        | Population | 7 100 | 7 350 |
        | Dotation globale de fonctionnement (k€) | 1 320 | 1 380 |
        | Agents communaux | 58 | 61 |
        Source : préfecture (données fictives).
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 24/01/2023", Breadcrumb = ["Publications", "Collectivités locales"] };
}
