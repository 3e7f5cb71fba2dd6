namespace Search.Pipeline.Extraction;

/// <summary>Picks the extractor of a file: by extension (.pdf, .html, .htm), else by content ("%PDF-" magic, HTML markup).</summary>
public sealed class ExtractorRegistry
{
    private readonly IReadOnlyList<IContentExtractor> _extractors;

    public ExtractorRegistry() : this([new PdfExtractor(), new HtmlExtractor()]) { }

    public ExtractorRegistry(IEnumerable<IContentExtractor> extractors) => _extractors = extractors.ToList();

    public IReadOnlyList<IContentExtractor> Extractors => _extractors;

    /// <summary>The extractor for the file, or null when no extractor handles it.</summary>
    public IContentExtractor? Find(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        // The extension decides first, so that an .html file containing "%PDF-" text stays HTML.
        var byExtension = ext switch
        {
            ".pdf" => _extractors.OfType<PdfExtractor>().FirstOrDefault() as IContentExtractor,
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
}
