using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace SampleGenerator.Pdf;

/// <summary>Reads a generated PDF back with PdfPig and compares its words with the ground truth.</summary>
public static partial class PdfVerifier
{
    /// <summary>Problems found (empty when the text reads back word for word, split words and ligatures resolved).</summary>
    public static IReadOnlyList<string> Check(byte[] pdf, string groundTruth, string? phrase, string? infoTitle, int minPages = 2)
    {
        var problems = new List<string>();
        using var document = PdfDocument.Open(pdf);
        var expectedPages = groundTruth.Split('\f');
        if (document.NumberOfPages != expectedPages.Length)
            problems.Add($"{document.NumberOfPages} pages, ground truth has {expectedPages.Length}");
        if (document.NumberOfPages < minPages || document.NumberOfPages > 6) problems.Add($"{document.NumberOfPages} pages (expected {minPages}–6)");
        var all = new List<string>();
        for (var i = 1; i <= document.NumberOfPages && i <= expectedPages.Length; i++)
        {
            var expected = Space().Split(expectedPages[i - 1]).Where(w => w.Length > 0).ToList();
            var words = document.GetPage(i).GetWords().Select(w => ExpandLigatures(w.Text)).ToList();
            all.AddRange(words);
            var bag = words.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
            var missing = new List<string>();
            foreach (var w in expected)
            {
                if (bag.TryGetValue(w, out var n) && n > 0) bag[w] = n - 1;
                else missing.Add(w);
            }
            // A word split at a line end reads back as its head ("collecti-", "Île-de-") and its tail ("vités", "France").
            missing.RemoveAll(w => TakeSplit(bag, w));
            if (missing.Count > 0) problems.Add($"page {i}: {missing.Count} words not read back, e.g. {string.Join(" ", missing.Take(5))}");
        }
        if (phrase is not null && !string.Join(' ', all).Contains(phrase, StringComparison.Ordinal))
            problems.Add($"phrase not found: \"{phrase}\"");
        if (infoTitle is { Length: > 0 } && document.Information.Title != infoTitle)
            problems.Add($"Info title reads back as \"{document.Information.Title}\"");
        return problems;
    }

    /// <summary>Consumes a head ending with "-" and the matching tail of <paramref name="word"/> from the bag, if both are there.</summary>
    private static bool TakeSplit(Dictionary<string, int> bag, string word)
    {
        foreach (var (head, count) in bag)
        {
            if (count == 0 || head.Length < 2 || head[^1] != '-') continue;
            var compound = word.StartsWith(head, StringComparison.Ordinal);
            if (!compound && !word.StartsWith(head[..^1], StringComparison.Ordinal)) continue;
            var tail = word[(compound ? head.Length : head.Length - 1)..];
            if (tail.Length == 0 || !bag.TryGetValue(tail, out var n) || n == 0) continue;
            bag[head] = count - 1;
            bag[tail] = n - 1;
            return true;
        }
        return false;
    }

    /// <summary>Letters of the PDF whose text is a ligature code point (U+FB00–U+FB04).</summary>
    public static int CountLigatures(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Sum(p => p.Letters.Count(l => l.Value.Any(IsLigature)));
    }

    private static bool IsLigature(char c) => c is >= '\uFB00' and <= '\uFB04';

    private static string ExpandLigatures(string text) => !text.Any(IsLigature) ? text : text
        .Replace("\uFB00", "ff").Replace("\uFB01", "fi").Replace("\uFB02", "fl").Replace("\uFB03", "ffi").Replace("\uFB04", "ffl");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
