using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Search.Host;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Ui;

/// <summary>
/// The same host as <see cref="HostFixture"/> (index built from corpus-samples at start-up), with
/// the UI's pages registered explicitly (<see cref="UiServiceCollectionExtensions.AddSearchUi"/>):
/// under a test runner, <c>AddRazorPages()</c> alone does not find them. When SearchHostApp calls
/// AddSearchUi itself, the browser tests can use <see cref="HostFixture"/> directly.
/// </summary>
public sealed class CorpusUiHostFixture : IAsyncLifetime
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "searchhost-ui-corpus-" + Guid.NewGuid().ToString("N"));
    public WebApplication App { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = SearchHostApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Data:Path", DataPath,
            "--Data:Corpus", RepoPaths.CorpusSamples,
            "--Index:RefreshSeconds", "0.2",
            "--Logging:LogLevel:Default", "Warning",
        ], builder => builder.Services.AddSearchUi());
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            var health = await Client.GetFromJsonAsync<Health>("/health");
            if (health?.Status == "ready") return;
            if (health?.Status == "failed") throw new InvalidOperationException("Index build failed: " + health.Message);
            if (DateTime.UtcNow > deadline) throw new TimeoutException("SearchHost was not ready in time.");
            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { }
    }

    private sealed record Health(string Status, string? Message);
}

[CollectionDefinition(Name)]
public sealed class CorpusUiHostCollection : ICollectionFixture<CorpusUiHostFixture>
{
    public const string Name = "SearchHost on corpus-samples, with the UI (browser tests)";
}
