using System.Text;
using Search.Core.Querying;

namespace Search.Core.Analysis;

/// <summary>
/// A French word list (lower case): Debian's wfrench (/usr/share/dict/french, ~346,000 forms) when
/// installed, or the file named by SEARCH_FRENCH_WORDLIST. Empty when neither exists: hyphenated
/// words are then rejoined only with the document's own vocabulary, and every word the index lacks is corrected
/// as a typo. Extraction reads it whole (<see cref="Default"/>: the PDF worker); the query side, the file names' joined
/// words and the metadata's title rules need only its folded forms (<see cref="Folded"/>, packed in one buffer), so the
/// Indexer and the search host never build the whole list of exact forms.
/// </summary>
public sealed class FrenchLexicon
{
    public const string DefaultPath = "/usr/share/dict/french";
    public const string PathVariable = "SEARCH_FRENCH_WORDLIST";

    private static readonly Lazy<FrenchLexicon> Shared = new(Load);
    private static readonly Lazy<FoldedWords> SharedFolded = new(LoadFolded);

    // The forms (each trimmed and lower-cased, deduplicated) one after the other in one buffer, found through an
    // open-addressing table of their numbers, not a set of 346,000 strings that every PDF worker built, promoted through the
    // collector's generations and kept for its life: here the lines read die young and the list is five arrays; a worker's
    // peak working set over the 2,016 small generated PDFs 256-261 -> 240-242 MB, same answers (docs/BENCHMARKS.md, pdf30).
    private char[] _chars = new char[1 << 16];
    private int _used;
    private int[] _starts = new int[1024];
    private int[] _lengths = new int[1024];
    private int[] _slots = new int[2048]; // a form's number + 1, 0 for a free slot; a power of two, at most half full
    private int _count;

    public FrenchLexicon(IEnumerable<string> words)
    {
        foreach (var w in words) Add(w.AsSpan().Trim());
    }

    /// <summary>The word list of this machine (loaded once).</summary>
    public static FrenchLexicon Default => Shared.Value;

    /// <summary>The folded forms of this machine's word list, read from the file on first use without building
    /// <see cref="Default"/> (a search host needs a few MB, not a set of 346,000 strings).</summary>
    public static FoldedWords Folded => SharedFolded.Value;

    public int Count => _count;

    /// <summary>Where this machine's word list is looked for (<see cref="PathVariable"/>, else <see cref="DefaultPath"/>).</summary>
    public static string FilePath => WordListPath();

    public string? Source { get; private init; }

    public bool Contains(string word) => Find(word.Normalize(NormalizationForm.FormC).ToLowerInvariant()) >= 0;

    /// <summary>Adds <paramref name="word"/> lower-cased (invariant, as <see cref="string.ToLowerInvariant()"/>) unless it is empty or held.</summary>
    private void Add(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return;
        if (_chars.Length - _used < word.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + word.Length));
        var lower = _chars.AsSpan(_used, word.Length);
        word.ToLowerInvariant(lower);
        var slot = SlotOf(lower);
        if (_slots[slot] != 0) return;
        if (_count == _starts.Length)
        {
            Array.Resize(ref _starts, _count * 2);
            Array.Resize(ref _lengths, _count * 2);
        }
        _starts[_count] = _used;
        _lengths[_count] = word.Length;
        _used += word.Length;
        _slots[slot] = ++_count;
        if (_count * 2 > _slots.Length) Grow();
    }

    /// <summary>The number of the form <paramref name="lower"/>, or -1.</summary>
    private int Find(ReadOnlySpan<char> lower) => _slots[SlotOf(lower)] - 1;

    /// <summary>The slot that holds <paramref name="form"/>, or the free slot where it would go.</summary>
    private int SlotOf(ReadOnlySpan<char> form)
    {
        var mask = _slots.Length - 1;
        for (var slot = string.GetHashCode(form) & mask; ; slot = (slot + 1) & mask)
        {
            var n = _slots[slot] - 1;
            if (n < 0 || _chars.AsSpan(_starts[n], _lengths[n]).SequenceEqual(form)) return slot;
        }
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var n = 0; n < _count; n++)
        {
            var slot = string.GetHashCode(_chars.AsSpan(_starts[n], _lengths[n])) & mask;
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = n + 1;
        }
    }

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
