namespace Search.Pipeline.Crawling.Frontier;

/// <summary>
/// One source's frontier: the <c>queued</c> rows of crawl.db (shallowest first, then in order of discovery), the URLs
/// already handled in this run, the page budget (pages, sitemaps and feeds alike), the URLs of paused hosts
/// (<see cref="HostTable"/>) left queued until their host resumes, and the checks a URL passes before it is requested
/// (scope, address policy, robots.txt).
/// </summary>
internal sealed class CrawlFrontier(SourceRun run)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private int _fetches;

    public CrawlScope Scope { get; } = new(run.Source, run.Config.MaxUrlLength);

    /// <summary>Whether the page budget allows another request.</summary>
    public bool BudgetLeft => _fetches < run.Source.PageBudget;

    /// <summary>Counts one request against the page budget.</summary>
    public void Spend() => _fetches++;

    /// <summary>Queues the start URLs (when new) and the known URLs whose recrawl time has come.</summary>
    public void Seed()
    {
        foreach (var url in run.Source.StartUrls)
            if (UrlNormalizer.Normalize(url) is { } n) run.Store.Enqueue(run.Source.Id, n, 0);
        run.Store.RequeueDue(run.Source.Id, run.Now);
    }

    /// <summary>
    /// The next queued URL not handled yet in this run (then counted as handled). URLs of paused hosts stay queued; when
    /// only they are left, waits on the crawler's clock for the first of those hosts to resume. Null when nothing is left
    /// for this run.
    /// </summary>
    public async Task<UrlRow?> NextAsync(CancellationToken ct)
    {
        while (true)
        {
            DateTimeOffset? resumes = null;
            var row = run.Store.NextQueued(run.Source.Id, r =>
            {
                if (_visited.Contains(r.Url)) return false;
                if (run.Fetcher.Hosts.PausedUntil(new Uri(r.Url)) is not { } until) return true;
                if (until != DateTimeOffset.MaxValue && (resumes is null || until < resumes)) resumes = until;
                return false;
            });
            if (row is not null)
            {
                _visited.Add(row.Url);
                return row;
            }
            if (resumes is null) return null;
            var wait = resumes.Value - run.Time.GetUtcNow();
            run.Emit("waiting", "", detail: $"the queued URLs are on paused hosts; the first resumes in {Math.Max(0, wait.TotalSeconds):0} s");
            if (wait > TimeSpan.Zero) await Task.Delay(wait, run.Time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Counts a URL as handled in this run (a redirect's target); false when it already was.</summary>
    public bool Visit(string url) => _visited.Add(url);

    /// <summary>A URL taken while its host was paused: it stays queued, to be taken again when the host resumes.</summary>
    public void Defer(string url) => _visited.Remove(url);

    /// <summary>Null when a link may be queued at this depth, else why not (scope, trap guards, an IP literal the address policy refuses).</summary>
    public (SkipKind Kind, string Reason)? CheckLink(Uri url, int depth) =>
        Scope.Check(url, depth) ?? (run.Fetcher.LiteralRefusal(url) is { } a ? (SkipKind.AddressPolicy, a) : null);

    /// <summary>Null when the URL may be requested now, else why not: <see cref="CheckLink"/>, then robots.txt.</summary>
    public async Task<(SkipKind Kind, string Reason)?> CheckAsync(Uri url, int depth, CancellationToken ct)
    {
        if (CheckLink(url, depth) is { } refusal) return refusal;
        return await CheckRobotsAsync(url, ct).ConfigureAwait(false);
    }

    /// <summary>Null when robots.txt allows the URL (or cannot be asked yet: its host is paused), else the rule that forbids it.</summary>
    public async Task<(SkipKind Kind, string Reason)?> CheckRobotsAsync(Uri url, CancellationToken ct)
    {
        if (run.Fetcher.Hosts.PausedUntil(url) is not null) return null; // not requested either: the fetch answers HostPaused
        var decision = (await run.Robots.GetAsync(url, ct).ConfigureAwait(false)).Check(run.Config.RobotsAgent, url);
        return decision.Allowed ? null : (SkipKind.Robots, $"disallowed by robots.txt: {decision.Reason}");
    }
}
