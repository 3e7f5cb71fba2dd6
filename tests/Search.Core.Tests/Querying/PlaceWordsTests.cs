using Search.Core.Documents;
using Search.Core.Querying;
using Search.Core.Territories;

namespace Search.Core.Tests.Querying;

/// <summary>
/// A query's word read as a place's name, or as its département's adjective, is the territory's to answer: the spelling
/// corrections do not turn it into another word or split it in two, and the search does not offer such a "correction".
/// </summary>
public sealed class PlaceWordsTests : IDisposable
{
    private readonly TestIndex _index = new(
        // "land" and "aises" are indexed words, each as frequent as can be here: "landaises" could be split into them.
        TestIndex.Doc("https://x.example/land", "Le Land de Bavière", "Le Land de Bavière et ses communes. Mettre les élus à leurs aises."),
        TestIndex.Doc("https://x.example/aises", "Les aises du Land", "Le Land de Hesse. Chacun à ses aises dans sa commune."),
        // "ardéchoises" is one edit from "ardéchois" and frequent: a correction towards it was offered.
        TestIndex.Doc("https://x.example/ard1", "Les communes ardéchoises", "Budget des communes ardéchoises, villages et bourgs."),
        TestIndex.Doc("https://x.example/ard2", "Fêtes ardéchoises", "Les traditions ardéchoises du village."),
        TestIndex.Doc("https://x.example/macs", "La gestion de la communauté de communes Maremne Adour Côte Sud",
            "Les communes de la communauté, dans les Landes, à Soustons et Capbreton.") with
        {
            Territories = new DocumentTerritories([TerritoryRef.Of(Gazetteer.Default.Find("departement", "40")!)], []),
        });

    public void Dispose() => _index.Dispose();

    private SearchResponse Search(string q) => _index.Service.Search(new SearchRequest { Query = q });

    [Fact]
    public void A_departement_adjective_the_index_lacks_is_not_split_into_two_words()
    {
        var r = Search("communes landaises");
        Assert.Null(r.Suggestion);
        Assert.Contains(r.QueryTerritories, t => t.Key == "departement:40");
        Assert.Equal("https://x.example/macs", r.Hits[0].Url);
    }

    [Fact]
    public void A_departement_adjective_is_not_corrected_into_another_form()
    {
        var r = Search("budget village ardéchois");
        Assert.Null(r.Suggestion);
        Assert.Contains(r.QueryTerritories, t => t.Key == "departement:07");
    }

    [Fact]
    public void A_word_that_names_no_place_is_still_corrected()
    {
        var r = Search("bugdet village ardéchois");
        Assert.Equal("budget village ardéchois", r.Suggestion);
    }
    [Theory]
    [InlineData("comptes Bagnères de Bigore", "comptes Bagnères de Bigorre")]
    [InlineData("comptes bagneres-de-bigore 2015", "comptes Bagnères-de-Bigorre 2015")]
    [InlineData("comptes du département de l'Èsne 2011", "comptes du département de l'Aisne 2011")]
    [InlineData("communes région Sentre et département de la Sarhte", "communes région Centre et département de la Sarthe")]
    public void A_misspelt_place_name_is_respelt_word_by_word_with_the_typed_separators(string typed, string respelt)
    {
        Assert.Equal(respelt, TerritoryQuery.For(new SearchRequest(), typed).Respelt());
    }

    [Fact]
    public void A_query_naming_its_places_as_they_are_written_is_not_respelt()
    {
        Assert.Null(TerritoryQuery.For(new SearchRequest(), "comptes Bagnères-de-Bigorre 2015").Respelt());
        Assert.Null(TerritoryQuery.For(new SearchRequest(), "communes région Centre").Respelt());
    }
}
