using Search.Host.Hosting;
using Search.Pipeline.Crawling;

namespace Search.Host.Sources;

public static class CrawlingServices
{
    /// <summary>The sources catalogue (API and UI) and the scheduled crawl (off unless Crawl:Enabled).</summary>
    public static IServiceCollection AddCrawling(this IServiceCollection services, IConfiguration configuration, HostSettings settings)
    {
        var crawl = CrawlSettings.From(configuration);
        services.AddSingleton(crawl);
        services.AddSingleton(_ => new SourcesCatalog(settings.DataPath, crawl.ConfigPath is null ? null : CrawlConfigLoader.Load(crawl.ConfigPath)));
        services.AddSingleton<ScheduledCrawler>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledCrawler>());
        return services;
    }
}
