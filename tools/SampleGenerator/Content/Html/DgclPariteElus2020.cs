using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class DgclPariteElus2020 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-parite-elus-locaux-2020.html",
        Title = "Les femmes parmi les élus locaux après les élections municipales de 2020",
        Publisher = "DGCL",
        Date = "2021-03-08",
        Type = DocumentTypeLabels.Bis,
        Themes = [Themes.Parite],
        Url = "https://dgcl.example/statistiques/bis/bis-151-parite-elus-2020",
        Meta = HtmlMeta.DublinCore,
        DateCue = "Publication : 8 mars 2021",
        Breadcrumb = ["Statistiques", "Élus locaux"],
        PdfLink = ("https://dgcl.example/statistiques/bis/bis-151-parite-elus-2020.pdf", "BIS n° 151 (PDF)"),
        Body = """
            À l'issue des élections municipales de 2020, les femmes représentent 42,4 % des conseillers municipaux, contre 40,3 % en 2014. La parité est presque atteinte dans les communes de 1 000 habitants et plus, où les listes doivent alterner hommes et femmes. Elle reste loin d'être atteinte parmi les maires : 19,8 % des maires élus en 2020 sont des femmes. Dans les exécutifs intercommunaux, la part des femmes présidentes ne dépasse pas 11 %.

            ## La parité dans les conseils municipaux

            Depuis 2014, le scrutin de liste paritaire s'applique dans les communes de 1 000 habitants et plus. Les conseils municipaux de ces communes comptent 48,5 % de femmes. Dans les communes de moins de 1 000 habitants, où les candidatures restent individuelles, la part des femmes atteint 37,6 %, en progression de trois points depuis 2014.

            | Taille de la commune | Conseillères municipales | Maires femmes | Premières adjointes |
            | Moins de 500 habitants | 36,4 % | 21,1 % | 27,3 % |
            | 500 à 999 habitants | 39,2 % | 18,6 % | 31,8 % |
            | 1 000 à 3 499 habitants | 48,3 % | 17,4 % | 42,9 % |
            | 3 500 à 29 999 habitants | 48,7 % | 17,9 % | 44,5 % |
            | 30 000 habitants ou plus | 49,1 % | 25,3 % | 46,2 % |
            | Ensemble | 42,4 % | 19,8 % | 35,1 % |
            Source : DGCL, répertoire national des élus, juillet 2020 (données fictives).

            ## Les maires : une progression lente

            Le nombre de femmes maires augmente d'élection en élection, mais lentement. Plusieurs grandes villes sont dirigées par des femmes depuis 2020 : Paris, Marseille (à partir de fin 2020 pour quelques mois), Strasbourg, Lille, Nantes, Rennes, Besançon, Poitiers, Amiens ou Aix-en-Provence. Dans les petites communes, les femmes maires sont plus nombreuses dans les départements du sud-ouest et du centre que dans le nord-est.

            ## Les intercommunalités en retard

            Les conseils communautaires comptent 35,8 % de femmes. Dans les communes de moins de 1 000 habitants, le conseiller communautaire est le maire, ce qui réduit mécaniquement la place des femmes. Les présidences et les vice-présidences d'intercommunalités sont majoritairement masculines : 11 % de présidentes et 24 % de vice-présidentes. Aucune obligation de parité ne s'applique aux exécutifs intercommunaux, contrairement aux exécutifs municipaux des communes de 1 000 habitants et plus.

            ## Départements et régions

            Les conseils départementaux sont strictement paritaires depuis l'instauration du binôme femme-homme en 2015. En revanche, seules 20 % des présidences de conseils départementaux sont exercées par des femmes après les élections de 2021. Les conseils régionaux, élus au scrutin de liste paritaire, comptent 50 % de femmes ; cinq régions sont présidées par une femme.

            ## Des délégations encore genrées

            Les délégations confiées aux adjointes portent plus souvent sur les affaires scolaires, la petite enfance, l'action sociale et la culture ; celles des adjoints sur les finances, l'urbanisme, les travaux et la sécurité. Cette répartition évolue peu d'un mandat à l'autre, même si la part des femmes chargées des finances progresse dans les communes de plus de 30 000 habitants.

            ## Les adjoints au maire

            Dans les communes de 1 000 habitants et plus, la liste des adjoints est elle aussi composée alternativement d'un candidat de chaque sexe depuis 2014. La part des femmes parmi les adjoints y atteint 48 %. En revanche, la fonction de premier adjoint, souvent appelée à succéder au maire, reste attribuée à un homme dans près de six cas sur dix lorsque le maire est un homme.

            ## Une évolution régulière depuis 2001

            En 2001, les femmes représentaient 33 % des conseillers municipaux et 11 % des maires. La progression a été continue depuis, à chaque renouvellement. Elle est plus lente pour les fonctions exécutives que pour les mandats de conseiller, ce que les observateurs attribuent à l'absence de contrainte légale sur le choix du maire et du président d'intercommunalité.

            ## Sources

            Le répertoire national des élus est tenu par le ministère de l'Intérieur à partir des informations transmises par les préfectures. Les données présentées sont des exemples fictifs pour un corpus de démonstration ; elles illustrent le type d'indicateurs publiés sans constituer une source officielle.
            """,
    };
}
