using System.Globalization;

namespace Search.Pipeline.Extraction;

/// <summary>
/// Refuses, in one linear pass and before any parsing, HTML that would make AngleSharp's tree builder work
/// for minutes: its cost grows with the square of the nesting depth (48,000 nested &lt;div&gt; took 95 s).
/// The scan follows tags as the tree builder would, roughly: void elements and elements whose end tag is
/// optional (li, p, td…, which close their open sibling) never deepen the tree, an end tag closes up to its
/// open element, comments and raw text (script, style…) are skipped, "/&gt;" closes only inside svg or math.
/// Limits: <see cref="MaxDepth"/> open elements, <see cref="MaxAttributes"/> attributes on one tag (the tree builder
/// checks each new attribute against the element's others: quadratic too), <see cref="MaxChars"/> characters. Every HTML parse of
/// untrusted input (extraction, link extraction, catalogue descriptions) goes through <see cref="Check"/>.
/// </summary>
public static class HtmlGuard
{
    /// <summary>Most elements open at once (real pages stay under a hundred; AngleSharp takes about 50 ms at 1,000).</summary>
    public const int MaxDepth = 1_000;

    /// <summary>Most attributes on one tag (real pages stay under 20).</summary>
    public const int MaxAttributes = 1_000;

    /// <summary>Longest HTML accepted, in characters (16 Mi; the largest real page seen is under 1 MB).</summary>
    public const int MaxChars = 16 * 1024 * 1024;

    private static readonly HashSet<string> NeverOpen = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements.
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
        // Optional end tags: a second one closes the first, so they cannot nest by themselves.
        "li", "p", "dd", "dt", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc", "thead", "tbody", "tfoot", "colgroup",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" };

    // Tag names are looked up as spans of the page: no string per tag.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverOpenLookup = NeverOpen.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextLookup = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Throws an <see cref="ExtractionException"/> saying why <paramref name="html"/> is refused; does nothing for acceptable HTML.</summary>
    public static void Check(string html)
    {
        if (Refusal(html) is { } reason) throw new ExtractionException("HTML refused before parsing: " + reason);
    }

    /// <summary>Why <paramref name="html"/> is refused, or null.</summary>
    public static string? Refusal(string html)
    {
        if (html.Length > MaxChars)
            return string.Create(CultureInfo.InvariantCulture, $"{html.Length:N0} characters (limit {MaxChars:N0})");
        var open = new List<string>();
        var openCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var openLookup = openCounts.GetAlternateLookup<ReadOnlySpan<char>>();
        var foreign = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!' && string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = Skip(html, i + 4, "-->");
                continue;
            }
            if (next is '!' or '?')
            {
                i = Skip(html, i + 2, ">");
                continue;
            }
            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_')) nameEnd++;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var tagEnd = TagEnd(html, nameEnd, out var attributes);
            if (tagEnd < 0) break;
            if (attributes > MaxAttributes)
                return string.Create(CultureInfo.InvariantCulture, $"more than {MaxAttributes:N0} attributes on one tag (at character {nameStart - 1:N0}, <{name}>)");
            i = tagEnd + 1;

            if (closing)
            {
                if (!openLookup.TryGetValue(name, out var known, out var count) || count == 0) continue;
                string popped;
                do
                {
                    popped = open[^1];
                    open.RemoveAt(open.Count - 1);
                    openCounts[popped]--;
                    if (IsForeign(popped)) foreign--;
                }
                while (!ReferenceEquals(popped, known));
                continue;
            }
            if (RawTextLookup.Contains(name))
            {
                var end = IndexOfEndTag(html, i, name);
                i = end < 0 ? html.Length : end;
                continue;
            }
            if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase)) break;
            var selfClosing = html[tagEnd - 1] == '/';
            if (NeverOpenLookup.Contains(name) || (selfClosing && foreign > 0)) continue;
            // One string per distinct open tag name (case folded), the same instance for every element of that name.
            if (!openLookup.TryGetValue(name, out var key, out var ofName)) openCounts[key = name.ToString().ToLowerInvariant()] = ofName = 0;
            openCounts[key] = ofName + 1;
            open.Add(key);
            if (IsForeign(key)) foreign++;
            if (open.Count > MaxDepth)
                return string.Create(CultureInfo.InvariantCulture, $"elements nested more than {MaxDepth:N0} deep (at character {nameStart - 1:N0}, <{key}>)");
        }
        return null;
    }

    private static bool IsForeign(string name) => name is "svg" or "math";

    /// <summary>Where "&lt;/name" starts (any case) at or after <paramref name="from"/>, or -1.</summary>
    private static int IndexOfEndTag(string html, int from, ReadOnlySpan<char> name)
    {
        for (var j = html.IndexOf("</", from, StringComparison.Ordinal); j >= 0; j = html.IndexOf("</", j + 2, StringComparison.Ordinal))
        {
            if (j + 2 + name.Length <= html.Length && html.AsSpan(j + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)) return j;
        }
        return -1;
    }

    /// <summary>
    /// The index of the '>' that ends the tag whose attributes start at <paramref name="from"/> (quotes respected), or -1;
    /// <paramref name="attributes"/>: the attribute names in it.
    /// </summary>
    private static int TagEnd(string html, int from, out int attributes)
    {
        attributes = 0;
        var quote = '\0';
        var boundary = true; // after the tag name, whitespace, '/' or a quoted value: a name may start here
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                    boundary = true;
                }
                continue;
            }
            if (c == '>') return j;
            if (char.IsWhiteSpace(c) || c == '/')
            {
                boundary = true;
                continue;
            }
            var afterEquals = boundary && AfterEquals(html, from, j);
            // A quote opens a value only after '=' (an attribute value); elsewhere it is just a character.
            if (c is '"' or '\'' && (afterEquals || (j > from && html[j - 1] == '='))) quote = c;
            else if (c != '=' && boundary && !afterEquals) attributes++;
            boundary = false;
        }
        return -1;
    }

    /// <summary>Whether the last character before <paramref name="at"/> that is not whitespace is '='.</summary>
    private static bool AfterEquals(string html, int from, int at)
    {
        var k = at - 1;
        while (k >= from && char.IsWhiteSpace(html[k])) k--;
        return k >= from && html[k] == '=';
    }

    private static int Skip(string html, int from, string terminator)
    {
        var end = html.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + terminator.Length;
    }
}
