using System.Globalization;
using System.Text;
using Search.Core.Documents;

namespace Search.Pipeline.Crawling;

/// <summary>One source as partners see it: what is referenced, the last crawl, what was skipped and why, recent errors.</summary>
public sealed record SourceSummary
{
    public required string Id { get; init; }
    public required string Publisher { get; init; }
    public required string Kind { get; init; }
    public IReadOnlyList<string> StartUrls { get; init; } = [];
    public int Documents { get; init; }
    public CrawlRun? LastCrawl { get; init; }
    public int PagesFetched { get; init; }
    public int Queued { get; init; }
    public int Failed { get; init; }
    public int Gone { get; init; }
    public int Skipped { get; init; }
    /// <summary>Skipped URLs by reason: robots, scope, depth, trap, tooLarge, addressPolicy, notAPublication…</summary>
    public IReadOnlyDictionary<string, int> SkippedBy { get; init; } = new Dictionary<string, int>();
    public IReadOnlyList<CrawlError> RecentErrors { get; init; } = [];
}

/// <summary>Whether a URL is referenced, under which canonical URL, and if not, why.</summary>
public sealed record UrlLookupResult
{
    public required string RequestedUrl { get; init; }
    public string? NormalizedUrl { get; init; }
    public bool Referenced { get; init; }
    public SearchDocument? Document { get; init; }
    public string? CanonicalUrl { get; init; }
    public IReadOnlyList<string> Referrers { get; init; } = [];
    /// <summary>Machine-readable reason when not referenced (the host adds not-yet-crawled): never-seen, queued, robots, out-of-scope, too-deep, trap, too-large, address-policy, redirect-error, fetch-error, host-paused, not-a-publication, gone, not-crawlable.</summary>
    public string? Reason { get; init; }
    public string? Detail { get; init; }
    /// <summary>The robots.txt rule that excluded the URL.</summary>
    public string? Rule { get; init; }
    public string? Source { get; init; }
    public DateTime? LastVisit { get; init; }
    public int? LastStatus { get; init; }
}

/// <summary>
/// Reads crawl.db (and the sources configuration, when given) for the partners' views: the list of
/// sources (<c>GET /api/sources</c>, the "Sources" page), URL look-ups and the crawled publications of a
/// publisher (the host's CSV export). Read-only; safe while a crawl writes (WAL).
/// </summary>
public sealed class SourcesCatalog(string dataPath, CrawlConfig? config = null)
{
    public string DataPath { get; } = Path.GetFullPath(dataPath);
    public CrawlConfig? Config { get; } = config;

    private CrawlStore? OpenStore() => CrawlStore.Exists(DataPath) ? CrawlStore.Open(DataPath, readOnly: true) : null;

    public IReadOnlyList<SourceSummary> Overview()
    {
        using var store = OpenStore();
        var configured = Config?.Sources ?? [];
        var ids = configured.Select(s => s.Id).Concat(store?.SourceIds() ?? []).Distinct(StringComparer.Ordinal).ToList();
        var known = store?.KnownSources() ?? new Dictionary<string, (string Publisher, string Kind)>();
        var result = new List<SourceSummary>();
        foreach (var id in ids)
        {
            var source = configured.FirstOrDefault(s => s.Id == id);
            var stored = known.TryGetValue(id, out var k) ? k : ((string Publisher, string Kind)?)null;
            var summary = new SourceSummary
            {
                Id = id,
                Publisher = Publishers.Canonical(source?.Publisher ?? stored?.Publisher) ?? id,
                Kind = source?.Kind ?? stored?.Kind ?? SourceKinds.Web,
                StartUrls = source is null ? [] : source.Kind switch
                {
                    SourceKinds.Sru => [source.Sru!.Endpoint],
                    SourceKinds.OpenDataSoft => [source.OpenDataSoft!.Portal],
                    _ => source.StartUrls.Concat(source.Sitemaps).Concat(source.Feeds).ToList(),
                },
            };
            if (store is not null)
            {
                var (byState, skippedBy) = store.Counts(id);
                int Count(string state) => byState.TryGetValue(state, out var n) ? n : 0;
                summary = summary with
                {
                    Documents = store.DocumentCount(id),
                    LastCrawl = store.LastRun(id),
                    PagesFetched = Count(UrlStates.Fetched) + Count(UrlStates.Redirected),
                    Queued = Count(UrlStates.Queued),
                    Failed = Count(UrlStates.Failed),
                    Gone = Count(UrlStates.Gone),
                    Skipped = Count(UrlStates.Skipped),
                    SkippedBy = skippedBy.ToDictionary(kv => JsonName(kv.Key), kv => kv.Value),
                    RecentErrors = store.RecentErrors(id, 10),
                };
            }
            result.Add(summary);
        }
        return result.OrderBy(s => s.Publisher, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true)).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The referenced publications of a publisher's sources (or of one source, or of all), for the CSV export.</summary>
    public IReadOnlyList<CrawledDocument> Publications(string? publisher = null, string? source = null)
    {
        var canonical = Publishers.Canonical(publisher);
        var sources = Overview().Where(s => (canonical is null || string.Equals(s.Publisher, canonical, StringComparison.OrdinalIgnoreCase)) && (source is null || s.Id == source));
        using var store = OpenStore();
        if (store is null) return [];
        return sources.SelectMany(s => store.Documents(s.Id)).ToList();
    }

    /// <summary>
    /// Whether <paramref name="url"/> is referenced (in the index, directly or under its canonical URL), and if not, why.
    /// <paramref name="indexed"/> gives the indexed document under a URL (the host asks the index it serves).
    /// </summary>
    public UrlLookupResult Lookup(string url, Func<string, SearchDocument?> indexed)
    {
        var requested = url.Trim();
        var normalized = UrlNormalizer.Normalize(requested);
        using var store = OpenStore();
        UrlLookupResult Found(SearchDocument doc, string? source = null, UrlRow? row = null) => new()
        {
            RequestedUrl = requested,
            NormalizedUrl = normalized,
            Referenced = true,
            Document = doc,
            CanonicalUrl = doc.Url,
            Referrers = store?.Referrers(doc.Url) ?? [],
            Source = source ?? (doc.Origin?.StartsWith("source:", StringComparison.Ordinal) == true ? doc.Origin["source:".Length..] : null),
            LastVisit = row?.FetchedUtc,
            LastStatus = row?.Status,
        };

        if (indexed(requested) is { } direct) return Found(direct, row: normalized is null ? null : store?.Get(normalized));
        if (normalized is null)
            return new UrlLookupResult { RequestedUrl = requested, Reason = "not-crawlable", Detail = "Not an absolute http(s) URL: the crawler never fetches it." };
        if (normalized != requested && indexed(normalized) is { } byNormal) return Found(byNormal, row: store?.Get(normalized));

        var row = store?.Get(normalized);
        if (row is null)
            return new UrlLookupResult { RequestedUrl = requested, NormalizedUrl = normalized, Reason = "never-seen", Detail = "The crawler never found this URL: no configured source, sitemap or feed links to it." };

        // Under another URL: its canonical URL, the first URL with the same content, or a redirect's target.
        var target = row.DocUrl;
        if (target is null && row.State == UrlStates.Redirected)
            target = store!.LinksFrom(row.Url).Select(store.Get).FirstOrDefault(r => r?.DocUrl is not null)?.DocUrl;
        if (target is not null && indexed(target) is { } other) return Found(other, row.Source, row);

        var (reason, detail) = Explain(row);
        return new UrlLookupResult
        {
            RequestedUrl = requested,
            NormalizedUrl = normalized,
            Reason = reason,
            Detail = detail,
            Rule = row.SkipKind == nameof(SkipKind.Robots) ? row.Rule : null,
            Source = row.Source,
            LastVisit = row.FetchedUtc,
            LastStatus = row.Status,
        };
    }

    private static (string Reason, string Detail) Explain(UrlRow row)
    {
        if (row.State == UrlStates.Queued) return ("queued", "Found by the crawler and waiting to be fetched.");
        if (row.State == UrlStates.Gone) return ("gone", row.Reason ?? "The publisher removed it (404/410 on two successive visits).");
        var kind = Enum.TryParse<SkipKind>(row.SkipKind, out var k) ? k : (SkipKind?)null;
        var reason = kind switch
        {
            SkipKind.Robots => "robots",
            SkipKind.Scope => "out-of-scope",
            SkipKind.Depth => "too-deep",
            SkipKind.Trap => "trap",
            SkipKind.TooLarge => "too-large",
            SkipKind.AddressPolicy => "address-policy",
            SkipKind.Redirects => "redirect-error",
            SkipKind.HostPaused => "host-paused",
            SkipKind.NotAPublication => "not-a-publication",
            SkipKind.Gone => "gone",
            _ => "fetch-error",
        };
        return (reason, row.Reason ?? reason);
    }

    private static string JsonName(string skipKind) => skipKind.Length == 0 ? skipKind : char.ToLowerInvariant(skipKind[0]) + skipKind[1..];
}
