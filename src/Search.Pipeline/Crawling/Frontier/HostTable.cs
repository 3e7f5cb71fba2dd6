using System.Collections.Concurrent;

namespace Search.Pipeline.Crawling.Frontier;

/// <summary>
/// The state of each host during a crawl, shared by its sources.
/// <para>Politeness: one request at a time, and between two requests the host's delay (the larger of the sources'
/// <c>delaySeconds</c> and robots.txt's capped <c>Crawl-delay</c>) counted from the end of the previous request — so a
/// Crawl-delay read in robots.txt holds for the very next request.</para>
/// <para>Health: a URL whose request failed (5xx, 429 or a network error, after its retries; not a server that asked
/// to wait with <c>Retry-After</c>) counts once, however often it is tried; a response clears the count. After
/// <see cref="CrawlConfig.HostFailureThreshold"/> failed distinct URLs in a row the host is paused for
/// <see cref="CrawlConfig.HostCoolDownSeconds"/>, then resumes in the same run; its <see cref="MaxPauses"/>-th pause
/// lasts until the end of the run. Queued URLs of a paused host wait: none is marked failed without a request.</para>
/// </summary>
public sealed class HostTable(TimeProvider time, int failureThreshold, TimeSpan coolDown)
{
    /// <summary>Pauses of one host in a run; the last one lasts until the end of the run.</summary>
    public const int MaxPauses = 3;

    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.Ordinal);

    private sealed class Host
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public readonly HashSet<string> FailedUrls = new(StringComparer.Ordinal);
        public TimeSpan Delay;
        public DateTimeOffset? LastRequestEnd;
        public DateTimeOffset? PausedUntil;
        public int Pauses;
    }

    private Host Of(Uri url) => _hosts.GetOrAdd(UrlNormalizer.Authority(url), _ => new Host());

    /// <summary>Raises the delay between two requests to the host of <paramref name="url"/> (never lowers it).</summary>
    public void SetDelay(Uri url, TimeSpan delay)
    {
        var host = Of(url);
        lock (host)
            if (delay > host.Delay) host.Delay = delay;
    }

    /// <summary>Waits for the host's turn; the request is over when the returned value is disposed.</summary>
    public async Task<IDisposable> TakeTurnAsync(Uri url, CancellationToken cancellationToken)
    {
        var host = Of(url);
        await host.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            TimeSpan wait;
            lock (host) wait = host.LastRequestEnd is { } end ? end + host.Delay - time.GetUtcNow() : TimeSpan.Zero;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            return new Turn(this, host);
        }
        catch
        {
            host.Gate.Release();
            throw;
        }
    }

    private sealed class Turn(HostTable table, Host host) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
            lock (host) host.LastRequestEnd = table.Now;
            host.Gate.Release();
        }
    }

    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Until when the host of <paramref name="url"/> is paused (<see cref="DateTimeOffset.MaxValue"/>: the rest of the run); null when it may be contacted.</summary>
    public DateTimeOffset? PausedUntil(Uri url)
    {
        if (!_hosts.TryGetValue(UrlNormalizer.Authority(url), out var host)) return null;
        lock (host) return host.PausedUntil is { } until && until > Now ? until : null;
    }

    /// <summary>A response: the host works, its count of failed URLs starts again.</summary>
    public void Succeeded(Uri url)
    {
        var host = Of(url);
        lock (host) host.FailedUrls.Clear();
    }

    /// <summary>A failed request to <paramref name="url"/>; returns the end of the pause when this failure paused the host.</summary>
    public DateTimeOffset? Failed(Uri url)
    {
        var host = Of(url);
        lock (host)
        {
            if (!host.FailedUrls.Add(url.AbsoluteUri) || host.FailedUrls.Count < failureThreshold) return null;
            host.FailedUrls.Clear();
            host.Pauses++;
            host.PausedUntil = host.Pauses >= MaxPauses ? DateTimeOffset.MaxValue : Now + coolDown;
            return host.PausedUntil;
        }
    }
}
