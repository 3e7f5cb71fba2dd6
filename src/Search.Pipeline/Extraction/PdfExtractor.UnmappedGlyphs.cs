using Search.Core.Analysis;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;

namespace Search.Pipeline.Extraction;

public sealed partial class PdfExtractor
{
    /// <summary>Repairs the lines of every page in place; the choices made (for the warnings).</summary>
    private static IReadOnlyList<UnmappedGlyphs.Repair> RepairUnmappedGlyphs(List<PageResult> pages, FrenchLexicon lexicon)
    {
        var lines = pages.SelectMany(p => p.Blocks).SelectMany(b => b.Lines);
        if (!lines.Any(l => l.Text.Any(UnmappedGlyphs.IsUnmapped))) return [];
        var repairs = UnmappedGlyphs.Choose(lines.Select(l => l.Text), lexicon);
        if (repairs.Count == 0) return repairs;
        foreach (var block in pages.SelectMany(p => p.Blocks))
        {
            for (var i = 0; i < block.Lines.Count; i++)
                block.Lines[i] = block.Lines[i] with { Text = UnmappedGlyphs.Apply(block.Lines[i].Text, repairs) };
        }
        return repairs;
    }

    /// <summary>
    /// Glyphs without a Unicode mapping inside words: some fonts draw a ligature ("ti", "ft", "tt"…) with a glyph that
    /// neither the ToUnicode map nor the encoding names, so PdfPig gives its raw code (a control character such as
    /// U+001F) or a private-use character, and "collectivités" reads "collec?vités". (Glyph names that say what they
    /// are, such as <c>t_i</c> or <c>uniFB01</c>, are already decoded by PdfPig.) Every such character is one glyph of
    /// the document's fonts, so it stands for the same letters everywhere: for each one, the letters that turn the
    /// most of its words into words of the French word list or of the document's own vocabulary are chosen, and put
    /// back in every word that holds it. A character no candidate explains is left alone (normalisation drops it).
    /// </summary>
    internal static class UnmappedGlyphs
    {
        /// <summary>What an unmapped glyph inside a word may stand for: ligatures of Latin fonts, the common ones first (ties keep the first).</summary>
        internal static readonly string[] Candidates =
            ["ti", "ft", "tt", "fi", "fl", "ff", "ffi", "ffl", "tf", "fj", "st", "ct", "th", "tz", "fb", "fh", "fk", "ffj", "tti", "fti"];

        /// <summary>True for characters that carry no text of their own: controls (not whitespace) and private-use code points.</summary>
        internal static bool IsUnmapped(char c) =>
            (char.IsControl(c) && c is not '\t' and not '\n' and not '\r' and not '\f' and not '\v') || (c >= '\uE000' && c <= '\uF8FF');

        /// <summary>
        /// Per document: letters whose value is a control character although the glyph draws something (a ligature whose
        /// code the font maps to nothing, U+0009 included) get a private-use placeholder, one per font and code, so that
        /// they stay inside their word and are told apart from other fonts' codes. Thread-safe (pages are laid out in parallel).
        /// </summary>
        internal sealed class Placeholders
        {
            private const char First = '\uF780', Last = '\uF7FF';
            private readonly ConcurrentDictionary<(string? Font, char Code), char> map = new();
            private int next = First - 1;

            public IReadOnlyList<Letter> Mark(IReadOnlyList<Letter> letters)
            {
                List<Letter>? marked = null;
                for (var i = 0; i < letters.Count; i++)
                {
                    var l = letters[i];
                    if (l.Value.Length != 1 || !char.IsControl(l.Value[0]) || l.BoundingBox.Width <= 0 || l.BoundingBox.Height <= 0) continue;
                    var placeholder = map.GetOrAdd((l.FontName, l.Value[0]), _ => (char)Math.Min(Interlocked.Increment(ref next), Last));
                    marked ??= [.. letters];
                    marked[i] = new Letter(placeholder.ToString(), l.BoundingBox, l.GlyphRectangleLoose, l.StartBaseLine, l.EndBaseLine, l.Width,
                        l.FontSize, l.FontDetails, l.RenderingMode, l.StrokeColor, l.FillColor, l.PointSize, l.TextSequence);
                }
                return marked ?? letters;
            }

            /// <summary>"code 0x1F of LELDMH+Calibri" for a placeholder, "U+E000" for another character.</summary>
            public string Describe(char c) =>
                map.FirstOrDefault(kv => kv.Value == c) is { Value: not '\0' } kv ? $"code 0x{(int)kv.Key.Code:X2} of {kv.Key.Font}" : $"U+{(int)c:X4}";
        }

        /// <summary>The choice made for one unmapped character: its letters, and how many of its distinct words they explain.</summary>
        internal sealed record Repair(char Glyph, string Letters, int Explained, int Words);

        /// <summary>Chooses letters for each unmapped character of <paramref name="lines"/>; empty when there is none or none is explained.</summary>
        internal static IReadOnlyList<Repair> Choose(IEnumerable<string> lines, FrenchLexicon lexicon)
        {
            var words = new Dictionary<char, HashSet<string>>();
            var vocabulary = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in lines)
            {
                foreach (var word in Words(line))
                {
                    var lower = word.ToLowerInvariant();
                    var glyphs = lower.Where(IsUnmapped).Distinct().ToList();
                    if (glyphs.Count == 0)
                    {
                        if (lower.Length >= 3) vocabulary.Add(lower);
                        continue;
                    }
                    // Words with two different unmapped characters are left to the choices made on simpler words.
                    if (glyphs.Count > 1 || !lower.Any(char.IsLetter)) continue;
                    if (!words.TryGetValue(glyphs[0], out var set)) words[glyphs[0]] = set = new HashSet<string>(StringComparer.Ordinal);
                    set.Add(lower);
                }
            }
            var repairs = new List<Repair>();
            foreach (var (glyph, set) in words)
            {
                string? best = null;
                var bestScore = 0;
                foreach (var letters in Candidates)
                {
                    var score = set.Count(w => Known(w.Replace(glyph.ToString(), letters, StringComparison.Ordinal), lexicon, vocabulary));
                    if (score > bestScore) (best, bestScore) = (letters, score);
                }
                // Most of its words must become known words: a symbol glyph (a bullet glued to a word) explains none or one by chance.
                if (best is not null && bestScore * 2 > set.Count && (bestScore >= 2 || set.Count == 1))
                    repairs.Add(new Repair(glyph, best, bestScore, set.Count));
            }
            return repairs;
        }

        /// <summary>The line with each repaired character replaced by its letters (upper case inside an upper-case word).</summary>
        internal static string Apply(string line, IReadOnlyList<Repair> repairs)
        {
            if (repairs.Count == 0 || !line.Any(IsUnmapped)) return line;
            var sb = new StringBuilder(line.Length + 8);
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                var repair = IsUnmapped(c) ? repairs.FirstOrDefault(r => r.Glyph == c) : null;
                if (repair is null) { sb.Append(c); continue; }
                var before = i > 0 && char.IsLetter(line[i - 1]) ? line[i - 1] : (char?)null;
                var after = i + 1 < line.Length && char.IsLetter(line[i + 1]) ? line[i + 1] : (char?)null;
                var upper = (before is { } b && char.IsUpper(b)) && (after is null || char.IsUpper(after.Value))
                    || (before is null && after is { } a && char.IsUpper(a) && i + 2 < line.Length && char.IsUpper(line[i + 2]));
                sb.Append(upper ? repair.Letters.ToUpperInvariant() : repair.Letters);
            }
            return sb.ToString();
        }

        private static bool Known(string word, FrenchLexicon lexicon, HashSet<string> vocabulary) =>
            vocabulary.Contains(word) || lexicon.Contains(word) || (word.EndsWith('s') && vocabulary.Contains(word[..^1]));

        /// <summary>Runs of letters, combining marks, apostrophe-free, and unmapped characters.</summary>
        private static IEnumerable<string> Words(string line)
        {
            var start = -1;
            for (var i = 0; i <= line.Length; i++)
            {
                var inWord = i < line.Length && (char.IsLetter(line[i]) || IsUnmapped(line[i])
                    || CharUnicodeInfo.GetUnicodeCategory(line[i]) == UnicodeCategory.NonSpacingMark);
                if (inWord && start < 0) start = i;
                else if (!inWord && start >= 0)
                {
                    yield return line[start..i];
                    start = -1;
                }
            }
        }
    }
}
