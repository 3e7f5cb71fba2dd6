using System.Text.RegularExpressions;
using Search.Pipeline.Extraction;

namespace Search.Pipeline.Metadata;

/// <summary>Text helpers shared by the metadata rules.</summary>
internal static partial class MetadataText
{
    /// <summary>How many characters of the first pages are searched for cues.</summary>
    public const int CueWindow = 6000;

    /// <summary>A name or subject as a sentence: "COMMUNE DE PIRAE" -> "Commune de Pirae", spaces collapsed, trailing punctuation dropped.</summary>
    public static string Sentence(string s)
    {
        s = WhiteSpaceRun().Replace(s, " ").Trim().TrimEnd('.', ',', ';', ':', '–', '-').Trim();
        if (s.Count(char.IsLetter) > 3 && s.Where(char.IsLetter).All(char.IsUpper))
            s = System.Globalization.CultureInfo.GetCultureInfo("fr-FR").TextInfo.ToTitleCase(s.ToLowerInvariant());
        s = ShortLinkWord().Replace(s, m => m.Value.ToLowerInvariant());
        return s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }

    /// <summary>The value trimmed, or null when it is blank.</summary>
    public static string? Usable(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The first value that is not blank, trimmed.</summary>
    public static string? Pick(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    /// <summary>
    /// The first pages' text, up to <see cref="CueWindow"/> characters (and the blank line that separates a page from the
    /// next, which may end it two characters past the window).
    /// </summary>
    public static string HeadText(ExtractedContent content)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var page in content.Pages.Take(3))
        {
            if (page.Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            // A page that left the text one character short of the window is followed by the separator alone: the count
            // must not go below zero (it did, and the whole file failed: 2 of the first 400 generated PDFs of 1M).
            sb.Append(page, 0, Math.Clamp(CueWindow - sb.Length, 0, page.Length));
            if (sb.Length >= CueWindow) break;
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"\s+")]
    public static partial Regex WhiteSpaceRun();

    [GeneratedRegex(@"\b(De|Du|Des|La|Le|Les|Et|En|Sur|Au|Aux|D'|L')\b")]
    private static partial Regex ShortLinkWord();

    [GeneratedRegex(@"\p{L}+")]
    public static partial Regex WordToken();
}
