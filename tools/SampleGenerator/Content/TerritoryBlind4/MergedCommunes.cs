using SampleGenerator.Model;
using static SampleGenerator.Content.BlindSamples;

// Blind4 territory split (issue 13): communes nouvelles and merged communes, named by a commune déléguée or by
// the name they had before the merger.
namespace SampleGenerator.Content.TerritoryBlind4;

/// <summary>Malesherbes (Loiret) in 2014, before the commune nouvelle Le Malesherbois (2016).</summary>
public sealed class OfglMalesherbes2014 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("ofgl-commune-de-malesherbes-2014.html",
        "Les comptes 2014 de la commune de Malesherbes", "OFGL", "2015-10-06",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://ofgl.example/donnees/fiches/malesherbes-2014", """
        ## Commune de Malesherbes (45330)

        Population : 6 200 habitants. Commune du nord du Loiret, aux portes de la forêt de Fontainebleau.

        | Indicateur (€ par habitant) | Malesherbes | Moyenne de la strate |
        | Recettes réelles de fonctionnement | 1 046 | 1 112 |
        | Charges de personnel | 488 | 541 |
        | Dépenses d'équipement | 301 | 298 |
        | Encours de dette | 702 | 861 |
        Source : comptes de gestion 2014 (données fictives).

        La commune dégage une épargne brute de 1,1 million d'euros. Elle prépare avec plusieurs villages voisins un regroupement qui permettrait de maintenir le niveau de la dotation globale de fonctionnement malgré sa baisse programmée.
        """) with { Meta = HtmlMeta.JsonLd };
}

/// <summary>Caudebec-en-Caux, commune déléguée of Rives-en-Seine (Seine-Maritime); "Rives" is a trap. PDF.</summary>
public sealed class AdemeCaudebec2021 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("ademe-caudebec-en-caux-quais-2021.pdf",
        "Réaménager des quais face aux crues : Caudebec-en-Caux", "ADEME", "2021-06-15",
        DocumentTypeLabels.Etude, Themes.Durable, "https://ademe.example/territoires/caudebec-quais-2021.pdf",
        "ADEME Normandie — fiches exemples", "quais", """
        ## Le projet

        À Caudebec-en-Caux, commune déléguée de Rives-en-Seine depuis 2016, les quais de la Seine étaient régulièrement inondés lors des grandes marées d'équinoxe. La commune a engagé en 2018 leur réaménagement : suppression d'une partie du stationnement, création de noues plantées, surélévation de la promenade et protection des réseaux.

        ## Chiffres clés

        | Indicateur | Valeur |
        | Surface désimperméabilisée (m²) | 6 400 |
        | Coût des travaux (k€ HT) | 3 200 |
        | Aide de l'ADEME (k€) | 410 |
        | Aide de l'agence de l'eau (k€) | 950 |
        Source : commune de Rives-en-Seine (données fictives).

        ## Les résultats

        Lors des coefficients de marée supérieurs à 110 de l'hiver 2020, l'eau n'a plus atteint les commerces. Les noues absorbent les pluies d'orage et limitent les rejets au réseau. Les habitants ont d'abord contesté la suppression de places de stationnement, puis adopté la promenade, devenue un lieu de fréquentation touristique.

        Le projet montre qu'une commune moyenne peut mener une adaptation au changement climatique à condition d'associer tôt ses habitants et de combiner plusieurs financeurs.
        """);
}

/// <summary>Notre-Dame-de-Gravenchon in 2014, before Port-Jérôme-sur-Seine (2016).</summary>
public sealed class InseeGravenchon2014 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("insee-notre-dame-de-gravenchon-industrie-2014.html",
        "Notre-Dame-de-Gravenchon, une commune au cœur de la zone industrialo-portuaire", "INSEE", "2014-09-23",
        DocumentTypeLabels.Publication, Themes.Emploi, "https://insee.example/haute-normandie/gravenchon-2014", """
        ## L'industrie, premier employeur

        La commune de Notre-Dame-de-Gravenchon compte 8 800 habitants et 7 100 emplois. La raffinerie et les usines pétrochimiques de la zone de Port-Jérôme en fournissent plus de la moitié. La part de l'industrie dans l'emploi y est quatre fois plus élevée qu'en moyenne régionale.

        Les salaires horaires moyens sont élevés, mais la dépendance à quelques établissements rend l'emploi local vulnérable. Les emplois de sous-traitance, nombreux, sont davantage précaires.

        La commune dispose de ressources fiscales importantes, héritées de l'ancienne taxe professionnelle. Chiffres issus du recensement et des déclarations sociales (données fictives).
        """) with { Meta = HtmlMeta.OpenGraph };
}

/// <summary>Sévérac-le-Château, commune déléguée of Sévérac d'Aveyron; the Aveyron is a place around it.</summary>
public sealed class PrefectureSeverac2019 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("prefecture-aveyron-severac-le-chateau-2019.html",
        "Contrat de ruralité : le bourg-centre de Sévérac-le-Château", "Préfecture de l'Aveyron", "2019-07-16",
        DocumentTypeLabels.Page, Themes.Dotations, "https://aveyron.gouv.example/actualites/severac-2019", """
        ## Une opération de revitalisation

        Le préfet de l'Aveyron a signé l'avenant au contrat de ruralité qui finance la revitalisation du bourg de Sévérac-le-Château, commune déléguée de Sévérac d'Aveyron. Le projet comprend la réhabilitation de six logements vacants dans la cité médiévale, la création d'une halle et la mise en accessibilité de la mairie annexe.

        Le coût total est estimé à 2,4 millions d'euros. L'État apporte 720 000 euros au titre de la dotation de soutien à l'investissement local, la région et le département complètent le plan de financement.

        Le bourg, situé au croisement de deux routes nationales, bénéficie d'une fréquentation touristique estivale liée à son château.
        """);
}

/// <summary>Châtelaudren, commune déléguée of Châtelaudren-Plouagat (Côtes-d'Armor). PDF.</summary>
public sealed class DgfipChatelaudren2017 : ITerritoryBlind4Source
{
    public SampleDocument Create() => PdfDoc("dgfip-fiche-chatelaudren-2017.pdf",
        "Fiche de situation financière 2017 — Châtelaudren", "DGFiP", "2018-06-12",
        DocumentTypeLabels.Dataset, Themes.Finances, "https://impots-collectivites.example/comptes/2017/chatelaudren.pdf",
        "Direction générale des finances publiques — fiche communale 2017", "Fiche de situation financière", """
        ## Commune de Châtelaudren (22170)

        Population légale en vigueur au 1er janvier 2017 : 1 000 habitants. Strate : communes de 500 à 2 000 habitants appartenant à un groupement à fiscalité professionnelle unique.

        ## Fonctionnement

        | Poste | Montant (k€) | Par habitant (€) | Moyenne de la strate (€) |
        | Produits de fonctionnement | 1 060 | 1 060 | 781 |
        | dont impôts locaux | 402 | 402 | 341 |
        | Charges de fonctionnement | 918 | 918 | 624 |
        | dont charges de personnel | 451 | 451 | 282 |
        | Résultat comptable | 142 | 142 | 157 |
        Source : balances comptables 2017 (données fictives).

        ## Investissement

        Les dépenses d'équipement s'élèvent à 212 k€, soit 212 € par habitant. L'encours de dette au 31 décembre atteint 780 k€, soit 780 € par habitant, pour une moyenne de la strate de 594 €. La petite superficie de la commune, l'une des plus petites de Bretagne, et ses fonctions de bourg-centre expliquent des charges par habitant supérieures à la moyenne.

        Les taux d'imposition votés en 2017 sont de 15,92 % pour la taxe d'habitation et de 21,40 % pour la taxe foncière sur les propriétés bâties. La fusion avec la commune voisine de Plouagat est prévue au 1er janvier 2019.
        """);
}

/// <summary>Maure-de-Bretagne, commune déléguée of Val d'Anast (Ille-et-Vilaine); the commune is named only in the body.</summary>
public sealed class CcasMaure2020 : ITerritoryBlind4Source
{
    public SampleDocument Create() => HtmlDoc("adil35-observatoire-bourg-rural-2020.html",
        "Observatoire des bourgs ruraux : fiche n° 7", "Agence départementale d'information sur le logement d'Ille-et-Vilaine", "2020-11-24",
        DocumentTypeLabels.Etude, Themes.Social, "https://adil35.example/observatoire/bourgs/fiche-7", """
        ## Le bourg étudié

        La septième fiche de l'observatoire porte sur Maure-de-Bretagne, bourg devenu en 2017 commune déléguée de Val d'Anast. Le bourg concentre l'essentiel des commerces et des services de la commune nouvelle.

        ## Le logement

        Un logement sur dix du centre ancien est vacant, souvent au-dessus d'un commerce fermé. Les propriétaires, âgés, ne disposent pas des moyens de rénover. La demande existe pourtant : les jeunes ménages qui travaillent à Rennes cherchent des maisons avec jardin à moins de quarante minutes.

        L'agence recommande une opération programmée d'amélioration de l'habitat ciblée sur le centre ancien et une aide au rachat des logements situés au-dessus des commerces (données fictives). Une réunion publique présentera le diagnostic aux habitants au printemps, avant le vote du conseil municipal.
        """);
}
