using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>
/// A <see cref="TermDisjunction"/>'s exact phrases are matched in two phases (<see cref="RankingParameters.LazyPhrases"/>): over a
/// real index on disk (two segments), the same documents and scores, to the bit, as Lucene's boolean query of the same clauses
/// and its phrase scorer, and the phrases' positions read on fewer documents — only where the disjunction needs them.
/// </summary>
public sealed class LazyPhraseTests : IDisposable
{
    private readonly WhitespaceIndex _index;

    public LazyPhraseTests()
    {
        _index = new WhitespaceIndex(writer =>
        {
            for (var i = 0; i < 400; i++)
            {
                // Every document holds both words of the phrase, in order (the phrase) in half of them; one in ten holds
                // "gamma", one in three "delta" (the other clause of the disjunction); lengths vary (norms).
                var words = new List<string> { i % 2 == 0 ? "alpha beta" : "beta alpha", i % 7 == 0 ? "alpha beta alpha beta" : "" };
                if (i % 10 == 0) words.Add("gamma");
                if (i % 3 == 0) words.Add("delta");
                words.AddRange(Enumerable.Repeat("filler", i % 5));
                var document = new Document
                {
                    new TextField("body", string.Join(" ", words), Field.Store.NO),
                    new TextField("title", i % 4 == 0 ? "alpha beta title" : "title beta", Field.Store.NO),
                };
                writer.AddDocument(document);
                if (i == 199) writer.Commit();
            }
        });
    }

    public void Dispose() => _index.Dispose();

    private static PhraseQuery Phrase(string field, float boost = 1f) =>
        new PhraseQuery { new Term(field, "alpha"), new Term(field, "beta") }.With(boost);

    /// <summary>+gamma +(body:"alpha beta" title:"alpha beta"^2 body:delta), as Lucene's boolean query, or with a
    /// <see cref="TermDisjunction"/> whose phrases are matched in two phases or not.</summary>
    private static Query Conjunction(bool? lazyPhrases)
    {
        var boolean = new BooleanQuery { { Phrase("body"), Occur.SHOULD }, { Phrase("title", 2f), Occur.SHOULD }, { new TermQuery(new Term("body", "delta")), Occur.SHOULD } };
        Query disjunction = lazyPhrases is { } lazy ? TermDisjunction.Of(boolean, lazy)! : boolean;
        return new BooleanQuery { { new TermQuery(new Term("body", "gamma")), Occur.MUST }, { disjunction, Occur.MUST } };
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_document_and_score_is_that_of_Lucenes_phrase_and_boolean_queries(bool inConjunction)
    {
        var searcher = _index.Searcher();
        Query Of(bool? lazy) => inConjunction ? Conjunction(lazy) : ((BooleanQuery)Conjunction(lazy)).Clauses[1].Query;
        var expected = Scores(searcher, Of(null));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Scores(searcher, Of(true)));
        Assert.Equal(expected, Scores(searcher, Of(false)));
        // Counted without scores, and explained with its score.
        Assert.Equal(expected.Count, Count(searcher, Of(true)));
        foreach (var (doc, score) in expected.Take(5)) Assert.Equal(score, searcher.Explain(Of(true), doc).Value);
    }

    [Fact]
    public void A_phrase_alone_matches_and_scores_as_lucenes()
    {
        var searcher = _index.Searcher();
        var phrases = new BooleanQuery { { Phrase("body"), Occur.SHOULD }, { Phrase("title", 3f), Occur.SHOULD } };
        var expected = Scores(searcher, phrases);
        Assert.Equal(expected, Scores(searcher, TermDisjunction.Of(phrases, lazyPhrases: true)!));
        // Half of the documents hold the phrase in their body, a quarter in their title (some both).
        Assert.Equal(Enumerable.Range(0, 400).Count(i => i % 2 == 0 || i % 7 == 0 || i % 4 == 0), expected.Count);
    }

    [Fact]
    public void In_a_conjunction_the_phrases_positions_are_read_only_where_the_disjunction_needs_them()
    {
        var counting = new MultiReader(_index.Reader.Leaves.Select(l => (IndexReader)new PositionCounting(l.AtomicReader)).ToArray());
        var searcher = new IndexSearcher(counting) { Similarity = IndexSettings.Similarity };
        int Read(Query query, out int matches)
        {
            PositionCounting.Documents = 0;
            matches = Count(searcher, query);
            return PositionCounting.Documents;
        }

        var lucene = Read(Conjunction(lazyPhrases: false), out var luceneMatches);
        var lazy = Read(Conjunction(lazyPhrases: true), out var lazyMatches);
        Assert.Equal(luceneMatches, lazyMatches);
        Assert.Equal(40, lazyMatches);
        // Lucene's phrase scorers read positions on every "gamma" document and run on to their next match; in two phases,
        // only on the "gamma" documents without "delta" (which matches them alone), each phrase once.
        var needed = Enumerable.Range(0, 400).Count(i => i % 10 == 0 && i % 3 != 0);
        Assert.True(lazy <= 2 * 2 * needed, $"{lazy} documents' positions read for {needed} documents needing them");
        Assert.True(lazy < lucene, $"{lazy} documents' positions read against Lucene's {lucene}");
    }

    private static List<(int Doc, float Score)> Scores(IndexSearcher searcher, Query query) =>
        searcher.Search(query, 1000).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc).ToList();

    private static int Count(IndexSearcher searcher, Query query)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits;
    }

    /// <summary>A segment counting the documents on which positions are read (a first <c>NextPosition</c> per document).</summary>
    private sealed class PositionCounting(AtomicReader inner) : FilterAtomicReader(inner)
    {
        public static int Documents;

        public override Fields Fields => new CountingFields(base.Fields);

        private sealed class CountingFields(Fields inner) : FilterFields(inner)
        {
            public override Terms GetTerms(string field) => base.GetTerms(field) is { } terms ? new CountingTerms(terms) : null!;
        }

        private sealed class CountingTerms(Terms inner) : FilterTerms(inner)
        {
            public override TermsEnum GetEnumerator() => new CountingTermsEnum(base.GetEnumerator());

            public override TermsEnum GetEnumerator(TermsEnum? reuse) => new CountingTermsEnum(base.GetEnumerator());
        }

        private sealed class CountingTermsEnum(TermsEnum inner) : FilterTermsEnum(inner)
        {
            public override DocsAndPositionsEnum DocsAndPositions(IBits? liveDocs, DocsAndPositionsEnum? reuse, DocsAndPositionsFlags flags) =>
                base.DocsAndPositions(liveDocs, null, flags) is { } docs ? new CountingPositions(docs) : null!;
        }

        private sealed class CountingPositions(DocsAndPositionsEnum inner) : FilterDocsAndPositionsEnum(inner)
        {
            private int _counted = -1;

            public override int NextPosition()
            {
                if (_counted != DocID)
                {
                    _counted = DocID;
                    Documents++;
                }
                return base.NextPosition();
            }
        }
    }
}

internal static class PhraseQueryBoost
{
    public static PhraseQuery With(this PhraseQuery phrase, float boost)
    {
        phrase.Boost = boost;
        return phrase;
    }
}
