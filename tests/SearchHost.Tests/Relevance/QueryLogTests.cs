using System.Text.Json;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Relevance;

[Collection(HostCollection.Name)]
public sealed class QueryLogTests(HostFixture host)
{
    [Fact]
    public async Task Searches_are_logged_anonymously_with_top_and_zero_result_queries()
    {
        var unique = "zyxwvu" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 3; i++) await host.Client.GetStringAsync("/api/search?q=QueryLogProbe+apprentis");
        await host.Client.GetStringAsync("/api/search?q=" + unique);
        await host.Client.GetStringAsync("/?q=" + unique);   // the UI's searches count too

        JsonElement stats = default;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            stats = JsonDocument.Parse(await host.Client.GetStringAsync("/api/stats/queries?limit=100")).RootElement.Clone();
            // The log is written in the background: wait until every search above has been written, not just the first.
            var zeroCount = stats.GetProperty("zeroResults").EnumerateArray().Where(q => q.GetProperty("query").GetString() == unique).Sum(q => q.GetProperty("count").GetInt32());
            var topCount = stats.GetProperty("top").EnumerateArray().Where(q => q.GetProperty("query").GetString()!.StartsWith("QueryLogProbe", StringComparison.OrdinalIgnoreCase)).Sum(q => q.GetProperty("count").GetInt32());
            if (zeroCount >= 2 && topCount >= 3) break;
            await Task.Delay(100);
        }
        var zero = stats.GetProperty("zeroResults").EnumerateArray().Single(q => q.GetProperty("query").GetString() == unique);
        Assert.Equal(2, zero.GetProperty("count").GetInt32());
        var top = stats.GetProperty("top").EnumerateArray().Single(q => q.GetProperty("query").GetString()!.StartsWith("QueryLogProbe", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(3, top.GetProperty("count").GetInt32());

        var page = await host.Client.GetStringAsync("/statistiques");
        Assert.Contains("Recherches sans résultat", page);
        Assert.Contains(unique, page);
        Assert.True(File.Exists(Path.Combine(host.DataPath, "querylog.db")));
    }
}
