using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Search.Host;

namespace SearchHost.Tests.Infrastructure;

/// <summary>
/// A real SearchHost on Kestrel, bound to 127.0.0.1 on a free port, over its own data folder
/// (deleted at the end). <see cref="InitializeAsync"/> waits until /health says "ready".
/// </summary>
public abstract class TestHost : IAsyncLifetime
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "searchhost-tests-" + Guid.NewGuid().ToString("N"));
    public WebApplication App { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The folder indexed at start-up when the index is missing or empty.</summary>
    protected abstract string CorpusPath { get; }

    /// <summary>Whether <see cref="InitializeAsync"/> waits for the index to be ready (a host whose build fails does not).</summary>
    protected virtual bool WaitForIndex => true;

    /// <summary>Runs before the host starts (to write an index, say).</summary>
    protected virtual void Prepare() { }

    /// <summary>Runs after the host has stopped and its data folder is deleted (to delete a corpus <see cref="Prepare"/> wrote, say).</summary>
    protected virtual void CleanUp() { }

    /// <summary>The host's <c>Index:WarmUpSearches</c>: none unless a fixture asks.</summary>
    protected virtual string WarmUpSearches => "0";

    /// <summary>Adds to the host's builder (a log sink, say) and to its endpoints, before it starts.</summary>
    protected virtual void Configure(WebApplicationBuilder builder) { }
    protected virtual void Map(WebApplication app) { }

    public async Task InitializeAsync()
    {
        Prepare();
        App = SearchHostApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Data:Path", DataPath,
            "--Data:Corpus", CorpusPath,
            "--Index:RefreshSeconds", "0.2",
            // No warm-up searches (a test host's first answers are judged for what they say, not for their speed); WarmUpTests
            // sets its own.
            "--Index:WarmUpSearches", WarmUpSearches,
            // No answer may depend on how busy the machine is: a budget no search reaches (tests that want one set it).
            "--Search:TimeBudgetMs", "600000",
            // OCR only in the few tests that ask for it (tagged Slow): the suite's time does not depend on tesseract being installed.
            "--Extraction:Ocr", "false",
            "--Logging:LogLevel:Default", "Warning",
        ], Configure);
        Map(App);
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (WaitForIndex) await WaitUntilReadyAsync(TimeSpan.FromMinutes(5));
    }

    /// <summary>Polls /health until the start-up build is done (bounded: fails after <paramref name="timeout"/>).</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await Client.GetAsync("/health");   // 503 once the build failed
            var health = await response.Content.ReadFromJsonAsync<Health>();
            if (health?.Status == "ready") return;
            if (health?.Status == "failed") throw new InvalidOperationException("Index build failed: " + health.Message);
            await Task.Delay(100);
        }
        throw new TimeoutException("SearchHost was not ready in time.");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { }
        CleanUp();
    }

    private sealed record Health(string Status, int Documents, string? Message);
}

/// <summary>The host as on a first start on a new machine: its index built from corpus-samples.</summary>
public sealed class HostFixture : TestHost
{
    protected override string CorpusPath => RepoPaths.CorpusSamples;
}

[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "SearchHost on corpus-samples";
}
