using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
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

    public void Upsert(SearchDocument document) =>
        _writer.UpdateDocument(new Term(Schema.Id, document.Id), Schema.ToLucene(document));

    public void Delete(string id) => _writer.DeleteDocuments(new Term(Schema.Id, id));

    /// <summary>Id -> (content hash, source path) of the committed and pending documents of one origin.</summary>
    public IReadOnlyDictionary<string, (string? Hash, string? Path)> DocumentsOf(string origin)
    {
        var result = new Dictionary<string, (string?, string?)>();
        using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        var searcher = new IndexSearcher(reader);
        var fields = new HashSet<string> { Schema.Id, Schema.ContentHash, Schema.SourcePath };
        var collector = new AllDocsCollector();
        searcher.Search(new TermQuery(new Term(Schema.Origin, origin)), collector);
        foreach (var docId in collector.DocIds)
        {
            var d = reader.Document(docId, fields);
            result[d.Get(Schema.Id)] = (d.Get(Schema.ContentHash), d.Get(Schema.SourcePath));
        }
        return result;
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
