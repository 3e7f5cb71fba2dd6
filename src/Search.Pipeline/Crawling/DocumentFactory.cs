using Search.Core.Documents;
using Search.Core.Territories;
using Search.Pipeline.Connectors;
using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Crawling;

/// <summary>A crawled or harvested document: its URL as identity, the source as origin, the source's defaults where inference found nothing.</summary>
public static class DocumentFactory
{
    public static SearchDocument Create(SourceConfig source, string docUrl, InferredMetadata metadata, ExtractedContent content, string contentHash, long bytes)
    {
        var type = metadata.Type;
        if (source.Defaults.Type is { } defaultType && (type is null || type == DocumentTypes.WebPage)) type = DocumentTypes.Normalize(defaultType);
        return new SearchDocument
        {
            Id = DocumentIds.FromUrl(docUrl),
            Url = docUrl,
            Title = metadata.Title,
            Publisher = PublisherOf(source, metadata),
            Type = type,
            Date = metadata.Date,
            Themes = metadata.Themes.Concat(source.Defaults.Themes).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Summary = metadata.Summary,
            Pages = content.Pages,
            Territories = TerritoryRecognizer.Default.Recognize(metadata.Title, metadata.Summary, content.Pages),
            Format = content.Format,
            TextStatus = content.TextStatus,
            OcrPages = content.OcrPages,
            Origin = source.Origin,
            ContentHash = contentHash,
            SizeBytes = bytes,
            IndexedAt = DateTimeOffset.UtcNow,
        };
    }

    /// <summary>
    /// The source's configuration first (its publisher), unless the source hosts several publishers: then the document's
    /// own cues, else the source's default publisher, else the source's publisher.
    /// </summary>
    public static string PublisherOf(SourceConfig source, InferredMetadata metadata) =>
        source.MixedPublishers ? metadata.Publisher ?? source.Defaults.Publisher ?? source.Publisher : source.Publisher;

    /// <summary>"notice" (a catalogue record) and "dataset" (an open-data dataset): documents known by their metadata only.</summary>
    public const string RecordFormat = "notice";
    public const string DatasetFormat = "dataset";

    /// <summary>A catalogue record: metadata only (textStatus "none"); its text is the title, description and subjects, so that it can be found.</summary>
    public static SearchDocument FromRecord(SourceConfig source, HarvestedRecord record)
    {
        var text = string.Join("\n\n", new[] { record.Title, record.Description, string.Join(" ; ", record.Subjects) }.Where(t => !string.IsNullOrWhiteSpace(t)));
        var type = source.Defaults.Type is { } t ? DocumentTypes.Normalize(t) : source.Kind == SourceKinds.OpenDataSoft ? DocumentTypes.Dataset : DocumentTypes.StatisticalPublication;
        return new SearchDocument
        {
            Id = DocumentIds.FromUrl(record.Url),
            Url = record.Url,
            Title = record.Title,
            Publisher = record.Publisher ?? source.Defaults.Publisher ?? source.Publisher,
            Type = type,
            Date = record.Date,
            Themes = record.Subjects.Concat(source.Defaults.Themes).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Summary = record.Description is { Length: > 300 } d ? d[..297].TrimEnd() + "…" : record.Description,
            Pages = [text],
            Territories = TerritoryRecognizer.Default.Recognize(record.Title, record.Description, [text]),
            Format = source.Kind == SourceKinds.OpenDataSoft ? DatasetFormat : RecordFormat,
            TextStatus = TextStatuses.None,
            Origin = source.Origin,
            ContentHash = record.ContentHash,
            IndexedAt = DateTimeOffset.UtcNow,
        };
    }
}
