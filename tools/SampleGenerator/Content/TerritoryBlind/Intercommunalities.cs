using SampleGenerator.Model;

// Blind territory split (issue 13): EPCI named by their seat, a landscape, an adjective or a former name.
namespace SampleGenerator.Content.TerritoryBlind;

/// <summary>"L'agglomération de Bourges" (CA Bourges Plus); "Cher" nearby; subject: the EPCI, not the commune.</summary>
public sealed class CrcCvlAgglomerationDeBourges2021 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-cvl-agglomeration-de-bourges-transports-2021.html",
        Title = "L'agglomération de Bourges et la compétence mobilité",
        Publisher = "Chambre régionale des comptes Centre-Val de Loire",
        Date = "2021-11-09",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Durable, Themes.Finances],
        Url = "https://ccomptes.example/crc/centre-val-de-loire/bourges-plus-mobilite-2021",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Centre-Val de Loire"],
        Body = """
            ## Synthèse

            La communauté d'agglomération Bourges Plus, qui regroupe 17 communes et 105 000 habitants autour de la préfecture du Cher, est l'autorité organisatrice de la mobilité sur son ressort. La chambre a examiné la gestion du réseau de transport urbain de 2015 à 2020.

            Le réseau est exploité dans le cadre d'une délégation de service public. Sa fréquentation, 7,1 millions de voyages en 2019, a progressé de 8 % après la restructuration des lignes en 2017, mais s'est effondrée en 2020. Le taux de couverture des dépenses par les recettes commerciales, 14 %, est faible.

            | En millions d'euros | 2015 | 2018 | 2020 |
            | Contribution forfaitaire au délégataire | 14,2 | 15,1 | 16,8 |
            | Versement mobilité | 13,6 | 14,4 | 13,9 |
            | Recettes commerciales | 2,3 | 2,6 | 1,7 |
            Source : comptes de l'agglomération (données fictives).

            ## Recommandations

            La chambre recommande à l'agglomération de renforcer le contrôle du délégataire, notamment sur les kilomètres réellement parcourus, et d'évaluer le coût des lignes desservant les communes périphériques. Le transport à la demande, qui coûte 31 € par voyage, devrait être redéfini.
            """,
    };
}

/// <summary>EPCI named by its seat ("l'agglomération agenaise"); subject: the CA Agglomération d'Agen.</summary>
public sealed class CrcNaAgglomerationDAgen2019 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-na-agglomeration-d-agen-2019.html",
        Title = "Agglomération d'Agen : la gestion des zones d'activités économiques",
        Publisher = "Chambre régionale des comptes Nouvelle-Aquitaine",
        Date = "2019-07-02",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances, Themes.Geo],
        Url = "https://ccomptes.example/crc/nouvelle-aquitaine/agglomeration-agen-2019",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Publications", "Nouvelle-Aquitaine"],
        Body = """
            ## Synthèse

            Depuis la loi du 7 août 2015, l'agglomération agenaise est seule compétente pour créer, aménager et gérer les zones d'activités économiques de son territoire. Elle a repris en 2017 les 23 zones jusqu'alors gérées par ses communes membres, en plus de la technopole Agen-Garonne qu'elle aménage depuis 2012.

            ## Le transfert des zones communales

            Les conditions financières du transfert n'ont été arrêtées que pour 9 zones sur 23. Les terrains restant à commercialiser ont été évalués selon des méthodes différentes d'une commune à l'autre. La chambre recommande d'achever les transferts et d'harmoniser les prix de cession.

            ## La technopole

            | En millions d'euros | 2015 | 2017 | 2018 |
            | Dépenses d'aménagement cumulées | 38 | 51 | 57 |
            | Cessions de terrains cumulées | 6 | 11 | 14 |
            | Hectares commercialisés | 21 | 36 | 44 |
            Source : budget annexe de la technopole (données fictives).

            Le rythme de commercialisation de la technopole est inférieur aux prévisions. Le budget annexe supportera un déficit de 18 M€ si les prix actuels sont maintenus, qui devra être couvert par le budget principal de l'agglomération.
            """,
    };
}

/// <summary>An EPCI named by an adjective of its seat ("l'intercommunalité millavoise"); subject: CC de Millau Grands Causses.</summary>
public sealed class OfglCcMillauGrandsCausses2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-fiche-groupement-millau-grands-causses-2022.html",
        Title = "Millau Grands Causses : fiche financière du groupement, exercice 2022",
        Publisher = "OFGL",
        Date = "2023-09-19",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Finances, Themes.Geo],
        Url = "https://ofgl.example/fiches/groupement/241200567/2022",
        Meta = HtmlMeta.OpenGraph,
        DateCue = "Mise à jour le 19/09/2023",
        Breadcrumb = ["Données", "Fiches groupements"],
        Body = """
            ## Identification

            Communauté de communes de Millau Grands Causses (SIREN 241200567), 15 communes, 30 200 habitants, fiscalité professionnelle unique. Siège : Millau (Aveyron).

            ## Principaux agrégats

            | En euros par habitant | Groupement | CC à FPU de 20 000 à 50 000 hab. |
            | Recettes réelles de fonctionnement | 512 | 468 |
            | Reversements aux communes | 148 | 172 |
            | Dépenses d'équipement | 139 | 104 |
            | Encours de dette | 402 | 318 |
            Source : DGFiP, comptes de gestion 2022 ; calculs OFGL (données fictives).

            ## Lecture

            L'intercommunalité millavoise se distingue par un effort d'équipement élevé, lié à la construction du pôle aquatique et à l'extension du parc d'activités. Son endettement, supérieur à la moyenne de sa catégorie, reste soutenable : la capacité de désendettement est de 6,4 années. Les reversements aux communes sont faibles, la plupart des compétences ayant été transférées de longue date.
            """,
    };
}

/// <summary>"Grand Chambéry" (CA du Grand Chambéry); Chambéry the commune is mentioned, not the subject.</summary>
public sealed class CrcAraGrandChambery2020 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-ara-grand-chambery-dechets-2020.html",
        Title = "Grand Chambéry : la gestion des déchets ménagers",
        Publisher = "Chambre régionale des comptes Auvergne-Rhône-Alpes",
        Date = "2020-06-23",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Durable],
        Url = "https://ccomptes.example/crc/ara/grand-chambery-dechets-2020",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Chambres régionales", "Auvergne-Rhône-Alpes"],
        Body = """
            ## Synthèse

            Grand Chambéry, communauté d'agglomération de 38 communes et 140 000 habitants née en 2017 de la fusion de Chambéry métropole et de la communauté de communes du Cœur des Bauges, collecte les déchets ménagers de son territoire ; leur traitement est confié à un syndicat mixte départemental.

            La production d'ordures ménagères résiduelles, 232 kg par habitant en 2019, reste supérieure à l'objectif du plan régional. L'agglomération finance le service par une taxe d'enlèvement dont le produit excède de 11 % le coût du service, ce qui n'est pas conforme à la jurisprudence.

            | Indicateur | 2016 | 2018 | 2019 |
            | Ordures ménagères résiduelles (kg/hab.) | 251 | 240 | 232 |
            | Collecte sélective (kg/hab.) | 58 | 61 | 64 |
            | Produit de la TEOM (M€) | 19,2 | 19,9 | 20,4 |
            Source : rapports annuels sur le service (données fictives).

            ## Recommandations

            - Ajuster le taux de la taxe au coût réel du service.
            - Harmoniser les fréquences de collecte entre la ville de Chambéry et les communes des Bauges.
            - Étudier la tarification incitative.
            """,
    };
}

/// <summary>"Pays de Fougères" (CA Fougères Agglomération). PDF.</summary>
public sealed class CrcBretagneFougeresAgglomeration2019 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "crc-bretagne-fougeres-agglomeration-2019.pdf",
        Title = "Fougères Agglomération",
        Publisher = "Chambre régionale des comptes Bretagne",
        Date = "2019-10-01",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances, Themes.Geo],
        Url = "https://ccomptes.example/crc/bretagne/fougeres-agglomeration-2019.pdf",
        RunningHeader = "CRC Bretagne — Fougères Agglomération",
        Masthead = ["Chambre régionale des comptes Bretagne", "Rapport d'observations définitives"],
        Subtitle = "Exercices 2014 et suivants",
        CheckPhrase = "Fougères Agglomération",
        Body = """
            ## Synthèse

            Fougères Agglomération est née le 1er janvier 2017 de la fusion de la communauté de communes du pays de Fougères et de la communauté de communes de Louvigné communauté. Elle regroupe 29 communes et 57 000 habitants dans le nord-est de l'Ille-et-Vilaine. La ville de Fougères en représente le tiers.

            ## Une fusion à consolider

            La communauté d'agglomération exerce des compétences larges : développement économique, mobilité, déchets, eau et assainissement, équipements culturels et sportifs. Les compétences des deux anciennes communautés n'ont pas été harmonisées dans les délais : la voirie et la petite enfance restent gérées différemment selon les secteurs.

            | En millions d'euros | 2016 | 2017 | 2018 |
            | Recettes de fonctionnement | 41,2 | 52,8 | 54,1 |
            | Attributions de compensation versées | 9,1 | 11,4 | 11,4 |
            | Épargne brute | 5,9 | 6,8 | 7,3 |
            Source : comptes de gestion consolidés (données fictives).

            ## Le pacte financier

            Le pacte financier et fiscal adopté en 2018 ne comporte aucun objectif chiffré. La dotation de solidarité communautaire est répartie selon des critères qui favorisent la ville-centre. La chambre recommande d'évaluer les charges transférées et de réviser la dotation de solidarité au profit des communes rurales.
            """,
    };
}

/// <summary>An EPCI named after a forest; subject: the CC du Pays de Mormal (seat Le Quesnoy).</summary>
public sealed class CrcHdfCcPaysDeMormal2018 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-hdf-cc-pays-de-mormal-2018.html",
        Title = "Communauté de communes du Pays de Mormal",
        Publisher = "Chambre régionale des comptes Hauts-de-France",
        Date = "2018-12-11",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Geo, Themes.Finances],
        Url = "https://ccomptes.example/crc/hauts-de-france/cc-pays-de-mormal-2018",
        HasSidecar = false,
        DateCue = "Rapport délibéré le 11 décembre 2018",
        Breadcrumb = ["Publications", "Hauts-de-France"],
        Body = """
            Le Pays de Mormal, qui doit son nom à la grande forêt domaniale qui l'occupe en son centre, est une communauté de communes de 53 communes et 49 000 habitants dans l'Avesnois. Elle est issue de la fusion, au 1er janvier 2014, de trois intercommunalités. Son siège est au Quesnoy.

            ## Gouvernance

            Le conseil communautaire compte 83 membres. La chambre relève que le bureau exerce la quasi-totalité des décisions par délégation, les séances du conseil étant peu nombreuses. Le projet de territoire n'a pas été formalisé.

            ## Finances

            | En milliers d'euros | 2014 | 2016 | 2017 |
            | Produits de gestion | 16 840 | 17 920 | 18 310 |
            | Charges de gestion | 14 910 | 16 050 | 16 480 |
            | Épargne brute | 1 930 | 1 870 | 1 830 |
            Source : comptes de gestion (données fictives).

            La situation financière est saine mais l'épargne diminue. La piscine intercommunale et le réseau de lecture publique pèsent sur les charges. Les tarifs n'ont pas été harmonisés entre les anciennes communautés.

            ## Recommandations

            - Adopter un projet de territoire et un pacte financier.
            - Harmoniser les tarifs des équipements communautaires.
            """,
    };
}

/// <summary>A pre-2017 EPCI ("CA du Pays de Montbéliard"); today's successor: CA Pays de Montbéliard Agglomération. PDF.</summary>
public sealed class CrcFrancheComteCaPaysDeMontbeliard2013 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "crc-franche-comte-ca-pays-de-montbeliard-2013.pdf",
        Title = "Communauté d'agglomération du Pays de Montbéliard",
        Publisher = "Chambre régionale des comptes de Franche-Comté",
        Date = "2013-04-18",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances],
        Url = "https://ccomptes.example/crc/franche-comte/capm-2013.pdf",
        RunningHeader = "CRC Franche-Comté — CA du Pays de Montbéliard",
        Masthead = ["Chambre régionale des comptes de Franche-Comté", "Rapport d'observations définitives — avril 2013"],
        InfoDates = false,
        CheckPhrase = "Pays de Montbéliard",
        Body = """
            ## Présentation

            La communauté d'agglomération du Pays de Montbéliard (CAPM) regroupe 29 communes et 118 000 habitants. Héritière du district urbain créé en 1959, elle exerce des compétences étendues : transports urbains, eau, assainissement, déchets, développement économique et enseignement supérieur. Son économie reste dominée par l'industrie automobile, avec le site de Sochaux.

            ## La situation financière

            Les produits de fonctionnement atteignent 142 M€ en 2011. La contribution économique territoriale, qui a remplacé la taxe professionnelle en 2010, représente 38 % des recettes. Sa dynamique dépend fortement de l'activité du premier employeur du territoire. La capacité d'autofinancement brute est de 24 M€.

            | En millions d'euros | 2007 | 2009 | 2011 |
            | Produits de fonctionnement | 131 | 137 | 142 |
            | Dépenses d'équipement | 48 | 61 | 52 |
            | Encours de dette | 122 | 139 | 151 |
            Source : comptes administratifs (données fictives).

            ## Observations

            L'agglomération a financé l'essentiel des travaux de la ligne de bus à haut niveau de service. La chambre recommande de consolider la prospective financière, de réduire la dette et de clarifier les relations avec les communes pour les équipements sportifs. Elle note que l'élargissement du périmètre aux communautés voisines, envisagé par le schéma départemental de coopération intercommunale, modifiera l'équilibre financier.
            """,
    };
}

/// <summary>Former name "CC du Val de Drôme" (today "en Biovallée"); "Drôme" the river and département are not the subject.</summary>
public sealed class CrcRhoneAlpesCcValDeDrome2012 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-rhone-alpes-cc-du-val-de-drome-2012.html",
        Title = "Communauté de communes du Val de Drôme",
        Publisher = "Chambre régionale des comptes Rhône-Alpes",
        Date = "2012-09-25",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Durable, Themes.Geo],
        Url = "https://ccomptes.example/crc/rhone-alpes/ccvd-2012",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Rhône-Alpes"],
        Body = """
            ## Présentation

            La communauté de communes du Val de Drôme regroupe 31 communes et 29 000 habitants entre Livron-sur-Drôme, Loriol-sur-Drôme et Allex. Son siège est à Eurre. Elle s'est engagée depuis 2009, avec ses voisines du Diois et du Crestois, dans le projet Biovallée, qui vise à faire de la vallée de la Drôme un territoire de référence du développement durable.

            ## Observations

            La communauté a consacré 6,8 M€ entre 2007 et 2011 à l'écosite d'Eurre, pépinière d'entreprises de l'économie verte. Le taux d'occupation des locaux n'a pas dépassé 55 %. La chambre constate que le coût de l'équipement pour l'intercommunalité a été sous-estimé et que les subventions régionales ont été versées avec retard.

            | En milliers d'euros | 2007 | 2009 | 2011 |
            | Produits de fonctionnement | 14 210 | 15 880 | 16 940 |
            | Dépenses d'équipement | 3 120 | 5 410 | 4 260 |
            | Encours de dette | 9 800 | 12 600 | 14 100 |
            Source : comptes administratifs (données fictives).

            La chambre recommande d'évaluer le projet Biovallée à l'échelle de la communauté et de présenter chaque année au conseil un bilan de l'écosite.
            """,
    };
}

/// <summary>The Nice métropole (not the commune of Nice, mentioned). PDF.</summary>
public sealed class CrcPacaMetropoleNiceTramway2021 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "crc-paca-metropole-nice-cote-d-azur-tramway-2021.pdf",
        Title = "Métropole Nice Côte d'Azur : les lignes 2 et 3 du tramway",
        Publisher = "Chambre régionale des comptes Provence-Alpes-Côte d'Azur",
        Date = "2021-02-09",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Durable, Themes.Finances],
        Url = "https://ccomptes.example/crc/paca/mnca-tramway-2021.pdf",
        RunningHeader = "CRC PACA — Métropole Nice Côte d'Azur — tramway",
        Masthead = ["Chambre régionale des comptes Provence-Alpes-Côte d'Azur", "Rapport d'observations définitives — février 2021"],
        CheckPhrase = "Métropole Nice Côte d'Azur",
        Body = """
            ## Synthèse

            La Métropole Nice Côte d'Azur, qui regroupe 51 communes des Alpes-Maritimes et 550 000 habitants, a mis en service la ligne 2 du tramway, entre le port de Nice et l'aéroport, en 2019, et la ligne 3, vers la plaine du Var, la même année. La chambre a examiné le coût, le financement et la fréquentation de ces deux lignes.

            ## Le coût des opérations

            Le coût de la ligne 2, dont 3,2 kilomètres en souterrain, s'élève à 1 027 M€, soit 14 % de plus que l'estimation de 2014. Les surcoûts tiennent aux aléas géologiques et aux réclamations des entreprises. La ligne 3 a coûté 181 M€.

            | En millions d'euros | Estimation 2014 | Coût final |
            | Ligne 2 | 900 | 1 027 |
            | Ligne 3 | 170 | 181 |
            | Subventions de l'État | 74 | 74 |
            Source : métropole, bilans d'opération (données fictives).

            ## Le financement

            La métropole a financé les travaux par l'emprunt à hauteur de 60 %. Son encours de dette a progressé de 40 % entre 2014 et 2019. Le versement mobilité, relevé au taux maximal, ne suffira pas à couvrir l'exploitation et les annuités. La chambre recommande une prospective financière pluriannuelle publiée et un suivi précis de la fréquentation, inférieure de 20 % aux prévisions sur la ligne 3.
            """,
    };
}

/// <summary>An agglomeration named by its seat and a landscape; subject: CA Riom Limagne et Volcans.</summary>
public sealed class AdemeRiomLimagneVolcans2023 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ademe-riom-limagne-volcans-tarification-incitative-2023.html",
        Title = "Tarification incitative : l'expérience de Riom Limagne et Volcans",
        Publisher = "ADEME",
        Date = "2023-03-14",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Durable],
        Url = "https://ademe.example/territoires/rlv-tarification-incitative-2023",
        Meta = HtmlMeta.OpenGraph,
        DateCue = "Publié le 14/03/2023",
        Breadcrumb = ["Territoires", "Retours d'expérience"],
        Body = """
            ## Le territoire

            La communauté d'agglomération Riom Limagne et Volcans (RLV), au nord de Clermont-Ferrand, réunit 31 communes et 70 000 habitants, de la plaine agricole de la Limagne aux premiers reliefs de la chaîne des Puys. Elle assure la collecte et le traitement des déchets ménagers.

            ## La démarche

            L'agglomération a instauré en 2021 une redevance incitative : chaque foyer paie une part fixe et une part variable selon le nombre de levées de son bac d'ordures ménagères. Une année de facturation « à blanc » a précédé la mise en place.

            | Indicateur | 2019 | 2022 |
            | Ordures ménagères résiduelles (kg/hab.) | 218 | 151 |
            | Emballages et papiers triés (kg/hab.) | 52 | 71 |
            | Coût aidé du service (€/hab.) | 96 | 91 |
            Source : RLV, rapports annuels ; ADEME (données fictives).

            ## Enseignements

            Les tonnages d'ordures résiduelles ont baissé de 31 %. Le principal écueil a été la gestion des logements collectifs, pour lesquels l'agglomération a installé des conteneurs à contrôle d'accès. L'ADEME a financé 40 % des études et des équipements.
            """,
    };
}

/// <summary>Overseas EPCI of French Guiana; Saint-Laurent-du-Maroni is its seat, not the subject.</summary>
public sealed class InseeCcOuestGuyanais2020 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-communaute-communes-ouest-guyanais-2020.html",
        Title = "L'Ouest guyanais : une population qui double en vingt ans",
        Publisher = "INSEE",
        Date = "2020-12-03",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Geo],
        Url = "https://insee.example/guyane/ccog-population-2020",
        Meta = HtmlMeta.JsonLd,
        TimeElement = true,
        Breadcrumb = ["Statistiques", "Guyane"],
        Lead = "Insee Analyses Guyane n° 48",
        Body = """
            ## Une croissance démographique hors norme

            La communauté de communes de l'Ouest guyanais (CCOG) regroupe huit communes, de Mana et Awala-Yalimapo sur le littoral à Maripasoula et Papaïchton sur le haut Maroni. Elle compte 99 000 habitants en 2018, deux fois plus qu'en 1999. Saint-Laurent-du-Maroni, son siège, en rassemble près de la moitié.

            | Indicateur | 1999 | 2008 | 2018 |
            | Population | 49 000 | 72 000 | 99 000 |
            | Part des moins de 20 ans (%) | 53 | 51 | 50 |
            | Naissances par an | 1 900 | 2 700 | 3 500 |
            Source : Insee, recensements de la population (données fictives).

            ## Des besoins d'équipement considérables

            La moitié des habitants a moins de 20 ans. Les besoins en écoles, en logements et en réseaux d'eau potable dépassent les capacités des communes et de l'intercommunalité. Un tiers des logements sont construits sans autorisation, souvent sans raccordement.

            ## Un territoire enclavé

            Seules trois des huit communes sont reliées par la route au reste de la Guyane. Les autres ne sont accessibles que par le fleuve ou par avion, ce qui renchérit le coût des services publics.
            """,
    };
}

/// <summary>Overseas agglomeration (Guadeloupe); Pointe-à-Pitre is a member, not the subject. PDF.</summary>
public sealed class OfglCapExcellence2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "ofgl-cap-excellence-eau-2022.pdf",
        Title = "Cap Excellence : les finances de l'eau et de l'assainissement après le transfert",
        Publisher = "OFGL",
        Date = "2022-06-28",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Finances, Themes.Durable],
        Url = "https://ofgl.example/publications/cap-excellence-eau-2022.pdf",
        RunningHeader = "OFGL — Cap Excellence — eau et assainissement",
        Masthead = ["Observatoire des finances et de la gestion publique locales", "Cap sur — juin 2022"],
        CheckPhrase = "Cap Excellence",
        Body = """
            ## Le contexte

            La communauté d'agglomération Cap Excellence regroupe trois communes de la Guadeloupe : Les Abymes, Pointe-à-Pitre et Baie-Mahault. Elle compte 98 000 habitants. Depuis 2021, l'eau potable et l'assainissement de son territoire sont gérés, comme dans le reste de l'archipel, par le syndicat mixte de gestion de l'eau et de l'assainissement de Guadeloupe, auquel l'agglomération contribue.

            ## Les flux financiers

            | En millions d'euros | 2019 | 2020 | 2021 |
            | Dépenses d'eau et d'assainissement | 31,4 | 29,8 | 6,1 |
            | Contribution au syndicat mixte | — | — | 8,7 |
            | Subventions d'équipement reçues | 9,2 | 7,6 | 1,4 |
            Source : DGFiP, comptes de gestion ; calculs OFGL (données fictives).

            Le transfert a profondément modifié les comptes de l'agglomération : les budgets annexes de l'eau ont été clos et leurs résultats transférés au syndicat. La contribution versée en 2021 dépasse de 2,6 M€ le solde net des budgets clos, ce qui réduit l'épargne de l'agglomération.

            ## Lecture

            Les coupures d'eau récurrentes, dues à un réseau dont les pertes dépassent 60 %, exigent des investissements que le syndicat ne peut financer seul. L'OFGL rappelle que les comptes de l'agglomération ne retracent plus qu'une partie de la dépense publique consacrée à l'eau sur son territoire.
            """,
    };
}
