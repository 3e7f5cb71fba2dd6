using Search.Pipeline.Crawling;

namespace Search.Host.Hosting;

/// <summary>
/// The host's crawl settings. <c>Crawl:Config</c> names the sources file (its sources appear in
/// /api/sources and on the "Sources" page); <c>Crawl:Enabled</c> (default false) turns on the scheduled
/// crawl, every <c>Crawl:IntervalHours</c> (default 24), first after <c>Crawl:InitialDelaySeconds</c> (default 60).
/// </summary>
public sealed class CrawlSettings
{
    public string? ConfigPath { get; init; }
    public bool Enabled { get; init; }
    public TimeSpan Interval { get; init; } = TimeSpan.FromHours(24);
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(60);

    public static CrawlSettings From(IConfiguration configuration)
    {
        var path = configuration["Crawl:Config"];
        return new CrawlSettings
        {
            ConfigPath = string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path),
            Enabled = configuration.GetValue("Crawl:Enabled", false),
            Interval = TimeSpan.FromHours(Math.Max(0.001, configuration.GetValue("Crawl:IntervalHours", 24.0))),
            InitialDelay = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Crawl:InitialDelaySeconds", 60.0))),
        };
    }

    /// <summary>The sources configuration; a scheduled crawl without one is a configuration error, reported at start-up.</summary>
    public CrawlConfig? LoadConfig()
    {
        if (ConfigPath is null)
        {
            if (Enabled) throw new CrawlConfigException("Crawl:Enabled is true but Crawl:Config names no sources file.");
            return null;
        }
        return CrawlConfigLoader.Load(ConfigPath);
    }
}
