using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Search.Pipeline.Crawling;
using Search.Pipeline.Extraction;

namespace Search.Bench;

/// <summary>
/// <c>Bench crawl &lt;corpus-samples&gt; [--pages N]</c>: crawl throughput against a local fixture site on
/// 127.0.0.1 (politeness off): N generated publication pages in paginated listings, plus the
/// corpus-samples PDFs and HTML pages, all with ETag/Last-Modified. Then a recrawl of the unchanged
/// site: what it costs in requests (conditional GETs only) and extraction (none).
/// </summary>
public static class CrawlBench
{
    public static async Task<int> Run(string[] args)
    {
        var samples = Path.GetFullPath(args[1]);
        var pages = int.Parse(args.SkipWhile(a => a != "--pages").Skip(1).FirstOrDefault() ?? "500", CultureInfo.InvariantCulture);
        var requests = 0;
        var conditional = 0;
        var (app, baseUri) = await StartSiteAsync(samples, pages, context =>
        {
            Interlocked.Increment(ref requests);
            if (context.Request.Headers.IfNoneMatch.Count > 0) Interlocked.Increment(ref conditional);
        });
        await using var _ = app;
        var pdfs = Directory.GetFiles(Path.Combine(samples, "pdf"), "*.pdf");
        var htmls = Directory.GetFiles(Path.Combine(samples, "html"), "*.html");
        var config = new CrawlConfig { AllowedAddresses = ["127.0.0.1"], Sources = [Source(baseUri, pages)] };
        var data = Path.Combine(Path.GetTempPath(), "search-bench-crawl-" + Guid.NewGuid().ToString("N"));
        try
        {
            var first = await Measure("first crawl (politeness off)", config, data, () => (requests, conditional));
            requests = 0;
            conditional = 0;
            var second = await Measure("recrawl of the unchanged site", config, data, () => (requests, conditional));
            Console.WriteLine($"site             {pages} generated pages + {pdfs.Length} PDFs + {htmls.Length} HTML publications, listings of 50 links");
            return first && second ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// The fixture site on 127.0.0.1 (port 0): N generated publication pages in listings of 50 links, plus the
    /// corpus-samples PDFs and HTML pages, all with ETags. <paramref name="onRequest"/> sees every request.
    /// </summary>
    public static async Task<(WebApplication App, Uri BaseUri)> StartSiteAsync(string samples, int pages, Action<HttpContext>? onRequest = null)
    {
        var pdfs = Directory.GetFiles(Path.Combine(samples, "pdf"), "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var htmls = Directory.GetFiles(Path.Combine(samples, "html"), "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            onRequest?.Invoke(context);
            await next(context);
        });
        app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nDisallow: /prive/\n", "text/plain"));
        app.MapGet("/liste/{n:int}", (int n) =>
        {
            var links = string.Concat(Enumerable.Range(n * 50, 50).Where(i => i < pages).Select(i => $"<a href=\"/publications/p{i}.html\">Publication {i}</a>\n"));
            var extra = n == 0 ? string.Concat(pdfs.Select(p => $"<a href=\"/docs/{p}\">{p}</a>\n")) + string.Concat(htmls.Select(h => $"<a href=\"/pages/{h}\">{h}</a>\n")) : "";
            var next = (n + 1) * 50 < pages ? $"<a href=\"/liste/{n + 1}\">Suivante</a>" : "";
            return Results.Content($"<!DOCTYPE html><html lang=\"fr\"><head><title>Publications {n}</title></head><body>{links}{extra}{next}</body></html>", "text/html; charset=utf-8");
        });
        app.MapGet("/publications/p{i:int}.html", (int i, HttpContext context) => Static(context,
            System.Text.Encoding.UTF8.GetBytes($"<!DOCTYPE html><html lang=\"fr\"><head><title>Note statistique n° {i} sur les finances des collectivités locales</title></head><body><main><h1>Note statistique n° {i}</h1>"
                + string.Concat(Enumerable.Range(0, 12).Select(k => $"<p>Les dépenses de fonctionnement des communes ont progressé de {k + i % 7},{k} % en {2015 + (i + k) % 10}, portées par les charges de personnel et les achats ; l'épargne brute des départements et des régions recule.</p>"))
                + "</main></body></html>"), "text/html; charset=utf-8"));
        app.MapGet("/docs/{name}", (string name, HttpContext context) => pdfs.Contains(name) ? Static(context, File.ReadAllBytes(Path.Combine(samples, "pdf", name)), "application/pdf") : Results.NotFound());
        app.MapGet("/pages/{name}", (string name, HttpContext context) => htmls.Contains(name) ? Static(context, File.ReadAllBytes(Path.Combine(samples, "html", name)), "text/html") : Results.NotFound());
        await app.StartAsync();
        return (app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()));
    }

    /// <summary>The source that crawls the fixture site: every listing, page and document, politeness off.</summary>
    public static SourceConfig Source(Uri baseUri, int pages, double recrawlHours = 0) => new()
    {
        Id = "bench", Publisher = "DGCL", StartUrls = [new Uri(baseUri, "/liste/0").AbsoluteUri],
        PathPrefixes = ["/liste/", "/publications/", "/docs/", "/pages/"],
        PublicationPatterns = ["/publications/", "/pages/"], MaxDepth = pages / 50 + 2, DelaySeconds = 0,
        PageBudget = pages * 2 + 200, RecrawlHours = recrawlHours,
    };

    private static async Task<bool> Measure(string label, CrawlConfig config, string data, Func<(int Requests, int Conditional)> served)
    {
        var crawler = new Crawler(config, data, Path.Combine(data, "index"), new ExtractorRegistry());
        var clock = Stopwatch.StartNew();
        var report = await crawler.RunAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        var s = report.Sources.Single();
        using var self = Process.GetCurrentProcess();
        var (requests, conditional) = served();
        Console.WriteLine($"== {label}");
        Console.WriteLine($"elapsed          {seconds:0.00} s");
        Console.WriteLine($"requests served  {requests} ({conditional} conditional), crawler counted {report.Requests} ({report.ConditionalRequests} conditional)");
        Console.WriteLine($"fetched (200)    {s.Fetched}   not modified (304) {s.NotModified}   indexed {s.Indexed}   unchanged {s.Unchanged}   errors {s.Errors}");
        Console.WriteLine($"pages/s          {(s.Fetched + s.NotModified) / seconds:0.0}");
        Console.WriteLine($"peak working set {self.PeakWorkingSet64 / 1048576.0:0} MB");
        return s.Errors == 0;
    }

    private static IResult Static(HttpContext context, byte[] bytes, string contentType)
    {
        var etag = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16] + "\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.ToString() == etag) return Results.StatusCode(304);
        return Results.Bytes(bytes, contentType);
    }
}
