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
            var seen = new Dictionary<(string, long, long), List<Letter>>();
            var kept = new List<Letter>(letters.Count);
            foreach (var l in letters)
            {
                var x = l.StartBaseLine.X;
                var y = l.StartBaseLine.Y;
                var tolerance = Math.Max(0.05, Math.Min(1.5, Math.Abs(l.EndBaseLine.X - x) * 0.3));
                var bx = (long)Math.Floor(x / 2);
                var by = (long)Math.Floor(y / 2);
                var duplicate = false;
                for (var dx = -1; dx <= 1 && !duplicate; dx++)
                {
                    for (var dy = -1; dy <= 1 && !duplicate; dy++)
                    {
                        if (!seen.TryGetValue((l.Value, bx + dx, by + dy), out var near)) continue;
                        duplicate = near.Any(o => Math.Abs(o.StartBaseLine.X - x) <= tolerance && Math.Abs(o.StartBaseLine.Y - y) <= tolerance);
                    }
                }
                if (duplicate) continue;
                kept.Add(l);
                var key = (l.Value, bx, by);
                if (!seen.TryGetValue(key, out var list)) seen[key] = list = [];
                list.Add(l);
            }
            return kept;
        }
    }
}
