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

    [Fact]
    public async Task Autocomplete_and_territory_give_the_level_in_french()
    {
        var suggestion = (await GetJson("/api/territories?q=finist")).EnumerateArray().First();
        Assert.Equal("departement", suggestion.GetProperty("level").GetString());
        Assert.Equal("département", suggestion.GetProperty("levelLabel").GetString());
        Assert.Equal("intercommunalité", (await GetJson("/api/territories/epci/243400520")).GetProperty("levelLabel").GetString());
    }

    [Fact]
    public async Task France_has_a_population_and_counts_by_level()
    {
        var france = await GetJson("/api/territories/france/FR");
        Assert.Equal("France", france.GetProperty("levelLabel").GetString());
        Assert.InRange(france.GetProperty("population").GetInt64(), 60_000_000, 75_000_000);
        Assert.Equal(JsonValueKind.Array, france.GetProperty("parents").ValueKind);
        Assert.Contains("region:53", Keys(france.GetProperty("children")));
        var overview = france.GetProperty("overview");
        var total = france.GetProperty("publications").GetProperty("total").GetInt64();
        // Every document with a place is inside France; the national ones are about France itself.
        Assert.Equal(total, overview.GetProperty("aboutPlaceOrInside").GetInt64());
        var national = overview.GetProperty("aboutPlace").GetInt64();
        Assert.InRange(national, 1, total);
        var inside = overview.GetProperty("inside").EnumerateArray().ToDictionary(i => i.GetProperty("level").GetString()!, i => i.GetProperty("count").GetInt64());
        Assert.Equal(["commune", "epci", "departement", "region"], inside.Keys);
        Assert.True(inside["commune"] >= 1, "the reports on Villard-de-Lans and Bar-le-Duc are about communes");
        Assert.Equal("commune", overview.GetProperty("inside")[0].GetProperty("levelLabel").GetString());
        Assert.Empty(overview.GetProperty("coverage").EnumerateArray());    // not a dead end: no fallback sections
    }

    [Fact]
    public async Task Territory_without_publications_about_it_lists_those_that_mention_it_then_the_studies_covering_it()
    {
        // Finistère: no document is about it or a place inside it; some mention it; a regional study covers Bretagne.
        var finistere = await GetJson("/api/territories/departement/29");
        Assert.Equal(0, finistere.GetProperty("publications").GetProperty("total").GetInt64());
        var overview = finistere.GetProperty("overview");
        Assert.Equal(0, overview.GetProperty("aboutPlaceOrInside").GetInt64());
        Assert.True(overview.GetProperty("mentioning").GetInt64() >= 1);
        var sections = overview.GetProperty("coverage").EnumerateArray().ToList();
        Assert.Equal("mentions", sections[0].GetProperty("relation").GetString());
        Assert.Equal("departement:29", Keys(JsonDocument.Parse("[" + sections[0].GetProperty("territory").GetRawText() + "]").RootElement)[0]);
        var about = sections.Skip(1).Select(s => s.GetProperty("relation").GetString() + ">" + s.GetProperty("territory").GetProperty("level").GetString() + ":" + s.GetProperty("territory").GetProperty("code").GetString()).ToList();
        Assert.Equal(["about>region:53", "about>france:FR"], about);   // nearest first, the empty ones left out
        foreach (var section in sections)
        {
            Assert.True(section.GetProperty("total").GetInt64() >= section.GetProperty("hits").GetArrayLength());
            Assert.InRange(section.GetProperty("hits").GetArrayLength(), 1, 5);
        }
        // The Bretagne section is made of documents about Bretagne.
        foreach (var hit in sections[1].GetProperty("hits").EnumerateArray())
            Assert.Contains("region:53", Keys(hit.GetProperty("territories").GetProperty("about")));
    }

    public static TheoryData<string> FacetQueries => new() { "", "rapport", "budget", "population", "Finist%C3%A8re", "communes+Bretagne", "Is%C3%A8re" };

    [Theory]
    [MemberData(nameof(FacetQueries))]
    public async Task Every_territory_the_facet_or_the_query_offers_gives_as_many_results_as_it_says(string q)
    {
        // Two levels of the facet tree: the root, then each value chosen (and its own children, chosen in turn).
        var offered = new List<(string Key, int Count)>();
        var root = await GetJson($"/api/search?q={q}&size=1");
        offered.AddRange(Values(root.GetProperty("territoryFacet")));
        offered.AddRange(Values(root.GetProperty("queryTerritoryFilters"), facet: false));
        foreach (var (key, _) in Values(root.GetProperty("territoryFacet")).Take(5).ToList())
        {
            var drilled = await GetJson($"/api/search?q={q}&territory={Uri.EscapeDataString(key)}&size=1");
            offered.AddRange(Values(drilled.GetProperty("territoryFacet")).Select(v => v));
        }
        Assert.NotEmpty(offered);
        foreach (var (key, count) in offered.Distinct())
        {
            Assert.True(count >= 1, $"{q}: {key} offered with {count}");
            var chosen = await GetJson($"/api/search?q={q}&territory={Uri.EscapeDataString(key)}&size=1");
            Assert.True(chosen.GetProperty("total").GetInt64() == count, $"'{q}' then {key}: {chosen.GetProperty("total")} results, the facet said {count}");
        }
    }

    private static IEnumerable<(string Key, int Count)> Values(JsonElement facetOrList, bool facet = true) =>
        (facet ? facetOrList.GetProperty("values") : facetOrList).EnumerateArray()
            .Select(v => (v.GetProperty("level").GetString() + ":" + v.GetProperty("code").GetString(), v.GetProperty("count").GetInt32()));

    [Fact]
    public async Task A_query_territory_without_documents_about_it_is_not_offered_as_a_filter()
    {
        var finistere = await GetJson("/api/search?q=Finist%C3%A8re");
        Assert.Contains("departement:29", Keys(finistere.GetProperty("queryTerritories")));   // recognised...
        Assert.DoesNotContain("departement:29", Keys(finistere.GetProperty("queryTerritoryFilters")));   // ...but no filter to a dead end
        var isere = await GetJson("/api/search?q=rapport+Is%C3%A8re");
        var filter = isere.GetProperty("queryTerritoryFilters").EnumerateArray().Single();
        Assert.Equal("departement:38", filter.GetProperty("level").GetString() + ":" + filter.GetProperty("code").GetString());
        Assert.True(filter.GetProperty("count").GetInt32() >= 1);
    }
}
