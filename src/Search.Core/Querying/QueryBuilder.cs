using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// Turns a cleaned user query into a Lucene query. Every meaningful word must match (in any field,
/// through the analysis chain); title and summary weigh more than the body; exact (unstemmed)
/// forms add to the stemmed ones; words found close together, as a phrase, add more.
/// The syntax is <see cref="SimpleQueryParser"/>'s: "phrases", -exclusion, a | b, prefix*, which
/// never throws on malformed input.
/// </summary>
public static partial class QueryBuilder
{
    private static readonly Dictionary<string, float> FieldWeights = new()
    {
        [Schema.Title] = 4f,
        [Schema.TitleExact] = 2f,
        [Schema.Summary] = 1.5f,
        [Schema.Body] = 1f,
        [Schema.BodyExact] = 0.5f,
        [Schema.Meta] = 1f,
    };

    private const int MaxTerms = 64;

    /// <summary>The scoring query for a cleaned text; match-all for an empty one.</summary>
    public static Query Build(string cleanedQuery)
    {
        if (cleanedQuery.Length == 0) return new MatchAllDocsQuery();

        // SimpleQueryParser does not analyse prefixes: fold them to the form of the exact fields.
        // The rest goes through the analysis chain (folding it here would defeat accented stop words).
        var text = PrefixTerm().Replace(cleanedQuery, m => QueryText.Fold(m.Value));
        var parser = new SimpleQueryParser(FrenchAnalyzers.ForSchema, FieldWeights)
        {
            DefaultOperator = Occur.MUST,
        };
        Query parsed;
        try
        {
            parsed = parser.Parse(text);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new InvalidSearchRequestException("The query has too many words or operators; shorten it.");
        }
        if (parsed is null || (parsed is BooleanQuery { Clauses.Count: 0 }))
        {
            // Only stop words or punctuation: nothing to match on.
            return new BooleanQuery();
        }
        if (CountClauses(parsed) > BooleanQuery.MaxClauseCount)
            throw new InvalidSearchRequestException("The query has too many words or operators; shorten it.");

        var terms = FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, text);
        if (terms.Count is < 2 or > MaxTerms || HasOperators(cleanedQuery)) return parsed;

        var combined = new BooleanQuery { { parsed, Occur.MUST } };
        combined.Add(Phrase(Schema.Title, terms, slop: 2, boost: 3f), Occur.SHOULD);
        combined.Add(Phrase(Schema.Body, terms, slop: 6, boost: 1.5f), Occur.SHOULD);
        return combined;
    }

    /// <summary>The filter for the selected facet values, or null. OR within a field, AND across fields.</summary>
    public static Query? Filters(IReadOnlyDictionary<string, IReadOnlyList<string>> filters, string? exceptField = null)
    {
        BooleanQuery? all = null;
        foreach (var (field, values) in filters)
        {
            if (field == exceptField || values.Count == 0) continue;
            var any = new BooleanQuery();
            foreach (var value in values.Distinct()) any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            (all ??= []).Add(any, Occur.MUST);
        }
        return all;
    }

    /// <summary>Scores by <paramref name="scoring"/>, restricted by <paramref name="filter"/> (which does not score).</summary>
    public static Query Restrict(Query scoring, Query? filter) =>
        filter is null ? scoring : new FilteredQuery(scoring, new QueryWrapperFilter(filter));

    private static PhraseQuery Phrase(string field, IReadOnlyList<string> terms, int slop, float boost)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var t in terms) phrase.Add(new Term(field, t));
        return phrase;
    }

    private static bool HasOperators(string query) => query.IndexOfAny(['"', '|', '+', '*', '~', '(', ')']) >= 0
        || query.StartsWith('-') || query.Contains(" -", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex("""[^\s"()|+~-]+\*""")]
    private static partial System.Text.RegularExpressions.Regex PrefixTerm();

    private static int CountClauses(Query q) => q is BooleanQuery b ? b.Clauses.Sum(c => CountClauses(c.Query)) + 1 : 1;
}
