using Search.Core.Evaluation;

namespace Search.Core.Tests.Evaluation;

public class RelevanceMetricsTests
{
    private static readonly Dictionary<string, int> Grades = new() { ["a"] = 3, ["b"] = 1, ["c"] = 2 };

    [Fact]
    public void Perfect_ranking_has_ndcg_one() =>
        Assert.Equal(1.0, RelevanceMetrics.NdcgAt(10, ["a", "c", "b"], Grades), 6);

    [Fact]
    public void Ndcg_follows_the_graded_formula()
    {
        // DCG = (2^1-1)/log2(2) + (2^3-1)/log2(3) = 1 + 4.4165; IDCG = 7 + 3/log2(3) + 1/2
        var expected = (1 + 7 / Math.Log2(3)) / (7 + 3 / Math.Log2(3) + 0.5);
        Assert.Equal(expected, RelevanceMetrics.NdcgAt(10, ["b", "a", "x"], Grades), 6);
    }

    [Fact]
    public void Reciprocal_rank_precision_and_recall()
    {
        string[] ranked = ["x", "y", "c", "z", "a", "b"];
        Assert.Equal(1.0 / 3, RelevanceMetrics.ReciprocalRankAt(10, ranked, Grades), 6);
        Assert.Equal(0.0, RelevanceMetrics.ReciprocalRankAt(2, ranked, Grades));
        Assert.Equal(2.0 / 5, RelevanceMetrics.PrecisionAt(5, ranked, Grades), 6);
        Assert.Equal(1.0, RelevanceMetrics.RecallAt(10, ranked, Grades), 6);
        Assert.Equal(2.0 / 3, RelevanceMetrics.RecallAt(5, ranked, Grades), 6);
    }

    [Fact]
    public void Judged_sets_are_read_and_checked()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "q.tsv"), "qid\tquery\tkind\tnote\nq1\tapprentis\tknown-item\t\nq2\tdengue\tno-answer\t\n");
            File.WriteAllText(Path.Combine(dir, "r.tsv"), "qid\tfile\tgrade\nq1\tpdf/a.pdf\t3\n");
            var set = JudgedQueries.Load(Path.Combine(dir, "q.tsv"), Path.Combine(dir, "r.tsv"));
            Assert.Equal(2, set.Count);
            Assert.Equal(3, set[0].Grades["pdf/a.pdf"]);
            Assert.True(set[1].ExpectsNoAnswer);

            // Documents judged irrelevant (grade 0) do not make a no-answer query a graded one.
            File.WriteAllText(Path.Combine(dir, "r.tsv"), "qid\tfile\tgrade\nq1\tpdf/a.pdf\t3\nq2\tpdf/a.pdf\t0\nq2\thtml/b.html\t0\n");
            set = JudgedQueries.Load(Path.Combine(dir, "q.tsv"), Path.Combine(dir, "r.tsv"));
            Assert.False(set[0].ExpectsNoAnswer);
            Assert.True(set[1].ExpectsNoAnswer);
            var report = new EvaluationReport([new QueryEvaluation(set[0], ["pdf/a.pdf"], 1, 1, 1, 0.2, 1), new QueryEvaluation(set[1], [], 0, 0, 0, 0, 0)]);
            Assert.Equal((1, 1, 1, 1.0), (report.JudgedCount, report.NoAnswerCount, report.NoAnswerEmpty, report.Ndcg10));

            File.WriteAllText(Path.Combine(dir, "r.tsv"), "qid\tfile\tgrade\nq9\tpdf/a.pdf\t3\n");
            Assert.Throws<FormatException>(() => JudgedQueries.Load(Path.Combine(dir, "q.tsv"), Path.Combine(dir, "r.tsv")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
