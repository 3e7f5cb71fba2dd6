using System.Globalization;
using System.Text;
using Search.Core.Documents;
using Search.Core.Querying;
using Search.Pipeline.Crawling;

namespace Search.Host.Sources;

/// <summary>
/// What partners are told is referenced: the crawl catalogue (sources, crawl state) completed by the index, which
/// also holds the documents ingested from folders. A publisher's publications are every indexed document of that
/// publisher; a URL is looked up as given, then under its http/https and trailing-slash variants; a URL that no
/// crawl met but that lies within a configured source is "not yet crawled", with that source named.
/// </summary>
public sealed class ReferencedPublications(SourcesCatalog catalog, SearchService search)
{
    /// <summary>The reason of a URL within a configured source that the crawler has not met yet.</summary>
    public const string NotYetCrawled = "not-yet-crawled";

    /// <summary>The source of a document ingested from a folder, in the CSV.</summary>
    public const string FolderSource = "dossier";

    /// <summary>Indexed documents per publisher (every document, crawled or ingested from a folder).</summary>
    public IReadOnlyDictionary<string, int> IndexedByPublisher()
    {
        try
        {
            return search.Search(new SearchRequest { Size = 1 }).Facets[Schema.Publisher].ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
        }
        catch (IndexNotReadyException)
        {
            return new Dictionary<string, int>();
        }
    }

    /// <summary>
    /// CSV (RFC 4180, formula-safe): titre, url, éditeur, type, date, source, indexé le. With a publisher: its crawled
    /// publications, then its other indexed documents (source "dossier"); with a source only: that source's publications.
    /// </summary>
    public string Csv(string? publisher, string? source)
    {
        var sb = new StringBuilder("titre,url,editeur,type,date,source,indexe_le\r\n");
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in catalog.Publications(publisher, source))
        {
            listed.Add(d.DocUrl);
            sb.AppendRow(d.Title, d.DocUrl, Publishers.Canonical(d.Publisher), d.Type, d.Date, d.Source, Utc(d.IndexedUtc));
        }
        if (publisher is not null && source is null)
        {
            var request = new SearchRequest
            {
                Size = SearchRequest.MaxDepth,
                HitsOnly = true,
                Sort = SearchSort.Date,
                Filters = new Dictionary<string, IReadOnlyList<string>> { [Schema.Publisher] = [publisher] },
            };
            foreach (var hit in search.Search(request).Hits.Where(h => listed.Add(h.Url)))
                sb.AppendRow(hit.Title, hit.Url, hit.Publisher, hit.Type, hit.Date, FolderSource, hit.IndexedAt is { } at ? Utc(at.UtcDateTime) : "");
        }
        return sb.ToString();
    }

    /// <summary>The catalogue's look-up, then the URL's variants, then the source whose scope holds a URL never met.</summary>
    public UrlLookupResult Lookup(string url)
    {
        var first = catalog.Lookup(url, search.GetByUrl);
        if (first.Referenced || first.NormalizedUrl is null) return first;
        foreach (var variant in Variants(first.NormalizedUrl))
        {
            if (catalog.Lookup(variant, search.GetByUrl) is { Referenced: true } found) return found with { RequestedUrl = first.RequestedUrl };
        }
        if (first.Reason == "never-seen" && Covering(first.NormalizedUrl) is { } covering)
        {
            return first with
            {
                Reason = NotYetCrawled,
                Source = covering.Id,
                Detail = $"The source '{covering.Id}' ({covering.Publisher}) covers this URL but its crawl has not reached it yet.",
            };
        }
        return first;
    }

    /// <summary>The same address under the other scheme (http/https) and with or without a trailing slash on its path.</summary>
    public static IEnumerable<string> Variants(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)) yield break;
        var otherScheme = uri.Scheme == Uri.UriSchemeHttp ? Uri.UriSchemeHttps : Uri.UriSchemeHttp;
        var path = uri.AbsolutePath;
        var otherPath = path.Length > 1 && path.EndsWith('/') ? path.TrimEnd('/') : path.EndsWith('/') ? null : path + "/";
        string With(string scheme, string p) => new UriBuilder(uri) { Scheme = scheme, Port = uri.IsDefaultPort ? -1 : uri.Port, Path = p }.Uri.AbsoluteUri;
        var seen = new HashSet<string>(StringComparer.Ordinal) { uri.AbsoluteUri };
        foreach (var variant in new[] { With(otherScheme, path) }.Concat(otherPath is null ? [] : [With(uri.Scheme, otherPath), With(otherScheme, otherPath)]))
        {
            if (seen.Add(variant)) yield return variant;
        }
    }

    /// <summary>The first configured web source whose hosts (and path prefixes) hold the URL.</summary>
    private SourceConfig? Covering(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        foreach (var source in catalog.Config?.Sources ?? [])
        {
            var hosts = source.AllowedHosts.Count > 0
                ? source.AllowedHosts
                : source.StartUrls.Concat(source.Sitemaps).Concat(source.Feeds).Select(u => Uri.TryCreate(u, UriKind.Absolute, out var s) ? s.Host : "").ToList();
            if (!hosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase)) continue;
            if (source.PathPrefixes.Count > 0 && !source.PathPrefixes.Any(p => uri.AbsolutePath.StartsWith(p, StringComparison.Ordinal))) continue;
            return source;
        }
        return null;
    }

    private static string Utc(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
