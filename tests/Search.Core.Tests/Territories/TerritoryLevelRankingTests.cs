using Search.Core.Querying;
using Search.Core.Territories;

namespace Search.Core.Tests.Territories;

/// <summary>
/// A level word and a territory ("comptes communes région Centre") ask for documents about territories of that level inside
/// it: one of them ranks above a report on a place elsewhere that repeats the query's other words, including the région's
/// name as a common word ("centre hospitalier").
/// </summary>
public sealed class TerritoryLevelRankingTests : IDisposable
{
    private static readonly TerritoryRef Orleans = new("commune", "45234", "Orléans");
    private static readonly TerritoryRef Lisieux = new("commune", "14366", "Lisieux");

    private static readonly string Hospital = string.Join(' ', Enumerable.Repeat(
        "Les comptes du centre hospitalier ont été examinés par la chambre régionale des comptes ; les communes voisines et la région "
        + "financent le centre de santé, et les comptes de la région retracent ces concours aux communes.", 6));

    private readonly TestIndex _index = new(
        TestIndex.Doc("https://x.example/lisieux", "Rapport d'observations définitives – Centre hospitalier", Hospital)
            with { Territories = new([Lisieux], []) },
        TestIndex.Doc("https://x.example/orleans", "Analyse des équilibres financiers fondamentaux 2013",
            "Les comptes de la collectivité : produits de fonctionnement, charges de personnel, encours de la dette.")
            with { Territories = new([Orleans], []) });

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_document_of_the_level_inside_the_territory_ranks_above_a_longer_match_elsewhere()
    {
        var response = _index.Service.Search(new SearchRequest { Query = "comptes communes région Centre", Size = 10 });
        Assert.Equal("region:24", Assert.Single(response.QueryTerritories!).Key);
        Assert.Equal(["orleans", "lisieux"], response.Hits.Select(h => h.Url[18..]).ToList());
    }
}
