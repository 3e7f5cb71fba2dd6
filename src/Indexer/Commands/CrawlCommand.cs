using System.Collections.Concurrent;
using System.CommandLine;
using Search.Pipeline.Ingest;
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
    public static Command Create()
    {
        var configPath = new Option<string>("--config") { Description = "The sources configuration (sources.json).", HelpName = "sources.json", Required = true };
        var dataPath = new Option<string>("--data") { Description = "The data folder: index/, store/, crawl.db, crawl-log.jsonl.", HelpName = "dir", Required = true };
        var indexPath = new Option<string>("--index") { Description = "The index folder (default: <data>/index).", HelpName = "dir" };
        var sources = new Option<string[]>("--source") { Description = "Crawl only this source (repeatable).", HelpName = "id" };
        var logPath = new Option<string>("--log") { Description = "The JSON-lines log (default: <data>/crawl-log.jsonl).", HelpName = "file" };
        var commitEvery = new Option<int>("--commit-every") { Description = "Documents between two commits.", DefaultValueFactory = _ => 50 }.AtLeast(1);
        var command = new Command("crawl", "Crawls the configured sources into <data>/index (bodies in <data>/store, state in <data>/crawl.db). " +
                                           "Ctrl+C stops the crawl, commits what was indexed and leaves the rest queued for the next run.")
        {
            configPath, dataPath, indexPath, sources, logPath, commitEvery,
        };
        var extraction = new ExtractionArguments().AddTo(command);
        command.SetWork((parsed, cancellationToken) => Run(parsed.GetRequiredValue(configPath), parsed.GetRequiredValue(dataPath), parsed.GetValue(indexPath),
            parsed.GetValue(sources) ?? [], parsed.GetValue(logPath), parsed.GetValue(commitEvery), () => extraction.CreateRegistry(parsed), cancellationToken));
        return command;
    }

    private static int Run(string configPath, string dataPath, string? indexPath, string[] sources, string? logPath, int commitEvery,
        Func<ExtractorRegistry> createExtractors, CancellationToken cancellationToken)
    {
        CrawlConfig config;
        try
        {
            config = CrawlConfigLoader.Load(configPath);
        }
        catch (CrawlConfigException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        var data = Path.GetFullPath(dataPath);
        var index = Path.GetFullPath(indexPath ?? Path.Combine(data, "index"));
        Directory.CreateDirectory(data);
        logPath ??= Path.Combine(data, "crawl-log.jsonl");
        using var log = new StreamWriter(logPath, append: true) { AutoFlush = false };
        var logGate = new Lock();
        var latest = new ConcurrentDictionary<string, SourceProgress>();
        var lastPrint = DateTime.MinValue;
        using var extractors = createExtractors();
        var crawler = new Crawler(config, data, index, extractors)
        {
            CommitEvery = commitEvery,
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
            report = crawler.RunAsync(sources, cancellationToken).GetAwaiter().GetResult();
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
