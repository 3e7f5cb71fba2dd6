using SampleGenerator.Model;

// Blind territory split (issue 13): overseas territories, Corsica (2A/2B), régions and former régions.
namespace SampleGenerator.Content.TerritoryBlind;

/// <summary>The Département de Mayotte (976). PDF.</summary>
public sealed class CrcMayotteDepartement2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "crtc-mayotte-departement-action-sociale-2022.pdf",
        Title = "Département de Mayotte : l'aide sociale à l'enfance",
        Publisher = "Chambre régionale des comptes La Réunion - Mayotte",
        Date = "2022-09-06",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Social],
        Url = "https://ccomptes.example/crc/la-reunion-mayotte/departement-mayotte-ase-2022.pdf",
        RunningHeader = "CRC La Réunion - Mayotte — Département de Mayotte — ASE",
        Masthead = ["Chambre régionale des comptes La Réunion - Mayotte", "Rapport d'observations définitives"],
        CheckPhrase = "Département de Mayotte",
        Body = """
            ## Synthèse

            Le Département de Mayotte, collectivité qui exerce à la fois les compétences d'un département et d'une région depuis 2011, est chargé de l'aide sociale à l'enfance pour une population de 256 000 habitants, dont la moitié a moins de 18 ans. Le nombre de mineurs isolés est estimé à plusieurs milliers.

            ## Une politique sous-dimensionnée

            En 2021, 780 enfants sont confiés à l'aide sociale à l'enfance, soit un taux de prise en charge cinq fois inférieur à la moyenne nationale. Le département ne dispose que de 120 places en établissement ; les autres enfants sont accueillis par des familles d'accueil, dont le nombre, 310, stagne faute de candidats agréés.

            | Indicateur | 2018 | 2020 | 2021 |
            | Enfants confiés | 610 | 720 | 780 |
            | Familles d'accueil agréées | 290 | 305 | 310 |
            | Dépenses d'ASE (M€) | 38 | 46 | 52 |
            Source : comptes administratifs du département (données fictives).

            ## Observations

            Les informations préoccupantes ne sont pas traitées dans les délais : 40 % attendent plus de trois mois. Le schéma départemental de l'enfance n'a pas été renouvelé depuis 2017. La chambre recommande de créer une cellule de recueil unique à Mamoudzou, de recruter des travailleurs sociaux et de conclure avec l'État une convention sur l'accueil des mineurs non accompagnés.
            """,
    };
}

/// <summary>The Région Réunion (04), not the commune of Saint-Denis where it sits.</summary>
public sealed class CrcReunionRegionLycees2021 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-la-reunion-region-continuite-territoriale-2021.html",
        Title = "Région Réunion : la politique de continuité territoriale",
        Publisher = "Chambre régionale des comptes La Réunion - Mayotte",
        Date = "2021-03-30",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances],
        Url = "https://ccomptes.example/crc/la-reunion-mayotte/region-continuite-2021",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "La Réunion - Mayotte"],
        Body = """
            ## Synthèse

            La Région Réunion a mis en place depuis 2010 un dispositif propre d'aide aux billets d'avion entre l'île et la métropole, qui complète l'aide de l'État. Entre 2015 et 2019, elle y a consacré 118 M€, pour 310 000 billets aidés.

            ## Observations

            Le dispositif régional n'est soumis à aucune condition de ressources pour les étudiants et les personnes se déplaçant pour raison de santé. Le coût unitaire de l'aide, 380 € en moyenne, est élevé. La chambre relève que la collectivité n'a pas évalué l'effet de l'aide sur les prix pratiqués par les compagnies aériennes.

            | En millions d'euros | 2015 | 2017 | 2019 |
            | Aide régionale au transport aérien | 21 | 24 | 26 |
            | Billets aidés (milliers) | 56 | 63 | 68 |
            Source : comptes administratifs de la région (données fictives).

            ## Recommandations

            - Conditionner l'aide aux ressources des bénéficiaires.
            - Évaluer le dispositif avec l'État, qui finance une aide concurrente.

            Chambre régionale des comptes La Réunion - Mayotte, 44 rue Alexis de Villeneuve, 97488 Saint-Denis Cedex.
            """,
    };
}

/// <summary>A commune of Saint-Pierre-et-Miquelon; "Saint-Pierre" is elsewhere in the archipelago's name.</summary>
public sealed class DgclMiquelonLanglade2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-commune-de-miquelon-langlade-2022.html",
        Title = "Miquelon-Langlade : les finances d'une commune insulaire de 600 habitants",
        Publisher = "DGCL",
        Date = "2022-12-06",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Finances],
        Url = "https://collectivites-locales.example/outre-mer/miquelon-langlade-2022",
        Meta = HtmlMeta.DublinCore,
        DateCue = "Paru le 06/12/2022",
        Breadcrumb = ["Finances locales", "Outre-mer"],
        Body = """
            ## Une commune à part

            L'archipel de Saint-Pierre-et-Miquelon compte deux communes. Miquelon-Langlade, la moins peuplée, rassemble 600 habitants sur l'île de Miquelon et n'a aucun habitant permanent à Langlade. Elle n'appartient à aucune intercommunalité et relève, pour de nombreuses compétences, de la collectivité territoriale de l'archipel, installée à Saint-Pierre.

            ## Des charges fixes élevées

            Le budget de fonctionnement de la commune atteint 2,1 M€, soit 3 500 € par habitant. L'isolement renchérit tous les achats : le fioul, les matériaux et les pièces de rechange arrivent par bateau depuis Saint-Pierre ou le Canada. Le déneigement et l'entretien de la piste de l'aérodrome pèsent lourd.

            | En milliers d'euros | 2019 | 2020 | 2021 |
            | Recettes de fonctionnement | 2 010 | 2 080 | 2 140 |
            | dont dotations de l'État | 1 180 | 1 205 | 1 226 |
            | Dépenses d'équipement | 610 | 420 | 880 |
            Source : DGFiP, comptes de gestion (données fictives).

            ## Perspectives

            La commune prépare la protection de son village contre l'érosion côtière, dont le coût dépasse dix années de budget. L'État et la collectivité territoriale financeront l'essentiel de l'opération.
            """,
    };
}

/// <summary>Calvi (2B), with the CC de Calvi Balagne mentioned.</summary>
public sealed class CrcCorseCommuneDeCalvi2020 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-corse-commune-de-calvi-2020.html",
        Title = "Commune de Calvi : la gestion du port de plaisance",
        Publisher = "Chambre régionale des comptes de Corse",
        Date = "2020-07-21",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances],
        Url = "https://ccomptes.example/crc/corse/calvi-port-2020",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Corse"],
        Body = """
            ## Synthèse

            La commune de Calvi, en Haute-Corse, compte 5 800 habitants et accueille jusqu'à 40 000 personnes en été. Elle gère en régie le port de plaisance Xavier Colonna, qui offre 450 anneaux, au sein d'un budget annexe de 4,2 M€.

            ## Observations

            Les tarifs des escales n'ont pas été révisés depuis 2013, alors que la demande excède l'offre en juillet et en août. La liste d'attente des contrats annuels n'est pas tenue de façon transparente : des anneaux ont été attribués hors de tout ordre chronologique. Les travaux de dragage, indispensables, ont été reportés à trois reprises.

            | En milliers d'euros | 2015 | 2017 | 2019 |
            | Recettes du port | 3 410 | 3 720 | 3 905 |
            | Reversement au budget principal | 600 | 800 | 900 |
            | Dépenses d'équipement | 320 | 180 | 260 |
            Source : budget annexe du port (données fictives).

            La chambre rappelle que le budget annexe, service public industriel et commercial, ne peut financer le budget principal au-delà de ses excédents. Elle relève que la communauté de communes Calvi Balagne n'exerce aucune compétence portuaire.
            """,
    };
}

/// <summary>The CA du Pays Ajaccien (2A), named "la CAPA"; Ajaccio the commune is mentioned.</summary>
public sealed class CrcCorseCapa2019 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-corse-communaute-agglomeration-pays-ajaccien-2019.html",
        Title = "Communauté d'agglomération du Pays Ajaccien : la collecte des déchets",
        Publisher = "Chambre régionale des comptes de Corse",
        Date = "2019-11-26",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Durable],
        Url = "https://ccomptes.example/crc/corse/capa-dechets-2019",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Publications", "Corse"],
        Body = """
            ## Synthèse

            La communauté d'agglomération du Pays Ajaccien (CAPA) regroupe dix communes de la Corse-du-Sud et 86 000 habitants, dont 70 000 à Ajaccio. Elle collecte les déchets ménagers, dont le traitement relève du syndicat de valorisation des déchets de Corse.

            ## Une crise durable

            La fermeture des centres de stockage de l'île a provoqué plusieurs crises de collecte depuis 2015. La CAPA a dû stocker temporairement des déchets et payer des surcoûts de transport. Le taux de tri reste faible : 18 % des déchets ménagers en 2018.

            | Indicateur | 2015 | 2017 | 2018 |
            | Déchets ménagers collectés (kg/hab.) | 712 | 698 | 684 |
            | Part triée (%) | 11 | 15 | 18 |
            | Coût de la collecte (M€) | 19,4 | 22,1 | 23,6 |
            Source : rapports annuels de la CAPA (données fictives).

            ## Recommandations

            La chambre recommande à l'agglomération de généraliser la collecte en porte-à-porte des biodéchets et des emballages, d'instaurer une redevance spéciale pour les professionnels et de fiabiliser la facturation du syndicat.
            """,
    };
}

/// <summary>The Département de la Guadeloupe (971), not the Région Guadeloupe. PDF.</summary>
public sealed class CrcGuadeloupeDepartementRsa2021 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "crc-guadeloupe-departement-rsa-2021.pdf",
        Title = "Département de la Guadeloupe : la gestion du revenu de solidarité active",
        Publisher = "Chambre régionale des comptes Guadeloupe",
        Date = "2021-05-11",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Social, Themes.Finances],
        Url = "https://ccomptes.example/crc/guadeloupe/departement-rsa-2021.pdf",
        RunningHeader = "CRC Guadeloupe — Département de la Guadeloupe — RSA",
        Masthead = ["Chambre régionale des comptes Guadeloupe", "Rapport d'observations définitives — mai 2021"],
        CheckPhrase = "Département de la Guadeloupe",
        Body = """
            ## Synthèse

            Le Département de la Guadeloupe verse le revenu de solidarité active à 39 000 foyers, soit un ménage sur quatre. La dépense, 310 M€ en 2020, représente le tiers de son budget de fonctionnement. La compensation versée par l'État n'en couvre que 58 %.

            ## L'insertion

            Le contrat d'engagements réciproques n'est signé que par 22 % des bénéficiaires. Le programme départemental d'insertion, adopté en 2016, n'a pas été évalué. Les actions d'insertion sont concentrées à Pointe-à-Pitre et aux Abymes, alors que les bénéficiaires de Marie-Galante et de la Côte-sous-le-Vent y ont difficilement accès.

            | Indicateur | 2016 | 2018 | 2020 |
            | Foyers bénéficiaires | 36 800 | 37 900 | 39 100 |
            | Dépense d'allocation (M€) | 272 | 291 | 310 |
            | Compensation de l'État (M€) | 170 | 172 | 180 |
            Source : comptes administratifs du département (données fictives).

            ## Recommandations

            La chambre recommande de renforcer les contrôles, d'orienter chaque bénéficiaire dans un délai d'un mois et de territorialiser l'offre d'insertion. Elle rappelle que la région Guadeloupe, compétente pour la formation professionnelle, doit être associée au pacte territorial d'insertion.
            """,
    };
}

/// <summary>Former région Midi-Pyrénées (2014) -> Occitanie (76). PDF.</summary>
public sealed class InseeMidiPyreneesEmploi2014 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "insee-midi-pyrenees-emploi-salarie-2014.pdf",
        Title = "Midi-Pyrénées : l'emploi salarié progresse grâce à l'aéronautique",
        Publisher = "INSEE",
        Date = "2014-10-07",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Emploi],
        Url = "https://insee.example/midi-pyrenees/emploi-2014.pdf",
        RunningHeader = "Insee Midi-Pyrénées — 6 pages n° 158",
        Masthead = ["Insee Midi-Pyrénées — 6 pages", "N° 158 — octobre 2014"],
        CheckPhrase = "Midi-Pyrénées",
        Body = """
            ## Une région qui crée des emplois

            Fin 2013, Midi-Pyrénées compte 832 000 emplois salariés marchands, 1,1 % de plus qu'un an plus tôt, alors que l'emploi recule de 0,3 % en France de province. La région doit cette performance à la construction aéronautique et spatiale et aux services aux entreprises qui l'accompagnent.

            ## L'aéronautique, moteur de la croissance

            La filière emploie 62 000 salariés, dont les trois quarts dans l'aire urbaine de Toulouse. Les sous-traitants s'installent aussi à Figeac, Tarbes et Rodez. La hausse des cadences de production a entraîné 3 800 créations nettes d'emplois dans l'industrie régionale en 2013.

            | Secteur | Emplois fin 2013 | Évolution sur un an (%) |
            | Industrie | 172 000 | + 1,4 |
            | Construction | 68 000 | - 2,1 |
            | Commerce | 139 000 | + 0,2 |
            | Services marchands | 453 000 | + 1,6 |
            Source : Insee, estimations d'emploi (données fictives).

            ## Des départements contrastés

            L'emploi progresse en Haute-Garonne et dans le Tarn-et-Garonne, se stabilise dans le Tarn et recule dans les départements les plus ruraux, l'Ariège, le Gers et les Hautes-Pyrénées, où la construction pèse davantage. L'écart entre la métropole toulousaine et le reste de la région continue de se creuser.
            """,
    };
}

/// <summary>Former région Champagne-Ardenne (2012) -> Grand Est (44). PDF.</summary>
public sealed class InseeChampagneArdennePopulation2012 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "insee-champagne-ardenne-population-2012.pdf",
        Title = "Champagne-Ardenne : une population stable, des départements qui divergent",
        Publisher = "INSEE",
        Date = "2012-01-17",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Geo],
        Url = "https://insee.example/champagne-ardenne/population-2012.pdf",
        RunningHeader = "Insee Flash Champagne-Ardenne n° 141",
        Masthead = ["Insee Flash Champagne-Ardenne", "N° 141 — janvier 2012"],
        InfoTitle = "flash141_pop_v3.indd",
        CheckPhrase = "Champagne-Ardenne",
        Body = """
            ## Une région qui ne gagne plus d'habitants

            Au 1er janvier 2009, la Champagne-Ardenne compte 1 337 000 habitants, autant qu'en 1999. C'est l'une des deux régions de France métropolitaine dont la population n'a pas augmenté en dix ans. L'excédent des naissances sur les décès compense tout juste les départs, nombreux chez les jeunes adultes qui partent étudier ou travailler en Île-de-France.

            | Département | Population 2009 | Évolution annuelle 1999-2009 (%) |
            | Ardennes | 284 000 | - 0,3 |
            | Aube | 302 000 | + 0,3 |
            | Marne | 566 000 | + 0,1 |
            | Haute-Marne | 185 000 | - 0,5 |
            | Champagne-Ardenne | 1 337 000 | 0,0 |
            Source : Insee, recensements de la population (données fictives).

            ## Des évolutions divergentes

            L'Aube profite de la proximité de l'Île-de-France : l'agglomération troyenne attire de jeunes ménages. La Marne gagne quelques habitants autour de Reims. À l'inverse, les Ardennes et la Haute-Marne perdent des habitants, sous l'effet du déclin de l'emploi industriel et du vieillissement.

            ## Perspectives

            Si les tendances se prolongeaient, la région compterait 1 310 000 habitants en 2040, et un habitant sur trois aurait plus de 60 ans.
            """,
    };
}

/// <summary>Former région "Centre" (2013) -> Centre-Val de Loire (24); "centre" as a common word.</summary>
public sealed class InseeRegionCentreDemographie2013 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-region-centre-vieillissement-2013.html",
        Title = "Région Centre : le vieillissement s'accélère dans les espaces ruraux",
        Publisher = "INSEE",
        Date = "2013-05-21",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Social, Themes.Geo],
        Url = "https://insee.example/centre/vieillissement-2013",
        Meta = HtmlMeta.JsonLd,
        TimeElement = true,
        Breadcrumb = ["Statistiques", "Centre"],
        Lead = "Insee Centre Info n° 189",
        Body = """
            ## Un habitant sur quatre a plus de 60 ans

            En 2010, la région Centre compte 660 000 personnes de 60 ans ou plus, soit 26 % de sa population, contre 23 % en France métropolitaine. La part des personnes âgées est la plus forte dans l'Indre et dans le Cher, la plus faible dans le Loiret et en Eure-et-Loir, attirés par la proximité de l'Île-de-France.

            ## Les espaces ruraux en première ligne

            Les centres-villes des grandes agglomérations, Tours et Orléans, accueillent des étudiants et de jeunes actifs. À l'inverse, dans les communes rurales éloignées des pôles d'emploi, un habitant sur trois a plus de 60 ans.

            | Département | Part des 60 ans ou plus en 2010 (%) |
            | Cher | 29 |
            | Eure-et-Loir | 23 |
            | Indre | 31 |
            | Indre-et-Loire | 25 |
            | Loir-et-Cher | 28 |
            | Loiret | 23 |
            Source : Insee, recensement de la population 2010 (données fictives).

            ## Des besoins croissants

            À l'horizon 2030, la région compterait 100 000 personnes âgées dépendantes de plus. Les besoins en services d'aide à domicile et en places d'hébergement médicalisé seront les plus forts au sud de la Loire.
            """,
    };
}

/// <summary>The Région Normandie (its lycées); Rouen and Caen as seats only.</summary>
public sealed class CrcNormandieRegionLycees2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-normandie-region-lycees-numerique-2022.html",
        Title = "Région Normandie : l'équipement numérique des lycées",
        Publisher = "Chambre régionale des comptes Normandie",
        Date = "2022-11-22",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Culture],
        Url = "https://ccomptes.example/crc/normandie/region-lycees-numerique-2022",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Normandie"],
        Body = """
            ## Synthèse

            Depuis 2017, la région Normandie fournit à chaque élève entrant en seconde dans un lycée public ou privé sous contrat un ordinateur portable. Le dispositif a coûté 118 M€ entre 2017 et 2021. La collectivité, dont l'hôtel de région est à Caen et plusieurs directions à Rouen, assure aussi la maintenance des réseaux des 145 lycées publics.

            ## Observations

            La région n'a pas mesuré l'usage pédagogique des ordinateurs. Les enquêtes auprès des enseignants montrent un usage très inégal d'un établissement à l'autre. Les pannes sont traitées par un prestataire dont les délais d'intervention dépassent souvent dix jours.

            | En millions d'euros | 2017 | 2019 | 2021 |
            | Ordinateurs distribués (milliers) | 41 | 43 | 44 |
            | Dépenses d'acquisition | 21 | 23 | 25 |
            | Maintenance et réseaux | 4 | 5 | 7 |
            Source : comptes administratifs de la région (données fictives).

            ## Recommandations

            - Évaluer l'usage pédagogique avec les autorités académiques.
            - Renforcer les pénalités prévues au marché de maintenance.
            """,
    };
}
