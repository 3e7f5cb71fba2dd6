using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Search.Core.Querying;
using Search.Host;
using Search.Host.Hosting;
using Search.Pipeline.Extraction;
using Search.Pipeline.Indexing;
using Search.Pipeline.Ingest;
using Search.TestSupport;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Hosting;

/// <summary>
/// A host started on an index written by another pipeline version serves it while it rebuilds a new one beside it,
/// then swaps; stopped in the middle of the rebuild, it leaves the old index whole. A host stopped in the middle of
/// its first build stops cleanly, and the next start finishes the index.
/// </summary>
public sealed class IndexUpgradeTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "index-upgrade-" + Guid.NewGuid().ToString("N"));
    private string Corpus => Path.Combine(_root, "corpus");
    private string Data => Path.Combine(_root, "data");
    private string IndexPath => Path.Combine(Data, "index");

    private const string OldTitle = "Les effectifs de la police municipale";
    private const string NewTitle = "Les effectifs de la police municipale, édition révisée";

    /// <summary>An index of an older version over two pages; then one page changes on disk (what the rebuild will read).</summary>
    public IndexUpgradeTests()
    {
        Directory.CreateDirectory(Corpus);
        File.WriteAllText(Path.Combine(Corpus, "police.html"), Page(OldTitle, "Les agents de police municipale sont plus nombreux dans les communes."));
        File.Copy(Path.Combine(RepoPaths.CorpusSamples, "html", "dgcl-bis-170-apprentis-2022.html"), Path.Combine(Corpus, "apprentis.html"));
        using (var extractors = ExtractorRegistry.InProcess())
            new FolderIngester(extractors).Ingest(Corpus, IndexPath);
        OlderIndex.Simulate(IndexPath);
        File.WriteAllText(Path.Combine(Corpus, "police.html"), Page(NewTitle, "Les agents de police municipale sont plus nombreux dans les communes."));
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task The_host_serves_the_old_index_while_it_rebuilds_then_swaps_in_the_new_one()
    {
        var held = new HeldExtractor("police.html");
        await using var host = await Host.StartAsync(Data, Corpus, held);

        Assert.True(await Task.Run(() => held.Reached.Wait(Patience)), "the rebuild did not reach police.html");
        var health = await host.Health();
        Assert.Equal("rebuilding", health.GetProperty("status").GetString());
        Assert.Equal(2, health.GetProperty("build").GetProperty("total").GetInt32());
        Assert.InRange(health.GetProperty("build").GetProperty("done").GetInt32(), 0, 1);
        Assert.Equal(2, health.GetProperty("documents").GetInt32());
        Assert.Equal(OldTitle, await host.TitleOf("police.html"));
        Assert.Equal(OlderIndex.Version, IndexingSession.VersionOf(IndexPath));
        // The page for people says the same, in French: search still served, the rebuild's progress, the old index's size.
        var (etat, code) = await host.Page("/etat");
        Assert.Equal(200, code);
        Assert.Contains("Un nouvel index est en cours de construction ; la recherche reste disponible sur l’index actuel.", etat);
        Assert.Contains("Reconstruction en cours", etat);
        Assert.Matches(@"[01] documents traités sur 2 \((0|50) %\)", etat);
        Assert.Matches(@"Documents indexés</th>\s*<td>2</td>", etat);

        held.Released.Set();
        await host.WaitForStatus("ready");
        Assert.Equal(NewTitle, await host.TitleOf("police.html"));
        Assert.Equal(2, (await host.Health()).GetProperty("documents").GetInt32());
        Assert.Equal(IndexingSession.PipelineVersion, IndexingSession.VersionOf(IndexPath));
        Assert.False(Directory.Exists(IndexPath + ".next"));
    }

    [Fact]
    public async Task A_host_stopped_during_a_rebuild_leaves_the_old_index_whole_and_rebuilds_at_the_next_start()
    {
        var held = new HeldExtractor("police.html");
        await using (var host = await Host.StartAsync(Data, Corpus, held))
        {
            Assert.True(await Task.Run(() => held.Reached.Wait(Patience)), "the rebuild did not reach police.html");
            Assert.Equal("rebuilding", (await host.Health()).GetProperty("status").GetString());
            await host.StopAsync(); // cancels the extraction held in the middle of the rebuild
            Assert.Equal(IndexState.Ready, host.Status.State);
            Assert.Equal("Rebuild cancelled; the previous index is served.", host.Status.Message);
        }

        // The served index is the old one, whole: its version, its documents, its content.
        Assert.Equal(OlderIndex.Version, IndexingSession.VersionOf(IndexPath));
        using (var provider = new IndexSearcherProvider(IndexPath))
        {
            var search = new SearchService(provider);
            Assert.Equal(2, search.DocumentCount());
            Assert.Equal(OldTitle, search.GetByUrl("police.html")!.Title);
        }

        await using var restarted = await Host.StartAsync(Data, Corpus);
        await restarted.WaitForStatus("ready");
        Assert.Equal(NewTitle, await restarted.TitleOf("police.html"));
        Assert.Equal(IndexingSession.PipelineVersion, IndexingSession.VersionOf(IndexPath));
    }

    [Fact]
    public async Task A_host_stopped_during_its_first_build_stops_cleanly_and_the_next_start_finishes_the_index()
    {
        var data = Path.Combine(_root, "first-start");
        var held = new HeldExtractor("police.html");
        await using (var host = await Host.StartAsync(data, Corpus, held))
        {
            Assert.True(await Task.Run(() => held.Reached.Wait(Patience)), "the build did not reach police.html");
            Assert.Equal("building", (await host.Health()).GetProperty("status").GetString());
            var (etat, code) = await host.Page("/etat");
            Assert.Equal(200, code);
            Assert.Contains("L’index est en cours de construction : la recherche sera disponible à la fin.", etat);
            Assert.Contains("Construction en cours", etat);
            Assert.Contains("aucun index n’est encore disponible", etat);
            await host.StopAsync(); // cancels the extraction held in the middle of the build
            Assert.Equal(IndexState.Failed, host.Status.State);
            Assert.Equal("Start-up build cancelled.", host.Status.Message);
        }

        await using var restarted = await Host.StartAsync(data, Corpus);
        await restarted.WaitForStatus("ready");
        Assert.Equal(2, (await restarted.Health()).GetProperty("documents").GetInt32());
        Assert.Equal(NewTitle, await restarted.TitleOf("police.html"));
        Assert.Equal(IndexingSession.PipelineVersion, IndexingSession.VersionOf(Path.Combine(data, "index")));
    }

    private static string Page(string title, string text) =>
        $"<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><main><h1>{title}</h1><p>{text}</p></main></body></html>";

    /// <summary>
    /// The host's HTML extractor, held at one file until <see cref="Released"/> is set; the build's cancellation token (the
    /// host's stopping token) reaches it as it reaches every extractor.
    /// </summary>
    private sealed class HeldExtractor(string fileName) : IContentExtractor
    {
        private readonly HtmlExtractor _html = new();
        public ManualResetEventSlim Reached { get; } = new();
        public ManualResetEventSlim Released { get; } = new();

        public bool CanExtract(string path) => _html.CanExtract(path);

        public ExtractedContent Extract(string path, CancellationToken cancellationToken = default)
        {
            if (Path.GetFileName(path) == fileName)
            {
                Reached.Set();
                Released.Wait(cancellationToken);
            }
            return _html.Extract(path, cancellationToken);
        }
    }

    /// <summary>A real host on 127.0.0.1, extracting HTML with the given extractor (else with its own extractors).</summary>
    private sealed class Host : IAsyncDisposable
    {
        private WebApplication _app = null!;
        private HttpClient _client = null!;

        public IndexStatus Status => _app.Services.GetRequiredService<IndexStatus>();

        public static async Task<Host> StartAsync(string data, string corpus, IContentExtractor? html = null)
        {
            var host = new Host();
            host._app = SearchHostApp.Build(
                ["--urls", "http://127.0.0.1:0", "--Data:Path", data, "--Data:Corpus", corpus, "--Index:RefreshSeconds", "0.2", "--Index:WarmUpSearches", "0", "--Logging:LogLevel:Default", "Warning"],
                builder =>
                {
                    if (html is not null) builder.Services.AddSingleton<ExtractorsFactory>(() => new ExtractorRegistry([html]));
                });
            await host._app.StartAsync();
            var address = host._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            host._client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
            return host;
        }

        public async Task<(string Html, int Status)> Page(string path)
        {
            using var response = await _client.GetAsync(path);
            return (await response.Content.ReadAsStringAsync(), (int)response.StatusCode);
        }

        public async Task<JsonElement> Health() => await _client.GetFromJsonAsync<JsonElement>("/health");

        public async Task<string?> TitleOf(string url) =>
            (await _client.GetFromJsonAsync<JsonElement>("/api/documents?url=" + Uri.EscapeDataString(url))).GetProperty("title").GetString();

        public async Task WaitForStatus(string status)
        {
            var deadline = DateTime.UtcNow + Patience;
            while ((await Health()).GetProperty("status").GetString() != status)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"/health never said {status}");
                await Task.Delay(100);
            }
        }

        private bool _stopped;

        public async Task StopAsync()
        {
            _stopped = true;
            await _app.StopAsync();
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            if (!_stopped) await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
