using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Search.Core.Querying;
using Search.Host.Contracts;

namespace Search.Host.Search;

/// <summary><c>GET /api/search</c>: full-text search with facets.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", ([AsParameters] SearchParameters parameters, SearchService search, CancellationToken cancellationToken) =>
                Results.Json(search.Search(parameters.ToRequest(), cancellationToken), SearchJson.Options))
            .WithName("Search")
            .RequireRateLimiting(SearchLoad.Policy)
            .WithSummary("Full-text search over the indexed publications")
            .Produces<SearchResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapGet("/api/suggest", (string? q, int? size, SearchService search) =>
                Results.Json(new SuggestResponse(q ?? "", search.Suggest(q, size ?? 8)), SearchJson.Options))
            .WithName("Suggest")
            .RequireRateLimiting(SearchLoad.Policy)
            .WithSummary("Search-as-you-type: titles and frequent words completing what was typed")
            .Produces<SuggestResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    /// <summary>
    /// The whole-number parameters of <see cref="SearchParameters"/> arrive as text (so that one parser refuses them with a
    /// code); the OpenAPI document says what they hold.
    /// </summary>
    public static OpenApiOptions DescribeWholeNumbers(this OpenApiOptions options) => options.AddOperationTransformer((operation, _, _) =>
    {
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is { Name: "page" or "size" or "yearFrom" or "yearTo", Schema: OpenApiSchema schema } && schema.Type == JsonSchemaType.String)
                schema.Type = JsonSchemaType.Integer;
        }
        return Task.CompletedTask;
    });
}

public sealed record SuggestResponse(string Query, IReadOnlyList<Suggestion> Suggestions);
