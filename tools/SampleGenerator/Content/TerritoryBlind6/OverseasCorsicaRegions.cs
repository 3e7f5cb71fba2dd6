using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind6 territory split (issue 13): overseas, Corsica, régions (usual and former names).
namespace SampleGenerator.Content.TerritoryBlind6;

/// <summary>Le Moule (Guadeloupe, 97160), also "moule" (a mussel, a mould); Pointe-à-Pitre is context.</summary>
public sealed class CrcLeMoule2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("crc-guadeloupe-commune-du-moule-2023.html",
        "Commune du Moule : rapport d'observations définitives", "Chambre régionale des comptes Guadeloupe", "2023-05-30",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-guadeloupe.example/rod/le-moule-2023", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune du Moule, 23 000 habitants, sur la côte est de la Grande-Terre, pour les exercices 2017 à 2022. Le contrôle a porté sur la fiabilité des comptes, la situation financière et la gestion des ressources humaines.

        ## Une situation financière fragile

        La commune a accumulé des retards de paiement : le délai global de paiement des fournisseurs dépasse 90 jours. Les charges de personnel représentent 67 % des dépenses de fonctionnement. Le plan de redressement engagé en 2020 a permis de dégager une épargne brute positive depuis 2021.

        ## Les recommandations

        La chambre recommande au Moule de fiabiliser l'état de la dette, de mettre en place une gestion prévisionnelle des effectifs et de sécuriser les recettes de l'octroi de mer. Elle note que le port de pêche, réhabilité avec l'aide de l'Union européenne, reste sous-utilisé faute de convention avec les pêcheurs, qui débarquent une partie de leurs prises à Pointe-à-Pitre.
        """) with { Breadcrumb = ["Publications", "Guadeloupe"] };
}

/// <summary>Lamentin (Guadeloupe, 97129); Le Lamentin in Martinique is a homonym named to rule it out; Baie-Mahault is a neighbour.</summary>
public sealed class DgfipLamentin2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("dgfip-guadeloupe-lamentin-fiscalite-2022.pdf",
        "Lamentin (Guadeloupe) : fiscalité directe locale 2022", "Direction régionale des finances publiques de la Guadeloupe", "2023-02-07",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://dgfip.example/guadeloupe/fiscalite/lamentin-2022.pdf",
        "DRFiP de la Guadeloupe — fiscalité directe locale", "foncier bâti", """
        ## Avertissement

        La présente fiche concerne la commune de Lamentin, en Guadeloupe (code postal 97129). Elle ne doit pas être confondue avec la commune du Lamentin, en Martinique, qui fait l'objet d'une fiche distincte établie par la direction régionale de Martinique.

        ## Les bases et les taux

        | Taxe | Base nette (milliers d'euros) | Taux communal | Produit (milliers d'euros) |
        | Foncier bâti | 21 400 | 38,6 % | 8 260 |
        | Foncier non bâti | 310 | 41,2 % | 128 |
        | Taxe d'habitation (résidences secondaires) | 1 150 | 27,4 % | 315 |
        Source : états fiscaux 2022 (données fictives).

        ## Commentaire

        Les bases du foncier bâti de Lamentin ont progressé de 6,8 % en 2022, sous l'effet de la revalorisation forfaitaire et des constructions nouvelles dans la zone d'activités de la commune, voisine de celle de Baie-Mahault. Le produit du foncier bâti représente désormais 89 % du produit fiscal de la commune. Le taux communal est inchangé depuis 2019.

        Le nombre de locaux recensés atteint 8 900, dont 7 800 locaux d'habitation.
        """);
}

/// <summary>Mana (Guyane), a short name; Saint-Laurent-du-Maroni and Awala-Yalimapo are neighbours.</summary>
public sealed class InseeMana2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("insee-guyane-mana-population-2023.html",
        "Mana : une population qui a doublé en vingt ans", "INSEE", "2023-08-22",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/guyane/flash/mana-2023", """
        ## Une croissance très rapide

        La commune de Mana, dans l'ouest de la Guyane, compte 11 000 habitants en 2020, deux fois plus qu'en 2000. La croissance repose sur un excédent naturel élevé et sur l'arrivée de familles venues du Suriname voisin.

        ## Une population très jeune

        La moitié des habitants de Mana ont moins de 20 ans. Les écoles de la commune accueillent 3 600 élèves et plusieurs fonctionnent en rotation, faute de classes en nombre suffisant. Près d'un adulte sur deux n'a aucun diplôme.

        ## Un territoire étendu

        Le bourg ne regroupe qu'un tiers de la population : le reste vit dans des villages le long du fleuve et de la route de Saint-Laurent-du-Maroni. L'accès aux services publics reste difficile pour les habitants éloignés. La commune voisine d'Awala-Yalimapo partage avec Mana une partie de ses équipements.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Guyane"] };
}

/// <summary>Dzaoudzi (Mayotte), on Petite-Terre; Pamandzi is a neighbour; Mamoudzou is context.</summary>
public sealed class PrefectureDzaoudzi2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-976-dzaoudzi-eau-2023.html",
        "Dzaoudzi : un nouveau réservoir pour sécuriser l'alimentation en eau", "Préfecture de Mayotte", "2023-12-05",
        DocumentTypeLabels.Page, Themes.Durable, "https://mayotte.gouv.example/dzaoudzi-reservoir", """
        ## Un chantier prioritaire

        Dans le cadre du plan de lutte contre la sécheresse, l'État finance à hauteur de 2,1 millions d'euros la construction d'un réservoir de 2 000 mètres cubes sur la commune de Dzaoudzi, en Petite-Terre. Le chantier doit s'achever en juin 2024.

        ## Pourquoi Dzaoudzi

        La commune, qui compte 18 000 habitants, est alimentée par une conduite sous-marine depuis Grande-Terre et ne dispose que de deux jours de réserve. Les coupures y ont été plus fréquentes que dans le reste de l'île au cours de l'année 2023. Le réservoir servira aussi, en secours, la commune voisine de Pamandzi.

        ## Les autres mesures

        Des rampes de distribution d'eau en bouteille restent ouvertes à Dzaoudzi et à Labattoir. Les services de l'État, installés pour partie à Mamoudzou, coordonnent les distributions avec la commune.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Collectivité territoriale de Saint-Pierre-et-Miquelon (overseas collectivity, recorded as R 975 in the gazetteer, as Saint-Martin R 978
/// in gold-blind5.tsv); the commune of Saint-Pierre (97502) and the other Saint-Pierre are not meant; Canada is context.</summary>
public sealed class IedomSaintPierreMiquelon2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("iedom-saint-pierre-et-miquelon-rapport-2022.pdf",
        "Saint-Pierre-et-Miquelon — rapport annuel économique 2022", "Institut d'émission des départements d'outre-mer", "2023-07-11",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://iedom.example/saint-pierre-et-miquelon/rapport-2022.pdf",
        "IEDOM — Saint-Pierre-et-Miquelon", "produits de la mer", """
        ## Un archipel de 6 000 habitants

        L'archipel de Saint-Pierre-et-Miquelon, collectivité d'outre-mer située au large de Terre-Neuve, compte environ 6 000 habitants répartis entre deux communes. Son économie repose sur la commande publique, la pêche et les échanges avec le Canada.

        ## L'activité en 2022

        L'activité a été soutenue par la reprise du tourisme après deux années de fermeture des frontières : le nombre de passagers des liaisons aériennes a progressé de 62 %. La filière des produits de la mer reste fragile : les débarquements ont diminué de 18 %.

        | Indicateur | 2021 | 2022 |
        | Prix à la consommation (glissement annuel) | + 2,1 % | + 5,8 % |
        | Demandeurs d'emploi | 305 | 262 |
        | Encours des crédits (millions d'euros) | 281 | 297 |
        Source : IEDOM, services de la collectivité (données fictives).

        ## Les finances publiques

        Le budget de la Collectivité territoriale, qui exerce les compétences d'un département et d'une région ainsi que la fiscalité, atteint 76 millions d'euros. Les dotations de l'État en financent plus de la moitié.
        """);
}

/// <summary>Papeete (Polynésie française); Faaa and Punaauia are neighbours; Tahiti is the island.</summary>
public sealed class CtcPapeete2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("ctc-polynesie-commune-de-papeete-2022.html",
        "Commune de Papeete : rapport d'observations définitives", "Chambre territoriale des comptes de la Polynésie française", "2022-09-20",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ctc-polynesie.example/rod/papeete-2022", """
        ## L'objet du contrôle

        La chambre territoriale a contrôlé les comptes et la gestion de la commune de Papeete, chef-lieu de la Polynésie française, pour les exercices 2016 et suivants. La commune compte 26 600 habitants, mais sa population de jour est trois fois plus nombreuse.

        ## Les finances

        Les recettes de fonctionnement reposent pour 60 % sur le fonds intercommunal de péréquation et sur les dotations de l'État. La commune supporte les charges de centralité sans contribution des communes voisines de Faaa et de Punaauia, dont les habitants fréquentent ses équipements.

        ## Les services publics

        La chambre relève que la collecte des déchets et la distribution de l'eau ont été améliorées. Elle recommande à Papeete de renouveler son réseau d'eau, dont le rendement ne dépasse pas 55 %, et de fixer un plan d'entretien du patrimoine communal, notamment des écoles.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Publications", "Polynésie française"] };
}

/// <summary>Sartène (Corse-du-Sud); Propriano is a neighbour; Ajaccio is context.</summary>
public sealed class CorseSartene2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("crc-corse-commune-de-sartene-2023.pdf",
        "Commune de Sartène : rapport d'observations définitives", "Chambre régionale des comptes de Corse", "2023-04-25",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-corse.example/rod/sartene-2023.pdf",
        "Chambre régionale des comptes de Corse", "régie des eaux", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune de Sartène, en Corse-du-Sud, de 2018 à 2022. Avec 3 700 habitants et un territoire de 200 kilomètres carrés, c'est l'une des communes les plus étendues de l'île. Sa population double en été.

        ## La situation financière

        Les recettes de fonctionnement ont progressé de 12 % sur la période, grâce à la taxe de séjour et aux recettes domaniales des plages. Les charges de personnel restent élevées : 62 % des dépenses de fonctionnement.

        | Exercice | Recettes de fonctionnement (M€) | Épargne brute (M€) |
        | 2018 | 6,2 | 0,6 |
        | 2020 | 6,0 | 0,4 |
        | 2022 | 6,9 | 0,9 |
        Source : comptes de gestion (données fictives).

        ## La régie des eaux

        La régie des eaux de Sartène ne facture qu'une partie de l'eau distribuée : le rendement du réseau est inférieur à 50 %. La chambre recommande d'installer des compteurs de sectorisation et de réviser les tarifs. Elle observe que la commune voisine de Propriano a conduit un programme comparable avec succès. Les services de l'État à Ajaccio ont été associés à la démarche.
        """);
}

/// <summary>Borgo (Haute-Corse), also an Italian word for "village"; Bastia and Biguglia are neighbours.</summary>
public sealed class OfglBorgo2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-borgo-2b-2023.html",
        "Borgo (2B) : fiche financière 2022", "OFGL", "2023-10-12",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/fiches/communes/2B042-2023", """
        ## Borgo — code commune 2B042

        Commune de 10 300 habitants de la Haute-Corse, au sud de Bastia, Borgo a connu l'une des plus fortes croissances démographiques de l'île depuis vingt ans, comme sa voisine Biguglia.

        | Indicateur (euros par habitant) | Borgo | Strate |
        | Recettes réelles de fonctionnement | 1 020 | 1 265 |
        | Dépenses de personnel | 468 | 640 |
        | Dépenses d'équipement | 412 | 356 |
        | Encours de dette | 690 | 915 |
        Source : comptes de gestion 2022 (données fictives).

        Les dépenses d'équipement, supérieures à la moyenne, portent sur les écoles et la voirie des nouveaux quartiers. En italien, borgo désigne un bourg : la commune en a gardé le nom et le plan, autour du village perché qui domine l'étang.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>"Région Sud" (Provence-Alpes-Côte d'Azur, region:93, a code of earlier splits), by its usual name; Marseille, Nice and Toulon are places in it.</summary>
public sealed class RegionSudLycees2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("region-sud-plan-lycees-2023.html",
        "La Région Sud lance un plan de 1,5 milliard d'euros pour ses lycées", "Région Sud", "2023-03-16",
        DocumentTypeLabels.Page, Themes.Culture, "https://maregionsud.example/actualites/plan-lycees", """
        ## Un plan sur six ans

        La Région Sud a adopté en séance plénière un plan pluriannuel d'investissement de 1,5 milliard d'euros pour ses 187 lycées publics. Il prévoit la construction de quatre établissements neufs, la rénovation énergétique de 60 lycées et l'installation de panneaux photovoltaïques sur 100 toitures.

        ## Les premières opérations

        Les premières opérations concernent des lycées de Marseille, de Nice et de Toulon, où les effectifs dépassent la capacité d'accueil. Un nouveau lycée doit ouvrir en 2027 dans l'ouest des Bouches-du-Rhône.

        ## Le financement

        Le plan est financé par l'emprunt à hauteur de 40 %, par les fonds européens et par l'épargne de la collectivité. La Région rappelle que la dépense d'investissement par lycéen a augmenté de 30 % depuis 2016.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false };
}

/// <summary>Former région Picardie (2014) -> Hauts-de-France, region:32 (a code of earlier splits); the Aisne, the Oise and the Somme are places in it.</summary>
public sealed class InseePicardie2014 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("insee-picardie-navettes-2014.pdf",
        "Picardie : un actif sur six travaille en Île-de-France", "Insee Picardie", "2014-04-08",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/picardie/analyses/navettes-2014.pdf",
        "Insee Picardie Analyses", "navettes domicile-travail", """
        ## Des navettes de plus en plus longues

        En 2011, 128 000 actifs résidant en Picardie travaillent en Île-de-France, soit un actif picard sur six. Ils étaient 98 000 en 1999. Ces navettes domicile-travail concernent surtout le sud de l'Oise, mais elles s'étendent désormais à l'Aisne et, dans une moindre mesure, à la Somme.

        | Département de résidence | Actifs travaillant en Île-de-France | Part des actifs |
        | Oise | 98 000 | 27 % |
        | Aisne | 21 000 | 9 % |
        | Somme | 9 000 | 4 % |
        Source : recensement de la population 2011 (données fictives).

        ## Des profils qualifiés

        Les navetteurs sont plus souvent cadres ou professions intermédiaires que les actifs qui travaillent dans la région. Leurs revenus, plus élevés, sont dépensés en partie en Picardie, ce qui soutient l'économie résidentielle des communes proches des gares.

        ## Un coût pour les ménages

        Le temps de trajet moyen atteint 1 heure 10 par trajet. Les ménages concernés consacrent en moyenne 11 % de leur budget au transport.
        """);
}

/// <summary>Former région Poitou-Charentes (2015) -> Nouvelle-Aquitaine, region:75 (a code of earlier splits); Poitiers and La Rochelle are places in it.</summary>
public sealed class AdemePoitouCharentes2015 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("ademe-poitou-charentes-energie-2015.html",
        "Bilan énergétique du Poitou-Charentes : la part des renouvelables progresse", "ADEME", "2015-05-12",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/poitou-charentes/bilan-energetique-2015", """
        ## La consommation d'énergie

        La consommation d'énergie finale du Poitou-Charentes atteint 4,6 millions de tonnes équivalent pétrole en 2013, en baisse de 6 % depuis 2005. Le bâtiment en représente 44 % et les transports 33 %.

        ## Les énergies renouvelables

        La production d'énergie renouvelable de la région a doublé en huit ans. Le bois-énergie reste la première source ; l'éolien, avec 420 mégawatts installés, et le photovoltaïque progressent rapidement. Les énergies renouvelables couvrent 13 % de la consommation régionale.

        ## Les territoires

        Les agglomérations de Poitiers et de La Rochelle ont adopté des plans climat ambitieux. La fusion prochaine des régions conduira à intégrer ce bilan dans celui de la grande région ; l'observatoire régional poursuivra toutefois la publication de données par ancien territoire.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Territoires", "Poitou-Charentes"] };
}

/// <summary>Former région Lorraine (2013) -> Grand Est, region:44 (a code of earlier splits); the Moselle and the Vosges are places in it; the
/// Luxembourg is context.</summary>
public sealed class LorraineFrontaliers2013 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("conseil-regional-lorraine-frontaliers-2013.pdf",
        "Travail frontalier : la Lorraine, première région de France", "Conseil régional de Lorraine", "2013-11-19",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://lorraine.example/observatoire/frontaliers-2013.pdf",
        "Conseil régional de Lorraine — Observatoire", "travailleurs frontaliers", """
        ## 100 000 travailleurs frontaliers

        Avec près de 100 000 travailleurs frontaliers, la Lorraine est la première région française pour le travail transfrontalier. Les trois quarts se rendent au Luxembourg, les autres en Allemagne et en Belgique.

        ## Une dépendance croissante

        Le nombre de travailleurs frontaliers lorrains a été multiplié par deux depuis 1999. Dans le nord de la Moselle et de la Meurthe-et-Moselle, plus d'un actif sur trois travaille hors de France. À l'inverse, les Vosges restent peu concernées.

        | Pays de travail | Frontaliers lorrains | Évolution 2008-2013 |
        | Luxembourg | 74 000 | + 16 % |
        | Allemagne | 21 000 | - 9 % |
        | Belgique | 5 000 | + 4 % |
        Source : observatoire régional (données fictives).

        ## Les enjeux pour la région

        L'afflux de travailleurs frontaliers pèse sur les transports : le conseil régional finance de nouvelles rames de TER sur la ligne Nancy-Metz-Luxembourg. Il demande une compensation fiscale pour les communes de résidence, qui supportent les charges de services sans percevoir l'impôt sur les revenus gagnés à l'étranger.
        """);
}
