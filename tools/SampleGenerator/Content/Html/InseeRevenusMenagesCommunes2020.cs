using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class InseeRevenusMenagesCommunes2020 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-revenus-menages-communes-2020.html",
        Title = "Revenus et pauvreté des ménages par commune en 2020",
        Publisher = "INSEE",
        Date = "2023-04-04",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Social, Themes.Geo],
        Url = "https://insee.example/statistiques/filosofi-communes-2020",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Statistiques", "Revenus, niveau de vie, pauvreté"],
        PdfLink = ("https://insee.example/statistiques/fichiers/filosofi-2020-documentation.pdf", "Documentation du dispositif (PDF)"),
        Body = """
            En 2020, le niveau de vie médian des personnes vivant en France métropolitaine s'élève à 22 400 euros par an, soit 1 867 euros par mois. Les écarts entre communes sont importants : dans une commune sur dix, le revenu médian par unité de consommation dépasse 27 500 euros ; dans une sur dix, il est inférieur à 18 600 euros. Le taux de pauvreté, qui mesure la part des personnes vivant sous le seuil de 60 % du niveau de vie médian, atteint 14,6 % en France métropolitaine.

            ## Les communes les plus aisées

            Les communes où le niveau de vie médian est le plus élevé se situent dans l'ouest de l'Île-de-France, autour de Genève côté français et dans certaines communes résidentielles proches des grandes métropoles. Neuilly-sur-Seine (Hauts-de-Seine), Le Vésinet (Yvelines) et Saint-Nom-la-Bretèche (Yvelines) figurent parmi les communes de plus de 5 000 habitants où le niveau de vie médian est le plus élevé. Dans le Genevois français, à Divonne-les-Bains (Ain) ou à Saint-Julien-en-Genevois (Haute-Savoie), les revenus des frontaliers tirent les médianes vers le haut.

            ## Les communes les plus modestes

            Les niveaux de vie les plus faibles se concentrent dans certaines communes de Seine-Saint-Denis, dans l'ancien bassin minier du Nord et du Pas-de-Calais, dans le pourtour méditerranéen et dans les départements d'outre-mer. À Roubaix (Nord), le taux de pauvreté dépasse 40 %. À Denain (Nord), à Béziers (Hérault) ou à Perpignan (Pyrénées-Orientales), il est supérieur à 30 %.

            | Commune (département) | Niveau de vie médian (€) | Taux de pauvreté |
            | Paris (Paris) | 28 300 | 15,2 % |
            | Marseille (Bouches-du-Rhône) | 19 800 | 25,1 % |
            | Lyon (Rhône) | 25 300 | 15,0 % |
            | Toulouse (Haute-Garonne) | 21 900 | 20,4 % |
            | Nice (Alpes-Maritimes) | 21 500 | 20,1 % |
            | Nantes (Loire-Atlantique) | 23 000 | 16,8 % |
            | Strasbourg (Bas-Rhin) | 19 900 | 25,0 % |
            | Roubaix (Nord) | 13 800 | 43,2 % |
            | Rennes (Ille-et-Vilaine) | 21 800 | 19,9 % |
            Source : Insee-DGFiP-Cnaf-Cnav-CCMSA, fichier localisé social et fiscal 2020 (valeurs fictives).

            ## Les écarts au sein des grandes villes

            Dans les grandes villes, les écarts de revenus entre quartiers sont plus marqués qu'entre communes. À Marseille, les arrondissements du sud, comme le 8e, ont un niveau de vie médian deux fois plus élevé que ceux du nord, comme le 3e ou le 15e. À Paris, le rapport entre le niveau de vie des 10 % les plus aisés et celui des 10 % les plus modestes dépasse 6, contre 3,4 en moyenne nationale.

            ## Le rôle des prestations sociales

            Les prestations sociales — allocations familiales, aides au logement, minima sociaux, prime d'activité — réduisent fortement les écarts de revenus. Elles représentent en moyenne 5 % du revenu disponible des ménages, mais plus de 30 % dans les communes les plus pauvres. Les impôts directs, proportionnellement plus élevés pour les ménages aisés, contribuent aussi à la réduction des écarts.

            ## Comment utiliser ces données

            Les données communales sont diffusées pour les communes de plus de 50 ménages fiscaux et 1 000 personnes, afin de garantir le secret statistique. Pour les petites communes, il faut utiliser les données à l'échelle de l'intercommunalité ou du bassin de vie. Les indicateurs sont aussi disponibles sur un carroyage de 200 mètres, utilisé par exemple pour délimiter les quartiers prioritaires de la politique de la ville.

            ## Définitions

            Le niveau de vie est le revenu disponible du ménage divisé par le nombre d'unités de consommation. Le revenu disponible comprend les revenus d'activité, les revenus du patrimoine, les transferts entre ménages et les prestations sociales, nets des impôts directs. Les chiffres de cette page sont fictifs et écrits pour un corpus de démonstration.
            """,
    };
}
