using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

/// <summary>A second apprentices distractor: general apprenticeship, not local authorities.</summary>
public sealed class InseeApprentissage2019Etude : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-premiere-apprentissage-2019.html",
        Title = "L'apprentissage en France : un essor porté par l'enseignement supérieur",
        Publisher = "INSEE",
        Date = "2021-02-16",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Emploi, Themes.Culture],
        Url = "https://insee.example/statistiques/insee-premiere-1841",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Statistiques", "Insee Première"],
        PdfLink = ("https://insee.example/statistiques/fichiers/ip1841.pdf", "Insee Première n° 1841 (PDF)"),
        Body = """
            Fin 2019, 491 000 jeunes étaient en apprentissage en France, soit 16 % de plus qu'un an plus tôt. L'essor de l'apprentissage, longtemps concentré sur les métiers de l'artisanat et sur les diplômes de niveau CAP, s'explique désormais surtout par l'enseignement supérieur : un apprenti sur trois prépare un diplôme de niveau bac + 2 ou plus. Les entreprises privées emploient la très grande majorité des apprentis ; le secteur public, collectivités locales comprises, n'en accueille que 4 %.

            ## Un changement de profil

            En dix ans, le profil des apprentis s'est profondément transformé. En 2009, 60 % préparaient un diplôme de niveau CAP ou baccalauréat professionnel. En 2019, cette part tombe à 45 %. Les écoles de commerce, les écoles d'ingénieurs et les universités ont multiplié les formations en alternance, soutenues par les entreprises qui y voient un moyen de recruter de jeunes diplômés formés à leurs méthodes.

            | Niveau de diplôme préparé | 2009 | 2019 |
            | CAP, BEP | 41 % | 29 % |
            | Baccalauréat professionnel, brevet professionnel | 19 % | 16 % |
            | BTS, DUT | 21 % | 24 % |
            | Licence, master, ingénieur | 19 % | 31 % |
            | Effectif total (milliers) | 426 | 491 |
            Source : Insee, Dares, système d'information sur l'apprentissage (données fictives).

            ## Où travaillent les apprentis ?

            Les apprentis préparant un CAP travaillent surtout dans de petites entreprises : boulangeries, salons de coiffure, garages, entreprises du bâtiment. Ceux de l'enseignement supérieur sont plus souvent employés par de grandes entreprises, dans le commerce, la banque, l'assurance et les services informatiques. Le secteur public emploie environ 20 000 apprentis, dont la moitié dans les collectivités territoriales et un quart dans la fonction publique de l'État.

            ## Des disparités territoriales

            L'apprentissage est plus développé dans les régions de tradition artisanale, comme les Pays de la Loire, la Bourgogne-Franche-Comté et le Centre-Val de Loire, où il concerne plus de 7 % des jeunes de 16 à 25 ans. En Île-de-France, il se développe surtout dans le supérieur, autour des écoles de Paris et des Hauts-de-Seine. En Corse et dans les départements d'outre-mer, il reste peu répandu.

            | Région | Apprentis pour 100 jeunes de 16 à 25 ans |
            | Pays de la Loire | 7,6 |
            | Bourgogne-Franche-Comté | 7,3 |
            | Centre-Val de Loire | 7,1 |
            | Auvergne-Rhône-Alpes | 6,4 |
            | Île-de-France | 5,2 |
            | Provence-Alpes-Côte d'Azur | 4,9 |
            | France | 5,8 |

            ## Insertion professionnelle

            Sept mois après la fin de leur formation, 69 % des anciens apprentis sont en emploi, contre 50 % des anciens lycéens professionnels sortis au même niveau. L'avantage est le plus net pour les diplômes de niveau CAP. Les apprentis de l'enseignement supérieur s'insèrent très bien, mais leur avantage par rapport aux étudiants des mêmes filières est plus faible.

            ## La réforme de 2018

            La loi pour la liberté de choisir son avenir professionnel a confié le financement de l'apprentissage aux opérateurs de compétences, selon un coût fixé par contrat, et a facilité l'ouverture de centres de formation d'apprentis. L'âge maximal d'entrée a été porté à 29 ans révolus. Les premiers effets de la réforme apparaissent dès 2019 ; ils seront amplifiés en 2020 et 2021 par l'aide exceptionnelle à l'embauche.

            ## Des ruptures de contrat encore fréquentes

            Environ un contrat d'apprentissage sur quatre est rompu avant son terme. Les ruptures sont plus fréquentes dans l'hôtellerie-restauration et dans le bâtiment, et pour les apprentis les plus jeunes. Elles interviennent souvent dans les premiers mois, pendant la période d'essai. Une partie des apprentis concernés signent ensuite un nouveau contrat avec un autre employeur, dans le même métier ou dans un métier proche.

            ## Définitions

            Le contrat d'apprentissage associe une formation en centre et un emploi chez un employeur, public ou privé. L'apprenti est un salarié ; sa rémunération dépend de son âge et de son ancienneté dans le contrat. Les données de cette étude sont des exemples fictifs construits pour un corpus de démonstration. Elles ne concernent pas spécifiquement les collectivités locales en 2022.
            """,
    };
}
