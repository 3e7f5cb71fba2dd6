using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Documents;
using Search.Core.Querying;
using Search.Host.Contracts;
using Search.Ui.Display;

namespace Search.Ui.Pages;

/// <summary>
/// The search page: <c>/?q=…&amp;sort=…&amp;publisher=…&amp;page=…</c>, rendered on the server. Without words the
/// results are the latest publications, newest first (with the filters, if any, applied).
/// </summary>
public sealed class IndexModel(SearchService search) : PageModel
{
    public const int PageSize = 10;

    public SearchUrl State { get; private set; } = SearchUrl.Empty;

    /// <summary>The answer to a search with words or filters.</summary>
    public SearchResponse? Results { get; private set; }

    /// <summary>Why the request was refused (in French), or null.</summary>
    public string? Refusal { get; private set; }

    public bool IndexNotReady { get; private set; }

    public IActionResult OnGet(SearchParameters parameters)
    {
        try
        {
            State = SearchUrl.From(parameters.ToRequest(PageSize) with { Size = PageSize });
            ViewData[SearchUrl.ViewDataKey] = State;
            var request = State.ToRequest(PageSize);
            // Without words there is no relevance to rank by: newest first.
            if (State.Query.Length == 0) request = request with { Sort = SearchSort.Date };
            Results = search.Search(request, HttpContext.RequestAborted);
        }
        catch (InvalidSearchRequestException e)
        {
            Refusal = UiText.Refusal(e);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (IndexNotReadyException)
        {
            IndexNotReady = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "5";
        }
        return Page();
    }

    /// <summary>The values of a facet as shown: the service's order, the selected values always included.</summary>
    public IReadOnlyList<FacetValue> FacetValues(string field)
    {
        var values = Results?.Facets.GetValueOrDefault(field) ?? [];
        if (!State.Filters.TryGetValue(field, out var selected)) return values;
        var missing = selected.Where(s => values.All(v => v.Value != s)).Select(s => new FacetValue(s, 0));
        return [.. values, .. missing];
    }

    public int LastPage => Results is null ? 1 : (int)Math.Max(1, Math.Min((Results.Total + PageSize - 1) / PageSize, SearchRequest.MaxDepth / PageSize));

    public static string PublisherUrl(string publisher) => SearchUrl.Empty.Toggle(Schema.Publisher, publisher).ToUrl();
}
