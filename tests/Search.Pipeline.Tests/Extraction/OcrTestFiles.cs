using System.Diagnostics;
using Search.Pipeline.Extraction.Ocr;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>
/// Scanned PDFs built at test time: a text PDF (DejaVu, known text) rendered by pdftoppm to a PNG, then put
/// back as the only content of a page (no text layer), as a scanner would produce.
/// </summary>
public static class OcrTestFiles
{
    /// <summary>The text of the scanned page, line by line (words with accents, a word found nowhere else: "assainissement").</summary>
    public static readonly string[] ScannedLines =
    [
        "Les collectivités territoriales et les départements",
        "financent la voirie, les collèges et l'action sociale.",
        "En 2022, les dépenses de fonctionnement des régions",
        "ont progressé de 3,5 % selon l'observatoire des finances.",
        "La péréquation horizontale réduit les écarts de",
        "ressources entre les communes rurales et urbaines.",
        "Le budget annexe de l'assainissement est équilibré.",
    ];

    /// <summary>Why OCR tests cannot run here (tesseract, its French data, pdftoppm or DejaVu missing), or null.</summary>
    public static string? MissingTools => LazyMissing.Value;

    private static readonly Lazy<string?> LazyMissing = new(() =>
        PdfTestFiles.DejaVuMissing ? "DejaVuSans.ttf not installed (fonts-dejavu-core)"
        : new TesseractOcr().Availability.Problem is { } problem ? "OCR tools missing: " + problem
        : null);

    /// <summary>A text PDF of one page per entry of <paramref name="pages"/> (lines in DejaVu 14 pt).</summary>
    public static byte[] TextPdf(params string[][] pages) =>
        PdfTestFiles.Build(pages.Select(lines => (IReadOnlyList<(double, string)>)lines.Select(l => (14.0, l)).ToList()).ToList(), trueType: true);

    /// <summary>An image-only PDF: each page is the 300 dpi grey rendering of the corresponding page of <paramref name="pdf"/>.</summary>
    public static byte[] Scan(byte[] pdf, string workDir)
    {
        var source = Path.Combine(workDir, "source-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(source, pdf);
        int pageCount;
        using (var document = UglyToad.PdfPig.PdfDocument.Open(source)) pageCount = document.NumberOfPages;
        var builder = new PdfDocumentBuilder();
        for (var n = 1; n <= pageCount; n++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(RenderPng(source, n, 300), new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        }
        File.Delete(source);
        return builder.Build();
    }

    /// <summary>A one-page image-only PDF: the 300 dpi grey rendering of page <paramref name="page"/> of the PDF at <paramref name="pdfPath"/>.</summary>
    public static byte[] ScanPage(string pdfPath, int page)
    {
        var builder = new PdfDocumentBuilder();
        var scanned = builder.AddPage(PageSize.A4);
        var copy = Path.Combine(Path.GetTempPath(), "ocr-source-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.Copy(pdfPath, copy);
        try
        {
            scanned.AddPng(RenderPng(copy, page, 300), new PdfRectangle(0, 0, scanned.PageSize.Width, scanned.PageSize.Height));
        }
        finally
        {
            File.Delete(copy);
        }
        return builder.Build();
    }

    /// <summary>The grey PNG of one page by pdftoppm.</summary>
    public static byte[] RenderPng(string pdfPath, int page, int dpi)
    {
        var root = Path.Combine(Path.GetDirectoryName(pdfPath)!, "render-" + Guid.NewGuid().ToString("N"));
        var info = new ProcessStartInfo("pdftoppm") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in new[] { "-r", dpi.ToString(), "-gray", "-f", page.ToString(), "-l", page.ToString(), "-singlefile", "-png", pdfPath, root })
            info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException("pdftoppm failed: " + err);
        var bytes = File.ReadAllBytes(root + ".png");
        File.Delete(root + ".png");
        return bytes;
    }

    /// <summary>A page with nothing drawn, and a page holding only a white image (a blank sheet through a scanner).</summary>
    public static (byte[] Blank, byte[] WhiteImage) BlankPages(string workDir)
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        var blank = builder.Build();
        var path = Path.Combine(workDir, "blank-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, blank);
        var png = RenderPng(path, 1, 50);
        File.Delete(path);
        var white = new PdfDocumentBuilder();
        var page = white.AddPage(PageSize.A4);
        page.AddPng(png, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        return (blank, white.Build());
    }

    /// <summary>Pages of several PDFs, in order, in one PDF.</summary>
    public static byte[] Merge(params byte[][] pdfs) => PdfMerger.Merge(pdfs);
}
