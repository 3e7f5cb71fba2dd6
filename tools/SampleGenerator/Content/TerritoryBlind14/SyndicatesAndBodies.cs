using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind14 territory split (issue 13): syndicates named by a river or a landscape, a PETR, offices (tourism, HLM), CCAS/CIAS, a centre de gestion.
namespace SampleGenerator.Content.TerritoryBlind14;

/// <summary>SIVU of the haute Loue, members Lods, Mouthier-Haute-Pierre and Vuillafans (Doubs) -> its three members; "loue" is also a verb (rents); Ornans, Pontarlier and Besançon are context; the CC Loue-Lison (membership) is context; the Loue is the river; the Doubs is the département (context) and a river.</summary>
public sealed class SivuHauteLoue2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("sivu-haute-loue-rapport-annuel-2023.pdf",
        "Rapport annuel 2023 du syndicat intercommunal à vocation unique de la haute Loue", "SIVU de la haute Loue", "2024-03-26",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://sivu-haute-loue.example/rapport-annuel-2023.pdf",
        "SIVU de la haute Loue - rapport annuel 2023", "sentier des gorges", """
        ## Trois villages, un sentier

        Le syndicat intercommunal à vocation unique de la haute Loue associe trois communes de la vallée, Mouthier-Haute-Pierre, Lods et Vuillafans, qui se sont unies en 2002 pour aménager et entretenir le sentier des gorges et des belvédères reliant leurs bourgs. Le syndicat n'a pas d'autre compétence : l'eau, les déchets et le tourisme relèvent de la communauté de communes Loue-Lison, à laquelle appartiennent les trois villages, et la gestion de la rivière elle-même d'un établissement public de bassin.

        Le comité syndical compte six membres, deux par commune. La présidence tourne tous les deux ans ; elle est exercée depuis 2022 par le maire de Lods.

        ## Les travaux de l'année

        En 2023, le syndicat a remplacé deux passerelles en bois sur les ruisseaux affluents, reconstruit 140 mètres de murets en pierre sèche au-dessus de Vuillafans et posé une nouvelle signalétique bilingue aux trois points de départ. Un éboulement survenu en mars au pied de la roche de Hautepierre a imposé la fermeture du tronçon supérieur pendant sept semaines. Le syndicat loue chaque été les services d'une entreprise d'insertion d'Ornans pour le débroussaillage.

        ## La fréquentation

        Les éco-compteurs ont enregistré 61 000 passages, un chiffre en hausse de 9 %. La fréquentation reste concentrée sur les week-ends de mai et de juin et sur le mois d'août, avec une part importante de visiteurs venus de Besançon et de Pontarlier. Le stationnement au départ de Mouthier-Haute-Pierre est saturé les jours d'affluence.

        ## Les finances

        Les dépenses de fonctionnement s'élèvent à 38 000 euros, les dépenses d'investissement à 96 000 euros. Les contributions des communes sont réparties au prorata de la longueur du sentier sur leur territoire : 45 % pour Mouthier-Haute-Pierre, 30 % pour Lods, 25 % pour Vuillafans. Le département du Doubs a subventionné les passerelles à hauteur de 40 %.

        ## Projets

        Le comité prévoit d'aménager un parking de délestage à l'entrée de Lods et d'étudier avec la communauté de communes une navette estivale.
        """) with { Byline = ["Comité syndical du 21 mars 2024"], Hyphenate = true };
}

/// <summary>SIVOM of the Haut-Ossau (a landscape, the upper Ossau valley), members Laruns, Eaux-Bonnes and Béost (Pyrénées-Atlantiques) -> its three members; "eaux" and "bonnes" are common words; Gourette (a resort of Eaux-Bonnes) and Artouste are parts; Oloron-Sainte-Marie and Pau are context; the CC de la Vallée d'Ossau (membership) is context; the gave d'Ossau is the river.</summary>
public sealed class SivomHautOssau2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("sivom-haut-ossau-compte-rendu-2024.html",
        "Comité syndical du SIVOM du Haut-Ossau : ce qui a été décidé", "SIVOM du Haut-Ossau", "2024-07-03",
        DocumentTypeLabels.Page, Themes.Geo, "https://sivom-haut-ossau.example/comite/juillet-2024", """
        ## Le syndicat en bref

        Le SIVOM du Haut-Ossau rassemble les trois communes du fond de la vallée : Laruns, Eaux-Bonnes et Béost. Il exerce pour elles trois missions que la communauté de communes de la Vallée d'Ossau n'a pas reprises : la fourrière et l'entretien des routes d'altitude, le transport des élèves vers les équipements sportifs de Laruns, et la gestion du refuge communal des Bonnes Eaux, ouvert aux randonneurs de juin à octobre.

        ## Les décisions du comité du 1er juillet 2024

        Le comité syndical, réuni à la mairie de Laruns sous la présidence de Mme Hélène Cazaux, a adopté les délibérations suivantes :

        - approbation du compte administratif 2023, qui fait apparaître un excédent de 46 200 euros ;
        - répartition des contributions 2024 : 58 % pour Laruns, 34 % pour Eaux-Bonnes, 8 % pour Béost ;
        - lancement des travaux de confortement de la route du col d'Aubisque, entre Gourette et le cirque du Litor, pour 212 000 euros ;
        - renouvellement de la convention avec le club de ski de Gourette pour le transport des scolaires pendant l'hiver ;
        - achat d'un véhicule de déneigement d'occasion, partagé avec le service routier de la commune d'Eaux-Bonnes.

        ## Les débats

        La question des eaux pluviales sur la route d'Artouste a donné lieu à un long échange. Les délégués de Béost ont rappelé que les bonnes pratiques d'entretien des fossés avaient permis d'éviter les dégâts de 2018, et demandé que les curages soient programmés avant l'automne. Les représentants d'Eaux-Bonnes ont souligné le coût du déneigement de la station, qui pèse sur un budget communal modeste.

        ## Ce qui relève d'autres acteurs

        Le syndicat rappelle que l'eau potable est gérée par la communauté de communes, que les routes nationales et départementales vers Oloron-Sainte-Marie et Pau relèvent de l'État et du département, et que le gave d'Ossau est entretenu par le syndicat de rivière du bassin.

        ## Prochaine séance

        Le prochain comité se tiendra en octobre à Eaux-Bonnes, avec à l'ordre du jour le bilan de la saison d'été au refuge.
        """) with { Meta = HtmlMeta.None, Breadcrumb = ["Le syndicat", "Comptes rendus"] };
}

/// <summary>Syndicat mixte of the SCoT of the Bresse bourguignonne (a landscape), members the CC Bresse Louhannaise Intercom', the CC Terres de Bresse and the CC Bresse Nord Intercom' (Saône-et-Loire) -> the three EPCI; Louhans (seat), Pierre-de-Bresse and Saint-Germain-du-Bois are context; Bourg-en-Bresse and the CA du Bassin de Bourg-en-Bresse (Ain) are named to rule them out; Chalon-sur-Saône and Lons-le-Saunier are context; the Saône-et-Loire is context.</summary>
public sealed class ScotBresseBourguignonne2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("scot-bresse-bourguignonne-bilan-2024.pdf",
        "Schéma de cohérence territoriale de la Bresse bourguignonne : bilan à six ans", "Syndicat mixte du SCoT de la Bresse bourguignonne", "2024-10-21",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://scot-bresse-bourguignonne.example/bilan-six-ans.pdf",
        "SCoT de la Bresse bourguignonne - bilan", "analyse des résultats", """
        ## Le cadre

        Le code de l'urbanisme impose à l'établissement public chargé d'un schéma de cohérence territoriale de procéder, au plus tard six ans après son approbation, à une analyse des résultats de son application. Le présent bilan porte sur le schéma approuvé en 2018 par le syndicat mixte, qui regroupe trois communautés de communes : Bresse Louhannaise Intercom', Terres de Bresse et Bresse Nord Intercom'. Son périmètre couvre 88 communes et environ 59 000 habitants, entre la Saône et les premiers reliefs du Jura.

        Le syndicat, dont le siège est à Louhans, ne doit pas être confondu avec les structures de la Bresse de l'Ain, organisées autour de Bourg-en-Bresse et de sa communauté d'agglomération, qui disposent de leur propre schéma.

        ## Le logement

        Le schéma prévoyait la construction de 260 logements par an ; 214 ont été autorisés en moyenne depuis 2018. Les objectifs de densité ont été respectés dans les pôles principaux, Louhans, Pierre-de-Bresse et Saint-Germain-du-Bois, mais pas dans les villages, où la maison individuelle sur grande parcelle reste la règle. La vacance des logements anciens des centres-bourgs continue de progresser.

        ## La consommation d'espace

        Entre 2018 et 2023, 212 hectares d'espaces agricoles et naturels ont été urbanisés, soit 18 % de moins que pendant la période précédente. Les zones d'activités situées le long des axes vers Chalon-sur-Saône et Lons-le-Saunier concentrent près de la moitié de cette consommation.

        ## Le bocage et les étangs

        Le schéma protégeait 3 400 kilomètres de haies et l'ensemble des étangs bressans. Les relevés montrent une perte nette de 46 kilomètres de haies, malgré les replantations financées par les intercommunalités.

        ## Conclusions

        Le comité syndical a décidé de maintenir le schéma en vigueur, mais d'engager sa modification pour l'adapter à l'objectif de zéro artificialisation nette et aux orientations du schéma régional. Les trois communautés de communes seront associées à chaque étape, ainsi que le département de Saône-et-Loire et les chambres consulaires.
        """) with { Masthead = ["Syndicat mixte du SCoT de la Bresse bourguignonne"], InfoTitle = "bilan_scot_v4_final" };
}

/// <summary>The tourism office of Royan Atlantique = the CA Royan Atlantique (intercommunal office) -> the EPCI; Royan (seat), Saint-Palais-sur-Mer, Les Mathes (La Palmyre), Meschers-sur-Gironde and Saint-Georges-de-Didonne are context; the île d'Oléron and Bordeaux are comparisons; the Gironde is the estuary (also a département, not a subject); the phare de Cordouan is a landmark; the Charente-Maritime appears only in the lead.</summary>
public sealed class OfficeTourismeRoyanAtlantique2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("office-tourisme-royan-atlantique-frequentation-2023.html",
        "Fréquentation touristique 2023 : une saison record sur la côte de Beauté", "Office de tourisme Royan Atlantique", "2024-02-08",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://royanatlantique-tourisme.example/observatoire/bilan-2023", """
        ## Les chiffres clés

        L'office de tourisme communautaire, qui assure l'accueil et la promotion pour les 33 communes de l'agglomération Royan Atlantique, publie son bilan de la saison 2023. Avec 9,2 millions de nuitées, dont 71 % entre juin et septembre, le territoire enregistre sa meilleure année depuis la création de l'observatoire. La clientèle étrangère progresse de 12 %, portée par les visiteurs allemands et néerlandais.

        | Hébergement | Nuitées 2023 | Évolution sur un an |
        | Campings | 3 950 000 | + 6 % |
        | Meublés et locations entre particuliers | 2 810 000 | + 11 % |
        | Résidences secondaires (estimation) | 1 720 000 | + 2 % |
        | Hôtels et résidences de tourisme | 720 000 | + 4 % |
        Source : observatoire de l'office de tourisme, taxe de séjour et enquêtes

        ## Les sites les plus visités

        Le zoo de La Palmyre reste le premier site payant, devant les grottes de Meschers et les croisières vers le phare de Cordouan, inscrit au patrimoine mondial. Les plages de Royan, de Saint-Palais-sur-Mer et de Saint-Georges-de-Didonne ont connu une fréquentation soutenue jusqu'à la fin du mois de septembre, grâce à une arrière-saison ensoleillée.

        ## La taxe de séjour

        Le produit de la taxe de séjour perçue par la communauté d'agglomération atteint 6,4 millions d'euros, dont la totalité est reversée à l'office. Ce montant finance l'accueil dans les onze bureaux d'information, la promotion et l'entretien des pistes cyclables du littoral.

        ## Comparaisons

        Le territoire reste moins dépendant des résidences secondaires que l'île d'Oléron voisine, mais plus saisonnier que la métropole bordelaise, dont la fréquentation se répartit sur toute l'année.

        ## Les priorités pour 2024

        L'office veut allonger la saison en développant le tourisme d'affaires au palais des congrès de Royan, les séjours à vélo et l'accueil des randonneurs sur le sentier du littoral de l'estuaire de la Gironde.

        ## Méthode

        Les nuitées sont estimées à partir des déclarations de taxe de séjour, des enquêtes de fréquentation réalisées auprès des hébergeurs et des données de téléphonie mobile. Les résultats de 2023 ne sont pas directement comparables à ceux des années antérieures à 2019.
        """) with { Meta = HtmlMeta.OpenGraph, Lead = "Charente-Maritime — 9,2 millions de nuitées sur l'agglomération en 2023.", Breadcrumb = ["Observatoire", "Bilans de saison"] };
}

/// <summary>Corrèze Habitat, the office public de l'habitat attached to the conseil départemental of the Corrèze ("corréziens") -> the département; Tulle (seat), Brive-la-Gaillarde, Ussel and Égletons are context; the Corrèze and the Vézère are rivers; the plateau de Millevaches is a landscape; the Haute-Vienne is a comparison.</summary>
public sealed class CorrezeHabitatRapport2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("correze-habitat-rapport-activite-2023.pdf",
        "Corrèze Habitat : rapport d'activité 2023", "Corrèze Habitat", "2024-06-12",
        DocumentTypeLabels.Rapport, Themes.Social, "https://correze-habitat.example/rapport-activite-2023.pdf",
        "Corrèze Habitat - rapport d'activité 2023", "logements familiaux", """
        ## Notre office

        Corrèze Habitat est l'office public de l'habitat rattaché au conseil départemental. Il gère 5 870 logements familiaux répartis dans 142 communes corréziennes, de la préfecture, Tulle, où se trouve son siège, jusqu'aux bourgs du plateau de Millevaches. Il est, avec un opérateur privé présent surtout à Brive-la-Gaillarde, l'un des deux principaux bailleurs sociaux du département.

        ## Le patrimoine et son occupation

        Le taux de vacance commerciale est de 6,8 %, un niveau élevé qui s'explique par la faible demande dans les communes rurales. Il est inférieur à 2 % à Brive-la-Gaillarde et à Tulle, mais dépasse 15 % dans certaines résidences d'Ussel et d'Égletons. Le loyer moyen s'établit à 5,10 euros par mètre carré. Près de 38 % des locataires ont plus de 60 ans.

        ## Les investissements

        L'office a consacré 21,4 millions d'euros à son patrimoine en 2023. La réhabilitation thermique de 312 logements a été achevée, avec un gain moyen de deux classes sur l'étiquette énergétique. Deux opérations de démolition ont été engagées dans des quartiers où la demande s'est effondrée, et 46 logements neufs ont été livrés, dont une résidence pour personnes âgées en centre-bourg réalisée avec la commune et le centre communal d'action sociale.

        ## Les comptes

        L'autofinancement net atteint 9,6 % des loyers, au-dessus du seuil de vigilance fixé par la fédération des offices. La dette, de 148 millions d'euros, est garantie par le département.

        ## Comparaison et perspectives

        La situation de l'office est comparable à celle des bailleurs de la Haute-Vienne pour la vacance, mais meilleure pour l'autofinancement. En 2024, il poursuivra son plan de rénovation et préparera son rapprochement avec une société anonyme de coordination régionale, exigé par la loi pour les organismes de sa taille.

        ## Les locataires

        L'office a attribué 712 logements en 2023. Une enquête de satisfaction menée auprès de 1 500 locataires montre que 81 % d'entre eux sont satisfaits de leur logement, mais que la propreté des parties communes et les délais d'intervention restent des sujets de mécontentement.
        """) with { Masthead = ["Corrèze Habitat", "Office public de l'habitat"], InfoAuthor = "Direction générale" };
}

/// <summary>CCAS of Lunéville (Meurthe-et-Moselle) -> its commune; Nancy and Baccarat are context; the CC du Territoire de Lunéville à Baccarat (membership) is context; the Meurthe and the Vezouze are rivers; the Meurthe-et-Moselle is a comparison.</summary>
public sealed class CcasLunevilleAbs2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("ccas-luneville-analyse-besoins-sociaux-2024.html",
        "Analyse des besoins sociaux : les premiers résultats", "CCAS de Lunéville", "2024-11-05",
        DocumentTypeLabels.Etude, Themes.Social, "https://ccas-luneville.example/publications/abs-2024", """
        ## Une obligation, un outil

        Chaque centre communal d'action sociale doit réaliser, dans l'année qui suit le renouvellement du conseil municipal, une analyse des besoins sociaux de la population. Celle du CCAS de Lunéville a été confiée à un cabinet spécialisé et nourrie par trois ateliers avec les associations, les bailleurs et les habitants des quartiers prioritaires. En voici les premiers enseignements.

        ## Une ville plus pauvre que son département

        La ville compte 18 262 habitants. Le taux de pauvreté y atteint 27 %, contre 15 % en moyenne en Meurthe-et-Moselle. Un ménage sur quatre est composé d'une personne seule, et la part des familles monoparentales a augmenté de quatre points en dix ans. Les quartiers de la Zac et des Charmilles concentrent les difficultés : les revenus médians y sont deux fois plus faibles que dans le reste de la commune.

        ## Les personnes âgées

        Les plus de 75 ans représentent 11 % de la population. Beaucoup vivent dans des logements anciens, mal isolés et sans ascenseur, autour du château et dans le centre historique. Le service d'aide à domicile du CCAS a accompagné 312 personnes en 2023 ; la liste d'attente pour le portage de repas a doublé.

        ## L'accès aux droits

        L'accueil du CCAS, rue de la République, a reçu 6 400 visites. Les demandes concernent d'abord l'énergie, puis l'aide alimentaire et la domiciliation. Les ateliers ont mis en évidence la difficulté des habitants à effectuer leurs démarches en ligne, alors que plusieurs guichets ont fermé ou se sont éloignés vers Nancy.

        ## Les pistes d'action

        Le conseil d'administration propose de créer un espace numérique accompagné, de renforcer la coordination avec la communauté de communes du Territoire de Lunéville à Baccarat pour le transport à la demande, et d'ouvrir une permanence dans les quartiers situés au bord de la Vezouze. Le rapport complet sera présenté au conseil municipal en décembre.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "5 novembre 2024", Breadcrumb = ["Le CCAS", "Études"] };
}

/// <summary>CIAS of the CA du Grand Cahors -> the EPCI; Cahors (seat), Pradines, Luzech and Labastide-Marnhac are context; the Lot is the département (context) and the river; "lot" is also a common word (a batch of meals); Figeac is a comparison.</summary>
public sealed class CiasGrandCahors2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("cias-grand-cahors-rapport-activite-2023.pdf",
        "Centre intercommunal d'action sociale du Grand Cahors : rapport d'activité 2023", "CIAS du Grand Cahors", "2024-05-29",
        DocumentTypeLabels.Rapport, Themes.Social, "https://grandcahors-cias.example/rapport-activite-2023.pdf",
        "CIAS du Grand Cahors - rapport d'activité 2023", "portage de repas", """
        ## Le CIAS en 2023

        Le centre intercommunal d'action sociale exerce, pour les 36 communes de la communauté d'agglomération du Grand Cahors, les missions d'action sociale que celles-ci lui ont confiées en 2017 : aide et accompagnement à domicile, portage de repas, gestion de deux résidences autonomie et d'un établissement d'hébergement pour personnes âgées dépendantes. Il emploie 214 agents et son budget consolidé atteint 11,6 millions d'euros.

        ## Le maintien à domicile

        Le service d'aide à domicile a accompagné 742 personnes, pour 186 000 heures d'intervention. La difficulté de recrutement reste le principal sujet : au 31 décembre, onze postes étaient vacants, ce qui a conduit à refuser une soixantaine de demandes dans les communes les plus éloignées de Cahors. Une prime de déplacement a été créée pour les intervenantes qui se rendent dans la vallée du Lot, en amont de Luzech.

        Le portage de repas a livré 96 000 plateaux. Chaque lot de repas est préparé par la cuisine centrale de Pradines et livré en liaison froide trois fois par semaine.

        ## Les établissements

        Les deux résidences autonomie, à Cahors et à Labastide-Marnhac, affichent un taux d'occupation de 94 %. L'établissement pour personnes dépendantes a ouvert une unité de douze places pour les personnes atteintes de troubles cognitifs.

        ## Comparaison

        Le coût horaire de l'aide à domicile, 27,40 euros, est proche de celui observé par le service équivalent de Figeac, mais le taux d'absentéisme est plus élevé.

        ## Perspectives

        Le CIAS prépare la fusion de ses deux services d'aide et de soins à domicile, imposée par la réforme de 2022, et la rénovation de la résidence de Cahors. Le département du Lot, qui finance l'allocation personnalisée d'autonomie, sera associé à la révision du tarif horaire.

        Le conseil d'administration du CIAS s'est réuni six fois en 2023. Il est composé à parts égales d'élus communautaires et de représentants des associations œuvrant dans le domaine social.
        """) with { Masthead = ["Communauté d'agglomération du Grand Cahors", "Centre intercommunal d'action sociale"] };
}

/// <summary>The centre de gestion of the fonction publique territoriale of the Moselle -> the département; Metz (seat), Thionville, Forbach and Sarreguemines are context; the Moselle is also the river; the Meurthe-et-Moselle and the Bas-Rhin are comparisons; the CC Rives de Moselle is an employer named as an example (context).</summary>
public sealed class CdgMoselleBilanEmploi2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("cdg-moselle-panorama-emploi-territorial-2023.html",
        "Panorama de l'emploi territorial en Moselle : édition 2023", "Centre de gestion de la fonction publique territoriale de la Moselle", "2024-01-23",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://cdg57.example/observatoire/panorama-2023", """
        ## L'observatoire

        Le centre de gestion de la Moselle publie chaque année un panorama de l'emploi dans les collectivités et établissements publics du département. Il s'appuie sur les rapports sociaux uniques transmis par 812 employeurs, des plus petites communes jusqu'aux grandes villes et aux intercommunalités comme la communauté de communes Rives de Moselle.

        ## Les effectifs

        Au 31 décembre 2022, les employeurs territoriaux mosellans comptaient 31 400 agents, dont 74 % de fonctionnaires. La filière technique rassemble 44 % des effectifs, devant la filière administrative (24 %) et la filière médico-sociale (11 %). L'âge moyen atteint 46,3 ans, et plus d'un agent sur trois a plus de 55 ans dans les communes de moins de 1 000 habitants.

        ## Les recrutements

        Le centre de gestion a publié 2 140 offres d'emploi en 2023, en hausse de 14 %. Les métiers les plus difficiles à pourvoir sont ceux de secrétaire de mairie, d'auxiliaire de puériculture et de mécanicien. Les collectivités du bassin houiller, autour de Forbach, et celles du nord du département, proches du Luxembourg, rencontrent les plus grandes difficultés : les salaires frontaliers attirent une partie des candidats.

        ## Comparaisons

        L'absentéisme pour raison de santé, de 9,8 %, est légèrement supérieur à celui observé en Meurthe-et-Moselle et dans le Bas-Rhin. La part des agents à temps partiel est en revanche plus faible.

        ## Les services du centre

        Outre l'organisation des concours, le centre propose un service de remplacement, une médecine préventive et un accompagnement au reclassement. Il a ouvert en 2023 une antenne à Sarreguemines, en complément de son siège de Metz et de son antenne de Thionville, pour rapprocher ses services des employeurs de l'est de la Moselle.

        ## Méthode

        Les données sont issues des rapports sociaux uniques de l'année 2022. Le taux de réponse atteint 87 % ; les résultats ont été redressés pour tenir compte des employeurs qui n'ont pas répondu.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Observatoire", "Panoramas"] };
}

/// <summary>The PETR du Pays de Langres (a syndicat mixte), members the CC du Grand Langres, the CC d'Auberive Vingeanne et Montsaugeonnais and the CC des Savoir-Faire (Haute-Marne) -> the three EPCI; Langres (seat), Chalindrey, Bourbonne-les-Bains, Fayl-Billot and Nogent are context; Chaumont and Dijon are context; the Marne and the Aube are rivers (also départements, not subjects); the plateau de Langres is a landscape; the Haute-Marne is context.</summary>
public sealed class PetrPaysDeLangres2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("petr-pays-de-langres-projet-territoire-2024.html",
        "Projet de territoire 2024-2030 : le Pays de Langres fixe ses priorités", "PETR du Pays de Langres", "2024-04-17",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://pays-langres.example/projet-de-territoire", """
        ## Un pôle, trois communautés

        Le pôle d'équilibre territorial et rural du Pays de Langres est un syndicat mixte qui réunit trois communautés de communes du sud de la Haute-Marne : le Grand Langres, Auberive Vingeanne et Montsaugeonnais, et les Savoir-Faire. Ensemble, elles rassemblent environ 46 000 habitants répartis dans 165 communes, sur un plateau où naissent la Marne, l'Aube et plusieurs affluents de la Saône.

        Le comité syndical a adopté le 12 avril 2024 son projet de territoire pour la période 2024-2030. Ce document fixe les priorités que le pôle défendra dans ses contrats avec l'État, la région et l'Europe.

        ## Les quatre priorités

        - Accueillir de nouveaux habitants : le territoire a perdu 7 % de sa population en quinze ans ; le pôle veut développer l'offre de logements rénovés dans les centres de Langres, de Chalindrey et de Bourbonne-les-Bains.
        - Soutenir les savoir-faire : la coutellerie de Nogent, la vannerie de Fayl-Billot et la filière bois seront accompagnées par un programme de formation et de transmission d'entreprises.
        - Réussir la transition énergétique : trois chaufferies collectives au bois et un plan de rénovation des bâtiments publics sont prévus.
        - Améliorer l'accès aux soins : deux maisons de santé et un centre de santé intercommunal doivent ouvrir d'ici 2027.

        ## Les moyens

        Le pôle dispose d'une équipe de neuf personnes, installée à Langres. Il gère le programme européen de développement rural et le contrat local de santé. Son budget de 1,3 million d'euros est financé par les contributions des trois communautés, au prorata de leur population, et par des subventions.

        ## Les relations avec les voisins

        Le projet prévoit des coopérations avec l'agglomération de Chaumont pour la mobilité et avec la métropole de Dijon pour l'accueil d'entreprises, sans modifier le périmètre du pôle.

        Le document complet, ainsi que les comptes rendus des ateliers de concertation, peuvent être consultés au siège du pôle et téléchargés sur son site.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Mise à jour : 17 avril 2024" };
}
