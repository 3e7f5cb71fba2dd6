using Lucene.Net.Codecs;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// The writers' codec (<see cref="IndexSettings.Codec"/>) writes stored fields in chunks of
/// <see cref="IndexSettings.StoredFieldsChunkBytes"/> in Lucene 4.6's format: what Lucene's own codec reads back, every
/// value as written (small documents sharing a chunk, documents alone in theirs, documents compressed in slices).
/// </summary>
public sealed class StoredChunksTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "stored-chunks-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { System.IO.Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    /// <summary>Page texts of every size around the chunk's: a few words, one chunk, several slices.</summary>
    private static List<string[]> Pages()
    {
        var random = new Random(11);
        string Text(int chars)
        {
            var sb = new System.Text.StringBuilder(chars + 16);
            while (sb.Length < chars) sb.Append("mot").Append(random.Next(5000)).Append(random.Next(4) == 0 ? "é " : " ");
            return sb.ToString(0, chars);
        }
        var docs = new List<string[]>();
        foreach (var size in new[] { 10, 300, 2_000, 3_900, 4_096, 5_000, 7_000, 8_192, 9_000, 40_000, 150_000, 0, 700 })
            docs.Add([Text(size)]);
        docs.Add([Text(3_000), "", Text(6_000), Text(20_000)]);
        return docs;
    }

    private string Write(string name, IndexWriterConfig config, List<string[]> docs)
    {
        var path = Path.Combine(_root, name);
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, config);
        for (var i = 0; i < docs.Count; i++)
        {
            var d = new Document { new StringField("id", "doc" + i, Field.Store.YES), new StoredField("size", docs[i].Sum(p => p.Length)) };
            foreach (var page in docs[i]) d.Add(new TextField("body", page, Field.Store.YES));
            writer.AddDocument(d);
        }
        writer.Commit();
        return path;
    }

    /// <summary>The chunk size a stored-fields data file records in its header.</summary>
    private static int ChunkSizeOf(string path)
    {
        var fdt = System.IO.Directory.GetFiles(path, "*.fdt").Single();
        using var directory = FSDirectory.Open(path);
        using var input = directory.OpenInput(Path.GetFileName(fdt), IOContext.DEFAULT);
        CodecUtil.CheckHeader(input, "Lucene41StoredFieldsData", 0, int.MaxValue);
        return input.ReadVInt32();
    }

    [Fact]
    public void Stored_fields_come_back_as_written_through_Lucene_own_codec()
    {
        var docs = Pages();
        var path = Write("shipped", IndexSettings.WriterConfig(), docs);

        foreach (var directory in new Lucene.Net.Store.Directory[] { FSDirectory.Open(path), new SearcherDirectory(path) })
        {
            using (directory)
            using (var reader = DirectoryReader.Open(directory))
            {
                var leaf = Assert.Single(reader.Leaves);
                Assert.Equal("Lucene46", ((SegmentReader)leaf.AtomicReader).SegmentInfo.Info.Codec.Name);
                Assert.Equal(docs.Count, reader.NumDocs);
                // Twice, in an order that jumps backwards and forwards between chunks.
                foreach (var i in Enumerable.Range(0, docs.Count).Reverse().Concat(Enumerable.Range(0, docs.Count).Where(i => i % 2 == 0)))
                {
                    var stored = reader.Document(i);
                    Assert.Equal("doc" + i, stored.Get("id"));
                    Assert.Equal(docs[i], stored.GetValues("body"));
                    Assert.Equal(docs[i].Sum(p => p.Length), stored.GetField("size").GetInt32Value());
                }
            }
        }
    }

    [Fact]
    public void The_writers_chunks_are_smaller_than_Lucene_default()
    {
        var docs = Pages();
        var shipped = Write("shipped", IndexSettings.WriterConfig(), docs);
        var config = IndexSettings.WriterConfig();
        config.Codec = new Lucene.Net.Codecs.Lucene46.Lucene46Codec(); // Lucene's own (Codec.ForName gives IndexSettings.Codec)
        var lucene = Write("lucene", config, docs);

        Assert.Equal(IndexSettings.StoredFieldsChunkBytes, ChunkSizeOf(shipped));
        Assert.Equal(16 * 1024, ChunkSizeOf(lucene));
        Assert.True(IndexSettings.StoredFieldsChunkBytes < 16 * 1024);
    }
}
