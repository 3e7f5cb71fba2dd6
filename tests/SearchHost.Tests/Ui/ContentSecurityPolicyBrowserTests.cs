using Microsoft.Playwright;

namespace SearchHost.Tests.Ui;

/// <summary>
/// The main pages in Chromium under the host's Content-Security-Policy: no violation is reported, the DSFR's script
/// starts and the pages' own scripts (files now, not inline) run.
/// </summary>
[Collection(SeededHostCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(SeededHostFixture host)
{
    private const string CollectViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', function (e) {
            window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
        });
        """;

    [Fact]
    public async Task The_main_pages_run_under_the_policy_without_a_violation()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new() { BaseURL = host.BaseAddress.ToString(), Locale = "fr-FR" });
        await context.AddInitScriptAsync(CollectViolations);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) console.Add(page.Url + ": " + message.Text);
        };

        foreach (var path in new[] { "/", "/?q=apprentis", "/documents/" + SeededHostFixture.MarkupId, "/territoires", "/territoires/region/53", "/sources", "/etat" })
        {
            var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.NotNull(response);
            Assert.NotNull(await response.HeaderValueAsync("content-security-policy"));
            Assert.Equal("true", await page.EvaluateAsync<string?>("document.documentElement.getAttribute('data-fr-js')"));
            Assert.Empty(await page.EvaluateAsync<string[]>("window.__cspViolations"));
            if (path == "/?q=apprentis")
            {
                // search.js ran: with JavaScript the sort applies on change, its button is hidden.
                Assert.False(await page.Locator("#appliquer-tri").IsVisibleAsync());
                // ui.css applied (a file now, not an inline style).
                Assert.Equal("none", await page.Locator(".ui-hit-list").First.EvaluateAsync<string>("e => getComputedStyle(e).listStyleType"));
            }
        }
        Assert.Empty(console);
    }
}
