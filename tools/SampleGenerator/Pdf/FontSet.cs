using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;
using UglyToad.PdfPig.Writer;

namespace SampleGenerator.Pdf;

/// <summary>
/// The DejaVu TrueType fonts added to one document, with cached glyph advances for line wrapping.
/// (PdfPig's Standard-14 fonts cannot encode "É", "œ" or "’", so every document embeds subsets of DejaVu.)
/// With <c>ligatures</c>, <see cref="Shape"/> draws "ffi", "ffl", "ff", "fi" and "fl" as the ligature
/// glyphs U+FB03, U+FB04, U+FB00–U+FB02 of the font (when it has them), as publishing software does:
/// the PDF's text layer then holds the ligature code points.
/// </summary>
public sealed class FontSet
{
    private const string FontFolder = "/usr/share/fonts/truetype/dejavu/";
    private static readonly Dictionary<string, byte[]> FileCache = [];
    private static readonly Dictionary<string, HashSet<string>> LigatureCache = [];

    /// <summary>Letter sequences and their ligature code points, longest first.</summary>
    private static readonly (string Letters, string Glyph)[] LigatureTable =
    [
        ("ffi", "\uFB03"), ("ffl", "\uFB04"), ("ff", "\uFB00"), ("fi", "\uFB01"), ("fl", "\uFB02"),
    ];

    private readonly Dictionary<(PdfDocumentBuilder.AddedFont, char), double> advances = [];
    private readonly Dictionary<PdfDocumentBuilder.AddedFont, HashSet<string>> ligatures = [];

    public FontSet(PdfDocumentBuilder builder, bool ligatures = false)
    {
        Regular = Add(builder, "DejaVuSans.ttf", ligatures);
        Bold = Add(builder, "DejaVuSans-Bold.ttf", ligatures);
        Italic = Add(builder, "DejaVuSans-Oblique.ttf", ligatures);
    }

    public PdfDocumentBuilder.AddedFont Regular { get; }
    public PdfDocumentBuilder.AddedFont Bold { get; }
    public PdfDocumentBuilder.AddedFont Italic { get; }

    /// <summary>The text as drawn with <paramref name="font"/>: letter sequences replaced by the font's ligature glyphs, if enabled.</summary>
    public string Shape(string text, PdfDocumentBuilder.AddedFont font)
    {
        if (!ligatures.TryGetValue(font, out var available) || available.Count == 0 || !text.Contains('f')) return text;
        foreach (var (letters, glyph) in LigatureTable)
        {
            if (available.Contains(glyph)) text = text.Replace(letters, glyph, StringComparison.Ordinal);
        }
        return text;
    }

    /// <summary>Width of <paramref name="text"/> at <paramref name="size"/> points once shaped, from the font's measured advances.</summary>
    public double Width(PdfPageBuilder page, string text, PdfDocumentBuilder.AddedFont font, double size)
    {
        double total = 0;
        foreach (var c in Shape(text, font))
        {
            if (!advances.TryGetValue((font, c), out var advance))
            {
                var letters = page.MeasureText(c.ToString(), 100, new PdfPoint(0, 0), font);
                advance = letters.Count == 0 ? 0 : (letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X) / 100;
                advances[(font, c)] = advance;
            }
            total += advance * size;
        }
        return total;
    }

    private PdfDocumentBuilder.AddedFont Add(PdfDocumentBuilder builder, string name, bool withLigatures)
    {
        var font = builder.AddTrueTypeFont(Load(name));
        if (withLigatures) ligatures[font] = LigatureGlyphs(name);
        return font;
    }

    /// <summary>The ligature code points of <see cref="LigatureTable"/> that the font maps to a glyph (Windows Unicode cmap).</summary>
    private static HashSet<string> LigatureGlyphs(string name)
    {
        if (LigatureCache.TryGetValue(name, out var set)) return set;
        var font = TrueTypeFontParser.Parse(new TrueTypeDataBytes(Load(name)));
        var cmap = font.WindowsUnicodeCMap;
        set = LigatureTable.Select(l => l.Glyph).Where(g => cmap is not null && cmap.CharacterCodeToGlyphIndex(g[0]) != 0).ToHashSet();
        LigatureCache[name] = set;
        return set;
    }

    private static byte[] Load(string name)
    {
        if (!FileCache.TryGetValue(name, out var bytes))
        {
            bytes = File.ReadAllBytes(Path.Combine(FontFolder, name));
            FileCache[name] = bytes;
        }
        return bytes;
    }
}
