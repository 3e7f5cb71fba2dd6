using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Pipeline.Indexing;
using Search.Pipeline.Ingest;

namespace Search.Host.Hosting;

/// <summary>
/// At start-up, in the background (the HTTP server and /health answer meanwhile): builds the index from the
/// bundled corpus when it is missing or empty; rebuilds it beside the served one when it was written by another
/// pipeline version (<see cref="IndexRebuilder"/>: its folders, the crawl store when the host has a crawl
/// configuration, the rest carried over), serving the old index until the new one is complete and swapped in
/// (<see cref="ServedIndex.SwapInRebuilt"/>). A current index is used as is. Before it says the index is ready, the host
/// searches it with its own words (<see cref="SearchWarmUp"/>, <c>Index:WarmUpSearches</c>).
/// </summary>
public sealed class StartupIndexBuilder(HostSettings settings, CrawlSettings crawl, ServedIndex served, IndexStatus status,
    ExtractorsFactory createExtractors, SearchLimits limits, ILogger<StartupIndexBuilder> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => Build(stoppingToken), stoppingToken);

    private void Build(CancellationToken stoppingToken)
    {
        if (served.Provider.IsOpen && new SearchService(served.Provider).DocumentCount() > 0)
        {
            var version = IndexingSession.VersionOf(served.IndexPath);
            if (version == IndexingSession.PipelineVersion)
            {
                WarmUp(stoppingToken);
                status.Set(IndexState.Ready);
                logger.LogInformation("Serving the index at {IndexPath}", served.IndexPath);
            }
            else Rebuild(version, stoppingToken);
            return;
        }
        if (settings.CorpusPath is null || !Directory.Exists(settings.CorpusPath))
        {
            status.Set(IndexState.Failed, "The index is empty and no corpus folder was found (set Data:Corpus).");
            logger.LogError("The index at {IndexPath} is empty and no corpus folder was found", served.IndexPath);
            return;
        }

        status.Set(IndexState.Building, "Indexing the corpus folder.");
        logger.LogInformation("Building the index at {IndexPath} from {Corpus}", served.IndexPath, settings.CorpusPath);
        try
        {
            using var extractors = createExtractors();
            var ingester = new FolderIngester(extractors);
            var summary = ingester.Ingest(settings.CorpusPath, served.IndexPath,
                new InlineProgress<IngestProgress>(p => status.Progress(p.Done, p.Total, p.Errors)), stoppingToken);
            served.MaybeRefresh();
            foreach (var failure in summary.Failures) logger.LogWarning("Not indexed: {Path}: {Reason}", failure.Path, failure.Reason);
            WarmUp(stoppingToken);
            status.Set(IndexState.Ready);
            logger.LogInformation("Index built: {Files} files in {Seconds:0.0} s, {Failed} failed, {OcrPages} page(s) read by OCR",
                summary.Files, summary.Elapsed.TotalSeconds, summary.Count(FileOutcome.Failed), summary.OcrPages);
        }
        catch (OperationCanceledException)
        {
            status.Set(IndexState.Failed, "Start-up build cancelled.");
        }
        catch (Exception e)
        {
            // /health is public: the reason (file paths, say) goes to the log only.
            status.Set(IndexState.Failed, "Building the index failed; the reason is in the server's log.");
            logger.LogError(e, "Building the index failed");
        }
    }

    /// <summary>The warm-up searches (<see cref="SearchWarmUp"/>), timed in the log; a cancelled start stops them.</summary>
    private void WarmUp(CancellationToken stoppingToken)
    {
        if (settings.WarmUpSearches <= 0) return;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var ran = SearchWarmUp.Run(served.Provider, limits, settings.WarmUpSearches, stoppingToken);
            logger.LogInformation("Warmed up with {Searches} searches in {Seconds:0.0} s", ran, clock.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>
    /// Rebuilds the index beside the served one, holding the served index's write lock meanwhile (a crawl or an
    /// ingest written into it now would be lost at the swap: they are told the index is busy), then swaps.
    /// </summary>
    private void Rebuild(string? found, CancellationToken stoppingToken)
    {
        status.Set(IndexState.Rebuilding,
            $"Rebuilding the index for pipeline version {IndexingSession.PipelineVersion} (found {found ?? "an older version"}); the current index is served meanwhile.");
        logger.LogInformation("The index at {IndexPath} was written by pipeline version {Found}: rebuilding it for version {Version} beside it",
            served.IndexPath, found ?? "(older)", IndexingSession.PipelineVersion);
        try
        {
            using var extractors = createExtractors();
            var rebuilder = new IndexRebuilder(extractors) { CrawlDataPath = settings.DataPath, CrawlConfig = crawl.LoadConfig() };
            RebuildSummary summary;
            using (DocumentIndexWriter.HoldLock(served.IndexPath))
            {
                ServedIndex.DeleteIfExists(served.RebuildPath);
                using (var target = IndexingSession.Open(served.RebuildPath))
                {
                    summary = rebuilder.Rebuild(served.IndexPath, target,
                        new InlineProgress<RebuildProgress>(p => status.Progress(p.Done, p.Total, p.Errors)), stoppingToken);
                    target.Complete();
                }
            }
            served.SwapInRebuilt();
            status.Set(IndexState.Ready);
            logger.LogInformation("Index rebuilt and swapped in: {Extracted} documents extracted again, {Carried} carried over, {Failed} failed",
                summary.Extracted, summary.Carried, summary.Failed);
        }
        catch (OperationCanceledException)
        {
            status.Set(IndexState.Ready, "Rebuild cancelled; the previous index is served.");
        }
        catch (Exception e)
        {
            status.Set(IndexState.Ready, "Rebuild failed (the reason is in the server's log); the previous index is served.");
            logger.LogError(e, "Rebuilding the index failed; the previous index is served");
        }
    }
}
