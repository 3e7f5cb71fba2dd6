using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class OtGrandEstEmploi2015 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ot-fiche-emploi-grand-est-2015.html",
        Title = "L'emploi dans les zones d'emploi du Grand Est : une décennie de recomposition",
        Publisher = "Observatoire des territoires",
        Date = "2015-11-17",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Geo, Themes.Emploi],
        Url = "https://observatoire-territoires.example/analyses/emploi-grand-est-2015",
        TimeElement = true,
        Breadcrumb = ["Analyses", "Fiches territoriales"],
        Body = """
            Entre 2004 et 2014, l'emploi total a diminué de 3,1 % dans le territoire qui forme aujourd'hui la région Grand Est, alors qu'il progressait de 3,4 % en France métropolitaine. Cette évolution globale masque de fortes différences entre zones d'emploi. Les zones frontalières avec le Luxembourg, l'Allemagne et la Suisse bénéficient du travail frontalier, tandis que les bassins industriels des Ardennes, de la Haute-Marne et des Vosges ont perdu une part importante de leurs emplois.

            ## Le recul de l'industrie

            L'industrie a perdu 71 000 emplois en dix ans dans la région, soit 20 % de ses effectifs. La métallurgie, le textile et la fabrication de matériel de transport sont les plus touchés. Dans la vallée de la Meuse, autour de Charleville-Mézières et de Revin, dans le bassin de Saint-Dizier (Haute-Marne) ou dans les vallées vosgiennes, des établissements historiques ont fermé ou réduit leurs effectifs. Le secteur agroalimentaire résiste mieux, notamment en Champagne, où la viticulture et le négoce du champagne soutiennent l'emploi autour de Reims et d'Épernay.

            | Zone d'emploi | Emploi 2014 (milliers) | Évolution 2004-2014 | Part de l'industrie 2014 |
            | Strasbourg | 312 | + 3,8 % | 12 % |
            | Metz | 158 | – 2,1 % | 10 % |
            | Nancy | 196 | – 0,4 % | 9 % |
            | Reims | 140 | + 0,6 % | 13 % |
            | Mulhouse | 104 | – 5,3 % | 21 % |
            | Charleville-Mézières | 57 | – 9,8 % | 22 % |
            | Saint-Dizier | 29 | – 12,4 % | 24 % |
            | Bar-le-Duc | 26 | – 6,1 % | 17 % |
            Source : Observatoire des territoires, d'après Insee, estimations d'emploi (valeurs fictives).

            ## Les métropoles et le travail frontalier

            Strasbourg est la seule grande zone d'emploi de la région où l'emploi progresse nettement, portée par les services, l'enseignement supérieur et les institutions européennes. Au nord de la Lorraine, la zone de Thionville connaît une forte croissance démographique, mais ses actifs travaillent de plus en plus au Luxembourg : plus de 80 000 résidents lorrains franchissent chaque jour la frontière. Ce travail frontalier soutient les revenus locaux mais crée des tensions sur le logement et les transports, et pose la question du financement des services publics par les communes de résidence.

            ## Les services, moteur de l'emploi

            Les services marchands et non marchands ont créé 60 000 emplois en dix ans. La santé et l'action sociale progressent partout, portées par le vieillissement de la population et le développement des établissements pour personnes âgées. Les emplois publics locaux augmentent également, avec la montée en puissance des intercommunalités. Le commerce stagne, affecté par la concurrence des grandes surfaces périphériques et le déclin démographique de certains centres-villes.

            ## Des territoires ruraux fragiles

            La diagonale des faibles densités traverse le sud de la région, de la Meuse à la Haute-Marne. Dans ces territoires, la population diminue et vieillit. Ainsi, certaines communautés de communes de la Haute-Marne ont perdu plus de 10 % de leurs habitants en quinze ans. Les collectivités y font face à la baisse de leurs ressources et à la difficulté de maintenir les services : écoles, médecins, commerces. Le bar-tabac du village, souvent le dernier commerce, devient un enjeu pour les municipalités, qui rachètent parfois le fonds pour éviter sa fermeture.

            ## Perspectives

            La création de la région Grand Est, au 1er janvier 2016, réunira l'Alsace, la Champagne-Ardenne et la Lorraine. Elle offrira un cadre nouveau pour le développement économique, compétence régionale renforcée par la loi. Les zones d'emploi frontalières et métropolitaines devront être reliées aux territoires industriels en reconversion par des politiques de formation et de mobilité. Les chiffres présentés dans cette fiche sont fictifs et écrits pour un corpus de démonstration.
            """,
    };
}
