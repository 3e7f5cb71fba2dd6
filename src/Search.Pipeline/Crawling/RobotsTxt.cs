using System.Globalization;
using System.Text;

namespace Search.Pipeline.Crawling;

/// <summary>One Allow or Disallow line of a robots.txt; <see cref="Pattern"/> is in the canonical form matching uses.</summary>
public sealed record RobotsRule(bool Allow, string Pattern, int Line)
{
    public override string ToString() => $"{(Allow ? "Allow" : "Disallow")}: {Pattern} (line {Line})";
}

/// <summary>What robots.txt says about one URL, and the rule that decided (null: no rule matched, or no robots.txt).</summary>
public sealed record RobotsDecision(bool Allowed, RobotsRule? Rule, string Reason)
{
    public static RobotsDecision AllowAll(string reason) => new(true, null, reason);
    public static RobotsDecision DisallowAll(string reason) => new(false, null, reason);
}

/// <summary>
/// A robots.txt parsed per RFC 9309.
/// <list type="bullet">
/// <item>Lines end at CR, LF or CRLF; a leading UTF-8 byte order mark (even a truncated one) is skipped, a UTF-16
/// one honoured; "#" starts a comment; field names are case-insensitive; "name value" without the colon is read
/// as "name: value" when there are exactly two words (as Google does). Only the first 500 KiB are read.</item>
/// <item>A group is a run of user-agent lines and the allow/disallow lines after it; only a user-agent line
/// after a rule starts a new group. Other records (Crawl-delay, Sitemap, unknown lines) never end a group or a
/// run of user-agent lines; rules before any user-agent line belong to no group.</item>
/// <item>A user-agent value is read up to its first character outside [A-Za-z_-] ("foo/1.2" and "foo bar" name
/// "foo"); "*" (alone or followed by a space) is the fallback group. The crawler's groups, matched
/// case-insensitively, apply merged; else the "*" groups merged; else nothing.</item>
/// <item>Rules and paths are compared in one canonical form (RFC 9309 2.2.2): percent-escapes of unreserved
/// characters decoded, other escapes upper-cased, non-ASCII, controls and spaces UTF-8 percent-encoded. In a
/// rule "*" matches any sequence and a final "$" anchors the end; "%2A" and "%24" in a rule, and "*" and "$"
/// in a path, are literal characters. The longest matching rule (in octets) wins and Allow wins a tie; an
/// empty rule matches nothing; /robots.txt is always allowed.</item>
/// <item>Crawl-delay (not in the RFC, widely used) applies to the user-agents named since the previous
/// Crawl-delay of the group (or to the whole group when none was named since); Sitemap lines are collected.</item>
/// </list>
/// </summary>
public sealed class RobotsTxt
{
    public const int MaxBytes = 500 * 1024;

    private sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<RobotsRule> Rules { get; } = [];
        /// <summary>Crawl-delay by agent (as written in the group).</summary>
        public Dictionary<string, double> Delays { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private readonly List<Group> _groups;

    public IReadOnlyList<string> Sitemaps { get; }

    private RobotsTxt(List<Group> groups, List<string> sitemaps)
    {
        _groups = groups;
        Sitemaps = sitemaps;
    }

    /// <summary>A robots.txt with no rules (what a 4xx means).</summary>
    public static RobotsTxt Empty { get; } = new([], []);

    public static RobotsTxt Parse(byte[] bytes)
    {
        var length = Math.Min(bytes.Length, MaxBytes);
        if (length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Parse(Encoding.Unicode.GetString(bytes, 2, (length - 2) & ~1));
        if (length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Parse(Encoding.BigEndianUnicode.GetString(bytes, 2, (length - 2) & ~1));
        // A UTF-8 byte order mark, or the start of one (truncated BOMs are seen in the wild), is skipped.
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var offset = 0;
        while (offset < bom.Length && offset < length && bytes[offset] == bom[offset]) offset++;
        return Parse(new UTF8Encoding(false, false).GetString(bytes, offset, length - offset));
    }

    public static RobotsTxt Parse(string text)
    {
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var groups = new List<Group>();
        var sitemaps = new List<string>();
        Group? current = null;
        var inAgentRun = false;          // the last group-member line was a user-agent line
        var agentsSinceDelay = new List<string>();
        var lineNumber = 0;
        foreach (var raw in Lines(text))
        {
            lineNumber++;
            if (Field(raw) is not var (key, value)) continue;
            switch (key)
            {
                case "user-agent":
                    if (current is null || !inAgentRun)
                    {
                        current = new Group();
                        groups.Add(current);
                        agentsSinceDelay.Clear();
                    }
                    var agent = AgentToken(value);
                    current.Agents.Add(agent);
                    agentsSinceDelay.Add(agent);
                    inAgentRun = true;
                    break;
                case "allow":
                case "disallow":
                    inAgentRun = false;
                    // Rules before any user-agent line belong to no group (RFC 9309 2.1); an empty value matches nothing.
                    var pattern = Canonical(value, isPattern: true);
                    if (current is null || pattern.Length == 0) break;
                    current.Rules.Add(new RobotsRule(key == "allow", pattern, lineNumber));
                    break;
                case "crawl-delay":
                    // Not a group member (RFC 9309 2.2.4): it neither ends the group nor the run of user-agent lines.
                    if (current is null || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var delay) || delay < 0 || double.IsNaN(delay)) break;
                    foreach (var named in agentsSinceDelay.Count > 0 ? agentsSinceDelay : current.Agents) current.Delays[named] = current.Delays.TryGetValue(named, out var earlier) ? Math.Max(earlier, delay) : delay;
                    agentsSinceDelay.Clear();
                    break;
                case "sitemap":
                    if (value.Length > 0) sitemaps.Add(value);
                    break;
                default:
                    // Unknown records do not interfere with groups (RFC 9309 2.2.4).
                    break;
            }
        }
        return new RobotsTxt(groups, sitemaps);
    }

    /// <summary>Lines split at CR, LF or CRLF (RFC 9309 2.2: EOL = %x0A / %x0D / %x0D.0A).</summary>
    private static IEnumerable<string> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\r' or '\n')) continue;
            yield return text[start..i];
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) yield return text[start..];
    }

    /// <summary>The lower-cased field name and the trimmed value of a line, comments removed; null for blank and unparseable lines.</summary>
    private static (string Key, string Value)? Field(string line)
    {
        var hash = line.IndexOf('#');
        if (hash >= 0) line = line[..hash];
        line = line.Trim();
        if (line.Length == 0) return null;
        var colon = line.IndexOf(':');
        if (colon > 0) return (line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim());
        if (colon == 0) return null;
        // "Disallow /x": the colon forgotten. Accepted only for exactly two words, as Google's parser does.
        var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 ? (words[0].ToLowerInvariant(), words[1]) : null;
    }

    /// <summary>The product token of a user-agent value: "*" for the fallback group, else its leading [A-Za-z_-] characters.</summary>
    private static string AgentToken(string value)
    {
        if (value == "*" || (value.StartsWith('*') && char.IsWhiteSpace(value[1]))) return "*";
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '_' or '-')) end++;
        return value[..end];
    }

    /// <summary>The groups that apply to <paramref name="productToken"/>: its own (merged), else "*" (merged), else none.</summary>
    private (List<Group> Groups, string Agent) GroupsFor(string productToken)
    {
        var own = _groups.Where(g => g.Agents.Any(a => a.Length > 0 && a.Equals(productToken, StringComparison.OrdinalIgnoreCase))).ToList();
        return own.Count > 0 ? (own, productToken) : (_groups.Where(g => g.Agents.Contains("*")).ToList(), "*");
    }

    /// <summary>The Crawl-delay given for <paramref name="productToken"/> in the groups that apply to it (the largest when several are), else null.</summary>
    public double? CrawlDelay(string productToken)
    {
        var (groups, agent) = GroupsFor(productToken);
        var delays = groups.Select(g => g.Delays.TryGetValue(agent, out var d) ? d : (double?)null).Where(d => d is not null).ToList();
        return delays.Count > 0 ? delays.Max() : null;
    }

    /// <summary>Whether <paramref name="url"/> (absolute) may be fetched by <paramref name="productToken"/>, and why.</summary>
    public RobotsDecision Check(string productToken, Uri url)
    {
        if (url.AbsolutePath == "/robots.txt") return RobotsDecision.AllowAll("/robots.txt is always allowed");
        var path = Canonical(url.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped), isPattern: false);
        if (path.Length == 0 || path[0] != '/') path = "/" + path;
        RobotsRule? best = null;
        foreach (var rule in GroupsFor(productToken).Groups.SelectMany(g => g.Rules))
        {
            if (!Matches(rule.Pattern, path)) continue;
            if (best is null
                || rule.Pattern.Length > best.Pattern.Length
                || (rule.Pattern.Length == best.Pattern.Length && rule.Allow && !best.Allow))
                best = rule;
        }
        if (best is null) return RobotsDecision.AllowAll("no rule matches");
        return new RobotsDecision(best.Allow, best, best.ToString());
    }

    /// <summary>
    /// Whether a canonical pattern matches a canonical path from its start: '*' any sequence, a final '$' the end
    /// (linear-time glob, no backtracking blow-up). Canonical paths hold no '*' or '$' (they are escaped).
    /// </summary>
    internal static bool Matches(string pattern, string path)
    {
        if (pattern.EndsWith('$')) pattern = pattern[..^1];
        else pattern += "*";
        int p = 0, s = 0, star = -1, mark = 0;
        while (s < path.Length)
        {
            if (p < pattern.Length && pattern[p] != '*' && pattern[p] == path[s])
            {
                p++;
                s++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = s;
            }
            else if (star >= 0)
            {
                p = star + 1;
                s = ++mark;
            }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }

    /// <summary>
    /// The form rules and paths are compared in (RFC 9309 2.2.2 and 2.2.3): "%XX" of an unreserved character
    /// (A-Z a-z 0-9 - . _ ~) decoded, other escapes kept with upper-case hex, a stray '%' written "%25";
    /// non-ASCII characters, controls and spaces UTF-8 percent-encoded. In a pattern '*' stays a wildcard and a
    /// final '$' the end anchor, while a '$' elsewhere is literal ("%24"); in a path '*' and '$' are always
    /// literal ("%2A", "%24"), so that "%2A" and "%24" in a rule match them.
    /// </summary>
    internal static string Canonical(string value, bool isPattern)
    {
        var sb = new StringBuilder(value.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%')
            {
                if (i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
                {
                    var decoded = (char)Convert.ToInt32(value.Substring(i + 1, 2), 16);
                    if (char.IsAsciiLetterOrDigit(decoded) || decoded is '-' or '.' or '_' or '~') sb.Append(decoded);
                    else sb.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                    i += 2;
                }
                else sb.Append("%25");
            }
            else if (c == '*') sb.Append(isPattern ? "*" : "%2A");
            else if (c == '$') sb.Append(isPattern && i == value.Length - 1 ? "$" : "%24");
            else if (c is > ' ' and < '\u007F') sb.Append(c);
            else
            {
                var rune = Rune.TryGetRuneAt(value, i, out var r) ? r : Rune.ReplacementChar;
                var n = rune.EncodeToUtf8(utf8);
                for (var b = 0; b < n; b++) sb.Append('%').Append(utf8[b].ToString("X2", CultureInfo.InvariantCulture));
                if (!rune.IsBmp) i++;
            }
        }
        return sb.ToString();
    }
}
