using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Documents;
using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>
/// The phrases read together (<see cref="SharedPhrases"/>) give the boolean scorer what Lucene's own phrase scorers give: the
/// same documents, the same frequencies and the same scores to the last bit, over a window given as a bit set (as the rescoring
/// gives it), over other accepted documents and over the whole index, on a real index of several segments on disk.
/// </summary>
public sealed class SharedPhrasesTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "shared-phrases-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { System.IO.Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }

    // A small vocabulary (words the analysis keeps as they are): they meet in every order and at every distance, repeat within
    // a document, and some documents are long enough (over 4,096 positions) for the exact scorer's chunks.
    private static readonly string[] Words = ["mot101", "mot102", "mot103", "mot104", "mot105", "mot106", "mot107"];

    private DirectoryReader Open()
    {
        var config = IndexSettings.WriterConfig();
        config.MergePolicy = NoMergePolicy.NO_COMPOUND_FILES;   // the segments as committed
        using (var writer = new IndexWriter(FSDirectory.Open(_path), config))
        {
            var random = new Random(19);
            for (var i = 0; i < 1200; i++)
            {
                var length = i % 150 == 7 ? 5000 + random.Next(400) : 3 + random.Next(90);
                string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
                var document = new Document
                {
                    new StringField(Schema.Id, "doc" + i, Field.Store.YES),
                    new TextField(Schema.Title, Text(1 + random.Next(7)), Field.Store.NO),
                    new TextField(Schema.Body, Text(length), Field.Store.NO),
                };
                // A second page: the field's values are apart by the analyzer's position gap.
                if (i % 5 == 0) document.Add(new TextField(Schema.Body, Text(1 + random.Next(30)), Field.Store.NO));
                writer.AddDocument(document);
                if (i % 300 == 299) writer.Commit();   // several segments
            }
            writer.DeleteDocuments(new Term(Schema.Id, "doc17"));
            writer.Commit();
        }
        var reader = DirectoryReader.Open(FSDirectory.Open(_path));
        Assert.True(reader.Leaves.Count >= 4);
        Assert.True(reader.DocFreq(new Term(Schema.Body, "mot101")) > 100);
        return reader;
    }

    private static IndexSearcher Searcher(IndexReader reader) => new(reader) { Similarity = IndexSettings.Similarity };

    private static PhraseQuery Phrase(string field, int slop, float boost, (string Word, int Position)[] terms)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var (word, position) in terms) phrase.Add(new Term(field, word), position);
        return phrase;
    }

    public static TheoryData<string> Cases =>
        ["two words", "three words, a gap", "first position not 0", "repeated word", "repeated word twice", "four words"];

    private static (string, int)[] TermsOf(string name) => name switch
    {
        "two words" => [("mot101", 0), ("mot102", 1)],
        "three words, a gap" => [("mot103", 0), ("mot104", 2), ("mot105", 3)],
        "first position not 0" => [("mot106", 1), ("mot107", 2)],
        "repeated word" => [("mot101", 0), ("mot103", 1), ("mot101", 2)],
        "repeated word twice" => [("mot102", 0), ("mot102", 1), ("mot104", 2), ("mot104", 3)],
        _ => [("mot105", 0), ("mot101", 1), ("mot106", 2), ("mot102", 3)],
    };

    /// <summary>As the query builder makes it: the words required, then the title's near phrase, the text's exact and near phrases.</summary>
    private static BooleanQuery Full((string, int)[] terms, bool shared)
    {
        var query = new BooleanQuery();
        var required = new BooleanQuery();
        foreach (var (word, _) in terms.DistinctBy(t => t.Item1))
            required.Add(new BooleanQuery
            {
                { new TermQuery(new Term(Schema.Body, word)), Occur.SHOULD },
                { new TermQuery(new Term(Schema.Title, word)) { Boost = 4 }, Occur.SHOULD },
            }, Occur.MUST);
        query.Add(required, Occur.MUST);
        var title = Phrase(Schema.Title, 2, 3, terms);
        var exact = Phrase(Schema.Body, 0, 3, terms);
        var near = Phrase(Schema.Body, 6, 1, terms);
        foreach (var clause in shared ? [.. SharedPhrases.Of(title), .. SharedPhrases.Of(exact, near)] : new Query[] { title, exact, near })
            query.Add(clause, Occur.SHOULD);
        return query;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_full_query_scores_every_window_document_as_with_Lucenes_phrases(string name)
    {
        using var reader = Open();
        var searcher = Searcher(reader);
        var terms = TermsOf(name);
        Assert.All(Full(terms, shared: true).Clauses.Skip(1), c => Assert.IsType<SharedPhrases.Phrase>(c.Query));
        var expectedWeight = searcher.CreateNormalizedWeight(Full(terms, shared: false));
        var random = new Random(name.Length);
        var compared = 0;
        // With and without the search's term lookups; the window as a bit set (as the rescoring gives it) or as other bits.
        foreach (var (withLookups, asBitSet) in new[] { (false, true), (true, true), (true, false) })
        {
            var query = Full(terms, shared: true);
            var actualWeight = searcher.CreateNormalizedWeight(withLookups ? new TermLookups(reader).Attach(query) : query);
            foreach (var leaf in reader.Leaves)
            {
                var window = new FixedBitSet(leaf.AtomicReader.MaxDoc);
                for (var d = 0; d < leaf.AtomicReader.MaxDoc; d++)
                    if (random.Next(6) == 0 && leaf.AtomicReader.LiveDocs?.Get(d) != false) window.Set(d);
                var expected = expectedWeight.GetScorer(leaf, window);
                var actual = actualWeight.GetScorer(leaf, asBitSet ? window : new OtherBits(window));
                Assert.Equal(expected is null, actual is null);
                if (expected is null) continue;
                // Advanced to each window document in turn, as the rescoring does.
                for (var d = window.NextSetBit(0); d >= 0; d = d + 1 < window.Length ? window.NextSetBit(d + 1) : -1)
                {
                    if (expected.DocID < d) expected.Advance(d);
                    if (actual!.DocID < d) actual.Advance(d);
                    Assert.Equal(expected.DocID, actual.DocID);
                    if (expected.DocID != d) continue;
                    Assert.Equal(BitConverter.SingleToInt32Bits(expected.GetScore()), BitConverter.SingleToInt32Bits(actual.GetScore()));
                    compared++;
                }
            }
        }
        Assert.True(compared > 300, $"{compared} documents compared");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_phrase_matches_the_same_documents_with_the_same_frequency_and_score(string name)
    {
        using var reader = Open();
        var searcher = Searcher(reader);
        var terms = TermsOf(name);
        var random = new Random(7 * name.Length);
        int exactMatches = 0, nearMatches = 0, repeatedMatches = 0;
        foreach (var (field, slops) in new[] { (Schema.Body, new[] { 0, 6 }), (Schema.Title, new[] { 2 }), (Schema.Body, new[] { 1, 0, 3 }) })
        {
            var phrases = slops.Select(s => Phrase(field, s, 1.5f + s, terms)).ToArray();
            var shared = SharedPhrases.Of(phrases);
            foreach (var leaf in reader.Leaves)
            {
                // The whole segment (its live documents), then a window; each phrase's scorer opened in turn, as a boolean
                // query's weight opens its clauses', then each run to its end, one after the other: the first ones computed
                // every document the later ones read from what was kept.
                var window = new FixedBitSet(leaf.AtomicReader.MaxDoc);
                for (var d = 0; d < leaf.AtomicReader.MaxDoc; d++)
                    if (random.Next(3) == 0 && leaf.AtomicReader.LiveDocs?.Get(d) != false) window.Set(d);
                foreach (var accepted in new IBits?[] { leaf.AtomicReader.LiveDocs, window })
                {
                    var expected = phrases.Select(p => searcher.CreateNormalizedWeight(p).GetScorer(leaf, accepted)).ToArray();
                    var actual = shared.Select(p => searcher.CreateNormalizedWeight(p).GetScorer(leaf, accepted)).ToArray();
                    for (var p = 0; p < phrases.Length; p++)
                    {
                        var lucene = Run(expected[p]);
                        var ours = Run(actual[p]);
                        Assert.Equal(lucene.Select(m => m.Doc), ours.Select(m => m.Doc));
                        Assert.Equal(lucene, ours);
                        if (slops[p] == 0) exactMatches += lucene.Count;
                        else nearMatches += lucene.Count;
                        if (terms.DistinctBy(t => t.Item1).Count() < terms.Length) repeatedMatches += lucene.Count;
                    }
                }
            }
        }
        Assert.True(exactMatches > 20 && nearMatches > exactMatches, $"{exactMatches} exact, {nearMatches} near matches");
        if (terms.DistinctBy(t => t.Item1).Count() < terms.Length) Assert.True(repeatedMatches > 20);
    }

    private static List<(int Doc, int Freq, int Score)> Run(Scorer? scorer)
    {
        var found = new List<(int, int, int)>();
        if (scorer is null) return found;
        for (var d = scorer.NextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = scorer.NextDoc())
            found.Add((d, scorer.Freq, BitConverter.SingleToInt32Bits(scorer.GetScore())));
        return found;
    }

    [Fact]
    public void A_search_over_the_whole_index_ranks_and_scores_as_with_Lucenes_phrases()
    {
        using var reader = Open();
        var searcher = Searcher(reader);
        foreach (var name in new[] { "two words", "repeated word", "four words" })
        {
            var terms = TermsOf(name);
            var expected = searcher.Search(Full(terms, shared: false), 300).ScoreDocs;
            var actual = searcher.Search(new TermLookups(reader).Attach(Full(terms, shared: true)), 300).ScoreDocs;
            Assert.True(expected.Length > 50);
            Assert.Equal(expected.Select(s => (s.Doc, BitConverter.SingleToInt32Bits(s.Score))), actual.Select(s => (s.Doc, BitConverter.SingleToInt32Bits(s.Score))));
            // A phrase's explanation is Lucene's phrase's: the same match and value, for the best document and one the
            // phrases may miss.
            foreach (var doc in new[] { expected[0].Doc, expected[^1].Doc })
            {
                var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
                foreach (var clause in Full(terms, shared: true).Clauses.Skip(1))
                {
                    var ours = searcher.CreateNormalizedWeight(clause.Query).Explain(leaf, doc - leaf.DocBase);
                    var lucene = searcher.CreateNormalizedWeight(((SharedPhrases.Phrase)clause.Query).Inner).Explain(leaf, doc - leaf.DocBase);
                    Assert.Equal(lucene.IsMatch, ours.IsMatch);
                    Assert.Equal(BitConverter.SingleToInt32Bits(lucene.Value), BitConverter.SingleToInt32Bits(ours.Value));
                }
            }
        }
    }

    [Fact]
    public void The_phrases_keep_their_text_and_terms_and_leave_the_first_phase()
    {
        (string, int)[] terms = [("mot101", 0), ("mot102", 2)];
        var exact = Phrase(Schema.Body, 0, 3, terms);
        var near = Phrase(Schema.Body, 6, 1, terms);
        var shared = SharedPhrases.Of(exact, near);
        Assert.Equal(new[] { exact.ToString(), near.ToString() }, shared.Select(q => q.ToString()));
        var expectedTerms = new HashSet<Term>();
        exact.ExtractTerms(expectedTerms);
        var actualTerms = new HashSet<Term>();
        shared[0].ExtractTerms(actualTerms);
        Assert.Equal(expectedTerms.Order(), actualTerms.Order());
        // The first phase leaves them out, as it leaves Lucene's phrases out.
        var full = new BooleanQuery { { new TermQuery(new Term(Schema.Body, "mot101")), Occur.MUST }, { shared[0], Occur.SHOULD }, { shared[1], Occur.SHOULD } };
        Assert.IsType<TermQuery>(MatchingQuery.Of(full));
        // Phrases that cannot be computed together stay Lucene's: a term twice at one position, a repeated term in a phrase
        // of more than four terms, different terms.
        (string, int)[] twice = [("mot101", 0), ("mot101", 0), ("mot102", 1)];
        (string, int)[] five = [("mot101", 0), ("mot102", 1), ("mot101", 2), ("mot103", 3), ("mot104", 4)];
        Assert.All(SharedPhrases.Of(Phrase(Schema.Body, 0, 1, twice), Phrase(Schema.Body, 6, 1, twice)), q => Assert.IsType<PhraseQuery>(q));
        Assert.All(SharedPhrases.Of(Phrase(Schema.Body, 0, 1, five), Phrase(Schema.Body, 6, 1, five)), q => Assert.IsType<PhraseQuery>(q));
        Assert.All(SharedPhrases.Of(exact, Phrase(Schema.Title, 6, 1, terms)), q => Assert.IsType<PhraseQuery>(q));
    }

    [Fact]
    public void The_query_builder_gives_the_phrase_boosts_as_shared_phrases()
    {
        var built = Search.Core.Querying.QueryBuilder.Build("taxe foncière bâti");
        var clauses = ((BooleanQuery)built.Scoring).Clauses.Where(c => c.Query is SharedPhrases.Phrase).ToList();
        Assert.Equal(3, clauses.Count);
        Assert.All(clauses, c => Assert.Equal(Occur.SHOULD, c.Occur));
        Assert.Equal(new[] { Schema.Title, Schema.Body, Schema.Body }, clauses.Select(c => ((SharedPhrases.Phrase)c.Query).Inner.GetTerms()[0].Field));
        Assert.Equal(new[] { 2, 0, 6 }, clauses.Select(c => ((SharedPhrases.Phrase)c.Query).Slop));
    }

    [Fact]
    public void A_units_phrase_takes_the_searchs_states_and_matches_and_scores_as_Lucenes_in_the_first_phase()
    {
        using var reader = Open();
        var searcher = Searcher(reader);
        (string, int)[] terms = [("mot101", 0), ("mot102", 1)];
        // A unit's words as a phrase in the text and in its exact twin (which this index does not have), as the parser gives them.
        var unit = new BooleanQuery
        {
            { new TermQuery(new Term(Schema.Body, "mot103")), Occur.SHOULD },
            { Phrase(Schema.Body, 0, 1, terms), Occur.SHOULD },
            { Phrase(Schema.BodyExact, 0, 1, terms), Occur.SHOULD },
        };
        var attached = (BooleanQuery)new TermLookups(reader).Attach(unit);
        Assert.All(attached.Clauses.Skip(1), c => Assert.IsType<SharedPhrases.Phrase>(c.Query));
        // The first phase leaves the exact field's phrase out (implied by its stemmed twin), as it leaves Lucene's out.
        Assert.Equal(MatchingQuery.Of(unit).ToString(), MatchingQuery.Of(attached).ToString());
        Assert.Equal(2, ((BooleanQuery)MatchingQuery.Of(attached)).Clauses.Count);
        var expected = searcher.Search(MatchingQuery.Of(unit), 500).ScoreDocs;
        var actual = searcher.Search(MatchingQuery.Of(attached), 500).ScoreDocs;
        Assert.True(expected.Length > 100);
        Assert.Equal(expected.Select(s => (s.Doc, BitConverter.SingleToInt32Bits(s.Score))), actual.Select(s => (s.Doc, BitConverter.SingleToInt32Bits(s.Score))));
    }

    /// <summary>Accepted documents that are not a <see cref="FixedBitSet"/>.</summary>
    private sealed class OtherBits(FixedBitSet bits) : IBits
    {
        public bool Get(int index) => bits.Get(index);

        public int Length => bits.Length;
    }
}
