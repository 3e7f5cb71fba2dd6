using Search.Core.Documents;
using Search.Core.Querying;
using Search.Host.Contracts;
using Search.Host.Hosting;
using Search.Ui.Display;

namespace Search.Host.Feeds;

/// <summary>
/// <c>GET /api/feed</c>: an Atom feed of any search (the parameters of <c>/api/search</c>), newest first;
/// <c>GET /api/export</c>: its results as CSV or JSON (<c>format=csv|json</c>), every hit up to <see cref="ResultsExport.Cap"/>.
/// Neither is recorded in the query log: feed readers poll, and an export repeats a search already made. Both search
/// under the host's limits (time budget, concurrency) like <c>/api/search</c>; one cut by the time budget carries the
/// <see cref="ResultsExport.PartialHeader"/> header (and the JSON export <c>"partial": true</c>).
/// </summary>
public static class FeedsApi
{
    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/feed", ([AsParameters] SearchParameters parameters, ServedIndex served, SearchLimits limits, TimeProvider time, HttpContext http, CancellationToken cancellationToken) =>
            {
                var request = parameters.ToRequest(AtomFeed.DefaultSize) with { Sort = SearchSort.Date };
                var response = new SearchService(served.Provider, limits: limits).Search(request, cancellationToken);
                var state = SearchUrl.From(request with { Page = 1 });
                var baseUrl = BaseUrl(http.Request);
                MarkPartial(http, response);
                var self = baseUrl + http.Request.Path + http.Request.QueryString;
                return Results.Bytes(AtomFeed.Write(response, state, baseUrl, self, time.GetUtcNow()), AtomFeed.ContentType);
            })
            .RequireRateLimiting(Search.SearchLoad.Policy)
            .WithName("Feed")
            .WithSummary("Atom 1.0 feed of a search (the parameters of /api/search), newest first; size defaults to 20")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        app.MapGet("/api/export", ([AsParameters] SearchParameters parameters, string? format, ServedIndex served, SearchLimits limits, TimeProvider time, HttpContext http, CancellationToken cancellationToken) =>
            {
                var kind = (format ?? "csv").Trim();
                if (kind is not ("csv" or "json"))
                    throw new InvalidSearchRequestException(SearchErrors.InvalidParameter, $"'format' must be 'csv' or 'json', not '{(kind.Length <= 40 ? kind : kind[..40] + "…")}'.");
                var request = parameters.ToRequest() with { Page = 1, Size = ResultsExport.Cap, HitsOnly = true };
                var response = new SearchService(served.Provider, limits: limits).Search(request, cancellationToken);
                var state = SearchUrl.From(request);
                var now = time.GetUtcNow();
                MarkPartial(http, response);
                return kind == "csv"
                    ? Results.File(Csv.Encode(ResultsExport.ToCsv(response.Hits, BaseUrl(http.Request))), "text/csv; charset=utf-8", ResultsExport.FileName(state, now, "csv"))
                    : Results.File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
                            new ResultsExportResponse(response.Query, response.Total, response.Hits.Count, ResultsExport.Cap, response.Partial, response.Hits), SearchJson.Options),
                        "application/json; charset=utf-8", ResultsExport.FileName(state, now, "json"));
            })
            .RequireRateLimiting(Search.SearchLoad.Policy)
            .WithName("Export")
            .WithSummary("A search's results (the parameters of /api/search; page and size ignored) as CSV or JSON, every hit up to 10,000")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces<ResultsExportResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>A feed or export cut by the time budget says so: a file must not pass for the whole list when it is not.</summary>
    private static void MarkPartial(HttpContext http, SearchResponse response)
    {
        if (response.Partial) http.Response.Headers[ResultsExport.PartialHeader] = "true";
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
