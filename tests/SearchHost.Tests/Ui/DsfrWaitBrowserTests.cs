namespace SearchHost.Tests.Ui;

/// <summary>
/// <see cref="Browser.WaitForDsfrAsync"/> under the host's real Content-Security-Policy when the DSFR mark arrives
/// only after the wait has started polling: the case that once failed in CI with "EvalError ... 'unsafe-eval'".
/// </summary>
[Trait("Category", "Slow")]
[Collection(SeededHostCollection.Name)]
public sealed class DsfrWaitBrowserTests(SeededHostFixture host)
{
    [Fact]
    public async Task The_wait_polls_past_a_late_mark_without_an_eval_the_policy_refuses()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, new() { BaseURL = host.BaseAddress.ToString(), Locale = "fr-FR" });
        var response = await page.GotoAsync("/?q=apprentis");
        Assert.NotNull(response);
        Assert.Contains("script-src 'self'", await response.HeaderValueAsync("content-security-policy") ?? "");
        await Browser.WaitForDsfrAsync(page);

        // Take the mark away and give it back from a page timer (a function, which the policy allows) a few frames
        // after the wait below has begun, so the wait's first check fails and it must poll.
        await page.EvaluateAsync("""
            () => {
                document.documentElement.removeAttribute('data-fr-js');
                setTimeout(() => document.documentElement.setAttribute('data-fr-js', 'true'), 300);
            }
            """);
        Assert.Null(await page.EvaluateAsync<string?>("() => document.documentElement.getAttribute('data-fr-js')"));
        await Browser.WaitForDsfrAsync(page);
        Assert.Equal("true", await page.EvaluateAsync<string?>("() => document.documentElement.getAttribute('data-fr-js')"));
    }
}
