using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind16 territory split (issue 13): intercommunalities named fully once, then by acronym, by "la communauté d'agglomération",
// by their seat only ("l'agglomération de Quimper"), by a landscape or a name made of common words.
namespace SampleGenerator.Content.TerritoryBlind16;

/// <summary>The CA du Grand Avignon, named fully once, then "le Grand Avignon", "la COGA" and "la communauté d'agglomération"; Avignon, Le Pontet, Vedène, Villeneuve-lès-Avignon and Les Angles are context (members, some in the Gard); the pont d'Avignon is a monument; the Festival is a body; Nîmes Métropole is a comparison; the Vaucluse and the Gard are context; the Rhône is the river.</summary>
public sealed class GrandAvignonReseauBus2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("grand-avignon-schema-directeur-reseau-bus-2024.pdf",
        "Schéma directeur du réseau de transport urbain 2025-2030", "Communauté d'agglomération du Grand Avignon", "2024-04-16",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://grandavignon.example/schema-directeur-transports-2024.pdf",
        "Grand Avignon - schéma directeur des transports", "lignes structurantes", """
        ## Le contexte

        La communauté d'agglomération du Grand Avignon organise les transports publics de ses seize communes, de part et d'autre du Rhône, dans le Vaucluse et dans le Gard. Son réseau de bus et sa ligne de tramway ont transporté 14,2 millions de voyageurs en 2023, soit 71 voyages par habitant. Le schéma directeur adopté par le conseil communautaire le 8 avril 2024 fixe les orientations du réseau jusqu'en 2030.

        ## Le diagnostic

        La fréquentation progresse, mais la voiture reste dominante : elle assure 68 % des déplacements des habitants du Grand Avignon. Les liaisons entre les deux rives sont lentes aux heures de pointe, notamment entre Villeneuve-lès-Avignon, Les Angles et la gare centre. Les communes du nord, comme Le Pontet et Vedène, sont mal reliées aux zones d'emploi. L'été, le Festival d'Avignon double la fréquentation des lignes du centre.

        ## Les orientations

        - Prolonger la ligne de tramway vers le sud et créer deux lignes structurantes de bus à haut niveau de service.
        - Porter la fréquence des lignes principales à dix minutes.
        - Ouvrir trois parkings relais supplémentaires aux entrées de l'agglomération.
        - Créer un service de transport à la demande pour les communes rurales de la COGA.

        ## Le financement

        Le programme d'investissement s'élève à 186 millions d'euros sur six ans. Le versement mobilité payé par les employeurs finance 54 % des dépenses de fonctionnement du réseau. La communauté d'agglomération sollicitera l'État et la Région pour les infrastructures.

        ## La comparaison

        Le réseau de Nîmes Métropole, de taille comparable, affiche une fréquentation par habitant légèrement supérieure, grâce à ses deux lignes de bus en site propre. Les élus du Grand Avignon ont retenu cet exemple pour les futures lignes. Les habitants pourront donner leur avis lors d'une concertation ouverte à l'automne, avec des ateliers dans chaque commune et une exposition au pied du pont d'Avignon.
        """) with { Masthead = ["Communauté d'agglomération du Grand Avignon"], Byline = ["Direction des mobilités — avril 2024"] };
}

/// <summary>The CA Loire Forez Agglomération, named fully once, then "LFA" and "l'agglomération"; the Loire is the river (and the département 42, context); Montbrison, Saint-Just-Saint-Rambert and Boën-sur-Lignon are context; the monts du Forez and the plaine du Forez are landscapes; Saint-Étienne is context.</summary>
public sealed class LoireForezProjetAlimentaire2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("loire-forez-agglomeration-projet-alimentaire-territorial-2023.html",
        "LFA labellise son projet alimentaire territorial", "Loire Forez Agglomération", "2023-10-10",
        DocumentTypeLabels.Page, Themes.Durable, "https://loireforez.example/projet-alimentaire-territorial", """
        ## Un projet pour manger local

        Loire Forez Agglomération a obtenu du ministère de l'Agriculture la labellisation de son projet alimentaire territorial. Élaboré avec les agriculteurs, les cantines et les associations, il vise à rapprocher production et consommation sur les 84 communes de LFA, des monts du Forez à la plaine.

        ## Les constats

        - Le territoire compte 1 300 exploitations, surtout d'élevage laitier et de céréales.
        - Moins de 5 % des produits servis dans les cantines viennent de l'agglomération.
        - Un habitant sur cinq vit à plus de dix minutes d'un commerce alimentaire.

        ## Les actions

        LFA financera une légumerie à Saint-Just-Saint-Rambert pour fournir les restaurants scolaires en légumes épluchés et coupés. Un marché de producteurs itinérant desservira les villages des monts du Forez. L'agglomération aidera aussi l'installation de jeunes maraîchers, en mettant à leur disposition des terrains qu'elle possède en bord de Loire.

        ## Le financement

        Le programme coûte 2,1 millions d'euros sur trois ans, financés par l'État, la Région et le Département de la Loire, et par l'agglomération pour 40 %.

        ## Participer

        Les habitants de Montbrison, de Boën-sur-Lignon et des autres communes peuvent rejoindre le conseil local de l'alimentation. Sa première réunion aura lieu le 16 novembre, au siège de l'agglomération. Les consommateurs de Saint-Étienne sont aussi visés par les circuits courts. Une carte interactive des fermes qui pratiquent la vente directe est déjà disponible sur le site de l'agglomération ; elle recense 140 producteurs et sera complétée au fil des inscriptions.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Agriculture", "Alimentation"] };
}

/// <summary>The CA Versailles Grand Parc, named fully once, then "VGP" and "la communauté d'agglomération"; Versailles, Vélizy-Villacoublay, Buc, Jouy-en-Josas and Le Chesnay-Rocquencourt are context; the château and its park (the "grand parc") are a monument; Saclay and Paris are context; the Yvelines are context.</summary>
public sealed class VersaillesGrandParcEconomie2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("versailles-grand-parc-strategie-developpement-economique-2024.pdf",
        "Stratégie de développement économique 2024-2030", "Versailles Grand Parc", "2024-02-27",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://versaillesgrandparc.example/strategie-economique-2024.pdf",
        "VGP - stratégie économique 2024-2030", "pépinière d'entreprises", """
        ## Le territoire

        La communauté d'agglomération Versailles Grand Parc regroupe dix-huit communes et 270 000 habitants autour de Versailles. Son économie repose sur de grands employeurs publics, sur des centres de recherche et sur des zones d'activités comme celle de Vélizy-Villacoublay, premier pôle d'emploi de VGP avec 46 000 salariés. Le tourisme, porté par le château et son domaine, fait vivre de nombreux commerces.

        ## Les constats

        - Le territoire compte 1,3 emploi pour un actif résident, mais beaucoup d'actifs travaillent à Paris et beaucoup de salariés viennent d'ailleurs.
        - Les jeunes entreprises innovantes quittent VGP lorsqu'elles grandissent, faute de locaux adaptés.
        - Les zones d'activités anciennes, à Buc et à Jouy-en-Josas, ont besoin d'une requalification.

        ## Les axes de la stratégie

        - Ouvrir une deuxième pépinière d'entreprises consacrée aux technologies de santé, en lien avec le plateau de Saclay.
        - Réserver des terrains pour des locaux industriels de petite taille.
        - Accompagner la rénovation énergétique des bâtiments des zones d'activités.
        - Développer un tourisme d'affaires au-delà des seules visites du château.

        ## Les moyens

        La communauté d'agglomération consacrera 38 millions d'euros à ces actions entre 2024 et 2030. Elle s'appuiera sur son agence de développement et sur les chambres consulaires des Yvelines. Les communes, dont Le Chesnay-Rocquencourt et Versailles, seront associées à la commercialisation des terrains. Un guichet unique accueillera les porteurs de projet et les orientera vers les aides existantes, qu'il s'agisse de prêts d'honneur, de subventions régionales ou de locaux temporaires dans les bâtiments vacants du territoire.

        ## Le suivi

        Un tableau de bord, actualisé chaque année, suivra l'emploi salarié, le nombre de créations d'entreprises, la surface de locaux commercialisés et le taux de vacance des zones d'activités. Il sera présenté au conseil communautaire de VGP au premier trimestre de chaque année, puis publié sur le site de l'agglomération.
        """) with { Masthead = ["Versailles Grand Parc", "Communauté d'agglomération"], Byline = ["Adoptée par le conseil communautaire du 20 février 2024"] };
}

/// <summary>The CA Quimper Bretagne Occidentale, named only by its seat ("l'agglomération de Quimper", "l'agglomération quimpéroise", "l'agglomération") -> the EPCI. Debatable: a reader could take "l'agglomération de Quimper" for the town; the document is about the EPCI's competence (GEMAPI) over its member communes. Quimper, Ergué-Gabéric, Briec and Plomelin are context; the Odet and the Steïr are rivers; Douarnenez is a comparison; the Finistère is context.</summary>
public sealed class AgglomerationQuimperZonesHumides2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("agglomeration-quimper-plan-zones-humides-odet-2024.html",
        "L'agglomération de Quimper adopte un plan de gestion des zones humides de l'Odet", "Agglomération de Quimper", "2024-05-21",
        DocumentTypeLabels.Page, Themes.Durable, "https://agglo-quimper.example/plan-zones-humides-odet", """
        ## Des milieux à protéger

        Les zones humides couvrent 2 900 hectares sur le territoire de l'agglomération de Quimper, le long de l'Odet, du Steïr et de leurs affluents. Prairies inondables, tourbières et roselières retiennent l'eau lors des crues et la restituent en été. Près d'un tiers ont disparu depuis les années 1960.

        ## Le plan de gestion

        Compétente pour la gestion des milieux aquatiques, l'agglomération quimpéroise a adopté le 16 mai 2024 un plan de cinq ans :
        - la restauration de 180 hectares de prairies humides, avec des éleveurs volontaires ;
        - l'effacement de quatre seuils qui bloquent la circulation des poissons ;
        - l'acquisition de parcelles à Ergué-Gabéric et à Briec ;
        - des animations scolaires dans les quatorze communes membres.

        ## Le coût

        Le plan représente 3,4 millions d'euros, financés à 70 % par l'agence de l'eau, la Région et le Département du Finistère. La taxe pour la gestion des milieux aquatiques, perçue par l'agglomération, couvre le reste.

        ## Les résultats attendus

        Les crues qui inondent régulièrement le centre de Quimper devraient être atténuées. Le bassin voisin de Douarnenez, qui a mené un programme comparable, a vu revenir les saumons en cinq ans. Les premiers chantiers commenceront à Plomelin à l'automne, après la période de nidification des oiseaux des roselières. Les propriétaires riverains concernés seront contactés individuellement et pourront signer des conventions de gestion de dix ans, rémunérées lorsque les pratiques agricoles sont adaptées.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Environnement", "Eau"] };
}

/// <summary>The CA du Bassin de Brive, named only by its seat ("l'agglomération de Brive", "l'agglomération briviste") -> the EPCI. Debatable: "l'agglomération de Brive" may be read as the town; the document is about the EPCI's business parks (an EPCI competence) across several member communes. Brive-la-Gaillarde, Malemort, Ussac, Objat and Saint-Pantaléon-de-Larche are context; Tulle and Limoges are comparisons.</summary>
public sealed class AgglomerationBriveZonesActivites2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("agglomeration-brive-schema-zones-activites-2023.pdf",
        "Schéma d'accueil des entreprises de l'agglomération de Brive 2023-2033", "Agglomération de Brive", "2023-09-26",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://agglo-brive.example/schema-accueil-entreprises-2023.pdf",
        "Agglomération de Brive - accueil des entreprises", "friches industrielles", """
        ## Les enjeux

        L'agglomération de Brive gère 34 zones d'activités économiques, qui accueillent 1 450 établissements et 17 000 emplois. Les terrains disponibles se raréfient : il ne reste que 26 hectares commercialisables, alors que la demande des entreprises atteint 8 hectares par an. La loi impose par ailleurs de réduire de moitié la consommation d'espaces naturels et agricoles d'ici 2031.

        ## Le diagnostic

        - Les zones situées le long de l'autoroute, à Saint-Pantaléon-de-Larche et à Ussac, sont presque pleines.
        - Plusieurs friches industrielles de Brive-la-Gaillarde et de Malemort pourraient être reconverties.
        - Les zones anciennes manquent d'équipements : fibre optique, éclairage, liaisons piétonnes et cyclables.
        - Dans le nord du territoire, autour d'Objat, la demande porte sur de petits lots artisanaux.

        ## Les orientations

        L'agglomération briviste privilégiera la densification des zones existantes et la reconversion de 40 hectares de friches. Elle créera une seule zone nouvelle, de 18 hectares, réservée aux activités industrielles. Elle proposera des ateliers relais pour les artisans et accompagnera les entreprises qui souhaitent agrandir leurs bâtiments sur leur propre terrain.

        ## Les moyens

        Le programme représente 52 millions d'euros sur dix ans, dont 21 millions pour les acquisitions et la dépollution des friches. L'établissement public foncier régional assurera le portage des terrains. L'agglomération recherchera des financements européens pour les travaux de dépollution. Un observatoire du foncier économique, mis à jour chaque semestre, recensera les terrains disponibles, les bâtiments vacants et les projets des entreprises, afin d'éviter que des demandes ne restent sans réponse.

        ## Les comparaisons

        Les prix de vente des terrains, de 25 euros le mètre carré en moyenne, sont proches de ceux de Tulle mais inférieurs de moitié à ceux de Limoges. L'agglomération de Brive entend les maintenir pour rester attractive, tout en appliquant une décote aux entreprises qui s'installent sur une friche reconvertie.
        """) with { Masthead = ["Agglomération de Brive", "Développement économique"], Byline = ["Approuvé par le conseil communautaire"] };
}

/// <summary>The CA Grand Lac (Savoie), named fully; "grand lac" are also common words (the lac du Bourget, "le plus grand lac naturel de France"); Aix-les-Bains, Le Bourget-du-Lac, Entrelacs and Brison-Saint-Innocent are context; Grand Chambéry is a comparison.</summary>
public sealed class GrandLacBaignade2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("grand-lac-qualite-eaux-baignade-2024.html",
        "Grand Lac : bilan de la qualité des eaux de baignade", "Grand Lac", "2024-10-01",
        DocumentTypeLabels.Page, Themes.Durable, "https://grand-lac.example/baignade-bilan-2024", """
        ## Neuf plages surveillées

        La communauté d'agglomération Grand Lac gère neuf plages sur les rives du lac du Bourget, le plus grand lac naturel d'origine glaciaire de France. En 2024, 640 analyses ont été réalisées de juin à septembre, à Aix-les-Bains, au Bourget-du-Lac, à Brison-Saint-Innocent et dans les autres communes riveraines.

        ## Les résultats

        - Huit plages sur neuf obtiennent le classement « excellent ».
        - Une plage a été fermée trois jours en juillet après un orage, par précaution.
        - Aucune efflorescence de cyanobactéries n'a été observée, contrairement à l'été 2022.

        ## Les actions de Grand Lac

        Ces résultats doivent beaucoup aux travaux d'assainissement menés depuis trente ans autour du lac. L'agglomération poursuit la mise en séparatif des réseaux des communes du bassin versant, dont Entrelacs, et renforce les contrôles des installations d'assainissement individuel. Elle a aussi installé des toilettes sur chaque plage et des bacs de tri.

        ## Les comparaisons

        La communauté d'agglomération Grand Chambéry, qui gère l'autre rive du lac, publie ses propres résultats, également très bons. Les deux agglomérations coordonnent la surveillance dans le cadre du comité du lac.

        ## Pour 2025

        Grand Lac installera des capteurs en continu sur deux plages, afin d'anticiper les fermetures et d'informer les baigneurs en temps réel par une application. Les maîtres-nageurs seront recrutés dès le mois de mars. Les résultats de chaque plage resteront affichés à l'entrée des sites et en mairie, comme le prévoit la réglementation, pendant toute la saison.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Environnement", "Lac"] };
}

/// <summary>The CA de la Riviera Française (Alpes-Maritimes), named fully once, then "la CARF" and "la communauté d'agglomération"; "Riviera" is also a landscape; the CA La Riviéra du Levant (La Réunion) is named to rule it out; Menton, Breil-sur-Roya, Saorge, Fontan, La Brigue, Tende and Sospel are context (members); the Vésubie (a valley outside the EPCI) and Nice are context; the Roya is the river (valley); Vintimille (Italy) is context; the Alpes-Maritimes are context.</summary>
public sealed class RivieraFrancaiseReconstructionRoya2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("carf-reconstruction-vallee-roya-bilan-2023.pdf",
        "Tempête Alex : bilan de la reconstruction des équipements communautaires, trois ans après", "Communauté d'agglomération de la Riviera Française", "2023-10-02",
        DocumentTypeLabels.Rapport, Themes.Securite, "https://carf.example/bilan-reconstruction-2023.pdf",
        "CARF - reconstruction après la tempête Alex", "stations d'épuration", """
        ## Rappel

        Le 2 octobre 2020, la tempête Alex a dévasté les vallées de la Roya et de la Vésubie, au-dessus de Nice. Sur le territoire de la communauté d'agglomération de la Riviera Française, les communes de Breil-sur-Roya, de Saorge, de Fontan, de La Brigue et de Tende ont été coupées du monde pendant plusieurs semaines. Routes, ponts, réseaux d'eau et stations d'épuration ont été emportés.

        ## Les équipements de la CARF

        La CARF, compétente pour l'eau, l'assainissement, la collecte des déchets et les transports, a recensé 74 millions d'euros de dommages sur ses équipements. Trois ans après, les résultats sont les suivants :
        - l'alimentation en eau potable est rétablie partout, avec de nouveaux captages moins exposés aux crues ;
        - deux stations d'épuration sur trois ont été reconstruites, la troisième le sera en 2024 ;
        - les lignes de bus vers la haute vallée circulent de nouveau, avec une desserte renforcée du train Nice-Tende.

        ## Le financement

        L'État a pris en charge 80 % des dépenses au titre de la solidarité nationale. La Région et le Département des Alpes-Maritimes complètent. La communauté d'agglomération a dû emprunter 9 millions d'euros pour financer sa part et faire l'avance des subventions.

        ## Les leçons

        Les nouveaux ouvrages ont été placés hors des zones inondables, même lorsque cela a imposé des canalisations plus longues. Un exercice de gestion de crise est organisé chaque année avec les communes, de Menton à Tende, et avec les autorités italiennes de Vintimille, de l'autre côté de la frontière.

        ## Précision

        La Riviera Française, qui regroupe quinze communes de Menton à la haute Roya, ne doit pas être confondue avec la communauté d'agglomération La Riviéra du Levant, à La Réunion. Le présent bilan sera présenté au conseil communautaire puis aux habitants lors de réunions publiques à Breil-sur-Roya et à Sospel.
        """) with { Masthead = ["Communauté d'agglomération de la Riviera Française"], Byline = ["Direction générale des services — octobre 2023"] };
}

/// <summary>The CA Mont-Saint-Michel-Normandie, named fully once, then "la communauté d'agglomération"; the commune of Le Mont-Saint-Michel (a member, the abbey, the bay) is context; "Normandie" is part of the name (the région is context); Avranches, Pontorson, Saint-Hilaire-du-Harcouët and Saint-James are context; the Manche is context; the baie du Mont-Saint-Michel is a landscape; Saint-Malo is a comparison.</summary>
public sealed class MontSaintMichelNormandieTaxeSejour2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("mont-saint-michel-normandie-taxe-de-sejour-2023.html",
        "Taxe de séjour : le rapport annuel de Mont-Saint-Michel-Normandie", "Mont-Saint-Michel-Normandie", "2024-04-02",
        DocumentTypeLabels.Page, Themes.Finances, "https://msm-normandie.example/taxe-de-sejour-rapport-2023", """
        ## Le produit de la taxe

        La communauté d'agglomération Mont-Saint-Michel-Normandie perçoit la taxe de séjour sur ses 95 communes, d'Avranches à Saint-Hilaire-du-Harcouët. En 2023, elle a encaissé 2,6 millions d'euros, pour 1,9 million de nuitées déclarées. Plus des deux tiers du produit viennent des hôtels situés au pied du Mont et à Pontorson.

        ## L'utilisation

        Conformément à la loi, la taxe est affectée au développement touristique :
        - le financement de l'office de tourisme intercommunal et de ses six bureaux d'accueil ;
        - l'entretien des voies vertes et des sentiers de la baie ;
        - la promotion du territoire au-delà de la seule abbaye, notamment du bocage du sud ;
        - l'aide aux hébergements qui améliorent leur qualité.

        ## Les constats

        Les visiteurs restent en moyenne 1,4 nuit sur le territoire de l'agglomération, contre plus de trois nuits à Saint-Malo. La plateforme de réservation en ligne a permis de collecter la taxe auprès de 1 100 meublés de tourisme.

        ## Les projets

        La communauté d'agglomération souhaite créer des séjours de découverte associant la baie, Saint-James et la vallée de la Sée, pour allonger la durée des séjours. La Région Normandie et le Département de la Manche accompagnent ce projet. Les tarifs de la taxe pour 2025, délibérés en septembre, restent inchangés, à l'exception des meublés non classés, dont le taux passe de 3 à 4 %. Les hébergeurs recevront un guide des déclarations en ligne avant la saison.
        """) with { Meta = HtmlMeta.JsonLd, Lead = "Produit, utilisation et projets de la taxe de séjour intercommunale.", Breadcrumb = ["Tourisme"] };
}

/// <summary>The CA Sète Agglopôle Méditerranée, named fully once, then "SAM" and "l'agglomération"; Sète, Mèze, Marseillan, Bouzigues and Balaruc-les-Bains are context; the étang de Thau is a landscape (lagoon).</summary>
public sealed class SeteAgglopoleThauConchyliculture2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("sete-agglopole-qualite-eaux-etang-thau-2023.pdf",
        "Qualité des eaux de l'étang de Thau et conchyliculture : bilan 2023", "Sète Agglopôle Méditerranée", "2024-03-19",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://agglopole.example/bilan-thau-2023.pdf",
        "SAM - étang de Thau 2023", "fermetures sanitaires", """
        ## Un enjeu économique et sanitaire

        La lagune de Thau fait vivre 450 entreprises conchylicoles, qui produisent chaque année près de 10 000 tonnes d'huîtres et de moules. Sète Agglopôle Méditerranée, qui regroupe les quatorze communes riveraines et proches de la lagune, est responsable de l'assainissement et de la gestion des eaux pluviales. Chaque pollution a des conséquences immédiates sur la vente des coquillages.

        ## Le bilan de l'année 2023

        - Deux fermetures sanitaires de zones de production, de onze jours au total, après des pluies intenses en octobre.
        - Aucune malaïgue, cette crise d'oxygène qui tue les coquillages lors des étés chauds, malgré des températures élevées en août.
        - 97 % des analyses bactériologiques conformes dans les zones d'élevage.

        ## Les travaux de SAM

        L'agglomération a achevé la modernisation de la station d'épuration de Mèze et construit deux bassins de stockage des eaux usées à Marseillan et à Bouzigues, qui évitent les débordements par temps de pluie. Elle a contrôlé 1 200 installations d'assainissement individuel et imposé des travaux aux propriétaires de celles qui polluent.

        ## Les perspectives

        Le nouveau contrat de la lagune, signé avec l'État, l'agence de l'eau et la Région, prévoit 62 millions d'euros de travaux jusqu'en 2028. La priorité ira aux réseaux de Sète et de Balaruc-les-Bains, où se produisent la plupart des débordements. L'agglomération étudie également un système d'alerte pour prévenir les conchyliculteurs avant les épisodes pluvieux.

        ## Méthode

        Les analyses sont réalisées par le laboratoire départemental et par l'institut chargé de la surveillance du littoral. Les résultats détaillés, par zone d'élevage et par mois, sont publiés sur le site de SAM. Ils sont transmis chaque semaine aux organisations professionnelles de la conchyliculture et à la préfecture, qui décide des fermetures et des réouvertures.
        """) with { Masthead = ["Sète Agglopôle Méditerranée"], Byline = ["Direction de l'eau et de l'assainissement"] };
}
