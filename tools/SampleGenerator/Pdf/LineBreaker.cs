namespace SampleGenerator.Pdf;

/// <summary>One placed line: the text drawn, the text it stands for in the ground truth, and whether it ends with a split word.</summary>
public sealed record BrokenLine(string Text, string Truth, bool Split);

/// <summary>
/// Greedy line breaking of one paragraph, a line at a time. With hyphenation allowed, a long word that
/// overflows the line is split at a syllable boundary ("collecti-" / "vités") and a compound at one of its
/// own hyphens ("Île-de-" / "France"); the drawn line ends with the hyphen while the ground truth keeps the
/// whole word on that line (and the compound's hyphen), the next line drawing the rest of the word.
/// </summary>
public sealed class LineBreaker(string text, Func<string, double> width, double maxWidth)
{
    /// <summary>Fewest letters of a word before and after a syllable break.</summary>
    private const int MinHead = 3, MinTail = 3;

    /// <summary>Words shorter than this are never split at a syllable boundary.</summary>
    private const int MinWordLetters = 8;

    private static readonly HashSet<string> Inseparable =
        ["bl", "cl", "fl", "gl", "pl", "br", "cr", "dr", "fr", "gr", "pr", "tr", "vr", "ch", "ph", "th", "gn"];

    private readonly string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    private int index;
    private string? tail;
    private bool lastSplit;

    public bool Done => index >= words.Length && tail is null;

    /// <summary>The next line; <paramref name="hyphenate"/> allows it to end with a split word (never two lines in a row).</summary>
    public BrokenLine Next(bool hyphenate)
    {
        hyphenate &= !lastSplit;
        lastSplit = false;
        var placed = new List<string>();
        var truth = new List<string>();
        if (tail is not null)
        {
            placed.Add(tail); // already in the ground truth of the previous line
            tail = null;
        }
        while (index < words.Length)
        {
            var word = words[index];
            if (placed.Count == 0 || width(Join(placed, word)) <= maxWidth)
            {
                placed.Add(word);
                truth.Add(word);
                index++;
                continue;
            }
            if (hyphenate)
            {
                foreach (var (head, rest) in Splits(word))
                {
                    if (width(Join(placed, head)) > maxWidth) continue;
                    placed.Add(head);
                    truth.Add(word);
                    tail = rest;
                    lastSplit = true;
                    index++;
                    return new BrokenLine(string.Join(' ', placed), string.Join(' ', truth), true);
                }
            }
            break;
        }
        return new BrokenLine(string.Join(' ', placed), string.Join(' ', truth), false);
    }

    /// <summary>Every line of <paramref name="text"/>, hyphenated or not.</summary>
    public static List<BrokenLine> All(string text, Func<string, double> width, double maxWidth, bool hyphenate)
    {
        var breaker = new LineBreaker(text, width, maxWidth);
        var lines = new List<BrokenLine>();
        while (!breaker.Done) lines.Add(breaker.Next(hyphenate));
        return lines;
    }

    private static string Join(List<string> placed, string word) => placed.Count == 0 ? word : string.Join(' ', placed) + " " + word;

    /// <summary>
    /// Where a word may be split, longest head first: a compound ("Provence-Alpes-Côte") only after one
    /// of its own hyphens, a plain lower-case word of <see cref="MinWordLetters"/>+ letters at a syllable
    /// boundary (head with "-" appended). Words with digits, capitals (acronyms, names) or other signs are never split.
    /// </summary>
    public static IEnumerable<(string Head, string Tail)> Splits(string word)
    {
        // Leading "(" or "«", trailing punctuation: stay with the head and the tail respectively.
        var start = 0;
        while (start < word.Length && word[start] is '(' or '«' or '"') start++;
        var end = word.Length;
        while (end > start && word[end - 1] is ',' or '.' or ';' or ':' or ')' or '»' or '!' or '?' or '"') end--;
        var core = word[start..end];
        if (core.Length == 0 || !core.All(c => char.IsLetter(c) || c is '-' or '\'' or '’')) yield break;

        if (core.Contains('-'))
        {
            for (var i = core.Length - 1; i > 0; i--)
            {
                if (core[i] != '-') continue;
                var before = core[..i].Split('-', '\'', '’')[^1];
                if (before.Length >= 2 && core[(i + 1)..].Count(char.IsLetter) >= 2)
                    yield return (word[..(start + i + 1)], word[(start + i + 1)..]);
            }
            yield break;
        }

        // Syllables only after an elision ("d'investissement"), in a lower-case word.
        var apostrophe = core.LastIndexOfAny(['\'', '’']);
        var stem = core[(apostrophe + 1)..];
        if (stem.Length < MinWordLetters || stem.Any(char.IsUpper) || !stem.All(char.IsLetter)) yield break;
        var offset = start + apostrophe + 1;
        for (var i = stem.Length - MinTail; i >= MinHead; i--)
        {
            if (IsSyllableBreak(stem, i)) yield return (word[..(offset + i)] + "-", word[(offset + i)..]);
        }
    }

    /// <summary>
    /// A simplified French syllable boundary before <paramref name="i"/>: vowel-consonant-vowel splits
    /// before the consonant ("collecti-vités"), two consonants split between them ("fonc-tion", "col-lec")
    /// unless they form an inseparable pair ("ch", "gn", "tr"…), which goes with the next syllable ("ins-truction", "pu-blic").
    /// </summary>
    private static bool IsSyllableBreak(string w, int i)
    {
        if (i <= 0 || i + 1 >= w.Length) return false;
        char prev = w[i - 1], c = w[i], next = w[i + 1];
        if (!IsConsonant(c)) return false;
        if (IsVowel(next)) return IsVowel(prev) || (IsConsonant(prev) && !Inseparable.Contains($"{prev}{c}"));
        return i + 2 < w.Length && Inseparable.Contains($"{c}{next}") && IsVowel(w[i + 2])
            && (IsVowel(prev) || (IsConsonant(prev) && !Inseparable.Contains($"{prev}{c}")));
    }

    private static bool IsVowel(char c) => "aeiouyàâäéèêëîïôöùûüÿœæ".Contains(c);

    private static bool IsConsonant(char c) => char.IsLetter(c) && !IsVowel(c);
}
