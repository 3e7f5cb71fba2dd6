using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Host;

namespace SearchHost.Tests.Ui;

/// <summary>
/// A SearchHost over a small index written here, document by document, so that the UI tests can
/// rely on content the sample corpus does not have: text full of markup, a PDF without text.
/// The host uses an existing index as is, so no corpus is read.
/// </summary>
public sealed class SeededHostFixture : IAsyncLifetime
{
    public const string MarkupId = "ui-test-markup";
    public const string ScannedId = "ui-test-scanned";

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "searchhost-ui-tests-" + Guid.NewGuid().ToString("N"));
    public WebApplication App { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using (var writer = DocumentIndexWriter.Open(Path.Combine(DataPath, "index")))
        {
            foreach (var doc in Documents()) writer.Upsert(doc);
            writer.Commit();
        }
        var emptyCorpus = Directory.CreateDirectory(Path.Combine(DataPath, "corpus")).FullName;
        App = SearchHostApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Data:Path", DataPath,
            "--Data:Corpus", emptyCorpus,
            "--Index:RefreshSeconds", "0.2",
            "--Logging:LogLevel:Default", "Warning",
        ], builder => builder.Services.AddSearchUi());
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };

        var deadline = DateTime.UtcNow.AddMinutes(1);
        while ((await Client.GetFromJsonAsync<Health>("/health"))?.Status != "ready")
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The seeded SearchHost was not ready in time.");
            await Task.Delay(100);
        }
    }

    private static IEnumerable<SearchDocument> Documents()
    {
        yield return new SearchDocument
        {
            Id = MarkupId,
            Url = "https://exemple.gouv.fr/apprentis-balises.pdf",
            Title = "Les apprentis <b>et</b> les <script>alert('titre')</script> balises",
            Publisher = "DGCL",
            Type = DocumentTypes.StatisticalBulletin,
            Date = new DateOnly(2023, 11, 29),
            Themes = ["Emploi public"],
            Summary = "Résumé avec <img src=x onerror=alert('resume')> une image.",
            Pages =
            [
                "Première page sans le mot.",
                "Les apprentis recrutés <script>alert('xss')</script> par les communes & les EPCI <img src=x onerror=alert(1)>.",
            ],
            Format = "pdf",
            TextStatus = TextStatuses.Ok,
        };
        yield return new SearchDocument
        {
            Id = ScannedId,
            Url = "archives/apprentis-scan.pdf",
            Title = "Apprentis : registre scanné",
            Publisher = "Chambre régionale des comptes Bretagne",
            Type = DocumentTypes.AuditReport,
            Date = new DateOnly(2021, 3, 1),
            Summary = "Apprentis des communes bretonnes, document numérisé.",
            Pages = [""],
            Format = "pdf",
            TextStatus = TextStatuses.None,
        };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { }
    }

    private sealed record Health(string Status);
}

[CollectionDefinition(Name)]
public sealed class SeededHostCollection : ICollectionFixture<SeededHostFixture>
{
    public const string Name = "SearchHost on a seeded index (UI)";
}
