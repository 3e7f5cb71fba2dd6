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
    [InlineData(false, SearcherDirectory.DefaultTermsBudgetBytes, SearcherDirectory.DefaultReadBufferBytes, SearcherDirectory.DefaultPostingsBudgetBytes)]
    [InlineData(true, SearcherDirectory.DefaultTermsBudgetBytes, SearcherDirectory.DefaultReadBufferBytes, SearcherDirectory.DefaultPostingsBudgetBytes)]
    [InlineData(false, 0L, 4096, 0L, true, 0L)] // every terms dictionary, postings list and position read by positional reads, larger buffers
    [InlineData(true, 0L, 64, 0L, true, 0L)]
    [InlineData(false, SearcherDirectory.DefaultTermsBudgetBytes, SearcherDirectory.DefaultReadBufferBytes, SearcherDirectory.DefaultPostingsBudgetBytes, false)] // held files in arrays
    [InlineData(true, SearcherDirectory.DefaultTermsBudgetBytes, SearcherDirectory.DefaultReadBufferBytes, SearcherDirectory.DefaultPostingsBudgetBytes, false)]
    public void Reads_the_index_as_Lucene_does(bool compound, long termsBudget, int readBuffer, long postingsBudget, bool mapped = true,
        long positionsBudget = SearcherDirectory.DefaultPositionsBudgetBytes)
    {
        var path = Build(compound);
        using var expectedDir = new SimpleFSDirectory(path);
        using var actualDir = new SearcherDirectory(path, termsBudget, readBuffer, postingsBudget, positionsBudgetBytes: positionsBudget) { MapsHeldFiles = mapped };
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
            // Postings advanced to targets (skip lists) and positions: a conjunction and a phrase with a frequent word.
            var both = new BooleanQuery { { new TermQuery(term), Occur.MUST }, { new TermQuery(new Term("body", "mot" + (w + 1))), Occur.MUST } };
            var phrase = new PhraseQuery { Slop = 40 };
            phrase.Add(term);
            phrase.Add(new Term("body", "mot" + (w + 1)));
            foreach (var query in new Query[] { both, phrase })
                Assert.Equal(expectedSearcher.Search(query, 50).ScoreDocs.Select(s => (s.Doc, s.Score)), actualSearcher.Search(query, 50).ScoreDocs.Select(s => (s.Doc, s.Score)));
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

    /// <summary>
    /// A stored document read at random (a hit) costs one positional read when the bytes read with its chunk's header hold its
    /// compressed block (<see cref="SearcherDirectory.ReadAhead"/>), two without; the same fields either way, for documents alone
    /// in their chunk, several in one, and compressed in slices.
    /// </summary>
    [Fact]
    public void A_stored_document_is_decoded_from_the_bytes_read_with_its_chunk_header()
    {
        var path = Path.Combine(_root, "stored");
        var random = new Random(11);
        var vocabulary = new[] { "la", "dotation", "globale", "de", "fonctionnement", "des", "communes", "et", "départements", "en", "2021",
            "budget", "l'État", "fiscalité", "locale", "recettes", "dépenses", "investissement", "épargne", "brute", "intercommunalité" };
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        var texts = new List<string>();
        using (var writer = new IndexWriter(FSDirectory.Open(path), IndexSettings.WriterConfig()))
        {
            for (var i = 0; i < 60; i++)
            {
                // Mostly some 6 KB of text (alone in its 4 KB chunk, compressed to less than a read), some short (several in a
                // chunk), some long (compressed in 4 KB slices).
                var text = Text(i % 10 == 0 ? 20 : i % 10 == 1 ? 4000 : 700);
                texts.Add(text);
                writer.AddDocument(new Document { new StringField("id", "doc" + i, Field.Store.YES), new TextField("body", text, Field.Store.YES) });
            }
            writer.Commit();
        }
        long Reads(bool readAhead, out List<string> bodies)
        {
            using var directory = new SearcherDirectory(path) { ReadAhead = readAhead };
            using var reader = DirectoryReader.Open(directory);
            Assert.Single(reader.Leaves);
            var read = new string[reader.MaxDoc];
            var before = directory.PositionalReads;
            // Last to first: each document's chunk lies before what the previous read brought in.
            for (var d = reader.MaxDoc - 1; d >= 0; d--) read[d] = reader.Document(d).Get("body");
            bodies = [.. read];
            return directory.PositionalReads - before;
        }
        var with = Reads(readAhead: true, out var withBodies);
        var without = Reads(readAhead: false, out var withoutBodies);
        Assert.Equal(texts, withBodies);
        Assert.Equal(texts, withoutBodies);
        // 48 documents of some 6 KB: one read each instead of two.
        Assert.True(without - with >= 40, $"{with} positional reads with the bytes read ahead, {without} without");
    }

    [Fact]
    public void The_writers_directory_holds_nothing_in_memory_and_writes_and_merges_an_index_Lucene_reads_the_same()
    {
        var built = Build(compound: false);
        var path = Path.Combine(_root, "written");
        using (var directory = SearcherDirectory.ForWriter(path))
        {
            Assert.False(directory.HoldsHotFiles);
            using var writer = new IndexWriter(directory, IndexSettings.WriterConfig());
            using var source = new SimpleFSDirectory(built);
            writer.AddIndexes(source); // reads every file of the source's segments through Lucene, writes them here
            writer.Commit();
            writer.ForceMerge(1); // a merge reads the new segments back through this directory
            writer.Commit();
            foreach (var file in directory.ListAll().Where(f => SearcherDirectory.HeldInMemory.Contains(Path.GetExtension(f))))
            {
                using var input = directory.OpenInput(file, IOContext.DEFAULT);
                Assert.StartsWith("PositionalReadInput", input.ToString(), StringComparison.Ordinal); // not read into memory
            }
            Assert.Equal(0, directory.TermsHeldBytes);
            Assert.Equal(0, directory.PostingsHeldBytes);
        }

        using var expectedDir = new SimpleFSDirectory(built);
        using var actualDir = new SimpleFSDirectory(path);
        using var expected = DirectoryReader.Open(expectedDir);
        using var actual = DirectoryReader.Open(actualDir);
        Assert.Single(actual.Leaves);
        Assert.Equal(expected.NumDocs, actual.NumDocs);
        for (var w = 0; w < 5000; w += 89)
        {
            var term = new Term("body", "mot" + w);
            Assert.Equal(expected.DocFreq(term), actual.DocFreq(term));
            Assert.Equal(expected.TotalTermFreq(term), actual.TotalTermFreq(term));
        }
        var ids = new HashSet<string>();
        var leaf = actual.Leaves[0].AtomicReader;
        var n = leaf.GetNumericDocValues("n");
        for (var d = 0; d < leaf.MaxDoc; d++)
        {
            var id = leaf.Document(d).Get("id");
            ids.Add(id);
            Assert.Equal(int.Parse(id[3..], System.Globalization.CultureInfo.InvariantCulture) * 31L, n.Get(d));
        }
        Assert.Equal(expected.NumDocs, ids.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Terms_dictionaries_held_in_memory_stay_within_the_budget_and_are_given_back(bool compound)
    {
        var path = Build(compound);
        var termsFiles = TermsDictionarySizes(path, compound);
        Assert.True(termsFiles.Count >= 4, "one terms dictionary per segment");

        // Everything fits: every segment's dictionary is held.
        using (var all = new SearcherDirectory(path, termsBudgetBytes: termsFiles.Sum() + 1))
        {
            using (var reader = DirectoryReader.Open(all))
            {
                Assert.Equal(termsFiles.Sum(), all.TermsHeldBytes);
                Assert.True(reader.DocFreq(new Term("body", "mot1")) > 0);
            }
            Assert.Equal(0, all.TermsHeldBytes); // closing the segments gives their share back
        }

        // Room for the largest dictionary but not for all: some are held, never more than the budget, and the index reads the same.
        var budget = termsFiles.Max() + termsFiles.Min() / 2;
        using var some = new SearcherDirectory(path, termsBudgetBytes: budget);
        using var expectedDir = new SimpleFSDirectory(path);
        using (var reader = DirectoryReader.Open(some))
        using (var expected = DirectoryReader.Open(expectedDir))
        {
            Assert.InRange(some.TermsHeldBytes, termsFiles.Min(), budget);
            Assert.True(some.TermsHeldBytes < termsFiles.Sum());
            for (var w = 0; w < 5000; w += 61)
            {
                var term = new Term("body", "mot" + w);
                Assert.Equal(expected.DocFreq(term), reader.DocFreq(term));
                Assert.Equal(expected.TotalTermFreq(term), reader.TotalTermFreq(term));
            }
        }
        Assert.Equal(0, some.TermsHeldBytes);

        // No budget: nothing held, and clones of the inputs (one per searching thread) do not give back what they never took.
        using var none = new SearcherDirectory(path, termsBudgetBytes: 0);
        using (var reader = DirectoryReader.Open(none))
        {
            Assert.Equal(0, none.TermsHeldBytes);
            Assert.True(reader.DocFreq(new Term("body", "mot2")) > 0);
        }
        Assert.Equal(0, none.TermsHeldBytes);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SearcherDirectory(path, termsBudgetBytes: -1));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Postings_held_in_memory_stay_within_their_budget_and_are_given_back(bool compound)
    {
        var path = Build(compound);
        var postingsFiles = TermsDictionarySizes(path, compound, SearcherDirectory.Postings);
        Assert.True(postingsFiles.Count >= 4, "one postings file per segment");
        using var expectedDir = new SimpleFSDirectory(path);
        using var expected = DirectoryReader.Open(expectedDir);
        var expectedSearcher = new IndexSearcher(expected);

        foreach (var budget in new[] { postingsFiles.Sum(), postingsFiles.Max() + postingsFiles.Min() / 2, 0 })
        {
            using (var directory = new SearcherDirectory(path, postingsBudgetBytes: budget))
            {
                using (var reader = DirectoryReader.Open(directory))
                {
                    if (budget == postingsFiles.Sum()) Assert.Equal(postingsFiles.Sum(), directory.PostingsHeldBytes); // all of them fit
                    else if (budget > 0) Assert.InRange(directory.PostingsHeldBytes, postingsFiles.Min(), Math.Min(budget, postingsFiles.Sum() - 1));
                    else Assert.Equal(0, directory.PostingsHeldBytes);
                    Assert.Equal(TermsDictionarySizes(path, compound).Sum(), directory.TermsHeldBytes); // the terms' budget is another one
                    var searcher = new IndexSearcher(reader);
                    for (var w = 0; w < 5000; w += 113)
                    {
                        var query = new BooleanQuery { { new TermQuery(new Term("body", "mot" + w)), Occur.MUST }, { new TermQuery(new Term("body", "mot" + (w + 7))), Occur.SHOULD } };
                        Assert.Equal(expectedSearcher.Search(query, 100).ScoreDocs.Select(s => (s.Doc, s.Score)), searcher.Search(query, 100).ScoreDocs.Select(s => (s.Doc, s.Score)));
                    }
                }
                Assert.Equal(0, directory.PostingsHeldBytes); // closing the segments gives their share back
            }
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => new SearcherDirectory(path, postingsBudgetBytes: -1));
    }

    /// <summary>
    /// The positions are mapped within their budget (all of them, some, none), the segments opened first; phrases read them as
    /// Lucene's directory does, and with every position mapped (the terms and postings held) a phrase makes no positional read
    /// at all; closing the segments gives the budget back.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Positions_mapped_stay_within_their_budget_and_are_given_back(bool compound)
    {
        var path = Build(compound);
        var positionFiles = TermsDictionarySizes(path, compound, SearcherDirectory.Positions);
        Assert.True(positionFiles.Count >= 4, "one positions file per segment");
        using var expectedDir = new SimpleFSDirectory(path);
        using var expected = DirectoryReader.Open(expectedDir);
        var expectedSearcher = new IndexSearcher(expected);

        foreach (var budget in new[] { positionFiles.Sum(), positionFiles.Max() + positionFiles.Min() / 2, 0 })
        {
            using (var directory = new SearcherDirectory(path, positionsBudgetBytes: budget))
            {
                using (var reader = DirectoryReader.Open(directory))
                {
                    if (budget == positionFiles.Sum()) Assert.Equal(positionFiles.Sum(), directory.PositionsHeldBytes); // all of them fit
                    else if (budget > 0) Assert.InRange(directory.PositionsHeldBytes, positionFiles.Min(), Math.Min(budget, positionFiles.Sum() - 1));
                    else Assert.Equal(0, directory.PositionsHeldBytes);
                    Assert.Equal(TermsDictionarySizes(path, compound, SearcherDirectory.Postings).Sum(), directory.PostingsHeldBytes); // another budget
                    var searcher = new IndexSearcher(reader);
                    var readsBefore = directory.PositionalReads;
                    for (var w = 0; w < 5000; w += 113)
                    {
                        var phrase = new PhraseQuery { Slop = w % 2 == 0 ? 0 : 30 };
                        phrase.Add(new Term("body", "mot" + w));
                        phrase.Add(new Term("body", "mot" + (w + 7)));
                        Assert.Equal(expectedSearcher.Search(phrase, 100).ScoreDocs.Select(s => (s.Doc, s.Score)), searcher.Search(phrase, 100).ScoreDocs.Select(s => (s.Doc, s.Score)));
                    }
                    var reads = directory.PositionalReads - readsBefore;
                    if (budget == positionFiles.Sum()) Assert.Equal(0, reads);
                    else Assert.True(reads > 0, $"budget {budget}: {reads} positional reads");
                }
                Assert.Equal(0, directory.PositionsHeldBytes); // closing the segments gives their share back
            }
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => new SearcherDirectory(path, positionsBudgetBytes: -1));
    }

    /// <summary>
    /// The held files are mapped from the index's files, not copied into the process (so they are resident only as read, and
    /// shared with the OS cache), with or without compound files; the mappings go once no input over them is reachable, and
    /// none when the held files are read into arrays. Linux only (the mappings are read from /proc/self/maps).
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Held_files_are_mapped_from_the_index_and_unmapped_once_unreachable(bool compound)
    {
        if (!File.Exists("/proc/self/maps")) return;
        var path = Build(compound);
        Assert.Empty(MappedFiles(path));

        var held = SearchAndListMappings(path, mapped: true);
        if (compound) Assert.Contains(held, f => f.EndsWith(".cfs", StringComparison.Ordinal)); // the held parts' slices of each compound file
        else
            foreach (var extension in new[] { SearcherDirectory.Postings, SearcherDirectory.TermsDictionary, SearcherDirectory.Positions, ".tip", ".dvd", ".nvd" })
                Assert.Contains(held, f => f.EndsWith(extension, StringComparison.Ordinal));
        Assert.DoesNotContain(held, f => f.EndsWith(".fdt", StringComparison.Ordinal)); // read by positional reads
        ReleaseUnreachable();
        Assert.Empty(MappedFiles(path)); // the readers closed and unreachable: nothing of the index stays mapped

        Assert.Empty(SearchAndListMappings(path, mapped: false)); // copied into arrays: nothing mapped
    }

    /// <summary>
    /// An input over a held file reads its bytes as they are on disk, through clones and seeks; a clone still reads after its
    /// original is closed and the file deleted (Lucene closes the original last, but a mistake there must not read unmapped
    /// memory), and reading past the end throws as Lucene expects.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_held_files_input_reads_its_bytes_and_its_clones_outlive_the_original(bool mapped)
    {
        var folder = Path.Combine(_root, "held-" + mapped);
        System.IO.Directory.CreateDirectory(folder);
        var bytes = new byte[70_001];
        new Random(3).NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(folder, "_0.tip"), bytes);
        using var directory = new SearcherDirectory(folder) { MapsHeldFiles = mapped };
        var input = directory.OpenInput("_0.tip", IOContext.DEFAULT);
        Assert.Equal(mapped, MappedFiles(folder).Contains("_0.tip"));
        Assert.Equal(bytes.Length, input.Length);
        var all = new byte[bytes.Length];
        input.ReadBytes(all, 0, all.Length);
        Assert.Equal(bytes, all);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());

        input.Seek(12_345);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(12_345, clone.Position);
        input.Dispose();
        File.Delete(Path.Combine(folder, "_0.tip"));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.Equal(bytes[12_345], clone.ReadByte());
        clone.Seek(bytes.Length - 3);
        var tail = new byte[3];
        clone.ReadBytes(tail, 0, 3);
        Assert.Equal(bytes[^3..], tail);
        Assert.Throws<EndOfStreamException>(() => clone.ReadBytes(tail, 0, 1));
        Assert.Throws<EndOfStreamException>(() => clone.Seek(bytes.Length + 1));
        GC.KeepAlive(clone);
    }

    /// <summary>Opens the index (held files mapped or not), runs a search, closes it, and returns the index's files mapped while it was open.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static List<string> SearchAndListMappings(string path, bool mapped)
    {
        using var directory = new SearcherDirectory(path) { MapsHeldFiles = mapped };
        using var reader = DirectoryReader.Open(directory);
        Assert.True(new IndexSearcher(reader).Search(new TermQuery(new Term("body", "mot1")), 10).TotalHits > 0);
        // Lucene reads a terms index (.tip) whole when it opens a segment and closes its input: the mapping then goes at the
        // next collection, which another test's thread may run before the listing below. An input of our own keeps it there.
        var terms = System.IO.Directory.GetFiles(path, "*.tip").Select(f => directory.OpenInput(Path.GetFileName(f), IOContext.DEFAULT)).ToList();
        try
        {
            return MappedFiles(path);
        }
        finally
        {
            foreach (var input in terms) input.Dispose();
        }
    }

    /// <summary>Collects until the finalizers of what is unreachable have run (the mappings' handles among them).</summary>
    private static void ReleaseUnreachable()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    /// <summary>The names of the files of <paramref name="folder"/> this process has mapped now.</summary>
    private static List<string> MappedFiles(string folder)
    {
        var prefix = Path.GetFullPath(folder).TrimEnd('/') + "/";
        return File.ReadLines("/proc/self/maps").Select(l => l.IndexOf('/', StringComparison.Ordinal) is var i and >= 0 ? l[i..] : "")
            .Where(f => f.StartsWith(prefix, StringComparison.Ordinal)).Select(f => f[prefix.Length..]).Distinct().ToList();
    }

    /// <summary>The sizes of the terms dictionaries (or of the files with another <paramref name="extension"/>) of an index,
    /// as files or inside compound files.</summary>
    private static List<long> TermsDictionarySizes(string path, bool compound, string extension = SearcherDirectory.TermsDictionary)
    {
        if (!compound)
            return System.IO.Directory.GetFiles(path, "*" + extension).Select(f => new FileInfo(f).Length).ToList();
        using var fs = FSDirectory.Open(path);
        var sizes = new List<long>();
        foreach (var cfs in fs.ListAll().Where(f => f.EndsWith(".cfs", StringComparison.Ordinal)))
        {
            using var compoundDir = new CompoundFileDirectory(fs, cfs, IOContext.READ_ONCE, openForWrite: false);
            sizes.AddRange(compoundDir.ListAll().Where(f => f.EndsWith(extension, StringComparison.Ordinal)).Select(compoundDir.FileLength));
        }
        return sizes;
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
