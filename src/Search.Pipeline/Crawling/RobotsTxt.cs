using System.Globalization;
using System.Text;

namespace Search.Pipeline.Crawling;

/// <summary>One Allow or Disallow line of a robots.txt.</summary>
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
/// A robots.txt parsed per RFC 9309: groups of user-agent lines and their rules; the group whose
/// product token matches the crawler's (case-insensitive) applies, all such groups merged, else the
/// "*" groups; the longest matching rule wins and Allow wins a tie; "*" matches any sequence and a
/// final "$" anchors the end; /robots.txt itself is always allowed. Only the first 500 KiB are read.
/// Crawl-delay (not in the RFC, widely used) and Sitemap lines are kept.
/// </summary>
public sealed class RobotsTxt
{
    public const int MaxBytes = 500 * 1024;

    private sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<RobotsRule> Rules { get; } = [];
        public double? CrawlDelay { get; set; }
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
        var offset = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Parse(new UTF8Encoding(false, false).GetString(bytes, offset, length - offset));
    }

    public static RobotsTxt Parse(string text)
    {
        var groups = new List<Group>();
        var sitemaps = new List<string>();
        Group? current = null;
        var lastWasAgent = false;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw;
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = new Group();
                        groups.Add(current);
                    }
                    current.Agents.Add(value);
                    lastWasAgent = true;
                    break;
                case "allow":
                case "disallow":
                    lastWasAgent = false;
                    // Rules before any user-agent line belong to no group (RFC 9309 2.1); an empty value is no rule.
                    if (current is null || value.Length == 0) break;
                    current.Rules.Add(new RobotsRule(key == "allow", EncodePattern(value), lineNumber));
                    break;
                case "crawl-delay":
                    lastWasAgent = false;
                    if (current is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var delay) && delay >= 0)
                        current.CrawlDelay = delay;
                    break;
                case "sitemap":
                    if (value.Length > 0) sitemaps.Add(value);
                    break;
                default:
                    // Unknown lines do not end a run of user-agent lines.
                    break;
            }
        }
        return new RobotsTxt(groups, sitemaps);
    }

    /// <summary>The groups that apply to <paramref name="productToken"/>: its own (merged), else "*" (merged), else none.</summary>
    private List<Group> GroupsFor(string productToken)
    {
        var own = _groups.Where(g => g.Agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase))).ToList();
        return own.Count > 0 ? own : _groups.Where(g => g.Agents.Any(a => a == "*")).ToList();
    }

    public double? CrawlDelay(string productToken) =>
        GroupsFor(productToken).Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null);

    /// <summary>Whether <paramref name="url"/> (absolute) may be fetched by <paramref name="productToken"/>, and why.</summary>
    public RobotsDecision Check(string productToken, Uri url)
    {
        var path = url.PathAndQuery;
        if (path.Length == 0) path = "/";
        if (url.AbsolutePath == "/robots.txt") return RobotsDecision.AllowAll("/robots.txt is always allowed");
        RobotsRule? best = null;
        foreach (var rule in GroupsFor(productToken).SelectMany(g => g.Rules))
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

    /// <summary>Pattern match from the start of the path: '*' any sequence, a final '$' the end (linear-time glob, no backtracking blow-up).</summary>
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

    /// <summary>Percent-encodes non-ASCII characters and upper-cases escapes, as URLs are compared in their encoded form.</summary>
    private static string EncodePattern(string value)
    {
        var sb = new StringBuilder();
        Span<byte> buf = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value < 128 && rune.Value > 32) sb.Append((char)rune.Value);
            else
            {
                var n = rune.EncodeToUtf8(buf);
                for (var i = 0; i < n; i++) sb.Append('%').Append(buf[i].ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        var s = sb.ToString();
        // %xx escapes compare case-insensitively: upper-case their hex.
        var result = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '%' && i + 2 < s.Length && Uri.IsHexDigit(s[i + 1]) && Uri.IsHexDigit(s[i + 2]))
            {
                result.Append('%').Append(char.ToUpperInvariant(s[i + 1])).Append(char.ToUpperInvariant(s[i + 2]));
                i += 2;
            }
            else result.Append(s[i]);
        }
        return result.ToString();
    }
}
