using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Search.Pipeline.Extraction;

/// <summary>
/// Cleans text coming out of PDF/HTML extraction: detached accents recomposed, ligatures expanded (NFKC,
/// œ/æ kept), control and private-use characters dropped, whitespace collapsed inside lines.
/// </summary>
public static partial class TextNormalizer
{
    // Spacing accent -> combining mark.
    private static readonly Dictionary<char, char> SpacingAccents = new()
    {
        ['\u00B4'] = '\u0301', // ´ acute
        ['\u02CA'] = '\u0301', // ˊ modifier acute
        ['`'] = '\u0300',      // grave
        ['\u02CB'] = '\u0300', // ˋ modifier grave
        ['\u02C6'] = '\u0302', // ˆ circumflex
                ['\u00A8'] = '\u0308', // ¨ diaeresis
        ['\u00B8'] = '\u0327', // ¸ cedilla
        ['\u02DC'] = '\u0303', // ˜ tilde
    };

    /// <summary>Bases a French accent can sit on, per combining mark.</summary>
    private static bool IsValidBase(char letter, char mark)
    {
        var c = char.ToLowerInvariant(letter);
        return mark switch
        {
            '\u0301' => c is 'e' or 'a' or 'o' or 'i' or 'u' or 'y',
            '\u0300' => c is 'a' or 'e' or 'u',
            '\u0302' => c is 'a' or 'e' or 'i' or 'o' or 'u',
            '\u0308' => c is 'e' or 'i' or 'u' or 'y' or 'o' or 'a',
            '\u0327' => c is 'c',
            '\u0303' => c is 'n' or 'a' or 'o',
            _ => false,
        };
    }

    /// <summary>Full normalisation of one line or paragraph (no newlines expected, but they are kept).</summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var s = RecomposeDetachedAccents(text);
        s = s.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (ch == '\n') { sb.Append('\n'); continue; }
            if (ch == '\u00AD') continue; // soft hyphen
            if (cat is UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Format)
            {
                if (char.IsWhiteSpace(ch)) sb.Append(' ');
                continue;
            }
            if (ch == '\uFFFD') continue;
            sb.Append(char.IsWhiteSpace(ch) ? ' ' : ch);
        }
        return CollapseSpaces(sb.ToString());
    }

    /// <summary>Collapses runs of spaces inside each line and trims lines; drops empty lines runs to a single blank line.</summary>
    public static string CollapseSpaces(string text)
    {
        var lines = text.Split('\n');
        var sb = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var raw in lines)
        {
            var line = SpaceRun().Replace(raw, " ").Trim();
            if (line.Length == 0)
            {
                blank++;
                continue;
            }
            if (sb.Length > 0) sb.Append(blank > 0 ? "\n\n" : "\n");
            blank = 0;
            sb.Append(line);
        }
        return sb.ToString();
    }

    /// <summary>"Universite ´" / "Universit´e" / "e´" -> "Université".</summary>
    public static string RecomposeDetachedAccents(string text)
    {
        if (text.IndexOfAny(['\u00B4', '\u02CA', '`', '\u02CB', '\u02C6', '\u00A8', '\u00B8', '\u02DC']) < 0) return text;
        var chars = new List<char>(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (!SpacingAccents.TryGetValue(ch, out var mark))
            {
                chars.Add(ch);
                continue;
            }
            // Candidate previous base: directly before, or before one space ("Universite ´").
            var prevIdx = chars.Count - 1;
            var prevSpaced = false;
            if (prevIdx >= 1 && chars[prevIdx] == ' ') { prevIdx--; prevSpaced = true; }
            var prevOk = prevIdx >= 0 && char.IsLetter(chars[prevIdx]) && IsValidBase(chars[prevIdx], mark);
            var nextOk = i + 1 < text.Length && char.IsLetter(text[i + 1]) && IsValidBase(text[i + 1], mark);
            if (prevOk && !nextOk)
            {
                if (prevSpaced) chars.RemoveAt(chars.Count - 1);
                chars.Add(mark);
                continue;
            }
            if (nextOk)
            {
                chars.Add(text[i + 1]);
                chars.Add(mark);
                i++;
                continue;
            }
            chars.Add(ch);
        }
        return new string(chars.ToArray()).Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"[ \t\r\f\v\u00A0\u2000-\u200B\u202F\u205F\u3000]+")]
    private static partial Regex SpaceRun();
}
