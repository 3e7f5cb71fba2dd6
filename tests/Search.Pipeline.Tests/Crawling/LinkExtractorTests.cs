using Search.Pipeline.Crawling;

namespace Search.Pipeline.Tests.Crawling;

public class LinkExtractorTests
{
    private static readonly Uri Page = new("http://example.fr/publications/liste.html");

    [Fact]
    public void Links_are_resolved_normalised_and_deduplicated()
    {
        var links = LinkExtractor.Extract("""
            <a href="a.html#haut">A</a><a href="/docs/b.pdf?utm_source=x">B</a><a href="a.html">A again</a>
            <a href="mailto:x@example.fr">mail</a><a href="javascript:void(0)">js</a><a href="HTTP://EXAMPLE.FR:80/c">C</a>
            <a rel="nofollow" href="/suivi">no</a>
            """, Page);
        Assert.Equal(["http://example.fr/publications/a.html", "http://example.fr/docs/b.pdf", "http://example.fr/c"], links.Links);
        Assert.False(links.NoFollow);
    }

    [Fact]
    public void Base_href_and_rel_canonical_are_honoured()
    {
        var links = LinkExtractor.Extract("""
            <html><head><base href="http://example.fr/archives/"><link rel="canonical" href="/publications/bis-170.html?b=2&a=1"></head>
            <body><a href="x.pdf">x</a></body></html>
            """, Page);
        Assert.Equal(["http://example.fr/archives/x.pdf"], links.Links);
        Assert.Equal("http://example.fr/publications/bis-170.html?a=1&b=2", links.Canonical);
    }

    [Fact]
    public void A_robots_meta_nofollow_is_reported()
    {
        Assert.True(LinkExtractor.Extract("<meta name=\"robots\" content=\"noindex, nofollow\"><a href=\"/x\">x</a>", Page).NoFollow);
    }
}
