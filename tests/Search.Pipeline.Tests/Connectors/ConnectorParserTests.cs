using Search.Pipeline.Connectors;
using Search.Pipeline.Crawling;
using Search.Pipeline.Tests.Extraction;

namespace Search.Pipeline.Tests.Connectors;

public class ConnectorParserTests
{
    [SkippableFact]
    public void Parses_the_real_gallica_sru_answers()
    {
        Skip.If(TestCorpus.Missing, "../shared/corpus is absent");
        var p1 = SruConnector.ParseResponse(File.ReadAllText(TestCorpus.PathOf("sru/SRU_jaune_bleu_p1.xml")));
        var p2 = SruConnector.ParseResponse(File.ReadAllText(TestCorpus.PathOf("sru/SRU_jaune_bleu_p2.xml")));
        Assert.Equal(61, p1.Total);
        Assert.Equal(61, p2.Total);
        Assert.Equal(50, p1.Records.Count);
        Assert.Equal(11, p2.Records.Count);
        var first = p1.Records[0];
        Assert.Equal("https://gallica.bnf.fr/ark:/12148/btv1b10547034q", first.Url);
        Assert.StartsWith("[Le Mulet (Val d'Hérence)]", first.Title);
        Assert.Equal(new DateOnly(1906, 1, 1), first.Date);
        Assert.Contains("Hérens, Val d' (Suisse)", first.Subjects);
        Assert.Null(first.Publisher); // "[s.n.][s.n.]": no publisher
        Assert.Equal(61, p1.Records.Concat(p2.Records).Select(r => r.Url).Distinct().Count());
        Assert.All(p1.Records.Concat(p2.Records), r => Assert.Equal(r.Url, UrlNormalizer.Normalize(r.Url)));
        Assert.True(p1.Records.Concat(p2.Records).Count(r => r.Url.StartsWith("https://gallica.bnf.fr/", StringComparison.Ordinal)) >= 50);
        Assert.DoesNotContain(p1.Records.Concat(p2.Records), r => r.Publisher is "([S.l.])" or "[éditeur inconnu]");
    }

    [Fact]
    public void Parses_our_sru_fixture_with_dates_subjects_and_publisher()
    {
        var page = SruConnector.ParseResponse(ConnectorFixtures.Sru(1, 3));
        Assert.Equal(5, page.Total);
        Assert.Equal(3, page.Records.Count);
        Assert.Equal(new DateOnly(2022, 7, 1), page.Records[1].Date);
        Assert.Equal(new DateOnly(2023, 3, 15), page.Records[2].Date);
        Assert.Equal("Direction générale des collectivités locales (DGCL)", page.Records[0].Publisher);
        Assert.Equal(["Apprentissage -- Collectivités locales"], page.Records[0].Subjects);
        Assert.NotEqual(page.Records[0].ContentHash, page.Records[1].ContentHash);
        Assert.Equal(page.Records[0].ContentHash, SruConnector.ParseResponse(ConnectorFixtures.Sru(1, 1)).Records[0].ContentHash);
    }

    [Fact]
    public void An_sru_diagnostic_or_non_xml_answer_is_an_error()
    {
        const string diagnostic = """
            <srw:searchRetrieveResponse xmlns:srw="http://www.loc.gov/zing/srw/"><srw:version>1.2</srw:version><srw:numberOfRecords>0</srw:numberOfRecords>
            <srw:diagnostics><diag:diagnostic xmlns:diag="http://www.loc.gov/zing/srw/diagnostic/"><diag:uri>info:srw/diagnostic/1/10</diag:uri><diag:message>Query syntax error</diag:message></diag:diagnostic></srw:diagnostics>
            </srw:searchRetrieveResponse>
            """;
        Assert.Contains("Query syntax error", Assert.Throws<ConnectorException>(() => SruConnector.ParseResponse(diagnostic)).Message);
        Assert.Throws<ConnectorException>(() => SruConnector.ParseResponse("<html><body>Service indisponible</body></html>"));
        Assert.Throws<ConnectorException>(() => SruConnector.ParseResponse("not xml"));
    }

    [Fact]
    public void Sru_page_urls_carry_the_cql_query_and_paging()
    {
        var connector = new SruConnector(new SruSettings { Endpoint = "https://gallica.bnf.fr/SRU", Query = "(gallica all \"collectivités\") and dc.date >= \"2016\"", PageSize = 50 });
        var url = connector.PageUrl(50, null).AbsoluteUri;
        Assert.Contains("operation=searchRetrieve", url);
        Assert.Contains("version=1.2", url);
        Assert.Contains("startRecord=51", url);
        Assert.Contains("maximumRecords=50", url);
        Assert.Contains("dc.date%20%3E%3D%20%222016%22", url);
    }

    [Theory]
    [InlineData("[s.n.][s.n.]", null)]
    [InlineData("([S.l.])", null)]
    [InlineData("[éditeur inconnu]", null)]
    [InlineData("Insee", "Insee")]
    [InlineData("Paris : La Documentation française", "Paris : La Documentation française")]
    public void Sru_publisher_placeholders_are_dropped(string raw, string? expected) => Assert.Equal(expected, SruConnector.CleanPublisher(raw));

    [Theory]
    [InlineData("2019", 2019, 1, 1)]
    [InlineData("2019-06", 2019, 6, 1)]
    [InlineData("2019-06-15", 2019, 6, 15)]
    [InlineData("1600-1650", 1600, 1, 1)]
    public void Sru_dates(string text, int y, int m, int d) => Assert.Equal(new DateOnly(y, m, d), SruConnector.ParseDate(text));

    [Fact]
    public void Parses_opendatasoft_catalogue_pages()
    {
        var page = OpenDataSoftConnector.ParseResponse(ConnectorFixtures.Ods(0, 2), "https://data.ofgl.fr");
        Assert.Equal(3, page.Total);
        Assert.Equal(2, page.Records.Count);
        var first = page.Records[0];
        Assert.Equal("https://data.ofgl.fr/explore/dataset/ofgl-base-communes/", first.Url);
        Assert.Equal("Comptes individuels des communes", first.Title);
        Assert.Equal(new DateOnly(2024, 5, 2), first.Date);
        Assert.Equal("OFGL", first.Publisher);
        Assert.Equal("Données issues des comptes de gestion : budget principal et budgets annexes.", first.Description);
        Assert.Equal(["finances locales", "comptes", "Finances publiques"], first.Subjects);
        Assert.Throws<ConnectorException>(() => OpenDataSoftConnector.ParseResponse("{\"error_code\": \"ODSQLError\", \"message\": \"bad where\"}", "https://data.ofgl.fr"));
    }

    [Fact]
    public void Opendatasoft_page_urls_page_by_offset_and_ask_for_modified_since()
    {
        var connector = new OpenDataSoftConnector(new OpenDataSoftSettings { Portal = "https://data.ofgl.fr/", PageSize = 100, Where = "search(\"communes\")" });
        var url = Uri.UnescapeDataString(connector.PageUrl(200, new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero)).AbsoluteUri);
        Assert.StartsWith("https://data.ofgl.fr/api/v2/catalog/datasets?limit=100&offset=200", url);
        Assert.Contains("where=(search(\"communes\")) and modified >= date'2024-06-01'", url);
        Assert.DoesNotContain("where", connector.PageUrl(0, null).AbsoluteUri.Replace("search", "", StringComparison.Ordinal) is var u && u.Contains("modified") ? "where" : "");
    }
}
