using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Documents;
using Search.Core.Querying;
using Search.Core.Territories;
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
            if (Results.Total == 0 && State.Territories.Count > 0) Widen(request);
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

    /// <summary>With a territory filter and no result: the chosen territories, as people read them.</summary>
    public IReadOnlyList<Territory> ChosenTerritories { get; private set; } = [];

    /// <summary>With a territory filter and no result: the wider territories (EPCI, département, région, France) that give results, with how many.</summary>
    public IReadOnlyList<(Territory Territory, long Total)> WiderTerritories { get; private set; } = [];

    /// <summary>With a territory filter and no result: how many results the search gives without it.</summary>
    public long WithoutTerritoryTotal { get; private set; }

    /// <summary>With one territory chosen, no words and no result: the publications that mention it and the studies covering it.</summary>
    public TerritoryOverview? Coverage { get; private set; }

    /// <summary>The same search on each ancestor of the chosen territory, and without territory: only those with results are offered.</summary>
    private void Widen(SearchRequest request)
    {
        ChosenTerritories = State.Territories.Select(Gazetteer.Default.FindKey).OfType<Territory>().ToList();
        long Total(IReadOnlyList<string> territories) =>
            search.Search(request with { Territories = territories, Page = 1, Size = 1, HitsOnly = true }, HttpContext.RequestAborted).Total;
        if (ChosenTerritories.Count == 1)
        {
            var chosen = ChosenTerritories[0];
            WiderTerritories = Gazetteer.Default.SelfAndAncestors(chosen).Skip(1)
                .Select(a => (a, Total([a.Key])))
                .Where(w => w.Item2 > 0)
                .ToList();
            if (State.Query.Length == 0 && State.Filters.Count == 0 && !State.HasYearRange) Coverage = TerritoryOverview.Of(search, chosen);
        }
        WithoutTerritoryTotal = Total([]);
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
