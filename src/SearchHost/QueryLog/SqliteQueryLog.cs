using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Search.Core.Querying;
using Search.Host.Hosting;

namespace Search.Host.QueryLog;

/// <summary>
/// The anonymous query log, in SQLite (<c>&lt;Data:Path&gt;/querylog.db</c>): query text, filters,
/// result count and time, nothing about who searched. Searches enqueue; a background loop writes in
/// batches, so logging never slows a search down.
/// </summary>
public sealed class SqliteQueryLog : BackgroundService, IQueryLog, IQueryLogReader
{
    private readonly Channel<QueryLogEntry> _queue = Channel.CreateBounded<QueryLogEntry>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly string _connectionString;
    private readonly ILogger<SqliteQueryLog> _logger;

    public SqliteQueryLog(HostSettings settings, ILogger<SqliteQueryLog> logger)
    {
        _logger = logger;
        Directory.CreateDirectory(settings.DataPath);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(settings.DataPath, "querylog.db"), Pooling = false }.ToString();
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS queries (
                at TEXT NOT NULL, query TEXT NOT NULL, filters TEXT NOT NULL, total INTEGER NOT NULL, took_ms INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS queries_by_text ON queries (query);
            """);
    }

    private static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(250);

    public void Record(QueryLogEntry entry) => _queue.Writer.TryWrite(entry);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<QueryLogEntry>();
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                // Gather what a quarter of a second brings: one transaction (one WAL sync) for them all instead of one
                // per search, which under steady traffic cost the host more than some searches.
                await Task.Delay(BatchWindow, stoppingToken);
                while (batch.Count < 500 && _queue.Reader.TryRead(out var entry)) batch.Add(entry);
                Write(batch);
                batch.Clear();
            }
        }
        catch (OperationCanceledException)
        {
            while (_queue.Reader.TryRead(out var entry)) batch.Add(entry);
            Write(batch);
        }
    }

    private void Write(List<QueryLogEntry> batch)
    {
        if (batch.Count == 0) return;
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO queries (at, query, filters, total, took_ms) VALUES ($at, $query, $filters, $total, $took)";
            var at = insert.Parameters.Add("$at", SqliteType.Text);
            var query = insert.Parameters.Add("$query", SqliteType.Text);
            var filters = insert.Parameters.Add("$filters", SqliteType.Text);
            var total = insert.Parameters.Add("$total", SqliteType.Integer);
            var took = insert.Parameters.Add("$took", SqliteType.Integer);
            foreach (var e in batch)
            {
                at.Value = e.At.ToString("O", CultureInfo.InvariantCulture);
                query.Value = e.Query;
                filters.Value = e.Filters;
                total.Value = e.Total;
                took.Value = e.TookMs;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        catch (SqliteException e)
        {
            _logger.LogWarning(e, "Could not write {Count} query log entries", batch.Count);
        }
    }

    /// <summary>The most frequent queries (case-insensitive), with the result count of their last run.</summary>
    public IReadOnlyList<QueryCount> Top(int limit, bool zeroResultsOnly = false)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT MIN(query), COUNT(*), (SELECT total FROM queries q2 WHERE lower(q2.query) = lower(q1.query) ORDER BY at DESC LIMIT 1)
            FROM queries q1 WHERE query <> '' {(zeroResultsOnly ? "AND total = 0" : "")}
            GROUP BY lower(query) ORDER BY COUNT(*) DESC, MIN(query) LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 500));
        var result = new List<QueryCount>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) result.Add(new QueryCount(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2)));
        return result;
    }

    public long Count()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM queries";
        return (long)command.ExecuteScalar()!;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
