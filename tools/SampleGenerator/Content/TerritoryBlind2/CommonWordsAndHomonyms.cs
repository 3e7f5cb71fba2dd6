using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind2 territory split (issue 13): communes and départements whose names are common words or shared by
// several communes, with or without the département or postcode that real documents give.
namespace SampleGenerator.Content.TerritoryBlind2;

/// <summary>Tulle (Corrèze): the town, not the fabric; its agglomeration is only mentioned.</summary>
public sealed class CrcTulle2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("crc-nouvelle-aquitaine-commune-de-tulle-2023.html",
        "Commune de Tulle : rapport d'observations définitives", "Chambre régionale des comptes Nouvelle-Aquitaine", "2023-05-16",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/nouvelle-aquitaine/commune-de-tulle-2023", """
        ## Synthèse

        La chambre a examiné la gestion de la commune de Tulle, chef-lieu de la Corrèze, pour les exercices 2017 et suivants. La ville compte un peu plus de 13 000 habitants ; elle a confié à Tulle Agglo, dont elle est membre, l'eau, l'assainissement et le développement économique.

        Le tulle et la dentelle font partie de l'image de la ville, mais le musée qui leur est consacré relève désormais d'une association subventionnée : la chambre relève que la convention d'objectifs n'a pas été renouvelée depuis 2019.

        | En milliers d'euros | 2017 | 2020 | 2022 |
        | Produits de gestion | 17 840 | 18 120 | 18 960 |
        | Épargne brute | 2 310 | 1 980 | 2 240 |
        | Encours de dette | 21 400 | 19 870 | 18 650 |
        Source : comptes de gestion (données fictives).

        ## Recommandations

        - Renouveler la convention avec l'association gestionnaire du musée.
        - Fiabiliser l'inventaire des bâtiments scolaires.
        - Présenter au conseil municipal un bilan annuel de la halle de marché rénovée.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Nouvelle-Aquitaine"] };
}

/// <summary>Cognac (Charente): the town, not the spirit; Jarnac and the agglomeration are context. PDF.</summary>
public sealed class InseeCognacEmploi2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("insee-cognac-emploi-ville-2022.pdf",
        "Cognac : une ville ouvrière au cœur d'une économie de négoce", "INSEE", "2022-06-28",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://insee.example/statistiques/nouvelle-aquitaine/cognac-emploi-2022.pdf",
        "Insee Analyses Nouvelle-Aquitaine n° 118", "une ville ouvrière", """
        ## La ville concentre les emplois du négoce

        Cognac, deuxième commune de la Charente, compte 18 500 habitants et près de 15 000 emplois, soit davantage d'emplois que d'actifs résidents. Les maisons de négoce, la tonnellerie, la verrerie et l'imprimerie d'étiquettes y emploient directement 4 200 salariés. Chaque matin, plus de 9 000 personnes viennent travailler dans la commune depuis les villages viticoles alentour, notamment depuis Jarnac et Segonzac.

        Le cognac, eau-de-vie exportée à plus de 95 %, rend l'emploi local sensible à la conjoncture américaine et chinoise. Entre 2019 et 2021, l'emploi salarié privé de la ville a pourtant progressé de 3,4 %, contre 1,1 % dans l'ensemble du département.

        | Secteur | Emplois 2021 | Évolution 2019-2021 |
        | Industrie des boissons | 3 100 | + 5,2 % |
        | Emballage et verre | 1 100 | + 2,8 % |
        | Commerce | 2 350 | - 0,6 % |
        | Services publics | 3 900 | + 0,4 % |
        Source : Insee, Flores (données fictives).

        ## Une population qui vieillit

        La commune perd des habitants depuis 1990 au profit des communes périurbaines de l'agglomération du Grand Cognac. Un tiers des logements du centre ancien sont vacants ou peu occupés, ce qui pèse sur le commerce de proximité.
        """) with { Byline = ["Paru le 28/06/2022"] };
}

/// <summary>Fontaine (Isère, 38600), not Fontaine (Aube) nor Fontaine (Territoire de Belfort); "fontaine" is also a common word.</summary>
public sealed class DgfipFicheFontaine2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-fiche-fiscale-fontaine-38600-2023.html",
        "Fiscalité directe locale 2023 — Fontaine (38600)", "DGFiP", "2023-10-30",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/fiscalite-locale/fiches/38169-2023", """
        ## Identification

        Commune : Fontaine. Code postal : 38600. Code INSEE : 38169. Groupement : Grenoble-Alpes-Métropole (fiscalité professionnelle unique). Population DGF : 22 400 habitants.

        | Taxe | Base nette (€) | Taux (%) | Produit (€) |
        | Foncier bâti | 21 870 000 | 47,35 | 10 355 445 |
        | Foncier non bâti | 41 000 | 62,10 | 25 461 |
        | Habitation (résidences secondaires) | 1 120 000 | 20,19 | 226 128 |
        Source : DGFiP, état 1259 (données fictives).

        ## Observations

        Le produit du foncier bâti progresse de 6,9 %, porté par la revalorisation des valeurs locatives. La rénovation de la fontaine de la place Louis-Maisonnat, financée sur le budget d'investissement, est sans incidence sur les bases. Les communes homonymes de l'Aube (10200) et du Territoire de Belfort (90150) font l'objet de fiches distinctes.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Mise à jour le 30/10/2023", Breadcrumb = ["Fiscalité locale", "Fiches communales"] };
}

/// <summary>Valence (Tarn-et-Garonne), usually called Valence d'Agen; not Valence (Drôme). PDF.</summary>
public sealed class CrcValence822021 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("crc-occitanie-commune-de-valence-82-2021.pdf",
        "Commune de Valence (Tarn-et-Garonne) — rapport d'observations définitives", "Chambre régionale des comptes Occitanie", "2021-09-07",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/occitanie/commune-de-valence-2021.pdf",
        "CRC Occitanie — Commune de Valence (82)", "Commune de Valence", """
        ## Procédure

        La chambre a inscrit à son programme le contrôle des comptes et de la gestion de la commune de Valence (82400), dite Valence d'Agen, pour les exercices 2015 à 2020. Ce contrôle a été ouvert par lettre du président au maire le 2 mars 2021. Il ne concerne pas la commune de Valence dans la Drôme.

        ## Situation financière

        Bourg-centre de 5 300 habitants sur la rive droite de la Garonne, la commune porte des équipements utilisés par l'ensemble du bassin de vie : piscine, médiathèque, halle des sports. Leurs charges ne sont que partiellement partagées avec la communauté de communes des Deux Rives.

        | En milliers d'euros | 2015 | 2018 | 2020 |
        | Recettes réelles de fonctionnement | 5 920 | 6 140 | 6 010 |
        | Dépenses réelles de fonctionnement | 4 980 | 5 310 | 5 420 |
        | Capacité d'autofinancement brute | 940 | 830 | 590 |
        | Encours de la dette | 6 700 | 7 450 | 7 910 |
        Source : comptes de gestion (données fictives).

        La capacité d'autofinancement a reculé de 37 % en cinq ans. La chambre recommande d'actualiser le plan pluriannuel d'investissement et d'engager avec l'intercommunalité une réflexion sur le transfert de la piscine.
        """) with { Masthead = ["Chambre régionale des comptes Occitanie", "Rapport d'observations définitives"] };
}

/// <summary>Beaulieu (Indre, 36310), one of ten communes named Beaulieu; département and postcode given.</summary>
public sealed class OfglBeaulieuIndre2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-beaulieu-indre-2022.html",
        "Beaulieu (Indre) — fiche financière 2022", "OFGL", "2023-06-20",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/fiches/commune/36015/2022", """
        ## Présentation

        Beaulieu (36310), dans le sud de l'Indre, compte 51 habitants. C'est l'une des dix communes françaises de ce nom ; la fiche porte sur celle de l'Indre (code INSEE 36015). Son budget principal est inférieur à 60 000 euros.

        | En euros par habitant | Beaulieu | Communes de moins de 100 habitants |
        | Recettes de fonctionnement | 1 120 | 1 046 |
        | Dépenses d'équipement | 410 | 388 |
        | Encours de dette | 0 | 312 |
        Source : DGFiP, comptes de gestion 2022 ; calculs OFGL (données fictives).

        ## Lecture

        Les ratios d'une très petite commune varient fortement d'une année à l'autre : la réfection du toit de l'église, en 2022, suffit à placer l'effort d'équipement au-dessus de la moyenne. La commune n'a aucune dette.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Publié le 20/06/2023", Breadcrumb = ["Données", "Fiches communes"] };
}

/// <summary>Sainte-Colombe (Doubs), named with its postcode in a prefecture's notice; eleven homonyms elsewhere.</summary>
public sealed class PrefectureDoubsSainteColombe2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-doubs-sainte-colombe-dotations-2023.html",
        "Sainte-Colombe : notification des dotations 2023", "Préfecture du Doubs", "2023-04-12",
        DocumentTypeLabels.Page, Themes.Dotations, "https://doubs.gouv.example/publications/dotations-2023-sainte-colombe", """
        ## Notification

        Le préfet a notifié à la commune de Sainte-Colombe (25300) le montant de ses dotations pour 2023. La commune, proche de Pontarlier, compte 488 habitants.

        | Dotation | 2022 (€) | 2023 (€) |
        | Dotation forfaitaire | 61 230 | 61 870 |
        | Dotation de solidarité rurale | 24 410 | 26 950 |
        | Dotation nationale de péréquation | 5 120 | 5 380 |
        Source : DGCL, fiches individuelles DGF (données fictives).

        ## Détails

        La hausse de la dotation de solidarité rurale résulte de la revalorisation nationale de cette enveloppe et de la longueur de voirie déclarée, corrigée en 2022 après le classement de deux chemins ruraux. Les recours éventuels doivent être formés dans un délai de deux mois.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 12/04/2023", Breadcrumb = ["Publications", "Collectivités locales"] };
}

/// <summary>Montagne (Gironde), a wine commune whose name is a common word; Saint-Émilion is context.</summary>
public sealed class CrcMontagneGironde2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("crc-nouvelle-aquitaine-commune-de-montagne-2022.html",
        "Commune de Montagne (Gironde) : observations définitives", "Chambre régionale des comptes Nouvelle-Aquitaine", "2022-11-22",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/nouvelle-aquitaine/commune-de-montagne-2022", """
        ## Synthèse

        La commune de Montagne, en Gironde, compte 1 500 habitants et s'étend sur un coteau viticole voisin de Saint-Émilion, dont elle partage l'économie sans en avoir la notoriété. Malgré son nom, son point culminant ne dépasse pas 100 mètres.

        La chambre a contrôlé les exercices 2016 à 2021. La situation financière est saine : l'épargne brute représente 19 % des produits de gestion et la dette est faible. Les observations portent sur la gestion de la salle des fêtes, louée sans délibération tarifaire, et sur l'absence de suivi des concessions du cimetière.

        | En milliers d'euros | 2016 | 2021 |
        | Produits de gestion | 1 180 | 1 310 |
        | Épargne brute | 205 | 249 |
        | Encours de dette | 640 | 410 |
        Source : comptes de gestion (données fictives).
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>Plaisance (Gers, 32160) among four homonyms; "plaisance" is also a common word. PDF.</summary>
public sealed class DgclPlaisanceGers2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("dgcl-plaisance-gers-dsr-2023.pdf",
        "Dotation de solidarité rurale 2023 — commune de Plaisance (Gers)", "DGCL", "2023-05-02",
        DocumentTypeLabels.Dataset, Themes.Dotations, "https://collectivites-locales.example/dotations/fiches/32319-2023.pdf",
        "DGCL — Fiche DSR 2023 — 32319", "commune de Plaisance", """
        ## Éligibilité

        La commune de Plaisance, dans le Gers (code postal 32160, code INSEE 32319), compte 1 430 habitants. Elle est éligible aux trois fractions de la dotation de solidarité rurale : la fraction bourg-centre, au titre de son rôle de pôle pour les communes rurales du canton, la fraction péréquation et la fraction cible.

        | Fraction | Montant 2022 (€) | Montant 2023 (€) |
        | Bourg-centre | 118 400 | 127 900 |
        | Péréquation | 61 200 | 64 300 |
        | Cible | 39 800 | 43 100 |
        | Total | 219 400 | 235 300 |
        Source : DGCL, répartition de la DGF 2023 (données fictives).

        ## Calcul

        La fraction bourg-centre tient compte de la population de la commune et de son potentiel financier par habitant, inférieur de 28 % à celui des communes de même taille. La fraction péréquation intègre la longueur de voirie communale et le nombre d'enfants de 3 à 16 ans. Les montants sont garantis à au moins 90 % de ceux de l'année précédente.

        Les communes homonymes de l'Aveyron, de la Dordogne et de la Vienne font l'objet de fiches distinctes. Rien à voir, donc, avec la navigation de plaisance : la commune est située au bord de l'Arros, loin de la mer.
        """);
}

/// <summary>Bourg (Gironde, 33710): "bourg" is a common word; the département appears only as "(33)" and in the postcode.</summary>
public sealed class InseeBourgPopulation2021 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("insee-commune-de-bourg-population-2021.html",
        "Bourg (33) : une population qui se renouvelle sur l'estuaire", "INSEE", "2021-12-14",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/bourg-33-population-2021", """
        ## Une commune de l'estuaire

        Bourg (33), au confluent de la Dordogne et de la Garonne, compte 2 240 habitants en 2018. La population de la commune a augmenté de 6 % en dix ans, grâce à l'installation de ménages venus de l'agglomération bordelaise, à moins de 40 minutes.

        Le bourg historique, la ville haute, perd des habitants, tandis que les lotissements des hameaux en gagnent. Les plus de 65 ans représentent 27 % de la population, contre 21 % dans l'ensemble du département.

        | Indicateur | 2008 | 2018 |
        | Population | 2 110 | 2 240 |
        | Part des 65 ans ou plus | 24 % | 27 % |
        | Logements vacants | 11 % | 9 % |
        Source : Insee, recensements de la population (données fictives).

        Contact : service de diffusion, 33710 Bourg.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Paru le 14/12/2021", Breadcrumb = ["Statistiques", "Nouvelle-Aquitaine"] };
}

/// <summary>Salles (Gironde, 33770), among five homonyms; "salles" is also a common word.</summary>
public sealed class CrcSallesGironde2020 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("crc-nouvelle-aquitaine-commune-de-salles-2020.html",
        "Commune de Salles (Gironde) — gestion des équipements scolaires", "Chambre régionale des comptes Nouvelle-Aquitaine", "2020-10-06",
        DocumentTypeLabels.Rod, Themes.Culture, "https://ccomptes.example/crc/nouvelle-aquitaine/commune-de-salles-2020", """
        ## Synthèse

        La commune de Salles (33770), au cœur du massif landais, a vu sa population passer de 5 700 à 8 200 habitants en quinze ans. Ses écoles ont dû ouvrir quatorze salles de classe depuis 2012, dont six dans des bâtiments modulaires loués.

        La chambre constate que ces locations, reconduites chaque année depuis 2014, ont coûté 1,3 M€, soit davantage que la construction d'un groupe scolaire équivalent. Elle recommande de programmer la construction annoncée et de mettre fin aux locations.

        | En milliers d'euros | 2014 | 2019 |
        | Dépenses scolaires de fonctionnement | 1 420 | 2 260 |
        | Loyers des modulaires | 48 | 212 |
        | Dépenses d'équipement scolaire | 380 | 1 140 |
        Source : comptes administratifs (données fictives).

        Les salles municipales et la salle omnisports n'ont pas été examinées.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Nouvelle-Aquitaine"] };
}

/// <summary>The département du Nord ("nord" is a common word); Lille and the arrondissements are places inside it. PDF.</summary>
public sealed class DreesNordRsa2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("drees-departement-du-nord-rsa-2022.pdf",
        "Le revenu de solidarité active dans le département du Nord en 2021", "DREES", "2022-10-18",
        DocumentTypeLabels.Etude, Themes.Social, "https://drees.example/publications/rsa-nord-2022.pdf",
        "DREES — Études et résultats territoriaux", "département du Nord", """
        ## Un allocataire sur onze en France

        Fin 2021, le département du Nord verse le revenu de solidarité active à 104 000 foyers, soit 8,9 % des allocataires de France métropolitaine pour 4 % de sa population. Le nombre de foyers allocataires a baissé de 6 % en un an, après la hausse liée à la crise sanitaire.

        La dépense d'allocation du département atteint 690 M€ en 2021. Elle représente 17 % de ses dépenses de fonctionnement, contre 11 % en moyenne pour les départements.

        | Arrondissement | Foyers allocataires | Pour 100 ménages |
        | Lille | 47 600 | 8,1 |
        | Valenciennes | 17 200 | 11,4 |
        | Douai | 11 300 | 11,9 |
        | Dunkerque | 10 100 | 8,0 |
        | Avesnes-sur-Helpe | 10 900 | 12,7 |
        | Cambrai | 6 900 | 8,6 |
        Source : CNAF, DREES (données fictives).

        ## Accompagnement

        Le département a signé avec l'État un contrat d'engagement pour l'accompagnement des allocataires. La part des nouveaux entrants orientés en moins d'un mois passe de 41 % à 63 %. Le vent du nord n'y est pour rien : ce résultat tient au regroupement des plateformes d'orientation.
        """);
}

/// <summary>The département de la Manche; "la Manche" is also the sea.</summary>
public sealed class CrcManche2021 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("crc-normandie-departement-de-la-manche-routes-2021.html",
        "Département de la Manche : la politique routière", "Chambre régionale des comptes Normandie", "2021-07-13",
        DocumentTypeLabels.Rod, Themes.Durable, "https://ccomptes.example/crc/normandie/departement-de-la-manche-2021", """
        ## Synthèse

        Le département de la Manche entretient 7 600 kilomètres de routes départementales, l'un des réseaux les plus longs de France rapporté à la population. La chambre a examiné la politique routière du département entre 2015 et 2020.

        Les dépenses d'entretien ont été maintenues, mais les ouvrages d'art exposés aux embruns de la Manche se dégradent plus vite que prévu : 14 ponts nécessitent une intervention lourde d'ici 2025. Le département ne dispose pas d'un programme pluriannuel de ces travaux.

        | En millions d'euros | 2015 | 2020 |
        | Entretien courant | 31,2 | 33,8 |
        | Investissement routier | 48,5 | 52,1 |
        | dont ouvrages d'art | 4,1 | 6,7 |
        Source : comptes administratifs du département (données fictives).

        ## Recommandation

        - Adopter un plan de gestion des ouvrages d'art assorti d'une programmation financière.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Normandie"] };
}

/// <summary>The département de l'Allier; "allier" is also a verb and a river.</summary>
public sealed class OfglAllier2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-departement-de-l-allier-finances-2022.html",
        "Département de l'Allier : les finances en 2022", "OFGL", "2023-09-05",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/fiches/departement/03/2022", """
        ## Présentation

        L'Allier (code 03) compte 335 000 habitants. Ses dépenses sociales, qui représentent 61 % des dépenses de fonctionnement, sont supérieures à la moyenne des départements, en raison d'une population âgée.

        | En euros par habitant | Allier | Départements de même strate |
        | Recettes de fonctionnement | 1 212 | 1 105 |
        | Dépenses sociales | 668 | 592 |
        | Dépenses d'équipement | 142 | 151 |
        | Encours de dette | 598 | 512 |
        Source : DGFiP, comptes de gestion 2022 ; calculs OFGL (données fictives).

        ## Lecture

        Pour allier maîtrise de la dette et investissement, le conseil départemental a réduit en 2022 ses subventions aux communes. Les droits de mutation ont atteint un niveau record, ce qui masque une épargne structurellement faible.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = false, DateCue = "Mise à jour le 05/09/2023", Breadcrumb = ["Données", "Fiches départements"] };
}

/// <summary>The département de la Somme; "somme" is also a common word (a sum). PDF.</summary>
public sealed class DgfipSomme2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("dgfip-comptes-departement-de-la-somme-2023.pdf",
        "Comptes individuels 2022 — Département de la Somme", "DGFiP", "2023-07-25",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/comptes/departements/080-2022.pdf",
        "DGFiP — Comptes individuels des départements — 080", "Département de la Somme", """
        ## Présentation

        Les comptes individuels présentent les principaux agrégats du budget principal du département de la Somme (code 80) pour l'exercice 2022, avec leur montant par habitant. La somme des produits de fonctionnement s'établit à 842 M€.

        | Agrégat | Montant (M€) | Par habitant (€) |
        | Produits de fonctionnement | 842 | 1 479 |
        | dont droits de mutation | 98 | 172 |
        | Charges de fonctionnement | 744 | 1 307 |
        | dont aides à la personne | 318 | 559 |
        | Dépenses d'équipement | 96 | 169 |
        | Encours de la dette au 31 décembre | 471 | 828 |
        Source : DGFiP, comptes de gestion (données fictives).

        ## Commentaire

        L'excédent brut de fonctionnement progresse de 4 %. Les aides à la personne, revenu de solidarité active, allocation personnalisée d'autonomie et prestation de compensation du handicap, augmentent plus vite que les recettes. L'encours de dette par habitant reste supérieur à la moyenne de la strate (664 €). Le département a versé 19 M€ aux communes et groupements au titre de ses politiques d'aménagement, dont Amiens et Abbeville ont reçu la plus grande part.

        Ces comptes sont établis à partir des données comptables ; ils ne remplacent pas le compte administratif voté.
        """) with { Masthead = ["Direction générale des finances publiques", "Comptes individuels des collectivités — exercice 2022"] };
}
