using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind14 territory split (issue 13): départements by name, number, adjective, conseil départemental or préfecture.
namespace SampleGenerator.Content.TerritoryBlind14;

/// <summary>The Jura (département, 39), named by its préfecture and adjective ("jurassiennes"); the Jura mountains (a range over several départements and Switzerland) and the Swiss canton of Jura are traps; Lons-le-Saunier (seat), Dole, Saint-Claude (Jura; Saint-Claude in the Guadeloupe is a subject of another document here) and Champagnole are context; the Doubs and the Ain are comparisons; the RN 5 is a road.</summary>
public sealed class PrefectureJuraSecuriteRoutiere2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-39-bilan-securite-routiere-2023.html",
        "Sécurité routière : le bilan de l'année 2023 dans le Jura", "Préfecture du Jura", "2024-01-31",
        DocumentTypeLabels.Page, Themes.Securite, "https://jura.gouv.example/securite-routiere/bilan-2023", """
        ## Les chiffres de l'année

        En 2023, les routes jurassiennes ont connu 214 accidents corporels, qui ont fait 24 morts et 263 blessés, dont 118 hospitalisés. Le nombre de tués est en hausse de quatre par rapport à 2022, alors que le nombre d'accidents diminue légèrement. Le département reste ainsi au-dessus de la moyenne nationale pour la mortalité rapportée à la population.

        ## Les principaux facteurs

        La vitesse excessive ou inadaptée est en cause dans 38 % des accidents mortels, l'alcool ou les stupéfiants dans 31 %. Les deux-roues motorisés représentent un tiers des victimes, alors qu'ils ne comptent que pour 2 % du trafic. La moitié des accidents mortels ont eu lieu sur des routes départementales du massif, où les virages, le brouillard et le verglas rendent la conduite délicate. L'axe de la RN 5, entre la plaine et la Suisse, a concentré quatre accidents mortels.

        ## Les territoires les plus touchés

        Les arrondissements de Lons-le-Saunier et de Dole concentrent l'essentiel des accidents en agglomération. Dans le Haut-Jura, autour de Saint-Claude et de Champagnole, les accidents sont moins nombreux mais plus graves. À titre de comparaison, la mortalité routière est plus faible dans le Doubs et dans l'Ain voisins, où la part des autoroutes dans le trafic est plus élevée.

        ## Les actions prévues en 2024

        - Contrôles renforcés de la vitesse sur les itinéraires de montagne, notamment le week-end.
        - Campagnes de prévention auprès des motards, avec les associations et les concessionnaires.
        - Stages de sensibilisation dans les lycées et les centres de formation d'apprentis.
        - Aménagement de quatre carrefours dangereux, financé par le conseil départemental.

        ## Précision

        Ces chiffres concernent le département français du Jura. Ils ne comprennent pas les accidents survenus dans le canton suisse du même nom, dont les statistiques sont publiées par les autorités helvétiques, ni ceux des autres départements traversés par le massif jurassien.
        """) with { Meta = HtmlMeta.None, Breadcrumb = ["Actions de l'État", "Sécurité routière"] };
}

/// <summary>The Marne (département, 51), named by its conseil départemental and adjective ("marnais"), also the river; the Haute-Marne, the Seine-et-Marne and the Val-de-Marne are named to rule them out; Châlons-en-Champagne (seat), Reims, Épernay and Vitry-le-François are context; the Aisne and the Ardennes are comparisons.</summary>
public sealed class DepartementMarneProtectionEnfance2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("departement-51-schema-protection-enfance-2024.pdf",
        "Schéma départemental de prévention et de protection de l'enfance 2024-2028", "Département de la Marne", "2024-03-22",
        DocumentTypeLabels.Rapport, Themes.Social, "https://marne-departement.example/schema-enfance-2024.pdf",
        "Département de la Marne - schéma enfance 2024-2028", "assistants familiaux", """
        ## Le cadre

        Le département est le chef de file de la protection de l'enfance. Le présent schéma, adopté par l'assemblée départementale le 21 mars 2024, fixe pour cinq ans les orientations de la politique marnaise en la matière. Il a été élaboré avec les services de l'État, la justice, les associations habilitées et des jeunes accueillis ou anciennement accueillis. Il ne concerne ni la Haute-Marne, ni la Seine-et-Marne, ni le Val-de-Marne, dont les schémas sont distincts.

        ## Le diagnostic

        Au 31 décembre 2023, 2 640 enfants et jeunes majeurs bénéficiaient d'une mesure de protection, soit 11 pour 1 000 jeunes de moins de 21 ans. Les placements ont augmenté de 18 % en cinq ans. Le nombre d'assistants familiaux a baissé de 12 % sur la même période, et un tiers d'entre eux partiront à la retraite d'ici 2028. Les établissements de Reims et de Châlons-en-Champagne sont saturés, et des enfants sont parfois accueillis loin de leur famille, dans l'Aisne ou les Ardennes.

        ## Les orientations

        - Renforcer la prévention, en développant les interventions à domicile et le travail avec les services de protection maternelle et infantile.
        - Recruter et fidéliser les assistants familiaux, grâce à une revalorisation et à un accompagnement renforcé.
        - Créer 80 places d'accueil diversifiées, notamment à Épernay et à Vitry-le-François, pour rapprocher les enfants de leur famille.
        - Mieux accompagner les jeunes de 18 à 21 ans vers l'autonomie, en lien avec les missions locales.

        ## Les moyens

        Le budget de la protection de l'enfance atteint 128 millions d'euros en 2024, soit le deuxième poste de dépenses du département. Le schéma prévoit 14 millions d'euros de dépenses supplémentaires sur sa durée.

        ## Le suivi

        Un observatoire départemental présentera chaque année un bilan à l'assemblée. Les jeunes accueillis seront associés à l'évaluation, dans les vallées de la Marne comme dans le reste du territoire.

        ## Un schéma construit avec les jeunes

        Pendant l'élaboration du schéma, vingt-deux jeunes accueillis ont participé à des ateliers. Ils ont demandé à être mieux informés de leurs droits, à pouvoir garder le contact avec leurs frères et sœurs placés ailleurs et à disposer d'un référent stable pendant toute la durée de leur accompagnement.
        """) with { Masthead = ["Département de la Marne", "Direction de l'enfance et de la famille"], Hyphenate = true };
}

/// <summary>The Meurthe-et-Moselle (département, 54) by its number and adjective ("meurthe-et-mosellans"); Nancy, Briey, Longwy and Lunéville (a subject of another document here) are context; the Moselle (département, a subject of another document here) and the Vosges are comparisons; the Meurthe and the Moselle are rivers; Luxembourg is a neighbour.</summary>
public sealed class OfglFicheDepartement54 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-departement-54-2023.html",
        "Fiche financière du département 54 : comptes 2023", "OFGL", "2024-07-09",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/fiches/departements/54-2023", """
        ## Les grands équilibres

        Cette fiche présente les comptes 2023 du département de Meurthe-et-Moselle (54), établis à partir de son compte de gestion. Les montants sont exprimés en millions d'euros et, entre parenthèses, en euros par habitant.

        | Indicateur | 2022 | 2023 |
        | Recettes réelles de fonctionnement | 1 012 (1 378) | 1 021 (1 391) |
        | Dépenses réelles de fonctionnement | 893 (1 216) | 954 (1 300) |
        | Épargne brute | 119 (162) | 67 (91) |
        | Dépenses d'investissement hors dette | 142 (193) | 158 (215) |
        | Encours de dette au 31 décembre | 498 (678) | 531 (723) |
        Source : DGFiP, comptes de gestion ; calculs OFGL

        ## Lecture

        L'épargne brute du département a presque diminué de moitié en un an. Les droits de mutation, qui avaient atteint un niveau record en 2022, ont baissé de 19 % avec le ralentissement du marché immobilier, notamment dans l'agglomération nancéienne. Dans le même temps, les dépenses d'action sociale ont progressé de 6 %, sous l'effet de la revalorisation du revenu de solidarité active et des salaires des établissements médico-sociaux.

        L'investissement reste soutenu, porté par le plan de rénovation des collèges et l'entretien des routes du Pays-Haut, autour de Briey et de Longwy, où la circulation des travailleurs frontaliers vers le Luxembourg use les chaussées.

        ## Comparaisons

        La capacité de désendettement du département passe de 4,2 à 7,9 années, et la dette atteint désormais 723 euros par Meurthe-et-Mosellan. Elle reste inférieure au plafond de référence de dix ans, mais dépasse désormais celle de la Moselle et des Vosges. Les communes de Nancy et de Lunéville ne sont pas comprises dans cette fiche, qui ne porte que sur le budget du département.

        ## Téléchargements

        Le fichier détaillé, avec les séries depuis 2012 et les ratios réglementaires, est disponible en données ouvertes.

        ## Définitions

        L'épargne brute est la différence entre les recettes et les dépenses réelles de fonctionnement. La capacité de désendettement rapporte l'encours de dette à l'épargne brute : elle indique le nombre d'années nécessaires pour rembourser la dette si toute l'épargne y était consacrée.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Données", "Fiches financières", "Départements"] };
}

/// <summary>The Pyrénées-Atlantiques (département, 64), named by name and by its two parts (the Pays basque and the Béarn, landscapes and former provinces); Pau (seat), Bayonne, Biarritz and Oloron-Sainte-Marie are context; the CA du Pays Basque and the CA Pau Béarn Pyrénées are context; the Landes and the Hautes-Pyrénées are comparisons; Spain (Navarre, Gipuzkoa) is a neighbour.</summary>
public sealed class InseePyreneesAtlantiquesLogement2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("insee-pyrenees-atlantiques-residences-secondaires-2024.pdf",
        "Pyrénées-Atlantiques : les résidences secondaires progressent plus vite que les résidences principales", "INSEE", "2024-10-15",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/nouvelle-aquitaine/analyses/64-residences-secondaires.pdf",
        "Insee Analyses Nouvelle-Aquitaine", "meublés de tourisme", """
        ## Un parc en forte croissance

        Au 1er janvier 2021, les Pyrénées-Atlantiques comptent 424 000 logements, dont 61 000 résidences secondaires. Entre 2010 et 2021, le nombre de résidences secondaires a augmenté de 22 %, contre 11 % pour les résidences principales. Cette évolution est plus rapide que dans les Landes, pourtant très touristiques, et beaucoup plus rapide que dans les Hautes-Pyrénées, où le parc stagne.

        ## Deux territoires, deux dynamiques

        La croissance est concentrée dans le Pays basque. Sur la côte, de Bayonne à Hendaye, une résidence sur quatre est désormais une résidence secondaire ; la proportion dépasse 40 % à Biarritz et dans plusieurs communes du littoral. Dans l'intérieur basque, la hausse est plus récente mais rapide, portée par la clientèle espagnole venue de Navarre et du Gipuzkoa.

        En Béarn, la situation est différente. Autour de Pau, la construction de résidences principales reste dominante. Les résidences secondaires sont surtout présentes dans les vallées de montagne, comme celles d'Aspe et d'Ossau, au sud d'Oloron-Sainte-Marie, où elles représentent souvent plus de la moitié des logements.

        ## Les effets sur les prix

        Le prix moyen des logements anciens a augmenté de 48 % en dix ans dans le Pays basque, contre 21 % en Béarn. Les ménages modestes et les jeunes actifs quittent la côte pour s'installer dans les communes de l'intérieur. L'essor des meublés de tourisme contribue à la tension : ils représentent environ 13 000 logements dans le département.

        ## Les réponses publiques

        La communauté d'agglomération du Pays Basque a adopté un règlement de compensation pour les changements d'usage, et la communauté d'agglomération Pau Béarn Pyrénées étudie un dispositif similaire pour ses communes les plus touristiques.

        ## Méthode

        Recensements de la population 2010 et 2021 ; fichiers fonciers ; base des prix des transactions immobilières.

        ## Définitions

        Une résidence secondaire est un logement utilisé pour les week-ends, les loisirs ou les vacances. Les logements meublés loués pour des séjours touristiques sont également classés en résidences secondaires. La distinction avec les logements occasionnels, utilisés une partie de l'année pour des raisons professionnelles, n'est pas toujours aisée à établir.
        """) with { Masthead = ["Insee Analyses Nouvelle-Aquitaine", "n° 163 - octobre 2024"], Byline = ["Direction régionale de Bordeaux"] };
}

/// <summary>The Sarthe (département, 72), named by name and adjective ("sarthois"), also the river; Le Mans, La Flèche, Sablé-sur-Sarthe and Mamers are context; Le Mans Métropole is context; the Mayenne and the Orne are comparisons; the Pays de la Loire appears only as a region of comparison.</summary>
public sealed class AdemeSartheDechets2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("ademe-sarthe-dechets-menagers-2023.html",
        "Déchets ménagers en Sarthe : les tonnages baissent, le tri progresse", "ADEME", "2024-04-25",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/dechets/sarthe-2023", """
        ## Ce que jettent les Sarthois

        En 2023, les habitants de la Sarthe ont produit 331 000 tonnes de déchets ménagers et assimilés, soit 584 kilogrammes par habitant. Ce ratio a diminué de 7 % en cinq ans. Les ordures ménagères résiduelles, celles qui ne sont pas triées, représentent 196 kilogrammes par habitant, un niveau inférieur à la moyenne régionale des Pays de la Loire mais supérieur à celui de la Mayenne voisine, très avancée dans la tarification incitative.

        ## Le tri et les déchetteries

        Le tri des emballages progresse depuis l'extension des consignes à tous les plastiques, en 2022 : chaque Sarthois trie désormais 58 kilogrammes d'emballages et de papiers par an. Les déchetteries collectent à elles seules 245 kilogrammes par habitant, dont une grande part de déchets verts, que les collectivités cherchent à réduire par le broyage et le compostage à domicile.

        ## Des situations contrastées

        Les collectivités du département présentent des résultats très différents. L'agglomération du Mans, où l'habitat collectif est plus fréquent, produit moins de déchets par habitant mais trie moins. Les territoires ruraux du nord, autour de Mamers, et du sud, autour de La Flèche et de Sablé-sur-Sarthe, trient davantage mais apportent de grandes quantités de déchets verts en déchetterie.

        ## Le traitement

        L'essentiel des ordures résiduelles est incinéré dans l'unité de valorisation énergétique du Mans, qui alimente un réseau de chaleur. Une partie est encore enfouie dans l'Orne, faute de capacité suffisante. Le plan régional prévoit de réduire de moitié l'enfouissement d'ici 2025.

        ## Ce que recommande l'agence

        L'ADEME encourage les collectivités sarthoises à généraliser la collecte séparée des biodéchets et la tarification incitative, et à développer les recycleries, dont le département ne compte que quatre.

        ## Définitions

        Les déchets ménagers et assimilés comprennent les ordures ménagères résiduelles, les collectes séparées d'emballages, de papiers et de verre, et les apports en déchetterie. Ils incluent une partie des déchets des artisans et commerçants collectés avec ceux des ménages.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Territoires", "Déchets", "Observatoire départemental"] };
}

/// <summary>The Haute-Vienne (département, 87), named by name and adjective ("haut-viennois"); the Vienne (river and another département) is named to rule it out; Limoges (seat), Saint-Junien, Bellac and Saint-Yrieix-la-Perche are context; the former Limousin and the Creuse and Corrèze are comparisons; the monts d'Ambazac are a landscape.</summary>
public sealed class DreesHauteVienneApa2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("drees-haute-vienne-allocation-autonomie-2023.pdf",
        "L'allocation personnalisée d'autonomie en Haute-Vienne : fiche départementale", "DREES", "2024-02-20",
        DocumentTypeLabels.Publication, Themes.Social, "https://drees.example/fiches-departementales/87-apa-2023.pdf",
        "DREES - fiche départementale Haute-Vienne", "plans d'aide", """
        ## Les bénéficiaires

        Fin 2022, 9 840 personnes âgées bénéficiaient de l'allocation personnalisée d'autonomie en Haute-Vienne, dont 6 120 à domicile et 3 720 en établissement. Rapporté à la population de 60 ans ou plus, le taux de bénéficiaires atteint 8,1 %, un niveau supérieur à la moyenne nationale, qui s'explique par le vieillissement de la population. Il reste néanmoins inférieur à ceux de la Creuse et de la Corrèze, les deux autres départements de l'ancien Limousin.

        Ces données concernent la Haute-Vienne et non la Vienne, département de la région voisine dont le chef-lieu est Poitiers, malgré la confusion fréquente entre les deux.

        ## Le degré de dépendance

        Parmi les bénéficiaires à domicile, 19 % relèvent des groupes les plus dépendants (GIR 1 et 2), 26 % du GIR 3 et 55 % du GIR 4. La part des personnes très dépendantes vivant à domicile a augmenté depuis 2017, ce qui traduit la volonté des familles et du département de retarder l'entrée en établissement.

        ## Les plans d'aide

        Le montant moyen des plans d'aide notifiés s'élève à 612 euros par mois, dont 84 % sont effectivement consommés. La participation financière des bénéficiaires haut-viennois, calculée selon leurs ressources, représente en moyenne 14 % du plan. Le délai moyen d'instruction d'une demande est de 52 jours.

        ## Les disparités territoriales

        Le taux de bénéficiaires est plus élevé dans le nord et l'est du département, autour de Bellac et des monts d'Ambazac, que dans l'agglomération de Limoges. Les services d'aide à domicile peinent à recruter dans les secteurs ruraux, notamment autour de Saint-Yrieix-la-Perche et de Saint-Junien.

        ## Source

        Enquête annuelle de la DREES sur l'aide sociale des départements ; estimations de population de l'Insee.

        ## Définitions

        L'allocation personnalisée d'autonomie est versée par le département aux personnes de 60 ans ou plus qui ont besoin d'aide pour accomplir les actes de la vie quotidienne. Le degré de perte d'autonomie est mesuré par la grille nationale, qui comporte six groupes iso-ressources ; seuls les quatre premiers ouvrent droit à l'allocation.
        """) with { Masthead = ["DREES", "Fiches départementales de l'aide sociale"], InfoDates = false };
}

/// <summary>The Yonne (département, 89), named by its préfecture and the adjective "icaunais" (not derived from the name), also the river; Auxerre (seat), Sens, Avallon and Joigny are context; the CA de l'Auxerrois is context; the Côte-d'Or and the Nièvre are comparisons; Paris is a comparison.</summary>
public sealed class PrefectureYonneDelinquance2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-89-bilan-delinquance-2023.html",
        "Bilan 2023 de la délinquance dans le département : les atteintes aux biens reculent", "Préfecture de l'Yonne", "2024-02-06",
        DocumentTypeLabels.Page, Themes.Securite, "https://yonne.gouv.example/securite/bilan-delinquance-2023", """
        ## Un bilan présenté aux élus

        Le préfet de l'Yonne a présenté le 5 février, devant les maires et les parlementaires réunis à Auxerre, le bilan de l'action des forces de sécurité dans le département en 2023. Policiers et gendarmes icaunais ont enregistré 12 400 crimes et délits, un chiffre en baisse de 3 % sur un an.

        ## Les atteintes aux biens

        Les cambriolages de logements ont reculé de 14 %, grâce notamment aux opérations de tranquillité vacances et à la participation citoyenne, désormais mise en place dans 112 communes. Les vols de véhicules et les vols dans les exploitations agricoles sont également en baisse. Les escroqueries en ligne, en revanche, progressent fortement et touchent particulièrement les personnes âgées.

        ## Les atteintes aux personnes

        Les violences intrafamiliales restent à un niveau élevé : 1 460 faits ont été signalés, en hausse de 9 %. Cette progression traduit en partie une meilleure libération de la parole des victimes. Un nouvel intervenant social a été recruté au commissariat de Sens et un autre à la brigade de gendarmerie d'Avallon.

        ## Les stupéfiants

        Les saisies ont doublé en 2023, avec le démantèlement de deux réseaux qui approvisionnaient Auxerre et Joigny depuis la région parisienne. La consommation de cocaïne, autrefois rare dans le département, se diffuse dans les petites villes.

        ## Comparaisons

        Le taux de délinquance rapporté à la population reste inférieur à celui de la Côte-d'Or et comparable à celui de la Nièvre. Il est deux fois plus faible qu'à Paris.

        ## Les priorités pour 2024

        Le préfet a fixé trois priorités : la lutte contre les violences faites aux femmes, la sécurité routière dans la vallée de l'Yonne et l'accompagnement des communes qui souhaitent installer la vidéoprotection, avec l'appui de la communauté d'agglomération de l'Auxerrois.

        Les chiffres présentés sont provisoires. Ils portent sur les faits constatés par les services de police et les unités de gendarmerie, et non sur l'ensemble des infractions réellement commises, dont une partie n'est jamais signalée.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 06/02/2024", Breadcrumb = ["Actions de l'État", "Sécurité"] };
}

/// <summary>The Saône-et-Loire (département, 71), by its conseil départemental; its name contains "Loire" (the Loire, département, is a subject of another document here) and the Saône; Mâcon (seat), Chalon-sur-Saône, Autun, Le Creusot and Montceau-les-Mines are context; the Côte-d'Or and the Bourgogne-Franche-Comté are comparisons; the Bresse and the Charolais are landscapes.</summary>
public sealed class DepartementSaoneEtLoireBudget2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("departement-71-budget-primitif-2024.pdf",
        "Budget primitif 2024 : rapport de présentation", "Département de Saône-et-Loire", "2024-01-19",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://saoneetloire71.example/budget-2024.pdf",
        "Département de Saône-et-Loire - budget primitif 2024", "droits de mutation", """
        ## Un budget de prudence

        Le budget primitif 2024 du département de Saône-et-Loire s'élève à 834 millions d'euros, dont 662 millions en fonctionnement et 172 millions en investissement. Il a été adopté par l'assemblée départementale, réunie à Mâcon, le 18 janvier 2024. Il s'inscrit dans un contexte de forte baisse des droits de mutation, qui représentaient jusqu'ici près d'un cinquième des recettes de fonctionnement.

        ## Les recettes

        Les droits de mutation sont estimés à 118 millions d'euros, en baisse de 17 % par rapport à 2022. La fraction de taxe sur la valeur ajoutée qui a remplacé la taxe foncière progresse de 2 %. Les dotations de l'État sont stables. Le département n'augmentera pas la fiscalité dont il garde la maîtrise.

        ## Les dépenses de solidarité

        Les allocations individuelles de solidarité absorbent 218 millions d'euros. La revalorisation des salaires dans les établissements pour personnes âgées et handicapées, décidée au niveau national, coûte 11 millions d'euros supplémentaires. La protection de l'enfance progresse de 6 %.

        ## Les investissements

        - Routes : 64 millions d'euros, dont la mise à deux fois deux voies d'une section de la route Centre-Europe Atlantique.
        - Collèges : 38 millions d'euros, avec la reconstruction d'un collège au Creusot et la rénovation de deux établissements à Chalon-sur-Saône et à Montceau-les-Mines.
        - Aides aux communes : 24 millions d'euros, notamment pour les villages du Charolais et de la Bresse.
        - Très haut débit : achèvement du réseau public de fibre optique.

        ## La dette

        L'encours de dette atteindra 296 millions d'euros fin 2024, soit une capacité de désendettement d'environ cinq ans, plus favorable que celle de la Côte-d'Or. Le département prévoit d'emprunter 60 millions d'euros.

        ## Comparaisons régionales

        Les dépenses de fonctionnement par habitant sont proches de la moyenne des départements de Bourgogne-Franche-Comté, mais l'effort d'investissement est supérieur, en particulier pour les routes, compte tenu de l'étendue du réseau départemental autour d'Autun.

        Le budget a été voté par section et par chapitre. Il sera complété en juin par un budget supplémentaire, qui reprendra les résultats de l'exercice 2023.
        """) with { Byline = ["Direction des finances", "Session du 18 janvier 2024"], Hyphenate = true, Ligatures = true };
}

/// <summary>The Loire (département, 42), named by name and adjective ("ligériens"), also the river; the Haute-Loire, the Loire-Atlantique and the Pays de la Loire are named to rule them out; Saint-Étienne (seat), Roanne and Montbrison are context; Saint-Étienne Métropole is context; the Rhône and Lyon are comparisons; the Forez and the Pilat are landscapes.</summary>
public sealed class ObservatoireTerritoiresLoire2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("observatoire-territoires-departement-loire-portrait-2024.html",
        "Portrait de territoire : le département de la Loire", "Observatoire des territoires", "2024-05-16",
        DocumentTypeLabels.Etude, Themes.Geo, "https://observatoire-des-territoires.example/portraits/departement-42", """
        ## Un département entre deux métropoles

        Le département de la Loire compte 766 000 habitants. Il s'organise autour de trois pôles : l'agglomération stéphanoise au sud, celle de Roanne au nord et la plaine du Forez entre les deux, autour de Montbrison. Ce portrait ne concerne pas les autres territoires qui portent le nom du fleuve, comme la Haute-Loire voisine, la Loire-Atlantique ou la région des Pays de la Loire.

        ## La démographie

        Après plusieurs décennies de stagnation, la population ligérienne progresse de nouveau légèrement, de 0,2 % par an depuis 2015. Cette croissance est portée par la plaine du Forez et les communes proches du Rhône, qui accueillent des ménages travaillant dans l'agglomération lyonnaise. Le Roannais et les monts du Pilat perdent en revanche des habitants.

        ## L'économie

        L'industrie reste plus présente qu'ailleurs : elle représente 18 % des emplois, contre 12 % en moyenne en France. Les savoir-faire historiques, de la métallurgie au textile, se sont reconvertis dans l'optique, les dispositifs médicaux et la mécanique de précision. Saint-Étienne Métropole concentre 45 % des emplois du département.

        ## Les fragilités

        Le taux de pauvreté atteint 15 %, avec de fortes disparités : il dépasse 25 % dans plusieurs quartiers de Saint-Étienne et de Roanne. L'accès aux soins est difficile dans le nord et l'ouest du département, où la densité de médecins généralistes est inférieure de 30 % à la moyenne nationale.

        ## Les atouts

        La Loire bénéficie de prix immobiliers modérés, nettement inférieurs à ceux du Rhône, d'une bonne desserte autoroutière et d'un cadre naturel varié, des gorges du fleuve aux monts du Forez. Le programme Action cœur de ville accompagne Roanne et Saint-Étienne, et plusieurs bourgs ruraux sont lauréats du programme Petites villes de demain.

        ## Données

        Toutes les données de ce portrait sont téléchargeables et cartographiables sur le site de l'Observatoire.

        Ce portrait sera mis à jour chaque année, à la parution des nouveaux résultats du recensement. Les indicateurs sont accompagnés de leur définition et de leur source.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Analyses", "Portraits de territoires"] };
}
