using SampleGenerator.Model;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using Font = UglyToad.PdfPig.Writer.PdfDocumentBuilder.AddedFont;

namespace SampleGenerator.Pdf;

/// <summary>
/// Lays a <see cref="PdfSample"/> out on A4 pages: title block on page 1, wrapped paragraphs that
/// flow onto next pages, two-column sections, positioned tables, running header and
/// "… — page i/n" footers. Records the placed body text per page as ground truth.
/// With <see cref="PdfSample.Hyphenate"/>, body lines may end with a word split by a hyphen (never the
/// last line of a page or column); with <see cref="PdfSample.Ligatures"/>, "fi", "fl", "ff", "ffi", "ffl"
/// are drawn as ligature glyphs. The ground truth keeps whole words and plain letters.
/// </summary>
public sealed class PdfComposer
{
    private const double PageWidth = 595.28, PageHeight = 841.89;
    private const double Left = 56, Right = PageWidth - 56, Top = PageHeight - 72, Bottom = 64;
    private const double BodySize = 9.6, BodyLeading = 13.2, ColumnGap = 20;

    private readonly PdfSample sample;
    private readonly PdfDocumentBuilder builder = new();
    private readonly FontSet fonts;
    private readonly List<PdfPageBuilder> pages = [];
    private readonly List<List<string>> truth = [];
    private PdfPageBuilder page = null!;
    private double y;
    private int splits;

    private PdfComposer(PdfSample sample)
    {
        this.sample = sample;
        fonts = new FontSet(builder, sample.Ligatures);
    }

    /// <summary>The PDF bytes, the ground-truth text (pages separated by form feeds) and the number of line ends with a split word.</summary>
    public static (byte[] Pdf, string GroundTruth, int Splits) Compose(PdfSample sample)
    {
        var composer = new PdfComposer(sample);
        composer.Run();
        var bytes = DeterministicId.Apply(composer.builder.Build(), sample.FileName);
        var text = string.Join("\f", composer.truth.Select(lines => string.Join("\n", lines) + "\n"));
        return (bytes, text, composer.splits);
    }

    private void Run()
    {
        SetInformation();
        NewPage();
        TitleBlock();
        foreach (var block in Markup.Parse(sample.Body)) Render(block);
        RunningTexts();
    }

    private void SetInformation()
    {
        var info = builder.DocumentInformation;
        info.Title = sample.InfoTitle ?? sample.Title;
        info.Author = sample.InfoAuthor ?? sample.Publisher;
        info.Producer = "SampleGenerator (PdfPig)";
        info.Creator = "SampleGenerator";
        if (sample.InfoDates)
        {
            var d = sample.Date.Replace("-", "");
            info.CreationDate = $"D:{d}093000+01'00'";
            info.ModifiedDate = $"D:{d}093000+01'00'";
        }
    }

    private void NewPage()
    {
        page = builder.AddPage(PageSize.A4);
        pages.Add(page);
        truth.Add([]);
        y = Top;
    }

    private void Advance(double leading)
    {
        if (y - leading < Bottom) NewPage();
        y -= leading;
    }

    private void Put(string text, Font font, double size, double x, double baseline) => Put(new BrokenLine(text, text, false), font, size, x, baseline);

    private void Put(BrokenLine line, Font font, double size, double x, double baseline)
    {
        Draw(page, line.Text, size, x, baseline, font);
        truth[^1].Add(line.Truth);
        if (line.Split) splits++;
    }

    /// <summary>Draws text without recording it, with the font's ligatures when the document uses them.</summary>
    private void Draw(PdfPageBuilder target, string text, double size, double x, double baseline, Font font) =>
        target.AddText(fonts.Shape(text, font), size, new PdfPoint(x, baseline), font);

    private double Width(string text, Font font, double size) => fonts.Width(page, text, font, size);

    private List<string> Wrap(string text, Font font, double size, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Width(candidate, font, size) > width)
            {
                lines.Add(current);
                current = word;
            }
            else current = candidate;
        }
        if (current.Length > 0) lines.Add(current);
        return lines;
    }

    private void TitleBlock()
    {
        page.SetTextAndFillColor(0, 70, 127);
        foreach (var line in sample.Masthead)
        {
            Advance(12);
            Put(line, fonts.Bold, 9, Left, y);
        }
        page.ResetColor();
        y -= 8;
        page.SetStrokeColor(0, 70, 127);
        page.DrawLine(new PdfPoint(Left, y), new PdfPoint(Right, y), 1.5);
        page.ResetColor();
        y -= 10;
        foreach (var line in Wrap(sample.Title, fonts.Bold, 19, Right - Left))
        {
            Advance(24);
            Put(line, fonts.Bold, 19, Left, y);
        }
        if (sample.Subtitle is { } subtitle)
        {
            y -= 4;
            foreach (var line in Wrap(subtitle, fonts.Regular, 12, Right - Left))
            {
                Advance(15);
                Put(line, fonts.Regular, 12, Left, y);
            }
        }
        if (sample.Byline.Count > 0) y -= 4;
        foreach (var line in sample.Byline)
        {
            Advance(12);
            Put(line, fonts.Italic, 8.8, Left, y);
        }
        y -= 8;
        page.DrawLine(new PdfPoint(Left, y), new PdfPoint(Right, y), 0.5);
        y -= 6;
    }

    private void Render(Block block)
    {
        switch (block)
        {
            case Heading h: HeadingLines(h.Text, 12, Left, Right - Left); break;
            case SubHeading s: HeadingLines(s.Text, 10.2, Left, Right - Left); break;
            case Paragraph p: ParagraphLines(p.Text, Left, Right - Left); break;
            case Bullet b: BulletLines(b.Text, Left, Right - Left); break;
            case Table t: TableRows(t); break;
            case Columns c: TwoColumns(c.Blocks); break;
            case PageBreak: NewPage(); break;
        }
    }

    private void HeadingLines(string text, double size, double x, double width)
    {
        var lines = Wrap(text, fonts.Bold, size, width);
        if (y - (lines.Count + 2) * (size + 4) - 8 < Bottom) NewPage();
        else y -= 7;
        page.SetTextAndFillColor(0, 70, 127);
        foreach (var line in lines)
        {
            Advance(size + 4);
            Put(line, fonts.Bold, size, x, y);
        }
        page.ResetColor();
        y -= 2;
    }

    /// <summary>True when the document hyphenates and the line just advanced to is not the last one of the page.</summary>
    private bool MayHyphenate() => sample.Hyphenate && y - BodyLeading >= Bottom;

    private LineBreaker BodyBreaker(string text, double width) => new(text, s => Width(s, fonts.Regular, BodySize), width);

    private void ParagraphLines(string text, double x, double width)
    {
        var breaker = BodyBreaker(text, width);
        while (!breaker.Done)
        {
            Advance(BodyLeading);
            Put(breaker.Next(MayHyphenate()), fonts.Regular, BodySize, x, y);
        }
        y -= 4;
    }

    private void BulletLines(string text, double x, double width)
    {
        var breaker = BodyBreaker(text, width - 12);
        for (var first = true; !breaker.Done; first = false)
        {
            Advance(BodyLeading);
            var line = breaker.Next(MayHyphenate());
            if (first)
            {
                Draw(page, "•", BodySize, x + 2, y, fonts.Regular);
                line = line with { Truth = "• " + line.Truth };
            }
            Put(line, fonts.Regular, BodySize, x + 12, y);
        }
        y -= 2;
    }

    private void TableRows(Table table)
    {
        const double size = 8.6, leading = 12.2;
        var width = Right - Left;
        var cols = table.Rows.Max(r => r.Count);
        var labelWidth = cols <= 2 ? width * 0.62 : cols <= 4 ? width * 0.48 : width * 0.36;
        var step = (width - labelWidth) / (cols - 1);
        double ColumnWidth(int c) => c == 0 ? labelWidth - 8 : step - 6;
        var cells = table.Rows.Select((r, i) => r.Select((cell, c) => Wrap(cell, i == 0 ? fonts.Bold : fonts.Regular, size, ColumnWidth(c))).ToList()).ToList();
        var height = cells.Sum(r => r.Max(c => c.Count) * leading) + 30;
        if (y - height < Bottom) NewPage();
        y -= 6;
        page.DrawLine(new PdfPoint(Left, y), new PdfPoint(Right, y), 0.8);
        for (var r = 0; r < cells.Count; r++)
        {
            var font = r == 0 ? fonts.Bold : fonts.Regular;
            var lineCount = cells[r].Max(c => c.Count);
            for (var l = 0; l < lineCount; l++)
            {
                Advance(leading);
                var parts = new List<string>();
                for (var c = 0; c < cells[r].Count; c++)
                {
                    if (l >= cells[r][c].Count) continue;
                    var text = cells[r][c][l];
                    var x = c == 0 ? Left + 2 : Left + labelWidth + step * c - 4 - Width(text, font, size);
                    Draw(page, text, size, x, y, font);
                    parts.Add(text);
                }
                truth[^1].Add(string.Join(' ', parts));
            }
            if (r == 0)
            {
                y -= 4;
                page.DrawLine(new PdfPoint(Left, y), new PdfPoint(Right, y), 0.5);
            }
        }
        y -= 4;
        page.DrawLine(new PdfPoint(Left, y), new PdfPoint(Right, y), 0.8);
        if (table.Note is { } note)
        {
            foreach (var line in Wrap(note, fonts.Italic, 7.8, width))
            {
                Advance(10.5);
                Put(line, fonts.Italic, 7.8, Left, y);
            }
        }
        y -= 8;
    }

    private sealed record ColumnLine(BrokenLine Line, Font Font, double Size, double Height, double Before, string Prefix = "");

    private void TwoColumns(IReadOnlyList<Block> blocks)
    {
        var colWidth = (Right - Left - ColumnGap) / 2;
        var items = new List<ColumnLine>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading or SubHeading:
                    var text = block is Heading h ? h.Text : ((SubHeading)block).Text;
                    var hl = Wrap(text, fonts.Bold, 10.6, colWidth);
                    for (var i = 0; i < hl.Count; i++) items.Add(new ColumnLine(new BrokenLine(hl[i], hl[i], false), fonts.Bold, 10.6, 14, i == 0 ? 6 : 0));
                    break;
                case Paragraph p:
                    var pl = LineBreaker.All(p.Text, s => Width(s, fonts.Regular, BodySize), colWidth, sample.Hyphenate);
                    for (var i = 0; i < pl.Count; i++) items.Add(new ColumnLine(pl[i], fonts.Regular, BodySize, BodyLeading, i == 0 && items.Count > 0 ? 4 : 0));
                    break;
                case Bullet b:
                    var bl = LineBreaker.All(b.Text, s => Width(s, fonts.Regular, BodySize), colWidth - 12, sample.Hyphenate);
                    for (var i = 0; i < bl.Count; i++) items.Add(new ColumnLine(bl[i], fonts.Regular, BodySize, BodyLeading, i == 0 ? 2 : 0, i == 0 ? "•" : " "));
                    break;
                default:
                    throw new InvalidOperationException($"{block.GetType().Name} is not supported in a two-column section.");
            }
        }
        var index = 0;
        y -= 4;
        while (index < items.Count)
        {
            var available = y - Bottom;
            if (available < 4 * BodyLeading) { NewPage(); available = y - Bottom; }
            var remaining = items.Skip(index).Sum(i => i.Height + i.Before);
            var limit = remaining <= 2 * available ? remaining / 2 : available;
            var leftEnd = Take(index, limit, available);
            var rightEnd = Take(leftEnd, available, available);
            var top = y;
            var yLeft = Place(index, leftEnd, Left, top);
            var yRight = Place(leftEnd, rightEnd, Left + colWidth + ColumnGap, top);
            y = Math.Min(yLeft, yRight);
            index = rightEnd;
            if (index < items.Count) NewPage();
        }
        y -= 6;

        int Take(int from, double target, double max)
        {
            double used = 0;
            var i = from;
            while (i < items.Count)
            {
                var h = items[i].Height + (i == from ? 0 : items[i].Before);
                if (used + h > max) break;
                used += h;
                i++;
                if (used >= target) break;
            }
            // no split word at the foot of a column (its end would be read after the other column)
            if (i < items.Count && i - 1 > from && items[i - 1].Line.Split) i--;
            // keep a column heading with the line that follows it
            if (i < items.Count && i - 1 > from && items[i - 1].Font == fonts.Bold && items[i].Font != fonts.Bold) i--;
            return i;
        }

        double Place(int from, int to, double x, double top)
        {
            var cy = top;
            for (var i = from; i < to; i++)
            {
                var item = items[i];
                cy -= item.Height + (i == from ? 0 : item.Before);
                if (item.Font == fonts.Bold) page.SetTextAndFillColor(0, 70, 127);
                if (item.Prefix.Length > 0)
                {
                    if (item.Prefix == "•") Draw(page, "•", item.Size, x + 2, cy, item.Font);
                    Put(item.Prefix == "•" ? item.Line with { Truth = "• " + item.Line.Truth } : item.Line, item.Font, item.Size, x + 12, cy);
                }
                else Put(item.Line, item.Font, item.Size, x, cy);
                if (item.Font == fonts.Bold) page.ResetColor();
            }
            return cy;
        }
    }

    private void RunningTexts()
    {
        var footer = sample.FooterLabel ?? sample.RunningHeader;
        for (var i = 0; i < pages.Count; i++)
        {
            var p = pages[i];
            p.SetTextAndFillColor(90, 90, 90);
            p.SetStrokeColor(150, 150, 150);
            if (i > 0)
            {
                Draw(p, sample.RunningHeader, 7.8, Left, PageHeight - 40, fonts.Regular);
                p.DrawLine(new PdfPoint(Left, PageHeight - 46), new PdfPoint(Right, PageHeight - 46), 0.4);
            }
            p.DrawLine(new PdfPoint(Left, 46), new PdfPoint(Right, 46), 0.4);
            var text = $"{footer} — page {i + 1}/{pages.Count}";
            Draw(p, text, 7.8, Right - fonts.Width(p, text, fonts.Regular, 7.8), 34, fonts.Regular);
            p.ResetColor();
        }
    }
}
