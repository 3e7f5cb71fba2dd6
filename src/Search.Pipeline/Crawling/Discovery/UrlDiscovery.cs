using System.Text.RegularExpressions;
using Search.Pipeline.Crawling.Frontier;

namespace Search.Pipeline.Crawling.Discovery;

/// <summary>
/// Where a source's URLs come from besides its start URLs: its sitemaps (configured, or listed in robots.txt; indexes
/// followed two levels down; each sitemap read once, at most <see cref="CrawlConfig.MaxSitemaps"/>; a lastmod after the
/// last fetch makes a known page due), its feeds (an item's title is the text of the link to it) and the links of
/// fetched pages — each URL queued in the frontier or recorded as skipped. Sitemap and feed requests count against the
/// page budget.
/// </summary>
internal sealed class UrlDiscovery(SourceRun run, CrawlFrontier frontier)
{
    private readonly HashSet<string> _sitemaps = new(StringComparer.Ordinal);

    /// <summary>Reads the source's sitemaps, then its feeds.</summary>
    public async Task ReadSeedsAsync(CancellationToken ct)
    {
        foreach (var sitemap in await SitemapsAsync(ct).ConfigureAwait(false)) await ReadSitemapAsync(sitemap, 0, ct).ConfigureAwait(false);
        foreach (var feed in run.Source.Feeds) await ReadFeedAsync(feed, ct).ConfigureAwait(false);
    }

    /// <summary>Sorts the links of a page: those to queue (at <paramref name="depth"/>) and those refused, as skipped rows.</summary>
    public void SortLinks(IEnumerable<string> links, int depth, List<(string, int)> discovered, List<UrlRow> skipped)
    {
        foreach (var link in links)
        {
            if (frontier.CheckLink(new Uri(link), depth) is not { } refusal) discovered.Add((link, depth));
            else skipped.Add(SkippedRow(link, depth, refusal));
        }
    }

    private UrlRow SkippedRow(string url, int depth, (SkipKind Kind, string Reason) refusal) =>
        new() { Url = url, Source = run.Source.Id, State = UrlStates.Skipped, Depth = depth, SkipKind = refusal.Kind.ToString(), Reason = refusal.Reason, DueUtc = run.Now };

    /// <summary>
    /// The configured sitemaps, then (unless the source turns it off) those that the robots.txt of the start URLs' hosts
    /// lists, when they are in the source's scope; each once.
    /// </summary>
    private async Task<IReadOnlyList<string>> SitemapsAsync(CancellationToken ct)
    {
        var sitemaps = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in run.Source.Sitemaps)
            if (seen.Add(UrlNormalizer.Normalize(url) ?? url)) sitemaps.Add(url);
        if (!run.Source.RobotsSitemaps) return sitemaps;
        var hosts = run.Source.StartUrls.Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri : null)
            .Where(u => u is not null && frontier.Scope.HostAllowed(u)).Select(u => u!)
            .DistinctBy(UrlNormalizer.Authority);
        foreach (var host in hosts)
        {
            var robotsUrl = new Uri(UrlNormalizer.Authority(host) + "/robots.txt");
            foreach (var listed in (await run.Robots.GetAsync(host, ct).ConfigureAwait(false)).Rules.Sitemaps)
            {
                if (UrlNormalizer.Normalize(listed, robotsUrl) is not { } n || !seen.Add(n)) continue;
                var uri = new Uri(n);
                if (frontier.Scope.HostAllowed(uri) && run.Fetcher.LiteralRefusal(uri) is null)
                {
                    sitemaps.Add(n);
                    run.Emit("sitemap-from-robots", n);
                }
            }
        }
        return sitemaps;
    }

    private async Task ReadSitemapAsync(string url, int level, CancellationToken ct)
    {
        if (level > 2 || !_sitemaps.Add(UrlNormalizer.Normalize(url) ?? url)) return;
        if (_sitemaps.Count > run.Config.MaxSitemaps)
        {
            if (_sitemaps.Count == run.Config.MaxSitemaps + 1) run.Emit("sitemaps-capped", url, detail: $"more than {run.Config.MaxSitemaps} sitemaps: the others are not read in this run");
            return;
        }
        foreach (var entry in await ReadListAsync(url, UrlKinds.Sitemap, SitemapReader.Read, ct).ConfigureAwait(false))
        {
            if (entry.IsSitemap) await ReadSitemapAsync(entry.Url, level + 1, ct).ConfigureAwait(false);
            else Discover(entry.Url, entry.LastModified);
        }
    }

    private async Task ReadFeedAsync(string url, CancellationToken ct)
    {
        foreach (var item in await ReadListAsync(url, UrlKinds.Feed, FeedReader.Read, ct).ConfigureAwait(false))
        {
            // A feed item's title is the text of the link that leads to it.
            if (Discover(item.Url, item.Published)) run.Store.AddLink(url, item.Url, item.Title is { } t ? Regex.Replace(t, @"\s+", " ").Trim() : null);
        }
    }

    /// <summary>Fetches a sitemap or feed and reads its entries; an unreadable one is an error of the source, not of the run.</summary>
    private async Task<IReadOnlyList<T>> ReadListAsync<T>(string url, string kind, Func<string, Uri, IReadOnlyList<T>> read, CancellationToken ct)
    {
        if (await FetchListAsync(url, kind, ct).ConfigureAwait(false) is not { } path) return [];
        try
        {
            return read(path, new Uri(url));
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or IOException)
        {
            run.Error(url, $"{kind} unreadable: {e.Message}");
            return [];
        }
    }

    /// <summary>The stored body of a sitemap or feed fetched now; null when refused, over the budget, unchanged (304), failed or its host paused.</summary>
    private async Task<string?> FetchListAsync(string url, string kind, CancellationToken ct)
    {
        if (UrlNormalizer.Normalize(url) is not { } n) return null;
        var uri = new Uri(n);
        var known = run.Store.Get(n) ?? new UrlRow { Url = n, Source = run.Source.Id, Kind = kind, State = UrlStates.Queued };
        if (run.Fetcher.LiteralRefusal(uri) is { } refused)
        {
            run.Skip(known, SkipKind.AddressPolicy, refused);
            return null;
        }
        if (await frontier.CheckRobotsAsync(uri, ct).ConfigureAwait(false) is { } disallowed)
        {
            run.Skip(known, disallowed.Kind, disallowed.Reason);
            return null;
        }
        if (!frontier.BudgetLeft)
        {
            run.Emit("budget-reached", n, detail: $"page budget of {run.Source.PageBudget} reached: this {kind} is not read in this run");
            return null;
        }
        run.Fetcher.Hosts.SetDelay(uri, TimeSpan.FromSeconds(run.Source.DelaySeconds));
        var validators = known.ContentHash is not null && run.Bodies.Contains(known.ContentHash) ? new Validators(known.ETag, known.LastModified) : null;
        var chain = await RedirectFollower.FetchAsync(run.Fetcher, uri, validators, run.Config.MaxRedirects, next => frontier.CheckAsync(next, 0, ct), ct).ConfigureAwait(false);
        var r = chain.Last;
        var now = run.Now;
        if (r.Outcome == FetchOutcome.HostPaused)
        {
            run.Emit("deferred", n, detail: r.Error);
            if (chain.Hops.Count > 1) frontier.Spend();
            return null;
        }
        frontier.Spend();
        if (chain.StoppedBecause is not null)
        {
            run.Skip(known, chain.StopKind ?? SkipKind.Redirects, chain.StoppedBecause);
            return null;
        }
        if (r.Outcome == FetchOutcome.Response && r.Status == 304)
        {
            run.Store.Save(known with { State = UrlStates.Fetched, Status = 304, FetchedUtc = now, DueUtc = now });
            run.Progress = run.Progress with { NotModified = run.Progress.NotModified + 1 };
            return null; // unchanged: its entries are known
        }
        if (!r.IsSuccess || r.BodyHash is null)
        {
            run.Fail(known with { Status = r.Status }, $"{kind}: " + (r.Error ?? $"HTTP {r.Status}"), now);
            return null;
        }
        run.Store.Save(known with { State = UrlStates.Fetched, Status = r.Status, FetchedUtc = now, DueUtc = now, ETag = r.ETag, LastModified = r.LastModified, ContentHash = r.BodyHash, ContentType = r.ContentType, Bytes = r.BodyBytes, SkipKind = SkipKind.NotAPublication.ToString(), Reason = $"a {kind}, not a publication" });
        run.Progress = run.Progress with { Fetched = run.Progress.Fetched + 1 };
        run.Emit(kind, n, r.Status);
        return run.Bodies.PathOf(r.BodyHash);
    }

    /// <summary>
    /// A URL from a sitemap or feed: queued at depth 1 when new; due again when its lastmod is after our last fetch.
    /// False when the scope or the address policy refuses it.
    /// </summary>
    private bool Discover(string url, DateTimeOffset? lastModified)
    {
        if (frontier.CheckLink(new Uri(url), 1) is { } refusal)
        {
            if (run.Store.Get(url) is null) run.Store.Save(SkippedRow(url, 1, refusal));
            return false;
        }
        var known = run.Store.Get(url);
        if (known is null) run.Store.Enqueue(run.Source.Id, url, 1);
        else if (lastModified is { } lm && known.FetchedUtc is { } fetched && lm.UtcDateTime > fetched && known.State != UrlStates.Queued)
        {
            run.Store.MarkDue(url);
            run.Emit("changed-per-lastmod", url, detail: lm.ToString("O"));
        }
        return true;
    }
}
