using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind16 territory split (issue 13): régions (one by its name before 2016) and national notes and tables.
namespace SampleGenerator.Content.TerritoryBlind16;

/// <summary>The Centre-Val de Loire (région; its programme of salaried doctors); "centre" is also a common word (health centres); Orléans, Tours, Bourges, Chartres, Blois and Châteauroux are context; the Loire is the river (the Val de Loire a landscape); the Cher, the Eure-et-Loir and the Indre are the région's départements (context); national figures are comparisons.</summary>
public sealed class CentreValDeLoireMedecinsSalaries2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("region-centre-val-de-loire-medecins-salaries-2024.html",
        "Médecins salariés : la Région Centre-Val de Loire ouvre de nouveaux centres de santé", "Région Centre-Val de Loire", "2024-09-24",
        DocumentTypeLabels.Page, Themes.Social, "https://centre-valdeloire.example/medecins-salaries-centres-sante", """
        ## La région qui manque le plus de médecins

        Le Centre-Val de Loire a la plus faible densité de médecins généralistes de France métropolitaine : 71 pour 100 000 habitants, contre 85 en moyenne nationale. Dans le Cher, l'Indre et l'Eure-et-Loir, de nombreux habitants n'ont plus de médecin traitant. Pour y remédier, la Région recrute elle-même des médecins salariés depuis 2020.

        ## Le dispositif

        Les médecins sont employés par un groupement d'intérêt public créé par la Région, qui les affecte dans des centres de santé ouverts avec les communes et les intercommunalités. Ils sont déchargés des tâches administratives et peuvent travailler à temps partiel. La Région finance les postes de secrétaires médicales et l'équipement des cabinets.

        ## Le bilan

        - 96 médecins salariés exercent dans 38 centres de santé.
        - 120 000 patients ont déclaré un de ces médecins comme médecin traitant.
        - Les nouveaux centres ouverts en 2024 se situent près de Bourges, de Châteauroux, de Chartres et de Blois.

        ## Les projets

        La Région veut atteindre 150 médecins salariés en 2028. Elle finance aussi des logements pour les internes en stage hors des centres hospitaliers universitaires d'Orléans et de Tours, afin de leur faire découvrir l'exercice dans les petites villes du Val de Loire et du Berry. Les médecins intéressés par un poste peuvent consulter les offres sur le site de la Région et rencontrer les équipes lors des journées d'accueil organisées chaque trimestre.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Santé", "Centres de santé"] };
}

/// <summary>The Hauts-de-France (région; INSEE regional note on cross-border work towards Belgium); Lille, Tourcoing, Maubeuge, Dunkerque and Valenciennes are context; the Nord, the Pas-de-Calais, the Aisne, the Oise and the Somme are table rows (context); the former Nord-Pas-de-Calais is named as history (context); Belgium and Luxembourg are destinations; national figures are comparisons.</summary>
public sealed class InseeHautsDeFranceFrontaliers2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("insee-hauts-de-france-travail-frontalier-belgique-2023.pdf",
        "Hauts-de-France : 42 000 habitants travaillent en Belgique", "INSEE", "2023-11-30",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/hauts-de-france-frontaliers.pdf",
        "Insee Analyses Hauts-de-France", "travail frontalier", """
        ## Un flux en hausse

        En 2020, 42 000 habitants des Hauts-de-France travaillaient en Belgique, soit 1,9 % des actifs occupés de la région. Leur nombre a augmenté de 30 % en dix ans. À l'inverse, 9 000 résidents belges viennent travailler dans la région. Les Hauts-de-France sont ainsi, après le Grand Est, la deuxième région française pour le travail frontalier, loin toutefois des flux vers la Suisse et le Luxembourg.

        ## Des frontaliers surtout nordistes

        | Département de résidence | Travailleurs frontaliers | Part des actifs |
        | Nord | 36 500 | 3,4 % |
        | Pas-de-Calais | 2 100 | 0,4 % |
        | Aisne | 2 300 | 1,0 % |
        | Oise, Somme | 1 100 | 0,2 % |
        Source : Insee, recensement de la population 2020.

        Les frontaliers résident surtout dans la métropole lilloise, en particulier à Tourcoing et à Halluin, ainsi qu'autour de Maubeuge et de Valenciennes. Dans l'ancien Nord-Pas-de-Calais, ce mouvement est ancien ; il était déjà important dans l'industrie textile au début du vingtième siècle.

        ## Des profils variés

        Les frontaliers travaillent d'abord dans l'industrie, le commerce et la santé : les hôpitaux et les maisons de repos belges recrutent de nombreux infirmiers et aides-soignants français. Ils sont plus jeunes que l'ensemble des actifs de la région et plus souvent des hommes. Leur salaire net est en moyenne supérieur de 12 % à celui des salariés de même profession restés en France.

        ## Les enjeux pour la région

        Le travail frontalier soutient le revenu des ménages, mais prive les employeurs régionaux d'une partie de la main-d'œuvre qualifiée, notamment dans les établissements de santé. La coopération transfrontalière, avec les bus et les trains entre Lille et Courtrai ou entre Maubeuge et Mons, est un enjeu pour la Région, qui organise les transports. Le littoral de Dunkerque, proche de la Flandre belge, attire moins de frontaliers que la métropole.
        """) with { Masthead = ["Insee Analyses", "Hauts-de-France"], Byline = ["Direction régionale des Hauts-de-France"] };
}

/// <summary>The Occitanie (région; its water plan for droughts); Toulouse and Montpellier are context; the Pyrénées, the Cévennes and the Causses are landscapes; the Garonne, the Hérault and the Aude are rivers (also départements' names, context); the Pyrénées-Orientales are an example (context); Languedoc-Roussillon and Midi-Pyrénées are named as history (context).</summary>
public sealed class OccitaniePlanEau2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("region-occitanie-plan-eau-secheresse-2024.html",
        "Sécheresse : la Région Occitanie adopte un plan pour l'eau", "Région Occitanie", "2024-06-18",
        DocumentTypeLabels.Page, Themes.Durable, "https://laregion-occitanie.example/plan-eau-2024", """
        ## Une région sous tension

        Depuis 2022, l'Occitanie connaît des sécheresses répétées. Dans les Pyrénées-Orientales, certaines communes ont été alimentées en eau potable par camion-citerne. Les débits de la Garonne, de l'Aude et de l'Hérault ont atteint des niveaux historiquement bas en été. La population de la région augmente de 40 000 habitants par an, surtout autour de Toulouse et de Montpellier, ce qui accroît les besoins.

        ## Le plan régional

        L'assemblée régionale a adopté le 13 juin 2024 un plan de 500 millions d'euros sur six ans :
        - la réduction des fuites des réseaux d'eau potable des petites communes ;
        - la réutilisation des eaux usées traitées pour l'irrigation et l'arrosage ;
        - l'aide aux agriculteurs qui adoptent des cultures moins gourmandes en eau ;
        - la restauration des zones humides, des Causses aux Cévennes.

        ## Une gouvernance partagée

        La Région coordonne l'action des départements, des intercommunalités et des syndicats d'eau. Un parlement de l'eau associe les usagers, les agriculteurs et les associations. Cette démarche s'appuie sur les schémas engagés avant la fusion de 2016 par les anciennes régions Languedoc-Roussillon et Midi-Pyrénées.

        ## Le calendrier

        Les premiers appels à projets seront ouverts en septembre. Les collectivités et les exploitations agricoles peuvent déposer leur dossier sur le site de la Région. Un premier bilan du plan sera présenté à l'assemblée régionale à la fin de l'année 2025, avec des indicateurs sur les volumes d'eau économisés et les surfaces de zones humides restaurées.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Environnement", "Eau"] };
}

/// <summary>The région Franche-Comté in 2014 (before the 2016 merger; a former région name) -> today's code (Bourgogne-Franche-Comté); Besançon, Morteau, Villers-le-Lac and Maîche are context; the Doubs and the Jura are départements (context) and the Jura also mountains; Switzerland (the Swiss Jura arc) is a neighbour; the Bourgogne is a comparison (a former région, context). Debatable: the Franche-Comté of 2014 is only the eastern part of today's région; annotated with today's code by the rule on former régions.</summary>
public sealed class FrancheComteFiliereHorlogere2014 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("region-franche-comte-filiere-horlogere-microtechniques-2014.pdf",
        "Région Franche-Comté : stratégie pour la filière horlogère et les microtechniques 2014-2020", "Région Franche-Comté", "2014-05-22",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://franche-comte.example/strategie-horlogerie-2014.pdf",
        "Franche-Comté - horlogerie et microtechniques", "savoir-faire horloger", """
        ## Une tradition régionale

        L'horlogerie est implantée depuis le dix-huitième siècle sur les plateaux du Doubs et du Jura. La Franche-Comté compte aujourd'hui 370 entreprises d'horlogerie et de microtechniques, qui emploient 13 000 salariés, de Besançon au haut Doubs, autour de Morteau, de Villers-le-Lac et de Maîche. Beaucoup sont des sous-traitants des grandes maisons suisses de l'arc jurassien, dont elles dépendent fortement.

        ## Les constats

        - Les entreprises peinent à recruter : les salaires proposés en Suisse, à quelques kilomètres, attirent les techniciens formés dans la région.
        - La sous-traitance reste majoritaire ; peu d'entreprises commercialisent leurs propres montres.
        - Les compétences de la filière intéressent d'autres secteurs : dispositifs médicaux, aéronautique, luxe.

        ## La stratégie

        Le conseil régional a adopté une stratégie en quatre axes : développer les formations, de l'apprentissage au diplôme d'ingénieur ; aider les entreprises à créer leurs propres produits et marques ; soutenir la diversification vers les dispositifs médicaux ; promouvoir le savoir-faire horloger à l'international.

        ## Les moyens

        La Région consacrera 24 millions d'euros à la filière entre 2014 et 2020, avec l'appui des fonds européens. Un pôle de compétitivité et les chambres consulaires seront chargés de l'animation. Les lycées professionnels de Besançon et de Morteau verront leurs plateaux techniques modernisés. Des bourses seront proposées aux apprentis qui s'engagent à travailler au moins trois ans dans une entreprise de la région après leur diplôme, afin de limiter les départs vers la Suisse. Un salon régional des métiers de la précision sera organisé chaque automne.

        ## La comparaison

        La Bourgogne voisine, qui compte peu d'entreprises dans ce domaine, a été sollicitée pour un partenariat sur les microtechniques médicales. Le rapprochement entre les deux régions, envisagé par le gouvernement, pourrait faciliter ces coopérations. Les résultats de la stratégie seront évalués en 2017 par un organisme indépendant, puis en fin de période.
        """) with { Masthead = ["Région Franche-Comté", "Conseil régional"], Byline = ["Délibération de l'assemblée plénière"] };
}

/// <summary>National note on the syndicates of local authorities (DGCL) -> france:FR; the Syndicat des eaux d'Île-de-France and the syndicates of the Bresle or the Gard named as examples are context; the départements are table rows (an extract).</summary>
public sealed class DgclBisSyndicats2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("dgcl-bis-syndicats-intercommunaux-2024.pdf",
        "Les syndicats de communes et les syndicats mixtes au 1er janvier 2024", "DGCL", "2024-06-27",
        DocumentTypeLabels.Bis, Themes.Geo, "https://collectivites-locales.example/bis-syndicats-2024.pdf",
        "Bulletin d'information statistique de la DGCL", "syndicats mixtes fermés", """
        ## Un nombre en baisse continue

        Au 1er janvier 2024, la France compte 8 600 syndicats intercommunaux : 5 950 syndicats de communes et 2 650 syndicats mixtes. Leur nombre a diminué d'un tiers depuis 2015, à la suite des schémas départementaux de coopération intercommunale et de la prise de compétences par les communautés de communes et d'agglomération.

        ## Les compétences

        Les syndicats interviennent d'abord dans l'eau potable et l'assainissement, puis dans les écoles, l'électricité, la gestion des rivières et les déchets. Les syndicats à vocation unique restent les plus nombreux, mais leur poids financier est faible. Les grands syndicats mixtes fermés, comme ceux qui gèrent l'eau de plusieurs départements, concentrent l'essentiel des dépenses.

        | Département | Syndicats au 1er janvier 2024 | Évolution depuis 2015 |
        | Pyrénées-Atlantiques | 231 | - 38 % |
        | Isère | 214 | - 35 % |
        | Gironde | 198 | - 31 % |
        Source : DGCL, base nationale de l'intercommunalité ; départements qui en comptent le plus.

        ## Les finances

        Les syndicats ont dépensé 17,4 milliards d'euros en 2023, dont 6,8 milliards d'investissement. Leurs recettes proviennent surtout des redevances payées par les usagers et des contributions de leurs membres.

        ## Les évolutions récentes

        Le transfert des compétences eau et assainissement aux communautés de communes, prévu par la loi, entraîne la dissolution de nombreux petits syndicats. À l'inverse, la gestion des milieux aquatiques a suscité la création de syndicats de bassin regroupant plusieurs intercommunalités, parfois de part et d'autre d'une limite départementale ou régionale, comme sur la Bresle ou dans les bassins du Gard. Le Syndicat des eaux d'Île-de-France reste le plus important par sa population desservie.

        ## Méthode

        Les données proviennent de la base nationale sur l'intercommunalité, alimentée par les préfectures. Les syndicats sans activité ni budget ont été exclus. Les séries complètes sont disponibles sur le site de la DGCL.
        """) with { Masthead = ["Direction générale des collectivités locales", "Bulletin d'information statistique n° 198"], Byline = ["Juin 2024"] };
}

/// <summary>National study of the communes' street-lighting spending (OFGL) -> france:FR; Paris and Lyon are examples (context); the Gers and the Lozère are examples of rural départements (context); the national observatory is a body.</summary>
public sealed class OfglEclairagePublic2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-depenses-eclairage-public-communes-2024.html",
        "Éclairage public : les dépenses des communes ont doublé avec la crise de l'énergie", "OFGL", "2024-04-25",
        DocumentTypeLabels.Etude, Themes.Finances, "https://ofgl.example/etudes/eclairage-public-2024", """
        ## Un poste devenu lourd

        Les communes et leurs groupements consacrent à l'éclairage public 2,1 milliards d'euros en 2023, contre 1,1 milliard en 2021. La hausse des prix de l'électricité explique l'essentiel de cette progression. L'éclairage représente désormais près de 40 % de la facture d'électricité des communes.

        ## Des écarts selon la taille

        Les petites communes rurales dépensent en moyenne 18 euros par habitant pour leur éclairage, contre 12 euros pour les villes de plus de 100 000 habitants. Dans des départements ruraux comme le Gers ou la Lozère, les réseaux sont longs pour peu d'habitants. Les grandes villes, comme Paris ou Lyon, ont engagé plus tôt le remplacement de leurs lampes.

        ## Les économies réalisées

        - 62 % des communes pratiquent désormais l'extinction de l'éclairage au cœur de la nuit, contre 38 % en 2019.
        - Un tiers des points lumineux sont équipés de diodes électroluminescentes, qui consomment deux fois moins.
        - Les syndicats d'énergie départementaux accompagnent souvent les communes dans leurs travaux.

        Ces économies n'ont compensé qu'en partie la hausse des prix : la dépense par point lumineux reste supérieure de 60 % à son niveau de 2021.

        ## Méthode

        Cette étude s'appuie sur les comptes de gestion des communes et de leurs groupements, complétés par une enquête auprès de 1 500 communes.
        """) with { Meta = HtmlMeta.Citation, Lead = "Cap sur les dépenses d'éclairage public des communes de France, de 2019 à 2023.", Breadcrumb = ["Études", "Communes"] };
}

/// <summary>National table of property tax rates, one row per région (DGFiP) -> france:FR, one level down (not its rows); the régions are rows (an extract: Bretagne, Corse, Île-de-France, Normandie, Occitanie); Paris and Marseille are examples (context); the Corse and its two former départements are a special case (context).</summary>
public sealed class DgfipTauxFonciersRegions2023 : ITerritoryBlind16Source
{
    public SampleDocument Create() => HtmlDoc("dgfip-taux-moyens-taxe-fonciere-par-region-2023.html",
        "Taxe foncière 2023 : les taux moyens communaux et intercommunaux par région", "DGFiP", "2023-12-14",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots.example/statistiques/taux-taxe-fonciere-regions-2023", """
        ## Les données

        Ce jeu de données présente, pour chaque région, le taux moyen de la taxe foncière sur les propriétés bâties voté par les communes et leurs groupements en 2023. Depuis la suppression de la taxe d'habitation sur les résidences principales, la taxe foncière est devenue la principale ressource fiscale des communes, qui perçoivent aussi l'ancienne part départementale.

        ## Extrait

        | Région | Taux moyen (%) | Évolution 2022-2023 (points) |
        | Bretagne | 38,9 | + 0,6 |
        | Corse | 33,2 | + 0,4 |
        | Île-de-France | 33,8 | + 1,9 |
        | Normandie | 44,6 | + 0,5 |
        | Occitanie | 49,1 | + 0,8 |
        Source : DGFiP, états fiscaux 1259 et REI 2023.

        ## Lecture

        Le taux moyen national atteint 41,4 %. Les écarts entre régions reflètent surtout les niveaux de bases : là où les valeurs locatives sont faibles, les taux sont plus élevés. La hausse en Île-de-France s'explique principalement par l'augmentation votée à Paris. À Marseille, le taux est resté stable.

        ## Téléchargement

        Le fichier complet, par région, département et commune, est disponible aux formats tableur et texte. Les taux de la Corse tiennent compte de la situation particulière de la collectivité unique, qui a remplacé en 2018 la collectivité territoriale et les deux départements de l'île.

        ## Définitions

        Le taux moyen est pondéré par les bases d'imposition de chaque commune. Il additionne le taux communal, qui inclut l'ancienne part départementale, et le taux voté par l'intercommunalité lorsqu'elle lève une taxe foncière additionnelle. Les taxes annexes, comme la taxe d'enlèvement des ordures ménagères, ne sont pas comprises. Les évolutions sont exprimées en points de pourcentage.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Statistiques", "Fiscalité locale"] };
}

/// <summary>National review of the France services network (ANCT, Observatoire des territoires) -> france:FR; the Creuse, the Lozère and the Seine-Saint-Denis are examples (context; the first two are subjects of other documents of this split); Mayotte and Guyane are examples (context); national figures are the subject.</summary>
public sealed class AnctFranceServices2024 : ITerritoryBlind16Source
{
    public SampleDocument Create() => PdfDoc("anct-reseau-france-services-bilan-2024.pdf",
        "Le réseau France services : accessibilité et fréquentation en 2023", "ANCT", "2024-05-30",
        DocumentTypeLabels.Etude, Themes.Geo, "https://observatoire-des-territoires.example/france-services-2024.pdf",
        "Observatoire des territoires - France services", "temps d'accès", """
        ## Un réseau de 2 700 structures

        Fin 2023, le réseau France services compte 2 700 structures labellisées, dont 260 bus itinérants. Chacune permet d'être accompagné, en un même lieu, dans les démarches auprès des principaux services publics : impôts, caisse d'allocations familiales, assurance maladie, retraite, emploi, justice, titres d'identité. Le réseau a reçu 9 millions de demandes en 2023, soit deux fois plus qu'en 2021.

        ## L'accessibilité

        Selon l'Observatoire des territoires, 99 % de la population vit à moins de trente minutes en voiture d'une France services. Le temps d'accès est le plus long dans les espaces de montagne et dans les départements peu denses : il dépasse vingt minutes pour un habitant sur dix en Lozère ou en Creuse. En Seine-Saint-Denis, la difficulté tient moins à la distance qu'à l'affluence.

        ## La fréquentation

        - Les démarches fiscales et sociales représentent les deux tiers des demandes.
        - Les usagers ont plus de 60 ans dans 45 % des cas.
        - La fréquentation par habitant est la plus élevée dans les communes rurales.
        - Dans les outre-mer, notamment en Guyane et à Mayotte, les bus itinérants jouent un rôle essentiel.

        ## Les moyens

        L'État verse 40 000 euros par an à chaque structure. Les communes, les intercommunalités, les associations et La Poste, qui les portent, financent le reste. Chaque France services doit disposer d'au moins deux agents formés, et être ouverte au moins vingt-quatre heures par semaine, sur cinq jours. Des contrôles de qualité, réalisés par des usagers mystères, vérifient le respect de ces engagements.

        ## Méthode

        Les temps d'accès sont calculés par le distancier de l'Observatoire à partir du centre de chaque carreau habité de 200 mètres. Les données de fréquentation proviennent de l'outil de suivi du réseau, renseigné par les structures. Les résultats détaillés par département et par intercommunalité sont disponibles sur le site de l'Observatoire des territoires.
        """) with { Masthead = ["Agence nationale de la cohésion des territoires", "Observatoire des territoires"], Byline = ["Mai 2024"] };
}
