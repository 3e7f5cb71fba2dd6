using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        var compressed = t_compressed is { } buffer && buffer.Length >= bound + Slack ? buffer : t_compressed = new byte[ArrayUtil.Oversize((int)bound + Slack, 1)];
        // The bound is about twice what a text compresses to, and the input read the block's first bytes with the chunk's header:
        // those are decoded first, and the rest is read (one more system call) only when the block goes on past them.
        var held = file is SearcherDirectory.IReadAhead ahead ? Math.Min(ahead.BufferedAhead, (int)bound) : 0;
        if (held > 0 && held < bound)
        {
            file.ReadBytes(compressed, 0, held);
            if (TryDecode(compressed, held, wanted, dest, out var early, out var usedEarly))
            {
                file.Seek(start + usedEarly);
                return early;
            }
            file.ReadBytes(compressed, held, (int)bound - held);
        }
        else file.ReadBytes(compressed, 0, (int)bound);
        if (TryDecode(compressed, (int)bound, wanted, dest, out var decoded, out var used))
        {
            file.Seek(start + used);
            return decoded;
        }
        file.Seek(start);
        return LZ4.Decompress(input, wanted, dest, 0);
    }

    /// <summary>Room after the compressed bytes in the per-thread buffer: a short literal run is copied 16 bytes at a time.</summary>
    private const int Slack = 16;

    /// <summary>LZ4 sequences from the first <paramref name="length"/> bytes of <paramref name="source"/> (which has
    /// <see cref="Slack"/> more bytes of room) into <paramref name="dest"/> until at least <paramref name="wanted"/> bytes are
    /// decoded (the same stopping points as Lucene's decoder); false, with nothing promised, when a sequence runs past
    /// either buffer or refers before the start. Short literal runs and matches at least 8 bytes back are copied in whole
    /// words, which may write up to 15 bytes past the sequence (never past <paramref name="dest"/>): the next sequence
    /// overwrites them, and nothing past the decoded length is read.</summary>
    internal static bool TryDecode(byte[] source, int length, int wanted, byte[] dest, out int decoded, out int used)
    {
        ref var src = ref MemoryMarshal.GetArrayDataReference(source);
        ref var dst = ref MemoryMarshal.GetArrayDataReference(dest);
        int ip = 0, op = 0;
        var room = dest.Length;
        decoded = used = 0;
        if (source.Length < length + Slack) return false;
        while (true)
        {
            if (ip >= length) return false;
            int token = Unsafe.Add(ref src, ip++);
            var literals = token >> 4;
            if (literals == 0x0F && !TryAddLengthBytes(ref src, length, ref ip, ref literals)) return false;
            if (literals > 0)
            {
                if (literals > length - ip || literals > room - op) return false;
                if (literals <= 16 && op + 16 <= room)
                {
                    var low = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref src, ip));
                    var high = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref src, ip + 8));
                    Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, op), low);
                    Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, op + 8), high);
                }
                else Unsafe.CopyBlockUnaligned(ref Unsafe.Add(ref dst, op), ref Unsafe.Add(ref src, ip), (uint)literals);
                ip += literals;
                op += literals;
            }
            if (op >= wanted) break;

            if (length - ip < 2) return false;
            var distance = Unsafe.Add(ref src, ip) | (Unsafe.Add(ref src, ip + 1) << 8);
            ip += 2;
            var matchLength = token & 0x0F;
            if (matchLength == 0x0F && !TryAddLengthBytes(ref src, length, ref ip, ref matchLength)) return false;
            matchLength += 4;
            if (distance == 0 || distance > op || matchLength > room - op) return false;
            var from = op - distance;
            var end = op + matchLength;
            if (distance >= 8 && end + 8 <= room)
            {
                // Word by word: each word read was written at least 8 bytes before.
                do
                {
                    Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, op), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref dst, from)));
                    op += 8;
                    from += 8;
                }
                while (op < end);
            }
            else
            {
                // Overlapping (the match repeats the bytes it is writing), or at the end of the buffer.
                for (; op < end; op++, from++) dest[op] = dest[from];
            }
            op = end;
            if (op >= wanted) break;
        }
        decoded = op;
        used = ip;
        return true;
    }

    /// <summary>Adds to a literal run's or a match's length the bytes that extend it (each added, the last one below 255);
    /// false when they run past the first <paramref name="length"/> bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryAddLengthBytes(ref byte src, int length, ref int ip, ref int value)
    {
        int more;
        do
        {
            if (ip >= length) return false;
            more = Unsafe.Add(ref src, ip++);
            value += more;
        }
        while (more == 0xFF);
        return true;
    }
}
