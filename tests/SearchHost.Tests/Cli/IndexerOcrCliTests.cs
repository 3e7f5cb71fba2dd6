using System.Diagnostics;
using System.Text.Json.Nodes;
using Search.Pipeline.Extraction.Ocr;
using SearchHost.Tests.Infrastructure;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace SearchHost.Tests.Cli;

/// <summary>
/// <c>Indexer index --ocr</c>, run as a real process: a scanned PDF (a page that is only an image of text)
/// is indexed with its metadata only without OCR, and becomes searchable by a word of its image with OCR.
/// Skipped when tesseract (with its French data), pdftoppm or the DejaVu font is missing.
/// </summary>
[Trait("Category", "Slow")]
public sealed class IndexerOcrCliTests : IDisposable
{
    private const string DejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "indexer-ocr-cli-tests-" + Guid.NewGuid().ToString("N"));

    public IndexerOcrCliTests() => Directory.CreateDirectory(_temp);

    public void Dispose()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { }
    }

    private static string? MissingTools =>
        !File.Exists(DejaVu) ? "DejaVuSans.ttf not installed (fonts-dejavu-core)"
        : new TesseractOcr().Availability.Problem is { } problem ? "OCR tools missing: " + problem
        : null;

    [SkippableFact]
    public async Task Index_with_ocr_makes_a_scanned_pdf_searchable_by_the_words_of_its_image()
    {
        Skip.If(MissingTools is not null, MissingTools);
        var corpus = Directory.CreateDirectory(Path.Combine(_temp, "corpus")).FullName;
        var index = Path.Combine(_temp, "index");
        File.WriteAllBytes(Path.Combine(corpus, "arrete-scanne.pdf"), ScannedPdf(
            "Arrêté du maire relatif au service public",
            "de l'assainissement collectif des eaux usées",
            "et à la redevance due par les usagers."));

        var plain = await IndexerProcess.RunAsync("index", corpus, "--index", index, "--ocr", "false");
        Assert.True(plain.ExitCode == 0, plain.Stderr);
        Assert.Contains("no text:    1", plain.Stdout);
        Assert.Contains("no text: arrete-scanne.pdf", plain.Stdout);
        Assert.Equal(0, await TotalAsync("assainissement", index));

        // OCR is on by default when installed. A page budget no busy machine reaches: the test judges what OCR reads, not how fast.
        var ocr = await IndexerProcess.RunAsync("index", corpus, "--index", index, "--ocr-timeout", "1800");
        Assert.True(ocr.ExitCode == 0, ocr.Stderr);
        Assert.Contains("OCR on: pages without a usable text layer are read by tesseract fra", ocr.Stderr);
        Assert.Contains("updated:    1", ocr.Stdout);
        Assert.Contains("ocr:        1 page(s) read by OCR in 1 file(s)", ocr.Stdout);
        Assert.Contains("warning: arrete-scanne.pdf: text from OCR on page 1", ocr.Stdout);

        var hit = await FirstHitAsync("assainissement redevance usagers", index);
        Assert.Equal("arrete-scanne.pdf", hit["url"]!.GetValue<string>());
        Assert.Equal("ok", hit["textStatus"]!.GetValue<string>());
        Assert.Contains("assainissement</mark>", hit["snippet"]!.GetValue<string>());

        var again = await IndexerProcess.RunAsync("index", corpus, "--index", index, "--ocr");
        Assert.Contains("unchanged:  1", again.Stdout);
    }

    [Fact]
    public async Task Ocr_options_without_ocr_are_a_usage_error()
    {
        var result = await IndexerProcess.RunAsync("index", _temp, "--index", Path.Combine(_temp, "index"), "--ocr", "false", "--ocr-timeout", "5");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--ocr-language and --ocr-timeout do not go with --ocr false", result.Stderr);
    }

    private static async Task<int> TotalAsync(string query, string index)
    {
        var cli = await IndexerProcess.RunAsync("search", query, "--index", index, "--json");
        Assert.True(cli.ExitCode == 0, cli.Stderr);
        return JsonNode.Parse(cli.Stdout)!["total"]!.GetValue<int>();
    }

    private static async Task<JsonNode> FirstHitAsync(string query, string index)
    {
        var cli = await IndexerProcess.RunAsync("search", query, "--index", index, "--json");
        Assert.True(cli.ExitCode == 0, cli.Stderr);
        var hits = JsonNode.Parse(cli.Stdout)!["hits"]!.AsArray();
        Assert.NotEmpty(hits);
        return hits[0]!;
    }

    /// <summary>A one-page PDF whose only content is the 300 dpi image of these lines (DejaVu 14 pt), as a scanner makes.</summary>
    private byte[] ScannedPdf(params string[] lines)
    {
        var text = new PdfDocumentBuilder();
        var font = text.AddTrueTypeFont(File.ReadAllBytes(DejaVu));
        var page = text.AddPage(PageSize.A4);
        var y = 760.0;
        foreach (var line in lines)
        {
            page.AddText(line, 14, new PdfPoint(50, y), font);
            y -= 22;
        }
        var source = Path.Combine(_temp, "source.pdf");
        File.WriteAllBytes(source, text.Build());

        var root = Path.Combine(_temp, "render");
        var info = new ProcessStartInfo("pdftoppm") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in new[] { "-r", "300", "-gray", "-singlefile", "-png", source, root }) info.ArgumentList.Add(a);
        using (var p = Process.Start(info)!)
        {
            var err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, "pdftoppm: " + err);
        }

        var scan = new PdfDocumentBuilder();
        var scanned = scan.AddPage(PageSize.A4);
        scanned.AddPng(File.ReadAllBytes(root + ".png"), new PdfRectangle(0, 0, scanned.PageSize.Width, scanned.PageSize.Height));
        File.Delete(source);
        File.Delete(root + ".png");
        return scan.Build();
    }
}
