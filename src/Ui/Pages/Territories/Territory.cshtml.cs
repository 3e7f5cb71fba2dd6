using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Querying;
using Search.Core.Territories;
using Search.Ui.Display;

namespace Search.Ui.Pages.Territories;

/// <summary>
/// <c>/territoires/{level}/{code}</c>: a territory's key facts, the counts of publications about it and inside it, its
/// latest publications and their feed; without any, those that mention it and the studies of its ancestors.
/// </summary>
public sealed class TerritoryModel(SearchService search) : PageModel
{
    public const int PageSize = 10;

    public Territory? Territory { get; private set; }
    public SearchResponse? Publications { get; private set; }
    /// <summary>Counts by level, and the sections shown when no publication is about the place.</summary>
    public TerritoryOverview? Overview { get; private set; }
    public bool IndexNotReady { get; private set; }

    public IActionResult OnGet(string level, string code)
    {
        Territory = TerritoryLevels.IsKnown(level) ? Gazetteer.Default.Find(level, code.ToUpperInvariant()) ?? Gazetteer.Default.Find(level, code) : null;
        if (Territory is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        try
        {
            Publications = search.Search(new SearchRequest { Territories = [Territory.Key], Size = PageSize, Sort = SearchSort.Date });
            Overview = TerritoryOverview.Of(search, Territory);
        }
        catch (IndexNotReadyException)
        {
            IndexNotReady = true;
            Response.Headers.RetryAfter = "5";
        }
        return Page();
    }

    /// <summary>The Atom feed of the publications about the territory or a place inside it.</summary>
    public string FeedUrl => Territory is null ? "" : SearchUrl.Empty.WithTerritory(Territory.Key).ToUrl("/api/feed");

    public IReadOnlyList<Territory> Children => Territory is null ? [] : Gazetteer.Default.Children(Territory);
}
