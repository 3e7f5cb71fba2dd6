using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind7 territory split (issue 13): national notes and tables covering every territory of a level (France), and documents with no territorial subject.
namespace SampleGenerator.Content.TerritoryBlind7;

/// <summary>A DGCL table of the DGF of every département (first rows Ain, Aisne, Allier…): France.</summary>
public sealed class DgclDgfDepartements2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("dgcl-dgf-departements-2023.pdf",
        "Dotation globale de fonctionnement des départements : répartition 2023", "DGCL", "2023-04-12",
        DocumentTypeLabels.Dataset, Themes.Dotations, "https://collectivites-locales.example/dgf/2023/departements.pdf",
        "DGF 2023 - départements", "dotation de compensation", """
        ## Présentation

        Ce tableau donne, pour chacun des départements, les montants notifiés en 2023 de la dotation forfaitaire, de la dotation de compensation et des dotations de péréquation. Le total national atteint 8,5 milliards d'euros. Les départements sont classés par numéro.

        | Département | Dotation forfaitaire | Dotation de compensation | Péréquation | Total (euros) |
        | 01 Ain | 61 204 000 | 28 510 000 | 9 812 000 | 99 526 000 |
        | 02 Aisne | 54 930 000 | 31 004 000 | 22 615 000 | 108 549 000 |
        | 03 Allier | 38 716 000 | 24 981 000 | 17 302 000 | 81 000 000 |
        | 04 Alpes-de-Haute-Provence | 21 048 000 | 11 620 000 | 8 410 000 | 41 078 000 |
        | … | … | … | … | … |
        | 976 Mayotte | 14 302 000 | 2 107 000 | 31 550 000 | 47 959 000 |
        | Total | 4 215 000 000 | 2 811 000 000 | 1 502 000 000 | 8 528 000 000 |
        Source : DGCL, notifications 2023 (données fictives ; 101 lignes dans la version complète).

        ## Méthode

        La dotation de compensation est figée depuis 2018, sauf minoration. La péréquation comprend la dotation de fonctionnement minimale, versée aux départements non urbains, et la dotation de péréquation urbaine. La Ville de Paris et la Métropole de Lyon figurent sur des lignes propres.
        """);
}

/// <summary>A DGCL methodological note on communes nouvelles (the level, not a place): France.</summary>
public sealed class DgclCommunesNouvellesMethode2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-communes-nouvelles-note-methodologique-2023.html",
        "Communes nouvelles : comment les compte-t-on ?", "DGCL", "2023-02-01",
        DocumentTypeLabels.Methodo, Themes.Geo, "https://collectivites-locales.example/methodes/communes-nouvelles", """
        ## Définition

        Une commune nouvelle naît de la fusion de communes contiguës, décidée par les conseils municipaux ou par le préfet à la demande des deux tiers d'entre eux. Les anciennes communes peuvent devenir des communes déléguées, qui conservent un maire délégué et une mairie annexe.

        ## Dénombrement

        Le code officiel géographique enregistre la commune nouvelle à sa date de création. Les statistiques de la DGCL comptent les communes nouvelles créées chaque année et les communes fusionnées, sans doubles comptes lorsqu'une commune nouvelle en absorbe une autre.

        | Année de création | Communes nouvelles | Communes fusionnées |
        | 2016 | 317 | 1 090 |
        | 2017 | 200 | 670 |
        | 2019 | 239 | 795 |
        Source : DGCL (données fictives).

        ## Précautions

        Les comparaisons dans le temps doivent se faire à géographie constante. Les séries communales sont reconstituées en additionnant les données des anciennes communes.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Statistiques", "Méthodes"] };
}

/// <summary>An OFGL page with the accounts of every région (one row per région): France.</summary>
public sealed class OfglRegions2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-comptes-des-regions-2022.html",
        "Les comptes des régions en 2022", "OFGL", "2023-09-19",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/donnees/regions-2022", """
        ## Vue d'ensemble

        Les régions et collectivités territoriales uniques ont dégagé en 2022 une épargne brute de 6,4 milliards d'euros, en baisse de 5 %. La fraction de TVA qu'elles perçoivent depuis 2021 a compensé la hausse des dépenses de transport.

        | Région | Recettes de fonctionnement (euros par habitant) | Épargne brute (euros par habitant) |
        | Auvergne-Rhône-Alpes | 329 | 74 |
        | Bourgogne-Franche-Comté | 371 | 81 |
        | Bretagne | 380 | 89 |
        | Centre-Val de Loire | 382 | 82 |
        | Grand Est | 352 | 71 |
        | Hauts-de-France | 367 | 70 |
        | Île-de-France | 286 | 62 |
        | … | … | … |
        Source : comptes de gestion (données fictives ; 17 lignes dans le fichier complet).

        ## Lecture

        Les écarts d'épargne entre régions tiennent surtout au poids des transports ferroviaires et des lycées. Le fichier complet couvre aussi les collectivités uniques d'outre-mer.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Données", "Régions"] };
}

/// <summary>A guide to the M57 budget and accounting standard: no territorial subject.</summary>
public sealed class GuideM57 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-guide-passage-m57-2023.html",
        "Passer à la nomenclature M57 : les dix questions à se poser", "DGFiP", "2023-03-28",
        DocumentTypeLabels.Guide, Themes.Finances, "https://impots-collectivites.example/guides/passage-m57", """
        ## Pourquoi la M57

        Le référentiel budgétaire et comptable M57 devient la norme de toutes les collectivités locales au 1er janvier 2024. Il reprend les principes des instructions précédentes et y ajoute la fongibilité des crédits, la gestion pluriannuelle et un règlement budgétaire et financier obligatoire.

        ## Les dix questions

        1. Quel budget basculer en premier ?
        2. Faut-il adopter le plan de comptes abrégé ou développé ?
        3. Comment amortir au prorata temporis ?
        4. Quelle délégation pour les virements de crédits ?
        5. Quand voter le règlement budgétaire et financier ?
        6. Comment gérer les autorisations de programme ?
        7. Quelles écritures de reprise des soldes ?
        8. Quel impact sur les logiciels financiers ?
        9. Comment former les agents ?
        10. Qui contacter au service de gestion comptable ?

        ## Accompagnement

        Le comptable public assiste l'ordonnateur à chaque étape. Un calendrier type de dix-huit mois est proposé en annexe.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Guides", "Comptabilité"] };
}

/// <summary>A note on the RIFSEEP (the allowance system of territorial civil servants): no territorial subject.</summary>
public sealed class NoteRifseep2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("note-rifseep-mise-en-oeuvre-2022.pdf",
        "Le régime indemnitaire des agents territoriaux : mode d'emploi", "Ministère de la Transformation et de la Fonction publiques", "2022-10-03",
        DocumentTypeLabels.Guide, Themes.Emploi, "https://fonction-publique.example/notes/rifseep-territorial.pdf",
        "Note d'information - régime indemnitaire", "complément indemnitaire annuel", """
        ## Le principe de parité

        Les collectivités fixent librement le régime indemnitaire de leurs agents, dans la limite de celui dont bénéficient les fonctionnaires de l'État exerçant des fonctions équivalentes. Le RIFSEEP, applicable à la plupart des cadres d'emplois, se compose de deux parts.

        ## Les deux parts

        | Part | Objet | Versement |
        | Indemnité de fonctions, de sujétions et d'expertise | Le poste occupé | Mensuel |
        | Complément indemnitaire annuel | L'engagement et la manière de servir | Annuel, facultatif |
        Source : décret du 20 mai 2014 (présentation simplifiée).

        ## La délibération

        L'organe délibérant fixe les groupes de fonctions, les montants plafonds et les critères de modulation. L'avis préalable du comité social territorial est obligatoire. La délibération doit préciser le sort des primes pendant les congés de maladie.

        ## Points de vigilance

        Le complément indemnitaire annuel ne peut être automatique. Son montant doit résulter de l'entretien professionnel.

        ## Les cadres d'emplois concernés

        Quelques cadres d'emplois, notamment dans la filière police municipale, restent régis par des primes spécifiques. L'organe délibérant doit alors délibérer séparément pour ces agents.
        """) with { Masthead = ["Ministère de la Transformation et de la Fonction publiques", "Direction générale de l'administration et de la fonction publique"] };
}

/// <summary>A Cour des comptes report on the finances of all local authorities: France.</summary>
public sealed class CourFinancesLocales2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("cour-des-comptes-finances-publiques-locales-2023.pdf",
        "Les finances publiques locales 2023 : fascicule 1", "Cour des comptes", "2023-07-05",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://ccomptes.example/rapports/finances-publiques-locales-2023.pdf",
        "Cour des comptes - Les finances publiques locales 2023", "situation financière consolidée", """
        ## Une situation financière consolidée favorable en 2022

        En 2022, les recettes de fonctionnement de l'ensemble des collectivités locales ont progressé de 5,2 %, plus vite que leurs dépenses (+5,0 %). L'épargne brute consolidée atteint 41 milliards d'euros. Cette moyenne masque des écarts : un quart des départements voit son épargne reculer de plus de 20 %.

        | Catégorie | Épargne brute 2022 (milliards d'euros) | Évolution |
        | Communes | 13,9 | +4 % |
        | Groupements à fiscalité propre | 8,2 | +9 % |
        | Départements | 11,6 | -3 % |
        | Régions | 7,3 | -2 % |
        Source : Cour des comptes d'après DGFiP (données fictives).

        ## Des perspectives plus incertaines

        Le ralentissement des droits de mutation, la hausse des taux d'intérêt et l'inflation des dépenses d'énergie pèsent sur 2023. La Cour recommande de mieux associer les collectivités à la trajectoire des finances publiques.

        ## Les recommandations

        La Cour invite l'État à publier chaque année une analyse de la situation financière par catégorie de collectivités et à mieux cibler les dotations de péréquation sur celles dont les ressources sont les plus faibles. Elle recommande aussi de généraliser les plans pluriannuels d'investissement.
        """) with { Masthead = ["Cour des comptes", "Rapport sur la situation et les perspectives des finances publiques locales"] };
}
