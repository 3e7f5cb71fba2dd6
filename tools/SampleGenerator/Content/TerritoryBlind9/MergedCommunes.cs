using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind9 territory split (issue 13): communes nouvelles and former communes (today's code).
namespace SampleGenerator.Content.TerritoryBlind9;

/// <summary>Melle (Deux-Sèvres), commune nouvelle of Melle, Mazières-sur-Béronne, Paizay-le-Tort, Saint-Léger-de-la-Martinière and Saint-Martin-lès-Melle (2019); Niort is context; no département named.</summary>
public sealed class InseeMelleCommuneNouvelle2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("insee-melle-commune-nouvelle-2023.html",
        "Melle, cinq communes réunies autour d'une petite ville", "INSEE", "2023-03-21",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/portrait-melle", """
        ## Une commune nouvelle

        Depuis le 1er janvier 2019, Melle réunit l'ancienne commune du même nom et quatre voisines : Mazières-sur-Béronne, Paizay-le-Tort, Saint-Léger-de-la-Martinière et Saint-Martin-lès-Melle. La commune nouvelle compte 5 750 habitants, dont un peu plus de la moitié dans la commune historique.

        ## Une population qui vieillit

        La part des 65 ans et plus atteint 33 %, dix points de plus qu'il y a vingt ans. Le solde naturel est négatif, mais les arrivées de retraités et de jeunes ménages compensent les départs : la population est stable depuis 2013.

        ## Une petite ville de services

        Melle offre 2 900 emplois, soit davantage que sa population active occupée : la ville attire des actifs des communes rurales environnantes. Les liaisons avec Niort, à trente kilomètres, restent essentiellement routières.
        """) with { Meta = HtmlMeta.Citation, Lead = "Portrait d'une commune nouvelle du Poitou." };
}

/// <summary>Onzain (2015), a former commune merged in 2017 with Veuves into Veuzain-sur-Loire -> today's code (not named); Blois, Amboise and Chaumont-sur-Loire are context.</summary>
public sealed class OnzainBudgetPrimitif2015 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("onzain-budget-primitif-2015.pdf",
        "Budget primitif 2015 : note de présentation", "Commune d'Onzain", "2015-04-08",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://mairie-onzain.example/bp-2015.pdf",
        "Commune d'Onzain - budget primitif 2015", "baisse des dotations", """
        ## Le cadre

        Le budget primitif 2015 de la commune d'Onzain a été voté le 31 mars. Il s'inscrit dans un contexte de baisse des dotations de l'État : la dotation forfaitaire diminue de 48 000 euros par rapport à 2014. Le conseil municipal a fait le choix de ne pas augmenter les taux des impôts locaux.

        ## Le fonctionnement

        La section de fonctionnement s'équilibre à 3,1 millions d'euros. Les charges de personnel, 1,5 million d'euros, sont stabilisées grâce au non-remplacement d'un départ à la retraite. Les subventions aux associations sont reconduites.

        ## L'investissement

        La section d'investissement s'élève à 1,4 million d'euros. Les principaux projets sont la rénovation de l'école élémentaire, la mise en accessibilité de la gare et l'aménagement d'une piste cyclable le long de la Loire vers Chaumont-sur-Loire. La commune, située entre Blois et Amboise, souhaite ainsi tirer parti de la fréquentation de l'itinéraire de la Loire à vélo.

        ## La dette

        L'encours atteint 2,2 millions d'euros au 1er janvier 2015. Aucun nouvel emprunt n'est prévu cette année.
        """);
}

/// <summary>Les Eyzies (commune nouvelle of Les Eyzies-de-Tayac-Sireuil, Manaurie and Saint-Cirq, 2019); the Vézère is the river; Sarlat and the Périgord noir are context.</summary>
public sealed class LesEyziesRapportOrientations2024 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("les-eyzies-rapport-orientations-2024.html",
        "Débat d'orientation budgétaire 2024", "Mairie des Eyzies", "2024-02-27",
        DocumentTypeLabels.Page, Themes.Finances, "https://mairie-leseyzies.example/dob-2024", """
        ## Une commune nouvelle de trois villages

        Les Eyzies réunissent depuis 2019 les anciennes communes des Eyzies-de-Tayac-Sireuil, de Manaurie et de Saint-Cirq, dans la vallée de la Vézère. Avec 1 130 habitants et plus d'un million de visiteurs par an attirés par les sites préhistoriques, la commune doit entretenir des équipements dimensionnés pour la saison.

        ## Les orientations pour 2024

        - la reprise des parkings du bourg pour réduire la circulation en été ;
        - la rénovation de la salle des fêtes de Manaurie ;
        - la mise aux normes de l'assainissement à Saint-Cirq.

        ## Les finances

        Les recettes de la taxe de séjour et des parkings représentent un quart des produits de fonctionnement. La commune prévoit un emprunt de 400 000 euros. Le sous-préfet de Sarlat a été associé au projet de parking relais.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Conseil municipal du 27 février 2024" };
}

/// <summary>Le Sap (2015), a former commune merged in 2016 with Orville into Sap-en-Auge -> today's code (not named); Vimoutiers is context; the Orne appears only in the publisher.</summary>
public sealed class PrefectureLeSapCarteCommunale2015 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-61-le-sap-carte-communale-2015.html",
        "Approbation de la carte communale du Sap", "Préfecture de l'Orne", "2015-09-15",
        DocumentTypeLabels.Page, Themes.Geo, "https://orne.gouv.example/urbanisme/le-sap-carte-communale", """
        ## L'arrêté

        Par arrêté du 10 septembre 2015, le préfet a approuvé la carte communale du Sap, adoptée par le conseil municipal le 2 juillet. Le document délimite les secteurs où les constructions sont autorisées et ceux où elles ne le sont pas, sauf exceptions.

        ## Le contenu

        La carte communale ouvre à l'urbanisation trois hectares en continuité du bourg, autour de l'école et de la place du marché. Les hameaux restent inconstructibles, à l'exception de l'extension mesurée des habitations existantes. Les vergers de haute tige et les haies du pays d'Auge sont identifiés comme éléments à préserver.

        ## La consultation

        Le dossier peut être consulté en mairie du Sap et à la sous-préfecture. La commune, à une dizaine de kilomètres de Vimoutiers, compte environ 700 habitants.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Politiques publiques", "Urbanisme"] };
}

/// <summary>Rives-du-Loir-en-Anjou, commune nouvelle of Soucelles and Villevêque (2018); "Rives" and the Loir (river) are parts of its name; Angers and Angers Loire Métropole (membership) are context.</summary>
public sealed class CrcRivesDuLoirEnAnjou2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("crc-pdl-rives-du-loir-en-anjou-2023.pdf",
        "Commune de Rives-du-Loir-en-Anjou : rapport d'observations définitives", "Chambre régionale des comptes Pays de la Loire", "2023-05-16",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-pdl.example/rod/rives-du-loir-en-anjou-2023.pdf",
        "CRC Pays de la Loire - Rives-du-Loir-en-Anjou", "commune nouvelle", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune de Rives-du-Loir-en-Anjou de 2018, année de sa création, à 2022. La commune nouvelle est issue du regroupement de Soucelles et de Villevêque, deux communes de la rive du Loir situées au nord-est d'Angers. Elle compte 5 600 habitants et appartient à la communauté urbaine Angers Loire Métropole.

        ## La construction de la commune nouvelle

        La fusion a permis de mutualiser les services techniques et administratifs. La chambre relève cependant que les deux mairies conservent des horaires et des procédures différents, et que l'harmonisation des tarifs périscolaires n'est intervenue qu'en 2021.

        ## La situation financière

        Les produits de gestion progressent de 3 % par an grâce au dynamisme des bases fiscales. La capacité d'autofinancement brute représente 16 % des produits, un niveau confortable. La dette est faible.

        ## Recommandations

        La chambre recommande d'établir un plan pluriannuel d'investissement commun aux deux communes déléguées et de fiabiliser l'inventaire du patrimoine.
        """) with { Hyphenate = true, Ligatures = true };
}

/// <summary>Évron (Mayenne), commune nouvelle of Évron, Châtres-la-Forêt and Saint-Christophe-du-Luat (2019) that kept its name; the CC des Coëvrons (membership) and Laval are context.</summary>
public sealed class DgclEvronCommuneNouvelle2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-commune-nouvelle-evron-2023.html",
        "Évron : une commune nouvelle qui a gardé son nom", "DGCL", "2023-11-07",
        DocumentTypeLabels.Page, Themes.Geo, "https://collectivites-locales.example/communes-nouvelles/evron", """
        ## La création

        La commune nouvelle d'Évron a été créée le 1er janvier 2019 par le regroupement d'Évron, de Châtres-la-Forêt et de Saint-Christophe-du-Luat. Elle a conservé le nom de la commune la plus peuplée, où se trouve son chef-lieu. Les deux autres anciennes communes sont devenues des communes déléguées dotées d'un maire délégué.

        ## Ce que la fusion a changé

        La commune nouvelle compte 8 250 habitants. Elle a bénéficié pendant trois ans de la garantie de stabilité de ses dotations. Les services de l'état civil restent ouverts dans chaque commune déléguée deux demi-journées par semaine.

        ## Et après ?

        La municipalité envisage de transférer la gestion de la piscine à la communauté de communes des Coëvrons, dont elle est membre. Laval, à trente kilomètres, reste le principal pôle d'emploi extérieur.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Institutions", "Communes nouvelles"] };
}

/// <summary>Bellefont-La Rauze (Lot), commune nouvelle of Cours, Laroque-des-Arcs and Valroufié (2019); "cours" is also a common word; Cahors and the CA du Grand Cahors are context.</summary>
public sealed class BellefontLaRauzeBudget2024 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("bellefont-la-rauze-budget-primitif-2024.pdf",
        "Budget primitif 2024", "Commune de Bellefont-La Rauze", "2024-04-15",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://bellefont-larauze.example/bp-2024.pdf",
        "Bellefont-La Rauze - budget primitif 2024", "école de Laroque-des-Arcs", """
        ## La commune

        Bellefont-La Rauze est née le 1er janvier 2019 du regroupement de Cours, de Laroque-des-Arcs et de Valroufié, trois villages de la vallée du Lot au nord de Cahors. Elle compte 1 180 habitants et fait partie de la communauté d'agglomération du Grand Cahors.

        ## Le fonctionnement

        Le budget de fonctionnement s'élève à 1,02 million d'euros. Les charges à caractère général augmentent de 6 %, principalement en raison de l'électricité. Au cours de l'année, la commune achèvera l'harmonisation des tarifs de la cantine entre les trois communes déléguées.

        ## L'investissement

        Les principaux projets sont l'extension de l'école de Laroque-des-Arcs, la réfection du chemin de la Rauze et la rénovation de la salle des fêtes de Cours. Le montant total atteint 710 000 euros, financés par des subventions pour 45 % et par l'autofinancement.

        ## La fiscalité

        Les taux de la taxe foncière sont maintenus. Le conseil a voté la poursuite du lissage des taux entre communes déléguées, qui s'achèvera en 2030.
        """);
}

/// <summary>Neuvéglise-sur-Truyère (Cantal), commune nouvelle of Lavastrie, Neuvéglise, Oradour and Sériers (2017); Saint-Flour and the Truyère are context.</summary>
public sealed class OfglNeuvegliseSurTruyere2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-neuveglise-sur-truyere-2023.html",
        "Fiche commune : Neuvéglise-sur-Truyère", "OFGL", "2023-10-10",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/15142-neuveglise-sur-truyere", """
        ## Identité

        Neuvéglise-sur-Truyère, commune nouvelle créée en 2017 par la fusion de Lavastrie, Neuvéglise, Oradour et Sériers. Population : 1 677 habitants. Chef-lieu : Neuvéglise.

        ## Indicateurs 2022

        | Indicateur | Neuvéglise-sur-Truyère | Communes de 1 000 à 2 000 habitants |
        | Recettes réelles de fonctionnement (euros par habitant) | 802 | 829 |
        | Épargne brute (euros par habitant) | 176 | 151 |
        | Dépenses d'équipement (euros par habitant) | 388 | 346 |
        | Encours de dette (euros par habitant) | 602 | 611 |

        ## Lecture

        La commune, au sud de Saint-Flour, au-dessus des gorges de la Truyère, s'étend sur un vaste territoire de plateau. Sa longueur de voirie explique un effort d'équipement supérieur à la moyenne de sa strate.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Données", "Fiches communes"] };
}

/// <summary>Arcisses (Eure-et-Loir), commune nouvelle of Brunelles, Coudreceau and Margon (2018), a coined name; Nogent-le-Rotrou and the Perche are context.</summary>
public sealed class ArcissesCompteAdministratif2022 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("arcisses-compte-administratif-2022.pdf",
        "Compte administratif 2022 : rapport de présentation", "Commune d'Arcisses", "2023-05-03",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://arcisses.example/ca-2022.pdf",
        "Commune d'Arcisses - compte administratif 2022", "commune nouvelle", """
        ## Présentation

        Arcisses est une commune nouvelle créée le 1er janvier 2018 par le regroupement de Brunelles, de Coudreceau et de Margon. Son nom reprend celui d'une ancienne abbaye située sur son territoire. Elle compte 2 200 habitants aux portes de Nogent-le-Rotrou, dans le Perche.

        ## La section de fonctionnement

        Les recettes réelles de fonctionnement atteignent 1,9 million d'euros et les dépenses 1,5 million. L'excédent de l'exercice, 400 000 euros, est en légère baisse en raison de la hausse des dépenses d'énergie des trois écoles.

        ## La section d'investissement

        La commune a réalisé 820 000 euros de dépenses d'équipement : rénovation thermique de l'école de Margon, aménagement d'un plateau sportif à Coudreceau et réfection de voirie à Brunelles. Ces opérations ont été financées par des subventions de l'État et du département et par l'autofinancement.

        ## L'endettement

        L'encours de la dette s'élève à 1,3 million d'euros au 31 décembre 2022, soit une capacité de désendettement de 3,2 années. Aucun emprunt nouveau n'a été souscrit.
        """);
}
