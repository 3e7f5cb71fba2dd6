using System.Text;
using Search.Pipeline.Extraction;
using Search.Pipeline.Metadata;

namespace Search.Pipeline.Tests.Extraction;

public class HtmlExtractorTests
{
    static HtmlExtractorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private readonly HtmlExtractor _extractor = new();

    private const string Page = """
        <!DOCTYPE html>
        <html lang="fr-FR">
        <head>
          <title>Les finances des départements en 2022 | OFGL</title>
          <meta name="description" content="Chiffres clés des finances départementales.">
          <meta name="DC.publisher" content="Observatoire des finances et de la gestion publique locales">
          <meta name="DC.date" content="2023-03-14">
          <meta property="og:site_name" content="OFGL">
          <link rel="canonical" href="https://www.collectivites-locales.gouv.fr/finances-departements-2022">
        </head>
        <body>
          <a href="#contenu" class="skip">Aller au contenu</a>
          <header><div class="logo">Site officiel</div><nav><a href="/">Accueil</a><a href="/stats">Statistiques</a></nav></header>
          <div id="cookie-banner">Ce site utilise des cookies. <button>Accepter</button></div>
          <main id="contenu">
            <nav class="breadcrumb"><a href="/">Accueil</a> &gt; Finances</nav>
            <h1>Les finances des départements</h1>
            <p>Les dépenses de fonctionnement des départements progressent de 3,1 % en 2022.</p>
            <h2>Dépenses par fonction</h2>
            <table>
              <tr><th>Fonction</th><th>2021</th><th>2022</th></tr>
              <tr><td>Action sociale</td><td>38,2</td><td>39,5</td></tr>
            </table>
            <div class="bandeau-newsletter">Abonnez-vous à notre lettre</div>
          </main>
          <footer>Mentions légales — Plan du site</footer>
        </body>
        </html>
        """;

    [Fact]
    public void KeepsMainContentAndDropsChrome()
    {
        using var dir = new TempDir();
        var c = _extractor.Extract(dir.Write("page.html", Page));
        var text = c.FullText;

        Assert.Equal(TextQuality.Ok, c.Quality);
        Assert.Contains("Les finances des départements", text);
        Assert.Contains("Les dépenses de fonctionnement des départements progressent de 3,1 % en 2022.", text);
        Assert.Contains("Fonction | 2021 | 2022", text);
        Assert.Contains("Action sociale | 38,2 | 39,5", text);
        Assert.DoesNotContain("cookies", text);
        Assert.DoesNotContain("Accueil", text);
        Assert.DoesNotContain("Mentions légales", text);
        Assert.DoesNotContain("Aller au contenu", text);
        Assert.DoesNotContain("Abonnez-vous", text);
        // Headings and paragraphs on separate lines.
        Assert.Contains("Les finances des départements\n", text);
        Assert.Contains("\nDépenses par fonction\n", text);
    }

    [Fact]
    public void ReadsDeclaredMetadata()
    {
        using var dir = new TempDir();
        var c = _extractor.Extract(dir.Write("page.html", Page));

        Assert.Equal("Les finances des départements en 2022", MetadataFilters.DeclaredTitle(c, "page.html"));
        Assert.Equal("Les finances des départements", c.HeadingTitle);
        Assert.Equal("Chiffres clés des finances départementales.", c.Description);
        Assert.Equal("Observatoire des finances et de la gestion publique locales", MetadataFilters.DeclaredPublisher(c));
        Assert.Equal(new DateOnly(2023, 3, 14), c.DeclaredDate);
        Assert.Equal("https://www.collectivites-locales.gouv.fr/finances-departements-2022", c.CanonicalUrl);
        Assert.Equal("fr", c.Language);
    }

    [Fact]
    public void DecodesIso88591DeclaredByMeta()
    {
        using var dir = new TempDir();
        var html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>Comptes</title></head><body><p>Département de l'Hérault : dépenses d'équipement et créances.</p></body></html>""";
        var c = _extractor.Extract(dir.Write("latin1.html", Encoding.Latin1.GetBytes(html)));
        Assert.Contains("Département de l'Hérault : dépenses d'équipement et créances.", c.FullText);
    }

    [Fact]
    public void DecodesUtf8Bom()
    {
        using var dir = new TempDir();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<html><body><p>Région Île-de-France : les collectivités et leurs œuvres.</p></body></html>")).ToArray();
        var c = _extractor.Extract(dir.Write("bom.html", bytes));
        Assert.Contains("Région Île-de-France : les collectivités et leurs œuvres.", c.FullText);
    }

    [Fact]
    public void FallsBackToWindows1252WhenNotUtf8AndUndeclared()
    {
        using var dir = new TempDir();
        var bytes = Encoding.GetEncoding(1252).GetBytes("<html><body><p>Les crédits de l’État aux collectivités – 2022 € à répartir.</p></body></html>");
        var c = _extractor.Extract(dir.Write("cp1252.html", bytes));
        Assert.Contains("Les crédits de l’État aux collectivités – 2022 € à répartir.", c.FullText);
    }

    [Fact]
    public void ReadsOpenGraphJsonLdAndTime()
    {
        using var dir = new TempDir();
        var html = """
            <html><head>
              <title>Accueil - Insee</title>
              <meta property="og:title" content="Les communes nouvelles en 2023">
              <meta property="og:description" content="Un bilan des fusions de communes.">
              <meta property="og:url" content="https://www.insee.fr/fr/statistiques/123">
              <meta property="og:site_name" content="Insee">
              <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","datePublished":"2023-01-05T09:00:00+01:00"}]}</script>
            </head><body><article><h1>Les communes nouvelles</h1><time datetime="2022-12-01">1er décembre</time>
            <p>Au 1er janvier 2023, la France compte 34 945 communes, dont 788 communes nouvelles.</p></article></body></html>
            """;
        var c = _extractor.Extract(dir.Write("og.html", html));
        Assert.Equal("Les communes nouvelles en 2023", MetadataFilters.DeclaredTitle(c, "og.html"));
        Assert.Equal("Un bilan des fusions de communes.", c.Description);
        Assert.Equal("https://www.insee.fr/fr/statistiques/123", c.CanonicalUrl);
        Assert.Equal("Insee", MetadataFilters.DeclaredPublisher(c));
        Assert.Equal(new DateOnly(2023, 1, 5), c.DeclaredDate);
        Assert.Equal("Les communes nouvelles", c.HeadingTitle);
    }

    [Theory]
    [InlineData("Les finances des départements en 2022 | OFGL", "Les finances des départements en 2022")]
    [InlineData("Budget primitif 2023 - Ville de Lyon", "Budget primitif 2023")]
    [InlineData("Rapport - annexe", "Rapport - annexe")]
    public void StripsShortSiteSuffix(string title, string expected) => Assert.Equal(expected, MetadataFilters.StripSiteSuffix(title));

    [Fact]
    public void PageWithoutTextIsNoText()
    {
        using var dir = new TempDir();
        var c = _extractor.Extract(dir.Write("empty.html", "<html><body><nav>Menu</nav><img src='carte.png'></body></html>"));
        Assert.Equal(TextQuality.NoText, c.Quality);
        Assert.Equal([1], c.PagesWithoutText);
    }
}

public class ExtractorRegistryTests
{
    [Fact]
    public void PicksExtractorByExtensionAndMagicBytes()
    {
        using var dir = new TempDir();
        using var registry = new ExtractorRegistry();
        var pdfBytes = PdfTestFiles.Build([[(11, "Les comptes des communes en 2022 et leur evolution.")]]);

        Assert.IsType<Search.Pipeline.Extraction.Isolation.IsolatedPdfExtractor>(registry.Find(dir.Write("a.pdf", pdfBytes)));
        Assert.IsType<PdfExtractor>(ExtractorRegistry.InProcess().Find(dir.Write("a2.pdf", pdfBytes)));
        Assert.IsType<HtmlExtractor>(registry.Find(dir.Write("b.htm", "<html><body><p>x</p></body></html>")));
        var noExtension = dir.Write("download", pdfBytes);
        Assert.IsType<Search.Pipeline.Extraction.Isolation.IsolatedPdfExtractor>(registry.Find(noExtension));
        Assert.Equal("pdf", registry.Extract(noExtension).Format);
    }

    [Fact]
    public void UnsupportedFileThrowsExtractionException()
    {
        using var dir = new TempDir();
        var registry = new ExtractorRegistry();
        var ex = Assert.Throws<ExtractionException>(() => registry.Extract(dir.Write("notes.txt", "du texte brut")));
        Assert.Contains("Unsupported", ex.Message);
        Assert.Throws<ExtractionException>(() => registry.Extract(Path.Combine(dir.Path, "missing.pdf")));
    }
}

public class HtmlCharsetTests
{
    [Fact]
    public void Utf8BytesWinOverAStaleLatin1Declaration()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Données exprimées en euros</p></body></html>");
        var text = HtmlExtractor.Decode(bytes, null, out var encoding);
        Assert.Contains("Données exprimées", text);
        Assert.Equal(System.Text.Encoding.UTF8.CodePage, encoding.CodePage);
    }
}
