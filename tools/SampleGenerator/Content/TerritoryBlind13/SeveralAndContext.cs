using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind13 territory split (issue 13): several subjects, places as context, comparison or address, the subject named only in the body.
namespace SampleGenerator.Content.TerritoryBlind13;

/// <summary>Nuits-Saint-Georges (Côte-d'Or, code 21464), also "nuits" (nights); Beaune, Dijon and Gevrey-Chambertin are comparisons or context; the CC de Gevrey-Chambertin et de Nuits-Saint-Georges (membership) is context; the Côte-d'Or (département) is a comparison; the Côte de Nuits is a landscape.</summary>
public sealed class InseeNuitsSaintGeorgesPortrait2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("insee-nuits-saint-georges-portrait-2023.html",
        "Nuits-Saint-Georges : une petite ville viticole qui attire des familles", "INSEE", "2023-06-20",
        DocumentTypeLabels.Etude, Themes.Geo, "https://insee.example/bfc/portrait-nuits-saint-georges-2023", """
        ## Une population en hausse

        Nuits-Saint-Georges compte 5 300 habitants en 2020, soit 400 de plus qu'en 2009. La commune, qui a donné son nom à une partie du vignoble de la côte de Nuits, gagne des habitants grâce à l'arrivée de jeunes ménages, alors que sa voisine Beaune, plus grande, voit sa population stagner. Les nuits de semaine, la ville se vide pourtant d'une partie de ses actifs : un sur deux travaille dans une autre commune, le plus souvent dans l'agglomération de Dijon.

        ## Un emploi marqué par le vin

        La commune offre 3 600 emplois, soit davantage que le nombre d'actifs qui y résident. La viticulture, le négoce de vin et les industries agroalimentaires en fournissent près d'un tiers, une proportion deux fois plus élevée qu'à Beaune et cinq fois plus élevée que dans l'ensemble de la Côte-d'Or. Les grandes maisons de négoce installées dans la ville emploient de nombreux saisonniers au moment des vendanges.

        ## Les services

        Nuits-Saint-Georges dispose d'un collège, d'un lycée professionnel, d'un hôpital de proximité et d'une gare sur la ligne entre Dijon et Lyon. Elle joue le rôle de pôle de services pour les villages de la côte et des hautes côtes, qui font partie, comme elle, de la communauté de communes de Gevrey-Chambertin et de Nuits-Saint-Georges.

        ## Le logement

        Le prix des logements anciens a progressé de 28 % en cinq ans. La part des logements sociaux, de 11 %, reste inférieure à celle de Gevrey-Chambertin et de Beaune. Les résidences secondaires sont peu nombreuses, contrairement aux villages viticoles voisins, où les maisons de vignerons sont de plus en plus transformées en gîtes.

        ## Méthode

        Les données proviennent du recensement de la population et des bases sur l'emploi et les revenus. Les comparaisons portent sur des communes de taille voisine situées dans le même département.
        """) with { Meta = HtmlMeta.OpenGraph, Lead = "Bourgogne-Franche-Comté — Portrait de commune.", Breadcrumb = ["Statistiques", "Portraits de territoires"] };
}

/// <summary>Gannat (Allier, not named as such) named only in the body (title, running header and PDF Info title have no place); the CC Saint-Pourçain Sioule Limagne (membership), Vichy, Riom and Aigueperse are context; Saint-Pourçain-sur-Sioule is a subject of another document here; the Limagne is a landscape.</summary>
public sealed class CrcAraRod20240412 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("crc-ara-rod-2024-0412.pdf",
        "Rapport d'observations définitives n° 2024-0412", "Chambre régionale des comptes Auvergne-Rhône-Alpes", "2024-05-16",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-ara.example/rod/2024-0412.pdf",
        "CRC Auvergne-Rhône-Alpes - ROD 2024-0412", "dépenses de personnel", """
        ## Synthèse

        La chambre a contrôlé les comptes et la gestion de la commune de Gannat à partir de l'exercice 2018. La commune compte 5 600 habitants et se situe aux portes de la Limagne, sur l'axe routier qui relie Vichy à Riom. Elle est membre de la communauté de communes Saint-Pourçain Sioule Limagne, créée en 2017, à laquelle elle a transféré la collecte des déchets et le développement économique.

        ## La fiabilité des comptes

        La chambre relève plusieurs anomalies : l'inventaire des immobilisations n'est pas tenu à jour, les provisions pour risques n'ont jamais été constituées malgré un contentieux ancien avec un ancien délégataire, et les rattachements de charges à l'exercice sont incomplets. Elle recommande de fiabiliser ces procédures avant la mise en place du nouveau référentiel comptable.

        ## La situation financière

        La situation financière s'est améliorée depuis 2020. La capacité d'autofinancement brute atteint 1,3 million d'euros en 2022, soit 17 % des produits de gestion. Les dépenses de personnel restent néanmoins élevées, à 56 % des charges courantes, en raison du maintien en régie de plusieurs services, comme l'entretien des espaces verts et la restauration scolaire. La dette, de 6,2 millions d'euros, est soutenable.

        ## Les investissements

        La commune a engagé la restauration du château, qui abrite le musée municipal, et l'aménagement de la zone commerciale de l'entrée nord. La chambre observe que ce second projet entre en concurrence avec le commerce du centre-ville, dont la vacance atteint 18 %, et que les communes voisines, comme Aigueperse, conduisent des projets similaires.

        ## Les recommandations

        La chambre formule cinq recommandations, dont l'élaboration d'un plan pluriannuel d'investissement, la mise à jour de l'inventaire et une réflexion sur la mutualisation de certains services avec l'intercommunalité.
        """) with { InfoTitle = "ROD 2024-0412" };
}

/// <summary>Saint-Pourçain-sur-Sioule (Allier) and the CC Saint-Pourçain Sioule Limagne, joint subjects (shared services agreement); Gannat, Ébreuil and Varennes-sur-Allier are context; Moulins and Vichy are context; the Sioule is the river; the Limagne is a landscape.</summary>
public sealed class SaintPourcainMutualisation2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("saint-pourcain-sur-sioule-convention-mutualisation-2023.html",
        "Services communs : la ville et la communauté de communes signent une convention", "Ville de Saint-Pourçain-sur-Sioule", "2023-12-12",
        DocumentTypeLabels.Page, Themes.Emploi, "https://saint-pourcain-sur-sioule.example/actualites/services-communs", """
        ## Une convention pour six ans

        La ville de Saint-Pourçain-sur-Sioule et la communauté de communes Saint-Pourçain Sioule Limagne ont signé une convention de services communs qui entrera en vigueur le 1er janvier 2024. Les deux collectivités, qui partagent déjà le même bâtiment administratif, mettent en commun leurs services des ressources humaines, des finances, de la commande publique et de l'informatique. Au total, 31 agents seront rattachés aux services communs, gérés par la communauté de communes.

        ## Pourquoi mutualiser

        Depuis la fusion de 2017, la communauté de communes s'étend sur 59 communes, de Gannat à Ébreuil et jusqu'aux portes de Varennes-sur-Allier. Ses services, installés à Saint-Pourçain-sur-Sioule, travaillaient déjà très souvent avec ceux de la ville. La convention clarifie la répartition du travail et des coûts, et permet de recruter des profils spécialisés, comme un juriste de la commande publique, que ni la ville ni l'intercommunalité ne pouvaient financer seules.

        ## La répartition des coûts

        Le coût des services communs, estimé à 1,6 million d'euros par an, sera réparti selon le temps passé pour chaque collectivité : 38 % pour la ville et 62 % pour la communauté de communes. La part de la ville sera déduite de son attribution de compensation. Un bilan sera présenté chaque année aux deux assemblées.

        ## Ce qui ne change pas

        Les services techniques, la police municipale et les services à la population restent propres à chaque collectivité. Les habitants continueront de s'adresser à la mairie pour l'état civil et l'urbanisme. Les autres communes membres, qui n'adhèrent pas aux services communs, pourront le faire à partir de 2025, sur le modèle de ce qui a été fait dans d'autres intercommunalités de l'Allier, autour de Moulins et de Vichy.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actualités", "Vie municipale"] };
}

/// <summary>Revel (Isère, code 38334) and Saint-Martin-d'Uriage (Isère), joint subjects (a shared municipal police); Revel (Haute-Garonne; seat of a former EPCI, another document here) is named to rule it out; the CC Le Grésivaudan (membership), Grenoble and Chamrousse are context; Belledonne is a landscape.</summary>
public sealed class RevelSaintMartinUriagePolice2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("revel-saint-martin-d-uriage-police-intercommunale-2024.pdf",
        "Police municipale intercommunale de Revel et de Saint-Martin-d'Uriage : premier bilan", "Commune de Saint-Martin-d'Uriage", "2024-03-05",
        DocumentTypeLabels.Rapport, Themes.Securite, "https://saint-martin-uriage.example/police-bilan-2023.pdf",
        "Police municipale Revel - Saint-Martin-d'Uriage", "Belledonne", """
        ## Le dispositif

        Depuis le 1er janvier 2023, les communes de Revel et de Saint-Martin-d'Uriage, voisines sur les contreforts de Belledonne, ont mis en commun leurs agents de police municipale. La convention, signée pour trois ans, permet aux quatre policiers recrutés par Saint-Martin-d'Uriage d'intervenir sur le territoire de Revel, qui n'avait pas de police propre. Revel rembourse à sa voisine une part des coûts calculée selon le temps de présence, soit environ 20 %.

        ## Les interventions

        En 2023, les agents ont effectué 1 140 interventions, dont 230 à Revel. Les principales concernent le stationnement aux abords des écoles et des départs de randonnée, la vitesse sur les routes de montagne, les dépôts sauvages de déchets et les conflits de voisinage. Les patrouilles de soirée ont été renforcées en été, lorsque les touristes de passage vers Chamrousse sont nombreux.

        ## Les effets

        Les maires des deux communes jugent le bilan positif. À Revel, les habitants constatent une présence plus régulière, et les infractions au stationnement près de l'école ont diminué de moitié. Le coût pour Revel, de 48 000 euros, est nettement inférieur à celui d'un recrutement propre.

        ## Les suites

        Les deux conseils municipaux ont décidé de prolonger la convention et d'étudier l'achat d'un second véhicule. D'autres communes de la communauté de communes Le Grésivaudan, dont Revel et Saint-Martin-d'Uriage sont membres, ont demandé à rejoindre le dispositif ; la gendarmerie et la police nationale de Grenoble ont été consultées.

        ## Précision

        Ce bilan concerne la commune iséroise de Revel et non la ville de Revel, en Haute-Garonne, qui dispose de sa propre police municipale.
        """) with { Masthead = ["Communes de Revel et de Saint-Martin-d'Uriage"] };
}

/// <summary>Libourne (Gironde, code 33243), studied by an agence d'urbanisme whose address is in Bordeaux (address and publisher's seat); the CA du Libournais (membership), Saint-Émilion and Coutras are context; Bordeaux Métropole is context; the Dordogne and the Isle are rivers (the Dordogne is also a département, not a subject).</summary>
public sealed class AurbaLibourneCentreAncien2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("aurba-libourne-bastide-logements-vacants-2024.html",
        "Les logements vacants de la bastide de Libourne", "Agence d'urbanisme Bordeaux Aquitaine", "2024-02-13",
        DocumentTypeLabels.Etude, Themes.Social, "https://aurba.example/publications/libourne-vacance-2024", """
        ## L'étude

        À la demande de la ville de Libourne, l'agence a étudié les logements vacants de la bastide, le centre ancien bâti au confluent de l'Isle et de la Dordogne. Le travail associe l'exploitation des fichiers fiscaux et une enquête de terrain menée immeuble par immeuble, rue par rue, autour de la place Abel-Surchamp. Il doit servir de base à une opération de revitalisation que la ville prépare avec la communauté d'agglomération du Libournais, dont elle est membre.

        ## Les résultats

        La bastide compte 3 900 logements, dont 520 vacants depuis plus de deux ans, soit 13 %. La vacance touche surtout les étages au-dessus des commerces, souvent inaccessibles sans traverser la boutique, et les petits logements sans extérieur des rues proches des quais. Un tiers des logements vacants appartiennent à des propriétaires âgés de plus de 75 ans, et un sur cinq fait l'objet d'une succession non réglée.

        ## La concurrence des meublés touristiques

        La bastide connaît aussi la transformation rapide de logements en meublés de tourisme : leur nombre a triplé en huit ans, pour atteindre 240. Le phénomène, encouragé par la fréquentation du vignoble et de Saint-Émilion, tout proche, réduit l'offre de logements pour les habitants et les jeunes ménages.

        ## Les pistes

        L'étude propose d'ouvrir des accès indépendants aux étages des commerces, de mobiliser les aides à la rénovation pour les propriétaires âgés et d'instaurer une autorisation préalable pour les changements d'usage. Elle compare les outils utilisés à Coutras et dans plusieurs communes de Bordeaux Métropole.

        ## À propos

        L'agence d'urbanisme, dont les bureaux se trouvent à Bordeaux, travaille pour la métropole et pour les intercommunalités de la Gironde qui adhèrent à ses programmes.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Habitat"] };
}

/// <summary>Hesdin-la-Forêt (Pas-de-Calais, code 62447), commune nouvelle of Hesdin, Marconne, Huby-Saint-Leu and Sainte-Austreberthe; "Saint-Leu" is part of a déléguée name (Saint-Leu, La Réunion, is a subject of another document here); the CC des 7 Vallées (membership), Montreuil-sur-Mer, Saint-Pol-sur-Ternoise and Auxi-le-Château are context; the Canche and the Ternoise are rivers; the forêt d'Hesdin is a landscape.</summary>
public sealed class HesdinLaForetPremierBudget2025 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("hesdin-la-foret-premier-budget-2025.pdf",
        "Hesdin-la-Forêt : le premier budget de la commune nouvelle", "Commune d'Hesdin-la-Forêt", "2025-04-08",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://hesdin-la-foret.example/budget-2025.pdf",
        "Hesdin-la-Forêt - budget primitif 2025", "commune nouvelle", """
        ## Une commune nouvelle

        La commune nouvelle d'Hesdin-la-Forêt réunit depuis le 1er janvier 2025 les anciennes communes d'Hesdin, de Marconne, d'Huby-Saint-Leu et de Sainte-Austreberthe, qui sont devenues des communes déléguées. Elle compte près de 4 500 habitants, au confluent de la Canche et de la Ternoise, en lisière de la forêt domaniale. Son premier budget a été adopté le 3 avril par un conseil municipal composé de l'ensemble des anciens conseillers.

        ## Les objectifs de la fusion

        Les quatre communes formaient déjà une seule agglomération, et les habitants passaient de l'une à l'autre sans s'en apercevoir. La fusion doit permettre de mutualiser les services techniques, de rationaliser les équipements et de peser davantage au sein de la communauté de communes des 7 Vallées, dont la commune est membre. Elle ouvre aussi droit, pendant trois ans, au maintien des dotations de l'État.

        ## Le budget

        Le budget de fonctionnement s'élève à 5,2 millions d'euros. Les taux d'imposition des quatre anciennes communes, proches, seront harmonisés en cinq ans. L'investissement atteint 2,4 millions d'euros : rénovation de la place d'Armes d'Hesdin, aménagement d'une liaison douce vers la gare, reprise du pont de Marconne et mise aux normes de la salle de sports d'Huby-Saint-Leu.

        ## Les services de proximité

        Chaque commune déléguée conserve une mairie annexe, ouverte au moins une demi-journée par semaine. L'état civil reste tenu dans chacune d'elles.

        ## Les partenaires

        Les projets seront présentés aux services de l'État et aux communes voisines, notamment Montreuil-sur-Mer, Saint-Pol-sur-Ternoise et Auxi-le-Château, avec lesquelles la commune partage le collège et plusieurs services de santé.
        """) with { Byline = ["Conseil municipal du 3 avril 2025"] };
}
