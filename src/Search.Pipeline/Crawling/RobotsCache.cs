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
/// RFC 9309 2.3.1: 2xx -> its rules (the first 500 KiB); 4xx, more than 5 redirects or a body over the
/// fetcher's cap -> no rules; 5xx, network error or refused address -> everything disallowed, except that a
/// copy fetched successfully before keeps being used (2.4). A host the fetcher has paused is not cached:
/// robots.txt is asked again once the host is back.
/// </summary>
public sealed class RobotsCache(HttpFetcher fetcher, BodyStore store, CrawlConfig config, TimeProvider? time = null)
{
    private readonly ConcurrentDictionary<string, HostRobots> _cache = new(StringComparer.Ordinal);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Called with each robots.txt response (for the crawl log).</summary>
    public Action<FetchResult>? Fetched { get; set; }

    public async Task<HostRobots> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var authority = UrlNormalizer.Authority(url);
        var now = _time.GetUtcNow().UtcDateTime;
        _cache.TryGetValue(authority, out var cached);
        if (cached is not null && now - cached.FetchedUtc < TimeSpan.FromHours(config.RobotsCacheHours))
            return cached;
        var (robots, keep) = await FetchAsync(new Uri(authority + "/robots.txt"), cancellationToken).ConfigureAwait(false);
        // Unreachable now but read before: the earlier rules stay in force (RFC 9309 2.4), for another cache period.
        if (robots.DisallowAllBecause is not null && cached is { DisallowAllBecause: null }) robots = cached with { FetchedUtc = robots.FetchedUtc };
        // Not kept while the host is paused (this answer may be the failure that paused it): asked again when it resumes.
        if (keep && fetcher.Hosts.PausedUntil(url) is null) _cache[authority] = robots;
        if (robots.Rules.CrawlDelay(config.RobotsAgent) is { } delay)
            fetcher.Hosts.SetDelay(url, TimeSpan.FromSeconds(Math.Min(delay, config.MaxCrawlDelaySeconds)));
        return robots;
    }

    /// <summary>The rules of robots.txt, and whether they may be cached.</summary>
    private async Task<(HostRobots Robots, bool Keep)> FetchAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        var chain = await RedirectFollower.FetchAsync(fetcher, robotsUrl, null, 5,
            _ => Task.FromResult<(SkipKind, string)?>(null), cancellationToken).ConfigureAwait(false);
        var r = chain.Last;
        var now = _time.GetUtcNow().UtcDateTime;
        Fetched?.Invoke(r);
        if (chain.StoppedBecause is not null) return (new HostRobots(RobotsTxt.Empty, null, now), true); // too many redirects: unavailable, as a 4xx (2.3.1.2)
        if (r.Outcome == FetchOutcome.Response && r.IsSuccess && r.BodyHash is not null)
            return (new HostRobots(RobotsTxt.Parse(ReadHead(store.PathOf(r.BodyHash))), null, now), true);
        if (r.Outcome == FetchOutcome.TooLarge) return (new HostRobots(RobotsTxt.Empty, null, now), true);
        if (r.Outcome == FetchOutcome.Response && r.Status is >= 400 and < 500)
            return (new HostRobots(RobotsTxt.Empty, null, now), true);
        if (r.Outcome == FetchOutcome.HostPaused)
            return (new HostRobots(RobotsTxt.Empty, $"robots.txt not fetched ({r.Error}): everything disallowed for now", now), false);
        var why = r.Outcome == FetchOutcome.Response
            ? $"robots.txt answered HTTP {r.Status}: everything disallowed (RFC 9309)"
            : $"robots.txt unreachable ({r.Error}): everything disallowed (RFC 9309)";
        return (new HostRobots(RobotsTxt.Empty, why, now), true);
    }

    private static byte[] ReadHead(string path)
    {
        using var fs = File.OpenRead(path);
        var buffer = new byte[Math.Min(fs.Length, RobotsTxt.MaxBytes)];
        fs.ReadExactly(buffer);
        return buffer;
    }
}
