using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Tests.Extraction;

public class PdfExtractorTests
{
    private readonly PdfExtractor _extractor = new();

    private static readonly (double, string)[] Body =
    [
        (11, "Les comptes des communes retracent les recettes et les dépenses de l'année."),
        (11, "La dotation globale de fonctionnement est versée par l'État aux collectivités."),
        (11, "Les données sont issues des balances comptables centralisées par la DGFiP."),
    ];

    [Fact]
    public void ExtractsTextHeadingAndInfo()
    {
        using var dir = new TempDir();
        var bytes = PdfTestFiles.Build(
            [[(24, "Les finances des communes"), (24, "en 2022"), .. Body.Select(b => (b.Item1, Ascii(b.Item2)))]],
            infoTitle: "Les finances des communes en 2022", infoAuthor: "DGCL");
        var path = dir.Write("finances.pdf", bytes);

        var c = _extractor.Extract(path);

        Assert.Equal("pdf", c.Format);
        Assert.Equal(TextQuality.Ok, c.Quality);
        Assert.Empty(c.PagesWithoutText);
        Assert.Contains("dotation globale de fonctionnement", c.FullText);
        Assert.Equal("Les finances des communes en 2022", c.HeadingTitle);
        Assert.Equal(["Les finances des communes en 2022"], c.DeclaredTitles);
        Assert.Equal(["DGCL"], c.DeclaredPublishers);
        Assert.Equal(new DateOnly(2022, 11, 29), c.DeclaredDate);
        Assert.True(c.DeclaredDateIsFileCreationDate);
    }

    [Theory]
    [InlineData("Microsoft Word - x.doc")]
    [InlineData("methodo_comm.doc")]
    [InlineData("finances")]
    public void RejectsJunkInfoTitle(string junk)
    {
        using var dir = new TempDir();
        var path = dir.Write("finances.pdf", PdfTestFiles.Build([[(11, "Les comptes des communes et des departements en 2022.")]], infoTitle: junk, infoAuthor: "jdupont"));
        var c = _extractor.Extract(path);
        Assert.Contains(junk, c.DeclaredTitles); // as declared: the metadata stage rejects it
        Assert.Null(MetadataFilters.DeclaredTitle(c, "finances.pdf"));
        Assert.Null(MetadataFilters.DeclaredPublisher(c));
    }

    [Fact]
    public void RemovesRunningHeadersAndPageNumbers()
    {
        using var dir = new TempDir();
        var pages = Enumerable.Range(1, 4)
            .Select(i => (IReadOnlyList<(double, string)>)[(11, $"Chapitre {i} : les budgets des communes et leur evolution recente.")])
            .ToList();
        var path = dir.Write("report.pdf", PdfTestFiles.Build(pages, header: "Rapport annuel sur les finances locales 2022", pageNumbers: true));

        var c = _extractor.Extract(path);

        Assert.Equal(4, c.Pages.Count);
        // The header names the document: kept once, on the first page; the folios name nothing: gone from every page.
        Assert.StartsWith("Rapport annuel sur les finances locales 2022", c.Pages[0]);
        Assert.Equal("Rapport annuel sur les finances locales 2022", c.RunningTitle);
        Assert.All(c.Pages.Skip(1), p => Assert.DoesNotContain("Rapport annuel sur les finances locales", p));
        Assert.All(c.Pages, p => Assert.DoesNotContain("Page ", p));
        Assert.Contains("Chapitre 3 : les budgets des communes", c.Pages[2]);
    }

    [Fact]
    public void A_lists_running_header_is_its_name_and_stays_once()
    {
        // The réserve parlementaire's lists: rows of names under a header that every page repeats and no other line says
        // (../shared/corpus/pdf/minfi_1409-senat-reserve-2013.pdf); their declared title is a file's name.
        using var dir = new TempDir();
        var pages = Enumerable.Range(1, 5)
            .Select(i => (IReadOnlyList<(double, string)>)[(10, $"COMMUNE {i} 94 - Val-de-Marne 2012 6 000 euros"), (10, "Nature de la subvention : travaux de voirie.")])
            .ToList();
        var path = dir.Write("liste.pdf", PdfTestFiles.Build(pages, header: "Senat - Subventions aux collectivites locales", pageNumbers: true, infoTitle: "Annexe P122 - v1909"));

        var c = _extractor.Extract(path);

        Assert.Single(c.Pages, p => p.Contains("Subventions aux collectivites locales"));
        Assert.StartsWith("Senat - Subventions aux collectivites locales", c.Pages[0]);
        // Given as the running title: searched as a second title (Schema.RunningTitleWords).
        Assert.Equal("Senat - Subventions aux collectivites locales", c.RunningTitle);
        Assert.Contains("COMMUNE 4", c.Pages[3]);
        Assert.All(c.Pages, p => Assert.DoesNotContain("Page ", p));
    }

    [SkippableFact]
    public void KeepsFrenchAccentsWithTrueTypeFont()
    {
        Skip.If(PdfTestFiles.DejaVuMissing, "DejaVuSans.ttf not installed");
        using var dir = new TempDir();
        var path = dir.Write("accents.pdf", PdfTestFiles.Build([[(20, "Département de l'Ardèche"), .. Body, (11, "Un cœur de métropole, une œuvre collective.")]], trueType: true));

        var c = _extractor.Extract(path);

        Assert.Equal(TextQuality.Ok, c.Quality);
        Assert.Contains("Département de l'Ardèche", c.FullText);
        Assert.Contains("dépenses", c.FullText);
        Assert.Contains("cœur", c.FullText);
    }

    [Fact]
    public void PageWithoutTextMakesPartialAndDocumentWithoutTextIsNoText()
    {
        using var dir = new TempDir();
        var blank = dir.Write("blank.pdf", PdfTestFiles.Build([[]]));
        var c = _extractor.Extract(blank);
        Assert.Equal(TextQuality.NoText, c.Quality);
        Assert.Equal([1], c.PagesWithoutText);
        Assert.Equal("", c.Pages[0]);
    }

    [Fact]
    public void CorruptPdfThrowsExtractionException()
    {
        using var dir = new TempDir();
        var random = new byte[4096];
        new Random(42).NextBytes(random);
        var bytes = "%PDF-1.7\n"u8.ToArray().Concat(random).ToArray();
        var path = dir.Write("corrupt.pdf", bytes);

        var ex = Assert.Throws<ExtractionException>(() => _extractor.Extract(path));
        Assert.Contains("corrupt.pdf", ex.Message);
    }

    [Fact]
    public void TruncatedPdfThrowsExtractionExceptionOrKeepsWhatItCan()
    {
        using var dir = new TempDir();
        var full = PdfTestFiles.Build([[(11, "Les comptes des communes et des departements en 2022.")]]);
        var path = dir.Write("truncated.pdf", full[..(full.Length / 3)]);

        // Never anything but an ExtractionException; lenient parsing may recover a truncated file.
        try
        {
            var c = _extractor.Extract(path);
            Assert.NotNull(c.Pages);
        }
        catch (ExtractionException e)
        {
            Assert.Contains("truncated.pdf", e.Message);
        }
    }

    [Fact]
    public void NotAPdfThrowsExtractionException()
    {
        using var dir = new TempDir();
        var path = dir.Write("fake.pdf", "<html><body>pas un PDF</body></html>");
        var ex = Assert.Throws<ExtractionException>(() => _extractor.Extract(path));
        Assert.Contains("Not a PDF", ex.Message);
        var empty = dir.Write("empty.pdf", []);
        Assert.Throws<ExtractionException>(() => _extractor.Extract(empty));
    }

    /// <summary>
    /// Pages are parsed up to <see cref="PdfExtractor.LayoutLookAhead"/> times <see cref="PdfExtractor.LayoutParallelism"/>
    /// ahead of the oldest layout not done; the document is the same as with every page laid out in turn on the parsing
    /// thread, whatever the number of layouts at once: the real PDFs of corpus-samples (tables, two columns, 1 to 30 pages).
    /// </summary>
    [Fact]
    public void Pages_laid_out_ahead_of_the_parsing_give_the_document_of_pages_laid_out_in_turn()
    {
        var pdfs = Directory.GetFiles(Path.Combine(Search.Pipeline.Tests.Crawling.CrawlConfigTests.RepoRoot(), "corpus-samples", "pdf"), "*.pdf")
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(pdfs.Count >= 10, "corpus-samples/pdf holds the real PDFs");
        Assert.True(PdfExtractor.LayoutLookAhead > 1);
        var inTurn = new PdfExtractor { LayoutParallelism = 1 };
        var extractors = new[] { new PdfExtractor { LayoutParallelism = 2 }, new PdfExtractor { LayoutParallelism = 4 }, new PdfExtractor() };
        foreach (var pdf in pdfs)
        {
            var expected = inTurn.Extract(pdf);
            foreach (var extractor in extractors)
            {
                var actual = extractor.Extract(pdf);
                Assert.Equal(expected.Pages, actual.Pages);
                Assert.Equal(expected.PageIssues, actual.PageIssues);
                Assert.Equal(expected.Warnings, actual.Warnings);
                Assert.Equal(expected.HeadingTitle, actual.HeadingTitle);
            }
        }
    }

    private static string Ascii(string s) => new(s.Normalize(System.Text.NormalizationForm.FormD).Where(ch => ch < 128).ToArray());
}
