using Search.Core.Querying;
using Search.Host.Contracts;
using Search.Ui.Display;

namespace SearchHost.Tests.Ui;

/// <summary>The one piece of code that builds search URLs: filters toggled, page reset, everything else kept.</summary>
public sealed class SearchUrlTests
{
    private static SearchUrl Parse(SearchParameters parameters) => SearchUrl.From(parameters.ToRequest());

    [Fact]
    public void Toggling_a_filter_keeps_the_words_the_sort_and_the_other_filters_and_goes_back_to_page_1()
    {
        var state = Parse(new() { Q = "apprentis", Sort = "date", Publisher = ["DGCL"], Page = "3" });

        var url = state.Toggle("year", "2023").ToUrl();

        Assert.Equal("/?q=apprentis&sort=date&publisher=DGCL&year=2023", url);
    }

    [Fact]
    public void Toggling_a_selected_value_removes_it_and_only_it()
    {
        var state = Parse(new() { Q = "dette", Type = ["Étude", "Rapport"], Year = ["2022"] });

        Assert.Equal("/?q=dette&type=Rapport&year=2022", state.Toggle("type", "Étude").ToUrl());
        Assert.Equal("/?q=dette&type=%C3%89tude&type=Rapport", state.Toggle("year", "2022").ToUrl());
        Assert.True(state.IsSelected("type", "Étude"));
        Assert.False(state.Toggle("type", "Étude").IsSelected("type", "Étude"));
    }

    [Fact]
    public void Toggling_twice_gives_back_the_same_filters()
    {
        var state = Parse(new() { Q = "taxe", Theme = ["Fiscalité"] });
        Assert.Equal(state.ToUrl(), state.Toggle("publisher", "INSEE").Toggle("publisher", "INSEE").ToUrl());
    }

    [Fact]
    public void Values_are_escaped_in_the_url()
    {
        var url = SearchUrl.Empty.Toggle("publisher", "Chambre régionale des comptes & co").ToUrl();
        Assert.Equal("/?publisher=Chambre%20r%C3%A9gionale%20des%20comptes%20%26%20co", url);
        Assert.Equal("publisher=Chambre régionale des comptes & co", Uri.UnescapeDataString(url[2..]));
    }

    [Fact]
    public void Pages_keep_every_parameter_and_defaults_are_left_out()
    {
        var state = Parse(new() { Q = "apprentis", Sort = "relevance", Type = ["Guide"], Page = "1" });
        Assert.Equal("/?q=apprentis&type=Guide", state.ToUrl());
        Assert.Equal("/?q=apprentis&type=Guide&page=2", state.WithPage(2).ToUrl());
        Assert.Equal("/", SearchUrl.Empty.ToUrl());
    }

    [Fact]
    public void Filters_become_the_search_request()
    {
        var request = Parse(new() { Q = " apprentis ", Sort = "date", Year = ["2022", " 2023", "2022"], Page = "2" }).ToRequest(10);
        Assert.Equal("apprentis", request.Query);
        Assert.Equal(SearchSort.Date, request.Sort);
        Assert.Equal(2, request.Page);
        Assert.Equal(["2022", "2023"], request.Filters["year"]);
    }

    [Fact]
    public void Blank_values_are_no_filter_and_no_criteria()
    {
        var state = Parse(new() { Q = " ", Publisher = [""], Year = [" "] });
        Assert.False(state.HasCriteria);
        Assert.Empty(state.Filters);
    }

    [Theory]
    [InlineData("0", null, SearchErrors.InvalidPage)]
    [InlineData("abc", null, SearchErrors.InvalidPage)]
    [InlineData("-2", null, SearchErrors.InvalidPage)]
    [InlineData(null, "title", SearchErrors.InvalidSort)]
    public void Malformed_page_or_sort_is_refused_with_a_code_the_ui_words_in_french(string? page, string? sort, string code)
    {
        var error = Assert.Throws<InvalidSearchRequestException>(() => Parse(new() { Page = page, Sort = sort }));
        Assert.Equal(code, error.Code);
        Assert.Matches("(page|tri)", UiText.Refusal(error));
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
        Assert.Equal("/documents/abc?docPage=2#page-2", HitLinks.Target(Hit("dgcl/bis-2023.pdf", "pdf", 2)));
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
