using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace SampleGenerator.Pdf;

/// <summary>Reads a generated PDF back with PdfPig and compares its words with the ground truth.</summary>
public static partial class PdfVerifier
{
    /// <summary>Problems found (empty when the text reads back word for word).</summary>
    public static IReadOnlyList<string> Check(byte[] pdf, string groundTruth, string? phrase, string? infoTitle)
    {
        var problems = new List<string>();
        using var document = PdfDocument.Open(pdf);
        var expectedPages = groundTruth.Split('\f');
        if (document.NumberOfPages != expectedPages.Length)
            problems.Add($"{document.NumberOfPages} pages, ground truth has {expectedPages.Length}");
        if (document.NumberOfPages is < 2 or > 6) problems.Add($"{document.NumberOfPages} pages (expected 2–6)");
        var all = new List<string>();
        for (var i = 1; i <= document.NumberOfPages && i <= expectedPages.Length; i++)
        {
            var words = document.GetPage(i).GetWords().Select(w => w.Text).ToList();
            all.AddRange(words);
            var bag = words.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
            var missing = new List<string>();
            foreach (var w in Space().Split(expectedPages[i - 1]).Where(w => w.Length > 0))
            {
                if (bag.TryGetValue(w, out var n) && n > 0) bag[w] = n - 1;
                else missing.Add(w);
            }
            if (missing.Count > 0) problems.Add($"page {i}: {missing.Count} words not read back, e.g. {string.Join(" ", missing.Take(5))}");
        }
        if (phrase is not null && !string.Join(' ', all).Contains(phrase, StringComparison.Ordinal))
            problems.Add($"phrase not found: \"{phrase}\"");
        if (infoTitle is { Length: > 0 } && document.Information.Title != infoTitle)
            problems.Add($"Info title reads back as \"{document.Information.Title}\"");
        return problems;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
