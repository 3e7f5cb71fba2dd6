using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Search.Pipeline.Crawling;
using Search.Pipeline.Extraction;
using Search.Pipeline.Tests.Extraction;

namespace Search.Pipeline.Tests.Crawling;

/// <summary>
/// A publisher page links a PDF that names itself badly (an editor's file name as Info title, a table first):
/// the crawl titles the document with the text of the link that led to it.
/// </summary>
public class LinkTextTitleTests
{
    private const string LinkText = "Les effectifs des polices municipales en 2023 (PDF, 180 Ko)";

    private static byte[] BadlyNamedPdf() => PdfTestFiles.Build(
        [[(9, "Tableau 1 | 2021 | 2022 | 2023"), (9, "Effectifs | 21 500 | 22 300 | 23 100"),
          (10, "Les effectifs des polices municipales ont augmenté de 3,6 % entre 2022 et 2023.")]],
        infoTitle: "Microsoft Word - note_pm_v3.docx");

    private static async Task<LoopbackServer> StartSite(byte[] pdf) => await LoopbackServer.StartAsync(app =>
    {
        app.MapGet("/", () => Results.Content("""
            <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Publications</title></head><body>
            <main><h1>Publications</h1>
            <p><a href="/docs/note_pm_v3.pdf">Télécharger</a></p>
            <p><a href="/docs/note_pm_v3.pdf">
               Les effectifs des polices municipales en 2023 (PDF, 180 Ko)</a></p>
            </main></body></html>
            """, "text/html; charset=utf-8"));
        app.MapGet("/docs/note_pm_v3.pdf", () => Results.Bytes(pdf, "application/pdf"));
    });

    private static CrawlConfig Config(LoopbackServer site) => new()
    {
        AllowedAddresses = ["127.0.0.1"],
        IdleTimeoutSeconds = 5,
        DeadlineSeconds = 30,
        Sources =
        [
            new SourceConfig
            {
                Id = "pm", Publisher = "DGCL", StartUrls = [site.Url("/")], AllowedHosts = ["127.0.0.1"],
                DocumentPatterns = [@"\.pdf$"], MaxDepth = 2, DelaySeconds = 0,
            },
        ],
    };

    [Fact]
    public async Task A_pdf_without_a_usable_title_is_titled_by_the_text_of_the_link_to_it()
    {
        var pdf = BadlyNamedPdf();
        // Without the crawl context, the file alone gives no such title.
        var tmp = Path.Combine(Path.GetTempPath(), "note_pm_v3-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(tmp, pdf);
        try
        {
            var alone = Search.Pipeline.Metadata.MetadataInferrer.Infer(ExtractorRegistry.InProcess().Extract(tmp), "docs/note_pm_v3.pdf");
            Assert.NotEqual("Les effectifs des polices municipales en 2023", alone.Title);
        }
        finally { File.Delete(tmp); }

        await using var site = await StartSite(pdf);
        using var kit = new CrawlTestKit();
        await kit.Crawler(Config(site)).RunAsync();

        var docUrl = site.Url("/docs/note_pm_v3.pdf");
        var doc = kit.Indexed(docUrl);
        Assert.NotNull(doc);
        Assert.Equal("Les effectifs des polices municipales en 2023", doc.Title);
        using var store = kit.Store();
        // The page links the file twice; the longer text is the one kept for that page.
        Assert.Equal([LinkText], store.LinkTexts(docUrl));
    }

    [Fact]
    public void A_crawl_db_from_before_link_texts_is_migrated_in_place()
    {
        var dir = Path.Combine(Path.GetTempPath(), "crawl-migrate-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            using (var old = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dir, CrawlStore.FileName), Pooling = false }.ToString()))
            {
                old.Open();
                using var cmd = old.CreateCommand();
                cmd.CommandText = """
                    CREATE TABLE links (from_url TEXT NOT NULL, to_url TEXT NOT NULL, PRIMARY KEY (from_url, to_url));
                    INSERT INTO links VALUES ('http://127.0.0.1/a', 'http://127.0.0.1/b.pdf');
                    """;
                cmd.ExecuteNonQuery();
            }
            using (var store = CrawlStore.Open(dir))
            {
                Assert.Empty(store.LinkTexts("http://127.0.0.1/b.pdf"));
                Assert.Equal(["http://127.0.0.1/a"], store.Referrers("http://127.0.0.1/b.pdf"));
                store.AddLink("http://127.0.0.1/a", "http://127.0.0.1/b.pdf", "Le bilan des finances locales de 2023");
                Assert.Equal(["Le bilan des finances locales de 2023"], store.LinkTexts("http://127.0.0.1/b.pdf"));
            }
            using (var reopened = CrawlStore.Open(dir))
                Assert.Equal(["Le bilan des finances locales de 2023"], reopened.LinkTexts("http://127.0.0.1/b.pdf"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
