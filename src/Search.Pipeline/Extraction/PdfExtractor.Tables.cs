namespace Search.Pipeline.Extraction;

public sealed partial class PdfExtractor
{
    /// <summary>
    /// Tables drawn as positioned text come out of page segmentation as one block per column. Blocks of
    /// short lines that sit side by side and share baselines are merged back into rows: each physical
    /// line of the table becomes one line, its cells left to right. Columns of running text (long lines)
    /// are never merged.
    /// </summary>
    private static class TableRows
    {
        private const double MaxWordsPerCellLine = 4.5;

        public static List<PdfBlock> Merge(List<PdfBlock> blocks, double pageWidth)
        {
            var n = blocks.Count;
            if (n < 2) return blocks;
            var cellish = blocks.Select(b => IsCellish(b, pageWidth)).ToArray();
            // Each block's extent, computed once: the pairs below are quadratic in the blocks of a page.
            var extents = new Extent[n];
            for (var i = 0; i < n; i++)
            {
                if (cellish[i]) extents[i] = Extent.Of(blocks[i]);
            }
            var parent = Enumerable.Range(0, n).ToArray();
            int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
            var merged = false;
            for (var i = 0; i < n; i++)
            {
                if (!cellish[i]) continue;
                for (var j = i + 1; j < n; j++)
                {
                    if (!cellish[j] || !SideBySide(extents[i], extents[j]) || SharedBaselines(blocks[i], blocks[j]) < 2) continue;
                    parent[Find(j)] = Find(i);
                    merged = true;
                }
            }
            if (!merged) return blocks;

            var groups = Enumerable.Range(0, n).GroupBy(Find).Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.ToList());
            var result = new List<PdfBlock>(n);
            for (var i = 0; i < n; i++)
            {
                var root = Find(i);
                if (!groups.TryGetValue(root, out var members)) { result.Add(blocks[i]); continue; }
                if (members[0] != i) continue; // the table goes where its first block was read
                result.Add(new PdfBlock(Rows(members.SelectMany(m => blocks[m].Lines)), IsTable: true));
            }
            return result;
        }

        /// <summary>Not running text, and narrower than half the page.</summary>
        private static bool IsCellish(PdfBlock b, double pageWidth) =>
            !IsRunningText(b) && (pageWidth <= 0 || b.Lines.Max(l => l.Right - l.Left) < pageWidth * 0.45);

        /// <summary>
        /// Wrapped prose: several words per line and every line but the last about as wide as the widest
        /// (a column of table cells has ragged widths, or few words).
        /// </summary>
        private static bool IsRunningText(PdfBlock b)
        {
            if (b.Lines.Average(l => WordCount(l.Text)) <= MaxWordsPerCellLine) return false;
            if (b.Lines.Count < 2) return true;
            var max = b.Lines.Max(l => l.Right - l.Left);
            var full = b.Lines.Take(b.Lines.Count - 1).Count(l => l.Right - l.Left >= max * 0.85);
            return full >= (b.Lines.Count - 1) * 0.7;
        }

        /// <summary><c>text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length</c>, without the words' strings.</summary>
        private static int WordCount(string text)
        {
            var count = 0;
            var inWord = false;
            foreach (var c in text)
            {
                if (c == ' ') inWord = false;
                else if (!inWord)
                {
                    inWord = true;
                    count++;
                }
            }
            return count;
        }

        /// <summary>The leftmost left, rightmost right, highest top and lowest bottom of a block's lines.</summary>
        private readonly record struct Extent(double Left, double Right, double Top, double Bottom)
        {
            public static Extent Of(PdfBlock b) =>
                new(b.Lines.Min(l => l.Left), b.Lines.Max(l => l.Right), b.Lines.Max(l => l.Top), b.Lines.Min(l => l.Bottom));
        }

        private static bool SideBySide(Extent a, Extent b)
        {
            var horizontallyApart = a.Right <= b.Left + 1 || b.Right <= a.Left + 1;
            var overlap = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
            return horizontallyApart && overlap > 0;
        }

        private static int SharedBaselines(PdfBlock a, PdfBlock b)
        {
            var shared = 0;
            foreach (var la in a.Lines)
            {
                var tolerance = Math.Max(1, la.FontSize * 0.3);
                foreach (var lb in b.Lines)
                {
                    if (Math.Abs(la.Bottom - lb.Bottom) <= tolerance)
                    {
                        shared++;
                        break;
                    }
                }
            }
            return shared;
        }

        /// <summary>Lines clustered by baseline, top to bottom; fragments of a row left to right.</summary>
        private static List<PdfLine> Rows(IEnumerable<PdfLine> lines)
        {
            var rows = new List<List<PdfLine>>();
            foreach (var line in lines.OrderByDescending(l => l.Bottom))
            {
                var row = rows.Count > 0 ? rows[^1] : null;
                if (row is not null && Math.Abs(row[0].Bottom - line.Bottom) <= Math.Max(1, row[0].FontSize * 0.3)) row.Add(line);
                else rows.Add([line]);
            }
            return rows.Select(r =>
            {
                var cells = r.OrderBy(l => l.Left).ToList();
                return new PdfLine(string.Join(" ", cells.Select(c => c.Text)), cells.Average(c => c.FontSize),
                    cells.Max(c => c.Top), cells.Min(c => c.Bottom), cells.Min(c => c.Left), cells.Max(c => c.Right));
            }).ToList();
        }
    }
}
