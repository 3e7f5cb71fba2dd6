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
        public static IReadOnlyList<Letter> Remove(IReadOnlyList<Letter> letters)
        {
            // Kept letters by 2-point cell of their origin. A letter within the tolerance (at most 1.5 points) of
            // another lies in one of the 3 x 3 cells around it, whatever the cell key collisions.
            var seen = new Dictionary<long, List<Letter>>(letters.Count);
            var kept = new List<Letter>(letters.Count);
            foreach (var l in letters)
            {
                var x = l.StartBaseLine.X;
                var y = l.StartBaseLine.Y;
                var tolerance = Math.Max(0.05, Math.Min(1.5, Math.Abs(l.EndBaseLine.X - x) * 0.3));
                var bx = (long)Math.Floor(x / 2);
                var by = (long)Math.Floor(y / 2);
                if (IsDuplicate(seen, l.Value, x, y, tolerance, bx, by)) continue;
                kept.Add(l);
                var key = Cell(bx, by);
                if (!seen.TryGetValue(key, out var list)) seen[key] = list = new List<Letter>(2);
                list.Add(l);
            }
            return kept;
        }

        private static long Cell(long bx, long by) => (bx << 32) ^ (by & 0xFFFFFFFFL);

        /// <summary>A hair more than the tolerance, so that rounding in <c>x ± tolerance</c> never leaves out a cell that holds a match.</summary>
        private const double CellMargin = 1e-6;

        private static bool IsDuplicate(Dictionary<long, List<Letter>> seen, string value, double x, double y, double tolerance, long bx, long by)
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
                    if (!seen.TryGetValue(Cell(bx + dx, by + dy), out var near)) continue;
                    foreach (var o in near)
                    {
                        if (Math.Abs(o.StartBaseLine.X - x) <= tolerance && Math.Abs(o.StartBaseLine.Y - y) <= tolerance
                            && string.Equals(o.Value, value, StringComparison.Ordinal))
                            return true;
                    }
                }
            }
            return false;
        }
    }
}
