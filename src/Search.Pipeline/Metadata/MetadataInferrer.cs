using Search.Core.Documents;
using Search.Pipeline.Extraction;

namespace Search.Pipeline.Metadata;

/// <summary>
/// Merges metadata in this order of trust: sidecar, what the file declares, what the text and the file name suggest.
/// Each field is one rule class (<see cref="TitleRule"/>, <see cref="PublisherRule"/>, <see cref="DocumentTypeRule"/>,
/// <see cref="PublicationDateRule"/>, <see cref="SummaryRule"/>, <see cref="SeriesRule"/>, <see cref="LanguageRule"/>,
/// <see cref="CoveredYearsRule"/>).
/// </summary>
public static class MetadataInferrer
{
    /// <param name="linkTexts">
    /// The texts of the links that led to the file, most frequent first (crawled documents): a title when the file
    /// declares none worth keeping.
    /// </param>
    public static InferredMetadata Infer(ExtractedContent content, string relativePath, SidecarMetadata? sidecar = null, IReadOnlyList<string>? linkTexts = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        relativePath ??= "";
        var fileName = Path.GetFileName(relativePath);
        var head = MetadataText.HeadText(content).Replace('’', '\'');

        var heading = MetadataFilters.CleanTitle(content.HeadingTitle, fileName);

        var title = MetadataText.Pick(sidecar?.Title) ?? TitleRule.Infer(content, head, heading, fileName, linkTexts);
        var publisher = MetadataText.Pick(sidecar?.Publisher) ?? PublisherRule.Infer(content, head, relativePath, title);
        var type = !string.IsNullOrWhiteSpace(sidecar?.Type)
            ? DocumentTypes.Normalize(sidecar!.Type!)
            : DocumentTypeRule.Infer(title, heading, head, relativePath, content.Format);
        var (date, year) = sidecar is { Date: not null } or { Year: not null }
            ? (sidecar.Date, sidecar.Year ?? sidecar.Date?.Year)
            : PublicationDateRule.Infer(content, head, title, fileName);

        return new InferredMetadata
        {
            Title = title,
            Publisher = publisher,
            Type = type,
            Date = date,
            Year = year,
            CoveredYears = CoveredYearsRule.Infer(title, head, year, fileName: fileName),
            Themes = sidecar?.Themes ?? [],
            Summary = SummaryRule.Infer(content, sidecar),
            Url = MetadataText.Pick(sidecar?.Url, content.CanonicalUrl),
            Series = SeriesRule.Infer(title, head),
            Language = LanguageRule.Detect(content.Language, content.FullText),
        };
    }
}
