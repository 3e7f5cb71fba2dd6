using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Querying;
using Search.Host.Hosting;
using Search.Host.QueryLog;

namespace Search.Bench;

/// <summary>
/// <c>Bench querylog --searches N [--distinct D] [--previous-rows R]</c>: fills a query log with N generated
/// searches (D distinct queries, a few very frequent and a long tail, one in six without result, over 180
/// days), then times the SQL behind <c>/api/stats/queries</c> and <c>/statistiques</c> (count, top, zero-result
/// and recent queries) on it. Then the first design (one row per search, top queries by GROUP BY with a
/// correlated sub-query per group) on R searches of the same stream, for comparison.
/// </summary>
public static class QueryLogBench
{
    public static int Run(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        var searches = int.Parse(Option("searches") ?? "1000000", CultureInfo.InvariantCulture);
        var distinct = int.Parse(Option("distinct") ?? (searches / 5).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var previousRows = int.Parse(Option("previous-rows") ?? "10000", CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), "querylog-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var log = new SqliteQueryLog(new HostSettings { DataPath = folder }, new QueryLogSettings { RetentionDays = 3650 }, TimeProvider.System, NullLogger<SqliteQueryLog>.Instance);
            var fill = Measure(() =>
            {
                foreach (var batch in Stream(searches, distinct).Chunk(10_000)) log.Append(batch);
            });
            var db = Path.Combine(folder, "querylog.db");
            Console.WriteLine($"searches {searches:N0}, distinct queries {distinct:N0}");
            Console.WriteLine($"fill: {fill.Wall:0.0} s wall, {fill.Cpu:0.0} s CPU ({searches / fill.Wall:N0} searches/s); {Rows(db, "searches"):N0} rows; {Size(folder) / 1048576.0:0.0} MB");
            Time("count", () => log.Count());
            Time("top 20", () => log.Top(20));
            Time("top 500", () => log.Top(500));
            Time("zero-result top 500", () => log.Top(500, zeroResultsOnly: true));
            Time("recent 500", () => log.Recent(500));
            Time("whole endpoint, limit 500", () => (log.Count(), log.Top(500), log.Top(500, true), log.Recent(500)));
            Time("purge (nothing expired)", () => log.PurgeExpired());

            Console.WriteLine($"first design, {previousRows:N0} searches (one row each):");
            var previous = Path.Combine(folder, "previous.db");
            FillPrevious(previous, Stream(previousRows, Math.Max(1, previousRows / 5)));
            foreach (var limit in new[] { 20, 500 })
            {
                var t = Measure(() => PreviousTop(previous, limit));
                Console.WriteLine($"  previous top {limit}: {t.Wall * 1000:0} ms wall, {t.Cpu * 1000:0} ms CPU");
            }
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>A deterministic stream of searches: query ranks log-uniform (a heavy head, a long tail).</summary>
    private static IEnumerable<QueryLogEntry> Stream(int count, int distinct)
    {
        var random = new Random(42);
        var start = DateTimeOffset.UtcNow.AddDays(-180);
        string[] words = ["budget", "dotation", "apprentis", "epci", "fiscalité", "communes", "dépenses", "investissement", "Isère", "Bretagne"];
        for (var i = 0; i < count; i++)
        {
            var rank = (int)Math.Pow(distinct, random.NextDouble()) - 1;
            var query = $"{words[rank % words.Length]} {words[(rank / words.Length) % words.Length]} {rank}";
            var total = rank % 6 == 5 ? 0 : 1 + rank % 40;
            var filters = rank % 3 == 0 ? "publisher=DGCL year=2022" : "";
            yield return new QueryLogEntry(start.AddSeconds(i * (180.0 * 86400 / count)), query, filters, total, 5);
        }
    }

    private static void Time(string label, Func<object> run)
    {
        run(); // warm (page cache, statement compilation)
        var samples = new List<(double Wall, double Cpu)>();
        for (var i = 0; i < 20; i++) samples.Add(Measure(() => run()));
        var wall = samples.Select(s => s.Wall * 1000).Order().ToList();
        Console.WriteLine($"  {label,-28} median {wall[wall.Count / 2]:0.00} ms, max {wall[^1]:0.00} ms, CPU {samples.Average(s => s.Cpu) * 1000:0.00} ms per call");
    }

    private static (double Wall, double Cpu) Measure(Action action)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        var wall = clock.Elapsed.TotalSeconds;
        self.Refresh();
        return (wall, (self.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static void FillPrevious(string path, IEnumerable<QueryLogEntry> entries)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE queries (at TEXT NOT NULL, query TEXT NOT NULL, filters TEXT NOT NULL, total INTEGER NOT NULL, took_ms INTEGER NOT NULL);
            CREATE INDEX queries_by_text ON queries (query);
            """;
        command.ExecuteNonQuery();
        command.CommandText = "INSERT INTO queries VALUES ($at, $query, $filters, $total, 5)";
        foreach (var e in entries)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$at", e.At.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$query", e.Query);
            command.Parameters.AddWithValue("$filters", e.Filters);
            command.Parameters.AddWithValue("$total", e.Total);
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>The first design's top-queries SQL, as it was.</summary>
    private static int PreviousTop(string path, int limit)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT MIN(query), COUNT(*), (SELECT total FROM queries q2 WHERE lower(q2.query) = lower(q1.query) ORDER BY at DESC LIMIT 1)
            FROM queries q1 WHERE query <> ''
            GROUP BY lower(query) ORDER BY COUNT(*) DESC, MIN(query) LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read()) rows++;
        return rows;
    }

    private static long Rows(string db, string table)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private static long Size(string folder) => Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);
}
