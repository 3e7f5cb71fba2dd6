using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Documents;
using Search.Core.Querying;
using Search.Host.Contracts;
using Search.Ui.Display;

namespace Search.Ui.Pages;

/// <summary>
/// <c>/documents/{id}</c>: a document's metadata and its extracted text, the words of the search that led here
/// (its parameters in the query string) or of a search within the document (<c>find</c>) highlighted. A long
/// document shows one page at a time (<c>docPage</c>, else the first page with a match) with the list of its pages.
/// </summary>
public sealed class DocumentModel(SearchService search) : PageModel
{
    /// <summary>Documents with more pages than this are shown one page at a time.</summary>
    public const int LongDocumentPages = 4;

    public SearchDocument? Document => Matches?.Document;

    /// <summary>The document and the pages where the highlighted words are.</summary>
    public DocumentMatches? Matches { get; private set; }

    public IReadOnlyList<SearchHit> Similar { get; private set; } = [];
    public bool IndexNotReady { get; private set; }
    public string Id { get; private set; } = "";

    /// <summary>The search that led here (empty when none, or when its parameters were not valid).</summary>
    public SearchUrl Search { get; private set; } = SearchUrl.Empty;

    /// <summary>The words searched within the document (empty: the search's words are highlighted).</summary>
    public string Find { get; private set; } = "";

    /// <summary>Why the words could not be searched (in French), or null.</summary>
    public string? Refusal { get; private set; }

    public bool IsLong => Document is { } doc && doc.Pages.Count > LongDocumentPages;

    /// <summary>For a long document, the page shown.</summary>
    public int ShownPage { get; private set; } = 1;

    public IReadOnlyDictionary<int, HighlightedPage> MatchesByPage { get; private set; } = new Dictionary<int, HighlightedPage>();

    public IActionResult OnGet(string id, SearchParameters parameters, string? find, string? docPage)
    {
        Id = id;
        Find = (find ?? "").Trim();
        try
        {
            Search = SearchUrl.From(parameters.ToRequest(IndexModel.PageSize) with { Size = IndexModel.PageSize });
        }
        catch (InvalidSearchRequestException)
        {
            // A mangled link from the results: the document is still shown, without the way back.
        }
        try
        {
            var words = Find.Length > 0 ? Find : Search.Query;
            try
            {
                Matches = search.Read(id, words);
            }
            catch (InvalidSearchRequestException e)
            {
                Refusal = UiText.Refusal(e);
                Matches = search.Read(id, null);
            }
            if (Matches is null)
            {
                Response.StatusCode = StatusCodes.Status404NotFound;
                return Page();
            }
            MatchesByPage = Matches.Matches.ToDictionary(p => p.Number);
            var pageCount = Matches.Document.Pages.Count;
            ShownPage = int.TryParse(docPage, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && asked >= 1 && asked <= pageCount
                ? asked
                : Matches.Matches.FirstOrDefault()?.Number ?? 1;
            Similar = search.Similar(id) ?? [];
        }
        catch (IndexNotReadyException)
        {
            IndexNotReady = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "5";
        }
        return Page();
    }

    /// <summary>This page at another page of the document (the search and the words within the document kept).</summary>
    public string PageUrl(int page) => HitLinks.Details(Id, Search, Find, page) + "#page-" + page.ToString(CultureInfo.InvariantCulture);

    /// <summary>This page highlighting the search's words again (the search within the document dropped).</summary>
    public string WithoutFind() => HitLinks.Details(Id, Search);
}
