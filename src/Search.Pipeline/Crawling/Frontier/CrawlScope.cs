using System.Text.RegularExpressions;

namespace Search.Pipeline.Crawling.Frontier;

/// <summary>
/// What a source may fetch: allowed hosts (default: those of its start URLs, sitemaps and feeds),
/// path prefixes, exclude patterns, maximum depth, URL length, and trap guards (a path segment
/// repeated 3 times, over 20 segments, over 8 query parameters). Also says which URLs are
/// publications to index.
/// </summary>
public sealed class CrawlScope
{
    private readonly SourceConfig _source;
    private readonly int _maxUrlLength;
    private readonly HashSet<string> _hosts;
    private readonly Regex[] _publications;
    private readonly Regex[] _documents;
    private readonly Regex[] _excludes;

    public CrawlScope(SourceConfig source, int maxUrlLength)
    {
        _source = source;
        _maxUrlLength = maxUrlLength;
        var hosts = source.AllowedHosts.Count > 0
            ? source.AllowedHosts
            : source.StartUrls.Concat(source.Sitemaps).Concat(source.Feeds).Select(u => new Uri(u).Host);
        _hosts = new HashSet<string>(hosts.Select(h => h.Trim('[', ']').ToLowerInvariant()), StringComparer.Ordinal);
        _publications = Compile(source.PublicationPatterns);
        _documents = Compile(source.DocumentPatterns);
        _excludes = Compile(source.ExcludePatterns);
    }

    private static Regex[] Compile(IEnumerable<string> patterns) =>
        patterns.Select(p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToArray();

    public bool HostAllowed(Uri url) => _hosts.Contains(url.Host.Trim('[', ']').ToLowerInvariant());

    /// <summary>Null when the URL may be fetched at this depth, else the kind and reason of the refusal.</summary>
    public (SkipKind Kind, string Reason)? Check(Uri url, int depth)
    {
        var text = url.AbsoluteUri;
        if (!HostAllowed(url)) return (SkipKind.Scope, $"out of scope: host {url.Host} is not among the source's allowed hosts");
        if (_source.PathPrefixes.Count > 0 && !_source.PathPrefixes.Any(p => url.AbsolutePath.StartsWith(p, StringComparison.Ordinal)))
            return (SkipKind.Scope, $"out of scope: path {url.AbsolutePath} is under none of the source's path prefixes");
        if (_excludes.FirstOrDefault(r => r.IsMatch(text)) is { } ex) return (SkipKind.Scope, $"out of scope: excluded by pattern {ex}");
        if (depth > _source.MaxDepth) return (SkipKind.Depth, $"beyond the source's maximum depth ({_source.MaxDepth})");
        if (text.Length > _maxUrlLength) return (SkipKind.Trap, $"URL longer than {_maxUrlLength} characters");
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > 20) return (SkipKind.Trap, "crawler trap guard: more than 20 path segments");
        if (segments.GroupBy(s => s, StringComparer.Ordinal).Any(g => g.Count() >= 3)) return (SkipKind.Trap, "crawler trap guard: a path segment repeated 3 times");
        if (url.Query.Count(c => c == '&') >= 8) return (SkipKind.Trap, "crawler trap guard: more than 8 query parameters");
        return null;
    }

    /// <summary>Whether a fetched HTML page is a publication to index (no pattern: every page).</summary>
    public bool IsPublicationPage(string url) => _publications.Length == 0 || _publications.Any(r => r.IsMatch(url));

    /// <summary>Whether a fetched PDF is a document to index (no pattern: every PDF).</summary>
    public bool IsDocument(string url) => _documents.Length == 0 || _documents.Any(r => r.IsMatch(url));
}
