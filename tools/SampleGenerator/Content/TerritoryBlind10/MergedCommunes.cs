using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind10 territory split (issue 13): communes nouvelles, former and renamed communes.
namespace SampleGenerator.Content.TerritoryBlind10;

/// <summary>Noues de Sienne (Calvados, not named), commune nouvelle of ten communes (2016) including Saint-Sever-Calvados and Sept-Frères; Vire and Villedieu-les-Poêles are context.</summary>
public sealed class InseeNouesDeSienne2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("insee-noues-de-sienne-commune-nouvelle-2023.html",
        "Noues de Sienne, sept ans après la fusion", "INSEE", "2023-04-25",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/noues-de-sienne-2023", """
        ## Dix communes devenues une

        Noues de Sienne est née le 1er janvier 2016 de la réunion de dix communes du bocage, parmi lesquelles Saint-Sever-Calvados, Champ-du-Boult, Courson et Sept-Frères, qui sont devenues des communes déléguées. La commune nouvelle compte 4 200 habitants sur 120 kilomètres carrés, entre Vire et Villedieu-les-Poêles.

        ## Une population stable

        Après quarante ans de baisse, la population s'est stabilisée depuis 2013. Les naissances restent inférieures aux décès, mais l'arrivée de ménages venus de l'agglomération de Vire compense ce déficit. Saint-Sever, le bourg principal, accueille 40 % des habitants et l'essentiel des commerces.

        ## Des services regroupés

        La fusion a permis de regrouper les écoles sur deux sites et d'ouvrir une maison de santé. Les anciennes mairies sont restées ouvertes comme lieux d'accueil, deux demi-journées par semaine.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Flash Normandie" };
}

/// <summary>Orée d'Anjou (Maine-et-Loire, not named), commune nouvelle of nine communes (2015) including Champtoceaux, Liré and Drain; Ancenis and Nantes are context; the Loire is the river.</summary>
public sealed class CrcOreeDAnjou2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("crc-pdl-oree-d-anjou-2023.pdf",
        "Commune d'Orée d'Anjou : rapport d'observations définitives", "Chambre régionale des comptes Pays de la Loire", "2023-07-11",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-pdl.example/rod/oree-d-anjou-2023.pdf",
        "CRC Pays de la Loire - Orée d'Anjou", "communes déléguées", """
        ## La commune contrôlée

        Orée d'Anjou a été créée le 15 décembre 2015 par la fusion de neuf communes riveraines de la Loire : Bouzillé, Champtoceaux, Drain, Landemont, La Varenne, Liré, Saint-Christophe-la-Couperie, Saint-Laurent-des-Autels et Saint-Sauveur-de-Landemont. Elle compte 17 000 habitants, face à Ancenis et à une demi-heure de Nantes.

        ## Une fusion à achever

        Huit ans après sa création, la commune n'a pas encore harmonisé tous ses services. Les communes déléguées conservent des pratiques différentes pour la location des salles et l'entretien des espaces verts. Le temps de travail des agents n'a été unifié qu'en 2022.

        ## Une situation financière solide

        L'épargne brute représente 19 % des recettes de fonctionnement. La dette est faible. La commune a engagé un programme d'investissement ambitieux, dont un pôle culturel à Champtoceaux et la rénovation des écoles de Liré et de Drain.

        ## Recommandations

        La chambre recommande de finaliser l'harmonisation des régimes indemnitaires, de formaliser un plan pluriannuel d'investissement et de réduire le nombre de budgets annexes.
        """);
}

/// <summary>Porte des Pierres Dorées (Rhône, not named), a coined name for the commune nouvelle of Jarnioux, Liergues and Pouilly-le-Monial (2017); Villefranche-sur-Saône and Lyon are context; the Beaujolais is a landscape.</summary>
public sealed class OfglPorteDesPierresDorees2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-porte-des-pierres-dorees-2023.html",
        "Fiche commune : Porte des Pierres Dorées", "OFGL", "2023-09-26",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/69114-porte-des-pierres-dorees", """
        ## Identité

        Porte des Pierres Dorées (code INSEE 69114) est une commune nouvelle créée le 1er janvier 2017 par la réunion de Jarnioux, Liergues et Pouilly-le-Monial. Elle compte 4 185 habitants dans le sud du Beaujolais, à l'ouest de Villefranche-sur-Saône. Son nom évoque la pierre calcaire ocre des villages de ce secteur.

        ## Chiffres clés 2022

        | Indicateur | Commune | Strate |
        | Recettes de fonctionnement (€/hab.) | 742 | 881 |
        | Épargne brute (€/hab.) | 138 | 129 |
        | Dépenses d'équipement (€/hab.) | 296 | 288 |
        | Dette (€/hab.) | 455 | 731 |

        ## Lecture

        La commune dispose de recettes modestes mais dégage une épargne correcte grâce à des charges contenues. Ses habitants travaillent pour beaucoup dans l'agglomération lyonnaise ; la croissance démographique reste soutenue.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Mise à jour : 26/09/2023" };
}

/// <summary>Tinchebray-Bocage (Orne, not named), commune nouvelle of Tinchebray and six communes (2015); Flers and Vire are context.</summary>
public sealed class TinchebrayBocageBudget2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("tinchebray-bocage-budget-primitif-2024.pdf",
        "Budget primitif 2024 : présentation au conseil municipal", "Commune de Tinchebray-Bocage", "2024-03-28",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://tinchebray-bocage.example/bp-2024.pdf",
        "Tinchebray-Bocage - budget primitif 2024", "halle aux grains", """
        ## La commune

        Tinchebray-Bocage regroupe depuis 2015 Tinchebray, Beauchêne, Frênes, Larchamp, Saint-Cornier-des-Landes, Saint-Jean-des-Bois et Yvrandes. Ses 4 800 habitants vivent dans un bocage vallonné, entre Flers et Vire. Le bourg de Tinchebray concentre l'industrie, les commerces et le collège.

        ## Le fonctionnement

        Les recettes de fonctionnement sont estimées à 4,6 millions d'euros et les dépenses à 3,9 millions. Les charges d'énergie baissent de 8 % après la rénovation des bâtiments scolaires. Les taux des impôts locaux ne changent pas.

        ## L'investissement

        Le budget prévoit 2,7 millions d'euros de dépenses d'équipement : restauration de la halle aux grains, réfection des voiries des communes déléguées et création d'un terrain de football synthétique. Un emprunt de 600 000 euros complétera les subventions et l'autofinancement.

        ## La dette

        L'encours, 3,1 millions d'euros, représente 645 euros par habitant, proche de la moyenne des communes de même taille. La durée résiduelle moyenne des emprunts est de quatorze ans et aucun emprunt ne présente de risque de taux. La capacité de désendettement s'établit à 4,5 années.
        """);
}

/// <summary>Montignac (Dordogne, 2018), renamed Montignac-Lascaux -> today's code; Sarlat and Périgueux are context; the Vézère is the river; Lascaux is the cave.</summary>
public sealed class AnctMontignac2018 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("anct-montignac-revitalisation-2018.html",
        "Montignac : revitaliser le centre-bourg après l'ouverture de Lascaux IV", "ANCT", "2018-11-06",
        DocumentTypeLabels.Etude, Themes.Geo, "https://observatoire-territoires.example/programmes/montignac-2018", """
        ## Un afflux de visiteurs qui ne profite pas au bourg

        Depuis l'ouverture du centre international de l'art pariétal en 2016, Montignac reçoit plus de 400 000 visiteurs par an. Pourtant, la commune de 2 800 habitants, sur les bords de la Vézère, voit fermer des commerces dans sa rue principale : les visiteurs viennent en car, passent à la grotte de Lascaux et repartent vers Sarlat.

        ## Le programme

        La commune a engagé avec l'État un programme de revitalisation : réaménagement des quais, signalétique reliant le site au centre, aide à la rénovation des façades et à l'installation de nouveaux commerçants. L'ancien couvent deviendra un lieu d'exposition.

        ## Les moyens

        Le programme représente 6,4 millions d'euros sur cinq ans, avec le concours de l'État, de la région et du département. Un manager de centre-bourg a été recruté en septembre 2018 ; il travaille aussi avec les offices de Sarlat et de Périgueux.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Cadillac (Gironde, 33410; 2021), the commune since renamed Cadillac-sur-Garonne -> today's code; "cadillac" is also a car; Langon and Bordeaux are context; the Garonne is the river.</summary>
public sealed class CadillacCompteAdministratif2021 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("cadillac-compte-administratif-2021.pdf",
        "Compte administratif 2021 : rapport de présentation", "Commune de Cadillac", "2022-05-24",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://mairie-cadillac.example/ca-2021.pdf",
        "Ville de Cadillac (33410) - compte administratif 2021", "château des ducs", """
        ## Présentation

        Ce rapport accompagne le compte administratif 2021 de la commune de Cadillac, 2 700 habitants, bastide de la rive droite de la Garonne entre Langon et Bordeaux. Précisons-le pour les curieux qui nous écrivent : la commune n'a aucun lien avec la marque automobile américaine, qui doit son nom à un officier gascon fondateur de Détroit.

        ## Fonctionnement

        Les recettes de fonctionnement atteignent 3,2 millions d'euros et les dépenses 2,7 millions. La crise sanitaire a encore pesé sur les recettes des services : cantine, locations de salles, droits de place du marché. Les charges de personnel sont stables.

        ## Investissement

        Les dépenses d'équipement s'élèvent à 1,1 million d'euros : rénovation de la halle, mise en accessibilité de l'école et premiers aménagements des abords du château des ducs d'Épernon. Elles sont financées à 48 % par des subventions.

        ## Résultat

        L'exercice dégage un excédent de 412 000 euros, reporté en section d'investissement pour la restauration des remparts.
        """);
}

/// <summary>Aime (Savoie, 2015), a former commune merged in 2016 with Granier and Montgirod into Aime-la-Plagne -> today's code (not named); "aime" is also a verb; Bourg-Saint-Maurice, Moûtiers and La Plagne are context; the Isère is the river.</summary>
public sealed class PrefectureAime2015 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-73-aime-plan-prevention-risques-2015.html",
        "Plan de prévention des risques naturels de la commune d'Aime", "Préfecture de la Savoie", "2015-06-16",
        DocumentTypeLabels.Page, Themes.Securite, "https://savoie.gouv.example/ppr-aime-2015", """
        ## Le plan approuvé

        Le préfet a approuvé le plan de prévention des risques naturels de la commune d'Aime, en Tarentaise. Le document couvre les crues de l'Isère et de ses affluents torrentiels, les avalanches et les glissements de terrain. La commune, 3 600 habitants, s'étend de la vallée, entre Moûtiers et Bourg-Saint-Maurice, jusqu'aux stations d'altitude de La Plagne.

        ## Ce que change le plan

        Le zonage classe 38 hectares en zone rouge, où toute construction nouvelle est interdite, notamment le long du torrent de l'Ormente. En zone bleue, les constructions restent possibles sous conditions : surélévation du plancher, renforcement des façades exposées.

        ## Pour qui aime la montagne

        Le plan rappelle que les hameaux d'alpage sont exposés aux avalanches en hiver. Les propriétaires de chalets qui aiment y séjourner en janvier devront s'informer des consignes de la mairie.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 16/06/2015" };
}

/// <summary>Mesnil-en-Ouche (Eure, not named), commune nouvelle of sixteen communes (2016) including Beaumesnil and La Barre-en-Ouche; Bernay and Évreux are context; the pays d'Ouche is a landscape.</summary>
public sealed class DgclMesnilEnOuche2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-commune-nouvelle-mesnil-en-ouche-2023.html",
        "Seize communes, une seule mairie : Mesnil-en-Ouche", "DGCL", "2023-05-16",
        DocumentTypeLabels.Etude, Themes.Geo, "https://collectivites-locales.example/communes-nouvelles/mesnil-en-ouche", """
        ## Une fusion de grande ampleur

        Mesnil-en-Ouche est née le 1er janvier 2016 de la réunion de seize communes du pays d'Ouche, dont Beaumesnil, La Barre-en-Ouche, Gisay-la-Coudre, Épinay et Thevray. Avec 4 400 habitants sur 170 kilomètres carrés, elle est l'une des plus vastes communes nouvelles de Normandie. Bernay et Évreux restent les pôles d'emploi.

        ## Ce que la fusion a permis

        La commune a mutualisé ses moyens techniques, réorganisé les écoles sur quatre sites et bénéficié pendant trois ans d'une bonification de dotation. Elle a financé la rénovation du château de Beaumesnil, qu'elle a acquis.

        ## Les difficultés

        L'éloignement entre les hameaux rend les services plus coûteux. Les élus des communes déléguées demandent plus de proximité ; un conseil des maires délégués se réunit désormais chaque mois.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Institutions", "Communes nouvelles"] };
}

/// <summary>Ports (Indre-et-Loire, 37800; 2018), since renamed Ports-sur-Vienne -> today's code; "ports" is also a common word; Sainte-Maure-de-Touraine and Châtellerault are context; the Vienne is the river.</summary>
public sealed class PortsCarteCommunale2018 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("ports-37-carte-communale-2018.pdf",
        "Carte communale : rapport de présentation", "Commune de Ports", "2018-10-02",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://mairie-ports37.example/carte-communale-2018.pdf",
        "Commune de Ports (37800) - carte communale", "zone inondable", """
        ## Objet

        La commune de Ports, 350 habitants, sur la rive droite de la Vienne, a prescrit l'élaboration d'une carte communale pour remplacer l'application du règlement national d'urbanisme. Le présent rapport expose le diagnostic et les choix retenus. Malgré son nom, le village n'abrite plus de port fluvial depuis la fin de la batellerie, au XIXe siècle.

        ## Diagnostic

        La population progresse lentement grâce à l'arrivée de familles travaillant à Sainte-Maure-de-Touraine ou à Châtellerault. Le bâti ancien, en tuffeau, est dispersé entre le bourg et sept hameaux. Une partie du bourg se trouve en zone inondable.

        ## Choix retenus

        Les secteurs constructibles sont limités au bourg, hors zone inondable, et à deux hameaux desservis par les réseaux. Ils permettent la construction d'une douzaine de logements en dix ans. Les terres agricoles, les coteaux boisés et les prairies de la vallée sont préservés.

        ## Suite de la procédure

        Le projet sera soumis à enquête publique à l'automne puis approuvé par le conseil municipal et le préfet.
        """);
}
