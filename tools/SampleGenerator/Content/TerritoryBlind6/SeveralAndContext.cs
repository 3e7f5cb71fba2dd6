using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind6 territory split (issue 13): several subjects, places mentioned only as context, communes named only in the body.
namespace SampleGenerator.Content.TerritoryBlind6;

/// <summary>Two subjects: Lorient and Lanester (a joint study of the two communes); Vannes is a comparison; Lorient Agglomération is membership.</summary>
public sealed class AudelorLorientLanester2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("audelor-lorient-lanester-commerce-2023.pdf",
        "Lorient et Lanester : deux centres-villes face aux zones commerciales", "Agence d'urbanisme de Lorient", "2023-05-16",
        DocumentTypeLabels.Etude, Themes.Geo, "https://audelor.example/etudes/lorient-lanester-commerce-2023.pdf",
        "Agence d'urbanisme de Lorient — Observatoire du commerce", "vacance commerciale", """
        ## Deux villes de part et d'autre du Scorff

        Lorient (58 000 habitants) et Lanester (23 000 habitants), séparées par le Scorff, forment le cœur urbain de Lorient Agglomération. L'étude compare l'évolution du commerce dans leurs deux centres-villes depuis 2015, à la demande des deux communes.

        | Indicateur | Lorient | Lanester |
        | Cellules commerciales en centre-ville | 720 | 140 |
        | Vacance commerciale | 11 % | 17 % |
        | Évolution des surfaces en périphérie (2015-2022) | + 4 % | + 12 % |
        Source : relevés de terrain (données fictives).

        ## Des trajectoires différentes

        Le centre de Lorient a bien résisté, porté par son marché couvert et par ses équipements culturels ; sa vacance commerciale reste proche de celle de Vannes. Celui de Lanester souffre de la concurrence de la grande zone commerciale implantée sur son propre territoire, qui continue de s'étendre.

        ## Les pistes

        L'étude propose aux deux communes une charte commune limitant les nouvelles surfaces en périphérie, un manager de centre-ville partagé et des aides à la rénovation des vitrines. Les élus de Lorient et de Lanester se prononceront à l'automne.
        """);
}

/// <summary>Montluçon, named only in the body (the title and file name are a report number); Vichy and Moulins are comparisons; the Allier is context.</summary>
public sealed class CrcRod2023_0117 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("crc-ara-rod-2023-0117.html",
        "Rapport d'observations définitives n° 2023-0117", "Chambre régionale des comptes Auvergne-Rhône-Alpes", "2023-07-18",
        DocumentTypeLabels.Rod, Themes.Finances, "https://crc-ara.example/rod/2023-0117", """
        ## Synthèse

        La chambre a contrôlé les comptes et la gestion de la commune de Montluçon pour les exercices 2017 à 2022. Ville de 33 000 habitants de l'Allier, Montluçon a perdu un quart de sa population depuis 1975 mais conserve des charges de centralité importantes.

        ## La situation financière

        L'épargne brute de la commune s'est redressée depuis 2019 grâce à la maîtrise des charges de personnel. Elle reste inférieure à celle de Vichy, dont la population est comparable. L'encours de dette, 1 080 euros par habitant, est plus élevé qu'à Moulins.

        ## Les recommandations

        La chambre recommande de mettre en place une comptabilité d'engagement complète, de fiabiliser l'inventaire du patrimoine et de présenter au conseil municipal un plan pluriannuel d'investissement tenant compte de la baisse de la population.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Rapports d'observations définitives"] };
}

/// <summary>The Saône-et-Loire (71); Mâcon, Chalon-sur-Saône and Le Creusot are places in it; Lyon and Dijon are context.</summary>
public sealed class AdemeSaoneEtLoire2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("ademe-bfc-saone-et-loire-bois-energie-2023.pdf",
        "La filière bois-énergie en Saône-et-Loire", "ADEME Bourgogne-Franche-Comté", "2023-09-05",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/bfc/etudes/saone-et-loire-bois-energie-2023.pdf",
        "ADEME Bourgogne-Franche-Comté — Études", "chaufferies collectives", """
        ## Un département forestier

        La forêt couvre 22 % de la Saône-et-Loire, surtout dans le Morvan et le Charolais. L'étude, conduite avec le Département, mesure la place du bois dans l'approvisionnement énergétique du territoire départemental et son potentiel de développement.

        ## Les chaufferies collectives

        Le département compte 164 chaufferies collectives au bois, d'une puissance totale de 190 mégawatts. Les réseaux de chaleur de Mâcon, de Chalon-sur-Saône et du Creusot en consomment la moitié.

        | Usage | Consommation de bois (tonnes par an) | Part |
        | Réseaux de chaleur urbains | 98 000 | 51 % |
        | Chaufferies d'établissements publics | 41 000 | 21 % |
        | Industrie | 54 000 | 28 % |
        Source : enquête ADEME 2022 (données fictives).

        ## Le potentiel

        La ressource disponible permettrait de doubler la production sans menacer la gestion durable des forêts. Une partie des plaquettes produites en Saône-et-Loire est aujourd'hui vendue vers les agglomérations de Lyon et de Dijon ; l'étude recommande de privilégier les débouchés locaux et de structurer une plateforme départementale de stockage des plaquettes, à proximité des principaux réseaux de chaleur.
        """);
}

/// <summary>Two subjects: Brest Métropole and the ville de Brest (a joint mutualisation report on both); Quimper is context.</summary>
public sealed class BrestMutualisation2022 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("brest-metropole-ville-rapport-mutualisation-2022.html",
        "Rapport sur la mutualisation des services entre Brest métropole et la ville de Brest", "Brest métropole", "2022-12-15",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://brest-metropole.example/mutualisation-2022", """
        ## Une administration commune

        Depuis 2015, Brest métropole et la ville de Brest partagent une administration unique : les 3 600 agents relèvent de l'un ou l'autre employeur, mais travaillent dans des services communs. Le présent rapport, présenté aux deux assemblées, fait le bilan de cette organisation.

        ## Les effets

        La mutualisation a permis de supprimer 140 postes de fonctions support en sept ans sans réduction du service rendu. Le coût des services communs est réparti entre la métropole et la ville selon des clés de répartition révisées chaque année : 61 % pour la métropole, 39 % pour la ville de Brest.

        ## Les limites

        Les agents soulignent la complexité des circuits de décision. Le rapport propose de simplifier les conventions et d'étendre la mutualisation aux communes membres qui le souhaitent. Une démarche comparable, engagée à Quimper, sera étudiée.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>Vénissieux; Lyon is a comparison; the Métropole de Lyon is membership.</summary>
public sealed class CcasVenissieux2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("ccas-venissieux-abs-2023.html",
        "Analyse des besoins sociaux : la précarité énergétique à Vénissieux", "Centre communal d'action sociale de Vénissieux", "2023-10-03",
        DocumentTypeLabels.Etude, Themes.Social, "https://ccas-venissieux.example/abs-2023", """
        ## Le thème de l'année

        L'analyse des besoins sociaux 2023 du CCAS de Vénissieux porte sur la précarité énergétique. La commune, 66 000 habitants, membre de la Métropole de Lyon, compte une forte proportion de logements anciens mal isolés, notamment dans le quartier des Minguettes.

        ## Les constats

        Un ménage vénissian sur cinq consacre plus de 8 % de ses revenus à l'énergie, deux fois plus qu'à Lyon. Les demandes d'aide pour impayés d'énergie adressées au CCAS ont augmenté de 45 % entre 2021 et 2022. Les personnes âgées seules et les familles monoparentales sont les plus touchées.

        ## Les réponses

        Le CCAS a créé un fonds d'aide spécifique et forme ses agents au repérage des situations. Il propose de généraliser les visites à domicile de conseillers en économie d'énergie et de travailler avec les bailleurs sociaux sur les charges de chauffage collectif.
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Chamalières, named only in the body (title and file name generic); Clermont-Ferrand is context; Royat is a neighbour.</summary>
public sealed class DgfipAnalyse2023_11 : ITerritoryBlind6Source
{
    public SampleDocument Create() => PdfDoc("ddfip-63-analyse-financiere-2023-11.pdf",
        "Analyse financière rétrospective — novembre 2023", "Direction départementale des finances publiques du Puy-de-Dôme", "2023-11-21",
        DocumentTypeLabels.Rapport, Themes.Finances, "https://dgfip.example/puy-de-dome/analyses/2023-11.pdf",
        "DDFiP du Puy-de-Dôme — analyse financière", "taux d'épargne brute", """
        ## Objet

        La présente analyse, réalisée à la demande du maire, porte sur les comptes de la commune de Chamalières pour la période 2018-2022. Commune de 17 000 habitants contiguë à Clermont-Ferrand, Chamalières a un profil résidentiel : les revenus de ses habitants sont parmi les plus élevés du département.

        ## Le fonctionnement

        Les produits de fonctionnement atteignent 26,4 millions d'euros en 2022. Les charges progressent de 3 % par an en moyenne, plus vite que les produits. Le taux d'épargne brute passe de 15 % en 2018 à 11 % en 2022.

        | Exercice | Produits (M€) | Charges (M€) | Taux d'épargne brute |
        | 2018 | 24,9 | 21,2 | 15 % |
        | 2020 | 25,3 | 22,0 | 13 % |
        | 2022 | 26,4 | 23,5 | 11 % |
        Source : comptes de gestion (données fictives).

        ## L'investissement

        La commune a investi 31 millions d'euros en cinq ans, notamment dans la rénovation de son centre culturel et des thermes partagés avec la commune voisine de Royat. L'endettement reste soutenable : la capacité de désendettement est de 5,8 années.
        """);
}

/// <summary>Two subjects: the Côtes-d'Armor and the Ille-et-Vilaine (a joint study of the two départements); Rennes and Saint-Brieuc are places in them;
/// Bretagne is a comparison.</summary>
public sealed class Insee22_35Mobilite2023 : ITerritoryBlind6Source
{
    public SampleDocument Create() => HtmlDoc("insee-bretagne-cotes-armor-ille-et-vilaine-mobilite-2023.html",
        "Côtes-d'Armor et Ille-et-Vilaine : des échanges de plus en plus intenses", "INSEE", "2023-04-04",
        DocumentTypeLabels.Publication, Themes.Geo, "https://insee.example/bretagne/analyses/22-35-mobilite-2023", """
        ## Une étude commandée par les deux départements

        Les départements des Côtes-d'Armor et d'Ille-et-Vilaine ont souhaité mesurer les échanges de population et d'actifs entre leurs deux territoires. Entre 2014 et 2020, 31 000 personnes ont quitté les Côtes-d'Armor pour l'Ille-et-Vilaine, et 24 000 ont fait le chemin inverse.

        | Flux | Côtes-d'Armor vers Ille-et-Vilaine | Ille-et-Vilaine vers Côtes-d'Armor |
        | Migrations résidentielles (2014-2020) | 31 000 | 24 000 |
        | Navettes domicile-travail quotidiennes | 14 800 | 5 200 |
        Source : recensements (données fictives).

        ## L'attraction de Rennes

        La métropole rennaise attire les jeunes adultes costarmoricains, tandis que les familles et les retraités brétilliens s'installent sur le littoral des Côtes-d'Armor. Les navettes quotidiennes vers Rennes depuis le sud de l'agglomération de Saint-Brieuc ont doublé en dix ans. Ces échanges sont plus intenses que dans le reste de la Bretagne.
        """) with { Meta = HtmlMeta.JsonLd };
}
