using Search.Core.Analysis;
using Search.Pipeline.Extraction;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>Line-end hyphenation, ligatures, tables drawn as positioned text, short documents' running lines.</summary>
public class TextQualityTests
{
    private readonly PdfExtractor _extractor = new();

    /// <summary>Text runs placed at (x, y) with the DejaVu TrueType font, one list per page.</summary>
    private static byte[] Placed(params IReadOnlyList<(double X, double Y, double Size, string Text)>[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(PdfTestFiles.DejaVuPath));
        foreach (var runs in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            foreach (var (x, y, size, text) in runs) page.AddText(text, size, new PdfPoint(x, y), font);
        }
        return builder.Build();
    }

    private static List<(double, double, double, string)> Paragraph(double y, params string[] lines) =>
        lines.Select((l, i) => (50.0, y - i * 14.0, 11.0, l)).ToList();

    [Fact]
    public void SplitWordsAreRejoinedOnlyWhenTheJoinedWordIsKnown()
    {
        var lexicon = new FrenchLexicon(["collectivités", "fonctionnement", "outremer", "outre-mer"]);
        Assert.Equal("collectivités", Hyphenation.Join("collecti", "vités", lexicon));
        Assert.Equal("fonctionnement", Hyphenation.Join("fonction", "nement", lexicon));
        Assert.Equal("porte-parole", Hyphenation.Join("porte", "parole", lexicon)); // "porteparole" is no word
        Assert.Equal("outre-mer", Hyphenation.Join("outre", "mer", lexicon)); // known compound wins over the joined form
        Assert.Equal("Île-de-France", Hyphenation.Join("Île-de", "France", lexicon)); // capital: a compound, never joined
    }

    [Fact]
    public void TheDocumentsOwnVocabularyRejoinsWordsTheListLacks()
    {
        var pages = new List<string> { "Les intercommu-" + Hyphenation.Marker + "nalités.", "Deux intercommunalités, un demi-" + Hyphenation.Marker + "siècle." };
        Hyphenation.Resolve(pages, new FrenchLexicon([]));
        Assert.Equal("Les intercommunalités.", pages[0]);
        Assert.Equal("Deux intercommunalités, un demi-siècle.", pages[1]);
    }

    [SkippableFact]
    public void HyphenatedLineEndsInAPdfAreRejoinedWithTheFrenchWordList()
    {
        Skip.If(PdfTestFiles.DejaVuMissing, "DejaVuSans.ttf not installed");
        Skip.If(FrenchLexicon.Default.Count == 0, "no French word list (apt-get install wfrench)");
        using var dir = new TempDir();
        var path = dir.Write("hyphens.pdf", Placed(Paragraph(760,
            "Les dépenses de fonctionnement des collecti-",
            "vités locales progressent, notamment en Île-de-",
            "France et dans les départements d'outre-",
            "mer où les investisse-",
            "ments restent soutenus.")));
        var text = _extractor.Extract(path).Pages[0];
        Assert.Contains("des collectivités locales", text);
        Assert.Contains("en Île-de-France et", text);
        Assert.Contains("d'outre-mer où", text); // "outre-mer" is a known compound: the hyphen stays
        Assert.Contains("les investissements restent", text);
    }

    [SkippableFact]
    public void LigaturesAreExpanded()
    {
        Skip.If(PdfTestFiles.DejaVuMissing, "DejaVuSans.ttf not installed");
        using var dir = new TempDir();
        var path = dir.Write("ligatures.pdf", Placed(Paragraph(760, "Les ﬁnances locales et les ﬂux ﬁnanciers", "des eﬀectifs de la fonction publique.")));
        var text = _extractor.Extract(path).Pages[0];
        Assert.Contains("Les finances locales et les flux financiers", text);
        Assert.Contains("des effectifs", text);
        Assert.DoesNotContain("ﬁ", text);
    }

    [SkippableFact]
    public void TablesDrawnAsPositionedTextComeOutRowByRow()
    {
        Skip.If(PdfTestFiles.DejaVuMissing, "DejaVuSans.ttf not installed");
        using var dir = new TempDir();
        var rows = new[] { ("Commune", "Population", "Évolution"), ("Rennes (Ille-et-Vilaine)", "225 100", "+ 0,8 %"), ("Brest (Finistère)", "139 900", "+ 0,1 %"), ("Quimper (Finistère)", "63 400", "0,0 %"), ("Lorient (Morbihan)", "57 600", "+ 0,2 %") };
        var runs = new List<(double, double, double, string)>();
        runs.AddRange(Paragraph(780, "La population des communes bretonnes progresse dans les grandes villes du littoral et autour de Rennes."));
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 740 - i * 14;
            runs.Add((50, y, 9, rows[i].Item1));
            runs.Add((300, y, 9, rows[i].Item2));
            runs.Add((420, y, 9, rows[i].Item3));
        }
        runs.AddRange(Paragraph(650, "Les communes rurales du centre de la région perdent des habitants depuis 2015, à un rythme plus lent."));
        var text = _extractor.Extract(dir.Write("table.pdf", Placed(runs))).Pages[0];
        Assert.Contains("Rennes (Ille-et-Vilaine) 225 100 + 0,8 %\nBrest (Finistère) 139 900 + 0,1 %", text);
        Assert.True(text.IndexOf("autour de Rennes", StringComparison.Ordinal) < text.IndexOf("Commune Population", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Lorient (Morbihan) 57 600", StringComparison.Ordinal) < text.IndexOf("Les communes rurales", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void TwoColumnsOfProseAreNotMistakenForATable()
    {
        Skip.If(PdfTestFiles.DejaVuMissing, "DejaVuSans.ttf not installed");
        using var dir = new TempDir();
        string[] left = ["La dotation globale de fonctionnement", "est la principale dotation de l'État", "aux collectivités territoriales et elle", "représente une part importante."];
        string[] right = ["Les dépenses d'investissement des", "communes ont nettement progressé en", "fin de mandat municipal, portées par", "les travaux de voirie."];
        var runs = new List<(double, double, double, string)>();
        for (var i = 0; i < 4; i++)
        {
            runs.Add((50, 760 - i * 13, 10, left[i]));
            runs.Add((310, 760 - i * 13, 10, right[i]));
        }
        var text = _extractor.Extract(dir.Write("columns.pdf", Placed(runs))).Pages[0];
        Assert.Contains(string.Join(" ", left), text);
        Assert.Contains(string.Join(" ", right), text);
    }

    [Fact]
    public void RunningFooterOfATwoPageDocumentIsRemoved()
    {
        using var dir = new TempDir();
        var path = dir.Write("two.pdf", PdfTestFiles.Build(
            [[(11, "Premier chapitre : les recettes de fonctionnement des communes.")], [(11, "Second chapitre : les dépenses d'investissement des communes.")]],
            footer: "OFGL - Les finances des communes en 2023", pageNumbers: true));
        var c = _extractor.Extract(path);
        // A footer, even one naming the publication, and the folio: on no page.
        Assert.All(c.Pages, p => Assert.DoesNotContain("OFGL - Les finances", p));
        Assert.All(c.Pages, p => Assert.DoesNotContain("Page ", p));
        Assert.Contains("Second chapitre", c.Pages[1]);
        // The same line as a header on both pages: kept where it first shows only.
        var headed = _extractor.Extract(dir.Write("headed.pdf", PdfTestFiles.Build(
            [[(11, "Premier chapitre : les recettes de fonctionnement des communes.")], [(11, "Second chapitre : les dépenses d'investissement des communes.")]],
            header: "OFGL - Les finances des communes en 2023", pageNumbers: true)));
        Assert.StartsWith("OFGL - Les finances", headed.Pages[0]);
        Assert.DoesNotContain("OFGL - Les finances", headed.Pages[1]);
    }
}

/// <summary>Fake bold (each glyph drawn twice, slightly shifted) is removed; real double letters stay.</summary>
public class FakeBoldTests
{
    [SkippableFact]
    public void FakeBoldDuplicatesAreDroppedAndDoubleLettersKept()
    {
        Skip.If(PdfTestFiles.DejaVuMissing, "DejaVuSans.ttf not installed");
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(PdfTestFiles.DejaVuPath));
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        // Fake bold title: the same line drawn twice, 0.4 pt apart.
        page.AddText("Dépenses de fonctionnement", 16, new UglyToad.PdfPig.Core.PdfPoint(50, 760), font);
        page.AddText("Dépenses de fonctionnement", 16, new UglyToad.PdfPig.Core.PdfPoint(50.4, 760), font);
        page.AddText("Les associations ont reçu 11 000 € en 2013, soit une hausse modeste.", 11, new UglyToad.PdfPig.Core.PdfPoint(50, 730), font);
        using var dir = new TempDir();
        var text = new PdfExtractor().Extract(dir.Write("bold.pdf", builder.Build())).Pages[0];
        Assert.Contains("Dépenses de fonctionnement", text);
        Assert.DoesNotContain("DDé", text);
        Assert.Contains("associations ont reçu 11 000 €", text);
    }
}
