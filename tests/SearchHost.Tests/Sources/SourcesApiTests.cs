using System.Net;
using System.Text.Json;
using Search.Pipeline.Crawling;
using Search.Pipeline.Extraction;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Sources;

/// <summary>A host whose data folder was filled by a crawl of <see cref="PublisherSite"/> before it started.</summary>
public sealed class CrawledHost : TestHost, IAsyncLifetime
{
    Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Site.DisposeAsync();
        try { Directory.Delete(_empty, recursive: true); } catch (IOException) { }
    }

    public PublisherSite Site { get; private set; } = null!;
    private readonly string _empty = Path.Combine(Path.GetTempPath(), "searchhost-empty-" + Guid.NewGuid().ToString("N"));

    protected override string CorpusPath => _empty;

    protected override void Prepare()
    {
        Directory.CreateDirectory(_empty);
        Site = PublisherSite.StartAsync().GetAwaiter().GetResult();
        var config = CrawlConfigLoader.Load(Site.WriteConfig(DataPath));
        var crawler = new Crawler(config, DataPath, Path.Combine(DataPath, "index"), new ExtractorRegistry());
        var report = crawler.RunAsync().GetAwaiter().GetResult();
        if (report.Sources.Single().Indexed != PublisherSite.Pdfs.Length) throw new InvalidOperationException("the preparatory crawl did not index every PDF");
    }
}

public class SourcesApiTests(CrawledHost host) : IClassFixture<CrawledHost>
{
    private async Task<JsonElement> Json(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await host.Client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Sources_list_documents_last_crawl_fetched_and_skipped_by_reason()
    {
        var json = await Json("/api/sources");
        var source = json.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "editeur-test");
        Assert.Equal("DGCL", source.GetProperty("publisher").GetString());
        Assert.Equal(PublisherSite.Pdfs.Length, source.GetProperty("documents").GetInt32());
        Assert.Equal("completed", source.GetProperty("lastCrawl").GetProperty("status").GetString());
        Assert.Equal(PublisherSite.Pdfs.Length, source.GetProperty("lastCrawl").GetProperty("indexed").GetInt32());
        Assert.Equal(PublisherSite.Pdfs.Length + 1, source.GetProperty("pagesFetched").GetInt32());
        Assert.Equal(1, source.GetProperty("skippedBy").GetProperty("robots").GetInt32());
        Assert.Equal(1, source.GetProperty("skippedBy").GetProperty("scope").GetInt32());
        Assert.Equal(0, source.GetProperty("recentErrors").GetArrayLength());
    }

    [Fact]
    public async Task A_referenced_url_returns_the_document_with_its_canonical_url_and_referrers()
    {
        var url = host.Site.Url("/docs/" + PublisherSite.Pdfs[0]);
        var json = await Json("/api/documents?url=" + Uri.EscapeDataString(url));
        Assert.True(json.GetProperty("referenced").GetBoolean());
        Assert.Equal(url, json.GetProperty("canonicalUrl").GetString());
        Assert.Equal(url, json.GetProperty("url").GetString());
        Assert.Contains("apprentis", json.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(host.Site.Url("/"), json.GetProperty("referrers")[0].GetString());
        Assert.True(json.GetProperty("pages").GetArrayLength() > 0); // the stored document, as before

        // A spelling variant (fragment, tracking parameter, upper-case host) is found under its normalised URL.
        var variant = url.Replace("127.0.0.1", "127.0.0.1", StringComparison.Ordinal) + "?utm_source=lettre#page=2";
        var again = await Json("/api/documents?url=" + Uri.EscapeDataString(variant));
        Assert.Equal(url, again.GetProperty("canonicalUrl").GetString());
    }

    [Fact]
    public async Task A_url_excluded_by_robots_says_which_rule()
    {
        var json = await Json("/api/documents?url=" + Uri.EscapeDataString(host.Site.Url("/prive/rapport-interne.pdf")), HttpStatusCode.NotFound);
        Assert.False(json.GetProperty("referenced").GetBoolean());
        Assert.Equal("robots", json.GetProperty("reason").GetString());
        Assert.Contains("Disallow: /prive/", json.GetProperty("rule").GetString());
        Assert.Equal(0, host.Site.Requests.Count(r => r.StartsWith("/prive/", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("https://www.ailleurs.example/x.pdf", "out-of-scope")]
    [InlineData("https://www.jamais-vu.example/rapport.pdf", "never-seen")]
    [InlineData("ftp://example.fr/a.pdf", "not-crawlable")]
    public async Task A_url_not_referenced_says_why(string url, string reason)
    {
        var json = await Json("/api/documents?url=" + Uri.EscapeDataString(url), HttpStatusCode.NotFound);
        Assert.Equal(reason, json.GetProperty("reason").GetString());
        Assert.Equal(404, json.GetProperty("status").GetInt32());
        Assert.Equal("not-found", json.GetProperty("code").GetString());
        Assert.Contains(url, json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_csv_export_lists_a_publishers_referenced_publications()
    {
        var response = await host.Client.GetAsync("/api/sources/publications.csv?publisher=DGCL");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("titre,url,editeur,type,date,source,indexe_le", lines[0]);
        Assert.Equal(PublisherSite.Pdfs.Length, lines.Length - 1);
        Assert.All(PublisherSite.Pdfs, p => Assert.Contains(lines, l => l.Contains("/docs/" + p, StringComparison.Ordinal)));
        var none = await host.Client.GetStringAsync("/api/sources/publications.csv?publisher=Personne");
        Assert.Single(none.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task The_sources_page_shows_publishers_lookup_results_and_export_links_in_french()
    {
        Assert.Contains("href=\"/sources\"", await host.Client.GetStringAsync("/")); // linked from every page's footer
        var page = await host.Client.GetStringAsync("/sources");
        Assert.Contains("Sources référencées", page);
        Assert.Contains("DGCL", page);
        Assert.Contains("/api/sources/publications.csv?publisher=DGCL", page);
        Assert.Contains("robots.txt : 1", page);

        var excluded = await host.Client.GetAsync("/sources?url=" + Uri.EscapeDataString(host.Site.Url("/prive/rapport-interne.pdf")));
        var html = await excluded.Content.ReadAsStringAsync();
        Assert.Contains("Adresse non référencée", html);
        Assert.Contains("robots.txt", html);
        Assert.Contains("Disallow: /prive/", html);

        var referenced = await host.Client.GetStringAsync("/sources?url=" + Uri.EscapeDataString(host.Site.Url("/docs/" + PublisherSite.Pdfs[0])));
        Assert.Contains("Adresse référencée", referenced);
        Assert.Contains("/documents/", referenced);
    }
}
