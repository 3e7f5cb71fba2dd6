using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Search.Core.Analysis;

namespace Search.Core.Indexing;

/// <summary>Settings shared by every writer and searcher of the index.</summary>
public static class IndexSettings
{
    /// <summary>BM25, set explicitly: Lucene 4.8 still defaults to TF-IDF.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    public static IndexWriterConfig WriterConfig() => new(FrenchAnalyzers.Version, FrenchAnalyzers.ForSchema)
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        Similarity = Similarity,
        RAMBufferSizeMB = 64,
    };
}
