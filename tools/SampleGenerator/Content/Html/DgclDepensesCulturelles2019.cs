using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class DgclDepensesCulturelles2019 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-depenses-culturelles-collectivites-2019.html",
        Title = "Les dépenses culturelles des collectivités locales en 2019",
        Publisher = "DGCL",
        Date = "2021-10-12",
        Type = DocumentTypeLabels.Bis,
        Themes = [Themes.Culture, Themes.Finances],
        Url = "https://dgcl.example/statistiques/bis/bis-155-depenses-culturelles-2019",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Statistiques", "Bulletins d'information statistique"],
        PdfLink = ("https://dgcl.example/statistiques/bis/bis-155-depenses-culturelles-2019.pdf", "Télécharger le bulletin (PDF)"),
        Body = """
            En 2019, les collectivités locales ont consacré 9,6 milliards d'euros à la culture, en dépenses courantes et en investissement. Les communes en assurent 55 %, les groupements à fiscalité propre 19 %, les départements 14 % et les régions 12 %. Les dépenses culturelles représentent en moyenne 8 % du budget des communes de plus de 10 000 habitants. Elles financent les bibliothèques et médiathèques, les conservatoires, les musées, les théâtres, les archives, le patrimoine et le soutien aux associations et aux festivals.

            ## Qui finance quoi ?

            | Collectivités | Dépenses culturelles (M€) | Part de l'investissement | € par habitant |
            | Communes | 5 280 | 24 % | 78 |
            | Groupements à fiscalité propre | 1 820 | 29 % | 27 |
            | Départements | 1 340 | 31 % | 20 |
            | Régions | 1 160 | 22 % | 17 |
            | Ensemble | 9 600 | 26 % | 142 |
            Source : DGCL, comptes de gestion 2019, présentation fonctionnelle (données fictives).

            ## Les communes, premier financeur de la culture

            Les communes gèrent la plupart des équipements culturels de proximité. Dans les grandes villes, la culture représente une part importante du budget : Lyon, Strasbourg, Bordeaux ou Nantes consacrent plus de 200 euros par habitant à la culture, en incluant les opéras, les orchestres et les grands musées. Dans les communes rurales, les dépenses culturelles prennent surtout la forme de subventions aux associations, de fêtes locales et d'entretien d'églises et de monuments.

            ## Les intercommunalités prennent le relais

            Les groupements à fiscalité propre ont vu leurs dépenses culturelles progresser de 38 % entre 2012 et 2019. Les transferts de conservatoires, de réseaux de lecture publique et de salles de spectacle expliquent l'essentiel de cette hausse. Ainsi, de nombreuses communautés d'agglomération, comme celles de La Rochelle, de Saint-Brieuc ou d'Albi, gèrent un réseau de médiathèques qui couvre l'ensemble de leur territoire.

            ## Départements et régions

            Les départements financent les archives départementales, les bibliothèques départementales, qui desservent les petites communes, et l'éducation artistique dans les collèges. Ils soutiennent aussi le patrimoine rural et les festivals. Les régions interviennent surtout en faveur du spectacle vivant, du cinéma, du livre et de l'inventaire du patrimoine, ainsi que dans les lycées pour l'éducation artistique et culturelle.

            ## Le patrimoine, une charge lourde pour les petites communes

            De nombreuses petites communes sont propriétaires d'une église classée ou inscrite au titre des monuments historiques. Les travaux de restauration, cofinancés par l'État, le département et parfois la région, représentent pour elles des montants considérables au regard de leur budget. Ainsi, une commune de 300 habitants peut consacrer plusieurs années d'épargne à la restauration d'une toiture ou d'un clocher, en s'appuyant aussi sur des souscriptions publiques.

            ## Une année avant la crise

            L'année 2019 constitue une référence avant la crise sanitaire, qui a entraîné la fermeture des équipements culturels pendant de longs mois en 2020 et en 2021. Les collectivités ont alors maintenu leurs subventions aux associations culturelles, mais reporté certains investissements. Les bulletins consacrés aux années suivantes permettront de mesurer ces effets.

            ## Méthode

            Les dépenses culturelles sont repérées grâce à la présentation fonctionnelle des comptes, qui rattache chaque dépense à la politique publique qu'elle finance. Pour les communes de moins de 3 500 habitants, qui ne sont pas tenues de produire cette présentation, les montants sont estimés. Les flux entre collectivités sont neutralisés pour éviter les doubles comptes. Les chiffres de cette page sont fictifs et rédigés pour un corpus de démonstration.
            """,
    };
}
