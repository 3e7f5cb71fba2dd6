using SampleGenerator.Model;

// Blind territory split (issue 13): communes and départements whose names are common words or shared
// by several communes, disambiguated by a département, a postcode or the context.
namespace SampleGenerator.Content.TerritoryBlind;

/// <summary>"Rue" as a commune (Somme) and as a common word in every address.</summary>
public sealed class CrcHdfCommuneDeRue2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-hdf-commune-de-rue-somme-2022.html",
        Title = "Commune de Rue (Somme) : rapport d'observations définitives",
        Publisher = "Chambre régionale des comptes Hauts-de-France",
        Date = "2022-10-04",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances, Themes.Culture],
        Url = "https://ccomptes.example/crc/hauts-de-france/commune-de-rue-2022",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Hauts-de-France"],
        Body = """
            ## Synthèse

            La chambre a contrôlé les comptes et la gestion de la commune de Rue, dans la Somme, pour les exercices 2016 à 2021. Petite ville de 3 000 habitants située à l'entrée de la baie de Somme, Rue est membre de la communauté de communes Ponthieu-Marquenterre. Son budget principal s'élève à 4,1 M€ en fonctionnement.

            La commune a engagé en 2018 la restauration de la chapelle du Saint-Esprit et l'aménagement de la rue du Marché. Ces deux opérations, d'un coût total de 5,6 M€, ont été financées à 58 % par des subventions de l'État, de la région et du département. L'endettement a toutefois doublé sur la période et la capacité de désendettement atteint 11 années en 2021.

            | En milliers d'euros | 2016 | 2019 | 2021 |
            | Produits de gestion | 3 702 | 3 861 | 4 055 |
            | Épargne brute | 512 | 448 | 371 |
            | Encours de la dette | 2 110 | 3 480 | 4 090 |
            Source : comptes de gestion (données fictives).

            ## Recommandations

            - Adopter un plan pluriannuel d'investissement soutenable.
            - Tenir un inventaire du patrimoine conforme à l'actif.
            - Réviser les tarifs du camping municipal, déficitaire depuis 2019.

            Chambre régionale des comptes Hauts-de-France, 14 rue du Marché au Filé, 62012 Arras Cedex.
            """,
    };
}

/// <summary>"Mars" as a month and a commune with homonyms (Ardèche, Loire); postcode 42750 decides. PDF.</summary>
public sealed class DgfipFicheMars427502023 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "dgfip-fiche-fiscale-mars-42750-2023.pdf",
        Title = "Fiche de fiscalité directe locale 2023 — Mars (42750)",
        Publisher = "DGFiP",
        Date = "2023-11-20",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Finances],
        Url = "https://impots-collectivites.example/fiscalite-locale/fiches/42141-2023.pdf",
        RunningHeader = "DGFiP — Fiscalité directe locale 2023 — commune 42141",
        Masthead = ["Direction générale des finances publiques", "Fiscalité directe locale — exercice 2023"],
        Subtitle = "Commune de Mars, département de la Loire, code INSEE 42141",
        CheckPhrase = "Commune de Mars",
        Body = """
            ## Identification

            Commune : Mars. Code postal : 42750. Département : Loire. Groupement à fiscalité propre : communauté de communes Charlieu-Belmont. Population DGF : 571 habitants.

            Les bases et taux ci-dessous ont été notifiés à la commune le 14 mars 2023 (état 1259) et votés par le conseil municipal avant le 15 avril. Ils ne doivent pas être confondus avec ceux des communes homonymes de l'Ardèche et du Gard.

            ## Bases et produits votés

            | Taxe | Base nette (€) | Taux communal (%) | Produit (€) |
            | Taxe foncière sur les propriétés bâties | 412 600 | 33,96 | 140 119 |
            | Taxe foncière sur les propriétés non bâties | 58 300 | 41,20 | 24 020 |
            | Taxe d'habitation sur les résidences secondaires | 39 800 | 9,41 | 3 745 |
            | Cotisation foncière des entreprises | néant | — | — |
            Source : DGFiP, états fiscaux 1259 et 1288 (données fictives).

            ## Observations

            Le taux de taxe foncière sur les propriétés bâties intègre depuis 2021 l'ancien taux départemental de la Loire. Le coefficient correcteur appliqué à la commune, inférieur à 1, traduit une surcompensation de la suppression de la taxe d'habitation sur les résidences principales. Le produit des taxes foncières progresse de 7,1 % en 2023, sous l'effet de la revalorisation forfaitaire des valeurs locatives (7,1 %), les taux étant inchangés.

            La cotisation foncière des entreprises est perçue par la communauté de communes, qui relève du régime de la fiscalité professionnelle unique. La commune perçoit en retour une attribution de compensation de 18 400 €.

            Document établi pour l'information du conseil municipal ; il ne vaut pas notification.
            """,
    };
}

/// <summary>Laval (Mayenne), homonym of Laval (Isère); the agglomeration is mentioned, not the subject.</summary>
public sealed class OfglFicheLaval2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-fiche-commune-laval-mayenne-2022.html",
        Title = "Laval (Mayenne) — fiche financière de la commune, exercice 2022",
        Publisher = "OFGL",
        Date = "2023-07-11",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Finances],
        Url = "https://ofgl.example/fiches/commune/53130/2022",
        Meta = HtmlMeta.OpenGraph,
        DateCue = "Mise à jour le 11/07/2023",
        Breadcrumb = ["Données", "Fiches communes"],
        Body = """
            ## Présentation

            Laval, préfecture de la Mayenne (code INSEE 53130), compte 49 400 habitants. La commune est la ville-centre de Laval Agglomération, à laquelle elle a transféré la collecte des déchets, l'eau, l'assainissement et les transports urbains. Les chiffres ci-dessous portent sur le seul budget principal de la commune.

            | En euros par habitant | Laval | Strate 20 000 à 50 000 hab. |
            | Recettes de fonctionnement | 1 428 | 1 362 |
            | Dépenses de personnel | 752 | 701 |
            | Dépenses d'équipement | 318 | 356 |
            | Encours de dette | 1 044 | 1 021 |
            Source : DGFiP, comptes de gestion 2022 ; calculs OFGL (données fictives).

            ## Lecture

            Les charges de personnel sont supérieures à la moyenne de la strate, en raison de la gestion directe des crèches et de la restauration scolaire. L'effort d'équipement reste inférieur à la moyenne malgré la rénovation du théâtre. La dette, stable depuis 2018, est à 80 % à taux fixe.

            Attention : la commune de Laval située en Isère (38190) fait l'objet d'une fiche distincte.
            """,
    };
}

/// <summary>"Tours" as a commune and a common word; the métropole is mentioned, not the subject.</summary>
public sealed class CrcCvlVilleDeTours2021 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-cvl-ville-de-tours-2021.html",
        Title = "Ville de Tours : la gestion des équipements sportifs",
        Publisher = "Chambre régionale des comptes Centre-Val de Loire",
        Date = "2021-06-29",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Culture, Themes.Finances],
        Url = "https://ccomptes.example/crc/centre-val-de-loire/tours-equipements-sportifs-2021",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Publications", "Centre-Val de Loire"],
        Body = """
            ## Synthèse

            La ville de Tours possède 42 gymnases, 11 stades et 4 piscines, dont la gestion mobilise 260 agents. Le contrôle de la chambre, qui a donné lieu à plusieurs tours de contradiction avec l'ordonnateur, porte sur les exercices 2015 à 2020.

            Le patrimoine sportif est vieillissant : 60 % des équipements ont plus de quarante ans. La commune ne dispose pas d'un schéma directeur et programme ses travaux au fil des urgences. Les créneaux attribués aux clubs ne font l'objet d'aucune convention pour la moitié d'entre eux, ce qui empêche de valoriser les avantages en nature consentis.

            ## Les relations avec la métropole

            Tours Métropole Val de Loire a reconnu d'intérêt métropolitain la patinoire et le stade de la Vallée du Cher. La répartition des charges entre la ville et la métropole pour ces deux équipements n'est pas documentée. La chambre recommande une convention de gestion précisant les coûts pris en charge par chacun.

            ## Recommandations

            - Établir un schéma directeur des équipements sportifs de la ville.
            - Conventionner toutes les mises à disposition aux associations.
            - Mesurer le taux d'occupation réel des gymnases.
            """,
    };
}

/// <summary>"Condom" (Gers), a name readers do not expect as a place; the CC de la Ténarèze is mentioned.</summary>
public sealed class CrcOccitanieCommuneDeCondom2020 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-occitanie-commune-de-condom-2020.html",
        Title = "Commune de Condom : situation financière et gestion du patrimoine",
        Publisher = "Chambre régionale des comptes Occitanie",
        Date = "2020-12-08",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances],
        Url = "https://ccomptes.example/crc/occitanie/condom-2020",
        HasSidecar = false,
        DateCue = "Rapport d'observations définitives délibéré le 8 décembre 2020",
        Breadcrumb = ["Publications", "Occitanie"],
        Body = """
            La commune de Condom, sous-préfecture du Gers, compte 6 500 habitants. Ville d'étape sur les chemins de Saint-Jacques, elle possède un patrimoine important : la cathédrale Saint-Pierre, le cloître et plusieurs hôtels particuliers, dont certains abritent des services municipaux.

            ## Situation financière

            Les produits de gestion atteignent 8,3 M€ en 2019. La commune dégage une épargne brute moyenne de 1,1 M€, suffisante pour financer un programme d'investissement modeste. La dette a été réduite de 9,8 M€ à 7,2 M€ entre 2014 et 2019.

            | En milliers d'euros | 2014 | 2017 | 2019 |
            | Produits de gestion | 7 902 | 8 104 | 8 311 |
            | Épargne brute | 1 012 | 1 145 | 1 093 |
            | Encours de dette | 9 820 | 8 410 | 7 215 |
            Source : comptes de gestion (données fictives).

            ## Gestion du patrimoine

            La commune n'a pas recensé ses biens immobiliers ; plusieurs bâtiments sont vacants depuis plus de dix ans. La chambre recommande une stratégie patrimoniale assortie de cessions. Elle relève aussi que la piscine, utilisée par les habitants de toute la communauté de communes de la Ténarèze, reste entièrement à la charge de la commune.
            """,
    };
}

/// <summary>Saint-Paul (La Réunion), with metropolitan homonyms.</summary>
public sealed class InseeSaintPaulReunion2021 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-saint-paul-la-reunion-emploi-2021.html",
        Title = "Saint-Paul : un emploi tourné vers le tourisme et les services à la population",
        Publisher = "INSEE",
        Date = "2021-09-16",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Emploi],
        Url = "https://insee.example/reunion/saint-paul-emploi-2021",
        Meta = HtmlMeta.JsonLd,
        TimeElement = true,
        Breadcrumb = ["Statistiques", "La Réunion"],
        Lead = "Insee Analyses La Réunion n° 61",
        Body = """
            ## Une commune de 108 000 habitants

            Saint-Paul est la deuxième commune de La Réunion par sa population, après Saint-Denis. Elle s'étend du littoral de l'Ouest, où se concentrent les stations balnéaires de Boucan Canot et de l'Hermitage, jusqu'aux Hauts et au cirque de Mafate. Elle compte 31 500 emplois en 2018.

            ## Le tourisme, premier employeur privé

            L'hébergement et la restauration fournissent 3 800 emplois, soit 12 % de l'emploi de la commune, contre 6 % en moyenne dans l'île. Les services à la population, santé, action sociale et enseignement, en fournissent 9 400. L'emploi public est moins présent qu'à Saint-Denis, chef-lieu du département.

            | Secteur | Emplois 2018 | Part (%) |
            | Hébergement et restauration | 3 800 | 12 |
            | Commerce | 5 100 | 16 |
            | Santé et action sociale | 5 600 | 18 |
            | Administration publique | 3 800 | 12 |
            Source : Insee, recensement de la population 2018 (données fictives).

            ## Des actifs qui partent travailler ailleurs

            Un actif occupé sur trois résidant à Saint-Paul travaille dans une autre commune, principalement au Port et à Saint-Denis. Le taux de chômage, 24 %, reste supérieur à la moyenne régionale.

            Ne pas confondre avec les communes de Saint-Paul situées en Corrèze, en Gironde, dans l'Oise ou dans l'Orne.
            """,
    };
}

/// <summary>"Apt" (Vaucluse), a three-letter name inside words ("apte", "adapté").</summary>
public sealed class CrcPacaCommuneDApt2019 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-paca-commune-d-apt-2019.html",
        Title = "Commune d'Apt (Vaucluse)",
        Publisher = "Chambre régionale des comptes Provence-Alpes-Côte d'Azur",
        Date = "2019-04-16",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances, Themes.Emploi],
        Url = "https://ccomptes.example/crc/paca/apt-2019",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Provence-Alpes-Côte d'Azur"],
        Body = """
            ## Synthèse

            Apt, sous-préfecture du Vaucluse, compte 11 000 habitants et se situe au cœur du parc naturel régional du Luberon. La commune emploie 240 agents. Elle est membre de la communauté de communes Pays d'Apt-Luberon, qui exerce notamment la compétence développement économique.

            La chambre relève une organisation du temps de travail peu adaptée : la durée annuelle effective est inférieure de 54 heures à la durée légale, ce qui représente l'équivalent de 7 emplois à temps plein. Le régime indemnitaire n'a pas été mis en conformité avec le RIFSEEP avant 2018.

            ## Finances

            La situation financière s'est redressée depuis 2015 : l'épargne brute est passée de 0,6 M€ à 1,9 M€ grâce à la maîtrise des charges courantes. La commune est désormais apte à financer la rénovation de la place du marché sans recours excessif à l'emprunt.

            | En milliers d'euros | 2014 | 2016 | 2018 |
            | Charges de personnel | 9 214 | 9 098 | 8 960 |
            | Épargne brute | 610 | 1 240 | 1 905 |
            Source : comptes de gestion (données fictives).

            ## Recommandations

            - Respecter la durée légale du temps de travail.
            - Fiabiliser le suivi des heures supplémentaires.
            """,
    };
}

/// <summary>"Mens" (Isère), a short name; the CC du Trièves is mentioned.</summary>
public sealed class CrcAraCommuneDeMens2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-ara-commune-de-mens-2022.html",
        Title = "Commune de Mens : l'exploitation de la maison de santé",
        Publisher = "Chambre régionale des comptes Auvergne-Rhône-Alpes",
        Date = "2022-02-22",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Social],
        Url = "https://ccomptes.example/crc/ara/mens-maison-de-sante-2022",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Chambres régionales", "Auvergne-Rhône-Alpes"],
        Body = """
            ## Le contexte

            Mens, bourg de 1 400 habitants du Trièves, dans le sud de l'Isère, a ouvert en 2017 une maison de santé pluriprofessionnelle qui accueille deux médecins généralistes, un dentiste, des infirmiers et un kinésithérapeute. La commune en est propriétaire et la loue aux professionnels.

            ## Un équilibre fragile

            Le bâtiment a coûté 1,8 M€, financés à 62 % par des subventions. Les loyers, fixés bas pour attirer les praticiens, couvrent 55 % des annuités d'emprunt et des charges d'entretien. Le déficit annuel, 38 000 €, pèse sur un budget communal de 1,6 M€.

            La chambre note que la maison de santé rayonne sur tout le canton et que la communauté de communes du Trièves ne participe pas à son financement. Elle invite la commune à proposer une convention de partage des charges ou un transfert de l'équipement.

            ## Recommandations

            - Isoler l'activité dans un budget annexe.
            - Réviser les loyers selon un barème connu des professionnels.
            """,
    };
}

/// <summary>"Cher" as a département and a common word ("plus cher"); the Vallée du Cher elsewhere. PDF.</summary>
public sealed class DreesDepartementDuCherApa2020 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "drees-departement-du-cher-apa-2020.pdf",
        Title = "L'allocation personnalisée d'autonomie dans le Cher : bénéficiaires et dépenses en 2019",
        Publisher = "DREES",
        Date = "2020-11-05",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Social],
        Url = "https://drees.example/publications/apa-cher-2020.pdf",
        RunningHeader = "DREES — Étude départementale — APA dans le Cher",
        Masthead = ["DREES — Études et résultats départementaux", "Novembre 2020"],
        Byline = ["En partenariat avec le conseil départemental du Cher"],
        CheckPhrase = "département du Cher",
        Body = """
            ## Résumé

            Fin 2019, 9 800 personnes âgées bénéficient de l'allocation personnalisée d'autonomie (APA) dans le département du Cher, soit 8,9 % des personnes de 60 ans ou plus, contre 7,8 % en France. Le vieillissement de la population, plus marqué qu'ailleurs, explique l'essentiel de l'écart.

            ## Domicile et établissement

            Six bénéficiaires sur dix vivent à domicile. Le plan d'aide moyen à domicile s'élève à 512 € par mois. Il est en moyenne moins cher qu'au niveau national, car les heures d'aide à domicile sont tarifées plus bas par le conseil départemental.

            | Indicateur | Cher | France |
            | Bénéficiaires pour 100 personnes de 60 ans ou plus | 8,9 | 7,8 |
            | Part à domicile (%) | 61 | 59 |
            | Montant moyen du plan d'aide à domicile (€) | 512 | 558 |
            | Dépense brute par habitant (€) | 98 | 87 |
            Source : DREES, enquête Aide sociale 2019 (données fictives).

            ## Dépenses

            La dépense brute d'APA atteint 29,9 M€, dont 31 % sont compensés par la Caisse nationale de solidarité pour l'autonomie. Le reste à charge pour le département a progressé de 14 % depuis 2015.

            ## Territoires

            Les bénéficiaires sont plus nombreux dans le sud du département, autour de Saint-Amand-Montrond, et moins nombreux dans l'agglomération de Bourges. Les services d'aide à domicile peinent à recruter dans les cantons ruraux, ce qui allonge les délais de mise en œuvre des plans d'aide.
            """,
    };
}

/// <summary>Sainte-Marie (La Réunion), homonym of four metropolitan communes. PDF.</summary>
public sealed class DgclDotationsSainteMarieReunion2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "dgcl-dotations-sainte-marie-reunion-2022.pdf",
        Title = "Dotations de l'État 2022 : commune de Sainte-Marie (La Réunion)",
        Publisher = "DGCL",
        Date = "2022-05-02",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Dotations],
        Url = "https://collectivites-locales.example/dotations/2022/97418.pdf",
        RunningHeader = "DGCL — Fiche individuelle DGF 2022 — 97418",
        Masthead = ["Direction générale des collectivités locales", "Dotation globale de fonctionnement 2022"],
        Subtitle = "Sainte-Marie — département de La Réunion (974) — code INSEE 97418",
        CheckPhrase = "Sainte-Marie",
        Body = """
            ## Données de la commune

            Population DGF : 38 214 habitants. Potentiel financier par habitant : 1 012 €, contre 1 196 € pour la strate. Effort fiscal : 1,21. Longueur de voirie : 214 km. Groupement : communauté intercommunale du Nord de La Réunion (CINOR), dont le siège est à Saint-Denis.

            ## Montants notifiés

            | Dotation | 2021 (€) | 2022 (€) |
            | Dotation forfaitaire | 6 412 300 | 6 398 150 |
            | Dotation de solidarité urbaine | 1 874 000 | 1 961 500 |
            | Dotation d'aménagement des communes d'outre-mer | 2 940 700 | 3 108 200 |
            | Dotation nationale de péréquation | 512 400 | 498 600 |
            Source : DGCL, notifications 2022 (données fictives).

            ## Commentaire

            La dotation forfaitaire baisse légèrement en raison de l'écrêtement appliqué aux communes dont le potentiel fiscal dépasse 85 % de la moyenne. La quote-part outre-mer de la dotation d'aménagement progresse de 5,7 %, conformément à la loi de finances pour 2022.

            Les communes homonymes des Ardennes, du Cantal, du Doubs et du Gers reçoivent des fiches distinctes ; seule la commune réunionnaise est concernée ici. Les montants seront versés par douzièmes par la direction régionale des finances publiques de La Réunion.
            """,
    };
}

/// <summary>"Grasse" as a commune and an adjective ("matière grasse"). PDF.</summary>
public sealed class InseeGrasseParfumerie2019 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "insee-grasse-emploi-industriel-2019.pdf",
        Title = "Grasse : l'industrie des arômes et parfums résiste",
        Publisher = "INSEE",
        Date = "2019-03-26",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Emploi],
        Url = "https://insee.example/paca/grasse-industrie-2019.pdf",
        RunningHeader = "Insee Analyses Provence-Alpes-Côte d'Azur — Grasse",
        Masthead = ["Insee Analyses Provence-Alpes-Côte d'Azur", "N° 72 — mars 2019"],
        CheckPhrase = "commune de Grasse",
        Body = """
            ## Une spécialisation ancienne

            La commune de Grasse, dans les Alpes-Maritimes, compte 51 000 habitants. Berceau de la parfumerie, elle concentre 3 200 emplois salariés dans la fabrication d'arômes, de parfums et d'huiles essentielles, soit près d'un emploi industriel sur deux du département. Les entreprises transforment des matières premières végétales, mais aussi des corps gras : la technique de l'enfleurage, qui utilise une graisse animale, y est encore enseignée.

            ## Un emploi stable

            Entre 2010 et 2016, l'emploi industriel a reculé de 4 % dans les Alpes-Maritimes mais s'est maintenu à Grasse. Les établissements du secteur exportent 70 % de leur production.

            | Indicateur | Grasse | Alpes-Maritimes |
            | Emplois salariés industriels | 6 900 | 37 400 |
            | dont arômes et parfums | 3 200 | 3 600 |
            | Évolution 2010-2016 (%) | + 0,4 | - 4,1 |
            Source : Insee, Flores 2016 (données fictives).

            ## Des difficultés de logement

            Les salariés du secteur résident souvent hors de la commune, faute de logements abordables : 45 % habitent dans une autre commune de la communauté d'agglomération du Pays de Grasse. Les cadres, plus nombreux qu'ailleurs, vivent fréquemment à Cannes ou à Antibes. La ville a lancé un programme de rénovation du centre ancien pour attirer ces actifs.
            """,
    };
}

/// <summary>"Var" as a département and inside "variation"; the conseil départemental's colleges. PDF.</summary>
public sealed class CrcPacaDepartementDuVarColleges2022 : ITerritoryBlindSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "crc-paca-departement-du-var-colleges-2022.pdf",
        Title = "Département du Var : la politique des collèges",
        Publisher = "Chambre régionale des comptes Provence-Alpes-Côte d'Azur",
        Date = "2022-07-05",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Culture, Themes.Finances],
        Url = "https://ccomptes.example/crc/paca/departement-83-colleges-2022.pdf",
        RunningHeader = "CRC Provence-Alpes-Côte d'Azur — Département du Var — collèges",
        Masthead = ["Chambre régionale des comptes Provence-Alpes-Côte d'Azur", "Rapport d'observations définitives"],
        CheckPhrase = "département du Var",
        Body = """
            ## Synthèse

            Le département du Var a la charge de 76 collèges publics accueillant 58 000 élèves. La chambre a examiné la politique départementale des collèges de 2016 à 2021 : programmation des travaux, dotations de fonctionnement, restauration scolaire et numérique éducatif.

            ## Les effectifs et la carte scolaire

            La variation des effectifs est très contrastée : ils progressent de 9 % dans l'aire toulonnaise et dans l'est du département, autour de Fréjus et de Saint-Raphaël, et baissent dans le Haut-Var. Le département n'a pas révisé sa sectorisation depuis 2012, si bien que plusieurs collèges du littoral dépassent leur capacité d'accueil.

            | Indicateur | 2016 | 2018 | 2021 |
            | Élèves | 55 900 | 57 100 | 58 200 |
            | Dépenses d'investissement (M€) | 42 | 51 | 68 |
            | Dotations de fonctionnement (M€) | 9,8 | 10,1 | 10,4 |
            Source : département du Var, comptes administratifs (données fictives).

            ## La restauration scolaire

            La restauration est assurée en régie dans 61 collèges. Le coût de revient d'un repas varie de 6,10 € à 11,40 € selon les établissements, sans que le département en connaisse les raisons. La chambre recommande une analyse des coûts et un schéma directeur pluriannuel des investissements.

            ## Recommandations

            - Réviser la sectorisation des collèges.
            - Adopter un plan pluriannuel d'investissement chiffré.
            - Harmoniser le pilotage de la restauration scolaire.
            """,
    };
}
