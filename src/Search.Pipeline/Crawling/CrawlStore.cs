using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Search.Pipeline.Crawling;

/// <summary>One URL as crawl.db knows it.</summary>
public sealed record UrlRow
{
    public required string Url { get; init; }
    public required string Source { get; init; }
    public string State { get; init; } = UrlStates.Queued;
    public string Kind { get; init; } = UrlKinds.Page;
    public int Depth { get; init; }
    public DateTime? DueUtc { get; init; }
    public DateTime? FetchedUtc { get; init; }
    public int? Status { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? ContentHash { get; init; }
    public string? ContentType { get; init; }
    public long Bytes { get; init; }
    /// <summary>The URL of the indexed document this URL's content belongs to (its canonical URL, or the first URL with the same content).</summary>
    public string? DocUrl { get; init; }
    /// <summary>The content hash confirmed in the index (set after the Lucene commit).</summary>
    public string? IndexedHash { get; init; }
    public string? SkipKind { get; init; }
    public string? Reason { get; init; }
    public string? Rule { get; init; }
    public int NotFoundCount { get; init; }
    public string? SitemapLastMod { get; init; }
}

/// <summary>An indexed document as the crawl state knows it (for the partners' views and the CSV export).</summary>
public sealed record CrawledDocument(string DocUrl, string Source, string? ContentHash, string Title, string? Publisher, string? Type, string? Date, DateTime IndexedUtc);

public sealed record CrawlRun(long Id, string Source, DateTime StartedUtc, DateTime? FinishedUtc, int Fetched, int NotModified, int Indexed, int Failed, int Skipped, int Removed, string Status);

public sealed record CrawlError(string Source, string Url, DateTime AtUtc, string Message);

/// <summary>
/// The crawl state in SQLite (<c>&lt;data&gt;/crawl.db</c>): URLs (the frontier is the queued ones),
/// links (who refers to what), documents, runs and recent errors. Every change of one URL is one
/// transaction, so a process killed at any point loses at most the URL in flight. WAL mode: the host
/// reads while a crawl writes.
/// </summary>
public sealed class CrawlStore : IDisposable
{
    public const string FileName = "crawl.db";
    private readonly SqliteConnection _db;
    private readonly TimeProvider _time;

    private CrawlStore(SqliteConnection db, TimeProvider time) => (_db, _time) = (db, time);

    /// <summary>Opens (and creates or upgrades) the crawl state; <paramref name="time"/> stamps runs, errors and queue times.</summary>
    public static CrawlStore Open(string dataPath, bool readOnly = false, TimeProvider? time = null)
    {
        Directory.CreateDirectory(dataPath);
        var path = Path.Combine(dataPath, FileName);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var db = new SqliteConnection(builder.ToString());
        db.Open();
        var store = new CrawlStore(db, time ?? TimeProvider.System);
        store.Exec("PRAGMA busy_timeout = 30000;");
        if (!readOnly)
        {
            store.CreateSchema();
            store.Migrate();
        }
        return store;
    }

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    public static bool Exists(string dataPath) => File.Exists(Path.Combine(dataPath, FileName));

    private void CreateSchema() => Exec("""
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS urls (
            url TEXT PRIMARY KEY, source TEXT NOT NULL, state TEXT NOT NULL, kind TEXT NOT NULL, depth INTEGER NOT NULL,
            due_at TEXT, fetched_at TEXT, status INTEGER, etag TEXT, last_modified TEXT, content_hash TEXT,
            content_type TEXT, bytes INTEGER NOT NULL DEFAULT 0, doc_url TEXT, indexed_hash TEXT, skip_kind TEXT,
            reason TEXT, rule TEXT, not_found INTEGER NOT NULL DEFAULT 0, sitemap_lastmod TEXT, seq INTEGER);
        CREATE INDEX IF NOT EXISTS urls_frontier ON urls(source, state, depth, seq);
        CREATE INDEX IF NOT EXISTS urls_seq ON urls(seq);
        CREATE INDEX IF NOT EXISTS urls_hash ON urls(content_hash);
        CREATE INDEX IF NOT EXISTS urls_doc ON urls(doc_url);
        CREATE TABLE IF NOT EXISTS links (from_url TEXT NOT NULL, to_url TEXT NOT NULL, anchor TEXT, PRIMARY KEY (from_url, to_url));
        CREATE INDEX IF NOT EXISTS links_to ON links(to_url);
        CREATE TABLE IF NOT EXISTS documents (doc_url TEXT PRIMARY KEY, source TEXT NOT NULL, content_hash TEXT, title TEXT NOT NULL,
            publisher TEXT, type TEXT, date TEXT, indexed_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
        CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT,
            fetched INTEGER NOT NULL DEFAULT 0, not_modified INTEGER NOT NULL DEFAULT 0, indexed INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0, removed INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS sources (id TEXT PRIMARY KEY, publisher TEXT NOT NULL, kind TEXT NOT NULL, config TEXT);
        CREATE TABLE IF NOT EXISTS errors (id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, url TEXT NOT NULL, at TEXT NOT NULL, message TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS errors_source ON errors(source, id);
        """);

    /// <summary>Brings a crawl.db written by an earlier version up to the current schema.</summary>
    private void Migrate()
    {
        // links.anchor (the text of the link) came after the first version.
        if (Scalar<long>("SELECT COUNT(*) FROM pragma_table_info('links') WHERE name = 'anchor'") == 0)
            Exec("ALTER TABLE links ADD COLUMN anchor TEXT;");
        // sources.config (the source's configuration as JSON, to extract its documents again without the sources file) too.
        if (Scalar<long>("SELECT COUNT(*) FROM pragma_table_info('sources') WHERE name = 'config'") == 0)
            Exec("ALTER TABLE sources ADD COLUMN config TEXT;");
    }

    // ---------- frontier ----------

    /// <summary>Adds a URL to the frontier unless it is known; true when it was new.</summary>
    public bool Enqueue(string source, string url, int depth, string kind = UrlKinds.Page, string? sitemapLastMod = null)
    {
        using var cmd = Command("""
            INSERT OR IGNORE INTO urls(url, source, state, kind, depth, due_at, sitemap_lastmod, seq)
            VALUES ($url, $source, 'queued', $kind, $depth, $now, $lastmod, (SELECT IFNULL(MAX(seq), 0) + 1 FROM urls))
            """, ("$url", url), ("$source", source), ("$kind", kind), ("$depth", depth), ("$now", Iso(Now)), ("$lastmod", sitemapLastMod));
        return cmd.ExecuteNonQuery() > 0;
    }

    /// <summary>Puts back in the frontier the URLs of a source whose recrawl time has come; returns how many.</summary>
    public int RequeueDue(string source, DateTime nowUtc)
    {
        using var cmd = Command("""
            UPDATE urls SET state = 'queued' WHERE source = $source AND state IN ('fetched', 'failed', 'redirected')
              AND due_at IS NOT NULL AND due_at <= $now
            """, ("$source", source), ("$now", Iso(nowUtc)));
        return cmd.ExecuteNonQuery();
    }

    /// <summary>Marks a known URL due now (a sitemap's lastmod says it changed).</summary>
    public void MarkDue(string url)
    {
        using var cmd = Command("UPDATE urls SET state = 'queued' WHERE url = $url AND state IN ('fetched', 'failed', 'redirected')", ("$url", url));
        cmd.ExecuteNonQuery();
    }

    /// <summary>The first queued URL of a source (shallowest first, then in order of discovery) that <paramref name="accept"/> takes.</summary>
    public UrlRow? NextQueued(string source, Func<UrlRow, bool> accept)
    {
        using var cmd = Command("SELECT * FROM urls WHERE source = $source AND state = 'queued' ORDER BY depth, seq", ("$source", source));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var row = Read(r);
            if (accept(row)) return row;
        }
        return null;
    }

    public int CountQueued(string source) => Scalar<long>("SELECT COUNT(*) FROM urls WHERE source = $s AND state = 'queued'", ("$s", source)) is var n ? (int)n : 0;

    public UrlRow? Get(string url)
    {
        using var cmd = Command("SELECT * FROM urls WHERE url = $url", ("$url", url));
        using var r = cmd.ExecuteReader();
        return r.Read() ? Read(r) : null;
    }

    /// <summary>
    /// Writes a URL's row and, in the same transaction, the links found on it (with their text, when
    /// <paramref name="anchors"/> has it) and the new URLs they lead to.
    /// </summary>
    public void Save(UrlRow row, IEnumerable<(string Url, int Depth)>? discovered = null, IEnumerable<UrlRow>? skippedLinks = null,
        IReadOnlyDictionary<string, string>? anchors = null)
    {
        using var tx = _db.BeginTransaction();
        Upsert(row);
        foreach (var (url, depth) in discovered ?? [])
        {
            Link(row.Url, url, anchors?.GetValueOrDefault(url));
            Enqueue(row.Source, url, depth);
        }
        foreach (var skipped in skippedLinks ?? [])
        {
            Link(row.Url, skipped.Url, anchors?.GetValueOrDefault(skipped.Url));
            if (Get(skipped.Url) is null) Upsert(skipped);
        }
        tx.Commit();
    }

    /// <summary>Records why a URL was not fetched or not indexed (never downgrades a URL that is indexed).</summary>
    public void Skip(UrlRow row, SkipKind kind, string reason, string? rule = null)
    {
        Save(row with
        {
            State = UrlStates.Skipped,
            SkipKind = kind.ToString(),
            Reason = reason,
            Rule = rule,
            DueUtc = Now,
        });
    }

    /// <summary>Records that <paramref name="from"/> (a page, a feed) leads to <paramref name="to"/>, with the link's text.</summary>
    public void AddLink(string from, string to, string? anchor) => Link(from, to, anchor);

    private void Link(string from, string to, string? anchor = null)
    {
        // A page fetched again keeps its links; a link text seen now replaces the one seen before.
        using var cmd = Command("""
            INSERT INTO links(from_url, to_url, anchor) VALUES ($f, $t, $a)
            ON CONFLICT(from_url, to_url) DO UPDATE SET anchor = IFNULL($a, anchor)
            """, ("$f", from), ("$t", to), ("$a", anchor));
        cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// The texts of the links leading to a URL (or to the URLs whose content became that document),
    /// most frequent first: title candidates for a document whose file names itself badly.
    /// </summary>
    public IReadOnlyList<string> LinkTexts(string url)
    {
        using var cmd = Command("""
            SELECT anchor, COUNT(*) AS n FROM links
            WHERE anchor IS NOT NULL AND (to_url = $u OR to_url IN (SELECT url FROM urls WHERE doc_url = $u))
            GROUP BY anchor ORDER BY n DESC, LENGTH(anchor) DESC, anchor
            """, ("$u", url));
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    private void Upsert(UrlRow row)
    {
        using var cmd = Command("""
            INSERT INTO urls(url, source, state, kind, depth, due_at, fetched_at, status, etag, last_modified, content_hash, content_type,
                             bytes, doc_url, indexed_hash, skip_kind, reason, rule, not_found, sitemap_lastmod, seq)
            VALUES ($url, $source, $state, $kind, $depth, $due, $fetched, $status, $etag, $lm, $hash, $ctype, $bytes, $doc, $ihash,
                    $skip, $reason, $rule, $nf, $slm, (SELECT IFNULL(MAX(seq), 0) + 1 FROM urls))
            ON CONFLICT(url) DO UPDATE SET source = $source, state = $state, kind = $kind, depth = MIN(depth, $depth), due_at = $due,
                fetched_at = $fetched, status = $status, etag = $etag, last_modified = $lm, content_hash = $hash, content_type = $ctype,
                bytes = $bytes, doc_url = $doc, indexed_hash = $ihash, skip_kind = $skip, reason = $reason, rule = $rule,
                not_found = $nf, sitemap_lastmod = $slm
            """,
            ("$url", row.Url), ("$source", row.Source), ("$state", row.State), ("$kind", row.Kind), ("$depth", row.Depth),
            ("$due", Iso(row.DueUtc)), ("$fetched", Iso(row.FetchedUtc)), ("$status", row.Status), ("$etag", row.ETag),
            ("$lm", row.LastModified), ("$hash", row.ContentHash), ("$ctype", row.ContentType), ("$bytes", row.Bytes),
            ("$doc", row.DocUrl), ("$ihash", row.IndexedHash), ("$skip", row.SkipKind), ("$reason", row.Reason), ("$rule", row.Rule),
            ("$nf", row.NotFoundCount), ("$slm", row.SitemapLastMod));
        cmd.ExecuteNonQuery();
    }

    // ---------- documents ----------

    /// <summary>The document URL already holding this content (content-hash dedup), if any.</summary>
    public string? DocumentWithContent(string contentHash, string exceptUrl) =>
        Scalar<string>("SELECT doc_url FROM urls WHERE content_hash = $h AND doc_url IS NOT NULL AND url <> $u AND state = 'fetched' LIMIT 1",
            ("$h", contentHash), ("$u", exceptUrl));

    /// <summary>
    /// URLs fetched and meant to be indexed whose content is not confirmed in the index (a crash before the commit), or
    /// was confirmed with a hash not stamped with <paramref name="stamp"/> (the current pipeline version).
    /// </summary>
    public IReadOnlyList<UrlRow> PendingIndexing(string source, string stamp)
    {
        using var cmd = Command("""
            SELECT * FROM urls WHERE source = $s AND doc_url IS NOT NULL AND content_hash IS NOT NULL
              AND (indexed_hash IS NULL OR indexed_hash <> $stamp || content_hash) AND state IN ('fetched', 'queued')
            """, ("$s", source), ("$stamp", stamp));
        using var r = cmd.ExecuteReader();
        var rows = new List<UrlRow>();
        while (r.Read()) rows.Add(Read(r));
        return rows;
    }

    /// <summary>The fetched pages and documents of a source that are in the index: one row per document URL, its own first.</summary>
    public IReadOnlyList<UrlRow> IndexedDocuments(string source)
    {
        using var cmd = Command("""
            SELECT * FROM urls WHERE source = $s AND doc_url IS NOT NULL AND content_hash IS NOT NULL AND indexed_hash IS NOT NULL
              AND kind <> 'record' AND state IN ('fetched', 'queued')
            ORDER BY doc_url, url <> doc_url
            """, ("$s", source));
        using var r = cmd.ExecuteReader();
        var rows = new List<UrlRow>();
        while (r.Read())
        {
            var row = Read(r);
            if (rows.Count == 0 || rows[^1].DocUrl != row.DocUrl) rows.Add(row);
        }
        return rows;
    }

    /// <summary>True when catalogue records of the source were confirmed with a hash not stamped with <paramref name="stamp"/>.</summary>
    public bool HasStaleRecords(string source, string stamp) =>
        Scalar<long>("SELECT COUNT(*) FROM urls WHERE source = $s AND kind = 'record' AND indexed_hash IS NOT NULL AND substr(indexed_hash, 1, length($stamp)) <> $stamp",
            ("$s", source), ("$stamp", stamp)) > 0;

    /// <summary>After a Lucene commit: the URLs whose content is now in the index, and their documents.</summary>
    public void ConfirmIndexed(IEnumerable<(string Url, string Hash, CrawledDocument Document)> items)
    {
        using var tx = _db.BeginTransaction();
        foreach (var (url, hash, doc) in items)
        {
            using (var cmd = Command("UPDATE urls SET indexed_hash = $h WHERE url = $u", ("$h", hash), ("$u", url))) cmd.ExecuteNonQuery();
            using (var cmd = Command("""
                       INSERT INTO documents(doc_url, source, content_hash, title, publisher, type, date, indexed_at)
                       VALUES ($d, $s, $h, $t, $p, $ty, $dt, $at)
                       ON CONFLICT(doc_url) DO UPDATE SET source = $s, content_hash = $h, title = $t, publisher = $p, type = $ty, date = $dt, indexed_at = $at
                       """, ("$d", doc.DocUrl), ("$s", doc.Source), ("$h", doc.ContentHash), ("$t", doc.Title), ("$p", doc.Publisher),
                       ("$ty", doc.Type), ("$dt", doc.Date), ("$at", Iso(doc.IndexedUtc))))
                cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    /// <summary>After a Lucene commit that deleted it: the document is gone.</summary>
    public void ConfirmRemoved(string docUrl)
    {
        using var tx = _db.BeginTransaction();
        using (var cmd = Command("DELETE FROM documents WHERE doc_url = $d", ("$d", docUrl))) cmd.ExecuteNonQuery();
        using (var cmd = Command("UPDATE urls SET doc_url = NULL, indexed_hash = NULL WHERE doc_url = $d AND state = 'gone'", ("$d", docUrl))) cmd.ExecuteNonQuery();
        tx.Commit();
    }

    public CrawledDocument? Document(string docUrl)
    {
        using var cmd = Command("SELECT * FROM documents WHERE doc_url = $d", ("$d", docUrl));
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadDocument(r) : null;
    }

    public IReadOnlyList<CrawledDocument> Documents(string? source = null)
    {
        using var cmd = Command("SELECT * FROM documents WHERE ($s IS NULL OR source = $s) ORDER BY date DESC, title", ("$s", source));
        using var r = cmd.ExecuteReader();
        var list = new List<CrawledDocument>();
        while (r.Read()) list.Add(ReadDocument(r));
        return list;
    }

    /// <summary>Pages linking to the document, under any of the URLs that lead to it (redirects, duplicates, canonical).</summary>
    public IReadOnlyList<string> Referrers(string docUrl)
    {
        using var cmd = Command("""
            SELECT DISTINCT l.from_url FROM links l WHERE l.to_url = $d OR l.to_url IN (SELECT url FROM urls WHERE doc_url = $d)
            ORDER BY l.from_url
            """, ("$d", docUrl));
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    /// <summary>The URLs a page links to (or a redirect leads to).</summary>
    public IReadOnlyList<string> LinksFrom(string url)
    {
        using var cmd = Command("SELECT to_url FROM links WHERE from_url = $u ORDER BY to_url", ("$u", url));
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    /// <summary>Every source id crawl.db knows.</summary>
    public IReadOnlyList<string> SourceIds()
    {
        using var cmd = Command("SELECT id FROM sources UNION SELECT source FROM runs UNION SELECT source FROM documents ORDER BY 1");
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    // ---------- runs, errors, summaries ----------

    /// <summary>Records a source's publisher and kind (for the partners' views when the configuration is not at hand).</summary>
    public void SaveSource(SourceConfig source)
    {
        using var cmd = Command("INSERT INTO sources(id, publisher, kind, config) VALUES ($i, $p, $k, $c) ON CONFLICT(id) DO UPDATE SET publisher = $p, kind = $k, config = $c",
            ("$i", source.Id), ("$p", source.Publisher), ("$k", source.Kind), ("$c", System.Text.Json.JsonSerializer.Serialize(source)));
        cmd.ExecuteNonQuery();
    }

    /// <summary>The configuration of every source as its last crawl saw it (sources crawled before it was kept are left out).</summary>
    public IReadOnlyList<SourceConfig> SavedSources()
    {
        using var cmd = Command("SELECT config FROM sources WHERE config IS NOT NULL ORDER BY id");
        using var r = cmd.ExecuteReader();
        var sources = new List<SourceConfig>();
        while (r.Read()) sources.Add(System.Text.Json.JsonSerializer.Deserialize<SourceConfig>(r.GetString(0))!);
        return sources;
    }

    /// <summary>Publisher and kind of every source crawl.db knows.</summary>
    public IReadOnlyDictionary<string, (string Publisher, string Kind)> KnownSources()
    {
        using var cmd = Command("SELECT id, publisher, kind FROM sources");
        using var r = cmd.ExecuteReader();
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        while (r.Read()) result[r.GetString(0)] = (r.GetString(1), r.GetString(2));
        return result;
    }

    public long StartRun(string source)
    {
        using var cmd = Command("INSERT INTO runs(source, started_at, status) VALUES ($s, $t, 'running') RETURNING id", ("$s", source), ("$t", Iso(Now)));
        return (long)cmd.ExecuteScalar()!;
    }

    public void FinishRun(long id, SourceProgress p, string status)
    {
        using var cmd = Command("""
            UPDATE runs SET finished_at = $t, fetched = $f, not_modified = $nm, indexed = $i, failed = $e, skipped = $sk, removed = $r, status = $st WHERE id = $id
            """, ("$t", Iso(Now)), ("$f", p.Fetched), ("$nm", p.NotModified), ("$i", p.Indexed), ("$e", p.Errors),
            ("$sk", p.Skipped), ("$r", p.Removed), ("$st", status), ("$id", id));
        cmd.ExecuteNonQuery();
    }

    /// <summary>The start of the last run of a source that completed (for "modified since" harvests).</summary>
    public DateTimeOffset? LastCompletedRunStart(string source)
    {
        var value = Scalar<string>("SELECT started_at FROM runs WHERE source = $s AND status = 'completed' ORDER BY id DESC LIMIT 1", ("$s", source));
        return value is null ? null : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    public CrawlRun? LastRun(string source)
    {
        using var cmd = Command("SELECT * FROM runs WHERE source = $s ORDER BY id DESC LIMIT 1", ("$s", source));
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return new CrawlRun(r.GetInt64(r.GetOrdinal("id")), r.GetString(r.GetOrdinal("source")), ParseIso(r, "started_at")!.Value, ParseIso(r, "finished_at"),
            Int(r, "fetched"), Int(r, "not_modified"), Int(r, "indexed"), Int(r, "failed"), Int(r, "skipped"), Int(r, "removed"), r.GetString(r.GetOrdinal("status")));
    }

    public void AddError(string source, string url, string message)
    {
        using var cmd = Command("INSERT INTO errors(source, url, at, message) VALUES ($s, $u, $t, $m)", ("$s", source), ("$u", url), ("$t", Iso(Now)), ("$m", message));
        cmd.ExecuteNonQuery();
    }

    public IReadOnlyList<CrawlError> RecentErrors(string source, int count = 20)
    {
        using var cmd = Command("SELECT * FROM errors WHERE source = $s ORDER BY id DESC LIMIT $n", ("$s", source), ("$n", count));
        using var r = cmd.ExecuteReader();
        var list = new List<CrawlError>();
        while (r.Read()) list.Add(new CrawlError(r.GetString(r.GetOrdinal("source")), r.GetString(r.GetOrdinal("url")), ParseIso(r, "at")!.Value, r.GetString(r.GetOrdinal("message"))));
        return list;
    }

    /// <summary>URL counts of a source by state, and skipped URLs by reason kind.</summary>
    public (IReadOnlyDictionary<string, int> ByState, IReadOnlyDictionary<string, int> SkippedBy) Counts(string source)
    {
        var byState = new Dictionary<string, int>();
        var skipped = new Dictionary<string, int>();
        using (var cmd = Command("SELECT state, COUNT(*) FROM urls WHERE source = $s GROUP BY state", ("$s", source)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) byState[r.GetString(0)] = r.GetInt32(1);
        using (var cmd = Command("SELECT skip_kind, COUNT(*) FROM urls WHERE source = $s AND skip_kind IS NOT NULL AND state = 'skipped' GROUP BY skip_kind", ("$s", source)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) skipped[r.GetString(0)] = r.GetInt32(1);
        return (byState, skipped);
    }

    public int DocumentCount(string source) => (int)Scalar<long>("SELECT COUNT(*) FROM documents WHERE source = $s", ("$s", source));

    // ---------- plumbing ----------

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private void Exec(string sql)
    {
        using var cmd = Command(sql);
        cmd.ExecuteNonQuery();
    }

    private T? Scalar<T>(string sql, params (string, object?)[] parameters)
    {
        using var cmd = Command(sql, parameters);
        var value = cmd.ExecuteScalar();
        return value is null or DBNull ? default : (T)value;
    }

    private static string? Iso(DateTime? t) => t?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static DateTime? ParseIso(SqliteDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : DateTime.Parse(r.GetString(i), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }

    private static string? Str(SqliteDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetString(i);
    }

    private static int Int(SqliteDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? 0 : r.GetInt32(i);
    }

    private static UrlRow Read(SqliteDataReader r) => new()
    {
        Url = r.GetString(r.GetOrdinal("url")),
        Source = r.GetString(r.GetOrdinal("source")),
        State = r.GetString(r.GetOrdinal("state")),
        Kind = r.GetString(r.GetOrdinal("kind")),
        Depth = Int(r, "depth"),
        DueUtc = ParseIso(r, "due_at"),
        FetchedUtc = ParseIso(r, "fetched_at"),
        Status = r.IsDBNull(r.GetOrdinal("status")) ? null : Int(r, "status"),
        ETag = Str(r, "etag"),
        LastModified = Str(r, "last_modified"),
        ContentHash = Str(r, "content_hash"),
        ContentType = Str(r, "content_type"),
        Bytes = r.IsDBNull(r.GetOrdinal("bytes")) ? 0 : r.GetInt64(r.GetOrdinal("bytes")),
        DocUrl = Str(r, "doc_url"),
        IndexedHash = Str(r, "indexed_hash"),
        SkipKind = Str(r, "skip_kind"),
        Reason = Str(r, "reason"),
        Rule = Str(r, "rule"),
        NotFoundCount = Int(r, "not_found"),
        SitemapLastMod = Str(r, "sitemap_lastmod"),
    };

    private static CrawledDocument ReadDocument(SqliteDataReader r) => new(
        r.GetString(r.GetOrdinal("doc_url")), r.GetString(r.GetOrdinal("source")), Str(r, "content_hash"), r.GetString(r.GetOrdinal("title")),
        Str(r, "publisher"), Str(r, "type"), Str(r, "date"), ParseIso(r, "indexed_at")!.Value);

    public void Dispose() => _db.Dispose();
}
