using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class OfglNoteMethodoAgregats : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-note-methodologique-agregats-financiers.html",
        Title = "Note méthodologique : définition des agrégats financiers de l'OFGL",
        Publisher = "OFGL",
        Date = "2022-02-01",
        Type = DocumentTypeLabels.Methodo,
        Themes = [Themes.Finances],
        Url = "https://ofgl.example/donnees/note-methodologique-agregats",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Données", "Méthodologie"],
        Lead = "Épargne brute, épargne nette, dépenses d'équipement, encours de dette : comment l'Observatoire calcule ses principaux agrégats à partir des balances comptables.",
        Body = """
            ## Objet de la note

            Les données publiées par l'Observatoire reposent sur des agrégats financiers calculés de manière homogène pour toutes les collectivités, quelle que soit la nomenclature comptable qu'elles appliquent. Cette note en donne la définition. Elle précise les comptes utilisés, les retraitements opérés et les limites de comparaison. Elle s'applique aux communes, aux groupements à fiscalité propre, aux départements, aux régions et aux collectivités territoriales uniques.

            ## Les agrégats de la section de fonctionnement

            - Les recettes de fonctionnement comprennent les impôts et taxes, les dotations et participations, les produits des services et du domaine et les autres produits réels, hors produits de cessions.
            - Les dépenses de fonctionnement comprennent les frais de personnel, les achats et charges externes, les dépenses d'intervention (subventions, contributions, prestations sociales), les charges financières et les autres charges réelles.
            - L'épargne brute est la différence entre les recettes et les dépenses de fonctionnement. Elle est aussi appelée capacité d'autofinancement brute.
            - L'épargne nette est l'épargne brute diminuée des remboursements de dette, hors opérations de refinancement.

            ## Les agrégats de la section d'investissement

            Les dépenses d'investissement hors remboursements de dette comprennent les dépenses d'équipement, les subventions d'équipement versées et les autres dépenses d'investissement. Les recettes d'investissement hors emprunts comprennent les subventions reçues, le fonds de compensation pour la TVA, les produits de cessions et les autres recettes. Le besoin ou la capacité de financement est la différence entre les recettes et les dépenses totales, hors emprunts et remboursements.

            | Agrégat | Formule simplifiée | Unité de publication |
            | Épargne brute | Recettes – dépenses de fonctionnement | Euros et € par habitant |
            | Taux d'épargne brute | Épargne brute / recettes de fonctionnement | Pourcentage |
            | Épargne nette | Épargne brute – remboursements de dette | Euros |
            | Capacité de désendettement | Encours de dette / épargne brute | Années |
            | Effort d'équipement | Dépenses d'équipement / recettes de fonctionnement | Pourcentage |
            Note : formules présentées de façon simplifiée, à titre d'illustration.

            ## Les retraitements

            Les flux croisés entre budget principal et budgets annexes sont neutralisés lorsque les comptes sont consolidés. Les opérations de refinancement de dette, qui se traduisent par un emprunt et un remboursement simultanés, sont exclues des emprunts et des remboursements. Les atténuations de produits, comme les reversements de fiscalité des groupements aux communes, sont déduites des recettes. Ainsi, les attributions de compensation versées par un groupement ne sont pas comptées comme des dépenses de fonctionnement du groupement, mais comme une diminution de ses recettes.

            ## Les populations utilisées

            Les ratios par habitant utilisent la population totale en vigueur au 1er janvier de l'exercice. Pour les collectivités touristiques, un ratio complémentaire utilise la population DGF, qui ajoute un habitant par résidence secondaire.

            ## Le calendrier des données

            Les agrégats provisoires d'un exercice sont publiés au printemps suivant, à partir des premières balances. Les agrégats définitifs sont diffusés à l'automne, après intégration de l'ensemble des comptes. Les séries longues sont recalculées chaque année lorsque la méthode évolue, afin que les évolutions publiées soient toujours mesurées à méthode constante.

            ## Limites

            Les comparaisons entre collectivités d'une même catégorie doivent tenir compte des compétences exercées, des modes de gestion (régie ou délégation) et de la structure de la population. Les agrégats de cette note sont décrits à titre d'exemple dans un corpus de démonstration ; ils ne constituent pas la documentation officielle d'un organisme.
            """,
    };
}
