using Search.Core.Documents;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

/// <summary><see cref="DocumentIndexWriter.DocumentsOf"/> answers from the indexed id, hash and path terms.</summary>
public sealed class DocumentsOfTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "documents-of-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }

    private static SearchDocument Doc(string url, string origin, string hash, string path) => new()
    {
        Id = DocumentIds.FromUrl(url),
        Url = url,
        Title = "Titre " + url,
        Pages = ["Texte de la page."],
        Format = "html",
        Origin = origin,
        ContentHash = hash,
        SourcePath = path,
        IndexedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Committed_pending_replaced_and_deleted_documents_of_one_origin()
    {
        using var writer = DocumentIndexWriter.Open(_path);
        writer.Upsert(Doc("a", "folder:/x", "h-a", "a.html"));
        writer.Upsert(Doc("b", "folder:/x", "h-shared", "b.html"));
        writer.Upsert(Doc("c", "folder:/y", "h-shared", "c.html"));   // another origin, same hash
        writer.Upsert(Doc("d", "folder:/x", "h-d", "d.html"));
        writer.Commit();
        writer.Upsert(Doc("a", "folder:/x", "h-a2", "a2.html"));       // replaced, not committed
        writer.Delete(DocumentIds.FromUrl("d"));
        writer.Upsert(Doc("e", "folder:/x", "h-e", "e.html"));         // pending

        var docs = writer.DocumentsOf("folder:/x");

        Assert.Equal(3, docs.Count);
        Assert.Equal(("h-a2", "a2.html"), docs[DocumentIds.FromUrl("a")]);
        Assert.Equal(("h-shared", "b.html"), docs[DocumentIds.FromUrl("b")]);
        Assert.Equal(("h-e", "e.html"), docs[DocumentIds.FromUrl("e")]);
        Assert.Equal(("h-shared", "c.html"), writer.DocumentsOf("folder:/y")[DocumentIds.FromUrl("c")]);
        Assert.Empty(writer.DocumentsOf("folder:/z"));
    }
}
