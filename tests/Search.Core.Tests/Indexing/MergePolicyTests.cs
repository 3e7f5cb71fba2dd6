using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// The writer's merge policy keeps an index in few segments (every query pays a fixed cost per segment): the bound
/// <see cref="IndexSettings.MaxSegments"/> holds once its merges are done, where Lucene's default policy keeps every
/// committed segment.
/// </summary>
public sealed class MergePolicyTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "merge-policy-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { System.IO.Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    /// <summary>Nine commits of 50 documents each, merges run in the committing thread (cascades included).</summary>
    private (int Segments, long Bytes, int Documents) WriteInCommits(string name, MergePolicy policy)
    {
        var path = Path.Combine(_root, name);
        var config = IndexSettings.WriterConfig();
        config.MergePolicy = policy;
        config.MergeScheduler = new SerialMergeScheduler();
        using (var directory = FSDirectory.Open(path))
        using (var writer = new IndexWriter(directory, config))
        {
            var random = new Random(3);
            for (var i = 0; i < 450; i++)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", "doc" + i, Field.Store.YES),
                    new TextField("body", string.Join(' ', Enumerable.Range(0, 60).Select(_ => "mot" + random.Next(2000))), Field.Store.YES),
                });
                if (i % 50 == 49) writer.Commit();
            }
        }
        using var reader = DirectoryReader.Open(FSDirectory.Open(path));
        var bytes = new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);
        return (reader.Leaves.Count, bytes, reader.NumDocs);
    }

    [Fact]
    public void The_shipped_policy_keeps_its_bound_where_Lucene_default_keeps_every_commit()
    {
        var merged = WriteInCommits("shipped", IndexSettings.MergePolicy());
        var lucene = WriteInCommits("default", new TieredMergePolicy { NoCFSRatio = 0.0 });

        Assert.Equal(450, merged.Documents);
        Assert.Equal(450, lucene.Documents);
        Assert.Equal(9, lucene.Segments); // Lucene 4.8's policy merges nothing before it has 10 segments (one merge's worth)
        Assert.InRange(merged.Segments, 1, IndexSettings.MaxSegments(merged.Bytes));
        Assert.Equal(2, IndexSettings.MaxSegments(merged.Bytes));
    }

    [Theory]
    [InlineData(1L << 20, 2)]          // a small index: at most 2 segments
    [InlineData(74L << 20, 2)]         // 10,000 generated documents (8 segments under Lucene's default policy)
    [InlineData(727L << 20, 5)]        // 100,000 generated documents (17 under Lucene's default policy)
    [InlineData(7400L << 20, 11)]      // about 1,000,000
    public void The_bound_grows_with_the_log_of_the_size(long bytes, int segments) =>
        Assert.Equal(segments, IndexSettings.MaxSegments(bytes));
}
