using Search.Core.Querying;

namespace Search.Host.QueryLog;

/// <summary><c>GET /api/stats/queries</c>: the top queries and the zero-result queries, for staff.</summary>
public static class QueryLogApi
{
    public static IEndpointRouteBuilder MapQueryLogApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats/queries", (int? limit, IQueryLogReader log) =>
                Results.Json(new QueryStats(log.Count(), log.Top(limit ?? 20), log.Top(limit ?? 20, zeroResultsOnly: true)), SearchJson.Options))
            .WithName("QueryStats")
            .WithSummary("Most frequent searches and searches with no result (anonymous query log)")
            .Produces<QueryStats>();
        return app;
    }
}

public sealed record QueryStats(long Searches, IReadOnlyList<QueryCount> Top, IReadOnlyList<QueryCount> ZeroResults);
