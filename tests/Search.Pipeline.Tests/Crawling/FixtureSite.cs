using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Search.Pipeline.Tests.Extraction;

namespace Search.Pipeline.Tests.Crawling;

/// <summary>
/// A statistics publisher's site served by Kestrel on 127.0.0.1 (port 0), written by us: home page,
/// paginated listing, publication pages (corpus-samples HTML) linking PDFs (corpus-samples PDFs, with
/// ETag and Last-Modified), sitemap.xml, an RSS feed, robots.txt with disallowed paths, redirects
/// (one to a loopback address the crawl configuration forbids), a 404, a 500, a slow endpoint, an
/// infinite calendar, a gzip bomb, and a duplicate PDF under a second URL. Every request is logged.
/// </summary>
public sealed class FixtureSite : IAsyncDisposable
{
    public const string BisPdf = "dgcl-bis-170-apprentis-collectivites-2022.pdf";
    public const string FinancesPdf = "dgcl-bis-165-situation-financiere-communes-2021.pdf";
    public const string OfglPdf = "ofgl-dotations-dgf-2023.pdf";
    public const string BisPage = "dgcl-bis-170-apprentis-2022.html";
    public const string PolicePage = "dgcl-police-municipale-effectifs-2022.html";
    public const string FeedPage = "insee-emploi-public-local-2021.html";
    public const string SitemapPage = "ofgl-fiscalite-locale-tfpb-cfe-cvae-2023.html";

    private LoopbackServer _server = null!;
    private static readonly DateTimeOffset Modified = new(2024, 1, 15, 10, 0, 0, TimeSpan.Zero);

    public Uri BaseUri => _server.BaseUri;
    public int Port => BaseUri.Port;

    /// <summary>Paths (with query) of every request received, in order.</summary>
    public ConcurrentQueue<(string Path, bool Conditional)> Requests => _server.Requests;

    /// <summary>The User-Agent of every request since start-up (warm-up requests included).</summary>
    public ConcurrentBag<string> UserAgents => _server.UserAgents;

    /// <summary>Paths that answer 404 from now on (a publication removed by the publisher).</summary>
    public ConcurrentDictionary<string, bool> Removed { get; } = new();

    /// <summary>Replacement bodies for publication pages (a publisher updating a page).</summary>
    public ConcurrentDictionary<string, string> Overrides { get; } = new();

    /// <summary>How many times /flaky answered 503 before it answers 200.</summary>
    public int FlakyFailures { get; set; } = 1;
    private int _flakyCount;

    /// <summary>How long /slow waits between bytes.</summary>
    public TimeSpan SlowPause { get; set; } = TimeSpan.FromSeconds(3);

    public string RobotsTxt { get; set; } = """
        User-agent: *
        Disallow: /private/
        Disallow: /publications/brouillon
        Allow: /private/public-note.html
        Sitemap: /sitemap.xml
        """;

    /// <summary>The status robots.txt answers (200: <see cref="RobotsTxt"/>).</summary>
    public int RobotsStatus { get; set; } = 200;

    public int RequestCount(string pathPrefix) => Requests.Count(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

    public static async Task<FixtureSite> StartAsync()
    {
        _ = GzipBomb.Value; // built before serving, so the endpoint is not slow
        var site = new FixtureSite();
        site._server = await LoopbackServer.StartAsync(site.Map, context => site.Removed.ContainsKey(context.Request.Path.Value ?? "") ? Results.NotFound() : null);
        // Warm up (JIT, first connection) so that the crawl's short idle timeout measures the site, not start-up.
        using (var client = new HttpClient { BaseAddress = site.BaseUri })
        {
            foreach (var path in new[] { "/robots.txt", "/", "/publications?page=1", "/docs/" + BisPdf })
                (await client.GetAsync(path)).EnsureSuccessStatusCode();
        }
        site.Requests.Clear();
        site.UserAgents.Clear();
        return site;
    }

    public string Url(string path) => new Uri(BaseUri, path).AbsoluteUri;

    private static string Samples => Path.Combine(CrawlConfigTests.RepoRoot(), "corpus-samples");

    private void Map(WebApplication app)
    {

        app.MapGet("/robots.txt", () => RobotsStatus == 200 ? Results.Text(RobotsTxt, "text/plain") : Results.StatusCode(RobotsStatus));
        app.MapGet("/", () => Html("Accueil", $"""
            <a href="/publications?page=1">Toutes les publications</a>
            <a href="/agenda/2024-01">Agenda</a>
            <a href="/private/secret.html">Espace réservé</a>
            <a href="/private/public-note.html">Note publique</a>
            <a href="/publications/brouillon-2025.html">Brouillon</a>
            <a href="/ancienne-adresse-bis-170">Ancienne adresse du BIS 170</a>
            <a href="/manquant.html">Lien cassé</a>
            <a href="/erreur.html">Page en erreur</a>
            <a href="/lent.html">Page lente</a>
            <a href="/bombe.html">Archive</a>
            <a href="/boucle-a">Boucle</a>
            <a href="/vers-boucle-locale">Redirection interdite</a>
            <a href="http://[::1]:{Port}/publications/{BisPage}">Adresse interdite</a>
            <a href="https://www.ailleurs.example/page.html">Autre site</a>
            <a href="mailto:contact@example.fr">Contact</a>
            """));
        app.MapGet("/publications", (int? page) => (page ?? 1) switch
        {
            1 => Html("Publications (page 1)", $"""
                <a href="/publications/{BisPage}?utm_source=accueil">BIS 170</a>
                <a href="/docs/{BisPdf}">BIS 170 (PDF)</a>
                <a href="/docs/{FinancesPdf}">BIS 165 (PDF)</a>
                <a href="/publications?page=2">Page suivante</a>
                """),
            2 => Html("Publications (page 2)", $"""
                <a href="/publications/{PolicePage}">Police municipale</a>
                <a href="/docs/copie/{BisPdf}">BIS 170, autre lien (PDF)</a>
                <a href="/docs/{OfglPdf}">OFGL (PDF)</a>
                <a href="/publications?page=1">Page précédente</a>
                """),
            _ => Results.NotFound(),
        });
        app.MapGet("/publications/{name}", (string name, HttpContext context) =>
        {
            if (Overrides.TryGetValue(name, out var body)) return Results.Content(body, "text/html; charset=utf-8");
            var file = Path.Combine(Samples, "html", name);
            if (!File.Exists(file) || name.Contains("..", StringComparison.Ordinal)) return Results.NotFound();
            return Static(context, File.ReadAllBytes(file), "text/html");
        });
        app.MapGet("/docs/{name}", (string name, HttpContext context) => Pdf(context, name));
        app.MapGet("/docs/copie/{name}", (string name, HttpContext context) => Pdf(context, name));
        app.MapGet("/private/{name}", (string name) => Html("Privé " + name, "<p>Ne devrait pas être lu sauf la note publique.</p>"));
        app.MapGet("/agenda/{month}", (string month) =>
        {
            var date = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddMonths(1);
            return Html("Agenda " + month, $"<a href=\"/agenda/{date:yyyy-MM}\">Mois suivant</a>");
        });
        app.MapGet("/ancienne-adresse-bis-170", () => Results.Redirect($"/publications/{BisPage}?utm_campaign=x", permanent: true));
        app.MapGet("/chaine/{n:int}", (int n) => Results.Redirect($"/chaine/{n + 1}")); // never linked: endless redirects
        app.MapGet("/boucle-a", () => Results.Redirect("/boucle-b"));
        app.MapGet("/boucle-b", () => Results.Redirect("/boucle-a"));
        app.MapGet("/vers-boucle-locale", () => Results.Redirect($"http://127.0.0.2:{Port}/publications/{PolicePage}"));
        app.MapGet("/erreur.html", () => Results.StatusCode(500));
        app.MapGet("/flaky", (HttpContext context) =>
        {
            if (Interlocked.Increment(ref _flakyCount) <= FlakyFailures)
            {
                context.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(503);
            }
            return Html("Enfin", "<p>Réponse après un échec passager.</p>");
        });
        app.MapGet("/lent.html", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body>");
            await context.Response.Body.FlushAsync();
            try
            {
                for (var i = 0; i < 10; i++)
                {
                    await Task.Delay(SlowPause, context.RequestAborted);
                    await context.Response.WriteAsync("<p>…</p>", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
            catch (OperationCanceledException) { }
        });
        app.MapGet("/bombe.html", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(GzipBomb.Value);
        });
        app.MapGet("/sitemap.xml", () => Results.Text($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>{Url("/sitemap-publications.xml.gz")}</loc><lastmod>2024-01-15</lastmod></sitemap>
            </sitemapindex>
            """, "application/xml"));
        app.MapGet("/sitemap-publications.xml.gz", () =>
        {
            var xml = $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>{Url("/publications/" + SitemapPage)}</loc><lastmod>2024-01-10</lastmod></url>
                  <url><loc>{Url("/publications/" + BisPage)}</loc><lastmod>2024-01-10</lastmod></url>
                  <url><loc>https://www.ailleurs.example/hors-champ.html</loc></url>
                </urlset>
                """;
            return Results.Bytes(Gzip(Encoding.UTF8.GetBytes(xml)), "application/gzip");
        });
        app.MapGet("/flux.atom", () => Results.Text($"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Actualités</title><id>urn:fixture:flux</id>
              <updated>2024-01-15T10:00:00Z</updated>
              <entry><title>L'emploi public local fin 2021</title><id>urn:fixture:1</id>
                <link rel="alternate" href="{Url("/publications/" + FeedPage)}"/><updated>2024-01-15T10:00:00Z</updated></entry>
            </feed>
            """, "application/atom+xml"));
        app.MapGet("/flux.xml", () => Results.Text($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Actualités</title>
              <item><title>Emploi public local</title><link>{Url("/publications/" + FeedPage)}</link><pubDate>Mon, 15 Jan 2024 10:00:00 GMT</pubDate></item>
            </channel></rss>
            """, "application/rss+xml"));
    }

    private IResult Pdf(HttpContext context, string name)
    {
        var file = Path.Combine(Samples, "pdf", name);
        if (!File.Exists(file) || name.Contains("..", StringComparison.Ordinal)) return Results.NotFound();
        if (name == OfglPdf) context.Response.Headers.Link = $"<{Url("/docs/" + OfglPdf)}?version=canonique>; rel=\"canonical\"";
        return Static(context, File.ReadAllBytes(file), "application/pdf");
    }

    /// <summary>Serves bytes with an ETag (hash) and Last-Modified, answering 304 to a matching conditional GET.</summary>
    private static IResult Static(HttpContext context, byte[] bytes, string contentType)
    {
        var etag = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16] + "\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = Modified.ToString("R");
        if (context.Request.Headers.IfNoneMatch.ToString() == etag) return Results.StatusCode(304);
        return Results.Bytes(bytes, contentType);
    }

    public static IResult Html(string title, string body) => Results.Content(
        $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head><body><h1>{WebUtility.HtmlEncode(title)}</h1>{body}</body></html>",
        "text/html; charset=utf-8");

    /// <summary>32 MiB of zeros, gzip-compressed to about 32 KiB (the crawl's cap is 4 MiB).</summary>
    private static readonly Lazy<byte[]> GzipBomb = new(() => Gzip(new byte[32 * 1024 * 1024]));

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(data);
        return output.ToArray();
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
