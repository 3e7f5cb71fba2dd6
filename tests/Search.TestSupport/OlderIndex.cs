using Search.Core.Indexing;
using Search.Pipeline.Indexing;

namespace Search.TestSupport;

/// <summary>Turns an index into one an older pipeline version wrote: every hash and the index stamped with <see cref="Version"/>.</summary>
public static class OlderIndex
{
    public const string Version = "0";

    public static void Simulate(string indexPath)
    {
        var documents = StoredDocuments.Read(indexPath).ToList();
        using var writer = DocumentIndexWriter.Open(indexPath);
        foreach (var document in documents)
            writer.Upsert(document with { ContentHash = "v" + Version + ":" + IndexingSession.Unstamped(document.ContentHash ?? "") });
        writer.Commit(new Dictionary<string, string> { [IndexingSession.VersionKey] = Version });
    }
}
