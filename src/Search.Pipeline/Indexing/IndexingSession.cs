using System.Diagnostics;
using Search.Core.Documents;
using Search.Core.Indexing;

namespace Search.Pipeline.Indexing;

/// <summary>
/// One run of writes into an index, shared by the folder ingest, the crawler and the rebuild: upserts and deletes
/// through the one <see cref="DocumentIndexWriter"/>, a commit every <see cref="CommitEvery"/> documents or every
/// <see cref="CommitInterval"/>, and the pipeline version, stamped on every document's hash and, once no document
/// of another version is left, on the index itself (commit user data, see <see cref="VersionOf"/>).
/// <para>
/// Workers upsert in parallel (the <see cref="Lucene.Net.Index.IndexWriter"/> is thread-safe). The worker that
/// crosses a threshold commits, outside any lock the others need: they go on indexing meanwhile, and a worker that
/// finds a commit under way leaves it to that one. A process killed between commits leaves the last one intact.
/// </para>
/// </summary>
public sealed class IndexingSession : IDisposable
{
    /// <summary>Bumped when extraction, metadata, territory recognition, the analysis (stem exceptions), the schema or the
    /// index's layout on disk (28: stored fields in smaller chunks, <see cref="Search.Core.Indexing.IndexSettings.Codec"/>) changes, so
    /// that every document is extracted and indexed again.</summary>
    public const string PipelineVersion = "32";

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
    private TimeSpan _lastCommit;

    private IndexingSession(DocumentIndexWriter writer, int commitEvery, TimeSpan commitInterval)
    {
        _writer = writer;
        CommitEvery = commitEvery;
        CommitInterval = commitInterval;
    }

    /// <summary>
    /// Opens the index for writing (created when missing); <see cref="IndexLockedException"/> when another writer holds it.
    /// Each commit flushes small segments that are merged again later, so <paramref name="commitEvery"/> is large by
    /// default: <paramref name="commitInterval"/> (60 s by default) bounds the work a killed process loses.
    /// </summary>
    public static IndexingSession Open(string indexPath, int commitEvery = DefaultCommitEvery, TimeSpan? commitInterval = null) =>
        new(DocumentIndexWriter.Open(indexPath), Math.Max(1, commitEvery), commitInterval ?? TimeSpan.FromSeconds(60));

    /// <summary>Documents written between two commits.</summary>
    public int CommitEvery { get; }

    /// <summary>Time between two commits while documents are being written.</summary>
    public TimeSpan CommitInterval { get; }

    /// <summary>Id -> (content hash, source path) of the documents of one origin (see <see cref="DocumentIndexWriter.DocumentsOf"/>).</summary>
    public IReadOnlyDictionary<string, (string? Hash, string? Path)> DocumentsOf(string origin) => _writer.DocumentsOf(origin);

    /// <summary>Adds or replaces a document, and commits when a threshold is crossed. Thread-safe.</summary>
    public void Upsert(SearchDocument document)
    {
        _writer.Upsert(document);
        Interlocked.Increment(ref _sinceCommit);
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

    public void Delete(string id) => _writer.Delete(id);

    private bool CommitDue() => Volatile.Read(ref _sinceCommit) >= CommitEvery || _clock.Elapsed - _lastCommit >= CommitInterval;

    /// <summary>Commits now; the index keeps the version it had.</summary>
    public void Commit()
    {
        lock (_commitGate) CommitLocked(null);
    }

    /// <summary>
    /// The last commit of a run that went through: also stamps the index with <see cref="PipelineVersion"/> when no
    /// document of another version is left in it. Returns the number of such documents.
    /// </summary>
    public int Complete()
    {
        lock (_commitGate)
        {
            var stale = _writer.CountWithoutHashPrefix(HashPrefix);
            CommitLocked(stale == 0 ? new Dictionary<string, string> { [VersionKey] = PipelineVersion } : null);
            return stale;
        }
    }

    private void CommitLocked(IDictionary<string, string>? userData)
    {
        Interlocked.Exchange(ref _sinceCommit, 0);
        _writer.Commit(userData);
        _lastCommit = _clock.Elapsed;
    }

    public void Dispose() => _writer.Dispose();
}
