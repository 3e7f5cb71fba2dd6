using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.QueryLog;

/// <summary>A host with both staff credentials configured: a token and a reverse proxy's header.</summary>
public sealed class StaffHost : TestHost
{
    public const string Token = "jeton-de-test-0123456789-abcdefghijklmnop";
    public const string ProxyHeader = "X-Staff-User";

    protected override string CorpusPath => RepoPaths.CorpusSamples;

    protected override void Configure(WebApplicationBuilder builder) =>
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Staff:Token"] = Token, ["Staff:ProxyHeader"] = ProxyHeader });
}

public sealed class QueryLogTests(StaffHost host) : IClassFixture<StaffHost>
{
    private HttpRequestMessage Stats(string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats/queries?limit=100");
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return request;
    }

    [Fact]
    public async Task Searches_are_logged_anonymously_with_top_and_zero_result_queries()
    {
        var unique = "zyxwvu" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 3; i++) await host.Client.GetStringAsync("/api/search?q=QueryLogProbe+apprentis");
        await host.Client.GetStringAsync("/api/search?q=" + unique);
        await host.Client.GetStringAsync("/?q=" + unique.ToUpperInvariant());   // the UI's searches count too, case folded

        JsonElement stats = default;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await host.Client.SendAsync(Stats(StaffHost.Token));
            stats = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            // The log is written in the background: wait until every search above has been written, not just the first.
            var zeroCount = stats.GetProperty("zeroResults").EnumerateArray().Where(q => q.GetProperty("query").GetString() == unique).Sum(q => q.GetProperty("count").GetInt32());
            var topCount = stats.GetProperty("top").EnumerateArray().Where(q => q.GetProperty("query").GetString()!.StartsWith("QueryLogProbe", StringComparison.OrdinalIgnoreCase)).Sum(q => q.GetProperty("count").GetInt32());
            if (zeroCount >= 2 && topCount >= 3) break;
            await Task.Delay(100);
        }
        var zero = stats.GetProperty("zeroResults").EnumerateArray().Single(q => q.GetProperty("query").GetString() == unique);
        Assert.Equal(2, zero.GetProperty("count").GetInt32());
        var top = stats.GetProperty("top").EnumerateArray().Single(q => q.GetProperty("query").GetString()!.StartsWith("QueryLogProbe", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(3, top.GetProperty("count").GetInt32());
        Assert.Contains(stats.GetProperty("recent").EnumerateArray(), q => q.GetProperty("query").GetString() == unique);

        var page = new HttpRequestMessage(HttpMethod.Get, "/statistiques");
        page.Headers.Add(StaffHost.ProxyHeader, "agent@example.fr");
        using var pageResponse = await host.Client.SendAsync(page);
        var html = await pageResponse.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Contains("Recherches sans résultat", html);
        Assert.Contains(unique, html);
        Assert.True(File.Exists(Path.Combine(host.DataPath, "querylog.db")));
    }

    [Fact]
    public async Task The_api_answers_401_without_a_staff_credential_and_200_with_the_token_or_the_proxy_header()
    {
        using var none = await host.Client.SendAsync(Stats());
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("unauthorized", JsonDocument.Parse(await none.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());

        using var wrong = await host.Client.SendAsync(Stats(StaffHost.Token + "x"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        using var token = await host.Client.SendAsync(Stats(StaffHost.Token));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);

        var viaProxy = Stats();
        viaProxy.Headers.Add(StaffHost.ProxyHeader, "agent@example.fr");
        using var proxied = await host.Client.SendAsync(viaProxy);
        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
    }

    [Fact]
    public async Task The_page_sends_strangers_to_the_sign_in_form_which_opens_it_with_the_token()
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

        using var stranger = await client.GetAsync("/statistiques");
        Assert.Equal(HttpStatusCode.Redirect, stranger.StatusCode);
        Assert.Equal("/statistiques/connexion", stranger.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "pas-le-bon-jeton")).StatusCode);
        using (var stillStranger = await client.GetAsync("/statistiques")) Assert.Equal(HttpStatusCode.Redirect, stillStranger.StatusCode);

        using var signedIn = await SignInAsync(client, StaffHost.Token);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/statistiques", signedIn.Headers.Location!.OriginalString);
        var cookie = cookies.GetCookies(host.BaseAddress)[Search.Host.Contracts.StaffAccess.CookieName]!;
        Assert.True(cookie.HttpOnly);
        Assert.DoesNotContain(StaffHost.Token, cookie.Value);
        using var page = await client.GetAsync("/statistiques");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Statistiques des recherches", await page.Content.ReadAsStringAsync());

        // A forged session (any expiry, a made-up signature) opens nothing.
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/statistiques");
        forged.Headers.Add("Cookie", $"{Search.Host.Contracts.StaffAccess.CookieName}=99999999999.{new string('A', 64)}");
        using var plain = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        using var forgedResponse = await plain.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Redirect, forgedResponse.StatusCode);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string token)
    {
        var form = await client.GetStringAsync("/statistiques/connexion");
        var antiforgery = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(antiforgery);
        return await client.PostAsync("/statistiques/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["jeton"] = token,
            ["__RequestVerificationToken"] = antiforgery,
        }));
    }
}

/// <summary>Without any staff setting, the query log is published nowhere.</summary>
[Collection(HostCollection.Name)]
public sealed class QueryLogOffTests(HostFixture host)
{
    [Theory]
    [InlineData("/api/stats/queries")]
    [InlineData("/statistiques")]
    [InlineData("/statistiques/connexion")]
    public async Task Staff_data_is_not_found_when_no_staff_credential_is_configured(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", StaffHost.Token);
        request.Headers.Add(StaffHost.ProxyHeader, "agent@example.fr");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
