using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Search.Core.Querying;

namespace Search.Core.Documents;

/// <summary>
/// What tells two documents apart as copies, computed at index time into one binary doc value
/// (<see cref="Schema.Duplicates"/>) so that the query side reads it without the stored fields:
/// a hash of the content hash (same bytes, two addresses), a hash of the title, publisher and year (a series of
/// per-year tables never shares one), and a MinHash of the text's 4-word shingles (near-identical texts share most
/// of its values).
/// </summary>
public static class DuplicateSignature
{
    private const int Hashes = 32;
    private const int ShingleWords = 4;
    private const int MaxWords = 50_000;
    private const int Length = 8 + 8 + 1 + 4 * Hashes;

    /// <summary>Share of equal MinHash values above which two texts with the same title, publisher and year are versions of one document.</summary>
    public const double NearIdentical = 0.8;

    public static byte[] Of(SearchDocument doc)
    {
        var bytes = new byte[Length];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, doc.ContentHash is { Length: > 0 } h ? Fnv(h) | 1 : 0);
        var titleKey = string.Join('\u0001', Words(doc.Title).Aggregate(new StringBuilder(), (sb, w) => sb.Append(w).Append(' ')).ToString(),
            doc.Publisher ?? "", doc.Year?.ToString(CultureInfo.InvariantCulture) ?? "");
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(8), Fnv(titleKey));
        Span<uint> mins = stackalloc uint[Hashes];
        mins.Fill(uint.MaxValue);
        // The last words as slices of their folded page (a ring of text, start and length: no string per word or shingle,
        // this runs for every indexed document; a shingle may span two pages).
        var texts = new string[ShingleWords];
        Span<int> starts = stackalloc int[ShingleWords];
        Span<int> lengths = stackalloc int[ShingleWords];
        var inWindow = 0;
        var next = 0;
        var words = 0;
        var any = false;
        foreach (var page in doc.Pages)
        {
            if (words >= MaxWords) break;
            var folded = QueryText.Fold(page);
            for (var start = 0; words < MaxWords && NextWord(folded, ref start) is var (wordStart, wordLength) && wordLength > 0; words++)
            {
                texts[next] = folded;
                starts[next] = wordStart;
                lengths[next] = wordLength;
                next = next == ShingleWords - 1 ? 0 : next + 1;
                if (inWindow < ShingleWords) inWindow++;
                if (inWindow < ShingleWords) continue;
                Add(mins, ShingleHash(texts, starts, lengths, next, ShingleWords));
                any = true;
            }
        }
        if (!any && inWindow > 0) { Add(mins, ShingleHash(texts, starts, lengths, 0, inWindow)); any = true; }
        bytes[16] = any ? (byte)1 : (byte)0;
        for (var i = 0; i < Hashes; i++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(17 + 4 * i), mins[i]);
        return bytes;
    }

    /// <summary>The same content (bytes) under another address.</summary>
    public static bool SameContent(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) =>
        a.Length == Length && b.Length == Length && BinaryPrimitives.ReadUInt64LittleEndian(a) != 0
        && BinaryPrimitives.ReadUInt64LittleEndian(a) == BinaryPrimitives.ReadUInt64LittleEndian(b);

    /// <summary>Same title, publisher and year, and near-identical texts.</summary>
    public static bool NearDuplicates(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != Length || b.Length != Length || a[16] == 0 || b[16] == 0) return false;
        if (!a.Slice(8, 8).SequenceEqual(b.Slice(8, 8))) return false;
        var equal = 0;
        for (var i = 0; i < Hashes; i++)
            if (a.Slice(17 + 4 * i, 4).SequenceEqual(b.Slice(17 + 4 * i, 4))) equal++;
        return equal >= NearIdentical * Hashes;
    }

    /// <summary>
    /// Keeps, for each of the <see cref="Hashes"/> hash functions, the least value: function i (from 0) is SplitMix64's
    /// finaliser of <c>shingle + (i + 1) * golden ratio</c> (mod 2^64, so the argument is built by adding the constant),
    /// low 32 bits. Written out in one loop: as a call per value it was a third of the signature's cost.
    /// </summary>
    private static void Add(Span<uint> mins, ulong shingle)
    {
        var x = shingle;
        for (var i = 0; i < mins.Length; i++)
        {
            x += 0x9E3779B97F4A7C15UL;
            var z = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            mins[i] = Math.Min(mins[i], (uint)(z ^ (z >> 31)));
        }
    }

    /// <summary>The folded words (letters and digits) of a text.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var folded = QueryText.Fold(text);
        for (var start = 0; NextWord(folded, ref start) is var (wordStart, wordLength) && wordLength > 0;)
            yield return folded.Substring(wordStart, wordLength);
    }

    /// <summary>The next run of letters and digits from <paramref name="start"/> (length 0 when none is left); moves past it.</summary>
    private static (int Start, int Length) NextWord(string folded, ref int start)
    {
        var i = start;
        while (i < folded.Length && !char.IsLetterOrDigit(folded[i])) i++;
        var wordStart = i;
        while (i < folded.Length && char.IsLetterOrDigit(folded[i])) i++;
        start = i;
        return (wordStart, i - wordStart);
    }

    /// <summary>FNV-1a of the window's words joined by spaces, oldest first (the ring starts at <paramref name="oldest"/>).</summary>
    private static ulong ShingleHash(string[] texts, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, int oldest, int count)
    {
        var h = 14695981039346656037UL;
        for (var k = 0; k < count; k++)
        {
            if (k > 0)
            {
                h ^= ' ';
                h *= 1099511628211UL;
            }
            var slot = (oldest + k) % ShingleWords;
            foreach (var c in texts[slot].AsSpan(starts[slot], lengths[slot]))
            {
                h ^= c;
                h *= 1099511628211UL;
            }
        }
        return h;
    }

    /// <summary>FNV-1a, 64 bits: stable across processes (string.GetHashCode is not).</summary>
    private static ulong Fnv(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }
}
