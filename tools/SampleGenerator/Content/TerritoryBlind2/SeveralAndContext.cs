using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind2 territory split (issue 13): documents about several territories, and documents whose other places are
// mentioned only as context (comparisons, neighbours, homonyms).
namespace SampleGenerator.Content.TerritoryBlind2;

/// <summary>Two départements compared as equals: Ariège and Aude; Occitanie is context.</summary>
public sealed class InseeAriegeAude2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("insee-ariege-et-aude-vieillissement-2022.html",
        "Ariège et Aude : deux départements pyrénéens face au vieillissement", "INSEE", "2022-03-01",
        DocumentTypeLabels.Publication, Themes.Social, "https://insee.example/statistiques/occitanie/ariege-aude-2022", """
        ## Deux trajectoires proches

        L'Ariège et l'Aude comptent respectivement 153 000 et 374 000 habitants. Dans les deux départements, la part des 75 ans ou plus dépassera 16 % en 2030, contre 12 % aujourd'hui. Les deux conseils départementaux ont engagé en commun une étude sur l'offre de services à domicile.

        | Indicateur | Ariège | Aude |
        | Part des 75 ans ou plus en 2019 | 12,6 % | 12,1 % |
        | Projection 2030 | 16,4 % | 16,0 % |
        | Bénéficiaires de l'APA pour 100 personnes de 75 ans ou plus | 21 | 20 |
        | Places en Ehpad pour 1 000 personnes de 75 ans ou plus | 104 | 97 |
        Source : Insee, projections Omphale ; DREES (données fictives).

        Dans l'ensemble de l'Occitanie, le vieillissement sera moins rapide en raison de l'attractivité des métropoles de Toulouse et de Montpellier.
        """) with { Meta = HtmlMeta.DublinCore, TimeElement = false, DateCue = "Paru le 01/03/2022", Breadcrumb = ["Statistiques", "Occitanie"] };
}

/// <summary>Two prefecture towns studied together: Tarbes and Auch. PDF.</summary>
public sealed class AnctTarbesAuch2021 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("anct-action-coeur-de-ville-tarbes-auch-2021.pdf",
        "Action cœur de ville : Tarbes et Auch, deux centres-villes en reconquête", "ANCT", "2021-10-12",
        DocumentTypeLabels.Etude, Themes.Geo, "https://observatoire-territoires.example/programmes/acv-tarbes-auch-2021.pdf",
        "ANCT — Action cœur de ville — Fiches de suivi", "deux centres-villes", """
        ## Deux villes, un même programme

        Tarbes (44 000 habitants) et Auch (22 000 habitants), préfectures des Hautes-Pyrénées et du Gers, sont engagées depuis 2018 dans le programme Action cœur de ville. Les deux communes ont été suivies ensemble car elles partagent les mêmes difficultés : un centre ancien qui perd des habitants, des commerces vacants et des logements dégradés.

        | Indicateur | Tarbes 2018 | Tarbes 2021 | Auch 2018 | Auch 2021 |
        | Commerces vacants en centre-ville | 19 % | 15 % | 14 % | 12 % |
        | Logements vacants en centre-ville | 17 % | 16 % | 13 % | 12 % |
        | Logements réhabilités (cumul) | — | 240 | — | 130 |
        Source : ANCT, observatoire du programme (données fictives).

        ## Premiers résultats

        La vacance commerciale recule dans les deux villes, plus nettement à Tarbes, où la commune a racheté douze locaux de la rue principale pour les louer à des commerçants sélectionnés. À Auch, l'effort a porté sur l'habitat, avec une opération programmée d'amélioration de l'habitat de renouvellement urbain.

        Dans les deux cas, l'intercommunalité participe au financement, mais les communes assument l'essentiel de la maîtrise d'ouvrage.
        """) with { Masthead = ["Agence nationale de la cohésion des territoires", "Programme Action cœur de ville"] };
}

/// <summary>Two neighbouring communes with a shared facility: Lens and Liévin; their agglomeration is context.</summary>
public sealed class CrcLensLievin2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("crc-hdf-communes-de-lens-et-lievin-piscines-2023.html",
        "Communes de Lens et de Liévin : la gestion des piscines", "Chambre régionale des comptes Hauts-de-France", "2023-02-28",
        DocumentTypeLabels.Rod, Themes.Culture, "https://ccomptes.example/crc/hauts-de-france/lens-lievin-piscines-2023", """
        ## Synthèse

        La chambre a examiné conjointement la gestion des piscines des communes de Lens et de Liévin, voisines de 33 000 et 31 000 habitants, qui exploitent chacune deux bassins en régie. Les quatre équipements ont accueilli 410 000 entrées en 2022.

        Les deux communes supportent un déficit cumulé de 4,2 M€ par an, alors que 45 % des usagers résident dans d'autres communes de la communauté d'agglomération de Lens-Liévin. La chambre invite les deux communes à étudier avec l'agglomération un transfert des équipements ou une participation des communes voisines.

        | En milliers d'euros | Lens | Liévin |
        | Charges d'exploitation | 2 980 | 2 610 |
        | Recettes | 760 | 630 |
        | Déficit | 2 220 | 1 980 |
        Source : comptes des communes (données fictives).
        """) with { Meta = HtmlMeta.Citation, Breadcrumb = ["Publications", "Hauts-de-France"] };
}

/// <summary>A convention between the département des Vosges and the CA d'Épinal: both.</summary>
public sealed class PrefectureVosgesEpinal2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-vosges-contrat-departement-agglomeration-epinal-2022.html",
        "Contrat de relance et de transition écologique : le département et l'agglomération d'Épinal", "Préfecture des Vosges", "2022-04-05",
        DocumentTypeLabels.Page, Themes.Durable, "https://vosges.gouv.example/publications/crte-epinal-2022", """
        ## Un contrat à trois signataires

        L'État, le département des Vosges et la communauté d'agglomération d'Épinal ont signé un contrat de relance et de transition écologique couvrant les 78 communes de l'agglomération. Le département et l'agglomération s'engagent chacun sur un programme d'investissement pluriannuel.

        | Signataire | Engagement 2021-2026 (M€) | Principales actions |
        | Département des Vosges | 46 | collèges, routes, très haut débit |
        | Communauté d'agglomération d'Épinal | 58 | transports, eau, zones d'activité |
        | État | 21 | dotations de soutien à l'investissement |
        Source : préfecture des Vosges (données fictives).

        Le comité de pilotage se réunit deux fois par an. Les communes membres sont associées par l'intermédiaire de la conférence des maires. Un bilan à mi-parcours sera présenté en 2024 aux signataires et rendu public.
        """) with { Meta = HtmlMeta.None, TimeElement = false, DateCue = "Publié le 05/04/2022", Breadcrumb = ["Publications", "Relance"] };
}

/// <summary>Gap (Hautes-Alpes); Briançon and Embrun are comparisons only.</summary>
public sealed class InseeGapEmploi2023 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("insee-gap-emploi-public-2023.html",
        "Gap, une préfecture où l'emploi public domine", "INSEE", "2023-06-13",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/statistiques/paca/gap-emploi-public-2023", """
        ## La fonction publique, premier employeur

        À Gap, 41 % des emplois relèvent des trois fonctions publiques, contre 31 % en moyenne dans les villes de même taille. La commune, préfecture des Hautes-Alpes, accueille les services de l'État, le conseil départemental, le centre hospitalier et la plupart des établissements scolaires du département.

        À titre de comparaison, la part de l'emploi public est de 33 % à Briançon et de 29 % à Embrun, où le tourisme pèse davantage.

        | Indicateur | Gap | Briançon | Embrun |
        | Emplois au lieu de travail | 24 600 | 7 900 | 3 400 |
        | Part de l'emploi public | 41 % | 33 % | 29 % |
        | Part du tourisme | 6 % | 19 % | 17 % |
        Source : Insee, recensement 2019 (données fictives).

        Le gap, l'écart, entre emploi public et emploi privé se resserre toutefois : l'emploi privé de la commune a crû de 5 % depuis 2014.
        """) with { Meta = HtmlMeta.OpenGraph, Breadcrumb = ["Statistiques", "Provence-Alpes-Côte d'Azur"] };
}

/// <summary>A national note on the price of water; the communes are examples: France.</summary>
public sealed class OfglPrixEau2022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-prix-de-l-eau-services-communaux-2022.html",
        "Prix de l'eau : les services communaux restent moins chers", "OFGL", "2022-11-29",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ofgl.example/etudes/prix-eau-2022", """
        ## Constat national

        En 2020, le prix moyen de l'eau et de l'assainissement s'établit à 4,30 € par mètre cube en France. Les services gérés par une commune seule sont en moyenne 9 % moins chers que ceux gérés par une intercommunalité ou un syndicat, mais ils renouvellent moins leurs réseaux.

        | Mode de gestion | Prix moyen (€/m³) | Taux de renouvellement |
        | Commune seule | 3,98 | 0,45 % |
        | Intercommunalité ou syndicat | 4,37 | 0,71 % |
        Source : observatoire des services d'eau (données fictives).

        ## Exemples

        Des communes comme Lunel ou Briançon ont conservé la gestion de leur réseau ; d'autres l'ont transférée dès 2017. Ces exemples ne sont pas représentatifs : l'écart de prix tient d'abord à la ressource, à la densité et à l'âge des réseaux.
        """) with { Meta = HtmlMeta.DublinCore, Breadcrumb = ["Études", "Services publics locaux"] };
}

/// <summary>Saint-Nazaire (Pyrénées-Orientales, 66570), not the port of Loire-Atlantique; Perpignan is context. PDF.</summary>
public sealed class CrcSaintNazaire662022 : ITerritoryBlind2Source
{
    public SampleDocument Create() => PdfDoc("crc-occitanie-commune-de-saint-nazaire-66-2022.pdf",
        "Commune de Saint-Nazaire (Pyrénées-Orientales) — observations définitives", "Chambre régionale des comptes Occitanie", "2022-05-24",
        DocumentTypeLabels.Rod, Themes.Finances, "https://ccomptes.example/crc/occitanie/saint-nazaire-66-2022.pdf",
        "CRC Occitanie — Commune de Saint-Nazaire (66)", "Commune de Saint-Nazaire", """
        ## Procédure

        La chambre a contrôlé les comptes et la gestion de la commune de Saint-Nazaire (66570), pour les exercices 2016 à 2021. Cette commune de 2 800 habitants, située entre l'étang de Canet et la plaine du Roussillon, ne doit pas être confondue avec la ville portuaire de Loire-Atlantique.

        ## Urbanisme et finances

        La population a augmenté de 30 % en quinze ans, sous l'effet de lotissements destinés à des ménages travaillant à Perpignan, à une quinzaine de kilomètres. La commune a dû agrandir son école et sa station d'épuration ; ses dépenses d'équipement ont triplé entre 2016 et 2019.

        | En milliers d'euros | 2016 | 2019 | 2021 |
        | Produits de gestion | 2 140 | 2 420 | 2 560 |
        | Épargne brute | 380 | 290 | 340 |
        | Dépenses d'équipement | 610 | 1 890 | 720 |
        | Encours de dette | 1 950 | 3 310 | 3 050 |
        Source : comptes de gestion (données fictives).

        Les participations des aménageurs n'ont couvert que 22 % du coût des équipements rendus nécessaires par les lotissements. La chambre recommande d'instituer un projet urbain partenarial ou une taxe d'aménagement majorée sur les secteurs à urbaniser et d'actualiser le plan local d'urbanisme, dont les zones constructibles excèdent les besoins prévisibles.
        """) with { Masthead = ["Chambre régionale des comptes Occitanie", "Rapport d'observations définitives"] };
}
