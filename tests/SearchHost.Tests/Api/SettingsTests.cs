using Microsoft.Extensions.Options;
using Search.Host;

namespace SearchHost.Tests.Api;

/// <summary>The host's settings are validated options: a bad value stops the start with a message naming it.</summary>
public sealed class SettingsTests
{
    [Theory]
    [InlineData("--Index:RefreshSeconds", "0", "RefreshSeconds")]
    [InlineData("--Extraction:OcrPageTimeoutSeconds", "0", "OcrPageTimeoutSeconds")]
    [InlineData("--Extraction:OcrLanguage", "fra;rm -rf", "OcrLanguage")]
    [InlineData("--Crawl:IntervalHours", "-1", "IntervalHours")]
    [InlineData("--Search:Concurrency", "0", "Concurrency")]
    [InlineData("--Search:QueueLength", "-1", "QueueLength")]
    [InlineData("--Search:TimeBudgetMs", "-5", "TimeBudgetMs")]
    [InlineData("--Crawl:Enabled", "true", "Crawl:Config")]
    [InlineData("--Crawl:Config", "/nonexistent/sources.json", "/nonexistent/sources.json")]
    public async Task A_bad_setting_stops_the_host_at_start_up(string name, string value, string named)
    {
        var data = Path.Combine(Path.GetTempPath(), "settings-tests-" + Guid.NewGuid().ToString("N"));
        await using var app = SearchHostApp.Build(["--urls", "http://127.0.0.1:0", "--Data:Path", data, "--Data:Corpus", data, name, value]);
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains(named, error.Message);
        Assert.False(Directory.Exists(Path.Combine(data, "index")));
    }
}
