namespace Search.Host.Hosting;

/// <summary>
/// Opens new commits of the index (written by the start-up build, the CLI or a crawl) on a timer,
/// so a running host serves new documents within about a second, without a restart.
/// </summary>
public sealed class IndexRefresher(HostSettings settings, ServedIndex served, TimeProvider time, ILogger<IndexRefresher> logger)
    : BackgroundService
{
    private PeriodicTimer? _timer;

    /// <summary>
    /// The timer starts with the service, on the caller's thread: since .NET 10, <see cref="ExecuteAsync"/> runs on the
    /// thread pool, so a timer created there would count from some later moment (and miss a fake clock's advance).
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new PeriodicTimer(settings.RefreshInterval, time);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = _timer ?? new PeriodicTimer(settings.RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (served.MaybeRefresh()) logger.LogInformation("Opened a new commit of the index");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Refreshing the index failed; will retry");
            }
        }
    }
}
