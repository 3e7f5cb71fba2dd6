using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SearchHost.Tests.Ui;

/// <summary>
/// axe-core (npm, see package.json) on every page in Chromium, under the host's real Content-Security-Policy: the
/// library is an init script (given to the browser by Playwright, not a script tag, so the policy has nothing to
/// refuse). No serious or critical violation is allowed.
/// </summary>
[Trait("Category", "Slow")]
[Collection(SeededHostCollection.Name)]
public sealed class AccessibilityBrowserTests(SeededHostFixture host, ITestOutputHelper output)
{
    internal static readonly string AxePath = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    // Every violation of a serious or critical impact: "rule (impact): help — targets".
    internal const string RunAxe = """
        async () => {
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '));
        }
        """;

    public static TheoryData<string, int> Pages => new()
    {
        { "/?q=apprentis", 1280 },                                  // search with results
        { "/?q=apprentis&publisher=DGCL&yearFrom=2020", 1280 },     // with active filters
        { "/?q=fonctionement+apprentis", 1280 },                    // the typo banner, if any
        { "/?q=zzzqqqxxx", 1280 },                                  // zero results
        { "/", 1280 },                                              // the latest publications
        { "/?q=apprentis", 375 },                                   // phone width
        { "/?q=apprentis&yearFrom=2024&yearTo=2020", 1280 },        // a refused search
        { "/territoires", 1280 },
        { "/territoires?q=bretagne", 1280 },
        { "/territoires/region/53", 1280 },
        { "/territoires/region/53", 375 },
        { "/territoires/departement/29", 1280 },                   // no publication on the place, nor any covering it
        { "/?territory=departement%3A29", 1280 },                  // a territory filter without result: widen it
        { "/?q=apprentis&territory=departement%3A38", 1280 },      // the facet path (breadcrumb)
        { "/documents/" + SeededHostFixture.MarkupId, 1280 },
        { "/documents/" + SeededHostFixture.MarkupId, 375 },
        { "/sources", 1280 },
        { "/etat", 1280 },
        { "/statistiques", 1280 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_serious_or_critical_violation(string path, int width)
    {
        Assert.True(File.Exists(AxePath), $"{AxePath} is missing: the build installs axe-core with npm (tests/SearchHost.Tests/package.json).");
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new()
        {
            BaseURL = host.BaseAddress.ToString(), Locale = "fr-FR", ViewportSize = new() { Width = width, Height = 800 },
            // The staff page is seen as staff, through the reverse proxy's header.
            ExtraHTTPHeaders = new Dictionary<string, string> { [SeededHostFixture.StaffHeader] = "agent@example.fr" },
        });
        await page.Context.AddInitScriptAsync(scriptPath: AxePath);

        var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.NotNull(response);
        Assert.NotNull(await response.HeaderValueAsync("content-security-policy"));
        await Browser.WaitForDsfrAsync(page);

        var violations = await page.EvaluateAsync<string[]>(RunAxe);
        foreach (var violation in violations) output.WriteLine(violation);
        Assert.True(violations.Length == 0, $"{path} at {width} px: " + JsonSerializer.Serialize(violations, new JsonSerializerOptions { WriteIndented = true }));
    }
}
