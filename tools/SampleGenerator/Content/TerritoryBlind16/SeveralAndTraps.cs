using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind16 territory split (issue 13): three communes of a joint project; streets and bodies carrying other places' names; national
// figures quoted in a local report; comparisons; a subject named only in the title or only in a table caption.
namespace SampleGenerator.Content.TerritoryBlind16;

/// <summary>Morteau, Villers-le-Lac and Les Fins (Doubs), three communes signing a joint convention -> the three communes; the CC du Val de Morteau is named as not a party (context, membership); Le Locle and La Chaux-de-Fonds (Switzerland) are destinations; the Doubs is the river (and the département, context); Pontarlier is context (also in a street name, the route de Pontarlier). Debatable: the three communes are members of the CC du Val de Morteau, which a reader could take as the frame; the document says it is not a party to the convention; left out.</summary>
public sealed class MorteauVillersLesFinsCovoiturage2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("morteau-villers-le-lac-les-fins-convention-covoiturage-2024.pdf",
        "Convention entre les communes de Morteau, Villers-le-Lac et Les Fins pour les aires de covoiturage frontalières", "Commune de Morteau", "2024-03-26",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://morteau.example/convention-covoiturage-2024.pdf",
        "Convention covoiturage Morteau - Villers-le-Lac - Les Fins", "travailleurs frontaliers", """
        ## L'objet de la convention

        Chaque matin, plus de 9 000 habitants du val de Morteau franchissent la frontière pour travailler en Suisse, surtout au Locle et à La Chaux-de-Fonds. Les routes vers les postes de douane sont saturées et les stationnements sauvages se multiplient. Les communes de Morteau, de Villers-le-Lac et des Fins ont décidé d'agir ensemble : par la présente convention, adoptée par leurs trois conseils municipaux en mars 2024, elles créent et gèrent en commun un réseau de trois aires de covoiturage.

        ## Les aires

        - À Morteau, près de la gare, une aire de 120 places sur un terrain communal.
        - À Villers-le-Lac, à l'entrée du bourg, une aire de 80 places avec un abri pour les vélos.
        - Aux Fins, au carrefour de la route de Pontarlier, une aire de 60 places.

        ## La répartition des charges

        Chaque commune réalise l'aire située sur son territoire. Les frais d'entretien, d'éclairage et de déneigement sont mis en commun et répartis au prorata de la population : 48 % pour Morteau, 34 % pour Villers-le-Lac et 18 % pour Les Fins. Un comité de suivi de six élus, deux par commune, se réunit deux fois par an.

        ## Le financement

        Le coût des trois aires atteint 1,1 million d'euros. Les travailleurs frontaliers font l'objet d'une compensation financière versée par la Suisse, dont une part revient aux communes de résidence ; les trois communes y consacreront une partie de ces recettes. La Région et le Département du Doubs apportent des subventions. La communauté de communes du Val de Morteau n'est pas partie à la convention, mais elle intégrera les aires à son application de covoiturage.

        ## La durée

        La convention est conclue pour dix ans. Elle pourra être étendue à d'autres communes voisines par avenant, si les conseils municipaux concernés en font la demande. Les premières places seront ouvertes en septembre 2024, pour la rentrée des entreprises horlogères.
        """) with { Masthead = ["Communes de Morteau, Villers-le-Lac et Les Fins"], Byline = ["Convention intercommunale signée le 26 mars 2024"] };
}

/// <summary>Saint-Junien (Haute-Vienne), whose streets and bodies carry other places' names (avenue de Limoges, route de Confolens, rue de Bellac, rue de Rochechouart, the Syndicat Energies Haute-Vienne) -> the commune; Limoges, Confolens, Bellac and Rochechouart are context; the CC Porte Océane du Limousin is membership (context); the Vienne and the Glane are rivers.</summary>
public sealed class SaintJunienPlanVelo2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("saint-junien-87-plan-velo-communal-2024.html",
        "Saint-Junien adopte son plan vélo communal", "Ville de Saint-Junien", "2024-07-02",
        DocumentTypeLabels.Page, Themes.Durable, "https://saint-junien.example/plan-velo-2024", """
        ## Un réseau cyclable continu

        La ville de Saint-Junien a adopté le 27 juin 2024 un plan vélo de 2,4 millions d'euros sur six ans. Il doit permettre aux 11 400 habitants de rejoindre à vélo, en sécurité, le centre-ville, la gare, les écoles et les zones d'activités de la ville.

        ## Les itinéraires prioritaires

        - Une piste bidirectionnelle avenue de Limoges, entre le rond-point de la gare et le lycée.
        - Une bande cyclable route de Confolens, jusqu'à la zone d'activités du Bois-au-Boeuf.
        - Une zone de rencontre rue de Bellac et rue de Rochechouart, dans le centre ancien.
        - Une voie verte le long de la Glane, jusqu'à sa confluence avec la Vienne.

        ## Le stationnement et les services

        Cent arceaux seront installés près des commerces et des équipements. La ville proposera la location de vélos à assistance électrique de longue durée. Le Syndicat Energies Haute-Vienne installera quatre bornes de recharge pour vélos devant la mairie et la médiathèque.

        ## Les partenaires

        La communauté de communes Porte Océane du Limousin, compétente pour la mobilité, assure la liaison cyclable vers les communes voisines. Le Département de la Haute-Vienne aménage la véloroute vers Limoges. Une première évaluation, fondée sur des compteurs installés aux entrées de ville, sera présentée aux habitants à la fin de l'année 2025, avant la deuxième tranche de travaux.
        """) with { Meta = HtmlMeta.JsonLd, Lead = "Un plan de six ans pour le vélo au quotidien, de la gare aux zones d'activités.", Breadcrumb = ["Mobilités", "Vélo"] };
}

/// <summary>Sainte-Livrade-sur-Lot (Lot-et-Garonne), a diagnosis of the town-centre shops that quotes national figures ("contre ... en France", the national average of towns of its size) -> the commune only, not france:FR; Villeneuve-sur-Lot and Agen are comparisons; the CA du Grand Villeneuvois is membership (context); the Lot is the river (and a département, context).</summary>
public sealed class SainteLivradeCommerce2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("sainte-livrade-sur-lot-diagnostic-commerce-centre-ville-2024.pdf",
        "Sainte-Livrade-sur-Lot : diagnostic du commerce de centre-ville", "Commune de Sainte-Livrade-sur-Lot", "2024-01-16",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://sainte-livrade.example/diagnostic-commerce-2024.pdf",
        "Sainte-Livrade-sur-Lot - diagnostic du commerce", "cellules commerciales vacantes", """
        ## L'objet de l'étude

        La commune de Sainte-Livrade-sur-Lot, 6 500 habitants, a confié à un cabinet spécialisé un diagnostic du commerce de son centre-ville, préalable à la création d'un poste de manager de centre-ville. L'étude s'appuie sur un relevé des 142 cellules commerciales, une enquête auprès de 600 habitants et des comparaisons avec les moyennes nationales.

        ## La vacance commerciale

        Le centre-ville compte 27 cellules commerciales vacantes, soit un taux de vacance de 19 %, contre 12 % en moyenne en France dans les communes de 5 000 à 10 000 habitants. La vacance est concentrée dans la rue Nationale et autour de la place du marché. Le taux est plus faible à Villeneuve-sur-Lot, la ville-centre voisine, qui a bénéficié du programme Action cœur de ville.

        ## Les habitudes d'achat

        Les habitants réalisent 38 % de leurs achats alimentaires dans le centre, mais seulement 11 % de leurs achats d'équipement de la personne. Les grandes surfaces de la zone commerciale et le commerce en ligne captent l'essentiel des dépenses : la part des achats sur internet atteint 17 %, proche de la moyenne nationale. Le marché du vendredi reste très fréquenté.

        ## Les atouts

        La commune dispose d'un patrimoine remarquable, autour de l'église et de la tour du Roy, et d'un tissu associatif actif. Les loyers commerciaux, de 60 euros le mètre carré par an, sont inférieurs de moitié à ceux d'Agen.

        ## Les recommandations

        - Recruter un manager de centre-ville, avec l'appui de la communauté d'agglomération du Grand Villeneuvois.
        - Instaurer une taxe sur les friches commerciales pour inciter les propriétaires à louer.
        - Créer une boutique à l'essai pour tester de nouvelles activités.
        - Améliorer la signalétique depuis les parkings vers la rue Nationale.

        Le conseil municipal examinera le plan d'action en mars 2024.
        """) with { Masthead = ["Commune de Sainte-Livrade-sur-Lot", "Lot-et-Garonne"], Byline = ["Étude réalisée d'octobre à décembre 2023"] };
}

/// <summary>Saint-Pol-de-Léon (Finistère), a study where Roscoff, Plougastel-Daoulas, Paimpol and Morlaix are comparisons -> the commune; the CC Haut-Léon Communauté is membership (context); the Léon is a landscape (pays); Brittany and the Finistère are context.</summary>
public sealed class SaintPolDeLeonSaisonniers2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("saint-pol-de-leon-logement-saisonniers-agricoles-2023.html",
        "Saint-Pol-de-Léon : quel logement pour les saisonniers agricoles ?", "Ville de Saint-Pol-de-Léon", "2023-11-14",
        DocumentTypeLabels.Etude, Themes.Social, "https://saint-pol-de-leon.example/etude-logement-saisonniers", """
        ## Une ville légumière

        Capitale du légume breton, Saint-Pol-de-Léon accueille chaque année près de 1 300 travailleurs saisonniers pour la récolte des choux-fleurs, des artichauts et des échalotes. La ville a commandé une étude sur leurs conditions de logement, présentée au conseil municipal le 9 novembre 2023.

        ## Les constats

        Quatre saisonniers sur dix sont logés chez l'exploitant, souvent dans des bâtiments mal isolés ; un sur quatre vit en camping ou dans son véhicule. Les loyers des petits logements ont augmenté de 18 % en cinq ans, sous l'effet des locations touristiques. Les exploitants signalent des difficultés croissantes de recrutement : certains renoncent à embaucher faute de pouvoir loger les candidats, surtout pendant les mois d'été, quand la demande touristique est la plus forte. Les saisonniers interrogés citent le logement comme leur première préoccupation, avant le transport.

        ## La comparaison avec d'autres bassins

        | Commune | Saisonniers agricoles | Places d'hébergement dédiées |
        | Saint-Pol-de-Léon | 1 300 | 40 |
        | Plougastel-Daoulas | 700 | 60 |
        | Paimpol | 500 | 35 |
        Source : enquête du bureau d'études, 2023.

        Roscoff et Morlaix, qui accueillent surtout des saisonniers du tourisme, ont développé des solutions d'hébergement chez l'habitant qui pourraient être adaptées.

        ## Les propositions

        - Transformer l'ancienne gendarmerie en résidence de 48 places.
        - Créer une aire d'accueil aménagée pour les saisonniers venant avec leur véhicule.
        - Mettre en relation propriétaires et travailleurs par une plateforme gérée avec Haut-Léon Communauté.

        Le conseil municipal a demandé un chiffrage détaillé de ces trois mesures pour le budget 2024.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Solidarités", "Logement"] };
}

/// <summary>Langogne (Lozère), named only in the title (the body says "la ville" and "la commune"; the publisher, file name and URL are neutral) -> the commune; the lac de Naussac is a landscape; the Allier is the river (also a département, context); Mende is context.</summary>
public sealed class LangogneMediatheque2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("mediatheque-municipale-rapport-activite-2023.pdf",
        "Langogne : rapport d'activité de la médiathèque municipale, 2023", "Médiathèque municipale", "2024-03-12",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://mediatheque-municipale.example/rapport-activite-2023.pdf",
        "Rapport d'activité de la médiathèque 2023", "portage de livres", """
        ## Les moyens

        La médiathèque municipale occupe depuis 2016 le rez-de-chaussée de l'ancienne filature, au bord de l'Allier. Ses 620 mètres carrés accueillent un fonds de 28 000 documents : livres, revues, disques, films et jeux de société. L'équipe compte trois agents et une vingtaine de bénévoles. Le budget d'acquisition s'élève à 21 000 euros, soit 7,40 euros par habitant, un effort supérieur à celui des villes de taille comparable.

        ## La fréquentation

        En 2023, la médiathèque a compté 1 480 inscrits actifs, dont 41 % de moins de 18 ans, et 52 000 prêts. Les entrées ont retrouvé leur niveau d'avant la crise sanitaire. Les horaires d'ouverture ont été élargis au samedi après-midi, à la demande des familles qui travaillent en semaine et des estivants qui séjournent autour du lac de Naussac.

        ## Les actions culturelles

        - 64 accueils de classes des écoles maternelles et élémentaires et du collège.
        - Un cycle de rencontres avec des auteurs du Massif central, qui a réuni 540 personnes.
        - Un atelier numérique hebdomadaire pour aider les habitants dans leurs démarches en ligne.
        - Le portage de livres à domicile pour 26 personnes âgées ou malades.

        ## Le réseau

        La médiathèque fait partie du réseau de lecture publique animé par la bibliothèque départementale, installée à Mende, qui prête des collections et forme les bénévoles. La navette passe une fois par mois et permet de renouveler près d'un quart du fonds.

        ## Les projets pour 2024

        La ville souhaite ouvrir un espace de jeux vidéo et de réalité virtuelle pour les adolescents, étendre les horaires pendant l'été et créer un fonds consacré à l'histoire de la commune, en lien avec la société d'histoire locale et les archives municipales. Un questionnaire sera proposé aux usagers au printemps pour mieux connaître leurs attentes.
        """) with { Masthead = ["Médiathèque municipale"], Byline = ["Rapport présenté au conseil municipal"] };
}

/// <summary>Valdahon (Doubs), named only in a table caption (the title and the text say "la commune" and "la station") -> the commune; the camp militaire is a body (context); Besançon and Pontarlier are context; the CC des Portes du Haut-Doubs is membership (context, its name carrying the département's); the Doubs is not named as a subject. Debatable: without the caption the text gives no place; the caption says whose indicators these are, so the commune is the subject.</summary>
public sealed class ValdahonAssainissement2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("regie-assainissement-rapport-annuel-2023.html",
        "Rapport annuel du service d'assainissement collectif, exercice 2023", "Régie municipale d'assainissement", "2024-06-18",
        DocumentTypeLabels.Rapport, Themes.Durable, "https://regie-assainissement.example/rapport-annuel-2023", """
        ## Le service

        La régie municipale collecte et traite les eaux usées de 2 650 abonnés, dont le camp militaire, qui représente à lui seul 9 % des volumes. Le réseau compte 48 kilomètres de canalisations, dont 40 % sont encore unitaires et reçoivent aussi les eaux de pluie. La station d'épuration, mise en service en 2009, a une capacité de 9 000 équivalents-habitants.

        Tableau 1 — Valdahon : indicateurs du service d'assainissement collectif, 2022 et 2023

        | Indicateur | 2022 | 2023 |
        | Abonnés | 2 610 | 2 650 |
        | Volumes facturés (m³) | 298 000 | 305 000 |
        | Conformité des rejets | oui | oui |
        | Prix TTC pour 120 m³ (€/m³) | 2,18 | 2,26 |
        Source : régie municipale, rapport sur le prix et la qualité du service.

        ## Les travaux

        En 2023, la régie a mis en séparatif 1,3 kilomètre de réseau et réhabilité deux postes de relèvement. Les déversements d'eaux non traitées par temps de pluie ont diminué d'un tiers. Les boues sont épandues sur des parcelles agricoles après compostage.

        ## Les perspectives

        La loi prévoit le transfert de la compétence à la communauté de communes des Portes du Haut-Doubs. La régie prépare un inventaire de son patrimoine et un plan pluriannuel d'investissement. Les abonnés peuvent consulter le rapport complet en mairie. Les camions de vidange des installations individuelles des hameaux sont acceptés à la station sur rendez-vous, y compris ceux des entreprises de Besançon et de Pontarlier qui interviennent dans le secteur.
        """) with { Meta = HtmlMeta.None, Breadcrumb = ["Eau et assainissement"] };
}
