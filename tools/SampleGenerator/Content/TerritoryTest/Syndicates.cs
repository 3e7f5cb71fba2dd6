using SampleGenerator.Model;

// Held-out territory test set: syndicates, offices and public establishments whose names contain
// river, landscape or common words; their subject is the perimeter the document states.
namespace SampleGenerator.Content.TerritoryTest;

/// <summary>"Rives" and "Ain" inside a body name; subject: its three member communes.</summary>
public sealed class CrcAraSivuRivesDeLAin2023 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-ara-sivu-rives-de-l-ain-2023.html",
        Title = "Syndicat intercommunal à vocation unique des Rives de l'Ain : rapport d'observations définitives",
        Publisher = "Chambre régionale des comptes Auvergne-Rhône-Alpes",
        Date = "2023-06-14",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances, Themes.Culture],
        Url = "https://ccomptes.example/crc/ara/sivu-rives-de-l-ain-2023",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Chambres régionales", "Auvergne-Rhône-Alpes"],
        Body = """
            ## Présentation du syndicat

            Le syndicat intercommunal à vocation unique (SIVU) des Rives de l'Ain a été créé en 1994 par les communes de Pont-d'Ain, Priay et Varambon pour construire puis gérer un gymnase et une piscine couverte destinés aux élèves du collège et aux associations sportives. Il compte 5 360 habitants. Son siège est fixé à la mairie de Pont-d'Ain. Le comité syndical réunit deux délégués par commune membre ; le président est le maire de Priay depuis 2020.

            La chambre régionale des comptes a contrôlé les comptes et la gestion du syndicat pour les exercices 2017 et suivants. Ainsi qu'elle l'a relevé, l'activité du syndicat est modeste mais son équipement principal, la piscine, arrive en fin de vie.

            ## Une situation financière dépendante des contributions communales

            Les produits de fonctionnement s'élèvent à 612 000 € en 2022, dont 71 % de contributions des trois communes, réparties au prorata de leur population. Les recettes d'entrées de la piscine couvrent à peine 18 % des charges. L'épargne brute, de 48 000 € en moyenne, ne permet pas de financer le renouvellement des installations.

            | En milliers d'euros | 2018 | 2020 | 2022 |
            | Contributions des communes membres | 402 | 431 | 436 |
            | Recettes d'exploitation | 118 | 54 | 109 |
            | Charges de personnel | 281 | 276 | 302 |
            | Épargne brute | 61 | 27 | 44 |
            Source : comptes de gestion, retraitement CRC (données fictives).

            ## La question de l'avenir du syndicat

            La communauté de communes Rives de l'Ain - Pays du Cerdon, dont les trois communes sont membres, exerce déjà la compétence relative aux équipements sportifs d'intérêt communautaire. La chambre recommande d'étudier le transfert de la piscine à l'intercommunalité, qui disposerait de moyens techniques plus importants, et la dissolution du syndicat. Un tel transfert supposerait une évaluation des charges transférées et une révision de l'attribution de compensation des trois communes.

            ## Recommandations

            - Établir un plan pluriannuel d'investissement pour la piscine.
            - Engager avec la communauté de communes une étude de transfert de l'équipement.
            - Fiabiliser l'inventaire et les amortissements.

            Chambre régionale des comptes Auvergne-Rhône-Alpes, 124-126 boulevard Vivier-Merle, 69503 Lyon Cedex 03.
            """,
    };
}

/// <summary>"Vienne" as a river inside a syndicate name; subject: its two member EPCI.</summary>
public sealed class CrcNaSyndicatRivesDeLaVienne2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-na-syndicat-mixte-rives-de-la-vienne-2022.html",
        Title = "Syndicat mixte d'aménagement des Rives de la Vienne",
        Publisher = "Chambre régionale des comptes Nouvelle-Aquitaine",
        Date = "2022-03-08",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Durable, Themes.Finances],
        Url = "https://ccomptes.example/crc/nouvelle-aquitaine/sm-rives-de-la-vienne-2022",
        HasSidecar = false,
        DateCue = "Rapport d'observations définitives délibéré le 8 mars 2022",
        Breadcrumb = ["Publications", "Nouvelle-Aquitaine"],
        Body = """
            Le syndicat mixte d'aménagement des Rives de la Vienne a été créé en 2017 par la communauté d'agglomération Grand Châtellerault et la communauté de communes Vienne et Gartempe. Il exerce pour le compte de ses deux membres la compétence de gestion des milieux aquatiques et de prévention des inondations sur le cours aval de la Vienne et de ses affluents, soit 140 kilomètres de rivière. Son siège est à Châtellerault.

            ## Gouvernance

            Le comité syndical compte seize délégués, dix pour l'agglomération et six pour la communauté de communes. La chambre relève que les statuts ne précisent pas la clé de répartition des contributions, fixée chaque année par délibération. En 2021, l'agglomération a financé 63 % des dépenses et la communauté de communes 37 %.

            ## Les travaux sur les berges

            Le programme pluriannuel de restauration des berges, adopté en 2019, prévoit 6,2 M€ de travaux sur six ans, financés à 60 % par l'agence de l'eau Loire-Bretagne. Fin 2021, seuls 1,4 M€ avaient été engagés. Les retards tiennent aux difficultés de recrutement d'un technicien de rivière et à la longueur des procédures d'autorisation.

            | En milliers d'euros | 2019 | 2020 | 2021 |
            | Contributions des membres | 712 | 748 | 790 |
            | Subventions de l'agence de l'eau | 210 | 388 | 455 |
            | Dépenses d'équipement | 302 | 514 | 598 |
            Source : comptes de gestion (données fictives).

            ## Observations

            La chambre invite le syndicat à se doter d'un plan de gestion des digues, dont il a hérité sans en connaître l'état exact, et à préciser dans ses statuts la répartition des charges entre ses deux membres. Elle note que la taxe pour la gestion des milieux aquatiques, levée par chacun des deux établissements, n'est pas votée selon une méthode commune.

            Le département de la Vienne, qui finançait auparavant l'entretien de certains ouvrages, s'est retiré en 2018 ; le syndicat ne bénéficie plus de son concours. La situation est comparable à celle du bassin de la Creuse voisin.
            """,
    };
}

/// <summary>"Lot" as a river and a common word; homonymous Estaing; subject: four communes of Aveyron.</summary>
public sealed class CrcOccitanieSivomValleeDuLot2021 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-occitanie-sivom-vallee-du-lot-2021.html",
        Title = "SIVOM de la Vallée du Lot et de la Truyère — contrôle des comptes et de la gestion",
        Publisher = "Chambre régionale des comptes Occitanie",
        Date = "2021-11-23",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances],
        Url = "https://ccomptes.example/crc/occitanie/sivom-vallee-du-lot-2021",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Publications", "Occitanie"],
        Body = """
            ## Synthèse

            Le syndicat intercommunal à vocation multiple (SIVOM) de la Vallée du Lot et de la Truyère regroupe quatre communes de l'Aveyron : Espalion, Estaing, Entraygues-sur-Truyère et Saint-Côme-d'Olt. Il assure la collecte des ordures ménagères, l'entretien de la voirie communale et le transport scolaire vers le collège d'Espalion. Il emploie 23 agents.

            Le contrôle porte sur les exercices 2015 à 2020. La chambre constate une gestion prudente mais peu formalisée, et une frontière incertaine entre les compétences du syndicat et celles de la communauté de communes Comtal Lot et Truyère, dont les quatre communes sont membres.

            ## La commande publique

            Le marché de collecte a été attribué en 2016 en un seul lot, pour une durée de sept ans, sans mise en concurrence effective : une seule offre a été reçue. Le lot voirie a été passé selon une procédure adaptée alors que son montant cumulé sur quatre ans dépassait les seuils européens. La chambre recommande d'allotir les prochains marchés et d'en publier les avis plus largement.

            ## Situation financière

            | En milliers d'euros | 2015 | 2018 | 2020 |
            | Participations des communes | 1 104 | 1 160 | 1 212 |
            | Redevance spéciale | 88 | 92 | 95 |
            | Charges courantes | 1 015 | 1 087 | 1 146 |
            | Encours de dette | 640 | 512 | 398 |
            Source : comptes de gestion (chiffres fictifs).

            Les participations sont réparties selon la population : Espalion en supporte 60 %. Estaing, la plus petite des communes membres, conteste cette clé, qui ne tient pas compte de la fréquentation touristique estivale.

            ## Recommandation principale

            La collecte des déchets relève de plein droit de la communauté de communes depuis 2017. La chambre demande au syndicat et aux quatre communes de tirer les conséquences de ce transfert, soit en dissolvant le SIVOM, soit en limitant son objet à la voirie, qui reste une compétence communale. Le syndicat a répondu qu'une étude serait engagée en 2022.
            """,
    };
}

/// <summary>"Aube" as a word and a département; subject: the département (a departmental syndicate). PDF.</summary>
public sealed class AdemeSyndicatEnergieAube2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "ademe-syndicat-energie-aube-reseaux-chaleur-2022.pdf",
        Title = "Réseaux de chaleur renouvelable : le programme du syndicat départemental d'énergie de l'Aube",
        Publisher = "ADEME",
        Date = "2022-09-30",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Durable],
        Url = "https://ademe.example/territoires/sdeda-reseaux-chaleur-2022.pdf",
        RunningHeader = "ADEME — Retour d'expérience — Réseaux de chaleur dans l'Aube",
        Masthead = ["ADEME — Direction régionale Grand Est", "Retour d'expérience — septembre 2022"],
        Subtitle = "Dix ans de chaufferies bois communales portées par un syndicat départemental",
        CheckPhrase = "syndicat départemental d'énergie de l'Aube",
        Body = """
            ## Contexte

            À l'aube des années 2010, le syndicat départemental d'énergie de l'Aube (SDEA), qui regroupe les 431 communes du département pour la distribution publique d'électricité, a décidé d'élargir son activité à la production de chaleur renouvelable. Son constat : de nombreuses communes rurales chauffaient leurs écoles, mairies et salles des fêtes au fioul, dans des bâtiments dispersés, sans capacité d'ingénierie pour porter seules un projet de chaufferie bois.

            Le syndicat a proposé aux communes de lui transférer la compétence optionnelle « réseaux de chaleur ». Entre 2012 et 2021, 38 communes l'ont fait. Le syndicat conçoit, finance et exploite les installations ; la commune paie la chaleur consommée selon un tarif départemental unique.

            ## Les réalisations

            Vingt-six chaufferies bois et neuf réseaux de chaleur ont été mis en service, pour une puissance totale de 11,4 MW. Ils desservent 212 bâtiments publics et 640 logements sociaux. La plus grande installation alimente le quartier des Chartreux à Troyes ; les plus petites chauffent une école et une mairie dans des villages de moins de 300 habitants.

            | Indicateur | 2015 | 2018 | 2021 |
            | Chaufferies en service | 9 | 18 | 26 |
            | Chaleur livrée (MWh) | 7 800 | 19 600 | 31 200 |
            | Bois consommé (tonnes) | 2 900 | 7 100 | 11 300 |
            | Émissions évitées (t CO2) | 2 100 | 5 300 | 8 400 |
            Source : SDEA, bilans d'exploitation ; ADEME (données fictives).

            ## L'approvisionnement

            Le bois provient à 85 % de forêts situées à moins de 80 kilomètres, notamment de la forêt d'Orient et des massifs du Barrois. Une plateforme de stockage a été créée à Vendeuvre-sur-Barse. Le syndicat a signé des contrats de dix ans avec deux fournisseurs locaux, ce qui stabilise les prix.

            ## Le financement

            Les investissements, 21 M€ au total, ont été financés à 42 % par le Fonds chaleur de l'ADEME, à 11 % par la région Grand Est et par des fonds européens, le solde par emprunt. Le tarif de la chaleur, inférieur de 15 % au coût d'un chauffage au fioul en 2021, couvre l'exploitation et le remboursement de la dette.

            ## Enseignements

            La mutualisation départementale apporte trois avantages : une maîtrise d'ouvrage compétente, un tarif unique qui rend viables les petites installations, et un achat groupé de combustible. Ses limites tiennent à la gouvernance : les communes non équipées financent indirectement, par la taxe sur l'électricité, une activité dont elles ne profitent pas. Le syndicat a créé en 2020 un budget annexe pour isoler cette activité. D'autres syndicats d'énergie, dans la Marne et la Haute-Marne, étudient le modèle.

            Contact : ADEME Direction régionale Grand Est, 34 avenue André Malraux, 57000 Metz.
            """,
    };
}

/// <summary>"Sens" as a common word and a commune; subject: the agglomeration the office belongs to.</summary>
public sealed class CcomptesOphSenonais2020 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-bfc-office-public-habitat-senonais-2020.html",
        Title = "Office public de l'habitat du Grand Sénonais : rapport d'observations définitives",
        Publisher = "Chambre régionale des comptes Bourgogne-Franche-Comté",
        Date = "2020-02-18",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Social, Themes.Finances],
        Url = "https://ccomptes.example/crc/bfc/oph-grand-senonais-2020",
        Meta = HtmlMeta.OpenGraph,
        TimeElement = true,
        Breadcrumb = ["Publications", "Bourgogne-Franche-Comté"],
        Body = """
            ## L'organisme

            L'office public de l'habitat du Grand Sénonais est rattaché depuis 2017 à la communauté d'agglomération du Grand Sénonais. Il gère 4 870 logements locatifs sociaux, dont 78 % sont situés dans la ville-centre, le reste dans les communes de la première couronne. Il emploie 96 salariés. La chambre régionale des comptes a examiné sa gestion pour les exercices 2013 à 2018.

            ## Un patrimoine ancien

            Le patrimoine de l'office a été construit pour l'essentiel entre 1955 et 1975. Près de la moitié des logements sont classés en étiquette énergétique E, F ou G. Le plan stratégique de patrimoine prévoit la réhabilitation de 1 200 logements d'ici 2026 et la démolition de 180 logements dans le quartier des Champs-Plaisants, dans le cadre du nouveau programme de renouvellement urbain. En ce sens, l'effort d'investissement doit doubler par rapport à la période contrôlée.

            ## Gestion locative

            Le taux de vacance atteint 7,8 % en 2018, nettement au-dessus de la moyenne régionale. La vacance est concentrée sur les grands logements des quartiers prioritaires. Les impayés de loyers représentent 9 % des loyers quittancés, un niveau élevé. La chambre recommande de renforcer le recouvrement amiable et de revoir la politique d'attribution, qui ne tient pas assez compte de la demande de petits logements.

            | Indicateur | 2014 | 2016 | 2018 |
            | Logements gérés | 4 930 | 4 900 | 4 870 |
            | Taux de vacance | 5,9 % | 6,7 % | 7,8 % |
            | Autofinancement net (M€) | 3,1 | 2,4 | 1,9 |
            Source : états réglementaires de l'office (données fictives).

            ## Le rapprochement avec d'autres bailleurs

            La loi du 23 novembre 2018 impose aux organismes gérant moins de 12 000 logements de rejoindre un groupe. L'office a engagé des discussions avec l'office départemental de l'Yonne, basé à Auxerre. La chambre souligne que le sens de ce rapprochement doit être clarifié : mutualisation de moyens ou fusion, les conséquences pour la gouvernance ne sont pas les mêmes.
            """,
    };
}

/// <summary>Eu and "Mer(s)" as parts of names; the office of an EPCI named after the "Villes Sœurs".</summary>
public sealed class OtVillesSoeursBilan2021 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "anct-office-tourisme-villes-soeurs-2021.html",
        Title = "Un office de tourisme intercommunal entre deux régions : Destination Le Tréport-Mers",
        Publisher = "ANCT",
        Date = "2021-07-06",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Geo],
        Url = "https://observatoire-territoires.example/analyses/office-tourisme-villes-soeurs",
        HasSidecar = false,
        DateCue = "Fiche retour d'expérience — juillet 2021",
        Breadcrumb = ["Analyses", "Retours d'expérience"],
        Body = """
            La communauté de communes des Villes Sœurs a la particularité de s'étendre sur deux départements et deux régions : la Seine-Maritime, en Normandie, et la Somme, dans les Hauts-de-France. Elle réunit 28 communes et 36 000 habitants autour de trois villes voisines séparées par la Bresle : Eu, Le Tréport et Mers-les-Bains. En 2017, elle a fusionné les trois offices de tourisme communaux en un office intercommunal, sous la marque « Destination Le Tréport-Mers ».

            ## Pourquoi un seul office

            Les trois villes se faisaient concurrence pour attirer les mêmes visiteurs, venus principalement d'Île-de-France et du nord de l'Europe pour la mer, le château d'Eu et les villas Belle Époque de Mers-les-Bains. La fusion devait rationaliser l'accueil, mutualiser la promotion et professionnaliser la commercialisation des hébergements.

            ## Organisation

            L'office, constitué en établissement public industriel et commercial, dispose d'un bureau principal au Tréport et de deux bureaux saisonniers. Il emploie onze salariés permanents. Son budget, 1,1 M€ en 2020, est financé à 64 % par la subvention de la communauté de communes et à 27 % par la taxe de séjour intercommunale.

            | Indicateur | 2017 | 2019 | 2020 |
            | Visiteurs accueillis | 118 000 | 131 000 | 84 000 |
            | Nuitées taxées | 402 000 | 455 000 | 361 000 |
            | Produit de la taxe de séjour (k€) | 246 | 301 | 238 |
            Source : office de tourisme, communauté de communes (données fictives).

            ## Ce qui a fonctionné, ce qui reste à faire

            L'harmonisation de la taxe de séjour a été le chantier le plus délicat : les tarifs différaient d'une commune à l'autre et d'un département à l'autre. L'office estime avoir gagné en visibilité, notamment grâce à un site unique et à la présence commune dans les salons. Restent deux difficultés : la coordination avec les agences départementales de tourisme, qui n'ont pas la même stratégie de part et d'autre de la Bresle, et le logement des saisonniers, rare et cher en bord de mer.

            Pour d'autres territoires à cheval sur deux départements, l'expérience montre l'intérêt d'une convention avec chacune des agences départementales dès la création de l'office.
            """,
    };
}

/// <summary>"Die" as a commune name; subject: the commune (its social action centre).</summary>
public sealed class CrcAraCcasDie2019 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-ara-ccas-die-2019.html",
        Title = "Centre communal d'action sociale de Die (Drôme)",
        Publisher = "Chambre régionale des comptes Auvergne-Rhône-Alpes",
        Date = "2019-05-21",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Social],
        Url = "https://ccomptes.example/crc/ara/ccas-die-2019",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Auvergne-Rhône-Alpes"],
        Body = """
            ## Le centre communal d'action sociale

            Le centre communal d'action sociale (CCAS) de Die, établissement public administratif rattaché à la commune, gère un établissement d'hébergement pour personnes âgées dépendantes de 62 places, un service de portage de repas et l'aide sociale facultative. Die, sous-préfecture de la Drôme, compte 4 800 habitants ; c'est la ville-centre du Diois, territoire de moyenne montagne où 30 % de la population a plus de 65 ans.

            ## L'EHPAD, principale activité

            L'EHPAD représente 88 % des dépenses du CCAS. Son taux d'occupation, 97 % en 2018, est élevé. Le bâtiment, construit en 1978, ne répond plus aux normes d'accessibilité et comporte encore des chambres doubles. Le projet de reconstruction, estimé à 9,4 M€, a été reporté à deux reprises faute d'accord sur son financement entre la commune, le département et l'agence régionale de santé.

            | En milliers d'euros | 2014 | 2016 | 2018 |
            | Produits de l'hébergement | 1 512 | 1 588 | 1 641 |
            | Forfait soins | 1 021 | 1 064 | 1 102 |
            | Subvention de la commune au CCAS | 182 | 205 | 231 |
            Source : comptes administratifs (fictifs).

            ## Ressources humaines

            L'absentéisme atteint 38 jours par agent en 2018. Le recours aux contrats courts pour les remplacements est massif. La chambre recommande un plan de prévention des risques professionnels et un travail avec la communauté de communes du Diois, qui gère le service d'aide à domicile, pour mutualiser les remplacements.

            ## Recommandations

            - Arrêter un plan de financement de la reconstruction de l'EHPAD.
            - Fiabiliser le calcul du tarif hébergement.
            - Formaliser les relations financières entre la commune et le CCAS par une convention.
            """,
    };
}

/// <summary>"Lot" as a département and a common word; comparisons with neighbours. PDF.</summary>
public sealed class CrcOccitanieSdisLot2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "crc-occitanie-sdis-lot-2022.pdf",
        Title = "Service départemental d'incendie et de secours du Lot",
        Publisher = "Chambre régionale des comptes Occitanie",
        Date = "2022-04-12",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Securite, Themes.Finances],
        Url = "https://ccomptes.example/crc/occitanie/sdis-46-2022.pdf",
        RunningHeader = "CRC Occitanie — SDIS du Lot — Rapport d'observations définitives",
        Masthead = ["Chambre régionale des comptes Occitanie", "Rapport d'observations définitives — avril 2022"],
        Subtitle = "Exercices 2016 et suivants",
        CheckPhrase = "SDIS du Lot",
        Body = """
            ## Synthèse

            Le service départemental d'incendie et de secours (SDIS) du Lot défend un département rural de 174 000 habitants, dont la population double en été dans la vallée de la Dordogne et autour de Rocamadour. Il dispose de 38 centres d'incendie et de secours, de 160 sapeurs-pompiers professionnels et de 1 250 volontaires. Son budget atteint 27 M€ en 2021, financé pour 62 % par le département et pour 38 % par les communes et leurs groupements.

            La chambre a examiné la gestion du SDIS du Lot pour les exercices 2016 et suivants. Elle relève une activité opérationnelle en forte hausse, portée par le secours d'urgence aux personnes, et une dépendance croissante aux sapeurs-pompiers volontaires, dont la disponibilité en journée diminue.

            ## L'activité opérationnelle

            Le nombre d'interventions passe de 14 200 en 2016 à 17 900 en 2021. Les secours à personne en représentent 79 %. Les carences ambulancières, interventions réalisées à la place d'un transporteur sanitaire privé, ont triplé ; leur remboursement par l'hôpital de Cahors est fixé à un tarif inférieur au coût réel.

            | Indicateur | 2016 | 2019 | 2021 |
            | Interventions | 14 200 | 16 300 | 17 900 |
            | Dont secours à personne | 10 800 | 12 700 | 14 100 |
            | Volontaires | 1 310 | 1 280 | 1 250 |
            | Dépenses réelles de fonctionnement (M€) | 23,1 | 24,9 | 26,4 |
            Source : SDIS 46, comptes de gestion (données fictives).

            ## Comparaisons

            Rapporté à la population, le coût du SDIS du Lot (152 € par habitant) est supérieur à celui des SDIS du Lot-et-Garonne, du Gers et du Tarn-et-Garonne, qui se situent entre 95 et 120 €. L'écart s'explique par la dispersion de l'habitat et le nombre élevé de petits centres, mais aussi par un temps de travail des professionnels inférieur à la durée légale.

            ## La commande publique

            Le marché de renouvellement des véhicules a été découpé en un lot par type d'engin ; le lot des camions-citernes feux de forêts n'a reçu qu'une offre. L'achat groupé avec d'autres SDIS de la région, par l'intermédiaire d'une centrale d'achat, permettrait de meilleurs prix.

            ## Recommandations

            - Revoir le schéma départemental d'analyse et de couverture des risques, qui date de 2013.
            - Négocier avec le centre hospitalier un tarif des carences conforme au coût réel.
            - Mettre le temps de travail des sapeurs-pompiers professionnels en conformité avec la réglementation.
            - Recourir à une centrale d'achat pour les véhicules.

            Chambre régionale des comptes Occitanie, 500 avenue des États du Languedoc, 34064 Montpellier Cedex 2.
            """,
    };
}

/// <summary>"Y" as a commune name, with three neighbours; subject: the four member communes.</summary>
public sealed class OfglSyndicatEauHam2023 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-fiche-syndicat-eau-region-de-ham-2023.html",
        Title = "Fiche syndicat : syndicat intercommunal d'adduction d'eau potable de la région de Ham",
        Publisher = "OFGL",
        Date = "2023-10-02",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Finances, Themes.Durable],
        Url = "https://ofgl.example/donnees/fiches-syndicats/siaep-region-de-ham",
        HasSidecar = false,
        DateCue = "Mise à jour : octobre 2023",
        Breadcrumb = ["Données", "Fiches syndicats"],
        Body = """
            Cette fiche présente les comptes 2022 du syndicat intercommunal d'adduction d'eau potable (SIAEP) de la région de Ham, à partir des balances comptables. Le syndicat, créé en 1961, produit et distribue l'eau potable de quatre communes de la Somme : Ham, Eppeville, Muille-Villette et Y. Il dessert 7 000 habitants à partir de deux forages.

            ## Les chiffres clés

            | Indicateur 2022 | Valeur |
            | Communes membres | 4 (Ham, Eppeville, Muille-Villette, Y) |
            | Population desservie | 6 958 |
            | Volume distribué (m³) | 412 000 |
            | Rendement du réseau | 74 % |
            | Recettes de vente d'eau (k€) | 968 |
            | Épargne brute (k€) | 281 |
            | Encours de dette (k€) | 1 140 |
            | Capacité de désendettement (années) | 4,1 |
            Source : DGFiP, balances comptables des syndicats ; calculs OFGL (données fictives).

            ## Lecture

            Le rendement du réseau, 74 %, est inférieur au seuil de 85 % au-delà duquel une collectivité échappe au doublement de la redevance pour prélèvement. Le syndicat a engagé en 2021 un programme de renouvellement des canalisations de fonte grise sous la route départementale entre Ham et Y, le tronçon où les fuites sont les plus nombreuses.

            La capacité de désendettement, 4,1 années, laisse une marge pour financer ce programme par l'emprunt. Le prix de l'eau, 2,05 € par mètre cube hors assainissement, est proche de la médiane des services de taille comparable.

            ## Et ensuite

            La loi prévoit le transfert de la compétence eau aux communautés de communes au plus tard en 2026. Le SIAEP étant entièrement inclus dans la communauté de communes de l'Est de la Somme, il sera dissous lors de ce transfert et ses biens repris par l'intercommunalité. Les séries des années précédentes sont disponibles dans l'espace données.

            Méthode : les agrégats sont définis dans la note méthodologique des fiches syndicats.
            """,
    };
}

/// <summary>A departmental public establishment; subject: the département, with its operations in several communes.</summary>
public sealed class CrcPdlEpfVendee2021 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-pdl-epf-vendee-2021.html",
        Title = "Établissement public foncier de la Vendée — Observations définitives",
        Publisher = "Chambre régionale des comptes Pays de la Loire",
        Date = "2021-09-15",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Geo, Themes.Finances],
        Url = "https://ccomptes.example/crc/pdl/epf-vendee-2021",
        Meta = HtmlMeta.JsonLd,
        TimeElement = true,
        Breadcrumb = ["Publications", "Pays de la Loire"],
        Body = """
            ## L'établissement

            L'établissement public foncier (EPF) de la Vendée a été créé en 2010 à l'initiative du conseil départemental. Il intervient sur l'ensemble du territoire vendéen pour acquérir et porter des terrains et des immeubles, le temps que les collectivités réalisent leurs projets de logement ou de développement économique. Il est financé par une taxe spéciale d'équipement acquittée par les contribuables du département et par les reventes de biens.

            ## Activité

            Fin 2020, l'EPF portait 214 opérations pour un stock foncier de 96 M€. La moitié concerne le logement en centre-bourg. Les opérations les plus importantes ont été conduites à Fontenay-le-Comte, pour la reconversion d'une friche industrielle, aux Sables-d'Olonne, pour des logements sociaux près du port, et à La Roche-sur-Yon, siège de l'établissement. Mais l'essentiel de l'activité porte sur de petites communes rurales, pour des montants inférieurs à 300 000 €.

            | En millions d'euros | 2016 | 2018 | 2020 |
            | Acquisitions de l'année | 14,2 | 18,9 | 16,1 |
            | Cessions de l'année | 6,8 | 9,4 | 12,7 |
            | Stock foncier au 31/12 | 71,3 | 86,0 | 96,2 |
            | Produit de la taxe spéciale d'équipement | 4,1 | 4,2 | 4,3 |
            Source : comptes financiers de l'EPF (données fictives).

            ## Observations

            La durée moyenne de portage, 5,8 ans, dépasse la durée prévue dans les conventions. Une vingtaine d'opérations sont portées depuis plus de dix ans sans projet arrêté. La chambre recommande d'appliquer les clauses de rachat obligatoire par les communes à l'échéance et de provisionner le risque de moins-value sur les biens dont le prix d'acquisition excède la valeur vénale.

            Elle relève enfin que la gouvernance, où le département détient la majorité du conseil d'administration, associe peu les intercommunalités, alors qu'elles sont devenues compétentes en matière d'habitat et de développement économique.
            """,
    };
}
