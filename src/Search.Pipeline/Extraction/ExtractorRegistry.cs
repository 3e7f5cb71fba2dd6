using Search.Pipeline.Extraction.Isolation;
using Search.Pipeline.Extraction.Ocr;

namespace Search.Pipeline.Extraction;

/// <summary>
/// Extraction settings shared by the CLI, the host and the tools. With OCR, the pages a PDF has without usable text
/// (image only, garbage glyphs) are read by tesseract (<see cref="OcrPdfExtractor"/>). The CLI and the host ask for
/// it when its tools are installed (<c>Ocr = null</c>); the library's default is off (tests and tools opt in).
/// </summary>
public sealed record ExtractionOptions
{
    public static ExtractionOptions Default { get; } = new();

    /// <summary>
    /// OCR of the pages without usable text (Debian's tesseract-ocr + tesseract-ocr-fra, poppler-utils' pdftoppm): true
    /// asks for it (a warning when its tools are missing), null uses it when its tools and language data are installed,
    /// false (the default here) never.
    /// </summary>
    public bool? Ocr { get; init; } = false;

    /// <summary>Tesseract language(s): "fra", or e.g. "fra+eng".</summary>
    public string OcrLanguage { get; init; } = "fra";

    /// <summary>
    /// CPU-time budget of one page (rendering + recognition, whatever the machine's load); past it the page stays
    /// reported, with a warning, and the run goes on.
    /// </summary>
    public TimeSpan OcrPageTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>At most this many pages are OCR'd per document.</summary>
    public int OcrMaxPages { get; init; } = 100;

    /// <summary>Rendering resolution of the pages given to tesseract.</summary>
    public int OcrDpi { get; init; } = 300;

    /// <summary>The tesseract program (looked up in PATH unless a path is given).</summary>
    public string TesseractPath { get; init; } = "tesseract";

    /// <summary>The pdftoppm program (looked up in PATH unless a path is given).</summary>
    public string PdftoppmPath { get; init; } = "pdftoppm";
}

/// <summary>
/// Picks the extractor of a file: by extension (.pdf, .html, .htm), else by content ("%PDF-" magic, HTML markup).
/// The default registry extracts PDFs in worker processes (<see cref="IsolatedPdfExtractor"/>) when the worker
/// assembly is next to the program, which is the case for the Indexer, SearchHost, Bench and the test projects.
/// With <see cref="ExtractionOptions.Ocr"/>, the PDF extractor is wrapped in an <see cref="OcrPdfExtractor"/>.
/// </summary>
public sealed class ExtractorRegistry : IDisposable
{
    private readonly IReadOnlyList<IContentExtractor> _extractors;

    /// <summary>PDFs in an isolated worker when available (else in-process), HTML in-process, no OCR.</summary>
    public ExtractorRegistry() : this(ExtractionOptions.Default) { }

    /// <summary>PDFs in an isolated worker when available (else in-process), with OCR when the options ask for it.</summary>
    public ExtractorRegistry(ExtractionOptions options) : this([WithOcr(CreateDefaultPdfExtractor(), options), new HtmlExtractor()]) { }

    public ExtractorRegistry(IEnumerable<IContentExtractor> extractors) => _extractors = extractors.ToList();

    /// <summary>A registry whose PDF extraction runs in this process (unit tests of the extraction logic).</summary>
    public static ExtractorRegistry InProcess(ExtractionOptions? options = null) =>
        new([WithOcr(new PdfExtractor(), options ?? ExtractionOptions.Default), new HtmlExtractor()]);

    public IReadOnlyList<IContentExtractor> Extractors => _extractors;

    /// <summary>True when PDFs are extracted in worker processes.</summary>
    public bool PdfIsolated => _extractors.Any(e => e is IsolatedPdfExtractor or OcrPdfExtractor { Inner: IsolatedPdfExtractor });

    /// <summary>
    /// How many PDFs can be extracted at once without a caller waiting (<see cref="IsolatedPdfExtractor.MaxWorkers"/>);
    /// null when there is no such limit (PDFs extracted in-process).
    /// </summary>
    public int? PdfConcurrency => _extractors
        .Select(e => e is OcrPdfExtractor ocr ? ocr.Inner : e)
        .OfType<IsolatedPdfExtractor>()
        .Select(e => (int?)Math.Max(1, e.MaxWorkers))
        .FirstOrDefault();

    /// <summary>Starts a PDF extraction worker ahead of the first PDF (<see cref="IsolatedPdfExtractor.Prestart"/>); nothing when PDFs are extracted in-process.</summary>
    public void PrestartPdfWorker()
    {
        foreach (var e in _extractors)
        {
            if ((e is OcrPdfExtractor ocr ? ocr.Inner : e) is IsolatedPdfExtractor isolated) isolated.Prestart();
        }
    }

    /// <summary>The OCR step, when OCR was asked for (whether or not its tools are installed).</summary>
    public OcrPdfExtractor? Ocr => _extractors.OfType<OcrPdfExtractor>().FirstOrDefault();

    /// <summary>True when OCR was asked for and its tools work (checked once).</summary>
    public bool OcrActive => Ocr?.Engine.Availability.Available == true;

    /// <summary>Why OCR, asked for, cannot run ("'tesseract' not found (install …)"); null when it runs or was not asked for.</summary>
    public string? OcrProblem => Ocr?.Engine.Availability.Problem;

    /// <summary>
    /// "ocr:fra" when OCR runs, else null: what the OCR step contributes to extraction results, for change
    /// detection (a file with pages for OCR, extracted under another signature, is extracted again).
    /// </summary>
    public string? OcrSignature => OcrActive ? "ocr:" + Ocr!.Engine.Language : null;

    /// <summary>The isolated extractor when the worker is found; otherwise the in-process one (a program built
    /// without the worker still works, without the isolation).</summary>
    public static IContentExtractor CreateDefaultPdfExtractor() =>
        IsolatedPdfExtractor.FindWorker() is { } worker ? new IsolatedPdfExtractor(worker) : new PdfExtractor();

    /// <summary>
    /// The PDF extractor as is, or wrapped in the OCR step when <see cref="ExtractionOptions.Ocr"/> asks for it (true), or
    /// allows it (null) and tesseract with the language data is installed.
    /// </summary>
    public static IContentExtractor WithOcr(IContentExtractor pdfExtractor, ExtractionOptions options)
    {
        if (options.Ocr == false) return pdfExtractor;
        var engine = new TesseractOcr(options.OcrLanguage, options.OcrPageTimeout, options.OcrDpi, options.TesseractPath, options.PdftoppmPath);
        if (options.Ocr is null && !engine.Availability.Available) return pdfExtractor;
        return new OcrPdfExtractor(pdfExtractor, engine, Math.Max(0, options.OcrMaxPages));
    }

    /// <summary>The extractor for the file, or null when no extractor handles it.</summary>
    public IContentExtractor? Find(string path) =>
        // The extension decides first, so that an .html file containing "%PDF-" text stays HTML.
        ForFormat(Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".pdf" => "pdf",
            ".html" or ".htm" or ".xhtml" => "html",
            _ => null,
        }) ?? _extractors.FirstOrDefault(e => e.CanExtract(path));

    /// <summary>The extractor of a format ("pdf", "html"), or null.</summary>
    private IContentExtractor? ForFormat(string? format) => format switch
    {
        "pdf" => _extractors.FirstOrDefault(e => e is PdfExtractor or IsolatedPdfExtractor or OcrPdfExtractor),
        "html" => _extractors.OfType<HtmlExtractor>().FirstOrDefault(),
        _ => null,
    };

    public bool CanExtract(string path) => Find(path) is not null;

    /// <summary>Extracts the file; <see cref="ExtractionException"/> when it is unsupported, missing or unreadable.</summary>
    public ExtractedContent Extract(string path, CancellationToken cancellationToken = default) =>
        Extract(path, () => Find(path) ?? throw new ExtractionException($"Unsupported file type (neither PDF nor HTML): {Path.GetFileName(path)}"), cancellationToken);

    /// <summary>
    /// Extracts a file whose format ("pdf" or "html") is known otherwise than by its name (a crawled body, stored under
    /// its hash, in the format the server declared).
    /// </summary>
    public ExtractedContent Extract(string path, string format, CancellationToken cancellationToken = default) =>
        Extract(path, () => ForFormat(format) ?? throw new ExtractionException($"Unsupported format (neither PDF nor HTML): {format}"), cancellationToken);

    private static ExtractedContent Extract(string path, Func<IContentExtractor> extractor, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new ExtractionException($"File not found: {path}");
        return extractor().Extract(path, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var e in _extractors.OfType<IDisposable>()) e.Dispose();
    }
}
