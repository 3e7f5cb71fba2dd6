using SampleGenerator.Model;

// Held-out territory test set: EPCI called by their seat or by a former name, and special-status EPCI.
namespace SampleGenerator.Content.TerritoryTest;

/// <summary>An EPCI called "l'agglomération de Gap"; the seat commune is not the subject.</summary>
public sealed class CrcPacaAgglomerationGap2020 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-paca-agglomeration-de-gap-mobilites-2020.html",
        Title = "L'agglomération de Gap et la compétence mobilité",
        Publisher = "Chambre régionale des comptes Provence-Alpes-Côte d'Azur",
        Date = "2020-10-27",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Durable, Themes.Finances],
        Url = "https://ccomptes.example/crc/paca/agglo-gap-mobilite-2020",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Provence-Alpes-Côte d'Azur"],
        Body = """
            ## Objet du contrôle

            La chambre a examiné la gestion de la communauté d'agglomération Gap-Tallard-Durance, née en 2018 de la fusion de la communauté d'agglomération du Gapençais avec deux communautés de communes rurales. Dans la suite du rapport, elle est désignée comme « l'agglomération ». Elle compte 17 communes et 52 000 habitants, dont 80 % résident dans la ville-centre. Le contrôle s'est concentré sur la compétence mobilité, exercée par l'agglomération en tant qu'autorité organisatrice.

            ## Le réseau de transport urbain

            Le réseau, exploité dans le cadre d'une délégation de service public, comprend huit lignes régulières et un service de transport à la demande pour les communes périurbaines. La fréquentation a progressé de 22 % entre 2015 et 2019, portée par la gratuité pour les moins de 26 ans instaurée en 2017. Le taux de couverture des dépenses par les recettes commerciales, 9 %, est très faible.

            | En milliers d'euros | 2017 | 2018 | 2019 |
            | Contribution forfaitaire au délégataire | 5 210 | 5 640 | 5 890 |
            | Versement mobilité | 4 020 | 4 380 | 4 510 |
            | Recettes commerciales | 560 | 530 | 545 |
            Source : comptes de l'agglomération, rapports du délégataire (données fictives).

            ## Observations

            L'extension du périmètre en 2018 n'a pas été suivie d'une adaptation de l'offre : les communes de l'ancienne communauté de communes de Tallard sont desservies par deux allers-retours quotidiens seulement. Le versement mobilité, pourtant acquitté par les employeurs de tout le territoire, finance un service concentré sur la ville-centre.

            Le contrat de délégation, signé en 2013 pour neuf ans, a fait l'objet de six avenants qui en ont modifié l'économie. La chambre recommande de préparer son renouvellement dès 2021 en définissant des objectifs de fréquentation et de desserte pour l'ensemble du territoire communautaire.

            ## Réponse de l'ordonnateur

            Le président de l'agglomération indique qu'une étude de restructuration du réseau est en cours et qu'elle intégrera une desserte renforcée de la vallée de la Durance.
            """,
    };
}

/// <summary>An EPCI whose seat is Vienne (Isère) and which spans two départements; the Vienne département is not concerned.</summary>
public sealed class CrcAraVienneCondrieuAgglomeration2021 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-ara-vienne-condrieu-agglomeration-2021.html",
        Title = "Vienne Condrieu Agglomération : situation financière et pacte financier",
        Publisher = "Chambre régionale des comptes Auvergne-Rhône-Alpes",
        Date = "2021-12-07",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances, Themes.Geo],
        Url = "https://ccomptes.example/crc/ara/vienne-condrieu-agglomeration-2021",
        HasSidecar = false,
        DateCue = "Observations définitives — décembre 2021",
        Breadcrumb = ["Publications", "Auvergne-Rhône-Alpes"],
        Body = """
            Vienne Condrieu Agglomération résulte de la fusion, au 1er janvier 2018, de ViennAgglo et de la communauté de communes de la Région de Condrieu. Elle regroupe 30 communes et 91 000 habitants, de part et d'autre du Rhône, sur deux départements : l'Isère et le Rhône. La chambre a examiné ses comptes et sa gestion de 2016 à 2020.

            ## Une fusion entre deux départements

            La fusion a réuni des communes iséroises, autour de la ville de Vienne, et des communes du Rhône, autour de Condrieu. Les deux anciens établissements n'avaient ni les mêmes compétences ni la même fiscalité. L'harmonisation des taux de cotisation foncière des entreprises a été étalée sur douze ans. La chambre note que l'appartenance à deux départements complique les relations avec les services de l'État et les partenaires, chaque préfecture ayant ses propres dispositifs.

            ## La situation financière

            Les produits de gestion atteignent 78 M€ en 2020. L'épargne brute s'est redressée après la fusion, pour atteindre 14 % des produits. L'agglomération a financé un programme d'investissement soutenu, centré sur l'eau, l'assainissement et la voirie, sans augmenter son endettement.

            | En millions d'euros | 2017 (reconstitué) | 2019 | 2020 |
            | Produits de gestion | 71,2 | 76,8 | 78,1 |
            | Épargne brute | 7,9 | 10,4 | 10,9 |
            | Dépenses d'équipement | 18,3 | 22,7 | 20,4 |
            | Encours de dette | 61,0 | 58,2 | 57,6 |
            Source : comptes de gestion (données fictives).

            ## Le pacte financier et fiscal

            Le pacte adopté en 2019 prévoit une dotation de solidarité communautaire répartie selon le revenu par habitant et l'effort fiscal. Les attributions de compensation n'ont pas été révisées depuis la fusion ; certaines communes du Rhône bénéficient ainsi de montants calculés sur des charges qui ne sont plus transférées. La chambre recommande de réviser ces attributions et d'évaluer le pacte à mi-parcours.

            La ville de Vienne, qui n'a pas fait l'objet du présent contrôle, partage plusieurs services avec l'agglomération ; les conventions correspondantes doivent être actualisées.
            """,
    };
}

/// <summary>An EPCI under its former name ("Pays Réuni d'Orange"), with "orange" as a colour too.</summary>
public sealed class CrcPacaCcPaysReuniOrange2018 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-paca-cc-pays-reuni-d-orange-2018.html",
        Title = "Communauté de communes du Pays Réuni d'Orange (Vaucluse)",
        Publisher = "Chambre régionale des comptes Provence-Alpes-Côte d'Azur",
        Date = "2018-07-03",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Geo, Themes.Finances],
        Url = "https://ccomptes.example/crc/paca/ccpro-2018",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Publications", "Provence-Alpes-Côte d'Azur"],
        Body = """
            ## Présentation

            La communauté de communes du Pays Réuni d'Orange (CCPRO) regroupe cinq communes du nord du Vaucluse et 46 000 habitants. Créée en 2001, elle a longtemps exercé un nombre limité de compétences : développement économique, collecte des déchets, tourisme. La ville d'Orange y représente 64 % de la population.

            ## Des compétences qui restent à exercer pleinement

            La loi portant nouvelle organisation territoriale de la République a imposé le transfert de nouvelles compétences : zones d'activité, promotion du tourisme, accueil des gens du voyage, milieux aquatiques. Au moment du contrôle, plusieurs zones d'activité communales n'avaient pas été transférées, et l'office de tourisme restait une association financée par la ville d'Orange. La chambre demande à la communauté d'achever ces transferts.

            ## Les déchets

            La collecte des déchets représente 58 % des dépenses de fonctionnement. Le taux de la taxe d'enlèvement des ordures ménagères produit un excédent qui finance d'autres dépenses, ce que la jurisprudence proscrit. Les conteneurs orange destinés au verre sont trop peu nombreux dans les quartiers d'habitat collectif.

            | En milliers d'euros | 2013 | 2015 | 2017 |
            | Taxe d'enlèvement des ordures ménagères | 6 410 | 6 690 | 6 870 |
            | Coût du service de collecte et de traitement | 5 720 | 5 850 | 5 980 |
            | Excédent | 690 | 840 | 890 |
            Source : comptes de la communauté (données fictives).

            ## Relations avec les communes

            Les attributions de compensation n'ont pas été révisées depuis 2002. La communauté reverse aux communes 71 % de sa fiscalité, ce qui limite sa capacité à porter des projets. La chambre recommande l'adoption d'un pacte financier et fiscal et d'un schéma de mutualisation des services.
            """,
    };
}

/// <summary>A former EPCI name ("Argentan Intercom"), the seat town as a neighbour name. PDF.</summary>
public sealed class CrcNormandieArgentanIntercom2017 : ITerritoryTestSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "crc-normandie-argentan-intercom-2017.pdf",
        Title = "Communauté de communes Argentan Intercom — Rapport d'observations définitives",
        Publisher = "Chambre régionale des comptes Normandie",
        Date = "2017-11-16",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Geo, Themes.Emploi],
        Url = "https://ccomptes.example/crc/normandie/argentan-intercom-2017.pdf",
        RunningHeader = "CRC Normandie — Argentan Intercom",
        Masthead = ["Chambre régionale des comptes Normandie", "Rapport d'observations définitives"],
        Subtitle = "Exercices 2012 à 2016 — mutualisation des services",
        CheckPhrase = "Argentan Intercom",
        Body = """
            ## Synthèse

            Argentan Intercom, communauté de communes de l'Orne, regroupait en 2016 49 communes et 34 000 habitants autour de la ville d'Argentan. Elle a été constituée en 2013 par la fusion de la communauté de communes du Pays d'Argentan et de la communauté de communes du Pays du Haras du Pin. La chambre régionale des comptes Normandie a examiné sa gestion, en s'attachant particulièrement à la mutualisation des services avec la ville-centre.

            ## Une mutualisation poussée avec la ville-centre

            Depuis 2014, la communauté et la ville d'Argentan ont créé des services communs pour les ressources humaines, les finances, la commande publique, l'informatique et les services techniques. 212 agents de la ville ont été transférés à la communauté. Le directeur général des services est commun aux deux collectivités.

            La chambre relève que cette mutualisation, pertinente dans son principe, a été conduite sans étude d'impact. Les conventions de services communs prévoient un remboursement par la ville sur la base de clés fixées en 2014 et jamais révisées. En 2016, le coût supporté par la communauté pour le compte de la ville est sous-estimé de 0,6 M€ selon les calculs de la chambre.

            | En milliers d'euros | 2013 | 2014 | 2016 |
            | Charges de personnel de la communauté | 4 210 | 9 870 | 10 340 |
            | Remboursements de la ville au titre des services communs | 0 | 4 980 | 5 020 |
            | Effectifs (ETP) | 118 | 322 | 331 |
            Source : comptes administratifs, bilans sociaux (données fictives).

            ## Situation financière

            L'épargne brute de la communauté se maintient autour de 3 M€, soit 12 % des produits de gestion. L'endettement est faible. La communauté porte la construction d'un centre aquatique intercommunal, dont le coût prévisionnel est passé de 11 à 15 M€ entre l'avant-projet et l'attribution des marchés.

            ## Perspectives

            Le schéma départemental de coopération intercommunale n'impose pas de nouvelle fusion. La chambre recommande de réviser les conventions de services communs, de mettre en place une comptabilité analytique permettant d'imputer les coûts à chaque collectivité et de présenter au conseil communautaire un bilan annuel de la mutualisation.

            ## Réponse

            Le président d'Argentan Intercom a indiqué que les clés de répartition seraient révisées en 2018, à l'occasion du changement de nom de la communauté, qui deviendra Terres d'Argentan Interco.
            """,
    };
}

/// <summary>A former EPCI name ("communauté d'agglomération de Saintes"); the city is the seat, not the subject.</summary>
public sealed class CrcNaCaDeSaintes2016 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-na-communaute-agglomeration-de-saintes-2016.html",
        Title = "Communauté d'agglomération de Saintes : la gestion des déchets",
        Publisher = "Chambre régionale des comptes Aquitaine, Limousin, Poitou-Charentes",
        Date = "2016-06-28",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Durable],
        Url = "https://ccomptes.example/crc/alpc/cda-saintes-2016",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Aquitaine, Limousin, Poitou-Charentes"],
        Body = """
            ## La communauté et sa compétence déchets

            La communauté d'agglomération de Saintes (CDA), en Charente-Maritime, réunit 36 communes et 61 000 habitants. Elle exerce la compétence de collecte et de traitement des déchets ménagers depuis sa création en 2013, à la suite de la transformation de la communauté de communes du Pays Santon. La collecte est assurée en régie ; le traitement est confié à un syndicat départemental.

            ## Coûts et financement

            Le coût complet du service atteint 96 € par habitant en 2015, contre 88 € en moyenne pour les collectivités comparables de l'ex-région Poitou-Charentes. La taxe d'enlèvement des ordures ménagères est levée à un taux unique sur le territoire depuis 2015. La redevance spéciale, qui doit être demandée aux professionnels dont les déchets sont collectés par le service public, n'est pas instituée.

            | Indicateur | 2013 | 2014 | 2015 |
            | Tonnages collectés (ordures ménagères résiduelles) | 15 800 | 15 400 | 14 900 |
            | Tonnages de collecte sélective | 3 900 | 4 100 | 4 300 |
            | Coût complet (€ par habitant) | 91 | 94 | 96 |
            Source : rapports annuels sur le prix et la qualité du service (données fictives).

            ## Observations

            La chambre relève que les tournées de collecte n'ont pas été réorganisées depuis l'extension du périmètre, ce qui explique une partie du surcoût. Les déchèteries, au nombre de sept, sont nombreuses pour la population desservie ; deux d'entre elles accueillent moins de 20 usagers par jour.

            Elle recommande d'instituer la redevance spéciale, d'optimiser les tournées et d'étudier la fermeture ou la mutualisation des déchèteries les moins fréquentées. La ville de Saintes, siège de la communauté, met à sa disposition un garage pour les véhicules de collecte sans convention ni remboursement ; cette situation doit être régularisée.
            """,
    };
}

/// <summary>A former EPCI name ("Pays Bellegardien") and the former name of its seat (Bellegarde-sur-Valserine).</summary>
public sealed class CrcAraCcPaysBellegardien2015 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-ara-cc-pays-bellegardien-2015.html",
        Title = "Communauté de communes du Pays Bellegardien (CCPB)",
        Publisher = "Chambre régionale des comptes Rhône-Alpes",
        Date = "2015-04-09",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances],
        Url = "https://ccomptes.example/crc/rhone-alpes/ccpb-2015",
        HasSidecar = false,
        DateCue = "Rapport d'observations définitives — avril 2015",
        Breadcrumb = ["Publications", "Rhône-Alpes"],
        Body = """
            La communauté de communes du Pays Bellegardien (CCPB) rassemble quinze communes de l'Ain, à la frontière suisse, autour de Bellegarde-sur-Valserine. Elle compte 21 000 habitants. Son territoire bénéficie de la proximité de Genève : plus de 40 % des actifs y travaillent, ce qui procure à la communauté une part de la compensation financière genevoise versée par le canton au département.

            ## Une fiscalité confortable

            Les produits fiscaux par habitant sont supérieurs de 25 % à la moyenne des communautés de communes de même catégorie, grâce à la présence d'entreprises industrielles et d'une zone commerciale de rayonnement régional. La communauté reverse cependant aux communes la plus grande partie de ces ressources, par les attributions de compensation et une dotation de solidarité élevée.

            | En milliers d'euros | 2010 | 2012 | 2013 |
            | Produits fiscaux | 11 240 | 12 060 | 12 410 |
            | Reversements aux communes | 6 820 | 7 130 | 7 210 |
            | Épargne brute | 1 870 | 2 010 | 2 260 |
            Source : comptes de gestion (données fictives).

            ## L'eau et l'assainissement

            La communauté exerce la compétence assainissement depuis 2009. La station d'épuration intercommunale, mise en service en 2012, a coûté 14 M€. Les tarifs n'ont pas été harmonisés : l'usager paie un prix différent selon sa commune de résidence, sans que les écarts soient justifiés par des différences de service.

            ## Recommandations

            La chambre recommande d'harmoniser les tarifs d'assainissement, d'élaborer un plan pluriannuel d'investissement et de formaliser les modalités de mise à disposition des services de la commune de Bellegarde-sur-Valserine, qui assure la gestion administrative de plusieurs équipements communautaires.
            """,
    };
}

/// <summary>A metropolis with a special status (Métropole de Lyon), next to the Rhône département it left.</summary>
public sealed class OfglMetropoleDeLyon2023 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-metropole-de-lyon-comptes-2023.html",
        Title = "Les comptes de la Métropole de Lyon, une collectivité à statut particulier",
        Publisher = "OFGL",
        Date = "2023-05-17",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Finances],
        Url = "https://ofgl.example/publications/metropole-de-lyon-2023",
        Meta = HtmlMeta.OpenGraph,
        TimeElement = true,
        Breadcrumb = ["Publications", "Études"],
        Body = """
            ## Une collectivité qui n'est pas un EPCI comme les autres

            Depuis le 1er janvier 2015, la Métropole de Lyon est une collectivité territoriale à statut particulier. Elle exerce sur son territoire à la fois les compétences d'une métropole et celles d'un département, reprises au département du Rhône. Ses 59 communes comptent 1,4 million d'habitants. Dans les bases de données financières, elle est pourtant classée avec les groupements à fiscalité propre, ce qui rend ses comptes difficiles à comparer.

            ## Un budget de département et d'intercommunalité

            Les dépenses de fonctionnement de la Métropole de Lyon atteignent 2,6 Md€ en 2022. Les dépenses sociales héritées du département en représentent 41 % : revenu de solidarité active, allocation personnalisée d'autonomie, aide sociale à l'enfance, prestation de compensation du handicap. Les compétences intercommunales, voirie, propreté, eau, transports via le syndicat des mobilités, en représentent 34 %.

            | En millions d'euros | 2019 | 2021 | 2022 |
            | Dépenses de fonctionnement | 2 440 | 2 530 | 2 610 |
            | Dont dépenses sociales | 1 010 | 1 050 | 1 070 |
            | Dépenses d'investissement | 690 | 760 | 820 |
            | Encours de dette | 1 830 | 1 990 | 2 080 |
            Source : comptes de gestion, retraitements OFGL (données fictives).

            ## Comparer avec prudence

            Pour comparer, l'OFGL isole la part « départementale » des comptes de la Métropole en s'appuyant sur la présentation fonctionnelle du budget. Ainsi retraitées, ses dépenses sociales par habitant sont inférieures à celles des départements de plus d'un million d'habitants. Ses dépenses intercommunales par habitant sont proches de celles des autres métropoles de taille comparable.

            Le nouveau département du Rhône, réduit aux communes situées hors du périmètre métropolitain, perçoit une dotation de compensation versée par la Métropole. Cette dotation, fixée en 2015, n'est pas indexée. Les comptes du département du Rhône ne sont pas analysés ici.
            """,
    };
}

/// <summary>A metropolis whose name begins with "Eu"; the Collectivité européenne d'Alsace is mentioned, not the subject.</summary>
public sealed class CrcGrandEstEurometropoleStrasbourg2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-grand-est-eurometropole-strasbourg-2022.html",
        Title = "Eurométropole de Strasbourg : la gestion de la compétence eau et assainissement",
        Publisher = "Chambre régionale des comptes Grand Est",
        Date = "2022-01-25",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Durable, Themes.Finances],
        Url = "https://ccomptes.example/crc/grand-est/eurometropole-strasbourg-eau-2022",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Grand Est"],
        Body = """
            ## Le service

            L'Eurométropole de Strasbourg, métropole de 33 communes et 505 000 habitants, gère en régie la production et la distribution de l'eau potable ainsi que l'assainissement. Le service de l'eau prélève dans la nappe d'Alsace, l'une des plus grandes réserves d'eau souterraine d'Europe, par une quarantaine de puits. La chambre a examiné ces deux services pour les exercices 2015 à 2020.

            ## Qualité et protection de la ressource

            La qualité de l'eau distribuée est conforme, mais la nappe est exposée aux pollutions agricoles et industrielles. Les périmètres de protection de plusieurs captages n'ont pas été révisés depuis les années 1980. La chambre recommande d'achever la procédure de déclaration d'utilité publique des périmètres et d'intensifier les actions avec la profession agricole, en lien avec la Collectivité européenne d'Alsace et la région Grand Est.

            ## Le prix et les investissements

            Le prix de l'eau et de l'assainissement, 3,20 € par mètre cube, est inférieur à la moyenne nationale. Le programme d'investissement de la station d'épuration de La Wantzenau, 90 M€, a été financé par des excédents accumulés et par l'emprunt.

            | En millions d'euros | 2016 | 2018 | 2020 |
            | Recettes de l'eau | 38,4 | 39,9 | 40,7 |
            | Recettes de l'assainissement | 52,1 | 53,8 | 54,6 |
            | Investissements | 41,0 | 57,2 | 49,3 |
            Source : budgets annexes (données fictives).

            ## Observations

            La chambre observe que les budgets annexes remboursent au budget principal des frais de structure calculés forfaitairement et relève des écarts de rendement de réseau importants entre communes. Elle recommande une tarification sociale de l'eau, expérimentée avec succès dans d'autres métropoles.
            """,
    };
}
