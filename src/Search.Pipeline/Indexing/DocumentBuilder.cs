using Search.Core.Documents;
using Search.Core.Territories;
using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Indexing;

/// <summary>Where a document comes from: its URL (identity), origin, path in its folder, content hash (unstamped) and size.</summary>
public sealed record DocumentProvenance(string Url, string Origin, string ContentHash, long Bytes)
{
    /// <summary>Path relative to the ingested folder (forward slashes); null for a crawled document.</summary>
    public string? SourcePath { get; init; }

    /// <summary>What the crawl source configuration says of its documents; none for a folder.</summary>
    public SourceDefaults Defaults { get; init; } = SourceDefaults.None;
}

/// <summary>
/// A crawl source's say on its documents' metadata. <see cref="Publisher"/> (the source's) comes first unless the
/// source hosts several publishers (<see cref="MixedPublishers"/>): then the document's own, else
/// <see cref="DefaultPublisher"/>, else <see cref="Publisher"/>. <see cref="Type"/> replaces a missing or generic
/// ("web page") type; <see cref="Themes"/> are added.
/// </summary>
public sealed record SourceDefaults(string? Publisher, bool MixedPublishers = false, string? DefaultPublisher = null, string? Type = null)
{
    public static SourceDefaults None { get; } = new((string?)null);
    public IReadOnlyList<string> Themes { get; init; } = [];
}

/// <summary>
/// The one place that turns extracted content, metadata, source defaults and territories into the
/// <see cref="SearchDocument"/> that is indexed, for the folder ingest and the crawler alike.
/// </summary>
public static class DocumentBuilder
{
    public static SearchDocument Build(ExtractedContent content, InferredMetadata metadata, DocumentProvenance provenance)
    {
        // The last line of defence: no javascript:, data: or file: URL is ever indexed as a document's address.
        if (!DocumentUrls.IsStorable(provenance.Url))
            throw new ArgumentException($"Not an http(s) URL nor a relative path: '{provenance.Url}'", nameof(provenance));
        var defaults = provenance.Defaults;
        var type = metadata.Type;
        var territories = TerritoryRecognizer.Default.Recognize(metadata.Title, metadata.Summary, content.Pages);
        if (defaults.Type is { } defaultType && (type is null || type == DocumentTypes.WebPage)) type = DocumentTypes.Normalize(defaultType);
        return new SearchDocument
        {
            Id = DocumentIds.FromUrl(provenance.Url),
            Url = provenance.Url,
            Title = metadata.Title,
            RunningTitle = content.RunningTitle,
            Publisher = Publishers.Canonical(ChamberOfTerritories(PublisherOf(defaults, metadata.Publisher), territories)),
            Type = type,
            Date = metadata.Date,
            Year = metadata.Year,
            CoveredYears = metadata.CoveredYears,
            Themes = defaults.Themes.Count == 0 ? metadata.Themes : metadata.Themes.Concat(defaults.Themes).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Summary = metadata.Summary,
            Series = metadata.Series,
            Language = metadata.Language,
            Pages = content.Pages,
            Territories = territories,
            Format = content.Format,
            TextStatus = content.TextStatus,
            OcrPages = content.OcrPages,
            Origin = provenance.Origin,
            SourcePath = provenance.SourcePath,
            ContentHash = IndexingSession.Stamp(provenance.ContentHash),
            SizeBytes = provenance.Bytes,
            IndexedAt = DateTimeOffset.UtcNow,
        };
    }

    /// <summary>
    /// A regional chamber its text does not name nor locate (<see cref="AuditRule.UnnamedChamber"/>): the chamber of the
    /// department its communes and departments (about and mentioned) fall in most often, when one does.
    /// </summary>
    internal static string? ChamberOfTerritories(string? publisher, DocumentTerritories territories)
    {
        if (publisher != AuditRule.UnnamedChamber) return publisher;
        var gazetteer = Gazetteer.Default;
        var departments = territories.About.Concat(territories.Mentioned)
            .Select(t => t.Level switch
            {
                TerritoryLevels.Departement => t.Code,
                TerritoryLevels.Commune => gazetteer.Find(t.Level, t.Code)?.DepartementCode,
                _ => null,
            })
            .OfType<string>()
            .GroupBy(d => d)
            .Select(g => (Department: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ToList();
        if (departments.Count == 0 || (departments.Count > 1 && departments[1].Count == departments[0].Count)) return publisher;
        return AuditChambers.ForDepartment(departments[0].Department)?.Name ?? publisher;
    }

    /// <summary>The source's publisher first, unless it hosts several: then the document's own, the default, the source's.</summary>
    public static string? PublisherOf(SourceDefaults defaults, string? own) =>
        defaults.Publisher is null ? own
        : defaults.MixedPublishers ? own ?? defaults.DefaultPublisher ?? defaults.Publisher
        : defaults.Publisher;
}
