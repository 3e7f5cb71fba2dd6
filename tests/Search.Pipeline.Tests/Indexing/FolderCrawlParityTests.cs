using System.Text.Json;
using Search.Core.Documents;
using Search.Pipeline.Crawling;
using Search.Pipeline.Extraction;
using Search.Pipeline.Ingest;
using Search.Pipeline.Tests.Crawling;

namespace Search.Pipeline.Tests.Indexing;

/// <summary>The same files indexed from a folder and from a crawl of a loopback site give the same documents.</summary>
public class FolderCrawlParityTests
{
    [Fact]
    public async Task A_file_indexed_from_a_folder_and_from_a_crawl_has_the_same_stored_fields_but_its_address()
    {
        await using var site = await FixtureSite.StartAsync();
        using var kit = new CrawlTestKit();
        // A source that imposes nothing: each document's own publisher, no default type or themes.
        var config = CrawlTestKit.Config(site, s => s with
        {
            StartUrls = [site.Url("/publications?page=1")],
            Sitemaps = [],
            Feeds = [],
            MaxDepth = 1,
            MixedPublishers = true,
            Defaults = new DefaultMetadata(),
        });
        await kit.Crawler(config).RunAsync();

        // The folder holds the files the site serves, under the same paths (without their sidecars: a crawl has none).
        var samples = Path.Combine(CrawlConfigTests.RepoRoot(), "corpus-samples");
        var folder = Path.Combine(kit.DataPath, "folder");
        var files = new[] { ("docs/" + FixtureSite.BisPdf, "pdf/" + FixtureSite.BisPdf), ("docs/" + FixtureSite.FinancesPdf, "pdf/" + FixtureSite.FinancesPdf), ("publications/" + FixtureSite.BisPage, "html/" + FixtureSite.BisPage) };
        foreach (var (path, sample) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            File.Copy(Path.Combine(samples, sample), Path.Combine(folder, path));
        }
        using var extractors = new ExtractorRegistry();
        var folderIndex = Path.Combine(kit.DataPath, "folder-index");
        var summary = new FolderIngester(extractors).Ingest(folder, folderIndex);
        Assert.Equal(3, summary.Count(FileOutcome.Added));

        var compared = new List<SearchDocument>();
        using var folderProvider = new Search.Core.Querying.IndexSearcherProvider(folderIndex);
        var fromFolder = new Search.Core.Querying.SearchService(folderProvider);
        foreach (var (path, _) in files)
        {
            var crawled = kit.Indexed(site.Url("/" + path));
            var ingested = fromFolder.GetByUrl(path);
            Assert.NotNull(crawled);
            Assert.NotNull(ingested);
            Assert.Equal("source:fixture", crawled.Origin);
            Assert.NotEmpty(ingested.Pages);
            Assert.Equal(Comparable(ingested), Comparable(crawled));
            compared.Add(crawled);
        }
        // What the crawler used to lose is there.
        Assert.Contains(compared, d => d.Series is not null);
        Assert.All(compared, d => Assert.Equal("fr", d.Language));
    }

    /// <summary>Every stored field but those that depend on where the document was found, as JSON.</summary>
    private static string Comparable(SearchDocument d) => JsonSerializer.Serialize(d with
    {
        Id = "",
        Url = "",
        Origin = null,
        SourcePath = null,
        ContentHash = null,
        IndexedAt = default,
    }, new JsonSerializerOptions { WriteIndented = true });
}
