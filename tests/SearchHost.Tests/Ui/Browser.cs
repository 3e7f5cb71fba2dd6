using Microsoft.Playwright;

namespace SearchHost.Tests.Ui;

/// <summary>Debian's Chromium driven by Playwright; never a downloaded browser.</summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"{ChromiumPath} is missing: the browser tests drive Debian's Chromium. Install it with `apt-get install chromium` (never `playwright install`).");
        }
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A page of a new context whose waits (navigations, selectors, URLs) give up only after minutes: the whole suite
    /// shares two cores with other builds, so a limit decides nothing; it only stops a test that hangs.
    /// </summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, BrowserNewContextOptions options)
    {
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(300_000);
        context.SetDefaultNavigationTimeout(300_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Runs <paramref name="action"/> (a click, a key press) and waits until it has navigated to a URL that
    /// <paramref name="url"/> accepts and the new page is parsed down to its footer. The wait for the URL is
    /// registered before the action, so a fast navigation is never missed, and it waits for the commit only:
    /// Chromium's "load" event was once never reported for a page that had loaded (CI, a 5-minute hang), and no
    /// assertion needs sub-resources. The footer is the last element of every page, so when it is in the DOM
    /// everything the assertions read (even with non-waiting calls such as CountAsync) is there too.
    /// </summary>
    public static async Task FollowAsync(IPage page, Func<Task> action, Func<string, bool> url)
    {
        var committed = page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await action();
        await committed;
        await page.Locator("#pied-de-page").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary><see cref="FollowAsync(IPage, Func{Task}, Func{string, bool})"/> to a URL matching a pattern.</summary>
    public static Task FollowAsync(IPage page, Func<Task> action, System.Text.RegularExpressions.Regex url) =>
        FollowAsync(page, action, url.IsMatch);

    /// <summary>
    /// Waits until the DSFR script has started (it marks the root with <c>data-fr-js="true"</c>). The predicate is an
    /// arrow function, never a bare expression: Playwright evaluates a bare expression with <c>eval</c> again on every
    /// animation frame it polls, and the host's Content-Security-Policy (<c>script-src 'self'</c>) refuses that eval
    /// once the DevTools call that started the wait has returned, so the wait failed whenever the script was not done
    /// at the first check. A function is evaluated once, inside that call, and then only called.
    /// </summary>
    public static Task WaitForDsfrAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.documentElement.getAttribute('data-fr-js') === 'true'");

    /// <summary>Folder for screenshots: $UI_SCREENSHOTS, else a temporary folder.</summary>
    public static string ScreenshotFolder()
    {
        var folder = Environment.GetEnvironmentVariable("UI_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "searchhost-ui-screenshots");
        return Directory.CreateDirectory(folder).FullName;
    }
}
