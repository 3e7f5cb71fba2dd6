using System.Text;

namespace Search.Pipeline.Crawling;

/// <summary>
/// One spelling per URL: absolute http(s) only; fragment dropped; scheme and host lower-cased;
/// default port dropped; empty path made "/"; percent-escapes normalised (unreserved characters
/// decoded, hex upper-cased); dot segments resolved; tracking parameters (utm_*, fbclid, gclid…)
/// removed and the remaining query parameters sorted (stable, by name).
/// </summary>
public static class UrlNormalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "igshid", "yclid", "xtor", "at_medium", "at_campaign",
    };

    /// <summary>The normalised form of <paramref name="url"/> resolved against <paramref name="baseUri"/>, or null when it is not a crawlable http(s) URL.</summary>
    public static string? Normalize(string url, Uri? baseUri = null)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        url = url.Trim();
        Uri? uri;
        if (baseUri is not null) Uri.TryCreate(baseUri, url, out uri);
        else Uri.TryCreate(url, UriKind.Absolute, out uri);
        if (uri is null || !uri.IsAbsoluteUri) return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return null;
        if (string.IsNullOrEmpty(uri.Host)) return null;

        var sb = new StringBuilder();
        sb.Append(uri.Scheme).Append("://").Append(uri.Host.ToLowerInvariant());
        if (!uri.IsDefaultPort) sb.Append(':').Append(uri.Port);
        var path = NormalizeEscapes(uri.AbsolutePath);
        sb.Append(path.Length == 0 ? "/" : path);
        var query = NormalizeQuery(uri.Query);
        if (query.Length > 0) sb.Append('?').Append(query);
        return sb.ToString();
    }

    public static string NormalizeQuery(string query)
    {
        if (query.StartsWith('?')) query = query[1..];
        if (query.Length == 0) return "";
        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => NormalizeEscapes(p))
            .Where(p =>
            {
                var name = p.Split('=')[0];
                return !name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !TrackingParameters.Contains(name);
            })
            .OrderBy(p => p.Split('=')[0], StringComparer.Ordinal)
            .ToList();
        return string.Join('&', pairs);
    }

    /// <summary>Decodes percent-escapes of unreserved characters (A-Z a-z 0-9 - . _ ~) and upper-cases the hex of the others.</summary>
    private static string NormalizeEscapes(string s)
    {
        if (!s.Contains('%')) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '%' && i + 2 < s.Length && Uri.IsHexDigit(s[i + 1]) && Uri.IsHexDigit(s[i + 2]))
            {
                var c = (char)Convert.ToInt32(s.Substring(i + 1, 2), 16);
                if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~') sb.Append(c);
                else sb.Append('%').Append(char.ToUpperInvariant(s[i + 1])).Append(char.ToUpperInvariant(s[i + 2]));
                i += 2;
            }
            else sb.Append(s[i]);
        }
        return sb.ToString();
    }

    /// <summary>"scheme://host[:port]" of a normalised URL: the unit of politeness and of robots.txt.</summary>
    public static string Authority(Uri uri) =>
        uri.IsDefaultPort ? $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}" : $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}:{uri.Port}";
}
