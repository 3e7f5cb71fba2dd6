using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind10 territory split (issue 13): national notes, tables with one row per territory, and documents with no territorial subject.
namespace SampleGenerator.Content.TerritoryBlind10;

/// <summary>Table with one row per région (Auvergne-Rhône-Alpes first, then the DROM): France, not its rows.</summary>
public sealed class DgclTaxeCartesGrisesRegions2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-tarifs-certificats-immatriculation-regions-2024.html",
        "Tarif du cheval fiscal par région en 2024", "DGCL", "2024-02-27",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://collectivites-locales.example/donnees/cheval-fiscal-2024", """
        ## Le tableau

        Chaque conseil régional fixe le tarif unitaire du cheval fiscal, qui sert au calcul de la taxe sur les certificats d'immatriculation. Le tableau ci-dessous donne le tarif applicable au 1er janvier 2024 dans toutes les régions.

        | Région | Tarif (€) | Évolution 2023-2024 |
        | Auvergne-Rhône-Alpes | 43,00 | 0 % |
        | Bourgogne-Franche-Comté | 51,00 | 0 % |
        | Bretagne | 51,00 | 0 % |
        | Centre-Val de Loire | 49,80 | 0 % |
        | Corse | 27,00 | 0 % |
        | Grand Est | 42,00 | 0 % |
        | Hauts-de-France | 35,00 | - 4 % |
        | Île-de-France | 54,95 | + 19 % |
        | … | … | … |
        | Guadeloupe, Martinique, Guyane, La Réunion, Mayotte | 30,00 à 51,00 | — |

        ## Méthode

        Les tarifs sont collectés auprès des services des préfectures de région. Les véhicules propres peuvent bénéficier d'une exonération totale ou partielle, décidée par chaque région. L'ensemble des délibérations est disponible en données ouvertes.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Finances locales", "Fiscalité régionale"] };
}

/// <summary>Methodological note on the populations légales used for the communes' dotations (a level, no place).</summary>
public sealed class InseeNotePopulationsLegales2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("insee-note-methode-populations-legales-2024.html",
        "Populations légales : comment sont-elles calculées ?", "INSEE", "2024-01-02",
        DocumentTypeLabels.Methodo, Themes.Geo, "https://insee.example/methodes/populations-legales", """
        ## Un chiffre officiel pour chaque commune

        Chaque année, fin décembre, l'Institut publie les populations légales de toutes les communes. Elles servent à l'application de plus de 350 textes : nombre de conseillers municipaux, calcul des dotations de l'État, seuils de certaines obligations comme celle de disposer d'un plan local d'urbanisme.

        ## Une méthode en cycles de cinq ans

        Les communes de moins de 10 000 habitants sont recensées exhaustivement une fois tous les cinq ans, par roulement. Dans les plus grandes, un échantillon de 8 % des logements est interrogé chaque année. Les chiffres publiés correspondent à une année médiane, trois ans avant l'année de publication.

        ## Population municipale et population totale

        La population municipale compte les personnes ayant leur résidence habituelle dans la commune. La population totale y ajoute les personnes comptées à part, comme les étudiants logés ailleurs. C'est la population totale qui est utilisée pour la plupart des textes.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>National report on the DETR citing Pont, Chemin and Marches as examples (subjects of other documents here): France only, the examples are mentions.</summary>
public sealed class DgclBilanDetr2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("dgcl-bilan-national-detr-dsil-2023.pdf",
        "Dotations d'investissement : bilan national 2023", "DGCL", "2024-05-21",
        DocumentTypeLabels.Rapport, Themes.Dotations, "https://collectivites-locales.example/bilan-detr-dsil-2023.pdf",
        "DGCL - bilan national des dotations d'investissement", "fonds vert", """
        ## Vue d'ensemble

        En 2023, l'État a consacré 2,1 milliards d'euros aux dotations de soutien à l'investissement des communes et de leurs groupements : 1,05 milliard pour la dotation d'équipement des territoires ruraux, 570 millions pour la dotation de soutien à l'investissement local et le reste pour la dotation politique de la ville. S'y ajoutent les crédits du fonds vert, gérés séparément.

        ## Les projets aidés

        Plus de 31 000 projets ont été subventionnés. Les écoles et les bâtiments publics en représentent 38 %, la voirie et les ouvrages d'art 21 %. Le taux moyen de subvention atteint 29 %. Dans les plus petites communes, les aides permettent souvent des projets qui n'auraient pas vu le jour : la réparation d'un pont communal à Pont, en Côte-d'Or, ou une réserve d'eau contre l'incendie à Chemin, dans le Jura.

        ## Les délais

        Le délai moyen entre la demande et la notification reste de cinq mois. Le bilan recommande de simplifier les dossiers et de mieux articuler les différentes dotations avec le fonds vert, dont les projets de mobilité, comme le pédibus de Marches, dans la Drôme, relèvent déjà.
        """);
}

/// <summary>Table of EPCI by legal category (CC, CA, CU, métropoles) on 1 January 2024: France.</summary>
public sealed class DgclEpciParCategorie2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("dgcl-bis-intercommunalites-par-categorie-2024.pdf",
        "Les groupements à fiscalité propre au 1er janvier 2024", "DGCL", "2024-03-12",
        DocumentTypeLabels.Bis, Themes.Geo, "https://collectivites-locales.example/bis/epci-2024.pdf",
        "Bulletin d'information statistique n° 184", "fiscalité professionnelle unique", """
        ## La carte intercommunale est stable

        Au 1er janvier 2024, la France compte 1 254 établissements publics de coopération intercommunale à fiscalité propre. Depuis les fusions de 2017, leur nombre n'a presque plus varié. Toutes les communes, sauf quatre îles monocommunales, appartiennent à un tel groupement.

        | Catégorie | Nombre | Communes membres | Population (millions) |
        | Métropoles | 21 | 1 006 | 19,5 |
        | Communautés urbaines | 14 | 658 | 3,4 |
        | Communautés d'agglomération | 229 | 7 640 | 24,0 |
        | Communautés de communes | 990 | 25 641 | 21,9 |

        ## Le régime fiscal

        Neuf groupements sur dix appliquent désormais la fiscalité professionnelle unique : ils perçoivent seuls les impôts économiques et en reversent une partie à leurs communes. La fiscalité additionnelle subsiste surtout dans de petites communautés de communes rurales.

        ## Méthode

        Les données proviennent de la base nationale sur l'intercommunalité, alimentée par les préfectures. Les populations sont les populations municipales en vigueur au 1er janvier 2024 ; les communes nouvelles créées à cette date sont comptées une seule fois. Les groupements sans fiscalité propre, comme les syndicats, ne figurent pas dans ce tableau.
        """);
}

/// <summary>National report of an inspection body on local authorities' procurement: France.</summary>
public sealed class CcomptesCommandePubliqueLocale2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("ccomptes-commande-publique-locale-2024.pdf",
        "La commande publique des collectivités territoriales", "Cour des comptes", "2024-04-16",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://ccomptes.example/rapports/commande-publique-locale-2024.pdf",
        "Cour des comptes - commande publique locale", "centrales d'achat", """
        ## Un poids économique majeur

        Les collectivités territoriales et leurs groupements passent chaque année pour plus de 80 milliards d'euros de marchés publics, soit près de la moitié de la commande publique du pays. Les communes et les intercommunalités en assurent les deux tiers, les départements et les régions le reste.

        ## Les constats

        Les juridictions financières relèvent des progrès dans la mise en concurrence, mais aussi une professionnalisation inégale : beaucoup de petites communes n'ont pas d'agent spécialisé. Le recours aux centrales d'achat s'est développé, parfois sans analyse préalable des besoins. Les clauses environnementales et sociales restent rares dans les marchés de travaux.

        ## Les recommandations

        La Cour recommande de mutualiser la fonction achat à l'échelle intercommunale, de mieux former les élus et les agents, et de publier systématiquement les données essentielles des marchés. Elle propose aussi de relever le seuil de dispense de procédure pour les petits achats des communes rurales, afin de concentrer les contrôles sur les marchés les plus importants.
        """);
}

/// <summary>Glossary of local public accounting terms: no territorial subject.</summary>
public sealed class OfglGlossaire2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-glossaire-termes-comptables-2024.html",
        "Glossaire : les termes des comptes locaux", "OFGL", "2024-01-16",
        DocumentTypeLabels.Guide, Themes.Finances, "https://data.ofgl.example/glossaire", """
        ## Épargne brute

        Différence entre les recettes et les dépenses réelles de fonctionnement. Elle mesure la capacité d'une collectivité à financer ses investissements et à rembourser sa dette.

        ## Capacité de désendettement

        Rapport entre l'encours de la dette et l'épargne brute, exprimé en années. Il indique le nombre d'années nécessaires pour rembourser toute la dette si l'épargne y était entièrement consacrée.

        ## Fonds de roulement

        Excédent des ressources stables sur les emplois stables. Il permet de faire face aux décalages entre encaissements et décaissements.

        ## Dépenses d'équipement

        Dépenses d'investissement qui accroissent le patrimoine : travaux, acquisitions de terrains, de bâtiments ou de matériel. Elles excluent le remboursement du capital de la dette.

        ## Reste à réaliser

        Dépenses engagées et recettes certaines non encore mandatées ou titrées à la clôture de l'exercice, reportées sur l'exercice suivant.
        """) with { Meta = HtmlMeta.None, TimeElement = true };
}

/// <summary>Accessibility statement of a statistics web site: no territorial subject.</summary>
public sealed class DgclDeclarationAccessibilite2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-declaration-accessibilite-2024.html",
        "Déclaration d'accessibilité", "DGCL", "2024-03-05",
        DocumentTypeLabels.Page, Themes.Geo, "https://collectivites-locales.example/accessibilite", """
        ## État de conformité

        Le présent site est partiellement conforme au référentiel général d'amélioration de l'accessibilité. L'audit réalisé en janvier 2024 a montré que 78 % des critères applicables sont respectés.

        ## Contenus non accessibles

        Certains tableaux de données téléchargeables ne disposent pas d'en-têtes correctement déclarés. Plusieurs documents anciens au format PDF ne sont pas balisés et ne peuvent pas être lus par les lecteurs d'écran. Les graphiques interactifs n'ont pas toujours d'alternative textuelle.

        ## Amélioration et contact

        Si vous ne parvenez pas à accéder à un contenu, vous pouvez écrire au service éditeur, qui vous transmettra une version accessible dans un délai de quinze jours. Un plan d'action prévoit la mise en conformité des tableaux d'ici la fin de l'année.

        ## Voies de recours

        Si vous constatez un défaut d'accessibilité qui vous empêche d'accéder à un contenu et que vous n'obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits.
        """) with { Meta = HtmlMeta.DublinCore };
}
