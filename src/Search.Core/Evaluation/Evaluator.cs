using Search.Core.Querying;

namespace Search.Core.Evaluation;

public sealed record QueryEvaluation(JudgedQuery Query, IReadOnlyList<string> Ranked, long Total, double Ndcg10, double Mrr10, double P5, double R10);

public sealed record EvaluationReport(IReadOnlyList<QueryEvaluation> Queries)
{
    private IEnumerable<QueryEvaluation> Judged => Queries.Where(q => !q.Query.ExpectsNoAnswer);
    public double Ndcg10 => Judged.Select(q => q.Ndcg10).DefaultIfEmpty().Average();
    public double Mrr10 => Judged.Select(q => q.Mrr10).DefaultIfEmpty().Average();
    public double P5 => Judged.Select(q => q.P5).DefaultIfEmpty().Average();
    public double R10 => Judged.Select(q => q.R10).DefaultIfEmpty().Average();
    public int JudgedCount => Judged.Count();
    public int NoAnswerCount => Queries.Count(q => q.Query.ExpectsNoAnswer);

    /// <summary>No-answer queries that came back empty (no confident-looking hits).</summary>
    public int NoAnswerEmpty => Queries.Count(q => q.Query.ExpectsNoAnswer && q.Total == 0);
}

/// <summary>Runs a judged query set against an index; documents are matched to judged files by their source path.</summary>
public static class Evaluator
{
    /// <param name="withRelaxed">Rank the relaxed hits (the labelled partial matches the page shows when no document has
    /// every word) for a query with no hit, instead of nothing. The no-answer count still reads the hits: a no-answer
    /// query may show labelled relaxed hits.</param>
    public static EvaluationReport Run(SearchService search, IReadOnlyList<JudgedQuery> queries, int depth = 10, bool withRelaxed = false)
    {
        var results = new List<QueryEvaluation>();
        foreach (var q in queries)
        {
            var response = search.Search(new SearchRequest { Query = q.Text, Size = depth });
            var shown = withRelaxed && response.Hits.Count == 0 && response.Relaxed is { } relaxed ? relaxed.Hits : response.Hits;
            var ranked = shown.Select(h => search.GetById(h.Id)?.SourcePath ?? h.Url).ToList();
            results.Add(new QueryEvaluation(q, ranked, response.Total,
                RelevanceMetrics.NdcgAt(10, ranked, q.Grades),
                RelevanceMetrics.ReciprocalRankAt(10, ranked, q.Grades),
                RelevanceMetrics.PrecisionAt(5, ranked, q.Grades),
                RelevanceMetrics.RecallAt(10, ranked, q.Grades)));
        }
        return new EvaluationReport(results);
    }
}
