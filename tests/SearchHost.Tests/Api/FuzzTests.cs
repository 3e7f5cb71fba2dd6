using Search.TestSupport;
using SearchHost.Tests.Ui;

namespace SearchHost.Tests.Api;

/// <summary>A short run of <c>Bench fuzz</c>'s hostile requests (fixed seed) against the seeded host: no 5xx, every request answered.</summary>
[Collection(SeededHostCollection.Name)]
public sealed class FuzzTests(SeededHostFixture host)
{
    [Fact]
    public async Task Hostile_requests_to_every_endpoint_get_no_server_error()
    {
        var report = await HostileRequests.RunAsync(host.Client, count: 300, seed: 12);

        Assert.Equal(300, report.Count);
        Assert.Empty(report.Failures);
        Assert.Contains(report.StatusCounts.Keys, status => status is >= 400 and < 500);   // hostile enough to be refused
    }
}
