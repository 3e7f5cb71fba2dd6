using System.Diagnostics;

namespace Search.Pipeline.Crawling;

/// <summary>
/// What the pieces of one source's crawl share: the source, its crawl.db connection, the crawl's fetcher, robots.txt
/// cache and body store, the source's counters, and the two URL states every piece may write (skipped, failed), logged.
/// </summary>
internal sealed class SourceRun(Crawler crawler, SourceConfig source, HttpFetcher fetcher, RobotsCache robots, BodyStore bodies, CrawlStore store)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public SourceConfig Source => source;
    public CrawlConfig Config => crawler.Config;
    public string DataPath => crawler.DataPath;
    public int CommitEvery => crawler.CommitEvery;
    public TimeProvider Time => crawler.Time;
    public DateTime Now => Time.GetUtcNow().UtcDateTime;
    public HttpFetcher Fetcher => fetcher;
    public RobotsCache Robots => robots;
    public BodyStore Bodies => bodies;
    public CrawlStore Store => store;
    public SourceProgress Progress { get; set; } = new() { Source = source.Id };

    public void Emit(string what, string url, int? status = null, string? detail = null) => crawler.Emit(source.Id, what, url, status, detail);

    /// <summary>The counters brought up to date: the queue's length and the time spent.</summary>
    public SourceProgress Counters(bool finished = false) =>
        Progress = Progress with { Queued = store.CountQueued(source.Id), Elapsed = _clock.Elapsed, Finished = finished };

    /// <summary>Gives the counters to the crawl's progress observer.</summary>
    public void Report() => crawler.Progress?.Report(Progress);

    /// <summary>The document of a stored body (see <see cref="Crawler"/>).</summary>
    public Search.Core.Documents.SearchDocument Build(UrlRow row, CancellationToken ct) => crawler.Build(source, row, bodies, store, ct);

    /// <summary>When a URL fetched now is due again.</summary>
    public DateTime Due(DateTime now) => now + TimeSpan.FromHours(source.RecrawlHours);

    public void Skip(UrlRow row, SkipKind kind, string reason)
    {
        store.Skip(row, kind, reason, kind == SkipKind.Robots ? reason : null);
        Progress = Progress with { Skipped = Progress.Skipped + 1 };
        Emit("skipped", row.Url, row.Status, reason);
    }

    /// <summary>The last visit failed: recorded as an error of the source, tried again at the next run.</summary>
    public void Fail(UrlRow row, string reason, DateTime now)
    {
        store.Save(row with { State = UrlStates.Failed, FetchedUtc = now, DueUtc = now, Reason = reason, SkipKind = SkipKind.FetchError.ToString() });
        Error(row.Url, reason);
        Emit("error", row.Url, row.Status, reason);
    }

    /// <summary>An error of the source (in crawl.db's errors and the counters) that leaves the URL's state alone.</summary>
    public void Error(string url, string message)
    {
        store.AddError(source.Id, url, message);
        Progress = Progress with { Errors = Progress.Errors + 1 };
    }
}
