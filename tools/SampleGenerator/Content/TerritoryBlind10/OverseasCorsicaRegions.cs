using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind10 territory split (issue 13): overseas, Corsica, régions (current and former).
namespace SampleGenerator.Content.TerritoryBlind10;

/// <summary>Le Lorrain (Martinique), also "lorrain" (of Lorraine); the CA du Pays Nord Martinique (membership), Fort-de-France, Marigot and Basse-Pointe are context; Lorraine is named to rule it out.</summary>
public sealed class OfglLeLorrain2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-le-lorrain-972-2023.html",
        "Fiche commune : Le Lorrain (972)", "OFGL", "2023-10-17",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/97214-le-lorrain", """
        ## Identité

        Le Lorrain (code INSEE 97214) est une commune de 6 600 habitants sur la côte atlantique du nord de la Martinique, entre Marigot et Basse-Pointe. Son nom n'a pas de lien avec la Lorraine : il viendrait d'un ancien propriétaire d'habitation. La commune est membre de la communauté d'agglomération du Pays Nord Martinique.

        ## Chiffres clés 2022

        | Indicateur | Le Lorrain | Communes de Martinique |
        | Recettes de fonctionnement (€/hab.) | 1 612 | 1 745 |
        | Dont octroi de mer (€/hab.) | 402 | 436 |
        | Charges de personnel (€/hab.) | 905 | 962 |
        | Épargne brute (€/hab.) | 71 | 118 |

        ## Lecture

        Comme beaucoup de communes d'outre-mer, Le Lorrain supporte des charges de personnel élevées. Son épargne est faible et ses délais de paiement dépassent 60 jours. Une partie des habitants travaille à Fort-de-France, à une heure de route.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Mise à jour : 17/10/2023" };
}

/// <summary>Zonza (Corse-du-Sud, not named), including Sainte-Lucie-de-Porto-Vecchio; Porto-Vecchio and Ajaccio are context; Bavella is a landscape.</summary>
public sealed class CrcCorseZonza2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("crc-corse-commune-de-zonza-2023.pdf",
        "Commune de Zonza : rapport d'observations définitives", "Chambre régionale des comptes de Corse", "2023-06-27",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-corse.example/rod/zonza-2023.pdf",
        "CRC Corse - commune de Zonza", "aiguilles de Bavella", """
        ## La commune

        La chambre a contrôlé la gestion de la commune de Zonza pour les exercices 2017 à 2021. Le territoire communal s'étend du village de montagne, au pied des aiguilles de Bavella, jusqu'au littoral de Sainte-Lucie-de-Porto-Vecchio et de Pinarellu. La population, 3 000 habitants à l'année, est multipliée par dix en été.

        ## Les finances

        Les recettes de fonctionnement atteignent 2 600 euros par habitant permanent, un niveau élevé qui s'explique par la fiscalité des résidences secondaires. Les charges sont à l'avenant : la commune doit dimensionner ses réseaux d'eau et ses services pour la population estivale.

        ## Les observations

        La chambre relève que le service de l'eau, géré en régie, ne récupère pas ses coûts et que les pertes du réseau atteignent 38 %. Elle note aussi l'insuffisance du contrôle des occupations du domaine public sur les plages, dont les redevances n'ont pas été révisées depuis 2012. Elle recommande de confier à terme la gestion de l'eau à l'intercommunalité et de fixer les redevances à un niveau tenant compte de l'avantage tiré de l'occupation. Ajaccio et Porto-Vecchio ne sont cités qu'à titre de comparaison.
        """);
}

/// <summary>The CA du Nord Basse-Terre (Guadeloupe); Basse-Terre (the prefecture, in another EPCI), Sainte-Rose, Lamentin and Deshaies are context.</summary>
public sealed class CaNordBasseTerre2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("ca-nord-basse-terre-rapport-activite-2023.html",
        "Rapport d'activité 2023 de la communauté d'agglomération du Nord Basse-Terre", "Communauté d'agglomération du Nord Basse-Terre", "2024-07-02",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://canbt.example/rapport-activite-2023", """
        ## Six communes

        La communauté d'agglomération du Nord Basse-Terre réunit six communes du nord de l'île de Basse-Terre, de Deshaies à Petit-Bourg en passant par Sainte-Rose et Lamentin. Elle ne doit pas être confondue avec la ville de Basse-Terre, chef-lieu de la Guadeloupe, qui appartient à une autre intercommunalité du sud de l'île.

        ## Les réalisations de l'année

        L'agglomération a repris la gestion de l'eau potable en 2023, après la dissolution du syndicat départemental. Les coupures d'eau ont diminué d'un tiers grâce à la réparation de 31 kilomètres de conduites. Elle a aussi ouvert une pépinière d'entreprises à Lamentin et étendu le transport scolaire.

        ## Le budget

        Le budget principal atteint 68 millions d'euros, dont 21 millions d'investissement. La dette est contenue, mais les recettes dépendent fortement de l'octroi de mer.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Former région Picardie (2014) -> region:32, Hauts-de-France (a code of earlier splits); Amiens, the Aisne, the Oise and the Somme (named as parts) and Nord-Pas-de-Calais (a neighbour) are context.</summary>
public sealed class InseePicardie2014 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("insee-picardie-bilan-economique-2014.pdf",
        "Bilan économique 2014 de la Picardie", "INSEE", "2015-05-19",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/picardie-bilan-2014.pdf",
        "Insee Conjoncture Picardie", "intérim", """
        ## Une reprise qui se fait attendre

        En 2014, l'emploi salarié marchand recule encore de 0,9 % en Picardie, après une baisse de 1,2 % en 2013. La région perd 3 400 emplois, principalement dans l'industrie et la construction. Seul l'intérim se redresse en fin d'année. Le taux de chômage atteint 11,3 % au quatrième trimestre, au-dessus de la moyenne nationale.

        ## Des situations contrastées

        L'Oise, tournée vers l'Île-de-France, résiste mieux que l'Aisne, où l'industrie textile et métallurgique continue de perdre des emplois. Dans la Somme, l'agglomération d'Amiens bénéficie du développement des services aux entreprises.

        ## Les perspectives

        La fusion avec le Nord-Pas-de-Calais, prévue au 1er janvier 2016, ouvre une nouvelle étape. Les entreprises picardes interrogées se montrent prudentes : un tiers seulement prévoit d'embaucher en 2015. Les mises en chantier de logements reculent de 8 %, ce qui pèsera sur le bâtiment. Les exportations agroalimentaires, en revanche, progressent pour la troisième année consécutive, portées par les céréales et les produits laitiers.
        """) with { Hyphenate = true };
}

/// <summary>Région Normandie by its conseil régional (budget) -> region:28 (a code of earlier splits); Caen (hôtel de région) and Rouen are context.</summary>
public sealed class RegionNormandieBudget2024 : ITerritoryBlind10Source
{
    public SampleDocument Create() => HtmlDoc("region-normandie-budget-primitif-2024.html",
        "Budget 2024 : la Région Normandie investit dans les lycées et le rail", "Région Normandie", "2023-12-19",
        DocumentTypeLabels.Page, Themes.Finances, "https://normandie.example/budget-2024", """
        ## 2 milliards d'euros

        Réunis à l'hôtel de région de Caen, les élus du conseil régional de Normandie ont voté un budget de 2,05 milliards d'euros pour 2024. L'investissement représente 740 millions d'euros, un montant record.

        ## Les priorités

        Les transports absorbent un quart des crédits : la région achète de nouvelles rames pour les lignes entre Paris, Rouen et Caen et pour les liaisons intercités. Les lycées reçoivent 190 millions d'euros, pour la rénovation énergétique et la construction d'un établissement près de Rouen. Le développement économique et l'agriculture complètent le budget.

        ## Le financement

        La dette régionale augmente de 120 millions d'euros mais la capacité de désendettement reste inférieure à six ans. Les taux de fiscalité sur les cartes grises ne changent pas.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Wallis et Futuna (R 986 in the gazetteer) -> region:986 (the collectivity as a whole; its three kingdoms and Mata-Utu are context); Nouvelle-Calédonie is a comparison.</summary>
public sealed class DgclWallisFutuna2023 : ITerritoryBlind10Source
{
    public SampleDocument Create() => PdfDoc("dgcl-note-wallis-et-futuna-finances-2023.pdf",
        "Les finances du territoire des îles Wallis et Futuna", "DGCL", "2023-11-28",
        DocumentTypeLabels.Bis, Themes.Finances, "https://collectivites-locales.example/bis/wallis-et-futuna-2023.pdf",
        "Bulletin d'information statistique - Wallis et Futuna", "circonscriptions territoriales", """
        ## Une organisation sans communes

        Wallis et Futuna est la seule collectivité de la République qui ne compte aucune commune. Le territoire, 11 000 habitants, est administré par un préfet, administrateur supérieur, et une assemblée territoriale élue. Les trois royaumes coutumiers, Uvea à Wallis, Alo et Sigave à Futuna, correspondent à trois circonscriptions territoriales dotées d'un budget propre.

        ## Les finances du territoire

        Le budget du territoire atteint 42 millions d'euros en 2022. Il repose pour l'essentiel sur les droits de douane et sur les dotations de l'État, qui finance aussi directement l'enseignement et la santé. Les circonscriptions gèrent des budgets modestes, de 1 à 3 millions d'euros, consacrés à l'entretien des routes et des bâtiments.

        ## Des enjeux propres

        La population diminue depuis vingt ans : de nombreux jeunes partent vers la Nouvelle-Calédonie ou la métropole. Les recettes stagnent alors que les besoins d'équipement restent importants, notamment pour l'eau et la protection du littoral de Mata-Utu.
        """);
}
