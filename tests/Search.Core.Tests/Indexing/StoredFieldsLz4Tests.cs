using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// <see cref="StoredFieldsLz4"/> decodes what Lucene's LZ4 compressor writes to the same bytes as Lucene's own decoder,
/// leaves the input at the same place (the reader goes on from there), and is what every reader of our codec's name uses.
/// </summary>
public sealed class StoredFieldsLz4Tests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "stored-lz4-" + Guid.NewGuid().ToString("N"));

    public StoredFieldsLz4Tests() => System.IO.Directory.CreateDirectory(_root);

    public void Dispose()
    {
        try { System.IO.Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    /// <summary>Blocks of every kind: French-like text, long repeats (overlapping matches), runs of one byte, random
    /// bytes (literals only), from 1 byte to several chunks.</summary>
    private static List<byte[]> Blocks()
    {
        var random = new Random(29);
        var words = new[] { "commune", "département", "région", "dotation", "fiscalité", "intercommunalité", "budget", "2019", "l'État", "à", "des", "de" };
        byte[] Text(int bytes)
        {
            var sb = new System.Text.StringBuilder();
            while (System.Text.Encoding.UTF8.GetByteCount(sb.ToString()) < bytes) sb.Append(words[random.Next(words.Length)]).Append(random.Next(6) == 0 ? ". " : " ");
            return System.Text.Encoding.UTF8.GetBytes(sb.ToString())[..bytes];
        }
        byte[] Noise(int bytes)
        {
            var b = new byte[bytes];
            random.NextBytes(b);
            return b;
        }
        var blocks = new List<byte[]>();
        foreach (var size in new[] { 1, 4, 9, 15, 16, 17, 100, 270, 1_000, 4_096, 5_000, 8_192, 20_000, 70_000 })
        {
            blocks.Add(Text(size));
            blocks.Add(Noise(size));
            blocks.Add(Enumerable.Repeat((byte)'a', size).ToArray());
            blocks.Add(Enumerable.Range(0, size).Select(i => (byte)"abcabcabcx"[i % 10]).ToArray());
        }
        // Text with a noisy stretch, and the reverse: literal runs longer than 15 + 255 bytes between matches.
        blocks.Add([.. Text(3_000), .. Noise(700), .. Text(3_000)]);
        blocks.Add([.. Noise(600), .. Text(6_000), .. Noise(300)]);
        return blocks;
    }

    /// <summary>Each block compressed by Lucene's LZ4 compressor (what the writers use), followed by unrelated bytes.</summary>
    private string WriteBlocks(Lucene.Net.Store.Directory directory, List<byte[]> blocks, out long[] starts)
    {
        const string name = "blocks.bin";
        starts = new long[blocks.Count];
        var compressor = CompressionMode.FAST.NewCompressor();
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        for (var i = 0; i < blocks.Count; i++)
        {
            starts[i] = output.Position;
            compressor.Compress(blocks[i], 0, blocks[i].Length, output);
            output.WriteBytes([0x1F, 0xFF, 0x00, 0x42, 0x07], 5);
        }
        return name;
    }

    /// <summary>The parts of a block a reader asks for: the whole, a prefix, a stretch in the middle, the end.</summary>
    private static IEnumerable<(int Offset, int Length)> Parts(int size)
    {
        yield return (0, size);
        if (size > 2) yield return (0, size / 3);
        if (size > 4) yield return (size / 3, size / 3);
        if (size > 1) yield return (size - 1, 1);
    }

    [Fact]
    public void Every_part_of_every_block_decodes_as_Lucene_decodes_it()
    {
        var blocks = Blocks();
        using var ram = new RAMDirectory();
        var path = Path.Combine(_root, "disk");
        System.IO.Directory.CreateDirectory(path);
        using var disk = new SearcherDirectory(path);
        var lucene = CompressionMode.FAST.NewDecompressor();
        var ours = StoredFieldsLz4.Mode.NewDecompressor();
        var checkedParts = 0;
        foreach (var directory in new Lucene.Net.Store.Directory[] { ram, disk })
        {
            var name = WriteBlocks(directory, blocks, out var starts);
            using var theirs = directory.OpenInput(name, IOContext.DEFAULT);
            using var mine = directory.OpenInput(name, IOContext.DEFAULT);
            for (var i = 0; i < blocks.Count; i++)
            {
                foreach (var (offset, length) in Parts(blocks[i].Length))
                {
                    theirs.Seek(starts[i]);
                    mine.Seek(starts[i]);
                    BytesRef expected = new(), actual = new();
                    lucene.Decompress(theirs, blocks[i].Length, offset, length, expected);
                    ours.Decompress(mine, blocks[i].Length, offset, length, actual);
                    Assert.Equal(blocks[i].AsSpan(offset, length).ToArray(), actual.Bytes.AsSpan(actual.Offset, actual.Length).ToArray());
                    Assert.Equal(expected.Bytes.AsSpan(expected.Offset, expected.Length).ToArray(), actual.Bytes.AsSpan(actual.Offset, actual.Length).ToArray());
                    Assert.Equal(theirs.Position, mine.Position);
                    checkedParts++;
                }
            }
        }
        Assert.True(checkedParts > 2 * 4 * 14);
    }

    [Fact]
    public void An_input_that_cannot_seek_back_is_decoded_by_Lucene()
    {
        var block = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("la dotation globale de fonctionnement des communes ", 80)));
        using var ram = new RAMDirectory();
        var name = WriteBlocks(ram, [block], out _);
        var bytes = new byte[ram.FileLength(name)];
        using (var input = ram.OpenInput(name, IOContext.DEFAULT)) input.ReadBytes(bytes, 0, bytes.Length);

        var fromArray = new ByteArrayDataInput(bytes);
        var decoded = new BytesRef();
        StoredFieldsLz4.Mode.NewDecompressor().Decompress(fromArray, block.Length, 10, 500, decoded);
        Assert.Equal(block.AsSpan(10, 500).ToArray(), decoded.Bytes.AsSpan(decoded.Offset, decoded.Length).ToArray());

        using var checksummed = new BufferedChecksumIndexInput(ram.OpenInput(name, IOContext.DEFAULT));
        var again = new BytesRef();
        StoredFieldsLz4.Mode.NewDecompressor().Decompress(checksummed, block.Length, 0, block.Length, again);
        Assert.Equal(block, again.Bytes.AsSpan(again.Offset, again.Length).ToArray());
    }

    [Fact]
    public void A_malformed_block_fails_as_it_does_with_Lucene()
    {
        // A match reaching 40,000 bytes back at the start of a block; then a block cut short.
        var backwards = new byte[] { 0x10, (byte)'x', 0x40, 0x9C, 0, 0, 0, 0, 0, 0, 0, 0 };
        var block = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("rapport annuel ", 40)));
        using var ram = new RAMDirectory();
        WriteBlocks(ram, [block], out _);
        var whole = new byte[ram.FileLength("blocks.bin") - 5];
        using (var input = ram.OpenInput("blocks.bin", IOContext.DEFAULT)) input.ReadBytes(whole, 0, whole.Length);
        var cut = whole[..(whole.Length / 2)];
        foreach (var bad in new[] { backwards, cut })
        {
            using (var output = ram.CreateOutput("bad.bin", IOContext.DEFAULT)) output.WriteBytes(bad, bad.Length);
            Exception? Fails(Decompressor decompressor)
            {
                using var input = ram.OpenInput("bad.bin", IOContext.DEFAULT);
                return Record.Exception(() => decompressor.Decompress(input, block.Length, 0, block.Length, new BytesRef()));
            }
            var theirs = Fails(CompressionMode.FAST.NewDecompressor());
            var mine = Fails(StoredFieldsLz4.Mode.NewDecompressor());
            Assert.NotNull(theirs);
            Assert.Equal(theirs!.GetType(), mine?.GetType());
            ram.DeleteFile("bad.bin");
        }
    }

    [Fact]
    public void Our_codec_reads_its_name_and_writers_keep_Lucene_default()
    {
        Assert.Same(IndexSettings.Codec, Codec.ForName("Lucene46"));
        Assert.Equal("Lucene46", Codec.Default.Name);
        Assert.NotSame(IndexSettings.Codec, Codec.Default);
        Assert.IsType<Lucene.Net.Codecs.Lucene46.Lucene46Codec>(Codec.Default);
    }
}
