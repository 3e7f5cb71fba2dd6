using Search.Core.Documents;
using Search.Core.Querying;
using static Search.Core.Tests.TestIndex;

namespace Search.Core.Tests;

/// <summary>
/// A thin answer widened (issue 14): when fewer than a page of documents hold every word of a query of three words or
/// more, those holding all but one follow them, labelled with the word they lack; a query no document fully answers
/// stays without hits, and a short query or a full page is never widened.
/// </summary>
public sealed class LooseMatchesTests : IDisposable
{
    private readonly TestIndex _index = new(
    [
        // The known item: its series, its number and its subject.
        Doc("https://insee.example/ip1841.html", "Insee Première n° 1841 : l'apprentissage en France",
            "L'apprentissage progresse fortement en France depuis la réforme.", "Insee", null, new DateOnly(2021, 2, 1)),
        // On its subject, published by the same body in the same series, without the number.
        Doc("https://insee.example/ip1790.html", "Insee Première n° 1790 : l'emploi des jeunes",
            "L'apprentissage et l'emploi des jeunes diplômés.", "Insee", null, new DateOnly(2020, 1, 1)),
        Doc("https://insee.example/focus.html", "Insee Focus : les contrats en alternance",
            "Les contrats d'apprentissage signés par les jeunes en 2020, d'après l'Insee Première de janvier.", "Insee", null, new DateOnly(2021, 5, 1)),
        // Another publisher, without the number.
        Doc("https://dares.example/etude.html", "L'apprentissage vu par l'Insee", "Une étude reprend l'Insee Première sur l'apprentissage.", "Dares", null, new DateOnly(2021, 9, 1)),
        // One word of the four only.
        Doc("https://dgcl.example/apprentis.html", "Les apprentis des collectivités", "L'apprentissage dans les collectivités locales.", "DGCL", null, new DateOnly(2022, 1, 1)),
        Doc("https://dgcl.example/autre.html", "Les finances des communes", "Les dépenses des communes en 2021.", "DGCL", null, new DateOnly(2022, 1, 1)),
    ]);

    public void Dispose() => _index.Dispose();

    private SearchResponse Search(string query, int size = 10) => _index.Service.Search(new SearchRequest { Query = query, Size = size });

    [Fact]
    public void Documents_lacking_one_word_follow_the_complete_matches_labelled_with_it()
    {
        var r = Search("Insee Première 1841 apprentissage");
        Assert.Equal("https://insee.example/ip1841.html", r.Hits[0].Url);
        Assert.Empty(r.Hits[0].Missing);
        Assert.Equal(["https://dares.example/etude.html", "https://insee.example/focus.html", "https://insee.example/ip1790.html"],
            r.Hits.Skip(1).Select(h => h.Url).Order(StringComparer.Ordinal));
        Assert.All(r.Hits.Skip(1), h => Assert.Equal(["1841"], h.Missing));
        // Only one word of four: not an answer.
        Assert.DoesNotContain(r.Hits, h => h.Url == "https://dgcl.example/apprentis.html");
        // The total and the facets count what the pages show.
        Assert.Equal(4, r.Total);
        Assert.Equal([new FacetValue("Insee", 3), new FacetValue("Dares", 1)], r.Facets[Schema.Publisher]);
        Assert.Null(r.Relaxed);
        // Paging through the same answer.
        Assert.Equal(r.Hits.Skip(1).Select(h => h.Url), Search("Insee Première 1841 apprentissage", size: 1) is var first
            ? new[] { 2, 3, 4 }.Select(p => _index.Service.Search(new SearchRequest { Query = "Insee Première 1841 apprentissage", Size = 1, Page = p }).Hits.Single().Url)
            : []);
        Assert.Equal(4, first.Total);
    }

    [Fact]
    public void A_facet_count_is_what_choosing_its_value_gives()
    {
        // The Dares study lacks the number: chosen alone, it has no complete match, and is still the answer the count promised
        // (the widening is decided without the filters).
        var r = Search("Insee Première 1841 apprentissage");
        Assert.Contains(new FacetValue("Dares", 1), r.Facets[Schema.Publisher]);
        var dares = _index.Service.Search(new SearchRequest
        {
            Query = "Insee Première 1841 apprentissage",
            Filters = new Dictionary<string, IReadOnlyList<string>> { [Schema.Publisher] = ["Dares"] },
        });
        Assert.Equal(1, dares.Total);
        Assert.Equal(["https://dares.example/etude.html"], dares.Hits.Select(h => h.Url));
        Assert.Equal(["1841"], dares.Hits.Single().Missing);
        // The facet of the chosen field still counts the other values the same way (disjunctive).
        Assert.Equal(r.Facets[Schema.Publisher], dares.Facets[Schema.Publisher]);
    }

    [Fact]
    public void A_query_no_document_fully_answers_stays_without_hits()
    {
        // "jumelage" is in no document: the three others are in the Insee documents, but nothing holds all four.
        var r = Search("Insee Première apprentissage jumelage");
        Assert.Empty(r.Hits);
        Assert.Equal(0, r.Total);
        Assert.NotNull(r.Relaxed);
    }

    [Fact]
    public void Short_queries_are_not_widened_and_one_word_in_common_is_not_enough()
    {
        // Two words: every one is required.
        var two = Search("apprentissage 1841");
        Assert.Equal(["https://insee.example/ip1841.html"], two.Hits.Select(h => h.Url));
        Assert.All(two.Hits, h => Assert.Empty(h.Missing));
        // Three words held by every Insee document but not the others: no widening to the DGCL's.
        var three = Search("Insee Première apprentissage");
        Assert.All(three.Hits, h => Assert.Empty(h.Missing));
        Assert.DoesNotContain(three.Hits, h => h.Publisher == "DGCL");
    }
}
