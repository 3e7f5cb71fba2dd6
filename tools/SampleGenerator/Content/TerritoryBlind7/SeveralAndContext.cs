using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind7 territory split (issue 13): several subjects, places named only as context, and communes named only in the body.
namespace SampleGenerator.Content.TerritoryBlind7;

/// <summary>Two communes as joint subjects (Vence and Carros); the Métropole Nice Côte d'Azur and Nice are context.</summary>
public sealed class InseeVenceCarros2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("insee-vence-carros-deux-trajectoires-2023.html",
        "Vence et Carros : deux communes voisines, deux trajectoires", "INSEE", "2023-05-16",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/paca/vence-carros-2023", """
        ## Deux communes du moyen pays

        Séparées par une dizaine de kilomètres, Vence et Carros appartiennent toutes deux à la Métropole Nice Côte d'Azur. Vence, cité historique de 20 000 habitants, attire des retraités aisés ; Carros, ville nouvelle des années 1970 bâtie autour d'une zone industrielle, accueille des familles plus jeunes.

        | Indicateur | Vence | Carros |
        | Population | 19 900 | 13 800 |
        | Part des 65 ans ou plus | 33 % | 19 % |
        | Revenu médian (euros) | 25 400 | 21 100 |
        | Emplois sur place | 6 900 | 10 600 |
        Source : recensement 2020, Filosofi (données fictives).

        ## Des liens étroits

        Un actif vençois sur huit travaille à Carros, dont la zone industrielle compte plus d'emplois que d'actifs résidents. Les deux communes réfléchissent à une ligne de bus directe, en complément des liaisons vers Nice.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Istres (Bouches-du-Rhône) is the subject; Martigues and Marseille are comparison points.</summary>
public sealed class CrcIstres2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("crc-paca-commune-d-istres-2023.pdf",
        "Commune d'Istres : rapport d'observations définitives", "Chambre régionale des comptes Provence-Alpes-Côte d'Azur", "2023-02-23",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-paca.example/rod/commune-d-istres-2023.pdf",
        "CRC PACA - Commune d'Istres", "attribution de compensation", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune d'Istres (44 000 habitants) depuis 2017. La ville, au bord de l'étang de Berre, accueille une base aérienne et un pôle aéronautique qui lui assurent d'importantes ressources.

        ## Une dépendance à l'attribution de compensation

        Depuis son intégration à la métropole, la commune perçoit une attribution de compensation de 38 millions d'euros par an, qui représente 41 % de ses recettes de fonctionnement. La chambre souligne le risque d'une révision de ce montant.

        | Ratio (euros par habitant) | Istres | Martigues | Marseille |
        | Recettes de fonctionnement | 2 110 | 2 690 | 1 620 |
        | Charges de personnel | 1 020 | 1 310 | 780 |
        | Épargne brute | 290 | 360 | 140 |
        Source : comptes de gestion 2021 (données fictives).

        ## Recommandations

        1. Réduire la masse salariale par une gestion prévisionnelle des effectifs.
        2. Évaluer le coût des équipements culturels, supérieur à celui des villes comparables.

        ## Réponse de l'ordonnateur

        Le maire conteste le caractère excessif des effectifs, qu'il justifie par la gestion en régie de nombreux services publics.
        """);
}

/// <summary>Berre-l'Étang, named only in the body; the title names the lake; Marseille and the métropole are context.</summary>
public sealed class ObservatoireEtang2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("observatoire-commune-etang-reconversion-industrielle-2023.html",
        "Une commune de l'étang face à la reconversion de son site pétrochimique", "Observatoire régional de l'industrie", "2023-09-07",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://observatoire-industrie.example/etudes/reconversion-2023", """
        ## Un site historique

        Depuis les années 1930, la raffinerie et le complexe pétrochimique de Berre-l'Étang structurent l'économie de cette commune de 13 800 habitants. La fermeture de la raffinerie en 2011 a supprimé 370 emplois ; la chimie du site en maintient 900.

        ## L'emploi dans la commune

        | Secteur | 2010 | 2020 |
        | Industrie | 2 400 | 1 600 |
        | Commerce et services | 2 100 | 2 500 |
        | Administration, santé | 1 300 | 1 400 |
        Source : recensements (données fictives).

        ## Les projets

        Un projet de production de carburants à partir de déchets végétaux pourrait recréer 250 emplois. La commune soutient la reconversion, mais demande que la dépollution des terrains soit achevée avant toute nouvelle implantation. Les habitants travaillent de plus en plus à Marseille et dans les communes de la métropole proches de l'aéroport.
        """) with { Meta = HtmlMeta.Citation, TimeElement = false };
}

/// <summary>Manosque and Sisteron, two communes compared as joint subjects; the Alpes-de-Haute-Provence are context.</summary>
public sealed class DgfipManosqueSisteron2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("dgfip-manosque-sisteron-comparaison-2022.pdf",
        "Manosque et Sisteron : analyse comparée des comptes 2022", "DGFiP", "2023-09-26",
        DocumentTypeLabels.Etude, Themes.Finances, "https://impots-collectivites.example/etudes/manosque-sisteron-2022.pdf",
        "Direction départementale des finances publiques - analyse comparée", "capacité de désendettement", """
        ## Objet

        À la demande des deux municipalités, la direction départementale des finances publiques compare les comptes 2022 des deux principales villes du département après Digne-les-Bains : Manosque (22 700 habitants) et Sisteron (7 800 habitants).

        ## Résultats

        | Ratio | Manosque | Sisteron |
        | Recettes de fonctionnement (euros par habitant) | 1 398 | 1 472 |
        | Charges de personnel (euros par habitant) | 742 | 701 |
        | Épargne brute (euros par habitant) | 148 | 196 |
        | Capacité de désendettement (années) | 8,1 | 4,3 |
        Source : comptes de gestion 2022 (données fictives).

        ## Commentaire

        Sisteron dispose d'une épargne plus confortable et d'une dette modérée. Manosque supporte les charges de centralité d'une ville moyenne, avec un théâtre et un centre aquatique fréquentés par toute la vallée ; sa capacité de désendettement approche le seuil d'alerte de douze ans sans l'atteindre.

        ## Méthode

        Les ratios portent sur les budgets principaux, sans les budgets annexes de l'eau et de l'assainissement, transférés à l'intercommunalité. Les populations sont celles en vigueur au 1er janvier 2022. L'analyse ne porte aucun jugement sur la qualité des services rendus aux habitants.
        """);
}

/// <summary>Thiais (Val-de-Marne) is the subject; Orly and its airport, Rungis and Paris are context.</summary>
public sealed class ThiaisRob2024 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("thiais-debat-orientation-budgetaire-2024.html",
        "Débat d'orientation budgétaire 2024", "Ville de Thiais", "2024-02-20",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://ville-thiais.example/finances/dob-2024", """
        ## Une ville de zones d'activités

        Thiais compte 33 000 habitants et accueille l'un des plus grands centres commerciaux d'Île-de-France. Voisine d'Orly et de son aéroport, de Rungis et de son marché, la commune dispose de bases fiscales importantes, mais subit les nuisances du trafic aérien et routier.

        ## Orientations

        - maintien des taux de taxe foncière, inchangés depuis 2011 ;
        - 9,4 millions d'euros d'investissements, dont un nouveau gymnase et la rénovation de l'école Paul-Éluard ;
        - renforcement de la police municipale, avec six agents supplémentaires.

        ## Dette

        L'encours de dette de la commune, 21 millions d'euros, a diminué de moitié depuis 2014. Le recours à l'emprunt en 2024 sera limité à 3 millions d'euros. Le rapport compare la situation de la ville à celle des communes de Paris et de la petite couronne de même taille.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Two départements as joint subjects (Hauts-de-Seine and Val-d'Oise); Paris and the région are context.</summary>
public sealed class Cerema92_95Mobilite2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("cerema-hauts-de-seine-val-d-oise-mobilite-2023.html",
        "Hauts-de-Seine et Val-d'Oise : deux départements, deux modèles de mobilité", "Cerema", "2023-11-21",
        DocumentTypeLabels.Etude, Themes.Geo, "https://cerema.example/etudes/mobilite-92-95-2023", """
        ## Une comparaison inédite

        À la demande des deux conseils départementaux, le Cerema compare les déplacements quotidiens des habitants des Hauts-de-Seine et du Val-d'Oise. Le premier, dense et très desservi, contraste avec le second, où les espaces ruraux du Vexin côtoient les villes nouvelles.

        | Indicateur | Hauts-de-Seine | Val-d'Oise |
        | Déplacements quotidiens par habitant | 3,9 | 3,6 |
        | Part de la voiture | 24 % | 53 % |
        | Part des transports collectifs | 33 % | 21 % |
        | Part du vélo | 4 % | 1 % |
        Source : enquête de mobilité (données fictives).

        ## Enseignements

        Les habitants du Val-d'Oise parcourent deux fois plus de kilomètres. Dans les deux départements, plus de la moitié des trajets vers Paris se font en transports collectifs. Le Cerema recommande des lignes express de car sur les axes non desservis par le rail.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Bondy (Seine-Saint-Denis), named only in the body; Paris and Bobigny are context.</summary>
public sealed class CrcBondy2022 : ITerritoryBlind7Source
{
    public SampleDocument Create() => HtmlDoc("crc-idf-rapport-commune-2022-bondy.html",
        "Rapport d'observations définitives : gestion des ressources humaines d'une commune de la petite couronne", "Chambre régionale des comptes Île-de-France", "2022-06-08",
        DocumentTypeLabels.Rod, Themes.Emploi, "https://crc-idf.example/rod/2022/rh-commune-petite-couronne", """
        ## Le contrôle

        La chambre a examiné la gestion des ressources humaines de la commune de Bondy de 2016 à 2021. La ville de 54 000 habitants emploie 1 250 agents, dont un tiers de contractuels, pour un coût de 62 millions d'euros.

        ## Le temps de travail

        La durée annuelle de travail des agents, 1 547 heures, est inférieure à la durée légale de 1 607 heures, en raison de jours de congés non réglementaires. La commune s'est mise en conformité au 1er janvier 2022.

        ## L'absentéisme

        Le taux d'absentéisme atteint 11 %, au-dessus de la moyenne des communes comparables de la petite couronne. Les services de propreté et de restauration scolaire sont les plus touchés.

        ## Recommandations

        1. Mettre en place un plan de prévention des risques professionnels.
        2. Contrôler les heures supplémentaires, concentrées sur quelques agents.
        3. Adopter des lignes directrices de gestion, comme l'ont fait Bobigny et Paris.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Île-de-France"] };
}

/// <summary>Noyon (Oise) and its EPCI (CC du Pays Noyonnais) as joint subjects of a territorial contract.</summary>
public sealed class ContratNoyon2023 : ITerritoryBlind7Source
{
    public SampleDocument Create() => PdfDoc("crte-pays-noyonnais-2023.pdf",
        "Contrat de relance et de transition écologique : Noyon et le Pays Noyonnais", "Préfecture de l'Oise", "2023-01-19",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://oise.gouv.example/crte-pays-noyonnais-2023.pdf",
        "CRTE du Pays Noyonnais", "friches industrielles", """
        ## Les signataires

        Le contrat est signé par l'État, la communauté de communes du Pays Noyonnais et la ville de Noyon, qui porte à elle seule la moitié des projets. Il couvre la période 2023-2026 et réunit 38 millions d'euros de projets.

        ## Les projets de la ville

        | Projet | Coût (millions d'euros) |
        | Réhabilitation du théâtre du Chevalet | 6,2 |
        | Requalification du quartier de la gare | 4,8 |
        | Rénovation énergétique des écoles | 3,9 |
        Source : annexe financière (données fictives).

        ## Les projets intercommunaux

        La communauté de communes engage la reconversion de deux friches industrielles en zones d'activités, l'extension du réseau de chaleur et un plan vélo reliant les villages au pôle gare de Noyon. Le suivi est assuré par un comité réunissant les élus et les services de l'État dans l'Oise.

        ## Gouvernance

        Un comité de pilotage se réunit deux fois par an. Chaque projet fait l'objet d'une fiche précisant son calendrier, son plan de financement et des indicateurs de résultat, dont la baisse des consommations d'énergie et la surface de friches requalifiées.
        """);
}
