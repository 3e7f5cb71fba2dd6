using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Querying;

namespace Search.Ui.Pages;

/// <summary><c>/statistiques</c>: what people search for, and what they do not find (staff page).</summary>
public sealed class StatistiquesModel(IQueryLogReader log) : PageModel
{
    public long Searches { get; private set; }
    public IReadOnlyList<QueryCount> Top { get; private set; } = [];
    public IReadOnlyList<QueryCount> ZeroResults { get; private set; } = [];

    public void OnGet()
    {
        Searches = log.Count();
        Top = log.Top(30);
        ZeroResults = log.Top(30, zeroResultsOnly: true);
    }
}
