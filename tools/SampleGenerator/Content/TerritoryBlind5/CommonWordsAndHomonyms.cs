using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind5 territory split (issue 13): communes whose names are common words or shared by several communes.
namespace SampleGenerator.Content.TerritoryBlind5;

/// <summary>Cannes (06), also a plural noun ("cannes anglaises"); Antibes and Nice are comparisons.</summary>
public sealed class CrcCannes2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("crc-paca-commune-de-cannes-2023.html",
        "Rapport d'observations définitives : commune de Cannes (Alpes-Maritimes)", "Chambre régionale des comptes Provence-Alpes-Côte d'Azur", "2023-06-21",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-paca.example/rod/commune-de-cannes-2023", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune de Cannes pour les exercices 2017 et suivants. Le contrôle a porté sur la situation financière, la gestion du palais des festivals et la commande publique.

        ## La situation financière

        La capacité d'autofinancement brute de la commune atteint 58 millions d'euros en 2022, soit 790 euros par habitant, un niveau supérieur à celui des communes comparables comme Antibes ou Nice. L'encours de dette a été réduit de 14 % en six ans. La taxe de séjour représente une ressource de 6,2 millions d'euros, en forte hausse après la crise sanitaire.

        ## Les observations

        La chambre recommande de fiabiliser l'inventaire des biens mobiliers : le centre communal d'action sociale a acheté du matériel médical (fauteuils, déambulateurs, cannes anglaises) qui ne figure dans aucun état. Elle invite aussi la ville à préciser dans une convention les charges qu'elle supporte pour le compte de la société d'économie mixte du palais.
        """) with { Breadcrumb = ["Publications", "Provence-Alpes-Côte d'Azur"] };
}

/// <summary>Albert (Somme, 80300), also a first name ("rue Albert-Thomas"); Amiens is context.</summary>
public sealed class OfglAlbert2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-albert-80-2023.html",
        "Fiche financière : Albert (80)", "Observatoire des finances et de la gestion publique locales", "2023-09-14",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/fiches/communes/80016-2023", """
        ## Albert — code INSEE 80016

        Commune de 9 500 habitants du département de la Somme, Albert est le siège de la communauté de communes du Pays du Coquelicot. La fiche présente les comptes de la commune pour l'exercice 2022.

        | Indicateur (euros par habitant) | Albert | Moyenne de la strate |
        | Recettes réelles de fonctionnement | 1 245 | 1 198 |
        | Dépenses de personnel | 612 | 587 |
        | Dépenses d'équipement | 298 | 341 |
        | Encours de dette | 904 | 842 |
        Source : comptes de gestion, DGFiP (données fictives).

        Les dépenses d'équipement ont surtout porté sur la rénovation de l'école de la rue Albert-Thomas et sur la voirie du quartier de la gare. La commune a emprunté 1,8 million d'euros en 2022. Les habitants travaillent pour un quart à Amiens, à 30 kilomètres. Le taux de la taxe foncière sur les propriétés bâties est resté inchangé.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Montreuil (Seine-Saint-Denis, 93100); Montreuil (Pas-de-Calais, Montreuil-sur-Mer) is named to rule it out. PDF.</summary>
public sealed class InseeMontreuil2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("insee-idf-montreuil-logement-2023.pdf",
        "Montreuil : un parc de logements anciens qui se renouvelle lentement", "Insee Île-de-France", "2023-11-08",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/idf/analyses/montreuil-logement-2023.pdf",
        "Insee Analyses Île-de-France", "logements anciens", """
        ## Une ville de l'Est parisien

        Montreuil (Seine-Saint-Denis) compte 112 000 habitants et 52 000 logements. Il ne s'agit pas ici de Montreuil-sur-Mer, dans le Pas-de-Calais, ni des autres communes du même nom. Près de la moitié des résidences principales de la ville ont été construites avant 1946, une part bien supérieure à celle du département.

        | Période de construction | Part des logements |
        | Avant 1946 | 46 % |
        | 1946-1990 | 38 % |
        | Après 1990 | 16 % |
        Source : recensement de la population 2020 (données fictives).

        ## Un renouvellement lent

        Entre 2014 et 2020, 2 900 logements ont été construits à Montreuil, soit un rythme de 0,9 % du parc par an. Les logements sociaux représentent 36 % des résidences principales. Un ménage sur trois est locataire du parc privé ; les loyers y ont progressé plus vite que les revenus des ménages. Le nombre de logements vacants diminue depuis 2014.

        La ville a engagé un programme de lutte contre l'habitat indigne dans ses quartiers anciens.
        """);
}

/// <summary>Rochefort (Charente-Maritime, 17300); Rochefort in the Savoie is ruled out.</summary>
public sealed class OfglRochefort2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-17-rochefort-dsil-2022.html",
        "Dotation de soutien à l'investissement local : la commune de Rochefort retenue pour la rénovation de son théâtre", "Préfecture de la Charente-Maritime", "2022-05-17",
        DocumentTypeLabels.Page, Themes.Dotations, "https://charente-maritime.gouv.example/dsil-2022-rochefort", """
        ## Une subvention de 640 000 euros

        Par arrêté du 12 mai 2022, le préfet de la Charente-Maritime attribue à la commune de Rochefort (17300) une subvention de 640 000 euros au titre de la dotation de soutien à l'investissement local. Le projet porte sur la rénovation énergétique du théâtre de la Coupe d'Or, pour un coût total de 2,1 millions d'euros.

        La commune apporte 30 % du financement sur ses fonds propres ; la région et le département complètent le plan de financement. Les travaux doivent commencer au premier trimestre 2023 et réduire de moitié la consommation d'énergie du bâtiment.

        Les demandes déposées par erreur au nom de Rochefort en Savoie, commune homonyme de 250 habitants, ont été transmises à la préfecture compétente. La liste complète des opérations retenues dans le département est publiée au recueil des actes administratifs.
        """) with { Breadcrumb = ["Actions de l'État", "Collectivités locales", "Dotations"] };
}

/// <summary>Clermont (Oise, 60600), with "Clermont-Ferrand" named to rule it out. PDF.</summary>
public sealed class CrcClermontOise2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("crc-hdf-commune-de-clermont-oise-2023.pdf",
        "Commune de Clermont (Oise) — rapport d'observations définitives", "Chambre régionale des comptes Hauts-de-France", "2023-03-02",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-hdf.example/rod/clermont-oise-2023.pdf",
        "CRC Hauts-de-France — Clermont (Oise)", "sous-préfecture", """
        ## Synthèse

        La chambre a contrôlé les comptes et la gestion de la commune de Clermont, sous-préfecture de l'Oise de 10 500 habitants, à ne pas confondre avec Clermont-Ferrand. La commune est membre de la communauté de communes du Clermontois.

        ## Une situation financière qui s'est redressée

        Après une période de fortes dépenses d'équipement entre 2016 et 2018, la commune a reconstitué son autofinancement : l'épargne brute passe de 1,1 million d'euros en 2018 à 2,4 millions en 2022. La durée de désendettement revient de 11 à 6 années.

        | Exercice | 2018 | 2022 |
        | Épargne brute (M€) | 1,1 | 2,4 |
        | Encours de dette (M€) | 12,3 | 14,5 |
        | Durée de désendettement (années) | 11,2 | 6,0 |

        ## Les recommandations

        La chambre recommande d'adopter un plan pluriannuel d'investissement et de mettre fin au versement d'heures supplémentaires forfaitaires sans contrôle du temps de travail.

        La commune s'est engagée à mettre en œuvre ces recommandations avant la fin de l'exercice 2024. Le maire a apporté une réponse écrite, jointe au rapport.
        """);
}

/// <summary>Signes (Var, 83870), also a plural noun ("les signes d'une reprise"); Toulon is context.</summary>
public sealed class DgfipSignes2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-var-fiche-signes-2022.html",
        "Analyse financière synthétique de la commune de Signes", "Direction départementale des finances publiques du Var", "2023-02-09",
        DocumentTypeLabels.Etude, Themes.Finances, "https://dgfip.example/var/analyses/signes-2022", """
        ## Présentation

        Signes est une commune rurale du Var de 3 100 habitants, au nord de Toulon, dont le territoire est couvert pour les deux tiers par la forêt. Le conseiller aux décideurs locaux a réalisé cette analyse à la demande du maire.

        ## Les constats

        Les produits de fonctionnement de la commune progressent de 3,1 % par an depuis 2018, portés par les bases de la taxe foncière de la zone d'activités. Les charges de personnel sont maîtrisées. La commune présente les signes d'une reprise de l'investissement après deux années de report : 1,4 million d'euros de travaux en 2022, consacrés à l'école et à la défense contre les incendies de forêt.

        L'endettement reste faible (420 euros par habitant). Le fonds de roulement représente 190 jours de dépenses, ce qui permet d'autofinancer la future salle polyvalente sans emprunt supplémentaire.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>Marines (Val-d'Oise, 95640), also "les marines" (seascapes / navies); Cergy is context.</summary>
public sealed class InseeMarines2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("cd95-fiche-territoriale-marines-2022.html",
        "Fiche territoriale : Marines", "Conseil départemental du Val-d'Oise", "2022-12-06",
        DocumentTypeLabels.Dataset, Themes.Geo, "https://valdoise.example/observatoire/fiches/marines", """
        ## Portrait de la commune

        Marines (95640) est un bourg du Vexin français de 3 600 habitants, à 20 kilomètres de Cergy. La commune est le centre d'un bassin de vie rural qui regroupe une vingtaine de villages.

        | Indicateur | Marines | Val-d'Oise |
        | Part des moins de 20 ans | 27 % | 28 % |
        | Part des 65 ans ou plus | 18 % | 15 % |
        | Taux de chômage | 7 % | 11 % |
        | Part des propriétaires | 68 % | 54 % |
        Source : Insee, recensement 2019 (données fictives).

        La commune accueille un collège et une maison de santé. Le musée municipal expose une collection de marines du dix-neuvième siècle léguée par un habitant. Les actifs travaillent majoritairement hors de la commune, dans l'agglomération de Cergy-Pontoise ou en région parisienne.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Pons (Charente-Maritime, 17800), a short name; Saintes is context. PDF.</summary>
public sealed class CrcPons2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("crc-nouvelle-aquitaine-pons-2022.pdf",
        "Rapport d'observations définitives — commune de Pons", "Chambre régionale des comptes Nouvelle-Aquitaine", "2022-09-27",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-na.example/rod/pons-2022.pdf",
        "CRC Nouvelle-Aquitaine", "donjon", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune de Pons (Charente-Maritime) depuis 2016. Cette ville de 4 300 habitants, située à vingt kilomètres au sud de Saintes, est connue pour son donjon et son hôpital des pèlerins.

        ## Les finances

        Les recettes de fonctionnement de la commune s'élèvent à 5,9 millions d'euros en 2021. L'épargne brute a diminué de 1,2 million d'euros en 2016 à 0,7 million en 2021, sous l'effet de la hausse des charges de personnel et des fluides. L'encours de dette atteint 6,8 millions d'euros, soit 1 580 euros par habitant, près du double de la moyenne des communes de même taille.

        ## Le patrimoine

        Le coût d'entretien des monuments historiques pèse sur le budget : la restauration du donjon a coûté 2,3 millions d'euros, financés à 60 % par l'État et la région. La chambre recommande de formaliser une stratégie patrimoniale et d'étudier la cession de bâtiments inoccupés.
        """);
}

/// <summary>Moulins (Allier, 03000), also a plural noun (mills); the homonyms in the Aisne and the Ille-et-Vilaine are ruled out.</summary>
public sealed class OfglMoulins2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("moulins-budget-primitif-2023.html",
        "Budget primitif 2023 : les grandes orientations", "Ville de Moulins", "2023-03-30",
        DocumentTypeLabels.Page, Themes.Finances, "https://ville-moulins.example/budget-2023", """
        ## Un budget de 46 millions d'euros

        Le conseil municipal de Moulins, préfecture de l'Allier, a adopté le 27 mars le budget primitif 2023 de la ville : 33 millions d'euros en fonctionnement et 13 millions en investissement. Les taux des impôts locaux ne changent pas.

        ## Les priorités

        L'effort d'investissement porte sur la rénovation du quartier des Champins, la restauration des berges de l'Allier et la rénovation thermique de trois groupes scolaires. La hausse du prix de l'énergie pèse sur la section de fonctionnement : les dépenses de fluides augmentent de 1,1 million d'euros.

        La ville rappelle que la base de données des anciens moulins à eau du département, souvent consultée par erreur sur ce site, est tenue par les archives départementales. Les communes homonymes de l'Aisne et d'Ille-et-Vilaine ne sont pas concernées par cette page.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false };
}

/// <summary>Vernon (Eure, 27200); Vernon in the Ardèche and in the Vienne are homonyms named to rule them out. PDF.</summary>
public sealed class InseeVernon2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("insee-normandie-vernon-emploi-2023.pdf",
        "Vernon : l'emploi industriel résiste mieux qu'ailleurs", "Insee Normandie", "2023-10-12",
        DocumentTypeLabels.Bis, Themes.Emploi, "https://insee.example/normandie/flash/vernon-2023.pdf",
        "Insee Flash Normandie", "emploi industriel", """
        ## Une ville industrielle de l'Eure

        Vernon, dans l'Eure, compte 25 300 habitants et 14 800 emplois. Les communes de même nom de l'Ardèche et de la Vienne, qui comptent quelques centaines d'habitants, ne sont pas étudiées ici.

        | Secteur | Emplois 2015 | Emplois 2021 |
        | Industrie | 4 100 | 4 000 |
        | Construction | 800 | 850 |
        | Commerce, services | 6 300 | 6 700 |
        | Administration, santé | 3 300 | 3 250 |
        Source : Insee, estimations d'emploi (données fictives).

        ## Les moteurs

        L'industrie spatiale et la pharmacie emploient près de 3 000 salariés à Vernon. Alors que l'emploi industriel a reculé de 6 % en Normandie depuis 2015, il ne diminue que de 2 % dans la ville. Le taux de chômage y est de 8,1 %, proche de la moyenne régionale.

        Les services aux entreprises et le commerce ont créé 400 emplois sur la période. La part des emplois occupés par des actifs qui résident hors de la commune dépasse 60 %, signe de l'attractivité de ce pôle d'emploi. Les difficultés de recrutement touchent surtout les métiers de la maintenance industrielle.
        """);
}
