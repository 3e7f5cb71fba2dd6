using UglyToad.PdfPig.Content;

namespace Search.Pipeline.Extraction;

public sealed partial class PdfExtractor
{
    /// <summary>
    /// Fake bold: the same glyph drawn twice (or more) at almost the same origin. A letter is dropped when a
    /// letter with the same value was already drawn within a fraction of its width of the same baseline
    /// origin. PdfPig's DuplicateOverlappingTextProcessor compares bounding boxes instead, which drops real
    /// double letters ("fonctionnement", "11 000") in PDFs whose glyph boxes are too wide (Excel exports).
    /// Linear time: origins are bucketed on a 2-point grid.
    /// </summary>
    internal static class FakeBold
    {
        /// <summary>
        /// The cells of one page: an open-addressing table from a cell's key to its last kept letter, each kept letter
        /// chained to the previous one of its cell. Reused by the next page on the same thread (the page's letters were
        /// about a hundred bytes each in a dictionary of lists, a tenth of the worker's allocations).
        /// </summary>
        private sealed class Cells
        {
            [ThreadStatic] private static Cells? t_free;

            public long[] Keys = [];
            public int[] Heads = [];
            public int Mask;
            public double[] X = [];
            public double[] Y = [];
            public string[] Value = [];
            public int[] Next = [];

            public static Cells Rent(int letters)
            {
                var c = t_free ?? new Cells();
                t_free = null;
                var size = 16;
                while (size < letters * 2) size *= 2;
                if (c.Heads.Length < size)
                {
                    c.Keys = new long[size];
                    c.Heads = new int[size];
                }
                c.Mask = size - 1;
                Array.Fill(c.Heads, -1, 0, size);
                if (c.X.Length < letters)
                {
                    c.X = new double[letters];
                    c.Y = new double[letters];
                    c.Value = new string[letters];
                    c.Next = new int[letters];
                }
                return c;
            }

            public void Return()
            {
                Array.Clear(Value);
                t_free = this;
            }

            /// <summary>The slot of <paramref name="key"/>: its own, or the empty one where it would go.</summary>
            public int Slot(long key)
            {
                var h = (ulong)key * 0x9E3779B97F4A7C15UL;
                var slot = (int)(h >> 32) & Mask;
                while (Heads[slot] != -1 && Keys[slot] != key) slot = (slot + 1) & Mask;
                return slot;
            }
        }

        public static IReadOnlyList<Letter> Remove(IReadOnlyList<Letter> letters)
        {
            // Kept letters by 2-point cell of their origin. A letter within the tolerance (at most 1.5 points) of
            // another lies in one of the 3 x 3 cells around it, whatever the cell key collisions.
            var cells = Cells.Rent(letters.Count);
            List<Letter>? kept = null; // created at the first letter dropped: most pages keep them all
            var count = 0;
            for (var i = 0; i < letters.Count; i++)
            {
                var l = letters[i];
                var x = l.StartBaseLine.X;
                var y = l.StartBaseLine.Y;
                var tolerance = Math.Max(0.05, Math.Min(1.5, Math.Abs(l.EndBaseLine.X - x) * 0.3));
                var bx = (long)Math.Floor(x / 2);
                var by = (long)Math.Floor(y / 2);
                if (IsDuplicate(cells, l.Value, x, y, tolerance, bx, by))
                {
                    if (kept is null)
                    {
                        kept = new List<Letter>(letters.Count);
                        for (var k = 0; k < i; k++) kept.Add(letters[k]);
                    }
                    continue;
                }
                kept?.Add(l);
                var slot = cells.Slot(Cell(bx, by));
                cells.Keys[slot] = Cell(bx, by);
                cells.X[count] = x;
                cells.Y[count] = y;
                cells.Value[count] = l.Value;
                cells.Next[count] = cells.Heads[slot];
                cells.Heads[slot] = count;
                count++;
            }
            cells.Return();
            return kept ?? letters;
        }

        private static long Cell(long bx, long by) => (bx << 32) ^ (by & 0xFFFFFFFFL);

        /// <summary>A hair more than the tolerance, so that rounding in <c>x ± tolerance</c> never leaves out a cell that holds a match.</summary>
        private const double CellMargin = 1e-6;

        private static bool IsDuplicate(Cells cells, string value, double x, double y, double tolerance, long bx, long by)
        {
            // Only the cells that [x - tolerance, x + tolerance] x [y - tolerance, y + tolerance] reaches (the tolerance is under
            // a cell's size: one or two per axis, usually one) can hold a match; any other outcome (NaN, infinities) looks at
            // all 3 x 3 as before. Looking at fewer cells never changes the answer: every letter found is tested exactly.
            var dxFrom = (long)Math.Floor((x - tolerance - CellMargin) / 2) == bx ? 0 : -1;
            var dxTo = (long)Math.Floor((x + tolerance + CellMargin) / 2) == bx ? 0 : 1;
            var dyFrom = (long)Math.Floor((y - tolerance - CellMargin) / 2) == by ? 0 : -1;
            var dyTo = (long)Math.Floor((y + tolerance + CellMargin) / 2) == by ? 0 : 1;
            for (var dx = dxFrom; dx <= dxTo; dx++)
            {
                for (var dy = dyFrom; dy <= dyTo; dy++)
                {
                    var slot = cells.Slot(Cell(bx + dx, by + dy));
                    for (var o = cells.Heads[slot]; o != -1; o = cells.Next[o])
                    {
                        if (Math.Abs(cells.X[o] - x) <= tolerance && Math.Abs(cells.Y[o] - y) <= tolerance
                            && string.Equals(cells.Value[o], value, StringComparison.Ordinal))
                            return true;
                    }
                }
            }
            return false;
        }
    }
}
