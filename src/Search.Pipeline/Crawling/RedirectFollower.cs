namespace Search.Pipeline.Crawling;

/// <summary>The end of a redirect chain: the last response, the URLs visited, and why the chain stopped early (if it did).</summary>
public sealed record RedirectChain(FetchResult Last, IReadOnlyList<Uri> Hops, string? StoppedBecause, SkipKind? StopKind = null)
{
    public Uri FinalUrl => Hops[^1];
}

/// <summary>
/// Follows redirects by hand: at most <c>maxHops</c>, loops detected, and every hop re-checked
/// (<paramref name="check"/>: scope and robots; the fetcher re-checks the address policy at connect time).
/// </summary>
public static class RedirectFollower
{
    public static async Task<RedirectChain> FetchAsync(
        HttpFetcher fetcher, Uri url, Validators? validators, int maxHops,
        Func<Uri, Task<(SkipKind Kind, string Reason)?>> check, CancellationToken cancellationToken)
    {
        var hops = new List<Uri> { url };
        var seen = new HashSet<string>(StringComparer.Ordinal) { url.AbsoluteUri };
        var current = url;
        while (true)
        {
            var result = await fetcher.FetchAsync(current, current == url ? validators : null, cancellationToken).ConfigureAwait(false);
            if (!result.IsRedirect) return new RedirectChain(result, hops, null);
            if (hops.Count > maxHops) return new RedirectChain(result, hops, $"more than {maxHops} redirects", SkipKind.Redirects);
            var next = UrlNormalizer.Normalize(result.Location!, current) is { } n ? new Uri(n) : null;
            if (next is null) return new RedirectChain(result, hops, $"redirect to a non-http(s) URL: {result.Location}", SkipKind.Scope);
            if (!seen.Add(next.AbsoluteUri)) return new RedirectChain(result, hops, $"redirect loop at {next}", SkipKind.Redirects);
            hops.Add(next);
            if (await check(next).ConfigureAwait(false) is { } refusal)
                return new RedirectChain(result, hops, $"redirect to {next}: {refusal.Reason}", refusal.Kind);
            current = next;
        }
    }
}
