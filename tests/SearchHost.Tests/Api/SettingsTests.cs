using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Search.Host;

namespace SearchHost.Tests.Api;

/// <summary>The host's settings are validated options: a bad value stops the start with a message naming it.</summary>
public sealed class SettingsTests : IDisposable
{
    // xUnit makes one instance per test: each test has its own data folder, deleted after it.
    private readonly string data = Path.Combine(Path.GetTempPath(), "settings-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
    }

    [Theory]
    [InlineData("--Index:RefreshSeconds", "0", "RefreshSeconds")]
    [InlineData("--Index:TermsInMemoryMb", "-1", "TermsInMemoryMb")]
    [InlineData("--Index:PostingsInMemoryMb", "-1", "PostingsInMemoryMb")]
    [InlineData("--Index:PositionsMappedMb", "-1", "PositionsMappedMb")]
    [InlineData("--Index:WarmUpSearches", "-1", "WarmUpSearches")]
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
        await using var app = SearchHostApp.Build(["--urls", "http://127.0.0.1:0", "--Data:Path", data, "--Data:Corpus", data, name, value]);
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains(named, error.Message);
        Assert.False(Directory.Exists(Path.Combine(data, "index")));
    }

    [Theory]
    [InlineData(null, 64L * 1024 * 1024)]
    [InlineData("0", 0L)]
    [InlineData("2.5", 5L * 512 * 1024)]
    public async Task The_terms_dictionaries_held_in_memory_are_a_setting(string? megabytes, long expected)
    {
        string[] args = ["--urls", "http://127.0.0.1:0", "--Data:Path", data, "--Data:Corpus", data];
        await using var app = SearchHostApp.Build(megabytes is null ? args : [.. args, "--Index:TermsInMemoryMb", megabytes]);
        Assert.Equal(expected, app.Services.GetRequiredService<Search.Host.Hosting.HostSettings>().TermsBudgetBytes);
    }

    [Theory]
    [InlineData(null, 96L * 1024 * 1024)]
    [InlineData("0", 0L)]
    [InlineData("1.5", 3L * 512 * 1024)]
    public async Task The_postings_held_in_memory_are_a_setting(string? megabytes, long expected)
    {
        string[] args = ["--urls", "http://127.0.0.1:0", "--Data:Path", data, "--Data:Corpus", data];
        await using var app = SearchHostApp.Build(megabytes is null ? args : [.. args, "--Index:PostingsInMemoryMb", megabytes]);
        Assert.Equal(expected, app.Services.GetRequiredService<Search.Host.Hosting.HostSettings>().PostingsBudgetBytes);
    }

    [Theory]
    [InlineData(null, 256L * 1024 * 1024)]
    [InlineData("0", 0L)]
    [InlineData("0.5", 512L * 1024)]
    public async Task The_positions_mapped_are_a_setting(string? megabytes, long expected)
    {
        string[] args = ["--urls", "http://127.0.0.1:0", "--Data:Path", data, "--Data:Corpus", data];
        await using var app = SearchHostApp.Build(megabytes is null ? args : [.. args, "--Index:PositionsMappedMb", megabytes]);
        Assert.Equal(expected, app.Services.GetRequiredService<Search.Host.Hosting.HostSettings>().PositionsBudgetBytes);
    }
}
