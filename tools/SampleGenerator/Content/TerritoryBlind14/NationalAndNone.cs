using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind14 territory split (issue 13): national notes about a level, a table with one row per département, and documents with no territorial subject.
namespace SampleGenerator.Content.TerritoryBlind14;

/// <summary>National statistical bulletin on the communes nouvelles in France: France only; "une commune nouvelle de l'Ouest" and a "département très rural" are generic examples without place; the Maine-et-Loire, the Manche and the Calvados are named as the départements with the most mergers (context).</summary>
public sealed class DgclBisCommunesNouvelles2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("dgcl-bis-communes-nouvelles-2024.pdf",
        "Les communes nouvelles au 1er janvier 2024 : un mouvement qui ralentit", "DGCL", "2024-03-05",
        DocumentTypeLabels.Bis, Themes.Geo, "https://collectivites-locales.example/bis-communes-nouvelles-2024.pdf",
        "Bulletin d'information statistique de la DGCL", "communes déléguées", """
        ## Un mouvement engagé en 2015

        Au 1er janvier 2024, la France compte 34 935 communes, contre 36 658 dix ans plus tôt. Cette diminution résulte presque entièrement de la création de communes nouvelles : depuis la loi de 2015, qui a rendu ce dispositif plus attractif, 2 560 communes se sont regroupées pour former 828 communes nouvelles. Le rythme s'est toutefois nettement ralenti : 11 communes nouvelles ont été créées au 1er janvier 2024, contre plus de 200 au 1er janvier 2017.

        ## Des regroupements de petite taille

        La majorité des communes nouvelles réunissent deux ou trois communes. Un peu moins d'une sur dix en rassemble plus de dix. La population médiane d'une commune nouvelle est de 2 300 habitants, soit près de six fois celle d'une commune française moyenne hors communes nouvelles. Une commune nouvelle de l'Ouest typique associe un bourg-centre et quelques villages voisins qui partageaient déjà une école et des services.

        ## Une géographie très concentrée

        Les créations restent concentrées dans l'ouest et le nord-ouest du pays. Le Maine-et-Loire, la Manche et le Calvados totalisent à eux seuls plus d'un cinquième des communes fusionnées. À l'inverse, les communes nouvelles sont très rares dans le sud-est et dans les départements d'outre-mer. Dans un département très rural, les regroupements se heurtent souvent à l'attachement des habitants à leur mairie.

        ## Les communes déléguées

        Dans 85 % des communes nouvelles, les anciennes communes ont été maintenues comme communes déléguées, avec un maire délégué et une annexe de la mairie. Cette proportion diminue lentement : plusieurs communes nouvelles ont supprimé leurs communes déléguées lors du renouvellement de 2020.

        ## Méthode

        Les données proviennent du code officiel géographique et de la base nationale sur l'intercommunalité. Les populations sont les populations municipales en vigueur au 1er janvier 2024.

        ## Les effets financiers

        Pendant leurs premières années, les communes nouvelles ont bénéficié d'une garantie de leurs dotations et, pour certaines, d'une bonification. Ces incitations ont été réduites depuis 2020, ce qui explique en partie le ralentissement des créations.
        """) with { Masthead = ["Bulletin d'information statistique", "n° 188 - mars 2024"] };
}

/// <summary>Table with one row per département (Ain, Aisne, Allier, Alpes-de-Haute-Provence, an ellipsis, then Mayotte): France, not its rows; the Haute-Savoie, the Yvelines, the Seine-Saint-Denis and the Lozère are named as extremes or examples (context).</summary>
public sealed class InseeTauxPauvreteDepartements2021 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("insee-taux-pauvrete-departements-2021.html",
        "Taux de pauvreté par département en 2021", "INSEE", "2024-01-18",
        DocumentTypeLabels.Dataset, Themes.Social, "https://insee.example/statistiques/taux-pauvrete-departements-2021", """
        ## Présentation

        Ce tableau donne, pour chaque département, le taux de pauvreté monétaire au seuil de 60 % du niveau de vie médian, le niveau de vie médian et le rapport interdécile. Les données sont issues du dispositif Filosofi, qui rapproche les déclarations de revenus et les prestations sociales.

        | Département | Taux de pauvreté (%) | Niveau de vie médian (€) | Rapport interdécile |
        | Ain | 10,6 | 24 860 | 3,2 |
        | Aisne | 18,4 | 20 810 | 3,2 |
        | Allier | 16,9 | 21 080 | 3,0 |
        | Alpes-de-Haute-Provence | 17,2 | 21 190 | 3,3 |
        | … | … | … | … |
        | Mayotte | 77,3 | 3 140 | non disponible |
        Source : Insee-DGFiP-Cnaf-Cnav-CCMSA, Filosofi 2021

        ## Lecture

        En 2021, le taux de pauvreté est de 14,5 % en France métropolitaine. Il varie du simple au triple selon les départements : il est le plus faible en Haute-Savoie et dans les Yvelines, et le plus élevé en Seine-Saint-Denis. Dans les départements d'outre-mer, il est beaucoup plus élevé ; les données de Mayotte, issues d'une enquête spécifique, ne sont pas directement comparables. Les départements ruraux du centre, comme la Lozère, présentent des taux moyens mais des niveaux de vie médians modestes.

        ## Précautions

        Le taux de pauvreté ne mesure que la pauvreté monétaire relative. Il ne tient compte ni du patrimoine, ni du coût du logement, ni des aides en nature. Les évolutions d'une année sur l'autre doivent être interprétées avec prudence, car les estimations départementales sont sensibles aux changements de législation sociale et fiscale.

        ## Téléchargement

        Le fichier complet, qui comprend aussi les données par commune et par intercommunalité lorsque le secret statistique le permet, est disponible au format tableur.

        ## Définitions

        Un individu est considéré comme pauvre lorsqu'il vit dans un ménage dont le niveau de vie est inférieur au seuil de pauvreté, fixé à 60 % du niveau de vie médian de la population. En 2021, ce seuil s'établit à 1 158 euros par mois pour une personne seule. Le rapport interdécile mesure l'écart entre les niveaux de vie des 10 % les plus aisés et des 10 % les plus modestes.
        """) with { Meta = HtmlMeta.JsonLd, Breadcrumb = ["Statistiques", "Revenus et pauvreté"] };
}

/// <summary>OFGL national study of the finances of all CCAS and CIAS: France; "un CCAS d'une ville moyenne" and "un CIAS rural" are generic examples without place.</summary>
public sealed class OfglFinancesCcasCias2023 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-finances-ccas-cias-2023.html",
        "Les centres d'action sociale et leurs finances : premiers résultats nationaux", "OFGL", "2024-10-03",
        DocumentTypeLabels.Etude, Themes.Social, "https://data.ofgl.example/publications/ccas-cias-2023", """
        ## Un champ mal connu

        Les centres communaux et intercommunaux d'action sociale sont des établissements publics administratifs rattachés aux communes et aux intercommunalités. Leurs comptes sont souvent absents des analyses financières, qui se concentrent sur les budgets principaux des collectivités. Cette première étude nationale porte sur les 14 900 centres dont les comptes de gestion de 2023 ont été transmis.

        ## Combien dépensent-ils ?

        Les centres d'action sociale ont dépensé 4,1 milliards d'euros en fonctionnement en 2023. Les trois quarts de ces dépenses sont concentrés dans 1 200 centres, qui gèrent des établissements pour personnes âgées, des services d'aide à domicile ou des crèches. À l'inverse, plus de 9 000 centres, dans les petites communes, ont un budget inférieur à 10 000 euros, consacré à des secours ponctuels et au colis de fin d'année.

        ## D'où viennent leurs ressources ?

        La subvention de la commune ou de l'intercommunalité de rattachement représente en moyenne 38 % des recettes. Le reste provient des usagers, des départements, qui financent l'allocation personnalisée d'autonomie, et de la sécurité sociale. Un CCAS d'une ville moyenne qui gère une résidence pour personnes âgées tire ainsi la majorité de ses ressources des tarifs et des dotations de soins.

        ## Le cas des centres intercommunaux

        Les 410 centres intercommunaux sont souvent plus gros que les centres communaux et se développent dans les territoires ruraux. Un CIAS rural typique assure l'aide à domicile et le portage de repas pour une trentaine de communes.

        ## Limites

        Les comptes de certains centres sont intégrés au budget de leur collectivité et ne peuvent pas être isolés. Les résultats présentés ici sous-estiment donc légèrement l'action sociale locale.

        ## Méthode

        Les données proviennent des comptes de gestion des établissements publics sociaux, transmis par la DGFiP. Les montants sont consolidés entre le budget principal et les budgets annexes de chaque centre. Les flux entre centres et collectivités de rattachement sont neutralisés dans les totaux nationaux.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Mis en ligne le 3 octobre 2024", Breadcrumb = ["Publications", "Études"] };
}

/// <summary>ADEME national assessment of the plans climat-air-énergie territoriaux of all EPCI: France; "une métropole" and "une communauté de communes de montagne" are generic examples without place.</summary>
public sealed class AdemeBilanNationalPcaet2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("ademe-bilan-national-pcaet-2024.pdf",
        "Plans climat-air-énergie territoriaux : où en sont les intercommunalités ?", "ADEME", "2024-11-12",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/publications/bilan-national-pcaet-2024.pdf",
        "ADEME - bilan national des PCAET", "observatoire national", """
        ## Une obligation largement remplie

        Depuis 2016, toutes les intercommunalités de plus de 20 000 habitants doivent adopter un plan climat-air-énergie territorial. Au 1er juillet 2024, 712 des 760 intercommunalités concernées ont adopté leur plan ou l'ont engagé, soit 94 %. Une centaine d'intercommunalités plus petites se sont lancées volontairement dans la démarche. L'observatoire national tenu par l'agence recense l'ensemble de ces plans.

        ## Des ambitions hétérogènes

        Les objectifs de réduction des émissions de gaz à effet de serre à l'horizon 2030 varient de 20 % à plus de 50 % selon les territoires. Les plans les plus récents sont en général plus ambitieux et mieux alignés sur la stratégie nationale bas-carbone. Une métropole vise le plus souvent une forte baisse des émissions des transports et des bâtiments, quand une communauté de communes de montagne met l'accent sur la forêt, le bois énergie et le tourisme.

        ## La mise en œuvre

        Le suivi reste le point faible. Moins de la moitié des intercommunalités ont réalisé le bilan à mi-parcours prévu par la loi, et beaucoup ne disposent que d'un chargé de mission à temps partiel. Les actions les plus souvent engagées concernent la rénovation des bâtiments publics, les réseaux cyclables et le conseil aux particuliers.

        ## Les moyens

        L'agence estime que les intercommunalités consacrent en moyenne 6 euros par habitant et par an à l'animation de leur plan, hors investissements. Les financements nationaux, notamment le fonds vert, ont permis d'accélérer les projets depuis 2023.

        ## Recommandations

        L'agence recommande de simplifier les indicateurs de suivi, de mutualiser l'ingénierie entre intercommunalités voisines et de mieux articuler les plans avec les documents d'urbanisme.

        ## Méthode

        Le bilan repose sur les données déclarées par les intercommunalités sur la plateforme nationale et sur un questionnaire auquel 438 d'entre elles ont répondu. Les plans adoptés avant 2019, qui ne suivaient pas encore le cadre actuel, sont comptés mais leurs objectifs ne sont pas comparés.
        """) with { Byline = ["Direction exécutive de l'action territoriale", "Novembre 2024"] };
}

/// <summary>Legal notice and personal data policy of a web site: no territorial subject.</summary>
public sealed class OfglMentionsLegales2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-mentions-legales-donnees-personnelles-2024.html",
        "Mentions légales et protection des données personnelles", "OFGL", "2024-06-01",
        DocumentTypeLabels.Page, Themes.Finances, "https://data.ofgl.example/mentions-legales", """
        ## Éditeur du site

        Le présent site est édité par l'Observatoire des finances et de la gestion publique locales. Le directeur de la publication est le président de l'Observatoire. L'hébergement est assuré par un prestataire dont les serveurs sont situés dans l'Union européenne.

        ## Propriété intellectuelle

        Les données publiées sur ce site sont diffusées sous licence ouverte : elles peuvent être réutilisées librement, y compris à des fins commerciales, à condition de mentionner leur source et la date de leur dernière mise à jour. Les textes, graphiques et logos restent la propriété de l'Observatoire et ne peuvent être reproduits qu'avec son accord.

        ## Données personnelles

        Le site ne collecte aucune donnée personnelle à l'insu des visiteurs. Les adresses électroniques fournies lors de l'inscription à la lettre d'information sont utilisées uniquement pour son envoi. Elles sont conservées jusqu'à la désinscription, qui peut être demandée à tout moment par le lien figurant en bas de chaque lettre.

        ## Mesure d'audience

        Le site utilise un outil de mesure d'audience exempté de consentement, configuré pour anonymiser les adresses IP et ne pas croiser les données avec d'autres traitements. Aucun cookie publicitaire n'est déposé.

        ## Vos droits

        Conformément au règlement général sur la protection des données, vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition. Vous pouvez exercer ces droits auprès du délégué à la protection des données par courriel ou par courrier. Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à l'autorité de contrôle compétente.

        ## Liens externes

        Les liens vers d'autres sites sont proposés à titre d'information. L'Observatoire n'est pas responsable de leur contenu.

        ## Accessibilité

        L'Observatoire s'efforce de rendre son site accessible à tous. Une déclaration d'accessibilité, mise à jour chaque année, précise le niveau de conformité atteint et les contenus qui ne sont pas encore accessibles.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = null, Breadcrumb = ["Mentions légales"] };
}

/// <summary>User guide for filing budget documents on a national electronic platform (technical instructions, no place): no territorial subject.</summary>
public sealed class DgfipGuideDematerialisation2024 : ITerritoryBlind14Source
{
    public SampleDocument Create() => PdfDoc("dgfip-guide-transmission-documents-budgetaires-2024.pdf",
        "Guide de l'utilisateur : transmettre un document budgétaire dématérialisé", "DGFiP", "2024-02-01",
        DocumentTypeLabels.Guide, Themes.Finances, "https://impots-collectivites.example/guide-transmission-budgets.pdf",
        "Guide de l'utilisateur - documents budgétaires", "fichier XML", """
        ## À qui s'adresse ce guide

        Ce guide est destiné aux agents chargés de préparer et de transmettre les documents budgétaires de leur collectivité ou de leur établissement : budget primitif, budget supplémentaire, décisions modificatives et compte financier unique. Il décrit les étapes à suivre dans l'application, depuis la génération du fichier jusqu'à l'accusé de réception.

        ## Avant de commencer

        Vérifiez que vous disposez d'un certificat électronique valide et des droits de télétransmission attribués par l'administrateur de votre structure. Le document doit avoir été produit par votre logiciel financier au format XML prévu par la norme en vigueur. Les fichiers au format PDF ne sont pas acceptés comme documents budgétaires.

        ## Étape 1 : scellement

        Importez le fichier XML dans l'outil de contrôle. Celui-ci vérifie la conformité du document au schéma, l'équilibre des sections et la cohérence des annexes. En cas d'anomalie bloquante, un rapport indique la balise en cause ; corrigez le document dans votre logiciel et recommencez.

        ## Étape 2 : signature

        Une fois le contrôle réussi, le fichier est scellé. Il doit ensuite être signé électroniquement par l'ordonnateur ou par une personne disposant d'une délégation de signature.

        ## Étape 3 : transmission

        Déposez le fichier scellé et signé sur la plateforme de transmission. Un accusé de réception est généré automatiquement ; il fait foi de la date de transmission au contrôle de légalité et au comptable public.

        ## En cas de difficulté

        Les questions les plus fréquentes sont recensées dans la foire aux questions de l'application. Pour tout autre problème, contactez l'assistance par le formulaire en ligne en précisant le numéro du rapport d'anomalie.

        ## Conseils pratiques

        Transmettez vos documents au plus tard quinze jours après leur adoption. Conservez une copie du fichier scellé et de l'accusé de réception. En cas de transmission d'un document erroné, ne le supprimez pas : transmettez un document rectificatif, qui annulera le précédent.
        """) with { Masthead = ["Direction générale des finances publiques", "Guide de l'utilisateur"], InfoTitle = "guide_transmission_v3" };
}
