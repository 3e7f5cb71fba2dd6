using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>
/// Turns a cleaned user query into a Lucene query. Every meaningful word must match (in any field,
/// through the analysis chain, its synonyms or its correction); title and summary weigh more than
/// the body; exact (unstemmed) forms add to the stemmed ones; words found close together, as a
/// phrase, add more; a year in the query favours documents of that year.
/// The syntax is <see cref="SimpleQueryParser"/>'s: "phrases", -exclusion, a | b, prefix*, which
/// never throws on malformed input.
/// </summary>
public static partial class QueryBuilder
{
    private const int MaxTerms = 64;

    /// <summary>Every operator of the parser but fuzzy and proximity (<c>~</c> is then a character like any other).</summary>
    private const Operator ParserOperators = Operator.AND_OPERATOR | Operator.NOT_OPERATOR | Operator.OR_OPERATOR
        | Operator.PREFIX_OPERATOR | Operator.PHRASE_OPERATOR | Operator.PRECEDENCE_OPERATORS | Operator.ESCAPE_OPERATOR
        | Operator.WHITESPACE_OPERATOR;

    /// <summary>A built query: what scores, how it was understood, and how to relax it.</summary>
    public sealed record Built(Query Scoring, QueryPlan? Plan)
    {
        public string? Suggestion => Plan?.Suggestion;
    }

    /// <summary>
    /// The scoring query for a cleaned text (match-all for an empty one). Plain queries (words only)
    /// are planned first: synonyms expanded, unknown words corrected, years made a preference;
    /// queries with operators go to the parser as typed.
    /// </summary>
    public static Built Build(string cleanedQuery, TermLookups? terms = null, bool eagerCorrection = false, SearchLimits? limits = null)
    {
        if (cleanedQuery.Length == 0) return new Built(new MatchAllDocsQuery(), null);
        var ranking = (limits ?? SearchLimits.Default).Ranking;
        if (HasOperators(cleanedQuery)) return new Built(Parse(cleanedQuery, Occur.MUST, ranking.FieldWeights, terms) ?? new BooleanQuery(), null);

        var plan = QueryPlan.Create(cleanedQuery, terms, (limits ?? SearchLimits.Default).Synonyms, eagerCorrection, limits);
        return FromPlan(plan, ranking, terms);
    }

    /// <summary>The scoring query of a plan (<see cref="Build"/>'s for a plain query): what a plan changed after it was made
    /// searches (<see cref="ThesaurusBridge"/>).</summary>
    public static Built FromPlan(QueryPlan plan, RankingParameters ranking, TermLookups? terms = null)
    {
        var required = Parse(string.Join(' ', plan.Required.Select(u => u.Expression)), Occur.MUST, ranking.FieldWeights, terms);
        if (required is null) return new Built(new BooleanQuery(), plan);   // only stop words or punctuation

        var combined = new BooleanQuery { { required, Occur.MUST } };
        foreach (var unit in plan.Required)
        {
            // A unit expanded to synonyms: the words as typed score again, so expansions rank below exact matches.
            if (unit.Exact is { } exact && Parse(exact, Occur.MUST, ranking.FieldWeights, terms) is { } asTyped)
            {
                asTyped.Boost = ranking.AsTypedBoost;
                combined.Add(asTyped, Occur.SHOULD);
            }
        }
        // The verbs of a question rank the documents that hold them first, without excluding the others.
        foreach (var predicate in plan.Predicates)
            if (Parse(predicate.Expression, Occur.MUST, ranking.FieldWeights, terms) is { } verb)
            {
                verb.Boost = ranking.PredicateBoost;
                combined.Add(verb, Occur.SHOULD);
            }
        foreach (var year in plan.Years)
        {
            // A year favours the documents of that year (publication year, the years their figures cover, or the
            // year in the text) without excluding the others.
            combined.Add(YearPreference(year.Original, ranking), Occur.SHOULD);
            if (Parse(year.Expression, Occur.MUST, ranking.TextFieldWeights, terms) is { } inText)
            {
                inText.Boost = ranking.YearInTextBoost;
                combined.Add(inText, Occur.SHOULD);
            }
        }
        var positions = FrenchAnalyzers.TermPositions(FrenchAnalyzers.Stemmed, string.Join(' ', plan.Units.Select(u => u.Correction ?? u.Original)));
        if (positions.Count is >= 2 and <= MaxTerms)
        {
            combined.Add(Phrase(Schema.Title, positions, slop: ranking.TitlePhraseSlop, boost: ranking.TitlePhraseBoost), Occur.SHOULD);
            combined.Add(Phrase(Schema.Body, positions, slop: 0, boost: ranking.BodyPhraseBoost), Occur.SHOULD);
            combined.Add(Phrase(Schema.Body, positions, slop: ranking.BodyNearSlop, boost: ranking.BodyNearBoost), Occur.SHOULD);
        }
        return new Built(combined, plan);
    }

    /// <summary>
    /// The relaxed form of a plan: any unit may match (best partial matches first), for when no
    /// document contains them all. Null when there is nothing to relax.
    /// </summary>
    /// <param name="terms">The search's lookups, whose parsed words are reused (<see cref="TermLookups.ParsedWords"/>); null: parsed here.</param>
    public static Query? Relaxed(QueryPlan? plan, RankingParameters? ranking = null, TermLookups? terms = null) =>
        plan is { Units.Count: >= 2 } ? Parse(string.Join(' ', plan.Units.Select(u => u.Expression)), Occur.SHOULD, ranking?.FieldWeights, terms) : null;

    /// <summary>
    /// Documents of the year asked: published that year, or whose figures cover it or a year close to it. The best of
    /// these counts (a maximum, not a sum), as a fixed score (how rare a year is says nothing of how well it answers): a
    /// list "pour 2015" published in 2014 ranks above the one published in 2015 "pour 2016", and a long period does not
    /// outweigh the exact year.
    /// </summary>
    public static Query YearPreference(string year, RankingParameters? ranking = null)
    {
        ranking ??= RankingParameters.Default;
        // Score of the publication year asked, and of a covered year at distance 0, 1 and 2 from it.
        float[] coveredYearScores = [ranking.CoveredYearScore, ranking.CoveredYearScore1, ranking.CoveredYearScore2];
        var best = new DisjunctionMaxQuery(0f) { Fixed(Schema.Year, year, ranking.PublicationYearScore) };
        if (!int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var asked)) return best;
        for (var distance = 0; distance < coveredYearScores.Length; distance++)
            foreach (var y in distance == 0 ? [asked] : new[] { asked - distance, asked + distance })
                best.Add(Fixed(Schema.CoveredYear, y.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), coveredYearScores[distance]));
        return best;

        static Query Fixed(string field, string value, float score) => new ConstantScoreQuery(new TermQuery(new Term(field, value))) { Boost = score };
    }

    /// <summary>The query of a single unit, to tell which words no document contains.</summary>
    /// <param name="terms">The search's lookups, whose parsed words are reused (<see cref="TermLookups.ParsedWords"/>); null: parsed here.</param>
    public static Query? ForUnit(QueryPlan.Unit unit, RankingParameters? ranking = null, TermLookups? terms = null) =>
        Parse(unit.Expression, Occur.MUST, ranking?.FieldWeights, terms);

    /// <summary>The query of a single unit in the title and the summary only: what a document is about, not what it mentions.</summary>
    public static Query? ForUnitInTitle(QueryPlan.Unit unit, RankingParameters? ranking = null, TermLookups? terms = null) =>
        Parse(unit.Expression, Occur.MUST, (ranking ?? RankingParameters.Default).TitleFieldWeights, terms);

    private static Query? Parse(string text, Occur defaultOperator, Dictionary<string, float>? weights = null, TermLookups? terms = null)
    {
        // SimpleQueryParser does not analyse prefixes: fold them to the form of the exact fields.
        // The rest goes through the analysis chain (folding it here would defeat accented stop words).
        text = PrefixTerm().Replace(text, m => QueryText.Fold(m.Value));
        var parser = new Parser(FrenchAnalyzers.ForSchema, weights ?? RankingParameters.Default.FieldWeights, ParserOperators, terms) { DefaultOperator = defaultOperator };
        Query? parsed;
        try
        {
            parsed = parser.Parse(text);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new InvalidSearchRequestException(SearchErrors.QueryTooComplex, "The query has too many words or operators; shorten it.");
        }
        if (parsed is null || parsed is BooleanQuery { Clauses.Count: 0 }) return null;
        if (CountClauses(parsed) > BooleanQuery.MaxClauseCount)
            throw new InvalidSearchRequestException(SearchErrors.QueryTooComplex, "The query has too many words or operators; shorten it.");
        return parsed;
    }

    /// <summary>
    /// The parser, with each word's query (its fields' queries with their weights: <see cref="SimpleQueryParser"/>'s
    /// default query of a word) made once per search and kept in the search's <see cref="TermLookups.ParsedWords"/>: a search
    /// parses the same words again and again (the query, the rest of a query naming a place, each unit for its passages and
    /// matches, the relaxed query), and each time the word went through the analysis chain once per field. The queries kept
    /// are never changed: each parse gets its own copy of the word's query (a boolean query's copy has its own clauses), so
    /// a caller may set its boost or add to it; the queries below it are shared, and nothing changes them.
    /// </summary>
    private sealed class Parser(Lucene.Net.Analysis.Analyzer analyzer, Dictionary<string, float> weights, Operator flags, TermLookups? terms)
        : SimpleQueryParser(analyzer, weights, flags)
    {
        protected override Query? NewDefaultQuery(string text)
        {
            if (terms is not { ReuseParsedWords: true }) return base.NewDefaultQuery(text);
            var key = (text, DefaultOperator, weights);
            if (!terms.ParsedWords.TryGetValue(key, out var query)) terms.ParsedWords[key] = query = base.NewDefaultQuery(text);
            return (Query?)query?.Clone();
        }
    }

    /// <summary>
    /// A year selects the documents published that year and those whose figures cover it (a report "exercices 2019 et
    /// suivants" published in 2021 is about 2019): the year facet counts the same (<see cref="FacetCounter"/>).
    /// </summary>
    private static readonly string[] YearFields = [Schema.Year, Schema.CoveredYear];

    /// <summary>The filter for the selected facet values, or null. OR within a field, AND across fields.</summary>
    public static Query? Filters(IReadOnlyDictionary<string, IReadOnlyList<string>> filters, string? exceptField = null,
        (int? From, int? To) years = default)
    {
        BooleanQuery? all = null;
        if (exceptField != Schema.Year && (years.From is not null || years.To is not null))
        {
            // Years are indexed as four-digit strings: their order is the numeric order.
            var (from, to) = (years.From?.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
                years.To?.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
            var range = new BooleanQuery();
            foreach (var field in YearFields) range.Add(TermRangeQuery.NewStringRange(field, from, to, true, true), Occur.SHOULD);
            (all ??= []).Add(range, Occur.MUST);
        }
        foreach (var (field, values) in filters)
        {
            if (field == exceptField || values.Count == 0) continue;
            var any = new BooleanQuery();
            foreach (var value in values.Distinct())
                foreach (var f in field == Schema.Year ? YearFields : [field]) any.Add(new TermQuery(new Term(f, value)), Occur.SHOULD);
            (all ??= []).Add(any, Occur.MUST);
        }
        return all;
    }

    /// <summary>Scores by <paramref name="scoring"/>, restricted by <paramref name="filter"/> (which does not score).</summary>
    public static Query Restrict(Query scoring, Query? filter) =>
        filter is null ? scoring : new FilteredQuery(scoring, new QueryWrapperFilter(filter));

    private static PhraseQuery Phrase(string field, IReadOnlyList<(string Term, int Position)> terms, int slop, float boost)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var (term, position) in terms) phrase.Add(new Term(field, term), position);
        return phrase;
    }

    private static bool HasOperators(string query) => query.IndexOfAny(['"', '|', '+', '*', '~', '(', ')']) >= 0
        || query.StartsWith('-') || query.Contains(" -", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex("""[^\s"()|+~-]+\*""")]
    private static partial System.Text.RegularExpressions.Regex PrefixTerm();

    private static int CountClauses(Query q) => q is BooleanQuery b ? b.Clauses.Sum(c => CountClauses(c.Query)) + 1 : 1;
}
