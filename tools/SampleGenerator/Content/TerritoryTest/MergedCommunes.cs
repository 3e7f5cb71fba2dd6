using SampleGenerator.Model;

// Held-out territory test set: communes nouvelles named by their communes déléguées or former names.
namespace SampleGenerator.Content.TerritoryTest;

/// <summary>A commune nouvelle described through its five communes déléguées.</summary>
public sealed class InseeAnnecyCommuneNouvelle2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-annecy-cinq-ans-apres-la-fusion-2022.html",
        Title = "Annecy, cinq ans après la création de la commune nouvelle",
        Publisher = "INSEE",
        Date = "2022-03-31",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Geo],
        Url = "https://insee.example/statistiques/analyses-ara-annecy-2022",
        HasSidecar = false,
        DateCue = "Insee Analyses Auvergne-Rhône-Alpes n° 147 — Paru le 31/03/2022",
        Breadcrumb = ["Statistiques", "Auvergne-Rhône-Alpes"],
        Body = """
            Le 1er janvier 2017, Annecy, Annecy-le-Vieux, Cran-Gevrier, Meythet, Pringy et Seynod ont fusionné pour former la commune nouvelle d'Annecy. Avec 130 000 habitants, elle est devenue l'une des communes les plus peuplées de la région. Les six anciennes communes sont désormais des communes déléguées. Cette étude décrit l'évolution de la population et de l'emploi de la commune nouvelle entre 2013 et 2019, en distinguant ses composantes.

            ## Une croissance portée par les communes déléguées périphériques

            La population de la commune nouvelle progresse de 0,8 % par an. La croissance est la plus forte à Pringy et à Seynod, où se sont construits la plupart des nouveaux logements ; elle est nulle dans la commune déléguée d'Annecy, le centre historique, où les logements sont de plus en plus souvent des résidences secondaires ou des meublés de tourisme.

            | Commune déléguée | Population 2019 | Évolution annuelle 2013-2019 |
            | Annecy (centre) | 50 600 | 0,0 % |
            | Annecy-le-Vieux | 21 300 | + 0,9 % |
            | Seynod | 20 800 | + 1,6 % |
            | Cran-Gevrier | 17 900 | + 0,7 % |
            | Meythet | 8 800 | + 0,4 % |
            | Pringy | 4 300 | + 2,4 % |
            | Annecy (commune nouvelle) | 123 700 | + 0,8 % |
            Source : Insee, recensements de la population (chiffres fictifs).

            ## Un pôle d'emploi sous tension

            La commune concentre 78 000 emplois, soit plus de six emplois pour dix habitants. Les prix du logement, parmi les plus élevés de province, repoussent les jeunes ménages vers les communes plus éloignées de la Haute-Savoie, voire vers l'Ain et la Savoie. Les navettes domicile-travail s'allongent.

            ## Méthode

            Les populations des communes déléguées sont calculées à partir des résultats du recensement à l'îlot. Les comparaisons avec d'autres grandes communes nouvelles, comme Cherbourg-en-Cotentin ou Évry-Courcouronnes, figurent dans une publication nationale distincte.
            """,
    };
}

/// <summary>A commune under its former name (Cherbourg-Octeville, before Cherbourg-en-Cotentin).</summary>
public sealed class CrcNormandieCherbourgOcteville2014 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-basse-normandie-cherbourg-octeville-2014.html",
        Title = "Commune de Cherbourg-Octeville (Manche) — Rapport d'observations définitives",
        Publisher = "Chambre régionale des comptes de Basse-Normandie, Haute-Normandie",
        Date = "2014-09-02",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances, Themes.Culture],
        Url = "https://ccomptes.example/crc/normandie/cherbourg-octeville-2014",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Basse-Normandie"],
        Body = """
            ## La commune

            Cherbourg-Octeville, issue de la fusion en 2000 des communes de Cherbourg et d'Octeville, compte 37 000 habitants. Ville portuaire et militaire, elle est le centre de la communauté urbaine de Cherbourg, qui exerce notamment les compétences de l'eau, de l'assainissement, des transports et de la voirie. La chambre a examiné la gestion de la commune pour les exercices 2008 à 2012, en particulier ses équipements culturels.

            ## Le théâtre à l'italienne et la scène nationale

            La ville est propriétaire du théâtre à l'italienne, rénové en 2006, qu'elle met à disposition de la scène nationale, association subventionnée par l'État, la région Basse-Normandie, le département de la Manche et la commune. La contribution de la ville, 1,9 M€ par an en incluant la valeur des locaux et des fluides, n'est pas retracée dans la convention. La chambre recommande de valoriser ces concours en nature.

            | En milliers d'euros | 2008 | 2010 | 2012 |
            | Subvention à la scène nationale | 1 080 | 1 120 | 1 150 |
            | Entretien du théâtre | 460 | 510 | 530 |
            | Recettes de location de salles | 42 | 38 | 45 |
            Source : comptes administratifs (données fictives).

            ## Situation financière

            Les produits de gestion atteignent 62 M€ en 2012. L'épargne brute, en recul, représente 9 % des produits. La commune a réalisé d'importants investissements de rénovation urbaine dans les quartiers des Provinces et des Fourches. L'endettement reste modéré.

            ## Perspectives

            La chambre note que la réflexion engagée sur la création d'une commune nouvelle regroupant les cinq communes de la communauté urbaine modifierait profondément le périmètre de la gestion examinée. Elle recommande d'anticiper ce rapprochement dans la programmation pluriannuelle des investissements.
            """,
    };
}

/// <summary>A commune nouvelle named by its two former communes (Autrans and Méaudre).</summary>
public sealed class DgclFicheAutransMeaudre2019 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-fiche-commune-nouvelle-autrans-meaudre-2019.html",
        Title = "Retour d'expérience : la commune nouvelle née de la fusion d'Autrans et de Méaudre",
        Publisher = "DGCL",
        Date = "2019-11-12",
        Type = DocumentTypeLabels.Page,
        Themes = [Themes.Geo],
        Url = "https://collectivites-locales.example/institutions/communes-nouvelles/autrans-meaudre",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Institutions", "Communes nouvelles", "Retours d'expérience"],
        Body = """
            Autrans et Méaudre, deux villages voisins du plateau du Vercors, en Isère, ont fusionné le 1er janvier 2016. La commune nouvelle compte 2 900 habitants et dispose de la station de ski nordique la plus fréquentée du massif. Les deux anciennes communes sont devenues des communes déléguées, chacune avec un maire délégué et une mairie annexe.

            ## Les motivations

            Les deux communes partageaient déjà le domaine skiable nordique, l'office de tourisme et plusieurs associations. Elles faisaient face à la baisse de leurs dotations et à la nécessité d'investir dans la neige de culture et la diversification des activités « quatre saisons ». Le régime de garantie des dotations, accordé aux communes nouvelles créées avant 2016, a pesé dans la décision.

            ## Ce qui a changé

            Le conseil municipal de la commune nouvelle a d'abord réuni l'ensemble des conseillers des deux anciennes communes, soit 33 élus, puis a été ramené à 19 membres en 2020. Les services techniques ont été regroupés à Autrans ; l'accueil du public reste assuré dans chaque mairie. Les taux d'imposition ont été harmonisés sur douze ans.

            | Indicateur | Autrans (2015) | Méaudre (2015) | Commune nouvelle (2018) |
            | Population | 1 750 | 1 330 | 2 930 |
            | Dotation globale de fonctionnement (k€) | 412 | 318 | 801 |
            | Dépenses d'équipement (k€) | 1 120 | 640 | 2 450 |
            Source : DGCL, comptes des communes (données fictives).

            ## Les points de vigilance

            La gestion commune des remontées mécaniques a été confiée à une régie unique, dont les comptes restent fragiles en raison du manque de neige. Les habitants de Méaudre ont exprimé la crainte d'une perte de proximité ; la commune nouvelle y a maintenu une agence postale et les permanences du maire délégué.

            Les retours d'expérience des communes nouvelles sont présentés à titre d'illustration ; ils ne constituent pas une évaluation.
            """,
    };
}

/// <summary>"Évry" (Essonne) before the merger, while a commune Évry exists in the Yonne.</summary>
public sealed class CrcIdfEvry2018 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-idf-commune-evry-2018.html",
        Title = "Commune d'Évry (Essonne) : rapport d'observations définitives",
        Publisher = "Chambre régionale des comptes Île-de-France",
        Date = "2018-05-22",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances, Themes.Geo],
        Url = "https://ccomptes.example/crc/idf/evry-2018",
        HasSidecar = false,
        DateCue = "Observations définitives délibérées le 22 mai 2018",
        Breadcrumb = ["Publications", "Île-de-France"],
        Body = """
            La chambre régionale des comptes Île-de-France a contrôlé les comptes et la gestion de la commune d'Évry, préfecture de l'Essonne, pour les exercices 2012 à 2016. Ville nouvelle construite à partir des années 1970, Évry compte 53 000 habitants. Elle appartient depuis 2016 à la communauté d'agglomération Grand Paris Sud Seine Essonne Sénart, l'une des plus grandes intercommunalités de France.

            ## Un projet de fusion avec Courcouronnes

            Au moment du contrôle, les conseils municipaux d'Évry et de Courcouronnes préparaient la création d'une commune nouvelle au 1er janvier 2019. Les deux communes partagent une partie de leurs quartiers, la gare et l'université. La chambre recommande d'établir, avant la fusion, un état précis des engagements de chacune des deux communes : emprunts, contrats, personnel, contentieux.

            ## Une situation financière tendue

            Évry supporte des charges de centralité importantes pour une population aux revenus modestes. Son épargne brute, 4 % des produits de gestion en 2016, est insuffisante pour couvrir le remboursement en capital de la dette. L'encours de dette, 118 M€, représente plus de deux années de recettes.

            | En millions d'euros | 2012 | 2014 | 2016 |
            | Produits de gestion | 71,4 | 70,2 | 69,5 |
            | Épargne brute | 6,1 | 3,9 | 2,8 |
            | Encours de dette | 104,0 | 112,6 | 118,1 |
            Source : comptes de gestion (données fictives).

            ## Ressources humaines

            La commune emploie 1 210 agents. Le temps de travail, 1 547 heures par an, est inférieur à la durée légale. La chambre recommande de le mettre en conformité et de maîtriser les heures supplémentaires.

            Ce rapport ne concerne pas la commune homonyme d'Évry, dans l'Yonne.
            """,
    };
}

/// <summary>A commune nouvelle whose former communes include "Olonne-sur-Mer".</summary>
public sealed class InseeSablesDOlonne2020 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-les-sables-d-olonne-commune-nouvelle-2020.html",
        Title = "Les Sables-d'Olonne : une commune nouvelle de 45 000 habitants sur le littoral vendéen",
        Publisher = "INSEE",
        Date = "2020-02-13",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Geo],
        Url = "https://insee.example/statistiques/flash-pdl-sables-d-olonne-2020",
        Meta = HtmlMeta.JsonLd,
        TimeElement = true,
        Breadcrumb = ["Statistiques", "Pays de la Loire"],
        Body = """
            ## Trois communes réunies

            Le 1er janvier 2019, Les Sables-d'Olonne, Château-d'Olonne et Olonne-sur-Mer ont fusionné. La nouvelle commune des Sables-d'Olonne compte 45 000 habitants, ce qui en fait la deuxième commune de la Vendée, après La Roche-sur-Yon. Les trois anciennes communes formaient déjà une agglomération continue le long de la mer.

            ## Une population âgée

            Un habitant sur trois a 65 ans ou plus, contre un sur cinq en France. La commune attire des retraités, tandis que les jeunes adultes la quittent pour leurs études ou leur premier emploi. Le solde naturel est négatif : les décès sont deux fois plus nombreux que les naissances. La croissance de la population repose entièrement sur les arrivées.

            | Ancienne commune | Population 2017 | Part des 65 ans ou plus |
            | Les Sables-d'Olonne | 14 200 | 41 % |
            | Château-d'Olonne | 14 500 | 31 % |
            | Olonne-sur-Mer | 14 400 | 30 % |
            | Commune nouvelle | 43 100 | 34 % |
            Source : Insee, recensement de la population 2017 (chiffres fictifs).

            ## Logement et tourisme

            Les résidences secondaires représentent 38 % des logements. Leur part est la plus forte dans l'ancienne commune des Sables-d'Olonne, autour du remblai et du port. Le tourisme fait vivre une économie saisonnière : l'emploi salarié augmente de 25 % entre l'hiver et l'été. Le départ du Vendée Globe, tous les quatre ans, est l'événement le plus connu.

            ## Définitions

            Une commune nouvelle est créée par la fusion de communes contiguës ; les anciennes communes peuvent devenir des communes déléguées. Les données antérieures à 2019 sont présentées dans la géographie en vigueur au 1er janvier 2020.
            """,
    };
}

/// <summary>A commune nouvelle (Valserhône) named by its former chief town, Bellegarde-sur-Valserine.</summary>
public sealed class OfglFicheValserhone2021 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-fiche-commune-bellegarde-valserhone-2021.html",
        Title = "Fiche commune : Valserhône (ex-Bellegarde-sur-Valserine), comptes 2020",
        Publisher = "OFGL",
        Date = "2021-09-09",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Finances],
        Url = "https://ofgl.example/donnees/fiches-communes/01033",
        HasSidecar = false,
        DateCue = "Mis à jour le 9 septembre 2021",
        Breadcrumb = ["Données", "Fiches communes"],
        Body = """
            Code commune : 01033. Valserhône est la commune nouvelle créée le 1er janvier 2019 par la fusion de Bellegarde-sur-Valserine, Châtillon-en-Michaille et Lancrans. Les comptes ci-dessous sont ceux de l'exercice 2020 ; pour les années antérieures, les données des trois anciennes communes sont additionnées.

            | Agrégat (en euros par habitant) | Valserhône | Strate 10 000 à 20 000 habitants |
            | Recettes réelles de fonctionnement | 1 412 | 1 289 |
            | Dépenses de personnel | 688 | 652 |
            | Épargne brute | 214 | 187 |
            | Dépenses d'équipement | 402 | 338 |
            | Encours de dette | 1 055 | 871 |
            Source : DGFiP, comptes de gestion ; calculs OFGL (données fictives).

            ## Repères

            La commune compte 16 700 habitants. Elle est membre de la communauté de communes Terre Valserhône. Ses recettes comprennent une part de la compensation financière genevoise, reversée par le département de l'Ain aux communes comptant des travailleurs frontaliers.

            ## Lecture

            L'effort d'équipement, supérieur à la moyenne de la strate, reflète les travaux de la gare et du pôle d'échanges. L'encours de dette, élevé, provient pour l'essentiel de l'ancienne commune de Bellegarde-sur-Valserine.

            Les fiches communes sont produites automatiquement à partir des balances comptables. La strate de comparaison est celle de la population totale au 1er janvier de l'année.
            """,
    };
}
