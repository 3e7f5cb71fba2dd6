using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace SampleGenerator.Pdf;

/// <summary>
/// The DejaVu TrueType fonts added to one document, with cached glyph advances for line wrapping.
/// (PdfPig's Standard-14 fonts cannot encode "É", "œ" or "’", so every document embeds subsets of DejaVu.)
/// </summary>
public sealed class FontSet
{
    private const string FontFolder = "/usr/share/fonts/truetype/dejavu/";
    private static readonly Dictionary<string, byte[]> FileCache = [];
    private readonly Dictionary<(PdfDocumentBuilder.AddedFont, char), double> advances = [];

    public FontSet(PdfDocumentBuilder builder)
    {
        Regular = builder.AddTrueTypeFont(Load("DejaVuSans.ttf"));
        Bold = builder.AddTrueTypeFont(Load("DejaVuSans-Bold.ttf"));
        Italic = builder.AddTrueTypeFont(Load("DejaVuSans-Oblique.ttf"));
    }

    public PdfDocumentBuilder.AddedFont Regular { get; }
    public PdfDocumentBuilder.AddedFont Bold { get; }
    public PdfDocumentBuilder.AddedFont Italic { get; }

    /// <summary>Width of <paramref name="text"/> at <paramref name="size"/> points, from the font's measured advances.</summary>
    public double Width(PdfPageBuilder page, string text, PdfDocumentBuilder.AddedFont font, double size)
    {
        double total = 0;
        foreach (var c in text)
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
