using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind8 territory split (issue 13): overseas, Corsica, régions by official, usual or former names.
namespace SampleGenerator.Content.TerritoryBlind8;

/// <summary>CC de l'Alta Rocca (Corse-du-Sud); Levie is its seat, Zonza a member; Porto-Vecchio is context.</summary>
public sealed class AltaRocca2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("cc-alta-rocca-rapport-activite-2023.html",
        "Rapport d'activité 2023", "Communauté de communes de l'Alta Rocca", "2024-04-22",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://alta-rocca.example/rapport-2023", """
        ## Le territoire

        La communauté de communes de l'Alta Rocca rassemble dix-huit communes de montagne de Corse-du-Sud, de Zonza à Sainte-Lucie-de-Tallano, pour 8 900 habitants. Son siège est à Levie. Le littoral de Porto-Vecchio, tout proche, attire une partie des actifs et des touristes.

        ## Les actions de l'année

        - reprise en régie de la collecte des déchets, avec deux nouveaux camions bennes ;
        - ouverture d'une maison France services itinérante qui dessert onze villages ;
        - aménagement de l'aire de stationnement du col de Bavella, saturé en été.

        Le budget principal 2023 s'est élevé à 7,8 millions d'euros.

        Le conseil communautaire a également approuvé un plan pluriannuel de réfection des pistes pastorales et un schéma de randonnée qui relie les villages par d'anciens sentiers muletiers restaurés.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Ghisonaccia (Haute-Corse, 20240), on the eastern plain; Bastia and Aléria are context.</summary>
public sealed class CrcGhisonaccia2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("crc-corse-commune-de-ghisonaccia-2023.pdf",
        "Commune de Ghisonaccia : rapport d'observations définitives", "Chambre régionale des comptes de Corse", "2023-07-06",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-corse.example/rod/ghisonaccia-2023.pdf",
        "CRC de Corse - Ghisonaccia", "plaine orientale", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune de Ghisonaccia, principal bourg de la plaine orientale, entre 2017 et 2021. La commune de 4 400 habitants voit sa population tripler l'été avec les campings du littoral, ce qui dimensionne ses équipements bien au-delà de ses besoins permanents.

        ## La situation financière

        Les recettes réelles de fonctionnement atteignent 8,1 millions d'euros. Les dépenses de personnel ont crû de 5 % par an, plus vite que les recettes, avec des recrutements saisonniers non budgétés. La capacité d'autofinancement nette est devenue négative en 2021. Les restes à recouvrer sur les redevances d'occupation du domaine public maritime sont anciens et mal suivis.

        ## Recommandations

        La chambre recommande de fiabiliser les prévisions budgétaires, de mettre en place un contrôle des régies du port et de la plage, et d'établir une convention avec les communes voisines d'Aléria et de Prunelli-di-Fiumorbo pour le partage des charges du centre de secours saisonnier.
        """);
}

/// <summary>The CACL (CA du Centre Littoral, Guyane) by its acronym; Cayenne is its seat, Matoury a member named as context.</summary>
public sealed class CaclDechets2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("cacl-rapport-dechets-2023.html",
        "La CACL publie son rapport annuel sur les déchets", "CACL", "2024-07-08",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://cacl-guyane.example/rapport-dechets-2023", """
        ## Les chiffres clés

        La CACL a collecté en 2023 près de 62 000 tonnes de déchets ménagers et assimilés dans ses six communes, soit 402 kilogrammes par habitant. Le tri sélectif ne représente encore que 4 % des tonnages. L'installation de stockage des Maringouins, à Cayenne, arrive à saturation.

        ## Les projets

        La communauté d'agglomération prépare l'ouverture d'un nouveau pôle de traitement à Matoury et l'extension de la collecte séparée des emballages à tout le territoire. Le coût du service, 79 millions d'euros, est couvert à 71 % par la taxe d'enlèvement des ordures ménagères.

        Des campagnes de sensibilisation ont été menées dans les écoles et sur les marchés. Le rapport détaille enfin les indicateurs financiers demandés par la réglementation, ainsi que le programme d'investissement des trois prochaines années.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "08 juillet 2024" };
}

/// <summary>CC de Petite-Terre (Mayotte), whose two members are Dzaoudzi and Pamandzi (members, not annotated); Mamoudzou is context.</summary>
public sealed class PetiteTerre2022 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("crc-mayotte-cc-petite-terre-2022.pdf",
        "Communauté de communes de Petite-Terre", "Chambre régionale des comptes La Réunion-Mayotte", "2022-10-19",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-reunion-mayotte.example/rod/cc-petite-terre-2022.pdf",
        "CRC La Réunion-Mayotte - CC de Petite-Terre", "barge entre les deux îles", """
        ## Présentation

        La communauté de communes de Petite-Terre regroupe les deux communes de l'île, Dzaoudzi-Labattoir et Pamandzi, soit 30 000 habitants. Créée en 2015, elle exerce les compétences obligatoires des intercommunalités ; la liaison par barge entre les deux îles relève du département et de ses délégataires, et non de la communauté.

        ## La gestion

        La chambre constate que la communauté n'a pas encore adopté de projet de territoire et que ses effectifs, 94 agents, ont été constitués en grande partie par transfert des communes sans redéfinition des postes. La collecte des déchets, confiée à un syndicat départemental, souffre d'interruptions répétées.

        ## La situation financière

        Les recettes de fonctionnement dépendent à 62 % des dotations de l'État et de l'octroi de mer. L'épargne brute est faible mais positive. La communauté n'est pas endettée. La chambre recommande de fiabiliser l'inventaire et de se doter d'un plan pluriannuel d'investissement avant d'engager l'aménagement de la zone d'activités prévue près de l'aéroport.
        """);
}

/// <summary>Le Robert (Martinique, 97231), also a first name; Fort-de-France is context.</summary>
public sealed class OfglLeRobert2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-le-robert-972-2023.html",
        "Le Robert (972) : situation financière 2022", "OFGL", "2023-11-28",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/97222-le-robert", """
        ## La commune

        Le Robert, 21 500 habitants, sur la côte atlantique de la Martinique. Code commune 97222.

        | Indicateur 2022 | Le Robert | Communes de Martinique de 20 000 à 50 000 habitants |
        | Recettes réelles de fonctionnement (euros par habitant) | 1 488 | 1 612 |
        | Frais de personnel (euros par habitant) | 902 | 941 |
        | Épargne brute (euros par habitant) | 121 | 96 |
        | Encours de dette (euros par habitant) | 1 050 | 1 230 |

        ## Commentaire

        Comme les autres communes d'outre-mer, la commune bénéficie de l'octroi de mer. Son épargne, supérieure à celle des communes comparables, reste fragile. Fort-de-France concentre une large part des emplois occupés par les habitants.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Région Sud (usual name of Provence-Alpes-Côte d'Azur) -> region:93 (a code already used in earlier splits: all metropolitan régions are); Marseille is its seat.</summary>
public sealed class RegionSudBudget2024 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("region-sud-budget-2024-communique.html",
        "Budget 2024 : la Région Sud maintient son cap", "Région Sud", "2023-12-15",
        DocumentTypeLabels.Page, Themes.Finances, "https://maregionsud.example/presse/budget-2024", """
        ## Un budget de 2,6 milliards d'euros

        Réunis en séance plénière à l'hôtel de région, à Marseille, les élus de la Région Sud ont adopté le budget primitif 2024. Il atteint 2,6 milliards d'euros, dont 900 millions d'euros d'investissement. Les dépenses de fonctionnement sont stabilisées pour la cinquième année.

        ## Les priorités

        - les transports régionaux, avec la commande de 16 nouvelles rames ;
        - les lycées, dont 25 seront rénovés ou agrandis ;
        - le plan climat régional, qui mobilise un tiers du budget.

        La Région n'augmente pas la fiscalité et réduit sa dette de 50 millions d'euros.

        Le président a souligné que la Région consacrera aussi 120 millions d'euros à l'apprentissage et à la formation des demandeurs d'emploi, et 60 millions d'euros au soutien des entreprises exportatrices.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = true, Breadcrumb = ["Presse", "Communiqués"] };
}

/// <summary>Former région Franche-Comté (2015) -> region:27, Bourgogne-Franche-Comté (a code already used in earlier splits); Besançon is context.</summary>
public sealed class InseeFrancheComte2015 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("insee-analyses-franche-comte-emploi-2015.pdf",
        "Franche-Comté : l'emploi industriel résiste mieux qu'ailleurs", "INSEE", "2015-06-02",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/analyses-franche-comte-2015.pdf",
        "Insee Analyses Franche-Comté n° 12", "emploi industriel", """
        ## Une région industrielle

        La Franche-Comté reste la région la plus industrielle de France métropolitaine : l'industrie y occupe 22 % des emplois salariés, contre 13 % en moyenne nationale. Entre 2008 et 2014, la région a perdu 11 % de ses emplois industriels, un recul plus modéré que dans les régions voisines.

        ## Automobile et microtechniques

        La construction automobile et ses sous-traitants, autour du pôle de Sochaux-Montbéliard, concentrent un emploi industriel sur trois. Les microtechniques et la lunetterie, dans le Haut-Doubs et le Jura, ont mieux traversé la crise grâce à l'export. Les services aux entreprises se développent surtout autour de Besançon.

        ## Perspectives

        À la veille de la fusion avec la Bourgogne, la région présente une spécialisation complémentaire de celle de sa voisine. L'emploi frontalier vers la Suisse, 31 000 personnes, continue de croître et soutient les revenus des zones de montagne.

        Cette étude a été réalisée en partenariat avec la direction régionale des entreprises.
        """);
}

/// <summary>Polynésie française (R 987 in the gazetteer) -> region:987, noted as Saint-Barthélemy in gold-blind7.tsv; Papeete is context.</summary>
public sealed class IeomPolynesie2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-communes-polynesie-francaise-2023.html",
        "Les finances des communes de Polynésie française en 2022", "DGCL", "2023-12-07",
        DocumentTypeLabels.Bis, Themes.Finances, "https://collectivites-locales.example/bis/polynesie-2022", """
        ## 48 communes sur 118 îles

        Les 48 communes de Polynésie française exercent des compétences plus étroites que celles de l'Hexagone : l'eau, les déchets et l'état civil, mais ni la voirie territoriale ni l'enseignement secondaire. Leurs dépenses réelles de fonctionnement atteignent 42 milliards de francs Pacifique en 2022.

        ## Des ressources très dépendantes

        Le fonds intercommunal de péréquation, alimenté par le budget du Pays, fournit 58 % des recettes de fonctionnement. La fiscalité communale reste marginale, sauf à Papeete et dans quelques communes de Tahiti. Les communes des archipels éloignés consacrent une part importante de leurs dépenses au transport de leurs agents et de leurs matériaux.
        """) with { Meta = HtmlMeta.DublinCore, Lead = "Bulletin d'information statistique consacré aux communes polynésiennes." };
}
