using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind12 territory split (issue 13): overseas, Corsica, a former région and a région.
namespace SampleGenerator.Content.TerritoryBlind12;

/// <summary>The île de Clipperton (R 989 in the gazetteer) -> region:989, noted on its row; the Polynésie française (its administrator in Papeete), Mexico and Acapulco are context.</summary>
public sealed class OutreMerClippertonGestion2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("outre-mer-ile-de-clipperton-gestion-2023.pdf",
        "L'île de Clipperton : bilan des missions et de la gestion domaniale", "Ministère chargé des outre-mer", "2023-12-19",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://outre-mer.gouv.example/rapports/clipperton-2023.pdf",
        "Île de Clipperton - bilan 2023", "zone économique exclusive", """
        ## Un territoire sans habitants

        L'île de Clipperton est un atoll français du Pacifique oriental, situé à un millier de kilomètres des côtes du Mexique. Inhabitée, elle relève directement de l'État et son administration est confiée au haut-commissaire de la République en Polynésie française, installé à Papeete, à plus de 5 000 kilomètres. Elle donne à la France une zone économique exclusive de 435 000 kilomètres carrés.

        ## Les missions récentes

        Deux missions se sont rendues sur l'atoll en 2023. La première, scientifique, a dénombré les colonies de fous masqués et constaté la prolifération des déchets plastiques rejetés par l'océan. La seconde, conduite par la marine nationale depuis Acapulco, a contrôlé les navires de pêche thonière opérant dans la zone sans autorisation.

        ## Les orientations

        Le rapport recommande une présence plus régulière, un plan de ramassage des déchets et un accord de coopération scientifique avec les universités mexicaines. Il rappelle que toute activité de pêche dans les eaux de l'atoll est soumise à licence et que les infractions constatées ont donné lieu à trois procédures en 2023.
        """) with { InfoTitle = "Clipperton 2023" };
}

/// <summary>Saint-Florent (Haute-Corse, code 2B298); Saint-Florent-sur-Cher and Saint-Florent-le-Vieil are named to rule them out; Bastia and the col de Teghime are context; the CC Nebbiu - Conca d'Oro (membership) is context; the golfe de Saint-Florent is a landscape; the Haute-Corse is named once as context.</summary>
public sealed class OfglFicheSaintFlorent2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-commune-saint-florent-2b-2023.html",
        "Fiche commune : Saint-Florent (2B)", "OFGL", "2023-11-28",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/2B298-saint-florent", """
        ## Identité

        Saint-Florent (code INSEE 2B298) est une petite ville portuaire de Haute-Corse, au fond du golfe du même nom, à vingt-deux kilomètres de Bastia par le col de Teghime. Elle compte 1 700 habitants à l'année, mais sa population est multipliée par cinq en été. Elle n'a aucun lien avec Saint-Florent-sur-Cher ni avec Saint-Florent-le-Vieil, communes homonymes du continent.

        ## Chiffres clés 2022

        | Indicateur | Saint-Florent | Communes touristiques de même taille |
        | Recettes réelles de fonctionnement (€/hab.) | 2 418 | 1 690 |
        | dont produit des impôts locaux (€/hab.) | 1 104 | 780 |
        | Épargne brute (€/hab.) | 512 | 318 |
        | Dépenses d'équipement (€/hab.) | 1 288 | 742 |
        | Encours de dette (€/hab.) | 1 310 | 1 050 |

        ## Lecture

        Les ratios par habitant sont très élevés parce que la commune doit dimensionner ses équipements, le port de plaisance, l'eau et l'assainissement, pour la population estivale. Les dépenses d'équipement de 2022 correspondent à la reprise de la digue du port et à la station d'épuration. La commune est membre de la communauté de communes Nebbiu - Conca d'Oro.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Mise à jour : 28/11/2023" };
}

/// <summary>Sainte-Rose (La Réunion, code 97419); Sainte-Rose (Guadeloupe) is named to rule it out; Saint-Benoît, Saint-Philippe and Saint-Denis are context; the CIREST (membership) and Mayotte (in the publisher's name) are context; the piton de la Fournaise is a landscape.</summary>
public sealed class CrcReunionSainteRose2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("crc-reunion-commune-de-sainte-rose-2023.pdf",
        "Commune de Sainte-Rose (La Réunion) : rapport d'observations définitives", "Chambre régionale des comptes La Réunion - Mayotte", "2023-07-11",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-reunion.example/rapports/sainte-rose-2023.pdf",
        "CRC La Réunion - Commune de Sainte-Rose", "coulées de lave", """
        ## Synthèse

        La chambre a examiné la gestion de la commune de Sainte-Rose, sur la côte est de La Réunion, de 2017 à 2022. Avec 6 500 habitants, la commune couvre un vaste territoire en partie occupé par le grand brûlé du piton de la Fournaise, où les coulées de lave coupent régulièrement la route nationale. Elle est membre de la communauté intercommunale Réunion Est, dont le siège est à Saint-Benoît.

        ## La situation financière

        La commune a retrouvé un équilibre fragile après le plan de redressement de 2016. Sa capacité d'autofinancement reste faible et dépend des dotations de l'État et de l'octroi de mer. Les charges de personnel absorbent 64 % des dépenses de fonctionnement, un niveau supérieur à celui de Saint-Philippe, sa voisine du sud.

        ## Les recommandations

        La chambre recommande de fiabiliser la gestion des effectifs, d'adopter un plan pluriannuel d'investissement et de mieux suivre les conventions passées avec les associations. Le présent rapport ne concerne pas la commune de Sainte-Rose, en Guadeloupe, contrôlée par une autre juridiction. Il a été transmis au préfet, à Saint-Denis.
        """) with { InfoTitle = "ROD Sainte-Rose 974" };
}

/// <summary>Former région Champagne-Ardenne (2015) -> region:44, Grand Est (a code of earlier splits); Reims, Épernay, Châlons-en-Champagne, Troyes, Charleville-Mézières and Chaumont are context; the Ardennes, the Marne, the Aube and the Haute-Marne (its parts) are context; Lorraine, Alsace and the Île-de-France are comparisons.</summary>
public sealed class InseeChampagneArdenneBilan2015 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("insee-champagne-ardenne-bilan-economique-2015.html",
        "Champagne-Ardenne : bilan économique 2015", "INSEE", "2016-05-24",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/champagne-ardenne-bilan-2015", """
        ## Une reprise timide

        En 2015, dernière année d'existence de la région Champagne-Ardenne avant sa fusion avec l'Alsace et la Lorraine, l'emploi salarié marchand s'est stabilisé après sept années de baisse. La région a perdu 300 emplois, contre 6 000 en 2014. L'industrie continue de reculer, mais l'intérim et les services aux entreprises progressent.

        ## Le chômage

        Le taux de chômage atteint 10,6 % au quatrième trimestre, un point au-dessus de la moyenne de la France métropolitaine. Il est plus élevé dans les Ardennes et dans l'Aube que dans la Marne, où l'agglomération de Reims bénéficie de la proximité de l'Île-de-France. La Haute-Marne, autour de Chaumont, se distingue par un chômage plus faible, lié à la baisse de sa population active.

        ## Les secteurs

        Les expéditions de champagne ont atteint un record en valeur, au bénéfice des maisons de Reims et d'Épernay. La construction reste déprimée, malgré une légère reprise des mises en chantier autour de Châlons-en-Champagne et de Troyes. Le bassin de Charleville-Mézières a été touché par la fermeture d'une fonderie. Les comparaisons avec la Lorraine montrent une évolution voisine de l'emploi industriel.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Conjoncture Champagne-Ardenne" };
}

/// <summary>Région Pays de la Loire by its conseil régional (budget) -> region:52 (a code of an earlier split); Nantes (hôtel de région), Angers, Le Mans, Laval, La Roche-sur-Yon and Saint-Nazaire are context; Bretagne is a comparison.</summary>
public sealed class RegionPaysDeLaLoireBudget2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("region-pays-de-la-loire-budget-primitif-2024.pdf",
        "Région Pays de la Loire : rapport de présentation du budget primitif 2024", "Région Pays de la Loire", "2023-12-15",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://paysdelaloire.example/budget-2024.pdf",
        "Pays de la Loire - budget primitif 2024", "lycées publics", """
        ## Les grandes masses

        Le budget primitif 2024 de la région Pays de la Loire s'élève à 1,98 milliard d'euros. Il a été voté par le conseil régional réuni à l'hôtel de région, à Nantes, le 14 décembre. Les dépenses de fonctionnement progressent de 2,1 %, moins que l'inflation, et l'investissement atteint 790 millions d'euros, un niveau record.

        ## Les priorités

        Les transports représentent le premier poste : le renouvellement des rames régionales et la gratuité pour les moins de 26 ans le week-end. Viennent ensuite les lycées publics, avec la construction de deux établissements, près d'Angers et au nord du Mans, puis la formation professionnelle et le soutien aux entreprises. La région consacre 45 millions d'euros à la rénovation énergétique des logements.

        ## La fiscalité et la dette

        La région ne dispose plus d'un pouvoir de taux significatif : ses recettes reposent sur une fraction de la TVA et sur les cartes grises. La capacité de désendettement, 5,2 ans, reste inférieure à celle de la Bretagne voisine. Des crédits sont prévus pour les pôles universitaires de Laval, de La Roche-sur-Yon et de Saint-Nazaire.
        """) with { Hyphenate = true };
}
