using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind8 territory split (issue 13): communes nouvelles and merged communes, named by today's or by former names.
namespace SampleGenerator.Content.TerritoryBlind8;

/// <summary>Les Deux Alpes (Isère), commune nouvelle of Mont-de-Lans and Vénosc (2017); the CC de l'Oisans is context.</summary>
public sealed class CrcLesDeuxAlpes2022 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("crc-ara-commune-les-deux-alpes-2022.html",
        "Commune des Deux Alpes : la gestion de la station", "Chambre régionale des comptes Auvergne-Rhône-Alpes", "2022-11-15",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-ara.example/rod/les-deux-alpes-2022", """
        ## Une commune nouvelle née de la station

        La commune des Deux Alpes est née le 1er janvier 2017 de la fusion de Mont-de-Lans et de Vénosc, les deux communes qui se partageaient le domaine skiable. Elle compte 1 900 habitants permanents mais peut accueillir plus de 30 000 touristes en hiver.

        ## Les observations

        La chambre relève que la fusion a permis d'unifier la gestion du domaine, jusque-là confiée par deux conventions distinctes. La nouvelle délégation de service public des remontées mécaniques, signée en 2020, prévoit une redevance mieux proportionnée au chiffre d'affaires. La dette de la commune, 41 millions d'euros, reste élevée au regard de ses recettes réelles.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Isère"] };
}

/// <summary>Villages du Lac de Paladru (Isère), named by its former communes Le Pin and Paladru; Voiron is context.</summary>
public sealed class PaladruEau2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("le-pin-paladru-qualite-lac-2023.html",
        "Le Pin et Paladru : la qualité du lac suivie de près", "Agence de l'eau Rhône Méditerranée Corse", "2023-08-29",
        DocumentTypeLabels.Etude, Themes.Durable, "https://eau-rmc.example/actualites/lac-de-paladru-2023", """
        ## Un lac sous surveillance

        Les anciennes communes du Pin et de Paladru, réunies depuis 2017 dans la commune nouvelle de Villages du Lac de Paladru, bordent la rive sud du lac. Ce plan d'eau de 390 hectares alimente une partie du pays voironnais en eau potable.

        ## Les résultats de 2023

        Les mesures de l'été montrent une eau de bonne qualité, avec une transparence moyenne de six mètres. La commune a achevé la mise en séparatif du réseau d'assainissement du hameau du Pin, qui rejetait encore des eaux usées par temps de pluie. Les plages surveillées ont toutes obtenu un classement excellent.

        L'agence rappelle que la qualité du lac dépend aussi des pratiques agricoles sur le bassin versant : un programme d'accompagnement des exploitants a été lancé avec la chambre d'agriculture pour réduire les apports de phosphore.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Val d'Oingt (Rhône), named by one of its former communes, Le Bois-d'Oingt, in a 2016 budget; Villefranche-sur-Saône is context.</summary>
public sealed class BoisDOingtBudget2016 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("le-bois-d-oingt-budget-primitif-2016.pdf",
        "Commune du Bois-d'Oingt : budget primitif 2016", "Mairie du Bois-d'Oingt", "2016-04-05",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://bois-d-oingt.example/bp-2016.pdf",
        "Le Bois-d'Oingt - budget primitif 2016", "pierres dorées", """
        ## Présentation générale

        Le budget primitif 2016 du Bois-d'Oingt a été voté par le conseil municipal le 29 mars. Il s'agit du dernier budget de la commune sous sa forme actuelle : les conseils municipaux du Bois-d'Oingt, d'Oingt et de Saint-Laurent-d'Oingt ont engagé la création d'une commune nouvelle au 1er janvier 2017.

        ## Fonctionnement

        Les dépenses de fonctionnement s'élèvent à 2,1 millions d'euros. La baisse de la dotation globale de fonctionnement, 48 000 euros en deux ans, est compensée par une maîtrise des charges à caractère général. Les taux d'imposition ne changent pas.

        ## Investissement

        Les investissements, 1,3 million d'euros, portent sur la restauration de la façade en pierres dorées de l'ancienne mairie et sur la sécurisation de la traversée du bourg par la route de Villefranche-sur-Saône. Ils sont financés sans nouvel emprunt, grâce aux excédents antérieurs et à une subvention du département.

        Le budget annexe de l'assainissement est présenté séparément, avec ses propres tarifs et son programme de travaux.
        """);
}

/// <summary>Mansle-les-Fontaines (Charente), commune nouvelle of Mansle and Fontclaireau (2019); the CC Cœur de Charente is context.</summary>
public sealed class MansleLesFontaines2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("insee-mansle-les-fontaines-2023.html",
        "Mansle-les-Fontaines, quatre ans après la fusion", "INSEE", "2023-03-21",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/statistiques/mansle-les-fontaines", """
        ## Une commune nouvelle

        Mansle et Fontclaireau ont fusionné le 1er janvier 2019 pour former Mansle-les-Fontaines, 2 100 habitants, au bord de la Charente. La commune, membre de la communauté de communes Cœur de Charente, est un petit pôle de services sur la route nationale 10.

        ## Les tendances

        La population est stable depuis 2013. L'emploi, 1 250 postes, a progressé de 5 % grâce aux commerces et à la zone d'activités. Le taux de logements vacants, 13 %, reste élevé dans le bourg ancien de Mansle, où une opération de revitalisation a été engagée.
        """) with { Meta = HtmlMeta.Citation, Lead = "Portrait d'une commune nouvelle de Charente." };
}

/// <summary>La Rochefoucauld-en-Angoumois (Charente), commune nouvelle of La Rochefoucauld and Saint-Projet-Saint-Constant (2019).</summary>
public sealed class CrcLaRochefoucauld2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("crc-na-la-rochefoucauld-en-angoumois-2023.pdf",
        "Commune de La Rochefoucauld-en-Angoumois", "Chambre régionale des comptes Nouvelle-Aquitaine", "2023-04-18",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-nouvelle-aquitaine.example/rod/la-rochefoucauld-en-angoumois-2023.pdf",
        "CRC Nouvelle-Aquitaine - La Rochefoucauld-en-Angoumois", "harmonisation des taux", """
        ## La création de la commune nouvelle

        La commune de La Rochefoucauld-en-Angoumois a été créée le 1er janvier 2019 par la fusion de La Rochefoucauld et de Saint-Projet-Saint-Constant. Elle compte 4 000 habitants. La chambre a contrôlé ses comptes de 2019 à 2021 ainsi que les derniers comptes des deux anciennes communes.

        ## Les effets de la fusion

        La fusion a permis à la commune de bénéficier d'une bonification de sa dotation forfaitaire pendant trois ans. L'harmonisation des taux de taxe foncière, lissée sur douze ans, pèse sur les contribuables de l'ancienne commune de Saint-Projet-Saint-Constant. Les services ont été regroupés à la mairie de La Rochefoucauld.

        ## Recommandations

        La chambre recommande d'établir un plan pluriannuel d'investissement pour l'entretien des bâtiments, dont plusieurs sont inoccupés depuis la fusion, et de mettre à jour le tableau des effectifs.

        La réponse du maire, jointe au rapport, indique que ces recommandations seront mises en œuvre avant la fin du mandat en cours.
        """);
}

/// <summary>Abriès-Ristolas (Hautes-Alpes), commune nouvelle of Abriès and Ristolas (2019), in the Queyras.</summary>
public sealed class AbriesRistolas2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("abries-ristolas-rapport-orientations-2024.html",
        "Débat d'orientation budgétaire 2024", "Commune d'Abriès-Ristolas", "2024-02-16",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://abries-ristolas.example/dob-2024", """
        ## Le contexte

        Cinq ans après la fusion d'Abriès et de Ristolas, la commune aborde 2024 avec une situation financière saine. Ses 370 habitants permanents et ses résidences de tourisme font vivre le fond de la vallée du Guil.

        ## Les orientations

        - achever la rénovation du front de neige et de la maison du Queyras à Abriès ;
        - sécuriser la route de la Roche-Écroulée, à Ristolas, contre les chutes de pierres ;
        - maintenir les taux d'imposition et ne pas recourir à l'emprunt.

        Les recettes du domaine nordique et des parkings d'été couvrent désormais le coût de leur exploitation.

        Le débat a aussi porté sur la gestion des logements communaux destinés aux saisonniers : leur rénovation sera étudiée avec le parc naturel régional en vue du budget de l'année suivante.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Conseil municipal du 16 février 2024" };
}

/// <summary>Val Buëch-Méouge (Hautes-Alpes), named only by its former commune Ribiers (a 2015 document); Sisteron is context.</summary>
public sealed class RibiersPlu2015 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-05-ribiers-plu-2015.html",
        "Avis de l'État sur le projet de plan local d'urbanisme de Ribiers", "Préfecture des Hautes-Alpes", "2015-09-14",
        DocumentTypeLabels.Page, Themes.Geo, "https://hautes-alpes.gouv.example/avis-plu-ribiers", """
        ## L'avis

        Le préfet a rendu un avis favorable, assorti de réserves, sur le projet de plan local d'urbanisme arrêté par le conseil municipal de Ribiers. La commune, 800 habitants, occupe la basse vallée du Buëch, au nord de Sisteron.

        ## Les réserves

        La consommation d'espaces agricoles prévue, 14 hectares, excède les besoins démographiques. L'État demande de réduire la zone à urbaniser du quartier des Granges et de protéger les vergers de pommiers irrigués. Le risque d'inondation du Buëch doit être reporté sur le règlement graphique.

        Le commissaire enquêteur devra joindre cet avis au dossier d'enquête publique. La commune dispose de trois mois, après l'enquête, pour approuver le plan en tenant compte des réserves formulées.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Politiques publiques", "Urbanisme"] };
}

/// <summary>Beauvallon (Rhône), commune nouvelle of Chassagny, Saint-Andéol-le-Château and Saint-Jean-de-Touslas (2018); Beauvallon (Drôme) is named to rule it out; the COPAMO is context.</summary>
public sealed class DgclBeauvallon2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => PdfDoc("dgcl-commune-nouvelle-beauvallon-69-2023.pdf",
        "Une commune nouvelle cinq ans après : Beauvallon", "DGCL", "2023-09-12",
        DocumentTypeLabels.Etude, Themes.Geo, "https://collectivites-locales.example/communes-nouvelles/beauvallon-69.pdf",
        "DGCL - communes nouvelles : Beauvallon (69)", "trois communes historiques", """
        ## La création

        Beauvallon, dans le Rhône (code postal 69700), a été créée le 1er janvier 2018 par la réunion de trois communes historiques : Chassagny, Saint-Andéol-le-Château et Saint-Jean-de-Touslas. Elle compte 4 300 habitants et reste membre de la COPAMO. Elle ne doit pas être confondue avec Beauvallon, petite commune de la Drôme.

        ## Ce qui a changé

        Les trois mairies ont été conservées comme mairies déléguées, mais l'état civil et l'urbanisme sont désormais traités au siège. Les effectifs communaux ont été réorganisés sans recrutement supplémentaire. La commune a bénéficié pendant trois ans du pacte de stabilité de la dotation globale de fonctionnement.

        ## Les enseignements

        Les élus interrogés soulignent une meilleure capacité à porter des projets, comme le nouveau groupe scolaire, mais aussi la difficulté de maintenir une vie associative dans chaque village. La commune nouvelle a adopté en 2022 une charte qui garantit la représentation des trois communes déléguées au sein du conseil.
        """);
}

/// <summary>Douaumont-Vaux (Meuse), commune nouvelle of two villages destroyed in 1916; Verdun is context.</summary>
public sealed class DouaumontVaux2023 : ITerritoryBlind8Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-55-douaumont-vaux-detr-2023.html",
        "DETR 2023 : mise en valeur des villages détruits de Douaumont-Vaux", "Préfecture de la Meuse", "2023-05-24",
        DocumentTypeLabels.Page, Themes.Dotations, "https://meuse.gouv.example/detr-2023-douaumont-vaux", """
        ## La subvention

        La commune de Douaumont-Vaux reçoit 118 000 euros de dotation d'équipement des territoires ruraux pour la signalétique et les cheminements des deux villages détruits pendant la bataille de Verdun. Issue en 2019 de la réunion de Douaumont et de Vaux-devant-Damloup, la commune compte 81 habitants, tous à Vaux.

        ## Le projet

        Le projet prévoit 3,5 kilomètres de sentiers accessibles, des panneaux bilingues et la restauration de la chapelle. Il sera achevé pour le printemps 2025.

        Le reste du financement est assuré par la Région, le Département et un mécénat d'entreprises. Les visiteurs, plus de 400 000 chaque année sur le champ de bataille, pourront emprunter les nouveaux sentiers dès la première tranche de travaux, attendue à l'automne.
        """) with { Meta = HtmlMeta.OpenGraph, TimeElement = true };
}
