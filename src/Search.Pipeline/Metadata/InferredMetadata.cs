namespace Search.Pipeline.Metadata;

/// <summary>
/// Metadata of a document after merging, in this order of trust: the sidecar file
/// (<c>&lt;file&gt;.meta.json</c>, as a publisher's site would give), what the file declares, and
/// what is inferred from its text and name.
/// </summary>
public sealed record InferredMetadata
{
    public required string Title { get; init; }
    public string? Publisher { get; init; }
    /// <summary>One of <see cref="Search.Core.Documents.DocumentTypes"/> labels.</summary>
    public string? Type { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>Year of publication: the year of <see cref="Date"/>, or a year alone when no full date is known.</summary>
    public int? Year { get; init; }
    /// <summary>The years the document's figures describe (<see cref="CoveredYearsRule"/>), sorted.</summary>
    public IReadOnlyList<int> CoveredYears { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public string? Summary { get; init; }
    public string? Url { get; init; }
    /// <summary>Series and number, e.g. "BIS n° 170", "Insee Première n° 1267", "Insee Analyses Bretagne n° 118".</summary>
    public string? Series { get; init; }
    /// <summary>ISO 639-1 code of the text's language ("fr", "en").</summary>
    public string? Language { get; init; }
}
