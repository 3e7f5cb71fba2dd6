using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Search.Host.Hosting;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Hosting;

/// <summary>A first start over a small corpus, its Information log lines captured as the default console logger would show them.</summary>
public sealed class FirstStartFixture : TestHost
{
    public ReadySink Log { get; } = new();

    protected override string CorpusPath => Path.Combine(DataPath, "corpus");

    protected override void Prepare()
    {
        Directory.CreateDirectory(CorpusPath);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.CorpusSamples, "html")).Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Order().Take(3))
            File.Copy(file, Path.Combine(CorpusPath, Path.GetFileName(file)));
    }

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Logging.AddProvider(Log);
        builder.Logging.AddFilter<ReadySink>(null, LogLevel.Information);
    }
}

/// <summary>Information log lines of the host; <see cref="Ready"/> completes with the line that gives the address.</summary>
public sealed class ReadySink : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public Task<string> Ready => _ready.Task;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
    public void Dispose() { }

    private sealed class Logger(ReadySink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = formatter(state, exception);
            if (!category.StartsWith("Search.Host", StringComparison.Ordinal)) return;
            sink.Lines.Enqueue(line);
            if (line.StartsWith("Ready: open ", StringComparison.Ordinal)) sink._ready.TrySetResult(line);
        }
    }
}

public sealed class StartupReportTests(FirstStartFixture host) : IClassFixture<FirstStartFixture>
{
    [Fact]
    public async Task The_first_start_says_which_folders_it_builds_from_its_progress_and_the_address_when_ready()
    {
        var ready = await host.Log.Ready.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal("Ready: open " + host.BaseAddress, ready);
        var lines = host.Log.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("Building the index at " + Path.Combine(host.DataPath, "index"), StringComparison.Ordinal)
            && l.Contains(Path.Combine(host.DataPath, "corpus"), StringComparison.Ordinal));
        Assert.Contains("Indexing: 3 of 3 done, 0 error(s)", lines);
        Assert.True(lines.FindIndex(l => l.StartsWith("Indexing: ", StringComparison.Ordinal)) < lines.FindIndex(l => l.StartsWith("Ready: ", StringComparison.Ordinal)));
    }

    /// <summary>Once the server listens the host reads the word list and the thesaurus ahead of any search, and says whether this
    /// machine has them (the expected lines follow what is installed here: CI installs both).</summary>
    [Fact]
    public async Task The_start_reads_the_word_list_and_the_thesaurus_ahead_and_says_whether_they_are_installed()
    {
        await host.Log.Ready.WaitAsync(TimeSpan.FromMinutes(2));
        string? words = null, thesaurus = null;
        for (var i = 0; i < 600 && (words is null || thesaurus is null); i++)
        {
            words = host.Log.Lines.FirstOrDefault(l => l.StartsWith("French word list: ", StringComparison.Ordinal));
            thesaurus = host.Log.Lines.FirstOrDefault(l => l.StartsWith("French thesaurus: ", StringComparison.Ordinal));
            if (words is null || thesaurus is null) await Task.Delay(100);
        }
        Assert.NotNull(words);
        Assert.NotNull(thesaurus);
        Assert.StartsWith(File.Exists(Search.Core.Analysis.FrenchLexicon.FilePath)
            ? $"French word list: {Search.Core.Analysis.FrenchLexicon.FilePath} (" : "French word list: none at ", words);
        Assert.StartsWith(File.Exists(Search.Core.Analysis.Thesaurus.FilePath)
            ? $"French thesaurus: {Search.Core.Analysis.Thesaurus.FilePath} (" : "French thesaurus: none at ", thesaurus);
        if (File.Exists(Search.Core.Analysis.Thesaurus.FilePath)) Assert.Matches(@" \([1-9]\d* entries\)$", thesaurus);
    }
}

/// <summary>Where the data lives: relative settings against the checkout, whatever the working directory.</summary>
public sealed class DataFolderTests
{
    [Fact]
    public void Relative_paths_are_resolved_against_the_repository_root_and_Index_Path_serves_another_folder()
    {
        var root = RepoPaths.Root;
        var defaults = HostSettings.From(new DataSettings(), new IndexRefreshSettings(), new ExtractionSettings(), root);
        Assert.Equal(Path.Combine(root, "data"), defaults.DataPath);
        Assert.Equal(Path.Combine(root, "data", "index"), defaults.IndexPath);
        Assert.Equal(Path.Combine(root, "corpus-samples"), defaults.CorpusPath);

        var elsewhere = HostSettings.From(new DataSettings { Path = "var/d", Corpus = "/srv/corpus" }, new IndexRefreshSettings { Path = "/tmp/real-index" }, new ExtractionSettings(), root);
        Assert.Equal(Path.Combine(root, "var", "d"), elsewhere.DataPath);
        Assert.Equal("/tmp/real-index", elsewhere.IndexPath);
        Assert.Equal("/srv/corpus", elsewhere.CorpusPath);
        Assert.Equal(Path.Combine(root, "idx"), HostSettings.From(new DataSettings(), new IndexRefreshSettings { Path = "idx" }, new ExtractionSettings(), root).IndexPath);
    }
}
