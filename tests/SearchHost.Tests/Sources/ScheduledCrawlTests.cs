using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Querying;
using Search.Host.Hosting;

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
            var status = new IndexStatus();
            status.Set(IndexState.Building);
            using var served = new ServedIndex(host.IndexPath);
            var scheduled = new ScheduledCrawler(crawl, host, status, served, NullLogger<ScheduledCrawler>.Instance);
            await scheduled.StartAsync(CancellationToken.None);
            try
            {
                // The crawler has seen the build going on twice (so it checked again after waiting), and fetched nothing.
                var waited = DateTime.UtcNow + TimeSpan.FromSeconds(60);
                while (scheduled.WaitsForIndex < 2 && DateTime.UtcNow < waited) await Task.Delay(50);
                Assert.True(scheduled.WaitsForIndex >= 2);
                Assert.Empty(site.Requests); // the start-up build still writes: no crawl yet
                status.Set(IndexState.Ready);
                var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
                while (scheduled.LastReport is null && DateTime.UtcNow < deadline) await Task.Delay(100);
                Assert.NotNull(scheduled.LastReport);
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
}
