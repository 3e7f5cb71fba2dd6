using System.IO.Compression;
using System.Text;
using Search.Pipeline.Extraction;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>Pages without a usable text layer are detected and reported one by one, with the reason.</summary>
public class PagesWithoutTextTests
{
    [Fact]
    public void EachPageWithoutTextIsReportedWithItsReason()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var text = builder.AddPage(PageSize.A4);
        text.AddText("Les comptes des communes retracent les recettes et les depenses de l'annee.", 11, new PdfPoint(50, 760), font);
        var scan = builder.AddPage(PageSize.A4);
        scan.AddPng(GrayPng(40, 40), new PdfRectangle(50, 400, 550, 800));
        var garbage = builder.AddPage(PageSize.A4);
        garbage.AddText("Xkqzt Bvcxwq Qwrtpz Zxcvbn Mnbvcx Lkjhgf Pqrstv Wxzvbn Hjklmn Dfghjk", 11, new PdfPoint(50, 760), font);
        garbage.AddText("Qzxwvt Rtpqzx Vbnmkl Cvbxzq Lkjhgt Nmbvcx Tzrqwx Wpqzxr Bcdfgh Kjhgfd", 11, new PdfPoint(50, 740), font);
        using var dir = new TempDir();
        var c = new PdfExtractor().Extract(dir.Write("mixed.pdf", builder.Build()));

        Assert.Equal(TextQuality.Partial, c.Quality);
        Assert.Equal([2, 3], c.PagesWithoutText);
        Assert.Equal([PageIssueKind.ImageOnly, PageIssueKind.Garbage], c.PageIssues.Select(i => i.Kind));
        Assert.Equal("", c.Pages[1]);
        Assert.Equal("", c.Pages[2]); // garbage is not indexed
        Assert.Contains("recettes et les depenses", c.Pages[0]);
        Assert.Equal("page 2: no text layer (image only); page 3: no usable text (implausible words)", c.DescribePagesWithoutText());
    }

    [Fact]
    public void ImageOnlyDocumentIsNoTextAndSurvivesTheWorker()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).AddPng(GrayPng(20, 20), new PdfRectangle(50, 400, 550, 800));
        using var dir = new TempDir();
        using var registry = new ExtractorRegistry();
        var c = registry.Extract(dir.Write("scan.pdf", builder.Build()));
        Assert.Equal(TextQuality.NoText, c.Quality);
        Assert.Equal(PageIssueKind.ImageOnly, Assert.Single(c.PageIssues).Kind);
    }

    /// <summary>A valid grayscale PNG of the given size (a gradient).</summary>
    private static byte[] GrayPng(int width, int height)
    {
        var raw = new byte[(width + 1) * height];
        for (var y = 0; y < height; y++)
        {
            raw[y * (width + 1)] = 0; // filter: none
            for (var x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = (byte)((x + y) * 255 / (width + height));
        }
        using var idat = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionLevel.Optimal, leaveOpen: true)) z.Write(raw);
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, width);
        WriteBigEndian(header, 4, height);
        header[8] = 8; // bit depth
        header[9] = 0; // grayscale
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var len = new byte[4];
        WriteBigEndian(len, 0, data.Length);
        s.Write(len);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        s.Write(typeBytes);
        s.Write(data);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, (int)Crc32([.. typeBytes, .. data]));
        s.Write(crc);
    }

    private static void WriteBigEndian(byte[] b, int at, int v)
    {
        b[at] = (byte)(v >> 24);
        b[at + 1] = (byte)(v >> 16);
        b[at + 2] = (byte)(v >> 8);
        b[at + 3] = (byte)v;
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
