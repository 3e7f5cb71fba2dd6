using Microsoft.Data.Sqlite;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Pipeline.Crawling;
using Search.Pipeline.Extraction;
using Search.Pipeline.Indexing;
using Search.TestSupport;

namespace Search.Pipeline.Tests.Crawling;

/// <summary>Recrawls, removals, resume after a crash, retries and robots.txt availability, each over its own fixture site and data folder.</summary>
public class IncrementalCrawlTests
{
    private static SourceConfig Small(SourceConfig s) => s with
    {
        StartUrls = [s.StartUrls[0].TrimEnd('/') + "/publications?page=1"],
        Sitemaps = [],
        Feeds = [],
        MaxDepth = 2,
    };

    /// <summary>The small site without PDF extraction (PDFs fetched, not indexed): for tests about fetching rules.</summary>
    private static SourceConfig HtmlOnly(SourceConfig s) => Small(s) with { DocumentPatterns = ["(?!)"] };

    [Fact]
    public async Task A_recrawl_of_an_unchanged_site_costs_conditional_gets_only_and_no_extraction()
    {
        await using var site = await FixtureSite.StartAsync();
        using var kit = new CrawlTestKit();
        var config = CrawlTestKit.Config(site, Small, recrawlHours: 0);
        var first = (await kit.Crawler(config).RunAsync()).Sources.Single();
        Assert.True(first.Indexed >= 5);
        var before = site.Requests.Count;

        var report = await kit.Crawler(config).RunAsync();
        var second = report.Sources.Single();
        var requests = site.Requests.Skip(before).ToList();
        Assert.Equal(0, second.Indexed);
        Assert.True(second.NotModified >= 5, $"not modified: {second.NotModified}");
        // Every document and publication page was asked for conditionally; only listings, robots.txt and errors were not.
        Assert.All(requests.Where(r => r.Path.StartsWith("/docs/", StringComparison.Ordinal) || r.Path.StartsWith("/publications/", StringComparison.Ordinal)),
            r => Assert.True(r.Conditional, r.Path + " was not a conditional GET"));
        Assert.Equal(report.ConditionalRequests, requests.Count(r => r.Conditional));
    }

    [Fact]
    public async Task Pages_are_due_again_when_the_crawlers_clock_passes_the_recrawl_interval()
    {
        await using var site = await FixtureSite.StartAsync();
        using var kit = new CrawlTestKit();
        var config = CrawlTestKit.Config(site, Small, recrawlHours: 24);
        var time = new InstantClock();
        var started = time.GetUtcNow().UtcDateTime;
        Assert.True((await kit.Crawler(config, time: time).RunAsync()).Sources.Single().Indexed >= 5);
        static bool Content((string Path, bool Conditional) r) => r.Path.StartsWith("/docs/", StringComparison.Ordinal) || r.Path.StartsWith("/publications/", StringComparison.Ordinal);

        // An hour later nothing is due: no page or document is asked for.
        time.Advance(TimeSpan.FromHours(1));
        var before = site.Requests.Count;
        await kit.Crawler(config, time: time).RunAsync();
        Assert.DoesNotContain(site.Requests.Skip(before), Content);

        // A day later (on the crawler's clock, not the machine's) every page and document is due, asked for conditionally.
        time.Advance(TimeSpan.FromHours(24));
        before = site.Requests.Count;
        var third = (await kit.Crawler(config, time: time).RunAsync()).Sources.Single();
        var again = site.Requests.Skip(before).Where(Content).ToList();
        Assert.True(third.NotModified >= 5, $"not modified: {third.NotModified}");
        Assert.All(again, r => Assert.True(r.Conditional, r.Path + " was not a conditional GET"));

        // The crawl state is stamped by the same clock (to the millisecond it stores), a day ahead of the machine's.
        var dayLater = started.AddHours(25).AddMilliseconds(-1);
        using var store = kit.Store();
        Assert.InRange(store.LastRun("fixture")!.StartedUtc, dayLater, time.GetUtcNow().UtcDateTime);
        var url = UrlNormalizer.Normalize(site.Url("/docs/" + FixtureSite.BisPdf))!;
        Assert.True(store.Get(url)!.FetchedUtc >= dayLater, $"fetched at {store.Get(url)!.FetchedUtc:O}, the clock says {time.GetUtcNow():O}");
    }

    [Fact]
    public async Task A_changed_page_is_extracted_again_and_replaced_in_the_index()
    {
        await using var site = await FixtureSite.StartAsync();
        using var kit = new CrawlTestKit();
        var config = CrawlTestKit.Config(site, Small, recrawlHours: 0);
        await kit.Crawler(config).RunAsync();
        var url = UrlNormalizer.Normalize(site.Url("/publications/" + FixtureSite.PolicePage))!;
        Assert.Contains("police", kit.Indexed(url)!.Title, StringComparison.OrdinalIgnoreCase);

        site.Overrides[FixtureSite.PolicePage] = "<!DOCTYPE html><html lang=\"fr\"><head><title>Effectifs de police municipale : édition révisée</title></head><body><main><h1>Effectifs de police municipale : édition révisée</h1><p>Les effectifs de police municipale ont été révisés en 2023 après une nouvelle enquête auprès des communes.</p></main></body></html>";
        var second = (await kit.Crawler(config).RunAsync()).Sources.Single();
        Assert.Equal(1, second.Indexed);
        Assert.Contains("révisée", kit.Indexed(url)!.Title);
    }

    [Fact]
    public async Task A_document_gone_on_two_successive_visits_leaves_the_index()
    {
        await using var site = await FixtureSite.StartAsync();
        using var kit = new CrawlTestKit();
        var config = CrawlTestKit.Config(site, Small, recrawlHours: 0);
        await kit.Crawler(config).RunAsync();
        var url = UrlNormalizer.Normalize(site.Url("/docs/" + FixtureSite.FinancesPdf))!;
        Assert.NotNull(kit.Indexed(url));

        site.Removed["/docs/" + FixtureSite.FinancesPdf] = true;
        await kit.Crawler(config).RunAsync();
        Assert.NotNull(kit.Indexed(url)); // one 404 may be a glitch
        using (var store = kit.Store()) Assert.Equal(1, store.Get(url)!.NotFoundCount);

        var third = (await kit.Crawler(config).RunAsync()).Sources.Single();
        Assert.Null(kit.Indexed(url));
        Assert.Equal(1, third.Removed);
        using (var store = kit.Store())
        {
            Assert.Equal(UrlStates.Gone, store.Get(url)!.State);
            Assert.Null(store.Document(url));
        }
    }

    [Fact]
    public async Task After_a_crash_between_upsert_and_commit_the_next_run_reindexes_from_the_store_without_refetching()
    {
        await using var site = await FixtureSite.StartAsync();
        using var kit = new CrawlTestKit();
        var config = CrawlTestKit.Config(site, Small, recrawlHours: 24);
        await kit.Crawler(config).RunAsync();
        var url = UrlNormalizer.Normalize(site.Url("/docs/" + FixtureSite.BisPdf))!;

        // What a kill -9 after the crawl.db update and before the Lucene commit leaves: the row says
        // fetched, the index lacks the document and the confirmation (indexed_hash) is missing.
        using (var writer = DocumentIndexWriter.Open(kit.IndexPath))
        {
            writer.Delete(DocumentIds.FromUrl(url));
            writer.Commit();
        }
        using (var db = new SqliteConnection($"Data Source={Path.Combine(kit.DataPath, CrawlStore.FileName)};Pooling=false"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "UPDATE urls SET indexed_hash = NULL WHERE url = $u";
            cmd.Parameters.AddWithValue("$u", url);
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }
        Assert.Null(kit.Indexed(url));
        var before = site.Requests.Count;

        var second = (await kit.Crawler(config).RunAsync()).Sources.Single();
        Assert.NotNull(kit.Indexed(url));
        Assert.Equal(1, second.Indexed);
        // Nothing was due (recrawl every 24 h): no page or document was requested again.
        Assert.DoesNotContain(site.Requests.Skip(before), r => r.Path.StartsWith("/docs/", StringComparison.Ordinal) || r.Path.StartsWith("/publications", StringComparison.Ordinal));
        using var store = kit.Store();
        Assert.Equal(IndexingSession.Stamp(store.Get(url)!.ContentHash!), store.Get(url)!.IndexedHash);
    }

    [Fact]
    public async Task After_a_pipeline_upgrade_a_crawl_extracts_every_stored_body_again_without_refetching_it()
    {
        await using var site = await FixtureSite.StartAsync();
        using var kit = new CrawlTestKit();
        var config = CrawlTestKit.Config(site, Small, recrawlHours: 24);
        var first = (await kit.Crawler(config).RunAsync()).Sources.Single();
        Assert.Equal(IndexingSession.PipelineVersion, IndexingSession.VersionOf(kit.IndexPath));

        // What an older version left: its stamp on the index, on every hash and on the crawl's confirmations.
        OlderIndex.Simulate(kit.IndexPath);
        using (var db = new SqliteConnection($"Data Source={Path.Combine(kit.DataPath, CrawlStore.FileName)};Pooling=false"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "UPDATE urls SET indexed_hash = 'v' || $v || ':' || content_hash WHERE indexed_hash IS NOT NULL";
            cmd.Parameters.AddWithValue("$v", OlderIndex.Version);
            Assert.True(cmd.ExecuteNonQuery() >= first.Indexed);
        }
        var before = site.Requests.Count;

        var second = (await kit.Crawler(config).RunAsync()).Sources.Single();
        Assert.True(second.Indexed >= first.Indexed, $"{second.Indexed} documents indexed again, {first.Indexed} at first");
        Assert.DoesNotContain(site.Requests.Skip(before), r => r.Path.StartsWith("/docs/", StringComparison.Ordinal) || r.Path.StartsWith("/publications/", StringComparison.Ordinal));
        Assert.Equal(IndexingSession.PipelineVersion, IndexingSession.VersionOf(kit.IndexPath));
        var url = UrlNormalizer.Normalize(site.Url("/docs/" + FixtureSite.BisPdf))!;
        Assert.StartsWith(IndexingSession.HashPrefix, kit.Indexed(url)!.ContentHash);
        using var store = kit.Store();
        Assert.Equal(IndexingSession.Stamp(store.Get(url)!.ContentHash!), store.Get(url)!.IndexedHash);
    }

    [Fact]
    public async Task After_a_pipeline_upgrade_the_crawl_store_gives_the_crawled_documents_to_a_rebuild_and_to_the_cli_index()
    {
        await using var site = await FixtureSite.StartAsync();
        using var kit = new CrawlTestKit();
        var first = (await kit.Crawler(CrawlTestKit.Config(site, Small)).RunAsync()).Sources.Single();
        OlderIndex.Simulate(kit.IndexPath);
        using (var db = new SqliteConnection($"Data Source={Path.Combine(kit.DataPath, CrawlStore.FileName)};Pooling=false"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "UPDATE urls SET indexed_hash = 'v' || $v || ':' || content_hash WHERE indexed_hash IS NOT NULL";
            cmd.Parameters.AddWithValue("$v", OlderIndex.Version);
            cmd.ExecuteNonQuery();
        }
        var before = site.Requests.Count;
        using var extractors = new ExtractorRegistry();

        // A rebuild beside the index, with the sources' configuration as crawl.db saved it (no sources file).
        var rebuilt = Path.Combine(kit.DataPath, "index.next");
        using (var target = IndexingSession.Open(rebuilt))
        {
            var summary = new IndexRebuilder(extractors) { CrawlDataPath = kit.DataPath }.Rebuild(kit.IndexPath, target);
            Assert.Equal(first.Indexed, summary.Extracted);
            Assert.Equal(0, summary.Carried);
            Assert.Equal(0, target.Complete());
        }
        Assert.Equal(IndexingSession.PipelineVersion, IndexingSession.VersionOf(rebuilt));
        var old = StoredDocuments.Read(kit.IndexPath).ToDictionary(d => d.Id);
        var fresh = StoredDocuments.Read(rebuilt).ToList();
        Assert.Equal(old.Keys.Order(), fresh.Select(d => d.Id).Order());
        Assert.All(fresh, d => Assert.Equal(IndexingSession.Stamp(IndexingSession.Unstamped(old[d.Id].ContentHash!)), d.ContentHash));

        // The CLI's index, in place: what crawl.db does not confirm under this version is indexed again, and confirmed.
        Assert.Equal(first.Indexed, Crawler.ReindexFromStore(kit.IndexPath, extractors));
        Assert.Equal(IndexingSession.PipelineVersion, IndexingSession.VersionOf(kit.IndexPath));
        Assert.Equal(0, Crawler.ReindexFromStore(kit.IndexPath, extractors));
        Assert.Equal(before, site.Requests.Count);
    }

    [Fact]
    public async Task A_queued_frontier_survives_and_the_page_budget_is_resumed_on_the_next_run()
    {
        await using var site = await FixtureSite.StartAsync();
        using var kit = new CrawlTestKit();
        var config = CrawlTestKit.Config(site, s => HtmlOnly(s) with { PageBudget = 3 });
        var first = (await kit.Crawler(config).RunAsync()).Sources.Single();
        Assert.True(first.Queued > 0);
        // The budget counts pages, not attempts: on a loaded machine a request can pass the 1 s idle timeout and be retried.
        var firstRequests = site.Requests.Count;
        var firstPages = site.Requests.Where(r => r.Path != "/robots.txt").Select(r => r.Path).Distinct().ToList();
        Assert.Equal(3, firstPages.Count);

        var second = (await kit.Crawler(config).RunAsync()).Sources.Single();
        var secondPages = site.Requests.Skip(firstRequests).Where(r => r.Path != "/robots.txt").Select(r => r.Path).Distinct().ToList();
        Assert.Empty(secondPages.Intersect(firstPages)); // nothing fetched again: the second run went on where the first stopped
        Assert.True(second.Fetched + second.NotModified >= 2);
    }

    [Fact]
    public async Task Retry_after_is_honoured()
    {
        await using var site = await FixtureSite.StartAsync();
        using var kit = new CrawlTestKit();
        site.FlakyFailures = 1;
        var config = CrawlTestKit.Config(site, s => s with { StartUrls = [site.Url("/flaky")], Sitemaps = [], Feeds = [], PublicationPatterns = ["/flaky"] });
        var time = new InstantClock();
        var result = (await kit.Crawler(config, time: time).RunAsync()).Sources.Single();
        Assert.Equal(1, result.Indexed);
        Assert.Equal(2, site.RequestCount("/flaky"));
        Assert.Equal([TimeSpan.FromSeconds(1)], time.Waits); // Retry-After: 1, waited on the crawler's clock
    }

    [Theory]
    [InlineData(404, true)]
    [InlineData(410, true)]
    [InlineData(500, false)]
    [InlineData(503, false)]
    public async Task Robots_txt_status_decides_per_rfc_9309(int status, bool crawled)
    {
        await using var site = await FixtureSite.StartAsync();
        using var kit = new CrawlTestKit();
        site.RobotsStatus = status;
        var config = CrawlTestKit.Config(site, HtmlOnly) with { RetryAttempts = 1 };
        await kit.Crawler(config).RunAsync();
        Assert.Equal(crawled, site.RequestCount("/publications") > 0);
        if (!crawled)
        {
            using var store = kit.Store();
            var row = store.Get(UrlNormalizer.Normalize(site.Url("/publications?page=1"))!)!;
            Assert.Equal(nameof(SkipKind.Robots), row.SkipKind);
            Assert.Contains($"HTTP {status}", row.Reason);
        }
    }

    [Fact]
    public async Task A_host_name_resolving_to_a_forbidden_address_is_refused_at_connect_time()
    {
        await using var site = await FixtureSite.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "crawl-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            // No exception at all: "localhost" resolves to loopback only, so nothing may be contacted.
            var config = new CrawlConfig { AllowedAddresses = [], RetryAttempts = 1, IdleTimeoutSeconds = 2, DeadlineSeconds = 5 };
            using var fetcher = new HttpFetcher(config, new BodyStore(Path.Combine(data, "store")));
            var result = await fetcher.FetchAsync(new Uri($"http://localhost:{site.Port}/"));
            Assert.Equal(FetchOutcome.AddressRefused, result.Outcome);
            Assert.Contains("loopback", result.Error);
            Assert.Empty(site.Requests);
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task A_sitemap_lastmod_newer_than_the_last_fetch_makes_a_page_due_again()
    {
        await using var site = await FixtureSite.StartAsync();
        using var kit = new CrawlTestKit();
        var config = CrawlTestKit.Config(site, s => s with { StartUrls = [], Feeds = [], Sitemaps = [site.Url("/sitemap.xml")] }, recrawlHours: 24);
        await kit.Crawler(config).RunAsync();
        var page = UrlNormalizer.Normalize(site.Url("/publications/" + FixtureSite.SitemapPage))!;
        Assert.NotNull(kit.Indexed(page));

        // Pretend the page was fetched long before the sitemap's lastmod (2024-01-10).
        using (var db = new SqliteConnection($"Data Source={Path.Combine(kit.DataPath, CrawlStore.FileName)};Pooling=false"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "UPDATE urls SET fetched_at = '2023-12-01T00:00:00.000Z', etag = NULL WHERE url = $u";
            cmd.Parameters.AddWithValue("$u", page);
            cmd.ExecuteNonQuery();
        }
        var before = site.RequestCount("/publications/" + FixtureSite.SitemapPage);
        await kit.Crawler(config).RunAsync();
        Assert.Equal(before + 1, site.RequestCount("/publications/" + FixtureSite.SitemapPage));
    }

    [Fact]
    public async Task Redirects_stop_after_the_configured_number_of_hops()
    {
        await using var site = await FixtureSite.StartAsync();
        using var kit = new CrawlTestKit();
        var config = CrawlTestKit.Config(site, s => s with { StartUrls = [site.Url("/chaine/0")], Sitemaps = [], Feeds = [] }) with { MaxRedirects = 3 };
        await kit.Crawler(config).RunAsync();
        Assert.Equal(4, site.RequestCount("/chaine/")); // the first request and 3 redirects followed
        using var store = kit.Store();
        var row = store.Get(UrlNormalizer.Normalize(site.Url("/chaine/0"))!)!;
        Assert.Equal(nameof(SkipKind.Redirects), row.SkipKind);
        Assert.Contains("more than 3 redirects", row.Reason);
    }

    [Fact]
    public async Task A_server_that_trickles_bytes_is_cut_at_the_overall_deadline()
    {
        await using var site = await FixtureSite.StartAsync();
        site.SlowPause = TimeSpan.FromMilliseconds(300); // never idle long enough for the idle timeout
        using var kit = new CrawlTestKit();
        var config = CrawlTestKit.Config(site, s => s with { StartUrls = [site.Url("/lent.html")], Sitemaps = [], Feeds = [], PublicationPatterns = ["/lent"] })
            with { IdleTimeoutSeconds = 5, DeadlineSeconds = 1.5, RetryAttempts = 1 };
        await kit.Crawler(config).RunAsync();
        using var store = kit.Store(); // the page failed for its deadline (its reason says so), not for the idle timeout
        var row = store.Get(UrlNormalizer.Normalize(site.Url("/lent.html"))!)!;
        Assert.Equal(UrlStates.Failed, row.State);
        Assert.Contains("deadline", row.Reason);
    }
}
