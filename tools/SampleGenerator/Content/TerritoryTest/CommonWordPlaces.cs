using SampleGenerator.Model;

// Held-out territory test set: communes and départements whose names are common words (Sens, Orange,
// Eu, Mer, Bar, Ain, Vienne) and must be recognised when they are the subject.
namespace SampleGenerator.Content.TerritoryTest;

/// <summary>The commune of Sens, with "sens" also used as a common word.</summary>
public sealed class CrcBfcCommuneDeSens2019 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-bfc-commune-de-sens-2019.html",
        Title = "Commune de Sens (Yonne) : rapport d'observations définitives",
        Publisher = "Chambre régionale des comptes Bourgogne-Franche-Comté",
        Date = "2019-12-10",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances, Themes.Culture],
        Url = "https://ccomptes.example/crc/bfc/sens-2019",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Bourgogne-Franche-Comté"],
        Body = """
            ## Synthèse

            La chambre régionale des comptes a examiné la gestion de la commune de Sens, sous-préfecture de l'Yonne, pour les exercices 2013 à 2018. Avec 27 000 habitants, Sens est la deuxième ville du département et la ville-centre de la communauté d'agglomération du Grand Sénonais. Son patrimoine historique, dont la cathédrale Saint-Étienne et le palais synodal, lui confère une attractivité touristique réelle mais coûteuse à entretenir.

            ## La situation financière

            Les produits de gestion s'établissent à 36 M€ en 2018. L'épargne brute a progressé, grâce à une maîtrise des charges de personnel, pour atteindre 15 % des produits. L'encours de dette a diminué de 8 M€ sur la période. Dans le même sens, les taux d'imposition n'ont pas été augmentés.

            | En millions d'euros | 2013 | 2016 | 2018 |
            | Produits de gestion | 35,1 | 35,6 | 36,0 |
            | Épargne brute | 3,9 | 4,8 | 5,4 |
            | Dépenses d'équipement | 6,2 | 4,1 | 5,7 |
            | Encours de dette | 41,2 | 36,9 | 33,1 |
            Source : comptes de gestion (données fictives).

            ## Les musées

            Les musées de Sens, installés dans le palais synodal et l'ancien archevêché, accueillent 31 000 visiteurs par an. Le projet scientifique et culturel n'a pas été actualisé, et l'inventaire des collections n'est pas achevé. La chambre recommande de le terminer avant 2022 et d'étudier, avec l'agglomération, une gestion intercommunale des équipements culturels.

            ## Recommandations

            - Achever le récolement décennal des collections.
            - Adopter un plan pluriannuel d'entretien du patrimoine historique.
            - Actualiser les conventions de mise à disposition de services avec l'agglomération.

            La commune a répondu qu'elle partageait ces constats et que les mesures allaient dans le bon sens.
            """,
    };
}

/// <summary>The commune of Orange, with the colour and the operator absent from the subject.</summary>
public sealed class CrcPacaCommuneDOrange2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-paca-commune-d-orange-theatre-antique-2022.html",
        Title = "Commune d'Orange : la gestion du théâtre antique et des Chorégies",
        Publisher = "Chambre régionale des comptes Provence-Alpes-Côte d'Azur",
        Date = "2022-05-24",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Culture],
        Url = "https://ccomptes.example/crc/paca/orange-theatre-antique-2022",
        HasSidecar = false,
        DateCue = "Rapport d'observations définitives — mai 2022",
        Breadcrumb = ["Publications", "Provence-Alpes-Côte d'Azur"],
        Body = """
            La commune d'Orange, dans le Vaucluse, est propriétaire du théâtre antique, inscrit au patrimoine mondial de l'Unesco, et du musée d'art et d'histoire qui lui fait face. Elle en a confié l'exploitation touristique à une société privée par délégation de service public. Le théâtre accueille chaque été le festival lyrique des Chorégies, organisé par une association subventionnée. La chambre a examiné ces deux relations pour les exercices 2016 à 2020.

            ## La délégation de l'exploitation touristique

            Le contrat, signé en 2002 et prolongé à deux reprises, confie au délégataire l'accueil, la billetterie, la boutique et l'audioguide. Il reverse à la commune une redevance de 18 % du chiffre d'affaires. La chambre relève que les prolongations successives n'étaient pas justifiées par des investissements nouveaux et que la commune n'exerce pas un contrôle suffisant des comptes du délégataire.

            | En milliers d'euros | 2016 | 2018 | 2020 |
            | Chiffre d'affaires du délégataire | 4 120 | 4 610 | 1 880 |
            | Redevance versée à la commune | 742 | 830 | 338 |
            | Dépenses d'entretien du monument | 1 310 | 1 560 | 1 420 |
            Source : rapports annuels du délégataire, comptes de la commune (données fictives).

            ## Les Chorégies

            L'association des Chorégies a connu de graves difficultés financières en 2017. La commune lui a versé une subvention exceptionnelle et a renoncé à percevoir la redevance d'occupation du théâtre pendant trois ans. La chambre recommande de fixer dans une convention pluriannuelle les conditions d'occupation et les obligations de l'association.

            ## Recommandation

            Remettre en concurrence l'exploitation touristique du monument à l'échéance de 2023, en intégrant des objectifs de fréquentation et d'investissement. La commune a indiqué qu'une procédure serait lancée en 2022.
            """,
    };
}

/// <summary>The commune of Eu (two letters), between Le Tréport and Mers-les-Bains.</summary>
public sealed class CrcNormandieCommuneDEu2018 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-normandie-commune-d-eu-2018.html",
        Title = "Commune d'Eu (Seine-Maritime)",
        Publisher = "Chambre régionale des comptes Normandie",
        Date = "2018-03-13",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances],
        Url = "https://ccomptes.example/crc/normandie/eu-2018",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Publications", "Normandie"],
        Body = """
            ## Présentation

            La commune d'Eu compte 6 900 habitants. Ancienne résidence royale, elle possède un château, propriété de la commune, qui abrite le musée Louis-Philippe et l'hôtel de ville. Elle forme avec Le Tréport et Mers-les-Bains, de l'autre côté de la Bresle, l'agglomération dite des « villes sœurs ». La chambre a examiné ses comptes et sa gestion pour les exercices 2012 à 2016.

            ## Le château

            L'entretien du château pèse lourdement sur les finances communales : 0,9 M€ de dépenses de fonctionnement et 1,5 M€ d'investissement par an en moyenne. Les recettes du musée, 110 000 € par an, couvrent une faible part de ces coûts. La commune n'a pas élaboré de plan de gestion du monument, ni sollicité l'ensemble des financements possibles auprès de l'État et de la région.

            | En milliers d'euros | 2012 | 2014 | 2016 |
            | Produits de gestion | 8 410 | 8 290 | 8 120 |
            | Épargne brute | 960 | 710 | 640 |
            | Dépenses d'équipement | 2 320 | 2 810 | 1 940 |
            | Encours de dette | 7 150 | 8 060 | 8 410 |
            Source : comptes de gestion (données fictives).

            ## La situation financière

            L'épargne brute a diminué d'un tiers en quatre ans, sous l'effet de la baisse des dotations de l'État et de la hausse des charges de personnel. La capacité de désendettement atteint 13 ans en 2016, au-delà du seuil de vigilance. La chambre recommande d'adopter un plan de redressement, de hiérarchiser les investissements et de rechercher avec la communauté de communes des Villes Sœurs une mutualisation des services techniques.

            ## Réponse

            Le maire d'Eu indique que la commune a engagé une revue de ses dépenses et qu'une candidature au programme national de soutien aux petites villes a été déposée.
            """,
    };
}

/// <summary>The commune of Mer (Loir-et-Cher), with "mer" as a common word nearby.</summary>
public sealed class InseeCommuneDeMer2020 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-portrait-commune-de-mer-loir-et-cher-2020.html",
        Title = "Mer (Loir-et-Cher) : portrait d'une petite ville entre Blois et Orléans",
        Publisher = "INSEE",
        Date = "2020-06-30",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Geo],
        Url = "https://insee.example/statistiques/dossier-centre-val-de-loire-mer-2020",
        HasSidecar = false,
        DateCue = "Insee Dossier Centre-Val de Loire — Paru le 30/06/2020",
        Breadcrumb = ["Statistiques", "Centre-Val de Loire"],
        Body = """
            La commune de Mer, dans le Loir-et-Cher, compte 6 200 habitants. Située sur la rive droite de la Loire, à mi-chemin entre Blois et Orléans, elle est la ville-centre de la communauté de communes Beauce Val de Loire. Ce portrait, réalisé à la demande de la commune dans le cadre du programme Petites villes de demain, décrit sa population, son emploi et son logement. Malgré son nom, Mer est à plus de 250 kilomètres de la mer.

            ## Population

            La population de Mer augmente lentement, de 0,3 % par an entre 2012 et 2017, grâce à un solde naturel positif. Les familles avec enfants y sont plus nombreuses que dans l'ensemble du département. La commune attire des ménages travaillant à Blois ou dans l'agglomération orléanaise, séduits par des prix immobiliers modérés et la gare de la ligne Orléans-Tours.

            ## Emploi

            | Indicateur | Mer | Loir-et-Cher |
            | Population 2017 | 6 210 | 331 900 |
            | Emplois au lieu de travail | 3 480 | 128 400 |
            | Part de l'industrie dans l'emploi | 24 % | 17 % |
            | Taux de chômage | 9,8 % | 10,6 % |
            Source : Insee, recensement de la population 2017 (chiffres fictifs).

            L'industrie reste importante, avec plusieurs établissements agroalimentaires et une entreprise de logistique installés dans la zone d'activités au nord de la ville. La centrale nucléaire de Saint-Laurent-Nouan, toute proche, emploie de nombreux habitants.

            ## Logement

            Le parc de logements est ancien dans le centre, où la vacance atteint 12 %. La commune souhaite y mener une opération de revitalisation, en lien avec le programme Petites villes de demain, pour attirer de nouveaux commerces et réhabiliter les logements dégradés.
            """,
    };
}

/// <summary>The tiny commune of Bar (Corrèze), identified by its postcode in a data sheet.</summary>
public sealed class DgfipFicheCommuneBar2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgfip-comptes-individuels-bar-19800-2022.html",
        Title = "Comptes individuels des communes — Bar (19800) — exercice 2022",
        Publisher = "DGFiP",
        Date = "2023-09-05",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Finances],
        Url = "https://impots-collectivites.example/comptes/communes/2022/19016",
        HasSidecar = false,
        DateCue = "Données mises en ligne le 05/09/2023",
        Breadcrumb = ["Comptes des collectivités", "Communes", "2022"],
        Body = """
            Commune : BAR — code postal 19800 — département : Corrèze. Population légale en vigueur au 1er janvier 2022 : 311 habitants. Strate : communes de 250 à 500 habitants appartenant à un groupement à fiscalité professionnelle unique. Groupement : communauté d'agglomération Tulle Agglo.

            ## Opérations de fonctionnement

            | En euros par habitant | Commune | Moyenne de la strate |
            | Total des produits de fonctionnement | 872 | 903 |
            | dont impôts locaux | 314 | 351 |
            | dont dotation globale de fonctionnement | 228 | 196 |
            | Total des charges de fonctionnement | 701 | 744 |
            | dont charges de personnel | 262 | 270 |
            | Résultat comptable | 171 | 159 |
            Source : DGFiP, comptes de gestion 2022 (données fictives).

            ## Opérations d'investissement

            | En euros par habitant | Commune | Moyenne de la strate |
            | Dépenses d'équipement | 386 | 412 |
            | Remboursement d'emprunts | 58 | 64 |
            | Encours de la dette au 31/12 | 492 | 611 |
            | Annuité de la dette | 73 | 81 |
            Source : DGFiP, comptes de gestion 2022 (données fictives).

            ## Fiscalité

            Taux voté de taxe foncière sur les propriétés bâties : 38,12 %, dont taux départemental transféré de 21,35 %. Taux de taxe foncière sur les propriétés non bâties : 86,40 %.

            ## Avertissement

            Les comptes individuels présentent les données du seul budget principal. Les moyennes de strate sont calculées sur les communes métropolitaines de même taille et de même régime fiscal. Les montants par habitant d'une petite commune peuvent varier fortement d'une année à l'autre en fonction de ses investissements.
            """,
    };
}

/// <summary>One of three communes named Lux, disambiguated by its département.</summary>
public sealed class OfglFicheLuxSaoneEtLoire2023 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "ofgl-fiche-commune-lux-saone-et-loire-2023.html",
        Title = "Fiche commune : Lux (Saône-et-Loire)",
        Publisher = "OFGL",
        Date = "2023-09-12",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Finances],
        Url = "https://ofgl.example/donnees/fiches-communes/71269",
        Meta = HtmlMeta.JsonLd,
        TimeElement = true,
        Breadcrumb = ["Données", "Fiches communes"],
        Body = """
            Lux est une commune de Saône-et-Loire de 1 900 habitants, dans la banlieue sud de Chalon-sur-Saône. Elle est membre de la communauté d'agglomération Le Grand Chalon. Attention : deux autres communes portent le même nom, en Côte-d'Or et en Haute-Garonne ; cette fiche concerne uniquement la commune de Saône-et-Loire (code 71269).

            ## Agrégats 2022

            | En euros par habitant | Lux | Strate 1 000 à 2 000 habitants |
            | Recettes réelles de fonctionnement | 834 | 861 |
            | Dépenses réelles de fonctionnement | 692 | 710 |
            | Épargne brute | 142 | 151 |
            | Dépenses d'équipement | 297 | 318 |
            | Encours de dette | 455 | 602 |
            Source : DGFiP, comptes de gestion ; calculs OFGL (données fictives).

            ## Lecture

            La commune présente un profil financier proche de la moyenne de sa strate, avec un endettement plus faible. Ses recettes fiscales bénéficient de la présence d'une zone commerciale en bordure de la route nationale. Les dépenses d'équipement de 2022 correspondent pour l'essentiel à la rénovation du groupe scolaire.

            ## Évolution sur cinq ans

            | En milliers d'euros | 2018 | 2020 | 2022 |
            | Épargne brute | 231 | 248 | 270 |
            | Dépenses d'équipement | 412 | 366 | 565 |
            Source : DGFiP, comptes de gestion (données fictives).

            Les fiches communes sont produites automatiquement. Les ratios par habitant utilisent la population totale.
            """,
    };
}

/// <summary>The smaller of two communes named Estaing, given by its postcode and département.</summary>
public sealed class DgfipFicheEstaingHautesPyrenees2021 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgfip-fiscalite-locale-estaing-65400-2021.html",
        Title = "Fiscalité directe locale 2021 — Estaing (65400)",
        Publisher = "DGFiP",
        Date = "2022-06-14",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Finances],
        Url = "https://impots-collectivites.example/fiscalite-locale/2021/65169",
        HasSidecar = false,
        DateCue = "Données 2021 — mise en ligne juin 2022",
        Breadcrumb = ["Fiscalité locale", "2021", "Hautes-Pyrénées"],
        Body = """
            Commune d'Estaing — Hautes-Pyrénées — code postal 65400 — vallée d'Estaing, au sud d'Argelès-Gazost. Population : 95 habitants. Ne pas confondre avec Estaing (Aveyron).

            ## Bases et taux

            | Taxe | Base nette imposable (€) | Taux communal | Produit (€) |
            | Taxe foncière sur les propriétés bâties | 148 200 | 29,84 % | 44 223 |
            | Taxe foncière sur les propriétés non bâties | 9 600 | 71,20 % | 6 835 |
            | Taxe d'habitation sur les résidences secondaires | 212 400 | 11,06 % | 23 491 |
            | Cotisation foncière des entreprises | 4 100 | — | perçue par le groupement |
            Source : DGFiP, états de notification des bases (données fictives).

            ## Remarques

            Dans cette petite commune de montagne, les résidences secondaires représentent plus de la moitié des logements ; la taxe d'habitation qui les frappe reste donc une ressource importante, alors qu'elle a disparu pour les résidences principales. Le produit de la taxe foncière sur les propriétés bâties comprend l'ancienne part départementale, transférée aux communes en 2021 ; un coefficient correcteur neutralise les écarts entre la ressource transférée et la taxe d'habitation supprimée.

            ## Groupement

            La commune est membre de la communauté de communes Pyrénées Vallées des Gaves, qui perçoit la cotisation foncière des entreprises en fiscalité professionnelle unique et lui reverse une attribution de compensation.

            Les données sont provisoires jusqu'à la clôture des rôles supplémentaires.
            """,
    };
}

/// <summary>The commune of Rives (Isère): the name must still be recognised when it really is the subject.</summary>
public sealed class CrcAraCommuneDeRives2021 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-ara-commune-de-rives-isere-2021.html",
        Title = "Commune de Rives (Isère) — Observations définitives",
        Publisher = "Chambre régionale des comptes Auvergne-Rhône-Alpes",
        Date = "2021-03-30",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances],
        Url = "https://ccomptes.example/crc/ara/rives-2021",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Auvergne-Rhône-Alpes"],
        Body = """
            ## Présentation

            Rives est une commune de l'Isère de 6 500 habitants, située entre Voiron et Grenoble, membre de la communauté d'agglomération du Pays Voironnais. Ancienne ville industrielle, marquée par les papeteries et les aciéries, elle a connu un important mouvement de désindustrialisation dans les années 1990. La chambre régionale des comptes a examiné sa gestion pour les exercices 2014 à 2019.

            ## La reconversion des friches

            La commune a acquis en 2015 le site d'une ancienne usine pour y aménager un quartier mixte de logements et d'activités. Le coût de la dépollution a été sous-estimé : prévu à 1,2 M€, il atteint 3,4 M€. L'opération, confiée à une société publique locale, accuse trois ans de retard. La chambre recommande un suivi financier plus rigoureux et une information régulière du conseil municipal.

            | En milliers d'euros | 2014 | 2017 | 2019 |
            | Produits de gestion | 7 920 | 8 150 | 8 310 |
            | Épargne brute | 1 080 | 1 210 | 1 160 |
            | Dépenses d'équipement | 1 650 | 3 020 | 2 740 |
            | Encours de dette | 5 410 | 7 230 | 7 980 |
            Source : comptes de gestion (données fictives).

            ## Gestion des ressources humaines

            La commune emploie 112 agents. Le régime indemnitaire a été réformé en 2018. Le temps de travail est conforme à la durée légale. Les heures supplémentaires, nombreuses aux services techniques, ne font pas l'objet d'un contrôle automatisé.

            ## Conclusion

            La situation financière de Rives est saine mais l'opération de reconversion pèsera sur son endettement jusqu'en 2025. La gare, desservie par les trains régionaux vers Grenoble et Lyon, constitue un atout pour le nouveau quartier.
            """,
    };
}

/// <summary>One of many communes named Sainte-Colombe, identified by postcode and département.</summary>
public sealed class InseeSainteColombeRhone2019 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "insee-sainte-colombe-69560-logement-2019.html",
        Title = "Sainte-Colombe (69560) : une commune résidentielle face à Vienne",
        Publisher = "INSEE",
        Date = "2019-10-08",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Geo],
        Url = "https://insee.example/statistiques/sainte-colombe-69-2019",
        HasSidecar = false,
        DateCue = "Insee Flash Auvergne-Rhône-Alpes — Paru le 08/10/2019",
        Breadcrumb = ["Statistiques", "Auvergne-Rhône-Alpes"],
        Body = """
            Sainte-Colombe, commune du Rhône de 2 000 habitants (code postal 69560), fait face à la ville de Vienne, sur l'autre rive du fleuve. Elle fait partie de Vienne Condrieu Agglomération. Une douzaine de communes françaises portent le nom de Sainte-Colombe ; cette étude porte sur celle du Rhône.

            ## Une commune résidentielle

            Sainte-Colombe compte peu d'emplois : huit actifs sur dix travaillent dans une autre commune, principalement à Vienne et dans l'agglomération lyonnaise. Les cadres et professions intermédiaires y sont surreprésentés. Le revenu médian y est supérieur de 15 % à celui du département.

            | Indicateur | Sainte-Colombe | Rhône |
            | Population 2016 | 1 980 | 1 850 000 |
            | Part des propriétaires | 62 % | 48 % |
            | Part des logements construits après 2000 | 21 % | 19 % |
            | Actifs travaillant hors de la commune | 81 % | 67 % |
            Source : Insee, recensement de la population 2016 (chiffres fictifs).

            ## Le logement

            Les logements sont majoritairement des maisons individuelles, anciennes dans le bourg historique et plus récentes sur les coteaux. La commune, soumise aux obligations de la loi relative à la solidarité et au renouvellement urbains, compte moins de 10 % de logements sociaux, loin de l'objectif légal. Les contraintes liées aux risques d'inondation du Rhône et aux vestiges archéologiques gallo-romains limitent les possibilités de construction.

            ## Méthode

            Les comparaisons portent sur le département du Rhône hors Métropole de Lyon lorsque cela est précisé ; sinon, sur le département dans ses limites géographiques.
            """,
    };
}

/// <summary>One of many communes named Saint-Sauveur, identified by its département.</summary>
public sealed class DgclFicheSaintSauveurHauteSaone2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-dotations-saint-sauveur-haute-saone-2022.html",
        Title = "Dotations 2022 : Saint-Sauveur (Haute-Saône)",
        Publisher = "DGCL",
        Date = "2022-04-05",
        Type = DocumentTypeLabels.Dataset,
        Themes = [Themes.Dotations],
        Url = "https://collectivites-locales.example/dotations/2022/70473",
        Meta = HtmlMeta.DublinCore,
        TimeElement = true,
        Breadcrumb = ["Finances locales", "Dotations", "2022"],
        Body = """
            Fiche individuelle de répartition de la dotation globale de fonctionnement (DGF) 2022 pour la commune de Saint-Sauveur, département de la Haute-Saône, code officiel 70473. La commune compte 1 900 habitants et jouxte Luxeuil-les-Bains ; elle est membre de la communauté de communes du Pays de Luxeuil.

            ## Montants notifiés

            | Composante | 2021 (€) | 2022 (€) |
            | Dotation forfaitaire | 212 460 | 209 880 |
            | Dotation de solidarité rurale — fraction bourg-centre | 0 | 0 |
            | Dotation de solidarité rurale — fraction péréquation | 41 230 | 43 950 |
            | Dotation de solidarité rurale — fraction cible | 28 310 | 30 120 |
            | Dotation nationale de péréquation | 19 740 | 20 410 |
            | Total DGF | 301 740 | 304 360 |
            Source : DGCL, notification des dotations (montants fictifs).

            ## Critères

            Potentiel financier par habitant : 812 €, pour une moyenne de strate de 948 €. Effort fiscal : 1,08. Longueur de voirie : 21 kilomètres. Nombre d'enfants de 3 à 16 ans : 284. La commune est éligible à la fraction cible de la dotation de solidarité rurale, réservée aux 10 000 premières communes de moins de 10 000 habitants classées selon un indice synthétique.

            ## Explications

            La baisse de la dotation forfaitaire résulte de l'écrêtement appliqué aux communes dont le potentiel fiscal dépasse 75 % de la moyenne. La progression des fractions péréquation et cible reflète la hausse des enveloppes nationales décidée en loi de finances.

            Ne pas confondre avec les autres communes nommées Saint-Sauveur, notamment dans les Hautes-Alpes, l'Isère, l'Oise ou la Gironde.
            """,
    };
}

/// <summary>A commune audited with comparisons to neighbours and a regional chamber whose seat is named.</summary>
public sealed class CrcNaBergerac2022 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-na-commune-de-bergerac-2022.html",
        Title = "Commune de Bergerac : rapport d'observations définitives",
        Publisher = "Chambre régionale des comptes Nouvelle-Aquitaine",
        Date = "2022-08-30",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Finances, Themes.Emploi],
        Url = "https://ccomptes.example/crc/nouvelle-aquitaine/bergerac-2022",
        Meta = HtmlMeta.OpenGraph,
        TimeElement = true,
        Breadcrumb = ["Publications", "Nouvelle-Aquitaine"],
        Body = """
            ## Synthèse

            La chambre régionale des comptes Nouvelle-Aquitaine, dont le siège est à Bordeaux, a contrôlé les comptes et la gestion de la commune de Bergerac (Dordogne) pour les exercices 2016 et suivants. Avec 27 000 habitants, Bergerac est la deuxième ville du département, derrière Périgueux, et la ville-centre de la communauté d'agglomération Bergeracoise.

            ## Une situation financière redressée

            La commune a connu une situation tendue jusqu'en 2016. Son épargne brute s'est redressée depuis, grâce à une maîtrise des charges de personnel et à une hausse de la fiscalité en 2017. Comparée à des villes de taille voisine de la région, comme Périgueux, Agen ou Villeneuve-sur-Lot, Bergerac présente désormais un endettement moyen et une capacité d'investissement comparable.

            | En millions d'euros | 2016 | 2018 | 2021 |
            | Produits de gestion | 34,2 | 35,9 | 36,8 |
            | Épargne brute | 2,1 | 4,3 | 4,9 |
            | Dépenses d'équipement | 4,8 | 6,9 | 8,2 |
            | Encours de dette | 39,6 | 37,1 | 35,4 |
            Source : comptes de gestion (données fictives).

            ## Les ressources humaines

            La commune emploie 560 agents. Le temps de travail a été mis en conformité en 2021. L'absentéisme, 33 jours par agent, est élevé, particulièrement dans les services de propreté et des espaces verts. La chambre recommande un plan de prévention et un suivi des accidents du travail.

            ## Le centre-ville

            La revitalisation du centre historique, soutenue par le programme Action cœur de ville, mobilise 22 M€ sur six ans. Les premières opérations, sur les quais de la Dordogne et la place du marché couvert, ont été livrées. La vacance commerciale recule, de 17 % à 12 %.

            ## Recommandations

            - Mettre en place un plan de prévention de l'absentéisme.
            - Établir un plan pluriannuel d'investissement actualisé chaque année.

            Chambre régionale des comptes Nouvelle-Aquitaine, 3 place des Grands-Hommes, 33064 Bordeaux Cedex.
            """,
    };
}

/// <summary>The Ain département, with "ainsi" and the Ain river around it.</summary>
public sealed class DreesDepartementDeLAin2021 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "drees-departement-de-l-ain-protection-enfance-2021.html",
        Title = "La protection de l'enfance dans le département de l'Ain",
        Publisher = "DREES",
        Date = "2021-11-30",
        Type = DocumentTypeLabels.Etude,
        Themes = [Themes.Social],
        Url = "https://drees.example/etudes/protection-enfance-ain-2021",
        HasSidecar = false,
        DateCue = "Étude territoriale — novembre 2021",
        Breadcrumb = ["Études et statistiques", "Études territoriales"],
        Body = """
            Cette étude territoriale décrit l'organisation et l'activité de la protection de l'enfance dans le département de l'Ain, à partir des données transmises par le conseil départemental et d'entretiens avec ses services. Elle s'inscrit dans une série de monographies destinées à éclairer la diversité des pratiques départementales.

            ## Un département jeune et en croissance

            L'Ain compte 660 000 habitants, dont 25 % de moins de 20 ans. Sa population croît rapidement, portée par la proximité de Lyon et de Genève. Ainsi, le nombre de mineurs a augmenté de 8 % en dix ans, ce qui accroît mécaniquement la demande de protection.

            ## L'activité

            | Indicateur | 2016 | 2018 | 2020 |
            | Informations préoccupantes reçues | 3 120 | 3 680 | 4 210 |
            | Mineurs confiés à l'aide sociale à l'enfance | 1 240 | 1 390 | 1 520 |
            | Mesures éducatives à domicile | 1 610 | 1 720 | 1 850 |
            | Dépenses brutes (M€) | 92 | 104 | 118 |
            Source : conseil départemental de l'Ain ; DREES, enquête Aide sociale (données fictives).

            ## Organisation

            Le département a organisé ses services en cinq territoires d'action sociale, autour de Bourg-en-Bresse, Ambérieu-en-Bugey, Oyonnax, Belley et du Pays de Gex. La cellule de recueil des informations préoccupantes est centralisée. Le principal défi est le manque de places d'accueil : les familles d'accueil vieillissent et leur recrutement est difficile, en particulier dans le Pays de Gex où le coût du logement est élevé.

            ## Perspectives

            Le schéma départemental 2021-2025 prévoit la création de 150 places et le développement de l'accueil chez des tiers dignes de confiance. Ainsi que le souligne le conseil départemental, la réussite de ce plan dépendra du recrutement de professionnels.
            """,
    };
}

/// <summary>The Vienne département, with Haute-Vienne and Vienne (Isère) as traps.</summary>
public sealed class CrcNaDepartementDeLaVienne2020 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-na-departement-de-la-vienne-rsa-2020.html",
        Title = "Département de la Vienne : la gestion du revenu de solidarité active",
        Publisher = "Chambre régionale des comptes Nouvelle-Aquitaine",
        Date = "2020-12-01",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Social],
        Url = "https://ccomptes.example/crc/nouvelle-aquitaine/departement-86-rsa-2020",
        Meta = HtmlMeta.Citation,
        TimeElement = true,
        Breadcrumb = ["Publications", "Nouvelle-Aquitaine"],
        Body = """
            ## Objet

            La chambre a examiné la gestion du revenu de solidarité active (RSA) par le département de la Vienne pour les exercices 2015 à 2019. Le département, dont la préfecture est Poitiers, compte 437 000 habitants. Il verse le RSA à 13 500 foyers et finance leur accompagnement vers l'emploi.

            ## Les dépenses d'allocation

            Les dépenses d'allocation atteignent 78 M€ en 2019. La compensation versée par l'État n'en couvre que 58 %. L'écart, qui se creuse chaque année, pèse sur la capacité d'investissement du département. Le nombre d'allocataires a augmenté plus vite que dans les départements voisins de la Haute-Vienne et des Deux-Sèvres.

            | Indicateur | 2015 | 2017 | 2019 |
            | Foyers allocataires | 12 300 | 12 900 | 13 500 |
            | Dépenses d'allocation (M€) | 70,1 | 74,6 | 78,2 |
            | Compensation de l'État (M€) | 44,9 | 45,0 | 45,1 |
            Source : comptes administratifs, Caisse d'allocations familiales (données fictives).

            ## L'accompagnement

            Un allocataire sur trois n'a pas de contrat d'engagement réciproque signé, pourtant obligatoire. Les délais d'orientation dépassent trois mois. La chambre recommande de renforcer le contrôle et l'accompagnement, en lien avec Pôle emploi, et de mieux suivre les sorties du dispositif.

            ## Le contrôle

            Le département a mis en place en 2018 une équipe de contrôle qui a détecté des indus pour 2,1 M€. Leur recouvrement reste faible. La chambre note que la Vienne est l'un des rares départements de la région à publier un bilan annuel de sa politique d'insertion.

            Ce rapport ne concerne pas la ville de Vienne, en Isère.
            """,
    };
}

/// <summary>The commune of Vienne (Isère), with the river and the département as traps.</summary>
public sealed class CrcAraVilleDeVienne2019 : ITerritoryTestSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "crc-ara-ville-de-vienne-isere-2019.html",
        Title = "Ville de Vienne (Isère) : le festival Jazz à Vienne et le théâtre antique",
        Publisher = "Chambre régionale des comptes Auvergne-Rhône-Alpes",
        Date = "2019-07-16",
        Type = DocumentTypeLabels.Rod,
        Themes = [Themes.Culture],
        Url = "https://ccomptes.example/crc/ara/vienne-jazz-2019",
        HasSidecar = false,
        DateCue = "Observations définitives — juillet 2019",
        Breadcrumb = ["Publications", "Auvergne-Rhône-Alpes"],
        Body = """
            La commune de Vienne, sous-préfecture de l'Isère de 30 000 habitants, sur la rive gauche du Rhône, organise chaque été le festival Jazz à Vienne dans son théâtre antique. Le festival est géré par un établissement public de coopération culturelle (EPCC) créé en 2013, dont la ville est le principal membre et financeur. La chambre a examiné la relation entre la commune et cet établissement pour les exercices 2013 à 2017.

            ## Le financement du festival

            Le festival accueille 200 000 spectateurs, dont 80 000 payants, pour un budget de 5,5 M€. La billetterie en finance 60 %. La ville verse une subvention de 0,9 M€ et met gratuitement à disposition le théâtre antique et plusieurs agents. La valorisation de ces concours, 0,4 M€ par an, n'apparaît pas dans les comptes de l'établissement.

            | En milliers d'euros | 2013 | 2015 | 2017 |
            | Billetterie | 3 010 | 3 240 | 3 390 |
            | Subvention de la ville | 850 | 880 | 900 |
            | Mécénat | 410 | 520 | 610 |
            | Résultat de l'exercice | – 120 | 45 | 80 |
            Source : comptes de l'EPCC (données fictives).

            ## Observations

            La chambre recommande de valoriser les concours en nature dans une convention et dans les comptes, de clarifier les règles de mise à disposition du monument en dehors de la période du festival et d'associer davantage Vienne Condrieu Agglomération, dont les habitants forment une part importante du public.

            Le présent rapport concerne la commune de Vienne et non le département de la Vienne ni la rivière du même nom.
            """,
    };
}
