using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Search.Pipeline.Crawling;

namespace Search.Pipeline.Connectors;

/// <summary>
/// OpenDataSoft's catalogue API v2 (data.ofgl.fr, data.economie.gouv.fr):
/// <c>/api/v2/catalog/datasets?limit=&amp;offset=&amp;where=</c>, paged by offset (at most 100 a call); with a
/// previous successful harvest, only datasets modified since then (<c>modified &gt;= date'…'</c>). Each
/// dataset becomes a document whose URL is its page on the portal.
/// </summary>
public sealed class OpenDataSoftConnector(OpenDataSoftSettings settings) : IRecordConnector
{
    public int PageSize => settings.PageSize;
    public int MaxRecords => settings.MaxDatasets;
    private string Portal => settings.Portal.TrimEnd('/');

    public Uri PageUrl(int offset, DateTimeOffset? modifiedSince)
    {
        var where = new List<string>();
        if (!string.IsNullOrWhiteSpace(settings.Where)) where.Add("(" + settings.Where + ")");
        if (modifiedSince is { } since) where.Add($"modified >= date'{since.UtcDateTime:yyyy-MM-dd}'");
        var url = $"{Portal}/api/v2/catalog/datasets?limit={settings.PageSize.ToString(CultureInfo.InvariantCulture)}&offset={offset.ToString(CultureInfo.InvariantCulture)}&order_by=dataset_id";
        if (where.Count > 0) url += "&where=" + Uri.EscapeDataString(string.Join(" and ", where));
        return new Uri(url);
    }

    public RecordPage Parse(string body) => ParseResponse(body, Portal);

    public static RecordPage ParseResponse(string json, string portal)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ConnectorException("OpenDataSoft: the answer is not JSON: " + e.Message, e);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("datasets", out var datasets) || datasets.ValueKind != JsonValueKind.Array)
            {
                var message = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("message", out var m) ? m.ToString() : "no 'datasets' array";
                throw new ConnectorException("OpenDataSoft: " + message);
            }
            var total = root.TryGetProperty("total_count", out var t) && t.TryGetInt32(out var n) ? n : datasets.GetArrayLength();
            var records = new List<HarvestedRecord>();
            foreach (var item in datasets.EnumerateArray())
            {
                var dataset = item.TryGetProperty("dataset", out var d) ? d : item;
                var id = Text(dataset, "dataset_id");
                if (id is null || !dataset.TryGetProperty("metas", out var metas) || !metas.TryGetProperty("default", out var meta)) continue;
                var title = Text(meta, "title") ?? id;
                var url = UrlNormalizer.Normalize($"{portal.TrimEnd('/')}/explore/dataset/{Uri.EscapeDataString(id)}/")!;
                var description = PlainText(Text(meta, "description"));
                var modified = Text(meta, "modified") ?? Text(meta, "data_processed") ?? Text(meta, "metadata_processed");
                var subjects = Strings(meta, "keyword").Concat(Strings(meta, "theme")).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                var publisher = Text(meta, "publisher");
                records.Add(new HarvestedRecord
                {
                    Url = url,
                    Title = title,
                    Date = DateTimeOffset.TryParse(modified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when) ? DateOnly.FromDateTime(when.UtcDateTime) : null,
                    Publisher = publisher,
                    Subjects = subjects,
                    Description = description,
                    ContentHash = RecordHashing.Hash("ods", url, title, modified, publisher, subjects, description),
                });
            }
            return new RecordPage(total, records);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

    private static IEnumerable<string> Strings(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var v)) return [];
        return v.ValueKind switch
        {
            JsonValueKind.Array => v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!.Trim()).Where(s => s.Length > 0).ToList(),
            JsonValueKind.String => [v.GetString()!.Trim()],
            _ => [],
        };
    }

    /// <summary>Portal descriptions are HTML: their text only.</summary>
    private static string? PlainText(string? html)
    {
        if (html is null || Extraction.HtmlGuard.Refusal(html) is not null) return null;
        var text = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body?.TextContent ?? "";
        text = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
        return text.Length == 0 ? null : text;
    }
}
