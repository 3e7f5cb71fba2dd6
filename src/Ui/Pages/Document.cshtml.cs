using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Ui.Pages;

/// <summary><c>/documents/{id}</c>: a document's metadata and its extracted text, page by page.</summary>
public sealed class DocumentModel(SearchService search) : PageModel
{
    public SearchDocument? Document { get; private set; }
    public IReadOnlyList<SearchHit> Similar { get; private set; } = [];
    public bool IndexNotReady { get; private set; }
    public string Id { get; private set; } = "";

    public IActionResult OnGet(string id)
    {
        Id = id;
        try
        {
            Document = search.GetById(id);
            if (Document is not null) Similar = search.Similar(id) ?? [];
            if (Document is null) Response.StatusCode = StatusCodes.Status404NotFound;
        }
        catch (IndexNotReadyException)
        {
            IndexNotReady = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "5";
        }
        return Page();
    }
}
