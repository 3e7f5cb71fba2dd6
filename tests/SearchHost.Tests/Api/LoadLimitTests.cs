using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Search.Host.Search;
using SearchHost.Tests.Infrastructure;
using SearchHost.Tests.Ui;

namespace SearchHost.Tests.Api;

/// <summary>
/// A host over the seeded index that runs two searches at a time and queues none, with an endpoint under the same
/// limit that holds its permit until the test releases it: requests are held in flight by the test, not by timing.
/// </summary>
public sealed class LoadLimitHostFixture : TestHost
{
    public SemaphoreSlim Entered { get; } = new(0);
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override string CorpusPath => Directory.CreateDirectory(Path.Combine(DataPath, "corpus")).FullName;

    protected override void Prepare() => SeededHostFixture.WriteIndex(DataPath);

    protected override void Configure(WebApplicationBuilder builder) => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Search:Concurrency"] = "2",
        ["Search:QueueLength"] = "0",
        ["Search:RetryAfterSeconds"] = "7",
    });

    protected override void Map(WebApplication app) => app.MapGet("/test/hold", async () =>
    {
        Entered.Release();
        await Release.Task;
        return Results.Ok();
    }).RequireRateLimiting(SearchLoad.Policy);
}

public sealed class LoadLimitTests(LoadLimitHostFixture host) : IClassFixture<LoadLimitHostFixture>
{
    [Fact]
    public async Task Searches_beyond_the_concurrency_limit_are_refused_with_429_and_Retry_After_then_served_again()
    {
        var held = new[] { host.Client.GetAsync("/test/hold"), host.Client.GetAsync("/test/hold") };
        for (var i = 0; i < held.Length; i++) Assert.True(await host.Entered.WaitAsync(TimeSpan.FromMinutes(1)), "a held request never started");

        foreach (var path in new[] { "/api/search?q=apprentis", "/api/suggest?q=appr", "/api/documents/" + SeededHostFixture.MarkupId + "/similar", "/api/feed?q=apprentis", "/api/export?q=apprentis" })
        {
            using var refused = await host.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(7), refused.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal("too-many-requests", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        }
        using (var page = await host.Client.GetAsync("/?q=apprentis"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(7), page.Headers.RetryAfter?.Delta);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("Le service est très sollicité", html);
            Assert.Contains("href=\"/?q=apprentis\"", html);
        }
        using (var health = await host.Client.GetAsync("/health")) Assert.Equal(HttpStatusCode.OK, health.StatusCode);   // not limited

        host.Release.SetResult();
        foreach (var response in await Task.WhenAll(held))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }
        using var served = await host.Client.GetAsync("/api/search?q=apprentis");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }
}
