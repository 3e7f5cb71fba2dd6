using Search.Core.Analysis;
using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Core.Tests;

/// <summary>The rows of a table are apart in the text's positions: each row is a passage of its own.</summary>
public class TableRowGapTests
{
    private const string Text = "Les subventions de 2013.\nBénéficiaire | Département | Montant\nVictimes accidents route | 27 - Eure | 2500\nClub football | 78 - Yvelines | 1200\nFin de la liste.";

    [Fact]
    public void Rows_and_the_text_after_a_table_start_at_their_lines()
    {
        var boundaries = TableRowGapFilter.Boundaries(Text);
        Assert.Equal(
            [Text.IndexOf("Bénéficiaire", StringComparison.Ordinal), Text.IndexOf("Victimes", StringComparison.Ordinal),
             Text.IndexOf("Club", StringComparison.Ordinal), Text.IndexOf("Fin", StringComparison.Ordinal)],
            boundaries);
        Assert.Empty(TableRowGapFilter.Boundaries("Un texte sans tableau.\nDeux lignes, un|seul, 1|2"));
    }

    [Fact]
    public void Words_of_one_row_stay_close_words_of_two_rows_are_further_apart_than_any_passage()
    {
        foreach (var analyzer in new[] { FrenchAnalyzers.Stemmed, FrenchAnalyzers.Exact })
        {
            var positions = FrenchAnalyzers.TermPositions(analyzer, Text, Schema.Body).ToDictionary(t => t.Term, t => t.Position);
            int At(string word) => positions[FrenchAnalyzers.Terms(analyzer, word).Single()];
            Assert.Equal(1, At("route") - At("accidents"));
            Assert.True(At("victimes") - At("département") > RankingParameters.Default.PassageWidth);
            Assert.True(At("fin") - At("yvelines") > RankingParameters.Default.PassageWidth);
            // Before the table, the text runs on: "subventions de 2013" as usual (the stop word keeps its position).
            Assert.Equal(2, At("2013") - At("subventions"));
        }
        // Other fields have no rows: the title's words keep their neighbours.
        var title = FrenchAnalyzers.TermPositions(FrenchAnalyzers.Stemmed, "Montant | Département\nBénéficiaire | Objet", Schema.Title);
        Assert.Equal(Enumerable.Range(0, title.Count), title.Select(t => t.Position));
    }

    [Fact]
    public void A_title_analysed_after_a_text_on_the_same_thread_gets_no_gap()
    {
        _ = FrenchAnalyzers.TermPositions(FrenchAnalyzers.ForSchema, Text, Schema.Body);
        var title = FrenchAnalyzers.TermPositions(FrenchAnalyzers.ForSchema, "Victimes accidents route | Eure", Schema.Title);
        Assert.Equal(Enumerable.Range(0, title.Count), title.Select(t => t.Position));
    }
}
