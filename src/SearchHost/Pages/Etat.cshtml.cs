using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Querying;
using Search.Host.Hosting;

namespace Search.Host.Pages;

/// <summary>
/// <c>/etat</c>: the state of the service for people, in French (what <c>/health</c> tells programs in JSON): the
/// index's state and since when, its number of documents, when it was last written, the progress of a build.
/// </summary>
public sealed class EtatModel(IndexStatus status, SearchService search) : PageModel
{
    public IndexState State { get; private set; }
    public DateTimeOffset Since { get; private set; }
    public int Documents { get; private set; }
    public DateTimeOffset? LastUpdate { get; private set; }
    public (int Done, int Total, int Errors) Progress { get; private set; }

    public IActionResult OnGet()
    {
        State = status.State;
        Since = status.Since;
        Progress = (status.Done, status.Total, status.Errors);
        Documents = search.DocumentCount();
        LastUpdate = search.Provider.CommitTime();
        // The same status code as /health: a monitor reading the page sees a failed build.
        if (State == IndexState.Failed) Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Page();
    }

    /// <summary>The state in a French sentence.</summary>
    public string Headline => State switch
    {
        IndexState.Starting => "Le service démarre.",
        IndexState.Building => "L’index est en cours de construction : la recherche sera disponible à la fin.",
        IndexState.Rebuilding => "Un nouvel index est en cours de construction ; la recherche reste disponible sur l’index actuel.",
        IndexState.Ready => "Le service fonctionne : la recherche est disponible.",
        _ => "La construction de l’index a échoué. Les causes sont dans le journal du serveur.",
    };

    /// <summary>The DSFR alert kind for the state.</summary>
    public string AlertKind => State switch
    {
        IndexState.Ready => "success",
        IndexState.Failed => "error",
        _ => "info",
    };

    /// <summary>Percentage of the build done, or null when no build is under way or its size is unknown.</summary>
    public int? Percent => State is IndexState.Building or IndexState.Rebuilding && Progress.Total > 0
        ? (int)Math.Min(100, 100L * Progress.Done / Progress.Total)
        : null;
}
