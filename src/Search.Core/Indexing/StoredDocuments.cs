using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Documents;

namespace Search.Core.Indexing;

/// <summary>Reads the documents of an index back from their stored fields (to carry them into a rebuilt index).</summary>
public static class StoredDocuments
{
    /// <summary>The origins of the live documents of the last commit and how many documents each has (from the indexed terms).</summary>
    public static IReadOnlyDictionary<string, int> Origins(string indexPath)
    {
        var origins = new Dictionary<string, int>();
        if (!System.IO.Directory.Exists(indexPath)) return origins;
        using var directory = FSDirectory.Open(indexPath);
        if (!DirectoryReader.IndexExists(directory)) return origins;
        using var reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(Schema.Origin);
            if (terms is null) continue;
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (termsEnum.MoveNext())
            {
                docs = termsEnum.Docs(leaf.AtomicReader.LiveDocs, docs, DocsFlags.NONE);
                var count = 0;
                while (docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS) count++;
                if (count > 0) origins[termsEnum.Term.Utf8ToString()] = origins.GetValueOrDefault(termsEnum.Term.Utf8ToString()) + count;
            }
        }
        return origins;
    }

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
