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

    private readonly DocumentGate _gate;

    private PublisherSite(LoopbackServer server, DocumentGate gate)
    {
        _server = server;
        _gate = gate;
    }

    /// <param name="holdAfterDocuments">PDF requests after this many are held unanswered until <see cref="ReleaseHeld"/>
    /// (or until their client goes away): a test can then stop a crawl at a known point, however busy the machine.</param>
    public static async Task<PublisherSite> StartAsync(int holdAfterDocuments = int.MaxValue)
    {
        var gate = new DocumentGate(holdAfterDocuments);
        return new(await LoopbackServer.StartAsync(app => Map(app, gate)), gate);
    }

    /// <summary>Answers the held PDF requests, and every later one at once.</summary>
    public void ReleaseHeld() => _gate.Open();

    private static void Map(WebApplication app, DocumentGate gate)
    {
        app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nDisallow: /prive/\n", "text/plain"));
        app.MapGet("/", () => Results.Content(
            "<!DOCTYPE html><html lang=\"fr\"><head><title>Publications</title></head><body><h1>Publications</h1>"
            + string.Concat(Pdfs.Select(p => $"<a href=\"/docs/{p}\">{p}</a>"))
            + "<a href=\"/prive/rapport-interne.pdf\">Rapport interne</a><a href=\"https://www.ailleurs.example/x.pdf\">Ailleurs</a></body></html>",
            "text/html; charset=utf-8"));
        app.MapGet("/docs/{name}", async (string name, CancellationToken aborted) =>
        {
            await gate.PassAsync(aborted);
            var file = Path.Combine(RepoPaths.CorpusSamples, "pdf", name);
            return Pdfs.Contains(name) ? Results.File(File.ReadAllBytes(file), "application/pdf") : Results.NotFound();
        });
    }

    private sealed class DocumentGate(int holdAfter)
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _requests;

        public Task PassAsync(CancellationToken aborted) =>
            Interlocked.Increment(ref _requests) > holdAfter ? _open.Task.WaitAsync(aborted) : Task.CompletedTask;

        public void Open() => _open.TrySetResult();
    }

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
                    publisher = "DGCL – DESL", // a variant: the canonical name "DGCL" is what the index, the facet and the sources show
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
