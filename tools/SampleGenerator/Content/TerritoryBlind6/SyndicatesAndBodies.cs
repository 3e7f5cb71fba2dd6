using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind6 territory split (issue 13): syndicates, offices, SDIS, CCAS/CIAS, centres de gestion, public establishments.
namespace SampleGenerator.Content.TerritoryBlind6;

/// <summary>SDIS du Calvados: the département; Caen, Lisieux and Bayeux are places in it.</summary>
public sealed class Sdis14Activite2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("sdis14-rapport-activite-2023.pdf",
        "Rapport d'activité 2023", "Service départemental d'incendie et de secours du Calvados", "2024-04-22",
        DocumentTypeLabels.Rapport, Themes.Securite, "https://sdis14.example/documents/rapport-activite-2023.pdf",
        "SDIS 14 — Rapport d'activité", "secours à personne", """
        ## Une activité soutenue

        En 2023, les sapeurs-pompiers du Calvados ont réalisé 41 200 interventions, soit 113 par jour en moyenne. Le secours à personne représente 78 % de l'activité ; les incendies 7 % ; les accidents de la circulation 6 %. Les centres de Caen, de Lisieux et de Bayeux concentrent à eux seuls un tiers des sorties.

        | Nature d'intervention | Nombre | Évolution sur un an |
        | Secours à personne | 32 100 | + 4 % |
        | Incendies | 2 900 | + 12 % |
        | Accidents de la circulation | 2 500 | - 3 % |
        | Opérations diverses | 3 700 | + 1 % |
        Source : système de gestion opérationnelle (données fictives).

        ## Les moyens

        L'établissement compte 2 900 sapeurs-pompiers volontaires et 560 professionnels, répartis dans 51 centres d'incendie et de secours. Son budget de fonctionnement atteint 68 millions d'euros, financé à 58 % par le Département du Calvados et à 42 % par les communes et les intercommunalités.

        ## Les perspectives

        Le schéma départemental d'analyse et de couverture des risques, révisé en 2023, prévoit le renforcement de la couverture du littoral en été et la reconstruction de quatre casernes dans le Pays d'Auge et le Bessin.
        """) with { Masthead = ["SDIS du Calvados", "Rapport d'activité"] };
}

/// <summary>CCAS d'Angers: the commune; Angers Loire Métropole is a partner; Trélazé is a neighbour.</summary>
public sealed class CcasAngers2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("ccas-angers-analyse-besoins-sociaux-2023.html",
        "Analyse des besoins sociaux 2023 : synthèse", "Centre communal d'action sociale d'Angers", "2023-11-16",
        DocumentTypeLabels.Etude, Themes.Social, "https://ccas-angers.example/abs-2023", """
        ## Pourquoi une analyse des besoins sociaux

        Chaque centre communal d'action sociale doit produire une analyse des besoins sociaux de la population de sa commune. Celle du CCAS d'Angers porte cette année sur l'isolement des personnes âgées et sur la précarité des étudiants.

        ## Les principaux constats

        Angers compte 159 000 habitants, dont 36 000 étudiants. Un habitant sur cinq vit sous le seuil de pauvreté dans les quartiers de Monplaisir, de Belle-Beille et de la Roseraie. 9 400 personnes de 75 ans ou plus vivent seules, deux fois plus qu'en 2008.

        ## Les pistes d'action

        Le CCAS propose de renforcer les visites à domicile, d'étendre l'épicerie solidaire étudiante et de mieux coordonner son action avec Angers Loire Métropole, chargée de la politique de la ville, ainsi qu'avec le CCAS de Trélazé pour les publics qui fréquentent les deux communes.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>CIAS of the CA du Pays de Landerneau-Daoulas: the EPCI; Landerneau and Daoulas are places in it; Brest is context.</summary>
public sealed class CiasLanderneauDaoulas2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("cias-pays-landerneau-daoulas-bilan-2022.html",
        "Centre intercommunal d'action sociale : bilan d'activité 2022", "CIAS du Pays de Landerneau-Daoulas", "2023-05-25",
        DocumentTypeLabels.Rapport, Themes.Social, "https://cias-landerneau-daoulas.example/bilan-2022", """
        ## Le CIAS et son territoire

        Créé par la communauté d'agglomération du Pays de Landerneau-Daoulas, le centre intercommunal d'action sociale exerce ses missions pour les 22 communes de l'agglomération, de Landerneau à Daoulas, soit 51 000 habitants. Ses bureaux sont installés à Landerneau ; une permanence hebdomadaire se tient à Daoulas.

        ## L'activité en 2022

        Le service d'aide à domicile a assuré 96 000 heures d'intervention auprès de 640 personnes âgées ou handicapées. Le portage de repas a livré 58 000 repas. Les aides facultatives ont bénéficié à 310 ménages, pour 82 000 euros.

        ## Les difficultés

        Le recrutement d'aides à domicile reste difficile : 14 postes étaient vacants à la fin de l'année, dans un bassin d'emploi tourné vers Brest. Le CIAS a revalorisé les indemnités kilométriques et financé le permis de conduire de six agents.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Centre de gestion de la Seine-Maritime: the département; Rouen, Le Havre and Dieppe are places in it.</summary>
public sealed class Cdg76Emploi2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("cdg76-panorama-emploi-territorial-2023.pdf",
        "Panorama de l'emploi territorial 2023", "Centre de gestion de la fonction publique territoriale de la Seine-Maritime", "2023-10-10",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://cdg76.example/observatoire/panorama-2023.pdf",
        "CDG 76 — Observatoire de l'emploi", "départs en retraite", """
        ## Les employeurs territoriaux du département

        Les collectivités et établissements publics de la Seine-Maritime emploient 52 000 agents au 31 décembre 2022. Les communes en emploient la moitié ; les intercommunalités, le Département et la Région se partagent le reste. Les trois villes de Rouen, du Havre et de Dieppe regroupent à elles seules 17 % des effectifs.

        | Type d'employeur | Agents | Part |
        | Communes | 26 300 | 51 % |
        | Intercommunalités | 9 800 | 19 % |
        | Département | 6 100 | 12 % |
        | Autres établissements | 9 800 | 19 % |
        Source : bilans sociaux 2022 (données fictives).

        ## Une pyramide des âges vieillissante

        L'âge moyen des agents atteint 47 ans. D'ici 2030, 14 000 départs en retraite sont attendus, soit plus d'un agent sur quatre. Les métiers les plus exposés sont les agents d'entretien, les auxiliaires de puériculture et les secrétaires de mairie.

        ## L'action du centre de gestion

        Le centre de gestion organise les concours, gère la bourse de l'emploi et propose un service de remplacement aux petites communes. En 2023, il a publié 4 100 offres d'emploi et assuré 9 200 journées de missions temporaires.
        """);
}

/// <summary>Meurthe-et-Moselle Habitat, departmental housing office: the département; Nancy, Lunéville and Longwy are places in it.</summary>
public sealed class MmhRapport2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("mmh-rapport-activite-2022.html",
        "Meurthe-et-Moselle Habitat : l'essentiel de l'année 2022", "Meurthe-et-Moselle Habitat", "2023-06-08",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://mmhabitat.example/rapport-2022", """
        ## L'office public de l'habitat du département

        Rattaché au Département, Meurthe-et-Moselle Habitat gère 15 800 logements sociaux répartis dans 120 communes, du bassin de Longwy au Lunévillois en passant par l'agglomération de Nancy. Il loge 32 000 personnes.

        ## Les chiffres de l'année

        L'office a mis en service 210 logements neufs et réhabilité 640 logements anciens, pour 48 millions d'euros. Le taux de vacance commerciale est de 3,1 %, mais il dépasse 8 % dans certaines communes du nord du département. Les impayés de loyer progressent légèrement avec la hausse des charges de chauffage.

        ## Les projets

        Le plan stratégique de patrimoine prévoit la démolition de 300 logements obsolètes d'ici 2027 et la rénovation thermique de 2 000 autres. Un nouveau siège, plus sobre, doit ouvrir en 2025 à Nancy.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Departmental energy syndicate of the Haute-Marne (all communes): the département; Chaumont, Langres and Saint-Dizier are places in it.</summary>
public sealed class Sdehm2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("sdehm-rapport-activite-2023.pdf",
        "Syndicat départemental d'énergie de la Haute-Marne — rapport d'activité 2023", "Syndicat départemental d'énergie de la Haute-Marne", "2024-03-19",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://sdehm.example/rapport-2023.pdf",
        "SDEHM — Rapport d'activité 2023", "éclairage public", """
        ## Un syndicat au service des 426 communes

        Autorité organisatrice de la distribution d'électricité, le syndicat regroupe toutes les communes de la Haute-Marne, de Chaumont à Langres et Saint-Dizier. Il contrôle le concessionnaire, finance l'enfouissement des réseaux et assure pour les communes qui le souhaitent la maintenance de l'éclairage public.

        ## Les travaux de l'année

        En 2023, le syndicat a engagé 14,6 millions d'euros de travaux : renforcement des réseaux basse tension (5,2 millions), enfouissement (3,9 millions), rénovation de l'éclairage public (4,1 millions) et bornes de recharge (1,4 million).

        | Programme | Montant (millions d'euros) | Communes concernées |
        | Renforcement | 5,2 | 88 |
        | Enfouissement | 3,9 | 41 |
        | Éclairage public | 4,1 | 173 |
        | Bornes de recharge | 1,4 | 26 |
        Source : comptes du syndicat (données fictives).

        ## La sobriété

        Le passage aux lampes à diodes électroluminescentes et l'extinction nocturne, adoptée par 310 communes, ont réduit de 38 % la consommation d'électricité de l'éclairage public du département en trois ans. Le syndicat accompagne aussi les communes dans la rénovation énergétique de leurs bâtiments : 64 audits ont été réalisés en 2023.
        """);
}

/// <summary>Water syndicate of its three member communes Lagord, Puilboreau and Périgny (17; Périgny is shared by five communes); La Rochelle is context.</summary>
public sealed class SiepLagord2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("siep-lagord-puilboreau-perigny-rpqs-2022.html",
        "Rapport sur le prix et la qualité du service public de l'eau potable 2022", "Syndicat intercommunal d'eau potable de Lagord, Puilboreau et Périgny", "2023-06-27",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://siep-lpp.example/rpqs-2022", """
        ## Le service

        Le syndicat assure la production et la distribution de l'eau potable pour ses trois communes membres, Lagord, Puilboreau et Périgny, en Charente-Maritime, soit 23 400 habitants et 10 900 abonnés. Il achète un tiers de son eau à la ville de La Rochelle.

        ## Les indicateurs 2022

        Le volume consommé atteint 1,42 million de mètres cubes. Le rendement du réseau est de 87 %. Les 304 analyses réalisées par l'agence régionale de santé ont toutes été conformes.

        | Indicateur | 2021 | 2022 |
        | Prix au mètre cube (120 m³, TTC) | 2,31 € | 2,39 € |
        | Rendement du réseau | 85 % | 87 % |
        | Taux de renouvellement des canalisations | 0,7 % | 0,9 % |
        Source : rapport du délégataire (données fictives).

        Le comité syndical a décidé de porter l'effort de renouvellement à 1 % par an d'ici 2025.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>Tourism office of the CC Lodévois et Larzac: the EPCI; Lodève is a place in it; Montpellier is context.</summary>
public sealed class OtLodevois2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("ot-lodevois-larzac-bilan-saison-2023.html",
        "Bilan de la saison touristique 2023", "Office de tourisme Lodévois et Larzac", "2023-11-02",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://tourisme-lodevois-larzac.example/bilan-2023", """
        ## Une saison en demi-teinte

        L'office de tourisme intercommunal, qui assure la promotion des 28 communes de la communauté de communes Lodévois et Larzac, a accueilli 41 000 visiteurs dans ses bureaux de Lodève et du Caylar, en baisse de 4 % sur un an. La fréquentation des sites naturels, en revanche, progresse.

        ## Les clientèles

        Les visiteurs viennent d'abord d'Occitanie, notamment de l'agglomération de Montpellier, à une heure de route. La clientèle étrangère représente 18 % des nuitées, surtout belge et néerlandaise. La taxe de séjour collectée sur le territoire atteint 212 000 euros.

        ## Les projets

        L'office prépare un schéma de randonnée sur le plateau du Larzac et une offre de visites du patrimoine industriel de Lodève, ancienne cité drapière.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Espace pro", "Chiffres clés"] };
}

/// <summary>School syndicate named after the "Anse de Goulven" (a cove; Anse, Rhône, is not meant): its three member communes Goulven, Kerlouan and
/// Plounéour-Brignogan-plages; the CC Lesneven Côte des Légendes is context.</summary>
public sealed class SivuAnseGoulven2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("sivu-anse-de-goulven-compte-administratif-2022.pdf",
        "SIVU de l'Anse de Goulven — compte administratif 2022", "Syndicat intercommunal à vocation unique de l'Anse de Goulven", "2023-04-12",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://sivu-anse-goulven.example/ca-2022.pdf",
        "SIVU de l'Anse de Goulven", "restauration scolaire", """
        ## Le syndicat

        Le syndicat intercommunal à vocation unique de l'Anse de Goulven gère la restauration scolaire et le transport des élèves pour trois communes du Finistère : Goulven, Kerlouan et Plounéour-Brignogan-plages. Il tire son nom de la baie qui borde les trois communes. Il n'a aucun lien avec la commune d'Anse, dans le Rhône.

        ## Les comptes de l'exercice 2022

        Les dépenses de fonctionnement s'élèvent à 612 000 euros, dont 318 000 euros de charges de personnel et 196 000 euros d'achats alimentaires. Les recettes proviennent pour 58 % des participations des trois communes, réparties au prorata du nombre d'élèves, et pour 40 % des familles.

        | Commune membre | Élèves | Participation (euros) |
        | Goulven | 38 | 47 600 |
        | Kerlouan | 164 | 205 300 |
        | Plounéour-Brignogan-plages | 141 | 176 500 |
        Source : compte administratif 2022 (données fictives).

        ## Les perspectives

        Le comité syndical prévoit de porter à 50 % la part des produits locaux et biologiques dans la restauration scolaire. Une étude sur un transfert éventuel de la compétence à la communauté de communes Lesneven Côte des Légendes sera menée en 2024.
        """);
}
