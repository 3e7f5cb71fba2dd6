using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>
/// The first phase's window scores only the matches that could enter it (<see cref="ScoreGate"/>): over a real index of
/// several segments (<see cref="TwoPhaseSearchTests.SegmentedIndex"/>), windows small enough to fill, the same documents in
/// the same order with the same scores (to the bit) and the same total as the window given every match, while some matches
/// are passed over unscored; and every bound is at least the score it bounds.
/// </summary>
public sealed class ScoreGateTests(TwoPhaseSearchTests.SegmentedIndex index) : IClassFixture<TwoPhaseSearchTests.SegmentedIndex>
{
    // Words only (one, several, a synonym group, a unit in several words), and a year (optional clauses).
    private static readonly string[] QueryTexts =
    [
        "communes", "dépenses fonctionnement communes", "finances communes 2019", "DGF communes", "dotation globale de fonctionnement",
        "fiscalite intercommunalites", "action sociale départements 2020", "apprentis collectivités", "budget",
    ];

    public static TheoryData<string> Queries => new(QueryTexts);

    private static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, new SortField(Schema.DateSort, SortFieldType.INT64, reverse: true));

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_gated_window_is_the_window_of_every_match(string text)
    {
        using var lease = index.Provider.Acquire()!;
        var searcher = lease.Searcher;
        var matching = MatchingQuery.Of(TermDisjunctionTests.Full(searcher, text));
        var skipped = 0;
        foreach (var size in new[] { 1, 2, 3, 5, 10 })
        {
            var all = TopFieldCollector.Create(ByRelevance, size, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
            searcher.Search(matching, ScoreOnceCollector.Wrap(all));
            var window = TopFieldCollector.Create(ByRelevance, size, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
            var gate = new ScoreGate(window, size);
            searcher.Search(matching, ScoreOnceCollector.Wrap(gate));
            var expected = all.GetTopDocs();
            Assert.True(expected.TotalHits > size, $"{expected.TotalHits} matches for a window of {size}");
            Assert.Equal(expected.TotalHits, gate.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, BitConverter.SingleToInt32Bits(d.Score))),
                window.GetTopDocs().ScoreDocs.Select(d => (d.Doc, BitConverter.SingleToInt32Bits(d.Score))));
            skipped += gate.Skipped;
        }
        Assert.True(skipped > 0, "no match passed over");
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Every_bound_is_at_least_the_score_it_bounds(string text)
    {
        using var lease = index.Provider.Acquire()!;
        var searcher = lease.Searcher;
        var check = new BoundCheck();
        searcher.Search(MatchingQuery.Of(TermDisjunctionTests.Full(searcher, text)), check);
        Assert.True(check.Matches > 0);
        Assert.Equal(0, check.Unknown);
        Assert.True(check.Below.Count == 0, string.Join("; ", check.Below));
        // Not a bound of infinity: below the best score of the whole index's words at least for some matches.
        Assert.True(check.Tight > 0, "every bound is at the query's most");
    }

    [Fact]
    public void A_search_by_relevance_gives_the_same_answer_gated_or_not()
    {
        var on = new SearchService(index.Provider);
        var off = new SearchService(index.Provider, limits: SearchLimits.Default with { Ranking = RankingParameters.Default.With("ScoreGate", "0") });
        foreach (var text in QueryTexts)
        {
            var request = new SearchRequest { Query = text, Size = 2 };
            var expected = off.Search(request);
            var actual = on.Search(request);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score)), actual.Hits.Select(h => (h.Id, h.Score)));
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected.Facets), System.Text.Json.JsonSerializer.Serialize(actual.Facets));
        }
    }

    /// <summary>Scores every match and checks its bound.</summary>
    private sealed class BoundCheck : ICollector
    {
        private Scorer? _scorer;
        private ScoreBound? _bound;
        private double _max;
        public int Matches, Unknown, Tight;
        public List<string> Below { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetNextReader(AtomicReaderContext context) { }

        public void SetScorer(Scorer scorer)
        {
            _scorer = scorer;
            _bound = ScoreBound.Of(scorer);
            _max = _bound?.Max ?? double.PositiveInfinity;
        }

        public void Collect(int doc)
        {
            Matches++;
            if (_bound is null)
            {
                Unknown++;
                return;
            }
            var bound = _bound.Current();
            var score = _scorer!.GetScore();
            if (bound < score) Below.Add($"doc {doc}: bound {bound} < score {score}");
            if (bound < _max) Tight++;
        }
    }
}
