using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind14 territory split (issue 13): communes whose names are common words or first names, and homonyms in several départements.
namespace SampleGenerator.Content.TerritoryBlind14;

/// <summary>Corps (Isère, code 38128), also "corps" (a body: corps de sapeurs-pompiers, corps enseignant, corps de ferme); Corps-Nuds (Ille-et-Vilaine) is named to rule it out; La Mure, Gap and Grenoble are context; the CC de la Matheysine (membership) is context; the lac du Sautet is a landscape, the Drac the river; La Salette-Fallavaux is a neighbour.</summary>
public sealed class CorpsViabiliteHivernale2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("corps-38-viabilite-hivernale-2024.html",
        "Viabilité hivernale : ce que coûte un hiver au village", "Commune de Corps", "2024-05-06",
        DocumentTypeLabels.Page, Themes.Finances, "https://mairie-corps.example/actualites/viabilite-hivernale-2024", """
        ## Un hiver plus court, mais pas moins cher

        L'hiver 2023-2024 n'aura duré, à Corps, que onze semaines de neige au sol, contre seize en moyenne sur les dix dernières années. Pourtant, la facture du déneigement n'a pas baissé : les chutes ont été moins nombreuses mais plus lourdes, souvent suivies de pluie verglaçante, ce qui a obligé les agents à multiplier les passages de saleuse sur la route Napoléon et les rues en pente du bourg.

        Au total, la commune a consacré 96 400 euros à la viabilité hivernale, soit près de 230 euros par habitant. Ce montant comprend les heures des deux agents techniques, l'entretien de la lame et de l'étrave, 148 tonnes de sel et de pouzzolane et la location d'une chargeuse lors de l'épisode du 8 février.

        ## Qui fait quoi

        La commune dégage les voies communales, les parkings et les abords de l'école. Les routes départementales qui mènent à La Mure et vers Gap sont traitées par les services du département, et la communauté de communes de la Matheysine, dont Corps fait partie, n'intervient que pour l'accès à la déchetterie. Le chemin de la Salette, qui dessert le sanctuaire situé sur la commune voisine, fait l'objet d'une convention particulière.

        Le conseil municipal remercie le corps des sapeurs-pompiers volontaires, qui a prêté main-forte lors des fortes chutes, ainsi que le corps enseignant, qui a adapté les horaires de l'école les jours de verglas.

        ## Attention aux homonymes

        Plusieurs habitants nous ont signalé des courriers de fournisseurs adressés par erreur à Corps-Nuds, en Ille-et-Vilaine. Pensez à bien indiquer le code postal de notre commune dans vos démarches en ligne.

        ## Et l'an prochain ?

        Pour limiter les coûts, la municipalité étudie l'achat groupé de sel avec les communes riveraines du lac du Sautet et le remplacement de la vieille étrave par un modèle plus léger. Les propriétaires de corps de ferme situés en bord de voie sont invités à dégager eux-mêmes leurs accès privés, qui ne relèvent pas du service communal.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Actualités", "Services techniques"] };
}

/// <summary>Yves (Charente-Maritime, code 17483), also a first name; Saint-Yves and a person named Yves are traps; La Rochelle, Rochefort and Châtelaillon-Plage are context; the CA de La Rochelle (membership) is context; the marais d'Yves is a landscape (a nature reserve).</summary>
public sealed class YvesPlanPreventionSubmersion2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("yves-17-digues-submersion-marine-2023.pdf",
        "Protection contre la submersion marine : le programme de travaux sur les digues d'Yves", "Préfecture de la Charente-Maritime", "2023-11-14",
        DocumentTypeLabels.Rapport, Themes.Securite, "https://charente-maritime.gouv.example/digues-yves-2023.pdf",
        "Submersion marine - digues d'Yves", "cote de référence", """
        ## Le contexte

        Lors de la tempête de février 2010, la mer a franchi les ouvrages de protection sur une grande partie du littoral situé entre La Rochelle et Rochefort. À Yves, commune de 1 585 habitants, une quarantaine d'habitations ont été inondées et les terres agricoles du marais sont restées sous l'eau salée pendant plusieurs semaines. Depuis, l'État et les collectivités ont engagé un programme de rehaussement des digues, dont la dernière tranche concerne le front de mer de la commune.

        ## Les ouvrages concernés

        Le programme porte sur 3,2 kilomètres de digues, du lieu-dit des Boucholeurs jusqu'à la pointe du Rocher. Les ouvrages existants seront rehaussés pour atteindre la cote de référence fixée par le plan de prévention des risques littoraux, et leur talus côté terre sera renforcé afin de résister à une surverse. Une station de pompage permettra d'évacuer plus rapidement les eaux vers le chenal.

        Les travaux tiennent compte de la réserve naturelle du marais d'Yves, qui accueille chaque hiver des milliers d'oiseaux migrateurs. Les engins n'interviendront pas entre novembre et mars, et les matériaux seront acheminés par la route départementale plutôt que par les chemins du marais.

        ## Le financement

        Le coût total est estimé à 11,8 millions d'euros. Le fonds de prévention des risques naturels majeurs en financera 40 %, la région et le département 20 % chacun ; le reste sera apporté par la communauté d'agglomération de La Rochelle, compétente en matière de prévention des inondations et dont la commune est membre.

        ## Le calendrier

        L'enquête publique s'est tenue du 4 au 29 septembre 2023. Le commissaire enquêteur, M. Yves Le Gall, a rendu un avis favorable assorti de deux réserves portant sur l'accès des ostréiculteurs à leurs parcs pendant le chantier. Les travaux commenceront au printemps 2024 et dureront deux saisons. Les habitants de Châtelaillon-Plage, commune voisine, seront informés des déviations de la piste cyclable du littoral.
        """) with { Masthead = ["Préfecture de la Charente-Maritime", "Direction départementale des territoires et de la mer"], Hyphenate = true };
}

/// <summary>Ève (Oise, code 60226), also a first name (Ève, Adam); Nanteuil-le-Haudouin, Senlis and Crépy-en-Valois are context; the CC du Pays de Valois (membership) is context; Roissy airport is a neighbour (noise).</summary>
public sealed class EveEcoleRegroupement2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("eve-60-ecole-classe-unique-2024.html",
        "L'école d'Ève garde sa classe : le point sur la rentrée 2024", "Commune d'Ève", "2024-09-10",
        DocumentTypeLabels.Page, Themes.Culture, "https://mairie-eve.example/ecole-rentree-2024", """
        ## Une rentrée sous le signe du soulagement

        Au printemps, l'inspection académique avait envisagé de fermer l'unique classe de notre commune, faute d'effectifs suffisants. Après plusieurs réunions avec les parents et les services de l'éducation nationale, la décision a été reportée : l'école d'Ève accueille cette année dix-neuf élèves, de la grande section au CE1, sous la conduite de Mme Laurence Adam, qui entame sa sixième année dans le village.

        Ce maintien n'est pas acquis pour toujours. La commune compte 411 habitants et le nombre de naissances reste faible. C'est pourquoi le conseil municipal a engagé une réflexion sur un regroupement pédagogique avec deux communes voisines, sur le modèle de ceux qui existent déjà autour de Nanteuil-le-Haudouin.

        ## Les travaux de l'été

        Pendant les vacances, les agents communaux ont repeint la salle de classe, remplacé l'éclairage par des plafonniers à diodes et installé un préau démontable dans la cour. Le coût de ces travaux, 23 800 euros, a été couvert pour moitié par la dotation d'équipement des territoires ruraux. Le restaurant scolaire, installé dans l'ancienne salle des fêtes, propose désormais deux repas végétariens par semaine.

        ## Le transport et le périscolaire

        Le car scolaire, organisé par la région, dessert le collège de Nanteuil-le-Haudouin et le lycée de Crépy-en-Valois. Pour les plus jeunes, la garderie du matin ouvre à 7 h 15. La communauté de communes du Pays de Valois, à laquelle la commune appartient, gère le centre de loisirs du mercredi.

        ## Un prénom, un village

        Comme chaque année, l'école a reçu des lettres d'enfants portant le prénom Ève, venus de toute la France, qui s'étonnent qu'un village porte leur nom. Les élèves leur répondent en racontant la vie de la commune, entre les champs de betteraves et le passage des avions qui décollent de Roissy.

        ## Les inscriptions

        Les familles qui s'installent dans la commune peuvent inscrire leurs enfants à tout moment de l'année, en mairie, muni du livret de famille et d'un justificatif de domicile. La directrice reçoit les parents le lundi soir sur rendez-vous.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 10 septembre 2024", Breadcrumb = ["Vie scolaire"] };
}

/// <summary>Bains (Haute-Loire, code 43018), also "bains" (baths, a bathing place); Bains-les-Bains (Vosges, now La Vôge-les-Bains) and Bagnols are named to rule them out; Le Puy-en-Velay is context; the CA du Puy-en-Velay (membership) is context; the Devès is a landscape.</summary>
public sealed class BainsCarteCommunale2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("bains-43-revision-carte-communale-2024.html",
        "Révision de la carte communale de Bains : l'enquête publique est ouverte", "Commune de Bains", "2024-02-19",
        DocumentTypeLabels.Page, Themes.Geo, "https://bains43.example/urbanisme/carte-communale", """
        ## Pourquoi réviser la carte communale

        La carte communale de Bains date de 2006. Elle ne correspond plus aux besoins d'une commune qui a gagné près de deux cents habitants en quinze ans, grâce à sa proximité avec Le Puy-en-Velay, à une quinzaine de kilomètres. Elle doit aussi être mise en conformité avec le schéma de cohérence territoriale du Velay, qui demande de limiter la consommation de terres agricoles.

        Le projet soumis à l'enquête réduit de 9 à 4,5 hectares les terrains constructibles. Il recentre l'urbanisation autour du bourg et des hameaux de Fay et de Jalasset, et rend à l'agriculture plusieurs parcelles éloignées des réseaux.

        ## Une question de nom

        Notre commune ne possède ni thermes ni établissement de bains, contrairement à ce que croient certains visiteurs. Son nom viendrait d'anciennes sources, aujourd'hui captées pour l'eau potable. Les promoteurs qui nous confondent avec Bains-les-Bains, dans les Vosges, devenue La Vôge-les-Bains, ou avec les nombreux Bagnols du Midi, sont priés de vérifier l'adresse avant de nous écrire.

        ## Les modalités de l'enquête

        L'enquête publique se déroule du 4 mars au 5 avril 2024. Le dossier peut être consulté à la mairie aux heures d'ouverture et sur le site internet de la commune. La commissaire enquêtrice tiendra trois permanences, le 4 mars, le 20 mars et le 5 avril. Les observations peuvent aussi être adressées par courrier ou par voie électronique.

        ## Et ensuite

        Après l'enquête, le conseil municipal approuvera le projet, éventuellement modifié, puis le transmettra au préfet. La communauté d'agglomération du Puy-en-Velay, dont Bains est membre, a été associée à la révision, car elle prépare de son côté un programme local de l'habitat. Les habitants qui souhaitent construire sur le plateau du Devès peuvent dès à présent prendre rendez-vous avec le secrétariat de mairie pour connaître les règles applicables à leur terrain.

        La municipalité rappelle que la carte communale ne fixe pas de règles de construction détaillées : les permis sont instruits selon le règlement national d'urbanisme, qui continue de s'appliquer dans les secteurs constructibles.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Urbanisme", "Enquêtes publiques"] };
}

/// <summary>Le Luc (Var, code 83073), also "Luc" (a first name); Luc (Lozère), Luc (Hautes-Pyrénées), Luc-sur-Mer and Saint-Luc are named to rule them out; Le Cannet-des-Maures (neighbour), Brignoles, Draguignan and Toulon are context; the CC Cœur du Var (membership) is context; the plaine des Maures is a landscape.</summary>
public sealed class CrcPacaLeLuc2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("crc-paca-commune-du-luc-2024.pdf",
        "Commune du Luc (Var) : rapport d'observations définitives, exercices 2018 et suivants", "Chambre régionale des comptes Provence-Alpes-Côte d'Azur", "2024-06-27",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-paca.example/rod/commune-du-luc-2024.pdf",
        "CRC Provence-Alpes-Côte d'Azur - commune du Luc", "gestion de la piscine", """
        ## Synthèse

        La chambre a contrôlé les comptes et la gestion de la commune du Luc pour les exercices 2018 et suivants. Peuplée de 11 310 habitants, la commune se situe au centre du département, sur l'axe qui relie Toulon à Draguignan et à l'autoroute A8. Elle appartient à la communauté de communes Cœur du Var, dont elle est la commune la plus peuplée, devant sa voisine Le Cannet-des-Maures.

        Pour éviter toute confusion, la chambre précise que le présent rapport ne concerne ni la commune de Luc en Lozère, ni celle de Luc dans les Hautes-Pyrénées, ni Luc-sur-Mer dans le Calvados, dont les comptes relèvent d'autres juridictions.

        ## La situation financière

        L'épargne brute de la commune a diminué de 2,9 millions d'euros en 2018 à 1,6 million en 2022, sous l'effet d'une progression rapide des charges de personnel. La capacité de désendettement, de 9,4 années en fin de période, reste en deçà du seuil d'alerte mais se dégrade. La chambre recommande d'adopter un plan pluriannuel d'investissement réaliste, les taux de réalisation des dépenses d'équipement n'ayant jamais dépassé 55 %.

        ## La gestion des ressources humaines

        Le temps de travail des agents est inférieur à la durée légale de 1 607 heures, en raison de jours de congés accordés sans base juridique. La chambre demande à la commune de régulariser cette situation, comme la loi l'y obligeait depuis 2022.

        ## La gestion de la piscine municipale

        L'équipement, construit en 1974, accueille les scolaires de plusieurs communes de la plaine des Maures. Son déficit d'exploitation atteint 410 000 euros par an, entièrement supporté par la commune. La chambre invite celle-ci à rechercher une participation des communes dont les élèves fréquentent le bassin, ou un transfert à l'intercommunalité.

        ## Réponse de l'ordonnateur

        Le maire, M. Luc Ferrand, indique que les congés irréguliers ont été supprimés au 1er janvier 2024 et que des discussions sont engagées avec Brignoles et les communes voisines sur l'avenir de la piscine.
        """) with { Masthead = ["Chambre régionale des comptes", "Provence-Alpes-Côte d'Azur"], InfoTitle = "ROD commune du Luc" };
}

/// <summary>Salles (Deux-Sèvres, code 79303), also "salles" (rooms, halls); Salles in the Gironde, the Lot-et-Garonne, the Tarn and the Hautes-Pyrénées are named to rule them out; Saint-Maixent-l'École and Niort are context; the CC Haut Val de Sèvre (membership) is context; the Sèvre niortaise is the river.</summary>
public sealed class SallesReglementSalles2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("salles-79-tarifs-location-salles-2024.html",
        "Location des salles communales : les nouveaux tarifs au 1er janvier 2024", "Commune de Salles", "2023-12-18",
        DocumentTypeLabels.Page, Themes.Finances, "https://salles79.example/vie-pratique/location-des-salles", """
        ## Deux salles à votre disposition

        La commune de Salles met à la disposition des habitants, des associations et des entreprises deux équipements : la salle des fêtes, d'une capacité de 180 personnes, et la petite salle de l'ancien presbytère, qui peut accueillir 40 personnes. Les deux salles ont été rénovées en 2022 grâce à une subvention de l'État et à un fonds de concours de la communauté de communes Haut Val de Sèvre.

        ## Les tarifs votés par le conseil municipal

        Par délibération du 11 décembre 2023, le conseil municipal a fixé les tarifs suivants, applicables aux réservations effectuées à partir du 1er janvier 2024.

        | Équipement | Habitants de la commune | Extérieurs | Associations locales |
        | Salle des fêtes, week-end | 260 € | 420 € | gratuit (deux fois par an) |
        | Salle des fêtes, journée en semaine | 120 € | 200 € | gratuit |
        | Salle du presbytère, journée | 60 € | 95 € | gratuit |
        Source : délibération du conseil municipal du 11 décembre 2023

        Une caution de 500 euros est demandée pour la salle des fêtes, de 150 euros pour la salle du presbytère. Le chauffage est facturé en supplément d'octobre à avril, selon le relevé du compteur.

        ## Une précaution avant de réserver

        Chaque année, la mairie reçoit des demandes destinées à d'autres communes du même nom : Salles en Gironde, Salles en Lot-et-Garonne, Salles dans le Tarn ou dans les Hautes-Pyrénées. Notre commune est celle des Deux-Sèvres, située entre Saint-Maixent-l'École et la vallée de la Sèvre niortaise, à une trentaine de kilomètres de Niort.

        ## Comment réserver

        Les réservations se font au secrétariat de mairie, le mardi et le vendredi matin, ou par courriel. Un état des lieux est établi à la remise et au retour des clés. Les utilisateurs doivent respecter le voisinage : la musique amplifiée est interdite après deux heures du matin et les portes donnant sur la place doivent rester fermées pendant les soirées.

        Les associations de la commune qui organisent une manifestation ouverte au public bénéficient en outre du prêt gratuit des tables, des chaises et de la sonorisation, à réserver au moins quinze jours à l'avance.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Vie pratique", "Salles communales"] };
}

/// <summary>Moulins (Ille-et-Vilaine, code 35198), also "moulins" (mills); Moulins (Allier), Moulins (Aisne) and Moulins-la-Marche are named to rule them out; Vitré and Rennes are context; the CA Vitré Communauté (membership) is context; the Seiche is the river.</summary>
public sealed class MoulinsCompteAdministratif2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("moulins-35-compte-administratif-2023.pdf",
        "Compte administratif 2023 : note de présentation brève et synthétique", "Commune de Moulins", "2024-04-15",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://moulins35.example/finances/ca-2023.pdf",
        "Commune de Moulins (Ille-et-Vilaine) - compte administratif 2023", "excédent de fonctionnement", """
        ## Objet de la note

        Cette note accompagne le compte administratif 2023 de la commune de Moulins, en Ille-et-Vilaine, conformément à l'article L. 2313-1 du code général des collectivités territoriales. Elle s'adresse aux habitants et aux élus, et ne doit pas être confondue avec les documents budgétaires de Moulins, préfecture de l'Allier, ni de Moulins dans l'Aisne, ni de Moulins-la-Marche dans l'Orne, dont les noms reviennent souvent dans les recherches en ligne.

        ## La section de fonctionnement

        Les recettes réelles de fonctionnement atteignent 612 000 euros, en hausse de 4,1 %. Les impôts locaux en représentent 51 %, les dotations de l'État 29 % et l'attribution de compensation versée par Vitré Communauté 8 %. Les dépenses réelles s'élèvent à 498 000 euros : les charges de personnel (quatre agents et demi) en constituent la moitié, suivies des charges à caractère général, qui ont augmenté de 12 % sous l'effet du prix de l'électricité.

        L'excédent de fonctionnement de l'exercice, 114 000 euros, est affecté en priorité au financement des investissements de 2024.

        ## La section d'investissement

        La commune a réalisé 287 000 euros de dépenses d'équipement. Le principal chantier a été la restauration de la passerelle sur la Seiche, près de l'ancien moulin à farine qui a donné son nom au bourg, pour 118 000 euros. Les autres opérations concernent la voirie du lotissement des Prés, l'accessibilité de la mairie et l'achat d'un tracteur-tondeuse.

        ## La dette

        L'encours de dette au 31 décembre 2023 s'établit à 392 000 euros, soit 541 euros par habitant. Aucun emprunt nouveau n'a été contracté. La capacité de désendettement est de 3,4 années.

        ## Perspectives

        En 2024, la commune prévoit d'engager l'extension du cimetière et d'étudier, avec l'association des amis des moulins de la vallée, la mise en valeur du patrimoine hydraulique. Elle suivra avec attention les décisions de l'agglomération de Vitré en matière de voirie et de petite enfance.
        """) with { Byline = ["Conseil municipal du 11 avril 2024"], InfoDates = false };
}

/// <summary>Gilles (Eure-et-Loir, code 28180), also a first name; Saint-Gilles (Gard) and Saint-Gilles-Croix-de-Vie are named to rule them out; Anet, Dreux and Pacy-sur-Eure are context; the CA du Pays de Dreux (membership; a subject of another document here) is context; the Eure is the river (also a département, not a subject).</summary>
public sealed class GillesEgliseToiture2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("gilles-28-eglise-toiture-souscription-2023.html",
        "Église Saint-Pierre : une souscription pour sauver la toiture", "Commune de Gilles", "2023-10-02",
        DocumentTypeLabels.Page, Themes.Culture, "https://gilles28.example/patrimoine/eglise-souscription", """
        ## Un clocher en danger

        Lors de la visite de contrôle de l'été dernier, l'architecte a constaté que la charpente du clocher de l'église Saint-Pierre de Gilles était attaquée par des insectes xylophages et que plusieurs ardoises s'étaient détachées après les orages de juin. Le clocher a été mis sous bâche et l'accès au parvis a été limité par précaution.

        Le montant des travaux nécessaires est estimé à 186 000 euros hors taxes. C'est une somme considérable pour une commune de 498 habitants, dont le budget d'investissement annuel dépasse rarement 80 000 euros.

        ## Le plan de financement

        - Dotation d'équipement des territoires ruraux : 55 800 euros (30 %)
        - Conseil départemental d'Eure-et-Loir, aide au patrimoine rural : 37 200 euros (20 %)
        - Fonds de concours de l'agglomération du Pays de Dreux : 18 600 euros (10 %)
        - Souscription publique avec la Fondation du patrimoine : objectif 30 000 euros
        - Autofinancement communal : le solde

        ## Comment donner

        La souscription est ouverte à tous, particuliers et entreprises. Chaque don donne droit à une réduction d'impôt. Des bulletins sont disponibles à la mairie, à la boulangerie d'Anet et lors des manifestations du village. Le premier donateur s'appelle, comme il se doit, Gilles : un habitant de Pacy-sur-Eure dont les grands-parents se sont mariés dans l'église en 1952.

        ## Un peu d'histoire

        L'église a été construite au XIIe siècle, sur les hauteurs qui dominent la vallée de l'Eure, et remaniée au XVIe siècle. Elle abrite une statue de saint Pierre en bois polychrome, inscrite à l'inventaire des monuments historiques. Nos lecteurs ne doivent pas la confondre avec les églises de Saint-Gilles, dans le Gard, ou de Saint-Gilles-Croix-de-Vie, en Vendée, qui reçoivent parfois les dons qui nous étaient destinés.

        ## Calendrier

        Les entreprises seront choisies en janvier, pour un chantier prévu d'avril à septembre 2024. Une visite du chantier sera proposée aux donateurs pendant les Journées du patrimoine.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Patrimoine"] };
}

/// <summary>Le Port (Ariège, code 09231), also "port" (a harbour, a mountain pass); Le Port (La Réunion) is named to rule it out; the port de Lers is a pass and a lake (landscape); Massat, Saint-Girons and Foix are context; the CC Couserans-Pyrénées (membership) is context; the Couserans is a landscape.</summary>
public sealed class LePortArieeRouteDuPort2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("le-port-09-budget-primitif-2024.pdf",
        "Budget primitif 2024 de la commune du Port", "Commune du Port", "2024-04-08",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://leport09.example/budget-2024.pdf",
        "Commune du Port (Ariège) - budget primitif 2024", "cent soixante-neuf habitants", """
        ## Une petite commune de montagne

        Le Port compte cent soixante-neuf habitants répartis entre le village et une dizaine de hameaux, sur une commune de près de quarante kilomètres carrés qui s'étend jusqu'au col et à l'étang de Lers. Malgré son nom, la commune n'a rien de maritime : dans les Pyrénées, un port désigne un col, et c'est le port de Lers, passage entre la vallée de Massat et celle de Vicdessos, qui a donné son nom au village. Il ne faut pas la confondre avec Le Port, sur l'île de La Réunion, près de deux cents fois plus peuplée.

        ## Le fonctionnement

        Le budget de fonctionnement s'équilibre à 214 000 euros. Les principales dépenses sont le salaire de l'agent technique à mi-temps et de la secrétaire de mairie, partagée avec Massat, l'entretien des 28 kilomètres de voirie communale et le déneigement, confié à un agriculteur. Les recettes proviennent pour 46 % des dotations de l'État, pour 31 % des impôts locaux et pour le reste des locations de pacages et de la vente de bois de la forêt communale.

        ## L'investissement

        La section d'investissement s'élève à 168 000 euros. Elle finance la réfection du mur de soutènement de la route de Lers, endommagé par les pluies de l'automne, et la mise aux normes du réservoir d'eau potable du hameau de Saint-Antoine. Ces deux opérations sont soutenues par le département de l'Ariège et par l'État. La commune n'emprunte pas cette année.

        ## Les relations avec l'intercommunalité

        La communauté de communes Couserans-Pyrénées, dont le siège est à Saint-Girons, assure la collecte des déchets, l'école de Massat et l'office de tourisme. Le conseil municipal a demandé qu'une navette estivale relie de nouveau le village à l'étang de Lers, très fréquenté en juillet et en août, et à la gare de Foix.

        ## Vote

        Le budget a été adopté à l'unanimité des onze conseillers présents.
        """) with { Masthead = ["Commune du Port", "Ariège"], Ligatures = true };
}

/// <summary>Paule (Côtes-d'Armor, code 22163), also a first name (Paule, Paul); Carhaix-Plouguer, Rostrenen and Guingamp are context; the CC du Kreiz-Breizh (membership) is context; the Finistère is a neighbour; the Morbihan and the Bretagne are context; the Kreiz-Breizh (central Brittany) is a landscape.</summary>
public sealed class PauleDernierCommerce2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("paule-22-reprise-dernier-commerce-2024.html",
        "Le bar-épicerie du bourg rouvre ses portes", "Commune de Paule", "2024-10-08",
        DocumentTypeLabels.Page, Themes.Emploi, "https://paule22.example/actualites/bar-epicerie", """
        ## Un commerce racheté par la commune

        Fermé depuis dix-huit mois après le départ à la retraite de ses propriétaires, le bar-épicerie de la place de l'église a rouvert le 1er octobre. Le conseil municipal avait décidé, au printemps 2023, de racheter les murs pour éviter que le dernier commerce du bourg ne soit transformé en logement. Les travaux de mise aux normes de la cuisine, de l'accessibilité et de la chambre froide ont coûté 148 000 euros, dont 60 % ont été financés par l'État, la région et la communauté de communes du Kreiz-Breizh, à laquelle Paule appartient.

        ## Les nouveaux gérants

        Le fonds a été confié, par un bail commercial à loyer modéré, à Paule et Yannick Le Bihan, un couple originaire du Finistère voisin, qui a été choisi parmi six candidatures. Le hasard a voulu que la gérante porte le nom de la commune : les habitants s'en amusent déjà. L'établissement propose une épicerie de dépannage, un dépôt de pain, le journal, un point relais pour les colis et, le midi, un menu ouvrier à quinze euros.

        ## Pourquoi la commune s'est engagée

        Paule compte 671 habitants. Depuis la fermeture du commerce, les plus âgés devaient se rendre à Rostrenen ou à Carhaix-Plouguer pour le moindre achat, ce qui posait des difficultés à ceux qui ne conduisent plus. Le bar était aussi le seul lieu de rencontre ouvert toute l'année, en dehors des manifestations associatives.

        ## Les horaires

        Le commerce est ouvert du mardi au dimanche, de 7 h 30 à 13 h 30 et de 16 h 30 à 20 heures, avec une fermeture tardive le vendredi pour les soirées musicales. Il sera fermé deux semaines en janvier.

        ## Un réseau de petits commerces

        La commune a rejoint le réseau des commerces de proximité animé par la chambre de commerce, qui réunit une quarantaine de bourgs du centre de la Bretagne, de Guingamp à la limite du Morbihan. Les gérants bénéficieront de formations et d'achats groupés.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Publié le 8 octobre 2024", Breadcrumb = ["Actualités", "Commerce"] };
}
