using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

/// <summary>UTF-8 with BOM, Open Graph meta.</summary>
public sealed class OfglFiscaliteLocale2023 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-fiscalite-locale-tfpb-cfe-cvae-2023.html",
        Title = "La fiscalité locale en 2023 : taxe foncière, CFE et CVAE",
        Publisher = "OFGL",
        Date = "2024-01-25",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Finances],
        Url = "https://ofgl.example/publications/fiscalite-locale-2023",
        Meta = HtmlMeta.OpenGraph,
        Encoding = HtmlEncoding.Utf8Bom,
        TimeElement = true,
        Breadcrumb = ["Publications", "Études"],
        Lead = "Taxe foncière sur les propriétés bâties, cotisation foncière des entreprises, suppression progressive de la CVAE : ce que perçoivent les collectivités en 2023.",
        PdfLink = ("https://ofgl.example/publications/fichiers/fiscalite-locale-2023.pdf", "Version PDF de l'étude"),
        Body = """
            ## Un paysage fiscal profondément transformé

            La fiscalité locale a changé de visage en quelques années. La taxe d'habitation sur les résidences principales a disparu entre 2020 et 2023. Les départements ont transféré leur part de taxe foncière sur les propriétés bâties (TFPB) aux communes en 2021. La cotisation sur la valeur ajoutée des entreprises (CVAE) est supprimée en deux temps, en 2023 et 2024, et remplacée par une fraction de TVA. Les collectivités disposent ainsi de moins d'impôts dont elles votent le taux.

            ## La taxe foncière, premier impôt du bloc communal

            En 2023, le produit de la TFPB atteint 41,3 milliards d'euros, dont 37,6 milliards pour les communes et 3,7 milliards pour les groupements. Sa hausse de 9,8 % s'explique d'abord par la revalorisation forfaitaire des valeurs locatives de 7,1 %, indexée sur l'inflation, puis par des hausses de taux votées dans environ une commune sur dix. Certaines grandes villes ont fortement relevé leur taux, comme Paris, Grenoble (Isère) ou Tours (Indre-et-Loire) ; la plupart des communes rurales l'ont maintenu.

            | Impôt (milliards d'euros) | 2021 | 2022 | 2023 | Évolution 2023/2022 |
            | Taxe foncière sur les propriétés bâties | 36,1 | 37,6 | 41,3 | + 9,8 % |
            | Taxe d'habitation (résidences secondaires) | 2,6 | 2,7 | 2,9 | + 7,4 % |
            | Cotisation foncière des entreprises | 7,1 | 7,4 | 8,0 | + 8,1 % |
            | CVAE (part locale) | 9,7 | 10,0 | 4,8 | – 52,0 % |
            | Taxe d'enlèvement des ordures ménagères | 7,4 | 7,6 | 8,2 | + 7,9 % |
            Source : OFGL, d'après DGFiP (montants fictifs).

            ## La cotisation foncière des entreprises

            La cotisation foncière des entreprises (CFE) est perçue par les groupements en fiscalité professionnelle unique et, ailleurs, par les communes et les groupements. Son produit progresse de 8,1 %, porté par la revalorisation des bases. La réduction de moitié des valeurs locatives des établissements industriels, décidée en 2021, est compensée par l'État. Les territoires industriels, comme Dunkerque (Nord), Fos-sur-Mer (Bouches-du-Rhône) ou Saint-Nazaire (Loire-Atlantique), dépendent fortement de ces compensations.

            ## La fin de la CVAE

            La CVAE, assise sur la valeur ajoutée des entreprises, était partagée entre le bloc communal et les départements. Les départements l'ont perdue dès 2021, en échange d'une fraction de TVA. En 2023, le taux d'imposition national est divisé par deux et la part locale est supprimée : les collectivités reçoivent une fraction de TVA, dont une partie est répartie selon le dynamisme économique des territoires à travers un fonds national.

            ## Ce qui reste au pouvoir de taux

            - Les communes votent les taux de la TFPB, de la taxe foncière sur les propriétés non bâties et de la taxe d'habitation sur les résidences secondaires.
            - Les groupements votent le taux de CFE et, pour certains, des taux additionnels.
            - Les départements n'ont plus de pouvoir de taux sur un grand impôt, hors droits de mutation.
            - Les régions ne votent plus de taux sur les impôts économiques.

            ## Des écarts de richesse fiscale importants

            Les bases de taxe foncière par habitant varient fortement d'un territoire à l'autre. Les communes littorales et de montagne, riches en résidences secondaires et en hébergements touristiques, disposent de bases élevées. Les communes industrielles bénéficient de bases économiques importantes. À l'inverse, les communes périurbaines résidentielles, comme de nombreuses communes de l'Oise ou de l'Essonne, ont des bases plus faibles et des taux plus élevés pour financer des services comparables. Les mécanismes de péréquation, horizontaux et verticaux, ne corrigent qu'une partie de ces écarts.

            ## Méthode

            Les montants proviennent des états fiscaux transmis par la DGFiP. Ils incluent les rôles supplémentaires et excluent les frais de gestion perçus par l'État. Les données de cette page sont fictives et servent de démonstration.
            """,
    };
}
