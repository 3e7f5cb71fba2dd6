using System.IO.Compression;
using System.Text;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>PDFs crafted to break an extractor: written byte by byte with a valid cross-reference table.</summary>
public static class HostilePdfs
{
    /// <summary>A one-page PDF whose page dictionary holds an array nested <paramref name="depth"/> levels deep (recursive parsers overflow the stack).</summary>
    public static byte[] DeeplyNested(int depth = 500_000)
    {
        var nested = new string('[', depth) + new string(']', depth);
        return Write(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Junk {nested} >>",
            Stream("BT /F1 12 Tf 72 720 Td (Bonjour) Tj ET"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    }

    /// <summary>A one-page PDF whose page draws a form XObject that draws itself (endless recursion in extractors without a guard).</summary>
    public static byte[] SelfDrawingForm() => Write(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> >>",
        Stream("BT /F1 12 Tf 72 720 Td (Bonjour) Tj ET /X1 Do"),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        FormStream("BT /F1 12 Tf 72 700 Td (encore) Tj ET /X1 Do", "/Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >>"));

    /// <summary>A content stream whose TJ operand is an array nested <paramref name="depth"/> levels deep.</summary>
    public static byte[] NestedContentArray(int depth = 1_000_000) => Write(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        DeflatedStream("BT /F1 12 Tf 72 720 Td " + new string('[', depth) + "(x)" + new string(']', depth) + " TJ ET"),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

    private static byte[] FormStream(string content, string extra) =>
        Encoding.ASCII.GetBytes($"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] {extra} /Length {content.Length} >>\nstream\n{content}\nendstream");

    /// <summary>A one-page PDF whose (compressed, small on disk) content stream draws <paramref name="glyphRuns"/> text runs: slow and memory-hungry to lay out.</summary>
    public static byte[] HugeContentStream(int glyphRuns = 3_000_000)
    {
        var content = new StringBuilder(glyphRuns * 24);
        content.Append("BT /F1 4 Tf\n");
        for (var i = 0; i < glyphRuns; i++)
        {
            // Scattered positions so every glyph is its own word candidate.
            var x = i * 7919 % 560 + 10;
            var y = i * 104729 % 800 + 20;
            content.Append("1 0 0 1 ").Append(x).Append(' ').Append(y).Append(" Tm (ab) Tj\n");
        }
        content.Append("ET");
        return Write(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            DeflatedStream(content.ToString()),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    }

    /// <summary>A one-page PDF whose small compressed content stream inflates to <paramref name="megabytes"/> MB (a decompression bomb).</summary>
    public static byte[] InflationBomb(int megabytes = 800)
    {
        using var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write("BT /F1 12 Tf 72 720 Td (Bonjour) Tj ET\n"u8);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < megabytes; i++) z.Write(spaces);
        }
        var data = ms.ToArray();
        var head = Encoding.ASCII.GetBytes($"<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n");
        return Write(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            (byte[])[.. head, .. data, .. "\nendstream"u8.ToArray()],
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    }

    private static byte[] Stream(string content) =>
        Encoding.ASCII.GetBytes($"<< /Length {content.Length} >>\nstream\n{content}\nendstream");

    private static byte[] DeflatedStream(string content)
    {
        using var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, CompressionLevel.SmallestSize, leaveOpen: true)) z.Write(Encoding.ASCII.GetBytes(content));
        var data = ms.ToArray();
        var head = Encoding.ASCII.GetBytes($"<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n");
        return [.. head, .. data, .. "\nendstream"u8.ToArray()];
    }

    private static byte[] Write(params object[] objects)
    {
        using var ms = new MemoryStream();
        void Put(string s) => ms.Write(Encoding.ASCII.GetBytes(s));
        Put("%PDF-1.7\n%\u00e2\u00e3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(ms.Position);
            Put($"{i + 1} 0 obj\n");
            if (objects[i] is byte[] b) ms.Write(b); else Put((string)objects[i]);
            Put("\nendobj\n");
        }
        var xref = ms.Position;
        Put($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Put($"{o:D10} 00000 n \n");
        Put($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return ms.ToArray();
    }
}
