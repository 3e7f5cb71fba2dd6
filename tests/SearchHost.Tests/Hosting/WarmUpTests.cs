using Microsoft.Extensions.DependencyInjection;
using Search.Core.Querying;
using Search.Host.Hosting;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Hosting;

/// <summary>A host on corpus-samples that warms up with 24 searches before it says it is ready.</summary>
public sealed class WarmUpHostFixture : TestHost
{
    protected override string CorpusPath => RepoPaths.CorpusSamples;
    protected override string WarmUpSearches => "24";
}

/// <summary>
/// Before the host says its index is ready, it searches it with its own words (<see cref="SearchWarmUp"/>): the shapes of
/// users' queries, none of them recorded in the query log, and the host ready after them.
/// </summary>
public sealed class WarmUpTests(WarmUpHostFixture host) : IClassFixture<WarmUpHostFixture>
{
    private IndexSearcherProvider Provider => host.App.Services.GetRequiredService<ServedIndex>().Provider;

    [Fact]
    public void The_warm_up_searches_take_the_shapes_of_users_queries_from_the_index_s_own_words()
    {
        var requests = SearchWarmUp.Requests(Provider, 16);
        Assert.Equal(16, requests.Count);
        Assert.All(requests, r => Assert.False(string.IsNullOrWhiteSpace(r.Query)));
        Assert.Contains(requests, r => r.Query!.Split(' ').Length == 3);
        Assert.Contains(requests, r => System.Text.RegularExpressions.Regex.IsMatch(r.Query!, @" (19|20)\d\d$"));   // a word and a year
        Assert.Contains(requests, r => r.Sort == SearchSort.Date);
        Assert.Contains(requests, r => r.Page == 2);
        // Each word is one the index holds in its titles: a search of the first one alone finds documents.
        var search = new SearchService(Provider);
        Assert.True(search.Search(new SearchRequest { Query = requests[0].Query }).Total > 0, requests[0].Query);
        Assert.Empty(SearchWarmUp.Requests(Provider, 0));
    }

    [Fact]
    public void A_slip_swaps_the_two_middle_letters()
    {
        Assert.Equal("comumnes", SearchWarmUp.Slip("communes"));
        Assert.Equal("bugdet", SearchWarmUp.Slip("budget"));
        Assert.Equal("eau", SearchWarmUp.Slip("eau"));
    }

    [Fact]
    public async Task The_host_is_ready_after_its_warm_up_and_the_query_log_holds_none_of_it()
    {
        using var health = await host.Client.GetAsync("/health");
        Assert.Contains("\"ready\"", await health.Content.ReadAsStringAsync());
        Assert.Equal(0, host.App.Services.GetRequiredService<IQueryLogReader>().Count());
        // The warm-up runs again over the same index as the host does it, and every one of its searches answers.
        Assert.Equal(8, SearchWarmUp.Run(Provider, host.App.Services.GetRequiredService<SearchLimits>(), 8, CancellationToken.None));
        // One search of a user, recorded (the log writes in the background): it is the only one the log holds.
        using var answer = await host.Client.GetAsync("/api/search?q=budget");
        Assert.True(answer.IsSuccessStatusCode);
        var log = host.App.Services.GetRequiredService<IQueryLogReader>();
        for (var wait = 0; wait < 200 && log.Count() == 0; wait++) await Task.Delay(50);
        Assert.Equal(1, log.Count());
    }
}
