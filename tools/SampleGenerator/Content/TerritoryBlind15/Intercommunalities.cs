using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind15 territory split (issue 13): intercommunalities named fully once, then by acronym, seat adjective or "la communauté d'agglomération".
namespace SampleGenerator.Content.TerritoryBlind15;

/// <summary>The CA de Lens-Liévin, named fully once, then "la CALL" and "la communauté d'agglomération"; Lens, Liévin, Avion and Harnes are context (member communes); the Louvre-Lens (a museum) and the stade Bollaert-Delelis are body names; Lille and Arras are context; the Pas-de-Calais is context.</summary>
public sealed class CallRapportActivite2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("call-rapport-activite-2023.pdf",
        "Rapport d'activité 2023 de la communauté d'agglomération de Lens-Liévin", "Communauté d'agglomération de Lens-Liévin", "2024-06-20",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://agglo-lenslievin.example/rapport-activite-2023.pdf",
        "CALL - rapport d'activité 2023", "renouvellement urbain", """
        ## Éditorial

        L'année 2023 a confirmé la transformation du bassin minier. La communauté d'agglomération de Lens-Liévin réunit 36 communes et près de 245 000 habitants ; elle a consacré cette année 92 millions d'euros à l'investissement, un niveau jamais atteint. La CALL a poursuivi ses grands chantiers tout en maîtrisant ses dépenses de fonctionnement, malgré la hausse du coût de l'énergie.

        ## Le renouvellement urbain

        Le programme de renouvellement urbain concerne onze quartiers, notamment à Lens, à Liévin, à Avion et à Harnes. En 2023, 640 logements des anciennes cités minières ont été réhabilités avec les bailleurs sociaux, et 180 ont été démolis pour laisser place à des espaces verts. La communauté d'agglomération a financé les études urbaines et l'aménagement des espaces publics, pour 14 millions d'euros.

        ## L'économie et l'emploi

        Les zones d'activités communautaires ont accueilli 27 nouvelles entreprises, créant 850 emplois, principalement dans la logistique et l'industrie. Le taux de chômage du territoire reste supérieur de quatre points à la moyenne nationale, mais il a reculé plus vite qu'ailleurs depuis 2019. La CALL a ouvert un guichet unique pour les porteurs de projet dans ses locaux de Liévin.

        ## Le tourisme et la culture

        Le Louvre-Lens a reçu 480 000 visiteurs, et les matches disputés au stade Bollaert-Delelis ont attiré une affluence record. La communauté d'agglomération a soutenu l'ouverture d'un nouvel hôtel près du musée et l'aménagement de la chaîne des parcs, qui relie les terrils du territoire par des cheminements doux.

        ## L'environnement

        Le réseau de chaleur urbain a été étendu de neuf kilomètres, et la collecte des biodéchets est désormais proposée à tous les habitants. La CALL a engagé la révision de son plan climat-air-énergie territorial, qui sera soumise à consultation en 2024. Les objectifs de réduction des émissions ont été alignés sur ceux de la métropole de Lille et de la communauté urbaine d'Arras, voisines.
        """) with { Masthead = ["Communauté d'agglomération de Lens-Liévin", "Pas-de-Calais"], Hyphenate = true };
}

/// <summary>The CA de Cergy-Pontoise, named fully once, then "la CACP" and "l'agglomération cergypontaine"; Cergy, Pontoise, Saint-Ouen-l'Aumône and Éragny are context; CY Cergy Paris Université is a body name; Paris and La Défense are commuting destinations (context); the Val-d'Oise and Île-de-France are context; national figures are comparisons.</summary>
public sealed class InseeCergyPontoisePopulation2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("insee-cergy-pontoise-jeunesse-population-2024.html",
        "Cergy-Pontoise, une agglomération jeune qui vieillit à son tour", "INSEE", "2024-02-08",
        DocumentTypeLabels.Publication, Themes.Social, "https://insee.example/statistiques/idf-cergy-pontoise-population", """
        ## Une population parmi les plus jeunes d'Île-de-France

        Au 1er janvier 2021, la communauté d'agglomération de Cergy-Pontoise comptait 214 000 habitants, répartis dans 13 communes. La moitié d'entre eux avait moins de 34 ans, contre 40 ans en France. Cette jeunesse s'explique par l'histoire de la ville nouvelle, qui a accueilli dans les années 1970 et 1980 de nombreux jeunes ménages, et par la présence d'étudiants : CY Cergy Paris Université et les écoles du territoire accueillent près de 30 000 inscrits.

        ## Un vieillissement désormais engagé

        Les ménages installés lors de la création de la ville nouvelle atteignent l'âge de la retraite. Entre 2010 et 2021, le nombre d'habitants de 65 ans ou plus a progressé de 58 % dans l'agglomération cergypontaine, bien plus vite que dans le reste du Val-d'Oise. Cette évolution est particulièrement nette dans les quartiers pavillonnaires de Cergy et d'Éragny, alors que Pontoise et Saint-Ouen-l'Aumône, plus anciennes, ont une structure par âge plus proche de la moyenne régionale.

        ## Des mobilités résidentielles intenses

        Chaque année, environ 8 % des habitants quittent le territoire, souvent au moment de l'arrivée d'un deuxième enfant. Les familles partent vers les communes rurales du Vexin ou vers l'Oise, où les maisons sont moins chères. À l'inverse, les arrivants sont pour moitié des étudiants et de jeunes actifs, attirés par les emplois de la CACP et par l'accès direct en RER à Paris et à La Défense.

        ## Les conséquences pour les politiques locales

        Le vieillissement appelle une adaptation de l'offre de logements et de services : résidences autonomie, accessibilité des transports, maintien à domicile. L'agglomération a engagé un programme local de l'habitat qui prévoit 1 200 logements adaptés d'ici 2030. La demande d'accueil des jeunes enfants reste cependant élevée, et les équipements scolaires devront être maintenus.

        ## Méthode

        Les données proviennent des recensements de la population de 2010 et de 2021 et de l'échantillon démographique permanent.
        """) with { Meta = HtmlMeta.Citation, Lead = "Île-de-France — Les évolutions démographiques d'une ancienne ville nouvelle.", Breadcrumb = ["Statistiques", "Études régionales"] };
}

/// <summary>The CA Golfe du Morbihan - Vannes Agglomération, named fully once, then "l'agglomération vannetaise" and "GMVA"; the golfe du Morbihan is a landscape; the Morbihan (département) is context; Vannes, Séné, Sarzeau and Saint-Avé are context; Lorient and Auray are comparisons.</summary>
public sealed class GmvaBilanPlh2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("golfe-morbihan-vannes-agglomeration-bilan-plh-2023.html",
        "Programme local de l'habitat : le bilan à mi-parcours de l'agglomération vannetaise", "Golfe du Morbihan - Vannes agglomération", "2023-12-12",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://golfedumorbihan-vannesagglo.example/habitat/bilan-plh", """
        ## Un marché du logement sous tension

        Le programme local de l'habitat 2020-2025 de Golfe du Morbihan - Vannes agglomération arrive à mi-parcours. Ses 34 communes accueillent chaque année près de 2 000 habitants supplémentaires, attirés par le littoral et le dynamisme de l'emploi. Les prix des logements anciens ont augmenté de 38 % en cinq ans, davantage qu'à Lorient ou à Auray. Les résidences secondaires représentent plus de la moitié du parc dans certaines communes de la presqu'île de Rhuys, comme Sarzeau.

        ## Les objectifs et leur réalisation

        Le programme prévoyait la production de 1 300 logements par an, dont 30 % de logements locatifs sociaux. Entre 2020 et 2022, 3 700 logements ont été autorisés, soit 95 % de l'objectif, mais la part des logements sociaux n'a atteint que 24 %. Les communes de Vannes, de Séné et de Saint-Avé ont produit l'essentiel de l'offre sociale, tandis que plusieurs communes des îles et du littoral restent en retrait.

        ## Les actions engagées

        - Un dispositif d'aide à l'accession à la propriété pour les ménages modestes, avec 410 bénéficiaires.
        - La création d'un organisme de foncier solidaire, qui a permis la vente de 86 logements en bail réel solidaire.
        - Une surtaxe sur les résidences secondaires, votée par les communes qui le souhaitaient.
        - Un programme de rénovation énergétique des copropriétés anciennes de Vannes.

        ## Les ajustements proposés

        L'agglomération vannetaise propose de renforcer le volet foncier, en acquérant des terrains en amont des opérations, et de créer une offre pour les saisonniers et les apprentis. GMVA étudiera avec le département du Morbihan la création de logements pour les jeunes travailleurs. Les élus souhaitent enfin mieux encadrer les meublés de tourisme, dont le nombre a doublé autour du golfe depuis 2017, au détriment des locations à l'année.

        ## La suite

        Le bilan sera présenté au conseil communautaire du 14 décembre. Le futur programme sera élaboré en 2025 avec les 34 maires.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Habiter", "Politique de l'habitat"] };
}

/// <summary>The CA du Bassin de Bourg-en-Bresse, named fully once, then "l'agglomération burgienne" and "la communauté d'agglomération"; Bourg-en-Bresse, Viriat and Péronnas are context; the Bresse, the Revermont and the Dombes are landscapes; the Ain is context; Mâcon and Lyon are context (the A40 and A39 motorways).</summary>
public sealed class BassinBourgEnBresseFoncierEconomique2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("bassin-bourg-en-bresse-strategie-fonciere-economique-2023.pdf",
        "Stratégie foncière économique de la communauté d'agglomération du Bassin de Bourg-en-Bresse", "Communauté d'agglomération du Bassin de Bourg-en-Bresse", "2023-11-23",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://agglo-bourgenbresse.example/strategie-fonciere-economique.pdf",
        "Bassin de Bourg-en-Bresse - stratégie foncière économique", "requalification des zones", """
        ## Le contexte

        La communauté d'agglomération du Bassin de Bourg-en-Bresse réunit 74 communes et 140 000 habitants, au carrefour des autoroutes vers Lyon, Mâcon et Genève. Elle gère 52 zones d'activités économiques, de la grande zone logistique proche de l'autoroute aux petites zones artisanales des bourgs de la Bresse, du Revermont et de la Dombes. En 2022, les entreprises y ont acheté 19 hectares, un rythme deux fois supérieur à celui des années 2010.

        ## Un foncier qui se raréfie

        Le diagnostic montre qu'il ne reste que 38 hectares immédiatement disponibles. Or la loi Climat et résilience impose de réduire de moitié la consommation d'espaces naturels et agricoles d'ici 2031. À ce rythme, l'agglomération burgienne n'aurait plus de terrain à proposer aux entreprises dans trois ans. Les demandes d'implantation de grands entrepôts, très consommateurs d'espace, se multiplient.

        ## Les orientations

        - La requalification des zones anciennes de Bourg-en-Bresse et de Viriat, où 27 hectares sont occupés par des friches, des bâtiments vacants ou des parkings surdimensionnés.
        - La densification, en encourageant les bâtiments à étages et la mutualisation des stationnements.
        - La priorité donnée aux activités productives et créatrices d'emplois, au détriment de la logistique pure.
        - Le maintien d'une offre de proximité pour les artisans dans les communes rurales.

        ## Les outils

        La communauté d'agglomération propose de créer un observatoire du foncier économique, de se doter d'un droit de préemption dans les zones stratégiques et de confier à l'établissement public foncier de l'Ain l'acquisition des friches. Un règlement d'attribution des terrains fixera des critères d'emploi et de sobriété.

        ## La suite

        La stratégie sera soumise au conseil communautaire en décembre, puis intégrée au schéma de cohérence territoriale. Les communes de Péronnas et de Viriat, qui accueillent les principales zones, seront associées à la requalification.
        """) with { Masthead = ["Grand Bourg Agglomération", "Direction du développement économique"], InfoAuthor = "Direction du développement économique" };
}

/// <summary>The CC du Pont du Gard, named fully once, then "la communauté de communes"; the pont du Gard is a monument (its site is run by its own public body, a body name); Remoulins, Aramon, Vers-Pont-du-Gard, Collias and Comps (member communes; Comps is also a homonym of communes in the Drôme and the Gironde) are context; Uzès, Nîmes and Avignon are context; the Gardon is the river; the Gard is the département (context); the syndicat mixte of the Gardons' basin is a body name.</summary>
public sealed class PontDuGardBergesGardon2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("cc-pont-du-gard-entretien-berges-gardon-2023.html",
        "Berges du Gardon : la communauté de communes du Pont du Gard lance son programme d'entretien", "Communauté de communes du Pont du Gard", "2023-10-10",
        DocumentTypeLabels.Page, Themes.Durable, "https://ccpontdugard.example/environnement/berges-gardon", """
        ## Une rivière aux crues violentes

        Le Gardon traverse le territoire de la communauté de communes du Pont du Gard, entre Collias et sa confluence avec le Rhône, près de Comps et d'Aramon. Cette rivière cévenole connaît des crues soudaines et violentes : en septembre 2002, l'eau est montée de plus de dix mètres sous les arches du pont du Gard. Les 17 communes membres, entre Nîmes, Avignon et Uzès, restent marquées par ces événements.

        ## Le programme d'entretien

        Depuis 2018, la communauté de communes exerce la compétence de gestion des milieux aquatiques et de prévention des inondations. Elle en a confié une partie au syndicat mixte chargé du bassin versant des Gardons, mais reste responsable des digues de Remoulins et d'Aramon. Le programme pluriannuel adopté pour 2024-2028 prévoit :

        - l'enlèvement des embâcles et des arbres instables sur 32 kilomètres de berges ;
        - la lutte contre les plantes invasives, comme la canne de Provence et la renouée ;
        - la restauration de la végétation des rives à Vers-Pont-du-Gard et à Remoulins ;
        - l'inspection annuelle des digues et leur mise en conformité.

        ## Le financement

        Le programme coûte 2,1 millions d'euros sur cinq ans. Il est financé par la taxe pour la gestion des milieux aquatiques et la prévention des inondations, dont le produit atteint 640 000 euros par an, et par les aides de l'agence de l'eau et de l'État. Le coût par habitant reste inférieur à 27 euros.

        ## Le site du pont

        Les abords immédiats du monument relèvent de l'établissement public de coopération culturelle qui gère le site du pont du Gard, dont la communauté de communes est membre. Les travaux y seront coordonnés pour ne pas gêner les visiteurs pendant la saison.

        ## Les riverains

        Les propriétaires riverains restent tenus d'entretenir leurs berges. Une réunion d'information est organisée le 24 octobre à Remoulins pour présenter leurs obligations et les aides disponibles.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Environnement", "Rivières"] };
}

/// <summary>The CC de la Vallée de Kaysersberg (Haut-Rhin), by its landscape and full name; Kaysersberg Vignoble (seat), Orbey, Lapoutroie, Labaroche and Le Bonhomme are context; Colmar is context; the Vosges are the mountains (landscape), not the département; Alsace is context (the Collectivité européenne d'Alsace, a funder).</summary>
public sealed class ValleeKaysersbergOpah2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("vallee-kaysersberg-opah-renovation-habitat-2024.pdf",
        "Opération programmée d'amélioration de l'habitat de la Vallée de Kaysersberg : bilan de la première année", "Communauté de communes de la Vallée de Kaysersberg", "2024-03-05",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://cc-kaysersberg.example/opah-bilan-2023.pdf",
        "Vallée de Kaysersberg - OPAH, bilan 2023", "logements vacants", """
        ## Le dispositif

        La communauté de communes de la Vallée de Kaysersberg a lancé en 2023, pour cinq ans, une opération programmée d'amélioration de l'habitat. Ses huit communes, du vignoble de Kaysersberg Vignoble aux villages de montagne d'Orbey, de Lapoutroie, de Labaroche et du Bonhomme, comptent de nombreuses maisons anciennes, mal isolées, parfois vacantes depuis longtemps. L'opération propose aux propriétaires un accompagnement gratuit et des aides financières renforcées.

        ## Les objectifs

        Sur cinq ans, l'opération vise la rénovation énergétique de 250 logements occupés par leurs propriétaires, l'adaptation de 60 logements au vieillissement et la remise sur le marché de 40 logements vacants. Un volet concerne les fermes et les maisons de montagne, dont la rénovation exige des techniques adaptées au climat et au bâti traditionnel.

        ## Le bilan de la première année

        - 142 propriétaires ont contacté le guichet de l'habitat, installé au siège de la communauté de communes.
        - 51 dossiers de rénovation énergétique ont été déposés, avec un gain moyen de 48 % sur la consommation.
        - 14 logements ont été adaptés pour permettre le maintien à domicile de personnes âgées.
        - 6 logements vacants du centre ancien de Kaysersberg Vignoble ont été rénovés et loués.

        ## Les financements

        Les aides de l'Agence nationale de l'habitat sont complétées par la communauté de communes, la Collectivité européenne d'Alsace et la région Grand Est. Les propriétaires peuvent ainsi couvrir jusqu'à 80 % du coût des travaux selon leurs revenus. Le budget communautaire consacré à l'opération atteint 220 000 euros par an.

        ## Les difficultés

        Le manque d'artisans qualifiés allonge les délais, surtout en montagne. La pression des meublés de tourisme, très nombreux dans la vallée, rend difficile la remise en location à l'année. Une prime spécifique est à l'étude pour les propriétaires qui s'engagent à louer à des ménages travaillant dans la vallée ou à Colmar.
        """) with { Masthead = ["Communauté de communes", "de la Vallée de Kaysersberg"], Ligatures = true };
}

/// <summary>The CA Territoire de la Côte Ouest, named fully once, then "le TCO"; Le Port, Saint-Paul, La Possession, Saint-Leu and Trois-Bassins are context (member communes); the CINOR and the CIVIS are comparisons (other EPCI, by acronym); Saint-Denis is context; La Réunion is context; the Hauts are a landscape.</summary>
public sealed class TcoPreventionDechets2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("tco-programme-prevention-dechets-2024.html",
        "Le TCO adopte son programme local de prévention des déchets", "Territoire de la Côte Ouest", "2024-04-25",
        DocumentTypeLabels.Page, Themes.Durable, "https://tco-reunion.example/dechets/programme-prevention-2024", """
        ## Des déchets plus abondants qu'en métropole

        La communauté d'agglomération Territoire de la Côte Ouest regroupe cinq communes, Le Port, La Possession, Saint-Paul, Trois-Bassins et Saint-Leu, et plus de 220 000 habitants. Chaque habitant y produit en moyenne 690 kilogrammes de déchets ménagers et assimilés par an, dont une part importante de déchets verts, liée au climat tropical et à la croissance rapide de la végétation. Les capacités de traitement de l'île sont saturées, et l'enfouissement coûte de plus en plus cher.

        ## Les objectifs

        Le programme local de prévention adopté le 18 avril fixe l'objectif de réduire de 15 % les déchets par habitant d'ici 2030. Il comprend quatre axes :

        - le compostage et le broyage des déchets verts sur place, avec le prêt gratuit de broyeurs aux habitants ;
        - la lutte contre le gaspillage alimentaire dans les cantines et les restaurants ;
        - le réemploi, avec l'ouverture de deux ressourceries, à Saint-Paul et au Port ;
        - la réduction des emballages, en lien avec les commerçants et les marchés forains.

        ## La saison cyclonique

        Après chaque épisode cyclonique, le TCO organise des collectes exceptionnelles de déchets verts et d'encombrants. Le programme prévoit d'anticiper ces pics en constituant des plateformes de stockage temporaire dans les Hauts et sur le littoral.

        ## Les comparaisons

        Les résultats du TCO seront suivis avec ceux de la CINOR, au nord, et de la CIVIS, au sud, qui conduisent des programmes comparables. Les trois intercommunalités partagent les installations de traitement gérées par un syndicat commun.

        ## Comment participer

        Les habitants peuvent demander un composteur gratuit, suivre un atelier de formation au compostage ou signaler un dépôt sauvage sur le site du TCO. Des ambassadeurs du tri se rendront dans les quartiers de Saint-Leu et de La Possession dès le mois de mai.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "25 avril 2024", Breadcrumb = ["Environnement", "Déchets"] };
}

/// <summary>The CA de l'Albigeois, named fully once, then "la C2A" and "l'agglomération albigeoise"; Albi, Saint-Juéry, Lescure-d'Albigeois and Puygouzon are context; the cathedral of Albi and the Tarn (river, département) are context; Castres is a comparison; the Occitanie région is the publisher's area.</summary>
public sealed class CrcAlbigeoisObservations2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("crc-occitanie-agglomeration-albigeois-2024.pdf",
        "Communauté d'agglomération de l'Albigeois : rapport d'observations définitives", "Chambre régionale des comptes Occitanie", "2024-05-14",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-occitanie.example/rod/c2a-2024.pdf",
        "CRC Occitanie - C2A", "attributions de compensation", """
        ## Synthèse

        La chambre a examiné la gestion de la communauté d'agglomération de l'Albigeois depuis 2017. La C2A regroupe 16 communes et 86 000 habitants autour d'Albi. Sa situation financière est solide, mais ses relations financières avec les communes membres manquent de lisibilité, et plusieurs compétences transférées restent exercées en pratique par la ville-centre.

        ## Les compétences

        La collectivité exerce les compétences obligatoires d'une communauté d'agglomération, ainsi que la gestion des piscines et de la médiathèque intercommunale. La chambre relève que l'entretien de certaines voiries d'intérêt communautaire est assuré par les services d'Albi, sans convention à jour. Les communes de Saint-Juéry, de Lescure-d'Albigeois et de Puygouzon ont signé des conventions de gestion de services communs qui devront être réexaminées.

        ## Les relations financières avec les communes

        Les attributions de compensation représentent 42 % des dépenses de fonctionnement. Leur montant n'a pas été révisé depuis plusieurs transferts de compétence. Le pacte financier et fiscal adopté en 2021 ne comporte pas d'objectifs chiffrés. La chambre recommande de l'actualiser et d'évaluer les charges transférées selon la méthode légale.

        ## La situation financière

        L'épargne brute de l'agglomération albigeoise s'établit à 17 % des produits de fonctionnement en 2023, un niveau supérieur à celui de la communauté d'agglomération de Castres Mazamet. L'encours de dette, de 58 millions d'euros, représente 4,6 années d'épargne. Les investissements, soutenus par le programme des transports urbains et la rénovation des équipements sportifs, ont atteint 31 millions d'euros en 2023.

        ## Recommandations

        - Réviser les attributions de compensation en fonction des charges réellement transférées.
        - Formaliser par des conventions toutes les mises à disposition de services entre la C2A et ses communes membres.
        - Doter le pacte financier et fiscal d'objectifs mesurables.
        - Présenter chaque année au conseil un bilan de la gestion des piscines, dont le coût par entrée reste élevé.
        """) with { Masthead = ["Chambre régionale des comptes", "Occitanie"], InfoTitle = "ROD C2A", Hyphenate = true };
}

/// <summary>The CC du Val d'Argent (Haut-Rhin); "argent" is also a common word (money); Sainte-Marie-aux-Mines (seat), Sainte-Croix-aux-Mines, Lièpvre and Rombach-le-Franc are context; Sélestat and Colmar are context; the Lièpvrette is the river; the former silver mines are history.</summary>
public sealed class ValArgentBudget2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("cc-val-argent-budget-2024.html",
        "Budget 2024 : où va l'argent de la communauté de communes du Val d'Argent ?", "Communauté de communes du Val d'Argent", "2024-04-03",
        DocumentTypeLabels.Page, Themes.Finances, "https://valdargent.example/budget-2024", """
        ## Un budget voté en mars

        Le conseil communautaire du Val d'Argent a adopté le 28 mars le budget primitif 2024. La communauté de communes, qui réunit Sainte-Marie-aux-Mines, Sainte-Croix-aux-Mines, Lièpvre et Rombach-le-Franc, compte un peu plus de 9 300 habitants. La vallée doit son nom aux mines d'argent exploitées du XVIe au XVIIIe siècle, mais les ressources de la collectivité sont aujourd'hui plus modestes que celles de ses voisines de la plaine, autour de Sélestat et de Colmar.

        ## D'où vient l'argent ?

        Les recettes de fonctionnement s'élèvent à 11,2 millions d'euros. La fiscalité en apporte 54 %, dont la cotisation foncière des entreprises, qui reste faible depuis la fermeture des dernières usines textiles. Les dotations de l'État représentent 21 %, et la redevance d'enlèvement des ordures ménagères 18 %. Les taux d'imposition n'augmenteront pas en 2024.

        ## Où va l'argent ?

        - La collecte et le traitement des déchets : 2,4 millions d'euros.
        - L'enfance et la jeunesse, avec trois accueils périscolaires et une crèche : 1,9 million d'euros.
        - La piscine intercommunale et le développement touristique : 1,3 million d'euros.
        - Le développement économique et l'aide aux commerces : 0,6 million d'euros.

        ## Les investissements

        Le programme d'investissement atteint 4,8 millions d'euros. Il comprend la rénovation énergétique de la piscine, la création d'une pépinière d'entreprises dans une ancienne filature de Sainte-Marie-aux-Mines et l'aménagement d'une piste cyclable le long de la Lièpvrette. Un emprunt de 1,5 million d'euros est prévu.

        ## Un mot sur la dette

        L'encours de la dette s'élève à 6,1 millions d'euros, soit 650 euros par habitant. Le président a rappelé que l'argent emprunté finance uniquement des investissements, et que la capacité de désendettement reste inférieure à sept ans. Les comptes détaillés sont consultables au siège de la communauté de communes et sur son site.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Institution", "Budget et finances"] };
}
