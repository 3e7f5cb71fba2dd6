using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind3 territory split (issue 13): national notes and tables that list every territory of a level
// (about France), methodological notes about a level, and pages with no territorial subject at all.
namespace SampleGenerator.Content.TerritoryBlind3;

/// <summary>One row per département (only the first and last rows and a few examples are shown): France; the Ain is the first row.</summary>
public sealed class DgfipTableauDepartementsDette2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-tableau-departements-dette-2022.html",
        "Encours de dette des départements au 31 décembre 2022", "DGFiP", "2023-07-11",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/comptes/departements/dette-2022", """
        ## Tableau des départements

        Ce tableau donne, pour chacun des départements, l'encours de dette du budget principal au 31 décembre 2022, en millions d'euros et en euros par habitant. Le fichier complet, téléchargeable, comporte une ligne par département ; seules quelques lignes sont reproduites ci-dessous.

        | Code | Département | Encours (M€) | €/habitant |
        | 01 | Ain | 312 | 470 |
        | 02 | Aisne | 398 | 749 |
        | 03 | Allier | 286 | 858 |
        | … | … | … | … |
        | 95 | Val-d'Oise | 1 012 | 810 |
        | 971 | Guadeloupe | 308 | 802 |
        | 974 | La Réunion | 689 | 775 |
        | Ensemble | France hors Paris et collectivités uniques | 31 870 | 512 |
        Source : balances comptables 2022 (données fictives).

        L'encours moyen diminue de 3 % en un an. Paris, la Métropole de Lyon, la Corse, la Martinique, la Guyane et Mayotte, qui exercent les compétences départementales dans un cadre particulier, sont présentés dans un tableau distinct.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Mis en ligne le 11/07/2023", Breadcrumb = ["Comptes des collectivités", "Départements"] };
}

/// <summary>Methodological note about a level (régions): France. PDF.</summary>
public sealed class DgclMethodePotentielFinancierRegions : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("dgcl-note-methode-potentiel-fiscal-regions.pdf",
        "Note méthodologique : le potentiel fiscal des régions", "DGCL", "2023-03-07",
        DocumentTypeLabels.Methodo, Themes.Dotations, "https://collectivites-locales.example/statistiques/methode-potentiel-fiscal-regions.pdf",
        "DGCL — notes méthodologiques", "potentiel fiscal des régions", """
        ## Objet

        Cette note décrit le calcul du potentiel fiscal des régions, indicateur de richesse utilisé pour répartir la péréquation régionale. Elle s'applique à toutes les régions, y compris celles d'outre-mer, selon les mêmes règles.

        ## Définition

        Le potentiel fiscal d'une région est égal à la somme des ressources fiscales qu'elle percevrait si elle appliquait les taux moyens nationaux à ses bases, augmentée des fractions d'impôts nationaux et des compensations qui lui sont attribuées. Depuis la suppression de la part régionale de la cotisation sur la valeur ajoutée des entreprises, ces fractions représentent l'essentiel de l'indicateur.

        | Composante | Part moyenne en 2022 |
        | Fraction de taxe sur la valeur ajoutée | 58 % |
        | Taxe intérieure de consommation sur les produits énergétiques | 21 % |
        | Certificats d'immatriculation | 9 % |
        | Autres ressources et compensations | 12 % |
        Source : calculs DGCL (données fictives).

        ## Utilisation

        Le potentiel fiscal par habitant de chaque région est comparé à la moyenne de l'ensemble des régions. Les régions dont l'écart est défavorable bénéficient du fonds de péréquation des ressources régionales. Les résultats détaillés par région figurent dans les fichiers de répartition publiés chaque année ; cette note n'en reprend aucun.
        """) with { Masthead = ["Direction générale des collectivités locales", "Note méthodologique"] };
}

/// <summary>National review of the 2017 EPCI mergers: France; the Pays Basque and the Cotentin are examples.</summary>
public sealed class DgclBilanFusionsEpci2017 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-bilan-fusions-epci-2017.html",
        "La carte intercommunale au 1er janvier 2017 : un tiers de groupements en moins", "DGCL", "2017-03-28",
        DocumentTypeLabels.Bis, Themes.Geo, "https://collectivites-locales.example/statistiques/bis-carte-intercommunale-2017", """
        ## Une réduction sans précédent

        Au 1er janvier 2017, la France compte 1 266 établissements publics de coopération intercommunale à fiscalité propre, contre 2 062 un an plus tôt. Cette baisse résulte de l'application des schémas départementaux de coopération intercommunale, qui imposaient un seuil minimal de 15 000 habitants, avec des adaptations pour les zones de montagne et peu denses.

        | Catégorie | 1er janvier 2016 | 1er janvier 2017 |
        | Métropoles | 13 | 15 |
        | Communautés urbaines | 11 | 15 |
        | Communautés d'agglomération | 196 | 219 |
        | Communautés de communes | 1 842 | 1 017 |
        Source : base nationale sur l'intercommunalité (données fictives).

        La population moyenne d'un groupement passe de 32 000 à 52 000 habitants. Certaines fusions ont créé des ensembles de grande taille, comme la communauté d'agglomération du Pays Basque, issue de dix groupements, ou celle du Cotentin.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Statistiques", "Intercommunalité"] };
}

/// <summary>National legal populations with the largest cities as examples: France. PDF.</summary>
public sealed class InseePopulationsLegales2021 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("insee-populations-legales-2021-france.pdf",
        "Populations légales 2021 : 67,8 millions d'habitants en France", "INSEE", "2023-12-28",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/populations-legales-2021.pdf",
        "Insee Focus — populations légales 2021", "populations légales", """
        ## La population continue de croître, plus lentement

        Au 1er janvier 2021, la population de la France s'élève à 67,8 millions d'habitants, dont 65,6 millions en métropole et 2,2 millions dans les cinq départements d'outre-mer. Entre 2015 et 2021, elle a augmenté de 0,3 % par an, un rythme plus faible qu'entre 2009 et 2015.

        | Ensemble | Population 2021 (millions) | Évolution annuelle 2015-2021 |
        | France métropolitaine | 65,6 | +0,3 % |
        | Départements d'outre-mer | 2,2 | +0,4 % |
        | France hors Mayotte | 67,5 | +0,3 % |
        Source : recensements de la population (données fictives).

        ## La croissance se concentre sur les façades

        La population augmente surtout sur les façades atlantique et méditerranéenne et autour des grandes métropoles. Elle diminue dans une large diagonale allant des Ardennes aux Pyrénées, ainsi que dans plusieurs départements du centre du pays.

        Parmi les communes de plus de 100 000 habitants, les croissances les plus fortes sont observées à Montpellier et à Rennes ; la population baisse légèrement à Paris.

        Les populations légales de chaque commune, département et région sont publiées dans les tableaux détaillés, en vigueur au 1er janvier 2024.
        """) with { Masthead = ["Insee Focus", "n° 318 — décembre 2023"] };
}

/// <summary>One row per région, metropolitan and overseas: France; Auvergne-Rhône-Alpes is the first row.</summary>
public sealed class OfglTableauRegionsInvestissement2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-tableau-regions-investissement-2023.html",
        "Dépenses d'investissement des régions en 2022", "OFGL", "2023-10-17",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/donnees/regions/investissement-2022", """
        ## Tableau

        | Région | Dépenses d'équipement (M€) | Subventions versées (M€) | Total par habitant (€) |
        | Auvergne-Rhône-Alpes | 812 | 498 | 162 |
        | Bourgogne-Franche-Comté | 301 | 214 | 185 |
        | Bretagne | 402 | 261 | 196 |
        | Centre-Val de Loire | 266 | 179 | 174 |
        | Corse | 188 | 142 | 964 |
        | Grand Est | 596 | 384 | 177 |
        | Hauts-de-France | 702 | 411 | 186 |
        | Île-de-France | 1 598 | 1 006 | 212 |
        | Normandie | 381 | 246 | 188 |
        | Nouvelle-Aquitaine | 648 | 432 | 178 |
        | Occitanie | 702 | 448 | 193 |
        | Pays de la Loire | 397 | 252 | 168 |
        | Provence-Alpes-Côte d'Azur | 512 | 341 | 168 |
        | Guadeloupe | 121 | 76 | 514 |
        | La Réunion | 336 | 142 | 557 |
        Source : comptes de gestion 2022 (données fictives).

        Les collectivités uniques de Martinique et de Guyane et le Département de Mayotte ne figurent pas dans ce tableau.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Mise à jour le 17/10/2023", Breadcrumb = ["Données", "Régions"] };
}

/// <summary>National report on intercommunal syndicates: France; the Gironde and the Pas-de-Calais are examples.</summary>
public sealed class CcomptesSyndicatsIntercommunaux2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("ccomptes-syndicats-intercommunaux-2022.html",
        "Les syndicats intercommunaux : une rationalisation inachevée", "Cour des comptes", "2022-10-04",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://ccomptes.example/publications/syndicats-intercommunaux-2022", """
        ## Synthèse

        On dénombre encore 8 900 syndicats intercommunaux et 2 900 syndicats mixtes en France en 2021. Leur nombre a baissé de 30 % en dix ans, mais beaucoup de petits syndicats subsistent sans personnel propre, pour gérer une école, une piscine ou un réseau d'eau.

        | Catégorie | 2011 | 2021 |
        | Syndicats à vocation unique | 10 800 | 7 300 |
        | Syndicats à vocation multiple | 1 400 | 1 000 |
        | Syndicats mixtes | 3 100 | 2 900 |
        Source : base nationale sur l'intercommunalité (données fictives).

        Les juridictions financières ont constaté, par exemple en Gironde ou dans le Pas-de-Calais, des syndicats dont le périmètre coïncide avec celui d'une communauté de communes. La Cour recommande de dissoudre ces structures et de transférer leurs compétences aux intercommunalités à fiscalité propre.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Rapports publics thématiques"] };
}

/// <summary>No territorial subject: a publication calendar.</summary>
public sealed class InseeCalendrierDiffusion2025 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("insee-calendrier-diffusion-2025.html",
        "Calendrier de diffusion des publications : premier semestre 2025", "INSEE", "2024-12-17",
        DocumentTypeLabels.Page, Themes.Geo, "https://insee.example/presse/calendrier-2025-s1", """
        ## Principes

        Le calendrier de diffusion annonce les dates de publication des indicateurs et des études. Il est établi à l'avance pour garantir que tous les utilisateurs accèdent aux résultats au même moment. Les publications sont mises en ligne à 8 h 45, sauf mention contraire.

        | Publication | Date prévue |
        | Indice des prix à la consommation, résultats définitifs | 15 janvier |
        | Bilan démographique | 14 janvier |
        | Enquête de conjoncture auprès des ménages | 28 janvier |
        | Emploi salarié, estimation flash | 7 février |
        | Comptes nationaux trimestriels | 30 avril |
        Source : calendrier de diffusion (dates fictives).

        Toute modification de date est signalée sur cette page au moins une semaine à l'avance, avec sa justification. Les journalistes peuvent s'inscrire à la liste de diffusion pour recevoir les avis de publication.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Espace presse"] };
}

/// <summary>No territorial subject: an accessibility statement.</summary>
public sealed class OfglAccessibilite : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-declaration-accessibilite.html",
        "Déclaration d'accessibilité", "OFGL", "2024-03-12",
        DocumentTypeLabels.Page, Themes.Finances, "https://ofgl.example/accessibilite", """
        ## État de conformité

        L'Observatoire s'engage à rendre son site accessible conformément au référentiel général d'amélioration de l'accessibilité. Le site est partiellement conforme : 81 % des critères sont respectés.

        ## Contenus non accessibles

        Certains graphiques interactifs ne disposent pas encore d'une alternative textuelle complète. Les tableaux de données téléchargeables au format tableur ne comportent pas toujours d'en-têtes structurés. Quelques documents PDF anciens ne sont pas balisés.

        ## Retour d'information

        Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez nous écrire pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme. Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu, et que vous n'obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits.

        Cette déclaration a été établie le 12 mars 2024 à partir d'un audit interne portant sur un échantillon de quinze pages.
        """) with { Meta = HtmlMeta.None, Breadcrumb = ["Accessibilité"] };
}

/// <summary>No territorial subject: a user guide to open data files. PDF.</summary>
public sealed class DgclGuideDonneesOuvertes : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("dgcl-guide-utilisation-donnees-ouvertes.pdf",
        "Guide d'utilisation des fichiers de données ouvertes", "DGCL", "2024-02-20",
        DocumentTypeLabels.Guide, Themes.Finances, "https://collectivites-locales.example/statistiques/guide-donnees-ouvertes.pdf",
        "DGCL — guide des données ouvertes", "fichiers de données ouvertes", """
        ## À qui s'adresse ce guide

        Ce guide aide les utilisateurs à exploiter les fichiers publiés dans l'espace données du site : comptes, dotations, fiscalité, effectifs. Il ne présente aucun résultat ; il explique comment lire et combiner les fichiers.

        ## Formats

        Les fichiers sont diffusés au format CSV, encodés en UTF-8, avec le point-virgule comme séparateur et la virgule comme séparateur décimal. Chaque fichier est accompagné d'un dictionnaire des variables qui précise leur nom, leur libellé, leur type et leur unité.

        | Élément | Convention |
        | Montants | euros, sans séparateur de milliers |
        | Dates | format AAAA-MM-JJ |
        | Valeur manquante | champ vide |
        | Valeur confidentielle | lettre « s » |
        Source : conventions de diffusion.

        ## Bonnes pratiques

        Pour suivre une collectivité dans le temps, utilisez son identifiant plutôt que son nom, qui peut changer. Avant de comparer deux années, vérifiez dans le dictionnaire qu'une variable n'a pas changé de définition. Les fichiers sont révisés lorsque des erreurs sont corrigées : la date de mise à jour figure dans le nom du fichier.

        Pour toute question, un formulaire de contact est disponible ; les réponses sont apportées sous dix jours ouvrés.
        """) with { Masthead = ["Direction générale des collectivités locales", "Guide"] };
}

/// <summary>No territorial subject: a note on smoothing time series.</summary>
public sealed class DreesMethodeLissage : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("drees-methode-lissage-series.html",
        "Lisser une série temporelle : moyennes mobiles et leurs pièges", "DREES", "2023-01-24",
        DocumentTypeLabels.Methodo, Themes.Social, "https://drees.example/sources/methode-lissage-series", """
        ## Pourquoi lisser

        Les séries mensuelles de prestations sociales sont affectées par des irrégularités : jours ouvrés, retards de saisie, changements de règles. Le lissage permet de dégager une tendance, mais il peut aussi créer des artefacts.

        ## Les moyennes mobiles

        Une moyenne mobile centrée sur douze mois élimine la saisonnalité d'une série mensuelle, au prix d'un décalage de six mois aux extrémités. Les moyennes mobiles pondérées réduisent ce décalage, mais amplifient les points atypiques.

        | Méthode | Avantage | Limite |
        | Moyenne mobile simple | Simple à expliquer | Perte des extrémités |
        | Moyenne mobile pondérée | Réagit plus vite | Sensible aux valeurs atypiques |
        | Désaisonnalisation par modèle | Traite les jours ouvrés | Nécessite des séries longues |

        Avant de lisser, il faut corriger les ruptures de série ; sinon, la tendance estimée mêle évolution réelle et changement de définition.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Sources, outils", "Méthodes"] };
}
