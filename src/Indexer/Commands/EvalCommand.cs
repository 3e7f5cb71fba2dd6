using System.CommandLine;
using Search.Core.Evaluation;
using Search.Core.Querying;

namespace Search.Indexer.Commands;

/// <summary><c>eval --index &lt;dir&gt; --queries &lt;tsv&gt; --qrels &lt;tsv&gt;</c>: nDCG@10, MRR@10, P@5, R@10 of a judged query set.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "The index folder.", HelpName = "dir", Required = true };
        var queries = new Option<FileInfo>("--queries") { Description = "The judged queries (TSV, the format of eval/).", Required = true }.AcceptExistingOnly();
        var qrels = new Option<FileInfo>("--qrels") { Description = "The relevance judgements (TSV).", Required = true }.AcceptExistingOnly();
        var command = new Command("eval", "Runs a judged query set and prints nDCG@10, MRR@10, P@5 and R@10 per query and on average.") { index, queries, qrels };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(index), parsed.GetRequiredValue(queries).FullName, parsed.GetRequiredValue(qrels).FullName));
        return command;
    }

    private static int Run(string indexPath, string queriesPath, string qrelsPath)
    {
        var queries = JudgedQueries.Load(queriesPath, qrelsPath);
        using var provider = new IndexSearcherProvider(indexPath);
        if (!provider.IsOpen)
        {
            Console.Error.WriteLine($"error: no index at {indexPath}");
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
