using System.Text;
using Search.Core.Querying;

namespace Search.Core.Analysis;

/// <summary>
/// A general French thesaurus: LibreOffice's (Debian's <c>mythes-fr</c>, /usr/share/mythes/thes_fr.dat, LGPL), or the file
/// named by SEARCH_FRENCH_THESAURUS, read from the system and never copied into the repository. Empty when neither exists:
/// the search then bridges no vocabulary gap with it (<see cref="Querying.ThesaurusBridge"/>). The format is MyThes': a first
/// line naming the encoding, then for each entry <c>word|n</c> followed by n lines <c>(part of speech)|synonym|synonym|…</c>.
/// Entries are looked up by their folded form (<see cref="QueryText.Fold"/>: lower case, accents dropped), the forms of an
/// entry merged. General and noisy ("querelle" -> "mot", "terme", "lettre"…): the search admits an alternative only where
/// the index holds it with the query's other words in one passage.
/// </summary>
public sealed class Thesaurus
{
    public const string DefaultPath = "/usr/share/mythes/thes_fr.dat";
    public const string PathVariable = "SEARCH_FRENCH_THESAURUS";

    private static readonly Lazy<Thesaurus> Shared = new(Load);

    /// <summary>Folded head word -> its alternatives joined by '|' (one string per entry: the machine's file is 36,000 entries of
    /// 500,000 alternatives: 11 MB held this way against 24 MB as arrays of strings; split when a query asks).</summary>
    private readonly Dictionary<string, string> _entries;

    private Thesaurus(Dictionary<string, string> entries) => _entries = entries;

    /// <summary>This machine's thesaurus (loaded on first use; empty when there is none).</summary>
    public static Thesaurus Default => Shared.Value;

    /// <summary>No entry: the bridge is off.</summary>
    public static Thesaurus Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Entries (head words, folded).</summary>
    public int Count => _entries.Count;

    /// <summary>The file it was read from, or null.</summary>
    public string? Source { get; private init; }

    /// <summary>
    /// The alternatives of a word as typed, in the file's order (its senses in turn), without repeats: those of the word's
    /// own entry, else of its singular (a query's plural, "querelles" -> "querelle"; "-aux" -> "-al"); empty when neither is
    /// an entry.
    /// </summary>
    public IReadOnlyList<string> Alternatives(string word)
    {
        var folded = QueryText.Fold(word.Trim().ToLowerInvariant());
        foreach (var form in Forms(folded))
            if (_entries.TryGetValue(form, out var found)) return found.Split('|');
        return [];
    }

    private static IEnumerable<string> Forms(string folded)
    {
        yield return folded;
        if (folded.Length > 4 && folded.EndsWith("aux", StringComparison.Ordinal)) yield return folded[..^3] + "al";
        if (folded.Length > 3 && (folded.EndsWith('s') || folded.EndsWith('x'))) yield return folded[..^1];
    }

    /// <summary>A thesaurus from the lines of a MyThes file (the encoding line first). A malformed entry is skipped.</summary>
    public static Thesaurus Parse(IEnumerable<string> lines)
    {
        var merged = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var line = lines.GetEnumerator();
        if (!line.MoveNext()) return Empty;   // the encoding
        while (line.MoveNext())
        {
            var head = line.Current.Split('|');
            if (head.Length != 2 || !int.TryParse(head[1], out var senses) || senses < 0) continue;
            var key = QueryText.Fold(head[0].Trim().ToLowerInvariant());
            if (!merged.TryGetValue(key, out var list)) merged[key] = list = [];
            for (var s = 0; s < senses && line.MoveNext(); s++)
            {
                // "(Nom Verbe)|syn|syn…": the part of speech first.
                var fields = line.Current.Split('|');
                for (var k = 1; k < fields.Length; k++)
                {
                    var synonym = fields[k].Trim();
                    if (synonym.Length > 0 && !synonym.Contains('|') && !list.Contains(synonym, StringComparer.Ordinal)) list.Add(synonym);
                }
            }
        }
        var entries = new Dictionary<string, string>(merged.Count, StringComparer.Ordinal);
        foreach (var (key, list) in merged)
            if (list.Count > 0) entries[key] = string.Join('|', list);
        return new Thesaurus(entries);
    }

    /// <summary>The thesaurus of a file, or <see cref="Empty"/> when it does not exist or cannot be read.</summary>
    public static Thesaurus FromFile(string path) =>
        SystemDataFile.Read(path, lines => Parse(lines) is { Count: > 0 } read ? new Thesaurus(read._entries) { Source = path } : Empty, Empty);

    /// <summary>Where this machine's thesaurus is looked for (<see cref="PathVariable"/>, else <see cref="DefaultPath"/>).</summary>
    public static string FilePath => SystemDataFile.PathOf(PathVariable, DefaultPath);

    private static Thesaurus Load() => FromFile(FilePath);
}
