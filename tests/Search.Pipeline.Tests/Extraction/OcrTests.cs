using Search.Core.Analysis;
using System.Diagnostics;
using Search.Core.Documents;
using Search.Core.Querying;
using Search.Pipeline.Extraction;
using Search.Pipeline.Extraction.Ocr;
using Search.Pipeline.Extraction.Quality;
using Search.Pipeline.Ingest;
using Xunit.Abstractions;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>
/// OCR of pages without a text layer (tesseract-ocr-fra, pdftoppm), behind <see cref="ExtractionOptions.Ocr"/>.
/// The scanned fixtures are built at test time from a text PDF whose text is known. Tests that need the tools
/// are skipped, with the reason, when they are not installed.
/// </summary>
[Trait("Category", "Slow")]
public sealed class OcrTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Ceiling on the character error rate of the OCR of the scanned fixture (measured: see the test output).</summary>
    public const double CerCeiling = 0.03;

    private readonly TempDir _dir = new();

    /// <summary>
    /// OCR with a page budget no busy machine reaches: these tests judge what OCR reads, not how fast (the budget test
    /// sets its own). Under the 60 s default, a page could run out of time on a loaded machine and come back empty.
    /// </summary>
    private static readonly ExtractionOptions On = new() { Ocr = true, OcrPageTimeout = TimeSpan.FromMinutes(30) };

    public void Dispose() => _dir.Dispose();

    private string ScannedPdf(string name = "scan.pdf") =>
        _dir.Write(name, OcrTestFiles.Scan(OcrTestFiles.TextPdf(OcrTestFiles.ScannedLines), _dir.Path));

    [SkippableFact]
    public void Without_ocr_an_image_only_page_is_reported_and_the_document_has_no_text()
    {
        Skip.If(OcrTestFiles.MissingTools is not null, OcrTestFiles.MissingTools);
        var scan = ScannedPdf();
        using var registry = ExtractorRegistry.InProcess();
        Assert.Null(registry.Ocr);
        var c = registry.Extract(scan);
        Assert.Equal(TextQuality.NoText, c.Quality);
        Assert.Equal(PageIssueKind.ImageOnly, Assert.Single(c.PageIssues).Kind);
        Assert.Empty(c.OcrPages);
        Assert.Equal("", c.Pages[0]);
    }

    [SkippableFact]
    public void With_ocr_the_scanned_page_gets_its_text_back()
    {
        Skip.If(OcrTestFiles.MissingTools is not null, OcrTestFiles.MissingTools);
        var scan = ScannedPdf();
        using var registry = ExtractorRegistry.InProcess(On);
        Assert.True(registry.OcrActive, registry.OcrProblem);
        Assert.Equal("ocr:fra", registry.OcrSignature);

        var clock = Stopwatch.StartNew();
        var c = registry.Extract(scan);
        output.WriteLine($"extraction with OCR: {clock.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine(c.Pages[0]);

        Assert.Equal(TextQuality.Ok, c.Quality);
        Assert.Equal("ok", c.TextStatus);
        Assert.Empty(c.PageIssues);
        Assert.Empty(c.PagesWithoutText);
        Assert.Equal([1], c.OcrPages);
        Assert.Contains(c.Warnings, w => w.StartsWith("page 1: text from OCR (tesseract fra", StringComparison.Ordinal));
        Assert.Equal("fr", c.Language);
        foreach (var word in new[] { "collectivités", "départements", "péréquation", "équilibré", "assainissement", "dépenses de fonctionnement" })
            Assert.Contains(word, c.Pages[0]);

        var (errors, length) = TextMetrics.CharacterErrors(c.Pages[0], string.Join("\n", OcrTestFiles.ScannedLines));
        var cer = (double)errors / length;
        output.WriteLine($"CER {cer:P2} ({errors}/{length})");
        Assert.True(cer <= CerCeiling, $"CER {cer:P2} over {CerCeiling:P2}");
    }

    /// <summary>
    /// Ceiling on the character error rate of the OCR of a scanned one-column page of a generated report (tables, 9–10 pt):
    /// measured 1.3–3.4 % on the first pages of corpus-samples; two-column pages measure 20–33 % because tesseract
    /// merges the lines of columns with a narrow gutter (reading order), with the words still right.
    /// </summary>
    public const double ReportPageCerCeiling = 0.05;

    /// <summary>Floor on the bag-of-words F1 of the same pages (order-independent): measured 0.978–0.994.</summary>
    public const double ReportPageWordF1Floor = 0.95;

    [SkippableFact]
    public void A_scanned_page_of_a_generated_report_is_read_close_to_its_known_text()
    {
        Skip.If(OcrTestFiles.MissingTools is not null, OcrTestFiles.MissingTools);
        var samples = GroundTruthTests.SamplesRoot();
        // SEARCH_OCR_MEASURE=all measures the first page of every generated PDF (a minute or two), for the benchmarks.
        List<string> names = Environment.GetEnvironmentVariable("SEARCH_OCR_MEASURE") is "all"
            ? [.. Directory.GetFiles(Path.Combine(samples, "ground-truth"), "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)]
            : ["dgcl-bis-170-apprentis-collectivites-2022"];
        names.RemoveAll(n => !File.Exists(Path.Combine(samples, "pdf", n + ".pdf")));
        Skip.If(names.Count == 0, "no generated PDF in corpus-samples/pdf");
        using var registry = ExtractorRegistry.InProcess(On);
        long errors = 0, length = 0, layerErrors = 0;
        foreach (var name in names)
        {
            var source = Path.Combine(samples, "pdf", name + ".pdf");
            var truth = File.ReadAllText(Path.Combine(samples, "ground-truth", name + ".txt")).Split('\f')[0];
            var clock = Stopwatch.StartNew();
            var c = registry.Extract(_dir.Write(name + "-scan.pdf", OcrTestFiles.ScanPage(source, 1)));
            var seconds = clock.Elapsed.TotalSeconds;
            var (e, l) = TextMetrics.CharacterErrors(c.Pages[0], truth);
            var (le, _) = TextMetrics.CharacterErrors(new PdfExtractor().Extract(source).Pages[0], truth);
            // CER counts reading-order differences (tesseract may merge the lines of two close columns); word F1 does not.
            var f1 = TextMetrics.WordF1(c.Pages[0], truth).F1;
            output.WriteLine($"{name} p.1: OCR CER {(double)e / l:P2} ({e}/{l}), word F1 {f1:0.000}; text layer CER {(double)le / l:P2}; {seconds:0.0} s");
            Assert.True(f1 >= ReportPageWordF1Floor, $"{name}: word F1 {f1:0.000} under {ReportPageWordF1Floor}");
            errors += e;
            length += l;
            layerErrors += le;
            Assert.Equal([1], c.OcrPages);
        }
        var cer = (double)errors / length;
        output.WriteLine($"overall: OCR CER {cer:P2}, text layer CER {(double)layerErrors / length:P2} over {names.Count} page(s)");
        if (names.Count == 1) Assert.True(cer <= ReportPageCerCeiling, $"CER {cer:P2} over {ReportPageCerCeiling:P2}");
    }

    [SkippableFact]
    public void Blank_pages_stay_reported_and_a_partly_scanned_document_is_partial()
    {
        Skip.If(OcrTestFiles.MissingTools is not null, OcrTestFiles.MissingTools);
        var (blank, white) = OcrTestFiles.BlankPages(_dir.Path);
        var text = OcrTestFiles.TextPdf(["Le compte administratif de la commune retrace les recettes et les dépenses de l'exercice."]);
        var path = _dir.Write("mixed.pdf", OcrTestFiles.Merge(text, white, blank));
        using var registry = ExtractorRegistry.InProcess(On);
        var ocr = registry.Ocr!.Engine;
        var runs = ocr.TesseractRuns;

        var c = registry.Extract(path);

        Assert.Equal(1, ocr.TesseractRuns - runs); // the white image only: never the text page nor the empty one
        Assert.Empty(c.OcrPages);
        Assert.Equal([2, 3], c.PagesWithoutText);
        Assert.Equal([PageIssueKind.ImageOnly, PageIssueKind.Blank], c.PageIssues.Select(i => i.Kind));
        Assert.StartsWith("no text layer (image only); OCR found no usable text", c.PageIssues[0].Detail);
        Assert.Equal(TextQuality.Partial, c.Quality);
        Assert.Contains("recettes et les dépenses", c.Pages[0]);
    }

    [SkippableFact]
    public void The_pages_of_a_document_read_at_once_give_what_they_give_one_after_the_other()
    {
        Skip.If(OcrTestFiles.MissingTools is not null, OcrTestFiles.MissingTools);
        // Three pages for OCR (two different scans around a white image) and a text page.
        string[] other = ["Le budget annexe de l'eau potable est voté par le conseil municipal en équilibre réel.", "Les recettes de fonctionnement progressent de 2,4 % en 2022."];
        var (_, white) = OcrTestFiles.BlankPages(_dir.Path);
        var text = OcrTestFiles.TextPdf(["La dotation globale de fonctionnement des communes touristiques est majorée."]);
        var path = _dir.Write("several.pdf", OcrTestFiles.Merge(
            OcrTestFiles.Scan(OcrTestFiles.TextPdf(OcrTestFiles.ScannedLines), _dir.Path), text, white, OcrTestFiles.Scan(OcrTestFiles.TextPdf(other), _dir.Path)));
        var engine = new TesseractOcr(pageTimeout: TimeSpan.FromMinutes(30));

        var one = new OcrPdfExtractor(new PdfExtractor(), engine) { Parallelism = 1 }.Extract(path);
        var runs = engine.TesseractRuns;
        var two = new OcrPdfExtractor(new PdfExtractor(), engine) { Parallelism = 2 }.Extract(path);

        Assert.Equal(3, engine.TesseractRuns - runs);
        Assert.Equal([1, 4], two.OcrPages);
        Assert.Contains("dépenses", two.Pages[0]);
        Assert.Contains("eau potable", two.Pages[3]);
        Assert.Equal(one.Pages, two.Pages);
        Assert.Equal(one.PageIssues, two.PageIssues);
        Assert.Equal(one.OcrPages, two.OcrPages);
        Assert.Equal(one.OcrFailedPages, two.OcrFailedPages);
        Assert.Equal((one.Quality, one.Language), (two.Quality, two.Language));
        // The warnings name each page's OCR time, which differs from run to run: the same pages in the same order.
        static IEnumerable<string> Pages(ExtractedContent c) => c.Warnings.Select(w => w.Split(':')[0]);
        Assert.Equal(Pages(one), Pages(two));
    }

    [SkippableFact]
    public void A_page_over_its_cpu_budget_is_reported_and_the_next_page_is_still_tried()
    {
        Skip.If(OcrTestFiles.MissingTools is not null, OcrTestFiles.MissingTools);
        var scan = _dir.Write("two.pdf", OcrTestFiles.Scan(OcrTestFiles.TextPdf(OcrTestFiles.ScannedLines, OcrTestFiles.ScannedLines), _dir.Path));
        var leftovers = OcrTempDirs();
        using var registry = ExtractorRegistry.InProcess(On with { OcrPageTimeout = TimeSpan.FromMilliseconds(150) });

        var clock = Stopwatch.StartNew();
        var c = registry.Extract(scan);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00} s; {c.DescribePagesWithoutText()}");

        Assert.Equal(TextQuality.NoText, c.Quality);
        Assert.Equal([1, 2], c.PagesWithoutText);
        Assert.All(c.PageIssues, i =>
        {
            Assert.Equal(PageIssueKind.ImageOnly, i.Kind);
            Assert.Contains("OCR failed: OCR used more than its budget of 0.15 s of CPU for the page and was stopped", i.Detail);
        });
        Assert.Contains(c.Warnings, w => w.StartsWith("page 2: OCR failed", StringComparison.Ordinal));
        Assert.Equal([1, 2], c.OcrFailedPages);

        // The ingest says it: the file has no text because OCR ran out of its budget, not because it has none.
        var corpus = Directory.CreateDirectory(Path.Combine(_dir.Path, "corpus")).FullName;
        File.Copy(scan, Path.Combine(corpus, "two.pdf"));
        var summary = new FolderIngester(registry).Ingest(corpus, Path.Combine(_dir.Path, "index"));
        var report = Assert.Single(summary.Reports);
        Assert.Equal((FileOutcome.NoText, 2), (report.Outcome, summary.OcrFailedPages));
        Assert.StartsWith("OCR could not read pages 1, 2: ", report.Reason);
        Assert.Contains("budget of 0.15 s of CPU", report.Reason);

        // The file is unchanged, but its pages were not read: the next ingest tries OCR again instead of keeping
        // a document without text for good (with the same budget here, so it fails again and says so).
        var again = new FolderIngester(registry).Ingest(corpus, Path.Combine(_dir.Path, "index"));
        Assert.Equal((FileOutcome.NoText, 2), (Assert.Single(again.Reports).Outcome, again.OcrFailedPages));
        Assert.True(OcrTempDirs().IsSubsetOf(leftovers), "temporary OCR files were left behind");
    }

    [SkippableFact]
    public void With_ocr_off_tesseract_is_never_started_and_missing_tools_only_warn()
    {
        Skip.If(OperatingSystem.IsWindows(), "the fake tesseract is a shell script");
        var marker = Path.Combine(_dir.Path, "tesseract-was-run");
        var fake = _dir.Write("fake-tesseract", $"#!/bin/sh\necho \"$@\" >> '{marker}'\nexit 1\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var scan = _dir.Write("image.pdf", ImageOnlyPdf());

        using (var off = ExtractorRegistry.InProcess(new ExtractionOptions { Ocr = false, TesseractPath = fake }))
        {
            Assert.Null(off.Ocr);
            Assert.Null(off.OcrProblem);
            Assert.Null(off.OcrSignature);
            Assert.Equal(TextQuality.NoText, off.Extract(scan).Quality);
        }
        Assert.False(File.Exists(marker), "tesseract was started with OCR off");

        // On, with a tesseract that fails: a clear problem, a warning per document, and extraction goes on.
        using (var broken = ExtractorRegistry.InProcess(new ExtractionOptions { Ocr = true, TesseractPath = fake }))
        {
            var c = broken.Extract(scan);
            Assert.True(File.Exists(marker));
            Assert.False(broken.OcrActive);
            Assert.Null(broken.OcrSignature);
            Assert.Contains("--list-langs' failed", broken.OcrProblem);
            Assert.Equal(TextQuality.NoText, c.Quality);
            Assert.Contains(c.Warnings, w => w.StartsWith("OCR not done:", StringComparison.Ordinal));
        }

        using var missing = ExtractorRegistry.InProcess(new ExtractionOptions { Ocr = true, TesseractPath = Path.Combine(_dir.Path, "no-such-tesseract") });
        Assert.Contains("not found (install the Debian packages tesseract-ocr and tesseract-ocr-fra)", missing.OcrProblem);
        Assert.Equal(TextQuality.NoText, missing.Extract(scan).Quality);
    }

    [Fact]
    public void Ocr_output_is_shaped_like_a_text_layer()
    {
        var text = OcrPdfExtractor.ToPageText("Les collecti-\nvités locales\net les EPCI\n\nSecond para-\ngraphe de l'Île-de-\nFrance\f");
        var pages = new List<string> { text };
        Hyphenation.Resolve(pages, new FrenchLexicon(["collectivités", "paragraphe"]));
        Assert.Equal("Les collectivités locales et les EPCI\n\nSecond paragraphe de l'Île-de-France", pages[0]);
    }

    [SkippableFact]
    public void Turning_ocr_on_re_extracts_only_the_files_with_pages_without_text_and_makes_them_searchable()
    {
        Skip.If(OcrTestFiles.MissingTools is not null, OcrTestFiles.MissingTools);
        var corpus = Directory.CreateDirectory(Path.Combine(_dir.Path, "corpus")).FullName;
        var index = Path.Combine(_dir.Path, "index");
        File.WriteAllBytes(Path.Combine(corpus, "scan.pdf"), OcrTestFiles.Scan(OcrTestFiles.TextPdf(OcrTestFiles.ScannedLines), _dir.Path));
        File.WriteAllBytes(Path.Combine(corpus, "text.pdf"), OcrTestFiles.TextPdf(["Le compte administratif de la commune retrace les recettes de l'exercice."]));

        IngestSummary Run(ExtractionOptions options)
        {
            using var registry = new ExtractorRegistry(options); // the worker process, as in the CLI and the host
            return new FolderIngester(registry).Ingest(corpus, index);
        }
        FileOutcome Outcome(IngestSummary s, string path) => s.Reports.Single(r => r.Path == path).Outcome;

        var off = Run(ExtractionOptions.Default);
        Assert.Equal(FileOutcome.NoText, Outcome(off, "scan.pdf"));
        Assert.Equal(FileOutcome.Added, Outcome(off, "text.pdf"));
        Assert.Equal(0, Hits("assainissement"));

        var on = Run(On);
        Assert.Equal(FileOutcome.Updated, Outcome(on, "scan.pdf"));
        Assert.Equal(FileOutcome.Unchanged, Outcome(on, "text.pdf"));
        Assert.Equal(1, on.OcrPages);
        Assert.Equal("text from OCR on page 1", on.Reports.Single(r => r.Path == "scan.pdf").Reason);
        Assert.Equal(1, Hits("assainissement"));
        Assert.Equal(1, Hits("perequation horizontale"));
        Assert.Equal(TextStatuses.Ok, Document("scan.pdf").TextStatus);
        Assert.Equal([1], Document("scan.pdf").OcrPages); // stored: the UI says the text was read by OCR
        Assert.Empty(Document("text.pdf").OcrPages);
        using (var provider = new IndexSearcherProvider(index))
            Assert.Equal([1], new SearchService(provider).Search(new SearchRequest { Query = "assainissement" }).Hits.Single().OcrPages);

        var again = Run(On);
        Assert.Equal(2, again.Count(FileOutcome.Unchanged));
        Assert.Equal(0, again.OcrPages);

        var offAgain = Run(ExtractionOptions.Default);
        Assert.Equal(FileOutcome.NoText, Outcome(offAgain, "scan.pdf"));
        Assert.Equal(FileOutcome.Unchanged, Outcome(offAgain, "text.pdf"));
        Assert.Equal(TextStatuses.None, Document("scan.pdf").TextStatus);
        Assert.Empty(Document("scan.pdf").OcrPages);

        int Hits(string query)
        {
            using var provider = new IndexSearcherProvider(index);
            return (int)new SearchService(provider).Search(new SearchRequest { Query = query }).Total;
        }

        SearchDocument Document(string url)
        {
            using var provider = new IndexSearcherProvider(index);
            return new SearchService(provider).GetByUrl(url)!;
        }
    }

    /// <summary>The OCR engine's temporary folders currently in the temp directory.</summary>
    private static HashSet<string> OcrTempDirs() =>
        Directory.EnumerateDirectories(Path.GetTempPath(), "search-ocr-*").ToHashSet();

    /// <summary>A one-page PDF holding only a small image (no tools needed).</summary>
    private static byte[] ImageOnlyPdf()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddPng(png, new UglyToad.PdfPig.Core.PdfRectangle(50, 400, 550, 800));
        return builder.Build();
    }
}
