using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Search.Host.Feeds;
using SearchHost.Tests.Infrastructure;
using SearchHost.Tests.Ui;

namespace SearchHost.Tests.Api;

/// <summary>
/// A host over the seeded index whose time budget is zero (allowed: every search stops before its first segment), so
/// every search is cut short deterministically, whatever the machine's speed.
/// </summary>
public sealed class ZeroBudgetHostFixture : TestHost
{
    protected override string CorpusPath => Directory.CreateDirectory(Path.Combine(DataPath, "corpus")).FullName;

    protected override void Prepare() => SeededHostFixture.WriteIndex(DataPath);

    protected override void Configure(WebApplicationBuilder builder) => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Search:TimeBudgetMs"] = "0",
    });
}

/// <summary>A search cut by the time budget says so on every surface: the API, the page, the feed and both exports.</summary>
public sealed class TimeBudgetTests(ZeroBudgetHostFixture host) : IClassFixture<ZeroBudgetHostFixture>
{
    [Fact]
    public async Task The_api_and_the_page_flag_a_search_cut_short()
    {
        var json = JsonDocument.Parse(await host.Client.GetStringAsync("/api/search?q=apprentis")).RootElement;
        Assert.True(json.GetProperty("partial").GetBoolean());

        var html = await host.Client.GetStringAsync("/?q=apprentis");
        Assert.Contains("La recherche a été interrompue faute de temps", html);
    }

    [Fact]
    public async Task An_export_cut_short_does_not_pass_for_the_whole_list()
    {
        using var csv = await host.Client.GetAsync("/api/export?q=apprentis&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("true", Assert.Single(csv.Headers.GetValues(ResultsExport.PartialHeader)));

        using var json = await host.Client.GetAsync("/api/export?q=apprentis&format=json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("true", Assert.Single(json.Headers.GetValues(ResultsExport.PartialHeader)));
        var body = JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement;
        Assert.True(body.GetProperty("partial").GetBoolean());
        Assert.Equal(body.GetProperty("hits").GetArrayLength(), body.GetProperty("exported").GetInt32());

        using var feed = await host.Client.GetAsync("/api/feed?q=apprentis");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("true", Assert.Single(feed.Headers.GetValues(ResultsExport.PartialHeader)));
    }
}
