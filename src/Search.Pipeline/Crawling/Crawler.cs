using System.Diagnostics;
using Search.Core.Documents;
using Search.Pipeline.Extraction;
using Search.Pipeline.Indexing;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Crawling;

/// <summary>
/// Crawls the configured sources into the index. Sources run in parallel (<see cref="SourceCrawl"/>), each one URL at a
/// time, sharing one <see cref="HttpFetcher"/> (politeness per host, address policy, caps, retries), one
/// <see cref="RobotsCache"/>, the content-addressed <see cref="BodyStore"/> and one <see cref="IndexingSession"/>. A web
/// source's pieces: <see cref="Frontier.CrawlFrontier"/> (queue, budget, checks), <see cref="Discovery.UrlDiscovery"/>
/// (sitemaps, feeds, links), <see cref="FetchOutcomes"/> (what a response does to a URL's state) and
/// <see cref="SourceIndexer"/> (extraction through the pipeline's <see cref="ExtractorRegistry"/>, metadata through
/// <see cref="MetadataInferrer"/>, documents through <see cref="DocumentBuilder"/>); a catalogue source's:
/// <see cref="ConnectorHarvest"/>. A URL's crawl state is written after its document is upserted and confirmed (with the
/// stamped hash) only after the Lucene commit, so a killed crawl re-indexes from the store what the index lacks and
/// refetches nothing not due; after an upgrade of the pipeline, the same reconciliation extracts every stored body again.
/// </summary>
public sealed class Crawler(CrawlConfig config, string dataPath, string indexPath, ExtractorRegistry extractors)
{
    public int CommitEvery { get; init; } = 50;
    public IProgress<SourceProgress>? Progress { get; init; }
    public Action<CrawlEvent>? Log { get; init; }

    /// <summary>The clock of the fetcher's politeness delays and retry waits.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public string DataPath { get; } = Path.GetFullPath(dataPath);

    public async Task<CrawlReport> RunAsync(IReadOnlyCollection<string>? onlySources = null, CancellationToken cancellationToken = default)
    {
        // A configuration built in code gets the checks sources.json gets (RetryAttempts = 0 would fetch nothing).
        CrawlConfigLoader.Validate(config);
        var clock = Stopwatch.StartNew();
        var sources = config.Sources.Where(s => onlySources is null || onlySources.Count == 0 || onlySources.Contains(s.Id)).ToList();
        var unknown = onlySources?.Where(id => config.Sources.All(s => s.Id != id)).ToList() ?? [];
        if (unknown.Count > 0) throw new CrawlConfigException($"Unknown source(s): {string.Join(", ", unknown)}");

        var bodies = new BodyStore(Path.Combine(DataPath, "store"));
        bodies.CleanTemp();
        using (CrawlStore.Open(DataPath)) { } // creates the schema once, before the sources open their connections
        using var fetcher = new HttpFetcher(config, bodies, Time)
        {
            Paused = (url, until) => Emit("", "host-paused", url.AbsoluteUri, detail: $"{UrlNormalizer.Authority(url)} paused until {HttpFetcher.Until(until)}: its queued URLs wait"),
        };
        var robots = new RobotsCache(fetcher, bodies, config, Time)
        {
            Fetched = r => Emit("", "robots", r.Url.AbsoluteUri, r.Status, r.Error ?? $"{r.Attempts} attempt(s)"),
        };
        // Each source commits every CommitEvery documents and confirms them in crawl.db: no commit by count here.
        using var session = IndexingSession.Open(indexPath, int.MaxValue);

        var tasks = sources.Select(s => Task.Run(() => new SourceCrawl(this, s, fetcher, robots, bodies, session).RunAsync(cancellationToken), cancellationToken)).ToList();
        var results = await Task.WhenAll(tasks).ConfigureAwait(false);
        session.Complete();
        return new CrawlReport(results, clock.Elapsed, fetcher.RequestsSent, fetcher.ConditionalRequestsSent);
    }

    /// <summary>
    /// Extracts every indexed document of the configured sources again from the store into <paramref name="target"/>
    /// (a rebuild): nothing is fetched and crawl.db is not changed. Returns the ids written, by origin; a document whose
    /// body is gone or fails to extract is left out. <paramref name="written"/> is told each document URL and, when it
    /// was left out, why.
    /// </summary>
    public IReadOnlyDictionary<string, HashSet<string>> Reindex(IndexingSession target, Action<string, string?>? written = null, CancellationToken cancellationToken = default)
    {
        var bodies = new BodyStore(Path.Combine(DataPath, "store"));
        var result = new Dictionary<string, HashSet<string>>();
        if (!CrawlStore.Exists(DataPath)) return result;
        using var store = CrawlStore.Open(DataPath, readOnly: true);
        foreach (var source in config.Sources)
        {
            var ids = result[source.Origin] = [];
            foreach (var row in store.IndexedDocuments(source.Id))
            {
                cancellationToken.ThrowIfCancellationRequested();
                string? problem = null;
                try
                {
                    if (!bodies.Contains(row.ContentHash!)) problem = "body no longer in the store";
                    else
                    {
                        var document = Build(source, row, bodies, store, cancellationToken);
                        target.Upsert(document);
                        ids.Add(document.Id);
                    }
                }
                catch (ExtractionException e)
                {
                    problem = e.Message;
                }
                written?.Invoke(row.DocUrl!, problem);
            }
        }
        return result;
    }

    /// <summary>The document of a stored body: extracted in the format the server declared, enriched, built.</summary>
    internal SearchDocument Build(SourceConfig source, UrlRow row, BodyStore bodies, CrawlStore store, CancellationToken ct)
    {
        var path = bodies.PathOf(row.ContentHash!);
        // Stored bodies are named by hash only: the format the server declared says which extractor reads it.
        var content = extractors.Extract(path, FormatOf(row.ContentType, path) ?? "html", ct);
        // The text of the links that led here is a title candidate (a PDF often names itself badly).
        var metadata = MetadataInferrer.Infer(content, Uri.UnescapeDataString(new Uri(row.DocUrl!).AbsolutePath), null, store.LinkTexts(row.DocUrl!));
        return DocumentBuilder.Build(content, metadata, new DocumentProvenance(row.DocUrl!, source.Origin, row.ContentHash!, row.Bytes) { Defaults = source.IndexingDefaults });
    }

    /// <summary>
    /// For an index in a crawl data folder (<c>&lt;data&gt;/index</c> beside <c>&lt;data&gt;/crawl.db</c>): indexes again from the
    /// store, without fetching anything, what crawl.db does not confirm under this pipeline version (documents of an
    /// older version, or fetched before a crash), with each source's configuration as its last crawl saved it. What a
    /// crawl does first; the CLI's <c>index</c> does it too. Returns the documents indexed.
    /// </summary>
    public static int ReindexFromStore(string indexPath, ExtractorRegistry extractors, CancellationToken cancellationToken = default)
    {
        var dataPath = Path.GetDirectoryName(Path.GetFullPath(indexPath))!;
        if (!CrawlStore.Exists(dataPath)) return 0;
        IReadOnlyList<SourceConfig> sources;
        using (var store = CrawlStore.Open(dataPath)) sources = store.SavedSources();
        if (sources.Count == 0) return 0;
        var crawler = new Crawler(new CrawlConfig { Sources = sources }, dataPath, indexPath, extractors);
        var bodies = new BodyStore(Path.Combine(dataPath, "store"));
        using var fetcher = new HttpFetcher(crawler.Config, bodies);
        var robots = new RobotsCache(fetcher, bodies, crawler.Config);
        using var session = IndexingSession.Open(indexPath, int.MaxValue);
        var indexed = sources.Sum(s => new SourceCrawl(crawler, s, fetcher, robots, bodies, session).ReconcileAndCommit(cancellationToken));
        session.Complete();
        return indexed;
    }

    internal CrawlConfig Config => config;
    internal void Emit(string source, string what, string url, int? status = null, string? detail = null) =>
        Log?.Invoke(new CrawlEvent(Time.GetUtcNow(), source, what, url, status, detail));

    /// <summary>"pdf" or "html" as the server declared it (or the body's PDF magic); null for anything else.</summary>
    internal static string? FormatOf(string? contentType, string path)
    {
        var ct = contentType?.ToLowerInvariant() ?? "";
        if (ct == "application/pdf" || PdfExtractor.HasPdfMagic(path)) return "pdf";
        if (ct is "text/html" or "application/xhtml+xml") return "html";
        return null;
    }
}
