using Search.Core.Indexing;
using Search.Pipeline.Crawling;
using Search.Pipeline.Extraction;

namespace Search.Host.Hosting;

/// <summary>
/// Runs the crawl inside the host on a schedule (off by default; see <see cref="CrawlSettings"/>). It
/// waits for the start-up build or rebuild to finish (one writer per index), then follows the same writer
/// discipline as the CLI: open, write, commit, dispose, once per run. When another process holds the
/// index (a CLI crawl), the run is skipped and retried at the next interval.
/// </summary>
public sealed class ScheduledCrawler(CrawlSettings crawl, HostSettings settings, IndexStatus status, ServedIndex served,
    ExtractorsFactory createExtractors, TimeProvider time, ILogger<ScheduledCrawler> logger)
    : BackgroundService
{
    public CrawlReport? LastReport { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!crawl.Enabled) return;
        CrawlConfig config;
        try
        {
            config = crawl.LoadConfig()!;
        }
        catch (CrawlConfigException e)
        {
            logger.LogError("Scheduled crawl disabled: {Problem}", e.Message);
            return;
        }
        try
        {
            await Task.Delay(crawl.InitialDelay, time, stoppingToken);
            if (status.IsBuilding) logger.LogInformation("Scheduled crawl waits for the index build to finish");
            await status.WhenNotBuildingAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(config, stoppingToken);
                await Task.Delay(crawl.Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunOnceAsync(CrawlConfig config, CancellationToken stoppingToken)
    {
        logger.LogInformation("Scheduled crawl of {Sources} source(s) starts", config.Sources.Count);
        using var extractors = createExtractors();
        var crawler = new Crawler(config, settings.DataPath, settings.IndexPath, extractors)
        {
            Time = time,
            Log = e =>
            {
                if (e.Event is "error" or "extraction-failed" or "source-failed")
                    logger.LogWarning("Crawl {Source} {Event} {Url} {Status} {Detail}", e.Source, e.Event, e.Url, e.Status, e.Detail);
                else
                    logger.LogDebug("Crawl {Source} {Event} {Url} {Status} {Detail}", e.Source, e.Event, e.Url, e.Status, e.Detail);
            },
        };
        try
        {
            var report = await crawler.RunAsync(cancellationToken: stoppingToken);
            LastReport = report;
            served.MaybeRefresh();
            foreach (var s in report.Sources)
            {
                logger.LogInformation("Crawl {Source}: fetched {Fetched}, not modified {NotModified}, indexed {Indexed}, skipped {Skipped}, errors {Errors}, removed {Removed}",
                    s.Source, s.Fetched, s.NotModified, s.Indexed, s.Skipped, s.Errors, s.Removed);
            }
        }
        catch (IndexLockedException e)
        {
            logger.LogWarning("Scheduled crawl skipped: {Reason}", e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Scheduled crawl failed");
        }
    }
}
