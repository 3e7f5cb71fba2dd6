using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Documents;

namespace Search.Core.Querying;

/// <summary>A word of the query searched also as other words of the thesaurus (<see cref="ThesaurusBridge"/>): the answer says so
/// (« querelles » cherché aussi comme « différend »).</summary>
public sealed record ThesaurusReplacement(string Word, IReadOnlyList<string> SearchedAs);

/// <summary>
/// The vocabulary gap bridged by a general thesaurus (issue 14), only where the query would otherwise fail: when no document
/// holds every word of the query (and no widening of <see cref="LooseMatches"/> answered it), the query's rarest word (the one
/// that fails it: "querelles", which no document holds) is searched also as its thesaurus alternatives ("différend"), each
/// admitted only when the index supports it: a document holds the alternative together with every other word of the query in
/// one passage (<see cref="PassageCoverage"/>, every unit, not "most"). A thesaurus is general and noisy ("querelle" -> "mot",
/// "terme", "lettre"…): an alternative of fewer than <see cref="MinLetters"/> letters, of more than one word, a stop word, one of the
/// stem of a word of the query, one no document holds or one held by at least <see cref="RankingParameters.CommonUnitShare"/>
/// of the documents (a common word: too general to say anything, as for <see cref="LooseMatches.WithoutCommonUnits"/>) is never
/// tried; at most <see cref="RankingParameters.ThesaurusAlternatives"/>, in the file's order. A query whose rarest word has no
/// entry (a name, an acronym: "SNBC plan de départ volontaire") is not bridged through a commoner word. The documents found
/// rank after any holding the words as typed or their synonyms: there are none, the bridge runs only when no document holds
/// every word.
/// </summary>
public static class ThesaurusBridge
{
    /// <summary>Letters an alternative needs (fewer: "mot", "fin", "rom" — short words are general or ambiguous).</summary>
    public const int MinLetters = 4;

    /// <summary>
    /// The query with its rarest word widened to the alternatives a passage supports, and what replaced what; null when the
    /// bridge is off, the query has fewer than two required units (the passage gate needs the other words), its rarest word
    /// has no alternative worth trying or none is held with the other words in a passage.
    /// </summary>
    internal static (QueryBuilder.Built Built, IReadOnlyList<ThesaurusReplacement> Replaced)? Bridge(QueryBuilder.Built strict, IndexSearcher searcher,
        TermLookups terms, RankingParameters ranking, Thesaurus thesaurus, SearchBudget budget)
    {
        if (ranking.ThesaurusAlternatives <= 0 || thesaurus.Count == 0 || strict.Plan is not { } plan) return null;
        var units = plan.Required.Where(u => !u.IsYear && !u.IsPredicate).ToList();
        if (units.Count < 2) return null;
        // The rarest word (counted once per search, as the loose rules count it); the first of equally rare ones with alternatives.
        var counts = new int[units.Count];
        for (var i = 0; i < units.Count && budget.Left; i++)
            counts[i] = QueryBuilder.ForUnit(units[i], ranking, terms) is { } q ? LooseMatches.UnitMatchCount(searcher, terms, q, ranking) : int.MaxValue;
        if (!budget.Left) return null;
        var rarest = counts.Min();
        // Another word's stems are never an alternative ("médecins généralistes": "médecin" is no alternative of "généralistes").
        var own = units.SelectMany(u => FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, u.Correction ?? u.Original)
            .Concat(FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, u.Original))).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < units.Count && budget.Left; i++)
        {
            var unit = units[i];
            if (counts[i] != rarest || unit.Original.Contains(' ')) continue;
            var alternatives = Candidates(unit, thesaurus, terms, ranking, searcher.IndexReader.NumDocs, own);
            if (alternatives.Count == 0) continue;
            // The word or any of its alternatives, the other words as typed: the best complete matches, unfiltered (as the loose
            // rules decide), and those of them with a passage holding every word.
            var trial = plan.Replacing(new Dictionary<QueryPlan.Unit, QueryPlan.Unit> { [unit] = Widened(unit, alternatives) });
            var built = QueryBuilder.FromPlan(trial, ranking, terms);
            var top = TopScoreDocCollector.Create(Math.Max(1, ranking.LooseThinBelow), docsScoredInOrder: true);
            budget.Run(() => searcher.Search(MatchingQuery.Of(terms.Attach(built.Scoring), ranking), CancellableCollector.Wrap(top, budget.Token)));
            var window = top.GetTopDocs();
            if (window.TotalHits == 0 || !budget.Left) return null;
            var covered = PassageCoverage.Split(searcher, trial, window.ScoreDocs, ranking, terms, every: true).Covered;
            if (covered.Length == 0) return null;
            // The alternatives such a passage holds, each checked alone in those documents, and that stand where the word stood: next
            // to a word of the query next to it (within ThesaurusNearSlop positions, in the text or the title).
            var neighbours = Neighbours(units, i);
            var coveredDocs = covered.Select(d => d.Doc).ToHashSet();
            var admitted = alternatives.Where(alternative =>
            {
                var alone = plan.Replacing(new Dictionary<QueryPlan.Unit, QueryPlan.Unit> { [unit] = unit with { Expression = QueryPlan.Escape(alternative), Exact = null } });
                return PassageCoverage.Covering(searcher, alone, ranking, terms, every: true)(covered).Any(c => c)
                    && Near(searcher, FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, alternative)[0], neighbours, coveredDocs, ranking.ThesaurusNearSlop);
            }).ToList();
            if (admitted.Count == 0) return null;
            var bridged = plan.Replacing(new Dictionary<QueryPlan.Unit, QueryPlan.Unit> { [unit] = Widened(unit, admitted) });
            return (QueryBuilder.FromPlan(bridged, ranking, terms), [new ThesaurusReplacement(unit.Original, admitted)]);
        }
        return null;
    }

    /// <summary>The stemmed words next to unit <paramref name="i"/> in the query: the last of the unit before it, the first of the one after.</summary>
    private static List<string> Neighbours(IReadOnlyList<QueryPlan.Unit> units, int i)
    {
        var result = new List<string>(2);
        if (i > 0 && FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, units[i - 1].Correction ?? units[i - 1].Original) is [.., var before]) result.Add(before);
        if (i + 1 < units.Count && FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, units[i + 1].Correction ?? units[i + 1].Original) is [var after, ..]) result.Add(after);
        return result;
    }

    /// <summary>Whether one of <paramref name="docs"/> holds <paramref name="alternative"/> within <paramref name="slop"/> positions of one of
    /// <paramref name="neighbours"/> (either order), in the text or in the title.</summary>
    private static bool Near(IndexSearcher searcher, string alternative, IReadOnlyList<string> neighbours, HashSet<int> docs, int slop)
    {
        var any = new BooleanQuery();
        foreach (var field in (string[])[Schema.Body, Schema.Title])
            foreach (var neighbour in neighbours)
                any.Add(new Lucene.Net.Search.Spans.SpanNearQuery(
                    [new Lucene.Net.Search.Spans.SpanTermQuery(new Term(field, alternative)), new Lucene.Net.Search.Spans.SpanTermQuery(new Term(field, neighbour))],
                    slop, inOrder: false), Occur.SHOULD);
        if (any.Clauses.Count == 0) return false;
        var found = new InDocs(docs);
        searcher.Search(new ConstantScoreQuery(any), found);
        return found.Found;
    }

    /// <summary>Whether a match is one of given documents (stops at the first).</summary>
    private sealed class InDocs(HashSet<int> docs) : ICollector
    {
        private int _base;
        public bool Found { get; private set; }
        public bool AcceptsDocsOutOfOrder => false;
        public void SetScorer(Scorer scorer) { }
        public void SetNextReader(AtomicReaderContext context)
        {
            if (Found) throw new CollectionTerminatedException();
            _base = context.DocBase;
        }
        public void Collect(int doc)
        {
            if (!docs.Contains(_base + doc)) return;
            Found = true;
            throw new CollectionTerminatedException();
        }
    }

    /// <summary>A unit matching its own expression (the word as typed, its correction or synonyms) or any of the alternatives.</summary>
    private static QueryPlan.Unit Widened(QueryPlan.Unit unit, IEnumerable<string> alternatives) =>
        unit with { Expression = $"({unit.Expression} | {string.Join(" | ", alternatives.Select(QueryPlan.Escape))})" };

    /// <summary>The thesaurus alternatives of a unit worth trying, in the file's order: one word of <see cref="MinLetters"/>
    /// letters or more, not a stop word, not of a stem of the query's words (<paramref name="own"/>), held by some document and by
    /// fewer than <see cref="RankingParameters.CommonUnitShare"/> of them; at most <see cref="RankingParameters.ThesaurusAlternatives"/>.</summary>
    internal static List<string> Candidates(QueryPlan.Unit unit, Thesaurus thesaurus, TermLookups terms, RankingParameters ranking, int numDocs,
        IReadOnlySet<string> own)
    {
        var result = new List<string>();
        var entries = thesaurus.Alternatives(unit.Original);
        if (entries.Count == 0) return result;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var common = ranking.CommonUnitShare > 0 ? ranking.CommonUnitShare * numDocs : double.MaxValue;
        foreach (var alternative in entries)
        {
            if (result.Count >= ranking.ThesaurusAlternatives) break;
            if (alternative.Contains(' ') || QueryText.Fold(alternative).Count(char.IsLetter) < MinLetters) continue;
            if (FrenchAnalyzers.Terms(FrenchAnalyzers.Stemmed, alternative) is not [var stem] || own.Contains(stem) || !seen.Add(stem)) continue;
            var docs = Math.Max(terms.DocFreq(new Term(Schema.Body, stem)), terms.DocFreq(new Term(Schema.Title, stem)));
            if (docs == 0 || docs >= common) continue;
            result.Add(alternative);
        }
        return result;
    }
}
