using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind9 territory split (issue 13): national notes and tables (France), national notes citing examples, documents with no territory.
namespace SampleGenerator.Content.TerritoryBlind9;

/// <summary>National table with one row per département (extract: Ain, Aisne, Allier … Val-d'Oise, La Réunion, Mayotte) -> france:FR; rows are not subjects.</summary>
public sealed class DgfipTauxFonciersDepartements2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-taux-foncier-bati-departements-2023.html",
        "Taux de taxe foncière sur les propriétés bâties des départements en 2023", "DGFiP", "2023-11-30",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/donnees/taux-tfpb-departements-2023", """
        ## Le jeu de données

        Depuis 2021, les départements ne perçoivent plus la taxe foncière sur les propriétés bâties, transférée aux communes. Le tableau rappelle, pour chacun des départements, le dernier taux voté en 2020, qui reste utilisé pour calculer le coefficient correcteur des communes. Extrait :

        | Département | Taux 2020 (%) | Part dans le taux communal 2023 (%) |
        | 01 Ain | 13,97 | 31 |
        | 02 Aisne | 31,72 | 48 |
        | 03 Allier | 23,09 | 41 |
        | … | … | … |
        | 95 Val-d'Oise | 17,18 | 36 |
        | 974 La Réunion | 13,54 | 25 |
        | 976 Mayotte | 14,00 | 57 |

        ## Précautions

        Paris, la Métropole de Lyon et la Collectivité de Corse relèvent de règles particulières. Le fichier complet, au format tableur, contient une ligne par département et une ligne de total pour la France entière.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Données", "Fiscalité locale"] };
}

/// <summary>OFGL methodological note on the intercommunal level (perimeters, consolidation) -> france:FR; no place is named.</summary>
public sealed class OfglMethodeGroupements2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-note-methode-consolidation-groupements-2023.html",
        "Consolider les comptes du bloc communal : note de méthode", "OFGL", "2023-04-12",
        DocumentTypeLabels.Methodo, Themes.Finances, "https://ofgl.example/methodes/consolidation-bloc-communal", """
        ## Pourquoi consolider ?

        Les communes et leurs groupements à fiscalité propre se partagent les compétences d'une manière qui varie d'un territoire à l'autre. Pour comparer des ensembles intercommunaux, l'observatoire additionne les comptes des communes membres et de leur groupement, puis neutralise les flux croisés entre eux : attributions de compensation, dotation de solidarité communautaire, fonds de concours.

        ## Les périmètres

        Le périmètre retenu est celui au 1er janvier de l'exercice. Les séries antérieures sont recalculées sur ce périmètre pour les communautés issues de fusions. Les syndicats ne sont pas intégrés, faute de clé de répartition fiable entre leurs membres.

        ## Les limites

        La consolidation ne couvre pas les budgets annexes, ni les satellites comme les sociétés publiques locales. Les résultats doivent être lus comme des ordres de grandeur pour l'ensemble des intercommunalités.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Méthodes", "Bloc communal"] };
}

/// <summary>National ANCT report on France services citing two houses as examples (Nant, Melle) -> france:FR only; the examples are mentions.</summary>
public sealed class AnctFranceServicesBilan2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("anct-france-services-bilan-national-2023.pdf",
        "France services : bilan national 2023", "Agence nationale de la cohésion des territoires", "2024-01-23",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://observatoire-territoires.example/rapports/france-services-2023.pdf",
        "ANCT - France services, bilan 2023", "accompagnement numérique", """
        ## Un réseau national

        Fin 2023, le réseau compte 2 700 structures labellisées France services, dont un tiers portées par des intercommunalités. Chaque Français réside à moins de trente minutes de l'une d'entre elles. Les agents ont accompagné 9 millions de demandes au cours de l'année.

        ## Les demandes

        Les démarches les plus fréquentes concernent les impôts, les prestations sociales et la retraite. L'accompagnement numérique représente 40 % des demandes. La fréquentation augmente plus vite dans les petites communes rurales que dans les villes.

        ## Des exemples d'organisation

        Certaines structures mutualisent leurs locaux avec un bureau de poste, comme à Nant ; d'autres, comme à Melle, partagent un accueil avec la médiathèque. Ces choix locaux n'ont pas d'effet mesurable sur la satisfaction des usagers, qui reste supérieure à 90 %.

        ## Les perspectives

        L'agence prévoit de renforcer la formation des agents et d'étendre le réseau aux quartiers prioritaires de la politique de la ville qui en sont encore dépourvus.
        """);
}

/// <summary>National table by région (the thirteen metropolitan régions and the DROM) of local councillors -> france:FR; rows are not subjects.</summary>
public sealed class DgclElusRegions2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("dgcl-bis-elus-locaux-par-region-2023.pdf",
        "Les élus locaux en 2023 : qui sont-ils ?", "DGCL", "2023-10-31",
        DocumentTypeLabels.Bis, Themes.Parite, "https://collectivites-locales.example/bis/elus-locaux-2023.pdf",
        "Bulletin d'information statistique n° 180", "conseillers municipaux", """
        ## Un demi-million d'élus

        La France compte 505 000 élus locaux en 2023, dont 490 000 conseillers municipaux. Les femmes représentent 42 % des conseillers municipaux mais seulement 20 % des maires. L'âge moyen des maires atteint 59 ans.

        ## Des écarts régionaux

        | Région | Part des femmes parmi les maires (%) |
        | Auvergne-Rhône-Alpes | 21 |
        | Bourgogne-Franche-Comté | 19 |
        | Bretagne | 23 |
        | Centre-Val de Loire | 20 |
        | Corse | 11 |
        | Grand Est | 18 |
        | Hauts-de-France | 19 |
        | Île-de-France | 22 |
        | Normandie | 21 |
        | Nouvelle-Aquitaine | 21 |
        | Occitanie | 19 |
        | Pays de la Loire | 22 |
        | Provence-Alpes-Côte d'Azur | 18 |
        | DROM | 16 |
        Source : répertoire national des élus (données fictives).

        ## Lecture

        Les écarts tiennent en partie à la taille des communes : les femmes sont plus souvent maires dans les communes de moins de 500 habitants. Les démissions de maires ont augmenté depuis 2020 dans toutes les régions. Elles restent toutefois rares au regard du nombre de communes : moins de 2 % des maires élus en 2020 ont quitté leurs fonctions avant la fin de l'année 2023, le plus souvent pour des raisons personnelles ou de santé.
        """);
}

/// <summary>National Cour des comptes report on local finances (all local authorities) -> france:FR.</summary>
public sealed class CourDesComptesFinancesLocales2024 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("ccomptes-finances-publiques-locales-2024.pdf",
        "Les finances publiques locales 2024 : fascicule 1", "Cour des comptes", "2024-07-09",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://ccomptes.example/publications/finances-locales-2024.pdf",
        "Cour des comptes - finances publiques locales 2024", "épargne brute", """
        ## Une situation d'ensemble qui se dégrade

        En 2023, l'épargne brute de l'ensemble des collectivités locales a baissé de 6 %, après deux années de hausse. Les dépenses de fonctionnement ont progressé plus vite que les recettes, sous l'effet de l'inflation, de l'énergie et des revalorisations salariales. L'investissement a néanmoins continué de croître.

        ## Des évolutions différentes selon les niveaux

        Le bloc communal conserve des marges grâce au dynamisme des bases foncières. Les départements subissent la chute des droits de mutation, liée au ralentissement du marché immobilier, alors que leurs dépenses sociales augmentent. Les régions voient leurs recettes de taxe sur la valeur ajoutée ralentir.

        ## Les recommandations

        La Cour recommande de mieux associer les collectivités à la trajectoire des finances publiques, de réformer les modalités d'indexation des dotations et de revoir le financement des allocations individuelles de solidarité. Elle appelle aussi à améliorer la qualité des comptes, encore inégale, en généralisant la certification expérimentée depuis 2017.

        ## Méthode

        Le rapport repose sur les comptes de gestion de l'ensemble des collectivités et sur une enquête auprès des chambres régionales des comptes.
        """);
}

/// <summary>FAQ on the M57 budget and accounting framework: no territorial subject.</summary>
public sealed class DgclFaqM572024 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-faq-nomenclature-m57-2024.html",
        "Passer à la nomenclature M57 : questions fréquentes", "DGCL", "2024-02-13",
        DocumentTypeLabels.Guide, Themes.Finances, "https://collectivites-locales.example/guides/m57-faq", """
        ## Qui est concerné ?

        Toutes les collectivités et leurs établissements publics administratifs appliqueront le référentiel budgétaire et comptable M57 au plus tard le 1er janvier 2024. Les services publics industriels et commerciaux conservent leurs nomenclatures propres.

        ## Faut-il un règlement budgétaire et financier ?

        Oui, pour les collectivités qui optent pour la nomenclature développée. Le règlement fixe les règles de gestion des autorisations de programme, des crédits et des amortissements.

        ## Que deviennent les amortissements ?

        L'amortissement se calcule au prorata temporis à partir de la date de mise en service du bien. L'assemblée peut décider d'exceptions pour les biens de faible valeur.

        ## Peut-on revenir en arrière ?

        Non : le passage au nouveau référentiel est définitif.
        """) with { Meta = HtmlMeta.None, TimeElement = false };
}

/// <summary>The 2024 publication calendar of the DGCL statistics department: no territorial subject.</summary>
public sealed class DgclCalendrierPublications2024 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-calendrier-publications-2024.html",
        "Calendrier prévisionnel des publications statistiques 2024", "DGCL", "2024-01-09",
        DocumentTypeLabels.Page, Themes.Geo, "https://collectivites-locales.example/statistiques/calendrier-2024", """
        ## Le calendrier

        Le département des études et des statistiques locales publie chaque année le calendrier prévisionnel de ses publications, afin que tous les utilisateurs y aient accès au même moment.

        | Publication | Date prévue |
        | Les collectivités locales en chiffres | juin |
        | Comptes individuels des communes et des groupements | juillet |
        | Bulletin sur les finances des départements | septembre |
        | Rapport de l'observatoire des finances et de la gestion publique locales | octobre |
        | Bulletin sur la fonction publique territoriale | décembre |

        ## Les engagements

        Les dates peuvent être décalées de quelques jours ; toute modification est annoncée au moins une semaine à l'avance. Les publications sont diffusées à neuf heures, sans accès anticipé.

        Les jeux de données associés sont mis à disposition le même jour sous licence ouverte, avec leur documentation.
        """) with { Meta = HtmlMeta.DublinCore };
}
