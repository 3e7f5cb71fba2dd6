using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Documents;
using Search.Pipeline.Indexing;

namespace Search.Pipeline.Tests.Indexing;

/// <summary>When a session commits: what a reader of the committed index (another process, the host) sees after each upsert.</summary>
public sealed class IndexingSessionTests : IDisposable
{
    private readonly string _index = Path.Combine(Path.GetTempPath(), "session-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { System.IO.Directory.Delete(_index, recursive: true); } catch (IOException) { }
    }

    /// <summary>A document whose text (title, pages) is <paramref name="bytes"/> bytes of UTF-8, accented letters included.</summary>
    private static SearchDocument Document(int k, int bytes)
    {
        const string title = "Budget";
        // "é" is two bytes in UTF-8: the page is counted in bytes, not in characters.
        var page = string.Concat(Enumerable.Repeat("é", (bytes - title.Length) / 4)) + new string('a', (bytes - title.Length) % 4 + (bytes - title.Length) / 4 * 2);
        return new SearchDocument { Id = "d" + k, Url = "https://example.test/" + k, Title = title, Pages = [page] };
    }

    /// <summary>The documents of the index's last commit (0 before the first one).</summary>
    private int Committed()
    {
        using var directory = FSDirectory.Open(_index);
        if (!DirectoryReader.IndexExists(directory)) return 0;
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    /// <summary>The segments of the index's last commit.</summary>
    private int CommittedSegments()
    {
        using var directory = FSDirectory.Open(_index);
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.Count;
    }

    private List<int> CommittedAfterEachUpsert(IndexingSession session, int documents, int bytes)
    {
        var seen = new List<int>();
        for (var k = 1; k <= documents; k++)
        {
            session.Upsert(Document(k, bytes));
            seen.Add(Committed());
        }
        return seen;
    }

    [Fact]
    public void A_document_text_is_counted_in_utf8_bytes()
    {
        Assert.Equal(3_000, IndexingSession.TextBytes(Document(1, 3_000)));
        Assert.Equal(3_001, IndexingSession.TextBytes(Document(1, 3_001)));
    }

    [Fact]
    public void A_session_by_work_commits_when_the_text_written_since_the_last_commit_reaches_its_bytes()
    {
        using var session = IndexingSession.Open(_index, CommitPolicy.ByWork(documents: 1_000, textBytes: 10_000));
        Assert.Null(session.Policy.Interval);
        // 3,000 bytes a document: the fourth crosses 10,000 (12,000), then the count starts again from the commit.
        Assert.Equal([0, 0, 0, 4, 4, 4, 4, 8, 8], CommittedAfterEachUpsert(session, 9, 3_000));
    }

    [Fact]
    public void A_session_by_work_commits_every_so_many_documents_whatever_their_text()
    {
        using var session = IndexingSession.Open(_index, CommitPolicy.ByWork(documents: 3, textBytes: long.MaxValue));
        Assert.Equal([0, 0, 3, 3, 3, 6, 6], CommittedAfterEachUpsert(session, 7, 100));
    }

    [Fact]
    public void A_session_with_an_interval_also_commits_by_time_and_one_by_work_does_not()
    {
        // An interval of zero has always passed: every upsert commits. The same thresholds by work alone wait for them.
        using (var timed = IndexingSession.Open(_index, new CommitPolicy(Documents: 1_000, TextBytes: 10_000, Interval: TimeSpan.Zero)))
            Assert.Equal([1, 2, 3], CommittedAfterEachUpsert(timed, 3, 100));
        System.IO.Directory.Delete(_index, recursive: true);
        using var byWork = IndexingSession.Open(_index, CommitPolicy.ByWork(documents: 1_000, textBytes: 10_000));
        Assert.Equal([0, 0, 0], CommittedAfterEachUpsert(byWork, 3, 100));
    }

    [Fact]
    public void A_run_that_wrote_a_large_share_of_the_index_completes_it_in_one_segment_and_a_small_run_leaves_it_to_the_merge_policy()
    {
        // A first run of 20 documents committing every 10: two segments (the merge policy merges three at a time), merged
        // into one by the last commit, with every document kept.
        using (var first = IndexingSession.Open(_index, CommitPolicy.ByWork(documents: 10)))
        {
            Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 20], CommittedAfterEachUpsert(first, 20, 100));
            Assert.Equal(2, CommittedSegments());
            first.Complete();
        }
        Assert.Equal((20, 1), (Committed(), CommittedSegments()));

        // Two documents replaced and one added (3 of 21, under a quarter): a second segment, left as it is.
        using (var small = IndexingSession.Open(_index, CommitPolicy.ByWork(documents: 10)))
        {
            foreach (var k in new[] { 3, 7, 21 }) small.Upsert(Document(k, 200));
            small.Complete();
        }
        Assert.Equal((21, 2), (Committed(), CommittedSegments()));

        // Six documents deleted (6 of 21, over a quarter with the deletions counted): one segment again, without them.
        using (var large = IndexingSession.Open(_index, CommitPolicy.ByWork(documents: 10)))
        {
            foreach (var k in Enumerable.Range(1, 6)) large.Delete("d" + k);
            large.Complete();
        }
        Assert.Equal((15, 1), (Committed(), CommittedSegments()));
        using var directory = FSDirectory.Open(_index);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(15, reader.MaxDoc);
    }

    [Fact]
    public void The_folder_ingest_commits_by_work_and_crawls_keep_a_commit_by_time()
    {
        Assert.Equal(new CommitPolicy(10_000, 64L * 1024 * 1024, null), CommitPolicy.ByWork());
        using var session = IndexingSession.Open(_index);
        Assert.Equal(TimeSpan.FromSeconds(60), session.Policy.Interval);
        Assert.Equal(long.MaxValue, session.Policy.TextBytes);
    }
}
