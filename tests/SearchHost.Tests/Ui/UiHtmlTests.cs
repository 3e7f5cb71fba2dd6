using System.Net;

namespace SearchHost.Tests.Ui;

/// <summary>The server-rendered HTML, read through HttpClient (no browser).</summary>
[Collection(SeededHostCollection.Name)]
public sealed class UiHtmlTests(SeededHostFixture host)
{
    [Fact]
    public async Task Markup_from_documents_is_escaped_in_titles_snippets_and_details()
    {
        var response = await host.Client.GetAsync("/?q=apprentis");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-hit-id=\"{SeededHostFixture.MarkupId}\"", html);
        Assert.Contains("<mark>", html);                      // the snippet's own highlighting is kept
        Assert.Contains("&lt;script&gt;", html);              // the document's markup is shown as text
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<b>et</b>", html);
        // The web address of the PDF, at the page of the passage.
        Assert.Contains("href=\"https://exemple.gouv.fr/apprentis-balises.pdf#page=2\"", html);
        Assert.Contains("29 novembre 2023", html);

        var details = await host.Client.GetStringAsync("/documents/" + SeededHostFixture.MarkupId);
        Assert.Contains("id=\"page-2\"", details);
        Assert.Contains("Page 2", details);
        Assert.DoesNotContain("<script>alert", details);
        Assert.DoesNotContain("<img src=x", details);
    }

    [Fact]
    public async Task Words_found_only_pages_apart_are_shown_as_scattered_partial_matches()
    {
        var html = await host.Client.GetStringAsync("/?q=incendie+piscine");
        Assert.Contains("Aucun passage ne réunit vos mots", html);
        Assert.Contains($"data-hit-id=\"{SeededHostFixture.ScatteredId}\"", html);
        Assert.DoesNotContain("Aucun document ne contient tous vos mots", html);
    }

    [Fact]
    public async Task Scattered_matches_are_followed_by_the_partial_matches_each_labelled()
    {
        // The long report holds the three words, "incendie" and "piscine" pages apart; the Rennes report holds "rapport" only.
        var html = await host.Client.GetStringAsync("/?q=rapport+incendie+piscine");
        Assert.Contains("Aucun passage ne réunit vos mots — documents qui les contiennent dispersés, puis résultats approchants", html);
        var scattered = html.IndexOf($"data-hit-id=\"{SeededHostFixture.ScatteredId}\"", StringComparison.Ordinal);
        var partial = html.IndexOf($"data-hit-id=\"{SeededHostFixture.LongReportId}\"", StringComparison.Ordinal);
        Assert.True(scattered >= 0 && partial > scattered, $"scattered at {scattered}, partial at {partial}");
        Assert.True(html.IndexOf("Ne contient pas :", partial, StringComparison.Ordinal) > partial, "the partial match says which words it lacks");
    }

    [Fact]
    public async Task A_hit_lacking_a_word_follows_the_complete_match_and_says_which_word()
    {
        // The Rennes report holds the four words (its title); the other report lacks "gestion". (Not in the order
        // "rapport d'observations définitives", which is one unit: the synonym of "ROD".)
        var html = await host.Client.GetStringAsync("/?q=observations+d%C3%A9finitives+gestion+rapport");
        var complete = html.IndexOf($"data-hit-id=\"{SeededHostFixture.LongReportId}\"", StringComparison.Ordinal);
        var loose = html.IndexOf($"data-hit-id=\"{SeededHostFixture.ScatteredId}\"", StringComparison.Ordinal);
        Assert.True(complete >= 0 && loose > complete, $"complete at {complete}, loose at {loose}");
        var label = html.IndexOf("ui-missing", StringComparison.Ordinal);
        Assert.True(label > loose, "the label is on the loose hit, not on the complete one");
        Assert.Contains("Ne contient pas : « gestion »", html);
    }

    [Fact]
    public async Task A_stored_url_that_is_not_http_never_becomes_an_href()
    {
        var results = await host.Client.GetStringAsync("/?q=cormorans");
        Assert.Contains($"data-hit-id=\"{SeededHostFixture.HostileUrlId}\"", results);
        // The title and the other passages link to the document's page here.
        Assert.Contains($"href=\"/documents/{SeededHostFixture.HostileUrlId}", results);
        var details = await host.Client.GetStringAsync("/documents/" + SeededHostFixture.HostileUrlId);
        Assert.Contains("<code>javascript:alert(&#x27;adresse&#x27;)</code>", details);
        foreach (var html in new[] { results, details })
        {
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.All(Hrefs(html), href => Assert.True(
                href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) || href.StartsWith('#') || href.StartsWith('?')
                || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal), href));
        }
    }

    /// <summary>Every href and src value of a page, decoded.</summary>
    private static List<string> Hrefs(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src|action)\\s*=\\s*\"([^\"]*)\"", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList();

    [Fact]
    public async Task A_document_without_text_is_flagged()
    {
        var html = await host.Client.GetStringAsync("/?q=registre");
        Assert.Contains($"data-hit-id=\"{SeededHostFixture.ScannedId}\"", html);
        Assert.Contains("Texte non extractible", html);
        // Its URL is not a web address: the title links to its page here.
        Assert.Contains($"href=\"/documents/{SeededHostFixture.ScannedId}", html);
    }

    [Fact]
    public async Task Text_read_by_ocr_is_said_so_in_the_hit_the_document_page_and_the_api()
    {
        var html = await host.Client.GetStringAsync("/?q=densit%C3%A9+d%C3%A9mographique");
        Assert.Contains($"data-hit-id=\"{SeededHostFixture.OcrId}\"", html);
        Assert.Contains("Texte reconnu par OCR", html);
        Assert.Contains("texte reconnu par OCR (pages 1 et 2), à vérifier sur l’original", System.Net.WebUtility.HtmlDecode(html));

        var details = System.Net.WebUtility.HtmlDecode(await host.Client.GetStringAsync("/documents/" + SeededHostFixture.OcrId));
        Assert.Contains("texte extrait ; texte reconnu par OCR (pages 1 et 2)", details);
        // The badge is on the pages read by OCR, not on the page with a text layer.
        var page3 = details[details.IndexOf("id=\"titre-page-3\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("ui-ocr", page3);
        var page2 = details[details.IndexOf("id=\"titre-page-2\"", StringComparison.Ordinal)..details.IndexOf("id=\"page-3\"", StringComparison.Ordinal)];
        Assert.Contains("ui-ocr", page2);

        using var api = System.Text.Json.JsonDocument.Parse(await host.Client.GetStringAsync("/api/documents/" + SeededHostFixture.OcrId));
        Assert.Equal([1, 2], api.RootElement.GetProperty("ocrPages").EnumerateArray().Select(e => e.GetInt32()));
        using var other = System.Text.Json.JsonDocument.Parse(await host.Client.GetStringAsync("/api/documents/" + SeededHostFixture.MarkupId));
        Assert.Equal(0, other.RootElement.GetProperty("ocrPages").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_document_is_a_french_404_page()
    {
        var response = await host.Client.GetAsync("/documents/n-existe-pas");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"fr\"", html);
        Assert.Contains("Document introuvable", html);
        Assert.Contains("n-existe-pas", html);
    }

    [Fact]
    public async Task Bad_input_is_a_full_french_page_with_status_400()
    {
        var response = await host.Client.GetAsync("/?q=apprentis&page=zero");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("fr-alert--error", html);
        Assert.Contains("numéro de page", html);
        Assert.Contains("fr-footer", html);
    }

    [Theory]
    [InlineData("/?q=apprentis&sort=titre", "Le tri demandé est inconnu")]
    [InlineData("/?q=apprentis&yearFrom=deux-mille", "L’année doit être un nombre à quatre chiffres")]
    [InlineData("/?q=apprentis&yearFrom=2023&yearTo=2020", "L’année de début doit précéder l’année de fin")]
    [InlineData("/?territory=canton:12", "Le territoire demandé est inconnu")]
    public async Task Refusals_are_worded_in_french_from_their_code(string path, string french)
    {
        var response = await host.Client.GetAsync(path);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(french, html);
    }

    [Fact]
    public async Task Facet_links_toggle_one_filter_and_keep_the_query()
    {
        var html = await host.Client.GetStringAsync("/?q=apprentis&sort=date");

        Assert.Contains("aria-label=\"Filtres\"", html);
        Assert.Contains("href=\"/?q=apprentis&amp;sort=date&amp;publisher=DGCL\"", html);

        var filtered = await host.Client.GetStringAsync("/?q=apprentis&sort=date&publisher=DGCL");
        Assert.Contains("aria-current=\"true\"", filtered);
        Assert.Contains("Retirer le filtre Producteur : DGCL", filtered);
        Assert.Contains($"data-hit-id=\"{SeededHostFixture.MarkupId}\"", filtered);
        Assert.DoesNotContain($"data-hit-id=\"{SeededHostFixture.ScannedId}\"", filtered);
    }

    [Fact]
    public async Task The_home_page_presents_the_service_and_its_publishers()
    {
        var html = await host.Client.GetStringAsync("/");
        Assert.Contains("Recherche de publications sur les collectivités locales", html);
        Assert.Contains("<label class=\"fr-label\" for=\"q\">", html);
        Assert.Contains("href=\"/?publisher=DGCL\"", html);
        Assert.Contains("/openapi/v1.json", html);
    }
}
