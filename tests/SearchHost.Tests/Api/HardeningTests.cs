using System.Net;
using System.Text.Json;
using Search.Host.Hosting;
using SearchHost.Tests.Ui;

namespace SearchHost.Tests.Api;

/// <summary>Security headers on every answer, and filter lists too long for a search refused with a code (not a 500).</summary>
[Collection(SeededHostCollection.Name)]
public sealed class HardeningTests(SeededHostFixture host)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?q=apprentis")]
    [InlineData("/?page=zero")]
    [InlineData("/documents/" + SeededHostFixture.MarkupId)]
    [InlineData("/territoires")]
    [InlineData("/sources")]
    [InlineData("/api/search?q=apprentis")]
    [InlineData("/api/search?page=zero")]
    [InlineData("/api/documents/nope")]
    [InlineData("/health")]
    [InlineData("/dsfr/dsfr.min.css")]
    [InlineData("/ui/search.js")]
    [InlineData("/no/such/page")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        using var response = await host.Client.GetAsync(path);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy);
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Theory]
    [InlineData("publisher", 1_100, false)]
    [InlineData("territory", 260, true)]
    public async Task Too_many_filter_values_are_a_400_with_a_code_on_the_api_and_french_on_the_page(string name, int count, bool ancestors)
    {
        var values = string.Join("&", Enumerable.Range(0, count).Select(i => name == "territory" ? $"territory=commune:35{i % 1000:000}" : $"publisher=Producteur+{i}"));
        var query = "q=apprentis&" + values + (ancestors ? "&territoryAncestors=true" : "");

        using var api = await host.Client.GetAsync("/api/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("too-many-filter-values", JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());

        using var page = await host.Client.GetAsync("/?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Trop de valeurs sont choisies pour un même filtre", await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/?year=")]
    [InlineData("/?q=apprentis&publisher=&territory=&theme=")]
    [InlineData("/api/search?q=apprentis&year=&publisher=")]
    public async Task Empty_filter_values_are_ignored(string path)   // found by Bench fuzz: the page answered 500
    {
        using var response = await host.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;
}
