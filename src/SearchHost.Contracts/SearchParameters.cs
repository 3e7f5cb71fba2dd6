using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Host.Contracts;

/// <summary>
/// The query string of a search: bound with <c>[AsParameters]</c> by <c>GET /api/search</c> (so its OpenAPI
/// document lists every parameter) and by model binding on the UI's search page. Values arrive as text and
/// <see cref="ToRequest"/> is the one parser: malformed values are refused with a code, never a binding failure.
/// </summary>
public sealed record SearchParameters
{
    [FromQuery(Name = "q"), Description("Words (all must match), \"a phrase\", -excluded, a | b, prefix*; at most 1,000 characters.")]
    public string? Q { get; init; }

    [FromQuery(Name = "page"), Description("Page of results, from 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "size"), Description("Hits per page, 1-100 (default 10).")]
    public string? Size { get; init; }

    [FromQuery(Name = "sort"), Description("relevance (default) or date.")]
    public string? Sort { get; init; }

    [FromQuery(Name = Schema.Publisher), Description("Publisher filter, repeatable (OR within a filter, AND across filters).")]
    public string[]? Publisher { get; init; }

    [FromQuery(Name = Schema.Type), Description("Document type filter, repeatable.")]
    public string[]? Type { get; init; }

    [FromQuery(Name = Schema.Year), Description("Year filter, repeatable: the year a document was published or a year its figures cover.")]
    public string[]? Year { get; init; }

    [FromQuery(Name = Schema.Theme), Description("Theme filter, repeatable.")]
    public string[]? Theme { get; init; }

    [FromQuery(Name = "yearFrom"), Description("First year of a range (1800-2200): published or covered by the figures that year.")]
    public string? YearFrom { get; init; }

    [FromQuery(Name = "yearTo"), Description("Last year of a range (1800-2200): published or covered by the figures that year.")]
    public string? YearTo { get; init; }

    [FromQuery(Name = "territory"), Description("<level>:<code>, repeatable (OR): documents about the territory or its descendants.")]
    public string[]? Territory { get; init; }

    [FromQuery(Name = "territoryAncestors"), Description("true: also documents about the ancestors of the chosen territories.")]
    public string? TerritoryAncestors { get; init; }

    /// <summary>The search these parameters ask for; throws <see cref="InvalidSearchRequestException"/> for a malformed value.</summary>
    public SearchRequest ToRequest(int defaultSize = 10) => new()
    {
        Query = (Q ?? "").Trim(),
        Page = Whole(Page, "page", SearchErrors.InvalidPage) is { } page
            ? page >= 1 ? page : throw new InvalidSearchRequestException(SearchErrors.InvalidPage, "'page' must be 1 or more.")
            : 1,
        Size = Whole(Size, "size", SearchErrors.InvalidSize) ?? defaultSize,
        Sort = (Sort ?? "").Trim() switch
        {
            "" or "relevance" => SearchSort.Relevance,
            "date" => SearchSort.Date,
            var other => throw new InvalidSearchRequestException(SearchErrors.InvalidSort, $"'sort' must be 'relevance' or 'date', not '{Truncate(other)}'."),
        },
        Filters = new (string Field, string[]? Values)[] { (Schema.Publisher, Publisher), (Schema.Type, Type), (Schema.Year, Year), (Schema.Theme, Theme) }
            .Select(f => (f.Field, Values: Values(f.Values)))
            .Where(f => f.Values.Count > 0)
            .ToDictionary(f => f.Field, f => f.Values),
        Territories = Values(Territory),
        TerritoryAncestors = (TerritoryAncestors ?? "").Trim() switch
        {
            "" or "false" => false,
            "true" => true,
            var other => throw new InvalidSearchRequestException(SearchErrors.InvalidParameter, $"'territoryAncestors' must be 'true' or 'false', not '{Truncate(other)}'."),
        },
        YearFrom = Whole(YearFrom, "yearFrom", SearchErrors.InvalidYear),
        YearTo = Whole(YearTo, "yearTo", SearchErrors.InvalidYear),
    };

    /// <summary>Trimmed, non-blank values, each once, in the order given (the UI's model binding turns an empty value into null).</summary>
    private static IReadOnlyList<string> Values(string?[]? values) =>
        values is null ? [] : values.Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static int? Whole(string? raw, string name, string code)
    {
        raw = raw?.Trim();
        if (string.IsNullOrEmpty(raw)) return null;
        return int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidSearchRequestException(code, $"'{name}' must be a whole number, not '{Truncate(raw)}'.");
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
