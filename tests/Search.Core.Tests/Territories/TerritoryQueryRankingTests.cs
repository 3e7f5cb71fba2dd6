using Search.Core.Querying;
using Search.Core.Territories;

namespace Search.Core.Tests.Territories;

/// <summary>
/// How a query naming a level and a larger territory ranks documents (issue 13, point 2), on a real index of crafted
/// documents: a former région's places before today's région's own reports; a document matching a département's or
/// a région's name only as a word below the documents about places inside it.
/// </summary>
public sealed class TerritoryQueryRankingTests : IDisposable
{
    private static readonly TerritoryRef Ara = new("region", "84", "Auvergne-Rhône-Alpes");
    private static readonly TerritoryRef AllierEpci = new("epci", "200071512", "CC Commentry Montmarault Néris Communauté");
    private static readonly TerritoryRef Villard = new("commune", "38548", "Villard-de-Lans");
    private static readonly TerritoryRef Orleans = new("commune", "45234", "Orléans");

    private readonly TestIndex _index = new(
        // About today's région (a report on the former Rhône-Alpes), saying "comptes" more than the Allier's table does.
        TestIndex.Doc("https://x.example/rhone-alpes", "Rapport sur la région",
            "Les comptes de la région Rhône-Alpes et les comptes de ses lycées.")
            with { Territories = new([Ara], []) },
        // About an EPCI of the Allier (former Auvergne), saying neither "Auvergne" nor "communauté de communes".
        TestIndex.Doc("https://x.example/allier", "Tableau des groupements", "Les comptes du groupement à fiscalité propre.")
            with { Territories = new([AllierEpci], []) },
        // About a commune of Isère, saying "centre" (a centre aquatique), "communes", "région" and "comptes".
        TestIndex.Doc("https://x.example/villard", "Rapport sur la commune",
            "Les comptes de la commune, son centre aquatique, les communes voisines et la région.")
            with { Territories = new([Villard], []) },
        // About a commune of Centre-Val de Loire, saying only "comptes".
        TestIndex.Doc("https://x.example/orleans", "Tableau des communes", "Les comptes de la ville.")
            with { Territories = new([Orleans], []) });

    public void Dispose() => _index.Dispose();

    private static List<string> Urls(SearchResponse response) => response.Hits.Select(h => h.Url[18..]).ToList();

    [Fact]
    public void A_former_region_with_a_finer_level_word_ranks_its_places_above_todays_regions_own_documents()
    {
        var response = _index.Service.Search(new SearchRequest { Query = "comptes communauté de communes Auvergne", Size = 10 });
        Assert.Equal(["region:84"], response.QueryTerritories.Select(t => t.Key));
        var urls = Urls(response);
        Assert.Equal("allier", urls[0]);
        Assert.Contains("rhone-alpes", urls);   // still found (a regional study may be all there is), ranked below
    }

    [Fact]
    public void A_document_matching_a_regions_name_only_as_a_word_ranks_below_those_about_places_inside_it()
    {
        var request = new SearchRequest { Query = "comptes communes région Centre", Size = 10 };
        var response = _index.Service.Search(request);
        Assert.Equal(["region:24"], response.QueryTerritories.Select(t => t.Key));
        var urls = Urls(response);
        Assert.Equal("orleans", urls[0]);
        Assert.Contains("villard", urls);   // still matches: "centre" may not have been the place

        // The factor at 1 (main's ranking) gives back the word-only match its full score.
        var neutral = new SearchService(_index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default with { TerritoryOutsideFactor = 1f } });
        var before = neutral.Search(request).Hits;
        var after = response.Hits;
        Assert.True(after.Single(h => h.Url.EndsWith("villard")).Score < before.Single(h => h.Url.EndsWith("villard")).Score * 0.75f);
        Assert.Equal(after.Single(h => h.Url.EndsWith("orleans")).Score, before.Single(h => h.Url.EndsWith("orleans")).Score, 3);
    }

    [Fact]
    public void A_commune_or_epci_named_in_the_query_does_not_demote_the_documents_that_only_say_its_name()
    {
        // "Villard-de-Lans" named: the Isère commune's report is about it; the factor is not applied to communes and EPCI.
        var request = new SearchRequest { Query = "comptes Villard-de-Lans", Size = 10 };
        var neutral = new SearchService(_index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default with { TerritoryOutsideFactor = 1f } });
        Assert.Equal(Urls(neutral.Search(request)), Urls(_index.Service.Search(request)));
        Assert.Equal(neutral.Search(request).Hits.Select(h => h.Score), _index.Service.Search(request).Hits.Select(h => h.Score));
    }
}
