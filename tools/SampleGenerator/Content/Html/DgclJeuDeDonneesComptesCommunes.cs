using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class DgclJeuDeDonneesComptesCommunes : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-jeu-de-donnees-comptes-individuels-communes.html",
        Title = "Comptes individuels des communes 2015-2023 (jeu de données)",
        Publisher = "DGCL",
        Date = "2024-09-10",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Finances],
        Url = "https://dgcl.example/donnees/comptes-individuels-communes",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Données", "Finances locales"],
        Lead = "Un fichier par exercice, une ligne par commune : les principaux agrégats financiers des 34 900 communes, de 2015 à 2023.",
        PdfLink = ("https://dgcl.example/donnees/comptes-individuels-communes/dictionnaire-des-variables.pdf", "Dictionnaire des variables (PDF)"),
        Body = """
            ## Description du jeu de données

            Ce jeu de données rassemble les comptes individuels des communes de France, de l'exercice 2015 à l'exercice 2023. Il est produit à partir des comptes de gestion tenus par les comptables publics. Chaque fichier annuel contient une ligne par commune et une centaine de variables : population, produits et charges de fonctionnement, épargne, dépenses d'équipement, dette, fiscalité, dotations. Les montants sont exprimés en milliers d'euros et en euros par habitant, avec pour chaque indicateur la moyenne de la strate démographique.

            ## Ressources disponibles

            | Fichier | Format | Lignes | Taille |
            | comptes-communes-2023.csv | CSV (séparateur point-virgule) | 34 945 | 38 Mo |
            | comptes-communes-2022.csv | CSV (séparateur point-virgule) | 34 955 | 38 Mo |
            | comptes-communes-2015-2023.parquet | Parquet | 314 700 | 121 Mo |
            | dictionnaire-des-variables.pdf | PDF | – | 0,4 Mo |
            | strates-demographiques.csv | CSV | 12 | 1 ko |
            Note : tailles et nombres de lignes donnés à titre indicatif (jeu de données fictif).

            ## Principales variables

            - Code officiel géographique de la commune, nom, département, région, code SIREN.
            - Population totale et population de la strate de référence.
            - Produits de fonctionnement, dont impôts locaux, dotation globale de fonctionnement, autres dotations.
            - Charges de fonctionnement, dont charges de personnel, achats et charges externes, charges financières.
            - Épargne brute (capacité d'autofinancement), épargne nette.
            - Dépenses d'équipement, subventions reçues, emprunts nouveaux, remboursements.
            - Encours de la dette au 31 décembre, annuité de la dette.
            - Bases et taux d'imposition de la taxe foncière sur les propriétés bâties et non bâties.

            ## Mises à jour

            Le fichier de l'exercice N est publié à l'automne de l'année N + 1, puis révisé l'année suivante pour intégrer les comptes transmis tardivement. Les communes nouvelles issues de fusions sont présentes sous leur code au 1er janvier de l'exercice ; une table de passage permet de reconstituer des séries à géographie constante. Ainsi, la commune nouvelle d'Annecy (Haute-Savoie), créée en 2017, remplace à partir de cet exercice les six communes fondatrices.

            ## Conditions d'utilisation

            Les données sont diffusées sous Licence Ouverte / Open Licence version 2.0. Leur réutilisation est libre, y compris à des fins commerciales, sous réserve de mentionner la source et la date de dernière mise à jour. Une interface de programmation permet d'interroger les données commune par commune.

            ## Précautions d'utilisation

            Les comptes individuels portent sur le seul budget principal de la commune. Pour les communes qui gèrent des services importants en budgets annexes (eau, assainissement, transports), il est préférable d'utiliser les comptes consolidés, publiés séparément. Les comparaisons entre communes doivent tenir compte de l'intercommunalité : une commune membre d'un groupement très intégré exerce moins de compétences et affiche donc des dépenses plus faibles.

            Les moyennes de strate sont calculées sur l'ensemble des communes de la même tranche de population, hors Paris. Les communes touristiques, dont la population réelle dépasse largement la population légale, apparaissent souvent avec des ratios par habitant élevés.

            ## Exemple de réutilisation

            Un réutilisateur a construit un tableau de bord des finances des communes du Finistère, qui compare l'épargne brute et l'encours de dette de chaque commune à la moyenne de sa strate. Un autre a cartographié l'évolution des taux de taxe foncière dans les communes de plus de 10 000 habitants depuis 2015. Ces réutilisations, comme ce jeu de données, sont des exemples fictifs d'un corpus de démonstration.

            ## Contact

            Pour signaler une anomalie ou proposer une amélioration, utilisez l'onglet « Discussions » de la page du jeu de données. Les questions sont traitées par le département des études et des statistiques locales.
            """,
    };
}
