using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind8 territory split (issue 13): EPCI named by their full name, acronym, seat or coined name; former EPCI (before 2017).
namespace SampleGenerator.Content.TerritoryBlind8;

/// <summary>Saint-Marcellin Vercors Isère Communauté, by its full name and SIREN; Saint-Marcellin is its seat.</summary>
public sealed class DgfipSmvic2022 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-fiche-epci-200070431-2022.html",
        "Comptes 2022 d'un groupement à fiscalité propre : Saint-Marcellin Vercors Isère Communauté", "DGFiP", "2023-07-11",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/groupements/200070431-2022", """
        ## Identification

        Groupement : Saint-Marcellin Vercors Isère Communauté. SIREN : 200070431. Nature : communauté de communes à fiscalité professionnelle unique. Siège : Saint-Marcellin. Nombre de communes membres : 47.

        ## Budget principal 2022 (milliers d'euros)

        | Poste | Montant | Euros par habitant |
        | Produits de fonctionnement | 31 480 | 682 |
        | Charges de fonctionnement | 27 910 | 605 |
        | Capacité d'autofinancement brute | 3 570 | 77 |
        | Dépenses d'équipement | 6 020 | 130 |
        | Encours de la dette | 14 300 | 310 |

        Les montants sont issus du compte de gestion ; les reversements de fiscalité aux communes membres sont comptés en charges.

        Les budgets annexes de l'eau, de l'assainissement et des zones d'activités font l'objet de fiches distinctes. Les ratios par habitant utilisent la population totale légale en vigueur au 1er janvier de l'exercice.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Comptes des collectivités", "Groupements", "2022"] };
}

/// <summary>The COPAMO (CC du Pays Mornantais), by its acronym; Mornant is its seat; Beauvallon is one member named as context.</summary>
public sealed class CopamoRapport2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("copamo-rapport-activite-2023.html",
        "La COPAMO en 2023 : rapport d'activité", "COPAMO", "2024-06-03",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://copamo.example/rapport-activite-2023", """
        ## Onze communes, un projet

        Le rapport d'activité retrace l'action de la COPAMO au cours de l'année 2023 : mobilité, petite enfance, déchets, développement économique. L'intercommunalité rassemble onze communes et 30 000 habitants au sud-ouest de Lyon ; son siège est à Mornant.

        ## Quelques réalisations

        - ouverture d'une crèche intercommunale de 36 places à Beauvallon ;
        - extension de la zone d'activités des Platières, avec huit nouvelles entreprises ;
        - lancement d'un service de location de vélos à assistance électrique.

        Le conseil communautaire s'est réuni neuf fois. Le budget 2023 de la COPAMO, 34 millions d'euros tous budgets confondus, a été exécuté à 91 %.

        Le rapport présente enfin les effectifs de l'intercommunalité, 180 agents, et les actions de formation conduites en interne au cours de l'année écoulée.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Publié le 3 juin 2024" };
}

/// <summary>The CCVG (CC de la Vallée du Garon), by its acronym; Brignais is context (seat).</summary>
public sealed class CcvgBudget2024 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("ccvg-budget-primitif-2024.pdf",
        "Budget primitif 2024 : note de présentation brève et synthétique", "CCVG", "2024-04-09",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://ccvg.example/budget-2024.pdf",
        "CCVG - budget primitif 2024", "note de présentation", """
        ## Cadre

        La présente note de présentation accompagne le budget primitif 2024 de la CCVG, adopté par le conseil communautaire le 26 mars. Elle est établie en application du code général des collectivités territoriales et mise en ligne sur le site de l'intercommunalité, dont le siège est à Brignais.

        ## Fonctionnement

        Les recettes réelles de fonctionnement s'élèvent à 24,6 millions d'euros, dont 15,1 millions de fiscalité. Les dépenses réelles atteignent 21,3 millions d'euros ; l'attribution de compensation versée aux cinq communes membres en représente 38 %. La CCVG dégage une épargne brute de 3,3 millions d'euros.

        ## Investissement

        Le programme d'investissement, 9,2 millions d'euros, finance la piscine intercommunale, la requalification de la zone d'activités et le plan vélo. Il est couvert par l'autofinancement, des subventions et un emprunt d'équilibre de 2 millions d'euros qui ne sera mobilisé qu'en cas de besoin.

        La dette intercommunale reste modeste et la capacité de désendettement inférieure à quatre ans.
        """);
}

/// <summary>The CA Villefranche Beaujolais Saône named by its seat ("l'agglomération de Villefranche"); the commune of Villefranche-sur-Saône is not a subject.</summary>
public sealed class InseeAggloVillefranche2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("insee-flash-agglomeration-villefranche-2023.html",
        "L'agglomération de Villefranche : une croissance portée par les familles", "INSEE", "2023-11-09",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/flash-ara-villefranche", """
        ## Une population qui progresse

        Au 1er janvier 2021, l'agglomération de Villefranche (communauté d'agglomération de 17 communes) compte 75 000 habitants. Sa population a augmenté de 0,8 % par an depuis 2015, deux fois plus vite que la moyenne régionale. Le solde naturel y contribue autant que les arrivées.

        ## Des actifs tournés vers Lyon

        Quatre actifs sur dix travaillent en dehors de l'agglomération, le plus souvent dans la métropole lyonnaise. Le revenu médian, 23 100 euros par unité de consommation, masque des écarts marqués entre la ville-centre et les communes viticoles des coteaux.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Flash Auvergne-Rhône-Alpes", Breadcrumb = ["Publications", "Insee Flash"] };
}

/// <summary>The CA d'Arles-Crau-Camargue-Montagnette named by its seat ("l'agglomération d'Arles"); Tarascon is a member named as context.</summary>
public sealed class AdemeAggloArles2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("ademe-plan-climat-agglomeration-arles-2023.pdf",
        "Plan climat de l'agglomération d'Arles : bilan à mi-parcours", "ADEME", "2023-10-17",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/pcaet-arles-2023.pdf",
        "ADEME - PCAET agglomération d'Arles", "bilan à mi-parcours", """
        ## Le plan climat

        La communauté d'agglomération Arles Crau Camargue Montagnette a adopté son plan climat-air-énergie territorial en 2020. Ce bilan à mi-parcours, réalisé avec l'appui de la direction régionale de l'agence, mesure l'avancement des 42 actions prévues sur les six communes de l'agglomération d'Arles.

        ## Les résultats

        Les émissions de gaz à effet de serre du territoire ont diminué de 7 % entre 2017 et 2021, surtout dans le résidentiel. Les transports, dominés par le fret routier de la plaine de la Crau, restent le premier poste. La production d'énergie renouvelable a doublé grâce à deux centrales photovoltaïques au sol.

        ## Les points de vigilance

        La rénovation des logements anciens, nombreux dans le centre historique et à Tarascon, progresse lentement. L'agence recommande de renforcer le guichet de la rénovation et d'intégrer le risque de submersion marine en Camargue dans le volet adaptation.

        Les élus ont souhaité que le bilan final, attendu en 2026, soit accompagné d'un tableau d'indicateurs publié chaque année et d'une enquête auprès des habitants sur les mobilités quotidiennes.
        """);
}

/// <summary>Terre de Provence Agglomération (CA Terre de Provence), a coined name; Châteaurenard is its seat.</summary>
public sealed class OfglTerreDeProvence2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-terre-de-provence-finances-2023.html",
        "Terre de Provence Agglomération : les finances en 2022", "OFGL", "2023-10-02",
        DocumentTypeLabels.Etude, Themes.Finances, "https://ofgl.example/publications/terre-de-provence-2022", """
        ## Présentation

        Terre de Provence Agglomération réunit treize communes et 61 000 habitants entre la Durance et les Alpilles. Cette fiche retrace ses comptes consolidés en 2022 (budget principal et budgets annexes de l'eau et de l'assainissement).

        ## Les grands équilibres

        Les recettes de fonctionnement atteignent 58 millions d'euros. L'épargne brute, 8,6 millions d'euros, finance 45 % des 19 millions d'euros d'investissement. L'encours de dette représente quatre années d'épargne. Les dépenses d'équipement sont concentrées sur l'assainissement et sur le marché d'intérêt national de Châteaurenard, siège de l'agglomération.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>CC Champsaur-Valgaudemar, named by its landscape ("le Champsaur et le Valgaudemar"); Saint-Bonnet-en-Champsaur is its seat.</summary>
public sealed class ObservatoireChampsaur2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("observatoire-territoires-champsaur-valgaudemar-2023.html",
        "Champsaur et Valgaudemar : portrait d'une intercommunalité de montagne", "Observatoire des territoires", "2023-06-22",
        DocumentTypeLabels.Etude, Themes.Geo, "https://observatoire-territoires.example/analyses/champsaur-valgaudemar", """
        ## Un territoire de vallées

        La communauté de communes du Champsaur et du Valgaudemar regroupe 25 communes et 11 900 habitants au nord de Gap. Le Champsaur, plateau agricole ouvert, et le Valgaudemar, vallée étroite tournée vers le parc national des Écrins, y cohabitent avec des dynamiques différentes.

        ## Les indicateurs

        La population a progressé de 4 % en dix ans, essentiellement autour de Saint-Bonnet-en-Champsaur, siège de l'intercommunalité. Le Valgaudemar perd en revanche des habitants. Un logement sur deux est une résidence secondaire. Le territoire bénéficie du programme Petites villes de demain.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Analyses", "Portraits de territoires"] };
}

/// <summary>Former EPCI (2016): the CC du Pays de Commercy, merged in 2017 into the CC de Commercy - Void - Vaucouleurs -> today's code; Commercy is its seat.</summary>
public sealed class CrcPaysDeCommercy2016 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("crc-acal-cc-pays-de-commercy-2016.pdf",
        "Communauté de communes du Pays de Commercy : rapport d'observations définitives", "Chambre régionale des comptes Alsace, Champagne-Ardenne, Lorraine", "2016-06-14",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-acal.example/rod/cc-pays-de-commercy-2016.pdf",
        "CRC ACAL - CC du Pays de Commercy", "schéma de mutualisation", """
        ## Le contrôle

        La chambre a examiné la gestion de la communauté de communes du Pays de Commercy de 2010 à 2014. Créée en 2003, elle regroupe seize communes et 13 000 habitants autour de Commercy, qui en accueille le siège et représente la moitié de sa population.

        ## La situation financière

        Les produits de gestion ont augmenté de 4 % par an, portés par la fiscalité professionnelle unique. L'épargne brute couvre largement le remboursement de la dette. La piscine intercommunale et la zone d'activités expliquent l'essentiel des investissements.

        ## L'intégration intercommunale

        Le coefficient d'intégration fiscale reste faible. Le schéma de mutualisation, adopté tardivement, ne prévoit aucun service commun avec la ville-centre. À la veille de la fusion prévue par le schéma départemental de coopération intercommunale, la chambre recommande d'harmoniser les compétences avec les communautés voisines du Val des Couleurs et du Pays de Void.

        La réponse du président de la communauté est jointe au rapport.
        """);
}

/// <summary>Former EPCI (2015): the CC du Confolentais, merged in 2017 into the CC de Charente Limousine -> today's code; Confolens is its seat.</summary>
public sealed class OfficeConfolentais2015 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("cc-confolentais-rapport-activite-2015.html",
        "Rapport d'activité 2015 de la communauté de communes du Confolentais", "Communauté de communes du Confolentais", "2016-05-10",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://cc-confolentais.example/rapport-2015", """
        ## L'année 2015

        La communauté de communes du Confolentais a consacré l'année 2015 à la préparation de sa fusion avec la communauté de communes de Haute-Charente, prévue au 1er janvier 2017 par le projet de schéma départemental. Un comité de pilotage commun s'est réuni six fois.

        ## Les services

        Les 25 communes membres ont confié à la communauté l'école de musique, le centre aquatique de Confolens, la collecte des déchets et l'instruction des autorisations d'urbanisme, reprise de l'État au 1er juillet. Le budget principal s'est élevé à 9,4 millions d'euros.

        Les élus ont enfin adopté un plan de mise en accessibilité des bâtiments communautaires et engagé la révision du programme local de l'habitat, que la future communauté devra reprendre après la fusion.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Mis en ligne le 10/05/2016" };
}

/// <summary>Métropole d'Aix-Marseille-Provence budget; no commune named; the six former EPCI are mentioned as history, not named.</summary>
public sealed class AmpBudget2024 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("metropole-amp-rapport-budget-2024.pdf",
        "Rapport de présentation du budget primitif 2024", "Métropole Aix-Marseille-Provence", "2024-01-30",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://ampmetropole.example/budget-2024.pdf",
        "Métropole Aix-Marseille-Provence - BP 2024", "pacte financier et fiscal", """
        ## Le contexte

        Le budget primitif 2024 de la Métropole Aix-Marseille-Provence est le premier construit dans le cadre du nouveau pacte financier et fiscal avec les 92 communes membres. Créée en 2016 par la fusion de six intercommunalités, la métropole exerce depuis 2022 l'ensemble des compétences autrefois déléguées à ses conseils de territoire.

        ## Les grandes masses

        Le budget consolidé atteint 4,9 milliards d'euros. Les dépenses de fonctionnement du budget principal s'élèvent à 2,2 milliards d'euros, dont 38 % de reversements aux communes. L'investissement, 1,1 milliard d'euros, est consacré pour plus de la moitié aux transports : extension du tramway, bus à haut niveau de service et pôles d'échanges.

        ## La dette

        L'encours consolidé atteint 2,6 milliards d'euros et la capacité de désendettement 9,4 ans. La métropole prévoit d'emprunter 420 millions d'euros, en privilégiant des financements verts.

        Les autorisations de programme pluriannuelles atteignent 5,3 milliards d'euros, dont un tiers pour le programme de mobilité. Le rapport détaille enfin les engagements hors bilan et les garanties d'emprunt accordées aux bailleurs sociaux.
        """) with { Hyphenate = true, Ligatures = true };
}
