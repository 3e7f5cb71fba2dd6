using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Search.Core.Analysis;

namespace Search.Core.Indexing;

/// <summary>Settings shared by every writer and searcher of the index.</summary>
public static class IndexSettings
{
    /// <summary>BM25, set explicitly: Lucene 4.8 still defaults to TF-IDF.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>
    /// The writer's settings. A large RAM buffer makes fewer, larger flushed segments, so fewer merges rewrite the same
    /// postings again and again; no compound files (each flushed or merged segment would otherwise be written a
    /// second time into its .cfs).
    /// </summary>
    public static IndexWriterConfig WriterConfig() => new(FrenchAnalyzers.Version, FrenchAnalyzers.ForSchema)
    {
        OpenMode = OpenMode.CREATE_OR_APPEND,
        Similarity = Similarity,
        RAMBufferSizeMB = 256,
        UseCompoundFile = false,
        MergePolicy = new TieredMergePolicy { NoCFSRatio = 0.0 },
    };
}
