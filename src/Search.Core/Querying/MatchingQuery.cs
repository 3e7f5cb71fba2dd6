using Lucene.Net.Search;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// The cheap twin of a scoring query: it matches exactly the same documents, but leaves out the
/// clauses that only add to the score. Searches collect the top of the result list and count facets
/// with it, then compute the full score of a window of the best documents only (<see cref="Rescorer"/>).
/// <list type="bullet">
/// <item>In a boolean query with a required clause (and no minimum of optional ones), the optional
/// clauses never decide whether a document matches: the positional ones (phrase boosts), which cost the
/// most, go. Term preferences (a year, a named territory) stay: they are cheap and move documents far
/// enough to decide which ones enter the window.</item>
/// <item>In a disjunction over fields, a clause on an exact (unstemmed) field is implied by its stemmed
/// twin on the same text (<c>title_exact</c> by <c>title</c>, <c>body_exact</c> by <c>body</c>): the two
/// chains are the same but for the stemmer, token for token, so an exact term, conjunction or phrase
/// that matches also matches stemmed. Prefix, fuzzy and range clauses are kept (a stem may be shorter
/// than the prefix).</item>
/// <item>A disjunction of term queries (a word's fields) is a <see cref="TermDisjunction"/>: the same scores, computed only
/// for the documents a conjunction of words keeps.</item>
/// </list>
/// </summary>
public static class MatchingQuery
{
    private static readonly Dictionary<string, string> StemmedTwin = new(StringComparer.Ordinal)
    {
        [Schema.TitleExact] = Schema.Title,
        [Schema.BodyExact] = Schema.Body,
    };

    /// <summary>The matching query of <paramref name="query"/> with the search's <see cref="RankingParameters.TermDisjunctions"/>
    /// and <see cref="RankingParameters.LazyPhrases"/>.</summary>
    public static Query Of(Query query, RankingParameters ranking) => Of(query, ranking.TermDisjunctions, ranking.LazyPhrases);

    /// <param name="termDisjunctions">Whether disjunctions of terms become <see cref="TermDisjunction"/>s
    /// (<see cref="RankingParameters.TermDisjunctions"/>).</param>
    /// <param name="lazyPhrases">Whether their exact phrases are matched in two phases (<see cref="RankingParameters.LazyPhrases"/>).</param>
    public static Query Of(Query query, bool termDisjunctions = true, bool lazyPhrases = true)
    {
        // A territory query's demotion of the documents outside the named territories: its match sheds clauses, the same
        // factor applies (it decides which documents enter the window).
        if (query is TerritoryQuery.OutsideDemotion demotion) return demotion.With(Of(demotion.Match, termDisjunctions, lazyPhrases));
        if (query is not BooleanQuery boolean) return query;
        var clauses = boolean.Clauses;
        var hasRequired = clauses.Any(c => c.Occur == Occur.MUST);
        var scoreOnlyShould = hasRequired && boolean.MinimumNumberShouldMatch == 0;
        var pureDisjunction = !hasRequired && boolean.MinimumNumberShouldMatch == 0 && clauses.All(c => c.Occur == Occur.SHOULD);
        var siblingFields = pureDisjunction ? clauses.Select(c => SingleField(c.Query)).ToHashSet() : [];

        var result = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in clauses)
        {
            if (scoreOnlyShould && clause.Occur == Occur.SHOULD && IsPositional(clause.Query)) continue;
            if (pureDisjunction && SingleField(clause.Query) is { } field && StemmedTwin.TryGetValue(field, out var twin)
                && siblingFields.Contains(twin) && ImpliedByStemmedTwin(clause.Query)) continue;
            result.Add(clause.Occur == Occur.MUST_NOT ? clause.Query : Of(clause.Query, termDisjunctions, lazyPhrases), clause.Occur);
        }
        if (result.Clauses.Count == 1 && result.Clauses[0].Occur != Occur.MUST_NOT && boolean.Boost == 1f) return result.Clauses[0].Query;
        // A word's fields (or any other disjunction of terms): the same scores, summed only for the documents that match the
        // whole query.
        return (termDisjunctions ? TermDisjunction.Of(result, lazyPhrases) : null) ?? (Query)result;
    }

    /// <summary>Phrases (and boolean queries of phrases only): they read positions, the most costly postings.</summary>
    private static bool IsPositional(Query query) => query switch
    {
        PhraseQuery or MultiPhraseQuery or Lucene.Net.Search.Spans.SpanQuery => true,
        BooleanQuery b => b.Clauses.Count > 0 && b.Clauses.All(c => IsPositional(c.Query)),
        _ => false,
    };

    /// <summary>Term, phrase, and conjunctions or disjunctions of them: what the analysis chains map token for token.</summary>
    private static bool ImpliedByStemmedTwin(Query query) => query switch
    {
        TermQuery or PhraseQuery => true,
        BooleanQuery b => b.Clauses.All(c => c.Occur != Occur.MUST_NOT && ImpliedByStemmedTwin(c.Query)),
        _ => false,
    };

    /// <summary>The one field a query searches, or null when it searches several (or none known).</summary>
    private static string? SingleField(Query query)
    {
        switch (query)
        {
            case TermQuery t: return t.Term.Field;
            case PhraseQuery p: return p.GetTerms() is { Length: > 0 } terms ? terms[0].Field : null;
            case MultiTermQuery m: return m.Field;
            case BooleanQuery b:
                string? field = null;
                foreach (var c in b.Clauses)
                {
                    var f = SingleField(c.Query);
                    if (f is null || (field is not null && f != field)) return null;
                    field = f;
                }
                return field;
            default: return null;
        }
    }
}
