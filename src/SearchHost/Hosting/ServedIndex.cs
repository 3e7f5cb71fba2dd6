using Search.Core.Querying;
using Search.Pipeline.Indexing;

namespace Search.Host.Hosting;

/// <summary>
/// The index the host serves, <c>&lt;Data:Path&gt;/index</c>, and the one rebuilt beside it (<c>index.next</c>) when the
/// served one was written by another pipeline version. <see cref="SwapInRebuilt"/> renames the rebuilt index into
/// place and opens a new searcher provider on it; searches under way finish on the old one. A crash at any point
/// leaves an index to serve: <see cref="Recover"/> (at start-up) completes a swap whose rebuilt index was complete
/// and removes what an unfinished rebuild or swap left.
/// </summary>
public sealed class ServedIndex : IDisposable
{
    private static readonly TimeSpan RetireDelay = TimeSpan.FromSeconds(30);
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly long? _termsBudgetBytes;
    private readonly long? _postingsBudgetBytes;
    private readonly long? _positionsBudgetBytes;
    private IndexSearcherProvider _provider;

    /// <param name="termsBudgetBytes">The terms dictionaries held in memory at most (null: the directory's default).</param>
    /// <param name="postingsBudgetBytes">The postings lists held in memory at most (null: the directory's default).</param>
    /// <param name="positionsBudgetBytes">The positions mapped at most (null: the directory's default).</param>
    public ServedIndex(string indexPath, TimeProvider? time = null, long? termsBudgetBytes = null, long? postingsBudgetBytes = null,
        long? positionsBudgetBytes = null)
    {
        _positionsBudgetBytes = positionsBudgetBytes;
        _time = time ?? TimeProvider.System;
        _termsBudgetBytes = termsBudgetBytes;
        _postingsBudgetBytes = postingsBudgetBytes;
        IndexPath = Path.GetFullPath(indexPath);
        Recover();
        _provider = NewProvider();
    }

    public string IndexPath { get; }

    private IndexSearcherProvider NewProvider() =>
        new(IndexPath, _termsBudgetBytes, postingsBudgetBytes: _postingsBudgetBytes, positionsBudgetBytes: _positionsBudgetBytes);

    /// <summary>Where a rebuild writes.</summary>
    public string RebuildPath => IndexPath + ".next";

    /// <summary>Where the replaced index goes during a swap, until it is deleted.</summary>
    private string RetiredPath => IndexPath + ".old";

    /// <summary>The searchers of the index served now.</summary>
    public IndexSearcherProvider Provider => Volatile.Read(ref _provider);

    /// <summary>Picks up a newer commit of the served index (see <see cref="IndexSearcherProvider.MaybeRefresh"/>).</summary>
    public bool MaybeRefresh()
    {
        lock (_gate) return _provider.MaybeRefresh();
    }

    /// <summary>
    /// Serves the complete index at <see cref="RebuildPath"/> instead of the current one: two renames, then a new
    /// provider. The old provider is disposed (and its files deleted) once searches borrowed from it are surely over.
    /// </summary>
    public void SwapInRebuilt()
    {
        IndexSearcherProvider retired;
        lock (_gate)
        {
            Replace();
            retired = _provider;
            Volatile.Write(ref _provider, NewProvider());
        }
        _ = Task.Delay(RetireDelay, _time).ContinueWith(_ => retired.Dispose(), TaskScheduler.Default);
    }

    /// <summary>Moves the served index aside and the rebuilt one in, then deletes the old one (open files stay readable).</summary>
    private void Replace()
    {
        DeleteIfExists(RetiredPath);
        if (Directory.Exists(IndexPath)) Directory.Move(IndexPath, RetiredPath);
        Directory.Move(RebuildPath, IndexPath);
        DeleteIfExists(RetiredPath);
    }

    /// <summary>
    /// A rebuilt index stamped complete is swapped in (a crash after the rebuild, before or between the renames);
    /// an unfinished one is deleted (the rebuild starts again); a left-over old index is deleted.
    /// </summary>
    private void Recover()
    {
        if (Directory.Exists(RebuildPath))
        {
            if (IndexingSession.VersionOf(RebuildPath) == IndexingSession.PipelineVersion) Replace();
            else DeleteIfExists(RebuildPath);
        }
        DeleteIfExists(RetiredPath);
    }

    public static void DeleteIfExists(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }

    public void Dispose() => _provider.Dispose();
}
