using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Search.Core.Querying;
using Search.Host.Hosting;
using Search.Host.QueryLog;

namespace SearchHost.Tests.QueryLog;

/// <summary>The query log on a real SQLite file: aggregation, caps, retention on a fake clock, the upgrade of the first shape.</summary>
public sealed class SqliteQueryLogTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "querylog-tests-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    private string DbPath => Path.Combine(_data, "querylog.db");

    private SqliteQueryLog NewLog(int retentionDays = 30) =>
        new(new HostSettings { DataPath = _data }, new QueryLogSettings { RetentionDays = retentionDays }, _clock, NullLogger<SqliteQueryLog>.Instance);

    private QueryLogEntry Entry(string query, long total = 3, string filters = "") => new(_clock.GetUtcNow(), query, filters, total, 5);

    [Fact]
    public void Searches_are_aggregated_per_query_with_case_and_spaces_folded()
    {
        var log = NewLog();
        log.Append([Entry("Apprentis 2022"), Entry("  apprentis   2022 "), Entry("ressources", total: 0)]);
        _clock.Advance(TimeSpan.FromMinutes(5));
        log.Append([Entry("APPRENTIS 2022", total: 0, filters: "publisher=DGCL"), Entry("ressources", total: 0), Entry("", filters: "year=2022")]);

        Assert.Equal(6, log.Count());
        var top = log.Top(10);
        Assert.Equal(["Apprentis 2022", "ressources"], top.Select(q => q.Query));
        var apprentis = top[0];
        Assert.Equal(3, apprentis.Count);
        Assert.Equal(0, apprentis.LastTotal);                       // the last search's result count
        Assert.Equal(_clock.GetUtcNow(), apprentis.LastSeen);
        var zero = log.Top(10, zeroResultsOnly: true);
        Assert.Equal([("ressources", 2), ("Apprentis 2022", 1)], zero.Select(q => (q.Query, q.Count)));
        Assert.Equal(3, Rows());                                     // and the filter-only search, counted but never listed
        Assert.Equal("publisher=DGCL", Scalar("SELECT filters FROM searches WHERE key = 'apprentis 2022'"));
        Assert.Equal("ressources", log.Recent(1).Single().Query);
    }

    [Fact]
    public void Query_and_filter_text_are_capped()
    {
        var log = NewLog();
        var longQuery = string.Concat(Enumerable.Repeat("dotation ", 300));
        var longFilters = string.Join(" ", Enumerable.Range(0, 2_000).Select(i => $"publisher=Éditeur{i}"));
        log.Append([Entry(longQuery, filters: longFilters), Entry(longQuery + " encore", filters: longFilters)]);

        var stored = log.Top(1).Single();
        Assert.Equal(SqliteQueryLog.MaxQueryChars, stored.Query.Length);
        Assert.EndsWith("…", stored.Query);
        Assert.Equal(2, stored.Count); // both cut to the same text: one query
        var filters = (string)Scalar("SELECT filters FROM searches")!;
        Assert.Equal(SqliteQueryLog.MaxFiltersChars, filters.Length);
        Assert.Equal("😀😀…", SqliteQueryLog.Cap("😀😀😀", 5)); // never half a surrogate pair
    }

    [Fact]
    public async Task Queries_not_searched_within_the_retention_are_deleted_on_schedule()
    {
        var log = NewLog(retentionDays: 30);
        var purges = new System.Collections.Concurrent.BlockingCollection<int>();
        log.Purged += purges.Add;
        await log.StartAsync(CancellationToken.None);
        Assert.True(purges.TryTake(out var first, TimeSpan.FromSeconds(30)));     // the purge at start
        Assert.Equal(0, first);

        log.Append([Entry("ancienne"), Entry("toujours cherchée")]);
        _clock.Advance(TimeSpan.FromDays(20));
        log.Append([Entry("toujours cherchée")]);

        _clock.Advance(TimeSpan.FromDays(11));                                     // "ancienne" is now 31 days old
        // The hourly purges of those days delete nothing until one finds "ancienne" expired, and only it.
        int deleted;
        do Assert.True(purges.TryTake(out deleted, TimeSpan.FromSeconds(30)), "no purge deleted anything");
        while (deleted == 0);
        Assert.Equal(1, deleted);
        Assert.Equal(["toujours cherchée"], log.Top(10).Select(q => q.Query));
        Assert.Equal(2, log.Count());                                              // the searches of what is left
        await log.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Recorded_searches_are_written_by_the_background_loop()
    {
        var log = NewLog();
        await log.StartAsync(CancellationToken.None);
        log.Record(Entry("budget"));
        log.Record(Entry("Budget"));
        await log.StopAsync(CancellationToken.None);                               // stopping writes what is queued
        Assert.Equal(2, log.Top(1).Single().Count);
    }

    [Fact]
    public void A_log_of_the_first_shape_is_upgraded_at_start()
    {
        Directory.CreateDirectory(_data);
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE queries (at TEXT NOT NULL, query TEXT NOT NULL, filters TEXT NOT NULL, total INTEGER NOT NULL, took_ms INTEGER NOT NULL);
                CREATE INDEX queries_by_text ON queries (query);
                INSERT INTO queries VALUES ('2026-02-01T10:00:00.0000000+00:00', 'Budget', '', 4, 12);
                INSERT INTO queries VALUES ('2026-02-03T10:00:00.0000000+00:00', 'budget', 'year=2022', 0, 7);
                INSERT INTO queries VALUES ('2026-02-02T10:00:00.0000000+00:00', 'introuvable', '', 0, 3);
                """;
            command.ExecuteNonQuery();
            command.CommandText = "INSERT INTO queries VALUES ('2026-02-02T11:00:00.0000000+00:00', $q, '', 1, 1)";
            command.Parameters.AddWithValue("$q", new string('x', 5_000));
            command.ExecuteNonQuery();
        }

        var log = NewLog(retentionDays: 3650);
        Assert.Equal(4, log.Count());
        var budget = log.Top(10).First();
        Assert.Equal(("Budget", 2, 0L), (budget.Query, budget.Count, budget.LastTotal));
        Assert.Equal(new DateTimeOffset(2026, 2, 3, 10, 0, 0, TimeSpan.Zero), budget.LastSeen);
        Assert.Equal(["budget", "introuvable"], log.Top(10, zeroResultsOnly: true).Select(q => q.Query.ToLowerInvariant()));
        Assert.Contains(log.Top(10), q => q.Query.Length == SqliteQueryLog.MaxQueryChars);
        Assert.Null(Scalar("SELECT name FROM sqlite_master WHERE name = 'queries'"));

        var again = NewLog(retentionDays: 3650); // a second start finds the new shape and changes nothing
        Assert.Equal(4, again.Count());
    }

    [Fact]
    public void A_log_that_is_not_a_database_is_set_aside_and_a_new_one_started()
    {
        Directory.CreateDirectory(_data);
        File.WriteAllText(DbPath, "this is not a database, but it is long enough to have a header of sorts........");
        var log = NewLog();
        log.Append([Entry("budget")]);
        Assert.Equal(1, log.Count());
        Assert.Single(Directory.GetFiles(_data, "querylog.db.unreadable-*"));
    }

    private long Rows() => (long)Scalar("SELECT COUNT(*) FROM searches")!;

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
