using Search.Pipeline.Crawling;
using Search.Pipeline.Crawling.Discovery;

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

    [Fact]
    public void The_text_of_each_link_is_kept_the_longest_when_a_url_is_linked_twice()
    {
        var links = LinkExtractor.Extract("""
            <a href="/docs/bis-170.pdf"><span class="fr-icon"></span> Télécharger</a>
            <a href="/docs/bis-170.pdf">Les apprentis dans les
               collectivités locales en 2022</a>
            <a href="/docs/carte.pdf" title="Carte des EPCI au 1er janvier 2024"></a>
            <a href="/docs/logo.pdf"><img src="l.png" alt="Rapport annuel de l'observatoire"></a>
            <a href="/vide"> </a>
            <a href="#contenu">Aller au contenu</a>
            """, Page);
        Assert.Equal("Les apprentis dans les collectivités locales en 2022", links.Anchors["http://example.fr/docs/bis-170.pdf"]);
        Assert.Equal("Carte des EPCI au 1er janvier 2024", links.Anchors["http://example.fr/docs/carte.pdf"]);
        Assert.Equal("Rapport annuel de l'observatoire", links.Anchors["http://example.fr/docs/logo.pdf"]);
        Assert.False(links.Anchors.ContainsKey("http://example.fr/vide"));
        Assert.False(links.Anchors.ContainsKey(Page.AbsoluteUri)); // a link to the page itself
    }
}
