using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Search.Core.Documents;
using Search.Pipeline.Crawling;
using Search.Pipeline.Tests.Crawling;

namespace Search.Pipeline.Tests.Connectors;

/// <summary>SRU and OpenDataSoft fixture servers on 127.0.0.1: records paged into documents, then harvested incrementally.</summary>
public sealed class CatalogueServer : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    public ConcurrentQueue<(string Path, bool Conditional)> Requests => _server.Requests;
    public int SruFailuresLeft { get; set; }

    public static async Task<CatalogueServer> StartAsync()
    {
        var catalogue = new CatalogueServer();
        catalogue._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/SRU", (int startRecord, int maximumRecords, string query) =>
                catalogue.SruFailuresLeft-- > 0
                    ? Results.StatusCode(500)
                    : Results.Text(ConnectorFixtures.Sru(startRecord, maximumRecords, "https://gallica.bnf.fr"), "application/xml"));
            app.MapGet("/api/v2/catalog/datasets", (int limit, int offset, string? where) =>
            {
                DateOnly? since = null;
                if (where is not null && System.Text.RegularExpressions.Regex.Match(where, @"modified >= date'(\d{4}-\d{2}-\d{2})'") is { Success: true } m)
                    since = DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                return Results.Text(ConnectorFixtures.Ods(offset, limit, since), "application/json");
            });
        });
        return catalogue;
    }

    public string Url(string path) => _server.Url(path);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

public class ConnectorCrawlTests
{
    private static CrawlConfig Config(CatalogueServer server) => new()
    {
        AllowedAddresses = ["127.0.0.1"],
        RetryAttempts = 2,
        RetryBaseDelaySeconds = 0.05,
        Sources =
        [
            new SourceConfig
            {
                Id = "bnsp", Publisher = "BNSP", Kind = SourceKinds.Sru, DelaySeconds = 0,
                Sru = new SruSettings { Endpoint = server.Url("/SRU"), Query = "dc.subject all \"collectivités\"", PageSize = 2 },
                Defaults = new DefaultMetadata { Themes = ["statistique publique"] },
            },
            new SourceConfig
            {
                Id = "ofgl-data", Publisher = "OFGL", Kind = SourceKinds.OpenDataSoft, DelaySeconds = 0,
                OpenDataSoft = new OpenDataSoftSettings { Portal = server.Url("/"), PageSize = 2 },
            },
        ],
    };

    [Fact]
    public async Task Sru_records_and_opendatasoft_datasets_become_documents_page_by_page()
    {
        await using var server = await CatalogueServer.StartAsync();
        using var kit = new CrawlTestKit();
        server.SruFailuresLeft = 1; // the remote APIs returned 500s now and then: retried
        var report = await kit.Crawler(Config(server)).RunAsync();

        var sru = report.Sources.Single(s => s.Source == "bnsp");
        Assert.Equal(5, sru.Indexed);
        Assert.Equal(3, server.Requests.Select(r => r.Path).Count(r => r.StartsWith("/SRU", StringComparison.Ordinal) && !r.Contains("startRecord=1&", StringComparison.Ordinal)) + 1);
        var bis = kit.Indexed("https://gallica.bnf.fr/ark:/12148/bpt6k0000001a")!;
        Assert.Contains("apprentis", bis.Title);
        Assert.Equal(2023, bis.Year);
        Assert.Equal("source:bnsp", bis.Origin);
        Assert.Equal(TextStatuses.None, bis.TextStatus);
        Assert.Contains("Apprentissage -- Collectivités locales", bis.Themes);
        Assert.Contains("statistique publique", bis.Themes);
        Assert.Equal("Direction générale des collectivités locales (DGCL)", bis.Publisher);

        var ods = report.Sources.Single(s => s.Source == "ofgl-data");
        Assert.Equal(3, ods.Indexed);
        Assert.Equal(2, server.Requests.Select(r => r.Path).Count(r => r.StartsWith("/api/v2/catalog/datasets", StringComparison.Ordinal)));
        var dataset = kit.Indexed(UrlNormalizer.Normalize(server.Url("/explore/dataset/ofgl-base-communes/"))!)!;
        Assert.Equal(DocumentTypes.Dataset, dataset.Type);
        Assert.Equal("OFGL", dataset.Publisher);
        Assert.Equal("dataset", dataset.Format);
    }

    [Fact]
    public async Task A_second_harvest_asks_opendatasoft_for_what_changed_and_rewrites_nothing_unchanged()
    {
        await using var server = await CatalogueServer.StartAsync();
        using var kit = new CrawlTestKit();
        await kit.Crawler(Config(server)).RunAsync();
        var before = server.Requests.Count;

        var report = await kit.Crawler(Config(server)).RunAsync();
        var requests = server.Requests.Skip(before).Select(r => r.Path).ToList();
        Assert.Contains(requests, r => r.StartsWith("/api/v2/catalog/datasets", StringComparison.Ordinal) && Uri.UnescapeDataString(r).Contains($"modified >= date'{DateTime.UtcNow:yyyy-MM-dd}'", StringComparison.Ordinal));
        Assert.Equal(0, report.Sources.Single(s => s.Source == "ofgl-data").Indexed);
        var sru = report.Sources.Single(s => s.Source == "bnsp");
        Assert.Equal(0, sru.Indexed);
        Assert.Equal(5, sru.Unchanged);
    }
}
