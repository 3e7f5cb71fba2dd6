using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Search.Core.Querying;
using Search.Host.Contracts;
using Search.Host.Errors;

namespace Search.Host.QueryLog;

/// <summary>
/// <c>GET /api/stats/queries</c>: the top, zero-result and recent queries, for staff only (see
/// <see cref="StaffAccess"/>): 404 when no staff credential is configured, 401 without one.
/// </summary>
public static class QueryLogApi
{
    /// <summary>The query log (written in the background, purged on the host's clock) and who may read it.</summary>
    public static IServiceCollection AddQueryLog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QueryLogSettings>().Bind(configuration.GetSection("QueryLog")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StaffSettings>().Bind(configuration.GetSection("Staff")).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new StaffAccess(sp.GetRequiredService<IOptions<StaffSettings>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SqliteQueryLog>(sp, sp.GetRequiredService<IOptions<QueryLogSettings>>().Value));
        services.AddSingleton<IQueryLog>(sp => sp.GetRequiredService<SqliteQueryLog>());
        services.AddSingleton<IQueryLogReader>(sp => sp.GetRequiredService<SqliteQueryLog>());
        services.AddHostedService(sp => sp.GetRequiredService<SqliteQueryLog>());
        return services;
    }

    public static IEndpointRouteBuilder MapQueryLogApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats/queries", (int? limit, IQueryLogReader log, StaffAccess staff, HttpContext context) =>
            {
                if (!staff.IsEnabled) return ApiProblem.Create(StatusCodes.Status404NotFound, ApiErrors.NotFound, "No staff data is published here.");
                if (!staff.IsStaff(context))
                {
                    if (staff.AcceptsToken) context.Response.Headers.WWWAuthenticate = "Bearer";
                    return ApiProblem.Create(StatusCodes.Status401Unauthorized, ApiErrors.Unauthorized, "The query log is for staff: send the staff token as 'Authorization: Bearer …'.");
                }
                var n = limit ?? 20;
                return Results.Json(new QueryStats(log.Count(), log.Top(n), log.Top(n, zeroResultsOnly: true), log.Recent(n)), SearchJson.Options);
            })
            .WithName("QueryStats")
            .WithSummary("Most frequent searches, searches with no result and recent searches (anonymous query log; staff only)")
            .Produces<QueryStats>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}

public sealed record QueryStats(long Searches, IReadOnlyList<QueryCount> Top, IReadOnlyList<QueryCount> ZeroResults, IReadOnlyList<QueryCount> Recent);
