using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Search.Pipeline.Crawling;

namespace Search.Pipeline.Connectors;

/// <summary>
/// SRU 1.2 searchRetrieve (BNSP, Gallica): the source's CQL query, Dublin Core records (dc:title,
/// dc:date, dc:subject, dc:publisher, dc:identifier, dc:description), paged with startRecord and
/// maximumRecords. A record without an http(s) identifier has no link to reference and is skipped.
/// </summary>
public sealed partial class SruConnector(SruSettings settings) : IRecordConnector
{
    private static readonly XNamespace Srw = "http://www.loc.gov/zing/srw/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Diag = "http://www.loc.gov/zing/srw/diagnostic/";

    public int PageSize => settings.PageSize;
    public int MaxRecords => settings.MaxRecords;

    public Uri PageUrl(int offset, DateTimeOffset? modifiedSince)
    {
        var separator = settings.Endpoint.Contains('?') ? "&" : "?";
        return new Uri(settings.Endpoint + separator
            + "operation=searchRetrieve&version=1.2&recordSchema=dc"
            + "&query=" + Uri.EscapeDataString(settings.Query)
            + "&startRecord=" + (offset + 1).ToString(CultureInfo.InvariantCulture)
            + "&maximumRecords=" + settings.PageSize.ToString(CultureInfo.InvariantCulture));
    }

    public RecordPage Parse(string body) => ParseResponse(body);

    public static RecordPage ParseResponse(string xml)
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new ConnectorException("SRU: the answer is not XML: " + e.Message, e);
        }
        var root = doc.Root ?? throw new ConnectorException("SRU: empty answer");
        if (root.Name != Srw + "searchRetrieveResponse") throw new ConnectorException($"SRU: unexpected root element <{root.Name.LocalName}>");
        var diagnostic = root.Descendants(Diag + "message").FirstOrDefault() ?? root.Descendants().FirstOrDefault(e => e.Name.LocalName == "diagnostic");
        var total = int.TryParse(root.Element(Srw + "numberOfRecords")?.Value.Trim(), out var n) ? n : 0;
        var records = new List<HarvestedRecord>();
        foreach (var data in root.Descendants(Srw + "recordData"))
        {
            string[] All(string name) => data.Descendants(Dc + name).Select(e => Clean(e.Value)).Where(v => v.Length > 0).ToArray();
            var link = All("identifier").Select(i => UrlNormalizer.Normalize(i)).FirstOrDefault(u => u is not null);
            var title = All("title").FirstOrDefault();
            if (link is null || title is null) continue;
            var dates = All("date");
            var publisher = All("publisher").Select(CleanPublisher).FirstOrDefault(p => p is not null);
            var subjects = All("subject");
            var description = All("description");
            records.Add(new HarvestedRecord
            {
                Url = link,
                Title = title,
                Date = dates.Select(ParseDate).FirstOrDefault(d => d is not null),
                Publisher = publisher,
                Subjects = subjects,
                Description = description.Length == 0 ? null : string.Join(" ", description),
                Type = All("type").FirstOrDefault(),
                ContentHash = RecordHashing.Hash("sru", link, title, dates, publisher, subjects, description),
            });
        }
        if (records.Count == 0 && total == 0 && diagnostic is not null) throw new ConnectorException("SRU diagnostic: " + Clean(diagnostic.Value));
        return new RecordPage(total, records);
    }

    private static string Clean(string value) => Spaces().Replace(value, " ").Trim();

    /// <summary>Catalogue placeholders ("[s.n.]" sine nomine, "[S.l.]" sine loco, "[éditeur inconnu]") are no publisher.</summary>
    public static string? CleanPublisher(string value)
    {
        var v = Regex.Replace(value, @"\[(?:s\.\s?n\.|s\.\s?l\.|[ée]diteur inconnu|sans [ée]diteur)\]", "", RegexOptions.IgnoreCase);
        v = Regex.Replace(v, @"\(\s*\)|\[\s*\]", "").Trim(' ', ',', ';', ':');
        return v.Length == 0 ? null : v;
    }

    /// <summary>"2019-06-15", "2019-06", "2019", "1600-1650" (the first year): a year alone gives 1 January.</summary>
    public static DateOnly? ParseDate(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        var m = YearMonth().Match(value);
        if (!m.Success) return null;
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 1;
        return year is >= 1000 and <= 2100 && month is >= 1 and <= 12 ? new DateOnly(year, month, 1) : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*(\d{4})(?:-(\d{2})(?!\d))?")]
    private static partial Regex YearMonth();
}
