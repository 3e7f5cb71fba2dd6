using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

/// <summary>ISO-8859-1 page declared with http-equiv.</summary>
public sealed class AdemeDechetsMenagers2021 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ademe-dechets-menagers-collecte-2021.html",
        Title = "La collecte des déchets ménagers et assimilés par les collectivités en 2021",
        Publisher = "ADEME",
        Date = "2023-06-27",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Durable],
        Url = "https://ademe.example/territoires/dechets-menagers-collecte-2021",
        Encoding = HtmlEncoding.Latin1HttpEquiv,
        DateCue = "Mise en ligne : juin 2023",
        Breadcrumb = ["Territoires", "Déchets"],
        ArticleOnly = true,
        PdfLink = ("https://ademe.example/territoires/fichiers/chiffres-cles-dechets-2023.pdf", "Chiffres clés déchets, édition 2023 (PDF)"),
        Body = """
            En 2021, les collectivités ont collecté 41,6 millions de tonnes de déchets ménagers et assimilés, soit 613 kilogrammes par habitant. Ce chiffre recouvre les ordures ménagères résiduelles, les collectes séparées d'emballages, de papiers et de verre, les biodéchets et les apports en déchèterie. Après une baisse en 2020 liée aux confinements, les quantités repartent à la hausse, portées par les déchèteries. Les ordures ménagères résiduelles poursuivent en revanche leur lente diminution.

            ## Ce que collectent les collectivités

            | Flux (2021) | Kilogrammes par habitant | Évolution depuis 2015 |
            | Ordures ménagères résiduelles | 248 | – 8 % |
            | Emballages et papiers | 52 | + 12 % |
            | Verre | 32 | + 7 % |
            | Biodéchets (collecte séparée) | 9 | + 80 % |
            | Déchèteries | 272 | + 11 % |
            | Ensemble des déchets ménagers et assimilés | 613 | + 3 % |
            Source : ADEME, enquête collecte 2021 (données fictives).

            ## Une organisation intercommunale

            La compétence de collecte et de traitement des déchets ménagers est exercée par les intercommunalités, qui la confient souvent, pour le traitement, à des syndicats départementaux ou interdépartementaux. En 2021, 1 150 collectivités assurent la collecte, et moins de 200 le traitement. Ainsi, dans le Maine-et-Loire, un syndicat unique traite les déchets de l'ensemble du département. Dans le Nord, plusieurs grands syndicats gèrent des centres de tri et des unités de valorisation énergétique.

            ## La tarification incitative progresse

            La tarification incitative consiste à faire payer les usagers en fonction de la quantité de déchets qu'ils produisent, par une redevance ou par une part variable de la taxe d'enlèvement des ordures ménagères. Elle concerne 7,1 millions d'habitants en 2021. Les collectivités qui l'ont adoptée, comme plusieurs communautés de communes d'Alsace, du Jura ou de Bretagne, observent une baisse de 30 à 50 % des ordures ménagères résiduelles, et une hausse du tri. Les dépôts sauvages, souvent redoutés, restent limités lorsque la mise en place est accompagnée.

            ## Le tri des biodéchets

            Depuis le 1er janvier 2024, les collectivités doivent proposer à chaque habitant une solution de tri à la source des biodéchets : collecte séparée ou compostage de proximité. En 2021, seuls 10 % des Français disposent d'une collecte séparée. Les grandes villes ont souvent commencé par des quartiers pilotes ; les territoires ruraux privilégient le compostage individuel, avec distribution de composteurs.

            ## Le coût du service public

            Le coût complet du service public de gestion des déchets atteint en moyenne 129 euros par habitant en 2021, en hausse de 4 % sur un an. La taxe générale sur les activités polluantes, qui frappe la mise en décharge et l'incinération, augmente fortement entre 2021 et 2025 afin d'inciter au tri et au recyclage. Les collectivités répercutent ces hausses sur la taxe d'enlèvement des ordures ménagères ou sur la redevance.

            ## Les déchèteries, un service très utilisé

            Le réseau compte près de 4 600 déchèteries. Les apports y augmentent, notamment les déchets verts et les gravats. Les collectivités développent des zones de réemploi, où les objets encore utilisables sont récupérés par des ressourceries. Le contrôle d'accès par badge se généralise pour limiter les apports professionnels non facturés.

            ## Les disparités territoriales

            Les quantités collectées par habitant sont plus élevées dans les territoires touristiques, où la population présente en été dépasse largement la population permanente, et dans les territoires ruraux, où les déchets verts sont abondants.

            ## Méthode

            L'enquête collecte est réalisée tous les deux ans auprès de l'ensemble des collectivités compétentes. Les quantités sont déclarées par les collectivités et consolidées par l'ADEME. Les chiffres de cette page sont fictifs et destinés à un corpus de démonstration ; ils ne constituent pas une statistique officielle.
            """,
    };
}
