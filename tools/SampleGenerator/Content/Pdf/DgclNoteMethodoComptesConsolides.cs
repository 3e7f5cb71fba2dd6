using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

/// <summary>No sidecar, empty Info title.</summary>
public sealed class DgclNoteMethodoComptesConsolides : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "note-methodo-comptes-consolides.pdf",
        Title = "Note méthodologique : les comptes consolidés des collectivités locales",
        Publisher = "DGCL",
        Date = "2024-03-14",
        Type = DocumentTypeLabels.Methodo,
        Themes = [Themes.Finances],
        Url = "https://dgcl.example/statistiques/methodes/comptes-consolides.pdf",
        HasSidecar = false,
        InfoTitle = "",
        RunningHeader = "Note méthodologique — comptes consolidés",
        FooterLabel = "Direction générale des collectivités locales",
        Masthead = ["Direction générale des collectivités locales — Département des études et des statistiques locales"],
        Subtitle = "Périmètre, retraitements et précautions d'usage",
        Byline = ["Publication : 14 mars 2024"],
        CheckPhrase = "budgets annexes",
        Body = """
            Cette note décrit la méthode utilisée pour établir les comptes consolidés des collectivités locales publiés dans les bulletins statistiques et dans le rapport annuel sur les finances locales. La consolidation vise à donner une image complète de l'activité financière d'une collectivité ou d'un ensemble de collectivités, en additionnant plusieurs budgets et en neutralisant les flux qui circulent entre eux.

            ## 1. Pourquoi consolider ?

            Une collectivité tient un budget principal et, le cas échéant, un ou plusieurs budgets annexes : eau, assainissement, transports, zones d'activité, lotissements, crématorium… Les services industriels et commerciaux doivent être retracés dans des budgets annexes distincts. Se limiter au budget principal conduit donc à sous-estimer l'activité de certaines collectivités, en particulier des groupements à fiscalité propre, dont les budgets annexes représentent en moyenne 22 % des dépenses totales.

            Additionner simplement les budgets conduirait à l'inverse à compter deux fois les flux internes : une subvention d'équilibre versée par le budget principal au budget annexe des transports apparaît en dépense dans le premier et en recette dans le second.

            ## 2. Le périmètre

            [[cols]]
            Trois niveaux de consolidation sont utilisés :

            - la consolidation d'une collectivité : budget principal et budgets annexes ;
            - la consolidation d'un bloc communal : une intercommunalité à fiscalité propre et ses communes membres ;
            - la consolidation nationale d'une catégorie : toutes les communes, tous les départements, etc.

            Les syndicats intercommunaux, les syndicats mixtes et les établissements publics locaux (centres communaux d'action sociale, caisses des écoles, services départementaux d'incendie et de secours) ne sont pas inclus dans le périmètre des collectivités ; leurs comptes font l'objet de publications séparées. Ainsi, une contribution versée par une commune à un syndicat reste une dépense de la commune.

            ### Les sources

            Les données proviennent des balances comptables des comptables publics de la DGFiP, disponibles pour chaque budget. Les comptes de gestion sont préférés aux comptes administratifs, car ils sont disponibles de manière homogène et exhaustive.
            [[/cols]]

            ## 3. Les retraitements

            Les flux réciproques entre budgets d'une même entité sont identifiés par les comptes d'imputation prévus par les instructions budgétaires (M57, M14, M52, M4). Ils sont retirés simultanément des dépenses et des recettes.

            | Flux neutralisé | Compte de dépense | Compte de recette | Montant 2022 (Md€, fictif) |
            | Subventions d'équilibre aux budgets annexes | 657364 | 774 | 2,1 |
            | Remboursements de frais entre budgets | 62871 | 70872 | 0,9 |
            | Avances et prêts entre budgets | 2763 | 1687 | 0,4 |
            | Mises à disposition de personnel | 6217 | 70841 | 0,3 |
            Source : DGCL (comptes et montants donnés à titre d'exemple).

            Les opérations d'ordre, qui n'entraînent ni encaissement ni décaissement (amortissements, cessions, travaux en régie), sont exclues des agrégats de dépenses et de recettes réelles.

            ## 4. Les agrégats publiés

            - Recettes et dépenses réelles de fonctionnement ;
            - épargne brute, épargne nette, capacité ou besoin de financement ;
            - dépenses d'investissement hors remboursements de dette ;
            - encours de dette au 31 décembre et capacité de désendettement.

            ## 5. Précautions d'usage

            Les comparaisons dans le temps doivent tenir compte des changements de nomenclature : le passage progressif à la nomenclature M57, généralisé en 2024, modifie le classement de certaines opérations. Les comparaisons entre collectivités doivent tenir compte des compétences exercées, très variables dans le bloc communal selon le degré d'intégration intercommunale. Enfin, les montants publiés avant consolidation et après consolidation ne sont pas comparables.

            | Exemple : une communauté d'agglomération (M€) | Budget principal | Budgets annexes | Flux internes | Comptes consolidés |
            | Dépenses réelles totales | 182 | 64 | – 19 | 227 |
            | Recettes réelles totales | 188 | 61 | – 19 | 230 |

            ## 6. Calendrier de diffusion

            Les comptes consolidés provisoires d'un exercice sont diffusés au début de l'été suivant, à partir des balances disponibles en juin. Les comptes définitifs sont publiés un an plus tard, lorsque l'ensemble des comptes de gestion a été produit. Les écarts entre les deux versions sont en général inférieurs à 0,5 % pour les grands agrégats nationaux.

            Cette note est un document fictif destiné à un corpus de démonstration ; les numéros de comptes sont donnés à titre d'illustration.
            """,
    };
}
