using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind11 territory split (issue 13): départements by name, number, adjective or conseil départemental.
namespace SampleGenerator.Content.TerritoryBlind11;

/// <summary>The Allier (département), also "allier" (to combine) and the river; Moulins, Montluçon and Vichy are context; the Bourbonnais is a landscape.</summary>
public sealed class DepartementAllierSchemaAutonomie2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("departement-allier-schema-autonomie-2024.html",
        "Schéma départemental de l'autonomie 2024-2028", "Département de l'Allier", "2024-03-12",
        DocumentTypeLabels.Page, Themes.Social, "https://allier.example/actualites/schema-autonomie-2024", """
        ## Un schéma pour cinq ans

        Le conseil départemental de l'Allier a adopté son schéma de l'autonomie pour 2024-2028. Ce document fixe la politique du Département en faveur des personnes âgées et des personnes handicapées, qu'il finance au titre de l'allocation personnalisée d'autonomie et de la prestation de compensation du handicap. Le département compte 335 000 habitants, dont 32 % ont plus de 60 ans.

        ## Les constats

        Le vieillissement est plus marqué dans l'Allier qu'en moyenne nationale, en particulier dans les cantons ruraux du Bourbonnais. Les services d'aide à domicile peinent à recruter et les temps de trajet pèsent sur leur équilibre. Les établissements d'hébergement sont concentrés autour de Moulins, de Montluçon et de Vichy ; ailleurs, les listes d'attente s'allongent.

        ## Les orientations

        Le schéma veut allier maintien à domicile et nouvelles formes d'habitat : il prévoit 300 places en habitat inclusif, une hausse du tarif horaire des services d'aide à domicile et la création d'une plateforme départementale d'aide aux aidants. Le Département consacrera 12 millions d'euros supplémentaires à ces actions sur la durée du schéma.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actualités", "Solidarités"] };
}

/// <summary>The Vienne (département, 86), also the river; the commune of Vienne (Isère) is named to rule it out; Poitiers, Châtellerault and Montmorillon are context; Nouvelle-Aquitaine appears only in the running header.</summary>
public sealed class InseeVienneDemographie2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("insee-vienne-86-population-2023.pdf",
        "La Vienne gagne des habitants grâce à l'agglomération poitevine", "INSEE", "2023-02-21",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/publications/vienne-86-population-2023.pdf",
        "Insee Flash Nouvelle-Aquitaine n° 88", "solde migratoire", """
        ## Une croissance modérée

        Au 1er janvier 2020, le département de la Vienne compte 439 000 habitants. Sa population augmente de 0,3 % par an depuis 2014, un rythme légèrement inférieur à celui des années 2000. Le solde naturel est devenu négatif ; la croissance repose désormais sur le solde migratoire, en particulier sur l'arrivée d'étudiants et de jeunes actifs. Cette publication porte sur le département, et non sur la ville de Vienne, en Isère.

        ## Un département à deux vitesses

        La croissance se concentre autour de Poitiers et le long de l'axe qui la relie à Châtellerault, dans la vallée de la Vienne. Les communes périurbaines gagnent des familles. Le sud du département, autour de Montmorillon, perd des habitants depuis trente ans et vieillit rapidement : un habitant sur trois y a plus de 65 ans.

        ## Perspectives

        Si les tendances récentes se prolongeaient, le département compterait 450 000 habitants en 2050. Le nombre de personnes de plus de 75 ans augmenterait de 60 %, ce qui aurait des conséquences importantes sur les besoins en services d'aide à domicile et en établissements pour personnes âgées.
        """) with { InfoTitle = "Flash 88" };
}

/// <summary>The Aveyron named by its adjective ("aveyronnais", "Aveyronnais") and once by name; the Aveyron (river) is named; Rodez, Millau, Conques and the Aubrac are context; the Lot is a river; the département's name is also in the publisher.</summary>
public sealed class ObservatoireTourismeAveyronnais2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("observatoire-tourisme-aveyronnais-2023.html",
        "Fréquentation touristique : une saison aveyronnaise record", "Agence départementale de l'attractivité et du tourisme de l'Aveyron", "2023-11-21",
        DocumentTypeLabels.Etude, Themes.Culture, "https://tourisme-aveyron.example/observatoire/bilan-2023", """
        ## Une fréquentation en hausse

        Avec 11,2 millions de nuitées, la saison 2023 est la meilleure jamais mesurée par l'observatoire départemental. La clientèle française reste largement majoritaire, mais les visiteurs belges, néerlandais et espagnols progressent. Les hébergements aveyronnais ont affiché un taux d'occupation de 74 % en juillet et en août, et de 52 % en septembre.

        ## Les sites

        Le viaduc de Millau, l'abbatiale de Conques et les villages classés des gorges de l'Aveyron et du Lot restent les sites les plus visités. Le musée Soulages, à Rodez, a accueilli 160 000 visiteurs. L'Aubrac confirme son attrait auprès des randonneurs, notamment sur le chemin de Saint-Jacques.

        ## Les retombées

        Les dépenses des touristes sont estimées à 1,1 milliard d'euros. Les professionnels aveyronnais signalent cependant des difficultés de recrutement saisonnier et une hausse des coûts de l'énergie. Les Aveyronnais eux-mêmes sont de plus en plus nombreux à passer leurs vacances dans le département, selon l'enquête menée auprès des ménages.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>The Finistère by its number ("département 29") and once by name; Brest and Quimper are context; France and Bretagne are comparison columns. The PDF has no Info title.</summary>
public sealed class DreesFicheDepartementale29 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("drees-fiche-departementale-29-handicap-2022.pdf",
        "Fiche départementale 29 : prestations aux personnes handicapées 2022", "DREES", "2023-12-07",
        DocumentTypeLabels.Dataset, Themes.Social, "https://drees.example/fiches-departementales/29-handicap-2022.pdf",
        "DREES - fiches départementales handicap", "prestation de compensation du handicap", """
        ## Présentation

        Cette fiche rassemble, pour le département 29, les principaux indicateurs issus de l'enquête annuelle auprès des conseils départementaux sur l'aide sociale aux personnes handicapées. Les données portent sur la situation au 31 décembre 2022. Elles sont rapportées à la population de 20 à 59 ans.

        | Indicateur | Département 29 | Bretagne | France |
        | Bénéficiaires de la prestation de compensation du handicap (pour 1 000) | 7,4 | 7,0 | 6,2 |
        | Bénéficiaires de l'allocation compensatrice (pour 1 000) | 0,9 | 0,8 | 0,8 |
        | Places d'hébergement financées (pour 1 000) | 4,6 | 4,3 | 3,5 |
        | Dépense nette par habitant (€) | 168 | 159 | 146 |

        ## Commentaire

        Le Finistère se distingue par un taux élevé de bénéficiaires de la prestation de compensation du handicap et par une offre d'hébergement supérieure à la moyenne nationale. La dépense progresse de 4 % par an depuis 2018. Les établissements sont concentrés autour de Brest et de Quimper. Les délais de traitement des demandes par la maison départementale des personnes handicapées se sont réduits, mais restent supérieurs à quatre mois pour une demande sur cinq, notamment pour les adultes qui sollicitent une orientation vers un établissement ou un service spécialisé.
        """) with { InfoTitle = "" };
}

/// <summary>The Côtes-d'Armor by its conseil départemental ("costarmoricain"); Saint-Brieuc, Lannion, Dinan and Loudéac are context; the Armor is a landscape word.</summary>
public sealed class ConseilDepartementalCotesArmorRoutes2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("conseil-departemental-cotes-d-armor-plan-routes-2024.pdf",
        "Plan routier départemental 2024-2030", "Conseil départemental des Côtes-d'Armor", "2024-02-26",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://cotesdarmor.example/routes/plan-2024.pdf",
        "Côtes-d'Armor - plan routier 2024-2030", "ouvrages d'art", """
        ## Le réseau

        Le conseil départemental des Côtes-d'Armor gère 4 500 kilomètres de routes départementales et 1 200 ouvrages d'art. Ce réseau supporte l'essentiel des déplacements du quotidien dans un département où l'habitat est dispersé et où la voiture reste indispensable, en particulier dans le centre, autour de Loudéac.

        ## L'état des routes

        Le diagnostic réalisé en 2023 montre que 18 % des chaussées sont en mauvais état, contre 12 % dix ans plus tôt. Une trentaine de ponts nécessitent des travaux lourds dans les cinq ans. Les épisodes de fortes pluies ont fragilisé plusieurs routes côtières entre Lannion et Saint-Brieuc.

        ## Le programme

        Le plan prévoit 310 millions d'euros d'investissement sur sept ans. La priorité va à l'entretien du réseau existant plutôt qu'aux routes nouvelles, à l'exception du contournement d'un bourg près de Dinan. Le Département développera les aires de covoiturage et aménagera 150 kilomètres de voies partagées pour les cyclistes costarmoricains. Une commission associant les maires suivra l'avancement du plan chaque année.
        """);
}

/// <summary>The Hautes-Pyrénées (département) by its prefecture and name; Lourdes, Tarbes, Barèges and Luz-Saint-Sauveur are context; the gave de Pau and the Bastan are rivers; the Pyrénées are a landscape (and part of other départements' names).</summary>
public sealed class PrefectureHautesPyreneesCrues2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-65-bilan-crues-2023.html",
        "Crues de juin 2023 : le bilan des dégâts et des aides", "Préfecture des Hautes-Pyrénées", "2023-10-10",
        DocumentTypeLabels.Page, Themes.Securite, "https://hautes-pyrenees.gouv.example/actualites/crues-juin-2023", """
        ## L'événement

        Les 18 et 19 juin 2023, des pluies orageuses exceptionnelles sur le haut bassin du gave de Pau ont provoqué des crues soudaines dans les Hautes-Pyrénées. Les vallées de Barèges et de Luz-Saint-Sauveur ont été les plus touchées : routes coupées, réseaux d'eau endommagés, campings évacués. Le sanctuaire de Lourdes a dû fermer son esplanade pendant deux jours.

        ## Le bilan

        Quarante-deux communes du département ont été reconnues en état de catastrophe naturelle. Les dégâts aux biens des collectivités sont estimés à 38 millions d'euros, dont 21 millions pour la voirie. Le Bastan est sorti de son lit sur plusieurs kilomètres et a emporté deux ponts.

        ## Les aides

        L'État a mobilisé la dotation de solidarité en faveur des collectivités touchées par des événements climatiques : 14 millions d'euros ont déjà été notifiés. Les services de la préfecture à Tarbes accompagnent les communes dans la constitution des dossiers. Un plan de prévention des risques sera révisé dans les vallées les plus exposées.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actions de l'État", "Sécurité civile"] };
}

/// <summary>The Vosges (département) named by the adjective ("vosgienne", "vosgiens") and once by name; the massif des Vosges (also in Alsace) is named to rule it out; Épinal, Saint-Dié-des-Vosges and Remiremont are context; Alsace, the Haute-Saône and Luxembourg are context; Grand Est appears only in the lead.</summary>
public sealed class InseeFlashVosgienIndustrie2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("insee-flash-vosgien-industrie-2023.html",
        "L'industrie vosgienne résiste mieux que prévu", "INSEE", "2023-04-18",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/vosges-industrie-2023", """
        ## Un poids toujours important

        L'industrie représente 19 % de l'emploi salarié vosgien, contre 12 % en moyenne nationale. Les établissements industriels vosgiens emploient 27 000 salariés, dans le bois, le papier, le textile, l'agroalimentaire et la mécanique. Les bassins d'Épinal, de Saint-Dié-des-Vosges et de Remiremont concentrent l'essentiel de ces emplois.

        ## Une meilleure tenue depuis 2015

        Après deux décennies de pertes, l'emploi industriel est presque stable depuis 2015. Le textile s'est recentré sur des produits techniques et le linge de maison haut de gamme ; la filière bois profite de la demande de construction. Les difficultés de recrutement sont désormais le principal frein signalé par les chefs d'entreprise.

        ## Précisions

        L'étude porte sur le département des Vosges et non sur l'ensemble du massif des Vosges, qui s'étend aussi sur l'Alsace et la Haute-Saône. Les salariés vosgiens travaillant en Alsace ou au Luxembourg ne sont pas comptés dans l'emploi du département.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Flash Grand Est" };
}

/// <summary>Guadeloupe as a département (a DREES departmental fiche, "971"; Guadeloupe is also R 01 in the gazetteer) -> departement:971; Pointe-à-Pitre and Basse-Terre are context; Martinique and France are comparisons.</summary>
public sealed class DreesFicheGuadeloupe2022 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("drees-fiche-departementale-guadeloupe-aide-enfance-2022.pdf",
        "Fiche départementale : aide sociale à l'enfance en Guadeloupe (971)", "DREES", "2023-11-30",
        DocumentTypeLabels.Dataset, Themes.Social, "https://drees.example/fiches-departementales/971-ase-2022.pdf",
        "DREES - fiches départementales aide sociale à l'enfance", "mesures de placement", """
        ## Présentation

        Cette fiche présente les principaux indicateurs de l'aide sociale à l'enfance pour le département de la Guadeloupe (971) au 31 décembre 2022. Les données proviennent de l'enquête annuelle de la DREES auprès des conseils départementaux. Elles sont rapportées à la population de moins de 21 ans.

        | Indicateur | Guadeloupe | Martinique | France |
        | Mesures de placement (pour 1 000) | 8,1 | 9,0 | 11,2 |
        | Actions éducatives à domicile (pour 1 000) | 7,7 | 6,2 | 8,9 |
        | Part des placements en famille d'accueil | 58 % | 55 % | 41 % |
        | Dépense nette par habitant (€) | 131 | 142 | 140 |

        ## Commentaire

        Le recours au placement est moins fréquent en Guadeloupe qu'en moyenne nationale, mais l'accueil familial y est beaucoup plus développé. Les services départementaux, installés à Basse-Terre, disposent d'antennes à Pointe-à-Pitre et dans les îles du Sud. Les délais d'exécution des mesures de placement ordonnées par le juge restent longs : plus de deux mois en moyenne, faute de places disponibles. Le schéma départemental prévoit de recruter davantage d'assistants familiaux et d'ouvrir une maison d'enfants à caractère social supplémentaire.
        """) with { InfoTitle = "Fiche 971 ASE" };
}

/// <summary>The Collectivité européenne d'Alsace, which exercises the départements' powers for the Bas-Rhin and the Haut-Rhin -> both départements; Strasbourg, Colmar, Mulhouse and the Grand Est région are context; Alsace is not a code of its own.</summary>
public sealed class CollectiviteEuropeenneAlsaceBudget2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("collectivite-europeenne-alsace-budget-2024.html",
        "Budget 2024 de la Collectivité européenne d'Alsace", "Collectivité européenne d'Alsace", "2024-01-09",
        DocumentTypeLabels.Page, Themes.Finances, "https://alsace.example/actualites/budget-2024", """
        ## Une collectivité, deux départements

        Créée le 1er janvier 2021, la Collectivité européenne d'Alsace exerce les compétences des anciens conseils départementaux du Bas-Rhin et du Haut-Rhin, auxquelles s'ajoutent des compétences spécifiques en matière de coopération transfrontalière, de bilinguisme et de routes nationales transférées. Les deux départements subsistent comme circonscriptions de l'État, avec leurs préfectures à Strasbourg et à Colmar.

        ## Le budget

        L'assemblée a voté un budget de 2,2 milliards d'euros. Les solidarités en absorbent la moitié : revenu de solidarité active, allocation personnalisée d'autonomie, protection de l'enfance. Les routes, y compris les autoroutes non concédées autour de Strasbourg et de Mulhouse, représentent 260 millions d'euros, et les collèges 190 millions.

        ## Les choix

        La collectivité maintient son soutien aux communes rurales et crée un fonds pour l'apprentissage de l'allemand dès l'école maternelle. Elle poursuit le déploiement d'une taxe sur les poids lourds en transit, qui doit entrer en vigueur en 2027. Les relations avec la région Grand Est, dont elle fait partie, restent un sujet de débat.
        """) with { Meta = HtmlMeta.None, TimeElement = true };
}
