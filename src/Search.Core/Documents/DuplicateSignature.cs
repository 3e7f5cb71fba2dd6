using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
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
    private const int ShingleWords = 4;   // Of keeps one hash per word of the window in four variables
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
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
        // The least low 32 bits of each function so far, widened to 64 bits for the vector comparison.
        Span<ulong> mins = stackalloc ulong[Hashes];
        mins.Fill(uint.MaxValue);
        // The FNV-1a hashes of the four shingles in progress, one per word of the window: the shingle that starts at word j
        // (from 0, across pages: a shingle may span two pages) is h[j mod 4]. Each word is read once and fed to all four, as
        // four independent multiply chains; hashing each shingle's four words again, one chain after the other, was a third
        // of the signature's cost. The hashes of shingles not begun yet are overwritten when they begin.
        ulong h0 = FnvOffset, h1 = FnvOffset, h2 = FnvOffset, h3 = FnvOffset;
        var words = 0;
        var any = false;
        foreach (var page in doc.Pages)
        {
            if (words >= MaxWords) break;
            var folded = QueryText.Fold(page);
            for (var start = 0; words < MaxWords && NextWord(folded, ref start) is var (wordStart, wordLength) && wordLength > 0; words++)
            {
                // A space before this word in the shingles begun before it; the one that begins with it starts afresh.
                h0 = (h0 ^ ' ') * FnvPrime;
                h1 = (h1 ^ ' ') * FnvPrime;
                h2 = (h2 ^ ' ') * FnvPrime;
                h3 = (h3 ^ ' ') * FnvPrime;
                switch (words & 3)
                {
                    case 0: h0 = FnvOffset; break;
                    case 1: h1 = FnvOffset; break;
                    case 2: h2 = FnvOffset; break;
                    default: h3 = FnvOffset; break;
                }
                foreach (var c in folded.AsSpan(wordStart, wordLength))
                {
                    h0 = (h0 ^ c) * FnvPrime;
                    h1 = (h1 ^ c) * FnvPrime;
                    h2 = (h2 ^ c) * FnvPrime;
                    h3 = (h3 ^ c) * FnvPrime;
                }
                if (words < ShingleWords - 1) continue;
                // This word completes the shingle that began three words before it.
                Add(mins, ((words + 1) & 3) switch { 0 => h0, 1 => h1, 2 => h2, _ => h3 });
                any = true;
            }
        }
        // A text of fewer than four words: its words as one shingle (the one that began with the first word).
        if (!any && words > 0) { Add(mins, h0); any = true; }
        bytes[16] = any ? (byte)1 : (byte)0;
        for (var i = 0; i < Hashes; i++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(17 + 4 * i), (uint)mins[i]);
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
    /// finaliser of <c>shingle + (i + 1) * golden ratio</c> (mod 2^64), low 32 bits. With AVX-512 (DQ and VL: 64-bit
    /// multiplies of four lanes in one instruction) four functions at a time; otherwise one after the other. Both compute
    /// the same integers; the 32 scalar finalisers per shingle were the signature's largest part.
    /// </summary>
    private static void Add(Span<ulong> mins, ulong shingle)
    {
        if (Avx512DQ.VL.IsSupported)
        {
            var x0 = Vector256.Create(shingle);
            ref var min = ref MemoryMarshal.GetReference(mins);
            ref var step = ref MemoryMarshal.GetArrayDataReference(Steps);
            for (nuint i = 0; i < Hashes; i += 4)
            {
                var x = x0 + Vector256.LoadUnsafe(ref step, i);
                var z = (x ^ (x >>> 30)) * Vector256.Create(0xBF58476D1CE4E5B9UL);
                z = (z ^ (z >>> 27)) * Vector256.Create(0x94D049BB133111EBUL);
                z = (z ^ (z >>> 31)) & Vector256.Create(0xFFFFFFFFUL);
                Vector256.Min(Vector256.LoadUnsafe(ref min, i), z).StoreUnsafe(ref min, i);
            }
            return;
        }
        for (var i = 0; i < mins.Length; i++)
        {
            var x = shingle + Steps[i];
            var z = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            mins[i] = Math.Min(mins[i], (uint)(z ^ (z >> 31)));
        }
    }

    /// <summary>(i + 1) * the golden ratio's 64-bit constant (mod 2^64): what SplitMix64 adds before function i.</summary>
    private static readonly ulong[] Steps = [.. Enumerable.Range(1, Hashes).Select(i => unchecked((ulong)i * 0x9E3779B97F4A7C15UL))];

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

    /// <summary>FNV-1a, 64 bits: stable across processes (string.GetHashCode is not).</summary>
    private static ulong Fnv(string s)
    {
        var h = FnvOffset;
        foreach (var c in s)
        {
            h ^= c;
            h *= FnvPrime;
        }
        return h;
    }
}
