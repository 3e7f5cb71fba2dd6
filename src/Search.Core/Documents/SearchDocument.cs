namespace Search.Core.Documents;

/// <summary>
/// One publication as the index knows it: what the pipeline writes and what the API returns.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>Stable identifier: derived from <see cref="Url"/> (see <see cref="DocumentIds"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The document's URL, or for a local file without one, its path relative to the ingested folder.</summary>
    public required string Url { get; init; }

    public required string Title { get; init; }

    /// <summary>A name the document prints at the top of its pages (a running header), searched as a second title, not stored nor
    /// shown: a list's name its declared title ("Annexe Réserve parlementaire Senat - P122 - v1909") does not give.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? RunningTitle { get; init; }
    public string? Publisher { get; init; }
    public string? Type { get; init; }
    public DateOnly? Date { get; init; }

    /// <summary>The year of <see cref="Date"/>, or a year alone when no full date is known (a sidecar's "date": "2021").</summary>
    public int? Year
    {
        get => Date?.Year ?? _year;
        init => _year = value;
    }

    private readonly int? _year;

    /// <summary>The years the document's figures describe ("comptes 2019", "exercices 2017 à 2021"), sorted; may differ from <see cref="Year"/>.</summary>
    public IReadOnlyList<int> CoveredYears { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public string? Summary { get; init; }

    /// <summary>Series and number when the publication belongs to one ("BIS n° 170").</summary>
    public string? Series { get; init; }

    /// <summary>Language code ("fr").</summary>
    public string? Language { get; init; }

    /// <summary>Clean text, page by page (one page for HTML).</summary>
    public IReadOnlyList<string> Pages { get; init; } = [];

    /// <summary>"pdf" or "html".</summary>
    public string Format { get; init; } = "";

    /// <summary>"ok", "partial" or "none" (no extractable text: scanned, image only, unusable fonts).</summary>
    public string TextStatus { get; init; } = TextStatuses.Ok;

    /// <summary>1-based numbers of the pages whose text was read by OCR (less reliable than a text layer).</summary>
    public IReadOnlyList<int> OcrPages { get; init; } = [];

    /// <summary>Where the document came from: the ingested folder (full path) or a crawl source id.</summary>
    public string? Origin { get; init; }

    /// <summary>Path relative to the origin folder, forward slashes.</summary>
    public string? SourcePath { get; init; }

    /// <summary>SHA-256 of the file and its sidecar: unchanged files are skipped on the next ingest.</summary>
    public string? ContentHash { get; init; }

    /// <summary>The territories the document is about and those it mentions (see Territories/TerritoryRecognizer).</summary>
    public Search.Core.Territories.DocumentTerritories Territories { get; init; } = Search.Core.Territories.DocumentTerritories.Empty;

    public long SizeBytes { get; init; }
    public DateTimeOffset IndexedAt { get; init; }

    public string Body => string.Join("\n\n", Pages.Where(p => p.Length > 0));
}

public static class TextStatuses
{
    public const string Ok = "ok";
    public const string Partial = "partial";
    public const string None = "none";
}
