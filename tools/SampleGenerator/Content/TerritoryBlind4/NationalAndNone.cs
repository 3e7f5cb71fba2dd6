using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind4 territory split (issue 13): national notes and tables listing every département or région (-> France),
// and documents with no territorial subject (-> none).
namespace SampleGenerator.Content.TerritoryBlind4;

/// <summary>National DGCL note on communes nouvelles; the communes named are examples.</summary>
public sealed class DgclCommunesNouvelles2024 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-bis-communes-nouvelles-2024.html",
        "Les communes nouvelles au 1er janvier 2024", "DGCL", "2024-03-26",
        DocumentTypeLabels.Bis, Themes.Geo, "https://collectivites-locales.example/bis/communes-nouvelles-2024", """
        ## Un mouvement qui ralentit

        Au 1er janvier 2024, la France compte 34 945 communes. Depuis 2015, 845 communes nouvelles ont été créées par le regroupement de 2 570 communes. Le rythme des créations a fortement ralenti depuis 2019 : douze communes nouvelles seulement sont nées en 2024.

        Les communes nouvelles se concentrent dans l'ouest du pays : la Normandie, les Pays de la Loire et la Bretagne en rassemblent plus de la moitié. Près de six sur dix réunissent deux ou trois communes seulement ; quelques-unes en regroupent plus de vingt.

        Les deux tiers des communes nouvelles comptent moins de 3 500 habitants. Le maintien de communes déléguées reste le choix le plus fréquent : il permet de conserver une mairie annexe et un maire délégué (données fictives).
        """) with { Breadcrumb = ["Statistiques", "Institutions"] };
}

/// <summary>DGFiP table with one row per département (first rows Ain, Aisne): France. PDF.</summary>
public sealed class DgfipTauxDepartements2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("dgfip-taux-foncier-departements-2023.pdf",
        "Taux de la taxe foncière sur les propriétés bâties votés par les départements en 2023", "DGFiP", "2023-10-24",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/fiscalite-locale/2023/taux-departements.pdf",
        "Direction générale des finances publiques — fiscalité locale 2023", "dernier taux voté", """
        ## Note de lecture

        Depuis 2021, les départements ne perçoivent plus la taxe foncière sur les propriétés bâties : sa part départementale a été transférée aux communes. Le tableau rappelle donc le dernier taux voté par chaque département, en 2020, qui sert de référence au calcul du coefficient correcteur des communes.

        | Département | Taux 2020 (%) | Produit 2020 (M€) |
        | 01 Ain | 13,97 | 118 |
        | 02 Aisne | 31,72 | 154 |
        | 03 Allier | 23,92 | 96 |
        | 04 Alpes-de-Haute-Provence | 22,97 | 47 |
        | 05 Hautes-Alpes | 16,08 | 41 |
        | … | … | … |
        | 974 La Réunion | 21,62 | 176 |
        | 976 Mayotte | 5,60 | 4 |
        Source : états fiscaux 1253 (données fictives ; tableau complet des 101 départements en annexe électronique).

        ## Commentaire

        Les taux départementaux s'échelonnaient de 5,6 % à 33,8 %. La moyenne nationale pondérée atteignait 16,8 %. Les départements ruraux du centre du pays pratiquaient les taux les plus élevés, pour compenser des bases plus faibles. La suppression de la taxe d'habitation et le transfert de la part départementale ont figé ces écarts dans les taux communaux.
        """);
}

/// <summary>OFGL note on regional investment, one line per région: France.</summary>
public sealed class OfglRegionsInvestissement2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-investissement-des-regions-2023.html",
        "L'investissement des régions en 2022", "OFGL", "2023-11-14",
        DocumentTypeLabels.Etude, Themes.Finances, "https://ofgl.example/publications/investissement-regions-2022", """
        ## Un niveau record

        Les dépenses d'investissement des régions ont atteint 12,4 milliards d'euros en 2022, en hausse de 9 %. Les transports ferroviaires et les lycées en représentent plus de la moitié.

        | Région | Investissement (€ par habitant) |
        | Auvergne-Rhône-Alpes | 168 |
        | Bourgogne-Franche-Comté | 201 |
        | Bretagne | 214 |
        | Centre-Val de Loire | 219 |
        | Corse | 612 |
        | Grand Est | 177 |
        | Hauts-de-France | 189 |
        | Île-de-France | 201 |
        | Normandie | 221 |
        | Nouvelle-Aquitaine | 186 |
        | Occitanie | 207 |
        | Pays de la Loire | 193 |
        | Provence-Alpes-Côte d'Azur | 178 |
        Source : comptes de gestion (données fictives ; les régions d'outre-mer figurent dans les données ouvertes).

        Le financement repose davantage sur l'emprunt qu'en 2021.
        """) with { Meta = HtmlMeta.DublinCore };
}

/// <summary>National methodological note on the fiscal regime of EPCI: France (a note about a level).</summary>
public sealed class DgclMethodoFpu2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-note-methodologique-fiscalite-professionnelle-unique-2022.html",
        "Note méthodologique : le régime de la fiscalité professionnelle unique des groupements", "DGCL", "2022-02-08",
        DocumentTypeLabels.Methodo, Themes.Finances, "https://collectivites-locales.example/methodes/fpu-2022", """
        ## Définition

        Un établissement public de coopération intercommunale à fiscalité professionnelle unique perçoit seul la fiscalité économique de son territoire, à la place de ses communes membres. En contrepartie, il leur verse une attribution de compensation, calculée lors du passage au régime et corrigée des charges transférées.

        ## Comment les statistiques en tiennent compte

        Pour comparer les recettes des communes, les statistiques retranchent ou ajoutent les reversements entre groupement et communes. Les agrégats « bloc communal » additionnent les comptes des communes et de leurs groupements en neutralisant ces flux croisés.

        Toutes les métropoles, communautés urbaines et communautés d'agglomération relèvent de ce régime ; la plupart des communautés de communes l'ont adopté.
        """) with { Breadcrumb = ["Statistiques", "Définitions"] };
}

/// <summary>A national DREES table of social aid by département (101 rows): France. PDF.</summary>
public sealed class DreesAideSocialeDepartements2022 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("drees-depenses-aide-sociale-departements-2022.pdf",
        "Les dépenses d'aide sociale des départements en 2022", "DREES", "2024-01-30",
        DocumentTypeLabels.Publication, Themes.Social, "https://drees.example/publications/aide-sociale-departements-2022.pdf",
        "DREES — Études et résultats", "aide sociale", """
        ## Une hausse portée par l'enfance et le handicap

        En 2022, les départements ont consacré 41,7 milliards d'euros nets à l'aide sociale, en hausse de 3,9 % en un an. L'aide sociale à l'enfance et la prestation de compensation du handicap sont les postes les plus dynamiques ; les dépenses d'allocation du revenu de solidarité active baissent avec l'amélioration du marché du travail.

        | Poste | Dépense nette (Md€) | Évolution (%) |
        | Aide sociale à l'enfance | 9,8 | 5,6 |
        | Personnes handicapées | 9,1 | 4,8 |
        | Personnes âgées | 8,3 | 2,9 |
        | Revenu de solidarité active | 11,2 | -1,4 |
        | Autres | 3,3 | 2,0 |
        Source : DREES, enquête Aide sociale (données fictives).

        ## De fortes disparités

        La dépense nette par habitant varie du simple au double entre départements : de 410 euros à plus de 800 euros. Les départements d'outre-mer et ceux du nord et du pourtour méditerranéen ont les dépenses de revenu de solidarité active les plus élevées. Le tableau détaillé, en annexe, donne pour chacun des 101 départements la dépense par habitant et par poste, classée par numéro de département.
        """);
}

/// <summary>No territorial subject: help page for an open-data API.</summary>
public sealed class OfglApiAide : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-aide-api-donnees.html",
        "Utiliser l'interface de programmation des données", "OFGL", "2024-02-20",
        DocumentTypeLabels.Guide, Themes.Finances, "https://ofgl.example/outils/aide-api", """
        ## À quoi sert l'interface

        L'interface de programmation permet d'interroger les jeux de données de l'observatoire depuis un programme, sans téléchargement manuel. Elle renvoie des résultats au format JSON ou CSV.

        ## Les paramètres

        Chaque requête précise le jeu de données, les champs souhaités et des filtres. Le paramètre « limit » fixe le nombre de lignes renvoyées, 100 par défaut et 10 000 au plus ; le paramètre « offset » permet de parcourir les résultats page par page. Les filtres portent sur n'importe quel champ, par exemple l'exercice ou le code de la collectivité.

        ## Les bonnes pratiques

        Mettez les résultats en cache plutôt que de répéter la même requête. Au-delà de 50 requêtes par minute, le service répond par une erreur 429 : attendez avant de recommencer.
        """) with { Breadcrumb = ["Outils", "Aide"] };
}

/// <summary>No territorial subject: a glossary of budget terms.</summary>
public sealed class DgclGlossaire2023 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-glossaire-budgetaire-2023.html",
        "Glossaire : les mots du budget local", "DGCL", "2023-05-02",
        DocumentTypeLabels.Guide, Themes.Finances, "https://collectivites-locales.example/glossaire-budget", """
        ## Autofinancement

        Part des dépenses d'investissement financée par des ressources propres, sans emprunt ni subvention. L'épargne brute en est la mesure la plus courante.

        ## Budget annexe

        Budget distinct du budget principal, obligatoire pour certains services, comme l'eau ou l'assainissement, qui doivent être équilibrés par leurs propres recettes.

        ## Décision modificative

        Délibération qui modifie en cours d'année les crédits votés au budget primitif.

        ## Restes à réaliser

        Dépenses engagées mais non mandatées, et recettes certaines mais non encore titrées, à la clôture de l'exercice. Ils sont repris au budget de l'année suivante.

        ## Section

        Le budget est divisé en deux sections, fonctionnement et investissement, chacune votée en équilibre.
        """);
}

/// <summary>No territorial subject: a publication calendar. PDF.</summary>
public sealed class InseeCalendrier2025 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("insee-calendrier-publications-collectivites-2025.pdf",
        "Calendrier prévisionnel des publications 2025 sur les collectivités", "INSEE", "2024-12-10",
        DocumentTypeLabels.Page, Themes.Geo, "https://insee.example/calendrier-collectivites-2025.pdf",
        "Calendrier prévisionnel des publications", "dates prévisionnelles", """
        ## Objet

        Ce calendrier annonce les dates prévisionnelles de diffusion des publications et des données relatives aux collectivités. Les dates peuvent être modifiées ; toute modification est annoncée au moins une semaine à l'avance.

        | Publication | Date prévue |
        | Populations légales millésimées | fin décembre |
        | Code officiel géographique | janvier |
        | Base permanente des équipements | mai |
        | Comparateur de territoires | juin |
        | Revenus localisés sociaux et fiscaux | septembre |
        | Estimations d'emploi localisées | novembre |
        Source : Insee.

        ## Modalités de diffusion

        Les données sont publiées à midi sur le site, accompagnées de leur documentation. Elles sont accessibles en même temps à tous les utilisateurs ; aucun accès anticipé n'est accordé, conformément au code de bonnes pratiques de la statistique européenne. Les fichiers volumineux sont également proposés dans des formats ouverts adaptés au traitement automatique.

        Les utilisateurs peuvent s'abonner aux avis de parution par courriel. Les questions sur le calendrier sont à adresser au service de la diffusion, qui répond sous cinq jours ouvrés. Les corrections éventuelles sont signalées dans une note jointe aux fichiers.
        """);
}

/// <summary>National report on local police forces across all communes: France.</summary>
public sealed class CourDesComptesPolicesMunicipales : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("cour-des-comptes-polices-municipales-2023.html",
        "Les polices municipales : dix ans d'évolution", "Cour des comptes", "2023-10-17",
        DocumentTypeLabels.Rapport, Themes.Securite, "https://ccomptes.example/publications/polices-municipales-2023", """
        ## Synthèse

        En dix ans, les effectifs des polices municipales ont progressé de 30 % pour atteindre 27 000 agents en France. Près de 4 500 communes disposent d'au moins un policier municipal. Les plus grandes villes et les communes du littoral méditerranéen concentrent les effectifs.

        Le rôle des polices municipales s'est élargi : elles interviennent de plus en plus en soirée et la nuit, et la moitié d'entre elles sont équipées d'armes à feu. Ce développement s'est fait sans doctrine nationale claire sur le partage des missions avec la police et la gendarmerie nationales.

        La Cour recommande de généraliser les conventions de coordination et de mieux mesurer l'activité de ces services (données fictives).
        """) with { Meta = HtmlMeta.Citation };
}
