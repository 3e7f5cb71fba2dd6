using Search.Core.Querying;

namespace Search.Core.Tests;

/// <summary>Searches for exports (<see cref="SearchRequest.HitsOnly"/>): every hit in order up to the maximum depth, nothing else.</summary>
public sealed class HitsOnlyTests : IDisposable
{
    private readonly TestIndex _index = new(Enumerable.Range(0, 150)
        .Select(i => TestIndex.Doc($"https://example.fr/budget-{i}.pdf", $"Budget des communes {i}", $"Le budget des communes, étude {i}.",
            publisher: i % 2 == 0 ? "DGCL" : "OFGL", date: new DateOnly(2000, 1, 1).AddDays(i * 37), summary: $"Résumé {i}"))
        .ToArray());

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Every_hit_comes_in_the_order_of_the_search_without_passages_or_facets()
    {
        var request = new SearchRequest { Query = "budget", Sort = SearchSort.Date, Filters = new Dictionary<string, IReadOnlyList<string>> { ["publisher"] = ["DGCL"] } };
        var paged = Enumerable.Range(1, 2).SelectMany(p => _index.Service.Search(request with { Page = p, Size = 50 }).Hits).ToList();
        var all = _index.Service.Search(request with { Size = SearchRequest.MaxDepth, HitsOnly = true });

        Assert.Equal(75, all.Total);
        Assert.Equal(paged.Select(h => h.Id), all.Hits.Select(h => h.Id));
        Assert.All(all.Facets.Values, values => Assert.Empty(values));
        Assert.All(all.Hits, h => Assert.StartsWith("Résumé ", h.Snippet));
        Assert.All(all.Hits, h => Assert.Equal(DateTimeOffset.UnixEpoch, h.IndexedAt));
    }

    [Fact]
    public void The_size_of_an_export_stops_at_the_maximum_depth_and_a_page_of_results_at_one_hundred()
    {
        Assert.Equal(150, _index.Service.Search(new SearchRequest { Size = SearchRequest.MaxDepth, HitsOnly = true }).Hits.Count);
        var tooMany = Assert.Throws<InvalidSearchRequestException>(() => _index.Service.Search(new SearchRequest { Size = SearchRequest.MaxDepth + 1, HitsOnly = true }));
        Assert.Equal(SearchErrors.InvalidSize, tooMany.Code);
        Assert.Equal(SearchErrors.InvalidSize, Assert.Throws<InvalidSearchRequestException>(() => _index.Service.Search(new SearchRequest { Size = SearchRequest.MaxSize + 1 })).Code);
    }
}
