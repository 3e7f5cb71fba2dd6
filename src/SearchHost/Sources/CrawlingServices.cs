using Search.Host.Hosting;
using Search.Pipeline.Crawling;

namespace Search.Host.Sources;

public static class CrawlingServices
{
    /// <summary>The sources catalogue (API and the Sources page) and the scheduled crawl (off unless Crawl:Enabled).</summary>
    public static IServiceCollection AddCrawling(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SourcesCatalog(sp.GetRequiredService<HostSettings>().DataPath, sp.GetRequiredService<CrawlSettings>().LoadConfig()));
        services.AddTransient<ReferencedPublications>();
        services.AddSingleton<ScheduledCrawler>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledCrawler>());
        return services;
    }
}
