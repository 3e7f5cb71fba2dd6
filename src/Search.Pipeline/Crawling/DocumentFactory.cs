using Search.Core.Documents;
using Search.Pipeline.Connectors;
using Search.Pipeline.Extraction;
using Search.Pipeline.Indexing;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Crawling;

/// <summary>Catalogue records (SRU, OpenDataSoft) as documents, through the one <see cref="DocumentBuilder"/>.</summary>
public static class DocumentFactory
{
    /// <summary>"notice" (a catalogue record) and "dataset" (an open-data dataset): documents known by their metadata only.</summary>
    public const string RecordFormat = "notice";
    public const string DatasetFormat = "dataset";

    /// <summary>
    /// A catalogue record: metadata only (textStatus "none"); its text is the title, description and subjects, so that
    /// it can be found. The record's own publisher comes first, then the source's default, then the source's.
    /// </summary>
    public static SearchDocument FromRecord(SourceConfig source, HarvestedRecord record)
    {
        var text = string.Join("\n\n", new[] { record.Title, record.Description, string.Join(" ; ", record.Subjects) }.Where(t => !string.IsNullOrWhiteSpace(t)));
        var dataset = source.Kind == SourceKinds.OpenDataSoft;
        var content = new ExtractedContent { Format = dataset ? DatasetFormat : RecordFormat, Pages = [text], Quality = TextQuality.NoText };
        var metadata = new InferredMetadata
        {
            Title = record.Title,
            Publisher = record.Publisher,
            Date = record.Date,
            Themes = record.Subjects,
            Summary = record.Description is { Length: > 300 } d ? d[..297].TrimEnd() + "…" : record.Description,
        };
        var defaults = source.IndexingDefaults with
        {
            MixedPublishers = true,
            Type = source.Defaults.Type ?? (dataset ? DocumentTypes.Dataset : DocumentTypes.StatisticalPublication),
        };
        return DocumentBuilder.Build(content, metadata, new DocumentProvenance(record.Url, source.Origin, record.ContentHash, 0) { Defaults = defaults });
    }
}
