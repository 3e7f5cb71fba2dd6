using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Search.Core.Querying;
using Search.Core.Territories;
using Search.Ui.Display;

namespace Search.Host.Feeds;

/// <summary>
/// An Atom 1.0 feed (RFC 4287) of a search's newest publications: the feed's id, title, updated, author and
/// links (self, and alternate to the results page); per publication a stable id, title, updated (the publication
/// date, 1 January for a year alone, the indexing time for an undated document), published when dated, author
/// (the publisher), a link to its page in this service and to the document itself, and a plain-text summary.
/// Text is XML-escaped by the writer; characters XML cannot carry are dropped.
/// </summary>
public static partial class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>Entries of a feed unless the request says <c>size</c>.</summary>
    public const int DefaultSize = 20;

    /// <summary>The authority and date of the feed's tag URIs (RFC 4151): ids stay the same whatever the host's address.</summary>
    private const string TagPrefix = "tag:recherche-collectivites,2026:";

    /// <summary>The stable id of a document's entry.</summary>
    public static string EntryId(string documentId) => TagPrefix + "document:" + documentId;

    /// <param name="search">The search, newest first.</param>
    /// <param name="state">The search's state (its canonical parameters give the feed's id).</param>
    /// <param name="baseUrl">The service's absolute address, without a trailing slash.</param>
    /// <param name="selfUrl">The absolute address of this feed.</param>
    /// <param name="now">The feed's updated time when it has no entry.</param>
    public static byte[] Write(SearchResponse search, SearchUrl state, string baseUrl, string selfUrl, DateTimeOffset now)
    {
        var entries = search.Hits.Select(h => (Hit: h, Updated: Updated(h))).ToList();
        var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, "fr");
            Element(xml, "id", TagPrefix + "search?" + string.Join("&", state.Parameters().Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value))));
            Element(xml, "title", Title(state));
            Element(xml, "subtitle", "Les publications les plus récentes de cette recherche, mises à jour à chaque nouvelle publication indexée.");
            Element(xml, "updated", Timestamp(entries.Count == 0 ? now : entries.Max(e => e.Updated)));
            xml.WriteStartElement("author");
            Element(xml, "name", UiText.ServiceName);
            xml.WriteEndElement();
            Link(xml, "self", selfUrl, "application/atom+xml");
            Link(xml, "alternate", baseUrl + state.ToUrl("/"), "text/html");
            xml.WriteStartElement("generator");
            xml.WriteString(UiText.ServiceName);
            xml.WriteEndElement();

            foreach (var (hit, updated) in entries)
            {
                xml.WriteStartElement("entry");
                Element(xml, "id", EntryId(hit.Id));
                Element(xml, "title", string.IsNullOrWhiteSpace(hit.Title) ? "(sans titre)" : hit.Title);
                Element(xml, "updated", Timestamp(updated));
                if (Published(hit) is { } published) Element(xml, "published", Timestamp(published));
                if (!string.IsNullOrWhiteSpace(hit.Publisher))
                {
                    xml.WriteStartElement("author");
                    Element(xml, "name", hit.Publisher);
                    xml.WriteEndElement();
                }
                Link(xml, "alternate", baseUrl + HitLinks.Details(hit.Id), "text/html");
                if (HitLinks.IsWebUrl(hit.Url)) Link(xml, "related", hit.Url, hit.Format == "pdf" ? "application/pdf" : "text/html");
                if (!string.IsNullOrWhiteSpace(hit.Type))
                {
                    xml.WriteStartElement("category");
                    xml.WriteAttributeString("term", Safe(hit.Type));
                    xml.WriteEndElement();
                }
                var summary = PlainText(hit.Snippet);
                if (summary.Length > 0) Element(xml, "summary", summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return output.ToArray();
    }

    /// <summary>"Publications : « apprentis » — éditeur DGCL, territoire Isère".</summary>
    public static string Title(SearchUrl state)
    {
        var parts = new List<string>();
        foreach (var (field, values) in state.Filters) parts.Add($"{UiText.FacetLabel(field).ToLower(UiText.French)} {string.Join(" ou ", values)}");
        if (state.Territories.Count > 0)
            parts.Add("territoire " + string.Join(" ou ", state.Territories.Select(k => Gazetteer.Default.FindKey(k)?.Name ?? k)));
        if (state.Years.From is { } from && state.Years.To is { } to) parts.Add($"années {from} à {to}");
        else if (state.Years.From is { } onlyFrom) parts.Add($"depuis {onlyFrom}");
        else if (state.Years.To is { } onlyTo) parts.Add($"jusqu’en {onlyTo}");
        var title = state.Query.Length > 0 ? $"Publications : « {state.Query} »" : "Publications";
        if (parts.Count > 0) title += " — " + string.Join(", ", parts);
        return title + " — " + UiText.ServiceName;
    }

    private static DateTimeOffset? Published(SearchHit hit)
    {
        if (hit.Date is { } date && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (hit.Year is { } year and >= 1 and <= 9999) return new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return null;
    }

    private static DateTimeOffset Updated(SearchHit hit) => Published(hit) ?? hit.IndexedAt ?? DateTimeOffset.UnixEpoch;

    /// <summary>RFC 3339, UTC.</summary>
    private static string Timestamp(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Element(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement(name);
        xml.WriteString(Safe(value));
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", Safe(href));
        xml.WriteEndElement();
    }

    /// <summary>A snippet's HTML (matches in &lt;mark&gt;, the rest escaped) as plain text.</summary>
    private static string PlainText(string html) => WebUtility.HtmlDecode(Tags().Replace(html, "")).Trim();

    /// <summary>The text without the characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF).</summary>
    public static string Safe(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bool keep;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            keep = c is '\t' or '\n' or '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
            if (!keep && sb is null) sb = new StringBuilder(text, 0, i, text.Length);
            else if (keep) sb?.Append(c);
        }
        return sb?.ToString() ?? text;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
