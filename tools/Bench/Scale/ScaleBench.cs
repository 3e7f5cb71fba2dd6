using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Search.Core.Querying;

namespace Search.Bench.Scale;

/// <summary>
/// <c>Bench scale --docs N</c>: how the service holds up on a generated corpus of N documents, side
/// by side with SQLite FTS5 on the same documents and queries in the same run. Absolute times on a
/// shared 2-core machine vary several-fold from run to run; the ratios ours / FTS5 of one run do not,
/// so the report gives both. Everything talks to 127.0.0.1 only.
/// <list type="number">
/// <item>corpus: <c>ScaleCorpus.Write</c> into <c>&lt;work&gt;/corpus-N-seed</c>, once (a marker says it is complete);</item>
/// <item>ingest: <c>dotnet Indexer.dll index</c> as a child process (wall time, docs/s, peak RSS of it and of
///   its PDF workers, index size), then the same command again on the unchanged folder;</item>
/// <item>in-process: <c>SearchService</c> on the index, top 10 with facets and snippets, and the home page (match-all + facets);</item>
/// <item>HTTP: <c>SearchHost</c> as a child process, <c>GET /api/search?q=…&amp;size=10</c> with one keep-alive client;</item>
/// <item>throughput: closed loops of 1, 2, 8 clients against the host; its RSS after;</item>
/// <item>FTS5: the same documents (title, plain text) and queries (OR of the words, bm25).</item>
/// </list>
/// </summary>
public static class ScaleBench
{
    public const string Usage = """
        usage: Bench scale --docs N [--seed S] [--queries 200] [--work DIR] [--label TEXT]
                           [--phases ingest,inproc,http,throughput,fts5] [--seconds 30] [--clients 1,2,8] [--warmup 1]
                           [--indexer PATH/Indexer.dll] [--host PATH/SearchHost.dll] [--child-env profile|inherit]
                           [--skip-ingest-if-present] [--keep] [--clean-corpus]
               Bench scale --compare smaller.json,larger.json
        """;

    private static readonly string[] AllPhases = ["ingest", "inproc", "http", "throughput", "fts5"];
    private const int Passes = 3;
    private const int HomeRuns = 50;
    private const int HomeFreshRuns = 5;
    private static BenchChild? s_running;

    public static async Task<int> Run(string[] args)
    {
        Options o;
        try { o = Options.Parse(args.Skip(1).ToArray()); }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine(Usage);
            return 2;
        }
        if (o.Compare is { } compare)
        {
            var files = compare.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (files.Length != 2) { Console.Error.WriteLine("error: --compare takes two files: a.json,b.json"); return 2; }
            PrintGrowth(ScaleResult.Load(files[0]), ScaleResult.Load(files[1]));
            return 0;
        }

        Console.CancelKeyPress += (_, _) => s_running?.Kill();
        try
        {
            return await RunPhases(o);
        }
        catch (BenchFailure e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        finally
        {
            s_running?.Kill();
        }
    }

    private static async Task<int> RunPhases(Options o)
    {
        var root = RepoRoot();
        var work = Path.GetFullPath(o.Work ?? Path.Combine(Path.GetTempPath(), "search-bench-scale"));
        Directory.CreateDirectory(work);
        var indexerDll = Path.GetFullPath(o.Indexer ?? Path.Combine(root ?? ".", "src/Indexer/bin/Release/net10.0/Indexer.dll"));
        var hostDll = Path.GetFullPath(o.Host ?? Path.Combine(root ?? ".", "src/SearchHost/bin/Release/net10.0/SearchHost.dll"));
        var corpus = Path.Combine(work, $"corpus-{o.Docs}-{o.Seed}");
        var indexPath = Path.Combine(work, $"index-{o.Label}");
        var dbPath = Path.Combine(work, $"fts5-{o.Docs}-{o.Seed}.db");
        var result = new ScaleResult
        {
            Label = o.Label,
            Date = DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
            Commit = root is null ? null : Commit(root),
            Docs = o.Docs,
            Seed = o.Seed,
            Cores = Environment.ProcessorCount,
            Queries = o.Queries,
            Passes = Passes,
            ThroughputSeconds = o.Seconds,
            Phases = string.Join(',', o.Phases),
            LoadStart = LoadAverage(),
            IndexerDll = o.Phases.Contains("ingest") ? indexerDll : null,
            HostDll = o.Phases.Contains("http") || o.Phases.Contains("throughput") ? hostDll : null,
        };
        if (result.IndexerDll is not null && !File.Exists(indexerDll))
            throw new BenchFailure($"Indexer not found: {indexerDll} (build it: dotnet build src/Indexer -c Release, or pass --indexer)");
        if (result.HostDll is not null && !File.Exists(hostDll))
            throw new BenchFailure($"SearchHost not found: {hostDll} (build it: dotnet build src/SearchHost -c Release, or pass --host)");

        Console.WriteLine($"Bench scale: {o.Docs:N0} documents, seed {o.Seed}, {o.Queries} queries, label '{o.Label}', commit {result.Commit ?? "?"}");
        Console.WriteLine($"  {result.Date}, {result.Cores} cores, load average {result.LoadStart}");
        Console.WriteLine($"  work {work}; phases {result.Phases}");
        var queries = ScaleQueries.Generate(o.Queries, o.Seed);
        if (queries.Count == 0) throw new BenchFailure("ScaleQueries.Generate gave no query");
        Console.WriteLine($"  queries: {queries.Count}, e.g. {string.Join(" | ", queries.Take(4).Select(q => $"\"{q}\""))}");

        // 1-2. Corpus and ingest.
        if (o.Phases.Contains("ingest"))
        {
            if (o.SkipIngestIfPresent && IndexPresent(indexPath))
                Console.WriteLine($"\n[ingest] skipped: an index is present at {indexPath} (--skip-ingest-if-present)");
            else
            {
                result.Corpus = EnsureCorpus(corpus, o.Docs, o.Seed);
                result.Ingest = Ingest(indexerDll, ProfileEnvironment(o, root, "Indexer"), corpus, indexPath, o.Docs, work, o.Label);
            }
        }
        if (IndexPresent(indexPath))
        {
            var files = Directory.GetFiles(indexPath, "*", SearchOption.AllDirectories);
            result.IndexBytes = files.Sum(f => new FileInfo(f).Length);
            result.IndexFiles = files.Length;
            Console.WriteLine($"  index: {Mb(result.IndexBytes.Value)} in {files.Length} files ({result.IndexBytes.Value / (double)o.Docs / 1024:0.0} KB/doc)");
        }
        var needsIndex = o.Phases.Intersect(["inproc", "http", "throughput"]).Any();
        if (needsIndex && !IndexPresent(indexPath))
            throw new BenchFailure($"no index at {indexPath}: run the ingest phase first (or the same --label/--work as the run that built it, with --keep)");

        // 6a. FTS5: built before the latency passes, so both engines are timed side by side.
        Fts5Peer? fts5 = null;
        Fts5Build? fts5Build = null;
        if (o.Phases.Contains("fts5"))
        {
            fts5 = new Fts5Peer(dbPath);
            fts5Build = BuildFts5(fts5, o);
        }

        // 3. In-process latency, ours and FTS5 interleaved query by query.
        Fts5Latency? fts5Latency = null;
        if (o.Phases.Contains("inproc") || fts5 is not null)
            (result.InProcess, fts5Latency) = Latencies(o.Phases.Contains("inproc") ? indexPath : null, fts5, queries);

        // 4-5. HTTP and throughput, one host; FTS5's closed loops between ours.
        var fts5Runs = new List<ThroughputRun>();
        if (o.Phases.Contains("http") || o.Phases.Contains("throughput"))
            await OverHttp(o, result, hostDll, ProfileEnvironment(o, root, "SearchHost"), indexPath, corpus, work, queries, fts5, fts5Runs);
        if (fts5 is not null && !o.Phases.Contains("throughput"))
        {
            Console.WriteLine($"\n[fts5 throughput] closed loop, {o.Seconds} s per run, one read-only connection per thread");
            foreach (var threads in Fts5Threads) fts5Runs.Add(Fts5Throughput(fts5, threads, o, queries));
        }
        if (fts5Build is { } built && fts5Latency is { } lat)
            result.Fts5 = new Fts5Figures(built.Version, built.InsertSeconds, built.GenerateSeconds, built.DbBytes, lat.Top10, lat.WithSnippet, lat.HitFraction, fts5Runs);

        result.LoadEnd = LoadAverage();

        // 7. Report, JSON, growth.
        Console.WriteLine();
        PrintSummary(result);
        Console.WriteLine();
        PrintMarkdown(result);
        var full = o.Phases.Count == AllPhases.Length;
        var jsonPath = Path.Combine(work, full ? $"scale-{o.Docs}-{o.Label}.json" : $"scale-{o.Docs}-{o.Label}-{string.Join('+', o.Phases)}.json");
        result.Save(jsonPath);
        Console.WriteLine($"\nfigures written to {jsonPath}");
        if (full)
        {
            foreach (var other in Directory.GetFiles(work, $"scale-*-{o.Label}.json"))
            {
                if (other == jsonPath) continue;
                ScaleResult previous;
                try { previous = ScaleResult.Load(other); }
                catch (JsonException) { continue; }
                if (previous.Docs == o.Docs || previous.Label != o.Label) continue;
                Console.WriteLine();
                if (previous.Docs < o.Docs) PrintGrowth(previous, result, other, jsonPath);
                else PrintGrowth(result, previous, jsonPath, other);
            }
        }

        // 8. Cleanup.
        if (!o.Keep)
        {
            DeleteDirectory(indexPath);
            DeleteDirectory(Path.Combine(work, $"host-{o.Label}"));
            new Fts5Peer(dbPath).Delete();
            Console.WriteLine($"deleted the index and the FTS5 database (--keep keeps them)");
        }
        if (o.CleanCorpus)
        {
            DeleteDirectory(corpus);
            File.Delete(corpus + ".complete.json");
            Console.WriteLine($"deleted the corpus {corpus}");
        }
        return 0;
    }

    // ---------------------------------------------------------------- corpus

    private static CorpusFigures EnsureCorpus(string folder, int docs, int seed)
    {
        var marker = folder + ".complete.json";
        var fingerprint = Fingerprint(docs, seed);
        if (File.Exists(marker) && Directory.Exists(folder))
        {
            var known = JsonSerializer.Deserialize<CorpusFigures>(File.ReadAllText(marker), ScaleResult.Json);
            if (known is not null && known.Docs == docs && known.Seed == seed && known.Fingerprint != fingerprint)
                Console.WriteLine($"\n[corpus] {folder} was written by another version of the generator (fingerprint {known.Fingerprint ?? "none"}, now {fingerprint})");
            else if (known is not null && known.Docs == docs && known.Seed == seed)
            {
                Console.WriteLine($"\n[corpus] reused {folder}: {known.Docs:N0} docs ({known.Html:N0} HTML, {known.Pdf:N0} PDF), {Mb(known.Bytes)}, generated in {known.GenerateSeconds:0.0} s");
                return known;
            }
        }
        Console.WriteLine($"\n[corpus] generating {docs:N0} documents into {folder}");
        DeleteDirectory(folder);
        var clock = Stopwatch.StartNew();
        var step = Math.Max(1, docs / 10);
        var reported = 0;
        var bytes = ScaleCorpus.Write(folder, docs, seed, 0, done =>
        {
            if (docs < 10_000) return;
            lock (clock)
            {
                if (done < reported + step || done >= docs) return;
                reported = done;
                Console.WriteLine($"  … {done:N0}/{docs:N0} in {clock.Elapsed.TotalSeconds:0} s");
            }
        });
        var seconds = clock.Elapsed.TotalSeconds;
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetExtension(f).ToLowerInvariant()).ToList();
        var figures = new CorpusFigures(folder, docs, seed, bytes, seconds, files.Count(e => e is ".html" or ".htm"), files.Count(e => e == ".pdf"), fingerprint);
        File.WriteAllText(marker, JsonSerializer.Serialize(figures, ScaleResult.Json));
        Console.WriteLine($"  {figures.Html:N0} HTML + {figures.Pdf:N0} PDF, {Mb(bytes)} in {seconds:0.0} s ({docs / seconds:0} docs/s)");
        return figures;
    }

    /// <summary>SHA-256 of the bytes and paths of a few generated documents (first, second, middle, last).</summary>
    private static string Fingerprint(int docs, int seed)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var i in new[] { 0, 1, docs / 2, docs - 1 }.Where(i => i >= 0 && i < docs).Distinct())
        {
            var doc = ScaleCorpus.Generate(i, seed);
            hash.AppendData(Encoding.UTF8.GetBytes(doc.RelativePath));
            hash.AppendData(doc.Bytes);
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..16];
    }

    // ---------------------------------------------------------------- ingest

    private static IngestFigures Ingest(string indexerDll, IReadOnlyDictionary<string, string> environment, string corpus, string indexPath, int docs, string work, string label)
    {
        Console.WriteLine($"\n[ingest] dotnet {indexerDll} index {corpus} --index {indexPath}, {RuntimeMode(indexerDll, environment)}");
        PrintProfileEnvironment(environment);
        DeleteDirectory(indexPath);
        var first = IngestOnce(indexerDll, environment, corpus, indexPath, docs, Path.Combine(work, $"ingest-{label}.log"), "first ingest");
        var unchanged = IngestOnce(indexerDll, environment, corpus, indexPath, docs, Path.Combine(work, $"ingest-{label}-unchanged.log"), "unchanged re-ingest");
        Console.WriteLine($"  unchanged / first = {unchanged.WallSeconds / first.WallSeconds:0.000} (target ≤ 0.100)");
        return new IngestFigures(first, unchanged);
    }

    private static readonly Regex SummaryLine = new(@"^\s+(files|added|updated|unchanged|no text|failed|deleted):\s+(\d+)", RegexOptions.Compiled);
    private static readonly Regex SummarySeconds = new(@"^Indexed .* in ([0-9.]+) s$", RegexOptions.Compiled);

    private static IngestRun IngestOnce(string indexerDll, IReadOnlyDictionary<string, string> environment, string corpus, string indexPath, int docs, string log, string what)
    {
        using var child = BenchChild.Start(indexerDll, ["index", corpus, "--index", indexPath], log, environment: environment);
        s_running = child;
        var limit = TimeSpan.FromHours(12);
        var heartbeat = Stopwatch.StartNew();
        while (!child.HasExited && child.Clock.Elapsed < limit)
        {
            Thread.Sleep(200);
            if (heartbeat.Elapsed.TotalSeconds >= 30)
            {
                heartbeat.Restart();
                var last = child.Tail(1).FirstOrDefault() ?? "";
                Console.WriteLine($"  … {child.Clock.Elapsed.TotalSeconds:0} s, RSS {Mb(child.Memory().Rss)}: {(last.Length > 100 ? last[..100] : last)}");
            }
        }
        var wall = child.WaitForExit(TimeSpan.FromMinutes(1)).TotalSeconds;
        s_running = null;
        var tail = child.Tail(40);
        if (child.ExitCode != 0)
        {
            Console.Error.WriteLine($"  the Indexer exited with code {child.ExitCode}; last lines of {log}:");
            foreach (var line in tail.TakeLast(20)) Console.Error.WriteLine("    " + line);
            throw new BenchFailure($"{what} failed (exit code {child.ExitCode})");
        }
        var outcomes = new Dictionary<string, int>();
        double? reported = null;
        foreach (var line in tail)
        {
            if (SummaryLine.Match(line) is { Success: true } m) outcomes[m.Groups[1].Value] = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (SummarySeconds.Match(line) is { Success: true } s) reported = double.Parse(s.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        var run = new IngestRun(wall, docs / wall, reported, child.PeakHwmBytes, child.PeakTreeRssBytes, child.PeakDescendantHwmBytes, child.DescendantsSeen, outcomes);
        Console.WriteLine($"  {what}: {wall:0.0} s wall ({run.DocsPerSecond:0.0} docs/s; the Indexer reports {reported?.ToString("0.0", CultureInfo.InvariantCulture) ?? "?"} s)"
            + $"; {string.Join(", ", outcomes.Select(kv => $"{kv.Key} {kv.Value}"))}");
        Console.WriteLine($"    peak RSS: Indexer {Mb(run.PeakRssBytes)} (VmHWM), whole tree {Mb(run.PeakTreeRssBytes)} (sum of VmRSS), "
            + $"{run.Workers} worker process(es), largest {Mb(run.PeakWorkerRssBytes)}");
        if (outcomes.TryGetValue("failed", out var failed) && failed > 0)
            Console.WriteLine($"    warning: {failed} file(s) failed, see {log}");
        return run;
    }

    private static bool IndexPresent(string indexPath) =>
        Directory.Exists(indexPath) && Directory.EnumerateFiles(indexPath, "segments_*").Any();

    // ---------------------------------------------------------------- in-process

    private sealed record Fts5Build(double InsertSeconds, double GenerateSeconds, long DbBytes, string Version);
    private sealed record Fts5Latency(Latency Top10, Latency WithSnippet, double HitFraction);

    /// <summary>
    /// Warm-up, then <see cref="Passes"/> timed passes in which every query runs on each engine in turn (ours, FTS5, FTS5 with
    /// snippets; the order rotates), so that both engines are timed under the same load: that is what keeps their ratio steady.
    /// </summary>
    private static (InProcessFigures? Ours, Fts5Latency? Fts5) Latencies(string? indexPath, Fts5Peer? peer, IReadOnlyList<string> queries)
    {
        var names = new List<string>();
        if (indexPath is not null) names.Add("ours (SearchService: top 10, facets and snippets, as the UI)");
        if (peer is not null) names.AddRange(["FTS5 top 10 (bm25)", "FTS5 top 10 + snippet()"]);
        Console.WriteLine($"\n[inproc] in-process latency, warm-up + {Passes} passes, each query on each engine in turn: {string.Join("; ", names)}");

        using var provider = indexPath is null ? null : new IndexSearcherProvider(indexPath);
        if (provider is not null && !provider.IsOpen) throw new BenchFailure($"cannot open the index at {indexPath}");
        var service = provider is null ? null : new SearchService(provider);
        using var session = peer?.OpenSession();

        var engines = new List<Action<string>>();
        if (service is not null) engines.Add(q => service.Search(new SearchRequest { Query = q, Size = 10 }));
        if (session is not null)
        {
            engines.Add(q => session.Top10(q));
            engines.Add(q => session.Top10(q, snippet: true));
        }

        // Warm-up, and the hit counts.
        int hit = 0, anyHit = 0, fts5Hit = 0;
        foreach (var q in queries)
        {
            if (service is not null)
            {
                var r = service.Search(new SearchRequest { Query = q, Size = 10 });
                if (r.Total > 0) hit++;
                if (r.Total > 0 || r.Relaxed is { Hits.Count: > 0 }) anyHit++;
            }
            if (session is not null)
            {
                if (session.Top10(q) > 0) fts5Hit++;
                session.Top10(q, snippet: true);
            }
        }

        var samples = engines.Select(_ => new List<double>(queries.Count * Passes)).ToArray();
        var worst = new double[queries.Count];
        for (var p = 0; p < Passes; p++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                for (var k = 0; k < engines.Count; k++)
                {
                    var e = (k + p + i) % engines.Count;
                    var clock = Stopwatch.StartNew();
                    engines[e](queries[i]);
                    var ms = clock.Elapsed.TotalMilliseconds;
                    samples[e].Add(ms);
                    if (e == 0 && service is not null) worst[i] = Math.Max(worst[i], ms);
                }
            }
        }

        InProcessFigures? ours = null;
        if (service is not null)
        {
            // The home page: no words, no filter (the UI asks for one hit and the facets of the whole index).
            var home = new SearchRequest { Query = "", Size = 1 };
            service.Search(home);
            var homeSamples = new List<double>(HomeRuns);
            for (var r = 0; r < HomeRuns; r++)
            {
                var clock = Stopwatch.StartNew();
                service.Search(home);
                homeSamples.Add(clock.Elapsed.TotalMilliseconds);
            }
            // The home page's answer is cached per index reader; its cost after a refresh is that of a fresh reader.
            var freshSamples = new List<double>(HomeFreshRuns);
            for (var r = 0; r < HomeFreshRuns; r++)
            {
                using var fresh = new IndexSearcherProvider(indexPath!);
                if (!fresh.IsOpen) throw new BenchFailure($"cannot open the index at {indexPath}");
                var freshService = new SearchService(fresh);
                var clock = Stopwatch.StartNew();
                freshService.Search(home);
                freshSamples.Add(clock.Elapsed.TotalMilliseconds);
            }
            ours = new InProcessFigures(service.DocumentCount(), Latency.Of(samples[0]), Latency.Of(homeSamples), Latency.Of(freshSamples),
                Fraction(hit, queries.Count), Fraction(anyHit, queries.Count));
            Console.WriteLine($"  ours: {ours.Documents:N0} documents in the index; this process runs the {GcMode()} GC");
            Console.WriteLine($"  ours top 10:        {ours.Top10}");
            Console.WriteLine($"  ours home page:     {ours.Home}");
            Console.WriteLine($"  ours home page on a fresh reader (its answer not cached yet): {ours.HomeFresh}");
            Console.WriteLine($"  ours: queries with ≥ 1 hit: {ours.HitFraction:P1} (all words); {ours.AnyHitFraction:P1} counting the relaxed (partial) matches");
            Console.WriteLine("  ours: slowest queries (worst of the passes):");
            foreach (var i in Enumerable.Range(0, queries.Count).OrderByDescending(i => worst[i]).Take(3))
                Console.WriteLine($"    {Latency.Ms(worst[i]),10}  {queries[i]}");
        }
        Fts5Latency? fts5 = null;
        if (session is not null)
        {
            var first = service is null ? 0 : 1;
            fts5 = new Fts5Latency(Latency.Of(samples[first]), Latency.Of(samples[first + 1]), Fraction(fts5Hit, queries.Count));
            Console.WriteLine($"  FTS5 top 10:        {fts5.Top10}");
            Console.WriteLine($"  FTS5 + snippet():   {fts5.WithSnippet}");
            Console.WriteLine($"  FTS5: queries with ≥ 1 hit: {fts5.HitFraction:P1} (any word)");
            if (ours is not null)
                Console.WriteLine($"  ours / FTS5:        p50 {Ratio(ours.Top10.P50, fts5.Top10.P50)}   p95 {Ratio(ours.Top10.P95, fts5.Top10.P95)}   p99 {Ratio(ours.Top10.P99, fts5.Top10.P99)}   max {Ratio(ours.Top10.Max, fts5.Top10.Max)}");
        }
        return (ours, fts5);
    }

    // ---------------------------------------------------------------- HTTP and throughput

    private static async Task OverHttp(Options o, ScaleResult result, string hostDll, IReadOnlyDictionary<string, string> hostEnvironment,
        string indexPath, string corpus, string work, IReadOnlyList<string> queries,
        Fts5Peer? fts5, List<ThroughputRun> fts5Runs)
    {
        var dataDir = Path.Combine(work, $"host-{o.Label}");
        DeleteDirectory(dataDir);
        Directory.CreateDirectory(dataDir);
        Directory.CreateSymbolicLink(Path.Combine(dataDir, "index"), indexPath);
        var port = FreePort();
        var log = Path.Combine(work, $"host-{o.Label}.log");
        Console.WriteLine($"\n[http] dotnet {hostDll} on http://127.0.0.1:{port}, Data:Path {dataDir} (index -> {indexPath}), {RuntimeMode(hostDll, hostEnvironment)}");
        PrintProfileEnvironment(hostEnvironment);
        using var host = BenchChild.Start(hostDll,
            ["--urls", $"http://127.0.0.1:{port}", "--Data:Path", dataDir, "--Data:Corpus", corpus, "--Logging:LogLevel:Default=Warning"],
            log, workingDirectory: Path.GetDirectoryName(hostDll), sampleMs: 1000, environment: hostEnvironment);
        s_running = host;
        using var handler = new SocketsHttpHandler
        {
            UseProxy = false, // 127.0.0.1 only, whatever the environment says
            MaxConnectionsPerServer = 64,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
        try
        {
            var startSeconds = await WaitReady(client, host);
            var rssReady = host.Memory().Rss;
            Console.WriteLine($"  ready in {startSeconds:0.0} s (host CPU {host.Cpu.TotalSeconds:0.0} s), host RSS {Mb(rssReady)}");

            if (o.Phases.Contains("http")) result.Http = await HttpLatency(client, host, queries, startSeconds, rssReady, o.WarmUp, fts5);

            if (o.Phases.Contains("throughput"))
            {
                Console.WriteLine($"\n[throughput] closed loop, {o.Seconds} s per run, GET /api/search?q=…&size=10 round-robin"
                    + (fts5 is null ? "" : $"; FTS5 with {string.Join(" and ", Fts5Threads)} thread(s) right after ours with as many clients (one read-only connection per thread)"));
                var runs = new List<ThroughputRun>();
                foreach (var clients in o.Clients)
                {
                    var run = await ClosedLoop.RunAsync(clients, TimeSpan.FromSeconds(o.Seconds), queries, async q =>
                    {
                        using var response = await client.GetAsync(SearchUrl(q), HttpCompletionOption.ResponseContentRead);
                        _ = await response.Content.ReadAsByteArrayAsync();
                        return response.StatusCode == HttpStatusCode.OK;
                    });
                    runs.Add(run);
                    Console.WriteLine($"  ours {ClosedLoop.Describe(run)}   host RSS {Mb(host.Memory().Rss)}");
                    if (fts5 is not null && Fts5Threads.Contains(clients)) fts5Runs.Add(Fts5Throughput(fts5, clients, o, queries));
                }
                if (fts5 is not null)
                    foreach (var threads in Fts5Threads.Where(t => !o.Clients.Contains(t))) fts5Runs.Add(Fts5Throughput(fts5, threads, o, queries));
                var (rss, hwm) = host.Memory();
                var parts = host.RssParts();
                result.Throughput = new ThroughputFigures(runs, rssReady, rss, hwm, parts);
                Console.WriteLine($"  host after the runs: RSS {Mb(rss)} ({Parts(parts)}), peak (VmHWM) {Mb(hwm)}");
            }
        }
        finally
        {
            if (host.HasExited)
            {
                Console.Error.WriteLine($"  the host exited (code {host.ExitCode}); last lines of {log}:");
                foreach (var line in host.Tail(20)) Console.Error.WriteLine("    " + line);
            }
            host.Stop(TimeSpan.FromSeconds(15));
            s_running = null;
        }
    }

    private static string SearchUrl(string q) => "/api/search?q=" + Uri.EscapeDataString(q) + "&size=10";

    private static async Task<double> WaitReady(HttpClient client, BenchChild host)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (host.HasExited) throw new BenchFailure($"the host exited before it was ready (code {host.ExitCode})");
            try
            {
                using var response = await client.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    var status = doc.RootElement.TryGetProperty("status", out var s) ? s.GetString() : null;
                    if (status == "ready") return host.Clock.Elapsed.TotalSeconds;
                    if (status == "failed") throw new BenchFailure($"the host reports failed: {doc.RootElement}");
                }
            }
            catch (HttpRequestException) { }
            if (clock.Elapsed > TimeSpan.FromMinutes(10)) throw new BenchFailure("the host was not ready within 10 minutes");
            await Task.Delay(200);
        }
    }

    private static async Task<HttpFigures> HttpLatency(HttpClient client, BenchChild host, IReadOnlyList<string> queries, double startSeconds, long rssReady,
        int warmUpPasses, Fts5Peer? fts5)
    {
        // With FTS5 in the run, each timed request is followed by the same query on FTS5 in-process (this process, the host
        // idle meanwhile): both latencies under the same load, query by query, so that their ratio does not follow the load
        // between two phases a minute apart.
        using var fts5Session = fts5?.OpenSession();
        var fts5Samples = new List<double>();
        Console.WriteLine($"  GET /api/search?q=…&size=10 (the UI's request: top 10, facets, snippets), one keep-alive client, "
            + $"{(warmUpPasses == 1 ? "warm-up" : $"{warmUpPasses} warm-up passes")} + {Passes} passes");
        var hit = 0;
        // The first warm-up pass is a fresh host's first requests: their latency and the host's CPU are reported apart.
        var firstSamples = new List<double>(queries.Count);
        var (firstCpuBefore, firstJitBefore) = (host.Cpu, host.JitThreads);
        (TimeSpan Cpu, IReadOnlyDictionary<int, TimeSpan> Jit)? firstEnd = null;
        for (var w = 1; w < warmUpPasses; w++)
        {
            foreach (var q in queries)
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync(SearchUrl(q), HttpCompletionOption.ResponseContentRead);
                _ = await response.Content.ReadAsByteArrayAsync();
                if (w == 1) firstSamples.Add(clock.Elapsed.TotalMilliseconds);
            }
            firstEnd ??= (host.Cpu, host.JitThreads);
        }
        foreach (var q in queries) // (last) warm-up, and the hit count
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(SearchUrl(q));
            var body = await response.Content.ReadAsByteArrayAsync();
            if (firstEnd is null) firstSamples.Add(clock.Elapsed.TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK)
                throw new BenchFailure($"GET {SearchUrl(q)} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(300, body.Length)))}");
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("total", out var total) && total.GetInt64() > 0) hit++;
            fts5Session?.Top10(q);
        }
        firstEnd ??= (host.Cpu, host.JitThreads);
        var firstCpu = (firstEnd.Value.Cpu - firstCpuBefore).TotalMilliseconds / queries.Count;
        var firstJit = BenchChild.CpuBetween(firstJitBefore, firstEnd.Value.Jit).TotalMilliseconds / queries.Count;
        Console.WriteLine($"  first pass (a fresh host's first {queries.Count} requests): {Latency.Of(firstSamples)}; host CPU {firstCpu:0.00} ms per query, "
            + $"of which {firstJit:0.00} ms in the background JIT thread");
        var rssWarm = host.Memory().Rss;
        var rssByPass = new List<long>(Passes);
        var samples = new List<double>(queries.Count * Passes);
        var cpuBefore = host.Cpu;
        var jitBefore = host.JitThreads;
        for (var p = 0; p < Passes; p++)
        {
            if (p > 0) rssByPass.Add(host.Memory().Rss);
            foreach (var q in queries)
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync(SearchUrl(q), HttpCompletionOption.ResponseContentRead);
                _ = await response.Content.ReadAsByteArrayAsync();
                samples.Add(clock.Elapsed.TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK) throw new BenchFailure($"GET {SearchUrl(q)} answered {(int)response.StatusCode}");
                if (fts5Session is not null)
                {
                    clock.Restart();
                    fts5Session.Top10(q);
                    fts5Samples.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }
        var hostCpu = (host.Cpu - cpuBefore).TotalMilliseconds / samples.Count; // the host is idle during the FTS5 queries
        var hostJit = BenchChild.CpuBetween(jitBefore, host.JitThreads).TotalMilliseconds / samples.Count;
        rssByPass.Add(host.Memory().Rss);
        const string homeUrl = "/api/search?size=1";
        _ = await client.GetByteArrayAsync(homeUrl);
        var homeSamples = new List<double>(HomeRuns);
        for (var r = 0; r < HomeRuns; r++)
        {
            var clock = Stopwatch.StartNew();
            _ = await client.GetByteArrayAsync(homeUrl);
            homeSamples.Add(clock.Elapsed.TotalMilliseconds);
        }
        var rssAfter = host.Memory().Rss;
        var figures = new HttpFigures(startSeconds, Latency.Of(samples), Latency.Of(homeSamples), Fraction(hit, queries.Count), rssReady, rssAfter, hostCpu,
            rssWarm, rssByPass, hostJit, warmUpPasses, fts5Samples.Count > 0 ? Latency.Of(fts5Samples) : null, Latency.Of(firstSamples), firstCpu, firstJit);
        Console.WriteLine($"  top 10:    {figures.Top10}; host CPU {hostCpu:0.00} ms per query, of which {hostJit:0.00} ms in the background JIT thread");
        if (figures.Fts5Interleaved is { } fi)
            Console.WriteLine($"  FTS5 in-process, each query right after its request: {fi}; HTTP / FTS5 p50 {Ratio(figures.Top10.P50, fi.P50)}, p99 {Ratio(figures.Top10.P99, fi.P99)}");
        Console.WriteLine($"  home page: {figures.Home}   (GET {homeUrl})");
        Console.WriteLine($"  queries with ≥ 1 hit: {figures.HitFraction:P1}; host RSS {Mb(rssReady)} ready → {Mb(rssWarm)} after the warm-up → "
            + $"{string.Join(" → ", rssByPass.Select(Mb))} after each pass → {Mb(rssAfter)} after");
        return figures;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }

    // ---------------------------------------------------------------- FTS5

    private static readonly int[] Fts5Threads = [1, 2];

    private static Fts5Build BuildFts5(Fts5Peer peer, Options o)
    {
        Console.WriteLine($"\n[fts5] SQLite FTS5 at {peer.DbPath}: fts5(title, body, tokenize = 'unicode61 remove_diacritics 2'), one transaction");
        var (insertSeconds, generateSeconds, dbBytes, version) = peer.Build(o.Docs, o.Seed);
        Console.WriteLine($"  SQLite {version}: inserted {o.Docs:N0} docs in {insertSeconds:0.0} s ({o.Docs / insertSeconds:0} docs/s; generating them took {generateSeconds:0.0} s more, not counted), {Mb(dbBytes)}");
        Console.WriteLine($"  a query is the OR of its quoted words, ORDER BY rank (bm25) LIMIT 10, e.g. {Fts5Peer.MatchExpression(ScaleQueries.Generate(1, o.Seed)[0])}");
        return new Fts5Build(insertSeconds, generateSeconds, dbBytes, version);
    }

    private static ThroughputRun Fts5Throughput(Fts5Peer peer, int threads, Options o, IReadOnlyList<string> queries)
    {
        var run = peer.Throughput(threads, TimeSpan.FromSeconds(o.Seconds), queries);
        Console.WriteLine($"  FTS5 {ClosedLoop.Describe(run)} (threads, in-process)");
        return run;
    }

    // ---------------------------------------------------------------- report

    private static void PrintSummary(ScaleResult r)
    {
        Console.WriteLine($"=== Summary: {r.Docs:N0} docs, seed {r.Seed}, label '{r.Label}', commit {r.Commit ?? "?"}, {r.Date}, {r.Cores} cores, load {r.LoadStart} → {r.LoadEnd}");
        var f = r.Fts5;
        if (r.Ingest is { } ing)
        {
            Console.WriteLine($"ingest            {ing.First.WallSeconds:0.0} s, {ing.First.DocsPerSecond:0.0} docs/s, peak RSS {Mb(ing.First.PeakRssBytes)} (tree {Mb(ing.First.PeakTreeRssBytes)})"
                + (f is null ? "" : $"   FTS5 insert {f.InsertSeconds:0.0} s   ours/FTS5 {Ratio(ing.First.WallSeconds, f.InsertSeconds)}"));
            if (ing.Unchanged is { } u)
                Console.WriteLine($"unchanged ingest  {u.WallSeconds:0.0} s = {u.WallSeconds / ing.First.WallSeconds:0.000} of the first (target ≤ 0.100)");
        }
        if (r.IndexBytes is { } bytes)
            Console.WriteLine($"index size        {Mb(bytes)}" + (f is null ? "" : $"   FTS5 {Mb(f.DbBytes)}   ours/FTS5 {Ratio(bytes, f.DbBytes)}"));
        if (r.InProcess is { } ip)
        {
            Console.WriteLine($"in-process top 10 {ip.Top10}");
            if (f is not null)
            {
                Console.WriteLine($"FTS5 top 10       {f.Top10}");
                Console.WriteLine($"  ours/FTS5       p50 {Ratio(ip.Top10.P50, f.Top10.P50)}   p95 {Ratio(ip.Top10.P95, f.Top10.P95)}   p99 {Ratio(ip.Top10.P99, f.Top10.P99)}   max {Ratio(ip.Top10.Max, f.Top10.Max)}"
                    + $"   (vs FTS5 with snippet(): p50 {Ratio(ip.Top10.P50, f.WithSnippet.P50)}, p99 {Ratio(ip.Top10.P99, f.WithSnippet.P99)})");
            }
            Console.WriteLine($"home page         p50 {Latency.Ms(ip.Home.P50)}   p99 {Latency.Ms(ip.Home.P99)}   (fresh reader, uncached: p50 {Latency.Ms(ip.HomeFresh.P50)})");
        }
        if (r.Http is { } h)
        {
            Console.WriteLine($"HTTP top 10       {h.Top10}" + (f is null ? "" : $"   p50 / FTS5 in-process p50 {Ratio(h.Top10.P50, f.Top10.P50)}") + $"; host CPU {h.HostCpuMsPerQuery:0.00} ms per query ({h.HostJitCpuMsPerQuery:0.00} ms JIT), after {h.WarmUpPasses} warm-up pass(es)");
            if (h.Fts5Interleaved is { } fi)
                Console.WriteLine($"HTTP / FTS5 interleaved query by query: p50 {Ratio(h.Top10.P50, fi.P50)}, p99 {Ratio(h.Top10.P99, fi.P99)}   (FTS5 {fi})");
        }
        if (r.Throughput is { } t)
        {
            foreach (var run in t.Runs)
            {
                var peer = f?.Throughput.FirstOrDefault(p => p.Clients == run.Clients);
                Console.WriteLine($"throughput        {ClosedLoop.Describe(run)}" + (peer is null ? "" : $"   FTS5 {peer.QueriesPerSecond:0.0} q/s, ours/FTS5 {Ratio(run.QueriesPerSecond, peer.QueriesPerSecond)}"));
            }
            Console.WriteLine($"host RSS          ready {Mb(t.RssReadyBytes)}, after the runs {Mb(t.RssAfterBytes)}{(t.RssAfterParts is { } p ? $" ({Parts(p)})" : "")}, peak {Mb(t.HwmAfterBytes)}");
        }
        Console.WriteLine("queries with ≥ 1 hit: "
            + string.Join("; ", new[]
            {
                r.InProcess is { } a ? $"ours {a.HitFraction:P1} (all words), {a.AnyHitFraction:P1} with relaxed matches" : null,
                r.Http is { } b ? $"HTTP {b.HitFraction:P1}" : null,
                f is not null ? $"FTS5 {f.HitFraction:P1} (any word)" : null,
            }.Where(s => s is not null)));
    }

    private static void PrintMarkdown(ScaleResult r)
    {
        var f = r.Fts5;
        var md = new StringBuilder();
        md.AppendLine("```markdown");
        md.AppendLine($"Scale bench, {r.Docs:N0} generated documents (seed {r.Seed}), {r.Queries} generated queries; label `{r.Label}`, commit `{r.Commit ?? "?"}`, "
            + $"{r.Date}, {r.Cores} cores, load average {r.LoadStart} at the start, {r.LoadEnd} at the end. "
            + "In-process latencies of both engines are taken in the same passes, query by query; each closed loop of FTS5 runs right after ours with as many clients.");
        md.AppendLine();
        md.AppendLine("| measure | ours | SQLite FTS5 | ours / FTS5 |");
        md.AppendLine("|---|---:|---:|---:|");
        if (r.Ingest is { } ing)
        {
            md.AppendLine($"| ingest, wall (ours: files → extraction → index; FTS5: inserts of the plain text) | {ing.First.WallSeconds:0.0} s ({ing.First.DocsPerSecond:0} docs/s) | "
                + (f is null ? "– | –" : $"{f.InsertSeconds:0.0} s ({r.Docs / f.InsertSeconds:0} docs/s) | {Ratio(ing.First.WallSeconds, f.InsertSeconds)}") + " |");
            if (ing.Unchanged is { } u)
                md.AppendLine($"| unchanged re-ingest | {u.WallSeconds:0.0} s ({u.WallSeconds / ing.First.WallSeconds:0.000} of the first) | – | – |");
            md.AppendLine($"| ingest peak RSS: Indexer / whole tree with PDF workers | {Mb(ing.First.PeakRssBytes)} / {Mb(ing.First.PeakTreeRssBytes)} | – | – |");
        }
        if (r.IndexBytes is { } bytes)
            md.AppendLine($"| index size | {Mb(bytes)} | " + (f is null ? "– | –" : $"{Mb(f.DbBytes)} | {Ratio(bytes, f.DbBytes)}") + " |");
        if (r.InProcess is { } ip)
        {
            foreach (var (name, ours, peer) in new (string, double, double?)[]
            {
                ("p50", ip.Top10.P50, f?.Top10.P50), ("p95", ip.Top10.P95, f?.Top10.P95),
                ("p99", ip.Top10.P99, f?.Top10.P99), ("max", ip.Top10.Max, f?.Top10.Max),
            })
            {
                md.AppendLine($"| top 10 in-process, {name} (ours: facets + snippets) | {Latency.Ms(ours)} | "
                    + (peer is { } p ? $"{Latency.Ms(p)} | {Ratio(ours, p)}" : "– | –") + " |");
            }
            if (f is not null)
                md.AppendLine($"| FTS5 with snippet(), p50 / p99 | – | {Latency.Ms(f.WithSnippet.P50)} / {Latency.Ms(f.WithSnippet.P99)} | {Ratio(ip.Top10.P50, f.WithSnippet.P50)} / {Ratio(ip.Top10.P99, f.WithSnippet.P99)} |");
            md.AppendLine($"| home page in-process (match-all + facets), p50: cached / fresh reader | {Latency.Ms(ip.Home.P50)} / {Latency.Ms(ip.HomeFresh.P50)} | – | – |");
        }
        if (r.Http is { } h)
        {
            md.AppendLine($"| top 10 over HTTP, p50 / p95 / p99 / max | {Latency.Ms(h.Top10.P50)} / {Latency.Ms(h.Top10.P95)} / {Latency.Ms(h.Top10.P99)} / {Latency.Ms(h.Top10.Max)} | "
                + (f is null ? "– | –" : $"(in-process) {Latency.Ms(f.Top10.P50)} / {Latency.Ms(f.Top10.P95)} / {Latency.Ms(f.Top10.P99)} / {Latency.Ms(f.Top10.Max)} | {Ratio(h.Top10.P50, f.Top10.P50)} / – / {Ratio(h.Top10.P99, f.Top10.P99)} / –") + " |");
            if (h.Fts5Interleaved is { } fi)
                md.AppendLine($"| top 10 over HTTP against FTS5 in-process run right after each request, p50 / p99 | {Latency.Ms(h.Top10.P50)} / {Latency.Ms(h.Top10.P99)} | "
                    + $"{Latency.Ms(fi.P50)} / {Latency.Ms(fi.P99)} | {Ratio(h.Top10.P50, fi.P50)} / {Ratio(h.Top10.P99, fi.P99)} |");
            md.AppendLine($"| home page over HTTP, p50 | {Latency.Ms(h.Home.P50)} | – | – |");
            md.AppendLine($"| host CPU per query over HTTP (user + system; of which the background JIT thread), after {h.WarmUpPasses} warm-up pass(es) | {h.HostCpuMsPerQuery:0.00} ms ({h.HostJitCpuMsPerQuery:0.00} ms) | – | – |");
            if (h.RssAfterPassBytes is { Count: > 0 } passes)
                md.AppendLine($"| host RSS: ready / after the warm-up / after each timed pass | {Mb(h.RssReadyBytes)} / {Mb(h.RssAfterWarmUpBytes)} / {string.Join(", ", passes.Select(Mb))} | – | – |");
        }
        if (r.Throughput is { } t)
        {
            foreach (var run in t.Runs)
            {
                var peer = f?.Throughput.FirstOrDefault(p => p.Clients == run.Clients);
                md.AppendLine($"| throughput, {run.Clients} client(s), {run.Seconds:0} s closed loop (ours over HTTP; FTS5 in-process threads) | "
                    + $"{run.QueriesPerSecond:0.0} q/s (p50 {Latency.Ms(run.Latency.P50)}, p99 {Latency.Ms(run.Latency.P99)}, {run.Errors} errors) | "
                    + (peer is null ? "– | –" : $"{peer.QueriesPerSecond:0.0} q/s (p50 {Latency.Ms(peer.Latency.P50)}) | {Ratio(run.QueriesPerSecond, peer.QueriesPerSecond)}") + " |");
            }
            md.AppendLine($"| host RSS: ready / after the runs / peak | {Mb(t.RssReadyBytes)} / {Mb(t.RssAfterBytes)} / {Mb(t.HwmAfterBytes)} | – | – |");
            if (t.RssAfterParts is { } parts) md.AppendLine($"| host RSS after the runs by kind | {Parts(parts)} | – | – |");
        }
        if (r.InProcess is { } a || f is not null)
            md.AppendLine($"| queries with ≥ 1 hit | {(r.InProcess is { } x ? $"{x.HitFraction:P0} (all words; {x.AnyHitFraction:P0} with relaxed)" : "–")} | {(f is null ? "–" : $"{f.HitFraction:P0} (any word)")} | – |");
        md.AppendLine("```");
        Console.Write(md.ToString());
    }

    private static void PrintGrowth(ScaleResult a, ScaleResult b, string? fileA = null, string? fileB = null)
    {
        Console.WriteLine($"=== Growth {a.Docs:N0} → {b.Docs:N0} docs (×{(double)b.Docs / a.Docs:0.0}), '{a.Label}' ({a.Commit}, {a.Date}) → '{b.Label}' ({b.Commit}, {b.Date})");
        if (fileA is not null) Console.WriteLine($"  {fileA} → {fileB}");
        void Line(string name, double? x, double? y, Func<double, string> format)
        {
            if (x is not { } vx || y is not { } vy) return;
            Console.WriteLine($"  {name,-34} {format(vx),12} → {format(vy),-12} ×{(vx == 0 ? double.NaN : vy / vx):0.00}");
        }
        Line("ingest wall", a.Ingest?.First.WallSeconds, b.Ingest?.First.WallSeconds, v => $"{v:0.0} s");
        Line("ingest docs/s", a.Ingest?.First.DocsPerSecond, b.Ingest?.First.DocsPerSecond, v => $"{v:0.0}");
        Line("ingest peak RSS (MB)", a.Ingest?.First.PeakRssBytes / 1048576.0, b.Ingest?.First.PeakRssBytes / 1048576.0, v => $"{v:0}");
        Line("index size (MB)", a.IndexBytes / 1048576.0, b.IndexBytes / 1048576.0, v => $"{v:0.0}");
        Line("in-process p50", a.InProcess?.Top10.P50, b.InProcess?.Top10.P50, Latency.Ms);
        Line("in-process p99", a.InProcess?.Top10.P99, b.InProcess?.Top10.P99, Latency.Ms);
        Line("home page p50 (fresh reader)", a.InProcess?.HomeFresh.P50, b.InProcess?.HomeFresh.P50, Latency.Ms);
        Line("HTTP p50", a.Http?.Top10.P50, b.Http?.Top10.P50, Latency.Ms);
        Line("HTTP p99", a.Http?.Top10.P99, b.Http?.Top10.P99, Latency.Ms);
        foreach (var run in a.Throughput?.Runs ?? [])
            Line($"throughput {run.Clients} client(s), q/s", run.QueriesPerSecond, b.Throughput?.Runs.FirstOrDefault(x => x.Clients == run.Clients)?.QueriesPerSecond, v => $"{v:0.0}");
        Line("host RSS after (MB)", a.Throughput?.RssAfterBytes / 1048576.0, b.Throughput?.RssAfterBytes / 1048576.0, v => $"{v:0}");
        Line("FTS5 p50", a.Fts5?.Top10.P50, b.Fts5?.Top10.P50, Latency.Ms);
        Line("FTS5 p99", a.Fts5?.Top10.P99, b.Fts5?.Top10.P99, Latency.Ms);
        Line("FTS5 size (MB)", a.Fts5?.DbBytes / 1048576.0, b.Fts5?.DbBytes / 1048576.0, v => $"{v:0.0}");
        Line("ratio ours/FTS5, in-process p50", RatioOf(a.InProcess?.Top10.P50, a.Fts5?.Top10.P50), RatioOf(b.InProcess?.Top10.P50, b.Fts5?.Top10.P50), v => $"{v:0.00}");
        Line("ratio ours/FTS5, in-process p99", RatioOf(a.InProcess?.Top10.P99, a.Fts5?.Top10.P99), RatioOf(b.InProcess?.Top10.P99, b.Fts5?.Top10.P99), v => $"{v:0.00}");
        Line("ratio ours/FTS5, ingest", RatioOf(a.Ingest?.First.WallSeconds, a.Fts5?.InsertSeconds), RatioOf(b.Ingest?.First.WallSeconds, b.Fts5?.InsertSeconds), v => $"{v:0.00}");

        static double? RatioOf(double? x, double? y) => x is { } vx && y is { } vy && vy > 0 ? vx / vy : null;
    }

    // ---------------------------------------------------------------- helpers

    private static string Ratio(double ours, double peer) => peer <= 0 ? "–" : (ours / peer) switch
    {
        >= 100 => $"{ours / peer:0}",
        >= 10 => $"{ours / peer:0.0}",
        var v => $"{v:0.00}",
    };

    /// <summary>A resident set by kind: "anonymous 141 MB, files 219 MB, shared 39 MB".</summary>
    private static string Parts(ResidentParts parts) => $"anonymous {Mb(parts.AnonymousBytes)}, files {Mb(parts.FileBytes)}, shared {Mb(parts.SharedBytes)}";

    private static string Mb(long bytes) => bytes >= 10L << 20 ? $"{bytes / 1048576.0:0} MB" : $"{bytes / 1048576.0:0.0} MB";

    private static string GcMode() => System.Runtime.GCSettings.IsServerGC ? "server" : "workstation";

    /// <summary>
    /// The environment variables a child (the Indexer, the host) is started with beside the bench's own: with
    /// <c>--child-env profile</c> (the default), those of the project's launch profile
    /// (<c>src/&lt;project&gt;/Properties/launchSettings.json</c>, what <c>dotnet run --project src/&lt;project&gt;</c> gives
    /// it: the GC's least first generation, for the host also the tiering delay, which .NET reads from the environment only;
    /// the README's service environment gives the host the same), except a variable the bench's own environment already sets,
    /// which the child inherits; with <c>inherit</c>, none (the child runs as a bare <c>dotnet &lt;project&gt;.dll</c> would).
    /// </summary>
    private static IReadOnlyDictionary<string, string> ProfileEnvironment(Options o, string? root, string project)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (o.ChildEnv != "profile") return result;
        var profile = Path.Combine(root ?? ".", "src", project, "Properties", "launchSettings.json");
        if (!File.Exists(profile))
            throw new InvalidOperationException($"--child-env profile: no launch profile at {profile} (run from the repository or pass --child-env inherit)");
        using var doc = JsonDocument.Parse(File.ReadAllText(profile));
        foreach (var entry in doc.RootElement.GetProperty("profiles").EnumerateObject())
        {
            if (!entry.Value.TryGetProperty("environmentVariables", out var variables)) continue;
            foreach (var variable in variables.EnumerateObject())
                if (Environment.GetEnvironmentVariable(variable.Name) is not { Length: > 0 })
                    result[variable.Name] = variable.Value.GetString() ?? "";
            break; // the first profile with an environment: the one `dotnet run` takes
        }
        return result;
    }

    private static void PrintProfileEnvironment(IReadOnlyDictionary<string, string> environment)
    {
        if (environment.Count > 0)
            Console.WriteLine($"  environment from the launch profile: {string.Join(", ", environment.Select(e => $"{e.Key}={e.Value}"))}");
    }

    /// <summary>
    /// The GC, the profile-guided tier and (when the environment sets it) the call-counting delay a child runs with, from
    /// its runtimeconfig.json or the environment it inherits
    /// (ASP.NET projects default to the server GC; .NET to the profile-guided tier).
    /// </summary>
    private static string RuntimeMode(string dll, IReadOnlyDictionary<string, string> environment)
    {
        string? Variable(string name) => environment.TryGetValue(name, out var set) ? set : Environment.GetEnvironmentVariable(name);
        var config = Path.ChangeExtension(dll, ".runtimeconfig.json");
        JsonElement properties = default;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(config));
            if (doc.RootElement.TryGetProperty("runtimeOptions", out var options) && options.TryGetProperty("configProperties", out var found))
                properties = found.Clone();
        }
        catch (Exception e) when (e is IOException or JsonException) { return "unknown"; }
        bool Set(string property) => properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.True;
        bool Unset(string property) => properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.False;
        var gc = Variable("DOTNET_gcServer") is { Length: > 0 } forced
            ? (forced == "1" ? "server" : "workstation") + " (DOTNET_gcServer)"
            : Set("System.GC.Server") ? "server" : "workstation";
        var pgo = Variable("DOTNET_TieredPGO") is { Length: > 0 } pgoForced
            ? (pgoForced == "0" ? "off" : "on") + " (DOTNET_TieredPGO)"
            : Unset("System.Runtime.TieredPGO") ? "off" : "on";
        // (The delay before hot methods are promoted: 100 ms unless the environment says otherwise; see docs/BENCHMARKS.md, perfq11.)
        var delay = Variable("DOTNET_TC_CallCountingDelayMs") is { Length: > 0 } d ? $", call-counting delay {d} (DOTNET_TC_CallCountingDelayMs)" : "";
        // (The first generation's least budget: from the CPU cache the machine reports unless the environment sets it, as
        // the host's launch profile does; see docs/BENCHMARKS.md, "Twenty-second session (perf22b)".)
        var gen0 = Variable("DOTNET_GCgen0size") is { Length: > 0 } g ? $", first generation {g} (DOTNET_GCgen0size)" : ", first generation from the CPU cache";
        return $"{gc} GC{gen0}, profile-guided tier {pgo}{delay}";
    }

    private static double Fraction(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string? LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return null; }
    }

    /// <summary>The folder holding Search.sln, above the working directory or the binaries.</summary>
    private static string? RepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Search.sln"))) return dir.FullName;
        return null;
    }

    /// <summary><c>git rev-parse --short HEAD</c>, "+dirty" when tracked files differ from it; null without git.</summary>
    private static string? Commit(string root)
    {
        var head = Git(root, "rev-parse", "--short", "HEAD")?.Trim();
        if (string.IsNullOrEmpty(head)) return null;
        var status = Git(root, "--no-optional-locks", "status", "--porcelain", "--untracked-files=no");
        return string.IsNullOrWhiteSpace(status) ? head : head + "+dirty";
    }

    private static string? Git(string root, params string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = root };
            foreach (var a in arguments) info.ArgumentList.Add(a);
            using var git = Process.Start(info);
            if (git is null) return null;
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit(10_000);
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception) { return null; }
    }

    private static void DeleteDirectory(string path)
    {
        var info = new DirectoryInfo(path);
        if (info.LinkTarget is not null) { info.Delete(); return; }
        if (!info.Exists) return;
        // Links inside (the host's index -> the built index) are removed, not followed.
        foreach (var link in info.EnumerateFileSystemInfos("*", SearchOption.TopDirectoryOnly).Where(i => i.LinkTarget is not null))
            link.Delete();
        info.Delete(recursive: true);
    }

    private sealed class BenchFailure(string message) : Exception(message);

    private sealed class Options
    {
        public int Docs { get; private set; }
        public int Seed { get; private set; } = 1;
        public int Queries { get; private set; } = 200;
        public string? Work { get; private set; }
        public string Label { get; private set; } = "current";
        public bool Keep { get; private set; }
        public bool CleanCorpus { get; private set; }
        public bool SkipIngestIfPresent { get; private set; }
        public int Seconds { get; private set; } = 30;
        /// <summary>Passes over the queries sent to the host before its timed passes (a young host is still compiling its hot code).</summary>
        public int WarmUp { get; private set; } = 1;
        public IReadOnlyList<int> Clients { get; private set; } = [1, 2, 8];
        public string? Indexer { get; private set; }
        public string? Host { get; private set; }
        /// <summary>"profile": the Indexer and the host get their launch profiles' environment (<see cref="ProfileEnvironment"/>); "inherit": only the bench's.</summary>
        public string ChildEnv { get; private set; } = "profile";
        public IReadOnlyList<string> Phases { get; private set; } = AllPhases;
        public string? Compare { get; private set; }

        public static Options Parse(string[] args)
        {
            var o = new Options();
            for (var i = 0; i < args.Length; i++)
            {
                var name = args[i];
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value");
                int Int(int min) => int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min
                    ? v : throw new ArgumentException($"{name} takes a whole number ≥ {min}");
                switch (name)
                {
                    case "--docs": o.Docs = Int(1); break;
                    case "--seed": o.Seed = Int(0); break;
                    case "--queries": o.Queries = Int(1); break;
                    case "--work": o.Work = Value(); break;
                    case "--label":
                        o.Label = Value();
                        if (o.Label.Length == 0 || o.Label.Any(c => !char.IsLetterOrDigit(c) && c is not '-' and not '_' and not '.'))
                            throw new ArgumentException("--label takes letters, digits, '-', '_' and '.'");
                        break;
                    case "--keep": o.Keep = true; break;
                    case "--clean-corpus": o.CleanCorpus = true; break;
                    case "--skip-ingest-if-present": o.SkipIngestIfPresent = true; break;
                    case "--seconds": o.Seconds = Int(1); break;
                    case "--warmup": o.WarmUp = Int(1); break;
                    case "--clients":
                        o.Clients = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                            .Select(c => int.TryParse(c, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= 256 ? v : throw new ArgumentException("--clients takes numbers 1-256, e.g. 1,2,8"))
                            .ToList();
                        break;
                    case "--indexer": o.Indexer = Value(); break;
                    case "--host": o.Host = Value(); break;
                    case "--child-env":
                    case "--host-env": // (its name until the Indexer had a launch profile too)
                        o.ChildEnv = Value();
                        if (o.ChildEnv is not ("profile" or "inherit")) throw new ArgumentException($"{name} takes profile or inherit");
                        break;
                    case "--phases":
                        var phases = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
                        if (phases.Count == 0 || phases.Any(p => !AllPhases.Contains(p)))
                            throw new ArgumentException($"--phases takes some of {string.Join(',', AllPhases)}");
                        o.Phases = AllPhases.Where(phases.Contains).ToList();
                        break;
                    case "--compare": o.Compare = Value(); break;
                    default: throw new ArgumentException($"unknown option {name}");
                }
            }
            if (o.Compare is null && o.Docs == 0) throw new ArgumentException("--docs N is required");
            return o;
        }
    }
}
