using System.Globalization;
using System.Xml;

namespace Search.Pipeline.Crawling.Discovery;

/// <summary>One item of an RSS 2.0 or Atom feed.</summary>
public sealed record FeedItem(string Url, string? Title, DateTimeOffset? Published);

/// <summary>Reads RSS 2.0 (item/link) and Atom (entry/link[rel=alternate]) feeds; DTDs refused.</summary>
public static class FeedReader
{
    public static IReadOnlyList<FeedItem> Read(string path, Uri feedUrl)
    {
        using var file = File.OpenRead(path);
        using var capped = new CappedStream(file, SitemapReader.MaxBytes);
        var doc = new XmlDocument { XmlResolver = null };
        using (var reader = XmlReader.Create(capped, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
            doc.Load(reader);
        var items = new List<FeedItem>();
        foreach (XmlElement item in doc.GetElementsByTagName("item"))
        {
            var link = Child(item, "link")?.InnerText ?? Child(item, "guid")?.InnerText;
            if (link is null || UrlNormalizer.Normalize(link.Trim(), feedUrl) is not { } url) continue;
            items.Add(new FeedItem(url, Child(item, "title")?.InnerText.Trim(), Date(Child(item, "pubDate")?.InnerText)));
        }
        foreach (XmlElement entry in doc.GetElementsByTagName("entry"))
        {
            var href = entry.ChildNodes.OfType<XmlElement>()
                .Where(e => e.LocalName == "link" && (e.GetAttribute("rel") is "" or "alternate"))
                .Select(e => e.GetAttribute("href"))
                .FirstOrDefault(h => h.Length > 0);
            if (href is null || UrlNormalizer.Normalize(href, feedUrl) is not { } url) continue;
            items.Add(new FeedItem(url, Child(entry, "title")?.InnerText.Trim(), Date(Child(entry, "published")?.InnerText ?? Child(entry, "updated")?.InnerText)));
        }
        return items;
    }

    private static XmlElement? Child(XmlElement parent, string localName) =>
        parent.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == localName);

    private static DateTimeOffset? Date(string? text) =>
        text is not null && DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
}
