namespace Search.Pipeline.Tests.Crawling;

/// <summary>Seeds the configuration does not name: sitemaps listed in robots.txt, and Atom feeds.</summary>
public class DiscoveryTests
{
    private static string SitemapPageUrl(FixtureSite site) => site.Url("/publications/" + FixtureSite.SitemapPage);

    [Fact]
    public async Task Sitemaps_listed_in_robots_txt_are_read_when_the_source_asks_for_them()
    {
        await using var site = await FixtureSite.StartAsync();
        // One start page, no configured sitemap or feed: the sitemap page is reachable only through robots.txt.
        var config = CrawlTestKit.Config(site, s => s with { StartUrls = [site.Url("/publications?page=2")], Sitemaps = [], Feeds = [], MaxDepth = 1, RobotsSitemaps = true });

        using (var kit = new CrawlTestKit())
        {
            await kit.Crawler(config).RunAsync();
            Assert.NotNull(kit.Indexed(SitemapPageUrl(site)));
            Assert.Contains(kit.Events, e => e.Event == "sitemap-from-robots" && e.Url == site.Url("/sitemap.xml"));
        }

        site.Requests.Clear();
        var off = config with { Sources = [config.Sources[0] with { RobotsSitemaps = false }] };
        using (var kit = new CrawlTestKit())
        {
            await kit.Crawler(off).RunAsync();
            Assert.Null(kit.Indexed(SitemapPageUrl(site)));
            Assert.Equal(0, site.RequestCount("/sitemap"));
        }
    }

    [Fact]
    public async Task An_atom_feed_seeds_its_entries_and_gives_their_titles_as_link_texts()
    {
        await using var site = await FixtureSite.StartAsync();
        var config = CrawlTestKit.Config(site, s => s with { StartUrls = [], Sitemaps = [], Feeds = [site.Url("/flux.atom")], MaxDepth = 1 });
        using var kit = new CrawlTestKit();
        await kit.Crawler(config).RunAsync();

        var page = site.Url("/publications/" + FixtureSite.FeedPage);
        Assert.NotNull(kit.Indexed(page));
        using var store = kit.Store();
        Assert.Equal(["L'emploi public local fin 2021"], store.LinkTexts(page));
        Assert.Contains(site.Url("/flux.atom"), store.Referrers(page));
    }
}
