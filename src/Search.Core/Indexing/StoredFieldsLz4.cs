using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Search.Core.Indexing;

/// <summary>
/// The stored fields' compression: Lucene's LZ4 (<see cref="CompressionMode.FAST"/>, the same bytes written), with a
/// decoder that reads the compressed bytes of a document once and copies literals and matches as spans. Lucene.Net's
/// own decoder (<see cref="LZ4.Decompress"/>) asks the input for every token, offset and length byte with a virtual
/// call and refills its 1 KB buffer several times per document: for a search, whose hits are decompressed one by one,
/// that was most of the stored fields' cost. Same format, same output: an index written with either is read by both.
/// </summary>
public sealed class StoredFieldsLz4 : CompressionMode
{
    public static StoredFieldsLz4 Mode { get; } = new();

    private StoredFieldsLz4()
    {
    }

    public override Compressor NewCompressor() => FAST.NewCompressor();

    public override Decompressor NewDecompressor() => Lz4Decompressor.Instance;

    public override string ToString() => "FAST";

    /// <summary>The most compressed bytes read at once into the per-thread buffer; a larger block is decoded by Lucene's
    /// decoder (only merges of very large chunks ask for more).</summary>
    private const int MaxBlockBytes = 1 << 20;

    [ThreadStatic] private static byte[]? t_compressed;

    private sealed class Lz4Decompressor : Decompressor
    {
        public static readonly Lz4Decompressor Instance = new();

        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            // As Lucene's decoder: 7 bytes of room past the block, the same checks, the same bytes consumed from the input.
            if (bytes.Bytes.Length < originalLength + 7) bytes.Bytes = new byte[ArrayUtil.Oversize(originalLength + 7, 1)];
            var wanted = offset + length;
            var decoded = Decode(input, wanted, bytes.Bytes);
            if (decoded > originalLength)
                throw new CorruptIndexException($"Corrupted: lengths mismatch: {decoded} > {originalLength} (resource={input})");
            bytes.Offset = offset;
            bytes.Length = length;
        }

        public override object Clone() => this;
    }

    /// <summary>
    /// Decodes at least <paramref name="wanted"/> bytes into <paramref name="dest"/> from <paramref name="input"/> and
    /// leaves the input just past the tokens used, as <see cref="LZ4.Decompress"/> does; returns the bytes decoded.
    /// An input that can seek back (any file input but a checksumming one) is read once, up to the longest the block can
    /// be, and positioned after what was used; anything else, or a block this decoder finds malformed (which Lucene's
    /// then rejects in its own way), goes to Lucene's decoder.
    /// </summary>
    public static int Decode(DataInput input, int wanted, byte[] dest)
    {
        if (wanted <= 0 || input is not IndexInput file || input is ChecksumIndexInput) return LZ4.Decompress(input, wanted, dest, 0);
        var start = file.Position;
        // LZ4's bound: literals cost one byte each plus one per 255, every other sequence is shorter than what it writes.
        var bound = Math.Min(file.Length - start, (long)wanted + wanted / 255 + 16);
        if (bound > MaxBlockBytes) return LZ4.Decompress(input, wanted, dest, 0);
        var compressed = t_compressed is { } buffer && buffer.Length >= bound ? buffer : t_compressed = new byte[ArrayUtil.Oversize((int)bound, 1)];
        file.ReadBytes(compressed, 0, (int)bound);
        if (TryDecode(compressed.AsSpan(0, (int)bound), wanted, dest, out var decoded, out var used))
        {
            file.Seek(start + used);
            return decoded;
        }
        file.Seek(start);
        return LZ4.Decompress(input, wanted, dest, 0);
    }

    /// <summary>LZ4 sequences from <paramref name="source"/> into <paramref name="dest"/> until at least
    /// <paramref name="wanted"/> bytes are decoded (the same stopping points as Lucene's decoder); false, with nothing
    /// promised, when a sequence runs past either buffer or refers before the start.</summary>
    internal static bool TryDecode(ReadOnlySpan<byte> source, int wanted, byte[] dest, out int decoded, out int used)
    {
        int ip = 0, op = 0;
        decoded = used = 0;
        while (true)
        {
            if (ip >= source.Length) return false;
            int token = source[ip++];
            var literals = token >> 4;
            if (literals == 0x0F)
            {
                int more;
                do
                {
                    if (ip >= source.Length) return false;
                    more = source[ip++];
                    literals += more;
                }
                while (more == 0xFF);
            }
            if (literals > 0)
            {
                if (literals > source.Length - ip || literals > dest.Length - op) return false;
                source.Slice(ip, literals).CopyTo(dest.AsSpan(op));
                ip += literals;
                op += literals;
            }
            if (op >= wanted) break;

            if (source.Length - ip < 2) return false;
            var distance = source[ip] | (source[ip + 1] << 8);
            ip += 2;
            var matchLength = token & 0x0F;
            if (matchLength == 0x0F)
            {
                int more;
                do
                {
                    if (ip >= source.Length) return false;
                    more = source[ip++];
                    matchLength += more;
                }
                while (more == 0xFF);
            }
            matchLength += 4;
            if (distance == 0 || distance > op || matchLength > dest.Length - op) return false;
            if (distance >= matchLength) dest.AsSpan(op - distance, matchLength).CopyTo(dest.AsSpan(op));
            else
            {
                // Overlapping: the match repeats the bytes it is writing.
                for (var i = 0; i < matchLength; i++) dest[op + i] = dest[op - distance + i];
            }
            op += matchLength;
            if (op >= wanted) break;
        }
        decoded = op;
        used = ip;
        return true;
    }
}
