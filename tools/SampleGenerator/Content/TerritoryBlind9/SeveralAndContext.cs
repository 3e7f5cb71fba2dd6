using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind9 territory split (issue 13): several subjects, places as context, a commune named only in the body.
namespace SampleGenerator.Content.TerritoryBlind9;

/// <summary>Olivet and Saint-Jean-de-Braye, joint subjects (a comparison of two communes); Orléans and Orléans Métropole (membership) are context; the Loiret is the river.</summary>
public sealed class InseeOlivetSaintJeanDeBraye2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("insee-olivet-saint-jean-de-braye-2023.html",
        "Olivet et Saint-Jean-de-Braye : deux communes de première couronne, deux profils", "INSEE", "2023-09-12",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/olivet-saint-jean-de-braye", """
        ## Deux communes de taille comparable

        Olivet et Saint-Jean-de-Braye comptent chacune environ 23 000 habitants. Situées de part et d'autre d'Orléans, au sud pour la première, à l'est pour la seconde, elles appartiennent toutes deux à Orléans Métropole. Leur croissance démographique a été comparable depuis 2010, autour de 0,7 % par an.

        ## Des profils sociaux différents

        Olivet, traversée par le Loiret, accueille des ménages plus âgés et plus aisés : le revenu médian y dépasse de 18 % celui de Saint-Jean-de-Braye. Cette dernière compte davantage de familles avec enfants et de logements sociaux, ainsi qu'un parc d'activités industrielles qui fournit 9 000 emplois.

        ## Des navettes croisées

        Un actif sur cinq d'Olivet travaille à Orléans ; à Saint-Jean-de-Braye, la proportion d'actifs travaillant dans leur commune atteint 28 %, un niveau élevé pour une commune de banlieue.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Publications", "Portraits de communes"] };
}

/// <summary>Tende (Alpes-Maritimes) named only in the body (title and PDF Info title have no place); the Roya, Breil-sur-Roya, Limone (Italy) and the CA de la Riviera Française are context.</summary>
public sealed class CrcRod2024012 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("crc-paca-rod-2024-012.pdf",
        "Rapport d'observations définitives 2024-012", "Chambre régionale des comptes Provence-Alpes-Côte d'Azur", "2024-03-05",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-paca.example/rod/2024-012.pdf",
        "CRC Provence-Alpes-Côte d'Azur - ROD 2024-012", "ligne de trésorerie", """
        ## Objet du contrôle

        La chambre a examiné la gestion de la commune de Tende pour les exercices 2019 à 2023, marqués par la tempête d'octobre 2020 qui a coupé la haute vallée de la Roya du reste du territoire pendant plusieurs mois. La commune compte 1 800 habitants et s'étend jusqu'à la frontière italienne.

        ## La reconstruction

        Les dégâts subis par la voirie, les réseaux et les bâtiments communaux ont été évalués à 96 millions d'euros. L'État et la région en financent l'essentiel. La chambre relève que la commune a dû gérer des volumes de travaux sans commune mesure avec ses moyens, avec l'appui de la communauté d'agglomération de la Riviera Française et des services de l'État.

        ## Les finances

        Les comptes ont été tenus de manière satisfaisante malgré ces circonstances. Les retards de versement des subventions ont cependant obligé la commune à recourir à une ligne de trésorerie de 4 millions d'euros.

        ## Recommandations

        La chambre recommande de suivre les subventions par opération et de préparer avec Breil-sur-Roya et la commune italienne de Limone un plan de gestion des risques de la vallée.
        """) with { InfoTitle = "ROD 2024-012" };
}

/// <summary>Mende and the CC Cœur de Lozère, joint subjects (shared services); Pelouse, Badaroux and Balsièges (members) and the Lozère are context.</summary>
public sealed class MendeCoeurDeLozereMutualisation2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("mende-coeur-de-lozere-schema-mutualisation-2023.html",
        "Schéma de mutualisation entre la ville de Mende et Cœur de Lozère", "Ville de Mende", "2023-11-28",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://mende.example/mutualisation-2023", """
        ## Deux employeurs, une administration

        La ville de Mende et la communauté de communes Cœur de Lozère partagent depuis 2017 une direction générale et plusieurs services : finances, ressources humaines, informatique et commande publique. Le schéma de mutualisation actualisé en 2023 étend ce partage aux services techniques.

        ## Ce que prévoit le schéma

        - un service commun de gestion des bâtiments, pour la ville et l'intercommunalité ;
        - un groupement de commandes pour l'énergie ouvert aux sept communes membres, de Pelouse à Balsièges ;
        - une clé de répartition des coûts révisée chaque année selon le temps passé.

        ## Les économies attendues

        La ville et la communauté attendent 380 000 euros d'économies par an à l'horizon 2026. Les communes de Badaroux et de Balsièges pourront adhérer au service commun d'instruction des permis de construire, aujourd'hui réservé à Mende.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "28/11/2023" };
}

/// <summary>The Landes and the Gers, joint subjects (a two-département note on avian flu); Mont-de-Marsan, Auch and the Chalosse are context; Nouvelle-Aquitaine and Occitanie are context.</summary>
public sealed class MinistereAgricultureLandesGers2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("ministere-agriculture-landes-gers-influenza-2023.html",
        "Influenza aviaire : bilan de la vaccination dans les Landes et le Gers", "Ministère de l'Agriculture et de la Souveraineté alimentaire", "2024-04-30",
        DocumentTypeLabels.Etude, Themes.Durable, "https://agriculture.example/statistiques/influenza-landes-gers", """
        ## Deux départements en première ligne

        Les Landes et le Gers produisent à eux deux plus de la moitié des canards gras français. Ils ont été les plus touchés par les épizooties de 2021 et 2022. La campagne de vaccination des canards, lancée à l'automne 2023, y a été déployée en priorité.

        ## Les résultats

        | Indicateur | Landes | Gers |
        | Élevages vaccinés | 1 210 | 980 |
        | Foyers déclarés en 2023-2024 | 3 | 2 |
        | Foyers déclarés en 2021-2022 | 312 | 187 |

        ## Les suites

        Aucune zone de restriction n'a été nécessaire autour de Mont-de-Marsan ni d'Auch cet hiver. Les deux départements, bien que situés dans deux régions différentes, partagent un même comité de suivi avec les producteurs de la Chalosse et de l'Armagnac.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Statistiques", "Santé animale"] };
}

/// <summary>Foug (Meurthe-et-Moselle, 54570); Toul and the CC Terres Touloises (membership) are context.</summary>
public sealed class FougCompteAdministratif2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("foug-compte-administratif-2023.pdf",
        "Compte administratif 2023 : rapport au conseil municipal", "Commune de Foug", "2024-04-03",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://mairie-foug.example/ca-2023.pdf",
        "Commune de Foug - compte administratif 2023", "tuilerie", """
        ## La commune

        Foug compte 2 630 habitants à l'ouest de Toul, au pied des côtes de Meuse. L'ancienne cité ouvrière de la tuilerie et de la fonderie a conservé de nombreux équipements : piscine, salle de spectacle, groupe scolaire. Elle est membre de la communauté de communes Terres Touloises.

        ## Le fonctionnement

        Les recettes de fonctionnement s'élèvent à 2,6 millions d'euros et les dépenses à 2,2 millions. La fermeture estivale de la piscine, décidée en raison du coût de l'énergie, a réduit les charges de 60 000 euros. Les effectifs communaux sont stables.

        ## L'investissement

        La commune a consacré 740 000 euros à la rénovation du groupe scolaire et à la démolition d'une friche industrielle rue de la Tuilerie. Un emprunt de 300 000 euros a été souscrit.

        ## La dette

        L'encours atteint 1,9 million d'euros, soit 720 euros par habitant. La capacité de désendettement, 4,8 années, reste éloignée du seuil d'alerte. Aucun nouvel emprunt n'est envisagé en 2024.
        """);
}

/// <summary>Vandœuvre-lès-Nancy; Nancy and the Métropole du Grand Nancy (membership) are context; the Plateau de Haye is a district.</summary>
public sealed class AnctVandoeuvreQuartier2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("anct-vandoeuvre-renouvellement-urbain-2023.html",
        "Renouvellement urbain : où en est Vandœuvre-lès-Nancy ?", "Observatoire des territoires", "2023-12-12",
        DocumentTypeLabels.Etude, Themes.Social, "https://observatoire-territoires.example/analyses/vandoeuvre-renouvellement", """
        ## Un quartier en transformation

        Vandœuvre-lès-Nancy, 30 000 habitants, est la deuxième commune de la Métropole du Grand Nancy. Son quartier des Nations, construit dans les années 1960, fait l'objet d'un programme de renouvellement urbain de 180 millions d'euros. Un habitant de la commune sur trois y réside.

        ## Les premiers résultats

        Six tours ont été démolies et 420 logements reconstruits, dont la moitié hors du quartier. Le taux de pauvreté y reste élevé, à 41 %, mais la part des ménages qui souhaitent partir a reculé. La future ligne de tramway reliera le quartier au centre de Nancy en vingt minutes.

        ## Les enjeux

        La commune doit maintenir ses équipements de proximité pendant les travaux. L'observatoire recommande de suivre le devenir des ménages relogés.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Analyses", "Politique de la ville"] };
}

/// <summary>Issoire (Puy-de-Dôme); the CA Agglo Pays d'Issoire (membership, with the seat's name), Clermont-Ferrand and the Allier (river) are context.</summary>
public sealed class CrcIssoire2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => PdfDoc("crc-ara-commune-d-issoire-2023.pdf",
        "Commune d'Issoire : rapport d'observations définitives", "Chambre régionale des comptes Auvergne-Rhône-Alpes", "2023-07-04",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-ara.example/rod/issoire-2023.pdf",
        "CRC Auvergne-Rhône-Alpes - Issoire", "ville-centre de", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune d'Issoire de 2017 à 2022. La ville de 15 000 habitants, à trente-cinq kilomètres au sud de Clermont-Ferrand, sur l'Allier, est un pôle industriel marqué par l'aluminium et l'aéronautique. Elle est la ville-centre de l'Agglo Pays d'Issoire, dont les comptes ne sont pas examinés ici.

        ## Les relations avec l'intercommunalité

        Les transferts de compétences vers l'agglomération, créée en 2017, ont été évalués de manière incomplète : la commune continue de supporter des charges liées au conservatoire, désormais intercommunal. La chambre invite les deux collectivités à réviser les attributions de compensation.

        ## La situation financière

        Les produits de gestion augmentent de 2,4 % par an. L'épargne brute, 17 % des produits, permet de financer un programme d'investissement soutenu, centré sur la rénovation du centre ancien. La dette, 21 millions d'euros, est maîtrisée.

        ## Recommandations

        La chambre recommande de fiabiliser les restes à réaliser et de formaliser une stratégie patrimoniale.
        """) with { Hyphenate = true };
}

/// <summary>Chinon (Indre-et-Loire); the CC Chinon, Vienne et Loire (membership; "Vienne" is the river, not the département or the commune), Avoine (power plant) and Tours are context.</summary>
public sealed class AdemeChinonRenovation2023 : ITerritoryBlind9Source
{
    public SampleDocument Create() => HtmlDoc("ademe-chinon-renovation-centre-ancien-2023.html",
        "Chinon : rénover un centre ancien sans le dénaturer", "ADEME", "2023-10-31",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/chinon-centre-ancien", """
        ## Un patrimoine à rénover

        Au pied de sa forteresse, Chinon compte 8 100 habitants et un centre ancien de maisons en tuffeau, dont un logement sur cinq est vacant. La commune, membre de la communauté de communes Chinon, Vienne et Loire, a lancé en 2021 une opération de rénovation énergétique adaptée au bâti ancien, sur les bords de la Vienne.

        ## Les solutions retenues

        - des enduits isolants à la chaux, compatibles avec la pierre ;
        - le remplacement des menuiseries dans le respect du secteur sauvegardé ;
        - un réseau de chaleur alimenté par la récupération de chaleur de la centrale d'Avoine, à l'étude.

        ## Les résultats

        Quatre-vingt-dix logements ont été rénovés, avec un gain moyen de 45 % sur la consommation. L'agence souligne l'intérêt de la démarche pour d'autres villes du Val de Loire, de Tours à Saumur.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = true };
}
