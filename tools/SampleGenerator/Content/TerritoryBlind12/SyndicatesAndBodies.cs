using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind12 territory split (issue 13): syndicates named by rivers or landscapes, offices, CCAS/CIAS, SDIS, centre de gestion, MDPH.
namespace SampleGenerator.Content.TerritoryBlind12;

/// <summary>SIVU of the vallée de l'Ource, members Belan-sur-Ource, Brion-sur-Ource and Prusly-sur-Ource (Côte-d'Or, not named) -> its three members; Celles-sur-Ource (Aube, not a member) and Châtillon-sur-Seine are context; the Ource is the river; the Châtillonnais is a landscape.</summary>
public sealed class SivuValleeOurceRapport2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("sivu-vallee-de-l-ource-rapport-2023.pdf",
        "SIVU de la vallée de l'Ource : rapport d'activité 2023", "SIVU de la vallée de l'Ource", "2024-03-08",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://sivu-ource.example/rapport-2023.pdf",
        "SIVU de la vallée de l'Ource - rapport 2023", "station de pompage", """
        ## Le syndicat

        Le syndicat intercommunal à vocation unique de la vallée de l'Ource assure la production et la distribution de l'eau potable pour trois communes du Châtillonnais : Belan-sur-Ource, Brion-sur-Ource et Prusly-sur-Ource. Il dessert 600 habitants par 34 kilomètres de canalisations, à partir d'un captage unique situé dans la nappe d'accompagnement de la rivière. Son comité syndical compte six délégués, deux par commune.

        ## L'exploitation en 2023

        Les volumes produits ont atteint 41 000 mètres cubes, pour 33 500 mètres cubes facturés ; le rendement du réseau s'améliore ainsi à 82 %. Deux fuites importantes ont été réparées au printemps. La qualité de l'eau distribuée est restée conforme, à l'exception d'un dépassement ponctuel de turbidité après les orages de juin, qui a conduit à une restriction de consommation de quarante-huit heures.

        ## Les travaux

        Le syndicat a remplacé les pompes de la station de pompage et installé une télégestion qui alerte l'agent d'astreinte. La commune de Celles-sur-Ource, dans l'Aube, qui avait envisagé une interconnexion, a finalement choisi de rester autonome. Le prix de l'eau passe à 2,31 euros par mètre cube, hors assainissement. Les factures sont éditées par la trésorerie de Châtillon-sur-Seine.
        """) with { InfoTitle = "RA 2023 SIVU" };
}

/// <summary>SIVOM of the Vexin (school transport and school restaurant), members Boury-en-Vexin, Montagny-en-Vexin and La Corne-en-Vexin (Oise, not named) -> its three members; Chaumont-en-Vexin (collège), Gisors and Beauvais are context; the Vexin is a landscape.</summary>
public sealed class SivomVexinRestaurationScolaire2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("sivom-du-vexin-restauration-scolaire-2024.html",
        "SIVOM du Vexin : nouveau marché de restauration scolaire à la rentrée", "SIVOM du Vexin", "2024-06-25",
        DocumentTypeLabels.Page, Themes.Culture, "https://sivom-vexin.example/actualites/restauration-scolaire-2024", """
        ## Ce qui change en septembre

        Le syndicat intercommunal à vocation multiple du Vexin, qui regroupe les communes de Boury-en-Vexin, Montagny-en-Vexin et La Corne-en-Vexin, a attribué le nouveau marché de restauration scolaire pour trois ans. À partir de la rentrée, les repas seront préparés dans une cuisine située à moins de trente kilomètres, avec 40 % de produits locaux ou sous signe de qualité et un menu végétarien par semaine.

        ## Les tarifs

        Le prix du repas facturé aux familles passe de 3,90 à 4,10 euros ; le syndicat prend à sa charge le reste de la hausse du coût, qui atteint 0,45 euro par repas. Un tarif réduit reste appliqué selon le quotient familial.

        ## Le transport scolaire

        Le SIVOM continue d'organiser, pour le compte de la région, le circuit de car qui relie les trois villages à l'école du regroupement pédagogique et au collège de Chaumont-en-Vexin. Les familles qui travaillent à Gisors ou à Beauvais peuvent inscrire leurs enfants à l'accueil du matin dès 7 h 15. Le comité syndical se réunit en mairie de Montagny-en-Vexin, siège du syndicat.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actualités", "Écoles"] };
}

/// <summary>Syndicat mixte of the Dronne, whose members are the CC Dronne et Belle and the CC Lavalette Tude Dronne -> both EPCI; Brantôme, Ribérac and Aubeterre-sur-Dronne are context; the Dronne and the Belle are rivers; the Dordogne and the Charente are named as the départements the perimeter straddles (context, not subjects).</summary>
public sealed class SyndicatMixteDronneRapport2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("syndicat-mixte-dronne-rivieres-rapport-2023.pdf",
        "Syndicat mixte des rivières de la Dronne : bilan du programme pluriannuel 2019-2023", "Syndicat mixte des rivières de la Dronne", "2024-02-14",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://smrd.example/bilan-2019-2023.pdf",
        "Syndicat mixte de la Dronne - bilan 2019-2023", "ripisylve", """
        ## Le syndicat et son territoire

        Le syndicat mixte des rivières de la Dronne exerce la compétence de gestion des milieux aquatiques et de prévention des inondations pour le compte de ses deux membres : la communauté de communes Dronne et Belle et la communauté de communes Lavalette Tude Dronne. Son périmètre couvre la partie médiane de la vallée, de l'aval de Brantôme jusqu'à Aubeterre-sur-Dronne, à cheval sur la Dordogne et la Charente.

        ## Cinq ans de travaux

        Le programme pluriannuel de gestion a mobilisé 2,3 millions d'euros. Les équipes ont restauré 74 kilomètres de ripisylve, supprimé ou aménagé neuf seuils et recréé trois zones d'expansion des crues. Le syndicat a aussi accompagné les propriétaires riverains de la Belle, affluent sujet aux étiages sévères.

        ## Les résultats

        Les pêches d'inventaire montrent le retour de l'anguille sur l'ensemble du linéaire restauré. Les étiages de 2022 et 2023 ont toutefois été plus longs qu'à l'aval de Ribérac, où la rivière bénéficie de résurgences. Le prochain programme, soumis aux deux conseils communautaires, prévoit un volet de sensibilisation des agriculteurs et une étude sur les plans d'eau.
        """) with { Hyphenate = true };
}

/// <summary>The intercommunal tourism office of the Cap Sizun = the CC Cap Sizun - Pointe du Raz -> the EPCI; Audierne (seat), Plogoff, Douarnenez and Quimper are context; Bretagne, the Île-de-France and the Pays de la Loire (visitors' origins) are context; the pointe du Raz is a landscape.</summary>
public sealed class OfficeTourismeCapSizunBilan2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("office-tourisme-cap-sizun-bilan-2023.html",
        "Office de tourisme du Cap Sizun : bilan de la saison 2023", "Office de tourisme Cap Sizun - Pointe du Raz", "2023-11-21",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://capsizun-tourisme.example/bilan-2023", """
        ## Une saison équilibrée

        L'office de tourisme communautaire, créé par la communauté de communes Cap Sizun - Pointe du Raz, a accueilli 86 000 visiteurs dans ses deux bureaux d'information, à Audierne et à la pointe du Raz. La fréquentation est stable par rapport à 2022, mais mieux répartie : les ailes de saison, en mai et en septembre, progressent de 12 %.

        ## Les clientèles

        Les visiteurs français représentent 78 % des contacts, principalement venus de Bretagne, d'Île-de-France et des Pays de la Loire. Les clientèles allemande et britannique reviennent à leur niveau d'avant la crise sanitaire. Beaucoup de visiteurs séjournent à Douarnenez ou à Quimper et ne passent qu'une journée dans le Cap.

        ## La taxe de séjour

        Le produit de la taxe de séjour, reversé par l'intercommunalité, atteint 420 000 euros, en hausse de 6 %. Il finance notamment l'entretien des sentiers côtiers et la navette estivale qui relie Audierne à Plogoff. Pour 2024, l'office prévoit de rénover le point d'accueil du site de la pointe du Raz et de développer la randonnée hors saison.
        """) with { Meta = HtmlMeta.OpenGraph, Lead = "Observatoire du tourisme" };
}

/// <summary>Grand Dole Habitat, the OPH attached to the CA du Grand Dole -> the EPCI; Dole (seat), Tavaux and Damparis are context; the Mesnils Pasteur are a quarter; the Doubs is the river (also a département, not a subject); Besançon is context.</summary>
public sealed class GrandDoleHabitatRapport2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("grand-dole-habitat-rapport-activite-2023.html",
        "Grand Dole Habitat : l'essentiel de l'année 2023", "Grand Dole Habitat", "2024-05-07",
        DocumentTypeLabels.Rapport, Themes.Social, "https://grand-dole-habitat.example/rapport-2023", """
        ## L'office

        Grand Dole Habitat est l'office public de l'habitat rattaché à la communauté d'agglomération du Grand Dole. Il gère 3 100 logements sociaux, dont 70 % dans la ville de Dole et le reste à Tavaux, Damparis et dans une quinzaine de communes plus petites de l'agglomération. Son conseil d'administration est présidé par un vice-président de la communauté d'agglomération.

        ## L'activité en 2023

        L'office a attribué 412 logements, un chiffre en baisse : les locataires partent moins, faute d'offre abordable dans le parc privé. Le taux de vacance reste faible, 2,9 %, à l'exception d'une résidence des années 1960 en bord du Doubs, dont la démolition est programmée.

        ## Les investissements

        La réhabilitation thermique de 240 logements du quartier des Mesnils Pasteur s'est achevée en décembre. Les factures de chauffage des locataires y ont baissé d'un tiers. Pour les trois prochaines années, l'office prévoit 28 millions d'euros de travaux et la construction de 90 logements neufs, en lien avec le programme local de l'habitat de l'agglomération. Les comparaisons avec les bailleurs de Besançon montrent des loyers moyens inférieurs de 8 %.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Publié le 07/05/2024" };
}

/// <summary>CCAS of Forbach (Moselle, not named) -> its commune; Sarrebruck, Metz and the CA de Forbach Porte de France (membership) are context; the quartier du Wiesberg is a part.</summary>
public sealed class CcasForbachAnalyseBesoins2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("ccas-forbach-analyse-besoins-sociaux-2023.pdf",
        "CCAS de Forbach : analyse des besoins sociaux 2023", "Centre communal d'action sociale de Forbach", "2023-10-10",
        DocumentTypeLabels.Etude, Themes.Social, "https://ccas-forbach.example/abs-2023.pdf",
        "CCAS de Forbach - ABS 2023", "épicerie solidaire", """
        ## Le cadre de l'analyse

        Comme chaque centre communal d'action sociale, le CCAS de Forbach réalise une analyse des besoins sociaux de la population au début du mandat, puis l'actualise. Cette édition porte sur les 20 500 habitants de la ville et s'appuie sur les données de la caisse d'allocations familiales, de France Travail et sur une enquête menée auprès de 350 ménages.

        ## Les constats

        La pauvreté touche 29 % des habitants, près du double de la moyenne nationale, et 40 % des enfants. Elle est concentrée dans les quartiers prioritaires, notamment au Wiesberg. La population vieillit : un habitant sur quatre a plus de 65 ans, et beaucoup vivent seuls. Les emplois frontaliers, nombreux dans l'agglomération de Sarrebruck, profitent surtout aux actifs qualifiés.

        ## Les orientations

        Le CCAS propose d'ouvrir une seconde épicerie solidaire, de renforcer l'aide aux démarches numériques et de créer un service de visites à domicile pour les personnes âgées isolées. Ces actions seront coordonnées avec la communauté d'agglomération de Forbach Porte de France et avec les services du département installés à Metz.
        """);
}

/// <summary>CIAS of the CC du Pays de Mirepoix -> the EPCI; Mirepoix (Ariège, seat), Lavelanet and Pamiers are context; Mirepoix (Gers) is named to rule it out.</summary>
public sealed class CiasPaysDeMirepoixRapport2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("cias-pays-de-mirepoix-rapport-2023.html",
        "CIAS du Pays de Mirepoix : rapport d'activité 2023", "CIAS du Pays de Mirepoix", "2024-04-02",
        DocumentTypeLabels.Rapport, Themes.Social, "https://cias-mirepoix.example/rapport-2023", """
        ## Un service pour tout le territoire

        Le centre intercommunal d'action sociale exerce, pour la communauté de communes du Pays de Mirepoix, l'aide à domicile, le portage de repas et l'accompagnement des demandeurs du revenu de solidarité active. Son siège se trouve à Mirepoix, dans l'ancien hôpital, et ses agents interviennent dans les trente-deux communes de l'intercommunalité.

        ## L'activité

        En 2023, le service d'aide à domicile a réalisé 61 000 heures d'intervention auprès de 290 personnes âgées ou handicapées. Le portage de repas a livré 38 000 repas, un record. Le CIAS a également instruit 140 dossiers d'aide sociale légale et attribué 190 secours d'urgence.

        ## Les difficultés

        Le recrutement d'aides à domicile reste la principale difficulté : neuf postes étaient vacants en fin d'année. Les distances, sur un territoire rural et vallonné, allongent les temps de trajet non rémunérés. Le CIAS étudie une mutualisation avec les services de Lavelanet et de Pamiers. Les courriers adressés à la petite commune de Mirepoix, dans le Gers, qui nous parviennent parfois par erreur, sont réexpédiés.
        """) with { Meta = HtmlMeta.None, TimeElement = true };
}

/// <summary>SDIS of the Indre-et-Loire -> the département; Tours, Amboise and Loches are context; the Chinonais is a landscape; the Loire, the Cher, the Indre and the Vienne are rivers (three are also other départements' names, not subjects).</summary>
public sealed class SdisIndreEtLoireBilan2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("sdis-37-bilan-operationnel-2023.pdf",
        "Service départemental d'incendie et de secours d'Indre-et-Loire : bilan opérationnel 2023", "SDIS d'Indre-et-Loire", "2024-03-19",
        DocumentTypeLabels.Rapport, Themes.Securite, "https://sdis37.example/bilan-2023.pdf",
        "SDIS 37 - bilan opérationnel 2023", "secours d'urgence aux personnes", """
        ## L'activité

        Les sapeurs-pompiers d'Indre-et-Loire sont intervenus 46 800 fois en 2023, soit 128 interventions par jour en moyenne. Le secours d'urgence aux personnes représente 81 % de l'activité, loin devant les incendies, 7 %, et les accidents de la circulation, 6 %. Le délai moyen d'arrivée des premiers secours est de 13 minutes sur l'ensemble du département.

        ## Les faits marquants

        La sécheresse de l'été a multiplié les feux d'espaces naturels dans le Chinonais et le long de la Vienne. En novembre, la montée simultanée de la Loire, du Cher et de l'Indre a mobilisé les équipes de sauvetage aquatique pendant quatre jours, sans victime. Un feu d'entrepôt au nord de Tours a nécessité l'engagement de 120 sapeurs-pompiers.

        ## Les moyens

        Le corps compte 2 900 sapeurs-pompiers, dont 85 % de volontaires, répartis dans 46 centres. Le nouveau centre d'Amboise a ouvert en septembre ; celui de Loches sera reconstruit en 2025. Le budget du service, 58 millions d'euros, est financé aux deux tiers par le conseil départemental et pour le reste par les communes et leurs groupements.
        """) with { Ligatures = true };
}

/// <summary>Centre de gestion of the Loiret (also a river) -> the département; Orléans (seat; "la métropole d'Orléans", an EPCI, is context), Montargis, Gien and Pithiviers are context.</summary>
public sealed class Cdg45PanoramaEmploi2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("cdg45-panorama-emploi-territorial-2023.html",
        "Panorama de l'emploi territorial dans le Loiret", "Centre de gestion de la fonction publique territoriale du Loiret", "2023-12-12",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://cdg45.example/observatoire/panorama-2023", """
        ## Les effectifs

        Les collectivités et établissements publics du Loiret emploient 21 400 agents territoriaux, dont 62 % de titulaires. Les communes en comptent près de la moitié, devant les intercommunalités, le département et les établissements sociaux. Plus d'un agent sur trois travaille dans la métropole d'Orléans, où le centre de gestion a son siège.

        ## Les recrutements

        En 2023, le centre de gestion a publié 2 300 offres d'emploi pour le compte des collectivités loirétaines, en hausse de 9 %. Les métiers les plus difficiles à pourvoir sont ceux de secrétaire de mairie, d'agent d'entretien des espaces verts et d'auxiliaire de puériculture. Les employeurs des bassins de Montargis, de Gien et de Pithiviers signalent des délais de recrutement plus longs qu'autour d'Orléans.

        ## Les départs

        Un agent sur quatre aura atteint l'âge de la retraite d'ici 2030. Le centre de gestion propose aux collectivités du département une bourse de l'emploi, des concours organisés chaque année et un service de remplacement. Le petit affluent qui a donné son nom au département, le Loiret, coule à quelques centaines de mètres de nos locaux.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Publications", "Observatoire de l'emploi"] };
}

/// <summary>MDPH of the Eure-et-Loir -> the département; Chartres (seat), Dreux, Châteaudun and Nogent-le-Rotrou are context; the Eure is the river (also a département, named as a neighbour, not a subject); the Perche is a landscape.</summary>
public sealed class MdphEureEtLoirRapport2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("mdph-28-rapport-activite-2023.pdf",
        "Maison départementale des personnes handicapées d'Eure-et-Loir : rapport d'activité 2023", "MDPH d'Eure-et-Loir", "2024-06-04",
        DocumentTypeLabels.Rapport, Themes.Social, "https://mdph28.example/rapport-2023.pdf",
        "MDPH 28 - rapport d'activité 2023", "délai moyen de traitement", """
        ## Les demandes

        La maison départementale des personnes handicapées d'Eure-et-Loir a reçu 31 500 demandes en 2023, déposées par 19 800 personnes. Les demandes d'allocation aux adultes handicapés et de reconnaissance de la qualité de travailleur handicapé en représentent plus de la moitié. La part des demandes déposées en ligne atteint 38 %.

        ## Les délais

        Le délai moyen de traitement a été ramené de 5,1 à 3,9 mois, grâce au recrutement de deux évaluateurs et à l'attribution de certains droits sans limitation de durée. Il reste supérieur à la cible nationale pour les demandes relatives aux enfants scolarisés.

        ## L'accueil

        Outre son siège de Chartres, la MDPH tient des permanences à Dreux, à Châteaudun et à Nogent-le-Rotrou, pour les habitants du Perche. Ces permanences ont reçu 4 200 visites. Des usagers domiciliés dans l'Eure voisine, de l'autre côté de la rivière du même nom, se présentent parfois à l'accueil de Dreux : ils sont orientés vers la MDPH de leur propre département.
        """) with { InfoTitle = "RA 2023" };
}
