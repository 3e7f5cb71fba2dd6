namespace Search.Core.Querying;

public enum SearchSort { Relevance, Date }

/// <summary>A search as the API and the UI receive it.</summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Facet field -> selected values: OR within a field, AND across fields.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Territory filters, "level:code" (OR): documents about each territory or its descendants.</summary>
    public IReadOnlyList<string> Territories { get; init; } = [];

    /// <summary>Also documents about the ancestors of the chosen territories (regional and national studies).</summary>
    public bool TerritoryAncestors { get; init; }

    /// <summary>Publication years from/to (inclusive), a range within the year dimension.</summary>
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }

    /// <summary>
    /// Every hit in order and nothing else, for exports: <see cref="Size"/> may go up to <see cref="MaxDepth"/>; no facets,
    /// highlighted passages (the snippet is the plain summary) or relaxed results; not recorded in the query log.
    /// </summary>
    public bool HitsOnly { get; init; }

    public const int MaxQueryLength = 1000;
    public const int MaxSize = 100;
    public const int MaxDepth = 10_000;
}

/// <summary>The JSON answer of <c>GET /api/search</c> (and of <c>Indexer search --json</c>).</summary>
public sealed record SearchResponse
{
    public required string Query { get; init; }
    public required long Total { get; init; }
    public required int Page { get; init; }
    public required int Size { get; init; }
    public required long TookMs { get; init; }
    public required IReadOnlyList<SearchHit> Hits { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; }

    /// <summary>The query with unknown words corrected ("fonctionement" -> "fonctionnement"), when any was: "Vouliez-vous dire … ?".</summary>
    public string? Suggestion { get; init; }
    /// <summary>Territories named in the query ("Isère", "communes de Bretagne").</summary>
    public IReadOnlyList<Territories.TerritoryRef> QueryTerritories { get; init; } = [];
    /// <summary>The territories of the query a filter would keep results for, with how many ("Filtrer sur Isère (département)").</summary>
    public IReadOnlyList<TerritoryFacetValue> QueryTerritoryFilters { get; init; } = [];
    /// <summary>The territory facet at the current level (see <see cref="TerritoryFacet"/>).</summary>
    public TerritoryFacet? TerritoryFacet { get; init; }

    /// <summary>When no document contains every word, or none holds them in one passage (total 0): the best partial matches and the missing words.</summary>
    public RelaxedResults? Relaxed { get; init; }

    /// <summary>The words of the query that no document holds with the others, searched also as thesaurus alternatives a passage
    /// holds with them (« querelles » cherché aussi comme « différends », <see cref="ThesaurusBridge"/>), or null.</summary>
    public IReadOnlyList<ThesaurusReplacement>? Thesaurus { get; init; }

    /// <summary>What the search left out to stay within its limits (words, places, corrections, synonyms), or null.</summary>
    public IgnoredQueryParts? Ignored { get; init; }

    /// <summary>
    /// True when the search ran out of its time budget: the hits, total and counts are those found until then, and the
    /// ranking, the counts of the chosen filters' other values or the partial matches may be missing.
    /// </summary>
    public bool Partial { get; init; }
}

/// <summary>
/// Best partial matches when no document contains every word of the query, or when the documents that do only hold
/// them far apart (<paramref name="Scattered"/>: no passage of any holds most of them; <see cref="PassageCoverage"/>).
/// </summary>
public sealed record RelaxedResults(long Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<string> Missing, bool Scattered = false);

public sealed record SearchHit
{
    public required string Id { get; init; }
    public required string Url { get; init; }
    public required string Title { get; init; }
    public string? Publisher { get; init; }
    public string? Type { get; init; }
    /// <summary>yyyy-MM-dd, or null when unknown.</summary>
    public string? Date { get; init; }
    public int? Year { get; init; }
    /// <summary>The years the document's figures describe ("comptes 2019"), sorted; empty when none is found.</summary>
    public IReadOnlyList<int> CoveredYears { get; init; } = [];
    /// <summary>Best passage: matched words in &lt;mark&gt;, everything else HTML-escaped.</summary>
    public required string Snippet { get; init; }
    /// <summary>1-based page of the best passage, for PDFs.</summary>
    public int? Page { get; init; }
    /// <summary>The best passages (the snippet first), each with its page for PDFs.</summary>
    public IReadOnlyList<HitPassage> Passages { get; init; } = [];
    public required float Score { get; init; }
    public string? Format { get; init; }
    public string? TextStatus { get; init; }
    /// <summary>Pages whose text was read by OCR (empty for most documents).</summary>
    public IReadOnlyList<int> OcrPages { get; init; } = [];
    /// <summary>The territories the document is about and those it mentions.</summary>
    public Territories.DocumentTerritories Territories { get; init; } = Search.Core.Territories.DocumentTerritories.Empty;
    /// <summary>When the service indexed the document (feeds date undated documents with it).</summary>
    public DateTimeOffset? IndexedAt { get; init; }
    /// <summary>
    /// Other addresses of the same content and other versions of the same document (same title, publisher and year,
    /// near-identical text), ranked below this hit and shown with it instead of as hits of their own.
    /// </summary>
    public IReadOnlyList<HitVersion> OtherVersions { get; init; } = [];
    /// <summary>
    /// The query's words this hit lacks: it came in because few documents hold them all (<see cref="LooseMatches"/>),
    /// ranked after those that do. Empty for a complete match.
    /// </summary>
    public IReadOnlyList<string> Missing { get; init; } = [];
}

/// <summary>Another address (<see cref="SameContent"/>: the same bytes) or another version of a hit.</summary>
public sealed record HitVersion(string Id, string Url, string Title, string? Date, bool SameContent);

public sealed record FacetValue(string Value, int Count);

/// <summary>A document as its page shows it: its fields, and the pages where a query's words are, in page order.</summary>
/// <param name="Query">The query as cleaned (empty: no query, no matches).</param>
public sealed record DocumentMatches(Documents.SearchDocument Document, string Query, IReadOnlyList<HighlightedPage> Matches)
{
    public int TotalMatches => Matches.Sum(p => p.Matches);
}

/// <summary>A passage of a hit: HTML (matches in &lt;mark&gt;, the rest escaped) and its PDF page.</summary>
public sealed record HitPassage(string Snippet, int? Page);

/// <summary>
/// A request the service refuses (HTTP 400): <see cref="Code"/> (one of <see cref="SearchErrors"/>) says what is
/// wrong for programs, such as the UI that words it in French; the message says it in English for people.
/// </summary>
public sealed class InvalidSearchRequestException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The stable codes of refused searches (the <c>code</c> of the API's problem details).</summary>
public static class SearchErrors
{
    public const string QueryTooLong = "query-too-long";
    public const string QueryTooComplex = "query-too-complex";
    public const string InvalidPage = "invalid-page";
    public const string InvalidSize = "invalid-size";
    public const string BeyondMaxDepth = "beyond-max-depth";
    public const string InvalidSort = "invalid-sort";
    public const string InvalidYear = "invalid-year";
    public const string InvalidYearRange = "invalid-year-range";
    public const string UnknownFilter = "unknown-filter";
    public const string TooManyFilterValues = "too-many-filter-values";
    public const string InvalidTerritory = "invalid-territory";
    public const string UnknownTerritory = "unknown-territory";
    public const string InvalidParameter = "invalid-parameter";
}

/// <summary>No index is available yet (being built at start-up); HTTP 503.</summary>
public sealed class IndexNotReadyException() : Exception("The index is not ready yet: it is being built. Try again in a few seconds.");
