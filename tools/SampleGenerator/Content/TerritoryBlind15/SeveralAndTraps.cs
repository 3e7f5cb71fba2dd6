using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind15 territory split (issue 13): two communes as joint subjects, comparisons, national figures in a local report, body and street names.
namespace SampleGenerator.Content.TerritoryBlind15;

/// <summary>Quillan and Espéraza (Aude), an entente of two communes for a shared swimming pool -> both communes; Limoux and Carcassonne are context; the CC des Pyrénées Audoises (membership of both) is context; the Aude is the river and the département (context); Axat and Couiza are context. Debatable: the CC des Pyrénées Audoises plays a part (transport of children) but is not a party to the entente; left out.</summary>
public sealed class EntenteQuillanEsperazaPiscine2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("entente-quillan-esperaza-piscine-2024.pdf",
        "Convention d'entente entre les communes de Quillan et d'Espéraza pour la piscine de la haute vallée", "Communes de Quillan et d'Espéraza", "2024-02-27",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://quillan.example/entente-piscine-esperaza.pdf",
        "Entente Quillan - Espéraza - piscine", "conférence de l'entente", """
        ## Les parties

        La commune de Quillan, représentée par son maire, et la commune d'Espéraza, représentée par son maire, ont décidé de gérer ensemble la piscine d'été située entre les deux villes, dans la haute vallée de l'Aude. Quillan compte près de 3 000 habitants et Espéraza 1 800 ; leurs centres ne sont distants que de six kilomètres. La présente convention, conclue en application du code général des collectivités territoriales, fixe les règles de cette entente.

        ## L'objet de l'entente

        L'entente porte sur la rénovation, l'entretien et l'exploitation de la piscine de plein air, construite en 1972 sur un terrain appartenant à Quillan. Les bassins fuient, les plages sont dégradées et les vestiaires ne sont pas accessibles aux personnes handicapées. Les deux communes veulent rouvrir l'équipement dès l'été 2025, après une fermeture de deux saisons.

        ## La gouvernance

        Une conférence de l'entente réunit trois conseillers municipaux de chaque commune. Elle se réunit au moins deux fois par an, alternativement à Quillan et à Espéraza, et prépare les décisions, qui restent soumises à l'approbation des deux conseils municipaux. La commune de Quillan assure la gestion administrative et recrute le personnel saisonnier.

        ## Le partage des charges

        - Les travaux de rénovation, estimés à 1,4 million d'euros hors subventions, sont partagés à 60 % pour Quillan et à 40 % pour Espéraza.
        - Les charges d'exploitation sont partagées selon la même clé, après déduction des recettes des entrées.
        - Les habitants des deux communes bénéficient du même tarif.

        ## Les partenaires

        Le département de l'Aude, la région et l'État ont été sollicités pour financer les travaux. La communauté de communes des Pyrénées Audoises, dont les deux communes sont membres, organisera le transport des enfants des accueils de loisirs d'Axat et de Couiza. Les établissements scolaires de Limoux et de Carcassonne pourront réserver des créneaux en juin.

        ## La durée

        La convention est conclue pour quinze ans. Elle pourra être dénoncée par l'une des communes avec un préavis d'un an, après remboursement des investissements non amortis.
        """) with { Masthead = ["Commune de Quillan", "Commune d'Espéraza"], Byline = ["Délibérations concordantes des 22 et 27 février 2024"], InfoDates = false };
}

/// <summary>Maurs (Cantal), a needs study for a seniors' residence where Figeac, Aurillac and Decazeville are comparisons; the CC de la Châtaigneraie Cantalienne (membership) is context; the Lot and the Aveyron are neighbouring départements (context); the Cantal is context.</summary>
public sealed class MaursResidenceSeniors2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("maurs-15-etude-residence-seniors-2024.html",
        "Maurs étudie la création d'une résidence pour les seniors", "Commune de Maurs", "2024-11-05",
        DocumentTypeLabels.Etude, Themes.Social, "https://maurs.example/solidarites/etude-residence-seniors", """
        ## Une population âgée

        Maurs, 2 200 habitants, est le bourg-centre du sud de la Châtaigneraie, aux confins du Lot et de l'Aveyron. Plus d'un habitant sur quatre y a 75 ans ou plus. Beaucoup vivent seuls dans de grandes maisons difficiles à chauffer et à entretenir, parfois éloignées du centre. L'étude commandée par la municipalité en 2024 évalue l'intérêt d'une résidence de logements adaptés, entre le domicile et l'établissement médicalisé.

        ## Les comparaisons

        L'étude compare la situation de Maurs avec celle de villes voisines. Figeac dispose de deux résidences autonomie et Aurillac de six, alors que Maurs n'en a aucune. À Decazeville, une résidence ouverte en 2019 affiche un taux d'occupation de 97 %. Ces chiffres servent de repère : les recommandations ne portent que sur Maurs, dont la taille justifie un équipement plus modeste.

        ## Les besoins

        L'enquête menée auprès de 310 personnes de plus de 70 ans montre que 42 d'entre elles envisagent de quitter leur logement dans les cinq ans. Les raisons avancées sont l'isolement, les escaliers, le jardin à entretenir et l'éloignement des commerces. La plupart souhaitent rester à Maurs, près de leurs proches et de leur médecin, plutôt que de partir vers Figeac ou Aurillac.

        ## Le projet proposé

        - Une résidence de 18 logements de plain-pied, de deux et trois pièces, près de la place et de la maison de santé.
        - Une salle commune et un jardin partagé.
        - Une présence quotidienne assurée par le service d'aide à domicile.
        - Des loyers accessibles aux retraités modestes, grâce au conventionnement avec l'État.

        ## La suite

        Un bailleur social a été sollicité pour construire et gérer la résidence sur un terrain communal. La communauté de communes de la Châtaigneraie Cantalienne, dont la commune est membre, sera associée au projet. Une réunion publique aura lieu le 20 novembre à la mairie, et le conseil municipal se prononcera avant la fin de l'année.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Solidarités", "Seniors"] };
}

/// <summary>Saint-Amand-Montrond (Cher), a retrospective financial analysis that quotes national figures and the averages of communes of its size ("contre ... en France") -> the commune only, not france:FR; Bourges and Montluçon are comparisons; the CC Cœur de France (membership; "cœur de France" is also a phrase) is context; the Cher is the département and the river (context).</summary>
public sealed class SaintAmandMontrondAnalyseFinanciere2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("saint-amand-montrond-analyse-financiere-retrospective-2024.pdf",
        "Ville de Saint-Amand-Montrond : analyse financière rétrospective 2019-2023", "Ville de Saint-Amand-Montrond", "2024-02-09",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://ville-saint-amand-montrond.example/analyse-financiere-2019-2023.pdf",
        "Saint-Amand-Montrond - analyse financière 2019-2023", "charges de centralité", """
        ## Le contexte national

        La loi de finances pour 2024 prévoit une progression de la dotation globale de fonctionnement de 320 millions d'euros pour l'ensemble des communes et intercommunalités de France. L'inflation, de 4,9 % en 2023 au niveau national, devrait ralentir à 2,6 % en 2024. Les bases fiscales sont revalorisées de 3,9 %. Ces données nationales encadrent l'analyse, mais ne suffisent pas à décrire la situation de la ville.

        ## La situation de la ville

        Saint-Amand-Montrond compte 9 900 habitants. Sa population diminue depuis vingt ans, tandis que la part des plus de 75 ans augmente. Les dépenses réelles de fonctionnement atteignent 1 210 euros par habitant, contre 1 130 euros en moyenne pour les communes françaises de même taille. Cet écart s'explique par les charges de centralité : la ville entretient un théâtre, une piscine et des équipements sportifs utilisés par tout le bassin de vie.

        ## L'épargne et la dette

        L'épargne brute s'établit à 1,6 million d'euros, soit 12 % des recettes réelles, contre 15 % pour la moyenne nationale de la strate. L'encours de dette, de 8,4 millions d'euros, représente 850 euros par habitant, un niveau proche de celui de Bourges mais supérieur à celui de Montluçon.

        ## Les marges de manœuvre

        - Maintenir le taux de la taxe foncière à son niveau de 2023.
        - Contenir la progression des charges de personnel à 2,5 %.
        - Consacrer 3,2 millions d'euros à l'investissement, dont la rénovation de l'école Jean-Jaurès et la réfection des quais du canal de Berry.
        - Poursuivre le programme de revitalisation du centre-ville, soutenu par l'État au titre de Petites villes de demain.

        ## Les relations avec l'intercommunalité

        La communauté de communes Cœur de France, dont la ville est membre, exerce la compétence économique et la collecte des déchets. Le pacte financier en cours de discussion pourrait conduire au transfert de la piscine, ce qui réduirait les charges de la ville d'environ 300 000 euros par an.
        """) with { Masthead = ["Ville de Saint-Amand-Montrond", "Cher"], Hyphenate = true };
}

/// <summary>Lannemezan (Hautes-Pyrénées), whose streets and bodies carry other places' names (avenue de Toulouse, rue de Tarbes, route de Capvern, lycée Michelet) -> the commune; Tarbes, Toulouse and Capvern are context; the plateau de Lannemezan is a landscape and also the name of the CC du Plateau de Lannemezan (membership, context); the centre hospitalier de Lannemezan is the town's own hospital (context).</summary>
public sealed class LannemezanPlanCirculation2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("lannemezan-65-plan-circulation-centre-ville-2024.html",
        "Lannemezan : le nouveau plan de circulation du centre-ville entre en vigueur", "Ville de Lannemezan", "2024-09-24",
        DocumentTypeLabels.Page, Themes.Securite, "https://lannemezan.example/actualites/plan-circulation-2024", """
        ## Pourquoi un nouveau plan

        Chaque jour, près de 9 000 véhicules traversent le centre de Lannemezan, ville de 5 800 habitants située sur le plateau du même nom, entre Tarbes et Toulouse. La majorité ne fait que passer, et les poids lourds qui desservent la zone industrielle empruntent encore les rues étroites du centre. Après un an de concertation, le conseil municipal a adopté un nouveau plan de circulation, en vigueur depuis le 23 septembre.

        ## Ce qui change

        - L'avenue de Toulouse devient à sens unique entre la place du marché et le carrefour de la rue de Tarbes.
        - La rue de Tarbes est limitée à 30 km/h sur toute sa longueur, avec deux plateaux surélevés devant les écoles.
        - Les poids lourds sont orientés vers la route de Capvern et la rocade nord, qui évite le centre.
        - Une zone de rencontre, où les piétons sont prioritaires, est créée autour de l'hôtel de ville.

        ## Les abords des établissements

        Les abords du lycée Michelet et du collège ont été réaménagés, avec un parvis élargi et un arrêt de car sécurisé. L'accès des ambulances au centre hospitalier de Lannemezan est facilité par une voie réservée depuis la rocade. Les parents sont invités à utiliser le nouveau parking de la gare pour déposer leurs enfants.

        ## Le vélo et la marche

        Quatre kilomètres de pistes cyclables relient désormais le centre aux quartiers résidentiels et à la gare. Des arceaux de stationnement ont été installés près des commerces. La communauté de communes du Plateau de Lannemezan, dont la ville est membre, étudie le prolongement de ces itinéraires vers les communes voisines.

        ## Un bilan dans six mois

        Des compteurs mesureront le trafic dans chaque rue. Un bilan sera présenté en mars 2025, et des ajustements pourront être apportés. Les remarques des habitants peuvent être adressées aux services techniques, au 2 avenue de Toulouse, ou déposées sur le site de la ville.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Actualités", "Déplacements"] };
}

/// <summary>Bourgoin-Jallieu (Isère), whose document is full of body and street names with other places (avenue de Lyon, route de Grenoble, rue de Vienne, lycée L'Oiselet, centre hospitalier Pierre-Oudot, the Syndicat des eaux de la Haute Bourbre) -> the commune; Lyon, Grenoble and L'Isle-d'Abeau are context; the CAPI (CA Porte de l'Isère, membership by acronym) is context; the Bourbre is the river; the Isère is the département (context).</summary>
public sealed class BourgoinJallieuVegetalisation2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("bourgoin-jallieu-plan-vegetalisation-ilots-fraicheur-2024.pdf",
        "Bourgoin-Jallieu : plan de végétalisation et îlots de fraîcheur 2024-2030", "Ville de Bourgoin-Jallieu", "2024-03-12",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://bourgoinjallieu.example/plan-vegetalisation-2024.pdf",
        "Bourgoin-Jallieu - plan de végétalisation", "îlots de fraîcheur", """
        ## Une ville qui a chaud

        Pendant l'été 2023, la température mesurée dans le centre de Bourgoin-Jallieu a dépassé de six degrés celle des champs voisins. La ville de 30 000 habitants, traversée par la Bourbre, compte de vastes surfaces minérales : places, parkings, cours d'école et grands axes. Le plan adopté par le conseil municipal prévoit de planter 3 000 arbres d'ici 2030 et de créer des îlots de fraîcheur accessibles à moins de cinq minutes à pied de chaque habitant.

        ## Les axes plantés

        - L'avenue de Lyon, entrée nord de la ville, recevra une double rangée d'arbres et une bande plantée entre la chaussée et la piste cyclable.
        - La route de Grenoble, au sud, sera bordée de haies et de noues qui recueilleront les eaux pluviales.
        - La rue de Vienne et les rues du centre ancien, trop étroites pour des arbres, accueilleront des plantes grimpantes sur les façades volontaires.

        ## Les cours d'école et les équipements

        Six cours d'école seront désimperméabilisées et ombragées. Les abords du lycée L'Oiselet et du centre hospitalier Pierre-Oudot feront l'objet d'une étude avec la région et l'hôpital, propriétaires des terrains. Les parcs existants, le long de la Bourbre, seront ouverts plus tard le soir pendant les vagues de chaleur.

        ## L'eau

        L'arrosage des jeunes arbres sera assuré pendant trois ans par des camions équipés de cuves, remplies avec l'eau de pluie stockée aux ateliers municipaux, afin de ne pas prélever sur le réseau du Syndicat des eaux de la Haute Bourbre lors des restrictions estivales.

        ## Le financement

        Le plan représente 4,2 millions d'euros sur sept ans. La ville sollicitera le fonds vert de l'État et l'agence de l'eau. La CAPI, dont la ville est membre, participera au financement des plantations le long des voies de bus. Des plantations de rue, décidées avec les habitants, sont prévues dans chaque quartier, de Champfleuri à Champaret. Les parkings relais utilisés par les habitants qui travaillent à Lyon ou à L'Isle-d'Abeau seront ombragés en priorité.
        """) with { Masthead = ["Ville de Bourgoin-Jallieu", "Direction des espaces verts"], Ligatures = true };
}

/// <summary>Eymoutiers (Haute-Vienne); the lac de Vassivière is a landscape and part of body names (the Syndicat mixte du lac de Vassivière, the CC des Portes de Vassivière, membership) -> context; Peyrat-le-Château and Royère-de-Vassivière are context; Limoges is context; the Creuse is a neighbour; the plateau de Millevaches is a landscape (regional natural park); the Vienne is the river.</summary>
public sealed class EymoutiersTiersLieu2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("eymoutiers-87-tiers-lieu-ancienne-tannerie-2023.html",
        "À Eymoutiers, l'ancienne tannerie devient un tiers-lieu", "Commune d'Eymoutiers", "2023-10-17",
        DocumentTypeLabels.Page, Themes.Culture, "https://eymoutiers.example/actualites/tiers-lieu-tannerie", """
        ## Un bâtiment chargé d'histoire

        Au bord de la Vienne, l'ancienne tannerie d'Eymoutiers rappelle le temps où la petite ville, aujourd'hui forte de 2 000 habitants, vivait du travail du cuir. Fermée depuis les années 1960, elle avait été rachetée par la commune en 2017. Après deux ans de travaux, elle accueille depuis le 14 octobre un tiers-lieu qui réunit un espace de travail partagé, un atelier de fabrication, une salle de spectacle et un café associatif.

        ## Un projet pour la montagne limousine

        La commune, située au pied du plateau de Millevaches, à une quarantaine de kilomètres de Limoges, attire depuis plusieurs années de nouveaux habitants, souvent jeunes, qui travaillent à distance ou créent leur activité. Le tiers-lieu leur offre un lieu de travail et de rencontre. Douze postes de travail, une connexion à très haut débit et une salle de réunion sont accessibles par abonnement.

        ## Les partenaires

        Le projet a coûté 1,8 million d'euros. L'État, la région, le département de la Haute-Vienne et les fonds européens l'ont financé à 70 %. La communauté de communes des Portes de Vassivière, dont la commune est membre, a soutenu l'atelier de fabrication. Le Syndicat mixte du lac de Vassivière, qui gère le lac et son centre d'art, programmera une partie de ses expositions hors les murs dans la salle de la tannerie.

        ## La gestion

        La commune a confié la gestion du lieu à une association d'habitants par une convention de cinq ans. Le café et les événements doivent couvrir une partie des charges ; la commune verse une subvention de fonctionnement de 30 000 euros par an.

        ## Les premiers rendez-vous

        Un marché de créateurs aura lieu chaque premier samedi du mois. Des ateliers de réparation de vélos et d'initiation au numérique sont proposés le mercredi. Des navettes depuis Peyrat-le-Château et Royère-de-Vassivière, de l'autre côté du lac, dans la Creuse, sont à l'étude.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actualités", "Culture"] };
}
