using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class DgclGuideBudgetCommunal2016 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-guide-budget-communal-2016.html",
        Title = "Guide pratique : le budget communal expliqué aux nouveaux élus",
        Publisher = "DGCL",
        Date = "2016-02-02",
        Type = DocumentTypeLabels.Guide,
        Themes = [Themes.Finances],
        Url = "https://dgcl.example/finances-locales/guides/budget-communal",
        Meta = HtmlMeta.DublinCore,
        DateCue = "Publication : 2 février 2016",
        Breadcrumb = ["Finances locales", "Guides"],
        Lead = "Calendrier, principes budgétaires, sections de fonctionnement et d'investissement, rôle du comptable public : l'essentiel pour comprendre et voter le budget de sa commune.",
        Body = """
            ## Le calendrier budgétaire

            Le budget primitif d'une commune est voté avant le 15 avril de l'année à laquelle il se rapporte, ou avant le 30 avril l'année du renouvellement du conseil municipal. Dans les communes de 3 500 habitants et plus, le vote du budget est précédé, dans les deux mois, d'un débat d'orientation budgétaire fondé sur un rapport présenté par le maire. En cours d'année, des décisions modificatives ajustent les crédits. Le compte administratif, qui retrace l'exécution du budget, est voté avant le 30 juin de l'année suivante, en même temps que le conseil arrête le compte de gestion établi par le comptable public.

            ## Les grands principes

            - L'annualité : le budget est voté pour une année civile.
            - L'unité : toutes les recettes et dépenses figurent dans un document unique, complété le cas échéant par des budgets annexes.
            - L'universalité : les recettes ne sont pas affectées à des dépenses particulières, sauf exceptions.
            - La spécialité : les crédits sont votés par chapitre ou par article et ne peuvent être utilisés pour une autre dépense.
            - L'équilibre réel : chaque section est votée en équilibre, et le remboursement de la dette doit être couvert par des ressources propres.

            ## Deux sections

            La section de fonctionnement retrace les opérations courantes : charges de personnel, achats, entretien, subventions aux associations, intérêts de la dette en dépenses ; impôts locaux, dotations de l'État, produits des services en recettes. La section d'investissement retrace les opérations qui modifient le patrimoine de la commune : travaux, acquisitions, remboursement du capital des emprunts en dépenses ; subventions d'équipement, emprunts, fonds de compensation pour la TVA et autofinancement en recettes.

            | Exemple : commune de 2 500 habitants | Fonctionnement (k€) | Investissement (k€) |
            | Dépenses | 1 850 | 960 |
            | Recettes | 2 150 | 660 |
            | Virement de la section de fonctionnement | – 300 | + 300 |
            | Résultat | 0 | 0 |
            Note : montants fictifs donnés à titre pédagogique.

            ## Le rôle du comptable public

            Le maire est l'ordonnateur : il engage les dépenses, liquide et ordonnance les paiements, émet les titres de recettes. Le comptable public, agent de la DGFiP, paie les dépenses et encaisse les recettes après avoir vérifié leur régularité. Cette séparation des fonctions est un principe fondamental des finances publiques locales. Le comptable peut refuser un paiement si les pièces justificatives sont incomplètes.

            ## Le contrôle

            Le préfet exerce le contrôle budgétaire : il peut saisir la chambre régionale des comptes si le budget n'est pas voté dans les délais, s'il n'est pas en équilibre réel ou si le compte administratif présente un déficit important. La chambre régionale des comptes contrôle aussi la gestion des communes, dans des rapports d'observations définitives rendus publics.

            ## Les budgets annexes

            Certains services doivent être retracés dans un budget annexe : l'eau, l'assainissement, les lotissements ou les services industriels et commerciaux. Le budget annexe permet de connaître le coût réel du service et, pour les services industriels et commerciaux, de vérifier qu'il est financé par les usagers et non par le contribuable.

            ## Conseils aux nouveaux élus

            Consultez les ratios de votre commune et comparez-les à ceux de la strate. Demandez un plan pluriannuel d'investissement. Suivez l'épargne brute et la capacité de désendettement, deux indicateurs simples de la santé financière. Ainsi, vous pourrez débattre des choix budgétaires en connaissance de cause. Ce guide est un exemple fictif écrit pour un corpus de démonstration.
            """,
    };
}
