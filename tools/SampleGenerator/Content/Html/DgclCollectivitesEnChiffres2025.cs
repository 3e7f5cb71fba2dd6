using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class DgclCollectivitesEnChiffres2025 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-collectivites-locales-en-chiffres-2025.html",
        Title = "Les collectivités locales en chiffres 2025",
        Publisher = "DGCL",
        Date = "2025-06-24",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Geo, Themes.Finances, Themes.Emploi],
        Url = "https://dgcl.example/statistiques/collectivites-locales-en-chiffres-2025",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Statistiques", "Publications annuelles"],
        Lead = "Le recueil annuel de la DGCL rassemble les chiffres essentiels sur les structures territoriales, la population, les finances, la fiscalité et les personnels des collectivités locales.",
        PdfLink = ("https://dgcl.example/statistiques/fichiers/collectivites-locales-en-chiffres-2025.pdf", "Télécharger l'édition 2025 (PDF, 6 Mo)"),
        Body = """
            ## Les structures territoriales au 1er janvier 2025

            La France compte 34 875 communes, 1 254 groupements à fiscalité propre, 101 départements et 18 régions, dont les collectivités territoriales uniques de Guyane et de Martinique et la collectivité de Corse. Le nombre de communes continue de diminuer lentement, sous l'effet de quelques créations de communes nouvelles chaque année. La carte intercommunale est stable depuis 2017.

            | Structures au 1er janvier 2025 | Nombre |
            | Communes | 34 875 |
            | dont communes de moins de 500 habitants | 18 100 |
            | Métropoles | 22 |
            | Communautés urbaines | 14 |
            | Communautés d'agglomération | 229 |
            | Communautés de communes | 989 |
            | Départements | 101 |
            | Régions | 18 |
            Source : DGCL, recueil 2025 (données fictives).

            ## Les finances locales en 2024

            Les dépenses totales des collectivités locales atteignent 306 milliards d'euros en 2024. Les dépenses de fonctionnement progressent de 3,8 % et les recettes de 2,1 % : l'épargne brute diminue pour la deuxième année consécutive. Les départements restent les plus touchés, avec la baisse des droits de mutation et la hausse des dépenses sociales. L'investissement local progresse encore, mais à un rythme ralenti, dans la dernière année pleine avant les élections municipales de 2026.

            ## La fiscalité locale

            Les impôts locaux représentent 42 % des recettes de fonctionnement du bloc communal. La taxe foncière sur les propriétés bâties en est le principal. Les fractions de TVA, versées en compensation de la suppression de la taxe d'habitation et de la CVAE, représentent désormais la première ressource des départements et des régions. Ainsi, la part des ressources dont les collectivités votent le taux a nettement diminué depuis 2020.

            ## Les personnels

            La fonction publique territoriale compte 2,0 millions d'agents fin 2023. Les contractuels représentent 23 % des effectifs. Les collectivités ont recruté 19 200 apprentis en 2024, un nouveau record après celui de 2022. L'âge moyen des agents continue d'augmenter.

            ## Les élus

            Le recueil rappelle que la France compte environ 500 000 conseillers municipaux, 4 000 conseillers départementaux et près de 2 000 conseillers régionaux. La part des femmes progresse dans toutes les assemblées, mais reste faible parmi les maires et les présidents d'exécutifs.

            ## Les concours financiers de l'État

            Les concours financiers de l'État aux collectivités atteignent 54,9 milliards d'euros en 2025. La dotation globale de fonctionnement est stable à 27,2 milliards d'euros. Les dotations de péréquation continuent de progresser, financées au sein de l'enveloppe. Les dotations d'investissement, dont la DETR et la DSIL, sont maintenues, tandis que les crédits du fonds vert sont réduits par rapport à 2024.

            ## La démocratie locale

            Le recueil présente aussi les données sur l'intercommunalité et la démocratie locale : nombre de référendums locaux et de consultations, budgets participatifs recensés, conseils de développement. Les budgets participatifs se sont diffusés dans les grandes villes, comme Paris, Rennes, Grenoble ou Metz, mais aussi dans des communes plus petites.

            ## Comment utiliser le recueil

            Le recueil se compose de onze chapitres : structures et population, intercommunalité, finances des collectivités, fiscalité, concours financiers de l'État, fonction publique territoriale, élus, démocratie locale, action sociale, transports et environnement. Chaque tableau renvoie à la source utilisée. Les tableaux sont téléchargeables au format tableur. Les données de cette page sont fictives et rédigées pour un corpus de démonstration.
            """,
    };
}
