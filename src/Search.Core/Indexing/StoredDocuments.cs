using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Documents;

namespace Search.Core.Indexing;

/// <summary>Reads the documents of an index back from their stored fields (to carry them into a rebuilt index).</summary>
public static class StoredDocuments
{
    /// <summary>Every live document of the last commit, in index order; nothing when there is no index at the path.</summary>
    public static IEnumerable<SearchDocument> Read(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath)) yield break;
        using var directory = FSDirectory.Open(indexPath);
        if (!DirectoryReader.IndexExists(directory)) yield break;
        using var reader = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            yield return Schema.FromLucene(reader.Document(doc));
        }
    }
}
