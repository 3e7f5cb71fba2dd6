using Search.Pipeline.Extraction.Isolation;

namespace Search.Pipeline.Extraction;

/// <summary>
/// Picks the extractor of a file: by extension (.pdf, .html, .htm), else by content ("%PDF-" magic, HTML markup).
/// The default registry extracts PDFs in worker processes (<see cref="IsolatedPdfExtractor"/>) when the worker
/// assembly is next to the program, which is the case for the Indexer, SearchHost, Bench and the test projects.
/// </summary>
public sealed class ExtractorRegistry : IDisposable
{
    private readonly IReadOnlyList<IContentExtractor> _extractors;

    /// <summary>PDFs in an isolated worker when available (else in-process), HTML in-process.</summary>
    public ExtractorRegistry() : this([CreateDefaultPdfExtractor(), new HtmlExtractor()]) { }

    public ExtractorRegistry(IEnumerable<IContentExtractor> extractors) => _extractors = extractors.ToList();

    /// <summary>A registry whose PDF extraction runs in this process (unit tests of the extraction logic).</summary>
    public static ExtractorRegistry InProcess() => new([new PdfExtractor(), new HtmlExtractor()]);

    public IReadOnlyList<IContentExtractor> Extractors => _extractors;

    /// <summary>True when PDFs are extracted in worker processes.</summary>
    public bool PdfIsolated => _extractors.OfType<IsolatedPdfExtractor>().Any();

    /// <summary>
    /// The isolated extractor when the worker is found; otherwise the in-process one (a program built
    /// without the worker still works, without the isolation).
    /// </summary>
    public static IContentExtractor CreateDefaultPdfExtractor() =>
        IsolatedPdfExtractor.FindWorker() is { } worker ? new IsolatedPdfExtractor(worker) : new PdfExtractor();

    /// <summary>The extractor for the file, or null when no extractor handles it.</summary>
    public IContentExtractor? Find(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        // The extension decides first, so that an .html file containing "%PDF-" text stays HTML.
        var byExtension = ext switch
        {
            ".pdf" => _extractors.FirstOrDefault(e => e is PdfExtractor or IsolatedPdfExtractor),
            ".html" or ".htm" or ".xhtml" => _extractors.OfType<HtmlExtractor>().FirstOrDefault(),
            _ => null,
        };
        return byExtension ?? _extractors.FirstOrDefault(e => e.CanExtract(path));
    }

    public bool CanExtract(string path) => Find(path) is not null;

    /// <summary>Extracts the file; <see cref="ExtractionException"/> when it is unsupported, missing or unreadable.</summary>
    public ExtractedContent Extract(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path)) throw new ExtractionException($"File not found: {path}");
        var extractor = Find(path)
            ?? throw new ExtractionException($"Unsupported file type (neither PDF nor HTML): {Path.GetFileName(path)}");
        return extractor.Extract(path, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var e in _extractors.OfType<IDisposable>()) e.Dispose();
    }
}
