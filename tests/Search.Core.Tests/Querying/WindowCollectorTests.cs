using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>
/// <see cref="WindowCollector"/> keeps the window Lucene's <see cref="TopFieldCollector"/> of the same sort keeps: over a real
/// index on disk of three segments, with tied scores, tied dates and documents without a date, the same documents in the same
/// order with the same scores (to the bit) and the same total, by relevance then date and by date then relevance, for windows
/// smaller and larger than the matches.
/// </summary>
public sealed class WindowCollectorTests : IDisposable
{
    private readonly WhitespaceIndex _index;

    public WindowCollectorTests()
    {
        _index = new WhitespaceIndex(writer =>
        {
            for (var i = 0; i < 600; i++)
            {
                // Few distinct lengths and frequencies: many tied scores; few distinct dates, some documents without one.
                var words = new List<string> { "alpha" };
                words.AddRange(Enumerable.Repeat("alpha", i % 3));
                if (i % 4 == 0) words.Add("beta");
                words.AddRange(Enumerable.Repeat("filler", i % 5));
                var document = new Document { new TextField("body", string.Join(" ", words), Field.Store.NO) };
                if (i % 9 != 0) document.Add(new NumericDocValuesField(Schema.DateSort, 20100101L + 10000L * (i % 6) + (i % 2)));
                writer.AddDocument(document);
                if (i is 199 or 399) writer.Commit();
            }
        });
        Assert.Equal(3, _index.Reader.Leaves.Count);
    }

    public void Dispose() => _index.Dispose();

    private static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, new SortField(Schema.DateSort, SortFieldType.INT64, reverse: true));
    private static readonly Sort ByDate = new(new SortField(Schema.DateSort, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE);

    public static TheoryData<string, bool, int> Cases()
    {
        var data = new TheoryData<string, bool, int>();
        foreach (var query in new[] { "alpha", "beta", "alpha beta", "+alpha +beta", "none" })
            foreach (var dateFirst in new[] { false, true })
                foreach (var size in new[] { 1, 7, 200, 1000 })
                    data.Add(query, dateFirst, size);
        return data;
    }

    private static Query Parse(string text)
    {
        var query = new BooleanQuery();
        foreach (var word in text.Split(' '))
        {
            var occur = word.StartsWith('+') ? Occur.MUST : Occur.SHOULD;
            query.Add(new TermQuery(new Term("body", word.TrimStart('+'))), occur);
        }
        return query;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_window_is_Lucenes_top_field_collectors(string text, bool dateFirst, int size)
    {
        var searcher = _index.Searcher();
        var sort = dateFirst ? ByDate : ByRelevance;
        Assert.True(WindowCollector.Keeps(sort, out var keepsDateFirst));
        Assert.Equal(dateFirst, keepsDateFirst);

        var lucene = TopFieldCollector.Create(sort, size, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        searcher.Search(Parse(text), ScoreOnceCollector.Wrap(lucene));
        var expected = lucene.GetTopDocs();
        var own = new WindowCollector(size, dateFirst);
        searcher.Search(Parse(text), own);
        var actual = own.GetTopDocs();

        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.TotalHits, own.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, BitConverter.SingleToInt32Bits(d.Score))),
            actual.ScoreDocs.Select(d => (d.Doc, BitConverter.SingleToInt32Bits(d.Score))));
        if (text != "none") Assert.NotEmpty(actual.ScoreDocs);
        // Ties there are: the window's order rests on the date and the document, not on the score alone.
        if (text == "alpha" && size == 200)
            Assert.True(actual.ScoreDocs.Zip(actual.ScoreDocs.Skip(1)).Count(p => p.First.Score == p.Second.Score) > 100);
    }

    [Fact]
    public void Other_sorts_are_left_to_Lucene()
    {
        Assert.False(WindowCollector.Keeps(Sort.RELEVANCE, out _));
        Assert.False(WindowCollector.Keeps(new Sort(SortField.FIELD_SCORE, new SortField(Schema.DateSort, SortFieldType.INT64)), out _));
        Assert.False(WindowCollector.Keeps(new Sort(SortField.FIELD_SCORE, new SortField("other", SortFieldType.INT64, reverse: true)), out _));
        var withMissing = new SortField(Schema.DateSort, SortFieldType.INT64, reverse: true);
        withMissing.SetMissingValue(5L);
        Assert.False(WindowCollector.Keeps(new Sort(SortField.FIELD_SCORE, withMissing), out _));
    }

    [Fact]
    public void Each_match_is_scored_once_by_relevance_and_only_when_its_date_may_enter_by_date()
    {
        var searcher = _index.Searcher();
        var query = Parse("alpha");
        var own = new CountingScores(new WindowCollector(20, dateFirst: false));
        searcher.Search(query, own);
        Assert.Equal(600, own.Collected);
        Assert.Equal(600, own.Scored);

        var byDate = new CountingScores(new WindowCollector(20, dateFirst: true));
        searcher.Search(query, byDate);
        Assert.Equal(600, byDate.Collected);
        Assert.InRange(byDate.Scored, 20, 599);
    }

    /// <summary>Counts the matches a collector is given and the scores it asks for.</summary>
    private sealed class CountingScores(ICollector inner) : ICollector
    {
        public int Collected { get; private set; }
        public int Scored { get; private set; }
        public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;
        public void SetScorer(Scorer scorer) => inner.SetScorer(new Counted(scorer, this));
        public void SetNextReader(AtomicReaderContext context) => inner.SetNextReader(context);
        public void Collect(int doc)
        {
            Collected++;
            inner.Collect(doc);
        }

        private sealed class Counted(Scorer scorer, CountingScores owner) : Scorer(scorer.Weight)
        {
            public override float GetScore()
            {
                owner.Scored++;
                return scorer.GetScore();
            }
            public override int Freq => scorer.Freq;
            public override int DocID => scorer.DocID;
            public override int NextDoc() => scorer.NextDoc();
            public override int Advance(int target) => scorer.Advance(target);
            public override long GetCost() => scorer.GetCost();
        }
    }
}
