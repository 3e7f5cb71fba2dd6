using System.Globalization;
using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Fonts.Encodings;
using UglyToad.PdfPig.Fonts.Standard14Fonts;

namespace Search.Bench.Scale;

/// <summary>One line of text placed on a PDF page (points from the bottom left corner).</summary>
internal readonly record struct PdfTextLine(string Text, bool Bold, double Size, double X, double Y);

/// <summary>
/// A minimal PDF writer for the generated PDFs: Helvetica and Helvetica-Bold (standard 14 fonts, not embedded) with
/// /WinAnsiEncoding, so French accents, œ, € and typographic quotes are encoded as themselves and read back by any
/// extractor. PdfPig's own builder (0.1.16) maps the codes of standard 14 fonts through StandardEncoding, which has no
/// accented letters: "é" comes back as "Ø" and "à", "ç", "É", "€" are refused. Widths for line breaking come from
/// PdfPig's Adobe font metrics. The output depends only on its input (no clock, no random identifier).
/// </summary>
internal static class ScalePdf
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;

    private static readonly double[] RegularWidths = Widths(Standard14Font.Helvetica);
    private static readonly double[] BoldWidths = Widths(Standard14Font.HelveticaBold);

    /// <summary>Width of each WinAnsi code in thousandths of the font size.</summary>
    private static double[] Widths(Standard14Font font)
    {
        var metrics = Standard14.GetAdobeFontMetrics(font);
        var widths = new double[256];
        var encoding = WinAnsiEncoding.Instance;
        for (var code = 0; code < 256; code++)
        {
            var name = encoding.GetName(code);
            widths[code] = name is not null && metrics.CharacterMetrics.TryGetValue(name, out var m) ? m.Width.X : 556;
        }
        widths[0xA0] = widths[0x20];
        return widths;
    }

    /// <summary>The WinAnsi (Windows-1252) code of a character; characters outside it become "?" (a narrow no-break space becomes a no-break space).</summary>
    public static byte Code(char c)
    {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return (byte)c;
        return c switch
        {
            '€' => 0x80, '‚' => 0x82, 'ƒ' => 0x83, '„' => 0x84, '…' => 0x85, '†' => 0x86, '‡' => 0x87, 'ˆ' => 0x88, '‰' => 0x89,
            'Š' => 0x8A, '‹' => 0x8B, 'Œ' => 0x8C, 'Ž' => 0x8E, '‘' => 0x91, '’' => 0x92, '“' => 0x93, '”' => 0x94, '•' => 0x95,
            '–' => 0x96, '—' => 0x97, '˜' => 0x98, '™' => 0x99, 'š' => 0x9A, '›' => 0x9B, 'œ' => 0x9C, 'ž' => 0x9E, 'Ÿ' => 0x9F,
            '\u202F' => 0xA0,
            _ => (byte)'?',
        };
    }

    public static double Width(string text, bool bold, double size)
    {
        var widths = bold ? BoldWidths : RegularWidths;
        var w = 0.0;
        foreach (var c in text) w += widths[Code(c)];
        return w * size / 1000.0;
    }

    /// <summary>Splits a paragraph into lines no wider than <paramref name="maxWidth"/> points (breaking at spaces).</summary>
    public static void Wrap(string text, bool bold, double size, double maxWidth, List<string> into)
    {
        var widths = bold ? BoldWidths : RegularWidths;
        var scale = size / 1000.0;
        var lineStart = 0;
        var lastSpace = -1;
        var width = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ') lastSpace = i;
            width += widths[Code(c)] * scale;
            if (width > maxWidth && lastSpace > lineStart)
            {
                into.Add(text[lineStart..lastSpace]);
                lineStart = lastSpace + 1;
                i = lineStart - 1;
                lastSpace = -1;
                width = 0;
            }
        }
        if (lineStart < text.Length) into.Add(text[lineStart..]);
    }

    /// <summary>A PDF of the given pages; <paramref name="title"/> may be null (many real PDFs declare none).</summary>
    public static byte[] Write(IReadOnlyList<List<PdfTextLine>> pages, string? title, string author, DateOnly created)
    {
        var output = new MemoryStream(16 * 1024);
        var offsets = new List<long>();
        var pageCount = pages.Count;
        var objectCount = 5 + 2 * pageCount;

        void Ascii(string s)
        {
            Span<byte> buffer = stackalloc byte[256];
            var i = 0;
            while (i < s.Length)
            {
                var n = Math.Min(buffer.Length, s.Length - i);
                for (var k = 0; k < n; k++) buffer[k] = (byte)s[i + k];
                output.Write(buffer[..n]);
                i += n;
            }
        }
        void Begin(int number) { offsets.Add(output.Position); Ascii(number.ToString(CultureInfo.InvariantCulture) + " 0 obj\n"); }

        output.Write("%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n"u8);
        Begin(1);
        Ascii("<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        Begin(2);
        var kids = new StringBuilder("<< /Type /Pages /Kids [");
        for (var p = 0; p < pageCount; p++) kids.Append(' ').Append(6 + 2 * p).Append(" 0 R");
        kids.Append(" ] /Count ").Append(pageCount).Append(" >>\nendobj\n");
        Ascii(kids.ToString());
        Begin(3);
        Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\nendobj\n");
        Begin(4);
        Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>\nendobj\n");
        Begin(5);
        var info = new StringBuilder("<< ");
        if (title is not null) info.Append("/Title ").Append(Utf16Hex(title)).Append(' ');
        info.Append("/Author ").Append(Utf16Hex(author)).Append(" /Producer (Search.Bench.Scale)");
        info.Append(" /CreationDate (D:").Append(created.ToString("yyyyMMdd", CultureInfo.InvariantCulture)).Append("090000Z) >>\nendobj\n");
        Ascii(info.ToString());

        var content = new MemoryStream(8 * 1024);
        for (var p = 0; p < pageCount; p++)
        {
            Begin(6 + 2 * p);
            Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {7 + 2 * p} 0 R >>\nendobj\n");
            content.SetLength(0);
            using (var z = new ZLibStream(content, CompressionLevel.Fastest, leaveOpen: true))
            {
                WriteContent(z, pages[p]);
            }
            Begin(7 + 2 * p);
            Ascii("<< /Length " + content.Length.ToString(CultureInfo.InvariantCulture) + " /Filter /FlateDecode >>\nstream\n");
            content.Position = 0;
            content.CopyTo(output);
            Ascii("\nendstream\nendobj\n");
        }

        var xref = output.Position;
        var sb = new StringBuilder();
        sb.Append("xref\n0 ").Append(objectCount + 1).Append("\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append(o.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        sb.Append("trailer\n<< /Size ").Append(objectCount + 1).Append(" /Root 1 0 R /Info 5 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        Ascii(sb.ToString());
        return output.ToArray();
    }

    private static void WriteContent(Stream z, List<PdfTextLine> lines)
    {
        var buffer = new List<byte>(4096);
        void Text(string s) { foreach (var c in s) buffer.Add((byte)c); }
        Text("BT\n");
        var currentBold = false;
        var currentSize = -1.0;
        foreach (var line in lines)
        {
            if (line.Bold != currentBold || line.Size != currentSize)
            {
                Text(line.Bold ? "/F2 " : "/F1 ");
                Text(Number(line.Size));
                Text(" Tf\n");
                currentBold = line.Bold;
                currentSize = line.Size;
            }
            Text("1 0 0 1 ");
            Text(Number(line.X));
            Text(" ");
            Text(Number(line.Y));
            Text(" Tm (");
            foreach (var c in line.Text)
            {
                var b = Code(c);
                if (b is (byte)'(' or (byte)')' or (byte)'\\') buffer.Add((byte)'\\');
                buffer.Add(b);
            }
            Text(") Tj\n");
        }
        Text("ET\n");
        z.Write(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer));
    }

    private static string Number(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A PDF text string in UTF-16BE with its byte order mark, as hexadecimal.</summary>
    private static string Utf16Hex(string s)
    {
        var sb = new StringBuilder(4 + s.Length * 4).Append("<FEFF");
        foreach (var c in s) sb.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        return sb.Append('>').ToString();
    }
}
