using Search.Core.Analysis;

namespace Search.Core.Querying;

/// <summary>
/// What one search may cost, by construction: how many places named in the query rebuild it, how many
/// words are searched, corrected and expanded, how many filter values are accepted, and how long it may
/// run. Beyond the word caps the rest is searched as typed (or not at all for words beyond
/// <see cref="MaxWords"/>) and the answer says so (<see cref="SearchResponse.Ignored"/>); beyond the
/// filter caps the request is refused; beyond the time budget the search returns what it has, flagged
/// <see cref="SearchResponse.Partial"/>.
/// </summary>
public sealed record SearchLimits
{
    public static SearchLimits Default { get; } = new();

    /// <summary>Places named in the query that are searched as places (each one plans the rest of the query again).</summary>
    public int MaxPlaces { get; init; } = 5;

    /// <summary>Words (after stop words) that are searched; the ones after them are ignored.</summary>
    public int MaxWords { get; init; } = 32;

    /// <summary>Unknown words looked up for a correction per search (a Levenshtein automaton over two fields each).</summary>
    public int MaxCorrections { get; init; } = 8;

    /// <summary>Synonym groups expanded per query.</summary>
    public int MaxExpansions { get; init; } = 8;

    /// <summary>Selected values of one facet filter (publisher, type, year, theme).</summary>
    public int MaxFilterValues { get; init; } = 100;

    /// <summary>Selected territories (each may add its ancestors to the filter).</summary>
    public int MaxTerritories { get; init; } = 50;

    /// <summary>
    /// How long the matching, counting and ranking of a search may take before it returns what it has; null (the default
    /// here: the CLI, the evaluation and the tests answer in full) for no budget. The host sets it (<c>Search:TimeBudgetMs</c>).
    /// </summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>The clock of the time budget.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The ranking's numeric parameters (production's defaults; the evaluation varies them).</summary>
    public RankingParameters Ranking { get; init; } = RankingParameters.Default;

    /// <summary>
    /// The synonym data queries are planned with: production's Analysis/Data/synonyms.txt; the evaluation may load another
    /// file (<c>Indexer eval --synonyms</c>) to measure what some groups do, say a judged set's own groups left out.
    /// </summary>
    public Synonyms Synonyms { get; init; } = Synonyms.Default;

    /// <summary>The general thesaurus that bridges a query's word no document holds with the others
    /// (<see cref="ThesaurusBridge"/>): null (the default) for this machine's (<see cref="Thesaurus.Default"/>, read on first use).</summary>
    public Thesaurus? Thesaurus { get; init; }
}

/// <summary>What a search left out to stay within its <see cref="SearchLimits"/> (each list empty when nothing).</summary>
public sealed record IgnoredQueryParts
{
    /// <summary>Words beyond <see cref="SearchLimits.MaxWords"/>: not searched.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>Place names beyond <see cref="SearchLimits.MaxPlaces"/>: searched as words, not as places.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Unknown words beyond <see cref="SearchLimits.MaxCorrections"/>: searched as typed, not corrected.</summary>
    public IReadOnlyList<string> Uncorrected { get; init; } = [];

    /// <summary>Expressions beyond <see cref="SearchLimits.MaxExpansions"/>: searched as typed, without their synonyms.</summary>
    public IReadOnlyList<string> Unexpanded { get; init; } = [];

    public bool IsEmpty => Words.Count == 0 && Places.Count == 0 && Uncorrected.Count == 0 && Unexpanded.Count == 0;
}
