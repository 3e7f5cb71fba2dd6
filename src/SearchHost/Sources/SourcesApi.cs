using System.Text;
using Search.Core.Documents;
using Search.Core.Querying;
using Search.Pipeline.Crawling;

namespace Search.Host.Sources;

/// <summary>
/// <c>GET /api/sources</c>: each source with its documents, last crawl, pages fetched, failed and
/// skipped (by reason) and recent errors; <c>GET /api/sources/publications.csv?publisher=</c>: a
/// publisher's referenced publications as CSV.
/// </summary>
public static class SourcesApi
{
    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sources", (SourcesCatalog catalog) => Results.Json(new SourcesResponse(catalog.Overview()), SearchJson.Options))
            .WithName("ListSources")
            .WithSummary("The crawl sources: documents, last crawl, fetched/failed/skipped URLs and recent errors")
            .Produces<SourcesResponse>();

        app.MapGet("/api/sources/publications.csv", (string? publisher, string? source, ReferencedPublications references) =>
            {
                var name = string.Join("-", new[] { "publications", publisher ?? source ?? "toutes" }.Select(Slug));
                return Results.File(Csv.Encode(references.Csv(publisher, source)),
                    "text/csv; charset=utf-8", name + ".csv");
            })
            .WithName("ExportPublications")
            .RequireRateLimiting(Search.SearchLoad.Policy)
            .WithSummary("A publisher's referenced publications (crawled and ingested from folders), or a source's, as CSV");
        return app;
    }

    internal static string Slug(string value)
    {
        var sb = new StringBuilder();
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (c is ' ' or '-' or '\'' && sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}

public sealed record SourcesResponse(IReadOnlyList<SourceSummary> Sources);
