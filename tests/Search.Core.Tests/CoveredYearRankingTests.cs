using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>
/// A year in the query matches the years a document covers as well as its publication year, the closest first
/// (issue 14, point 6): the list "pour 2015" published in December 2014 answers "… 2015".
/// </summary>
public sealed class CoveredYearRankingTests : IDisposable
{
    private const string Text = "Liste des déclarations de rattachement des sénateurs à un parti politique.";

    private readonly TestIndex _index = new(
    [
        // Published in the year asked, about the year after it.
        Doc("https://senat.example/2016.pdf", "Rattachement des sénateurs", Text, "Sénat") with { Year = 2015, CoveredYears = [2016] },
        // Published the year before, about the year asked.
        Doc("https://senat.example/2015.pdf", "Rattachement des sénateurs", Text, "Sénat") with { Year = 2014, CoveredYears = [2015] },
        // About the two years before.
        Doc("https://senat.example/2013.pdf", "Rattachement des sénateurs", Text, "Sénat") with { Year = 2012, CoveredYears = [2013] },
        Doc("https://senat.example/2014.pdf", "Rattachement des sénateurs", Text, "Sénat") with { Year = 2013, CoveredYears = [2014] },
        // Covering a period that holds the year asked.
        Doc("https://crc.example/rod.pdf", "Rapport sur la gestion des sénateurs", Text, "CRC") with { Year = 2019, CoveredYears = [2013, 2014, 2015, 2016, 2017] },
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void The_covered_year_ranks_first_then_the_closest_years()
    {
        var hits = _index.Service.Search(new SearchRequest { Query = "rattachement sénateurs 2015", Size = 10 }).Hits;
        Assert.Equal(5, hits.Count);
        var rank = hits.Select(h => h.Url).ToList();
        // Covers 2015 (and is published the year before) before the one published in 2015 about 2016.
        Assert.True(rank.IndexOf("https://senat.example/2015.pdf") < rank.IndexOf("https://senat.example/2016.pdf"), string.Join(", ", rank));
        // One year away before two years away.
        Assert.True(rank.IndexOf("https://senat.example/2014.pdf") < rank.IndexOf("https://senat.example/2013.pdf"), string.Join(", ", rank));
        Assert.Equal([2015], hits.Single(h => h.Url.EndsWith("/2015.pdf", StringComparison.Ordinal)).CoveredYears);
    }

    [Fact]
    public void A_year_alone_is_still_a_preference_not_a_filter()
    {
        var hits = _index.Service.Search(new SearchRequest { Query = "rattachement sénateurs 1990", Size = 10 }).Hits;
        Assert.Equal(5, hits.Count);
    }
}
