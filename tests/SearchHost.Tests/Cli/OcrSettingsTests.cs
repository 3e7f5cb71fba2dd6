using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Host.Hosting;

namespace SearchHost.Tests.Cli;

/// <summary>The host's <c>Extraction:*</c> settings: OCR on by default when its tools are installed, off or required when configured, a warning (not a crash) when required tools are missing.</summary>
public sealed class OcrSettingsTests
{
    private static HostSettings From(Dictionary<string, string?> values) =>
        new ServiceCollection().AddHostSettings(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .BuildServiceProvider().GetRequiredService<HostSettings>();

    [Fact]
    public void Ocr_is_on_by_default_when_installed_and_configurable()
    {
        var defaults = From(new() { ["Data:Path"] = Path.GetTempPath() });
        Assert.Null(defaults.Extraction.Ocr);
        var installed = new Search.Pipeline.Extraction.Ocr.TesseractOcr().Availability.Available;
        using (var registry = defaults.CreateExtractors(NullLogger.Instance)) Assert.Equal(installed, registry.Ocr is not null);
        // Not installed (a program that does not exist): no OCR step and no warning, where a required OCR warns.
        using (var missing = new Search.Pipeline.Extraction.ExtractorRegistry(defaults.Extraction with { TesseractPath = Path.Combine(Path.GetTempPath(), "no-such-tesseract") }))
        {
            Assert.Null(missing.Ocr);
            Assert.Null(missing.OcrProblem);
        }
        var off = From(new() { ["Data:Path"] = Path.GetTempPath(), ["Extraction:Ocr"] = "false" });
        using (var registry = off.CreateExtractors(NullLogger.Instance)) Assert.Null(registry.Ocr);

        var on = From(new()
        {
            ["Data:Path"] = Path.GetTempPath(),
            ["Extraction:Ocr"] = "true",
            ["Extraction:OcrLanguage"] = "fra+eng",
            ["Extraction:OcrPageTimeoutSeconds"] = "20",
        });
        Assert.True(on.Extraction.Ocr);
        Assert.Equal("fra+eng", on.Extraction.OcrLanguage);
        Assert.Equal(TimeSpan.FromSeconds(20), on.Extraction.OcrPageTimeout);
    }

    [Fact]
    public void Missing_ocr_tools_are_logged_as_a_warning()
    {
        var settings = From(new() { ["Data:Path"] = Path.GetTempPath(), ["Extraction:Ocr"] = "true" });
        settings = new HostSettings
        {
            DataPath = settings.DataPath,
            Extraction = settings.Extraction with { TesseractPath = "/nonexistent/tesseract" },
        };
        var logger = new ListLogger();
        using var registry = settings.CreateExtractors(logger);
        Assert.False(registry.OcrActive);
        var warning = Assert.Single(logger.Warnings);
        Assert.Contains("Extraction:Ocr is on but OCR is not available", warning);
        Assert.Contains("tesseract-ocr-fra", warning);
    }

    private sealed class ListLogger : Microsoft.Extensions.Logging.ILogger
    {
        public List<string> Warnings { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;
        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state,
            Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == Microsoft.Extensions.Logging.LogLevel.Warning) Warnings.Add(formatter(state, exception));
        }
    }
}
