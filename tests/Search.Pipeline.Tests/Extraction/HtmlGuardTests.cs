using System.Text;
using Microsoft.AspNetCore.Builder;
using Search.Pipeline.Crawling;
using Search.Pipeline.Crawling.Discovery;
using Search.Pipeline.Extraction;
using Search.Pipeline.Ingest;
using Search.Pipeline.Tests.Crawling;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>Hostile HTML (nesting that makes AngleSharp quadratic, oversized files) is refused before parsing; real pages are not.</summary>
public sealed class HtmlGuardTests
{
    /// <summary>The page of issue 12: 48,000 nested div (95 s in AngleSharp), around some text.</summary>
    public static string DeeplyNested(int depth = 48_000, string tag = "div") =>
        "<!DOCTYPE html><html><head><title>Piège</title></head><body><main><p>Un texte.</p>"
        + string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + "fond" + string.Concat(Enumerable.Repeat($"</{tag}>", depth))
        + "</main></body></html>";

    [Fact]
    public void Deep_nesting_is_refused_by_extraction_and_by_link_extraction()
    {
        var html = DeeplyNested();
        var e = Assert.Throws<ExtractionException>(() => new HtmlExtractor().ExtractFromString(html));
        Assert.StartsWith("HTML refused before parsing: elements nested more than 1,000 deep", e.Message);
        Assert.Throws<ExtractionException>(() => LinkExtractor.Extract(html, new Uri("http://127.0.0.1/page.html")));
    }

    [Theory]
    [InlineData("<div/>")]          // "/>" does not close an HTML element
    [InlineData("<span class=\"a>b\">")]
    [InlineData("<b>")]             // unclosed formatting elements deepen the tree too
    public void Other_spellings_of_deep_nesting_are_refused(string open)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(open, 5_000)) + "</body></html>";
        Assert.NotNull(HtmlGuard.Refusal(html));
    }

    [Theory]
    [InlineData(" a{0}")]                // bare names
    [InlineData(" a{0}=\"x y > z\"")]  // quoted values holding spaces and '>'
    [InlineData("a{0}='v'")]             // no space after a quoted value
    [InlineData(" a{0} = v")]            // unquoted values, spaces around '='
    public void Too_many_attributes_on_one_tag_are_refused_and_the_limit_passes(string attribute)
    {
        string Page(int count) => "<html><body><div " + string.Concat(Enumerable.Range(0, count).Select(n => string.Format(System.Globalization.CultureInfo.InvariantCulture, attribute, n)))
                                  + ">texte</div></body></html>";
        Assert.Null(HtmlGuard.Refusal(Page(HtmlGuard.MaxAttributes)));
        Assert.StartsWith("more than 1,000 attributes on one tag", HtmlGuard.Refusal(Page(HtmlGuard.MaxAttributes + 1)));
    }

    [Fact]
    public void A_million_attributes_on_one_element_are_refused_by_extraction()
    {
        var html = "<html><body><div" + string.Concat(Enumerable.Range(0, 1_000_000).Select(n => " a" + n)) + ">texte</div></body></html>";
        var e = Assert.Throws<ExtractionException>(() => new HtmlExtractor().ExtractFromString(html));
        Assert.StartsWith("HTML refused before parsing: more than 1,000 attributes", e.Message);
    }

    [Fact]
    public void Oversized_html_is_refused()
    {
        var html = "<html><body><p>" + new string('a', HtmlGuard.MaxChars) + "</p></body></html>";
        Assert.Contains("characters (limit", HtmlGuard.Refusal(html));
    }

    [Theory]
    [InlineData("<li>élément", 20_000)]                               // unclosed list items close each other
    [InlineData("<p>paragraphe", 20_000)]
    [InlineData("<tr><td>a<td>b", 20_000)]
    [InlineData("<svg><path d=\"M0 0\"/></svg>", 20_000)]             // "/>" closes in svg
    [InlineData("<div>a</div>", 50_000)]
    [InlineData("<!-- <div><div><div> --><br>", 20_000)]                // comments do not count
    [InlineData("<script>var s = '<div><div>';</script>", 20_000)]    // nor raw text
    public void Long_flat_pages_pass(string repeated, int times)
    {
        var html = "<html><body><ul>" + string.Concat(Enumerable.Repeat(repeated, times)) + "</ul></body></html>";
        Assert.Null(HtmlGuard.Refusal(html));
    }

    [Fact]
    public void Nesting_up_to_the_limit_passes_and_extracts()
    {
        var html = DeeplyNested(depth: HtmlGuard.MaxDepth - 10);
        Assert.Null(HtmlGuard.Refusal(html));
        Assert.Contains("fond", new HtmlExtractor().ExtractFromString(html).FullText);
    }

    [SkippableFact]
    public void Every_real_and_sample_page_passes()
    {
        var folders = new List<string> { Path.Combine(GroundTruthTests.SamplesRoot(), "html") };
        if (!TestCorpus.Missing) folders.Add(TestCorpus.PathOf("html"));
        var files = folders.SelectMany(f => Directory.GetFiles(f, "*.htm*", SearchOption.AllDirectories)).ToList();
        Assert.True(files.Count >= 10, $"only {files.Count} HTML files found");
        foreach (var file in files)
        {
            var html = Encoding.Latin1.GetString(File.ReadAllBytes(file)); // the guard looks at markup only: any single-byte reading will do
            Assert.True(HtmlGuard.Refusal(html) is null, $"{file}: {HtmlGuard.Refusal(html)}");
        }
    }

    [Fact]
    public void A_folder_ingest_reports_the_hostile_file_and_indexes_the_rest()
    {
        using var dir = new TempDir();
        var corpus = Path.Combine(dir.Path, "corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "piege.html"), DeeplyNested());
        foreach (var name in new[] { FixtureSite.BisPage, FixtureSite.PolicePage })
            File.Copy(Path.Combine(GroundTruthTests.SamplesRoot(), "html", name), Path.Combine(corpus, name));

        var summary = new FolderIngester(ExtractorRegistry.InProcess()).Ingest(corpus, Path.Combine(dir.Path, "index"));

        var failed = Assert.Single(summary.Reports, r => r.Outcome == FileOutcome.Failed);
        Assert.Equal("piege.html", failed.Path);
        Assert.Contains("elements nested more than 1,000 deep", failed.Reason);
        Assert.Equal(2, summary.Count(FileOutcome.Added));
    }

    [Fact]
    public async Task A_crawl_reports_hostile_pages_and_goes_on()
    {
        var hostile = DeeplyNested();
        await using var site = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/", () => Page("""<a href="/liens.html">Liens</a> <a href="/publications/piege.html">Piège</a> <a href="/publications/bonne.html">Bonne</a>"""));
            app.MapGet("/liens.html", () => Microsoft.AspNetCore.Http.Results.Content(hostile.Replace("fond", """<a href="/publications/cachee.html">x</a>"""), "text/html"));
            app.MapGet("/publications/piege.html", () => Microsoft.AspNetCore.Http.Results.Content(hostile, "text/html"));
            app.MapGet("/publications/bonne.html", () => Page("<h1>Les dépenses des communes</h1><p>" + string.Concat(Enumerable.Repeat("Les communes ont dépensé davantage en 2023 pour leurs écoles et leurs routes. ", 10)) + "</p>"));
        });
        using var kit = new CrawlTestKit();
        var config = new CrawlConfig
        {
            AllowedAddresses = ["127.0.0.1"],
            RetryAttempts = 1,
            Sources = [new SourceConfig { Id = "piege", Publisher = "DGCL", StartUrls = [site.Url("/")], PublicationPatterns = [@"/publications/"], DelaySeconds = 0 }],
        };

        await kit.Crawler(config).RunAsync();

        using var store = kit.Store();
        var errors = store.RecentErrors("piege");
        Assert.True(errors.Count == 2, string.Join("\n", kit.Events.Select(e => e.ToString())));
        Assert.All(errors, e => Assert.Contains("HTML refused before parsing: elements nested more than 1,000 deep", e.Message));
        Assert.Equal([site.Url("/liens.html"), site.Url("/publications/piege.html")], errors.Select(e => e.Url).Order(StringComparer.Ordinal));
        Assert.NotNull(kit.Indexed(site.Url("/publications/bonne.html")));
        Assert.Equal(1, kit.IndexedCount());
    }

    private static Microsoft.AspNetCore.Http.IResult Page(string body) =>
        Microsoft.AspNetCore.Http.Results.Content($"<!DOCTYPE html><html lang=\"fr\"><head><title>Site</title></head><body><main>{body}</main></body></html>", "text/html; charset=utf-8");
}
