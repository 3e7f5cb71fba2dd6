using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind7 territory split (issue 13): overseas, Corsica, régions by official, usual or former names.
namespace SampleGenerator.Content.TerritoryBlind7;

/// <summary>Koungou (Mayotte), a commune; Mamoudzou is a neighbour.</summary>
public sealed class InseeKoungou2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("insee-mayotte-koungou-population-2023.html",
        "Koungou : une croissance démographique parmi les plus fortes de Mayotte", "INSEE", "2023-08-29",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/mayotte/koungou-population-2023", """
        ## Une population qui a presque doublé

        Au nord de Mamoudzou, la commune de Koungou compte 32 000 habitants selon les dernières estimations, contre 17 000 au milieu des années 2000. Les villages de Majicavo et de Longoni ont absorbé l'essentiel de cette croissance, souvent sous forme d'habitat informel.

        ## Une population très jeune

        | Indicateur | Koungou | Mayotte |
        | Moins de 15 ans | 47 % | 44 % |
        | Logements en tôle | 46 % | 38 % |
        | Logements sans eau courante | 34 % | 29 % |
        Source : enquête annuelle de recensement (données fictives).

        ## Un port en développement

        Le port de Longoni, principal point d'entrée des marchandises de l'île, emploie directement 600 personnes. La commune prépare, avec l'État, un plan de résorption de l'habitat insalubre sur les hauteurs de Koungou.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Statistiques", "Mayotte"] };
}

/// <summary>Le François (Martinique); Fort-de-France is context; the CAESM is its EPCI (membership).</summary>
public sealed class CrcLeFrancois2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("crc-martinique-commune-du-francois-2022.pdf",
        "Commune du François : rapport d'observations définitives", "Chambre régionale des comptes Martinique", "2022-05-31",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-martinique.example/rod/commune-du-francois-2022.pdf",
        "CRC Martinique - Commune du François", "délais de paiement", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune du François, sur la côte atlantique de l'île, pour les exercices 2016 à 2020. La ville compte 15 700 habitants et appartient à la communauté d'agglomération de l'Espace Sud.

        ## Une situation financière fragile

        Les charges de personnel absorbent 68 % des dépenses de fonctionnement, en raison de la majoration de traitement propre à l'outre-mer et d'effectifs élevés. L'épargne brute est devenue négative en 2019.

        ## Des délais de paiement excessifs

        Le délai global de paiement des fournisseurs atteint 94 jours en 2020, pour un plafond réglementaire de 30 jours. Les entreprises locales du bâtiment sont les premières touchées.

        ## Recommandations

        1. Adopter un plan de redressement avec les services de l'État.
        2. Réduire les délais de paiement en dématérialisant la chaîne comptable.
        3. Mettre en place une gestion prévisionnelle des effectifs, en lien avec les communes voisines et Fort-de-France.

        La réponse du maire figure en annexe du rapport.
        """);
}

/// <summary>Sainte-Anne (Martinique, 97227); Sainte-Anne in Guadeloupe is named to rule it out; Le Diamant is a neighbour.</summary>
public sealed class PrefectureSainteAnne2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-972-sainte-anne-sargasses-2023.html",
        "Sargasses : arrêté d'aide exceptionnelle à la commune de Sainte-Anne", "Préfecture de la Martinique", "2023-06-22",
        DocumentTypeLabels.Page, Themes.Durable, "https://martinique.gouv.example/sargasses-sainte-anne-2023", """
        ## L'aide de l'État

        Par arrêté du 19 juin 2023, une subvention de 290 000 euros est attribuée à la commune de Sainte-Anne (97227) pour le ramassage des algues sargasses échouées sur ses plages depuis le mois de mars. Cette commune du sud de la Martinique, à ne pas confondre avec son homonyme de la Guadeloupe, est l'une des plus touchées de l'île.

        ## Les dépenses couvertes

        | Dépense | Montant (euros) |
        | Ramassage mécanique | 184 000 |
        | Barrages flottants | 71 000 |
        | Mesure des gaz émis | 35 000 |
        Source : dossier communal (données fictives).

        ## Suivi

        La commune transmettra un bilan des tonnages collectés avant la fin de l'année. Le dispositif pourra être étendu aux communes voisines, comme Le Diamant, si les échouements se poursuivent.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Apatou (Guyane), a river commune; Saint-Laurent-du-Maroni and the Suriname are context.</summary>
public sealed class CtgApatou2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-apatou-dotations-2022.html",
        "Apatou : une commune guyanaise en forte croissance, des dotations en hausse", "DGCL", "2022-07-12",
        DocumentTypeLabels.Page, Themes.Dotations, "https://collectivites-locales.example/actualites/apatou-2022", """
        ## Une commune du fleuve

        Sur la rive française du Maroni, en amont de Saint-Laurent-du-Maroni, Apatou compte 10 300 habitants, contre 5 800 en 2010. La majorité des villages de la commune ne sont accessibles qu'en pirogue. Sa population, très jeune, fait face à une offre scolaire insuffisante.

        ## Les dotations de l'État

        | Dotation | 2021 (euros) | 2022 (euros) |
        | Dotation globale de fonctionnement | 2 940 000 | 3 260 000 |
        | Dont dotation d'aménagement des communes d'outre-mer | 1 810 000 | 2 090 000 |
        | Dotation d'équipement scolaire | 1 200 000 | 1 650 000 |
        Source : DGCL (données fictives).

        ## Des besoins d'équipement

        La commune doit ouvrir trois nouvelles écoles d'ici 2026. La dotation d'équipement scolaire, créée pour les communes de Guyane et de Mayotte à forte croissance, couvre jusqu'à 100 % des travaux.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Actualités", "Outre-mer"] };
}

/// <summary>Lucciana (Haute-Corse), the airport commune; Bastia and Borgo are context.</summary>
public sealed class CrcLucciana2021 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("crc-corse-commune-de-lucciana-2021.pdf",
        "Commune de Lucciana : rapport d'observations définitives", "Chambre régionale des comptes de Corse", "2021-11-09",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-corse.example/rod/lucciana-2021.pdf",
        "CRC Corse - Commune de Lucciana", "taxe foncière", """
        ## Présentation

        Commune de 6 900 habitants au sud de Bastia, Lucciana accueille l'aéroport de Bastia-Poretta et une large zone commerciale. Sa population a augmenté de 60 % en vingt ans, au même rythme que celle de sa voisine Borgo.

        ## Des recettes dynamiques

        Le produit de la taxe foncière sur les propriétés bâties, assis sur les locaux commerciaux et aéroportuaires, représente 52 % des recettes fiscales. L'épargne brute atteint 24 % des produits de gestion, un niveau élevé.

        ## Des dépenses d'équipement peu maîtrisées

        Le programme de voirie du quartier de Casamozza a coûté 3,2 millions d'euros, contre 1,9 million prévus. La chambre relève l'absence d'étude préalable et de suivi des avenants.

        ## Recommandations

        1. Élaborer un plan pluriannuel d'investissement.
        2. Créer une commission de suivi des marchés de travaux.
        3. Fiabiliser l'état de la dette annexé au budget.

        ## Réponse de l'ordonnateur

        Le maire indique que la commune a engagé la rédaction d'un plan pluriannuel d'investissement et qu'un agent a été recruté pour le suivi des marchés. La chambre en prend acte.
        """);
}

/// <summary>Saint-Barthélemy, an overseas collectivity (R 977 in the gazetteer); Saint-Martin and Guadeloupe are context.</summary>
public sealed class IedomSaintBarthelemy2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("iedom-saint-barthelemy-rapport-2022.html",
        "Saint-Barthélemy : rapport annuel économique 2022", "Institut d'émission des départements d'outre-mer", "2023-07-04",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://iedom.example/saint-barthelemy/rapport-annuel-2022", """
        ## Une économie du tourisme haut de gamme

        La collectivité de Saint-Barthélemy a accueilli 265 000 visiteurs en 2022, dont 40 % par la mer. Le tourisme de luxe porte l'emploi, l'immobilier et le commerce de l'île, qui compte 10 600 habitants.

        ## Indicateurs

        | Indicateur | 2021 | 2022 |
        | Passagers aériens | 178 000 | 205 000 |
        | Emploi salarié | 7 200 | 7 700 |
        | Encours de crédits (millions d'euros) | 612 | 648 |
        Source : IEDOM, collectivité (données fictives).

        ## Des finances publiques singulières

        Collectivité d'outre-mer depuis 2007, Saint-Barthélemy dispose de sa propre fiscalité, sans impôt sur le revenu pour les résidents de plus de cinq ans. Le droit de quai et la taxe sur les séjours constituent ses principales ressources. Les liaisons avec Saint-Martin et la Guadeloupe restent le point faible des transports.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>The Provence-Alpes-Côte d'Azur région under its usual name "Région Sud".</summary>
public sealed class RegionSudBudget2024 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("region-sud-budget-primitif-2024.pdf",
        "Budget primitif 2024 de la Région Sud", "Région Sud", "2023-12-15",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://maregionsud.example/budget-2024.pdf",
        "Région Sud - Budget primitif 2024", "transports express régionaux", """
        ## Un budget de 2,6 milliards d'euros

        L'assemblée régionale a adopté le budget 2024 de la Région Sud, qui s'élève à 2,61 milliards d'euros. Il consacre 1,02 milliard d'euros à l'investissement, un record.

        ## Les grandes politiques

        | Politique | Millions d'euros |
        | Transports express régionaux et mobilités | 712 |
        | Lycées | 498 |
        | Développement économique | 271 |
        | Formation professionnelle | 302 |
        | Environnement et plan climat | 184 |
        Source : budget primitif 2024 (données fictives).

        ## Les transports express régionaux

        L'ouverture à la concurrence de la ligne Marseille-Toulon-Nice se traduit par une hausse des fréquences. La Région achète 16 nouvelles rames. Les départements alpins bénéficieront de cars express vers les gares de la vallée de la Durance.

        ## La dette

        L'encours atteindra 3,3 milliards d'euros fin 2024, soit une capacité de désendettement de sept ans.

        ## Les lycées

        Le plan de rénovation des lycées se poursuit avec 31 opérations de travaux, dont huit restructurations lourdes. La Région consacre 45 millions d'euros à l'équipement numérique des élèves et des enseignants et généralise une restauration scolaire labellisée dans tous les établissements.
        """) with { Masthead = ["Région Sud", "Provence-Alpes-Côte d'Azur"] };
}

/// <summary>The former région Limousin (before 2016), today in Nouvelle-Aquitaine; Limoges is context.</summary>
public sealed class ObservatoireLimousin2014 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("observatoire-territoires-limousin-2014.html",
        "Limousin : une région qui gagne des habitants grâce aux migrations", "Observatoire des territoires", "2014-10-08",
        DocumentTypeLabels.Etude, Themes.Geo, "https://observatoire-territoires.example/archives/limousin-migrations-2014", """
        ## Un solde migratoire positif

        Entre 2006 et 2011, le Limousin a gagné 2 900 habitants par an grâce aux arrivées de nouveaux résidents, alors que les décès y dépassent les naissances. La région compte 740 000 habitants, dont un peu moins de la moitié dans l'aire urbaine de Limoges.

        ## Qui sont les nouveaux arrivants

        | Profil | Part des arrivants |
        | Retraités | 28 % |
        | Actifs de 25 à 54 ans | 44 % |
        | Étudiants | 14 % |
        | Autres | 14 % |
        Source : recensements (données fictives).

        ## Enjeux

        Les arrivants s'installent surtout dans les communes rurales proches des axes autoroutiers. La région devra adapter son offre de services aux retraités venus d'Île-de-France et du Royaume-Uni, nombreux dans les campagnes.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Archives", "Régions"] };
}
