using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind10 territory split (issue 13): several subjects, places only as context, a subject named only in the body.
namespace SampleGenerator.Content.TerritoryBlind10;

/// <summary>Revin and Fumay (Ardennes), joint subjects; Charleville-Mézières, Givet and Belgium are context; the Meuse is the river.</summary>
public sealed class AnctRevinFumay2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("anct-petites-villes-revin-fumay-2023.html",
        "Petites villes de demain : Revin et Fumay avancent ensemble", "ANCT", "2023-06-13",
        DocumentTypeLabels.Etude, Themes.Geo, "https://observatoire-territoires.example/programmes/revin-fumay-2023", """
        ## Deux villes de la vallée

        Revin et Fumay, deux villes voisines nichées dans les méandres de la Meuse, ont été retenues ensemble dans le programme Petites villes de demain. Elles comptent respectivement 5 700 et 3 100 habitants et partagent une histoire industrielle marquée par la fonderie et l'ardoise.

        ## Un projet commun

        Les deux communes ont recruté une cheffe de projet partagée. Leur convention prévoit la rénovation de 120 logements anciens dans les centres, la transformation d'une friche industrielle de Revin en pôle d'artisans et l'aménagement des quais de Fumay pour le tourisme fluvial et la voie verte.

        ## Les premiers résultats

        Depuis 2021, onze commerces ont ouvert dans les deux centres-villes. Les élus veulent maintenant attirer des actifs qui travaillent à Charleville-Mézières, à Givet ou en Belgique, à trente minutes.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Sauve (Gard, 30610) named only in the body (title and PDF Info title have no place), also "sauve" (safe; "sauve qui peut"); Nîmes and Saint-Hippolyte-du-Fort are context; the Vidourle is the river.</summary>
public sealed class CrcOccitanieRod2024117 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("crc-occitanie-rod-2024-0117.pdf",
        "Rapport d'observations définitives n° 2024-0117", "Chambre régionale des comptes Occitanie", "2024-03-14",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-occitanie.example/rod/2024-0117.pdf",
        "CRC Occitanie - ROD 2024-0117", "crue du Vidourle", """
        ## Objet

        La chambre a contrôlé les comptes et la gestion de la commune de Sauve pour les exercices 2018 à 2022. Ce bourg médiéval de 2 000 habitants, entre Nîmes et Saint-Hippolyte-du-Fort, est bâti sur un rocher au-dessus du Vidourle.

        ## Une commune exposée aux crues

        Les épisodes cévenols y provoquent des crues soudaines. Après la crue du Vidourle de 2020, la commune a engagé 1,8 million d'euros de travaux de réparation des berges et des voiries. Les indemnités d'assurance et les aides de l'État n'en ont couvert que la moitié, ce qui a dégradé sa situation financière.

        ## Situation financière

        L'épargne brute est tombée de 14 % à 7 % des recettes de fonctionnement. La dette a augmenté de 40 %. La chambre estime que la commune n'est pas sauve pour autant : sans maîtrise des charges de personnel, sa capacité de désendettement dépasserait douze ans en 2025.

        ## Recommandations

        1. Élaborer un plan de redressement sur trois ans.
        2. Souscrire une assurance couvrant mieux les biens exposés aux inondations.
        3. Tenir un inventaire fiable des équipements communaux.
        """) with { InfoTitle = "ROD 2024-0117" };
}

/// <summary>Pontarlier and the CC du Grand Pontarlier, joint subjects (shared services); Doubs (a member commune, also the river and the département), Houtaud and Besançon are context.</summary>
public sealed class PontarlierMutualisation2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("pontarlier-grand-pontarlier-schema-mutualisation-2023.html",
        "Schéma de mutualisation entre la ville de Pontarlier et la communauté de communes du Grand Pontarlier", "Ville de Pontarlier", "2023-11-28",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://ville-pontarlier.example/schema-mutualisation-2023", """
        ## L'objet du schéma

        La ville de Pontarlier et la communauté de communes du Grand Pontarlier adoptent un schéma de mutualisation pour la période 2024-2026. Les deux collectivités partagent déjà leur direction générale, leurs services financiers et informatiques ; le schéma étend la démarche aux ressources humaines, à la commande publique et aux ateliers techniques.

        ## Ce qui est attendu

        Les économies sont estimées à 420 000 euros par an, surtout par des achats groupés et l'abandon de locaux loués. Pour les neuf autres communes de l'intercommunalité, comme Doubs ou Houtaud, les services communs seront accessibles par convention, à la demande.

        ## Le calendrier

        Les agents concernés, 62 au total, seront consultés au printemps. Les conseils de la ville et de la communauté se prononceront en juin. La démarche s'inspire de celle conduite à Besançon.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Mis en ligne le 28/11/2023" };
}

/// <summary>The Savoie and the Haute-Savoie, joint subjects ("les deux Savoie", a two-column table); Chambéry, Annecy and Genève are context; the Mont-Blanc is a landscape.</summary>
public sealed class InseeDeuxSavoie2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("insee-deux-savoie-logement-2023.html",
        "Les deux Savoie face à la tension du logement", "INSEE", "2023-10-24",
        DocumentTypeLabels.Publication, Themes.Social, "https://insee.example/statistiques/deux-savoie-logement-2023", """
        ## Des prix qui s'envolent

        En Savoie comme en Haute-Savoie, les prix des logements ont augmenté de plus de 30 % en dix ans. Les deux départements partagent les mêmes difficultés : attractivité des stations, pression des acheteurs de résidences secondaires et, côté haut-savoyard, proximité de Genève.

        | Indicateur | Savoie | Haute-Savoie |
        | Résidences secondaires (%) | 38 | 21 |
        | Prix médian au m² (€) | 3 650 | 4 720 |
        | Demandes de logement social par attribution | 3,9 | 5,6 |

        ## Des situations différentes

        En Savoie, la tension se concentre dans les stations de Tarentaise et autour de Chambéry. En Haute-Savoie, elle touche tout le Genevois et le bassin d'Annecy, où les frontaliers disposent de revenus plus élevés. Les saisonniers et les jeunes actifs sont les premiers touchés dans les deux territoires.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Analyses Auvergne-Rhône-Alpes" };
}

/// <summary>Mars (Ardèche, 07320), also "mars" (March, the month in which the document is dated and its events take place); Saint-Agrève, Le Cheylard and Valence are context.</summary>
public sealed class PrefectureMars2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-07-mars-renovation-ecole-2024.html",
        "Mars : la rénovation de l'école retenue au titre de la DSIL", "Préfecture de l'Ardèche", "2024-03-21",
        DocumentTypeLabels.Page, Themes.Dotations, "https://ardeche.gouv.example/dsil-2024-mars", """
        ## Le projet

        Réunie le 12 mars 2024, la commission a retenu le projet de la commune de Mars, sur le plateau ardéchois, non loin de Saint-Agrève. Le village de 243 habitants rénove son école à classe unique : isolation des murs, remplacement des fenêtres et installation d'une pompe à chaleur. Les travaux coûteront 168 000 euros.

        ## L'aide de l'État

        La dotation de soutien à l'investissement local apportera 67 000 euros, soit 40 % du coût. Le département et la commune financent le reste. Les travaux commenceront fin mars, pendant les vacances de printemps, et s'achèveront à la rentrée.

        ## Les autres projets du plateau

        Les dossiers de Saint-Agrève et du Cheylard seront examinés lors de la prochaine commission, à Privas ou à Valence, selon la disponibilité des salles.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 21 mars 2024" };
}

/// <summary>Mamers (Sarthe, not named); the CC Maine Saosnois (membership), Le Mans and Alençon are context; the Saosnois is a landscape.</summary>
public sealed class CrcMamers2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("crc-pdl-commune-de-mamers-2023.pdf",
        "Commune de Mamers : rapport d'observations définitives", "Chambre régionale des comptes Pays de la Loire", "2023-10-03",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-pdl.example/rod/mamers-2023.pdf",
        "CRC Pays de la Loire - commune de Mamers", "centre aquatique", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune de Mamers de 2017 à 2022. La ville de 5 000 habitants, ancienne sous-préfecture, est le pôle du Saosnois, entre Le Mans et Alençon. Elle est membre de la communauté de communes Maine Saosnois, dont la situation n'est pas examinée ici.

        ## Des charges de centralité

        Mamers supporte des équipements qui servent à tout le bassin : théâtre, centre aquatique, médiathèque. Leur coût net dépasse 1,4 million d'euros par an, soit 280 euros par habitant. Les transferts de charges vers l'intercommunalité restent limités.

        ## La situation financière

        L'épargne brute s'est redressée depuis 2020 grâce à une maîtrise des charges de personnel. La dette a diminué d'un quart. La commune peut envisager la rénovation de ses écoles sans recours excessif à l'emprunt.

        ## Recommandations

        La chambre recommande d'étudier le transfert du centre aquatique à l'intercommunalité, de fiabiliser l'inventaire et de présenter chaque année au conseil le coût complet des équipements culturels.
        """);
}

/// <summary>The CC des Grands Lacs (Landes); Biscarrosse (seat), Parentis-en-Born and Sanguinet (members) and Bordeaux are context; the lakes are landscapes.</summary>
public sealed class AdemeGrandsLacs2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("ademe-cc-grands-lacs-tarification-incitative-2023.html",
        "Déchets : la communauté de communes des Grands Lacs passe à la tarification incitative", "ADEME", "2023-11-14",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/cc-grands-lacs-ti", """
        ## Le territoire

        La communauté de communes des Grands Lacs regroupe sept communes du nord des Landes, autour des lacs de Cazaux-Sanguinet et de Parentis-Biscarrosse. Sa population, 38 000 habitants, double l'été. Biscarrosse, Parentis-en-Born et Sanguinet en sont les principales communes.

        ## La démarche

        L'intercommunalité a mis en place une part incitative dans la taxe d'enlèvement des ordures ménagères en 2023. Chaque foyer paie en partie selon le nombre de levées de son bac. Les résidents secondaires, nombreux, disposent de badges d'accès aux points d'apport volontaire.

        ## Les résultats

        En un an, les ordures ménagères résiduelles ont baissé de 24 % et le tri a augmenté de 15 %. Les dépôts sauvages ont légèrement progressé, ce qui a conduit à renforcer les contrôles. L'ADEME a financé l'étude préalable et l'équipement des bacs.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>The CC du Val d'Amour (Jura) named only in the body (title: a generic prefectoral order); Dole and Mont-sous-Vaudrey are context; the Loue is the river; the forêt de Chaux is a landscape.</summary>
public sealed class PrefectureJuraStatuts2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("prefecture-39-arrete-statuts-2024-0412.pdf",
        "Arrêté préfectoral n° 39-2024-04-12 portant modification des statuts", "Préfecture du Jura", "2024-04-12",
        DocumentTypeLabels.Page, Themes.Geo, "https://jura.gouv.example/raa/2024-04-12-statuts.pdf",
        "Recueil des actes administratifs", "accueil des gens du voyage", """
        ## Article 1er

        Les statuts de la communauté de communes du Val d'Amour, annexés au présent arrêté, sont modifiés pour ajouter aux compétences facultatives la gestion des équipements sportifs d'intérêt communautaire et la création d'une maison de santé pluriprofessionnelle.

        ## Article 2

        Le transfert prend effet le 1er juillet 2024. Les biens affectés à ces compétences, dont le gymnase de Mont-sous-Vaudrey, sont mis à disposition de la communauté de communes. Les charges transférées seront évaluées par la commission locale avant la fin de l'année.

        ## Article 3

        La compétence relative à l'aménagement, l'entretien et la gestion des aires d'accueil des gens du voyage reste exercée dans les conditions antérieures.

        ## Article 4

        Les vingt-quatre communes membres, réparties de part et d'autre de la Loue entre la forêt de Chaux et les premiers plateaux du Jura, disposaient d'un délai de trois mois pour se prononcer ; la majorité qualifiée a été atteinte. Le présent arrêté peut être contesté devant le tribunal administratif de Besançon dans un délai de deux mois. Le sous-préfet de Dole est chargé de son exécution.
        """) with { InfoTitle = "Arrete 39-2024-04-12" };
}
