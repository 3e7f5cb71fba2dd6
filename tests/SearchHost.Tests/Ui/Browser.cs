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

    /// <summary>Folder for screenshots: $UI_SCREENSHOTS, else a temporary folder.</summary>
    public static string ScreenshotFolder()
    {
        var folder = Environment.GetEnvironmentVariable("UI_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "searchhost-ui-screenshots");
        return Directory.CreateDirectory(folder).FullName;
    }
}
