using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind11 territory split (issue 13): communes nouvelles, communes déléguées and renamed communes (today's code).
namespace SampleGenerator.Content.TerritoryBlind11;

/// <summary>Hauts de Bienne (Jura, not named), commune nouvelle of Morez, La Mouille and Lézat (2016); the CC Haut-Jura Arcade (membership), Saint-Claude and Genève are context; the Bienne is the river.</summary>
public sealed class InseeHautsDeBienne2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("insee-hauts-de-bienne-commune-nouvelle-2023.html",
        "Hauts de Bienne : une commune nouvelle marquée par la lunetterie", "INSEE", "2023-09-12",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/hauts-de-bienne", """
        ## Trois communes réunies

        Créée le 1er janvier 2016, la commune nouvelle de Hauts de Bienne regroupe Morez, La Mouille et Lézat, trois anciennes communes désormais déléguées, dans la vallée étroite de la Bienne. Elle compte 5 300 habitants, dont les trois quarts à Morez, qui reste le centre administratif et commercial. La commune appartient à la communauté de communes Haut-Jura Arcade.

        ## Une économie industrielle

        Hauts de Bienne offre 3 100 emplois, dont 34 % dans l'industrie, une proportion trois fois supérieure à la moyenne nationale. La lunetterie, activité historique de Morez, emploie encore 900 salariés dans une vingtaine d'entreprises, souvent des sous-traitants de grandes marques. L'horlogerie et la fabrication de pièces métalliques complètent ce tissu.

        ## Une population qui diminue

        La commune a perdu 9 % de ses habitants en quinze ans. Les jeunes partent étudier et s'installent souvent ailleurs, tandis qu'une partie des actifs travaille en Suisse, à Genève ou dans la vallée de Joux, où les salaires sont plus élevés. Les entreprises locales peinent à recruter ; certaines organisent des navettes depuis Saint-Claude.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Flash Bourgogne-Franche-Comté" };
}

/// <summary>Ancenis-Saint-Géréon (Loire-Atlantique, not named), commune nouvelle of Ancenis and Saint-Géréon (2019); the CC du Pays d'Ancenis (membership), Nantes and Angers are context; the Loire is the river.</summary>
public sealed class AncenisSaintGereonBudget2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("ancenis-saint-gereon-budget-primitif-2024.pdf",
        "Budget primitif 2024 : rapport de présentation", "Ville d'Ancenis-Saint-Géréon", "2024-03-29",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://ancenis-saint-gereon.example/budget-2024.pdf",
        "Ancenis-Saint-Géréon - budget primitif 2024", "pôle d'échanges multimodal", """
        ## Le contexte

        Cinq ans après la création de la commune nouvelle, issue au 1er janvier 2019 du regroupement d'Ancenis et de Saint-Géréon, le budget 2024 d'Ancenis-Saint-Géréon est le premier à harmoniser complètement les tarifs des services municipaux entre les deux communes déléguées. La ville compte 11 200 habitants, sur la rive droite de la Loire, à mi-chemin entre Nantes et Angers.

        ## Le fonctionnement

        Les dépenses de fonctionnement s'établissent à 15,8 millions d'euros, en hausse de 3,9 %. L'énergie et les frais de personnel expliquent l'essentiel de l'augmentation. Les taux des impôts locaux ne changent pas ; la dotation de l'État bénéficie encore de la bonification accordée aux communes nouvelles.

        ## L'investissement

        Le programme d'investissement atteint 9,4 millions d'euros. Il comprend l'aménagement du pôle d'échanges multimodal autour de la gare, la rénovation énergétique de l'école de Saint-Géréon et la renaturation des bords de Loire. Certaines opérations sont conduites avec la communauté de communes du Pays d'Ancenis, qui finance les liaisons cyclables.
        """);
}

/// <summary>Louhans (Saône-et-Loire, 2019), since renamed Louhans-Châteaurenaud (gazetteer: former name) -> today's code; Chalon-sur-Saône and Bourg-en-Bresse are context; the Bresse is a landscape; the Seille is the river.</summary>
public sealed class PrefectureLouhansDetr2019 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-71-louhans-halle-marche-2019.html",
        "Louhans : l'État soutient la rénovation de la halle du marché", "Préfecture de Saône-et-Loire", "2019-05-14",
        DocumentTypeLabels.Page, Themes.Dotations, "https://saone-et-loire.gouv.example/actualites/louhans-halle-2019", """
        ## Une halle au cœur du marché de Louhans

        Le sous-préfet a remis au maire de Louhans l'arrêté attribuant à la commune une subvention de 420 000 euros au titre de la dotation de soutien à l'investissement local. L'aide financera la rénovation de la halle couverte où se tient, chaque lundi, l'un des plus grands marchés de volailles de Bresse. Construite au XIXe siècle, la charpente métallique est corrodée et la couverture n'est plus étanche.

        ## Le projet

        Les travaux, estimés à 1,4 million d'euros, comprennent la reprise de la charpente, la pose d'une couverture neuve équipée de panneaux photovoltaïques et la création de sanitaires publics. La halle pourra accueillir d'autres manifestations, comme les foires agricoles et les concerts d'été. La région et le département participent également au financement.

        ## Une ville-centre pour la Bresse

        Avec 6 500 habitants, Louhans joue le rôle de ville-centre pour tout le sud de la Bresse bourguignonne, entre Chalon-sur-Saône et Bourg-en-Bresse. Le projet s'inscrit dans le programme de revitalisation engagé par la commune le long des arcades de la Grande Rue et des quais de la Seille.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actions de l'État", "Collectivités locales", "DSIL"] };
}

/// <summary>Verdun-Ciel (Saône-et-Loire, not named), commune nouvelle of Verdun-sur-le-Doubs and Ciel; Verdun (Meuse) is named to rule it out; "ciel" is also sky; Chalon-sur-Saône is context; the Doubs and the Saône are rivers.</summary>
public sealed class DgclCommuneNouvelleVerdunCiel2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("dgcl-commune-nouvelle-verdun-ciel-2024.pdf",
        "Fiche de création d'une commune nouvelle : Verdun-Ciel", "DGCL", "2024-02-06",
        DocumentTypeLabels.Page, Themes.Geo, "https://collectivites-locales.example/communes-nouvelles/verdun-ciel.pdf",
        "DGCL - fiche commune nouvelle", "confluence du Doubs et de la Saône", """
        ## La création

        Par arrêté préfectoral, la commune nouvelle de Verdun-Ciel a été créée par le regroupement de Verdun-sur-le-Doubs et de Ciel, à la demande des deux conseils municipaux, qui ont délibéré à l'unanimité. Verdun-sur-le-Doubs, petite ville de 1 200 habitants à la confluence du Doubs et de la Saône, et Ciel, commune rurale de 900 habitants, partageaient déjà une école de musique et un syndicat des eaux. Le nom de la commune nouvelle ne doit pas prêter à confusion avec Verdun, dans la Meuse.

        ## L'organisation

        Le chef-lieu est fixé à Verdun-sur-le-Doubs. Les deux anciennes communes deviennent des communes déléguées, avec chacune un maire délégué et une annexe de la mairie. Jusqu'au prochain renouvellement général, le conseil municipal réunit l'ensemble des conseillers des deux communes.

        ## Les effets financiers

        La commune nouvelle compte environ 2 100 habitants. Elle bénéficie pendant trois ans d'une garantie de sa dotation forfaitaire. Les taux des impôts locaux seront harmonisés progressivement sur douze ans. Les services de l'État à Chalon-sur-Saône accompagnent la fusion des budgets et des régies ; le ciel est dégagé, selon les élus, pour lancer la rénovation de la salle des fêtes.
        """) with { InfoTitle = "Commune nouvelle 71" };
}

/// <summary>Montreuil (Pas-de-Calais, 2018), since renamed Montreuil-sur-Mer (gazetteer: former name) -> today's code; Montreuil (Seine-Saint-Denis) is named to rule it out; Le Touquet, Berck and Boulogne-sur-Mer are context; the Pas-de-Calais is named once as context; the Canche is the river.</summary>
public sealed class MontreuilRemparts2018 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("montreuil-62-plan-remparts-2018.html",
        "Remparts : un plan de restauration sur dix ans", "Ville de Montreuil", "2018-10-02",
        DocumentTypeLabels.Page, Themes.Culture, "https://ville-montreuil62.example/actualites/remparts-2018", """
        ## Trois kilomètres de remparts

        Le conseil municipal de Montreuil a adopté un plan de restauration de ses remparts sur dix ans. L'enceinte, qui entoure entièrement la ville haute, domine la vallée de la Canche et attire chaque année des dizaines de milliers de visiteurs. Plusieurs pans de murs menacent de s'effondrer et deux portes ont dû être fermées au public.

        ## Le financement

        Le coût total est estimé à 9 millions d'euros. L'État, au titre des monuments historiques, en financera 40 %. La région et le département ont également été sollicités. Pour une commune de 2 000 habitants, l'effort reste considérable : la ville lance une campagne de mécénat auprès des entreprises du littoral, du Touquet à Berck.

        ## À ne pas confondre

        Les services de la mairie reçoivent régulièrement des demandes destinées à Montreuil, en Seine-Saint-Denis. Les candidatures aux chantiers de bénévoles organisés chaque été sur les remparts doivent être adressées à la mairie de Montreuil, place Gambetta, avec la mention Pas-de-Calais. Une exposition présentant le projet se tiendra à la citadelle puis à Boulogne-sur-Mer.
        """) with { Meta = HtmlMeta.None, TimeElement = true };
}

/// <summary>Oissel (Seine-Maritime, 2020), since renamed Oissel-sur-Seine (gazetteer: former name) -> today's code; Rouen, Saint-Étienne-du-Rouvray and the Métropole Rouen Normandie (membership) are context; the Seine is the river; the forêt du Rouvray a landscape.</summary>
public sealed class OisselCompteAdministratif2020 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("oissel-compte-administratif-2020.pdf",
        "Compte administratif 2020 : note de synthèse", "Ville d'Oissel", "2021-06-22",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://oissel.example/finances/ca-2020.pdf",
        "Oissel - compte administratif 2020", "crise sanitaire", """
        ## Une année particulière

        L'exercice 2020 de la ville d'Oissel a été profondément marqué par la crise sanitaire. Les équipements culturels et sportifs ont été fermés plusieurs mois, la restauration scolaire a fonctionné de façon réduite et la commune a engagé des dépenses imprévues pour les masques, le gel et l'adaptation des écoles. La ville compte 11 800 habitants, au bord de la Seine, entre Rouen et la forêt du Rouvray.

        ## Les résultats

        Les dépenses de fonctionnement ont diminué de 2,8 %, les économies réalisées sur les services fermés compensant les achats sanitaires. Les recettes des services ont chuté de 41 %. L'excédent de fonctionnement atteint néanmoins 2,1 millions d'euros, grâce au maintien des recettes fiscales.

        ## L'investissement

        Les travaux ont pris du retard : seuls 58 % des crédits d'équipement ont été consommés. La rénovation du groupe scolaire du centre et l'aménagement des berges se poursuivront en 2021, avec le soutien de la Métropole Rouen Normandie. La commune n'a pas emprunté ; sa dette par habitant reste inférieure à celle de Saint-Étienne-du-Rouvray.
        """) with { Hyphenate = true };
}

/// <summary>Bono (Morbihan, 2019), since renamed Le Bono (gazetteer: former name) -> today's code; Auray and Vannes are context; the golfe du Morbihan is a landscape (the Morbihan is not a subject).</summary>
public sealed class BonoPortPlaisance2019 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("bono-56-port-concertation-2019.html",
        "Port du Bono : la concertation est ouverte", "Commune de Bono", "2019-04-09",
        DocumentTypeLabels.Page, Themes.Durable, "https://bono56.example/actualites/port-concertation", """
        ## Un port à réaménager

        La municipalité de Bono ouvre une concertation sur l'avenir de son port, niché au fond d'une rivière qui se jette dans le golfe du Morbihan. Le port compte 140 mouillages, une cale et quelques pontons ; il accueille des plaisanciers, des ostréiculteurs et plusieurs vieux gréements restaurés par une association locale. Les quais, construits au XIXe siècle, doivent être consolidés.

        ## Les pistes étudiées

        Trois scénarios sont proposés : une simple remise en état des quais, un réaménagement avec de nouveaux pontons et une capitainerie, ou une extension limitée vers l'aval. Chacun est présenté avec son coût et ses effets sur les herbiers et les vasières, très sensibles. La commune, 2 400 habitants, ne pourra financer le projet qu'avec l'aide de partenaires publics.

        ## Comment participer

        Une réunion publique aura lieu le 25 avril à la salle polyvalente. Un registre est ouvert en mairie et les habitants peuvent répondre à un questionnaire en ligne jusqu'au 31 mai. Une permanence sera aussi tenue le samedi matin, sur le port, pendant tout le mois de mai. Les résultats seront présentés avant l'été, en présence des services de l'État d'Auray et de Vannes.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Publié le 09/04/2019" };
}

/// <summary>Aiguebelle, a commune déléguée of Val-d'Arc (Savoie, not named; 2019, with Randens) -> today's code; Chambéry and Saint-Jean-de-Maurienne are context; the Maurienne is a landscape; the Arc is the river.</summary>
public sealed class AiguebelleCommuneDeleguee2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("aiguebelle-commune-deleguee-bilan-2023.pdf",
        "Aiguebelle, commune déléguée : bilan de l'année 2023", "Mairie annexe d'Aiguebelle", "2024-01-23",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://val-d-arc.example/aiguebelle/bilan-2023.pdf",
        "Aiguebelle - bilan 2023", "porte de la Maurienne", """
        ## Le cadre

        Depuis la fusion de 2019 avec Randens, Aiguebelle est une commune déléguée de Val-d'Arc. Elle conserve une mairie annexe, un maire délégué et un conseil consultatif qui examine les projets du bourg. Ce bilan présente les réalisations de l'année 2023 sur le territoire de l'ancienne commune, qui reste, avec ses commerces et son collège, la porte de la Maurienne.

        ## Les réalisations

        La traversée du bourg par l'ancienne route nationale a été réaménagée : trottoirs élargis, plateau ralentisseur devant l'école, plantation de tilleuls. La toiture de l'église a été refaite et le parking de la gare agrandi de trente places, pour les habitants qui prennent le train vers Chambéry. Une digue de protection contre les crues de l'Arc a été renforcée avec le syndicat de rivière.

        ## Les projets

        En 2024, la commune nouvelle prévoit d'ouvrir une maison de services au public à Aiguebelle et de rénover la salle des fêtes. Le maire délégué rappelle que les démarches d'état civil peuvent toujours être effectuées à la mairie annexe, et que les services de santé les plus proches, hors médecins généralistes, sont à Saint-Jean-de-Maurienne.
        """);
}

/// <summary>Laigné-Saint-Gervais (Sarthe, not named), commune nouvelle of Laigné-en-Belin and Saint-Gervais-en-Belin; Le Mans is context; the Belinois is a landscape.</summary>
public sealed class LaigneSaintGervaisFusion2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("laigne-saint-gervais-premier-budget-2024.html",
        "Laigné-Saint-Gervais vote son premier budget", "Commune de Laigné-Saint-Gervais", "2024-04-16",
        DocumentTypeLabels.Page, Themes.Finances, "https://laigne-saint-gervais.example/actualites/premier-budget", """
        ## Une commune nouvelle

        Née du regroupement de Laigné-en-Belin et de Saint-Gervais-en-Belin, deux villages voisins du Belinois, au sud du Mans, la commune nouvelle de Laigné-Saint-Gervais a voté son premier budget le 9 avril. Elle compte 4 300 habitants. Les deux anciennes communes partageaient déjà un accueil périscolaire, une bibliothèque et plusieurs associations sportives.

        ## Les grandes lignes

        Le budget de fonctionnement s'élève à 3,6 millions d'euros. La fusion permet de regrouper les achats, de mutualiser le service technique et de supprimer des contrats en double. Les taux des impôts locaux, jusqu'ici différents, convergeront sur dix ans. L'investissement, 2,2 millions d'euros, porte sur l'extension de l'école élémentaire de Laigné-en-Belin et la création d'une liaison cyclable entre les deux bourgs.

        ## La suite

        Un nouveau logo et une signalétique commune seront installés d'ici l'été. Les mairies des deux bourgs restent ouvertes, avec des horaires harmonisés. Les habitants qui travaillent au Mans seront consultés sur les horaires du transport scolaire et du car interurbain.
        """) with { Meta = HtmlMeta.OpenGraph };
}
