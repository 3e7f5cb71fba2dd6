using Search.Core.Querying;
using Search.Core.Territories;
using Search.Host.Contracts;
using Search.Host.Errors;

namespace Search.Host.Territories;

/// <summary>
/// <c>GET /api/territories?q=</c> (autocomplete) and <c>GET /api/territories/{level}/{code}</c> (a
/// territory's facts, parents, children and the publications about it and its descendants).
/// </summary>
public static class TerritoriesApi
{
    public static IEndpointRouteBuilder MapTerritoriesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/territories", (string? q, int? limit) =>
            {
                var size = limit ?? 10;
                if (size is < 1 or > 50) return ApiProblem.Create(StatusCodes.Status400BadRequest, SearchErrors.InvalidSize, "'limit' must be between 1 and 50.");
                if (q is { Length: > 200 }) return ApiProblem.Create(StatusCodes.Status400BadRequest, SearchErrors.QueryTooLong, "'q' is too long (at most 200 characters).");
                var suggestions = Gazetteer.Default.Suggest(q ?? "", size).Select(TerritorySuggestion.From).ToList();
                return Results.Json(suggestions, SearchJson.Options);
            })
            .WithName("SuggestTerritories")
            .WithSummary("Territory autocomplete: names (accents and case optional, prefixes), former names, INSEE codes, postcodes, SIREN")
            .Produces<List<TerritorySuggestion>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/api/territories/{level}/{code}", (string level, string code, int? page, SearchService search) =>
            {
                if (!TerritoryLevels.IsKnown(level)) return ApiProblem.Create(StatusCodes.Status404NotFound, ApiErrors.NotFound, $"Unknown level '{level}': one of {string.Join(", ", TerritoryLevels.All)}.");
                var t = Gazetteer.Default.Find(level, code.ToUpperInvariant()) ?? Gazetteer.Default.Find(level, code);
                if (t is null) return ApiProblem.Create(StatusCodes.Status404NotFound, ApiErrors.NotFound, $"No {level} with code '{code}'.");
                var publications = search.Search(new SearchRequest { Territories = [t.Key], Page = page ?? 1, Size = 10, Sort = SearchSort.Date });
                return Results.Json(TerritoryView.From(t, publications, TerritoryOverview.Of(search, t)), SearchJson.Options);
            })
            .WithName("GetTerritory")
            .RequireRateLimiting(Search.SearchLoad.Policy)
            .WithSummary("A territory: codes, population, parents, children or EPCI members, the publications about it and its descendants, "
                + "their counts by level, and, when there is none, the publications that mention it and those about its ancestors")
            .Produces<TerritoryView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}

/// <summary>One autocomplete answer; <see cref="LevelLabel"/> is the level as people read it ("département").</summary>
public sealed record TerritorySuggestion(string Level, string Code, string Name, TerritoryRef? Parent, string LevelLabel)
{
    public static TerritorySuggestion From(Territory t) =>
        new(t.Level, t.Code, t.Name, Gazetteer.DisplayParent(t) is { } p ? TerritoryRef.Of(p) : null, TerritoryLevels.Label(t.Level));
}

/// <summary>A territory's page as the API returns it.</summary>
public sealed record TerritoryView
{
    public required string Level { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public long Population { get; init; }
    /// <summary>INSEE code (communes, départements, régions), SIREN (communes and EPCI), postcodes, EPCI type.</summary>
    public required TerritoryCodes Codes { get; init; }
    /// <summary>Nearest first: EPCI, département, région, France.</summary>
    public required IReadOnlyList<TerritoryRef> Parents { get; init; }
    /// <summary>Départements of a région, EPCI and communes of a département, member communes of an EPCI.</summary>
    public required IReadOnlyList<TerritoryRef> Children { get; init; }
    /// <summary>Publications about the territory or its descendants, newest first: count and first page.</summary>
    public required TerritoryPublications Publications { get; init; }
    /// <summary>The level as people read it: "commune", "intercommunalité", "département", "région", "France".</summary>
    public required string LevelLabel { get; init; }
    /// <summary>Counts about the place, inside it by level and mentioning it; the sections shown when none is about it.</summary>
    public required TerritoryOverview Overview { get; init; }

    public static TerritoryView From(Territory t, SearchResponse publications, TerritoryOverview overview) => new()
    {
        Level = t.Level,
        LevelLabel = TerritoryLevels.Label(t.Level),
        Overview = overview,
        Code = t.Code,
        Name = t.Name,
        Population = t.Population,
        Codes = new TerritoryCodes(
            t.Level is TerritoryLevels.Epci ? null : t.Code,
            t.Level is TerritoryLevels.Epci ? t.Code : t.Siren,
            t.Postcodes,
            t.EpciType),
        Parents = t.Parents.Select(TerritoryRef.Of).ToList(),
        Children = Gazetteer.Default.Children(t).Select(TerritoryRef.Of).ToList(),
        Publications = new TerritoryPublications(publications.Total, publications.Page, publications.Hits),
    };
}

public sealed record TerritoryCodes(string? Insee, string? Siren, IReadOnlyList<string> Postcodes, string? EpciType);

public sealed record TerritoryPublications(long Total, int Page, IReadOnlyList<SearchHit> Hits);
