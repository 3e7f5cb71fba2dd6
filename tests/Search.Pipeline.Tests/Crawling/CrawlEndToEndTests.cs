using Search.Pipeline.Ingest;
using System.Security.Cryptography;
using Search.Core.Documents;
using Search.Pipeline.Crawling;

namespace Search.Pipeline.Tests.Crawling;

/// <summary>One crawl of the fixture site (real Kestrel on 127.0.0.1, real SQLite, real Lucene index), shared by the tests below.</summary>
public sealed class CrawledSite : IAsyncLifetime
{
    public FixtureSite Site { get; private set; } = null!;
    public CrawlTestKit Kit { get; } = new();
    public CrawlReport Report { get; private set; } = null!;
    public List<SourceProgress> Progress { get; } = [];

    public async Task InitializeAsync()
    {
        Site = await FixtureSite.StartAsync();
        var crawler = new Crawler(CrawlTestKit.Config(Site), Kit.DataPath, Kit.IndexPath, new Search.Pipeline.Extraction.ExtractorRegistry())
        {
            Log = e => { lock (Kit.Events) Kit.Events.Add(e); },
            Progress = new InlineProgress<SourceProgress>(p => { lock (Progress) Progress.Add(p); }),
        };
        Report = await crawler.RunAsync();
    }

    public string Url(string path) => UrlNormalizer.Normalize(Site.Url(path))!;

    public UrlRow Row(string path)
    {
        using var store = Kit.Store();
        return store.Get(Url(path)) ?? throw new Xunit.Sdk.XunitException($"{path} is not in crawl.db");
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        Kit.Dispose();
    }
}

public class CrawlEndToEndTests(CrawledSite crawled) : IClassFixture<CrawledSite>
{
    private SourceProgress Source => crawled.Report.Sources.Single();

    [Fact]
    public void Publications_from_links_listing_pages_sitemap_and_feed_are_indexed()
    {
        foreach (var path in new[]
                 {
                     "/publications/" + FixtureSite.BisPage,       // listing page 1 (utm_ parameter dropped)
                     "/publications/" + FixtureSite.PolicePage,    // listing page 2
                     "/publications/" + FixtureSite.SitemapPage,   // only in the gzip sitemap of a sitemap index
                     "/publications/" + FixtureSite.FeedPage,      // only in the RSS feed
                     "/docs/" + FixtureSite.BisPdf,
                     "/docs/" + FixtureSite.FinancesPdf,
                 })
        {
            var doc = crawled.Kit.Indexed(crawled.Url(path));
            Assert.True(doc is not null, $"{path} is not indexed; requests: {string.Join(", ", crawled.Site.Requests.Select(r => r.Path))}; events: {string.Join("\n", crawled.Kit.Events.Where(e => e.Url.Contains("sitemap") || e.Event.Contains("sitemap") || e.Url.Contains("ofgl-fisc")))}");
            Assert.Equal("source:fixture", doc!.Origin);
            Assert.Equal(DocumentIds.FromUrl(crawled.Url(path)), doc.Id);
            Assert.Contains("finances locales", doc.Themes);
            Assert.NotEmpty(doc.Body);
        }
        var pdf = crawled.Kit.Indexed(crawled.Url("/docs/" + FixtureSite.BisPdf))!;
        Assert.Equal("pdf", pdf.Format);
        Assert.Contains("apprenti", pdf.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("DGCL", pdf.Publisher);
        // Crawled documents get their territories like ingested ones (the same recognizer).
        Assert.Equal(
            Search.Core.Territories.TerritoryRecognizer.Default.Recognize(pdf.Title, pdf.Summary, pdf.Pages).About.Select(t => t.Code),
            pdf.Territories.About.Select(t => t.Code));
        Assert.NotEmpty(pdf.Territories.About);
    }

    [Fact]
    public void Pages_that_are_not_publications_are_crawled_for_links_but_not_indexed()
    {
        Assert.Null(crawled.Kit.Indexed(crawled.Url("/")));
        Assert.Null(crawled.Kit.Indexed(crawled.Url("/publications?page=2")));
        Assert.Equal(nameof(SkipKind.NotAPublication), crawled.Row("/publications?page=2").SkipKind);
        Assert.Equal(UrlStates.Fetched, crawled.Row("/publications?page=2").State);
    }

    [Fact]
    public void Robots_txt_disallowed_paths_are_never_requested_and_the_rule_is_recorded()
    {
        Assert.Equal(0, crawled.Site.RequestCount("/private/secret.html"));
        Assert.Equal(0, crawled.Site.RequestCount("/publications/brouillon"));
        Assert.Equal(1, crawled.Site.RequestCount("/private/public-note.html")); // Allow: the longer rule wins
        var row = crawled.Row("/private/secret.html");
        Assert.Equal(UrlStates.Skipped, row.State);
        Assert.Equal(nameof(SkipKind.Robots), row.SkipKind);
        Assert.Contains("Disallow: /private/ (line 2)", row.Rule);
        Assert.True(crawled.Site.RequestCount("/robots.txt") == 1, "robots.txt requests: " + string.Join(", ", crawled.Site.Requests.Select(r => r.Path))); // cached for the run
    }

    [Fact]
    public void The_infinite_calendar_is_cut_at_the_maximum_depth()
    {
        // Home is depth 0, /agenda/2024-01 depth 1 … depth 3 is the last fetched.
        Assert.Equal(3, crawled.Site.RequestCount("/agenda/"));
        Assert.Equal(nameof(SkipKind.Depth), crawled.Row("/agenda/2024-04").SkipKind);
    }

    [Fact]
    public void Redirects_are_followed_by_hand_to_the_normalised_target()
    {
        var row = crawled.Row("/ancienne-adresse-bis-170");
        Assert.Equal(UrlStates.Redirected, row.State);
        Assert.Equal(301, row.Status);
        Assert.Contains(crawled.Url("/publications/" + FixtureSite.BisPage), row.Reason);
        Assert.DoesNotContain(crawled.Site.Requests, r => r.Path.Contains("utm_", StringComparison.Ordinal));
    }

    [Fact]
    public void A_redirect_loop_is_detected()
    {
        var row = crawled.Row("/boucle-a");
        Assert.Equal(nameof(SkipKind.Redirects), row.SkipKind);
        Assert.Contains("loop", row.Reason);
        Assert.True(crawled.Site.RequestCount("/boucle-") <= 3);
    }

    [Fact]
    public void Forbidden_addresses_are_refused_before_any_connection_for_links_and_redirect_hops()
    {
        using var store = crawled.Kit.Store();
        var ipv6 = store.Get($"http://[::1]:{crawled.Site.Port}/publications/{FixtureSite.BisPage}");
        Assert.NotNull(ipv6);
        Assert.Equal(nameof(SkipKind.AddressPolicy), ipv6!.SkipKind);
        Assert.Contains("loopback", ipv6.Reason);

        var redirect = crawled.Row("/vers-boucle-locale");
        Assert.Equal(nameof(SkipKind.AddressPolicy), redirect.SkipKind);
        Assert.Contains("127.0.0.2", redirect.Reason);
        Assert.Null(store.Get($"http://127.0.0.2:{crawled.Site.Port}/publications/{FixtureSite.PolicePage}")?.FetchedUtc);
    }

    [Fact]
    public void Other_hosts_are_out_of_scope_and_never_fetched()
    {
        using var store = crawled.Kit.Store();
        var external = store.Get("https://www.ailleurs.example/page.html");
        Assert.Equal(nameof(SkipKind.Scope), external!.SkipKind);
        Assert.Null(external.FetchedUtc);
        Assert.Equal(nameof(SkipKind.Scope), store.Get("https://www.ailleurs.example/hors-champ.html")!.SkipKind);
    }

    [Fact]
    public void Errors_404_500_slow_and_too_large_are_recorded_and_the_crawl_goes_on()
    {
        var missing = crawled.Row("/manquant.html");
        Assert.Equal(UrlStates.Failed, missing.State);
        Assert.Equal(1, missing.NotFoundCount);

        var error = crawled.Row("/erreur.html");
        Assert.Equal(UrlStates.Failed, error.State);
        Assert.Contains("HTTP 500", error.Reason);
        Assert.Equal(2, crawled.Site.RequestCount("/erreur.html")); // retryAttempts = 2

        var slow = crawled.Row("/lent.html");
        Assert.Equal(UrlStates.Failed, slow.State);
        Assert.Contains("idle timeout", slow.Reason);

        var bomb = crawled.Row("/bombe.html");
        Assert.Equal(nameof(SkipKind.TooLarge), bomb.SkipKind);
        Assert.Contains("decompressed", bomb.Reason);

        using var store = crawled.Kit.Store();
        Assert.Contains(store.RecentErrors("fixture"), e => e.Url.EndsWith("/erreur.html", StringComparison.Ordinal));
        Assert.True(Source.Errors >= 3);
    }

    [Fact]
    public void The_same_pdf_under_two_urls_is_one_document_that_knows_both_referrers()
    {
        var original = crawled.Url("/docs/" + FixtureSite.BisPdf);
        var copy = crawled.Row("/docs/copie/" + FixtureSite.BisPdf);
        Assert.Equal(original, copy.DocUrl);
        Assert.Null(crawled.Kit.Indexed(crawled.Url("/docs/copie/" + FixtureSite.BisPdf)));
        Assert.True(Source.Duplicates >= 1);
        using var store = crawled.Kit.Store();
        var referrers = store.Referrers(original);
        Assert.Contains(crawled.Url("/publications?page=1"), referrers);
        Assert.Contains(crawled.Url("/publications?page=2"), referrers);
    }

    [Fact]
    public void A_pdf_declaring_a_canonical_url_in_the_link_header_is_indexed_under_it()
    {
        var canonical = crawled.Url("/docs/" + FixtureSite.OfglPdf + "?version=canonique");
        Assert.NotNull(crawled.Kit.Indexed(canonical));
        Assert.Null(crawled.Kit.Indexed(crawled.Url("/docs/" + FixtureSite.OfglPdf)));
        Assert.Equal(canonical, crawled.Row("/docs/" + FixtureSite.OfglPdf).DocUrl);
    }

    [Fact]
    public void Bodies_are_stored_under_their_sha256()
    {
        var row = crawled.Row("/docs/" + FixtureSite.BisPdf);
        var store = new BodyStore(Path.Combine(crawled.Kit.DataPath, "store"));
        var path = store.PathOf(row.ContentHash!);
        Assert.Equal(Path.Combine(store.Root, row.ContentHash![..2], row.ContentHash[2..4], row.ContentHash), path);
        Assert.Equal(row.ContentHash, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(store.Root, "tmp")));
    }

    [Fact]
    public void Requests_carry_the_descriptive_user_agent_and_one_run_is_recorded()
    {
        Assert.NotEmpty(crawled.Site.UserAgents);
        Assert.All(crawled.Site.UserAgents, ua => Assert.Equal(new CrawlConfig().UserAgent, ua));
        Assert.Contains("+https://", new CrawlConfig().UserAgent); // descriptive, with a contact URL
        using var store = crawled.Kit.Store();
        var run = store.LastRun("fixture");
        Assert.NotNull(run);
        Assert.True(run!.Status == "completed", string.Join("\n", crawled.Kit.Events.Where(e => e.Event == "source-failed" || e.Url.EndsWith("robots.txt", StringComparison.Ordinal))));
        Assert.Equal(Source.Indexed, run.Indexed);
        Assert.True(Source.Indexed >= 7, $"indexed {Source.Indexed}: " + string.Join("\n", crawled.Kit.Events.Where(e => e.Event is "indexed" or "extraction-failed" or "error")));
        Assert.Contains(crawled.Progress, p => p.Finished && p.Source == "fixture");
        Assert.Contains(crawled.Kit.Events, e => e.Event == "indexed");
    }
}
