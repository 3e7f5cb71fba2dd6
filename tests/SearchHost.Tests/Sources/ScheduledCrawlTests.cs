using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SearchHost.Tests.Api;
using Microsoft.Extensions.Time.Testing;
using Search.Core.Querying;
using Search.Host.Hosting;
using Search.Pipeline.Extraction;

namespace SearchHost.Tests.Sources;

public class ScheduledCrawlTests
{
    [Fact]
    public void The_scheduled_crawl_is_off_by_default()
    {
        var settings = new ServiceCollection().AddHostSettings(new ConfigurationBuilder().Build()).BuildServiceProvider().GetRequiredService<CrawlSettings>();
        Assert.False(settings.Enabled);
        Assert.Null(settings.ConfigPath);
        Assert.Null(settings.LoadConfig());
        Assert.Equal(TimeSpan.FromHours(24), settings.Interval);
    }

    [Fact]
    public async Task When_enabled_it_waits_for_the_start_up_build_then_crawls_into_the_hosts_index()
    {
        await using var site = await PublisherSite.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "scheduled-crawl-" + Guid.NewGuid().ToString("N"));
        try
        {
            var config = site.WriteConfig(data);
            var crawl = new CrawlSettings { Enabled = true, Config = config, InitialDelaySeconds = 0, IntervalHours = 1 };
            var host = new HostSettings { DataPath = data };
            var time = new FakeTimeProvider();
            var status = new IndexStatus(time);
            status.Set(IndexState.Building);
            using var served = new ServedIndex(host.IndexPath, time);
            var logs = new LogSink();
            using var logging = new Microsoft.Extensions.Logging.LoggerFactory([logs]);
            var scheduled = new ScheduledCrawler(crawl, host, status, served, () => ExtractorRegistry.InProcess(), time, new Microsoft.Extensions.Logging.Logger<ScheduledCrawler>(logging));
            await scheduled.StartAsync(CancellationToken.None);
            try
            {
                // The crawler said it waits for the build; a day on its clock and a progress report change nothing.
                await AdvanceUntil(time, () => logs.Entries.Any(e => e.Message.Contains("waits for the index build", StringComparison.Ordinal)));
                time.Advance(TimeSpan.FromDays(1));
                status.Progress(1, 10, 0);
                status.Set(IndexState.Building, "still building");
                Assert.Null(scheduled.LastReport);
                Assert.Empty(site.Requests); // the start-up build still writes: no crawl yet
                status.Set(IndexState.Ready);
                await AdvanceUntil(time, () => scheduled.LastReport is not null);
                Assert.Equal(PublisherSite.Pdfs.Length, scheduled.LastReport!.Sources.Single().Indexed);
                var search = new SearchService(served.Provider);
                Assert.NotNull(search.GetByUrl(site.Url("/docs/" + PublisherSite.Pdfs[0])));
            }
            finally
            {
                await scheduled.StopAsync(CancellationToken.None);
            }
            // The writer was disposed after the run: another writer (the CLI, say) can open the index.
            using (Search.Core.Indexing.DocumentIndexWriter.Open(host.IndexPath)) { }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>
    /// Moves the crawler's clock on by its half-second waits until it gets there (its next wait may start after an
    /// advance, so one advance is not enough); bounded, to fail rather than hang.
    /// </summary>
    private static async Task AdvanceUntil(FakeTimeProvider time, Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the scheduled crawler never got there");
            time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(20);
        }
    }
}
