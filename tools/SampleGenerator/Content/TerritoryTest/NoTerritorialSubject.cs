using SampleGenerator.Model;

// Held-out territory test set: documents with no territorial subject, where places appear only in an
// address, an example code or a header.
namespace SampleGenerator.Content.TerritoryTest;

/// <summary>Survey statistics; the only place is the publisher's address.</summary>
public sealed class InseeMethodeIntervallesConfiance : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-methode-precision-estimations-enquetes.html",
        Title = "Mesurer la précision d'une estimation issue d'une enquête par sondage",
        Publisher = "INSEE",
        Date = "2020-09-24",
        Type = DocumentTypeLabels.Methodo,
        Themes = [],
        Url = "https://insee.example/methodes/precision-estimations",
        HasSidecar = false,
        DateCue = "Fiche méthode — septembre 2020",
        Breadcrumb = ["Définitions et méthodes", "Fiches méthode"],
        Body = """
            Une enquête par sondage n'interroge qu'une partie de la population. Les résultats qu'elle fournit sont des estimations, entachées d'une erreur d'échantillonnage. Cette fiche explique comment mesurer cette erreur et comment l'interpréter.

            ## Variance et intervalle de confiance

            La variance d'un estimateur mesure sa dispersion autour de la vraie valeur si l'on répétait le tirage de l'échantillon. Sa racine carrée est l'écart-type. Sous des hypothèses usuelles, la vraie valeur se trouve, dans 95 % des échantillons possibles, dans un intervalle centré sur l'estimation et de demi-largeur égale à 1,96 écart-type. C'est l'intervalle de confiance à 95 %.

            ## Ce qui influence la précision

            - La taille de l'échantillon : la précision augmente comme la racine carrée du nombre d'unités interrogées. Quadrupler l'échantillon divise la largeur de l'intervalle par deux.
            - Le plan de sondage : la stratification améliore la précision lorsque les strates sont homogènes ; le tirage en grappes la dégrade.
            - La non-réponse : elle réduit l'échantillon utile et peut introduire un biais, que les repondérations corrigent en partie.
            - La variable elle-même : une proportion proche de 50 % est estimée moins précisément qu'une proportion proche de 5 %.

            ## Un exemple

            Une enquête auprès de 2 000 ménages estime à 30 % la part de ceux qui ont déménagé dans les cinq dernières années. Avec un sondage aléatoire simple, l'écart-type vaut environ 1 point et l'intervalle de confiance s'étend de 28 % à 32 %. Si l'on s'intéresse à un sous-groupe de 200 ménages, l'intervalle s'étend de 24 % à 36 % : l'estimation n'est plus guère informative.

            ## Bonnes pratiques de diffusion

            Les publications doivent indiquer la précision des principaux résultats et éviter de commenter des écarts inférieurs à la marge d'erreur. Les estimations portant sur moins de 30 répondants ne sont pas diffusées.

            Pour toute question : Insee, division des méthodes statistiques, 88 avenue Verdier, 92120 Montrouge.
            """,
    };
}

/// <summary>A vehicle emission factor note; the agency's address is the only place.</summary>
public sealed class AdemeFacteursEmissionVehicules2023 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ademe-facteurs-emission-vehicules-utilitaires-2023.html",
        Title = "Facteurs d'émission des véhicules utilitaires légers : mise à jour 2023",
        Publisher = "ADEME",
        Date = "2023-03-02",
        Type = DocumentTypeLabels.Methodo,
        Themes = [Themes.Durable],
        Url = "https://ademe.example/expertises/facteurs-emission-vul-2023",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Expertises", "Bilans de gaz à effet de serre"],
        Body = """
            ## Objet

            Cette note présente la mise à jour des facteurs d'émission des véhicules utilitaires légers (VUL) utilisés dans les bilans de gaz à effet de serre. Les facteurs sont exprimés en grammes d'équivalent CO2 par kilomètre parcouru et couvrent le cycle complet du carburant ou de l'électricité, de l'extraction à la combustion.

            ## Ce qui change

            Les facteurs des véhicules thermiques intègrent désormais les consommations réelles constatées, supérieures de 20 à 25 % aux valeurs d'homologation. Les facteurs des véhicules électriques tiennent compte de la fabrication de la batterie, amortie sur la durée de vie du véhicule, et du contenu carbone moyen de l'électricité.

            | Motorisation | Facteur 2020 (g CO2e/km) | Facteur 2023 (g CO2e/km) |
            | Gazole | 232 | 268 |
            | Essence | 248 | 281 |
            | Gaz naturel | 201 | 214 |
            | Électrique | 58 | 71 |
            | Hybride rechargeable | 142 | 176 |
            Source : ADEME, base de facteurs d'émission (valeurs fictives).

            ## Usage

            Les facteurs s'appliquent aux kilomètres parcourus. Lorsque seules les consommations de carburant sont connues, il faut utiliser les facteurs par litre, plus précis. Pour les flottes mixtes, chaque motorisation est calculée séparément. L'incertitude associée est de 15 % pour les véhicules thermiques et de 30 % pour les électriques, en raison de la variabilité des batteries.

            ## Limites

            Les facteurs ne couvrent pas la fabrication des véhicules thermiques, traitée dans une fiche distincte, ni les émissions de polluants locaux. Ils ne doivent pas être utilisés pour comparer des modèles particuliers.

            Contact : ADEME, service Bilans et indicateurs, 20 avenue du Grésillé, 49004 Angers Cedex 01.
            """,
    };
}

/// <summary>An accessibility statement page; no territory at all.</summary>
public sealed class PageDeclarationAccessibilite : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-declaration-accessibilite.html",
        Title = "Déclaration d'accessibilité",
        Publisher = "OFGL",
        Date = "2024-01-15",
        Type = DocumentTypeLabels.Page,
        Themes = [],
        Url = "https://ofgl.example/accessibilite",
        HasSidecar = false,
        DateCue = "Établie le 15 janvier 2024",
        Body = """
            L'Observatoire des finances et de la gestion publique locales s'engage à rendre son site internet accessible conformément à l'article 47 de la loi du 11 février 2005. Cette déclaration d'accessibilité s'applique au site de l'observatoire.

            ## État de conformité

            Le site est partiellement conforme avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1, en raison des non-conformités énumérées ci-dessous. L'audit, réalisé par un prestataire externe, montre que 78 % des critères sont respectés.

            ## Contenus non accessibles

            - Certains graphiques interactifs ne disposent pas d'alternative textuelle complète.
            - Les tableaux de données téléchargeables au format tableur ne comportent pas toujours d'en-têtes explicites.
            - Quelques documents PDF anciens ne sont pas balisés.
            - Le contraste de certains boutons est insuffisant.

            ## Dérogations

            Les publications antérieures à 2019, archivées, ne sont pas soumises à l'obligation d'accessibilité. Une version accessible peut être fournie sur demande.

            ## Retour d'information et contact

            Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez nous contacter par le formulaire en ligne pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.

            ## Voies de recours

            Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu ou à une fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des droits, par le formulaire en ligne ou par courrier postal, gratuitement et sans mettre de timbre.
            """,
    };
}

/// <summary>An API guide whose examples use a commune code and a département code.</summary>
public sealed class OfglGuideApiDonnees : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-guide-api-donnees-comptes.html",
        Title = "Interroger les données de l'observatoire par API : guide de démarrage",
        Publisher = "OFGL",
        Date = "2023-06-06",
        Type = DocumentTypeLabels.Guide,
        Themes = [Themes.Finances],
        Url = "https://ofgl.example/outils/api-guide",
        Meta = HtmlMeta.OpenGraph,
        TimeElement = true,
        Breadcrumb = ["Outils", "API"],
        Body = """
            ## À quoi sert l'API

            L'interface de programmation (API) permet de récupérer les données des comptes des collectivités sans passer par le site : agrégats financiers, populations, catégories. Elle s'adresse aux développeurs, aux chercheurs et aux services qui intègrent ces données dans leurs propres outils.

            ## Premiers pas

            Chaque requête porte sur un jeu de données et accepte des filtres. Les paramètres les plus courants sont l'exercice, la catégorie de collectivité, le code de la collectivité et l'agrégat. Les réponses sont paginées, par défaut par blocs de 100 enregistrements ; le paramètre « limit » permet d'aller jusqu'à 1 000.

            | Paramètre | Exemple | Effet |
            | exer | 2022 | filtre sur l'exercice |
            | categ | Commune | filtre sur la catégorie de collectivité |
            | insee | 38337 | filtre sur le code officiel de la commune |
            | dep_code | 38 | filtre sur le département |
            | agregat | Encours de dette | filtre sur l'agrégat |
            Source : documentation de l'API (exemples fictifs).

            Les valeurs données en exemple sont arbitraires : elles illustrent la syntaxe et n'ont pas de signification particulière.

            ## Bonnes pratiques

            - Filtrer le plus tôt possible, plutôt que de télécharger le jeu complet.
            - Respecter la limite de 10 requêtes par seconde ; au-delà, le service répond par un code 429.
            - Mettre en cache les réponses : les données d'un exercice clos ne changent qu'à la publication suivante.
            - Citer la source : « OFGL, données issues des comptes de gestion de la DGFiP ».

            ## Formats

            Les réponses sont disponibles en JSON et en CSV. Les montants sont exprimés en euros courants, sans arrondi. Les libellés respectent la casse et les accents du référentiel officiel.

            ## Assistance

            Une question, un dysfonctionnement ? Utilisez le formulaire de contact en précisant la requête envoyée et la réponse obtenue.
            """,
    };
}

/// <summary>A job offer at a ministry; only the office address names a place.</summary>
public sealed class DgclOffreEmploiStatisticien : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-offre-emploi-charge-etudes-statistiques.html",
        Title = "Offre d'emploi : chargé d'études statistiques (H/F)",
        Publisher = "DGCL",
        Date = "2024-04-22",
        Type = DocumentTypeLabels.Page,
        Themes = [Themes.Emploi],
        Url = "https://collectivites-locales.example/recrutement/charge-etudes-2024",
        HasSidecar = false,
        DateCue = "Publiée le 22/04/2024",
        Breadcrumb = ["Recrutement"],
        Body = """
            Le département des études et des statistiques locales recrute un chargé d'études statistiques (H/F), catégorie A, par voie de détachement ou de contrat.

            ## Missions

            Au sein d'une équipe de huit personnes, vous contribuez à la production et à l'analyse de données sur les finances et la fonction publique locales. Vous êtes notamment chargé de :

            - préparer et contrôler les fichiers issus des sources administratives ;
            - réaliser des traitements statistiques et des tableaux de diffusion ;
            - rédiger des publications courtes et des notes pour la direction ;
            - répondre aux demandes d'informations des services et des chercheurs.

            ## Profil recherché

            Formation en statistique ou en économie (bac + 5). Maîtrise d'un logiciel de traitement statistique (R, Python ou SAS). Goût pour la rédaction et la vulgarisation. Une connaissance des finances publiques est appréciée mais n'est pas exigée : une formation est assurée à l'arrivée.

            ## Conditions

            Poste à temps plein, télétravail possible deux jours par semaine. Rémunération selon l'expérience et le statut. Prise de poste souhaitée au 1er septembre.

            ## Candidater

            Adressez votre candidature (lettre de motivation et curriculum vitae) avant le 31 mai au bureau des ressources humaines, 2 place des Saussaies, 75008 Paris, ou par le formulaire en ligne. Les entretiens auront lieu en juin.
            """,
    };
}
