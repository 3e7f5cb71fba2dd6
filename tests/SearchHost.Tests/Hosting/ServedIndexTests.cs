using Search.Core.Documents;
using Search.Core.Querying;
using Search.Host.Hosting;
using Search.Pipeline.Indexing;
using Search.TestSupport;

namespace SearchHost.Tests.Hosting;

/// <summary>What a crash during a rebuild or a swap leaves, and what the next start serves.</summary>
public sealed class ServedIndexTests : IDisposable
{
    private readonly string _index = Path.Combine(Path.GetTempPath(), "served-index-" + Guid.NewGuid().ToString("N"), "index");

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(_index)!, recursive: true); } catch (IOException) { }
    }

    private static void Write(string path, string title, bool complete)
    {
        using var session = IndexingSession.Open(path);
        session.Upsert(new SearchDocument { Id = DocumentIds.FromUrl("a.html"), Url = "a.html", Title = title, Pages = ["Texte."], Format = "html", ContentHash = IndexingSession.Stamp("h") });
        if (complete) session.Complete();
        else session.Commit();
    }

    private static string? TitleServedBy(ServedIndex served) => new SearchService(served.Provider).GetByUrl("a.html")?.Title;

    [Fact]
    public void A_complete_rebuilt_index_left_by_a_crash_before_the_swap_is_swapped_in_at_start()
    {
        Write(_index, "ancien", complete: true);
        OlderIndex.Simulate(_index);
        Write(_index + ".next", "nouveau", complete: true);

        using var served = new ServedIndex(_index);
        Assert.Equal("nouveau", TitleServedBy(served));
        Assert.Equal(IndexingSession.PipelineVersion, IndexingSession.VersionOf(_index));
        Assert.False(Directory.Exists(_index + ".next"));
        Assert.False(Directory.Exists(_index + ".old"));
    }

    [Fact]
    public void A_crash_between_the_two_renames_leaves_the_rebuilt_index_to_serve()
    {
        Write(_index + ".old", "ancien", complete: true);
        Write(_index + ".next", "nouveau", complete: true);

        using var served = new ServedIndex(_index);
        Assert.Equal("nouveau", TitleServedBy(served));
        Assert.False(Directory.Exists(_index + ".old"));
    }

    [Fact]
    public void An_unfinished_rebuild_is_dropped_and_the_old_index_served()
    {
        Write(_index, "ancien", complete: true);
        OlderIndex.Simulate(_index);
        Write(_index + ".next", "à moitié", complete: false);

        using var served = new ServedIndex(_index);
        Assert.Equal("ancien", TitleServedBy(served));
        Assert.Equal(OlderIndex.Version, IndexingSession.VersionOf(_index));
        Assert.False(Directory.Exists(_index + ".next"));
    }

    [Fact]
    public void A_swap_serves_the_rebuilt_index_to_the_next_search()
    {
        Write(_index, "ancien", complete: true);
        using var served = new ServedIndex(_index);
        Assert.Equal("ancien", TitleServedBy(served));
        Write(served.RebuildPath, "nouveau", complete: true);

        served.SwapInRebuilt();
        Assert.Equal("nouveau", TitleServedBy(served));
        Assert.False(Directory.Exists(served.RebuildPath));
    }

    /// <summary>The index served, and one swapped in, are read with the budgets given (the positions' here).</summary>
    [Fact]
    public void The_served_index_and_a_swapped_in_one_map_the_positions_within_the_budget_given()
    {
        Write(_index, "ancien", complete: true);
        using var served = new ServedIndex(_index, positionsBudgetBytes: 0);
        Assert.Equal("ancien", TitleServedBy(served));
        Assert.Equal(0, served.Provider.Directory!.PositionsBudgetBytes);
        Assert.Equal(0, served.Provider.Directory.PositionsHeldBytes);
        Write(served.RebuildPath, "nouveau", complete: true);
        served.SwapInRebuilt();
        Assert.Equal("nouveau", TitleServedBy(served));
        Assert.Equal(0, served.Provider.Directory!.PositionsBudgetBytes);

        using var mapped = new ServedIndex(_index, positionsBudgetBytes: 1L << 20);
        Assert.Equal("nouveau", TitleServedBy(mapped));
        Assert.Equal(1L << 20, mapped.Provider.Directory!.PositionsBudgetBytes);
        Assert.True(mapped.Provider.Directory.PositionsHeldBytes > 0);
    }
}
