using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// The searchers' directory (hot files in memory, the rest by positional reads) reads an index exactly as Lucene's own
/// directory does, with and without compound files; the per-search term lookups give Lucene's term statistics.
/// </summary>
public sealed class SearcherDirectoryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "searcher-directory-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { System.IO.Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private string Build(bool compound)
    {
        var path = Path.Combine(_root, compound ? "cfs" : "plain");
        var config = IndexSettings.WriterConfig();
        config.UseCompoundFile = compound;
        config.MergePolicy = compound ? NoMergePolicy.COMPOUND_FILES : NoMergePolicy.NO_COMPOUND_FILES; // the segments as committed
        using var writer = new IndexWriter(FSDirectory.Open(path), config);
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var words = Enumerable.Range(0, 40 + i % 200).Select(_ => "mot" + random.Next(5000));
            writer.AddDocument(new Document
            {
                new StringField("id", "doc" + i, Field.Store.YES),
                new TextField("body", string.Join(' ', words), Field.Store.YES),
                new SortedSetDocValuesField("tag", new BytesRef("t" + i % 37)),
                new NumericDocValuesField("n", i * 31L),
            });
            if (i % 700 == 699) writer.Commit(); // several segments
        }
        writer.Commit();
        return path;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_the_index_as_Lucene_does(bool compound)
    {
        var path = Build(compound);
        using var expectedDir = new SimpleFSDirectory(path);
        using var actualDir = new SearcherDirectory(path);
        using var expected = DirectoryReader.Open(expectedDir);
        using var actual = DirectoryReader.Open(actualDir);
        Assert.True(actual.Leaves.Count >= 4);
        if (compound) Assert.Contains(actualDir.ListAll(), f => f.EndsWith(".cfs", StringComparison.Ordinal));
        Assert.Equal(expected.MaxDoc, actual.MaxDoc);

        // Stored fields, from the large files read by positional reads.
        for (var d = 0; d < expected.MaxDoc; d += 7)
            Assert.Equal(expected.Document(d).Get("body"), actual.Document(d).Get("body"));

        // Terms and postings, from the terms dictionary held in memory.
        var expectedSearcher = new IndexSearcher(expected);
        var actualSearcher = new IndexSearcher(actual);
        for (var w = 0; w < 5000; w += 97)
        {
            var term = new Term("body", "mot" + w);
            Assert.Equal(expected.DocFreq(term), actual.DocFreq(term));
            var e = expectedSearcher.Search(new TermQuery(term), 50);
            var a = actualSearcher.Search(new TermQuery(term), 50);
            Assert.Equal(e.ScoreDocs.Select(s => (s.Doc, s.Score)), a.ScoreDocs.Select(s => (s.Doc, s.Score)));
        }

        // Doc values, held in memory.
        for (var l = 0; l < expected.Leaves.Count; l++)
        {
            var el = expected.Leaves[l].AtomicReader;
            var al = actual.Leaves[l].AtomicReader;
            var en = el.GetNumericDocValues("n");
            var an = al.GetNumericDocValues("n");
            var et = el.GetSortedSetDocValues("tag");
            var at = al.GetSortedSetDocValues("tag");
            for (var d = 0; d < el.MaxDoc; d++)
            {
                Assert.Equal(en.Get(d), an.Get(d));
                et.SetDocument(d);
                at.SetDocument(d);
                Assert.Equal(et.NextOrd(), at.NextOrd());
            }
        }
    }

    [Fact]
    public void Term_lookups_give_Lucene_term_statistics()
    {
        var path = Build(compound: false);
        using var directory = new SearcherDirectory(path);
        using var reader = DirectoryReader.Open(directory);
        var lookups = new TermLookups(reader);
        foreach (var text in new[] { "mot1", "mot4999", "mot250", "absent", "mot1", "mot42" })
        {
            var term = new Term("body", text);
            var expected = TermContext.Build(reader.Context, term);
            var actual = lookups.For(term);
            Assert.Equal(expected.DocFreq, actual.DocFreq);
            Assert.Equal(expected.TotalTermFreq, actual.TotalTermFreq);
            Assert.Equal(reader.DocFreq(term), lookups.DocFreq(term));
        }
        Assert.True(lookups.DocFreq(new Term("body", "mot1")) > 0);
        Assert.Equal(0, lookups.DocFreq(new Term("body", "absent")));
        Assert.Equal(0, lookups.DocFreq(new Term("nofield", "mot1")));

        // A correction is computed once per search and word.
        var computed = 0;
        Assert.Equal("mot1", lookups.Correction("mto1", eager: false, () => { computed++; return "mot1"; }));
        Assert.Equal("mot1", lookups.Correction("mto1", eager: false, () => { computed++; return "other"; }));
        Assert.Null(lookups.Correction("mto1", eager: true, () => { computed++; return null; }));
        Assert.Equal(2, computed);

        // A query with the states attached scores as the query without them.
        var searcher = new IndexSearcher(reader);
        var query = new BooleanQuery
        {
            { new TermQuery(new Term("body", "mot1")) { Boost = 2f }, Occur.SHOULD },
            { new BooleanQuery { { new TermQuery(new Term("body", "mot2")), Occur.MUST }, { new TermQuery(new Term("body", "mot3")), Occur.SHOULD } }, Occur.SHOULD },
        };
        var plain = searcher.Search(query, 100);
        var attached = searcher.Search(lookups.Attach(query), 100);
        Assert.True(plain.TotalHits > 0);
        Assert.Equal(plain.ScoreDocs.Select(s => (s.Doc, s.Score)), attached.ScoreDocs.Select(s => (s.Doc, s.Score)));
    }
}
