using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class CrcBretagneSaintBrieucArmorAgglo2019 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-bretagne-saint-brieuc-armor-agglomeration-2019.html",
        Title = "Saint-Brieuc Armor Agglomération (Côtes-d'Armor) : rapport d'observations définitives",
        Publisher = "Chambre régionale des comptes Bretagne",
        Date = "2019-09-24",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Geo, Themes.Finances],
        Url = "https://ccomptes.example/crc/bretagne/saint-brieuc-armor-agglomeration-2019",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Chambres régionales", "Bretagne"],
        PdfLink = ("https://ccomptes.example/crc/bretagne/fichiers/rod-saint-brieuc-armor-agglomeration-2019.pdf", "Rapport d'observations définitives et réponses (PDF)"),
        Body = """
            ## Présentation de l'organisme contrôlé

            Saint-Brieuc Armor Agglomération est née le 1er janvier 2017 de la fusion de la communauté d'agglomération de Saint-Brieuc avec trois communautés de communes voisines. Elle regroupe 32 communes et 151 000 habitants, de la baie de Saint-Brieuc aux contreforts du Mené. La chambre régionale des comptes Bretagne a examiné la mise en place du nouvel ensemble, ses compétences, sa situation financière, ses ressources humaines et sa commande publique, pour les exercices 2014 à 2018.

            ## Une fusion menée rapidement

            La fusion a été préparée en moins d'un an. Les compétences des anciennes communautés n'étaient pas identiques : certaines géraient des équipements sportifs, des écoles de musique ou des services d'aide à domicile, d'autres non. Le nouvel établissement a disposé de deux ans pour harmoniser ses compétences optionnelles et facultatives. La chambre constate que cette harmonisation n'était pas achevée fin 2018 : des services différents sont encore rendus selon les communes, sans justification.

            ## La gouvernance

            Le conseil d'agglomération compte 80 membres. Une conférence des maires se réunit chaque trimestre. Le pacte de gouvernance prévu par la loi n'existait pas encore au moment du contrôle. La ville de Saint-Brieuc, qui ne dispose pas de la majorité des sièges, partage avec l'agglomération plusieurs services communs : systèmes d'information, commande publique, ressources humaines. La refacturation de ces services repose sur des clés de répartition que la chambre juge insuffisamment documentées.

            ## La situation financière

            | En millions d'euros | 2016 (périmètre reconstitué) | 2017 | 2018 |
            | Produits de gestion | 118,4 | 121,2 | 124,9 |
            | Charges de gestion | 99,7 | 104,1 | 106,3 |
            | Épargne brute | 16,9 | 15,6 | 17,2 |
            | Dépenses d'équipement | 21,5 | 28,9 | 33,4 |
            | Encours de dette au 31 décembre | 84,2 | 92,7 | 99,8 |
            Source : chambre régionale des comptes Bretagne, d'après les comptes de gestion (données fictives).

            L'épargne brute est satisfaisante. L'investissement augmente fortement, avec la construction d'un pôle d'échanges multimodal autour de la gare de Saint-Brieuc, la rénovation du réseau d'assainissement et l'extension de parcs d'activités. Le financement par l'emprunt progresse. La chambre recommande d'adopter un plan pluriannuel d'investissement et de fonctionnement pour mesurer la soutenabilité de ce programme.

            ## Les ressources humaines

            Les effectifs passent de 620 à 694 agents entre 2016 et 2018, du fait de la fusion et de la création de services communs. Les régimes indemnitaires hétérogènes des agents issus des anciennes structures ont été harmonisés par le haut, ce qui a augmenté la masse salariale. Le temps de travail est inférieur à la durée légale pour une partie des agents.

            ## La commande publique

            La fonction achat est organisée au sein d'un service commun avec la ville. La chambre a relevé quelques irrégularités dans des marchés de prestations intellectuelles, attribués sans publicité préalable suffisante.

            ## Les relations avec les communes membres

            Les attributions de compensation ont été recalculées lors de la fusion, mais la commission locale d'évaluation des charges transférées ne s'est pas réunie après les transferts de 2018. Les communes du littoral, comme Binic-Étables-sur-Mer ou Saint-Quay-Portrieux, et celles de l'intérieur, comme Quintin, n'ont pas les mêmes attentes vis-à-vis de l'agglomération, ce qui complique l'élaboration d'un projet commun.

            ## Recommandations

            - Recommandation n° 1 : achever l'harmonisation des compétences sur l'ensemble du territoire.
            - Recommandation n° 2 : adopter un pacte de gouvernance et un pacte financier et fiscal.
            - Recommandation n° 3 : documenter les clés de répartition des services communs.
            - Recommandation n° 4 : se doter d'un plan pluriannuel d'investissement.
            - Recommandation n° 5 : respecter la durée légale du temps de travail.

            Ce rapport et ses données sont fictifs et écrits pour un corpus de démonstration.
            """,
    };
}
