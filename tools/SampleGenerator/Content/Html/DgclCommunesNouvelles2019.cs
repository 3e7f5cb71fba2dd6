using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

/// <summary>No sidecar: publisher cue in the page, date cue "janvier 2019".</summary>
public sealed class DgclCommunesNouvelles2019 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "communes-nouvelles-2019.html",
        Title = "Les communes nouvelles au 1er janvier 2019",
        Publisher = "DGCL",
        Date = "2019-01-15",
        Type = DocumentTypeLabels.Bis,
        Themes = [Themes.Geo],
        Url = "https://dgcl.example/statistiques/bis/bis-128-communes-nouvelles-2019",
        HasSidecar = false,
        DateCue = "Direction générale des collectivités locales — Bulletin d'information statistique n° 128 — janvier 2019",
        Breadcrumb = ["Statistiques", "Institutions"],
        Body = """
            Au 1er janvier 2019, la France compte 34 970 communes, contre 36 658 en 2015. Cette diminution résulte de la création de 774 communes nouvelles, qui ont regroupé 2 508 communes fondatrices. Le mouvement, encouragé par la loi de 2015 relative à l'amélioration du régime de la commune nouvelle et par des incitations financières, a été particulièrement fort en Normandie, dans les Pays de la Loire et dans le Grand Est. Il reste marginal dans le sud de la France.

            ## Un mouvement concentré dans l'ouest

            Les communes nouvelles sont nombreuses en Normandie, où la Manche et le Calvados ont perdu près d'un tiers de leurs communes, et en Maine-et-Loire, où plusieurs communes nouvelles regroupent toutes les communes d'une ancienne communauté de communes. Ainsi, la commune nouvelle de Sèvremoine (Maine-et-Loire) rassemble dix communes fondatrices et compte plus de 25 000 habitants. Dans la Manche, Cherbourg-en-Cotentin, née en 2016 de la fusion de cinq communes, dépasse 80 000 habitants.

            | Département | Communes nouvelles créées depuis 2015 | Communes fondatrices | Nombre de communes au 1er janvier 2019 |
            | Manche | 68 | 295 | 446 |
            | Calvados | 58 | 268 | 538 |
            | Maine-et-Loire | 38 | 176 | 186 |
            | Orne | 30 | 120 | 385 |
            | Eure | 28 | 111 | 585 |
            | Jura | 23 | 67 | 509 |
            | Ensemble de la France | 774 | 2 508 | 34 970 |
            Source : DGCL, code officiel géographique au 1er janvier 2019 (données fictives).

            ## Pourquoi les communes fusionnent-elles ?

            Les élus mettent en avant la mutualisation des moyens, le poids accru de la commune face à une intercommunalité élargie par les fusions de 2017, et la volonté de préserver une capacité d'action dans un contexte de baisse des dotations. Les communes nouvelles créées avant certaines dates ont bénéficié d'une garantie de leur dotation forfaitaire et d'une majoration de cette dotation pendant trois ans. Ces incitations ont accéléré les créations en 2016 et en 2019.

            ## Les communes déléguées

            Dans la plupart des communes nouvelles, les anciennes communes deviennent des communes déléguées, avec un maire délégué et une mairie annexe, où sont toujours célébrés les mariages et tenus les registres d'état civil. Ce dispositif rassure les habitants attachés à leur village. Certaines communes nouvelles ont toutefois supprimé les communes déléguées après quelques années, pour simplifier leur organisation.

            ## Taille des communes nouvelles

            La population médiane d'une commune nouvelle est de 2 100 habitants. Un tiers d'entre elles comptent moins de 1 000 habitants : elles regroupent souvent deux ou trois villages voisins. À l'opposé, une cinquantaine dépassent 10 000 habitants, comme Annecy (Haute-Savoie), Évry-Courcouronnes (Essonne) ou Charleville-Mézières, qui n'a pas fusionné mais absorbe désormais plusieurs services de communes voisines par convention.

            ## Les effets sur la carte intercommunale

            Lorsque toutes les communes d'un EPCI fusionnent, la commune nouvelle peut quitter l'intercommunalité pour rejoindre un groupement voisin. Quelques cas de communes-communautés ont ainsi vu le jour. La loi impose toutefois que chaque commune appartienne à un établissement public de coopération intercommunale à fiscalité propre.

            ## Les effets financiers

            La commune nouvelle perçoit une dotation forfaitaire égale à la somme de celles des communes fondatrices, garantie pendant trois ans pour les créations récentes. Ses taux d'imposition sont harmonisés progressivement, sur une durée qui peut atteindre douze ans, afin d'éviter des hausses brutales pour les contribuables des communes dont les taux étaient les plus bas.

            ## Source

            Les données sont issues du code officiel géographique et des arrêtés préfectoraux de création. Direction générale des collectivités locales, janvier 2019. Les chiffres de cette page sont fictifs et servent de démonstration.
            """,
    };
}
