using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class OtMobilitesResidentielles2018 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ot-mobilites-residentielles-2018.html",
        Title = "Les mobilités résidentielles entre territoires : qui part, qui arrive ?",
        Publisher = "Observatoire des territoires",
        Date = "2018-12-11",
        Type = DocumentTypeLabels.Rapport,
        Themes = [Themes.Geo],
        Url = "https://observatoire-territoires.example/rapports/mobilites-residentielles-2018",
        Meta = HtmlMeta.OpenGraph,
        TimeElement = true,
        Breadcrumb = ["Analyses", "Rapports de l'Observatoire"],
        Lead = "Chaque année, 11 % des Français changent de logement et 3 % changent de département. Ces déménagements redessinent la carte démographique.",
        PdfLink = ("https://observatoire-territoires.example/rapports/fichiers/rapport-2018-mobilites.pdf", "Rapport complet de l'Observatoire des territoires 2018 (PDF, 9 Mo)"),
        Body = """
            ## Des déménagements surtout de proximité

            En 2015, 7,3 millions de personnes vivaient dans un logement différent de celui qu'elles occupaient un an plus tôt. La grande majorité de ces déménagements se font à courte distance : six sur dix restent dans la même intercommunalité, et huit sur dix dans le même département. Les changements de région ne concernent que 1,8 % de la population chaque année, mais ils pèsent lourd dans les évolutions démographiques des territoires, car ils sont très sélectifs selon l'âge et la catégorie sociale.

            ## Les étapes du parcours de vie

            Les mobilités résidentielles suivent les étapes du parcours de vie. Entre 18 et 24 ans, les jeunes quittent le domicile familial pour étudier ou trouver un premier emploi : ils se dirigent vers les métropoles et les villes universitaires, comme Toulouse, Rennes, Lyon, Montpellier ou Lille. Entre 25 et 39 ans, la mise en couple et l'arrivée des enfants conduisent à s'éloigner des centres pour gagner en surface : le périurbain et les couronnes des grandes aires gagnent des familles. Après 60 ans, une partie des retraités rejoint le littoral atlantique et méditerranéen ou revient dans sa région d'origine.

            | Tranche d'âge | Taux de migration interrégionale annuel | Destinations les plus attractives |
            | 18-24 ans | 5,9 % | Île-de-France, Occitanie, Auvergne-Rhône-Alpes |
            | 25-39 ans | 3,1 % | Occitanie, Nouvelle-Aquitaine, Pays de la Loire |
            | 40-59 ans | 1,2 % | Bretagne, Nouvelle-Aquitaine |
            | 60-74 ans | 1,0 % | Nouvelle-Aquitaine, Bretagne, Occitanie |
            | 75 ans ou plus | 0,7 % | Proximité des enfants |
            Source : Observatoire des territoires, d'après le recensement 2015 (taux fictifs).

            ## L'Île-de-France, plaque tournante

            L'Île-de-France attire les jeunes adultes de toute la France mais perd des habitants à tous les autres âges. Son solde migratoire avec les autres régions est déficitaire d'environ 50 000 personnes par an. Les départs de Franciliens alimentent la croissance de l'Eure, de l'Eure-et-Loir, de l'Oise et du Loiret, mais aussi de régions plus lointaines, comme la Bretagne et la Nouvelle-Aquitaine. À l'inverse, la région capitale reste très attractive pour les étudiants et les jeunes diplômés.

            ## Les territoires qui perdent des habitants

            Une diagonale allant des Ardennes au Massif central réunit des territoires qui perdent des habitants par le jeu des migrations, en particulier des jeunes. La Haute-Marne, la Nièvre, l'Allier, le Cantal ou la Creuse voient partir une grande partie de leurs bacheliers, sans que les arrivées de retraités ou de familles compensent ces départs. Dans ces départements, le vieillissement s'accélère et les collectivités doivent adapter l'offre de services : écoles, transports, établissements pour personnes âgées.

            ## Le littoral et le sud attirent

            Le littoral atlantique, de la Loire-Atlantique aux Landes, et le littoral méditerranéen attirent des ménages de tous âges. Dans certaines communes littorales de Vendée ou de Charente-Maritime, les arrivées de retraités représentent plus de la moitié des entrées. Ces dynamiques posent des questions de logement pour les actifs, de saisonnalité des services et de protection des espaces naturels.

            ## Ce que cela change pour les collectivités

            - Les communes attractives doivent financer de nouveaux équipements, parfois avant de percevoir les recettes fiscales correspondantes.
            - Les territoires qui perdent des habitants voient diminuer leurs dotations calculées sur la population.
            - Les intercommunalités ont un rôle central dans la planification du logement, à travers les programmes locaux de l'habitat.
            - Les départements et les régions adaptent leurs schémas de transports et de services aux nouvelles répartitions de la population.

            ## Sources

            Les analyses reposent sur la question du recensement relative au lieu de résidence un an auparavant. Les chiffres de cette page sont des valeurs fictives construites pour un corpus de démonstration.
            """,
    };
}
