using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind14 territory split (issue 13): communes nouvelles and their communes déléguées.
namespace SampleGenerator.Content.TerritoryBlind14;

/// <summary>Margaux-Cantenac (Gironde, code 33268), commune nouvelle of Margaux and Cantenac (2017) -> today's code; "Margaux" is also a first name, a wine appellation and a château; Pauillac, Bordeaux and Castelnau-de-Médoc are context; the CC Médoc Estuaire (membership) is context; the Gironde is the estuary (also a département, not a subject); the Médoc is a landscape.</summary>
public sealed class MargauxCantenacVoirie2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("margaux-cantenac-plan-voirie-2024.html",
        "Plan pluriannuel de voirie : les chantiers de 2024 à 2026", "Commune de Margaux-Cantenac", "2024-03-04",
        DocumentTypeLabels.Page, Themes.Finances, "https://margaux-cantenac.example/actualites/plan-voirie", """
        ## Une commune, deux bourgs

        Depuis le 1er janvier 2017, Margaux et Cantenac forment une seule commune, Margaux-Cantenac, qui compte aujourd'hui 2 845 habitants. Les deux bourgs ont conservé leur identité, leurs écoles et leurs fêtes, mais la voirie est désormais gérée par un service unique. Le conseil municipal a adopté le 26 février un plan pluriannuel qui programme l'entretien des 62 kilomètres de routes et de chemins communaux.

        ## Les priorités

        Le diagnostic réalisé l'an dernier a classé chaque voie selon son état et son trafic. Les chemins de vignes, très sollicités au moment des vendanges par les tracteurs et les machines à vendanger, sont les plus dégradés. Le plan consacre 1,4 million d'euros sur trois ans à leur réfection, en commençant par ceux qui desservent les châteaux les plus fréquentés par les visiteurs.

        - 2024 : route des palus, entre le bourg de Margaux et l'estuaire ; rue principale de Cantenac.
        - 2025 : chemins des vignes du plateau ; création d'un trottoir devant l'école de Cantenac.
        - 2026 : voie de liaison entre les deux bourgs, avec une piste cyclable.

        ## Le financement

        Le département de la Gironde participera au titre de son aide aux routes communales, et la communauté de communes Médoc Estuaire, dont la commune est membre, financera la piste cyclable dans le cadre de son schéma intercommunal. Les propriétés viticoles ont été sollicitées pour un fonds de concours volontaire, une première dans le Médoc.

        ## Circulation pendant les travaux

        Les chantiers seront interrompus pendant les vendanges et pendant le marathon du mois de septembre, qui traverse la commune entre Pauillac et Castelnau-de-Médoc. Les riverains seront informés deux semaines à l'avance.

        ## Un nom célèbre

        La mairie reçoit régulièrement des courriers adressés à « Margaux », prénom de nombreuses petites filles ou nom de l'appellation viticole. Nous rappelons que l'adresse officielle de la commune est celle de Margaux-Cantenac, et que les services sont installés dans l'ancienne mairie de Margaux, à une vingtaine de kilomètres au nord de Bordeaux.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Actualités", "Voirie"] };
}

/// <summary>Saint-Martin-de-Belleville, Saint-Jean-de-Belleville and Villarlurin, communes déléguées of Les Belleville (Savoie, code 73257; 2016, 2019) -> today's code; Val Thorens and Les Menuires are resorts of the commune; Belleville (Paris district), Belleville-en-Beaujolais and Belleville-sur-Meuse are named to rule them out; Moûtiers is context; the CC Cœur de Tarentaise (membership) is context.</summary>
public sealed class CrcAraLesBelleville2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("crc-ara-commune-les-belleville-2024.pdf",
        "Commune des Belleville (Savoie) : rapport d'observations définitives", "Chambre régionale des comptes Auvergne-Rhône-Alpes", "2024-09-19",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-ara.example/rod/les-belleville-2024.pdf",
        "CRC Auvergne-Rhône-Alpes - commune des Belleville", "remontées mécaniques", """
        ## Procédure

        La chambre a inscrit à son programme le contrôle des comptes et de la gestion de la commune des Belleville à compter de l'exercice 2017. La commune nouvelle a été créée le 1er janvier 2016 par le regroupement de Saint-Martin-de-Belleville et de Villarlurin, rejointes le 1er janvier 2019 par Saint-Jean-de-Belleville. Elle ne présente aucun lien avec le quartier parisien de Belleville, ni avec Belleville-en-Beaujolais ou Belleville-sur-Meuse.

        ## Une commune station

        Avec 3 498 habitants permanents, la commune compte plus de 60 000 lits touristiques, répartis entre ses deux stations, Les Menuires et Val Thorens. Ses recettes de fonctionnement, de l'ordre de 70 millions d'euros, sont sans commune mesure avec celles d'une collectivité de taille comparable. Elles proviennent pour une large part des redevances versées par les exploitants des remontées mécaniques et de la fiscalité sur les résidences secondaires.

        ## Les observations

        La chambre relève que la fusion des trois anciennes communes a été menée sans harmonisation complète des régimes indemnitaires : des agents exerçant les mêmes fonctions perçoivent des primes différentes selon leur commune d'origine. Elle recommande d'achever cette harmonisation.

        Les conventions de délégation de service public pour les remontées mécaniques ont été renégociées en 2021. La chambre estime que les investissements prévus par les délégataires, notamment pour la production de neige, doivent faire l'objet d'un suivi plus rigoureux, au regard de l'évolution du climat.

        ## La situation financière

        La situation financière est solide : l'épargne brute représente 31 % des recettes et la dette pourrait être remboursée en moins de trois ans. La chambre invite toutefois la commune à mieux distinguer, dans ses documents budgétaires, les dépenses propres aux stations et celles qui bénéficient aux villages de la vallée, jusqu'aux portes de Moûtiers.

        ## Réponse

        Le maire a indiqué que l'harmonisation des régimes indemnitaires serait achevée au 1er janvier 2025.

        Le rapport, accompagné de la réponse du maire, a été communiqué au conseil municipal lors de sa séance suivante.
        """) with { Masthead = ["Chambre régionale des comptes", "Auvergne-Rhône-Alpes"], Byline = ["Observations définitives délibérées le 4 juillet 2024"] };
}

/// <summary>Lanslebourg-Mont-Cenis, Lanslevillard, Bramans, Sollières-Sardières and Termignon, communes déléguées of Val-Cenis (Savoie, code 73290; 2017) -> today's code; the mont Cenis is a pass and a lake (landscape); Modane and Saint-Jean-de-Maurienne are context; Susa (Italy) is a neighbour; the CC Haute Maurienne Vanoise (membership) is context; the Arc is the river; the Vanoise is a national park.</summary>
public sealed class ValCenisEauPotable2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("val-cenis-schema-eau-potable-2023.html",
        "Schéma directeur d'eau potable : sécuriser l'alimentation des cinq villages", "Commune de Val-Cenis", "2023-12-07",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://val-cenis.example/services/eau-schema-directeur", """
        ## Pourquoi un schéma directeur

        Val-Cenis est née le 1er janvier 2017 de la réunion de cinq communes de Haute-Maurienne : Bramans, Lanslebourg-Mont-Cenis, Lanslevillard, Sollières-Sardières et Termignon. Chacune disposait de ses propres captages, réservoirs et réseaux, construits à des époques différentes et gérés selon des règles différentes. Le schéma directeur adopté par le conseil municipal le 30 novembre 2023 établit un programme commun de travaux pour les quinze prochaines années.

        ## Le diagnostic

        La commune exploite 23 captages de sources et un forage. En hiver, la population est multipliée par six dans les villages de Lanslebourg et de Lanslevillard, qui accueillent le domaine skiable, alors que les sources sont à leur plus bas niveau. Lors des hivers secs de 2022 et de 2023, deux réservoirs ont dû être alimentés par camion-citerne. À Bramans et à Sollières, les réseaux anciens perdent près de la moitié de l'eau distribuée.

        ## Le programme

        - Interconnexion des réseaux de Termignon, Lanslebourg et Lanslevillard, pour 3,6 millions d'euros.
        - Construction d'un réservoir de 1 500 mètres cubes au-dessus de Lanslevillard.
        - Renouvellement de 11 kilomètres de canalisations à Bramans et Sollières-Sardières.
        - Étude d'un prélèvement complémentaire dans la retenue du mont Cenis, en concertation avec l'exploitant hydroélectrique et les autorités italiennes, le lac se trouvant sur la route de Suse.

        ## Le prix de l'eau

        Les tarifs des anciennes communes seront harmonisés progressivement d'ici 2027. Le prix moyen devrait passer de 1,60 à 2,10 euros par mètre cube, hors assainissement. La communauté de communes Haute Maurienne Vanoise, qui reprendra la compétence en 2026, a été associée à l'élaboration du schéma.

        ## Et les eaux usées ?

        L'assainissement fait l'objet d'un schéma distinct, piloté avec les communes de l'aval jusqu'à Modane, pour protéger la qualité de l'Arc et les milieux du parc national de la Vanoise.

        Le schéma est consultable en mairie et dans chaque mairie annexe aux heures d'ouverture.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Services", "Eau et assainissement"] };
}

/// <summary>Bretteville-l'Orgueilleuse, Cheux, Brouay, Le Mesnil-Patry, Putot-en-Bessin and Sainte-Croix-Grand-Tonne, communes déléguées of Thue et Mue (Calvados, code 14098; 2017) -> today's code; "mue" is also a common word (moult); the Thue and the Mue are streams; Caen and Bayeux are context; the CU Caen la Mer (membership) is context; the Bessin is a landscape.</summary>
public sealed class ThueEtMueGroupeScolaire2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("thue-et-mue-groupe-scolaire-concertation-2024.pdf",
        "Nouveau groupe scolaire : bilan de la concertation", "Commune de Thue et Mue", "2024-05-21",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://thue-et-mue.example/groupe-scolaire-bilan-concertation.pdf",
        "Thue et Mue - groupe scolaire", "carte scolaire", """
        ## Le projet

        La commune de Thue et Mue, créée en 2017 par la réunion de Bretteville-l'Orgueilleuse, Brouay, Cheux, Le Mesnil-Patry, Putot-en-Bessin et Sainte-Croix-Grand-Tonne, compte aujourd'hui 6 182 habitants. Sa population a augmenté de 20 % en dix ans, portée par les lotissements construits à l'ouest de Caen. Les écoles de Bretteville-l'Orgueilleuse et de Cheux sont saturées, tandis que celle de Putot-en-Bessin a perdu une classe.

        Le conseil municipal a donc proposé de construire un groupe scolaire de quatorze classes à Bretteville-l'Orgueilleuse et de revoir la carte scolaire de l'ensemble de la commune. Ce projet a fait l'objet d'une concertation de janvier à avril 2024.

        ## La participation

        La concertation a réuni 420 personnes lors de quatre réunions publiques, organisées dans les salles des fêtes de quatre communes déléguées. Le questionnaire en ligne a recueilli 611 réponses, dont 62 % de parents d'élèves.

        ## Ce qui ressort

        Les habitants reconnaissent la nécessité d'un nouvel équipement, mais beaucoup craignent que la fermeture des petites écoles ne fasse disparaître la vie des anciens villages. Les parents de Brouay et du Mesnil-Patry demandent un transport scolaire adapté. Plusieurs contributions soulignent l'intérêt de préserver les bords de la Mue, où l'école actuelle organise des sorties consacrées à la mue des libellules et à la faune des ruisseaux.

        ## Les réponses de la municipalité

        - L'école de Sainte-Croix-Grand-Tonne sera maintenue pour les classes maternelles.
        - Un circuit de car desservira les communes déléguées du sud, avec le concours de la communauté urbaine Caen la Mer, compétente en matière de transport.
        - Le futur bâtiment sera conçu pour consommer peu d'énergie et ouvert aux associations le soir.

        ## Suite

        Le concours d'architecture sera lancé à l'automne, pour une ouverture à la rentrée 2027. Les collégiens continueront d'être accueillis à Bretteville-l'Orgueilleuse, et les lycéens à Bayeux.

        Le bilan complet de la concertation est consultable en mairie et dans chaque mairie déléguée.
        """) with { Byline = ["Conseil municipal du 16 mai 2024"], Ligatures = true };
}

/// <summary>Faverges-Seythenex (Haute-Savoie, code 74123), commune nouvelle of Faverges and Seythenex (2016) -> today's code; Annecy, Albertville and Doussard are context; the CC des Sources du Lac d'Annecy (membership) is context; the lac d'Annecy is a landscape; the cascade de Seythenex is a site.</summary>
public sealed class FavergesSeythenexCentreBourg2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("faverges-seythenex-revitalisation-centre-2024.html",
        "Revitalisation du centre : la convention Petites villes de demain signée", "Commune de Faverges-Seythenex", "2024-01-25",
        DocumentTypeLabels.Page, Themes.Geo, "https://faverges-seythenex.example/actualites/petites-villes-de-demain", """
        ## Une convention pour six ans

        Le maire de Faverges-Seythenex et le préfet de la Haute-Savoie ont signé le 22 janvier l'avenant qui transforme la convention Petites villes de demain en opération de revitalisation de territoire. Ce dispositif ouvre droit à des aides renforcées pour la rénovation des logements et des commerces du centre, et permet de mieux encadrer l'implantation des grandes surfaces en périphérie.

        ## Le constat

        Faverges-Seythenex, commune nouvelle créée en 2016 par la réunion de Faverges et de Seythenex, compte 7 545 habitants. Elle est la ville-centre de la communauté de communes des Sources du Lac d'Annecy, qui a cosigné la convention. Malgré le dynamisme du bassin annécien et la proximité du lac, le centre ancien souffre : un commerce sur cinq est vacant, et 14 % des logements sont inoccupés, souvent en raison de leur mauvais état.

        ## Les actions prévues

        - Rénovation de 120 logements du centre avec des aides de l'Agence nationale de l'habitat et de la commune.
        - Réaménagement de la place Marcelle-Piccard et de la rue Carnot, pour donner plus de place aux piétons.
        - Création d'une maison des services publics dans l'ancien bâtiment des douanes.
        - Mise en valeur du chemin qui relie le centre à la cascade de Seythenex et aux grottes, pour attirer vers le bourg une partie des visiteurs du lac.

        ## Le financement

        Le coût global est estimé à 14 millions d'euros sur six ans. L'État, la région, le département et la banque des territoires interviendront aux côtés de la commune. Les communes voisines, comme Doussard, ont été associées aux réflexions sur le commerce.

        ## Une ville entre deux pôles

        Située entre Annecy et Albertville, la commune veut rester un bourg où l'on vit et où l'on travaille, et non une simple étape sur la route des stations. Les habitants sont invités à une réunion publique le 8 février à la salle polyvalente.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Actualités", "Urbanisme"] };
}

/// <summary>Bagnoles-de-l'Orne and Saint-Michel-des-Andaines, communes déléguées of Bagnoles de l'Orne Normandie (Orne, code 61483; 2016) -> today's code; "Normandie" and "Orne" are in its name (the région and the département are not subjects); Bagnols-sur-Cèze is named to rule it out; La Ferté-Macé and Alençon are context; the CC Andaine-Passais (membership) is context; the forêt des Andaines is a landscape; the Vée is the river.</summary>
public sealed class BagnolesTaxeSejour2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("bagnoles-de-l-orne-normandie-taxe-sejour-2023.pdf",
        "La taxe de séjour en 2023 : produit et utilisation", "Commune de Bagnoles de l'Orne Normandie", "2024-03-12",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://bagnolesdelorne.example/taxe-sejour-2023.pdf",
        "Bagnoles de l'Orne Normandie - taxe de séjour 2023", "curistes", """
        ## Une station thermale

        La commune de Bagnoles de l'Orne Normandie est née en 2016 de la réunion de Bagnoles-de-l'Orne et de Saint-Michel-des-Andaines. Elle est la seule station thermale du nord-ouest de la France et l'une des rares communes touristiques du département à percevoir directement la taxe de séjour, qu'elle n'a pas transférée à la communauté de communes Andaine-Passais. Elle ne doit pas être confondue avec Bagnols-sur-Cèze, dans le Gard, avec laquelle les plateformes de réservation la mélangent parfois.

        ## Le produit de la taxe

        En 2023, la taxe de séjour a rapporté 612 000 euros, en hausse de 8 %. Les curistes, qui séjournent en moyenne dix-huit jours, en apportent près de la moitié. Les hôtels et résidences de tourisme représentent 58 % du produit, les meublés 27 % et le camping 15 %. Les plateformes de location en ligne ont reversé 96 000 euros.

        | Catégorie | Nuitées | Produit (€) |
        | Hôtels et résidences | 268 000 | 355 000 |
        | Meublés de tourisme | 131 000 | 165 000 |
        | Camping | 84 000 | 92 000 |
        Source : régie de la taxe de séjour de la commune

        ## L'utilisation

        Conformément à la loi, le produit est affecté aux dépenses destinées à favoriser la fréquentation touristique. Il a financé l'office de tourisme communal, l'entretien du parc du lac et du casino, les animations estivales et une partie de la rénovation des sentiers de la forêt des Andaines.

        ## Perspectives

        La commune envisage d'augmenter les tarifs pour les hébergements haut de gamme à partir de 2025, afin de financer la rénovation de la promenade le long de la Vée. Elle étudiera aussi, avec La Ferté-Macé et l'agglomération d'Alençon, une meilleure desserte en bus pour les curistes qui arrivent en train.

        ## Les tarifs

        Les tarifs varient de 0,22 euro par nuit et par personne pour le camping à 2,30 euros pour les hôtels quatre étoiles. Les mineurs, les travailleurs saisonniers et les personnes hébergées en urgence sont exonérés. Pour les hébergements non classés, la taxe est égale à 5 % du prix de la nuitée.
        """) with { Masthead = ["Commune de Bagnoles de l'Orne Normandie", "Direction des finances"], InfoTitle = "Taxe de séjour 2023" };
}

/// <summary>Roumégoux, Saint-Antonin-de-Lacalm, Saint-Lieux-Lafenasse, Le Travet, Ronel and Terre-Clapier, communes déléguées of Terre-de-Bancalié (Tarn, code 81233; 2019) -> today's code; "terre" is also a common word; Albi, Réalmont and Castres are context; the CC Centre Tarn (membership) is context; the Tarn is the département (context) and a river; the Dadou is the river.</summary>
public sealed class TerreDeBancalieBulletin2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("terre-de-bancalie-cinq-ans-commune-nouvelle-2024.html",
        "Cinq ans après, quel bilan pour notre commune nouvelle ?", "Commune de Terre-de-Bancalié", "2024-01-12",
        DocumentTypeLabels.Page, Themes.Geo, "https://terre-de-bancalie.example/actualites/cinq-ans", """
        ## Six villages devenus une commune

        Le 1er janvier 2019, Roumégoux, Saint-Antonin-de-Lacalm, Saint-Lieux-Lafenasse, Le Travet, Ronel et Terre-Clapier ont uni leur destin pour former Terre-de-Bancalié. Cinq ans plus tard, la municipalité a souhaité faire le point avec les 1 725 habitants, à l'occasion des vœux, sur ce qui a changé et sur ce qui reste à faire.

        ## Ce qui a changé

        La commune nouvelle a permis de regrouper les secrétariats de mairie à Saint-Antonin-de-Lacalm, tout en maintenant une permanence hebdomadaire dans chaque commune déléguée. Les achats groupés ont réduit de 15 % les dépenses de fournitures et de carburant. La dotation de l'État, bonifiée pendant les trois premières années, a financé la rénovation des deux écoles et de la salle polyvalente de Ronel.

        ## Ce qui reste à faire

        Les habitants interrogés regrettent que les décisions se prennent désormais loin de leur village, et les maires délégués reconnaissent que le fonctionnement du conseil, avec ses quarante-deux membres jusqu'en 2020, a été laborieux. La voirie reste le premier sujet de mécontentement : la commune entretient 118 kilomètres de routes sur une terre de collines entaillées par le Dadou et ses affluents.

        ## Une place dans l'intercommunalité

        Terre-de-Bancalié appartient à la communauté de communes Centre Tarn, dont le siège est à Réalmont. Avec ses six anciennes communes, elle y pèse davantage qu'auparavant. La commune défend notamment l'extension du transport à la demande vers Albi et Castres, où travaillent beaucoup d'actifs.

        ## Les projets de 2024

        La municipalité prévoit l'aménagement d'un cheminement piéton autour du lac de Bancalié, qui a donné son nom à la commune, la création de jardins partagés au Travet et le raccordement à la fibre des derniers hameaux. Les comptes rendus des conseils municipaux sont consultables dans chaque mairie déléguée.

        Le questionnaire distribué avec le bulletin municipal a reçu 312 réponses. Près des deux tiers des habitants jugent le bilan positif ou plutôt positif, mais un tiers estime que la commune nouvelle n'a rien changé à leur vie quotidienne.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "12 janvier 2024", Breadcrumb = ["Actualités", "Vie municipale"] };
}

/// <summary>Dampierre, La Lande-sur-Drôme, Saint-Jean-des-Essartiers and Sept-Vents, communes déléguées of Val de Drôme (Calvados, code 14672; 2016) -> today's code; the Drôme here is a Calvados river: the Drôme département is named to rule it out; Dampierre (Aube, Jura) is ruled out; Caumont-sur-Aure, Saint-Lô and Vire are context; the CC Pré-Bocage Intercom (membership) is context.</summary>
public sealed class ValDeDromeComptes2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("val-de-drome-14-compte-administratif-2023.pdf",
        "Compte administratif 2023 : présentation au conseil municipal", "Commune de Val de Drôme", "2024-04-02",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://valdedrome14.example/ca-2023.pdf",
        "Val de Drôme (Calvados) - compte administratif 2023", "lavoir de Sept-Vents", """
        ## Une commune nouvelle du Bessin

        Val de Drôme est une commune nouvelle du Calvados, créée le 1er janvier 2016 par la réunion de Dampierre, de La Lande-sur-Drôme, de Saint-Jean-des-Essartiers et de Sept-Vents. Elle tire son nom de la petite rivière qui la traverse avant de rejoindre l'Aure, et n'a évidemment rien à voir avec le département de la Drôme, dans la vallée du Rhône, ni avec les nombreuses communes appelées Dampierre, dans l'Aube ou le Jura. Elle compte 899 habitants.

        ## Le fonctionnement

        Les recettes de fonctionnement s'établissent à 486 000 euros, les dépenses à 391 000 euros. L'excédent de 95 000 euros permet de financer les investissements sans recourir à l'emprunt. Les charges de personnel, qui correspondent à trois agents, représentent 34 % des dépenses. La hausse du coût de l'énergie a pesé sur l'éclairage public et le chauffage des quatre anciennes mairies, que la commune souhaite conserver comme lieux de permanence.

        ## L'investissement

        Les dépenses d'équipement ont atteint 238 000 euros. La restauration du lavoir de Sept-Vents, la réfection de la route entre Dampierre et Saint-Jean-des-Essartiers et l'achat d'un broyeur à végétaux partagé avec la communauté de communes Pré-Bocage Intercom ont été les principales opérations.

        ## La dette et les perspectives

        La dette s'élève à 212 000 euros. En 2024, la commune prévoit d'aménager une aire de covoiturage sur la route qui relie Caumont-sur-Aure à Saint-Lô, et de rénover l'église de La Lande-sur-Drôme. Elle sollicitera le département et l'État. Les collégiens continueront à être accueillis à Caumont-sur-Aure, les lycéens à Vire et à Saint-Lô.

        ## Vote

        Le compte administratif a été adopté par dix-sept voix et deux abstentions, le maire ayant quitté la séance au moment du vote, comme le prévoit la loi.

        Le compte de gestion établi par le comptable public est conforme au compte administratif. Les deux documents sont consultables en mairie.
        """) with { Byline = ["Conseil municipal du 28 mars 2024"], InfoAuthor = "Secrétariat de mairie" };
}
