using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Search.Pipeline.Crawling;
using Search.Pipeline.Tests.Extraction;
using Search.TestSupport;

namespace Search.Pipeline.Tests.Crawling;

/// <summary>
/// A publisher's site with broken pages, on 127.0.0.1: <c>/casse/{n}</c> always answers 500, <c>/flaky</c> 503 with
/// <c>Retry-After: 7</c> twice then 200, <c>/rapports</c> links <c>/rapports/{n}.pdf</c> (small distinct PDFs), and
/// <c>/plan.xml</c>, a sitemap index listing <c>/plan-a.xml</c> twice, <c>/plan-b.xml</c> and <c>/plan-c.xml</c>.
/// </summary>
public sealed class BrokenSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, byte[]> _pdfs = new();
    private LoopbackServer _server = null!;
    private int _flaky;

    public int Pdfs { get; private init; }

    /// <summary>The robots.txt served (null: 404).</summary>
    public string? Robots { get; set; }

    public ConcurrentQueue<(string Path, bool Conditional)> Requests => _server.Requests;
    public int RequestCount(string path) => Requests.Count(r => r.Path == path);
    public string Url(string path) => _server.Url(path);
    public string Pdf(int n) => Url($"/rapports/{n}.pdf");

    public static async Task<BrokenSite> StartAsync(int pdfs)
    {
        var site = new BrokenSite { Pdfs = pdfs };
        site._server = await LoopbackServer.StartAsync(site.Map);
        return site;
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/robots.txt", () => Robots is null ? Results.NotFound() : Results.Text(Robots, "text/plain"));
        app.MapGet("/casse/{n:int}", (int n) => Results.StatusCode(500));
        app.MapGet("/flaky", (HttpContext context) =>
        {
            if (Interlocked.Increment(ref _flaky) <= 2)
            {
                context.Response.Headers.RetryAfter = "7";
                return Results.StatusCode(503);
            }
            return Html("Enfin disponible", "<p>Le rapport est de nouveau en ligne après une indisponibilité passagère.</p>");
        });
        app.MapGet("/rapports", () => Html("Rapports", string.Concat(Enumerable.Range(1, Pdfs).Select(n => $"<a href=\"/rapports/{n}.pdf\">Rapport {n}</a>\n"))));
        app.MapGet("/rapports/{n:int}.pdf", (int n) => n >= 1 && n <= Pdfs ? Results.Bytes(_pdfs.GetOrAdd(n, BuildPdf), "application/pdf") : Results.NotFound());
        app.MapGet("/plan.xml", () => Results.Text(Sitemap("sitemapindex", "sitemap", [Url("/plan-a.xml"), Url("/plan-a.xml"), Url("/plan-b.xml"), Url("/plan-c.xml")]), "application/xml"));
        app.MapGet("/plan-{part}.xml", (string part) => Results.Text(Sitemap("urlset", "url", Enumerable.Range(1, Pdfs).Select(Pdf)), "application/xml"));
    }

    private static IResult Html(string title, string body) =>
        Results.Content($"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>", "text/html; charset=utf-8");

    private static string Sitemap(string root, string entry, IEnumerable<string> locs) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><{root} xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + string.Concat(locs.Select(l => $"<{entry}><loc>{l}</loc></{entry}>")) + $"</{root}>";

    private static byte[] BuildPdf(int n) => PdfTestFiles.Build(
    [
        [
            (16, $"Rapport annuel numero {n}"),
            (11, $"Les finances des communes en {2000 + n} : depenses, recettes et dette."),
            (11, $"Ce rapport {n} presente les comptes de la collectivite."),
        ],
    ]);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

/// <summary>
/// Issue 12: the crawler never gives a site up for one broken page. Retries honour Retry-After without holding it
/// against the host; a host is paused after failures on several distinct URLs, for a cool-down, then resumes in the
/// same run; its queued URLs wait, never failed without a request; Crawl-delay holds for every request; sitemaps count
/// against the budget, are read once each and capped. Waits go through an <see cref="InstantClock"/>: nothing sleeps.
/// </summary>
public class HostHealthTests
{
    /// <summary>The production defaults for retries and host health (3 attempts, 5 failed URLs, 300 s of cool-down); no source delay.</summary>
    private static CrawlConfig Config(BrokenSite site, Func<SourceConfig, SourceConfig> source) => new()
    {
        AllowedAddresses = ["127.0.0.1"],
        Sources = [source(new SourceConfig { Id = "broken", Publisher = "DGCL", StartUrls = [site.Url("/rapports")], DelaySeconds = 0, MaxDepth = 2 })],
    };

    private static void NothingFailedWithoutARequest(CrawlTestKit kit, BrokenSite site)
    {
        using var store = kit.Store();
        var (byState, _) = store.Counts("broken");
        foreach (var path in new[] { "/rapports", "/flaky" }.Concat(Enumerable.Range(1, 9).Select(n => $"/casse/{n}")).Concat(Enumerable.Range(1, site.Pdfs).Select(n => $"/rapports/{n}.pdf")))
        {
            if (store.Get(site.Url(path)) is { State: UrlStates.Failed } row)
                Assert.True(site.RequestCount(path) > 0, $"{path} is marked failed ({row.Reason}) without having been requested");
        }
    }

    [Fact]
    public async Task An_always_failing_page_and_a_temporarily_unavailable_one_do_not_cost_the_site_its_40_pdfs()
    {
        await using var site = await BrokenSite.StartAsync(pdfs: 40);
        using var kit = new CrawlTestKit();
        var time = new InstantClock();
        var config = Config(site, s => s with { StartUrls = [site.Url("/casse/1"), site.Url("/flaky"), site.Url("/rapports")] });
        await kit.Crawler(config, time: time).RunAsync();

        for (var n = 1; n <= 40; n++) Assert.True(kit.Indexed(site.Pdf(n)) is not null, $"PDF {n} is not indexed");
        Assert.NotNull(kit.Indexed(site.Url("/flaky")));
        Assert.Equal(3, site.RequestCount("/flaky"));
        Assert.Equal(3, site.RequestCount("/casse/1"));
        // Backoff for the broken page (1 s, 2 s), then Retry-After twice: all asked of the crawler's clock.
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], time.Waits);
        Assert.DoesNotContain(kit.Events, e => e.Event == "host-paused");
        using var store = kit.Store();
        Assert.Equal(UrlStates.Failed, store.Get(site.Url("/casse/1"))!.State);
        NothingFailedWithoutARequest(kit, site);
    }

    [Fact]
    public async Task A_host_failing_on_several_distinct_urls_is_paused_then_resumes_in_the_same_run()
    {
        await using var site = await BrokenSite.StartAsync(pdfs: 5);
        using var kit = new CrawlTestKit();
        var time = new InstantClock();
        var broken = Enumerable.Range(1, 6).Select(n => site.Url($"/casse/{n}")).ToList();
        var config = Config(site, s => s with { StartUrls = [.. broken, site.Url("/rapports")] }) with { RetryAttempts = 1, HostFailureThreshold = 3, HostCoolDownSeconds = 600 };
        await kit.Crawler(config, time: time).RunAsync();

        Assert.Equal(2, kit.Events.Count(e => e.Event == "host-paused")); // after /casse/3, after /casse/6
        Assert.Equal([TimeSpan.FromSeconds(600), TimeSpan.FromSeconds(600)], time.Waits); // each cool-down waited on the clock
        Assert.All(Enumerable.Range(1, 6), n => Assert.Equal(1, site.RequestCount($"/casse/{n}")));
        for (var n = 1; n <= 5; n++) Assert.True(kit.Indexed(site.Pdf(n)) is not null, $"PDF {n} is not indexed");
        NothingFailedWithoutARequest(kit, site);
    }

    [Fact]
    public async Task A_host_paused_a_third_time_keeps_its_queued_urls_for_the_next_run()
    {
        await using var site = await BrokenSite.StartAsync(pdfs: 2);
        using var kit = new CrawlTestKit();
        var time = new InstantClock();
        var broken = Enumerable.Range(1, 9).Select(n => site.Url($"/casse/{n}")).ToList();
        var config = Config(site, s => s with { StartUrls = [.. broken, site.Url("/rapports")] }) with { RetryAttempts = 1, HostFailureThreshold = 3, HostCoolDownSeconds = 600 };
        var report = (await kit.Crawler(config, time: time).RunAsync()).Sources.Single();

        Assert.Equal(3, kit.Events.Count(e => e.Event == "host-paused"));
        Assert.Equal(2, time.Waits.Count); // two cool-downs; the third pause lasts until the end of the run
        Assert.Equal(0, site.RequestCount("/rapports"));
        using (var store = kit.Store()) Assert.Equal(UrlStates.Queued, store.Get(site.Url("/rapports"))!.State);
        Assert.Equal(1, report.Queued);
        NothingFailedWithoutARequest(kit, site);
    }

    [Fact]
    public async Task A_configuration_built_in_code_is_checked_like_sources_json()
    {
        await using var site = await BrokenSite.StartAsync(pdfs: 1);
        using var kit = new CrawlTestKit();
        var e = await Assert.ThrowsAsync<CrawlConfigException>(() => kit.Crawler(Config(site, s => s) with { RetryAttempts = 0 }).RunAsync());
        Assert.Contains("$.retryAttempts", e.Message);
        Assert.Empty(site.Requests);
        Assert.Throws<ArgumentOutOfRangeException>(() => new HttpFetcher(new CrawlConfig { RetryAttempts = 0 }, new BodyStore(Path.Combine(kit.DataPath, "store"))));
    }

    [Fact]
    public async Task Crawl_delay_holds_for_every_request_the_first_one_after_robots_txt_included()
    {
        await using var site = await BrokenSite.StartAsync(pdfs: 3);
        site.Robots = "User-agent: *\nCrawl-delay: 7\n";
        using var kit = new CrawlTestKit();
        var time = new InstantClock();
        await kit.Crawler(Config(site, s => s), time: time).RunAsync();

        var paths = site.Requests.Select(r => r.Path).ToList();
        Assert.Equal(["/robots.txt", "/rapports", "/rapports/1.pdf", "/rapports/2.pdf", "/rapports/3.pdf"], paths);
        // One wait of the Crawl-delay before each request after robots.txt (the clock moves only when waited on).
        Assert.Equal(Enumerable.Repeat(TimeSpan.FromSeconds(7), paths.Count - 1), time.Waits);
    }

    [Fact]
    public async Task Sitemaps_are_read_once_each_capped_and_counted_against_the_page_budget()
    {
        await using var site = await BrokenSite.StartAsync(pdfs: 3);
        var capped = Config(site, s => s with { StartUrls = [], Sitemaps = [site.Url("/plan.xml")] }) with { MaxSitemaps = 3 };
        using (var kit = new CrawlTestKit())
        {
            await kit.Crawler(capped, time: new InstantClock()).RunAsync();
            Assert.Equal(1, site.RequestCount("/plan.xml"));
            Assert.Equal(1, site.RequestCount("/plan-a.xml")); // listed twice, read once
            Assert.Equal(1, site.RequestCount("/plan-b.xml"));
            Assert.Equal(0, site.RequestCount("/plan-c.xml")); // over the cap of 3 sitemaps
            Assert.Contains(kit.Events, e => e.Event == "sitemaps-capped");
            Assert.NotNull(kit.Indexed(site.Pdf(3)));
        }

        site.Requests.Clear();
        var budget = capped with { Sources = [capped.Sources[0] with { PageBudget = 2 }] };
        using (var kit = new CrawlTestKit())
        {
            await kit.Crawler(budget, time: new InstantClock()).RunAsync();
            Assert.Equal(["/robots.txt", "/plan.xml", "/plan-a.xml"], site.Requests.Select(r => r.Path));
            Assert.Contains(kit.Events, e => e.Event == "budget-reached");
            using var store = kit.Store();
            Assert.Equal(UrlStates.Queued, store.Get(site.Pdf(1))!.State);
        }
    }
}
