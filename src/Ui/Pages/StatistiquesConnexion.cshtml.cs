using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Host.Contracts;

namespace Search.Ui.Pages;

/// <summary><c>/statistiques/connexion</c>: the staff sign-in form (the staff token, once; a session cookie then).</summary>
public sealed class StatistiquesConnexionModel(StaffAccess staff) : PageModel
{
    public bool Refused { get; private set; }

    public IActionResult OnGet() => staff.AcceptsToken ? Page() : NotFound();

    public IActionResult OnPost([FromForm] string? jeton)
    {
        if (!staff.AcceptsToken) return NotFound();
        if (staff.TokenMatches(jeton))
        {
            staff.SignIn(HttpContext);
            return RedirectToPage("/Statistiques");
        }
        Refused = true;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    public IActionResult OnPostDeconnexion()
    {
        if (!staff.AcceptsToken) return NotFound();
        staff.SignOut(HttpContext);
        return Redirect("/");
    }
}
