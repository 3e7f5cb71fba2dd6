using System.Globalization;
using System.Text;
using Search.Core.Documents;
using Search.Core.Querying;
using Search.Ui.Display;

namespace Search.Host.Feeds;

/// <summary>
/// A search's results as a file: every hit in the search's order, up to <see cref="Cap"/>, as CSV (UTF-8 with a
/// byte order mark, formula-safe cells: see <see cref="Csv"/>) or JSON.
/// </summary>
public static class ResultsExport
{
    /// <summary>Most hits exported: the deepest a search reaches.</summary>
    public const int Cap = SearchRequest.MaxDepth;

    /// <summary>Response header of a feed or an export whose search ran out of its time budget: "true".</summary>
    public const string PartialHeader = "X-Search-Partial";

    public const string CsvHeader = "titre,url,editeur,type,date,annee,territoires,format,page_du_service,id";

    public static string ToCsv(IReadOnlyList<SearchHit> hits, string baseUrl)
    {
        var sb = new StringBuilder(CsvHeader).Append("\r\n");
        foreach (var hit in hits)
        {
            sb.AppendRow(hit.Title, hit.Url, hit.Publisher, hit.Type, hit.Date, hit.Year?.ToString(CultureInfo.InvariantCulture),
                string.Join(" ; ", hit.Territories.About.Select(t => t.Name)), hit.Format, baseUrl + HitLinks.Details(hit.Id), hit.Id);
        }
        return sb.ToString();
    }

    /// <summary>"recherche-apprentis-2022-2026-12-03": the query's words (ASCII), then the day.</summary>
    public static string FileName(SearchUrl state, DateTimeOffset now, string extension)
    {
        var words = Sources.SourcesApi.Slug(state.Query);
        if (words.Length > 60) words = words[..60].TrimEnd('-');
        return string.Join("-", new[] { "recherche", words, now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Where(p => p.Length > 0)) + "." + extension;
    }
}

/// <summary>
/// The JSON export: the search, how many hits it has and how many were exported (at most <see cref="ResultsExport.Cap"/>);
/// <paramref name="Partial"/> when the search ran out of its time budget, so the list and the total may be incomplete
/// (the CSV export says it in the <see cref="ResultsExport.PartialHeader"/> header).
/// </summary>
public sealed record ResultsExportResponse(string Query, long Total, int Exported, int Cap, bool Partial, IReadOnlyList<SearchHit> Hits);
