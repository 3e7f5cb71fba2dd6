using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

public sealed class DgfipGuideBalancesComptables : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "dgfip-guide-lecture-balances-comptables.pdf",
        Title = "Guide de lecture des balances comptables des collectivités locales",
        Publisher = "DGFiP",
        Date = "2019-05-22",
        Type = DocumentTypeLabels.Guide,
        Themes = [Themes.Finances],
        Url = "https://impots-collectivites.example/donnees/guide-balances-comptables.pdf",
        RunningHeader = "DGFiP — Guide de lecture des balances comptables",
        Ligatures = true,
        Masthead = ["Direction générale des finances publiques", "Guide — édition mai 2019"],
        Subtitle = "Comprendre les fichiers de balances publiés en données ouvertes",
        CheckPhrase = "balance comptable",
        Body = """
            Les balances comptables des collectivités locales et de leurs établissements sont publiées chaque année en données ouvertes. Ce guide explique la structure des fichiers, le sens des principales colonnes et la façon de reconstituer les grands agrégats financiers. Il s'adresse aux analystes financiers, aux chercheurs, aux journalistes et aux élus qui souhaitent exploiter ces données sans passer par des outils spécialisés.

            ## 1. Qu'est-ce qu'une balance comptable ?

            La balance est un état récapitulatif, tenu par le comptable public, qui présente pour chaque compte du plan comptable les soldes d'entrée, les opérations de l'exercice (débits et crédits) et les soldes de sortie. Elle est établie pour chaque budget : budget principal et budgets annexes. La balance reflète l'exécution budgétaire et la situation patrimoniale de la collectivité.

            [[cols]]
            ### Structure d'un fichier

            Chaque ligne du fichier correspond à un compte d'un budget d'une collectivité pour un exercice. Les colonnes identifient l'exercice, la collectivité (numéro SIREN, nom, catégorie), le budget (code, nature principal ou annexe), la nomenclature comptable et le compte. Viennent ensuite les montants : balance d'entrée débit et crédit, opérations budgétaires débit et crédit, opérations d'ordre non budgétaires, et soldes de sortie.

            ### Les nomenclatures

            Les communes appliquent historiquement la nomenclature M14, les départements la M52, les régions la M71 ; les services publics industriels et commerciaux relèvent de la M4 et de ses déclinaisons (M49 pour l'eau et l'assainissement, M43 pour les transports). La nomenclature M57, d'abord réservée aux métropoles et aux collectivités territoriales uniques, a été ouverte à toutes les collectivités sur option et devient la norme.

            ### Les classes de comptes

            Les comptes de classe 1 à 5 retracent le bilan (capitaux, immobilisations, stocks, tiers, financiers) ; les comptes de classe 6 et 7 retracent les charges et les produits. Ainsi, les dépenses d'équipement se lisent principalement aux comptes 20, 21 et 23.
            [[/cols]]

            ## 2. Reconstituer les agrégats

            | Agrégat | Comptes utilisés (principaux) | Colonne |
            | Frais de personnel | 64, 621, 6331, 6332, 6336 | Opérations budgétaires débit |
            | Impôts locaux | 73111, 73112 (M14) | Opérations budgétaires crédit |
            | Dotation globale de fonctionnement | 7411, 74121, 74122, 74123 | Opérations budgétaires crédit |
            | Dépenses d'équipement | 20, 21, 23 hors 204 | Opérations budgétaires débit |
            | Emprunts nouveaux | 16 hors 166, 1688 | Opérations budgétaires crédit |
            | Encours de dette | 16 hors 1688 | Solde de sortie créditeur |
            Source : DGFiP (table simplifiée, à titre d'exemple).

            Il faut toujours retrancher les annulations de titres et de mandats, retracées dans les comptes de la même racine, et veiller à ne pas additionner les opérations d'ordre budgétaires, qui ne donnent pas lieu à des mouvements de trésorerie.

            ## 3. Exemple de lecture

            La commune de Montauban (Tarn-et-Garonne) présente en 2018 un solde créditeur de 74,6 millions d'euros au compte 16 : c'est son encours de dette au 31 décembre. Les opérations budgétaires créditrices du compte 1641 (8,2 millions d'euros) correspondent aux emprunts souscrits dans l'année ; les opérations débitrices du même compte (6,9 millions d'euros) aux remboursements en capital. Ces montants sont fictifs et servent d'illustration.

            ## 4. Les pièges fréquents

            - Confondre la balance d'un budget annexe avec celle du budget principal : le code budget doit être filtré.
            - Oublier les comptes de rattachement (408, 418) lorsque l'on cherche les charges de l'exercice.
            - Comparer sans précaution des collectivités qui n'appliquent pas la même nomenclature.
            - Additionner des balances de collectivités d'un même territoire sans neutraliser les flux croisés.
            - Lire un solde débiteur comme une dépense : le solde cumule plusieurs exercices.

            ## 5. Pour aller plus loin

            Les balances sont complétées par des fichiers de présentation croisée et par les comptes individuels des collectivités, consultables commune par commune. Les instructions budgétaires et comptables, mises à jour chaque année, restent la référence pour le sens de chaque compte.

            Ce guide est un document fictif rédigé pour un corpus de démonstration : les montants et les tables sont des illustrations.
            """,
    };
}
