using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Territories;

namespace Search.Ui.Pages.Territories;

/// <summary><c>/territoires?q=</c>: find a territory by name, code or postcode (works without JavaScript).</summary>
public sealed class SearchModel : PageModel
{
    public string Query { get; private set; } = "";
    /// <summary>The words of the publication search the person came from, kept for the "filter" links.</summary>
    public string Words { get; private set; } = "";
    public IReadOnlyList<Territory> Matches { get; private set; } = [];

    public IActionResult OnGet(string? q, string? recherche)
    {
        Query = (q ?? "").Trim();
        if (Query.Length > 200) Query = Query[..200];
        Words = (recherche ?? "").Trim();
        Matches = Query.Length == 0 ? [] : Gazetteer.Default.Suggest(Query, 20);
        return Page();
    }
}
