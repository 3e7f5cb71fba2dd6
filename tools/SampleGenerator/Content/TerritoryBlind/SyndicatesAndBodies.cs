using SampleGenerator.Model;

// Blind territory split (issue 13): syndicates, offices, CCAS/CIAS, SDIS and public establishments.
// Their subject is the perimeter the document states (member communes or EPCI, département, région).
namespace SampleGenerator.Content.TerritoryBlind;

/// <summary>"Orne" as a river (not the département) and "Mer" inside an EPCI name; subject: the two member EPCI.</summary>
public sealed class CrcNormandieSyndicatBasseValleeOrne2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-normandie-syndicat-basse-vallee-de-l-orne-2022.html",
        Title = "Syndicat mixte de la basse vallée de l'Orne",
        Publisher = "Chambre régionale des comptes Normandie",
        Date = "2022-05-17",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Durable],
        Url = "https://ccomptes.example/crc/normandie/sm-basse-vallee-orne-2022",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Normandie"],
        Body = """
            ## Présentation

            Le syndicat mixte de la basse vallée de l'Orne a été constitué en 2018 par la communauté urbaine Caen la Mer et la communauté de communes Vallées de l'Orne et de l'Odon pour exercer la compétence de gestion des milieux aquatiques et de prévention des inondations sur les trente derniers kilomètres du fleuve, jusqu'à son estuaire à Ouistreham. Son siège est à Caen.

            Le syndicat n'a aucune activité dans le département de l'Orne, où le fleuve prend sa source : la partie amont du bassin relève d'autres structures.

            ## Finances

            | En milliers d'euros | 2019 | 2020 | 2021 |
            | Contributions de Caen la Mer | 1 210 | 1 305 | 1 388 |
            | Contributions de la CC Vallées de l'Orne et de l'Odon | 214 | 231 | 245 |
            | Travaux sur digues et berges | 802 | 1 460 | 1 917 |
            Source : comptes de gestion (données fictives).

            ## Observations

            La clé de répartition, fondée sur la population, ne reflète pas l'exposition au risque d'inondation, concentrée dans l'agglomération caennaise. Le syndicat n'a pas encore obtenu l'autorisation de son système d'endiguement. La chambre recommande d'achever l'étude de dangers et de fixer dans les statuts une clé de répartition tenant compte des enjeux protégés.
            """,
    };
}

/// <summary>A SIVOM named after the Ouche valley; subject: its three member communes (Côte-d'Or).</summary>
public sealed class CrcBfcSivomValleeDeLOuche2020 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-bfc-sivom-haute-vallee-de-l-ouche-2020.html",
        Title = "SIVOM de la Haute Vallée de l'Ouche : contrôle des comptes et de la gestion",
        Publisher = "Chambre régionale des comptes Bourgogne-Franche-Comté",
        Date = "2020-09-15",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Culture, Themes.Finances],
        Url = "https://ccomptes.example/crc/bfc/sivom-haute-vallee-ouche-2020",
        HasSidecar = false,
        DateCue = "Observations définitives arrêtées le 15 septembre 2020",
        Breadcrumb = ["Publications", "Bourgogne-Franche-Comté"],
        Body = """
            Le syndicat intercommunal à vocation multiple de la Haute Vallée de l'Ouche regroupe trois communes de la Côte-d'Or : Bligny-sur-Ouche, Lusigny-sur-Ouche et Thorey-sur-Ouche. Il gère l'école primaire intercommunale, installée à Bligny-sur-Ouche, la cantine et le transport des élèves entre les trois villages. Il compte 1 080 habitants et emploie six agents.

            ## Une gestion simple mais peu formalisée

            Le budget du syndicat s'élève à 410 000 €. Les contributions des communes en représentent 78 %. La répartition, fixée en 1998 selon le nombre d'élèves, n'a jamais été actualisée : Thorey-sur-Ouche paie aujourd'hui 21 % des charges pour 12 % des élèves.

            | En milliers d'euros | 2016 | 2018 | 2019 |
            | Contributions des communes | 301 | 314 | 320 |
            | Participation des familles (cantine) | 48 | 51 | 53 |
            | Charges de personnel | 196 | 204 | 211 |
            Source : comptes de gestion (données fictives).

            ## Les perspectives

            Les trois communes appartiennent à la communauté de communes de Pouilly-en-Auxois / Bligny-sur-Ouche, qui n'exerce pas la compétence scolaire. La chambre recommande de réviser la clé de répartition et de conventionner la mise à disposition des locaux scolaires par la commune siège. Elle ne remet pas en cause l'existence du syndicat, dont l'échelle correspond au regroupement pédagogique.
            """,
    };
}

/// <summary>A tourist office named by a landscape; subject: the CC des Monts du Lyonnais.</summary>
public sealed class OtMontsDuLyonnaisBilan2023 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ot-monts-du-lyonnais-bilan-2023.html",
        Title = "Bilan de fréquentation 2023 de l'office de tourisme des Monts du Lyonnais",
        Publisher = "Office de tourisme des Monts du Lyonnais",
        Date = "2024-02-08",
        Type = DocumentTypeLabels.Rapport,
        Themes = [Themes.Culture],
        Url = "https://montsdulyonnais-tourisme.example/bilan-2023",
        Meta = HtmlMeta.OpenGraph,
        DateCue = "Publié le 08/02/2024",
        Breadcrumb = ["L'office", "Bilans"],
        Body = """
            ## Une saison record

            L'office de tourisme intercommunal, établissement public créé par la communauté de communes des Monts du Lyonnais, a accueilli 41 200 visiteurs dans ses trois bureaux en 2023, soit 9 % de plus qu'en 2022. La communauté de communes, qui regroupe 32 communes entre le Rhône et la Loire, lui verse une subvention de 620 000 € et lui reverse la taxe de séjour.

            | Indicateur | 2022 | 2023 |
            | Visiteurs accueillis | 37 800 | 41 200 |
            | Nuitées marchandes | 198 000 | 214 000 |
            | Taxe de séjour collectée (€) | 142 000 | 158 000 |
            Source : office de tourisme, taxe de séjour (données fictives).

            ## Les clientèles

            Les visiteurs viennent surtout de la métropole de Lyon et de Saint-Étienne, à moins d'une heure de route. La randonnée et le vélo restent les premières activités. La fréquentation du plan d'eau et des fermes ouvertes a bénéficié d'un été chaud.

            ## Perspectives 2024

            L'office ouvrira un point d'information saisonnier à Saint-Symphorien-sur-Coise et refondra son site internet. Le comité de direction a approuvé un budget de 890 000 €.
            """,
    };
}

/// <summary>A CIAS named after its EPCI; subject: the CC du Grand Autunois Morvan (Autun is its seat).</summary>
public sealed class CiasGrandAutunoisMorvan2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "cias-grand-autunois-morvan-rapport-activite-2022.html",
        Title = "Rapport d'activité 2022 du centre intercommunal d'action sociale",
        Publisher = "CIAS du Grand Autunois Morvan",
        Date = "2023-06-20",
        Type = DocumentTypeLabels.Rapport,
        Themes = [Themes.Social],
        Url = "https://cias-gam.example/rapport-activite-2022",
        DateCue = "Juin 2023",
        Breadcrumb = ["Publications"],
        Body = """
            ## Le CIAS en bref

            Le centre intercommunal d'action sociale exerce pour le compte de la communauté de communes du Grand Autunois Morvan l'action sociale d'intérêt communautaire sur ses 55 communes. Son siège est à Autun. Il gère un service d'aide et d'accompagnement à domicile, un service de portage de repas, deux résidences autonomie et instruit les demandes d'aide sociale légale.

            ## L'activité en 2022

            | Service | 2021 | 2022 |
            | Heures d'aide à domicile | 182 400 | 176 900 |
            | Repas portés | 96 300 | 101 800 |
            | Résidents en résidence autonomie | 74 | 78 |
            | Dossiers d'aide sociale instruits | 412 | 436 |
            Source : CIAS, rapport d'activité (données fictives).

            Le service d'aide à domicile a perdu 3 % de ses heures faute de personnel : 14 postes d'aides à domicile sont restés vacants, surtout dans les communes du Morvan, éloignées d'Autun. Le portage de repas progresse.

            ## Finances

            Le budget consolidé atteint 7,4 M€. La subvention de la communauté de communes, 1,2 M€, couvre le déficit structurel du service d'aide à domicile. Le conseil d'administration a adopté en décembre un plan de revalorisation des indemnités kilométriques.
            """,
    };
}

/// <summary>A departmental OPH named by the département (also a river); subject: Sarthe. PDF.</summary>
public sealed class CrcPdlSartheHabitat2021 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "crc-pdl-office-public-sarthe-habitat-2021.pdf",
        Title = "Office public de l'habitat Sarthe Habitat",
        Publisher = "Chambre régionale des comptes Pays de la Loire",
        Date = "2021-03-23",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Social, Themes.Finances],
        Url = "https://ccomptes.example/crc/pdl/sarthe-habitat-2021.pdf",
        RunningHeader = "CRC Pays de la Loire — Sarthe Habitat",
        Masthead = ["Chambre régionale des comptes Pays de la Loire", "Rapport d'observations définitives — mars 2021"],
        CheckPhrase = "Sarthe Habitat",
        Body = """
            ## Présentation de l'office

            Sarthe Habitat est l'office public de l'habitat rattaché au département de la Sarthe. Il gère 13 400 logements répartis dans 210 communes du département, principalement hors de l'agglomération du Mans, où intervient un autre bailleur. Son conseil d'administration est présidé par un conseiller départemental.

            ## Le patrimoine

            Le parc est ancien : 46 % des logements ont été construits avant 1975. La vacance atteint 6,2 % en 2020, bien au-dessus de la moyenne régionale, dans les petites communes rurales du nord et de l'est de la Sarthe. L'office a démoli 320 logements depuis 2015 et en a construit 410, surtout dans la vallée de la Sarthe et autour de La Flèche.

            | Indicateur | 2015 | 2018 | 2020 |
            | Logements gérés | 13 310 | 13 380 | 13 400 |
            | Taux de vacance (%) | 4,9 | 5,6 | 6,2 |
            | Autofinancement net (M€) | 9,4 | 8,1 | 7,2 |
            Source : Sarthe Habitat, états réglementaires (données fictives).

            ## La situation financière

            L'autofinancement net baisse sous l'effet de la réduction de loyer de solidarité et de la vacance. La chambre recommande d'adopter un plan stratégique de patrimoine actualisé, hiérarchisant les réhabilitations et les démolitions, et de mieux coordonner la programmation avec le département, qui garantit les emprunts de l'office.
            """,
    };
}

/// <summary>A departmental energy syndicate; subject: the Drôme (Crest and Valence as sites). PDF.</summary>
public sealed class SdedDromeRapportActivite2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "sded-drome-rapport-activite-2022.pdf",
        Title = "Syndicat départemental d'énergies de la Drôme — rapport d'activité 2022",
        Publisher = "Syndicat départemental d'énergies de la Drôme",
        Date = "2023-05-30",
        Type = DocumentTypeLabels.Rapport,
        Themes = [Themes.Durable],
        Url = "https://sded.example/documents/rapport-activite-2022.pdf",
        RunningHeader = "SDED — Rapport d'activité 2022",
        Masthead = ["Syndicat départemental d'énergies de la Drôme", "Rapport d'activité 2022"],
        CheckPhrase = "Syndicat départemental d'énergies de la Drôme",
        Body = """
            ## Le mot du président

            En 2022, le syndicat a poursuivi sa mission d'autorité organisatrice de la distribution d'électricité pour les 363 communes de la Drôme. La crise des prix de l'énergie a fait de l'efficacité énergétique des bâtiments publics la première demande des communes.

            ## Les chiffres clés

            | Activité | 2021 | 2022 |
            | Travaux sur les réseaux (M€) | 21,4 | 23,8 |
            | Bornes de recharge en service | 168 | 214 |
            | Communes adhérentes au conseil en énergie partagé | 96 | 131 |
            | Points lumineux d'éclairage public rénovés | 4 200 | 6 900 |
            Source : SDED (données fictives).

            ## Les faits marquants

            Le syndicat a lancé un groupement d'achat d'électricité qui réunit 240 communes et le département. Il a installé des centrales photovoltaïques sur les toitures de douze écoles. À Crest, la rénovation de l'éclairage du centre ancien a réduit la consommation de 62 %. Le réseau de recharge pour véhicules électriques dessert désormais toutes les intercommunalités du département.

            ## Les finances

            Le budget 2022 s'élève à 58 M€. La taxe sur la consommation finale d'électricité, perçue pour le compte des communes de moins de 2 000 habitants, en représente le tiers. Le siège du syndicat, à Valence, a été rénové et labellisé bâtiment basse consommation.
            """,
    };
}

/// <summary>A regional land agency; subject: the région Normandie. PDF.</summary>
public sealed class CrcNormandieEpfNormandie2020 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "crc-normandie-etablissement-public-foncier-2020.pdf",
        Title = "Établissement public foncier de Normandie",
        Publisher = "Chambre régionale des comptes Normandie",
        Date = "2020-10-13",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Geo, Themes.Finances],
        Url = "https://ccomptes.example/crc/normandie/epf-normandie-2020.pdf",
        RunningHeader = "CRC Normandie — Établissement public foncier de Normandie",
        Masthead = ["Chambre régionale des comptes Normandie", "Rapport d'observations définitives"],
        Hyphenate = true,
        CheckPhrase = "Établissement public foncier de Normandie",
        Body = """
            ## Synthèse

            L'établissement public foncier de Normandie, établissement public de l'État à caractère industriel et commercial, intervient sur l'ensemble des cinq départements de la région : Calvados, Eure, Manche, Orne et Seine-Maritime. Il acquiert et porte des terrains pour le compte des collectivités, reconvertit des friches industrielles et finance des études de recyclage foncier. Son siège est à Rouen.

            ## L'activité

            Entre 2014 et 2019, l'établissement a acquis 1 150 hectares pour 312 M€ et en a cédé 890. Les friches industrielles de la vallée de la Seine représentent 44 % des engagements. Le fonds friches, abondé par la région Normandie, a permis de traiter 74 sites.

            | En millions d'euros | 2014 | 2017 | 2019 |
            | Acquisitions | 48 | 57 | 61 |
            | Cessions | 31 | 39 | 52 |
            | Taxe spéciale d'équipement | 18 | 20 | 21 |
            Source : comptes financiers (données fictives).

            ## Observations

            Le stock foncier porté depuis plus de huit ans atteint 96 M€. La chambre recommande d'appliquer strictement les durées de portage et d'exiger des collectivités un engagement de rachat. Elle relève que l'établissement n'a pas de comptabilité analytique par programme.
            """,
    };
}

/// <summary>A communal social action centre; subject: Sète.</summary>
public sealed class CrcOccitanieCcasDeSete2021 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-occitanie-ccas-de-sete-2021.html",
        Title = "Centre communal d'action sociale de Sète",
        Publisher = "Chambre régionale des comptes Occitanie",
        Date = "2021-04-27",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Social],
        Url = "https://ccomptes.example/crc/occitanie/ccas-sete-2021",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Publications", "Occitanie"],
        Body = """
            ## Synthèse

            Le centre communal d'action sociale de Sète, établissement public rattaché à la commune, dispose d'un budget de 11,2 M€ et emploie 190 agents. Il gère deux établissements d'hébergement pour personnes âgées dépendantes, un service d'aide à domicile, une épicerie sociale et un centre d'hébergement d'urgence.

            ## Observations

            La subvention de la commune, 3,4 M€ en 2020, a augmenté de 27 % en cinq ans pour couvrir le déficit du service d'aide à domicile. Le CCAS n'a pas réalisé d'analyse des besoins sociaux depuis 2014, alors que la loi impose de la renouveler à chaque mandat. Le quartier de l'Île de Thau concentre la moitié des bénéficiaires de l'aide facultative.

            | En milliers d'euros | 2016 | 2018 | 2020 |
            | Subvention communale | 2 680 | 3 010 | 3 405 |
            | Produits de l'hébergement | 5 212 | 5 340 | 5 288 |
            | Résultat du service d'aide à domicile | - 312 | - 401 | - 468 |
            Source : comptes de gestion (données fictives).

            La chambre note que Sète Agglopôle Méditerranée a créé un service intercommunal de portage de repas qui fait doublon avec celui du CCAS.

            ## Recommandations

            - Réaliser l'analyse des besoins sociaux.
            - Rétablir l'équilibre du service d'aide à domicile.
            """,
    };
}

/// <summary>The SDIS of Haute-Corse (2B), a departmental body in Corsica. PDF.</summary>
public sealed class CrcCorseSdisHauteCorse2021 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "crc-corse-sdis-haute-corse-2021.pdf",
        Title = "Service d'incendie et de secours de la Haute-Corse",
        Publisher = "Chambre régionale des comptes de Corse",
        Date = "2021-12-14",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Securite],
        Url = "https://ccomptes.example/crc/corse/sis-2b-2021.pdf",
        RunningHeader = "CRC de Corse — SIS de la Haute-Corse",
        Masthead = ["Chambre régionale des comptes de Corse", "Rapport d'observations définitives — décembre 2021"],
        CheckPhrase = "Haute-Corse",
        Body = """
            ## Présentation

            Le service d'incendie et de secours de la Haute-Corse (SIS 2B) assure la protection de 182 000 habitants et de près de deux millions de visiteurs chaque été sur un territoire montagneux de 4 666 km². Depuis la création de la Collectivité de Corse en 2018, il est financé principalement par celle-ci, qui a succédé au département de la Haute-Corse, et par les communes et intercommunalités de l'ancien département. Il compte 310 sapeurs-pompiers professionnels et 1 150 volontaires, répartis dans 36 centres, de Bastia à Calvi et de Corte au Cap Corse.

            ## L'activité

            Le service a réalisé 21 400 interventions en 2020, dont 78 % de secours à personne. Les feux de forêts mobilisent des moyens considérables de juin à septembre. Le délai moyen d'arrivée sur les lieux dépasse vingt minutes dans un tiers des communes de l'intérieur.

            | Indicateur | 2016 | 2018 | 2020 |
            | Interventions | 19 800 | 20 900 | 21 400 |
            | Contribution de la collectivité (M€) | 24,1 | 25,6 | 27,0 |
            | Contributions communales (M€) | 9,2 | 9,4 | 9,5 |
            Source : comptes administratifs (données fictives).

            ## Recommandations

            La chambre recommande de réviser le schéma départemental d'analyse et de couverture des risques, de mutualiser les achats avec le service de la Corse-du-Sud et de fiabiliser le décompte du temps de travail des professionnels.
            """,
    };
}

/// <summary>Prades (Pyrénées-Orientales), one of four homonymous communes; subject: its syndicate's two members.</summary>
public sealed class PrefectureSivuPradesCodalet2023 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "prefecture-66-dissolution-sivu-prades-codalet-2023.html",
        Title = "Dissolution du syndicat intercommunal scolaire de Prades et Codalet",
        Publisher = "Préfecture des Pyrénées-Orientales",
        Date = "2023-08-31",
        Type = DocumentTypeLabels.Page,
        Themes = [Themes.Geo],
        Url = "https://pyrenees-orientales.gouv.example/actes/2023/sivu-prades-codalet",
        DateCue = "Mis à jour le 31/08/2023",
        Breadcrumb = ["Actions de l'État", "Collectivités locales", "Intercommunalité"],
        Body = """
            ## Arrêté préfectoral du 28 août 2023

            Par arrêté du 28 août 2023, le préfet des Pyrénées-Orientales a prononcé la dissolution du syndicat intercommunal à vocation unique (SIVU) scolaire de Prades et Codalet au 31 décembre 2023. Le syndicat, créé en 1971, gérait le groupe scolaire commun aux deux communes, situé à Prades.

            Les conseils municipaux de Prades et de Codalet ont demandé la dissolution par délibérations concordantes du printemps 2023. La commune de Prades reprend le groupe scolaire, son personnel (quatre agents) et l'actif du syndicat. Codalet versera à Prades une participation aux frais de scolarité de ses élèves, fixée par convention.

            ## Répartition de l'actif et du passif

            | Élément | Prades | Codalet |
            | Bâtiments scolaires | 100 % | — |
            | Trésorerie (41 200 €) | 85 % | 15 % |
            | Emprunt restant dû (12 600 €) | 100 % | — |
            Source : arrêté préfectoral (données fictives).

            Cet arrêté concerne la commune de Prades du département des Pyrénées-Orientales (66500), membre de la communauté de communes Conflent Canigó, et non ses homonymes de l'Ardèche, de l'Ariège ou de la Haute-Loire. Il peut faire l'objet d'un recours devant le tribunal administratif de Montpellier dans un délai de deux mois.
            """,
    };
}
