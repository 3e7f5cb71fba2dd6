using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind6 territory split (issue 13): communes nouvelles, merged and renamed communes.
namespace SampleGenerator.Content.TerritoryBlind6;

/// <summary>Léhon, commune déléguée of Dinan since 2018 (Dinan named as the commune nouvelle); Dinan Agglomération is membership.</summary>
public sealed class DinanLehon2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("dinan-lehon-mairie-deleguee-2023.html",
        "Léhon : les projets de la commune déléguée pour 2023", "Ville de Dinan", "2023-02-09",
        DocumentTypeLabels.Page, Themes.Geo, "https://dinan.example/lehon-projets-2023", """
        ## Cinq ans après la fusion

        Depuis le 1er janvier 2018, Léhon est une commune déléguée de Dinan. Le conseil de la commune déléguée, présidé par le maire délégué, a présenté les projets retenus pour 2023 dans le budget de la commune nouvelle.

        ## Les opérations retenues

        La restauration du pont médiéval sur la Rance, à Léhon, entre dans sa deuxième phase (620 000 euros). L'école publique du bourg bénéficiera d'une extension de deux classes. Le chemin de halage sera réaménagé entre l'écluse de Léhon et le port de Dinan.

        ## La mairie annexe

        La mairie déléguée reste ouverte quatre demi-journées par semaine pour l'état civil et les démarches d'urbanisme. Les habitants peuvent aussi s'adresser à l'hôtel de ville. La fusion a permis, selon la ville, de mutualiser les services techniques et de réduire de 8 % les charges de fonctionnement des deux anciennes communes, sans hausse des taux d'imposition. Dinan Agglomération reste compétente pour les déchets et l'eau.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Mauzé-Thouarsais in 2017, merged in 2019 into Thouars (today's code, never named as the merged commune); Bressuire is context.</summary>
public sealed class DgfipMauzeThouarsais2017 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("dgfip-deux-sevres-mauze-thouarsais-2017.pdf",
        "Commune de Mauzé-Thouarsais — fiche d'analyse des équilibres financiers 2017", "Direction départementale des finances publiques des Deux-Sèvres", "2018-05-15",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://dgfip.example/deux-sevres/fiches/mauze-thouarsais-2017.pdf",
        "DDFiP des Deux-Sèvres — analyse des équilibres financiers", "capacité d'autofinancement", """
        ## La commune

        Mauzé-Thouarsais, 2 500 habitants, est une commune rurale des Deux-Sèvres, dont l'habitat s'est développé le long de la route de Bressuire. Cette fiche analyse ses comptes pour l'exercice 2017.

        ## Le fonctionnement

        Les produits de fonctionnement s'élèvent à 1,84 million d'euros, dont 52 % de fiscalité directe. Les charges de fonctionnement, 1,49 million d'euros, sont stables. La capacité d'autofinancement brute atteint 350 000 euros, soit 140 euros par habitant, un niveau proche de la moyenne de la strate.

        | Ratio (euros par habitant) | Mauzé-Thouarsais | Strate |
        | Produits de fonctionnement | 736 | 781 |
        | Charges de personnel | 284 | 312 |
        | Capacité d'autofinancement brute | 140 | 148 |
        | Encours de dette | 520 | 611 |
        Source : comptes de gestion 2017 (données fictives).

        ## L'investissement

        Les dépenses d'équipement, 410 000 euros, ont porté sur la salle polyvalente et les réseaux d'eaux pluviales. L'encours de dette est modéré. Le conseil municipal a engagé des discussions avec la commune voisine en vue d'un éventuel regroupement.
        """);
}

/// <summary>Belleville (Rhône) in 2017, merged in 2019 with Saint-Jean-d'Ardières into Belleville-en-Beaujolais (today's code, named);
/// the Belleville quarter of Paris is not meant; Villefranche-sur-Saône is context.</summary>
public sealed class InseeBelleville2017 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("insee-ara-belleville-rhone-emploi-2017.html",
        "Belleville (Rhône) : un petit pôle d'emploi entre Mâcon et Villefranche", "INSEE", "2017-10-03",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/ara/analyses/belleville-rhone-2017", """
        ## Un pôle d'emploi du Beaujolais

        Avec 8 600 habitants, Belleville, dans le Rhône, offre 4 300 emplois, dont une part importante dans l'industrie agroalimentaire et le négoce du vin. Les actifs qui y travaillent viennent pour moitié des communes voisines, notamment de Saint-Jean-d'Ardières. (Le quartier parisien de Belleville n'est pas concerné par cette étude.)

        ## Des navettes vers les grandes villes

        Un actif résidant sur trois travaille à Villefranche-sur-Saône, à Mâcon ou dans l'agglomération lyonnaise. La gare de Belleville, sur la ligne Lyon-Mâcon, est fréquentée par 1 400 voyageurs par jour.

        ## Une population jeune

        La commune gagne des habitants depuis 2008, grâce à l'arrivée de familles. Les moins de 20 ans représentent 27 % de la population.

        Note : depuis la publication de cette étude, Belleville et Saint-Jean-d'Ardières ont fusionné pour former la commune nouvelle de Belleville-en-Beaujolais.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Publications", "Auvergne-Rhône-Alpes"] };
}

/// <summary>Herblay (Val-d'Oise) in 2018, renamed Herblay-sur-Seine in 2019 (today's code, never named); Cergy and Argenteuil are context.</summary>
public sealed class CrcHerblay2018 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("crc-idf-commune-d-herblay-2018.pdf",
        "Commune d'Herblay : rapport d'observations définitives", "Chambre régionale des comptes Île-de-France", "2018-09-11",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-idf.example/rod/herblay-2018.pdf",
        "Chambre régionale des comptes Île-de-France", "zone d'aménagement concerté", """
        ## Le contrôle

        La chambre régionale des comptes a contrôlé la gestion de la commune d'Herblay, dans le Val-d'Oise, pour les exercices 2012 à 2017. La commune compte 29 000 habitants, sur un territoire qui s'étend des berges de la Seine au plateau, entre Cergy et Argenteuil.

        ## La situation financière

        La capacité d'autofinancement nette a été positive sur toute la période, avec un point bas en 2014. L'endettement est modéré : 640 euros par habitant en 2017. Les taux de fiscalité directe locale sont inférieurs à ceux des communes comparables du département.

        | Exercice | Épargne brute (M€) | Encours de dette (M€) |
        | 2013 | 4,1 | 19,8 |
        | 2015 | 3,2 | 18,6 |
        | 2017 | 4,6 | 18,5 |
        Source : comptes de gestion (données fictives).

        ## La zone d'aménagement concerté

        L'essentiel des observations porte sur la zone d'aménagement concerté du centre-ville, confiée à un aménageur en 2011. La chambre relève que le bilan prévisionnel n'a pas été actualisé depuis 2014 et que la commune supporte un risque financier qu'elle n'a pas évalué. Elle recommande de présenter chaque année un compte rendu financier au conseil municipal.
        """);
}

/// <summary>Beaumont-Hague, commune déléguée of La Hague since 2017 (named); the many communes named Beaumont are not meant; Cherbourg-en-Cotentin is context.</summary>
public sealed class LaHagueBeaumont2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-50-beaumont-hague-maison-sante-2022.html",
        "Beaumont-Hague : une maison de santé soutenue par l'État", "Préfecture de la Manche", "2022-03-29",
        DocumentTypeLabels.Page, Themes.Dotations, "https://manche.gouv.example/beaumont-hague-maison-sante", """
        ## Une aide de 350 000 euros

        Au titre de la dotation d'équipement des territoires ruraux, l'État accorde 350 000 euros à la commune de La Hague pour la construction d'une maison de santé pluriprofessionnelle à Beaumont-Hague, sa commune déléguée la plus peuplée.

        ## Le projet

        Le bâtiment accueillera six médecins généralistes, des infirmiers, un cabinet de kinésithérapie et une antenne de protection maternelle et infantile. Il remplacera des cabinets dispersés dans le bourg de Beaumont-Hague et attirera, espère la commune, de jeunes praticiens aujourd'hui installés à Cherbourg-en-Cotentin.

        ## Le financement

        Le coût de l'opération est estimé à 2,2 millions d'euros. La région Normandie apporte 300 000 euros ; le reste est financé par la commune nouvelle, sur ses fonds propres. L'ouverture est prévue au printemps 2024.
        """) with { Breadcrumb = ["Actions de l'État", "Subventions"] };
}

/// <summary>Moret-sur-Loing, commune déléguée of Moret-Loing-et-Orvanne since 2016 (never named); Fontainebleau is context.</summary>
public sealed class MoretSurLoingPatrimoine2021 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("moret-sur-loing-centre-ancien-2021.html",
        "Moret-sur-Loing : étude de revitalisation du centre ancien", "Conseil d'architecture, d'urbanisme et de l'environnement de Seine-et-Marne", "2021-07-06",
        DocumentTypeLabels.Etude, Themes.Culture, "https://caue77.example/etudes/moret-sur-loing-centre-ancien", """
        ## Une cité médiévale à préserver

        Le centre ancien de Moret-sur-Loing, ceint de remparts et traversé par le Loing, concentre un patrimoine exceptionnel : portes fortifiées, église gothique, maisons à colombages. Il attire chaque année des milliers de visiteurs venus de Fontainebleau, à dix kilomètres.

        ## Le diagnostic

        L'étude relève une vacance commerciale de 22 % dans la Grande Rue et une vacance résidentielle de 14 %. Les logements au-dessus des commerces sont souvent inaccessibles faute d'entrée indépendante. Le stationnement des visiteurs encombre les abords des portes.

        ## Les propositions

        Le CAUE propose de créer une opération programmée d'amélioration de l'habitat, d'aménager un parking à l'entrée ouest et de réserver les rez-de-chaussée de la Grande Rue aux activités artisanales et culturelles. Ces propositions seront examinées par le conseil municipal au cours de l'automne.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>Saint-Hilaire-Saint-Florent, commune déléguée of Saumur (named as "la ville de Saumur"); the Loire and Angers are context.</summary>
public sealed class SaumurSaintHilaire2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("saumur-saint-hilaire-saint-florent-inondation-2022.pdf",
        "Saint-Hilaire-Saint-Florent : diagnostic de vulnérabilité aux inondations", "Ville de Saumur", "2022-10-13",
        DocumentTypeLabels.Etude, Themes.Securite, "https://ville-saumur.example/risques/saint-hilaire-saint-florent-2022.pdf",
        "Ville de Saumur — Prévention des risques", "plus hautes eaux", """
        ## Un quartier entre deux rivières

        Saint-Hilaire-Saint-Florent, commune associée puis commune déléguée de la ville de Saumur, s'étend au confluent du Thouet et de la Loire. Ses 4 800 habitants vivent pour un tiers en zone inondable. Le présent diagnostic, réalisé par la ville, recense les bâtiments exposés et propose des mesures de réduction de la vulnérabilité.

        ## Les enjeux exposés

        | Type d'enjeu | Nombre en zone inondable | Dont sous plus d'un mètre d'eau |
        | Logements | 1 150 | 310 |
        | Établissements recevant du public | 14 | 3 |
        | Entreprises | 86 | 19 |
        Source : diagnostic municipal 2022 (données fictives).

        Les caves creusées dans le tuffeau, qui abritent plusieurs maisons de vin, sont particulièrement exposées en cas de plus hautes eaux.

        ## Les mesures proposées

        La ville propose un diagnostic gratuit des habitations situées sous le niveau de la crue de 1910, la surélévation des équipements électriques de l'école et un plan de continuité pour les entreprises. Un exercice de crise associant la préfecture de Maine-et-Loire, à Angers, est prévu au printemps.
        """);
}
