using System.CommandLine;
using System.Globalization;
using Search.Core.Analysis;
using Search.Core.Evaluation;
using Search.Core.Querying;

namespace Search.Indexer.Commands;

/// <summary>
/// <c>eval --index &lt;dir&gt; --queries &lt;tsv&gt; --qrels &lt;tsv&gt; [--set name=value]… [--sweep name=v1,v2,…]</c>: nDCG@10, MRR@10,
/// P@5, R@10 of a judged query set, with production's ranking parameters or some of them changed
/// (<see cref="RankingParameters"/>); a sweep runs the set once per value of one parameter, in one process. <c>--synonyms
/// &lt;file&gt;</c> plans the queries with another synonym file than production's (to measure what some groups do), <c>--glossary
/// &lt;file|none&gt;</c> with another glossary or none (production's data is both files, <see cref="Synonyms.Default"/>).
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "The index folder.", HelpName = "dir", Required = true };
        var queries = new Option<FileInfo>("--queries") { Description = "The judged queries (TSV, the format of eval/).", Required = true }.AcceptExistingOnly();
        var qrels = new Option<FileInfo>("--qrels") { Description = "The relevance judgements (TSV).", Required = true }.AcceptExistingOnly();
        var set = new Option<string[]>("--set")
        {
            Description = $"A ranking parameter changed for this run, name=value (repeatable). Names: {string.Join(", ", RankingParameters.Names)}.",
            HelpName = "name=value",
        };
        var sweep = new Option<string?>("--sweep")
        {
            Description = "Runs the set once per value of one ranking parameter, name=v1,v2,…, and prints one line of means per value (and each query's nDCG@10).",
            HelpName = "name=values",
        };
        var withRelaxed = new Option<bool>("--with-relaxed")
        {
            Description = "Ranks the relaxed hits (labelled partial matches, as the page shows them) of a query that has no hit; the no-answer count still reads the hits. The figures of record are without it.",
        };
        var synonyms = new Option<FileInfo>("--synonyms")
        {
            Description = "Plans the queries with this synonym file (the format of src/Search.Core/Analysis/Data/synonyms.txt) instead of production's, say with some groups left out.",
            HelpName = "file",
        }.AcceptExistingOnly();
        var glossary = new Option<string>("--glossary")
        {
            Description = "Plans the queries with this glossary file (the format of src/Search.Core/Analysis/Data/glossary.txt) instead of production's, or with none (\"none\"); the synonyms stay production's unless --synonyms is given.",
            HelpName = "file|none",
        };
        var command = new Command("eval", "Runs a judged query set and prints nDCG@10, MRR@10, P@5 and R@10 per query and on average.") { index, queries, qrels, set, sweep, withRelaxed, synonyms, glossary };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(index), parsed.GetRequiredValue(queries).FullName, parsed.GetRequiredValue(qrels).FullName,
            parsed.GetValue(set) ?? [], parsed.GetValue(sweep), parsed.GetValue(withRelaxed), parsed.GetValue(synonyms)?.FullName, parsed.GetValue(glossary)));
        return command;
    }

    private static int Run(string indexPath, string queriesPath, string qrelsPath, string[] settings, string? sweep, bool withRelaxed, string? synonymsPath,
        string? glossaryPath)
    {
        RankingParameters ranking;
        List<(string Name, string Value)> values;
        Synonyms synonyms;
        try
        {
            synonyms = Synonyms.FromFiles(synonymsPath, glossaryPath);
        }
        catch (FormatException e)
        {
            // The message names the file's kind and line ("synonyms line 3", "glossary line 3").
            Console.Error.WriteLine($"error: {(e.Message.StartsWith("glossary", StringComparison.Ordinal) ? glossaryPath : synonymsPath)}: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // (The runtime's message names the file; so does ours, the glossary when it is the one.)
            var reading = glossaryPath is not null && e.Message.Contains(glossaryPath, StringComparison.Ordinal) ? glossaryPath : synonymsPath ?? glossaryPath;
            Console.Error.WriteLine($"error: {reading}: {e.Message}");
            return 2;
        }
        try
        {
            ranking = RankingParameters.Default.WithSettings(settings);
            values = [];
            if (sweep is not null)
            {
                var (swept, list) = RankingParameters.Setting(sweep);
                values = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => (swept, v)).ToList();
            }
            foreach (var (n, v) in values) ranking.With(n, v);   // every value checked before the first run
            if (sweep is not null && values.Count == 0) throw new ArgumentException("--sweep needs name=v1,v2,….");
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        var queries = JudgedQueries.Load(queriesPath, qrelsPath);
        using var provider = new IndexSearcherProvider(indexPath);
        if (!provider.IsOpen)
        {
            Console.Error.WriteLine($"error: no index at {indexPath}");
            return 1;
        }
        if (sweep is not null)
        {
            foreach (var (name, value) in values)
            {
                var report = Evaluate(provider, ranking.With(name, value), synonyms, queries, withRelaxed);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}={value}\tnDCG@10 {report.Ndcg10:0.0000}\tMRR@10 {report.Mrr10:0.0000}\tR@10 {report.R10:0.0000}\tno-answer {report.NoAnswerEmpty}/{report.NoAnswerCount}\t")
                    + string.Join(" ", report.Queries.Where(q => !q.Query.ExpectsNoAnswer).Select(q => string.Create(CultureInfo.InvariantCulture, $"{q.Query.Id}:{q.Ndcg10:0.000}"))));
            }
            return 0;
        }
        var single = Evaluate(provider, ranking, synonyms, queries, withRelaxed);
        if (ranking != RankingParameters.Default) Console.WriteLine($"ranking parameters changed: {ranking}");
        if (synonymsPath is not null || glossaryPath is not null)
            Console.WriteLine($"synonyms: {synonymsPath ?? "production's"}, glossary: {glossaryPath ?? "production's"} ({synonyms.Groups.Count} groups)");
        if (withRelaxed) Console.WriteLine("ranked: the hits, or the relaxed hits of a query that has none (--with-relaxed)");
        Console.WriteLine($"{"qid",-5} {"kind",-17} {"nDCG@10",7} {"MRR@10",7} {"P@5",5} {"R@10",5} {"total",6}  query");
        foreach (var q in single.Queries)
        {
            var metrics = q.Query.ExpectsNoAnswer
                ? $"{"-",7} {"-",7} {"-",5} {"-",5}"
                : $"{q.Ndcg10,7:0.000} {q.Mrr10,7:0.000} {q.P5,5:0.00} {q.R10,5:0.00}";
            Console.WriteLine($"{q.Query.Id,-5} {q.Query.Kind,-17} {metrics} {q.Total,6}  {q.Query.Text}");
        }
        Console.WriteLine();
        Console.WriteLine($"mean over {single.JudgedCount} judged queries: nDCG@10 {single.Ndcg10:0.000}  MRR@10 {single.Mrr10:0.000}  P@5 {single.P5:0.000}  R@10 {single.R10:0.000}");
        if (single.NoAnswerCount > 0)
            Console.WriteLine($"no-answer queries answered with no hit: {single.NoAnswerEmpty}/{single.NoAnswerCount}");
        return 0;
    }

    private static EvaluationReport Evaluate(IndexSearcherProvider provider, RankingParameters ranking, Synonyms synonyms, IReadOnlyList<JudgedQuery> queries,
        bool withRelaxed) =>
        Evaluator.Run(new SearchService(provider, limits: SearchLimits.Default with { Ranking = ranking, Synonyms = synonyms }), queries, withRelaxed: withRelaxed);

}
