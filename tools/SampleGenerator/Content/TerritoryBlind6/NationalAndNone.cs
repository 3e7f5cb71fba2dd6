using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind6 territory split (issue 13): national notes and tables (-> France) and documents with no territorial subject (-> none).
namespace SampleGenerator.Content.TerritoryBlind6;

/// <summary>DGCL table of all EPCI à fiscalité propre by type and by région (one row per région); Île-de-France and the overseas régions are rows.</summary>
public sealed class DgclEpciParRegion2024 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("dgcl-bis-intercommunalite-2024.pdf",
        "L'intercommunalité au 1er janvier 2024", "DGCL", "2024-03-05",
        DocumentTypeLabels.Bis, Themes.Geo, "https://collectivites-locales.example/bis/intercommunalite-2024.pdf",
        "Bulletin d'information statistique de la DGCL", "fiscalité professionnelle unique", """
        ## Une carte intercommunale stable

        Au 1er janvier 2024, la France compte 1 254 établissements publics de coopération intercommunale à fiscalité propre : 21 métropoles, 14 communautés urbaines, 227 communautés d'agglomération et 992 communautés de communes. Toutes les communes, à l'exception de quatre communes insulaires, en sont membres. La quasi-totalité des groupements relèvent du régime de la fiscalité professionnelle unique.

        | Région | Métropoles | CU | CA | CC |
        | Auvergne-Rhône-Alpes | 4 | 0 | 26 | 132 |
        | Bourgogne-Franche-Comté | 1 | 1 | 12 | 99 |
        | Bretagne | 2 | 0 | 9 | 49 |
        | Centre-Val de Loire | 2 | 0 | 9 | 65 |
        | Grand Est | 3 | 2 | 18 | 126 |
        | Hauts-de-France | 1 | 3 | 20 | 68 |
        | Île-de-France | 1 | 1 | 19 | 32 |
        | Normandie | 1 | 3 | 9 | 56 |
        | Nouvelle-Aquitaine | 1 | 1 | 25 | 128 |
        | Occitanie | 2 | 1 | 21 | 138 |
        | Pays de la Loire | 1 | 1 | 14 | 55 |
        | Provence-Alpes-Côte d'Azur | 2 | 0 | 15 | 35 |
        | Outre-mer et Corse | 0 | 1 | 30 | 9 |
        Source : DGCL, base nationale de l'intercommunalité (données fictives).

        ## Peu de changements

        Le nombre de groupements n'a presque pas varié depuis 2020. Les communautés de communes restent majoritaires mais ne regroupent que 30 % de la population.
        """);
}

/// <summary>OFGL table of the départements' social spending, one row per département (first and last rows only shown, "…" between).</summary>
public sealed class OfglDepartementsSocial2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-depenses-sociales-departements-2022.html",
        "Dépenses sociales des départements en 2022 : données par département", "OFGL", "2023-11-21",
        DocumentTypeLabels.Dataset, Themes.Social, "https://ofgl.example/donnees/departements-depenses-sociales-2022", """
        ## Les données

        Le tableau ci-dessous donne, pour chaque département, les dépenses d'action sociale en euros par habitant en 2022, réparties entre allocations individuelles de solidarité et autres dépenses. Le fichier complet, avec les 101 départements et collectivités exerçant les compétences départementales, est téléchargeable au format CSV.

        | Département | Allocations individuelles | Autres dépenses sociales | Total |
        | 01 Ain | 248 | 221 | 469 |
        | 02 Aisne | 421 | 262 | 683 |
        | 03 Allier | 389 | 248 | 637 |
        | … | … | … | … |
        | 974 La Réunion | 612 | 189 | 801 |
        | 976 Mayotte | 88 | 141 | 229 |
        Source : comptes de gestion 2022 (données fictives).

        ## Lecture

        Les dépenses sociales représentent en moyenne 55 % des dépenses de fonctionnement des départements. Elles varient du simple au triple selon le revenu des habitants et la structure par âge de la population.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Methodological note on communes nouvelles as a category (a level, not a place); examples are not subjects.</summary>
public sealed class DgclNoteCommunesNouvelles2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-note-methodologique-communes-nouvelles-2023.html",
        "Communes nouvelles : comment sont-elles comptées dans les séries statistiques ?", "DGCL", "2023-06-06",
        DocumentTypeLabels.Methodo, Themes.Geo, "https://collectivites-locales.example/methodes/communes-nouvelles", """
        ## Le principe

        Une commune nouvelle se substitue aux communes qui la composent. Dans les séries statistiques, elle apparaît sous un seul code, celui de l'une des anciennes communes, à compter du 1er janvier de l'année qui suit sa création. Les communes fusionnées peuvent devenir des communes déléguées, qui n'ont pas de budget propre.

        ## Les conséquences pour les séries

        Pour comparer des données dans le temps, il faut donc recalculer les données des années antérieures sur la géographie la plus récente, en additionnant les valeurs des anciennes communes. Les ratios par habitant doivent être recalculés sur la population totale de la commune nouvelle.

        ## Les limites

        Certaines données, comme les bases fiscales, ne peuvent pas toujours être agrégées sans erreur lorsque les anciennes communes avaient des taux différents : un lissage des taux s'applique pendant douze ans au plus. La DGCL signale ces cas dans les fichiers par un indicateur spécifique.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Cour des comptes on the SDIS of every département; the Bouches-du-Rhône and the Nord are examples; Paris and Marseille (military fire brigades) are exceptions.</summary>
public sealed class CcomptesSdis2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("ccomptes-sdis-financement-2023.pdf",
        "Le financement des services départementaux d'incendie et de secours", "Cour des comptes", "2023-03-14",
        DocumentTypeLabels.Rapport, Themes.Securite, "https://ccomptes.example/publications/sdis-financement-2023.pdf",
        "Cour des comptes — Rapport public thématique", "contributions des communes", """
        ## Un modèle à bout de souffle

        Les 97 services départementaux d'incendie et de secours dépensent 5,3 milliards d'euros par an. Leur financement repose sur les départements (58 %) et sur les contributions des communes et des intercommunalités (42 %), dont le montant est plafonné depuis 2002. Les exceptions sont Paris et Marseille, protégées par des unités militaires.

        | Source de financement | Montant (milliards d'euros) | Part |
        | Départements | 3,1 | 58 % |
        | Communes et EPCI | 2,2 | 42 % |
        Source : comptes des SDIS (données fictives).

        ## Des écarts importants

        Le coût du service par habitant varie de 60 à 140 euros selon les départements. La Cour relève que ces écarts tiennent moins aux risques qu'à l'histoire des services : les SDIS des Bouches-du-Rhône ou du Nord, par exemple, ont des coûts comparables pour des territoires très différents.

        ## Les recommandations

        La Cour recommande de fixer des référentiels nationaux de couverture des risques, de mutualiser les achats entre SDIS et de revoir les règles de répartition des contributions entre communes.
        """) with { Masthead = ["Cour des comptes", "Rapport public thématique"] };
}

/// <summary>INSEE table of legal populations by région (one row per région); Mayotte and the other régions are rows.</summary>
public sealed class InseePopulationsRegions2024 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("insee-populations-legales-regions-2021.html",
        "Populations légales 2021 : les régions", "INSEE", "2023-12-28",
        DocumentTypeLabels.Dataset, Themes.Geo, "https://insee.example/statistiques/populations-legales-2021-regions", """
        ## 68 millions d'habitants

        Au 1er janvier 2021, la population légale de la France s'élève à 67,8 millions d'habitants, dont 2,2 millions dans les départements d'outre-mer. Le tableau donne la population municipale de chaque région.

        | Région | Population municipale | Évolution annuelle 2015-2021 |
        | Île-de-France | 12 317 000 | + 0,3 % |
        | Auvergne-Rhône-Alpes | 8 114 000 | + 0,6 % |
        | Hauts-de-France | 5 995 000 | + 0,1 % |
        | Nouvelle-Aquitaine | 6 069 000 | + 0,5 % |
        | Occitanie | 6 022 000 | + 0,8 % |
        | Grand Est | 5 562 000 | 0,0 % |
        | Autres régions métropolitaines | 21 521 000 | + 0,3 % |
        | Régions d'outre-mer | 2 190 000 | + 0,5 % |
        Source : recensement de la population (données fictives).

        La croissance la plus forte est observée en Guyane et à Mayotte ; le Grand Est et la Bourgogne-Franche-Comté sont stables.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>Accessibility statement of the publications portal: no territory.</summary>
public sealed class DeclarationAccessibilite2024 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("declaration-accessibilite-portail-2024.html",
        "Déclaration d'accessibilité", "Observatoire des territoires", "2024-02-01",
        DocumentTypeLabels.Page, Themes.Geo, "https://observatoire-territoires.example/accessibilite", """
        ## État de conformité

        Le portail des publications est partiellement conforme au référentiel général d'amélioration de l'accessibilité, version 4.1. L'audit réalisé en janvier 2024 par un prestataire indépendant révèle que 82 % des critères applicables sont respectés.

        ## Contenus non accessibles

        Certaines cartes interactives ne disposent pas d'une alternative textuelle complète. Quelques documents au format PDF publiés avant 2020 ne sont pas balisés ; ils peuvent être fournis dans un format accessible sur demande. Les tableaux de données très larges ne sont pas toujours lisibles avec un agrandissement de 200 %.

        ## Voies de recours

        Si vous constatez un défaut d'accessibilité qui vous empêche d'accéder à un contenu, vous pouvez écrire au responsable du site. Si vous n'obtenez pas de réponse rapide, vous pouvez saisir le Défenseur des droits.
        """) with { Meta = HtmlMeta.None };
}

/// <summary>Glossary of local public accounting terms: no territory ("lot", "orange" and "barre" are ordinary words).</summary>
public sealed class GlossaireComptable2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("glossaire-comptabilite-publique-locale-2022.pdf",
        "Glossaire de la comptabilité publique locale", "OFGL", "2022-09-13",
        DocumentTypeLabels.Guide, Themes.Finances, "https://ofgl.example/outils/glossaire-2022.pdf",
        "OFGL — Glossaire", "partie du budget", """
        ## Termes usuels

        Autorisation de programme : plafond des dépenses d'investissement qu'une collectivité peut engager pour une opération pluriannuelle ; les crédits de paiement en fixent chaque année la part payable.

        Capacité d'autofinancement : excédent des produits réels de fonctionnement sur les charges réelles de fonctionnement ; elle sert à rembourser la dette et à financer l'investissement.

        Fonds de roulement : différence entre les ressources stables et les emplois stables ; il mesure la marge de trésorerie dont dispose la collectivité.

        Section de fonctionnement : partie du budget qui retrace les opérations courantes ; un marché public peut y être passé par lot, chaque lot faisant l'objet d'une attribution distincte.

        Restes à réaliser : dépenses engagées non mandatées et recettes certaines non titrées au 31 décembre.

        ## Conventions de lecture

        Dans les tableaux de l'observatoire, un trait signale une donnée non disponible ; une barre oblique, une donnée sans objet. Les alertes sont signalées par un code couleur : vert, orange ou rouge selon l'écart à la moyenne de la strate. Aucun chiffre de ce glossaire ne se rapporte à une collectivité particulière.
        """);
}

/// <summary>Publication calendar of a statistics service: no territory (national statistical releases by theme).</summary>
public sealed class CalendrierPublications2024 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("calendrier-publications-statistiques-2024.html",
        "Calendrier des publications statistiques du premier semestre 2024", "DGCL", "2023-12-19",
        DocumentTypeLabels.Page, Themes.Finances, "https://collectivites-locales.example/statistiques/calendrier-2024", """
        ## Janvier à mars

        Les comptes provisoires des collectivités locales de l'année précédente seront publiés à la fin de février. Un bulletin sur les effectifs de la fonction publique territoriale paraîtra en mars, avec les fichiers de données correspondants.

        ## Avril à juin

        Les données de la dotation globale de fonctionnement seront mises en ligne en avril, après leur notification. Un bulletin sur la fiscalité locale suivra en mai ; une étude sur les élus locaux, en juin.

        ## Précisions

        Les dates indiquées sont prévisionnelles et peuvent être modifiées. Les publications sont annoncées la veille sur la page d'accueil du site et dans la lettre d'information. Pour recevoir cette lettre, il suffit de s'inscrire avec une adresse électronique valide.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false };
}
