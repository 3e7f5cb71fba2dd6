using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Search.Pipeline.Crawling;

namespace Search.Host.Hosting;

/// <summary>
/// The host's crawl settings (<c>Crawl:*</c>, validated at start-up). <c>Crawl:Config</c> names the sources file (its
/// sources appear in /api/sources and on the "Sources" page; a file that does not load stops the start); <c>Crawl:Enabled</c>
/// (default false, needs a Config) turns on the scheduled crawl, every <c>Crawl:IntervalHours</c> (default 24), first after
/// <c>Crawl:InitialDelaySeconds</c> (default 60).
/// </summary>
public sealed class CrawlSettings
{
    public string? Config { get; set; }
    public bool Enabled { get; set; }
    [Range(0.001, 8760)] public double IntervalHours { get; set; } = 24;
    [Range(0, 86400)] public double InitialDelaySeconds { get; set; } = 60;

    public string? ConfigPath => string.IsNullOrWhiteSpace(Config) ? null : Path.GetFullPath(Config);
    public TimeSpan Interval => TimeSpan.FromHours(IntervalHours);
    public TimeSpan InitialDelay => TimeSpan.FromSeconds(InitialDelaySeconds);

    /// <summary>The sources configuration, or null when none is named.</summary>
    public CrawlConfig? LoadConfig() => ConfigPath is null ? null : CrawlConfigLoader.Load(ConfigPath);

    /// <summary>A scheduled crawl needs a sources file, and a named sources file must load.</summary>
    public sealed class Validator : IValidateOptions<CrawlSettings>
    {
        public ValidateOptionsResult Validate(string? name, CrawlSettings options)
        {
            if (options.ConfigPath is null)
                return options.Enabled ? ValidateOptionsResult.Fail("Crawl:Enabled is true but Crawl:Config names no sources file.") : ValidateOptionsResult.Success;
            try
            {
                options.LoadConfig();
                return ValidateOptionsResult.Success;
            }
            catch (CrawlConfigException e)
            {
                return ValidateOptionsResult.Fail($"Crawl:Config: {e.Message}");
            }
        }
    }
}
