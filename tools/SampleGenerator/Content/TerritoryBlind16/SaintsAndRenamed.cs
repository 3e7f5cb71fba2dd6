using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind16 territory split (issue 13): communes written with "St-"/"Ste-", communes nouvelles named by their communes déléguées, renamed communes.
namespace SampleGenerator.Content.TerritoryBlind16;

/// <summary>Saint-Jean-d'Angély (Charente-Maritime), written "St-Jean-d'Angély" throughout; Saintes and Niort are context (Niort also in a street name, the avenue de Niort); the CC Vals de Saintonge Communauté is membership (context); the Boutonne is the river; the abbaye royale is a monument.</summary>
public sealed class StJeanDAngelyHalles2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("st-jean-d-angely-halles-marche-couvert-2024.html",
        "St-Jean-d'Angély : un an après sa rénovation, les halles retrouvent leurs clients", "Ville de St-Jean-d'Angély", "2024-10-22",
        DocumentTypeLabels.Page, Themes.Emploi, "https://st-jean-d-angely.example/halles-bilan-2024", """
        ## Un chantier attendu

        Fermées pendant dix-huit mois, les halles de St-Jean-d'Angély ont rouvert en octobre 2023 après une rénovation de 2,3 millions d'euros. La charpente métallique a été restaurée, la verrière remplacée et les étals redessinés. Les Angériens retrouvent leur marché couvert au pied de l'abbaye royale, ouvert quatre matinées par semaine.

        ## Le bilan de la première année

        - 21 commerçants permanents, contre 14 avant les travaux, dont un fromager, deux maraîchers et un torréfacteur.
        - Une fréquentation moyenne de 1 900 visiteurs le samedi matin, mesurée par des capteurs aux entrées.
        - Un marché de producteurs le premier vendredi soir de chaque mois, de mai à septembre.

        ## Les effets sur le centre-ville

        Selon l'enquête menée auprès des commerçants de la rue de l'Hôtel-de-Ville et de l'avenue de Niort, 60 % d'entre eux constatent une hausse de leur chiffre d'affaires le jour du marché. Trois boutiques vacantes ont trouvé preneur. Le stationnement gratuit d'une heure sur la place du Pilori a été prolongé.

        ## Les prochaines étapes

        La ville de St-Jean-d'Angély, avec la communauté de communes des Vals de Saintonge, prépare l'aménagement des quais de la Boutonne, afin de relier les halles à la rivière par une promenade. Beaucoup de visiteurs viennent aussi de Saintes ou de Niort, à moins d'une heure de route, pour le marché du samedi. Une navette gratuite reliera la gare routière aux halles le samedi matin dès le printemps prochain.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Commerce", "Marchés"] };
}

/// <summary>Sainte-Menehould (Marne), written "Ste-Menehould"; "à la Ste-Menehould" is also a recipe (pigs' trotters); the Argonne is a landscape (forest); the CC de l'Argonne Champenoise is membership (context).</summary>
public sealed class SteMenehouldRapportEau2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("ste-menehould-rapport-prix-qualite-eau-2023.pdf",
        "Ville de Ste-Menehould : rapport annuel sur le prix et la qualité du service de l'eau potable, exercice 2023", "Ville de Ste-Menehould", "2024-06-11",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://ste-menehould.example/rpqs-eau-2023.pdf",
        "Ste-Menehould - eau potable 2023", "indice linéaire de pertes", """
        ## Le service

        La ville de Ste-Menehould gère en régie son service de distribution d'eau potable, qui dessert 2 310 abonnés. L'eau provient de deux forages situés en lisière de la forêt d'Argonne et d'une source captée au nord de la ville. Elle est traitée par une unité de déferrisation avant d'être stockée dans trois réservoirs d'une capacité totale de 2 400 mètres cubes.

        ## Les volumes

        En 2023, 412 000 mètres cubes ont été prélevés et 318 000 facturés aux abonnés. Le rendement du réseau s'établit à 77 %, en progression de trois points grâce au remplacement de 2,1 kilomètres de canalisations anciennes, notamment avenue Victor-Hugo et rue Chanzy. L'indice linéaire de pertes reste toutefois supérieur à la valeur de référence pour un réseau de ce type.

        ## La qualité

        Les 64 prélèvements réalisés par l'agence régionale de santé se sont révélés conformes, à l'exception d'un dépassement ponctuel de turbidité après les pluies de janvier. Les habitants ont été informés le jour même par les panneaux lumineux et le site internet de la ville.

        ## Le prix

        Pour une consommation de référence de 120 mètres cubes, la facture s'élève à 2,34 euros par mètre cube toutes taxes comprises, assainissement exclu. La part communale n'a pas augmenté depuis 2021 ; seule la redevance de l'agence de l'eau a progressé.

        ## Les perspectives

        La loi prévoit le transfert de la compétence eau à la communauté de communes de l'Argonne Champenoise. Une étude commune est en cours pour harmoniser les tarifs et programmer les investissements. Les élus de Ste-Menehould souhaitent que la sécurisation de la ressource, par une interconnexion avec les communes voisines, soit prioritaire. Le rapport complet est consultable en mairie, comme chaque année après la foire aux pieds de porc à la Ste-Menehould.
        """) with { Masthead = ["Ville de Ste-Menehould", "Service de l'eau"], Byline = ["Présenté au conseil municipal du 6 juin 2024"] };
}

/// <summary>Saint-Claude (Jura), written "St-Claude"; Saint-Claude (Guadeloupe) is named to rule it out; Oyonnax and Lons-le-Saunier are context; the CC Haut-Jura Saint-Claude (membership, with the commune's name in it) is context; the Bienne and the Tacon are rivers; the Haut-Jura is a landscape (a regional natural park). The EPCI's name holds the commune's: "communauté de communes Haut-Jura Saint-Claude" is membership, not a subject.</summary>
public sealed class StClaudeFaubourg2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("st-claude-39-requalification-faubourg-2024.html",
        "St-Claude (Jura) : la requalification du quartier du Faubourg entre dans sa phase opérationnelle", "Ville de St-Claude", "2024-09-03",
        DocumentTypeLabels.Page, Themes.Geo, "https://st-claude-jura.example/faubourg-requalification", """
        ## Un quartier au bord de la Bienne

        Ancien quartier ouvrier de St-Claude, le Faubourg s'étire le long de la Bienne, au pied des falaises du Haut-Jura. Ses ateliers de pipiers et de diamantaires ont fermé les uns après les autres ; un logement sur cinq y est vacant. La ville a lancé en 2021 une étude de requalification, dont les travaux commencent cet automne.

        ## Le programme

        - La démolition de deux immeubles insalubres et la création d'un square en bord de rivière.
        - La réhabilitation de 48 logements avec l'office public de l'habitat.
        - La transformation d'une ancienne fabrique de pipes en ateliers d'artisans et en espace d'exposition.
        - L'élargissement des trottoirs et une passerelle piétonne sur le Tacon.

        ## Le financement

        Le programme de 9,8 millions d'euros est financé par l'État, la Région Bourgogne-Franche-Comté, le Département du Jura et la communauté de communes Haut-Jura Saint-Claude, qui porte l'opération d'amélioration de l'habitat. Les propriétaires privés du Faubourg peuvent bénéficier d'aides pouvant atteindre 50 % du montant des travaux de rénovation de leurs façades et de leurs logements.

        ## Le calendrier

        Les démolitions auront lieu cet hiver, le square sera aménagé en 2025 et la fabrique rouvrira en 2026.

        ## À noter

        Les courriers destinés à la mairie de St-Claude dans le Jura arrivent parfois à Saint-Claude, en Guadeloupe. Merci d'indiquer le code postal 39200. Les entreprises d'Oyonnax et de Lons-le-Saunier intéressées par les marchés peuvent consulter le calendrier des consultations sur notre site.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Urbanisme", "Grands projets"] };
}

/// <summary>Saint-Valery-en-Caux (Seine-Maritime), written "St-Valery-en-Caux"; Saint-Valery-sur-Somme is named to rule it out; Fécamp and Dieppe are context; the CC de la Côte d'Albâtre is membership (context); the Côte d'Albâtre and the pays de Caux are landscapes.</summary>
public sealed class StValeryEnCauxFalaises2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("st-valery-en-caux-recul-falaises-2023.pdf",
        "St-Valery-en-Caux : étude sur le recul des falaises et l'adaptation du front de mer", "Ville de St-Valery-en-Caux", "2023-12-05",
        DocumentTypeLabels.Etude, Themes.Durable, "https://st-valery-en-caux.example/etude-falaises-2023.pdf",
        "St-Valery-en-Caux - recul des falaises", "front de mer", """
        ## Le contexte

        Station balnéaire et port de plaisance de la Côte d'Albâtre, St-Valery-en-Caux est encadrée par deux falaises de craie qui reculent en moyenne de 20 centimètres par an, avec des effondrements brutaux après les hivers pluvieux. En mars 2022, un éboulement de 8 000 mètres cubes a fermé pendant trois mois l'accès à la plage ouest. La ville a commandé une étude pour préparer l'adaptation de son front de mer.

        ## Les constats

        - 37 habitations et deux hôtels sont situés à moins de cent mètres du bord de la falaise amont.
        - La digue et la promenade du front de mer ont été construites dans les années 1960 et leur entretien coûte 180 000 euros par an.
        - Le casino, le centre nautique et les parkings occupent les terrains les plus exposés à la submersion lors des grandes marées.

        ## Les scénarios étudiés

        Le premier scénario maintient la digue et renforce le pied des falaises par des enrochements. Le deuxième organise un repli progressif des équipements du front de mer vers l'intérieur du bourg, en vingt ans. Le troisième combine les deux. L'étude recommande le troisième, dont le coût est estimé à 26 millions d'euros.

        ## Les suites

        La communauté de communes de la Côte d'Albâtre, compétente pour la prévention des inondations, pilotera la stratégie locale avec la ville. Les élus ont visité Fécamp et Dieppe, confrontées aux mêmes enjeux. Une exposition présentera l'étude aux habitants en janvier 2024, à la salle des fêtes, puis une concertation sera ouverte jusqu'à l'été.

        ## Précision

        Cette étude ne concerne pas St-Valery-sur-Somme, avec laquelle notre ville est souvent confondue par les visiteurs et même par certains fournisseurs. Les deux stations ne sont distantes que d'une centaine de kilomètres, mais l'une est située sur les falaises du pays de Caux, l'autre au fond de la baie de Somme.
        """) with { Masthead = ["Ville de St-Valery-en-Caux", "Seine-Maritime"], Byline = ["Services techniques et bureau d'études littoral"] };
}

/// <summary>Aumont-Aubrac, commune déléguée of Peyre en Aubrac (Lozère, code 48009; 2017) -> today's code; Javols and Fau-de-Peyre are other communes déléguées (same code); Marvejols and Saint-Chély-d'Apcher are context; the CC des Hautes Terres de l'Aubrac is membership (context); the Aubrac is a landscape (a plateau and a regional natural park); Compostela's way (GR 65) is a trail. Debatable: the document is about the commune déléguée's station; annotated with the commune nouvelle's code by the rule on former communes.</summary>
public sealed class AumontAubracGareMultimodale2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("aumont-aubrac-pole-gare-2024.html",
        "Aumont-Aubrac : le pôle d'échanges de la gare ouvre au printemps", "Commune de Peyre en Aubrac", "2024-02-13",
        DocumentTypeLabels.Page, Themes.Geo, "https://peyre-en-aubrac.example/aumont-aubrac-pole-gare", """
        ## Une gare au cœur de la commune déléguée

        La gare d'Aumont-Aubrac, sur la ligne de l'Aubrac entre Clermont-Ferrand et Béziers, est la porte d'entrée des randonneurs du chemin de Saint-Jacques-de-Compostelle, le GR 65. La commune nouvelle, créée en 2017 par la réunion d'Aumont-Aubrac, de Javols, de Fau-de-Peyre et de trois autres communes, a décidé d'en faire un pôle d'échanges.

        ## Les aménagements

        - Un parvis piéton et un abri pour les vélos et les bâtons de marche.
        - Un parking de 42 places, dont quatre avec recharge électrique.
        - Un arrêt pour les cars régionaux vers Marvejols et Saint-Chély-d'Apcher.
        - Une consigne à bagages pour les pèlerins, gérée par l'office de tourisme.

        ## Le coût

        Les travaux coûtent 860 000 euros. La Région Occitanie, l'État et le Département de la Lozère en financent 72 %. La communauté de communes des Hautes Terres de l'Aubrac participe au titre de sa compétence tourisme.

        ## Les habitants consultés

        Les habitants d'Aumont-Aubrac et des villages de la commune ont été réunis deux fois en 2023. Ils ont obtenu le maintien du marché hebdomadaire sur la place de la gare et la plantation d'une rangée de frênes pour ombrager le parking en été. Une signalétique en trois langues guidera les pèlerins vers les gîtes, les commerces du bourg et le départ du chemin vers le plateau. L'inauguration est prévue le samedi 13 avril, en présence des élus des six communes déléguées.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Mobilités", "Projets"] };
}

/// <summary>Louvois and Tauxières-Mutry, communes déléguées of Val de Livre (Marne, code 51564; 2016) -> today's code; the CC de la Grande Vallée de la Marne is membership (context); the Montagne de Reims is a landscape (a regional natural park, a body name holding Reims's name); the Livre is the stream; champagne is the wine.</summary>
public sealed class ValDeLivrePlu2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("val-de-livre-plan-local-urbanisme-2023.pdf",
        "Val de Livre : plan local d'urbanisme, synthèse du rapport de présentation", "Commune de Val de Livre", "2023-03-21",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://val-de-livre.example/plu-synthese-2023.pdf",
        "Val de Livre - PLU", "coteaux viticoles", """
        ## Une commune nouvelle, un seul document d'urbanisme

        Née en 2016 de la réunion de Louvois et de Tauxières-Mutry, la commune nouvelle de Val de Livre compte 586 habitants. Jusqu'ici, Louvois disposait d'un plan d'occupation des sols ancien et Tauxières-Mutry d'une carte communale. Le plan local d'urbanisme unique, arrêté par le conseil municipal en février 2023, harmonise les règles sur l'ensemble du territoire.

        ## Le diagnostic

        Les deux villages, au pied de la Montagne de Reims, vivent de la viticulture : les coteaux viticoles classés en appellation champagne couvrent 340 hectares, les forêts plus de 900. La population a diminué de 4 % en dix ans, tandis que le nombre de résidences secondaires progresse. Le parc de logements est ancien : 61 % des maisons ont été construites avant 1946.

        ## Les orientations

        - Limiter l'extension des villages à 1,5 hectare d'ici 2035, par deux petites opérations à Louvois et une à Tauxières-Mutry.
        - Favoriser la réhabilitation des maisons vacantes et la transformation des anciens bâtiments de pressurage.
        - Protéger les coteaux, les lisières forestières et la vallée de la Livre.
        - Préserver les perspectives sur le château de Louvois et sur l'église de Tauxières.

        ## L'avis des personnes publiques

        Le parc naturel régional de la Montagne de Reims et la chambre d'agriculture ont émis un avis favorable. La communauté de communes de la Grande Vallée de la Marne demande que les futurs locaux d'activité viticole soient regroupés près de la route départementale. Les services de l'État rappellent l'objectif de sobriété foncière fixé par la loi.

        ## L'enquête publique

        L'enquête publique se tiendra du 17 avril au 19 mai 2023 dans les deux mairies annexes. Les habitants pourront aussi déposer leurs observations par courrier ou sur un registre en ligne. Le commissaire enquêteur, désigné par le tribunal administratif, rendra son rapport avant l'été.
        """) with { Masthead = ["Commune de Val de Livre", "Marne"], Byline = ["Plan local d'urbanisme arrêté le 14 février 2023"] };
}

/// <summary>Grigny (Rhône) in 2018, now Grigny-sur-Rhône (code 69096; gazetteer: former name; the date of the renaming was not checked) -> today's code; Grigny (Essonne) is named to rule it out; Givors and Lyon are context; the Métropole de Lyon is membership (context); the Rhône is the river.</summary>
public sealed class GrignyRhoneGroupeScolaire2018 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("grigny-69-renovation-energetique-ecoles-2018.pdf",
        "Ville de Grigny (Rhône) : programme de rénovation énergétique des écoles 2018-2022", "Ville de Grigny", "2018-04-10",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://ville-grigny69.example/renovation-ecoles-2018.pdf",
        "Grigny - rénovation des écoles", "chaudières au fioul", """
        ## Le patrimoine scolaire

        La ville de Grigny, au sud de la Métropole de Lyon, sur la rive droite du Rhône, possède quatre groupes scolaires qui accueillent 1 130 élèves. Trois d'entre eux ont été construits entre 1962 et 1978. Leur consommation d'énergie atteint 210 kilowattheures par mètre carré et par an, deux fois plus que celle d'une école récente. Deux sont encore chauffés par des chaudières au fioul.

        ## Le programme

        Le conseil municipal a adopté le 29 mars 2018 un programme de rénovation sur cinq ans, d'un montant de 6,2 millions d'euros :
        - l'isolation des façades et des toitures des écoles Jean-Moulin et des Arboras ;
        - le remplacement des menuiseries et l'installation de protections solaires ;
        - le raccordement de deux écoles à une chaufferie au bois commune ;
        - la pose de panneaux photovoltaïques sur le toit du restaurant scolaire.

        ## Les gains attendus

        La consommation d'énergie des bâtiments concernés diminuerait de 55 % et leurs émissions de gaz à effet de serre de 70 %. L'économie sur la facture annuelle est estimée à 140 000 euros aux prix de 2017. Le confort d'été, souvent insuffisant dans les classes orientées au sud, sera amélioré.

        ## Le financement

        La ville sollicite la dotation de soutien à l'investissement local, les certificats d'économies d'énergie et un prêt à taux réduit. La Métropole de Lyon financera les études de la chaufferie au bois, qui pourrait desservir à terme des logements voisins, en lien avec la commune de Givors.

        ## Précision

        Ce programme concerne Grigny dans le Rhône, à ne pas confondre avec Grigny dans l'Essonne, qui conduit de son côté un important programme de renouvellement urbain. Les dossiers de consultation des entreprises seront publiés sur le profil d'acheteur de la ville à partir de juin 2018.
        """) with { Masthead = ["Ville de Grigny", "Rhône"], Byline = ["Direction des services techniques — avril 2018"] };
}

/// <summary>Trouville (Seine-Maritime) in 2016, now Trouville-Alliquerville (code 76715; gazetteer: former name; the date of the renaming was not checked) -> today's code; Trouville-sur-Mer (Calvados) is named to rule it out; Bolbec and Lillebonne are context; the CA Caux Seine Agglo is membership (context); the pays de Caux is a landscape.</summary>
public sealed class TrouvilleCauxSalleMultiactivites2016 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("trouville-76-salle-multiactivites-2016.html",
        "Trouville (Seine-Maritime) : la salle multiactivités sera construite derrière la mairie", "Commune de Trouville", "2016-09-20",
        DocumentTypeLabels.Page, Themes.Culture, "https://trouville76.example/salle-multiactivites", """
        ## Un équipement attendu

        Depuis la fermeture de l'ancienne salle des fêtes en 2014, les associations de Trouville, petite commune du pays de Caux de 600 habitants, se réunissent dans la salle du conseil ou chez les communes voisines. Le conseil municipal a retenu le 12 septembre 2016 le projet d'une salle multiactivités de 280 mètres carrés, derrière la mairie.

        ## Le projet

        - Une grande salle de 180 places, utilisable pour les fêtes, la gymnastique douce et les réunions.
        - Une cuisine de réchauffage pour les repas des aînés et les mariages.
        - Un local de rangement partagé entre le comité des fêtes, le club de tennis de table et l'école.

        Le coût est estimé à 690 000 euros hors taxes. Le Département de la Seine-Maritime et l'État pourraient en financer la moitié ; la communauté d'agglomération Caux Seine Agglo a été sollicitée au titre de son fonds de concours.

        ## Le calendrier

        Le concours d'architecte sera lancé en novembre, pour une ouverture prévue au printemps 2018. Les habitants de Bolbec et de Lillebonne pourront aussi louer la salle, à un tarif différent.

        ## Attention aux homonymes

        Les réservations arrivent parfois par erreur à Trouville-sur-Mer, la station balnéaire du Calvados. Notre commune n'a pas de plage, mais elle a désormais un projet. Pour toute question, le secrétariat de mairie est ouvert le mardi et le jeudi après-midi, ainsi que le samedi matin.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Mis à jour le 20 septembre 2016", Breadcrumb = ["Vie associative"] };
}

/// <summary>Cransac (Aveyron) in 2017, now Cransac-les-Thermes (code 12083; gazetteer: former name; the date of the renaming was not checked) -> today's code; Decazeville and Rodez are context; Decazeville Communauté is membership (context); the Bassin houiller is a landscape and history; the thermes are a body (context).</summary>
public sealed class CransacThermesDsp2017 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("cransac-12-delegation-thermes-2017.pdf",
        "Commune de Cransac : rapport sur le choix du mode de gestion de l'établissement thermal", "Commune de Cransac", "2017-07-04",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://cransac.example/rapport-mode-gestion-thermes-2017.pdf",
        "Cransac - mode de gestion des thermes", "gaz chauds", """
        ## L'établissement thermal

        La commune de Cransac, dans l'ancien bassin houiller de l'Aveyron, est propriétaire d'un établissement thermal où l'on soigne les rhumatismes par les gaz chauds qui s'échappent de la montagne. L'exploitation est confiée à une société privée par une délégation de service public qui arrive à échéance le 31 décembre 2018. Le présent rapport prépare le choix du futur mode de gestion.

        ## L'activité

        L'établissement a accueilli 4 100 curistes en 2016, contre 5 300 en 2008. Les cures conventionnées de trois semaines représentent 88 % de l'activité. Les curistes viennent surtout du sud-ouest et restent en moyenne vingt et un jours dans la commune, dont ils font vivre les hôtels, les meublés et les commerces. L'établissement emploie 38 salariés en saison.

        ## Les options

        - La régie directe, qui donnerait à la commune la maîtrise complète mais l'exposerait au risque d'exploitation, difficile à assumer pour une commune de 1 500 habitants.
        - Une société publique locale, associant Decazeville Communauté, qui n'a pas encore délibéré.
        - Une nouvelle délégation de service public, avec des obligations d'investissement plus fortes.

        ## La recommandation

        Le rapport recommande une concession de douze ans, assortie d'un programme de travaux de 3,5 millions d'euros à la charge du délégataire : rénovation des cabines de soins, création d'un espace de remise en forme ouvert aux habitants, isolation des bâtiments. La commune conserverait la propriété des murs et percevrait une redevance indexée sur le chiffre d'affaires.

        ## Les suites

        Le conseil municipal se prononcera sur le principe de la délégation le 11 juillet 2017. L'avis de concession serait publié à l'automne. Le Département de l'Aveyron et la Région ont fait savoir qu'ils soutiendraient un projet de diversification vers le bien-être, afin d'attirer une clientèle plus jeune, notamment depuis Rodez, à moins d'une heure de route.
        """) with { Masthead = ["Commune de Cransac", "Aveyron"], Byline = ["Rapport présenté au conseil municipal"] };
}
