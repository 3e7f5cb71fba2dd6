using Search.Core.Querying;
using Search.Ui.Display;

namespace SearchHost.Tests.Ui;

public sealed class UiTextTests
{
    [Fact]
    public void A_word_searched_through_the_thesaurus_is_said_in_french()
    {
        Assert.Equal(["Aucun document ne contient « querelles » avec vos autres mots : « querelles » cherché aussi comme « différend », « dispute »."],
            UiText.Thesaurus([new ThesaurusReplacement("querelles", ["différend", "dispute"])]));
        Assert.Empty(UiText.Thesaurus(null));
    }

    [Fact]
    public void A_corrected_word_takes_the_accented_form_highlighted_in_the_passages()
    {
        var snippets = new[] { "Les <mark>apprentis</mark> des <mark>Collectivités</mark> locales", "<mark>collectivités</mark> &amp; EPCI" };
        Assert.Equal("apprentis collectivités", UiText.WithAccents("apprentis collectivites", snippets));
        // A word without a highlighted form stays as it is.
        Assert.Equal("dette collectivités", UiText.WithAccents("dette collectivites", snippets));
        Assert.Equal("dette", UiText.WithAccents("dette", []));
    }

    [Fact]
    public void The_search_as_typed_quotes_each_word()
    {
        Assert.Equal("\"apprentis\" \"colectivites\"", UiText.AsTyped("apprentis  colectivites"));
        Assert.Equal("\"taxe\"", UiText.AsTyped("ta\"xe\""));
    }

    [Fact]
    public void Every_refusal_code_has_its_own_french_message()
    {
        var codes = typeof(SearchErrors).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        var generic = UiText.Refusal(new InvalidSearchRequestException("no-such-code", "x"));
        foreach (var code in codes.Where(c => c is not SearchErrors.InvalidParameter))
        {
            var message = UiText.Refusal(new InvalidSearchRequestException(code, "English text"));
            Assert.NotEqual(generic, message);
            Assert.DoesNotContain("English", message);
        }
    }

    [Theory]
    [InlineData(1, "1 filtre actif")]
    [InlineData(3, "3 filtres actifs")]
    public void Active_filters_are_counted_in_french(int count, string expected) => Assert.Equal(expected, UiText.ActiveFilters(count));
}
