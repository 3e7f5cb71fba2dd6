using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind8 territory split (issue 13): national notes and tables (France), national notes citing examples, documents with no territory.
namespace SampleGenerator.Content.TerritoryBlind8;

/// <summary>National DREES note with a table by région (every metropolitan région and the DROM) -> france:FR; table rows are not subjects.</summary>
public sealed class DreesRsaRegions2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("drees-etudes-resultats-rsa-regions-2023.pdf",
        "Le revenu de solidarité active fin 2022 : des écarts territoriaux persistants", "DREES", "2023-11-16",
        DocumentTypeLabels.Publication, Themes.Social, "https://drees.example/etudes-et-resultats/rsa-2022.pdf",
        "Études et Résultats n° 1288", "revenu de solidarité active", """
        ## Un nombre d'allocataires en baisse

        Fin 2022, 1,86 million de foyers sont allocataires du revenu de solidarité active en France, soit 3 % de moins qu'un an plus tôt. La baisse, observée dans toutes les régions, suit l'amélioration du marché du travail. Les dépenses d'allocation des départements atteignent 11,6 milliards d'euros.

        ## Des taux très variables

        | Région | Allocataires pour 100 ménages |
        | Auvergne-Rhône-Alpes | 4,2 |
        | Bourgogne-Franche-Comté | 4,6 |
        | Bretagne | 3,7 |
        | Centre-Val de Loire | 4,8 |
        | Corse | 4,9 |
        | Grand Est | 5,3 |
        | Hauts-de-France | 7,4 |
        | Île-de-France | 5,5 |
        | Normandie | 5,2 |
        | Nouvelle-Aquitaine | 4,8 |
        | Occitanie | 6,6 |
        | Pays de la Loire | 3,6 |
        | Provence-Alpes-Côte d'Azur | 6,4 |
        | DROM | 19,8 |
        Source : Cnaf, MSA, calculs DREES (données fictives).

        ## Lecture

        Les écarts reflètent ceux du chômage et de la pauvreté. Dans les départements et régions d'outre-mer, un ménage sur cinq est allocataire.

        La durée moyenne de présence dans le dispositif continue de s'allonger : plus d'un foyer allocataire sur trois perçoit le revenu de solidarité active depuis au moins cinq ans. Les jeunes de moins de 30 ans représentent 18 % des allocataires.
        """);
}

/// <summary>National DGCL note on communes nouvelles citing a few as examples (Annecy, Cherbourg-en-Cotentin, Livarot-Pays-d'Auge, two régions) -> france:FR only; the examples are mentions.</summary>
public sealed class DgclCommunesNouvelles2024 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-bis-communes-nouvelles-2024.html",
        "Communes nouvelles : un mouvement qui ralentit", "DGCL", "2024-03-05",
        DocumentTypeLabels.Bis, Themes.Geo, "https://collectivites-locales.example/bis/communes-nouvelles-2024", """
        ## Le bilan au 1er janvier 2024

        Depuis la loi de 2010, 805 communes nouvelles ont été créées en regroupant 2 560 communes. Au 1er janvier 2024, la France compte 34 935 communes. Le mouvement a culminé en 2016 et 2017 ; il s'est nettement ralenti depuis les élections municipales de 2020.

        ## Des formes diverses

        La plupart des communes nouvelles réunissent deux ou trois villages de moins de 1 000 habitants. Certaines, comme Annecy ou Cherbourg-en-Cotentin, ont réuni une ville-centre et ses voisines ; d'autres, comme Livarot-Pays-d'Auge, couvrent l'ancien territoire d'une communauté de communes. La Normandie et les Pays de la Loire concentrent à elles seules 45 % des communes fusionnées.
        """) with { Meta = HtmlMeta.DublinCore, Lead = "Bulletin d'information statistique n° 186" };
}

/// <summary>OFGL methodological note on the départements' droits de mutation, a level of local authority -> france:FR; no place is named.</summary>
public sealed class OfglDmtoMethode2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-note-methode-dmto-departements-2023.html",
        "Droits de mutation à titre onéreux des départements : note de méthode", "OFGL", "2023-05-16",
        DocumentTypeLabels.Methodo, Themes.Finances, "https://ofgl.example/methodes/dmto-departements", """
        ## Ce que mesurent les données

        Les droits de mutation à titre onéreux perçus par les départements sont suivis à partir des encaissements mensuels transmis par la DGFiP. Ils comprennent la taxe départementale de publicité foncière et le droit départemental d'enregistrement, déduction faite des frais d'assiette.

        ## Les précautions de lecture

        Les données mensuelles sont provisoires et révisées pendant trois mois. Les comparaisons entre départements doivent tenir compte des taux votés, presque tous au plafond, et du fonds national de péréquation, qui redistribue une partie des recettes. La série est disponible depuis 2013 pour l'ensemble des départements, hors collectivités à statut particulier.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Méthodes", "Finances départementales"] };
}

/// <summary>National table with one row per département of a sample (a département table: Ain to Vosges, selection) -> france:FR; rows are not subjects.</summary>
public sealed class MinistereTravailDepartements2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("ministere-travail-contrats-aides-departements-2023.html",
        "Contrats aidés dans le secteur non marchand : entrées par département en 2023", "Ministère du Travail, du Plein emploi et de l'Insertion", "2024-03-26",
        DocumentTypeLabels.Dataset, Themes.Emploi, "https://travail-emploi.example/statistiques/pec-departements-2023", """
        ## Le tableau

        Le tableau complet, téléchargeable, donne pour chacun des 101 départements le nombre d'entrées en parcours emploi compétences en 2023, dont la part des employeurs publics locaux. Extrait :

        | Département | Entrées | Dont collectivités locales (%) |
        | 01 Ain | 612 | 41 |
        | 02 Aisne | 1 094 | 38 |
        | 03 Allier | 703 | 44 |
        | … | … | … |
        | 88 Vosges | 845 | 39 |
        | 971 Guadeloupe | 2 310 | 52 |
        | 976 Mayotte | 1 980 | 61 |
        | France entière | 79 400 | 40 |

        ## Définitions

        Une entrée correspond à une convention initiale. Les renouvellements ne sont pas comptés. Les collectivités locales comprennent les communes, leurs groupements, les départements et les régions.

        Les données sont issues du système d'information de l'agence de services et de paiement ; elles sont arrêtées au 31 mars de l'année suivante et peuvent être légèrement révisées.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Observatoire des territoires national note on small towns citing two as examples (Commercy, Confolens) -> france:FR only.</summary>
public sealed class AnctPetitesVilles2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("anct-petites-villes-de-demain-bilan-2023.pdf",
        "Petites villes de demain : trois ans de revitalisation", "Observatoire des territoires", "2023-11-07",
        DocumentTypeLabels.Etude, Themes.Geo, "https://observatoire-territoires.example/rapports/pvd-2023.pdf",
        "Observatoire des territoires - Petites villes de demain", "vacance commerciale", """
        ## Un programme national

        Le programme Petites villes de demain accompagne depuis 2020 plus de 1 600 communes de moins de 20 000 habitants qui exercent des fonctions de centralité. Ce bilan national rassemble les indicateurs suivis par l'observatoire pour l'ensemble des communes lauréates.

        ## Les premiers effets

        La vacance commerciale des centres-villes a cessé de progresser dans la moitié des communes lauréates. Les opérations de revitalisation de territoire, signées dans 1 100 d'entre elles, facilitent la rénovation de l'habitat ancien. Les communes de moins de 3 500 habitants, comme Confolens, peinent davantage à recruter un chef de projet que celles de taille moyenne, comme Commercy, qui mutualisent ce poste avec leur intercommunalité.

        ## Les enjeux

        La fin du financement des postes de chefs de projet, prévue en 2026, inquiète les élus. L'observatoire recommande de poursuivre le suivi des indicateurs au-delà du programme pour mesurer des effets qui se manifestent sur une décennie.
        """);
}

/// <summary>A guide on the electronic transmission of acts to the prefect, with no territorial subject -> none.</summary>
public sealed class DgclGuideActes2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-guide-teletransmission-actes-2023.html",
        "Télétransmettre ses actes au contrôle de légalité : questions fréquentes", "DGCL", "2023-03-14",
        DocumentTypeLabels.Guide, Themes.Geo, "https://collectivites-locales.example/guides/teletransmission-faq", """
        ## Quels actes peut-on télétransmettre ?

        Toutes les délibérations, arrêtés et décisions soumis à l'obligation de transmission peuvent l'être par voie électronique, ainsi que les documents budgétaires au format prévu. Les marchés publics volumineux peuvent être transmis en plusieurs envois.

        ## Quel est l'effet de l'accusé de réception ?

        L'acte devient exécutoire dès sa transmission, attestée par l'accusé de réception, et sa publication. L'accusé de réception ne vaut pas approbation : le contrôle de légalité peut intervenir dans le délai de recours de deux mois.

        ## Que faire en cas de panne ?

        Les actes urgents peuvent être déposés sur papier ; la collectivité les télétransmet ensuite pour garder un dossier complet.
        """) with { Meta = HtmlMeta.None, TimeElement = false };
}

/// <summary>An OFGL glossary of local-finance terms, with no territorial subject -> none.</summary>
public sealed class OfglLexique2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("ofgl-lexique-finances-locales-2023.pdf",
        "Lexique des finances locales", "OFGL", "2023-01-24",
        DocumentTypeLabels.Guide, Themes.Finances, "https://ofgl.example/outils/lexique-2023.pdf",
        "OFGL - lexique des finances locales", "épargne de gestion", """
        ## Avant-propos

        Ce lexique définit les principaux agrégats utilisés dans les publications de l'observatoire. Il s'adresse aux élus, aux agents et aux citoyens qui lisent un compte administratif ou une fiche financière.

        ## Définitions

        Épargne de gestion : différence entre les produits et les charges de gestion, avant prise en compte des intérêts de la dette.

        Épargne brute : épargne de gestion diminuée des intérêts de la dette et du solde des opérations exceptionnelles. Elle mesure la capacité à rembourser la dette et à financer les investissements.

        Épargne nette : épargne brute diminuée du remboursement en capital de la dette.

        Capacité de désendettement : encours de dette rapporté à l'épargne brute, exprimé en années.

        Dépenses d'équipement : acquisitions et travaux inscrits en section d'investissement, hors remboursement de la dette et hors subventions versées.

        Fonds de roulement : excédent des ressources stables sur les emplois stables, constaté au bilan.

        Autofinancement : ressources propres consacrées à l'investissement, y compris le fonds de compensation de la taxe sur la valeur ajoutée.
        """);
}
