using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SearchHost.Tests.Ui;

/// <summary>
/// The suggestions of the search form in Chromium: an ARIA 1.2 combobox (listbox popup, aria-activedescendant)
/// grouping territories, publications and words, driven by the keyboard; a publication opens its page, a territory
/// becomes the filter. Without JavaScript the field is a plain search field.
/// </summary>
[Trait("Category", "Slow")]
[Collection(SeededHostCollection.Name)]
public sealed class SuggestionsBrowserTests(SeededHostFixture host)
{
    /// <summary>True when the active option (aria-activedescendant) is a suggestion of the given kind.</summary>
    private const string ActiveIs = "kind => { const id = document.getElementById('q').getAttribute('aria-activedescendant'); return !!id && document.getElementById(id).classList.contains('ui-suggestions__option--' + kind); }";

    [Fact]
    public async Task The_combobox_is_announced_and_driven_by_the_keyboard_and_a_publication_opens_its_page()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new() { BaseURL = host.BaseAddress.ToString(), Locale = "fr-FR", ViewportSize = new() { Width = 1280, Height = 900 } });

        await page.GotoAsync("/");
        var input = page.Locator("#q");
        Assert.Equal("combobox", await input.GetAttributeAsync("role"));
        Assert.Equal("list", await input.GetAttributeAsync("aria-autocomplete"));
        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        Assert.Equal("q-suggestions", await input.GetAttributeAsync("aria-controls"));
        Assert.Null(await input.GetAttributeAsync("list"));

        await input.PressSequentiallyAsync("renn");
        // The options of "renn" (a response to "ren" may have opened the list first, on a slow machine).
        await page.WaitForSelectorAsync("#q-suggestions[data-for='renn']");
        await page.WaitForSelectorAsync("#q[aria-expanded='true']");
        var listbox = page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" });
        Assert.True(await listbox.IsVisibleAsync());
        // Grouped: territories, publications, words; each group named by its label.
        var groups = await page.Locator("#q-suggestions [role=group]").EvaluateAllAsync<string[]>(
            "gs => gs.map(g => document.getElementById(g.getAttribute('aria-labelledby')).textContent)");
        Assert.Equal(["Territoires", "Publications", "Compléter la recherche"], groups);
        Assert.True(await page.GetByRole(AriaRole.Option, new() { Name = "Rapport d'observations définitives sur la gestion de Rennes" }).IsVisibleAsync());
        Assert.Contains("suggestions", await page.Locator("#q-suggestions-statut").InnerTextAsync());
        var options = await page.Locator("#q-suggestions [role=option]").CountAsync();
        Assert.True(options >= 3);

        // Down, down, up: the active option follows, announced by aria-activedescendant and aria-selected; the focus stays in the field.
        await input.PressAsync("ArrowDown");
        Assert.Equal("q-suggestion-0", await input.GetAttributeAsync("aria-activedescendant"));
        Assert.True(await page.EvaluateAsync<bool>(ActiveIs, "territory"));
        Assert.Equal("true", await page.Locator("#q-suggestion-0").GetAttributeAsync("aria-selected"));
        await input.PressAsync("ArrowDown");
        Assert.Equal("q-suggestion-1", await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("false", await page.Locator("#q-suggestion-0").GetAttributeAsync("aria-selected"));
        await input.PressAsync("ArrowUp");
        Assert.Equal("q-suggestion-0", await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder(), "suggestions.png") });

        // Escape closes the list and leaves the words.
        await input.PressAsync("Escape");
        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        Assert.Null(await input.GetAttributeAsync("aria-activedescendant"));
        Assert.False(await listbox.IsVisibleAsync());
        Assert.Equal("renn", await input.InputValueAsync());

        // Down opens it again; Enter on the publication opens its page.
        await input.PressAsync("ArrowDown");
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));
        for (var i = 0; i < options && !await page.EvaluateAsync<bool>(ActiveIs, "title"); i++)
            await input.PressAsync("ArrowDown");
        await Browser.FollowAsync(page, () => input.PressAsync("Enter"), new Regex("/documents/" + SeededHostFixture.LongReportId + "$"));
        Assert.Equal("Rapport d'observations définitives sur la gestion de Rennes", (await page.Locator("h1").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task A_territory_becomes_the_filter_and_enter_without_a_choice_searches_the_words()
    {
        using var suggested = JsonDocument.Parse(await host.Client.GetStringAsync("/api/suggest?size=10&q=renn"));
        var territory = suggested.RootElement.GetProperty("suggestions").EnumerateArray().First(s => s.GetProperty("kind").GetString() == "territory");
        var key = territory.GetProperty("id").GetString()!;

        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new() { BaseURL = host.BaseAddress.ToString(), Locale = "fr-FR" });

        await page.GotoAsync("/");
        var input = page.Locator("#q");
        await input.PressSequentiallyAsync("renn");
        // The options of "renn" (a response to "ren" may have opened the list first, on a slow machine).
        await page.WaitForSelectorAsync("#q-suggestions[data-for='renn']");
        await page.WaitForSelectorAsync("#q[aria-expanded='true']");
        await input.PressAsync("ArrowDown");
        Assert.True(await page.EvaluateAsync<bool>(ActiveIs, "territory"));
        await Browser.FollowAsync(page, () => input.PressAsync("Enter"), url => new Uri(url).Query.Contains("territory="));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(page.Url).Query);
        Assert.Equal(key, query["territory"].ToString());
        Assert.True(string.IsNullOrEmpty(query["q"].ToString()));

        // No option chosen: Enter submits the words as typed.
        await input.PressSequentiallyAsync("commune");
        await page.WaitForSelectorAsync("#q-suggestions[data-for='commune']");
        await page.WaitForSelectorAsync("#q[aria-expanded='true']");
        await Browser.FollowAsync(page, () => input.PressAsync("Enter"), url => new Uri(url).Query.Contains("q=commune"));
        Assert.Equal(key, Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(page.Url).Query)["territory"].ToString());
    }

    [Fact]
    public async Task The_header_field_of_the_other_pages_suggests_too()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new() { BaseURL = host.BaseAddress.ToString(), Locale = "fr-FR", ViewportSize = new() { Width = 1280, Height = 900 } });

        await page.GotoAsync("/territoires");
        Assert.Equal(0, await page.Locator("#q").CountAsync());   // no search page field here: the header's is the only one
        var input = page.Locator("#recherche-entete");
        Assert.Equal("combobox", await input.GetAttributeAsync("role"));
        Assert.Equal("recherche-entete-suggestions", await input.GetAttributeAsync("aria-controls"));
        await input.PressSequentiallyAsync("renn");
        await page.WaitForSelectorAsync("#recherche-entete-suggestions[data-for='renn']");
        await page.WaitForSelectorAsync("#recherche-entete[aria-expanded='true']");
        Assert.True(await page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" }).IsVisibleAsync());
        var options = await page.Locator("#recherche-entete-suggestions [role=option]").CountAsync();
        Assert.True(options >= 2);

        // The same keyboard: down to the publication, Enter opens its page.
        const string headerActiveIs = "kind => { const id = document.getElementById('recherche-entete').getAttribute('aria-activedescendant'); return !!id && document.getElementById(id).classList.contains('ui-suggestions__option--' + kind); }";
        await input.PressAsync("ArrowDown");
        Assert.Equal("recherche-entete-suggestion-0", await input.GetAttributeAsync("aria-activedescendant"));
        for (var i = 0; i < options && !await page.EvaluateAsync<bool>(headerActiveIs, "title"); i++)
            await input.PressAsync("ArrowDown");
        await Browser.FollowAsync(page, () => input.PressAsync("Enter"), new Regex("/documents/" + SeededHostFixture.LongReportId + "$"));
    }

    [Fact]
    public async Task Without_javascript_the_field_is_a_plain_search_field()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new() { BaseURL = host.BaseAddress.ToString(), JavaScriptEnabled = false });

        await page.GotoAsync("/");
        Assert.Null(await page.Locator("#q").GetAttributeAsync("role"));
        Assert.Null(await page.Locator("#q").GetAttributeAsync("list"));
        Assert.Equal(0, await page.Locator("[role=listbox]").CountAsync());
        await page.FillAsync("#q", "renn");
        await Browser.FollowAsync(page, () => page.Locator("#formulaire-recherche button[type=submit]").ClickAsync(), new Regex("q=renn"));
        Assert.Equal(1, await page.Locator("#nombre-resultats").CountAsync());
    }
}
