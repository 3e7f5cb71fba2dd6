using System.Text;
using Search.Core.Querying;

namespace Search.Core.Analysis;

/// <summary>
/// A French word list (lower case): Debian's wfrench (/usr/share/dict/french, ~346,000 forms) when
/// installed, or the file named by SEARCH_FRENCH_WORDLIST. Empty when neither exists: hyphenated
/// words are then rejoined only with the document's own vocabulary, and every word the index lacks is corrected
/// as a typo. Extraction reads it whole (<see cref="Default"/>: the PDF worker); the query side, the file names' joined
/// words and the metadata's title rules need only its folded forms (<see cref="Folded"/>, packed in one buffer), so the
/// Indexer and the search host never build the set of 346,000 strings.
/// </summary>
public sealed class FrenchLexicon
{
    public const string DefaultPath = "/usr/share/dict/french";
    public const string PathVariable = "SEARCH_FRENCH_WORDLIST";

    private static readonly Lazy<FrenchLexicon> Shared = new(Load);
    private static readonly Lazy<FoldedWords> SharedFolded = new(LoadFolded);
    private readonly HashSet<string> _words;

    public FrenchLexicon(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0), StringComparer.Ordinal);
    }

    /// <summary>The word list of this machine (loaded once).</summary>
    public static FrenchLexicon Default => Shared.Value;

    /// <summary>The folded forms of this machine's word list, read from the file on first use without building
    /// <see cref="Default"/> (a search host needs a few MB, not a set of 346,000 strings).</summary>
    public static FoldedWords Folded => SharedFolded.Value;

    public int Count => _words.Count;

    /// <summary>Where this machine's word list is looked for (<see cref="PathVariable"/>, else <see cref="DefaultPath"/>).</summary>
    public static string FilePath => WordListPath();

    public string? Source { get; private init; }

    public bool Contains(string word) => _words.Contains(word.Normalize(NormalizationForm.FormC).ToLowerInvariant());

    private static string WordListPath() => SystemDataFile.PathOf(PathVariable, DefaultPath);

    /// <summary>What <paramref name="build"/> makes of this machine's word list, or <paramref name="empty"/> when there is none.</summary>
    private static T FromWordList<T>(Func<IEnumerable<string>, T> build, T empty) => SystemDataFile.Read(WordListPath(), build, empty);

    private static FrenchLexicon Load() =>
        FromWordList(lines => new FrenchLexicon(lines) { Source = WordListPath() }, new FrenchLexicon([]));

    // Read as a stream: the lines are folded one by one, never held as strings.
    private static FoldedWords LoadFolded() => FromWordList(lines => new FoldedWords(lines), new FoldedWords([]));
}

/// <summary>
/// A word list's forms folded as a query is (<see cref="QueryText.Fold"/>: lower case, accents dropped), deduplicated and
/// sorted in one UTF-8 buffer with their offsets; looked up by binary search. wfrench's 346,000 forms take about 5 MB here,
/// where a set of strings takes several times that.
/// </summary>
public sealed class FoldedWords
{
    private readonly byte[] _bytes;
    private readonly int[] _offsets; // start of each form; one more entry, the buffer's length

    public FoldedWords(IEnumerable<string> words)
    {
        var forms = words.Select(w => w.Trim()).Where(w => w.Length > 0)
            .Select(w => Encoding.UTF8.GetBytes(QueryText.Fold(w.ToLowerInvariant())))
            .ToList();
        forms.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
        var unique = new List<byte[]>(forms.Count);
        foreach (var f in forms)
            if (unique.Count == 0 || !unique[^1].AsSpan().SequenceEqual(f)) unique.Add(f);
        _bytes = new byte[unique.Sum(f => f.Length)];
        _offsets = new int[unique.Count + 1];
        var at = 0;
        for (var i = 0; i < unique.Count; i++)
        {
            _offsets[i] = at;
            unique[i].CopyTo(_bytes, at);
            at += unique[i].Length;
        }
        _offsets[^1] = at;
    }

    public int Count => _offsets.Length - 1;

    /// <summary>The bytes the list holds (its buffer and offsets).</summary>
    public long Size => _bytes.LongLength + 4L * _offsets.LongLength;

    /// <summary>
    /// Whether the list holds <paramref name="word"/>, case and accents ignored ("REGIONAL" as read by OCR from capitals):
    /// its folded form looked up. A word the whole list holds as written is held here too (its folded form is one of the
    /// list's), so this is <see cref="FrenchLexicon.Contains"/> of the word or of any spelling with other accents.
    /// </summary>
    public bool ContainsIgnoringAccents(string word) => Contains(QueryText.Fold(word));

    /// <summary>Whether the list holds <paramref name="folded"/>, a form already folded (<see cref="QueryText.Fold"/>).</summary>
    public bool Contains(string folded)
    {
        if (Count == 0 || folded.Length == 0) return false;
        var max = Encoding.UTF8.GetMaxByteCount(folded.Length);
        Span<byte> key = max <= 256 ? stackalloc byte[max] : new byte[max];
        key = key[..Encoding.UTF8.GetBytes(folded, key)];
        int lo = 0, hi = Count - 1;
        while (lo <= hi)
        {
            var mid = lo + (hi - lo) / 2;
            var c = _bytes.AsSpan(_offsets[mid], _offsets[mid + 1] - _offsets[mid]).SequenceCompareTo(key);
            if (c == 0) return true;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return false;
    }
}
