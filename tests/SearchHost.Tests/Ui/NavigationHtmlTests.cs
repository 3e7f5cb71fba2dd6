using System.Net.Http.Json;
using System.Text.Json;
using System.Net;
using System.Text.RegularExpressions;

namespace SearchHost.Tests.Ui;

/// <summary>The header navigation, the "État du service" page, the latest publications and the French refusals, as HTML.</summary>
[Collection(SeededHostCollection.Name)]
public sealed partial class NavigationHtmlTests(SeededHostFixture host)
{
    private async Task<string> GetAsync(string path, bool staff = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (staff) request.Headers.Add(SeededHostFixture.StaffHeader, "agent@example.fr");
        using var response = await host.Client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private static IReadOnlyList<string> NavLinks(string html) =>
        NavLink().Matches(Regex.Match(html, "<nav class=\"fr-nav\".*?</nav>", RegexOptions.Singleline).Value).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task The_header_navigation_names_the_sections_and_statistiques_for_staff_only()
    {
        Assert.Equal(["Rechercher", "Territoires", "Sources"], NavLinks(await GetAsync("/territoires")));
        Assert.Equal(["Rechercher", "Territoires", "Sources", "Statistiques"], NavLinks(await GetAsync("/territoires", staff: true)));
        // The current section is marked.
        Assert.Contains("<a class=\"fr-nav__link\" href=\"/territoires\" aria-current=\"page\">Territoires</a>", await GetAsync("/territoires/region/53"));
        Assert.Contains("<a class=\"fr-nav__link\" href=\"/sources\" aria-current=\"page\">Sources</a>", await GetAsync("/sources"));
        Assert.Contains("<a class=\"fr-footer__content-link\" href=\"/etat\">État du service</a>", await GetAsync("/"));
    }

    [Fact]
    public async Task Etat_du_service_tells_the_state_of_the_index_in_french()
    {
        using var response = await host.Client.GetAsync("/etat");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("Le service fonctionne : la recherche est disponible.", html);
        var total = (await host.Client.GetFromJsonAsync<JsonElement>("/api/search?q=")).GetProperty("total").GetInt32();
        Assert.Matches($"<th scope=\"row\">Documents indexés</th>\\s*<td>{total}</td>", html);
        // The last update of the served index, in French ("3 décembre 2026 à 22:40").
        Assert.Matches("<th scope=\"row\">Dernière mise à jour de l’index</th>\\s*<td>\\d{1,2}(er)? [a-zéû]+ \\d{4} à \\d{2}:\\d{2}</td>", html);
        Assert.Contains("href=\"/health\"", html);
        // /health stays JSON for programs.
        Assert.StartsWith("application/json", (await host.Client.GetAsync("/health")).Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task An_empty_query_lists_the_latest_publications_newest_first_with_facets()
    {
        var html = await GetAsync("/");
        Assert.Contains("Dernières publications", html);
        var latest = await host.Client.GetFromJsonAsync<JsonElement>("/api/search?q=&sort=date&size=20");
        var total = latest.GetProperty("total").GetInt32();
        Assert.True(total >= 4);
        Assert.Contains($"{total} résultats, les plus récentes d’abord", html);
        Assert.Contains("aria-label=\"Filtres\"", html);
        Assert.Contains("href=\"/?publisher=DGCL\"", html);
        // Newest first (2023-11-29 before 2021-03-01 before 2019-01-14, undated last), as the API sorts by date.
        var order = HitId().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var byDate = latest.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).Take(order.Count).ToList();
        Assert.Equal(byDate, order);
        string[] seeded = [SeededHostFixture.MarkupId, SeededHostFixture.ScannedId, SeededHostFixture.OcrId, SeededHostFixture.HostileUrlId];
        Assert.Equal(seeded, order.Where(seeded.Contains));
    }

    [Fact]
    public async Task A_refused_search_is_explained_in_french()
    {
        using var response = await host.Client.GetAsync("/?q=apprentis&yearFrom=2024&yearTo=2020");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("L’année de début doit précéder l’année de fin.", html);
        Assert.DoesNotContain("must not", html);
        Assert.Contains("L’année doit être un nombre à quatre chiffres", await GetAsync("/?q=apprentis&yearFrom=deux"));
    }

    [GeneratedRegex("<a class=\"fr-nav__link\" href=\"[^\"]+\"(?: aria-current=\"page\")?>([^<]+)</a>")]
    private static partial Regex NavLink();

    [GeneratedRegex("data-hit-id=\"([^\"]+)\"")]
    private static partial Regex HitId();
}
