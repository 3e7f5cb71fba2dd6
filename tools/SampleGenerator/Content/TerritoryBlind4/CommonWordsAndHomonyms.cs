using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind4 territory split (issue 13): communes whose names are common words or shared by several communes.
namespace SampleGenerator.Content.TerritoryBlind4;

/// <summary>Lourdes (Hautes-Pyrénées); "lourdes" is also an adjective; Tarbes is context.</summary>
public sealed class CrcLourdes2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("crc-occitanie-commune-de-lourdes-2023.html",
        "Commune de Lourdes (Hautes-Pyrénées) — rapport d'observations définitives", "Chambre régionale des comptes Occitanie", "2023-05-16",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/occitanie/lourdes-2023", """
        ## Synthèse

        La chambre a contrôlé les comptes et la gestion de la commune de Lourdes pour les exercices 2017 à 2022. La ville, qui compte un peu plus de 13 000 habitants, accueille chaque année plusieurs millions de visiteurs ; ses équipements sont dimensionnés pour cette fréquentation et non pour sa population.

        La crise sanitaire a fortement réduit la taxe de séjour et les recettes de stationnement. Les charges restent lourdes : l'entretien des voiries, la propreté et la sécurité pèsent davantage que dans les communes de même taille. La capacité d'autofinancement nette a été négative en 2020 et 2021.

        | Indicateur (k€) | 2017 | 2022 |
        | Produits de gestion | 24 310 | 22 870 |
        | Charges de gestion | 21 050 | 21 940 |
        | Encours de dette | 31 600 | 34 200 |
        Source : comptes de gestion (données fictives).

        La chambre recommande de réviser le plan pluriannuel d'investissement et de mieux partager avec la communauté d'agglomération Tarbes-Lourdes-Pyrénées les charges des équipements touristiques. Tarbes, ville-centre de l'agglomération, n'est citée qu'à titre de comparaison.
        """) with { Breadcrumb = ["Publications", "Occitanie"] };
}

/// <summary>Saintes (Charente-Maritime); "saintes" also a plural noun; Royan and Cognac are comparison columns. PDF.</summary>
public sealed class InseeSaintes2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("insee-saintes-emploi-2022.pdf",
        "Saintes : un pôle d'emploi tourné vers les services publics", "INSEE", "2022-11-08",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/na/saintes-emploi-2022.pdf",
        "Insee Flash Nouvelle-Aquitaine", "pôle d'emploi", """
        ## Un emploi sur deux dans l'administration, l'enseignement ou la santé

        En 2019, la commune de Saintes (17100) offre 17 400 emplois pour 25 000 habitants. Elle attire chaque jour 9 800 actifs qui résident dans les communes voisines. Près d'un emploi sur deux relève de l'administration publique, de l'enseignement, de la santé ou de l'action sociale, contre un sur trois en moyenne en Charente-Maritime. Le centre hospitalier, le tribunal et les lycées sont les premiers employeurs.

        | Indicateur | Saintes | Royan | Cognac |
        | Emplois au lieu de travail | 17 400 | 9 100 | 12 300 |
        | Part du secteur public (%) | 47 | 35 | 31 |
        | Taux de chômage (%) | 13,1 | 12,4 | 12,8 |
        Source : Insee, recensement de la population 2019 (données fictives).

        ## Des actifs qualifiés qui résident hors de la ville

        Les cadres et professions intermédiaires qui travaillent à Saintes habitent de plus en plus souvent à l'extérieur de la commune. Aux heures de pointe, les navettes domicile-travail convergent vers le centre, ce qui pèse sur le stationnement ; la fréquentation de l'abbaye aux Dames, où sont honorées plusieurs saintes, s'y ajoute en été. Royan et Cognac, présentées à titre de comparaison, ont un profil plus industriel ou plus touristique.
        """);
}

/// <summary>Muret (Haute-Garonne, 31600); "muret" also a low wall; Toulouse is context.</summary>
public sealed class OfglMuret2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-commune-de-muret-2022.html",
        "Fiche financière 2022 : commune de Muret", "OFGL", "2023-07-03",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/donnees/fiches/31395-2022", """
        ## Commune de Muret (31600)

        Code commune : 31395. Population totale : 26 100 habitants. Muret est la commune siège du Muretain Agglo.

        | Indicateur (€ par habitant) | Muret | Moyenne de la strate |
        | Recettes réelles de fonctionnement | 1 124 | 1 298 |
        | Dépenses d'équipement | 386 | 357 |
        | Encours de dette | 912 | 1 004 |
        Source : comptes de gestion 2022 (données fictives).

        Les dépenses d'équipement de l'exercice portent sur la restauration d'un muret de soutènement le long de la Garonne, l'extension d'un groupe scolaire et la voirie des nouveaux quartiers. La proximité de Toulouse explique une croissance démographique de 1,6 % par an depuis 2013.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Colombes (Hauts-de-Seine); "colombes" also doves.</summary>
public sealed class CrcColombes2021 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("crc-idf-commune-de-colombes-2021.html",
        "Rapport d'observations définitives — Commune de Colombes (92)", "Chambre régionale des comptes Île-de-France", "2021-12-07",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/ile-de-france/colombes-2021", """
        ## Principales observations

        La commune de Colombes, dans les Hauts-de-Seine, compte 86 000 habitants. La chambre a examiné la gestion des ressources humaines et la commande publique de 2015 à 2020.

        Le temps de travail des agents municipaux reste inférieur à la durée légale de 1 607 heures. La chambre demande à la commune de délibérer pour s'y conformer. Les marchés de restauration scolaire ont été reconduits sans mise en concurrence pendant deux ans.

        Sur le logo de la ville figurent des colombes ; la chambre n'a pas examiné la dépense de communication liée au changement d'identité visuelle, qu'elle jugera lors d'un prochain contrôle. L'établissement public territorial auquel la commune appartient n'entre pas dans le champ de ce rapport.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Île-de-France"] };
}

/// <summary>Pantin (Seine-Saint-Denis); "pantin" also a puppet. PDF.</summary>
public sealed class DgfipPantin2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("dgfip-fiche-pantin-2023.pdf",
        "Fiche de situation financière 2023 — Pantin", "DGFiP", "2024-05-21",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/comptes/2023/pantin.pdf",
        "Direction générale des finances publiques — fiche communale 2023", "Fiche de situation financière", """
        ## Commune de Pantin (93500)

        Population légale en vigueur au 1er janvier 2023 : 59 800 habitants. Strate : communes de 50 000 à 100 000 habitants membres d'un établissement public territorial.

        ## Fonctionnement

        | Poste | Montant (k€) | Par habitant (€) | Moyenne de la strate (€) |
        | Produits de fonctionnement | 118 400 | 1 980 | 1 712 |
        | dont impôts locaux | 52 700 | 881 | 744 |
        | Charges de fonctionnement | 106 900 | 1 788 | 1 560 |
        | dont charges de personnel | 63 100 | 1 055 | 914 |
        | Résultat comptable | 11 500 | 192 | 152 |
        Source : balances comptables 2023 (données fictives).

        ## Investissement

        Les dépenses d'équipement atteignent 31 600 k€, soit 528 € par habitant. Elles financent la rénovation de groupes scolaires et l'aménagement des berges du canal de l'Ourcq. L'encours de dette au 31 décembre s'élève à 92 400 k€. La commune ne doit pas être un pantin de ses emprunts : la part de dette à taux variable a été ramenée à 18 %.

        Les taux votés en 2023 sont de 26,40 % pour la taxe foncière sur les propriétés bâties et de 52,10 % pour la taxe foncière sur les propriétés non bâties.
        """);
}

/// <summary>Sceaux (Hauts-de-Seine, 92330); "sceaux" also seals/buckets.</summary>
public sealed class InseeSceaux2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("insee-sceaux-population-2022.html",
        "À Sceaux, une population plus âgée et très diplômée", "INSEE", "2022-06-14",
        DocumentTypeLabels.Publication, Themes.Social, "https://insee.example/idf/sceaux-population-2022", """
        ## Une ville résidentielle du sud des Hauts-de-Seine

        La commune de Sceaux compte 20 900 habitants en 2019. Un habitant sur quatre a 65 ans ou plus, contre un sur six dans le département. Six adultes sur dix sont diplômés de l'enseignement supérieur.

        La population étudiante, liée aux lycées et à la faculté installés dans la ville, compense en partie le vieillissement. Le parc de logements comporte une forte part de maisons individuelles et de petites copropriétés anciennes.

        Les archives communales conservent les registres sous les sceaux des anciens seigneurs ; la ville en tire son nom selon une tradition locale, sans preuve formelle. Ces chiffres sont issus du recensement (données fictives).
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Valence in Charente (16460), a village; the prefecture of the Drôme is ruled out in the text.</summary>
public sealed class PrefectureValenceCharente2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-charente-valence-dotation-2022.html",
        "Arrêté portant attribution de la dotation d'équipement des territoires ruraux à la commune de Valence", "Préfecture de la Charente", "2022-04-29",
        DocumentTypeLabels.Page, Themes.Dotations, "https://charente.gouv.example/actes/2022/detr-valence", """
        ## Arrêté n° 2022-117

        Le préfet de la Charente,

        Vu le code général des collectivités territoriales, notamment ses articles L. 2334-32 et suivants ; vu la demande présentée par le maire de Valence (16460) le 12 janvier 2022 ;

        Arrête :

        Article 1er — Une subvention de 38 400 € est attribuée à la commune de Valence, au titre de la dotation d'équipement des territoires ruraux, pour la rénovation énergétique de la mairie et de l'école.

        Article 2 — Le montant de la subvention représente 40 % de la dépense subventionnable, fixée à 96 000 € hors taxes.

        Article 3 — Il ne s'agit pas de la ville de Valence, préfecture de la Drôme, avec laquelle la commune est souvent confondue dans les échanges de courrier.

        Article 4 — Le secrétaire général de la préfecture est chargé de l'exécution du présent arrêté.
        """) with { Breadcrumb = ["Publications", "Recueil des actes administratifs"] };
}

/// <summary>Saint-Denis (Seine-Saint-Denis), the homonym in La Réunion is named as a comparison; Plaine Commune is membership. PDF.</summary>
public sealed class CrcSaintDenis93 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("crc-idf-commune-de-saint-denis-2024.pdf",
        "Commune de Saint-Denis : la gestion des équipements sportifs", "Chambre régionale des comptes Île-de-France", "2024-02-13",
        DocumentTypeLabels.Rod, Themes.Culture, "https://ccomptes.example/crc/ile-de-france/saint-denis-equipements-2024.pdf",
        "Chambre régionale des comptes Île-de-France — observations définitives", "équipements sportifs", """
        ## Le contrôle

        La chambre a examiné la gestion des équipements sportifs de la commune de Saint-Denis (93200) de 2018 à 2023, période marquée par la préparation des jeux Olympiques et Paralympiques. La ville, qui compte 113 000 habitants, gère 41 équipements : gymnases, stades, piscines et terrains de proximité.

        | Indicateur | 2018 | 2023 |
        | Dépenses de fonctionnement des sports (k€) | 14 200 | 17 900 |
        | Dépenses d'équipement des sports (k€) | 6 100 | 22 400 |
        | Agents affectés aux sports | 212 | 238 |
        Source : comptes administratifs (données fictives).

        ## Observations

        L'inventaire des équipements n'était pas à jour : onze terrains de proximité n'y figuraient pas. La commune ne connaît pas le coût complet de chaque équipement, ce qui l'empêche de fixer des tarifs de location cohérents. Les conventions avec les clubs ne prévoient aucun contrôle de l'usage des créneaux.

        La chambre note que la commune de Saint-Denis de La Réunion, homonyme, a mis en place une comptabilité analytique dont elle pourrait s'inspirer. L'établissement public territorial Plaine Commune, dont la ville est membre, gère de son côté le centre aquatique olympique, qui n'entre pas dans le contrôle.
        """);
}

/// <summary>Plaisance in the Vienne (86500), one of several Plaisance; only the postcode and the Montmorillon context corroborate.</summary>
public sealed class OfglPlaisance86 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-fiche-plaisance-86-2021.html",
        "Plaisance : fiche des comptes 2021", "OFGL", "2022-09-19",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/donnees/fiches/plaisance-86500-2021", """
        ## Plaisance (86500)

        Commune rurale de 170 habitants, à douze kilomètres de Montmorillon.

        | Indicateur (€ par habitant) | Plaisance | Moyenne de la strate |
        | Recettes réelles de fonctionnement | 742 | 801 |
        | Dépenses de personnel | 188 | 241 |
        | Dépenses d'équipement | 512 | 318 |
        | Encours de dette | 264 | 566 |
        Source : comptes de gestion 2021 (données fictives).

        L'effort d'équipement de l'année correspond à la réfection du pont communal sur la Gartempe, financée pour moitié par l'État. Pour un si petit budget, une seule opération suffit à faire varier fortement les ratios : ils doivent être lus sur plusieurs années. Les autres communes nommées Plaisance, dans le Gers, l'Aveyron ou la Dordogne, ont des fiches distinctes.
        """) with { Meta = HtmlMeta.JsonLd };
}
