using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Tests.Metadata;

/// <summary>The text of the link that led to a file, as a title candidate.</summary>
public class LinkTitleTests
{
    [Theory]
    [InlineData("Télécharger le BIS n° 170 – Les apprentis dans les collectivités locales en 2022 (PDF, 1,2 Mo)", "BIS n° 170 – Les apprentis dans les collectivités locales en 2022")]
    [InlineData("Les finances des départements en 2023 [pdf - 523 Ko]", "Les finances des départements en 2023")]
    [InlineData("Note de conjoncture des finances locales - PDF - 2.3 MB", "Note de conjoncture des finances locales")]
    [InlineData("Rapport d'observations définitives de la commune de Lunel (nouvelle fenêtre)", "Rapport d'observations définitives de la commune de Lunel")]
    [InlineData("  Consulter   la synthèse régionale\n des effectifs territoriaux  ", "Synthèse régionale des effectifs territoriaux")]
    [InlineData("Les dotations de l’État aux communes (PDF) (ouvre une nouvelle fenêtre)", "Les dotations de l’État aux communes")]
    [InlineData("Guide de lecture des balances comptables, 830 Ko", "Guide de lecture des balances comptables")]
    public void A_descriptive_link_text_becomes_a_clean_title(string link, string expected) =>
        Assert.Equal(expected, MetadataFilters.CleanLinkText(link));

    [Theory]
    [InlineData("Télécharger")]
    [InlineData("Télécharger le document (PDF, 230 Ko)")]
    [InlineData("ici")]
    [InlineData("En savoir plus")]
    [InlineData("PDF - 230 Ko")]
    [InlineData("BIS 170 (PDF)")]
    [InlineData("bis_170_apprentis.pdf")]
    [InlineData("https://www.collectivites-locales.gouv.fr/files/bis170.pdf")]
    [InlineData("Lire la suite")]
    [InlineData("")]
    public void A_link_text_that_says_nothing_of_the_document_is_not_a_title(string link) =>
        Assert.Null(MetadataFilters.CleanLinkText(link));

    private static ExtractedContent Pdf(string firstPage, string? declaredTitle = null) => new()
    {
        Format = "pdf",
        Pages = [firstPage],
        DeclaredTitles = declaredTitle is null ? [] : [declaredTitle],
    };

    [Fact]
    public void The_link_text_titles_a_pdf_that_declares_no_title()
    {
        var content = Pdf("1 | 2 | 3\nTableau A. Effectifs par catégorie\nLes effectifs ont progressé de 2 % en 2022.");
        var without = MetadataInferrer.Infer(content, "docs/doc_2023_v2.pdf");
        Assert.NotEqual("Les effectifs de la fonction publique territoriale en 2022", without.Title);

        var with = MetadataInferrer.Infer(content, "docs/doc_2023_v2.pdf", null,
            ["Télécharger (PDF)", "Les effectifs de la fonction publique territoriale en 2022 (PDF, 400 Ko)"]);
        Assert.Equal("Les effectifs de la fonction publique territoriale en 2022", with.Title);
    }

    [Fact]
    public void A_declared_title_and_a_sidecar_outrank_the_link_text()
    {
        var content = Pdf("Texte de la première page sans titre évident.", declaredTitle: "Les apprentis dans les collectivités locales en 2022");
        var links = new[] { "Une autre formulation du titre de ce document" };
        Assert.Equal("Les apprentis dans les collectivités locales en 2022", MetadataInferrer.Infer(content, "a.pdf", null, links).Title);
        var sidecar = new SidecarMetadata { Title = "Titre fixé à la main pour ce document" };
        Assert.Equal("Titre fixé à la main pour ce document", MetadataInferrer.Infer(content, "a.pdf", sidecar, links).Title);
    }
}
