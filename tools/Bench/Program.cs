using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Search.Core.Querying;
using Search.Host;
using Search.Pipeline.Extraction;
using Search.Pipeline.Ingest;

// Bench commands. Usage:
//   Bench ingest <folder> [--parallel N]          ingest throughput into a fresh temporary index
//   Bench ingest-stages <folder> [--rounds N] [--only index]  CPU and allocations per HTML page of each ingest stage, cold and warm rounds
//   Bench query <folder> --queries <tsv> [--runs N] query latency in-process and over HTTP
//   Bench territories <gold.tsv> [<gold.tsv> …] [--root DIR] [--dump] [--errors] [--text DIR]  territory recognition P/R (overall, per level) vs the naive baseline, per gold file
//   Bench crawl <corpus-samples> [--pages N]      crawl throughput on a local fixture site (127.0.0.1), then an unchanged recrawl
//   Bench extraction <folder> [--ocr]             PDF extraction vs pdftotext: speed, word F1, CER on ground truth; --ocr: OCR report
//   Bench metadata <folder>                       inferred metadata of every file (TSV)
//   Bench glyphs <folder>                         per PDF, words unknown to the French word list without and with the unmapped-glyph repair
//   Bench queries <index> <queries.tsv> [--passes N]  in-process query latency on an existing index (to profile)
//   Bench territory-pages <index> [--passes N]     CPU per territory page (latest publications, counts by level, sections), per level
//   Bench merge <index copy> --segments N|--policy  force-merge an index in place, or apply the shipped merge policy (segments' cost)
//   Bench collisions <index> [--top N] [--words a,b]  distinct words merged into one indexed term by folding and stemming, most harmful first
//   Bench generate <outFolder> --docs N [--seed S]  deterministic scale corpus (HTML + ~2 % PDF) and queries.tsv
//   Bench scale --docs N [--phases …] [--label L]  generated corpus: ingest, latency, throughput, RSS, vs SQLite FTS5 (127.0.0.1)
//   Bench querylog --searches N [--distinct D]     the staff pages' SQL on a query log of N searches, and the first design's
//   Bench html-depth [--depths a,b,…]             AngleSharp's parse time by nesting depth; HtmlGuard's refusal time
//   Bench durability <corpus-samples> [--kills N]  kill -9 at random moments of an ingest and of a crawl (Indexer child processes), CheckIndex, final run vs clean run
//   Bench fuzz [--requests N] [--seed S] [--clients C] [--index DIR | --url U]  hostile requests to every endpoint: 5xx, slowest
//   Bench index-dump <index> <out>                 every document's stored fields, doc values, norms and postings as lines keyed by id (compare two indexes)
//   Bench typos <index> [--queries a-queries.tsv,…] [--titles N] [--seed S] [--half 0|1|all] [--errors] [--dump F]  generated typo queries vs their clean queries' answers, by error class
//   Bench hostile [--index DIR] [--seconds S] [--attackers N]  CPU of each worst-case request alone; benign latency while N clients send them
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Length < 2 && args is not ["fuzz", ..] and not ["html-depth", ..] and not ["hostile", ..])
{
    Console.Error.WriteLine("usage: Bench ingest <folder> [--parallel N] | Bench query <folder> --queries <tsv> [--runs N]");
    return 2;
}
string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
var folder = Path.GetFullPath(args.Length > 1 ? args[1] : ".");
var work = Path.Combine(Path.GetTempPath(), "search-bench-" + Guid.NewGuid().ToString("N"));
try
{
    return args[0] switch
    {
        "ingest" => Ingest(),
        "ingest-stages" => Search.Bench.IngestStagesBench.Run(args),
        "query" => await Query(),
        "territories" => Search.Bench.TerritoryBench.Run(args),
        "crawl" => await Search.Bench.CrawlBench.Run(args),
        "extraction" => Search.Bench.ExtractionBench.Run(args),
        "metadata" => Search.Bench.ExtractionBench.Metadata(args),
        "glyphs" => Search.Bench.ExtractionBench.Glyphs(args),
        "queries" => Search.Bench.QueryProfile.Run(args),
        "territory-pages" => Search.Bench.TerritoryPagesBench.Run(args),
        "merge" => Search.Bench.QueryProfile.Merge(args),
        "collisions" => Search.Bench.CollisionsBench.Run(args),
        "generate" => Search.Bench.Scale.ScaleGenerateCommand.Run(args),
        "scale" => await Search.Bench.Scale.ScaleBench.Run(args),
        "querylog" => Search.Bench.QueryLogBench.Run(args),
        "html-depth" => Search.Bench.HtmlDepthBench.Run(args),
        "durability" => await Search.Bench.DurabilityBench.Run(args),
        "fuzz" => await Search.Bench.FuzzBench.Run(args),
        "hostile" => await Search.Bench.HostileBench.Run(args),
        "index-dump" => Search.Bench.IndexDumpBench.Run(args),
        "typos" => Search.Bench.TyposBench.Run(args),
        "absent-words" => Search.Bench.AbsentWordsBench.Run(args),
        _ => 2,
    };
}
finally
{
    try { Directory.Delete(work, recursive: true); } catch (IOException) { }
}

int Ingest()
{
    var parallel = int.Parse(Option("parallel") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    var ingester = new FolderIngester(new ExtractorRegistry()) { Parallelism = parallel };
    var summary = ingester.Ingest(folder, Path.Combine(work, "index"));
    var seconds = summary.Elapsed.TotalSeconds;
    using var self = Process.GetCurrentProcess();
    Console.WriteLine($"folder           {folder}");
    Console.WriteLine($"files            {summary.Files} ({summary.Count(FileOutcome.Added)} indexed, {summary.Count(FileOutcome.NoText)} without text, {summary.Count(FileOutcome.Failed)} failed)");
    Console.WriteLine($"parallelism      {parallel}");
    Console.WriteLine($"elapsed          {seconds:0.00} s");
    Console.WriteLine($"files/s          {summary.Files / seconds:0.00}");
    Console.WriteLine($"PDF pages/s      {summary.ExtractedPdfPages / seconds:0.0} ({summary.ExtractedPdfPages} pages)");
    Console.WriteLine($"MB/s             {summary.ExtractedBytes / 1048576.0 / seconds:0.00} ({summary.ExtractedBytes / 1048576.0:0.0} MB)");
    Console.WriteLine($"peak working set {self.PeakWorkingSet64 / 1048576.0:0} MB");
    return 0;
}

async Task<int> Query()
{
    var queriesFile = Option("queries") ?? throw new ArgumentException("--queries <tsv> is required");
    var runs = int.Parse(Option("runs") ?? "20", CultureInfo.InvariantCulture);
    var queries = File.ReadLines(queriesFile).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 2).Select(c => c[1]).ToList();
    var indexPath = Path.Combine(work, "index");
    new FolderIngester(new ExtractorRegistry()).Ingest(folder, indexPath);

    using (var provider = new IndexSearcherProvider(indexPath))
    {
        var service = new SearchService(provider);
        foreach (var q in queries) service.Search(new SearchRequest { Query = q }); // warm-up
        var samples = new List<double>();
        var perQuery = queries.ToDictionary(q => q, _ => new List<double>());
        for (var r = 0; r < runs; r++)
        {
            foreach (var q in queries)
            {
                var clock = Stopwatch.StartNew();
                service.Search(new SearchRequest { Query = q });
                samples.Add(clock.Elapsed.TotalMilliseconds);
                perQuery[q].Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        Report("in-process (search + facets + snippets, top 10)", samples, queries.Count, runs);
        Console.WriteLine("  slowest queries (median ms):");
        foreach (var (q, times) in perQuery.OrderByDescending(kv => Median(kv.Value)).Take(3))
            Console.WriteLine($"    {Median(times),8:0.00}  {q}");
    }

    var app = SearchHostApp.Build(["--urls", "http://127.0.0.1:0", "--Data:Path", work, "--Logging:LogLevel:Default", "Warning"]);
    await app.StartAsync();
    try
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        while (!(await client.GetStringAsync("/health")).Contains("\"ready\"")) await Task.Delay(100);
        foreach (var q in queries) await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q));
        var samples = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            foreach (var q in queries)
            {
                var clock = Stopwatch.StartNew();
                await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q));
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        Report($"HTTP GET /api/search on {address} (one client, sequential)", samples, queries.Count, runs);
    }
    finally
    {
        await app.StopAsync();
    }
    return 0;
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static void Report(string label, List<double> samples, int queries, int runs)
{
    samples.Sort();
    double P(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p / 100 * samples.Count) - 1)];
    Console.WriteLine($"{label}: {queries} queries x {runs} runs = {samples.Count} samples");
    Console.WriteLine($"  p50 {P(50):0.00} ms   p95 {P(95):0.00} ms   p99 {P(99):0.00} ms   max {samples[^1]:0.00} ms   mean {samples.Average():0.00} ms");
}
