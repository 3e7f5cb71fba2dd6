using Search.Pipeline.Extraction;
using Search.Pipeline.Indexing;
using Search.Pipeline.Metadata;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Metadata;

/// <summary>
/// Letters of regional audit chambers of ../shared/corpus (skipped when it is absent) that name no chamber: the
/// indexed publisher is the chamber of the audited body's region, never the bare "Chambre régionale des comptes".
/// </summary>
[Trait("Category", "Slow")]
public sealed class SharedCorpusPublisherTests
{
    [SkippableTheory]
    [InlineData("html/ccomptes_crc_391547.html", "Chambre régionale des comptes Occitanie")] // "30029 NÎMES CEDEX 9" after a page of letter
    [InlineData("html/ccomptes_crc_391497.html", "Chambre régionale des comptes Occitanie")] // "34370 CAZOULS…"
    [InlineData("html/ccomptes_crc_391494.html", "Chambre régionale des comptes Occitanie")] // "66470 SAINTE-MARIE"
    [InlineData("html/ccomptes_crc_391836.html", "Chambre régionale des comptes Bretagne")]  // no address: Guipavas, Le Relecq-Kerhuon (29)
    public void A_chamber_that_does_not_name_itself_is_the_chamber_of_its_region(string relative, string expected)
    {
        Skip.If(RepoPaths.SharedCorpus is null, "../shared/corpus not found next to the repository");
        var file = Path.Combine(RepoPaths.SharedCorpus!, relative);
        using var extractors = new ExtractorRegistry();
        var content = extractors.Extract(file);
        var metadata = MetadataInferrer.Infer(content, relative, SidecarMetadata.TryLoad(file));
        var document = DocumentBuilder.Build(content, metadata, new DocumentProvenance(relative, "test", "hash", 1) { SourcePath = relative });
        Assert.Equal(expected, document.Publisher);
    }
}
