using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SearchHost.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SearchHost.Tests.Ui;

/// <summary>
/// The search page in a real browser, over the host built from corpus-samples: search, read the
/// count, narrow with a facet. Relations only (the corpus changes), never exact counts.
/// </summary>
[Trait("Category", "Slow")]
[Collection(HostCollection.Name)]
public sealed partial class SearchPageBrowserTests(HostFixture host, ITestOutputHelper output)
{
    [Fact]
    public async Task Search_then_a_facet_narrows_the_results_with_the_dsfr_look()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new() { BaseURL = host.BaseAddress.ToString(), Locale = "fr-FR", ViewportSize = new() { Width = 1280, Height = 900 } });

        var stylesheet = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Response += (_, response) =>
        {
            if (response.Url.EndsWith("/dsfr/dsfr.min.css", StringComparison.Ordinal)) stylesheet.TrySetResult(response.Status);
        };

        await page.GotoAsync("/");
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(200, await stylesheet.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        // DSFR's stylesheet applies: Marianne font on the body, the header's DSFR layout.
        Assert.Contains("Marianne", await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily"));

        var (total, firstTitle) = await SearchAsync(page, "apprentis");
        Assert.True(total > 0, "no result for « apprentis »; /health: " + await host.Client.GetStringAsync("/health")
            + "; /api/search?q=apprentis: " + await host.Client.GetStringAsync("/api/search?q=apprentis&size=1"));
        Assert.False(string.IsNullOrWhiteSpace(firstTitle));

        var screenshot = Path.Combine(Browser.ScreenshotFolder(), "recherche-apprentis.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine("Screenshot: " + screenshot);

        var (facetCount, facetTotal) = await ClickNarrowingFacetAsync(page, total);
        Assert.Equal(facetCount, facetTotal);
        Assert.True(facetTotal < total);
        Assert.Contains("Retirer le filtre", await page.InnerHTMLAsync("#filtres-actifs"));

        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder(), "recherche-apprentis-filtre.png"), FullPage = true });

        // The sort select submits by itself with JavaScript: the script hides the apply button when it
        // attaches its handler, so wait for that before choosing (a choice made earlier would submit nothing).
        var applySort = page.GetByRole(AriaRole.Button, new() { Name = "Appliquer le tri" });
        await applySort.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await Browser.FollowAsync(page, () => page.GetByLabel("Trier par").SelectOptionAsync("date"), new Regex("sort=date"));
        Assert.Equal(facetTotal, await ReadTotalAsync(page));
        Assert.False(await applySort.IsVisibleAsync());

        // The details page of the first hit: its title as the only h1, the metadata table.
        var title = await page.Locator(".ui-hit-list h3 a").First.InnerTextAsync();
        await Browser.FollowAsync(page, () => page.Locator(".ui-hit-list").GetByRole(AriaRole.Link, new() { Name = "Détails" }).First.ClickAsync(), new Regex("/documents/"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.StartsWith((await page.Locator("h1").InnerTextAsync()).Trim(), title.Trim());
        Assert.True(await page.GetByRole(AriaRole.Rowheader, new() { Name = "Producteur" }).IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder(), "document.png"), FullPage = false });
    }

    [Fact]
    public async Task Search_and_facets_work_without_javascript()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new() { BaseURL = host.BaseAddress.ToString(), JavaScriptEnabled = false });

        await page.GotoAsync("/");
        var (total, _) = await SearchAsync(page, "apprentis");
        Assert.True(total > 0);

        var (facetCount, facetTotal) = await ClickNarrowingFacetAsync(page, total);
        Assert.Equal(facetCount, facetTotal);

        // Without JavaScript the sort applies with its button.
        await page.GetByLabel("Trier par").SelectOptionAsync("date");
        await Browser.FollowAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Appliquer le tri" }).ClickAsync(), new Regex("sort=date"));
        Assert.Equal(facetTotal, await ReadTotalAsync(page));

        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder(), "sans-javascript.png"), FullPage = true });
    }

    private static async Task<(long Total, string FirstTitle)> SearchAsync(IPage page, string words)
    {
        await page.GetByLabel("Rechercher une publication", new() { Exact = true }).FillAsync(words);
        await Browser.FollowAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Rechercher", Exact = true }).ClickAsync(), new Regex("[?&]q=" + Regex.Escape(words)));
        var total = await ReadTotalAsync(page);
        var firstTitle = total > 0 ? await page.Locator(".ui-hit-list h3 a").First.InnerTextAsync() : "";
        return (total, firstTitle);
    }

    /// <summary>Clicks the first value of "Type de document" or "Année" with fewer documents than the total.</summary>
    private static async Task<(long FacetCount, long NewTotal)> ClickNarrowingFacetAsync(IPage page, long total)
    {
        foreach (var label in new[] { "Type de document", "Année", "Producteur", "Thématique" })
        {
            var section = page.GetByRole(AriaRole.Navigation, new() { Name = "Filtres" })
                .Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = label, Exact = true }) });
            if (await section.CountAsync() == 0) continue;
            var links = section.Locator("ul.ui-facet-list > li > a:visible");
            for (var i = 0; i < await links.CountAsync(); i++)
            {
                var link = links.Nth(i);
                var count = long.Parse(await link.GetAttributeAsync("data-count") ?? "0", CultureInfo.InvariantCulture);
                if (count <= 0 || count >= total) continue;
                var before = page.Url;
                await Browser.FollowAsync(page, () => link.ClickAsync(), url => url != before);
                return (count, await ReadTotalAsync(page));
            }
        }
        throw new Xunit.Sdk.XunitException($"No facet value narrows the {total} results: the corpus needs documents of several types or years.");
    }

    /// <summary>The number at the start of "12 résultats pour « apprentis » (8 ms)".</summary>
    private static async Task<long> ReadTotalAsync(IPage page)
    {
        var text = await page.Locator("#nombre-resultats").InnerTextAsync();
        if (text.StartsWith("Aucun", StringComparison.Ordinal)) return 0;
        var match = CountPattern().Match(text);
        Assert.True(match.Success, "unexpected results count: " + text);
        var total = long.Parse(Regex.Replace(match.Groups[1].Value, @"\D", ""), CultureInfo.InvariantCulture);
        Assert.Equal(total.ToString(CultureInfo.InvariantCulture), await page.Locator("#nombre-resultats").GetAttributeAsync("data-total"));
        return total;
    }

    [GeneratedRegex(@"^([\d\s\u00a0\u202f]+) résultats?\b")]
    private static partial Regex CountPattern();
}
