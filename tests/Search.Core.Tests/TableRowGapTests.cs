using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
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

    /// <summary>The line-by-line definition of the boundaries (the first version's), against which the one-pass search is checked.</summary>
    private static int[] LineByLine(string text)
    {
        var boundaries = new List<int>();
        var inTable = false;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start);
            if (line.Contains(TableRowGapFilter.CellSeparator, StringComparison.Ordinal))
            {
                boundaries.Add(start);
                inTable = true;
            }
            else if (inTable && !line.IsWhiteSpace())
            {
                boundaries.Add(start);
                inTable = false;
            }
            start = end + 1;
        }
        return [.. boundaries];
    }

    [Theory]
    [InlineData("")]
    [InlineData("a | b")]
    [InlineData(" | ")]
    [InlineData("a | b\n")]
    [InlineData("a | b\n\n  \n")]
    [InlineData("a | b\nc | d\nfin")]
    [InlineData("intro\r\na | b\r\n\r\n \t\r\n  suite\r\nc | d | e\r\n")]
    [InlineData("intro\n\na | b | c\n\n\nentre\ndeux\nd | e\n   après le second")]
    [InlineData("x |y\n|z\na |  b\n a | b \n")]
    [InlineData("\n | \n\n | \n")]
    public void The_one_pass_boundaries_are_the_line_by_line_ones(string text)
    {
        Assert.Equal(LineByLine(text), TableRowGapFilter.Boundaries(text));
    }

    [Fact]
    public void The_one_pass_boundaries_are_the_line_by_line_ones_on_generated_texts()
    {
        var random = new Random(7);
        string[] pieces = ["mot", " ", " | ", "|", "\n", "\n", "\r\n", "  ", "\t", "ligne de texte", "a | b"];
        for (var n = 0; n < 2000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(LineByLine(text), TableRowGapFilter.Boundaries(text));
        }
    }

    private const string Other = "Un texte sans tableau, une seule ligne de prose sur les comptes des communes et leur budget annuel.";
    private const string Shifted = "Préambule plus long que celui de l'autre texte, pour décaler les lignes.\nCommune | Montant\nEvreux | 12\nVernon | 7\nConclusion.";

    private static List<(string Term, int Position, int Start)> Read(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var tokens = new List<(string, int, int)>();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position, offset.StartOffset));
        }
        stream.End();
        return tokens;
    }

    private static List<(string Term, int Position, int Start)> Alone(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        return Read(stream);
    }

    public static TheoryData<string, string> FieldPairs => new()
    {
        { Schema.Body, Schema.BodyExact }, { Schema.BodyExact, Schema.Body }, { Schema.Body, Schema.Title }, { Schema.Title, Schema.Body },
    };

    [Theory]
    [MemberData(nameof(FieldPairs))]
    public void Two_streams_taken_before_either_is_reset_each_get_their_own_rows(string firstField, string secondField)
    {
        // Every pair of texts (a table and none, two tables at different offsets), streams taken from the schema's
        // analyzer and from the two chains directly, read in the order taken and in the other order.
        (string, string)[] texts = [(Text, Other), (Other, Text), (Text, Shifted), (Shifted, Text)];
        Analyzer[] firsts = [FrenchAnalyzers.ForSchema, FrenchAnalyzers.Exact, FrenchAnalyzers.Stemmed];
        Analyzer[] seconds = [FrenchAnalyzers.ForSchema, FrenchAnalyzers.Stemmed, FrenchAnalyzers.Exact];
        foreach (var (firstText, secondText) in texts)
        {
            for (var k = 0; k < firsts.Length; k++)
            {
                // The same analyzer for two fields shares one chain when it is not the per-field schema analyzer.
                if (!ReferenceEquals(firsts[k], FrenchAnalyzers.ForSchema) && ReferenceEquals(firsts[k], seconds[k])) continue;
                var firstExpected = Alone(firsts[k], firstField, firstText);
                var secondExpected = Alone(seconds[k], secondField, secondText);
                foreach (var firstReadFirst in new[] { true, false })
                {
                    using var first = firsts[k].GetTokenStream(firstField, firstText);
                    using var second = seconds[k].GetTokenStream(secondField, secondText);
                    List<(string, int, int)> a, b;
                    if (firstReadFirst) { a = Read(first); b = Read(second); }
                    else { b = Read(second); a = Read(first); }
                    Assert.Equal(firstExpected, a);
                    Assert.Equal(secondExpected, b);
                }
            }
        }
        // And the expectations are the rows' own: a body text with a table has its gaps, a title none.
        var body = Alone(FrenchAnalyzers.ForSchema, Schema.Body, Shifted);
        Assert.Contains(body, t => t.Term == "vernon");
        Assert.True(body.Single(t => t.Term == "vernon").Position - body.Single(t => t.Term == "montant").Position > TableRowGapFilter.RowGap);
        var title = Alone(FrenchAnalyzers.ForSchema, Schema.Title, Shifted);
        Assert.All(title.Zip(title.Skip(1)), pair => Assert.True(pair.Second.Position - pair.First.Position < 10));
    }
}
