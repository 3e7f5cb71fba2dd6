using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>
/// A year asked decides within a series of documents titled alike apart from their numbers (issue 14, point 6): the
/// yearly lists score about alike by their words, and the one covering the year asked comes first among them.
/// </summary>
public sealed class YearSeriesTests : IDisposable
{
    private const string Once = "Déclarations de rattachement des députés à un parti politique.";
    private static readonly string Often = string.Join(" ", Enumerable.Repeat(Once, 6));

    private readonly TestIndex _index = new(
    [
        // Published in 2016, about 2017; its words score more (a longer list).
        Doc("https://an.example/2017.pdf", "Rattachement des députés (déclarations de novembre 2016)", Often, "Assemblée nationale") with { Year = 2016, CoveredYears = [2017] },
        // Published in 2015, about the year asked.
        Doc("https://an.example/2016.pdf", "Rattachement des députés (déclarations de novembre 2015)", Once, "Assemblée nationale") with { Year = 2015, CoveredYears = [2016] },
        Doc("https://an.example/2014.pdf", "Rattachement des députés (déclarations de novembre 2013)", Once, "Assemblée nationale") with { Year = 2013, CoveredYears = [2014] },
        // Another title that covers the year asked: not of the series, it keeps its place.
        Doc("https://crc.example/rod.pdf", "Rapport sur le rattachement des députés", Once, "CRC") with { Year = 2019, CoveredYears = [2016] },
    ]);

    public void Dispose() => _index.Dispose();

    private static List<string> Urls(SearchService service, string query) =>
        service.Search(new SearchRequest { Query = query, Size = 10 }).Hits.Select(h => h.Url).ToList();

    [Fact]
    public void The_member_covering_the_year_asked_comes_first_in_its_series()
    {
        var off = new SearchService(_index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With("SeriesYearOrder", "0") });
        var before = Urls(off, "rattachement députés 2016");
        // Without the rule, the list published in 2016 (about 2017) outranks the one about 2016.
        Assert.True(before.IndexOf("https://an.example/2017.pdf") < before.IndexOf("https://an.example/2016.pdf"), string.Join(", ", before));

        var after = Urls(_index.Service, "rattachement députés 2016");
        Assert.Equal(4, after.Count);
        // The list about 2016 takes the series' first place; the series' other members follow in their order.
        Assert.True(after.IndexOf("https://an.example/2016.pdf") < after.IndexOf("https://an.example/2017.pdf"), string.Join(", ", after));
        Assert.Equal(before.Where(u => u.StartsWith("https://an.example/", StringComparison.Ordinal) && !u.EndsWith("/2016.pdf", StringComparison.Ordinal)),
            after.Where(u => u.StartsWith("https://an.example/", StringComparison.Ordinal) && !u.EndsWith("/2016.pdf", StringComparison.Ordinal)));
        // A document of another title keeps its place.
        Assert.Equal(before.IndexOf("https://crc.example/rod.pdf"), after.IndexOf("https://crc.example/rod.pdf"));
    }

    [Fact]
    public void Without_a_year_the_order_is_the_words()
    {
        Assert.Equal(Urls(new SearchService(_index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With("SeriesYearOrder", "0") }), "rattachement députés"),
            Urls(_index.Service, "rattachement députés"));
    }

    [Theory]
    [InlineData("Rattachement des Députés (2012)", "rattachement des deputes")]
    [InlineData("Tableau des départements 2014 – CC Montagne", "tableau des departements cc montagne")]
    [InlineData("Rapport 2019", null)]
    [InlineData("", null)]
    public void A_series_key_is_the_titles_words_without_numbers(string title, string? key) =>
        Assert.Equal(key, YearSeries.TitleKey(title));
}
