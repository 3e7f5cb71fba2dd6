using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SearchHost.Tests.Ui;

/// <summary>
/// The document page as staff use it, in Chromium over the seeded index: reached from the results with the search
/// kept, the search's words highlighted as the search matches them (stems), a long report shown page by page with
/// the pages where the words are, a search within the document that works without JavaScript.
/// </summary>
[Trait("Category", "Slow")]
[Collection(SeededHostCollection.Name)]
public sealed class DocumentPageBrowserTests(SeededHostFixture host)
{
    private const string Publisher = "Chambre régionale des comptes Bretagne";

    [Fact]
    public async Task From_the_results_the_long_report_shows_its_matching_pages_and_leads_back_to_the_same_search()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new() { BaseURL = host.BaseAddress.ToString(), Locale = "fr-FR", ViewportSize = new() { Width = 1280, Height = 900 } });

        var search = "/?q=communes&sort=date&publisher=" + Uri.EscapeDataString(Publisher);
        await page.GotoAsync(search);
        await Browser.FollowAsync(page, () => page.Locator($"[data-hit-id='{SeededHostFixture.LongReportId}']").GetByRole(AriaRole.Link, new() { Name = "Détails" }).ClickAsync(), new Regex("/documents/" + SeededHostFixture.LongReportId));
        var url = new Uri(page.Url);
        Assert.Contains("q=communes", url.Query);
        Assert.Contains("sort=date", url.Query);
        Assert.Contains("publisher=", url.Query);

        // The metadata: empty fields left out, territories linked to their pages, the source.
        var table = await page.Locator("#informations").InnerTextAsync();
        Assert.DoesNotContain("inconnu", table);
        Assert.DoesNotContain("Thématiques", table);
        Assert.DoesNotContain("Type de document", table);
        Assert.Equal("Rennes", (await page.Locator("#territoires-concernes a[href='/territoires/commune/35238']").InnerTextAsync()).Trim());
        Assert.Equal(1, await page.Locator("#territoires-cites a[href='/territoires/region/53']").CountAsync());
        Assert.Equal(1, await page.Locator($"#lien-source[href='{SeededHostFixture.LongReportUrl}']").CountAsync());

        // The pages where the words are, with their number of matches; the singular matches as the search does (stems).
        var listed = await page.Locator("#pages-avec-occurrences a").EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.page + ':' + a.dataset.matches)");
        Assert.Equal(["3:1", "9:3"], listed);
        Assert.Equal("4", await page.Locator("#occurrences").GetAttributeAsync("data-total"));

        // One page at a time: the first page with a match, not the whole report.
        Assert.Equal(1, await page.Locator(".ui-document-page").CountAsync());
        Assert.Equal(1, await page.Locator("#page-3").CountAsync());
        Assert.Equal(["communes"], await page.Locator("#page-3 mark").AllInnerTextsAsync());

        await Browser.FollowAsync(page, () => page.Locator("#pages-avec-occurrences a[data-page='9']").ClickAsync(), new Regex("docPage=9"));
        Assert.Equal(["commune", "communes", "commune"], await page.Locator("#page-9 mark").AllInnerTextsAsync());
        Assert.Equal(1, await page.Locator($"#page-9 a[href='{SeededHostFixture.LongReportUrl}#page=9']").CountAsync());
        Assert.Equal("page", await page.Locator("#toutes-les-pages a[aria-label='Page 9']").GetAttributeAsync("aria-current"));
        await Browser.FollowAsync(page, () => page.Locator("#page-suivante").ClickAsync(), new Regex("docPage=10"));
        Assert.Equal(1, await page.Locator("#page-10").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder(), "document-long.png"), FullPage = true });

        // Back to the same results: every parameter of the search kept.
        await Browser.FollowAsync(page, () => page.Locator("#retour-resultats").ClickAsync(), url => new Uri(url).AbsolutePath == "/");
        var back = new Uri(page.Url);
        Assert.Equal(new Uri(host.BaseAddress, search).Query, back.Query);
        Assert.Equal("communes", await page.InputValueAsync("#q"));
    }

    [Fact]
    public async Task The_search_within_the_document_works_without_javascript_and_keeps_the_search()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new() { BaseURL = host.BaseAddress.ToString(), Locale = "fr-FR", JavaScriptEnabled = false });

        await page.GotoAsync("/documents/" + SeededHostFixture.LongReportId + "?q=communes&sort=date");
        await page.FillAsync("#find", "tresorerie");
        await Browser.FollowAsync(page, () => page.Locator("#recherche-document button[type=submit]").ClickAsync(), new Regex("find=tresorerie"));
        Assert.Contains("q=communes", page.Url);

        // Accents optional, the page where the word is shown, the word marked.
        Assert.Equal("1", await page.Locator("#occurrences").GetAttributeAsync("data-total"));
        Assert.Equal(["11:1"], await page.Locator("#pages-avec-occurrences a").EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.page + ':' + a.dataset.matches)"));
        Assert.Equal(["trésorerie"], await page.Locator("#page-11 mark").AllInnerTextsAsync());

        // A word the document does not hold is said so, in French.
        await page.FillAsync("#find", "cormorans");
        await Browser.FollowAsync(page, () => page.Locator("#recherche-document button[type=submit]").ClickAsync(), new Regex("find=cormorans"));
        Assert.Contains("ne figurent pas", await page.Locator("#occurrences").InnerTextAsync());
        Assert.Equal("0", await page.Locator("#occurrences").GetAttributeAsync("data-total"));
        Assert.Equal("/?q=communes&sort=date", await page.Locator("#retour-resultats").GetAttributeAsync("href"));
    }

    [Fact]
    public async Task A_short_document_shows_every_page_and_a_bad_link_still_shows_the_document()
    {
        // Plain HTTP: the page is rendered on the server.
        var html = System.Net.WebUtility.HtmlDecode(await host.Client.GetStringAsync("/documents/" + SeededHostFixture.OcrId + "?q=densite"));
        Assert.Contains("<mark>densité</mark>", html);
        Assert.Contains("id=\"page-1\"", html);
        Assert.Contains("id=\"page-3\"", html);
        Assert.DoesNotContain("Toutes les pages", html);

        // Parameters the search would refuse: the document is shown all the same, without a way back to a search.
        var response = await host.Client.GetAsync("/documents/" + SeededHostFixture.OcrId + "?q=densite&yearFrom=deux&docPage=-4");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var mangled = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("retour-resultats", mangled);
        Assert.Contains("Portrait régional numérisé", System.Net.WebUtility.HtmlDecode(mangled));
    }
}
