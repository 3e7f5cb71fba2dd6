using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind5 territory split (issue 13): syndicates, offices, SDIS, CCAS/CIAS, centres de gestion and public
// establishments; the subject is the body's perimeter.
namespace SampleGenerator.Content.TerritoryBlind5;

/// <summary>SDIS of the Pyrénées-Atlantiques: the département; Pau, Bayonne and the Béarn are places in it. PDF.</summary>
public sealed class Sdis64Rapport2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("sdis64-rapport-activite-2023.pdf",
        "Rapport d'activité 2023", "Service départemental d'incendie et de secours des Pyrénées-Atlantiques", "2024-05-14",
        DocumentTypeLabels.Rapport, Themes.Securite, "https://sdis64.example/documents/rapport-activite-2023.pdf",
        "SDIS 64 — rapport d'activité", "secours en montagne", """
        ## L'activité

        Les sapeurs-pompiers des Pyrénées-Atlantiques ont réalisé 61 200 interventions en 2023, en hausse de 4 % sur un an. Le secours d'urgence aux personnes en représente 81 %. Les centres de Pau et de Bayonne assurent à eux deux 31 % de l'activité.

        | Nature | Interventions 2023 |
        | Secours d'urgence aux personnes | 49 600 |
        | Incendies | 3 700 |
        | Accidents de la circulation | 3 100 |
        | Autres opérations | 4 800 |
        Source : SDIS 64 (données fictives).

        ## Les moyens

        L'établissement emploie 560 sapeurs-pompiers professionnels et compte 2 300 volontaires dans 56 centres. Son budget de fonctionnement atteint 78 millions d'euros, dont 55 % versés par le conseil départemental. Le groupe de secours en montagne a effectué 240 sorties, principalement dans les vallées d'Aspe et d'Ossau. La construction d'un nouveau centre dans le Béarn des gaves est programmée pour 2025.

        Les délais moyens d'arrivée des secours sur les lieux restent inférieurs à vingt minutes pour neuf interventions sur dix. Le rapport détaille ensuite l'activité de chaque groupement territorial.
        """) with { Masthead = ["SDIS des Pyrénées-Atlantiques", "Rapport d'activité"] };
}

/// <summary>CCAS de Niort: the commune; the CA du Niortais is a partner.</summary>
public sealed class CcasNiort2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("ccas-niort-analyse-besoins-sociaux-2023.html",
        "Analyse des besoins sociaux : les jeunes de 16 à 25 ans", "Centre communal d'action sociale de Niort", "2023-11-21",
        DocumentTypeLabels.Etude, Themes.Social, "https://ccas-niort.example/abs-2023-jeunes", """
        ## Le choix du thème

        Cette année, le centre communal d'action sociale de Niort a consacré son analyse des besoins sociaux aux jeunes de 16 à 25 ans qui vivent dans la commune. Ils sont 6 900, soit 11 % de la population.

        ## Les constats

        Un jeune Niortais sur cinq n'est ni en emploi, ni en études, ni en formation. Cette part atteint un sur trois dans les quartiers du Clou-Bouchet et de la Tour-Chabot. Le logement est la première difficulté citée lors des entretiens : les petits logements du parc social sont rares et les loyers privés ont augmenté de 9 % en trois ans.

        Le CCAS propose d'ouvrir une résidence de 24 logements temporaires pour jeunes actifs et de tenir une permanence hebdomadaire à la mission locale. La communauté d'agglomération du Niortais, compétente pour l'habitat, est associée au projet de résidence.
        """);
}

/// <summary>CIAS of the CC Sarlat-Périgord Noir: the EPCI; Sarlat-la-Canéda is its seat, a place in it.</summary>
public sealed class CiasSarlat2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("cias-sarlat-perigord-noir-bilan-2022.html",
        "Bilan social 2022 du centre intercommunal d'action sociale", "Centre intercommunal d'action sociale Sarlat-Périgord Noir", "2023-04-06",
        DocumentTypeLabels.Rapport, Themes.Social, "https://cias-sarlat.example/bilan-2022", """
        ## Les missions

        Le centre intercommunal d'action sociale agit pour les treize communes de la communauté de communes Sarlat-Périgord Noir. Ses bureaux sont installés à Sarlat-la-Canéda, mais ses équipes interviennent dans tous les villages du territoire communautaire.

        ## L'activité 2022

        Le service d'aide et d'accompagnement à domicile a réalisé 71 000 heures d'intervention auprès de 480 bénéficiaires, dont 82 % ont plus de 75 ans. Le portage de repas a livré 41 000 repas. L'épicerie solidaire a accueilli 310 foyers, 20 % de plus qu'en 2021.

        La hausse des prix de l'alimentation et du carburant a alourdi les charges du CIAS de 96 000 euros. La communauté de communes a augmenté sa subvention d'équilibre pour couvrir ce surcoût. Le CIAS recherche toujours huit aides à domicile.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Centre de gestion de la Moselle: the département; Metz, Thionville and Forbach are places in it. PDF.</summary>
public sealed class Cdg57Emploi2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("cdg57-synthese-bilans-sociaux-2022.pdf",
        "Synthèse des rapports sociaux uniques 2021", "Centre de gestion de la fonction publique territoriale de la Moselle", "2022-12-15",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://cdg57.example/observatoire/rsu-2021.pdf",
        "CDG 57 — observatoire de l'emploi", "rapports sociaux", """
        ## Le périmètre

        Cette synthèse rassemble les rapports sociaux uniques transmis par 612 collectivités et établissements publics de la Moselle, qui emploient 24 800 agents. Les plus grandes collectivités, dont les villes de Metz, Thionville et Forbach, ont transmis leurs données comme les petites communes.

        | Indicateur | Moselle 2021 |
        | Agents titulaires | 72 % |
        | Agents contractuels | 28 % |
        | Âge moyen | 46 ans |
        | Part des femmes | 61 % |
        | Jours d'absence pour raison de santé par agent | 27 |
        Source : rapports sociaux uniques (données fictives).

        ## Les tendances

        Les absences pour raison de santé augmentent pour la troisième année. Un agent sur quatre a plus de 55 ans : les départs à la retraite vont s'accélérer dans les filières technique et médico-sociale. Le centre de gestion renforce son service de remplacement et son offre de conseil en prévention.

        Les collectivités de moins de cinquante agents, qui ne disposent pas de service des ressources humaines, pourront bénéficier d'un accompagnement gratuit pour préparer leur prochain rapport social unique.
        """);
}

/// <summary>Côte-d'Or Habitat, the departmental housing office: the département; Dijon and Beaune are places in it.</summary>
public sealed class CoteDorHabitat2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("cote-dor-habitat-rapport-activite-2022.html",
        "Rapport d'activité 2022", "Côte-d'Or Habitat", "2023-06-29",
        DocumentTypeLabels.Rapport, Themes.Social, "https://cotedorhabitat.example/rapport-2022", """
        ## L'office en chiffres

        Office public de l'habitat rattaché au département de la Côte-d'Or, Côte-d'Or Habitat gère 7 400 logements locatifs sociaux répartis dans 190 communes du département. L'office est peu présent à Dijon, où d'autres bailleurs détiennent l'essentiel du parc, mais très implanté dans les bourgs ruraux et à Beaune.

        ## L'année 2022

        L'office a livré 96 logements neufs et réhabilité 410 logements, pour un investissement de 31 millions d'euros. Le taux de vacance est de 4,8 %, contre 3,1 % en moyenne nationale, en raison de la faible demande dans le nord-ouest du département. Les impayés de loyer progressent légèrement.

        Le plan stratégique de patrimoine prévoit la démolition de 180 logements vacants d'ici 2026 et la rénovation énergétique de tous les logements classés F ou G.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Departmental energy syndicate of the Yonne (all its communes): the département; Auxerre (seat) is a place in it. PDF.</summary>
public sealed class Sdey2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("sdey-rapport-activite-2023.pdf",
        "Rapport d'activité 2023 du SDEY", "Syndicat départemental d'énergies de l'Yonne", "2024-06-11",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://sdey.example/rapports/rapport-activite-2023.pdf",
        "SDEY — rapport d'activité 2023", "éclairage public", """
        ## Le syndicat

        Le syndicat départemental d'énergies de l'Yonne regroupe les 421 communes du département. Autorité organisatrice de la distribution d'électricité, il conduit aussi des travaux d'éclairage public et de rénovation énergétique des bâtiments communaux. Son siège est à Auxerre.

        ## Les travaux

        En 2023, le syndicat a engagé 24 millions d'euros de travaux : 11 millions pour l'enfouissement et le renforcement des réseaux, 8 millions pour l'éclairage public et 5 millions pour les bornes de recharge et les bâtiments.

        | Programme | Montant (M€) |
        | Réseaux électriques | 11 |
        | Éclairage public | 8 |
        | Mobilité et bâtiments | 5 |
        Source : SDEY (données fictives).

        Le remplacement des lampes par des diodes a réduit de 38 % la consommation d'éclairage des communes adhérentes. 180 communes éteignent désormais leur éclairage une partie de la nuit.

        Le syndicat accompagne aussi les communes dans leurs achats d'énergie : le groupement de commandes qu'il coordonne réunit 390 membres et a permis de limiter la hausse des prix de l'électricité en 2023. Il emploie 34 agents.
        """);
}

/// <summary>School syndicate of three communes: Guingamp, Pabu and Grâces (Côtes-d'Armor).</summary>
public sealed class SivosGuingamp2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("sivos-guingamp-pabu-graces-budget-2023.html",
        "Budget 2023 du syndicat intercommunal à vocation scolaire", "Syndicat intercommunal à vocation scolaire Guingamp-Pabu-Grâces", "2023-04-12",
        DocumentTypeLabels.Page, Themes.Culture, "https://sivos-guingamp.example/budget-2023", """
        ## Trois communes, une restauration scolaire commune

        Le syndicat intercommunal à vocation scolaire réunit les communes de Guingamp, Pabu et Grâces, dans les Côtes-d'Armor. Il gère la cuisine centrale qui prépare les repas de leurs neuf écoles publiques et le transport des élèves vers la piscine.

        ## Le budget

        Le comité syndical a voté un budget de 1,9 million d'euros. Les repas servis passent de 182 000 à 190 000 par an. Les contributions des communes sont calculées selon le nombre de repas : Guingamp en verse 52 %, Pabu 25 % et Grâces 23 %.

        La hausse du prix des denrées (+14 %) est en partie absorbée par une meilleure gestion des stocks. Le syndicat investit 240 000 euros dans une nouvelle légumerie pour augmenter la part de produits frais locaux.
        """);
}

/// <summary>Tourism office of the CC du Briançonnais: the EPCI; Briançon and Serre Chevalier are places in it.</summary>
public sealed class OtBrianconnais2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("ot-serre-chevalier-brianconnais-bilan-2023.html",
        "Fréquentation touristique : le bilan de l'hiver 2022-2023", "Office de tourisme intercommunal du Briançonnais", "2023-05-04",
        DocumentTypeLabels.Etude, Themes.Geo, "https://ot-brianconnais.example/observatoire/hiver-2022-2023", """
        ## Un hiver contrasté

        L'office de tourisme, établissement public de la communauté de communes du Briançonnais, observe la fréquentation des treize communes de l'intercommunalité. L'hiver 2022-2023 totalise 2,9 millions de nuitées, 3 % de moins que l'hiver précédent, en raison d'un enneigement tardif.

        | Mois | Nuitées 2022-2023 | Évolution |
        | Décembre | 520 000 | -9 % |
        | Janvier | 610 000 | -4 % |
        | Février | 1 010 000 | +1 % |
        | Mars | 760 000 | -2 % |
        Source : office de tourisme (données fictives).

        Le domaine de Serre Chevalier reste le premier moteur de la fréquentation ; les séjours dans la cité Vauban de Briançon progressent. La taxe de séjour perçue par la communauté atteint 4,1 millions d'euros.

        La clientèle étrangère représente 21 % des nuitées. Les résultats de l'été seront publiés en octobre, avec une enquête de satisfaction.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>Public land agency of the Haute-Savoie (the whole département); Annecy and Annemasse are places in it. PDF.</summary>
public sealed class Epf74Rapport2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("epf74-rapport-activite-2022.pdf",
        "Rapport d'activité 2022 de l'établissement public foncier", "Établissement public foncier de la Haute-Savoie", "2023-05-25",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://epf74.example/rapport-activite-2022.pdf",
        "EPF 74 — rapport 2022", "taxe spéciale d'équipement", """
        ## Un outil au service des communes

        L'établissement public foncier de la Haute-Savoie achète des terrains pour le compte des communes et des intercommunalités du département, puis les porte jusqu'à la réalisation de leurs projets. Son périmètre couvre tout le département.

        ## L'activité 2022

        L'établissement a acquis 84 biens pour 62 millions d'euros, dont 58 % destinés au logement social. Le stock en portage atteint 410 millions d'euros. Les opérations les plus importantes concernent le centre d'Annecy et le quartier de la gare d'Annemasse.

        | Destination | Acquisitions (M€) |
        | Logement | 36 |
        | Activités économiques | 14 |
        | Équipements publics | 8 |
        | Espaces naturels | 4 |
        Source : EPF 74 (données fictives).

        La taxe spéciale d'équipement, payée par les contribuables du département, a rapporté 18 millions d'euros.

        L'établissement a revendu 41 biens aux collectivités ou à leurs opérateurs, pour 29 millions d'euros. La durée moyenne de portage atteint six ans. Le conseil d'administration a adopté un nouveau programme pluriannuel qui renforce l'action en faveur des terres agricoles.
        """);
}
