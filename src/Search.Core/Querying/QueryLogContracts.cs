namespace Search.Core.Querying;

/// <summary>One search as the query log keeps it: anonymous (no address, no session, no user).</summary>
public sealed record QueryLogEntry(DateTimeOffset At, string Query, string Filters, long Total, long TookMs);

/// <summary>Where searches are recorded (the host keeps them in SQLite; the CLI records nothing).</summary>
public interface IQueryLog
{
    void Record(QueryLogEntry entry);
}

/// <summary>A query, how many times it was searched (or found nothing, in a zero-result list), the result count and time of its last search.</summary>
public sealed record QueryCount(string Query, int Count, long LastTotal, DateTimeOffset LastSeen);

/// <summary>What staff read from the query log.</summary>
public interface IQueryLogReader
{
    /// <summary>Number of searches recorded.</summary>
    long Count();

    /// <summary>The most frequent queries (case and spaces folded); or those most often searched without result.</summary>
    IReadOnlyList<QueryCount> Top(int limit, bool zeroResultsOnly = false);

    /// <summary>The queries searched most recently.</summary>
    IReadOnlyList<QueryCount> Recent(int limit);
}
