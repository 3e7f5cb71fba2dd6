using System.Net;
using System.Text.Json;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Territories;

[Collection(HostCollection.Name)]
public sealed class TerritoriesApiTests(HostFixture host)
{
    private async Task<JsonElement> GetJson(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await host.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<string> Titles(JsonElement response) =>
        response.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();

    private static List<string> Keys(JsonElement list) =>
        list.EnumerateArray().Select(t => t.GetProperty("level").GetString() + ":" + t.GetProperty("code").GetString()).ToList();

    [Fact]
    public async Task Hits_and_documents_carry_about_and_mentioned_territories()
    {
        var r = await GetJson("/api/search?q=Villard-de-Lans+observations&size=5");
        var hit = r.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("title").GetString()!.Contains("Villard-de-Lans"));
        var territories = hit.GetProperty("territories");
        Assert.Equal(["commune:38548"], Keys(territories.GetProperty("about")));
        Assert.Equal("Villard-de-Lans", territories.GetProperty("about")[0].GetProperty("name").GetString());
        Assert.Contains("departement:38", Keys(territories.GetProperty("mentioned")));

        var doc = await GetJson("/api/documents/" + hit.GetProperty("id").GetString());
        Assert.Equal(["commune:38548"], Keys(doc.GetProperty("territories").GetProperty("about")));
    }

    [Fact]
    public async Task Filter_on_a_departement_includes_documents_about_its_communes()
    {
        var isere = await GetJson("/api/search?territory=departement:38&size=50");
        Assert.Contains(Titles(isere), t => t.Contains("Villard-de-Lans"));
        Assert.DoesNotContain(Titles(isere), t => t.Contains("Bar-le-Duc"));
        var region = await GetJson("/api/search?territory=region:84&size=50");
        Assert.Contains(Titles(region), t => t.Contains("Villard-de-Lans"));
        var meuse = await GetJson("/api/search?territory=departement:55&size=50");
        Assert.Equal(["Commune de Bar-le-Duc (Meuse) — Rapport d'observations définitives"], Titles(meuse));
        // Every hit of a filtered search is about the territory or one of its descendants.
        foreach (var hit in isere.GetProperty("hits").EnumerateArray())
            Assert.Contains(Keys(hit.GetProperty("territories").GetProperty("about")), k => k is "commune:38548" or "departement:38" || k.StartsWith("commune:38", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ancestors_option_adds_national_and_regional_studies()
    {
        var only = await GetJson("/api/search?territory=commune:38548&size=50");
        var withAncestors = await GetJson("/api/search?territory=commune:38548&territoryAncestors=true&size=50");
        Assert.True(withAncestors.GetProperty("total").GetInt64() > only.GetProperty("total").GetInt64());
        Assert.Contains(withAncestors.GetProperty("hits").EnumerateArray(), h => Keys(h.GetProperty("territories").GetProperty("about")).Contains("france:FR"));
        await GetJson("/api/search?territory=commune:38548&territoryAncestors=maybe", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Territory_facet_counts_regions_then_drills_down()
    {
        var all = await GetJson("/api/search?size=1");
        var facet = all.GetProperty("territoryFacet");
        Assert.Equal(JsonValueKind.Null, facet.GetProperty("parent").ValueKind);
        var values = facet.GetProperty("values").EnumerateArray().ToList();
        var ara = values.Single(v => v.GetProperty("code").GetString() == "84");
        Assert.Equal("region", ara.GetProperty("level").GetString());
        var araTotal = (await GetJson("/api/search?territory=region:84&size=1")).GetProperty("total").GetInt32();
        Assert.Equal(araTotal, ara.GetProperty("count").GetInt32());

        var drilled = (await GetJson("/api/search?territory=region:84&size=1")).GetProperty("territoryFacet");
        Assert.Equal("84", drilled.GetProperty("parent").GetProperty("code").GetString());
        var isere = drilled.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "38");
        Assert.Equal("departement", isere.GetProperty("level").GetString());
        Assert.True(isere.GetProperty("count").GetInt32() >= 1);
    }

    [Fact]
    public async Task Query_territories_are_recognised_and_favour_documents_about_them()
    {
        var r = await GetJson("/api/search?q=rapport+Is%C3%A8re");
        Assert.Equal(["departement:38"], Keys(r.GetProperty("queryTerritories")));
        Assert.Contains("Villard-de-Lans", Titles(r)[0]);
        var nimes = await GetJson("/api/search?q=nimes");
        Assert.Equal(["commune:30189"], Keys(nimes.GetProperty("queryTerritories")));
        Assert.Empty(Keys((await GetJson("/api/search?q=dotations")).GetProperty("queryTerritories")));
    }

    [Fact]
    public async Task Bad_territory_filters_are_400()
    {
        await GetJson("/api/search?territory=canton:38", HttpStatusCode.BadRequest);
        await GetJson("/api/search?territory=departement:999", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Autocomplete_returns_level_code_name_parent()
    {
        var r = await GetJson("/api/territories?q=villard-de");
        var first = r.EnumerateArray().First();
        Assert.Equal("commune", first.GetProperty("level").GetString());
        Assert.Equal("38548", first.GetProperty("code").GetString());
        Assert.Equal("Isère", first.GetProperty("parent").GetProperty("name").GetString());
        Assert.Equal("departement:38", Keys(await GetJson("/api/territories?q=isere"))[0]);
        Assert.Contains("commune:38548", Keys(await GetJson("/api/territories?q=38250")));
        await GetJson("/api/territories?q=a&limit=0", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Territory_endpoint_gives_facts_parents_children_and_publications()
    {
        var villard = await GetJson("/api/territories/commune/38548");
        Assert.Equal("Villard-de-Lans", villard.GetProperty("name").GetString());
        Assert.True(villard.GetProperty("population").GetInt64() > 1000);
        Assert.Equal("213805484", villard.GetProperty("codes").GetProperty("siren").GetString());
        Assert.Equal(["epci:243801024", "departement:38", "region:84", "france:FR"], Keys(villard.GetProperty("parents")));
        Assert.True(villard.GetProperty("publications").GetProperty("total").GetInt64() >= 1);

        var isere = await GetJson("/api/territories/departement/38");
        Assert.Contains("commune:38548", Keys(isere.GetProperty("children")));
        Assert.Contains(isere.GetProperty("publications").GetProperty("hits").EnumerateArray(), h => h.GetProperty("title").GetString()!.Contains("Villard-de-Lans"));

        var epci = await GetJson("/api/territories/epci/243400520");
        Assert.Contains("commune:34145", Keys(epci.GetProperty("children")));   // Lunel, a member
        Assert.Equal("243400520", epci.GetProperty("codes").GetProperty("siren").GetString());

        await GetJson("/api/territories/commune/00000", HttpStatusCode.NotFound);
        await GetJson("/api/territories/canton/38", HttpStatusCode.NotFound);
    }
}
