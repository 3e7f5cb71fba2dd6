using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind13 territory split (issue 13): communes whose names are common words, first names or homonyms.
namespace SampleGenerator.Content.TerritoryBlind13;

/// <summary>Vic-la-Gardiole (Hérault, code 34333), "Vic" alone in the text; the étang de Vic is a lagoon (landscape); Vic-sur-Cère and Vic-en-Bigorre are named to rule them out; Frontignan, Mireval, Villeneuve-lès-Maguelone and Montpellier are context; the CA Sète Agglopôle Méditerranée (membership) is context.</summary>
public sealed class VicLaGardioleBudget2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("vic-la-gardiole-34-budget-primitif-2024.html",
        "Vic-la-Gardiole : le budget primitif 2024 en quelques chiffres", "Commune de Vic-la-Gardiole", "2024-04-16",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://vic-la-gardiole.example/budget-2024", """
        ## Un budget voté le 9 avril

        Le conseil municipal de Vic-la-Gardiole a adopté le budget primitif de l'exercice 2024 par 19 voix pour et 4 abstentions. Le document s'équilibre à 5,9 millions d'euros, dont 3,8 millions pour la section de fonctionnement et 2,1 millions pour la section d'investissement. Les taux des taxes foncières restent inchangés pour la cinquième année consécutive.

        ## Le fonctionnement

        Les charges de personnel représentent 54 % des dépenses courantes. Elles progressent de 3,4 % sous l'effet des revalorisations nationales et du recrutement de deux agents saisonniers pour la surveillance de la plage des Aresquiers. La facture d'énergie baisse enfin grâce au nouveau contrat d'éclairage public. Les recettes bénéficient de la bonne tenue de la taxe de séjour et des droits de stationnement estivaux, la population du village doublant presque en juillet et en août.

        ## Les investissements

        La priorité va à la rénovation de l'école élémentaire, pour 780 000 euros. Viennent ensuite l'aménagement d'un cheminement piéton entre le village et la gare, la protection des berges de l'étang de Vic, fragilisées par les coups de mer, et l'extension du cimetière. La commune sollicite la dotation de soutien à l'investissement local et le soutien du département.

        ## La dette

        L'encours s'établit à 2,6 millions d'euros, soit une capacité de désendettement de 5,8 années. Aucun emprunt nouveau n'est inscrit avant l'automne.

        ## À ne pas confondre

        Les habitants disent simplement « Vic », comme les pêcheurs qui parlent de l'étang. Les courriers adressés à la mairie doivent pourtant porter le nom complet : plusieurs factures ont été envoyées par erreur à Vic-sur-Cère, dans le Cantal, et à Vic-en-Bigorre, dans les Hautes-Pyrénées. Les services intercommunaux, comme la collecte des déchets, relèvent de Sète Agglopôle Méditerranée, dont la commune est membre ; les habitants de Frontignan, de Mireval ou de Villeneuve-lès-Maguelone, voisins de la commune, ne sont pas concernés par ce budget, pas plus que ceux de l'agglomération de Montpellier.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Publié le 16/04/2024", Breadcrumb = ["Mairie", "Finances"] };
}

/// <summary>Le Bar-sur-Loup (Alpes-Maritimes, code 06010), also "bar"; Bar-le-Duc and Bar (Corrèze) are named to rule them out; Grasse and Gourdon are context; the CA de Sophia Antipolis (membership) is context; the Loup is the river.</summary>
public sealed class BarSurLoupOrientations2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("le-bar-sur-loup-rapport-orientations-budgetaires-2024.pdf",
        "Rapport sur les orientations budgétaires 2024", "Commune du Bar-sur-Loup", "2024-02-20",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://lebarsurloup.example/rob-2024.pdf",
        "Le Bar-sur-Loup - orientations budgétaires 2024", "maison des associations", """
        ## Le contexte

        Le présent rapport ouvre le débat d'orientation budgétaire de la commune du Bar-sur-Loup pour l'exercice 2024. Le village compte un peu plus de 3 000 habitants. Perché au-dessus des gorges du Loup, entre les collines de Grasse et le plateau de Gourdon, il a connu une forte croissance démographique depuis trente ans, portée par la proximité de la technopole. La commune est membre de la communauté d'agglomération de Sophia Antipolis, qui exerce notamment les compétences de transport, de collecte des déchets et de développement économique.

        Le nom de la commune prête parfois à confusion. Il n'a rien à voir avec un débit de boissons, et la commune ne doit pas être confondue avec Bar-le-Duc, préfecture de la Meuse, ni avec Bar, petite commune de Corrèze.

        ## Les grandes tendances

        Les dépenses réelles de fonctionnement devraient atteindre 3,9 millions d'euros. La hausse des prix de l'énergie pèse encore sur les bâtiments les plus anciens, notamment le château, qui abrite la mairie, et l'école du village. La commune a engagé un plan de sobriété qui a déjà réduit ses consommations de 12 %. Les recettes fiscales progresseraient de 3,5 % grâce à la revalorisation des bases décidée au niveau national.

        ## Les projets

        Trois opérations structureront la fin du mandat : la création d'une maison des associations dans l'ancienne parfumerie, la sécurisation de la route des gorges pour les piétons et la rénovation des réseaux d'eau du vieux village, dont les fuites atteignent 30 %. Leur coût cumulé est estimé à 4,2 millions d'euros.

        ## Le financement

        La commune compte sur les crédits du département, de la région et de l'État, et sur un emprunt de 900 000 euros. La comparaison avec les communes de taille voisine du moyen pays montre un endettement par habitant raisonnable, que la municipalité entend maintenir sous le seuil de 800 euros. Le rapport rappelle enfin que la commune est soumise aux obligations de construction de logements sociaux et qu'elle devra poursuivre ses efforts dans ce domaine.
        """) with { Hyphenate = true };
}

/// <summary>Passy (Haute-Savoie, code 74208); the Paris district of Passy, Passy (Saône-et-Loire) and Passy (Yonne) are named to rule them out; Sallanches, Chamonix-Mont-Blanc and Saint-Gervais-les-Bains are context; the Arve is the river; the plateau d'Assy is a part of the commune.</summary>
public sealed class PassyPlu2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("passy-74-modification-plu-2024.html",
        "Modification n° 3 du plan local d'urbanisme de Passy : enquête publique", "Préfecture de la Haute-Savoie", "2024-05-13",
        DocumentTypeLabels.Page, Themes.Durable, "https://haute-savoie.gouv.example/enquetes/passy-plu-modification-3", """
        ## L'objet de l'enquête

        Par arrêté du maire, une enquête publique est ouverte sur le projet de modification n° 3 du plan local d'urbanisme de la commune de Passy, au pied du massif du Mont-Blanc. Le projet vise trois objectifs : encadrer la construction de résidences secondaires sur le plateau d'Assy, permettre l'extension de la zone d'activités des Îles, dans la plaine de l'Arve, et protéger les anciens sanatoriums, dont l'architecture du XXᵉ siècle fait la réputation du village.

        ## Ce que change le projet

        Le règlement impose désormais qu'un tiers des logements de toute opération de plus de huit logements soit réservé à la résidence principale. Les hauteurs sont réduites de deux mètres dans le secteur de Marlioz. Une orientation d'aménagement encadre la reconversion de l'ancien sanatorium du Mont-Blanc en équipement de soins de suite. Le projet reclasse enfin quatre hectares de terrains exposés aux crues torrentielles en zone naturelle.

        ## Les modalités

        Le dossier peut être consulté à la mairie de Passy et sur le registre dématérialisé du 3 au 28 juin 2024. La commissaire enquêtrice tiendra quatre permanences, dont une au plateau d'Assy. Les avis des communes voisines, Sallanches, Chamonix-Mont-Blanc et Saint-Gervais-les-Bains, ainsi que celui de la communauté de communes, sont joints au dossier.

        ## Une précision utile

        Plusieurs observations reçues lors de la concertation concernaient en réalité le quartier parisien de Passy ou les communes homonymes de Saône-et-Loire et de l'Yonne. Seules les observations portant sur la commune haut-savoyarde seront examinées. La qualité de l'air dans la vallée de l'Arve, souvent évoquée, relève du plan de protection de l'atmosphère et non du plan local d'urbanisme.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Publications", "Enquêtes publiques"] };
}

/// <summary>Noé (Haute-Garonne, code 31399), also a first name; Noé (Yonne) is named to rule it out; Muret, Carbonne and Toulouse are context; the Garonne is the river; its EPCI (CC du Volvestre) is not named.</summary>
public sealed class NoeCompteAdministratif2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("noe-31-compte-administratif-2023.pdf",
        "Compte administratif 2023 : note de présentation", "Commune de Noé", "2024-06-04",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://mairie-noe.example/ca-2023.pdf",
        "Noé - compte administratif 2023", "capacité d'autofinancement", """
        ## Présentation

        Cette note accompagne le compte administratif 2023 de la commune de Noé, soumis au conseil municipal le 4 juin 2024. Elle répond à l'obligation de présenter aux habitants une synthèse brève et lisible des comptes de l'année écoulée. Avec un peu plus de 3 000 habitants, la commune a connu une croissance démographique rapide depuis vingt ans, portée par l'arrivée de ménages qui travaillent à Toulouse ou dans le bassin de Muret.

        Les services reçoivent souvent des demandes adressées à un Noé qui n'habite pas la commune, ou destinées à la commune homonyme de l'Yonne. Les informations ci-dessous concernent uniquement la commune haut-garonnaise, sur la rive gauche de la Garonne.

        ## Le fonctionnement

        Les recettes de fonctionnement se sont élevées à 2,9 millions d'euros et les dépenses à 2,4 millions. La capacité d'autofinancement brute atteint ainsi 510 000 euros, en léger recul par rapport à 2022. Les charges à caractère général ont augmenté de 11 %, principalement à cause du chauffage du groupe scolaire et du prix des repas servis à la cantine. Les dépenses de personnel restent maîtrisées malgré l'ouverture d'une classe supplémentaire.

        ## L'investissement

        La commune a réalisé 1,3 million d'euros de travaux. Les principaux sont l'agrandissement de l'école maternelle, la création d'une piste cyclable vers la gare et la reprise du réseau pluvial du lotissement des Graves. Le gymnase, partagé avec les associations de Carbonne pour certaines compétitions, a reçu un nouvel éclairage.

        ## La situation financière

        L'encours de la dette est de 1,7 million d'euros au 31 décembre, soit 560 euros par habitant. Le fonds de roulement permet de financer sans emprunt la première tranche de la rénovation de la mairie, prévue en 2025.
        """) with { Byline = ["Service des finances", "Juin 2024"] };
}

/// <summary>Charly (Rhône, code 69046), also a first name; Charly (Cher) and Charly-Oradour are named to rule them out; Lyon, Vernaison and Irigny are context; the Métropole de Lyon (membership) is context; the Rhône is the river.</summary>
public sealed class CharlyRestaurationScolaire2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("charly-69-restauration-scolaire-2024.html",
        "Charly : un nouveau restaurant scolaire pour la rentrée 2025", "Ville de Charly", "2024-09-23",
        DocumentTypeLabels.Page, Themes.Culture, "https://ville-charly.example/actualites/restaurant-scolaire", """
        ## Le projet

        La ville de Charly construit un restaurant scolaire commun aux écoles maternelle et élémentaire du centre. Le bâtiment actuel, installé dans un préfabriqué des années 1980, ne permet plus d'accueillir les 410 enfants qui déjeunent chaque jour à la cantine, et les services doivent organiser trois services successifs. Le nouvel équipement, d'une surface de 620 mètres carrés, comprendra deux salles, une cuisine de réchauffage et un espace réservé aux enfants allergiques.

        ## Le calendrier et le coût

        Les travaux commencent en octobre 2024 pour une livraison à la rentrée de septembre 2025. Le coût total est estimé à 2,9 millions d'euros. La ville a obtenu une subvention de la Métropole de Lyon, dont elle est membre, au titre du fonds d'initiative communale, ainsi qu'une aide de l'État pour la performance énergétique du bâtiment, qui sera chauffé par une pompe à chaleur et couvert de panneaux solaires.

        ## Ce qui change pour les familles

        Les repas resteront préparés par le même prestataire, avec 50 % de produits durables, dont un quart issus de l'agriculture biologique. Les tarifs, calculés selon le quotient familial, ne changent pas. Pendant les travaux, la cour de l'école élémentaire sera réduite et l'entrée se fera par la rue des Vergers.

        ## Questions fréquentes

        Plusieurs parents nous ont demandé si le projet concernait aussi les écoles de Vernaison et d'Irigny : ce n'est pas le cas, chaque commune gère ses propres restaurants scolaires. Nous recevons également des appels destinés à la mairie de Charly, dans le Cher, ou à Charly-Oradour, en Moselle ; leurs coordonnées figurent sur le site de l'annuaire de l'administration. Enfin, la petite Charly qui a gagné le concours de dessin organisé pour décorer les murs du futur restaurant est invitée avec sa classe à la pose de la première pierre.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Actualités", "Enfance"] };
}

/// <summary>Figeac (Lot, code 46102); "lot" also means a part of a public contract (lots 1 to 6) and the Lot is the département (context) and a river; the Grand-Figeac (membership), Cahors and Capdenac-Gare are context; the Célé is the river.</summary>
public sealed class FigeacMarchePublicLots2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("figeac-avis-marche-rehabilitation-halle-2024.pdf",
        "Avis d'appel public à la concurrence : réhabilitation de l'ancienne halle aux grains", "Ville de Figeac", "2024-03-11",
        DocumentTypeLabels.Page, Themes.Culture, "https://figeac.example/marches/halle-2024.pdf",
        "Ville de Figeac - marché de travaux 2024-07", "six lots séparés", """
        ## Pouvoir adjudicateur

        Ville de Figeac, hôtel de ville, place Vival. Le présent avis concerne un marché public de travaux passé selon une procédure adaptée. Les entreprises intéressées peuvent retirer gratuitement le dossier de consultation sur le profil d'acheteur de la ville.

        ## Objet du marché

        Réhabilitation de l'ancienne halle aux grains du centre historique de Figeac et transformation de son étage en salle d'exposition consacrée à l'écriture et aux manuscrits. Le bâtiment est situé dans le périmètre du site patrimonial remarquable ; les travaux seront suivis par l'architecte des bâtiments de France du Lot.

        ## Allotissement

        Les travaux sont répartis en six lots séparés. Chaque candidat peut répondre à un ou plusieurs lots.

        | Lot | Intitulé | Montant estimé |
        | Lot 1 | Maçonnerie et pierre de taille | 420 000 € |
        | Lot 2 | Charpente et couverture | 310 000 € |
        | Lot 3 | Menuiseries extérieures | 95 000 € |
        | Lot 4 | Électricité et éclairage muséographique | 140 000 € |
        | Lot 5 | Chauffage et ventilation | 115 000 € |
        | Lot 6 | Ascenseur | 60 000 € |

        ## Critères d'attribution

        Les offres seront jugées sur la valeur technique, pour 60 %, et sur le prix, pour 40 %. Pour le lot 1, une visite du site est obligatoire ; elle sera organisée les 26 et 28 mars. Les entreprises qui ont déjà travaillé sur des chantiers comparables, par exemple la restauration des maisons médiévales de Cahors ou de Capdenac-Gare, sont invitées à le préciser dans leur mémoire technique.

        ## Financement et calendrier

        L'opération est financée par la ville, avec le concours de l'État, de la région et de la communauté de communes du Grand-Figeac, dont Figeac est la ville-centre. Les travaux débuteront en septembre 2024 pour une durée de quatorze mois ; la salle ouvrira au public au printemps 2026, au-dessus des quais du Célé.

        ## Date limite

        Les offres doivent parvenir avant le 12 avril 2024 à 12 heures.
        """) with { Masthead = ["Ville de Figeac", "Service de la commande publique"] };
}

/// <summary>Saint-Flour (Cantal, code 15187); Saint-Flour-de-Mercoire (Lozère) is named to rule it out; Aurillac, Murat and Clermont-Ferrand are context; Saint-Flour Communauté (membership) is context; the Ander is the river; the planèze is a landscape.</summary>
public sealed class SaintFlourCoeurDeVille2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("saint-flour-15-revitalisation-ville-haute-2023.html",
        "Saint-Flour : bilan à mi-parcours de la revitalisation de la ville haute", "Observatoire des territoires", "2023-11-07",
        DocumentTypeLabels.Etude, Themes.Geo, "https://observatoire-territoires.example/fiches/saint-flour-mi-parcours", """
        ## Une ville perchée

        Saint-Flour se partage entre une ville haute, bâtie sur un éperon de basalte qui domine la vallée de l'Ander, et une ville basse qui s'est développée autour de la gare et des zones commerciales. Avec 6 400 habitants, la sous-préfecture cantalienne reste le pôle d'emploi de la planèze et des monts de la Margeride. Depuis 2018, elle bénéficie d'un programme de revitalisation centré sur la ville haute, où la vacance des logements dépassait 20 %.

        ## Ce qui a été fait

        En cinq ans, 96 logements anciens ont été rénovés avec les aides de l'opération programmée d'amélioration de l'habitat, et la place d'Armes a été réaménagée pour réduire la place de la voiture. Une maison de santé s'est installée dans un ancien couvent. Le nombre de commerces vacants de la ville haute est passé de 31 à 19. La commune a par ailleurs acquis trois immeubles dégradés rue de la Collégiale pour y créer des logements adaptés aux personnes âgées.

        ## Ce qui reste à faire

        Le stationnement reste la première préoccupation des commerçants. La liaison entre les deux parties de la ville, assurée par un escalier et une route en lacets, demeure difficile pour les piétons ; une étude sur un ascenseur urbain est en cours. Saint-Flour Communauté, dont la ville est membre, porte de son côté le projet de zone d'activités de la sortie de l'autoroute.

        ## Repères

        À titre de comparaison, la vacance des logements du centre ancien d'Aurillac, préfecture du département, est aujourd'hui deux fois plus faible que celle de la ville haute. Les touristes en route vers Murat ou Clermont-Ferrand s'arrêtent plus souvent qu'il y a dix ans. Les chiffres présentés ici ne concernent pas Saint-Flour-de-Mercoire, petite commune de Lozère dont le nom figure dans certains fichiers nationaux sous une forme voisine.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Analyses", "Petites villes de demain"] };
}

/// <summary>Fontaine (Territoire de Belfort, code 90047), also "fontaine" (fountain); Fontaine (Isère) and Fontaine (Aube) are named to rule them out; Belfort and Montbéliard are context; the Grand Belfort (membership) and the Territoire de Belfort (département) are context.</summary>
public sealed class FontaineCarteCommunale2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("fontaine-90-carte-communale-2023.pdf",
        "Révision de la carte communale de Fontaine : rapport de présentation", "Commune de Fontaine", "2023-09-18",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://fontaine90.example/carte-communale.pdf",
        "Carte communale de Fontaine - rapport de présentation", "lavoir de la Grande Rue", """
        ## Objet de la révision

        La commune de Fontaine, dans le Territoire de Belfort, révise sa carte communale approuvée en 2008. Le village compte environ 600 habitants et s'étend au nord de l'aérodrome, à une douzaine de kilomètres de Belfort. Il est membre de la communauté d'agglomération du Grand Belfort, qui ne s'est pas dotée d'un plan local d'urbanisme intercommunal : la carte communale reste donc le document d'urbanisme applicable.

        Le présent rapport concerne uniquement cette commune. Il ne doit pas être confondu avec les documents d'urbanisme de Fontaine, commune de l'agglomération grenobloise, ou de Fontaine, dans l'Aube, qui disposent de leurs propres règles.

        ## Le diagnostic

        La population a progressé de 9 % en dix ans, grâce à l'arrivée de jeunes ménages qui travaillent dans les zones d'emploi de Belfort et de Montbéliard. Le parc compte 248 logements, dont 92 % de maisons individuelles. L'ancienne carte communale avait ouvert à l'urbanisation près de huit hectares, dont la moitié n'a jamais été bâtie. Le patrimoine bâti est modeste mais cohérent : fermes à pignon, anciennes fontaines et lavoir de la Grande Rue, restauré en 2019.

        ## Les choix retenus

        La révision réduit les surfaces constructibles à 2,6 hectares, situés dans les dents creuses du village et en continuité du lotissement des Prés. Les abords du ruisseau et les vergers sont classés en zone non constructible. Le projet tient compte du plan d'exposition au bruit de l'aérodrome et des zones humides recensées par le syndicat de rivière.

        ## Les incidences

        La consommation d'espaces agricoles est divisée par trois par rapport à la période précédente, conformément aux objectifs de sobriété foncière. Le rapport conclut à l'absence d'incidence notable sur le site Natura 2000 le plus proche.
        """) with { Hyphenate = true, Ligatures = true };
}

/// <summary>Aire-sur-l'Adour (Landes, code 40001), also "aire" (play areas, a service area); the CC d'Aire-sur-l'Adour (membership), Mont-de-Marsan and Dax are context; the Adour is the river; the Tursan is a landscape.</summary>
public sealed class AireSurAdourAiresDeJeux2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("aire-sur-l-adour-aires-de-jeux-2024.html",
        "Aires de jeux, aire de camping-cars : les chantiers de l'été à Aire-sur-l'Adour", "Ville d'Aire-sur-l'Adour", "2024-06-27",
        DocumentTypeLabels.Page, Themes.Durable, "https://aire-sur-adour.example/actualites/chantiers-ete-2024", """
        ## Trois aires de jeux rénovées

        La ville d'Aire-sur-l'Adour profite de l'été pour rénover trois aires de jeux : celle du jardin public, près de la cathédrale, celle du quartier du Mas et celle des bords de l'Adour. Les anciens équipements, jugés non conformes lors du dernier contrôle de sécurité, sont remplacés par des jeux en bois, un parcours d'équilibre et une balançoire accessible aux enfants en fauteuil. Le coût total atteint 186 000 euros, dont 40 % sont pris en charge par la caisse d'allocations familiales et le département.

        ## Une aire de camping-cars déplacée

        L'aire d'accueil des camping-cars, installée depuis quinze ans sur le parking des arènes, déménage près de la piscine. Elle offrira vingt emplacements, une borne de services et un accès direct à la voie verte. La fréquentation a doublé depuis 2019, portée par le tourisme itinérant entre les Landes, le Gers et le Tursan.

        ## Des travaux de voirie

        La rue Gambetta sera refaite en juillet, avec une circulation alternée. Les travaux sur le réseau d'eau potable sont conduits par le syndicat compétent, en lien avec la communauté de communes d'Aire-sur-l'Adour, dont la ville est membre. L'accès à l'aire de covoiturage de la rocade reste ouvert.

        ## Pourquoi tant de chantiers en même temps ?

        La municipalité a choisi de regrouper les interventions pendant les vacances scolaires, pour limiter la gêne autour des écoles. Les entreprises retenues viennent pour la plupart du bassin de Mont-de-Marsan et de Dax. Le calendrier détaillé, quartier par quartier, est affiché à l'accueil de la mairie et publié sur la page des travaux. Les riverains peuvent signaler toute difficulté au service technique, qui tient une permanence le mardi matin.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "27 juin 2024", Breadcrumb = ["Actualités", "Travaux"] };
}
