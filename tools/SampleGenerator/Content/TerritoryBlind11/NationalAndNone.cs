using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind11 territory split (issue 13): national notes, tables with one row per territory, and documents with no territorial subject.
namespace SampleGenerator.Content.TerritoryBlind11;

/// <summary>Table with one row per département (Ain first, an ellipsis, then the DROM): France, not its rows (the Allier row is a subject of another document here; Paris, the Collectivité européenne d'Alsace and Mayotte are named in the method).</summary>
public sealed class OfglDmtoParDepartement2023 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-dmto-par-departement-2023.html",
        "Droits de mutation : le recul par département en 2023", "OFGL", "2024-03-05",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/donnees/dmto-departements-2023", """
        ## Le tableau

        Les droits de mutation à titre onéreux, perçus lors des ventes immobilières, ont reculé de 22 % en 2023 pour l'ensemble des départements, après plusieurs années de forte hausse. Le tableau donne le produit perçu par chaque département et son évolution par rapport à 2022.

        | Département | Produit 2023 (M€) | Évolution 2022-2023 |
        | Ain | 148 | - 21 % |
        | Aisne | 62 | - 17 % |
        | Allier | 41 | - 19 % |
        | Alpes-de-Haute-Provence | 38 | - 24 % |
        | Hautes-Alpes | 45 | - 20 % |
        | Alpes-Maritimes | 512 | - 25 % |
        | … | … | … |
        | Guadeloupe, Martinique, Guyane, La Réunion | 12 à 71 | - 9 à - 18 % |

        ## Méthode

        Les montants sont issus des comptes de gestion des départements. Ils comprennent la part départementale des droits, hors frais d'assiette. Mayotte, où les droits relèvent d'un régime particulier, n'est pas présentée. La Ville de Paris, la Collectivité européenne d'Alsace et les collectivités uniques d'outre-mer figurent avec les départements. Le fichier complet est disponible en données ouvertes.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Données", "Départements"] };
}

/// <summary>National statistical bulletin on the communes nouvelles, citing Hauts de Bienne and Verdun-Ciel (subjects of other documents here) as examples: France only.</summary>
public sealed class DgclBisCommunesNouvelles2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("dgcl-bis-communes-nouvelles-2024.pdf",
        "Les communes nouvelles au 1er janvier 2024", "DGCL", "2024-04-09",
        DocumentTypeLabels.Bis, Themes.Geo, "https://collectivites-locales.example/bis/communes-nouvelles-2024.pdf",
        "Bulletin d'information statistique n° 187", "communes déléguées", """
        ## Un mouvement qui ralentit

        Au 1er janvier 2024, la France compte 34 945 communes. Depuis la loi de 2010, 844 communes nouvelles ont été créées, regroupant 2 590 anciennes communes. Le mouvement, très fort en 2016 et en 2019, ralentit nettement : seules quelques dizaines de créations interviennent désormais chaque année.

        ## Qui fusionne ?

        Les communes nouvelles sont surtout nées dans l'ouest et le nord-ouest du pays, dans des territoires où les communes étaient petites et nombreuses. La plupart regroupent deux ou trois communes ; une centaine en regroupe plus de dix. Dans près de neuf cas sur dix, les anciennes communes deviennent des communes déléguées, avec un maire délégué. Certaines fusions associent un bourg-centre et ses voisines, comme Hauts de Bienne dans le Jura ; d'autres réunissent deux communes de taille comparable, comme Verdun-Ciel en Saône-et-Loire.

        ## Les effets

        Les communes nouvelles de moins de 150 000 habitants ont bénéficié pendant trois ans d'une garantie de leur dotation forfaitaire. Les premières évaluations montrent une mutualisation des services techniques et administratifs, mais des économies de fonctionnement encore modestes. Le bulletin présente aussi les cas de communes nouvelles qui s'étendent sur deux départements.
        """);
}

/// <summary>Methodological note on the zonage en aires d'attraction des villes (a nationwide zoning, no place).</summary>
public sealed class InseeNoteAiresAttraction2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("insee-note-aires-attraction-villes-2024.html",
        "Aires d'attraction des villes : définition et méthode", "INSEE", "2024-01-16",
        DocumentTypeLabels.Methodo, Themes.Geo, "https://insee.example/methodes/aires-attraction-villes", """
        ## Définition

        Une aire d'attraction d'une ville est un ensemble de communes, d'un seul tenant et sans enclave, constitué d'un pôle de population et d'emploi et d'une couronne. La couronne regroupe les communes dont au moins 15 % des actifs occupés travaillent dans le pôle. Le zonage couvre l'ensemble du territoire et permet de distinguer les communes sous l'influence d'une ville de celles qui sont hors attraction.

        ## Construction

        Les pôles sont déterminés à partir de la grille communale de densité et du nombre d'emplois : un pôle doit rassembler au moins 1 500 emplois. Les couronnes sont ensuite délimitées à partir des trajets domicile-travail issus du recensement de la population. Lorsqu'une commune est attirée par plusieurs pôles, elle est rattachée à celui vers lequel se dirige la plus grande part de ses actifs.

        ## Usages

        Le zonage sert à l'analyse des dynamiques démographiques et des déplacements, et à la comparaison entre territoires. Il n'a pas de valeur administrative : il ne correspond ni aux intercommunalités ni aux bassins de vie, qui reposent sur l'accès aux équipements. Il est révisé après chaque grande actualisation des données du recensement.
        """) with { Meta = HtmlMeta.Citation };
}

/// <summary>Cour des comptes report on the social action of all communes' CCAS and intercommunal CIAS: France.</summary>
public sealed class CcomptesCcasActionSociale2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => PdfDoc("ccomptes-ccas-action-sociale-2024.pdf",
        "L'action sociale des communes et de leurs groupements", "Cour des comptes", "2024-05-22",
        DocumentTypeLabels.Rapport, Themes.Social, "https://ccomptes.example/rapports/action-sociale-communale-2024.pdf",
        "Cour des comptes - action sociale communale", "aide sociale facultative", """
        ## Un paysage éclaté

        Les communes disposent toutes, en principe, d'un centre communal d'action sociale, obligatoire au-delà de 1 500 habitants. Environ 16 000 centres fonctionnent effectivement, auxquels s'ajoutent 400 centres intercommunaux. Leurs moyens sont très inégaux : la moitié d'entre eux n'emploient aucun agent et se limitent à instruire les demandes d'aide.

        ## Des dépenses mal connues

        La Cour estime à 3,4 milliards d'euros les dépenses d'action sociale des communes et de leurs groupements. L'aide sociale facultative, qu'ils définissent librement, prend des formes variées : secours d'urgence, aides à l'énergie, tarifs sociaux de cantine, épiceries solidaires. Faute de nomenclature commune, il est difficile de comparer les politiques et d'en mesurer les effets.

        ## Les recommandations

        La Cour recommande de rendre facultative la création d'un centre dans les communes de moins de 3 500 habitants, d'encourager les centres intercommunaux et de mieux articuler l'action des communes avec celle des départements, chefs de file de l'action sociale. Elle préconise aussi une enquête statistique régulière sur les aides versées.
        """);
}

/// <summary>Legal notice of a web site: no territorial subject.</summary>
public sealed class OfglMentionsLegales2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-mentions-legales-2024.html",
        "Mentions légales", "OFGL", "2024-01-03",
        DocumentTypeLabels.Page, Themes.Finances, "https://data.ofgl.example/mentions-legales", """
        ## Éditeur

        Le présent site est édité par l'Observatoire des finances et de la gestion publique locales. Le directeur de la publication est le président de l'Observatoire. La conception et le développement du site ont été réalisés par les services de l'Observatoire avec l'appui d'un prestataire.

        ## Hébergement

        Le site est hébergé sur une infrastructure publique située dans l'Union européenne. Les journaux de connexion sont conservés pendant un an à des fins de sécurité, puis détruits.

        ## Propriété intellectuelle

        Les textes, graphiques et tableaux publiés sur le site peuvent être réutilisés librement, sous réserve de mentionner la source et la date de la dernière mise à jour. Les logos et marques restent la propriété de leurs titulaires et ne peuvent être reproduits sans autorisation.

        ## Données personnelles

        Le site ne dépose aucun cookie de mesure d'audience sans le consentement de l'utilisateur. Les adresses électroniques recueillies lors de l'inscription à la lettre d'information ne sont utilisées qu'à cette fin. Vous pouvez exercer vos droits d'accès, de rectification et d'effacement en écrivant au délégué à la protection des données par le formulaire de contact.

        ## Responsabilité

        L'Observatoire s'efforce d'assurer l'exactitude des informations publiées, mais ne saurait être tenu responsable des erreurs ou omissions, ni de l'usage qui pourrait en être fait.
        """) with { Meta = HtmlMeta.None, TimeElement = false };
}

/// <summary>Terms for reusing the open data files (licence, formats, versioning): no territorial subject.</summary>
public sealed class DgclConditionsReutilisation2024 : ITerritoryBlind11Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-conditions-reutilisation-donnees-2024.html",
        "Conditions de réutilisation des jeux de données", "DGCL", "2024-02-13",
        DocumentTypeLabels.Page, Themes.Finances, "https://collectivites-locales.example/donnees/conditions-reutilisation", """
        ## La licence

        Les jeux de données publiés dans l'espace données du site sont diffusés sous licence ouverte. Vous pouvez les copier, les modifier, les diffuser et les exploiter, y compris à des fins commerciales, à condition de mentionner la paternité des données et la date de leur dernière mise à jour.

        ## Les formats

        Les fichiers sont proposés au format CSV, encodé en UTF-8, avec le point-virgule comme séparateur. Un dictionnaire des variables accompagne chaque jeu de données ; il précise le type, l'unité et la définition de chaque colonne. Les montants sont exprimés en euros courants, sans arrondi.

        ## Les versions

        Chaque mise à jour donne lieu à une nouvelle version, identifiée par sa date. Les versions précédentes restent téléchargeables pendant trois ans. Lorsqu'une erreur est corrigée, une note de version décrit la correction et les lignes concernées.

        ## Nous contacter

        Pour signaler une anomalie ou suggérer un nouveau jeu de données, utilisez le formulaire de contact. Les questions sont traitées dans un délai de quinze jours ouvrés. Nous ne répondons pas aux demandes d'extraction sur mesure, mais les scripts de production des fichiers sont publiés avec les données.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Données", "Conditions d'utilisation"] };
}
