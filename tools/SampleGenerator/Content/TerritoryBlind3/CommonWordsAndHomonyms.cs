using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind3 territory split (issue 13): communes and départements whose names are common words or shared by
// several communes, with or without the corroboration (département, postcode, level word) real documents give.
namespace SampleGenerator.Content.TerritoryBlind3;

/// <summary>Tonnerre (Yonne), also "thunder"; the CC Le Tonnerrois en Bourgogne is only its membership.</summary>
public sealed class CrcTonnerre2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("crc-bfc-commune-de-tonnerre-2022.html",
        "Commune de Tonnerre (Yonne)", "Chambre régionale des comptes Bourgogne-Franche-Comté", "2022-10-18",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/bourgogne-franche-comte/tonnerre-2022", """
        ## Synthèse

        La chambre a contrôlé les comptes et la gestion de la commune de Tonnerre pour les exercices 2016 et suivants. Ville-centre de 4 300 habitants, membre de la communauté de communes Le Tonnerrois en Bourgogne, elle porte des équipements qui servent un bassin de vie bien plus large que son territoire : piscine, médiathèque, centre social.

        La population a diminué de 12 % en quinze ans. Les charges de centralité pèsent sur une capacité d'autofinancement devenue faible : l'épargne brute ne représente plus que 7 % des recettes de fonctionnement en 2020.

        | Indicateur | 2016 | 2020 |
        | Recettes de fonctionnement (M€) | 6,1 | 6,0 |
        | Épargne brute (M€) | 0,74 | 0,42 |
        | Encours de dette (M€) | 8,9 | 7,6 |
        Source : comptes de gestion (données fictives).

        L'annonce de la fermeture d'une unité industrielle en 2019 a été vécue comme un coup de tonnerre ; la commune n'a pourtant pas révisé son plan pluriannuel d'investissement. La chambre recommande de le mettre à jour et d'étudier le transfert de la piscine à l'intercommunalité.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Bourgogne-Franche-Comté"] };
}

/// <summary>Falaise (Calvados, 14700); Falaise (Ardennes) is ruled out, Caen and Argentan are comparisons. PDF.</summary>
public sealed class InseeFalaiseEmploi2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("insee-falaise-calvados-emploi-2023.pdf",
        "Falaise : un pôle d'emploi industriel qui résiste", "INSEE", "2023-05-16",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://insee.example/statistiques/falaise-emploi-2023.pdf",
        "Insee Flash Normandie", "pôle d'emploi industriel", """
        ## Un emploi pour un actif résident

        La commune de Falaise (Calvados) compte 7 700 habitants et 6 900 emplois en 2020. Il ne s'agit pas ici de la petite commune de Falaise située dans les Ardennes, dont les effectifs sont trop faibles pour être étudiés. Avec près d'un emploi par habitant, la ville attire chaque jour plus de 4 000 navetteurs venus des communes voisines.

        L'industrie agroalimentaire y fournit un emploi salarié sur quatre, une part trois fois plus élevée que dans l'ensemble de la Normandie. Les établissements de plus de cent salariés sont au nombre de cinq.

        | Indicateur | Falaise | Argentan | Caen |
        | Emplois au lieu de travail | 6 900 | 7 400 | 78 600 |
        | Part de l'industrie | 31 % | 19 % | 7 % |
        | Taux de chômage (au sens du recensement) | 12,1 % | 15,3 % | 14,8 % |
        Source : recensement de la population 2020 (données fictives).

        ## Des actifs qui viennent de plus loin

        Les navetteurs parcourent en moyenne 19 kilomètres, contre 14 dix ans plus tôt. La hausse des prix immobiliers autour de Caen éloigne les ménages ; certains s'installent au pied des falaises de la Suisse normande et travaillent à Falaise. Les emplois tertiaires progressent surtout dans la santé et l'action sociale, portés par l'hôpital et deux établissements pour personnes âgées.
        """) with { Masthead = ["Insee Flash Normandie", "n° 142 — mai 2023"] };
}

/// <summary>Le Blanc (Indre, 36300), "blanc" also a colour and "livre blanc".</summary>
public sealed class OfglLeBlanc2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-le-blanc-indre-2022.html",
        "Le Blanc (36300) — fiche financière 2022", "OFGL", "2023-09-19",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/donnees/fiches/communes/36018-2022", """
        ## Présentation

        Cette fiche présente les principaux agrégats financiers 2022 de la commune du Blanc, dans l'Indre (code officiel géographique 36018). Sous-préfecture de 6 100 habitants, la commune a perdu sa maternité en 2018 et voit sa population baisser d'environ 1 % par an.

        | Agrégat | Montant (k€) | Par habitant (€) |
        | Recettes réelles de fonctionnement | 7 420 | 1 216 |
        | Dépenses réelles de fonctionnement | 6 510 | 1 067 |
        | Épargne brute | 910 | 149 |
        | Dépenses d'équipement | 2 140 | 351 |
        | Encours de dette au 31 décembre | 5 880 | 964 |
        Source : comptes de gestion 2022, DGFiP ; retraitements OFGL (données fictives).

        ## Lecture

        Les dépenses d'équipement ont doublé en 2022 avec la rénovation des berges de la Creuse. Les agrégats sont calculés selon les définitions du livre blanc de l'Observatoire ; une case laissée en blanc signale une donnée non disponible.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Mise à jour le 19/09/2023", Breadcrumb = ["Données", "Fiches communales"] };
}

/// <summary>Fougères (Ille-et-Vilaine), also "ferns"; Fougères Agglomération is membership.</summary>
public sealed class CrcFougeres2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("crc-bretagne-commune-de-fougeres-2023.html",
        "Commune de Fougères : gestion du patrimoine et des ressources humaines", "Chambre régionale des comptes Bretagne", "2023-03-14",
        DocumentTypeLabels.Rod, Themes.Emploi, "https://ccomptes.example/crc/bretagne/fougeres-2023", """
        ## Synthèse

        La commune de Fougères compte 20 300 habitants. Elle appartient à Fougères Agglomération, avec laquelle elle a mutualisé la direction des ressources humaines et les services techniques en 2017.

        Les effectifs communaux ont baissé de 9 % depuis cette mutualisation, mais la convention qui répartit le coût des services communs n'a jamais été révisée : la ville rembourse une part calculée sur des effectifs de 2016. Le château et les remparts, qui attirent 90 000 visiteurs par an, représentent à eux seuls 40 % des dépenses d'entretien du patrimoine.

        | Indicateur | 2018 | 2022 |
        | Effectifs (équivalents temps plein) | 312 | 284 |
        | Taux d'absentéisme | 8,4 % | 9,7 % |
        | Dépenses d'entretien du patrimoine (k€) | 1 150 | 1 420 |
        Source : bilans sociaux et comptes administratifs (données fictives).

        Recommandations : réviser la convention de services communs ; adopter un schéma directeur du patrimoine bâti.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Bretagne"] };
}

/// <summary>La Flèche (Sarthe), also "arrow"; its CC is membership. PDF.</summary>
public sealed class DgfipLaFleche2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("dgfip-fiche-la-fleche-2023.pdf",
        "Fiche de situation financière 2023 — La Flèche", "DGFiP", "2024-05-28",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/comptes/72154-2023.pdf",
        "Direction générale des finances publiques — fiche communale", "Fiche de situation financière", """
        ## Commune de La Flèche (72200)

        Population municipale : 14 950 habitants. Strate : communes de 10 000 à 20 000 habitants. Groupement de rattachement : communauté de communes du Pays Fléchois.

        ## Opérations de fonctionnement

        | Poste | Montant (k€) | Par habitant (€) | Moyenne de la strate (€) |
        | Produits de fonctionnement | 21 640 | 1 447 | 1 390 |
        | dont impôts locaux | 8 210 | 549 | 612 |
        | dont dotation globale de fonctionnement | 3 470 | 232 | 198 |
        | Charges de fonctionnement | 18 960 | 1 268 | 1 214 |
        | dont charges de personnel | 10 820 | 724 | 688 |
        | Résultat comptable | 2 680 | 179 | 176 |
        Source : balances comptables 2023 (données fictives).

        ## Investissement et endettement

        Les dépenses d'équipement atteignent 5 140 k€, soit 344 € par habitant, au-dessus de la moyenne de la strate (302 €). Elles portent sur la rénovation de l'hôtel de ville et de l'ancien collège. L'encours de dette au 31 décembre s'établit à 13 210 k€, soit une capacité de désendettement de 4,9 années.

        La flèche figurant dans la colonne de tendance indique le sens de la variation par rapport à 2022 ; elle est calculée sur les montants par habitant.
        """) with { Masthead = ["Direction générale des finances publiques", "Comptes individuels des collectivités — exercice 2023"] };
}

/// <summary>Menton (Alpes-Maritimes), also "chin"; Monaco and Nice are context, the CA de la Riviera Française is membership.</summary>
public sealed class InseeMentonVieillissement2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("insee-menton-vieillissement-2022.html",
        "À Menton, un habitant sur trois a plus de 65 ans", "INSEE", "2022-11-08",
        DocumentTypeLabels.Etude, Themes.Social, "https://insee.example/statistiques/menton-vieillissement-2022", """
        ## Une population parmi les plus âgées du littoral

        Menton compte 30 600 habitants en 2019. La part des personnes de 65 ans ou plus y atteint 34 %, contre 27 % dans les Alpes-Maritimes. L'attractivité résidentielle de la ville auprès des retraités, venus du nord de la France ou d'Europe, en est la cause principale.

        La proximité de Monaco, où travaillent près de 3 000 Mentonnais, maintient toutefois une population active importante. Les jeunes adultes quittent la commune pour leurs études, le plus souvent vers Nice.

        | Âge | Menton | Alpes-Maritimes |
        | Moins de 20 ans | 17 % | 21 % |
        | 20 à 64 ans | 49 % | 52 % |
        | 65 ans ou plus | 34 % | 27 % |
        Source : recensement de la population 2019 (données fictives).

        La communauté d'agglomération de la Riviera Française, dont Menton est la ville-centre, prépare un schéma gérontologique sur la base de ces résultats.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Statistiques", "Provence-Alpes-Côte d'Azur"] };
}

/// <summary>Cluses (Haute-Savoie), "cluses" also a valley word; its CC is membership.</summary>
public sealed class CrcCluses2021 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("crc-ara-commune-de-cluses-2021.html",
        "Commune de Cluses (Haute-Savoie) — exercices 2015 et suivants", "Chambre régionale des comptes Auvergne-Rhône-Alpes", "2021-06-22",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/auvergne-rhone-alpes/cluses-2021", """
        ## Synthèse

        Cluses, 17 800 habitants, est le centre de la vallée de l'Arve, dont l'industrie du décolletage a fait la réputation. Comme les autres cluses alpines, le site offre peu de foncier : la commune a dû acquérir des friches industrielles coûteuses pour ses projets de logements.

        Les recettes fiscales sont dynamiques grâce aux entreprises de décolletage, mais la commune a accumulé des reports de crédits d'investissement qui représentent plus d'une année de dépenses d'équipement. La chambre relève aussi des avantages en nature accordés sans délibération.

        | Indicateur | 2015 | 2019 |
        | Produits de fonctionnement (M€) | 24,8 | 27,3 |
        | Dépenses d'équipement (M€) | 6,2 | 4,9 |
        | Restes à réaliser en dépenses (M€) | 3,1 | 7,4 |
        Source : comptes de gestion (données fictives).

        La communauté de communes Cluses-Arve et Montagnes, dont la ville est membre, n'entre pas dans le champ de ce contrôle.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Auvergne-Rhône-Alpes"] };
}

/// <summary>Pertuis (Vaucluse), "pertuis" also a strait; Aix-en-Provence is context. PDF.</summary>
public sealed class PrefectureVaucluseDotationsPertuis2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("prefecture-vaucluse-pertuis-dotations-2023.pdf",
        "Arrêté portant attribution de la dotation de soutien à l'investissement local — commune de Pertuis", "Préfecture de Vaucluse", "2023-07-04",
        DocumentTypeLabels.Page, Themes.Dotations, "https://vaucluse.gouv.example/publications/arrete-dsil-pertuis-2023.pdf",
        "Préfecture de Vaucluse — recueil des actes administratifs", "dotation de soutien à l'investissement local", """
        ## Arrêté préfectoral n° 2023-DSIL-041

        Le préfet de Vaucluse,

        Vu le code général des collectivités territoriales, notamment son article L. 2334-42 ;

        Vu la demande présentée le 14 février 2023 par le maire de la commune de Pertuis (84120) ;

        Considérant que le projet de rénovation énergétique du groupe scolaire du Tourail répond aux priorités fixées pour l'année 2023 ;

        Arrête :

        Article 1er. Une subvention d'un montant de 612 000 € est attribuée à la commune de Pertuis au titre de la dotation de soutien à l'investissement local, pour une dépense subventionnable de 1 530 000 € hors taxes, soit un taux de 40 %.

        Article 2. Les travaux devront commencer dans un délai de deux ans à compter de la notification du présent arrêté. La subvention sera versée sur présentation des factures acquittées, après un premier acompte de 30 %.

        Article 3. La secrétaire générale de la préfecture et la directrice départementale des finances publiques sont chargées de l'exécution du présent arrêté.

        ## Annexe : plan de financement

        | Financeur | Montant (€) | Part |
        | État (DSIL) | 612 000 | 40 % |
        | Région | 306 000 | 20 % |
        | Commune | 612 000 | 40 % |
        Source : dossier de demande (données fictives).

        La commune, située à vingt kilomètres d'Aix-en-Provence, a présenté ce projet comme un pertuis ouvert vers la sobriété énergétique de ses bâtiments.
        """) with { Masthead = ["Préfecture de Vaucluse", "Recueil des actes administratifs — juillet 2023"] };
}

/// <summary>Guise (Aisne); "à sa guise" is a common phrase; Saint-Quentin is context.</summary>
public sealed class OfglGuise2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-commune-de-guise-2022.html",
        "Petites villes : le cas de Guise, dans l'Aisne", "OFGL", "2022-12-06",
        DocumentTypeLabels.Etude, Themes.Finances, "https://ofgl.example/publications/cas-guise-2022", """
        ## Une petite ville industrielle

        Guise (Aisne, 4 500 habitants) illustre la situation des petites villes industrielles du nord-est de la France. Le Familistère, ancien ensemble ouvrier devenu musée, y attire des visiteurs mais coûte à la commune près de 300 000 € par an depuis sa reprise partielle.

        | Indicateur (€ par habitant) | Guise 2017 | Guise 2021 | Strate 2021 |
        | Recettes réelles de fonctionnement | 1 152 | 1 138 | 1 046 |
        | Charges de personnel | 604 | 579 | 498 |
        | Dépenses d'équipement | 214 | 306 | 287 |
        Source : comptes de gestion (données fictives).

        La commune a réduit ses charges de personnel en ne remplaçant pas un départ sur deux. Les élus ne peuvent pas fixer à leur guise les tarifs des services : la population, modeste, n'accepterait pas de fortes hausses. Le bassin d'emploi de Saint-Quentin, à vingt-cinq kilomètres, offre l'essentiel des emplois qualifiés.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Publications", "Études de cas"] };
}

/// <summary>Chaumont (Haute-Marne); the Chaumont of the Cher, Orne, Yonne and Haute-Savoie are ruled out; its CA is membership.</summary>
public sealed class DgclChaumontDotations2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-chaumont-haute-marne-dotations-2023.html",
        "Dotations 2023 : fiche de la commune de Chaumont (52)", "DGCL", "2023-04-11",
        DocumentTypeLabels.Dataset, Themes.Dotations, "https://collectivites-locales.example/dotations/2023/52121", """
        ## Fiche individuelle

        Commune : Chaumont (Haute-Marne), code INSEE 52121. Attention : cinq communes françaises portent le nom de Chaumont ; les communes homonymes du Cher, de l'Orne, de l'Yonne et de la Haute-Savoie font l'objet de fiches distinctes.

        | Dotation | 2022 (€) | 2023 (€) |
        | Dotation forfaitaire | 4 912 300 | 4 887 600 |
        | Dotation de solidarité urbaine | 1 634 900 | 1 702 400 |
        | Dotation nationale de péréquation | 512 800 | 498 100 |
        | Total | 7 060 000 | 7 088 100 |
        Source : répartition 2023 de la dotation globale de fonctionnement (données fictives).

        La population DGF retenue est de 22 400 habitants. La baisse de la dotation forfaitaire résulte de la diminution de la population. Le potentiel financier, calculé en tenant compte de l'appartenance de la commune à la communauté d'agglomération de Chaumont, s'élève à 1 021 € par habitant.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Finances locales", "Dotations 2023"] };
}

/// <summary>Flers (Orne); the Flers of the Pas-de-Calais and the Somme are ruled out; Flers Agglo is membership. PDF.</summary>
public sealed class CrcFlers2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("crc-normandie-commune-de-flers-2022.pdf",
        "Rapport d'observations définitives — commune de Flers", "Chambre régionale des comptes Normandie", "2022-09-27",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/normandie/flers-2022.pdf",
        "CRC Normandie — commune de Flers (Orne)", "Rapport d'observations définitives", """
        ## Procédure

        La chambre a inscrit à son programme le contrôle des comptes et de la gestion de la commune de Flers (Orne) à compter de l'exercice 2017. Le présent rapport ne concerne pas les communes de Flers situées dans le Pas-de-Calais et dans la Somme.

        ## Situation financière

        Ville de 14 400 habitants, Flers est la principale commune de Flers Agglo. Ses produits de gestion stagnent depuis 2017, tandis que les charges de personnel progressent de 2,1 % par an. La capacité d'autofinancement brute a reculé de 3,4 M€ à 2,2 M€ entre 2017 et 2021.

        | Indicateur (M€) | 2017 | 2019 | 2021 |
        | Produits de gestion | 22,6 | 22,9 | 22,7 |
        | Charges de gestion | 19,2 | 19,9 | 20,3 |
        | Capacité d'autofinancement brute | 3,4 | 3,0 | 2,2 |
        | Encours de dette | 17,8 | 16,1 | 18,9 |
        Source : comptes de gestion (données fictives).

        ## Commande publique

        Les marchés d'entretien des espaces verts ont été renouvelés sans mise en concurrence pendant trois exercices. La commune a depuis lancé une consultation. La chambre recommande de fiabiliser l'inventaire comptable et de formaliser un guide interne des achats.
        """) with { Masthead = ["Chambre régionale des comptes Normandie", "Rapport d'observations définitives"] };
}

/// <summary>The département de la Gironde, also the estuary ("les rives de la Gironde"); Bordeaux and Libourne are places in it.</summary>
public sealed class InseeGirondePauvrete2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("insee-departement-de-la-gironde-pauvrete-2022.html",
        "Pauvreté en Gironde : des écarts marqués entre la métropole et les rives de l'estuaire", "INSEE", "2022-06-21",
        DocumentTypeLabels.Etude, Themes.Social, "https://insee.example/statistiques/gironde-pauvrete-2022", """
        ## Un taux de pauvreté inférieur à la moyenne nationale

        En 2019, 12,6 % des habitants du département de la Gironde vivent sous le seuil de pauvreté, contre 14,6 % en France métropolitaine. Ce taux masque de forts écarts : il dépasse 20 % dans plusieurs quartiers de Bordeaux et dans certaines communes du nord du département, mais reste inférieur à 8 % dans les communes périurbaines de l'ouest.

        | Territoire | Taux de pauvreté | Revenu médian (€) |
        | Gironde | 12,6 % | 22 480 |
        | dont pôles urbains | 14,1 % | 22 910 |
        | dont communes rurales | 11,4 % | 21 060 |
        Source : fichier localisé social et fiscal 2019 (données fictives).

        Les familles monoparentales sont les plus exposées. Sur les rives de la Gironde, l'estuaire le plus vaste d'Europe occidentale, les communes viticoles du Médoc et du Blayais cumulent faibles revenus et éloignement des services ; autour de Libourne, la pauvreté touche surtout les jeunes actifs.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Statistiques", "Nouvelle-Aquitaine"] };
}

/// <summary>Beaumont (Puy-de-Dôme), given as "Beaumont (63110)" and by its neighbour Clermont-Ferrand; one of many Beaumont.</summary>
public sealed class InseeBeaumont63Population2021 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("insee-beaumont-63-population-2021.html",
        "Beaumont : une commune de la première couronne qui se renouvelle", "INSEE", "2021-12-14",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/beaumont-63110-population-2021", """
        ## Populations légales

        Beaumont (63110) compte 10 700 habitants au 1er janvier 2019. Accolée à Clermont-Ferrand, dont elle prolonge les quartiers sud, la commune a gagné 600 habitants en cinq ans, grâce à deux opérations de logements collectifs sur d'anciens terrains maraîchers.

        | Recensement | Population municipale | Évolution annuelle |
        | 2008 | 10 860 | — |
        | 2013 | 10 100 | −1,4 % |
        | 2019 | 10 700 | +1,0 % |
        Source : recensements de la population (données fictives).

        ## Des arrivées de jeunes ménages

        Après une décennie de baisse liée au vieillissement et au desserrement des ménages, le solde migratoire est redevenu positif. Les nouveaux arrivants ont le plus souvent entre 25 et 39 ans ; la moitié d'entre eux travaillent dans la ville voisine.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Paru le 14/12/2021", Breadcrumb = ["Statistiques", "Populations légales"] };
}
