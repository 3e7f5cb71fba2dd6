using Microsoft.Playwright;

namespace SearchHost.Tests.Ui;

/// <summary>
/// The results page on a phone (375 px): the count and the first result on the first screen, the filters behind a
/// "Filtrer" button that says how many are active; the "Partager" button copies the search's address.
/// </summary>
[Trait("Category", "Slow")]
[Collection(SeededHostCollection.Name)]
public sealed class PhoneAndShareBrowserTests(SeededHostFixture host)
{
    private const int PhoneWidth = 375, PhoneHeight = 667;

    [Fact]
    public async Task On_a_phone_the_first_result_is_on_the_first_screen_and_the_filters_open_from_a_button()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new()
        {
            BaseURL = host.BaseAddress.ToString(), Locale = "fr-FR", ViewportSize = new() { Width = PhoneWidth, Height = PhoneHeight }, IsMobile = true,
        });

        await page.GotoAsync("/?q=apprentis");
        await Browser.WaitForDsfrAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder(), "telephone-apprentis.png") });

        var count = await page.Locator("#nombre-resultats").BoundingBoxAsync();
        var first = await page.Locator(".ui-hit-list > li").First.BoundingBoxAsync();
        Assert.NotNull(count);
        Assert.NotNull(first);
        Assert.True(count.Y >= 0 && count.Y + count.Height <= PhoneHeight, $"the count ends at {count.Y + count.Height} px");
        Assert.True(first.Y >= 0 && first.Y + first.Height <= PhoneHeight, $"the first result spans {first.Y}-{first.Y + first.Height} px");

        // The filters are folded: the button opens them, then a facet value filters.
        var filters = page.GetByRole(AriaRole.Navigation, new() { Name = "Filtres" });
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" });
        await filters.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
        await button.ClickAsync();
        await filters.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        await Browser.FollowAsync(page, () => filters.GetByRole(AriaRole.Link, new() { Name = "DGCL" }).First.ClickAsync(), url => url.Contains("publisher=DGCL", StringComparison.Ordinal));
        await Browser.WaitForDsfrAsync(page);

        // Folded again on the new page, the button counts the active filter.
        Assert.Equal("Filtrer (1 filtre actif)", (await button.InnerTextAsync()).Trim());
        // The DSFR folds the collapse as it starts (a short transition): wait for it, do not sample it.
        await filters.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder(), "telephone-filtre.png") });
    }

    [Fact]
    public async Task On_a_phone_without_javascript_the_results_come_first_and_the_filters_stay_open()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new()
        {
            BaseURL = host.BaseAddress.ToString(), ViewportSize = new() { Width = PhoneWidth, Height = PhoneHeight }, JavaScriptEnabled = false,
        });

        await page.GotoAsync("/?q=apprentis");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder(), "telephone-sans-javascript.png"), FullPage = true });
        var first = await page.Locator(".ui-hit-list > li").First.BoundingBoxAsync();
        var filters = page.GetByRole(AriaRole.Navigation, new() { Name = "Filtres" });
        var filtersBox = await filters.BoundingBoxAsync();
        Assert.NotNull(first);
        Assert.NotNull(filtersBox);
        Assert.True(first.Y + first.Height <= PhoneHeight, $"the first result ends at {first.Y + first.Height} px");
        Assert.True(filtersBox.Y > first.Y, $"the filters ({filtersBox.Y} px) come after the first result ({first.Y} px)");
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).IsVisibleAsync());

        await Browser.FollowAsync(page, () => filters.GetByRole(AriaRole.Link, new() { Name = "DGCL" }).First.ClickAsync(), url => url.Contains("publisher=DGCL", StringComparison.Ordinal));
        Assert.Contains("Producteur : DGCL", await page.InnerTextAsync("#filtres-actifs"));
        // Without JavaScript "Partager" is a link to the search itself.
        Assert.Equal("/?q=apprentis&publisher=DGCL", await page.GetAttributeAsync("#partager", "href"));
    }

    [Fact]
    public async Task Partager_copies_the_address_of_the_search_and_says_so()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new() { BaseURL = host.BaseAddress.ToString(), Locale = "fr-FR" });
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);

        await page.GotoAsync("/?q=apprentis&sort=date");
        var share = page.GetByRole(AriaRole.Button, new() { Name = "Partager" });
        var status = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Lien copié" });
        await share.ClickAsync();
        await status.WaitForAsync();

        Assert.EndsWith("/?q=apprentis&sort=date", page.Url);   // the click copied, it did not navigate
        Assert.Equal(new Uri(host.BaseAddress, "/?q=apprentis&sort=date").ToString(), await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Equal("partager-statut", await share.GetAttributeAsync("aria-describedby"));
    }
}
