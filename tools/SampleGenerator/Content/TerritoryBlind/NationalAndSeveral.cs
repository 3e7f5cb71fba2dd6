using SampleGenerator.Model;

// Blind territory split (issue 13): national notes about a level, tables listing every territory of a
// level, documents that name places only as examples or addresses, and documents about several places.
namespace SampleGenerator.Content.TerritoryBlind;

/// <summary>A national note about the communauté urbaine level; places only as examples. Subject: France.</summary>
public sealed class DgclNoteCommunautesUrbaines2023 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-note-communautes-urbaines-2023.html",
        Title = "Les communautés urbaines : définition, compétences et évolution du nombre",
        Publisher = "DGCL",
        Date = "2023-04-04",
        Type = DocumentTypeLabels.Methodo,
        Themes = [Themes.Geo],
        Url = "https://collectivites-locales.example/intercommunalite/communautes-urbaines-2023",
        Meta = HtmlMeta.DublinCore,
        DateCue = "Paru le 04/04/2023",
        Breadcrumb = ["Institutions", "Intercommunalité", "Catégories de groupements"],
        Body = """
            ## Définition

            La communauté urbaine est un établissement public de coopération intercommunale à fiscalité propre regroupant, d'un seul tenant et sans enclave, des communes formant un ensemble de plus de 250 000 habitants. Créée par la loi du 31 décembre 1966, elle exerce de plein droit des compétences plus étendues que la communauté d'agglomération : plan local d'urbanisme, voirie, eau, assainissement, réseaux de chaleur, cimetières.

            ## Évolution du nombre

            Le nombre de communautés urbaines a varié au gré des transformations en métropoles et des dérogations au seuil de population. Au 1er janvier 2023, on en compte 14. Plusieurs d'entre elles, créées avant 2010, restent sous le seuil de 250 000 habitants, comme la communauté urbaine de Dunkerque ou celle d'Arras ; d'autres, comme Caen la Mer ou Le Mans Métropole, ont été créées par transformation d'une communauté d'agglomération.

            | Catégorie | 2015 | 2019 | 2023 |
            | Métropoles (hors Lyon) | 11 | 21 | 21 |
            | Communautés urbaines | 9 | 13 | 14 |
            | Communautés d'agglomération | 226 | 223 | 227 |
            Source : DGCL, base nationale sur l'intercommunalité (données fictives).

            ## Pour aller plus loin

            La liste des communautés urbaines et de leurs communes membres est publiée chaque année dans la base nationale sur l'intercommunalité.
            """,
    };
}

/// <summary>National note on a départements' resource, examples Paris and Creuse. Subject: France.</summary>
public sealed class OfglNoteDmtoDepartements2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-note-droits-de-mutation-departements-2022.html",
        Title = "Les droits de mutation à titre onéreux des départements : une ressource volatile",
        Publisher = "OFGL",
        Date = "2022-10-18",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Finances],
        Url = "https://ofgl.example/publications/cap-sur-dmto-departements-2022",
        Meta = HtmlMeta.OpenGraph,
        DateCue = "Publié le 18/10/2022",
        Breadcrumb = ["Publications", "Cap sur"],
        Body = """
            ## Une ressource majeure

            Les droits de mutation à titre onéreux (DMTO), perçus lors des ventes immobilières, ont rapporté 16,3 Md€ aux départements en 2021, soit 22 % de leurs recettes de fonctionnement. Leur produit a progressé de 25 % en un an, après une baisse en 2020.

            ## Des écarts considérables

            Le produit par habitant varie de 1 à 10 selon les départements : il dépasse 500 € à Paris et dans les départements littoraux très attractifs, et n'atteint pas 60 € dans la Creuse. Les fonds de péréquation horizontale, qui redistribuent 1,8 Md€, ne réduisent que partiellement ces écarts.

            | Produit des DMTO par habitant en 2021 | Nombre de départements |
            | Moins de 100 € | 14 |
            | 100 à 200 € | 49 |
            | 200 à 300 € | 24 |
            | Plus de 300 € | 13 |
            Source : DGFiP, comptes de gestion ; calculs OFGL (données fictives).

            ## Un risque pour les budgets départementaux

            La sensibilité des DMTO au marché immobilier expose les départements à de fortes variations de recettes, alors que leurs dépenses sociales augmentent quand la conjoncture se dégrade. L'OFGL recommande de lire l'évolution de l'épargne des départements en neutralisant l'effet de cette ressource.
            """,
    };
}

/// <summary>A ministry table with one row per département (first row Ain). Subject: France.</summary>
public sealed class MinistereInterieurSdisParDepartement2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ministere-interieur-sdis-effectifs-par-departement-2022.html",
        Title = "Statistiques des services d'incendie et de secours 2022 : effectifs et interventions par département",
        Publisher = "Ministère de l'Intérieur",
        Date = "2023-12-12",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Securite],
        Url = "https://interieur.example/statistiques/sdis-2022-par-departement",
        DateCue = "Publié le 12/12/2023",
        Breadcrumb = ["Statistiques", "Sécurité civile"],
        Body = """
            ## Tableau des services d'incendie et de secours

            Le tableau donne, pour chaque service départemental d'incendie et de secours, le nombre de sapeurs-pompiers professionnels et le nombre d'interventions pour 1 000 habitants. Paris et les départements de la petite couronne, défendus par la brigade de sapeurs-pompiers de Paris, n'y figurent pas.

            | Département | Professionnels | Interventions pour 1 000 hab. |
            | 01 Ain | 319 | 95 |
            | 02 Aisne | 358 | 63 |
            | 03 Allier | 200 | 94 |
            | 04 Alpes-de-Haute-Provence | 72 | 66 |
            | 05 Hautes-Alpes | 85 | 63 |
            | 06 Alpes-Maritimes | 482 | 86 |
            | 07 Ardèche | 221 | 70 |
            | 08 Ardennes | 104 | 60 |
            | 09 Ariège | 102 | 90 |
            | 10 Aube | 221 | 69 |
            | 11 Aude | 250 | 57 |
            | 12 Aveyron | 188 | 68 |
            | 13 Bouches-du-Rhône | 990 | 79 |
            | 14 Calvados | 495 | 68 |
            | 15 Cantal | 72 | 66 |
            | 16 Charente | 192 | 87 |
            | 17 Charente-Maritime | 383 | 79 |
            | 18 Cher | 181 | 79 |
            | 19 Corrèze | 143 | 93 |
            | 21 Côte-d'Or | 228 | 90 |
            | 22 Côtes-d'Armor | 396 | 68 |
            | 23 Creuse | 70 | 87 |
            | 24 Dordogne | 245 | 60 |
            | 25 Doubs | 290 | 80 |
            | 26 Drôme | 294 | 70 |
            | 27 Eure | 272 | 85 |
            | 28 Eure-et-Loir | 217 | 75 |
            | 29 Finistère | 500 | 90 |
            | 2A Corse-du-Sud | 80 | 60 |
            | 2B Haute-Corse | 107 | 87 |
            | 30 Gard | 356 | 67 |
            | 31 Haute-Garonne | 990 | 96 |
            | 32 Gers | 97 | 56 |
            | 33 Gironde | 890 | 92 |
            | 34 Hérault | 860 | 76 |
            | 35 Ille-et-Vilaine | 432 | 79 |
            | 36 Indre | 149 | 54 |
            | 37 Indre-et-Loire | 284 | 83 |
            | 38 Isère | 845 | 80 |
            | 39 Jura | 153 | 62 |
            | 40 Landes | 271 | 68 |
            | 41 Loir-et-Cher | 222 | 74 |
            | 42 Loire | 349 | 92 |
            | 43 Haute-Loire | 116 | 94 |
            | 44 Loire-Atlantique | 639 | 90 |
            | 45 Loiret | 320 | 83 |
            | 46 Lot | 80 | 91 |
            | 47 Lot-et-Garonne | 133 | 96 |
            | 48 Lozère | 44 | 74 |
            | 49 Maine-et-Loire | 481 | 88 |
            | 50 Manche | 247 | 70 |
            | 51 Marne | 252 | 95 |
            | 52 Haute-Marne | 95 | 66 |
            | 53 Mayenne | 134 | 79 |
            | 54 Meurthe-et-Moselle | 437 | 87 |
            | 55 Meuse | 117 | 96 |
            | 56 Morbihan | 311 | 80 |
            | 57 Moselle | 691 | 93 |
            | 58 Nièvre | 83 | 52 |
            | 59 Nord | 990 | 71 |
            | 60 Oise | 352 | 71 |
            | 61 Orne | 188 | 88 |
            | 62 Pas-de-Calais | 848 | 56 |
            | 63 Puy-de-Dôme | 461 | 85 |
            | 64 Pyrénées-Atlantiques | 357 | 54 |
            | 65 Hautes-Pyrénées | 89 | 73 |
            | 66 Pyrénées-Orientales | 216 | 87 |
            | 67 Bas-Rhin | 820 | 85 |
            | 68 Haut-Rhin | 506 | 66 |
            | 69 Rhône | 990 | 70 |
            | 70 Haute-Saône | 151 | 76 |
            | 71 Saône-et-Loire | 302 | 62 |
            | 72 Sarthe | 356 | 68 |
            | 73 Savoie | 235 | 65 |
            | 74 Haute-Savoie | 405 | 89 |
            | 76 Seine-Maritime | 583 | 67 |
            | 77 Seine-et-Marne | 852 | 79 |
            | 78 Yvelines | 671 | 74 |
            | 79 Deux-Sèvres | 197 | 72 |
            | 80 Somme | 291 | 57 |
            | 81 Tarn | 161 | 54 |
            | 82 Tarn-et-Garonne | 154 | 52 |
            | 83 Var | 672 | 71 |
            | 84 Vaucluse | 256 | 82 |
            | 85 Vendée | 508 | 76 |
            | 86 Vienne | 217 | 70 |
            | 87 Haute-Vienne | 208 | 60 |
            | 88 Vosges | 155 | 55 |
            | 89 Yonne | 140 | 62 |
            | 90 Territoire de Belfort | 64 | 71 |
            | 91 Essonne | 781 | 70 |
            | 95 Val-d'Oise | 507 | 60 |
            | 971 Guadeloupe | 160 | 83 |
            | 972 Martinique | 191 | 89 |
            | 973 Guyane | 209 | 54 |
            | 974 La Réunion | 445 | 70 |
            | 976 Mayotte | 109 | 55 |
            Source : ministère de l'Intérieur, DGSCGC, statistiques des SIS 2022 (données fictives).
            """,
    };
}

/// <summary>A table with one row per région. Subject: France. PDF.</summary>
public sealed class DgfipBudgetsDesRegions2024 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "dgfip-budgets-primitifs-des-regions-2024.pdf",
        Title = "Budgets primitifs 2024 des régions et des collectivités territoriales uniques",
        Publisher = "DGFiP",
        Date = "2024-06-04",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Finances],
        Url = "https://impots-collectivites.example/comptes/budgets-regions-2024.pdf",
        RunningHeader = "DGFiP — Budgets primitifs 2024 des régions",
        Masthead = ["Direction générale des finances publiques", "Comptes des collectivités — juin 2024"],
        CheckPhrase = "Budgets primitifs 2024",
        Body = """
            ## Présentation

            Le tableau rassemble les budgets primitifs votés pour 2024 par les treize régions métropolitaines, la Collectivité de Corse, les régions de Guadeloupe et de La Réunion et les collectivités territoriales uniques de Martinique et de Guyane. Mayotte, dont le Département exerce les compétences régionales, figure à part. Les montants sont exprimés en millions d'euros.

            | Région ou collectivité | Fonctionnement | Investissement |
            | Auvergne-Rhône-Alpes | 2 810 | 1 620 |
            | Bourgogne-Franche-Comté | 1 240 | 610 |
            | Bretagne | 1 330 | 720 |
            | Centre-Val de Loire | 1 050 | 540 |
            | Corse | 780 | 390 |
            | Grand Est | 2 480 | 1 210 |
            | Hauts-de-France | 2 720 | 1 190 |
            | Île-de-France | 3 610 | 2 240 |
            | Normandie | 1 390 | 820 |
            | Nouvelle-Aquitaine | 2 640 | 1 380 |
            | Occitanie | 2 790 | 1 560 |
            | Pays de la Loire | 1 380 | 760 |
            | Provence-Alpes-Côte d'Azur | 1 920 | 1 040 |
            | Guadeloupe | 520 | 290 |
            | Martinique | 960 | 310 |
            | Guyane | 720 | 260 |
            | La Réunion | 890 | 540 |
            | Mayotte | 540 | 180 |
            Source : DGFiP, budgets primitifs transmis par les collectivités (données fictives).

            ## Précautions de lecture

            Les budgets primitifs sont des prévisions : ils ne tiennent pas compte des décisions modificatives votées en cours d'année. Les collectivités uniques de Martinique et de Guyane exercent aussi les compétences départementales, ce qui rend leurs montants non comparables avec ceux des régions. Les comptes administratifs 2024 seront publiés en juillet 2025.
            """,
    };
}

/// <summary>A national methodological note on a statistical zoning; places only as examples. Subject: France.</summary>
public sealed class InseeMethodeAiresDAttraction2020 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-methode-aires-d-attraction-des-villes-2020.html",
        Title = "Le zonage en aires d'attraction des villes : méthode",
        Publisher = "INSEE",
        Date = "2020-10-21",
        Type = DocumentTypeLabels.Methodo,
        Themes = [Themes.Geo],
        Url = "https://insee.example/methodes/zonage-aires-attraction-2020",
        Meta = HtmlMeta.JsonLd,
        TimeElement = true,
        Breadcrumb = ["Définitions et méthodes", "Zonages"],
        Body = """
            ## Objet

            Le zonage en aires d'attraction des villes, qui remplace en 2020 le zonage en aires urbaines de 2010, définit l'étendue de l'influence d'une ville sur les communes environnantes. Il couvre l'ensemble des communes de France, y compris dans les départements d'outre-mer.

            ## Méthode

            Une aire est composée d'un pôle, défini à partir de critères de densité et de nombre d'emplois, et d'une couronne, formée des communes dont au moins 15 % des actifs occupés travaillent dans le pôle. Les aires sont classées selon leur population : moins de 50 000 habitants, 50 000 à 200 000, 200 000 à 700 000, 700 000 ou plus, et l'aire de Paris à part.

            | Tranche d'aire | Nombre d'aires | Population (millions) |
            | Aire de Paris | 1 | 13,0 |
            | 700 000 habitants ou plus | 13 | 14,1 |
            | 200 000 à 700 000 | 45 | 13,5 |
            | Moins de 200 000 | 640 | 14,7 |
            Source : Insee, zonage en aires d'attraction des villes 2020 (données fictives).

            ## Exemples

            Une commune peut appartenir à la couronne d'une aire sans être contiguë au pôle. Ainsi, plusieurs communes de l'Oise appartiennent à l'aire de Paris ; à l'inverse, une petite ville comme Mende forme à elle seule le pôle d'une aire de moins de 50 000 habitants.
            """,
    };
}

/// <summary>A national Cour des comptes report about a kind of syndicate; places as examples. Subject: France.</summary>
public sealed class CcomptesSyndicatsDechetsNational2023 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ccomptes-syndicats-traitement-dechets-2023.html",
        Title = "Les syndicats de traitement des déchets ménagers : une carte à rationaliser",
        Publisher = "Cour des comptes",
        Date = "2023-02-14",
        Type = DocumentTypeLabels.Rapport,
        Themes = [Themes.Durable, Themes.Geo],
        Url = "https://ccomptes.example/publications/syndicats-traitement-dechets-2023",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Rapports publics thématiques"],
        Body = """
            ## Synthèse

            En France, le traitement des déchets ménagers est assuré par environ 300 syndicats mixtes ou intercommunaux, auxquels les intercommunalités ont transféré cette compétence. Leur taille est très variable : le plus grand traite les déchets de plus de cinq millions d'habitants, les plus petits ceux de moins de 30 000.

            ## Les constats

            La multiplicité des syndicats nuit à la planification des équipements. Les incinérateurs sont inégalement répartis sur le territoire national ; certains sont surdimensionnés quand d'autres départements exportent leurs déchets. Les enquêtes des chambres régionales des comptes ont relevé, par exemple dans le Var ou en Haute-Corse, des coûts de transport élevés liés à l'absence d'exutoire local.

            | Taille du syndicat (habitants) | Nombre | Coût moyen de traitement (€/t) |
            | Moins de 100 000 | 118 | 142 |
            | 100 000 à 500 000 | 142 | 128 |
            | Plus de 500 000 | 41 | 117 |
            Source : enquête des juridictions financières (données fictives).

            ## Recommandations

            La Cour recommande de fixer dans chaque plan régional une cible de regroupement des syndicats et de conditionner les aides de l'ADEME à la mutualisation des équipements.
            """,
    };
}

/// <summary>A national eligibility list note (politique de la ville); places as examples. Subject: France.</summary>
public sealed class MinistereDotationPolitiqueDeLaVille2023 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ministere-cohesion-dotation-politique-de-la-ville-2023.html",
        Title = "Dotation politique de la ville 2023 : critères d'éligibilité et communes retenues",
        Publisher = "Ministère de la Cohésion des territoires",
        Date = "2023-05-16",
        Type = DocumentTypeLabels.Page,
        Themes = [Themes.Dotations],
        Url = "https://cohesion-territoires.example/dotation-politique-de-la-ville-2023",
        DateCue = "Publié le 16/05/2023",
        Breadcrumb = ["Publications", "Dotations"],
        Body = """
            ## La dotation

            La dotation politique de la ville (DPV) finance des projets d'investissement et des actions dans les quartiers prioritaires. Son montant est de 150 M€ en 2023, réparti par les préfets de département entre les communes éligibles.

            ## Les critères

            Sont éligibles les communes de métropole et d'outre-mer qui remplissent trois conditions : être éligibles à la dotation de solidarité urbaine l'année précédente, compter une proportion de population en quartier prioritaire d'au moins 19 %, et être signataires d'un contrat de ville. 199 communes sont retenues en 2023.

            | Catégorie de communes | Communes éligibles | Enveloppe (M€) |
            | Communes de 10 000 habitants ou plus | 142 | 118 |
            | Communes de moins de 10 000 habitants | 37 | 14 |
            | Communes d'outre-mer | 20 | 18 |
            Source : ministère de la Cohésion des territoires (données fictives).

            ## Calendrier

            Les préfets notifient les enveloppes départementales en juin. Les communes déposent leurs dossiers avant le 30 septembre. La liste complète des communes éligibles, de Grigny à Saint-Laurent-du-Maroni, est jointe en annexe.
            """,
    };
}

/// <summary>A calculation method; no territorial subject.</summary>
public sealed class AdemeMethodeCo2Evite : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ademe-methode-calcul-emissions-evitees.html",
        Title = "Calculer les émissions évitées d'un projet : la méthode de référence",
        Publisher = "ADEME",
        Date = "2022-01-25",
        Type = DocumentTypeLabels.Guide,
        Themes = [Themes.Durable],
        Url = "https://ademe.example/expertises/methode-emissions-evitees",
        Meta = HtmlMeta.OpenGraph,
        DateCue = "Publié le 25/01/2022",
        Breadcrumb = ["Expertises", "Climat"],
        Body = """
            ## Principe

            Les émissions évitées d'un projet sont la différence entre les émissions d'un scénario de référence, sans le projet, et celles du scénario avec le projet, sur toute la durée de vie des équipements. Elles ne doivent pas être confondues avec les réductions d'émissions de l'organisation qui porte le projet.

            ## Étapes

            - Définir le scénario de référence le plus probable, en justifiant chaque hypothèse.
            - Choisir les facteurs d'émission de la Base Empreinte correspondant à l'année du calcul.
            - Calculer les émissions des deux scénarios sur le même périmètre.
            - Présenter le résultat avec sa marge d'incertitude.

            | Erreur fréquente | Conséquence |
            | Référence trop pessimiste | Surestimation des émissions évitées |
            | Oubli de la phase de construction | Bilan incomplet |
            | Double compte entre partenaires | Somme supérieure au total réel |
            Source : ADEME.

            ## Exemple

            Pour une chaufferie bois remplaçant une chaudière au fioul, le scénario de référence retient une chaudière au gaz neuve si le réseau est disponible, et non la chaudière existante.
            """,
    };
}

/// <summary>A glossary; a place only inside an invented example. No territorial subject.</summary>
public sealed class OfglLexiqueBudgetaire : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-lexique-epargne-brute-nette.html",
        Title = "Lexique : épargne brute, épargne nette et capacité de désendettement",
        Publisher = "OFGL",
        Date = "2021-03-09",
        Type = DocumentTypeLabels.Guide,
        Themes = [Themes.Finances],
        Url = "https://ofgl.example/outils/lexique-epargne",
        DateCue = "Mis à jour le 09/03/2021",
        Breadcrumb = ["Outils", "Lexique"],
        Body = """
            ## Épargne brute

            L'épargne brute est la différence entre les recettes et les dépenses réelles de fonctionnement. Elle mesure la capacité de la collectivité à financer ses investissements et à rembourser sa dette.

            ## Épargne nette

            L'épargne nette est l'épargne brute diminuée du remboursement en capital de la dette. Une épargne nette négative signifie que la collectivité emprunte pour rembourser ses emprunts.

            ## Capacité de désendettement

            La capacité de désendettement est le rapport entre l'encours de dette et l'épargne brute. Elle s'exprime en années : c'est le temps qu'il faudrait pour rembourser toute la dette si l'épargne y était entièrement consacrée. Un seuil d'alerte de 12 ans est généralement retenu pour les communes.

            | Exemple fictif | Montant (k€) |
            | Recettes réelles de fonctionnement | 10 000 |
            | Dépenses réelles de fonctionnement | 8 800 |
            | Épargne brute | 1 200 |
            | Remboursement en capital | 700 |
            | Épargne nette | 500 |
            | Encours de dette | 9 600 |
            Source : OFGL.

            Dans cet exemple, une commune imaginaire de 8 000 habitants a une capacité de désendettement de 8 ans.
            """,
    };
}

/// <summary>An internship offer; places only as the chamber's address. No territorial subject.</summary>
public sealed class CrcGrandEstOffreStage2024 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-grand-est-offre-stage-analyse-donnees-2024.html",
        Title = "Offre de stage : analyse de données financières (6 mois)",
        Publisher = "Chambre régionale des comptes Grand Est",
        Date = "2024-01-15",
        Type = DocumentTypeLabels.Page,
        Themes = [Themes.Emploi],
        Url = "https://ccomptes.example/crc/grand-est/offre-stage-donnees-2024",
        DateCue = "Publiée le 15/01/2024",
        Breadcrumb = ["Institution", "Recrutement"],
        Body = """
            ## Le poste

            La chambre régionale des comptes Grand Est accueille un stagiaire de niveau master pour six mois au sein de sa cellule d'appui aux contrôles. Le stagiaire participera à la constitution d'indicateurs financiers à partir des balances comptables des collectivités et à l'automatisation des analyses préalables aux contrôles.

            ## Profil recherché

            - Formation en statistique, économie ou science des données.
            - Maîtrise d'un langage de programmation pour l'analyse de données.
            - Intérêt pour les finances publiques.

            ## Conditions

            Le stage est gratifié selon le barème réglementaire. Il peut débuter à partir du 1er mars 2024. Le télétravail est possible deux jours par semaine après un mois de présence.

            ## Candidature

            Adresser un curriculum vitae et une lettre de motivation avant le 10 février 2024 au secrétariat général de la chambre, 3-5 rue de la Citadelle, 57000 Metz. Les entretiens auront lieu à Metz ou par visioconférence. La chambre dispose aussi d'une section à Châlons-en-Champagne.
            """,
    };
}

/// <summary>Two départements compared side by side (Gers and Landes). PDF.</summary>
public sealed class DreesGersLandesComparaison2021 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "drees-gers-landes-personnes-agees-2021.pdf",
        Title = "Personnes âgées dépendantes : le Gers et les Landes face au vieillissement",
        Publisher = "DREES",
        Date = "2021-06-22",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Social],
        Url = "https://drees.example/publications/gers-landes-2021.pdf",
        RunningHeader = "DREES — Gers et Landes — personnes âgées",
        Masthead = ["DREES — Les dossiers de la DREES", "Juin 2021"],
        CheckPhrase = "le Gers et les Landes",
        Body = """
            ## Deux départements voisins, deux trajectoires

            Le Gers et les Landes, départements ruraux du Sud-Ouest, comptent parmi les plus âgés de France. Mais leurs trajectoires divergent : les Landes gagnent des habitants grâce à l'arrivée de retraités sur le littoral, tandis que la population du Gers stagne. L'étude compare l'offre d'accompagnement des personnes âgées dépendantes dans les deux départements.

            | Indicateur | Gers | Landes |
            | Population 2019 | 191 000 | 413 000 |
            | Part des 75 ans ou plus (%) | 14,2 | 12,1 |
            | Places en EHPAD pour 1 000 personnes de 75 ans ou plus | 118 | 96 |
            | Bénéficiaires de l'APA à domicile | 4 900 | 8 700 |
            Source : DREES, enquêtes EHPA et Aide sociale (données fictives).

            ## Deux politiques départementales

            Le conseil départemental du Gers a privilégié l'hébergement en établissement, avec un taux d'équipement parmi les plus élevés de France. Celui des Landes a développé l'aide à domicile et expérimente depuis 2020 un village pour personnes atteintes de la maladie d'Alzheimer à Dax. Les coûts par bénéficiaire sont proches dans les deux départements.

            ## Perspectives

            D'ici 2030, le nombre de personnes de 85 ans ou plus augmenterait de 30 % dans les Landes et de 18 % dans le Gers. Les deux départements devront recruter des professionnels du soin, dont la pénurie limite déjà l'ouverture de places.
            """,
    };
}

/// <summary>A programme applied to one commune (Thiers); the EPCI and the département are context.</summary>
public sealed class AnctActionCoeurDeVilleThiers2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "anct-action-coeur-de-ville-thiers-2022.html",
        Title = "Action cœur de ville : Thiers rénove sa ville haute",
        Publisher = "ANCT",
        Date = "2022-09-13",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Geo],
        Url = "https://observatoire-des-territoires.example/programmes/acv-thiers-2022",
        Meta = HtmlMeta.OpenGraph,
        DateCue = "Publié le 13/09/2022",
        Breadcrumb = ["Programmes de l'ANCT", "Action cœur de ville"],
        Body = """
            ## Une ville perchée

            Thiers, sous-préfecture du Puy-de-Dôme de 11 600 habitants, capitale de la coutellerie, est inscrite au programme Action cœur de ville depuis 2018. Son centre médiéval, construit sur un éperon au-dessus de la Durolle, souffre d'une vacance élevée : un logement sur quatre y est inoccupé.

            ## Les actions engagées

            La commune a lancé une opération de restauration immobilière sur 120 immeubles, racheté et démoli trois îlots insalubres et rénové la place du Pirou. La communauté de communes Thiers Dore et Montagne a installé dans la ville haute une maison des services et un espace de coworking.

            | Indicateur | 2018 | 2021 |
            | Logements vacants en centre ancien | 780 | 690 |
            | Commerces vacants en centre ancien | 64 | 51 |
            | Crédits mobilisés (M€, cumul) | — | 18,4 |
            Source : ANCT, suivi du programme (données fictives).

            ## Premiers résultats

            La vacance commerciale a reculé de 20 %. Les propriétaires restent toutefois réticents à engager des travaux coûteux dans des immeubles difficiles d'accès, et la commune envisage des acquisitions publiques plus nombreuses.
            """,
    };
}

/// <summary>A préfecture notice about the département's intercommunal map; "Eure" also a river. Subject: the Eure.</summary>
public sealed class PrefectureEureSdci2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "prefecture-eure-schema-cooperation-intercommunale-2022.html",
        Title = "Schéma départemental de coopération intercommunale de l'Eure : bilan 2022",
        Publisher = "Préfecture de l'Eure",
        Date = "2022-12-01",
        Type = DocumentTypeLabels.Page,
        Themes = [Themes.Geo],
        Url = "https://eure.gouv.example/sdci-bilan-2022",
        DateCue = "Mis à jour le 01/12/2022",
        Breadcrumb = ["Actions de l'État", "Collectivités locales", "Intercommunalité"],
        Body = """
            ## La carte intercommunale du département

            Le département de l'Eure compte au 1er janvier 2022 quatorze établissements publics de coopération intercommunale à fiscalité propre : une communauté d'agglomération de plus de 100 000 habitants autour d'Évreux, quatre autres communautés d'agglomération et neuf communautés de communes. Toutes les communes du département sont membres d'un EPCI.

            ## Les syndicats

            La commission départementale de coopération intercommunale a examiné en 2022 la situation de 96 syndicats. Les syndicats de rivière de la vallée de l'Eure et de ses affluents, l'Iton et l'Avre, ont été regroupés en un seul syndicat de bassin. Onze syndicats scolaires ou d'eau potable ont été dissous.

            | Catégorie | 2017 | 2022 |
            | EPCI à fiscalité propre | 14 | 14 |
            | Syndicats intercommunaux | 98 | 71 |
            | Syndicats mixtes | 34 | 25 |
            Source : préfecture de l'Eure, base intercommunale (données fictives).

            ## Prochaines étapes

            Le préfet réunira la commission au printemps 2023 pour examiner les projets de fusion des syndicats d'eau potable du sud du département, à la limite de l'Eure-et-Loir.
            """,
    };
}

/// <summary>A regional waste plan (Île-de-France); Paris named as a place in the region. PDF.</summary>
public sealed class AdemeIleDeFranceDechetsBtp2021 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "ademe-ile-de-france-dechets-chantiers-2021.pdf",
        Title = "Les déchets des chantiers en Île-de-France : gisements et filières",
        Publisher = "ADEME",
        Date = "2021-09-28",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Durable],
        Url = "https://ademe.example/territoires/idf-dechets-chantiers-2021.pdf",
        RunningHeader = "ADEME Île-de-France — Déchets des chantiers",
        Masthead = ["ADEME — Direction régionale Île-de-France", "Études — septembre 2021"],
        Ligatures = true,
        CheckPhrase = "Île-de-France",
        Body = """
            ## Un gisement considérable

            Les chantiers du bâtiment et des travaux publics produisent chaque année 32 millions de tonnes de déchets en Île-de-France, dont 85 % de déchets inertes : terres, gravats, bétons. Les travaux du réseau de métro automatique du Grand Paris Express en ajoutent 5 millions par an jusqu'en 2030.

            ## Des filières saturées

            Les installations de stockage des déchets inertes de la région, situées surtout en Seine-et-Marne et dans le Val-d'Oise, arriveront à saturation vers 2027. Une part croissante des terres est exportée vers les régions voisines, la Normandie et les Hauts-de-France, par la route, le fleuve ou le rail.

            | Destination des déchets inertes | 2015 (%) | 2019 (%) |
            | Réemploi et recyclage | 38 | 46 |
            | Stockage dans la région | 49 | 38 |
            | Export hors de la région | 13 | 16 |
            Source : ADEME, Observatoire régional des déchets (données fictives).

            ## Les leviers

            Le plan régional de prévention et de gestion des déchets, adopté par la région Île-de-France en 2019, fixe un objectif de 70 % de valorisation matière en 2025. Il suppose de développer les plateformes de recyclage près des chantiers de Paris et de la petite couronne, et de généraliser le diagnostic des déchets avant démolition.
            """,
    };
}
