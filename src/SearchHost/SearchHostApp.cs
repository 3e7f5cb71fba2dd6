using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Search.Core.Querying;
using Search.Host.Documents;
using Search.Host.Errors;
using Search.Host.Feeds;
using Search.Host.Health;
using Search.Host.QueryLog;
using Search.Host.Hosting;
using Search.Host.Search;
using Search.Host.Sources;
using Search.Host.Territories;

namespace Search.Host;

/// <summary>Builds the web application: API, UI, background index build and refresh.</summary>
public static class SearchHostApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Long queries must reach the API, which answers them with a clear 400 rather than a 414.
            kestrel.Limits.MaxRequestLineSize = 128 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 160 * 1024;
        });
        configure?.Invoke(builder);

        // The clock of the index status, the refresh timer and the scheduled crawl; tests bring a fake one.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostSettings(builder.Configuration);
        builder.Services.AddSingleton(sp => new ServedIndex(sp.GetRequiredService<HostSettings>().IndexPath, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<HostSettings>().TermsBudgetBytes, sp.GetRequiredService<HostSettings>().PostingsBudgetBytes,
            sp.GetRequiredService<HostSettings>().PositionsBudgetBytes));
        builder.Services.AddQueryLog(builder.Configuration);
        // Over the index served now: a rebuilt index swapped in is searched by the next request.
        builder.Services.AddSearchLoadLimits(builder.Configuration);
        builder.Services.AddTransient(sp => new SearchService(sp.GetRequiredService<ServedIndex>().Provider, sp.GetRequiredService<IQueryLog>(),
            sp.GetRequiredService<SearchLimits>()));
        builder.Services.AddSingleton<IndexStatus>();
        builder.Services.AddHostedService<StartupReport>();
        builder.Services.AddHostedService<StartupIndexBuilder>();
        builder.Services.AddHostedService<IndexRefresher>();
        builder.Services.AddCrawling();
        builder.Services.ConfigureHttpJsonOptions(o => SearchJson.Configure(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        // A parameter that does not bind (/api/suggest?size=ten) reaches the handler too: a problem with a code, like the others.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi(o => o.DescribeWholeNumbers());
        builder.Services.AddSearchUi(typeof(SearchHostApp).Assembly);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();

        // The DSFR and the UI's own scripts and styles, copied next to the binaries by the Ui project.
        foreach (var folder in new[] { "dsfr", "ui" })
        {
            var path = Path.Combine(AppContext.BaseDirectory, "wwwroot", folder);
            if (Directory.Exists(path))
                app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(path), RequestPath = "/" + folder });
        }
        app.UseStaticFiles();

        app.MapOpenApi();
        app.MapHealthApi();
        app.MapSearchApi();
        app.MapFeedsApi();
        app.MapDocumentsApi();
        app.MapSourcesApi();
        app.MapTerritoriesApi();
        app.MapQueryLogApi();
        app.MapRazorPages().RequireRateLimiting(SearchLoad.Policy);
        return app;
    }
}
