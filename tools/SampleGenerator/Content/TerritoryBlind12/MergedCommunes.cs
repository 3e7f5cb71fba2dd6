using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind12 territory split (issue 13): communes nouvelles, communes déléguées and renamed communes.
namespace SampleGenerator.Content.TerritoryBlind12;

/// <summary>Condé-en-Normandie (Calvados, not named), commune nouvelle of Condé-sur-Noireau and three other communes; "Normandie" is part of the name (the région is not a subject); La Chapelle-Engerbold, Lénault and Proussy (communes déléguées) are parts; Vire, Flers and Caen are context; the Bocage is a landscape; the Noireau and the Druance are rivers; the Suisse normande is a landscape.</summary>
public sealed class CondeEnNormandieDebatBudget2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("conde-en-normandie-debat-orientations-2024.pdf",
        "Condé-en-Normandie : débat d'orientations budgétaires 2024", "Commune de Condé-en-Normandie", "2024-02-06",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://conde-en-normandie.example/dob-2024.pdf",
        "Condé-en-Normandie - DOB 2024", "communes déléguées", """
        ## La commune nouvelle

        Condé-en-Normandie est née le 1er janvier 2016 du regroupement de Condé-sur-Noireau, La Chapelle-Engerbold, Lénault et Proussy, qui sont devenues des communes déléguées. Avec 6 000 habitants, elle est la principale ville du nord du Bocage, entre Vire et Flers, au confluent du Noireau et de la Druance. Les maires délégués participent au bureau municipal et chaque commune déléguée conserve une mairie annexe.

        ## Le contexte

        Les bases fiscales progressent de 3,9 %, mais la commune subit la hausse du coût de l'énergie, particulièrement lourde pour la piscine et les ateliers municipaux. L'épargne brute prévisionnelle recule à 1,1 million d'euros. Les élus proposent de ne pas augmenter les taux et de différer certains investissements.

        ## Les investissements prioritaires

        Trois opérations sont retenues : la rénovation de l'école de Condé-sur-Noireau, la réfection du pont sur la Druance et l'aménagement d'une aire de camping-cars pour les randonneurs qui découvrent la Suisse normande. Leur coût, 3,7 millions d'euros, serait couvert pour 60 % par des subventions. Les habitants de Lénault et de Proussy ont demandé que le programme de voirie rurale soit maintenu ; une enveloppe de 250 000 euros y est réservée. Les services de Caen ont été consultés sur le dossier de la piscine.
        """) with { InfoTitle = "DOB 2024" };
}

/// <summary>Carentan-les-Marais (Manche, code 50099), commune nouvelle around Carentan; Saint-Lô and Cherbourg-en-Cotentin are context; the CC de la Baie du Cotentin (membership) is context; the baie des Veys is a landscape; the Douve and the Taute are rivers; the Préfecture de la Manche is the publisher (the Manche is not a subject).</summary>
public sealed class CarentanLesMaraisInondations2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("carentan-les-marais-digues-2024.html",
        "Carentan-les-Marais : un programme de confortement des digues", "Préfecture de la Manche", "2024-03-05",
        DocumentTypeLabels.Page, Themes.Securite, "https://manche.gouv.example/actualites/carentan-les-marais-digues", """
        ## Une commune entre terre et mer

        La commune nouvelle de Carentan-les-Marais, créée en 2016 autour de Carentan, s'étend sur près de 100 kilomètres carrés de marais, de polders et de bocage, au fond de la baie des Veys. Plusieurs de ses quartiers se trouvent sous le niveau des plus hautes mers : ils sont protégés par des digues et par les portes à flot qui régulent l'écoulement de la Douve et de la Taute.

        ## Le programme de travaux

        L'État, la région et la communauté de communes de la Baie du Cotentin, compétente pour la prévention des inondations, financent un programme de confortement de 4,6 kilomètres de digues. Le coût est évalué à 11 millions d'euros. Le fonds de prévention des risques naturels majeurs en prendra en charge 40 %.

        ## La concertation

        Une réunion publique se tiendra le 28 mars à la salle des fêtes de Carentan-les-Marais. Les études de danger seront consultables en mairie et dans les mairies déléguées. Les services de l'État rappellent que les habitants du marais peuvent s'inscrire au dispositif d'alerte. Les renforts viendraient de Saint-Lô et de Cherbourg-en-Cotentin en cas de submersion.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actions de l'État", "Risques naturels"] };
}

/// <summary>Moncoutant-sur-Sèvre (Deux-Sèvres, not named), commune nouvelle of Moncoutant, Pugny and four other communes; the Sèvre nantaise is the river (the Deux-Sèvres is not a subject); Bressuire and the CA du Bocage Bressuirais (membership) are context.</summary>
public sealed class MoncoutantSurSevreMediatheque2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("moncoutant-sur-sevre-mediatheque-2023.html",
        "Moncoutant-sur-Sèvre inaugure sa médiathèque", "Commune de Moncoutant-sur-Sèvre", "2023-10-03",
        DocumentTypeLabels.Page, Themes.Culture, "https://moncoutant-sur-sevre.example/actualites/mediatheque", """
        ## Un équipement pour toute la commune nouvelle

        La médiathèque de Moncoutant-sur-Sèvre a ouvert ses portes le 30 septembre, dans l'ancienne filature restaurée au bord de la Sèvre nantaise. Elle remplace les deux petites bibliothèques de Moncoutant et de Pugny, deux des six communes déléguées qui ont formé la commune nouvelle en 2019. Ses 600 mètres carrés abritent 18 000 documents, un espace numérique et une salle d'animation.

        ## Le financement

        Le projet a coûté 2,4 millions d'euros. L'État a apporté 700 000 euros au titre de la dotation générale de décentralisation pour les bibliothèques, la région 300 000 euros. La communauté d'agglomération du Bocage Bressuirais, dont la commune est membre, intègre la médiathèque à son réseau de lecture publique : une carte unique permet d'emprunter dans toutes les bibliothèques, y compris à Bressuire.

        ## Les horaires

        L'équipement est ouvert vingt-huit heures par semaine, dont le samedi toute la journée. Une navette relie les villages des communes déléguées le mercredi après-midi.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Blancs-Coteaux (Marne, code 51612), commune nouvelle of Vertus, Oger, Gionges and Voipreux; Épernay and Châlons-en-Champagne are context; the Côte des Blancs is a landscape; the CA Épernay, Coteaux et Plaine de Champagne (membership) is context.</summary>
public sealed class BlancsCoteauxPluRevision2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("blancs-coteaux-revision-plu-2023.pdf",
        "Blancs-Coteaux : révision du plan local d'urbanisme, concertation", "Commune de Blancs-Coteaux", "2023-04-25",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://blancs-coteaux.example/urbanisme/revision-plu.pdf",
        "Blancs-Coteaux - révision du PLU", "coteaux viticoles", """
        ## Pourquoi réviser le plan local d'urbanisme

        La commune nouvelle de Blancs-Coteaux regroupe depuis 2018 Vertus, Oger, Gionges et Voipreux, au pied de la Côte des Blancs. Chacune des anciennes communes disposait de son propre document d'urbanisme, et certains dataient de plus de vingt ans. Le conseil municipal a prescrit l'élaboration d'un plan local d'urbanisme unique, qui couvrira les 3 100 habitants de la commune.

        ## Les enjeux

        Les coteaux viticoles, inscrits au patrimoine mondial, doivent être strictement protégés. La commune souhaite néanmoins permettre l'extension des installations de pressurage et accueillir de jeunes ménages dans le bourg de Vertus, où se trouvent le collège et les commerces. Les zones humides de la plaine et le risque de coulées de boue sur les pentes limitent les secteurs constructibles.

        ## La concertation

        Un registre est ouvert dans chacune des quatre mairies déléguées. Deux réunions publiques se tiendront à Oger et à Vertus. Les services de l'État à Châlons-en-Champagne et la communauté d'agglomération d'Épernay seront associés aux travaux tout au long de la procédure.
        """) with { Hyphenate = true };
}

/// <summary>Malemort (Corrèze, code 19123), formerly Malemort-sur-Corrèze (commune nouvelle with Venarsal, then renamed); the Corrèze is the river (the département is not a subject); Brive-la-Gaillarde and the CA du Bassin de Brive (membership) are context.</summary>
public sealed class MalemortPontCorreze2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("malemort-19-nouveau-pont-2023.html",
        "Malemort : le nouveau pont sur la Corrèze ouvert à la circulation", "Ville de Malemort", "2023-11-14",
        DocumentTypeLabels.Page, Themes.Geo, "https://malemort.example/actualites/nouveau-pont", """
        ## Une attente de dix ans

        Le nouveau pont qui relie les deux rives de la Corrèze, au sud du bourg de Malemort, a été ouvert à la circulation le 10 novembre. Il remplace un ouvrage de 1950 interdit aux poids lourds depuis 2013. Le chantier, commencé il y a dix-huit mois, a coûté 6,2 millions d'euros, financés par la commune, le département et la communauté d'agglomération du Bassin de Brive.

        ## Un nom plus court

        Le chantier a été lancé sous l'ancien nom de la commune, Malemort-sur-Corrèze, avant que la commune nouvelle formée avec Venarsal ne choisisse de s'appeler simplement Malemort. Les panneaux d'entrée de ville ont été remplacés en même temps que la signalisation du pont.

        ## La circulation

        Le nouvel ouvrage comporte une voie cyclable séparée, qui prolonge la voie verte venant de Brive-la-Gaillarde. La circulation des camions de la zone d'activités ne traversera plus le centre. Le vieux pont sera réservé aux piétons après des travaux de consolidation.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Publié le 14 novembre 2023" };
}

/// <summary>Kaysersberg Vignoble (Haut-Rhin, code 68162), commune nouvelle of Kaysersberg, Kientzheim and Sigolsheim; Colmar and Ammerschwihr are context; the CC de la Vallée de Kaysersberg (membership) is context; the Weiss is the river.</summary>
public sealed class KaysersbergVignobleTourisme2023 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("kaysersberg-vignoble-stationnement-2023.html",
        "Kaysersberg Vignoble : plan de stationnement et de circulation", "Commune de Kaysersberg Vignoble", "2023-03-14",
        DocumentTypeLabels.Etude, Themes.Geo, "https://kaysersberg-vignoble.example/actualites/stationnement-2023", """
        ## Le constat

        La commune nouvelle de Kaysersberg Vignoble, formée en 2016 par Kaysersberg, Kientzheim et Sigolsheim, accueille plus d'un million de visiteurs par an pour 4 400 habitants. Pendant le marché de Noël, jusqu'à 9 000 voitures cherchent à stationner le même jour dans la cité médiévale de Kaysersberg, dont les rues étroites bordent la Weiss.

        ## Les propositions

        L'étude propose de créer deux parkings relais en entrée de vallée, reliés au centre par des navettes gratuites, et de rendre payant le stationnement dans l'ensemble de la cité ancienne. À Kientzheim et à Sigolsheim, les places seraient réservées en priorité aux habitants et aux clients des vignerons.

        ## Le calendrier

        Les premiers aménagements seront réalisés avant l'été, en lien avec la communauté de communes de la Vallée de Kaysersberg, qui organise le transport à la demande. Une ligne de bus renforcée vers Colmar est demandée à la région. Les élus d'Ammerschwihr, commune voisine, seront associés à la réflexion sur le parking situé à la limite des deux bans communaux.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Vivre ici", "Circulation"] };
}

/// <summary>Les Hauts-d'Anjou (Maine-et-Loire, code 49080), commune nouvelle of Châteauneuf-sur-Sarthe, Champigné, Cherré and other communes; the Sarthe is the river (also a département, not a subject); Angers and Segré-en-Anjou Bleu are context; the Anjou is a landscape.</summary>
public sealed class HautsDAnjouGroupeScolaire2024 : ITerritoryBlind12Source
{
    public SampleDocument Create() => HtmlDoc("les-hauts-d-anjou-groupe-scolaire-2024.html",
        "Les Hauts-d'Anjou : un groupe scolaire neuf à Champigné", "Commune des Hauts-d'Anjou", "2024-09-03",
        DocumentTypeLabels.Page, Themes.Culture, "https://leshautsdanjou.example/actualites/groupe-scolaire", """
        ## Une rentrée dans des locaux neufs

        Les 210 élèves de l'école publique de Champigné ont fait leur rentrée dans un groupe scolaire entièrement neuf. Le bâtiment, en ossature bois, réunit huit classes, un restaurant scolaire et un accueil périscolaire. Champigné est l'une des communes déléguées des Hauts-d'Anjou, commune nouvelle de 8 700 habitants formée en 2017 avec Châteauneuf-sur-Sarthe, Cherré et plusieurs villages voisins.

        ## Le coût

        L'opération a coûté 5,1 millions d'euros. L'État a apporté 900 000 euros au titre de la dotation de soutien à l'investissement local et le département 600 000 euros. La commune a emprunté 2 millions d'euros sur vingt-cinq ans.

        ## Et à Châteauneuf-sur-Sarthe

        L'école de Châteauneuf-sur-Sarthe, sur la rive de la Sarthe, sera rénovée en 2026. Les élus rappellent que les familles qui travaillent à Angers ou à Segré-en-Anjou Bleu peuvent désormais inscrire leurs enfants à l'accueil du matin dès 7 heures.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>Waldighofen (Haut-Rhin, 2019), since respelled Waldighoffen (gazetteer: former name) -> today's code; Altkirch, Ferrette and Mulhouse are context; the Ill is the river; the Sundgau is a landscape (and the name of the CC, membership, context).</summary>
public sealed class WaldighofenCompteAdministratif2019 : ITerritoryBlind12Source
{
    public SampleDocument Create() => PdfDoc("waldighofen-compte-administratif-2019.pdf",
        "Commune de Waldighofen : compte administratif 2019", "Commune de Waldighofen", "2020-06-23",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://waldighofen.example/ca-2019.pdf",
        "Waldighofen - compte administratif 2019", "résultat de clôture", """
        ## Présentation générale

        Le conseil municipal de Waldighofen a approuvé le compte administratif de l'exercice 2019, qui retrace les dépenses et les recettes réellement exécutées. La commune, 1 500 habitants, est située dans la vallée de l'Ill, au cœur du Sundgau, à mi-chemin entre Altkirch et Ferrette. Elle est membre de la communauté de communes Sundgau, qui exerce notamment la collecte des déchets et la petite enfance.

        ## Le fonctionnement

        Les recettes de fonctionnement ont atteint 1,32 million d'euros et les dépenses 1,05 million d'euros. L'excédent dégagé permet de financer une part importante des investissements sans emprunt. Les charges de personnel sont stables ; les dépenses d'énergie ont légèrement baissé grâce au remplacement de l'éclairage public.

        ## L'investissement

        La commune a achevé l'aménagement de la rue principale et la mise aux normes de la salle polyvalente, pour 640 000 euros. Le résultat de clôture de l'exercice s'élève à 410 000 euros. Il sera affecté en 2020 à la rénovation de l'école. Le bureau d'études retenu est installé à Mulhouse.
        """) with { InfoTitle = "CA 2019" };
}
