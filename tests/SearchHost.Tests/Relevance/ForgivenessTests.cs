using System.Net;
using System.Text.Json;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Relevance;

/// <summary>Typos, synonyms and partial matches, through the API and the French page.</summary>
[Collection(HostCollection.Name)]
public sealed class ForgivenessTests(HostFixture host)
{
    private async Task<JsonElement> Api(string q)
    {
        var body = await host.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q));
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task A_typo_is_corrected_and_suggested_in_the_api_and_the_page()
    {
        var r = await Api("fonctionement");
        Assert.True(r.GetProperty("total").GetInt64() > 0);
        Assert.Equal("fonctionnement", r.GetProperty("suggestion").GetString());

        // One banner: what was searched, and the search as typed (its words quoted: searched exactly, not corrected).
        var html = await host.Client.GetStringAsync("/?q=fonctionement");
        Assert.Contains("Résultats pour « fonctionnement ».", html);
        Assert.Contains("href=\"/?q=%22fonctionement%22\">Rechercher plutôt « fonctionement »</a> ?", html);
        var asTyped = await host.Client.GetStringAsync("/?q=%22fonctionement%22");
        Assert.DoesNotContain("id=\"suggestion\"", asTyped);
    }

    [Fact]
    public async Task The_typo_banner_writes_the_corrected_words_with_their_accents()
    {
        var r = await Api("apprentis colectivites");
        Assert.Equal("apprentis collectivites", r.GetProperty("suggestion").GetString());   // the service corrects to indexed (folded) words

        var html = await host.Client.GetStringAsync("/?q=apprentis+colectivites");
        Assert.Equal(1, html.Split("Résultats pour « ").Length - 1);
        Assert.Contains("Résultats pour « apprentis collectivités ».", html);
        Assert.Contains("Rechercher plutôt « apprentis colectivites »</a> ?", html);
    }

    [Fact]
    public async Task Missing_words_give_no_hit_and_relaxed_matches_in_the_api_and_the_page()
    {
        var r = await Api("apprentis dengue");
        Assert.Equal(0, r.GetProperty("total").GetInt64());
        Assert.Equal(0, r.GetProperty("hits").GetArrayLength());
        var relaxed = r.GetProperty("relaxed");
        Assert.True(relaxed.GetProperty("total").GetInt64() > 0);
        Assert.Equal(["dengue"], relaxed.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));

        using var page = await host.Client.GetAsync("/?q=apprentis+dengue");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Aucun document ne contient tous vos mots — résultats approchants (manque : dengue)", html);
        // Each partial match says what it lacks, in the API and on the page.
        Assert.All(relaxed.GetProperty("hits").EnumerateArray(),
            h => Assert.Contains("dengue", h.GetProperty("missing").EnumerateArray().Select(m => m.GetString())));
        Assert.Contains("Ne contient pas : « dengue »", System.Net.WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task An_absent_subject_gets_no_confident_hits()
    {
        var r = await Api("épidémie de dengue");
        Assert.Equal(0, r.GetProperty("total").GetInt64());
        Assert.Equal(0, r.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task Acronym_and_expansion_find_the_same_first_document()
    {
        var acronym = (await Api("DGF")).GetProperty("hits")[0].GetProperty("id").GetString();
        var expansion = (await Api("dotation globale de fonctionnement")).GetProperty("hits")[0].GetProperty("id").GetString();
        Assert.Equal(acronym, expansion);
    }
}

[Collection(HostCollection.Name)]
public sealed class SimilarDocumentsTests(HostFixture host)
{
    [Fact]
    public async Task Similar_documents_of_an_apprentices_bulletin_are_about_apprentices()
    {
        var search = JsonDocument.Parse(await host.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("apprentis collectivités 2022"))).RootElement;
        var id = search.GetProperty("hits")[0].GetProperty("id").GetString()!;

        var similar = JsonDocument.Parse(await host.Client.GetStringAsync($"/api/documents/{id}/similar")).RootElement;
        var titles = similar.EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
        Assert.NotEmpty(titles);
        Assert.DoesNotContain(similar.EnumerateArray(), h => h.GetProperty("id").GetString() == id);
        Assert.Contains("apprenti", titles[0], StringComparison.OrdinalIgnoreCase);

        using var unknown = await host.Client.GetAsync("/api/documents/0123456789abcdef/similar");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var page = await host.Client.GetStringAsync("/documents/" + id);
        Assert.Contains("Documents similaires", page);
    }
}

[Collection(HostCollection.Name)]
public sealed class SuggestTests(HostFixture host)
{
    [Fact]
    public async Task Suggestions_complete_titles_and_words_without_accents()
    {
        var r = JsonDocument.Parse(await host.Client.GetStringAsync("/api/suggest?q=apprent")).RootElement;
        var suggestions = r.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Contains(suggestions, s => s.GetProperty("kind").GetString() == "title"
            && s.GetProperty("text").GetString()!.Contains("apprentis", StringComparison.OrdinalIgnoreCase)
            && s.GetProperty("id").GetString()!.Length == 16);
        Assert.Contains(suggestions, s => s.GetProperty("kind").GetString() == "term" && s.GetProperty("text").GetString()!.StartsWith("apprent"));

        var unaccented = JsonDocument.Parse(await host.Client.GetStringAsync("/api/suggest?q=collectivites+loc")).RootElement;
        Assert.Contains(unaccented.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("text").GetString()!.Contains("locales", StringComparison.OrdinalIgnoreCase));

        var territory = JsonDocument.Parse(await host.Client.GetStringAsync("/api/suggest?q=villard+de+la")).RootElement;
        Assert.Contains(territory.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("kind").GetString() == "territory"
            && s.GetProperty("text").GetString()!.StartsWith("Villard-de-Lans", StringComparison.Ordinal)
            && s.GetProperty("id").GetString() == "commune:38548");

        var empty = JsonDocument.Parse(await host.Client.GetStringAsync("/api/suggest?q=")).RootElement;
        Assert.Equal(0, empty.GetProperty("suggestions").GetArrayLength());
    }
}

[Collection(HostCollection.Name)]
public sealed class YearRangeTests(HostFixture host)
{
    [Fact]
    public async Task A_year_range_filters_the_api_and_the_page_with_a_removable_chip()
    {
        var all = JsonDocument.Parse(await host.Client.GetStringAsync("/api/search?q=communes")).RootElement.GetProperty("total").GetInt64();
        var api = JsonDocument.Parse(await host.Client.GetStringAsync("/api/search?q=communes&yearFrom=2020&yearTo=2022&size=100")).RootElement;
        var ranged = api.GetProperty("total").GetInt64();
        Assert.InRange(ranged, 1, all - 1);
        // A year selects what was published then or what the figures cover (issue 14, point 6): every hit has one of the two in range.
        Assert.All(api.GetProperty("hits").EnumerateArray(), h =>
        {
            var years = h.GetProperty("coveredYears").EnumerateArray().Select(y => y.GetInt32()).ToList();
            if (h.GetProperty("year").ValueKind == JsonValueKind.Number) years.Add(h.GetProperty("year").GetInt32());
            Assert.Contains(years, y => y is >= 2020 and <= 2022);
        });

        var html = await host.Client.GetStringAsync("/?q=communes&yearFrom=2020&yearTo=2022");
        Assert.Contains($"data-total=\"{ranged}\"", html);
        Assert.Contains("Période : 2020–2022", html);
        Assert.Contains("name=\"yearFrom\" value=\"2020\"", html);

        using var bad = await host.Client.GetAsync("/?q=communes&yearFrom=deux");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("quatre chiffres", await bad.Content.ReadAsStringAsync());
    }
}
