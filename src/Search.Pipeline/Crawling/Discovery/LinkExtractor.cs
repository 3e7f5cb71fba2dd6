using AngleSharp.Html.Parser;

namespace Search.Pipeline.Crawling.Discovery;

/// <summary>
/// The links of an HTML page (a, area, iframe; resolved against &lt;base href&gt;) and its rel=canonical, normalised;
/// <see cref="Anchors"/> holds the text of each link (the longest when a URL is linked several times), a title
/// candidate for the document it leads to.
/// </summary>
public sealed record PageLinks(IReadOnlyList<string> Links, string? Canonical, bool NoFollow)
{
    public IReadOnlyDictionary<string, string> Anchors { get; init; } = new Dictionary<string, string>();
}

public static class LinkExtractor
{
    /// <exception cref="Extraction.ExtractionException">The page is refused by <see cref="Extraction.HtmlGuard"/>.</exception>
    public static PageLinks Extract(string html, Uri pageUrl)
    {
        Extraction.HtmlGuard.Check(html);
        var document = new HtmlParser().ParseDocument(html);
        var baseUri = pageUrl;
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref && Uri.TryCreate(pageUrl, baseHref, out var b)) baseUri = b;

        var robotsMeta = document.QuerySelectorAll("meta[name]")
            .Where(m => string.Equals(m.GetAttribute("name"), "robots", StringComparison.OrdinalIgnoreCase))
            .Select(m => (m.GetAttribute("content") ?? "").ToLowerInvariant())
            .ToList();
        var noFollow = robotsMeta.Any(c => c.Contains("nofollow", StringComparison.Ordinal) || c.Contains("none", StringComparison.Ordinal));

        var links = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        var self = UrlNormalizer.Normalize(pageUrl.AbsoluteUri);
        foreach (var element in document.QuerySelectorAll("a[href], area[href], iframe[src]"))
        {
            if ((element.GetAttribute("rel") ?? "").Split(' ').Contains("nofollow", StringComparer.OrdinalIgnoreCase)) continue;
            var href = element.GetAttribute("href") ?? element.GetAttribute("src");
            if (href is null || UrlNormalizer.Normalize(href, baseUri) is not { } url) continue;
            if (seen.Add(url)) links.Add(url);
            // A link to the page itself ("Aller au contenu", "Haut de page") says nothing of a document.
            if (url == self) continue;
            if (AnchorText(element) is { } text && (!anchors.TryGetValue(url, out var known) || text.Length > known.Length)) anchors[url] = text;
        }

        string? canonical = null;
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            if (!(link.GetAttribute("rel") ?? "").Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase)) continue;
            canonical = UrlNormalizer.Normalize(link.GetAttribute("href")!, baseUri);
            break;
        }
        return new PageLinks(links, canonical, noFollow) { Anchors = anchors };
    }

    /// <summary>Most characters kept of a link's text.</summary>
    public const int MaxAnchorLength = 300;

    /// <summary>The visible text of a link, else its title/aria-label, else the alt of its image; whitespace collapsed.</summary>
    private static string? AnchorText(AngleSharp.Dom.IElement element)
    {
        var candidates = new[]
        {
            element.TextContent,
            element.GetAttribute("title"),
            element.GetAttribute("aria-label"),
            element.QuerySelector("img[alt]")?.GetAttribute("alt"),
        };
        foreach (var candidate in candidates)
        {
            if (string.IsNullOrWhiteSpace(candidate)) continue;
            var text = System.Text.RegularExpressions.Regex.Replace(candidate, @"\s+", " ").Trim();
            return text.Length <= MaxAnchorLength ? text : text[..MaxAnchorLength];
        }
        return null;
    }
}
