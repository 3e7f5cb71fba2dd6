using Search.Core.Documents;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>
/// The year filter selects the documents published that year and those whose figures cover it (issue 14, point 6: a
/// report on 2019 published in 2021 answers year=2019), and the year facet counts the same: choosing a year gives as many
/// documents as its count said.
/// </summary>
public sealed class CoveredYearFilterTests : IDisposable
{
    private const string Text = "Liste des déclarations de rattachement des sénateurs à un parti politique.";

    private readonly TestIndex _index = new(
    [
        Doc("https://senat.example/2016.pdf", "Rattachement des sénateurs", Text, "Sénat") with { Year = 2015, CoveredYears = [2016] },
        Doc("https://senat.example/2015.pdf", "Rattachement des sénateurs", Text, "Sénat") with { Year = 2014, CoveredYears = [2015] },
        Doc("https://senat.example/2014.pdf", "Rattachement des sénateurs", Text, "Sénat") with { Year = 2013, CoveredYears = [2014] },
        // A period, published two years after its end.
        Doc("https://crc.example/rod.pdf", "Rapport sur la gestion du groupe", Text, "CRC") with { Year = 2019, CoveredYears = [2013, 2014, 2015, 2016, 2017] },
        // Covers its own publication year as well as the year before: counted once under each.
        Doc("https://dgcl.example/note.pdf", "Note sur les sénateurs", Text, "DGCL") with { Year = 2020, CoveredYears = [2019, 2020] },
        // No covered year: its publication year only.
        Doc("https://dgcl.example/guide.pdf", "Guide des sénateurs", Text, "DGCL") with { Year = 2021 },
    ]);

    public void Dispose() => _index.Dispose();

    private SearchResponse Search(string query, string[]? years = null, int? from = null, int? to = null) =>
        _index.Service.Search(new SearchRequest
        {
            Query = query,
            Size = 20,
            Filters = years is null ? [] : new Dictionary<string, IReadOnlyList<string>> { [Schema.Year] = years },
            YearFrom = from,
            YearTo = to,
        });

    [Fact]
    public void A_year_selects_the_documents_published_then_and_those_about_it()
    {
        var r = Search("", years: ["2015"]);
        Assert.Equal(["https://crc.example/rod.pdf", "https://senat.example/2015.pdf", "https://senat.example/2016.pdf"],
            r.Hits.Select(h => h.Url).Order(StringComparer.Ordinal));
        Assert.Equal(3, r.Total);
        // A year nobody covers or published in selects nothing.
        Assert.Equal(0, Search("", years: ["2018"]).Total);
        // Two years: either.
        Assert.Equal(4, Search("", years: ["2015", "2021"]).Total);
    }

    [Fact]
    public void A_range_selects_the_documents_published_or_covering_a_year_within_it()
    {
        var r = Search("sénateurs", from: 2016, to: 2016);
        Assert.Equal(["https://crc.example/rod.pdf", "https://senat.example/2016.pdf"], r.Hits.Select(h => h.Url).Order(StringComparer.Ordinal));
        Assert.Equal(2, Search("", to: 2013).Total);            // published in 2013, and the period from 2013
        Assert.Equal(2, Search("", from: 2020).Total);          // the note (2020) and the guide (2021)
    }

    [Theory]
    [InlineData("")]
    [InlineData("sénateurs")]
    public void Every_count_of_the_year_facet_is_the_number_of_documents_its_choice_gives(string query)
    {
        var all = Search(query);
        var facet = all.Facets[Schema.Year];
        Assert.Equal(["2021", "2020", "2019", "2017", "2016", "2015", "2014", "2013"], facet.Select(v => v.Value));
        foreach (var value in facet) Assert.Equal(value.Count, Search(query, years: [value.Value]).Total);
        // The note covers 2020, its publication year: counted once.
        Assert.Equal(new FacetValue("2020", 1), facet.Single(v => v.Value == "2020"));
        Assert.Equal(new FacetValue("2015", 3), facet.Single(v => v.Value == "2015"));
        // With a year chosen, its own facet still shows the others (disjunctive), counted the same way.
        var chosen = Search(query, years: ["2019"]);
        Assert.Equal(2, chosen.Total);
        Assert.Equal(facet, chosen.Facets[Schema.Year]);
    }
}
