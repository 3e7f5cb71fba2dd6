using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind3 territory split (issue 13): EPCI named by their full official name (with or without SIREN), by an
// acronym, by their seat, by a landscape name, and former EPCI (before the 2017 mergers) as they were then named.
namespace SampleGenerator.Content.TerritoryBlind3;

/// <summary>Full name and SIREN of Seine Normandie Agglomération; Vernon (its seat, also a homonym) is context.</summary>
public sealed class DgclFicheSeineNormandieAgglo2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-fiche-seine-normandie-agglomeration-2023.html",
        "Fiche d'identité d'un groupement : Seine Normandie Agglomération", "DGCL", "2023-02-07",
        DocumentTypeLabels.Dataset, Themes.Geo, "https://collectivites-locales.example/banatic/fiche/200072312", """
        ## Identification

        | Rubrique | Valeur |
        | Nom | Communauté d'agglomération Seine Normandie Agglomération |
        | SIREN | 200072312 |
        | Nature juridique | Communauté d'agglomération |
        | Fiscalité | Fiscalité professionnelle unique |
        | Siège | Vernon |
        | Date de création | 1er janvier 2017 |
        | Nombre de communes membres | 60 |
        | Population totale | 84 900 |
        Source : base nationale sur l'intercommunalité (données fictives).

        ## Compétences

        Outre les compétences obligatoires des communautés d'agglomération, le groupement exerce la compétence eau et assainissement, la gestion des équipements aquatiques et le transport scolaire. Il a adhéré à un syndicat mixte pour la gestion des déchets.

        Les communautés d'agglomération sont tenues d'exercer les compétences prévues à l'article L. 5216-5 du code général des collectivités territoriales.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Institutions", "Intercommunalité", "Fiches"] };
}

/// <summary>"La COBAS" only (CA Bassin d'Arcachon Sud); the COBAN is a neighbour, La Teste-de-Buch and Gujan-Mestras are members.</summary>
public sealed class CrcCobas2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("crc-nouvelle-aquitaine-cobas-2022.html",
        "La COBAS : gestion des déchets et des transports", "Chambre régionale des comptes Nouvelle-Aquitaine", "2022-07-12",
        DocumentTypeLabels.Rod, Themes.Durable, "https://ccomptes.example/crc/nouvelle-aquitaine/cobas-2022", """
        ## Synthèse

        La COBAS regroupe quatre communes au sud du bassin, dont La Teste-de-Buch et Gujan-Mestras, et 67 000 habitants permanents, dont la population double en été. Le contrôle a porté sur la collecte des déchets et sur le réseau de bus.

        | Indicateur | 2017 | 2021 |
        | Déchets ménagers collectés (kg/hab.) | 712 | 684 |
        | Coût de la collecte (€/hab.) | 142 | 158 |
        | Voyages sur le réseau de bus (milliers) | 1 480 | 1 620 |
        Source : rapports annuels (données fictives).

        La production de déchets par habitant reste parmi les plus élevées de la région, à cause des résidences secondaires. La chambre recommande de mettre en place une redevance spéciale pour les campings et de mieux coordonner les transports avec la COBAN, voisine au nord du bassin, avec laquelle aucune convention n'a été signée.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Nouvelle-Aquitaine"] };
}

/// <summary>"La CASA" only (CA de Sophia Antipolis); Antibes and Valbonne are places in it, Nice is context. PDF.</summary>
public sealed class AdemeCasaMobilite2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("ademe-casa-mobilite-2023.pdf",
        "Retour d'expérience : le plan de mobilité employeurs de la CASA", "ADEME", "2023-09-12",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/retours-experience/casa-mobilite-2023.pdf",
        "ADEME — retours d'expérience territoriaux", "plan de mobilité employeurs", """
        ## Le contexte

        La CASA rassemble 24 communes entre la mer et les Préalpes, dont Antibes et Valbonne, et accueille la technopole, premier pôle d'emplois du territoire avec 40 000 salariés. Chaque matin, les routes d'accès à la technopole sont saturées : 83 % des salariés viennent en voiture, un sur deux depuis une autre intercommunalité, notamment depuis Nice.

        ## L'action

        Depuis 2019, l'agglomération anime un plan de mobilité commun à 62 employeurs. Elle a créé quatre lignes de bus express, une plateforme de covoiturage et des itinéraires cyclables sécurisés vers les gares. Les entreprises participantes s'engagent sur le télétravail et sur le décalage des horaires.

        | Indicateur | 2018 | 2022 |
        | Part de la voiture individuelle | 83 % | 71 % |
        | Part du covoiturage | 3 % | 8 % |
        | Part du vélo | 1 % | 5 % |
        | Part des transports collectifs | 9 % | 12 % |
        Source : enquêtes auprès des salariés (données fictives).

        ## Ce qu'il faut retenir

        Les résultats tiennent à l'engagement des grands employeurs et à la qualité des lignes express. Le coût public est estimé à 2,1 M€ par an, cofinancés par l'ADEME pendant trois ans. La CASA souhaite étendre la démarche aux zones d'activités de taille moyenne.
        """) with { Masthead = ["ADEME", "Retours d'expérience — mobilité"] };
}

/// <summary>"L'agglomération chartraine" / "l'agglomération de Chartres" = Chartres Métropole; the ville de Chartres is a place in it.</summary>
public sealed class InseeAgglomerationChartresEmploi2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("insee-agglomeration-de-chartres-emploi-2022.html",
        "L'agglomération de Chartres mise sur la cosmétique et la logistique", "INSEE", "2022-09-27",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://insee.example/statistiques/agglomeration-chartres-emploi-2022", """
        ## Un emploi tourné vers l'industrie

        L'agglomération de Chartres compte 66 communes et 140 000 habitants. Elle offre 68 000 emplois en 2019, dont 15 % dans l'industrie, une part supérieure à la moyenne régionale. Les fabricants de parfums et de cosmétiques y emploient 3 800 salariés.

        | Secteur | Emplois 2019 | Évolution 2013-2019 |
        | Industrie | 10 200 | +4 % |
        | Logistique et transport | 5 600 | +17 % |
        | Commerce | 9 100 | −2 % |
        | Administration, santé, enseignement | 22 800 | +3 % |
        Source : estimations d'emploi (données fictives).

        La logistique progresse le plus vite, le long de l'autoroute vers Paris. Un tiers des emplois de l'agglomération chartraine sont occupés par des actifs résidant hors de son territoire. La ville de Chartres concentre à elle seule la moitié des emplois publics.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Statistiques", "Centre-Val de Loire"] };
}

/// <summary>"L'agglomération d'Annecy" = the CA du Grand Annecy; the commune of Annecy is its seat. PDF.</summary>
public sealed class OfglAgglomerationAnnecy2023 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("ofgl-agglomeration-d-annecy-finances-2023.pdf",
        "Les finances de l'agglomération d'Annecy après la crise sanitaire", "OFGL", "2023-11-14",
        DocumentTypeLabels.Etude, Themes.Finances, "https://ofgl.example/publications/agglomeration-annecy-2023.pdf",
        "OFGL — études de groupements", "agglomération d'Annecy", """
        ## Objet de l'étude

        Cette étude examine les comptes 2019 à 2022 du budget principal et des budgets annexes de l'agglomération d'Annecy, groupement de 34 communes et de 217 000 habitants créé en 2017. Les comptes de la commune d'Annecy, siège du groupement, ne sont pas analysés ici.

        ## Une épargne reconstituée

        | Indicateur (M€) | 2019 | 2020 | 2022 |
        | Recettes réelles de fonctionnement | 198,4 | 189,7 | 214,6 |
        | dont versement mobilité | 41,2 | 36,5 | 47,8 |
        | Épargne brute | 38,1 | 26,3 | 42,9 |
        | Dépenses d'équipement | 72,6 | 61,0 | 94,3 |
        Source : comptes de gestion (données fictives).

        La crise sanitaire a réduit le versement mobilité et les recettes du réseau de transport en 2020. Dès 2022, le dynamisme de l'emploi frontalier et des bases de fiscalité économique a permis de dépasser le niveau d'épargne d'avant crise.

        ## Un programme d'investissement ambitieux

        Le groupement prévoit 620 M€ d'investissements d'ici 2030, dont un transport en site propre et la rénovation des stations d'épuration. L'encours de dette pourrait doubler ; la capacité de désendettement resterait toutefois inférieure à huit années selon les hypothèses de l'Observatoire.
        """) with { Masthead = ["Observatoire des finances et de la gestion publique locales", "Études — groupements à fiscalité propre"] };
}

/// <summary>The landscape name "Luberon Monts de Vaucluse" = the CA; Cavaillon is its seat, the Luberon park is a landscape.</summary>
public sealed class AdemeLuberonMontsDeVaucluse2022 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("ademe-luberon-monts-de-vaucluse-pcaet-2022.html",
        "Plan climat : l'intercommunalité Luberon Monts de Vaucluse face à la chaleur", "ADEME", "2022-08-30",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/luberon-monts-de-vaucluse-pcaet", """
        ## Un territoire exposé

        Entre la plaine de la Durance et les reliefs du Luberon, l'intercommunalité Luberon Monts de Vaucluse a adopté son plan climat-air-énergie territorial en 2021. Le nombre de jours de forte chaleur pourrait y doubler d'ici 2050, avec des effets sur l'agriculture irriguée, première activité de la plaine.

        | Objectif du plan | Référence 2015 | Cible 2030 |
        | Consommation d'énergie (GWh) | 1 380 | 1 110 |
        | Production d'énergie renouvelable (GWh) | 96 | 260 |
        | Émissions de gaz à effet de serre (kt CO2e) | 312 | 218 |
        Source : diagnostic du plan climat (données fictives).

        L'agglomération, dont le siège est à Cavaillon, mise sur le photovoltaïque en toiture des bâtiments agricoles et sur la végétalisation des cours d'école. L'ADEME finance un poste de conseiller en énergie partagé pour les 16 communes membres.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Territoires", "Retours d'expérience"] };
}

/// <summary>The CC de la Région de Haguenau in 2016, merged on 1 January 2017 into the CA de Haguenau. PDF.</summary>
public sealed class CrcCcRegionDeHaguenau2016 : ITerritoryBlind3Source
{
    public SampleDocument Create() => PdfDoc("crc-grand-est-cc-region-de-haguenau-2016.pdf",
        "Communauté de communes de la Région de Haguenau — exercices 2010 et suivants", "Chambre régionale des comptes Alsace, Champagne-Ardenne, Lorraine", "2016-06-14",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/acal/cc-region-haguenau-2016.pdf",
        "CRC ACAL — CC de la Région de Haguenau", "Communauté de communes de la Région de Haguenau", """
        ## Synthèse

        La communauté de communes de la Région de Haguenau regroupe quatre communes du nord du Bas-Rhin et 41 000 habitants, dont 35 000 dans la ville de Haguenau. Le contrôle a porté sur les exercices 2010 à 2015, à la veille de la fusion prévue par le schéma départemental de coopération intercommunale.

        ## Une intégration limitée

        Le coefficient d'intégration fiscale du groupement n'atteint que 0,24 : la plupart des services restent communaux et la ville de Haguenau assure, par convention, la gestion administrative de la communauté. Les attributions de compensation n'ont pas été révisées depuis 2002.

        | Indicateur (M€) | 2010 | 2015 |
        | Produits de fonctionnement | 28,4 | 31,9 |
        | Attributions de compensation reversées | 14,2 | 14,2 |
        | Dépenses d'équipement | 6,8 | 9,7 |
        | Encours de dette | 11,3 | 8,4 |
        Source : comptes de gestion (données fictives).

        ## Recommandations

        La chambre recommande, dans la perspective de la fusion avec les communautés de communes voisines au 1er janvier 2017, d'établir un pacte financier et fiscal, d'évaluer les charges transférées et de recenser les biens mis à disposition par les communes membres.
        """) with { Masthead = ["Chambre régionale des comptes Alsace, Champagne-Ardenne, Lorraine", "Rapport d'observations définitives"] };
}

/// <summary>"Lannion-Trégor Agglomération" in 2013, today the CA Lannion-Trégor Communauté (merged in 2017); Lannion and Perros-Guirec are places in it.</summary>
public sealed class InseeLannionTregorAgglomeration2013 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("insee-lannion-tregor-agglomeration-2013.html",
        "Lannion-Trégor Agglomération : l'emploi des télécommunications se transforme", "INSEE", "2013-10-08",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://insee.example/statistiques/lannion-tregor-agglomeration-2013", """
        ## Un territoire spécialisé

        Lannion-Trégor Agglomération réunit 20 communes et 59 000 habitants autour de Lannion et de Perros-Guirec. Les télécommunications et l'optique y fournissent 6 700 emplois salariés en 2011, soit un salarié du secteur privé sur quatre, une spécialisation unique en Bretagne.

        | Secteur | Salariés 2006 | Salariés 2011 |
        | Télécommunications et optique | 7 900 | 6 700 |
        | Services aux entreprises | 3 100 | 3 600 |
        | Tourisme et hébergement | 1 400 | 1 500 |
        Source : Clap 2006 et 2011 (données fictives).

        Les grands établissements historiques ont réduit leurs effectifs, mais 140 jeunes entreprises ont été créées depuis 2006, souvent par d'anciens ingénieurs. Leurs emplois compensent en partie les pertes. La communauté d'agglomération soutient ces créations à travers sa pépinière et son technopôle.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Paru le 08/10/2013", Breadcrumb = ["Statistiques", "Bretagne"] };
}

/// <summary>The CC du Pays d'Orthe in 2015, merged on 1 January 2017 into the CC Pays d'Orthe et Arrigans; Peyrehorade is its seat.</summary>
public sealed class DgfipComptesPaysDOrthe2015 : ITerritoryBlind3Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-comptes-cc-pays-d-orthe-2015.html",
        "Comptes 2015 des groupements à fiscalité propre — communauté de communes du Pays d'Orthe", "DGFiP", "2016-07-19",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/comptes/groupements/2015/pays-d-orthe", """
        ## Communauté de communes du Pays d'Orthe (Landes)

        Siège : Peyrehorade. Régime fiscal : fiscalité professionnelle unique. Population totale : 13 600 habitants.

        | Poste | Montant (k€) | Par habitant (€) | Moyenne de la catégorie (€) |
        | Produits de fonctionnement | 6 940 | 510 | 398 |
        | dont fiscalité reversée aux communes | 2 380 | 175 | 121 |
        | Charges de fonctionnement | 6 010 | 442 | 344 |
        | Capacité d'autofinancement | 930 | 68 | 54 |
        | Dépenses d'équipement | 1 720 | 126 | 97 |
        | Encours de dette | 4 150 | 305 | 246 |
        Source : balances comptables 2015 (données fictives).

        Les moyennes de la catégorie portent sur les communautés de communes à fiscalité professionnelle unique de 10 000 à 20 000 habitants. Les montants sont arrondis au millier d'euros. Les comptes des budgets annexes ne sont pas inclus dans cette fiche.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Mis en ligne le 19/07/2016", Breadcrumb = ["Comptes des collectivités", "Groupements"] };
}
