namespace Search.Pipeline.Crawling;

/// <summary>Live counters of one source during a crawl, and its final figures.</summary>
public sealed record SourceProgress
{
    public required string Source { get; init; }
    public int Queued { get; init; }
    public int Fetched { get; init; }
    public int NotModified { get; init; }
    public int Indexed { get; init; }
    public int Unchanged { get; init; }
    public int Duplicates { get; init; }
    public int Skipped { get; init; }
    public int Errors { get; init; }
    public int Removed { get; init; }
    public TimeSpan Elapsed { get; init; }
    public bool Finished { get; init; }
    /// <summary>Fetches per second (200 and 304).</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? (Fetched + NotModified) / Elapsed.TotalSeconds : 0;
}

/// <summary>The final report of a crawl.</summary>
public sealed record CrawlReport(IReadOnlyList<SourceProgress> Sources, TimeSpan Elapsed, int Requests, int ConditionalRequests);

/// <summary>A structured log event (one line of the crawl log).</summary>
public sealed record CrawlEvent(DateTimeOffset Time, string Source, string Event, string Url, int? Status = null, string? Detail = null);
