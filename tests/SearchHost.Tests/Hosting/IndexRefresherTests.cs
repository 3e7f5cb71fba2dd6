using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Search.Core.Documents;
using Search.Core.Querying;
using Search.Host.Hosting;
using Search.Pipeline.Indexing;

namespace SearchHost.Tests.Hosting;

/// <summary>The refresher opens the index's new commits when its interval has passed on the host's clock, not before.</summary>
public sealed class IndexRefresherTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "index-refresher-" + Guid.NewGuid().ToString("N"));
    private string IndexPath => Path.Combine(_data, "index");

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    private void Write(string url)
    {
        using var session = IndexingSession.Open(IndexPath);
        session.Upsert(new SearchDocument { Id = DocumentIds.FromUrl(url), Url = url, Title = url, Pages = ["Texte."], Format = "html", ContentHash = IndexingSession.Stamp(url) });
        session.Complete();
    }

    [Fact]
    public async Task A_new_commit_is_served_once_the_refresh_interval_has_passed()
    {
        Write("a.html");
        var time = new FakeTimeProvider();
        using var served = new ServedIndex(IndexPath, time);
        var settings = new HostSettings { DataPath = _data, RefreshInterval = TimeSpan.FromSeconds(5) };
        var refresher = new IndexRefresher(settings, served, time, NullLogger<IndexRefresher>.Instance);
        var search = () => new SearchService(served.Provider);
        Assert.Equal(1, search().DocumentCount());

        await refresher.StartAsync(CancellationToken.None);
        try
        {
            Write("b.html");
            time.Advance(TimeSpan.FromSeconds(4.9));
            Assert.Equal(1, search().DocumentCount()); // the timer has not fired: the commit is not opened yet

            time.Advance(TimeSpan.FromSeconds(0.1));
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60); // the tick's continuation runs on the thread pool
            while (search().DocumentCount() != 2 && DateTime.UtcNow < deadline) await Task.Delay(20);
            Assert.Equal(2, search().DocumentCount());
            Assert.NotNull(search().GetByUrl("b.html"));
        }
        finally
        {
            await refresher.StopAsync(CancellationToken.None);
        }
    }
}
