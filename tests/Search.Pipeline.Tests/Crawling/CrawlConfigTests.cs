using Search.Pipeline.Crawling;

namespace Search.Pipeline.Tests.Crawling;

public class CrawlConfigTests
{
    private const string Valid = """
        {
          "allowedAddresses": ["127.0.0.1"],
          "sources": [
            { "id": "dgcl", "publisher": "DGCL", "startUrls": ["https://www.collectivites-locales.gouv.fr/"],
              "pathPrefixes": ["/etudes-et-statistiques/"], "publicationPatterns": ["/bis-\\d+"], "maxDepth": 2,
              "defaults": { "publisher": "DGCL", "type": "Publication statistique", "themes": ["finances locales"] } },
            { "id": "bnsp", "publisher": "BNSP", "kind": "sru", "sru": { "endpoint": "https://gallica.bnf.fr/SRU", "query": "dc.title all \"collectivités\"" } }
          ]
        }
        """;

    [Fact]
    public void A_valid_file_loads_with_its_defaults()
    {
        var config = CrawlConfigLoader.Parse(Valid);
        Assert.Equal(2, config.Sources.Count);
        Assert.Equal("source:dgcl", config.Sources[0].Origin);
        Assert.Equal(2, config.Sources[0].MaxDepth);
        Assert.Equal(2, config.Sources[0].DelaySeconds);
        Assert.Equal(["finances locales"], config.Sources[0].Defaults.Themes);
        Assert.Equal("sru", config.Sources[1].Kind);
        Assert.Equal(50, config.Sources[1].Sru!.PageSize);
    }

    [Theory]
    [InlineData("\"maxDepth\": 2,", "\"maxDepht\": 2,", "$.sources[0].maxDepht")]
    [InlineData("\"maxDepth\": 2,", "\"maxDepth\": \"two\",", "$.sources[0].maxDepth")]
    [InlineData("\"maxDepth\": 2,", "\"maxDepth\": 99,", "$.sources[0].maxDepth")]
    [InlineData("\"id\": \"dgcl\"", "\"id\": \"DGCL!\"", "$.sources[0].id")]
    [InlineData("\"id\": \"bnsp\"", "\"id\": \"dgcl\"", "$.sources[1].id")]
    [InlineData("[\"https://www.collectivites-locales.gouv.fr/\"]", "[\"not a url\"]", "$.sources[0].startUrls[0]")]
    [InlineData("[\"/etudes-et-statistiques/\"]", "[\"etudes\"]", "$.sources[0].pathPrefixes[0]")]
    [InlineData("[\"/bis-\\\\d+\"]", "[\"(unclosed\"]", "$.sources[0].publicationPatterns[0]")]
    [InlineData("[\"127.0.0.1\"]", "[\"localhost\"]", "$.allowedAddresses[0]")]
    [InlineData("\"publisher\": \"BNSP\",", "\"publisher\": \"\",", "$.sources[1].publisher")]
    [InlineData("\"kind\": \"sru\"", "\"kind\": \"ftp\"", "$.sources[1].kind")]
    [InlineData("\"endpoint\": \"https://gallica.bnf.fr/SRU\"", "\"endpoint\": \"\"", "$.sources[1].sru.endpoint")]
    public void A_bad_file_is_rejected_with_the_field_named(string from, string to, string field)
    {
        Assert.Contains(from, Valid);
        var e = Assert.Throws<CrawlConfigException>(() => CrawlConfigLoader.Parse(Valid.Replace(from, to)));
        Assert.Contains(field, e.Message);
    }

    [Fact]
    public void Missing_file_and_empty_sources_are_rejected()
    {
        Assert.Contains("not found", Assert.Throws<CrawlConfigException>(() => CrawlConfigLoader.Load("/nonexistent/sources.json")).Message);
        Assert.Contains("$.sources", Assert.Throws<CrawlConfigException>(() => CrawlConfigLoader.Parse("{\"sources\": []}")).Message);
        Assert.Contains("$.sources[0].startUrls", Assert.Throws<CrawlConfigException>(() => CrawlConfigLoader.Parse("{\"sources\": [{\"id\": \"a\", \"publisher\": \"A\"}]}")).Message);
    }

    [Fact]
    public void The_shipped_sources_file_is_valid()
    {
        var root = RepoRoot();
        var config = CrawlConfigLoader.Load(Path.Combine(root, "sources.json"));
        Assert.True(config.Sources.Count >= 6);
        Assert.Empty(config.AllowedAddresses);
        Assert.Contains(config.Sources, s => s.Kind == SourceKinds.Sru);
        Assert.Contains(config.Sources, s => s.Kind == SourceKinds.OpenDataSoft);
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln"))) return dir.FullName;
        throw new InvalidOperationException("Search.sln not found above the test binaries");
    }
}
