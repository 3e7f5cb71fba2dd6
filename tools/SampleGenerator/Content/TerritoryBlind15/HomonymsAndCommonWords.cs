using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind15 territory split (issue 13): homonymous communes and communes named like common words, one subject each.
namespace SampleGenerator.Content.TerritoryBlind15;

/// <summary>Aurel (Vaucluse); Aurel (Drôme) is named to rule it out; Sault and Carpentras are context; the CC Ventoux Sud is membership (context); the mont Ventoux and the plateau d'Albion are landscapes; the Vaucluse is context; the observatory's association is a body name.</summary>
public sealed class AurelCielEtoile2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("aurel-84-extinction-eclairage-ciel-etoile-2024.html",
        "Aurel éteint ses lampadaires pour retrouver le ciel étoilé", "Commune d'Aurel", "2024-07-09",
        DocumentTypeLabels.Page, Themes.Durable, "https://aurel-ventoux.example/environnement/ciel-etoile", """
        ## Une décision du conseil municipal

        À compter du 1er août, l'éclairage public de la commune d'Aurel sera éteint de 23 heures à 5 heures du matin, toute l'année. Le conseil municipal a adopté cette mesure à l'unanimité le 2 juillet, après une période d'essai de six mois qui n'a suscité aucune plainte. Le village perché de 190 habitants, entre le mont Ventoux et le plateau d'Albion, rejoint ainsi les nombreuses communes du secteur qui protègent la qualité de leur ciel nocturne.

        ## Des économies et un paysage

        La commune compte 64 points lumineux, dont la moitié a été remplacée par des lampes à LED orientées vers le sol. Avec l'extinction nocturne, la consommation d'électricité de l'éclairage diminuera de 70 %, soit une économie de 5 200 euros par an, une somme importante pour un budget de fonctionnement de 280 000 euros. Mais les élus mettent surtout en avant la beauté du ciel : par nuit claire, la Voie lactée est visible à l'œil nu depuis la place de l'église.

        ## Un atout pour le tourisme

        Les nuits d'été attirent déjà des astronomes amateurs, qui installent leurs instruments sur les hauteurs, loin des lumières de Carpentras et de la vallée du Rhône. L'association d'astronomie du pays de Sault organisera trois soirées d'observation ouvertes au public en août. Les hébergeurs de la commune souhaitent proposer des séjours associant randonnée, lavande et observation du ciel.

        ## La faune nocturne

        L'extinction profite aussi aux chauves-souris, aux papillons de nuit et aux oiseaux migrateurs, perturbés par la lumière artificielle. La communauté de communes Ventoux Sud, dont la commune est membre, mène un inventaire de la biodiversité nocturne et recommande d'étendre la mesure aux zones d'activités.

        ## Une précision

        Un article de presse a attribué cette décision à Aurel, commune homonyme de la Drôme. Il s'agit bien de notre commune du Vaucluse. Les habitants qui souhaitent un éclairage ponctuel pour une manifestation peuvent en faire la demande en mairie.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Mis en ligne le 9 juillet 2024", Breadcrumb = ["Environnement", "Éclairage public"] };
}

/// <summary>Florentin (Tarn), also a first name (M. Florentin Marty); Saint-Florentin (Yonne) is named to rule it out; Gaillac and Albi are context; the CA Gaillac-Graulhet is membership (context); the SDIS du Tarn is a departmental body (context); the Tarn is the river and the département (context).</summary>
public sealed class FlorentinDefenseIncendie2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("florentin-81-defense-exterieure-incendie-2023.pdf",
        "Schéma communal de défense extérieure contre l'incendie de Florentin", "Commune de Florentin", "2023-09-26",
        DocumentTypeLabels.Rapport, Themes.Securite, "https://florentin81.example/schema-deci-2023.pdf",
        "Florentin - défense extérieure contre l'incendie", "points d'eau incendie", """
        ## Objet du schéma

        Le maire est chargé de la défense extérieure contre l'incendie sur le territoire de sa commune : il doit s'assurer que les pompiers disposent, à proximité de chaque habitation, d'une quantité d'eau suffisante pour éteindre un feu. Le présent schéma fait l'inventaire des points d'eau incendie de la commune de Florentin, 760 habitants, située dans le vignoble entre Gaillac et Albi, et programme les équipements à créer d'ici 2030.

        ## L'état des lieux

        La commune dispose de 19 points d'eau incendie : 14 poteaux raccordés au réseau d'eau potable et 5 réserves naturelles ou artificielles. Les contrôles réalisés avec le service départemental d'incendie et de secours du Tarn montrent que quatre poteaux ont un débit insuffisant, en raison du faible diamètre des canalisations dans les hameaux. Trente-deux habitations isolées et deux exploitations viticoles ne sont couvertes par aucun point d'eau conforme.

        ## Le programme de travaux

        - L'installation de trois citernes souples de 120 mètres cubes dans les hameaux du nord de la commune.
        - L'aménagement d'une aire d'aspiration au bord du lac collinaire, accessible aux engins en toute saison.
        - Le remplacement de deux poteaux défectueux près de l'école et de la salle des fêtes.
        - La signature de conventions avec les propriétaires de bassins privés.

        ## Le coût et le financement

        Le programme est estimé à 148 000 euros. La commune sollicitera la dotation d'équipement des territoires ruraux et l'aide du département. Les travaux seront étalés sur six ans. M. Florentin Marty, adjoint chargé de la voirie, en assurera le suivi avec les services de la communauté d'agglomération Gaillac-Graulhet, dont la commune est membre et qui gère le réseau d'eau potable.

        ## Une remarque

        Un premier projet de schéma, transmis par erreur avec les données de Saint-Florentin, dans l'Yonne, avait été rejeté par le logiciel de la préfecture ; le document a été corrigé. Le schéma est consultable en mairie et sera révisé tous les cinq ans.
        """) with { Masthead = ["Commune de Florentin", "Tarn"], Byline = ["Arrêté du maire du 26 septembre 2023"], Hyphenate = true };
}

/// <summary>Cours (Rhône, code 69066), commune nouvelle of Cours-la-Ville, Pont-Trambouze and Thel (communes déléguées) -> today's code; "cours" is also a common word ("au cours de", "cours d'eau", "cours de tennis"); Thizy-les-Bourgs, Amplepuis and Roanne are context; the CA de l'Ouest Rhodanien is membership (context); the Auvergne-Rhône-Alpes région is the publisher's area.</summary>
public sealed class CrcCoursObservations2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("crc-ara-commune-de-cours-2024.pdf",
        "Commune de Cours (Rhône) : observations définitives sur la gestion 2018-2023", "Chambre régionale des comptes Auvergne-Rhône-Alpes", "2024-06-04",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-ara.example/rod/commune-cours-2024.pdf",
        "CRC Auvergne-Rhône-Alpes - commune de Cours", "ancienne usine textile", """
        ## Présentation de la commune

        La commune de Cours est née le 1er janvier 2016 du regroupement de Cours-la-Ville, de Pont-Trambouze et de Thel. Elle compte 4 300 habitants dans le haut Beaujolais, à mi-chemin de Roanne et de Tarare. Ancien bassin textile, le territoire a perdu une grande partie de ses emplois industriels au cours des années 1990 et 2000. Les trois communes déléguées conservent une mairie annexe, mais les services sont désormais regroupés.

        ## La gouvernance de la commune nouvelle

        La chambre relève que l'harmonisation des régimes indemnitaires et des tarifs des services publics a été achevée en 2019. En revanche, la charte de la commune nouvelle, qui prévoyait une conférence annuelle des maires délégués, n'a pas été appliquée depuis 2020. Les délégations de signature ne sont pas toutes à jour.

        ## La situation financière

        Les produits de fonctionnement atteignent 5,6 millions d'euros en 2023. L'épargne brute, passée de 14 % à 9 % des produits entre 2018 et 2023, s'est dégradée sous l'effet des dépenses d'énergie et de la hausse du point d'indice. L'encours de dette reste modéré, à 4,1 millions d'euros. Les équipements sportifs, dont deux courts de tennis couverts, pèsent lourdement sur les charges.

        ## La reconversion de l'ancienne usine textile

        La commune a acquis en 2019 une ancienne usine textile de 9 000 mètres carrés le long de la Trambouze, cours d'eau sujet aux crues. Le projet de reconversion en pôle d'activités, mené avec la communauté d'agglomération de l'Ouest Rhodanien, dont la commune est membre, a pris du retard : la dépollution des sols a coûté le double des estimations initiales. La chambre recommande d'établir un plan de financement complet avant d'engager la deuxième tranche, et de rechercher des occupants avant la fin des travaux.

        ## Les recommandations

        - Réunir chaque année la conférence des maires délégués prévue par la charte.
        - Actualiser le plan pluriannuel d'investissement au cours du premier semestre 2025.
        """) with { Masthead = ["Chambre régionale des comptes", "Auvergne-Rhône-Alpes"], InfoTitle = "ROD Cours 2024" };
}

/// <summary>Vitrac (Cantal); Vitrac (Dordogne) and Vitrac (Puy-de-Dôme) are named to rule them out; Aurillac and Saint-Mamet-la-Salvetat are context; the CC de la Châtaigneraie Cantalienne is membership (context); La Poste and the Base adresse nationale are bodies (context); the Cantal is context.</summary>
public sealed class VitracAdressage2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("vitrac-15-denomination-numerotation-voies-2023.html",
        "Vitrac donne un nom à ses routes et un numéro à chaque maison", "Commune de Vitrac", "2023-11-28",
        DocumentTypeLabels.Page, Themes.Geo, "https://vitrac-cantal.example/vie-communale/adressage", """
        ## Pourquoi un adressage

        Jusqu'à cette année, la plupart des habitations de Vitrac, dans la Châtaigneraie, au sud-ouest d'Aurillac, n'avaient pas d'adresse précise : le courrier portait seulement le nom du hameau. Les secours, les livreurs et les techniciens chargés du raccordement à la fibre avaient parfois du mal à trouver les maisons. La loi impose désormais aux communes de dénommer leurs voies et de numéroter les habitations, et de publier ces adresses dans la Base adresse nationale.

        ## Le travail réalisé

        Le conseil municipal a nommé 47 voies, routes et chemins, en retenant des noms liés à l'histoire et à la géographie locales : chemin des Châtaigniers, route du Moulin, impasse de la Croix. Les 268 habitants de la commune ont été consultés lors de deux réunions publiques. Les numéros sont attribués selon la distance, en mètres, depuis le début de la voie, ce qui permettra d'intercaler de futures constructions sans renuméroter.

        ## Le coût

        La commune a acheté 52 panneaux de rue et 170 plaques de numéros, pour 14 600 euros. La préfecture a accordé une subvention de 40 % au titre de la dotation d'équipement des territoires ruraux. La communauté de communes de la Châtaigneraie Cantalienne, dont la commune est membre, a prêté gratuitement son logiciel de cartographie et l'aide de son technicien.

        ## Ce que les habitants doivent faire

        Chaque foyer a reçu un certificat d'adressage et sa plaque de numéro, à fixer de manière visible depuis la voie. Les habitants doivent communiquer leur nouvelle adresse à leurs correspondants : caisse de retraite, banque, fournisseurs d'énergie. La Poste a été informée et continuera de distribuer le courrier portant l'ancienne adresse pendant un an.

        ## Attention aux homonymes

        Les bases de données nationales confondent parfois notre commune avec Vitrac, en Dordogne, ou Vitrac, dans le Puy-de-Dôme. Pour éviter les erreurs, il est conseillé d'indiquer systématiquement le code postal 15220. Le raccordement à la fibre des derniers hameaux, autour de la route de Saint-Mamet-la-Salvetat, est prévu en 2024.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Vie communale", "Adressage"] };
}

/// <summary>Sainte-Marie (Ille-et-Vilaine); Sainte-Marie (Martinique), Sainte-Marie (La Réunion) and Sainte-Marie-aux-Mines are named to rule them out; Redon and Rennes are context; the CA Redon Agglomération is membership (context); the Vilaine is the river; the Bretagne is context.</summary>
public sealed class SainteMarieMaisonSante2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("sainte-marie-35-maison-sante-2024.pdf",
        "Sainte-Marie : une maison de santé pluriprofessionnelle pour 2026", "Commune de Sainte-Marie", "2024-02-22",
        DocumentTypeLabels.Rapport, Themes.Social, "https://saintemarie35.example/maison-sante-2024.pdf",
        "Sainte-Marie - maison de santé", "projet de santé", """
        ## Le constat

        La commune de Sainte-Marie, 2 250 habitants, voisine de Redon, a perdu deux médecins généralistes en 2022. Le dernier praticien installé dans la commune prendra sa retraite en 2026. Près d'un habitant sur cinq n'a plus de médecin traitant, et les délais pour obtenir un rendez-vous à Redon dépassent souvent trois semaines. Les infirmières, le kinésithérapeute et la pharmacie restent présents, mais dans des locaux dispersés et peu accessibles.

        ## Le projet

        Le conseil municipal a décidé de construire une maison de santé pluriprofessionnelle sur le terrain de l'ancienne école privée, au centre du bourg. Le bâtiment de 620 mètres carrés accueillera quatre cabinets médicaux, deux cabinets infirmiers, un kinésithérapeute, une orthophoniste et une salle de téléconsultation. Les professionnels ont rédigé ensemble un projet de santé, validé par l'agence régionale de santé de Bretagne en janvier 2024.

        ## Le financement

        L'opération coûte 1,9 million d'euros. La région apporte 300 000 euros, l'État 400 000 euros au titre de la dotation d'équipement des territoires ruraux, et la communauté d'agglomération Redon Agglomération, dont la commune est membre, 150 000 euros. Les loyers versés par les professionnels couvriront le remboursement de l'emprunt de 800 000 euros contracté sur vingt-cinq ans.

        ## Quelques précisions

        Des candidats ont confondu notre commune avec Sainte-Marie, en Martinique, ou avec Sainte-Marie, à La Réunion, qui ont elles aussi lancé des projets de santé. D'autres ont adressé leur courrier à Sainte-Marie-aux-Mines, en Alsace. L'appel à candidatures ne concerne que la commune d'Ille-et-Vilaine.

        ## Le calendrier

        Le permis de construire sera déposé en mai 2024, les travaux commenceront au début de 2025 et l'ouverture est prévue pour le printemps 2026. Une réunion d'information destinée aux étudiants en médecine de la faculté de Rennes est organisée le 14 mars.
        """) with { Masthead = ["Commune de Sainte-Marie", "Ille-et-Vilaine"], Ligatures = true };
}

/// <summary>Bourg (Haute-Marne), also a common word ("le bourg", "centre-bourg"); Bourg-en-Bresse and Bourg (Gironde) are named to rule them out; Langres and Chaumont are context; the CC du Grand Langres is membership (context); the Haute-Marne is context.</summary>
public sealed class BourgCentreBourgDetr2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("bourg-52-amenagement-centre-bourg-detr-2024.html",
        "Dotation d'équipement des territoires ruraux : l'aménagement du centre de Bourg retenu", "Préfecture de la Haute-Marne", "2024-03-15",
        DocumentTypeLabels.Page, Themes.Dotations, "https://haute-marne.gouv.example/detr-2024-bourg", """
        ## Une décision de la commission

        La commission départementale des élus chargée de la dotation d'équipement des territoires ruraux s'est réunie le 7 mars 2024 à Chaumont. Parmi les 214 dossiers examinés, elle a retenu le projet d'aménagement du cœur de village présenté par la commune de Bourg, au sud de Langres. Cette petite commune de 178 habitants sollicitait depuis trois ans une aide pour sécuriser la traversée du village par la route départementale.

        ## Le projet

        Les travaux portent sur 450 mètres de voirie. Ils prévoient la création de trottoirs accessibles, un plateau ralentisseur devant la mairie-école, la restauration du lavoir et la plantation d'arbres d'essences locales. Les eaux pluviales seront infiltrées dans des noues plutôt que rejetées dans le réseau. Le projet a été conçu avec le conseil d'architecture, d'urbanisme et de l'environnement, qui a insisté sur la préservation des murs en pierre sèche.

        ## Le financement

        Le montant des travaux est estimé à 312 000 euros hors taxes. La dotation accordée s'élève à 109 200 euros, soit 35 %. Le département apporte 62 400 euros au titre de son programme d'aide aux communes rurales, et la communauté de communes du Grand Langres, dont la commune est membre, participe au financement de l'éclairage public. Le reste sera couvert par l'autofinancement et un emprunt de courte durée.

        ## Attention aux homonymes

        Les services de l'État rappellent que cette subvention concerne la commune haut-marnaise. Elle ne doit pas être confondue avec les aides attribuées à Bourg-en-Bresse, dans l'Ain, ni avec celles de Bourg, commune de la Gironde située sur l'estuaire. Les maires qui souhaitent réaménager leur propre centre-bourg trouveront sur ce site la liste des pièces demandées pour la campagne 2025.

        ## La suite

        Les travaux doivent commencer dans un délai de deux ans. La première tranche, consacrée à la voirie, se déroulera à l'automne 2024 ; la restauration du lavoir suivra au printemps 2025.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actions de l'État", "Collectivités locales", "Subventions"] };
}
