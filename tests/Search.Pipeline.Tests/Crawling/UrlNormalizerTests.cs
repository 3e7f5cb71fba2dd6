using Search.Pipeline.Crawling;

namespace Search.Pipeline.Tests.Crawling;

public class UrlNormalizerTests
{
    [Theory]
    [InlineData("HTTP://WWW.Example.FR/a/b.html#section", "http://www.example.fr/a/b.html")]
    [InlineData("https://example.fr:443/x", "https://example.fr/x")]
    [InlineData("http://example.fr:80/x", "http://example.fr/x")]
    [InlineData("http://example.fr:8080/x", "http://example.fr:8080/x")]
    [InlineData("http://example.fr", "http://example.fr/")]
    [InlineData("http://example.fr/a/./b/../c.pdf", "http://example.fr/a/c.pdf")]
    [InlineData("http://example.fr/p?b=2&a=1", "http://example.fr/p?a=1&b=2")]
    [InlineData("http://example.fr/p?utm_source=x&id=3&utm_medium=y&fbclid=z", "http://example.fr/p?id=3")]
    [InlineData("http://example.fr/p?utm_source=x", "http://example.fr/p")]
    [InlineData("http://example.fr/%7Euser/a%2fb", "http://example.fr/~user/a%2Fb")]
    [InlineData("http://example.fr/r%C3%A9sum%C3%A9.pdf", "http://example.fr/r%C3%A9sum%C3%A9.pdf")]
    public void Normalizes(string input, string expected) => Assert.Equal(expected, UrlNormalizer.Normalize(input));

    [Theory]
    [InlineData("mailto:someone@example.fr")]
    [InlineData("javascript:void(0)")]
    [InlineData("ftp://example.fr/file")]
    [InlineData("")]
    [InlineData("relative/path")]
    public void Rejects_what_is_not_an_absolute_http_url(string input) => Assert.Null(UrlNormalizer.Normalize(input));

    [Fact]
    public void Resolves_relative_links_against_the_page()
    {
        var page = new Uri("http://example.fr/publications/list.html?page=2");
        Assert.Equal("http://example.fr/docs/a.pdf", UrlNormalizer.Normalize("../docs/a.pdf", page));
        Assert.Equal("http://example.fr/publications/b.html", UrlNormalizer.Normalize("b.html#top", page));
        Assert.Equal("http://example.fr/publications/list.html?page=3", UrlNormalizer.Normalize("?page=3", page));
    }
}
