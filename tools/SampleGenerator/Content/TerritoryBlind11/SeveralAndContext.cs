using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind11 territory split (issue 13): several subjects, places as context, the subject named only in the body.
namespace SampleGenerator.Content.TerritoryBlind11;

/// <summary>Saint-Girons and Saint-Lizier (Ariège, not named), joint subjects; the CC Couserans-Pyrénées (membership), Foix and Toulouse are context; the Salat is the river; the Couserans is a landscape.</summary>
public sealed class AnctSaintGironsSaintLizier2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("anct-petites-villes-saint-girons-saint-lizier-2023.html",
        "Petites villes de demain : Saint-Girons et Saint-Lizier, un projet à deux", "ANCT", "2023-06-27",
        DocumentTypeLabels.Etude, Themes.Geo, "https://agence-cohesion-territoires.example/pvd/saint-girons-saint-lizier", """
        ## Deux villes, une convention

        Saint-Girons et Saint-Lizier, deux communes contiguës séparées par le Salat, ont signé ensemble leur convention d'opération de revitalisation du territoire dans le cadre du programme Petites villes de demain. Saint-Girons, 6 300 habitants, concentre les commerces, les services et l'hôpital ; Saint-Lizier, 1 500 habitants, cité épiscopale classée, attire les visiteurs par son patrimoine.

        ## Le diagnostic

        Le taux de vacance commerciale atteint 19 % dans le centre de Saint-Girons et un logement sur six est inoccupé dans les deux centres anciens. La population vieillit et les jeunes partent étudier à Toulouse. En revanche, le marché du samedi reste l'un des plus animés des Pyrénées et attire les habitants de tout le Couserans.

        ## Le plan d'action

        Les deux communes ont retenu vingt-deux actions : une opération programmée d'amélioration de l'habitat commune, une passerelle piétonne sur le Salat pour relier les deux centres, une boutique à l'essai et la rénovation de l'ancien hôtel-Dieu de Saint-Lizier. La communauté de communes Couserans-Pyrénées et les services de l'État à Foix accompagnent le projet.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Vic-en-Bigorre (Hautes-Pyrénées, not named) named only in the body (title and PDF Info title have no place); "Vic" also appears in Vic-sur-Cère, named to rule it out; Tarbes and Maubourguet are context; the Adour is the river.</summary>
public sealed class CrcOccitanieRod20240231 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("crc-occitanie-rod-2024-0231.pdf",
        "Rapport d'observations définitives n° 2024-0231", "Chambre régionale des comptes Occitanie", "2024-07-02",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-occitanie.example/rod/2024-0231.pdf",
        "CRC Occitanie - ROD 2024-0231", "halle aux grains", """
        ## Procédure

        La chambre a inscrit à son programme le contrôle des comptes et de la gestion de la commune de Vic-en-Bigorre pour les exercices 2019 et suivants. L'entretien de fin de contrôle a eu lieu le 12 février 2024 ; les observations provisoires ont été adressées au maire, dont la réponse est jointe.

        ## La commune

        Vic-en-Bigorre compte 5 000 habitants au nord de Tarbes, dans la plaine de l'Adour. La ville joue un rôle de pôle de services pour les communes rurales environnantes, jusqu'à Maubourguet. Le nom de la commune est parfois abrégé en « Vic », ce qui entraîne des confusions avec d'autres communes, comme Vic-sur-Cère, dans le Cantal.

        ## Les observations

        La situation financière est saine : l'épargne brute représente 16 % des recettes et la dette a été réduite de 30 % depuis 2019. La chambre relève en revanche l'absence de plan pluriannuel d'investissement et des retards dans la rénovation de la halle aux grains, dont le coût a doublé. Elle recommande de régulariser le régime indemnitaire des agents et de conclure une convention avec l'association qui gère le cinéma municipal.
        """) with { InfoTitle = "ROD 2024-0231" };
}

/// <summary>Remiremont and the CC de la Porte des Vosges Méridionales, joint subjects (shared services); Saint-Étienne-lès-Remiremont (member), Épinal and Gérardmer are context; the Moselle is the river.</summary>
public sealed class RemiremontPorteVosgesMutualisation2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("remiremont-porte-des-vosges-mutualisation-2023.html",
        "Services communs : la ville et la communauté de communes renforcent leur coopération", "Ville de Remiremont", "2023-11-14",
        DocumentTypeLabels.Page, Themes.Geo, "https://remiremont.example/actualites/services-communs-2023", """
        ## Une convention renouvelée

        La ville de Remiremont et la communauté de communes de la Porte des Vosges Méridionales ont signé une nouvelle convention de services communs pour 2024-2026. Elle prolonge la coopération engagée en 2017 : les deux collectivités partagent déjà un service des ressources humaines, un service informatique et une direction des finances, installés dans les locaux de l'hôtel de ville.

        ## Ce qui change

        La convention ajoute la commande publique et le service juridique, ainsi qu'un atelier mécanique commun qui entretiendra les véhicules de la ville et de la communauté. Au total, 64 agents travailleront pour les deux collectivités, avec une répartition des coûts fondée sur le temps passé. Saint-Étienne-lès-Remiremont, autre commune membre, pourra adhérer à certains services en 2025.

        ## Les effets attendus

        Remiremont et la communauté de communes attendent une économie de 280 000 euros par an, notamment sur les contrats de maintenance. Les élus soulignent aussi le gain en compétences : les services communs peuvent recruter des profils spécialisés qu'aucune des deux collectivités ne pourrait financer seule, quand les candidats leur préfèrent souvent Épinal ou Gérardmer.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Publié le 14/11/2023" };
}

/// <summary>Pont-à-Mousson (Meurthe-et-Moselle, not named), also "pont"; the CC du Bassin de Pont-à-Mousson (membership), Nancy and Metz are context; the Moselle is the river (also a département, not a subject).</summary>
public sealed class PontAMoussonOrientations2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("pont-a-mousson-rapport-orientations-budgetaires-2024.pdf",
        "Rapport d'orientations budgétaires 2024", "Ville de Pont-à-Mousson", "2024-02-20",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://pont-a-mousson.example/rob-2024.pdf",
        "Pont-à-Mousson - ROB 2024", "abbaye des Prémontrés", """
        ## Le contexte

        Le débat d'orientations budgétaires de Pont-à-Mousson intervient dans un contexte de forte hausse des coûts de l'énergie et des taux d'intérêt. La ville, 14 600 habitants, à mi-chemin entre Nancy et Metz, est la ville-centre de la communauté de communes du Bassin de Pont-à-Mousson, qui exerce les compétences économiques et la collecte des déchets.

        ## Les grands équilibres

        Les recettes de fonctionnement devraient atteindre 19,4 millions d'euros, en hausse de 2,8 %. Les dépenses progresseraient de 4,5 %, sous l'effet de l'énergie et de la revalorisation des salaires. L'épargne brute reculerait à 2,3 millions d'euros. La municipalité propose de ne pas augmenter les taux des impôts locaux et de limiter le recours à l'emprunt.

        ## Les projets

        Les principales opérations de 2024 sont la réfection du pont sur la Moselle, dont les garde-corps et l'étanchéité sont à reprendre, la rénovation de la place Duroc et l'aménagement d'un parcours de découverte autour de l'abbaye des Prémontrés. Le plan pluriannuel prévoit aussi la rénovation thermique de trois écoles et un nouveau gymnase.
        """);
}

/// <summary>Villefranche-de-Rouergue (Aveyron, named once as context); Villefranche-sur-Saône is named to rule it out; the CC Ouest Aveyron Communauté (membership), Rodez and Figeac are context; the Aveyron is the river.</summary>
public sealed class VillefrancheDeRouerguePlanVelo2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("villefranche-de-rouergue-plan-velo-2023.html",
        "Un plan vélo pour Villefranche-de-Rouergue", "Ville de Villefranche-de-Rouergue", "2023-09-19",
        DocumentTypeLabels.Page, Themes.Durable, "https://villefranche-de-rouergue.example/actualites/plan-velo", """
        ## Une ville qui se met en selle

        Le conseil municipal de Villefranche-de-Rouergue a adopté son premier plan vélo. La bastide, 12 000 habitants, se prête à la pratique du vélo : la plupart des trajets quotidiens y font moins de trois kilomètres. Mais les aménagements manquent et la traversée de l'Aveyron par les deux ponts reste dangereuse aux heures de pointe.

        ## Les mesures

        Le plan prévoit 9 kilomètres d'aménagements cyclables d'ici 2027, dont une voie verte le long de la rivière, la généralisation de la zone à 30 km/h dans la bastide et 200 arceaux de stationnement près des écoles, des commerces et de la gare. Une aide à l'achat de vélos à assistance électrique sera proposée aux habitants, en complément de celle de la communauté de communes Ouest Aveyron Communauté.

        ## Et au-delà

        La ville souhaite relier, à terme, son réseau à l'itinéraire cyclable qui doit rejoindre Figeac, et travaille avec le département à la sécurisation de la route de Rodez. Les services municipaux précisent, au passage, que les nombreux courriels destinés à Villefranche-sur-Saône qu'ils reçoivent sont transmis à leurs collègues du Rhône.
        """) with { Meta = HtmlMeta.JsonLd, TimeElement = false, DateCue = "Mise à jour : 19/09/2023" };
}

/// <summary>Oloron-Sainte-Marie (Pyrénées-Atlantiques, not named); Sainte-Marie is a part (a former commune and district); the CC du Haut Béarn (membership), Pau and Saragosse are context; the gaves d'Aspe and d'Ossau are rivers; the Béarn is a landscape.</summary>
public sealed class CrcOloronSainteMarie2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("crc-na-commune-d-oloron-sainte-marie-2023.pdf",
        "Commune d'Oloron-Sainte-Marie : rapport d'observations définitives", "Chambre régionale des comptes Nouvelle-Aquitaine", "2023-05-09",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-nouvelle-aquitaine.example/rod/oloron-sainte-marie-2023.pdf",
        "CRC Nouvelle-Aquitaine - commune d'Oloron-Sainte-Marie", "confluence des gaves", """
        ## Le contrôle

        La chambre a examiné la gestion de la commune d'Oloron-Sainte-Marie depuis 2017. Née en 1858 de la réunion d'Oloron et de Sainte-Marie, de part et d'autre de la confluence des gaves d'Aspe et d'Ossau, la ville compte 10 800 habitants. Elle est la ville-centre du Haut Béarn et la principale porte d'accès au tunnel du Somport, vers Saragosse.

        ## La situation financière

        La commune a redressé sa situation après une période difficile : l'épargne brute, tombée à 6 % des recettes en 2016, atteint 14 % en 2021. La dette a diminué de 18 millions d'euros. Ce redressement repose surtout sur la maîtrise des dépenses de personnel et sur des transferts de charges à la communauté de communes du Haut Béarn, dont les contreparties n'ont pas toujours été évaluées.

        ## Les recommandations

        La chambre recommande d'actualiser les attributions de compensation, d'adopter un plan pluriannuel d'investissement et de mieux suivre les subventions aux associations. Elle relève que l'hôpital et les services de l'État restent des atouts face à l'attraction croissante de Pau.
        """) with { Hyphenate = true };
}

/// <summary>Cosne-Cours-sur-Loire (Nièvre, not named), also "cours"; the CC Cœur de Loire (membership), Nevers, Bourges and Sancerre are context; the Loire is the river.</summary>
public sealed class CosneCoursSurLoireRevitalisation2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("cosne-cours-sur-loire-revitalisation-2024.html",
        "Cœur de ville : les travaux de la rue principale sont en cours", "Ville de Cosne-Cours-sur-Loire", "2024-03-05",
        DocumentTypeLabels.Page, Themes.Geo, "https://cosne-cours-sur-loire.example/actualites/coeur-de-ville-2024", """
        ## Un chantier attendu

        Les travaux de réaménagement de la rue principale de Cosne-Cours-sur-Loire ont commencé le 4 mars. Ils doivent durer huit mois et se dérouleront par tranches, afin que les commerces restent accessibles. Au cours de cette première phase, la circulation sera interdite entre la place de la mairie et le pont sur la Loire.

        ## Le projet

        Le chantier s'inscrit dans le programme de revitalisation du centre-ville engagé par la commune, 10 000 habitants, dans le cadre d'Action cœur de ville. Il prévoit l'élargissement des trottoirs, la plantation de quarante arbres, la rénovation des réseaux et la création d'une piste cyclable vers les quais. Le coût, 3,2 millions d'euros, est financé à 55 % par l'État, la région et le département.

        ## Accompagner les commerçants

        Une commission d'indemnisation est mise en place pour les commerçants dont le chiffre d'affaires baisserait pendant les travaux. La communauté de communes Cœur de Loire finance des animations le samedi. Des navettes gratuites relient les parkings périphériques au centre. Les visiteurs venus de Sancerre, de Nevers ou de Bourges sont invités à utiliser ces parkings.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Actualités", "Travaux"] };
}
