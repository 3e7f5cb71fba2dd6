using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind15 territory split (issue 13): communes nouvelles named by their communes déléguées, former communes before a merger, renamed communes.
namespace SampleGenerator.Content.TerritoryBlind15;

/// <summary>Valence-en-Poitou (Vienne, code 86082), commune nouvelle of Couhé, Vaux, Ceaux-en-Couhé, Châtillon and Payré (2019) -> today's code; Valence (Drôme) is named to rule it out; "Vaux" and "Châtillon" are also homonyms of many communes; Poitiers and Civray are context; the CC du Civraisien en Poitou is membership (context); the Vienne is the département (context); the DGFiP is a body (context).</summary>
public sealed class ValenceEnPoitouLissageTaux2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("valence-en-poitou-fin-lissage-taux-fonciers-2024.html",
        "Taxe foncière : la fin du lissage des taux dans la commune nouvelle de Valence-en-Poitou", "Commune de Valence-en-Poitou", "2024-01-30",
        DocumentTypeLabels.Page, Themes.Finances, "https://valence-en-poitou.example/actualites/taux-fonciers-2024", """
        ## Un taux unique en 2024

        Lors de la création de Valence-en-Poitou, le 1er janvier 2019, les cinq communes fondatrices appliquaient des taux de taxe foncière très différents. Couhé, la plus peuplée, avait le taux le plus élevé ; Payré et Ceaux-en-Couhé les plus bas ; Vaux et Châtillon se situaient entre les deux. Le conseil municipal avait alors décidé, comme la loi le permet, de rapprocher progressivement ces taux sur cinq ans. En 2024, pour la première fois, un taux unique de taxe foncière sur les propriétés bâties s'applique dans toute la commune.

        ## Ce qui change pour les propriétaires

        Pour les propriétaires de Couhé, la dernière étape du lissage se traduit par une légère baisse de la part communale. À l'inverse, ceux de Payré et de Ceaux-en-Couhé verront leur part communale augmenter d'environ 3 %, hors revalorisation des bases décidée chaque année au niveau national. La municipalité rappelle que cette convergence était prévue dès la création de la commune nouvelle et figurait dans la charte adoptée par les cinq conseils municipaux.

        ## Les produits attendus

        Le produit de la taxe foncière est estimé à 1,46 million d'euros en 2024, contre 1,41 million en 2023. Il finance notamment l'entretien des cinq écoles et des 180 kilomètres de voirie communale, ainsi que le remboursement des emprunts contractés pour la salle omnisports. Le taux de la taxe foncière sur les propriétés non bâties, qui concerne surtout les terres agricoles, avait déjà été unifié en 2022.

        ## Des simulations en mairie

        Les services de la mairie, à Couhé, et les permanences des mairies déléguées proposent aux propriétaires une simulation de leur imposition. Les avis d'imposition, établis par la direction générale des finances publiques, seront envoyés à la fin du mois d'août.

        ## Une confusion à éviter

        Plusieurs habitants ont reçu des courriers commerciaux évoquant les impôts locaux de Valence, dans la Drôme. Ils ne concernent pas notre commune. La communauté de communes du Civraisien en Poitou, dont la commune est membre, vote ses propres taux, qui ne sont pas modifiés cette année.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Actualités", "Finances"] };
}

/// <summary>Chambois, Exmes, Survie and Silly-en-Gouffern, communes déléguées of Gouffern en Auge (Orne, code 61474; 2017) -> today's code (named once); "survie" is also a common word (survival); Argentan is context; the CC Terres d'Argentan Interco is membership (context); the haras du Pin is a context place; the Dives is the river.</summary>
public sealed class GouffernEnAugeDonjonChambois2023 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("gouffern-en-auge-donjon-chambois-restauration-2023.pdf",
        "Restauration du donjon de Chambois : programme de travaux 2024-2027", "Commune de Gouffern en Auge", "2023-11-21",
        DocumentTypeLabels.Rapport, Themes.Culture, "https://gouffern-en-auge.example/donjon-chambois-programme.pdf",
        "Donjon de Chambois - programme de travaux", "architecte en chef", """
        ## Le monument

        Le donjon de Chambois, construit à la fin du XIIe siècle, est l'un des mieux conservés de Normandie. Classé monument historique, il domine le bourg de Chambois, commune déléguée de Gouffern en Auge depuis le regroupement de 2017. Il appartient à la commune, qui en assure l'entretien et l'ouvre au public en été. Les pierres de la façade nord se dégradent : des chutes de fragments ont conduit à fermer le sommet au public en 2022.

        ## Le diagnostic

        L'architecte en chef des monuments historiques a remis son étude en juin 2023. Elle décrit des joints dégradés, une infiltration d'eau par la toiture-terrasse et une fissure dans l'escalier à vis. La survie de certaines parties de l'édifice, comme les latrines du deuxième étage, dépend de travaux rapides. L'étude propose trois tranches, de la couverture aux maçonneries puis à l'aménagement intérieur.

        ## Le programme

        - Première tranche (2024) : couverture, étanchéité et reprise des chéneaux, pour 420 000 euros.
        - Deuxième tranche (2025-2026) : maçonneries des façades nord et est, pour 690 000 euros.
        - Troisième tranche (2027) : escalier, éclairage et parcours de visite, pour 260 000 euros.

        ## Le financement

        La direction régionale des affaires culturelles finance 40 % des travaux, la région et le département de l'Orne 15 % chacun. La commune y consacrera 380 000 euros, lissés sur quatre exercices, ce qui l'oblige à différer la rénovation de la salle des fêtes d'Exmes et du terrain de sport de Survie.

        ## Les visites

        Le monument attire 7 500 visiteurs par an, dont beaucoup combinent la visite avec le haras du Pin tout proche. La communauté de communes Terres d'Argentan Interco, dont la commune est membre, intégrera le donjon à son circuit touristique. Pendant les travaux, des visites de chantier seront proposées à Chambois et à Silly-en-Gouffern lors des Journées du patrimoine.
        """) with { Masthead = ["Commune de Gouffern en Auge", "Orne"], Byline = ["Délibération du conseil municipal du 21 novembre 2023"], Hyphenate = true };
}

/// <summary>Aunay-sur-Odon (Calvados) in 2014, before it merged into Les Monts d'Aunay (code 14027; 2017) -> today's code; Caen, Vire and Villers-Bocage are context; the Odon is the river; the Calvados is context; the Pré-Bocage is a landscape; the Normandie is context. Debatable: the document is about Aunay-sur-Odon alone, today one of seven communes déléguées; annotated with today's code by the rule on former communes.</summary>
public sealed class AunaySurOdonPatrimoineReconstruction2014 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("aunay-sur-odon-inventaire-patrimoine-reconstruction-2014.html",
        "Aunay-sur-Odon, soixante-dix ans après : un inventaire du patrimoine de la Reconstruction", "Commune d'Aunay-sur-Odon", "2014-06-13",
        DocumentTypeLabels.Page, Themes.Culture, "https://aunay-sur-odon.example/patrimoine/reconstruction", """
        ## Une ville rasée en 1944

        En juin 1944, les bombardements ont détruit la quasi-totalité d'Aunay-sur-Odon. La petite ville du Pré-Bocage, entre Caen et Vire, a été reconstruite entre 1947 et 1960 selon un plan d'ensemble, avec une place centrale, une église nouvelle et des immeubles aux façades de pierre et de béton. Soixante-dix ans après, la commune, qui compte 2 900 habitants, a engagé avec le service régional de l'inventaire un recensement de ce patrimoine encore mal connu.

        ## Ce que révèle l'inventaire

        Les chercheurs ont recensé 214 bâtiments construits pendant la Reconstruction : maisons, immeubles de commerce, équipements publics et bâtiments agricoles. L'église Saint-Samson, achevée en 1960, avec son clocher-porche et ses vitraux, en est l'édifice le plus remarquable. La mairie, les halles et le groupe scolaire témoignent du soin apporté aux équipements. Les façades des commerces de la rue principale ont souvent conservé leurs devantures d'origine, en bois ou en granito.

        ## Un patrimoine fragile

        Beaucoup de propriétaires ignorent la valeur de ces bâtiments. Les menuiseries d'origine sont remplacées par des modèles standard, les façades enduites ou isolées par l'extérieur sans précaution. Le conseil municipal souhaite encourager une rénovation respectueuse : un cahier de recommandations sera remis à chaque propriétaire, et un architecte conseil tiendra une permanence mensuelle en mairie.

        ## Faire connaître l'histoire

        Une exposition de photographies anciennes et de plans d'architectes est présentée à la médiathèque jusqu'au 31 août. Des visites guidées seront proposées lors des Journées du patrimoine, avec le concours d'anciens habitants qui ont connu la ville provisoire de baraquements. Les élèves de l'école élémentaire ont réalisé un carnet de découverte, disponible à l'office de tourisme.

        ## Et demain

        L'inventaire servira de base à l'élaboration d'une aire de mise en valeur de l'architecture et du patrimoine. Les communes voisines, comme Villers-Bocage, également reconstruites, pourraient s'associer à la démarche.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 13/06/2014", Breadcrumb = ["Culture", "Patrimoine"] };
}

/// <summary>Condé-sur-Huisne, Condeau and Coulonges-les-Sablons, communes déléguées of Sablons sur Huisne (Orne, code 61116; 2016) -> today's code; Rémalard, Nogent-le-Rotrou (Eure-et-Loir) and Mortagne-au-Perche are context; the CC Cœur du Perche is membership (context); the Huisne is the river; the Perche is a landscape (and a regional natural park).</summary>
public sealed class SablonsSurHuisneLogementsCommunaux2024 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("sablons-sur-huisne-rehabilitation-logements-communaux-2024.pdf",
        "Sablons sur Huisne : programme de réhabilitation des logements communaux", "Commune de Sablons sur Huisne", "2024-04-16",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://sablons-sur-huisne.example/logements-communaux-2024.pdf",
        "Sablons sur Huisne - logements communaux", "diagnostic de performance énergétique", """
        ## Le patrimoine locatif de la commune

        Sablons sur Huisne réunit depuis 2016 Condé-sur-Huisne, Condeau et Coulonges-les-Sablons, soit près de 2 000 habitants aux portes du Perche, à quelques kilomètres de Nogent-le-Rotrou. En se regroupant, les trois communes ont mis en commun un patrimoine de dix-sept logements locatifs : anciens logements d'instituteurs, appartements au-dessus des mairies, maisons léguées à la commune. Ces logements, loués à des prix modérés, permettent d'accueillir des familles et de maintenir des enfants dans les écoles.

        ## Le diagnostic

        Une étude réalisée en 2023 montre que neuf logements sont classés F ou G selon le diagnostic de performance énergétique. Depuis 2023, les logements classés G ne peuvent plus voir leur loyer augmenter, et ils ne pourront plus être loués à partir de 2025. Trois appartements de Coulonges-les-Sablons et deux maisons de Condeau sont concernés. Les autres logements, situés à Condé-sur-Huisne, ont été rénovés entre 2010 et 2018.

        ## Le programme

        - Isolation des combles et des murs, remplacement des fenêtres et des chaudières au fioul dans les neuf logements les plus énergivores.
        - Création de deux logements supplémentaires dans l'ancien presbytère de Condeau.
        - Mise aux normes électriques de l'ensemble du parc.

        ## Le coût et le financement

        Le programme est estimé à 690 000 euros. La commune sollicite l'aide de l'État, de la région et du département de l'Orne, ainsi que les certificats d'économies d'énergie. Un emprunt de 300 000 euros, remboursé par les loyers, complétera le financement. La communauté de communes Cœur du Perche, dont la commune est membre, accompagne le projet au titre de son programme local de l'habitat.

        ## Le calendrier

        Les travaux se dérouleront logement par logement, entre l'automne 2024 et la fin de 2025, pour permettre le relogement temporaire des locataires. Les locataires ont été informés lors d'une réunion en mairie de Condé-sur-Huisne ; une visite des logements rénovés à Rémalard leur sera proposée.
        """) with { Masthead = ["Commune de Sablons sur Huisne", "Orne"], InfoAuthor = "Secrétariat de mairie" };
}

/// <summary>Faux (Dordogne), in 2021, now Faux-en-Périgord (code 24177; gazetteer: former name; the date of the renaming was not checked, the document uses the old name) -> today's code; "faux" is also a common word (false, "faux plafond", "faux départ"); Bergerac and Issigeac are context; the CC des Portes Sud Périgord is membership (context); the Dordogne is the département (context) and the river.</summary>
public sealed class FauxSalleDesFetes2021 : ITerritoryBlind15Source
{
    public SampleDocument Create() => HtmlDoc("faux-24-renovation-salle-des-fetes-2021.html",
        "La commune de Faux rénove sa salle des fêtes", "Commune de Faux", "2021-05-11",
        DocumentTypeLabels.Page, Themes.Durable, "https://faux-dordogne.example/actualites/salle-des-fetes", """
        ## Un bâtiment énergivore

        Construite en 1978, la salle des fêtes de Faux, village de 670 habitants entre Bergerac et Issigeac, accueille les repas des associations, les mariages, le marché de Noël et les séances de gymnastique. Mais elle coûte cher à chauffer : mal isolée, équipée de convecteurs électriques anciens, elle a consommé 31 000 kilowattheures en 2019, pour une facture de plus de 5 000 euros. En hiver, il faut mettre le chauffage en route la veille pour obtenir une température correcte.

        ## Les travaux

        Après un audit énergétique réalisé avec l'agence technique départementale, le conseil municipal a adopté le 4 mai 2021 un programme de travaux de 186 000 euros hors taxes. Il comprend l'isolation de la toiture et la reprise du faux plafond de la grande salle, le remplacement des menuiseries, l'installation d'une pompe à chaleur et d'une ventilation, ainsi que la mise aux normes de la cuisine. Les économies d'énergie attendues atteignent 60 %.

        ## Le financement

        L'État finance 40 % des travaux au titre de la dotation de soutien à l'investissement local, dans le cadre du plan de relance. Le département de la Dordogne apporte 20 %. La communauté de communes des Portes Sud Périgord, dont la commune est membre, verse un fonds de concours de 10 000 euros. Le reste est couvert par l'autofinancement et un emprunt de 50 000 euros sur quinze ans.

        ## Pendant le chantier

        La salle sera fermée de septembre 2021 à février 2022. Les associations seront accueillies dans la salle du conseil municipal et dans l'ancienne école. Après un faux départ au printemps, dû à une consultation infructueuse, les entreprises ont été choisies et le calendrier devrait être tenu.

        ## Une rumeur à corriger

        Un message diffusé sur les réseaux sociaux annonçait la vente de la salle à un promoteur. C'est faux : la salle reste communale, et ses tarifs de location ne changeront pas après les travaux.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Actualités", "Travaux"] };
}

/// <summary>Laval (Isère), in 2019, now Laval-en-Belledonne (code 38206; gazetteer: former name; the date of the renaming was not checked, the document uses the old name) -> today's code; Laval (Mayenne) is named to rule it out; Grenoble, Crolles and Le Touvet are context; the CC Le Grésivaudan is membership (context); Belledonne is a landscape (massif); the Isère is the river and the département (context).</summary>
public sealed class LavalBelledonneRisquesNaturels2019 : ITerritoryBlind15Source
{
    public SampleDocument Create() => PdfDoc("laval-38-plan-prevention-risques-2019.pdf",
        "Plan de prévention des risques naturels de la commune de Laval (Isère) : note de présentation", "Préfecture de l'Isère", "2019-09-17",
        DocumentTypeLabels.Methodo, Themes.Securite, "https://isere.gouv.example/pprn-laval-2019.pdf",
        "PPRN Laval - note de présentation", "crues torrentielles", """
        ## Objet de la note

        La présente note accompagne le projet de plan de prévention des risques naturels prévisibles de la commune de Laval, dans le massif de Belledonne, à une vingtaine de kilomètres de Grenoble. Elle est soumise à l'enquête publique du 7 octobre au 8 novembre 2019. Elle ne concerne en aucun cas la ville de Laval, préfecture de la Mayenne, dont les risques d'inondation par la rivière relèvent d'un autre plan.

        ## Le territoire

        La commune s'étage de 480 à plus de 2 900 mètres d'altitude, sur le versant ouest de la chaîne de Belledonne. Ses 1 000 habitants vivent pour la plupart dans le chef-lieu et les hameaux situés entre 600 et 900 mètres. Le ruisseau du Vorz et ses affluents descendent en pente raide vers la vallée du Grésivaudan, où ils rejoignent l'Isère.

        ## Les phénomènes étudiés

        - Les crues torrentielles, comme celle de 2005 qui a emporté deux ponts et coupé la route d'accès au hameau de Prabert.
        - Les glissements de terrain, fréquents sur les versants marneux à l'aval du chef-lieu.
        - Les chutes de blocs sous les barres rocheuses.
        - Les avalanches, qui ne menacent que des secteurs inhabités en altitude.

        ## Le zonage

        Le plan distingue des zones rouges, où toute construction nouvelle est interdite, et des zones bleues, où les constructions sont admises sous conditions. Au total, 31 bâtiments d'habitation sont situés en zone rouge, principalement le long du ruisseau du Vorz. Les propriétaires pourront bénéficier du fonds de prévention des risques naturels majeurs pour réaliser des travaux de protection.

        ## La concertation

        Deux réunions ont été organisées en mairie en 2018 et 2019. La communauté de communes Le Grésivaudan, dont la commune est membre et qui exerce la compétence de prévention des inondations, a participé à l'élaboration du dossier. Les observations pourront être déposées en mairie de Laval, ou par écrit auprès du commissaire enquêteur, qui tiendra aussi une permanence à Crolles.
        """) with { Masthead = ["Préfecture de l'Isère", "Direction départementale des territoires"], Ligatures = true };
}
