using System.Collections.Concurrent;

namespace Search.Pipeline.Crawling;

/// <summary>The robots.txt rules of one host, or the reason everything is disallowed (5xx, unreachable).</summary>
public sealed record HostRobots(RobotsTxt Rules, string? DisallowAllBecause, DateTime FetchedUtc)
{
    public RobotsDecision Check(string agent, Uri url) =>
        DisallowAllBecause is not null && url.AbsolutePath != "/robots.txt"
            ? RobotsDecision.DisallowAll(DisallowAllBecause)
            : Rules.Check(agent, url);
}

/// <summary>
/// robots.txt per host, fetched through the crawler's own fetcher (so politeness and the address
/// policy apply), following up to 5 redirects, cached at most <see cref="CrawlConfig.RobotsCacheHours"/>.
/// RFC 9309: 2xx -> its rules; 4xx -> no rules; 5xx, network error or refused address -> everything disallowed.
/// </summary>
public sealed class RobotsCache(HttpFetcher fetcher, BodyStore store, CrawlConfig config)
{
    private readonly ConcurrentDictionary<string, HostRobots> _cache = new(StringComparer.Ordinal);

    /// <summary>Called with each robots.txt response (for the crawl log).</summary>
    public Action<FetchResult>? Fetched { get; set; }

    public async Task<HostRobots> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var authority = UrlNormalizer.Authority(url);
        if (_cache.TryGetValue(authority, out var cached) && DateTime.UtcNow - cached.FetchedUtc < TimeSpan.FromHours(config.RobotsCacheHours))
            return cached;
        var robots = await FetchAsync(new Uri(authority + "/robots.txt"), cancellationToken).ConfigureAwait(false);
        _cache[authority] = robots;
        if (robots.Rules.CrawlDelay(config.RobotsAgent) is { } delay)
            fetcher.SetDelay(url, TimeSpan.FromSeconds(Math.Min(delay, config.MaxCrawlDelaySeconds)));
        return robots;
    }

    private async Task<HostRobots> FetchAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        var chain = await RedirectFollower.FetchAsync(fetcher, robotsUrl, null, 5,
            _ => Task.FromResult<(SkipKind, string)?>(null), cancellationToken).ConfigureAwait(false);
        var r = chain.Last;
        var now = DateTime.UtcNow;
        Fetched?.Invoke(r);
        if (chain.StoppedBecause is not null) return new HostRobots(RobotsTxt.Empty, null, now); // too many redirects: RFC 9309 treats as unavailable (4xx)
        if (r.Outcome == FetchOutcome.Response && r.IsSuccess && r.BodyHash is not null)
            return new HostRobots(RobotsTxt.Parse(ReadHead(store.PathOf(r.BodyHash))), null, now);
        if (r.Outcome == FetchOutcome.TooLarge) return new HostRobots(RobotsTxt.Empty, null, now);
        if (r.Outcome == FetchOutcome.Response && r.Status is >= 400 and < 500)
            return new HostRobots(RobotsTxt.Empty, null, now);
        var why = r.Outcome == FetchOutcome.Response
            ? $"robots.txt answered HTTP {r.Status}: everything disallowed (RFC 9309)"
            : $"robots.txt unreachable ({r.Error}): everything disallowed (RFC 9309)";
        return new HostRobots(RobotsTxt.Empty, why, now);
    }

    private static byte[] ReadHead(string path)
    {
        using var fs = File.OpenRead(path);
        var buffer = new byte[Math.Min(fs.Length, RobotsTxt.MaxBytes)];
        fs.ReadExactly(buffer);
        return buffer;
    }
}
