using Search.Pipeline.Crawling;

namespace Search.Pipeline.Tests.Crawling;

/// <summary>RFC 9309 behaviour, mostly from the RFC's own examples.</summary>
public class RobotsTxtTests
{
    // RFC 9309, section 5.1.
    private const string RfcExample = """
        User-Agent: *
        Disallow: *.gif$
        Disallow: /example/
        Allow: /publications/

        User-Agent: foobot
        Disallow:/
        Allow:/example/page.html
        Allow:/example/allowed.gif

        User-Agent: barbot
        User-Agent: bazbot
        Disallow: /example/page.html

        User-Agent: quxbot

        EOF
        """;

    private static bool Allowed(string robots, string agent, string path) =>
        RobotsTxt.Parse(robots).Check(agent, new Uri("http://example.com" + path)).Allowed;

    [Theory]
    [InlineData("foobot", "/example/page.html", true)]
    [InlineData("foobot", "/example/allowed.gif", true)]
    [InlineData("foobot", "/other/page.html", false)]
    [InlineData("FooBot", "/other/page.html", false)]
    [InlineData("barbot", "/example/page.html", false)]
    [InlineData("bazbot", "/example/page.html", false)]
    [InlineData("barbot", "/example/other.html", true)]
    [InlineData("barbot", "/image.gif", true)]
    [InlineData("quxbot", "/example/page.html", true)]
    [InlineData("otherbot", "/example/page.html", false)]
    [InlineData("otherbot", "/image.gif", false)]
    [InlineData("otherbot", "/image.gif?x=1", true)]
    [InlineData("otherbot", "/publications/a.pdf", true)]
    [InlineData("otherbot", "/robots.txt", true)]
    public void Rfc_example_groups(string agent, string path, bool allowed) => Assert.Equal(allowed, Allowed(RfcExample, agent, path));

    [Fact]
    public void The_longest_match_wins()
    {
        const string robots = "User-agent: *\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n";
        Assert.True(Allowed(robots, "bot", "/example/page/ok.html"));
        var decision = RobotsTxt.Parse(robots).Check("bot", new Uri("http://example.com/example/page/disallowed.gif"));
        Assert.False(decision.Allowed);
        Assert.Equal("Disallow: /example/page/disallowed.gif (line 3)", decision.Rule!.ToString());
    }

    [Fact]
    public void Allow_wins_a_tie()
    {
        Assert.True(Allowed("User-agent: *\nDisallow: /page\nAllow: /page\n", "bot", "/page"));
        Assert.True(Allowed("User-agent: *\nAllow: /page\nDisallow: /page\n", "bot", "/page"));
    }

    [Theory]
    [InlineData("/path/file-with-a-*.html", "/path/file-with-a-foo.html", true)]
    [InlineData("/path/file-with-a-*.html", "/path/foo/file-with-a-foo.html", false)]
    [InlineData("/path/foo-$", "/path/foo-", true)]
    [InlineData("/path/foo-$", "/path/foo-bar", false)]
    [InlineData("/*.pdf$", "/a/b/c.pdf", true)]
    [InlineData("/*.pdf$", "/a/b/c.pdf?download=1", false)]
    [InlineData("/fish", "/fish.html", true)]
    [InlineData("/fish", "/Fish.html", false)]
    [InlineData("/fish*", "/fishheads/yummy.html", true)]
    [InlineData("/fish/", "/fish", false)]
    public void Wildcards_and_end_anchor(string pattern, string path, bool matches) =>
        Assert.Equal(!matches, Allowed($"User-agent: *\nDisallow: {pattern}\n", "bot", path));

    [Fact]
    public void Groups_for_the_same_agent_are_merged_and_comments_ignored()
    {
        const string robots = "User-agent: bot # ours\nDisallow: /a/\n\nUser-agent: other\nDisallow: /\n\nUser-agent: BOT\nDisallow: /b/\n";
        Assert.False(Allowed(robots, "bot", "/a/x"));
        Assert.False(Allowed(robots, "bot", "/b/x"));
        Assert.True(Allowed(robots, "bot", "/c/x"));
    }

    [Fact]
    public void Rules_before_any_user_agent_and_empty_disallow_are_ignored()
    {
        Assert.True(Allowed("Disallow: /\nUser-agent: *\nDisallow:\n", "bot", "/anything"));
    }

    [Fact]
    public void Non_ascii_patterns_match_the_percent_encoded_path()
    {
        Assert.False(Allowed("User-agent: *\nDisallow: /résumé/\n", "bot", "/r%C3%A9sum%C3%A9/a.html"));
    }

    [Fact]
    public void Crawl_delay_and_sitemaps_are_read()
    {
        var robots = RobotsTxt.Parse("Sitemap: http://example.com/sitemap.xml\nUser-agent: *\nCrawl-delay: 7\nUser-agent: bot\nCrawl-delay: 2.5\nDisallow: /x\n");
        Assert.Equal(2.5, robots.CrawlDelay("bot"));
        Assert.Equal(7, robots.CrawlDelay("somebody"));
        Assert.Equal(["http://example.com/sitemap.xml"], robots.Sitemaps);
    }

    [Fact]
    public void Only_the_first_500_KiB_are_read()
    {
        var filler = new string('#', RobotsTxt.MaxBytes);
        var robots = RobotsTxt.Parse(System.Text.Encoding.UTF8.GetBytes("User-agent: *\nDisallow: /a\n" + filler + "\nDisallow: /b\n"));
        Assert.False(robots.Check("bot", new Uri("http://example.com/a")).Allowed);
        Assert.True(robots.Check("bot", new Uri("http://example.com/b")).Allowed);
    }

    [Fact]
    public async Task A_pathological_pattern_is_matched_without_backtracking()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", 30)) + "b";
        var path = "/" + new string('a', 5000);
        // A backtracking matcher would not finish in the lifetime of the machine: the bound only tells a hang from an answer.
        Assert.True(await Task.Run(() => Allowed($"User-agent: *\nDisallow: {pattern}\n", "bot", path)).WaitAsync(TimeSpan.FromMinutes(2)));
    }
}
