using System.Globalization;
using System.Text;
using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Ui.Display;

/// <summary>
/// The state of a search page as it lives in the URL (q, sort, filters, page), and the one place
/// that builds search URLs: toggling a filter, changing the page. Defaults are left out of the URL
/// (page 1, relevance), filters come in <see cref="Schema.FacetFields"/> order, values in the order
/// they were chosen, so the same state always gives the same URL.
/// </summary>
public sealed class SearchUrl
{
    public const string SortRelevance = "relevance";
    public const string SortDate = "date";

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoFilters = new Dictionary<string, IReadOnlyList<string>>();

    public static SearchUrl Empty { get; } = new("", SortRelevance, 1, NoFilters);

    /// <summary>Where a page puts the search it shows, for its partials (a hit's details link keeps it).</summary>
    public const string ViewDataKey = "SearchState";

    private SearchUrl(string query, string sort, int page, IReadOnlyDictionary<string, IReadOnlyList<string>> filters,
        IReadOnlyList<string>? territories = null, bool territoryAncestors = false, (int? From, int? To) years = default)
    {
        Years = years;
        Query = query;
        Sort = sort;
        Page = page;
        Filters = filters;
        Territories = territories ?? [];
        TerritoryAncestors = territoryAncestors && Territories.Count > 0;
    }

    /// <summary>Chosen territories, "level:code" (documents about them or their descendants).</summary>
    public IReadOnlyList<string> Territories { get; }

    /// <summary>Also documents about the ancestors of the chosen territories.</summary>
    public bool TerritoryAncestors { get; }

    public string Query { get; }

    /// <summary>A range of publication years (inclusive); either end may be open.</summary>
    public (int? From, int? To) Years { get; }

    public bool HasYearRange => Years.From is not null || Years.To is not null;

    /// <summary><see cref="SortRelevance"/> or <see cref="SortDate"/>.</summary>
    public string Sort { get; }

    public int Page { get; }

    /// <summary>Facet field -> selected values; only fields with at least one value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; }

    /// <summary>How many filters narrow the search: each facet value, each territory, the range of years.</summary>
    public int ActiveFilterCount => Filters.Sum(f => f.Value.Count) + Territories.Count + (HasYearRange ? 1 : 0);

    /// <summary>True when there is something to search for: words or at least one filter.</summary>
    public bool HasCriteria => Query.Length > 0 || Filters.Count > 0 || Territories.Count > 0 || HasYearRange;

    /// <summary>The state of a search request (from <c>SearchParameters.ToRequest</c>, the query string's one parser).</summary>
    public static SearchUrl From(SearchRequest request) =>
        new((request.Query ?? "").Trim(), request.Sort == SearchSort.Date ? SortDate : SortRelevance, request.Page, Create(filters: request.Filters).Filters,
            request.Territories, request.TerritoryAncestors, (request.YearFrom, request.YearTo));

    public static SearchUrl Create(string? query = null, string sort = SortRelevance, int page = 1,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? filters = null)
    {
        var ordered = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var field in Schema.FacetFields)
        {
            if (filters is not null && filters.TryGetValue(field, out var values) && values.Count > 0) ordered[field] = values.Distinct().ToList();
        }
        return new SearchUrl((query ?? "").Trim(), sort == SortDate ? SortDate : SortRelevance, Math.Max(1, page), ordered);
    }

    public bool IsSelected(string field, string value) =>
        Filters.TryGetValue(field, out var values) && values.Contains(value, StringComparer.Ordinal);

    /// <summary>The same search with <paramref name="value"/> of <paramref name="field"/> selected if it was not, removed if it was; back to page 1.</summary>
    public SearchUrl Toggle(string field, string value)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var f in Schema.FacetFields)
        {
            var values = Filters.TryGetValue(f, out var existing) ? existing.ToList() : [];
            if (f == field)
            {
                if (!values.Remove(value)) values.Add(value);
            }
            if (values.Count > 0) filters[f] = values;
        }
        return new SearchUrl(Query, Sort, 1, filters, Territories, TerritoryAncestors, Years);
    }

    /// <summary>The same search without its range of years; back to page 1.</summary>
    public SearchUrl WithoutYearRange() => new(Query, Sort, 1, Filters, Territories, TerritoryAncestors);

    /// <summary>The same search, every filter removed; back to page 1.</summary>
    public SearchUrl WithoutFilters() => new(Query, Sort, 1, NoFilters);

    /// <summary>The same search with another query text (filters and sort kept), from page 1.</summary>
    public SearchUrl WithQuery(string query) => new(query, Sort, 1, Filters, Territories, TerritoryAncestors, Years);

    public SearchUrl WithPage(int page) => new(Query, Sort, Math.Max(1, page), Filters, Territories, TerritoryAncestors, Years);

    public SearchUrl WithSort(string sort) => new(Query, sort == SortDate ? SortDate : SortRelevance, 1, Filters, Territories, TerritoryAncestors, Years);

    /// <summary>The same search restricted to one territory ("level:code", or none with null), from page 1: the facet tree's drill-down.</summary>
    public SearchUrl WithTerritory(string? key) => new(Query, Sort, 1, Filters, key is null ? [] : [key], key is not null && TerritoryAncestors, Years);

    /// <summary>The same search with the ancestors option switched.</summary>
    public SearchUrl WithTerritoryAncestors(bool on) => new(Query, Sort, 1, Filters, Territories, on, Years);

    public SearchRequest ToRequest(int size) => new()
    {
        Query = Query,
        Page = Page,
        Size = size,
        Sort = Sort == SortDate ? SearchSort.Date : SearchSort.Relevance,
        Filters = Filters,
        Territories = Territories,
        TerritoryAncestors = TerritoryAncestors,
        YearFrom = Years.From,
        YearTo = Years.To,
    };

    /// <summary>The query-string parameters of this state, in URL order.</summary>
    public IReadOnlyList<(string Name, string Value)> Parameters()
    {
        var parameters = new List<(string Name, string Value)>();
        if (Query.Length > 0) parameters.Add(("q", Query));
        if (Sort != SortRelevance) parameters.Add(("sort", Sort));
        foreach (var (field, values) in Filters)
        {
            foreach (var value in values) parameters.Add((field, value));
        }
        foreach (var territory in Territories) parameters.Add(("territory", territory));
        if (TerritoryAncestors) parameters.Add(("territoryAncestors", "true"));
        if (Years.From is { } from) parameters.Add(("yearFrom", from.ToString(CultureInfo.InvariantCulture)));
        if (Years.To is { } to) parameters.Add(("yearTo", to.ToString(CultureInfo.InvariantCulture)));
        if (Page > 1) parameters.Add(("page", Page.ToString(CultureInfo.InvariantCulture)));
        return parameters;
    }

    /// <summary>Relative URL of this state under <paramref name="path"/>: "/?q=apprentis&amp;type=%C3%89tude&amp;page=2".</summary>
    public string ToUrl(string path = "/")
    {
        var parameters = Parameters();
        if (parameters.Count == 0) return path;

        var url = new StringBuilder(path);
        for (var i = 0; i < parameters.Count; i++)
        {
            url.Append(i == 0 ? '?' : '&')
               .Append(Uri.EscapeDataString(parameters[i].Name))
               .Append('=')
               .Append(Uri.EscapeDataString(parameters[i].Value));
        }
        return url.ToString();
    }

    public override string ToString() => ToUrl();
}
