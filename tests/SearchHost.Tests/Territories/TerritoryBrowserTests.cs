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
        await Browser.FollowAsync(page, () => input.FillAsync(option), new Regex("territory=departement%3A38"));
        Assert.Contains("Villard-de-Lans", await page.InnerTextAsync(".ui-hit-list"));
        Assert.Equal("true", await page.GetAttributeAsync(".ui-territory-path [aria-current]", "aria-current"));

        await Browser.FollowAsync(page, () => page.GetByRole(AriaRole.Link, new() { Name = "Tous les territoires" }).ClickAsync(), url => !url.Contains("territory=", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator(".ui-territory-path").CountAsync());
    }

    [Fact]
    public async Task A_territory_without_publications_is_no_dead_end_and_passes_axe()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new() { BaseURL = host.BaseAddress.ToString(), Locale = "fr-FR", ViewportSize = new() { Width = 1280, Height = 800 } });
        await page.Context.AddInitScriptAsync(scriptPath: AccessibilityBrowserTests.AxePath);

        // The Finistère page: the publications that mention it, then the studies covering it, each labelled.
        await page.GotoAsync("/territoires/departement/29", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Études couvrant ce territoire" })).ToBeVisibleAsync();
        var mentions = page.GetByRole(AriaRole.Region, new() { Name = "Publications qui citent Finistère" });
        Assert.True(await mentions.Locator("[data-hit-id]").CountAsync() >= 1);
        var bretagne = page.GetByRole(AriaRole.Region, new() { Name = "Sur Bretagne (région) (1)" });
        Assert.Contains("Populations légales 2021 en Bretagne", await bretagne.InnerTextAsync());
        Assert.Equal("/api/feed?territory=departement%3A29", await page.GetAttributeAsync("#suivre-territoire a[type='application/atom+xml']", "href"));
        Assert.Empty(await page.EvaluateAsync<string[]>(AccessibilityBrowserTests.RunAxe));

        // The search filtered on it: the message names the filter and widens it to the région, which gives a result.
        await page.GotoAsync("/?q=Finist%C3%A8re&territory=departement%3A29", new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Contains("sur Finistère (département)", await page.InnerTextAsync("#elargir-territoire"));
        Assert.Empty(await page.EvaluateAsync<string[]>(AccessibilityBrowserTests.RunAxe));
        await Browser.FollowAsync(page, () => page.GetByRole(AriaRole.Link, new() { Name = "à Bretagne (région)" }).ClickAsync(), new Regex("territory=region%3A53"));
        Assert.Equal("1", await page.GetAttributeAsync("#nombre-resultats", "data-total"));
        Assert.Contains("Bretagne (région)", await page.InnerTextAsync(".ui-territory-path"));
    }
}
