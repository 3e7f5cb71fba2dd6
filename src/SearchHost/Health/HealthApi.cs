using Search.Core.Querying;
using Search.Host.Hosting;

namespace Search.Host.Health;

/// <summary><c>GET /health</c>: answers as soon as the server listens, also while the index is being built.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (IndexStatus status, SearchService search, HostSettings settings) => Results.Json(new HealthReport(
                Status: status.State.ToString().ToLowerInvariant(),
                Since: status.Since,
                Documents: search.DocumentCount(),
                IndexPath: settings.IndexPath,
                Build: new BuildProgress(status.Done, status.Total, status.Errors),
                Message: status.Message), SearchJson.Options))
            .WithName("Health")
            .WithSummary("Service and index state: starting, building, ready or failed")
            .Produces<HealthReport>();
        return app;
    }
}

public sealed record HealthReport(string Status, DateTimeOffset Since, int Documents, string IndexPath, BuildProgress Build, string? Message);
public sealed record BuildProgress(int Done, int Total, int Errors);
