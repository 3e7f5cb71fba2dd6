using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Documents;

namespace Search.Core.Indexing;

/// <summary>
/// The only writer of an index directory (Lucene allows one per directory: a second one fails with
/// <see cref="IndexLockedException"/>). Upserts are keyed by document id, so writing a document
/// twice never duplicates it. Nothing is visible to readers, nor durable, before <see cref="Commit"/>:
/// a process killed between commits leaves the previous commit intact.
/// </summary>
public sealed class DocumentIndexWriter : IDisposable
{
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;

    private DocumentIndexWriter(FSDirectory directory, IndexWriter writer)
    {
        _directory = directory;
        _writer = writer;
    }

    public static DocumentIndexWriter Open(string indexPath)
    {
        System.IO.Directory.CreateDirectory(indexPath);
        var directory = FSDirectory.Open(indexPath);
        try
        {
            return new DocumentIndexWriter(directory, new IndexWriter(directory, IndexSettings.WriterConfig()));
        }
        catch (LockObtainFailedException e)
        {
            directory.Dispose();
            throw new IndexLockedException(indexPath, e);
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

    public void Commit() => _writer.Commit();

    public void Dispose()
    {
        _writer.Dispose();
        _directory.Dispose();
    }
}

public sealed class IndexLockedException(string path, Exception inner)
    : Exception($"The index at '{path}' is being written by another process (write.lock is held). Wait for it to finish, or stop it, then try again.", inner);
