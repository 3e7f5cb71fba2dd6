using Lucene.Net.Index;
using Search.Core.Documents;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

/// <summary><see cref="DocumentIndexWriter.Enqueue"/> with and without write threads.</summary>
public sealed class WriteThreadsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "write-threads-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }

    private static SearchDocument Doc(string url, string title, string hash = "h") => new()
    {
        Id = DocumentIds.FromUrl(url),
        Url = url,
        Title = title,
        Pages = ["Texte de la page " + title + "."],
        Format = "html",
        Origin = "folder:/x",
        ContentHash = hash,
        SourcePath = url + ".html",
        IndexedAt = DateTimeOffset.UnixEpoch,
    };

    /// <summary>Stored titles by id, and the segments, of the index's last commit.</summary>
    private (Dictionary<string, string> Titles, string[] Segments) Committed()
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(_path);
        using var reader = DirectoryReader.Open(directory);
        var titles = new Dictionary<string, string>();
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            for (var d = 0; d < leaf.AtomicReader.MaxDoc; d++)
            {
                if (live is not null && !live.Get(d)) continue;
                var doc = leaf.AtomicReader.Document(d);
                titles[doc.Get(Schema.Id)] = doc.Get(Schema.Title);
            }
        }
        var infos = new SegmentInfos();
        infos.Read(directory);
        return (titles, infos.Segments.Select(s => s.Info.Name).ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Queued_writes_and_deletes_keep_their_order_and_each_document_is_reported_once(int writeThreads)
    {
        var reports = new System.Collections.Concurrent.ConcurrentQueue<(string Title, Exception? Failure, string? Thread)>();
        using (var writer = DocumentIndexWriter.Open(_path, writeThreads: writeThreads))
        {
            void Queue(SearchDocument doc) => writer.Enqueue(doc, e => reports.Enqueue((doc.Title, e, Thread.CurrentThread.Name)));
            Queue(Doc("a", "a1"));
            Queue(Doc("b", "b1"));
            writer.Delete(DocumentIds.FromUrl("a"));
            Queue(Doc("c", "c1"));
            Queue(Doc("b", "b2"));
            writer.Delete(DocumentIds.FromUrl("c"));
            Queue(Doc("c", "c2"));
            for (var i = 0; i < 100; i++) Queue(Doc("n" + i, "n" + i));
            writer.Commit();
            Assert.Equal(105, reports.Count);   // every write reported before the commit returned
        }

        Assert.All(reports, r => Assert.Null(r.Failure));
        Assert.Equal(105, reports.Select(r => r.Title).Distinct().Count());
        // Without write threads the caller's thread writes (here the test's, which has no name); with them, theirs.
        Assert.All(reports, r => Assert.Equal(writeThreads > 0, r.Thread?.StartsWith("index-writer-", StringComparison.Ordinal) == true));
        var (titles, _) = Committed();
        Assert.Equal(102, titles.Count);
        Assert.False(titles.ContainsKey(DocumentIds.FromUrl("a")));
        Assert.Equal("b2", titles[DocumentIds.FromUrl("b")]);
        Assert.Equal("c2", titles[DocumentIds.FromUrl("c")]);
        Assert.Equal("n99", titles[DocumentIds.FromUrl("n99")]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_document_the_writer_refuses_is_reported_and_the_others_are_written(int writeThreads)
    {
        // A term over Lucene's 32,766 bytes: the writer refuses the document (and only it).
        var refused = Doc("https://example.org/" + new string('a', 40_000), "trop long");
        var reports = new System.Collections.Concurrent.ConcurrentDictionary<string, Exception?>();
        using (var writer = DocumentIndexWriter.Open(_path, writeThreads: writeThreads))
        {
            foreach (var doc in new[] { Doc("a", "a"), refused, Doc("b", "b") })
                writer.Enqueue(doc, e => reports[doc.Title] = e);
            writer.Commit();
        }

        Assert.Equal(3, reports.Count);
        Assert.Null(reports["a"]);
        Assert.Null(reports["b"]);
        Assert.Contains("immense term", reports["trop long"]?.Message);
        Assert.Equal(["a", "b"], Committed().Titles.Values.Order());
    }

    [Fact]
    public void Upsert_through_a_write_thread_returns_once_written_and_throws_what_the_writer_refused()
    {
        using (var writer = DocumentIndexWriter.Open(_path, writeThreads: 1))
        {
            for (var i = 0; i < 20; i++) writer.Enqueue(Doc("q" + i, "q" + i), _ => { });
            writer.Upsert(Doc("q3", "q3 again"));
            Assert.Equal(21, writer.MaxDoc);   // the 20 queued, and q3 again (its first version deleted, not yet merged away)
            var refused = Assert.Throws<ArgumentException>(() => writer.Upsert(Doc("https://example.org/" + new string('a', 40_000), "trop long")));
            Assert.Contains("immense term", refused.Message);
            writer.Commit();
        }
        var titles = Committed().Titles;
        Assert.Equal(20, titles.Count);
        Assert.Equal("q3 again", titles[DocumentIds.FromUrl("q3")]);
    }

    [Fact]
    public void A_write_thread_cannot_wait_for_the_writer()
    {
        Exception? waited = null;
        using (var writer = DocumentIndexWriter.Open(_path, writeThreads: 1))
        {
            writer.Enqueue(Doc("a", "a"), _ =>
            {
                try
                {
                    writer.WaitForWrites();
                }
                catch (Exception e)
                {
                    waited = e;
                }
            });
            writer.Commit();
        }
        Assert.IsType<InvalidOperationException>(waited);
        Assert.Single(Committed().Titles);
    }

    [Fact]
    public void Documents_queued_by_two_threads_to_one_write_thread_are_flushed_as_one_segment()
    {
        using (var writer = DocumentIndexWriter.Open(_path, writeThreads: 1))
        {
            using var start = new Barrier(2);
            var producers = Enumerable.Range(0, 2).Select(p => new Thread(() =>
            {
                start.SignalAndWait();
                for (var i = 0; i < 300; i++) writer.Enqueue(Doc($"p{p}-{i}", $"p{p}-{i}"), _ => { });
            })).ToList();
            foreach (var t in producers) t.Start();
            foreach (var t in producers) t.Join();
            writer.Commit();
        }
        // One in-memory segment written by one thread: one segment flushed, the first, and nothing to merge.
        var (titles, segments) = Committed();
        Assert.Equal(600, titles.Count);
        Assert.Equal(["_0"], segments);
    }

    [Fact]
    public void Disposing_the_writer_writes_what_is_queued()
    {
        var written = 0;
        using (var writer = DocumentIndexWriter.Open(_path, writeThreads: 1))
        {
            for (var i = 0; i < 50; i++) writer.Enqueue(Doc("d" + i, "d" + i), _ => Interlocked.Increment(ref written));
        }
        // Lucene's writer commits what it holds when it is closed.
        Assert.Equal(50, written);
        Assert.Equal(50, Committed().Titles.Count);
    }
}
