using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Search.Core.Analysis;

namespace Search.Host.Hosting;

/// <summary>
/// Tells the terminal what the host is doing while it starts, as Information log lines (shown by the default
/// console logger): the folders it serves and builds from, the progress of a start-up build or rebuild every
/// few seconds, and the address of the search page once the index is ready. Once the server listens it also reads the
/// searches' system data in the background (the French word list's folded forms, the thesaurus: no search pays for their
/// first use) and says whether they are installed, since without them typo correction and the vocabulary-gap bridge do less.
/// </summary>
public sealed class StartupReport(IndexStatus status, HostSettings settings, IServer server, IHostApplicationLifetime lifetime,
    TimeProvider time, ILogger<StartupReport> logger) : IHostedService
{
    /// <summary>Least time between two progress lines.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private DateTimeOffset _lastProgress = DateTimeOffset.MinValue;
    private bool _listening;
    private bool _readyTold;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Data folder {DataPath}; index {IndexPath}", settings.DataPath, settings.IndexPath);
        status.Changed += OnChanged;
        lifetime.ApplicationStarted.Register(OnListening);
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(ReadQueryData));
        return Task.CompletedTask;
    }

    /// <summary>Loads the word list's folded forms and the thesaurus (each read once per process) and logs what was found.</summary>
    private void ReadQueryData()
    {
        try
        {
            var words = FrenchLexicon.Folded;
            if (words.Count > 0) logger.LogInformation("French word list: {Path} ({Count} forms)", FrenchLexicon.FilePath, words.Count);
            else logger.LogInformation("French word list: none at {Path} (Debian's wfrench): every word the index lacks is read as a possible typo",
                FrenchLexicon.FilePath);
            var thesaurus = Thesaurus.Default;
            if (thesaurus.Count > 0) logger.LogInformation("French thesaurus: {Path} ({Count} entries)", thesaurus.Source, thesaurus.Count);
            else logger.LogInformation("French thesaurus: none at {Path} (Debian's mythes-fr): a word no document holds with the others is not searched as its synonyms",
                Thesaurus.FilePath);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "The searches' system data could not be read ahead; the first search that needs them reads them");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        status.Changed -= OnChanged;
        return Task.CompletedTask;
    }

    private void OnListening()
    {
        lock (_gate) _listening = true;
        if (!TellReady() && status.State is IndexState.Starting or IndexState.Building)
            logger.LogInformation("Listening on {Url}; the search answers once the index is built ({Url}health shows the progress)", SearchPage(), SearchPage());
    }

    private void OnChanged(IndexStatus changed)
    {
        if (changed.State is IndexState.Building or IndexState.Rebuilding && changed.Total > 0)
        {
            var now = time.GetUtcNow();
            lock (_gate)
            {
                if (now - _lastProgress < ProgressInterval && changed.Done < changed.Total) return;
                _lastProgress = now;
            }
            logger.LogInformation("Indexing: {Done} of {Total} done, {Errors} error(s)", changed.Done, changed.Total, changed.Errors);
        }
        else if (changed.State == IndexState.Ready) TellReady();
    }

    /// <summary>Logs the search page's address once, when the index is ready and the server listens; true when told (now or before).</summary>
    private bool TellReady()
    {
        lock (_gate)
        {
            if (_readyTold) return true;
            if (!_listening || status.State != IndexState.Ready) return false;
            _readyTold = true;
        }
        logger.LogInformation("Ready: open {Url}", SearchPage());
        return true;
    }

    private string SearchPage()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? SearchHostApp.DefaultUrl;
        return address.TrimEnd('/') + "/";
    }
}
