using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind14 territory split (issue 13): several subjects, places as comparison, address, author, funder or neighbour, national figures quoted for comparison, the subject named only in the body.
namespace SampleGenerator.Content.TerritoryBlind14;

/// <summary>Rémy (Pas-de-Calais, code 62703), also a first name; national figures ("en France") and the Pas-de-Calais are quoted only for comparison (France is not a subject); Saint-Rémy-de-Provence and Saint-Rémy-en-Bouzemont are named to rule them out; Arras and Vitry-en-Artois are context; the CC Osartis Marquion (membership) is context; the Sensée is the river.</summary>
public sealed class PortraitRemy2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("portrait-commune-remy-62-2024.html",
        "Rémy en chiffres : portrait d'une commune de l'Artois", "Observatoire des territoires", "2024-08-27",
        DocumentTypeLabels.Etude, Themes.Geo, "https://observatoire-des-territoires.example/portraits/commune-62703", """
        ## Une petite commune périurbaine

        Rémy est une commune de 394 habitants située dans la vallée de la Sensée, à quinze kilomètres à l'est d'Arras. Elle fait partie de la communauté de communes Osartis Marquion. Ce portrait rassemble les principaux indicateurs disponibles et les compare, lorsque c'est possible, aux moyennes du Pas-de-Calais et de la France. Il ne concerne ni Saint-Rémy-de-Provence, ni Saint-Rémy-en-Bouzemont, ni aucune autre commune dont le nom contient ce prénom.

        ## La population

        La population a augmenté de 9 % entre 2010 et 2021, alors qu'elle a légèrement diminué dans le Pas-de-Calais et progressé de 4 % en France. Cette croissance s'explique par l'arrivée de jeunes ménages attirés par des terrains moins chers qu'à proximité d'Arras. La part des moins de 20 ans atteint 28 %, contre 24 % en moyenne en France.

        ## L'emploi et les revenus

        La commune compte une trentaine d'emplois, principalement dans l'agriculture et l'artisanat. Neuf actifs sur dix travaillent dans une autre commune, le plus souvent à Arras ou dans la zone d'activités de Vitry-en-Artois. Le revenu médian par unité de consommation s'élève à 22 900 euros, un niveau supérieur à celui du département (20 400 euros) mais légèrement inférieur à la médiane nationale (23 200 euros).

        ## Le logement

        Le parc compte 158 logements, dont 95 % de maisons individuelles. Les propriétaires occupants représentent 86 % des ménages, contre 58 % en France. La vacance est faible, à 4 %.

        ## Les équipements

        Rémy dispose d'une école maternelle et d'une salle polyvalente. Les autres services, comme le médecin ou la pharmacie, se trouvent à moins de dix minutes en voiture. Le temps d'accès aux équipements de la gamme intermédiaire est proche de la moyenne nationale.

        ## Sources

        Recensements de la population, Filosofi, base permanente des équipements. Les moyennes nationales portent sur la France hors Mayotte.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Analyses", "Portraits de communes"] };
}

/// <summary>Arbois (code 39013) and Poligny (Jura, code 39434), joint subjects (a shared wine-heritage programme); Poligny (Aube), Poligny (Hautes-Alpes) and Poligny (Seine-et-Marne) are named to rule them out; Salins-les-Bains and Lons-le-Saunier are context; the CC Arbois, Poligny, Salins, Cœur du Jura (membership; its name contains both subjects) is context; the Jura (a subject of another document here) is context; the Cuisance is the river.</summary>
public sealed class ArboisPolignyConventionPatrimoine2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("arbois-poligny-convention-patrimoine-viticole-2024.pdf",
        "Convention entre les villes d'Arbois et de Poligny pour la valorisation du patrimoine viticole", "Villes d'Arbois et de Poligny", "2024-02-27",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://arbois-poligny.example/convention-patrimoine-2024.pdf",
        "Arbois - Poligny : convention patrimoine", "comité de pilotage", """
        ## Préambule

        Les villes d'Arbois et de Poligny, distantes d'une dizaine de kilomètres au pied du premier plateau, partagent une histoire liée à la vigne, au vin jaune et au comté. Elles ont décidé d'unir leurs moyens pour mettre en valeur ce patrimoine commun, par la présente convention approuvée par leurs conseils municipaux respectifs en février 2024. La commune de Poligny concernée est celle du Jura, et non ses homonymes de l'Aube, des Hautes-Alpes ou de Seine-et-Marne.

        ## Article 1 - Objet

        La convention organise la réalisation d'un parcours d'interprétation commun, reliant les caves historiques d'Arbois, la maison natale de Louis Pasteur, la collégiale Saint-Hippolyte de Poligny et la maison du comté. Elle prévoit aussi une programmation culturelle partagée et une candidature conjointe au label Ville d'art et d'histoire.

        ## Article 2 - Engagements des parties

        La ville d'Arbois assure la maîtrise d'ouvrage de la signalétique et du site internet. La ville de Poligny assure celle des expositions temporaires et de l'application mobile. Chaque ville met à disposition un agent à mi-temps pour l'animation du parcours.

        ## Article 3 - Financement

        Le coût du programme est estimé à 420 000 euros sur trois ans, répartis à parts égales entre les deux villes, déduction faite des subventions attendues de la région, du département et de l'État. La communauté de communes Arbois, Poligny, Salins, Cœur du Jura, dont les deux villes sont membres, est associée au titre de sa compétence tourisme, sans participation financière.

        ## Article 4 - Gouvernance

        Un comité de pilotage réunit les deux maires, deux adjoints de chaque ville et les responsables de l'office de tourisme. Il se réunit au moins deux fois par an, alternativement à Arbois et à Poligny. Les villes de Salins-les-Bains et de Lons-le-Saunier pourront être invitées pour les actions qui les concernent.

        ## Article 5 - Durée

        La convention est conclue pour trois ans à compter de sa signature. Elle pourra être prolongée par avenant.
        """) with { Masthead = ["Ville d'Arbois", "Ville de Poligny"], Byline = ["Signée le 26 février 2024"] };
}

/// <summary>Saint-Chamond (Loire, code 42207), studied by the agence d'urbanisme of the Saint-Étienne area (its address and seat in Saint-Étienne); Saint-Étienne Métropole (membership, the agency's funder), Rive-de-Gier and Lyon are context; the Gier is the river; the Loire (département, a subject of another document here) is context; the Pilat is a landscape.</summary>
public sealed class AgenceUrbanismeSaintChamond2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("agence-urbanisme-saint-chamond-friches-2023.html",
        "Saint-Chamond : quel avenir pour les friches de la vallée du Gier ?", "Agence d'urbanisme de la région stéphanoise", "2023-11-21",
        DocumentTypeLabels.Etude, Themes.Geo, "https://agence-urbanisme-stephanoise.example/publications/saint-chamond-friches", """
        ## L'étude

        À la demande de la ville de Saint-Chamond, l'agence d'urbanisme a recensé les friches industrielles et commerciales de la commune et évalué leur potentiel de reconversion. Saint-Chamond, deuxième ville de Saint-Étienne Métropole avec 35 600 habitants, a été l'un des berceaux de la métallurgie française ; la fermeture des grandes usines, à partir des années 1980, a laissé de vastes emprises en plein cœur de la vallée du Gier.

        ## Le recensement

        L'agence a identifié 41 sites en friche, couvrant 62 hectares. Le plus grand, celui des anciennes aciéries, a déjà été en partie reconverti en quartier mixte, avec des logements, un parc et des équipements publics. Les autres sites sont plus petits et dispersés : anciens ateliers de tissage, garages, entrepôts le long de la voie ferrée vers Rive-de-Gier.

        ## Le potentiel

        Selon l'agence, 28 hectares pourraient accueillir des logements ou des activités d'ici 2035, à condition de traiter la pollution des sols, dont le coût est estimé à 19 millions d'euros. Les sites proches de la gare sont les plus intéressants, car ils permettraient de loger des actifs travaillant à Lyon, à moins de quarante minutes en train. Six sites, situés en zone inondable du Gier, ne devraient accueillir que des espaces verts.

        ## Les recommandations

        L'agence recommande à la ville de créer un outil foncier dédié, en lien avec l'établissement public foncier, et de donner la priorité aux activités productives sur les sites desservis par la route nationale. Elle suggère aussi de préserver certains bâtiments emblématiques, témoins du passé industriel.

        ## À propos

        L'agence d'urbanisme, association financée par la métropole, l'État et les collectivités membres, a son siège à Saint-Étienne, rue Balay. Ses études sont publiées en accès libre.

        Chaque site a fait l'objet d'une fiche présentant sa surface, son propriétaire, son état, ses contraintes et les usages envisageables. Ces fiches seront mises à jour tous les deux ans.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Publications", "Foncier"] };
}

/// <summary>Marvejols (Lozère, code 48092) named only in the body (title, running header and PDF Info title have no place); Mende and Saint-Chély-d'Apcher are context; the CC du Gévaudan (membership) is context; the Lozère is context; the Colagne is the river; the Gévaudan is a landscape and historic province.</summary>
public sealed class CrcOccitanieRod2024118 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("crc-occitanie-rod-2024-118.pdf",
        "Rapport d'observations définitives n° 2024-118", "Chambre régionale des comptes Occitanie", "2024-07-11",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-occitanie.example/rod/2024-118.pdf",
        "Chambre régionale des comptes Occitanie - ROD 2024-118", "centre aquatique", """
        ## Objet du contrôle

        La chambre a procédé au contrôle des comptes et de la gestion de la commune de Marvejols pour les exercices 2019 à 2023. Ville de 4 900 habitants, deuxième commune du département par la population après Mende, Marvejols exerce des fonctions de centralité pour tout l'ouest de la Lozère : hôpital, collèges, lycée, commerces. Elle est membre de la communauté de communes du Gévaudan.

        ## La situation financière

        Les charges de centralité pèsent lourdement sur le budget communal. Les dépenses réelles de fonctionnement atteignent 1 520 euros par habitant, soit 40 % de plus que la moyenne des communes de même taille. L'épargne brute, qui représentait 12 % des recettes en 2019, est tombée à 6 % en 2023. La commune a dû différer plusieurs investissements.

        ## Le centre aquatique

        La commune gère en régie un centre aquatique construit en 2008, fréquenté pour plus de moitié par des usagers résidant hors de la commune, notamment à Saint-Chély-d'Apcher et dans les villages du Gévaudan. Son déficit annuel dépasse 600 000 euros. La chambre recommande d'engager avec la communauté de communes une réflexion sur le transfert de l'équipement ou sur une participation financière des communes dont les habitants l'utilisent.

        ## La gestion du personnel

        La chambre relève l'absence de plan de formation et un recours important aux contrats courts. Elle invite la commune à établir des lignes directrices de gestion, comme la loi l'exige depuis 2021.

        ## Les recommandations

        - Adopter un plan pluriannuel d'investissement soutenable.
        - Négocier le financement partagé du centre aquatique.
        - Mettre en place un contrôle interne de la régie des recettes.

        ## Réponse de l'ordonnateur

        Le maire indique que des discussions ont été engagées avec l'intercommunalité et que la régie a été réorganisée en 2024, avec la vallée de la Colagne comme priorité pour les futurs aménagements.
        """) with { InfoTitle = "ROD 2024-118", Masthead = ["Chambre régionale des comptes", "Occitanie"] };
}

/// <summary>Romorantin-Lanthenay (Loir-et-Cher, code 41194) and the CC du Romorantinais et du Monestois, joint subjects (a joint town-centre programme signed by both); Blois, Salbris and Mennetou-sur-Cher are context; the Sologne is a landscape; the Sauldre is the river; the Loir-et-Cher is context.</summary>
public sealed class RomorantinCoeurDeVille2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("romorantin-lanthenay-romorantinais-monestois-coeur-de-ville-2024.html",
        "Action cœur de ville : la ville et la communauté de communes prolongent leur programme", "Ville de Romorantin-Lanthenay", "2024-03-14",
        DocumentTypeLabels.Page, Themes.Geo, "https://romorantin.example/actualites/action-coeur-de-ville-2024", """
        ## Un avenant signé à deux

        La ville de Romorantin-Lanthenay et la communauté de communes du Romorantinais et du Monestois ont signé le 11 mars, avec l'État et leurs partenaires, l'avenant qui prolonge jusqu'en 2026 leur programme Action cœur de ville. Les deux collectivités portent ensemble ce programme depuis 2018 : la ville pour les espaces publics et le patrimoine, la communauté de communes pour le développement économique, l'habitat et les mobilités.

        ## Les résultats depuis 2018

        - 212 logements du centre ancien rénovés, dont 64 qui étaient vacants.
        - La vacance commerciale ramenée de 17 % à 11 %, grâce à l'aide à l'installation de commerces et à la rénovation des façades.
        - Le réaménagement des quais de la Sauldre et de la place de la Paix.
        - L'ouverture d'une maison de santé pluridisciplinaire en centre-ville.

        ## Ce que prévoit l'avenant

        L'avenant ajoute trois opérations : la reconversion de l'ancienne usine Matra en pôle culturel et d'enseignement supérieur, la création d'une navette électrique gratuite reliant la gare au centre et aux zones d'activités, et un programme d'accompagnement des commerçants à la vente en ligne, porté par la communauté de communes.

        ## Le financement

        Le montant total des opérations nouvelles s'élève à 18 millions d'euros. L'État, la banque des territoires et l'Agence nationale de l'habitat y contribuent, ainsi que la région et le département du Loir-et-Cher.

        ## Un enjeu pour toute la Sologne

        Romorantin-Lanthenay, principale ville de la Sologne, attire chaque jour des actifs venus de Salbris, de Mennetou-sur-Cher et d'une grande partie du sud du département. La vitalité de son centre conditionne celle de l'ensemble du territoire intercommunal, qui regroupe 16 communes. Les deux collectivités rappellent qu'elles travaillent aussi avec l'agglomération de Blois sur la desserte ferroviaire.

        Les habitants qui souhaitent rénover un logement du centre ancien peuvent bénéficier d'un accompagnement gratuit : une permanence se tient chaque mercredi à la maison de l'habitat.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Actualités", "Centre-ville"] };
}

/// <summary>Saint-Dié-des-Vosges (Vosges, code 88413), a heat-network case study written by the ADEME (author) and funded with the Région Grand Est (funder); the CA de Saint-Dié-des-Vosges (membership; its name repeats the commune's) is context; the Vosges (département and mountains) are context; Épinal and Nancy are comparisons; the Meurthe is the river.</summary>
public sealed class AdemeSaintDieReseauChaleur2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("ademe-retour-experience-reseau-chaleur-saint-die-2024.pdf",
        "Retour d'expérience : l'extension du réseau de chaleur au bois de Saint-Dié-des-Vosges", "ADEME", "2024-06-18",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/retours-experience/reseau-chaleur-saint-die.pdf",
        "ADEME - retour d'expérience réseau de chaleur", "Les chiffres clés", """
        ## Le projet

        La ville de Saint-Dié-des-Vosges exploite depuis 2011 un réseau de chaleur alimenté par une chaufferie biomasse, qui dessert des logements sociaux, des écoles et l'hôpital. Entre 2021 et 2023, elle a étendu le réseau de 7 kilomètres vers les quartiers de la rive gauche de la Meurthe et raccordé 1 900 logements supplémentaires. Cette fiche, rédigée par l'ADEME, présente le projet et les enseignements que d'autres villes moyennes peuvent en tirer.

        ## Les chiffres clés

        - Longueur totale du réseau après extension : 19 kilomètres.
        - Chaleur livrée : 58 gigawattheures par an, dont 86 % d'origine renouvelable.
        - Émissions évitées : environ 11 000 tonnes de CO2 par an.
        - Investissement de l'extension : 14,2 millions d'euros.

        ## Le financement

        Le fonds chaleur de l'ADEME a apporté 5,1 millions d'euros. La Région Grand Est a financé 1,4 million d'euros au titre de son programme de soutien aux énergies renouvelables, et l'Union européenne 1,2 million. Le solde a été emprunté par la régie municipale et sera remboursé par les abonnés.

        ## L'approvisionnement

        Le bois provient pour 80 % de forêts situées à moins de cent kilomètres, dans le massif des Vosges. La ville a signé des contrats de long terme avec deux fournisseurs locaux et une coopérative forestière. La communauté d'agglomération de Saint-Dié-des-Vosges, qui n'est pas compétente pour le réseau, participe à la structuration de la filière bois.

        ## Les enseignements

        Le prix de la chaleur, inférieur de 20 % à celui du gaz en 2023, a facilité les raccordements. Le principal obstacle a été la coordination des travaux avec ceux de l'eau et de la voirie. Comparé aux réseaux d'Épinal et de Nancy, celui de Saint-Dié-des-Vosges présente une densité de raccordement plus faible, ce qui a imposé une étude économique approfondie avant l'extension.

        ## Contacts

        La direction régionale de l'agence accompagne les collectivités qui envisagent la création ou l'extension d'un réseau de chaleur. Elle peut financer les études de faisabilité et met à disposition un guide méthodologique.
        """) with { Masthead = ["ADEME", "Retours d'expérience - réseaux de chaleur"], Hyphenate = true };
}

/// <summary>Cenon (Gironde, code 33119); Bordeaux (neighbour, named often), Lormont and Floirac (neighbours) are context; Bordeaux Métropole (membership) is context; the Garonne is the river; the coteaux de la rive droite are a landscape; the tram line A is a transport line; the Gironde appears only in the lead.</summary>
public sealed class CenonParcDesCoteaux2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("cenon-budget-participatif-2024.html",
        "Budget participatif : les onze projets lauréats de 2024", "Ville de Cenon", "2024-06-25",
        DocumentTypeLabels.Page, Themes.Finances, "https://ville-cenon.example/participation/budget-participatif-2024", """
        ## Une troisième édition réussie

        Pour la troisième année, la ville de Cenon a consacré 250 000 euros de son budget d'investissement à des projets proposés et choisis par les habitants. Entre avril et mai, 3 120 Cenonnais ont voté, en ligne ou dans les urnes installées dans les équipements municipaux, soit 15 % de plus qu'en 2023. Onze projets ont été retenus ; ils seront réalisés d'ici l'été 2025.

        ## Les projets lauréats

        - Un verger partagé sur les coteaux, au-dessus du parc Palmer.
        - Des bancs et des fontaines à eau le long du chemin qui descend vers la Garonne.
        - Une boîte à livres dans chaque quartier.
        - L'éclairage du terrain de football de proximité du quartier de la Marègue.
        - Des ateliers de réparation de vélos au pied de la station du tramway.
        - Un jardin sensoriel à l'école élémentaire Jean-Jaurès.

        Les cinq autres projets concernent la végétalisation de cours d'école, l'installation d'abris à vélos et l'aménagement d'un espace de jeux pour les plus petits.

        ## Une ville de la rive droite

        Cenon, 26 800 habitants, fait face à Bordeaux, de l'autre côté du fleuve. Beaucoup d'habitants travaillent à Bordeaux et s'y rendent par la ligne A du tramway, mais la ville a ses propres équipements, sa vie associative et ses espaces verts, qui comptent parmi les plus vastes de l'agglomération. Plusieurs projets ont été proposés conjointement avec des habitants de Lormont et de Floirac, communes voisines, pour les espaces situés en limite de commune.

        ## Qui fait quoi

        Les projets relèvent tous des compétences communales. Ceux qui touchent à la voirie ou aux transports, compétences de Bordeaux Métropole, n'étaient pas recevables ; ils ont été transmis à la métropole pour examen.

        ## Et ensuite

        Les porteurs des projets lauréats seront associés à leur réalisation. Une nouvelle édition sera lancée au printemps 2025.
        """) with { Meta = HtmlMeta.OpenGraph, Lead = "Gironde — 3 120 votants et onze projets retenus par les habitants.", Breadcrumb = ["Participation citoyenne"] };
}
