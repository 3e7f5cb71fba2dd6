using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind4 territory split (issue 13): overseas, Corsica, régions under their usual names and former régions.
namespace SampleGenerator.Content.TerritoryBlind4;

/// <summary>Fort-de-France (Martinique); the CACEM is membership.</summary>
public sealed class OfglFortDeFrance2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-fort-de-france-2022.html",
        "Fiche financière 2022 : Fort-de-France", "OFGL", "2023-07-03",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/donnees/fiches/97209-2022", """
        ## Commune de Fort-de-France (97200)

        Code commune : 97209. Population totale : 76 000 habitants. Membre de la communauté d'agglomération du Centre de la Martinique.

        | Indicateur (€ par habitant) | Fort-de-France | Moyenne des communes d'outre-mer de la strate |
        | Recettes réelles de fonctionnement | 2 148 | 1 897 |
        | dont octroi de mer | 402 | 371 |
        | Charges de personnel | 1 288 | 1 036 |
        | Encours de dette | 1 511 | 1 202 |
        Source : comptes de gestion 2022 (données fictives).

        La part des charges de personnel reste très élevée. La commune a engagé un plan de retour à l'équilibre avec l'État en 2021.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Cayenne (Guyane); Matoury and Rémire-Montjoly are comparison columns. PDF.</summary>
public sealed class InseeCayenne2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("insee-guyane-cayenne-logement-2023.pdf",
        "Cayenne : un habitat dense et une part élevée de constructions spontanées", "INSEE", "2023-10-10",
        DocumentTypeLabels.Publication, Themes.Social, "https://insee.example/guyane/cayenne-logement-2023.pdf",
        "Insee Analyses Guyane", "habitat", """
        ## Une ville-centre qui ne gagne plus d'habitants

        Avec 63 000 habitants, Cayenne reste la commune la plus peuplée de Guyane, mais sa population stagne depuis 2013 alors que les communes voisines progressent vivement. La ville ne dispose plus de terrains constructibles, à l'exception de quelques quartiers à renouveler.

        | Indicateur | Cayenne | Matoury | Rémire-Montjoly |
        | Population 2020 | 63 000 | 33 000 | 26 000 |
        | Évolution annuelle 2014-2020 (%) | 0,1 | 2,7 | 2,0 |
        | Logements suroccupés (%) | 27 | 24 | 15 |
        Source : Insee, recensement de la population (données fictives).

        ## Un habitat souvent précaire

        Plus d'un logement sur quatre est suroccupé à Cayenne. Les constructions spontanées, bâties sans autorisation, représentent un logement sur six dans la commune. Elles se concentrent sur les pentes et les zones inondables, exposées aux risques naturels.

        Les ménages les plus modestes, souvent jeunes, occupent ces logements faute d'offre sociale suffisante. Le programme de résorption de l'habitat insalubre prévoit 1 200 relogements d'ici 2030 ; Matoury et Rémire-Montjoly sont présentées à titre de comparaison.
        """);
}

/// <summary>Collectivité territoriale de Guyane, regional powers: region:03 (the document names the région level).</summary>
public sealed class CrcCtgLycees2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("crc-guyane-ctg-lycees-2022.html",
        "Collectivité territoriale de Guyane : la construction des lycées", "Chambre régionale des comptes Guyane", "2022-09-13",
        DocumentTypeLabels.Rod, Themes.Culture, "https://ccomptes.example/crc/guyane/ctg-lycees-2022", """
        ## Synthèse

        La collectivité territoriale de Guyane exerce depuis 2016 les compétences de la région et du département. La chambre a examiné l'exercice de la compétence régionale de construction et d'entretien des lycées de 2016 à 2021.

        La croissance démographique impose d'ouvrir un lycée tous les deux ans. Or deux établissements prévus au plan pluriannuel ont été livrés avec trois ans de retard, et les effectifs dépassent la capacité d'accueil dans l'ouest du territoire. Les coûts de construction sont supérieurs de 40 % à ceux de l'Hexagone.

        La chambre recommande de créer une programmation régionale fondée sur les projections d'effectifs et de renforcer la maîtrise d'ouvrage (données fictives).
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>Propriano (Corse-du-Sud); Sartène is a neighbour (context). PDF.</summary>
public sealed class CrcPropriano2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("crc-corse-commune-de-propriano-2022.pdf",
        "Commune de Propriano : la gestion du port de plaisance", "Chambre régionale des comptes Corse", "2022-03-29",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/corse/propriano-2022.pdf",
        "Chambre régionale des comptes de Corse — observations définitives", "port de plaisance", """
        ## Le contrôle

        La chambre a examiné la gestion du port de plaisance par la commune de Propriano, en Corse-du-Sud, pour les exercices 2016 à 2020. Le port compte 430 anneaux ; il est géré en régie par un budget annexe.

        ## Observations

        | Indicateur (k€) | 2016 | 2020 |
        | Recettes d'amodiation et d'escale | 1 840 | 1 610 |
        | Charges d'exploitation | 1 220 | 1 390 |
        | Investissements | 310 | 95 |
        Source : comptes du budget annexe (données fictives).

        Les tarifs n'ont pas été révisés depuis 2012 et restent inférieurs à ceux des ports voisins. La liste d'attente des usagers n'est pas tenue selon des règles publiques, ce qui expose la commune à des contestations. Les investissements ont été reportés alors que les pontons doivent être remplacés.

        La chambre recommande d'adopter un règlement d'attribution des places, de réviser les tarifs et de programmer la rénovation des ouvrages. Elle relève que la commune voisine de Sartène envisage de confier à Propriano la gestion de son mouillage, ce qui supposerait une convention.
        """);
}

/// <summary>"Région Sud" (Provence-Alpes-Côte d'Azur) by its usual name; region:93 is a code of earlier splits (all metropolitan régions are).</summary>
public sealed class RegionSudBudget2024 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("region-sud-budget-primitif-2024.html",
        "Budget primitif 2024 : les grandes orientations", "Région Sud", "2023-12-15",
        DocumentTypeLabels.Page, Themes.Finances, "https://maregionsud.example/budget-2024", """
        ## Un budget de 2,6 milliards d'euros

        L'assemblée régionale a adopté le budget primitif 2024 de la Région Sud. Il s'élève à 2,6 milliards d'euros, dont 1,1 milliard d'investissement.

        | Politique (M€) | BP 2023 | BP 2024 |
        | Transports et mobilités | 712 | 758 |
        | Lycées | 398 | 421 |
        | Développement économique | 214 | 226 |
        | Environnement et plan climat | 168 | 193 |
        Source : délibération de l'assemblée régionale (données fictives).

        La priorité reste l'ouverture à la concurrence des trains express régionaux, avec de nouvelles rames sur la ligne du littoral. La dette par habitant est stable. Les taux des cartes grises sont inchangés et la capacité de désendettement reste inférieure à six ans. Le débat d'orientations budgétaires avait mis en avant la baisse de la fraction de taxe sur la valeur ajoutée perçue par les régions, qui limite les marges de manœuvre.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Former région Poitou-Charentes (2014) -> Nouvelle-Aquitaine, region:75 (a code of earlier splits). PDF.</summary>
public sealed class InseePoitouCharentes2014 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("insee-poitou-charentes-demographie-2014.pdf",
        "Poitou-Charentes : une croissance démographique portée par le littoral", "INSEE", "2014-12-16",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/poitou-charentes/demographie-2014.pdf",
        "Insee Flash Poitou-Charentes", "croissance démographique", """
        ## Une croissance supérieure à la moyenne

        Au 1er janvier 2012, la région Poitou-Charentes compte 1 783 000 habitants. Depuis 2007, sa population progresse de 0,5 % par an, un peu plus vite qu'en France métropolitaine. La croissance est due pour l'essentiel aux migrations : les arrivées de retraités et d'actifs venus d'autres régions compensent un solde naturel devenu presque nul.

        | Département | Population 2012 | Évolution annuelle 2007-2012 (%) |
        | Charente | 353 000 | 0,2 |
        | Charente-Maritime | 629 000 | 0,8 |
        | Deux-Sèvres | 371 000 | 0,4 |
        | Vienne | 430 000 | 0,5 |
        Source : Insee, recensements de la population (données fictives).

        ## Le littoral attire, l'est se dépeuple

        Le littoral charentais et les couronnes des villes moyennes concentrent la croissance. À l'inverse, les cantons ruraux de l'est de la région perdent des habitants. Le vieillissement est rapide : en 2012, un habitant sur dix a 75 ans ou plus.

        Ces tendances devraient se prolonger : selon les projections, la région gagnerait 150 000 habitants d'ici 2030, essentiellement des personnes âgées.
        """);
}

/// <summary>Bastia (Haute-Corse); the CAB is membership.</summary>
public sealed class OfglBastia2021 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-commune-de-bastia-2021.html",
        "Bastia : les comptes de la ville en 2021", "OFGL", "2022-09-19",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/donnees/fiches/2B033-2021", """
        ## Commune de Bastia (20200)

        Code commune : 2B033. Population : 48 000 habitants. Préfecture de la Haute-Corse, membre de la communauté d'agglomération de Bastia.

        | Indicateur (€ par habitant) | Bastia | Moyenne de la strate |
        | Recettes réelles de fonctionnement | 1 502 | 1 396 |
        | Dépenses d'équipement | 301 | 372 |
        | Encours de dette | 1 140 | 1 081 |
        Source : comptes de gestion 2021 (données fictives).

        La commune a réduit ses dépenses d'équipement pour reconstituer son épargne après la crise sanitaire. Les recettes de stationnement et de droits de place ont retrouvé leur niveau de 2019.
        """) with { Meta = HtmlMeta.JsonLd };
}
