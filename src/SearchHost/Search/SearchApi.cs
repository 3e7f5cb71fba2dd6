using Microsoft.Extensions.Primitives;
using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Host.Search;

/// <summary><c>GET /api/search</c>: full-text search with facets.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (HttpRequest http, SearchService search) => Results.Json(search.Search(ReadRequest(http.Query), http.HttpContext.RequestAborted), SearchJson.Options))
            .WithName("Search")
            .WithSummary("Full-text search over the indexed publications")
            .WithDescription("Parameters: q (SimpleQueryParser syntax: \"phrase\", -exclude, a | b, prefix*), page (from 1), size (1-100), sort (relevance|date), and repeatable filters publisher, type, year, theme (OR within a filter, AND across filters); repeatable territory=<level>:<code> (documents about it or its descendants; territoryAncestors=true adds those about its ancestors).")
            .Produces<SearchResponse>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status503ServiceUnavailable);
        app.MapGet("/api/suggest", (string? q, int? size, SearchService search) =>
                Results.Json(new SuggestResponse(q ?? "", search.Suggest(q, size ?? 8)), SearchJson.Options))
            .WithName("Suggest")
            .WithSummary("Search-as-you-type: titles and frequent words completing what was typed")
            .Produces<SuggestResponse>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest);
        return app;
    }

    /// <summary>Reads a search request from a query string; malformed values are a 400, not a binding failure.</summary>
    public static SearchRequest ReadRequest(IQueryCollection query) => new()
    {
        Query = query["q"].ToString(),
        Page = Int(query, "page", 1),
        Size = Int(query, "size", 10),
        Sort = query["sort"].ToString() switch
        {
            "" or "relevance" => SearchSort.Relevance,
            "date" => SearchSort.Date,
            var other => throw new InvalidSearchRequestException($"'sort' must be 'relevance' or 'date', not '{Truncate(other)}'."),
        },
        Territories = Values(query["territory"]),
        TerritoryAncestors = query["territoryAncestors"].ToString() switch
        {
            "" or "false" => false,
            "true" => true,
            var other => throw new InvalidSearchRequestException($"'territoryAncestors' must be 'true' or 'false', not '{Truncate(other)}'."),
        },
        YearFrom = OptionalInt(query, "yearFrom"),
        YearTo = OptionalInt(query, "yearTo"),
        Filters = Schema.FacetFields
            .Where(f => query.ContainsKey(f))
            .ToDictionary(f => f, f => (IReadOnlyList<string>)Values(query[f])),
    };

    private static List<string> Values(StringValues values) => values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();

    private static int Int(IQueryCollection query, string name, int fallback)
    {
        var raw = query[name].ToString();
        if (raw.Length == 0) return fallback;
        return int.TryParse(raw, out var value) ? value : throw new InvalidSearchRequestException($"'{name}' must be a whole number, not '{Truncate(raw)}'.");
    }

    private static int? OptionalInt(IQueryCollection query, string name) => query[name].ToString().Length == 0 ? null : Int(query, name, 0);

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

public sealed record SuggestResponse(string Query, IReadOnlyList<Suggestion> Suggestions);

/// <summary>The body of every 4xx/5xx answer of the API.</summary>
public sealed record ApiError(string Error, int Status);
