using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind12 territory split (issue 13): national notes, tables with one row per territory, and documents with no territorial subject.
namespace SampleGenerator.Content.TerritoryBlind12;

/// <summary>National statistical bulletin on syndicates (SIVU, SIVOM, syndicats mixtes) in all of France: France only; Bretagne and Occitanie are comparisons; no syndicate is named.</summary>
public sealed class DgclBisSyndicats2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("dgcl-bis-syndicats-intercommunaux-2024.pdf",
        "Les syndicats intercommunaux et mixtes au 1er janvier 2024", "DGCL", "2024-05-14",
        DocumentTypeLabels.Bis, Themes.Geo, "https://collectivites-locales.example/bis/syndicats-2024.pdf",
        "Bulletin d'information statistique n° 191", "syndicats à vocation unique", """
        ## Un nombre en baisse continue

        Au 1er janvier 2024, la France compte 8 600 syndicats de communes et syndicats mixtes, contre plus de 13 000 en 2015. La baisse, de 4 % en un an, se poursuit à un rythme plus lent qu'au moment de l'achèvement de la carte intercommunale. Elle touche surtout les syndicats à vocation unique, dont les compétences sont reprises par les communautés de communes et d'agglomération.

        ## Des compétences techniques

        Les syndicats restent très présents dans l'eau potable, l'assainissement, l'énergie et le transport scolaire. Les syndicats mixtes, qui associent des communes, des intercommunalités et parfois des départements ou des régions, gèrent souvent des équipements de grande taille : traitement des déchets, aménagement des bassins versants, numérique.

        ## Des écarts entre régions

        Le nombre de syndicats rapporté au nombre de communes varie fortement. Il est plus élevé dans les régions où les communes sont nombreuses et petites, et plus faible là où les intercommunalités ont repris tôt les compétences de réseau, comme en Bretagne. En Occitanie, les syndicats scolaires restent nombreux. Les données par département sont disponibles sur le site de la DGCL.
        """) with { InfoTitle = "BIS 191" };
}

/// <summary>Table with one row per région (Auvergne-Rhône-Alpes first, the overseas collectivities grouped): France, not its rows (the Pays de la Loire row is a subject of another document here; the Collectivité de Corse is named in the method).</summary>
public sealed class OfglRegionsInvestissement2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-investissement-des-regions-2023.html",
        "L'investissement des régions en 2023 : le tableau par région", "OFGL", "2024-04-16",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/donnees/investissement-regions-2023", """
        ## Le tableau

        Les dépenses d'investissement des régions ont progressé de 7 % en 2023, portées par les transports ferroviaires et les lycées. Le tableau présente, pour chaque région, les dépenses d'équipement et les subventions d'investissement versées, rapportées au nombre d'habitants.

        | Région | Dépenses d'investissement (€/hab.) | Évolution 2022-2023 |
        | Auvergne-Rhône-Alpes | 162 | + 6 % |
        | Bourgogne-Franche-Comté | 171 | + 4 % |
        | Bretagne | 188 | + 9 % |
        | Centre-Val de Loire | 176 | + 5 % |
        | Grand Est | 158 | + 8 % |
        | Hauts-de-France | 149 | + 7 % |
        | Île-de-France | 141 | + 11 % |
        | Normandie | 183 | + 3 % |
        | Nouvelle-Aquitaine | 167 | + 6 % |
        | Occitanie | 179 | + 5 % |
        | Pays de la Loire | 192 | + 10 % |
        | Provence-Alpes-Côte d'Azur | 138 | + 2 % |
        | Régions et collectivités uniques d'outre-mer | 240 à 410 | - 3 à + 14 % |

        ## Méthode

        Les montants sont issus des comptes de gestion. La Collectivité de Corse, qui exerce aussi les compétences des départements, n'est pas présentée avec les régions. Le fichier complet, avec les séries depuis 2016, est disponible en données ouvertes.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Données", "Régions"] };
}

/// <summary>Methodological note on the yearly update of the code officiel géographique (merges, renamings, transfers): France; no place is named.</summary>
public sealed class InseeNoteCogMiseAJour2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("insee-note-mise-a-jour-cog-2024.html",
        "Code officiel géographique : comment lire les mises à jour annuelles", "INSEE", "2024-02-13",
        DocumentTypeLabels.Methodo, Themes.Geo, "https://insee.example/methodes/cog-mises-a-jour", """
        ## Ce qu'est le code officiel géographique

        Le code officiel géographique rassemble les codes et les libellés des communes, des arrondissements, des cantons, des départements et des régions. Il est mis à jour au 1er janvier de chaque année et publié avec l'historique des événements survenus depuis 1943.

        ## Les événements

        Chaque modification est décrite par un type d'événement : création d'une commune nouvelle, rétablissement d'une commune, changement de nom, transfert de chef-lieu, changement de département. Lors d'une fusion, la commune nouvelle reprend le code de la commune chef-lieu ; les communes fusionnées disparaissent, mais leur code reste lisible dans la table des mouvements, avec leur statut éventuel de commune déléguée ou associée.

        ## Conseils d'usage

        Pour comparer des données dans le temps, il faut les ramener à une même géographie, en général celle de l'année la plus récente. Les tables de passage publiées avec le code permettent d'agréger les anciennes communes. Les codes des intercommunalités, qui sont des numéros SIREN, ne font pas partie du code officiel géographique : ils relèvent du répertoire des entreprises et des établissements.
        """) with { Meta = HtmlMeta.None, TimeElement = true };
}

/// <summary>National overview of the offices publics de l'habitat (all OPH of France): France; no office or place is named.</summary>
public sealed class MinistereOphPanorama2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("ministere-logement-panorama-oph-2023.html",
        "Les offices publics de l'habitat : panorama national 2023", "Ministère chargé du logement", "2023-09-28",
        DocumentTypeLabels.Etude, Themes.Social, "https://logement.gouv.example/etudes/panorama-oph-2023", """
        ## Les organismes

        Les offices publics de l'habitat sont des établissements publics locaux rattachés à une commune, à une intercommunalité ou à un département. Ils sont aujourd'hui 176, contre 250 il y a dix ans : la loi a imposé le regroupement des organismes qui géraient moins de 12 000 logements, soit par fusion, soit au sein de sociétés de coordination.

        ## Le patrimoine

        Les offices gèrent ensemble 2,3 millions de logements, soit près de la moitié du parc social. Leur patrimoine est plus ancien que celui des entreprises sociales pour l'habitat : 41 % des logements ont été construits avant 1975. Les offices rattachés aux départements sont souvent implantés dans des territoires ruraux ; ceux rattachés aux intercommunalités dominent dans les grandes agglomérations.

        ## La situation financière

        L'autofinancement net des offices s'est dégradé en 2022 et 2023 sous l'effet de la hausse des taux du livret A, qui renchérit leur dette, et de la réduction de loyer de solidarité. Les investissements dans la rénovation énergétique restent élevés, mais la production de logements neufs ralentit.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Statistiques", "Logement social"] };
}

/// <summary>Accessibility statement of a web site (with a postal address in Paris): no territorial subject.</summary>
public sealed class OfglDeclarationAccessibilite2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-declaration-accessibilite-2024.html",
        "Déclaration d'accessibilité", "OFGL", "2024-01-09",
        DocumentTypeLabels.Page, Themes.Finances, "https://data.ofgl.example/accessibilite", """
        ## État de conformité

        Ce site est partiellement conforme au référentiel général d'amélioration de l'accessibilité, en raison des non-conformités énumérées ci-dessous. L'audit, réalisé par un prestataire externe, a porté sur un échantillon de quinze pages représentatives, dont la page d'accueil, le moteur de recherche et les fiches financières.

        ## Contenus non accessibles

        Certains graphiques ne disposent pas d'une alternative textuelle complète ; les données correspondantes sont toutefois téléchargeables au format tableur. Quelques documents PDF anciens ne sont pas balisés. Le contraste de certains boutons est insuffisant. Ces défauts seront corrigés lors de la refonte prévue au second semestre.

        ## Voies de recours

        Si vous constatez un défaut d'accessibilité qui vous empêche d'accéder à un contenu, vous pouvez nous écrire par le formulaire de contact ou par courrier à l'adresse du secrétariat, 20 avenue de Ségur, 75007 Paris. Si vous n'obtenez pas de réponse rapide, vous pouvez saisir le Défenseur des droits.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Accessibilité"] };
}

/// <summary>User guide of an online reporting form (accounts, passwords, file formats): no territorial subject.</summary>
public sealed class DgclGuideSaisieEnLigne2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("dgcl-guide-utilisateur-plateforme-saisie-2024.pdf",
        "Guide de l'utilisateur de la plateforme de saisie des enquêtes", "DGCL", "2024-01-22",
        DocumentTypeLabels.Guide, Themes.Emploi, "https://collectivites-locales.example/enquetes/guide-utilisateur.pdf",
        "Plateforme de saisie - guide de l'utilisateur", "mot de passe", """
        ## Créer son compte

        L'accès à la plateforme est réservé aux agents désignés par leur employeur. Lors de la première connexion, saisissez l'identifiant reçu par courriel, puis choisissez un mot de passe d'au moins douze caractères, comprenant des chiffres et des caractères spéciaux. Le compte est verrouillé après cinq tentatives infructueuses ; il peut être débloqué par l'assistance.

        ## Remplir un questionnaire

        Chaque questionnaire est divisé en onglets. Les données sont enregistrées automatiquement à chaque changement d'onglet. Les champs obligatoires sont signalés par un astérisque. Un contrôle de cohérence s'exécute lors de la validation : les anomalies bloquantes doivent être corrigées, les avertissements peuvent être justifiés par un commentaire.

        ## Importer un fichier

        Les employeurs qui disposent d'un logiciel de paie peuvent importer un fichier au format CSV, encodé en UTF-8, avec le point-virgule comme séparateur. Le modèle de fichier et la liste des codes attendus sont téléchargeables depuis la page d'accueil. En cas de difficulté, l'assistance répond du lundi au vendredi, de 9 heures à 17 heures.
        """) with { InfoTitle = "" };
}
