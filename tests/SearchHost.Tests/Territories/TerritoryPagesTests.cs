using System.Net;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Territories;

/// <summary>The territory parts of the French UI, checked on the server-rendered HTML.</summary>
[Collection(HostCollection.Name)]
public sealed class TerritoryPagesTests(HostFixture host)
{
    private async Task<string> Html(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await host.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode}");
        return body;
    }

    [Fact]
    public async Task Territory_page_shows_key_facts_parents_and_publications()
    {
        var html = await Html("/territoires/commune/38548");
        Assert.Contains("<h1 class=\"fr-h2\" data-territory=\"commune:38548\">Villard-de-Lans", html);
        Assert.Contains("213805484", html);                                  // SIREN
        Assert.Contains("href=\"/territoires/departement/38\">Isère</a>", html);
        Assert.Contains("Commune de Villard-de-Lans (Isère) — Rapport d&#x27;observations définitives", html.Replace("'", "&#x27;"));

        var isere = await Html("/territoires/departement/38");
        Assert.Contains("href=\"/territoires/epci/243801024\">CC du Massif du Vercors</a>", isere);   // a child
        Assert.Contains("Villard-de-Lans (Isère)", isere);                                     // a publication about a descendant
        var epci = await Html("/territoires/epci/243400520");
        Assert.Contains("Communes membres", epci);
        Assert.Contains("href=\"/territoires/commune/34145\">Lunel</a>", epci);
        await Html("/territoires/commune/00000", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Hits_have_territory_chips_linking_to_territory_pages()
    {
        var html = await Html("/?q=Villard-de-Lans");
        Assert.Contains("<a class=\"fr-tag fr-tag--sm\" href=\"/territoires/commune/38548\" data-territory=\"commune:38548\">Villard-de-Lans</a>", html);
    }

    [Fact]
    public async Task Facet_tree_drills_down_and_shows_the_path()
    {
        var root = await Html("/?q=rapport");
        Assert.Contains("data-territory-level=\"racine\"", root);
        Assert.Contains("href=\"/?q=rapport&amp;territory=region%3A84\" data-territory=\"region:84\"", root);
        var region = await Html("/?q=rapport&territory=region%3A84");
        Assert.Contains("data-territory-level=\"region\"", region);
        Assert.Contains("data-territory=\"departement:38\"", region);
        Assert.Contains("Tous les territoires", region);
        Assert.Contains("Inclure aussi les études régionales et nationales", region);
        Assert.Contains("name=\"territory\" value=\"region:84\"", region);       // kept when the words change
    }

    [Fact]
    public async Task Query_territory_offers_a_filter()
    {
        var html = await Html("/?q=rapport+Is%C3%A8re");
        Assert.Contains("Filtrer sur Isère (département)", html);
        Assert.Contains("href=\"/?q=rapport%20Is%C3%A8re&amp;territory=departement%3A38\"", html);
        var filtered = await Html("/?q=rapport+Is%C3%A8re&territory=departement%3A38");
        Assert.DoesNotContain("Filtrer sur Isère (département)", filtered);
    }

    [Fact]
    public async Task Territory_search_page_works_without_javascript()
    {
        var html = await Html("/territoires?q=villard-de&recherche=budget");
        Assert.Contains("href=\"/territoires/commune/38548\">Villard-de-Lans</a>", html);
        Assert.Contains("href=\"/?q=budget&amp;territory=commune%3A38548\"", html);
    }
}
