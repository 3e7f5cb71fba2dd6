using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind9 territory split (issue 13): overseas, Corsica, régions (current, former, overseas collectivities).
namespace SampleGenerator.Content.TerritoryBlind9;

/// <summary>Le Marin (Martinique), also "marin" (sailor, marine); Fort-de-France and Sainte-Anne are context; the CAESM (membership) is context.</summary>
public sealed class OfglLeMarin2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-le-marin-972-2023.html",
        "Fiche commune : Le Marin (972)", "OFGL", "2023-11-21",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/97217-le-marin", """
        ## Identité

        Le Marin, code commune 97217, Martinique. Population : 8 486 habitants. Membre de la communauté d'agglomération de l'Espace Sud Martinique.

        ## Indicateurs 2022

        | Indicateur | Le Marin | Communes de Martinique |
        | Recettes réelles de fonctionnement (euros par habitant) | 1 512 | 1 604 |
        | Dont octroi de mer (euros par habitant) | 402 | 377 |
        | Épargne brute (euros par habitant) | 98 | 121 |
        | Encours de dette (euros par habitant) | 1 140 | 986 |

        ## Lecture

        Chef-lieu de l'arrondissement du sud, à quarante kilomètres de Fort-de-France, la commune vit en grande partie de son port de plaisance, l'un des plus importants des Antilles. L'activité marine et le nautisme expliquent des recettes d'occupation du domaine public supérieures à la moyenne. La commune voisine de Sainte-Anne partage avec elle la gestion d'une aire marine éducative.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Données", "Fiches communes"] };
}

/// <summary>The CC des Savanes (Guyane) -> the EPCI; Kourou (seat), Sinnamary, Iracoubo and Saint-Élie (its members) and Cayenne are context.</summary>
public sealed class CcSavanesRapport2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("cc-savanes-rapport-activite-2023.html",
        "Rapport d'activité 2023", "Communauté de communes des Savanes", "2024-07-02",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://ccdessavanes.example/rapport-2023", """
        ## Le territoire

        La communauté de communes des Savanes regroupe quatre communes du littoral et de l'intérieur guyanais : Kourou, qui accueille son siège, Sinnamary, Iracoubo et Saint-Élie. Ses 29 000 habitants vivent pour la plupart à Kourou, dont l'économie dépend du centre spatial.

        ## Les actions de 2023

        - mise en service d'une nouvelle collecte des encombrants dans les écarts de Sinnamary et d'Iracoubo ;
        - ouverture d'une pépinière d'entreprises tournée vers les métiers du spatial ;
        - soutien aux agriculteurs des savanes par l'achat de matériel partagé.

        ## Les finances

        Le budget principal atteint 24 millions d'euros. La communauté a obtenu de l'État une aide exceptionnelle pour la desserte fluviale de Saint-Élie, seulement accessible par le fleuve ou par les airs. Les échanges avec l'agglomération de Cayenne portent surtout sur le traitement des déchets.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Publié le 2 juillet 2024" };
}

/// <summary>Biguglia (Haute-Corse); Bastia and Furiani are context; the étang de Biguglia is a landscape; no département named.</summary>
public sealed class CrcBiguglia2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("crc-corse-commune-de-biguglia-2023.pdf",
        "Commune de Biguglia : rapport d'observations définitives", "Chambre régionale des comptes de Corse", "2023-10-24",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-corse.example/rod/biguglia-2023.pdf",
        "CRC de Corse - commune de Biguglia", "commande publique", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune de Biguglia pour les exercices 2017 à 2022. La commune, 7 600 habitants, s'étend au sud de Bastia entre la montagne et l'étang qui porte son nom. Sa population a doublé en trente ans avec le desserrement de l'agglomération bastiaise.

        ## La situation financière

        Les recettes de fonctionnement progressent plus vite que les charges, grâce à la fiscalité des zones d'activités de la plaine. L'épargne brute atteint 19 % des produits. La dette, 9 millions d'euros, est soutenable.

        ## La commande publique

        La chambre relève des irrégularités dans la passation de marchés de voirie : plusieurs commandes successives auraient dû faire l'objet d'une procédure unique. La commune, comme sa voisine Furiani, devra se doter d'une nomenclature des achats.

        ## L'urbanisme

        Le plan local d'urbanisme, approuvé en 2019, protège les abords de l'étang, réserve naturelle. La chambre recommande de suivre plus étroitement les autorisations d'urbanisme délivrées en zone inondable.
        """);
}

/// <summary>Former région Midi-Pyrénées (2014) -> region:76, Occitanie (a code of earlier splits); Toulouse, Languedoc-Roussillon and the eight départements are parts or context.</summary>
public sealed class InseeMidiPyreneesEmploi2014 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("insee-midi-pyrenees-dynamique-emploi-2014.pdf",
        "Midi-Pyrénées : l'emploi résiste mieux qu'ailleurs", "INSEE", "2014-10-07",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/publications/midi-pyrenees-emploi-2014.pdf",
        "Insee Analyses Midi-Pyrénées n° 9", "aire urbaine de Toulouse", """
        ## Une région qui crée des emplois

        Entre 2008 et 2013, Midi-Pyrénées a gagné 31 000 emplois salariés alors que la France métropolitaine en perdait. La région doit cette résistance à l'aéronautique et aux services aux entreprises, concentrés dans l'aire urbaine de Toulouse. Hors de celle-ci, l'emploi a reculé de 1 % sur la période.

        ## Des contrastes entre départements

        Les huit départements de la région ont connu des évolutions très différentes. La Haute-Garonne et le Tarn-et-Garonne ont gagné des emplois ; l'Ariège, les Hautes-Pyrénées et l'Aveyron en ont perdu dans l'industrie. L'emploi public a amorti les pertes dans les départements les plus ruraux.

        ## Une population active qui augmente

        La population active progresse de 1 % par an, portée par les migrations. Le taux de chômage, 9,6 % fin 2013, reste inférieur à celui de la région voisine, le Languedoc-Roussillon, avec laquelle un rapprochement est désormais évoqué.

        ## Méthode

        Les données proviennent des estimations d'emploi localisées ; elles sont arrêtées au 31 décembre de chaque année.
        """) with { Hyphenate = true };
}

/// <summary>Région Centre-Val de Loire, by its conseil régional (budget); Orléans (hôtel de région), Tours and the lycées are context.</summary>
public sealed class RegionCentreValDeLoireBudget2024 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("region-centre-val-de-loire-budget-2024.html",
        "Budget 2024 : la Région investit dans les lycées et les trains", "Région Centre-Val de Loire", "2023-12-15",
        DocumentTypeLabels.Page, Themes.Finances, "https://centre-valdeloire.example/budget-2024", """
        ## Un budget de 1,6 milliard d'euros

        Réunis à l'hôtel de région à Orléans, les élus régionaux ont adopté un budget 2024 de 1,6 milliard d'euros. L'investissement en représente 37 %, un niveau jamais atteint. La Région renonce à toute hausse de la fiscalité sur les cartes grises.

        ## Les priorités

        - la rénovation de 24 lycées, dont deux reconstructions complètes ;
        - l'achat de rames pour les lignes régionales, notamment entre Orléans et Tours ;
        - le soutien aux entreprises qui relocalisent leur production.

        ## La dette

        La capacité de désendettement, 6,4 ans, reste en deçà du plafond que la collectivité s'est fixé. Les emprunts nouveaux financeront prioritairement les lycées et le matériel ferroviaire. Le budget sera complété en juin par une décision modificative.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = true, Breadcrumb = ["Presse", "Communiqués"] };
}

/// <summary>Nouvelle-Calédonie (R 988 in the gazetteer) -> region:988 (its 33 communes as a whole); Nouméa and the three provinces are context.</summary>
public sealed class DgclCommunesNouvelleCaledonie2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("dgcl-bis-communes-nouvelle-caledonie-2023.pdf",
        "Les finances des communes de Nouvelle-Calédonie en 2022", "DGCL", "2023-12-12",
        DocumentTypeLabels.Bis, Themes.Finances, "https://collectivites-locales.example/bis/nouvelle-caledonie-2023.pdf",
        "Bulletin d'information statistique n° 191", "fonds intercommunal de péréquation", """
        ## Trente-trois communes

        La Nouvelle-Calédonie compte 33 communes, réparties entre la province Sud, la province Nord et la province des îles Loyauté. Leurs ressources dépendent largement des transferts : le fonds intercommunal de péréquation, alimenté par une quote-part des impôts perçus par la collectivité, fournit en moyenne 45 % de leurs recettes de fonctionnement.

        ## Des situations très diverses

        Nouméa et les communes de son agglomération réunissent les deux tiers de la population et disposent de recettes fiscales propres. Les communes de brousse et des îles, faiblement peuplées, supportent des charges élevées d'entretien de réseaux étendus. L'épargne brute de l'ensemble des communes atteint 14 % des produits de fonctionnement en 2022.

        ## L'investissement

        Les dépenses d'équipement progressent de 6 % après deux années de repli. Elles portent d'abord sur l'eau potable et les écoles primaires, qui relèvent de la compétence communale.

        ## Méthode

        Les données proviennent des comptes de gestion communaux ; elles sont exprimées en francs CFP puis converties en euros.
        """);
}
