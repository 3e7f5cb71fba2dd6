using System.Globalization;
using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Ui.Display;

/// <summary>Where a result points to.</summary>
public static class HitLinks
{
    /// <summary>The page of the document in this service.</summary>
    public static string Details(string id) => "/documents/" + Uri.EscapeDataString(id);

    /// <summary>True for an absolute http(s) URL, the only kind linked to directly (any other is never an href).</summary>
    public static bool IsWebUrl(string? url) => DocumentUrls.IsWeb(url);

    /// <summary>
    /// The document itself when its URL is a web address (at the page of the passage for a PDF:
    /// "#page=N"), else its page in this service (at the section of that page).
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
            var withoutFragment = hit.Url.Split('#', 2)[0];
            return withoutFragment + "#page=" + page;
        }
        return Details(hit.Id) + (page is null ? "" : "#page-" + page);
    }
}
