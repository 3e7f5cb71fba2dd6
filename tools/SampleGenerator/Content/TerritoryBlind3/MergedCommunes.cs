using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind3 territory split (issue 13): communes nouvelles and merged communes, named by a commune déléguée,
// by the name they had before the merger, or by their own new name.
namespace SampleGenerator.Content.TerritoryBlind3;

/// <summary>Segré in 2015, before the commune nouvelle Segré-en-Anjou Bleu (2017).</summary>
public sealed class CrcSegre2015 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("crc-pdl-commune-de-segre-2015.html",
        "Commune de Segré (Maine-et-Loire)", "Chambre régionale des comptes Pays de la Loire", "2015-09-22",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/pays-de-la-loire/segre-2015", """
        ## Synthèse

        La chambre a examiné la gestion de la commune de Segré de 2009 à 2014. Ville de 6 400 habitants, siège de la sous-préfecture, Segré a perdu 800 emplois industriels en dix ans.

        | Indicateur (k€) | 2009 | 2014 |
        | Produits de fonctionnement | 8 720 | 9 060 |
        | Charges de personnel | 4 130 | 4 590 |
        | Capacité d'autofinancement brute | 1 240 | 890 |
        | Encours de dette | 7 400 | 8 150 |
        Source : comptes de gestion (données fictives).

        La capacité d'autofinancement a reculé d'un tiers, sous l'effet de la hausse des charges de personnel après l'ouverture d'un centre aquatique. La chambre relève que la commune n'a pas évalué le coût de ce nouvel équipement avant sa construction. Elle prend acte du projet de commune nouvelle avec les communes voisines, qui devrait permettre de mutualiser les services techniques.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Pays de la Loire"] };
}

/// <summary>Château-Gontier in 2018, before the commune nouvelle Château-Gontier-sur-Mayenne (2019); "Mayenne" is also the département and the river. PDF.</summary>
public sealed class DgfipChateauGontier2018 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("dgfip-fiche-chateau-gontier-2018.pdf",
        "Fiche de situation financière 2018 — Château-Gontier", "DGFiP", "2019-06-04",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/comptes/2018/chateau-gontier.pdf",
        "Direction générale des finances publiques — fiche communale 2018", "Fiche de situation financière", """
        ## Commune de Château-Gontier (53200)

        Population légale en vigueur au 1er janvier 2018 : 11 600 habitants. Strate : communes de 10 000 à 20 000 habitants appartenant à un groupement à fiscalité professionnelle unique.

        ## Fonctionnement

        | Poste | Montant (k€) | Par habitant (€) | Moyenne de la strate (€) |
        | Produits de fonctionnement | 15 830 | 1 365 | 1 386 |
        | dont impôts locaux | 6 020 | 519 | 598 |
        | Charges de fonctionnement | 13 470 | 1 161 | 1 209 |
        | dont charges de personnel | 7 210 | 622 | 685 |
        | Résultat comptable | 2 360 | 203 | 177 |
        Source : balances comptables 2018 (données fictives).

        ## Investissement

        Les dépenses d'équipement s'élèvent à 4 080 k€, soit 352 € par habitant. Les principaux chantiers concernent les quais de la Mayenne et la rénovation du théâtre. L'encours de dette au 31 décembre atteint 9 940 k€, soit 857 € par habitant, pour une moyenne de la strate de 914 €.

        Les taux d'imposition votés en 2018 sont de 17,12 % pour la taxe d'habitation et de 22,48 % pour la taxe foncière sur les propriétés bâties.
        """) with { Masthead = ["Direction générale des finances publiques", "Comptes individuels des communes — exercice 2018"] };
}

/// <summary>Le Bény-Bocage, commune déléguée of Souleuvre en Bocage (Calvados). PDF.</summary>
public sealed class AdemeLeBenyBocage2020 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("ademe-le-beny-bocage-chaufferie-bois-2020.pdf",
        "Une chaufferie bois pour les équipements publics du Bény-Bocage", "ADEME", "2020-10-13",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/le-beny-bocage-chaufferie-2020.pdf",
        "ADEME Normandie — fiches exemples", "chaufferie bois", """
        ## Le projet

        Au Bény-Bocage, dans le Calvados, une chaufferie au bois déchiqueté alimente depuis 2018 un réseau de chaleur de 900 mètres. Il dessert l'école, la maison de santé, la salle des fêtes et trente logements sociaux. Le bois provient des haies bocagères entretenues par les agriculteurs des environs, réunis en société coopérative.

        ## Chiffres clés

        | Indicateur | Valeur |
        | Puissance de la chaudière bois | 350 kW |
        | Chaleur livrée par an | 720 MWh |
        | Taux de couverture par le bois | 88 % |
        | Investissement total | 1,1 M€ |
        | Aide du fonds chaleur | 420 k€ |
        | Émissions évitées | 190 t CO2 par an |
        Source : bilan d'exploitation 2019 (données fictives).

        ## Les enseignements

        Le maître d'ouvrage a choisi de contractualiser l'approvisionnement sur dix ans avec la coopérative, ce qui garantit un prix stable et l'entretien des haies. Le prix de la chaleur vendue aux logements sociaux est inférieur de 15 % à celui de l'ancien chauffage au fioul.

        La réussite de l'opération tient aussi au regroupement des bâtiments publics dans le centre-bourg. Un second réseau est à l'étude pour une autre commune déléguée du territoire.
        """) with { Masthead = ["ADEME Normandie", "Fiche exemple — chaleur renouvelable"] };
}

/// <summary>Jallais in 2014, before the commune nouvelle Beaupréau-en-Mauges (2015).</summary>
public sealed class InseeJallaisEmploi2014 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("insee-jallais-emploi-2014.html",
        "Jallais : la chaussure cède la place à l'agroalimentaire", "INSEE", "2014-04-15",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://insee.example/statistiques/jallais-emploi-2014", """
        ## Un bourg industriel des Mauges

        Jallais, commune de 3 600 habitants, a longtemps vécu de la fabrication de chaussures. En 2011, la commune compte encore 1 900 emplois, soit plus d'un emploi pour deux habitants, mais la chaussure n'en fournit plus que 300, contre 900 en 1999.

        | Secteur | Emplois 1999 | Emplois 2011 |
        | Chaussure et habillement | 900 | 300 |
        | Industries agroalimentaires | 250 | 610 |
        | Construction | 140 | 180 |
        | Commerce et services | 480 | 620 |
        Source : recensements de la population (données fictives).

        L'agroalimentaire a pris le relais, avec l'extension d'une laiterie et l'installation d'un fabricant de plats cuisinés. Le chômage reste faible, inférieur à 7 %, comme dans l'ensemble des Mauges, où l'esprit d'entreprise et la mobilité des actifs entre bourgs voisins amortissent les restructurations.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Paru le 15/04/2014", Breadcrumb = ["Statistiques", "Pays de la Loire"] };
}

/// <summary>Belleville-sur-Vie in 2015, before the commune nouvelle Bellevigny (2016) with Saligny.</summary>
public sealed class OfglBellevilleSurVie2015 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-belleville-sur-vie-2015.html",
        "Belleville-sur-Vie — fiche financière 2015", "OFGL", "2016-10-04",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/donnees/fiches/communes/belleville-sur-vie-2015", """
        ## Présentation

        Cette fiche présente les agrégats financiers 2015 de la commune de Belleville-sur-Vie (Vendée), 3 900 habitants, au nord de La Roche-sur-Yon.

        | Agrégat | Montant (k€) | Par habitant (€) |
        | Recettes réelles de fonctionnement | 3 420 | 877 |
        | Dépenses réelles de fonctionnement | 2 760 | 708 |
        | Épargne brute | 660 | 169 |
        | Dépenses d'équipement | 1 580 | 405 |
        | Encours de dette | 2 910 | 746 |
        Source : comptes de gestion 2015 (données fictives).

        ## Lecture

        L'épargne brute couvre 42 % des dépenses d'équipement, consacrées en 2015 à l'agrandissement de l'école et à un lotissement communal. Les ratios par habitant sont calculés sur la population totale de l'année. Les conseils municipaux de Belleville-sur-Vie et de Saligny ont délibéré en décembre 2015 sur un projet de regroupement.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Mise à jour le 04/10/2016", Breadcrumb = ["Données", "Fiches communales"] };
}

/// <summary>Val d'Oust (Morbihan) by its own name; its communes déléguées Le Roc-Saint-André, Quily and La Chapelle-Caro are listed.</summary>
public sealed class PrefectureMorbihanValDOust2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-morbihan-val-d-oust-2023.html",
        "Commune nouvelle de Val d'Oust : bilan de la fusion", "Préfecture du Morbihan", "2023-05-09",
        DocumentTypeLabels.Page, Themes.Geo, "https://morbihan.gouv.example/publications/val-d-oust-bilan-2023", """
        ## Une commune nouvelle depuis 2016

        La commune nouvelle de Val d'Oust a été créée le 1er janvier 2016 par la fusion de trois communes : Le Roc-Saint-André, Quily et La Chapelle-Caro, devenues communes déléguées. Elle compte aujourd'hui 2 900 habitants.

        | Indicateur | 2015 (trois communes) | 2022 (Val d'Oust) |
        | Population | 2 710 | 2 900 |
        | Dotation globale de fonctionnement (k€) | 612 | 701 |
        | Dépenses d'équipement (k€) | 880 | 1 240 |
        Source : services de la préfecture (données fictives).

        La fusion a permis de maintenir les dotations et de financer une nouvelle salle omnisports et la rénovation des trois écoles. Les mairies annexes restent ouvertes deux demi-journées par semaine. Les services de l'État accompagnent les communes du département qui envisagent une démarche comparable.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actions de l'État", "Collectivités locales"] };
}
