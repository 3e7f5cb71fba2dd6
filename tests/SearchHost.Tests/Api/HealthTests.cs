using System.Net;
using System.Text.Json;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Api;

/// <summary>A host whose index cannot be built: its corpus folder does not exist.</summary>
public sealed class FailedBuildHostFixture : TestHost
{
    protected override string CorpusPath => Path.Combine(DataPath, "no-such-corpus");

    protected override bool WaitForIndex => false;
}

public sealed class HealthTests(FailedBuildHostFixture host) : IClassFixture<FailedBuildHostFixture>
{
    [Fact]
    public async Task A_failed_index_build_is_a_503_that_names_no_file()
    {
        // The build gives up at once (no corpus folder); until then the host says it is starting.
        for (var attempt = 0; ; attempt++)
        {
            using var response = await host.Client.GetAsync("/health");
            var body = await response.Content.ReadAsStringAsync();
            var health = JsonDocument.Parse(body).RootElement;
            if (health.GetProperty("status").GetString() is "starting" or "building" && attempt < 600)
            {
                await Task.Delay(100);
                continue;
            }
            Assert.Equal("failed", health.GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.False(health.TryGetProperty("indexPath", out _));
            Assert.DoesNotContain(host.DataPath, body);
            Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), body);
            return;
        }
    }
}
