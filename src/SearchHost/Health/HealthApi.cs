using Search.Core.Querying;
using Search.Host.Hosting;

namespace Search.Host.Health;

/// <summary>
/// <c>GET /health</c>: answers as soon as the server listens, also while the index is being built (200), and 503 when the
/// index could not be built. It names no file: the reasons of a failure are in the server's log.
/// </summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (IndexStatus status, SearchService search) => Results.Json(new HealthReport(
                Status: status.State.ToString().ToLowerInvariant(),
                Since: status.Since,
                Documents: search.DocumentCount(),
                Build: new BuildProgress(status.Done, status.Total, status.Errors),
                Message: status.Message), SearchJson.Options,
                statusCode: status.State == IndexState.Failed ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK))
            .WithName("Health")
            .WithSummary("Service and index state: starting, building, ready or failed")
            .Produces<HealthReport>()
            .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}

public sealed record HealthReport(string Status, DateTimeOffset Since, int Documents, BuildProgress Build, string? Message);
public sealed record BuildProgress(int Done, int Total, int Errors);
