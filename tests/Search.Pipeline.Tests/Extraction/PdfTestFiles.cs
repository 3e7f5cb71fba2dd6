using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Search.Pipeline.Tests.Extraction;

/// <summary>Small PDFs built with PdfPig's writer.</summary>
public static class PdfTestFiles
{
    public const string DejaVuPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static bool DejaVuMissing => !File.Exists(DejaVuPath);

    /// <summary>Pages of (font size, text) lines, top to bottom; optional running header, footer and page number on every page.</summary>
    public static byte[] Build(IReadOnlyList<IReadOnlyList<(double Size, string Text)>> pages, string? header = null, bool pageNumbers = false,
        string? infoTitle = null, string? infoAuthor = null, bool trueType = false, string? footer = null)
    {
        var builder = new PdfDocumentBuilder();
        var font = trueType ? builder.AddTrueTypeFont(File.ReadAllBytes(DejaVuPath)) : builder.AddStandard14Font(Standard14Font.Helvetica);
        if (infoTitle is not null) builder.DocumentInformation.Title = infoTitle;
        if (infoAuthor is not null) builder.DocumentInformation.Author = infoAuthor;
        if (infoTitle is not null) builder.DocumentInformation.CreationDate = "D:20221129101500+01'00'";
        var n = 0;
        foreach (var lines in pages)
        {
            n++;
            var page = builder.AddPage(PageSize.A4);
            if (header is not null) page.AddText(header, 9, new PdfPoint(50, 810), font);
            var y = 760.0;
            foreach (var (size, text) in lines)
            {
                page.AddText(text, size, new PdfPoint(50, y), font);
                y -= size * 1.6;
            }
            if (footer is not null) page.AddText(footer, 9, new PdfPoint(50, 42), font);
            if (pageNumbers) page.AddText($"Page {n}", 9, new PdfPoint(280, 30), font);
        }
        return builder.Build();
    }
}
