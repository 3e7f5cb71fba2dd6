using Search.Core.Analysis;
using System.Globalization;
using System.Text;

namespace Search.Pipeline.Extraction.Ocr;

/// <summary>
/// Wraps the PDF extractor (isolated or in-process) and OCRs the pages it reports as image only or
/// garbage glyphs (<see cref="PageIssueKind.ImageOnly"/>, <see cref="PageIssueKind.Garbage"/>). OCR text
/// goes through the same normalisation, hyphenation rejoining and quality heuristics as a text layer; a
/// page whose OCR text passes them gets that text, loses its page issue and is listed in
/// <see cref="ExtractedContent.OcrPages"/>. A page whose OCR fails (timeout, tool error, no usable text)
/// stays reported, with the OCR's reason added. Nothing is OCR'd when every page has text.
/// </summary>
public sealed class OcrPdfExtractor(IContentExtractor inner, TesseractOcr engine, int maxPagesPerDocument = 100) : IContentExtractor, IDisposable
{
    /// <summary>The PDF extractor whose results are completed.</summary>
    public IContentExtractor Inner => inner;

    public TesseractOcr Engine => engine;

    /// <summary>At most this many pages are OCR'd per document; the others stay reported.</summary>
    public int MaxPagesPerDocument => maxPagesPerDocument;

    public bool CanExtract(string path) => inner.CanExtract(path);

    public ExtractedContent Extract(string path, CancellationToken cancellationToken = default)
    {
        var content = inner.Extract(path, cancellationToken);
        var candidates = content.PageIssues.Where(i => ExtractedContent.IsOcrCandidate(i.Kind)).ToList();
        if (candidates.Count == 0 || content.Format != "pdf") return content;

        var warnings = content.Warnings.ToList();
        var availability = engine.Availability;
        if (!availability.Available)
        {
            warnings.Add($"OCR not done: {availability.Problem}");
            return content with { Warnings = warnings };
        }

        var pages = content.Pages.ToList();
        var issues = content.PageIssues.ToList();
        var ocrPages = new List<int>();
        var failedPages = new List<int>();
        var recognized = RecognizePages(path, candidates.Take(maxPagesPerDocument).Select(i => i.Page).ToList(), cancellationToken);
        for (var k = 0; k < candidates.Count; k++)
        {
            var issue = candidates[k];
            string? failure;
            if (k >= maxPagesPerDocument)
            {
                failure = $"not OCR'd (over the limit of {maxPagesPerDocument} pages per document)";
                failedPages.Add(issue.Page);
            }
            else
            {
                var result = recognized[k];
                failure = result.Failure;
                if (result.Succeeded)
                {
                    var assessment = TextQualityHeuristics.Assess(result.Text!);
                    var text = assessment.Usable ? ToPageText(result.Text!) : "";
                    if (text.Length > 0)
                    {
                        pages[issue.Page - 1] = text;
                        issues.Remove(issue);
                        ocrPages.Add(issue.Page);
                        warnings.Add(string.Create(CultureInfo.InvariantCulture,
                            $"page {issue.Page}: text from OCR ({engine.Description}, {result.Elapsed.TotalSeconds:0.0} s)"));
                        continue;
                    }
                    failure = $"OCR found no usable text ({(assessment.Usable ? "empty" : assessment.Reason)})";
                }
                else
                {
                    failure = "OCR failed: " + failure;
                    failedPages.Add(issue.Page);
                }
            }
            issues[issues.IndexOf(issue)] = issue with { Detail = $"{issue.Detail}; {failure}" };
            warnings.Add($"page {issue.Page}: {failure}");
        }

        if (ocrPages.Count > 0) Hyphenation.Resolve(pages, FrenchLexicon.Default);
        return content with
        {
            Pages = pages,
            PageIssues = issues,
            PagesWithoutText = issues.Select(i => i.Page).ToList(),
            Quality = ExtractedContent.QualityOf(pages.Count, issues),
            OcrPages = ocrPages,
            OcrFailedPages = failedPages,
            Warnings = warnings,
            Language = content.Language ?? (ocrPages.Count > 0 ? LanguageCode(engine.Language) : null),
        };
    }

    /// <summary>Pages recognized at once (one tesseract per core); OCR is one process per page.</summary>
    public int Parallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// The OCR of <paramref name="pageNumbers"/>, in their order. Pages run <see cref="Parallelism"/> at a time: a scanned
    /// document's pages used to run one after the other on the ingest thread, and a document of several scanned pages
    /// taken near the end of an ingest was a tail of seconds per page on one core. Each page's result does not depend
    /// on the others, so the text is the same.
    /// </summary>
    private OcrPageResult[] RecognizePages(string path, IReadOnlyList<int> pageNumbers, CancellationToken cancellationToken)
    {
        var results = new OcrPageResult[pageNumbers.Count];
        if (pageNumbers.Count <= 1 || Parallelism <= 1)
        {
            for (var k = 0; k < pageNumbers.Count; k++) results[k] = engine.RecognizePage(path, pageNumbers[k], cancellationToken);
            return results;
        }
        Parallel.For(0, pageNumbers.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            k => results[k] = engine.RecognizePage(path, pageNumbers[k], cancellationToken));
        return results;
    }

    /// <summary>
    /// Tesseract's output as page text, shaped like a text layer's: normalised lines, the lines of a
    /// paragraph joined by spaces, paragraphs separated by a blank line, line-end hyphens left for
    /// <see cref="Hyphenation.Resolve"/> (marker) when the next line starts in lower case.
    /// </summary>
    public static string ToPageText(string ocrOutput)
    {
        var normalized = TextNormalizer.Normalize(ocrOutput.Replace("\r", "", StringComparison.Ordinal));
        var sb = new StringBuilder(normalized.Length);
        foreach (var paragraph in normalized.Split("\n\n"))
        {
            var para = new StringBuilder();
            foreach (var line in paragraph.Split('\n')) Hyphenation.AppendLine(para, line);
            if (para.Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(para);
        }
        return sb.ToString();
    }

    /// <summary>"fra" -> "fr", "eng" -> "en"; the first language of "fra+eng".</summary>
    private static string? LanguageCode(string tesseractLanguage) => tesseractLanguage.Split('+')[0] switch
    {
        "fra" or "frk" => "fr",
        "eng" => "en",
        "deu" => "de",
        "spa" => "es",
        "ita" => "it",
        _ => null,
    };

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
