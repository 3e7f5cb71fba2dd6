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

    private DocumentIndexWriter(FSDirectory directory, IndexWriter writer, FileStream processLock)
    {
        _directory = directory;
        _writer = writer;
        _processLock = processLock;
    }

    /// <summary>The file whose exclusive lock marks the index as written (see <see cref="ProcessLock"/>).</summary>
    public const string ProcessLockName = "writer.lock";

    /// <param name="mergePolicy">Replaces <see cref="IndexSettings.MergePolicy"/> (tests that need the segments they commit
    /// pass <see cref="NoMergePolicy"/>).</param>
    public static DocumentIndexWriter Open(string indexPath, MergePolicy? mergePolicy = null)
    {
        System.IO.Directory.CreateDirectory(indexPath);
        var processLock = ProcessLock(indexPath);
        var directory = SearcherDirectory.ForWriter(indexPath);
        try
        {
            var config = IndexSettings.WriterConfig();
            if (mergePolicy is not null) config.MergePolicy = mergePolicy;
            return new DocumentIndexWriter(directory, new IndexWriter(directory, config), processLock);
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

    /// <summary>Adds or replaces a document. Thread-safe: workers may upsert in parallel.</summary>
    public void Upsert(SearchDocument document)
    {
        var lucene = Schema.ToLucene(document);
        // Title and pages are analysed once for their stemmed and exact fields (same terms, half the work).
        SharedAnalysis.Apply(lucene);
        // Keyword fields (ids, facets, territory keys) share one token stream per thread.
        KeywordFields.Apply(lucene);
        _writer.UpdateDocument(new Term(Schema.Id, document.Id), lucene);
    }

    public void Delete(string id) => _writer.DeleteDocuments(new Term(Schema.Id, id));

    /// <summary>
    /// Id -> (content hash, source path) of the committed and pending documents of one origin. Read from the terms
    /// of the indexed id, hash and path fields (each document has one of each), never from stored fields: those live
    /// in compressed blocks with the page texts, and reading them for every document cost seconds per 100,000.
    /// </summary>
    public IReadOnlyDictionary<string, (string? Hash, string? Path)> DocumentsOf(string origin)
    {
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
        if (userData is not null) _writer.SetCommitData(userData);
        _writer.Commit();
    }

    /// <summary>Documents of the index, deleted ones not yet merged away and buffered ones included.</summary>
    public int MaxDoc => _writer.MaxDoc;

    /// <summary>Merges the whole index into at most <paramref name="segments"/> segments, waiting for the merges (see
    /// <see cref="Lucene.Net.Index.IndexWriter.ForceMerge(int)"/>); nothing is visible before the next <see cref="Commit"/>.</summary>
    public void ForceMerge(int segments) => _writer.ForceMerge(segments);

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
