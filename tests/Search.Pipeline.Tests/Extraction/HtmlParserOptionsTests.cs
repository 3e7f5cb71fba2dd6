using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Search.Pipeline.Extraction;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>
/// The extractor's parser skips work (source positions, comments): its extraction must be the one a parser with
/// AngleSharp's default options gives, field by field, on our sample pages and on pages built to hit what the skipped
/// parts could change (comments in every insertion mode and inside text, tables, lists, selects; attribute-driven rules).
/// </summary>
public class HtmlParserOptionsTests
{
    static HtmlParserOptionsTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Extracted(ExtractedContent c) => JsonSerializer.Serialize(c);

    private static void AssertSameAsDefaultParser(string html, string name)
    {
        var expected = HtmlExtractor.ExtractWith(new HtmlParser(), html);
        var actual = new HtmlExtractor().ExtractFromString(html);
        Assert.True(Extracted(expected) == Extracted(actual), $"{name}: the extraction differs from the default parser's");
    }

    [Fact]
    public void SamplePagesExtractAsWithTheDefaultParser()
    {
        // The pages only (not their .html.meta.json sidecars).
        var files = Directory.GetFiles(Path.Combine(GroundTruthTests.SamplesRoot(), "html"))
            .Where(f => Path.GetExtension(f) is ".html" or ".htm").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 20, $"only {files.Count} sample pages");
        foreach (var file in files)
            AssertSameAsDefaultParser(HtmlExtractor.Decode(File.ReadAllBytes(file), null, out _), Path.GetFileName(file));
    }

    public static TheoryData<string, string> CraftedPages() => new()
    {
        {
            "comments everywhere",
            """
            <!-- before the doctype --><!DOCTYPE html><!-- before html --><html lang="fr"><!-- in html --><head><!-- in head -->
            <title>Budget <!-- not a comment in RCDATA --> primitif</title><meta name="description" content="Le budget<!--x-->.">
            </head><!-- after head --><body><main>Dé<!-- split -->penses <b>de<!-- in b -->fonctionnement</b>
            <table><!-- in table --><tr><!-- in row --><td>A<!-- cell -->B</td><td>2022</td></tr></table>
            <p>Texte<!----> suivant<!--->, et encore<!-- -- --> un.</p><ul><li>un<!-- li --><li>deux</ul>
            <select><!-- in select --><option>opt</option></select><frameset><!-- ignored --></frameset>
            </main></body><!-- after body --></html><!-- after html -->
            """
        },
        {
            "attributes dropped and kept",
            """
            <!DOCTYPE html><HTML LANG="fr-FR" data-theme="x"><head>
            <META NAME="DC.date" CONTENT="2021-05-04"><meta property="og:title" content="Titre OG" data-x="1">
            <link REL="canonical" HREF="https://example.org/page"><link rel="stylesheet" href="/s.css" media="all">
            <script type="application/ld+json" nonce="n">{"datePublished":"2020-01-02"}</script></head>
            <body onload="go()"><a HREF="#contenu" class="lien" style="x">Aller au contenu</a>
            <div role="navigation" title="t">menu</div><div HIDDEN>caché</div><p aria-hidden="true" tabindex="0">masqué</p>
            <div id="cookie-consent" data-a="b">cookies</div><div aria-label="Fil d'Ariane">ariane</div>
            <article style="color:red" data-id="7"><h1 title="h" dir="ltr">Le titre <span lang="en">principal</span></h1>
            <p>Texte <a href="/page" target="_blank" rel="noopener">lien</a> <abbr title="établissement">EPCI</abbr>.</p>
            <time datetime="2019-09-09" title="date">9 septembre</time>
            <table summary="s"><caption align="top">Légende</caption><tr><th scope="col" colspan="2">En-tête</th></tr>
            <tr><td headers="h" rowspan="1">1</td><td><input type="hidden" value="v">2</td></tr>
            <tr><td><table border="1"><tr><td>imbriqué</td></tr></table></td></tr></table>
            <form action="/f"><label for="q">Rechercher</label><input id="q" name="q"></form>
            <svg width="10"><text x="1">dans svg</text><font color="red">sort du svg</font></svg>
            <math><annotation-xml encoding="text/html"><p>annotation</p></annotation-xml></math>
            <p id="fin" class="Bandeau">bandeau</p><p>Fin du texte de la page, assez longue pour être utilisable.</p></article>
            </body></html>
            """
        },
        {
            "no main, several articles, iso-8859 meta",
            """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Liste</title></head>
            <body><article data-n="1"><h2>Premier</h2><p>Un texte d'article assez long pour compter dans la page.</p></article>
            <!-- between --><article data-n="2"><h2>Second</h2><p>Un autre texte d'article, lui aussi assez long.</p></article>
            <template><p>gabarit</p></template><noscript><p>sans script</p></noscript></body></html>
            """
        },
    };

    [Theory]
    [MemberData(nameof(CraftedPages))]
    public void CraftedPagesExtractAsWithTheDefaultParser(string name, string html)
    {
        AssertSameAsDefaultParser(html, name);
        // The crafted pages do carry what the options skip: the comparison is not vacuous.
        Assert.True(html.Contains("<!--") || html.Contains("data-"), name);
    }

    [Fact]
    public void AttributeDrivenRulesStillApply()
    {
        // What the extraction reads from attributes comes out: date of the DC meta, canonical link, language, the
        // Open Graph title, the skip link and the hidden/aria/role/id/class removals.
        var html = (string)CraftedPages().First(row => (string)row[0] == "attributes dropped and kept")[1];
        var c = new HtmlExtractor().ExtractFromString(html);
        Assert.Equal(new DateOnly(2021, 5, 4), c.DeclaredDate);
        Assert.Equal("https://example.org/page", c.CanonicalUrl);
        Assert.Equal("fr", c.Language);
        Assert.Contains("Titre OG", c.DeclaredTitles);
        var text = c.FullText;
        Assert.Contains("Le titre principal", text);
        Assert.Contains("En-tête", text);
        foreach (var gone in new[] { "Aller au contenu", "menu", "caché", "masqué", "cookies", "ariane", "bandeau", "dans svg", "Rechercher" })
            Assert.DoesNotContain(gone, text);
    }
}
