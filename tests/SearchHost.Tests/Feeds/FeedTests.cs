using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Search.Host.Feeds;
using SearchHost.Tests.Infrastructure;

namespace SearchHost.Tests.Feeds;

/// <summary>/api/feed read with System.Xml and held to the RFC 4287 rules it implements.</summary>
[Collection(HostCollection.Name)]
public sealed class FeedTests(HostFixture host)
{
    private static readonly XNamespace Atom = AtomFeed.Namespace;

    private async Task<(XElement Feed, HttpResponseMessage Response)> Feed(string query)
    {
        var response = await host.Client.GetAsync("/api/feed" + query);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, Encoding(body));
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        return (XDocument.Load(new MemoryStream(body)).Root!, response);
    }

    private static string Encoding(byte[] body) => System.Text.Encoding.UTF8.GetString(body);

    private async Task<List<string>> SearchIds(string query)
    {
        var json = JsonDocument.Parse(await host.Client.GetStringAsync("/api/search" + query)).RootElement;
        return json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
    }

    private static DateTimeOffset Time(XElement parent, string name)
    {
        var element = parent.Element(Atom + name);
        Assert.NotNull(element);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", element.Value); // RFC 3339
        return DateTimeOffset.Parse(element.Value, CultureInfo.InvariantCulture);
    }

    private static string DocumentId(XElement entry)
    {
        var id = entry.Element(Atom + "id")!.Value;
        Assert.StartsWith("tag:", id);
        return id[(id.LastIndexOf(':') + 1)..];
    }

    [Fact]
    public async Task A_search_feed_is_an_Atom_feed_with_the_required_elements_unique_ids_and_the_newest_first()
    {
        var (feed, response) = await Feed("?q=collectivit%C3%A9s");
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated" }) Assert.Single(feed.Elements(Atom + required));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "author")?.Element(Atom + "name")?.Value));
        Assert.Contains("collectivités", feed.Element(Atom + "title")!.Value);
        var self = Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.Equal(response.RequestMessage!.RequestUri!.AbsoluteUri, (string)self.Attribute("href")!);
        var feedUpdated = Time(feed, "updated");

        var entries = feed.Elements(Atom + "entry").ToList();
        var expected = await SearchIds("?q=collectivit%C3%A9s&sort=date&size=20");
        Assert.Equal(expected, entries.Select(DocumentId).ToList());
        Assert.True(entries.Count >= 5);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        var published = new List<DateTimeOffset>();
        foreach (var entry in entries)
        {
            Assert.Single(entry.Elements(Atom + "id"));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            var updated = Time(entry, "updated");
            Assert.True(updated <= feedUpdated);
            var alternate = Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
            Assert.True(Uri.TryCreate((string)alternate.Attribute("href")!, UriKind.Absolute, out var target));
            Assert.Equal("/documents/" + DocumentId(entry), target.AbsolutePath);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "summary")?.Value));
            Assert.DoesNotContain("<mark>", entry.Element(Atom + "summary")!.Value);
            if (entry.Element(Atom + "published") is not null) published.Add(Time(entry, "published"));
        }
        Assert.True(published.Count >= 5);
        Assert.Equal(published.OrderByDescending(p => p).ToList(), published);
    }

    [Fact]
    public async Task A_feed_honours_the_territory_filter_and_keeps_its_entry_ids_between_requests()
    {
        var facet = JsonDocument.Parse(await host.Client.GetStringAsync("/api/search?size=1")).RootElement.GetProperty("territoryFacet").GetProperty("values")
            .EnumerateArray().First(v => v.GetProperty("count").GetInt32() >= 2);
        var territory = facet.GetProperty("level").GetString() + ":" + facet.GetProperty("code").GetString();
        var query = "?territory=" + Uri.EscapeDataString(territory);
        var all = await SearchIds("?size=100");
        var expected = await SearchIds(query + "&sort=date&size=20");
        Assert.True(expected.Count < all.Count, "the territory must filter");

        var (feed, _) = await Feed(query);
        Assert.Equal(expected, feed.Elements(Atom + "entry").Select(DocumentId).ToList());
        Assert.Contains(facet.GetProperty("name").GetString()!, feed.Element(Atom + "title")!.Value);
        var (again, _) = await Feed(query);
        Assert.Equal(feed.Element(Atom + "id")!.Value, again.Element(Atom + "id")!.Value);
        Assert.Equal(feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value), again.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
    }

    [Fact]
    public async Task A_malformed_feed_request_is_a_400_problem_with_a_code()
    {
        using var response = await host.Client.GetAsync("/api/feed?size=zero");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid-size", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public void Characters_XML_cannot_carry_are_dropped_and_the_rest_kept()
    {
        Assert.Equal("a b\tc é 😀", AtomFeed.Safe("a\u0001 b\tc\u000B é \uFFFE😀\uD800"));
    }

    [Fact]
    public async Task The_results_page_links_its_feed_and_offers_to_subscribe_share_and_export()
    {
        var html = await host.Client.GetStringAsync("/?q=apprentis&publisher=DGCL");
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\"", html);
        Assert.Contains("href=\"/api/feed?q=apprentis&amp;publisher=DGCL\"", html);
        Assert.Contains("S’abonner", html);
        Assert.Matches("id=\"partager\"[^>]*>Partager<|href=\"/\\?q=apprentis&amp;publisher=DGCL\"[^>]*id=\"partager\"", html);
        Assert.Contains("/api/export?q=apprentis&amp;publisher=DGCL&amp;format=csv", html);
    }
}
