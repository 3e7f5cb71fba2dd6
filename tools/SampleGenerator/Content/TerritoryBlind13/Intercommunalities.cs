using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind13 territory split (issue 13): intercommunalities by full name, acronym, seat, landscape or SIREN; former EPCI; métropoles.
namespace SampleGenerator.Content.TerritoryBlind13;

/// <summary>Rennes Métropole; the commune of Rennes, Cesson-Sévigné, Saint-Jacques-de-la-Lande and Bruz are context; the Vilaine and the Ille are rivers (the Ille-et-Vilaine is not a subject); Bretagne appears only in the lead.</summary>
public sealed class RennesMetropolePlui2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("rennes-metropole-plui-modification-2024.html",
        "Le plan local d'urbanisme intercommunal évolue", "Rennes Métropole", "2024-07-02",
        DocumentTypeLabels.Page, Themes.Geo, "https://rennes-metropole.example/actualites/plui-modification", """
        ## Un document unique pour 43 communes

        Le conseil de Rennes Métropole a approuvé la deuxième modification du plan local d'urbanisme intercommunal, qui s'applique depuis 2019 aux 43 communes membres. Après deux années d'études, une enquête publique et plus de 1 800 observations, les règles de construction évoluent pour tenir compte de la croissance démographique et de l'objectif national de sobriété foncière. Le document modifié est opposable depuis le 1er juillet.

        ## Les grandes orientations

        La modification prévoit la construction de 5 000 logements par an, dont un quart de logements sociaux, principalement autour des lignes de métro et des gares. Elle réduit de 35 % les surfaces ouvertes à l'urbanisation par rapport à la version initiale. Les zones d'activités existantes, notamment au sud de l'agglomération, seront densifiées plutôt qu'étendues.

        ## La nature en ville

        Un coefficient de pleine terre impose de conserver une part de sol non imperméabilisé dans chaque projet. Les vallées de la Vilaine et de l'Ille, les bords du canal et les bocages de la ceinture verte sont protégés par des trames vertes et bleues. Les arbres remarquables font l'objet d'un inventaire de 3 100 sujets.

        ## Ce qui change pour les habitants

        Les demandes de permis de construire déposées dans les mairies de Rennes, de Cesson-Sévigné, de Saint-Jacques-de-la-Lande ou de Bruz sont désormais instruites au regard du règlement modifié, quelle que soit la commune. Un service d'accueil métropolitain répond aux questions des particuliers et des professionnels. Les règles applicables à chaque parcelle sont consultables sur la carte interactive du site.

        ## La suite

        Une troisième modification est déjà programmée pour 2026 : elle intégrera les résultats de l'étude sur le risque d'inondation, dont les conclusions sont attendues à l'automne.
        """) with { Meta = HtmlMeta.OpenGraph, Lead = "Bretagne — Les règles d'urbanisme de la métropole évoluent après deux ans de travaux.", Breadcrumb = ["Actualités", "Urbanisme"] };
}

/// <summary>Saint-Étienne Métropole; the commune of Saint-Étienne, Firminy and Rive-de-Gier are context; Saint-Étienne-du-Rouvray is named to rule it out; the Gier and the Furan are rivers; the Loire appears as département context; the Pilat is a landscape.</summary>
public sealed class SaintEtienneMetropoleCompteAdministratif2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("saint-etienne-metropole-compte-administratif-2023.pdf",
        "Compte administratif 2023 : rapport de présentation", "Saint-Étienne Métropole", "2024-06-20",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://saint-etienne-metropole.example/ca-2023.pdf",
        "Saint-Étienne Métropole - compte administratif 2023", "épargne brute", """
        ## Présentation générale

        Le compte administratif 2023 de Saint-Étienne Métropole retrace l'exécution du budget principal et des onze budgets annexes de la métropole. Les 53 communes membres rassemblent 410 000 habitants, de la vallée du Gier aux portes du Pilat. Le présent rapport ne concerne pas la commune de Saint-Étienne, qui dispose de son propre budget, ni, bien entendu, Saint-Étienne-du-Rouvray, en Seine-Maritime, avec laquelle la métropole est parfois confondue dans les bases de données nationales.

        ## Le fonctionnement

        Les recettes réelles de fonctionnement atteignent 478 millions d'euros. La fiscalité économique, en particulier la cotisation foncière des entreprises, a progressé de 6 %. Les dépenses réelles de fonctionnement s'élèvent à 402 millions d'euros, soit une hausse de 4,2 %, due pour moitié à l'énergie et aux contrats de transport public. L'épargne brute se maintient à 76 millions d'euros.

        ## L'investissement

        La métropole a investi 198 millions d'euros, un montant record. Les principales opérations sont la troisième ligne de tramway, la rénovation des stations d'épuration de Firminy et de Rive-de-Gier, la requalification des friches industrielles de la vallée du Furan et l'aménagement de pistes cyclables vers les communes de l'ouest.

        ## La dette

        L'encours de la dette du budget principal s'établit à 612 millions d'euros. La capacité de désendettement, à 8,1 années, reste sous le plafond de douze ans fixé par la loi. La métropole a profité du début d'année pour sécuriser 60 millions d'euros d'emprunts à taux fixe.

        ## Les budgets annexes

        Les budgets de l'eau et de l'assainissement sont excédentaires. Le budget des transports reçoit une subvention d'équilibre de 34 millions d'euros, en hausse, car le versement mobilité progresse moins vite que le coût de l'offre, qui a augmenté de 8 % avec la nouvelle desserte des communes de la Loire les plus éloignées du centre.
        """) with { Hyphenate = true, Byline = ["Direction des finances", "Conseil métropolitain du 20 juin 2024"] };
}

/// <summary>Cauvaldor, the acronym of the CC Causses et Vallée de la Dordogne (full name once); Souillac, Gramat and Saint-Céré are context; the Lot is the département (context); the Dordogne is the river (also a département, not a subject); the causses are a landscape; Rocamadour is context.</summary>
public sealed class CauvaldorPlanClimat2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("cauvaldor-plan-climat-bilan-2023.html",
        "Plan climat de Cauvaldor : le bilan à trois ans", "ADEME", "2023-12-14",
        DocumentTypeLabels.Etude, Themes.Durable, "https://observatoire-pcaet.example/bilans/cauvaldor-2023", """
        ## Le territoire

        Cauvaldor, la communauté de communes Causses et Vallée de la Dordogne, regroupe 77 communes du nord du Lot et près de 47 000 habitants. Son territoire associe les causses calcaires, la vallée de la Dordogne et quelques petites villes, dont Souillac, Gramat et Saint-Céré, qui accueillent l'essentiel des emplois. Le plan climat-air-énergie territorial a été adopté en 2020 ; cette fiche en présente le bilan à mi-parcours.

        ## Les émissions

        Les émissions de gaz à effet de serre du territoire s'élèvent à 410 000 tonnes équivalent CO₂ par an. L'agriculture en représente 44 %, principalement l'élevage ovin et bovin des causses, et les transports 31 %. La forte fréquentation touristique de l'été, notamment autour de Rocamadour et du gouffre de Padirac, double le trafic routier pendant deux mois.

        ## Les énergies renouvelables

        La production renouvelable couvre 29 % de la consommation, grâce au bois-énergie et à l'hydroélectricité. Cauvaldor a installé des chaufferies collectives au bois dans six bourgs et accompagné la réalisation de deux centrales photovoltaïques sur d'anciennes carrières. Les projets au sol sur les terres agricoles restent en revanche très discutés, et le conseil communautaire a adopté une charte qui les limite.

        ## Les points faibles

        La rénovation des logements progresse lentement : 210 logements ont bénéficié d'une rénovation performante en trois ans, loin de l'objectif de 400 par an. Le service de covoiturage lancé en 2021 a peu de succès en dehors des trajets vers Brive-la-Gaillarde. Les élus ont décidé de renforcer l'espace conseil France Rénov' et de créer une plateforme de location de vélos à assistance électrique dans les trois pôles urbains.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Observatoire", "Plans climat", "Occitanie"] };
}

/// <summary>The CC Lacs et Gorges du Verdon (Var), named by its landscape; Aups (seat), Moustiers-Sainte-Marie (Alpes-de-Haute-Provence) and Riez are context; the Verdon is the river; the lac de Sainte-Croix is a landscape; the CC Alpes-Provence-Verdon is named to rule it out; Draguignan is context.</summary>
public sealed class CcLacsGorgesVerdonRapport2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("cc-lacs-gorges-verdon-rapport-activite-2023.pdf",
        "Rapport d'activité 2023", "Communauté de communes Lacs et Gorges du Verdon", "2024-07-09",
        DocumentTypeLabels.Rapport, Themes.Geo, "https://cclgv.example/rapport-2023.pdf",
        "CC Lacs et Gorges du Verdon - rapport d'activité 2023", "lac de Sainte-Croix", """
        ## La communauté de communes

        La communauté de communes Lacs et Gorges du Verdon réunit onze communes du haut Var, sur la rive gauche du Verdon, entre le lac de Sainte-Croix et les plateaux de Canjuers. Son siège est à Aups. Avec un peu plus de 9 000 habitants permanents, elle voit sa population multipliée par quatre pendant l'été. Elle ne doit pas être confondue avec la communauté de communes Alpes-Provence-Verdon, située plus en amont, dans les Alpes-de-Haute-Provence.

        ## Les compétences exercées

        La communauté de communes collecte les déchets ménagers, gère quatre déchetteries, organise le transport à la demande et porte le service public d'assainissement non collectif. Depuis 2022, elle gère aussi la promotion touristique, en lien avec les offices des communes de la rive droite du lac, comme Moustiers-Sainte-Marie, qui relèvent d'autres intercommunalités.

        ## Les faits marquants de 2023

        La sécheresse a fait baisser le niveau du lac de près de six mètres à la fin de l'été, ce qui a fermé plusieurs plages et perturbé la location de bateaux. La communauté a mis en place des navettes vers les plages restées accessibles et une régulation du stationnement sur les routes des gorges. Elle a également ouvert une recyclerie à Aups et lancé le tri des biodéchets dans les campings.

        ## Les finances

        Le budget principal s'élève à 11,4 millions d'euros. La taxe de séjour a rapporté 1,2 million d'euros, en hausse de 9 %. La redevance spéciale payée par les campings et les restaurants finance désormais 15 % du coût de la collecte estivale.

        ## Les perspectives

        Le projet de territoire 2024-2030 prévoit une maison de santé intercommunale et une étude sur l'eau potable, commune avec les syndicats de Riez et de Draguignan, dans un territoire où les sources se tarissent en été.
        """);
}

/// <summary>Table with one row per member commune of the CC du Vexin Normand (Gisors, Étrépagny, ... as rows) -> the EPCI, not its rows; Les Andelys and Rouen are context; the Epte is the river; the Vexin is a landscape (also in the names of other EPCI, named to rule them out).</summary>
public sealed class CcVexinNormandCommunesTableau2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("cc-vexin-normand-communes-membres-2023.html",
        "Les communes de la communauté de communes du Vexin Normand : population et potentiel fiscal", "Préfecture de l'Eure", "2023-06-06",
        DocumentTypeLabels.Dataset, Themes.Dotations, "https://eure.gouv.example/intercommunalite/vexin-normand-2023", """
        ## Objet

        Cette fiche présente les données utilisées pour la répartition du fonds national de péréquation des ressources intercommunales et communales au sein de la communauté de communes du Vexin Normand. Elle est publiée par les services de l'État à l'intention des élus de l'intercommunalité, qui doivent délibérer sur une éventuelle répartition dérogatoire avant le 30 juin.

        ## Données par commune

        Le tableau reprend, pour les principales communes membres, la population et le potentiel financier par habitant. La liste complète des 39 communes figure dans le fichier téléchargeable.

        | Commune | Population DGF | Potentiel financier par habitant |
        | Gisors | 12 150 | 1 012 € |
        | Étrépagny | 3 950 | 884 € |
        | Dangu | 560 | 702 € |
        | Bézu-Saint-Éloi | 1 720 | 655 € |
        | Hébécourt | 480 | 631 € |
        | Authevernes | 320 | 598 € |
        | … | … | … |

        ## Le fonds de péréquation

        L'ensemble intercommunal est bénéficiaire net du fonds pour 612 000 euros en 2023. La répartition de droit commun attribue 43 % du montant à la communauté de communes et 57 % aux communes, en fonction de leur population et de leur potentiel financier. Le conseil communautaire peut, à la majorité des deux tiers, retenir d'autres critères, par exemple le revenu par habitant.

        ## Précisions

        Les données ne concernent pas les autres intercommunalités du Vexin, comme la communauté de communes Vexin Centre, dans le Val-d'Oise, ou celle du Vexin-Thelle, dans l'Oise. Les communes riveraines de l'Epte situées sur l'autre rive relèvent d'autres préfectures. Pour toute question, les élus peuvent s'adresser au bureau de l'intercommunalité de la préfecture ou à la sous-préfecture des Andelys.

        ## Calendrier

        Les délibérations du conseil communautaire et, le cas échéant, des conseils municipaux doivent être transmises à la préfecture avant le 30 juin. À défaut de délibération, la répartition de droit commun s'applique. Les montants définitifs seront notifiés à chaque commune au cours de l'été, avec le détail du calcul.
        """) with { Meta = HtmlMeta.None, Breadcrumb = ["Politiques publiques", "Collectivités locales", "Intercommunalité"] };
}

/// <summary>"L'agglomération vichyssoise" = the CA Vichy Communauté, named by its seat and adjective (full name once); Vichy, Cusset and Bellerive-sur-Allier are context; Clermont-Ferrand and Moulins are comparisons; the Allier is the river and the département (context).</summary>
public sealed class InseeAgglomerationVichyssoise2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("insee-agglomeration-vichyssoise-emploi-2023.pdf",
        "L'agglomération vichyssoise : un emploi tourné vers les services", "INSEE", "2023-10-12",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/ara/flash-vichy-2023.pdf",
        "Insee Flash Auvergne-Rhône-Alpes", "thermalisme", """
        ## L'essentiel

        L'agglomération vichyssoise compte 36 000 emplois en 2020, soit 1 500 de plus qu'en 2010. Cette progression, modeste mais régulière, tranche avec le recul observé dans d'autres agglomérations moyennes du Massif central. Elle repose sur les services, la santé et l'enseignement supérieur.

        ## Un territoire, une communauté d'agglomération

        L'étude porte sur le périmètre de la communauté d'agglomération Vichy Communauté, qui rassemble 39 communes de part et d'autre de l'Allier. Les trois communes principales, Vichy, Cusset et Bellerive-sur-Allier, concentrent les deux tiers des emplois, mais les communes périurbaines gagnent des habitants plus vite que le centre.

        ## Les services dominent

        Le tertiaire marchand et non marchand représente 79 % des emplois. Le thermalisme et le tourisme de santé restent une spécificité : ils occupent directement 1 200 salariés, sans compter les hôtels et les restaurants. Le pôle universitaire, installé dans les anciens bâtiments thermaux, accueille 3 500 étudiants, principalement en langues et en sport.

        ## Une industrie qui résiste

        L'industrie pèse encore 12 % de l'emploi, grâce à la pharmacie, à la cosmétique et à l'agroalimentaire. Les établissements industriels de l'agglomération vichyssoise sont plus petits qu'à Clermont-Ferrand, mais ont mieux résisté à la crise de 2008 que ceux de Moulins ou de Montluçon.

        ## Une population âgée

        Plus d'un habitant sur trois a 60 ans ou plus. Le vieillissement soutient les emplois de l'aide à domicile et des établissements pour personnes âgées, mais pèse sur la population active : le nombre d'actifs résidents baisse depuis 2015, et une part croissante des emplois est occupée par des personnes qui vivent hors de l'agglomération.
        """) with { Masthead = ["Insee Flash Auvergne-Rhône-Alpes", "n° 168 - octobre 2023"], Byline = ["Direction régionale de Clermont-Ferrand"] };
}

/// <summary>Former EPCI (2015): the CC de la Save au Touch, today the CC Le Grand Ouest Toulousain (gazetteer: former name) -> today's code; Léguevin and Plaisance-du-Touch are context; Toulouse and Toulouse Métropole are context; the Save and the Touch are rivers.</summary>
public sealed class CcSaveAuTouchTransport2015 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("cc-save-au-touch-transport-demande-2015.html",
        "Transport à la demande : la communauté de communes de la Save au Touch étend son service", "Communauté de communes de la Save au Touch", "2015-09-01",
        DocumentTypeLabels.Page, Themes.Durable, "https://save-au-touch.example/actualites/transport-demande-2015", """
        ## Un service élargi dès la rentrée

        À compter du 7 septembre 2015, le service de transport à la demande de la communauté de communes de la Save au Touch fonctionnera du lundi au samedi, au lieu de trois jours par semaine. Créé en 2011 pour les personnes âgées et les habitants sans voiture, il a transporté 14 000 voyageurs l'an dernier, soit deux fois plus qu'à son lancement.

        ## Comment ça marche

        Le service dessert toutes les communes de la communauté. Les voyageurs réservent leur trajet la veille avant 17 heures par téléphone. Le minibus les prend à leur domicile et les dépose dans l'un des points d'arrêt proposés : centres-bourgs, marchés, maisons de santé, gares et arrêts des lignes régulières. Le prix du trajet reste fixé à deux euros, et les déplacements sont gratuits pour les bénéficiaires du revenu de solidarité active.

        ## Les nouveautés

        Deux nouveaux points d'arrêt sont créés, près de la zone commerciale de Plaisance-du-Touch et du lycée de Léguevin. Un second minibus, adapté aux fauteuils roulants, entre en service. Les horaires du matin sont avancés pour permettre aux salariés de rejoindre les lignes express vers Toulouse avant 7 heures 30.

        ## Et demain ?

        La loi portant nouvelle organisation territoriale de la République imposera une révision de la carte intercommunale. Les élus de la Save au Touch ont engagé des discussions avec leurs voisins sur un rapprochement. Quelle que soit l'issue, ils souhaitent que le transport à la demande soit maintenu et que la coordination avec le réseau de Toulouse Métropole soit renforcée, notamment pour les correspondances entre la vallée de la Save et les communes de l'ouest toulousain.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 01/09/2015", ArticleOnly = true };
}

/// <summary>Former EPCI (2017): the CA de Saint-Dizier, Der et Blaise, today the CA du Grand Saint-Dizier, Der et Vallées (gazetteer: former name) -> today's code; Saint-Dizier (seat), Wassy and Chaumont are context; the lac du Der is a landscape; the Marne and the Blaise are rivers (the Haute-Marne is not a subject).</summary>
public sealed class CaSaintDizierDerBlaise2017 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("ca-saint-dizier-der-blaise-pacte-fiscal-2017.pdf",
        "Pacte financier et fiscal de solidarité 2017-2020", "Communauté d'agglomération de Saint-Dizier, Der et Blaise", "2017-06-29",
        DocumentTypeLabels.Rapport, Themes.Dotations, "https://agglo-saintdizier.example/pacte-financier-2017.pdf",
        "CA de Saint-Dizier, Der et Blaise - pacte financier et fiscal", "dotation de solidarité communautaire", """
        ## Pourquoi un pacte

        Née le 1er janvier 2017 de la fusion de la communauté d'agglomération de Saint-Dizier et de deux communautés de communes rurales, la communauté d'agglomération de Saint-Dizier, Der et Blaise compte désormais 60 communes et 60 000 habitants. Les écarts de richesse entre la ville-centre, les communes du bord du lac du Der et les villages de la vallée de la Blaise sont importants. Le présent pacte fixe les règles de solidarité financière entre l'agglomération et ses communes membres jusqu'en 2020.

        ## Les constats

        Le potentiel financier par habitant varie de 1 à 5 entre les communes. Saint-Dizier concentre les charges de centralité : équipements sportifs et culturels, quartiers prioritaires, services aux habitants de tout le bassin. Les communes rurales, elles, disposent de ressources faibles et d'un patrimoine vieillissant, en particulier les églises et les écoles. L'harmonisation des taux de fiscalité des trois anciens territoires doit être lissée sur douze ans.

        ## Les engagements

        L'agglomération crée une dotation de solidarité communautaire de 1,8 million d'euros, répartie selon le revenu par habitant et l'effort fiscal. Elle met en place un fonds de concours de 400 000 euros par an pour les projets des petites communes et prend en charge l'instruction des autorisations d'urbanisme sans contrepartie. Les communes s'engagent, de leur côté, à ne pas augmenter leurs taux pendant la durée de l'harmonisation.

        ## Le suivi

        Un comité de suivi réunira chaque année le président, les vice-présidents et six maires. Un bilan sera présenté au conseil communautaire avant tout vote du budget. Les services de l'État à Chaumont et à Wassy ont été associés à l'élaboration des simulations, qui reposent sur les données de la direction départementale des finances publiques.
        """) with { InfoDates = false };
}

/// <summary>Former EPCI (2016): the CC Lauragais Revel Sorezois, today the CC Aux sources du Canal du Midi (gazetteer: former name) -> today's code; Revel (Haute-Garonne, seat) and Sorèze (Tarn) are context; Revel (Isère) is named to rule it out; the bassin de Saint-Ferréol is a landscape; the Lauragais is a landscape; Castelnaudary is context.</summary>
public sealed class CcLauragaisRevelSorezois2016 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("cc-lauragais-revel-sorezois-tourisme-2016.html",
        "Tourisme : la saison 2016 du Lauragais Revel Sorezois", "Communauté de communes Lauragais Revel Sorezois", "2016-10-18",
        DocumentTypeLabels.Etude, Themes.Emploi, "https://cc-lrs.example/tourisme/bilan-saison-2016", """
        ## Une bonne saison

        La saison touristique 2016 a été meilleure que la précédente sur le territoire de la communauté de communes Lauragais Revel Sorezois. Les bureaux d'information de Revel et de Sorèze ont accueilli 41 000 visiteurs, soit 8 % de plus qu'en 2015. La communauté, qui réunit des communes de Haute-Garonne, du Tarn et de l'Aude autour du bassin de Saint-Ferréol, a fait de la valorisation du canal du Midi et de son système d'alimentation l'axe principal de sa politique touristique.

        ## Les sites les plus visités

        Le bassin de Saint-Ferréol reste le premier site, avec sa plage surveillée et son musée consacré au canal. L'abbaye-école de Sorèze a accueilli 32 000 visiteurs, grâce aux expositions d'été et aux concerts de son festival. Le marché du samedi matin, sous la halle de Revel, attire toujours autant de vacanciers de la région toulousaine et des environs de Castelnaudary.

        ## L'hébergement

        Le nombre de nuitées marchandes a progressé de 5 %. Les gîtes et les chambres d'hôtes ont bien fonctionné, tandis que l'hôtellerie souffre du manque d'établissements de plus de vingt chambres pour accueillir les groupes. Deux projets d'hôtels sont à l'étude à proximité du lac.

        ## Les projets

        La communauté prévoit d'ouvrir en 2017 une véloroute le long de la rigole de la plaine, qui relie la montagne Noire au seuil de Naurouze. Elle prépare aussi la fusion annoncée avec ses voisins, qui devrait donner naissance à une intercommunalité plus vaste au 1er janvier 2017.

        ## À noter

        Les brochures touristiques éditées par l'office intercommunal concernent uniquement la ville de Revel et ses voisines du Lauragais ; la commune homonyme de Revel, en Isère, édite ses propres documents pour les stations de Belledonne.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Tourisme", "Bilans"] };
}

/// <summary>The CC Rives de Saône (Côte-d'Or) by full name and SIREN 242101509; "rives" is also a common word; Saint-Jean-de-Losne and Seurre are context (earlier codes, here context); the Saône is the river; the CC Rives de Moselle is named to rule it out.</summary>
public sealed class DgfipFicheCcRivesDeSaone2022 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-fiche-epci-242101509-2022.html",
        "Fiche financière 2022 : groupement à fiscalité propre n° 242101509", "DGFiP", "2023-09-26",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.dgfip.example/comptes-individuels/gfp/242101509/2022", """
        ## Identification

        Groupement : communauté de communes Rives de Saône. Numéro SIREN : 242101509. Régime fiscal : fiscalité professionnelle unique. Nombre de communes membres : 40. Population totale : 21 000 habitants. Exercice : 2022. Les montants sont issus du compte de gestion établi par le comptable public.

        ## Fonctionnement

        Les produits de fonctionnement s'élèvent à 13,9 millions d'euros, soit 662 euros par habitant, contre 541 euros en moyenne pour les communautés de communes de la même strate. Les impôts locaux et les taxes représentent 61 % des produits, la dotation globale de fonctionnement 12 %. Les charges de fonctionnement atteignent 12,1 millions d'euros, dont 3,4 millions de charges de personnel et 4,8 millions de reversements de fiscalité aux communes.

        ## Investissement

        Les dépenses d'équipement se sont élevées à 2,6 millions d'euros, principalement pour la collecte des déchets, les équipements de la petite enfance et les aménagements de la véloroute de la vallée de la Saône. Elles ont été financées par l'autofinancement et par des subventions, sans recours à l'emprunt.

        ## Endettement

        L'encours de la dette au 31 décembre est de 4,1 millions d'euros, soit 195 euros par habitant. La capacité de désendettement est de 2,3 années.

        ## Avertissement

        Cette fiche porte sur le groupement et non sur ses communes membres, comme Saint-Jean-de-Losne ou Seurre, dont les comptes font l'objet de fiches distinctes. Elle ne doit pas être confondue avec la fiche de la communauté de communes Rives de Moselle, dont le nom est proche. Les ratios sont calculés selon la méthode nationale décrite dans la documentation du jeu de données.

        ## Comparaison pluriannuelle

        Sur la période 2018-2022, les produits de fonctionnement du groupement ont augmenté de 14 % et ses charges de 11 %. La part des reversements aux communes est restée stable. L'épargne brute a été en moyenne de 1,6 million d'euros par an, ce qui a permis de financer sans emprunt la majorité des équipements.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Données", "Comptes individuels", "Groupements"] };
}

/// <summary>Former EPCI (2016): the CC du Pays de Montfaucon, today the CC Haut Pays du Velay (gazetteer: former name) -> today's code; Montfaucon-en-Velay (seat) and Dunières are context; Montfaucon (Lot) and Montfaucon-d'Argonne are named to rule them out; Yssingeaux and Le Puy-en-Velay are context; the Velay is a landscape.</summary>
public sealed class CcPaysDeMontfauconHabitat2016 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("cc-pays-de-montfaucon-programme-habitat-2016.pdf",
        "Opération programmée d'amélioration de l'habitat : bilan final", "Communauté de communes du Pays de Montfaucon", "2016-05-24",
        DocumentTypeLabels.Rapport, Themes.Social, "https://pays-montfaucon.example/opah-bilan-2016.pdf",
        "CC du Pays de Montfaucon - bilan de l'OPAH", "précarité énergétique", """
        ## Rappel

        De 2011 à 2016, la communauté de communes du Pays de Montfaucon a conduit une opération programmée d'amélioration de l'habitat sur l'ensemble de ses communes, aux confins de la Haute-Loire et de la Loire. L'objectif était d'aider les propriétaires modestes à rénover leur logement, de lutter contre la précarité énergétique et de remettre sur le marché des logements vacants dans les bourgs de Montfaucon-en-Velay et de Dunières.

        Ce document ne concerne ni Montfaucon, dans le Lot, ni Montfaucon-d'Argonne, dans la Meuse, dont les noms apparaissent parfois dans les mêmes listes de subventions de l'agence nationale de l'habitat.

        ## Les résultats

        En cinq ans, 214 logements ont été rénovés, pour un montant de travaux de 5,9 millions d'euros. Les propriétaires occupants représentent 81 % des dossiers. Les travaux d'isolation et de changement de chauffage ont permis un gain énergétique moyen de 38 %. Vingt-six logements vacants des centres-bourgs ont été remis en location après travaux, avec des loyers conventionnés.

        ## Les financements

        Les aides publiques ont atteint 2,7 millions d'euros : 1,9 million de l'agence nationale de l'habitat, 420 000 euros du département et 380 000 euros de la communauté de communes. Chaque euro d'aide intercommunale a généré près de quinze euros de travaux, réalisés pour l'essentiel par des artisans du plateau.

        ## Les enseignements

        L'animation de terrain, assurée par un opérateur présent deux jours par semaine, a été décisive. Les élus souhaitent poursuivre la démarche, mais la réforme de la carte intercommunale, qui prévoit un rapprochement avec les communautés voisines à l'horizon 2017, oblige à reporter la décision. Les services de l'État à Yssingeaux et au Puy-en-Velay ont été informés du bilan.
        """) with { Masthead = ["Communauté de communes du Pays de Montfaucon", "Haute-Loire"] };
}
