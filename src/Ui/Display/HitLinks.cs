using System.Globalization;
using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Ui.Display;

/// <summary>Where a result points to.</summary>
public static class HitLinks
{
    /// <summary>The page of the document in this service.</summary>
    public static string Details(string id) => "/documents/" + Uri.EscapeDataString(id);

    /// <summary>
    /// The page of the document reached from a search (its parameters kept for "Retour aux résultats" and its
    /// words highlighted), at one of its pages, with the words searched within the document.
    /// </summary>
    public static string Details(string id, SearchUrl? search, string? find = null, int? page = null)
    {
        var url = (search ?? SearchUrl.Empty).ToUrl(Details(id));
        var extra = new List<string>();
        if (!string.IsNullOrWhiteSpace(find)) extra.Add(FindParameter + "=" + Uri.EscapeDataString(find.Trim()));
        if (page is > 0) extra.Add(PageParameter + "=" + page.Value.ToString(CultureInfo.InvariantCulture));
        if (extra.Count == 0) return url;
        return url + (url.Contains('?') ? "&" : "?") + string.Join('&', extra);
    }

    /// <summary>The query-string parameter of the words searched within a document.</summary>
    public const string FindParameter = "find";

    /// <summary>The query-string parameter of the page of a document shown (the search's own "page" is its results page).</summary>
    public const string PageParameter = "docPage";

    /// <summary>A PDF on the web at a page ("#page=N", its fragment replaced).</summary>
    public static string PdfPage(string url, int page) => url.Split('#', 2)[0] + "#page=" + page.ToString(CultureInfo.InvariantCulture);

    /// <summary>True for an absolute http(s) URL, the only kind linked to directly (any other is never an href).</summary>
    public static bool IsWebUrl(string? url) => DocumentUrls.IsWeb(url);

    /// <summary>
    /// The document itself when its URL is a web address (at the page of the passage for a PDF:
    /// "#page=N"), else its page in this service showing that page.
    /// </summary>
    public static string Target(SearchHit hit) => Target(hit, hit.Page);

    /// <summary>The document at a given page (for the other passages of a hit).</summary>
    public static string Target(SearchHit hit, int? atPage)
    {
        var page = atPage is { } p && p > 0 ? p.ToString(CultureInfo.InvariantCulture) : null;
        if (IsWebUrl(hit.Url))
        {
            var isPdf = string.Equals(hit.Format, "pdf", StringComparison.OrdinalIgnoreCase);
            if (!isPdf || page is null) return hit.Url;
            return hit.Url.Split('#', 2)[0] + "#page=" + page;
        }
        return page is null ? Details(hit.Id) : Details(hit.Id, null, page: atPage) + "#page-" + page;
    }
}
