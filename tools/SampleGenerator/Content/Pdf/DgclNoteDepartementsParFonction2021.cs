using SampleGenerator.Model;

namespace SampleGenerator.Content.Pdf;

/// <summary>The functional presentation: "dépenses par fonction" often, never the word for running costs.</summary>
public sealed class DgclNoteDepartementsParFonction2021 : ISampleSource
{
    public SampleDocument Create() => new PdfSample
    {
        FileName = "dgcl-depenses-departements-par-fonction-2021.pdf",
        Title = "Les dépenses des départements par fonction en 2021",
        Publisher = "DGCL",
        Date = "2023-02-07",
        Type = DocumentTypeLabels.Publication,
        Themes = [Themes.Finances, Themes.Social],
        Url = "https://dgcl.example/statistiques/finances/depenses-departements-par-fonction-2021.pdf",
        RunningHeader = "DGCL — Les dépenses des départements par fonction en 2021",
        Hyphenate = true,
        FooterLabel = "Collectivités locales en chiffres — note de conjoncture",
        Masthead = ["Direction générale des collectivités locales", "Note de l'Observatoire des finances départementales — février 2023"],
        Subtitle = "Présentation fonctionnelle des comptes : l'action sociale absorbe plus de la moitié des dépenses",
        Byline = ["Publication : 7 février 2023"],
        CheckPhrase = "dépenses par fonction",
        Body = """
            Les comptes des départements peuvent être lus de deux façons : par nature (salaires, subventions, achats…) ou par destination. Cette note retient la seconde lecture : les dépenses par fonction rattachent chaque euro à la politique publique qu'il finance, qu'il s'agisse d'une dépense courante ou d'un investissement. En 2021, les dépenses par fonction des départements de métropole et d'outre-mer atteignent 75,6 milliards d'euros. L'action sociale en représente 55 %, les réseaux et infrastructures 9 %, l'enseignement 7 %.

            ## La nomenclature fonctionnelle M52

            Dans l'instruction budgétaire et comptable M52, chaque dépense est affectée à l'une des dix fonctions : services généraux, sécurité, enseignement, culture-vie sociale-jeunesse-sports, prévention médico-sociale, action sociale, réseaux et infrastructures, aménagement et environnement, transports, développement économique. Les dépenses par fonction sont issues de la présentation croisée du compte administratif. Leur total diffère légèrement de celui de la présentation par nature, car les opérations d'ordre et les mouvements financiers ne sont pas ventilés.

            [[cols]]
            ### Action sociale : 41,6 milliards d'euros

            L'action sociale reste de loin la première des dépenses par fonction. Elle regroupe les allocations individuelles de solidarité (revenu de solidarité active, allocation personnalisée d'autonomie, prestation de compensation du handicap), l'aide sociale à l'enfance et l'hébergement des personnes âgées et handicapées. En 2021, elle progresse de 2,3 %, tirée par l'aide sociale à l'enfance et par la revalorisation des métiers de l'aide à domicile.

            Le poids de cette fonction varie selon le profil des territoires. Ainsi, dans le Pas-de-Calais, le Nord et la Seine-Saint-Denis, l'action sociale dépasse 62 % des dépenses par fonction. Dans les Hautes-Alpes ou en Savoie, départements où les routes de montagne pèsent lourd, elle reste sous 48 %.

            ### Réseaux et infrastructures : 6,8 milliards d'euros

            La voirie départementale, qui compte environ 380 000 kilomètres de routes, constitue l'essentiel de cette fonction. Les dépenses d'entretien et de grosses réparations progressent en 2021, après une année 2020 ralentie par les confinements. Les départements ruraux comme la Creuse, le Cantal ou la Lozère consacrent aux routes plus de 200 euros par habitant.

            ### Enseignement : 5,3 milliards d'euros

            Les départements ont la charge des collèges : construction, rénovation, entretien, restauration scolaire et personnels techniques. Les dépenses par fonction consacrées à l'enseignement augmentent de 4,1 % en 2021, sous l'effet de plans pluriannuels de rénovation énergétique des collèges, notamment en Gironde, dans le Val-d'Oise et en Loire-Atlantique.
            [[/cols]]

            | Fonction (nomenclature M52) | Montant 2021 (Md€) | Part | Évolution 2021/2020 | € par habitant |
            | Services généraux | 5,9 | 7,8 % | + 1,2 % | 87 |
            | Sécurité (SDIS) | 3,1 | 4,1 % | + 2,8 % | 46 |
            | Enseignement | 5,3 | 7,0 % | + 4,1 % | 78 |
            | Culture, vie sociale, jeunesse, sports | 1,9 | 2,5 % | + 6,3 % | 28 |
            | Prévention médico-sociale | 0,9 | 1,2 % | + 3,5 % | 13 |
            | Action sociale | 41,6 | 55,0 % | + 2,3 % | 614 |
            | Réseaux et infrastructures | 6,8 | 9,0 % | + 5,0 % | 100 |
            | Aménagement et environnement | 2,2 | 2,9 % | + 7,4 % | 32 |
            | Transports | 1,6 | 2,1 % | – 1,8 % | 24 |
            | Développement économique | 0,7 | 0,9 % | – 4,0 % | 10 |
            | Autres et non ventilé | 5,6 | 7,4 % | – | 83 |
            | Ensemble des dépenses par fonction | 75,6 | 100 % | + 2,6 % | 1 115 |
            Source : DGCL, comptes administratifs 2021 des départements, présentation croisée (données fictives).

            ## Les autres fonctions

            Les services départementaux d'incendie et de secours (SDIS) sont financés en grande partie par les départements : cette contribution apparaît dans la fonction sécurité. Les dépenses de culture, de vie sociale, de jeunesse et de sports rebondissent en 2021 avec la réouverture des équipements et le soutien aux festivals, en particulier en Ardèche, dans les Bouches-du-Rhône et en Haute-Garonne.

            La fonction transports est désormais réduite. Depuis la loi de 2015 portant nouvelle organisation territoriale, le transport scolaire et interurbain relève des régions ; les départements conservent surtout le transport des élèves handicapés. Les dépenses de développement économique reculent également, les aides directes aux entreprises étant réservées aux régions.

            ## Comparer les départements

            Rapportées à la population, les dépenses par fonction permettent de comparer des départements de tailles très différentes. Leur structure dépend de la pyramide des âges, du taux de pauvreté, de la longueur du réseau routier et de la densité. Un département très rural et âgé comme la Creuse dépense davantage par habitant pour l'autonomie des personnes âgées ; un département jeune et urbain comme la Seine-Saint-Denis dépense davantage pour l'aide sociale à l'enfance et le revenu de solidarité active.

            | Département (exemples) | Action sociale (€/hab.) | Réseaux et infrastructures (€/hab.) | Enseignement (€/hab.) |
            | Creuse | 842 | 231 | 96 |
            | Gironde | 598 | 74 | 81 |
            | Nord | 701 | 62 | 72 |
            | Seine-Saint-Denis | 779 | 41 | 88 |
            | Haute-Savoie | 471 | 129 | 85 |
            Source : DGCL, comptes 2021 (valeurs fictives).

            ## Précautions de lecture

            Les dépenses par fonction ne tiennent pas compte des dépenses réalisées par les satellites des départements (syndicats mixtes, établissements publics). Les charges de personnel sont en principe ventilées par fonction, mais une partie reste rattachée aux services généraux. Les montants de cette note sont fictifs et destinés à la démonstration.
            """,
    };
}
