using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>
/// Gives searchers over the latest commit of an index directory. Opens lazily (the index may not
/// exist yet while it is being built) and sees new commits, from this process or another one
/// (the CLI), after <see cref="MaybeRefresh"/> — which a host calls on a timer — without restarts.
/// </summary>
/// <param name="termsBudgetBytes">Terms dictionaries held in memory at most (<see cref="SearcherDirectory"/>; null: its default).</param>
/// <param name="readBufferBytes">The buffer of the directory's positional reads (null: its default).</param>
/// <param name="postingsBudgetBytes">Postings lists held in memory at most (<see cref="SearcherDirectory"/>; null: its default).</param>
/// <param name="readAhead">The directory's <see cref="SearcherDirectory.ReadAhead"/> (off only to measure it).</param>
/// <param name="positionsBudgetBytes">Positions mapped at most (<see cref="SearcherDirectory"/>; null: its default).</param>
/// <param name="mapHeldFiles">The directory's <see cref="SearcherDirectory.MapsHeldFiles"/> (off only to measure it).</param>
public sealed class IndexSearcherProvider(string indexPath, long? termsBudgetBytes = null, int? readBufferBytes = null, long? postingsBudgetBytes = null,
    bool readAhead = true, bool mapHeldFiles = true, long? positionsBudgetBytes = null) : IDisposable
{
    private readonly System.Threading.Lock _gate = new();
    private FSDirectory? _directory;
    private SearcherManager? _manager;

    public string IndexPath { get; } = indexPath;

    /// <summary>The directory searchers read through, once open (its <see cref="SearcherDirectory.TermsHeldBytes"/>).</summary>
    public SearcherDirectory? Directory => _directory as SearcherDirectory;

    /// <summary>True once a committed index exists and is open.</summary>
    public bool IsOpen => TryOpen() is not null;

    /// <summary>A searcher to use and dispose quickly; null while no committed index exists.</summary>
    public SearcherLease? Acquire()
    {
        var manager = TryOpen();
        return manager is null ? null : new SearcherLease(manager, manager.Acquire());
    }

    /// <summary>When the commit being searched was written (its segments file's time, UTC); null while no index is open.</summary>
    public DateTimeOffset? CommitTime()
    {
        using var lease = Acquire();
        if (lease?.Searcher.IndexReader is not DirectoryReader reader) return null;
        var file = System.IO.Path.Combine(IndexPath, reader.IndexCommit.SegmentsFileName);
        return System.IO.File.Exists(file) ? new DateTimeOffset(System.IO.File.GetLastWriteTimeUtc(file), TimeSpan.Zero) : null;
    }

    /// <summary>Picks up a newer commit if there is one. Returns true when the searcher changed.</summary>
    public bool MaybeRefresh()
    {
        var manager = TryOpen();
        if (manager is null || manager.IsSearcherCurrent()) return false;
        try
        {
            manager.MaybeRefreshBlocking();
            return true;
        }
        catch (IOException)
        {
            // A commit being written by another process: the next refresh will see it whole.
            return false;
        }
    }

    private SearcherManager? TryOpen()
    {
        if (_manager is not null) return _manager;
        lock (_gate)
        {
            if (_manager is not null) return _manager;
            if (!System.IO.Directory.Exists(IndexPath)) return null;
            _directory ??= new SearcherDirectory(IndexPath, termsBudgetBytes ?? SearcherDirectory.DefaultTermsBudgetBytes,
                readBufferBytes ?? SearcherDirectory.DefaultReadBufferBytes, postingsBudgetBytes ?? SearcherDirectory.DefaultPostingsBudgetBytes,
                positionsBudgetBytes: positionsBudgetBytes ?? SearcherDirectory.DefaultPositionsBudgetBytes)
            { ReadAhead = readAhead, MapsHeldFiles = mapHeldFiles };
            if (!DirectoryReader.IndexExists(_directory)) return null;
            try
            {
                _manager = new SearcherManager(_directory, new Bm25SearcherFactory());
            }
            catch (IOException)
            {
                // The first commit is still being written: not open yet.
                return null;
            }
            return _manager;
        }
    }

    public void Dispose()
    {
        _manager?.Dispose();
        _directory?.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = IndexSettings.Similarity };
    }
}

/// <summary>A searcher borrowed from a <see cref="SearcherManager"/>; dispose to give it back.</summary>
public sealed class SearcherLease(SearcherManager manager, IndexSearcher searcher) : IDisposable
{
    public IndexSearcher Searcher { get; } = searcher;
    public void Dispose() => manager.Release(Searcher);
}
