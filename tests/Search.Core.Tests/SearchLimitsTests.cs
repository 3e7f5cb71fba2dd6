using Search.Core.Analysis;
using Search.Core.Documents;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>The caps of <see cref="SearchLimits"/>: what a search leaves out, says it left out, refuses, or cuts short.</summary>
public sealed class SearchLimitsTests : IDisposable
{
    private readonly TestIndex _index = new(
        Doc("a.pdf", "Les apprentis dans les collectivités locales en 2022", "Les collectivités locales ont accueilli des apprentis. Diplômes préparés.", "DGCL"),
        Doc("c.pdf", "Les finances des communes de Rennes", "Les dépenses de fonctionnement des communes de Rennes et de Brest augmentent.", "OFGL"),
        Doc("d.pdf", "Les dépenses des départements", "Dépenses de fonctionnement par fonction.", "OFGL"));

    public void Dispose() => _index.Dispose();

    private SearchResponse Search(string q, SearchLimits limits) =>
        new SearchService(_index.Provider, limits: limits).Search(new SearchRequest { Query = q });

    [Fact]
    public void Words_beyond_the_cap_are_not_searched_and_are_listed()
    {
        var r = Search("apprentis diplômes zorblax quorglub", SearchLimits.Default with { MaxWords = 2 });

        Assert.Equal(["a.pdf"], r.Hits.Select(h => h.Url));   // the unknown words after the second are not required
        Assert.Equal(["zorblax", "quorglub"], r.Ignored?.Words);
        Assert.Null(Search("apprentis diplômes", SearchLimits.Default with { MaxWords = 2 }).Ignored);
    }

    [Fact]
    public void Places_beyond_the_cap_are_searched_as_words_and_listed()
    {
        var r = Search("dépenses Rennes Brest", SearchLimits.Default with { MaxPlaces = 1 });

        Assert.Single(r.QueryTerritories);
        Assert.Equal(["Brest"], r.Ignored?.Places);
        Assert.Equal(["c.pdf"], r.Hits.Select(h => h.Url));
    }

    [Fact]
    public void Unknown_words_beyond_the_correction_cap_are_searched_as_typed_and_listed()
    {
        var corrected = Search("aprentis diplomess", SearchLimits.Default);
        Assert.Equal("apprentis diplomes", corrected.Suggestion);
        Assert.Null(corrected.Ignored);

        var capped = Search("aprentis diplomess", SearchLimits.Default with { MaxCorrections = 1 });
        Assert.Equal(["diplomess"], capped.Ignored?.Uncorrected);
        Assert.Equal(0, capped.Total);
    }

    [Fact]
    public void Synonym_groups_beyond_the_cap_are_searched_as_typed_and_listed()
    {
        var synonyms = Synonyms.Parse("dgf, dotation globale de fonctionnement\ndepenses, charges");
        var plan = QueryPlan.Create("dgf dépenses", terms: null, synonyms, limits: SearchLimits.Default with { MaxExpansions = 1 });

        Assert.Contains("dotation", plan.Units[0].Expression);
        Assert.Equal("dépenses", plan.Units[1].Expression);
        Assert.Equal(["dépenses"], plan.Unexpanded);
    }

    [Fact]
    public void A_tilde_is_not_a_fuzzy_operator()
    {
        Assert.Equal(0, Search("apprentsi~1", SearchLimits.Default).Total);
        Assert.Equal(0, Search("\"apprentis diplômes\"~50", SearchLimits.Default).Total);
        Assert.Equal(1, Search("\"apprentis dans les collectivités\"", SearchLimits.Default).Total);
    }

    [Fact]
    public void A_spent_time_budget_returns_what_it_has_flagged_partial()
    {
        var r = Search("dépenses fonctionnement", SearchLimits.Default with { TimeBudget = TimeSpan.Zero });

        Assert.True(r.Partial);
        Assert.Equal(0, r.Total);   // stopped before the first segment
        var full = Search("dépenses fonctionnement", SearchLimits.Default);
        Assert.False(full.Partial);
        Assert.Equal(2, full.Total);
    }

    [Fact]
    public void A_client_that_goes_away_still_cancels_the_search_within_a_budget()
    {
        using var gone = new CancellationTokenSource();
        gone.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            new SearchService(_index.Provider).Search(new SearchRequest { Query = "dépenses" }, gone.Token));
    }

    [Fact]
    public void More_filter_values_than_the_cap_are_refused_with_a_code()
    {
        var service = new SearchService(_index.Provider);
        IReadOnlyList<string> Values(int n) => Enumerable.Range(0, n).Select(i => "Producteur " + i).ToList();

        Assert.Equal(0, service.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { [Schema.Publisher] = Values(100) } }).Total);
        var publishers = Assert.Throws<InvalidSearchRequestException>(() =>
            service.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { [Schema.Publisher] = Values(1_100) } }));
        Assert.Equal(SearchErrors.TooManyFilterValues, publishers.Code);

        var communes = Enumerable.Range(1, 260).Select(i => $"commune:35{i:000}").ToList();
        var territories = Assert.Throws<InvalidSearchRequestException>(() =>
            service.Search(new SearchRequest { Territories = communes, TerritoryAncestors = true }));
        Assert.Equal(SearchErrors.TooManyFilterValues, territories.Code);
    }
}
