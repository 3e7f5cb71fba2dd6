using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Sources;

/// <summary>A small publisher's site on 127.0.0.1 (port 0): a listing linking corpus-samples PDFs, a robots.txt excluding /prive/.</summary>
public sealed class PublisherSite : IAsyncDisposable
{
    public static readonly string[] Pdfs =
    [
        "dgcl-bis-170-apprentis-collectivites-2022.pdf",
        "dgcl-bis-165-situation-financiere-communes-2021.pdf",
        "ofgl-dotations-dgf-2023.pdf",
        "dgcl-bis-162-epci-fiscalite-propre-2022.pdf",
        "note-methodo-comptes-consolides.pdf",
        "ademe-pcaet-bilan-2020.pdf",
    ];

    private readonly LoopbackServer _server;
    public Uri BaseUri => _server.BaseUri;

    /// <summary>Path and query of every request received, in order.</summary>
    public IEnumerable<string> Requests => _server.Requests.Select(r => r.Path);

    private PublisherSite(LoopbackServer server) => _server = server;

    public static async Task<PublisherSite> StartAsync() => new(await LoopbackServer.StartAsync(app =>
    {
        app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nDisallow: /prive/\n", "text/plain"));
        app.MapGet("/", () => Results.Content(
            "<!DOCTYPE html><html lang=\"fr\"><head><title>Publications</title></head><body><h1>Publications</h1>"
            + string.Concat(Pdfs.Select(p => $"<a href=\"/docs/{p}\">{p}</a>"))
            + "<a href=\"/prive/rapport-interne.pdf\">Rapport interne</a><a href=\"https://www.ailleurs.example/x.pdf\">Ailleurs</a></body></html>",
            "text/html; charset=utf-8"));
        app.MapGet("/docs/{name}", (string name) =>
        {
            var file = Path.Combine(RepoPaths.CorpusSamples, "pdf", name);
            return Pdfs.Contains(name) ? Results.File(File.ReadAllBytes(file), "application/pdf") : Results.NotFound();
        });
    }));

    public string Url(string path) => _server.Url(path);

    /// <summary>A sources.json for this site: only 127.0.0.1 may be contacted.</summary>
    public string WriteConfig(string folder, double delaySeconds = 0)
    {
        var config = new
        {
            allowedAddresses = new[] { "127.0.0.1" },
            idleTimeoutSeconds = 5,
            deadlineSeconds = 20,
            sources = new[]
            {
                new
                {
                    id = "editeur-test",
                    publisher = "DGCL",
                    startUrls = new[] { Url("/") },
                    documentPatterns = new[] { @"\.pdf$" },
                    publicationPatterns = new[] { "(?!)" },
                    maxDepth = 2,
                    delaySeconds,
                    recrawlHours = 24,
                },
            },
        };
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "sources.json");
        File.WriteAllText(path, JsonSerializer.Serialize(config));
        return path;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
