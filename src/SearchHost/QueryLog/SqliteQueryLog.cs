using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Search.Core.Querying;
using Search.Host.Hosting;

namespace Search.Host.QueryLog;

/// <summary><c>QueryLog:*</c>: how long a query nobody searches again is kept.</summary>
public sealed class QueryLogSettings
{
    [Range(1, 3650)] public int RetentionDays { get; set; } = 180;
}

/// <summary>
/// The anonymous query log, in SQLite (<c>&lt;Data:Path&gt;/querylog.db</c>), aggregated: one row per
/// normalised query (case and spaces folded) with its number of searches, of searches that found nothing,
/// the filters and result count of its last search and when that was; nothing about who searched. Text is
/// capped (<see cref="MaxQueryChars"/>, <see cref="MaxFiltersChars"/>). A query not searched for
/// <c>QueryLog:RetentionDays</c> is deleted (at start, then every hour, on the host's <see cref="TimeProvider"/>).
/// Searches enqueue; a background loop writes them in batches, so logging never slows a search down. The
/// staff pages read the top rows through indexes: their cost does not grow with the number of searches.
/// </summary>
public sealed class SqliteQueryLog : BackgroundService, IQueryLog, IQueryLogReader
{
    /// <summary>Longest query text kept (longer ones are cut and end with "…").</summary>
    public const int MaxQueryChars = 200;
    /// <summary>Longest filter text kept.</summary>
    public const int MaxFiltersChars = 400;
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);
    private const int SchemaVersion = 2;
    private static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(250);

    private readonly Channel<QueryLogEntry> _queue = Channel.CreateBounded<QueryLogEntry>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly string _path;
    private readonly string _connectionString;
    private readonly TimeSpan _retention;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteQueryLog> _logger;

    /// <summary>Raised after each purge of expired queries, with the number of queries deleted.</summary>
    public event Action<int>? Purged;

    public SqliteQueryLog(HostSettings settings, QueryLogSettings options, TimeProvider time, ILogger<SqliteQueryLog> logger)
    {
        _logger = logger;
        _time = time;
        _retention = TimeSpan.FromDays(options.RetentionDays);
        Directory.CreateDirectory(settings.DataPath);
        _path = Path.Combine(settings.DataPath, "querylog.db");
        _connectionString = new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString();
        try
        {
            Prepare();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 11 or 26) // SQLITE_CORRUPT, SQLITE_NOTADB
        {
            var aside = _path + ".unreadable-" + _time.GetUtcNow().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            _logger.LogWarning("The query log {Path} is not a readable database ({Reason}); it was moved to {Aside} and a new log started", _path, e.Message, aside);
            SqliteConnection.ClearAllPools();
            File.Move(_path, aside);
            foreach (var suffix in new[] { "-wal", "-shm" }) File.Delete(_path + suffix);
            Prepare();
        }
    }

    public void Record(QueryLogEntry entry) => _queue.Writer.TryWrite(entry);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(WriteLoopAsync(stoppingToken), PurgeLoopAsync(stoppingToken));

    private async Task WriteLoopAsync(CancellationToken stoppingToken)
    {
        var batch = new List<QueryLogEntry>();
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                // Gather what a quarter of a second brings: one transaction (one WAL sync) for them all instead of one
                // per search, which under steady traffic cost the host more than some searches.
                await Task.Delay(BatchWindow, stoppingToken);
                while (batch.Count < 2_000 && _queue.Reader.TryRead(out var entry)) batch.Add(entry);
                TryAppend(batch);
                batch.Clear();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Stops the loops, then writes what is still queued (the loop may not even have started).</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        var rest = new List<QueryLogEntry>();
        while (_queue.Reader.TryRead(out var entry)) rest.Add(entry);
        TryAppend(rest);
    }

    private async Task PurgeLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PurgeInterval, _time);
        try
        {
            do
            {
                try
                {
                    Purged?.Invoke(PurgeExpired());
                }
                catch (SqliteException e)
                {
                    _logger.LogWarning(e, "Could not delete expired queries from the query log");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void TryAppend(List<QueryLogEntry> batch)
    {
        try
        {
            Append(batch);
        }
        catch (SqliteException e)
        {
            _logger.LogWarning(e, "Could not write {Count} query log entries", batch.Count);
        }
    }

    /// <summary>Writes searches now, in one transaction (the background loop's batches; the benchmark's fill).</summary>
    public void Append(IReadOnlyCollection<QueryLogEntry> entries)
    {
        if (entries.Count == 0) return;
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        Upsert(connection, Aggregate(entries));
        transaction.Commit();
    }

    /// <summary>Deletes the queries not searched within the retention; returns how many.</summary>
    public int PurgeExpired()
    {
        var cutoff = (_time.GetUtcNow() - _retention).ToUnixTimeMilliseconds();
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE totals SET searches = searches - (SELECT COALESCE(SUM(count), 0) FROM searches WHERE last_seen < $cutoff);
            DELETE FROM searches WHERE last_seen < $cutoff;
            """;
        command.Parameters.AddWithValue("$cutoff", cutoff);
        var deleted = command.ExecuteNonQuery() - 1; // the UPDATE changed the one totals row
        transaction.Commit();
        return Math.Max(0, deleted);
    }

    /// <summary>The most searched queries, with the result count of their last search.</summary>
    public IReadOnlyList<QueryCount> Top(int limit, bool zeroResultsOnly = false) => Read(zeroResultsOnly
        ? "SELECT query, zero_count, last_total, last_seen FROM searches WHERE zero_count > 0 AND key <> '' ORDER BY zero_count DESC, key LIMIT $limit"
        : "SELECT query, count, last_total, last_seen FROM searches WHERE key <> '' ORDER BY count DESC, key LIMIT $limit", limit);

    /// <summary>The queries searched most recently.</summary>
    public IReadOnlyList<QueryCount> Recent(int limit) =>
        Read("SELECT query, count, last_total, last_seen FROM searches WHERE key <> '' ORDER BY last_seen DESC LIMIT $limit", limit);

    public long Count()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT searches FROM totals";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Case and runs of white space folded: the key searches are counted under.</summary>
    public static string Normalise(string query) => Cap(string.Join(' ', query.Normalize(NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), MaxQueryChars);

    /// <summary><paramref name="text"/> cut to at most <paramref name="max"/> characters, ending with "…" when cut (never inside a surrogate pair).</summary>
    public static string Cap(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    private IReadOnlyList<QueryCount> Read(string sql, int limit)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 500));
        var result = new List<QueryCount>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add(new QueryCount(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
        return result;
    }

    private sealed class Aggregated(string query)
    {
        public string Query { get; } = query;
        public int Count;
        public int ZeroCount;
        public QueryLogEntry Last = null!;
    }

    private static IReadOnlyCollection<Aggregated> Aggregate(IEnumerable<QueryLogEntry> entries)
    {
        var byKey = new Dictionary<string, Aggregated>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var query = Normalise(entry.Query);
            var key = query.ToLowerInvariant();
            if (!byKey.TryGetValue(key, out var row)) byKey[key] = row = new Aggregated(query);
            row.Count++;
            if (entry.Total == 0) row.ZeroCount++;
            if (row.Last is null || entry.At >= row.Last.At) row.Last = entry;
        }
        return byKey.Values;
    }

    private static void Upsert(SqliteConnection connection, IReadOnlyCollection<Aggregated> rows)
    {
        using var upsert = connection.CreateCommand();
        upsert.CommandText = """
            INSERT INTO searches (key, query, filters, count, zero_count, last_total, last_seen)
            VALUES ($key, $query, $filters, $count, $zero, $total, $seen)
            ON CONFLICT (key) DO UPDATE SET
                count = count + excluded.count,
                zero_count = zero_count + excluded.zero_count,
                filters = CASE WHEN excluded.last_seen >= last_seen THEN excluded.filters ELSE filters END,
                last_total = CASE WHEN excluded.last_seen >= last_seen THEN excluded.last_total ELSE last_total END,
                last_seen = MAX(last_seen, excluded.last_seen)
            """;
        var key = upsert.Parameters.Add("$key", SqliteType.Text);
        var query = upsert.Parameters.Add("$query", SqliteType.Text);
        var filters = upsert.Parameters.Add("$filters", SqliteType.Text);
        var count = upsert.Parameters.Add("$count", SqliteType.Integer);
        var zero = upsert.Parameters.Add("$zero", SqliteType.Integer);
        var total = upsert.Parameters.Add("$total", SqliteType.Integer);
        var seen = upsert.Parameters.Add("$seen", SqliteType.Integer);
        long searches = 0;
        foreach (var row in rows)
        {
            key.Value = row.Query.ToLowerInvariant();
            query.Value = row.Query;
            filters.Value = Cap(row.Last.Filters, MaxFiltersChars);
            count.Value = row.Count;
            zero.Value = row.ZeroCount;
            total.Value = row.Last.Total;
            seen.Value = row.Last.At.ToUnixTimeMilliseconds();
            upsert.ExecuteNonQuery();
            searches += row.Count;
        }
        using var totals = connection.CreateCommand();
        totals.CommandText = "UPDATE totals SET searches = searches + $n";
        totals.Parameters.AddWithValue("$n", searches);
        totals.ExecuteNonQuery();
    }

    /// <summary>
    /// Creates the tables, or upgrades a log of the first shape (one row per search, uncapped, in
    /// <c>queries</c>): its rows are aggregated into the new table and the old table dropped, in one
    /// transaction (a start interrupted meanwhile upgrades again at the next one).
    /// </summary>
    private void Prepare()
    {
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode = WAL");
        using (var transaction = connection.BeginTransaction())
        {
            var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
            if (version > SchemaVersion) throw new InvalidOperationException($"The query log {_path} was written by a newer version (schema {version}); move it away to start a new one.");
            Execute(connection, """
                CREATE TABLE IF NOT EXISTS searches (
                    key TEXT NOT NULL PRIMARY KEY, query TEXT NOT NULL, filters TEXT NOT NULL,
                    count INTEGER NOT NULL, zero_count INTEGER NOT NULL, last_total INTEGER NOT NULL, last_seen INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS searches_by_count ON searches (count DESC, key);
                CREATE INDEX IF NOT EXISTS searches_by_zero_count ON searches (zero_count DESC, key) WHERE zero_count > 0;
                CREATE INDEX IF NOT EXISTS searches_by_last_seen ON searches (last_seen);
                CREATE TABLE IF NOT EXISTS totals (id INTEGER PRIMARY KEY CHECK (id = 1), searches INTEGER NOT NULL);
                INSERT OR IGNORE INTO totals (id, searches) VALUES (1, 0);
                """);
            var upgraded = version < SchemaVersion && Scalar(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'queries'") is string
                ? UpgradeFirstShape(connection)
                : -1;
            Execute(connection, $"PRAGMA user_version = {SchemaVersion}");
            transaction.Commit();
            if (upgraded >= 0) _logger.LogInformation("Query log upgraded: {Searches} logged searches aggregated per query", upgraded);
        }
    }

    private static long UpgradeFirstShape(SqliteConnection connection)
    {
        long searches = 0;
        var chunk = new List<QueryLogEntry>(10_000);
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT at, query, filters, total FROM queries";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                var at = DateTimeOffset.TryParse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : DateTimeOffset.UnixEpoch;
                chunk.Add(new QueryLogEntry(at, reader.GetString(1), reader.GetString(2), reader.GetInt64(3), 0));
                if (chunk.Count == chunk.Capacity) Flush();
            }
        }
        Flush();
        Execute(connection, "DROP TABLE queries");
        return searches;

        void Flush()
        {
            Upsert(connection, Aggregate(chunk));
            searches += chunk.Count;
            chunk.Clear();
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout = 5000");
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
