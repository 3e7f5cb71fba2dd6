using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SearchHost.Tests.Infrastructure;
using SearchHost.Tests.Ui;

namespace SearchHost.Tests.Territories;

/// <summary>The territory autocomplete and the facet tree in a real browser (Debian's Chromium).</summary>
[Trait("Category", "Slow")]
[Collection(HostCollection.Name)]
public sealed class TerritoryBrowserTests(HostFixture host)
{
    [Fact]
    public async Task Autocomplete_filters_on_the_chosen_territory_then_the_tree_goes_back_up()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new() { BaseURL = host.BaseAddress.ToString(), Locale = "fr-FR" });

        await page.GotoAsync("/?q=rapport");
        var input = page.Locator("[data-territory-autocomplete]");
        await input.PressSequentiallyAsync("Isè");
        // Suggestions arrive from /api/territories into the datalist.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#territoires-suggestions option')].some(o => o.value.startsWith('Isère'))");
        var option = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('#territoires-suggestions option')].find(o => o.value.startsWith('Isère')).value");
        var navigated = page.WaitForURLAsync(new Regex("territory=departement%3A38"));
        await input.FillAsync(option);
        await navigated;
        Assert.Contains("Villard-de-Lans", await page.InnerTextAsync(".ui-hit-list"));
        Assert.Equal("true", await page.GetAttributeAsync(".ui-territory-path [aria-current]", "aria-current"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Tous les territoires" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("territory=", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator(".ui-territory-path").CountAsync());
    }
}
