using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Search.Core.Documents;
using Search.Pipeline.Crawling;
using Search.Pipeline.Tests.Crawling;

namespace Search.Pipeline.Tests.Connectors;

/// <summary>SRU and OpenDataSoft fixture servers on 127.0.0.1: records paged into documents, then harvested incrementally.</summary>
public sealed class CatalogueServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    public Uri BaseUri { get; private set; } = null!;
    public ConcurrentQueue<string> Requests { get; } = new();
    public int SruFailuresLeft { get; set; }

    private CatalogueServer(WebApplication app) => _app = app;

    public static async Task<CatalogueServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new CatalogueServer(app);
        app.Use(async (context, next) =>
        {
            server.Requests.Enqueue(context.Request.Path + context.Request.QueryString);
            await next(context);
        });
        app.MapGet("/SRU", (int startRecord, int maximumRecords, string query) =>
        {
            if (server.SruFailuresLeft-- > 0) return Results.StatusCode(500);
            return Results.Text(ConnectorFixtures.Sru(startRecord, maximumRecords, "https://gallica.bnf.fr"), "application/xml");
        });
        app.MapGet("/api/v2/catalog/datasets", (int limit, int offset, string? where) =>
        {
            DateOnly? since = null;
            if (where is not null && System.Text.RegularExpressions.Regex.Match(where, @"modified >= date'(\d{4}-\d{2}-\d{2})'") is { Success: true } m)
                since = DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Results.Text(ConnectorFixtures.Ods(offset, limit, since), "application/json");
        });
        await app.StartAsync();
        server.BaseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    public string Url(string path) => new Uri(BaseUri, path).AbsoluteUri;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
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
        Assert.Equal(3, server.Requests.Count(r => r.StartsWith("/SRU", StringComparison.Ordinal) && !r.Contains("startRecord=1&", StringComparison.Ordinal)) + 1);
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
        Assert.Equal(2, server.Requests.Count(r => r.StartsWith("/api/v2/catalog/datasets", StringComparison.Ordinal)));
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
        var requests = server.Requests.Skip(before).ToList();
        Assert.Contains(requests, r => r.StartsWith("/api/v2/catalog/datasets", StringComparison.Ordinal) && Uri.UnescapeDataString(r).Contains($"modified >= date'{DateTime.UtcNow:yyyy-MM-dd}'", StringComparison.Ordinal));
        Assert.Equal(0, report.Sources.Single(s => s.Source == "ofgl-data").Indexed);
        var sru = report.Sources.Single(s => s.Source == "bnsp");
        Assert.Equal(0, sru.Indexed);
        Assert.Equal(5, sru.Unchanged);
    }
}
