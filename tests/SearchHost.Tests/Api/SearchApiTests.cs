using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Api;

[Collection(HostCollection.Name)]
public sealed partial class SearchApiTests(HostFixture host)
{
    private async Task<JsonElement> GetJson(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await host.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<string> SourcePathOf(JsonElement hit) =>
        (await GetJson("/api/documents/" + hit.GetProperty("id").GetString())).GetProperty("sourcePath").GetString()!;

    [Fact]
    public async Task Health_reports_ready_with_the_sample_corpus()
    {
        var health = await GetJson("/health");
        Assert.Equal("ready", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("documents").GetInt32() >= 40);
    }

    [Fact]
    public async Task Search_answers_the_documented_shape()
    {
        var r = await GetJson("/api/search?q=collectivit%C3%A9s&size=3");
        Assert.Equal(["query", "total", "page", "size", "tookMs", "hits", "facets"], r.EnumerateObject().Select(p => p.Name).Take(7));
        Assert.True(r.TryGetProperty("suggestion", out _) && r.TryGetProperty("relaxed", out _));
        Assert.Equal(1, r.GetProperty("page").GetInt32());
        Assert.Equal(3, r.GetProperty("size").GetInt32());
        Assert.True(r.GetProperty("total").GetInt64() > 3);
        var hits = r.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        foreach (var hit in hits)
        {
            foreach (var name in new[] { "id", "url", "title", "publisher", "type", "date", "year", "snippet", "score" })
                Assert.True(hit.TryGetProperty(name, out _), $"hit lacks {name}");
        }
        var facets = r.GetProperty("facets");
        foreach (var name in new[] { "publisher", "type", "year" })
        {
            var values = facets.GetProperty(name).EnumerateArray().ToList();
            Assert.NotEmpty(values);
            Assert.All(values, v => Assert.True(v.GetProperty("count").GetInt32() > 0 && v.GetProperty("value").GetString()!.Length > 0));
        }
    }

    [Fact]
    public async Task Facet_counts_are_exact()
    {
        var all = await GetJson("/api/search?q=communes");
        foreach (var field in new[] { "publisher", "type", "year" })
        {
            foreach (var value in all.GetProperty("facets").GetProperty(field).EnumerateArray().Take(3))
            {
                var filtered = await GetJson($"/api/search?q=communes&{field}={Uri.EscapeDataString(value.GetProperty("value").GetString()!)}");
                Assert.Equal(value.GetProperty("count").GetInt32(), filtered.GetProperty("total").GetInt64());
            }
        }
    }

    [Theory]
    [InlineData("apprentis collectivités 2022")]
    [InlineData("apprentis collectivites 2022")]
    public async Task Apprentices_bulletin_comes_first(string query)
    {
        var r = await GetJson("/api/search?q=" + Uri.EscapeDataString(query));
        var first = r.GetProperty("hits")[0];
        Assert.Equal("pdf/dgcl-bis-170-apprentis-collectivites-2022.pdf", await SourcePathOf(first));
        var document = await GetJson("/api/documents/" + first.GetProperty("id").GetString());
        Assert.Contains("170", document.GetProperty("series").GetString());
        Assert.Equal("fr", document.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Fonction_and_fonctionnement_have_different_first_results()
    {
        var fonctionnement = (await GetJson("/api/search?q=" + Uri.EscapeDataString("dépenses de fonctionnement"))).GetProperty("hits")[0];
        var fonction = (await GetJson("/api/search?q=" + Uri.EscapeDataString("dépenses par fonction"))).GetProperty("hits")[0];
        Assert.NotEqual(fonctionnement.GetProperty("id").GetString(), fonction.GetProperty("id").GetString());
        Assert.Equal("pdf/dgcl-depenses-departements-par-fonction-2021.pdf", await SourcePathOf(fonction));
    }

    [Fact]
    public async Task Snippets_contain_no_markup_but_mark()
    {
        var r = await GetJson("/api/search?q=commune&size=50");
        foreach (var hit in r.GetProperty("hits").EnumerateArray())
        {
            var snippet = hit.GetProperty("snippet").GetString()!;
            Assert.Empty(MarkupOtherThanMark().Matches(snippet));
        }
        Assert.Contains(r.GetProperty("hits").EnumerateArray(), h => h.GetProperty("snippet").GetString()!.Contains("<mark>"));
    }

    [GeneratedRegex("<(?!/?mark>)")]
    private static partial Regex MarkupOtherThanMark();

    [Fact]
    public async Task Sort_by_date_puts_the_newest_first_and_paging_is_consistent()
    {
        var r = await GetJson("/api/search?q=communes&sort=date&size=100");
        var dates = r.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("date").GetString() ?? "").ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);

        var page1 = await GetJson("/api/search?q=communes&sort=date&size=5&page=1");
        var page2 = await GetJson("/api/search?q=communes&sort=date&size=5&page=2");
        var ids = page1.GetProperty("hits").EnumerateArray().Concat(page2.GetProperty("hits").EnumerateArray()).Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(r.GetProperty("hits").EnumerateArray().Take(10).Select(h => h.GetProperty("id").GetString()), ids);
    }

    public static TheoryData<string> MalformedQueries() => new()
    {
        "\"apprentis collectivités",
        "apprentis \"\"\"",
        "-",
        "+",
        "|",
        "((((",
        "*",
        "~2",
        "\"\"",
        "AND OR NOT",
        "apprentis\u0000\u0007\u001b",
        "\u2212fonction",
        "%00",
        new string('x', 10_000),
        string.Join(' ', Enumerable.Repeat("commune", 400)),
        "",
        "   ",
        "le la les",
        "<script>alert(1)</script>",
        "titre:apprentis",
        "apprentis^3",
        "\ud800",
    };

    [Theory]
    [MemberData(nameof(MalformedQueries))]
    public async Task Malformed_queries_never_get_a_500(string q)
    {
        using var response = await host.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q.Length > 0 && char.IsSurrogate(q[0]) ? "\ufffd" : q));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        if (response.StatusCode == HttpStatusCode.BadRequest) Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("code").GetString()));
        else Assert.True(json.GetProperty("total").GetInt64() >= 0);
    }

    [Theory]
    [InlineData("/api/search?q=a&size=0", "invalid-size")]
    [InlineData("/api/search?q=a&size=1000", "invalid-size")]
    [InlineData("/api/search?q=a&page=zero", "invalid-page")]
    [InlineData("/api/search?q=a&page=-1", "invalid-page")]
    [InlineData("/api/search?q=a&sort=popularity", "invalid-sort")]
    [InlineData("/api/search?q=a&page=100000", "beyond-max-depth")]
    [InlineData("/api/search?q=a&yearFrom=2023&yearTo=2020", "invalid-year-range")]
    [InlineData("/api/search?territory=canton:12", "invalid-territory")]
    [InlineData("/api/search?q=a&territoryAncestors=maybe", "invalid-parameter")]
    [InlineData("/api/suggest?q=a&size=ten", "bad-request")]
    [InlineData("/api/territories?q=a&limit=0", "invalid-size")]
    public async Task Invalid_parameters_get_a_400_problem_with_a_code_and_a_message(string path, string code)
    {
        using var response = await host.Client.GetAsync(path);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Raw_invalid_percent_encoding_is_not_a_500()
    {
        using var response = await host.Client.GetAsync("/api/search?q=%E9t%C3");
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Documents_are_served_by_id_and_by_url()
    {
        var hit = (await GetJson("/api/search?q=apprentis&size=1")).GetProperty("hits")[0];
        var id = hit.GetProperty("id").GetString()!;
        var byId = await GetJson("/api/documents/" + id);
        Assert.Equal(id, byId.GetProperty("id").GetString());
        Assert.True(byId.GetProperty("pages").GetArrayLength() > 0);
        foreach (var name in new[] { "url", "title", "publisher", "type", "date", "themes", "format", "textStatus", "contentHash", "indexedAt" })
            Assert.True(byId.TryGetProperty(name, out _), $"document lacks {name}");

        var byUrl = await GetJson("/api/documents?url=" + Uri.EscapeDataString(hit.GetProperty("url").GetString()!));
        Assert.Equal(id, byUrl.GetProperty("id").GetString());

        await GetJson("/api/documents/0123456789abcdef", HttpStatusCode.NotFound);
        await GetJson("/api/documents?url=" + Uri.EscapeDataString("https://nowhere.example/x.pdf"), HttpStatusCode.NotFound);
        await GetJson("/api/documents?url=", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Local_files_without_a_sidecar_url_use_their_relative_path()
    {
        var all = await GetJson("/api/search?q=&size=100");
        var local = all.GetProperty("hits").EnumerateArray().Where(h => !h.GetProperty("url").GetString()!.StartsWith("http", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(local);
        foreach (var hit in local)
        {
            var url = hit.GetProperty("url").GetString()!;
            Assert.DoesNotContain('\\', url);
            Assert.Equal(await SourcePathOf(hit), url);
            Assert.True(File.Exists(Path.Combine(RepoPaths.CorpusSamples, url)), url);
        }
    }

    [Fact]
    public async Task OpenApi_document_describes_the_endpoints()
    {
        var doc = await GetJson("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/documents/{id}", "/api/documents", "/health" })
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lacks {path}");
        var parameters = paths.GetProperty("/api/search").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("in").GetString());
        foreach (var name in new[] { "q", "page", "size", "sort", "publisher", "type", "year", "theme", "yearFrom", "yearTo", "territory", "territoryAncestors" })
            Assert.True(parameters.TryGetValue(name, out var where) && where == "query", $"OpenAPI lacks the query parameter {name} of /api/search");
        Assert.Equal(12, parameters.Count);
        var page = paths.GetProperty("/api/search").GetProperty("get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "page");
        Assert.Equal("integer", page.GetProperty("schema").GetProperty("type").GetString());
    }
}
