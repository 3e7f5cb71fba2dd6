using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind5 territory split (issue 13): national notes and tables (-> France) and documents with no territorial
// subject (-> none).
namespace SampleGenerator.Content.TerritoryBlind5;

/// <summary>DGCL note on the 2024 DGF of all communes: France; the Île-de-France and the overseas are categories.</summary>
public sealed class DgclDgf2024 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("dgcl-note-dgf-communes-2024.pdf",
        "La dotation globale de fonctionnement des communes en 2024", "Direction générale des collectivités locales", "2024-04-04",
        DocumentTypeLabels.Methodo, Themes.Dotations, "https://dgcl.example/notes/dgf-communes-2024.pdf",
        "DGCL — note d'information", "dotation forfaitaire", """
        ## Les montants

        En 2024, la dotation globale de fonctionnement des communes s'élève à 12,4 milliards d'euros, en hausse de 190 millions d'euros. La dotation forfaitaire en représente 55 %, les dotations de péréquation 45 %.

        | Composante | Montant 2024 (Md€) | Évolution |
        | Dotation forfaitaire | 6,8 | -0,4 % |
        | Dotation de solidarité urbaine | 2,8 | +5,5 % |
        | Dotation de solidarité rurale | 2,1 | +7,0 % |
        | Dotation nationale de péréquation | 0,8 | 0,0 % |
        Source : DGCL (données fictives).

        ## Qui en bénéficie

        La hausse profite d'abord aux communes rurales et aux communes urbaines défavorisées. 68 % des communes voient leur dotation augmenter. Les communes d'outre-mer bénéficient d'une quote-part spécifique, majorée cette année. Les communes d'Île-de-France les plus riches contribuent par écrêtement de leur dotation forfaitaire.

        Les montants individuels sont notifiés aux communes au printemps et publiés sur le site de la direction. Les règles de calcul détaillées figurent dans la note d'information annexée, qui rappelle les critères de population, de potentiel financier et de revenu utilisés par chaque dotation.
        """);
}

/// <summary>One row per région (the thirteen metropolitan régions and the five overseas): France.</summary>
public sealed class OfglRegions2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-tableau-regions-investissement-2023.html",
        "L'investissement des régions en 2023 : tableau par région", "Observatoire des finances et de la gestion publique locales", "2024-07-02",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/donnees/regions-investissement-2023", """
        ## Dépenses d'équipement par région (euros par habitant)

        | Région | 2022 | 2023 |
        | Auvergne-Rhône-Alpes | 168 | 181 |
        | Bourgogne-Franche-Comté | 176 | 190 |
        | Bretagne | 201 | 214 |
        | Centre-Val de Loire | 187 | 192 |
        | Corse | 512 | 548 |
        | Grand Est | 170 | 176 |
        | Hauts-de-France | 158 | 169 |
        | Île-de-France | 149 | 160 |
        | Normandie | 183 | 196 |
        | Nouvelle-Aquitaine | 179 | 188 |
        | Occitanie | 204 | 219 |
        | Pays de la Loire | 192 | 198 |
        | Provence-Alpes-Côte d'Azur | 161 | 170 |
        | Guadeloupe | 301 | 322 |
        | Martinique | 356 | 341 |
        | Guyane | 298 | 310 |
        | La Réunion | 342 | 366 |
        | Mayotte | 118 | 139 |
        Source : comptes de gestion (données fictives).

        Les collectivités uniques de Corse, de Martinique et de Guyane exercent aussi des compétences départementales, ce qui explique leur niveau élevé.

        Les montants rapportés à la population utilisent la population totale légale en vigueur au 1er janvier de chaque exercice.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Methodological note on syndicates as a level: France.</summary>
public sealed class OfglSyndicatsMethodo2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-note-methodologique-syndicats-2022.html",
        "Note méthodologique : le périmètre des syndicats dans les données de l'observatoire", "Observatoire des finances et de la gestion publique locales", "2022-10-20",
        DocumentTypeLabels.Methodo, Themes.Geo, "https://ofgl.example/methodologie/syndicats", """
        ## Ce que couvrent les données

        Les données publiées sur les syndicats portent sur les syndicats intercommunaux à vocation unique (SIVU), les syndicats intercommunaux à vocation multiple (SIVOM) et les syndicats mixtes, fermés ou ouverts. Les pôles d'équilibre territoriaux et ruraux sont classés parmi les syndicats mixtes fermés.

        ## Les conventions

        Un syndicat est rattaché au département de son siège, même lorsque ses membres se situent dans plusieurs départements. Les budgets annexes sont agrégés au budget principal. Les flux croisés entre un syndicat et ses membres ne sont pas neutralisés : additionner les dépenses des syndicats et celles des communes compte deux fois certaines dépenses.

        ## Les limites

        Environ 8 % des syndicats ne transmettent pas leurs comptes à temps pour la première publication ; ils sont ajoutés lors de la mise à jour de l'automne. Les syndicats dissous en cours d'année figurent dans les données de l'année de leur dissolution.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>One row per département (Ain, Aisne, Allier first; Mayotte last): France. PDF.</summary>
public sealed class DreesRsaDepartements2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("drees-rsa-par-departement-2023.pdf",
        "Les allocataires du revenu de solidarité active par département, fin 2023", "Direction de la recherche, des études, de l'évaluation et des statistiques", "2024-09-17",
        DocumentTypeLabels.Dataset, Themes.Social, "https://drees.example/donnees/rsa-departements-2023.pdf",
        "DREES — données départementales", "allocataires", """
        ## Tableau départemental

        Le tableau donne, pour chacun des 101 départements, le nombre d'allocataires du revenu de solidarité active et leur part dans la population de 15 à 64 ans. Extrait (premières et dernières lignes) :

        | Département | Allocataires | Part des 15-64 ans |
        | Ain | 7 900 | 2,3 % |
        | Aisne | 17 600 | 5,8 % |
        | Allier | 9 300 | 4,6 % |
        | Alpes-de-Haute-Provence | 4 100 | 4,7 % |
        | … | … | … |
        | Guyane | 21 900 | 12,9 % |
        | La Réunion | 96 400 | 17,5 % |
        | Mayotte | 6 200 | 4,1 % |
        Source : CNAF, MSA (données fictives).

        ## Lecture

        Fin 2023, 1,86 million de foyers perçoivent le revenu de solidarité active en France, 2 % de moins qu'un an plus tôt. Les départements d'outre-mer et ceux du pourtour méditerranéen ont les parts les plus élevées.

        Le tableau complet, avec les effectifs par composition familiale et par ancienneté dans le dispositif, est disponible au format tableur. Les départements dont les données sont provisoires sont signalés par une note. Les effectifs sont arrondis à la centaine la plus proche.
        """);
}

/// <summary>Cour des comptes on regional trains in all régions: France; Bretagne and Grand Est are examples.</summary>
public sealed class CourDesComptesTer2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("ccomptes-transport-ferroviaire-regional-2023.html",
        "Le transport ferroviaire régional de voyageurs : une compétence à consolider", "Cour des comptes", "2023-10-24",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://ccomptes.example/publications/ter-2023", """
        ## L'enquête

        La Cour des comptes et les chambres régionales des comptes ont examiné la manière dont les régions organisent et financent les trains régionaux depuis 2017. Toutes les régions métropolitaines continentales sont concernées.

        ## Les constats

        Les régions consacrent 4,7 milliards d'euros par an aux trains régionaux, dont 3,6 milliards de contributions à l'exploitant. La fréquentation a progressé de 21 % entre 2019 et 2023, mais le coût par voyageur-kilomètre reste supérieur à celui des pays voisins. L'ouverture à la concurrence, engagée par plusieurs régions, dont le Grand Est et la Bretagne pour certaines lignes, n'a pas encore produit d'effet mesurable.

        La Cour recommande aux régions de renforcer leur expertise technique, de fixer des objectifs de qualité assortis de pénalités et de publier les données de ponctualité ligne par ligne.
        """) with { Breadcrumb = ["Publications", "Rapports publics thématiques"] };
}

/// <summary>Legal notice of the publications portal: no territory (the host's address is not a subject).</summary>
public sealed class MentionsLegales2024 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("mentions-legales-portail-publications-2024.html",
        "Mentions légales et données personnelles", "Observatoire des finances et de la gestion publique locales", "2024-02-01",
        DocumentTypeLabels.Page, Themes.Geo, "https://ofgl.example/mentions-legales", """
        ## Éditeur

        Le portail des publications est édité par l'observatoire. Le directeur de la publication est son président. Les contenus sont publiés sous licence ouverte : ils peuvent être réutilisés librement, à condition de mentionner leur source et la date de leur dernière mise à jour.

        ## Données personnelles

        Le portail ne dépose aucun cookie de mesure d'audience sans votre consentement. Les adresses électroniques recueillies pour l'abonnement à la lettre d'information ne sont utilisées qu'à cette fin et sont supprimées lors du désabonnement. Vous pouvez exercer vos droits d'accès, de rectification et d'effacement en écrivant au délégué à la protection des données.

        ## Accessibilité

        Le portail est partiellement conforme au référentiel général d'amélioration de l'accessibilité. Les tableaux anciens publiés au format image seront remplacés par des fichiers de données d'ici la fin de l'année.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Job offer for a statistician: no territory ("sens", "tours", "port", "orange", "marines" as ordinary words).</summary>
public sealed class OffreEmploiStatisticien2023 : ITerritoryBlind5Source
{
    public SampleDocument Create() => HtmlDoc("offre-emploi-charge-etudes-statistiques-2023.html",
        "Offre d'emploi : chargé ou chargée d'études statistiques", "Observatoire des finances et de la gestion publique locales", "2023-08-29",
        DocumentTypeLabels.Page, Themes.Emploi, "https://ofgl.example/recrutement/charge-etudes-2023", """
        ## Le poste

        Au sein de l'équipe des études, vous produisez des analyses sur les finances des collectivités locales et vous participez à la publication des données. Vous avez le sens du travail en équipe et le goût de la pédagogie : vos travaux doivent être compris par des élus comme par des chercheurs.

        ## Les missions

        Vous préparez les tableaux de la publication annuelle, vous vérifiez la cohérence des séries à chaque tour de collecte et vous répondez aux questions des utilisateurs. Vous signalez en orange, dans le tableau de suivi, les séries dont la qualité doit être revue. Le port de charges n'est pas requis ; le télétravail est possible deux jours par semaine.

        ## Le profil

        Diplôme de statisticien ou d'économiste, maîtrise d'un langage de traitement de données. Poste ouvert aux fonctionnaires de catégorie A et aux contractuels. Candidatures jusqu'au 30 septembre.
        """);
}

/// <summary>Guide to the open-data file formats: no territory (the example codes are placeholders).</summary>
public sealed class GuideFormatsFichiers2022 : ITerritoryBlind5Source
{
    public SampleDocument Create() => PdfDoc("guide-formats-fichiers-donnees-2022.pdf",
        "Guide des formats de fichiers de données", "Observatoire des finances et de la gestion publique locales", "2022-05-12",
        DocumentTypeLabels.Guide, Themes.Geo, "https://ofgl.example/aide/guide-formats.pdf",
        "Guide des formats", "séparateur", """
        ## Les fichiers proposés

        Chaque jeu de données est proposé en trois formats : un fichier texte à séparateur point-virgule, encodé en UTF-8, un classeur tableur et un fichier au format Parquet pour les traitements volumineux. Les trois contiennent les mêmes colonnes dans le même ordre.

        ## Les colonnes communes

        | Colonne | Contenu |
        | exercice | année des comptes |
        | code_insee | code officiel géographique de la collectivité |
        | siren | numéro SIREN de l'organisme |
        | agregat | nom de l'agrégat financier |
        | montant | montant en euros |

        ## Les bonnes pratiques

        Lisez toujours le code officiel géographique comme du texte : certains codes commencent par un zéro ou contiennent une lettre. Les montants sont exprimés en euros courants, sans séparateur de milliers. Un montant vide signifie que la donnée n'est pas disponible, un zéro qu'elle est nulle.

        Les fichiers sont mis à jour deux fois par an. Chaque mise à jour est décrite dans un journal des modifications, qui précise les colonnes ajoutées, les corrections apportées aux montants et les éventuels changements de nomenclature. Conservez le numéro de version pour citer les données.
        """);
}
