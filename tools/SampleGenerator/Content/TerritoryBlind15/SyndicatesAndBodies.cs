using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind15 territory split (issue 13): syndicates, a CCAS, a CIAS, an intercommunal tourism office and a SDIS: the body's perimeter.
namespace SampleGenerator.Content.TerritoryBlind15;

/// <summary>SIVU of the haut Vallespir, members Prats-de-Mollo-la-Preste, Le Tech, Serralongue and Lamanère (Pyrénées-Orientales) -> its four members; the Tech is also the river; Arles-sur-Tech, Céret and Perpignan are context; the CC du Haut Vallespir (membership) is context; Catalonia (Spain) is a neighbour; the Vallespir is a landscape. Le Tech is both a member commune (annotated) and the river (not a territory).</summary>
public sealed class SivuHautVallespirPistesForestieres2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("sivu-haut-vallespir-pistes-dfci-2023.pdf",
        "SIVU du haut Vallespir : rapport d'activité 2023 sur les pistes de défense des forêts contre l'incendie", "Syndicat intercommunal à vocation unique du haut Vallespir", "2024-04-09",
        DocumentTypeLabels.Rapport, Themes.Securite, "https://sivu-haut-vallespir.example/rapport-2023.pdf",
        "SIVU du haut Vallespir - rapport 2023", "débroussaillement des abords", """
        ## Le syndicat

        Le syndicat intercommunal à vocation unique du haut Vallespir a été créé en 1987 par quatre communes de montagne : Prats-de-Mollo-la-Preste, Le Tech, Serralongue et Lamanère. Il a pour seule mission l'entretien des pistes de défense des forêts contre l'incendie qui parcourent les versants boisés de la haute vallée du Tech, jusqu'à la frontière espagnole. Son comité syndical compte huit délégués, deux par commune.

        ## Le réseau de pistes

        Le syndicat entretient 164 kilomètres de pistes, dont 58 sur le territoire de Prats-de-Mollo-la-Preste, la plus étendue des quatre communes. Ces pistes permettent l'accès des engins de secours et servent aussi aux exploitants forestiers, aux éleveurs et aux randonneurs. Plusieurs tronçons ont été ravinés par l'épisode de pluies intenses de novembre 2023, qui a fait déborder le Tech et ses affluents.

        ## Les travaux de 2023

        - Le débroussaillement des abords sur 52 kilomètres, réalisé par une entreprise d'insertion de Céret.
        - La réfection de la chaussée et des revers d'eau sur 11 kilomètres, au-dessus de Serralongue et de Lamanère.
        - La remise en état de trois citernes d'eau destinées aux pompiers.
        - Le remplacement des barrières qui ferment les pistes en période de risque élevé.

        ## Les finances

        Le budget du syndicat atteint 286 000 euros en 2023. Les contributions des communes, calculées selon la longueur des pistes situées sur leur territoire, en apportent 36 %. L'État, la région et le département financent 55 % des travaux au titre de la protection des forêts. Le solde provient de conventions avec les propriétaires forestiers.

        ## Les perspectives

        Le comité syndical a voté un programme de réparation des dégâts de novembre, estimé à 140 000 euros. Il souhaite aussi mieux coordonner ses interventions avec les services forestiers de Catalogne, de l'autre côté de la frontière. La communauté de communes du Haut Vallespir, qui siège à Arles-sur-Tech, sera sollicitée pour une étude sur la fréquentation des pistes par les véhicules à moteur, source de dégradations.
        """) with { Masthead = ["Syndicat intercommunal à vocation unique", "du haut Vallespir"], InfoDates = false, Hyphenate = true };
}

/// <summary>Syndicat mixte of the mobility of the bassin montalbanais, members the CA Grand Montauban, the CC Grand Sud Tarn-et-Garonne and the CC du Pays de Lafrançaise -> the three EPCI; Montauban, Montech, Lafrançaise and Labastide-Saint-Pierre are context; Toulouse is a destination (context); Moissac and Castelsarrasin (CC Terres des Confluences) are named as non-members; the Tarn-et-Garonne is context.</summary>
public sealed class SyndicatMobiliteMontalbanais2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("syndicat-mixte-mobilite-bassin-montalbanais-2024.html",
        "Mobilités : le syndicat mixte du bassin montalbanais lance ses lignes express vers Toulouse", "Syndicat mixte des mobilités du bassin montalbanais", "2024-09-03",
        DocumentTypeLabels.Page, Themes.Durable, "https://mobilites-montalbanais.example/actualites/lignes-express", """
        ## Un syndicat, trois intercommunalités

        Créé en 2022, le syndicat mixte des mobilités du bassin montalbanais organise les transports pour le compte de ses trois membres : la communauté d'agglomération Grand Montauban, la communauté de communes Grand Sud Tarn-et-Garonne et la communauté de communes du Pays de Lafrançaise. Il couvre ainsi 42 communes et près de 140 000 habitants. Son comité syndical réunit 24 délégués, désignés par les trois conseils communautaires au prorata de leur population.

        ## Les lignes express

        Depuis le 2 septembre, trois lignes de cars express relient le territoire à Toulouse. La première part de Montauban, la deuxième de Montech et la troisième de Lafrançaise, avec un arrêt à Labastide-Saint-Pierre. Les cars circulent toutes les trente minutes aux heures de pointe et empruntent la voie réservée de l'autoroute à l'entrée de l'agglomération toulousaine. Le syndicat a aménagé quatre parkings de covoiturage près des arrêts.

        ## Les tarifs

        Le ticket coûte 2,50 euros, et l'abonnement mensuel 45 euros, dont la moitié est remboursable par l'employeur. Les jeunes de moins de 26 ans bénéficient d'un abonnement à 20 euros.

        ## Le financement

        Le fonctionnement des lignes coûte 3,8 millions d'euros par an. Il est financé par le versement mobilité, dont le taux a été harmonisé sur le territoire des trois membres, par les recettes des voyageurs et par une contribution de la région. Les contributions des membres sont fixées selon leur population et le nombre de services qui les desservent.

        ## Et les autres communes ?

        Les communes de Moissac et de Castelsarrasin, membres de la communauté de communes Terres des Confluences, ne font pas partie du syndicat. Leurs habitants peuvent toutefois utiliser les lignes express depuis Montauban. Une convention est à l'étude pour prolonger une ligne jusqu'à Castelsarrasin en 2026. Le syndicat élabore parallèlement son plan de mobilité simplifié, soumis à consultation au printemps.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actualités", "Réseau"] };
}

/// <summary>CCAS of Moissac (Tarn-et-Garonne) -> its commune; Moissac-Bellevue (Var) is named to rule it out; Castelsarrasin and Montauban are context; the CC Terres des Confluences (membership) is context; the abbaye Saint-Pierre is a monument; the Tarn and the Garonne are rivers; the Banque alimentaire is a body (context); national figures are comparisons.</summary>
public sealed class CcasMoissacEpicerieSociale2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("ccas-moissac-epicerie-sociale-bilan-2023.pdf",
        "L'épicerie sociale du centre communal d'action sociale de Moissac : bilan 2023", "Centre communal d'action sociale de Moissac", "2024-03-14",
        DocumentTypeLabels.Rapport, Themes.Social, "https://ccas-moissac.example/epicerie-sociale-2023.pdf",
        "CCAS de Moissac - épicerie sociale 2023", "reste à vivre", """
        ## Le service

        Le centre communal d'action sociale de Moissac gère depuis 2012 une épicerie sociale, installée dans une ancienne boutique du centre ancien, à deux pas de l'abbaye Saint-Pierre. Elle permet aux ménages en difficulté de la ville d'acheter des produits alimentaires et d'hygiène pour 10 à 30 % de leur prix habituel. L'accès est accordé pour trois mois renouvelables, après un entretien avec une travailleuse sociale qui calcule le reste à vivre du foyer. Le service ne concerne que les habitants de notre commune, et non ceux de Moissac-Bellevue, dans le Var.

        ## La fréquentation

        En 2023, l'épicerie a accueilli 412 foyers, soit 1 030 personnes, contre 318 foyers en 2021. La hausse des prix alimentaires a conduit de nouveaux publics à pousser la porte : retraités aux petites pensions, salariés à temps partiel, étudiants en apprentissage. Les familles monoparentales représentent 38 % des bénéficiaires. Le taux de pauvreté de la ville, de 27 %, reste bien supérieur à la moyenne nationale de 15 %.

        ## L'approvisionnement

        Les produits proviennent de la Banque alimentaire de Tarn-et-Garonne, de dons des grandes surfaces de Moissac et de Castelsarrasin et d'achats directs. Les producteurs de fruits de la vallée, notamment de chasselas, donnent leurs invendus pendant la saison. Les fruits et légumes frais représentent désormais 30 % des volumes distribués.

        ## L'accompagnement

        L'épicerie n'est pas seulement un lieu de distribution. Des ateliers de cuisine, de gestion du budget et de prévention du surendettement sont proposés chaque semaine. En 2023, 64 foyers ont été aidés à constituer un dossier de surendettement ou à renégocier leurs factures d'énergie.

        ## Les moyens

        Le budget de l'épicerie atteint 186 000 euros, financé par la subvention de la ville, la participation des bénéficiaires et des aides de l'État et du département. Deux salariées et vingt-deux bénévoles assurent le fonctionnement. Le CCAS souhaite ouvrir un second point de distribution dans le quartier du Sarlac en 2025, en lien avec la communauté de communes Terres des Confluences, dont la commune est membre, et avec les services du département à Montauban.
        """) with { Masthead = ["Ville de Moissac", "Centre communal d'action sociale"], InfoAuthor = "CCAS de Moissac" };
}

/// <summary>CIAS of the CC Pontivy Communauté -> the EPCI; Pontivy (seat), Noyal-Pontivy, Cléguérec and Bréhan are context; the Blavet is the river; Lorient and Vannes are context; the Morbihan is context.</summary>
public sealed class CiasPontivyPortageRepas2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("cias-pontivy-communaute-portage-repas-2024.html",
        "Portage de repas à domicile : le CIAS de Pontivy Communauté étend son service", "Centre intercommunal d'action sociale de Pontivy Communauté", "2024-03-19",
        DocumentTypeLabels.Page, Themes.Social, "https://pontivy-communaute.example/cias/portage-repas-2024", """
        ## Un service pour les personnes âgées

        Le centre intercommunal d'action sociale de Pontivy Communauté livre des repas à domicile aux personnes âgées ou handicapées des 24 communes de la communauté de communes. En 2023, il a servi 96 000 repas à 430 bénéficiaires, soit 12 % de plus qu'en 2022. Les repas sont préparés par la cuisine centrale installée à Pontivy et livrés en liaison froide, cinq jours par semaine, par six agents.

        ## L'extension aux communes rurales

        Jusqu'ici, les tournées ne desservaient pas les hameaux les plus éloignés, notamment autour de Cléguérec et de Bréhan. Depuis le 1er mars, une septième tournée couvre ces secteurs, ce qui porte à 620 kilomètres la distance parcourue chaque jour. Le CIAS a acquis deux véhicules électriques, rechargés sur les bornes de l'espace technique de Noyal-Pontivy.

        ## Les tarifs

        Le prix du repas varie de 6,20 euros à 10,40 euros selon les ressources. Le conseil d'administration a limité la hausse de 2024 à 2 %, malgré l'augmentation du coût des denrées. Les bénéficiaires de l'allocation personnalisée d'autonomie peuvent obtenir une prise en charge partielle par le département.

        ## Un lien social

        Au-delà du repas, la visite quotidienne de l'agent est souvent le seul contact de la journée pour les personnes isolées. Les livreurs sont formés à repérer les signes de fragilité et à alerter la coordinatrice. En 2023, 37 situations ont ainsi été signalées aux équipes médico-sociales.

        ## Les produits locaux

        La cuisine centrale s'approvisionne pour 45 % auprès de producteurs du centre Bretagne, notamment pour les légumes, la viande et les produits laitiers. Le pain provient de boulangeries du territoire. Un menu végétarien est proposé chaque semaine. Les personnes intéressées peuvent contacter l'accueil du CIAS, au siège de la communauté de communes, ou leur mairie.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Solidarités", "Personnes âgées"] };
}

/// <summary>The Observatoire marin of the CC du Golfe de Saint-Tropez (a service of the EPCI) -> the EPCI; Saint-Tropez, Sainte-Maxime, Cavalaire-sur-Mer, Ramatuelle, La Croix-Valmer and Rayol-Canadel-sur-Mer are context (member communes); the golfe is a landscape; the Port-Cros national park and the îles d'Hyères are context; the Var is context. Debatable: the observatory is a service of the EPCI rather than a body of its own; the EPCI is the subject either way.</summary>
public sealed class ObservatoireMarinGolfeSaintTropez2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("observatoire-marin-golfe-saint-tropez-herbiers-posidonie-2023.pdf",
        "Observatoire marin du Golfe de Saint-Tropez : l'état des herbiers de posidonie en 2023", "Communauté de communes du Golfe de Saint-Tropez", "2024-01-18",
        DocumentTypeLabels.Etude, Themes.Durable, "https://cc-golfedesainttropez.example/observatoire-marin-posidonie-2023.pdf",
        "Observatoire marin - herbiers de posidonie 2023", "mouillage organisé", """
        ## L'observatoire

        L'Observatoire marin est un service de la communauté de communes du Golfe de Saint-Tropez. Il suit l'état du milieu marin le long des 80 kilomètres de côte des communes membres, de Cavalaire-sur-Mer à Sainte-Maxime, en passant par Rayol-Canadel-sur-Mer, La Croix-Valmer, Ramatuelle et Saint-Tropez. Ses plongeurs scientifiques réalisent chaque année des relevés sur les herbiers de posidonie, plante marine protégée qui abrite de nombreuses espèces et limite l'érosion des plages.

        ## Les résultats de 2023

        Les herbiers couvrent environ 4 300 hectares dans les eaux du golfe. Sur les 24 stations suivies, 15 présentent un bon état, 6 un état moyen et 3 un état dégradé. Les dégradations sont concentrées dans les baies les plus fréquentées par la plaisance, où les ancres des bateaux arrachent les faisceaux de feuilles. Aux abords du parc national de Port-Cros et des îles d'Hyères, plus à l'ouest, les herbiers sont en meilleur état.

        ## La pression de la plaisance

        En été, plus de 1 500 bateaux peuvent mouiller simultanément dans le golfe, dont de nombreuses grandes unités. L'observatoire a recensé 2 100 mouillages de grands navires entre juin et septembre 2023, dont un quart sur des herbiers, malgré l'interdiction préfectorale en vigueur depuis 2019.

        ## Les actions

        - L'installation de zones de mouillage organisé, avec des bouées qui évitent de jeter l'ancre, dans quatre baies.
        - La sensibilisation des plaisanciers par des agents en bateau pendant l'été.
        - Le suivi de la qualité des eaux de baignade et des rejets des stations d'épuration.

        ## Les perspectives

        La communauté de communes souhaite étendre les zones de mouillage organisé et renforcer les contrôles avec l'État. Les données de l'observatoire sont transmises au réseau régional de surveillance et publiées chaque année. Une campagne de cartographie détaillée des herbiers, par sonar et par drone, sera menée au printemps 2024.
        """) with { Masthead = ["Communauté de communes du Golfe de Saint-Tropez", "Observatoire marin"], Ligatures = true };
}

/// <summary>The SDIS de Vaucluse (service départemental d'incendie et de secours) -> the département; Avignon, Carpentras, Orange and Cavaillon are context; the mont Ventoux and the Luberon are landscapes; the Bouches-du-Rhône, the Drôme and the Gard are comparisons and neighbours (mutual aid); national figures are comparisons.</summary>
public sealed class SdisVaucluseBilanOperationnel2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("sdis-vaucluse-bilan-operationnel-2023.html",
        "Le service départemental d'incendie et de secours de Vaucluse publie son bilan opérationnel 2023", "Service départemental d'incendie et de secours de Vaucluse", "2024-03-07",
        DocumentTypeLabels.Publication, Themes.Securite, "https://sdis84.example/bilan-operationnel-2023", """
        ## Une activité soutenue

        En 2023, les sapeurs-pompiers du service départemental d'incendie et de secours de Vaucluse sont intervenus 52 400 fois, soit une intervention toutes les dix minutes. Le secours à personne représente 81 % de l'activité, une part supérieure à la moyenne nationale de 78 %. Les interventions pour accidents de la circulation ont baissé de 4 %, tandis que les feux de végétation ont fortement augmenté pendant l'été sec.

        ## Les feux de forêt

        Le département a connu 412 départs de feu de végétation, dont trois ont parcouru plus de cent hectares, sur les pentes du mont Ventoux et dans le Luberon. Les colonnes de renfort venues des Bouches-du-Rhône, de la Drôme et du Gard ont été mobilisées à deux reprises, et le département a lui-même envoyé des moyens chez ses voisins. La surveillance aérienne et les patrouilles armées ont permis de limiter la plupart des feux à moins d'un hectare.

        ## Les effectifs

        Le service compte 2 950 sapeurs-pompiers, dont 2 250 volontaires. Les centres d'Avignon, de Carpentras, d'Orange et de Cavaillon assurent la moitié des interventions. Le recrutement de volontaires reste difficile dans les villages, où la disponibilité en journée est faible : 14 centres ruraux ont connu des périodes sans équipe complète.

        ## Le budget

        Le budget atteint 98 millions d'euros. Le conseil départemental en finance 54 %, et les communes et intercommunalités le reste, par leurs contributions. La hausse du coût de l'énergie et la revalorisation des indemnités des volontaires ont pesé sur les dépenses. Un plan d'équipement prévoit le remplacement de 30 camions-citernes d'ici 2027.

        ## Les priorités

        Le schéma départemental d'analyse et de couverture des risques, révisé en 2023, fixe les priorités : réduire les délais d'intervention dans le nord du département, mieux former les volontaires et développer la prévention auprès des particuliers.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Publications", "Bilans"] };
}
