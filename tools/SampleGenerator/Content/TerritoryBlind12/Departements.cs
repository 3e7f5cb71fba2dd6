using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind12 territory split (issue 13): départements by name, number, adjective, prefecture or conseil départemental,
// several of them also rivers or landscapes.
namespace SampleGenerator.Content.TerritoryBlind12;

/// <summary>The Ariège (département) by its conseil départemental and adjective ("ariégeois"), also the river; Foix, Pamiers, Saint-Girons and Ax-les-Thermes are context; Andorra and the Haute-Garonne are neighbours; the Couserans is a landscape.</summary>
public sealed class DepartementAriegeRoutes2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("conseil-departemental-ariege-viabilite-hivernale-2024.html",
        "Viabilité hivernale : le dispositif départemental pour l'hiver 2024-2025", "Conseil départemental de l'Ariège", "2024-11-05",
        DocumentTypeLabels.Page, Themes.Securite, "https://ariege.fr.example/actualites/viabilite-hivernale-2024", """
        ## Un réseau de montagne

        Le conseil départemental de l'Ariège entretient 2 600 kilomètres de routes, dont un tiers en zone de montagne. Du 15 novembre au 15 avril, 160 agents des routes se relaient jour et nuit pour dégager les chaussées, avec 48 engins de déneigement et 9 000 tonnes de sel stockées dans les centres d'exploitation.

        ## Les priorités

        Les routes sont classées en trois niveaux de service. Les axes structurants, comme la liaison entre Pamiers, Foix et Ax-les-Thermes vers Andorre, sont traités en priorité dès les premières chutes. Les routes des vallées du Couserans, autour de Saint-Girons, et les accès aux stations viennent ensuite. Les petites routes de desserte sont dégagées dans la journée.

        ## S'informer

        Les automobilistes ariégeois peuvent consulter l'état des routes en temps réel sur le site du département et s'abonner aux alertes. Le département rappelle que les équipements spéciaux sont obligatoires en montagne. Les ponts sur la rivière Ariège font l'objet d'une surveillance renforcée en cas de crue de printemps, en lien avec les services de la Haute-Garonne voisine.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Actualités", "Routes"] };
}

/// <summary>The Aude (département) by its number ("département 11") and name; "Aude" is also a first name and the river; Carcassonne, Narbonne and Limoux are context; Occitanie and France are comparison columns.</summary>
public sealed class DreesFicheAudeApa2022 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("drees-fiche-departementale-11-apa-2022.pdf",
        "Fiche départementale 11 : l'allocation personnalisée d'autonomie en 2022", "DREES", "2023-11-30",
        DocumentTypeLabels.Publication, Themes.Social, "https://drees.example/fiches-departementales/11-apa-2022.pdf",
        "Fiches départementales - APA 2022", "bénéficiaires de l'APA", """
        ## Le département 11 en bref

        Au 31 décembre 2022, le département de l'Aude comptait 13 900 bénéficiaires de l'APA, l'allocation personnalisée d'autonomie, dont 62 % vivant à domicile. Rapporté à la population de 60 ans ou plus, ce nombre est plus élevé que la moyenne nationale, en raison d'une population plus âgée et de revenus plus modestes.

        | Indicateur | Aude | Occitanie | France |
        | Bénéficiaires pour 100 personnes de 75 ans ou plus | 22,4 | 20,1 | 19,3 |
        | Part des bénéficiaires à domicile | 62 % | 61 % | 59 % |
        | Montant moyen du plan d'aide à domicile (€/mois) | 468 | 472 | 494 |
        | Dépense nette par habitant (€) | 98 | 86 | 81 |

        ## Lecture

        Le montant moyen des plans d'aide est inférieur à la moyenne nationale : les tarifs horaires des services d'aide à domicile y sont plus bas. Les demandes se concentrent dans les agglomérations de Carcassonne et de Narbonne, mais la part des bénéficiaires est la plus élevée dans la haute vallée de l'Aude, autour de Limoux. À noter : les prénoms des personnes interrogées dans l'enquête qualitative, comme Aude ou Jeanne, ont été modifiés.
        """) with { InfoTitle = "Fiche 11 APA" };
}

/// <summary>The Doubs (département) by its prefecture, also the river; Besançon, Montbéliard, Pontarlier and Morteau are context; Switzerland is a neighbour; the Jura (massif) is a landscape; the Loue is a river.</summary>
public sealed class PrefectureDoubsSecheresse2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-25-secheresse-restrictions-2023.html",
        "Sécheresse : le Doubs passe en alerte renforcée", "Préfecture du Doubs", "2023-08-22",
        DocumentTypeLabels.Page, Themes.Durable, "https://doubs.gouv.example/actualites/secheresse-alerte-renforcee", """
        ## La situation

        Le préfet du Doubs a placé l'ensemble du département en alerte renforcée sécheresse à compter du 23 août. Les débits de la Loue, de l'Ognon et du Doubs lui-même sont inférieurs de moitié aux normales de saison ; dans le secteur de Morteau, la rivière a cessé de s'écouler sur plusieurs kilomètres, comme en 2018.

        ## Les mesures

        L'arrosage des pelouses et des jardins d'agrément, le lavage des véhicules hors stations professionnelles et le remplissage des piscines privées sont interdits. Les prélèvements agricoles sont réduits de 50 %. Les industriels des agglomérations de Besançon et de Montbéliard doivent appliquer leur plan de réduction des consommations.

        ## Les secteurs de montagne

        Sur le massif du Jura, autour de Pontarlier, plusieurs communes sont alimentées par camion-citerne. Les services de l'État se coordonnent avec les autorités suisses pour la gestion du Doubs frontalier. Les restrictions s'appliquent jusqu'au 30 septembre, sauf levée anticipée si les pluies reviennent.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actions de l'État", "Environnement", "Eau"] };
}

/// <summary>The Haute-Corse (département) by its prefecture and number ("2B"); Bastia, Corte and Calvi are context; the Corse-du-Sud is a comparison; the Collectivité de Corse is context; the Balagne and the Castagniccia are landscapes.</summary>
public sealed class PrefectureHauteCorseFeux2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("prefecture-2b-bilan-feux-de-foret-2023.pdf",
        "Bilan de la saison des feux de forêt 2023 en Haute-Corse", "Préfecture de la Haute-Corse", "2023-11-07",
        DocumentTypeLabels.Rapport, Themes.Securite, "https://haute-corse.gouv.example/feux-de-foret-2023.pdf",
        "Préfecture 2B - bilan feux de forêt 2023", "surfaces brûlées", """
        ## Une saison contenue

        La saison des feux de forêt 2023 s'est achevée en Haute-Corse avec 412 départs de feu et 1 900 hectares de surfaces brûlées, contre 4 700 hectares en 2022. Les feux les plus importants ont touché la Balagne, au-dessus de Calvi, et les contreforts de la Castagniccia. Aucune victime n'est à déplorer.

        ## Les moyens engagés

        Le dispositif départemental a mobilisé chaque jour jusqu'à 1 100 sapeurs-pompiers, forestiers-sapeurs et militaires, ainsi que les avions bombardiers d'eau positionnés à Bastia. La surveillance depuis les vigies a permis d'attaquer 85 % des feux en moins de dix minutes. Les équipes de la Collectivité de Corse ont entretenu 260 kilomètres de pistes et de coupures de combustible.

        ## Les enseignements

        La majorité des départs de feu d'origine connue est liée à des écobuages mal maîtrisés. Le préfet de la Haute-Corse a renforcé les contrôles et rappelle que l'emploi du feu est interdit de juin à septembre. Le bilan de la Corse-du-Sud, publié séparément, montre une évolution comparable. Une réunion de retour d'expérience s'est tenue à Corte le 18 octobre avec les maires du département 2B.
        """) with { Hyphenate = true };
}

/// <summary>The Indre (département), also the river; the Indre-et-Loire is named to rule it out; Châteauroux, Issoudun, Le Blanc and La Châtre are context; the Berry and the Brenne are landscapes; the Île-de-France is context; Centre-Val de Loire appears only in the lead.</summary>
public sealed class InseeIndrePopulation2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("insee-indre-population-2023.html",
        "L'Indre perd des habitants, mais moins vite", "INSEE", "2023-12-28",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/indre-population-2023", """
        ## Une baisse qui ralentit

        Au 1er janvier 2021, le département de l'Indre comptait 217 000 habitants. Entre 2015 et 2021, sa population a diminué de 0,5 % par an, contre 0,6 % entre 2010 et 2015. Comme dans la plupart des départements ruraux du centre de la France, le nombre des décès dépasse largement celui des naissances, et l'arrivée de nouveaux habitants ne compense qu'en partie ce déficit.

        ## Des évolutions contrastées

        L'agglomération de Châteauroux, qui regroupe un habitant sur trois, se stabilise. Issoudun et La Châtre perdent des habitants, de même que le sud du Berry. Le parc naturel régional de la Brenne, autour du Blanc, attire au contraire des retraités et des actifs en télétravail venus d'Île-de-France.

        ## Précision

        Les chiffres présentés concernent uniquement le département de l'Indre ; ceux de l'Indre-et-Loire, son voisin, font l'objet d'une publication distincte. La rivière Indre, qui traverse le département du sud au nord, a donné son nom aux deux départements.
        """) with { Meta = HtmlMeta.Citation, Lead = "Insee Flash Centre-Val de Loire" };
}

/// <summary>The Maine-et-Loire by its conseil départemental and adjective ("angevin", "Anjou"); Angers, Cholet, Saumur and Segré-en-Anjou Bleu are context; the Loire is the river; the Mauges, the Saumurois and the Segréen are landscapes.</summary>
public sealed class ConseilDepartementalMaineEtLoireColleges2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("conseil-departemental-maine-et-loire-plan-colleges-2024.pdf",
        "Plan collèges 2024-2030 du Département de Maine-et-Loire", "Département de Maine-et-Loire", "2024-03-25",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://maine-et-loire.fr.example/plan-colleges-2024.pdf",
        "Anjou - plan collèges 2024-2030", "collèges publics angevins", """
        ## Le constat

        Le Département de Maine-et-Loire a la charge de 52 collèges publics, qui accueillent 35 000 élèves. Un tiers des bâtiments a plus de quarante ans et consomme beaucoup d'énergie. Les effectifs augmentent autour d'Angers et de Cholet, mais diminuent dans le Saumurois et dans le Segréen, ce qui oblige à redéployer les capacités d'accueil.

        ## Le programme

        Le plan prévoit 310 millions d'euros d'investissement sur sept ans. Deux collèges neufs seront construits, l'un au sud d'Angers, l'autre dans les Mauges, et huit établissements seront restructurés, dont celui de Segré-en-Anjou Bleu. Tous les collèges publics angevins seront raccordés à une production de chaleur renouvelable d'ici 2030.

        ## La méthode

        Chaque projet sera élaboré avec les équipes éducatives, les parents et les communes. Le conseil départemental présentera chaque année un bilan de l'avancement. L'Anjou compte aussi 38 collèges privés sous contrat, qui bénéficient d'un forfait d'externat et d'aides à l'investissement, mais ne sont pas concernés par ce plan. Le collège de Saumur, en bord de Loire, ouvrira le premier chantier de rénovation dès l'été.
        """) with { InfoTitle = "" };
}

/// <summary>The Morbihan (département) by its number ("56") and name; the golfe du Morbihan is a landscape; Vannes, Lorient and Pontivy are context; Bretagne is a comparison column; the Finistère and the Côtes-d'Armor are neighbours.</summary>
public sealed class OfglDepartement56Fiche2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-departement-56-2023.html",
        "Fiche département : Morbihan (56)", "OFGL", "2023-12-05",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/departements/56", """
        ## Identité

        Le département du Morbihan (code 56) compte 765 000 habitants. Sa population progresse de 0,6 % par an, surtout sur le littoral, du golfe du Morbihan à la presqu'île de Quiberon, et autour de Vannes, sa préfecture. Le centre du département, autour de Pontivy, et le bassin de Lorient progressent plus lentement.

        ## Chiffres clés 2022

        | Indicateur | Morbihan | Départements bretons | Départements de 500 000 à 1 million d'habitants |
        | Dépenses de fonctionnement (€/hab.) | 912 | 947 | 978 |
        | dont dépenses sociales (€/hab.) | 548 | 571 | 602 |
        | Épargne brute (€/hab.) | 158 | 141 | 132 |
        | Dépenses d'investissement (€/hab.) | 221 | 204 | 189 |
        | Encours de dette (€/hab.) | 281 | 402 | 489 |

        ## Lecture

        Le Morbihan dégage une épargne supérieure à la moyenne, grâce à des droits de mutation élevés sur le littoral, et son endettement reste modéré. Les dépenses sociales progressent moins vite que chez ses voisins, le Finistère et les Côtes-d'Armor.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Mise à jour : 05/12/2023" };
}

/// <summary>The Gironde (département) by its conseil départemental and name; the estuaire de la Gironde is a landscape; Libourne, Arcachon and Lesparre-Médoc are context; Bordeaux Métropole is context; the Libournais is a landscape; the Médoc and the Entre-deux-Mers are landscapes.</summary>
public sealed class GirondeSchemaHabitatJeunes2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("gironde-schema-logement-des-jeunes-2023.pdf",
        "Schéma départemental pour le logement des jeunes en Gironde", "Département de la Gironde", "2023-10-19",
        DocumentTypeLabels.Rapport, Themes.Social, "https://gironde.fr.example/schema-logement-jeunes.pdf",
        "Gironde - logement des jeunes", "foyers de jeunes travailleurs", """
        ## Le constat

        La Gironde compte 190 000 jeunes de 18 à 29 ans, dont près des deux tiers vivent dans Bordeaux Métropole. Le prix des loyers y a augmenté de 30 % en dix ans, et les jeunes en apprentissage ou en premier emploi peinent à se loger. Hors de l'agglomération, dans le Médoc, l'Entre-deux-Mers ou le Libournais, l'offre de petits logements est presque inexistante.

        ## Les actions

        Le Département de la Gironde s'engage à financer 1 200 places supplémentaires en foyers de jeunes travailleurs et en résidences sociales d'ici 2028, dont la moitié hors de la métropole, notamment à Libourne, à Arcachon et à Lesparre-Médoc. Il développera la colocation solidaire chez des personnes âgées et une garantie de loyer pour les jeunes sans caution familiale.

        ## Le suivi

        Un comité de pilotage réunira l'État, la caisse d'allocations familiales, les bailleurs sociaux et les missions locales. Les communes riveraines de l'estuaire de la Gironde, où les offres d'emploi saisonnier sont nombreuses, seront associées à l'étude sur le logement des saisonniers.
        """);
}
