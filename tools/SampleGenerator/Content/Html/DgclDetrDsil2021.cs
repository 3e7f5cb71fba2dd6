using SampleGenerator.Model;

namespace SampleGenerator.Content.Html;

public sealed class DgclDetrDsil2021 : ISampleSource
{
    public SampleDocument Create() => new HtmlSample
    {
        FileName = "dgcl-dotations-investissement-detr-dsil-2021.html",
        Title = "Les dotations de soutien à l'investissement local en 2021 : DETR, DSIL, DPV et DSID",
        Publisher = "DGCL",
        Date = "2022-04-26",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Dotations],
        Url = "https://dgcl.example/finances-locales/dotations/investissement-2021",
        Meta = HtmlMeta.OpenGraph,
        TimeElement = true,
        Breadcrumb = ["Finances locales", "Dotations"],
        PdfLink = ("https://dgcl.example/finances-locales/dotations/fichiers/bilan-dotations-investissement-2021.pdf", "Bilan détaillé par département (PDF)"),
        Body = """
            En 2021, l'État a engagé 2,9 milliards d'euros de subventions d'investissement aux collectivités au titre de ses quatre dotations : la dotation d'équipement des territoires ruraux (DETR), la dotation de soutien à l'investissement local (DSIL), la dotation politique de la ville (DPV) et la dotation de soutien à l'investissement des départements (DSID). Ce montant, exceptionnel, comprend 950 millions d'euros de crédits supplémentaires ouverts dans le cadre du plan de relance, affectés en priorité à la rénovation énergétique des bâtiments publics.

            ## Les montants engagés

            | Dotation | Crédits engagés 2021 (M€) | Nombre d'opérations | Subvention moyenne (k€) |
            | DETR | 1 046 | 24 300 | 43 |
            | DSIL (dont plan de relance) | 1 520 | 7 900 | 192 |
            | Dotation politique de la ville | 150 | 1 100 | 136 |
            | DSID | 212 | 1 400 | 151 |
            | Ensemble | 2 928 | 34 700 | 84 |
            Source : DGCL, bilan des dotations d'investissement 2021 (données fictives).

            ## La DETR, dotation des communes rurales

            La DETR bénéficie aux communes et aux groupements des territoires ruraux. Les préfets de département attribuent les subventions après avis d'une commission d'élus, qui fixe les catégories d'opérations prioritaires. En 2021, les écoles, les mairies, la voirie et les équipements sportifs concentrent la moitié des crédits. La subvention moyenne est modeste, mais elle déclenche souvent le projet : dans de nombreuses petites communes, elle représente entre 25 et 40 % du coût de l'opération.

            ## La DSIL et le plan de relance

            La DSIL, attribuée par les préfets de région, finance des projets de plus grande taille : rénovation thermique, transition énergétique, mise aux normes des équipements publics, développement du numérique, création de logements. En 2021, ses crédits ont été plus que doublés par le plan de relance. Ainsi, la rénovation énergétique de groupes scolaires à Lille (Nord), la construction d'une chaufferie bois à Besançon (Doubs) ou la réhabilitation d'un gymnase à Rodez (Aveyron) figurent parmi les opérations financées.

            ## Répartition par région

            Les régions les plus rurales et les plus peuplées reçoivent les montants les plus élevés. L'Auvergne-Rhône-Alpes, l'Occitanie et la Nouvelle-Aquitaine concentrent 36 % des crédits. Rapporté à la population, l'effort est le plus élevé en Corse, en Bourgogne-Franche-Comté et dans le Centre-Val de Loire, régions où la DETR pèse lourd.

            ## Les thèmes financés

            - Rénovation énergétique des bâtiments publics : 34 % des crédits.
            - Équipements scolaires et périscolaires : 18 %.
            - Voirie, ouvrages d'art et mobilités douces : 14 %.
            - Équipements sportifs et culturels : 12 %.
            - Mise en accessibilité et sécurité : 9 %.
            - Autres (numérique, patrimoine, services publics) : 13 %.

            ## Un effet de levier sur l'investissement local

            Les subventions de l'État ne couvrent qu'une partie du coût des opérations : en moyenne 28 % pour la DETR et 22 % pour la DSIL. Le reste est financé par l'autofinancement des collectivités, par l'emprunt et par d'autres subventions, notamment des départements et des régions. Les 2,9 milliards d'euros engagés en 2021 accompagnent ainsi près de 11 milliards d'euros de travaux, qui seront réalisés sur plusieurs exercices.

            ## Les difficultés signalées

            Les petites communes signalent la complexité des dossiers, les délais d'instruction et la difficulté à réunir plusieurs cofinancements avant de lancer les travaux. Les sous-préfectures ont renforcé leur rôle de conseil, et plusieurs départements ont mis en place une ingénierie publique pour aider les communes à monter leurs projets.

            ## Calendrier et transparence

            Les collectivités déposent leurs dossiers au début de l'année, sur une plateforme dématérialisée. La liste des opérations subventionnées est publiée par chaque préfecture avant le 30 septembre de l'année suivante, conformément à la loi. Les données de cette page sont des exemples fictifs construits pour un corpus de démonstration.
            """,
    };
}
