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
        // NFKC goes through ICU for any non-ASCII line; lines made only of characters that NFKC leaves alone (and that
        // cannot combine with each other) are already normalised.
        if (!IsNfkcStable(s)) s = s.Normalize(NormalizationForm.FormKC);
        // Most lines have nothing to drop or replace: then the loop below would copy them as they are.
        if (!NeedsCleaning(s)) return CollapseSpaces(s);
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

    /// <summary>
    /// True when every character is one that NFKC maps to itself and that composes with none of the others: ASCII,
    /// the Latin-1 letters, œ/Œ, and common French punctuation (quotes, guillemets, dashes, €, °, ©, ®, •). Such a
    /// string is its own NFKC form (<c>TextNormalizerTests</c> checks each character against .NET's normaliser).
    /// </summary>
    public static bool IsNfkcStable(string s)
    {
        foreach (var c in s)
        {
            if (c < 0x80 || c is >= '\u00C0' and <= '\u00FF' and not '\u00D7' and not '\u00F7') continue;
            if (c is '\u0152' or '\u0153' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u2013' or '\u2014'
                or '\u20AC' or '\u00B0' or '\u00A9' or '\u00AE' or '\u2022') continue;
            return false;
        }
        return true;
    }

    /// <summary>True when <see cref="Normalize"/>'s character loop would change something in <paramref name="s"/>.</summary>
    private static bool NeedsCleaning(string s)
    {
        foreach (var ch in s)
        {
            if (ch < 128)
            {
                if (ch is '\n' or ' ') continue;
                if (ch < 32 || ch == 127) return true; // controls (tabs and CR included: they become spaces)
                continue;
            }
            if (ch is '\u00AD' or '\uFFFD' || char.IsWhiteSpace(ch)) return true;
            if (CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Format) return true;
        }
        return false;
    }

    /// <summary>Collapses runs of spaces inside each line and trims lines; drops empty lines runs to a single blank line.</summary>
    public static string CollapseSpaces(string text)
    {
        // Line by line: every run of SpaceRunChars becomes one space, then the line is trimmed (char.IsWhiteSpace),
        // written straight into the result (no string per line).
        var sb = new StringBuilder(text.Length);
        var blank = 0;
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(16, text.Length));
        try
        {
            var start = 0;
            while (true)
            {
                var newline = text.IndexOf('\n', start);
                var raw = text.AsSpan(start, (newline < 0 ? text.Length : newline) - start);
                var n = 0;
                var i = 0;
                while (i < raw.Length)
                {
                    var next = raw[i..].IndexOfAny(SpaceRunChars);
                    if (next < 0) { raw[i..].CopyTo(buffer.AsSpan(n)); n += raw.Length - i; break; }
                    raw.Slice(i, next).CopyTo(buffer.AsSpan(n));
                    n += next;
                    buffer[n++] = ' ';
                    i += next;
                    while (i < raw.Length && SpaceRunChars.Contains(raw[i])) i++;
                }
                var line = buffer.AsSpan(0, n).Trim();
                if (line.Length == 0) blank++;
                else
                {
                    if (sb.Length > 0) sb.Append(blank > 0 ? "\n\n" : "\n");
                    blank = 0;
                    sb.Append(line);
                }
                if (newline < 0) break;
                start = newline + 1;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
        return sb.ToString();
    }

    /// <summary>The characters whose runs become one space: [ \t\r\f\v\u00A0\u2000-\u200B\u202F\u205F\u3000].</summary>
    private static readonly System.Buffers.SearchValues<char> SpaceRunChars = System.Buffers.SearchValues.Create(
        " \t\r\f\v\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u202F\u205F\u3000");

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
}
