using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Search.Core.Querying;
using Search.Host.Contracts;
using Search.Host.Errors;

namespace Search.Host.Search;

/// <summary>
/// <c>Search:*</c>, validated at start-up: how much searching the host takes on at once. <c>Search:Concurrency</c>
/// (default 4) requests that run searches are served at a time, <c>Search:QueueLength</c> (default 8) more wait their
/// turn, and the others are refused at once with 429 and <c>Retry-After: Search:RetryAfterSeconds</c> (default 2);
/// <c>Search:TimeBudgetMs</c> (default 800; 0 is allowed and makes every search partial) is how long one search may
/// match and count before it returns what it has (<c>partial: true</c>).
/// </summary>
public sealed class SearchLoadSettings
{
    [Range(1, 10_000)] public int Concurrency { get; set; } = 4;
    [Range(0, 10_000)] public int QueueLength { get; set; } = 8;
    [Range(1, 3600)] public int RetryAfterSeconds { get; set; } = 2;
    [Range(0, 600_000)] public int TimeBudgetMs { get; set; } = 800;
}

public static class SearchLoad
{
    /// <summary>The rate-limiting policy of every endpoint and page that runs a search (one concurrency limit shared by all).</summary>
    public const string Policy = "search";

    /// <summary>The <c>Search:*</c> settings, the <see cref="SearchLimits"/> of every search, and the concurrency limiter.</summary>
    public static IServiceCollection AddSearchLoadLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchLoadSettings>().Bind(configuration.GetSection("Search")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => SearchLimits.Default with
        {
            TimeBudget = TimeSpan.FromMilliseconds(sp.GetRequiredService<IOptions<SearchLoadSettings>>().Value.TimeBudgetMs),
        });
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SearchLoadSettings>>((options, settings) =>
        {
            var load = settings.Value;
            options.AddConcurrencyLimiter(Policy, limiter =>
            {
                limiter.PermitLimit = load.Concurrency;
                limiter.QueueLimit = load.QueueLength;
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            options.OnRejected = (context, cancellationToken) => Refuse(context.HttpContext, load.RetryAfterSeconds);
        });
        return services;
    }

    /// <summary>429 with Retry-After: a problem with a code for the API, a French page for the UI.</summary>
    private static async ValueTask Refuse(HttpContext context, int retryAfterSeconds)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await ApiProblem.Create(StatusCodes.Status429TooManyRequests, ApiErrors.TooManyRequests,
                $"Too many searches are running; try again in {retryAfterSeconds} s.").ExecuteAsync(context);
            return;
        }
        response.ContentType = "text/html; charset=utf-8";
        var again = HtmlEncoder.Default.Encode(context.Request.PathBase + context.Request.Path + context.Request.QueryString);
        await response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Service très sollicité</title>
                <link rel="stylesheet" href="/dsfr/dsfr.min.css">
            </head>
            <body>
                <main class="fr-container fr-py-6w" id="contenu">
                    <h1>Le service est très sollicité</h1>
                    <p>Trop de recherches sont en cours en ce moment. Réessayez dans quelques secondes.</p>
                    <p><a class="fr-btn" href="{{again}}">Réessayer</a> <a class="fr-link fr-ml-2w" href="/">Accueil</a></p>
                </main>
            </body>
            </html>
            """, context.RequestAborted);
    }
}
