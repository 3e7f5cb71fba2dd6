using System.Globalization;
using Lucene.Net.Index;
using Search.Core.Documents;
using Search.Core.Evaluation;
using Search.Core.Querying;

namespace Search.Bench;

/// <summary>
/// <c>Bench typos &lt;index&gt; [--queries a-queries.tsv,b-queries.tsv] [--titles N] [--seed S] [--half 0|1|all] [--errors] [--dump typos.tsv] [--set name=value]…</c>:
/// a typo benchmark nobody can tune its answers on. Clean queries are the judged queries of the given files (their
/// qrels beside them; typo and no-answer queries left out) and 2–5 words of the titles of up to N documents of the index
/// (every document by default); <see cref="TypoQueries"/> misspells each of them once per error class, seeded; each typo
/// query is searched and compared with its clean query's answer (first hit kept, overlap of the first ten). Half 0 of
/// the clean queries is for tuning (<c>--errors</c> lists its misses), half 1 is reported only. Contacts nothing.
/// </summary>
public static class TyposBench
{
    public static int Run(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: Bench typos <index> [--queries a-queries.tsv,b-queries.tsv] [--titles N] [--seed S] [--half 0|1|all] [--errors] [--dump typos.tsv] [--set name=value]…");
            return 2;
        }
        var seed = int.Parse(Option("seed") ?? "12", CultureInfo.InvariantCulture);
        var half = Option("half") ?? "0";
        var errors = args.Contains("--errors");
        if (errors && half != "0")
        {
            Console.Error.WriteLine("--errors lists the misses of the tuning half (0) only: half 1 is held out.");
            return 2;
        }
        var titles = int.Parse(Option("titles") ?? int.MaxValue.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var clean = new List<CleanQuery>();
        foreach (var file in (Option("queries") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (file.Contains("-test-", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"{file}: test halves are held out; typo queries come from the dev halves.");
                return 2;
            }
            var qrels = file.Replace("-queries.tsv", "-qrels.tsv", StringComparison.Ordinal);
            clean.AddRange(JudgedQueries.Load(file, qrels)
                .Where(q => !q.ExpectsNoAnswer && q.Kind is not ("typo" or "no-answer"))
                .Select(q => new CleanQuery(q.Id, q.Text)));
        }
        using var provider = new IndexSearcherProvider(args[1]);
        using (var lease = provider.Acquire() ?? throw new ArgumentException($"{args[1]}: no index there"))
        {
            var reader = lease.Searcher.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            var taken = 0;
            for (var doc = 0; doc < reader.MaxDoc && taken < titles; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                var stored = reader.Document(doc);
                if (stored.Get(Schema.Title) is not { } title || stored.Get(Schema.Id) is not { } id) continue;
                if (TypoQueries.FromTitle("title:" + id[..Math.Min(8, id.Length)], title, seed) is { } query)
                {
                    clean.Add(query);
                    taken++;
                }
            }
        }
        var generated = TypoQueries.Generate(clean, seed).Where(q => half == "all" || q.Half.ToString(CultureInfo.InvariantCulture) == half).ToList();
        if (Option("dump") is { } dump) File.WriteAllText(dump, TypoQueries.ToTsv(generated));
        // --set name=value (repeatable): a ranking parameter changed for the run (RankingParameters), to compare a rule on and off.
        if (RankingArguments.Parse(args) is not { } ranking) return 2;
        var service = new SearchService(provider, limits: SearchLimits.Default with { Ranking = ranking });
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var outcomes = TypoBenchmark.Run(service, generated);
        cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"index {args[1]}, seed {seed}, half {half}: {clean.Select(c => c.Text).Distinct().Count()} clean queries, {generated.Count} typo queries, {outcomes.Count} with a clean answer to compare");
        Console.Write(TypoBenchmark.Report(outcomes));
        Console.WriteLine($"CPU {cpu.TotalSeconds:0.0} s for {outcomes.Count} typo queries and their clean queries");
        if (errors) Console.Write(TypoBenchmark.Errors(outcomes));
        return 0;
    }
}
