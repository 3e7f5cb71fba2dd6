using System.Diagnostics;
using System.Globalization;
using Search.Core.Querying;

namespace Search.Bench;

/// <summary>
/// <c>Bench queries &lt;index&gt; &lt;queries.tsv&gt; [--passes N] [--dump answers.jsonl] [--budget-ms M] [--terms-mb T] [--postings-mb P] [--read-buffer B] [--set name=value]… [--against &lt;index&gt; …]</c>: runs a query file against an existing
/// index in-process (as the API asks: top 10, facets, snippets), one warm-up pass then N passes, and
/// prints the latency percentiles, CPU and allocations per query, the process's resident memory and managed heap
/// after each pass (steady when nothing grows per query) and the slowest queries. Made to run under a sampling profiler
/// (dotnet-trace) to see where a query's time goes. <c>--set</c> (repeatable) changes a ranking parameter for the run, as
/// <c>Indexer eval --set</c> does: what a rule costs, measured with it off (its answers then differ).
/// </summary>
public static class QueryProfile
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: Bench queries <index> <queries.tsv> [--passes N] [--dump answers.jsonl] [--budget-ms M] [--terms-mb T] [--postings-mb P] [--read-buffer B] [--read-ahead 0|1] [--map-held 0|1] [--positions-mb P] [--stages out.tsv] [--set name=value]… [--synonyms <file>] [--glossary <file|none>] [--against <index> [--against-postings-mb P] [--against-read-buffer B] [--against-read-ahead 0|1] [--against-map-held 0|1] [--against-positions-mb P] [--against-set name=value]…]");
            return 2;
        }
        var passes = int.Parse(args.SkipWhile(a => a != "--passes").Skip(1).FirstOrDefault() ?? "3", CultureInfo.InvariantCulture);
        var queries = File.ReadLines(args[2]).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 2).Select(c => c[1]).ToList();
        // --terms-mb: the budget of terms dictionaries held in memory (SearcherDirectory; default its own).
        var termsMb = args.SkipWhile(a => a != "--terms-mb").Skip(1).FirstOrDefault();
        // --read-buffer: the buffer of its positional reads, in bytes (default its own).
        var readBuffer = args.SkipWhile(a => a != "--read-buffer").Skip(1).FirstOrDefault();
        // --postings-mb: the budget of postings lists held in memory (SearcherDirectory; default its own).
        var postingsMb = args.SkipWhile(a => a != "--postings-mb").Skip(1).FirstOrDefault();
        // --read-ahead 0: stored documents decoded without the bytes read with their chunk's header (SearcherDirectory.ReadAhead).
        var readAhead = args.SkipWhile(a => a != "--read-ahead").Skip(1).FirstOrDefault();
        // --map-held 0: the held files copied into arrays instead of mapped (SearcherDirectory.MapsHeldFiles).
        var mapHeld = args.SkipWhile(a => a != "--map-held").Skip(1).FirstOrDefault();
        // --positions-mb: the budget of positions mapped (SearcherDirectory; default its own; 0: every position read by positional reads).
        var positionsMb = args.SkipWhile(a => a != "--positions-mb").Skip(1).FirstOrDefault();
        using var provider = OpenProvider(args[1], termsMb, readBuffer, postingsMb, readAhead, mapHeld, positionsMb);
        // --budget-ms: the time budget of each search, as the host's Search:TimeBudgetMs (default: none, every answer in full).
        var budget = args.SkipWhile(a => a != "--budget-ms").Skip(1).FirstOrDefault();
        // --set name=value (repeatable): a ranking parameter changed for this run (RankingParameters.With, as Indexer eval --set).
        if (RankingArguments.Parse(args) is not { } ranking) return 2;
        var limits = SearchLimits.Default with { Ranking = ranking };
        // --synonyms <file> / --glossary <file|none>: the queries planned with other synonym data (as Indexer eval's options).
        var synonymsFile = args.SkipWhile(a => a != "--synonyms").Skip(1).FirstOrDefault();
        var glossaryFile = args.SkipWhile(a => a != "--glossary").Skip(1).FirstOrDefault();
        if (synonymsFile is not null || glossaryFile is not null) limits = limits with { Synonyms = Search.Core.Analysis.Synonyms.FromFiles(synonymsFile, glossaryFile) };
        if (budget is not null) limits = limits with { TimeBudget = TimeSpan.FromMilliseconds(double.Parse(budget, CultureInfo.InvariantCulture)) };
        if (ranking != RankingParameters.Default) Console.WriteLine($"ranking parameters changed: {ranking}");
        // --stages out.tsv: each query's thread CPU by stage of the search (SearchStages), the mean over the timed passes.
        var stagesOut = args.SkipWhile(a => a != "--stages").Skip(1).FirstOrDefault();
        var stages = stagesOut is null ? null : new SearchStages(Search.Pipeline.Extraction.ThreadCpuClock.Now);
        var service = new SearchService(provider, limits: limits) { Stages = stages };
        // --against <index>: the same queries against a second index (or the same one read with other budgets:
        // --against-postings-mb, --against-read-buffer), interleaved query by query in this process.
        if (args.SkipWhile(a => a != "--against").Skip(1).FirstOrDefault() is { } against)
            return Interleaved(args, queries, passes, service, against, limits);
        var partial = 0;
        var dump = args.SkipWhile(a => a != "--dump").Skip(1).FirstOrDefault();
        using (var writer = dump is null ? null : new StreamWriter(dump))
        {
            foreach (var q in queries)
            {
                var response = service.Search(new SearchRequest { Query = q });
                if (response.Partial) partial++;
                // --dump: every answer as one JSON line (without its time), to compare two versions answer by answer.
                writer?.WriteLine(System.Text.Json.JsonSerializer.Serialize(response with { TookMs = 0 }, SearchJson.Options));
            }
        }
        Console.WriteLine($"after the warm-up pass: {Memory(provider)}");
        var samples = new List<double>();
        var perQuery = queries.Distinct().ToDictionary(q => q, _ => new List<double>());
        var perQueryStages = queries.Distinct().ToDictionary(q => q, _ => new Dictionary<string, double>());
        var total = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var gcBefore = GC.CollectionCount(0);
        for (var p = 0; p < passes; p++)
        {
            foreach (var q in queries)
            {
                stages?.Clear();
                var threadBefore = stages is null ? default : Search.Pipeline.Extraction.ThreadCpuClock.Now();
                var clock = Stopwatch.StartNew();
                service.Search(new SearchRequest { Query = q });
                samples.Add(clock.Elapsed.TotalMilliseconds);
                perQuery[q].Add(clock.Elapsed.TotalMilliseconds);
                if (stages is null) continue;
                var sums = perQueryStages[q];
                sums["cpu"] = sums.GetValueOrDefault("cpu") + (Search.Pipeline.Extraction.ThreadCpuClock.Now() - threadBefore).TotalMilliseconds;
                foreach (var (stage, ms) in stages.Milliseconds) sums[stage] = sums.GetValueOrDefault(stage) + ms;
            }
            Console.WriteLine($"after pass {p + 1}: {Memory(provider)}");
        }
        if (samples.Count == 0)
        {
            // --passes 0: the warm-up pass (and its dump) only, nothing timed.
            Console.WriteLine($"{queries.Count} queries, no timed pass (--passes 0)");
            return 0;
        }
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / samples.Count;
        var allocated = (GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore) / samples.Count;
        var collections = GC.CollectionCount(0) - gcBefore;
        samples.Sort();
        double P(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p / 100 * samples.Count) - 1)];
        Console.WriteLine($"{queries.Count} queries x {passes} passes in {total.Elapsed.TotalSeconds:0.0} s: p50 {P(50):0.00} ms  p95 {P(95):0.00} ms  p99 {P(99):0.00} ms  max {samples[^1]:0.00} ms  mean {samples.Average():0.00} ms; CPU {cpu:0.00} ms/query (steadier than wall times on a busy machine); allocated {allocated / 1024.0:0} KB/query, {collections} gen-0 collections; {partial} answer(s) of the first pass partial");
        // What stays once garbage is gone: a cache that grows with queries shows here, gen-2 garbage does not.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        Console.WriteLine($"after a full compacting collection: {Memory(provider)}");
        // What the host adds to a search for its JSON: the answers of one more pass, serialised as the API does, 5 times.
        var answers = queries.Select(q => service.Search(new SearchRequest { Query = q })).ToList();
        var jsonCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        long jsonBytes = 0;
        for (var r = 0; r < 5; r++)
        {
            foreach (var answer in answers) jsonBytes += System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(answer, SearchJson.Options).Length;
        }
        var jsonCpu = (Process.GetCurrentProcess().TotalProcessorTime - jsonCpuBefore).TotalMilliseconds / (5.0 * answers.Count);
        Console.WriteLine($"JSON of an answer (API settings): {jsonBytes / (5.0 * answers.Count) / 1024:0.0} KB, {jsonCpu:0.000} ms CPU");
        foreach (var (q, times) in perQuery.OrderByDescending(kv => kv.Value.Order().ElementAt(kv.Value.Count / 2)).Take(8))
            Console.WriteLine($"  {times.Order().ElementAt(times.Count / 2),8:0.00} ms  {q}");
        if (stagesOut is not null)
        {
            // One line per distinct query: its median wall time, then the means (per search) of its thread CPU and of each stage's.
            var names = perQueryStages.Values.SelectMany(d => d.Keys).Where(k => k != "cpu").Distinct().ToList();
            using var tsv = new StreamWriter(stagesOut);
            // (With how the query was planned: its units, and those expanded to a synonym group.)
            using var lease = provider.Acquire();
            tsv.WriteLine(string.Join('\t', new[] { "query", "units", "synonym_units", "wall_p50", "cpu" }.Concat(names)));
            foreach (var (q, sums) in perQueryStages)
            {
                var n = perQuery[q].Count;
                var plan = lease is null ? null : QueryBuilder.Build(QueryText.Clean(q), new TermLookups(lease.Searcher.IndexReader), limits: limits).Plan;
                tsv.WriteLine(string.Join('\t', new[] { q, $"{plan?.Units.Count ?? 0}", $"{plan?.Units.Count(u => u.Exact is not null) ?? 0}",
                    perQuery[q].Order().ElementAt(n / 2).ToString("0.000", CultureInfo.InvariantCulture) }
                    .Concat(new[] { "cpu" }.Concat(names).Select(k => (sums.GetValueOrDefault(k) / n).ToString("0.000", CultureInfo.InvariantCulture)))));
            }
        }
        return 0;
    }

    /// <summary>
    /// A against B on one machine whose load changes from one minute to the next: each query is searched on both, one
    /// after the other (which one first alternates), and the searching thread's CPU time is summed per side, so that both
    /// sides see the same load at nearly the same moment. Prints each pass's CPU per query on each side and their ratio,
    /// and whether the answers differ (hits, totals, facets; scores may differ in their last digits when the documents
    /// lie in other segments).
    /// </summary>
    private static int Interleaved(string[] args, List<string> queries, int passes, SearchService a, string against, SearchLimits limits)
    {
        using var providerB = OpenProvider(against, null, args.SkipWhile(x => x != "--against-read-buffer").Skip(1).FirstOrDefault(),
            args.SkipWhile(x => x != "--against-postings-mb").Skip(1).FirstOrDefault(), args.SkipWhile(x => x != "--against-read-ahead").Skip(1).FirstOrDefault(),
            args.SkipWhile(x => x != "--against-map-held").Skip(1).FirstOrDefault(), args.SkipWhile(x => x != "--against-positions-mb").Skip(1).FirstOrDefault());
        // --against-set name=value (repeatable): a ranking parameter changed for B only (an engine switch, to measure it).
        var rankingB = limits.Ranking.WithSettings(args.Zip(args.Skip(1)).Where(p => p.First == "--against-set").Select(p => p.Second));
        if (rankingB != limits.Ranking) Console.WriteLine($"B's ranking parameters: {(rankingB == RankingParameters.Default ? "the defaults" : rankingB.ToString())}");
        var b = new SearchService(providerB, limits: limits with { Ranking = rankingB });
        var differ = 0;
        foreach (var q in queries)
        {
            var ra = a.Search(new SearchRequest { Query = q });
            var rb = b.Search(new SearchRequest { Query = q });
            if (Summary(ra) != Summary(rb)) differ++;
        }
        Console.WriteLine($"warm-up pass: {differ} of {queries.Count} answers differ between A and B (hits in order, totals, facets)");
        double sumA = 0, sumB = 0;
        // Each search's thread CPU per side, for the tail (p50, p99, max): the slowest queries on both sides at nearly the same moment.
        List<double> timesA = [], timesB = [];
        for (var p = 0; p < passes; p++)
        {
            double passA = 0, passB = 0;
            for (var i = 0; i < queries.Count; i++)
            {
                var request = new SearchRequest { Query = queries[i] };
                var aFirst = (i + p) % 2 == 0;
                var first = Timed(aFirst ? a : b, request);
                var second = Timed(aFirst ? b : a, request);
                passA += aFirst ? first : second;
                passB += aFirst ? second : first;
                timesA.Add(aFirst ? first : second);
                timesB.Add(aFirst ? second : first);
            }
            sumA += passA;
            sumB += passB;
            Console.WriteLine($"pass {p + 1}: A {passA / queries.Count:0.00} ms, B {passB / queries.Count:0.00} ms CPU per query, B/A {passB / passA:0.000}; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        }
        Console.WriteLine($"{queries.Count} queries x {passes} passes: A {sumA / (passes * queries.Count):0.00} ms, B {sumB / (passes * queries.Count):0.00} ms CPU per query (the searching thread's), B/A {sumB / sumA:0.000}");
        if (timesA.Count > 0)
        {
            timesA.Sort();
            timesB.Sort();
            double P(List<double> t, double p) => t[Math.Min(t.Count - 1, (int)Math.Ceiling(p / 100 * t.Count) - 1)];
            Console.WriteLine($"searching thread's CPU per search: A p50 {P(timesA, 50):0.00} p95 {P(timesA, 95):0.00} p99 {P(timesA, 99):0.00} max {timesA[^1]:0.00} ms; "
                + $"B p50 {P(timesB, 50):0.00} p95 {P(timesB, 95):0.00} p99 {P(timesB, 99):0.00} max {timesB[^1]:0.00} ms; "
                + $"B/A p50 {P(timesB, 50) / P(timesA, 50):0.000} p99 {P(timesB, 99) / P(timesA, 99):0.000}");
        }
        Console.WriteLine($"A: {Memory(a.Provider)}");
        Console.WriteLine($"B: {Memory(providerB)}");
        return 0;

        static double Timed(SearchService service, SearchRequest request)
        {
            var before = Search.Pipeline.Extraction.ThreadCpuClock.Now();
            service.Search(request);
            return (Search.Pipeline.Extraction.ThreadCpuClock.Now() - before).TotalMilliseconds;
        }

        static string Summary(SearchResponse r) => string.Join('|', r.Hits.Select(h => h.Id)) + $"#{r.Total}#"
            + string.Join(';', r.Facets.Select(f => f.Key + "=" + string.Join(',', f.Value.Select(v => v.Value + ":" + v.Count))));
    }

    /// <summary>A searcher provider with the budgets given on the command line (megabytes, bytes; null: the directory's defaults).</summary>
    private static IndexSearcherProvider OpenProvider(string index, string? termsMb, string? readBuffer, string? postingsMb, string? readAhead = null,
        string? mapHeld = null, string? positionsMb = null) =>
        new(index, termsMb is null ? null : (long)(double.Parse(termsMb, CultureInfo.InvariantCulture) * 1048576),
            readBuffer is null ? null : int.Parse(readBuffer, CultureInfo.InvariantCulture),
            postingsMb is null ? null : (long)(double.Parse(postingsMb, CultureInfo.InvariantCulture) * 1048576),
            readAhead is not ("0" or "false"), mapHeld is not ("0" or "false"),
            positionsMb is null ? null : (long)(double.Parse(positionsMb, CultureInfo.InvariantCulture) * 1048576));

    /// <summary>Resident memory (VmRSS), the managed heap after the last collection, and the terms dictionaries held.</summary>
    private static string Memory(IndexSearcherProvider provider)
    {
        using var self = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        return $"RSS {self.WorkingSet64 / 1048576.0:0} MB, managed heap {gc.HeapSizeBytes / 1048576.0:0} MB "
            + $"(fragmented {gc.FragmentedBytes / 1048576.0:0} MB), gen-2 collections {GC.CollectionCount(2)}, "
            + $"terms dictionaries held {(provider.Directory?.TermsHeldBytes ?? 0) / 1048576.0:0.0} MB, "
            + $"postings held {(provider.Directory?.PostingsHeldBytes ?? 0) / 1048576.0:0.0} MB";
    }

    /// <summary>
    /// <c>Bench merge &lt;index&gt; --segments N</c>: force-merges an index (a copy: it is rewritten in place) down to N segments,
    /// to measure what the number of segments costs a query (<c>Bench queries</c> before and after).
    /// <c>Bench merge &lt;index&gt; --policy</c>: instead, the merges the shipped merge policy (<c>IndexSettings.MergePolicy</c>)
    /// finds for the index as it is, cascades included: what an index written by an older policy becomes at its next ingest.
    /// </summary>
    public static int Merge(string[] args)
    {
        var policy = args.Contains("--policy");
        var segments = int.Parse(args.SkipWhile(a => a != "--segments").Skip(1).FirstOrDefault() ?? "1", CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        int before, after;
        using (var directory = Lucene.Net.Store.FSDirectory.Open(args[1]))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, Search.Core.Indexing.IndexSettings.WriterConfig()))
        {
            before = SegmentCount(directory);
            if (policy)
            {
                writer.MaybeMerge();
                writer.WaitForMerges();
            }
            else writer.ForceMerge(segments);
            writer.Commit();
            after = SegmentCount(directory);
        }
        var bytes = new DirectoryInfo(args[1]).EnumerateFiles().Sum(f => f.Length);
        Console.WriteLine($"{args[1]}: {before} -> {after} segment(s) ({(policy ? $"merge policy, bound {Search.Core.Indexing.IndexSettings.MaxSegments(bytes)}" : $"force-merged to at most {segments}")}) " +
            $"in {clock.Elapsed.TotalSeconds:0.0} s, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s; {bytes / 1048576.0:0.0} MB");
        return 0;
    }

    private static int SegmentCount(Lucene.Net.Store.Directory directory)
    {
        var infos = new Lucene.Net.Index.SegmentInfos();
        infos.Read(directory);
        return infos.Count;
    }
}
