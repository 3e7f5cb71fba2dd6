using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Territories;

namespace Search.Core.Tests.Querying;

/// <summary>
/// The matching query's disjunctions of terms (a word's fields) are <see cref="TermDisjunction"/>s: over a real index of
/// several segments (<see cref="TwoPhaseSearchTests.SegmentedIndex"/>), the same documents and the same scores, to the bit,
/// as Lucene's boolean query of the same clauses, in the first phase and in the rescoring; a word of a conjunction is scored
/// only for the documents holding every word.
/// </summary>
public sealed class TermDisjunctionTests(TwoPhaseSearchTests.SegmentedIndex index) : IClassFixture<TwoPhaseSearchTests.SegmentedIndex>
{
    public static TheoryData<string> Queries =>
    [
        "apprentis", "dépenses fonctionnement communes", "finances communes 2019", "DGF communes", "dotation globale de fonctionnement",
        "commune Grenoble", "budget Isère", "rapport Bretagne", "effectifs \"fonction publique\"", "apprent*", "communes -Grenoble",
        "apprentis | collèges", "fiscalite intercommunalites", "epci fiscalité", "action sociale départements 2020", "communes",
    ];

    [Fact]
    public void A_word_searched_in_several_fields_becomes_a_term_disjunction()
    {
        using var lease = index.Provider.Acquire()!;
        var searcher = lease.Searcher;
        var full = Full(searcher, "dépenses fonctionnement communes");
        var disjunctions = Disjunctions(MatchingQuery.Of(full)).ToList();
        // "communes", and "dépenses" and "fonctionnement" inside the synonym group "dépenses de fonctionnement" (itself a
        // disjunction of their conjunction and phrases): each a disjunction of its term in every field.
        Assert.True(disjunctions.Count(d => d.Clauses.Length >= 4 && d.Clauses.All(c => c is TermQuery)) >= 3, string.Join("\n", disjunctions));
        Assert.Empty(Disjunctions(MatchingQuery.Of(full, termDisjunctions: false)));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Every_document_and_score_is_that_of_Lucenes_boolean_disjunction(string text)
    {
        using var lease = index.Provider.Acquire()!;
        var searcher = lease.Searcher;
        var full = Full(searcher, text);
        var lucene = MatchingQuery.Of(full, termDisjunctions: false);
        var ours = MatchingQuery.Of(full);
        var all = searcher.IndexReader.MaxDoc;
        var expected = Scores(searcher, lucene, all);
        var actual = Scores(searcher, ours, all);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        // Counted without scores (a collector taking documents in any order: Lucene's bucket scorer for its disjunctions).
        Assert.Equal(Count(searcher, new ConstantScoreQuery(lucene)), Count(searcher, new ConstantScoreQuery(ours)));
        Assert.Equal(expected.Count, Count(searcher, ours));
        // An explanation gives the score.
        foreach (var (doc, score) in actual.Take(5)) Assert.Equal(score, searcher.Explain(ours, doc).Value);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_full_query_with_its_disjunctions_scores_every_document_as_lucenes(string text)
    {
        using var lease = index.Provider.Acquire()!;
        var searcher = lease.Searcher;
        var full = Full(searcher, text);
        var within = TermDisjunction.Within(full);
        // Every word's fields, the exact ones included, and a unit's phrase in each field (the rescoring's query; within a
        // place's demotion of the documents outside it too).
        if (!text.Contains('*')) Assert.NotEqual(full, within);
        var all = searcher.IndexReader.MaxDoc;
        var expected = Scores(searcher, full, all);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Scores(searcher, within, all));
        // The rescoring of a window (its accepted documents the window's only) gives the same order and scores.
        var window = searcher.Search(MatchingQuery.Of(full), 20).ScoreDocs;
        Assert.Equal(Search.Core.Querying.Rescorer.Rescore(searcher, full, window, byDate: false).Select(d => (d.Doc, d.Score)),
            Search.Core.Querying.Rescorer.Rescore(searcher, within, window, byDate: false).Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void A_disjunction_alone_and_nested_scores_as_lucenes_with_and_without_coordination()
    {
        using var lease = index.Provider.Acquire()!;
        var searcher = lease.Searcher;
        foreach (var coordDisabled in new[] { true, false })
        {
            // Four fields, one of them without the term in some segments (a segment where only one field holds it scores that
            // field alone), and boosts on the clauses and the disjunction.
            var boolean = new BooleanQuery(coordDisabled) { Boost = 1.5f };
            boolean.Add(new TermQuery(new Term(Schema.Title, "commun")) { Boost = 3f }, Occur.SHOULD);
            boolean.Add(new TermQuery(new Term(Schema.Body, "commun")), Occur.SHOULD);
            boolean.Add(new TermQuery(new Term(Schema.Meta, "dgcl")) { Boost = 0.5f }, Occur.SHOULD);
            boolean.Add(new TermQuery(new Term(Schema.Title, "absentword")), Occur.SHOULD);
            var disjunction = TermDisjunction.Of(boolean)!;
            Assert.NotNull(disjunction);
            var all = searcher.IndexReader.MaxDoc;
            Assert.Equal(Scores(searcher, boolean, all), Scores(searcher, disjunction, all));
            var conjunction = new BooleanQuery { { boolean, Occur.MUST }, { new TermQuery(new Term(Schema.Body, "budget")), Occur.MUST } };
            var withOurs = new BooleanQuery { { disjunction, Occur.MUST }, { new TermQuery(new Term(Schema.Body, "budget")), Occur.MUST } };
            var expected = Scores(searcher, conjunction, all);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Scores(searcher, withOurs, all));
        }
    }

    [Fact]
    public void In_a_conjunction_a_word_is_scored_only_for_the_documents_holding_every_word()
    {
        using var lease = index.Provider.Acquire()!;
        var reader = lease.Searcher.IndexReader;
        var counting = new CountingSimilarity(IndexSettings.Similarity);
        var searcher = new IndexSearcher(reader) { Similarity = counting };
        var full = Full(searcher, "dépenses fonctionnement communes");

        int Scored(Query query, out int matches)
        {
            counting.Scored = 0;
            matches = searcher.Search(query, reader.MaxDoc).TotalHits;
            return counting.Scored;
        }

        var lucene = Scored(MatchingQuery.Of(full, termDisjunctions: false), out var luceneMatches);
        var ours = Scored(MatchingQuery.Of(full), out var ourMatches);
        Assert.Equal(luceneMatches, ourMatches);
        Assert.True(ourMatches > 0);
        // Each match scores each of its fields holding one of the three words once: at most three words × six fields.
        Assert.True(ours <= ourMatches * 3 * 6, $"{ours} field scores for {ourMatches} matches");
        // Lucene's disjunctions scored every document they stopped on, most of them passed over by the conjunction.
        Assert.True(ours < lucene, $"{ours} field scores against Lucene's {lucene}");
    }

    private static IEnumerable<TermDisjunction> Disjunctions(Query query) => query switch
    {
        TermDisjunction disjunction => [disjunction, .. disjunction.Clauses.SelectMany(Disjunctions)],
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => Disjunctions(c.Query)),
        _ => [],
    };

    private static List<(int Doc, float Score)> Scores(IndexSearcher searcher, Query query, int n) =>
        searcher.Search(query, n).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc).ToList();

    private static int Count(IndexSearcher searcher, Query query)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits;
    }

    private static Query Full(IndexSearcher searcher, string text)
    {
        var cleaned = QueryText.Clean(text);
        var terms = new TermLookups(searcher.IndexReader);
        var built = QueryBuilder.Build(cleaned, terms);
        return terms.Attach(TerritoryQuery.For(new SearchRequest { Query = cleaned }, cleaned)
            .Boost(built.Scoring, rest => QueryBuilder.Build(rest, new TermLookups(searcher.IndexReader)).Scoring));
    }

    /// <summary>The index's similarity, counting the documents' field scores it computes.</summary>
    private sealed class CountingSimilarity(Similarity inner) : Similarity
    {
        public int Scored;

        public override long ComputeNorm(FieldInvertState state) => inner.ComputeNorm(state);

        public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats) =>
            inner.ComputeWeight(queryBoost, collectionStats, termStats);

        public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context) => new Counting(this, inner.GetSimScorer(weight, context));

        public override float Coord(int overlap, int maxOverlap) => inner.Coord(overlap, maxOverlap);

        public override float QueryNorm(float valueForNormalization) => inner.QueryNorm(valueForNormalization);

        private sealed class Counting(CountingSimilarity owner, SimScorer inner) : SimScorer
        {
            public override float Score(int doc, float freq)
            {
                owner.Scored++;
                return inner.Score(doc, freq);
            }

            public override float ComputeSlopFactor(int distance) => inner.ComputeSlopFactor(distance);

            public override float ComputePayloadFactor(int doc, int start, int end, Lucene.Net.Util.BytesRef payload) => inner.ComputePayloadFactor(doc, start, end, payload);
        }
    }
}
