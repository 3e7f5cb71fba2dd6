using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>
/// Typing errors in the spaces between words (the <c>split</c> and <c>glue</c> classes of <c>Bench typos</c>): a word cut
/// by a stray space is searched whole, two words typed as one are searched apart, and a query of two known words is
/// never joined.
/// </summary>
public sealed class TypoSpacingTests : IDisposable
{
    private readonly TestIndex _index = new(
        TestIndex.Doc("https://x.example/masse", "La masse salariale des communes", "Les dépenses de personnel et la masse salariale."),
        TestIndex.Doc("https://x.example/dep", "Les comptes du département", "Le budget du département et ses dépenses sociales."),
        TestIndex.Doc("https://x.example/porte", "Le porte monnaie des ménages", "Un porte monnaie bien garni."),
        TestIndex.Doc("https://x.example/pm", "Portemonnaie électronique", "Le portemonnaie électronique Moneo."));

    public void Dispose() => _index.Dispose();

    private SearchResponse Search(string q) => _index.Service.Search(new SearchRequest { Query = q });

    [Fact]
    public void A_word_cut_by_a_stray_space_is_searched_whole()
    {
        var r = Search("comptes départe ment");
        Assert.Equal("https://x.example/dep", Assert.Single(r.Hits).Url);
        Assert.Equal("comptes département", r.Suggestion);
    }

    [Fact]
    public void Two_words_typed_as_one_are_searched_apart()
    {
        var r = Search("massesalariale communes");
        Assert.Equal("https://x.example/masse", r.Hits[0].Url);
        Assert.Equal("masse salariale communes", r.Suggestion);
        // Glued to a stop word: the stop word is left out, the word searched.
        var d = Search("budgetdu département");
        Assert.Equal("https://x.example/dep", Assert.Single(d.Hits).Url);
        Assert.Equal("budget du département", d.Suggestion);
    }

    [Fact]
    public void Two_known_words_are_not_joined()
    {
        var r = Search("porte monnaie");
        Assert.Null(r.Suggestion);
        Assert.Equal("https://x.example/porte", r.Hits[0].Url);
        Assert.DoesNotContain(r.Hits, h => h.Url == "https://x.example/pm");
    }
}
