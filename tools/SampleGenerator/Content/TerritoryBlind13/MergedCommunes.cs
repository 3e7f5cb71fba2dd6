using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind13 territory split (issue 13): communes nouvelles, communes déléguées and associées.
namespace SampleGenerator.Content.TerritoryBlind13;

/// <summary>Courchevel (Savoie, code 73227), the commune nouvelle of Saint-Bon-Tarentaise and La Perrière (2017), whose name is also a ski resort; Moûtiers, Méribel (Les Allues) and Albertville are context; the CC Val Vanoise (membership) is context; the Doron is the river.</summary>
public sealed class CourchevelCommuneNouvelle2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("crc-ara-commune-de-courchevel-2023.pdf",
        "Commune de Courchevel : rapport d'observations définitives", "Chambre régionale des comptes Auvergne-Rhône-Alpes", "2023-10-05",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-ara.example/rod/courchevel-2023.pdf",
        "CRC Auvergne-Rhône-Alpes - commune de Courchevel", "remontées mécaniques", """
        ## Le contrôle

        La chambre régionale des comptes a examiné la gestion de la commune de Courchevel à partir de l'exercice 2017. La commune nouvelle a été créée le 1er janvier 2017 par le regroupement de Saint-Bon-Tarentaise et de La Perrière ; elle a pris le nom de la station de ski, qui s'étendait déjà sur les deux anciennes communes. Elle compte environ 2 300 habitants permanents mais accueille jusqu'à 40 000 personnes en pleine saison d'hiver.

        ## Une commune riche et très dépendante du ski

        Les produits de fonctionnement dépassent 60 millions d'euros, soit l'un des niveaux par habitant les plus élevés de France. Ils proviennent pour l'essentiel de la fiscalité sur les résidences secondaires, de la taxe de séjour et de la redevance versée par le délégataire des remontées mécaniques. La chambre souligne que cette richesse est exposée aux aléas de l'enneigement et à la concurrence des stations voisines, comme Méribel, sur la commune des Allues.

        ## La création de la commune nouvelle

        Le regroupement a permis de simplifier la gouvernance de la station, auparavant partagée entre deux conseils municipaux. La chambre constate toutefois que l'harmonisation des régimes indemnitaires des agents n'était pas achevée en 2022 et que les deux anciennes communes conservaient des budgets annexes distincts pour l'eau et l'assainissement, ce qui complique le suivi des coûts.

        ## Les recommandations

        La chambre recommande de fusionner les budgets annexes, de renforcer le contrôle de la délégation de service public des remontées mécaniques et de programmer les investissements de diversification estivale, notamment l'altiport et le centre aquatique, dans un plan pluriannuel. Elle invite aussi la commune à clarifier ses relations financières avec la communauté de communes Val Vanoise, dont elle est membre, pour la gestion des transports et du logement des saisonniers, dont beaucoup résident à Moûtiers, à Albertville et dans la vallée du Doron.
        """) with { Hyphenate = true };
}

/// <summary>Saint-Germain-la-Chambotte, a commune déléguée of Entrelacs (Savoie, code 73010; 2016, with Albens, Cessens, Épersy, Mognard and Saint-Girod) -> today's code; Aix-les-Bains and Chambéry are context; the CA Grand Lac (membership) is context; the lac du Bourget is a landscape; the Chambotte is a mountain.</summary>
public sealed class EntrelacsChambotteBelvedere2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("entrelacs-saint-germain-la-chambotte-belvedere-2023.html",
        "Saint-Germain-la-Chambotte : le belvédère rouvre après les travaux", "Commune d'Entrelacs", "2023-06-15",
        DocumentTypeLabels.Page, Themes.Durable, "https://entrelacs.example/actualites/belvedere-chambotte", """
        ## La fin d'un long chantier

        Après dix-huit mois de travaux, le belvédère de la Chambotte rouvre au public au-dessus du village de Saint-Germain-la-Chambotte. Le muret de la terrasse, fragilisé par les intempéries, a été consolidé sur 120 mètres, et un cheminement accessible aux personnes à mobilité réduite relie désormais le parking au point de vue, qui domine le lac du Bourget de près de 500 mètres.

        ## Une commune nouvelle, plusieurs villages

        Depuis le 1er janvier 2016, Saint-Germain-la-Chambotte est une commune déléguée d'Entrelacs, commune nouvelle qui réunit aussi Albens, Cessens, Épersy, Mognard et Saint-Girod. Les travaux ont été financés par la commune nouvelle, avec l'aide de l'État, de la région et du département. Chaque commune déléguée conserve une mairie annexe ; celle d'Albens accueille le service d'urbanisme commun.

        ## Les chiffres

        Le coût total atteint 640 000 euros. Les entreprises ont dû travailler sur une falaise, avec des cordistes, car la terrasse surplombe le vide. Les pierres ont été extraites d'une carrière locale pour retrouver la teinte des murs anciens.

        ## La saison qui s'ouvre

        Le restaurant du belvédère rouvre ses portes, et les sentiers de randonnée balisés vers le col du Sapenay sont de nouveau accessibles depuis le parking. Un marché de producteurs se tiendra sur la place du village le vendredi soir, en juillet et en août. La municipalité rappelle que le stationnement le long de la route est interdit pour permettre le passage des secours.

        ## Et ensuite

        Une deuxième tranche, prévue en 2025, concernera le sentier de la falaise. Les habitants sont invités à une réunion publique le 28 juin à la salle polyvalente d'Albens. La communauté d'agglomération Grand Lac, dont Entrelacs est membre, assurera la promotion du site auprès des visiteurs d'Aix-les-Bains et de Chambéry.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Actualités", "Travaux"] };
}

/// <summary>Hiers-Brouage and Marennes, communes déléguées of Marennes-Hiers-Brouage (Charente-Maritime, code 17219; 2019) -> today's code; Marennes (Rhône) is named to rule it out; Rochefort, Royan and the île d'Oléron are context; the CC du Bassin de Marennes (membership) is context; the Seudre is the river.</summary>
public sealed class MarennesHiersBrouageCitadelle2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("marennes-hiers-brouage-citadelle-plan-gestion-2024.pdf",
        "Citadelle de Brouage : plan de gestion 2024-2030", "Commune de Marennes-Hiers-Brouage", "2024-02-08",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://marennes-hiers-brouage.example/brouage-plan-gestion.pdf",
        "Marennes-Hiers-Brouage - plan de gestion de la citadelle", "marais de Brouage", """
        ## Le contexte

        La citadelle de Brouage, place forte du XVIIᵉ siècle entourée de marais, se trouve sur le territoire de l'ancienne commune d'Hiers-Brouage. Depuis le 1er janvier 2019, Hiers-Brouage et Marennes forment la commune nouvelle de Marennes-Hiers-Brouage, qui compte environ 6 200 habitants. La commune nouvelle est devenue l'unique gestionnaire des remparts, des rues et des espaces publics de la citadelle, dont certains bâtiments restent propriété du département.

        Le plan de gestion ci-dessous a été adopté par le conseil municipal. Il ne concerne en rien la commune de Marennes, dans le Rhône, avec laquelle les envois postaux sont parfois confondus.

        ## Les enjeux

        La citadelle accueille 400 000 visiteurs par an, concentrés sur quatre mois. Le stationnement au pied des remparts dégrade les abords, et la circulation dans les rues étroites gêne les 80 habitants permanents. Les remparts eux-mêmes souffrent de l'humidité des marais et de la végétation. Enfin, les commerces de la citadelle ferment presque tous entre novembre et mars.

        ## Les orientations

        Le plan prévoit de déplacer les parkings hors de l'enceinte et de créer une navette depuis le bourg de Marennes, de restaurer un tiers des remparts en six ans et de soutenir l'ouverture à l'année d'ateliers d'artisans d'art. Un sentier d'interprétation reliera la citadelle aux anciennes salines, dans le marais de Brouage, en lien avec les gestionnaires des espaces naturels.

        ## Le financement

        Le programme est estimé à 12 millions d'euros. La commune sollicitera l'État, la région, le département et la communauté de communes du Bassin de Marennes, dont elle est membre. Les villes de Rochefort et de Royan, qui attirent une partie des visiteurs, seront associées à la promotion, tout comme les offices de l'île d'Oléron, à l'embouchure de la Seudre.
        """) with { Byline = ["Délibération du conseil municipal du 25 janvier 2024"] };
}

/// <summary>Pierres, a commune déléguée of Valdallière (Calvados, code 14726; also Vassy, Le Désert, Presles, Rully), also "pierres" (stones) and "désert" -> today's code; Pierres (Eure-et-Loir) is named to rule it out; Vire Normandie and Condé-en-Normandie are context; the Intercom de la Vire au Noireau (membership) is context.</summary>
public sealed class ValdalliereEglisePierres2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("valdalliere-pierres-eglise-restauration-2023.html",
        "À Pierres, l'église Saint-Martin sera restaurée", "Commune de Valdallière", "2023-08-22",
        DocumentTypeLabels.Page, Themes.Culture, "https://valdalliere.example/actualites/eglise-pierres", """
        ## Un édifice fragilisé

        L'église Saint-Martin de Pierres, commune déléguée de Valdallière, est fermée au public depuis 2021. Des pierres se sont détachées de la voûte du chœur, et la charpente du clocher présente des traces d'humidité. L'édifice, du XVᵉ siècle, abrite un retable en bois sculpté inscrit à l'inventaire des monuments historiques.

        ## Une décision de la commune nouvelle

        Depuis 2016, Pierres fait partie de Valdallière, commune nouvelle qui regroupe quatorze anciennes communes du Bocage, dont Vassy, Le Désert, Presles et Rully. Le conseil municipal a inscrit la restauration de l'église au programme pluriannuel d'investissement, au même titre que les églises de Vassy et d'Estry. Le maire délégué de Pierres a rappelé que ces édifices sont souvent le dernier lieu public des villages et que le « désert » redouté par certains habitants n'est pas une fatalité.

        ## Le programme

        La première tranche, de 480 000 euros, portera sur la charpente, la couverture et la consolidation de la voûte. La seconde concernera le retable et les vitraux. La commune sollicite l'État, la région et le département du Calvados, et lance avec la Fondation du patrimoine une souscription ouverte à tous.

        ## Comment participer

        Les dons peuvent être faits en ligne ou par chèque à la mairie déléguée de Pierres, ouverte le jeudi matin. Ils ouvrent droit à une réduction d'impôt.

        ## À ne pas confondre

        Plusieurs donateurs ont cru soutenir l'église de Pierres, en Eure-et-Loir. La souscription concerne uniquement l'église du Calvados, à quelques kilomètres de Vire Normandie et de Condé-en-Normandie. Valdallière est membre de l'Intercom de la Vire au Noireau, qui ne participe pas au financement des édifices cultuels.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actualités", "Patrimoine"] };
}

/// <summary>Kernével, a commune associée of Rosporden (Finistère, code 29241) -> today's code; Concarneau and Quimper are context; Concarneau Cornouaille Agglomération (membership) is context; the Aven is the river.</summary>
public sealed class RospordenKernevelEcole2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("rosporden-kernevel-ecole-publique-2024.pdf",
        "Regroupement des écoles publiques de Rosporden et de Kernével : note de concertation", "Ville de Rosporden", "2024-01-23",
        DocumentTypeLabels.Page, Themes.Culture, "https://rosporden.example/ecoles-concertation-2024.pdf",
        "Ville de Rosporden - concertation sur les écoles", "classe unique", """
        ## Pourquoi cette concertation

        La ville de Rosporden compte deux écoles publiques : l'école du centre, au bord de l'étang, et l'école de Kernével, installée dans le bourg de l'ancienne commune, associée à Rosporden depuis 1974. L'école de Kernével n'accueille plus que 38 élèves, répartis en deux classes, et l'éducation nationale a annoncé la fermeture d'une classe à la rentrée 2024 si les effectifs ne remontent pas. La municipalité ouvre une concertation sur l'avenir des deux écoles.

        ## Les options étudiées

        Trois options sont soumises aux parents et aux habitants. La première maintient les deux écoles, avec une classe unique à Kernével. La deuxième regroupe les maternelles à Kernével et les élémentaires au centre, avec un transport scolaire gratuit entre les deux sites. La troisième regroupe toutes les classes au centre, l'école de Kernével étant transformée en maison des associations et en accueil de loisirs.

        ## Les critères

        La municipalité s'est fixé quatre critères : la qualité pédagogique, le temps de trajet des enfants, le coût de fonctionnement et la vie du bourg de Kernével, qui a déjà perdu son commerce. Le coût par élève est aujourd'hui de 1 450 euros à Kernével contre 980 euros au centre.

        ## Le calendrier

        Deux réunions publiques sont organisées, l'une à la salle polyvalente de Kernével le 6 février, l'autre à l'espace culturel du centre le 8 février. Un questionnaire est disponible en ligne et à l'accueil de la mairie. Le conseil municipal se prononcera en mars.

        ## Pour comparaison

        Des regroupements comparables ont été conduits dans d'autres communes de Concarneau Cornouaille Agglomération, dont la ville est membre, et dans les environs de Quimper. Leurs bilans, disponibles en mairie, montrent une stabilisation des effectifs après trois ans.
        """) with { Masthead = ["Ville de Rosporden", "Service éducation"] };
}

/// <summary>Mesnils-sur-Iton (Eure, code 27198), commune nouvelle of Damville, Condé-sur-Iton and others (2016, enlarged 2019) -> today's code; Évreux and Conches-en-Ouche are context; the Interco Normandie Sud Eure (membership) is context; the Iton is the river.</summary>
public sealed class MesnilsSurItonBudget2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("mesnils-sur-iton-budget-primitif-2024.html",
        "Budget 2024 : les priorités de Mesnils-sur-Iton", "Commune de Mesnils-sur-Iton", "2024-04-11",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://mesnils-sur-iton.example/budget-2024", """
        ## Une commune nouvelle de plus de 6 000 habitants

        Mesnils-sur-Iton est née en 2016 du regroupement de Damville, de Condé-sur-Iton et de plusieurs villages voisins, puis s'est agrandie en 2019. Elle compte aujourd'hui un peu plus de 6 000 habitants, répartis entre le bourg de Damville, qui concentre les commerces et le collège, et une dizaine de communes déléguées rurales. Le budget 2024 a été voté le 4 avril par le conseil municipal.

        ## Le fonctionnement

        Les dépenses de fonctionnement atteignent 5,8 millions d'euros. La commune a harmonisé cette année les tarifs de la restauration scolaire et des garderies entre les anciennes communes, ce qui se traduit par une baisse pour la plupart des familles. La facture énergétique reste élevée en raison du nombre de bâtiments hérités des communes fondatrices : sept salles des fêtes, neuf églises et cinq écoles.

        ## L'investissement

        Le programme d'investissement s'élève à 3,1 millions d'euros. Il comprend la rénovation thermique de l'école de Condé-sur-Iton, la sécurisation de la traversée du bourg de Damville, l'extension de la maison de santé et la reprise de plusieurs ponts sur l'Iton, dont l'un est fermé aux poids lourds depuis l'an dernier.

        ## La rationalisation du patrimoine

        Le conseil a engagé un inventaire des bâtiments communaux. Deux salles des fêtes peu utilisées pourraient être vendues ou transformées en logements. Les habitants des communes déléguées concernées seront consultés avant toute décision.

        ## Les relations avec l'intercommunalité

        La commune est membre de l'Interco Normandie Sud Eure, qui gère les déchets, l'assainissement non collectif et le développement économique. Les habitants qui travaillent à Évreux ou à Conches-en-Ouche bénéficient du transport à la demande intercommunal, dont la fréquence a été augmentée en janvier.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Mise à jour : 11 avril 2024" };
}

/// <summary>Gorges du Tarn Causses (Lozère, code 48146), commune nouvelle of Sainte-Enimie, Quézac and Montbrun (2017); Quézac (Cantal) is named to rule it out; Florac Trois Rivières, Mende and Millau are context; the Tarn is the river (also a département, not a subject); the causses are a landscape.</summary>
public sealed class GorgesDuTarnCaussesAssainissement2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("gorges-du-tarn-causses-rapport-assainissement-2023.pdf",
        "Rapport sur le prix et la qualité du service public d'assainissement : exercice 2023", "Commune de Gorges du Tarn Causses", "2024-06-18",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://gorgesdutarncausses.example/rpqs-assainissement-2023.pdf",
        "Gorges du Tarn Causses - RPQS assainissement 2023", "cinq stations", """
        ## Présentation du service

        La commune de Gorges du Tarn Causses a été créée le 1er janvier 2017 par la fusion de Sainte-Enimie, de Quézac et de Montbrun. Elle gère en régie le service d'assainissement collectif de ses bourgs et hameaux, au fond des gorges et sur les causses. Le présent rapport est établi conformément au code général des collectivités territoriales. Il ne concerne pas la commune de Quézac, dans le Cantal, dont le nom est identique à celui de notre commune déléguée.

        ## Les ouvrages

        Le service exploite cinq stations d'épuration, dont la plus importante, à Sainte-Enimie, a une capacité de 2 500 équivalents-habitants pour faire face à la fréquentation estivale. Le réseau compte 19 kilomètres de canalisations. En été, la population raccordée est multipliée par six, ce qui impose un fonctionnement très variable des ouvrages.

        ## La qualité

        Les analyses réglementaires ont été conformes pour quatre stations sur cinq. La station de Quézac, ancienne, a présenté deux dépassements en août, au moment de la plus forte fréquentation. Le Tarn étant une rivière de baignade très fréquentée, la commune a programmé son remplacement en 2025.

        ## Le prix

        Le prix de l'assainissement s'établit à 2,41 euros par mètre cube pour une consommation de référence de 120 mètres cubes, contre 2,12 euros en 2022. La hausse finance le programme de travaux. Les tarifs des trois anciennes communes ont été unifiés en 2021.

        ## Les perspectives

        La commune étudie le transfert de la compétence à la communauté de communes, qui devrait intervenir au plus tard en 2026. Une comparaison avec les services de Florac Trois Rivières, de Mende et de Millau montre que les petites régies touristiques supportent des coûts par abonné nettement plus élevés.
        """) with { InfoAuthor = "Mairie de Gorges du Tarn Causses" };
}

/// <summary>Neuilly-Crimolois (Côte-d'Or, code 21452), commune nouvelle of Neuilly-lès-Dijon and Crimolois (2019) -> today's code; Neuilly-sur-Seine is named to rule it out; Dijon and Genlis are context; Dijon Métropole (membership) is context; the Ouche is the river.</summary>
public sealed class NeuillyCrimoloisPlanVelo2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("neuilly-crimolois-liaisons-cyclables-2024.html",
        "Neuilly-Crimolois : deux nouvelles liaisons cyclables", "Commune de Neuilly-Crimolois", "2024-05-30",
        DocumentTypeLabels.Page, Themes.Durable, "https://neuilly-crimolois.example/actualites/liaisons-cyclables", """
        ## Relier les deux bourgs

        Cinq ans après la création de la commune nouvelle de Neuilly-Crimolois, qui a réuni le 1er janvier 2019 Neuilly-lès-Dijon et Crimolois, les deux bourgs seront enfin reliés par une piste cyclable sécurisée. Jusqu'ici, les cyclistes devaient emprunter une route départementale étroite et fréquentée par les poids lourds. Le nouvel itinéraire, long de 2,4 kilomètres, longera les champs et le bois, loin de la circulation.

        ## Vers Dijon

        Une seconde liaison rejoindra la piste de la vallée de l'Ouche, qui mène au centre de Dijon en vingt-cinq minutes. Elle permettra aussi aux collégiens de rejoindre leur établissement sans dépendre du bus scolaire, dont les horaires ne conviennent pas à tous. Les deux chantiers représentent un investissement de 1,2 million d'euros.

        ## Qui finance

        La commune porte le projet sur son territoire. Dijon Métropole, dont Neuilly-Crimolois est membre, finance la moitié des travaux au titre de son plan vélo, et la région complète le financement. Les agriculteurs concernés par les emprises ont été indemnisés à l'amiable.

        ## Calendrier

        Les travaux commenceront en septembre pour une mise en service au printemps 2025. Pendant le chantier, la circulation sera alternée sur la route de Genlis aux heures creuses.

        ## Un nom qui prête à confusion

        Depuis la création de la commune nouvelle, la mairie reçoit régulièrement des courriers et des appels destinés à Neuilly-sur-Seine. Nous rappelons que notre commune est une commune de la plaine dijonnaise de 3 600 habitants, sans lien avec sa célèbre homonyme des Hauts-de-Seine.

        ## Vos avis

        Un registre est ouvert à l'accueil des deux mairies pour recueillir les remarques des habitants sur le tracé, l'éclairage et l'emplacement des arceaux de stationnement. Une balade à vélo commentée sera organisée le samedi 15 juin, au départ de l'école de Crimolois.
        """) with { Meta = HtmlMeta.None, Breadcrumb = ["Actualités", "Mobilités"] };
}

/// <summary>Loire-Authion (Maine-et-Loire, code 49307), commune nouvelle of Andard, Brain-sur-l'Authion, Corné, La Bohalle, La Daguenière, Saint-Mathurin-sur-Loire and Bauné (2016, 2018) -> today's code; Angers and Angers Loire Métropole (membership) are context; the Loire and the Authion are rivers.</summary>
public sealed class LoireAuthionDigues2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("loire-authion-plan-communal-sauvegarde-2023.pdf",
        "Plan communal de sauvegarde : mise à jour 2023", "Commune de Loire-Authion", "2023-11-14",
        DocumentTypeLabels.Guide, Themes.Securite, "https://loire-authion.example/pcs-2023.pdf",
        "Loire-Authion - plan communal de sauvegarde", "plan communal de sauvegarde", """
        ## Un territoire exposé

        La commune de Loire-Authion regroupe depuis 2016 les anciennes communes d'Andard, de Brain-sur-l'Authion, de Corné, de La Bohalle, de La Daguenière et de Saint-Mathurin-sur-Loire ; Bauné l'a rejointe en 2018. Une grande partie de son territoire se trouve dans le val d'Authion, une plaine protégée des crues de la Loire par une levée de plus de quarante kilomètres. En cas de rupture de cette digue, près de 9 000 habitants devraient être évacués.

        ## Ce qui change dans le plan

        La mise à jour 2023 du plan communal de sauvegarde tient compte de la nouvelle étude de danger de la levée, conduite par l'État. Les zones d'évacuation ont été redessinées : elles suivent désormais les limites des quartiers plutôt que celles des anciennes communes. Chaque commune déléguée dispose d'un responsable de secteur, désigné parmi les élus, et d'un centre d'accueil équipé de lits de camp et de réserves d'eau.

        ## L'alerte

        La commune a installé six sirènes et s'est abonnée à un service d'appel automatique. Les habitants sont invités à s'inscrire pour recevoir les alertes par SMS. Les personnes vulnérables, qui ne peuvent quitter seules leur domicile, sont recensées par le centre communal d'action sociale.

        ## Les exercices

        Un exercice grandeur nature a été organisé le 7 octobre à La Daguenière et à La Bohalle, avec les sapeurs-pompiers et les services d'Angers Loire Métropole, dont la commune est membre. Il a montré que l'évacuation de l'école prenait trop de temps ; le plan prévoit désormais un second itinéraire.

        ## Les contacts

        La cellule de crise se réunit à la mairie de Brain-sur-l'Authion. En cas d'évacuation, les habitants seront orientés vers les centres d'accueil situés hors zone inondable, à Bauné et à Corné, ou vers les gymnases d'Angers.
        """) with { Hyphenate = true, Ligatures = true };
}
