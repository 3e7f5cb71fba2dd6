using System.Text.RegularExpressions;
using Search.Pipeline.Extraction;

namespace Search.Pipeline.Metadata;

/// <summary>A summary: the declared one, or the first substantial sentences of the text.</summary>
public static partial class SummaryRule
{
    private const int MaxLength = 300;

    public static string? Infer(ExtractedContent content, SidecarMetadata? sidecar)
    {
        var summary = MetadataText.Pick(sidecar?.Summary, content.Description) ?? FirstSentences(content.FullText, MaxLength);
        return summary is not null && summary.Length > MaxLength ? Shorten(summary, MaxLength) : summary;
    }

    /// <summary>The first one or two substantial sentences (prose, not table rows or headings), at most <paramref name="max"/> characters.</summary>
    public static string? FirstSentences(string text, int max = 300)
    {
        foreach (var para in text.Split("\n\n").Take(200))
        {
            var p = para.Replace('\n', ' ').Trim();
            if (p.Length < 60 || p.Contains(" | ")) continue;
            var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 8) continue;
            if (words.Count(w => FunctionWords.Contains(w.ToLowerInvariant())) < 2) continue; // prose, not a list of names
            var letters = p.Count(char.IsLetter);
            if (letters < p.Length * 0.6 || p.Count(char.IsLower) < letters / 2) continue;
            var sentences = SentenceEnd().Split(p).Where(s => s.Length > 0).ToList();
            var result = sentences[0].Trim();
            if (result.Length < 40 && sentences.Count == 1) continue;
            if (result.Length < 150 && sentences.Count > 1 && result.Length + 1 + sentences[1].Length <= max)
                result += " " + sentences[1].Trim();
            return Shorten(result, max);
        }
        return null;
    }

    private static readonly HashSet<string> FunctionWords =
    [
        "de", "la", "le", "les", "des", "du", "et", "en", "un", "une", "à", "au", "aux", "pour", "par", "sur", "dans",
        "est", "sont", "a", "ont", "qui", "que", "avec", "ce", "cette", "ces", "se", "sa", "son", "ses", "il", "elle", "ne", "pas",
    ];

    /// <summary>A French function word ("de", "la", "pour", "qui"…), any case.</summary>
    internal static bool IsFunctionWord(string word) => FunctionWords.Contains(word.ToLowerInvariant());

    internal static string Shorten(string s, int max)
    {
        if (s.Length <= max) return s;
        var cut = s.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? s[..cut] : s[..(max - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[\p{Lu}«""])")]
    private static partial Regex SentenceEnd();
}
