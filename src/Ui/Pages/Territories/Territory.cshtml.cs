using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Querying;
using Search.Core.Territories;

namespace Search.Ui.Pages.Territories;

/// <summary><c>/territoires/{level}/{code}</c>: a territory's key facts and the publications about it and its descendants.</summary>
public sealed class TerritoryModel(SearchService search) : PageModel
{
    public const int PageSize = 10;

    public Territory? Territory { get; private set; }
    public SearchResponse? Publications { get; private set; }
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
        }
        catch (IndexNotReadyException)
        {
            IndexNotReady = true;
            Response.Headers.RetryAfter = "5";
        }
        return Page();
    }

    public IReadOnlyList<Territory> Children => Territory is null ? [] : Gazetteer.Default.Children(Territory);
}
