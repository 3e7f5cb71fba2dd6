using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind5 territory split (issue 13): overseas, Corsica, régions by their usual or former names, and the
// collectivities with a special status.
namespace SampleGenerator.Content.TerritoryBlind5;

/// <summary>Le Port (La Réunion, 97420), also a common noun ("le port", "le grand port maritime"); Saint-Denis is context; the TCO is membership.</summary>
public sealed class CrcLePort2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("crc-reunion-commune-le-port-2022.html",
        "Commune du Port : rapport d'observations définitives", "Chambre régionale des comptes La Réunion", "2022-12-01",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-reunion.example/rod/le-port-2022", """
        ## La commune

        La commune du Port (97420), sur la côte ouest de La Réunion, compte 34 000 habitants. Son territoire est occupé pour un tiers par les installations du grand port maritime, principale porte d'entrée des marchandises de l'île. La commune est membre de la communauté d'agglomération du Territoire de la Côte Ouest.

        ## La situation financière

        Les recettes de la commune bénéficient de l'octroi de mer, qui représente 28 % de ses produits de fonctionnement. Les charges de personnel restent élevées : 64 % des dépenses de fonctionnement, du fait d'un grand nombre d'agents contractuels. L'épargne brute est passée de 4 à 9 millions d'euros entre 2017 et 2021.

        La chambre recommande de réduire le recours aux contrats aidés et de conduire le projet de rénovation urbaine du quartier Ariste Bolon avec un plan de financement consolidé. Le trajet vers Saint-Denis reste la principale difficulté des actifs.
        """) with { Breadcrumb = ["Publications", "La Réunion"] };
}

/// <summary>La Trinité (Martinique, 97220), one of several La Trinité; the Martinique and the postcode corroborate; CAP Nord is membership.</summary>
public sealed class InseeLaTrinite2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("insee-martinique-la-trinite-2023.html",
        "La Trinité : une population qui vieillit vite", "Insee Martinique", "2023-05-16",
        DocumentTypeLabels.Bis, Themes.Geo, "https://insee.example/martinique/flash/la-trinite-2023", """
        ## Moins d'habitants, plus âgés

        La Trinité, sur la côte atlantique de la Martinique, compte 11 500 habitants en 2020, soit 1 200 de moins qu'en 2009. La commune, membre de la communauté d'agglomération du Pays Nord Martinique, perd des habitants comme la plupart des communes de l'île.

        | Âge | 2009 | 2020 |
        | Moins de 20 ans | 28 % | 21 % |
        | 20 à 64 ans | 57 % | 54 % |
        | 65 ans ou plus | 15 % | 25 % |
        Source : Insee, recensements (données fictives).

        ## Les causes

        Le départ des jeunes adultes pour leurs études ou un premier emploi explique l'essentiel de la baisse. Un habitant sur quatre a 65 ans ou plus. La commune (97220) devra adapter ses logements et ses services, alors que les naissances diminuent depuis dix ans.
        """);
}

/// <summary>Les Abymes (Guadeloupe); Pointe-à-Pitre is a neighbour; the CA Cap Excellence is membership. PDF.</summary>
public sealed class DgfipLesAbymes2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("dgfip-guadeloupe-les-abymes-2022.pdf",
        "Les Abymes — analyse financière rétrospective 2018-2022", "Direction régionale des finances publiques de la Guadeloupe", "2023-05-30",
        DocumentTypeLabels.Etude, Themes.Finances, "https://dgfip.example/guadeloupe/analyses/les-abymes-2022.pdf",
        "DRFiP Guadeloupe — Les Abymes", "plan de redressement", """
        ## La commune

        Les Abymes est la commune la plus peuplée de la Guadeloupe, avec 51 000 habitants. Elle est limitrophe de Pointe-à-Pitre et membre de la communauté d'agglomération Cap Excellence.

        ## Les constats

        | Indicateur | 2018 | 2022 |
        | Recettes de fonctionnement (M€) | 92 | 99 |
        | Dépenses de fonctionnement (M€) | 90 | 93 |
        | Épargne brute (M€) | 2 | 6 |
        | Délai de paiement des fournisseurs (jours) | 110 | 64 |
        Source : comptes de gestion (données fictives).

        La commune a engagé un plan de redressement en 2019. L'épargne brute s'est reconstituée, mais elle ne suffit pas encore à financer les investissements nécessaires, en particulier la remise en état du réseau d'eaux pluviales. Les délais de paiement ont été réduits de moitié, ce qui soulage les entreprises locales.

        Le comptable public recommande de poursuivre le plan de redressement, de fiabiliser les restes à réaliser et de constituer des provisions pour les créances douteuses, dont le montant reste élevé. Cette analyse a été présentée au conseil municipal en juin.
        """);
}

/// <summary>Bonifacio (Corse-du-Sud); Porto-Vecchio is a comparison; the CC du Sud Corse is membership.</summary>
public sealed class Bonifacio2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("crc-corse-commune-de-bonifacio-2023.html",
        "Commune de Bonifacio : rapport d'observations définitives", "Chambre régionale des comptes de Corse", "2023-10-03",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-corse.example/rod/bonifacio-2023", """
        ## Le contrôle

        La chambre a contrôlé la gestion de la commune de Bonifacio, en Corse-du-Sud, depuis 2017. Cette commune de 3 300 habitants accueille plus d'un million de visiteurs par an.

        ## Une commune touristique

        Les recettes liées au tourisme (taxe de séjour, droits de port de plaisance, stationnement) représentent 41 % des produits de fonctionnement, une part plus forte qu'à Porto-Vecchio. Le budget annexe du port de plaisance dégage un excédent qui finance une partie des investissements communaux.

        La chambre relève des faiblesses dans le recouvrement des redevances d'occupation du domaine public par les terrasses et les loueurs de bateaux. Elle recommande de réviser les tarifs, de tenir un inventaire des autorisations et de mettre en concurrence les concessions de plage.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>L'Île-Rousse (Haute-Corse), named only in the body; Calvi is context. PDF.</summary>
public sealed class IleRousse2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("prefecture-2b-recueil-2022-118.pdf",
        "Recueil des actes administratifs n° 2B-2022-118", "Préfecture de la Haute-Corse", "2022-08-24",
        DocumentTypeLabels.Page, Themes.Securite, "https://haute-corse.gouv.example/raa/2022-118.pdf",
        "Préfecture de la Haute-Corse — RAA", "mise en demeure", """
        ## Arrêté préfectoral portant mise en demeure

        Le préfet de la Haute-Corse,

        Vu le code général des collectivités territoriales, et notamment son article L. 1612-15 ;

        Vu l'avis de la chambre régionale des comptes de Corse du 27 juillet 2022 constatant qu'une dépense obligatoire n'a pas été inscrite au budget de la commune de L'Île-Rousse ;

        Considérant que la commune de L'Île-Rousse est redevable envers le service d'eau et d'assainissement d'une somme de 312 000 euros au titre des exercices 2020 et 2021 ;

        Arrête :

        Article 1er : Le conseil municipal de L'Île-Rousse est mis en demeure d'inscrire à son budget de l'exercice 2022 la somme de 312 000 euros, dans un délai d'un mois à compter de la notification du présent arrêté.

        Article 2 : À défaut, la dépense sera inscrite d'office par le préfet.

        Article 3 : Le sous-préfet de Calvi et le directeur départemental des finances publiques sont chargés de l'exécution du présent arrêté.
        """);
}

/// <summary>Ajaccio (Corse-du-Sud), by the commune's own budget page; the Pays Ajaccien agglomeration is membership.</summary>
public sealed class AjaccioBp2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("ajaccio-budget-primitif-2023.html",
        "Budget primitif 2023 de la Ville d'Ajaccio", "Ville d'Ajaccio", "2023-04-13",
        DocumentTypeLabels.Page, Themes.Finances, "https://ajaccio.example/budget/bp-2023", """
        ## Un budget d'investissement

        Le conseil municipal a adopté le budget primitif 2023 de la ville : 118 millions d'euros en fonctionnement et 52 millions en investissement. Ajaccio, chef-lieu de la Corse-du-Sud et siège de la Collectivité de Corse, compte 76 000 habitants.

        ## Les projets

        Les principaux investissements concernent la rénovation des écoles des Salines et de Saint-Jean, l'aménagement du front de mer et l'agrandissement du parc de stationnement de la gare maritime. La ville poursuit son programme de vidéoprotection.

        Les taux de fiscalité restent inchangés. La hausse des dépenses d'énergie, estimée à 2,3 millions d'euros, est compensée par des économies sur l'éclairage public. La ville reverse 4,1 millions d'euros à la communauté d'agglomération du Pays Ajaccien au titre des compétences transférées.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Collectivité territoriale de Martinique exercising the regional power (transport, lycées): annotated as the régional level
/// (departement:972 is the same territory). PDF.</summary>
public sealed class CtmLycees2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("ctm-plan-pluriannuel-lycees-2023.pdf",
        "Plan pluriannuel d'investissement dans les lycées 2023-2028", "Collectivité territoriale de Martinique", "2023-03-09",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://collectivitedemartinique.example/education/ppi-lycees-2023.pdf",
        "CTM — lycées 2023-2028", "lycées", """
        ## Le patrimoine scolaire

        La Collectivité territoriale de Martinique, qui exerce depuis 2015 les compétences de l'ancienne région et de l'ancien département, est propriétaire de 25 lycées et de 43 collèges. Ce plan concerne les lycées, dont la moitié ont plus de quarante ans.

        | Programme | Montant 2023-2028 (M€) |
        | Mise aux normes parasismiques | 96 |
        | Rénovation énergétique | 44 |
        | Équipements pédagogiques | 21 |
        | Total | 161 |
        Source : délibération de l'Assemblée de Martinique (données fictives).

        ## Les priorités

        La mise aux normes parasismiques est la première priorité : neuf lycées présentent un risque jugé élevé. La collectivité prévoit aussi d'installer des panneaux photovoltaïques sur toutes les toitures rénovées. Les effectifs de lycéens diminuent de 2 % par an, ce qui conduit à regrouper deux établissements.

        Le plan sera actualisé chaque année lors du vote du budget. Les travaux seront réalisés autant que possible pendant les vacances scolaires, pour limiter la gêne des élèves et des personnels. La collectivité mobilisera les fonds européens et le fonds de prévention des risques naturels majeurs pour réduire la part financée par l'emprunt.
        """);
}

/// <summary>"La Région Occitanie / Pyrénées-Méditerranée" by its usual long name: region:76 (a code of earlier splits).</summary>
public sealed class RegionOccitanieBudget2024 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("region-occitanie-budget-2024.html",
        "Budget 2024 : la Région investit pour l'emploi et la transition écologique", "Région Occitanie / Pyrénées-Méditerranée", "2024-01-25",
        DocumentTypeLabels.Page, Themes.Finances, "https://laregion.example/budget-2024", """
        ## 4,3 milliards d'euros

        Réunis en assemblée plénière, les élus de la Région Occitanie / Pyrénées-Méditerranée ont adopté un budget de 4,3 milliards d'euros pour 2024, dont 1,5 milliard d'investissement.

        ## Les priorités

        Les transports représentent le premier poste de dépenses : la Région finance les trains régionaux, les cars liO et la gratuité pour les jeunes de 18 à 26 ans. Elle consacre 660 millions d'euros aux lycées, 420 millions au développement économique et à l'emploi, et 310 millions à la transition écologique, dont le plan hydrogène.

        La dette régionale atteint 3,9 milliards d'euros, soit une capacité de désendettement de 6,8 années. La Région reste parmi les plus investisseuses de France par habitant.

        Le compte administratif sera voté en juin.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Former région Franche-Comté (2014) -> Bourgogne-Franche-Comté, region:27 (a code of earlier splits); Besançon, the Doubs and the Jura are places in it. PDF.</summary>
public sealed class InseeFrancheComte2014 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("insee-franche-comte-emploi-2014.pdf",
        "L'emploi en Franche-Comté en 2014 : l'industrie continue de reculer", "Insee Franche-Comté", "2015-03-19",
        DocumentTypeLabels.Bis, Themes.Emploi, "https://insee.example/franche-comte/bilan-emploi-2014.pdf",
        "Insee Flash Franche-Comté", "emploi salarié", """
        ## L'emploi salarié marchand

        Fin 2014, la Franche-Comté compte 253 000 emplois salariés dans les secteurs marchands, 2 100 de moins qu'un an auparavant. La baisse (-0,8 %) est plus forte qu'en France métropolitaine (-0,3 %).

        | Secteur | Évolution 2014 |
        | Industrie | -2,1 % |
        | Construction | -3,4 % |
        | Commerce | -0,2 % |
        | Services marchands | +0,6 % |
        | Intérim | +3,1 % |
        Source : Insee, estimations d'emploi (données fictives).

        ## Un recul industriel

        L'industrie automobile et ses sous-traitants perdent 1 300 emplois. Le Doubs concentre la moitié des pertes régionales ; le Jura et la Haute-Saône résistent mieux. Le taux de chômage régional atteint 9,4 %. L'agglomération de Besançon gagne des emplois dans les services.

        Dans la construction, la baisse se poursuit pour la septième année consécutive, en lien avec le recul des mises en chantier de logements. Le commerce résiste grâce aux grandes surfaces, tandis que les petits commerces de centre-ville perdent des salariés. Les services aux entreprises et l'intérim sont les seuls secteurs en progression. Les premiers indicateurs de 2015 laissent espérer une stabilisation.
        """);
}

/// <summary>Collectivité européenne d'Alsace: its two départements, Bas-Rhin and Haut-Rhin; Strasbourg and Colmar are places in it.</summary>
public sealed class CeaSolidarites2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("cea-rapport-solidarites-2022.html",
        "Solidarités : le rapport annuel 2022", "Collectivité européenne d'Alsace", "2023-06-15",
        DocumentTypeLabels.Rapport, Themes.Social, "https://alsace.example/solidarites/rapport-2022", """
        ## Une collectivité, deux départements

        Créée le 1er janvier 2021 par le regroupement des départements du Bas-Rhin et du Haut-Rhin, la Collectivité européenne d'Alsace exerce les compétences départementales sur tout le territoire alsacien, de Strasbourg à Colmar et Mulhouse.

        ## Les allocations

        | Allocation | Bénéficiaires 2022 | Dépense (M€) |
        | Revenu de solidarité active | 41 200 | 298 |
        | Allocation personnalisée d'autonomie | 33 900 | 192 |
        | Prestation de compensation du handicap | 9 600 | 74 |
        Source : Collectivité européenne d'Alsace (données fictives).

        Le nombre d'allocataires du revenu de solidarité active a baissé de 6 % en un an. Les dépenses d'autonomie progressent avec le vieillissement de la population. La collectivité a recruté 60 travailleurs sociaux pour réduire les délais d'instruction.

        Le rapport sera présenté à l'assemblée lors de sa prochaine séance.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Collectivité de Saint-Martin (overseas collectivity, gazetteer record R 978); the many communes named Saint-Martin are not meant;
/// Sint Maarten (Dutch side) is context.</summary>
public sealed class SaintMartinCom2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("iedom-saint-martin-rapport-2022.html",
        "Saint-Martin : rapport annuel économique 2022", "Institut d'émission des départements d'outre-mer", "2023-07-11",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://iedom.example/saint-martin/rapport-annuel-2022", """
        ## Une économie tournée vers le tourisme

        La collectivité d'outre-mer de Saint-Martin, qui occupe la partie française d'une île des Petites Antilles partagée avec Sint Maarten, compte 32 000 habitants. L'économie repose sur le tourisme, qui a retrouvé en 2022 son niveau d'avant l'ouragan de 2017.

        ## Les finances de la collectivité

        La Collectivité de Saint-Martin exerce les compétences d'une commune, d'un département et d'une région. Ses recettes fiscales, dont la taxe générale sur le chiffre d'affaires, atteignent 120 millions d'euros. Les difficultés de recouvrement restent importantes.

        | Indicateur | 2022 |
        | Crédits aux entreprises | 610 M€ |
        | Passagers aériens | 340 000 |
        | Demandeurs d'emploi | 5 200 |
        Source : IEDOM (données fictives).

        L'institut prévoit une croissance modérée en 2023. Le rapport complet comprend aussi une analyse du système bancaire local.
        """);
}
