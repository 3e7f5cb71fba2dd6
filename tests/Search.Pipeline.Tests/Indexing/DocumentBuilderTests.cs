using Search.Pipeline.Crawling;
using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Tests.Crawling;

public class DocumentFactoryTests
{
    private static readonly ExtractedContent Content = new() { Format = "pdf", Pages = ["Les dotations de l'État aux collectivités, par l'OFGL."] };

    private static InferredMetadata Metadata(string? publisher) => new() { Title = "Les dotations de l'État en 2023", Publisher = publisher };

    [Fact]
    public void The_source_configuration_decides_the_publisher_first()
    {
        var source = new SourceConfig { Id = "dgcl", Publisher = "DGCL", Defaults = new DefaultMetadata { Publisher = "Ministère" } };
        var doc = DocumentFactory.Create(source, "http://127.0.0.1/a.pdf", Metadata("OFGL"), Content, "h", 10);
        Assert.Equal("DGCL", doc.Publisher);
    }

    [Fact]
    public void A_source_hosting_several_publishers_takes_each_documents_own_then_its_defaults()
    {
        var source = new SourceConfig { Id = "ccomptes", Publisher = "Cour des comptes", MixedPublishers = true, Defaults = new DefaultMetadata { Publisher = "Juridictions financières" } };
        Assert.Equal("Chambre régionale des comptes Bretagne",
            DocumentFactory.Create(source, "http://127.0.0.1/a.pdf", Metadata("Chambre régionale des comptes Bretagne"), Content, "h", 10).Publisher);
        Assert.Equal("Juridictions financières", DocumentFactory.Create(source, "http://127.0.0.1/b.pdf", Metadata(null), Content, "h", 10).Publisher);
        var bare = source with { Defaults = new DefaultMetadata() };
        Assert.Equal("Cour des comptes", DocumentFactory.Create(bare, "http://127.0.0.1/c.pdf", Metadata(null), Content, "h", 10).Publisher);
    }

    [Fact]
    public void The_shipped_sources_file_marks_the_cour_des_comptes_as_hosting_several_publishers()
    {
        var config = CrawlConfigLoader.Load(Path.Combine(CrawlConfigTests.RepoRoot(), "sources.json"));
        Assert.True(config.Sources.Single(s => s.Id == "cour-des-comptes").MixedPublishers);
        Assert.False(config.Sources.Single(s => s.Id == "dgcl-statistiques").MixedPublishers);
    }
}
