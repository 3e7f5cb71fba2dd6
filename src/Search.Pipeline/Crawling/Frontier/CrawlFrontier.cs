namespace Search.Pipeline.Crawling.Frontier;

/// <summary>
/// One source's frontier: the <c>queued</c> rows of crawl.db (shallowest first, then in order of discovery), the URLs
/// already handled in this run, the page budget, and the checks a URL passes before it is requested (scope, address
/// policy, robots.txt).
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
        run.Store.RequeueDue(run.Source.Id, DateTime.UtcNow);
    }

    /// <summary>The next queued URL not handled yet in this run (then counted as handled); null when there is none.</summary>
    public UrlRow? Next()
    {
        var row = run.Store.NextQueued(run.Source.Id, _visited);
        if (row is not null) _visited.Add(row.Url);
        return row;
    }

    /// <summary>Counts a URL as handled in this run (a redirect's target); false when it already was.</summary>
    public bool Visit(string url) => _visited.Add(url);

    /// <summary>Null when a link may be queued at this depth, else why not (scope, trap guards, an IP literal the address policy refuses).</summary>
    public (SkipKind Kind, string Reason)? CheckLink(Uri url, int depth) =>
        Scope.Check(url, depth) ?? (run.Fetcher.LiteralRefusal(url) is { } a ? (SkipKind.AddressPolicy, a) : null);

    /// <summary>Null when the URL may be requested now, else why not: <see cref="CheckLink"/>, then robots.txt.</summary>
    public async Task<(SkipKind Kind, string Reason)?> CheckAsync(Uri url, int depth, CancellationToken ct)
    {
        if (CheckLink(url, depth) is { } refusal) return refusal;
        return await CheckRobotsAsync(url, ct).ConfigureAwait(false);
    }

    /// <summary>Null when robots.txt allows the URL, else the rule that forbids it.</summary>
    public async Task<(SkipKind Kind, string Reason)?> CheckRobotsAsync(Uri url, CancellationToken ct)
    {
        var decision = (await run.Robots.GetAsync(url, ct).ConfigureAwait(false)).Check(run.Config.RobotsAgent, url);
        return decision.Allowed ? null : (SkipKind.Robots, $"disallowed by robots.txt: {decision.Reason}");
    }
}
