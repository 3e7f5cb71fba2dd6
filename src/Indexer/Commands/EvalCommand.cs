using Search.Core.Evaluation;
using Search.Core.Querying;

namespace Search.Indexer.Commands;

/// <summary><c>eval --index &lt;dir&gt; --queries &lt;tsv&gt; --qrels &lt;tsv&gt;</c>: nDCG@10, MRR@10, P@5, R@10 of a judged query set.</summary>
public static class EvalCommand
{
    public static int Run(Arguments args)
    {
        args.AllowOnly("index", "queries", "qrels");
        var queries = JudgedQueries.Load(args.Required("queries"), args.Required("qrels"));
        using var provider = new IndexSearcherProvider(args.Required("index"));
        if (!provider.IsOpen)
        {
            Console.Error.WriteLine($"error: no index at {args.One("index")}");
            return 1;
        }
        var report = Evaluator.Run(new SearchService(provider), queries);
        Console.WriteLine($"{"qid",-5} {"kind",-17} {"nDCG@10",7} {"MRR@10",7} {"P@5",5} {"R@10",5} {"total",6}  query");
        foreach (var q in report.Queries)
        {
            var metrics = q.Query.ExpectsNoAnswer
                ? $"{"-",7} {"-",7} {"-",5} {"-",5}"
                : $"{q.Ndcg10,7:0.000} {q.Mrr10,7:0.000} {q.P5,5:0.00} {q.R10,5:0.00}";
            Console.WriteLine($"{q.Query.Id,-5} {q.Query.Kind,-17} {metrics} {q.Total,6}  {q.Query.Text}");
        }
        Console.WriteLine();
        Console.WriteLine($"mean over {report.JudgedCount} judged queries: nDCG@10 {report.Ndcg10:0.000}  MRR@10 {report.Mrr10:0.000}  P@5 {report.P5:0.000}  R@10 {report.R10:0.000}");
        if (report.NoAnswerCount > 0)
            Console.WriteLine($"no-answer queries answered with no hit: {report.NoAnswerEmpty}/{report.NoAnswerCount}");
        return 0;
    }
}
