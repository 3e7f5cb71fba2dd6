using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind13 territory split (issue 13): national notes, tables with one row per territory, and documents with no territorial subject.
namespace SampleGenerator.Content.TerritoryBlind13;

/// <summary>Table with one row per région (Auvergne-Rhône-Alpes first, an ellipsis, then the overseas collectivities): France, not its rows (the Collectivité de Corse and Île-de-France are subjects of other documents here).</summary>
public sealed class OfglRegionsInvestissement2023 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-investissement-regions-2023.html",
        "L'investissement des régions en 2023 : le tableau par région", "OFGL", "2024-05-14",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://data.ofgl.example/donnees/investissement-regions-2023", """
        ## Le tableau

        Les dépenses d'investissement des régions ont progressé de 7,8 % en 2023, pour atteindre 13,1 milliards d'euros hors remboursement de la dette. Les transports ferroviaires régionaux, les lycées et les aides aux entreprises concentrent l'essentiel de l'effort. Le tableau ci-dessous donne, pour chaque région et collectivité exerçant les compétences régionales, le montant investi et son évolution sur un an.

        | Région | Dépenses d'équipement 2023 (M€) | Évolution 2022-2023 |
        | Auvergne-Rhône-Alpes | 1 610 | + 6 % |
        | Bourgogne-Franche-Comté | 612 | + 9 % |
        | Bretagne | 598 | + 4 % |
        | Centre-Val de Loire | 471 | + 11 % |
        | Corse | 402 | + 3 % |
        | … | … | … |
        | Guadeloupe, Guyane, Martinique, La Réunion, Mayotte | 95 à 560 | - 4 à + 14 % |

        ## Méthode

        Les montants proviennent des comptes de gestion. Pour la Corse, la Martinique et la Guyane, collectivités uniques, seule la part correspondant aux compétences régionales a été retenue, selon une clé de répartition décrite dans la documentation. L'Île-de-France inclut les subventions versées à l'établissement public chargé des transports, mais non les dépenses de cet établissement lui-même.

        ## Lecture

        La hausse est générale, mais elle est plus forte dans les régions qui renouvellent leur matériel ferroviaire. L'investissement par habitant varie du simple au double entre les régions métropolitaines. Les comparaisons doivent tenir compte des transferts de compétences propres à chaque collectivité. Le fichier complet, avec les séries depuis 2016, est disponible en données ouvertes.

        ## Précautions

        Les montants de 2023 sont provisoires pour trois collectivités dont les comptes de gestion n'étaient pas arrêtés à la date de publication. Ils seront révisés lors de la mise à jour de l'automne. Les évolutions sont calculées à périmètre constant, en neutralisant les transferts de compétences intervenus en cours d'année, notamment dans le domaine des transports scolaires et interurbains.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Données", "Régions"] };
}

/// <summary>National statistical bulletin on the syndicats intercommunaux (SIVU, SIVOM, syndicats mixtes) in France: France only; a SIVU "de la vallée" and a syndicat mixte "du bassin" are generic examples without place.</summary>
public sealed class DgclBisSyndicats2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("dgcl-bis-syndicats-intercommunaux-2024.pdf",
        "Les syndicats intercommunaux et mixtes au 1er janvier 2024", "DGCL", "2024-04-25",
        DocumentTypeLabels.Bis, Themes.Geo, "https://collectivites-locales.example/bis-syndicats-2024.pdf",
        "Bulletin d'information statistique de la DGCL", "vocation multiple", """
        ## Une baisse continue

        Au 1er janvier 2024, la France compte 8 610 syndicats intercommunaux et mixtes, contre 13 400 dix ans plus tôt. La baisse a été particulièrement rapide entre 2016 et 2020, lorsque les lois de réforme territoriale ont transféré aux communautés de communes et d'agglomération des compétences jusqu'alors exercées par des syndicats, comme l'eau, l'assainissement ou la gestion des milieux aquatiques.

        ## Les différentes catégories

        Les syndicats intercommunaux à vocation unique restent les plus nombreux : ils sont 5 480, soit 64 % de l'ensemble. Ils gèrent le plus souvent une école, un réseau d'eau, un équipement sportif ou le transport scolaire. Les syndicats intercommunaux à vocation multiple sont 890. Les syndicats mixtes, qui associent des collectivités de niveaux différents ou des établissements publics, sont 2 240 ; leur nombre se stabilise, car ils portent souvent des compétences à l'échelle d'un bassin versant ou d'un massif.

        ## Des structures de taille très variable

        La moitié des syndicats comptent moins de cinq membres. Un syndicat à vocation unique typique, créé par deux ou trois communes d'une même vallée, dispose d'un budget inférieur à 200 000 euros et n'emploie aucun agent. À l'inverse, les grands syndicats départementaux d'énergie ou de traitement des déchets gèrent des budgets de plusieurs centaines de millions d'euros.

        ## Les compétences

        L'eau potable et l'assainissement restent les premières compétences exercées, suivies par l'énergie, les affaires scolaires et la gestion des déchets. Les syndicats de rivière se sont transformés en établissements publics d'aménagement et de gestion de l'eau ou en syndicats mixtes de bassin.

        ## Méthode

        Les données sont issues de la base nationale sur l'intercommunalité, alimentée par les préfectures.
        """) with { Masthead = ["Bulletin d'information statistique", "n° 186 - avril 2024"] };
}

/// <summary>Methodological note on the grille communale de densité (a nationwide classification of all communes, no place).</summary>
public sealed class InseeNoteGrilleDensite2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("insee-note-grille-communale-densite-2024.html",
        "La grille communale de densité à sept niveaux : mode d'emploi", "INSEE", "2024-03-12",
        DocumentTypeLabels.Methodo, Themes.Geo, "https://insee.example/methodes/grille-densite-7-niveaux", """
        ## À quoi sert la grille

        La grille communale de densité classe chaque commune française selon la répartition de sa population sur son territoire. Elle permet de distinguer les communes densément peuplées, les communes de densité intermédiaire et les communes rurales, et de comparer les territoires sans dépendre des limites administratives. Elle est utilisée pour définir les communes rurales dans de nombreuses politiques publiques et dans les statistiques européennes.

        ## Comment elle est construite

        Le territoire est découpé en carreaux d'un kilomètre de côté. On repère d'abord les agrégats de carreaux contigus dont la densité et la population dépassent certains seuils. Chaque commune est ensuite classée selon la part de sa population qui vit dans ces agrégats. La version à sept niveaux, diffusée depuis 2022, distingue notamment, au sein des communes rurales, les bourgs ruraux, le rural à habitat dispersé et le rural à habitat très dispersé.

        ## Ce que la grille ne dit pas

        La grille décrit la répartition de la population, pas les modes de vie ni l'accès aux services. Une commune peut être classée rurale tout en étant proche d'une grande ville, et une petite commune très dense peut être classée urbaine. Pour analyser l'influence des villes, il faut recourir au zonage en aires d'attraction des villes, qui repose sur les déplacements domicile-travail.

        ## Mises à jour

        La grille est mise à jour chaque année à partir des données carroyées les plus récentes et de la géographie communale au 1er janvier. Les changements de classe d'une année sur l'autre restent rares et concernent surtout des communes proches des seuils. Les fusions de communes peuvent également modifier le classement d'une commune nouvelle par rapport à celui de ses anciennes communes.
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Définitions et méthodes", "Zonages"] };
}

/// <summary>Cour des comptes report on the tourism offices of all communes and EPCI: France; a resort and a "station classée" are generic examples without place.</summary>
public sealed class CcomptesOfficesTourisme2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => PdfDoc("ccomptes-offices-de-tourisme-2024.pdf",
        "Les offices de tourisme : une organisation à simplifier", "Cour des comptes", "2024-02-07",
        DocumentTypeLabels.Rapport, Themes.Emploi, "https://ccomptes.example/rapport-public-annuel-2024-offices-tourisme.pdf",
        "Cour des comptes - rapport public annuel 2024", "taxe de séjour", """
        ## L'enquête

        La Cour des comptes et les chambres régionales des comptes ont mené une enquête commune sur les offices de tourisme, à partir de l'examen de quarante offices et d'un questionnaire adressé à l'ensemble des intercommunalités. Depuis la loi de 2015, la promotion du tourisme est une compétence obligatoire des communautés de communes et d'agglomération, mais les communes classées stations de tourisme ont pu conserver leur propre office.

        ## Un paysage encore éclaté

        On compte aujourd'hui environ 1 200 offices de tourisme en France, contre 2 800 avant la réforme. Leur statut est très divers : services en régie, associations, établissements publics industriels et commerciaux, sociétés publiques locales. Dans plusieurs vallées de montagne et sur certains littoraux, des offices communaux et un office intercommunal coexistent sur un même territoire et se font concurrence pour attirer les mêmes visiteurs.

        ## Des financements fragiles

        La taxe de séjour finance en moyenne 45 % du budget des offices. Son produit a fortement augmenté depuis la généralisation de la collecte par les plateformes de location en ligne, mais les collectivités n'en reversent pas toujours l'intégralité à leur office, contrairement à ce que prévoit la loi. La Cour relève également que le suivi de la fréquentation reste imprécis.

        ## Les recommandations

        La Cour recommande de limiter le maintien des offices communaux aux stations classées qui en démontrent l'intérêt, de contrôler l'affectation de la taxe de séjour et de doter chaque office d'objectifs mesurables. Elle invite enfin l'État à simplifier le classement des offices, dont les critères n'ont pas été revus depuis dix ans.
        """) with { Byline = ["Rapport public annuel 2024", "Tome II"] };
}

/// <summary>Accessibility statement of a web site: no territorial subject.</summary>
public sealed class DgclDeclarationAccessibilite2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("dgcl-declaration-accessibilite-2024.html",
        "Déclaration d'accessibilité", "DGCL", "2024-01-15",
        DocumentTypeLabels.Page, Themes.Geo, "https://collectivites-locales.example/accessibilite", """
        ## Engagement

        La direction générale des collectivités locales s'engage à rendre ses sites internet, intranet et extranet accessibles, conformément à l'article 47 de la loi du 11 février 2005. Cette déclaration d'accessibilité s'applique au présent site de publication statistique.

        ## État de conformité

        Le site est partiellement conforme avec le référentiel général d'amélioration de l'accessibilité, version 4.1, en raison des non-conformités et des dérogations énumérées ci-dessous. L'audit réalisé par un prestataire externe révèle que 78 % des critères sont respectés.

        ## Contenus non accessibles

        Certains graphiques ne disposent pas d'une alternative textuelle suffisante. Quelques tableaux de données téléchargeables au format tableur n'ont pas d'en-têtes correctement déclarés. Les documents au format PDF publiés avant 2020 ne sont pas tous balisés ; une version accessible peut être fournie sur demande. Les cartes interactives ne sont pas utilisables au clavier.

        ## Établissement de cette déclaration

        Cette déclaration a été établie le 15 janvier 2024. Les vérifications ont porté sur un échantillon de vingt pages représentatives, avec les navigateurs et les lecteurs d'écran les plus courants.

        ## Retour d'information et contact

        Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du site pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme, au moyen du formulaire de contact.

        ## Voies de recours

        Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu ou à une fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de saisir le Défenseur des droits, par courrier postal gratuit ou par l'intermédiaire de l'un de ses délégués.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = null, Breadcrumb = ["Accessibilité"] };
}

/// <summary>Glossary of local-finance terms (épargne brute, capacité de désendettement, ...): no territorial subject.</summary>
public sealed class OfglGlossaireFinances2024 : ITerritoryBlind13Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-glossaire-finances-locales-2024.html",
        "Glossaire : les mots des finances locales", "OFGL", "2024-09-02",
        DocumentTypeLabels.Guide, Themes.Finances, "https://data.ofgl.example/glossaire", """
        ## Pourquoi ce glossaire

        Les comptes des collectivités locales utilisent un vocabulaire technique qui peut dérouter les lecteurs non spécialistes. Ce glossaire définit, en termes simples, les notions les plus employées dans nos études et nos jeux de données.

        ## Épargne brute

        Différence entre les recettes et les dépenses réelles de fonctionnement. Elle mesure la capacité d'une collectivité à financer ses investissements et à rembourser sa dette sans emprunter. On parle aussi de capacité d'autofinancement brute.

        ## Taux d'épargne brute

        Rapport entre l'épargne brute et les recettes réelles de fonctionnement. Un taux inférieur à 8 % est généralement considéré comme un signal d'alerte.

        ## Capacité de désendettement

        Nombre d'années qu'il faudrait à une collectivité pour rembourser toute sa dette si elle y consacrait la totalité de son épargne brute. La loi fixe des plafonds de référence : douze ans pour les communes et leurs groupements, dix ans pour les départements, neuf ans pour les régions.

        ## Dépenses d'équipement

        Dépenses d'investissement consacrées à l'acquisition, la construction ou la rénovation de biens durables : bâtiments, routes, réseaux, matériel. Elles excluent le remboursement de la dette et les subventions versées à des tiers.

        ## Potentiel financier

        Indicateur de la richesse d'une collectivité, qui additionne les recettes fiscales qu'elle obtiendrait en appliquant les taux moyens nationaux et certaines dotations. Il sert à répartir les dotations de péréquation.

        ## Fonds de roulement

        Excédent cumulé des exercices passés, disponible pour financer les dépenses à venir.

        ## Pour aller plus loin

        Chaque jeu de données de l'observatoire est accompagné d'une documentation qui précise le mode de calcul des ratios et leurs limites.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Aide", "Glossaire"] };
}
