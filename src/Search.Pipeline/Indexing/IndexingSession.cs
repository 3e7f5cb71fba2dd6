using System.Diagnostics;
using Search.Core.Documents;
using Search.Core.Indexing;

namespace Search.Pipeline.Indexing;

/// <summary>
/// One run of writes into an index, shared by the folder ingest, the crawler and the rebuild: upserts and deletes
/// through the one <see cref="DocumentIndexWriter"/>, commits as its <see cref="CommitPolicy"/> says (by documents and
/// text written, and for crawls and rebuilds also by time), and the pipeline version, stamped on every document's hash
/// and, once no document of another version is left, on the index itself (commit user data, see <see cref="VersionOf"/>).
/// <para>
/// Workers upsert in parallel (the <see cref="Lucene.Net.Index.IndexWriter"/> is thread-safe), or queue their documents to
/// the session's write threads (<see cref="Enqueue"/>, the folder ingest's way). The worker that
/// crosses a threshold commits, outside any lock the others need: they go on indexing meanwhile, and a worker that
/// finds a commit under way leaves it to that one. A process killed between commits leaves the last one intact.
/// </para>
/// </summary>
public sealed class IndexingSession : IDisposable
{
    /// <summary>Bumped when extraction, metadata, territory recognition, the analysis (stem exceptions), the schema or the
    /// index's layout on disk (28: stored fields in smaller chunks, <see cref="Search.Core.Indexing.IndexSettings.Codec"/>; 39: the
    /// synonym data's expressions indexed as terms, <see cref="Search.Core.Analysis.PhrasePostings"/>) changes, so that every document
    /// is extracted and indexed again.</summary>
    public const string PipelineVersion = "39";

    /// <summary>The commit user data key holding the version of the pipeline that wrote the whole index.</summary>
    public const string VersionKey = "pipeline-version";

    public const int DefaultCommitEvery = 10_000;

    /// <summary>The prefix of the hashes this version writes.</summary>
    public static string HashPrefix => "v" + PipelineVersion + ":";

    /// <summary>A content hash stamped with the pipeline version: a document of another version never looks unchanged.</summary>
    public static string Stamp(string hash) => HashPrefix + Unstamped(hash);

    /// <summary>The hash without its version stamp.</summary>
    public static string Unstamped(string hash)
    {
        var colon = hash.IndexOf(':');
        return colon > 1 && hash[0] == 'v' && !hash.AsSpan(1, colon - 1).ContainsAnyExceptInRange('0', '9') ? hash[(colon + 1)..] : hash;
    }

    /// <summary>The pipeline version an index was completed with; null when there is none (empty, unfinished or older).</summary>
    public static string? VersionOf(string indexPath) =>
        DocumentIndexWriter.ReadCommitData(indexPath).TryGetValue(VersionKey, out var version) ? version : null;

    private readonly DocumentIndexWriter _writer;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _commitGate = new();
    private int _sinceCommit;
    private int _written;
    private long _textSinceCommit;
    private TimeSpan _lastCommit;

    private IndexingSession(DocumentIndexWriter writer, CommitPolicy policy)
    {
        _writer = writer;
        Policy = policy with { Documents = Math.Max(1, policy.Documents), TextBytes = Math.Max(1, policy.TextBytes) };
    }

    /// <summary>
    /// Opens the index for writing (created when missing); <see cref="IndexLockedException"/> when another writer holds it.
    /// Each commit flushes small segments that are merged again later, so <paramref name="commitEvery"/> is large by
    /// default: <paramref name="commitInterval"/> (60 s by default) bounds the work a killed process loses. The policy of
    /// crawls and rebuilds; a folder ingest commits by the work done (<see cref="CommitPolicy.ByWork"/>).
    /// </summary>
    public static IndexingSession Open(string indexPath, int commitEvery = DefaultCommitEvery, TimeSpan? commitInterval = null) =>
        Open(indexPath, new CommitPolicy(commitEvery, long.MaxValue, commitInterval ?? TimeSpan.FromSeconds(60)));

    /// <summary>Opens the index for writing with the given commit policy (see the other overload), and
    /// <paramref name="writeThreads"/> dedicated threads for <see cref="Enqueue"/> (0: every write on its caller's thread;
    /// see <see cref="DocumentIndexWriter.Enqueue"/>).</summary>
    public static IndexingSession Open(string indexPath, CommitPolicy policy, int writeThreads = 0) =>
        new(DocumentIndexWriter.Open(indexPath, writeThreads: writeThreads), policy);

    /// <summary>When this session commits while documents are written.</summary>
    public CommitPolicy Policy { get; }

    /// <summary>Documents written between two commits.</summary>
    public int CommitEvery => Policy.Documents;

    /// <summary>Id -> (content hash, source path) of the documents of one origin (see <see cref="DocumentIndexWriter.DocumentsOf"/>).</summary>
    public IReadOnlyDictionary<string, (string? Hash, string? Path)> DocumentsOf(string origin) => _writer.DocumentsOf(origin);

    /// <summary>Adds or replaces a document, and commits when a threshold is crossed. Thread-safe.</summary>
    public void Upsert(SearchDocument document)
    {
        _writer.Upsert(document);
        Counted(document);
    }

    /// <summary>
    /// Adds or replaces a document through the session's write threads when it has some (<see cref="Open(string, CommitPolicy, int)"/>),
    /// else now, and commits when a threshold is crossed. <paramref name="written"/> says when the document is written, or
    /// why it could not be; it may run on a write thread and must not wait for the session. Thread-safe.
    /// </summary>
    public void Enqueue(SearchDocument document, Action<Exception?> written)
    {
        _writer.Enqueue(document, written);
        Counted(document);
    }

    private void Counted(SearchDocument document)
    {
        Interlocked.Increment(ref _written);
        Interlocked.Increment(ref _sinceCommit);
        if (Policy.TextBytes != long.MaxValue) Interlocked.Add(ref _textSinceCommit, TextBytes(document));
        if (CommitDue() && _commitGate.TryEnter())
        {
            try
            {
                if (CommitDue()) CommitLocked(null);
            }
            finally
            {
                _commitGate.Exit();
            }
        }
    }

    /// <summary>Returns once every document and delete queued before is written (see <see cref="Enqueue"/>).</summary>
    public void WaitForWrites() => _writer.WaitForWrites();

    public void Delete(string id)
    {
        _writer.Delete(id);
        Interlocked.Increment(ref _written);
    }

    /// <summary>
    /// A run that wrote at least this share of the index (documents added, replaced or deleted, against the documents the
    /// index then holds) merges it into one segment before its last commit (<see cref="Complete"/>).
    /// </summary>
    public const double CompactShare = 0.25;

    private bool CommitDue() =>
        Volatile.Read(ref _sinceCommit) >= Policy.Documents
        || Volatile.Read(ref _textSinceCommit) >= Policy.TextBytes
        || Policy.Interval is { } interval && _clock.Elapsed - _lastCommit >= interval;

    /// <summary>The bytes of a document's text in UTF-8 (title, summary and pages): what <see cref="CommitPolicy.TextBytes"/> counts.</summary>
    public static long TextBytes(SearchDocument document)
    {
        long bytes = System.Text.Encoding.UTF8.GetByteCount(document.Title ?? "") + System.Text.Encoding.UTF8.GetByteCount(document.Summary ?? "");
        foreach (var page in document.Pages) bytes += System.Text.Encoding.UTF8.GetByteCount(page);
        return bytes;
    }

    /// <summary>Commits now; the index keeps the version it had.</summary>
    public void Commit()
    {
        lock (_commitGate) CommitLocked(null);
    }

    /// <summary>
    /// The last commit of a run that went through: also stamps the index with <see cref="PipelineVersion"/> when no
    /// document of another version is left in it. Returns the number of such documents.
    /// <para>
    /// A run that wrote a large share of the index (<see cref="CompactShare"/>: a first ingest, a rebuild, a re-ingest
    /// after an upgrade) first merges it into one segment. Every query pays a fixed cost per segment and per word (terms dictionary lookups, postings enumerators and
    /// their buffers, in each phase), and the merge policy leaves a bulk ingest in several segments (5 at 100,000
    /// documents): one segment took a third of a query's CPU time off at that size, for a merge of 15 s of CPU
    /// (docs/BENCHMARKS.md, "Twenty-first session"). The merge needs free disk space about the size of the index until
    /// the commit; a process killed during it leaves the previous commit intact. Runs that write a few documents (a crawl
    /// of new pages) leave the index to the merge policy, which merges small segments among themselves.
    /// </para>
    /// </summary>
    public int Complete()
    {
        lock (_commitGate)
        {
            // A no-op when the index already is one segment and nothing is buffered.
            if (Volatile.Read(ref _written) >= CompactShare * Math.Max(1, _writer.MaxDoc)) _writer.ForceMerge(1);
            var stale = _writer.CountWithoutHashPrefix(HashPrefix);
            CommitLocked(stale == 0 ? new Dictionary<string, string> { [VersionKey] = PipelineVersion } : null);
            return stale;
        }
    }

    private void CommitLocked(IDictionary<string, string>? userData)
    {
        Interlocked.Exchange(ref _sinceCommit, 0);
        Interlocked.Exchange(ref _textSinceCommit, 0);
        _writer.Commit(userData);
        _lastCommit = _clock.Elapsed;
    }

    public void Dispose() => _writer.Dispose();
}

/// <summary>
/// When an <see cref="IndexingSession"/> commits while documents are written: once <see cref="Documents"/> documents or
/// <see cref="TextBytes"/> bytes of text (UTF-8: title, summary and pages) were written since the last commit, or once
/// <see cref="Interval"/> has passed since it (null: never by time). Every commit flushes the writer's buffers into new
/// segments, which the merge policy merges again: a commit by time made a loaded machine's ingest (longer in wall time for
/// the same work) flush and merge more, while commits by work give the same segments whatever the load. What a process
/// killed between two commits loses is at most what one of them allows.
/// </summary>
public sealed record CommitPolicy(int Documents, long TextBytes = long.MaxValue, TimeSpan? Interval = null)
{
    /// <summary>The folder ingest's thresholds: 10,000 documents or 64 MB of text, whichever comes first (64 MB is about
    /// 10,000 generated pages of 6.5 KB of text, or some 20,000 pages of PDF reports: what a killed ingest redoes at most).</summary>
    public const int WorkDocuments = 10_000;

    /// <inheritdoc cref="WorkDocuments"/>
    public const long WorkTextBytes = 64L * 1024 * 1024;

    /// <summary>Commits by the work done only, never by time (the folder ingest's policy).</summary>
    public static CommitPolicy ByWork(int documents = WorkDocuments, long textBytes = WorkTextBytes) => new(documents, textBytes);
}
