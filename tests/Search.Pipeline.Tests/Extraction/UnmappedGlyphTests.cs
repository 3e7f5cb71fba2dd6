using Search.Core.Analysis;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Search.Pipeline.Extraction;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>
/// Ligatures drawn with glyphs that have no Unicode mapping (as in a real ADEME PDF whose Calibri "ti" reads U+001F in
/// the regular face and U+0009 in the bold one): the letters are put back from the word list and the document's words.
/// </summary>
public class UnmappedGlyphTests
{
    private static readonly FrenchLexicon Lexicon = new(
    [
        "les", "collectivités", "transition", "nationale", "article", "politique", "gestion", "actions", "convention",
        "partie", "de", "la", "et", "des", "sont", "engagées", "dans", "une", "écologique", "premier", "point",
    ]);

    [SkippableFact]
    public void LigaturesWithoutMappingAreReadAsTheirLetters()
    {
        Skip.If(PdfTestFiles.DejaVuMissing, "DejaVu fonts not installed (fonts-dejavu-core)");
        using var dir = new TempDir();
        // Regular face: "ti" reads U+001F; bold face: U+0009 (a tab). Both draw a real glyph.
        var path = dir.Write("ligatures.pdf", LigaturePdf(
            regular: ["Les collecŧvités sont engagées dans une transiŧon écologique nationale.",
                      "La poliŧque de gesŧon et les acŧons de la naŧon."],
            bold: ["Arŧcle premier : la convenŧon, parŧe une."]));

        var content = new PdfExtractor { Lexicon = Lexicon }.Extract(path);

        var text = content.FullText;
        Assert.Contains("Les collectivités sont engagées dans une transition écologique nationale.", text);
        Assert.Contains("La politique de gestion et les actions de la nation.", text);
        Assert.Contains("Article premier : la convention, partie une.", text);
        Assert.Contains(content.Warnings, w => w.Contains("code 0x1F") && w.Contains("\"ti\""));
        Assert.Contains(content.Warnings, w => w.Contains("code 0x09") && w.Contains("\"ti\""));
    }

    [SkippableFact]
    public void WithoutRepairTheWordsAreBroken()
    {
        Skip.If(PdfTestFiles.DejaVuMissing, "DejaVu fonts not installed (fonts-dejavu-core)");
        using var dir = new TempDir();
        var path = dir.Write("ligatures.pdf", LigaturePdf(regular: ["Les collecŧvités et la transiŧon."], bold: ["Arŧcle premier."]));

        var text = new PdfExtractor { Lexicon = Lexicon, RepairGlyphs = false }.Extract(path).FullText;

        Assert.DoesNotContain("collectivités", text);
        Assert.Contains("collecvités", text);
        Assert.Contains("Ar cle", text);
    }

    [SkippableFact]
    public void AGlyphThatExplainsNoWordIsLeftAlone()
    {
        Skip.If(PdfTestFiles.DejaVuMissing, "DejaVu fonts not installed (fonts-dejavu-core)");
        using var dir = new TempDir();
        // The unmapped glyph is a bullet glued to words: no candidate makes most of them words.
        var path = dir.Write("bullets.pdf", LigaturePdf(regular: ["ŧpremier point", "ŧgestion des actions", "ŧconvention"], bold: ["Article premier."]));

        var content = new PdfExtractor { Lexicon = Lexicon }.Extract(path);

        Assert.Contains("premier point", content.FullText);
        Assert.Contains("gestion des actions", content.FullText);
        Assert.DoesNotContain(content.Warnings, w => w.Contains("code 0x1F"));
    }

    /// <summary>
    /// One page, one line per string, <paramref name="regular"/> in DejaVu Sans and <paramref name="bold"/> in DejaVu Sans
    /// Bold (embedded TrueType, written by PdfPig), where "ŧ" stands for the ligature: its glyph is drawn, and an
    /// incremental update of the PDF rewrites the fonts' ToUnicode maps so that it reads U+001F in the regular face and
    /// U+0009 in the bold one — the text layer of a font whose ligature glyph has no Unicode value.
    /// </summary>
    private static byte[] LigaturePdf(string[] regular, string[] bold)
    {
        var builder = new PdfDocumentBuilder();
        var fonts = new[] { (Font: builder.AddTrueTypeFont(File.ReadAllBytes(PdfTestFiles.DejaVuPath)), Lines: regular),
                            (Font: builder.AddTrueTypeFont(File.ReadAllBytes(PdfTestFiles.DejaVuPath.Replace("Sans.ttf", "Sans-Bold.ttf"))), Lines: bold) };
        var page = builder.AddPage(PageSize.A4);
        var y = 760.0;
        foreach (var (font, lines) in fonts)
        {
            foreach (var line in lines)
            {
                page.AddText(line, 11, new PdfPoint(50, y), font);
                y -= 18;
            }
        }
        var pdf = builder.Build();

        // The ToUnicode streams in font order (regular, then bold), each rewritten: "ŧ" (U+0167) -> the control character.
        var raw = Encoding.Latin1.GetString(pdf);
        var maps = Regex.Matches(raw, @"/BaseFont /DejaVuSans(-Bold)?\b[^>]*?/ToUnicode (\d+) 0 R").Select(m => int.Parse(m.Groups[2].Value)).ToList();
        Assert.Equal(2, maps.Count);
        var update = new StringBuilder("\n");
        var offsets = new List<(int Number, long Offset)>();
        foreach (var (number, target) in maps.Zip(new[] { "001F", "0009" }))
        {
            var start = raw.IndexOf("stream", raw.IndexOf($"\n{number} 0 obj", StringComparison.Ordinal), StringComparison.Ordinal) + "stream".Length;
            while (raw[start] is '\r' or '\n') start++;
            var end = raw.IndexOf("endstream", start, StringComparison.Ordinal);
            using var inflated = new ZLibStream(new MemoryStream(pdf, start, end - start), CompressionMode.Decompress);
            var cmap = new StreamReader(inflated, Encoding.Latin1).ReadToEnd();
            cmap = cmap.Replace("<0167>", $"<{target}>");
            offsets.Add((number, pdf.Length + Encoding.Latin1.GetByteCount(update.ToString())));
            update.Append($"{number} 0 obj\n<< /Length {cmap.Length} >>\nstream\n{cmap}\nendstream\nendobj\n");
        }
        var trailer = Regex.Match(raw, @"trailer\s*<<\s*/Size (\d+) /Root (\d+ 0 R)");
        var previous = Regex.Matches(raw, @"startxref\s+(\d+)")[^1].Groups[1].Value;
        var xref = pdf.Length + Encoding.Latin1.GetByteCount(update.ToString());
        update.Append("xref\n");
        foreach (var (number, offset) in offsets) update.Append($"{number} 1\n{offset:D10} 00000 n \n");
        update.Append($"trailer\n<< /Size {trailer.Groups[1].Value} /Root {trailer.Groups[2].Value} /Prev {previous} >>\nstartxref\n{xref}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }
}
