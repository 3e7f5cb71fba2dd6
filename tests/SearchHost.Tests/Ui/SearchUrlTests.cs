using Microsoft.AspNetCore.Http;
using Search.Core.Querying;
using Search.Ui.Display;

namespace SearchHost.Tests.Ui;

/// <summary>The one piece of code that builds search URLs: filters toggled, page reset, everything else kept.</summary>
public sealed class SearchUrlTests
{
    private static SearchUrl Parse(string queryString) =>
        SearchUrl.From(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString)));

    [Fact]
    public void Toggling_a_filter_keeps_the_words_the_sort_and_the_other_filters_and_goes_back_to_page_1()
    {
        var state = Parse("?q=apprentis&sort=date&publisher=DGCL&page=3");

        var url = state.Toggle("year", "2023").ToUrl();

        Assert.Equal("/?q=apprentis&sort=date&publisher=DGCL&year=2023", url);
    }

    [Fact]
    public void Toggling_a_selected_value_removes_it_and_only_it()
    {
        var state = Parse("?q=dette&type=%C3%89tude&type=Rapport&year=2022");

        Assert.Equal("/?q=dette&type=Rapport&year=2022", state.Toggle("type", "Étude").ToUrl());
        Assert.Equal("/?q=dette&type=%C3%89tude&type=Rapport", state.Toggle("year", "2022").ToUrl());
        Assert.True(state.IsSelected("type", "Étude"));
        Assert.False(state.Toggle("type", "Étude").IsSelected("type", "Étude"));
    }

    [Fact]
    public void Toggling_twice_gives_back_the_same_filters()
    {
        var state = Parse("?q=taxe&theme=Fiscalit%C3%A9");
        Assert.Equal(state.ToUrl(), state.Toggle("publisher", "INSEE").Toggle("publisher", "INSEE").ToUrl());
    }

    [Fact]
    public void Values_are_escaped_in_the_url()
    {
        var url = SearchUrl.Empty.Toggle("publisher", "Chambre régionale des comptes & co").ToUrl();
        Assert.Equal("/?publisher=Chambre%20r%C3%A9gionale%20des%20comptes%20%26%20co", url);
        Assert.Equal("Chambre régionale des comptes & co", Parse(url[1..]).Filters["publisher"][0]);
    }

    [Fact]
    public void Pages_keep_every_parameter_and_defaults_are_left_out()
    {
        var state = Parse("?q=apprentis&sort=relevance&type=Guide&page=1&unknown=x");
        Assert.Equal("/?q=apprentis&type=Guide", state.ToUrl());
        Assert.Equal("/?q=apprentis&type=Guide&page=2", state.WithPage(2).ToUrl());
        Assert.Equal("/", SearchUrl.Empty.ToUrl());
    }

    [Fact]
    public void Filters_become_the_search_request()
    {
        var request = Parse("?q=apprentis&sort=date&year=2022&year=2023&page=2").ToRequest(10);
        Assert.Equal("apprentis", request.Query);
        Assert.Equal(SearchSort.Date, request.Sort);
        Assert.Equal(2, request.Page);
        Assert.Equal(["2022", "2023"], request.Filters["year"]);
    }

    [Fact]
    public void Blank_values_are_no_filter_and_no_criteria()
    {
        var state = Parse("?q=%20&publisher=&year=%20");
        Assert.False(state.HasCriteria);
        Assert.Empty(state.Filters);
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?page=abc")]
    [InlineData("?page=-2")]
    [InlineData("?sort=title")]
    public void Malformed_page_or_sort_is_refused_in_french(string queryString)
    {
        var error = Assert.Throws<InvalidSearchRequestException>(() => Parse(queryString));
        Assert.Matches("(page|tri)", error.Message);
    }

    [Fact]
    public void Hits_link_to_the_pdf_page_or_to_the_details_page()
    {
        static SearchHit Hit(string url, string format, int? page) => new()
        {
            Id = "abc", Url = url, Title = "t", Snippet = "", Score = 1, Format = format, Page = page,
        };

        Assert.Equal("https://www.collectivites-locales.gouv.fr/a.pdf#page=4", HitLinks.Target(Hit("https://www.collectivites-locales.gouv.fr/a.pdf", "pdf", 4)));
        Assert.Equal("https://example.org/page.html", HitLinks.Target(Hit("https://example.org/page.html", "html", null)));
        Assert.Equal("/documents/abc#page-2", HitLinks.Target(Hit("dgcl/bis-2023.pdf", "pdf", 2)));
        Assert.Equal("/documents/abc", HitLinks.Target(Hit("javascript:alert(1)", "html", null)));
    }

    [Theory]
    [InlineData("2023-11-29", "29 novembre 2023")]
    [InlineData("2024-03-01", "1er mars 2024")]
    [InlineData(null, "")]
    public void Dates_are_written_in_french(string? iso, string expected) => Assert.Equal(expected, UiText.Date(iso));

    [Fact]
    public void Counts_are_french()
    {
        Assert.Equal("Aucun résultat", UiText.Results(0));
        Assert.Equal("1 résultat", UiText.Results(1));
        Assert.Equal("12 résultats", UiText.Results(12));
    }
}
