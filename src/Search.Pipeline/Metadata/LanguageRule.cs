
namespace Search.Pipeline.Metadata;

/// <summary>The language of a document (French or English, the two met here).</summary>
public static partial class LanguageRule
{
    private static readonly HashSet<string> FrenchMarkers = ["le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "par", "sur", "qui", "au", "aux", "que", "sont", "pas", "ces", "cette"];
    private static readonly HashSet<string> EnglishMarkers = ["the", "and", "of", "to", "is", "in", "for", "that", "with", "are", "this", "by", "on", "from", "was", "be", "which"];

    /// <summary>
    /// ISO 639-1 code: from common function words of the text when there is enough of it (French vs English,
    /// the two languages met here), else the declared language (HTML lang, XMP dc:language), else null.
    /// </summary>
    public static string? Detect(string? declared, string text)
    {
        int fr = 0, en = 0;
        // The words (letter runs, as \p{L}+ finds them) of the first 20,000 characters, lower-cased only when short
        // enough to be a marker (every marker is two to five ASCII letters).
        var sample = text.AsSpan(0, Math.Min(text.Length, 20_000));
        Span<char> lower = stackalloc char[5];
        var i = 0;
        while (i < sample.Length)
        {
            if (!char.IsLetter(sample[i])) { i++; continue; }
            var start = i;
            while (i < sample.Length && char.IsLetter(sample[i])) i++;
            var length = i - start;
            if (length > 5) continue;
            for (var k = 0; k < length; k++)
            {
                // ASCII letters lower-cased directly (what ToLowerInvariant gives them); only the others go through ICU.
                var c = sample[start + k];
                lower[k] = c < 128 ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);
            }
            var w = lower[..length];
            if (FrenchMarkerLookup.Contains(w)) fr++;
            else if (EnglishMarkerLookup.Contains(w)) en++;
        }
        if (fr + en >= 20)
        {
            if (fr >= en * 2) return "fr";
            if (en >= fr * 2) return "en";
        }
        if (!string.IsNullOrWhiteSpace(declared)) return declared.Trim().ToLowerInvariant() is var d && d.Length >= 2 ? d[..2] : null;
        return fr > en ? "fr" : en > fr ? "en" : null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchMarkerLookup =
        new HashSet<string>(FrenchMarkers, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishMarkerLookup =
        new HashSet<string>(EnglishMarkers, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
