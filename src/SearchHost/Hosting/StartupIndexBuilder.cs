using Search.Core.Querying;
using Search.Pipeline.Extraction;
using Search.Pipeline.Ingest;

namespace Search.Host.Hosting;

/// <summary>
/// At start-up, builds the index from the bundled corpus when it is missing or empty, in the
/// background: the HTTP server (and /health) answers meanwhile. An existing index is used as is.
/// </summary>
public sealed class StartupIndexBuilder(HostSettings settings, IndexSearcherProvider provider, IndexStatus status, ILogger<StartupIndexBuilder> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => Build(stoppingToken), stoppingToken);

    private void Build(CancellationToken stoppingToken)
    {
        if (provider.IsOpen && new SearchService(provider).DocumentCount() > 0)
        {
            status.Set(IndexState.Ready);
            logger.LogInformation("Serving the index at {IndexPath}", settings.IndexPath);
            return;
        }
        if (settings.CorpusPath is null || !Directory.Exists(settings.CorpusPath))
        {
            status.Set(IndexState.Failed, "The index is empty and no corpus folder was found (set Data:Corpus).");
            logger.LogError("The index at {IndexPath} is empty and no corpus folder was found", settings.IndexPath);
            return;
        }

        status.Set(IndexState.Building, $"Indexing {settings.CorpusPath}");
        logger.LogInformation("Building the index at {IndexPath} from {Corpus}", settings.IndexPath, settings.CorpusPath);
        try
        {
            using var extractors = settings.CreateExtractors(logger);
            var ingester = new FolderIngester(extractors);
            var summary = ingester.Ingest(settings.CorpusPath, settings.IndexPath,
                new InlineProgress<IngestProgress>(p => status.Progress(p.Done, p.Total, p.Errors)), stoppingToken);
            provider.MaybeRefresh();
            foreach (var failure in summary.Failures) logger.LogWarning("Not indexed: {Path}: {Reason}", failure.Path, failure.Reason);
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
            status.Set(IndexState.Failed, e.Message);
            logger.LogError(e, "Building the index failed");
        }
    }
}
