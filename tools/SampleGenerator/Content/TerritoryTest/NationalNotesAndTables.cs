using SampleGenerator.Model;

// Held-out territory test set: national notes about a level (places only as examples) and tables with
// one row per territory of a level; their subject is France.
namespace SampleGenerator.Content.TerritoryTest;

/// <summary>A methodological note about the régions; régions appear only as examples.</summary>
public sealed class DgclNoteMethodoRegions2023 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-note-methodologique-comptes-des-regions-2023.html",
        Title = "Les régions : note méthodologique sur la présentation de leurs comptes",
        Publisher = "DGCL",
        Date = "2023-04-04",
        Type = DocumentTypeLabels.Methodo,
        Themes = [Themes.Finances],
        Url = "https://collectivites-locales.example/finances-locales/methodes/regions",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Finances locales", "Méthodes"],
        Body = """
            ## Champ

            Cette note décrit la manière dont les comptes des régions sont présentés dans les publications de la DGCL. Le champ comprend les treize régions de France métropolitaine, dont la collectivité de Corse, et les régions d'outre-mer de Guadeloupe et de La Réunion. Les collectivités territoriales uniques de Martinique et de Guyane, qui exercent à la fois les compétences d'une région et d'un département, sont présentées à part ; Mayotte, département exerçant des compétences régionales, également.

            ## Les régions depuis 2016

            Depuis le 1er janvier 2016, la France métropolitaine compte treize régions au lieu de vingt-deux. Sept régions sont issues de fusions, comme le Grand Est, qui réunit l'Alsace, la Champagne-Ardenne et la Lorraine, ou l'Occitanie, issue du Languedoc-Roussillon et de Midi-Pyrénées ; six n'ont pas changé de périmètre, comme la Bretagne ou l'Île-de-France. Pour les séries longues, les comptes des anciennes régions sont additionnés dans le périmètre des régions actuelles.

            ## Les agrégats

            Les dépenses et recettes sont présentées en opérations réelles, hors mouvements d'ordre et hors gestion active de la dette. Les principaux agrégats sont :

            - l'épargne brute, différence entre recettes et dépenses réelles de fonctionnement ;
            - les dépenses d'équipement, directes ou sous forme de subventions ;
            - l'encours de dette au 31 décembre ;
            - la capacité de désendettement, rapport de l'encours à l'épargne brute.

            ## Les fonctions

            Les régions votent leur budget par fonction, selon l'instruction budgétaire et comptable M57. Les principales fonctions sont l'enseignement (lycées), la formation professionnelle et l'apprentissage, les transports (trains régionaux, transport scolaire et interurbain) et l'action économique. Depuis 2017, la compétence transport scolaire transférée par les départements modifie fortement les comparaisons dans le temps.

            ## Comparaisons entre régions

            Les montants par habitant sont calculés avec la population totale de l'année. Les comparaisons entre régions doivent tenir compte de leurs compétences particulières : l'Île-de-France ne gère pas directement les transports, confiés à Île-de-France Mobilités ; la Corse exerce des compétences élargies. Les régions d'outre-mer perçoivent l'octroi de mer, ressource sans équivalent en métropole.

            ## Sources

            Comptes de gestion transmis par la DGFiP ; populations légales de l'Insee. Les données détaillées par région sont disponibles dans l'espace données.
            """,
    };
}

/// <summary>A methodological note about the départements, with special statuses as examples.</summary>
public sealed class DgclNoteMethodoDepartements2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-guide-lecture-comptes-des-departements-2022.html",
        Title = "Guide de lecture : les comptes des départements",
        Publisher = "DGCL",
        Date = "2022-06-21",
        Type = DocumentTypeLabels.Guide,
        Themes = [Themes.Finances, Themes.Social],
        Url = "https://collectivites-locales.example/finances-locales/guides/departements",
        HasSidecar = false,
        DateCue = "Publié le 21/06/2022",
        Breadcrumb = ["Finances locales", "Guides"],
        Body = """
            Ce guide aide à lire les comptes des départements publiés chaque année par la DGCL. Il précise le champ retenu, la signification des principaux postes et les précautions à prendre pour comparer les départements entre eux.

            ## Quels départements ?

            La France compte 101 départements, mais leurs collectivités ne se confondent pas toutes avec un conseil départemental. À Paris, la Ville de Paris exerce depuis 2019 les compétences communales et départementales. Sur le territoire de la Métropole de Lyon, celle-ci exerce les compétences départementales ; le département du Rhône ne les exerce que hors de ce territoire. La Collectivité européenne d'Alsace a remplacé en 2021 les départements du Bas-Rhin et du Haut-Rhin. En Corse, la collectivité de Corse a remplacé la Corse-du-Sud et la Haute-Corse. Martinique et Guyane sont des collectivités uniques. Les publications présentent donc 95 conseils départementaux et ces collectivités à statut particulier, signalées par une note.

            ## Les dépenses sociales

            Les dépenses d'action sociale représentent plus de la moitié des dépenses de fonctionnement. Elles comprennent les allocations individuelles de solidarité (revenu de solidarité active, allocation personnalisée d'autonomie, prestation de compensation du handicap), l'aide sociale à l'enfance et l'hébergement des personnes âgées et handicapées. Leur poids varie fortement selon la structure de la population : il est plus élevé dans les départements âgés ou à forte pauvreté.

            ## Les recettes

            Depuis 2021, les départements ne perçoivent plus la taxe foncière sur les propriétés bâties ; ils reçoivent en échange une fraction de la taxe sur la valeur ajoutée. Leurs recettes fiscales dépendent aussi des droits de mutation à titre onéreux, très sensibles au marché immobilier : un département littoral ou proche d'une métropole en perçoit beaucoup plus par habitant qu'un département rural.

            ## Comparer

            Pour comparer, on rapporte les montants à la population. Il faut toutefois se méfier des départements à statut particulier et des départements très peu peuplés, comme la Lozère ou la Creuse, dont les ratios par habitant sont mécaniquement élevés. Les moyennes présentées sont calculées hors Paris, hors Métropole de Lyon et hors collectivités uniques d'outre-mer, sauf mention contraire.
            """,
    };
}

/// <summary>A note on the categories of EPCI, with a few EPCI as examples.</summary>
public sealed class OfglNoteCategoriesEpci2024 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-note-categories-groupements-fiscalite-propre-2024.html",
        Title = "Les quatre catégories de groupements à fiscalité propre : repères pour l'analyse",
        Publisher = "OFGL",
        Date = "2024-02-27",
        Type = DocumentTypeLabels.Methodo,
        Themes = [Themes.Geo, Themes.Finances],
        Url = "https://ofgl.example/publications/reperes-categories-gfp-2024",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Repères"],
        Body = """
            ## Quatre catégories

            Au 1er janvier 2024, la France compte 1 254 établissements publics de coopération intercommunale (EPCI) à fiscalité propre : 992 communautés de communes, 229 communautés d'agglomération, 14 communautés urbaines et 22 métropoles, en comptant la Métropole de Lyon, qui est en réalité une collectivité à statut particulier. Chaque catégorie a ses seuils de population et ses compétences obligatoires.

            ## Des tailles très différentes

            La plus petite communauté de communes compte moins de 1 000 habitants, dans une île ou en montagne ; la plus grande métropole, la Métropole du Grand Paris, en compte 7 millions. Les métropoles d'Aix-Marseille-Provence et de Lyon dépassent le million d'habitants. À l'inverse, des communautés d'agglomération comme celle de Gap-Tallard-Durance ou de Bar-le-Duc Sud Meuse comptent à peine 50 000 ou 35 000 habitants. Les comparaisons doivent donc se faire par catégorie et par tranche de population.

            ## Régimes fiscaux

            Tous les groupements à fiscalité propre perçoivent la cotisation foncière des entreprises, soit en fiscalité professionnelle unique, soit en fiscalité additionnelle. Les métropoles, les communautés urbaines et les communautés d'agglomération sont obligatoirement en fiscalité professionnelle unique. Elles reversent aux communes une attribution de compensation.

            ## Précautions

            - Le périmètre des groupements change chaque année : fusions, extensions, changements de catégorie. Les séries sont présentées à périmètre courant, sauf indication.
            - Les établissements publics territoriaux de la Métropole du Grand Paris n'ont pas de fiscalité propre au sens de cette note.
            - Les syndicats, sans fiscalité propre, ne sont pas inclus.

            ## Sources

            Liste des groupements établie par la DGCL au 1er janvier ; comptes de gestion transmis par la DGFiP. Les données par groupement sont accessibles dans l'espace données de l'OFGL.
            """,
    };
}

/// <summary>A national note on communes nouvelles, using real ones as examples. PDF.</summary>
public sealed class DgclNoteCommunesNouvellesMethodo2021 : ITerritoryTestSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "dgcl-note-suivi-statistique-communes-nouvelles-2021.pdf",
        Title = "Le suivi statistique des communes nouvelles : règles de calcul et de comparaison",
        Publisher = "DGCL",
        Date = "2021-05-11",
        Type = DocumentTypeLabels.Methodo,
        Themes = [Themes.Geo],
        Url = "https://collectivites-locales.example/statistiques/methodes/communes-nouvelles-2021.pdf",
        RunningHeader = "DGCL — Note méthodologique — Communes nouvelles",
        Masthead = ["Direction générale des collectivités locales", "Département des études et des statistiques locales"],
        Subtitle = "Note méthodologique — mai 2021",
        CheckPhrase = "communes nouvelles",
        Body = """
            ## Objet

            Depuis la loi du 16 mars 2015, plus de 780 communes nouvelles ont été créées, regroupant près de 2 500 communes. Ce mouvement modifie chaque année la géographie communale et complique le suivi statistique des communes sur longue période. Cette note fixe les règles appliquées par la DGCL dans ses publications.

            ## La géographie de référence

            Les séries sont présentées dans la géographie communale au 1er janvier de l'année de publication. Les données des années antérieures sont reconstituées en additionnant celles des anciennes communes. Par exemple, les comptes d'Annecy pour 2015 sont la somme des comptes d'Annecy, Annecy-le-Vieux, Cran-Gevrier, Meythet, Pringy et Seynod ; ceux de Cherbourg-en-Cotentin, la somme de ceux des cinq communes fusionnées en 2016.

            ## Communes déléguées

            Les communes déléguées n'ont pas de budget propre. Leurs données ne peuvent être isolées que pour les variables issues du recensement ou des fichiers fiscaux localisés. Les publications ne présentent donc pas de comptes par commune déléguée.

            ## Les ratios par strate

            Une commune nouvelle change souvent de strate démographique. Évry-Courcouronnes, créée en 2019, est passée dans la strate des communes de plus de 50 000 habitants ; Les Sables-d'Olonne dans celle des 20 000 à 50 000 habitants. Les comparaisons avec les moyennes de strate doivent être interprétées avec prudence la première année.

            ## Les dotations

            Les communes nouvelles créées dans certaines conditions bénéficient d'un pacte de stabilité de leur dotation globale de fonctionnement pendant trois ans, et parfois d'une bonification. Les évolutions de dotation présentées dans les publications excluent ces mécanismes lorsqu'ils faussent la comparaison.

            ## Tableau : communes nouvelles créées par année

            | Année de création | Communes nouvelles créées | Communes fusionnées |
            | 2015 | 25 | 75 |
            | 2016 | 317 | 1 090 |
            | 2017 | 200 | 670 |
            | 2018 | 36 | 98 |
            | 2019 | 239 | 795 |
            | 2020 et 2021 | 32 | 80 |
            Source : DGCL, Insee, code officiel géographique (chiffres fictifs).

            ## Précautions d'usage

            Les comparaisons entre communes nouvelles et communes n'ayant pas fusionné doivent tenir compte d'effets de sélection : les communes qui fusionnent sont plus souvent rurales, petites et situées dans l'Ouest de la France, en particulier en Normandie et dans les Pays de la Loire. Les résultats d'une commune nouvelle ne sont donc pas représentatifs de l'ensemble des communes de sa strate.

            Cette note remplace la note de mars 2017 sur le même sujet. Elle sera mise à jour en fonction de l'évolution du code officiel géographique.
            """,
    };
}

/// <summary>A national note on syndicates whose examples carry common-word and river names.</summary>
public sealed class OfglNoteSyndicats2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-note-perimetre-syndicats-2022.html",
        Title = "Syndicats intercommunaux et syndicats mixtes : quel périmètre pour les finances locales ?",
        Publisher = "OFGL",
        Date = "2022-11-08",
        Type = DocumentTypeLabels.Methodo,
        Themes = [Themes.Finances, Themes.Geo],
        Url = "https://ofgl.example/publications/perimetre-syndicats-2022",
        HasSidecar = false,
        DateCue = "Cap sur — novembre 2022",
        Breadcrumb = ["Publications", "Cap sur"],
        Body = """
            Les syndicats sont des établissements publics de coopération sans fiscalité propre. Ils étaient un peu plus de 8 700 au 1er janvier 2022 : syndicats intercommunaux à vocation unique (SIVU), à vocation multiple (SIVOM), syndicats mixtes fermés et ouverts. Leurs dépenses, 18 Md€, sont financées par les contributions de leurs membres et par les redevances des usagers. Cette note précise comment l'OFGL les intègre dans ses agrégats.

            ## Une grande diversité

            Un SIVU peut gérer une seule école ou un gymnase pour trois communes, comme le syndicat des Rives de l'Ain ; un syndicat mixte peut exploiter des réseaux d'eau pour tout un département. Les syndicats départementaux d'énergie, présents dans presque chaque département, de l'Aube au Lot, sont parmi les plus importants financièrement. Les noms des syndicats reprennent souvent ceux d'une rivière, d'une vallée ou d'un pays, sans correspondre à un territoire administratif.

            ## Éviter les doubles comptes

            Les contributions versées par les communes et les groupements aux syndicats sont des dépenses pour les premiers et des recettes pour les seconds. Pour mesurer la dépense locale, l'OFGL consolide ces flux : les contributions sont neutralisées et seules les dépenses finales des syndicats sont retenues.

            | Catégorie | Nombre au 1er janvier 2022 | Dépenses réelles (Md€) |
            | SIVU | 5 120 | 2,9 |
            | SIVOM | 1 020 | 1,4 |
            | Syndicats mixtes fermés | 1 830 | 7,8 |
            | Syndicats mixtes ouverts | 770 | 5,9 |
            Source : DGFiP, balances comptables ; DGCL, Banatic (chiffres fictifs).

            ## Le mouvement de rationalisation

            Les schémas départementaux de coopération intercommunale de 2016 ont conduit à dissoudre plus de 2 000 syndicats, dont les compétences ont été reprises par les communautés. Le transfert obligatoire de l'eau et de l'assainissement aux communautés de communes, prévu pour 2026, devrait en faire disparaître encore plusieurs centaines.

            ## Limites

            Les comptes de certains syndicats ne sont pas disponibles ou arrivent tardivement. Les syndicats mixtes ouverts associant une région ou un département sont rattachés à la catégorie de leur principal financeur dans les agrégats par niveau de collectivité.
            """,
    };
}

/// <summary>A table with one row per département (the Ain first): about France, not its first row.</summary>
public sealed class DreesAideSocialeParDepartement2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "drees-depenses-aide-sociale-par-departement-2022.html",
        Title = "Dépenses brutes d'aide sociale des départements en 2022 : le tableau départemental",
        Publisher = "DREES",
        Date = "2023-12-14",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Social],
        Url = "https://drees.example/sources/aide-sociale-departementale-2022-tableau",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Sources, outils", "Aide sociale"],
        Body = """
            Ce tableau présente, pour chaque département, les dépenses brutes d'aide sociale en 2022 et leur montant par habitant. Les dépenses comprennent l'aide aux personnes âgées, aux personnes handicapées, l'aide sociale à l'enfance et l'insertion. Pour Paris et la Métropole de Lyon, les montants sont ceux de la collectivité qui exerce les compétences départementales.

            | Code | Département | Dépenses brutes (M€) | Euros par habitant |
            | 01 | Ain | 394 | 580 |
            | 02 | Aisne | 299 | 572 |
            | 03 | Allier | 152 | 457 |
            | 04 | Alpes-de-Haute-Provence | 77 | 458 |
            | 05 | Hautes-Alpes | 70 | 488 |
            | 06 | Alpes-Maritimes | 638 | 565 |
            | 07 | Ardèche | 192 | 575 |
            | 08 | Ardennes | 163 | 612 |
            | 09 | Ariège | 72 | 460 |
            | 10 | Aube | 161 | 517 |
            | 11 | Aude | 224 | 591 |
            | 12 | Aveyron | 168 | 600 |
            | 13 | Bouches-du-Rhône | 996 | 477 |
            | 14 | Calvados | 355 | 501 |
            | 15 | Cantal | 63 | 435 |
            | 16 | Charente | 208 | 590 |
            | 17 | Charente-Maritime | 365 | 543 |
            | 18 | Cher | 150 | 502 |
            | 19 | Corrèze | 115 | 477 |
            | 21 | Côte-d'Or | 273 | 505 |
            | 22 | Côtes-d'Armor | 367 | 600 |
            | 23 | Creuse | 66 | 575 |
            | 24 | Dordogne | 203 | 486 |
            | 25 | Doubs | 248 | 453 |
            | 26 | Drôme | 289 | 552 |
            | 27 | Eure | 275 | 457 |
            | 28 | Eure-et-Loir | 190 | 438 |
            | 29 | Finistère | 500 | 536 |
            | 2A | Corse-du-Sud | 80 | 475 |
            | 2B | Haute-Corse | 92 | 492 |
            | 30 | Gard | 427 | 554 |
            | 31 | Haute-Garonne | 756 | 514 |
            | 32 | Gers | 88 | 457 |
            | 33 | Gironde | 953 | 564 |
            | 34 | Hérault | 651 | 529 |
            | 35 | Ille-et-Vilaine | 620 | 553 |
            | 36 | Indre | 96 | 446 |
            | 37 | Indre-et-Loire | 349 | 564 |
            | 38 | Isère | 669 | 515 |
            | 39 | Jura | 127 | 494 |
            | 40 | Landes | 253 | 583 |
            | 41 | Loir-et-Cher | 159 | 483 |
            | 42 | Loire | 448 | 579 |
            | 43 | Haute-Loire | 104 | 455 |
            | 44 | Loire-Atlantique | 625 | 420 |
            | 45 | Loiret | 326 | 471 |
            | 46 | Lot | 76 | 431 |
            | 47 | Lot-et-Garonne | 203 | 608 |
            | 48 | Lozère | 45 | 592 |
            | 49 | Maine-et-Loire | 390 | 468 |
            | 50 | Manche | 287 | 576 |
            | 51 | Marne | 272 | 483 |
            | 52 | Haute-Marne | 94 | 559 |
            | 53 | Mayenne | 168 | 549 |
            | 54 | Meurthe-et-Moselle | 341 | 466 |
            | 55 | Meuse | 95 | 527 |
            | 56 | Morbihan | 479 | 612 |
            | 57 | Moselle | 523 | 497 |
            | 58 | Nièvre | 100 | 496 |
            | 59 | Nord | 1 389 | 531 |
            | 60 | Oise | 349 | 420 |
            | 61 | Orne | 156 | 568 |
            | 62 | Pas-de-Calais | 851 | 584 |
            | 63 | Puy-de-Dôme | 310 | 467 |
            | 64 | Pyrénées-Atlantiques | 336 | 475 |
            | 65 | Hautes-Pyrénées | 118 | 510 |
            | 66 | Pyrénées-Orientales | 271 | 546 |
            | 67 | Bas-Rhin | 708 | 608 |
            | 68 | Haut-Rhin | 459 | 596 |
            | 69 | Rhône | 1 028 | 537 |
            | 70 | Haute-Saône | 138 | 591 |
            | 71 | Saône-et-Loire | 238 | 433 |
            | 72 | Sarthe | 326 | 575 |
            | 73 | Savoie | 258 | 575 |
            | 74 | Haute-Savoie | 388 | 451 |
            | 75 | Paris | 1 109 | 527 |
            | 76 | Seine-Maritime | 596 | 473 |
            | 77 | Seine-et-Marne | 796 | 542 |
            | 78 | Yvelines | 830 | 559 |
            | 79 | Deux-Sèvres | 202 | 538 |
            | 80 | Somme | 340 | 601 |
            | 81 | Tarn | 240 | 605 |
            | 82 | Tarn-et-Garonne | 155 | 582 |
            | 83 | Var | 682 | 609 |
            | 84 | Vaucluse | 286 | 500 |
            | 85 | Vendée | 333 | 467 |
            | 86 | Vienne | 220 | 501 |
            | 87 | Haute-Vienne | 215 | 577 |
            | 88 | Vosges | 203 | 567 |
            | 89 | Yonne | 165 | 497 |
            | 90 | Territoire de Belfort | 84 | 596 |
            | 91 | Essonne | 625 | 467 |
            | 92 | Hauts-de-Seine | 1 019 | 616 |
            | 93 | Seine-Saint-Denis | 716 | 420 |
            | 94 | Val-de-Marne | 880 | 617 |
            | 95 | Val-d'Oise | 763 | 595 |
            | 971 | Guadeloupe | 198 | 515 |
            | 972 | Martinique | 164 | 455 |
            | 973 | Guyane | 132 | 449 |
            | 974 | La Réunion | 464 | 521 |
            | 976 | Mayotte | 144 | 563 |
            Source : DREES, enquête Aide sociale 2022 ; Insee, populations légales (chiffres fictifs).

            Lecture : les dépenses par habitant varient du simple au double entre départements. Elles sont les plus élevées dans les départements d'outre-mer et dans les départements ruraux âgés. Les montants ne sont pas corrigés des différences de prix.
            """,
    };
}

/// <summary>A table with one row per région: about France.</summary>
public sealed class DgfipFiscaliteRegions2023 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgfip-ressources-fiscales-des-regions-2023.html",
        Title = "Les ressources fiscales des régions en 2023",
        Publisher = "DGFiP",
        Date = "2024-03-19",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Finances],
        Url = "https://impots-collectivites.example/fiscalite-locale/regions-2023",
        Meta = HtmlMeta.OpenGraph,
        TimeElement = true,
        Breadcrumb = ["Fiscalité locale", "Régions"],
        Body = """
            Depuis la suppression de la cotisation sur la valeur ajoutée des entreprises pour les régions en 2021, leurs ressources fiscales reposent principalement sur des fractions d'impôts nationaux : taxe sur la valeur ajoutée, taxe intérieure de consommation sur les produits énergétiques. La part des impôts dont elles votent le taux ou le tarif est devenue marginale : cartes grises et, outre-mer, octroi de mer.

            | Région | Fraction de TVA (M€) | Cartes grises (M€) | Total des ressources fiscales (M€) |
            | Auvergne-Rhône-Alpes | 1 512 | 212 | 2 305 |
            | Bourgogne-Franche-Comté | 514 | 71 | 812 |
            | Bretagne | 631 | 84 | 960 |
            | Centre-Val de Loire | 471 | 69 | 741 |
            | Corse | 92 | 12 | 318 |
            | Grand Est | 1 019 | 136 | 1 566 |
            | Hauts-de-France | 1 098 | 128 | 1 702 |
            | Île-de-France | 2 287 | 281 | 3 611 |
            | Normandie | 613 | 85 | 962 |
            | Nouvelle-Aquitaine | 1 126 | 152 | 1 744 |
            | Occitanie | 1 121 | 163 | 1 751 |
            | Pays de la Loire | 716 | 98 | 1 088 |
            | Provence-Alpes-Côte d'Azur | 955 | 141 | 1 513 |
            | Guadeloupe | 70 | 9 | 268 |
            | Martinique | 66 | 8 | 301 |
            | Guyane | 54 | 5 | 233 |
            | La Réunion | 163 | 21 | 586 |
            | Mayotte | 47 | 2 | 108 |
            Source : DGFiP, comptes de gestion 2023 (chiffres fictifs). Martinique et Guyane : collectivités territoriales uniques ; Mayotte : département exerçant les compétences régionales.

            ## Lecture

            Les ressources fiscales par habitant sont plus élevées en outre-mer, en raison de l'octroi de mer, et en Corse, qui bénéficie de fractions spécifiques. En métropole, elles varient peu d'une région à l'autre, car la fraction de TVA a été calculée pour compenser les ressources supprimées. Leur dynamique dépend désormais de la consommation nationale et non plus de l'activité économique de chaque territoire.
            """,
    };
}

/// <summary>A national ranking of communes: about France, not the communes ranked.</summary>
public sealed class OfglClassementEndettementCommunes2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-endettement-communes-plus-de-10000-habitants-2022.html",
        Title = "L'endettement des communes de plus de 10 000 habitants en 2022",
        Publisher = "OFGL",
        Date = "2023-07-11",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Finances],
        Url = "https://ofgl.example/publications/endettement-communes-2022",
        HasSidecar = false,
        DateCue = "Étude — juillet 2023",
        Breadcrumb = ["Publications", "Études"],
        Body = """
            Fin 2022, l'encours de dette des 1 000 communes de plus de 10 000 habitants atteint 44 Md€, soit 1 120 € par habitant. Il est stable depuis cinq ans. Cette étude décrit la dispersion des situations et les facteurs qui l'expliquent.

            ## Une forte dispersion

            La moitié des communes a un encours inférieur à 900 € par habitant. Un dixième dépasse 2 000 €. Les communes les plus endettées sont souvent des communes touristiques, qui financent des équipements dimensionnés pour une population saisonnière, ou des communes ayant souscrit des emprunts structurés dans les années 2000.

            | Profil de commune | Encours médian (€ par habitant) | Capacité de désendettement médiane (années) |
            | Ville-centre d'une métropole | 1 310 | 6,2 |
            | Commune de banlieue | 860 | 5,1 |
            | Ville moyenne, centre d'agglomération | 1 150 | 5,8 |
            | Commune touristique littorale | 1 690 | 6,9 |
            | Commune touristique de montagne | 2 240 | 8,4 |
            Source : DGFiP, comptes de gestion ; calculs OFGL (données fictives).

            ## Exemples

            Parmi les communes touristiques de montagne, Chamonix-Mont-Blanc, Megève ou Bourg-Saint-Maurice présentent des encours élevés, mais aussi des recettes fiscales importantes. Sur le littoral, des communes comme Les Sables-d'Olonne, Saint-Malo ou Biarritz portent des équipements portuaires et de loisirs. Ces exemples illustrent des profils ; ils ne constituent pas un classement.

            ## La capacité de désendettement

            Plus que l'encours, la capacité de désendettement, rapport de l'encours à l'épargne brute, mesure la soutenabilité de la dette. Le seuil de vigilance de douze années, retenu par la loi de programmation des finances publiques, n'est dépassé que par 4 % des communes de plus de 10 000 habitants en 2022.

            ## Méthode

            Le champ est celui des communes de plus de 10 000 habitants au 1er janvier 2022, hors Paris. L'encours comprend les emprunts bancaires et obligataires du budget principal et des budgets annexes.
            """,
    };
}

/// <summary>A national report full of common words that are also place names (bar, lot, aube, mer, sens).</summary>
public sealed class CcomptesCommercesRuraux2021 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ccomptes-soutien-communes-commerces-ruraux-2021.html",
        Title = "Le soutien des communes au dernier commerce : bars, épiceries et multiservices",
        Publisher = "Cour des comptes",
        Date = "2021-10-19",
        Type = DocumentTypeLabels.Rapport,
        Themes = [Themes.Finances, Themes.Geo],
        Url = "https://ccomptes.example/publications/commerces-ruraux-2021",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Rapports publics thématiques"],
        Body = """
            ## Un phénomène national

            Près de 60 % des communes françaises n'ont plus aucun commerce. Pour maintenir un dernier bar, une épicerie ou un multiservice, de nombreuses communes rurales achètent les murs, les rénovent et les louent à un exploitant, parfois à un loyer symbolique. L'enquête de la Cour, menée avec sept chambres régionales des comptes sur un échantillon de 120 communes, montre que ces interventions sont souvent utiles mais rarement évaluées.

            ## Des montages juridiques fragiles

            Les communes recourent au bail commercial, à la convention d'occupation du domaine public ou à la délégation de service public. Dans un tiers des cas examinés, le montage n'est pas adapté : un bail commercial consenti sans mise en concurrence à un loyer très inférieur au marché constitue une aide économique qui doit respecter les règles fixées par la région. La Cour recommande de préférer la délégation lorsque la commune impose des obligations d'ouverture.

            ## Des coûts mal connus

            Le coût complet du soutien, acquisition, travaux, loyers non perçus, est rarement calculé. Dans l'échantillon, il atteint en moyenne 180 000 € par commerce sur dix ans. Les travaux sont souvent réalisés en un seul lot, sans étude préalable. Certains projets, lancés à l'aube d'une élection, n'ont pas survécu au départ du premier exploitant.

            | Type de commerce | Communes de l'échantillon | Coût moyen sur dix ans (k€) | Commerces encore ouverts en 2021 |
            | Bar-restaurant | 52 | 210 | 71 % |
            | Épicerie ou multiservice | 48 | 165 | 79 % |
            | Boulangerie | 20 | 140 | 85 % |
            Source : Cour des comptes et chambres régionales des comptes, enquête 2020 (données fictives).

            ## Recommandations

            - Évaluer avant tout projet le potentiel commercial, avec la chambre de commerce.
            - Choisir le montage juridique en fonction des obligations imposées à l'exploitant.
            - Associer l'intercommunalité, compétente en matière de développement économique.

            En ce sens, la Cour invite l'État à publier un guide à l'usage des maires, qu'ils soient en montagne, dans les plaines ou au bord de la mer.
            """,
    };
}

/// <summary>A regional study with a table of its départements: about the région.</summary>
public sealed class InseeNouvelleAquitainePauvrete2021 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-nouvelle-aquitaine-pauvrete-par-departement-2021.html",
        Title = "Pauvreté en Nouvelle-Aquitaine : des écarts marqués entre départements",
        Publisher = "INSEE",
        Date = "2021-10-14",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Social],
        Url = "https://insee.example/statistiques/analyses-nouvelle-aquitaine-pauvrete-2021",
        HasSidecar = false,
        DateCue = "Insee Analyses Nouvelle-Aquitaine n° 104 — Paru le 14/10/2021",
        Breadcrumb = ["Statistiques", "Nouvelle-Aquitaine"],
        Body = """
            En 2019, 13,5 % des habitants de la Nouvelle-Aquitaine vivent sous le seuil de pauvreté, soit 800 000 personnes. Ce taux est légèrement inférieur à la moyenne de France métropolitaine. Il varie fortement d'un département à l'autre : de 11,5 % dans les Pyrénées-Atlantiques à 18,7 % dans la Creuse.

            | Département | Taux de pauvreté 2019 | Revenu médian (€ par an) |
            | Charente | 15,2 % | 20 650 |
            | Charente-Maritime | 13,4 % | 21 610 |
            | Corrèze | 13,8 % | 21 230 |
            | Creuse | 18,7 % | 19 540 |
            | Dordogne | 16,4 % | 20 310 |
            | Gironde | 12,6 % | 22 870 |
            | Landes | 12,1 % | 22 120 |
            | Lot-et-Garonne | 17,1 % | 20 140 |
            | Deux-Sèvres | 12,0 % | 21 490 |
            | Vienne | 14,1 % | 21 280 |
            | Haute-Vienne | 15,5 % | 21 010 |
            | Pyrénées-Atlantiques | 11,5 % | 22 640 |
            | Nouvelle-Aquitaine | 13,5 % | 21 840 |
            Source : Insee-DGFiP-Cnaf-Cnav-CCMSA, Filosofi 2019 (chiffres fictifs).

            ## La pauvreté rurale et la pauvreté urbaine

            Dans la Creuse, la Dordogne et le Lot-et-Garonne, la pauvreté est diffuse : elle touche des retraités aux faibles pensions et des actifs des petites villes. En Gironde et dans la Vienne, elle est concentrée dans les quartiers prioritaires des grandes villes, à Bordeaux, Poitiers ou Châtellerault.

            ## Les familles monoparentales

            Dans toute la région, les familles monoparentales sont les plus exposées : un tiers vit sous le seuil de pauvreté. Les jeunes de moins de 30 ans sont également plus souvent pauvres, en particulier dans les villes universitaires.

            Définitions : le seuil de pauvreté est fixé à 60 % du niveau de vie médian de France métropolitaine.
            """,
    };
}
