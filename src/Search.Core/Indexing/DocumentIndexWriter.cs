using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Documents;

namespace Search.Core.Indexing;

/// <summary>
/// The only writer of an index directory (a second one, in this process or another, fails with
/// <see cref="IndexLockedException"/>: see <see cref="ProcessLock"/>). Upserts are keyed by document id, so writing a document
/// twice never duplicates it. Nothing is visible to readers, nor durable, before <see cref="Commit"/>:
/// a process killed between commits leaves the previous commit intact.
/// </summary>
public sealed class DocumentIndexWriter : IDisposable
{
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly FileStream _processLock;

    private readonly WriteLane[] _lanes;

    private DocumentIndexWriter(FSDirectory directory, IndexWriter writer, FileStream processLock, int writeThreads)
    {
        _directory = directory;
        _writer = writer;
        _processLock = processLock;
        _lanes = new WriteLane[Math.Max(0, writeThreads)];
        for (var i = 0; i < _lanes.Length; i++) _lanes[i] = new WriteLane($"index-writer-{i + 1}");
    }

    /// <summary>The file whose exclusive lock marks the index as written (see <see cref="ProcessLock"/>).</summary>
    public const string ProcessLockName = "writer.lock";

    /// <param name="mergePolicy">Replaces <see cref="IndexSettings.MergePolicy"/> (tests that need the segments they commit
    /// pass <see cref="NoMergePolicy"/>).</param>
    /// <param name="writeThreads">0: <see cref="Upsert"/> and <see cref="Delete"/> write on the caller's thread. More: writes go
    /// through <see cref="Enqueue"/>'s dedicated threads (see there).</param>
    public static DocumentIndexWriter Open(string indexPath, MergePolicy? mergePolicy = null, int writeThreads = 0)
    {
        System.IO.Directory.CreateDirectory(indexPath);
        var processLock = ProcessLock(indexPath);
        var directory = SearcherDirectory.ForWriter(indexPath);
        try
        {
            var config = IndexSettings.WriterConfig();
            if (mergePolicy is not null) config.MergePolicy = mergePolicy;
            return new DocumentIndexWriter(directory, new IndexWriter(directory, config), processLock, writeThreads);
        }
        catch (Exception e)
        {
            directory.Dispose();
            processLock.Dispose();
            if (e is LockObtainFailedException) throw new IndexLockedException(indexPath, e);
            throw;
        }
    }

    /// <summary>
    /// Lucene.Net's native lock (<c>write.lock</c>) only keeps out the writers of the same process on Linux: two
    /// processes both obtained it, wrote segments of the same names, and left a corrupt index. So every writer first
    /// opens <see cref="ProcessLockName"/> exclusively (<see cref="FileShare.None"/>: an advisory <c>flock</c> on Unix,
    /// released by the kernel when the process dies, even by kill -9), and keeps it open while it writes.
    /// </summary>
    private static FileStream ProcessLock(string indexPath)
    {
        try
        {
            return new FileStream(Path.Combine(indexPath, ProcessLockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException)
        {
            throw new IndexLockedException(indexPath, e);
        }
    }

    /// <summary>
    /// Takes the index's write lock without writing (another writer is refused with <see cref="IndexLockedException"/>)
    /// until disposed.
    /// </summary>
    public static IDisposable HoldLock(string indexPath)
    {
        var processLock = ProcessLock(indexPath);
        var directory = FSDirectory.Open(indexPath);
        var writeLock = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        try
        {
            if (!writeLock.Obtain()) throw new IndexLockedException(indexPath, new LockObtainFailedException("write.lock is held"));
        }
        catch (Exception)
        {
            writeLock.Dispose();
            directory.Dispose();
            processLock.Dispose();
            throw;
        }
        return new HeldLock(writeLock, directory, processLock);
    }

    private sealed class HeldLock(Lucene.Net.Store.Lock writeLock, FSDirectory directory, FileStream processLock) : IDisposable
    {
        public void Dispose()
        {
            writeLock.Dispose();
            directory.Dispose();
            processLock.Dispose();
        }
    }

    /// <summary>Adds or replaces a document, now. Thread-safe: workers may upsert in parallel. With write threads, the
    /// document is written by its lane, after what was queued before, and this returns once it is.</summary>
    public void Upsert(SearchDocument document)
    {
        if (_lanes.Length == 0)
        {
            _writer.UpdateDocument(new Term(Schema.Id, document.Id), Prepare(document));
            return;
        }
        Exception? failure = null;
        using (var written = new ManualResetEventSlim())
        {
            Enqueue(document, e =>
            {
                failure = e;
                written.Set();
            });
            written.Wait();
        }
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }

    /// <summary>
    /// Adds or replaces a document and calls <paramref name="written"/> once it is in the writer's buffers (null) or could not
    /// be (the exception). The Lucene document is built and its title and pages analysed on the caller's thread; without
    /// write threads it is written there too, before this returns. With them (<see cref="Open"/>), a lane chosen by the
    /// document's id writes it, in the order its documents and deletes were queued, and <paramref name="written"/> runs on
    /// that lane's thread: it must not wait for the writer (<see cref="Commit"/>, <see cref="MaxDoc"/>…). A full lane blocks
    /// the caller.
    /// <para>
    /// Why lanes: Lucene gives each thread that writes its own in-memory segment, so two ingest threads ended a first ingest
    /// with two segments flushed one after the other and then merged into one on a single core (a tenth of the 10k ingest's
    /// wall), and threads sharing one in-memory segment wait for each other at Lucene's lock (docs/BENCHMARKS.md,
    /// "Twenty-eighth session (ing28)"). One lane fed by the ingest threads is one in-memory segment without that lock: the
    /// threads extract and analyse, the lane only inverts and stores (about a fifth of an HTML page's CPU), and a
    /// first ingest that fits in the buffer ends with one segment, flushed once, merged never.
    /// </para>
    /// </summary>
    public void Enqueue(SearchDocument document, Action<Exception?> written)
    {
        var lucene = Prepare(document);
        var term = new Term(Schema.Id, document.Id);
        void Write()
        {
            Exception? failure = null;
            try
            {
                _writer.UpdateDocument(term, lucene);
            }
            catch (Exception e)
            {
                failure = e;
            }
            written(failure);
        }

        if (_lanes.Length == 0) Write();
        else LaneOf(document.Id).Add(Write, TextChars(document));
    }

    /// <summary>The characters of a document's text (title, summary and pages): what a queued document weighs.</summary>
    private static long TextChars(SearchDocument document)
    {
        long chars = (document.Title?.Length ?? 0) + (document.Summary?.Length ?? 0);
        foreach (var page in document.Pages) chars += page.Length;
        return chars;
    }

    /// <summary>The Lucene document of a search document, its texts' analysis prepared.</summary>
    private static Lucene.Net.Documents.Document Prepare(SearchDocument document)
    {
        var lucene = Schema.ToLucene(document);
        // Title and pages are analysed once for their stemmed and exact fields (same terms, half the work).
        SharedAnalysis.Apply(lucene);
        // Keyword fields (ids, facets, territory keys) share one token stream per thread (the thread that writes).
        KeywordFields.Apply(lucene);
        return lucene;
    }

    /// <summary>Deletes a document by id (with write threads: in its lane, after what was queued before; a failure is
    /// thrown by the next <see cref="Commit"/>).</summary>
    public void Delete(string id)
    {
        var term = new Term(Schema.Id, id);
        if (_lanes.Length == 0) _writer.DeleteDocuments(term);
        else LaneOf(id).Add(() => _writer.DeleteDocuments(term), 0);
    }

    /// <summary>One id always goes to the same lane, so that its writes and deletes keep their order.</summary>
    private WriteLane LaneOf(string id) =>
        _lanes.Length == 1 ? _lanes[0] : _lanes[(uint)StringComparer.Ordinal.GetHashCode(id) % (uint)_lanes.Length];

    /// <summary>Returns once the write threads have written what was queued before (a delete's failure is thrown); at once
    /// without write threads.</summary>
    public void WaitForWrites() => Drain();

    /// <summary>Waits until every lane has written what was queued before (rethrowing a delete's failure).</summary>
    private void Drain()
    {
        foreach (var lane in _lanes) lane.Drain();
    }

    /// <summary>
    /// A queue of writes applied in order by one dedicated thread. Bounded by documents and by their text: a producer that
    /// runs ahead of the writer waits (a queued document holds its text and its analysed tokens, several bytes per character,
    /// and a long PDF's text is megabytes). A commit does not stop the queue: the committing thread flushes the in-memory
    /// segment while the write thread goes on with a new one (at 30,000 pages, three commits, a queue of 16 and one of 1,024
    /// documents took the same wall: docs/BENCHMARKS.md, "Thirty-second session").
    /// </summary>
    private sealed class WriteLane : IDisposable
    {
        private const int MaxDocuments = 64;
        private const long MaxChars = 4L * 1024 * 1024;
        private readonly Queue<(Action Write, long Chars)> _items = new();
        private readonly object _gate = new();
        private readonly Thread _thread;
        private long _chars;
        private bool _completed;
        private Exception? _failure;

        public WriteLane(string name)
        {
            _thread = new Thread(Run) { IsBackground = true, Name = name };
            _thread.Start();
        }

        /// <summary>Queues a write of <paramref name="chars"/> characters of text; waits while the queue is full (a write
        /// larger than the bound alone goes in once the queue is empty).</summary>
        public void Add(Action write, long chars)
        {
            lock (_gate)
            {
                while (!_completed && _items.Count > 0 && (_items.Count >= MaxDocuments || _chars + chars > MaxChars)) Monitor.Wait(_gate);
                if (_completed) throw new ObjectDisposedException(nameof(DocumentIndexWriter));
                _items.Enqueue((write, chars));
                _chars += chars;
                Monitor.PulseAll(_gate);
            }
        }

        private void Run()
        {
            while (true)
            {
                (Action Write, long Chars) item;
                lock (_gate)
                {
                    while (_items.Count == 0 && !_completed) Monitor.Wait(_gate);
                    if (_items.Count == 0) return;
                    item = _items.Peek();
                }
                try
                {
                    item.Write();
                }
                catch (Exception e)
                {
                    // A delete's failure, or a callback's own (a document's write reports its failure to its callback): the
                    // next drain throws it.
                    Interlocked.CompareExchange(ref _failure, e, null);
                }
                lock (_gate)
                {
                    _items.Dequeue();
                    _chars -= item.Chars;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        public void Drain()
        {
            if (Thread.CurrentThread == _thread) throw new InvalidOperationException("A write lane cannot wait for itself.");
            using (var done = new ManualResetEventSlim())
            {
                Add(done.Set, 0);
                done.Wait();
            }
            if (Interlocked.Exchange(ref _failure, null) is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        /// <summary>Writes what is queued, then stops the thread.</summary>
        public void Dispose()
        {
            lock (_gate)
            {
                _completed = true;
                Monitor.PulseAll(_gate);
            }
            _thread.Join();
        }
    }

    /// <summary>
    /// Id -> (content hash, source path) of the committed and pending documents of one origin. Read from the terms
    /// of the indexed id, hash and path fields (each document has one of each), never from stored fields: those live
    /// in compressed blocks with the page texts, and reading them for every document cost seconds per 100,000.
    /// </summary>
    public IReadOnlyDictionary<string, (string? Hash, string? Path)> DocumentsOf(string origin)
    {
        Drain();
        var result = new Dictionary<string, (string?, string?)>();
        using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var live = segment.LiveDocs;
            var mine = new FixedBitSet(segment.MaxDoc);
            var any = false;
            var docs = segment.GetTermDocsEnum(new Term(Schema.Origin, origin));
            if (docs is null) continue;
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (live is not null && !live.Get(doc)) continue;
                mine.Set(doc);
                any = true;
            }
            if (!any) continue;
            var ids = ValuesOf(segment, Schema.Id, mine);
            var hashes = ValuesOf(segment, Schema.ContentHash, mine);
            var paths = ValuesOf(segment, Schema.SourcePath, mine);
            foreach (var (doc, id) in ids)
                result[id] = (hashes.GetValueOrDefault(doc), paths.GetValueOrDefault(doc));
        }
        return result;
    }

    /// <summary>The single indexed value of a string field for the documents of <paramref name="docs"/>, by doc id.</summary>
    private static Dictionary<int, string> ValuesOf(AtomicReader segment, string field, FixedBitSet docs)
    {
        var values = new Dictionary<int, string>();
        var terms = segment.GetTerms(field);
        if (terms is null) return values;
        var termsEnum = terms.GetEnumerator();
        DocsEnum? postings = null;
        while (termsEnum.MoveNext())
        {
            string? value = null;
            postings = termsEnum.Docs(null, postings, DocsFlags.NONE);
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                if (docs.Get(doc)) values[doc] = value ??= termsEnum.Term.Utf8ToString();
            }
        }
        return values;
    }

    /// <summary>Makes every change durable and visible; <paramref name="userData"/>, when given, replaces the commit's user data.</summary>
    public void Commit(IDictionary<string, string>? userData = null)
    {
        Drain();
        if (userData is not null) _writer.SetCommitData(userData);
        _writer.Commit();
    }

    /// <summary>Documents of the index, deleted ones not yet merged away and buffered ones included (queued ones written first).</summary>
    public int MaxDoc
    {
        get
        {
            Drain();
            return _writer.MaxDoc;
        }
    }

    /// <summary>Merges the whole index into at most <paramref name="segments"/> segments, waiting for the merges (see
    /// <see cref="Lucene.Net.Index.IndexWriter.ForceMerge(int)"/>); nothing is visible before the next <see cref="Commit"/>.</summary>
    public void ForceMerge(int segments)
    {
        Drain();
        _writer.ForceMerge(segments);
    }

    /// <summary>The user data of the last commit (kept by later commits that set none).</summary>
    public IDictionary<string, string> CommitData => _writer.CommitData;

    /// <summary>The user data of the index's last commit; empty when there is no index at the path.</summary>
    public static IDictionary<string, string> ReadCommitData(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath)) return new Dictionary<string, string>();
        using var directory = FSDirectory.Open(indexPath);
        if (!DirectoryReader.IndexExists(directory)) return new Dictionary<string, string>();
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData;
    }

    /// <summary>Live documents (committed and pending) whose content hash does not start with <paramref name="prefix"/>.</summary>
    public int CountWithoutHashPrefix(string prefix)
    {
        Drain();
        using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        var with = 0;
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var terms = segment.GetTerms(Schema.ContentHash);
            if (terms is null) continue;
            var termsEnum = terms.GetEnumerator();
            var start = new BytesRef(prefix);
            if (termsEnum.SeekCeil(start) == TermsEnum.SeekStatus.END) continue;
            DocsEnum? postings = null;
            do
            {
                if (!StringHelper.StartsWith(termsEnum.Term, start)) break;
                postings = termsEnum.Docs(segment.LiveDocs, postings, DocsFlags.NONE);
                while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) with++;
            } while (termsEnum.MoveNext());
        }
        return reader.NumDocs - with;
    }

    public void Dispose()
    {
        try
        {
            // The lanes write what is queued (a few dozen documents at most) before the writer closes.
            foreach (var lane in _lanes) lane.Dispose();
            _writer.Dispose();
            _directory.Dispose();
        }
        finally
        {
            _processLock.Dispose();
        }
    }
}

public sealed class IndexLockedException(string path, Exception inner)
    : Exception($"The index at '{path}' is being written by another process (its write lock is held). Wait for it to finish, or stop it, then try again.", inner);
