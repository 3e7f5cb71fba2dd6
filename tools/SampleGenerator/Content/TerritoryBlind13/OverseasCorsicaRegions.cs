using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind13 territory split (issue 13): overseas, Corsica, régions (current and former) and a regional public body.
namespace SampleGenerator.Content.TerritoryBlind13;

/// <summary>Le Mont-Dore (Nouvelle-Calédonie, code 98817), also "mont"; Mont-Dore (Puy-de-Dôme) is named to rule it out; Nouméa and Dumbéa are context; the province Sud is context; Yaté is context.</summary>
public sealed class LeMontDoreEauPotable2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("le-mont-dore-988-schema-eau-potable-2023.html",
        "Le Mont-Dore adopte son schéma directeur d'eau potable", "Ville du Mont-Dore", "2023-09-12",
        DocumentTypeLabels.Page, Themes.Durable, "https://mont-dore.example.nc/actualites/schema-eau-potable", """
        ## Un réseau sous tension

        La ville du Mont-Dore, deuxième commune du Grand Nouméa par sa superficie, a adopté son schéma directeur d'eau potable pour la période 2023-2035. Avec près de 26 000 habitants, répartis entre la plaine, les quartiers de la côte et les tribus de l'intérieur, la commune connaît des coupures d'eau répétées pendant la saison sèche. Le réseau, long de 310 kilomètres, perd près d'un tiers de l'eau produite à cause des fuites.

        ## Les constats

        La ressource provient pour moitié des captages communaux, sur les rivières qui descendent du mont Dore, et pour moitié de l'achat d'eau au réseau intercommunal qui alimente aussi Nouméa et Dumbéa. La consommation moyenne par habitant est élevée, en particulier dans les lotissements récents équipés de piscines. Plusieurs quartiers situés en hauteur manquent de pression en soirée.

        ## Le programme

        Le schéma prévoit 9 milliards de francs CFP de travaux en douze ans : renouvellement des canalisations les plus anciennes, construction de deux réservoirs, pose de compteurs de sectorisation pour localiser les fuites et raccordement des tribus de Saint-Louis et de La Conception à un réseau sécurisé. La ville sollicitera la province Sud et l'État au titre du contrat de développement.

        ## Les habitants mis à contribution

        Une tarification progressive sera mise en place en 2025 pour encourager les économies d'eau, avec une première tranche à prix réduit pour les besoins essentiels. Des kits d'économie d'eau seront distribués gratuitement.

        ## Précision

        Le présent schéma concerne la commune calédonienne du Mont-Dore et non la station thermale de Mont-Dore, dans le Puy-de-Dôme, dont les services reçoivent parfois nos courriers. Les questions relatives au barrage de Yaté, qui fournit l'électricité, relèvent d'autres gestionnaires.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Actualités", "Environnement"] };
}

/// <summary>Saint-Leu (La Réunion, code 97413); Saint-Leu-la-Forêt (Val-d'Oise) and Saint-Leu-d'Esserent are named to rule them out; Saint-Paul, Les Avirons and Saint-Pierre are context; the TCO (membership) is context.</summary>
public sealed class CrcReunionSaintLeu2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("crc-reunion-commune-de-saint-leu-2024.pdf",
        "Commune de Saint-Leu : rapport d'observations définitives", "Chambre régionale des comptes La Réunion", "2024-03-26",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-reunion.example/rod/saint-leu-2024.pdf",
        "CRC La Réunion - commune de Saint-Leu", "ravines", """
        ## Le contrôle

        La chambre régionale des comptes de La Réunion a contrôlé les comptes et la gestion de la commune de Saint-Leu, sur la côte ouest de l'île, à partir de l'exercice 2018. Avec 36 000 habitants, la commune s'étend du lagon jusqu'aux hauts, à plus de 1 500 mètres d'altitude. Elle est membre du Territoire de la Côte Ouest, la communauté d'agglomération qui regroupe aussi Saint-Paul et Le Port.

        Les observations ci-dessous ne visent pas Saint-Leu-la-Forêt, dans le Val-d'Oise, ni Saint-Leu-d'Esserent, dans l'Oise, dont les comptes relèvent d'autres chambres.

        ## La situation financière

        La situation financière de la commune s'est améliorée après une période difficile. La capacité d'autofinancement, négative en 2018, atteint 7 millions d'euros en 2022. Ce redressement résulte surtout de la progression de l'octroi de mer et d'une baisse des charges de personnel, qui restent néanmoins supérieures à la moyenne des communes de même taille : elles représentent 64 % des dépenses de fonctionnement.

        ## La gestion des ressources humaines

        La chambre relève un recours important aux contrats aidés et aux emplois non permanents, ainsi qu'un temps de travail inférieur à la durée légale. Elle recommande d'adopter un plan de résorption de l'emploi précaire et de mettre le régime du temps de travail en conformité avec la loi.

        ## L'aménagement

        La commune doit faire face à une forte demande de logements et à des risques naturels élevés : les ravines débordent lors des épisodes cycloniques et des glissements de terrain menacent plusieurs quartiers des hauts. La chambre invite la commune à mieux coordonner son programme d'aménagement avec celui de l'agglomération et des communes voisines des Avirons et de Saint-Paul, et à actualiser son plan de prévention des risques, comme l'a fait récemment Saint-Pierre.
        """) with { Masthead = ["Chambre régionale des comptes", "La Réunion - Mayotte"] };
}

/// <summary>Vico (Corse-du-Sud, code 2A348); "Vico" contains "Vic" (Vic-la-Gardiole is a subject of another document here, not named in this one); Sagone (a part of Vico), Cargèse, Ajaccio and Piana are context; the Liamone is the river; the Collectivité de Corse is named as funder (context).</summary>
public sealed class VicoSagoneAssainissement2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("vico-2a-port-de-sagone-2023.html",
        "Vico : la commune engage la rénovation du port de Sagone", "Préfecture de Corse", "2023-05-24",
        DocumentTypeLabels.Page, Themes.Durable, "https://corse.gouv.example/actualites/vico-sagone-port", """
        ## Une commune entre mer et montagne

        La commune de Vico s'étend du village perché, au-dessus de la vallée du Liamone, jusqu'au golfe de Sagone, où se trouve son hameau littoral. Elle compte environ 950 habitants permanents, mais la population de Sagone est multipliée par cinq en été. Le petit port de plaisance, construit dans les années 1980, n'a jamais fait l'objet de travaux lourds.

        ## Le projet

        Le conseil municipal de Vico a approuvé le programme de rénovation du port de Sagone, pour un montant de 3,4 millions d'euros. Les travaux porteront sur la reprise de la digue, endommagée par les tempêtes de l'hiver 2021, la mise aux normes de l'aire de carénage et la création de 40 anneaux supplémentaires réservés aux bateaux des résidents. Un bâtiment d'accueil, avec sanitaires et capitainerie, remplacera le local actuel.

        ## Les autorisations

        Le projet a reçu l'avis favorable de la commission nautique locale et fait l'objet d'une autorisation environnementale délivrée par le préfet, compte tenu de la présence d'herbiers de posidonie dans la baie. Les travaux maritimes seront interrompus de juin à septembre pour ne pas gêner la saison touristique.

        ## Le financement

        La Collectivité de Corse apporte 40 % du financement au titre de son plan de soutien aux ports de proximité, l'État 25 % par la dotation de soutien à l'investissement local. La commune finance le solde par un emprunt remboursé par les redevances des usagers.

        ## Pour les usagers

        Les plaisanciers dont le bateau stationne à l'année à Sagone devront le déplacer entre octobre et mai. Des places temporaires sont proposées dans les ports d'Ajaccio et de Cargèse, et un mouillage organisé sera installé au large de Piana pendant la durée des travaux.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actualités", "Collectivités locales"] };
}

/// <summary>The Collectivité de Corse (R 94 in the gazetteer), its budget -> region:94 (a code of earlier splits); Ajaccio (seat) and Bastia are context; the Corse-du-Sud and the Haute-Corse are the former départements (context, named as history).</summary>
public sealed class CollectiviteDeCorseBudget2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("collectivite-de-corse-budget-primitif-2024.pdf",
        "Budget primitif 2024 : rapport du président du conseil exécutif", "Collectivité de Corse", "2024-03-29",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://isula.example/budget-primitif-2024.pdf",
        "Collectivité de Corse - budget primitif 2024", "continuité territoriale", """
        ## Une collectivité à statut particulier

        Depuis le 1er janvier 2018, la Collectivité de Corse exerce à la fois les compétences d'une région et celles des deux anciens départements de Corse-du-Sud et de Haute-Corse. Son budget rassemble donc les politiques régionales, comme les transports, le développement économique et les lycées, et les politiques sociales départementales, comme l'aide aux personnes âgées et la protection de l'enfance. Le budget primitif 2024 s'élève à 1,52 milliard d'euros.

        ## Le fonctionnement

        Les dépenses de fonctionnement atteignent 1,09 milliard d'euros. Les dépenses sociales en représentent le tiers ; elles progressent de 5 % sous l'effet de la revalorisation des allocations et du vieillissement de la population. La continuité territoriale, qui finance les liaisons aériennes et maritimes avec le continent, mobilise 187 millions d'euros, couverts en grande partie par une dotation spécifique de l'État.

        ## L'investissement

        L'effort d'investissement est fixé à 430 millions d'euros. Les routes territoriales, notamment l'axe entre Ajaccio et Bastia, reçoivent 120 millions d'euros. Les autres priorités sont le plan de gestion de l'eau, face aux sécheresses de plus en plus fréquentes, la rénovation des collèges et des lycées et le soutien aux communes de l'intérieur.

        ## Les ressources

        Les recettes fiscales, composées principalement d'une fraction de taxe sur la valeur ajoutée et des droits de mutation, sont prévues en légère baisse, car le marché immobilier ralentit. La collectivité mobilisera 150 millions d'euros d'emprunt.

        ## La dette

        L'encours de la dette atteindra 1,1 milliard d'euros à la fin de l'exercice. La capacité de désendettement, qui dépasse neuf ans, impose selon le président du conseil exécutif une maîtrise stricte des dépenses courantes dans les prochaines années.
        """) with { Hyphenate = true };
}

/// <summary>Former région Picardie (2015) -> region:32, Hauts-de-France (a code of earlier splits); Amiens, Beauvais, Laon and the three départements (parts) are context; Nord-Pas-de-Calais and Île-de-France are comparisons; the Somme is also a subject of another document here.</summary>
public sealed class InseePicardieBilan2015 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("insee-picardie-bilan-economique-2015.pdf",
        "Bilan économique 2015 : la Picardie", "INSEE", "2016-05-31",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/picardie/bilan-2015.pdf",
        "Insee Conjoncture Picardie", "dernier bilan", """
        ## Le dernier bilan de la Picardie

        Ce bilan économique est le dernier consacré à la Picardie en tant que région : depuis le 1er janvier 2016, elle forme avec le Nord-Pas-de-Calais la nouvelle région des Hauts-de-France. Il décrit l'année 2015 dans les trois départements picards, l'Aisne, l'Oise et la Somme.

        ## Une reprise timide

        L'emploi salarié marchand a légèrement progressé en 2015 en Picardie, de 0,3 %, après quatre années de baisse. Cette amélioration repose sur l'intérim et sur les services aux entreprises ; l'industrie a encore perdu 1 800 emplois, principalement dans la métallurgie et le textile. Le sud de la région, tourné vers l'Île-de-France, résiste mieux que le nord et l'est.

        ## Le chômage

        Le taux de chômage picard s'établit à 11,4 % au quatrième trimestre, un point au-dessus de la moyenne de la France métropolitaine, mais en dessous de celui du Nord-Pas-de-Calais. Les zones d'emploi de l'Aisne, autour de Saint-Quentin, de Laon et de Soissons, restent les plus touchées.

        ## Les autres indicateurs

        La construction de logements a reculé de 6 %, avec de fortes différences entre l'Oise, portée par la demande francilienne autour de Beauvais et de Creil, et le reste de la région. La fréquentation touristique a progressé grâce aux visiteurs britanniques et belges des sites de mémoire de la Grande Guerre. L'agriculture a connu une excellente récolte de blé et de betteraves.

        ## Perspectives

        La fusion des régions entraîne le transfert à Lille de nombreuses directions régionales. Amiens conserve plusieurs services, mais la perte de son statut de capitale régionale inquiète les acteurs économiques picards.
        """) with { Masthead = ["Insee Conjoncture Picardie", "n° 12 - mai 2016"] };
}

/// <summary>Île-de-France Mobilités, the public body organising transport for the whole région (its perimeter) -> region:11 (a code of earlier splits); Paris, the eight départements (parts), Roissy and Orly are context; the Grand Paris Express is a project.</summary>
public sealed class IdfMobilitesRapport2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("ile-de-france-mobilites-rapport-financier-2023.html",
        "Île-de-France Mobilités : le rapport financier 2023", "Île-de-France Mobilités", "2024-06-19",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://idfm.example/rapport-financier-2023", """
        ## L'établissement

        Île-de-France Mobilités est l'établissement public qui organise les transports en commun dans l'ensemble de la région Île-de-France. Son conseil d'administration réunit la région, qui en assure la présidence et dispose de la majorité des sièges, la Ville de Paris et les sept autres départements franciliens. Il définit l'offre de transport, fixe les tarifs et finance les opérateurs de métro, de RER, de tramway et de bus.

        ## Les dépenses

        Les dépenses de fonctionnement ont atteint 11,8 milliards d'euros en 2023. Les contributions versées aux opérateurs en représentent l'essentiel. L'offre a été augmentée sur plusieurs lignes de bus de grande couronne et de RER, et l'établissement a financé le renforcement de la sécurité dans les gares en vue des Jeux olympiques et paralympiques.

        ## Les recettes

        Le versement mobilité payé par les employeurs fournit près de la moitié des recettes. Les voyageurs en apportent environ un quart, par la vente des titres de transport et du passe Navigo. Le solde provient des contributions des collectivités membres et de l'État. La hausse du prix du passe, décidée au 1er janvier, et l'augmentation du taux du versement mobilité à Paris et dans les départements de la petite couronne ont permis de rétablir l'équilibre après deux exercices difficiles.

        ## L'investissement

        L'établissement a investi 3,9 milliards d'euros, principalement dans le renouvellement du matériel roulant : nouveaux trains pour les RER B et E, rames de métro, bus électriques et au biogaz. Il finance aussi les prolongements de lignes de tramway et prépare l'exploitation des lignes du Grand Paris Express.

        ## Les perspectives

        Le rapport souligne que l'ouverture des nouvelles lignes, jusqu'aux aéroports de Roissy et d'Orly, augmentera les coûts d'exploitation d'un milliard d'euros par an d'ici 2030. De nouvelles ressources devront être trouvées.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Publications", "Rapports financiers"] };
}
