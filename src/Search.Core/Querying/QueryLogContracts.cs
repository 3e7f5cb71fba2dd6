namespace Search.Core.Querying;

/// <summary>One search as the query log keeps it: anonymous (no address, no session, no user).</summary>
public sealed record QueryLogEntry(DateTimeOffset At, string Query, string Filters, long Total, long TookMs);

/// <summary>Where searches are recorded (the host keeps them in SQLite; the CLI records nothing).</summary>
public interface IQueryLog
{
    void Record(QueryLogEntry entry);
}

/// <summary>A query and how many times it was searched.</summary>
public sealed record QueryCount(string Query, int Count, long LastTotal);

/// <summary>What staff read from the query log.</summary>
public interface IQueryLogReader
{
    /// <summary>Number of searches recorded.</summary>
    long Count();

    /// <summary>The most frequent queries (case-insensitive); only those that found nothing when asked.</summary>
    IReadOnlyList<QueryCount> Top(int limit, bool zeroResultsOnly = false);
}
