using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind7 territory split (issue 13): communes nouvelles and merged communes, named by their new or former names.
namespace SampleGenerator.Content.TerritoryBlind7;

/// <summary>Baugé (Maine-et-Loire), a commune déléguée of Baugé-en-Anjou since 2013, named as "Baugé" only.</summary>
public sealed class BaugeHalles2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-49-bauge-dsil-halles-2023.html",
        "DSIL 2023 : la restauration des halles de Baugé soutenue par l'État", "Préfecture de Maine-et-Loire", "2023-09-04",
        DocumentTypeLabels.Page, Themes.Dotations, "https://maine-et-loire.gouv.example/dsil-2023-bauge", """
        ## Un projet de centre-bourg

        La dotation de soutien à l'investissement local accorde 380 000 euros à la restauration des halles de Baugé, édifice du XVIIe siècle fermé au public depuis 2019. Le chantier comprend la reprise de la charpente, la mise en accessibilité et l'installation d'un marché de producteurs couvert.

        ## Plan de financement

        | Financeur | Montant (euros) |
        | État (DSIL) | 380 000 |
        | Région | 250 000 |
        | Commune | 640 000 |
        Source : dossier déposé par la commune (données fictives).

        ## Calendrier

        Les travaux débuteront au printemps 2024 pour une livraison à l'été 2025. Le projet s'inscrit dans le programme Petites villes de demain, dont Baugé est lauréate avec Noyant. La commune prévoit d'y tenir le marché hebdomadaire du lundi.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Noyant-Villages (Maine-et-Loire), a commune nouvelle of fourteen former communes; Noyant is one of them.</summary>
public sealed class CrcNoyantVillages2021 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("crc-pdl-noyant-villages-2021.pdf",
        "Commune de Noyant-Villages : rapport d'observations définitives", "Chambre régionale des comptes Pays de la Loire", "2021-12-16",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-pdl.example/rod/noyant-villages-2021.pdf",
        "CRC Pays de la Loire - Noyant-Villages", "communes déléguées", """
        ## Une commune nouvelle étendue

        Noyant-Villages est née le 15 décembre 2016 de la fusion de quatorze communes, dont Noyant, Breil, Chigné, Lasse et Méon. Elle compte 5 700 habitants sur plus de 300 kilomètres carrés, ce qui en fait l'une des communes les plus étendues du département.

        ## Organisation

        Les communes déléguées conservent une mairie annexe ouverte une demi-journée par semaine. La chambre relève que les délégations de signature accordées aux maires délégués sont imprécises et que l'inventaire des biens des anciennes communes n'a pas été consolidé.

        ## Situation financière

        La fusion a permis de bénéficier d'une bonification de la dotation globale de fonctionnement pendant trois ans. Depuis sa fin, l'épargne brute a baissé de 22 %. Les dépenses de voirie, sur 420 kilomètres de routes communales, pèsent sur la section d'investissement.

        ## Recommandations

        1. Préciser par arrêté les délégations consenties aux maires délégués.
        2. Adopter un plan pluriannuel de voirie hiérarchisant les interventions.
        """);
}

/// <summary>Montrevault-sur-Èvre (Maine-et-Loire), commune nouvelle of eleven former communes, several named.</summary>
public sealed class MontrevaultSurEvreEcoles2024 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("montrevault-sur-evre-carte-scolaire-2024.html",
        "Carte scolaire : les écoles publiques de Montrevault-sur-Èvre en 2024", "Ville de Montrevault-sur-Èvre", "2024-02-27",
        DocumentTypeLabels.Page, Themes.Culture, "https://montrevaultsurevre.example/education/carte-scolaire-2024", """
        ## Neuf écoles pour onze communes déléguées

        Depuis la création de la commune nouvelle en 2015, Montrevault-sur-Èvre gère les écoles publiques des anciennes communes. Les effectifs baissent : 712 élèves à la rentrée 2023, contre 804 en 2018.

        | École | Commune déléguée | Élèves |
        | Les Tilleuls | Saint-Pierre-Montlimart | 164 |
        | Le Petit Prince | Le Fuilet | 118 |
        | L'Èvre | Montrevault | 96 |
        | Les Mauges | Saint-Quentin-en-Mauges | 61 |
        | Autres écoles (5) | - | 273 |
        Source : service éducation (données fictives).

        ## Les choix du conseil municipal

        Le conseil propose de regrouper les écoles du Puiset-Doré et de Chaudron-en-Mauges sur un seul site à la rentrée 2025, avec un transport scolaire gratuit. Les familles seront consultées lors de réunions publiques dans chaque commune déléguée.

        Les élus rappellent que la commune prend en charge l'intégralité des dépenses de fonctionnement des écoles.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Thizy-les-Bourgs (Rhône), commune nouvelle of 2013, named mostly by its former communes (Thizy, Bourg-de-Thizy).</summary>
public sealed class InseeThizy2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("insee-thizy-les-bourgs-textile-2022.html",
        "Thizy-les-Bourgs : l'emploi textile résiste", "INSEE", "2022-11-22",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/ara/thizy-les-bourgs-textile", """
        ## Des bourgs textiles réunis

        En 2013, Thizy, Bourg-de-Thizy, Mardore, Marnand et La Chapelle-de-Mardore ont fusionné pour former une commune nouvelle de 6 200 habitants, au nord-ouest du département. Le tissage y emploie encore plus de 700 salariés.

        ## Une industrie qui se spécialise

        Les établissements textiles de Bourg-de-Thizy et de Marnand se sont tournés vers les tissus techniques et les étoffes d'ameublement haut de gamme. L'emploi industriel représente 31 % de l'emploi total de la commune, contre 14 % en moyenne régionale.

        | Secteur | Emplois | Part |
        | Industrie (dont textile) | 1 050 | 31 % |
        | Commerce et services | 1 600 | 47 % |
        | Administration, santé | 760 | 22 % |
        Source : recensement 2019 (données fictives).

        Les recrutements restent difficiles : près d'un salarié du textile sur trois a plus de 55 ans.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Statistiques", "Auvergne-Rhône-Alpes"] };
}

/// <summary>Terres-de-Haute-Charente (Charente), commune nouvelle of 2019, named through Roumazières-Loubert.</summary>
public sealed class DgfipRoumazieres2021 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("dgfip-terres-de-haute-charente-analyse-2021.pdf",
        "Analyse financière 2021 : commune de Terres-de-Haute-Charente", "DGFiP", "2022-06-15",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://impots-collectivites.example/analyses/16192-2021.pdf",
        "Analyse financière - Terres-de-Haute-Charente (16270)", "tuileries", """
        ## La commune

        Terres-de-Haute-Charente regroupe depuis le 1er janvier 2019 les anciennes communes de Roumazières-Loubert, Genouillac, Mazières, La Péruse et Suris, soit 4 300 habitants. La mairie siège à Roumazières-Loubert, bourg industriel connu pour ses tuileries.

        ## Fonctionnement

        | Ratio (euros par habitant) | Commune | Strate |
        | Produits de fonctionnement | 1 005 | 968 |
        | Charges de fonctionnement | 842 | 820 |
        | Capacité d'autofinancement | 163 | 148 |
        | Encours de dette | 720 | 690 |
        Source : comptes de gestion 2021 (données fictives).

        ## Commentaire

        La fiscalité professionnelle étant intercommunale, les ressources de la commune reposent sur le foncier bâti, alimenté par les tuileries. L'harmonisation des taux entre les anciennes communes s'achèvera en 2030. La capacité d'autofinancement permet d'envisager la rénovation du groupe scolaire de Roumazières sans recours excessif à l'emprunt.

        La dette, contractée pour l'essentiel avant la fusion, s'éteindra pour moitié d'ici 2028. Les dépenses d'équipement des trois derniers exercices ont surtout porté sur la voirie et les bâtiments scolaires des anciennes communes. Aucune difficulté de trésorerie n'a été relevée.
        """);
}

/// <summary>Vindry-sur-Turdine (Rhône), commune nouvelle of 2019 (Pontcharra-sur-Turdine, Dareizé, Les Olmes, Saint-Loup); Tarare is a neighbour.</summary>
public sealed class VindryBulletin2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("vindry-sur-turdine-compte-administratif-2022.html",
        "Compte administratif 2022 : les chiffres à retenir", "Mairie de Vindry-sur-Turdine", "2023-06-30",
        DocumentTypeLabels.Page, Themes.Finances, "https://vindry-sur-turdine.example/finances/ca-2022", """
        ## Quatre villages, un budget

        Née de l'union de Pontcharra-sur-Turdine, Dareizé, Les Olmes et Saint-Loup, la commune présente son troisième compte administratif complet. Le conseil municipal l'a approuvé à l'unanimité le 22 juin.

        ## Résultats

        | Section | Dépenses (euros) | Recettes (euros) |
        | Fonctionnement | 3 410 000 | 4 020 000 |
        | Investissement | 2 160 000 | 1 740 000 |
        Source : compte administratif 2022 (données fictives).

        ## Réalisations

        Les principaux chantiers ont été la réfection de la place de l'église de Saint-Loup, la nouvelle cantine de Pontcharra et l'enfouissement des réseaux aux Olmes. L'excédent de fonctionnement, 610 000 euros, est affecté à l'investissement. La commune reste peu endettée, au contraire de sa voisine Tarare.

        Le budget 2023 prévoit la rénovation de la mairie et un city-stade pour les jeunes des quatre villages.
        """) with { Meta = HtmlMeta.None, TimeElement = false };
}

/// <summary>Longuenée-en-Anjou (Maine-et-Loire), named through its former commune La Meignanne; Angers is context.</summary>
public sealed class LongueneeMeignanne2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-49-la-meignanne-enquete-plu-2023.html",
        "La Meignanne : enquête publique sur la modification du plan local d'urbanisme", "Préfecture de Maine-et-Loire", "2023-03-13",
        DocumentTypeLabels.Page, Themes.Geo, "https://maine-et-loire.gouv.example/enquetes/la-meignanne-2023", """
        ## Objet de l'enquête

        Une enquête publique est ouverte du 3 au 31 avril sur la modification du plan local d'urbanisme concernant le secteur des Rivaudières, à La Meignanne, commune déléguée de Longuenée-en-Anjou depuis 2016. Le projet ouvre à l'urbanisation 4,2 hectares pour environ 90 logements, à une dizaine de kilomètres d'Angers.

        ## Modalités

        Le dossier est consultable à la mairie de Longuenée-en-Anjou et à la mairie annexe de La Meignanne, aux heures d'ouverture. Le commissaire enquêteur tiendra trois permanences. Les observations peuvent aussi être adressées par courrier.

        ## Contenu du projet

        - 25 % de logements locatifs sociaux ;
        - une coulée verte préservant la haie bocagère existante ;
        - un cheminement piéton vers l'école de La Membrolle-sur-Longuenée.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Porte-des-Bonnevaux (Isère), commune nouvelle of 2019 (Semons, Arzay, Commelle, Nantoin).</summary>
public sealed class PorteDesBonnevaux2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("porte-des-bonnevaux-rapport-orientation-2022.pdf",
        "Rapport d'orientation budgétaire 2022", "Commune de Porte-des-Bonnevaux", "2022-02-24",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://portedesbonnevaux.example/rob-2022.pdf",
        "Porte-des-Bonnevaux - ROB 2022", "harmonisation des taux", """
        ## Contexte

        La commune nouvelle de Porte-des-Bonnevaux réunit depuis le 1er janvier 2019 Semons, Arzay, Commelle et Nantoin. Ses 2 300 habitants vivent dans un territoire agricole, entre la plaine de la Bièvre et la forêt des Bonnevaux.

        ## Évolution des finances

        | Année | Recettes de fonctionnement (euros) | Épargne brute (euros) |
        | 2019 | 1 520 000 | 262 000 |
        | 2020 | 1 548 000 | 248 000 |
        | 2021 | 1 601 000 | 281 000 |
        Source : comptes administratifs (données fictives).

        ## Orientations 2022

        L'harmonisation des taux de fiscalité entre les quatre communes historiques se poursuivra jusqu'en 2030. Les investissements prévus, 780 000 euros, portent sur la mise aux normes de la salle des fêtes de Commelle, la sécurisation de la traversée de Semons et l'extension du cimetière de Nantoin. Aucun emprunt nouveau n'est envisagé.

        Le fonds de roulement, 640 000 euros fin 2021, permet de couvrir les besoins de trésorerie sans ligne de crédit. Le conseil municipal sera appelé à voter le budget primitif au mois de mars, après la présentation de ce rapport.
        """);
}
