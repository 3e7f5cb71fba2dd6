using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Search.Core.Documents;
using Search.Core.Querying;

namespace Search.Core.Tests.Documents;

/// <summary>
/// The signature is a doc value of every indexed document, compared across documents indexed by different versions:
/// the allocation-free computation must give the very bytes of the plain one (words as strings, shingles joined).
/// </summary>
public sealed class DuplicateSignatureTests
{
    /// <summary>The signature as it was first written: each word a string, each 4-word shingle joined before hashing.</summary>
    private static byte[] Reference(SearchDocument doc)
    {
        var bytes = new byte[8 + 8 + 1 + 4 * 32];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, doc.ContentHash is { Length: > 0 } h ? Fnv(h) | 1 : 0);
        var titleKey = string.Join('\u0001', Words(doc.Title).Aggregate(new StringBuilder(), (sb, w) => sb.Append(w).Append(' ')).ToString(),
            doc.Publisher ?? "", doc.Year?.ToString(CultureInfo.InvariantCulture) ?? "");
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(8), Fnv(titleKey));
        var mins = new uint[32];
        Array.Fill(mins, uint.MaxValue);
        var window = new Queue<string>(4);
        var any = false;
        foreach (var word in doc.Pages.SelectMany(Words).Take(50_000))
        {
            if (window.Count == 4) window.Dequeue();
            window.Enqueue(word);
            if (window.Count < 4) continue;
            Add(mins, Fnv(string.Join(' ', window)));
            any = true;
        }
        if (!any && window.Count > 0) { Add(mins, Fnv(string.Join(' ', window))); any = true; }
        bytes[16] = any ? (byte)1 : (byte)0;
        for (var i = 0; i < 32; i++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(17 + 4 * i), mins[i]);
        return bytes;

        static void Add(uint[] mins, ulong shingle)
        {
            for (var i = 0; i < mins.Length; i++)
            {
                var z = shingle + (ulong)(i + 1) * 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                var v = (uint)(z ^ (z >> 31));
                if (v < mins[i]) mins[i] = v;
            }
        }

        static IEnumerable<string> Words(string text)
        {
            var folded = QueryText.Fold(text);
            var start = -1;
            for (var i = 0; i <= folded.Length; i++)
            {
                var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
                if (inWord && start < 0) start = i;
                else if (!inWord && start >= 0)
                {
                    yield return folded[start..i];
                    start = -1;
                }
            }
        }

        static ulong Fnv(string s)
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

    private static SearchDocument Doc(string title, params string[] pages) => new()
    {
        Id = "x",
        Url = "https://a.example/x.html",
        Title = title,
        Pages = pages,
        Publisher = "Cour des comptes",
        Year = 2021,
        ContentHash = "v10:abc",
    };

    public static TheoryData<string, string[]> Texts()
    {
        var random = new Random(7);
        string[] vocabulary = ["la", "dette", "des", "Communes", "rurales", "œuvre", "Cœur", "élus", "l'EPCI", "Île-de-France", "2021",
            "n°12", "…", "—", "  ", "\n", "«", "budget", "ÉTAT", "m²", "1,5", "%", "intercommunalité", "Saint-Étienne", "\u00a0", "ﬁnances"];
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        return new TheoryData<string, string[]>
        {
            { "Rapport", [] },
            { "", [""] },
            { "Un mot", ["dette"] },
            { "Trois mots", ["la dette — communale"] },
            { "Quatre mots", ["la", "dette des", "communes"] },
            { "Pages courtes", ["la dette", "", "des communes rurales", "en 2021"] },
            { "Rapport d'observations définitives", [Text(1_000), Text(300), Text(5)] },
            { "Au-delà du plafond de mots", [Text(30_000), Text(30_000), Text(100)] },
        };
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_signature_has_the_bytes_of_the_plain_computation(string title, string[] pages)
    {
        var doc = Doc(title, pages);
        Assert.Equal(Reference(doc), DuplicateSignature.Of(doc));
    }
}
