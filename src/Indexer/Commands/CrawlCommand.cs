using Search.Pipeline.Ingest;
using System.Collections.Concurrent;
using System.Text.Json;
using Search.Core.Indexing;
using Search.Pipeline.Crawling;
using Search.Pipeline.Extraction;

namespace Search.Indexer.Commands;

/// <summary>
/// <c>crawl --config &lt;sources.json&gt; --data &lt;dir&gt;</c>: crawls the sources into <c>&lt;dir&gt;/index</c> (the
/// index SearchHost serves when its Data:Path is the same folder), with live progress per source on
/// stderr, a final report on stdout and a structured log (JSON lines) in <c>&lt;dir&gt;/crawl-log.jsonl</c>.
/// </summary>
public static class CrawlCommand
{
    public static int Run(Arguments args)
    {
        args.AllowOnly(["config", "data", "index", "source", "log", "commit-every", .. ExtractionArguments.Names]);
        if (args.Positional.Count != 0) throw new UsageException("crawl takes no positional argument.");
        CrawlConfig config;
        try
        {
            config = CrawlConfigLoader.Load(args.Required("config"));
        }
        catch (CrawlConfigException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        var data = Path.GetFullPath(args.Required("data"));
        var index = Path.GetFullPath(args.One("index") ?? Path.Combine(data, "index"));
        Directory.CreateDirectory(data);
        var logPath = args.One("log") ?? Path.Combine(data, "crawl-log.jsonl");
        using var log = new StreamWriter(logPath, append: true) { AutoFlush = false };
        var logGate = new Lock();
        var latest = new ConcurrentDictionary<string, SourceProgress>();
        var lastPrint = DateTime.MinValue;
        using var extractors = ExtractionArguments.CreateRegistry(args);
        var crawler = new Crawler(config, data, index, extractors)
        {
            CommitEvery = Math.Max(1, args.Int("commit-every", 50)),
            Log = e =>
            {
                var line = JsonSerializer.Serialize(e, LogJson);
                lock (logGate) log.WriteLine(line);
            },
            Progress = new InlineProgress<SourceProgress>(p =>
            {
                latest[p.Source] = p;
                if (!p.Finished && DateTime.UtcNow - lastPrint < TimeSpan.FromSeconds(1)) return;
                lastPrint = DateTime.UtcNow;
                lock (logGate) Console.Error.WriteLine(Line(p));
            }),
        };

        CrawlReport report;
        try
        {
            report = crawler.RunAsync(args.All("source").ToList()).GetAwaiter().GetResult();
        }
        catch (IndexLockedException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (CrawlConfigException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        finally
        {
            lock (logGate) log.Flush();
        }

        Console.WriteLine($"Crawled {report.Sources.Count} source(s) into {index} in {report.Elapsed.TotalSeconds:0.0} s " +
                          $"({report.Requests} requests, {report.ConditionalRequests} conditional)");
        foreach (var s in report.Sources)
        {
            Console.WriteLine($"  {s.Source}: fetched {s.Fetched}, not modified {s.NotModified}, indexed {s.Indexed}, unchanged {s.Unchanged}, " +
                              $"duplicates {s.Duplicates}, skipped {s.Skipped}, errors {s.Errors}, removed {s.Removed}, still queued {s.Queued}, {s.Rate:0.0} pages/s");
        }
        Console.WriteLine($"  log: {Path.GetFullPath(logPath)}");
        return 0;
    }

    private static string Line(SourceProgress p) =>
        $"[{p.Source}] queued {p.Queued}  fetched {p.Fetched}  not modified {p.NotModified}  indexed {p.Indexed}  skipped {p.Skipped}  errors {p.Errors}  {p.Rate:0.0} pages/s{(p.Finished ? "  (done)" : "")}";

    private static readonly JsonSerializerOptions LogJson = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
}
