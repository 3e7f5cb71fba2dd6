using Search.Core.Documents;
using Search.Core.Querying;
using Search.Host.Contracts;
using Search.Host.Errors;

namespace Search.Host.Documents;

/// <summary><c>GET /api/documents/{id}</c> and <c>GET /api/documents?url=</c>: a stored document with all its fields.</summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents/{id}", (string id, SearchService search) =>
                search.GetById(id) is { } doc ? Results.Json(DocumentView.From(doc), SearchJson.Options) : NotFound($"No document with id '{id}'."))
            .WithName("GetDocument")
            .WithSummary("A stored document with all its fields")
            .Produces<DocumentView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/documents/{id}/similar", (string id, int? size, SearchService search) =>
                search.Similar(id, size ?? 5) is { } hits ? Results.Json(hits, SearchJson.Options) : NotFound($"No document with id '{id}'."))
            .WithName("SimilarDocuments")
            .RequireRateLimiting(Search.SearchLoad.Policy)
            .WithSummary("Documents similar to a document (MoreLikeThis over its title and text)")
            .Produces<IReadOnlyList<SearchHit>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/documents", (string? url, Sources.ReferencedPublications references) =>
            {
                if (string.IsNullOrWhiteSpace(url)) return ApiProblem.Create(StatusCodes.Status400BadRequest, ApiErrors.MissingParameter, "The 'url' parameter is required.");
                // The stored document (plus referenced, canonicalUrl, referrers), else a 404 saying why (never seen, robots, out of scope…).
                return Sources.UrlLookupResults.ToResult(references.Lookup(url));
            })
            .WithName("GetDocumentByUrl")
            .WithSummary("The document referenced under a URL (also under its canonical URL), or why it is not referenced")
            .Produces<DocumentView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static IResult NotFound(string message) => ApiProblem.Create(StatusCodes.Status404NotFound, ApiErrors.NotFound, message);
}

/// <summary>A document as the API returns it.</summary>
public sealed record DocumentView
{
    public required string Id { get; init; }
    public required string Url { get; init; }
    public required string Title { get; init; }
    public string? Publisher { get; init; }
    public string? Type { get; init; }
    public string? Date { get; init; }
    public int? Year { get; init; }
    /// <summary>The years the document's figures describe ("comptes 2019"), sorted.</summary>
    public IReadOnlyList<int> CoveredYears { get; init; } = [];
    public required IReadOnlyList<string> Themes { get; init; }
    public string? Summary { get; init; }
    public string? Series { get; init; }
    public string? Language { get; init; }
    public required string Format { get; init; }
    public required string TextStatus { get; init; }
    /// <summary>Pages whose text was read by OCR.</summary>
    public IReadOnlyList<int> OcrPages { get; init; } = [];
    public string? SourcePath { get; init; }
    public string? ContentHash { get; init; }
    public long SizeBytes { get; init; }
    public DateTimeOffset IndexedAt { get; init; }
    public int PageCount { get; init; }
    /// <summary>The territories the document is about and those it mentions.</summary>
    public required global::Search.Core.Territories.DocumentTerritories Territories { get; init; }
    /// <summary>Text of each page (one for HTML).</summary>
    public required IReadOnlyList<string> Pages { get; init; }

    public static DocumentView From(SearchDocument d) => new()
    {
        Id = d.Id,
        Url = d.Url,
        Title = d.Title,
        Publisher = d.Publisher,
        Type = d.Type,
        Date = d.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Year = d.Year,
        CoveredYears = d.CoveredYears,
        Themes = d.Themes,
        Summary = d.Summary,
        Series = d.Series,
        Language = d.Language,
        Format = d.Format,
        TextStatus = d.TextStatus,
        OcrPages = d.OcrPages,
        SourcePath = d.SourcePath,
        ContentHash = d.ContentHash,
        SizeBytes = d.SizeBytes,
        IndexedAt = d.IndexedAt,
        PageCount = d.Pages.Count,
        Territories = d.Territories,
        Pages = d.Pages,
    };
}
