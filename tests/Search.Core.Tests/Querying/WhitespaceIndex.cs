using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Tests.Querying;

/// <summary>
/// A real Lucene index on disk in a temporary folder, written by the test with Lucene's whitespace analyzer and the project's
/// similarity, its segments kept as committed (no merge), deleted at the end: for tests of query and collector internals that
/// compare our code with Lucene's on known terms.
/// </summary>
public sealed class WhitespaceIndex : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "search-whitespace-" + Guid.NewGuid().ToString("N"));
    private readonly FSDirectory _directory;

    /// <summary>Writes the index with <paramref name="write"/> (a commit of its own ends a segment) and opens its reader.</summary>
    public WhitespaceIndex(Action<IndexWriter> write)
    {
        _directory = FSDirectory.Open(_path);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            Similarity = IndexSettings.Similarity,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(_directory, config)) write(writer);
        Reader = DirectoryReader.Open(_directory);
    }

    public DirectoryReader Reader { get; }

    /// <summary>A searcher of the index with the project's similarity.</summary>
    public IndexSearcher Searcher() => new(Reader) { Similarity = IndexSettings.Similarity };

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
        try { System.IO.Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }
}
