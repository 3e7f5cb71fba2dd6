using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Search.Bench.Scale;

/// <summary>What SQLite FTS5 measured on the same corpus and queries, in the same run.</summary>
public sealed record Fts5Figures(
    string SqliteVersion,
    double InsertSeconds,
    double GenerateSeconds,
    long DbBytes,
    Latency Top10,
    Latency WithSnippet,
    double HitFraction,
    IReadOnlyList<ThroughputRun> Throughput);

/// <summary>
/// The peer engine of <c>Bench scale</c>: SQLite FTS5 (through Microsoft.Data.Sqlite and the
/// e_sqlite3 bundle it brings), <c>unicode61 remove_diacritics 2</c>, ranked by bm25, a query being
/// the OR of its words. Title and plain text of every document go in as they are (no extraction:
/// the generator gives the text), in one transaction; only the inserts and the commit are timed.
/// </summary>
public sealed class Fts5Peer
{
    private const string TopTen = "SELECT rowid, rank FROM docs WHERE docs MATCH $q ORDER BY rank LIMIT 10";
    private const string TopTenWithSnippet =
        "SELECT rowid, rank, snippet(docs, 1, '<mark>', '</mark>', '…', 24) FROM docs WHERE docs MATCH $q ORDER BY rank LIMIT 10";

    private readonly string _dbPath;

    public Fts5Peer(string dbPath) => _dbPath = dbPath;

    public string DbPath => _dbPath;

    /// <summary>Builds the database from <c>ScaleCorpus.Generate(i, seed)</c>, i = 0…docs-1 (rowid i+1).</summary>
    public (double InsertSeconds, double GenerateSeconds, long DbBytes, string Version) Build(int docs, int seed)
    {
        Delete();
        using var connection = Open(readOnly: false);
        var version = Scalar(connection, "SELECT sqlite_version()");
        Execute(connection, "CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')");
        var insertClock = new Stopwatch();
        var generateClock = new Stopwatch();
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO docs(rowid, title, body) VALUES ($id, $title, $body)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            insert.Prepare();
            // Generated in batches on every core, then inserted: generation never overlaps the timed inserts.
            const int Batch = 1000;
            var batch = new ScaleDoc[Batch];
            var nextReport = docs / 10;
            for (var start = 0; start < docs; start += Batch)
            {
                var end = Math.Min(docs, start + Batch);
                generateClock.Start();
                Parallel.For(start, end, i => batch[i - start] = ScaleCorpus.Generate(i, seed));
                generateClock.Stop();
                insertClock.Start();
                for (var i = start; i < end; i++)
                {
                    var doc = batch[i - start];
                    id.Value = (long)i + 1;
                    title.Value = doc.Title;
                    body.Value = doc.PlainText;
                    insert.ExecuteNonQuery();
                }
                insertClock.Stop();
                Array.Clear(batch);
                if (docs >= 10_000 && end >= nextReport && end < docs)
                {
                    Console.WriteLine($"  [fts5] {end}/{docs} inserted ({insertClock.Elapsed.TotalSeconds:0.0} s inserting, {generateClock.Elapsed.TotalSeconds:0.0} s generating)");
                    nextReport += docs / 10;
                }
            }
            insertClock.Start();
            transaction.Commit();
            insertClock.Stop();
        }
        return (insertClock.Elapsed.TotalSeconds, generateClock.Elapsed.TotalSeconds, Size(), version);
    }

    /// <summary>A read-only connection with the two queries prepared, for one thread.</summary>
    public Session OpenSession() => new(Open(readOnly: true));

    /// <summary>Closed loop on <paramref name="threads"/> threads, one read-only connection each.</summary>
    public ThroughputRun Throughput(int threads, TimeSpan duration, IReadOnlyList<string> queries)
    {
        var sessions = new List<Session>();
        try
        {
            return ClosedLoop.RunThreads(threads, duration, queries, _ =>
            {
                var session = OpenSession();
                lock (sessions) sessions.Add(session);
                return q => { session.Top10(q); return true; };
            });
        }
        finally
        {
            foreach (var s in sessions) s.Dispose();
        }
    }

    public sealed class Session : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _top;
        private readonly SqliteCommand _withSnippet;
        private readonly Dictionary<string, string?> _matches = new(StringComparer.Ordinal);

        internal Session(SqliteConnection connection)
        {
            _connection = connection;
            _top = Prepared(connection, TopTen);
            _withSnippet = Prepared(connection, TopTenWithSnippet);
        }

        /// <summary>Runs the query (its match expression is built once per distinct text) and reads the rows; returns their count.</summary>
        public int Top10(string query, bool snippet = false)
        {
            if (!_matches.TryGetValue(query, out var match)) _matches[query] = match = MatchExpression(query);
            return Run(snippet ? _withSnippet : _top, match, snippet);
        }

        public void Dispose()
        {
            _top.Dispose();
            _withSnippet.Dispose();
            _connection.Dispose();
        }
    }

    public long Size() => new[] { "", "-journal", "-wal", "-shm" }.Select(s => _dbPath + s).Where(File.Exists).Sum(f => new FileInfo(f).Length);

    public void Delete()
    {
        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
            if (File.Exists(_dbPath + suffix)) File.Delete(_dbPath + suffix);
    }

    /// <summary>The words of the query (runs of letters and digits), each quoted as an FTS5 string, joined with OR; null when there is no word.</summary>
    public static string? MatchExpression(string query)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in query + " ")
        {
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (word.Length > 0)
            {
                words.Add("\"" + word + "\"");
                word.Clear();
            }
        }
        return words.Count == 0 ? null : string.Join(" OR ", words);
    }

    private static int Run(SqliteCommand command, string? match, bool readSnippet = false)
    {
        if (match is null) return 0;
        command.Parameters["$q"].Value = match;
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            _ = reader.GetInt64(0);
            _ = reader.GetDouble(1);
            if (readSnippet) _ = reader.GetString(2);
            rows++;
        }
        return rows;
    }

    private static SqliteCommand Prepared(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$q", SqliteType.Text);
        command.Parameters["$q"].Value = "\"x\"";
        command.Prepare();
        return command;
    }

    private SqliteConnection Open(bool readOnly)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = _dbPath,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
