using Search.Core.Documents;
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
            Publisher = metadata.Publisher ?? source.Defaults.Publisher ?? source.Publisher,
            Type = type,
            Date = metadata.Date,
            Themes = metadata.Themes.Concat(source.Defaults.Themes).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Summary = metadata.Summary,
            Pages = content.Pages,
            Format = content.Format,
            TextStatus = content.Quality switch
            {
                TextQuality.NoText => TextStatuses.None,
                TextQuality.Partial => TextStatuses.Partial,
                _ => TextStatuses.Ok,
            },
            Origin = source.Origin,
            ContentHash = contentHash,
            SizeBytes = bytes,
            IndexedAt = DateTimeOffset.UtcNow,
        };
    }
}
