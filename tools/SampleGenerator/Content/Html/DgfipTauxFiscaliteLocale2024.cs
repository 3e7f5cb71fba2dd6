using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class DgfipTauxFiscaliteLocale2024 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgfip-taux-fiscalite-directe-locale-2024.html",
        Title = "Taux de la fiscalité directe locale votés en 2024",
        Publisher = "DGFiP",
        Date = "2024-11-05",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Finances],
        Url = "https://impots-collectivites.example/donnees/taux-fiscalite-locale-2024",
        Meta = HtmlMeta.Citation,
        DateCue = "Mis à jour le 5 novembre 2024",
        Breadcrumb = ["Données", "Fiscalité locale"],
        PdfLink = ("https://impots-collectivites.example/donnees/fichiers/notice-taux-2024.pdf", "Notice explicative (PDF)"),
        Body = """
            Ce jeu de données présente, pour chaque commune et chaque groupement à fiscalité propre, les taux des impôts directs locaux votés pour 2024 : taxe foncière sur les propriétés bâties, taxe foncière sur les propriétés non bâties, taxe d'habitation sur les résidences secondaires et autres locaux non affectés à l'habitation principale, cotisation foncière des entreprises, taxe d'enlèvement des ordures ménagères. Il permet de comparer les taux d'une commune à ceux de sa strate, de son département et de la moyenne nationale.

            ## Les taux moyens en 2024

            | Impôt | Taux moyen 2023 | Taux moyen 2024 | Communes ayant relevé leur taux |
            | Taxe foncière sur les propriétés bâties (part communale) | 43,08 % | 43,57 % | 11 % |
            | Taxe foncière sur les propriétés non bâties | 50,12 % | 50,31 % | 6 % |
            | Taxe d'habitation sur les résidences secondaires | 24,10 % | 24,66 % | 9 % |
            | Cotisation foncière des entreprises | 26,44 % | 26,51 % | 4 % |
            | Taxe d'enlèvement des ordures ménagères | 10,58 % | 10,79 % | 14 % |
            Source : DGFiP, fichier des taux votés 2024 (taux moyens fictifs).

            ## La taxe foncière après la réforme

            Depuis 2021, le taux communal de taxe foncière sur les propriétés bâties intègre l'ancien taux départemental. C'est pourquoi les taux communaux ont fortement augmenté en apparence cette année-là, sans hausse pour les contribuables. En 2024, la hausse moyenne du taux est de 0,49 point. Elle est plus marquée dans les grandes villes que dans les communes rurales. Les contribuables voient par ailleurs leur cotisation augmenter du fait de la revalorisation forfaitaire des valeurs locatives, fixée à 3,9 % pour 2024.

            ## La majoration sur les résidences secondaires

            Les communes situées en zone tendue peuvent majorer de 5 à 60 % la taxe d'habitation sur les résidences secondaires. Le décret de 2023 a élargi la liste de ces communes, notamment sur le littoral breton, basque et méditerranéen et dans les stations de montagne. En 2024, plus de 1 100 communes appliquent cette majoration, dont une majorité au taux maximal. Ainsi, à Biarritz (Pyrénées-Atlantiques), à Saint-Malo (Ille-et-Vilaine) ou à Arcachon (Gironde), les propriétaires de résidences secondaires acquittent une cotisation nettement plus élevée que les années précédentes.

            ## Les communes qui ont relevé leur taux

            Les hausses de taux de taxe foncière sont plus fréquentes dans les communes de plus de 10 000 habitants, confrontées à la hausse de leurs dépenses d'énergie et de personnel. Elles concernent 18 % d'entre elles en 2024, contre 9 % des communes de moins de 1 000 habitants. Les hausses supérieures à cinq points restent rares. Plusieurs communes ont au contraire réduit leur taux, souvent après une hausse importante les années précédentes.

            ## Les taux intercommunaux

            Les groupements en fiscalité professionnelle unique votent le taux de la cotisation foncière des entreprises, dans les limites fixées par la loi par rapport aux taux des impôts ménages. Beaucoup d'entre eux perçoivent aussi une part de taxe foncière, instituée pour financer les nouvelles compétences transférées.

            ## Lire le fichier

            Le fichier contient une ligne par commune. Les colonnes donnent le code de la commune, son nom, son département, le code SIREN de son groupement, puis pour chaque impôt le taux communal, le taux intercommunal et le taux global. Les taux sont exprimés en pourcentage avec deux décimales. Une colonne signale les communes ayant institué une majoration de la taxe d'habitation sur les résidences secondaires.

            ## Précautions

            - Le taux global additionne les taux de la commune, du groupement et, le cas échéant, des syndicats.
            - Les taux ne suffisent pas à comparer la pression fiscale : les bases d'imposition diffèrent fortement d'une commune à l'autre.
            - Les exonérations et abattements décidés localement ne figurent pas dans ce fichier.

            Les données présentées sur cette page sont fictives et destinées à un corpus de démonstration.
            """,
    };
}
