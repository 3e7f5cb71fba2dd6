namespace Search.Pipeline.Extraction;

/// <summary>How much usable text a file gave.</summary>
public enum TextQuality
{
    /// <summary>Every page (or the HTML main content) has readable text.</summary>
    Ok,
    /// <summary>Some pages have readable text, others are images only or garbage.</summary>
    Partial,
    /// <summary>No readable text at all (scanned, image-only, fonts without a usable encoding).</summary>
    NoText,
}

/// <summary>
/// What an extractor gives back for one file: clean text per page (one "page" for HTML) and the
/// metadata the file itself declares. Inference of missing metadata happens later
/// (<see cref="Search.Pipeline.Metadata"/>), from this record.
/// </summary>
public sealed record ExtractedContent
{
    /// <summary>"pdf" or "html".</summary>
    public required string Format { get; init; }

    /// <summary>Readable text of each page, in reading order; pages without usable text are empty strings.</summary>
    public required IReadOnlyList<string> Pages { get; init; }

    /// <summary>1-based numbers of the pages that had no usable text (image only, garbage glyphs).</summary>
    public IReadOnlyList<int> PagesWithoutText { get; init; } = [];

    public TextQuality Quality { get; init; } = TextQuality.Ok;

    /// <summary>Why each page in <see cref="PagesWithoutText"/> has no text (image only, garbage glyphs, unreadable, blank).</summary>
    public IReadOnlyList<PageIssue> PageIssues { get; init; } = [];

    /// <summary>1-based numbers of the pages whose text comes from OCR (their text layer was missing or garbage).</summary>
    public IReadOnlyList<int> OcrPages { get; init; } = [];

    /// <summary>
    /// 1-based numbers of the pages OCR was asked to read and could not (over its CPU budget, a tool error, over the
    /// pages-per-document limit): they stay without text, and the ingest summary says so.
    /// </summary>
    public IReadOnlyList<int> OcrFailedPages { get; init; } = [];

    /// <summary>
    /// True when OCR matters for this file: some page was OCR'd, or is still reported as image only or
    /// garbage glyphs. Files without such pages extract the same with or without OCR.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasOcrCandidatePages => OcrPages.Count > 0 || PageIssues.Any(i => IsOcrCandidate(i.Kind));

    /// <summary>Pages of these kinds may have text that OCR can read (scans, fonts without a usable encoding).</summary>
    public static bool IsOcrCandidate(PageIssueKind kind) => kind is PageIssueKind.ImageOnly or PageIssueKind.Garbage;

    /// <summary>
    /// The quality of a document of <paramref name="pageCount"/> pages with these issues: no text when no page
    /// has text, partial when some page lacks text for another reason than being blank, else ok.
    /// </summary>
    public static TextQuality QualityOf(int pageCount, IReadOnlyCollection<PageIssue> issues)
    {
        var withText = pageCount - issues.Count;
        return withText <= 0 ? TextQuality.NoText
            : issues.Any(i => i.Kind != PageIssueKind.Blank) ? TextQuality.Partial
            : TextQuality.Ok;
    }

    /// <summary>"page 2: image only (no text layer); page 3: garbage glyphs (implausible words)", or null when every page has text.</summary>
    public string? DescribePagesWithoutText() =>
        PageIssues.Count == 0 ? null : string.Join("; ", PageIssues.Select(i => $"page {i.Page}: {i.Detail}"));

    /// <summary>
    /// Titles declared by the file, most trusted first, as written (PDF Info then XMP; HTML citation_title, Dublin Core,
    /// Open Graph). Junk ("Microsoft Word - x.doc") is told apart later, by the metadata stage.
    /// </summary>
    public IReadOnlyList<string> DeclaredTitles { get; init; } = [];

    /// <summary>The HTML &lt;title&gt; element as written (often "Page | Site").</summary>
    public string? PageTitle { get; init; }

    /// <summary>Largest-type line(s) of the first page, or the HTML &lt;h1&gt;, as written: a title candidate.</summary>
    public string? HeadingTitle { get; init; }

    /// <summary>The first running header of three words or more a PDF prints at the top of its pages (kept once in its text): often a
    /// list's only name ("Sénat - Subventions aux collectivités locales"), which its declared title does not give. Searched as a
    /// title (<c>SearchDocument.RunningTitle</c>).</summary>
    public string? RunningTitle { get; init; }

    /// <summary>Summary declared by the file (meta description, og:description, DC.description).</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Publishers or authors declared by the file, most trusted first, as written (PDF Author, XMP publisher and creator;
    /// HTML DC.publisher, citation_publisher, author). A login ("jdupont") is told apart later, by the metadata stage.
    /// </summary>
    public IReadOnlyList<string> DeclaredPublishers { get; init; } = [];

    /// <summary>The site's name (HTML og:site_name), as written.</summary>
    public string? SiteName { get; init; }

    /// <summary>Publication date declared by the file (XMP/Info, DC.date, citation_publication_date, JSON-LD, &lt;time&gt;).</summary>
    public DateOnly? DeclaredDate { get; init; }

    /// <summary>
    /// True when <see cref="DeclaredDate"/> is only the file's creation date (PDF Info CreationDate): a weak
    /// signal that a publication date found in the text should override.
    /// </summary>
    public bool DeclaredDateIsFileCreationDate { get; init; }

    /// <summary>Canonical URL declared by an HTML page (rel=canonical, og:url).</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>Language code declared or detected ("fr" for nearly everything here).</summary>
    public string? Language { get; init; }

    /// <summary>Non-fatal problems worth reporting (e.g. "page 3: no text layer").</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The index's text status for this quality ("ok", "partial", "none").</summary>
    public string TextStatus => Quality switch
    {
        TextQuality.NoText => Search.Core.Documents.TextStatuses.None,
        TextQuality.Partial => Search.Core.Documents.TextStatuses.Partial,
        _ => Search.Core.Documents.TextStatuses.Ok,
    };

    /// <summary>All pages joined by blank lines.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string FullText => string.Join("\n\n", Pages.Where(p => p.Length > 0));
}

/// <summary>Why a page gave no text.</summary>
public enum PageIssueKind
{
    /// <summary>Images and no text operators: a scan or a picture (OCR would be needed).</summary>
    ImageOnly,
    /// <summary>Text operators whose glyphs do not decode to readable text (fonts without ToUnicode…).</summary>
    Garbage,
    /// <summary>The page could not be parsed.</summary>
    Unreadable,
    /// <summary>Nothing drawn, or nothing left once running headers/footers are removed.</summary>
    Blank,
}

/// <summary>One page without usable text: its 1-based number, the kind of problem and a human-readable detail.</summary>
public sealed record PageIssue(int Page, PageIssueKind Kind, string Detail);

/// <summary>An extractor for one kind of file. Implementations are thread-safe and stateless.</summary>
public interface IContentExtractor
{
    /// <summary>True when this extractor handles the file (by extension and/or magic bytes).</summary>
    bool CanExtract(string path);

    /// <summary>
    /// Extracts the file. Throws <see cref="ExtractionException"/> with a clear, human-readable reason
    /// when the file cannot be parsed at all (corrupt, encrypted, not a PDF…).
    /// </summary>
    ExtractedContent Extract(string path, CancellationToken cancellationToken = default);
}

/// <summary>A file that cannot be parsed; the message says why, in words a user can act on.</summary>
public sealed class ExtractionException(string message, Exception? inner = null) : Exception(message, inner);
