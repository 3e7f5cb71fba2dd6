using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Search.Host.Sources;
using Search.Pipeline.Crawling;
using Search.Pipeline.Extraction;
using Search.Pipeline.Ingest;
using SearchHost.Tests.Feeds;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Sources;

/// <summary>
/// A host with a sources configuration whose index holds a crawl of <see cref="PublisherSite"/> (publisher DGCL) and
/// two DGCL publications ingested from a folder.
/// </summary>
public sealed class MixedHost : TestHost, IAsyncLifetime
{
    public static readonly string[] FolderFiles = ["dgcl-bis-170-apprentis-2022.html", "dgcl-collectivites-locales-en-chiffres-2025.html"];

    Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Site.DisposeAsync();
    }

    public PublisherSite Site { get; private set; } = null!;
    private string _config = "";

    protected override string CorpusPath => Path.Combine(DataPath, "dossier");

    protected override void Prepare()
    {
        Directory.CreateDirectory(CorpusPath);
        foreach (var name in FolderFiles)
        {
            File.Copy(Path.Combine(RepoPaths.CorpusSamples, "html", name), Path.Combine(CorpusPath, name));
            File.Copy(Path.Combine(RepoPaths.CorpusSamples, "html", name + ".meta.json"), Path.Combine(CorpusPath, name + ".meta.json"));
        }
        Site = PublisherSite.StartAsync().GetAwaiter().GetResult();
        _config = Site.WriteConfig(DataPath);
        var index = Path.Combine(DataPath, "index");
        new Crawler(CrawlConfigLoader.Load(_config), DataPath, index, new ExtractorRegistry()).RunAsync().GetAwaiter().GetResult();
        using var extractors = new ExtractorRegistry();
        var ingested = new FolderIngester(extractors).Ingest(CorpusPath, index);
        if (ingested.Files != FolderFiles.Length) throw new InvalidOperationException("the folder was not ingested");
    }

    protected override void Configure(WebApplicationBuilder builder) => builder.Configuration["Crawl:Config"] = _config;
}

public sealed class PartnersTruthTests(MixedHost host) : IClassFixture<MixedHost>
{
    private async Task<JsonElement> Json(string path, HttpStatusCode expected)
    {
        var response = await host.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task A_publishers_csv_lists_its_crawled_and_its_folder_ingested_publications()
    {
        var bytes = await host.Client.GetByteArrayAsync("/api/sources/publications.csv?publisher=DGCL");
        var rows = ExportTests.ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)).Skip(1).ToList();
        Assert.Equal(PublisherSite.Pdfs.Length + MixedHost.FolderFiles.Length, rows.Count);
        Assert.Equal(PublisherSite.Pdfs.Length, rows.Count(r => r[5] == "editeur-test"));
        var folder = rows.Where(r => r[5] == ReferencedPublications.FolderSource).ToList();
        Assert.Contains(folder, r => r[1] == "https://dgcl.example/statistiques/bis/bis-170-apprentis-2022");
        Assert.All(folder, r => Assert.Equal("DGCL", r[2]));
        Assert.Equal(rows.Count, rows.Select(r => r[1]).Distinct().Count());
    }

    [Fact]
    public async Task Any_variant_of_a_publishers_name_selects_its_canonical_name()
    {
        static string Escape(string s) => Uri.EscapeDataString(s);
        var canonical = await host.Client.GetStringAsync("/api/sources/publications.csv?publisher=DGCL");
        foreach (var variant in new[] { "Direction générale des collectivités locales", "DGCL – DESL", "dgcl" })
        {
            Assert.Equal(canonical, await host.Client.GetStringAsync("/api/sources/publications.csv?publisher=" + Escape(variant)));
            var search = await Json("/api/search?publisher=" + Escape(variant), HttpStatusCode.OK);
            Assert.Equal(PublisherSite.Pdfs.Length + MixedHost.FolderFiles.Length, search.GetProperty("total").GetInt32());
            Assert.All(search.GetProperty("hits").EnumerateArray(), h => Assert.Equal("DGCL", h.GetProperty("publisher").GetString()));
        }
        var facet = (await Json("/api/search", HttpStatusCode.OK)).GetProperty("facets").GetProperty("publisher").EnumerateArray()
            .Select(v => v.GetProperty("value").GetString()).ToList();
        Assert.Equal(["DGCL"], facet);
    }

    [Fact]
    public async Task The_sources_page_counts_folder_ingested_publications_for_their_publisher()
    {
        var page = await host.Client.GetStringAsync("/sources");
        var total = PublisherSite.Pdfs.Length + MixedHost.FolderFiles.Length;
        Assert.Contains($"{total} publications référencées", page);
        Assert.DoesNotContain("Aucune publication n’est référencée", page);
    }

    [Fact]
    public async Task The_https_and_trailing_slash_variants_of_a_referenced_url_are_recognised()
    {
        var url = host.Site.Url("/docs/" + PublisherSite.Pdfs[0]);
        Assert.StartsWith("http://", url);
        foreach (var variant in new[] { "https://" + url["http://".Length..], url + "/", "https://" + url["http://".Length..] + "/" })
        {
            var json = await Json("/api/documents?url=" + Uri.EscapeDataString(variant), HttpStatusCode.OK);
            Assert.True(json.GetProperty("referenced").GetBoolean());
            Assert.Equal(url, json.GetProperty("canonicalUrl").GetString());
            Assert.Equal(variant, json.GetProperty("requestedUrl").GetString());
        }
    }

    [Theory]
    [InlineData("https://dgcl.example/statistiques/bis/bis-170-apprentis-2022", "http://dgcl.example/statistiques/bis/bis-170-apprentis-2022/")]
    [InlineData("http://a.example/", "https://a.example/")]
    public void Variants_cover_the_other_scheme_and_the_trailing_slash(string url, string expected)
    {
        Assert.Contains(expected, ReferencedPublications.Variants(url));
        Assert.DoesNotContain(url, ReferencedPublications.Variants(url));
    }

    [Fact]
    public async Task A_url_under_a_configured_source_never_fetched_is_not_yet_crawled_with_the_source_named()
    {
        var url = host.Site.Url("/docs/rapport-a-venir.pdf");
        var json = await Json("/api/documents?url=" + Uri.EscapeDataString(url), HttpStatusCode.NotFound);
        Assert.Equal(ReferencedPublications.NotYetCrawled, json.GetProperty("reason").GetString());
        Assert.Equal("editeur-test", json.GetProperty("source").GetString());

        var elsewhere = await Json("/api/documents?url=" + Uri.EscapeDataString("https://www.jamais-vu.example/rapport.pdf"), HttpStatusCode.NotFound);
        Assert.Equal("never-seen", elsewhere.GetProperty("reason").GetString());

        var page = await host.Client.GetStringAsync("/sources?url=" + Uri.EscapeDataString(url));
        Assert.Contains("pas encore parcourue", page);
        Assert.Contains("« editeur-test »", page);
    }
}
