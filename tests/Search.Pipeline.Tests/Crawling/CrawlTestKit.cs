using Search.Core.Documents;
using Search.Core.Querying;
using Search.Pipeline.Crawling;
using Search.Pipeline.Extraction;

namespace Search.Pipeline.Tests.Crawling;

/// <summary>A data folder (crawl.db, store/, index/) and a crawl configuration aimed at a fixture site; deleted at dispose.</summary>
public sealed class CrawlTestKit : IDisposable
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "crawl-tests-" + Guid.NewGuid().ToString("N"));
    public string IndexPath => Path.Combine(DataPath, "index");
    public List<CrawlEvent> Events { get; } = [];

    /// <summary>The test configuration: only 127.0.0.1 may be contacted; short timeouts; no politeness delay.</summary>
    public static CrawlConfig Config(FixtureSite site, Func<SourceConfig, SourceConfig>? source = null, double recrawlHours = 24) => new()
    {
        AllowedAddresses = ["127.0.0.1"],
        IdleTimeoutSeconds = 1,
        DeadlineSeconds = 5,
        MaxBodyBytes = 4 * 1024 * 1024,
        RetryAttempts = 2,
        RetryBaseDelaySeconds = 0.05,
        MaxRetryAfterSeconds = 2,
        HostFailureThreshold = 30,
        Sources =
        [
            (source ?? (s => s))(new SourceConfig
            {
                Id = "fixture",
                Publisher = "DGCL",
                StartUrls = [site.Url("/")],
                Sitemaps = [site.Url("/sitemap.xml")],
                Feeds = [site.Url("/flux.xml")],
                // The loopback names below are in scope so that the address policy is what refuses them.
                AllowedHosts = ["127.0.0.1", "127.0.0.2", "::1"],
                PublicationPatterns = [@"/publications/[^/?]+\.html"],
                DocumentPatterns = [@"\.pdf"],
                MaxDepth = 3,
                DelaySeconds = 0,
                RecrawlHours = recrawlHours,
                Defaults = new DefaultMetadata { Themes = ["finances locales"] },
            }),
        ],
    };

    public Crawler Crawler(CrawlConfig config, int commitEvery = 50, TimeProvider? time = null) => new(config, DataPath, IndexPath, ExtractorRegistry.InProcess())
    {
        CommitEvery = commitEvery,
        Time = time ?? TimeProvider.System,
        Log = e => { lock (Events) Events.Add(e); },
    };

    public SearchDocument? Indexed(string url)
    {
        using var provider = new IndexSearcherProvider(IndexPath);
        return new SearchService(provider).GetByUrl(url);
    }

    public int IndexedCount()
    {
        using var provider = new IndexSearcherProvider(IndexPath);
        return new SearchService(provider).DocumentCount();
    }

    public CrawlStore Store() => CrawlStore.Open(DataPath);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
