using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind16 territory split (issue 13): bodies without a code of their own, annotated with the perimeter the document states:
// a syndicat mixte spanning two départements, a SIVU of three communes, a CCAS, a CIAS, an intercommunal tourist office.
namespace SampleGenerator.Content.TerritoryBlind16;

/// <summary>Syndicat mixte of the upper Bresle valley, members the CC Interrégionale Aumale - Blangy-sur-Bresle (itself across the Seine-Maritime and the Somme) and the CC Somme Sud-Ouest -> the two EPCI; the syndicate spans two départements (the Seine-Maritime and the Somme, context) and two régions (Normandie, Hauts-de-France, context); Aumale, Blangy-sur-Bresle, Bouttencourt and Senarpont are context; Gamaches, Eu and Le Tréport (the CC des Villes Sœurs, downstream) are named as non-members; the Bresle is the river. Debatable: the syndicate spans two départements and two régions, which are not annotated: its perimeter is its two member EPCI.</summary>
public sealed class SyndicatHauteBresleContinuite2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("syndicat-mixte-haute-vallee-bresle-continuite-ecologique-2024.pdf",
        "Syndicat mixte de la haute vallée de la Bresle : programme de restauration de la continuité écologique 2024-2029", "Syndicat mixte de la haute vallée de la Bresle", "2024-02-15",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://haute-bresle.example/programme-continuite-2024.pdf",
        "Haute vallée de la Bresle - continuité écologique", "passes à poissons", """
        ## Le syndicat

        La Bresle sépare sur une grande partie de son cours la Seine-Maritime et la Somme, donc aussi la Normandie et les Hauts-de-France. Pour gérer la rivière d'une rive à l'autre, deux intercommunalités ont créé en 2019 le syndicat mixte de la haute vallée de la Bresle : la communauté de communes interrégionale Aumale - Blangy-sur-Bresle, dont le territoire s'étend déjà sur les deux départements, et la communauté de communes Somme Sud-Ouest. Elles lui ont transféré leur compétence de gestion des milieux aquatiques sur la partie amont du bassin.

        ## Le diagnostic

        La Bresle est une rivière à truites de mer et à saumons, mais 23 ouvrages, pour la plupart d'anciens moulins, bloquent la remontée des poissons entre Senarpont et Aumale. Les berges sont souvent piétinées par le bétail et les zones humides de fond de vallée ont reculé. Les inondations de 2021 ont touché Blangy-sur-Bresle et Bouttencourt.

        ## Le programme

        - L'arasement ou l'équipement de quatorze ouvrages par des passes à poissons, en accord avec leurs propriétaires.
        - La pose de clôtures et d'abreuvoirs le long de 18 kilomètres de berges.
        - La restauration de 60 hectares de prairies humides pour ralentir les crues.
        - Le suivi annuel des populations de poissons migrateurs.

        ## Le financement

        Le programme coûte 5,2 millions d'euros sur six ans. L'agence de l'eau en finance 70 %, les deux Régions 10 %. Le reste est réparti entre les deux communautés de communes membres au prorata de la longueur de rivière sur leur territoire.

        ## L'aval

        La partie aval de la vallée, de Gamaches à Eu et au Tréport, ne fait pas partie du syndicat : elle relève de la communauté de communes des Villes Sœurs, avec laquelle une convention de coordination a été signée pour que les travaux amont et aval se complètent.
        """) with { Masthead = ["Syndicat mixte de la haute vallée de la Bresle"], Byline = ["Comité syndical du 8 février 2024"] };
}

/// <summary>SIVU of the gymnasium of the plateau, members Charquemont, Damprichard and Frambouhans (Doubs) -> the three communes; Maîche is context (a neighbouring commune, named as a non-member); Switzerland is a neighbour; the Doubs is the river and the département (context).</summary>
public sealed class SivuGymnasePlateauCharquemont2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("sivu-gymnase-charquemont-damprichard-frambouhans-2023.html",
        "SIVU du gymnase du plateau : la rénovation est achevée", "SIVU du gymnase du plateau", "2023-12-12",
        DocumentTypeLabels.Page, Themes.Culture, "https://sivu-gymnase-plateau.example/renovation-achevee", """
        ## Un équipement partagé

        Le syndicat intercommunal à vocation unique du gymnase du plateau réunit depuis 1992 les communes de Charquemont, de Damprichard et de Frambouhans, dans le haut Doubs, près de la frontière suisse. Il gère le gymnase utilisé par les écoles des trois communes, par le collège et par une dizaine d'associations sportives.

        ## Les travaux

        Après dix mois de chantier, le gymnase a rouvert ses portes le 4 décembre 2023. Les travaux ont porté sur :
        - l'isolation des murs et de la toiture, qui laissait passer le froid des hivers du plateau ;
        - le remplacement de la chaudière au fioul par une chaudière à granulés de bois ;
        - la création d'un mur d'escalade et d'une salle de musculation ;
        - la mise en accessibilité des vestiaires et des tribunes.

        ## Le coût

        Le montant des travaux s'élève à 1,9 million d'euros. L'État, la Région et le Département du Doubs en ont financé 58 %. Le reste est partagé entre les trois communes membres selon leur population : 52 % pour Charquemont, 32 % pour Damprichard et 16 % pour Frambouhans.

        ## L'utilisation

        Les clubs de la commune voisine de Maîche, qui n'est pas membre du syndicat, pourront louer des créneaux. Le planning d'occupation est disponible auprès du secrétariat du syndicat, en mairie de Charquemont. Une journée portes ouvertes aura lieu le 13 janvier 2024, avec des démonstrations des clubs de basket-ball, de judo et d'escalade.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "12 décembre 2023", Breadcrumb = ["Actualités"] };
}

/// <summary>CCAS of Saint-Chély-d'Apcher (Lozère) -> its commune; Mende and Marvejols are context; the CC des Terres d'Apcher-Margeride-Aubrac is membership (context); the Margeride and the Aubrac are landscapes; the Lozère is context.</summary>
public sealed class CcasSaintChelyMutuelle2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("ccas-saint-chely-d-apcher-mutuelle-communale-2024.pdf",
        "CCAS de Saint-Chély-d'Apcher : bilan de la mutuelle communale après deux ans", "Centre communal d'action sociale de Saint-Chély-d'Apcher", "2024-04-23",
        DocumentTypeLabels.Rapport, Themes.Social, "https://ccas-saint-chely.example/bilan-mutuelle-communale-2024.pdf",
        "CCAS de Saint-Chély-d'Apcher - mutuelle communale", "complémentaire santé", """
        ## Le dispositif

        En janvier 2022, le centre communal d'action sociale de Saint-Chély-d'Apcher a lancé une mutuelle communale. Il ne s'agit pas d'une mutuelle gérée par la commune, mais d'un contrat de complémentaire santé négocié par le CCAS avec un organisme choisi après consultation, ouvert à tous les habitants de la ville, sans questionnaire de santé et sans limite d'âge.

        ## Les adhérents

        Au 31 décembre 2023, 312 habitants avaient adhéré au contrat, soit près de 8 % de la population. Les deux tiers ont plus de 60 ans. Un adhérent sur cinq n'avait auparavant aucune complémentaire santé ; les autres ont réalisé une économie moyenne de 38 euros par mois. Les artisans, les commerçants et les agriculteurs retraités sont particulièrement nombreux.

        ## Les garanties

        Trois niveaux de garanties sont proposés, de 39 à 96 euros par mois pour une personne seule de plus de 60 ans. Les lunettes, les prothèses dentaires et auditives sont mieux remboursées qu'avec la plupart des contrats individuels. Les adhérents peuvent consulter un conseiller lors d'une permanence mensuelle au CCAS.

        ## Les difficultés

        Certains habitants des hameaux, éloignés du centre, ont découvert le dispositif tardivement. Le CCAS a donc organisé des réunions dans les salles communales et distribué un dépliant avec le bulletin municipal. Les demandes d'adhésion venues de Mende ou de Marvejols ont dû être refusées : le contrat est réservé aux habitants de Saint-Chély-d'Apcher.

        ## Les perspectives

        Le conseil d'administration du CCAS a décidé de renouveler le contrat pour trois ans. Il souhaite en faire la promotion auprès des jeunes actifs et des familles, encore peu nombreux parmi les adhérents. La communauté de communes des Terres d'Apcher-Margeride-Aubrac a fait savoir qu'elle étudierait une démarche comparable à l'échelle intercommunale, ce qui permettrait aux habitants des villages de la Margeride et de l'Aubrac d'en bénéficier.
        """) with { Masthead = ["Centre communal d'action sociale", "Saint-Chély-d'Apcher"], Byline = ["Conseil d'administration du 18 avril 2024"] };
}

/// <summary>CIAS of the CC du Kochersberg -> the EPCI; Truchtersheim, Ittenheim and Schnersheim are context; Strasbourg is context; the Kochersberg is also a landscape (a loess hill country); the Bas-Rhin and Alsace (the Collectivité européenne d'Alsace, a funder) are context.</summary>
public sealed class CiasKochersbergAideDomicile2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("cias-kochersberg-service-aide-domicile-2024.html",
        "CIAS du Kochersberg : le service d'aide à domicile recrute et se réorganise", "CIAS du Kochersberg", "2024-09-17",
        DocumentTypeLabels.Page, Themes.Social, "https://cias-kochersberg.example/aide-domicile-2024", """
        ## Un service intercommunal

        Le centre intercommunal d'action sociale de la communauté de communes du Kochersberg gère le service d'aide à domicile des 23 communes de l'intercommunalité, de Truchtersheim à Ittenheim et à Schnersheim. Ses 64 aides à domicile interviennent chez 520 personnes âgées ou handicapées pour les repas, la toilette, le ménage et les courses.

        ## Les difficultés de recrutement

        Comme beaucoup de services du Bas-Rhin, le CIAS peine à recruter : onze postes sont vacants et certaines demandes d'aide restent en attente plusieurs semaines. La proximité de Strasbourg, où les salaires sont plus élevés et les trajets plus courts, attire une partie des candidates.

        ## Les mesures décidées

        - Une revalorisation des salaires de 6 % au 1er octobre 2024.
        - La prise en charge des frais de déplacement au réel et la mise à disposition de véhicules électriques.
        - Des tournées organisées par secteur pour réduire les temps de trajet entre deux interventions.
        - Un parcours de formation qualifiante financé par la Collectivité européenne d'Alsace.

        ## Postuler

        Les candidatures sont reçues par le CIAS, au siège de la communauté de communes. Les personnes sans diplôme peuvent être recrutées et formées. Un job dating est organisé le 3 octobre à la salle polyvalente de Truchtersheim. Les bénéficiaires et leurs familles seront informés par courrier des changements d'horaires liés à la nouvelle organisation des tournées, qui entrera en vigueur le 4 novembre.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Solidarités", "Aide à domicile"] };
}

/// <summary>The intercommunal tourist office of the CC Pays du Mont-Blanc (a service of the EPCI) -> the EPCI; Saint-Gervais-les-Bains, Megève, Combloux, Les Contamines-Montjoie and Sallanches are context; Chamonix-Mont-Blanc (another EPCI, a comparison) is context; the Mont Blanc is a mountain (landscape); the Mont-Blanc tramway is a body.</summary>
public sealed class OfficeTourismePaysMontBlanc2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("office-tourisme-pays-du-mont-blanc-rapport-2023.pdf",
        "Office de tourisme intercommunal du Pays du Mont-Blanc : rapport d'activité 2023", "Office de tourisme intercommunal du Pays du Mont-Blanc", "2024-03-28",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://ot-paysdumontblanc.example/rapport-activite-2023.pdf",
        "OT Pays du Mont-Blanc - rapport 2023", "quatre saisons", """
        ## L'office

        Créé en 2019 par la communauté de communes Pays du Mont-Blanc, l'office de tourisme intercommunal assure l'accueil et l'information des visiteurs et la promotion des dix communes, de Sallanches à Saint-Gervais-les-Bains, de Combloux aux Contamines-Montjoie. Il gère six bureaux d'accueil et emploie 48 salariés permanents. Les stations de Megève et de Saint-Gervais-les-Bains conservent leurs propres offices pour l'animation.

        ## La fréquentation

        Le territoire a enregistré 6,1 millions de nuitées en 2023, dont 58 % en hiver. La clientèle étrangère représente 37 % des nuitées, avec une forte présence de visiteurs britanniques, belges et suisses. Les bureaux d'accueil ont reçu 310 000 visiteurs, surtout en juillet et en août.

        ## Les actions de 2023

        - Le lancement d'une marque commune aux dix communes et d'un site internet unique de réservation.
        - La promotion des séjours des quatre saisons, pour moins dépendre de l'enneigement.
        - L'accompagnement de 140 hébergeurs dans leur démarche de classement.
        - Une campagne pour inciter les visiteurs à venir en train plutôt qu'en voiture.

        ## Les finances

        Le budget de l'office s'élève à 7,3 millions d'euros. La taxe de séjour, perçue par la communauté de communes et reversée à l'office, en apporte 72 %. Les ventes de prestations et les partenariats privés complètent.

        ## Les perspectives

        L'office prépare un schéma d'accueil de la clientèle pour réduire l'afflux sur les sites les plus fréquentés en été, comme le tramway du Mont-Blanc ou les lacs d'altitude. Il souhaite aussi coopérer avec la vallée voisine de Chamonix-Mont-Blanc pour les séjours itinérants autour du massif, très demandés par les randonneurs étrangers qui font le tour du Mont-Blanc en une dizaine de jours. Enfin, un observatoire de la fréquentation, alimenté par les données des hébergeurs, des remontées mécaniques et des parkings, sera mis à la disposition des communes et des professionnels à partir de l'hiver 2024-2025, afin d'adapter l'offre et les services aux flux réels de visiteurs.
        """) with { Masthead = ["Office de tourisme intercommunal", "Pays du Mont-Blanc"], Byline = ["Rapport présenté au comité de direction"] };
}
