using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Querying;
using Search.Host.Contracts;

namespace Search.Ui.Pages;

/// <summary>
/// <c>/statistiques</c>: what people search for, and what they do not find (staff only: 404 when no staff
/// credential is configured, the sign-in form without one).
/// </summary>
public sealed class StatistiquesModel(IQueryLogReader log, StaffAccess staff) : PageModel
{
    public long Searches { get; private set; }
    public IReadOnlyList<QueryCount> Top { get; private set; } = [];
    public IReadOnlyList<QueryCount> ZeroResults { get; private set; } = [];
    public IReadOnlyList<QueryCount> Recent { get; private set; } = [];

    /// <summary>False when staff come through the reverse proxy (no session of ours to end).</summary>
    public bool CanSignOut => staff.AcceptsToken && Request.Cookies.ContainsKey(StaffAccess.CookieName);

    public IActionResult OnGet()
    {
        if (!staff.IsEnabled) return NotFound();
        if (!staff.IsStaff(HttpContext)) return RedirectToPage("/StatistiquesConnexion");
        Searches = log.Count();
        Top = log.Top(30);
        ZeroResults = log.Top(30, zeroResultsOnly: true);
        Recent = log.Recent(30);
        return Page();
    }
}
