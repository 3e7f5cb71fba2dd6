namespace Search.Pipeline.Crawling;

/// <summary>The end of a redirect chain: the last response, the URLs visited, and why the chain stopped early (if it did).</summary>
public sealed record RedirectChain(FetchResult Last, IReadOnlyList<Uri> Hops, string? StoppedBecause, SkipKind? StopKind = null)
{
    /// <summary>The status of the first response (the redirect itself, when there was one).</summary>
    public int FirstStatus { get; init; }

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
        int? first = null;
        while (true)
        {
            var result = await fetcher.FetchAsync(current, current == url ? validators : null, cancellationToken).ConfigureAwait(false);
            first ??= result.Status;
            RedirectChain Stop(string? why, SkipKind? kind = null) => new(result, hops, why, kind) { FirstStatus = first.Value };
            if (!result.IsRedirect) return Stop(null);
            if (hops.Count > maxHops) return Stop($"more than {maxHops} redirects", SkipKind.Redirects);
            var next = UrlNormalizer.Normalize(result.Location!, current) is { } n ? new Uri(n) : null;
            if (next is null) return Stop($"redirect to a non-http(s) URL: {result.Location}", SkipKind.Scope);
            if (!seen.Add(next.AbsoluteUri)) return Stop($"redirect loop at {next}", SkipKind.Redirects);
            hops.Add(next);
            if (await check(next).ConfigureAwait(false) is { } refusal)
                return Stop($"redirect to {next}: {refusal.Reason}", refusal.Kind);
            current = next;
        }
    }
}
