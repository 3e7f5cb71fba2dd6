using System.Globalization;
using System.Text;

namespace Search.Core.Territories;

/// <summary>One word of a text: its folded form (lower case, no diacritics) and where it is.</summary>
/// <remarks><paramref name="SentenceStart"/>: after a line break or a sentence or clause end ('.', '!', '?', ':', ';');
/// <paramref name="AfterFullStop"/>: after '.', '!' or '?' only (a new sentence, not a label's value).</remarks>
public readonly record struct TerritoryToken(string Folded, int Start, int End, bool Capitalized, bool AllUpper, bool SentenceStart, bool AfterFullStop = false);

/// <summary>
/// Word splitting and folding shared by the gazetteer (names) and the recognizer (texts), so that a
/// name and its mention always produce the same keys. Hyphens, apostrophes and spaces separate
/// words: "Saint-Brieuc", "Saint Brieuc" and "St-Brieuc" are the same key.
/// </summary>
public static class TerritoryText
{
    public static List<TerritoryToken> Tokenize(string text)
    {
        var tokens = new List<TerritoryToken>(text.Length / 6 + 1);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            // One pass over the word's characters: where it ends, whether it needs folding (a capital or a character past
            // ASCII), and its letters and capitals (ASCII by ranges, the rest by the char methods).
            var fold = false;
            var letters = 0;
            var upper = 0;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c < 128)
                {
                    if ((uint)(c - 'a') <= 'z' - 'a') letters++;
                    else if ((uint)(c - 'A') <= 'Z' - 'A') { letters++; upper++; fold = true; }
                    else if ((uint)(c - '0') > 9) break;
                    continue;
                }
                if (!char.IsLetterOrDigit(c) && char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) break;
                fold = true;
                if (!char.IsLetter(c)) continue;
                letters++;
                if (char.IsUpper(c)) upper++;
            }
            var word = text.AsSpan(start, i - start);
            var folded = Expand(fold ? FoldSpan(word) : new string(word));
            var (sentenceStart, afterFullStop) = Before(text, start);
            tokens.Add(new TerritoryToken(
                folded, start, i,
                Capitalized: char.IsUpper(word[0]) || char.IsDigit(word[0]),
                AllUpper: letters > 1 && upper == letters,
                SentenceStart: sentenceStart,
                AfterFullStop: afterFullStop));
        }
        return tokens;
    }

    /// <summary>The key of a name: its folded words joined by single spaces.</summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        var i = 0;
        while (i < name.Length)
        {
            if (!char.IsLetterOrDigit(name[i])) { i++; continue; }
            var start = i;
            while (i < name.Length && (char.IsLetterOrDigit(name[i]) || char.GetUnicodeCategory(name[i]) == UnicodeCategory.NonSpacingMark)) i++;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(Expand(Fold(name[start..i])));
        }
        return sb.ToString();
    }

    /// <summary>Lower case without diacritics (œ -> oe). Latin letters come from a table (no Unicode normalisation per call: loading the gazetteer stays fast).</summary>
    public static string Fold(string text)
    {
        foreach (var c in text)
        {
            if (c > 127 || char.IsUpper(c)) return FoldSpan(text);
        }
        return text;
    }

    /// <summary><see cref="Fold(string)"/> of a part of a text, without cutting it out first.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c > 127 || char.IsUpper(c)) return FoldSpan(text);
        }
        return new string(text);
    }

    private static string FoldSpan(ReadOnlySpan<char> text)
    {
        // Most words fit a stack buffer (a table entry is one or two letters); anything longer goes through a builder.
        Span<char> buffer = stackalloc char[text.Length <= 64 ? text.Length * 2 + 2 : 0];
        if (buffer.Length > 0)
        {
            var n = 0;
            foreach (var c in text)
            {
                if (c < 128)
                {
                    if (n == buffer.Length) return FoldWithBuilder(text);
                    buffer[n++] = char.ToLowerInvariant(c);
                    continue;
                }
                var piece = c < FoldTable.Length ? FoldTable[c] : FoldSlow(c.ToString());
                if (n + piece.Length > buffer.Length) return FoldWithBuilder(text);
                piece.CopyTo(buffer[n..]);
                n += piece.Length;
            }
            return new string(buffer[..n]);
        }
        return FoldWithBuilder(text);
    }

    private static string FoldWithBuilder(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length + 2);
        foreach (var c in text)
        {
            if (c < 128) sb.Append(char.ToLowerInvariant(c));
            else if (c < FoldTable.Length) sb.Append(FoldTable[c]);
            else sb.Append(FoldSlow(c.ToString()));
        }
        return sb.ToString();
    }

    private static readonly string[] FoldTable = Enumerable.Range(0, 0x0250).Select(i => FoldSlow(((char)i).ToString())).ToArray();

    private static string FoldSlow(string text) => Querying.QueryText.Fold(text);

    private static string Expand(string folded) => folded switch
    {
        "st" => "saint",
        "ste" => "sainte",
        "sts" => "saints",
        "stes" => "saintes",
        _ => folded,
    };

    /// <summary>
    /// What is before a word, in one backward scan over the spaces and quotes, dashes and bullets before it: whether it
    /// begins a sentence or a line (after a line break or a '.', '!', '?', ':', ';', or at the start: its capital says
    /// nothing then), and whether it follows a full stop ('.', '!' or '?', line breaks between them included).
    /// </summary>
    private static (bool SentenceStart, bool AfterFullStop) Before(string text, int start)
    {
        var lineBreak = false;
        for (var j = start - 1; j >= 0; j--)
        {
            var c = text[j];
            if (c == '\n') { lineBreak = true; continue; }
            if (char.IsWhiteSpace(c) || c is '"' or '«' or '(' or '\'' or '’' or '-' or '–' or '—' or '•') continue;
            var fullStop = c is '.' or '!' or '?';
            return (lineBreak || fullStop || c is ':' or ';', fullStop);
        }
        return (true, false);
    }

    /// <summary>True when nothing but spaces, hyphens, apostrophes or a single line break separates two words of one name.</summary>
    public static bool Joinable(string text, int from, int to)
    {
        var breaks = 0;
        for (var j = from; j < to; j++)
        {
            var c = text[j];
            if (c == '\n') { if (++breaks > 1) return false; continue; }
            if (char.IsWhiteSpace(c) || c is '-' or '\'' or '’' or '‑' or '–') continue;
            return false;
        }
        return true;
    }
}
