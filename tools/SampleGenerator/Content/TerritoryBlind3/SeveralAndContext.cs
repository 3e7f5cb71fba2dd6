using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind3 territory split (issue 13): documents with several subjects, documents whose commune is named only
// in the body, and documents that mention places only as context (comparisons, neighbours, membership).
namespace SampleGenerator.Content.TerritoryBlind3;

/// <summary>Agde and Pézenas compared as equals; Béziers and Montpellier are context, their CA is membership.</summary>
public sealed class InseeAgdePezenas2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("insee-agde-et-pezenas-residences-secondaires-2022.html",
        "Agde et Pézenas : deux villes, deux visages des résidences secondaires", "INSEE", "2022-05-31",
        DocumentTypeLabels.Etude, Themes.Geo, "https://insee.example/statistiques/agde-pezenas-2022", """
        ## Deux communes voisines aux profils opposés

        Agde, sur le littoral, et Pézenas, à vingt kilomètres dans les terres, appartiennent à la même communauté d'agglomération. Cette étude compare leurs parcs de logements.

        | Indicateur | Agde | Pézenas |
        | Logements | 39 800 | 5 100 |
        | Part des résidences secondaires | 71 % | 14 % |
        | Part des logements vacants | 4 % | 13 % |
        | Prix médian au m² (€) | 3 900 | 1 950 |
        Source : recensement 2019 et données notariales (données fictives).

        À Agde, sept logements sur dix sont des résidences secondaires, concentrées dans la station du Cap : la commune se vide hors saison. À Pézenas, la vacance touche le centre historique, malgré son attrait patrimonial. Les deux communes partagent la même difficulté : loger les actifs à l'année. Nombre d'entre eux s'installent vers Béziers ou Montpellier.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Statistiques", "Occitanie"] };
}

/// <summary>The Tarn and the Tarn-et-Garonne studied together; Toulouse is context. PDF.</summary>
public sealed class InseeTarnTarnEtGaronne2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("insee-tarn-et-tarn-et-garonne-periurbanisation-2023.pdf",
        "Tarn et Tarn-et-Garonne : la périurbanisation toulousaine gagne du terrain", "INSEE", "2023-02-14",
        DocumentTypeLabels.Etude, Themes.Geo, "https://insee.example/statistiques/tarn-tarn-et-garonne-2023.pdf",
        "Insee Analyses Occitanie", "périurbanisation toulousaine", """
        ## Deux départements sous influence

        Le Tarn et le Tarn-et-Garonne comptent ensemble 660 000 habitants. Entre 2013 et 2019, leur population a augmenté de 0,5 % par an, un rythme porté par les communes situées à moins de quarante minutes de Toulouse.

        | Indicateur | Tarn | Tarn-et-Garonne |
        | Population 2019 | 389 800 | 261 300 |
        | Évolution annuelle 2013-2019 | +0,3 % | +0,7 % |
        | Actifs travaillant dans la Haute-Garonne | 9 % | 14 % |
        | Part des ménages propriétaires | 67 % | 68 % |
        Source : recensements de la population (données fictives).

        ## Des dynamiques différentes

        Le Tarn-et-Garonne croît plus vite : l'autoroute et la ligne ferroviaire vers Toulouse ont favorisé l'installation de jeunes familles autour de Montauban et de Castelsarrasin. Dans le Tarn, la croissance se concentre à l'ouest, autour de Gaillac et de Lavaur, tandis que le sud du département, autour de Castres et de Mazamet, perd des habitants.

        Dans les deux départements, les nouveaux arrivants sont propriétaires de maisons individuelles et effectuent de longs trajets quotidiens. Les communes qui les accueillent doivent financer écoles et réseaux avec des ressources fiscales modestes.
        """) with { Masthead = ["Insee Analyses Occitanie", "n° 131 — février 2023"] };
}

/// <summary>Contract between the commune of Vierzon and the CC Vierzon-Sologne-Berry (both signatories and subjects); the préfet du Cher signs for the State.</summary>
public sealed class PrefectureCherConventionVierzon2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-cher-convention-vierzon-2022.html",
        "Opération de revitalisation du territoire : convention avec la ville de Vierzon et sa communauté de communes", "Préfecture du Cher", "2022-03-22",
        DocumentTypeLabels.Page, Themes.Geo, "https://cher.gouv.example/publications/ort-vierzon-2022", """
        ## La convention

        Le préfet du Cher, la commune de Vierzon et la communauté de communes Vierzon-Sologne-Berry ont signé le 18 mars 2022 une convention d'opération de revitalisation du territoire. Elle engage la ville et l'intercommunalité pour cinq ans sur un programme commun.

        | Axe | Porteur | Budget prévisionnel (M€) |
        | Réhabilitation de l'habitat ancien | Communauté de communes | 6,4 |
        | Requalification des rues commerçantes | Ville | 4,1 |
        | Reconversion de la friche industrielle | Communauté de communes | 9,8 |
        | Équipements culturels | Ville | 2,7 |
        Source : convention (données fictives).

        Le périmètre d'intervention couvre le centre-ville de Vierzon et les bourgs-centres de la communauté de communes. L'État mobilise la dotation de soutien à l'investissement local et les aides de l'agence nationale de l'habitat.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actions de l'État", "Aménagement du territoire"] };
}

/// <summary>The commune of Montbrison (Loire) named only in the body, not in the title; Loire Forez Agglomération is membership, Saint-Étienne is context.</summary>
public sealed class CrcRapportMontbrison2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("crc-ara-rapport-observations-2022-14.html",
        "Rapport d'observations définitives — exercices 2017 et suivants", "Chambre régionale des comptes Auvergne-Rhône-Alpes", "2022-11-29",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/auvergne-rhone-alpes/rod-2022-14", """
        ## Synthèse

        La chambre a contrôlé les comptes et la gestion de la commune de Montbrison (Loire) à compter de l'exercice 2017. Sous-préfecture de 16 000 habitants, la ville est le siège de Loire Forez Agglomération, à laquelle elle a transféré l'eau, l'assainissement et la voirie.

        La situation financière est saine : la capacité de désendettement est inférieure à quatre années. En revanche, la commune a sous-estimé le coût de la rénovation de son théâtre, passé de 5,2 M€ à 8,7 M€ entre l'avant-projet et la réception des travaux.

        | Indicateur (M€) | 2017 | 2021 |
        | Produits de gestion | 19,6 | 20,4 |
        | Épargne brute | 3,8 | 3,5 |
        | Encours de dette | 14,2 | 13,1 |
        Source : comptes de gestion (données fictives).

        Les habitants fréquentent de plus en plus les commerces de Saint-Étienne ; la chambre invite la commune à évaluer son dispositif d'aide au commerce de centre-ville.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Auvergne-Rhône-Alpes"] };
}

/// <summary>Pontivy (Morbihan); Loudéac and Vannes are comparison columns, Pontivy Communauté is membership. PDF.</summary>
public sealed class InseePontivyCommerce2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("insee-pontivy-commerce-centre-ville-2023.pdf",
        "Pontivy : le commerce de centre-ville tient mieux qu'ailleurs", "INSEE", "2023-06-27",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://insee.example/statistiques/pontivy-commerce-2023.pdf",
        "Insee Flash Bretagne", "commerce de centre-ville", """
        ## Un centre-ville commerçant

        Pontivy, 14 600 habitants, compte 290 établissements commerciaux en 2022, dont 180 dans son centre-ville. La vacance commerciale y atteint 9 %, un taux inférieur à celui des villes moyennes bretonnes de taille comparable.

        | Indicateur | Pontivy | Loudéac | Vannes |
        | Commerces pour 1 000 habitants | 19,9 | 17,2 | 14,1 |
        | Vacance commerciale en centre-ville | 9 % | 14 % | 8 % |
        | Part des commerces alimentaires | 24 % | 21 % | 19 % |
        Source : répertoire des entreprises et relevés de terrain (données fictives).

        ## Les raisons d'une bonne tenue

        Pontivy est la seule ville de plus de 10 000 habitants dans un rayon de trente kilomètres : son centre attire les habitants de toute la communauté de communes et au-delà. Le marché du lundi, l'un des plus importants de la région, maintient une fréquentation régulière.

        Les zones commerciales périphériques progressent toutefois : elles concentrent désormais 55 % des surfaces de vente, contre 45 % en 2012. Les commerces d'équipement de la personne sont les plus fragilisés par la vente en ligne.
        """) with { Masthead = ["Insee Flash Bretagne", "n° 97 — juin 2023"] };
}

/// <summary>The département de l'Ardèche; the Drôme and Auvergne-Rhône-Alpes are comparisons, Privas is its prefecture.</summary>
public sealed class CrcDepartementArdeche2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("crc-ara-departement-de-l-ardeche-2022.html",
        "Département de l'Ardèche : la politique en faveur des personnes âgées", "Chambre régionale des comptes Auvergne-Rhône-Alpes", "2022-04-05",
        DocumentTypeLabels.Rod, Themes.Social, "https://ccomptes.example/crc/auvergne-rhone-alpes/departement-07-2022", """
        ## Synthèse

        Le département de l'Ardèche consacre 112 M€ par an aux personnes âgées, dont 71 M€ d'allocation personnalisée d'autonomie. Avec 13 % d'habitants de 75 ans ou plus, c'est l'un des départements les plus âgés de la région Auvergne-Rhône-Alpes, loin devant la Drôme voisine (10 %).

        | Indicateur | Ardèche | Drôme | Région |
        | Part des 75 ans ou plus | 13,0 % | 10,4 % | 9,3 % |
        | Bénéficiaires de l'APA pour 1 000 personnes de 75 ans ou plus | 224 | 198 | 191 |
        | Places en établissement pour 1 000 personnes de 75 ans ou plus | 118 | 104 | 101 |
        Source : comptes du département et statistiques sociales (données fictives).

        Les services d'aide à domicile peinent à couvrir les zones de montagne. La chambre recommande au département, dont les services sont installés à Privas, de revoir le tarif horaire de référence et de contractualiser avec les services sur des objectifs de couverture territoriale.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Auvergne-Rhône-Alpes"] };
}

/// <summary>Crest (Drôme), a short name; Die and Valence are comparisons. PDF.</summary>
public sealed class AdemeCrestEcoles2021 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("ademe-crest-renovation-ecoles-2021.pdf",
        "Rénovation énergétique des écoles : l'exemple de Crest", "ADEME", "2021-11-09",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/crest-ecoles-2021.pdf",
        "ADEME Auvergne-Rhône-Alpes — retours d'expérience", "Rénovation énergétique des écoles", """
        ## La démarche

        La commune de Crest, dans la Drôme, a rénové entre 2017 et 2020 ses trois groupes scolaires, construits dans les années 1960. Elle a isolé les murs par l'extérieur, remplacé les menuiseries et raccordé deux des trois écoles à une chaufferie au bois.

        ## Résultats

        | Indicateur | Avant travaux | Après travaux |
        | Consommation d'énergie (kWh/m²/an) | 214 | 88 |
        | Facture annuelle (k€) | 96 | 51 |
        | Température en juin dans les classes (°C) | 31 | 27 |
        Source : suivi des consommations de la commune (données fictives).

        Les travaux ont coûté 3,6 M€, financés à 55 % par l'État, la région et l'ADEME. Le retour sur investissement, calculé sur les seules économies d'énergie, dépasse trente ans ; le confort d'été, amélioré par des protections solaires, était l'autre objectif.

        ## À retenir

        Crest a conduit les travaux pendant les vacances scolaires, en trois tranches. Des communes de taille comparable, comme Die, ont visité les chantiers ; les écoles de Valence, plus grandes, relèvent d'un autre type de programme. La commune a associé les enseignants au choix des protections solaires.
        """) with { Masthead = ["ADEME Auvergne-Rhône-Alpes", "Retours d'expérience"] };
}
