using Search.Core.Documents;
using Search.Pipeline.Crawling;
using Search.Pipeline.Extraction;
using Search.Pipeline.Indexing;
using Search.Pipeline.Metadata;
using Search.Pipeline.Tests.Crawling;

namespace Search.Pipeline.Tests.Indexing;

public class DocumentBuilderTests
{
    private static readonly ExtractedContent Content = new() { Format = "pdf", Pages = ["Les dotations de l'État aux collectivités, par l'OFGL."] };

    private static InferredMetadata Metadata(string? publisher) => new() { Title = "Les dotations de l'État en 2023", Publisher = publisher };

    private static SearchDocument Crawled(SourceConfig source, InferredMetadata metadata, string url = "http://127.0.0.1/a.pdf") =>
        DocumentBuilder.Build(Content, metadata, new DocumentProvenance(url, source.Origin, "h", 10) { Defaults = source.IndexingDefaults });

    [Fact]
    public void The_source_configuration_decides_the_publisher_first()
    {
        var source = new SourceConfig { Id = "dgcl", Publisher = "DGCL", Defaults = new DefaultMetadata { Publisher = "Ministère" } };
        Assert.Equal("DGCL", Crawled(source, Metadata("OFGL")).Publisher);
    }

    [Fact]
    public void A_source_hosting_several_publishers_takes_each_documents_own_then_its_defaults()
    {
        var source = new SourceConfig { Id = "ccomptes", Publisher = "Cour des comptes", MixedPublishers = true, Defaults = new DefaultMetadata { Publisher = "Juridictions financières" } };
        Assert.Equal("Chambre régionale des comptes Bretagne", Crawled(source, Metadata("Chambre régionale des comptes Bretagne")).Publisher);
        Assert.Equal("Juridictions financières", Crawled(source, Metadata(null), "http://127.0.0.1/b.pdf").Publisher);
        var bare = source with { Defaults = new DefaultMetadata() };
        Assert.Equal("Cour des comptes", Crawled(bare, Metadata(null), "http://127.0.0.1/c.pdf").Publisher);
    }

    [Fact]
    public void A_folder_document_keeps_its_own_publisher_and_a_crawled_one_gets_the_source_defaults()
    {
        var metadata = Metadata("OFGL") with { Type = DocumentTypes.WebPage, Themes = ["Dotations"] };
        var folder = DocumentBuilder.Build(Content, metadata, new DocumentProvenance("pdf/a.pdf", "folder:/corpus", "h", 10) { SourcePath = "pdf/a.pdf" });
        Assert.Equal("OFGL", folder.Publisher);
        Assert.Equal(DocumentTypes.WebPage, folder.Type);
        Assert.Equal(["Dotations"], folder.Themes);
        Assert.Equal("pdf/a.pdf", folder.SourcePath);

        var source = new SourceConfig { Id = "dgcl", Publisher = "DGCL", Defaults = new DefaultMetadata { Type = "étude", Themes = ["Finances locales", "dotations"] } };
        var crawled = Crawled(source, metadata);
        Assert.Equal("DGCL", crawled.Publisher);
        Assert.Equal(DocumentTypes.Normalize("étude"), crawled.Type);
        Assert.Equal(["Dotations", "Finances locales"], crawled.Themes);
        Assert.Equal("source:dgcl", crawled.Origin);
        Assert.Null(crawled.SourcePath);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("//autre-site.example/a.pdf")]
    [InlineData("")]
    public void No_document_is_built_under_a_url_that_is_neither_http_nor_a_relative_path(string url) =>
        Assert.Throws<ArgumentException>(() => DocumentBuilder.Build(Content, Metadata(null), new DocumentProvenance(url, "folder:/corpus", "h", 10)));

    [Theory]
    [InlineData("https://www.collectivites-locales.gouv.fr/a.pdf", true, true)]
    [InlineData("HTTP://EXEMPLE.FR/", true, true)]
    [InlineData("pdf/a.pdf", false, true)]
    [InlineData("./javascript:alert(1)/a.pdf", false, true)]
    [InlineData("rapports/2024: bilan.pdf", false, true)]
    [InlineData("javascript:alert(1)", false, false)]
    [InlineData("JavaScript:alert(1)", false, false)]
    [InlineData("mailto:dgcl@example.fr", false, false)]
    [InlineData("ftp://example.fr/a.pdf", false, false)]
    public void Document_urls_are_web_addresses_or_relative_paths(string url, bool web, bool storable)
    {
        Assert.Equal(web, DocumentUrls.IsWeb(url));
        Assert.Equal(storable, DocumentUrls.IsStorable(url));
    }

    [Fact]
    public void A_local_path_never_reads_as_a_scheme()
    {
        Assert.Equal("pdf/a.pdf", DocumentUrls.ForLocalPath("pdf/a.pdf"));
        Assert.Equal("rapports/2024: bilan.pdf", DocumentUrls.ForLocalPath("rapports/2024: bilan.pdf"));
        Assert.Equal("./javascript:alert(1)/a.pdf", DocumentUrls.ForLocalPath("javascript:alert(1)/a.pdf"));
        Assert.Equal("./c:a.pdf", DocumentUrls.ForLocalPath("c:a.pdf"));
    }

    [Fact]
    public void Series_language_and_a_year_alone_reach_the_document_and_the_hash_is_stamped()
    {
        var metadata = Metadata(null) with { Series = "BIS n° 170", Language = "fr", Year = 2021 };
        var doc = DocumentBuilder.Build(Content, metadata, new DocumentProvenance("a.pdf", "folder:/corpus", "abc", 10));
        Assert.Equal("BIS n° 170", doc.Series);
        Assert.Equal("fr", doc.Language);
        Assert.Null(doc.Date);
        Assert.Equal(2021, doc.Year);
        Assert.Equal(IndexingSession.HashPrefix + "abc", doc.ContentHash);
        Assert.Equal("abc", IndexingSession.Unstamped(doc.ContentHash!));
    }

    [Fact]
    public void The_shipped_sources_file_marks_the_cour_des_comptes_as_hosting_several_publishers()
    {
        var config = CrawlConfigLoader.Load(Path.Combine(CrawlConfigTests.RepoRoot(), "sources.json"));
        Assert.True(config.Sources.Single(s => s.Id == "cour-des-comptes").MixedPublishers);
        Assert.False(config.Sources.Single(s => s.Id == "dgcl-statistiques").MixedPublishers);
    }
}
